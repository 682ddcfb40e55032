"""The `connected_accounts` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import (
    NOT_GIVEN,
    AsyncTransport,
    NotGiven,
    Transport,
    checked,
    next_cursor,
    to_json,
)


class ConnectedAccountsSimulateResource:
    """Operations on connected_accounts simulate."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def disconnect(
        self,
        *,
        connected_account_id: str,
    ) -> None:
        """Simulate Connected Account Disconnection

        Simulates a connected account becoming disconnected from Seam. Only applicable for [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            connected_account_id: ID of the connected account you want to simulate as disconnected.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        self._transport.request(
            "POST",
            "/connected_accounts/simulate/disconnect",
            json=_body,
            authenticated=True,
        )


class ConnectedAccountsResource:
    """Operations on connected_accounts."""

    simulate: ConnectedAccountsSimulateResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.simulate = ConnectedAccountsSimulateResource(transport)

    @checked
    def delete(
        self,
        *,
        connected_account_id: str,
        sync: bool | None = None,
    ) -> None:
        """Delete a Connected Account

        Deletes a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).

        Deleting a connected account triggers a `connected_account.deleted` event and removes the connected account and all data associated with the connected account from Seam, including devices, events, access codes, and so on. For every deleted resource, Seam sends a corresponding deleted event, but the resource is not deleted from the provider.

        For example, if you delete a connected account with a device that has an access code, Seam sends a `connected_account.deleted` event, a `device.deleted` event, and an `access_code.deleted` event, but Seam does not remove the access code from the device.

        Args:
            connected_account_id: ID of the connected account that you want to delete.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        self._transport.request(
            "POST",
            "/connected_accounts/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        body: (
            models.ConnectedAccountsGetRequestWithConnectedAccountId
            | models.ConnectedAccountsGetRequestWithEmail
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.ConnectedAccount:
        """Get a Connected Account

        Returns a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/connected_accounts/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ConnectedAccount",
            self._transport.parse(
                models.ConnectedAccount, _response, "connected_account"
            ),
        )

    @checked
    def list(
        self,
        *,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.ConnectedAccount]:
        """List Connected Accounts

        Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).

        Args:
            custom_metadata_has: Custom metadata pairs by which you want to filter connected accounts. Returns connected accounts with `custom_metadata` that contains all of the provided key:value pairs.
            customer_key: Customer key by which you want to filter connected accounts.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned connected accounts to include all records that satisfy a partial match using `connected_account_id`, `account_type`, `customer_key`, `custom_metadata`, `user_identifier.username`, `user_identifier.email` or `user_identifier.phone`.
            space_id: ID of the space by which you want to filter connected accounts.
            user_identifier_key: Your user ID for the user by which you want to filter connected accounts.
        """
        _body: builtins.dict[str, Any] = {}
        if custom_metadata_has is not None:
            _body["custom_metadata_has"] = to_json(custom_metadata_has)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/connected_accounts/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ConnectedAccount]",
            self._transport.parse(
                builtins.list[models.ConnectedAccount], _response, "connected_accounts"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        space_id: str | None = None,
        user_identifier_key: str | None = None,
    ) -> Iterator[models.ConnectedAccount]:
        """List Connected Accounts

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).

        Args:
            custom_metadata_has: Custom metadata pairs by which you want to filter connected accounts. Returns connected accounts with `custom_metadata` that contains all of the provided key:value pairs.
            customer_key: Customer key by which you want to filter connected accounts.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned connected accounts to include all records that satisfy a partial match using `connected_account_id`, `account_type`, `customer_key`, `custom_metadata`, `user_identifier.username`, `user_identifier.email` or `user_identifier.phone`.
            space_id: ID of the space by which you want to filter connected accounts.
            user_identifier_key: Your user ID for the user by which you want to filter connected accounts.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if custom_metadata_has is not None:
                _body["custom_metadata_has"] = to_json(custom_metadata_has)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            if user_identifier_key is not None:
                _body["user_identifier_key"] = to_json(user_identifier_key)
            _response = self._transport.request(
                "POST",
                "/connected_accounts/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.ConnectedAccount]",
                self._transport.parse(
                    builtins.list[models.ConnectedAccount],
                    _response,
                    "connected_accounts",
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def sync(
        self,
        *,
        connected_account_id: str,
    ) -> None:
        """Sync a Connected Account

        Request a [connected account](https://docs.seam.co/core-concepts/connected-accounts) sync attempt for the specified `connected_account_id`.

        Args:
            connected_account_id: ID of the connected account that you want to sync.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        self._transport.request(
            "POST",
            "/connected_accounts/sync",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        connected_account_id: str,
        accepted_capabilities: Sequence[models.AcceptedCapability | str] | None = None,
        automatically_manage_new_devices: bool | None = None,
        custom_metadata: Mapping[str, str | bool | None] | None = None,
        customer_key: str | None = None,
        display_name: str | None = None,
    ) -> None:
        """Update a Connected Account

        Updates a [connected account](https://docs.seam.co/core-concepts/connected-accounts).

        Args:
            connected_account_id: ID of the connected account that you want to update.
            accepted_capabilities: List of accepted device capabilities that restrict the types of devices that can be connected through this connected account. Valid values are `lock`, `thermostat`, `noise_sensor`, and `access_control`.
            automatically_manage_new_devices: Indicates whether newly-added devices should appear as [managed devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
            custom_metadata: Custom metadata that you want to associate with the connected account. Entirely replaces the existing custom metadata object. If a new Connect Webview contains custom metadata and is used to reconnect a connected account, the custom metadata from the Connect Webview will entirely replace the entire custom metadata object on the connected account. Supports up to 50 JSON key:value pairs. [Adding custom metadata to a connected account](https://docs.seam.co/core-concepts/connected-accounts/adding-custom-metadata-to-a-connected-account) enables you to store custom information, like customer details or internal IDs from your application. Then, you can [filter connected accounts by the desired metadata](https://docs.seam.co/core-concepts/connected-accounts/filtering-connected-accounts-by-custom-metadata).
            customer_key: The customer key to associate with this connected account. If provided, the connected account and all resources under the connected account will be moved to this customer. May only be provided if the connected account is not already associated with a customer.
            display_name: Human-readable name for the connected account, shown in the dashboard. For example, `Booking from Airbnb House 1`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        if accepted_capabilities is not None:
            _body["accepted_capabilities"] = to_json(accepted_capabilities)
        if automatically_manage_new_devices is not None:
            _body["automatically_manage_new_devices"] = to_json(
                automatically_manage_new_devices
            )
        if custom_metadata is not None:
            _body["custom_metadata"] = to_json(custom_metadata)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if display_name is not None:
            _body["display_name"] = to_json(display_name)
        self._transport.request(
            "POST",
            "/connected_accounts/update",
            json=_body,
            authenticated=True,
        )


class AsyncConnectedAccountsSimulateResource:
    """Operations on connected_accounts simulate (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def disconnect(
        self,
        *,
        connected_account_id: str,
    ) -> None:
        """Simulate Connected Account Disconnection

        Simulates a connected account becoming disconnected from Seam. Only applicable for [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            connected_account_id: ID of the connected account you want to simulate as disconnected.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        await self._transport.request(
            "POST",
            "/connected_accounts/simulate/disconnect",
            json=_body,
            authenticated=True,
        )


class AsyncConnectedAccountsResource:
    """Operations on connected_accounts (awaitable)."""

    simulate: AsyncConnectedAccountsSimulateResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.simulate = AsyncConnectedAccountsSimulateResource(transport)

    @checked
    async def delete(
        self,
        *,
        connected_account_id: str,
        sync: bool | None = None,
    ) -> None:
        """Delete a Connected Account

        Deletes a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).

        Deleting a connected account triggers a `connected_account.deleted` event and removes the connected account and all data associated with the connected account from Seam, including devices, events, access codes, and so on. For every deleted resource, Seam sends a corresponding deleted event, but the resource is not deleted from the provider.

        For example, if you delete a connected account with a device that has an access code, Seam sends a `connected_account.deleted` event, a `device.deleted` event, and an `access_code.deleted` event, but Seam does not remove the access code from the device.

        Args:
            connected_account_id: ID of the connected account that you want to delete.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        await self._transport.request(
            "POST",
            "/connected_accounts/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        body: (
            models.ConnectedAccountsGetRequestWithConnectedAccountId
            | models.ConnectedAccountsGetRequestWithEmail
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.ConnectedAccount:
        """Get a Connected Account

        Returns a specified [connected account](https://docs.seam.co/core-concepts/connected-accounts).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/connected_accounts/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ConnectedAccount",
            self._transport.parse(
                models.ConnectedAccount, _response, "connected_account"
            ),
        )

    @checked
    async def list(
        self,
        *,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.ConnectedAccount]:
        """List Connected Accounts

        Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).

        Args:
            custom_metadata_has: Custom metadata pairs by which you want to filter connected accounts. Returns connected accounts with `custom_metadata` that contains all of the provided key:value pairs.
            customer_key: Customer key by which you want to filter connected accounts.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned connected accounts to include all records that satisfy a partial match using `connected_account_id`, `account_type`, `customer_key`, `custom_metadata`, `user_identifier.username`, `user_identifier.email` or `user_identifier.phone`.
            space_id: ID of the space by which you want to filter connected accounts.
            user_identifier_key: Your user ID for the user by which you want to filter connected accounts.
        """
        _body: builtins.dict[str, Any] = {}
        if custom_metadata_has is not None:
            _body["custom_metadata_has"] = to_json(custom_metadata_has)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/connected_accounts/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ConnectedAccount]",
            self._transport.parse(
                builtins.list[models.ConnectedAccount], _response, "connected_accounts"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        space_id: str | None = None,
        user_identifier_key: str | None = None,
    ) -> AsyncIterator[models.ConnectedAccount]:
        """List Connected Accounts

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [connected accounts](https://docs.seam.co/core-concepts/connected-accounts).

        Args:
            custom_metadata_has: Custom metadata pairs by which you want to filter connected accounts. Returns connected accounts with `custom_metadata` that contains all of the provided key:value pairs.
            customer_key: Customer key by which you want to filter connected accounts.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned connected accounts to include all records that satisfy a partial match using `connected_account_id`, `account_type`, `customer_key`, `custom_metadata`, `user_identifier.username`, `user_identifier.email` or `user_identifier.phone`.
            space_id: ID of the space by which you want to filter connected accounts.
            user_identifier_key: Your user ID for the user by which you want to filter connected accounts.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if custom_metadata_has is not None:
                _body["custom_metadata_has"] = to_json(custom_metadata_has)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            if user_identifier_key is not None:
                _body["user_identifier_key"] = to_json(user_identifier_key)
            _response = await self._transport.request(
                "POST",
                "/connected_accounts/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.ConnectedAccount]",
                self._transport.parse(
                    builtins.list[models.ConnectedAccount],
                    _response,
                    "connected_accounts",
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def sync(
        self,
        *,
        connected_account_id: str,
    ) -> None:
        """Sync a Connected Account

        Request a [connected account](https://docs.seam.co/core-concepts/connected-accounts) sync attempt for the specified `connected_account_id`.

        Args:
            connected_account_id: ID of the connected account that you want to sync.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        await self._transport.request(
            "POST",
            "/connected_accounts/sync",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        connected_account_id: str,
        accepted_capabilities: Sequence[models.AcceptedCapability | str] | None = None,
        automatically_manage_new_devices: bool | None = None,
        custom_metadata: Mapping[str, str | bool | None] | None = None,
        customer_key: str | None = None,
        display_name: str | None = None,
    ) -> None:
        """Update a Connected Account

        Updates a [connected account](https://docs.seam.co/core-concepts/connected-accounts).

        Args:
            connected_account_id: ID of the connected account that you want to update.
            accepted_capabilities: List of accepted device capabilities that restrict the types of devices that can be connected through this connected account. Valid values are `lock`, `thermostat`, `noise_sensor`, and `access_control`.
            automatically_manage_new_devices: Indicates whether newly-added devices should appear as [managed devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).
            custom_metadata: Custom metadata that you want to associate with the connected account. Entirely replaces the existing custom metadata object. If a new Connect Webview contains custom metadata and is used to reconnect a connected account, the custom metadata from the Connect Webview will entirely replace the entire custom metadata object on the connected account. Supports up to 50 JSON key:value pairs. [Adding custom metadata to a connected account](https://docs.seam.co/core-concepts/connected-accounts/adding-custom-metadata-to-a-connected-account) enables you to store custom information, like customer details or internal IDs from your application. Then, you can [filter connected accounts by the desired metadata](https://docs.seam.co/core-concepts/connected-accounts/filtering-connected-accounts-by-custom-metadata).
            customer_key: The customer key to associate with this connected account. If provided, the connected account and all resources under the connected account will be moved to this customer. May only be provided if the connected account is not already associated with a customer.
            display_name: Human-readable name for the connected account, shown in the dashboard. For example, `Booking from Airbnb House 1`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        if accepted_capabilities is not None:
            _body["accepted_capabilities"] = to_json(accepted_capabilities)
        if automatically_manage_new_devices is not None:
            _body["automatically_manage_new_devices"] = to_json(
                automatically_manage_new_devices
            )
        if custom_metadata is not None:
            _body["custom_metadata"] = to_json(custom_metadata)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if display_name is not None:
            _body["display_name"] = to_json(display_name)
        await self._transport.request(
            "POST",
            "/connected_accounts/update",
            json=_body,
            authenticated=True,
        )
