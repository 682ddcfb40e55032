"""The breaking-change rules: one small named unit per rule, each with a stable id and a level.

A rule looks at one pair (old, new) of one subject (an operation, a parameter, a property, a
schema, a response) and yields a message for each change it recognises; `engine.py` walks the
two models, pairs things up and asks every rule of the matching subject. Ids never change
once published: CI configurations and reviewers refer to them.

Direction matters: a request is written by the client, a response read by it, so the same
edit (a property made optional, an enum value added) breaks clients on one side and not on
the other.
"""

from __future__ import annotations

import enum
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from generator.model import (
    Content,
    Operation,
    Parameter,
    ParameterLocation,
    Property,
    RequestBody,
    Response,
    Schema,
    SchemaKind,
    SecurityScheme,
    media_type_essence,
)
from generator.naming import python_identifier


class Level(enum.Enum):
    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"


class Subject(enum.Enum):
    OPERATION = "operation"
    PARAMETER = "parameter"  # path, query, header, cookie
    REQUEST_BODY = "request-body"  # an operation's body, absent or not
    SECURITY_SCHEME = "security-scheme"  # one an operation names in both versions
    CLIENT_CLASS = "client-class"  # a class of the generated models an operation uses: its old and new names
    REQUEST_PROPERTY = "request-property"
    REQUEST_SCHEMA = "request-schema"
    RESPONSE_PROPERTY = "response-property"
    RESPONSE_SCHEMA = "response-schema"
    RESPONSE = "response"  # a status of an operation


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    subject: Subject
    check: Callable[..., Iterable[str]]
    judged_by_old_stability: bool = False  # e.g. lowering stability breaks what the old level promised

    @property
    def description(self) -> str:
        return (self.check.__doc__ or "").strip()


RULES: list[Rule] = []


def rule(rule_id: str, level: Level, *subjects: Subject, judged_by_old_stability: bool = False) -> Callable:
    def register(check: Callable[..., Iterable[str]]) -> Callable[..., Iterable[str]]:
        for subject in subjects:
            RULES.append(Rule(rule_id, level, subject, check, judged_by_old_stability))
        return check

    return register


def code(text: object) -> str:
    return f"`{text}`"


def value_code(value: object) -> str:
    """A value from the spec as the spec spells it: `true`, `null`, `[1, 2]`; a string bare."""
    return code(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))


# -- operations --------------------------------------------------------------------------


def _other_methods(op: Operation) -> list[str]:
    """The route's other HTTP methods (Seam offers most routes as GET and POST, one operation)."""
    return [method for method in op.alternative_methods if method != op.method]


