"""The `user_identities` resource group, synchronous and asynchronous. Generated; do not edit."""

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


class UserIdentitiesEnrollmentAutomationsResource:
    """Operations on user_identities enrollment_automations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def delete(
        self,
        *,
        enrollment_automation_id: str,
    ) -> None:
        """Delete an Enrollment Automation

        Deletes a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system). You must delete all enrollment automations associated with a [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) before [deleting the user identity](https://docs.seam.co/api/user_identities/delete).

        Args:
            enrollment_automation_id: ID of the enrollment automation that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["enrollment_automation_id"] = to_json(enrollment_automation_id)
        self._transport.request(
            "POST",
            "/user_identities/enrollment_automations/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        enrollment_automation_id: str,
    ) -> models.EnrollmentAutomation:
        """Get an Enrollment Automation

        Returns a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system/).

        Args:
            enrollment_automation_id: ID of the enrollment automation that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["enrollment_automation_id"] = to_json(enrollment_automation_id)
        _response = self._transport.request(
            "POST",
            "/user_identities/enrollment_automations/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.EnrollmentAutomation",
            self._transport.parse(
                models.EnrollmentAutomation, _response, "enrollment_automation"
            ),
        )

    @checked
    def launch(
        self,
        *,
        credential_manager_acs_system_id: str,
        user_identity_id: str,
        acs_credential_pool_id: str | None = None,
        create_credential_manager_user: bool | None = None,
        credential_manager_acs_user_id: str | None = None,
    ) -> models.EnrollmentAutomation:
        """Launch an Enrollment Automation

        Sets up a new [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) with a specified [credential manager](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system).

        Args:
            credential_manager_acs_system_id: ID of the desired access system that serves as the credential manager for the enrollment automation.
            user_identity_id: ID of the user identity for which you want to launch an enrollment automation.
            acs_credential_pool_id: ID of the credential pool from which to obtain credentials for the user identity.
            create_credential_manager_user: Indicates whether to create an associated credential manager user. If you set `create_credential_manager_user` to `true`, you cannot specify a `credential_manager_acs_user_id`.
            credential_manager_acs_user_id: ID of the associated access system user within the credential manager. If you specify a `credential_manager_acs_user_id`, you cannot set `create_credential_manager_user` to `true`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["credential_manager_acs_system_id"] = to_json(
            credential_manager_acs_system_id
        )
        _body["user_identity_id"] = to_json(user_identity_id)
        if acs_credential_pool_id is not None:
            _body["acs_credential_pool_id"] = to_json(acs_credential_pool_id)
        if create_credential_manager_user is not None:
            _body["create_credential_manager_user"] = to_json(
                create_credential_manager_user
            )
        if credential_manager_acs_user_id is not None:
            _body["credential_manager_acs_user_id"] = to_json(
                credential_manager_acs_user_id
            )
        _response = self._transport.request(
            "POST",
            "/user_identities/enrollment_automations/launch",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.EnrollmentAutomation",
            self._transport.parse(
                models.EnrollmentAutomation, _response, "enrollment_automation"
            ),
        )

    @checked
    def list(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.EnrollmentAutomation]:
        """List Enrollment Automations

        Returns a list of all [enrollment automations](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve enrollment automations.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/user_identities/enrollment_automations/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.EnrollmentAutomation]",
            self._transport.parse(
                builtins.list[models.EnrollmentAutomation],
                _response,
                "enrollment_automations",
            ),
        )


class UserIdentitiesUnmanagedResource:
    """Operations on user_identities unmanaged."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        user_identity_id: str,
    ) -> models.UserIdentitiesUnmanagedGetResponseUserIdentity:
        """Get an Unmanaged User Identity

        Returns a specified unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).

        Args:
            user_identity_id: ID of the unmanaged user identity that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/user_identities/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UserIdentitiesUnmanagedGetResponseUserIdentity",
            self._transport.parse(
                models.UserIdentitiesUnmanagedGetResponseUserIdentity,
                _response,
                "user_identity",
            ),
        )

    @checked
    def list(
        self,
        *,
        created_before: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
    ) -> builtins.list[models.UserIdentitiesUnmanagedListResponseUserIdentity]:
        """List Unmanaged User Identities

        Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).

        Args:
            created_before: Timestamp by which to limit returned unmanaged user identities. Returns user identities created before this timestamp.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned unmanaged user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`,  `user_identity_id` or `acs_system_id`.
        """
        _body: builtins.dict[str, Any] = {}
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        _response = self._transport.request(
            "POST",
            "/user_identities/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UserIdentitiesUnmanagedListResponseUserIdentity]",
            self._transport.parse(
                builtins.list[models.UserIdentitiesUnmanagedListResponseUserIdentity],
                _response,
                "user_identities",
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        created_before: str | None = None,
        limit: int | None = None,
        search: str | None = None,
    ) -> Iterator[models.UserIdentitiesUnmanagedListResponseUserIdentity]:
        """List Unmanaged User Identities

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).

        Args:
            created_before: Timestamp by which to limit returned unmanaged user identities. Returns user identities created before this timestamp.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned unmanaged user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`,  `user_identity_id` or `acs_system_id`.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            _response = self._transport.request(
                "POST",
                "/user_identities/unmanaged/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.UserIdentitiesUnmanagedListResponseUserIdentity]",
                self._transport.parse(
                    builtins.list[
                        models.UserIdentitiesUnmanagedListResponseUserIdentity
                    ],
                    _response,
                    "user_identities",
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def update(
        self,
        *,
        is_managed: Literal[True],
        user_identity_id: str,
        user_identity_key: str | None = None,
    ) -> None:
        """Update an Unmanaged User Identity

        Updates an unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) to make it managed.

        This endpoint can only be used to convert unmanaged user identities to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed user identities back to unmanaged.

        Args:
            is_managed: Must be set to true to convert the unmanaged user identity to managed.
            user_identity_id: ID of the unmanaged user identity that you want to update.
            user_identity_key: Unique key for the user identity. If not provided, the existing key will be preserved.
        """
        _body: builtins.dict[str, Any] = {}
        _body["is_managed"] = to_json(is_managed)
        _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_key is not None:
            _body["user_identity_key"] = to_json(user_identity_key)
        self._transport.request(
            "POST",
            "/user_identities/unmanaged/update",
            json=_body,
            authenticated=True,
        )


class UserIdentitiesResource:
    """Operations on user_identities."""

    enrollment_automations: UserIdentitiesEnrollmentAutomationsResource
    unmanaged: UserIdentitiesUnmanagedResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.enrollment_automations = UserIdentitiesEnrollmentAutomationsResource(
            transport
        )
        self.unmanaged = UserIdentitiesUnmanagedResource(transport)

    @checked
    def add_acs_user(
        self,
        *,
        acs_user_id: str,
        user_identity_id: str | None = None,
        user_identity_key: str | None = None,
    ) -> None:
        """Add an ACS User to a User Identity

        Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        You must specify either `user_identity_id` or `user_identity_key` to identify the user identity.

        If `user_identity_key` is provided, but the user identity doesn't exist, a new user identity will be created automatically using information from the ACS user.

        Args:
            acs_user_id: ID of the access system user that you want to add to the user identity.
            user_identity_id: ID of the user identity to which you want to add an access system user.
            user_identity_key: Key of the user identity to which you want to add an access system user.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_key is not None:
            _body["user_identity_key"] = to_json(user_identity_key)
        self._transport.request(
            "POST",
            "/user_identities/add_acs_user",
            json=_body,
            authenticated=True,
        )

    @checked
    def create(
        self,
        *,
        acs_system_ids: Sequence[str] | None = None,
        email_address: str | None | NotGiven = NOT_GIVEN,
        full_name: str | None | NotGiven = NOT_GIVEN,
        phone_number: str | None | NotGiven = NOT_GIVEN,
        user_identity_key: str | None | NotGiven = NOT_GIVEN,
    ) -> models.UserIdentity:
        """Create a User Identity

        Creates a new [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            acs_system_ids: List of access system IDs to associate with the new user identity through access system users. If there's no user with the same email address or phone number in the specified access systems, a new access system user is created. If there is an existing user with the same email or phone number in the specified access systems, the user is linked to the user identity.
            email_address: Unique email address for the new user identity.
            full_name: Full name of the user associated with the new user identity.
            phone_number: Unique phone number for the new user identity in E.164 format (for example, +15555550100).
            user_identity_key: Unique key for the new user identity.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_ids is not None:
            _body["acs_system_ids"] = to_json(acs_system_ids)
        if not isinstance(email_address, NotGiven):
            _body["email_address"] = to_json(email_address)
        if not isinstance(full_name, NotGiven):
            _body["full_name"] = to_json(full_name)
        if not isinstance(phone_number, NotGiven):
            _body["phone_number"] = to_json(phone_number)
        if not isinstance(user_identity_key, NotGiven):
            _body["user_identity_key"] = to_json(user_identity_key)
        _response = self._transport.request(
            "POST",
            "/user_identities/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UserIdentity",
            self._transport.parse(models.UserIdentity, _response, "user_identity"),
        )

    @checked
    def delete(
        self,
        *,
        user_identity_id: str,
    ) -> None:
        """Delete a User Identity

        Deletes a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions).

        Args:
            user_identity_id: ID of the user identity that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/user_identities/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def generate_instant_key(
        self,
        *,
        user_identity_id: str,
        customization_profile_id: str | None = None,
        max_use_count: float | None = None,
    ) -> models.InstantKey:
        """Generate an Instant Key

        Generates a new [instant key](https://docs.seam.co/capability-guides/instant-keys) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity for which you want to generate an instant key.
            customization_profile_id:
            max_use_count: Maximum number of times the instant key can be used. Default: 1.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        if customization_profile_id is not None:
            _body["customization_profile_id"] = to_json(customization_profile_id)
        if max_use_count is not None:
            _body["max_use_count"] = to_json(max_use_count)
        _response = self._transport.request(
            "POST",
            "/user_identities/generate_instant_key",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.InstantKey",
            self._transport.parse(models.InstantKey, _response, "instant_key"),
        )

    @checked
    def get(
        self,
        *,
        body: (
            models.UserIdentitiesGetRequestWithUserIdentityId
            | models.UserIdentitiesGetRequestWithUserIdentityKey
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.UserIdentity:
        """Get a User Identity

        Returns a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = self._transport.request(
            "POST",
            "/user_identities/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UserIdentity",
            self._transport.parse(models.UserIdentity, _response, "user_identity"),
        )

    @checked
    def grant_access_to_device(
        self,
        *,
        device_id: str,
        user_identity_id: str,
    ) -> None:
        """Grant a User Identity Access to a Device

        Grants a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) access to a specified [device](https://docs.seam.co/core-concepts/devices/).

        Args:
            device_id: ID of the managed device to which you want to grant access to the user identity.
            user_identity_id: ID of the user identity that you want to grant access to a device.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/user_identities/grant_access_to_device",
            json=_body,
            authenticated=True,
        )

    @checked
    def list(
        self,
        *,
        created_before: str | None = None,
        credential_manager_acs_system_id: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> builtins.list[models.UserIdentity]:
        """List User Identities

        Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            created_before: Timestamp by which to limit returned user identities. Returns user identities created before this timestamp.
            credential_manager_acs_system_id: `acs_system_id` of the credential manager by which you want to filter the list of user identities.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address` or `user_identity_id`.
            user_identity_ids: Array of user identity IDs by which to filter the list of user identities.
        """
        _body: builtins.dict[str, Any] = {}
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if credential_manager_acs_system_id is not None:
            _body["credential_manager_acs_system_id"] = to_json(
                credential_manager_acs_system_id
            )
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_ids is not None:
            _body["user_identity_ids"] = to_json(user_identity_ids)
        _response = self._transport.request(
            "POST",
            "/user_identities/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UserIdentity]",
            self._transport.parse(
                builtins.list[models.UserIdentity], _response, "user_identities"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        created_before: str | None = None,
        credential_manager_acs_system_id: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> Iterator[models.UserIdentity]:
        """List User Identities

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            created_before: Timestamp by which to limit returned user identities. Returns user identities created before this timestamp.
            credential_manager_acs_system_id: `acs_system_id` of the credential manager by which you want to filter the list of user identities.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address` or `user_identity_id`.
            user_identity_ids: Array of user identity IDs by which to filter the list of user identities.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if credential_manager_acs_system_id is not None:
                _body["credential_manager_acs_system_id"] = to_json(
                    credential_manager_acs_system_id
                )
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identity_ids is not None:
                _body["user_identity_ids"] = to_json(user_identity_ids)
            _response = self._transport.request(
                "POST",
                "/user_identities/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.UserIdentity]",
                self._transport.parse(
                    builtins.list[models.UserIdentity], _response, "user_identities"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def list_accessible_devices(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.Device]:
        """List Accessible Devices for a User Identity

        Returns a list of all [devices](https://docs.seam.co/core-concepts/devices) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes devices derived from the access grants assigned to the user identity and devices directly linked to the user identity.

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve all accessible devices.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/user_identities/list_accessible_devices",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )

    @checked
    def list_accessible_entrances(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.AcsEntrance]:
        """List Accessible Entrances for a User Identity

        Returns a list of all [ACS entrances](https://docs.seam.co/api/acs/entrances) accessible to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes entrances derived from the access grants assigned to the user identity and entrances accessible through ACS users linked to the user identity.

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve all accessible entrances.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/user_identities/list_accessible_entrances",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsEntrance]",
            self._transport.parse(
                builtins.list[models.AcsEntrance], _response, "acs_entrances"
            ),
        )

    @checked
    def list_acs_systems(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.AcsSystem]:
        """List ACS Systems Associated with a User Identity

        Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve all access systems.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/user_identities/list_acs_systems",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsSystem]",
            self._transport.parse(
                builtins.list[models.AcsSystem], _response, "acs_systems"
            ),
        )

    @checked
    def list_acs_users(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.AcsUser]:
        """List ACS Users Associated with a User Identity

        Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) assigned to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve all access system users.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/user_identities/list_acs_users",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsUser]",
            self._transport.parse(
                builtins.list[models.AcsUser], _response, "acs_users"
            ),
        )

    @checked
    def remove_acs_user(
        self,
        *,
        acs_user_id: str,
        user_identity_id: str,
    ) -> None:
        """Remove an ACS User from a User Identity

        Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            acs_user_id: ID of the access system user that you want to remove from the user identity..
            user_identity_id: ID of the user identity from which you want to remove an access system user.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_user_id"] = to_json(acs_user_id)
        _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/user_identities/remove_acs_user",
            json=_body,
            authenticated=True,
        )

    @checked
    def revoke_access_to_device(
        self,
        *,
        device_id: str,
        user_identity_id: str,
    ) -> None:
        """Revoke Access to a Device from a User Identity

        Revokes access to a specified [device](https://docs.seam.co/core-concepts/devices/) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            device_id: ID of the managed device to which you want to revoke access from the user identity.
            user_identity_id: ID of the user identity from which you want to revoke access to a device.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/user_identities/revoke_access_to_device",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        user_identity_id: str,
        email_address: str | None | NotGiven = NOT_GIVEN,
        full_name: str | None | NotGiven = NOT_GIVEN,
        phone_number: str | None | NotGiven = NOT_GIVEN,
        user_identity_key: str | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update a User Identity

        Updates a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity that you want to update.
            email_address: Unique email address for the user identity.
            full_name: Full name of the user associated with the user identity.
            phone_number: Unique phone number for the user identity.
            user_identity_key: Unique key for the user identity.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        if not isinstance(email_address, NotGiven):
            _body["email_address"] = to_json(email_address)
        if not isinstance(full_name, NotGiven):
            _body["full_name"] = to_json(full_name)
        if not isinstance(phone_number, NotGiven):
            _body["phone_number"] = to_json(phone_number)
        if not isinstance(user_identity_key, NotGiven):
            _body["user_identity_key"] = to_json(user_identity_key)
        self._transport.request(
            "POST",
            "/user_identities/update",
            json=_body,
            authenticated=True,
        )


class AsyncUserIdentitiesEnrollmentAutomationsResource:
    """Operations on user_identities enrollment_automations (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def delete(
        self,
        *,
        enrollment_automation_id: str,
    ) -> None:
        """Delete an Enrollment Automation

        Deletes a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system). You must delete all enrollment automations associated with a [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) before [deleting the user identity](https://docs.seam.co/api/user_identities/delete).

        Args:
            enrollment_automation_id: ID of the enrollment automation that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["enrollment_automation_id"] = to_json(enrollment_automation_id)
        await self._transport.request(
            "POST",
            "/user_identities/enrollment_automations/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        enrollment_automation_id: str,
    ) -> models.EnrollmentAutomation:
        """Get an Enrollment Automation

        Returns a specified [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system/).

        Args:
            enrollment_automation_id: ID of the enrollment automation that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["enrollment_automation_id"] = to_json(enrollment_automation_id)
        _response = await self._transport.request(
            "POST",
            "/user_identities/enrollment_automations/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.EnrollmentAutomation",
            self._transport.parse(
                models.EnrollmentAutomation, _response, "enrollment_automation"
            ),
        )

    @checked
    async def launch(
        self,
        *,
        credential_manager_acs_system_id: str,
        user_identity_id: str,
        acs_credential_pool_id: str | None = None,
        create_credential_manager_user: bool | None = None,
        credential_manager_acs_user_id: str | None = None,
    ) -> models.EnrollmentAutomation:
        """Launch an Enrollment Automation

        Sets up a new [enrollment automation](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) with a specified [credential manager](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system).

        Args:
            credential_manager_acs_system_id: ID of the desired access system that serves as the credential manager for the enrollment automation.
            user_identity_id: ID of the user identity for which you want to launch an enrollment automation.
            acs_credential_pool_id: ID of the credential pool from which to obtain credentials for the user identity.
            create_credential_manager_user: Indicates whether to create an associated credential manager user. If you set `create_credential_manager_user` to `true`, you cannot specify a `credential_manager_acs_user_id`.
            credential_manager_acs_user_id: ID of the associated access system user within the credential manager. If you specify a `credential_manager_acs_user_id`, you cannot set `create_credential_manager_user` to `true`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["credential_manager_acs_system_id"] = to_json(
            credential_manager_acs_system_id
        )
        _body["user_identity_id"] = to_json(user_identity_id)
        if acs_credential_pool_id is not None:
            _body["acs_credential_pool_id"] = to_json(acs_credential_pool_id)
        if create_credential_manager_user is not None:
            _body["create_credential_manager_user"] = to_json(
                create_credential_manager_user
            )
        if credential_manager_acs_user_id is not None:
            _body["credential_manager_acs_user_id"] = to_json(
                credential_manager_acs_user_id
            )
        _response = await self._transport.request(
            "POST",
            "/user_identities/enrollment_automations/launch",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.EnrollmentAutomation",
            self._transport.parse(
                models.EnrollmentAutomation, _response, "enrollment_automation"
            ),
        )

    @checked
    async def list(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.EnrollmentAutomation]:
        """List Enrollment Automations

        Returns a list of all [enrollment automations](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve enrollment automations.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/user_identities/enrollment_automations/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.EnrollmentAutomation]",
            self._transport.parse(
                builtins.list[models.EnrollmentAutomation],
                _response,
                "enrollment_automations",
            ),
        )


class AsyncUserIdentitiesUnmanagedResource:
    """Operations on user_identities unmanaged (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        user_identity_id: str,
    ) -> models.UserIdentitiesUnmanagedGetResponseUserIdentity:
        """Get an Unmanaged User Identity

        Returns a specified unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).

        Args:
            user_identity_id: ID of the unmanaged user identity that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/user_identities/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UserIdentitiesUnmanagedGetResponseUserIdentity",
            self._transport.parse(
                models.UserIdentitiesUnmanagedGetResponseUserIdentity,
                _response,
                "user_identity",
            ),
        )

    @checked
    async def list(
        self,
        *,
        created_before: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
    ) -> builtins.list[models.UserIdentitiesUnmanagedListResponseUserIdentity]:
        """List Unmanaged User Identities

        Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).

        Args:
            created_before: Timestamp by which to limit returned unmanaged user identities. Returns user identities created before this timestamp.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned unmanaged user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`,  `user_identity_id` or `acs_system_id`.
        """
        _body: builtins.dict[str, Any] = {}
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        _response = await self._transport.request(
            "POST",
            "/user_identities/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UserIdentitiesUnmanagedListResponseUserIdentity]",
            self._transport.parse(
                builtins.list[models.UserIdentitiesUnmanagedListResponseUserIdentity],
                _response,
                "user_identities",
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        created_before: str | None = None,
        limit: int | None = None,
        search: str | None = None,
    ) -> AsyncIterator[models.UserIdentitiesUnmanagedListResponseUserIdentity]:
        """List Unmanaged User Identities

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all unmanaged [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) (where is_managed = false).

        Args:
            created_before: Timestamp by which to limit returned unmanaged user identities. Returns user identities created before this timestamp.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned unmanaged user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`,  `user_identity_id` or `acs_system_id`.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            _response = await self._transport.request(
                "POST",
                "/user_identities/unmanaged/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.UserIdentitiesUnmanagedListResponseUserIdentity]",
                self._transport.parse(
                    builtins.list[
                        models.UserIdentitiesUnmanagedListResponseUserIdentity
                    ],
                    _response,
                    "user_identities",
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
        is_managed: Literal[True],
        user_identity_id: str,
        user_identity_key: str | None = None,
    ) -> None:
        """Update an Unmanaged User Identity

        Updates an unmanaged [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) to make it managed.

        This endpoint can only be used to convert unmanaged user identities to managed ones by setting `is_managed` to `true`. It cannot be used to convert managed user identities back to unmanaged.

        Args:
            is_managed: Must be set to true to convert the unmanaged user identity to managed.
            user_identity_id: ID of the unmanaged user identity that you want to update.
            user_identity_key: Unique key for the user identity. If not provided, the existing key will be preserved.
        """
        _body: builtins.dict[str, Any] = {}
        _body["is_managed"] = to_json(is_managed)
        _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_key is not None:
            _body["user_identity_key"] = to_json(user_identity_key)
        await self._transport.request(
            "POST",
            "/user_identities/unmanaged/update",
            json=_body,
            authenticated=True,
        )


class AsyncUserIdentitiesResource:
    """Operations on user_identities (awaitable)."""

    enrollment_automations: AsyncUserIdentitiesEnrollmentAutomationsResource
    unmanaged: AsyncUserIdentitiesUnmanagedResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.enrollment_automations = AsyncUserIdentitiesEnrollmentAutomationsResource(
            transport
        )
        self.unmanaged = AsyncUserIdentitiesUnmanagedResource(transport)

    @checked
    async def add_acs_user(
        self,
        *,
        acs_user_id: str,
        user_identity_id: str | None = None,
        user_identity_key: str | None = None,
    ) -> None:
        """Add an ACS User to a User Identity

        Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        You must specify either `user_identity_id` or `user_identity_key` to identify the user identity.

        If `user_identity_key` is provided, but the user identity doesn't exist, a new user identity will be created automatically using information from the ACS user.

        Args:
            acs_user_id: ID of the access system user that you want to add to the user identity.
            user_identity_id: ID of the user identity to which you want to add an access system user.
            user_identity_key: Key of the user identity to which you want to add an access system user.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_key is not None:
            _body["user_identity_key"] = to_json(user_identity_key)
        await self._transport.request(
            "POST",
            "/user_identities/add_acs_user",
            json=_body,
            authenticated=True,
        )

    @checked
    async def create(
        self,
        *,
        acs_system_ids: Sequence[str] | None = None,
        email_address: str | None | NotGiven = NOT_GIVEN,
        full_name: str | None | NotGiven = NOT_GIVEN,
        phone_number: str | None | NotGiven = NOT_GIVEN,
        user_identity_key: str | None | NotGiven = NOT_GIVEN,
    ) -> models.UserIdentity:
        """Create a User Identity

        Creates a new [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            acs_system_ids: List of access system IDs to associate with the new user identity through access system users. If there's no user with the same email address or phone number in the specified access systems, a new access system user is created. If there is an existing user with the same email or phone number in the specified access systems, the user is linked to the user identity.
            email_address: Unique email address for the new user identity.
            full_name: Full name of the user associated with the new user identity.
            phone_number: Unique phone number for the new user identity in E.164 format (for example, +15555550100).
            user_identity_key: Unique key for the new user identity.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_ids is not None:
            _body["acs_system_ids"] = to_json(acs_system_ids)
        if not isinstance(email_address, NotGiven):
            _body["email_address"] = to_json(email_address)
        if not isinstance(full_name, NotGiven):
            _body["full_name"] = to_json(full_name)
        if not isinstance(phone_number, NotGiven):
            _body["phone_number"] = to_json(phone_number)
        if not isinstance(user_identity_key, NotGiven):
            _body["user_identity_key"] = to_json(user_identity_key)
        _response = await self._transport.request(
            "POST",
            "/user_identities/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UserIdentity",
            self._transport.parse(models.UserIdentity, _response, "user_identity"),
        )

    @checked
    async def delete(
        self,
        *,
        user_identity_id: str,
    ) -> None:
        """Delete a User Identity

        Deletes a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This deletes the user identity and all associated resources, including any [credentials](https://docs.seam.co/api/acs/credentials), [acs users](https://docs.seam.co/api/acs/users) and [client sessions](https://docs.seam.co/api/client_sessions).

        Args:
            user_identity_id: ID of the user identity that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/user_identities/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def generate_instant_key(
        self,
        *,
        user_identity_id: str,
        customization_profile_id: str | None = None,
        max_use_count: float | None = None,
    ) -> models.InstantKey:
        """Generate an Instant Key

        Generates a new [instant key](https://docs.seam.co/capability-guides/instant-keys) for a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity for which you want to generate an instant key.
            customization_profile_id:
            max_use_count: Maximum number of times the instant key can be used. Default: 1.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        if customization_profile_id is not None:
            _body["customization_profile_id"] = to_json(customization_profile_id)
        if max_use_count is not None:
            _body["max_use_count"] = to_json(max_use_count)
        _response = await self._transport.request(
            "POST",
            "/user_identities/generate_instant_key",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.InstantKey",
            self._transport.parse(models.InstantKey, _response, "instant_key"),
        )

    @checked
    async def get(
        self,
        *,
        body: (
            models.UserIdentitiesGetRequestWithUserIdentityId
            | models.UserIdentitiesGetRequestWithUserIdentityKey
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.UserIdentity:
        """Get a User Identity

        Returns a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        _response = await self._transport.request(
            "POST",
            "/user_identities/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UserIdentity",
            self._transport.parse(models.UserIdentity, _response, "user_identity"),
        )

    @checked
    async def grant_access_to_device(
        self,
        *,
        device_id: str,
        user_identity_id: str,
    ) -> None:
        """Grant a User Identity Access to a Device

        Grants a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity) access to a specified [device](https://docs.seam.co/core-concepts/devices/).

        Args:
            device_id: ID of the managed device to which you want to grant access to the user identity.
            user_identity_id: ID of the user identity that you want to grant access to a device.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/user_identities/grant_access_to_device",
            json=_body,
            authenticated=True,
        )

    @checked
    async def list(
        self,
        *,
        created_before: str | None = None,
        credential_manager_acs_system_id: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> builtins.list[models.UserIdentity]:
        """List User Identities

        Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            created_before: Timestamp by which to limit returned user identities. Returns user identities created before this timestamp.
            credential_manager_acs_system_id: `acs_system_id` of the credential manager by which you want to filter the list of user identities.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address` or `user_identity_id`.
            user_identity_ids: Array of user identity IDs by which to filter the list of user identities.
        """
        _body: builtins.dict[str, Any] = {}
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if credential_manager_acs_system_id is not None:
            _body["credential_manager_acs_system_id"] = to_json(
                credential_manager_acs_system_id
            )
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_ids is not None:
            _body["user_identity_ids"] = to_json(user_identity_ids)
        _response = await self._transport.request(
            "POST",
            "/user_identities/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UserIdentity]",
            self._transport.parse(
                builtins.list[models.UserIdentity], _response, "user_identities"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        created_before: str | None = None,
        credential_manager_acs_system_id: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        user_identity_ids: Sequence[str] | None = None,
    ) -> AsyncIterator[models.UserIdentity]:
        """List User Identities

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [user identities](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            created_before: Timestamp by which to limit returned user identities. Returns user identities created before this timestamp.
            credential_manager_acs_system_id: `acs_system_id` of the credential manager by which you want to filter the list of user identities.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned user identities to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address` or `user_identity_id`.
            user_identity_ids: Array of user identity IDs by which to filter the list of user identities.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if credential_manager_acs_system_id is not None:
                _body["credential_manager_acs_system_id"] = to_json(
                    credential_manager_acs_system_id
                )
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identity_ids is not None:
                _body["user_identity_ids"] = to_json(user_identity_ids)
            _response = await self._transport.request(
                "POST",
                "/user_identities/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.UserIdentity]",
                self._transport.parse(
                    builtins.list[models.UserIdentity], _response, "user_identities"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def list_accessible_devices(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.Device]:
        """List Accessible Devices for a User Identity

        Returns a list of all [devices](https://docs.seam.co/core-concepts/devices) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes devices derived from the access grants assigned to the user identity and devices directly linked to the user identity.

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve all accessible devices.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/user_identities/list_accessible_devices",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Device]",
            self._transport.parse(builtins.list[models.Device], _response, "devices"),
        )

    @checked
    async def list_accessible_entrances(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.AcsEntrance]:
        """List Accessible Entrances for a User Identity

        Returns a list of all [ACS entrances](https://docs.seam.co/api/acs/entrances) accessible to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity). This includes entrances derived from the access grants assigned to the user identity and entrances accessible through ACS users linked to the user identity.

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve all accessible entrances.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/user_identities/list_accessible_entrances",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsEntrance]",
            self._transport.parse(
                builtins.list[models.AcsEntrance], _response, "acs_entrances"
            ),
        )

    @checked
    async def list_acs_systems(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.AcsSystem]:
        """List ACS Systems Associated with a User Identity

        Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems) associated with a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve all access systems.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/user_identities/list_acs_systems",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsSystem]",
            self._transport.parse(
                builtins.list[models.AcsSystem], _response, "acs_systems"
            ),
        )

    @checked
    async def list_acs_users(
        self,
        *,
        user_identity_id: str,
    ) -> builtins.list[models.AcsUser]:
        """List ACS Users Associated with a User Identity

        Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) assigned to a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity for which you want to retrieve all access system users.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/user_identities/list_acs_users",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsUser]",
            self._transport.parse(
                builtins.list[models.AcsUser], _response, "acs_users"
            ),
        )

    @checked
    async def remove_acs_user(
        self,
        *,
        acs_user_id: str,
        user_identity_id: str,
    ) -> None:
        """Remove an ACS User from a User Identity

        Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            acs_user_id: ID of the access system user that you want to remove from the user identity..
            user_identity_id: ID of the user identity from which you want to remove an access system user.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_user_id"] = to_json(acs_user_id)
        _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/user_identities/remove_acs_user",
            json=_body,
            authenticated=True,
        )

    @checked
    async def revoke_access_to_device(
        self,
        *,
        device_id: str,
        user_identity_id: str,
    ) -> None:
        """Revoke Access to a Device from a User Identity

        Revokes access to a specified [device](https://docs.seam.co/core-concepts/devices/) from a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            device_id: ID of the managed device to which you want to revoke access from the user identity.
            user_identity_id: ID of the user identity from which you want to revoke access to a device.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/user_identities/revoke_access_to_device",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        user_identity_id: str,
        email_address: str | None | NotGiven = NOT_GIVEN,
        full_name: str | None | NotGiven = NOT_GIVEN,
        phone_number: str | None | NotGiven = NOT_GIVEN,
        user_identity_key: str | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update a User Identity

        Updates a specified [user identity](https://docs.seam.co/capability-guides/mobile-access/managing-mobile-app-user-accounts-with-user-identities#what-is-a-user-identity).

        Args:
            user_identity_id: ID of the user identity that you want to update.
            email_address: Unique email address for the user identity.
            full_name: Full name of the user associated with the user identity.
            phone_number: Unique phone number for the user identity.
            user_identity_key: Unique key for the user identity.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        if not isinstance(email_address, NotGiven):
            _body["email_address"] = to_json(email_address)
        if not isinstance(full_name, NotGiven):
            _body["full_name"] = to_json(full_name)
        if not isinstance(phone_number, NotGiven):
            _body["phone_number"] = to_json(phone_number)
        if not isinstance(user_identity_key, NotGiven):
            _body["user_identity_key"] = to_json(user_identity_key)
        await self._transport.request(
            "POST",
            "/user_identities/update",
            json=_body,
            authenticated=True,
        )
