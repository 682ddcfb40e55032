"""Any valid OpenAPI document, not only Seam's: 3.1 in YAML split over files with relative
$refs, recursive schemas, 3.1 nullable forms, path / query / header parameters."""

from __future__ import annotations

import importlib
import inspect
import json
import re
import shutil
import sys
import typing
import warnings
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
import yaml

from conftest import FIXTURES, RecordingServer, Reply, generated_package, run_generator
from generator.naming import snake_case

PETS = FIXTURES / "pets31"


def generated_from(spec: dict[str, Any], folder: Path, *options: str | Path) -> Path:
    """The output folder (`folder/out`) of a `generate` that succeeded on `spec`, written as
    `folder/openapi.json`."""
    (folder / "openapi.json").write_text(json.dumps(spec))
    out = folder / "out"
    result = run_generator("generate", "--spec", folder / "openapi.json", "--out", out, *options)
    assert result.returncode == 0, result.stderr
    return out


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def pets_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pets")
    result = run_generator("generate", "--spec", PETS / "openapi.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def pet_store(pets_out: Path) -> Iterator[Any]:
    sys.path.insert(0, str(pets_out / "python"))
    try:
        yield importlib.import_module("pet_store")
    finally:
        sys.path.remove(str(pets_out / "python"))
        for name in [m for m in sys.modules if m == "pet_store" or m.startswith("pet_store.")]:
            del sys.modules[name]


def test_json_root_gives_the_same_bytes_as_yaml(tmp_path: Path, pets_out: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(PETS, spec_dir)
    document = yaml.safe_load((spec_dir / "openapi.yaml").read_text())
    (spec_dir / "openapi.yaml").unlink()
    (spec_dir / "openapi.json").write_text(json.dumps(document))
    out = tmp_path / "out"
    result = run_generator("generate", "--spec", spec_dir / "openapi.json", "--out", out)
    assert result.returncode == 0, result.stderr
    for part in ("python", "docs"):
        assert files_of(out / part) == files_of(pets_out / part)
    # the snapshot keeps each file's own name and format
    assert sorted(files_of(out / "spec")) == ["openapi.json", "parameters.yaml", "schemas/category.yaml", "schemas/pet.yaml"]


def test_query_header_and_recursive_response(pet_store: Any) -> None:
    with RecordingServer() as server:
        server.replies[("GET", "/v2/pets")] = Reply(
            body=[
                {
                    "id": 1,
                    "name": "Rex",
                    "nickname": None,
                    "status": "adopted-elsewhere",
                    "born_at": "2020-05-01T10:00:00Z",
                    "category": {"name": "terrier", "parent": {"name": "dog", "parent": None}},
                    "children": [{"name": "Rex Jr", "children": [{"name": "Rex III"}]}],
                }
            ]
        )
        with pet_store.Client(bearer="tok", base_url=server.url + "/v2") as client:
            pets = client.pets.list_pets(
                limit=5, tags=["a", "b"], x_request_tag="t1", ids=[1, 2], filter_={"color": "brown", "size": "s"}
            )
        [request] = server.requests
    # form-exploded arrays repeat, pipeDelimited joins with |, deepObject nests with [ ]
    assert request.path == "/v2/pets?filter%5Bcolor%5D=brown&filter%5Bsize%5D=s&ids=1%7C2&limit=5&tags=a&tags=b"
    assert request.headers["x-request-tag"] == "t1"
    assert request.headers["authorization"] == "Bearer tok"
    [pet] = pets
    assert isinstance(pet, pet_store.models.Pet)
    assert pet.category.parent.name == "dog" and pet.category.parent.parent is None
    assert pet.children[0].children[0].name == "Rex III"
    assert pet.status == "adopted-elsewhere"  # a value the enum does not list yet
    assert pet.born_at.year == 2020


def test_nullable_argument_sends_null_only_when_passed(pet_store: Any) -> None:
    with RecordingServer() as server:
        server.replies[("POST", "/pets")] = Reply(status=201, body={"name": "Rex"})
        client = pet_store.Client(bearer="tok", base_url=server.url)
        created = client.pets.create_pet(name="Rex", nickname=None, status=pet_store.models.PetStatus.sold)
        client.pets.create_pet(name="Rex", category=pet_store.models.Category(name="dog"))
        bodies = [r.body for r in server.requests]
    assert created.name == "Rex"
    assert bodies == [
        {"name": "Rex", "nickname": None, "status": "sold"},
        {"name": "Rex", "category": {"name": "dog"}},
    ]


def test_path_parameter_deprecation_and_empty_security(pet_store: Any) -> None:
    with RecordingServer() as server:
        server.replies[("GET", "/pets/7")] = Reply(body={"name": "Seven"})
        client = pet_store.Client(bearer="tok", base_url=server.url)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            pet = client.pets.get_pet(pet_id=7)
        assert client.pets.delete_pet(pet_id=7) is None
        get, delete = server.requests
    assert pet.name == "Seven"
    assert [w.category for w in caught] == [DeprecationWarning]
    assert "pets.get_pet" in str(caught[0].message)
    assert (get.method, get.path, delete.method, delete.path) == ("GET", "/pets/7", "DELETE", "/pets/7")
    assert "authorization" not in delete.headers  # `security: []` sends no credentials


def test_credentials_are_optional_when_some_operations_need_none(pet_store: Any) -> None:
    client = pet_store.Client(base_url="http://127.0.0.1:9")
    assert "tok" not in repr(pet_store.Client(bearer="tok"))
    client.close()


def test_docs_leave_out_undocumented_and_mark_stability(pets_out: Path) -> None:
    pages = sorted(p.relative_to(pets_out / "docs").as_posix() for p in (pets_out / "docs").rglob("*.md"))
    assert pages == ["README.md", "pets/create_pet.md", "pets/get_pet.md", "pets/list_pets.md", "pets/put_notes.md", "pets/upload_photo.md", "session/log_in.md"]
    assert "**Draft.**" in (pets_out / "docs/pets/create_pet.md").read_text()
    assert "**Beta.**" in (pets_out / "docs/pets/list_pets.md").read_text()
    get_page = (pets_out / "docs/pets/get_pet.md").read_text()
    assert "**Deprecated.**" in get_page
    assert "**`petId`** *Number* (Required)" in get_page
    # the recursive schema is shown, and stops where it repeats
    assert get_page.count("**`parent`** *Object*") == 1


def test_form_multipart_and_raw_bodies(pet_store: Any) -> None:
    with RecordingServer() as server:
        server.replies[("POST", "/login")] = Reply(body={"token": "t"})
        server.replies[("PUT", "/pets/3/notes")] = Reply(body=b"stored")
        client = pet_store.Client(bearer="tok", base_url=server.url)
        session = client.session.log_in(username="ann", password="p&ss word", remember=True)
        client.pets.upload_photo(pet_id=3, file=b"\x89PNG...", caption="Rex")
        stored = client.pets.put_notes(pet_id=3, body="Likes walks.")
        login, photo, notes = server.requests
    assert session.token == "t"
    assert login.headers["content-type"] == "application/x-www-form-urlencoded"
    assert login.body == "password=p%26ss+word&username=ann&remember=true"
    assert "authorization" not in login.headers
    assert photo.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert 'name="caption"' in photo.body and "Rex" in photo.body
    assert 'name="file"; filename="file"' in photo.body and "PNG" in photo.body
    assert notes.headers["content-type"] == "text/plain"
    assert notes.body == "Likes walks."
    assert stored == "stored"


@pytest.mark.parametrize(
    ("style", "explode", "value", "segment"),
    [  # the examples of the OpenAPI 3.1 specification, section "Style Examples"
        ("simple", False, [3, 4, 5], "3,4,5"),
        ("simple", False, {"R": 100, "G": 200, "B": 150}, "R,100,G,200,B,150"),
        ("simple", True, {"R": 100, "G": 200, "B": 150}, "R=100,G=200,B=150"),
        ("label", False, "blue", ".blue"),
        ("label", False, [3, 4, 5], ".3,4,5"),
        ("label", True, [3, 4, 5], ".3.4.5"),
        ("matrix", False, "blue", ";color=blue"),
        ("matrix", False, [3, 4, 5], ";color=3,4,5"),
        ("matrix", True, [3, 4, 5], ";color=3;color=4;color=5"),
    ],
)
def test_path_styles_follow_the_specification(pet_store: Any, style: str, explode: bool, value: Any, segment: str) -> None:
    assert pet_store._base.styled("color", value, style, explode).segment == segment


BOOLEAN_SCHEMAS_AND_TUPLES = """
openapi: 3.1.0
info: {title: Shapes of 3.1, version: "1"}
paths:
  /pairs/get:
    post:
      operationId: pairs_get
      responses:
        "200":
          description: A pair and its company.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/pairing"}
components:
  schemas:
    pairing:
      type: object
      properties:
        pair: {type: array, prefixItems: [{type: string}, {type: integer}], items: false}
        tagged: {type: array, prefixItems: [{type: string}], items: {type: boolean}}
        retired: false
        anything: true
        nothing_here: {type: array, items: false}
"""


def test_boolean_schemas_and_tuples(tmp_path: Path) -> None:
    """JSON Schema's `true` and `false` are schemas in 3.1, and `prefixItems` types a tuple's
    first members: `items` alone would reject them, so such a list holds Any, said as a fallback."""
    (tmp_path / "openapi.yaml").write_text(BOOLEAN_SCHEMAS_AND_TUPLES)
    result = run_generator("generate", "--spec", tmp_path / "openapi.yaml", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    fallbacks = [line.strip() for line in result.stdout.splitlines() if line.strip().startswith("fallback:")]
    assert fallbacks == [
        "fallback: #/components/schemas/pairing/properties/pair: prefixItems not supported: items typed as Any",
        "fallback: #/components/schemas/pairing/properties/tagged: prefixItems not supported: items typed as Any",
        "fallback: #/components/schemas/pairing/properties/nothing_here/items: false (no value allowed) not supported: typed as Any",
    ]
    with generated_package(tmp_path / "out" / "python", "shapes_of_3_1") as package:
        pairing = package.models.Pairing.model_validate(
            {"pair": ["a", 1], "tagged": ["t", True, False], "anything": {"x": [1]}, "nothing_here": []}
        )
        assert pairing.pair == ["a", 1] and pairing.tagged == ["t", True, False] and pairing.anything == {"x": [1]}
        # a property whose schema is `false` may not be sent: the model has no field for it
        assert "retired" not in package.models.Pairing.model_fields


def test_server_variables_take_their_defaults(tmp_path: Path) -> None:
    """A server URL is a template: `{port}` is no address. The API's default base URL and an
    operation's own server are sent to with each variable at its default."""
    with RecordingServer() as server:
        host, port = server.url.rsplit(":", 1)
        spec = {
            "openapi": "3.0.3",
            "info": {"title": "Variables", "version": "1"},
            "servers": [{"url": "https://{region}.example.invalid/{stage}", "variables": {
                "region": {"default": "eu", "enum": ["eu", "us"]}, "stage": {"default": "v2"}}}],
            "paths": {"/ping": {"get": {
                "operationId": "ping",
                "servers": [{"url": host + ":{port}/{base}", "variables": {"port": {"default": port}, "base": {"default": "own"}}}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}},
            }}},
        }
        generated_from(spec, tmp_path)
        server.replies[("GET", "/own/ping")] = Reply(body={"pong": True})
        with generated_package(tmp_path / "out" / "python", "variables") as package:
            assert package._client.DEFAULT_BASE_URL == "https://eu.example.invalid/v2"
            with package.Client() as client:
                answer = client.ping.ping()
    assert [request.path for request in server.requests] == ["/own/ping"]
    assert answer == {"pong": True}


def test_a_group_named_as_a_member_of_its_holder_hides_nothing(tmp_path: Path) -> None:
    """A group `close` would hide `Client.close` (called by `with Client() as client:` on
    leaving), and a group `things.list` the method `things.list`: such a group takes a
    trailing `_`, and both stay callable."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Members", "version": "1"},
        "paths": {
            "/close/now": {"post": {"operationId": "now", "tags": ["close"], "responses": ok}},
            "/things/list": {"get": {"x-fern-sdk-group-name": ["things"], "x-fern-sdk-method-name": "list", "responses": ok}},
            "/things/list/get": {"get": {"x-fern-sdk-group-name": ["things", "list"], "x-fern-sdk-method-name": "get", "responses": ok}},
        },
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "members") as package:
        with package.Client(base_url=server.url) as client:
            client.close_.now()
            client.things.list()
            client.things.list_.get()
        paths = [request.path for request in server.requests]
    assert paths == ["/close/now", "/things/list", "/things/list/get"]


def test_a_default_only_response_is_what_a_success_returns(tmp_path: Path) -> None:
    """An operation that lists no 2xx response says what it returns only under `default`:
    the method returns that body, parsed, and its page documents it."""
    body = {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Defaults", "version": "1"},
        "paths": {"/state": {"get": {
            "operationId": "state", "tags": ["state"],
            "responses": {"default": {"description": "The state, or an error.", "content": {"application/json": {"schema": body}}}},
        }}},
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "defaults") as package:
        server.replies[("GET", "/state")] = Reply(body={"ok": True})
        with package.Client(base_url=server.url) as client:
            state = client.state.state()
    assert isinstance(state, package.models.StateResponse) and state.ok is True
    assert "**`ok`** *Boolean* (Required)" in (tmp_path / "out" / "docs" / "state" / "state.md").read_text()


def test_a_group_named_by_a_number_and_a_json_body_without_a_schema(tmp_path: Path) -> None:
    """Shapes from real specs (ReadMe's oas-examples) that stopped generation: a tag `2.0`
    (its class began with a digit), and a JSON body given by examples alone (no argument
    took it, and rendering failed)."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Shapes", "version": "1"},
        "paths": {"/notes": {"post": {
            "operationId": "addNote", "tags": ["2.0"],
            "requestBody": {"required": True, "content": {"application/json": {"examples": {"one": {"value": {"text": "hi"}}}}}},
            "responses": {"204": {"description": "Added."}},
        }}},
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "shapes") as package:
        with package.Client(base_url=server.url) as client:
            assert type(client.n_2_0).__name__ == "N20Resource"
            client.n_2_0.add_note(body={"text": "hi", "tags": [1]})
        [request] = server.requests
    assert (request.path, request.body) == ("/notes", {"text": "hi", "tags": [1]})


def test_arguments_sharing_a_name_are_told_apart_by_where_they_go(tmp_path: Path) -> None:
    """GitHub's PATCH /repos/{owner}/{repo}/actions/variables/{name} takes the variable's new
    `name` in its body: beside the path's `name`, that argument is `body_name`, not `name_2`.
    Names alike in one place are numbered; each reaches its own place on the wire."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Shared names", "version": "1"},
        "paths": {"/variables/{name}": {"patch": {
            "operationId": "renameVariable", "tags": ["variables"],
            "parameters": [
                {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "name", "in": "query", "schema": {"type": "string"}},
                {"name": "X-Name", "in": "header", "schema": {"type": "string"}},
                {"name": "x_name", "in": "query", "schema": {"type": "string"}},
            ],
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "fooBar": {"type": "string"}, "foo_bar": {"type": "string"}},
            }}}},
            "responses": {"204": {"description": "Renamed."}},
        }}},
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "shared_names") as package:
        with package.Client(base_url=server.url) as client:
            method = client.variables.rename_variable
            assert list(inspect.signature(method).parameters) == [
                "name", "foo_bar", "foo_bar_2", "query_name", "body_name", "x_name", "query_x_name"
            ]
            method(name="old", body_name="new", query_name="q", x_name="h", query_x_name="qx", foo_bar="a", foo_bar_2="b")
        [request] = server.requests
    assert request.path == "/variables/old?name=q&x_name=qx"
    assert request.headers["x-name"] == "h"
    assert request.body == {"name": "new", "foo_bar": "a", "fooBar": "b"}


NORWAY = """\
openapi: 3.0.3
info: {title: Countries, version: "1"}
paths:
  /trips:
    get:
      operationId: listTrips
      tags: [trips]
      parameters:
        - name: country
          in: query
          schema: {type: string, enum: [se, no, dk]}
        - name: since
          in: query
          schema: {type: string, format: date, default: 2020-01-01}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {n: {type: integer}}}
