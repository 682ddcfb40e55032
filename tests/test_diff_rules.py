"""Every rule of the catalogue, tested by a pair of spec fragments: old, new, and what it says.

A rule registered without a pair here fails `test_every_rule_has_a_fixture_pair`.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest

from generator.build import build_api
from generator.config import load_config
from generator.diff import RULES, Level, diff_apis
from generator.load import load_spec
from generator.model import Stability

Doc = dict[str, Any]


def base() -> Doc:
    thing = {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "size": {"type": "integer", "minimum": 1, "maximum": 10},
            "kind": {"type": "string", "enum": ["small", "large"]},
            "note": {"type": "string"},
            "shape": {"oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]},
        },
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Things", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "description": "Creates a thing.",
                    "x-response-key": "thing",
                    "security": [{"key": []}],
                    "parameters": [{"name": "dry_run", "in": "query", "schema": {"type": "boolean"}}],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["name"],
                                    "properties": {
                                        "name": {"type": "string", "maxLength": 50},
                                        "color": {"type": "string", "enum": ["red", "blue"], "default": "red"},
                                        "count": {"type": "integer"},
                                        "when": {"type": "string", "format": "date-time"},
                                        "label": {"type": "string", "nullable": True},
                                        "shape": {
                                            "oneOf": [
                                                {"$ref": "#/components/schemas/Circle"},
                                                {"$ref": "#/components/schemas/Square"},
                                            ]
                                        },
                                        "spaces": {"type": "array", "items": {"$ref": "#/components/schemas/Space"}},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["thing"],
                                        "properties": {"thing": {"$ref": "#/components/schemas/Thing"}},
                                    }
                                }
                            },
                        },
                        "400": {"description": "Bad"},
                    },
                }
            },
            "/other": {"get": {"operationId": "other", "responses": {"204": {"description": "none"}}}},
        },
        "components": {
            "securitySchemes": {
                "key": {"type": "http", "scheme": "bearer"},
                "other": {"type": "apiKey", "in": "header", "name": "x-other"},
            },
            "schemas": {
                "Thing": thing,
                "Space": {
                    "type": "object",
                    "required": ["space_key"],
                    "properties": {"space_key": {"type": "string"}, "name": {"type": "string"}},
                },
                "Circle": {"type": "object", "properties": {"shape_type": {"type": "string", "enum": ["circle"]}}},
                "Square": {"type": "object", "properties": {"shape_type": {"type": "string", "enum": ["square"]}}},
                "Triangle": {"type": "object", "properties": {"shape_type": {"type": "string", "enum": ["triangle"]}}},
            },
        },
    }


def op(doc: Doc) -> Doc:
    return doc["paths"]["/things"]["post"]


def body(doc: Doc) -> Doc:
    return op(doc)["requestBody"]["content"]["application/json"]["schema"]["properties"]


def thing(doc: Doc) -> Doc:
    return doc["components"]["schemas"]["Thing"]["properties"]


def request_body(doc: Doc) -> Doc:
    return op(doc)["requestBody"]


def offered_by_get_too(doc: Doc) -> None:
    """/things answers GET as well as POST: one operation of two methods, as Seam's are."""
    op(doc)["x-fern-sdk-method-name"] = "create"
    get = copy.deepcopy(op(doc))
    del get["requestBody"]
    get["operationId"] = "createThingByGet"
    doc["paths"]["/things"]["get"] = get


def named_create_returning_a_thing(doc: Doc) -> None:
    """`create`, whose request body is a class named from the method (its response, a
    component's class, is not)."""
    op(doc)["x-fern-sdk-method-name"] = "create"
    op(doc)["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Thing"}


def shares_its_method_name(doc: Doc) -> None:
    """Another group's operation is named `create` too: the classes named from the method
    take the group's name before it."""
    doc["paths"]["/others"] = {
        "post": {"x-fern-sdk-method-name": "create", "responses": {"204": {"description": "none"}}}
    }


def form_too(doc: Doc) -> None:
    content = request_body(doc)["content"]
    content["application/x-www-form-urlencoded"] = copy.deepcopy(content["application/json"])


def required(doc: Doc) -> list[str]:
    return op(doc)["requestBody"]["content"]["application/json"]["schema"]["required"]


def param(doc: Doc) -> Doc:
    return op(doc)["parameters"][0]


Mutation = Callable[[Doc], None]


def _set(getter: Callable[[Doc], Doc], key: str, value: Any) -> Mutation:
    return lambda doc: getter(doc).__setitem__(key, value)


