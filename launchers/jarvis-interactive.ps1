# jarvis-tui - Interactive cockpit (-i, the default mode). Runs from the clone's .venv; extra arguments pass through.
& "$PSScriptRoot\..\.venv\Scripts\jarvis-tui.exe" -i @args
exit $LASTEXITCODE