"""


def test_yaml_is_read_as_yaml_1_2_as_openapi_recommends(tmp_path: Path) -> None:
    """PyYAML reads YAML 1.1, where `no` is False and `2020-01-01` a date: Norway left the
    enum (`false = False` was sent for it) and a date default was refused as no string. Read as
    YAML 1.2's core schema, both are the strings they are in JSON, and so they stay in the
    snapshot that the next generation diffs against."""
    (tmp_path / "openapi.yaml").write_text(NORWAY)
    out = tmp_path / "out"
    result = run_generator("generate", "--spec", tmp_path / "openapi.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    with RecordingServer() as server, generated_package(out / "python", "countries") as package:
        assert [member.value for member in package.models.Country] == ["se", "no", "dk"]
        with package.Client(base_url=server.url) as client:
            client.trips.list_trips(country=package.models.Country.no, since="2020-01-01")
        [request] = server.requests
    assert request.path == "/trips?country=no&since=2020-01-01"
    # the snapshot quotes them: a YAML 1.1 reader (PyYAML's own) reads it right too
    snapshot = yaml.safe_load((out / "spec/openapi.yaml").read_text())
    country, since = snapshot["paths"]["/trips"]["get"]["parameters"]
    assert (country["schema"]["enum"], since["schema"]["default"]) == (["se", "no", "dk"], "2020-01-01")
    # the snapshot reads back as the same document: a description edit is the one change
    (tmp_path / "openapi.yaml").write_text(NORWAY.replace("tags: [trips]", "tags: [trips]\n      description: Trips taken."))
    again = run_generator("generate", "--spec", tmp_path / "openapi.yaml", "--out", out)
    assert again.returncode == 0, again.stderr
    assert "1 API change since the last generation (0 breaking)" in again.stdout


def test_docs_list_an_enum_s_values_as_seam_s_reference_does(tmp_path: Path) -> None:
    """An enum's page entry says which values it takes, in Seam's `Enum values` block: of a
    parameter, of an array's items, of a nested property; values that would not read as
    themselves (an empty string) in JSON, and code spans hold any text."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Enums", "version": "1"},
        "paths": {"/locks": {"post": {
            "operationId": "setLocks", "tags": ["locks"],
            "parameters": [{"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["on", "off"]}}],
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                "levels": {"type": "array", "items": {"type": "integer", "enum": [1, 2]}},
                "state": {"type": "string", "nullable": True, "enum": ["open", "", "`x`", None]},
                "when": {"type": "object", "properties": {"day": {"type": "string", "enum": ["mon"]}}},
            }}}}},
            "responses": {"204": {"description": "Set."}},
        }}},
    }
    config = tmp_path / "config.yaml"
    config.write_text("docs:\n  expand_nested: true\n")
    generated_from(spec, tmp_path, "--config", config)
    page = (tmp_path / "out/docs/locks/set_locks.md").read_text()

    def values_of(field: str) -> list[str]:
        block = page.split(f"**`{field}`**", 1)[1].split("---", 1)[0]
        listed = block.split("<summary>Enum values</summary>\n\n", 1)[1].split("</details>", 1)[0]
        return listed.splitlines()

    assert "**`levels`** *Array* *of Enums*" in page
    assert values_of("levels") == ["- `1`", "- `2`"]
    assert values_of("mode") == ["- `on`", "- `off`"]
    assert values_of("state") == ["- `open`", '- `""`', "- `` `x` ``"]  # null: the model's nullable
    assert values_of("day") == ["- `mon`"]


