"""A regeneration builds the view of a page or a model class only where what it is made of
changed: a view made of the same parts of the model (each known by the digest of the unit of
the build that made it) is the same view, whose key the last generation recorded. Each test
regenerates over a last generation twice, once with its records of reuse and once without
(a full render), and wants the same bytes; and where it says so, that the views it asks for
were known without being built."""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import GITHUB_SPEC, ROOT, SEAM_SPECS, requires_shared, run_generator
from generator.model_store import STORE

SEAM_CONFIG = ROOT / "specs" / "seam-connect" / "config.yaml"
KNOWN = re.compile(r"(\d+) of (\d+) views known by what they are made of")


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def strip_reuse_records(out: Path) -> None:
    """The manifest's reuse records, and the store of the build's units: what is left is
    the output alone, as though written by hand."""
    manifest = out / ".specgen-manifest.json"
    document = json.loads(manifest.read_text())
    del document["reuse"]
    manifest.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")
    shutil.rmtree(out / STORE)


def regenerate_both_ways(tmp_path: Path, old: Path, new: Path, config: Path) -> tuple[str, int, int]:
    """`old` generated, then `new` over it: reusing the last generation's records, and
    without them. Asserts the same bytes; gives the reusing run's profile and how many of its
    lazily made views were known without being built, of how many."""
    reused, cold = tmp_path / "reused", tmp_path / "cold"
    spec = tmp_path / "spec" / "openapi.json"
    spec.parent.mkdir(exist_ok=True)
    shutil.copyfile(old, spec)
    first = run_generator("generate", "--spec", spec, "--config", config, "--out", reused)
    assert first.returncode == 0, first.stderr
    shutil.copytree(reused, cold)
    strip_reuse_records(cold)
    shutil.copyfile(new, spec)
    again = run_generator("generate", "--spec", spec, "--config", config, "--out", reused, "--profile")
    full = run_generator("generate", "--spec", spec, "--config", config, "--out", cold, "--profile")
    assert again.returncode == 0 and full.returncode == 0, again.stderr + full.stderr
    assert digest(reused) == digest(cold)
    known = KNOWN.search(again.stderr)
    assert known is not None, again.stderr
    nothing_recalled = KNOWN.search(full.stderr)
    assert nothing_recalled is not None and nothing_recalled.group(1) == "0", full.stderr
    return again.stderr, int(known.group(1)), int(known.group(2))


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, indent=2))
    return path


@requires_shared
@pytest.mark.parametrize("old, new", [("1.424.0", "1.622.0"), ("1.875.0", "1.977.0")])
def test_regenerating_over_a_real_release_gives_a_full_render_s_bytes(tmp_path: Path, old: str, new: str) -> None:
    _, known, lazy = regenerate_both_ways(tmp_path, SEAM_SPECS / f"{old}.json", SEAM_SPECS / f"{new}.json", SEAM_CONFIG)
    assert lazy > 1000
    # releases months apart share some unchanged classes and pages, not most
    assert 0 < known < lazy


def test_a_one_operation_change_builds_the_views_of_what_it_made(tmp_path: Path) -> None:
    document = json.loads((ROOT / "specs/seam-connect/openapi.json").read_text())
    old = write(tmp_path / "old.json", document)
    edited = copy.deepcopy(document)
    body = edited["paths"]["/devices/update"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["test_note"] = {"type": "string", "description": "Added by a test."}
    profile, known, lazy = regenerate_both_ways(tmp_path, old, write(tmp_path / "new.json", edited), SEAM_CONFIG)
    # the views of the path item's operations' pages and of the classes their unit made are
    # built; every other is known
    assert lazy - 20 < known < lazy, profile
    # of the pieces of the models module and of the resource modules: the changed class, and
    # the changed method (synchronous and asynchronous)
    assert re.search(r"render \(3 of \d+ large files rendered, 3 of \d{4} pieced definitions rendered", profile), profile


def _pets(extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """An operation returning a Pet, which holds an Owner, which holds a Kind (an enum). The
    operation before it returns an Owner: its unit of the build makes Owner and Kind, and the
    Pet's unit, finding them made, reads Owner's fragment (its `$ref`) and not Kind's."""
    schemas: dict[str, Any] = {
        "Pet": {"type": "object", "properties": {"name": {"type": "string"}, "owner": {"$ref": "#/components/schemas/Owner"}}},
        "Owner": {"type": "object", "properties": {"kind": {"$ref": "#/components/schemas/Kind"}, "Tag": {"type": "string"}}},
        "Kind": {"type": "string", "enum": ["person", "shelter"], "description": "Who keeps the pet."},
    }
    schemas.update(extra or {})
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}}
    owner = {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Owner"}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/owners/get": {"post": {"operationId": "getOwner", "responses": owner}},
            "/pets/get": {"post": {"operationId": "getPet", "responses": ok}},
        },
        "security": [{"key": []}],
        "components": {"schemas": schemas, "securitySchemes": {"key": {"type": "http", "scheme": "bearer", "bearerFormat": "Pet key"}}},
    }


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "config.yaml"
    config.write_text("package:\n  name: pets\ndocs:\n  expand_nested: true\n")
    return config


