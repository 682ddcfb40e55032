"""The last generation's model, built by taking over the units of this generation's build that
a change left alone, is the model a full build gives: on real Seam releases, and on pairs of
small specs made to catch each way a unit's inputs can change (its own fragment, a component
it reaches, a name another unit claimed first, the order keys are written in)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, SEAM_SPECS, requires_shared
from generator.build import HTTP_METHODS, build_api
from generator.build_trace import Recorder, Reuse
from generator.config import TargetConfig, load_config
from generator.diff.engine import diff_apis
from generator.load import load_spec
from generator.model import Api

SEAM_CONFIG = ROOT / "specs" / "seam-connect" / "config.yaml"


def both_ways(new_path: Path, old_path: Path, config: TargetConfig) -> tuple[Api, Api, Reuse]:
    """The old spec's model built in full, and built reusing a traced build of the new one."""
    new_doc, old_doc = load_spec(new_path, validate=False), load_spec(old_path, validate=False)
    recorder = Recorder(new_doc.root_file)
    traced = build_api(new_doc, config, recorder=recorder)
    assert traced == build_api(new_doc, config), "recording a build changed what it built"
    reuse = Reuse(recorder.units, new_doc.root, old_doc.root)
    return build_api(old_doc, config, reuse=reuse), build_api(old_doc, config), reuse


@requires_shared
@pytest.mark.parametrize(
    "old, new", [("1.424.0", "1.622.0"), ("1.622.0", "1.778.0"), ("1.778.0", "1.875.0"), ("1.875.0", "1.977.0")]
)
def test_real_releases_reusing_build_what_a_full_build_does(old: str, new: str) -> None:
    config = load_config(SEAM_CONFIG)
    reused, full, reuse = both_ways(SEAM_SPECS / f"{new}.json", SEAM_SPECS / f"{old}.json", config)
    assert reused == full
    assert [s.name for s in reused.schemas] == [s.name for s in full.schemas]
    assert reuse.taken, "releases share unchanged operations: some must be taken over"


def test_one_changed_operation_leaves_the_others_to_be_taken_over(tmp_path: Path) -> None:
    document = json.loads((ROOT / "specs" / "seam-connect" / "openapi.json").read_text())
    edited = copy.deepcopy(document)
    edited["paths"]["/devices/update"]["post"]["description"] = "Changed in this release."
    old_path, new_path = write(tmp_path / "old.json", document), write(tmp_path / "new.json", edited)
    reused, full, reuse = both_ways(new_path, old_path, load_config(SEAM_CONFIG))
    assert reused == full
    # the fragment is the path item: its other methods are built again too
    methods = {path: [m for m in item if m in HTTP_METHODS] for path, item in document["paths"].items()}
    taken = [key for key in reuse.taken if key[0] == "operation"]
    assert not [key for key in taken if key[1] == "/devices/update"]
    assert len(taken) == sum(len(found) for path, found in methods.items() if path != "/devices/update")


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document))
    return path


def widget_response(properties: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"widget": {"type": "object", "properties": properties}}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def small_spec(**paths: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Widgets", "version": "1"},
        "paths": {f"/{name}": {"post": {"operationId": name, "responses": responses}} for name, responses in paths.items()},
        "components": {
            "schemas": {"Gadget": {"type": "object", "properties": {"size": {"type": "integer"}}}},
        },
    }


def test_a_name_freed_by_a_change_is_claimed_anew_by_an_unchanged_operation(tmp_path: Path) -> None:
    # /first's widget claims the class name `Widget`; /second's widget, another shape, must do
    # with a longer one. Where /first has no widget, /second's gets `Widget`: /second did not
    # change, but what it found when it looked the name up did, so it is built again.
    new = small_spec(
        first=widget_response({"x": {"type": "string"}}),
        second=widget_response({"y": {"type": "integer"}}),
        third=widget_response({"x": {"type": "string"}}),
    )
    old = copy.deepcopy(new)
    old["paths"]["/first"]["post"]["responses"] = {"204": {"description": "none"}}
    reused, full, reuse = both_ways(write(tmp_path / "new.json", new), write(tmp_path / "old.json", old), TargetConfig())
    assert reused == full
    assert "Widget" in {s.name for s in full.schemas}
    assert ("operation", "/second", "post") not in reuse.taken
    # /third's widget is /first's shape: in the old spec it claims `Widget` itself
    assert ("operation", "/third", "post") not in reuse.taken