def test_a_relative_server_makes_base_url_required(tmp_path: Path) -> None:
    """`servers: [{url: /api/v3}]` (Swagger's own petstore) is relative to wherever the
    description is served, which the client cannot know: `Client()` says to pass base_url,
    rather than each call failing with "missing an 'http://' protocol" after its retries."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Relative", "version": "1"},
        "servers": [{"url": "/api/v3"}],
        "paths": {"/pets": {"get": {
            "operationId": "listPets", "tags": ["pets"],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "array", "items": {"type": "string"}}}}}},
        }}},
    }
    out = generated_from(spec, tmp_path)
    assert 'client = Client(base_url="https://...")' in (out / "python/README.md").read_text()
    with RecordingServer() as server, generated_package(out / "python", "relative") as package:
        for client_class in (package.Client, package.AsyncClient):
            with pytest.raises(ValueError, match=r"^Pass base_url: the API description gives its server only as /api/v3, "):
                client_class()
        server.replies[("GET", "/api/v3/pets")] = Reply(body=["rex"])
        with package.Client(base_url=server.url + "/api/v3") as client:
            assert client.pets.list_pets() == ["rex"]


def test_accept_content_type_and_authorization_header_parameters_are_ignored(tmp_path: Path) -> None:
    """OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be
    ignored" (ReadMe's schema-circular example declares Authorization so). The method takes
    none of them; the body's media type is sent as Content-Type; headers the description
    leaves to the caller go on the `http_client`."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Headers", "version": "1"},
        "paths": {"/things": {"post": {
            "operationId": "addThing", "tags": ["things"],
            "parameters": [
                {"name": "Accept", "in": "header", "schema": {"type": "string", "enum": ["text/csv"]}},
                {"name": "content-type", "in": "header", "required": True, "schema": {"type": "string"}},
                {"name": "Authorization", "in": "header", "required": True, "schema": {"type": "string"}},
                {"name": "X-Request-Id", "in": "header", "schema": {"type": "string"}},
            ],
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"a": {"type": "string"}}}}}},
            "responses": {"204": {"description": "Added."}},
        }}},
    }
    out = generated_from(spec, tmp_path)
    page = (out / "docs/things/add_thing.md").read_text()
    assert "X-Request-Id" in page and "Authorization" not in page and "Accept" not in page
    with RecordingServer() as server, generated_package(out / "python", "headers") as package:
        assert not hasattr(package.models, "Accept")  # no class for the ignored parameter's enum
        http = httpx.Client(headers={"Authorization": "Bearer t"})
        with package.Client(base_url=server.url, http_client=http) as client:
            method = client.things.add_thing
            assert list(inspect.signature(method).parameters) == ["a", "x_request_id"]
            method(a="x", x_request_id="r1")
        [request] = server.requests
    assert (request.headers["content-type"], request.headers["authorization"]) == ("application/json", "Bearer t")
    assert request.headers["x-request-id"] == "r1" and request.body == {"a": "x"}


