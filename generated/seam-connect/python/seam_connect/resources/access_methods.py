"""The `access_methods` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import NOT_GIVEN, AsyncTransport, Transport, checked, to_json


class AccessMethodsUnmanagedResource:
    """Operations on access_methods unmanaged."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        access_method_id: str,
    ) -> models.AccessMethodsUnmanagedGetResponseAccessMethod:
        """Get an Unmanaged Access Method

        Gets an unmanaged access method (where is_managed = false).

        Args:
            access_method_id: ID of unmanaged access method to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _response = self._transport.request(
            "POST",
            "/access_methods/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessMethodsUnmanagedGetResponseAccessMethod",
            self._transport.parse(
                models.AccessMethodsUnmanagedGetResponseAccessMethod,
                _response,
                "access_method",
            ),
        )

    @checked
    def list(
        self,
        *,
        access_grant_id: str,
        acs_entrance_id: str | None = None,
        device_id: str | None = None,
        space_id: str | None = None,
    ) -> builtins.list[models.AccessMethodsUnmanagedListResponseAccessMethod]:
        """List Unmanaged Access Methods

        Lists all unmanaged access methods (where is_managed = false), usually filtered by Access Grant.

        Args:
            access_grant_id: ID of Access Grant to list unmanaged access methods for.
            acs_entrance_id: ID of the entrance for which you want to retrieve all unmanaged access methods.
            device_id: ID of the device for which you want to retrieve all unmanaged access methods.
            space_id: ID of the space for which you want to retrieve all unmanaged access methods.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        _response = self._transport.request(
            "POST",
            "/access_methods/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessMethodsUnmanagedListResponseAccessMethod]",
            self._transport.parse(
                builtins.list[models.AccessMethodsUnmanagedListResponseAccessMethod],
                _response,
                "access_methods",
            ),
        )


