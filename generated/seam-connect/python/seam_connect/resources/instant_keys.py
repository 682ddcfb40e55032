"""The `instant_keys` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from typing import Any, cast

from seam_connect import models
from seam_connect._base import AsyncTransport, Transport, checked, to_json


class InstantKeysResource:
    """Operations on instant_keys."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def delete(
        self,
        *,
        instant_key_id: str,
    ) -> None:
        """Delete an Instant Key

        Deletes a specified [Instant Key](https://docs.seam.co/capability-guides/instant-keys).

        Args:
            instant_key_id: ID of the Instant Key that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["instant_key_id"] = to_json(instant_key_id)
        self._transport.request(
            "POST",
            "/instant_keys/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        instant_key_id: str | None = None,
        instant_key_url: str | None = None,
    ) -> models.InstantKey:
        """Get an Instant Key

        Gets an [instant key](https://docs.seam.co/capability-guides/instant-keys).

        Args:
            instant_key_id: ID of the instant key to get.
            instant_key_url: URL of the instant key to get.
        """
        _body: builtins.dict[str, Any] = {}
        if instant_key_id is not None:
            _body["instant_key_id"] = to_json(instant_key_id)
        if instant_key_url is not None:
            _body["instant_key_url"] = to_json(instant_key_url)
        _response = self._transport.request(
            "POST",
            "/instant_keys/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.InstantKey",
            self._transport.parse(models.InstantKey, _response, "instant_key"),
        )

    @checked
    def list(
        self,
        *,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.InstantKey]:
        """List Instant Keys

        Returns a list of all [instant keys](https://docs.seam.co/capability-guides/instant-keys).

        Args:
            user_identity_id: ID of the user identity by which you want to filter the list of Instant Keys.
        """
        _body: builtins.dict[str, Any] = {}
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/instant_keys/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.InstantKey]",
            self._transport.parse(
                builtins.list[models.InstantKey], _response, "instant_keys"
            ),
        )


class AsyncInstantKeysResource:
    """Operations on instant_keys (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def delete(
        self,
        *,
        instant_key_id: str,
    ) -> None:
        """Delete an Instant Key

        Deletes a specified [Instant Key](https://docs.seam.co/capability-guides/instant-keys).

        Args:
            instant_key_id: ID of the Instant Key that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["instant_key_id"] = to_json(instant_key_id)
        await self._transport.request(
            "POST",
            "/instant_keys/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        instant_key_id: str | None = None,
        instant_key_url: str | None = None,
    ) -> models.InstantKey:
        """Get an Instant Key

        Gets an [instant key](https://docs.seam.co/capability-guides/instant-keys).

        Args:
            instant_key_id: ID of the instant key to get.
            instant_key_url: URL of the instant key to get.
        """
        _body: builtins.dict[str, Any] = {}
        if instant_key_id is not None:
            _body["instant_key_id"] = to_json(instant_key_id)
        if instant_key_url is not None:
            _body["instant_key_url"] = to_json(instant_key_url)
        _response = await self._transport.request(
            "POST",
            "/instant_keys/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.InstantKey",
            self._transport.parse(models.InstantKey, _response, "instant_key"),
        )

    @checked
    async def list(
        self,
        *,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.InstantKey]:
        """List Instant Keys

        Returns a list of all [instant keys](https://docs.seam.co/capability-guides/instant-keys).

        Args:
            user_identity_id: ID of the user identity by which you want to filter the list of Instant Keys.
        """
        _body: builtins.dict[str, Any] = {}
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/instant_keys/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.InstantKey]",
            self._transport.parse(
                builtins.list[models.InstantKey], _response, "instant_keys"
            ),
        )
