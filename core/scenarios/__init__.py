"""Validation scenarios: `jarvis-tui --scenarios`."""

from .kinds import KINDS, register
from .model import Outcome, Scenario, ScenarioEnv, ScenarioError, ScenarioKind, Verdict
from .runner import RunReport, load, parse, run_all, run_one

__all__ = ["KINDS", "Outcome", "RunReport", "Scenario", "ScenarioEnv", "ScenarioError", "ScenarioKind", "Verdict", "load", "parse", "register", "run_all", "run_one"]
