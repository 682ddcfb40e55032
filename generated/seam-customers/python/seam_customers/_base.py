"""HTTP plumbing shared by every resource of the Seam Connect client. Generated; do not edit."""

from __future__ import annotations

import asyncio
import base64
import datetime
import email.utils
import enum
import functools
import json as jsonlib  # `json` is request()'s keyword
import logging
import random
import re
import time
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal, TypeVar, cast
from urllib.parse import parse_qsl, quote, quote_plus

import httpx
import pydantic
from pydantic_core import core_schema

from seam_customers._errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    InvalidArgumentError,
    UnexpectedResponseError,
    error_for_response,
)

logger = logging.getLogger("seam_customers")

DEFAULT_TIMEOUT = 60.0  # seconds per attempt; a request never waits forever
DEFAULT_MAX_RETRIES = 2
_INITIAL_RETRY_DELAY = 0.5  # seconds; doubles with each retry
_MAX_RETRY_DELAY = 8.0
# a longer Retry-After is the caller's decision: the error is raised
_MAX_RETRY_AFTER = 60.0

_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")


class NotGiven:
    """The default of a nullable argument: not sent at all, where `None` sends JSON null."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: pydantic.GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        # so that argument checks accept the default of a nullable argument
        return core_schema.is_instance_schema(cls)


NOT_GIVEN = NotGiven()


def to_json(value: Any) -> Any:
    """A value as JSON data: models (only the fields that were set), enums, dates, containers."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    return value


