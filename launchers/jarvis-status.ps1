# jarvis-tui - Cluster status (-s). Runs from the clone's .venv; extra arguments pass through.
& "$PSScriptRoot\..\.venv\Scripts\jarvis-tui.exe" -s @args
exit $LASTEXITCODE