def test_a_header_or_cookie_no_request_can_carry_is_left_out(tmp_path: Path) -> None:
    """Notion's API declares a header named `""`: httpx refused every call of the method
    ("Illegal header name"). A header's or cookie's name is an HTTP token; others are left out."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Tokens", "version": "1"},
        "paths": {"/pages/{id}": {"get": {
            "operationId": "getPage", "tags": ["pages"],
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "", "in": "header", "schema": {"type": "string"}},
                {"name": "a b", "in": "cookie", "schema": {"type": "string"}},
                {"name": "Notion-Version", "in": "header", "schema": {"type": "string"}},
            ],
            "responses": {"204": {"description": "Done."}},
        }}},
    }
    out = generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(out / "python", "tokens") as package:
        with package.Client(base_url=server.url) as client:
            method = client.pages.get_page
            assert list(inspect.signature(method).parameters) == ["id_", "notion_version"]
            method(id_="p1", notion_version="2022-06-28")
        [request] = server.requests
    assert request.path == "/pages/p1" and request.headers["notion-version"] == "2022-06-28"


def test_headers_that_frame_the_message_are_left_to_the_transport(tmp_path: Path) -> None:
    """Azure Data Lake requires a header parameter `Transfer-Encoding: chunked`, PeerTube a
    `Content-Length`: sent as given, beside a body httpx sends whole with its own length,
    they contradict it (httpx refused a made-up length before sending). The transport frames
    the message: neither is an argument, and the request carries the body's true length."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Framing", "version": "1"},
        "paths": {"/files/{name}": {"put": {
            "operationId": "putFile", "tags": ["files"],
            "parameters": [
                {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}},
                {"name": "Transfer-Encoding", "in": "header", "required": True, "schema": {"type": "string", "enum": ["chunked"]}},
                {"name": "Content-Length", "in": "header", "required": True, "schema": {"type": "integer"}},
                {"name": "Content-Range", "in": "header", "schema": {"type": "string"}},
            ],
            "requestBody": {"required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}},
            "responses": {"204": {"description": "Stored."}},
        }}},
    }
    out = generated_from(spec, tmp_path)
    page = (out / "docs/files/put_file.md").read_text()
    assert "Content-Range" in page and "Transfer-Encoding" not in page and "Content-Length" not in page
    with RecordingServer() as server, generated_package(out / "python", "framing") as package:
        with package.Client(base_url=server.url) as client:
            method = client.files.put_file
            assert list(inspect.signature(method).parameters) == ["body", "name", "content_range"]
            method(body=b"12345", name="a.txt", content_range="bytes 0-4/5")
        [request] = server.requests
    assert request.headers["content-length"] == "5" and "transfer-encoding" not in request.headers
    assert request.headers["content-range"] == "bytes 0-4/5"


def test_success_responses_that_differ_are_each_read_as_their_status_says(tmp_path: Path) -> None:
    """GitHub's `PUT .../actions/secrets/{name}` answers 201 with a body on creating and 204
    without one on updating; its `stats/contributors` 200 with a list, or 202 with `{}` while
    it computes them. The client typed the first only, so an update raised "body: not
    JSON" and the 202 broke the list it promised. The result is each status's type."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Statuses", "version": "1"},
        "paths": {
            "/secrets/{name}": {"put": {
                "operationId": "putSecret", "tags": ["secrets"],
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "201": {"description": "Created.", "content": {"application/json": {"schema": {
                        "type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}}},
                    "204": {"description": "Updated."}}}},
            "/stats": {"get": {
                "operationId": "getStats", "tags": ["stats"],
                "responses": {
                    "200": {"description": "Stats.", "content": {"application/json": {"schema": {
                        "type": "array", "items": {"type": "integer"}}}}},
                    "202": {"description": "Computing.", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
        },
    }
    out = generated_from(spec, tmp_path)
    page = (out / "docs/secrets/put_secret.md").read_text()
    response = page.split("## Response", 1)[1]
    assert "### `201`" in response and "**`id`** *String*" in response
    assert response.split("### `204`", 1)[1].strip() == "void"
    with RecordingServer() as server, generated_package(out / "python", "statuses") as package:
        with package.Client(base_url=server.url, strict_responses=True) as client:
            assert typing.get_type_hints(client.secrets.put_secret)["return"] == package.models.PutSecretResponse | None
            server.replies[("PUT", "/secrets/a")] = Reply(status=201, body={"id": "s1"})
            assert client.secrets.put_secret(name="a") == package.models.PutSecretResponse(id="s1")
            server.replies[("PUT", "/secrets/a")] = Reply(status=204, body=b"")
            assert client.secrets.put_secret(name="a") is None
            server.replies[("PUT", "/secrets/a")] = Reply(status=200, body={"id": "s2"})  # not described: the first
            assert client.secrets.put_secret(name="a") == package.models.PutSecretResponse(id="s2")
            server.replies[("GET", "/stats")] = Reply(status=200, body=[1, 2])
            assert client.stats.get_stats() == [1, 2]
            server.replies[("GET", "/stats")] = Reply(status=202, body={})
            assert client.stats.get_stats() == {}


def test_no_body_is_read_where_http_allows_none(tmp_path: Path) -> None:
    """Open Banking describes a JSON body for `HEAD /atms`, Jira one for a 204: HTTP allows
    neither a body, and the client raised "body: not JSON" on every such answer. Clarify's
    schema-less JSON beside a 204 raised JSONDecodeError. None of them is read."""
    def ok(schema: dict[str, Any]) -> dict[str, Any]:
        return {"description": "OK.", "content": {"application/json": {"schema": schema}}}

    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Bodiless", "version": "1"},
        "paths": {
            "/atms": {"head": {"operationId": "headAtms", "tags": ["atms"], "responses": {
                "200": ok({"type": "object", "required": ["n"], "properties": {"n": {"type": "integer"}}})}}},
            "/tracking": {"get": {"operationId": "getTracking", "tags": ["tracking"], "responses": {
                "200": ok({"type": "object", "required": ["key"], "properties": {"key": {"type": "string"}}}),
                "204": ok({"type": "object", "required": ["key"], "properties": {"key": {"type": "string"}}})}}},
            "/bundles": {"post": {"operationId": "postBundle", "tags": ["bundles"], "responses": {
                "201": {"description": "Made.", "content": {"application/json": {}}},
                "204": {"description": "Nothing to make."}}}},
        },
    }
    out = generated_from(spec, tmp_path)
    assert (out / "docs/atms/head_atms.md").read_text().split("## Response", 1)[1].strip() == "void"
    with RecordingServer() as server, generated_package(out / "python", "bodiless") as package:
        with package.Client(base_url=server.url, strict_responses=True) as client:
            assert typing.get_type_hints(client.atms.head_atms)["return"] is type(None)
            assert client.atms.head_atms() is None
            server.replies[("GET", "/tracking")] = Reply(status=200, body={"key": "jira"})
            assert client.tracking.get_tracking().key == "jira"
            server.replies[("GET", "/tracking")] = Reply(status=204, body=b"")
            assert client.tracking.get_tracking() is None
            server.replies[("POST", "/bundles")] = Reply(status=201, body={"id": 1})
            assert client.bundles.post_bundle() == {"id": 1}
            server.replies[("POST", "/bundles")] = Reply(status=204, body=b"")
            assert client.bundles.post_bundle() is None


def test_security_schemes_named_alike_give_one_argument_each_way_of_sending(tmp_path: Path) -> None:
    """Telnyx declares `BearerAuth` and `bearerAuth`, both bearer tokens: both became the
    argument `bearer_auth`, and the client refused every credential ("Pass only one
    credential, not bearer_auth and bearer_auth"). Schemes sent alike share one argument;
    schemes sent otherwise under one name are numbered apart."""
    def operation(name: str, scheme: str) -> dict[str, Any]:
        return {"operationId": name, "tags": ["calls"], "security": [{scheme: []}],
                "responses": {"204": {"description": "Done."}}}

    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Schemes", "version": "1"},
        "paths": {"/a": {"get": operation("a", "BearerAuth")}, "/b": {"get": operation("b", "bearerAuth")},
                  "/c": {"get": operation("c", "ApiKey")}, "/d": {"get": operation("d", "apiKey")}},
        "components": {"securitySchemes": {
            "BearerAuth": {"type": "http", "scheme": "bearer"},
            "bearerAuth": {"type": "http", "scheme": "bearer"},
            "ApiKey": {"type": "apiKey", "in": "header", "name": "X-Key"},
            "apiKey": {"type": "apiKey", "in": "query", "name": "key"},
        }},
    }
    out = generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(out / "python", "schemes") as package:
        arguments = list(inspect.signature(package.Client).parameters)
        assert arguments[:3] == ["bearer_auth", "api_key", "api_key_2"]
        with package.Client(base_url=server.url, bearer_auth="t1") as client:
            client.calls.a()
            client.calls.b()
        with package.Client(base_url=server.url, api_key="k1") as client:
            client.calls.c()
        with package.Client(base_url=server.url, api_key_2="k2") as client:
            client.calls.d()
        first, second, third, fourth = server.requests
    assert first.headers["authorization"] == second.headers["authorization"] == "Bearer t1"
    assert third.headers["x-key"] == "k1" and fourth.path == "/d?key=k2"


def test_an_argument_of_a_root_model_takes_what_the_root_holds(tmp_path: Path) -> None:
    """AWS names every type: `MaxResults` (an integer) is a root model, and an argument of it
    was typed `MaxResults | Mapping[str, Any]`, so `max_results=10` was a type error to
    mypy. Such an argument takes what the root holds; a root that holds itself takes only
    itself inside (`Tree`), and one holding anything a mapping, as a model does."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Roots", "version": "1"},
        "paths": {"/plans": {"post": {
            "operationId": "describePlans", "tags": ["plans"],
            "requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {
                # as AWS writes it: its own description beside the named type
                "MaxResults": {"allOf": [{"$ref": "#/components/schemas/MaxResults"}, {"description": "At most."}]},
                "Names": {"$ref": "#/components/schemas/Names"},
                "Tree": {"$ref": "#/components/schemas/Tree"},
                "Anything": {"$ref": "#/components/schemas/Anything"},
            }}}}},
            "responses": {"204": {"description": "Done."}},
        }}},
        "components": {"schemas": {
            "MaxResults": {"type": "integer"},
            "Names": {"type": "array", "items": {"$ref": "#/components/schemas/Name"}},
            "Name": {"type": "object", "properties": {"value": {"type": "string"}}},
            "Tree": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
            # GitHub's CampaignsCreateCampaignRequest: a union one of whose members is anything
            "Anything": {"anyOf": [{"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}},
                                   {"type": "object", "required": ["b"], "properties": {"b": {"type": "integer"}}},
                                   {}]},
        }},
    }
    out = generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(out / "python", "roots") as package:
        hints = {name: str(p.annotation) for name, p in inspect.signature(
            package.resources.plans.PlansResource.describe_plans).parameters.items()}
        with package.Client(base_url=server.url) as client:
            client.plans.describe_plans(max_results=10, names=[{"value": "a"}], tree=[[]], anything={"a": 1})
        [request] = server.requests
    assert hints["max_results"] == "models.DescribePlansRequestMaxResults | int | None"
    assert hints["names"] == "models.Names | Sequence[models.Name | Mapping[str, Any]] | None"
    assert hints["tree"] == "models.Tree | Sequence[models.Tree] | None"
    assert hints["anything"] == "models.Anything | Mapping[str, Any] | None"
    assert request.body == {"MaxResults": 10, "Names": [{"value": "a"}], "Tree": [[]], "Anything": {"a": 1}}
    # the docs describe the array that holds itself once (they recursed without end)
    assert "**`Tree`** *Array* *of Arrays*" in (out / "docs/plans/describe_plans.md").read_text()


