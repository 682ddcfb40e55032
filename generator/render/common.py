"""Meaning shared by every renderer."""

from __future__ import annotations

from generator.config import TargetConfig
from generator.model import SecurityScheme
from generator.naming import humanize


def credential_title(scheme: SecurityScheme, config: TargetConfig) -> str:
    """How a person calls this way of authenticating: config, else the spec's bearer format, else its name."""
    return config.auth_for(scheme.name).title or scheme.bearer_format or humanize(scheme.name)
