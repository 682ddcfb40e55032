"""Models module: a view of the API's named schemas, one class each.

Each named schema becomes one class: an object a pydantic model (keeping the fields it does
not list, as an Alpha API adds them often), an enum an `Enum`, anything else (unions, arrays,
scalars) a `RootModel`. Types are the `TypeView`s the resource methods use for results, so
a model's field and a method's return agree; enums stay tolerant (`Member | str`).

This module prepares meaning only (names, types, order); the templates own the syntax:
`templates/python/package/models.py.j2` the module's head (imports, the base `Model`), and
`model_classes.py.j2` its classes, rendered one by one (see `Pieced`).
"""

from __future__ import annotations

import itertools
import keyword
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from generator.model import Api, ClassOutline, Default, NamedSchema, Schema
from generator.naming import python_identifier
from generator.render.common import Inputs, Lazy
from generator.render.types import TypeView, is_model_outline, type_view
from generator.render.view import view

# Names a field must not take: what pydantic v2's BaseModel defines (a field would hide it;
# listed here, not read from the installed pydantic, so output never depends on its version;
# every `model_` name is kept clear too), the names the module's annotations use (a field
# called `datetime` would hide the type from the annotations after it, for a type checker),
# and those its class bodies call or name (a field called `Field` is None to the fields
# after it, whose `Field(alias=...)` then fails as the module is imported).
_MODEL_RESERVED = frozenset(
    {
        "construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw", "schema",
        "schema_json", "update_forward_refs", "validate",
        "Any", "Literal", "date", "datetime", "list", "str", "int", "float", "bool", "bytes", "None",
        "BaseModel", "ConfigDict", "Enum", "Field", "Model", "RootModel",
    }
)
_MODEL_RESERVED_PREFIX = "model_"
# An Enum's own attributes, which a member must not hide.
_ENUM_RESERVED = frozenset({"name", "value", "mro"})


@view
class FieldView:
    name: str  # the Python attribute
    alias: str | None  # the name on the wire, where the attribute differs from it
    type: TypeView  # nullable already where the field is optional
    required: bool
    default: Default | None  # the spec's default, only where it fits the type
    description: str | None


@view
class MemberView:
    name: str
    value: Any


@view
class ModelClassView:
    name: str
    kind: str  # model | enum | root
    description: str | None
    fields: tuple[FieldView, ...] = ()
    members: tuple[MemberView, ...] = ()
    root: TypeView | None = None
    # a root model whose type names itself, or a root model of a cycle it is in: a class not
    # defined yet where its base is evaluated (see `_root_order`)
    forward: bool = False


@view
class ModelsView:
    classes: tuple[ModelClassView, ...]
    uses: tuple[str, ...]  # names to import (sorted: a view's repr keys its rendering, see Deferred)


def attribute_names(
    wire_names: list[str], reserved: frozenset[str], reserved_prefix: str = "\0", taken: frozenset[str] = frozenset()
) -> list[str]:
    """A Python attribute for each wire name: the name itself where it is a plain identifier
    (so a model reads like the API), else a snake_case spelling; distinct, none reserved."""
    def plain(name: str) -> bool:
        return (
            name.isidentifier() and name.isascii() and not name.startswith(("_", reserved_prefix))
            and not keyword.iskeyword(name) and name not in reserved and name not in taken
        )

    kept = [plain(name) for name in wire_names]
    used = {name for name, as_it_is in zip(wire_names, kept) if as_it_is}
    result = []
    for name, as_it_is in zip(wire_names, kept):
        if as_it_is:
            result.append(name)
            continue
        stem = python_identifier(name, attribute=True).rstrip("_")
        if stem.startswith(reserved_prefix):
            stem = "field_" + stem
        candidates = itertools.chain((stem, f"{stem}_"), (f"{stem}_{n}" for n in itertools.count(2)))
        candidate = next(c for c in candidates if plain(c) and c not in used)
        used.add(candidate)
        result.append(candidate)
    return result


