"""The `acs` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Literal, cast

from typing_extensions import deprecated

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


class AcsAccessGroupsUnmanagedResource:
    """Operations on acs access_groups unmanaged."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        acs_access_group_id: str,
    ) -> models.UnmanagedAcsAccessGroup:
        """Get an Unmanaged Access Group

        Returns a specified unmanaged [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the unmanaged access group that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _response = self._transport.request(
            "POST",
            "/acs/access_groups/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAcsAccessGroup",
            self._transport.parse(
                models.UnmanagedAcsAccessGroup, _response, "acs_access_group"
            ),
        )

    @checked
    def list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        search: str | None = None,
    ) -> builtins.list[models.UnmanagedAcsAccessGroup]:
        """List Unmanaged Access Groups

        Returns a list of all unmanaged [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all unmanaged access groups.
            acs_user_id: ID of the access system user for which you want to retrieve all unmanaged access groups.
            search: String for which to search. Filters returned access groups to include all records that satisfy a partial match using `name` or `acs_access_group_id`.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if search is not None:
            _body["search"] = to_json(search)
        _response = self._transport.request(
            "POST",
            "/acs/access_groups/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedAcsAccessGroup]",
            self._transport.parse(
                builtins.list[models.UnmanagedAcsAccessGroup],
                _response,
                "acs_access_groups",
            ),
        )


class AcsAccessGroupsResource:
    """Operations on acs access_groups."""

    unmanaged: AcsAccessGroupsUnmanagedResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.unmanaged = AcsAccessGroupsUnmanagedResource(transport)

    @checked
    def add_user(
        self,
        *,
        acs_access_group_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Add an ACS User to an Access Group

        Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group to which you want to add an access system user.
            acs_user_id: ID of the access system user that you want to add to an access group. You can only provide one of acs_user_id or user_identity_id.
            user_identity_id: ID of the desired user identity that you want to add to an access group. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the access group membership belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/access_groups/add_user",
            json=_body,
            authenticated=True,
        )

    @checked
    def delete(
        self,
        *,
        acs_access_group_id: str,
    ) -> None:
        """Delete an Access Group

        Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        self._transport.request(
            "POST",
            "/acs/access_groups/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        acs_access_group_id: str,
    ) -> models.AcsAccessGroup:
        """Get an Access Group

        Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _response = self._transport.request(
            "POST",
            "/acs/access_groups/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsAccessGroup",
            self._transport.parse(models.AcsAccessGroup, _response, "acs_access_group"),
        )

    @checked
    def list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        search: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AcsAccessGroup]:
        """List Access Groups

        Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all access groups.
            acs_user_id: ID of the access system user for which you want to retrieve all access groups.
            search: String for which to search. Filters returned access groups to include all records that satisfy a partial match using `name` or `acs_access_group_id`.
            user_identity_id: ID of the user identity for which you want to retrieve all access groups.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/acs/access_groups/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsAccessGroup]",
            self._transport.parse(
                builtins.list[models.AcsAccessGroup], _response, "acs_access_groups"
            ),
        )

    @checked
    def list_accessible_entrances(
        self,
        *,
        acs_access_group_id: str,
    ) -> builtins.list[models.AcsEntrance]:
        """List Entrances Accessible to an Access Group

        Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group for which you want to retrieve all accessible entrances.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _response = self._transport.request(
            "POST",
            "/acs/access_groups/list_accessible_entrances",
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
    def list_users(
        self,
        *,
        acs_access_group_id: str,
    ) -> builtins.list[models.AcsUser]:
        """List ACS Users in an Access Group

        Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group for which you want to retrieve all access system users.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _response = self._transport.request(
            "POST",
            "/acs/access_groups/list_users",
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
    def remove_user(
        self,
        *,
        acs_access_group_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Remove an ACS User from an Access Group

        Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group from which you want to remove an access system user.
            acs_user_id: ID of the access system user that you want to remove from an access group.
            user_identity_id: ID of the user identity associated with the user that you want to remove from an access group.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/access_groups/remove_user",
            json=_body,
            authenticated=True,
        )


class AcsCredentialPoolsResource:
    """Operations on acs credential_pools."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @deprecated(
        "`acs.credential_pools.list` is deprecated: Use `/user_identities/enrollment_automations/list` instead."
    )
    @checked
    def list(
        self,
        *,
        acs_system_id: str,
    ) -> builtins.list[models.AcsCredentialPool]:
        """List Credential Pools

        Deprecated: Use `/user_identities/enrollment_automations/list` instead.

        Returns a list of all credential pools.

        Args:
            acs_system_id: ID of the access system for which you want to list credential pools.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _response = self._transport.request(
            "POST",
            "/acs/credential_pools/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsCredentialPool]",
            self._transport.parse(
                builtins.list[models.AcsCredentialPool],
                _response,
                "acs_credential_pools",
            ),
        )


class AcsCredentialProvisioningAutomationsResource:
    """Operations on acs credential_provisioning_automations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @deprecated(
        "`acs.credential_provisioning_automations.launch` is deprecated: Use `/user_identities/enrollment_automations/launch` instead."
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
    ) -> models.AcsCredentialProvisioningAutomation:
        """Launch a Credential Provisioning Automation

        Deprecated: Use `/user_identities/enrollment_automations/launch` instead.

        Launches a credential provisioning automation.

        Args:
            credential_manager_acs_system_id: Access system ID of the credential manager for which you want to launch a credential provisioning automation.
            user_identity_id: ID of the user identity for which you want to launch a credential provisioning automation.
            acs_credential_pool_id: ID of the credential pool for which you want to launch a credential provisioning automation.
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
            "/acs/credential_provisioning_automations/launch",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsCredentialProvisioningAutomation",
            self._transport.parse(
                models.AcsCredentialProvisioningAutomation,
                _response,
                "acs_credential_provisioning_automation",
            ),
        )


class AcsCredentialsUnmanagedResource:
    """Operations on acs credentials unmanaged."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        acs_credential_id: str,
    ) -> models.UnmanagedAcsCredential:
        """Get an Unmanaged Credential

        Returns a specified unmanaged [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_credential_id: ID of the unmanaged credential that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        _response = self._transport.request(
            "POST",
            "/acs/credentials/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAcsCredential",
            self._transport.parse(
                models.UnmanagedAcsCredential, _response, "acs_credential"
            ),
        )

    @checked
    def list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        search: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.UnmanagedAcsCredential]:
        """List Unmanaged Credentials

        Returns a list of all unmanaged [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all credentials.
            acs_user_id: ID of the access system user for which you want to retrieve all credentials.
            search: String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
            user_identity_id: ID of the user identity for which you want to retrieve all credentials.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/acs/credentials/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedAcsCredential]",
            self._transport.parse(
                builtins.list[models.UnmanagedAcsCredential],
                _response,
                "acs_credentials",
            ),
        )


