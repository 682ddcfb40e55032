"""The `noise_sensors` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import (
    NOT_GIVEN,
    AsyncTransport,
    NotGiven,
    Transport,
    checked,
    to_json,
)


class NoiseSensorsNoiseThresholdsResource:
    """Operations on noise_sensors noise_thresholds."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        device_id: str,
        ends_daily_at: str,
        starts_daily_at: str,
        name: str | None = None,
        noise_threshold_decibels: float | None = None,
        noise_threshold_nrs: float | None = None,
        sync: bool | None = None,
    ) -> models.NoiseThreshold:
        """Create a Noise Threshold

        Creates a new [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors). Thresholds represent the limits of noise tolerated at a property, which can be customized for each hour of the day. Each device has its own default thresholds, but you can use the Seam API to modify them.

        Args:
            device_id: ID of the device for which you want to create a noise threshold.
            ends_daily_at: Time at which the new noise threshold should become inactive daily.
            starts_daily_at: Time at which the new noise threshold should become active daily.
            name: Name of the new noise threshold.
            noise_threshold_decibels: Noise level in decibels for the new noise threshold.
            noise_threshold_nrs: Noise level in Noiseaware Noise Risk Score (NRS) for the new noise threshold. This parameter is only relevant for [Noiseaware sensors](https://docs.seam.co/device-and-system-integration-guides/noiseaware-sensors).
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["ends_daily_at"] = to_json(ends_daily_at)
        _body["starts_daily_at"] = to_json(starts_daily_at)
        if name is not None:
            _body["name"] = to_json(name)
        if noise_threshold_decibels is not None:
            _body["noise_threshold_decibels"] = to_json(noise_threshold_decibels)
        if noise_threshold_nrs is not None:
            _body["noise_threshold_nrs"] = to_json(noise_threshold_nrs)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.NoiseThreshold",
            self._transport.parse(models.NoiseThreshold, _response, "noise_threshold"),
        )

    @checked
    def delete(
        self,
        *,
        device_id: str,
        noise_threshold_id: str,
        sync: bool | None = None,
    ) -> None:
        """Delete a Noise Threshold

        Deletes a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) from a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            device_id: ID of the device that contains the noise threshold that you want to delete.
            noise_threshold_id: ID of the noise threshold that you want to delete.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["noise_threshold_id"] = to_json(noise_threshold_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        noise_threshold_id: str,
    ) -> models.NoiseThreshold:
        """Get a Noise Threshold

        Returns a specified [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            noise_threshold_id: ID of the noise threshold that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["noise_threshold_id"] = to_json(noise_threshold_id)
        _response = self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.NoiseThreshold",
            self._transport.parse(models.NoiseThreshold, _response, "noise_threshold"),
        )

    @checked
    def list(
        self,
        *,
        device_id: str,
        is_programmed: bool | None = None,
    ) -> builtins.list[models.NoiseThreshold]:
        """List Noise Thresholds

        Returns a list of all [noise thresholds](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            device_id: ID of the device for which you want to list noise thresholds.
            is_programmed: Enables you to limit the returned noise thresholds by whether they are programmed on the noise sensor. To list only noise thresholds that are programmed on the noise sensor, set this parameter to `true`. To list only noise thresholds that are not programmed on the noise sensor, se this parameter to `false`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if is_programmed is not None:
            _body["is_programmed"] = to_json(is_programmed)
        _response = self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.NoiseThreshold]",
            self._transport.parse(
                builtins.list[models.NoiseThreshold], _response, "noise_thresholds"
            ),
        )

    @checked
    def update(
        self,
        *,
        device_id: str,
        noise_threshold_id: str,
        ends_daily_at: str | None = None,
        name: str | None = None,
        noise_threshold_decibels: float | None = None,
        noise_threshold_nrs: float | None = None,
        starts_daily_at: str | None = None,
        sync: bool | None = None,
    ) -> None:
        """Update a Noise Threshold

        Updates a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            device_id: ID of the device that contains the noise threshold that you want to update.
            noise_threshold_id: ID of the noise threshold that you want to update.
            ends_daily_at: Time at which the noise threshold should become inactive daily.
            name: Name of the noise threshold that you want to update.
            noise_threshold_decibels: Noise level in decibels for the noise threshold.
            noise_threshold_nrs: Noise level in Noiseaware Noise Risk Score (NRS) for the noise threshold. This parameter is only relevant for [Noiseaware sensors](https://docs.seam.co/device-and-system-integration-guides/noiseaware-sensors).
            starts_daily_at: Time at which the noise threshold should become active daily.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["noise_threshold_id"] = to_json(noise_threshold_id)
        if ends_daily_at is not None:
            _body["ends_daily_at"] = to_json(ends_daily_at)
        if name is not None:
            _body["name"] = to_json(name)
        if noise_threshold_decibels is not None:
            _body["noise_threshold_decibels"] = to_json(noise_threshold_decibels)
        if noise_threshold_nrs is not None:
            _body["noise_threshold_nrs"] = to_json(noise_threshold_nrs)
        if starts_daily_at is not None:
            _body["starts_daily_at"] = to_json(starts_daily_at)
        if sync is not None:
            _body["sync"] = to_json(sync)
        self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/update",
            json=_body,
            authenticated=True,
        )


class NoiseSensorsSimulateResource:
    """Operations on noise_sensors simulate."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def trigger_noise_threshold(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Triggering a Noise Threshold

        Simulates the triggering of a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            device_id: ID of the device for which you want to simulate the triggering of a noise threshold.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/noise_sensors/simulate/trigger_noise_threshold",
            json=_body,
            authenticated=True,
        )


