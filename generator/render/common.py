"""Meaning shared by every renderer."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from generator.config import TargetConfig
from generator.model import SecurityScheme
from generator.naming import humanize
from generator.render.environment import environment, marked_pieces


def credential_title(scheme: SecurityScheme, config: TargetConfig) -> str:
    """How a person calls this way of authenticating: config, else the spec's bearer format, else its name."""
    return config.auth_for(scheme.name).title or scheme.bearer_format or humanize(scheme.name)


@dataclass(frozen=True)
class Deferred:
    """A file rendered only when needed: a template and everything it is given. The views are
    plain immutable data, so their repr names them completely and the key changes exactly
    when the file would: a file whose key the last generation recorded is taken from disk."""

    template: str
    arguments: tuple[tuple[str, Any], ...]
    # about what rendering it costs, in operation pages: for sharing the rendering between two
    # processes; not part of what is rendered, so not of the key
    weight: int = field(default=1, compare=False)

    def key(self, tool: str) -> str:
        return hashlib.sha256(f"{tool}\n{self.template}\n{self.arguments!r}".encode()).hexdigest()

    def render(self) -> str:
        return environment().get_template(self.template).render(**dict(self.arguments))


def render_with_pieces(file: str | Deferred) -> tuple[str, tuple[str, ...]]:
    """The file's text, and the texts its template marked as pieces of it: top-level
    definitions without methods, such as the models module's classes."""
    if not isinstance(file, Deferred):
        return file, ()
    with marked_pieces() as marked:
        text = file.render()
    return text, tuple(marked)