def test_a_security_scheme_no_request_can_carry_is_not_offered_and_is_reported(tmp_path: Path) -> None:
    """RapidAPI's dynamicdocs names its keys' headers `ADVICEment API Key`: the client took the
    credential and every call failed in httpx ("Illegal header name"). Such a scheme is not
    offered, and the coverage summary says why."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Keys", "version": "1"},
        "security": [{"Labelled": []}, {"Bearer": []}],
        "paths": {"/a": {"get": {"operationId": "a", "tags": ["calls"], "responses": {"204": {"description": "Done."}}}}},
        "components": {"securitySchemes": {
            "Labelled": {"type": "apiKey", "in": "header", "name": "My API Key"},
            "Bearer": {"type": "http", "scheme": "bearer"},
        }},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    result = run_generator("generate", "--spec", tmp_path / "openapi.json", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert ("security scheme no request can carry: `Labelled` sends its key as `My API Key`, which is no HTTP"
            " header or cookie name; the client offers no credential for it") in result.stdout
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "keys") as package:
        assert "labelled" not in inspect.signature(package.Client).parameters
        with package.Client(base_url=server.url, bearer="t") as client:
            client.calls.a()
        [request] = server.requests
    assert request.headers["authorization"] == "Bearer t"


def test_a_byte_order_mark_is_read_past(tmp_path: Path) -> None:
    """Editors on Windows start a UTF-8 file with a byte order mark; JSON parsers may ignore
    it (RFC 8259) and ours refused it ("Unexpected UTF-8 BOM"). The root and the file it
    refers to both carry one here; the output is that of the same files without."""
    bom = b"\xef\xbb\xbf"
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Marked", "version": "1"},
        "paths": {"/things": {"get": {
            "operationId": "listThings", "tags": ["things"],
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "thing.json"}}}}},
        }}},
    }
    thing = {"type": "object", "properties": {"name": {"type": "string"}}}
    outputs = []
    for mark in (bom, b""):
        folder = tmp_path / ("marked" if mark else "plain")
        folder.mkdir()
        (folder / "openapi.json").write_bytes(mark + json.dumps(spec).encode())
        (folder / "thing.json").write_bytes(mark + json.dumps(thing).encode())
        result = run_generator("generate", "--spec", folder / "openapi.json", "--out", folder / "out")
        assert result.returncode == 0, result.stderr
        outputs.append({path: data for path, data in files_of(folder / "out").items() if path != ".specgen-manifest.json"})
    assert outputs[0] == outputs[1]
    assert "class Thing(Model):" in outputs[0]["python/marked/models.py"].decode()


def test_titles_made_from_names_spell_initialisms_as_they_are_written(tmp_path: Path) -> None:
    """An operation without a summary, and a security scheme without a configured title, are
    titled from their names: `getUserById` reads "Get user by ID", `OAuth2` reads "OAuth2"
    (it read "O auth2"), as in ReadMe's security example (`apiKey_header`, `openIdConnect`)."""
    schemes = {
        "apiKey_header": {"type": "apiKey", "in": "header", "name": "X-API-KEY"},
        "OAuth2": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://x.invalid/a", "scopes": {}}}},
        "openIdConnect": {"type": "openIdConnect", "openIdConnectUrl": "https://x.invalid/.well-known"},
    }
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Titles", "version": "1"},
        "paths": {"/users/{id}": {"get": {
            "operationId": "getUserById", "tags": ["users"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "security": [{name: []} for name in schemes],
            "responses": {"204": {"description": "Found."}},
        }}},
        "components": {"securitySchemes": schemes},
    }
    out = generated_from(spec, tmp_path)
    page = (out / "docs/users/get_user_by_id.md").read_text()
    assert page.startswith("# Get user by ID\n")
    methods = page.split("<summary>Authentication Methods</summary>\n\n", 1)[1].split("</details>", 1)[0]
    assert [line for line in methods.splitlines() if line.startswith("- ")] == ["- API key header", "- OAuth2", "- OpenID connect"]


