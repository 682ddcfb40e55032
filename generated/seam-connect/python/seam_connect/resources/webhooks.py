"""The `webhooks` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import AsyncTransport, Transport, checked, to_json


class WebhooksResource:
    """Operations on webhooks."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create(
        self,
        *,
        url: str,
        event_types: Sequence[str] | None = None,
    ) -> models.Webhook:
        """Create a Webhook

        Creates a new [webhook](https://docs.seam.co/developer-tools/webhooks).

        Args:
            url: URL for the new webhook.
            event_types: Types of events that you want the new webhook to receive.
        """
        _body: builtins.dict[str, Any] = {}
        _body["url"] = to_json(url)
        if event_types is not None:
            _body["event_types"] = to_json(event_types)
        _response = self._transport.request(
            "POST",
            "/webhooks/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Webhook",
            self._transport.parse(models.Webhook, _response, "webhook"),
        )

    @checked
    def delete(
        self,
        *,
        webhook_id: str,
    ) -> None:
        """Delete a Webhook

        Deletes a specified [webhook](https://docs.seam.co/developer-tools/webhooks).

        Args:
            webhook_id: ID of the webhook that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["webhook_id"] = to_json(webhook_id)
        self._transport.request(
            "POST",
            "/webhooks/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        webhook_id: str,
    ) -> models.Webhook:
        """Get a Webhook

        Gets a specified [webhook](https://docs.seam.co/developer-tools/webhooks).

        Args:
            webhook_id: ID of the webhook that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["webhook_id"] = to_json(webhook_id)
        _response = self._transport.request(
            "POST",
            "/webhooks/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Webhook",
            self._transport.parse(models.Webhook, _response, "webhook"),
        )

    @checked
    def list(
        self,
    ) -> builtins.list[models.Webhook]:
        """List Webhooks

        Returns a list of all [webhooks](https://docs.seam.co/developer-tools/webhooks).
        """
        _response = self._transport.request(
            "POST",
            "/webhooks/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Webhook]",
            self._transport.parse(builtins.list[models.Webhook], _response, "webhooks"),
        )

    @checked
    def update(
        self,
        *,
        event_types: Sequence[str],
        webhook_id: str,
    ) -> None:
        """Update a Webhook

        Updates a specified [webhook](https://docs.seam.co/developer-tools/webhooks).

        Args:
            event_types: Types of events that you want the webhook to receive.
            webhook_id: ID of the webhook that you want to update.
        """
        _body: builtins.dict[str, Any] = {}
        _body["event_types"] = to_json(event_types)
        _body["webhook_id"] = to_json(webhook_id)
        self._transport.request(
            "POST",
            "/webhooks/update",
            json=_body,
            authenticated=True,
        )


class AsyncWebhooksResource:
    """Operations on webhooks (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create(
        self,
        *,
        url: str,
        event_types: Sequence[str] | None = None,
    ) -> models.Webhook:
        """Create a Webhook

        Creates a new [webhook](https://docs.seam.co/developer-tools/webhooks).

        Args:
            url: URL for the new webhook.
            event_types: Types of events that you want the new webhook to receive.
        """
        _body: builtins.dict[str, Any] = {}
        _body["url"] = to_json(url)
        if event_types is not None:
            _body["event_types"] = to_json(event_types)
        _response = await self._transport.request(
            "POST",
            "/webhooks/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Webhook",
            self._transport.parse(models.Webhook, _response, "webhook"),
        )

    @checked
    async def delete(
        self,
        *,
        webhook_id: str,
    ) -> None:
        """Delete a Webhook

        Deletes a specified [webhook](https://docs.seam.co/developer-tools/webhooks).

        Args:
            webhook_id: ID of the webhook that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["webhook_id"] = to_json(webhook_id)
        await self._transport.request(
            "POST",
            "/webhooks/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        webhook_id: str,
    ) -> models.Webhook:
        """Get a Webhook

        Gets a specified [webhook](https://docs.seam.co/developer-tools/webhooks).

        Args:
            webhook_id: ID of the webhook that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["webhook_id"] = to_json(webhook_id)
        _response = await self._transport.request(
            "POST",
            "/webhooks/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Webhook",
            self._transport.parse(models.Webhook, _response, "webhook"),
        )

    @checked
    async def list(
        self,
    ) -> builtins.list[models.Webhook]:
        """List Webhooks

        Returns a list of all [webhooks](https://docs.seam.co/developer-tools/webhooks).
        """
        _response = await self._transport.request(
            "POST",
            "/webhooks/list",
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Webhook]",
            self._transport.parse(builtins.list[models.Webhook], _response, "webhooks"),
        )

    @checked
    async def update(
        self,
        *,
        event_types: Sequence[str],
        webhook_id: str,
    ) -> None:
        """Update a Webhook

        Updates a specified [webhook](https://docs.seam.co/developer-tools/webhooks).

        Args:
            event_types: Types of events that you want the webhook to receive.
            webhook_id: ID of the webhook that you want to update.
        """
        _body: builtins.dict[str, Any] = {}
        _body["event_types"] = to_json(event_types)
        _body["webhook_id"] = to_json(webhook_id)
        await self._transport.request(
            "POST",
            "/webhooks/update",
            json=_body,
            authenticated=True,
        )
