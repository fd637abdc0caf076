#!/bin/sh
# jarvis-tui — Keyboard + speech (-k). Runs from the clone's .venv; extra arguments pass through.
here=$(cd "$(dirname "$0")/.." && pwd)
exec "$here/.venv/bin/jarvis-tui" -k "$@"
