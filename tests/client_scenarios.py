"""Runs inside a fresh virtual environment where only the generated package is installed.

`python client_scenarios.py BASE_URL SCENARIO` calls the generated client and prints one
JSON line describing what came back, for the test in the parent process to check.
"""

from __future__ import annotations

import json
import sys

import seam_customers
from seam_customers import ApiError, Client, InvalidInputError, NotFoundError, models

EVERY_PARAMETER = dict(
    customer_key="customer-1",
    access_grants=[
        models.AccessGrant(
            access_grant_key="ag-1",
            name="Front door",
            space_keys=["space-1"],
            starts_at="2025-01-01T00:00:00Z",
            ends_at="2025-01-02T00:00:00Z",
        )
    ],
    bookings=[{"booking_key": "b-1", "name": "Booking"}],
    buildings=[models.Building(building_key="bld-1", name="HQ")],
    common_areas=[{"common_area_key": "ca-1", "name": "Lobby"}],
    facilities=[{"facility_key": "f-1", "name": "Gym"}],
    guests=[models.Guest(guest_key="g-1", name="Guest", email_address="g@example.com")],
    listings=[{"listing_key": "l-1", "name": "Listing"}],
    properties=[{"property_key": "p-1", "name": "Beach house"}],
    property_listings=[{"property_listing_key": "pl-1", "name": "PL"}],
    reservations=[{"reservation_key": "r-1", "name": "Stay", "guest_key": "g-1"}],
    residents=[{"resident_key": "res-1", "name": "Resident", "phone_number": "+15555550100"}],
    rooms=[{"room_key": "room-1", "name": "101"}],
    spaces=[models.Space(space_key="space-1", name="Room 1"), {"space_key": "space-2", "name": "Room 2"}],
    tenants=[{"tenant_key": "t-1", "name": "Tenant"}],
    units=[{"unit_key": "u-1", "name": "Unit"}],
    user_identities=[{"user_identity_key": "ui-1", "name": "UI"}],
    users=[{"user_key": "user-1", "name": "User"}],
)


def main(base_url: str, scenario: str) -> None:
    result: dict[str, object] = {"version": seam_customers.__version__}
    if scenario == "every_parameter_api_key":
        client = Client(api_key="seam_test_key", base_url=base_url)
        result["returned"] = repr(client.customers.push_data(**EVERY_PARAMETER))
        result["repr"] = repr(client)
    elif scenario == "required_only_pat":
        with Client(personal_access_token="seam_pat_1", workspace_id="ws-1", base_url=base_url) as client:
            result["returned"] = repr(client.customers.push_data(customer_key="customer-2"))
    elif scenario == "create_portal":
        client = Client(api_key="seam_test_key", base_url=base_url)
        link = client.customers.create_portal(features={"connect": {"exclude": True}}, is_embedded=True)
        result["type"] = type(link).__name__
        result["url"] = link.url
        result["building_block_type"] = str(link.building_block_type)
        result["extra"] = getattr(link, "new_field", None)
        result["created_at_year"] = link.created_at.year
    elif scenario == "error":
        client = Client(api_key="seam_test_key", base_url=base_url)
        try:
            client.customers.push_data(customer_key="")
        except InvalidInputError as error:
            result.update(
                cls=type(error).__name__,
                is_api_error=isinstance(error, ApiError),
                status=error.status_code,
                code=error.code,
                message=error.message,
                request_id=error.request_id,
                validation_errors=error.validation_errors,
                text=str(error),
            )
    elif scenario == "not_found_plain_text":
        client = Client(api_key="seam_test_key", base_url=base_url)
        try:
            client.customers.push_data(customer_key="x")
        except NotFoundError as error:
            result.update(cls=type(error).__name__, status=error.status_code, code=error.code, message=error.message)
    elif scenario == "bad_credentials":
        problems = []
        for kwargs in ({}, {"personal_access_token": "p"}, {"api_key": "k", "personal_access_token": "p"}):
            try:
                Client(base_url=base_url, **kwargs)
            except ValueError as error:
                problems.append(str(error))
        result["problems"] = problems
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
