"""The model of the API, built from real and fixture specs: names, stability, immutability."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, SEAM_SPECS, requires_shared
from generator.build import build_api
from generator.config import load_config
from generator.load import load_spec
from generator.model import ParameterLocation, SchemaKind, Stability
from generator.naming import singular, unique_identifiers, words

CUSTOMERS = ROOT / "specs" / "seam-customers"


@pytest.fixture(scope="module")
def customers():
    return build_api(load_spec(CUSTOMERS / "openapi.yaml"), load_config(CUSTOMERS / "config.yaml"))


def test_customers_operations(customers) -> None:
    assert [(op.key, op.group, op.name) for op in customers.operations] == [
        ("POST /customers/create_portal", ("customers",), "create_portal"),
        ("POST /customers/push_data", ("customers",), "push_data"),
    ]
    push = customers.operations[1]
    assert push.stability is Stability.ALPHA  # from config: the spec says nothing
    assert push.title == "Push Customer Data"
    assert push.security == (("pat_with_workspace",), ("console_session_with_workspace",), ("api_key",))
    assert push.response_key is not None and push.response_key.key is None
    body = customers.resolve(push.request_body.content("application/json").schema)
    assert [p.name for p in body.properties if p.required] == ["customer_key"]
    spaces = body.property("spaces").schema
    assert spaces.kind is SchemaKind.ARRAY and spaces.items.ref == "Space"
    assert [(p.name, p.required) for p in customers.schema("Space").schema.properties] == [
        ("name", True),
        ("space_key", True),
    ]


def test_identical_inline_shapes_share_one_class(customers) -> None:
    names = [s.name for s in customers.schemas]
    # push_data's `spaces` items and create_portal's `customer_data.spaces` items are one shape
    assert names.count("Space") == 1
    assert not any(name.startswith("CustomerDataSpace") for name in names)
    assert {"AccessGrant", "UserIdentity", "PropertyListing", "Facility", "MagicLink", "BuildingBlockType"} <= set(names)


def test_model_is_immutable(customers) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        customers.operations[0].name = "changed"  # type: ignore[misc]
    assert isinstance(customers.operations, tuple) and isinstance(customers.schemas, tuple)


def test_stability_from_spec_and_config(tmp_path: Path) -> None:
    spec = FIXTURES / "pets31" / "openapi.yaml"
    api = build_api(load_spec(spec), load_config(None))
    by_name = {op.name: op for op in api.operations}
    assert by_name["list_pets"].stability is Stability.BETA  # x-stability-level
    assert by_name["create_pet"].stability is Stability.DRAFT  # x-draft
    assert by_name["get_pet"].stability is Stability.STABLE and by_name["get_pet"].deprecated == ""
    assert by_name["delete_pet"].undocumented and by_name["delete_pet"].security == ()
    assert by_name["get_pet"].parameters[0].location is ParameterLocation.PATH
    config = tmp_path / "config.yaml"
    config.write_text("stability:\n  groups:\n    pets: alpha\n  operations:\n    GET /pets: stable\n")
    api = build_api(load_spec(spec), load_config(config))
    by_name = {op.name: op for op in api.operations}
    assert by_name["list_pets"].stability is Stability.STABLE  # config wins over the spec
    assert by_name["create_pet"].stability is Stability.ALPHA
    config.write_text("client:\n  include_undocumented: false\n")
    assert "delete_pet" not in {op.name for op in build_api(load_spec(spec), load_config(config)).operations}


def test_recursive_schemas_across_files() -> None:
    api = build_api(load_spec(FIXTURES / "pets31" / "openapi.yaml"), load_config(None))
    pet = api.schema("Pet").schema
    assert pet.property("children").schema.items.ref == "Pet"
    assert pet.property("nickname").schema.nullable
    parent = api.schema("Category").schema.property("parent").schema
    assert parent.ref == "Category" and parent.nullable


@requires_shared
def test_every_seam_release_builds() -> None:
    for spec in sorted(SEAM_SPECS.glob("*.json")):
        api = build_api(load_spec(spec, validate=False), load_config(None))
        keys = [(op.group, op.name) for op in api.operations]
        assert len(keys) == len(set(keys)), spec.name
        assert ("customers", "push_data") in {(op.group[0], op.name) for op in api.operations if op.group}


def test_naming_helpers() -> None:
    assert [singular(w) for w in ("access_grants", "properties", "facilities", "addresses", "status", "users")] == [
        "access_grant", "property", "facility", "address", "status", "user",
    ]
    assert unique_identifiers(["type", "Type", "from", "self", "2fa", "a-b", "a_b"]) == [
        "type_", "type_2", "from_", "self_", "n_2fa", "a_b", "a_b_2",
    ]
    # accents fold to their letters; what has no ASCII letter drops out
    assert [words(name) for name in ("crème-brûlée", "ÉtatCivil", "naïve_ünïcode", "日本語 name")] == [
        ("creme", "brulee"), ("etat", "civil"), ("naive", "unicode"), ("name",),
    ]


def numbered_names(api) -> list[str]:  # type: ignore[no-untyped-def]
    """Class names ending in a number that neither the spec's own name nor an HTTP status explains."""
    found = []
    for named in api.schemas:
        own_name = named.origin.startswith("components/schemas/") and named.origin.count("/") == 2
        if re.search(r"[A-Za-z]\d+$", named.name) and not re.search(r"(Response\d{3}|V\d)$", named.name):
            if not (own_name and named.origin[-1].isdigit()):
                found.append(named.name)
    return found


def test_no_numbered_class_names_on_seam_connect() -> None:
    spec = ROOT / "specs" / "seam-connect"
    api = build_api(load_spec(spec / "openapi.json", validate=False), load_config(spec / "config.yaml"))
    assert numbered_names(api) == []
    names = {s.name for s in api.schemas}
    # members of unions named by what tells them apart
    assert {"AcsCredentialOnSeamIsManaged", "NextCredentialEncodeWillFailRequestWithoutAcsCredentialId"} <= names
    assert {"DeviceProperties", "DeviceType", "AccessCodeErrorAccountDisconnected"} <= names


def test_no_numbered_class_names_on_github(github_generated) -> None:  # type: ignore[no-untyped-def]
    api = build_api(load_spec(github_generated.spec, validate=False), load_config(github_generated.config))
    assert numbered_names(api) == []
    names = {s.name for s in api.schemas}
    assert {"SetLabelsRequestLabelsAsArrayOfString", "PullRequestMergeAsyncResultDetailsCannotBeMerged"} <= names
