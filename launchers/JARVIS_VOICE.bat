@echo off
rem jarvis-tui - Voice push-to-talk (-v). Runs from the clone's .venv; extra arguments pass through.
"%~dp0..\.venv\Scripts\jarvis-tui.exe" -v %*
