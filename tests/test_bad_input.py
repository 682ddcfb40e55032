"""Every bad input: one line naming file, JSON pointer and problem; exit 2; no traceback;
and the output folder exactly as it was."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, run_generator

GOOD = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "components": {"schemas": {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}},
}


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """An output folder that already holds a generation and a hand-written file."""
    out = tmp_path / "generated"
    spec = tmp_path / "good" / "openapi.json"
    spec.parent.mkdir()
    spec.write_text(json.dumps(GOOD))
    assert run_generator("generate", "--spec", spec, "--out", out).returncode == 0
    (out / "NOTES.md").write_text("hand-written\n")
    return out


def with_change(path: list[str], value: object) -> dict:
    doc = json.loads(json.dumps(GOOD))
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return doc


THING_REF = ["paths", "/things", "post", "requestBody", "content", "application/json", "schema", "$ref"]
REF_POINTER = "#/paths/~1things/post/requestBody/content/application~1json/schema"

DIALECT_2019 = {"$schema": "https://json-schema.org/draft/2019-09/schema#", "type": "number", "maximum": 20,
                "exclusiveMaximum": True}

CASES = {
    "missing file": (None, "missing.yaml", "missing.yaml#: file not found"),
    "not utf-8": (b"openapi: \xff\xfe 3.0.0\n", "spec.yaml", "spec.yaml#: cannot read file"),
    "bad yaml": ("openapi: 3.0.0\npaths: {\n  /a: [\n", "spec.yaml", "spec.yaml#: invalid YAML at line"),
    "bad json": ('{"openapi": "3.0.0",', "spec.json", "spec.json#: invalid JSON at line 1"),
    "not openapi": ({"hello": "world"}, "spec.json", "spec.json#: not an OpenAPI document"),
    "swagger 2": ({"swagger": "2.0", "info": {}, "paths": {}}, "spec.json", "spec.json#/swagger: Swagger 2.0 is not supported"),
    "unsupported version": (with_change(["openapi"], "4.0.0"), "spec.json", "spec.json#/openapi: OpenAPI version '4.0.0' is not supported"),
    "dangling ref": (
        with_change(THING_REF, "#/components/schemas/Nope"),
        "spec.json",
        f"spec.json{REF_POINTER}: dangling $ref '#/components/schemas/Nope'",
    ),
    "url ref": (
        with_change(THING_REF, "https://example.com/thing.json"),
        "spec.json",
        f"spec.json{REF_POINTER}: $ref 'https://example.com/thing.json' is a URL",
    ),
    "ref leaves folder": (
        with_change(THING_REF, "../outside.json#/Thing"),
        "spec.json",
        f"spec.json{REF_POINTER}: $ref '../outside.json#/Thing' leaves the spec's folder",
    ),
    "ref to missing file": (
        with_change(THING_REF, "schemas/thing.yaml"),
        "spec.json",
        f"spec.json{REF_POINTER}: $ref 'schemas/thing.yaml': file not found",
    ),
    "invalid openapi": (
        with_change(["paths", "/things", "post", "responses"], "nope"),
        "spec.json",
        "spec.json#/paths/~1things/post/responses: not valid OpenAPI 3.0.3",
    ),
    "undeclared path parameter": (
        with_change(["paths", "/things/{id}"], {"get": {"responses": {"200": {"description": "OK"}}}}),
        "spec.json",
        "spec.json#/paths/~1things~1{id}/get: not valid OpenAPI 3.0.3: Path parameter 'id' for 'get' operation in '/things/{id}' was not resolved",
    ),
    "unknown JSON Schema dialect": (
        {**with_change(["components", "schemas", "Thing", "$schema"], "https://json-schema.org/draft-05/schema#"), "openapi": "3.1.0"},
        "spec.json",
        "spec.json#/components/schemas/Thing/$schema: not valid OpenAPI 3.1.0: Unknown JSON Schema dialect: 'https://json-schema.org/draft-05/schema#'",
    ),
    # the semantic pass checks a schema in its own dialect; its error's path is in that schema
    "keyword wrong in the schema's own dialect": (
        {**with_change(["components", "schemas", "Thing"], DIALECT_2019), "openapi": "3.1.0"},
        "spec.json",
        "spec.json#/components/schemas/Thing/exclusiveMaximum: not valid OpenAPI 3.1.0: True is not of type 'number'",
    ),
    # ... and where two schemas hold the same wrong value there, it says what, not where
    "keyword wrong in two schemas alike": (
        {
            **with_change(["components", "schemas"], {"Thing": DIALECT_2019, "Other": DIALECT_2019}),
            "openapi": "3.1.0",
        },
        "spec.json",
        "spec.json#: not valid OpenAPI 3.1.0: True is not of type 'number' (at /exclusiveMaximum in the node checked)",
    ),
    "parameter listed twice": (
        with_change(
            ["paths", "/things", "post", "parameters"],
            [{"$ref": "#/components/parameters/Limit"}, {"name": "page", "in": "query", "schema": {"type": "integer"}},
             {"name": "limit", "in": "query", "schema": {"type": "integer"}}],
        )
        | {"components": {**GOOD["components"], "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {}}}}},
        "spec.json",
        "spec.json#/paths/~1things/post/parameters/2: not valid OpenAPI 3.0.3: Duplicate parameter 'limit'",
    ),
    "operationId taken twice": (
        with_change(["paths", "/others"], {"get": {"operationId": "createThing", "responses": {"200": {"description": "OK"}}}}),
        "spec.json",
        "spec.json#/paths/~1others/get/operationId: not valid OpenAPI 3.0.3: Operation ID 'createThing' for 'get' in '/others' is not unique",
    ),
    "required property defined nowhere": (
        with_change(["components", "schemas", "Named"], {
            "allOf": [{"$ref": "#/components/schemas/Thing"}], "required": ["name", "label"],
            "properties": {"size": {"type": "integer"}},
        }),
        "spec.json",
        "spec.json#/components/schemas/Named/required: not valid OpenAPI 3.0.3: Required list has not defined properties: ['label']",
    ),
    # "not valid under any of the given schemas" is looked into where one branch is meant
    "apiKey scheme without its name": (
        with_change(["components", "securitySchemes"], {"key": {"type": "apiKey", "in": "query"}}),
        "spec.json",
        "spec.json#/components/securitySchemes/key: not valid OpenAPI 3.0.3: 'name' is a required property",
    ),
    "response without its description": (
        with_change(["paths", "/things", "post", "responses", "200"], {"content": {}}),
        "spec.json",
        "spec.json#/paths/~1things/post/responses/200: not valid OpenAPI 3.0.3: 'description' is a required property",
    ),
    # ... and where no one branch is meant, what every branch asks of it
    "parameter without schema or content": (
        with_change(["paths", "/things", "post", "parameters"], [{"name": "q", "in": "query"}]),
        "spec.json",
        "spec.json#/paths/~1things/post/parameters/0: not valid OpenAPI 3.0.3: 'schema' or 'content' is a required property",
    ),
    "parameter in the body": (
        with_change(["paths", "/things", "post", "parameters"], [{"name": "q", "in": "body", "schema": {}}]),
        "spec.json",
        "spec.json#/paths/~1things/post/parameters/0/in: not valid OpenAPI 3.0.3: 'body' is not one of ['path', 'query', 'header', 'cookie']",
    ),
    # a member nothing allows is located at itself (Google's Cloud Build spec has a `source`)
    "member the object does not allow": (
        {**GOOD, "source": "https://example.com/spec.json"},
        "spec.json",
        "spec.json#/source: not valid OpenAPI 3.0.3: 'source' does not match any of the regexes: '^x-'",
    ),
    "member an operation does not allow": (
        with_change(["paths", "/things", "post", "summery"], "A typo."),
        "spec.json",
        "spec.json#/paths/~1things/post/summery: not valid OpenAPI 3.0.3: 'summery' does not match any of the regexes: '^x-'",
    ),
    # the model is built beside validation: such a class must not hang it (it is Any there)
    "schema that is only a reference to itself": (
        with_change(["components", "schemas", "Thing"], {"allOf": [{"$ref": "#/components/schemas/Thing"}]}),
        "spec.json",
        "spec.json#: not a valid OpenAPI document: a schema leads back to itself through references alone",
    ),
    "missing info": (
        {k: v for k, v in GOOD.items() if k != "info"},
        "spec.json",
        "spec.json#: not valid OpenAPI 3.0.3: 'info' is a required property",
    ),
}


def write_spec(folder: Path, content: object, name: str) -> Path:
    path = folder / name
    if content is None:
        return path
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif isinstance(content, str):
        path.write_text(content)
    else:
        path.write_text(json.dumps(content))
    return path


def assert_one_line_error(result, expected: str) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    assert expected in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_spec(case: str, tmp_path: Path, out_dir: Path) -> None:
    content, name, expected = CASES[case]
    folder = tmp_path / "specs"
    folder.mkdir()
    spec = write_spec(folder, content, name)
    before = tree_digest(out_dir)
    result = run_generator("generate", "--spec", spec, "--out", out_dir)
    assert_one_line_error(result, expected)
    assert tree_digest(out_dir) == before


def test_spec_that_is_a_directory(tmp_path: Path, out_dir: Path) -> None:
    folder = tmp_path / "spec.yaml"
    folder.mkdir()
    assert_one_line_error(run_generator("generate", "--spec", folder, "--out", out_dir), "spec.yaml#: cannot read file")


def test_ref_loop_through_references(tmp_path: Path, out_dir: Path) -> None:
    doc = with_change(THING_REF, "#/components/schemas/A")
    doc["components"]["schemas"]["A"] = {"$ref": "#/components/schemas/B"}
    doc["components"]["schemas"]["B"] = {"$ref": "#/components/schemas/A"}
    spec = write_spec(tmp_path, doc, "spec.json")
    line = assert_one_line_error(run_generator("generate", "--spec", spec, "--out", out_dir), "loops back to itself")
    assert "spec.json#/components/schemas/A" in line or "spec.json#/components/schemas/B" in line or REF_POINTER in line


def test_dangling_ref_inside_a_referenced_file_names_that_file(tmp_path: Path, out_dir: Path) -> None:
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "thing.yaml").write_text(
        "type: object\nproperties:\n  part:\n    $ref: '#/definitions/Part'\n"
    )
    spec = write_spec(tmp_path, with_change(THING_REF, "schemas/thing.yaml"), "spec.json")
    assert_one_line_error(
        run_generator("generate", "--spec", spec, "--out", out_dir),
        "thing.yaml#/properties/part: dangling $ref '#/definitions/Part'",
    )


def test_spec_text_in_an_error_stays_on_one_line(tmp_path: Path, out_dir: Path) -> None:
    spec = write_spec(tmp_path, with_change(THING_REF, "#/components/schemas/No\nLine"), "spec.json")
    assert_one_line_error(run_generator("generate", "--spec", spec, "--out", out_dir), "dangling $ref")


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ("package: [1]", "config.yaml#/package: expected a mapping"),
        ("package:\n  name: Not-A-Package\n", "config.yaml#/package/name: 'Not-A-Package' is not a valid Python package name"),
        ("stability:\n  groups:\n    things: experimental\n", "config.yaml#/stability/groups/things: unknown stability 'experimental'"),
        ("colour: blue\n", "config.yaml#/colour: unknown setting 'colour'"),
        ("auth:\n  k:\n    argument: 'not valid'\n", "config.yaml#/auth/k/argument: 'not valid' is not a valid Python argument name"),
        ("a: [\n", "config.yaml#: invalid YAML at line"),
    ],
)
def test_bad_config(config: str, expected: str, tmp_path: Path, out_dir: Path) -> None:
    spec = write_spec(tmp_path, GOOD, "spec.json")
    (tmp_path / "config.yaml").write_text(config)
    before = tree_digest(out_dir)
    result = run_generator("generate", "--spec", spec, "--config", tmp_path / "config.yaml", "--out", out_dir)
    assert_one_line_error(result, expected)
    assert tree_digest(out_dir) == before


def test_one_bad_target_leaves_every_target_untouched(tmp_path: Path) -> None:
    """`generate` with no arguments renders every target before writing any."""
    project = tmp_path / "project"
    for name, doc in (("aaa-good", GOOD), ("zzz-bad", with_change(THING_REF, "#/nowhere"))):
        folder = project / "specs" / name
        folder.mkdir(parents=True)
        (folder / "openapi.json").write_text(json.dumps(doc))
        (folder / "config.yaml").write_text("spec: openapi.json\n")
    generated = project / "generated"
    shutil.copytree(ROOT / "generated" / "seam-customers", generated / "aaa-good")
    before = tree_digest(generated)
    result = run_generator("generate", "--root", project)
    assert_one_line_error(result, "openapi.json#/paths/~1things/post/requestBody/content/application~1json/schema: dangling $ref '#/nowhere'")
    assert tree_digest(generated) == before


@pytest.mark.parametrize(
    "change",
    [
        # a component no changed operation names directly: found through the one that uses it
        (["components", "schemas", "Thing", "properties", "name", "type"], "strin"),
        # a new operation reusing an unchanged one's operationId: a check across the whole
        (["paths", "/others"], {"post": {"operationId": "createThing", "responses": {"200": {"description": "OK"}}}}),
        # an error of the semantic pass, located in whichever document it was given
        (["paths", "/things", "post", "parameters"], [{"name": "limit", "in": "query", "schema": {}}] * 2),
        # an error located by its words, in whichever document it was given
        (["components", "schemas", "Named"], {"allOf": [{"$ref": "#/components/schemas/Thing"}], "required": ["label"]}),
    ],
    ids=["changed component", "duplicate operationId", "parameter listed twice", "required defined nowhere"],
)
def test_validating_only_what_changed_reports_what_a_full_run_reports(change: tuple, tmp_path: Path, out_dir: Path) -> None:
    bad = with_change(*change)
    folder = tmp_path / "specs"
    folder.mkdir()
    spec = write_spec(folder, bad, "openapi.json")
    before = tree_digest(out_dir)
    incremental = run_generator("generate", "--spec", spec, "--out", out_dir)  # out_dir recorded GOOD's fragments
    cold = run_generator("generate", "--spec", spec, "--out", tmp_path / "fresh")
    line = assert_one_line_error(incremental, "openapi.json#")
    assert assert_one_line_error(cold, "openapi.json#") == line
    assert tree_digest(out_dir) == before


def test_a_default_that_does_not_fit_its_schema_is_set_aside_and_named(tmp_path: Path, out_dir: Path) -> None:
    """OpenAPI says a default must fit its schema; 68 of APIs.guru's 2,639 descriptions have
    one that does not, and were refused for it. A client sends no defaults: generation goes
    on, and says where each is. A regeneration validates only what changed, and still names
    those of the unchanged parts (the record keeps them), as a cold run does."""
    bad = with_change(["components", "schemas", "Thing", "properties", "name", "default"], 5)
    # (ShipEngine's: beside a reference, checked against the schema referred to)
    bad["components"]["schemas"]["Price"] = {"type": "object", "properties": {"amount": {"type": "number"}}}
    bad["components"]["schemas"]["Thing"]["properties"]["price"] = {
        "allOf": [{"$ref": "#/components/schemas/Price"}], "default": [{"amount": 0}]}
    bad["paths"]["/things"]["post"]["parameters"] = [
        {"name": "limit", "in": "query", "schema": {"type": "integer", "default": None}}]
    spec = write_spec(tmp_path, bad, "openapi.json")

    def set_aside(result: subprocess.CompletedProcess[str]) -> list[str]:
        assert result.returncode == 0, result.stderr
        return [line.split(": ", 1)[1].split(" (OpenAPI")[0] for line in result.stdout.splitlines()
                if line.startswith("  default that does not fit its schema: ")]

    both = ["#/components/schemas/Thing/properties/name/default: 5 is not of type 'string'",
            "#/components/schemas/Thing/properties/price/default: [{'amount': 0}] is not of type 'object'",
            "#/paths/~1things/post/parameters/0/schema/default: None for not nullable"]
    assert set_aside(run_generator("generate", "--spec", spec, "--out", out_dir)) == both
    assert set_aside(run_generator("generate", "--spec", spec, "--out", tmp_path / "cold")) == both
    # another path changes: only it is validated, the two found before are named again
    bad["paths"]["/others"] = {"get": {"responses": {"204": {"description": "None."}}}}
    write_spec(tmp_path, bad, "openapi.json")
    assert set_aside(run_generator("generate", "--spec", spec, "--out", out_dir)) == both
    # the parameter's default is mended: the component's are named, as a cold run names them
    bad["paths"]["/things"]["post"]["parameters"][0]["schema"]["default"] = 10
    write_spec(tmp_path, bad, "openapi.json")
    assert set_aside(run_generator("generate", "--spec", spec, "--out", out_dir)) == both[:2]
    shutil.rmtree(tmp_path / "cold")
    assert set_aside(run_generator("generate", "--spec", spec, "--out", tmp_path / "cold")) == both[:2]


# The references of a JSON spec are first read off its text; only where that finds one it
# cannot vouch for does the walk of the parsed document decide, and say where.
def test_references_read_off_the_text_of_a_real_spec() -> None:
    from generator.load import SpecDocument, _only_sound_local_refs

    path = (ROOT / "specs" / "seam-connect" / "openapi.json").resolve()
    raw = path.read_bytes()
    doc = SpecDocument(root_file=path)
    doc.files[path] = json.loads(raw)
    assert _only_sound_local_refs(doc, raw)


def test_a_dangling_ref_in_an_example_is_data_not_an_error(tmp_path: Path, out_dir: Path) -> None:
    spec = with_change(["components", "schemas", "Thing", "example"], {"$ref": "#/nowhere"})
    (tmp_path / "spec.json").write_text(json.dumps(spec))
    result = run_generator("generate", "--spec", tmp_path / "spec.json", "--out", out_dir)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "text, expected",
    [
        # a key spelled with an escape is still `$ref`
        (json.dumps(GOOD).replace('"$ref": "#/components/schemas/Thing"', '"\\u0024ref": "#/components/schemas/Nope"'),
         f"spec.json{REF_POINTER}: dangling $ref '#/components/schemas/Nope'"),
        (json.dumps(with_change(THING_REF, {"not": "a string"})), f"spec.json{REF_POINTER}: $ref must be a string"),
        # a value with an escape (`\/` is `/`) is not read off the text
        (json.dumps(GOOD).replace('"$ref": "#/components/schemas/Thing"', '"$ref": "#\\/components\\/schemas\\/Nope"'),
         f"spec.json{REF_POINTER}: dangling $ref '#/components/schemas/Nope'"),
    ],
    ids=["escaped key", "not a string", "escaped value"],
)
def test_references_the_text_cannot_vouch_for_are_walked(text: str, expected: str, tmp_path: Path, out_dir: Path) -> None:
    (tmp_path / "spec.json").write_text(text)
    before = tree_digest(out_dir)
    line = assert_one_line_error(run_generator("generate", "--spec", tmp_path / "spec.json", "--out", out_dir), expected)
    assert expected in line
    assert tree_digest(out_dir) == before
