# jarvis-tui - Commander mode (-c). Runs from the clone's .venv; extra arguments pass through.
& "$PSScriptRoot\..\.venv\Scripts\jarvis-tui.exe" -c @args
exit $LASTEXITCODE
