"""The `access_grants` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Literal, cast

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


class AccessGrantsUnmanagedResource:
    """Operations on access_grants unmanaged."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        access_grant_id: str,
    ) -> models.AccessGrantsUnmanagedGetResponseAccessGrant:
        """Get an Unmanaged Access Grant

        Get an unmanaged Access Grant (where is_managed = false).

        Args:
            access_grant_id: ID of unmanaged Access Grant to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _response = self._transport.request(
            "POST",
            "/access_grants/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrantsUnmanagedGetResponseAccessGrant",
            self._transport.parse(
                models.AccessGrantsUnmanagedGetResponseAccessGrant,
                _response,
                "access_grant",
            ),
        )

    @checked
    def list(
        self,
        *,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        reservation_key: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant]:
        """List Unmanaged Access Grants

        Gets unmanaged Access Grants (where is_managed = false).

        Args:
            acs_entrance_id: ID of the entrance by which you want to filter the list of unmanaged Access Grants.
            acs_system_id: ID of the access system by which you want to filter the list of unmanaged Access Grants.
            limit: Numerical limit on the number of unmanaged access grants to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            reservation_key: Filter unmanaged Access Grants by reservation_key.
            user_identity_id: ID of user identity by which you want to filter the list of unmanaged Access Grants.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if reservation_key is not None:
            _body["reservation_key"] = to_json(reservation_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/access_grants/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant]",
            self._transport.parse(
                builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant],
                _response,
                "access_grants",
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        limit: float | None = None,
        reservation_key: str | None = None,
        user_identity_id: str | None = None,
    ) -> Iterator[models.AccessGrantsUnmanagedListResponseAccessGrant]:
        """List Unmanaged Access Grants

        Every item of `list`, fetched page by page as iteration reaches it.

        Gets unmanaged Access Grants (where is_managed = false).

        Args:
            acs_entrance_id: ID of the entrance by which you want to filter the list of unmanaged Access Grants.
            acs_system_id: ID of the access system by which you want to filter the list of unmanaged Access Grants.
            limit: Numerical limit on the number of unmanaged access grants to return.
            reservation_key: Filter unmanaged Access Grants by reservation_key.
            user_identity_id: ID of user identity by which you want to filter the list of unmanaged Access Grants.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_entrance_id is not None:
                _body["acs_entrance_id"] = to_json(acs_entrance_id)
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if reservation_key is not None:
                _body["reservation_key"] = to_json(reservation_key)
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            _response = self._transport.request(
                "POST",
                "/access_grants/unmanaged/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant]",
                self._transport.parse(
                    builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant],
                    _response,
                    "access_grants",
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def update(
        self,
        *,
        access_grant_id: str,
        is_managed: Literal[True],
        access_grant_key: str | None = None,
    ) -> None:
        """Update an Unmanaged Access Grant

        Updates an unmanaged Access Grant to make it managed.

        This endpoint can only be used to convert unmanaged access grants to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed access grants back to unmanaged.

        When converting an unmanaged access grant to managed, all associated access methods will also be converted to managed.

        Args:
            access_grant_id: ID of the unmanaged Access Grant to update.
            is_managed: Must be set to true to convert the unmanaged access grant to managed.
            access_grant_key: Unique key for the access grant. If not provided, the existing key will be preserved.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _body["is_managed"] = to_json(is_managed)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        self._transport.request(
            "POST",
            "/access_grants/unmanaged/update",
            json=_body,
            authenticated=True,
        )


