@echo off
rem jarvis-tui - Cluster status (-s). Runs from the clone's .venv; extra arguments pass through.
"%~dp0..\.venv\Scripts\jarvis-tui.exe" -s %*
