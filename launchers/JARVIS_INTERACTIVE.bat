@echo off
rem jarvis-tui - Interactive cockpit (-i, the default mode). Runs from the clone's .venv; extra arguments pass through.
"%~dp0..\.venv\Scripts\jarvis-tui.exe" -i %*