def _del(getter: Callable[[Doc], Any], key: Any) -> Mutation:
    return lambda doc: getter(doc).pop(key)


def _both(*mutations: Mutation) -> Mutation:
    def apply(doc: Doc) -> None:
        for mutation in mutations:
            mutation(doc)

    return apply


# The new side is the base itself (the old side being a changed base).
BASE = None

# (rule id, change to the base giving OLD, change to OLD giving NEW or BASE, expected message)
PAIRS: list[tuple[str, Mutation | None, Mutation | None, str]] = [
    ("endpoint-added", _del(lambda d: d["paths"], "/things"), BASE, "operation added"),
    ("endpoint-removed", None, _del(lambda d: d["paths"], "/things"), "operation removed"),
    ("endpoint-added", _set(op, "x-fern-sdk-method-name", "create"), offered_by_get_too, "method `GET` of this route added"),
    ("endpoint-removed", offered_by_get_too, _del(lambda d: d["paths"]["/things"], "get"), "method `GET` of this route removed"),
    ("endpoint-deprecated", None, _set(op, "deprecated", True), "operation deprecated"),
    ("stability-raised", _set(op, "x-stability-level", "alpha"), _set(op, "x-stability-level", "beta"), "stability raised from alpha to beta"),
    ("stability-lowered", None, _set(op, "x-stability-level", "alpha"), "stability lowered from stable to alpha"),
    ("security-added", _set(op, "security", []), BASE, "operation now requires authentication"),
    ("security-removed", None, _set(op, "security", []), "operation no longer requires authentication"),
    ("security-alternative-added", None, _set(op, "security", [{"key": []}, {"other": []}]), "security requirement `other` added"),
    ("security-alternative-removed", _set(op, "security", [{"key": []}, {"other": []}]), BASE, "security requirement `other` removed"),
    ("security-scheme-changed", None, _set(lambda d: d["components"]["securitySchemes"], "key", {"type": "apiKey", "in": "header", "name": "X-Key"}), "security scheme `key` changed from HTTP bearer credentials to API key in header `x-key`"),
    ("client-method-renamed", None, _set(op, "operationId", "makeThing"), "client method `client.things.create_thing` is now `client.things.make_thing`"),
    ("client-class-renamed", named_create_returning_a_thing, shares_its_method_name, "class `models.CreateRequest` is now `models.ThingsCreateRequest`"),
    ("response-key-changed", None, _set(op, "x-response-key", "item"), "response key changed from `thing` to `item`"),
    ("description-changed", None, _set(op, "description", "Makes a thing."), "description changed"),
    ("request-parameter-added-required", None, _both(_del(op, "parameters"), _set(op, "parameters", [{"name": "v", "in": "query", "required": True, "schema": {"type": "string"}}])), "required query parameter `v` added"),
    ("request-parameter-added", _set(op, "parameters", []), BASE, "optional query parameter `dry_run` added"),
    ("request-parameter-removed", None, _set(op, "parameters", []), "query parameter `dry_run` removed"),
    ("request-parameter-became-required", None, _set(param, "required", True), "query parameter `dry_run` became required"),
    ("request-parameter-became-optional", _set(param, "required", True), BASE, "query parameter `dry_run` became optional"),
    ("request-property-added-required", None, _both(_set(body, "size", {"type": "integer"}), lambda d: required(d).append("size")), "required request property `size` added"),
    ("request-property-added", None, _set(body, "size", {"type": "integer"}), "optional request property `size` added"),
    ("request-property-removed", None, _del(body, "count"), "request property `count` removed"),
    ("request-property-became-required", None, lambda d: required(d).append("count"), "request property `count` became required"),
    ("request-property-became-optional", None, lambda d: op(d)["requestBody"]["content"]["application/json"]["schema"].pop("required"), "request property `name` became optional"),
    ("request-parameter-style-changed", _set(param, "schema", {"type": "array", "items": {"type": "string"}}), lambda d: param(d).__setitem__("explode", False), "query parameter `dry_run` style changed from form, exploded to form, not exploded"),
    ("request-property-became-read-only", None, _set(body, "count", {"type": "integer", "readOnly": True}), "request property `count` became read-only"),
    ("response-property-became-write-only", None, _set(thing, "note", {"type": "string", "writeOnly": True}), "response property `thing.note` became write-only"),
    ("request-parameter-deprecated", None, _set(param, "deprecated", True), "query parameter `dry_run` deprecated"),
    ("request-property-deprecated", None, _set(body, "count", {"type": "integer", "deprecated": True}), "request property `count` deprecated"),
    ("response-property-deprecated", None, _set(thing, "note", {"type": "string", "deprecated": True}), "response property `thing.note` deprecated"),
    ("request-body-added-required", _del(op, "requestBody"), lambda d: op(d).__setitem__("requestBody", {**request_body(base()), "required": True}), "required request body added"),
    ("request-body-added", _del(op, "requestBody"), BASE, "optional request body added"),
    ("request-body-removed", None, _del(op, "requestBody"), "request body removed"),
    ("request-body-became-required", None, _set(request_body, "required", True), "request body became required"),
    ("request-body-became-optional", _set(request_body, "required", True), BASE, "request body became optional"),
    ("request-media-type-added", None, form_too, "request body media type `application/x-www-form-urlencoded` added"),
    ("request-media-type-removed", form_too, BASE, "request body media type `application/x-www-form-urlencoded` removed"),
    ("request-type-changed", None, _set(body, "count", {"type": "string"}), "`count` type changed from integer to string"),
    ("request-format-changed", None, _set(body, "when", {"type": "string", "format": "date"}), "`when` format changed from `date-time` to `date`"),
    ("request-format-changed", _set(body, "when", {"type": "string", "format": "binary"}), _set(body, "when", {"type": "string"}), "`when` format changed from `binary` to none"),
    ("request-format-removed", None, _set(body, "when", {"type": "string"}), "`when` format changed from `date-time` to none"),
    ("request-enum-value-added", None, _set(body, "color", {"type": "string", "enum": ["red", "blue", "green"], "default": "red"}), "`color` accepts new enum value `green`"),
    ("request-enum-value-removed", None, _set(body, "color", {"type": "string", "enum": ["red"], "default": "red"}), "`color` no longer accepts enum value `blue`"),
    ("request-became-nullable", None, _set(body, "count", {"type": "integer", "nullable": True}), "`count` became nullable"),
    ("request-became-not-nullable", None, _set(body, "label", {"type": "string"}), "`label` became not nullable"),
    ("request-constraint-tightened", None, _set(body, "name", {"type": "string", "maxLength": 20}), "`name` maxLength changed from `50` to `20`"),
    ("request-constraint-loosened", None, _set(body, "name", {"type": "string"}), "`name` maxLength changed from `50` to none"),
    ("request-default-changed", None, _set(body, "color", {"type": "string", "enum": ["red", "blue"], "default": "blue"}), "`color` default changed from `red` to `blue`"),
    ("request-variant-added", None, lambda d: body(d)["shape"]["oneOf"].append({"$ref": "#/components/schemas/Triangle"}), "`shape` variant `triangle` added"),
    ("request-variant-removed", lambda d: body(d)["shape"]["oneOf"].append({"$ref": "#/components/schemas/Triangle"}), BASE, "`shape` variant `triangle` removed"),
    ("request-type-changed", _set(body, "count", {"type": "number"}), BASE, "`count` type changed from number to integer"),
    ("request-type-widened", None, _set(body, "count", {"type": "number"}), "`count` type changed from integer to number"),
    ("response-type-changed", None, _set(thing, "size", {"type": "number"}), "`thing.size` type changed from integer to number"),
    ("response-type-narrowed", _set(thing, "size", {"type": "number"}), BASE, "`thing.size` type changed from number to integer"),
    ("response-type-changed", None, _set(thing, "size", {"type": "string"}), "`thing.size` type changed from integer to string"),
    ("response-format-changed", None, _set(thing, "note", {"type": "string", "format": "date-time"}), "`thing.note` format changed from none to `date-time`"),
    ("response-enum-value-added", None, _set(thing, "kind", {"type": "string", "enum": ["small", "large", "huge"]}), "`thing.kind` may return new enum value `huge`"),
    ("response-enum-value-removed", None, _set(thing, "kind", {"type": "string", "enum": ["small"]}), "`thing.kind` no longer returns enum value `large`"),
    ("response-became-nullable", None, _set(thing, "note", {"type": "string", "nullable": True}), "`thing.note` became nullable"),
    ("response-became-not-nullable", _set(thing, "note", {"type": "string", "nullable": True}), BASE, "`thing.note` became not nullable"),
    ("response-constraint-changed", None, _set(thing, "size", {"type": "integer", "minimum": 1, "maximum": 5}), "`thing.size` maximum changed from `10` to `5`"),
    ("response-variant-added", None, lambda d: thing(d)["shape"]["oneOf"].append({"$ref": "#/components/schemas/Triangle"}), "`thing.shape` variant `triangle` added"),
    ("response-variant-removed", lambda d: thing(d)["shape"]["oneOf"].append({"$ref": "#/components/schemas/Triangle"}), BASE, "`thing.shape` variant `triangle` removed"),
    ("response-property-added", None, _set(thing, "weight", {"type": "number"}), "response property `thing.weight` added"),
    ("response-property-removed", None, _del(thing, "note"), "response property `thing.note` removed"),
    ("response-property-became-optional", None, lambda d: d["components"]["schemas"]["Thing"].pop("required"), "response property `thing.id` became optional"),
    ("response-property-became-required", None, lambda d: d["components"]["schemas"]["Thing"]["required"].append("note"), "response property `thing.note` became required"),
    ("response-status-added", None, lambda d: op(d)["responses"].__setitem__("404", {"description": "Missing"}), "response status 404 added"),
    ("response-success-status-removed", lambda d: op(d)["responses"].__setitem__("201", {"description": "Created"}), BASE, "response status 201 removed"),
    ("response-error-status-removed", None, _del(lambda d: op(d)["responses"], "400"), "response status 400 removed"),
    ("response-header-added", None, _set(lambda d: op(d)["responses"]["200"], "headers", {"Location": {"schema": {"type": "string"}}}), "response 200 header `Location` added"),
    ("response-header-removed", _set(lambda d: op(d)["responses"]["200"], "headers", {"Location": {"schema": {"type": "string"}}}), BASE, "response 200 header `Location` removed"),
    ("response-media-type-added", None, lambda d: op(d)["responses"]["200"]["content"].__setitem__("text/csv", {"schema": {"type": "string"}}), "response 200 media type `text/csv` added"),
    ("response-media-type-removed", lambda d: op(d)["responses"]["200"]["content"].__setitem__("text/csv", {"schema": {"type": "string"}}), BASE, "response 200 media type `text/csv` removed"),
]

