"""HTTP plumbing shared by every resource of the Seam Connect client. Generated; do not edit."""

from __future__ import annotations

import datetime
import enum
import json as jsonlib  # `json` is request()'s keyword
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx
import pydantic

from seam_customers._errors import error_for_response

_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")


class NotGiven:
    """The default of a nullable argument: not sent at all, where `None` sends JSON null."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


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


_ADAPTERS: dict[Any, pydantic.TypeAdapter[Any]] = {}


def parse(type_: Any, data: Any) -> Any:
    """Parse response data into the declared type (models keep fields they do not know)."""
    adapter = _ADAPTERS.get(type_)
    if adapter is None:
        adapter = _ADAPTERS[type_] = pydantic.TypeAdapter(type_)
    return adapter.validate_python(data)


class Styled:
    """A parameter value serialized by a non-default OpenAPI style: ready-made query pairs,
    or a ready-encoded path segment."""

    def __init__(self, pairs: list[tuple[str, str]], segment: str) -> None:
        self.pairs = pairs
        self.segment = segment


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def styled(name: str, value: Any, style: str | None, explode: bool) -> Styled:
    """OpenAPI's serialization styles: form, spaceDelimited, pipeDelimited and deepObject for
    queries; simple, label and matrix for paths."""
    style = style or "form"
    if isinstance(value, Mapping):
        items = [(str(k), _text(v)) for k, v in value.items()]
        if style == "deepObject":
            return Styled([(f"{name}[{k}]", v) for k, v in items], "")
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


# Characters a path segment may hold as they are (RFC 3986 pchar, less the sub-delimiters
# that servers read as separators): `sha256:abc` stays readable.
_SEGMENT_SAFE = ":@"


def _path_segment(value: Any) -> str:
    if isinstance(value, Styled):
        return value.segment
    value = to_json(value)
    if isinstance(value, list):  # simple style: comma-separated
        return ",".join(quote(_text(v), safe=_SEGMENT_SAFE) for v in value)
    return quote(_text(value), safe=_SEGMENT_SAFE)


def _form_value(value: Any) -> Any:
    value = to_json(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return jsonlib.dumps(value)
    return value


class Transport:
    """One connection pool and the credentials, shared by every resource of a client."""

    def __init__(
        self,
        *,
        base_url: str,
        auth_headers: Mapping[str, str],
        auth_query: Mapping[str, str],
        timeout: float,
        http_client: httpx.Client | None,
        base_url_given: bool = False,
    ) -> None:
        self._auth_headers = dict(auth_headers)
        self._auth_query = dict(auth_query)
        self._base_url_given = base_url_given
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(base_url=base_url, timeout=timeout)
        if http_client is not None:
            self._http.base_url = httpx.URL(base_url)

    def __repr__(self) -> str:
        # never the credentials
        return f"Transport(base_url={str(self._http.base_url)!r})"

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def request(
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
        content: bytes | str | None = None,
        content_type: str | None = None,
        server: str | None = None,
        authenticated: bool = True,
    ) -> httpx.Response:
        params = dict(path_params or {})
        url = _PATH_PARAMETER.sub(
            lambda match: _path_segment(params[match.group(1)]), path
        )
        if server is not None and not self._base_url_given:
            # the operation's own server; a base_url the caller chose wins (tests, proxies)
            url = server.rstrip("/") + url
        query_params: list[tuple[str, Any]] = []
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
        if content_type is not None and content is not None:
            request_headers["Content-Type"] = content_type
        data, files = None, None
        if form is not None:
            # multipart: binary values travel as file parts, the rest as fields
            fields = {
                key: value
                for key, value in form.items()
                if not (multipart and isinstance(value, bytes))
            }
            data = {key: _form_value(value) for key, value in fields.items()}
            if multipart:
                files = {
                    key: (key, value)
                    for key, value in form.items()
                    if isinstance(value, bytes)
                } or None
                data = data or None
        request = self._http.build_request(
            method,
            url,
            params=query_params or None,
            headers=request_headers,
            json=None if isinstance(json, NotGiven) else json,
            data=data,
            files=files,
            content=content,
        )
        response = self._http.send(request)
        if response.status_code >= 400:
            response.read()
            raise error_for_response(response)
        return response
