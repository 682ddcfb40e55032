"""The `customers` resource group, synchronous and asynchronous. Generated; do not edit."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any, cast

from seam_connect import models
from seam_connect._base import AsyncTransport, Transport, checked, to_json


class CustomersReservationsResource:
    """Operations on customers reservations."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @checked
    def create_deep_link(
        self,
        *,
        customer_key: str,
        reservation_key: str,
    ) -> models.DeepLink:
        """Create Reservation Deep Link

        Stability: alpha. Expect breaking changes.

        Creates a deep link URL for a specific reservation that can be embedded in an iframe.
        The deep link creates a restricted customer portal that navigates directly to the reservation page,
        hiding the navigation UI to prevent context switching.

        This is intended for PMS integrations (like RMS Cloud) to embed reservation management
        in their own portal without exposing the full customer portal.

        The deep link expires after 7 days.

        Args:
            customer_key: The customer_key identifying the customer who owns the reservation.
            reservation_key: The key of the reservation to create a deep link for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        _body["reservation_key"] = to_json(reservation_key)
        _response = self._transport.request(
            "POST",
            "/customers/reservations/create_deep_link",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.DeepLink",
            self._transport.parse(models.DeepLink, _response, "deep_link"),
        )


class CustomersResource:
    """Operations on customers."""

    reservations: CustomersReservationsResource

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.reservations = CustomersReservationsResource(transport)

    @checked
    def create_portal(
        self,
        *,
        dev: bool | None = None,
        customer_data: (
            models.CreatePortalRequestCustomerData | Mapping[str, Any] | None
        ) = None,
        customer_resources_filters: (
            Sequence[models.CustomerResourcesFilter | Mapping[str, Any]] | None
        ) = None,
        customization_profile_id: str | None = None,
        deep_link: (
            models.DeepLinkReservation
            | models.DeepLinkSpace
            | models.DeepLinkDevice
            | Mapping[str, Any]
            | None
        ) = None,
        exclude_locale_picker: bool | None = None,
        features: models.CreatePortalRequestFeatures | Mapping[str, Any] | None = None,
        is_embedded: bool | None = None,
        landing_page: models.LandingPage | Mapping[str, Any] | None = None,
        locale: models.Locale | str | None = None,
        navigation_mode: models.NavigationMode | str | None = None,
        read_only: bool | None = None,
    ) -> models.CustomerPortal:
        """Create Customer Portal

        Stability: alpha. Expect breaking changes.

        Creates a new customer portal magic link with configurable features.

        Args:
            dev: Whether the portal is in developer mode. Only available for Seam employees.
            customer_data:
            customer_resources_filters: Filter configuration for resources based on their custom_metadata. Each filter specifies a field, operation, and value to match against resource custom_metadata.
            customization_profile_id: The ID of the customization profile to use for the portal.
            deep_link: Deep link target resource for initial redirect. When set, the portal will navigate directly to the specified resource.
            exclude_locale_picker: Whether to exclude the option to select a locale within the portal UI.
            features:
            is_embedded: Whether the portal is embedded in another application.
            landing_page: Configuration for the landing page when the portal loads.
            locale: The locale to use for the portal.
            navigation_mode: Navigation mode for the portal. 'restricted' tells frontend to hide navigation UI, typically used for embedded deep links.
            read_only: Whether the portal is read-only. When true, the customer can browse the portal but cannot perform any mutating action; write requests made with the portal's client session are rejected.
        """
        _body: builtins.dict[str, Any] = {}
        if dev is not None:
            _body["_dev"] = to_json(dev)
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if customer_resources_filters is not None:
            _body["customer_resources_filters"] = to_json(customer_resources_filters)
        if customization_profile_id is not None:
            _body["customization_profile_id"] = to_json(customization_profile_id)
        if deep_link is not None:
            _body["deep_link"] = to_json(deep_link)
        if exclude_locale_picker is not None:
            _body["exclude_locale_picker"] = to_json(exclude_locale_picker)
        if features is not None:
            _body["features"] = to_json(features)
        if is_embedded is not None:
            _body["is_embedded"] = to_json(is_embedded)
        if landing_page is not None:
            _body["landing_page"] = to_json(landing_page)
        if locale is not None:
            _body["locale"] = to_json(locale)
        if navigation_mode is not None:
            _body["navigation_mode"] = to_json(navigation_mode)
        if read_only is not None:
            _body["read_only"] = to_json(read_only)
        _response = self._transport.request(
            "POST",
            "/customers/create_portal",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.CustomerPortal",
            self._transport.parse(models.CustomerPortal, _response, "customer_portal"),
        )

    @checked
    def delete_data(
        self,
        *,
        access_grant_keys: Sequence[str] | None = None,
        booking_keys: Sequence[str] | None = None,
        building_keys: Sequence[str] | None = None,
        common_area_keys: Sequence[str] | None = None,
        customer_keys: Sequence[str] | None = None,
        facility_keys: Sequence[str] | None = None,
        guest_keys: Sequence[str] | None = None,
        listing_keys: Sequence[str] | None = None,
        property_keys: Sequence[str] | None = None,
        property_listing_keys: Sequence[str] | None = None,
        reservation_keys: Sequence[str] | None = None,
        resident_keys: Sequence[str] | None = None,
        room_keys: Sequence[str] | None = None,
        space_keys: Sequence[str] | None = None,
        staff_member_keys: Sequence[str] | None = None,
        tenant_keys: Sequence[str] | None = None,
        unit_keys: Sequence[str] | None = None,
        user_identity_keys: Sequence[str] | None = None,
        user_keys: Sequence[str] | None = None,
    ) -> None:
        """Delete Customer Data

        Stability: alpha. Expect breaking changes.

        Deletes customer data including resources like spaces, properties, rooms, users, etc.
        This will delete the partner resources and any related Seam resources (user identities, access grants, spaces).

        Args:
            access_grant_keys: List of access grant keys to delete.
            booking_keys: List of booking keys to delete.
            building_keys: List of building keys to delete.
            common_area_keys: List of common area keys to delete.
            customer_keys: List of customer keys to delete all data for.
            facility_keys: List of facility keys to delete.
            guest_keys: List of guest keys to delete.
            listing_keys: List of listing keys to delete.
            property_keys: List of property keys to delete.
            property_listing_keys: List of property listing keys to delete.
            reservation_keys: List of reservation keys to delete.
            resident_keys: List of resident keys to delete.
            room_keys: List of room keys to delete.
            space_keys: List of space keys to delete.
            staff_member_keys: List of staff member keys to delete.
            tenant_keys: List of tenant keys to delete.
            unit_keys: List of unit keys to delete.
            user_identity_keys: List of user identity keys to delete.
            user_keys: List of user keys to delete.
        """
        _body: builtins.dict[str, Any] = {}
        if access_grant_keys is not None:
            _body["access_grant_keys"] = to_json(access_grant_keys)
        if booking_keys is not None:
            _body["booking_keys"] = to_json(booking_keys)
        if building_keys is not None:
            _body["building_keys"] = to_json(building_keys)
        if common_area_keys is not None:
            _body["common_area_keys"] = to_json(common_area_keys)
        if customer_keys is not None:
            _body["customer_keys"] = to_json(customer_keys)
        if facility_keys is not None:
            _body["facility_keys"] = to_json(facility_keys)
        if guest_keys is not None:
            _body["guest_keys"] = to_json(guest_keys)
        if listing_keys is not None:
            _body["listing_keys"] = to_json(listing_keys)
        if property_keys is not None:
            _body["property_keys"] = to_json(property_keys)
        if property_listing_keys is not None:
            _body["property_listing_keys"] = to_json(property_listing_keys)
        if reservation_keys is not None:
            _body["reservation_keys"] = to_json(reservation_keys)
        if resident_keys is not None:
            _body["resident_keys"] = to_json(resident_keys)
        if room_keys is not None:
            _body["room_keys"] = to_json(room_keys)
        if space_keys is not None:
            _body["space_keys"] = to_json(space_keys)
        if staff_member_keys is not None:
            _body["staff_member_keys"] = to_json(staff_member_keys)
        if tenant_keys is not None:
            _body["tenant_keys"] = to_json(tenant_keys)
        if unit_keys is not None:
            _body["unit_keys"] = to_json(unit_keys)
        if user_identity_keys is not None:
            _body["user_identity_keys"] = to_json(user_identity_keys)
        if user_keys is not None:
            _body["user_keys"] = to_json(user_keys)
        self._transport.request(
            "POST",
            "/customers/delete_data",
            json=_body,
            authenticated=True,
        )

    @checked
    def push_data(
        self,
        *,
        customer_key: str,
        access_grants: (
            Sequence[models.PushDataRequestAccessGrant | Mapping[str, Any]] | None
        ) = None,
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
        sites: Sequence[models.PushDataRequestSite | Mapping[str, Any]] | None = None,
        spaces: Sequence[models.PushDataRequestSpace | Mapping[str, Any]] | None = None,
        staff_members: (
            Sequence[models.PushDataRequestStaffMember | Mapping[str, Any]] | None
        ) = None,
        tenants: Sequence[models.Tenant | Mapping[str, Any]] | None = None,
        units: Sequence[models.Unit | Mapping[str, Any]] | None = None,
        user_identities: (
            Sequence[models.PushDataRequestUserIdentity | Mapping[str, Any]] | None
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
            sites: List of general sites or areas.
            spaces: List of general spaces or areas.
            staff_members: List of staff members.
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
        if sites is not None:
            _body["sites"] = to_json(sites)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        if staff_members is not None:
            _body["staff_members"] = to_json(staff_members)
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


class AsyncCustomersReservationsResource:
    """Operations on customers reservations (awaitable)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @checked
    async def create_deep_link(
        self,
        *,
        customer_key: str,
        reservation_key: str,
    ) -> models.DeepLink:
        """Create Reservation Deep Link

        Stability: alpha. Expect breaking changes.

        Creates a deep link URL for a specific reservation that can be embedded in an iframe.
        The deep link creates a restricted customer portal that navigates directly to the reservation page,
        hiding the navigation UI to prevent context switching.

        This is intended for PMS integrations (like RMS Cloud) to embed reservation management
        in their own portal without exposing the full customer portal.

        The deep link expires after 7 days.

        Args:
            customer_key: The customer_key identifying the customer who owns the reservation.
            reservation_key: The key of the reservation to create a deep link for.
        """
        _body: builtins.dict[str, Any] = {}
        _body["customer_key"] = to_json(customer_key)
        _body["reservation_key"] = to_json(reservation_key)
        _response = await self._transport.request(
            "POST",
            "/customers/reservations/create_deep_link",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.DeepLink",
            self._transport.parse(models.DeepLink, _response, "deep_link"),
        )


class AsyncCustomersResource:
    """Operations on customers (awaitable)."""

    reservations: AsyncCustomersReservationsResource

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
        self.reservations = AsyncCustomersReservationsResource(transport)

    @checked
    async def create_portal(
        self,
        *,
        dev: bool | None = None,
        customer_data: (
            models.CreatePortalRequestCustomerData | Mapping[str, Any] | None
        ) = None,
        customer_resources_filters: (
            Sequence[models.CustomerResourcesFilter | Mapping[str, Any]] | None
        ) = None,
        customization_profile_id: str | None = None,
        deep_link: (
            models.DeepLinkReservation
            | models.DeepLinkSpace
            | models.DeepLinkDevice
            | Mapping[str, Any]
            | None
        ) = None,
        exclude_locale_picker: bool | None = None,
        features: models.CreatePortalRequestFeatures | Mapping[str, Any] | None = None,
        is_embedded: bool | None = None,
        landing_page: models.LandingPage | Mapping[str, Any] | None = None,
        locale: models.Locale | str | None = None,
        navigation_mode: models.NavigationMode | str | None = None,
        read_only: bool | None = None,
    ) -> models.CustomerPortal:
        """Create Customer Portal

        Stability: alpha. Expect breaking changes.

        Creates a new customer portal magic link with configurable features.

        Args:
            dev: Whether the portal is in developer mode. Only available for Seam employees.
            customer_data:
            customer_resources_filters: Filter configuration for resources based on their custom_metadata. Each filter specifies a field, operation, and value to match against resource custom_metadata.
            customization_profile_id: The ID of the customization profile to use for the portal.
            deep_link: Deep link target resource for initial redirect. When set, the portal will navigate directly to the specified resource.
            exclude_locale_picker: Whether to exclude the option to select a locale within the portal UI.
            features:
            is_embedded: Whether the portal is embedded in another application.
            landing_page: Configuration for the landing page when the portal loads.
            locale: The locale to use for the portal.
            navigation_mode: Navigation mode for the portal. 'restricted' tells frontend to hide navigation UI, typically used for embedded deep links.
            read_only: Whether the portal is read-only. When true, the customer can browse the portal but cannot perform any mutating action; write requests made with the portal's client session are rejected.
        """
        _body: builtins.dict[str, Any] = {}
        if dev is not None:
            _body["_dev"] = to_json(dev)
        if customer_data is not None:
            _body["customer_data"] = to_json(customer_data)
        if customer_resources_filters is not None:
            _body["customer_resources_filters"] = to_json(customer_resources_filters)
        if customization_profile_id is not None:
            _body["customization_profile_id"] = to_json(customization_profile_id)
        if deep_link is not None:
            _body["deep_link"] = to_json(deep_link)
        if exclude_locale_picker is not None:
            _body["exclude_locale_picker"] = to_json(exclude_locale_picker)
        if features is not None:
            _body["features"] = to_json(features)
        if is_embedded is not None:
            _body["is_embedded"] = to_json(is_embedded)
        if landing_page is not None:
            _body["landing_page"] = to_json(landing_page)
        if locale is not None:
            _body["locale"] = to_json(locale)
        if navigation_mode is not None:
            _body["navigation_mode"] = to_json(navigation_mode)
        if read_only is not None:
            _body["read_only"] = to_json(read_only)
        _response = await self._transport.request(
            "POST",
            "/customers/create_portal",
            json=_body,
            authenticated=True,
        )
        return cast(
            "models.CustomerPortal",
            self._transport.parse(models.CustomerPortal, _response, "customer_portal"),
        )

    @checked
    async def delete_data(
        self,
        *,
        access_grant_keys: Sequence[str] | None = None,
        booking_keys: Sequence[str] | None = None,
        building_keys: Sequence[str] | None = None,
        common_area_keys: Sequence[str] | None = None,
        customer_keys: Sequence[str] | None = None,
        facility_keys: Sequence[str] | None = None,
        guest_keys: Sequence[str] | None = None,
        listing_keys: Sequence[str] | None = None,
        property_keys: Sequence[str] | None = None,
        property_listing_keys: Sequence[str] | None = None,
        reservation_keys: Sequence[str] | None = None,
        resident_keys: Sequence[str] | None = None,
        room_keys: Sequence[str] | None = None,
        space_keys: Sequence[str] | None = None,
        staff_member_keys: Sequence[str] | None = None,
        tenant_keys: Sequence[str] | None = None,
        unit_keys: Sequence[str] | None = None,
        user_identity_keys: Sequence[str] | None = None,
        user_keys: Sequence[str] | None = None,
    ) -> None:
        """Delete Customer Data

        Stability: alpha. Expect breaking changes.

        Deletes customer data including resources like spaces, properties, rooms, users, etc.
        This will delete the partner resources and any related Seam resources (user identities, access grants, spaces).

        Args:
            access_grant_keys: List of access grant keys to delete.
            booking_keys: List of booking keys to delete.
            building_keys: List of building keys to delete.
            common_area_keys: List of common area keys to delete.
            customer_keys: List of customer keys to delete all data for.
            facility_keys: List of facility keys to delete.
            guest_keys: List of guest keys to delete.
            listing_keys: List of listing keys to delete.
            property_keys: List of property keys to delete.
            property_listing_keys: List of property listing keys to delete.
            reservation_keys: List of reservation keys to delete.
            resident_keys: List of resident keys to delete.
            room_keys: List of room keys to delete.
            space_keys: List of space keys to delete.
            staff_member_keys: List of staff member keys to delete.
            tenant_keys: List of tenant keys to delete.
            unit_keys: List of unit keys to delete.
            user_identity_keys: List of user identity keys to delete.
            user_keys: List of user keys to delete.
        """
        _body: builtins.dict[str, Any] = {}
        if access_grant_keys is not None:
            _body["access_grant_keys"] = to_json(access_grant_keys)
        if booking_keys is not None:
            _body["booking_keys"] = to_json(booking_keys)
        if building_keys is not None:
            _body["building_keys"] = to_json(building_keys)
        if common_area_keys is not None:
            _body["common_area_keys"] = to_json(common_area_keys)
        if customer_keys is not None:
            _body["customer_keys"] = to_json(customer_keys)
        if facility_keys is not None:
            _body["facility_keys"] = to_json(facility_keys)
        if guest_keys is not None:
            _body["guest_keys"] = to_json(guest_keys)
        if listing_keys is not None:
            _body["listing_keys"] = to_json(listing_keys)
        if property_keys is not None:
            _body["property_keys"] = to_json(property_keys)
        if property_listing_keys is not None:
            _body["property_listing_keys"] = to_json(property_listing_keys)
        if reservation_keys is not None:
            _body["reservation_keys"] = to_json(reservation_keys)
        if resident_keys is not None:
            _body["resident_keys"] = to_json(resident_keys)
        if room_keys is not None:
            _body["room_keys"] = to_json(room_keys)
        if space_keys is not None:
            _body["space_keys"] = to_json(space_keys)
        if staff_member_keys is not None:
            _body["staff_member_keys"] = to_json(staff_member_keys)
        if tenant_keys is not None:
            _body["tenant_keys"] = to_json(tenant_keys)
        if unit_keys is not None:
            _body["unit_keys"] = to_json(unit_keys)
        if user_identity_keys is not None:
            _body["user_identity_keys"] = to_json(user_identity_keys)
        if user_keys is not None:
            _body["user_keys"] = to_json(user_keys)
        await self._transport.request(
            "POST",
            "/customers/delete_data",
            json=_body,
            authenticated=True,
        )

    @checked
    async def push_data(
        self,
        *,
        customer_key: str,
        access_grants: (
            Sequence[models.PushDataRequestAccessGrant | Mapping[str, Any]] | None
        ) = None,
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
        sites: Sequence[models.PushDataRequestSite | Mapping[str, Any]] | None = None,
        spaces: Sequence[models.PushDataRequestSpace | Mapping[str, Any]] | None = None,
        staff_members: (
            Sequence[models.PushDataRequestStaffMember | Mapping[str, Any]] | None
        ) = None,
        tenants: Sequence[models.Tenant | Mapping[str, Any]] | None = None,
        units: Sequence[models.Unit | Mapping[str, Any]] | None = None,
        user_identities: (
            Sequence[models.PushDataRequestUserIdentity | Mapping[str, Any]] | None
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
            sites: List of general sites or areas.
            spaces: List of general spaces or areas.
            staff_members: List of staff members.
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
        if sites is not None:
            _body["sites"] = to_json(sites)
        if spaces is not None:
            _body["spaces"] = to_json(spaces)
        if staff_members is not None:
            _body["staff_members"] = to_json(staff_members)
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