class AcsCredentialsResource:
    """Operations on acs credentials."""

    unmanaged: AcsCredentialsUnmanagedResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.unmanaged = AcsCredentialsUnmanagedResource(transport)

    @checked
    def assign(
        self,
        *,
        acs_credential_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Assign a Credential to an ACS User

        Assigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) to a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_credential_id: ID of the credential that you want to assign to an access system user.
            acs_user_id: ID of the access system user to whom you want to assign a credential. You can only provide one of acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity to whom you want to assign a credential. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the credential belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/credentials/assign",
            json=_body,
            authenticated=True,
        )

    @checked
    def create(
        self,
        *,
        access_method: models.AcsCredentialsCreateRequestAccessMethod | str,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        allowed_acs_entrance_ids: Sequence[str] | None = None,
        assa_abloy_vostio_metadata: (
            models.AcsCredentialsCreateRequestAssaAbloyVostioMetadata
            | Mapping[str, Any]
            | None
        ) = None,
        code: str | None = None,
        credential_manager_acs_system_id: str | None = None,
        ends_at: str | None = None,
        hotek_metadata: (
            models.AcsCredentialsCreateRequestHotekMetadata | Mapping[str, Any] | None
        ) = None,
        is_multi_phone_sync_credential: bool | None = None,
        salto_space_metadata: (
            models.AcsCredentialsCreateRequestSaltoSpaceMetadata
            | Mapping[str, Any]
            | None
        ) = None,
        starts_at: str | None = None,
        user_identity_id: str | None = None,
        visionline_metadata: (
            models.AcsCredentialsCreateRequestVisionlineMetadata
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.AcsCredential:
        """Create a Credential for an ACS User

        Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.

        Args:
            access_method: Access method for the new credential. Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
            acs_system_id: ID of the access system to which the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.
            acs_user_id: ID of the access system user to whom the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.
            allowed_acs_entrance_ids: Set of IDs of the [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for which the new credential grants access.
            assa_abloy_vostio_metadata: Vostio-specific metadata for the new credential.
            code: Access (PIN) code for the new credential. There may be manufacturer-specific code restrictions. For details, see the applicable [device or system integration guide](https://docs.seam.co/device-and-system-integration-guides).
            credential_manager_acs_system_id: ACS system ID of the credential manager for the new credential.
            ends_at: Date and time at which the validity of the new credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            hotek_metadata:
            is_multi_phone_sync_credential: Indicates whether the new credential is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials).
            salto_space_metadata: Salto Space-specific metadata for the new credential.
            starts_at: Date and time at which the validity of the new credential starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            user_identity_id: ID of the user identity to whom the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`. If the access system contains a user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the credential belongs to the access system user. If the access system does not have a corresponding user, one is created.
            visionline_metadata: Visionline-specific metadata for the new credential.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method"] = to_json(access_method)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if allowed_acs_entrance_ids is not None:
            _body["allowed_acs_entrance_ids"] = to_json(allowed_acs_entrance_ids)
        if assa_abloy_vostio_metadata is not None:
            _body["assa_abloy_vostio_metadata"] = to_json(assa_abloy_vostio_metadata)
        if code is not None:
            _body["code"] = to_json(code)
        if credential_manager_acs_system_id is not None:
            _body["credential_manager_acs_system_id"] = to_json(
                credential_manager_acs_system_id
            )
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if hotek_metadata is not None:
            _body["hotek_metadata"] = to_json(hotek_metadata)
        if is_multi_phone_sync_credential is not None:
            _body["is_multi_phone_sync_credential"] = to_json(
                is_multi_phone_sync_credential
            )
        if salto_space_metadata is not None:
            _body["salto_space_metadata"] = to_json(salto_space_metadata)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if visionline_metadata is not None:
            _body["visionline_metadata"] = to_json(visionline_metadata)
        _response = self._transport.request(
            "POST",
            "/acs/credentials/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsCredential",
            self._transport.parse(models.AcsCredential, _response, "acs_credential"),
        )

    @checked
    def create_offline_code(
        self,
        *,
        acs_user_id: str,
        allowed_acs_entrance_id: str,
        ends_at: str | None = None,
        is_one_time_use: bool | None = None,
        starts_at: str | None = None,
    ) -> models.AcsCredential:
        """Create an Offline Credential for an ACS User

        Creates a new offline [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_user_id: ID of the access system user to whom the new credential belongs.
            allowed_acs_entrance_id: IDs of the [`acs_entrance`s](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for which the new credential grants access.
            ends_at: Date and time at which the validity of the new credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            is_one_time_use: Indicates whether the code is one-time-use or reusable.
            starts_at: Date and time at which the validity of the new credential starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_user_id"] = to_json(acs_user_id)
        _body["allowed_acs_entrance_id"] = to_json(allowed_acs_entrance_id)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_one_time_use is not None:
            _body["is_one_time_use"] = to_json(is_one_time_use)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        _response = self._transport.request(
            "POST",
            "/acs/credentials/create_offline_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsCredential",
            self._transport.parse(models.AcsCredential, _response, "acs_credential"),
        )

    @checked
    def delete(
        self,
        *,
        acs_credential_id: str,
    ) -> None:
        """Delete a Credential

        Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_credential_id: ID of the credential that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        self._transport.request(
            "POST",
            "/acs/credentials/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        acs_credential_id: str,
    ) -> models.AcsCredential:
        """Get a Credential

        Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_credential_id: ID of the credential that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        _response = self._transport.request(
            "POST",
            "/acs/credentials/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsCredential",
            self._transport.parse(models.AcsCredential, _response, "acs_credential"),
        )

    @checked
    def list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        created_before: str | None = None,
        is_multi_phone_sync_credential: bool | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AcsCredential]:
        """List Credentials

        Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all credentials.
            acs_user_id: ID of the access system user for which you want to retrieve all credentials.
            created_before: Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
            is_multi_phone_sync_credential: Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials.
            limit: Number of credentials to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
            user_identity_id: ID of the user identity for which you want to retrieve all credentials.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if is_multi_phone_sync_credential is not None:
            _body["is_multi_phone_sync_credential"] = to_json(
                is_multi_phone_sync_credential
            )
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/acs/credentials/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsCredential]",
            self._transport.parse(
                builtins.list[models.AcsCredential], _response, "acs_credentials"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        created_before: str | None = None,
        is_multi_phone_sync_credential: bool | None = None,
        limit: float | None = None,
        search: str | None = None,
        user_identity_id: str | None = None,
    ) -> Iterator[models.AcsCredential]:
        """List Credentials

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all credentials.
            acs_user_id: ID of the access system user for which you want to retrieve all credentials.
            created_before: Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
            is_multi_phone_sync_credential: Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials.
            limit: Number of credentials to return.
            search: String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
            user_identity_id: ID of the user identity for which you want to retrieve all credentials.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if acs_user_id is not None:
                _body["acs_user_id"] = to_json(acs_user_id)
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if is_multi_phone_sync_credential is not None:
                _body["is_multi_phone_sync_credential"] = to_json(
                    is_multi_phone_sync_credential
                )
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            _response = self._transport.request(
                "POST",
                "/acs/credentials/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.AcsCredential]",
                self._transport.parse(
                    builtins.list[models.AcsCredential], _response, "acs_credentials"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def list_accessible_entrances(
        self,
        *,
        acs_credential_id: str,
    ) -> builtins.list[models.AcsEntrance]:
        """List Accessible Entrances

        Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.

        Args:
            acs_credential_id: ID of the credential for which you want to retrieve all entrances to which the credential grants access.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        _response = self._transport.request(
            "POST",
            "/acs/credentials/list_accessible_entrances",
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
    def unassign(
        self,
        *,
        acs_credential_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Unassign a Credential from an ACS User

        Unassigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_credential_id: ID of the credential that you want to unassign from an access system user.
            acs_user_id: ID of the access system user from which you want to unassign a credential. You can only provide one of acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity from which you want to unassign a credential. You can only provide one of acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/credentials/unassign",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        acs_credential_id: str,
        code: str | None = None,
        ends_at: str | None = None,
    ) -> None:
        """Update a Credential

        Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_credential_id: ID of the credential that you want to update.
            code: Replacement access (PIN) code for the credential that you want to update.
            ends_at: Replacement date and time at which the validity of the credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after the `starts_at` value that you set when creating the credential.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        if code is not None:
            _body["code"] = to_json(code)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        self._transport.request(
            "POST",
            "/acs/credentials/update",
            json=_body,
            authenticated=True,
        )


class AcsEncodersSimulateResource:
    """Operations on acs encoders simulate."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def next_credential_encode_will_fail(
        self,
        *,
        body: (
            models.NextCredentialEncodeWillFailRequestWithoutAcsCredentialId
            | models.NextCredentialEncodeWillFailRequestWithErrorCode
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Simulate that the Next Credential Encoding Will Fail

        Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        self._transport.request(
            "POST",
            "/acs/encoders/simulate/next_credential_encode_will_fail",
            json=_body,
            authenticated=True,
        )

    @checked
    def next_credential_encode_will_succeed(
        self,
        *,
        acs_encoder_id: str,
        scenario: Literal["credential_is_issued"] | None = None,
    ) -> None:
        """Simulate that the Next Credential Encoding Will Succeed

        Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            acs_encoder_id: ID of the `acs_encoder` that will be used in the next request to encode the `acs_credential`.
            scenario: Scenario to simulate.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if scenario is not None:
            _body["scenario"] = to_json(scenario)
        self._transport.request(
            "POST",
            "/acs/encoders/simulate/next_credential_encode_will_succeed",
            json=_body,
            authenticated=True,
        )

    @checked
    def next_credential_scan_will_fail(
        self,
        *,
        body: (
            models.NextCredentialScanWillFailRequestNoCredentialOnEncoder
            | models.NextCredentialScanWillFailRequestWithErrorCode
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Simulate that the Next Credential Scan Will Fail

        Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        self._transport.request(
            "POST",
            "/acs/encoders/simulate/next_credential_scan_will_fail",
            json=_body,
            authenticated=True,
        )

    @checked
    def next_credential_scan_will_succeed(
        self,
        *,
        body: (
            models.NextCredentialScanWillSucceedRequestWithAcsCredentialIdOnSeam
            | models.NextCredentialScanWillSucceedRequestCredentialDoesNotExistOnSeam
            | models.NextCredentialScanWillSucceedRequestCredentialOnEncoderIsEmpty
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Simulate that the Next Credential Scan Will Succeed

        Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        self._transport.request(
            "POST",
            "/acs/encoders/simulate/next_credential_scan_will_succeed",
            json=_body,
            authenticated=True,
        )


class AcsEncodersResource:
    """Operations on acs encoders."""

    simulate: AcsEncodersSimulateResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.simulate = AcsEncodersSimulateResource(transport)

    @checked
    def encode_credential(
        self,
        *,
        acs_encoder_id: str,
        access_method_id: str | None = None,
        acs_credential_id: str | None = None,
    ) -> models.ActionAttempt:
        """Encode a Credential

        Encodes an existing [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). Either provide an `acs_credential_id` or an `access_method_id`

        Args:
            acs_encoder_id: ID of the `acs_encoder` to use to encode the `acs_credential`.
            access_method_id: ID of the `access_method` to encode onto a card.
            acs_credential_id: ID of the `acs_credential` to encode onto a card.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if access_method_id is not None:
            _body["access_method_id"] = to_json(access_method_id)
        if acs_credential_id is not None:
            _body["acs_credential_id"] = to_json(acs_credential_id)
        _response = self._transport.request(
            "POST",
            "/acs/encoders/encode_credential",
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
        acs_encoder_id: str,
    ) -> models.AcsEncoder:
        """Get an Encoder

        Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            acs_encoder_id: ID of the encoder that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        _response = self._transport.request(
            "POST",
            "/acs/encoders/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsEncoder",
            self._transport.parse(models.AcsEncoder, _response, "acs_encoder"),
        )

    @checked
    def list(
        self,
        *,
        acs_encoder_ids: Sequence[str] | None = None,
        acs_system_id: str | None = None,
        acs_system_ids: Sequence[str] | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[models.AcsEncoder]:
        """List Encoders

        Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            acs_encoder_ids: IDs of the encoders that you want to retrieve.
            acs_system_id: ID of the access system for which you want to retrieve all encoders.
            acs_system_ids: IDs of the access systems for which you want to retrieve all encoders.
            limit: Number of encoders to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_encoder_ids is not None:
            _body["acs_encoder_ids"] = to_json(acs_encoder_ids)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_system_ids is not None:
            _body["acs_system_ids"] = to_json(acs_system_ids)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        _response = self._transport.request(
            "POST",
            "/acs/encoders/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsEncoder]",
            self._transport.parse(
                builtins.list[models.AcsEncoder], _response, "acs_encoders"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        acs_encoder_ids: Sequence[str] | None = None,
        acs_system_id: str | None = None,
        acs_system_ids: Sequence[str] | None = None,
        limit: float | None = None,
    ) -> Iterator[models.AcsEncoder]:
        """List Encoders

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            acs_encoder_ids: IDs of the encoders that you want to retrieve.
            acs_system_id: ID of the access system for which you want to retrieve all encoders.
            acs_system_ids: IDs of the access systems for which you want to retrieve all encoders.
            limit: Number of encoders to return.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_encoder_ids is not None:
                _body["acs_encoder_ids"] = to_json(acs_encoder_ids)
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if acs_system_ids is not None:
                _body["acs_system_ids"] = to_json(acs_system_ids)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            _response = self._transport.request(
                "POST",
                "/acs/encoders/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.AcsEncoder]",
                self._transport.parse(
                    builtins.list[models.AcsEncoder], _response, "acs_encoders"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def scan_credential(
        self,
        *,
        acs_encoder_id: str,
        salto_ks_metadata: (
            models.ScanCredentialRequestSaltoKsMetadata | Mapping[str, Any] | None
        ) = None,
    ) -> models.ActionAttempt:
        """Scan a Credential

        Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            acs_encoder_id: ID of the encoder to use for the scan.
            salto_ks_metadata: Salto KS-specific metadata for the scan action.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if salto_ks_metadata is not None:
            _body["salto_ks_metadata"] = to_json(salto_ks_metadata)
        _response = self._transport.request(
            "POST",
            "/acs/encoders/scan_credential",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    def scan_to_assign_credential(
        self,
        *,
        acs_encoder_id: str,
        acs_user_id: str | None = None,
        salto_ks_metadata: (
            models.ScanToAssignCredentialRequestSaltoKsMetadata
            | Mapping[str, Any]
            | None
        ) = None,
        user_identity_id: str | None = None,
    ) -> models.ActionAttempt:
        """Scan to Assign a Credential

        Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.

        Args:
            acs_encoder_id: ID of the `acs_encoder` to use to scan the credential.
            acs_user_id: ID of the `acs_user` to assign the scanned credential to.
            salto_ks_metadata: Salto KS-specific metadata for the scan action.
            user_identity_id: ID of the `user_identity` to assign the scanned credential to. If the ACS system contains an ACS user linked to this user identity, it is used. Otherwise, one is created.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if salto_ks_metadata is not None:
            _body["salto_ks_metadata"] = to_json(salto_ks_metadata)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/acs/encoders/scan_to_assign_credential",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AcsEntrancesResource:
    """Operations on acs entrances."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        acs_entrance_id: str,
    ) -> models.AcsEntrance:
        """Get an Entrance

        Returns a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_entrance_id: ID of the entrance that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        _response = self._transport.request(
            "POST",
            "/acs/entrances/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsEntrance",
            self._transport.parse(models.AcsEntrance, _response, "acs_entrance"),
        )

    @checked
    def grant_access(
        self,
        *,
        acs_entrance_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Grant an ACS User Access to an Entrance

        Grants a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) access to a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_entrance_id: ID of the entrance to which you want to grant an access system user access.
            acs_user_id: ID of the access system user to whom you want to grant access to an entrance. You can only provide one of acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity to whom you want to grant access to an entrance. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the access group membership belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/entrances/grant_access",
            json=_body,
            authenticated=True,
        )

    @checked
    def list(
        self,
        *,
        acs_credential_id: str | None = None,
        acs_entrance_ids: Sequence[str] | None = None,
        acs_system_id: str | None = None,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        location_id: str | None | NotGiven = NOT_GIVEN,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
    ) -> builtins.list[models.AcsEntrance]:
        """List Entrances

        Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_credential_id: ID of the credential for which you want to retrieve all entrances.
            acs_entrance_ids: IDs of the entrances for which you want to retrieve all entrances.
            acs_system_id: ID of the access system for which you want to retrieve all entrances.
            connected_account_id: ID of the connected account for which you want to retrieve all entrances.
            customer_key: Customer key for which you want to list entrances.
            limit: Maximum number of records to return per page.
            location_id:
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned entrances to include all records that satisfy a partial match using `display_name`.
            space_id: ID of the space for which you want to list entrances.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_credential_id is not None:
            _body["acs_credential_id"] = to_json(acs_credential_id)
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(location_id, NotGiven):
            _body["location_id"] = to_json(location_id)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        _response = self._transport.request(
            "POST",
            "/acs/entrances/list",
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
    def iter_list(
        self,
        *,
        acs_credential_id: str | None = None,
        acs_entrance_ids: Sequence[str] | None = None,
        acs_system_id: str | None = None,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        location_id: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
    ) -> Iterator[models.AcsEntrance]:
        """List Entrances

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_credential_id: ID of the credential for which you want to retrieve all entrances.
            acs_entrance_ids: IDs of the entrances for which you want to retrieve all entrances.
            acs_system_id: ID of the access system for which you want to retrieve all entrances.
            connected_account_id: ID of the connected account for which you want to retrieve all entrances.
            customer_key: Customer key for which you want to list entrances.
            limit: Maximum number of records to return per page.
            location_id:
            search: String for which to search. Filters returned entrances to include all records that satisfy a partial match using `display_name`.
            space_id: ID of the space for which you want to list entrances.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_credential_id is not None:
                _body["acs_credential_id"] = to_json(acs_credential_id)
            if acs_entrance_ids is not None:
                _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if connected_account_id is not None:
                _body["connected_account_id"] = to_json(connected_account_id)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if not isinstance(location_id, NotGiven):
                _body["location_id"] = to_json(location_id)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            _response = self._transport.request(
                "POST",
                "/acs/entrances/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.AcsEntrance]",
                self._transport.parse(
                    builtins.list[models.AcsEntrance], _response, "acs_entrances"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def list_credentials_with_access(
        self,
        *,
        acs_entrance_id: str,
        include_if: Sequence[Literal["visionline_metadata.is_valid"]] | None = None,
    ) -> builtins.list[models.AcsCredential]:
        """List Credentials with Access to an Entrance

        Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) with access to a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_entrance_id: ID of the entrance for which you want to list all credentials that grant access.
            include_if: Conditions that credentials must meet to be included in the returned list.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if include_if is not None:
            _body["include_if"] = to_json(include_if)
        _response = self._transport.request(
            "POST",
            "/acs/entrances/list_credentials_with_access",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsCredential]",
            self._transport.parse(
                builtins.list[models.AcsCredential], _response, "acs_credentials"
            ),
        )

    @checked
    def unlock(
        self,
        *,
        acs_credential_id: str,
        acs_entrance_id: str,
    ) -> models.ActionAttempt:
        """Unlock an Entrance

        Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using a cloud_key credential. Returns an action attempt that tracks the progress of the unlock operation.

        Args:
            acs_credential_id: ID of the cloud_key credential to use for the unlock operation.
            acs_entrance_id: ID of the entrance to unlock.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        _response = self._transport.request(
            "POST",
            "/acs/entrances/unlock",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AcsSystemsResource:
    """Operations on acs systems."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        acs_system_id: str,
    ) -> models.AcsSystem:
        """Get an ACS System

        Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).

        Args:
            acs_system_id: ID of the access system that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _response = self._transport.request(
            "POST",
            "/acs/systems/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsSystem",
            self._transport.parse(models.AcsSystem, _response, "acs_system"),
        )

    @checked
    def list(
        self,
        *,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        search: str | None = None,
    ) -> builtins.list[models.AcsSystem]:
        """List ACS Systems

        Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems).

        To filter the list of returned access systems by a specific connected account ID, include the `connected_account_id` in the request body. If you omit the `connected_account_id` parameter, the response includes all access systems connected to your workspace.

        Args:
            connected_account_id: ID of the connected account by which you want to filter the list of access systems.
            customer_key: Customer key for which you want to list access systems.
            search: String for which to search. Filters returned access systems to include all records that satisfy a partial match using `name` or `acs_system_id`.
        """
        _body: builtins.dict[str, Any] = {}
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if search is not None:
            _body["search"] = to_json(search)
        _response = self._transport.request(
            "POST",
            "/acs/systems/list",
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
    def list_compatible_credential_manager_acs_systems(
        self,
        *,
        acs_system_id: str,
    ) -> builtins.list[models.AcsSystem]:
        """List Compatible Credential Manager ACS Systems

        Returns a list of all credential manager systems that are compatible with a specified [access system](https://docs.seam.co/low-level-apis/access-systems).

        Specify the access system for which you want to retrieve all compatible credential manager systems by including the corresponding `acs_system_id` in the request body.

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all compatible credential manager systems.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _response = self._transport.request(
            "POST",
            "/acs/systems/list_compatible_credential_manager_acs_systems",
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
    def report_devices(
        self,
        *,
        acs_system_id: str,
        acs_encoders: (
            Sequence[models.ReportDevicesRequestAcsEncoder | Mapping[str, Any]] | None
        ) = None,
        acs_entrances: (
            Sequence[models.ReportDevicesRequestAcsEntrance | Mapping[str, Any]] | None
        ) = None,
    ) -> None:
        """Report Devices

        Reports ACS system device status including encoders and entrances.

        Args:
            acs_system_id: ID of the ACS system to report resources for
            acs_encoders: Array of ACS encoders to report
            acs_entrances: Array of ACS entrances to report
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        if acs_encoders is not None:
            _body["acs_encoders"] = to_json(acs_encoders)
        if acs_entrances is not None:
            _body["acs_entrances"] = to_json(acs_entrances)
        self._transport.request(
            "POST",
            "/acs/systems/report_devices",
            json=_body,
            authenticated=True,
        )


class AcsUsersUnmanagedResource:
    """Operations on acs users unmanaged."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def get(
        self,
        *,
        acs_user_id: str,
    ) -> models.UnmanagedAcsUser:
        """Get an Unmanaged ACS User

        Returns a specified unmanaged [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_user_id: ID of the unmanaged access system user that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_user_id"] = to_json(acs_user_id)
        _response = self._transport.request(
            "POST",
            "/acs/users/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAcsUser",
            self._transport.parse(models.UnmanagedAcsUser, _response, "acs_user"),
        )

    @checked
    def list(
        self,
        *,
        acs_system_id: str | None = None,
        limit: float | None = None,
        search: str | None = None,
        user_identity_email_address: str | None = None,
        user_identity_id: str | None = None,
        user_identity_phone_number: str | None = None,
    ) -> builtins.list[models.UnmanagedAcsUser]:
        """List Unmanaged ACS Users

        Returns a list of all unmanaged [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all unmanaged access system users.
            limit: Number of unmanaged access system users to return.
            search: String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
            user_identity_email_address: Email address of the user identity for which you want to retrieve all unmanaged access system users.
            user_identity_id: ID of the user identity for which you want to retrieve all unmanaged access system users.
            user_identity_phone_number: Phone number of the user identity for which you want to retrieve all unmanaged access system users.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_email_address is not None:
            _body["user_identity_email_address"] = to_json(user_identity_email_address)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_phone_number is not None:
            _body["user_identity_phone_number"] = to_json(user_identity_phone_number)
        _response = self._transport.request(
            "POST",
            "/acs/users/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedAcsUser]",
            self._transport.parse(
                builtins.list[models.UnmanagedAcsUser], _response, "acs_users"
            ),
        )


class AcsUsersResource:
    """Operations on acs users."""

    unmanaged: AcsUsersUnmanagedResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.unmanaged = AcsUsersUnmanagedResource(transport)

    @checked
    def add_to_access_group(
        self,
        *,
        acs_access_group_id: str,
        acs_user_id: str,
    ) -> None:
        """Add an ACS User to an Access Group

        Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group to which you want to add an access system user.
            acs_user_id: ID of the access system user that you want to add to an access group.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _body["acs_user_id"] = to_json(acs_user_id)
        self._transport.request(
            "POST",
            "/acs/users/add_to_access_group",
            json=_body,
            authenticated=True,
        )

    @checked
    def create(
        self,
        *,
        acs_system_id: str,
        full_name: str,
        access_schedule: (
            models.AcsUsersCreateRequestAccessSchedule | Mapping[str, Any] | None
        ) = None,
        acs_access_group_ids: Sequence[str] | None = None,
        email: str | None = None,
        email_address: str | None = None,
        phone_number: str | None = None,
        user_identity_id: str | None = None,
    ) -> models.AcsUser:
        """Create an ACS User

        Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the access system to which you want to add the new access system user.
            full_name: Full name of the new access system user.
            access_schedule: `starts_at` and `ends_at` timestamps for the new access system user's access. If you specify an `access_schedule`, you may include both `starts_at` and `ends_at`. If you omit `starts_at`, it defaults to the current time. `ends_at` is optional and must be a time in the future and after `starts_at`.
            acs_access_group_ids: Array of access group IDs to indicate the access groups to which you want to add the new access system user.
            email:
            email_address: Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
            phone_number: Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`).
            user_identity_id: ID of the user identity with which you want to associate the new access system user.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _body["full_name"] = to_json(full_name)
        if access_schedule is not None:
            _body["access_schedule"] = to_json(access_schedule)
        if acs_access_group_ids is not None:
            _body["acs_access_group_ids"] = to_json(acs_access_group_ids)
        if email is not None:
            _body["email"] = to_json(email)
        if email_address is not None:
            _body["email_address"] = to_json(email_address)
        if phone_number is not None:
            _body["phone_number"] = to_json(phone_number)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/acs/users/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsUser",
            self._transport.parse(models.AcsUser, _response, "acs_user"),
        )

    @checked
    def delete(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Delete an ACS User

        Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_system_id: ID of the access system that you want to delete. You must provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user that you want to delete. You must provide either acs_user_id or user_identity_id
            user_identity_id: ID of the user identity that you want to delete. You must provide either acs_user_id or user_identity_id. If you provide user_identity_id, you must also provide acs_system_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/users/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> models.AcsUser:
        """Get an ACS User

        Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the access system that you want to get. You can only provide acs_user_id or user_identity_id.
            acs_user_id: ID of the access system user that you want to get. You can only provide acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity that you want to get. You can only provide acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/acs/users/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsUser",
            self._transport.parse(models.AcsUser, _response, "acs_user"),
        )

    @checked
    def list(
        self,
        *,
        acs_system_id: str | None = None,
        created_before: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identity_email_address: str | None = None,
        user_identity_id: str | None = None,
        user_identity_phone_number: str | None = None,
    ) -> builtins.list[models.AcsUser]:
        """List ACS Users

        Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the `acs_system` for which you want to retrieve all access system users.
            created_before: Timestamp by which to limit returned access system users. Returns users created before this timestamp.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
            user_identity_email_address: Email address of the user identity for which you want to retrieve all access system users.
            user_identity_id: ID of the user identity for which you want to retrieve all access system users.
            user_identity_phone_number: Phone number of the user identity for which you want to retrieve all access system users, in [E.164 format](https://www.itu.int/rec/T-REC-E.164/en) (for example, `+15555550100`).
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_email_address is not None:
            _body["user_identity_email_address"] = to_json(user_identity_email_address)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_phone_number is not None:
            _body["user_identity_phone_number"] = to_json(user_identity_phone_number)
        _response = self._transport.request(
            "POST",
            "/acs/users/list",
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
    def iter_list(
        self,
        *,
        acs_system_id: str | None = None,
        created_before: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        user_identity_email_address: str | None = None,
        user_identity_id: str | None = None,
        user_identity_phone_number: str | None = None,
    ) -> Iterator[models.AcsUser]:
        """List ACS Users

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the `acs_system` for which you want to retrieve all access system users.
            created_before: Timestamp by which to limit returned access system users. Returns users created before this timestamp.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
            user_identity_email_address: Email address of the user identity for which you want to retrieve all access system users.
            user_identity_id: ID of the user identity for which you want to retrieve all access system users.
            user_identity_phone_number: Phone number of the user identity for which you want to retrieve all access system users, in [E.164 format](https://www.itu.int/rec/T-REC-E.164/en) (for example, `+15555550100`).
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identity_email_address is not None:
                _body["user_identity_email_address"] = to_json(
                    user_identity_email_address
                )
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            if user_identity_phone_number is not None:
                _body["user_identity_phone_number"] = to_json(
                    user_identity_phone_number
                )
            _response = self._transport.request(
                "POST",
                "/acs/users/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.AcsUser]",
                self._transport.parse(
                    builtins.list[models.AcsUser], _response, "acs_users"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def list_accessible_entrances(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AcsEntrance]:
        """List ACS User-Accessible Entrances

        Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.

        Args:
            acs_system_id: ID of the access system for which you want to list accessible entrances. You can only provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user for whom you want to list accessible entrances. You can only provide acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity for whom you want to list accessible entrances. You can only provide acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = self._transport.request(
            "POST",
            "/acs/users/list_accessible_entrances",
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
    def remove_from_access_group(
        self,
        *,
        acs_access_group_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Remove an ACS User from an Access Group

        Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group from which you want to remove an access system user.
            acs_user_id: ID of the access system user that you want to remove from an access group. You can only provide acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity that you want to remove from an access group. You can only provide acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/users/remove_from_access_group",
            json=_body,
            authenticated=True,
        )

    @checked
    def revoke_access_to_all_entrances(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Revoke ACS User Access to All Entrances

        Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the access system for which you want to revoke access. You can only provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user for whom you want to revoke access. You can only provide acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity for whom you want to revoke access. You can only provide acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/users/revoke_access_to_all_entrances",
            json=_body,
            authenticated=True,
        )

    @checked
    def suspend(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Suspend an ACS User

        [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.

        Args:
            acs_system_id: ID of the access system that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
            acs_user_id: ID of the access system user that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
            user_identity_id: ID of the user identity that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/users/suspend",
            json=_body,
            authenticated=True,
        )

    @checked
    def unsuspend(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Unsuspend an ACS User

        [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.

        Args:
            acs_system_id: ID of the access system of the user that you want to unsuspend. You can only provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user that you want to unsuspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
            user_identity_id: ID of the user identity that you want to unsuspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/users/unsuspend",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        access_schedule: (
            models.AcsUsersUpdateRequestAccessSchedule
            | Mapping[str, Any]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        email: str | None = None,
        email_address: str | None = None,
        full_name: str | None = None,
        hid_acs_system_id: str | None = None,
        phone_number: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Update an ACS User

        Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            access_schedule: `starts_at` and `ends_at` timestamps for the access system user's access. If you specify an `access_schedule`, you may include both `starts_at` and `ends_at`. If you omit `starts_at`, it defaults to the current time. `ends_at` is optional and must be a time in the future and after `starts_at`.
            acs_system_id: ID of the access system that you want to update. You can only provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user that you want to update. You can only provide acs_user_id or user_identity_id.
            email:
            email_address: Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
            full_name: Full name of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
            hid_acs_system_id: ID of the HID access control system associated with the user.
            phone_number: Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`).
            user_identity_id: ID of the user identity that you want to update. You can only provide acs_user_id or user_identity_id. If you provide user_identity_id, you must also provide acs_system_id.
        """
        _body: builtins.dict[str, Any] = {}
        if not isinstance(access_schedule, NotGiven):
            _body["access_schedule"] = to_json(access_schedule)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if email is not None:
            _body["email"] = to_json(email)
        if email_address is not None:
            _body["email_address"] = to_json(email_address)
        if full_name is not None:
            _body["full_name"] = to_json(full_name)
        if hid_acs_system_id is not None:
            _body["hid_acs_system_id"] = to_json(hid_acs_system_id)
        if phone_number is not None:
            _body["phone_number"] = to_json(phone_number)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        self._transport.request(
            "POST",
            "/acs/users/update",
            json=_body,
            authenticated=True,
        )


class AcsResource:
    """Operations on acs."""

    access_groups: AcsAccessGroupsResource
    credential_pools: AcsCredentialPoolsResource
    credential_provisioning_automations: AcsCredentialProvisioningAutomationsResource
    credentials: AcsCredentialsResource
    encoders: AcsEncodersResource
    entrances: AcsEntrancesResource
    systems: AcsSystemsResource
    users: AcsUsersResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.access_groups = AcsAccessGroupsResource(transport)
        self.credential_pools = AcsCredentialPoolsResource(transport)
        self.credential_provisioning_automations = (
            AcsCredentialProvisioningAutomationsResource(transport)
        )
        self.credentials = AcsCredentialsResource(transport)
        self.encoders = AcsEncodersResource(transport)
        self.entrances = AcsEntrancesResource(transport)
        self.systems = AcsSystemsResource(transport)
        self.users = AcsUsersResource(transport)


class AsyncAcsAccessGroupsUnmanagedResource:
    """Operations on acs access_groups unmanaged (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        acs_access_group_id: str,
    ) -> models.UnmanagedAcsAccessGroup:
        """Get an Unmanaged Access Group

        Returns a specified unmanaged [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the unmanaged access group that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _response = await self._transport.request(
            "POST",
            "/acs/access_groups/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAcsAccessGroup",
            self._transport.parse(
                models.UnmanagedAcsAccessGroup, _response, "acs_access_group"
            ),
        )

    @checked
    async def list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        search: str | None = None,
    ) -> builtins.list[models.UnmanagedAcsAccessGroup]:
        """List Unmanaged Access Groups

        Returns a list of all unmanaged [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all unmanaged access groups.
            acs_user_id: ID of the access system user for which you want to retrieve all unmanaged access groups.
            search: String for which to search. Filters returned access groups to include all records that satisfy a partial match using `name` or `acs_access_group_id`.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if search is not None:
            _body["search"] = to_json(search)
        _response = await self._transport.request(
            "POST",
            "/acs/access_groups/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedAcsAccessGroup]",
            self._transport.parse(
                builtins.list[models.UnmanagedAcsAccessGroup],
                _response,
                "acs_access_groups",
            ),
        )


class AsyncAcsAccessGroupsResource:
    """Operations on acs access_groups (awaitable)."""

    unmanaged: AsyncAcsAccessGroupsUnmanagedResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.unmanaged = AsyncAcsAccessGroupsUnmanagedResource(transport)

    @checked
    async def add_user(
        self,
        *,
        acs_access_group_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Add an ACS User to an Access Group

        Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group to which you want to add an access system user.
            acs_user_id: ID of the access system user that you want to add to an access group. You can only provide one of acs_user_id or user_identity_id.
            user_identity_id: ID of the desired user identity that you want to add to an access group. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the access group membership belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/access_groups/add_user",
            json=_body,
            authenticated=True,
        )

    @checked
    async def delete(
        self,
        *,
        acs_access_group_id: str,
    ) -> None:
        """Delete an Access Group

        Deletes a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        await self._transport.request(
            "POST",
            "/acs/access_groups/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        acs_access_group_id: str,
    ) -> models.AcsAccessGroup:
        """Get an Access Group

        Returns a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _response = await self._transport.request(
            "POST",
            "/acs/access_groups/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsAccessGroup",
            self._transport.parse(models.AcsAccessGroup, _response, "acs_access_group"),
        )

    @checked
    async def list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        search: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AcsAccessGroup]:
        """List Access Groups

        Returns a list of all [access groups](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all access groups.
            acs_user_id: ID of the access system user for which you want to retrieve all access groups.
            search: String for which to search. Filters returned access groups to include all records that satisfy a partial match using `name` or `acs_access_group_id`.
            user_identity_id: ID of the user identity for which you want to retrieve all access groups.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/acs/access_groups/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsAccessGroup]",
            self._transport.parse(
                builtins.list[models.AcsAccessGroup], _response, "acs_access_groups"
            ),
        )

    @checked
    async def list_accessible_entrances(
        self,
        *,
        acs_access_group_id: str,
    ) -> builtins.list[models.AcsEntrance]:
        """List Entrances Accessible to an Access Group

        Returns a list of all accessible entrances for a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group for which you want to retrieve all accessible entrances.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _response = await self._transport.request(
            "POST",
            "/acs/access_groups/list_accessible_entrances",
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
    async def list_users(
        self,
        *,
        acs_access_group_id: str,
    ) -> builtins.list[models.AcsUser]:
        """List ACS Users in an Access Group

        Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management) in an [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group for which you want to retrieve all access system users.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _response = await self._transport.request(
            "POST",
            "/acs/access_groups/list_users",
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
    async def remove_user(
        self,
        *,
        acs_access_group_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Remove an ACS User from an Access Group

        Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group from which you want to remove an access system user.
            acs_user_id: ID of the access system user that you want to remove from an access group.
            user_identity_id: ID of the user identity associated with the user that you want to remove from an access group.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/access_groups/remove_user",
            json=_body,
            authenticated=True,
        )


class AsyncAcsCredentialPoolsResource:
    """Operations on acs credential_pools (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @deprecated(
        "`acs.credential_pools.list` is deprecated: Use `/user_identities/enrollment_automations/list` instead."
    )
    @checked
    async def list(
        self,
        *,
        acs_system_id: str,
    ) -> builtins.list[models.AcsCredentialPool]:
        """List Credential Pools

        Deprecated: Use `/user_identities/enrollment_automations/list` instead.

        Returns a list of all credential pools.

        Args:
            acs_system_id: ID of the access system for which you want to list credential pools.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _response = await self._transport.request(
            "POST",
            "/acs/credential_pools/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsCredentialPool]",
            self._transport.parse(
                builtins.list[models.AcsCredentialPool],
                _response,
                "acs_credential_pools",
            ),
        )


class AsyncAcsCredentialProvisioningAutomationsResource:
    """Operations on acs credential_provisioning_automations (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @deprecated(
        "`acs.credential_provisioning_automations.launch` is deprecated: Use `/user_identities/enrollment_automations/launch` instead."
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
    ) -> models.AcsCredentialProvisioningAutomation:
        """Launch a Credential Provisioning Automation

        Deprecated: Use `/user_identities/enrollment_automations/launch` instead.

        Launches a credential provisioning automation.

        Args:
            credential_manager_acs_system_id: Access system ID of the credential manager for which you want to launch a credential provisioning automation.
            user_identity_id: ID of the user identity for which you want to launch a credential provisioning automation.
            acs_credential_pool_id: ID of the credential pool for which you want to launch a credential provisioning automation.
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
            "/acs/credential_provisioning_automations/launch",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsCredentialProvisioningAutomation",
            self._transport.parse(
                models.AcsCredentialProvisioningAutomation,
                _response,
                "acs_credential_provisioning_automation",
            ),
        )


class AsyncAcsCredentialsUnmanagedResource:
    """Operations on acs credentials unmanaged (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        acs_credential_id: str,
    ) -> models.UnmanagedAcsCredential:
        """Get an Unmanaged Credential

        Returns a specified unmanaged [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_credential_id: ID of the unmanaged credential that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        _response = await self._transport.request(
            "POST",
            "/acs/credentials/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAcsCredential",
            self._transport.parse(
                models.UnmanagedAcsCredential, _response, "acs_credential"
            ),
        )

    @checked
    async def list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        search: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.UnmanagedAcsCredential]:
        """List Unmanaged Credentials

        Returns a list of all unmanaged [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all credentials.
            acs_user_id: ID of the access system user for which you want to retrieve all credentials.
            search: String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
            user_identity_id: ID of the user identity for which you want to retrieve all credentials.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/acs/credentials/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedAcsCredential]",
            self._transport.parse(
                builtins.list[models.UnmanagedAcsCredential],
                _response,
                "acs_credentials",
            ),
        )


class AsyncAcsCredentialsResource:
    """Operations on acs credentials (awaitable)."""

    unmanaged: AsyncAcsCredentialsUnmanagedResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.unmanaged = AsyncAcsCredentialsUnmanagedResource(transport)

    @checked
    async def assign(
        self,
        *,
        acs_credential_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Assign a Credential to an ACS User

        Assigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) to a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_credential_id: ID of the credential that you want to assign to an access system user.
            acs_user_id: ID of the access system user to whom you want to assign a credential. You can only provide one of acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity to whom you want to assign a credential. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the credential belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/credentials/assign",
            json=_body,
            authenticated=True,
        )

    @checked
    async def create(
        self,
        *,
        access_method: models.AcsCredentialsCreateRequestAccessMethod | str,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        allowed_acs_entrance_ids: Sequence[str] | None = None,
        assa_abloy_vostio_metadata: (
            models.AcsCredentialsCreateRequestAssaAbloyVostioMetadata
            | Mapping[str, Any]
            | None
        ) = None,
        code: str | None = None,
        credential_manager_acs_system_id: str | None = None,
        ends_at: str | None = None,
        hotek_metadata: (
            models.AcsCredentialsCreateRequestHotekMetadata | Mapping[str, Any] | None
        ) = None,
        is_multi_phone_sync_credential: bool | None = None,
        salto_space_metadata: (
            models.AcsCredentialsCreateRequestSaltoSpaceMetadata
            | Mapping[str, Any]
            | None
        ) = None,
        starts_at: str | None = None,
        user_identity_id: str | None = None,
        visionline_metadata: (
            models.AcsCredentialsCreateRequestVisionlineMetadata
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> models.AcsCredential:
        """Create a Credential for an ACS User

        Creates a new [credential](https://docs.seam.co/low-level-apis/managing-credentials) for a specified [ACS user](https://docs.seam.co/low-level-apis/access-systems/user-management). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they create and manage the underlying credentials for you, across access systems and standalone smart locks alike. Use this low-level endpoint only when you need direct control over an individual ACS credential.

        Args:
            access_method: Access method for the new credential. Supported values: `code`, `card`, `mobile_key`, `cloud_key`.
            acs_system_id: ID of the access system to which the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.
            acs_user_id: ID of the access system user to whom the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`.
            allowed_acs_entrance_ids: Set of IDs of the [entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for which the new credential grants access.
            assa_abloy_vostio_metadata: Vostio-specific metadata for the new credential.
            code: Access (PIN) code for the new credential. There may be manufacturer-specific code restrictions. For details, see the applicable [device or system integration guide](https://docs.seam.co/device-and-system-integration-guides).
            credential_manager_acs_system_id: ACS system ID of the credential manager for the new credential.
            ends_at: Date and time at which the validity of the new credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            hotek_metadata:
            is_multi_phone_sync_credential: Indicates whether the new credential is a [multi-phone sync credential](https://docs.seam.co/capability-guides/mobile-access/issuing-mobile-credentials-from-an-access-control-system#what-are-multi-phone-sync-credentials).
            salto_space_metadata: Salto Space-specific metadata for the new credential.
            starts_at: Date and time at which the validity of the new credential starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            user_identity_id: ID of the user identity to whom the new credential belongs. You must provide either `acs_user_id` or the combination of `user_identity_id` and `acs_system_id`. If the access system contains a user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the credential belongs to the access system user. If the access system does not have a corresponding user, one is created.
            visionline_metadata: Visionline-specific metadata for the new credential.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_method"] = to_json(access_method)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if allowed_acs_entrance_ids is not None:
            _body["allowed_acs_entrance_ids"] = to_json(allowed_acs_entrance_ids)
        if assa_abloy_vostio_metadata is not None:
            _body["assa_abloy_vostio_metadata"] = to_json(assa_abloy_vostio_metadata)
        if code is not None:
            _body["code"] = to_json(code)
        if credential_manager_acs_system_id is not None:
            _body["credential_manager_acs_system_id"] = to_json(
                credential_manager_acs_system_id
            )
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if hotek_metadata is not None:
            _body["hotek_metadata"] = to_json(hotek_metadata)
        if is_multi_phone_sync_credential is not None:
            _body["is_multi_phone_sync_credential"] = to_json(
                is_multi_phone_sync_credential
            )
        if salto_space_metadata is not None:
            _body["salto_space_metadata"] = to_json(salto_space_metadata)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if visionline_metadata is not None:
            _body["visionline_metadata"] = to_json(visionline_metadata)
        _response = await self._transport.request(
            "POST",
            "/acs/credentials/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsCredential",
            self._transport.parse(models.AcsCredential, _response, "acs_credential"),
        )

    @checked
    async def create_offline_code(
        self,
        *,
        acs_user_id: str,
        allowed_acs_entrance_id: str,
        ends_at: str | None = None,
        is_one_time_use: bool | None = None,
        starts_at: str | None = None,
    ) -> models.AcsCredential:
        """Create an Offline Credential for an ACS User

        Creates a new offline [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_user_id: ID of the access system user to whom the new credential belongs.
            allowed_acs_entrance_id: IDs of the [`acs_entrance`s](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) for which the new credential grants access.
            ends_at: Date and time at which the validity of the new credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            is_one_time_use: Indicates whether the code is one-time-use or reusable.
            starts_at: Date and time at which the validity of the new credential starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_user_id"] = to_json(acs_user_id)
        _body["allowed_acs_entrance_id"] = to_json(allowed_acs_entrance_id)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_one_time_use is not None:
            _body["is_one_time_use"] = to_json(is_one_time_use)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        _response = await self._transport.request(
            "POST",
            "/acs/credentials/create_offline_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsCredential",
            self._transport.parse(models.AcsCredential, _response, "acs_credential"),
        )

    @checked
    async def delete(
        self,
        *,
        acs_credential_id: str,
    ) -> None:
        """Delete a Credential

        Deletes a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_credential_id: ID of the credential that you want to delete.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        await self._transport.request(
            "POST",
            "/acs/credentials/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        acs_credential_id: str,
    ) -> models.AcsCredential:
        """Get a Credential

        Returns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_credential_id: ID of the credential that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        _response = await self._transport.request(
            "POST",
            "/acs/credentials/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsCredential",
            self._transport.parse(models.AcsCredential, _response, "acs_credential"),
        )

    @checked
    async def list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        created_before: str | None = None,
        is_multi_phone_sync_credential: bool | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AcsCredential]:
        """List Credentials

        Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all credentials.
            acs_user_id: ID of the access system user for which you want to retrieve all credentials.
            created_before: Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
            is_multi_phone_sync_credential: Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials.
            limit: Number of credentials to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
            user_identity_id: ID of the user identity for which you want to retrieve all credentials.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if is_multi_phone_sync_credential is not None:
            _body["is_multi_phone_sync_credential"] = to_json(
                is_multi_phone_sync_credential
            )
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/acs/credentials/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsCredential]",
            self._transport.parse(
                builtins.list[models.AcsCredential], _response, "acs_credentials"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        created_before: str | None = None,
        is_multi_phone_sync_credential: bool | None = None,
        limit: float | None = None,
        search: str | None = None,
        user_identity_id: str | None = None,
    ) -> AsyncIterator[models.AcsCredential]:
        """List Credentials

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all credentials.
            acs_user_id: ID of the access system user for which you want to retrieve all credentials.
            created_before: Date and time, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format, before which events to return were created.
            is_multi_phone_sync_credential: Indicates whether you want to retrieve only multi-phone sync credentials or non-multi-phone sync credentials.
            limit: Number of credentials to return.
            search: String for which to search. Filters returned credentials to include all records that satisfy a partial match using `display_name`, `code`, `card_number`, `acs_user_id` or `acs_credential_id`.
            user_identity_id: ID of the user identity for which you want to retrieve all credentials.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if acs_user_id is not None:
                _body["acs_user_id"] = to_json(acs_user_id)
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if is_multi_phone_sync_credential is not None:
                _body["is_multi_phone_sync_credential"] = to_json(
                    is_multi_phone_sync_credential
                )
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            _response = await self._transport.request(
                "POST",
                "/acs/credentials/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.AcsCredential]",
                self._transport.parse(
                    builtins.list[models.AcsCredential], _response, "acs_credentials"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def list_accessible_entrances(
        self,
        *,
        acs_credential_id: str,
    ) -> builtins.list[models.AcsEntrance]:
        """List Accessible Entrances

        Returns a list of all [entrances](https://docs.seam.co/api/acs/entrances) to which a [credential](https://docs.seam.co/api/acs/credentials) grants access.

        Args:
            acs_credential_id: ID of the credential for which you want to retrieve all entrances to which the credential grants access.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        _response = await self._transport.request(
            "POST",
            "/acs/credentials/list_accessible_entrances",
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
    async def unassign(
        self,
        *,
        acs_credential_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Unassign a Credential from an ACS User

        Unassigns a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_credential_id: ID of the credential that you want to unassign from an access system user.
            acs_user_id: ID of the access system user from which you want to unassign a credential. You can only provide one of acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity from which you want to unassign a credential. You can only provide one of acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/credentials/unassign",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        acs_credential_id: str,
        code: str | None = None,
        ends_at: str | None = None,
    ) -> None:
        """Update a Credential

        Updates the code and ends at date and time for a specified [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_credential_id: ID of the credential that you want to update.
            code: Replacement access (PIN) code for the credential that you want to update.
            ends_at: Replacement date and time at which the validity of the credential ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after the `starts_at` value that you set when creating the credential.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        if code is not None:
            _body["code"] = to_json(code)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        await self._transport.request(
            "POST",
            "/acs/credentials/update",
            json=_body,
            authenticated=True,
        )


class AsyncAcsEncodersSimulateResource:
    """Operations on acs encoders simulate (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def next_credential_encode_will_fail(
        self,
        *,
        body: (
            models.NextCredentialEncodeWillFailRequestWithoutAcsCredentialId
            | models.NextCredentialEncodeWillFailRequestWithErrorCode
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Simulate that the Next Credential Encoding Will Fail

        Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        await self._transport.request(
            "POST",
            "/acs/encoders/simulate/next_credential_encode_will_fail",
            json=_body,
            authenticated=True,
        )

    @checked
    async def next_credential_encode_will_succeed(
        self,
        *,
        acs_encoder_id: str,
        scenario: Literal["credential_is_issued"] | None = None,
    ) -> None:
        """Simulate that the Next Credential Encoding Will Succeed

        Simulates that the next attempt to encode a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            acs_encoder_id: ID of the `acs_encoder` that will be used in the next request to encode the `acs_credential`.
            scenario: Scenario to simulate.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if scenario is not None:
            _body["scenario"] = to_json(scenario)
        await self._transport.request(
            "POST",
            "/acs/encoders/simulate/next_credential_encode_will_succeed",
            json=_body,
            authenticated=True,
        )

    @checked
    async def next_credential_scan_will_fail(
        self,
        *,
        body: (
            models.NextCredentialScanWillFailRequestNoCredentialOnEncoder
            | models.NextCredentialScanWillFailRequestWithErrorCode
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Simulate that the Next Credential Scan Will Fail

        Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will fail. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        await self._transport.request(
            "POST",
            "/acs/encoders/simulate/next_credential_scan_will_fail",
            json=_body,
            authenticated=True,
        )

    @checked
    async def next_credential_scan_will_succeed(
        self,
        *,
        body: (
            models.NextCredentialScanWillSucceedRequestWithAcsCredentialIdOnSeam
            | models.NextCredentialScanWillSucceedRequestCredentialDoesNotExistOnSeam
            | models.NextCredentialScanWillSucceedRequestCredentialOnEncoderIsEmpty
            | Mapping[str, Any]
            | None
        ) = None,
    ) -> None:
        """Simulate that the Next Credential Scan Will Succeed

        Simulates that the next attempt to scan a [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) using the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) will succeed. You can only perform this action within a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            body:
        """
        _body: Any = to_json(body) if body is not None else NOT_GIVEN
        await self._transport.request(
            "POST",
            "/acs/encoders/simulate/next_credential_scan_will_succeed",
            json=_body,
            authenticated=True,
        )


class AsyncAcsEncodersResource:
    """Operations on acs encoders (awaitable)."""

    simulate: AsyncAcsEncodersSimulateResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.simulate = AsyncAcsEncodersSimulateResource(transport)

    @checked
    async def encode_credential(
        self,
        *,
        acs_encoder_id: str,
        access_method_id: str | None = None,
        acs_credential_id: str | None = None,
    ) -> models.ActionAttempt:
        """Encode a Credential

        Encodes an existing [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) onto a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners). Either provide an `acs_credential_id` or an `access_method_id`

        Args:
            acs_encoder_id: ID of the `acs_encoder` to use to encode the `acs_credential`.
            access_method_id: ID of the `access_method` to encode onto a card.
            acs_credential_id: ID of the `acs_credential` to encode onto a card.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if access_method_id is not None:
            _body["access_method_id"] = to_json(access_method_id)
        if acs_credential_id is not None:
            _body["acs_credential_id"] = to_json(acs_credential_id)
        _response = await self._transport.request(
            "POST",
            "/acs/encoders/encode_credential",
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
        acs_encoder_id: str,
    ) -> models.AcsEncoder:
        """Get an Encoder

        Returns a specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            acs_encoder_id: ID of the encoder that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        _response = await self._transport.request(
            "POST",
            "/acs/encoders/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsEncoder",
            self._transport.parse(models.AcsEncoder, _response, "acs_encoder"),
        )

    @checked
    async def list(
        self,
        *,
        acs_encoder_ids: Sequence[str] | None = None,
        acs_system_id: str | None = None,
        acs_system_ids: Sequence[str] | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
    ) -> builtins.list[models.AcsEncoder]:
        """List Encoders

        Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            acs_encoder_ids: IDs of the encoders that you want to retrieve.
            acs_system_id: ID of the access system for which you want to retrieve all encoders.
            acs_system_ids: IDs of the access systems for which you want to retrieve all encoders.
            limit: Number of encoders to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_encoder_ids is not None:
            _body["acs_encoder_ids"] = to_json(acs_encoder_ids)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_system_ids is not None:
            _body["acs_system_ids"] = to_json(acs_system_ids)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        _response = await self._transport.request(
            "POST",
            "/acs/encoders/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsEncoder]",
            self._transport.parse(
                builtins.list[models.AcsEncoder], _response, "acs_encoders"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        acs_encoder_ids: Sequence[str] | None = None,
        acs_system_id: str | None = None,
        acs_system_ids: Sequence[str] | None = None,
        limit: float | None = None,
    ) -> AsyncIterator[models.AcsEncoder]:
        """List Encoders

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [encoders](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            acs_encoder_ids: IDs of the encoders that you want to retrieve.
            acs_system_id: ID of the access system for which you want to retrieve all encoders.
            acs_system_ids: IDs of the access systems for which you want to retrieve all encoders.
            limit: Number of encoders to return.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_encoder_ids is not None:
                _body["acs_encoder_ids"] = to_json(acs_encoder_ids)
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if acs_system_ids is not None:
                _body["acs_system_ids"] = to_json(acs_system_ids)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            _response = await self._transport.request(
                "POST",
                "/acs/encoders/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.AcsEncoder]",
                self._transport.parse(
                    builtins.list[models.AcsEncoder], _response, "acs_encoders"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def scan_credential(
        self,
        *,
        acs_encoder_id: str,
        salto_ks_metadata: (
            models.ScanCredentialRequestSaltoKsMetadata | Mapping[str, Any] | None
        ) = None,
    ) -> models.ActionAttempt:
        """Scan a Credential

        Scans an encoded [acs_credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) from a plastic card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners).

        Args:
            acs_encoder_id: ID of the encoder to use for the scan.
            salto_ks_metadata: Salto KS-specific metadata for the scan action.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if salto_ks_metadata is not None:
            _body["salto_ks_metadata"] = to_json(salto_ks_metadata)
        _response = await self._transport.request(
            "POST",
            "/acs/encoders/scan_credential",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )

    @checked
    async def scan_to_assign_credential(
        self,
        *,
        acs_encoder_id: str,
        acs_user_id: str | None = None,
        salto_ks_metadata: (
            models.ScanToAssignCredentialRequestSaltoKsMetadata
            | Mapping[str, Any]
            | None
        ) = None,
        user_identity_id: str | None = None,
    ) -> models.ActionAttempt:
        """Scan to Assign a Credential

        Scans a physical card placed on the specified [encoder](https://docs.seam.co/low-level-apis/access-systems/working-with-card-encoders-and-scanners) and assigns the scanned credential to an ACS user. Provide either an `acs_user_id` or a `user_identity_id`.

        Args:
            acs_encoder_id: ID of the `acs_encoder` to use to scan the credential.
            acs_user_id: ID of the `acs_user` to assign the scanned credential to.
            salto_ks_metadata: Salto KS-specific metadata for the scan action.
            user_identity_id: ID of the `user_identity` to assign the scanned credential to. If the ACS system contains an ACS user linked to this user identity, it is used. Otherwise, one is created.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_encoder_id"] = to_json(acs_encoder_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if salto_ks_metadata is not None:
            _body["salto_ks_metadata"] = to_json(salto_ks_metadata)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/acs/encoders/scan_to_assign_credential",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AsyncAcsEntrancesResource:
    """Operations on acs entrances (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        acs_entrance_id: str,
    ) -> models.AcsEntrance:
        """Get an Entrance

        Returns a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_entrance_id: ID of the entrance that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        _response = await self._transport.request(
            "POST",
            "/acs/entrances/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsEntrance",
            self._transport.parse(models.AcsEntrance, _response, "acs_entrance"),
        )

    @checked
    async def grant_access(
        self,
        *,
        acs_entrance_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Grant an ACS User Access to an Entrance

        Grants a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) access to a specified [access system entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_entrance_id: ID of the entrance to which you want to grant an access system user access.
            acs_user_id: ID of the access system user to whom you want to grant access to an entrance. You can only provide one of acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity to whom you want to grant access to an entrance. You can only provide one of acs_user_id or user_identity_id. If the ACS system contains an ACS user with the same `email_address` or `phone_number` as the user identity that you specify, they are linked, and the access group membership belongs to the ACS user. If the ACS system does not have a corresponding ACS user, one is created.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/entrances/grant_access",
            json=_body,
            authenticated=True,
        )

    @checked
    async def list(
        self,
        *,
        acs_credential_id: str | None = None,
        acs_entrance_ids: Sequence[str] | None = None,
        acs_system_id: str | None = None,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        location_id: str | None | NotGiven = NOT_GIVEN,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
    ) -> builtins.list[models.AcsEntrance]:
        """List Entrances

        Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_credential_id: ID of the credential for which you want to retrieve all entrances.
            acs_entrance_ids: IDs of the entrances for which you want to retrieve all entrances.
            acs_system_id: ID of the access system for which you want to retrieve all entrances.
            connected_account_id: ID of the connected account for which you want to retrieve all entrances.
            customer_key: Customer key for which you want to list entrances.
            limit: Maximum number of records to return per page.
            location_id:
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned entrances to include all records that satisfy a partial match using `display_name`.
            space_id: ID of the space for which you want to list entrances.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_credential_id is not None:
            _body["acs_credential_id"] = to_json(acs_credential_id)
        if acs_entrance_ids is not None:
            _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(location_id, NotGiven):
            _body["location_id"] = to_json(location_id)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if space_id is not None:
            _body["space_id"] = to_json(space_id)
        _response = await self._transport.request(
            "POST",
            "/acs/entrances/list",
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
    async def iter_list(
        self,
        *,
        acs_credential_id: str | None = None,
        acs_entrance_ids: Sequence[str] | None = None,
        acs_system_id: str | None = None,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        limit: int | None = None,
        location_id: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        space_id: str | None = None,
    ) -> AsyncIterator[models.AcsEntrance]:
        """List Entrances

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [access system entrances](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_credential_id: ID of the credential for which you want to retrieve all entrances.
            acs_entrance_ids: IDs of the entrances for which you want to retrieve all entrances.
            acs_system_id: ID of the access system for which you want to retrieve all entrances.
            connected_account_id: ID of the connected account for which you want to retrieve all entrances.
            customer_key: Customer key for which you want to list entrances.
            limit: Maximum number of records to return per page.
            location_id:
            search: String for which to search. Filters returned entrances to include all records that satisfy a partial match using `display_name`.
            space_id: ID of the space for which you want to list entrances.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_credential_id is not None:
                _body["acs_credential_id"] = to_json(acs_credential_id)
            if acs_entrance_ids is not None:
                _body["acs_entrance_ids"] = to_json(acs_entrance_ids)
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if connected_account_id is not None:
                _body["connected_account_id"] = to_json(connected_account_id)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if not isinstance(location_id, NotGiven):
                _body["location_id"] = to_json(location_id)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if space_id is not None:
                _body["space_id"] = to_json(space_id)
            _response = await self._transport.request(
                "POST",
                "/acs/entrances/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.AcsEntrance]",
                self._transport.parse(
                    builtins.list[models.AcsEntrance], _response, "acs_entrances"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def list_credentials_with_access(
        self,
        *,
        acs_entrance_id: str,
        include_if: Sequence[Literal["visionline_metadata.is_valid"]] | None = None,
    ) -> builtins.list[models.AcsCredential]:
        """List Credentials with Access to an Entrance

        Returns a list of all [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) with access to a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details).

        Args:
            acs_entrance_id: ID of the entrance for which you want to list all credentials that grant access.
            include_if: Conditions that credentials must meet to be included in the returned list.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        if include_if is not None:
            _body["include_if"] = to_json(include_if)
        _response = await self._transport.request(
            "POST",
            "/acs/entrances/list_credentials_with_access",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AcsCredential]",
            self._transport.parse(
                builtins.list[models.AcsCredential], _response, "acs_credentials"
            ),
        )

    @checked
    async def unlock(
        self,
        *,
        acs_credential_id: str,
        acs_entrance_id: str,
    ) -> models.ActionAttempt:
        """Unlock an Entrance

        Remotely unlocks a specified [entrance](https://docs.seam.co/low-level-apis/access-systems/retrieving-entrance-details) using a cloud_key credential. Returns an action attempt that tracks the progress of the unlock operation.

        Args:
            acs_credential_id: ID of the cloud_key credential to use for the unlock operation.
            acs_entrance_id: ID of the entrance to unlock.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_credential_id"] = to_json(acs_credential_id)
        _body["acs_entrance_id"] = to_json(acs_entrance_id)
        _response = await self._transport.request(
            "POST",
            "/acs/entrances/unlock",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.ActionAttempt",
            self._transport.parse(models.ActionAttempt, _response, "action_attempt"),
        )


class AsyncAcsSystemsResource:
    """Operations on acs systems (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        acs_system_id: str,
    ) -> models.AcsSystem:
        """Get an ACS System

        Returns a specified [access system](https://docs.seam.co/low-level-apis/access-systems).

        Args:
            acs_system_id: ID of the access system that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _response = await self._transport.request(
            "POST",
            "/acs/systems/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsSystem",
            self._transport.parse(models.AcsSystem, _response, "acs_system"),
        )

    @checked
    async def list(
        self,
        *,
        connected_account_id: str | None = None,
        customer_key: str | None = None,
        search: str | None = None,
    ) -> builtins.list[models.AcsSystem]:
        """List ACS Systems

        Returns a list of all [access systems](https://docs.seam.co/low-level-apis/access-systems).

        To filter the list of returned access systems by a specific connected account ID, include the `connected_account_id` in the request body. If you omit the `connected_account_id` parameter, the response includes all access systems connected to your workspace.

        Args:
            connected_account_id: ID of the connected account by which you want to filter the list of access systems.
            customer_key: Customer key for which you want to list access systems.
            search: String for which to search. Filters returned access systems to include all records that satisfy a partial match using `name` or `acs_system_id`.
        """
        _body: builtins.dict[str, Any] = {}
        if connected_account_id is not None:
            _body["connected_account_id"] = to_json(connected_account_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if search is not None:
            _body["search"] = to_json(search)
        _response = await self._transport.request(
            "POST",
            "/acs/systems/list",
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
    async def list_compatible_credential_manager_acs_systems(
        self,
        *,
        acs_system_id: str,
    ) -> builtins.list[models.AcsSystem]:
        """List Compatible Credential Manager ACS Systems

        Returns a list of all credential manager systems that are compatible with a specified [access system](https://docs.seam.co/low-level-apis/access-systems).

        Specify the access system for which you want to retrieve all compatible credential manager systems by including the corresponding `acs_system_id` in the request body.

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all compatible credential manager systems.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _response = await self._transport.request(
            "POST",
            "/acs/systems/list_compatible_credential_manager_acs_systems",
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
    async def report_devices(
        self,
        *,
        acs_system_id: str,
        acs_encoders: (
            Sequence[models.ReportDevicesRequestAcsEncoder | Mapping[str, Any]] | None
        ) = None,
        acs_entrances: (
            Sequence[models.ReportDevicesRequestAcsEntrance | Mapping[str, Any]] | None
        ) = None,
    ) -> None:
        """Report Devices

        Reports ACS system device status including encoders and entrances.

        Args:
            acs_system_id: ID of the ACS system to report resources for
            acs_encoders: Array of ACS encoders to report
            acs_entrances: Array of ACS entrances to report
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        if acs_encoders is not None:
            _body["acs_encoders"] = to_json(acs_encoders)
        if acs_entrances is not None:
            _body["acs_entrances"] = to_json(acs_entrances)
        await self._transport.request(
            "POST",
            "/acs/systems/report_devices",
            json=_body,
            authenticated=True,
        )


class AsyncAcsUsersUnmanagedResource:
    """Operations on acs users unmanaged (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def get(
        self,
        *,
        acs_user_id: str,
    ) -> models.UnmanagedAcsUser:
        """Get an Unmanaged ACS User

        Returns a specified unmanaged [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_user_id: ID of the unmanaged access system user that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_user_id"] = to_json(acs_user_id)
        _response = await self._transport.request(
            "POST",
            "/acs/users/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAcsUser",
            self._transport.parse(models.UnmanagedAcsUser, _response, "acs_user"),
        )

    @checked
    async def list(
        self,
        *,
        acs_system_id: str | None = None,
        limit: float | None = None,
        search: str | None = None,
        user_identity_email_address: str | None = None,
        user_identity_id: str | None = None,
        user_identity_phone_number: str | None = None,
    ) -> builtins.list[models.UnmanagedAcsUser]:
        """List Unmanaged ACS Users

        Returns a list of all unmanaged [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the access system for which you want to retrieve all unmanaged access system users.
            limit: Number of unmanaged access system users to return.
            search: String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
            user_identity_email_address: Email address of the user identity for which you want to retrieve all unmanaged access system users.
            user_identity_id: ID of the user identity for which you want to retrieve all unmanaged access system users.
            user_identity_phone_number: Phone number of the user identity for which you want to retrieve all unmanaged access system users.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_email_address is not None:
            _body["user_identity_email_address"] = to_json(user_identity_email_address)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_phone_number is not None:
            _body["user_identity_phone_number"] = to_json(user_identity_phone_number)
        _response = await self._transport.request(
            "POST",
            "/acs/users/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedAcsUser]",
            self._transport.parse(
                builtins.list[models.UnmanagedAcsUser], _response, "acs_users"
            ),
        )


class AsyncAcsUsersResource:
    """Operations on acs users (awaitable)."""

    unmanaged: AsyncAcsUsersUnmanagedResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.unmanaged = AsyncAcsUsersUnmanagedResource(transport)

    @checked
    async def add_to_access_group(
        self,
        *,
        acs_access_group_id: str,
        acs_user_id: str,
    ) -> None:
        """Add an ACS User to an Access Group

        Adds a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) to a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group to which you want to add an access system user.
            acs_user_id: ID of the access system user that you want to add to an access group.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        _body["acs_user_id"] = to_json(acs_user_id)
        await self._transport.request(
            "POST",
            "/acs/users/add_to_access_group",
            json=_body,
            authenticated=True,
        )

    @checked
    async def create(
        self,
        *,
        acs_system_id: str,
        full_name: str,
        access_schedule: (
            models.AcsUsersCreateRequestAccessSchedule | Mapping[str, Any] | None
        ) = None,
        acs_access_group_ids: Sequence[str] | None = None,
        email: str | None = None,
        email_address: str | None = None,
        phone_number: str | None = None,
        user_identity_id: str | None = None,
    ) -> models.AcsUser:
        """Create an ACS User

        Creates a new [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the access system to which you want to add the new access system user.
            full_name: Full name of the new access system user.
            access_schedule: `starts_at` and `ends_at` timestamps for the new access system user's access. If you specify an `access_schedule`, you may include both `starts_at` and `ends_at`. If you omit `starts_at`, it defaults to the current time. `ends_at` is optional and must be a time in the future and after `starts_at`.
            acs_access_group_ids: Array of access group IDs to indicate the access groups to which you want to add the new access system user.
            email:
            email_address: Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
            phone_number: Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`).
            user_identity_id: ID of the user identity with which you want to associate the new access system user.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_system_id"] = to_json(acs_system_id)
        _body["full_name"] = to_json(full_name)
        if access_schedule is not None:
            _body["access_schedule"] = to_json(access_schedule)
        if acs_access_group_ids is not None:
            _body["acs_access_group_ids"] = to_json(acs_access_group_ids)
        if email is not None:
            _body["email"] = to_json(email)
        if email_address is not None:
            _body["email_address"] = to_json(email_address)
        if phone_number is not None:
            _body["phone_number"] = to_json(phone_number)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/acs/users/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsUser",
            self._transport.parse(models.AcsUser, _response, "acs_user"),
        )

    @checked
    async def delete(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Delete an ACS User

        Deletes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) and invalidates the access system user's [credentials](https://docs.seam.co/low-level-apis/access-systems/managing-credentials).

        Args:
            acs_system_id: ID of the access system that you want to delete. You must provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user that you want to delete. You must provide either acs_user_id or user_identity_id
            user_identity_id: ID of the user identity that you want to delete. You must provide either acs_user_id or user_identity_id. If you provide user_identity_id, you must also provide acs_system_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/users/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> models.AcsUser:
        """Get an ACS User

        Returns a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the access system that you want to get. You can only provide acs_user_id or user_identity_id.
            acs_user_id: ID of the access system user that you want to get. You can only provide acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity that you want to get. You can only provide acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/acs/users/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AcsUser",
            self._transport.parse(models.AcsUser, _response, "acs_user"),
        )

    @checked
    async def list(
        self,
        *,
        acs_system_id: str | None = None,
        created_before: str | None = None,
        limit: int | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identity_email_address: str | None = None,
        user_identity_id: str | None = None,
        user_identity_phone_number: str | None = None,
    ) -> builtins.list[models.AcsUser]:
        """List ACS Users

        Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the `acs_system` for which you want to retrieve all access system users.
            created_before: Timestamp by which to limit returned access system users. Returns users created before this timestamp.
            limit: Maximum number of records to return per page.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
            user_identity_email_address: Email address of the user identity for which you want to retrieve all access system users.
            user_identity_id: ID of the user identity for which you want to retrieve all access system users.
            user_identity_phone_number: Phone number of the user identity for which you want to retrieve all access system users, in [E.164 format](https://www.itu.int/rec/T-REC-E.164/en) (for example, `+15555550100`).
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if created_before is not None:
            _body["created_before"] = to_json(created_before)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identity_email_address is not None:
            _body["user_identity_email_address"] = to_json(user_identity_email_address)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        if user_identity_phone_number is not None:
            _body["user_identity_phone_number"] = to_json(user_identity_phone_number)
        _response = await self._transport.request(
            "POST",
            "/acs/users/list",
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
    async def iter_list(
        self,
        *,
        acs_system_id: str | None = None,
        created_before: str | None = None,
        limit: int | None = None,
        search: str | None = None,
        user_identity_email_address: str | None = None,
        user_identity_id: str | None = None,
        user_identity_phone_number: str | None = None,
    ) -> AsyncIterator[models.AcsUser]:
        """List ACS Users

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [access system users](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the `acs_system` for which you want to retrieve all access system users.
            created_before: Timestamp by which to limit returned access system users. Returns users created before this timestamp.
            limit: Maximum number of records to return per page.
            search: String for which to search. Filters returned access system users to include all records that satisfy a partial match using `full_name`, `phone_number`, `email_address`, `acs_user_id`, `user_identity_id`, `user_identity_full_name` or `user_identity_phone_number`.
            user_identity_email_address: Email address of the user identity for which you want to retrieve all access system users.
            user_identity_id: ID of the user identity for which you want to retrieve all access system users.
            user_identity_phone_number: Phone number of the user identity for which you want to retrieve all access system users, in [E.164 format](https://www.itu.int/rec/T-REC-E.164/en) (for example, `+15555550100`).
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if acs_system_id is not None:
                _body["acs_system_id"] = to_json(acs_system_id)
            if created_before is not None:
                _body["created_before"] = to_json(created_before)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identity_email_address is not None:
                _body["user_identity_email_address"] = to_json(
                    user_identity_email_address
                )
            if user_identity_id is not None:
                _body["user_identity_id"] = to_json(user_identity_id)
            if user_identity_phone_number is not None:
                _body["user_identity_phone_number"] = to_json(
                    user_identity_phone_number
                )
            _response = await self._transport.request(
                "POST",
                "/acs/users/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.AcsUser]",
                self._transport.parse(
                    builtins.list[models.AcsUser], _response, "acs_users"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def list_accessible_entrances(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> builtins.list[models.AcsEntrance]:
        """List ACS User-Accessible Entrances

        Lists the [entrances](https://docs.seam.co/api/acs/entrances) to which a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) has access.

        Args:
            acs_system_id: ID of the access system for which you want to list accessible entrances. You can only provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user for whom you want to list accessible entrances. You can only provide acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity for whom you want to list accessible entrances. You can only provide acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/acs/users/list_accessible_entrances",
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
    async def remove_from_access_group(
        self,
        *,
        acs_access_group_id: str,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Remove an ACS User from an Access Group

        Removes a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) from a specified [access group](https://docs.seam.co/low-level-apis/access-systems/user-management/assigning-users-to-access-groups).

        Args:
            acs_access_group_id: ID of the access group from which you want to remove an access system user.
            acs_user_id: ID of the access system user that you want to remove from an access group. You can only provide acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity that you want to remove from an access group. You can only provide acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        _body["acs_access_group_id"] = to_json(acs_access_group_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/users/remove_from_access_group",
            json=_body,
            authenticated=True,
        )

    @checked
    async def revoke_access_to_all_entrances(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Revoke ACS User Access to All Entrances

        Revokes access to all [entrances](https://docs.seam.co/api/acs/entrances) for a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            acs_system_id: ID of the access system for which you want to revoke access. You can only provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user for whom you want to revoke access. You can only provide acs_user_id or user_identity_id.
            user_identity_id: ID of the user identity for whom you want to revoke access. You can only provide acs_user_id or user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/users/revoke_access_to_all_entrances",
            json=_body,
            authenticated=True,
        )

    @checked
    async def suspend(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Suspend an ACS User

        [Suspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#suspend-an-acs-user) a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). Suspending an access system user revokes their access temporarily. To restore an access system user's access, you can [unsuspend](https://docs.seam.co/api/acs/users/unsuspend) them.

        Args:
            acs_system_id: ID of the access system that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
            acs_user_id: ID of the access system user that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
            user_identity_id: ID of the user identity that you want to suspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/users/suspend",
            json=_body,
            authenticated=True,
        )

    @checked
    async def unsuspend(
        self,
        *,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Unsuspend an ACS User

        [Unsuspends](https://docs.seam.co/low-level-apis/access-systems/user-management/suspending-and-unsuspending-users#unsuspend-an-acs-user) a specified suspended [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management). While [suspending an access system user](https://docs.seam.co/api/acs/users/suspend) revokes their access temporarily, unsuspending the access system user restores their access.

        Args:
            acs_system_id: ID of the access system of the user that you want to unsuspend. You can only provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user that you want to unsuspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
            user_identity_id: ID of the user identity that you want to unsuspend. You can only provide acs_user_id or the combination of acs_system_id and user_identity_id.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/users/unsuspend",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        access_schedule: (
            models.AcsUsersUpdateRequestAccessSchedule
            | Mapping[str, Any]
            | None
            | NotGiven
        ) = NOT_GIVEN,
        acs_system_id: str | None = None,
        acs_user_id: str | None = None,
        email: str | None = None,
        email_address: str | None = None,
        full_name: str | None = None,
        hid_acs_system_id: str | None = None,
        phone_number: str | None = None,
        user_identity_id: str | None = None,
    ) -> None:
        """Update an ACS User

        Updates the properties of a specified [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).

        Args:
            access_schedule: `starts_at` and `ends_at` timestamps for the access system user's access. If you specify an `access_schedule`, you may include both `starts_at` and `ends_at`. If you omit `starts_at`, it defaults to the current time. `ends_at` is optional and must be a time in the future and after `starts_at`.
            acs_system_id: ID of the access system that you want to update. You can only provide acs_system_id with user_identity_id.
            acs_user_id: ID of the access system user that you want to update. You can only provide acs_user_id or user_identity_id.
            email:
            email_address: Email address of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
            full_name: Full name of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management).
            hid_acs_system_id: ID of the HID access control system associated with the user.
            phone_number: Phone number of the [access system user](https://docs.seam.co/low-level-apis/access-systems/user-management) in E.164 format (for example, `+15555550100`).
            user_identity_id: ID of the user identity that you want to update. You can only provide acs_user_id or user_identity_id. If you provide user_identity_id, you must also provide acs_system_id.
        """
        _body: builtins.dict[str, Any] = {}
        if not isinstance(access_schedule, NotGiven):
            _body["access_schedule"] = to_json(access_schedule)
        if acs_system_id is not None:
            _body["acs_system_id"] = to_json(acs_system_id)
        if acs_user_id is not None:
            _body["acs_user_id"] = to_json(acs_user_id)
        if email is not None:
            _body["email"] = to_json(email)
        if email_address is not None:
            _body["email_address"] = to_json(email_address)
        if full_name is not None:
            _body["full_name"] = to_json(full_name)
        if hid_acs_system_id is not None:
            _body["hid_acs_system_id"] = to_json(hid_acs_system_id)
        if phone_number is not None:
            _body["phone_number"] = to_json(phone_number)
        if user_identity_id is not None:
            _body["user_identity_id"] = to_json(user_identity_id)
        await self._transport.request(
            "POST",
            "/acs/users/update",
            json=_body,
            authenticated=True,
        )


class AsyncAcsResource:
    """Operations on acs (awaitable)."""

    access_groups: AsyncAcsAccessGroupsResource
    credential_pools: AsyncAcsCredentialPoolsResource
    credential_provisioning_automations: (
        AsyncAcsCredentialProvisioningAutomationsResource
    )
    credentials: AsyncAcsCredentialsResource
    encoders: AsyncAcsEncodersResource
    entrances: AsyncAcsEntrancesResource
    systems: AsyncAcsSystemsResource
    users: AsyncAcsUsersResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.access_groups = AsyncAcsAccessGroupsResource(transport)
        self.credential_pools = AsyncAcsCredentialPoolsResource(transport)
        self.credential_provisioning_automations = (
            AsyncAcsCredentialProvisioningAutomationsResource(transport)
        )
        self.credentials = AsyncAcsCredentialsResource(transport)
        self.encoders = AsyncAcsEncodersResource(transport)
        self.entrances = AsyncAcsEntrancesResource(transport)
        self.systems = AsyncAcsSystemsResource(transport)
        self.users = AsyncAcsUsersResource(transport)
