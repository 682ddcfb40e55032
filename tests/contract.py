"""Contract testing support: values synthesized from JSON schemas, and a loopback server that
validates every request against the spec with openapi-core.

The synthesizer is deterministic (same schema, same value) and makes the smallest valid
value: required properties only, the first variant of a union, the first enum value. Every
response body it makes is itself validated by openapi-core before it is sent, so a response
the client fails to parse is the client's fault, not the synthesizer's.
"""

from __future__ import annotations

import json
import re
import threading
import warnings
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterator
from urllib.parse import parse_qsl, unquote, urlsplit

from werkzeug.datastructures import Headers, ImmutableMultiDict

_FORMATS = {
    "date-time": "2025-01-01T00:00:00.000Z",
    "date": "2025-01-01",
    "time": "12:00:00",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "email": "someone@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
}


class Synthesizer:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        # values made, by schema (held here, so that its id is not reused), depth and part:
        # Stripe's expandable fields (`anyOf: [string, {$ref: ...}]`, nested ten deep) made the
        # same values again and again, exponentially, for one response
        self._made: dict[tuple[int, int, bool], tuple[Any, Any]] = {}

    def resolve(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 50:
            node: Any = self.spec
            for token in schema["$ref"].lstrip("#/").split("/"):
                node = node[unquote(token).replace("~1", "/").replace("~0", "~")]  # a URI fragment
            schema, seen = node, seen + 1
        return schema

    def value(self, schema: Any, depth: int = 0, part: bool = False) -> Any:
        """`part`: the schema is one of an `allOf`'s, whose siblings may describe what it requires."""
        schema = self.resolve(schema)
        key = (id(schema), depth, part)
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = (schema, self._value(schema, depth, part))
        return made[1]

    def _value(self, schema: Any, depth: int, part: bool) -> Any:
        if not isinstance(schema, dict) or depth > 12:
            return None
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list):
            return next((v for v in schema["enum"] if v is not None), None)
        if "allOf" in schema:
            # the parts, and the schema's own words beside them (Azure's `{allOf: [Resource],
            # properties: ..., required: ...}`): objects merged, every part's required filled
            parts = [self.resolve(part) for part in schema["allOf"]]
            rest = {k: v for k, v in schema.items() if k != "allOf"}
            if _constrains(rest):
                parts.append(rest)
            found = [self.value(part, depth + 1, part=True) for part in parts]
            objects = [f for f in found if isinstance(f, dict)]
            if objects:
                merged: dict[str, Any] = {}
                for value in objects:
                    merged.update(value)
                return self.with_required(schema, merged, depth)
            # a part that only describes (AWS's `{description: ...}`) says nothing of the value
            meant = [f for f, part in zip(found, parts) if _constrains(part)]
            return meant[0] if meant else found[0] if found else None
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                return self.one_of(schema, keyword, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind is None:
            kind = ("object" if "properties" in schema or "required" in schema or "additionalProperties" in schema
                    else "array" if "items" in schema else None)
        if kind == "string":
            return self.string(schema)
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", 0) + (1 if "exclusiveMinimum" in schema else 0))
            high = schema.get("maximum")
            number = max(low, 1) if high is None or high >= 1 else low
            return int(number) if kind == "integer" else float(number)
        if kind == "boolean":
            return True
        if kind == "array":
            count = max(1, schema.get("minItems", 0))
            if schema.get("maxItems") == 0:
                return []
            item = self.value(schema.get("items", {}), depth + 1)
            return [item] * count if not schema.get("uniqueItems") or count == 1 else [item]
        if kind == "object":
            required = schema.get("required") or []
            return self.with_required(schema, {
                name: self.value(prop, depth + 1)
                for name, prop in (schema.get("properties") or {}).items()
                if name in required
            }, depth, guess=not part)
        return "value"

    def with_required(self, schema: dict[str, Any], value: dict[str, Any], depth: int, guess: bool = True) -> dict[str, Any]:
        """The object with every property required anywhere in the schema (its own, its
        `allOf` parts'): one a part requires but another part (or additionalProperties)
        describes is made from that description; one described nowhere is a string where
        `guess`, else left to the `allOf` that holds the schema."""
        required: list[str] = []
        described: dict[str, Any] = {}
        others: Any = None
        stack, seen = [schema], 0
        while stack and seen < 50:
            part = self.resolve(stack.pop())
            seen += 1
            if not isinstance(part, dict):
                continue
            required += [r for r in part.get("required") or [] if isinstance(r, str)]
            for name, prop in (part.get("properties") or {}).items():
                described.setdefault(name, prop)
            if isinstance(part.get("additionalProperties"), dict) and others is None:
                others = part["additionalProperties"]
            stack.extend(part.get("allOf") or [])
        missing = {name: self.value(described.get(name, others or {"type": "string"}), depth + 1)
                   for name in dict.fromkeys(required)
                   if name not in value and (guess or name in described or others is not None)}
        return {**value, **missing} if missing else value

    def one_of(self, schema: dict[str, Any], keyword: str, depth: int) -> Any:
        """A value valid under exactly one variant (for oneOf), checked with jsonschema."""
        base = {k: v for k, v in schema.items() if k not in (keyword, "discriminator")}
        variants = [v for v in schema[keyword] if self.resolve(v).get("type") != "null"]
        variants.sort(key=lambda v: len(self.resolve(v).get("required") or ()))

        def candidates() -> Iterator[Any]:
            # made one at a time, as they are tried: the first often does
            for variant in variants:
                resolved = self.resolve(variant)
                # a variant that only adds `required` to its parent's properties: merge them
                merged = {**base, **resolved} if base and "type" not in resolved else resolved
                if base.get("properties") and "properties" in resolved:
                    merged = {**merged, "properties": {**base["properties"], **resolved["properties"]}}
                if merged is not resolved and (base.get("required") or resolved.get("required")):
                    merged = {**merged, "required": list(dict.fromkeys([*base.get("required", []), *resolved.get("required", [])]))}
                value = self.value(merged, depth + 1)
                tag = _discriminator_value(schema, variant)
                for found in (lambda: value, lambda: self.with_optional(merged, value, depth),
                              lambda: self.with_all(merged, value, depth)):
                    made = found()
                    # the discriminator names the variant: say it
                    yield {**made, tag[0]: tag[1]} if tag is not None and isinstance(made, dict) else made

        tried: list[Any] = []
        later: list[Any] = []  # not objects, where a discriminator wants one: tried last
        for value in candidates():
            if isinstance(schema.get("discriminator"), dict) and not isinstance(value, dict):
                later.append(value)
                continue
            tried.append(value)
            if keyword == "anyOf" or self.matches_one(value, variants):
                return value
        for value in later:
            tried.append(value)
            if keyword == "anyOf" or self.matches_one(value, variants):
                return value
        return tried[0] if tried else None

    def with_optional(self, schema: dict[str, Any], value: Any, depth: int) -> Any:
        """The value with one optional property too, to tell variants apart."""
        if not isinstance(value, dict):
            return value
        for name, prop in (schema.get("properties") or {}).items():
            if name not in value:
                return {**value, name: self.value(prop, depth + 1)}
        return value

    def with_all(self, schema: dict[str, Any], value: Any, depth: int) -> Any:
        """The value with every property of its schema."""
        if not isinstance(value, dict):
            return value
        extra = {n: self.value(p, depth + 1) for n, p in (self.resolve(schema).get("properties") or {}).items() if n not in value}
        return {**value, **extra}

    def matches_one(self, value: Any, variants: list[Any]) -> bool:
        from jsonschema import Draft202012Validator

        matching = 0
        for variant in variants:
            # `#/components/...` inside the variant must resolve: the document carries them
            wrapper = {"components": self.spec.get("components", {}), "allOf": [variant]}
            matching += Draft202012Validator(wrapper).is_valid(value)
        return matching == 1

    def string(self, schema: dict[str, Any]) -> str | bytes:
        if schema.get("format") == "binary":
            return b"binary"
        if schema.get("format") in _FORMATS:
            return _FORMATS[schema["format"]]
        if "pattern" in schema:
            low, high = schema.get("minLength", 0), schema.get("maxLength", 10**6)
            plain = "x" * max(1, low)
            # an example that misses a pattern of nested repeats (BeezUP's `([\/\w \.-]*)*\/?$`
            # against a URL with a query) keeps Python's matcher busy for hours: not tried
            tried = (plain,) if _NESTED_REPEAT.search(schema["pattern"]) else (schema.get("example"), plain)
            for candidate in tried:
                if isinstance(candidate, str) and low <= len(candidate) <= high and _searches(schema["pattern"], candidate):
                    return candidate
            found = _matching(schema["pattern"], low, high)
            if len(found) < low and not schema["pattern"].endswith("$"):
                found += "x" * (low - len(found))  # a pattern matches anywhere in the string
            return found
        return "x" * max(1, schema.get("minLength", 1))


_CONSTRAINING = frozenset({
    "type", "properties", "required", "additionalProperties", "items", "enum", "const", "format",
    "allOf", "oneOf", "anyOf", "$ref", "pattern", "minimum", "maximum", "minLength", "minItems",
})


def _matching(pattern: str, low: int, high: int) -> str:
    """The simplest printable ASCII text the pattern matches whole, between the lengths where
    one is found: hypothesis's search, derandomized (same pattern, same text, every run)."""
    from hypothesis import HealthCheck, find, settings, strategies
    from hypothesis.errors import NoSuchExample

    text = strategies.from_regex(pattern, fullmatch=True, alphabet=strategies.characters(min_codepoint=32, max_codepoint=126))
    quiet = settings(derandomize=True, database=None, max_examples=200, suppress_health_check=list(HealthCheck))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return find(text, lambda found: low <= len(found) <= high, settings=quiet)
        except NoSuchExample:
            return find(text, lambda found: True, settings=quiet)


# a repeat that ends a group which repeats too: `(a*)*`, `(\w+\.?)+`
_NESTED_REPEAT = re.compile(r"[*+?}]\)[*+{]")


def _searches(pattern: str, text: str) -> bool:
    """JSON Schema's `pattern`: found anywhere in the text (where Python can read it)."""
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def _constrains(schema: Any) -> bool:
    """Whether a schema says anything of a value's shape (not only a description)."""
    return isinstance(schema, dict) and not _CONSTRAINING.isdisjoint(schema)


@dataclass
class ContractRequest:
    """openapi-core's Request protocol, for a request the loopback server received."""

    host_url: str
    path: str
    method: str
    parameters: Any
    content_type: str
    body: bytes | None


@dataclass
class ContractResponse:
    status_code: int
    content_type: str
    headers: Headers
    data: bytes


@dataclass
class Exchange:
    request: ContractRequest
    error: str | None  # openapi-core's verdict on the request, None when valid


@dataclass
class Reply:
    status: int = 200
    body: bytes = b"{}"
    content_type: str = "application/json"


class ContractServer:
    """A loopback HTTP server that validates every request against the spec (path, method,
    parameters, body, auth) with openapi-core, and answers with the reply it is given."""

    def __init__(self, spec: dict[str, Any]) -> None:
        from openapi_core import Config, OpenAPI
        from openapi_core.datatypes import RequestParameters

        self.exchanges: list[Exchange] = []
        self.reply = Reply()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler(RequestParameters))
        host, port = self.server.server_address[:2]
        self.url = f"http://{host}:{port}"
        # the spec's own server is elsewhere: validate as if it were this one
        local = dict(spec, servers=[{"url": self.url}])
        local = _without_unresolvable_discriminators(local)
        local = _parameters_writable(local)
        # an operation's own servers (GitHub's uploads host) are this server too
        for item in local.get("paths", {}).values():
            for op in item.values():
                if isinstance(op, dict) and "servers" in op:
                    op["servers"] = [{"url": self.url}]
            if isinstance(item, dict) and "servers" in item:
                item["servers"] = [{"url": self.url}]
        self.openapi = OpenAPI.from_dict(local, config=Config(spec_validator_cls=None))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _handler(self, parameters_class: type) -> type[BaseHTTPRequestHandler]:
        contract = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else None
                url = urlsplit(self.path)
                cookies = {}
                for part in (self.headers.get("Cookie") or "").split(";"):
                    if "=" in part:
                        key, _, value = part.strip().partition("=")
                        cookies[key] = value
                request = ContractRequest(
                    host_url=contract.url,
                    path=url.path,
                    method=self.command.lower(),
                    parameters=parameters_class(
                        query=ImmutableMultiDict(parse_qsl(url.query, keep_blank_values=True)),
                        header=Headers(list(self.headers.items())),
                        cookie=ImmutableMultiDict(cookies),
                    ),
                    content_type=(self.headers.get("Content-Type") or "").lower(),
                    body=raw,
                )
                try:
                    contract.openapi.validate_request(request)
                    error = None
                except Exception as exc:  # any validation failure, reported by the test
                    error = _explain(exc)
                contract.exchanges.append(Exchange(request, error))
                reply = contract.reply
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def validate_reply(self, request: ContractRequest, reply: Reply) -> str | None:
        if "json" not in reply.content_type and not reply.content_type.startswith("text/"):
            return None  # openapi-core reads other media types as bytes, never as a schema's string
        response = ContractResponse(reply.status, reply.content_type, Headers(), reply.body)
        try:
            self.openapi.validate_response(request, response)
        except Exception as exc:
            return _explain(exc)
        return None

    def __enter__(self) -> ContractServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def _discriminator_value(schema: dict[str, Any], variant: Any) -> tuple[str, str] | None:
    """(property, value) that selects `variant` under the schema's discriminator mapping."""
    discriminator = schema.get("discriminator")
    if not isinstance(discriminator, dict) or not isinstance(variant, dict) or "$ref" not in variant:
        return None
    for key, ref in (discriminator.get("mapping") or {}).items():
        if ref == variant["$ref"]:
            return discriminator["propertyName"], key
    return None


