"""The `events` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import AsyncTransport, Transport, checked, to_json


class EventsResource:
    """Operations on events."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        device_id: str | None = None,
        event_id: str | None = None,
        event_type: str | None = None,
    ) -> models.Event | None:
        """Get an Event

        Returns a specified event. This endpoint returns the same event that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to retrieve an event that already took place.

        Args:
            device_id: Unique identifier for the device that triggered the event that you want to get.
            event_id: Unique identifier for the event that you want to get.
            event_type: Type of the event that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if event_id is not None:
            _body["event_id"] = to_json(event_id)
        if event_type is not None:
            _body["event_type"] = to_json(event_type)
        _response = self._transport.request(
            "POST",
            "/events/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Event | None",
            self._transport.parse(
                models.Event | None, _response, "event", key_optional=True
            ),
        )

    @checked
    def list(
        self,
        *,
        access_code_id: str | None = None,
        access_code_ids: Sequence[str] | None = None,
        access_grant_id: str | None = None,
        access_grant_ids: Sequence[str] | None = None,
        access_method_id: str | None = None,
        access_method_ids: Sequence[str] | None = None,
        acs_access_group_id: str | None = None,
        acs_credential_id: str | None = None,
        acs_encoder_id: str | None = None,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        acs_system_ids: Sequence[str] | None = None,
        acs_user_id: str | None = None,
        between: Sequence[str] | None = None,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        device_ids: Sequence[str] | None = None,
        event_ids: Sequence[str] | None = None,
        event_type: models.EventsListRequestEventType | str | None = None,
        event_types: Sequence[models.EventsListRequestEventType | str] | None = None,
        limit: float | None = None,
        since: str | None = None,
        space_id: str | None = None,
        space_ids: Sequence[str] | None = None,
        unstable_offset: float | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.Event]:
        """List Events

        Returns a list of all events. This endpoint returns the same events that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to filter or see events that already took place.

        Args:
            access_code_id: ID of the access code for which you want to list events.
            access_code_ids: IDs of the access codes for which you want to list events.
            access_grant_id: ID of the access grant for which you want to list events.
            access_grant_ids: IDs of the access grants for which you want to list events.
            access_method_id: ID of the access method for which you want to list events.
            access_method_ids: IDs of the access methods for which you want to list events.
            acs_access_group_id: ID of the ACS access group for which you want to list events.
            acs_credential_id: ID of the ACS credential for which you want to list events.
            acs_encoder_id: ID of the ACS encoder for which you want to list events.
            acs_entrance_id: ID of the ACS entrance for which you want to list events.
            acs_system_id: ID of the access system for which you want to list events.
            acs_system_ids: IDs of the access systems for which you want to list events.
            acs_user_id: ID of the ACS user for which you want to list events.
            between: Lower and upper timestamps to define an exclusive interval containing the events that you want to list. You must include `since` or `between`.
            connect_webview_id: ID of the Connect Webview for which you want to list events.
            connected_account_id: ID of the connected account for which you want to list events.
            customer_key: Customer key for which you want to list events.
            device_id: ID of the device for which you want to list events.
            device_ids: IDs of the devices for which you want to list events.
            event_ids: IDs of the events that you want to list.
            event_type: Type of the events that you want to list.
            event_types: Types of the events that you want to list.
            limit: Numerical limit on the number of events to return.
            since: Timestamp to indicate the beginning generation time for the events that you want to list. You must include `since` or `between`.
            space_id: ID of the space for which you want to list events.
            space_ids: IDs of the spaces for which you want to list events.
            unstable_offset: Offset for the events that you want to list.
            user_identity_id: ID of the user identity for which you want to list events.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if access_code_ids is not None:
            _body["access_code_ids"] = to_json(access_code_ids)
        if access_grant_id is not None:
            _body["access_grant_id"] = to_json(access_grant_id)
        if access_grant_ids is not None:
            _body["access_grant_ids"] = to_json(access_grant_ids)
        if access_method_id is not None:
            _body["access_method_id"] = to_json(access_method_id)
        if access_method_ids is not None:
            _body["access_method_ids"] = to_json(access_method_ids)
        if acs_access_group_id is not None:
            _body["acs_access_group_id"] = to_json(acs_access_group_id)
        if acs_credential_id is not None:
            _body["acs_credential_id"] = to_json(acs_credential_id)
        if acs_encoder_id is not None:
            _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_system_ids is not None:
            _body["acs_system_ids"] = to_json(acs_system_ids)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if between is not None:
            _body["between"] = to_json(between)
        if connect_webview_id is not None:
            _body["connect_webview_id"] = to_json(connect_webview_id)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if event_ids is not None:
            _body["event_ids"] = to_json(event_ids)
        if event_type is not None:
            _body["event_type"] = to_json(event_type)
        if event_types is not None:
            _body["event_types"] = to_json(event_types)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if since is not None:
            _body["since"] = to_json(since)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if space_ids is not None:
            _body["space_ids"] = to_json(space_ids)
        if unstable_offset is not None:
            _body["unstable_offset"] = to_json(unstable_offset)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/events/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Event]",
            self._transport.parse(builtins.list[models.Event], _response, "events"),
        )


