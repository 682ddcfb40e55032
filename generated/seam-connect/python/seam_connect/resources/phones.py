"""The `phones` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, cast

from seam_connect import models
from seam_connect._base import AsyncTransport, Transport, checked, to_json


class PhonesSimulateResource:
    """Operations on phones simulate."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create_sandbox_phone(
        self,
        *,
        user_identity_id: str,
        assa_abloy_metadata: models.AssaAbloyMetadata | Mapping[str, Any] | None = None,
        custom_sdk_installation_id: str | None = None,
        phone_metadata: models.PhoneMetadata | Mapping[str, Any] | None = None,
    ) -> models.Phone:
        """Create a Sandbox Phone

        Creates a new simulated phone in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Creating a Simulated Phone for a User Identity](https://docs.seam.co/capability-guides/mobile-access/developing-in-a-sandbox-workspace#creating-a-simulated-phone-for-a-user-identity).

        Args:
            user_identity_id: ID of the user identity that you want to associate with the simulated phone.
            assa_abloy_metadata: ASSA ABLOY metadata that you want to associate with the simulated phone.
            custom_sdk_installation_id: ID of the custom SDK installation that you want to use for the simulated phone.
            phone_metadata: Metadata that you want to associate with the simulated phone.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        if assa_abloy_metadata is not None:
            _body["assa_abloy_metadata"] = to_json(assa_abloy_metadata)
        if custom_sdk_installation_id is not None:
            _body["custom_sdk_installation_id"] = to_json(custom_sdk_installation_id)
        if phone_metadata is not None:
            _body["phone_metadata"] = to_json(phone_metadata)
        _response = self._transport.request(
            "POST",
            "/phones/simulate/create_sandbox_phone",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Phone",
            self._transport.parse(models.Phone, _response, "phone"),
        )


class PhonesResource:
    """Operations on phones."""

    simulate: PhonesSimulateResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.simulate = PhonesSimulateResource(transport)

    @checked
    def deactivate(
        self,
        *,
        device_id: str,
    ) -> None:
        """Deactivate a Phone

        Deactivates a phone, which is useful, for example, if a user has lost their phone. For more information, see [App User Lost Phone Process](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity#app-user-lost-phone-process).

        Args:
            device_id: Device ID of the phone that you want to deactivate.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        self._transport.request(
            "POST",
            "/phones/deactivate",
            json=_body,
            authenticated=True,
        )

    @checked
    def get(
        self,
        *,
        device_id: str,
    ) -> models.Phone:
        """Get a Phone

        Returns a specified [phone](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity).

        Args:
            device_id: Device ID of the phone that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _response = self._transport.request(
            "POST",
            "/phones/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Phone",
            self._transport.parse(models.Phone, _response, "phone"),
        )

    @checked
    def list(
        self,
        *,
        acs_credential_id: str | None = None,
        owner_user_identity_id: str | None = None,
    ) -> builtins.list[models.Phone]:
        """List Phones

        Returns a list of all [phones](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity). To filter the list of returned phones by a specific owner user identity or credential, include the `owner_user_identity_id` or `acs_credential_id`, respectively, in the request body.

        Args:
            acs_credential_id: ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) by which you want to filter the list of returned phones.
            owner_user_identity_id: ID of the user identity that represents the owner by which you want to filter the list of returned phones.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_credential_id is not None:
            _body["acs_credential_id"] = to_json(acs_credential_id)
        if owner_user_identity_id is not None:
            _body["owner_user_identity_id"] = to_json(owner_user_identity_id)
        _response = self._transport.request(
            "POST",
            "/phones/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Phone]",
            self._transport.parse(builtins.list[models.Phone], _response, "phones"),
        )


