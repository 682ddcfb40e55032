"""Meaning shared by every renderer."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from generator.build_trace import Provenance
from generator.config import TargetConfig
from generator.model import Api, Operation, SecurityScheme
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
    when the file would: a file whose key the last generation recorded is taken from disk.

    `arguments` may be a `Lazy` view (of the arguments): then a key the last generation
    recorded for what the view is made of is the file's key, and the view is not built."""

    template: str
    arguments: tuple[tuple[str, Any], ...] | Lazy
    # about what rendering it costs, in operation pages: for sharing the rendering between two
    # processes; not part of what is rendered, so not of the key
    weight: int = field(default=1, compare=False)

    def key(self, tool: str) -> str:
        if isinstance(self.arguments, Lazy):
            return self.arguments.key(tool, partial(_file_key, tool, self.template))
        return _file_key(tool, self.template, self.arguments)

    def render(self, **more: Any) -> str:
        """The file; `more`: what its template is given besides (not part of its key: what
        a `Pieced` module's head imports, made from its pieces, which key the module)."""
        arguments = self.arguments.view() if isinstance(self.arguments, Lazy) else self.arguments
        return environment().get_template(self.template).render(**dict(arguments), **more)


def _file_key(tool: str, template: str, arguments: tuple[tuple[str, Any], ...]) -> str:
    return hashlib.sha256(f"{tool}\n{template}\n{arguments!r}".encode()).hexdigest()


class Lazy:
    """A view built when first asked for. Till then it is known by `inputs`, a digest of what
    it is made of (see `Inputs`), and by the key (tool, key) the last generation recorded for
    a view made of the same, if it did: the same parts make the same view."""

    __slots__ = ("_build", "_known", "_view", "inputs", "recalled")

    def __init__(self, inputs: str, build: Callable[[], Any], recalled: tuple[str, str] | None) -> None:
        self.inputs = inputs
        self.recalled = recalled is not None
        self._known = recalled
        self._build = build
        self._view: Any = None

    def view(self) -> Any:
        if self._view is None:
            self._view = self._build()
        return self._view

    def key(self, tool: str, of_view: Callable[[Any], str]) -> str:
        """The key recalled for `tool`, or else `of_view` of the view (built), once."""
        if self._known is None or self._known[0] != tool:
            self._known = (tool, of_view(self.view()))
        return self._known[1]