class AsyncEventsResource:
    """Operations on events (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        device_id: str | None = None,
        event_id: str | None = None,
        event_type: str | None = None,
    ) -> models.Event | None:
        """Get an Event

        Returns a specified event. This endpoint returns the same event that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to retrieve an event that already took place.

        Args:
            device_id: Unique identifier for the device that triggered the event that you want to get.
            event_id: Unique identifier for the event that you want to get.
            event_type: Type of the event that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if event_id is not None:
            _body["event_id"] = to_json(event_id)
        if event_type is not None:
            _body["event_type"] = to_json(event_type)
        _response = await self._transport.request(
            "POST",
            "/events/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Event | None",
            self._transport.parse(
                models.Event | None, _response, "event", key_optional=True
            ),
        )

    @checked
    async def list(
        self,
        *,
        access_code_id: str | None = None,
        access_code_ids: Sequence[str] | None = None,
        access_grant_id: str | None = None,
        access_grant_ids: Sequence[str] | None = None,
        access_method_id: str | None = None,
        access_method_ids: Sequence[str] | None = None,
        acs_access_group_id: str | None = None,
        acs_credential_id: str | None = None,
        acs_encoder_id: str | None = None,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        acs_system_ids: Sequence[str] | None = None,
        acs_user_id: str | None = None,
        between: Sequence[str] | None = None,
        connect_webview_id: str | None = None,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        device_ids: Sequence[str] | None = None,
        event_ids: Sequence[str] | None = None,
        event_type: models.EventsListRequestEventType | str | None = None,
        event_types: Sequence[models.EventsListRequestEventType | str] | None = None,
        limit: float | None = None,
        since: str | None = None,
        space_id: str | None = None,
        space_ids: Sequence[str] | None = None,
        unstable_offset: float | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.Event]:
        """List Events

        Returns a list of all events. This endpoint returns the same events that would be sent to a [webhook](https://docs.seam.co/developer-tools/webhooks), but it enables you to filter or see events that already took place.

        Args:
            access_code_id: ID of the access code for which you want to list events.
            access_code_ids: IDs of the access codes for which you want to list events.
            access_grant_id: ID of the access grant for which you want to list events.
            access_grant_ids: IDs of the access grants for which you want to list events.
            access_method_id: ID of the access method for which you want to list events.
            access_method_ids: IDs of the access methods for which you want to list events.
            acs_access_group_id: ID of the ACS access group for which you want to list events.
            acs_credential_id: ID of the ACS credential for which you want to list events.
            acs_encoder_id: ID of the ACS encoder for which you want to list events.
            acs_entrance_id: ID of the ACS entrance for which you want to list events.
            acs_system_id: ID of the access system for which you want to list events.
            acs_system_ids: IDs of the access systems for which you want to list events.
            acs_user_id: ID of the ACS user for which you want to list events.
            between: Lower and upper timestamps to define an exclusive interval containing the events that you want to list. You must include `since` or `between`.
            connect_webview_id: ID of the Connect Webview for which you want to list events.
            connected_account_id: ID of the connected account for which you want to list events.
            customer_key: Customer key for which you want to list events.
            device_id: ID of the device for which you want to list events.
            device_ids: IDs of the devices for which you want to list events.
            event_ids: IDs of the events that you want to list.
            event_type: Type of the events that you want to list.
            event_types: Types of the events that you want to list.
            limit: Numerical limit on the number of events to return.
            since: Timestamp to indicate the beginning generation time for the events that you want to list. You must include `since` or `between`.
            space_id: ID of the space for which you want to list events.
            space_ids: IDs of the spaces for which you want to list events.
            unstable_offset: Offset for the events that you want to list.
            user_identity_id: ID of the user identity for which you want to list events.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if access_code_ids is not None:
            _body["access_code_ids"] = to_json(access_code_ids)
        if access_grant_id is not None:
            _body["access_grant_id"] = to_json(access_grant_id)
        if access_grant_ids is not None:
            _body["access_grant_ids"] = to_json(access_grant_ids)
        if access_method_id is not None:
            _body["access_method_id"] = to_json(access_method_id)
        if access_method_ids is not None:
            _body["access_method_ids"] = to_json(access_method_ids)
        if acs_access_group_id is not None:
            _body["acs_access_group_id"] = to_json(acs_access_group_id)
        if acs_credential_id is not None:
            _body["acs_credential_id"] = to_json(acs_credential_id)
        if acs_encoder_id is not None:
            _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_system_ids is not None:
            _body["acs_system_ids"] = to_json(acs_system_ids)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if between is not None:
            _body["between"] = to_json(between)
        if connect_webview_id is not None:
            _body["connect_webview_id"] = to_json(connect_webview_id)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if event_ids is not None:
            _body["event_ids"] = to_json(event_ids)
        if event_type is not None:
            _body["event_type"] = to_json(event_type)
        if event_types is not None:
            _body["event_types"] = to_json(event_types)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if since is not None:
            _body["since"] = to_json(since)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if space_ids is not None:
            _body["space_ids"] = to_json(space_ids)
        if unstable_offset is not None:
            _body["unstable_offset"] = to_json(unstable_offset)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/events/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Event]",
            self._transport.parse(builtins.list[models.Event], _response, "events"),
        )
