"""The `locks` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, cast

from typing_extensions import deprecated

from seam_connect import models
from seam_connect._base import (
    NOT_GIVEN,
    AsyncTransport,
    NotGiven,
    Transport,
    checked,
    to_json,
)


class LocksSimulateResource:
    """Operations on locks simulate."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def keypad_code_entry(
        self,
        *,
        code: str,
        device_id: str,
    ) -> models.ActionAttempt:
        """Simulate a Keypad Code Entry

        Simulates the entry of a code on a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            code: Code that you want to simulate entering on a keypad.
            device_id: ID of the device for which you want to simulate a keypad code entry.
        """
        _body: builtins.dict[str, Any] = {}
        _body["code"] = to_json(code)
        _body["device_id"] = to_json(device_id)
        _response = self._transport.request(
            "POST",
            "/locks/simulate/keypad_code_entry",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def manual_lock_via_keypad(
        self,
        *,
        device_id: str,
    ) -> models.ActionAttempt:
        """Simulate a Manual Lock Action Using a Keypad

        Simulates a manual lock action using a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            device_id: ID of the device for which you want to simulate a manual lock action using a keypad.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _response = self._transport.request(
            "POST",
            "/locks/simulate/manual_lock_via_keypad",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class LocksResource:
    """Operations on locks."""

    simulate: LocksSimulateResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.simulate = LocksSimulateResource(transport)

    @checked
    def configure_auto_lock(
        self,
        *,
        auto_lock_enabled: bool,
        device_id: str,
        auto_lock_delay_seconds: float | None = None,
    ) -> models.ActionAttempt:
        """Configure Auto-Lock

        Configures the auto-lock setting for a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).

        Args:
            auto_lock_enabled: Whether to enable or disable auto-lock.
            device_id: ID of the lock for which you want to configure the auto-lock.
            auto_lock_delay_seconds: Delay in seconds before the lock automatically locks. Required when enabling auto-lock. Must be between 1 and 60.
        """
        _body: builtins.dict[str, Any] = {}
        _body["auto_lock_enabled"] = to_json(auto_lock_enabled)
        _body["device_id"] = to_json(device_id)
        if auto_lock_delay_seconds is not None:
            _body["auto_lock_delay_seconds"] = to_json(auto_lock_delay_seconds)
        _response = self._transport.request(
            "POST",
            "/locks/configure_auto_lock",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @deprecated("`locks.get` is deprecated: Use `/devices/get` instead.")
    @checked
    def get(
        self,
        *,
        device_id: str | None = None,
        name: str | None = None,
    ) -> models.Device:
        """Get a Lock

        Deprecated: Use `/devices/get` instead.

        Returns a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).

        Args:
            device_id: ID of the lock that you want to get.
            name: Name of the lock that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if name is not None:
            _body["name"] = to_json(name)
        _response = self._transport.request(
            "POST",
            "/locks/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Device",
            self._transport.parse(models.Device, _response, "device"),
        )

    @checked
    def list(
        self,
        *,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        connected_account_ids: Sequence[str] | None = None,
        created_before: str | None = None,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        device_type: models.LocksListRequestDeviceType | str | None = None,
        device_types: Sequence[models.LocksListRequestDeviceType | str] | None = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.LocksListRequestManufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.Device]:
        """List Locks

        Returns a list of all [locks](https://docs.seam.co/low-level-apis/smart-locks).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type of the locks that you want to list.
            device_types: Device types of the locks that you want to list.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer of the locks that you want to list.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned devices to include all records that satisfy a partial match using `device_id` (full or partial UUID prefix, minimum 4 characters), `connected_account_id`, `display_name`, `custom_metadata` or `location.location_name`.
            space_id: ID of the space for which you want to list devices.
            unstable_location_id:
            user_identifier_key: Your own internal user ID for the user for which you want to list devices.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_webview_id is not None:
            _body["connect_webview_id"] = to_json(connect_webview_id)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if custom_metadata_has is not None:
            _body["custom_metadata_has"] = to_json(custom_metadata_has)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if device_type is not None:
            _body["device_type"] = to_json(device_type)
        if device_types is not None:
            _body["device_types"] = to_json(device_types)
        if exclude_if is not None:
            _body["exclude_if"] = to_json(exclude_if)
        if include_if is not None:
            _body["include_if"] = to_json(include_if)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if manufacturer is not None:
            _body["manufacturer"] = to_json(manufacturer)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if not isinstance(unstable_location_id, NotGiven):
            _body["unstable_location_id"] = to_json(unstable_location_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/locks/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )

    @checked
    def lock_door(
        self,
        *,
        device_id: str,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Lock a Lock

        Locks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).

        Args:
            device_id: ID of the lock that you want to lock.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = self._transport.request(
            "POST",
            "/locks/lock_door",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def unlock_door(
        self,
        *,
        device_id: str,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Unlock a Lock

        Unlocks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).

        Args:
            device_id: ID of the lock that you want to unlock.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = self._transport.request(
            "POST",
            "/locks/unlock_door",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AsyncLocksSimulateResource:
    """Operations on locks simulate (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def keypad_code_entry(
        self,
        *,
        code: str,
        device_id: str,
    ) -> models.ActionAttempt:
        """Simulate a Keypad Code Entry

        Simulates the entry of a code on a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            code: Code that you want to simulate entering on a keypad.
            device_id: ID of the device for which you want to simulate a keypad code entry.
        """
        _body: builtins.dict[str, Any] = {}
        _body["code"] = to_json(code)
        _body["device_id"] = to_json(device_id)
        _response = await self._transport.request(
            "POST",
            "/locks/simulate/keypad_code_entry",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def manual_lock_via_keypad(
        self,
        *,
        device_id: str,
    ) -> models.ActionAttempt:
        """Simulate a Manual Lock Action Using a Keypad

        Simulates a manual lock action using a keypad. You can only perform this action for [August](https://docs.seam.co/device-and-system-integration-guides/august-locks) devices within [sandbox workspaces](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            device_id: ID of the device for which you want to simulate a manual lock action using a keypad.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _response = await self._transport.request(
            "POST",
            "/locks/simulate/manual_lock_via_keypad",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AsyncLocksResource:
    """Operations on locks (awaitable)."""

    simulate: AsyncLocksSimulateResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.simulate = AsyncLocksSimulateResource(transport)

    @checked
    async def configure_auto_lock(
        self,
        *,
        auto_lock_enabled: bool,
        device_id: str,
        auto_lock_delay_seconds: float | None = None,
    ) -> models.ActionAttempt:
        """Configure Auto-Lock

        Configures the auto-lock setting for a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).

        Args:
            auto_lock_enabled: Whether to enable or disable auto-lock.
            device_id: ID of the lock for which you want to configure the auto-lock.
            auto_lock_delay_seconds: Delay in seconds before the lock automatically locks. Required when enabling auto-lock. Must be between 1 and 60.
        """
        _body: builtins.dict[str, Any] = {}
        _body["auto_lock_enabled"] = to_json(auto_lock_enabled)
        _body["device_id"] = to_json(device_id)
        if auto_lock_delay_seconds is not None:
            _body["auto_lock_delay_seconds"] = to_json(auto_lock_delay_seconds)
        _response = await self._transport.request(
            "POST",
            "/locks/configure_auto_lock",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @deprecated("`locks.get` is deprecated: Use `/devices/get` instead.")
    @checked
    async def get(
        self,
        *,
        device_id: str | None = None,
        name: str | None = None,
    ) -> models.Device:
        """Get a Lock

        Deprecated: Use `/devices/get` instead.

        Returns a specified [lock](https://docs.seam.co/low-level-apis/smart-locks).

        Args:
            device_id: ID of the lock that you want to get.
            name: Name of the lock that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if name is not None:
            _body["name"] = to_json(name)
        _response = await self._transport.request(
            "POST",
            "/locks/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Device",
            self._transport.parse(models.Device, _response, "device"),
        )

    @checked
    async def list(
        self,
        *,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        connected_account_ids: Sequence[str] | None = None,
        created_before: str | None = None,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        device_type: models.LocksListRequestDeviceType | str | None = None,
        device_types: Sequence[models.LocksListRequestDeviceType | str] | None = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.LocksListRequestManufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.Device]:
        """List Locks

        Returns a list of all [locks](https://docs.seam.co/low-level-apis/smart-locks).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type of the locks that you want to list.
            device_types: Device types of the locks that you want to list.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer of the locks that you want to list.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned devices to include all records that satisfy a partial match using `device_id` (full or partial UUID prefix, minimum 4 characters), `connected_account_id`, `display_name`, `custom_metadata` or `location.location_name`.
            space_id: ID of the space for which you want to list devices.
            unstable_location_id:
            user_identifier_key: Your own internal user ID for the user for which you want to list devices.
        """
        _body: builtins.dict[str, Any] = {}
        if connect_webview_id is not None:
            _body["connect_webview_id"] = to_json(connect_webview_id)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if custom_metadata_has is not None:
            _body["custom_metadata_has"] = to_json(custom_metadata_has)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if device_type is not None:
            _body["device_type"] = to_json(device_type)
        if device_types is not None:
            _body["device_types"] = to_json(device_types)
        if exclude_if is not None:
            _body["exclude_if"] = to_json(exclude_if)
        if include_if is not None:
            _body["include_if"] = to_json(include_if)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if manufacturer is not None:
            _body["manufacturer"] = to_json(manufacturer)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if not isinstance(unstable_location_id, NotGiven):
            _body["unstable_location_id"] = to_json(unstable_location_id)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/locks/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )

    @checked
    async def lock_door(
        self,
        *,
        device_id: str,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Lock a Lock

        Locks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).

        Args:
            device_id: ID of the lock that you want to lock.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = await self._transport.request(
            "POST",
            "/locks/lock_door",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def unlock_door(
        self,
        *,
        device_id: str,
        sync: bool | None = None,
    ) -> models.ActionAttempt:
        """Unlock a Lock

        Unlocks a [lock](https://docs.seam.co/low-level-apis/smart-locks). See also [Locking and Unlocking Smart Locks](https://docs.seam.co/low-level-apis/smart-locks/lock-and-unlock).

        Args:
            device_id: ID of the lock that you want to unlock.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = await self._transport.request(
            "POST",
            "/locks/unlock_door",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )
