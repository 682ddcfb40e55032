"""The Seam Connect clients, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

from types import TracebackType

import httpx
from typing_extensions import Self

from seam_customers._base import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    Transport,
    as_timeout,
)
from seam_customers.resources.customers import AsyncCustomersResource, CustomersResource

DEFAULT_BASE_URL = "https://connect.getseam.com"


def _credentials(
    api_key: str | None,
    personal_access_token: str | None,
    workspace_id: str | None,
) -> tuple[dict[str, str], dict[str, str]]:
    """The headers and query parameters that carry the one credential given; says clearly
    what is missing or wrong."""
    if api_key is not None and not isinstance(api_key, str):
        raise TypeError(f"api_key must be a str, not {type(api_key).__name__}")
    if personal_access_token is not None and not isinstance(personal_access_token, str):
        raise TypeError(
            f"personal_access_token must be a str, not {type(personal_access_token).__name__}"
        )
    if workspace_id is not None and not isinstance(workspace_id, str):
        raise TypeError(
            f"workspace_id must be a str, not {type(workspace_id).__name__}"
        )
    auth_headers: dict[str, str] = {}
    auth_query: dict[str, str] = {}
    given = [
        name
        for name, value in (
            ("api_key", api_key),
            ("personal_access_token", personal_access_token),
        )
        if value is not None
    ]
    if len(given) > 1:
        raise ValueError(f"Pass only one credential, not {' and '.join(given)}.")
    if api_key is not None:
        if workspace_id is not None:
            raise ValueError("workspace_id is not used with api_key.")
        auth_headers["Authorization"] = f"Bearer {api_key}"
    elif personal_access_token is not None:
        if workspace_id is None:
            raise ValueError(
                "personal_access_token also needs workspace_id (sent as the seam-workspace header)."
            )
        auth_headers["seam-workspace"] = workspace_id
        auth_headers["Authorization"] = f"Bearer {personal_access_token}"
    else:
        raise ValueError("No credentials: pass api_key=, or personal_access_token=.")
    return auth_headers, auth_query


class Client:
    """Client for Seam Connect.

    Authenticate with one of:
        API key: `api_key=`.
        Personal access token: `personal_access_token=` with `workspace_id=` (sent as the `seam-workspace` header).

    Args:
        base_url: the API's address, default https://connect.getseam.com.
        timeout: seconds to wait for each attempt (default 60), or an `httpx.Timeout`.
        max_retries: how many times to retry after a connection error, a timeout, 408, 429
            or 5xx (default 2), with exponential backoff and jitter, or after `Retry-After`.
        http_client: an `httpx.Client` to send requests with (its base URL is replaced).
        strict_responses: raise `UnexpectedResponseError` when a response does not match the
            API description; by default such data is kept as far as the types allow (a
            missing field stays unset), as the API may move ahead of its description.

    One connection pool per client, safe to share between threads; use it as
    `with Client(...) as client:` or call `client.close()`.
    """

    customers: CustomersResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        personal_access_token: str | None = None,
        workspace_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        strict_responses: bool = False,
    ) -> None:
        auth_headers, auth_query = _credentials(
            api_key, personal_access_token, workspace_id
        )
        http = http_client or httpx.Client(
            base_url=base_url or DEFAULT_BASE_URL, timeout=as_timeout(timeout)
        )
        if http_client is not None:
            http.base_url = httpx.URL(base_url or DEFAULT_BASE_URL)
        self._transport = Transport(
            http,
            owns_http=http_client is None,
            auth_headers=auth_headers,
            auth_query=auth_query,
            max_retries=max_retries,
            base_url_given=base_url is not None,
            strict_responses=strict_responses,
        )
        self.customers = CustomersResource(self._transport)

    def __repr__(self) -> str:
        return f"Client({self._transport!r})"

    def close(self) -> None:
        """Close the connection pool (unless the caller passed its own `http_client`)."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for Seam Connect: every method is awaited.

    Authenticate with one of:
        API key: `api_key=`.
        Personal access token: `personal_access_token=` with `workspace_id=` (sent as the `seam-workspace` header).

    Args:
        base_url: the API's address, default https://connect.getseam.com.
        timeout: seconds to wait for each attempt (default 60), or an `httpx.Timeout`.
        max_retries: how many times to retry after a connection error, a timeout, 408, 429
            or 5xx (default 2), with exponential backoff and jitter, or after `Retry-After`.
        http_client: an `httpx.AsyncClient` to send requests with (its base URL is replaced).
        strict_responses: raise `UnexpectedResponseError` when a response does not match the
            API description; by default such data is kept as far as the types allow (a
            missing field stays unset), as the API may move ahead of its description.

    One connection pool per client, safe to share between tasks; use it as
    `async with AsyncClient(...) as client:` or call `await client.close()`.
    """

    customers: AsyncCustomersResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        personal_access_token: str | None = None,
        workspace_id: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        strict_responses: bool = False,
    ) -> None:
        auth_headers, auth_query = _credentials(
            api_key, personal_access_token, workspace_id
        )
        http = http_client or httpx.AsyncClient(
            base_url=base_url or DEFAULT_BASE_URL, timeout=as_timeout(timeout)
        )
        if http_client is not None:
            http.base_url = httpx.URL(base_url or DEFAULT_BASE_URL)
        self._transport = AsyncTransport(
            http,
            owns_http=http_client is None,
            auth_headers=auth_headers,
            auth_query=auth_query,
            max_retries=max_retries,
            base_url_given=base_url is not None,
            strict_responses=strict_responses,
        )
        self.customers = AsyncCustomersResource(self._transport)

    def __repr__(self) -> str:
        return f"AsyncClient({self._transport!r})"

    async def close(self) -> None:
        """Close the connection pool (unless the caller passed its own `http_client`)."""
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
