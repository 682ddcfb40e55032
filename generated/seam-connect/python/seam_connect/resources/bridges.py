"""The `bridges` resource group. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, cast

from seam_connect import models
from seam_connect._base import NOT_GIVEN, Transport, parse, to_json


class BridgesResource:
    """Operations on bridges."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

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
        _data = _response.json()
        _data = _data["bridge"]
        return cast("models.Bridge", parse(models.Bridge, _data))

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
        _data = _response.json()
        _data = _data["bridges"]
        return cast(
            "builtins.list[models.Bridge]", parse(builtins.list[models.Bridge], _data)
        )
