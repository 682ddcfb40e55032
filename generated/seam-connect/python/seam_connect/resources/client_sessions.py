"""The `client_sessions` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import AsyncTransport, Transport, checked, to_json


class ClientSessionsResource:
    """Operations on client_sessions."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        connect_webview_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        customer_id: str | None = None,
        customer_key: str | None = None,
        expires_at: str | None = None,
        user_identifier_key: str | None = None,
        user_identity_id: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> models.ClientSession:
        """Create a Client Session

        Creates a new [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Args:
            connect_webview_ids: IDs of the [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews) for which you want to create a client session.
            connected_account_ids: IDs of the [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) for which you want to create a client session.
            customer_id: Customer ID that you want to associate with the new client session.
            customer_key: Customer key that you want to associate with the new client session.
            expires_at: Date and time at which the client session should expire, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            user_identifier_key: Your user ID for the user for whom you want to create a client session.
            user_identity_id: ID of the [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) for which you want to create a client session.
            user_identity_ids: IDs of the [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_webview_ids is not None:
            _body["connect_webview_ids"] = to_json(connect_webview_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if customer_id is not None:
            _body["customer_id"] = to_json(customer_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if expires_at is not None:
            _body["expires_at"] = to_json(expires_at)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_ids is not None:
            _body["user_identity_ids"] = to_json(user_identity_ids)
        _response = self._transport.request(
            "POST",
            "/client_sessions/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ClientSession",
            self._transport.parse(models.ClientSession, _response, "client_session"),
        )

    @checked
    def delete(
        self,
        *,
        client_session_id: str,
    ) -> None:
        """Delete a Client Session

        Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Args:
            client_session_id: ID of the client session that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["client_session_id"] = to_json(client_session_id)
        self._transport.request(
            "POST",
            "/client_sessions/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        client_session_id: str | None = None,
        user_identifier_key: str | None = None,
    ) -> models.ClientSession:
        """Get a Client Session

        Returns a specified [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Args:
            client_session_id: ID of the client session that you want to get.
            user_identifier_key: User identifier key associated with the client session that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if client_session_id is not None:
            _body["client_session_id"] = to_json(client_session_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/client_sessions/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ClientSession",
            self._transport.parse(models.ClientSession, _response, "client_session"),
        )

    @checked
    def get_or_create(
        self,
        *,
        connect_webview_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        expires_at: str | None = None,
        user_identifier_key: str | None = None,
        user_identity_id: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> models.ClientSession:
        """Get or Create a Client Session

        Returns a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) with specific characteristics or creates a new client session with these characteristics if it does not yet exist.

        Args:
            connect_webview_ids: IDs of the [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews) that you want to associate with the client session (or that are already associated with the existing client session).
            connected_account_ids: IDs of the [connected accounts](https://docs.seam.co/api/connected_accounts) that you want to associate with the client session (or that are already associated with the existing client session).
            expires_at: Date and time at which the client session should expire in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. If the client session already exists, this will update the expiration before returning it.
            user_identifier_key: Your user ID for the user that you want to associate with the client session (or that is already associated with the existing client session).
            user_identity_id: ID of the [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session (or that are already associated with the existing client session).
            user_identity_ids: IDs of the [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_webview_ids is not None:
            _body["connect_webview_ids"] = to_json(connect_webview_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if expires_at is not None:
            _body["expires_at"] = to_json(expires_at)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_ids is not None:
            _body["user_identity_ids"] = to_json(user_identity_ids)
        _response = self._transport.request(
            "POST",
            "/client_sessions/get_or_create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ClientSession",
            self._transport.parse(models.ClientSession, _response, "client_session"),
        )

    @checked
    def grant_access(
        self,
        *,
        client_session_id: str | None = None,
        connect_webview_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        user_identifier_key: str | None = None,
        user_identity_id: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> None:
        """Grant Access to a Client Session

        Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources, such as [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews), [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity), and so on.

        Args:
            client_session_id: ID of the client session to which you want to grant access to resources.
            connect_webview_ids: IDs of the [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews) that you want to associate with the client session.
            connected_account_ids: IDs of the [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) that you want to associate with the client session.
            user_identifier_key: Your user ID for the user that you want to associate with the client session.
            user_identity_id: ID of the [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session.
            user_identity_ids: IDs of the [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session.
        """
        _body: builtins.dict[str, Any] = {}
        if client_session_id is not None:
            _body["client_session_id"] = to_json(client_session_id)
        if connect_webview_ids is not None:
            _body["connect_webview_ids"] = to_json(connect_webview_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_ids is not None:
            _body["user_identity_ids"] = to_json(user_identity_ids)
        self._transport.request(
            "POST",
            "/client_sessions/grant_access",
            json=_body,
            authenticated=True,
        )

    @checked
    def list(
        self,
        *,
        client_session_id: str | None = None,
        connect_webview_id: str | None = None,
        user_identifier_key: str | None = None,
        user_identity_id: str | None = None,
        without_user_identifier_key: bool | None = None,
    ) -> builtins.list[models.ClientSession]:
        """List Client Sessions

        Returns a list of all [client sessions](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Args:
            client_session_id: ID of the client session that you want to retrieve.
            connect_webview_id: ID of the [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) for which you want to retrieve client sessions.
            user_identifier_key: Your user ID for the user by which you want to filter client sessions.
            user_identity_id: ID of the [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) for which you want to retrieve client sessions.
            without_user_identifier_key: Indicates whether to retrieve only client sessions without associated user identifier keys.
        """
        _body: builtins.dict[str, Any] = {}
        if client_session_id is not None:
            _body["client_session_id"] = to_json(client_session_id)
        if connect_webview_id is not None:
            _body["connect_webview_id"] = to_json(connect_webview_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if without_user_identifier_key is not None:
            _body["without_user_identifier_key"] = to_json(without_user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/client_sessions/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ClientSession]",
            self._transport.parse(
                builtins.list[models.ClientSession], _response, "client_sessions"
            ),
        )

    @checked
    def revoke(
        self,
        *,
        client_session_id: str,
    ) -> None:
        """Revoke a Client Session

        Revokes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Note that [deleting a client session](https://docs.seam.co/api/client_sessions/delete) is a separate action.

        Args:
            client_session_id: ID of the client session that you want to revoke.
        """
        _body: builtins.dict[str, Any] = {}
        _body["client_session_id"] = to_json(client_session_id)
        self._transport.request(
            "POST",
            "/client_sessions/revoke",
            json=_body,
            authenticated=True,
        )


class AsyncClientSessionsResource:
    """Operations on client_sessions (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        connect_webview_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        customer_id: str | None = None,
        customer_key: str | None = None,
        expires_at: str | None = None,
        user_identifier_key: str | None = None,
        user_identity_id: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> models.ClientSession:
        """Create a Client Session

        Creates a new [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Args:
            connect_webview_ids: IDs of the [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews) for which you want to create a client session.
            connected_account_ids: IDs of the [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) for which you want to create a client session.
            customer_id: Customer ID that you want to associate with the new client session.
            customer_key: Customer key that you want to associate with the new client session.
            expires_at: Date and time at which the client session should expire, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            user_identifier_key: Your user ID for the user for whom you want to create a client session.
            user_identity_id: ID of the [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) for which you want to create a client session.
            user_identity_ids: IDs of the [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_webview_ids is not None:
            _body["connect_webview_ids"] = to_json(connect_webview_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if customer_id is not None:
            _body["customer_id"] = to_json(customer_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if expires_at is not None:
            _body["expires_at"] = to_json(expires_at)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_ids is not None:
            _body["user_identity_ids"] = to_json(user_identity_ids)
        _response = await self._transport.request(
            "POST",
            "/client_sessions/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ClientSession",
            self._transport.parse(models.ClientSession, _response, "client_session"),
        )

    @checked
    async def delete(
        self,
        *,
        client_session_id: str,
    ) -> None:
        """Delete a Client Session

        Deletes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Args:
            client_session_id: ID of the client session that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["client_session_id"] = to_json(client_session_id)
        await self._transport.request(
            "POST",
            "/client_sessions/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        client_session_id: str | None = None,
        user_identifier_key: str | None = None,
    ) -> models.ClientSession:
        """Get a Client Session

        Returns a specified [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Args:
            client_session_id: ID of the client session that you want to get.
            user_identifier_key: User identifier key associated with the client session that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if client_session_id is not None:
            _body["client_session_id"] = to_json(client_session_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/client_sessions/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ClientSession",
            self._transport.parse(models.ClientSession, _response, "client_session"),
        )

    @checked
    async def get_or_create(
        self,
        *,
        connect_webview_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        expires_at: str | None = None,
        user_identifier_key: str | None = None,
        user_identity_id: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> models.ClientSession:
        """Get or Create a Client Session

        Returns a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) with specific characteristics or creates a new client session with these characteristics if it does not yet exist.

        Args:
            connect_webview_ids: IDs of the [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews) that you want to associate with the client session (or that are already associated with the existing client session).
            connected_account_ids: IDs of the [connected accounts](https://docs.seam.co/api/connected_accounts) that you want to associate with the client session (or that are already associated with the existing client session).
            expires_at: Date and time at which the client session should expire in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. If the client session already exists, this will update the expiration before returning it.
            user_identifier_key: Your user ID for the user that you want to associate with the client session (or that is already associated with the existing client session).
            user_identity_id: ID of the [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session (or that are already associated with the existing client session).
            user_identity_ids: IDs of the [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_webview_ids is not None:
            _body["connect_webview_ids"] = to_json(connect_webview_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if expires_at is not None:
            _body["expires_at"] = to_json(expires_at)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_ids is not None:
            _body["user_identity_ids"] = to_json(user_identity_ids)
        _response = await self._transport.request(
            "POST",
            "/client_sessions/get_or_create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ClientSession",
            self._transport.parse(models.ClientSession, _response, "client_session"),
        )

    @checked
    async def grant_access(
        self,
        *,
        client_session_id: str | None = None,
        connect_webview_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        user_identifier_key: str | None = None,
        user_identity_id: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> None:
        """Grant Access to a Client Session

        Grants a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens) access to one or more resources, such as [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews), [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity), and so on.

        Args:
            client_session_id: ID of the client session to which you want to grant access to resources.
            connect_webview_ids: IDs of the [Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews) that you want to associate with the client session.
            connected_account_ids: IDs of the [connected accounts](https://docs.seam.co/core-concepts/connected-accounts) that you want to associate with the client session.
            user_identifier_key: Your user ID for the user that you want to associate with the client session.
            user_identity_id: ID of the [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session.
            user_identity_ids: IDs of the [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) that you want to associate with the client session.
        """
        _body: builtins.dict[str, Any] = {}
        if client_session_id is not None:
            _body["client_session_id"] = to_json(client_session_id)
        if connect_webview_ids is not None:
            _body["connect_webview_ids"] = to_json(connect_webview_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_ids is not None:
            _body["user_identity_ids"] = to_json(user_identity_ids)
        await self._transport.request(
            "POST",
            "/client_sessions/grant_access",
            json=_body,
            authenticated=True,
        )

    @checked
    async def list(
        self,
        *,
        client_session_id: str | None = None,
        connect_webview_id: str | None = None,
        user_identifier_key: str | None = None,
        user_identity_id: str | None = None,
        without_user_identifier_key: bool | None = None,
    ) -> builtins.list[models.ClientSession]:
        """List Client Sessions

        Returns a list of all [client sessions](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Args:
            client_session_id: ID of the client session that you want to retrieve.
            connect_webview_id: ID of the [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews) for which you want to retrieve client sessions.
            user_identifier_key: Your user ID for the user by which you want to filter client sessions.
            user_identity_id: ID of the [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) for which you want to retrieve client sessions.
            without_user_identifier_key: Indicates whether to retrieve only client sessions without associated user identifier keys.
        """
        _body: builtins.dict[str, Any] = {}
        if client_session_id is not None:
            _body["client_session_id"] = to_json(client_session_id)
        if connect_webview_id is not None:
            _body["connect_webview_id"] = to_json(connect_webview_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if without_user_identifier_key is not None:
            _body["without_user_identifier_key"] = to_json(without_user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/client_sessions/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ClientSession]",
            self._transport.parse(
                builtins.list[models.ClientSession], _response, "client_sessions"
            ),
        )

    @checked
    async def revoke(
        self,
        *,
        client_session_id: str,
    ) -> None:
        """Revoke a Client Session

        Revokes a [client session](https://docs.seam.co/core-concepts/authentication/client-session-tokens).

        Note that [deleting a client session](https://docs.seam.co/api/client_sessions/delete) is a separate action.

        Args:
            client_session_id: ID of the client session that you want to revoke.
        """
        _body: builtins.dict[str, Any] = {}
        _body["client_session_id"] = to_json(client_session_id)
        await self._transport.request(
            "POST",
            "/client_sessions/revoke",
            json=_body,
            authenticated=True,
        )
