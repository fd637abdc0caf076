# jarvis-tui - Ollama commander (-o). Runs from the clone's .venv; extra arguments pass through.
& "$PSScriptRoot\..\.venv\Scripts\jarvis-tui.exe" -o @args
exit $LASTEXITCODE