class Inputs:
    """Digests of what views are made from, and the keys the last generation's views had by
    them: a view made of the same parts of the model is the same view, so where a digest is
    recalled the view need not be built for its file's key.

    A part of the model is known by the digest of the unit of the build that made it (see
    `Provenance`); the config, which shapes the build beside the document, by a digest of
    its own. A file with a part whose digest is not known (a unit that read another file) is
    keyed by its view, built."""

    def __init__(self, api: Api, config: TargetConfig, provenance: Provenance, tool: str, recalled: dict[str, str]) -> None:
        self.api = api
        self.provenance = provenance
        self.tool = tool
        self._recalled = recalled
        # stability, names, pagination: every unit's result, and most views
        self._shared = hashlib.blake2b(repr(config).encode(), digest_size=20).hexdigest()
        self._schemas: dict[str, str | None] = {}
        self._operations: dict[str, str | None] = {}

    def lazy(self, template: str, inputs: str | None, build: Callable[[], Any]) -> Any:
        """A `Lazy` view for `template`, or where its `inputs` are not known, the view, built."""
        if inputs is None:
            return build()
        lookup = self.lookup(template, inputs)
        key = self._recalled.get(lookup)
        return Lazy(lookup, build, (self.tool, key) if key is not None else None)

    def lookup(self, template: str, inputs: str) -> str:
        """What the manifest records a view's key under: the template, the tool, the inputs."""
        return hashlib.blake2b(f"{self.tool}\n{template}\n{inputs}".encode(), digest_size=12).hexdigest()

    def digest(self, made_by: str | None, own: tuple[object, ...], names: AbstractSet[str]) -> str | None:
        """A digest of the unit digest `made_by`, of `own` (plain data: what the build made
        of the unit's result after it) and of the classes `names`; None where `made_by` or a
        class has no digest."""
        if made_by is None:
            return None
        parts = [self._shared, made_by, repr(own)]
        for name in sorted(names):
            found = self._schema(name)
            if found is None:
                return None
            parts.append(found)
        return hashlib.blake2b("\n".join(parts).encode(), digest_size=20).hexdigest()

    def operation(self, op: Operation) -> str | None:
        """What an operation's page, or its method in the client, is made of: the operation as
        its unit built it, what the build made of it after (it names clashing methods apart
        and joins a route's methods), the schemes it is authenticated by, and every class it
        reaches. Worked out once per operation."""
        found = self._operations.get(op.key, _UNKNOWN)
        if found is _UNKNOWN:
            made_by = self.provenance.operation(op.path, op.method)
            schemes = tuple(self.api.security_scheme(name) for requirement in op.security for name in requirement)
            own = (op.key, op.name, op.name_taken_by, op.alternative_methods, schemes)
            found = self._operations[op.key] = self.digest(made_by, own, self.reached(op.references()))
        return found  # type: ignore[return-value]

    def combined(self, parts: list[str]) -> str:
        """One digest of several (a module's, of its operations')."""
        return hashlib.blake2b("\n".join(parts).encode(), digest_size=20).hexdigest()

    def reached(self, names: AbstractSet[str]) -> set[str]:
        """`names` and every class they refer to, directly or through others."""
        reached: set[str] = set()
        pending = list(names)
        while pending:
            name = pending.pop()
            if name not in reached:
                reached.add(name)
                pending.extend(self.references_of(name) - reached)
        return reached

    def _schema(self, name: str) -> str | None:
        found = self._schemas.get(name, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._schemas[name] = self.provenance.schema(self.api.schema(name))
        return found  # type: ignore[return-value]

    def references_of(self, name: str) -> frozenset[str]:
        """The classes the class `name` refers to (itself, and in its fields, items, variants)."""
        return self.api.references_of(name)


_UNKNOWN = object()


def definition_key(tool: str, template: str, view: Any) -> str:
    """The key of one definition of a `Pieced` module: its view's (a `Lazy` one's as recalled)."""
    if isinstance(view, Lazy):
        return view.key(tool, partial(definition_key, tool, template))
    return hashlib.sha256(f"{tool}\n{template}\n{view!r}".encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Pieced:
    """A module rendered a piece at a time: the models module, a class per named schema; a
    resource module, a class head or a method per piece. Its head is a `Deferred`, and
    `template` renders any of `views`, marking each piece (`{% filter piece %}`). Each piece
    is keyed by its own view, so a change to one schema renders (and formats) one class, and
    a change to one operation its methods, not the whole module: the others' formatted text
    is in the module on disk (see format.py). Joined, the formatted pieces are what black
    makes of the whole module (a test holds it).

    The head imports what the pieces need. The models module works that out from its
    classes' views (`gives`, by key, for the manifest). A resource module has it from the
    pieces' texts: the macro `uses` (template, name) says what a text needs, and a piece
    formatted already is not rendered again where what it needs is `recorded`."""

    head: Deferred
    template: str
    views: tuple[Any, ...]  # each a view, or a `Lazy` one
    weight: int = field(default=1, compare=False)
    # of a module whose head is made from its definitions' views: what each definition gives
    # the head, by key, for the manifest (the next generation reads it for a definition whose
    # view it does not build)
    gives: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    kinds: tuple[str, ...] = ()  # each piece's kind (see pieces.py), where not all are top-level
    uses: tuple[str, str] | None = None
    # what each piece needs imported, by key, as the last generation recorded it (None: it
    # recorded nothing; a key it did not record, a piece that needs nothing)
    recorded: dict[str, str] | None = field(default=None, compare=False, repr=False)
    # definition keys by tool fingerprint: asked for when keying, again when rendering
    _keys: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def definition_keys(self, tool: str) -> tuple[str, ...]:
        found = self._keys.get(tool)
        if found is None:
            found = self._keys[tool] = tuple(definition_key(tool, self.template, view) for view in self.views)
        return found

    def key(self, tool: str) -> str:
        return hashlib.sha256("\n".join((self.head.key(tool), *self.definition_keys(tool))).encode()).hexdigest()

    def render(self, tool: str, known: frozenset[str] = frozenset()) -> CutModule:
        """The head, and every definition whose key is not `known` (formatted already), or,
        where the head is made from the pieces' texts, whose needs are not recorded."""
        if self.uses is None:
            keys = self.definition_keys(tool)
            texts = iter(_marked_texts(self.template, [_built(view) for view, key in zip(self.views, keys) if key not in known]))
            definitions = tuple((key, None if key in known else next(texts)) for key in keys)
            head = self.head.render()
            return CutModule(head, definitions, _cut_source(head, keys), self.kinds)
        if self.recorded is None:
            return self._render_by_text(tool, self.uses, {}, frozenset())
        return self._render_by_text(tool, self.uses, self.recorded, known)

    def _render_by_text(
        self, tool: str, uses_macro: tuple[str, str], recorded: dict[str, str], taken: frozenset[str]
    ) -> CutModule:
        keys = self.definition_keys(tool)
        wanted = [(key, _built(view)) for key, view in zip(keys, self.views) if key not in taken]
        texts = dict(zip((key for key, _ in wanted), _marked_texts(self.template, [view for _, view in wanted])))
        template, macro = uses_macro
        uses = getattr(environment().get_template(template).module, macro)
        needs = {key: " ".join(sorted(set(str(uses(texts[key], view)).split()))) for key, view in wanted}
        needs.update((key, recorded.get(key, "")) for key in keys if key in taken)
        head = self.head.render(uses=tuple(sorted({name for key in keys for name in needs[key].split()})))
        return CutModule(
            head,
            tuple((key, texts.get(key)) for key in keys),
            _cut_source(head, keys),
            self.kinds,
            {key: found for key, found in needs.items() if found},
        )


def _built(view: Any) -> Any:
    return view.view() if isinstance(view, Lazy) else view


def _marked_texts(template: str, views: list[Any]) -> list[str]:
    """The text `template` marks as a piece for each of `views`, in order."""
    with marked_pieces() as marked:
        environment().get_template(template).render(views=views)
    if len(marked) != len(views):
        raise RuntimeError(f"{template} marked {len(marked)} pieces for {len(views)} views")
    return [text.strip("\n") + "\n" for text in marked]


def _cut_source(head: str, keys: tuple[str, ...]) -> str:
    return hashlib.sha256("\n".join((head, *keys)).encode()).hexdigest()
