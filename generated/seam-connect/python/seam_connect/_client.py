"""The Seam Connect clients, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

from types import TracebackType

import httpx
from typing_extensions import Self

from seam_connect._base import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    Transport,
    as_timeout,
)
from seam_connect.resources.access_codes import (
    AccessCodesResource,
    AsyncAccessCodesResource,
)
from seam_connect.resources.access_grants import (
    AccessGrantsResource,
    AsyncAccessGrantsResource,
)
from seam_connect.resources.access_methods import (
    AccessMethodsResource,
    AsyncAccessMethodsResource,
)
from seam_connect.resources.acs import AcsResource, AsyncAcsResource
from seam_connect.resources.action_attempts import (
    ActionAttemptsResource,
    AsyncActionAttemptsResource,
)
from seam_connect.resources.bridges import AsyncBridgesResource, BridgesResource
from seam_connect.resources.client_sessions import (
    AsyncClientSessionsResource,
    ClientSessionsResource,
)
from seam_connect.resources.connect_webviews import (
    AsyncConnectWebviewsResource,
    ConnectWebviewsResource,
)
from seam_connect.resources.connected_accounts import (
    AsyncConnectedAccountsResource,
    ConnectedAccountsResource,
)
from seam_connect.resources.customers import AsyncCustomersResource, CustomersResource
from seam_connect.resources.devices import AsyncDevicesResource, DevicesResource
from seam_connect.resources.events import AsyncEventsResource, EventsResource
from seam_connect.resources.instant_keys import (
    AsyncInstantKeysResource,
    InstantKeysResource,
)
from seam_connect.resources.locks import AsyncLocksResource, LocksResource
from seam_connect.resources.noise_sensors import (
    AsyncNoiseSensorsResource,
    NoiseSensorsResource,
)
from seam_connect.resources.phones import AsyncPhonesResource, PhonesResource
from seam_connect.resources.seam import AsyncSeamResource, SeamResource
from seam_connect.resources.spaces import AsyncSpacesResource, SpacesResource
from seam_connect.resources.thermostats import (
    AsyncThermostatsResource,
    ThermostatsResource,
)
from seam_connect.resources.unstable_partner import (
    AsyncUnstablePartnerResource,
    UnstablePartnerResource,
)
from seam_connect.resources.user_identities import (
    AsyncUserIdentitiesResource,
    UserIdentitiesResource,
)
from seam_connect.resources.webhooks import AsyncWebhooksResource, WebhooksResource
from seam_connect.resources.workspaces import (
    AsyncWorkspacesResource,
    WorkspacesResource,
)

DEFAULT_BASE_URL = "https://connect.getseam.com"


def _credentials(
    api_key: str | None,
    personal_access_token: str | None,
    workspace_id: str | None,
    client_session_token: str | None,
    publishable_key: str | None,
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
    if client_session_token is not None and not isinstance(client_session_token, str):
        raise TypeError(
            f"client_session_token must be a str, not {type(client_session_token).__name__}"
        )
    if publishable_key is not None and not isinstance(publishable_key, str):
        raise TypeError(
            f"publishable_key must be a str, not {type(publishable_key).__name__}"
        )
    auth_headers: dict[str, str] = {}
    auth_query: dict[str, str] = {}
    given = [
        name
        for name, value in (
            ("api_key", api_key),
            ("personal_access_token", personal_access_token),
            ("client_session_token", client_session_token),
            ("publishable_key", publishable_key),
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
    elif client_session_token is not None:
        if workspace_id is not None:
            raise ValueError("workspace_id is not used with client_session_token.")
        auth_headers["Authorization"] = f"Bearer {client_session_token}"
    elif publishable_key is not None:
        if workspace_id is not None:
            raise ValueError("workspace_id is not used with publishable_key.")
        auth_headers["seam-publishable-key"] = publishable_key
    return auth_headers, auth_query


class Client:
    """Client for Seam Connect.

    Authenticate with one of:
        API key: `api_key=`.
        Personal access token: `personal_access_token=` with `workspace_id=` (sent as the `seam-workspace` header).
        Client session token: `client_session_token=`.
        Publishable key: `publishable_key=`.

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

    access_codes: AccessCodesResource
    access_grants: AccessGrantsResource
    access_methods: AccessMethodsResource
    acs: AcsResource
    action_attempts: ActionAttemptsResource
    bridges: BridgesResource
    client_sessions: ClientSessionsResource
    connect_webviews: ConnectWebviewsResource
    connected_accounts: ConnectedAccountsResource
    customers: CustomersResource
    devices: DevicesResource
    events: EventsResource
    instant_keys: InstantKeysResource
    locks: LocksResource
    noise_sensors: NoiseSensorsResource
    phones: PhonesResource
    seam: SeamResource
    spaces: SpacesResource
    thermostats: ThermostatsResource
    unstable_partner: UnstablePartnerResource
    user_identities: UserIdentitiesResource
    webhooks: WebhooksResource
    workspaces: WorkspacesResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        personal_access_token: str | None = None,
        workspace_id: str | None = None,
        client_session_token: str | None = None,
        publishable_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        strict_responses: bool = False,
    ) -> None:
        auth_headers, auth_query = _credentials(
            api_key,
            personal_access_token,
            workspace_id,
            client_session_token,
            publishable_key,
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
        self.access_codes = AccessCodesResource(self._transport)
        self.access_grants = AccessGrantsResource(self._transport)
        self.access_methods = AccessMethodsResource(self._transport)
        self.acs = AcsResource(self._transport)
        self.action_attempts = ActionAttemptsResource(self._transport)
        self.bridges = BridgesResource(self._transport)
        self.client_sessions = ClientSessionsResource(self._transport)
        self.connect_webviews = ConnectWebviewsResource(self._transport)
        self.connected_accounts = ConnectedAccountsResource(self._transport)
        self.customers = CustomersResource(self._transport)
        self.devices = DevicesResource(self._transport)
        self.events = EventsResource(self._transport)
        self.instant_keys = InstantKeysResource(self._transport)
        self.locks = LocksResource(self._transport)
        self.noise_sensors = NoiseSensorsResource(self._transport)
        self.phones = PhonesResource(self._transport)
        self.seam = SeamResource(self._transport)
        self.spaces = SpacesResource(self._transport)
        self.thermostats = ThermostatsResource(self._transport)
        self.unstable_partner = UnstablePartnerResource(self._transport)
        self.user_identities = UserIdentitiesResource(self._transport)
        self.webhooks = WebhooksResource(self._transport)
        self.workspaces = WorkspacesResource(self._transport)

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
        Client session token: `client_session_token=`.
        Publishable key: `publishable_key=`.

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

    access_codes: AsyncAccessCodesResource
    access_grants: AsyncAccessGrantsResource
    access_methods: AsyncAccessMethodsResource
    acs: AsyncAcsResource
    action_attempts: AsyncActionAttemptsResource
    bridges: AsyncBridgesResource
    client_sessions: AsyncClientSessionsResource
    connect_webviews: AsyncConnectWebviewsResource
    connected_accounts: AsyncConnectedAccountsResource
    customers: AsyncCustomersResource
    devices: AsyncDevicesResource
    events: AsyncEventsResource
    instant_keys: AsyncInstantKeysResource
    locks: AsyncLocksResource
    noise_sensors: AsyncNoiseSensorsResource
    phones: AsyncPhonesResource
    seam: AsyncSeamResource
    spaces: AsyncSpacesResource
    thermostats: AsyncThermostatsResource
    unstable_partner: AsyncUnstablePartnerResource
    user_identities: AsyncUserIdentitiesResource
    webhooks: AsyncWebhooksResource
    workspaces: AsyncWorkspacesResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        personal_access_token: str | None = None,
        workspace_id: str | None = None,
        client_session_token: str | None = None,
        publishable_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        strict_responses: bool = False,
    ) -> None:
        auth_headers, auth_query = _credentials(
            api_key,
            personal_access_token,
            workspace_id,
            client_session_token,
            publishable_key,
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
        self.access_codes = AsyncAccessCodesResource(self._transport)
        self.access_grants = AsyncAccessGrantsResource(self._transport)
        self.access_methods = AsyncAccessMethodsResource(self._transport)
        self.acs = AsyncAcsResource(self._transport)
        self.action_attempts = AsyncActionAttemptsResource(self._transport)
        self.bridges = AsyncBridgesResource(self._transport)
        self.client_sessions = AsyncClientSessionsResource(self._transport)
        self.connect_webviews = AsyncConnectWebviewsResource(self._transport)
        self.connected_accounts = AsyncConnectedAccountsResource(self._transport)
        self.customers = AsyncCustomersResource(self._transport)
        self.devices = AsyncDevicesResource(self._transport)
        self.events = AsyncEventsResource(self._transport)
        self.instant_keys = AsyncInstantKeysResource(self._transport)
        self.locks = AsyncLocksResource(self._transport)
        self.noise_sensors = AsyncNoiseSensorsResource(self._transport)
        self.phones = AsyncPhonesResource(self._transport)
        self.seam = AsyncSeamResource(self._transport)
        self.spaces = AsyncSpacesResource(self._transport)
        self.thermostats = AsyncThermostatsResource(self._transport)
        self.unstable_partner = AsyncUnstablePartnerResource(self._transport)
        self.user_identities = AsyncUserIdentitiesResource(self._transport)
        self.webhooks = AsyncWebhooksResource(self._transport)
        self.workspaces = AsyncWorkspacesResource(self._transport)

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
