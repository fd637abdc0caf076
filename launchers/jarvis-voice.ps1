# jarvis-tui - Voice push-to-talk (-v). Runs from the clone's .venv; extra arguments pass through.
& "$PSScriptRoot\..\.venv\Scripts\jarvis-tui.exe" -v @args
exit $LASTEXITCODE
