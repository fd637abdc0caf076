@echo off
rem jarvis-tui - Ollama commander (-o). Runs from the clone's .venv; extra arguments pass through.
"%~dp0..\.venv\Scripts\jarvis-tui.exe" -o %*