def test_a_security_requirement_naming_an_undeclared_scheme_is_reported(tmp_path: Path) -> None:
    """ReadMe's response-http-behavior example requires `api_key` and declares no such
    scheme. Generation goes on (the requirement can be met by nothing the client holds), and
    says so under the coverage line, once per operation and scheme."""
    ok = {"200": {"description": "ok"}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Undeclared", "version": "1"},
        "security": [{"api_key": []}],
        "paths": {
            "/a": {"get": {"operationId": "getA", "responses": ok}},
            "/b": {"get": {"operationId": "getB", "security": [{"basic": [], "api_key": []}], "responses": ok}},
        },
        "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    result = run_generator("generate", "--spec", tmp_path / "openapi.json", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stdout.splitlines() if "undeclared" in line]
    tail = "is not in components/securitySchemes; the client offers no credential for it"
    assert notes == [f"  undeclared security scheme: GET /a: `api_key` {tail}", f"  undeclared security scheme: GET /b: `api_key` {tail}"]


def test_classes_named_by_numbers_or_keywords_and_a_default_mapping_of_objects(tmp_path: Path) -> None:
    """Shapes from APIs.guru's directory that stopped generation: Meraki's properties named by
    SSID number (`"11": {...}`, whose class was `class 11`), a schema called `none` (`class
    None`), Google's `ImportError` (the package could not be imported), and Docker's
    `Runtimes`, a mapping of objects with a default (judging whether the default fits looked
    for a mapping's value type in the objects' type)."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Shapes", "version": "1"},
        "paths": {"/ssids": {"put": {
            "operationId": "updateSsids",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object",
                "properties": {
                    "11": {"type": "object", "properties": {"policy": {"type": "string", "enum": ["Normal", "Blocked"]}}},
                    "none": {"$ref": "#/components/schemas/none"},
                },
            }}}},
            "responses": {"200": {"description": "Info.", "content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/SystemInfo"}}}}},
        }}},
        "components": {"schemas": {
            "none": {"type": "object", "properties": {"reason": {"type": "string"}}},
            # a builtin's name, which a field refers to before the class is defined
            "Holder": {"type": "object", "properties": {"error": {"$ref": "#/components/schemas/ImportError"}}},
            "ImportError": {"type": "object", "properties": {"code": {"type": "integer"}}},
            "Runtime": {"type": "object", "properties": {"path": {"type": "string"}}},
            "SystemInfo": {"type": "object", "properties": {"Runtimes": {
                "type": "object", "additionalProperties": {"$ref": "#/components/schemas/Runtime"},
                "default": {"runc": {"path": "docker-runc"}},
            }}},
        }},
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "shapes") as package:
        server.replies[("PUT", "/ssids")] = Reply(body={"Runtimes": {"runc": {"path": "runc"}}})
        with package.Client(base_url=server.url) as client:
            info = client.ssids.update_ssids(n_11={"policy": "Blocked"}, none=package.models.NoneModel(reason="r"))
        [request] = server.requests
        assert issubclass(package.models.N11, package.models.Model)
        assert package.models.Holder.model_validate({"error": {"code": 3}}).error.code == 3
        # the default is an object's, which a mapping of models would not hold as given: no default
        assert package.models.SystemInfo().Runtimes is None
    assert request.body == {"11": {"policy": "Blocked"}, "none": {"reason": "r"}}
    assert info.Runtimes["runc"].path == "runc"


def test_operations_whose_method_names_clash_are_numbered_apart(tmp_path: Path) -> None:
    """DaniWeb's spec (APIs.guru) has `GET /users` and `GET /users/~`, no operationIds: both
    named `get_users`, and generation stopped. A valid document is generated: the later one
    is numbered, and the run says so."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Clash", "version": "1"},
        "paths": {
            "/users": {"get": {"tags": ["users"], "responses": {"204": {"description": "All."}}}},
            "/users/~": {"get": {"tags": ["users"], "responses": {"204": {"description": "Me."}}}},
            "/users/{id}": {"get": {"tags": ["users"], "operationId": "getUser", "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "One."}}}},
            "/users/{id}/profile": {"get": {"tags": ["users"], "operationId": "get_user", "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "Profile."}}}},
        },
    }
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    result = run_generator("generate", "--spec", tmp_path / "openapi.json", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "method name numbered: GET /users/~ is users.get_users_2: GET /users has the name" in result.stdout
    assert "method name numbered: GET /users/{id}/profile is users.get_user_2: GET /users/{id} has" in result.stdout
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "clash") as package:
        with package.Client(base_url=server.url) as client:
            client.users.get_users()
            client.users.get_users_2()
            client.users.get_user(id_="a")
            client.users.get_user_2(id_="a")
    assert [request.path for request in server.requests] == ["/users", "/users/~", "/users/a", "/users/a/profile"]


def test_an_enum_of_objects_is_typed_by_its_schema(tmp_path: Path) -> None:
    """PandaScore's spec (APIs.guru) lists whole objects as an enum's values; an `Enum` class
    cannot hold them (generation stopped on an unhashable dict). The values are left aside:
    the schema's type types the field, and the object goes on the wire as given."""
    game = {"id": 1, "name": "LoL"}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Games", "version": "1"},
        "paths": {"/matches": {"post": {
            "operationId": "addMatch",
            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                "type": "object", "required": ["game"],
                "properties": {
                    "game": {"$ref": "#/components/schemas/Videogame"},
                    "mode": {"enum": [{"teams": 2}, {"teams": 5}]},
                },
            }}}},
            "responses": {"204": {"description": "Added."}},
        }}},
        "components": {"schemas": {"Videogame": {"type": "object", "enum": [game, {"id": 3, "name": "CS:GO"}]}}},
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "games") as package:
        with package.Client(base_url=server.url) as client:
            client.matches.add_match(game=game, mode={"teams": 5})
        [request] = server.requests
        assert issubclass(package.models.Videogame, package.models.Model)
    assert request.body == {"game": game, "mode": {"teams": 5}}