def _fits(view: TypeView, value: Any) -> bool:
    """Whether a default value is of the field's type, as a type checker would see it."""
    if view.kind == "union":
        return any(_fits(member, value) for member in view.args) or (value is None and view.nullable)
    if value is None:
        return view.nullable or view.kind in ("none", "any")
    kind = view.kind
    # one kind's test at a time: a list's or a mapping's looks into type arguments other kinds lack
    if kind == "any":
        return True
    if kind == "str":
        return isinstance(value, str)
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "literal":
        return value == view.literal and type(value) is type(view.literal)
    if kind == "list":
        return isinstance(value, list) and all(_fits(view.args[0], item) for item in value)
    if kind == "dict":
        return isinstance(value, dict) and all(_fits(view.args[1], item) for item in value.values())
    return False


def _field_views(api: Api, schema: Schema, taken: frozenset[str]) -> tuple[FieldView, ...]:
    names = attribute_names([p.name for p in schema.properties], _MODEL_RESERVED, _MODEL_RESERVED_PREFIX, taken)
    fields = []
    for name, prop in zip(names, schema.properties):
        view = type_view(api, prop.schema, for_input=False)
        default = prop.schema.default
        if not prop.required and view.kind not in ("any", "none") and not view.nullable:
            view = view.with_nullable(True)
        if prop.required or default is None or not _fits(view, default.value):
            default = None
        fields.append(FieldView(name, None if name == prop.name else prop.name, view, prop.required, default,
                                prop.schema.description))
    return tuple(fields)


def _member_views(values: tuple[Any, ...]) -> tuple[MemberView, ...]:
    kept = [value for value in dict.fromkeys(values) if value is not None]
    names = attribute_names([str(value) for value in kept], _ENUM_RESERVED)
    return tuple(MemberView(name, value) for name, value in zip(names, kept))


def _class_kind(schema: Schema) -> str:
    return _kind_of_class(ClassOutline.of(schema))


def _kind_of_class(outline: ClassOutline) -> str:
    """Which class a named schema becomes: an enum (of the values it lists but null), a model
    (fields), or a root model."""
    if outline.lists_values:
        return "enum"
    return "model" if is_model_outline(outline) else "root"


def model_class(api: Api, named: NamedSchema, class_names: frozenset[str]) -> ModelClassView:
    schema = named.schema
    kind = _class_kind(schema)
    if kind == "enum":
        return ModelClassView(named.name, "enum", schema.description, members=_member_views(schema.enum or ()))
    if kind == "model":
        return ModelClassView(named.name, "model", schema.description, fields=_field_views(api, schema, class_names))
    root = type_view(api, schema, for_input=False)
    if schema.is_enum:  # only null listed
        root = TypeView("none")
    return ModelClassView(named.name, "root", schema.description, root=root)


def _root_order(classes: list[ModelClassView]) -> list[ModelClassView]:
    """Root models after the classes their base (`RootModel[...]`, evaluated at import, unlike
    annotations) names: models and enums first, then roots, each after the roots it names
    (where a cycle allows: see `forward`)."""
    roots = {c.name: c for c in classes if c.kind == "root"}
    ordered: list[ModelClassView] = [c for c in classes if c.kind != "root"]
    done: set[str] = set()

    def visit(name: str, path: set[str]) -> None:
        if name in done or name in path:
            return
        path.add(name)
        view = roots[name].root
        named = _names_in(view) & roots.keys() if view is not None else set()
        for needed in sorted(named):
            visit(needed, path)
        # what it still names is itself or a root of a cycle it is in, defined after it: its
        # base spells the type as a string, which pydantic resolves when the model is first used
        forward = not named <= done
        done.add(name)
        ordered.append(replace(roots[name], forward=True) if forward else roots[name])

    for name in sorted(roots):
        visit(name, set())
    return ordered


def _names_in(view: TypeView) -> set[str]:
    found = {view.name} if view.name else set()
    for arg in view.args:
        found |= _names_in(arg)
    return found


def _kinds_in(view: TypeView) -> set[str]:
    found = {view.kind}
    for arg in view.args:
        found |= _kinds_in(arg)
    return found


