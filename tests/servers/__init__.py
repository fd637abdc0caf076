"""Fake LLM servers that speak the real wire formats, for tests and benchmarks."""
