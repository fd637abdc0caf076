#!/bin/sh
# jarvis-tui — Voice push-to-talk (-v). Runs from the clone's .venv; extra arguments pass through.
here=$(cd "$(dirname "$0")/.." && pwd)
exec "$here/.venv/bin/jarvis-tui" -v "$@"
