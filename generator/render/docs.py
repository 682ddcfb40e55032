"""Documentation pages in the style of Seam's API reference (GitBook Markdown)."""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from generator.config import TargetConfig
from generator.model import (
    Api,
    JsonScalar,
    Operation,
    Schema,
    SchemaKind,
    preferred_json,
)
from generator.naming import file_stem
from generator.render.common import Deferred, Inputs, credential_title
from generator.render.environment import environment
from generator.render.view import view

# Nested properties are shown this deep at most: schemas may be recursive.
MAX_DEPTH = 4
_FORMAT_WORDS = {"date-time": "Datetime", "uuid": "UUID", "date": "Date"}


@view
class FieldDoc:
    name: str
    type_words: tuple[str, ...]  # ("Array", "of Objects") -> *Array* *of Objects*
    required: bool
    description: str | None
    deprecated: bool
    children: tuple[FieldDoc, ...]  # properties of an object, or of an array's objects
    enum_values: tuple[str, ...] = ()  # of an enum, or an array's: each as a caller writes it


@view
class AuthMethodDoc:
    title: str
    headers: tuple[str, ...]  # headers the request must also include


@view
class ResponseDoc:
    void: bool
    field: FieldDoc | None  # the result: named by its response key, or "response"
    # where success responses differ (`Operation.success_bodies`): each status's, in order
    by_status: tuple[tuple[str, ResponseDoc], ...] = ()


@view
class OperationPage:
    file: str  # relative to docs/
    key: str
    title: str
    group_name: str
    stability: str
    deprecated: str | None
    description: str | None
    auth_methods: tuple[AuthMethodDoc, ...]
    parameters: tuple[FieldDoc, ...]
    response: ResponseDoc


@view
class PageLink:
    """What the index says of a page."""

    file: str
    key: str
    title: str
    stability: str
    deprecated: str | None


@view
class GroupIndex:
    name: str
    pages: tuple[PageLink, ...]


