"""The whole Seam Connect API (1.977.0) as a target: every method, Seam's conventions, the docs."""

from __future__ import annotations

import importlib
import inspect
import json
import sys
import warnings
from typing import Any, Iterator

import pytest

from conftest import ROOT, RecordingServer, Reply

TARGET = ROOT / "generated" / "seam-connect"
SPEC = json.loads((ROOT / "specs" / "seam-connect" / "openapi.json").read_text())


@pytest.fixture(scope="module")
def seam_connect() -> Iterator[Any]:
    sys.path.insert(0, str(TARGET / "python"))
    try:
        yield importlib.import_module("seam_connect")
    finally:
        sys.path.remove(str(TARGET / "python"))
        for name in [m for m in sys.modules if m == "seam_connect" or m.startswith("seam_connect.")]:
            del sys.modules[name]


def identifier(name: str) -> str:
    return name.replace("-", "_").strip("[]")


def methods_of(obj: Any, prefix: tuple[str, ...] = (), iterators: bool = False) -> set[tuple[tuple[str, ...], str]]:
    found = set()
    for name in dir(obj):
        if name.startswith("_"):
            continue
        attr = getattr(obj, name)
        if type(attr).__name__.endswith("Resource"):
            found |= methods_of(attr, prefix + (name,), iterators)
        elif callable(attr) and prefix and name.startswith("iter_") == iterators:
            found.add((prefix, name))
    return found


def test_all_316_methods_exist(seam_connect: Any) -> None:
    expected = {
        (tuple(identifier(g) for g in op["x-fern-sdk-group-name"]), identifier(op["x-fern-sdk-method-name"]))
        for item in SPEC["paths"].values()
        for op in item.values()
    }
    assert len(expected) == len(SPEC["paths"]) == 316
    assert methods_of(seam_connect.Client(api_key="k")) == expected


def test_async_client_mirrors_the_sync_one(seam_connect: Any) -> None:
    sync, async_ = seam_connect.Client(api_key="k"), seam_connect.AsyncClient(api_key="k")
    assert methods_of(async_) == methods_of(seam_connect.Client(api_key="k"))
    assert methods_of(async_, iterators=True) == methods_of(sync, iterators=True)
    assert inspect.iscoroutinefunction(inspect.unwrap(async_.devices.get))
    assert inspect.isasyncgenfunction(inspect.unwrap(async_.devices.iter_list))


def test_paginated_lists_and_only_they_have_iterators(seam_connect: Any) -> None:
    # Seam's convention: a `page_cursor` argument, and `pagination` beside a list in the response.
    expected = set()
    for item in SPEC["paths"].values():
        for op in item.values():
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            parts = [body, *body.get("allOf", [])]  # the generator flattens allOf into arguments
            takes_cursor = any("page_cursor" in part.get("properties", {}) for part in parts) or any(
                p["name"] == "page_cursor" for p in op.get("parameters", [])
            )
            content = op["responses"]["200"].get("content", {}).get("application/json", {})
            response = content.get("schema", {}).get("properties", {})
            key = op.get("x-response-key")
            if takes_cursor and "pagination" in response and response.get(key, {}).get("type") == "array":
                groups = tuple(identifier(g) for g in op["x-fern-sdk-group-name"])
                expected.add((groups, "iter_" + identifier(op["x-fern-sdk-method-name"])))
    assert len(expected) == 20
    assert methods_of(seam_connect.Client(api_key="k"), iterators=True) == expected


def test_response_keys_unwrap_into_models(seam_connect: Any) -> None:
    device = {
        "device_id": "d1",
        "device_type": "a_brand_new_lock",
        "space_ids": [],
        "display_name": "Front door",
        "capabilities_supported": ["lock"],
        "properties": {
            "online": True,
            "name": "Front door",
            "appearance": {"name": "Front door"},
            "model": {"display_name": "Lock", "manufacturer_display_name": "August"},
        },
        "connected_account_id": "ca1",
        "workspace_id": "ws1",
        "errors": [],
        "warnings": [],
        "created_at": "2025-01-01T00:00:00.000Z",
        "is_managed": True,
        "custom_metadata": {"room": "101", "vip": True},
        "new_field": 1,
    }
    with RecordingServer() as server:
        server.replies[("POST", "/devices/get")] = Reply(body={"device": device, "ok": True})
        server.replies[("POST", "/devices/list")] = Reply(body={"devices": [device, device], "ok": True})
        client = seam_connect.Client(api_key="seam_key", base_url=server.url)
        got = client.devices.get(device_id="d1")
        listed = client.devices.list()
        nothing = client.devices.update(device_id="d1", name="Front door")
        methods = [(r.method, r.path) for r in server.requests]
    assert type(got).__name__ == "Device" and got.device_id == "d1" and got.new_field == 1
    assert got.custom_metadata == {"room": "101", "vip": True} and got.created_at.year == 2025
    assert got.device_type == "a_brand_new_lock"  # an enum value this release does not list
    assert [type(d).__name__ for d in listed] == ["Device", "Device"]
    assert nothing is None  # x-response-key: null
    # routes offered as GET and POST, or PATCH and POST, are called with POST
    assert methods == [("POST", "/devices/get"), ("POST", "/devices/list"), ("POST", "/devices/update")]


def test_deprecated_operation_warns(seam_connect: Any) -> None:
    with RecordingServer() as server:
        client = seam_connect.Client(api_key="seam_key", base_url=server.url)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            client.devices.delete(device_id="d1")
    [warning] = [w for w in caught if w.category is DeprecationWarning]
    assert "devices.delete" in str(warning.message) and "no longer supported" in str(warning.message)
    assert "Deprecated: Deleting a device is no longer supported" in seam_connect.Client(api_key="k").devices.delete.__doc__


def test_docs_cover_documented_operations_only() -> None:
    documented = {
        op["x-fern-sdk-method-name"] + "@" + "/".join(op["x-fern-sdk-group-name"])
        for item in SPEC["paths"].values()
        for op in item.values()
        if not op.get("x-undocumented")
    }
    pages = [p for p in (TARGET / "docs").rglob("*.md") if p.name != "README.md"]
    assert len(pages) == len(documented) == 201
    index = (TARGET / "docs" / "README.md").read_text()
    assert index.count("](") == 201
    assert "## acs credentials" in index and "## devices" in index
    page = (TARGET / "docs" / "devices" / "get.md").read_text()
    assert page.startswith("# Get a Device\n")
    assert "**`device`** *Object* (Required)" in page and "<summary>Properties</summary>" in page
    deprecated = (TARGET / "docs" / "locks" / "get.md").read_text()
    assert "**Deprecated.**" in deprecated
    assert not (TARGET / "docs" / "devices" / "delete.md").exists()  # x-undocumented