def test_a_class_two_references_away_changes_the_page_that_reaches_it(tmp_path: Path) -> None:
    # the Pet's page shows Kind's description; Kind is made in another operation's unit
    old = _pets()
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Kind"]["description"] = "Who looks after the pet."
    regenerate_both_ways(tmp_path, write(tmp_path / "old.json", old), write(tmp_path / "new.json", new), _config(tmp_path))
    page = (tmp_path / "reused/docs/pets/get_pet.md").read_text()
    assert "Who looks after the pet." in page and "Who keeps the pet." not in page


def test_a_class_named_as_a_field_is_a_change_to_the_class_holding_the_field(tmp_path: Path) -> None:
    # a new component `Tag` takes the name Owner's field `Tag` was spelled as: no unit that
    # built Owner reads anything new, but its view is not what it was
    old, new = _pets(), _pets({"Tag": {"type": "object", "properties": {"label": {"type": "string"}}}})
    _, known, lazy = regenerate_both_ways(
        tmp_path, write(tmp_path / "old.json", old), write(tmp_path / "new.json", new), _config(tmp_path)
    )
    models = (tmp_path / "reused/python/pets/models.py").read_text()
    assert "tag: str | None = Field(default=None, alias=\"Tag\")" in models, models
    assert known < lazy


def test_a_security_scheme_told_otherwise_changes_the_pages_naming_it(tmp_path: Path) -> None:
    # no unit of the build reads the schemes: the page is told them as they are now
    old = _pets()
    new = copy.deepcopy(old)
    new["components"]["securitySchemes"]["key"]["bearerFormat"] = "Owner token"
    regenerate_both_ways(tmp_path, write(tmp_path / "old.json", old), write(tmp_path / "new.json", new), _config(tmp_path))
    assert "Owner token" in (tmp_path / "reused/docs/pets/get_pet.md").read_text()


def _listing(document: dict[str, Any]) -> dict[str, Any]:
    """`_pets()` with a paginated listing of pets (Seam's convention: a `page_cursor` argument,
    the next one under `pagination.next_page_cursor`), so that its method has an iterator."""
    listed = {
        "type": "object",
        "properties": {
            "pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
            "pagination": {"type": "object", "properties": {"next_page_cursor": {"type": "string"}}},
        },
    }
    document["paths"]["/pets/list"] = {
        "post": {
            "operationId": "listPets",
            "x-response-key": "pets",
            "requestBody": {
                "content": {"application/json": {"schema": {"type": "object", "properties": {"page_cursor": {"type": "string"}}}}}
            },
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": listed}}}},
        }
    }
    return document


