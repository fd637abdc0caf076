"""The cockpit's screens besides the main one: help, search, export."""
