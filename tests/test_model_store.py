"""The store of the build's units (generator/model_store.py): a regeneration takes over the
units whose inputs are as they were from the last generation's store, and gets the model, and
the store, a full build gives, byte for byte."""

from __future__ import annotations

import copy
import gzip
import hashlib
import json
import math
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import GITHUB_SPEC, ROOT, SEAM_SPECS, requires_shared, run_generator

from generator.build import build_api
from generator.build_trace import NAMED, OWNER, FragmentDigests, Provenance, Recorder
from generator.config import load_config
from generator.load import load_spec
from generator.model import ClassOutline, Default, NamedSchema, Schema, SchemaKind
from generator.model_store import INDEX, STORE, StoreKey, StoredUnits, config_digest, decode, encode, read_store, store_files

SEAM_SPEC = ROOT / "specs" / "seam-connect" / "openapi.json"
SEAM_CONFIG = ROOT / "specs" / "seam-connect" / "config.yaml"
CUSTOMERS = ROOT / "specs" / "seam-customers"
TAKEN = re.compile(r"model \((\d+) of (\d+) units taken over from the store\)")


def write_store(out: Path, files: dict[str, bytes]) -> None:
    for path, data in files.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)


def digests_on_disk(out: Path) -> dict[str, str]:
    """The store's files in `out` with their digests, as a manifest records them."""
    return {path: hashlib.sha256(data).hexdigest() for path, data in files_of(out).items() if path.startswith(STORE + "/")}


def build_and_store(
    spec: Path, config_file: Path, out: Path, last: Path | None = None
) -> tuple[Any, dict[str, bytes], StoredUnits | None, frozenset[str]]:
    """The model of `spec` and the store of its units, written to `out`, as a generation
    does; built over `last`'s store where one is given. Also which shards are as read."""
    doc = load_spec(spec, validate=False)
    config = load_config(config_file)
    fragments = FragmentDigests(doc.root, doc.exactly_json)
    key = StoreKey("tool", config_digest(config), doc.exactly_json)
    stored = None
    if last is not None:
        stored = read_store(last, key, fragments, digests_on_disk(last))
        assert stored is not None
    recorder = Recorder(doc.root_file)
    api = build_api(doc, config, recorder=recorder, reuse=stored)
    files, as_read = store_files(recorder.units, fragments, key, stored, Provenance(recorder.units, fragments))
    write_store(out, files)
    return api, files, stored, as_read


def two_operations_sharing_a_class(tmp_path: Path) -> Path:
    """The second operation's body merges a class the first one's unit built: it reads the
    class (a lookup), not only its fragment."""
    pet = {"type": "object", "properties": {"age": {"type": "integer", "default": 1}}}
    merged = {"allOf": [{"$ref": "#/components/schemas/pet"}, {"type": "object", "properties": {"note": {"type": "string"}}}]}

    def posting(schema: dict[str, Any]) -> dict[str, Any]:
        return {"post": {"requestBody": {"content": {"application/json": {"schema": schema}}}, "responses": {"200": {"description": "OK"}}}}

    document = {
        "openapi": "3.0.3",
        "info": {"title": "Pets", "version": "1"},
        "paths": {"/pets/add": posting({"$ref": "#/components/schemas/pet"}), "/pets/note": posting(merged)},
        "components": {"schemas": {"pet": pet}},
    }
    spec = tmp_path / "pets.json"
    spec.write_text(json.dumps(document))
    return spec