class NoiseSensorsResource:
    """Operations on noise_sensors."""

    noise_thresholds: NoiseSensorsNoiseThresholdsResource
    simulate: NoiseSensorsSimulateResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.noise_thresholds = NoiseSensorsNoiseThresholdsResource(transport)
        self.simulate = NoiseSensorsSimulateResource(transport)

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
        device_type: models.NoiseSensorsListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.NoiseSensorsListRequestDeviceType | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.NoiseSensorsListRequestManufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.Device]:
        """List Noise Sensors

        Returns a list of all [noise sensors](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type of the noise sensors that you want to list.
            device_types: Device types of the noise sensors that you want to list.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturers of the noise sensors that you want to list.
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
            "/noise_sensors/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )


class AsyncNoiseSensorsNoiseThresholdsResource:
    """Operations on noise_sensors noise_thresholds (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        device_id: str,
        ends_daily_at: str,
        starts_daily_at: str,
        name: str | None = None,
        noise_threshold_decibels: float | None = None,
        noise_threshold_nrs: float | None = None,
        sync: bool | None = None,
    ) -> models.NoiseThreshold:
        """Create a Noise Threshold

        Creates a new [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors). Thresholds represent the limits of noise tolerated at a property, which can be customized for each hour of the day. Each device has its own default thresholds, but you can use the Seam API to modify them.

        Args:
            device_id: ID of the device for which you want to create a noise threshold.
            ends_daily_at: Time at which the new noise threshold should become inactive daily.
            starts_daily_at: Time at which the new noise threshold should become active daily.
            name: Name of the new noise threshold.
            noise_threshold_decibels: Noise level in decibels for the new noise threshold.
            noise_threshold_nrs: Noise level in Noiseaware Noise Risk Score (NRS) for the new noise threshold. This parameter is only relevant for [Noiseaware sensors](https://docs.seam.co/device-and-system-integration-guides/noiseaware-sensors).
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["ends_daily_at"] = to_json(ends_daily_at)
        _body["starts_daily_at"] = to_json(starts_daily_at)
        if name is not None:
            _body["name"] = to_json(name)
        if noise_threshold_decibels is not None:
            _body["noise_threshold_decibels"] = to_json(noise_threshold_decibels)
        if noise_threshold_nrs is not None:
            _body["noise_threshold_nrs"] = to_json(noise_threshold_nrs)
        if sync is not None:
            _body["sync"] = to_json(sync)
        _response = await self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.NoiseThreshold",
            self._transport.parse(models.NoiseThreshold, _response, "noise_threshold"),
        )

    @checked
    async def delete(
        self,
        *,
        device_id: str,
        noise_threshold_id: str,
        sync: bool | None = None,
    ) -> None:
        """Delete a Noise Threshold

        Deletes a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) from a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            device_id: ID of the device that contains the noise threshold that you want to delete.
            noise_threshold_id: ID of the noise threshold that you want to delete.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["noise_threshold_id"] = to_json(noise_threshold_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        await self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        noise_threshold_id: str,
    ) -> models.NoiseThreshold:
        """Get a Noise Threshold

        Returns a specified [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            noise_threshold_id: ID of the noise threshold that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["noise_threshold_id"] = to_json(noise_threshold_id)
        _response = await self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.NoiseThreshold",
            self._transport.parse(models.NoiseThreshold, _response, "noise_threshold"),
        )

    @checked
    async def list(
        self,
        *,
        device_id: str,
        is_programmed: bool | None = None,
    ) -> builtins.list[models.NoiseThreshold]:
        """List Noise Thresholds

        Returns a list of all [noise thresholds](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            device_id: ID of the device for which you want to list noise thresholds.
            is_programmed: Enables you to limit the returned noise thresholds by whether they are programmed on the noise sensor. To list only noise thresholds that are programmed on the noise sensor, set this parameter to `true`. To list only noise thresholds that are not programmed on the noise sensor, se this parameter to `false`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if is_programmed is not None:
            _body["is_programmed"] = to_json(is_programmed)
        _response = await self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.NoiseThreshold]",
            self._transport.parse(
                builtins.list[models.NoiseThreshold], _response, "noise_thresholds"
            ),
        )

    @checked
    async def update(
        self,
        *,
        device_id: str,
        noise_threshold_id: str,
        ends_daily_at: str | None = None,
        name: str | None = None,
        noise_threshold_decibels: float | None = None,
        noise_threshold_nrs: float | None = None,
        starts_daily_at: str | None = None,
        sync: bool | None = None,
    ) -> None:
        """Update a Noise Threshold

        Updates a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            device_id: ID of the device that contains the noise threshold that you want to update.
            noise_threshold_id: ID of the noise threshold that you want to update.
            ends_daily_at: Time at which the noise threshold should become inactive daily.
            name: Name of the noise threshold that you want to update.
            noise_threshold_decibels: Noise level in decibels for the noise threshold.
            noise_threshold_nrs: Noise level in Noiseaware Noise Risk Score (NRS) for the noise threshold. This parameter is only relevant for [Noiseaware sensors](https://docs.seam.co/device-and-system-integration-guides/noiseaware-sensors).
            starts_daily_at: Time at which the noise threshold should become active daily.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["noise_threshold_id"] = to_json(noise_threshold_id)
        if ends_daily_at is not None:
            _body["ends_daily_at"] = to_json(ends_daily_at)
        if name is not None:
            _body["name"] = to_json(name)
        if noise_threshold_decibels is not None:
            _body["noise_threshold_decibels"] = to_json(noise_threshold_decibels)
        if noise_threshold_nrs is not None:
            _body["noise_threshold_nrs"] = to_json(noise_threshold_nrs)
        if starts_daily_at is not None:
            _body["starts_daily_at"] = to_json(starts_daily_at)
        if sync is not None:
            _body["sync"] = to_json(sync)
        await self._transport.request(
            "POST",
            "/noise_sensors/noise_thresholds/update",
            json=_body,
            authenticated=True,
        )


class AsyncNoiseSensorsSimulateResource:
    """Operations on noise_sensors simulate (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def trigger_noise_threshold(
        self,
        *,
        device_id: str,
    ) -> None:
        """Simulate Triggering a Noise Threshold

        Simulates the triggering of a [noise threshold](https://docs.seam.co/capability-guides/noise-sensors/configure-noise-threshold-settings) for a [noise sensor](https://docs.seam.co/capability-guides/noise-sensors) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            device_id: ID of the device for which you want to simulate the triggering of a noise threshold.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/noise_sensors/simulate/trigger_noise_threshold",
            json=_body,
            authenticated=True,
        )


class AsyncNoiseSensorsResource:
    """Operations on noise_sensors (awaitable)."""

    noise_thresholds: AsyncNoiseSensorsNoiseThresholdsResource
    simulate: AsyncNoiseSensorsSimulateResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.noise_thresholds = AsyncNoiseSensorsNoiseThresholdsResource(transport)
        self.simulate = AsyncNoiseSensorsSimulateResource(transport)

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
        device_type: models.NoiseSensorsListRequestDeviceType | str | None = None,
        device_types: (
            Sequence[models.NoiseSensorsListRequestDeviceType | str] | None
        ) = None,
        exclude_if: Sequence[models.ExcludeIf | str] | None = None,
        include_if: Sequence[models.IncludeIf | str] | None = None,
        limit: float | None = None,
        manufacturer: models.NoiseSensorsListRequestManufacturer | str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
        unstable_location_id: str | None | NotGiven = NOT_GIVEN,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.Device]:
        """List Noise Sensors

        Returns a list of all [noise sensors](https://docs.seam.co/capability-guides/noise-sensors).

        Args:
            connect_webview_id: ID of the Connect Webview for which you want to list devices.
            connected_account_id: ID of the connected account for which you want to list devices.
            connected_account_ids: Array of IDs of the connected accounts for which you want to list devices.
            created_before: Timestamp by which to limit returned devices. Returns devices created before this timestamp.
            custom_metadata_has: Set of key:value [custom metadata](https://docs.seam.co/core-concepts/devices/adding-custom-metadata-to-a-device) pairs for which you want to list devices.
            customer_key: Customer key for which you want to list devices.
            device_ids: Array of device IDs for which you want to list devices.
            device_type: Device type of the noise sensors that you want to list.
            device_types: Device types of the noise sensors that you want to list.
            exclude_if:
            include_if:
            limit: Numerical limit on the number of devices to return.
            manufacturer: Manufacturers of the noise sensors that you want to list.
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
            "/noise_sensors/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )
