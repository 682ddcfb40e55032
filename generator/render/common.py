"""Meaning shared by every renderer."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from generator.config import TargetConfig
from generator.model import SecurityScheme
from generator.naming import humanize
from generator.pieces import CutModule
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


@dataclass(frozen=True)
class Pieced:
    """A module rendered one top-level definition at a time (the models module, a class per
    named schema): its head is a `Deferred`, and `template` renders any of `views`, marking
    each definition (`{% filter piece %}`). Each definition is keyed by its own view, so a
    change to one schema renders (and formats) one class, not the whole module: the others'
    formatted text is in the module on disk (see format.py). Joined, the formatted pieces
    are what black makes of the whole module (a test holds it)."""

    head: Deferred
    template: str
    views: tuple[Any, ...]
    weight: int = field(default=1, compare=False)
    # definition keys by tool fingerprint: asked for when keying, again when rendering
    _keys: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def definition_keys(self, tool: str) -> tuple[str, ...]:
        found = self._keys.get(tool)
        if found is None:
            prefix = f"{tool}\n{self.template}\n"
            found = self._keys[tool] = tuple(
                hashlib.sha256(f"{prefix}{view!r}".encode()).hexdigest()[:20] for view in self.views
            )
        return found

    def key(self, tool: str) -> str:
        return hashlib.sha256("\n".join((self.head.key(tool), *self.definition_keys(tool))).encode()).hexdigest()

    def render(self, tool: str, known: frozenset[str] = frozenset()) -> CutModule:
        """The head, and every definition whose key is not `known` (formatted already)."""
        keys = self.definition_keys(tool)
        wanted = [view for view, key in zip(self.views, keys) if key not in known]
        with marked_pieces() as marked:
            environment().get_template(self.template).render(views=wanted)
        if len(marked) != len(wanted):
            raise RuntimeError(f"{self.template} marked {len(marked)} pieces for {len(wanted)} views")
        texts = iter(text.strip("\n") + "\n" for text in marked)
        definitions = tuple((key, None if key in known else next(texts)) for key in keys)
        head = self.head.render()
        source = hashlib.sha256("\n".join((head, *keys)).encode()).hexdigest()
        return CutModule(head, definitions, source)
