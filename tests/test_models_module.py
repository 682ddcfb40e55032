"""The models module, rendered by our own template: names that need care, nullable references,
tolerant enums, unions, recursion and defaults, checked by using the generated classes.

`tests/fixtures/models/openapi.yaml` holds one schema of each shape; `test_generated_quality`
also runs mypy --strict, ruff and black on the package generated from it.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from conftest import FIXTURES, generated_package, run_generator

WIRE = {
    "model_config": "c",
    "_links": {"self": "https://example.com/t/1"},
    "links": "plain",
    "+1": 3,
    "-1": 1,
    "datetime": "2024-05-01T10:00:00Z",
    "json": True,
    "place": None,
    "kind": "two words",
    "shape": {"type": "square", "side": 2},
    "not_in_the_description": [1, 2],
}


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("models")
    result = run_generator("generate", "--spec", FIXTURES / "models/openapi.yaml", "--out", out)
    assert result.returncode == 0, result.stderr
    with generated_package(out / "python", "model_shapes") as package:
        yield package.models


def test_wire_names_map_to_safe_attributes_and_back(models: Any) -> None:
    thing = models.Thing.model_validate(WIRE)
    assert thing.field_model_config == "c"
    assert thing.links_.self == "https://example.com/t/1" and thing.links == "plain"
    assert (thing.n_1, thing.n_1_) == (3, 1)
    assert thing.datetime_ == datetime(2024, 5, 1, 10, tzinfo=timezone.utc)
    assert thing.json_ is True
    # what the description does not list is kept, and everything goes back under its wire name
    assert thing.model_extra == {"not_in_the_description": [1, 2]}
    dumped = thing.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == {**WIRE, "datetime": "2024-05-01T10:00:00Z"}


def test_nullable_reference_tolerant_enum_and_union(models: Any) -> None:
    thing = models.Thing.model_validate(WIRE)
    assert thing.place is None  # `place` is a nullable object: null is accepted where it is used
    assert thing.kind == "two words"  # `Kind | str`: pydantic's smart union keeps the exact str
    assert models.Kind(thing.kind) is models.Kind.two_words
    assert [m.value for m in models.Kind] == ["name", "value", "two words", "2fa", ""]
    assert models.Kind.name_.value == "name"  # members never hide Enum's own `name` / `value`
    assert isinstance(thing.shape.root, models.Square) and thing.shape.root.side == 2
    newer = models.Thing.model_validate({**WIRE, "kind": "three words", "place": {"name": "hall"}})
    assert newer.kind == "three words"  # a value the enum does not list yet parses as its raw type
    assert newer.place.name == "hall"
    with pytest.raises(Exception, match="kind"):
        models.Thing.model_validate({k: v for k, v in WIRE.items() if k != "kind"})  # required


def test_models_are_built_by_python_name_with_defaults_of_their_own(models: Any) -> None:
    first = models.Thing(field_model_config="c", place=None, kind=None)
    second = models.Thing(field_model_config="d", place=None, kind=None)
    assert first.limit == 10 and first.tags == ["a", "b"] and first.home is None
    first.tags.append("c")
    assert second.tags == ["a", "b"]  # a mutable default is not shared


def test_recursion_through_a_root_model(models: Any) -> None:
    tree = models.TreeList.model_validate([{"label": "root", "children": [{"label": "leaf", "children": []}]}])
    [root] = tree.root
    assert root.label == "root" and root.children.root[0].label == "leaf"


def test_a_field_named_as_what_class_bodies_call_hides_nothing(models: Any) -> None:
    # `Field: str | None = None` as an attribute would make `Field(alias=...)` below it None,
    # and the module would fail to import
    thing = models.Thing.model_validate({**WIRE, "Field": "f"})
    assert thing.field == "f" and thing.links_.self == "https://example.com/t/1"
    assert thing.model_dump(by_alias=True, exclude_unset=True)["Field"] == "f"


def test_root_models_that_name_themselves_or_each_other(models: Any) -> None:
    # their base names a class not defined yet where it is evaluated: spelled as a string
    value = models.JsonValue.model_validate({"a": [1.5, "x", {"b": []}]})
    inner = value.root["a"].root
    assert inner[0].root == 1.5 and inner[1].root == "x" and inner[2].root["b"].root == []
    row = models.Row.model_validate(["a", ["b", ["c"]]])
    assert row.root[0].root == "a"
    assert row.root[1].root.root[1].root.root[0].root == "c"
    assert models.Row.model_validate(["a", ["b"]]).model_dump(mode="json") == ["a", ["b"]]


def test_generated_module_names_every_schema_once(models: Any) -> None:
    source = Path(models.__file__).read_text()
    names = ["Cell", "Circle", "Home", "JsonValue", "Kind", "Links", "Place", "Row", "Shape", "Square", "Thing",
             "Tree", "TreeList"]
    for name in names:
        assert source.count(f"\nclass {name}(") == 1, name
