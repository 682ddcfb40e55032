"""The `customers` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, cast

from seam_customers import models
from seam_customers._base import AsyncTransport, Transport, checked, to_json


class CustomersResource:
    """Operations on customers."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create_portal(
        self,
        *,
        customer_data: models.CustomerData | Mapping[str, Any] | None = None,
        features: models.Features | Mapping[str, Any] | None = None,
        is_embedded: bool | None = None,
    ) -> models.MagicLink:
        """Create Customer Portal

        Stability: alpha. Expect breaking changes.

        Creates a new customer portal magic link with configurable features.

        Args:
            customer_data:
            features:
            is_embedded: Whether the portal is embedded in another application.
        """
        _body: builtins.dict[str, Any] = {}
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if features is not None:
            _body["features"] = to_json(features)
        if is_embedded is not None:
            _body["is_embedded"] = to_json(is_embedded)
        _response = self._transport.request(
            "POST",
            "/customers/create_portal",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )

    @checked
    def push_data(
        self,
        *,
        customer_key: str,
        access_grants: Sequence[models.AccessGrant | Mapping[str, Any]] | None = None,
        bookings: Sequence[models.Booking | Mapping[str, Any]] | None = None,
        buildings: Sequence[models.Building | Mapping[str, Any]] | None = None,
        common_areas: Sequence[models.CommonArea | Mapping[str, Any]] | None = None,
        facilities: Sequence[models.Facility | Mapping[str, Any]] | None = None,
        guests: Sequence[models.Guest | Mapping[str, Any]] | None = None,
        listings: Sequence[models.Listing | Mapping[str, Any]] | None = None,
        properties: (
            Sequence[models.PushDataRequestProperty | Mapping[str, Any]] | None
        ) = None,
        property_listings: (
            Sequence[models.PropertyListing | Mapping[str, Any]] | None
        ) = None,
        reservations: Sequence[models.Reservation | Mapping[str, Any]] | None = None,
        residents: Sequence[models.Resident | Mapping[str, Any]] | None = None,
        rooms: Sequence[models.Room | Mapping[str, Any]] | None = None,
        spaces: Sequence[models.Space | Mapping[str, Any]] | None = None,
        tenants: Sequence[models.Tenant | Mapping[str, Any]] | None = None,
        units: Sequence[models.Unit | Mapping[str, Any]] | None = None,
        user_identities: (
            Sequence[models.UserIdentity | Mapping[str, Any]] | None
        ) = None,
        users: Sequence[models.User | Mapping[str, Any]] | None = None,
    ) -> None:
        """Push Customer Data

        Stability: alpha. Expect breaking changes.

        Pushes customer data including resources like spaces, properties, rooms, users, etc.

        Args:
            customer_key: Your unique identifier for the customer.
            access_grants: List of access grants.
            bookings: List of bookings.
            buildings: List of buildings.
            common_areas: List of shared common areas.
            facilities: List of gym or fitness facilities.
            guests: List of guests.
            listings: List of property listings.
            properties: List of short-term rental properties.
            property_listings: List of property listings.
            reservations: List of reservations.
            residents: List of residents.
            rooms: List of hotel or hospitality rooms.
            spaces: List of general spaces or areas.
            tenants: List of tenants.
            units: List of multi-family residential units.
            user_identities: List of user identities.
            users: List of users.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        if access_grants is not None:
            _body["access_grants"] = to_json(access_grants)
        if bookings is not None:
            _body["bookings"] = to_json(bookings)
        if buildings is not None:
            _body["buildings"] = to_json(buildings)
        if common_areas is not None:
            _body["common_areas"] = to_json(common_areas)
        if facilities is not None:
            _body["facilities"] = to_json(facilities)
        if guests is not None:
            _body["guests"] = to_json(guests)
        if listings is not None:
            _body["listings"] = to_json(listings)
        if properties is not None:
            _body["properties"] = to_json(properties)
        if property_listings is not None:
            _body["property_listings"] = to_json(property_listings)
        if reservations is not None:
            _body["reservations"] = to_json(reservations)
        if residents is not None:
            _body["residents"] = to_json(residents)
        if rooms is not None:
            _body["rooms"] = to_json(rooms)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        if tenants is not None:
            _body["tenants"] = to_json(tenants)
        if units is not None:
            _body["units"] = to_json(units)
        if user_identities is not None:
            _body["user_identities"] = to_json(user_identities)
        if users is not None:
            _body["users"] = to_json(users)
        self._transport.request(
            "POST",
            "/customers/push_data",
            json=_body,
            authenticated=True,
        )


class AsyncCustomersResource:
    """Operations on customers (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create_portal(
        self,
        *,
        customer_data: models.CustomerData | Mapping[str, Any] | None = None,
        features: models.Features | Mapping[str, Any] | None = None,
        is_embedded: bool | None = None,
    ) -> models.MagicLink:
        """Create Customer Portal

        Stability: alpha. Expect breaking changes.

        Creates a new customer portal magic link with configurable features.

        Args:
            customer_data:
            features:
            is_embedded: Whether the portal is embedded in another application.
        """
        _body: builtins.dict[str, Any] = {}
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if features is not None:
            _body["features"] = to_json(features)
        if is_embedded is not None:
            _body["is_embedded"] = to_json(is_embedded)
        _response = await self._transport.request(
            "POST",
            "/customers/create_portal",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.MagicLink",
            self._transport.parse(models.MagicLink, _response, "magic_link"),
        )

    @checked
    async def push_data(
        self,
        *,
        customer_key: str,
        access_grants: Sequence[models.AccessGrant | Mapping[str, Any]] | None = None,
        bookings: Sequence[models.Booking | Mapping[str, Any]] | None = None,
        buildings: Sequence[models.Building | Mapping[str, Any]] | None = None,
        common_areas: Sequence[models.CommonArea | Mapping[str, Any]] | None = None,
        facilities: Sequence[models.Facility | Mapping[str, Any]] | None = None,
        guests: Sequence[models.Guest | Mapping[str, Any]] | None = None,
        listings: Sequence[models.Listing | Mapping[str, Any]] | None = None,
        properties: (
            Sequence[models.PushDataRequestProperty | Mapping[str, Any]] | None
        ) = None,
        property_listings: (
            Sequence[models.PropertyListing | Mapping[str, Any]] | None
        ) = None,
        reservations: Sequence[models.Reservation | Mapping[str, Any]] | None = None,
        residents: Sequence[models.Resident | Mapping[str, Any]] | None = None,
        rooms: Sequence[models.Room | Mapping[str, Any]] | None = None,
        spaces: Sequence[models.Space | Mapping[str, Any]] | None = None,
        tenants: Sequence[models.Tenant | Mapping[str, Any]] | None = None,
        units: Sequence[models.Unit | Mapping[str, Any]] | None = None,
        user_identities: (
            Sequence[models.UserIdentity | Mapping[str, Any]] | None
        ) = None,
        users: Sequence[models.User | Mapping[str, Any]] | None = None,
    ) -> None:
        """Push Customer Data

        Stability: alpha. Expect breaking changes.

        Pushes customer data including resources like spaces, properties, rooms, users, etc.

        Args:
            customer_key: Your unique identifier for the customer.
            access_grants: List of access grants.
            bookings: List of bookings.
            buildings: List of buildings.
            common_areas: List of shared common areas.
            facilities: List of gym or fitness facilities.
            guests: List of guests.
            listings: List of property listings.
            properties: List of short-term rental properties.
            property_listings: List of property listings.
            reservations: List of reservations.
            residents: List of residents.
            rooms: List of hotel or hospitality rooms.
            spaces: List of general spaces or areas.
            tenants: List of tenants.
            units: List of multi-family residential units.
            user_identities: List of user identities.
            users: List of users.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        if access_grants is not None:
            _body["access_grants"] = to_json(access_grants)
        if bookings is not None:
            _body["bookings"] = to_json(bookings)
        if buildings is not None:
            _body["buildings"] = to_json(buildings)
        if common_areas is not None:
            _body["common_areas"] = to_json(common_areas)
        if facilities is not None:
            _body["facilities"] = to_json(facilities)
        if guests is not None:
            _body["guests"] = to_json(guests)
        if listings is not None:
            _body["listings"] = to_json(listings)
        if properties is not None:
            _body["properties"] = to_json(properties)
        if property_listings is not None:
            _body["property_listings"] = to_json(property_listings)
        if reservations is not None:
            _body["reservations"] = to_json(reservations)
        if residents is not None:
            _body["residents"] = to_json(residents)
        if rooms is not None:
            _body["rooms"] = to_json(rooms)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        if tenants is not None:
            _body["tenants"] = to_json(tenants)
        if units is not None:
            _body["units"] = to_json(units)
        if user_identities is not None:
            _body["user_identities"] = to_json(user_identities)
        if users is not None:
            _body["users"] = to_json(users)
        await self._transport.request(
            "POST",
            "/customers/push_data",
            json=_body,
            authenticated=True,
        )
