"""The brain: routing learnt from outcomes, patterns mined from use."""

from .bandit import Observation
from .service import Brain, matrix_candidates

__all__ = ["Brain", "Observation", "matrix_candidates"]
