#!/bin/sh
# jarvis-tui — Commander mode (-c). Runs from the clone's .venv; extra arguments pass through.
here=$(cd "$(dirname "$0")/.." && pwd)
exec "$here/.venv/bin/jarvis-tui" -c "$@"