def _base64_bytes(value: Any) -> Any:
    """JSON data with its bytes (a `binary` string a description put in JSON) as base64 text,
    the usual way to carry octets in JSON: JSON itself has no bytes."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {key: _base64_bytes(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_base64_bytes(item) for item in value]
    return value


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    adapter = _ADAPTERS.get(type_)
    if adapter is None:
        adapter = _ADAPTERS[type_] = pydantic.TypeAdapter(type_)
    return adapter


def _problem(error: pydantic.ValidationError) -> str:
    """Where and what, never the values: they may hold secrets."""
    problems = error.errors()
    if not problems:
        return "does not match"
    where = ".".join(str(part) for part in problems[0]["loc"]) or "body"
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    return f"{where}: {problems[0]['msg']}{more}"


def _literal_values(annotation: Any) -> tuple[Any, ...] | None:
    """The fixed values a field allows (`Literal[...]`, possibly optional), else None."""
    if typing.get_origin(annotation) is Literal:
        return typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        found = [
            _literal_values(arg)
            for arg in typing.get_args(annotation)
            if arg is not type(None)
        ]
        if found and all(values is not None for values in found):
            return tuple(value for values in found for value in values or ())
    return None


def _closest_member(members: tuple[Any, ...], data: Any) -> Any:
    """The union member data was meant to be: the first that validates, else the model whose
    fixed-value fields (its tags) all match and match most, else None."""
    for member in members:
        try:
            _adapter(member).validate_python(data)
            return member
        except pydantic.ValidationError:
            continue
    if not isinstance(data, Mapping):
        return None
    best, best_score = None, (-1, -1)
    for member in members:
        if not (isinstance(member, type) and issubclass(member, pydantic.BaseModel)):
            continue
        tags = 0
        for name, field in member.model_fields.items():
            values = _literal_values(field.annotation)
            key = field.alias or name
            if values is not None and key in data:
                if data[key] not in values:
                    break
                tags += 1
        else:
            score = (
                tags,
                sum(
                    1
                    for name, field in member.model_fields.items()
                    if (field.alias or name) in data
                ),
            )
            if score > best_score:
                best, best_score = member, score
    return best


def _lenient(type_: Any, data: Any) -> Any:
    """Data that does not match its declared type, kept as far as the type allows: models
    built without validation (a missing field stays unset), nested values converted where
    they validate, anything else as received. What the best SDKs do with an API that moved
    ahead of its description."""
    origin, args = typing.get_origin(type_), typing.get_args(type_)
    if origin is typing.Annotated:
        return _lenient(args[0], data)
    if origin in (typing.Union, types.UnionType):
        member = _closest_member(args, data)
        return data if member is None else _lenient(member, data)
    if origin in (list, Sequence) and isinstance(data, list) and args:
        return [_lenient(args[0], item) for item in data]
    if origin in (dict, Mapping) and isinstance(data, Mapping) and len(args) == 2:
        return {key: _lenient(args[1], value) for key, value in data.items()}
    if isinstance(type_, type) and issubclass(type_, pydantic.RootModel):
        try:
            return type_.model_validate(data)
        except pydantic.ValidationError:
            return type_.model_construct(
                _lenient(type_.model_fields["root"].annotation, data)
            )
    if (
        isinstance(type_, type)
        and issubclass(type_, pydantic.BaseModel)
        and isinstance(data, Mapping)
    ):
        try:
            return type_.model_validate(data)
        except pydantic.ValidationError:
            pass
        values: dict[str, Any] = {}
        known: set[str] = set()
        for name, field in type_.model_fields.items():
            key = field.alias or name
            known.add(key)
            if key in data:
                values[name] = _lenient(field.annotation, data[key])
        extra = {str(key): value for key, value in data.items() if key not in known}
        return type_.model_construct(**values, **extra)
    try:
        return _adapter(type_).validate_python(data)
    except pydantic.ValidationError:
        return data


class Styled:
    """A parameter value serialized by a non-default OpenAPI style: ready-made query pairs,
    or a ready-encoded path segment."""

    def __init__(self, pairs: list[tuple[str, str]], segment: str) -> None:
        self.pairs = pairs
        self.segment = segment


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (Mapping, list)):  # nested deeper than a style reaches: JSON
        return jsonlib.dumps(value)
    return "" if value is None else str(value)


def _deep_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    """deepObject style, to any depth: `a[b][c]=1`, and an array's items by index, `a[0]=x`
    (as Stripe reads them; OpenAPI defines one level of an object only)."""
    if isinstance(value, Mapping):
        return [p for k, v in value.items() for p in _deep_pairs(f"{name}[{k}]", v)]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _deep_pairs(f"{name}[{i}]", v)]
    return [(name, _text(value))]


def styled(name: str, value: Any, style: str | None, explode: bool) -> Styled:
    """OpenAPI's serialization styles: form, spaceDelimited, pipeDelimited and deepObject for
    queries and forms' properties; simple, label and matrix for paths."""
    style = style or "form"
    if style == "deepObject":
        return Styled(_deep_pairs(name, value), "")
    if isinstance(value, Mapping):
        items = [(str(k), _text(v)) for k, v in value.items()]
        if explode:
            pairs = items
            joined = ",".join(f"{k}={v}" for k, v in items)
        else:
            flat = ",".join(f"{k},{v}" for k, v in items)
            pairs, joined = [(name, flat)], flat
    elif isinstance(value, list):
        texts = [_text(v) for v in value]
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        pairs = (
            [(name, t) for t in texts]
            if explode and style == "form"
            else [(name, separator.join(texts))]
        )
        joined = ",".join(texts)
    else:
        pairs, joined = [(name, _text(value))], _text(value)
    encoded = quote(joined, safe=",=")
    if style == "label":
        segment = "." + (encoded.replace(",", ".") if explode else encoded)
    elif style == "matrix":
        if explode and isinstance(value, list):
            segment = "".join(f";{name}={quote(_text(v), safe='')}" for v in value)
        else:
            segment = f";{name}={encoded}"
    else:
        segment = encoded
    return Styled(pairs, segment)


