"""The `action_attempts` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Sequence
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


class ActionAttemptsResource:
    """Operations on action_attempts."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
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
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
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
        return cast(
            "builtins.list[models.ActionAttempt]",
            self._transport.parse(
                builtins.list[models.ActionAttempt], _response, "action_attempts"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        action_attempt_ids: Sequence[str] | None = None,
        device_id: str | None = None,
        limit: int | None = None,
    ) -> Iterator[models.ActionAttempt]:
        """List Action Attempts

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of the [action attempts](https://docs.seam.co/core-concepts/action-attempts) that you specify as an array of `action_attempt_id`s.

        Args:
            action_attempt_ids: IDs of the action attempts that you want to retrieve.
            device_id: ID of the device to filter action attempts by.
            limit: Maximum number of records to return per page.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if action_attempt_ids is not None:
                _body["action_attempt_ids"] = to_json(action_attempt_ids)
            if device_id is not None:
                _body["device_id"] = to_json(device_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            _response = self._transport.request(
                "POST",
                "/action_attempts/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.ActionAttempt]",
                self._transport.parse(
                    builtins.list[models.ActionAttempt], _response, "action_attempts"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return


class AsyncActionAttemptsResource:
    """Operations on action_attempts (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
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
        _response = await self._transport.request(
            "POST",
            "/action_attempts/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def list(
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
        _response = await self._transport.request(
            "POST",
            "/action_attempts/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.ActionAttempt]",
            self._transport.parse(
                builtins.list[models.ActionAttempt], _response, "action_attempts"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        action_attempt_ids: Sequence[str] | None = None,
        device_id: str | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[models.ActionAttempt]:
        """List Action Attempts

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of the [action attempts](https://docs.seam.co/core-concepts/action-attempts) that you specify as an array of `action_attempt_id`s.

        Args:
            action_attempt_ids: IDs of the action attempts that you want to retrieve.
            device_id: ID of the device to filter action attempts by.
            limit: Maximum number of records to return per page.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if action_attempt_ids is not None:
                _body["action_attempt_ids"] = to_json(action_attempt_ids)
            if device_id is not None:
                _body["device_id"] = to_json(device_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            _response = await self._transport.request(
                "POST",
                "/action_attempts/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.ActionAttempt]",
                self._transport.parse(
                    builtins.list[models.ActionAttempt], _response, "action_attempts"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return
