"""Requests as real descriptions write them (bodies, paths), each from an API in
APIs.guru's directory where a client generated from it sent what its description does not
take (found by `benchmarks/generality_sweep.py --call`). Each call goes to a real server on
loopback, which records it."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from conftest import RecordingServer, Reply, generated_package, run_generator
from test_generality import generated_from

OBJECT = {"type": "object", "properties": {"name": {"type": "string"}, "size": {"type": "integer"}}}
NOTE = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}


def _operation(media_types: dict[str, Any], required: bool = False, answer: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "requestBody": {"required": required, "content": {m: {"schema": s} for m, s in media_types.items()}},
        "responses": {"200": {"description": "Done.", "content": answer or {"application/json": {"schema": NOTE}}}},
    }


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Bodies", "version": "1"},
    "paths": {
        # Zuora: 170 of its operations take and give `application/json; charset=utf-8`
        "/charset": {"post": {"operationId": "charset", "tags": ["b"], **_operation(
            {"application/json; charset=utf-8": OBJECT},
            answer={"application/json; charset=utf-8": {"schema": NOTE}})}},
        # Amadeus: JSON under a vendor's name; Kubernetes: PATCH offers only +json types
        "/vendor": {"post": {"operationId": "vendor", "tags": ["b"], **_operation({"application/vnd.amadeus+json": OBJECT})}},
        "/patch": {"patch": {"operationId": "patch", "tags": ["b"], **_operation(
            {"application/merge-patch+json": OBJECT, "application/apply-patch+yaml": OBJECT})}},
        # ASP.NET lists a wildcard beside the real types
        "/wildcard": {"post": {"operationId": "wildcard", "tags": ["b"], **_operation(
            {"application/*+json": OBJECT, "text/json": OBJECT})}},
        # Browshot, files.com, PeerTube: multipart forms whose fields are all text
        "/multipart": {"post": {"operationId": "multipart", "tags": ["b"], **_operation(
            {"multipart/form-data": {"type": "object", "properties": {
                "title": {"type": "string"}, "file": {"type": "string", "format": "binary"}}}}, required=True)}},
        "/form": {"post": {"operationId": "form", "tags": ["b"], **_operation(
            {"application/x-www-form-urlencoded": OBJECT}, required=True)}},
        # PeerTube: a binary string among JSON properties; noosh: a JSON body that is one
        "/binary-property": {"post": {"operationId": "binaryProperty", "tags": ["b"], **_operation(
            {"application/json": {"type": "object", "required": ["filename"], "properties": {
                "filename": {"type": "string"}, "thumbnail": {"type": "string", "format": "binary"}}}})}},
        "/binary-body": {"post": {"operationId": "binaryBody", "tags": ["b"], **_operation(
            {"application/json": {"type": "string", "format": "binary"}})}},
        # FaceCheck: an array of files in a multipart form; an array in a urlencoded one
        "/files": {"post": {"operationId": "files", "tags": ["b"], **_operation(
            {"multipart/form-data": {"type": "object", "properties": {
                "images": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "tags": {"type": "array", "items": {"type": "string"}}}}})}},
        "/tags": {"post": {"operationId": "tags", "tags": ["b"], **_operation(
            {"application/x-www-form-urlencoded": {"type": "object", "properties": {
                "tag": {"type": "array", "items": {"type": "string"}}}}})}},
        # Stripe: a form whose `encoding` gives objects and arrays the deepObject style
        "/charges": {"post": {"operationId": "charge", "tags": ["b"], "requestBody": {"content": {
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "properties": {
                    "amount": {"type": "integer"},
                    "metadata": {"type": "object", "additionalProperties": {"type": "string"}},
                    "items": {"type": "array", "items": {"type": "object", "properties": {
                        "price": {"type": "string"}, "quantity": {"type": "integer"}}}},
                    "expand": {"type": "array", "items": {"type": "string"}},
                    "ids": {"type": "array", "items": {"type": "string"}},
                    "shipping": {"type": "object", "properties": {"name": {"type": "string"}}},
                    "address": {"type": "object", "properties": {"city": {"type": "string"}, "zip": {"type": "string"}}}}},
                "encoding": {
                    "metadata": {"style": "deepObject", "explode": True},
                    "items": {"style": "deepObject", "explode": True},
                    "expand": {"style": "deepObject", "explode": True},
                    "ids": {"explode": False},
                    "address": {"style": "form"},
                    "shipping": {"contentType": "application/json"}}}}},
            "responses": {"200": {"description": "Done.", "content": {"application/json": {"schema": NOTE}}}}}},
        # a multipart form with an object part (JSON, as Spring's @RequestPart reads only with
        # its type), a file and a text part whose types the encoding gives
        "/upload": {"post": {"operationId": "upload", "tags": ["b"], "requestBody": {"content": {
            "multipart/form-data": {
                "schema": {"type": "object", "properties": {
                    "meta": {"type": "object", "properties": {"title": {"type": "string"}}},
                    "picture": {"type": "string", "format": "binary"},
                    "note": {"type": "string"}, "plain": {"type": "string"}}},
                "encoding": {"picture": {"contentType": "image/png"}, "note": {"contentType": "text/markdown"}}}}},
            "responses": {"200": {"description": "Done.", "content": {"application/json": {"schema": NOTE}}}}}},
        # FreeTV, Flickr: a path key fixing query parameters, beside others; AWS: a fragment
        "/services?funcs=News&mobile=1": {"get": {"operationId": "news", "tags": ["b"], "parameters": [
            {"name": "language", "in": "query", "required": True, "schema": {"type": "string"}}],
            "responses": {"204": {"description": "Done."}}}},
        "/#X-Amz-Target=Service.Act": {"post": {"operationId": "act", "tags": ["b"], **_operation({"application/json": OBJECT})}},
        # GitHub: a path parameter whose pattern allows `.` and `..`
        "/clusters/{cluster}/jobs": {"get": {"operationId": "getClusterJobs", "tags": ["b"], "parameters": [
            {"name": "cluster", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[a-zA-Z0-9._-]+$"}}],
            "responses": {"204": {"description": "Done."}}}},
        # Clever Cloud: a path beginning with two slashes
        "//openapi": {"get": {"operationId": "openapi", "tags": ["b"], "responses": {"204": {"description": "Done."}}}},
        # a response offering text first and JSON after: the client reads the JSON
        "/text-first": {"get": {"operationId": "textFirst", "tags": ["b"], "responses": {"200": {
            "description": "Done.", "content": {"text/plain": {"schema": {"type": "string"}},
                                                "application/json": {"schema": NOTE}}}}}},
    },
}


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = generated_from(SPEC, tmp_path_factory.mktemp("bodies"))
    with generated_package(out / "python", "bodies") as package:
        yield package


def _sent(package: Any, call: Any, base: str = "") -> Any:
    with RecordingServer() as server, package.Client(base_url=server.url + base) as client:
        server.replies = {(m, p): Reply(body={"id": "n1"}) for m in ("GET", "POST", "PATCH")
                          for p in SPEC["paths"]}  # type: ignore[attr-defined]
        result = call(client.b)
        [request] = server.requests
    return request, result


def test_json_with_a_charset_is_json_both_ways(bodies: Any) -> None:
    request, result = _sent(bodies, lambda b: b.charset(name="a", size=2))
    assert request.headers["content-type"] == "application/json; charset=utf-8"
    assert request.body == {"name": "a", "size": 2}
    assert isinstance(result, bodies.models.Model) and result.id == "n1"


@pytest.mark.parametrize(("method", "declared"), [
    ("vendor", "application/vnd.amadeus+json"),
    ("patch", "application/merge-patch+json"),
    ("wildcard", "text/json"),
])
def test_json_under_another_name_is_sent_under_that_name(bodies: Any, method: str, declared: str) -> None:
    request, _ = _sent(bodies, lambda b: getattr(b, method)(name="a"))
    assert request.headers["content-type"] == declared
    assert request.body == {"name": "a"}


def test_a_multipart_form_is_multipart_without_a_file_and_with_nothing_given(bodies: Any) -> None:
    request, _ = _sent(bodies, lambda b: b.multipart(title="Rex"))
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert 'name="title"' in request.body and "Rex" in request.body and "filename" not in request.body
    request, _ = _sent(bodies, lambda b: b.multipart())
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    boundary = request.headers["content-type"].split("boundary=")[1]
    assert request.body == f"--{boundary}--\r\n"  # a form with no part: the required body is sent


def test_an_empty_urlencoded_form_is_still_a_form(bodies: Any) -> None:
    request, _ = _sent(bodies, lambda b: b.form())
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.headers["content-length"] == "0" and request.body is None


def test_binary_in_json_goes_as_base64_and_a_binary_json_body_as_its_bytes(bodies: Any) -> None:
    request, _ = _sent(bodies, lambda b: b.binary_property(filename="a.mp4", thumbnail=b"\x89PNG"))
    assert request.body == {"filename": "a.mp4", "thumbnail": base64.b64encode(b"\x89PNG").decode()}
    request, _ = _sent(bodies, lambda b: b.binary_body(body=b'{"raw": 1}'))
    assert request.headers["content-type"] == "application/json"
    assert request.body == {"raw": 1}


def test_a_response_offering_json_after_text_is_read_as_json(bodies: Any) -> None:
    _, result = _sent(bodies, lambda b: b.text_first())
    assert result.id == "n1"
    assert json.loads(result.model_dump_json()) == {"id": "n1"}


def test_arrays_in_forms_repeat_their_name(bodies: Any) -> None:
    request, _ = _sent(bodies, lambda b: b.files(images=[b"GIF89a", b"\x89PNG"], tags=["a", "b"]))
    assert request.body.count('name="images"; filename="images"') == 2
    assert "GIF89a" in request.body and "PNG" in request.body
    assert request.body.count('name="tags"\r\n') == 2
    request, _ = _sent(bodies, lambda b: b.tags(tag=["a", "b c"]))
    assert request.body == "tag=a&tag=b+c"


def test_a_form_property_is_sent_in_the_style_its_encoding_gives(bodies: Any) -> None:
    """Stripe describes `metadata[key]=...` and `items[0][price]=...` as deepObject in its
    forms' `encoding`; sent as JSON text (the default for an object without a style), Stripe
    refuses them. A style or explode given is followed; without one, an object is JSON."""
    request, _ = _sent(bodies, lambda b: b.charge(
        amount=100, metadata={"order": "6735", "note": "a b"},
        items=[{"price": "p1", "quantity": 2}, {"price": "p2"}], expand=["customer"],
        ids=["a", "b"], address={"city": "Paris", "zip": "75001"}, shipping={"name": "Rex"}))
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sorted(parse_qsl(request.body)) == sorted([
        ("amount", "100"),
        ("metadata[order]", "6735"), ("metadata[note]", "a b"),
        ("items[0][price]", "p1"), ("items[0][quantity]", "2"), ("items[1][price]", "p2"),
        ("expand[0]", "customer"),
        ("ids", "a,b"),
        ("city", "Paris"), ("zip", "75001"),  # form style, exploded: the object's own pairs
        ("shipping", '{"name": "Rex"}'),
    ])


def test_a_multipart_part_carries_its_type(bodies: Any) -> None:
    request, _ = _sent(bodies, lambda b: b.upload(meta={"title": "Rex"}, picture=b"\x89PNG", note="# Hi", plain="x"))
    boundary = request.headers["content-type"].split("boundary=")[1]
    parts = {part.split('name="')[1].split('"')[0]: part for part in request.body.split("--" + boundary)[1:-1]}
    assert 'Content-Type: application/json\r\n\r\n{"title": "Rex"}\r\n' in parts["meta"]
    assert 'filename="picture"\r\nContent-Type: image/png\r\n' in parts["picture"]
    assert "Content-Type: text/markdown\r\n\r\n# Hi\r\n" in parts["note"]
    assert "Content-Type" not in parts["plain"]


def test_a_path_s_own_query_is_kept_beside_the_arguments_and_its_fragment_is_not_sent(bodies: Any) -> None:
    request, _ = _sent(bodies, lambda b: b.news(language="US"))
    assert request.path == "/services?funcs=News&mobile=1&language=US"
    request, _ = _sent(bodies, lambda b: b.act(name="x"))
    assert request.path == "/" and request.body == {"name": "x"}


def test_a_path_argument_of_dots_stays_in_its_segment(bodies: Any) -> None:
    """GitHub's `cluster` takes `^[a-zA-Z0-9._-]+$`, so `..` too: httpx read it as a step of
    the path and sent `POST /orgs/o/artifacts/.../cluster/../jobs` to `.../deployment-record/jobs`,
    another operation. A path argument stays in its segment."""
    for value, sent in ((".", "%2E"), ("..", "%2E%2E"), ("...", "..."), ("a.b", "a.b")):
        request, _ = _sent(bodies, lambda b: b.get_cluster_jobs(cluster=value))
        assert request.raw_target == f"/clusters/{sent}/jobs"


def test_a_path_beginning_with_two_slashes_is_a_path(bodies: Any) -> None:
    for base in ("", "/v2"):
        request, _ = _sent(bodies, lambda b: b.openapi(), base)
        # the request line's own target: http.server folds a leading `//` in `path`
        assert request.raw_target == base + "//openapi"


def test_coverage_counts_the_body_the_client_sends(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Counted", "version": "1"},
        "paths": {"/c": {"post": {"operationId": "c", "tags": ["b"], **_operation({
            "application/x-www-form-urlencoded": {"type": "object", "properties": {"only": {"type": "string"}}},
            "application/json": OBJECT,  # what the client sends: its two fields are the arguments
        })}}},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    result = run_generator("generate", "--spec", tmp_path / "openapi.json", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "coverage: 1 operations (1 documented), 2 parameters" in result.stdout