LEVELS = {r.id: r.level for r in RULES}


def build(doc: Doc, tmp_path: Path, name: str, config: Path | None = None):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(doc))
    return build_api(load_spec(path), load_config(config))


def changes_between(old_doc: Doc, new_doc: Doc, tmp_path: Path, config: Path | None = None, **kwargs: Any):
    return diff_apis(build(old_doc, tmp_path, "old", config), build(new_doc, tmp_path, "new", config), **kwargs)


def test_every_rule_has_a_fixture_pair() -> None:
    assert {r.id for r in RULES} == {rule_id for rule_id, *_ in PAIRS}


def test_rule_ids_are_stable_kebab_case() -> None:
    for registered in RULES:
        assert registered.id == registered.id.lower() and " " not in registered.id
        assert registered.description, f"{registered.id} has no docstring saying what it catches"


@pytest.mark.parametrize(("rule_id", "make_old", "make_new", "message"), PAIRS, ids=[p[0] for p in PAIRS])
def test_rule_fires_on_its_pair(
    rule_id: str, make_old: Mutation | None, make_new: Mutation | None, message: str, tmp_path: Path
) -> None:
    old_doc = base()
    if make_old:
        make_old(old_doc)
    if make_new is BASE:
        new_doc = base()
    else:
        new_doc = copy.deepcopy(old_doc)
        make_new(new_doc)
    changes = changes_between(old_doc, new_doc, tmp_path)
    fired = [c for c in changes if c.id == rule_id]
    assert [c.message for c in fired] == [message], [(c.id, c.message) for c in changes]
    assert fired[0].level is LEVELS[rule_id]
    assert fired[0].operation in ("POST /things", "GET /other")
    assert fired[0].location.startswith("/")
    # and nothing fires between a spec and itself
    assert changes_between(new_doc, copy.deepcopy(new_doc), tmp_path) == ()


