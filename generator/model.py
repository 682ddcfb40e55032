"""Stage 2, the model of the API: plain, typed, immutable data.

Every renderer and the diff read only this model, never the raw document. Collections are
tuples so that a model, once built, cannot change under a renderer. Schemas form a graph:
a `Schema` of kind REF names an entry of `Api.schemas`, which is how recursion is expressed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Union

from generator.naming import is_http_token
from generator.stability import Stability

JsonScalar = Union[str, int, float, bool, None]


class SchemaKind(enum.Enum):
    ANY = "any"
    STRING = "string"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    NULL = "null"
    ARRAY = "array"
    OBJECT = "object"
    UNION = "union"  # oneOf / anyOf, or a list of types in 3.1
    REF = "ref"  # a named schema of Api.schemas


class ParameterLocation(enum.Enum):
    PATH = "path"
    QUERY = "query"
    HEADER = "header"
    COOKIE = "cookie"


@dataclass(frozen=True)
class Default:
    """A default value from the spec; wrapped so that `None` (JSON null) differs from no default."""

    value: Any


@dataclass(frozen=True)
class Schema:
    kind: SchemaKind
    location: str  # "file#/json/pointer" where this schema was written
    description: str | None = None
    title: str | None = None
    format: str | None = None
    nullable: bool = False
    enum: tuple[JsonScalar, ...] | None = None
    const: Default | None = None
    default: Default | None = None
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    # ARRAY
    items: Schema | None = None
    # OBJECT
    properties: tuple[Property, ...] = ()
    # None: not said (any extra property allowed); False: none allowed; a Schema: their type
    additional_properties: Schema | bool | None = None
    # UNION
    variants: tuple[Schema, ...] = ()
    discriminator: str | None = None
    # on a union's variant: the values of its properties fixed to one value (`device_offline`)
    tag: str | None = None
    # REF: the `name` of a NamedSchema
    ref: str | None = None
    # minLength, maximum, pattern, ... as (keyword, value), sorted by keyword
    constraints: tuple[tuple[str, Any], ...] = ()
    stability: Stability | None = None  # only where the spec says so for this schema

    @property
    def is_enum(self) -> bool:
        return self.enum is not None

    def property(self, name: str) -> Property | None:
        return next((p for p in self.properties if p.name == name), None)

    def references(self) -> set[str]:
        """Names of the named schemas this one refers to directly (not through them)."""
        found: set[str] = set()
        stack: list[Schema | None] = [self]
        while stack:
            current = stack.pop()
            if current is None:
                continue
            if current.ref:
                found.add(current.ref)
            stack.append(current.items)
            stack.extend(p.schema for p in current.properties)
            stack.extend(current.variants)
            if isinstance(current.additional_properties, Schema):
                stack.append(current.additional_properties)
        return found


@dataclass(frozen=True)
class Property:
    name: str  # as on the wire
    schema: Schema
    required: bool


class MadeWhenRead:
    """A part of the model read from the store of the build's units (model_store.py) may come
    with fields not made yet (`_made_from`: each one's maker), each made when first read:
    a regeneration reads few of them. Equality, hashing and repr read every field, so they
    see the same values either way."""

    def __getattr__(self, attribute: str) -> Any:
        # called only where an attribute is missing: a field not made yet, or none at all
        pending = self.__dict__.get("_made_from")
        if pending is not None and attribute in pending:
            self.__dict__[attribute] = made = pending.pop(attribute)()
            return made
        raise AttributeError(attribute)


@dataclass(frozen=True)
class ClassOutline:
    """What every run asks of every class (which class it becomes, the names of its fields),
    known without its schema (see `NamedSchema.outline`)."""

    kind: SchemaKind
    lists_values: bool  # an enum listing a value other than null
    typed_extras: bool  # its extra properties have a schema
    property_names: tuple[str, ...]

    @classmethod
    def of(cls, schema: Schema) -> ClassOutline:
        return cls(
            schema.kind,
            bool(schema.enum) and any(value is not None for value in schema.enum or ()),
            isinstance(schema.additional_properties, Schema),
            tuple(p.name for p in schema.properties),
        )


@dataclass(frozen=True)
class NamedSchema(MadeWhenRead):
    """A schema that becomes a class: a component, or an inline object or enum named from its place.

    One read from the store of the build's units (model_store.py) is made with its outline and
    references and without its schema, which is decoded when first read: a regeneration asks
    for few of GitHub's 4,553 schemas, and decoding them all took 0.15 s."""

    name: str  # a class name, unique in the API (PascalCase)
    origin: str  # where it came from: "components/schemas/device" or "POST /customers/push_data spaces[]"
    schema: Schema

    @property
    def schema_is_made(self) -> bool:
        """False for a class read from the store whose schema nothing has read yet."""
        return "schema" in self.__dict__

    def outline(self) -> ClassOutline:
        found = self.__dict__.get("_outline")
        if found is None:
            found = self.__dict__["_outline"] = ClassOutline.of(self.schema)
        return found  # type: ignore[no-any-return]

    def references(self) -> frozenset[str]:
        """The classes its schema names (itself, where it does, and in its fields, items, variants)."""
        found = self.__dict__.get("_references")
        if found is None:
            found = self.__dict__["_references"] = frozenset(self.schema.references())
        return found  # type: ignore[no-any-return]

    @classmethod
    def stored(
        cls, name: str, origin: str, schema_from: Any, outline: ClassOutline, references: frozenset[str]
    ) -> NamedSchema:
        """A class whose schema `schema_from()` makes when first read."""
        made = object.__new__(cls)
        made.__dict__.update(
            name=name, origin=origin, _made_from={"schema": schema_from}, _outline=outline, _references=references
        )
        return made


@dataclass(frozen=True)
class Parameter:
    name: str  # as on the wire
    location: ParameterLocation
    required: bool
    schema: Schema
    description: str | None = None
    deprecated: bool = False
    style: str | None = None
    explode: bool | None = None


FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def media_type_essence(media_type: str) -> str:
    """The type without its parameters, lower-cased: `application/json; charset=utf-8` ->
    `application/json`."""
    return media_type.split(";", 1)[0].strip().lower()


def is_json_media_type(media_type: str) -> bool:
    """JSON by any of its names: `application/json` (with parameters or not), `text/json`, and
    every `+json` type (`application/vnd.amadeus+json`, `application/merge-patch+json`)."""
    essence = media_type_essence(media_type)
    return essence in ("application/json", "text/json") or essence.endswith("+json")


@dataclass(frozen=True)
class Encoding:
    """How a form sends one of its properties (OpenAPI's Encoding Object), where the
    description says: a style (`deepObject`, `form`, ...), whether it explodes, a part's type."""

    name: str  # the property
    style: str | None = None
    explode: bool | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class Content:
    media_type: str
    schema: Schema | None
    encoding: tuple[Encoding, ...] = ()  # of a form's properties, as the description lists them


def preferred_json(contents: tuple[Content, ...]) -> Content | None:
    """The JSON content a client reads or sends: plain `application/json` first, then the first
    other JSON type; a wildcard (`application/*+json`) last, being no type to send."""
    found = [c for c in contents if is_json_media_type(c.media_type)]
    return min(
        found, key=lambda c: (media_type_essence(c.media_type) != "application/json", "*" in c.media_type), default=None
    )


@dataclass(frozen=True)
class RequestBody:
    required: bool
    contents: tuple[Content, ...]
    description: str | None = None

    def content(self, media_type: str) -> Content | None:
        return next((c for c in self.contents if c.media_type == media_type), None)

    def preferred(self) -> Content | None:
        """What a client sends, where several media types are offered: JSON, else the first
        form (urlencoded or multipart), else the first offered."""
        return (
            preferred_json(self.contents)
            or next((c for c in self.contents if media_type_essence(c.media_type) in (FORM, MULTIPART)), None)
            or next(iter(self.contents), None)
        )


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX", "default"
    description: str | None
    contents: tuple[Content, ...]
    headers: tuple[str, ...] = ()


@dataclass(frozen=True)
class SecurityScheme:
    name: str  # key in components/securitySchemes
    type: str  # http | apiKey | oauth2 | openIdConnect | mutualTLS
    scheme: str | None = None  # for http: bearer, basic, ...
    location: str | None = None  # for apiKey: header | query | cookie
    parameter_name: str | None = None  # for apiKey: the header / query / cookie name
    bearer_format: str | None = None
    description: str | None = None

    @property
    def can_be_sent(self) -> bool:
        """Whether a request can carry the credential: not as a header or cookie whose name is
        no HTTP token (RapidAPI's dynamicdocs names its key's header `ADVICEment API Key`)."""
        in_named_place = self.type == "apiKey" and self.location in ("header", "cookie", None)
        return not in_named_place or is_http_token(self.parameter_name or "")


# One alternative of an operation's security: every named scheme together.
SecurityRequirement = tuple[str, ...]


@dataclass(frozen=True)
class ResponseKey:
    """Seam's `x-response-key`: the key of the body that holds the result; `key=None` means none."""

    key: str | None


@dataclass(frozen=True)
class Operation(MadeWhenRead):
    method: str  # lower-case HTTP method as declared
    path: str
    operation_id: str | None
    group: tuple[str, ...]  # resource group path, e.g. ("acs", "users")
    name: str  # method name within its group (snake_case)
    title: str
    summary: str | None
    description: str | None
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    # None: the document's default applies (already folded in); () : explicitly no auth
    security: tuple[SecurityRequirement, ...]
    stability: Stability
    deprecated: str | None = None  # the deprecation message ("" when none was given)
    undocumented: bool = False
    response_key: ResponseKey | None = None  # only where the spec says
    tags: tuple[str, ...] = ()
    alternative_methods: tuple[str, ...] = ()  # other HTTP methods offering the same route
    servers: tuple[str, ...] = ()  # the operation's own servers, where it has any
    name_taken_by: str | None = None  # the operation (key) whose method name this one's was, numbered apart

    @property
    def key(self) -> str:
        """How a person names the operation: "POST /customers/push_data"."""
        return f"{self.method.upper()} {self.path}"

    @property
    def group_name(self) -> str:
        return " ".join(self.group)

    def references(self) -> frozenset[str]:
        """Names of the named schemas its parameters, body and responses refer to directly.
        Worked out once: the build, the views' keys and the diff each ask for every operation's."""
        known = self.__dict__.get("_references")
        if known is not None:
            return known  # type: ignore[no-any-return]
        found: set[str] = set()
        for param in self.parameters:
            found |= param.schema.references()
        sent = self.request_body.contents if self.request_body else ()
        for content in (*sent, *(c for r in self.responses for c in r.contents)):
            if content.schema is not None:
                found |= content.schema.references()
        made = self.__dict__["_references"] = frozenset(found)
        return made

    def success_responses(self) -> tuple[Response, ...]:
        """Its 2xx responses; where it lists none, its `default` one, which then is the only
        word the description has on what a success returns."""
        found = tuple(r for r in self.responses if r.status.startswith("2"))
        return found or tuple(r for r in self.responses if r.status == "default")

    def success_bodies(self) -> tuple[tuple[str, Content | None], ...]:
        """Each success response's JSON body (None: it has no body), where they are not all
        one (GitHub's 201 with a body or 204 without); empty where one body serves every
        success, or where a success body is not JSON."""
        successes = self.success_responses()
        if len(successes) < 2:  # most operations: nothing to tell apart
            return ()
        found: list[tuple[str, Content | None]] = []
        for response in successes:
            content = preferred_json(response.contents)
            if content is None and response.contents:
                return ()
            found.append((response.status, content))
        # a body of no schema (any JSON) is not no body
        bodies = [(True, c.schema) if c is not None else None for _, c in found]
        differ = any(body != bodies[0] for body in bodies[1:])
        return tuple(found) if differ else ()


@dataclass(frozen=True)
class Fallback:
    """A place where the spec says more than the model can express, and what was done instead."""

    location: str
    reason: str


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    openapi_version: str
    description: str | None
    servers: tuple[str, ...]
    operations: tuple[Operation, ...]
    schemas: tuple[NamedSchema, ...]
    security_schemes: tuple[SecurityScheme, ...]
    fallbacks: tuple[Fallback, ...] = ()
    _schema_index: dict[str, NamedSchema] = field(default_factory=dict, compare=False, repr=False)
    # what each class refers to, derived from `schemas` when first asked for (the build hands
    # over what it found while pruning: GitHub's 4,553 classes took 0.04 s to walk again)
    _references: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # A lookup table derived from `schemas`; never mutated after construction.
        self._schema_index.update({s.name: s for s in self.schemas})

    def schema(self, name: str) -> NamedSchema:
        return self._schema_index[name]

    def references_of(self, name: str) -> frozenset[str]:
        """The classes the class `name` refers to (itself, and in its fields, items, variants)."""
        found = self._references.get(name)
        if found is None:
            found = self._references[name] = self.schema(name).references()
        return found

    def security_scheme(self, name: str) -> SecurityScheme | None:
        return next((s for s in self.security_schemes if s.name == name), None)

    def groups(self) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted({op.group for op in self.operations}))

    def resolve(self, schema: Schema) -> Schema:
        """The schema itself, or the named schema a REF points to."""
        while schema.kind is SchemaKind.REF and schema.ref is not None:
            schema = self.schema(schema.ref).schema
        return schema
