#!/bin/sh
# jarvis-tui — Ollama commander (-o). Runs from the clone's .venv; extra arguments pass through.
here=$(cd "$(dirname "$0")/.." && pwd)
exec "$here/.venv/bin/jarvis-tui" -o "$@"
