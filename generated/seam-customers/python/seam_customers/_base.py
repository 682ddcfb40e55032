"""HTTP plumbing shared by every resource of the Seam Connect client. Generated; do not edit."""

from __future__ import annotations

import datetime
import enum
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


def _query_value(value: Any) -> Any:
    value = to_json(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return [_query_value(item) for item in value]
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
    ) -> None:
        self._auth_headers = dict(auth_headers)
        self._auth_query = dict(auth_query)
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
        authenticated: bool = True,
    ) -> httpx.Response:
        params = dict(path_params or {})
        url = _PATH_PARAMETER.sub(
            lambda match: quote(str(to_json(params[match.group(1)])), safe=""), path
        )
        query_params = {key: _query_value(value) for key, value in (query or {}).items()}
        request_headers = {key: str(to_json(value)) for key, value in (headers or {}).items()}
        if cookies:
            request_headers["Cookie"] = "; ".join(
                f"{key}={quote(str(to_json(value)), safe='')}" for key, value in cookies.items()
            )
        if authenticated:
            request_headers.update(self._auth_headers)
            query_params.update(self._auth_query)
        request = self._http.build_request(
            method,
            url,
            params=query_params or None,
            headers=request_headers,
            json=None if isinstance(json, NotGiven) else json,
        )
        response = self._http.send(request)
        if response.status_code >= 400:
            response.read()
            raise error_for_response(response)
        return response
