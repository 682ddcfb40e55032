"""The `bridges` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, cast

from seam_connect import models
from seam_connect._base import NOT_GIVEN, AsyncTransport, Transport, checked, to_json


class BridgesResource:
    """Operations on bridges."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        bridge_id: str,
    ) -> models.Bridge:
        """Get a Seam Bridge

        Returns a specified [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge).

        Args:
            bridge_id: ID of the Seam Bridge that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["bridge_id"] = to_json(bridge_id)
        _response = self._transport.request(
            "POST",
            "/bridges/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Bridge",
            self._transport.parse(models.Bridge, _response, "bridge"),
        )

    @checked
    def list(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> builtins.list[models.Bridge]:
        """List Seam Bridges

        Returns a list of all [Seam Bridges](https://docs.seam.co/capability-guides/seam-bridge).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/bridges/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Bridge]",
            self._transport.parse(builtins.list[models.Bridge], _response, "bridges"),
        )


class AsyncBridgesResource:
    """Operations on bridges (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        bridge_id: str,
    ) -> models.Bridge:
        """Get a Seam Bridge

        Returns a specified [Seam Bridge](https://docs.seam.co/capability-guides/seam-bridge).

        Args:
            bridge_id: ID of the Seam Bridge that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["bridge_id"] = to_json(bridge_id)
        _response = await self._transport.request(
            "POST",
            "/bridges/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Bridge",
            self._transport.parse(models.Bridge, _response, "bridge"),
        )

    @checked
    async def list(
        self,
        *,
        body: Mapping[str, Any] | None = None,
    ) -> builtins.list[models.Bridge]:
        """List Seam Bridges

        Returns a list of all [Seam Bridges](https://docs.seam.co/capability-guides/seam-bridge).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/bridges/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Bridge]",
            self._transport.parse(builtins.list[models.Bridge], _response, "bridges"),
        )