@pytest.mark.parametrize("change", ["sibling", "clash"])
def test_an_unchanged_paginated_method_keeps_its_iterator_unless_a_sibling_takes_its_name(tmp_path: Path, change: str) -> None:
    # whether a method is paginated is recorded by what its view is made of: a method whose
    # view is not built still has its iterator, in its group's changed module, unless a new
    # sibling takes the iterator's name
    old = _listing(_pets())
    new = copy.deepcopy(old)
    # a new operation in its group, which reaches no class the listing reaches
    name = "countPets" if change == "sibling" else "iterListPets"
    new["paths"]["/pets/more"] = {"post": {"operationId": name, "responses": {"200": {"description": "OK"}}}}
    _, known, lazy = regenerate_both_ways(
        tmp_path, write(tmp_path / "old.json", old), write(tmp_path / "new.json", new), _config(tmp_path)
    )
    module = (tmp_path / "reused/python/pets/resources/pets.py").read_text()
    # the iterator, or the sibling's method named as it would be: synchronous and asynchronous
    assert module.count("def iter_list_pets(") == 2, module
    assert module.count("Every item of `list_pets`") == (2 if change == "sibling" else 0), module
    assert known < lazy


def test_the_client_readme_lists_an_unchanged_group_from_its_record_and_a_changed_one_anew(tmp_path: Path) -> None:
    # the README and the client name every group's methods, each group's outline made from
    # its operations, and whether each method is paginated from the last generation's record
    # where its view is not built
    old = _pets()
    old["paths"]["/owners/get"]["post"]["summary"] = "Fetch an owner"
    old["paths"]["/pets/get"]["post"]["summary"] = "Fetch a pet"
    new = copy.deepcopy(old)
    new["paths"]["/pets/get"]["post"]["summary"] = "Fetch a pet by its name"
    _, known, lazy = regenerate_both_ways(
        tmp_path, write(tmp_path / "old.json", old), write(tmp_path / "new.json", new), _config(tmp_path)
    )
    readme = (tmp_path / "reused/python/README.md").read_text()
    assert "`client.owners.get_owner()`: Fetch an owner (stable)" in readme, readme
    assert "`client.pets.get_pet()`: Fetch a pet by its name (stable)" in readme, readme
    # built: the pets group's module and page, and the classes the changed operation's unit
    # made (Pet); known: the owners group's module and page, Owner and Kind
    assert lazy - 4 <= known <= lazy - 2, (known, lazy)


def test_github_s_one_operation_change_knows_all_but_a_few_views(tmp_path: Path) -> None:
    if not GITHUB_SPEC.is_file():
        pytest.skip("needs ../shared/specs/github (GitHub's REST description) beside the project")
    document = json.loads(gzip.decompress(GITHUB_SPEC.read_bytes()))
    old = write(tmp_path / "old.json", document)
    operation = document["paths"]["/repos/{owner}/{repo}"]["patch"]
    operation["requestBody"]["content"]["application/json"]["schema"]["properties"]["test_note"] = {"type": "string"}
    profile, known, lazy = regenerate_both_ways(
        tmp_path, old, write(tmp_path / "new.json", document), ROOT / "tests/fixtures/github/config.yaml"
    )
    # 1,223 pages and 4,512 classes (the 41 root models' views are always built): the changed
    # path item's three pages and the 14 classes its unit made are built
    assert lazy > 5000 and lazy - 30 < known < lazy, profile
    # of the classes taken over from the store, only those the changed files name are decoded
    # (the changed module's 200 methods name some 400): the others' schemas are never made
    made = re.search(r"(\d+) of (\d+) classes' schemas made", profile)
    assert made is not None and 0 < int(made.group(1)) < int(made.group(2)) // 5, profile


def test_a_value_json_reads_and_orjson_would_write_as_null_is_told_apart(tmp_path: Path) -> None:
    # json reads NaN, which orjson writes as null: a document orjson did not read is digested
    # by its repr, which tells NaN from null
    from generator.build import build_api
    from generator.build_trace import FragmentDigests, Provenance, Recorder
    from generator.config import TargetConfig
    from generator.load import load_spec

    digests = []
    for default in ("NaN", "null"):
        text = json.dumps(_pets()).replace('"Who keeps the pet."', f'"Who keeps the pet.", "default": {default}')
        spec = tmp_path / f"{default}.json"
        spec.write_text(text)
        doc = load_spec(spec, validate=False)
        recorder = Recorder(doc.root_file)
        api = build_api(doc, TargetConfig(), recorder=recorder)
        digests.append(Provenance(recorder.units, FragmentDigests(doc.root, doc.exactly_json)).schema(api.schema("Kind")))
        assert doc.exactly_json is (default == "null")
    assert None not in digests and digests[0] != digests[1]
