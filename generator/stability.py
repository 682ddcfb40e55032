"""How committed an endpoint is: its own module, so that the command line can offer the levels
without importing the model (a no-op `generate` needs nothing else of it)."""

from __future__ import annotations

import enum


class Stability(enum.Enum):
    """Ordered from least to most committed; only draft and alpha may break freely."""

    DRAFT = "draft"
    ALPHA = "alpha"
    BETA = "beta"
    STABLE = "stable"

    @property
    def rank(self) -> int:
        return list(Stability).index(self)
