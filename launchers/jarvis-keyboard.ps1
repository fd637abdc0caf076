# jarvis-tui - Keyboard + speech (-k). Runs from the clone's .venv; extra arguments pass through.
& "$PSScriptRoot\..\.venv\Scripts\jarvis-tui.exe" -k @args
exit $LASTEXITCODE