def _query_value(value: Any) -> Any:
    value = to_json(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [_query_value(item) for item in value]
    return value


# The boundary of a multipart form with no field (httpx makes a random one for any other)
_EMPTY_BOUNDARY = "empty-form"

# Characters a path segment may hold as they are (RFC 3986 pchar, less the sub-delimiters
# that servers read as separators): `sha256:abc` stays readable.
_SEGMENT_SAFE = ":@"


def _path_segment(value: Any) -> str:
    if isinstance(value, Styled):
        return value.segment
    value = to_json(value)
    if isinstance(value, list):  # simple style: comma-separated
        return ",".join(quote(_text(v), safe=_SEGMENT_SAFE) for v in value)
    segment = quote(_text(value), safe=_SEGMENT_SAFE)
    # `.` and `..` are steps of the path itself, which httpx takes (`/files/..` is `/`):
    # encoded, they stay the argument, and the request goes to the operation's path
    return segment.replace(".", "%2E") if segment in (".", "..") else segment


def _status_type(types: Mapping[str, Any], status: int) -> Any:
    """The type described for a status: its own (`201`), its range's (`2XX`), the default
    one's; a status the description does not name takes the first success type."""
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in types:
            return types[key]
    return next((type_ for type_ in types.values() if type_ is not None), None)


def _form_pairs(key: str, value: Any) -> list[tuple[str, Any]]:
    """A form field's (name, value) pairs: as its encoding's style has them (`Styled`), else
    an array repeats its name, as OpenAPI's default (form, exploded) has it: in multipart, a
    part per item (several files under one name)."""
    if isinstance(value, Styled):
        return list(value.pairs)
    if isinstance(value, list):
        return [(key, item) for item in value]
    return [(key, value)]


def _part(name: str, item: Any, declared: str | None) -> tuple[Any, ...]:
    """A multipart form's part: bytes as a file; any other value as text, an object or an
    array as JSON, typed `application/json` (OpenAPI's default for them), unless the
    description's encoding gives the part's type."""
    if isinstance(item, bytes):
        return (name, item, declared) if declared else (name, item)
    value = to_json(item)
    kind = declared or ("application/json" if isinstance(value, (dict, list)) else None)
    text = _text(_form_value(value))
    return (None, text, kind) if kind else (None, text)


def _form_value(value: Any) -> Any:
    value = to_json(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return jsonlib.dumps(value)
    return value


_Function = TypeVar("_Function", bound=Callable[..., Any])


def checked(function: _Function) -> _Function:
    """Refuse arguments of the wrong type before anything is sent. Types are read from the
    signature at the first call (so importing the client stays fast) and checked as pydantic's
    lax mode does: a mapping is accepted for a model, an int for a float."""
    adapters: dict[str, pydantic.TypeAdapter[Any]] = {}

    @functools.wraps(function)
    def check_then_call(*args: Any, **kwargs: Any) -> Any:
        if not adapters:
            hints = typing.get_type_hints(function)
            hints.pop("return", None)
            adapters.update(
                (name, pydantic.TypeAdapter(hint)) for name, hint in hints.items()
            )
        for name, value in kwargs.items():
            adapter = adapters.get(name)
            if adapter is None or value is NOT_GIVEN:
                continue
            try:
                adapter.validate_python(value)
            except pydantic.ValidationError as error:
                # the value itself is never quoted: it may be a secret
                problem = (
                    error.errors()[0]["msg"] if error.error_count() else "wrong type"
                )
                raise InvalidArgumentError(
                    f"{function.__qualname__}(): `{name}` got {type(value).__name__}: {problem}"
                ) from None
        return function(*args, **kwargs)

    return cast(_Function, check_then_call)


def _retry_after(headers: httpx.Headers) -> float | None:
    """Seconds the server asked to wait, from `Retry-After` (seconds or an HTTP date)."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(
        0.0, (when - datetime.datetime.now(datetime.timezone.utc)).total_seconds()
    )


class _Retries:
    """When to try a request again, and after how long: connection errors, timeouts, 408,
    429 and 5xx; exponential backoff with jitter, or what `Retry-After` asks for."""

    def __init__(self, max_retries: int) -> None:
        self.max_retries = max_retries
        self.done = 0

    def delay(self, failure: ApiError, headers: httpx.Headers | None) -> float | None:
        """Seconds to wait before the next attempt; None: give up and raise `failure`."""
        status = failure.status_code
        retryable = status is None or status in (408, 429) or status >= 500
        if not retryable or self.done >= self.max_retries:
            return None
        asked = _retry_after(headers) if headers is not None else None
        if asked is not None and asked > _MAX_RETRY_AFTER:
            return None
        self.done += 1
        if asked is not None:
            return asked
        backoff = min(_INITIAL_RETRY_DELAY * 2.0 ** (self.done - 1), _MAX_RETRY_DELAY)
        # jitter: clients that failed together spread out
        return backoff * (1 - 0.25 * random.random())

    def log(self, method: str, url: httpx.URL, failure: ApiError, delay: float) -> None:
        # method, path and status only: never headers, query or body, which may hold secrets
        logger.info(
            "Retrying %s %s in %.2f s (retry %d of %d) after: %s",
            method,
            url.path,
            delay,
            self.done,
            self.max_retries,
            failure,
        )


def _connection_failure(error: httpx.TransportError) -> ApiConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return ApiTimeoutError(f"Timed out: {type(error).__name__}")
    return ApiConnectionError(f"Connection failed: {type(error).__name__}: {error}")


def as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ValueError(f"timeout must be a positive number of seconds, not {value!r}")
    return httpx.Timeout(value)


def _max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be a whole number 0 or more, not {value!r}")
    return value


class _RedactSecrets(logging.Filter):
    """Keeps credentials sent in the query string out of httpx's request log lines (which
    show the whole URL)."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [secret for secret in secrets if secret]

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        for secret in self.secrets:
            for spelled in {secret, quote(secret, safe=""), quote_plus(secret)}:
                message = message.replace(spelled, "[redacted]")
        record.msg, record.args = message, ()
        return True


_HttpClient = TypeVar("_HttpClient", httpx.Client, httpx.AsyncClient)


class _Transport(typing.Generic[_HttpClient]):
    """One connection pool and the credentials, shared by every resource of a client."""

    def __init__(
        self,
        http: _HttpClient,
        *,
        owns_http: bool,
        auth_headers: Mapping[str, str],
        auth_query: Mapping[str, str],
        max_retries: int,
        base_url_given: bool,
        strict_responses: bool = False,
    ) -> None:
        self._http: _HttpClient = http
        self._owns_http = owns_http
        self._auth_headers = dict(auth_headers)
        self._auth_query = dict(auth_query)
        self._max_retries = _max_retries(max_retries)
        self._base_url_given = base_url_given
        self._strict_responses = strict_responses
        self._redaction: _RedactSecrets | None = None
        if self._auth_query:
            self._redaction = _RedactSecrets(list(self._auth_query.values()))
            logging.getLogger("httpx").addFilter(self._redaction)

    def _stop_redacting(self) -> None:
        if self._redaction is not None:
            logging.getLogger("httpx").removeFilter(self._redaction)
            self._redaction = None

    def __repr__(self) -> str:
        # never the credentials
        return f"{type(self).__name__}(base_url={str(self._http.base_url)!r})"

    def parse(
        self,
        type_: Any,
        response: httpx.Response,
        key: str | None = None,
        *,
        key_optional: bool = False,
    ) -> Any:
        """The response body (or its `key`) as the declared type; models keep fields they do not
        know. Data that does not match raises `UnexpectedResponseError` with `strict_responses`;
        otherwise it is kept as far as the type allows (see `_lenient`). `type_` may be a
        type per success status (see `_status_type`): None for one without a body."""
        if isinstance(type_, Mapping):
            type_ = _status_type(type_, response.status_code)
            if type_ is None:
                return None
        try:
            data = response.json()
        except ValueError:
            raise UnexpectedResponseError(response, "body: not JSON") from None
        if key is not None:
            if not isinstance(data, Mapping) or (key not in data and not key_optional):
                raise UnexpectedResponseError(
                    response, f"{key}: missing from the response"
                )
            data = data.get(key)
        try:
            return _adapter(type_).validate_python(data)
        except pydantic.ValidationError as error:
            if self._strict_responses:
                raise UnexpectedResponseError(response, _problem(error)) from error
            logger.debug(
                "%s: response kept as received: %s",
                response.request.url.path,
                _problem(error),
            )
            return _lenient(type_, data)

    def _build(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        json: Any = NOT_GIVEN,
        form: Mapping[str, Any] | None = None,
        multipart: bool = False,
        part_types: Mapping[str, str] | None = None,
        content: bytes | str | None = None,
        content_type: str | None = None,
        server: str | None = None,
        authenticated: bool = True,
    ) -> httpx.Request:
        params = dict(path_params or {})
        url = _PATH_PARAMETER.sub(
            lambda match: _path_segment(params[match.group(1)]), path
        )
        # A path may fix query parameters (`/services?mobile=1`), which httpx would drop for
        # the others; and a fragment (AWS's `/#X-Amz-Target=...`), which is never sent.
        url, _, fixed_query = url.partition("#")[0].partition("?")
        if server is not None and not self._base_url_given:
            # the operation's own server; a base_url the caller chose wins (tests, proxies)
            url = server.rstrip("/") + url
        elif url.startswith("//"):  # a path, not the host that httpx would read in it
            url = str(self._http.base_url).rstrip("/") + url
        query_params: list[tuple[str, Any]] = parse_qsl(
            fixed_query, keep_blank_values=True
        )
        for key, value in (query or {}).items():
            if isinstance(value, Styled):
                query_params.extend(value.pairs)
                continue
            value = _query_value(value)
            # form style, exploded (the default): one pair per item
            (
                query_params.extend((key, item) for item in value)
                if isinstance(value, list)
                else query_params.append((key, value))
            )
        request_headers = {
            key: str(to_json(value)) for key, value in (headers or {}).items()
        }
        if cookies:
            request_headers["Cookie"] = "; ".join(
                f"{key}={quote(str(to_json(value)), safe='')}"
                for key, value in cookies.items()
            )
        if authenticated:
            request_headers.update(self._auth_headers)
            query_params.extend(self._auth_query.items())
        if content_type is not None and (
            content is not None or not isinstance(json, NotGiven)
        ):
            request_headers["Content-Type"] = content_type
        data: dict[str, list[Any]] | None = None
        files = None
        if form is not None and multipart:
            # every field a part, a binary one as a file: without a file, still multipart
            files = [
                (name, _part(name, item, (part_types or {}).get(key)))
                for key, value in form.items()
                for name, item in _form_pairs(key, value)
            ]
            if not files:  # nothing given: an empty form, of the type described
                files, content = None, f"--{_EMPTY_BOUNDARY}--\r\n".encode()
                request_headers["Content-Type"] = (
                    f"multipart/form-data; boundary={_EMPTY_BOUNDARY}"
                )
        elif form is not None:
            data = {}
            for key, value in form.items():
                for name, item in _form_pairs(key, value):
                    data.setdefault(name, []).append(_form_value(item))
            if not data:  # nothing given: an empty form, of the type described
                data, content = None, b""
                request_headers["Content-Type"] = "application/x-www-form-urlencoded"
        return self._http.build_request(
            method,
            url,
            params=query_params or None,
            headers=request_headers,
            json=None if isinstance(json, NotGiven) else _base64_bytes(json),
            data=data,
            files=files,
            content=content,
        )


class Transport(_Transport[httpx.Client]):
    """The synchronous transport: blocking calls, `time.sleep` between retries."""

    def close(self) -> None:
        self._stop_redacting()
        if self._owns_http:
            self._http.close()

    def request(self, method: str, path: str, **options: Any) -> httpx.Response:
        retries = _Retries(self._max_retries)
        while True:
            request = self._build(
                method, path, **options
            )  # afresh: a body stream is read once
            headers = None
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                failure: ApiError = _connection_failure(error)
            else:
                if response.status_code < 400:
                    return response
                response.read()
                failure, headers = error_for_response(response), response.headers
            delay = retries.delay(failure, headers)
            if delay is None:
                raise failure
            retries.log(method, request.url, failure, delay)
            time.sleep(delay)


class AsyncTransport(_Transport[httpx.AsyncClient]):
    """The asynchronous transport: awaited calls, `asyncio.sleep` between retries."""

    async def close(self) -> None:
        self._stop_redacting()
        if self._owns_http:
            await self._http.aclose()

    async def request(self, method: str, path: str, **options: Any) -> httpx.Response:
        retries = _Retries(self._max_retries)
        while True:
            request = self._build(
                method, path, **options
            )  # afresh: a body stream is read once
            headers = None
            try:
                response = await self._http.send(request)
            except httpx.TransportError as error:
                failure: ApiError = _connection_failure(error)
            else:
                if response.status_code < 400:
                    return response
                await response.aread()
                failure, headers = error_for_response(response), response.headers
            delay = retries.delay(failure, headers)
            if delay is None:
                raise failure
            retries.log(method, request.url, failure, delay)
            await asyncio.sleep(delay)


def next_cursor(data: Any, path: tuple[str, ...]) -> str | None:
    """The cursor of the next page, read along `path` (e.g. pagination.next_page_cursor)."""
    for key in path:
        data = data.get(key) if isinstance(data, Mapping) else None
    return data if isinstance(data, str) and data else None
