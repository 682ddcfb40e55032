"""The `devices` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Literal, cast

from typing_extensions import deprecated

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


class DevicesSimulateResource:
    """Operations on devices simulate."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def connect(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Device Connection

        Simulates connecting a device to Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).

        Args:
            device_id: ID of the device that you want to simulate connecting to Seam.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/devices/simulate/connect",
            json=_body,
            authenticated=True,
        )

    @checked
    def connect_to_hub(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Hub Connection

        Simulates bringing the Wi‑Fi hub (bridge) back online for a device.
        Only applicable for sandbox workspaces and currently
        implemented for August and TTLock locks.
        This will clear the `hub_disconnected` error on the device.

        Args:
            device_id: ID of the device whose hub you want to reconnect.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/devices/simulate/connect_to_hub",
            json=_body,
            authenticated=True,
        )

    @checked
    def disconnect(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Device Disconnection

        Simulates disconnecting a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).

        Args:
            device_id: ID of the device that you want to simulate disconnecting from Seam.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/devices/simulate/disconnect",
            json=_body,
            authenticated=True,
        )

    @checked
    def disconnect_from_hub(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Hub Disconnection

        Simulates taking the Wi‑Fi hub (bridge) offline for a device.
        Only applicable for sandbox workspaces and currently
        implemented for August, TTLock, and IglooHome devices.
        This will set the `hub_disconnected` error on the device, or mark the
        IglooHome bridge offline in sandbox.

        Args:
            device_id: ID of the device whose hub you want to disconnect.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/devices/simulate/disconnect_from_hub",
            json=_body,
            authenticated=True,
        )

    @checked
    def paid_subscription(
        self,
        *,
        device_id: str,
        is_expired: bool,
    ) -> None:
        """Simulate Paid Subscription

        Toggle the simulated Nuki Smart Hosting subscription for a device (sandbox only).
        Send `is_expired: true` to simulate an expired subscription, or `false` to simulate an active subscription.
        The actual device error is created/cleared by the poller after this state change.

        Args:
            device_id:
            is_expired:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["is_expired"] = to_json(is_expired)
        self._transport.request(
            "POST",
            "/devices/simulate/paid_subscription",
            json=_body,
            authenticated=True,
        )

    @checked
    def remove(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Device Removal

        Simulates removing a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).

        Args:
            device_id: ID of the device that you want to simulate removing from Seam.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/devices/simulate/remove",
            json=_body,
            authenticated=True,
        )


class DevicesUnmanagedResource:
    """Operations on devices unmanaged."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        device_id: str | None = None,
        name: str | None = None,
    ) -> models.UnmanagedDevice:
        """Get an Unmanaged Device

        Returns a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).

        An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).

        You must specify either `device_id` or `name`.

        Args:
            device_id: ID of the unmanaged device that you want to get.
            name: Name of the unmanaged device that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if name is not None:
            _body["name"] = to_json(name)
        _response = self._transport.request(
            "POST",
            "/devices/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedDevice",
            self._transport.parse(models.UnmanagedDevice, _response, "device"),
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
        device_type: models.DevicesUnmanagedListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.DevicesUnmanagedListRequestDeviceTypesItem | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.Manufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.UnmanagedDevice]:
        """List Unmanaged Devices

        Returns a list of all [unmanaged devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).

        An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type for which you want to list devices.
            device_types: Array of device types for which you want to list devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer for which you want to list devices.
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
            "/devices/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedDevice]",
            self._transport.parse(
                builtins.list[models.UnmanagedDevice], _response, "devices"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        connected_account_ids: Sequence[str] | None = None,
        created_before: str | None = None,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        device_type: models.DevicesUnmanagedListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.DevicesUnmanagedListRequestDeviceTypesItem | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.Manufacturer | str | None = None,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> Iterator[models.UnmanagedDevice]:
        """List Unmanaged Devices

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [unmanaged devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).

        An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type for which you want to list devices.
            device_types: Array of device types for which you want to list devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer for which you want to list devices.
            search: String for which to search. Filters returned devices to include all records that satisfy a partial match using `device_id` (full or partial UUID prefix, minimum 4 characters), `connected_account_id`, `display_name`, `custom_metadata` or `location.location_name`.
            space_id: ID of the space for which you want to list devices.
            unstable_location_id:
            user_identifier_key: Your own internal user ID for the user for which you want to list devices.
        """
        _cursor: str | None = None
        while True:
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
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
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
                "/devices/unmanaged/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.UnmanagedDevice]",
                self._transport.parse(
                    builtins.list[models.UnmanagedDevice], _response, "devices"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def update(
        self,
        *,
        device_id: str,
        custom_metadata: Mapping[str, str | bool | None] | None = None,
        is_managed: Literal[True] | None = None,
    ) -> None:
        """Update an Unmanaged Device

        Updates a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices). To convert an unmanaged device to managed, set `is_managed` to `true`.

        An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).

        Args:
            device_id: ID of the unmanaged device that you want to update.
            custom_metadata: Custom metadata that you want to associate with the device. Supports up to 50 JSON key:value pairs.
            is_managed: Indicates whether the device is managed. Set this parameter to `true` to convert an unmanaged device to managed.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if custom_metadata is not None:
            _body["custom_metadata"] = to_json(custom_metadata)
        if is_managed is not None:
            _body["is_managed"] = to_json(is_managed)
        self._transport.request(
            "POST",
            "/devices/unmanaged/update",
            json=_body,
            authenticated=True,
        )


class DevicesResource:
    """Operations on devices."""

    simulate: DevicesSimulateResource
    unmanaged: DevicesUnmanagedResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.simulate = DevicesSimulateResource(transport)
        self.unmanaged = DevicesUnmanagedResource(transport)

    @deprecated(
        "`devices.delete` is deprecated: Deleting a device is no longer supported and will be removed."
    )
    @checked
    def delete(
        self,
        *,
        device_id: str,
    ) -> None:
        """Delete a Device

        Deprecated: Deleting a device is no longer supported and will be removed.

        Deletes a specified [device](https://docs.seam.co/core-concepts/devices).

        Args:
            device_id: ID of the device that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/devices/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        device_id: str | None = None,
        name: str | None = None,
    ) -> models.Device:
        """Get a Device

        Returns a specified [device](https://docs.seam.co/core-concepts/devices).

        You must specify either `device_id` or `name`.

        Args:
            device_id: ID of the device that you want to get.
            name: Name of the device that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if name is not None:
            _body["name"] = to_json(name)
        _response = self._transport.request(
            "POST",
            "/devices/get",
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
        device_type: models.DevicesListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.DevicesListRequestDeviceTypesItem | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.Manufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.Device]:
        """List Devices

        Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type for which you want to list devices.
            device_types: Array of device types for which you want to list devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer for which you want to list devices.
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
            "/devices/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )

    @checked
    def iter_list(
        self,
        *,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        connected_account_ids: Sequence[str] | None = None,
        created_before: str | None = None,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        device_type: models.DevicesListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.DevicesListRequestDeviceTypesItem | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.Manufacturer | str | None = None,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> Iterator[models.Device]:
        """List Devices

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type for which you want to list devices.
            device_types: Array of device types for which you want to list devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer for which you want to list devices.
            search: String for which to search. Filters returned devices to include all records that satisfy a partial match using `device_id` (full or partial UUID prefix, minimum 4 characters), `connected_account_id`, `display_name`, `custom_metadata` or `location.location_name`.
            space_id: ID of the space for which you want to list devices.
            unstable_location_id:
            user_identifier_key: Your own internal user ID for the user for which you want to list devices.
        """
        _cursor: str | None = None
        while True:
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
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
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
                "/devices/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.Device]",
                self._transport.parse(
                    builtins.list[models.Device], _response, "devices"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def list_device_providers(
        self,
        *,
        provider_category: (
            models.ListDeviceProvidersRequestProviderCategory | str | None
        ) = None,
    ) -> builtins.list[models.DeviceProvider]:
        """List Device Providers

        Returns a list of all device providers.

        The information that this endpoint returns for each provider includes a set of [capability flags](https://docs.seam.co/capability-guides/device-and-system-capabilities#capability-flags), such as `device_provider.can_remotely_unlock`. If at least one supported device from a provider has a specific capability, the corresponding capability flag is `true`.

        When you create a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews), you can customize the providers—that is, the brands—that it displays. In the `/connect_webviews/create` request, include the desired set of device provider keys in the `accepted_providers` parameter. See also [Customize the Brands to Display in Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-brands-to-display-in-your-connect-webviews).

        Args:
            provider_category: Category for which you want to list providers.
        """
        _body: builtins.dict[str, Any] = {}
        if provider_category is not None:
            _body["provider_category"] = to_json(provider_category)
        _response = self._transport.request(
            "POST",
            "/devices/list_device_providers",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.DeviceProvider]",
            self._transport.parse(
                builtins.list[models.DeviceProvider], _response, "device_providers"
            ),
        )

    @checked
    def report_provider_metadata(
        self,
        *,
        devices: Sequence[
            models.ReportProviderMetadataRequestDevice | Mapping[str, Any]
        ],
    ) -> None:
        """Report Provider Metadata

        Updates provider-specific metadata for devices.

        Args:
            devices: Array of devices with provider metadata to update
        """
        _body: builtins.dict[str, Any] = {}
        _body["devices"] = to_json(devices)
        self._transport.request(
            "POST",
            "/devices/report_provider_metadata",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        device_id: str,
        backup_access_code_pool_enabled: bool | None = None,
        custom_metadata: Mapping[str, str | bool | None] | None = None,
        is_managed: bool | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
        properties: (
            models.DevicesUpdateRequestProperties | Mapping[str, Any] | None
        ) = None,
    ) -> None:
        """Update a Device

        Updates a specified [device](https://docs.seam.co/core-concepts/devices).

        You can add or change [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) for a device, change the device's name, or [convert a managed device to unmanaged](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).

        Args:
            device_id: ID of the device that you want to update.
            backup_access_code_pool_enabled: Indicates whether the device's [backup access code pool](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes) is enabled. Set to `false` to disable the pool: Seam stops refilling it and removes any backup codes that have not yet been pulled into active use.
            custom_metadata: Custom metadata that you want to associate with the device. Supports up to 50 JSON key:value pairs. [Adding custom metadata to a device](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) enables you to store custom information, like customer details or internal IDs from your application. Then, you can [filter devices by the desired metadata](https://docs.seam.co/core-concepts/devices/filtering-devices-by-custom-metadata).
            is_managed: Indicates whether the device is managed. To unmanage a device, set `is_managed` to `false`.
            name: Name for the device.
            properties:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if backup_access_code_pool_enabled is not None:
            _body["backup_access_code_pool_enabled"] = to_json(
                backup_access_code_pool_enabled
            )
        if custom_metadata is not None:
            _body["custom_metadata"] = to_json(custom_metadata)
        if is_managed is not None:
            _body["is_managed"] = to_json(is_managed)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if properties is not None:
            _body["properties"] = to_json(properties)
        self._transport.request(
            "POST",
            "/devices/update",
            json=_body,
            authenticated=True,
        )


class AsyncDevicesSimulateResource:
    """Operations on devices simulate (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def connect(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Device Connection

        Simulates connecting a device to Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).

        Args:
            device_id: ID of the device that you want to simulate connecting to Seam.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/devices/simulate/connect",
            json=_body,
            authenticated=True,
        )

    @checked
    async def connect_to_hub(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Hub Connection

        Simulates bringing the Wi‑Fi hub (bridge) back online for a device.
        Only applicable for sandbox workspaces and currently
        implemented for August and TTLock locks.
        This will clear the `hub_disconnected` error on the device.

        Args:
            device_id: ID of the device whose hub you want to reconnect.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/devices/simulate/connect_to_hub",
            json=_body,
            authenticated=True,
        )

    @checked
    async def disconnect(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Device Disconnection

        Simulates disconnecting a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).

        Args:
            device_id: ID of the device that you want to simulate disconnecting from Seam.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/devices/simulate/disconnect",
            json=_body,
            authenticated=True,
        )

    @checked
    async def disconnect_from_hub(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Hub Disconnection

        Simulates taking the Wi‑Fi hub (bridge) offline for a device.
        Only applicable for sandbox workspaces and currently
        implemented for August, TTLock, and IglooHome devices.
        This will set the `hub_disconnected` error on the device, or mark the
        IglooHome bridge offline in sandbox.

        Args:
            device_id: ID of the device whose hub you want to disconnect.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/devices/simulate/disconnect_from_hub",
            json=_body,
            authenticated=True,
        )

    @checked
    async def paid_subscription(
        self,
        *,
        device_id: str,
        is_expired: bool,
    ) -> None:
        """Simulate Paid Subscription

        Toggle the simulated Nuki Smart Hosting subscription for a device (sandbox only).
        Send `is_expired: true` to simulate an expired subscription, or `false` to simulate an active subscription.
        The actual device error is created/cleared by the poller after this state change.

        Args:
            device_id:
            is_expired:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["is_expired"] = to_json(is_expired)
        await self._transport.request(
            "POST",
            "/devices/simulate/paid_subscription",
            json=_body,
            authenticated=True,
        )

    @checked
    async def remove(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Device Removal

        Simulates removing a device from Seam. Only applicable for [sandbox devices](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Testing Your App Against Device Disconnection and Removal](https://docs.seam.co/core-concepts/devices/testing-your-app-against-device-disconnection-and-removal).

        Args:
            device_id: ID of the device that you want to simulate removing from Seam.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/devices/simulate/remove",
            json=_body,
            authenticated=True,
        )


class AsyncDevicesUnmanagedResource:
    """Operations on devices unmanaged (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        device_id: str | None = None,
        name: str | None = None,
    ) -> models.UnmanagedDevice:
        """Get an Unmanaged Device

        Returns a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).

        An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).

        You must specify either `device_id` or `name`.

        Args:
            device_id: ID of the unmanaged device that you want to get.
            name: Name of the unmanaged device that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if name is not None:
            _body["name"] = to_json(name)
        _response = await self._transport.request(
            "POST",
            "/devices/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedDevice",
            self._transport.parse(models.UnmanagedDevice, _response, "device"),
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
        device_type: models.DevicesUnmanagedListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.DevicesUnmanagedListRequestDeviceTypesItem | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.Manufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.UnmanagedDevice]:
        """List Unmanaged Devices

        Returns a list of all [unmanaged devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).

        An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type for which you want to list devices.
            device_types: Array of device types for which you want to list devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer for which you want to list devices.
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
            "/devices/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedDevice]",
            self._transport.parse(
                builtins.list[models.UnmanagedDevice], _response, "devices"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        connected_account_ids: Sequence[str] | None = None,
        created_before: str | None = None,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        device_type: models.DevicesUnmanagedListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.DevicesUnmanagedListRequestDeviceTypesItem | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.Manufacturer | str | None = None,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> AsyncIterator[models.UnmanagedDevice]:
        """List Unmanaged Devices

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [unmanaged devices](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).

        An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type for which you want to list devices.
            device_types: Array of device types for which you want to list devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer for which you want to list devices.
            search: String for which to search. Filters returned devices to include all records that satisfy a partial match using `device_id` (full or partial UUID prefix, minimum 4 characters), `connected_account_id`, `display_name`, `custom_metadata` or `location.location_name`.
            space_id: ID of the space for which you want to list devices.
            unstable_location_id:
            user_identifier_key: Your own internal user ID for the user for which you want to list devices.
        """
        _cursor: str | None = None
        while True:
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
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
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
                "/devices/unmanaged/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.UnmanagedDevice]",
                self._transport.parse(
                    builtins.list[models.UnmanagedDevice], _response, "devices"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def update(
        self,
        *,
        device_id: str,
        custom_metadata: Mapping[str, str | bool | None] | None = None,
        is_managed: Literal[True] | None = None,
    ) -> None:
        """Update an Unmanaged Device

        Updates a specified [unmanaged device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices). To convert an unmanaged device to managed, set `is_managed` to `true`.

        An unmanaged device has a limited set of visible properties and a subset of supported events. You cannot control an unmanaged device. Any [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) on an unmanaged device are unmanaged. To control an unmanaged device with Seam, [convert it to a managed device](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices#convert-an-unmanaged-device-to-managed).

        Args:
            device_id: ID of the unmanaged device that you want to update.
            custom_metadata: Custom metadata that you want to associate with the device. Supports up to 50 JSON key:value pairs.
            is_managed: Indicates whether the device is managed. Set this parameter to `true` to convert an unmanaged device to managed.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if custom_metadata is not None:
            _body["custom_metadata"] = to_json(custom_metadata)
        if is_managed is not None:
            _body["is_managed"] = to_json(is_managed)
        await self._transport.request(
            "POST",
            "/devices/unmanaged/update",
            json=_body,
            authenticated=True,
        )


class AsyncDevicesResource:
    """Operations on devices (awaitable)."""

    simulate: AsyncDevicesSimulateResource
    unmanaged: AsyncDevicesUnmanagedResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.simulate = AsyncDevicesSimulateResource(transport)
        self.unmanaged = AsyncDevicesUnmanagedResource(transport)

    @deprecated(
        "`devices.delete` is deprecated: Deleting a device is no longer supported and will be removed."
    )
    @checked
    async def delete(
        self,
        *,
        device_id: str,
    ) -> None:
        """Delete a Device

        Deprecated: Deleting a device is no longer supported and will be removed.

        Deletes a specified [device](https://docs.seam.co/core-concepts/devices).

        Args:
            device_id: ID of the device that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/devices/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        device_id: str | None = None,
        name: str | None = None,
    ) -> models.Device:
        """Get a Device

        Returns a specified [device](https://docs.seam.co/core-concepts/devices).

        You must specify either `device_id` or `name`.

        Args:
            device_id: ID of the device that you want to get.
            name: Name of the device that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if name is not None:
            _body["name"] = to_json(name)
        _response = await self._transport.request(
            "POST",
            "/devices/get",
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
        device_type: models.DevicesListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.DevicesListRequestDeviceTypesItem | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.Manufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.Device]:
        """List Devices

        Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type for which you want to list devices.
            device_types: Array of device types for which you want to list devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer for which you want to list devices.
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
            "/devices/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )

    @checked
    async def iter_list(
        self,
        *,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        connected_account_ids: Sequence[str] | None = None,
        created_before: str | None = None,
        custom_metadata_has: Mapping[str, str | bool] | None = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        device_type: models.DevicesListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.DevicesListRequestDeviceTypesItem | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.Manufacturer | str | None = None,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> AsyncIterator[models.Device]:
        """List Devices

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [devices](https://docs.seam.co/core-concepts/devices).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type for which you want to list devices.
            device_types: Array of device types for which you want to list devices.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturer for which you want to list devices.
            search: String for which to search. Filters returned devices to include all records that satisfy a partial match using `device_id` (full or partial UUID prefix, minimum 4 characters), `connected_account_id`, `display_name`, `custom_metadata` or `location.location_name`.
            space_id: ID of the space for which you want to list devices.
            unstable_location_id:
            user_identifier_key: Your own internal user ID for the user for which you want to list devices.
        """
        _cursor: str | None = None
        while True:
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
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
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
                "/devices/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.Device]",
                self._transport.parse(
                    builtins.list[models.Device], _response, "devices"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def list_device_providers(
        self,
        *,
        provider_category: (
            models.ListDeviceProvidersRequestProviderCategory | str | None
        ) = None,
    ) -> builtins.list[models.DeviceProvider]:
        """List Device Providers

        Returns a list of all device providers.

        The information that this endpoint returns for each provider includes a set of [capability flags](https://docs.seam.co/capability-guides/device-and-system-capabilities#capability-flags), such as `device_provider.can_remotely_unlock`. If at least one supported device from a provider has a specific capability, the corresponding capability flag is `true`.

        When you create a [Connect Webview](https://docs.seam.co/core-concepts/connect-webviews), you can customize the providers—that is, the brands—that it displays. In the `/connect_webviews/create` request, include the desired set of device provider keys in the `accepted_providers` parameter. See also [Customize the Brands to Display in Your Connect Webviews](https://docs.seam.co/core-concepts/connect-webviews/customizing-connect-webviews#customize-the-brands-to-display-in-your-connect-webviews).

        Args:
            provider_category: Category for which you want to list providers.
        """
        _body: builtins.dict[str, Any] = {}
        if provider_category is not None:
            _body["provider_category"] = to_json(provider_category)
        _response = await self._transport.request(
            "POST",
            "/devices/list_device_providers",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.DeviceProvider]",
            self._transport.parse(
                builtins.list[models.DeviceProvider], _response, "device_providers"
            ),
        )

    @checked
    async def report_provider_metadata(
        self,
        *,
        devices: Sequence[
            models.ReportProviderMetadataRequestDevice | Mapping[str, Any]
        ],
    ) -> None:
        """Report Provider Metadata

        Updates provider-specific metadata for devices.

        Args:
            devices: Array of devices with provider metadata to update
        """
        _body: builtins.dict[str, Any] = {}
        _body["devices"] = to_json(devices)
        await self._transport.request(
            "POST",
            "/devices/report_provider_metadata",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        device_id: str,
        backup_access_code_pool_enabled: bool | None = None,
        custom_metadata: Mapping[str, str | bool | None] | None = None,
        is_managed: bool | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
        properties: (
            models.DevicesUpdateRequestProperties | Mapping[str, Any] | None
        ) = None,
    ) -> None:
        """Update a Device

        Updates a specified [device](https://docs.seam.co/core-concepts/devices).

        You can add or change [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) for a device, change the device's name, or [convert a managed device to unmanaged](https://docs.seam.co/core-concepts/devices/managed-and-unmanaged-devices).

        Args:
            device_id: ID of the device that you want to update.
            backup_access_code_pool_enabled: Indicates whether the device's [backup access code pool](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes) is enabled. Set to `false` to disable the pool: Seam stops refilling it and removes any backup codes that have not yet been pulled into active use.
            custom_metadata: Custom metadata that you want to associate with the device. Supports up to 50 JSON key:value pairs. [Adding custom metadata to a device](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) enables you to store custom information, like customer details or internal IDs from your application. Then, you can [filter devices by the desired metadata](https://docs.seam.co/core-concepts/devices/filtering-devices-by-custom-metadata).
            is_managed: Indicates whether the device is managed. To unmanage a device, set `is_managed` to `false`.
            name: Name for the device.
            properties:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if backup_access_code_pool_enabled is not None:
            _body["backup_access_code_pool_enabled"] = to_json(
                backup_access_code_pool_enabled
            )
        if custom_metadata is not None:
            _body["custom_metadata"] = to_json(custom_metadata)
        if is_managed is not None:
            _body["is_managed"] = to_json(is_managed)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if properties is not None:
            _body["properties"] = to_json(properties)
        await self._transport.request(
            "POST",
            "/devices/update",
            json=_body,
            authenticated=True,
        )