class AccessMethodsResource:
    """Operations on access_methods."""

    unmanaged: AccessMethodsUnmanagedResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.unmanaged = AccessMethodsUnmanagedResource(transport)

    @checked
    def assign_card(
        self,
        *,
        access_method_id: str,
        card_number: str,
    ) -> models.ActionAttempt:
        """Assign a Card Credential to an Access Method

        Assigns a pre-registered card credential, identified by `card_number`, to a card-mode access method. Use this endpoint for access systems that use pre-registered cards, where a physical card must be associated with an access method before it can be used for access. Assigning a card credential also triggers issuance of the access method.

        Args:
            access_method_id: ID of the `access_method` to assign the credential to.
            card_number: Card number of the credential to assign.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _body["card_number"] = to_json(card_number)
        _response = self._transport.request(
            "POST",
            "/access_methods/assign_card",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def delete(
        self,
        *,
        body: (
            models.AccessMethodsDeleteRequestWithAccessMethodId
            | models.AccessMethodsDeleteRequestWithAccessGrantId
            | models.AccessMethodsDeleteRequestWithReservationKey
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Delete an Access Method

        Deletes an access method.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        self._transport.request(
            "POST",
            "/access_methods/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def encode(
        self,
        *,
        access_method_id: str,
        acs_encoder_id: str,
    ) -> models.ActionAttempt:
        """Encode an Access Method

        Encodes an existing access method onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            access_method_id: ID of the `access_method` to encode onto a card.
            acs_encoder_id: ID of the `acs_encoder` to use to encode the `access_method`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        _response = self._transport.request(
            "POST",
            "/access_methods/encode",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def get(
        self,
        *,
        access_method_id: str,
    ) -> models.AccessMethod:
        """Get an Access Method

        Gets an access method.

        Args:
            access_method_id: ID of access method to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _response = self._transport.request(
            "POST",
            "/access_methods/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessMethod",
            self._transport.parse(models.AccessMethod, _response, "access_method"),
        )

    @checked
    def get_related(
        self,
        *,
        access_method_ids: Sequence[str],
        exclude: (
            Sequence[models.AccessMethodsGetRelatedRequestExclude | str] | None
        ) = None,
        include: (
            Sequence[models.AccessMethodsGetRelatedRequestInclude | str] | None
        ) = None,
    ) -> models.AccessMethodsGetRelatedResponseBatch:
        """Get related Access Method resources

        Gets all related resources for one or more Access Methods.

        Args:
            access_method_ids: IDs of the access methods that you want to get along with their related resources.
            exclude:
            include:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_ids"] = to_json(access_method_ids)
        if exclude is not None:
            _body["exclude"] = to_json(exclude)
        if include is not None:
            _body["include"] = to_json(include)
        _response = self._transport.request(
            "POST",
            "/access_methods/get_related",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessMethodsGetRelatedResponseBatch",
            self._transport.parse(
                models.AccessMethodsGetRelatedResponseBatch, _response, "batch"
            ),
        )

    @checked
    def list(
        self,
        *,
        access_code_id: str | None = None,
        access_grant_id: str | None = None,
        access_grant_key: str | None = None,
        acs_entrance_id: str | None = None,
        device_id: str | None = None,
        space_id: str | None = None,
    ) -> builtins.list[models.AccessMethod]:
        """List Access Methods

        Lists all access methods, usually filtered by Access Grant.

        Args:
            access_code_id: ID of the access code for which you want to retrieve all access methods.
            access_grant_id: ID of Access Grant to list access methods for.
            access_grant_key: Key of Access Grant to list access methods for.
            acs_entrance_id: ID of the entrance for which you want to retrieve all access methods.
            device_id: ID of the device for which you want to retrieve all access methods.
            space_id: ID of the space for which you want to retrieve all access methods.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if access_grant_id is not None:
            _body["access_grant_id"] = to_json(access_grant_id)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        _response = self._transport.request(
            "POST",
            "/access_methods/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessMethod]",
            self._transport.parse(
                builtins.list[models.AccessMethod], _response, "access_methods"
            ),
        )

    @checked
    def unlock_door(
        self,
        *,
        access_method_id: str,
        acs_entrance_id: str,
    ) -> models.ActionAttempt:
        """Unlock a Door with an Access Method

        Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using the cloud key credential associated with an access method. Returns an action attempt that tracks the progress of the unlock operation.

        Args:
            access_method_id: ID of the cloud_key `access_method` to use for the unlock operation.
            acs_entrance_id: ID of the entrance to unlock.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        _response = self._transport.request(
            "POST",
            "/access_methods/unlock_door",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AsyncAccessMethodsUnmanagedResource:
    """Operations on access_methods unmanaged (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        access_method_id: str,
    ) -> models.AccessMethodsUnmanagedGetResponseAccessMethod:
        """Get an Unmanaged Access Method

        Gets an unmanaged access method (where is_managed = false).

        Args:
            access_method_id: ID of unmanaged access method to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _response = await self._transport.request(
            "POST",
            "/access_methods/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessMethodsUnmanagedGetResponseAccessMethod",
            self._transport.parse(
                models.AccessMethodsUnmanagedGetResponseAccessMethod,
                _response,
                "access_method",
            ),
        )

    @checked
    async def list(
        self,
        *,
        access_grant_id: str,
        acs_entrance_id: str | None = None,
        device_id: str | None = None,
        space_id: str | None = None,
    ) -> builtins.list[models.AccessMethodsUnmanagedListResponseAccessMethod]:
        """List Unmanaged Access Methods

        Lists all unmanaged access methods (where is_managed = false), usually filtered by Access Grant.

        Args:
            access_grant_id: ID of Access Grant to list unmanaged access methods for.
            acs_entrance_id: ID of the entrance for which you want to retrieve all unmanaged access methods.
            device_id: ID of the device for which you want to retrieve all unmanaged access methods.
            space_id: ID of the space for which you want to retrieve all unmanaged access methods.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_grant_id"] = to_json(access_grant_id)
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        _response = await self._transport.request(
            "POST",
            "/access_methods/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessMethodsUnmanagedListResponseAccessMethod]",
            self._transport.parse(
                builtins.list[models.AccessMethodsUnmanagedListResponseAccessMethod],
                _response,
                "access_methods",
            ),
        )


class AsyncAccessMethodsResource:
    """Operations on access_methods (awaitable)."""

    unmanaged: AsyncAccessMethodsUnmanagedResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.unmanaged = AsyncAccessMethodsUnmanagedResource(transport)

    @checked
    async def assign_card(
        self,
        *,
        access_method_id: str,
        card_number: str,
    ) -> models.ActionAttempt:
        """Assign a Card Credential to an Access Method

        Assigns a pre-registered card credential, identified by `card_number`, to a card-mode access method. Use this endpoint for access systems that use pre-registered cards, where a physical card must be associated with an access method before it can be used for access. Assigning a card credential also triggers issuance of the access method.

        Args:
            access_method_id: ID of the `access_method` to assign the credential to.
            card_number: Card number of the credential to assign.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _body["card_number"] = to_json(card_number)
        _response = await self._transport.request(
            "POST",
            "/access_methods/assign_card",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def delete(
        self,
        *,
        body: (
            models.AccessMethodsDeleteRequestWithAccessMethodId
            | models.AccessMethodsDeleteRequestWithAccessGrantId
            | models.AccessMethodsDeleteRequestWithReservationKey
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Delete an Access Method

        Deletes an access method.

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        await self._transport.request(
            "POST",
            "/access_methods/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def encode(
        self,
        *,
        access_method_id: str,
        acs_encoder_id: str,
    ) -> models.ActionAttempt:
        """Encode an Access Method

        Encodes an existing access method onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            access_method_id: ID of the `access_method` to encode onto a card.
            acs_encoder_id: ID of the `acs_encoder` to use to encode the `access_method`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        _response = await self._transport.request(
            "POST",
            "/access_methods/encode",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def get(
        self,
        *,
        access_method_id: str,
    ) -> models.AccessMethod:
        """Get an Access Method

        Gets an access method.

        Args:
            access_method_id: ID of access method to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _response = await self._transport.request(
            "POST",
            "/access_methods/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessMethod",
            self._transport.parse(models.AccessMethod, _response, "access_method"),
        )

    @checked
    async def get_related(
        self,
        *,
        access_method_ids: Sequence[str],
        exclude: (
            Sequence[models.AccessMethodsGetRelatedRequestExclude | str] | None
        ) = None,
        include: (
            Sequence[models.AccessMethodsGetRelatedRequestInclude | str] | None
        ) = None,
    ) -> models.AccessMethodsGetRelatedResponseBatch:
        """Get related Access Method resources

        Gets all related resources for one or more Access Methods.

        Args:
            access_method_ids: IDs of the access methods that you want to get along with their related resources.
            exclude:
            include:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_ids"] = to_json(access_method_ids)
        if exclude is not None:
            _body["exclude"] = to_json(exclude)
        if include is not None:
            _body["include"] = to_json(include)
        _response = await self._transport.request(
            "POST",
            "/access_methods/get_related",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessMethodsGetRelatedResponseBatch",
            self._transport.parse(
                models.AccessMethodsGetRelatedResponseBatch, _response, "batch"
            ),
        )

    @checked
    async def list(
        self,
        *,
        access_code_id: str | None = None,
        access_grant_id: str | None = None,
        access_grant_key: str | None = None,
        acs_entrance_id: str | None = None,
        device_id: str | None = None,
        space_id: str | None = None,
    ) -> builtins.list[models.AccessMethod]:
        """List Access Methods

        Lists all access methods, usually filtered by Access Grant.

        Args:
            access_code_id: ID of the access code for which you want to retrieve all access methods.
            access_grant_id: ID of Access Grant to list access methods for.
            access_grant_key: Key of Access Grant to list access methods for.
            acs_entrance_id: ID of the entrance for which you want to retrieve all access methods.
            device_id: ID of the device for which you want to retrieve all access methods.
            space_id: ID of the space for which you want to retrieve all access methods.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if access_grant_id is not None:
            _body["access_grant_id"] = to_json(access_grant_id)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        if acs_entrance_id is not None:
            _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        _response = await self._transport.request(
            "POST",
            "/access_methods/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessMethod]",
            self._transport.parse(
                builtins.list[models.AccessMethod], _response, "access_methods"
            ),
        )

    @checked
    async def unlock_door(
        self,
        *,
        access_method_id: str,
        acs_entrance_id: str,
    ) -> models.ActionAttempt:
        """Unlock a Door with an Access Method

        Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using the cloud key credential associated with an access method. Returns an action attempt that tracks the progress of the unlock operation.

        Args:
            access_method_id: ID of the cloud_key `access_method` to use for the unlock operation.
            acs_entrance_id: ID of the entrance to unlock.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method_id"] = to_json(access_method_id)
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        _response = await self._transport.request(
            "POST",
            "/access_methods/unlock_door",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )
