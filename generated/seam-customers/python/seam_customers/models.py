"""Request and response models, generated from the API description. Do not edit."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from pydantic import BaseModel, ConfigDict


class Model(BaseModel):
    """What every model of this API is: it keeps the fields the description does not list
    (an Alpha API adds them often) and accepts a field by its Python name or its wire name.
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=()
    )


class AccessGrant(Model):
    access_grant_key: str
    """Your unique identifier for the access grant."""
    building_keys: list[str] | None = None
    """Building keys associated with the access grant."""
    common_area_keys: list[str] | None = None
    """Common area keys associated with the access grant."""
    ends_at: str | None = None
    """Ending date and time for the access grant."""
    facility_keys: list[str] | None = None
    """Facility keys associated with the access grant."""
    guest_key: str | None = None
    """Guest key associated with the access grant."""
    listing_keys: list[str] | None = None
    """Listing keys associated with the access grant."""
    name: str
    """Your display name for this access grant resource."""
    property_keys: list[str] | None = None
    """Property keys associated with the access grant."""
    resident_key: str | None = None
    """Resident key associated with the access grant."""
    room_keys: list[str] | None = None
    """Room keys associated with the access grant."""
    space_keys: list[str] | None = None
    """Space keys associated with the access grant."""
    starts_at: str | None = None
    """Starting date and time for the access grant."""
    tenant_key: str | None = None
    """Tenant key associated with the access grant."""
    unit_keys: list[str] | None = None
    """Unit keys associated with the access grant."""
    user_identity_key: str | None = None
    """User identity key associated with the access grant."""
    user_key: str | None = None
    """User key associated with the access grant."""


class Booking(Model):
    booking_key: str
    """Your unique identifier for the booking."""
    building_keys: list[str] | None = None
    """Building keys associated with the access grant."""
    common_area_keys: list[str] | None = None
    """Common area keys associated with the access grant."""
    ends_at: str | None = None
    """Ending date and time for the access grant."""
    facility_keys: list[str] | None = None
    """Facility keys associated with the access grant."""
    guest_key: str | None = None
    """Guest key associated with the access grant."""
    listing_keys: list[str] | None = None
    """Listing keys associated with the access grant."""
    name: str
    """Your display name for this access grant resource."""
    property_keys: list[str] | None = None
    """Property keys associated with the access grant."""
    resident_key: str | None = None
    """Resident key associated with the access grant."""
    room_keys: list[str] | None = None
    """Room keys associated with the access grant."""
    space_keys: list[str] | None = None
    """Space keys associated with the access grant."""
    starts_at: str | None = None
    """Starting date and time for the access grant."""
    tenant_key: str | None = None
    """Tenant key associated with the access grant."""
    unit_keys: list[str] | None = None
    """Unit keys associated with the access grant."""
    user_identity_key: str | None = None
    """User identity key associated with the access grant."""
    user_key: str | None = None
    """User key associated with the access grant."""


class Building(Model):
    building_key: str
    """Your unique identifier for the building."""
    name: str
    """Your display name for this location resource."""


class BuildingBlockType(Enum):
    """Type of partner building block."""

    connect_accounts = "connect_accounts"
    manage_devices = "manage_devices"
    organize_spaces = "organize_spaces"
    console = "console"


class CommonArea(Model):
    common_area_key: str
    """Your unique identifier for the common area."""
    name: str
    """Your display name for this location resource."""


class Connect(Model):
    """Configuration for the connect accounts feature."""

    exclude: bool | None = False
    """Whether to exclude this feature from the portal."""


class CreatePortalRequest(Model):
    """Configuration for a customer portal"""

    features: Features | None = None
    is_embedded: bool | None = False
    """Whether the portal is embedded in another application."""
    customer_data: CustomerData | None = None


class CreatePortalResponse(Model):
    magic_link: MagicLink
    ok: bool


class CustomerData(Model):
    access_grants: list[AccessGrant] | None = None
    """List of access grants."""
    bookings: list[Booking] | None = None
    """List of bookings."""
    buildings: list[Building] | None = None
    """List of buildings."""
    common_areas: list[CommonArea] | None = None
    """List of shared common areas."""
    customer_key: str
    """Your unique identifier for the customer."""
    facilities: list[Facility] | None = None
    """List of gym or fitness facilities."""
    guests: list[Guest] | None = None
    """List of guests."""
    listings: list[Listing] | None = None
    """List of property listings."""
    properties: list[CustomerDataProperty] | None = None
    """List of short-term rental properties."""
    property_listings: list[PropertyListing] | None = None
    """List of property listings."""
    reservations: list[Reservation] | None = None
    """List of reservations."""
    residents: list[Resident] | None = None
    """List of residents."""
    rooms: list[Room] | None = None
    """List of hotel or hospitality rooms."""
    spaces: list[Space] | None = None
    """List of general spaces or areas."""
    tenants: list[Tenant] | None = None
    """List of tenants."""
    units: list[Unit] | None = None
    """List of multi-family residential units."""
    user_identities: list[UserIdentity] | None = None
    """List of user identities."""
    users: list[User] | None = None
    """List of users."""


class CustomerDataProperty(Model):
    name: str
    """Your display name for this location resource."""
    property_key: str
    """Your unique identifier for the property."""


class Facility(Model):
    facility_key: str
    """Your unique identifier for the facility."""
    name: str
    """Your display name for this location resource."""


class Features(Model):
    connect: Connect | None = None
    """Configuration for the connect accounts feature."""
    manage_devices: ManageDevices | None = None
    """Configuration for the manage devices feature."""
    organize: Organize | None = None
    """Configuration for the organize feature."""


class Guest(Model):
    email_address: str | None = None
    """Email address associated with the user identity."""
    guest_key: str
    """Your unique identifier for the guest."""
    name: str
    """Your display name for this user identity resource."""
    phone_number: str | None = None
    """Phone number associated with the user identity."""


class Listing(Model):
    listing_key: str
    """Your unique identifier for the listing."""
    name: str
    """Your display name for this location resource."""


class MagicLink(Model):
    """Represents a Customer Portal. Customer Portal is a hosted, customizable interface for managing device access. It enables you to embed secure, pre-authenticated access flows into your product—either by sharing a link with users or embedding a view in an iframe.

    With Customer Portal, you no longer need to build out frontend experiences for physical access, thermostats, and sensors. Instead, you can ship enterprise-grade access control experiences in a fraction of the time, while maintaining your product's branding and user experience.

    Seam hosts these flows, handling everything from account connection and device mapping to full-featured device control.
    """

    building_block_type: BuildingBlockType | str
    """Type of partner building block."""
    created_at: datetime
    """Date and time at which the magic link was created."""
    customer_key: str
    """Customer key for the magic link."""
    expires_at: datetime
    """Date and time at which the magic link expires."""
    url: str
    """URL for the magic link."""
    workspace_id: str
    """ID of the [workspace](https://docs.seam.co/latest/core-concepts/workspaces) associated with the magic link."""


class ManageDevices(Model):
    """Configuration for the manage devices feature."""

    exclude: bool | None = False
    """Whether to exclude this feature from the portal."""


class Organize(Model):
    """Configuration for the organize feature."""

    exclude: bool | None = False
    """Whether to exclude this feature from the portal."""


class PropertyListing(Model):
    name: str
    """Your display name for this location resource."""
    property_listing_key: str
    """Your unique identifier for the property listing."""


class PushDataRequest(Model):
    access_grants: list[AccessGrant] | None = None
    """List of access grants."""
    bookings: list[Booking] | None = None
    """List of bookings."""
    buildings: list[Building] | None = None
    """List of buildings."""
    common_areas: list[CommonArea] | None = None
    """List of shared common areas."""
    customer_key: str
    """Your unique identifier for the customer."""
    facilities: list[Facility] | None = None
    """List of gym or fitness facilities."""
    guests: list[Guest] | None = None
    """List of guests."""
    listings: list[Listing] | None = None
    """List of property listings."""
    properties: list[PushDataRequestProperty] | None = None
    """List of short-term rental properties."""
    property_listings: list[PropertyListing] | None = None
    """List of property listings."""
    reservations: list[Reservation] | None = None
    """List of reservations."""
    residents: list[Resident] | None = None
    """List of residents."""
    rooms: list[Room] | None = None
    """List of hotel or hospitality rooms."""
    spaces: list[Space] | None = None
    """List of general spaces or areas."""
    tenants: list[Tenant] | None = None
    """List of tenants."""
    units: list[Unit] | None = None
    """List of multi-family residential units."""
    user_identities: list[UserIdentity] | None = None
    """List of user identities."""
    users: list[User] | None = None
    """List of users."""


class PushDataRequestProperty(Model):
    name: str
    """Your display name for this location resource."""
    property_key: str
    """Your unique identifier for the property."""


class PushDataResponse(Model):
    ok: bool


class Reservation(Model):
    building_keys: list[str] | None = None
    """Building keys associated with the access grant."""
    common_area_keys: list[str] | None = None
    """Common area keys associated with the access grant."""
    ends_at: str | None = None
    """Ending date and time for the access grant."""
    facility_keys: list[str] | None = None
    """Facility keys associated with the access grant."""
    guest_key: str | None = None
    """Guest key associated with the access grant."""
    listing_keys: list[str] | None = None
    """Listing keys associated with the access grant."""
    name: str
    """Your display name for this access grant resource."""
    property_keys: list[str] | None = None
    """Property keys associated with the access grant."""
    reservation_key: str
    """Your unique identifier for the reservation."""
    resident_key: str | None = None
    """Resident key associated with the access grant."""
    room_keys: list[str] | None = None
    """Room keys associated with the access grant."""
    space_keys: list[str] | None = None
    """Space keys associated with the access grant."""
    starts_at: str | None = None
    """Starting date and time for the access grant."""
    tenant_key: str | None = None
    """Tenant key associated with the access grant."""
    unit_keys: list[str] | None = None
    """Unit keys associated with the access grant."""
    user_identity_key: str | None = None
    """User identity key associated with the access grant."""
    user_key: str | None = None
    """User key associated with the access grant."""


class Resident(Model):
    email_address: str | None = None
    """Email address associated with the user identity."""
    name: str
    """Your display name for this user identity resource."""
    phone_number: str | None = None
    """Phone number associated with the user identity."""
    resident_key: str
    """Your unique identifier for the resident."""


class Room(Model):
    name: str
    """Your display name for this location resource."""
    room_key: str
    """Your unique identifier for the room."""


class Space(Model):
    name: str
    """Your display name for this location resource."""
    space_key: str
    """Your unique identifier for the space."""


class Tenant(Model):
    email_address: str | None = None
    """Email address associated with the user identity."""
    name: str
    """Your display name for this user identity resource."""
    phone_number: str | None = None
    """Phone number associated with the user identity."""
    tenant_key: str
    """Your unique identifier for the tenant."""


class Unit(Model):
    name: str
    """Your display name for this location resource."""
    unit_key: str
    """Your unique identifier for the unit."""


class User(Model):
    email_address: str | None = None
    """Email address associated with the user identity."""
    name: str
    """Your display name for this user identity resource."""
    phone_number: str | None = None
    """Phone number associated with the user identity."""
    user_key: str
    """Your unique identifier for the user."""


class UserIdentity(Model):
    email_address: str | None = None
    """Email address associated with the user identity."""
    name: str
    """Your display name for this user identity resource."""
    phone_number: str | None = None
    """Phone number associated with the user identity."""
    user_identity_key: str
    """Your unique identifier for the user identity."""
