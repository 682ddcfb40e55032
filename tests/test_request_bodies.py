"""Request and response bodies as real descriptions write them, each from an API in
APIs.guru's directory where a client generated from it sent what its description does not
take (found by `benchmarks/generality_sweep.py --call`). Each call goes to a real server on
loopback, which records it."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import RecordingServer, Reply, generated_package
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


def _sent(package: Any, call: Any) -> Any:
    with RecordingServer() as server, package.Client(base_url=server.url) as client:
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
