"""The `spaces` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
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


class SpacesResource:
    """Operations on spaces."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def add_acs_entrances(
        self,
        *,
        acs_entrance_ids: Sequence[str],
        space_id: str,
    ) -> None:
        """Add Entrances to a Space

        Adds [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) to a specific space.

        Args:
            acs_entrance_ids: IDs of the entrances that you want to add to the space.
            space_id: ID of the space to which you want to add entrances.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        _body["space_id"] = to_json(space_id)
        self._transport.request(
            "POST",
            "/spaces/add_acs_entrances",
            json=_body,
            authenticated=True,
        )

    @checked
    def add_connected_account(
        self,
        *,
        connected_account_id: str,
        space_id: str,
    ) -> None:
        """Add a Connected Account to a Space

        Adds a [connected account](https://docs.seam.co/core-concepts/connected-accounts) to a specific space.

        Args:
            connected_account_id: ID of the connected account that you want to add to the space.
            space_id: ID of the space to which you want to add the connected account.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        _body["space_id"] = to_json(space_id)
        self._transport.request(
            "POST",
            "/spaces/add_connected_account",
            json=_body,
            authenticated=True,
        )

    @checked
    def add_devices(
        self,
        *,
        device_ids: Sequence[str],
        space_id: str,
    ) -> None:
        """Add Devices to a Space

        Adds devices to a specific space.

        Args:
            device_ids: IDs of the devices that you want to add to the space.
            space_id: ID of the space to which you want to add devices.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_ids"] = to_json(device_ids)
        _body["space_id"] = to_json(space_id)
        self._transport.request(
            "POST",
            "/spaces/add_devices",
            json=_body,
            authenticated=True,
        )

    @checked
    def create(
        self,
        *,
        name: str,
        acs_entrance_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        customer_data: (
            models.SpacesCreateRequestCustomerData | Mapping[str, Any] | None
        ) = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        space_key: str | None = None,
    ) -> models.Space:
        """Create a Space

        Creates a new space.

        Args:
            name: Name of the space that you want to create.
            acs_entrance_ids: IDs of the entrances that you want to add to the new space.
            connected_account_ids: IDs of connected accounts to associate with the new space. Persisted on seam.location_third_party_account so the UI can show which provider account(s) a space came from.
            customer_data: Reservation/stay-related defaults for the space.
            customer_key: Customer key for which you want to create the space.
            device_ids: IDs of the devices that you want to add to the new space.
            space_key: Unique key for the space within the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = self._transport.request(
            "POST",
            "/spaces/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "space"),
        )

    @checked
    def delete(
        self,
        *,
        space_id: str,
    ) -> None:
        """Delete a Space

        Deletes a space.

        Args:
            space_id: ID of the space that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        self._transport.request(
            "POST",
            "/spaces/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        body: (
            models.SpacesGetRequestWithSpaceId
            | models.SpacesGetRequestWithSpaceKey
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.Space:
        """Get a Space

        Gets a space.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/spaces/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "space"),
        )

    @checked
    def get_related(
        self,
        *,
        exclude: Sequence[models.SpacesGetRelatedRequestExclude | str] | None = None,
        include: Sequence[models.SpacesGetRelatedRequestInclude | str] | None = None,
        space_ids: Sequence[str] | None = None,
        space_keys: Sequence[str] | None = None,
    ) -> models.SpacesGetRelatedResponseBatch:
        """Get related Space resources

        Gets all related resources for one or more Spaces.

        Args:
            exclude:
            include:
            space_ids: IDs of the spaces that you want to get along with their related resources.
            space_keys: Keys of the spaces that you want to get along with their related resources.
        """
        _body: builtins.dict[str, Any] = {}
        if exclude is not None:
            _body["exclude"] = to_json(exclude)
        if include is not None:
            _body["include"] = to_json(include)
        if space_ids is not None:
            _body["space_ids"] = to_json(space_ids)
        if space_keys is not None:
            _body["space_keys"] = to_json(space_keys)
        _response = self._transport.request(
            "POST",
            "/spaces/get_related",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SpacesGetRelatedResponseBatch",
            self._transport.parse(
                models.SpacesGetRelatedResponseBatch, _response, "batch"
            ),
        )

    @checked
    def list(
        self,
        *,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        parent_space_id: str | None = None,
        parent_space_key: str | None = None,
        search: str | None = None,
        space_key: str | None = None,
    ) -> builtins.list[models.Space]:
        """List Spaces

        Returns a list of all spaces.

        Args:
            connected_account_id: Filter spaces to only include those that contain devices or access control systems belonging to the specified connected account.
            customer_key: Customer key for which you want to list spaces.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            parent_space_id: Filter spaces to only include those whose parent space has the specified `parent_space_id`.
            parent_space_key: Filter spaces to only include those whose parent space has the specified `parent_space_key`.
            search: String for which to search. Filters returned spaces to include all records that satisfy a partial match using `name`, `space_key`, or `customer_key`.
            space_key: Filter spaces by space_key.
        """
        _body: builtins.dict[str, Any] = {}
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if parent_space_id is not None:
            _body["parent_space_id"] = to_json(parent_space_id)
        if parent_space_key is not None:
            _body["parent_space_key"] = to_json(parent_space_key)
        if search is not None:
            _body["search"] = to_json(search)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = self._transport.request(
            "POST",
            "/spaces/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Space]",
            self._transport.parse(builtins.list[models.Space], _response, "spaces"),
        )

    @checked
    def iter_list(
        self,
        *,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        limit: float | None = None,
        parent_space_id: str | None = None,
        parent_space_key: str | None = None,
        search: str | None = None,
        space_key: str | None = None,
    ) -> Iterator[models.Space]:
        """List Spaces

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all spaces.

        Args:
            connected_account_id: Filter spaces to only include those that contain devices or access control systems belonging to the specified connected account.
            customer_key: Customer key for which you want to list spaces.
            limit: Maximum number of records to return per page.
            parent_space_id: Filter spaces to only include those whose parent space has the specified `parent_space_id`.
            parent_space_key: Filter spaces to only include those whose parent space has the specified `parent_space_key`.
            search: String for which to search. Filters returned spaces to include all records that satisfy a partial match using `name`, `space_key`, or `customer_key`.
            space_key: Filter spaces by space_key.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if connected_account_id is not None:
                _body["connected_account_id"] = to_json(connected_account_id)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if parent_space_id is not None:
                _body["parent_space_id"] = to_json(parent_space_id)
            if parent_space_key is not None:
                _body["parent_space_key"] = to_json(parent_space_key)
            if search is not None:
                _body["search"] = to_json(search)
            if space_key is not None:
                _body["space_key"] = to_json(space_key)
            _response = self._transport.request(
                "POST",
                "/spaces/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.Space]",
                self._transport.parse(builtins.list[models.Space], _response, "spaces"),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def remove_acs_entrances(
        self,
        *,
        acs_entrance_ids: Sequence[str],
        space_id: str,
    ) -> None:
        """Remove Entrances from a Space

        Removes [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) from a specific space.

        Args:
            acs_entrance_ids: IDs of the entrances that you want to remove from the space.
            space_id: ID of the space from which you want to remove entrances.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        _body["space_id"] = to_json(space_id)
        self._transport.request(
            "POST",
            "/spaces/remove_acs_entrances",
            json=_body,
            authenticated=True,
        )

    @checked
    def remove_connected_account(
        self,
        *,
        connected_account_id: str,
        space_id: str,
    ) -> None:
        """Remove a Connected Account from a Space

        Removes a [connected account](https://docs.seam.co/core-concepts/connected-accounts) from a specific space.

        Args:
            connected_account_id: ID of the connected account that you want to remove from the space.
            space_id: ID of the space from which you want to remove the connected account.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        _body["space_id"] = to_json(space_id)
        self._transport.request(
            "POST",
            "/spaces/remove_connected_account",
            json=_body,
            authenticated=True,
        )

    @checked
    def remove_devices(
        self,
        *,
        device_ids: Sequence[str],
        space_id: str,
    ) -> None:
        """Remove Devices from a Space

        Removes devices from a specific space.

        Args:
            device_ids: IDs of the devices that you want to remove from the space.
            space_id: ID of the space from which you want to remove devices.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_ids"] = to_json(device_ids)
        _body["space_id"] = to_json(space_id)
        self._transport.request(
            "POST",
            "/spaces/remove_devices",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        acs_entrance_ids: Sequence[str] | None = None,
        customer_data: (
            models.SpacesUpdateRequestCustomerData | Mapping[str, Any] | None
        ) = None,
        device_ids: Sequence[str] | None = None,
        name: str | None = None,
        parent_space_id: str | None = None,
        parent_space_key: str | None = None,
        space_id: str | None = None,
        space_key: str | None = None,
    ) -> models.Space:
        """Update a Space

        Updates an existing space.

        Args:
            acs_entrance_ids: IDs of the entrances that you want to set for the space. If specified, this will replace all existing entrances.
            customer_data: Reservation/stay-related defaults for the space. Only the keys you provide are updated; omit a key to leave it unchanged. Pass null on a key to clear it.
            device_ids: IDs of the devices that you want to set for the space. If specified, this will replace all existing devices.
            name: Name of the space.
            parent_space_id: Reassign this space to the parent space (site) with this `parent_space_id`.
            parent_space_key: Reassign this space to the parent space (site) with this `parent_space_key`.
            space_id: ID of the space that you want to update.
            space_key: Unique key of the space that you want to update.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if name is not None:
            _body["name"] = to_json(name)
        if parent_space_id is not None:
            _body["parent_space_id"] = to_json(parent_space_id)
        if parent_space_key is not None:
            _body["parent_space_key"] = to_json(parent_space_key)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = self._transport.request(
            "POST",
            "/spaces/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "space"),
        )


class AsyncSpacesResource:
    """Operations on spaces (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def add_acs_entrances(
        self,
        *,
        acs_entrance_ids: Sequence[str],
        space_id: str,
    ) -> None:
        """Add Entrances to a Space

        Adds [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) to a specific space.

        Args:
            acs_entrance_ids: IDs of the entrances that you want to add to the space.
            space_id: ID of the space to which you want to add entrances.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        _body["space_id"] = to_json(space_id)
        await self._transport.request(
            "POST",
            "/spaces/add_acs_entrances",
            json=_body,
            authenticated=True,
        )

    @checked
    async def add_connected_account(
        self,
        *,
        connected_account_id: str,
        space_id: str,
    ) -> None:
        """Add a Connected Account to a Space

        Adds a [connected account](https://docs.seam.co/core-concepts/connected-accounts) to a specific space.

        Args:
            connected_account_id: ID of the connected account that you want to add to the space.
            space_id: ID of the space to which you want to add the connected account.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        _body["space_id"] = to_json(space_id)
        await self._transport.request(
            "POST",
            "/spaces/add_connected_account",
            json=_body,
            authenticated=True,
        )

    @checked
    async def add_devices(
        self,
        *,
        device_ids: Sequence[str],
        space_id: str,
    ) -> None:
        """Add Devices to a Space

        Adds devices to a specific space.

        Args:
            device_ids: IDs of the devices that you want to add to the space.
            space_id: ID of the space to which you want to add devices.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_ids"] = to_json(device_ids)
        _body["space_id"] = to_json(space_id)
        await self._transport.request(
            "POST",
            "/spaces/add_devices",
            json=_body,
            authenticated=True,
        )

    @checked
    async def create(
        self,
        *,
        name: str,
        acs_entrance_ids: Sequence[str] | None = None,
        connected_account_ids: Sequence[str] | None = None,
        customer_data: (
            models.SpacesCreateRequestCustomerData | Mapping[str, Any] | None
        ) = None,
        customer_key: str | None = None,
        device_ids: Sequence[str] | None = None,
        space_key: str | None = None,
    ) -> models.Space:
        """Create a Space

        Creates a new space.

        Args:
            name: Name of the space that you want to create.
            acs_entrance_ids: IDs of the entrances that you want to add to the new space.
            connected_account_ids: IDs of connected accounts to associate with the new space. Persisted on seam.location_third_party_account so the UI can show which provider account(s) a space came from.
            customer_data: Reservation/stay-related defaults for the space.
            customer_key: Customer key for which you want to create the space.
            device_ids: IDs of the devices that you want to add to the new space.
            space_key: Unique key for the space within the workspace.
        """
        _body: builtins.dict[str, Any] = {}
        _body["name"] = to_json(name)
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if connected_account_ids is not None:
            _body["connected_account_ids"] = to_json(connected_account_ids)
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = await self._transport.request(
            "POST",
            "/spaces/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "space"),
        )

    @checked
    async def delete(
        self,
        *,
        space_id: str,
    ) -> None:
        """Delete a Space

        Deletes a space.

        Args:
            space_id: ID of the space that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["space_id"] = to_json(space_id)
        await self._transport.request(
            "POST",
            "/spaces/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        body: (
            models.SpacesGetRequestWithSpaceId
            | models.SpacesGetRequestWithSpaceKey
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.Space:
        """Get a Space

        Gets a space.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/spaces/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "space"),
        )

    @checked
    async def get_related(
        self,
        *,
        exclude: Sequence[models.SpacesGetRelatedRequestExclude | str] | None = None,
        include: Sequence[models.SpacesGetRelatedRequestInclude | str] | None = None,
        space_ids: Sequence[str] | None = None,
        space_keys: Sequence[str] | None = None,
    ) -> models.SpacesGetRelatedResponseBatch:
        """Get related Space resources

        Gets all related resources for one or more Spaces.

        Args:
            exclude:
            include:
            space_ids: IDs of the spaces that you want to get along with their related resources.
            space_keys: Keys of the spaces that you want to get along with their related resources.
        """
        _body: builtins.dict[str, Any] = {}
        if exclude is not None:
            _body["exclude"] = to_json(exclude)
        if include is not None:
            _body["include"] = to_json(include)
        if space_ids is not None:
            _body["space_ids"] = to_json(space_ids)
        if space_keys is not None:
            _body["space_keys"] = to_json(space_keys)
        _response = await self._transport.request(
            "POST",
            "/spaces/get_related",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.SpacesGetRelatedResponseBatch",
            self._transport.parse(
                models.SpacesGetRelatedResponseBatch, _response, "batch"
            ),
        )

    @checked
    async def list(
        self,
        *,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        parent_space_id: str | None = None,
        parent_space_key: str | None = None,
        search: str | None = None,
        space_key: str | None = None,
    ) -> builtins.list[models.Space]:
        """List Spaces

        Returns a list of all spaces.

        Args:
            connected_account_id: Filter spaces to only include those that contain devices or access control systems belonging to the specified connected account.
            customer_key: Customer key for which you want to list spaces.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            parent_space_id: Filter spaces to only include those whose parent space has the specified `parent_space_id`.
            parent_space_key: Filter spaces to only include those whose parent space has the specified `parent_space_key`.
            search: String for which to search. Filters returned spaces to include all records that satisfy a partial match using `name`, `space_key`, or `customer_key`.
            space_key: Filter spaces by space_key.
        """
        _body: builtins.dict[str, Any] = {}
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if parent_space_id is not None:
            _body["parent_space_id"] = to_json(parent_space_id)
        if parent_space_key is not None:
            _body["parent_space_key"] = to_json(parent_space_key)
        if search is not None:
            _body["search"] = to_json(search)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = await self._transport.request(
            "POST",
            "/spaces/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Space]",
            self._transport.parse(builtins.list[models.Space], _response, "spaces"),
        )

    @checked
    async def iter_list(
        self,
        *,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        limit: float | None = None,
        parent_space_id: str | None = None,
        parent_space_key: str | None = None,
        search: str | None = None,
        space_key: str | None = None,
    ) -> AsyncIterator[models.Space]:
        """List Spaces

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all spaces.

        Args:
            connected_account_id: Filter spaces to only include those that contain devices or access control systems belonging to the specified connected account.
            customer_key: Customer key for which you want to list spaces.
            limit: Maximum number of records to return per page.
            parent_space_id: Filter spaces to only include those whose parent space has the specified `parent_space_id`.
            parent_space_key: Filter spaces to only include those whose parent space has the specified `parent_space_key`.
            search: String for which to search. Filters returned spaces to include all records that satisfy a partial match using `name`, `space_key`, or `customer_key`.
            space_key: Filter spaces by space_key.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if connected_account_id is not None:
                _body["connected_account_id"] = to_json(connected_account_id)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if parent_space_id is not None:
                _body["parent_space_id"] = to_json(parent_space_id)
            if parent_space_key is not None:
                _body["parent_space_key"] = to_json(parent_space_key)
            if search is not None:
                _body["search"] = to_json(search)
            if space_key is not None:
                _body["space_key"] = to_json(space_key)
            _response = await self._transport.request(
                "POST",
                "/spaces/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.Space]",
                self._transport.parse(builtins.list[models.Space], _response, "spaces"),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def remove_acs_entrances(
        self,
        *,
        acs_entrance_ids: Sequence[str],
        space_id: str,
    ) -> None:
        """Remove Entrances from a Space

        Removes [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) from a specific space.

        Args:
            acs_entrance_ids: IDs of the entrances that you want to remove from the space.
            space_id: ID of the space from which you want to remove entrances.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        _body["space_id"] = to_json(space_id)
        await self._transport.request(
            "POST",
            "/spaces/remove_acs_entrances",
            json=_body,
            authenticated=True,
        )

    @checked
    async def remove_connected_account(
        self,
        *,
        connected_account_id: str,
        space_id: str,
    ) -> None:
        """Remove a Connected Account from a Space

        Removes a [connected account](https://docs.seam.co/core-concepts/connected-accounts) from a specific space.

        Args:
            connected_account_id: ID of the connected account that you want to remove from the space.
            space_id: ID of the space from which you want to remove the connected account.
        """
        _body: builtins.dict[str, Any] = {}
        _body["connected_account_id"] = to_json(connected_account_id)
        _body["space_id"] = to_json(space_id)
        await self._transport.request(
            "POST",
            "/spaces/remove_connected_account",
            json=_body,
            authenticated=True,
        )

    @checked
    async def remove_devices(
        self,
        *,
        device_ids: Sequence[str],
        space_id: str,
    ) -> None:
        """Remove Devices from a Space

        Removes devices from a specific space.

        Args:
            device_ids: IDs of the devices that you want to remove from the space.
            space_id: ID of the space from which you want to remove devices.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_ids"] = to_json(device_ids)
        _body["space_id"] = to_json(space_id)
        await self._transport.request(
            "POST",
            "/spaces/remove_devices",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        acs_entrance_ids: Sequence[str] | None = None,
        customer_data: (
            models.SpacesUpdateRequestCustomerData | Mapping[str, Any] | None
        ) = None,
        device_ids: Sequence[str] | None = None,
        name: str | None = None,
        parent_space_id: str | None = None,
        parent_space_key: str | None = None,
        space_id: str | None = None,
        space_key: str | None = None,
    ) -> models.Space:
        """Update a Space

        Updates an existing space.

        Args:
            acs_entrance_ids: IDs of the entrances that you want to set for the space. If specified, this will replace all existing entrances.
            customer_data: Reservation/stay-related defaults for the space. Only the keys you provide are updated; omit a key to leave it unchanged. Pass null on a key to clear it.
            device_ids: IDs of the devices that you want to set for the space. If specified, this will replace all existing devices.
            name: Name of the space.
            parent_space_id: Reassign this space to the parent space (site) with this `parent_space_id`.
            parent_space_key: Reassign this space to the parent space (site) with this `parent_space_key`.
            space_id: ID of the space that you want to update.
            space_key: Unique key of the space that you want to update.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if name is not None:
            _body["name"] = to_json(name)
        if parent_space_id is not None:
            _body["parent_space_id"] = to_json(parent_space_id)
        if parent_space_key is not None:
            _body["parent_space_key"] = to_json(parent_space_key)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if space_key is not None:
            _body["space_key"] = to_json(space_key)
        _response = await self._transport.request(
            "POST",
            "/spaces/update",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Space",
            self._transport.parse(models.Space, _response, "space"),
        )