@pytest.mark.parametrize("spec", ["seam", "pets"])
def test_a_stored_build_reads_back_as_built_and_writes_back_the_same_bytes(tmp_path: Path, spec: str) -> None:
    doc = load_spec(SEAM_SPEC if spec == "seam" else two_operations_sharing_a_class(tmp_path), validate=False)
    config = load_config(SEAM_CONFIG if spec == "seam" else None)
    recorder = Recorder(doc.root_file)
    build_api(doc, config, recorder=recorder)
    fragments = FragmentDigests(doc.root, doc.exactly_json)
    key = StoreKey("tool", config_digest(config), doc.exactly_json)
    files, as_read = store_files(recorder.units, fragments, key, None, Provenance(recorder.units, fragments))
    assert not as_read and INDEX in files
    write_store(tmp_path, files)
    stored = read_store(tmp_path, key, fragments, digests_on_disk(tmp_path))
    assert stored is not None
    assert list(stored.units) == list(recorder.units)
    # each class comes back with its outline and references, and its schema made only when read
    classes = [
        (back, built)
        for unit_key, unit in recorder.units.items()
        for (kind, _, built), (_, _, back) in zip(unit.writes, stored.units[unit_key].writes)
        if kind == NAMED
    ]
    assert classes and not any(back.schema_is_made for back, _ in classes)
    for back, built in classes:
        assert back.outline() == ClassOutline.of(built.schema)
        assert back.references() == frozenset(built.schema.references())
    assert not any(back.schema_is_made for back, _ in classes)
    # an operation comes back with the classes it names, its responses made only when read
    operations = [(stored.units[key].result, unit.result) for key, unit in recorder.units.items() if key[0] == "operation"]
    assert operations and all("responses" not in back.__dict__ for back, _ in operations)
    assert all(back.references() == built.references() for back, built in operations)
    assert all("responses" not in back.__dict__ for back, _ in operations)
    for unit_key, unit in recorder.units.items():
        back = stored.units[unit_key]
        assert back.fragments == unit.fragments
        assert back.result == unit.result
        assert back.writes == unit.writes
        assert back.reads == unit.reads
    # a class a unit read is the very object an earlier unit of the store wrote, as in a build
    written = {id(value) for unit in stored.units.values() for kind, _, value in unit.writes if kind == NAMED}
    read = [value for unit in stored.units.values() for (kind, _), value in unit.reads.items() if kind == NAMED and value is not None]
    assert all(id(value) in written for value in read)
    assert read or spec == "seam"  # Seam's units read no class: each reads the fragments alone
    # decoding and encoding again is the identity on bytes
    assert store_files(stored.units, fragments, key, None, Provenance(stored.units, fragments))[0] == files
    # and written over the store read, every shard is the one read
    again, as_read = store_files(stored.units, fragments, key, stored, Provenance(stored.units, fragments))
    assert again == files and as_read == files.keys() - {INDEX}


@pytest.mark.parametrize(
    "value",
    [
        math.inf, -math.inf, -0.0, 1.0, 1, True, 2**70, -(2**70), 2**64 - 1,
        (1, "a", None), [1, [2, (3,)]], {"a": 1, 2: "two", None: [True]},
        Default(None), Default(float("nan")), Default([1, {"k": (1.5,)}]),
        Schema(SchemaKind.INTEGER, "#/x", default=Default(0), enum=(1, 2.0, True), constraints=(("minimum", 0.0),)),
    ],
)
def test_values_json_cannot_tell_apart_come_back_as_they_were(value: Any) -> None:
    back = decode(json.loads(json.dumps(encode(value))))
    # repr tells 1 from 1.0 and True, a tuple from a list, -0.0 from 0.0, and NaN from null
    assert repr(back) == repr(value) and type(back) is type(value)


def test_a_class_built_again_is_not_the_one_the_store_read() -> None:
    # an equal class may differ where equality does not look (1 and 1.0 are equal defaults,
    # and write differently): a unit that read the stored one is built again
    stored = NamedSchema("Pet", "components/schemas/pet", Schema(SchemaKind.INTEGER, "#/p", default=Default(1)))
    rebuilt = NamedSchema("Pet", "components/schemas/pet", Schema(SchemaKind.INTEGER, "#/p", default=Default(1.0)))
    units = StoredUnits({}, {}, FragmentDigests({}, True), {}, {})
    assert stored == rebuilt
    assert not units.finds_the_same(NAMED, rebuilt, stored)
    assert units.finds_the_same(NAMED, stored, stored)
    assert units.finds_the_same(OWNER, "at #/a", "at #/" + "a")