class _Describer:
    def __init__(self, api: Api) -> None:
        self.api = api
        # the fields under a named schema, by where it is met (depth, and the names above it):
        # most pages expand the same few schemas, and the result is immutable
        self._named_children: dict[tuple[str, int, frozenset[str]], tuple[FieldDoc, ...]] = {}
        # each distinct field once, whichever page or schema it is met in: the templates render
        # a field object once (see `field_block`), and GitHub's 26,039 fields are 4,577 distinct
        self._fields: dict[tuple[object, ...], FieldDoc] = {}

    def type_words(self, schema: Schema, named_arrays: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """`named_arrays`: the named arrays whose items are being described, so that one
        holding itself (`Tree: [Tree]`) is an array of arrays, not an endless recursion."""
        if schema.kind is SchemaKind.REF and schema.ref in named_arrays:
            return ("Array",)
        resolved = self.api.resolve(schema)
        if resolved.kind is SchemaKind.ARRAY:
            if schema.kind is SchemaKind.REF and schema.ref is not None:
                named_arrays = named_arrays | {schema.ref}
            item = self.type_words(resolved.items, named_arrays) if resolved.items is not None else ("Any",)
            return ("Array", "of " + _plural(item[0]))
        return (self._word(resolved),)

    def _word(self, schema: Schema) -> str:
        if schema.is_enum:
            return "Enum"
        if schema.kind is SchemaKind.STRING:
            return _FORMAT_WORDS.get(schema.format or "", "String")
        if schema.kind in (SchemaKind.INTEGER, SchemaKind.NUMBER):
            return "Number"
        if schema.kind is SchemaKind.BOOLEAN:
            return "Boolean"
        if schema.kind in (SchemaKind.OBJECT, SchemaKind.UNION):
            return "Object"
        if schema.kind is SchemaKind.NULL:
            return "Null"
        return "Any"

    def children(self, schema: Schema, depth: int, seen: frozenset[str]) -> tuple[FieldDoc, ...]:
        if depth >= MAX_DEPTH:
            return ()
        if schema.kind is SchemaKind.REF and schema.ref is not None:
            if schema.ref in seen:
                return ()
            key = (schema.ref, depth, seen)
            found = self._named_children.get(key)
            if found is None:
                found = self._named_children[key] = self._children(schema, depth, seen | {schema.ref})
            return found
        return self._children(schema, depth, seen)

    def _children(self, schema: Schema, depth: int, seen: frozenset[str]) -> tuple[FieldDoc, ...]:
        resolved = self.api.resolve(schema)
        if resolved.kind is SchemaKind.ARRAY and resolved.items is not None:
            return self.children(resolved.items, depth, seen)
        if resolved.kind is not SchemaKind.OBJECT:
            return ()
        return self.fields(resolved, depth + 1, seen)

    def field(self, name: str, schema: Schema, required: bool, description: str | None, depth: int, seen: frozenset[str]) -> FieldDoc:
        type_words = self.type_words(schema)
        description = description or schema.description or self.api.resolve(schema).description
        children = self.children(schema, depth, seen)
        enum_values = self.enum_values(schema)
        # the children are distinct objects already: their ids name them
        key = (name, type_words, required, description, schema.deprecated, enum_values, *map(id, children))
        found = self._fields.get(key)
        if found is None:
            found = self._fields[key] = FieldDoc(
                name, type_words, required, description, schema.deprecated, children, enum_values
            )
        return found

    def enum_values(self, schema: Schema) -> tuple[str, ...]:
        resolved = self.api.resolve(schema)
        if resolved.kind is SchemaKind.ARRAY and resolved.items is not None:
            resolved = self.api.resolve(resolved.items)
        return tuple(map(_enum_text, resolved.enum or ()))

    def fields(self, schema: Schema, depth: int = 0, seen: frozenset[str] = frozenset()) -> tuple[FieldDoc, ...]:
        found = [self.field(p.name, p.schema, p.required, p.schema.description, depth, seen) for p in schema.properties]
        return _ordered(found)


def _enum_text(value: JsonScalar) -> str:
    """A string as it reads (`no`); other values, and strings that would not show (empty, or
    edged with spaces), in JSON (`1`, `true`, `null`, `""`)."""
    if isinstance(value, str) and value and value == value.strip():
        return value
    return json.dumps(value, ensure_ascii=False)


def _ordered(found: list[FieldDoc]) -> tuple[FieldDoc, ...]:
    """Required first, then alphabetical: the order of Seam's reference pages."""
    return tuple(sorted(found, key=lambda f: (not f.required, f.name.lower(), f.name)))


def _plural(word: str) -> str:
    if word == "Any":
        return "Any"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "o", "u"):  # Entities, Arrays
        return word[:-1] + "ies"
    return word + "s"


def _parameters(describer: _Describer, op: Operation) -> tuple[FieldDoc, ...]:
    found = [
        describer.field(p.name, p.schema, p.required, p.description, 0, frozenset()) for p in op.parameters
    ]
    if op.request_body is not None:
        content = op.request_body.preferred()
        if content is not None and content.schema is not None:
            body = describer.api.resolve(content.schema)
            if body.kind is SchemaKind.OBJECT:
                found.extend(describer.fields(body))
            else:
                found.append(describer.field("body", content.schema, op.request_body.required, None, 0, frozenset()))
    return _ordered(found)


