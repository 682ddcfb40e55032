"""The `action_attempts` resource group. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import NOT_GIVEN, NotGiven, Transport, parse, to_json


class ActionAttemptsResource:
    """Operations on action_attempts."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get(
        self,
        *,
        action_attempt_id: str,
    ) -> models.ActionAttempt:
        """Get an Action Attempt

        Returns a specified [action attempt](https://docs.seam.co/core-concepts/action-attempts).

        Args:
            action_attempt_id: ID of the action attempt that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["action_attempt_id"] = to_json(action_attempt_id)
        _response = self._transport.request(
            "POST",
            "/action_attempts/get",
            json=_body,
            authenticated=True,
        )
        _data = _response.json()
        _data = _data["action_attempt"]
        return cast("models.ActionAttempt", parse(models.ActionAttempt, _data))

    def list(
        self,
        *,
        action_attempt_ids: Sequence[str] | None = None,
        device_id: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[models.ActionAttempt]:
        """List Action Attempts

        Returns a list of the [action attempts](https://docs.seam.co/core-concepts/action-attempts) that you specify as an array of `action_attempt_id`s.

        Args:
            action_attempt_ids: IDs of the action attempts that you want to retrieve.
            device_id: ID of the device to filter action attempts by.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
        """
        _body: builtins.dict[str, Any] = {}
        if action_attempt_ids is not None:
            _body["action_attempt_ids"] = to_json(action_attempt_ids)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        _response = self._transport.request(
            "POST",
            "/action_attempts/list",
            json=_body,
            authenticated=True,
        )
        _data = _response.json()
        _data = _data["action_attempts"]
        return cast(
            "builtins.list[models.ActionAttempt]",
            parse(builtins.list[models.ActionAttempt], _data),
        )