@requires_shared
@pytest.mark.parametrize("old, new", [("1.424.0", "1.622.0"), ("1.875.0", "1.977.0")])
def test_a_build_over_a_real_release_s_store_is_a_full_build(tmp_path: Path, old: str, new: str) -> None:
    build_and_store(SEAM_SPECS / f"{old}.json", SEAM_CONFIG, tmp_path / "old")
    api, data, stored, _ = build_and_store(SEAM_SPECS / f"{new}.json", SEAM_CONFIG, tmp_path / "over", last=tmp_path / "old")
    full_api, full_data, _, _ = build_and_store(SEAM_SPECS / f"{new}.json", SEAM_CONFIG, tmp_path / "full")
    assert api == full_api
    assert data == full_data
    # releases months apart share some units, not all
    assert stored is not None and 0 < len(stored.taken) < stored.asked


@requires_shared
def test_a_one_operation_change_to_github_s_spec_builds_that_operation_alone(tmp_path: Path) -> None:
    spec = tmp_path / "api.github.com.json"
    spec.write_bytes(gzip.decompress(GITHUB_SPEC.read_bytes()))
    config = ROOT / "tests" / "fixtures" / "github" / "config.yaml"
    build_and_store(spec, config, tmp_path / "old")
    document = json.loads(spec.read_text())
    body = document["paths"]["/repos/{owner}/{repo}"]["patch"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["test_note"] = {"type": "string"}
    spec.write_text(json.dumps(document))
    api, data, stored, as_read = build_and_store(spec, config, tmp_path / "over", last=tmp_path / "old")
    full_api, full_data, _, _ = build_and_store(spec, config, tmp_path / "full")
    assert api == full_api and data == full_data
    assert stored is not None
    # the changed path item's shard is made again, and the index; every other shard is as read
    assert len(data) > 50 and INDEX not in as_read
    assert len(data.keys() - as_read - {INDEX}) == 1
    # a path item is one fragment: its three operations are built again, and nothing else
    built = sorted(key for key in stored.units if key not in stored.taken)
    assert built == [("operation", "/repos/{owner}/{repo}", method) for method in ("delete", "get", "patch")]


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def generate(spec: Path, config: Path | None, out: Path) -> tuple[int, int]:
    """A generation into `out`: how many units it took over from the store, of how many."""
    configured = ("--config", config) if config is not None else ()
    done = run_generator("generate", "--spec", spec, *configured, "--out", out, "--profile")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    taken = TAKEN.search(done.stderr)
    assert taken is not None, done.stderr
    return int(taken.group(1)), int(taken.group(2))


def customers(tmp_path: Path, edit: Any = None) -> tuple[Path, Path]:
    """Seam's customers target (YAML: its fragments are digested by their repr) copied to
    `tmp_path`, its config edited by `edit`."""
    folder = tmp_path / "customers"
    shutil.copytree(CUSTOMERS, folder, dirs_exist_ok=True)
    config = folder / "config.yaml"
    if edit is not None:
        config.write_text(edit(config.read_text()))
    return folder / "openapi.yaml", config


def test_a_regeneration_takes_every_unit_over_and_a_cold_one_none(tmp_path: Path) -> None:
    spec, config = customers(tmp_path)
    assert generate(spec, config, tmp_path / "out")[0] == 0
    (tmp_path / "out" / "python" / "pyproject.toml").unlink()  # something to do: the inputs are as recorded
    taken, units = generate(spec, config, tmp_path / "out")
    assert taken == units > 0


def test_a_store_edited_by_hand_or_forged_is_set_aside(tmp_path: Path) -> None:
    spec, config = customers(tmp_path)
    out, cold = tmp_path / "out", tmp_path / "cold"
    generate(spec, config, cold)
    generate(spec, config, out)
    store = next(path for path in sorted((out / STORE).iterdir()) if "customer" in path.read_text())
    # a description changed in the store: the manifest's digest no longer holds, the store is not read
    text = store.read_text()
    store.write_text(text.replace("customer", "CUSTOMER"))
    assert generate(spec, config, out)[0] == 0
    assert files_of(out) == files_of(cold)
    # the same, with the manifest's digest made to match: what the store holds is no model
    lines = store.read_bytes().split(b"\n")
    forged = b"\n".join([*lines[:2], b'[["operation","/x","get"],[],[],[],[99,{}]]', *lines[2:]])
    store.write_bytes(forged)
    manifest = json.loads((out / ".specgen-manifest.json").read_text())
    manifest["files"][store.relative_to(out).as_posix()] = hashlib.sha256(forged).hexdigest()
    (out / ".specgen-manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    (out / "python" / "pyproject.toml").unlink()  # something to do: the inputs are as recorded
    assert generate(spec, config, out)[0] == 0
    assert files_of(out) == files_of(cold)


def test_a_forged_class_read_from_the_store_is_a_one_line_error(tmp_path: Path) -> None:
    # a class's schema is decoded where it is first read, after the store was taken: one
    # forged along with the manifest's digest of the store is an error then, not a traceback
    spec, config = customers(tmp_path)
    out = tmp_path / "out"
    generate(spec, config, out)
    store = next(path for path in sorted((out / STORE).iterdir()) if b'"c":"[' in path.read_bytes())
    data = store.read_bytes()
    forged = data.replace(b'"c":"[', b'"c":"[99,', 1)
    store.write_bytes(forged)
    manifest = json.loads((out / ".specgen-manifest.json").read_text())
    manifest["files"][store.relative_to(out).as_posix()] = hashlib.sha256(forged).hexdigest()
    (out / ".specgen-manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    (out / "python" / "seam_customers" / "models.py").unlink()  # every class's view is built again
    before = files_of(out)
    done = run_generator("generate", "--spec", spec, "--config", config, "--out", out)
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: ") and STORE in line and "no build wrote" in line, line
    assert files_of(out) == before


def test_a_store_made_under_another_config_is_set_aside(tmp_path: Path) -> None:
    # the customers API made beta: every operation's unit reads the config, not the store
    spec, config = customers(tmp_path)
    out = tmp_path / "out"
    generate(spec, config, out)
    config.write_text(config.read_text().replace("customers: alpha", "customers: beta"))
    assert generate(spec, config, out)[0] == 0
    generate(spec, config, tmp_path / "cold")
    assert files_of(out / STORE) == files_of(tmp_path / "cold" / STORE)


def test_a_unit_that_read_another_file_is_built_again(tmp_path: Path) -> None:
    # the root file is as it was, a file it refers to is not: every unit that read that file
    # is left out of the store, so none is taken over as it was
    source = ROOT / "tests" / "fixtures" / "pets31"
    spec_dir = tmp_path / "spec"
    shutil.copytree(source, spec_dir)
    out, cold = tmp_path / "out", tmp_path / "cold"
    generate(spec_dir / "openapi.yaml", None, out)
    pet = spec_dir / "schemas" / "pet.yaml"
    pet.write_text(pet.read_text().replace("  name:\n    type: string\n", "  name:\n    type: string\n  chip_id:\n    type: string\n"))
    taken, units = generate(spec_dir / "openapi.yaml", None, out)
    generate(spec_dir / "openapi.yaml", None, cold)
    models = next((out / "python").rglob("models.py")).read_text()
    assert "chip_id" in models
    assert models == next((cold / "python").rglob("models.py")).read_text()
    assert files_of(out / STORE) == files_of(cold / STORE)
    assert taken < units
