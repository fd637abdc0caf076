#!/bin/sh
# jarvis-tui — Interactive cockpit (-i, the default mode). Runs from the clone's .venv; extra arguments pass through.
here=$(cd "$(dirname "$0")/.." && pwd)
exec "$here/.venv/bin/jarvis-tui" -i "$@"
