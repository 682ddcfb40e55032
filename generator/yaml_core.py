"""YAML read and written as YAML 1.2's core schema, which OpenAPI recommends for its documents.

PyYAML reads YAML 1.1, where `no`, `on`, `off` and `yes` are booleans and `2020-01-01` is a
date: a country enum `[se, no, dk]` held `False`, and a date default was no JSON value. Here a
plain scalar is a boolean, a number or null only as in JSON (and 1.2's `0x`/`0o` integers,
`.inf`, `.nan`); anything else is a string. What this writes (the spec snapshot, `extract`'s
output) quotes every string that 1.1 or 1.2 would read as anything else, so that both read it back.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml

try:  # libyaml's parser and emitter are ~10x faster on large specs
    _Loader: type = yaml.CSafeLoader
    _Dumper: type = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - libyaml absent
    _Loader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper

_DIGITS = list("0123456789")

# (tag, pattern, the characters such a scalar can start with): YAML 1.2.2, section 10.3.2
_CORE_SCHEMA = (
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", ["-", "+", *_DIGITS]),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        ["-", "+", ".", *_DIGITS],
    ),
    ("tag:yaml.org,2002:merge", r"^(?:<<)$", ["<"]),  # anchors merged into mappings, as specs use them
)


class CoreSchemaLoader(_Loader):  # type: ignore[misc, valid-type]
    # its own table, emptied: only 1.2's resolvers below
    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}


class CoreSchemaDumper(_Dumper):  # type: ignore[misc, valid-type]
    """Keeps 1.1's resolvers and adds 1.2's: a string either would misread is quoted."""


for _tag, _pattern, _first in _CORE_SCHEMA:
    CoreSchemaLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)
    CoreSchemaDumper.add_implicit_resolver(_tag, re.compile(_pattern), _first)


def _core_int(loader: yaml.BaseLoader, node: yaml.ScalarNode) -> int:
    # 1.1's constructor reads `017` as octal 15; in 1.2 it is 17, and octal is spelled `0o17`
    text = str(loader.construct_scalar(node))
    if text.startswith(("0x", "0o")):
        return int(text[2:], 16 if text[1] == "x" else 8)
    return int(text)


CoreSchemaLoader.add_constructor("tag:yaml.org,2002:int", _core_int)


def parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=CoreSchemaLoader)  # a safe loader: SafeLoader's constructors


def yaml_text(data: Any, **options: Any) -> str:
    return str(yaml.dump(data, Dumper=CoreSchemaDumper, **options))
