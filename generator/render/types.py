"""What Python type a schema is, as data: `TypeView` trees that a template macro spells out.

Input and output differ on purpose: an argument accepts a model or a plain mapping and an
enum member or its raw value, while a result is the parsed model. Unions are flat and free
of duplicates, so `A | Mapping[str, Any] | B` never repeats a member.
"""

from __future__ import annotations

from generator.model import Api, ClassOutline, Schema, SchemaKind
from generator.render.view import view

# Formats that become richer Python types in models; every other format stays `str` so that an
# Alpha API's new or unusual values never fail parsing (and no extra dependency is needed).
DATETIME_FORMATS = {"date-time": "datetime", "date": "date"}


@view
class TypeView:
    # str int float bool none any bytes datetime date list dict model enum mapping union literal
    kind: str
    name: str | None = None  # class name for model / enum
    args: tuple[TypeView, ...] = ()
    literal: object = None
    nullable: bool = False

    def with_nullable(self, nullable: bool) -> TypeView:
        """The same type, holding None or not (a new view: dataclasses.replace is slow)."""
        return TypeView(self.kind, self.name, self.args, self.literal, nullable=nullable)

    @property
    def alternatives(self) -> tuple[TypeView, ...]:
        """What the type is a union of at its top level, in the order it is spelled: its
        members (itself for one that is no union), bare, then `None` where it is nullable. A
        too-long line of them is split between these."""
        members = self.args if self.kind == "union" else (self.with_nullable(False),)
        return (*members, NONE) if self.nullable and self.kind not in ("none", "any") else members


NONE = TypeView("none")


MAPPING = TypeView("mapping")  # a model given as a plain mapping


def type_view(api: Api, schema: Schema | None, *, for_input: bool, expanding: frozenset[str] = frozenset()) -> TypeView:
    """`expanding`: the root models whose own type an input is spelling out (see `_bare`)."""
    if schema is None:
        return TypeView("any")
    view = _bare(api, schema, for_input, expanding)
    if (schema.nullable or _nullable_class(api, schema)) and not view.nullable and view.kind not in ("none", "any"):
        return view.with_nullable(True)
    return view


def _nullable_class(api: Api, schema: Schema) -> bool:
    """A reference to a nullable named object or enum: its class holds no None, so the
    place that refers to it does (a nullable root model holds None itself)."""
    if schema.kind is not SchemaKind.REF or schema.ref is None:
        return False
    target = api.schema(schema.ref).schema
    return target.nullable and (target.is_enum or target.kind is SchemaKind.OBJECT)


def union_view(members: list[TypeView]) -> TypeView:
    """One flat union: nested unions spliced in, `None` folded into `nullable`, no repeats."""
    flat: list[TypeView] = []
    nullable = False
    for member in members:
        parts = member.args if member.kind == "union" else (member,)
        nullable = nullable or member.nullable
        for part in parts:
            nullable = nullable or part.nullable
            bare = part.with_nullable(False)
            if bare.kind == "none":
                nullable = True
            elif bare not in flat:
                flat.append(bare)
    if any(part.kind == "any" for part in flat):
        return TypeView("any")
    mappings = [part for part in flat if part == MAPPING]
    flat = [part for part in flat if part != MAPPING] + mappings  # the catch-all goes last
    if len(flat) == 1:
        only = flat[0]
        return only.with_nullable(nullable)
    return TypeView("union", args=tuple(flat), nullable=nullable)


def _bare(api: Api, schema: Schema, for_input: bool, expanding: frozenset[str]) -> TypeView:
    kind = schema.kind
    if kind is SchemaKind.REF and schema.ref is not None:
        target = api.schema(schema.ref).schema
        if target.is_enum:
            # tolerant both ways: an enum member, or a raw value the enum does not list yet
            return union_view([TypeView("enum", name=schema.ref), _scalar(target)])
        model = TypeView("model", name=schema.ref)
        if not for_input:
            return model
        if is_model_class(target):
            return union_view([model, MAPPING])
        # a root model (AWS's `MaxResults`, an int; a named array) also takes what it holds,
        # spelled out once: a root that holds itself takes only itself inside
        if schema.ref in expanding:
            return model
        held = type_view(api, target, for_input=True, expanding=expanding | {schema.ref})
        # one that holds anything would make the whole argument `Any`: a mapping, as for a model
        return union_view([model, MAPPING if held.kind == "any" else held])
    if schema.const is not None and isinstance(schema.const.value, (str, int, bool)):
        return TypeView("literal", literal=schema.const.value)
    if kind is SchemaKind.STRING:
        if not for_input and schema.format in DATETIME_FORMATS:
            return TypeView(DATETIME_FORMATS[schema.format])
        if schema.format == "binary":
            # raw content: bytes, or text sent as UTF-8
            return union_view([TypeView("bytes"), TypeView("str")]) if for_input else TypeView("bytes")
        return TypeView("str")
    if kind in (SchemaKind.INTEGER, SchemaKind.NUMBER, SchemaKind.BOOLEAN, SchemaKind.NULL):
        return _scalar(schema)
    if kind is SchemaKind.ARRAY:
        return TypeView("list", args=(type_view(api, schema.items, for_input=for_input, expanding=expanding),))
    if kind is SchemaKind.OBJECT:
        value = schema.additional_properties
        value_view = (
            type_view(api, value, for_input=for_input, expanding=expanding) if isinstance(value, Schema) else TypeView("any")
        )
        return TypeView("dict", args=(TypeView("str"), value_view))
    if kind is SchemaKind.UNION:
        return union_view([type_view(api, variant, for_input=for_input, expanding=expanding) for variant in schema.variants])
    return _scalar(schema)


def is_model_class(schema: Schema) -> bool:
    """Whether a named schema becomes a model class (fields), not a root model."""
    return is_model_outline(ClassOutline.of(schema))


def is_model_outline(outline: ClassOutline) -> bool:
    """Whether a class so outlined becomes a model class (fields), not a root model: an object
    with properties, or one whose extra properties are not typed."""
    return outline.kind is SchemaKind.OBJECT and (bool(outline.property_names) or not outline.typed_extras)


def _scalar(schema: Schema) -> TypeView:
    """The type of a scalar schema's values; of an enum that gives no `type` (425 of
    APIs.guru's 2,639 descriptions have one), that of the values it lists."""
    if schema.kind is SchemaKind.ANY and schema.enum:
        return union_view([_VALUE_TYPES.get(type(value), TypeView("any")) for value in schema.enum])
    return TypeView(
        {
            SchemaKind.STRING: "str",
            SchemaKind.INTEGER: "int",
            SchemaKind.NUMBER: "float",
            SchemaKind.BOOLEAN: "bool",
            SchemaKind.NULL: "none",
        }.get(schema.kind, "any")
    )


# by the exact type: a bool is an int to isinstance, and `true` is not `1` on the wire
_VALUE_TYPES = {str: TypeView("str"), int: TypeView("int"), float: TypeView("float"), bool: TypeView("bool"), type(None): NONE}