def _response(describer: _Describer, op: Operation) -> ResponseDoc:
    if op.response_key is not None and op.response_key.key is None:
        return ResponseDoc(void=True, field=None)
    bodies = op.success_bodies() if op.response_key is None else ()
    if bodies:
        by_status = tuple(
            (status, ResponseDoc(void=False, field=describer.field("response", content.schema, True, None, 0, frozenset()))
             if content is not None and content.schema is not None else ResponseDoc(void=True, field=None))
            for status, content in bodies
        )
        first = by_status[0][1]
        return ResponseDoc(void=first.void, field=first.field, by_status=by_status)
    for response in op.success_responses():
        json_content = preferred_json(response.contents)  # what the client reads, where offered
        for content in ((json_content,) if json_content else ()) + response.contents:
            if content.schema is None:
                continue
            schema: Schema | None = content.schema
            name = "response"
            if op.response_key is not None and op.response_key.key is not None:
                name = op.response_key.key
                prop = describer.api.resolve(content.schema).property(name)
                schema = prop.schema if prop else None
            if schema is not None:
                return ResponseDoc(void=False, field=describer.field(name, schema, True, None, 0, frozenset()))
    return ResponseDoc(void=True, field=None)


def _auth_methods(api: Api, config: TargetConfig, op: Operation) -> tuple[AuthMethodDoc, ...]:
    order = [name for name, _ in config.auth]
    schemes = []
    for requirement in op.security:
        for name in requirement:
            if name not in schemes and not config.auth_for(name).hidden and api.security_scheme(name):
                schemes.append(name)
    declared = list(schemes)
    schemes.sort(key=lambda s: (order.index(s) if s in order else len(order), declared.index(s)))
    methods = []
    for name in schemes:
        scheme = api.security_scheme(name)
        assert scheme is not None  # filtered above
        headers = tuple(h.header for h in config.auth_for(name).headers)
        methods.append(AuthMethodDoc(title=credential_title(scheme, config), headers=headers))
    return tuple(methods)


def page_file(op: Operation) -> str:
    return "/".join(map(file_stem, op.group)) + f"/{file_stem(op.name)}.md"


def operation_page(describer: _Describer, config: TargetConfig, op: Operation) -> OperationPage:
    return OperationPage(
        file=page_file(op),
        key=op.key,
        title=op.title,
        group_name=op.group_name,
        stability=op.stability.value,
        deprecated=op.deprecated,
        description=op.description,
        auth_methods=_auth_methods(describer.api, config, op),
        parameters=_parameters(describer, op),
        response=_response(describer, op),
    )


def operation_pages(api: Api, config: TargetConfig) -> tuple[OperationPage, ...]:
    describer = _Describer(api)
    pages = [operation_page(describer, config, op) for op in api.operations if not op.undocumented]
    return tuple(sorted(pages, key=lambda p: p.file))


_PAGE = "docs/operation.md.j2"


def render_docs(api: Api, config: TargetConfig, inputs: Inputs | None = None) -> dict[str, str | Deferred]:
    """Relative path -> text of every page; operation pages deferred (see `Deferred`). With
    `inputs`, a page's view is built only where what it is made of (its operation and every
    class it reaches) is not as the last generation had it."""
    env = environment()
    # in the client, not in the published reference
    documented = sorted((op for op in api.operations if not op.undocumented), key=page_file)
    describer = _Describer(api)
    files: dict[str, str | Deferred] = {}
    for op in documented:
        build = partial(_page_arguments, describer, config, op)
        if inputs is None:
            files[page_file(op)] = Deferred(_PAGE, build())
            continue
        files[page_file(op)] = Deferred(_PAGE, inputs.lazy(_PAGE, inputs.operation(op), build))
    groups: dict[str, list[PageLink]] = {}
    for op in documented:
        link = PageLink(page_file(op), op.key, op.title, op.stability.value, op.deprecated)
        groups.setdefault(op.group_name, []).append(link)
    index = tuple(GroupIndex(name, tuple(found)) for name, found in sorted(groups.items()))
    files["README.md"] = env.get_template("docs/index.md.j2").render(api=api, groups=index)
    return files


def _page_arguments(describer: _Describer, config: TargetConfig, op: Operation) -> tuple[tuple[str, Any], ...]:
    return (("page", operation_page(describer, config, op)), ("docs", config.docs))