class AccessGrantsResource:
    """Operations on access_grants."""

    unmanaged: AccessGrantsUnmanagedResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.unmanaged = AccessGrantsUnmanagedResource(transport)

    @checked
    def create(
        self,
        *,
        requested_access_methods: Sequence[
            models.RequestedAccessMethod | Mapping[str, Any]
        ],
        access_grant_key: str | None = None,
        acs_entrance_ids: Sequence[str] | None = None,
        customization_profile_id: str | None = None,
        device_ids: Sequence[str] | None = None,
        ends_at: str | None | NotGiven = NOT_GIVEN,
        location: models.Location | Mapping[str, Any] | None = None,
        location_ids: Sequence[str] | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
        reservation_key: str | None = None,
        space_ids: Sequence[str] | None = None,
        space_keys: Sequence[str] | None = None,
        starts_at: str | None = None,
        user_identity: (
            models.AccessGrantsCreateRequestWithUserIdentityUserIdentity
            | Mapping[str, Any]
            | None
        ) = None,
        user_identity_id: str | None = None,
    ) -> models.AccessGrant:
        """Create an Access Grant

        Creates a new [Access Grant](https://docs.seam.co/use-cases/granting-access/access-grants). Access Grants are the default and recommended way to grant a user access to any physical space, irrespective of the locking hardware. They work with both standalone smart locks (using `device_ids`) and access control systems (using `acs_entrance_ids` or `space_ids`), and can issue PIN codes, key cards, and mobile keys through a single request.

        Args:
            requested_access_methods:
            access_grant_key: Unique key for the access grant within the workspace.
            acs_entrance_ids: Set of IDs of the [entrances](https://docs.seam.co/api/acs/systems/list) to which access is being granted.
            customization_profile_id: ID of the customization profile to apply to the Access Grant and its access methods.
            device_ids: Set of IDs of the [devices](https://docs.seam.co/api/devices/list) to which access is being granted.
            ends_at: Date and time at which the validity of the new grant ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            location:
            location_ids:
            name: Name for the access grant.
            reservation_key: Reservation key for the access grant.
            space_ids: Set of IDs of existing spaces to which access is being granted.
            space_keys: Set of keys of existing spaces to which access is being granted.
            starts_at: Date and time at which the validity of the new grant starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            user_identity: When used, creates a new user identity with the given details, and grants them access.
            user_identity_id: ID of user identity for whom access is being granted.
        """
        _body: builtins.dict[str, Any] = {}
        _body["requested_access_methods"] = to_json(requested_access_methods)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if customization_profile_id is not None:
            _body["customization_profile_id"] = to_json(customization_profile_id)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if not isinstance(ends_at, NotGiven):
            _body["ends_at"] = to_json(ends_at)
        if location is not None:
            _body["location"] = to_json(location)
        if location_ids is not None:
            _body["location_ids"] = to_json(location_ids)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if reservation_key is not None:
            _body["reservation_key"] = to_json(reservation_key)
        if space_ids is not None:
            _body["space_ids"] = to_json(space_ids)
        if space_keys is not None:
            _body["space_keys"] = to_json(space_keys)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if user_identity is not None:
            _body["user_identity"] = to_json(user_identity)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/access_grants/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrant",
            self._transport.parse(models.AccessGrant, _response, "access_grant"),
        )

    @checked
    def delete(
        self,
        *,
        access_grant_id: str,
    ) -> None:
        """Delete an Access Grant

        Delete an Access Grant.

        Args:
            access_grant_id: ID of Access Grant to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        self._transport.request(
            "POST",
            "/access_grants/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        body: (
            models.AccessGrantsGetRequestWithAccessGrantId
            | models.AccessGrantsGetRequestWithAccessGrantKey
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.AccessGrant:
        """Get an Access Grant

        Get an Access Grant.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/access_grants/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrant",
            self._transport.parse(models.AccessGrant, _response, "access_grant"),
        )

    @checked
    def get_related(
        self,
        *,
        access_grant_ids: Sequence[str] | None = None,
        access_grant_keys: Sequence[str] | None = None,
        exclude: Sequence[models.Exclude | str] | None = None,
        include: Sequence[models.Include | str] | None = None,
    ) -> models.AccessGrantsGetRelatedResponseBatch:
        """Get related Access Grant resources

        Gets all related resources for one or more Access Grants.

        Args:
            access_grant_ids: IDs of the access grants that you want to get along with their related resources.
            access_grant_keys: Keys of the access grants that you want to get along with their related resources.
            exclude:
            include:
        """
        _body: builtins.dict[str, Any] = {}
        if access_grant_ids is not None:
            _body["access_grant_ids"] = to_json(access_grant_ids)
        if access_grant_keys is not None:
            _body["access_grant_keys"] = to_json(access_grant_keys)
        if exclude is not None:
            _body["exclude"] = to_json(exclude)
        if include is not None:
            _body["include"] = to_json(include)
        _response = self._transport.request(
            "POST",
            "/access_grants/get_related",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrantsGetRelatedResponseBatch",
            self._transport.parse(
                models.AccessGrantsGetRelatedResponseBatch, _response, "batch"
            ),
        )

    @checked
    def list(
        self,
        *,
        access_code_id: str | None = None,
        access_grant_ids: Sequence[str] | None = None,
        access_grant_key: str | None | NotGiven = NOT_GIVEN,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        limit: float | None = None,
        location_id: str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        reservation_key: str | None = None,
        space_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AccessGrant]:
        """List Access Grants

        Gets an Access Grant.

        Args:
            access_code_id: ID of the access code by which you want to filter the list of Access Grants.
            access_grant_ids: IDs of the access grants to retrieve.
            access_grant_key: Filter Access Grants by access_grant_key. Use null to filter for Access Grants without an access_grant_key.
            acs_entrance_id: ID of the entrance by which you want to filter the list of Access Grants.
            acs_system_id: ID of the access system by which you want to filter the list of Access Grants.
            customer_key: Customer key for which you want to list access grants.
            device_id: ID of the device by which you want to filter the list of Access Grants.
            limit: Numerical limit on the number of access grants to return.
            location_id:
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            reservation_key: Filter Access Grants by reservation_key.
            space_id: ID of the space by which you want to filter the list of Access Grants.
            user_identity_id: ID of user identity by which you want to filter the list of Access Grants.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if access_grant_ids is not None:
            _body["access_grant_ids"] = to_json(access_grant_ids)
        if not isinstance(access_grant_key, NotGiven):
            _body["access_grant_key"] = to_json(access_grant_key)
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if location_id is not None:
            _body["location_id"] = to_json(location_id)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if reservation_key is not None:
            _body["reservation_key"] = to_json(reservation_key)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/access_grants/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessGrant]",
            self._transport.parse(
                builtins.list[models.AccessGrant], _response, "access_grants"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        access_code_id: str | None = None,
        access_grant_ids: Sequence[str] | None = None,
        access_grant_key: str | None | NotGiven = NOT_GIVEN,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        limit: float | None = None,
        location_id: str | None = None,
        reservation_key: str | None = None,
        space_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> Iterator[models.AccessGrant]:
        """List Access Grants

        Every item of `list`, fetched page by page as iteration reaches it.

        Gets an Access Grant.

        Args:
            access_code_id: ID of the access code by which you want to filter the list of Access Grants.
            access_grant_ids: IDs of the access grants to retrieve.
            access_grant_key: Filter Access Grants by access_grant_key. Use null to filter for Access Grants without an access_grant_key.
            acs_entrance_id: ID of the entrance by which you want to filter the list of Access Grants.
            acs_system_id: ID of the access system by which you want to filter the list of Access Grants.
            customer_key: Customer key for which you want to list access grants.
            device_id: ID of the device by which you want to filter the list of Access Grants.
            limit: Numerical limit on the number of access grants to return.
            location_id:
            reservation_key: Filter Access Grants by reservation_key.
            space_id: ID of the space by which you want to filter the list of Access Grants.
            user_identity_id: ID of user identity by which you want to filter the list of Access Grants.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if access_code_id is not None:
                _body["access_code_id"] = to_json(access_code_id)
            if access_grant_ids is not None:
                _body["access_grant_ids"] = to_json(access_grant_ids)
            if not isinstance(access_grant_key, NotGiven):
                _body["access_grant_key"] = to_json(access_grant_key)
            if acs_entrance_id is not None:
                _body["acs_entrance_id"] = to_json(acs_entrance_id)
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if device_id is not None:
                _body["device_id"] = to_json(device_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if location_id is not None:
                _body["location_id"] = to_json(location_id)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if reservation_key is not None:
                _body["reservation_key"] = to_json(reservation_key)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            _response = self._transport.request(
                "POST",
                "/access_grants/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.AccessGrant]",
                self._transport.parse(
                    builtins.list[models.AccessGrant], _response, "access_grants"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def request_access_methods(
        self,
        *,
        access_grant_id: str,
        requested_access_methods: Sequence[
            models.RequestedAccessMethod | Mapping[str, Any]
        ],
    ) -> models.AccessGrant:
        """Add Requested Access Methods to Access Grant

        Adds additional requested access methods to an existing Access Grant.

        Args:
            access_grant_id: ID of the Access Grant to add access methods to.
            requested_access_methods: Array of requested access methods to add to the access grant.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _body["requested_access_methods"] = to_json(requested_access_methods)
        _response = self._transport.request(
            "POST",
            "/access_grants/request_access_methods",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrant",
            self._transport.parse(models.AccessGrant, _response, "access_grant"),
        )

    @checked
    def update(
        self,
        *,
        access_grant_id: str | None = None,
        access_grant_key: str | None = None,
        ends_at: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        starts_at: str | None = None,
    ) -> None:
        """Update an Access Grant

        Updates an existing Access Grant's time window.

        Args:
            access_grant_id: ID of the Access Grant to update. Provide either `access_grant_id` or `access_grant_key`.
            access_grant_key: Key of the Access Grant to update. Provide either `access_grant_id` or `access_grant_key`.
            ends_at: Date and time at which the validity of the grant ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            name: Display name for the access grant.
            starts_at: Date and time at which the validity of the grant starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
        """
        _body: builtins.dict[str, Any] = {}
        if access_grant_id is not None:
            _body["access_grant_id"] = to_json(access_grant_id)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        if not isinstance(ends_at, NotGiven):
            _body["ends_at"] = to_json(ends_at)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        self._transport.request(
            "POST",
            "/access_grants/update",
            json=_body,
            authenticated=True,
        )


class AsyncAccessGrantsUnmanagedResource:
    """Operations on access_grants unmanaged (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        access_grant_id: str,
    ) -> models.AccessGrantsUnmanagedGetResponseAccessGrant:
        """Get an Unmanaged Access Grant

        Get an unmanaged Access Grant (where is_managed = false).

        Args:
            access_grant_id: ID of unmanaged Access Grant to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _response = await self._transport.request(
            "POST",
            "/access_grants/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrantsUnmanagedGetResponseAccessGrant",
            self._transport.parse(
                models.AccessGrantsUnmanagedGetResponseAccessGrant,
                _response,
                "access_grant",
            ),
        )

    @checked
    async def list(
        self,
        *,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        reservation_key: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant]:
        """List Unmanaged Access Grants

        Gets unmanaged Access Grants (where is_managed = false).

        Args:
            acs_entrance_id: ID of the entrance by which you want to filter the list of unmanaged Access Grants.
            acs_system_id: ID of the access system by which you want to filter the list of unmanaged Access Grants.
            limit: Numerical limit on the number of unmanaged access grants to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            reservation_key: Filter unmanaged Access Grants by reservation_key.
            user_identity_id: ID of user identity by which you want to filter the list of unmanaged Access Grants.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if reservation_key is not None:
            _body["reservation_key"] = to_json(reservation_key)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/access_grants/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant]",
            self._transport.parse(
                builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant],
                _response,
                "access_grants",
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        limit: float | None = None,
        reservation_key: str | None = None,
        user_identity_id: str | None = None,
    ) -> AsyncIterator[models.AccessGrantsUnmanagedListResponseAccessGrant]:
        """List Unmanaged Access Grants

        Every item of `list`, awaited page by page as iteration reaches it.

        Gets unmanaged Access Grants (where is_managed = false).

        Args:
            acs_entrance_id: ID of the entrance by which you want to filter the list of unmanaged Access Grants.
            acs_system_id: ID of the access system by which you want to filter the list of unmanaged Access Grants.
            limit: Numerical limit on the number of unmanaged access grants to return.
            reservation_key: Filter unmanaged Access Grants by reservation_key.
            user_identity_id: ID of user identity by which you want to filter the list of unmanaged Access Grants.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_entrance_id is not None:
                _body["acs_entrance_id"] = to_json(acs_entrance_id)
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if reservation_key is not None:
                _body["reservation_key"] = to_json(reservation_key)
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            _response = await self._transport.request(
                "POST",
                "/access_grants/unmanaged/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant]",
                self._transport.parse(
                    builtins.list[models.AccessGrantsUnmanagedListResponseAccessGrant],
                    _response,
                    "access_grants",
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
        access_grant_id: str,
        is_managed: Literal[True],
        access_grant_key: str | None = None,
    ) -> None:
        """Update an Unmanaged Access Grant

        Updates an unmanaged Access Grant to make it managed.

        This endpoint can only be used to convert unmanaged access grants to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed access grants back to unmanaged.

        When converting an unmanaged access grant to managed, all associated access methods will also be converted to managed.

        Args:
            access_grant_id: ID of the unmanaged Access Grant to update.
            is_managed: Must be set to true to convert the unmanaged access grant to managed.
            access_grant_key: Unique key for the access grant. If not provided, the existing key will be preserved.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _body["is_managed"] = to_json(is_managed)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        await self._transport.request(
            "POST",
            "/access_grants/unmanaged/update",
            json=_body,
            authenticated=True,
        )


class AsyncAccessGrantsResource:
    """Operations on access_grants (awaitable)."""

    unmanaged: AsyncAccessGrantsUnmanagedResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.unmanaged = AsyncAccessGrantsUnmanagedResource(transport)

    @checked
    async def create(
        self,
        *,
        requested_access_methods: Sequence[
            models.RequestedAccessMethod | Mapping[str, Any]
        ],
        access_grant_key: str | None = None,
        acs_entrance_ids: Sequence[str] | None = None,
        customization_profile_id: str | None = None,
        device_ids: Sequence[str] | None = None,
        ends_at: str | None | NotGiven = NOT_GIVEN,
        location: models.Location | Mapping[str, Any] | None = None,
        location_ids: Sequence[str] | None = None,
        name: str | None | NotGiven = NOT_GIVEN,
        reservation_key: str | None = None,
        space_ids: Sequence[str] | None = None,
        space_keys: Sequence[str] | None = None,
        starts_at: str | None = None,
        user_identity: (
            models.AccessGrantsCreateRequestWithUserIdentityUserIdentity
            | Mapping[str, Any]
            | None
        ) = None,
        user_identity_id: str | None = None,
    ) -> models.AccessGrant:
        """Create an Access Grant

        Creates a new [Access Grant](https://docs.seam.co/use-cases/granting-access/access-grants). Access Grants are the default and recommended way to grant a user access to any physical space, irrespective of the locking hardware. They work with both standalone smart locks (using `device_ids`) and access control systems (using `acs_entrance_ids` or `space_ids`), and can issue PIN codes, key cards, and mobile keys through a single request.

        Args:
            requested_access_methods:
            access_grant_key: Unique key for the access grant within the workspace.
            acs_entrance_ids: Set of IDs of the [entrances](https://docs.seam.co/api/acs/systems/list) to which access is being granted.
            customization_profile_id: ID of the customization profile to apply to the Access Grant and its access methods.
            device_ids: Set of IDs of the [devices](https://docs.seam.co/api/devices/list) to which access is being granted.
            ends_at: Date and time at which the validity of the new grant ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            location:
            location_ids:
            name: Name for the access grant.
            reservation_key: Reservation key for the access grant.
            space_ids: Set of IDs of existing spaces to which access is being granted.
            space_keys: Set of keys of existing spaces to which access is being granted.
            starts_at: Date and time at which the validity of the new grant starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            user_identity: When used, creates a new user identity with the given details, and grants them access.
            user_identity_id: ID of user identity for whom access is being granted.
        """
        _body: builtins.dict[str, Any] = {}
        _body["requested_access_methods"] = to_json(requested_access_methods)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if customization_profile_id is not None:
            _body["customization_profile_id"] = to_json(customization_profile_id)
        if device_ids is not None:
            _body["device_ids"] = to_json(device_ids)
        if not isinstance(ends_at, NotGiven):
            _body["ends_at"] = to_json(ends_at)
        if location is not None:
            _body["location"] = to_json(location)
        if location_ids is not None:
            _body["location_ids"] = to_json(location_ids)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if reservation_key is not None:
            _body["reservation_key"] = to_json(reservation_key)
        if space_ids is not None:
            _body["space_ids"] = to_json(space_ids)
        if space_keys is not None:
            _body["space_keys"] = to_json(space_keys)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if user_identity is not None:
            _body["user_identity"] = to_json(user_identity)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/access_grants/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrant",
            self._transport.parse(models.AccessGrant, _response, "access_grant"),
        )

    @checked
    async def delete(
        self,
        *,
        access_grant_id: str,
    ) -> None:
        """Delete an Access Grant

        Delete an Access Grant.

        Args:
            access_grant_id: ID of Access Grant to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        await self._transport.request(
            "POST",
            "/access_grants/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        body: (
            models.AccessGrantsGetRequestWithAccessGrantId
            | models.AccessGrantsGetRequestWithAccessGrantKey
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.AccessGrant:
        """Get an Access Grant

        Get an Access Grant.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/access_grants/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrant",
            self._transport.parse(models.AccessGrant, _response, "access_grant"),
        )

    @checked
    async def get_related(
        self,
        *,
        access_grant_ids: Sequence[str] | None = None,
        access_grant_keys: Sequence[str] | None = None,
        exclude: Sequence[models.Exclude | str] | None = None,
        include: Sequence[models.Include | str] | None = None,
    ) -> models.AccessGrantsGetRelatedResponseBatch:
        """Get related Access Grant resources

        Gets all related resources for one or more Access Grants.

        Args:
            access_grant_ids: IDs of the access grants that you want to get along with their related resources.
            access_grant_keys: Keys of the access grants that you want to get along with their related resources.
            exclude:
            include:
        """
        _body: builtins.dict[str, Any] = {}
        if access_grant_ids is not None:
            _body["access_grant_ids"] = to_json(access_grant_ids)
        if access_grant_keys is not None:
            _body["access_grant_keys"] = to_json(access_grant_keys)
        if exclude is not None:
            _body["exclude"] = to_json(exclude)
        if include is not None:
            _body["include"] = to_json(include)
        _response = await self._transport.request(
            "POST",
            "/access_grants/get_related",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrantsGetRelatedResponseBatch",
            self._transport.parse(
                models.AccessGrantsGetRelatedResponseBatch, _response, "batch"
            ),
        )

    @checked
    async def list(
        self,
        *,
        access_code_id: str | None = None,
        access_grant_ids: Sequence[str] | None = None,
        access_grant_key: str | None | NotGiven = NOT_GIVEN,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        limit: float | None = None,
        location_id: str | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        reservation_key: str | None = None,
        space_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AccessGrant]:
        """List Access Grants

        Gets an Access Grant.

        Args:
            access_code_id: ID of the access code by which you want to filter the list of Access Grants.
            access_grant_ids: IDs of the access grants to retrieve.
            access_grant_key: Filter Access Grants by access_grant_key. Use null to filter for Access Grants without an access_grant_key.
            acs_entrance_id: ID of the entrance by which you want to filter the list of Access Grants.
            acs_system_id: ID of the access system by which you want to filter the list of Access Grants.
            customer_key: Customer key for which you want to list access grants.
            device_id: ID of the device by which you want to filter the list of Access Grants.
            limit: Numerical limit on the number of access grants to return.
            location_id:
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            reservation_key: Filter Access Grants by reservation_key.
            space_id: ID of the space by which you want to filter the list of Access Grants.
            user_identity_id: ID of user identity by which you want to filter the list of Access Grants.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if access_grant_ids is not None:
            _body["access_grant_ids"] = to_json(access_grant_ids)
        if not isinstance(access_grant_key, NotGiven):
            _body["access_grant_key"] = to_json(access_grant_key)
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if location_id is not None:
            _body["location_id"] = to_json(location_id)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if reservation_key is not None:
            _body["reservation_key"] = to_json(reservation_key)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/access_grants/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessGrant]",
            self._transport.parse(
                builtins.list[models.AccessGrant], _response, "access_grants"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        access_code_id: str | None = None,
        access_grant_ids: Sequence[str] | None = None,
        access_grant_key: str | None | NotGiven = NOT_GIVEN,
        acs_entrance_id: str | None = None,
        acs_system_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        limit: float | None = None,
        location_id: str | None = None,
        reservation_key: str | None = None,
        space_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> AsyncIterator[models.AccessGrant]:
        """List Access Grants

        Every item of `list`, awaited page by page as iteration reaches it.

        Gets an Access Grant.

        Args:
            access_code_id: ID of the access code by which you want to filter the list of Access Grants.
            access_grant_ids: IDs of the access grants to retrieve.
            access_grant_key: Filter Access Grants by access_grant_key. Use null to filter for Access Grants without an access_grant_key.
            acs_entrance_id: ID of the entrance by which you want to filter the list of Access Grants.
            acs_system_id: ID of the access system by which you want to filter the list of Access Grants.
            customer_key: Customer key for which you want to list access grants.
            device_id: ID of the device by which you want to filter the list of Access Grants.
            limit: Numerical limit on the number of access grants to return.
            location_id:
            reservation_key: Filter Access Grants by reservation_key.
            space_id: ID of the space by which you want to filter the list of Access Grants.
            user_identity_id: ID of user identity by which you want to filter the list of Access Grants.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if access_code_id is not None:
                _body["access_code_id"] = to_json(access_code_id)
            if access_grant_ids is not None:
                _body["access_grant_ids"] = to_json(access_grant_ids)
            if not isinstance(access_grant_key, NotGiven):
                _body["access_grant_key"] = to_json(access_grant_key)
            if acs_entrance_id is not None:
                _body["acs_entrance_id"] = to_json(acs_entrance_id)
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if device_id is not None:
                _body["device_id"] = to_json(device_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if location_id is not None:
                _body["location_id"] = to_json(location_id)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if reservation_key is not None:
                _body["reservation_key"] = to_json(reservation_key)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            _response = await self._transport.request(
                "POST",
                "/access_grants/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.AccessGrant]",
                self._transport.parse(
                    builtins.list[models.AccessGrant], _response, "access_grants"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def request_access_methods(
        self,
        *,
        access_grant_id: str,
        requested_access_methods: Sequence[
            models.RequestedAccessMethod | Mapping[str, Any]
        ],
    ) -> models.AccessGrant:
        """Add Requested Access Methods to Access Grant

        Adds additional requested access methods to an existing Access Grant.

        Args:
            access_grant_id: ID of the Access Grant to add access methods to.
            requested_access_methods: Array of requested access methods to add to the access grant.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        _body["requested_access_methods"] = to_json(requested_access_methods)
        _response = await self._transport.request(
            "POST",
            "/access_grants/request_access_methods",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessGrant",
            self._transport.parse(models.AccessGrant, _response, "access_grant"),
        )

    @checked
    async def update(
        self,
        *,
        access_grant_id: str | None = None,
        access_grant_key: str | None = None,
        ends_at: str | None | NotGiven = NOT_GIVEN,
        name: str | None | NotGiven = NOT_GIVEN,
        starts_at: str | None = None,
    ) -> None:
        """Update an Access Grant

        Updates an existing Access Grant's time window.

        Args:
            access_grant_id: ID of the Access Grant to update. Provide either `access_grant_id` or `access_grant_key`.
            access_grant_key: Key of the Access Grant to update. Provide either `access_grant_id` or `access_grant_key`.
            ends_at: Date and time at which the validity of the grant ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            name: Display name for the access grant.
            starts_at: Date and time at which the validity of the grant starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
        """
        _body: builtins.dict[str, Any] = {}
        if access_grant_id is not None:
            _body["access_grant_id"] = to_json(access_grant_id)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        if not isinstance(ends_at, NotGiven):
            _body["ends_at"] = to_json(ends_at)
        if not isinstance(name, NotGiven):
            _body["name"] = to_json(name)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        await self._transport.request(
            "POST",
            "/access_grants/update",
            json=_body,
            authenticated=True,
        )