@rule("endpoint-added", Level.INFO, Subject.OPERATION)
def endpoint_added(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """A new operation, or a route answering one more method."""
    if old is None and new is not None:
        yield "operation added"
    elif old is not None and new is not None:
        for method in _other_methods(new):
            if method not in _other_methods(old):
                yield f"method {code(method.upper())} of this route added"


@rule("endpoint-removed", Level.BREAKING, Subject.OPERATION)
def endpoint_removed(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """An operation, or one method of a route, is gone: every call to it fails."""
    if old is not None and new is None:
        yield "operation removed"
    elif old is not None and new is not None:
        for method in _other_methods(old):
            if method not in _other_methods(new):
                yield f"method {code(method.upper())} of this route removed"


@rule("endpoint-deprecated", Level.WARNING, Subject.OPERATION)
def endpoint_deprecated(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """An operation is now deprecated: it still works, and will go."""
    if old and new and old.deprecated is None and new.deprecated is not None:
        yield "operation deprecated" + (f": {new.deprecated}" if new.deprecated else "")


@rule("stability-raised", Level.INFO, Subject.OPERATION)
def stability_raised(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """An operation promises more (alpha -> beta -> stable)."""
    if old and new and new.stability.rank > old.stability.rank:
        yield f"stability raised from {old.stability.value} to {new.stability.value}"


@rule("stability-lowered", Level.BREAKING, Subject.OPERATION, judged_by_old_stability=True)
def stability_lowered(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """An operation takes back a promise: judged by the stability it had."""
    if old and new and new.stability.rank < old.stability.rank:
        yield f"stability lowered from {old.stability.value} to {new.stability.value}"


def _alternatives(op: Operation) -> set[tuple[str, ...]]:
    return {tuple(sorted(requirement)) for requirement in op.security}


@rule("security-added", Level.BREAKING, Subject.OPERATION)
def security_added(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """An operation that needed no credentials now needs some."""
    if old and new and not any(old.security) and any(new.security):
        yield "operation now requires authentication"


@rule("security-removed", Level.INFO, Subject.OPERATION)
def security_removed(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """An operation no longer needs credentials."""
    if old and new and any(old.security) and not any(new.security):
        yield "operation no longer requires authentication"


@rule("security-alternative-added", Level.INFO, Subject.OPERATION)
def security_alternative_added(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """One more way to authenticate is accepted."""
    if old and new and any(old.security):
        for alternative in sorted(_alternatives(new) - _alternatives(old)):
            if alternative:
                yield f"security requirement {code(' + '.join(alternative))} added"


@rule("security-alternative-removed", Level.BREAKING, Subject.OPERATION)
def security_alternative_removed(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """A way to authenticate that worked is no longer accepted."""
    if old and new and any(new.security):
        for alternative in sorted(_alternatives(old) - _alternatives(new)):
            if alternative:
                yield f"security requirement {code(' + '.join(alternative))} removed"


def _how_sent(scheme: SecurityScheme) -> str:
    """What a request carries for a scheme, in words: `API key in header `X-Api-Key``."""
    if scheme.type == "http":
        return f"HTTP {(scheme.scheme or '').lower()} credentials".replace("  ", " ")
    if scheme.type == "apiKey":
        # a header's name is case-insensitive, a query parameter's or cookie's is not
        name = (scheme.parameter_name or "").lower() if scheme.location == "header" else scheme.parameter_name
        return f"API key in {scheme.location} {code(name)}"
    return {"oauth2": "OAuth 2 token", "openIdConnect": "OpenID Connect token", "mutualTLS": "client certificate"}.get(
        scheme.type, scheme.type
    )


@rule("security-scheme-changed", Level.BREAKING, Subject.SECURITY_SCHEME)
def security_scheme_changed(old: SecurityScheme, new: SecurityScheme) -> Iterator[str]:
    """A credential the operation takes is sent another way (header renamed, basic for bearer):
    the credentials clients send are not read."""
    before, after = _how_sent(old), _how_sent(new)
    if before != after:
        yield f"security scheme {code(new.name)} changed from {before} to {after}"


def _client_call(op: Operation) -> str:
    """How the generated client calls an operation: `client.acs.users.list`."""
    return ".".join(("client", *(python_identifier(part, attribute=True) for part in (*op.group, op.name))))


@rule("client-method-renamed", Level.BREAKING, Subject.OPERATION)
def client_method_renamed(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """The generated client calls the operation by another name (a new operationId, tag or
    Fern name): code calling the old one fails. `client.names` in the config keeps a name."""
    if old and new and _client_call(old) != _client_call(new):
        yield f"client method {code(_client_call(old))} is now {code(_client_call(new))}"


@rule("client-class-renamed", Level.WARNING, Subject.CLIENT_CLASS)
def client_class_renamed(old: str, new: str) -> Iterator[str]:
    """A class of the generated models is named otherwise (another operation came to share the
    method name it was named from, say): code naming the old class fails; calls, which take
    plain dicts too, and attribute reads do not."""
    if old != new:
        yield f"class {code('models.' + old)} is now {code('models.' + new)}"


@rule("response-key-changed", Level.BREAKING, Subject.OPERATION)
def response_key_changed(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """Seam's `x-response-key` names where the result is; moving it breaks every reader."""
    if old and new and old.response_key != new.response_key:
        before = old.response_key.key if old.response_key else None
        after = new.response_key.key if new.response_key else None
        if before != after:
            yield f"response key changed from {code(before)} to {code(after)}"


@rule("description-changed", Level.INFO, Subject.OPERATION)
def operation_description_changed(old: Operation | None, new: Operation | None) -> Iterator[str]:
    """Documentation only."""
    if old and new and (old.description, old.title) != (new.description, new.title):
        yield "description changed"


# -- parameters (path, query, header, cookie) and request body properties ---------------


def _param_name(item: Parameter | Property) -> str:
    if isinstance(item, Parameter):
        return f"{item.location.value} parameter {code(item.name)}"
    return "request property {path}"


@rule("request-parameter-added-required", Level.BREAKING, Subject.PARAMETER)
@rule("request-property-added-required", Level.BREAKING, Subject.REQUEST_PROPERTY)
def request_added_required(old: Parameter | Property | None, new: Parameter | Property | None) -> Iterator[str]:
    """A new required input: existing calls do not send it."""
    if old is None and new is not None and new.required:
        yield f"required {_param_name(new)} added"


@rule("request-parameter-added", Level.INFO, Subject.PARAMETER)
@rule("request-property-added", Level.INFO, Subject.REQUEST_PROPERTY)
def request_added_optional(old: Parameter | Property | None, new: Parameter | Property | None) -> Iterator[str]:
    """A new optional input."""
    if old is None and new is not None and not new.required:
        yield f"optional {_param_name(new)} added"


@rule("request-parameter-removed", Level.BREAKING, Subject.PARAMETER)
@rule("request-property-removed", Level.BREAKING, Subject.REQUEST_PROPERTY)
def request_removed(old: Parameter | Property | None, new: Parameter | Property | None) -> Iterator[str]:
    """An input is gone: a generated client loses the argument, and the server may refuse it."""
    if old is not None and new is None:
        yield f"{_param_name(old)} removed"


@rule("request-parameter-became-required", Level.BREAKING, Subject.PARAMETER)
@rule("request-property-became-required", Level.BREAKING, Subject.REQUEST_PROPERTY)
def request_became_required(old: Parameter | Property | None, new: Parameter | Property | None) -> Iterator[str]:
    """An optional input is now required."""
    if old and new and not old.required and new.required:
        yield f"{_param_name(new)} became required"


@rule("request-parameter-became-optional", Level.INFO, Subject.PARAMETER)
@rule("request-property-became-optional", Level.INFO, Subject.REQUEST_PROPERTY)
def request_became_optional(old: Parameter | Property | None, new: Parameter | Property | None) -> Iterator[str]:
    """A required input is now optional: a loosened `required` list breaks no one."""
    if old and new and old.required and not new.required:
        yield f"{_param_name(new)} became optional"


@rule("request-property-became-read-only", Level.BREAKING, Subject.REQUEST_PROPERTY)
def request_property_became_read_only(old: Property | None, new: Property | None) -> Iterator[str]:
    """An input is now `readOnly`: the server ignores or refuses it, and a generated client
    loses the argument."""
    if old and new and not old.schema.read_only and new.schema.read_only:
        yield "request property {path} became read-only"


@rule("response-property-became-write-only", Level.BREAKING, Subject.RESPONSE_PROPERTY)
def response_property_became_write_only(old: Property | None, new: Property | None) -> Iterator[str]:
    """A field clients read is now `writeOnly`: it is no longer returned."""
    if old and new and not old.schema.write_only and new.schema.write_only:
        yield "response property {path} became write-only"


def _deprecated(item: Parameter | Property) -> bool:
    return item.schema.deprecated or (isinstance(item, Parameter) and item.deprecated)


@rule("request-parameter-deprecated", Level.WARNING, Subject.PARAMETER)
@rule("request-property-deprecated", Level.WARNING, Subject.REQUEST_PROPERTY)
def request_deprecated(old: Parameter | Property | None, new: Parameter | Property | None) -> Iterator[str]:
    """An input is now deprecated: it still works, and will go."""
    if old and new and not _deprecated(old) and _deprecated(new):
        yield f"{_param_name(new)} deprecated"


_FORM_LOCATIONS = (ParameterLocation.QUERY, ParameterLocation.COOKIE)
# kinds whose value is written alike in every style, outside a path
_SCALAR_KINDS = (SchemaKind.STRING, SchemaKind.INTEGER, SchemaKind.NUMBER, SchemaKind.BOOLEAN, SchemaKind.NULL)


def _serialization(param: Parameter) -> str:
    """How a parameter goes on the wire: its style and whether it explodes, defaults filled
    in (form and exploded in a query or cookie, simple elsewhere): `form, exploded`."""
    style = param.style or ("form" if param.location in _FORM_LOCATIONS else "simple")
    explode = param.explode if param.explode is not None else style == "form"
    return f"{style}, {'exploded' if explode else 'not exploded'}"


@rule("request-parameter-style-changed", Level.BREAKING, Subject.PARAMETER)
def request_parameter_style_changed(old: Parameter | None, new: Parameter | None) -> Iterator[str]:
    """A parameter is written another way (`ids=1,2` where it was `ids=1&ids=2`): the server
    reads what clients send otherwise. A scalar outside the path is written alike in any style."""
    if not (old and new) or _serialization(old) == _serialization(new):
        return
    if new.schema.kind in _SCALAR_KINDS and new.location is not ParameterLocation.PATH:
        return
    yield f"{_param_name(new)} style changed from {_serialization(old)} to {_serialization(new)}"


# -- request bodies ----------------------------------------------------------------------


@rule("request-body-added-required", Level.BREAKING, Subject.REQUEST_BODY)
def request_body_added_required(old: RequestBody | None, new: RequestBody | None) -> Iterator[str]:
    """An operation that took no body requires one: existing calls send none."""
    if old is None and new is not None and new.required:
        yield "required request body added"


@rule("request-body-added", Level.INFO, Subject.REQUEST_BODY)
def request_body_added(old: RequestBody | None, new: RequestBody | None) -> Iterator[str]:
    """An operation takes an optional body where it took none."""
    if old is None and new is not None and not new.required:
        yield "optional request body added"


@rule("request-body-removed", Level.BREAKING, Subject.REQUEST_BODY)
def request_body_removed(old: RequestBody | None, new: RequestBody | None) -> Iterator[str]:
    """The body is gone: a generated client loses its arguments, and the server may refuse it."""
    if old is not None and new is None:
        yield "request body removed"


@rule("request-body-became-required", Level.BREAKING, Subject.REQUEST_BODY)
def request_body_became_required(old: RequestBody | None, new: RequestBody | None) -> Iterator[str]:
    """Calls that sent no body are refused now."""
    if old and new and not old.required and new.required:
        yield "request body became required"


@rule("request-body-became-optional", Level.INFO, Subject.REQUEST_BODY)
def request_body_became_optional(old: RequestBody | None, new: RequestBody | None) -> Iterator[str]:
    """Calls may leave the body out."""
    if old and new and old.required and not new.required:
        yield "request body became optional"


def _media_types(contents: tuple[Content, ...]) -> dict[str, str]:
    """Media types by their essence: `application/json; charset=utf-8` is still JSON."""
    found: dict[str, str] = {}
    for content in contents:
        found.setdefault(media_type_essence(content.media_type), content.media_type)
    return found


def _media_types_not_in(contents: tuple[Content, ...], others: tuple[Content, ...]) -> list[str]:
    """The media types of `contents` that `others` lack."""
    lacking = _media_types(others)
    return [media_type for essence, media_type in _media_types(contents).items() if essence not in lacking]


@rule("request-media-type-added", Level.INFO, Subject.REQUEST_BODY)
def request_media_type_added(old: RequestBody | None, new: RequestBody | None) -> Iterator[str]:
    """The body may be sent in one more media type."""
    if old and new:
        for media_type in _media_types_not_in(new.contents, old.contents):
            yield f"request body media type {code(media_type)} added"


@rule("request-media-type-removed", Level.BREAKING, Subject.REQUEST_BODY)
def request_media_type_removed(old: RequestBody | None, new: RequestBody | None) -> Iterator[str]:
    """A media type clients send the body in is no longer accepted."""
    if old and new:
        for media_type in _media_types_not_in(old.contents, new.contents):
            yield f"request body media type {code(media_type)} removed"


# -- schemas, both directions ------------------------------------------------------------


def _type_label(schema: Schema) -> str:
    if schema.kind is SchemaKind.REF:
        return str(schema.ref)
    if schema.kind is SchemaKind.ARRAY:
        return "array"
    return schema.kind.value


def _same_type(old: Schema, new: Schema) -> bool:
    if old.kind is SchemaKind.ANY or new.kind is SchemaKind.ANY:
        return old.kind is new.kind
    numeric = {SchemaKind.INTEGER, SchemaKind.NUMBER}
    return old.kind is new.kind or (old.kind in numeric and new.kind in numeric)


def _numbers(old: Schema, new: Schema, wider: bool) -> Iterator[str]:
    """integer -> number (`wider`), or number -> integer."""
    narrow, wide = SchemaKind.INTEGER, SchemaKind.NUMBER
    if (old.kind, new.kind) == ((narrow, wide) if wider else (wide, narrow)):
        yield f"{{path}} type changed from {old.kind.value} to {new.kind.value}"


@rule("request-type-changed", Level.BREAKING, Subject.REQUEST_SCHEMA)
def request_type_changed(old: Schema, new: Schema) -> Iterator[str]:
    """The JSON type of a value changed, or a number must now be an integer."""
    if not _same_type(old, new):
        yield f"{{path}} type changed from {_type_label(old)} to {_type_label(new)}"
    yield from _numbers(old, new, wider=False)


@rule("request-type-widened", Level.INFO, Subject.REQUEST_SCHEMA)
def request_type_widened(old: Schema, new: Schema) -> Iterator[str]:
    """An integer may now be any number: what clients sent is still valid."""
    yield from _numbers(old, new, wider=True)


@rule("response-type-changed", Level.BREAKING, Subject.RESPONSE_SCHEMA)
def response_type_changed(old: Schema, new: Schema) -> Iterator[str]:
    """The JSON type of a value changed, or an integer may now be any number."""
    if not _same_type(old, new):
        yield f"{{path}} type changed from {_type_label(old)} to {_type_label(new)}"
    yield from _numbers(old, new, wider=True)


@rule("response-type-narrowed", Level.INFO, Subject.RESPONSE_SCHEMA)
def response_type_narrowed(old: Schema, new: Schema) -> Iterator[str]:
    """A number is now always an integer: what clients read is still valid."""
    yield from _numbers(old, new, wider=False)


def _format_change(old: Schema, new: Schema) -> str | None:
    if _same_type(old, new) and old.format != new.format:
        before = code(old.format) if old.format else "none"
        after = code(new.format) if new.format else "none"
        return f"{{path}} format changed from {before} to {after}"
    return None


def _format_dropped(old: Schema, new: Schema) -> bool:
    """A request value's format removed, where the client's argument keeps its type: any value
    of the type is now valid, so every call made before still is. A `binary` value's argument
    takes bytes, which it no longer does without the format (see `render/types.py`)."""
    return old.format is not None and new.format is None and old.format != "binary"


@rule("request-format-changed", Level.BREAKING, Subject.REQUEST_SCHEMA)
def request_format_changed(old: Schema, new: Schema) -> Iterator[str]:
    """The `format` of a value sent changed or was added (what values are valid)."""
    change = _format_change(old, new)
    if change is not None and not _format_dropped(old, new):
        yield change


@rule("request-format-removed", Level.INFO, Subject.REQUEST_SCHEMA)
def request_format_removed(old: Schema, new: Schema) -> Iterator[str]:
    """The `format` of a value sent was removed: what clients sent is still valid."""
    change = _format_change(old, new)
    if change is not None and _format_dropped(old, new):
        yield change


@rule("response-format-changed", Level.BREAKING, Subject.RESPONSE_SCHEMA)
def response_format_changed(old: Schema, new: Schema) -> Iterator[str]:
    """The `format` of a value read changed (what values come, how clients parse them)."""
    change = _format_change(old, new)
    if change is not None:
        yield change


def allowed_values(schema: Schema) -> tuple[Any, ...] | None:
    """The values allowed, where a set is given: an enum, or a `const` (one value)."""
    if schema.enum is not None:
        return schema.enum
    return (schema.const.value,) if schema.const is not None else None


def _added_values(old: Schema, new: Schema) -> list[Any]:
    before, after = allowed_values(old), allowed_values(new)
    if before is None or after is None:
        return []
    return [v for v in after if not among(v, before)]


def _removed_values(old: Schema, new: Schema) -> list[Any]:
    before, after = allowed_values(old), allowed_values(new)
    if before is None or after is None:
        return []  # the value set opened up entirely (a loosening), or was set where there was none
    return [v for v in before if not among(v, after)]


def among(value: Any, values: tuple[Any, ...]) -> bool:
    """`value in values`, telling `1` from `True` as JSON does."""
    return any(v == value and type(v) is type(value) for v in values)


@rule("request-enum-value-added", Level.INFO, Subject.REQUEST_SCHEMA)
def request_enum_value_added(old: Schema, new: Schema) -> Iterator[str]:
    """Clients may send one more value."""
    for value in _added_values(old, new):
        yield f"{{path}} accepts new enum value {value_code(value)}"


@rule("request-enum-value-removed", Level.BREAKING, Subject.REQUEST_SCHEMA)
def request_enum_value_removed(old: Schema, new: Schema) -> Iterator[str]:
    """A value clients sent is refused now."""
    for value in _removed_values(old, new):
        yield f"{{path}} no longer accepts enum value {value_code(value)}"


@rule("response-enum-value-added", Level.WARNING, Subject.RESPONSE_SCHEMA)
def response_enum_value_added(old: Schema, new: Schema) -> Iterator[str]:
    """Clients may receive a value they do not know (generated models tolerate it)."""
    for value in _added_values(old, new):
        yield f"{{path}} may return new enum value {value_code(value)}"


@rule("response-enum-value-removed", Level.INFO, Subject.RESPONSE_SCHEMA)
def response_enum_value_removed(old: Schema, new: Schema) -> Iterator[str]:
    """A value is no longer returned."""
    for value in _removed_values(old, new):
        yield f"{{path}} no longer returns enum value {value_code(value)}"


@rule("request-became-nullable", Level.INFO, Subject.REQUEST_SCHEMA)
def request_became_nullable(old: Schema, new: Schema) -> Iterator[str]:
    """Clients may now send null."""
    if not old.nullable and new.nullable:
        yield "{path} became nullable"


@rule("response-became-not-nullable", Level.INFO, Subject.RESPONSE_SCHEMA)
def response_became_not_nullable(old: Schema, new: Schema) -> Iterator[str]:
    """Clients no longer receive null."""
    if old.nullable and not new.nullable:
        yield "{path} became not nullable"


@rule("request-became-not-nullable", Level.BREAKING, Subject.REQUEST_SCHEMA)
def request_became_not_nullable(old: Schema, new: Schema) -> Iterator[str]:
    """Clients that sent null are refused now."""
    if old.nullable and not new.nullable:
        yield "{path} became not nullable"


@rule("response-became-nullable", Level.BREAKING, Subject.RESPONSE_SCHEMA)
def response_became_nullable(old: Schema, new: Schema) -> Iterator[str]:
    """Clients may receive null where they never did."""
    if not old.nullable and new.nullable:
        yield "{path} became nullable"


_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")
_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")


def _constraint_changes(old: Schema, new: Schema) -> Iterator[tuple[bool, str]]:
    """(tightened?, message) for each constraint that changed."""
    if old.constraints == new.constraints:
        return
    before, after = dict(old.constraints), dict(new.constraints)
    for keyword in sorted(set(before) | set(after)):
        was, now = before.get(keyword), after.get(keyword)
        if was == now:
            continue
        if keyword in _LOWER_BOUNDS:
            tightened = was is None or (now is not None and now > was)
        elif keyword in _UPPER_BOUNDS:
            tightened = was is None or (now is not None and now < was)
        elif keyword == "uniqueItems":
            tightened = bool(now) and not was
        else:  # pattern, multipleOf: any new or different value may refuse what passed
            tightened = now is not None
        before_text = code(was) if was is not None else "none"
        after_text = code(now) if now is not None else "none"
        yield tightened, f"{{path}} {keyword} changed from {before_text} to {after_text}"


@rule("request-constraint-tightened", Level.BREAKING, Subject.REQUEST_SCHEMA)
def request_constraint_tightened(old: Schema, new: Schema) -> Iterator[str]:
    """A value clients sent may be refused now (min/max length, minimum, maximum, pattern, items)."""
    for tightened, message in _constraint_changes(old, new):
        if tightened:
            yield message


@rule("request-constraint-loosened", Level.INFO, Subject.REQUEST_SCHEMA)
def request_constraint_loosened(old: Schema, new: Schema) -> Iterator[str]:
    """More values are accepted."""
    for tightened, message in _constraint_changes(old, new):
        if not tightened:
            yield message


@rule("response-constraint-changed", Level.INFO, Subject.RESPONSE_SCHEMA)
def response_constraint_changed(old: Schema, new: Schema) -> Iterator[str]:
    """Documentation of returned values changed; clients do not validate it."""
    for _tightened, message in _constraint_changes(old, new):
        yield message


@rule("request-default-changed", Level.WARNING, Subject.REQUEST_SCHEMA)
def request_default_changed(old: Schema, new: Schema) -> Iterator[str]:
    """Calls that leave the value out now behave differently."""
    if old.default != new.default:
        was = value_code(old.default.value) if old.default else "none"
        now = value_code(new.default.value) if new.default else "none"
        yield f"{{path}} default changed from {was} to {now}"


def variant_key(variant: Schema) -> str:
    """How a union's variant is known across versions: its tag, else its class, else its kind."""
    return variant.tag or (variant.ref if variant.kind is SchemaKind.REF and variant.ref else variant.kind.value)


def _variant_keys(schema: Schema) -> list[str]:
    return [variant_key(v) for v in schema.variants]


def _more_variants(fewer: Schema, more: Schema) -> Iterator[tuple[str, int, int]]:
    """Each key `more`'s variants hold more often than `fewer`'s, with how often each holds it
    (in `fewer`, then in `more`). Counted, not looked up: a union of two untagged objects that
    gains a third has a new variant, though `object` was a key before."""
    had, has = Counter(_variant_keys(fewer)), Counter(_variant_keys(more))
    for key in has:  # in the order of `more`'s variants
        if has[key] > had[key]:
            yield key, had[key], has[key]


def _variant_message(key: str, before: int, now: int, what: str) -> str:
    counted = f" ({now} of that kind now, {before} before)" if min(before, now) else ""
    return f"{{path}} variant {code(key)} {what}{counted}"


@rule("request-variant-added", Level.INFO, Subject.REQUEST_SCHEMA)
@rule("response-variant-added", Level.WARNING, Subject.RESPONSE_SCHEMA)
def variant_added(old: Schema, new: Schema) -> Iterator[str]:
    """A `oneOf`/`anyOf` gained a variant: more to send, or more to expect back."""
    if old.kind is SchemaKind.UNION and new.kind is SchemaKind.UNION:
        for key, before, now in _more_variants(old, new):
            yield _variant_message(key, before, now, "added")


@rule("request-variant-removed", Level.BREAKING, Subject.REQUEST_SCHEMA)
@rule("response-variant-removed", Level.INFO, Subject.RESPONSE_SCHEMA)
def variant_removed(old: Schema, new: Schema) -> Iterator[str]:
    """A `oneOf`/`anyOf` lost a variant: requests using it are refused."""
    if old.kind is SchemaKind.UNION and new.kind is SchemaKind.UNION:
        for key, now, before in _more_variants(new, old):
            yield _variant_message(key, before, now, "removed")


@rule("description-changed", Level.INFO, Subject.REQUEST_SCHEMA, Subject.RESPONSE_SCHEMA)
def schema_description_changed(old: Schema, new: Schema) -> Iterator[str]:
    """Documentation only."""
    if old.description != new.description and old.description and new.description:
        yield "{path} description changed"


# -- response properties -----------------------------------------------------------------


@rule("response-property-added", Level.INFO, Subject.RESPONSE_PROPERTY)
def response_property_added(old: Property | None, new: Property | None) -> Iterator[str]:
    """Clients receive one more field (generated models keep unknown fields anyway)."""
    if old is None and new is not None:
        yield "response property {path} added"


@rule("response-property-removed", Level.BREAKING, Subject.RESPONSE_PROPERTY)
def response_property_removed(old: Property | None, new: Property | None) -> Iterator[str]:
    """A field clients read is gone."""
    if old is not None and new is None:
        yield "response property {path} removed"


@rule("response-property-became-optional", Level.BREAKING, Subject.RESPONSE_PROPERTY)
def response_property_became_optional(old: Property | None, new: Property | None) -> Iterator[str]:
    """A field clients relied on may be missing."""
    if old and new and old.required and not new.required:
        yield "response property {path} became optional"


@rule("response-property-became-required", Level.INFO, Subject.RESPONSE_PROPERTY)
def response_property_became_required(old: Property | None, new: Property | None) -> Iterator[str]:
    """A field is now always present."""
    if old and new and not old.required and new.required:
        yield "response property {path} became required"


@rule("response-property-deprecated", Level.WARNING, Subject.RESPONSE_PROPERTY)
def response_property_deprecated(old: Property | None, new: Property | None) -> Iterator[str]:
    """A field clients read is now deprecated: it will go."""
    if old and new and not _deprecated(old) and _deprecated(new):
        yield "response property {path} deprecated"


# -- responses (status codes and media types) -------------------------------------------


@rule("response-status-added", Level.INFO, Subject.RESPONSE)
def response_status_added(old: Response | None, new: Response | None) -> Iterator[str]:
    """A new documented status."""
    if old is None and new is not None:
        yield f"response status {new.status} added"


@rule("response-success-status-removed", Level.BREAKING, Subject.RESPONSE)
def response_success_status_removed(old: Response | None, new: Response | None) -> Iterator[str]:
    """A success status clients handle is no longer returned."""
    if old is not None and new is None and old.status.startswith("2"):
        yield f"response status {old.status} removed"


@rule("response-error-status-removed", Level.WARNING, Subject.RESPONSE)
def response_error_status_removed(old: Response | None, new: Response | None) -> Iterator[str]:
    """An error status is no longer documented."""
    if old is not None and new is None and not old.status.startswith("2"):
        yield f"response status {old.status} removed"


@rule("response-media-type-added", Level.INFO, Subject.RESPONSE)
def response_media_type_added(old: Response | None, new: Response | None) -> Iterator[str]:
    """The response may come in one more media type."""
    if old and new:
        for media_type in _media_types_not_in(new.contents, old.contents):
            yield f"response {new.status} media type {code(media_type)} added"


@rule("response-media-type-removed", Level.BREAKING, Subject.RESPONSE)
def response_media_type_removed(old: Response | None, new: Response | None) -> Iterator[str]:
    """A media type clients parse is no longer returned."""
    if old and new:
        for media_type in _media_types_not_in(old.contents, new.contents):
            yield f"response {new.status} media type {code(media_type)} removed"


def _headers_not_in(response: Response, other: Response) -> list[str]:
    """The headers `response` documents and `other` does not (a header's name has no case)."""
    lacking = {name.lower() for name in other.headers}
    return [name for name in response.headers if name.lower() not in lacking]


@rule("response-header-added", Level.INFO, Subject.RESPONSE)
def response_header_added(old: Response | None, new: Response | None) -> Iterator[str]:
    """The response documents one more header."""
    if old and new:
        for name in _headers_not_in(new, old):
            yield f"response {new.status} header {code(name)} added"


@rule("response-header-removed", Level.WARNING, Subject.RESPONSE)
def response_header_removed(old: Response | None, new: Response | None) -> Iterator[str]:
    """A header clients may read (`Location`, `Link`, `Retry-After`) is no longer documented."""
    if old and new:
        for name in _headers_not_in(old, new):
            yield f"response {new.status} header {code(name)} removed"


_BY_SUBJECT: dict[Subject, list[Rule]] = {}


def rules_for(subject: Subject) -> list[Rule]:
    if not _BY_SUBJECT:
        for registered in RULES:
            _BY_SUBJECT.setdefault(registered.subject, []).append(registered)
    return _BY_SUBJECT.get(subject, [])