_BASES = {"model": "BaseModel", "enum": "Enum", "root": "RootModel"}
_KIND_IMPORTS = (("any", "Any"), ("literal", "Literal"), ("datetime", "datetime"), ("date", "date"))


def _own_uses(view: ModelClassView) -> frozenset[str]:
    """What a class needs imported besides its base class."""
    kinds: set[str] = set()
    uses = set()
    for field in view.fields:
        kinds |= _kinds_in(field.type)
        if field.alias is not None:
            uses.add("Field")
    if view.root is not None:
        kinds |= _kinds_in(view.root)
    return frozenset(uses | {name for kind, name in _KIND_IMPORTS if kind in kinds})


def _module_uses(kinds: list[str], own: list[frozenset[str]]) -> tuple[str, ...]:
    """Names to import (sorted: a view's repr keys its rendering, see Deferred)."""
    uses = {"BaseModel", "ConfigDict"}  # the module's own `Model` base
    uses |= {_BASES[kind] for kind in kinds}
    return tuple(sorted(uses.union(*own)))


def models_view(api: Api) -> ModelsView:
    class_names = frozenset(s.name for s in api.schemas)
    classes = _root_order([model_class(api, named, class_names) for named in api.schemas])
    return ModelsView(tuple(classes), _module_uses([view.kind for view in classes], [_own_uses(view) for view in classes]))


@dataclass(frozen=True)
class ModelsModule:
    """The models module's classes in order, each a view or a `Lazy` one, what the module
    imports, and what each class needs imported, by its key, where it needs anything."""

    classes: tuple[ModelClassView | Lazy, ...]
    uses: tuple[str, ...]
    gives: dict[str, str]
    keys: tuple[str, ...]  # each class's key, in order (see `Pieced.definition_keys`)


def models_module(
    api: Api,
    inputs: Inputs,
    template: str,
    key: Callable[[ModelClassView | Lazy], str],
    known: frozenset[str],
    recorded: dict[str, str] | None,
) -> ModelsModule:
    """`models_view`, with each class's view built only where needed. A class is made of its
    schema, the classes its fields name, and the class names its fields' names are: where
    those are as the last generation had them, its key is recalled (see `Inputs`). Its view is
    built where the key is not recalled, or the class is not `known` (its formatted text is
    not on disk), or what it needs imported is not `recorded` (by key: nothing recorded under
    a known key is nothing needed). A root model's view is always built: the order of the
    roots is made from them."""
    class_names = frozenset(s.name for s in api.schemas)
    others: list[ModelClassView | Lazy] = []
    kinds: list[str] = []
    roots = []
    for named in api.schemas:
        outline = named.outline()  # not its schema: most classes' views are not built
        kind = _kind_of_class(outline)
        if kind == "root":
            roots.append(model_class(api, named, class_names))
            continue
        kinds.append(kind)
        # a field named as a class is not spelled as it is (see `attribute_names`); no other
        # spelling of a field can be a class's name (those are snake_case). The classes its
        # fields name are read for their kind (an enum is spelled `Kind | str`): the unit that
        # made this class read their fragments too, so this is a guard, should it ever not
        taken = tuple(sorted(class_names.intersection(outline.property_names)))
        digest = inputs.digest(inputs.provenance.schema(named), (taken,), inputs.references_of(named.name))
        others.append(inputs.lazy(template, digest, partial(model_class, api, named, class_names)))
    ordered = others + _root_order(roots)
    keys = tuple(key(entry) for entry in ordered)
    gives: dict[str, str] = {}  # as the manifest records it: names apart by spaces, sorted
    for entry, entry_key in zip(ordered, keys):
        if isinstance(entry, Lazy) and recorded is not None and entry_key in known:
            needs = recorded.get(entry_key, "")
        else:
            needs = " ".join(sorted(_own_uses(entry.view() if isinstance(entry, Lazy) else entry)))
        if needs:
            gives[entry_key] = needs
    kinds += [root.kind for root in roots]
    own = [frozenset(needs.split()) for needs in set(gives.values())]
    return ModelsModule(tuple(ordered), _module_uses(kinds, own), gives, keys)
