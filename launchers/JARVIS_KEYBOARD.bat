@echo off
rem jarvis-tui - Keyboard + speech (-k). Runs from the clone's .venv; extra arguments pass through.
"%~dp0..\.venv\Scripts\jarvis-tui.exe" -k %*
