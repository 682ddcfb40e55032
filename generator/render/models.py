"""Models module: the named schemas of the model, handed to datamodel-code-generator.

We give it a document of our own making rather than the raw spec: every class already has
its final name (so it never numbers collisions), enums are wrapped to accept unknown values,
and formats that would need extra packages or rewrite values (`email`, `uri`) are dropped.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.model import Api, Schema, SchemaKind
from generator.render.types import DATETIME_FORMATS

_CLASS_LINE = re.compile(r"^class (\w+)\(", re.MULTILINE)


class ModelGenerationError(RuntimeError):
    pass


def models_document(api: Api) -> dict[str, Any]:
    schemas = {named.name: _class_schema(api, named.name, named.schema) for named in api.schemas}
    return {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def _class_schema(api: Api, name: str, schema: Schema) -> dict[str, Any]:
    out = _schema(api, schema, top=True)
    out["title"] = name
    return out


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def _schema(api: Api, schema: Schema | None, top: bool = False) -> dict[str, Any]:
    if schema is None:
        return {}
    out: dict[str, Any] = {}
    kind = schema.kind
    if kind is SchemaKind.REF and schema.ref is not None:
        target = api.schema(schema.ref).schema
        if target.is_enum:
            # Tolerant: a value the enum does not list yet parses as its raw type.
            raw = {"type": _json_type(target.kind)} if _json_type(target.kind) else {}
            out = {"anyOf": [_ref(schema.ref), raw]}
        else:
            out = _ref(schema.ref)
    elif schema.is_enum and top:
        out = {"enum": list(schema.enum or ())}
        if _json_type(kind):
            out["type"] = _json_type(kind)
    elif schema.const is not None:
        out = {"const": schema.const.value}
    elif kind in (SchemaKind.STRING, SchemaKind.INTEGER, SchemaKind.NUMBER, SchemaKind.BOOLEAN, SchemaKind.NULL):
        out = {"type": _json_type(kind)}
        if kind is SchemaKind.STRING and schema.format in DATETIME_FORMATS:
            out["format"] = schema.format
    elif kind is SchemaKind.ARRAY:
        out = {"type": "array", "items": _schema(api, schema.items)}
    elif kind is SchemaKind.OBJECT:
        out = {"type": "object", "properties": {p.name: _schema(api, p.schema) for p in schema.properties}}
        required = [p.name for p in schema.properties if p.required]
        if required:
            out["required"] = required
        # Typed extras only for pure maps: on a model with properties, extras are kept
        # untyped by `extra="allow"` (a typed `__pydantic_extra__` would need `typing.Dict`).
        if isinstance(schema.additional_properties, Schema) and not schema.properties:
            out["additionalProperties"] = _schema(api, schema.additional_properties)
    elif kind is SchemaKind.UNION:
        out = {"anyOf": [_schema(api, v) for v in schema.variants]}
    if schema.nullable and kind is not SchemaKind.NULL:
        out = {"anyOf": [out, {"type": "null"}]} if out else {}
    if schema.description:
        out["description"] = schema.description
    if schema.default is not None and not top and _json_safe(schema.default.value):
        out["default"] = schema.default.value
    return out


def _json_type(kind: SchemaKind) -> str | None:
    return {
        SchemaKind.STRING: "string",
        SchemaKind.INTEGER: "integer",
        SchemaKind.NUMBER: "number",
        SchemaKind.BOOLEAN: "boolean",
        SchemaKind.NULL: "null",
    }.get(kind)


def _json_safe(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def models_input(api: Api) -> str:
    """Everything datamodel-code-generator is given for this API, as text: with the generator's
    own fingerprint, the key under which the models module can be reused."""
    return json.dumps(models_document(api), sort_keys=True) if api.schemas else ""


def render_models(api: Api, document: str | None = None) -> str:
    """The models module's source (unformatted: the format stage runs black once, on everything)."""
    if not api.schemas:
        return '"""Models: this API declares none."""\n'
    # Imported here: datamodel-code-generator takes ~1 s to import and only this stage needs it.
    from datamodel_code_generator import DataModelType, InputFileType, PythonVersion, generate

    source = generate(
        document if document is not None else models_input(api),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_310,
        extra_fields="allow",
        use_schema_description=True,
        use_field_description=True,
        use_title_as_name=True,
        use_union_operator=True,
        use_standard_collections=True,
        field_constraints=True,
        disable_timestamp=True,
        output_datetime_class="datetime",
        formatters=[],
    )
    # datamodel-code-generator leaves a large cyclic graph behind; the run has the cyclic
    # collector off (see __main__), so free it here, before the format stage forks workers.
    import gc

    gc.collect()
    if not isinstance(source, str):  # pragma: no cover - one document gives one module
        raise ModelGenerationError("datamodel-code-generator returned several modules")
    made = set(_CLASS_LINE.findall(source))
    missing = sorted({s.name for s in api.schemas} - made)
    if missing:
        raise ModelGenerationError(f"datamodel-code-generator did not produce classes: {', '.join(missing[:10])}")
    return _strip_header(source)


_STDLIB = {"__future__", "datetime", "decimal", "enum", "typing", "uuid"}


def _strip_header(source: str) -> str:
    """Our docstring instead of its header (which names the input, "<stdin>"), and the import
    block in isort's order: __future__, standard library, then third party."""
    lines = source.splitlines(keepends=True)
    while lines and lines[0].startswith("#"):
        lines.pop(0)
    imports = []
    while lines and (lines[0].startswith(("from ", "import ")) or not lines[0].strip()):
        line = lines.pop(0)
        if line.startswith("from ") and " as " in line:
            # isort keeps each aliased name on a line of its own
            head, _, names = line.rstrip("\n").partition(" import ")
            members = [m.strip() for m in names.split(",")]
            imports.extend(f"{head} import {m}\n" for m in members if " as " in m)
            plain = [m for m in members if " as " not in m]
            if plain:
                imports.append(f"{head} import {', '.join(plain)}\n")
        elif line.strip():
            imports.append(line)
    module = lambda line: line.split()[1]  # noqa: E731
    future = sorted(line for line in imports if module(line) == "__future__")
    stdlib = sorted(
        (line for line in imports if module(line).split(".")[0] in _STDLIB - {"__future__"}),
        key=lambda line: (module(line), line),
    )
    third = sorted((line for line in imports if module(line).split(".")[0] not in _STDLIB), key=module)
    blocks = ["".join(block) for block in (future, stdlib, third) if block]
    header = '"""Request and response models, generated from the API description. Do not edit."""\n\n'
    return header + "\n".join(blocks) + "\n\n" + "".join(lines)
