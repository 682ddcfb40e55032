"""What Python type a schema is, as data: `TypeView` trees that a template macro spells out.

Input and output differ on purpose: an argument accepts a model or a plain dict and an enum
member or its raw value, while a result is always the parsed model.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Api, Schema, SchemaKind

# Formats that become richer Python types in models; every other format stays `str` so that an
# Alpha API's new or unusual values never fail parsing (and no extra dependency is needed).
DATETIME_FORMATS = {"date-time": "datetime", "date": "date"}


@dataclass(frozen=True)
class TypeView:
    # str int float bool none any bytes datetime date list dict model enum union literal
    kind: str
    name: str | None = None  # class name for model / enum
    args: tuple[TypeView, ...] = ()
    literal: object = None
    nullable: bool = False

    @property
    def is_optional_container(self) -> bool:
        return self.kind in ("list", "dict")


def type_view(api: Api, schema: Schema | None, *, for_input: bool) -> TypeView:
    if schema is None:
        return TypeView("any")
    view = _bare(api, schema, for_input)
    return TypeView(view.kind, view.name, view.args, view.literal, nullable=schema.nullable or view.nullable)


def _bare(api: Api, schema: Schema, for_input: bool) -> TypeView:
    kind = schema.kind
    if kind is SchemaKind.REF and schema.ref is not None:
        target = api.schema(schema.ref).schema
        if target.is_enum:
            return TypeView("enum", name=schema.ref, args=(_scalar(target),))
        return TypeView("model", name=schema.ref)
    if schema.const is not None and isinstance(schema.const.value, (str, int, bool)):
        return TypeView("literal", literal=schema.const.value)
    if kind is SchemaKind.STRING:
        if not for_input and schema.format in DATETIME_FORMATS:
            return TypeView(DATETIME_FORMATS[schema.format])
        if schema.format == "binary":
            return TypeView("bytes")
        return TypeView("str")
    if kind in (SchemaKind.INTEGER, SchemaKind.NUMBER, SchemaKind.BOOLEAN, SchemaKind.NULL):
        return _scalar(schema)
    if kind is SchemaKind.ARRAY:
        return TypeView("list", args=(type_view(api, schema.items, for_input=for_input),))
    if kind is SchemaKind.OBJECT:
        value = schema.additional_properties
        value_view = type_view(api, value, for_input=for_input) if isinstance(value, Schema) else TypeView("any")
        return TypeView("dict", args=(TypeView("str"), value_view))
    if kind is SchemaKind.UNION:
        variants = []
        for variant in schema.variants:
            view = type_view(api, variant, for_input=for_input)
            if view not in variants:
                variants.append(view)
        return TypeView("union", args=tuple(variants))
    return TypeView("any")


def _scalar(schema: Schema) -> TypeView:
    return TypeView(
        {
            SchemaKind.STRING: "str",
            SchemaKind.INTEGER: "int",
            SchemaKind.NUMBER: "float",
            SchemaKind.BOOLEAN: "bool",
            SchemaKind.NULL: "none",
        }.get(schema.kind, "any")
    )
