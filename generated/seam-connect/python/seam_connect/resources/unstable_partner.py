"""The `unstable_partner` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import AsyncTransport, Transport, checked, to_json


class UnstablePartnerBuildingBlocksResource:
    """Operations on unstable_partner building_blocks."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def connect_accounts(
        self,
        *,
        customer_key: str,
    ) -> models.MagicLink:
        """Generate a Connect Accounts Building Block Magic Link

        Creates a new building block magic link to connect accounts.

        Args:
            customer_key: Customer key for which you want to connect accounts.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        _response = self._transport.request(
            "POST",
            "/unstable_partner/building_blocks/connect_accounts",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )

    @checked
    def generate_magic_link(
        self,
        *,
        building_block_type: models.BuildingBlockType | str,
        customer_key: str,
        spaces: (
            Sequence[models.GenerateMagicLinkRequestSpace | Mapping[str, Any]] | None
        ) = None,
    ) -> models.MagicLink:
        """Generate a Building Block Magic Link

        Creates a new building block magic link.

        Args:
            building_block_type: Type of building block for which you want to create a magic link.
            customer_key: Customer key for which you want to create a new building block magic link.
            spaces: Optional list of spaces that you want to include in the new building block magic link.
        """
        _body: builtins.dict[str, Any] = {}
        _body["building_block_type"] = to_json(building_block_type)
        _body["customer_key"] = to_json(customer_key)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        _response = self._transport.request(
            "POST",
            "/unstable_partner/building_blocks/generate_magic_link",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )

    @checked
    def manage_devices(
        self,
        *,
        customer_key: str,
    ) -> models.MagicLink:
        """Generate a Manage Devices Building Block Magic Link

        Creates a new building block magic link to manage devices.

        Args:
            customer_key: Customer key for which you want to manage devices.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        _response = self._transport.request(
            "POST",
            "/unstable_partner/building_blocks/manage_devices",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )

    @checked
    def organize_spaces(
        self,
        *,
        customer_key: str,
        spaces: (
            Sequence[models.OrganizeSpacesRequestSpace | Mapping[str, Any]] | None
        ) = None,
    ) -> models.MagicLink:
        """Generate an Organize Spaces Building Block Magic Link

        Creates a new building block magic link to organize spaces.

        Args:
            customer_key: Customer key for which you want to organize spaces.
            spaces: Optional list of spaces that you want to include in the new building block magic link.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        _response = self._transport.request(
            "POST",
            "/unstable_partner/building_blocks/organize_spaces",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )


class UnstablePartnerResource:
    """Operations on unstable_partner."""

    building_blocks: UnstablePartnerBuildingBlocksResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.building_blocks = UnstablePartnerBuildingBlocksResource(transport)


class AsyncUnstablePartnerBuildingBlocksResource:
    """Operations on unstable_partner building_blocks (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def connect_accounts(
        self,
        *,
        customer_key: str,
    ) -> models.MagicLink:
        """Generate a Connect Accounts Building Block Magic Link

        Creates a new building block magic link to connect accounts.

        Args:
            customer_key: Customer key for which you want to connect accounts.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        _response = await self._transport.request(
            "POST",
            "/unstable_partner/building_blocks/connect_accounts",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )

    @checked
    async def generate_magic_link(
        self,
        *,
        building_block_type: models.BuildingBlockType | str,
        customer_key: str,
        spaces: (
            Sequence[models.GenerateMagicLinkRequestSpace | Mapping[str, Any]] | None
        ) = None,
    ) -> models.MagicLink:
        """Generate a Building Block Magic Link

        Creates a new building block magic link.

        Args:
            building_block_type: Type of building block for which you want to create a magic link.
            customer_key: Customer key for which you want to create a new building block magic link.
            spaces: Optional list of spaces that you want to include in the new building block magic link.
        """
        _body: builtins.dict[str, Any] = {}
        _body["building_block_type"] = to_json(building_block_type)
        _body["customer_key"] = to_json(customer_key)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        _response = await self._transport.request(
            "POST",
            "/unstable_partner/building_blocks/generate_magic_link",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )

    @checked
    async def manage_devices(
        self,
        *,
        customer_key: str,
    ) -> models.MagicLink:
        """Generate a Manage Devices Building Block Magic Link

        Creates a new building block magic link to manage devices.

        Args:
            customer_key: Customer key for which you want to manage devices.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        _response = await self._transport.request(
            "POST",
            "/unstable_partner/building_blocks/manage_devices",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )

    @checked
    async def organize_spaces(
        self,
        *,
        customer_key: str,
        spaces: (
            Sequence[models.OrganizeSpacesRequestSpace | Mapping[str, Any]] | None
        ) = None,
    ) -> models.MagicLink:
        """Generate an Organize Spaces Building Block Magic Link

        Creates a new building block magic link to organize spaces.

        Args:
            customer_key: Customer key for which you want to organize spaces.
            spaces: Optional list of spaces that you want to include in the new building block magic link.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        _response = await self._transport.request(
            "POST",
            "/unstable_partner/building_blocks/organize_spaces",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )


class AsyncUnstablePartnerResource:
    """Operations on unstable_partner (awaitable)."""

    building_blocks: AsyncUnstablePartnerBuildingBlocksResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.building_blocks = AsyncUnstablePartnerBuildingBlocksResource(transport)