def test_an_enum_without_a_type_is_typed_by_its_values(tmp_path: Path) -> None:
    """An enum may leave out `type` (425 of APIs.guru's 2,639 descriptions have one, Nexmo's
    `[true, false, 0, 1]` among them). Such a field was typed `Any`, its enum class unused,
    and no fallback was counted. It is now its class or the types of the values it lists, and
    `true` comes back as `True`, not as the member `1` that Python holds equal to it."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Modes", "version": "1"},
        "paths": {"/modes": {"get": {
            "operationId": "getMode", "tags": ["modes"],
            "parameters": [{"name": "color", "in": "query", "schema": {"enum": ["red", "green"]}}],
            "responses": {"200": {"description": "The mode.", "content": {"application/json": {"schema": {
                "$ref": "#/components/schemas/Setting"}}}}},
        }}},
        "components": {"schemas": {"Setting": {
            "type": "object", "required": ["mode"],
            "properties": {
                "mode": {"enum": [1, True, "auto"]},
                "size": {"enum": [1, 2.5]},
                "fixed": {"enum": ["only"]},
            },
        }}},
    }
    out = generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(out / "python", "modes") as package:
        models = package.models
        hints = typing.get_type_hints(models.Setting)
        assert hints["mode"] == models.Mode | int | bool | str
        assert hints["size"] == models.Size | int | float | None
        assert hints["fixed"] == typing.Literal["only"] | None
        with package.Client(base_url=server.url, strict_responses=True) as client:
            assert typing.get_type_hints(client.modes.get_mode)["color"] == models.Color | str | None
            for sent in (True, 1, "auto", "manual"):
                server.replies[("GET", "/modes")] = Reply(body={"mode": sent, "size": 2.5})
                got = client.modes.get_mode(color="red").mode
                assert got == sent and type(getattr(got, "value", got)) is type(sent)
        assert server.requests[0].path == "/modes?color=red"


def test_plural_and_versioned_initialisms_stay_one_word(tmp_path: Path) -> None:
    """Hetzner Cloud's spec (APIs.guru) tags operations `Floating IPs` and `ISOs`: the client
    had `floating_i_ps` and `is_os`. An initialism's plural (`IPs`, `userIDs`) and version
    (`IPv6`) are part of it."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Cloud", "version": "1"},
        "paths": {
            "/floating_ips": {"get": {"tags": ["Floating IPs"], "operationId": "listIPv6Addresses",
                                      "responses": {"204": {"description": "All."}}}},
            "/isos": {"get": {"tags": ["ISOs"], "operationId": "getISOsByUserIDs",
                              "responses": {"204": {"description": "All."}}}},
        },
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "cloud") as package:
        with package.Client(base_url=server.url) as client:
            client.floating_ips.list_ipv6_addresses()
            client.isos.get_isos_by_user_ids()
    assert [request.path for request in server.requests] == ["/floating_ips", "/isos"]
    assert (tmp_path / "out" / "docs" / "floating_ips" / "list_ipv6_addresses.md").is_file()
    assert "# List IPv6 addresses" in (tmp_path / "out" / "docs" / "floating_ips" / "list_ipv6_addresses.md").read_text()


def test_a_deep_reference_gets_a_class_of_its_own(tmp_path: Path) -> None:
    """DigitalOcean's spec (APIs.guru) refers into another operation's response, to an array
    of tag names, from a property `tags` whose own `allOf` was being built as class `Tags`.
    The target was named `Tags` too, from its last token: the two places shared one class,
    which referred only to itself, and generation never ended."""
    image_tags = "#/paths/~1images/get/responses/200/content/application~1json/schema/properties/tags"
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Cloud", "version": "1"},
        "paths": {
            "/images": {"get": {"operationId": "getImage", "responses": {"200": {"description": "One.", "content": {
                "application/json": {"schema": {"type": "object", "properties": {
                    "tags": {"type": "array", "items": {"type": "string"}, "nullable": True}}}}}}}}},
            "/firewalls": {"post": {"operationId": "tagFirewall", "requestBody": {"required": True, "content": {
                "application/json": {"schema": {"type": "object", "properties": {
                    "tags": {"allOf": [{"$ref": image_tags}, {"description": "Tags to add."}]}}}}}},
                "responses": {"204": {"description": "Tagged."}}}},
        },
    }
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    result = run_generator("generate", "--spec", tmp_path / "openapi.json", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "0 fallbacks to Any" in result.stdout  # each place its own class, none only itself
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "cloud") as package:
        server.replies[("GET", "/images")] = Reply(body={"tags": ["prod"]})
        with package.Client(base_url=server.url) as client:
            client.firewalls.tag_firewall(tags=["prod", "web"])
            assert client.images.get_image().tags == ["prod"]
        assert package.models.TagFirewallRequest(tags=["a"]).model_dump(mode="json") == {"tags": ["a"]}
    assert server.requests[0].body == {"tags": ["prod", "web"]}


def test_extensions_among_the_paths_are_no_paths(tmp_path: Path) -> None:
    """Apicurio Registry's spec (APIs.guru) has `paths: {x-codegen-contextRoot: "/apis/..."}`
    beside its paths: the validator failed with a KeyError, and the build took it for a path."""
    spec = {
        "openapi": "3.0.2",
        "info": {"title": "Registry", "version": "1"},
        "paths": {
            "/groups": {"get": {"operationId": "listGroups", "responses": {"204": {"description": "All."}}}},
            "x-codegen-contextRoot": "/apis/registry/v2",
            "x-hidden": {"get": {"operationId": "hidden", "responses": {"204": {"description": "No."}}}},
        },
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "registry") as package:
        with package.Client(base_url=server.url) as client:
            client.groups.list_groups()
            assert [name for name in vars(client) if not name.startswith("_")] == ["groups"]
    assert [request.path for request in server.requests] == ["/groups"]


def test_an_operation_id_that_begins_with_its_group_names_the_method_by_the_rest(tmp_path: Path) -> None:
    """GitHub's operationIds are `repos/get` under the tag `repos`, and Azure's `Accounts_Get`
    under `Accounts` (539 of APIs.guru's 2,639 descriptions begin most of theirs so): the
    methods were `client.repos.repos_get`. They are `client.repos.get`, as in Octokit and
    Azure's SDKs, unless another operation of the group has or would take that name."""
    def op(operation_id: str, tag: str, **more: Any) -> dict[str, Any]:
        return {"operationId": operation_id, "tags": [tag], "responses": {"204": {"description": "Done."}}, **more}

    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Prefixed", "version": "1"},
        "paths": {
            "/repos/{name}": {"parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                              "get": op("repos/get", "repos"), "delete": op("repos/delete", "repos")},
            "/repos/{name}/forks": {"parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                                    "post": op("repos/create-fork", "repos")},
            "/repos": {"get": op("repos/list", "repos"), "post": op("list", "repos")},
            "/accounts": {"get": op("Accounts_ListByResourceGroup", "Accounts"),
                          "post": op("Accounts_Create", "Accounts", **{"x-fern-sdk-method-name": "accounts_create"})},
            "/v1/2fa": {"get": op("v1_2fa", "v1")},
        },
    }
    out = generated_from(spec, tmp_path)
    assert sorted(p.relative_to(out / "docs").as_posix() for p in (out / "docs").glob("*/*.md")) == [
        "accounts/accounts_create.md", "accounts/list_by_resource_group.md", "repos/create_fork.md",
        "repos/delete.md", "repos/get.md", "repos/list.md", "repos/repos_list.md", "v1/v1_2fa.md"]
    with RecordingServer() as server, generated_package(out / "python", "prefixed") as package:
        with package.Client(base_url=server.url) as client:
            client.repos.get(name="a")
            client.repos.delete(name="a")
            client.repos.create_fork(name="a")
            client.repos.repos_list()  # `list` is the other operation's
            client.repos.list()
            client.accounts.list_by_resource_group()
            client.accounts.accounts_create()  # Fern's name, as it is
            client.v1.v1_2fa()  # `2fa` is no name
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/repos/a"), ("DELETE", "/repos/a"), ("POST", "/repos/a/forks"), ("GET", "/repos"), ("POST", "/repos"),
        ("GET", "/accounts"), ("POST", "/accounts"), ("GET", "/v1/2fa")]


def test_names_longer_than_a_file_name_may_be(tmp_path: Path) -> None:
    """Microsoft Graph's operationIds (APIs.guru) make method names of 300 characters and
    more; its docs page, named after the method, could not be written. Files take the name's
    start and a hash of the whole; the method and the resource keep their names."""
    long_tag = "entitlement management " * 12
    long_id = "accessPackageAssignments.accessPackage.accessPackageResourceRoleScopes." * 5
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Graph", "version": "1"},
        "paths": {"/roles": {"get": {"tags": [long_tag], "operationId": long_id,
                                     "responses": {"204": {"description": "None."}}}}},
    }
    generated_from(spec, tmp_path)
    group, method = snake_case(long_tag), snake_case(long_id)
    [page] = (tmp_path / "out" / "docs").glob("*/*.md")
    assert len(page.name) < 120 and len(page.parent.name) < 120
    assert page.name.startswith(method[:40]) and page.parent.name.startswith(group[:40])
    assert f"]({page.parent.name}/{page.name})" in (tmp_path / "out" / "docs" / "README.md").read_text()
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "graph") as package:
        with package.Client(base_url=server.url) as client:
            getattr(getattr(client, group), method)()
    assert [request.path for request in server.requests] == ["/roles"]