def test_a_changed_component_rebuilds_what_reaches_it(tmp_path: Path) -> None:
    gadget = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Gadget"}}}}}
    new = small_spec(first=gadget, second=widget_response({"x": {"type": "string"}}))
    old = copy.deepcopy(new)
    old["components"]["schemas"]["Gadget"]["properties"]["colour"] = {"type": "string"}
    reused, full, reuse = both_ways(write(tmp_path / "new.json", new), write(tmp_path / "old.json", old), TargetConfig())
    assert reused == full
    assert ("operation", "/first", "post") not in reuse.taken
    assert ("operation", "/second", "post") in reuse.taken


def test_a_new_release_number_leaves_every_operation_to_be_taken_over(tmp_path: Path) -> None:
    # every operation reads the root's `security`; none reads `info`, which every release
    # changes: the top level is cut by key, not read as one fragment
    new = small_spec(first=widget_response({"x": {"type": "string"}}), second=widget_response({"x": {"type": "string"}}))
    new["security"] = [{"key": []}]
    new["components"]["securitySchemes"] = {"key": {"type": "http", "scheme": "bearer"}}
    old = copy.deepcopy(new)
    old["info"]["version"] = "0.9"
    reused, full, reuse = both_ways(write(tmp_path / "new.json", new), write(tmp_path / "old.json", old), TargetConfig())
    assert reused == full
    assert ("operation", "/first", "post") in reuse.taken and ("operation", "/second", "post") in reuse.taken
    # while a change to the root's security is a change to each of them
    old["security"] = []
    reused, full, reuse = both_ways(write(tmp_path / "new.json", new), write(tmp_path / "old.json", old), TargetConfig())
    assert reused == full
    assert not [key for key in reuse.taken if key[0] == "operation"]


def test_keys_in_another_order_are_a_change(tmp_path: Path) -> None:
    # equal as dicts, but the model keeps the order properties are written in
    new = small_spec(first=widget_response({"x": {"type": "string"}, "y": {"type": "integer"}}))
    old = small_spec(first=widget_response({"y": {"type": "integer"}, "x": {"type": "string"}}))
    reused, full, reuse = both_ways(write(tmp_path / "new.json", new), write(tmp_path / "old.json", old), TargetConfig())
    assert reused == full
    assert ("operation", "/first", "post") not in reuse.taken
    assert [p.name for p in full.schema("Widget").schema.properties] == ["y", "x"]



def test_a_method_name_another_operation_takes_is_a_change(tmp_path: Path) -> None:
    # `repos/list` is `list` in the group `repos` while no other operation is; where another
    # operation of the group is named `list`, it keeps its whole operationId: it did not
    # change, but its name did, so it is built again
    ok = {"204": {"description": "none"}}
    new = {"openapi": "3.0.3", "info": {"title": "Repos", "version": "1"}, "paths": {
        "/repos": {"get": {"operationId": "repos/list", "tags": ["repos"], "responses": ok}},
        "/repos/all": {"get": {"operationId": "listAll", "tags": ["repos"], "responses": ok}},
    }}
    old = copy.deepcopy(new)
    old["paths"]["/repos/all"]["get"]["operationId"] = "list"
    reused, full, reuse = both_ways(write(tmp_path / "new.json", new), write(tmp_path / "old.json", old), TargetConfig())
    assert reused == full
    assert sorted(op.name for op in full.operations) == ["list", "repos_list"]
    assert ("operation", "/repos", "get") not in reuse.taken


@requires_shared
@pytest.mark.parametrize("old, new", [("1.778.0", "1.875.0"), ("1.875.0", "1.977.0")])
def test_a_last_model_sharing_this_builds_operations_diffs_as_two_full_builds_do(old: str, new: str) -> None:
    # the diff passes over an operation both models hold as one object (see `_Walker.run`)
    config = load_config(SEAM_CONFIG)
    new_doc, old_doc = load_spec(SEAM_SPECS / f"{new}.json", validate=False), load_spec(SEAM_SPECS / f"{old}.json", validate=False)
    recorder = Recorder(new_doc.root_file)
    traced = build_api(new_doc, config, recorder=recorder)
    sharing = build_api(old_doc, config, reuse=Reuse(recorder.units, new_doc.root, old_doc.root), known=traced)
    shared = {id(op) for op in traced.operations} & {id(op) for op in sharing.operations}
    assert len(shared) > 10
    changes = diff_apis(sharing, traced)
    assert changes == diff_apis(build_api(old_doc, config), build_api(new_doc, config))
    assert len({change.operation for change in changes}) > 10