def test_changes_are_followed_through_ref_and_arrays(tmp_path: Path) -> None:
    new_doc = base()
    new_doc["components"]["schemas"]["Space"]["properties"]["space_key"]["maxLength"] = 8
    new_doc["components"]["schemas"]["Space"]["required"].append("name")
    changes = changes_between(base(), new_doc, tmp_path)
    assert [(c.id, c.message) for c in changes] == [
        ("request-constraint-tightened", "`spaces[].space_key` maxLength changed from none to `8`"),
        ("request-property-became-required", "request property `spaces[].name` became required"),
    ]
    assert changes[0].location == "/components/schemas/Space/properties/space_key"


def test_breaking_changes_in_alpha_are_tolerated_and_in_beta_are_not(tmp_path: Path) -> None:
    old_doc, new_doc = base(), base()
    new_doc["paths"]["/things"]["post"]["requestBody"]["content"]["application/json"]["schema"]["required"].append("count")
    for level, tolerated in (("draft", True), ("alpha", True), ("beta", False), ("stable", False)):
        op(old_doc)["x-stability-level"] = op(new_doc)["x-stability-level"] = level
        [change] = changes_between(old_doc, new_doc, tmp_path)
        assert change.level is Level.BREAKING
        assert (change.stability.value, change.tolerated) == (level, tolerated)
    # the threshold is configurable: at "stable", beta may break too
    op(old_doc)["x-stability-level"] = op(new_doc)["x-stability-level"] = "beta"
    [change] = changes_between(old_doc, new_doc, tmp_path, threshold=Stability.STABLE)
    assert change.tolerated


