"""The Seam Connect client. Generated; do not edit."""

from __future__ import annotations

from types import TracebackType

import httpx
from typing_extensions import Self

from seam_customers._base import Transport
from seam_customers.resources.customers import CustomersResource

DEFAULT_BASE_URL = "https://connect.getseam.com"
DEFAULT_TIMEOUT = 60.0


class Client:
    """Client for Seam Connect.

    Authenticate with one of:
        API key: `api_key=`.
        Personal access token: `personal_access_token=` with `workspace_id=` (sent as the `seam-workspace` header).

    Args:
        base_url: the API's address, default https://connect.getseam.com.
        timeout: seconds to wait for each request.
        http_client: an `httpx.Client` to send requests with (its base URL is replaced).
    """

    customers: CustomersResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        personal_access_token: str | None = None,
        workspace_id: str | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
    ) -> None:
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
            raise ValueError(
                "No credentials: pass api_key=, or personal_access_token=."
            )
        self._transport = Transport(
            base_url=base_url or DEFAULT_BASE_URL,
            auth_headers=auth_headers,
            auth_query=auth_query,
            timeout=timeout,
            http_client=http_client,
            base_url_given=base_url is not None,
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
