@echo off
rem jarvis-tui - Commander mode (-c). Runs from the clone's .venv; extra arguments pass through.
"%~dp0..\.venv\Scripts\jarvis-tui.exe" -c %*