def test_a_method_with_a_summary_alone_has_a_one_line_docstring_black_keeps(tmp_path: Path) -> None:
    """Microsoft Graph's actions (`revokeSignInSessions`) have a summary and nothing else to
    document: the docstring closed on a line of its own, which black joins, so every such
    method cost a black run (21 of Graph's). It is written on one line, as black writes it
    (each summary's bytes: tests/test_black_shaped_literals.py)."""
    ok = {"204": {"description": "done"}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Actions", "version": "1"},
        "paths": {
            "/me/revoke": {"post": {"operationId": "revoke", "tags": ["me"], "summary": "Invoke action revoke",
                                    "responses": ok}},
            "/me/described": {"post": {"operationId": "described", "tags": ["me"], "summary": "Described",
                                       "description": "More.", "responses": ok}},
        },
    }
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    result = run_generator("generate", "--spec", tmp_path / "openapi.json", "--out", tmp_path / "out", "--profile")
    assert result.returncode == 0, result.stderr
    module = (tmp_path / "out" / "python" / "actions" / "resources" / "me.py").read_text()
    assert '        """Invoke action revoke"""\n' in module
    assert '        """Described\n\n        More.\n        """\n' in module
    assert re.search(r"format \(.*; 0 texts to black\)", result.stderr), result.stderr


def test_a_fragment_in_a_path_key_names_no_group(tmp_path: Path) -> None:
    """AWS's JSON and query APIs key each operation by a fragment of the root path
    (`/#X-Amz-Target=AmazonSSM.AddTagsToResource`, `/#Action=DescribeInstances`; 151 of
    APIs.guru's descriptions), others a resource's (`/tags#resourceArn`). A fragment is not
    sent and names no resource: it made each operation a group of its own,
    `client.x_amz_target_amazon_ssm_add_tags_to_resource.add_tags_to_resource()`."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Fragments", "version": "1"},
        "paths": {
            "/#X-Amz-Target=AmazonSSM.AddTagsToResource": {"post": {"operationId": "AddTagsToResource", "responses": ok}},
            "/#X-Amz-Target=AmazonSSM.ListTags": {"post": {"operationId": "ListTags", "responses": ok}},
            "/tags#resourceArn": {"get": {"operationId": "ListTagsForResource", "responses": ok}},
        },
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "fragments") as package:
        with package.Client(base_url=server.url) as client:
            client.default.add_tags_to_resource()
            client.default.list_tags()
            client.tags.list_tags_for_resource()
        paths = [request.path for request in server.requests]
    assert paths == ["/", "/", "/tags"]
    assert sorted(p.name for p in (tmp_path / "out" / "python" / "fragments" / "resources").glob("*.py")) == [
        "__init__.py", "default.py", "tags.py"]


def test_an_action_offered_by_two_methods_is_one_method(tmp_path: Path) -> None:
    """AWS's query APIs offer each action by GET and by POST, at a fragment of the root path
    (`/#Action=DescribeThings`, `GET_DescribeThings` and `POST_DescribeThings`: EC2's 1,188
    operations are 594 actions). One route under two methods is one method of the client,
    sent by POST, as a route is elsewhere. An action offered by one method alone is named
    by the action too, unless its group holds that name twice (SQS offers `AddPermission` by
    GET at a queue's path and by POST at the root: `get_add_permission`, `post_add_permission`).
    Elsewhere a method's name before the rest is part of it: REST's `getPet` and `deletePet`
    of one path stay two (test_model.py)."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    query = [{"name": "Name", "in": "query", "schema": {"type": "string"}}]
    form = {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": {"Name": {"type": "string"}}}}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Actions", "version": "1"},
        "paths": {
            "/#Action=DescribeThings": {
                "get": {"operationId": "GET_DescribeThings", "parameters": query, "responses": ok},
                "post": {"operationId": "POST_DescribeThings", "requestBody": form, "responses": ok},
            },
            "/#Action=ListThings": {"get": {"operationId": "GET_ListThings", "parameters": query, "responses": ok}},
            "/{Queue}/#Action=AddThing": {
                "get": {"operationId": "GET_AddThing", "parameters": [*query, {"name": "Queue", "in": "path", "required": True, "schema": {"type": "string"}}], "responses": ok}
            },
            "/#Action=AddThing": {"post": {"operationId": "POST_AddThing", "requestBody": form, "responses": ok}},
        },
    }
    generated_from(spec, tmp_path)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "actions") as package:
        with package.Client(base_url=server.url) as client:
            client.default.describe_things(name="a")
            client.default.list_things(name="b")
            client.default.get_add_thing(queue="q", name="c")
            client.default.post_add_thing(name="d")
            assert not hasattr(client.default, "get_describe_things") and not hasattr(client.default, "post_describe_things")
            assert not hasattr(client.default, "get_list_things") and not hasattr(client.default, "add_thing")
        sent = [(request.method, request.raw_target, request.body) for request in server.requests]
    assert sent == [("POST", "/", "Name=a"), ("GET", "/?Name=b", None), ("GET", "/q/?Name=c", None), ("POST", "/", "Name=d")]


def test_the_config_names_an_operation_s_place_in_the_client(tmp_path: Path) -> None:
    """`client.names` gives an operation its group and method, whatever the description
    says, so that an SDK keeps its names across releases and upgrades. A name given to one
    method of a route offered under two (Seam's GET and POST) is the route's; a name for an
    operation the description lacks (one removed, or not there yet) is no error."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Pinned", "version": "1"},
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "tags": ["things"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": ok,
                }
            },
            "/things": {"get": {"operationId": "listThings", "tags": ["things"], "responses": ok}},
            "/items/list": {
                method: {"x-fern-sdk-group-name": "items", "x-fern-sdk-method-name": "list", "responses": ok}
                for method in ("get", "post")
            },
            "/everything": {"get": {"operationId": "everything", "tags": ["things"], "responses": ok}},
        },
    }
    config = tmp_path / "config.yaml"
    config.write_text(
        "client:\n  names:\n"
        "    GET /things/{id}: catalog.things.fetch\n"
        "    POST /items/list: stock.list_all\n"
        "    DELETE /gone: things.remove\n"
        "    GET /everything: things.list_things\n"  # a name another operation has: the config's wins
    )
    generated_from(spec, tmp_path, "--config", config)
    with RecordingServer() as server, generated_package(tmp_path / "out" / "python", "pinned") as package:
        with package.Client(base_url=server.url) as client:
            client.catalog.things.fetch(id_="t1")
            client.things.list_things_2()
            client.stock.list_all()
            client.things.list_things()
            assert not hasattr(client.things, "get_thing") and not hasattr(client, "items")
        sent = [(request.method, request.raw_target) for request in server.requests]
    assert sent == [("GET", "/things/t1"), ("GET", "/things"), ("POST", "/items/list"), ("GET", "/everything")]
    config.write_text("client:\n  names:\n    GET /things/{id}: fetch\n")
    refused = run_generator("generate", "--spec", tmp_path / "openapi.json", "--out", tmp_path / "out", "--config", config)
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        f"error: {config}#/client/names/GET ~1things~1{{id}}: 'fetch' is no client name: a group and a method,"
        " lower-case Python names, as in 'repos.get'"
    ]
