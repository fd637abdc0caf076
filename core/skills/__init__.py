"""Skills: named, parameterised sequences of tool calls and commander requests."""

from .model import Skill, SkillError, Step
from .runner import SkillReport, run_skill
from .service import Skills

__all__ = ["Skill", "SkillError", "SkillReport", "Skills", "Step", "run_skill"]