def test_config_stability_wins_and_lowering_is_judged_by_the_old_level(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("stability:\n  groups:\n    things: alpha\n")
    new_doc = base()
    new_doc["components"]["schemas"]["Thing"].pop("required")
    changes = changes_between(base(), new_doc, tmp_path, config)
    assert [(c.id, c.stability.value, c.tolerated) for c in changes] == [
        ("response-property-became-optional", "alpha", True)
    ]
    old_doc = base()
    op(old_doc)["x-stability-level"] = "stable"
    new_doc = base()
    op(new_doc)["x-stability-level"] = "draft"
    [change] = changes_between(old_doc, new_doc, tmp_path)
    assert (change.id, change.stability.value, change.tolerated) == ("stability-lowered", "stable", False)


def test_property_stability_is_carried(tmp_path: Path) -> None:
    old_doc = base()
    body(old_doc)["count"]["x-stability-level"] = "alpha"
    new_doc = copy.deepcopy(old_doc)
    body(new_doc)["count"]["type"] = "string"
    [change] = changes_between(old_doc, new_doc, tmp_path)
    assert (change.id, change.stability.value, change.tolerated) == ("request-type-changed", "alpha", True)


def test_recursive_schemas_terminate(tmp_path: Path) -> None:
    old_doc = base()
    old_doc["components"]["schemas"]["Thing"]["properties"]["children"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Thing"},
    }
    new_doc = copy.deepcopy(old_doc)
    thing(new_doc)["note"]["type"] = "integer"
    changes = changes_between(old_doc, new_doc, tmp_path)
    assert [c.message for c in changes] == ["`thing.note` type changed from string to integer"]


def test_readme_lists_every_rule() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for registered in RULES:
        assert f"| `{registered.id}` | {registered.level.value} |" in readme, registered.id


def test_a_3_0_exclusive_bound_reads_as_3_1_writes_it(tmp_path: Path) -> None:
    """3.0's `maximum: 10, exclusiveMaximum: true` is 3.1's `exclusiveMaximum: 10`: made
    exclusive, a request bound is tightened; moved from 3.0 to 3.1, it did not change."""
    old_doc, new_doc = base(), base()
    body(old_doc)["count"] = {"type": "integer", "minimum": 1, "maximum": 10, "exclusiveMaximum": False}
    body(new_doc)["count"] = {"type": "integer", "minimum": 1, "maximum": 10, "exclusiveMaximum": True}
    changes = changes_between(old_doc, new_doc, tmp_path)
    assert [(c.id, c.message) for c in changes] == [
        ("request-constraint-tightened", "`count` exclusiveMaximum changed from none to `10`"),
        ("request-constraint-loosened", "`count` maximum changed from `10` to none"),
    ]
    as_3_1 = copy.deepcopy(new_doc)
    as_3_1["openapi"] = "3.1.0"
    body(as_3_1)["label"] = {"type": ["string", "null"]}
    body(as_3_1)["count"] = {"type": "integer", "minimum": 1, "exclusiveMaximum": 10}
    assert changes_between(new_doc, as_3_1, tmp_path) == ()


def test_a_media_type_is_known_by_its_essence(tmp_path: Path) -> None:
    """`application/json; charset=utf-8` is still JSON: naming its charset removes nothing."""
    new_doc = base()
    content = op(new_doc)["responses"]["200"]["content"]
    content["application/json; charset=utf-8"] = content.pop("application/json")
    request = request_body(new_doc)["content"]
    request["Application/JSON"] = request.pop("application/json")
    assert changes_between(base(), new_doc, tmp_path) == ()


def test_a_security_scheme_is_compared_by_what_a_request_carries(tmp_path: Path) -> None:
    """A header's name is case-insensitive and a description is documentation: neither
    changes what clients send; a new name does."""
    old_doc = base()
    op(old_doc)["security"] = [{"other": []}]
    new_doc = copy.deepcopy(old_doc)
    new_doc["components"]["securitySchemes"]["other"] = {"type": "apiKey", "in": "header", "name": "X-Other", "description": "A key."}
    assert changes_between(old_doc, new_doc, tmp_path) == ()
    new_doc["components"]["securitySchemes"]["other"]["name"] = "X-Other-Key"
    [change] = changes_between(old_doc, new_doc, tmp_path)
    assert (change.id, change.location) == ("security-scheme-changed", "/components/securitySchemes/other")
    assert change.message == "security scheme `other` changed from API key in header `x-other` to API key in header `x-other-key`"


def test_a_map_s_values_are_walked_as_an_array_s_items_are(tmp_path: Path) -> None:
    """`additionalProperties` with a schema is a map (Seam's `custom_metadata`): what its values
    may be changes as an array's items do."""
    old_doc = base()
    thing(old_doc)["labels"] = {"type": "object", "additionalProperties": {"type": "string"}}
    body(old_doc)["labels"] = {"type": "object", "additionalProperties": {"type": "string", "enum": ["a", "b"]}}
    new_doc = copy.deepcopy(old_doc)
    thing(new_doc)["labels"]["additionalProperties"] = {"type": "integer"}
    body(new_doc)["labels"]["additionalProperties"]["enum"] = ["a"]
    changes = changes_between(old_doc, new_doc, tmp_path)
    assert [(c.id, c.message) for c in changes] == [
        ("request-enum-value-removed", "`labels{}` no longer accepts enum value `b`"),
        ("response-type-changed", "`thing.labels{}` type changed from string to integer"),
    ]


def test_a_const_is_a_set_of_one_value(tmp_path: Path) -> None:
    """3.1's `const` allows one value: changing it removes the old one and adds the new."""
    old_doc = base()
    old_doc["openapi"] = "3.1.0"
    body(old_doc)["label"] = {"type": ["string", "null"]}
    body(old_doc)["mode"] = {"const": "fast"}
    thing(old_doc)["level"] = {"type": "integer", "const": 1}
    new_doc = copy.deepcopy(old_doc)
    body(new_doc)["mode"] = {"const": "slow"}
    thing(new_doc)["level"] = {"type": "integer", "const": 2}
    changes = changes_between(old_doc, new_doc, tmp_path)
    assert [(c.id, c.message) for c in changes] == [
        ("request-enum-value-added", "`mode` accepts new enum value `slow`"),
        ("request-enum-value-removed", "`mode` no longer accepts enum value `fast`"),
        ("response-enum-value-added", "`thing.level` may return new enum value `2`"),
        ("response-enum-value-removed", "`thing.level` no longer returns enum value `1`"),
    ]


def test_values_are_spelled_as_the_spec_spells_them(tmp_path: Path) -> None:
    """JSON's `null` and `true`, not Python's `None` and `True`."""
    old_doc = base()
    body(old_doc)["count"] = {"type": "integer", "nullable": True}
    body(old_doc)["flag"] = {"type": "boolean", "enum": [True, False]}
    new_doc = copy.deepcopy(old_doc)
    body(new_doc)["count"]["default"] = None
    body(new_doc)["flag"]["enum"] = [False]
    changes = changes_between(old_doc, new_doc, tmp_path)
    assert [c.message for c in changes] == [
        "`count` default changed from none to `null`",
        "`flag` no longer accepts enum value `true`",
    ]


def test_a_header_s_name_has_no_case(tmp_path: Path) -> None:
    old_doc = base()
    op(old_doc)["responses"]["200"]["headers"] = {"Location": {"schema": {"type": "string"}}}
    new_doc = copy.deepcopy(old_doc)
    op(new_doc)["responses"]["200"]["headers"] = {"location": {"schema": {"type": "string"}}}
    assert changes_between(old_doc, new_doc, tmp_path) == ()


def test_a_property_one_side_never_carries_is_not_judged_there(tmp_path: Path) -> None:
    """Clients never send a `readOnly` property, nor receive a `writeOnly` one (a password):
    its changes break no request, or no response, while it stays so."""
    old_doc = base()
    body(old_doc)["created_at"] = {"type": "string", "readOnly": True}
    thing(old_doc)["password"] = {"type": "string", "writeOnly": True}
    new_doc = copy.deepcopy(old_doc)
    body(new_doc)["created_at"] = {"type": "integer", "readOnly": True}
    del thing(new_doc)["password"]
    assert changes_between(old_doc, new_doc, tmp_path) == ()
    del body(new_doc)["created_at"]["readOnly"]  # now sent: for clients, an input added
    assert [c.message for c in changes_between(old_doc, new_doc, tmp_path)] == ["optional request property `created_at` added"]


def test_a_union_of_objects_beside_an_object_is_compared_as_one_object(tmp_path: Path) -> None:
    """Seam's `/acs/encoders/list` body: a `oneOf` of objects in 1.424.0, `allOf: [oneOf,
    {limit}]` (one object in the model) in 1.622.0. Compared as the object a client sends, the
    change breaks no call; a request's object made a union still may, and says so."""
    variants = [
        {"type": "object", "required": [key], "properties": {key: {"type": "string"}, "limit": {"type": "integer"}}}
        for key in ("system_id", "encoder_id")
    ]
    old_doc = base()
    op(old_doc)["requestBody"]["content"]["application/json"]["schema"] = {"oneOf": variants}
    new_doc = copy.deepcopy(old_doc)
    op(new_doc)["requestBody"]["content"]["application/json"]["schema"] = {
        "allOf": [
            {"oneOf": [{**v, "properties": {k: p for k, p in v["properties"].items() if k != "limit"}} for v in variants]},
            {"type": "object", "properties": {"limit": {"type": "integer"}, "page_cursor": {"type": "string"}}},
        ]
    }
    changes = changes_between(old_doc, new_doc, tmp_path)
    assert [(c.id, c.message) for c in changes] == [("request-property-added", "optional request property `page_cursor` added")]
    backwards = changes_between(new_doc, old_doc, tmp_path)
    assert [(c.id, c.message) for c in backwards] == [("request-type-changed", "request body type changed from object to union")]
    # a response's object made a union of objects: what every variant does not hold may be missing
    old_doc, new_doc = base(), base()
    new_doc["components"]["schemas"]["Thing"] = {"oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}]}
    changes = changes_between(old_doc, new_doc, tmp_path)
    assert ("response-property-removed", "response property `thing.id` removed") in [(c.id, c.message) for c in changes]
    assert "response-type-changed" not in [c.id for c in changes]


def test_a_request_object_made_a_union_breaks_no_call_where_a_variant_takes_them_all(tmp_path: Path) -> None:
    """Seam's `/access_grants/get` took an id, and now an id or a key: the first variant takes
    every call the object took."""
    old_doc = base()
    new_doc = copy.deepcopy(old_doc)
    content = op(new_doc)["requestBody"]["content"]["application/json"]
    by_key = {"type": "object", "required": ["key"], "properties": {"key": {"type": "string"}}}
    content["schema"] = {"oneOf": [content["schema"], by_key]}
    assert changes_between(old_doc, new_doc, tmp_path) == ()
    content["schema"]["oneOf"][0]["required"].append("count")  # now no variant takes every call
    assert [c.id for c in changes_between(old_doc, new_doc, tmp_path)] == ["request-type-changed"]


def test_a_scalar_outside_the_path_is_written_alike_in_any_style(tmp_path: Path) -> None:
    """`dry_run=true` reads the same exploded or not; a path's scalar does not (`/things/.5`
    in `label` style)."""
    old_doc = base()
    new_doc = copy.deepcopy(old_doc)
    param(new_doc)["explode"] = False
    assert changes_between(old_doc, new_doc, tmp_path) == ()
    by_id = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    old_doc["paths"]["/things/{id}"] = {"get": {"parameters": by_id, "responses": {"204": {"description": "none"}}}}
    new_doc = copy.deepcopy(old_doc)
    new_doc["paths"]["/things/{id}"]["get"]["parameters"][0]["style"] = "label"
    [change] = changes_between(old_doc, new_doc, tmp_path)
    assert (change.id, change.message) == (
        "request-parameter-style-changed",
        "path parameter `id` style changed from simple, not exploded to label, not exploded",
    )


def test_a_class_renamed_is_told_to_each_operation_using_it_through_others(tmp_path: Path) -> None:
    """The body's class and a class inside it are both renamed: the operation hears of both.
    A class whose content changed with its name is no rename."""
    old_doc = base()
    named_create_returning_a_thing(old_doc)
    body(old_doc)["extra"] = {"type": "object", "properties": {"tag": {"type": "string"}}}
    new_doc = copy.deepcopy(old_doc)
    shares_its_method_name(new_doc)
    renamed = [c.message for c in changes_between(old_doc, new_doc, tmp_path) if c.id == "client-class-renamed"]
    assert renamed == [
        "class `models.CreateRequest` is now `models.ThingsCreateRequest`",
        "class `models.CreateRequestExtra` is now `models.ThingsCreateRequestExtra`",
    ]
    body(new_doc)["count"] = {"type": "number"}  # the body's class changed too: not a rename
    renamed = [c.message for c in changes_between(old_doc, new_doc, tmp_path) if c.id == "client-class-renamed"]
    assert "class `models.CreateRequest` is now `models.ThingsCreateRequest`" not in renamed


def test_a_request_object_split_by_its_discriminator_breaks_no_call(tmp_path: Path) -> None:
    """Seam's `deep_link` (1.977.0): `{resource_type: reservation | space, resource_key}`
    became a `oneOf` of a variant for each type, and one more. Every call it took, one of
    them takes: no type change, and what the variants add is told."""
    old_doc = base()
    body(old_doc)["link"] = {
        "type": "object",
        "required": ["kind", "key"],
        "properties": {"kind": {"type": "string", "enum": ["reservation", "space"]}, "key": {"type": "string"}},
    }
    new_doc = copy.deepcopy(old_doc)
    variant = lambda kind, key: {  # noqa: E731
        "type": "object",
        "required": ["kind", key],
        "properties": {"kind": {"type": "string", "enum": [kind]}, key: {"type": "string"}},
    }
    body(new_doc)["link"] = {
        "oneOf": [variant("reservation", "key"), variant("space", "key"), variant("device", "id")],
        "discriminator": {"propertyName": "kind"},
    }
    changes = [(c.id, c.message) for c in changes_between(old_doc, new_doc, tmp_path)]
    assert "request-type-changed" not in [rule_id for rule_id, _ in changes], changes
    assert ("request-enum-value-added", "`link.kind` accepts new enum value `device`") in changes
    # a type the object took and no variant takes: a call refused
    body(new_doc)["link"]["oneOf"].pop(1)
    assert "request-type-changed" in [c.id for c in changes_between(old_doc, new_doc, tmp_path)]


def test_union_variants_of_one_kind_are_paired_with_their_equal(tmp_path: Path) -> None:
    # OpenAQ's dates: `anyOf: [date-time string, date string]`. Known by their kind alone, both
    # new strings were compared with the last old one: a spec diffed against itself had 14
    # breaking format changes
    def dates(first: str, second: str) -> Mutation:
        variants = [{"type": "string", "format": first}, {"type": "string", "format": second}]
        return _set(body, "since", {"anyOf": variants})

    old_doc = base()
    dates("date-time", "date")(old_doc)
    assert changes_between(old_doc, copy.deepcopy(old_doc), tmp_path) == ()
    swapped = base()
    dates("date", "date-time")(swapped)
    assert changes_between(old_doc, swapped, tmp_path) == ()
    # one variant's format changed: one change, that variant's
    changed = base()
    dates("date-time", "uuid")(changed)
    found = [(c.id, c.message) for c in changes_between(old_doc, changed, tmp_path)]
    assert found == [("request-format-changed", "`since` format changed from `date` to `uuid`")], found


def test_a_union_gaining_or_losing_a_variant_of_a_kind_it_has_says_so(tmp_path: Path) -> None:
    # known by their kind alone, a third string was no new key: its addition went unreported,
    # and so did the removal of one of three
    def strings(*formats: str) -> Mutation:
        return _set(body, "since", {"anyOf": [{"type": "string", "format": format} for format in formats]})

    two, three = base(), base()
    strings("date-time", "date")(two)
    strings("date-time", "date", "uuid")(three)
    added = [(c.id, c.message) for c in changes_between(two, three, tmp_path)]
    assert added == [("request-variant-added", "`since` variant `string` added (3 of that kind now, 2 before)")], added
    removed = [(c.id, c.message, c.is_blocking) for c in changes_between(three, two, tmp_path)]
    assert removed == [("request-variant-removed", "`since` variant `string` removed (2 of that kind now, 3 before)", True)], removed
    assert changes_between(three, copy.deepcopy(three), tmp_path) == ()
