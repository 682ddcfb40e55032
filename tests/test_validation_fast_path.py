"""The fast meta-schema check (jsonschema-rs) never passes a document the exact one fails.

Only its "valid" is trusted (anything else runs openapi-spec-validator's jsonschema pass, which
reports the error), so the property that matters is one-sided: fast-valid implies valid. Checked
on a few hundred damaged copies of the bundled specs, 3.0 and 3.1.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from openapi_spec_validator.schemas import schema_v30, schema_v31

from conftest import FIXTURES, GITHUB_SPEC, ROOT
from generator import validate
from generator.validate import _meets_meta_schema_fast

SPECS = [ROOT / "specs/seam-customers/openapi.yaml", FIXTURES / "pets31/openapi.yaml", FIXTURES / "hostile/openapi.yaml"]
DAMAGE = [7, "seven", None, [], {"bogus": 1}, True]


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, (*path, index))
    return found


def _damaged(document: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    copied = copy.deepcopy(document)
    *parents, last = rng.choice(_places(copied))
    holder = copied
    for key in parents:
        holder = holder[key]
    if isinstance(holder, dict) and rng.random() < 0.25:
        del holder[last]
    elif isinstance(holder, dict) and rng.random() < 0.2:
        holder[f"bogus{rng.randrange(9)}"] = 1  # an unknown field
    else:
        holder[last] = rng.choice(DAMAGE)
    return copied


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: Path(p).parent.name)
def test_fast_valid_implies_exactly_valid(spec: Path) -> None:
    document = json.loads(json.dumps(yaml.safe_load(spec.read_text())))
    is_31 = str(document["openapi"]).startswith("3.1")
    meta = schema_v31 if is_31 else schema_v30
    exact = validator_for(meta)(meta)
    assert _meets_meta_schema_fast(is_31, document) and best_match(exact.iter_errors(document)) is None
    rng = random.Random(f"{spec.name}-damage")
    invalid = 0
    for _ in range(150):
        damaged = _damaged(document, rng)
        exactly_valid = best_match(exact.iter_errors(damaged)) is None
        invalid += not exactly_valid
        if _meets_meta_schema_fast(is_31, damaged):
            assert exactly_valid, json.dumps(damaged)[:500]
    assert invalid >= 15  # the damage reaches the meta-schema often enough to mean something


def test_the_quick_subscriptable_check_answers_as_the_protocol_does() -> None:
    # pathable's check of each node it steps through, replaced (Python 3.11) by one without
    # the protocol's cost: the same verdict on every kind of value a document holds, and more
    import pathable.accessors
    import pathable.protocols

    from generator.validate import _check_subscriptable_quickly

    _check_subscriptable_quickly()

    class NoItems:
        __getitem__ = None

        def __contains__(self, key: object) -> bool:
            return False

        def __len__(self) -> int:
            return 0

    class AllThree(NoItems):
        def __getitem__(self, key: object) -> int:  # type: ignore[override]
            return 0

    values = [{}, [], (), "text", b"bytes", 1, 1.5, True, None, range(2), object(), NoItems(), AllThree()]
    quick = [isinstance(value, pathable.accessors.Subscriptable) for value in values]
    assert quick == [isinstance(value, pathable.protocols.Subscriptable) for value in values]
    assert quick == [True, True, True, True, True, False, False, False, False, True, False, False, True]


def _real_documents() -> list[Any]:
    found = [json.loads((ROOT / "specs/seam-connect/openapi.json").read_text())]
    if GITHUB_SPEC.is_file():
        import gzip

        found.append(json.loads(gzip.decompress(GITHUB_SPEC.read_bytes())))
    return found


# strings a walk reads one way and a quick look at JSON text could read another
_TRICKY = {
    "keys are not references": {"#/components/schemas/Key": {"$ref": "#/components/schemas/Value"}},
    "within a sentence": {"description": 'see "#/components/schemas/Quoted" and #/components/schemas/Bare'},
    "escapes": {"$ref": '#/components/schemas/Tab\tQuote"Back\\slash\u00e9', "x": ["#/components/schemas/a\\"]},
    "too short or deep": ["#/components/schemas", "#/components/schemas/", "#/components/schemas/Deep/properties/x"],
    "two in one list": ["#/components/parameters/p~1q", "#/components/responses/r"],
}


@pytest.mark.parametrize("node", [*_real_documents(), *_TRICKY.values()], ids=lambda _: "")
def test_component_references_read_from_json_text_are_those_a_walk_finds(node: Any) -> None:
    fragments = validate.fragments(node) if isinstance(node, dict) and "openapi" in node else {"": node}
    for pointer, fragment in fragments.items():
        text = validate._as_json(fragment)
        assert text is not None
        assert set(validate._component_refs_in(text)) == set(validate._component_refs(fragment)), pointer