def _without_unresolvable_discriminators(spec: dict[str, Any]) -> dict[str, Any]:
    """Seam's spec puts `discriminator: {propertyName}` on unions of inline objects, with no
    `mapping`: the implicit mapping then names schemas that do not exist
    (`#/components/schemas/provider_issue`), and openapi-core cannot resolve them. Such a
    discriminator says nothing the `oneOf` does not already check, so it is dropped."""
    names = set((spec.get("components") or {}).get("schemas") or {})

    def clean(node: Any) -> Any:
        if isinstance(node, dict):
            found = {k: clean(v) for k, v in node.items()}
            discriminator = found.get("discriminator")
            if isinstance(discriminator, dict) and "mapping" not in discriminator:
                variants = found.get("oneOf") or found.get("anyOf") or []
                refs = {v.get("$ref", "").rsplit("/", 1)[-1] for v in variants if isinstance(v, dict)}
                if not refs <= names or any("$ref" not in v for v in variants if isinstance(v, dict)):
                    found.pop("discriminator")
            return found
        if isinstance(node, list):
            return [clean(v) for v in node]
        return node

    return clean(spec)  # type: ignore[no-any-return]


def _parameters_writable(spec: dict[str, Any]) -> dict[str, Any]:
    """GitHub's `alert-number` parameter schema is `readOnly`, and openapi-core then refuses
    every request that sends it (read-only applies to properties of bodies, not to
    parameters). The parameter schemas are given a copy without the flag."""
    schemas = (spec.get("components") or {}).get("schemas") or {}

    def writable(parameter: dict[str, Any]) -> dict[str, Any]:
        schema = parameter.get("schema")
        if isinstance(schema, dict) and "$ref" in schema:
            target = schemas.get(schema["$ref"].rsplit("/", 1)[-1], {})
            if target.get("readOnly"):
                return {**parameter, "schema": {k: v for k, v in target.items() if k != "readOnly"}}
        return parameter

    components = dict(spec.get("components") or {})
    components["parameters"] = {k: writable(v) for k, v in (components.get("parameters") or {}).items()}
    paths = {
        path: {
            method: ({**op, "parameters": [writable(p) for p in op.get("parameters", [])]} if isinstance(op, dict) else op)
            for method, op in item.items()
        }
        for path, item in spec.get("paths", {}).items()
    }
    return {**spec, "components": components, "paths": paths}


def _explain(exc: BaseException) -> str:
    """openapi-core's reason, down to the innermost schema error and where it is."""
    while getattr(exc, "__cause__", None) is not None and not getattr(exc, "schema_errors", None):
        exc = exc.__cause__  # type: ignore[assignment]
    errors = getattr(exc, "schema_errors", None) or ()
    details = []
    for error in list(errors)[:2]:
        best = error
        while getattr(best, "context", None):
            best = best.context[0]
        path = "/".join(str(p) for p in getattr(best, "absolute_path", ()))
        details.append(f"at /{path}: {getattr(best, 'message', best)}"[:240])
    return f"{type(exc).__name__}: " + ("; ".join(details) if details else str(exc)[:240])


def encode_reply(value: Any, media_type: str, status: int) -> Reply:
    if "json" in media_type:
        return Reply(status, json.dumps(value).encode(), media_type)
    if isinstance(value, bytes):
        return Reply(status, value, media_type)
    return Reply(status, str(value if isinstance(value, str) else "text").encode(), media_type)




@dataclass
class Tally:
    called: int = 0
    accepted: int = 0
    parsed: int = 0
    failures: list[str] = field(default_factory=list)
