"""The `access_codes` resource group, synchronous and asynchronous. Generated; do not edit."""

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


class AccessCodesSimulateResource:
    """Operations on access_codes simulate."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create_unmanaged_access_code(
        self,
        *,
        code: str,
        device_id: str,
        name: str,
    ) -> models.UnmanagedAccessCode:
        """Simulate Creating an Unmanaged Access Code

        Simulates the creation of an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            code: Code of the simulated unmanaged access code.
            device_id: ID of the device for which you want to simulate the creation of an unmanaged access code.
            name: Name of the simulated unmanaged access code.
        """
        _body: builtins.dict[str, Any] = {}
        _body["code"] = to_json(code)
        _body["device_id"] = to_json(device_id)
        _body["name"] = to_json(name)
        _response = self._transport.request(
            "POST",
            "/access_codes/simulate/create_unmanaged_access_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAccessCode",
            self._transport.parse(models.UnmanagedAccessCode, _response, "access_code"),
        )


class AccessCodesUnmanagedResource:
    """Operations on access_codes unmanaged."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def convert_to_managed(
        self,
        *,
        access_code_id: str,
        allow_external_modification: bool | None = None,
        force: bool | None = None,
        is_external_modification_allowed: bool | None = None,
        sync: bool | None = None,
    ) -> None:
        """Convert an Unmanaged Access Code

        Converts an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) to an [access code managed through Seam](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        An unmanaged access code has a limited set of operations that you can perform on it. Once you convert an unmanaged access code to a managed access code, the full set of access code operations and lifecycle events becomes available for it.

        Note that not all device providers support converting an unmanaged access code to a managed access code.

        Args:
            access_code_id: ID of the unmanaged access code that you want to convert to a managed access code.
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the access code is allowed.
            force: Indicates whether to force the access code conversion. To switch management of an access code from one Seam workspace to another, set `force` to `true`.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the access code is allowed.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if force is not None:
            _body["force"] = to_json(force)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        if sync is not None:
            _body["sync"] = to_json(sync)
        self._transport.request(
            "POST",
            "/access_codes/unmanaged/convert_to_managed",
            json=_body,
            authenticated=True,
        )

    @checked
    def delete(
        self,
        *,
        access_code_id: str,
        sync: bool | None = None,
    ) -> None:
        """Delete an Unmanaged Access Code

        Deletes an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        Args:
            access_code_id: ID of the unmanaged access code that you want to delete.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        self._transport.request(
            "POST",
            "/access_codes/unmanaged/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        access_code_id: str | None = None,
        code: str | None = None,
        device_id: str | None = None,
    ) -> models.UnmanagedAccessCode:
        """Get an Unmanaged Access Code

        Returns a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        You must specify either `access_code_id` or both `device_id` and `code`.

        Args:
            access_code_id: ID of the unmanaged access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
            code: Code of the unmanaged access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
            device_id: ID of the device containing the unmanaged access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if code is not None:
            _body["code"] = to_json(code)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        _response = self._transport.request(
            "POST",
            "/access_codes/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAccessCode",
            self._transport.parse(models.UnmanagedAccessCode, _response, "access_code"),
        )

    @checked
    def list(
        self,
        *,
        device_id: str,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.UnmanagedAccessCode]:
        """List Unmanaged Access Codes

        Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        Args:
            device_id: ID of the device for which you want to list unmanaged access codes.
            limit: Numerical limit on the number of unmanaged access codes to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned access codes to include all records that satisfy a partial match using `name`, `code` or `access_code_id`.
            user_identifier_key: Your user ID for the user by which to filter unmanaged access codes.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/access_codes/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedAccessCode]",
            self._transport.parse(
                builtins.list[models.UnmanagedAccessCode], _response, "access_codes"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        device_id: str,
        limit: float | None = None,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> Iterator[models.UnmanagedAccessCode]:
        """List Unmanaged Access Codes

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        Args:
            device_id: ID of the device for which you want to list unmanaged access codes.
            limit: Numerical limit on the number of unmanaged access codes to return.
            search: String for which to search. Filters returned access codes to include all records that satisfy a partial match using `name`, `code` or `access_code_id`.
            user_identifier_key: Your user ID for the user by which to filter unmanaged access codes.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            _body["device_id"] = to_json(device_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identifier_key is not None:
                _body["user_identifier_key"] = to_json(user_identifier_key)
            _response = self._transport.request(
                "POST",
                "/access_codes/unmanaged/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.UnmanagedAccessCode]",
                self._transport.parse(
                    builtins.list[models.UnmanagedAccessCode], _response, "access_codes"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def update(
        self,
        *,
        access_code_id: str,
        is_managed: bool,
        allow_external_modification: bool | None = None,
        force: bool | None = None,
        is_external_modification_allowed: bool | None = None,
    ) -> None:
        """Update an Unmanaged Access Code

        Updates a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        Args:
            access_code_id: ID of the unmanaged access code that you want to update.
            is_managed:
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed.
            force: Indicates whether to force the unmanaged access code update.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        _body["is_managed"] = to_json(is_managed)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if force is not None:
            _body["force"] = to_json(force)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        self._transport.request(
            "POST",
            "/access_codes/unmanaged/update",
            json=_body,
            authenticated=True,
        )


class AccessCodesResource:
    """Operations on access_codes."""

    simulate: AccessCodesSimulateResource
    unmanaged: AccessCodesUnmanagedResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.simulate = AccessCodesSimulateResource(transport)
        self.unmanaged = AccessCodesUnmanagedResource(transport)

    @checked
    def create(
        self,
        *,
        device_id: str,
        allow_external_modification: bool | None = None,
        attempt_for_offline_device: bool | None = None,
        code: str | None = None,
        common_code_key: str | None = None,
        ends_at: str | None = None,
        is_external_modification_allowed: bool | None = None,
        is_offline_access_code: bool | None = None,
        is_one_time_use: bool | None = None,
        max_time_rounding: models.MaxTimeRounding | str | None = None,
        name: str | None = None,
        prefer_native_scheduling: bool | None = None,
        preferred_code_length: float | None = None,
        starts_at: str | None = None,
        sync: bool | None = None,
        use_backup_access_code_pool: bool | None = None,
        use_offline_access_code: bool | None = None,
    ) -> models.AccessCode:
        """Create an Access Code

        Creates a new [access code](https://docs.seam.co/low-level-apis/access-codes). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they work across both standalone smart locks and access control systems and manage the underlying codes for you. Use this low-level endpoint only when you need direct control over a code on a single device, such as setting a custom PIN value.

        Args:
            device_id: ID of the device for which you want to create the new access code.
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            attempt_for_offline_device:
            code: Code to be used for access.
            common_code_key: Key to identify access codes that should have the same code. Any two access codes with the same `common_code_key` are guaranteed to have the same `code`. See also [Creating and Updating Multiple Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes).
            ends_at: Date and time at which the validity of the new access code ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            is_offline_access_code: Indicates whether the access code is an [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes).
            is_one_time_use: Indicates whether the [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes) is a single-use access code.
            max_time_rounding: Maximum rounding adjustment. To create a daily-bound [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes) for devices that support this feature, set this parameter to `1d`.
            name: Name of the new access code. Enables administrators and users to identify the access code easily, especially when there are numerous access codes.

                       Note that the name provided on Seam is used to identify the code on Seam and is not necessarily the name that will appear in the lock provider's app or on the device. This is because lock providers may have constraints on names, such as length, uniqueness, or characters that can be used. In addition, some lock providers may break down names into components such as `first_name` and `last_name`.

                       To provide a consistent experience, Seam identifies the code on Seam by its name but may modify the name that appears on the lock provider's app or on the device. For example, Seam may add additional characters or truncate the name to meet provider constraints.

                       To help your users identify codes set by Seam, Seam provides the name exactly as it appears on the lock provider's app or on the device as a separate property called `appearance`. This is an object with a `name` property and, optionally, `first_name` and `last_name` properties (for providers that break down a name into components).
            prefer_native_scheduling: Indicates whether [native scheduling](https://docs.seam.co/low-level-apis/smart-locks/access-codes#native-scheduling) should be used for time-bound codes when supported by the provider. Default: `true`.
            preferred_code_length: Preferred code length. Only applicable if you do not specify a `code`. If the affected device does not support the preferred code length, Seam reverts to using the shortest supported code length.
            starts_at: Date and time at which the validity of the new access code starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            sync:
            use_backup_access_code_pool: Indicates whether to use a [backup access code pool](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes) provided by Seam. If `true`, you can use [`/access_codes/pull_backup_access_code`](https://docs.seam.co/api/access_codes/pull_backup_access_code).
            use_offline_access_code:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if attempt_for_offline_device is not None:
            _body["attempt_for_offline_device"] = to_json(attempt_for_offline_device)
        if code is not None:
            _body["code"] = to_json(code)
        if common_code_key is not None:
            _body["common_code_key"] = to_json(common_code_key)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        if is_offline_access_code is not None:
            _body["is_offline_access_code"] = to_json(is_offline_access_code)
        if is_one_time_use is not None:
            _body["is_one_time_use"] = to_json(is_one_time_use)
        if max_time_rounding is not None:
            _body["max_time_rounding"] = to_json(max_time_rounding)
        if name is not None:
            _body["name"] = to_json(name)
        if prefer_native_scheduling is not None:
            _body["prefer_native_scheduling"] = to_json(prefer_native_scheduling)
        if preferred_code_length is not None:
            _body["preferred_code_length"] = to_json(preferred_code_length)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if sync is not None:
            _body["sync"] = to_json(sync)
        if use_backup_access_code_pool is not None:
            _body["use_backup_access_code_pool"] = to_json(use_backup_access_code_pool)
        if use_offline_access_code is not None:
            _body["use_offline_access_code"] = to_json(use_offline_access_code)
        _response = self._transport.request(
            "POST",
            "/access_codes/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode",
            self._transport.parse(models.AccessCode, _response, "access_code"),
        )

    @checked
    def create_multiple(
        self,
        *,
        device_ids: Sequence[str],
        allow_external_modification: bool | None = None,
        attempt_for_offline_device: bool | None = None,
        behavior_when_code_cannot_be_shared: (
            models.BehaviorWhenCodeCannotBeShared | str | None
        ) = None,
        code: str | None = None,
        ends_at: str | None = None,
        is_external_modification_allowed: bool | None = None,
        name: str | None = None,
        prefer_native_scheduling: bool | None = None,
        preferred_code_length: float | None = None,
        starts_at: str | None = None,
        use_backup_access_code_pool: bool | None = None,
    ) -> builtins.list[models.AccessCode]:
        """Create Multiple Linked Access Codes

        Creates new [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes) that share a common code across multiple devices.

        Users with more than one door lock in a property may want to create groups of linked access codes, all of which have the same code (PIN). For example, a short-term rental host may want to provide guests the same PIN for both a front door lock and a back door lock.

        If you specify a custom code, Seam assigns this custom code to each of the resulting access codes. However, in this case, Seam does not link these access codes together with a `common_code_key`. That is, `common_code_key` remains null for these access codes.

        If you want to change these access codes that are not linked by a `common_code_key`, you cannot use `/access_codes/update_multiple`. However, you can update each of these access codes individually, using `/access_codes/update`.

        See also [Creating and Updating Multiple Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes).

        For granting a person access to a space, [Access Grants](https://docs.seam.co/use-cases/granting-access) are the default and recommended approach and work across both standalone smart locks and access systems. Use the lower-level Access Codes API directly only when you specifically need to manage individual PIN codes.

        Args:
            device_ids: IDs of the devices for which you want to create the new access codes.
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            attempt_for_offline_device:
            behavior_when_code_cannot_be_shared: Desired behavior if any device cannot share a code. If `throw` (default), no access codes will be created if any device cannot share a code. If `create_random_code`, a random code will be created on devices that cannot share a code.
            code: Code to be used for access.
            ends_at: Date and time at which the validity of the new access code ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            name: Name of the new access code. Enables administrators and users to identify the access code easily, especially when there are numerous access codes.

                       Note that the name provided on Seam is used to identify the code on Seam and is not necessarily the name that will appear in the lock provider's app or on the device. This is because lock providers may have constraints on names, such as length, uniqueness, or characters that can be used. In addition, some lock providers may break down names into components such as `first_name` and `last_name`.

                       To provide a consistent experience, Seam identifies the code on Seam by its name but may modify the name that appears on the lock provider's app or on the device. For example, Seam may add additional characters or truncate the name to meet provider constraints.

                       To help your users identify codes set by Seam, Seam provides the name exactly as it appears on the lock provider's app or on the device as a separate property called `appearance`. This is an object with a `name` property and, optionally, `first_name` and `last_name` properties (for providers that break down a name into components).
            prefer_native_scheduling: Indicates whether [native scheduling](https://docs.seam.co/low-level-apis/smart-locks/access-codes#native-scheduling) should be used for time-bound codes when supported by the provider. Default: `true`.
            preferred_code_length: Preferred code length. If the affected devices do not support the preferred code length, Seam reverts to using the shortest supported code length.
            starts_at: Date and time at which the validity of the new access code starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            use_backup_access_code_pool: Indicates whether to use a [backup access code pool](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes) provided by Seam. If `true`, you can use [`/access_codes/pull_backup_access_code`](https://docs.seam.co/api/access_codes/pull_backup_access_code).
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_ids"] = to_json(device_ids)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if attempt_for_offline_device is not None:
            _body["attempt_for_offline_device"] = to_json(attempt_for_offline_device)
        if behavior_when_code_cannot_be_shared is not None:
            _body["behavior_when_code_cannot_be_shared"] = to_json(
                behavior_when_code_cannot_be_shared
            )
        if code is not None:
            _body["code"] = to_json(code)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        if name is not None:
            _body["name"] = to_json(name)
        if prefer_native_scheduling is not None:
            _body["prefer_native_scheduling"] = to_json(prefer_native_scheduling)
        if preferred_code_length is not None:
            _body["preferred_code_length"] = to_json(preferred_code_length)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if use_backup_access_code_pool is not None:
            _body["use_backup_access_code_pool"] = to_json(use_backup_access_code_pool)
        _response = self._transport.request(
            "POST",
            "/access_codes/create_multiple",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessCode]",
            self._transport.parse(
                builtins.list[models.AccessCode], _response, "access_codes"
            ),
        )

    @checked
    def delete(
        self,
        *,
        access_code_id: str,
        device_id: str | None = None,
        sync: bool | None = None,
    ) -> None:
        """Delete an Access Code

        Deletes an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        Args:
            access_code_id: ID of the access code that you want to delete.
            device_id: ID of the device for which you want to delete the access code.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        self._transport.request(
            "POST",
            "/access_codes/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    def generate_code(
        self,
        *,
        device_id: str,
    ) -> models.AccessCode:
        """Generate a Code

        Generates a code for an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes), given a device ID.

        Args:
            device_id: ID of the device for which you want to generate a code.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _response = self._transport.request(
            "POST",
            "/access_codes/generate_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode",
            self._transport.parse(models.AccessCode, _response, "generated_code"),
        )

    @checked
    def get(
        self,
        *,
        access_code_id: str | None = None,
        code: str | None = None,
        device_id: str | None = None,
    ) -> models.AccessCode:
        """Get an Access Code

        Returns a specified [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        You must specify either `access_code_id` or both `device_id` and `code`.

        Args:
            access_code_id: ID of the access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
            code: Code of the access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
            device_id: ID of the device containing the access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if code is not None:
            _body["code"] = to_json(code)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        _response = self._transport.request(
            "POST",
            "/access_codes/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode",
            self._transport.parse(models.AccessCode, _response, "access_code"),
        )

    @checked
    def get_timeline(
        self,
        *,
        access_code_id: str,
        after: str | None = None,
        before: str | None = None,
        event_types: Sequence[models.EventType | str] | None = None,
        limit: float | None = None,
    ) -> builtins.list[models.TimelineEvent]:
        """Get Access Code Timeline

        Returns a chronological timeline of events for an access code.

        The timeline includes state changes (create, update, delete), delivery lifecycle events
        (programming attempts, success/failure), and related device events.

        Args:
            access_code_id: ID of the access code for which to retrieve the timeline.
            after: Only return events that occurred after this timestamp (ISO 8601 format).
            before: Only return events that occurred before this timestamp (ISO 8601 format).
            event_types: Filter to only return specific event types.
            limit: Maximum number of timeline events to return (default 50, max 200).
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if after is not None:
            _body["after"] = to_json(after)
        if before is not None:
            _body["before"] = to_json(before)
        if event_types is not None:
            _body["event_types"] = to_json(event_types)
        if limit is not None:
            _body["limit"] = to_json(limit)
        _response = self._transport.request(
            "POST",
            "/access_codes/get_timeline",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.TimelineEvent]",
            self._transport.parse(
                builtins.list[models.TimelineEvent], _response, "timeline_events"
            ),
        )

    @checked
    def list(
        self,
        *,
        access_code_ids: Sequence[str] | None = None,
        access_grant_id: str | None = None,
        access_grant_key: str | None = None,
        access_method_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.AccessCode]:
        """List Access Codes

        Returns a list of all [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.

        Args:
            access_code_ids: IDs of the access codes that you want to retrieve. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_grant_id: ID of the access grant for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_grant_key: Key of the access grant for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_method_id: ID of the access method for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            customer_key: Customer key for which you want to list access codes.
            device_id: ID of the device for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            limit: Numerical limit on the number of access codes to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned access codes to include all records that satisfy a partial match using `name`, `code` or `access_code_id`.
            user_identifier_key: Your user ID for the user by which to filter access codes.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_ids is not None:
            _body["access_code_ids"] = to_json(access_code_ids)
        if access_grant_id is not None:
            _body["access_grant_id"] = to_json(access_grant_id)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        if access_method_id is not None:
            _body["access_method_id"] = to_json(access_method_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = self._transport.request(
            "POST",
            "/access_codes/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessCode]",
            self._transport.parse(
                builtins.list[models.AccessCode], _response, "access_codes"
            ),
        )

    @checked
    def iter_list(
        self,
        *,
        access_code_ids: Sequence[str] | None = None,
        access_grant_id: str | None = None,
        access_grant_key: str | None = None,
        access_method_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        limit: float | None = None,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> Iterator[models.AccessCode]:
        """List Access Codes

        Every item of `list`, fetched page by page as iteration reaches it.

        Returns a list of all [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.

        Args:
            access_code_ids: IDs of the access codes that you want to retrieve. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_grant_id: ID of the access grant for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_grant_key: Key of the access grant for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_method_id: ID of the access method for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            customer_key: Customer key for which you want to list access codes.
            device_id: ID of the device for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            limit: Numerical limit on the number of access codes to return.
            search: String for which to search. Filters returned access codes to include all records that satisfy a partial match using `name`, `code` or `access_code_id`.
            user_identifier_key: Your user ID for the user by which to filter access codes.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if access_code_ids is not None:
                _body["access_code_ids"] = to_json(access_code_ids)
            if access_grant_id is not None:
                _body["access_grant_id"] = to_json(access_grant_id)
            if access_grant_key is not None:
                _body["access_grant_key"] = to_json(access_grant_key)
            if access_method_id is not None:
                _body["access_method_id"] = to_json(access_method_id)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if device_id is not None:
                _body["device_id"] = to_json(device_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identifier_key is not None:
                _body["user_identifier_key"] = to_json(user_identifier_key)
            _response = self._transport.request(
                "POST",
                "/access_codes/list",
                json=_body,
                authenticated=True,
            )
            yield from cast(
                "builtins.list[models.AccessCode]",
                self._transport.parse(
                    builtins.list[models.AccessCode], _response, "access_codes"
                ),
            )
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    def pull_backup_access_code(
        self,
        *,
        access_code_id: str,
    ) -> models.AccessCode:
        """Pull a Backup Access Code

        Retrieves a backup access code for an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes). See also [Managing Backup Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes).

        A backup access code pool is a collection of pre-programmed access codes stored on a device, ready for use. These codes are programmed in addition to the regular access codes on Seam, serving as a safety net for any issues with the primary codes. If there's ever a complication with a primary access code—be it due to intermittent connectivity, manual removal from a device, or provider outages—a backup code can be retrieved. Its end time can then be adjusted to align with the original code, facilitating seamless and uninterrupted access.

        You can pull a backup access code from the pool at any time. These backup codes are guaranteed to work immediately and automatically programmed to be removed from the device after the access code ends.

        You can only pull backup access codes for time-bound access codes.

        Before pulling a backup access code, make sure that the device's `properties.supports_backup_access_code_pool` is `true`. Then, to activate the backup pool, set `use_backup_access_code_pool` to `true` when creating an access code.

        Args:
            access_code_id: ID of the access code for which you want to pull a backup access code.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        _response = self._transport.request(
            "POST",
            "/access_codes/pull_backup_access_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode",
            self._transport.parse(models.AccessCode, _response, "access_code"),
        )

    @checked
    def report_device_constraints(
        self,
        *,
        device_id: str,
        max_code_length: int | None = None,
        min_code_length: int | None = None,
        supported_code_lengths: Sequence[int] | None = None,
    ) -> None:
        """Report Device Access Code Constraints

        Enables you to report access code-related constraints for a device. Currently, supports reporting supported code length constraints for SmartThings devices.

        Specify either `supported_code_lengths` or `min_code_length`/`max_code_length`.

        Args:
            device_id: ID of the device for which you want to report constraints.
            max_code_length: Maximum supported code length as an integer between 4 and 20, inclusive. You can specify either `min_code_length`/`max_code_length` or `supported_code_lengths`.
            min_code_length: Minimum supported code length as an integer between 4 and 20, inclusive. You can specify either `min_code_length`/`max_code_length` or `supported_code_lengths`.
            supported_code_lengths: Array of supported code lengths as integers between 4 and 20, inclusive. You can specify either `supported_code_lengths` or `min_code_length`/`max_code_length`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if max_code_length is not None:
            _body["max_code_length"] = to_json(max_code_length)
        if min_code_length is not None:
            _body["min_code_length"] = to_json(min_code_length)
        if supported_code_lengths is not None:
            _body["supported_code_lengths"] = to_json(supported_code_lengths)
        self._transport.request(
            "POST",
            "/access_codes/report_device_constraints",
            json=_body,
            authenticated=True,
        )

    @checked
    def update(
        self,
        *,
        access_code_id: str,
        allow_external_modification: bool | None = None,
        attempt_for_offline_device: bool | None = None,
        code: str | None = None,
        device_id: str | None = None,
        ends_at: str | None = None,
        is_external_modification_allowed: bool | None = None,
        is_managed: bool | None = None,
        is_offline_access_code: bool | None = None,
        is_one_time_use: bool | None = None,
        max_time_rounding: models.MaxTimeRounding | str | None = None,
        name: str | None = None,
        prefer_native_scheduling: bool | None = None,
        preferred_code_length: float | None = None,
        starts_at: str | None = None,
        sync: bool | None = None,
        type_: models.AccessCodesUpdateRequestType | str | None = None,
        use_backup_access_code_pool: bool | None = None,
        use_offline_access_code: bool | None = None,
    ) -> None:
        """Update an Access Code

        Updates a specified active or upcoming [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        See also [Modifying Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/modifying-access-codes).

        Args:
            access_code_id: ID of the access code that you want to update.
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            attempt_for_offline_device:
            code: Code to be used for access.
            device_id: ID of the device containing the access code that you want to update.
            ends_at: Date and time at which the validity of the new access code ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            is_managed: Indicates whether the access code is managed through Seam. Note that to convert an unmanaged access code into a managed access code, use `/access_codes/unmanaged/convert_to_managed`.
            is_offline_access_code: Indicates whether the access code is an [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes).
            is_one_time_use: Indicates whether the [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes) is a single-use access code.
            max_time_rounding: Maximum rounding adjustment. To create a daily-bound [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes) for devices that support this feature, set this parameter to `1d`.
            name: Name of the new access code. Enables administrators and users to identify the access code easily, especially when there are numerous access codes.

                       Note that the name provided on Seam is used to identify the code on Seam and is not necessarily the name that will appear in the lock provider's app or on the device. This is because lock providers may have constraints on names, such as length, uniqueness, or characters that can be used. In addition, some lock providers may break down names into components such as `first_name` and `last_name`.

                       To provide a consistent experience, Seam identifies the code on Seam by its name but may modify the name that appears on the lock provider's app or on the device. For example, Seam may add additional characters or truncate the name to meet provider constraints.

                       To help your users identify codes set by Seam, Seam provides the name exactly as it appears on the lock provider's app or on the device as a separate property called `appearance`. This is an object with a `name` property and, optionally, `first_name` and `last_name` properties (for providers that break down a name into components).
            prefer_native_scheduling: Indicates whether [native scheduling](https://docs.seam.co/low-level-apis/smart-locks/access-codes#native-scheduling) should be used for time-bound codes when supported by the provider. Default: `true`.
            preferred_code_length: Preferred code length. Only applicable if you do not specify a `code`. If the affected device does not support the preferred code length, Seam reverts to using the shortest supported code length.
            starts_at: Date and time at which the validity of the new access code starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            sync:
            type_: Type to which you want to convert the access code. To convert a time-bound access code to an ongoing access code, set `type` to `ongoing`. See also [Changing a time-bound access code to permanent access](https://docs.seam.co/low-level-apis/smart-locks/access-codes/modifying-access-codes#special-case-2-changing-a-time-bound-access-code-to-permanent-access).
            use_backup_access_code_pool: Indicates whether to use a [backup access code pool](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes) provided by Seam. If `true`, you can use [`/access_codes/pull_backup_access_code`](https://docs.seam.co/api/access_codes/pull_backup_access_code).
            use_offline_access_code:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if attempt_for_offline_device is not None:
            _body["attempt_for_offline_device"] = to_json(attempt_for_offline_device)
        if code is not None:
            _body["code"] = to_json(code)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        if is_managed is not None:
            _body["is_managed"] = to_json(is_managed)
        if is_offline_access_code is not None:
            _body["is_offline_access_code"] = to_json(is_offline_access_code)
        if is_one_time_use is not None:
            _body["is_one_time_use"] = to_json(is_one_time_use)
        if max_time_rounding is not None:
            _body["max_time_rounding"] = to_json(max_time_rounding)
        if name is not None:
            _body["name"] = to_json(name)
        if prefer_native_scheduling is not None:
            _body["prefer_native_scheduling"] = to_json(prefer_native_scheduling)
        if preferred_code_length is not None:
            _body["preferred_code_length"] = to_json(preferred_code_length)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if sync is not None:
            _body["sync"] = to_json(sync)
        if type_ is not None:
            _body["type"] = to_json(type_)
        if use_backup_access_code_pool is not None:
            _body["use_backup_access_code_pool"] = to_json(use_backup_access_code_pool)
        if use_offline_access_code is not None:
            _body["use_offline_access_code"] = to_json(use_offline_access_code)
        self._transport.request(
            "POST",
            "/access_codes/update",
            json=_body,
            authenticated=True,
        )

    @checked
    def update_multiple(
        self,
        *,
        common_code_key: str,
        ends_at: str | None = None,
        name: str | None = None,
        starts_at: str | None = None,
    ) -> None:
        """Update Multiple Linked Access Codes

        Updates [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes) that share a common code across multiple devices.

        Specify the `common_code_key` to identify the set of access codes that you want to update.

        See also [Update Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes#update-linked-access-codes).

        Args:
            common_code_key: Key that links the group of access codes, assigned on creation by `/access_codes/create_multiple`.
            ends_at: Date and time at which the validity of the new access code ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            name: Name of the new access code. Enables administrators and users to identify the access code easily, especially when there are numerous access codes.

                       Note that the name provided on Seam is used to identify the code on Seam and is not necessarily the name that will appear in the lock provider's app or on the device. This is because lock providers may have constraints on names, such as length, uniqueness, or characters that can be used. In addition, some lock providers may break down names into components such as `first_name` and `last_name`.

                       To provide a consistent experience, Seam identifies the code on Seam by its name but may modify the name that appears on the lock provider's app or on the device. For example, Seam may add additional characters or truncate the name to meet provider constraints.

                       To help your users identify codes set by Seam, Seam provides the name exactly as it appears on the lock provider's app or on the device as a separate property called `appearance`. This is an object with a `name` property and, optionally, `first_name` and `last_name` properties (for providers that break down a name into components).
            starts_at: Date and time at which the validity of the new access code starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
        """
        _body: builtins.dict[str, Any] = {}
        _body["common_code_key"] = to_json(common_code_key)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if name is not None:
            _body["name"] = to_json(name)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        self._transport.request(
            "POST",
            "/access_codes/update_multiple",
            json=_body,
            authenticated=True,
        )


class AsyncAccessCodesSimulateResource:
    """Operations on access_codes simulate (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create_unmanaged_access_code(
        self,
        *,
        code: str,
        device_id: str,
        name: str,
    ) -> models.UnmanagedAccessCode:
        """Simulate Creating an Unmanaged Access Code

        Simulates the creation of an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces).

        Args:
            code: Code of the simulated unmanaged access code.
            device_id: ID of the device for which you want to simulate the creation of an unmanaged access code.
            name: Name of the simulated unmanaged access code.
        """
        _body: builtins.dict[str, Any] = {}
        _body["code"] = to_json(code)
        _body["device_id"] = to_json(device_id)
        _body["name"] = to_json(name)
        _response = await self._transport.request(
            "POST",
            "/access_codes/simulate/create_unmanaged_access_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAccessCode",
            self._transport.parse(models.UnmanagedAccessCode, _response, "access_code"),
        )


class AsyncAccessCodesUnmanagedResource:
    """Operations on access_codes unmanaged (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def convert_to_managed(
        self,
        *,
        access_code_id: str,
        allow_external_modification: bool | None = None,
        force: bool | None = None,
        is_external_modification_allowed: bool | None = None,
        sync: bool | None = None,
    ) -> None:
        """Convert an Unmanaged Access Code

        Converts an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes) to an [access code managed through Seam](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        An unmanaged access code has a limited set of operations that you can perform on it. Once you convert an unmanaged access code to a managed access code, the full set of access code operations and lifecycle events becomes available for it.

        Note that not all device providers support converting an unmanaged access code to a managed access code.

        Args:
            access_code_id: ID of the unmanaged access code that you want to convert to a managed access code.
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the access code is allowed.
            force: Indicates whether to force the access code conversion. To switch management of an access code from one Seam workspace to another, set `force` to `true`.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the access code is allowed.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if force is not None:
            _body["force"] = to_json(force)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        if sync is not None:
            _body["sync"] = to_json(sync)
        await self._transport.request(
            "POST",
            "/access_codes/unmanaged/convert_to_managed",
            json=_body,
            authenticated=True,
        )

    @checked
    async def delete(
        self,
        *,
        access_code_id: str,
        sync: bool | None = None,
    ) -> None:
        """Delete an Unmanaged Access Code

        Deletes an [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        Args:
            access_code_id: ID of the unmanaged access code that you want to delete.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        await self._transport.request(
            "POST",
            "/access_codes/unmanaged/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        access_code_id: str | None = None,
        code: str | None = None,
        device_id: str | None = None,
    ) -> models.UnmanagedAccessCode:
        """Get an Unmanaged Access Code

        Returns a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        You must specify either `access_code_id` or both `device_id` and `code`.

        Args:
            access_code_id: ID of the unmanaged access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
            code: Code of the unmanaged access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
            device_id: ID of the device containing the unmanaged access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if code is not None:
            _body["code"] = to_json(code)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        _response = await self._transport.request(
            "POST",
            "/access_codes/unmanaged/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.UnmanagedAccessCode",
            self._transport.parse(models.UnmanagedAccessCode, _response, "access_code"),
        )

    @checked
    async def list(
        self,
        *,
        device_id: str,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.UnmanagedAccessCode]:
        """List Unmanaged Access Codes

        Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        Args:
            device_id: ID of the device for which you want to list unmanaged access codes.
            limit: Numerical limit on the number of unmanaged access codes to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned access codes to include all records that satisfy a partial match using `name`, `code` or `access_code_id`.
            user_identifier_key: Your user ID for the user by which to filter unmanaged access codes.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/access_codes/unmanaged/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.UnmanagedAccessCode]",
            self._transport.parse(
                builtins.list[models.UnmanagedAccessCode], _response, "access_codes"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        device_id: str,
        limit: float | None = None,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> AsyncIterator[models.UnmanagedAccessCode]:
        """List Unmanaged Access Codes

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [unmanaged access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        Args:
            device_id: ID of the device for which you want to list unmanaged access codes.
            limit: Numerical limit on the number of unmanaged access codes to return.
            search: String for which to search. Filters returned access codes to include all records that satisfy a partial match using `name`, `code` or `access_code_id`.
            user_identifier_key: Your user ID for the user by which to filter unmanaged access codes.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            _body["device_id"] = to_json(device_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identifier_key is not None:
                _body["user_identifier_key"] = to_json(user_identifier_key)
            _response = await self._transport.request(
                "POST",
                "/access_codes/unmanaged/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.UnmanagedAccessCode]",
                self._transport.parse(
                    builtins.list[models.UnmanagedAccessCode], _response, "access_codes"
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
        access_code_id: str,
        is_managed: bool,
        allow_external_modification: bool | None = None,
        force: bool | None = None,
        is_external_modification_allowed: bool | None = None,
    ) -> None:
        """Update an Unmanaged Access Code

        Updates a specified [unmanaged access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/migrating-existing-access-codes).

        Args:
            access_code_id: ID of the unmanaged access code that you want to update.
            is_managed:
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed.
            force: Indicates whether to force the unmanaged access code update.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        _body["is_managed"] = to_json(is_managed)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if force is not None:
            _body["force"] = to_json(force)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        await self._transport.request(
            "POST",
            "/access_codes/unmanaged/update",
            json=_body,
            authenticated=True,
        )


class AsyncAccessCodesResource:
    """Operations on access_codes (awaitable)."""

    simulate: AsyncAccessCodesSimulateResource
    unmanaged: AsyncAccessCodesUnmanagedResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.simulate = AsyncAccessCodesSimulateResource(transport)
        self.unmanaged = AsyncAccessCodesUnmanagedResource(transport)

    @checked
    async def create(
        self,
        *,
        device_id: str,
        allow_external_modification: bool | None = None,
        attempt_for_offline_device: bool | None = None,
        code: str | None = None,
        common_code_key: str | None = None,
        ends_at: str | None = None,
        is_external_modification_allowed: bool | None = None,
        is_offline_access_code: bool | None = None,
        is_one_time_use: bool | None = None,
        max_time_rounding: models.MaxTimeRounding | str | None = None,
        name: str | None = None,
        prefer_native_scheduling: bool | None = None,
        preferred_code_length: float | None = None,
        starts_at: str | None = None,
        sync: bool | None = None,
        use_backup_access_code_pool: bool | None = None,
        use_offline_access_code: bool | None = None,
    ) -> models.AccessCode:
        """Create an Access Code

        Creates a new [access code](https://docs.seam.co/low-level-apis/access-codes). For granting access, we recommend [Access Grants](https://docs.seam.co/use-cases/granting-access) instead: they work across both standalone smart locks and access control systems and manage the underlying codes for you. Use this low-level endpoint only when you need direct control over a code on a single device, such as setting a custom PIN value.

        Args:
            device_id: ID of the device for which you want to create the new access code.
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            attempt_for_offline_device:
            code: Code to be used for access.
            common_code_key: Key to identify access codes that should have the same code. Any two access codes with the same `common_code_key` are guaranteed to have the same `code`. See also [Creating and Updating Multiple Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes).
            ends_at: Date and time at which the validity of the new access code ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            is_offline_access_code: Indicates whether the access code is an [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes).
            is_one_time_use: Indicates whether the [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes) is a single-use access code.
            max_time_rounding: Maximum rounding adjustment. To create a daily-bound [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes) for devices that support this feature, set this parameter to `1d`.
            name: Name of the new access code. Enables administrators and users to identify the access code easily, especially when there are numerous access codes.

                       Note that the name provided on Seam is used to identify the code on Seam and is not necessarily the name that will appear in the lock provider's app or on the device. This is because lock providers may have constraints on names, such as length, uniqueness, or characters that can be used. In addition, some lock providers may break down names into components such as `first_name` and `last_name`.

                       To provide a consistent experience, Seam identifies the code on Seam by its name but may modify the name that appears on the lock provider's app or on the device. For example, Seam may add additional characters or truncate the name to meet provider constraints.

                       To help your users identify codes set by Seam, Seam provides the name exactly as it appears on the lock provider's app or on the device as a separate property called `appearance`. This is an object with a `name` property and, optionally, `first_name` and `last_name` properties (for providers that break down a name into components).
            prefer_native_scheduling: Indicates whether [native scheduling](https://docs.seam.co/low-level-apis/smart-locks/access-codes#native-scheduling) should be used for time-bound codes when supported by the provider. Default: `true`.
            preferred_code_length: Preferred code length. Only applicable if you do not specify a `code`. If the affected device does not support the preferred code length, Seam reverts to using the shortest supported code length.
            starts_at: Date and time at which the validity of the new access code starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            sync:
            use_backup_access_code_pool: Indicates whether to use a [backup access code pool](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes) provided by Seam. If `true`, you can use [`/access_codes/pull_backup_access_code`](https://docs.seam.co/api/access_codes/pull_backup_access_code).
            use_offline_access_code:
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if attempt_for_offline_device is not None:
            _body["attempt_for_offline_device"] = to_json(attempt_for_offline_device)
        if code is not None:
            _body["code"] = to_json(code)
        if common_code_key is not None:
            _body["common_code_key"] = to_json(common_code_key)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        if is_offline_access_code is not None:
            _body["is_offline_access_code"] = to_json(is_offline_access_code)
        if is_one_time_use is not None:
            _body["is_one_time_use"] = to_json(is_one_time_use)
        if max_time_rounding is not None:
            _body["max_time_rounding"] = to_json(max_time_rounding)
        if name is not None:
            _body["name"] = to_json(name)
        if prefer_native_scheduling is not None:
            _body["prefer_native_scheduling"] = to_json(prefer_native_scheduling)
        if preferred_code_length is not None:
            _body["preferred_code_length"] = to_json(preferred_code_length)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if sync is not None:
            _body["sync"] = to_json(sync)
        if use_backup_access_code_pool is not None:
            _body["use_backup_access_code_pool"] = to_json(use_backup_access_code_pool)
        if use_offline_access_code is not None:
            _body["use_offline_access_code"] = to_json(use_offline_access_code)
        _response = await self._transport.request(
            "POST",
            "/access_codes/create",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode",
            self._transport.parse(models.AccessCode, _response, "access_code"),
        )

    @checked
    async def create_multiple(
        self,
        *,
        device_ids: Sequence[str],
        allow_external_modification: bool | None = None,
        attempt_for_offline_device: bool | None = None,
        behavior_when_code_cannot_be_shared: (
            models.BehaviorWhenCodeCannotBeShared | str | None
        ) = None,
        code: str | None = None,
        ends_at: str | None = None,
        is_external_modification_allowed: bool | None = None,
        name: str | None = None,
        prefer_native_scheduling: bool | None = None,
        preferred_code_length: float | None = None,
        starts_at: str | None = None,
        use_backup_access_code_pool: bool | None = None,
    ) -> builtins.list[models.AccessCode]:
        """Create Multiple Linked Access Codes

        Creates new [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes) that share a common code across multiple devices.

        Users with more than one door lock in a property may want to create groups of linked access codes, all of which have the same code (PIN). For example, a short-term rental host may want to provide guests the same PIN for both a front door lock and a back door lock.

        If you specify a custom code, Seam assigns this custom code to each of the resulting access codes. However, in this case, Seam does not link these access codes together with a `common_code_key`. That is, `common_code_key` remains null for these access codes.

        If you want to change these access codes that are not linked by a `common_code_key`, you cannot use `/access_codes/update_multiple`. However, you can update each of these access codes individually, using `/access_codes/update`.

        See also [Creating and Updating Multiple Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes).

        For granting a person access to a space, [Access Grants](https://docs.seam.co/use-cases/granting-access) are the default and recommended approach and work across both standalone smart locks and access systems. Use the lower-level Access Codes API directly only when you specifically need to manage individual PIN codes.

        Args:
            device_ids: IDs of the devices for which you want to create the new access codes.
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            attempt_for_offline_device:
            behavior_when_code_cannot_be_shared: Desired behavior if any device cannot share a code. If `throw` (default), no access codes will be created if any device cannot share a code. If `create_random_code`, a random code will be created on devices that cannot share a code.
            code: Code to be used for access.
            ends_at: Date and time at which the validity of the new access code ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            name: Name of the new access code. Enables administrators and users to identify the access code easily, especially when there are numerous access codes.

                       Note that the name provided on Seam is used to identify the code on Seam and is not necessarily the name that will appear in the lock provider's app or on the device. This is because lock providers may have constraints on names, such as length, uniqueness, or characters that can be used. In addition, some lock providers may break down names into components such as `first_name` and `last_name`.

                       To provide a consistent experience, Seam identifies the code on Seam by its name but may modify the name that appears on the lock provider's app or on the device. For example, Seam may add additional characters or truncate the name to meet provider constraints.

                       To help your users identify codes set by Seam, Seam provides the name exactly as it appears on the lock provider's app or on the device as a separate property called `appearance`. This is an object with a `name` property and, optionally, `first_name` and `last_name` properties (for providers that break down a name into components).
            prefer_native_scheduling: Indicates whether [native scheduling](https://docs.seam.co/low-level-apis/smart-locks/access-codes#native-scheduling) should be used for time-bound codes when supported by the provider. Default: `true`.
            preferred_code_length: Preferred code length. If the affected devices do not support the preferred code length, Seam reverts to using the shortest supported code length.
            starts_at: Date and time at which the validity of the new access code starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            use_backup_access_code_pool: Indicates whether to use a [backup access code pool](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes) provided by Seam. If `true`, you can use [`/access_codes/pull_backup_access_code`](https://docs.seam.co/api/access_codes/pull_backup_access_code).
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_ids"] = to_json(device_ids)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if attempt_for_offline_device is not None:
            _body["attempt_for_offline_device"] = to_json(attempt_for_offline_device)
        if behavior_when_code_cannot_be_shared is not None:
            _body["behavior_when_code_cannot_be_shared"] = to_json(
                behavior_when_code_cannot_be_shared
            )
        if code is not None:
            _body["code"] = to_json(code)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        if name is not None:
            _body["name"] = to_json(name)
        if prefer_native_scheduling is not None:
            _body["prefer_native_scheduling"] = to_json(prefer_native_scheduling)
        if preferred_code_length is not None:
            _body["preferred_code_length"] = to_json(preferred_code_length)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if use_backup_access_code_pool is not None:
            _body["use_backup_access_code_pool"] = to_json(use_backup_access_code_pool)
        _response = await self._transport.request(
            "POST",
            "/access_codes/create_multiple",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessCode]",
            self._transport.parse(
                builtins.list[models.AccessCode], _response, "access_codes"
            ),
        )

    @checked
    async def delete(
        self,
        *,
        access_code_id: str,
        device_id: str | None = None,
        sync: bool | None = None,
    ) -> None:
        """Delete an Access Code

        Deletes an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        Args:
            access_code_id: ID of the access code that you want to delete.
            device_id: ID of the device for which you want to delete the access code.
            sync:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if sync is not None:
            _body["sync"] = to_json(sync)
        await self._transport.request(
            "POST",
            "/access_codes/delete",
            json=_body,
            authenticated=True,
        )

    @checked
    async def generate_code(
        self,
        *,
        device_id: str,
    ) -> models.AccessCode:
        """Generate a Code

        Generates a code for an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes), given a device ID.

        Args:
            device_id: ID of the device for which you want to generate a code.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _response = await self._transport.request(
            "POST",
            "/access_codes/generate_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode",
            self._transport.parse(models.AccessCode, _response, "generated_code"),
        )

    @checked
    async def get(
        self,
        *,
        access_code_id: str | None = None,
        code: str | None = None,
        device_id: str | None = None,
    ) -> models.AccessCode:
        """Get an Access Code

        Returns a specified [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        You must specify either `access_code_id` or both `device_id` and `code`.

        Args:
            access_code_id: ID of the access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
            code: Code of the access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
            device_id: ID of the device containing the access code that you want to get. You must specify either `access_code_id` or both `device_id` and `code`.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_id is not None:
            _body["access_code_id"] = to_json(access_code_id)
        if code is not None:
            _body["code"] = to_json(code)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        _response = await self._transport.request(
            "POST",
            "/access_codes/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode",
            self._transport.parse(models.AccessCode, _response, "access_code"),
        )

    @checked
    async def get_timeline(
        self,
        *,
        access_code_id: str,
        after: str | None = None,
        before: str | None = None,
        event_types: Sequence[models.EventType | str] | None = None,
        limit: float | None = None,
    ) -> builtins.list[models.TimelineEvent]:
        """Get Access Code Timeline

        Returns a chronological timeline of events for an access code.

        The timeline includes state changes (create, update, delete), delivery lifecycle events
        (programming attempts, success/failure), and related device events.

        Args:
            access_code_id: ID of the access code for which to retrieve the timeline.
            after: Only return events that occurred after this timestamp (ISO 8601 format).
            before: Only return events that occurred before this timestamp (ISO 8601 format).
            event_types: Filter to only return specific event types.
            limit: Maximum number of timeline events to return (default 50, max 200).
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if after is not None:
            _body["after"] = to_json(after)
        if before is not None:
            _body["before"] = to_json(before)
        if event_types is not None:
            _body["event_types"] = to_json(event_types)
        if limit is not None:
            _body["limit"] = to_json(limit)
        _response = await self._transport.request(
            "POST",
            "/access_codes/get_timeline",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.TimelineEvent]",
            self._transport.parse(
                builtins.list[models.TimelineEvent], _response, "timeline_events"
            ),
        )

    @checked
    async def list(
        self,
        *,
        access_code_ids: Sequence[str] | None = None,
        access_grant_id: str | None = None,
        access_grant_key: str | None = None,
        access_method_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        limit: float | None = None,
        page_cursor: str | None | NotGiven = NOT_GIVEN,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> builtins.list[models.AccessCode]:
        """List Access Codes

        Returns a list of all [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.

        Args:
            access_code_ids: IDs of the access codes that you want to retrieve. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_grant_id: ID of the access grant for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_grant_key: Key of the access grant for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_method_id: ID of the access method for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            customer_key: Customer key for which you want to list access codes.
            device_id: ID of the device for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            limit: Numerical limit on the number of access codes to return.
            page_cursor: Identifies the specific page of results to return, obtained from the previous page's `next_page_cursor`.
            search: String for which to search. Filters returned access codes to include all records that satisfy a partial match using `name`, `code` or `access_code_id`.
            user_identifier_key: Your user ID for the user by which to filter access codes.
        """
        _body: builtins.dict[str, Any] = {}
        if access_code_ids is not None:
            _body["access_code_ids"] = to_json(access_code_ids)
        if access_grant_id is not None:
            _body["access_grant_id"] = to_json(access_grant_id)
        if access_grant_key is not None:
            _body["access_grant_key"] = to_json(access_grant_key)
        if access_method_id is not None:
            _body["access_method_id"] = to_json(access_method_id)
        if customer_key is not None:
            _body["customer_key"] = to_json(customer_key)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if limit is not None:
            _body["limit"] = to_json(limit)
        if not isinstance(page_cursor, NotGiven):
            _body["page_cursor"] = to_json(page_cursor)
        if search is not None:
            _body["search"] = to_json(search)
        if user_identifier_key is not None:
            _body["user_identifier_key"] = to_json(user_identifier_key)
        _response = await self._transport.request(
            "POST",
            "/access_codes/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.AccessCode]",
            self._transport.parse(
                builtins.list[models.AccessCode], _response, "access_codes"
            ),
        )

    @checked
    async def iter_list(
        self,
        *,
        access_code_ids: Sequence[str] | None = None,
        access_grant_id: str | None = None,
        access_grant_key: str | None = None,
        access_method_id: str | None = None,
        customer_key: str | None = None,
        device_id: str | None = None,
        limit: float | None = None,
        search: str | None = None,
        user_identifier_key: str | None = None,
    ) -> AsyncIterator[models.AccessCode]:
        """List Access Codes

        Every item of `list`, awaited page by page as iteration reaches it.

        Returns a list of all [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.

        Args:
            access_code_ids: IDs of the access codes that you want to retrieve. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_grant_id: ID of the access grant for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_grant_key: Key of the access grant for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            access_method_id: ID of the access method for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            customer_key: Customer key for which you want to list access codes.
            device_id: ID of the device for which you want to list access codes. Specify `device_id`, `access_code_ids`, `access_method_id`, `access_grant_id`, or `access_grant_key`.
            limit: Numerical limit on the number of access codes to return.
            search: String for which to search. Filters returned access codes to include all records that satisfy a partial match using `name`, `code` or `access_code_id`.
            user_identifier_key: Your user ID for the user by which to filter access codes.
        """
        _cursor: str | None = None
        while True:
            _body: builtins.dict[str, Any] = {}
            if access_code_ids is not None:
                _body["access_code_ids"] = to_json(access_code_ids)
            if access_grant_id is not None:
                _body["access_grant_id"] = to_json(access_grant_id)
            if access_grant_key is not None:
                _body["access_grant_key"] = to_json(access_grant_key)
            if access_method_id is not None:
                _body["access_method_id"] = to_json(access_method_id)
            if customer_key is not None:
                _body["customer_key"] = to_json(customer_key)
            if device_id is not None:
                _body["device_id"] = to_json(device_id)
            if limit is not None:
                _body["limit"] = to_json(limit)
            if _cursor is not None:
                _body["page_cursor"] = to_json(_cursor)
            if search is not None:
                _body["search"] = to_json(search)
            if user_identifier_key is not None:
                _body["user_identifier_key"] = to_json(user_identifier_key)
            _response = await self._transport.request(
                "POST",
                "/access_codes/list",
                json=_body,
                authenticated=True,
            )
            for _item in cast(
                "builtins.list[models.AccessCode]",
                self._transport.parse(
                    builtins.list[models.AccessCode], _response, "access_codes"
                ),
            ):
                yield _item
            _cursor = next_cursor(_response.json(), ("pagination", "next_page_cursor"))
            if _cursor is None:
                return

    @checked
    async def pull_backup_access_code(
        self,
        *,
        access_code_id: str,
    ) -> models.AccessCode:
        """Pull a Backup Access Code

        Retrieves a backup access code for an [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes). See also [Managing Backup Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes).

        A backup access code pool is a collection of pre-programmed access codes stored on a device, ready for use. These codes are programmed in addition to the regular access codes on Seam, serving as a safety net for any issues with the primary codes. If there's ever a complication with a primary access code—be it due to intermittent connectivity, manual removal from a device, or provider outages—a backup code can be retrieved. Its end time can then be adjusted to align with the original code, facilitating seamless and uninterrupted access.

        You can pull a backup access code from the pool at any time. These backup codes are guaranteed to work immediately and automatically programmed to be removed from the device after the access code ends.

        You can only pull backup access codes for time-bound access codes.

        Before pulling a backup access code, make sure that the device's `properties.supports_backup_access_code_pool` is `true`. Then, to activate the backup pool, set `use_backup_access_code_pool` to `true` when creating an access code.

        Args:
            access_code_id: ID of the access code for which you want to pull a backup access code.
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        _response = await self._transport.request(
            "POST",
            "/access_codes/pull_backup_access_code",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.AccessCode",
            self._transport.parse(models.AccessCode, _response, "access_code"),
        )

    @checked
    async def report_device_constraints(
        self,
        *,
        device_id: str,
        max_code_length: int | None = None,
        min_code_length: int | None = None,
        supported_code_lengths: Sequence[int] | None = None,
    ) -> None:
        """Report Device Access Code Constraints

        Enables you to report access code-related constraints for a device. Currently, supports reporting supported code length constraints for SmartThings devices.

        Specify either `supported_code_lengths` or `min_code_length`/`max_code_length`.

        Args:
            device_id: ID of the device for which you want to report constraints.
            max_code_length: Maximum supported code length as an integer between 4 and 20, inclusive. You can specify either `min_code_length`/`max_code_length` or `supported_code_lengths`.
            min_code_length: Minimum supported code length as an integer between 4 and 20, inclusive. You can specify either `min_code_length`/`max_code_length` or `supported_code_lengths`.
            supported_code_lengths: Array of supported code lengths as integers between 4 and 20, inclusive. You can specify either `supported_code_lengths` or `min_code_length`/`max_code_length`.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        if max_code_length is not None:
            _body["max_code_length"] = to_json(max_code_length)
        if min_code_length is not None:
            _body["min_code_length"] = to_json(min_code_length)
        if supported_code_lengths is not None:
            _body["supported_code_lengths"] = to_json(supported_code_lengths)
        await self._transport.request(
            "POST",
            "/access_codes/report_device_constraints",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update(
        self,
        *,
        access_code_id: str,
        allow_external_modification: bool | None = None,
        attempt_for_offline_device: bool | None = None,
        code: str | None = None,
        device_id: str | None = None,
        ends_at: str | None = None,
        is_external_modification_allowed: bool | None = None,
        is_managed: bool | None = None,
        is_offline_access_code: bool | None = None,
        is_one_time_use: bool | None = None,
        max_time_rounding: models.MaxTimeRounding | str | None = None,
        name: str | None = None,
        prefer_native_scheduling: bool | None = None,
        preferred_code_length: float | None = None,
        starts_at: str | None = None,
        sync: bool | None = None,
        type_: models.AccessCodesUpdateRequestType | str | None = None,
        use_backup_access_code_pool: bool | None = None,
        use_offline_access_code: bool | None = None,
    ) -> None:
        """Update an Access Code

        Updates a specified active or upcoming [access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes).

        See also [Modifying Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/modifying-access-codes).

        Args:
            access_code_id: ID of the access code that you want to update.
            allow_external_modification: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            attempt_for_offline_device:
            code: Code to be used for access.
            device_id: ID of the device containing the access code that you want to update.
            ends_at: Date and time at which the validity of the new access code ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            is_external_modification_allowed: Indicates whether [external modification](https://docs.seam.co/low-level-apis/smart-locks/access-codes#external-modification) of the code is allowed. Default: `false`.
            is_managed: Indicates whether the access code is managed through Seam. Note that to convert an unmanaged access code into a managed access code, use `/access_codes/unmanaged/convert_to_managed`.
            is_offline_access_code: Indicates whether the access code is an [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes).
            is_one_time_use: Indicates whether the [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes) is a single-use access code.
            max_time_rounding: Maximum rounding adjustment. To create a daily-bound [offline access code](https://docs.seam.co/low-level-apis/smart-locks/access-codes/offline-access-codes) for devices that support this feature, set this parameter to `1d`.
            name: Name of the new access code. Enables administrators and users to identify the access code easily, especially when there are numerous access codes.

                       Note that the name provided on Seam is used to identify the code on Seam and is not necessarily the name that will appear in the lock provider's app or on the device. This is because lock providers may have constraints on names, such as length, uniqueness, or characters that can be used. In addition, some lock providers may break down names into components such as `first_name` and `last_name`.

                       To provide a consistent experience, Seam identifies the code on Seam by its name but may modify the name that appears on the lock provider's app or on the device. For example, Seam may add additional characters or truncate the name to meet provider constraints.

                       To help your users identify codes set by Seam, Seam provides the name exactly as it appears on the lock provider's app or on the device as a separate property called `appearance`. This is an object with a `name` property and, optionally, `first_name` and `last_name` properties (for providers that break down a name into components).
            prefer_native_scheduling: Indicates whether [native scheduling](https://docs.seam.co/low-level-apis/smart-locks/access-codes#native-scheduling) should be used for time-bound codes when supported by the provider. Default: `true`.
            preferred_code_length: Preferred code length. Only applicable if you do not specify a `code`. If the affected device does not support the preferred code length, Seam reverts to using the shortest supported code length.
            starts_at: Date and time at which the validity of the new access code starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
            sync:
            type_: Type to which you want to convert the access code. To convert a time-bound access code to an ongoing access code, set `type` to `ongoing`. See also [Changing a time-bound access code to permanent access](https://docs.seam.co/low-level-apis/smart-locks/access-codes/modifying-access-codes#special-case-2-changing-a-time-bound-access-code-to-permanent-access).
            use_backup_access_code_pool: Indicates whether to use a [backup access code pool](https://docs.seam.co/low-level-apis/smart-locks/access-codes/backup-access-codes) provided by Seam. If `true`, you can use [`/access_codes/pull_backup_access_code`](https://docs.seam.co/api/access_codes/pull_backup_access_code).
            use_offline_access_code:
        """
        _body: builtins.dict[str, Any] = {}
        _body["access_code_id"] = to_json(access_code_id)
        if allow_external_modification is not None:
            _body["allow_external_modification"] = to_json(allow_external_modification)
        if attempt_for_offline_device is not None:
            _body["attempt_for_offline_device"] = to_json(attempt_for_offline_device)
        if code is not None:
            _body["code"] = to_json(code)
        if device_id is not None:
            _body["device_id"] = to_json(device_id)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if is_external_modification_allowed is not None:
            _body["is_external_modification_allowed"] = to_json(
                is_external_modification_allowed
            )
        if is_managed is not None:
            _body["is_managed"] = to_json(is_managed)
        if is_offline_access_code is not None:
            _body["is_offline_access_code"] = to_json(is_offline_access_code)
        if is_one_time_use is not None:
            _body["is_one_time_use"] = to_json(is_one_time_use)
        if max_time_rounding is not None:
            _body["max_time_rounding"] = to_json(max_time_rounding)
        if name is not None:
            _body["name"] = to_json(name)
        if prefer_native_scheduling is not None:
            _body["prefer_native_scheduling"] = to_json(prefer_native_scheduling)
        if preferred_code_length is not None:
            _body["preferred_code_length"] = to_json(preferred_code_length)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        if sync is not None:
            _body["sync"] = to_json(sync)
        if type_ is not None:
            _body["type"] = to_json(type_)
        if use_backup_access_code_pool is not None:
            _body["use_backup_access_code_pool"] = to_json(use_backup_access_code_pool)
        if use_offline_access_code is not None:
            _body["use_offline_access_code"] = to_json(use_offline_access_code)
        await self._transport.request(
            "POST",
            "/access_codes/update",
            json=_body,
            authenticated=True,
        )

    @checked
    async def update_multiple(
        self,
        *,
        common_code_key: str,
        ends_at: str | None = None,
        name: str | None = None,
        starts_at: str | None = None,
    ) -> None:
        """Update Multiple Linked Access Codes

        Updates [access codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes) that share a common code across multiple devices.

        Specify the `common_code_key` to identify the set of access codes that you want to update.

        See also [Update Linked Access Codes](https://docs.seam.co/low-level-apis/smart-locks/access-codes/creating-and-updating-multiple-linked-access-codes#update-linked-access-codes).

        Args:
            common_code_key: Key that links the group of access codes, assigned on creation by `/access_codes/create_multiple`.
            ends_at: Date and time at which the validity of the new access code ends, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format. Must be a time in the future and after `starts_at`.
            name: Name of the new access code. Enables administrators and users to identify the access code easily, especially when there are numerous access codes.

                       Note that the name provided on Seam is used to identify the code on Seam and is not necessarily the name that will appear in the lock provider's app or on the device. This is because lock providers may have constraints on names, such as length, uniqueness, or characters that can be used. In addition, some lock providers may break down names into components such as `first_name` and `last_name`.

                       To provide a consistent experience, Seam identifies the code on Seam by its name but may modify the name that appears on the lock provider's app or on the device. For example, Seam may add additional characters or truncate the name to meet provider constraints.

                       To help your users identify codes set by Seam, Seam provides the name exactly as it appears on the lock provider's app or on the device as a separate property called `appearance`. This is an object with a `name` property and, optionally, `first_name` and `last_name` properties (for providers that break down a name into components).
            starts_at: Date and time at which the validity of the new access code starts, in [ISO 8601](https://www.iso.org/iso-8601-date-and-time-format.html) format.
        """
        _body: builtins.dict[str, Any] = {}
        _body["common_code_key"] = to_json(common_code_key)
        if ends_at is not None:
            _body["ends_at"] = to_json(ends_at)
        if name is not None:
            _body["name"] = to_json(name)
        if starts_at is not None:
            _body["starts_at"] = to_json(starts_at)
        await self._transport.request(
            "POST",
            "/access_codes/update_multiple",
            json=_body,
            authenticated=True,
        )