class AsyncPhonesSimulateResource:
    """Operations on phones simulate (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create_sandbox_phone(
        self,
        *,
        user_identity_id: str,
        assa_abloy_metadata: models.AssaAbloyMetadata | Mapping[str, Any] | None = None,
        custom_sdk_installation_id: str | None = None,
        phone_metadata: models.PhoneMetadata | Mapping[str, Any] | None = None,
    ) -> models.Phone:
        """Create a Sandbox Phone

        Creates a new simulated phone in a [sandbox workspace](https://docs.seam.co/core-concepts/workspaces#sandbox-workspaces). See also [Creating a Simulated Phone for a User Identity](https://docs.seam.co/capability-guides/mobile-access/developing-in-a-sandbox-workspace#creating-a-simulated-phone-for-a-user-identity).

        Args:
            user_identity_id: ID of the user identity that you want to associate with the simulated phone.
            assa_abloy_metadata: ASSA ABLOY metadata that you want to associate with the simulated phone.
            custom_sdk_installation_id: ID of the custom SDK installation that you want to use for the simulated phone.
            phone_metadata: Metadata that you want to associate with the simulated phone.
        """
        _body: builtins.dict[str, Any] = {}
        _body["user_identity_id"] = to_json(user_identity_id)
        if assa_abloy_metadata is not None:
            _body["assa_abloy_metadata"] = to_json(assa_abloy_metadata)
        if custom_sdk_installation_id is not None:
            _body["custom_sdk_installation_id"] = to_json(custom_sdk_installation_id)
        if phone_metadata is not None:
            _body["phone_metadata"] = to_json(phone_metadata)
        _response = await self._transport.request(
            "POST",
            "/phones/simulate/create_sandbox_phone",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Phone",
            self._transport.parse(models.Phone, _response, "phone"),
        )


class AsyncPhonesResource:
    """Operations on phones (awaitable)."""

    simulate: AsyncPhonesSimulateResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.simulate = AsyncPhonesSimulateResource(transport)

    @checked
    async def deactivate(
        self,
        *,
        device_id: str,
    ) -> None:
        """Deactivate a Phone

        Deactivates a phone, which is useful, for example, if a user has lost their phone. For more information, see [App User Lost Phone Process](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity#app-user-lost-phone-process).

        Args:
            device_id: Device ID of the phone that you want to deactivate.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        await self._transport.request(
            "POST",
            "/phones/deactivate",
            json=_body,
            authenticated=True,
        )

    @checked
    async def get(
        self,
        *,
        device_id: str,
    ) -> models.Phone:
        """Get a Phone

        Returns a specified [phone](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity).

        Args:
            device_id: Device ID of the phone that you want to get.
        """
        _body: builtins.dict[str, Any] = {}
        _body["device_id"] = to_json(device_id)
        _response = await self._transport.request(
            "POST",
            "/phones/get",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.Phone",
            self._transport.parse(models.Phone, _response, "phone"),
        )

    @checked
    async def list(
        self,
        *,
        acs_credential_id: str | None = None,
        owner_user_identity_id: str | None = None,
    ) -> builtins.list[models.Phone]:
        """List Phones

        Returns a list of all [phones](https://docs.seam.co/capability-guides/mobile-access/managing-phones-for-a-user-identity). To filter the list of returned phones by a specific owner user identity or credential, include the `owner_user_identity_id` or `acs_credential_id`, respectively, in the request body.

        Args:
            acs_credential_id: ID of the [credential](https://docs.seam.co/low-level-apis/access-systems/managing-credentials) by which you want to filter the list of returned phones.
            owner_user_identity_id: ID of the user identity that represents the owner by which you want to filter the list of returned phones.
        """
        _body: builtins.dict[str, Any] = {}
        if acs_credential_id is not None:
            _body["acs_credential_id"] = to_json(acs_credential_id)
        if owner_user_identity_id is not None:
            _body["owner_user_identity_id"] = to_json(owner_user_identity_id)
        _response = await self._transport.request(
            "POST",
            "/phones/list",
            json=_body,
            authenticated=True,
        )
        return cast(
            "builtins.list[models.Phone]",
            self._transport.parse(builtins.list[models.Phone], _response, "phones"),
        )
