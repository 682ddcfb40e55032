"""The Seam Connect client. Generated; do not edit."""

from __future__ import annotations

from types import TracebackType

import httpx
from typing_extensions import Self

from seam_connect._base import Transport
from seam_connect.resources.access_codes import AccessCodesResource
from seam_connect.resources.access_grants import AccessGrantsResource
from seam_connect.resources.access_methods import AccessMethodsResource
from seam_connect.resources.acs import AcsResource
from seam_connect.resources.action_attempts import ActionAttemptsResource
from seam_connect.resources.bridges import BridgesResource
from seam_connect.resources.client_sessions import ClientSessionsResource
from seam_connect.resources.connect_webviews import ConnectWebviewsResource
from seam_connect.resources.connected_accounts import ConnectedAccountsResource
from seam_connect.resources.customers import CustomersResource
from seam_connect.resources.devices import DevicesResource
from seam_connect.resources.events import EventsResource
from seam_connect.resources.instant_keys import InstantKeysResource
from seam_connect.resources.locks import LocksResource
from seam_connect.resources.noise_sensors import NoiseSensorsResource
from seam_connect.resources.phones import PhonesResource
from seam_connect.resources.seam import SeamResource
from seam_connect.resources.spaces import SpacesResource
from seam_connect.resources.thermostats import ThermostatsResource
from seam_connect.resources.unstable_partner import UnstablePartnerResource
from seam_connect.resources.user_identities import UserIdentitiesResource
from seam_connect.resources.webhooks import WebhooksResource
from seam_connect.resources.workspaces import WorkspacesResource

DEFAULT_BASE_URL = "https://connect.getseam.com"
DEFAULT_TIMEOUT = 60.0


class Client:
    """Client for Seam Connect.

    Authenticate with one of:
        API key: `api_key=`.
        Personal access token: `personal_access_token=` with `workspace_id=` (sent as the `seam-workspace` header).
        Client session token: `client_session_token=`.
        Publishable key: `publishable_key=`.

    Args:
        base_url: the API's address, default https://connect.getseam.com.
        timeout: seconds to wait for each request.
        http_client: an `httpx.Client` to send requests with (its base URL is replaced).
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
        self._transport = Transport(
            base_url=base_url or DEFAULT_BASE_URL,
            auth_headers=auth_headers,
            auth_query=auth_query,
            timeout=timeout,
            http_client=http_client,
            base_url_given=base_url is not None,
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
