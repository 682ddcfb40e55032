"""The last build's units, kept in the output folder: a regeneration takes over each unit whose
inputs are as they were (see build_trace.py) from here, instead of building it again.

A build of GitHub's spec takes about a second, half of a regeneration after a one-operation
change; reading its units from here takes 0.3 s (Seam's: 0.3 s and 0.08 s). The store is data, never code: JSON
whose arrays name, by a number, one of the model's own types (a tuple, a `Schema`, an enum
member); nothing else is ever made from it, and strings stay strings. It is keyed by the
generator and the config that made it (the units are their results) and holds, per unit,
the digest of each fragment it read, so that a document is compared with it fragment by
fragment without the document it was built from.

One line per unit, in build order, in shards of about 24 units cut where the units are (see
`store_files`), listed in order by an index: a change to a few units rewrites a few shards,
and a unit taken over keeps its line's bytes.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import math
import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import orjson

from generator.build_trace import (
    METHOD_NAME,
    NAME_AT,
    NAMED,
    FragmentDigests,
    Provenance,
    Reuse,
    Unit,
    UnitKey,
)
from generator.errors import SpecError
from generator.model import (
    ClassOutline,
    Content,
    Default,
    Encoding,
    Fallback,
    NamedSchema,
    Operation,
    Parameter,
    ParameterLocation,
    Property,
    RequestBody,
    Response,
    ResponseKey,
    Schema,
    SchemaKind,
    Stability,
)

FORMAT = 5  # of the store's layout: a store of another is not read
_KINDS = frozenset(range(NAME_AT, METHOD_NAME + 1))  # of a lookup or a claim (see build_trace.py)

# the first item of an encoded array: what the array stands for
_TUPLE, _LIST, _DICT, _FLOAT, _INT, _CLASS_READ = range(6)
_ENUMS: tuple[type[enum.Enum], ...] = (Stability, SchemaKind, ParameterLocation)
_DATACLASSES: tuple[type, ...] = (
    Schema, Property, NamedSchema, Parameter, Encoding, Content, RequestBody, Response, ResponseKey, Operation,
    Default, Fallback,
)
_FIRST_ENUM = 8
_FIRST_DATACLASS = _FIRST_ENUM + len(_ENUMS)
_ENUM_TAG = {cls: _FIRST_ENUM + i for i, cls in enumerate(_ENUMS)}
_DATACLASS_TAG = {cls: _FIRST_DATACLASS + i for i, cls in enumerate(_DATACLASSES)}
_MEMBERS = {tag: {member.value: member for member in cls} for cls, tag in _ENUM_TAG.items()}
_NO_DEFAULT = object()  # a field without a default: always stored
# Per dataclass, each field: its letter (the store would be mostly field names otherwise), its
# name, and its default (a field at its default is left out of the store).
_FIELDS = {
    cls: tuple(
        (string.ascii_letters[i], f.name, _NO_DEFAULT if f.default is dataclasses.MISSING else f.default)
        for i, f in enumerate(dataclasses.fields(cls))
    )
    for cls in _DATACLASSES
}
_NAMES = {cls: tuple(name for _, name, _ in fields) for cls, fields in _FIELDS.items()}
_DEFAULT_ARGUMENTS = {cls: tuple(default for _, _, default in fields) for cls, fields in _FIELDS.items()}
_INDEX_OF = {cls: {letter: i for i, (letter, _, _) in enumerate(fields)} for cls, fields in _FIELDS.items()}


class StoreError(ValueError):
    """The store holds what no build wrote: it is set aside, and the model built."""


def encode(value: Any) -> Any:
    """`value`, a part of a model, as JSON data (see the module's doc)."""
    kind = type(value)
    if kind is str or value is None or kind is bool:
        return value
    fields = _FIELDS.get(kind)
    if fields is not None:
        state = value.__dict__
        own = {}
        for letter, name, default in fields:
            # a class read from the store holds no schema till it is read (see `NamedSchema`)
            field_value = state[name] if name in state else getattr(value, name)
            # most fields hold their default, and most defaults are None, False or (): the same object
            if field_value is not default and (type(field_value) is not type(default) or field_value != default):
                own[letter] = encode(field_value)
        return [_DATACLASS_TAG[kind], own]
    if kind is tuple:
        return [_TUPLE, *[v if type(v) is str else encode(v) for v in value]]
    if kind is int:
        return value if -(2**63) <= value < 2**64 else [_INT, str(value)]
    if kind is float:
        return value if math.isfinite(value) else [_FLOAT, repr(value)]
    if kind is list:
        return [_LIST, *[encode(v) for v in value]]
    if kind is dict:
        pairs: list[Any] = [_DICT]
        for k, v in value.items():
            pairs.append(encode(k))
            pairs.append(encode(v))
        return pairs
    tag = _ENUM_TAG.get(kind)
    if tag is not None:
        return [tag, value.value]
    raise TypeError(f"no model type: {kind.__name__}")


def decode(data: Any) -> Any:
    """The value `encode` gave `data` for (a class a unit read is not one: see `read_store`)."""
    if type(data) is not list:
        return data
    tag = data[0]
    if tag == _TUPLE:
        return tuple([decode(v) if type(v) is list else v for v in data[1:]])
    if tag >= _FIRST_DATACLASS:
        cls = _DATACLASSES[tag - _FIRST_DATACLASS]
        # every field set in order, as its own __init__ would: an instance dict so made shares
        # its keys with the class's other instances (one assigned whole holds its own: GitHub's
        # model took 15 MB more), and this is faster than calling __init__
        arguments = list(_DEFAULT_ARGUMENTS[cls])
        index = _INDEX_OF[cls]
        for letter, v in data[1].items():
            if type(v) is list:
                # an enum member, the most common array in a field, without a call
                v = _MEMBERS[v[0]][v[1]] if v[0] in _MEMBERS else decode(v)
            arguments[index[letter]] = v
        made = object.__new__(cls)
        made.__dict__.update(zip(_NAMES[cls], arguments))
        return made
    if tag in _MEMBERS:
        return _MEMBERS[tag][data[1]]
    if tag == _LIST:
        return [decode(v) for v in data[1:]]
    if tag == _DICT:
        return {decode(data[i]): decode(data[i + 1]) for i in range(1, len(data), 2)}
    if tag == _FLOAT:
        return float(data[1])
    if tag == _INT:
        return int(data[1])
    raise StoreError(f"unknown tag {tag!r}")


STORE = ".specgen-units"  # a folder: the index, and the units in shards
INDEX = f"{STORE}/index.jsonl"
# A unit whose key's digest is a multiple of this starts a shard: shards of about as many
# units, cut where the units are, not where they fall in the build, so that a unit added or
# taken away changes its own shard and no other.
_SHARD_EVERY = 24
_SHARD_NAME = re.compile(r"[0-9a-f]{16}\Z")


def shard_path(name: str) -> str:
    return f"{STORE}/{name}.jsonl"


@dataclass(frozen=True)
class Shard:
    """A shard as read: the units it holds, and its bytes, which are what it would be written
    as again where every one of them is taken over."""

    keys: tuple[UnitKey, ...]
    data: bytes


@dataclass(frozen=True)
class StoreKey:
    """What made a store's units besides the document: a store made by another generator, or
    under another config, or from a document read another way, is not read."""

    tool: str
    config: str
    exactly_json: bool

    def header(self) -> dict[str, Any]:
        return {"format": FORMAT, "tool": self.tool, "config": self.config, "exactly_json": self.exactly_json}


def config_digest(config: object) -> str:
    return hashlib.blake2b(repr(config).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


class StoredUnits(Reuse):
    """The units of the last generation's build, as its store holds them, each taken over where
    the fragments it read have the digests they had, and its lookups find what they found."""

    def __init__(
        self,
        units: dict[UnitKey, Unit],
        then: dict[str, str],
        now: FragmentDigests,
        lines: dict[UnitKey, memoryview],
        shards: dict[str, Shard],
    ) -> None:
        self._start(units, lambda fragment: fragment in then and then[fragment] == now.digest(fragment))
        self.lines = lines  # each unit's line, as stored: a unit taken over keeps it
        self.shards = shards  # by path

    @property
    def paths(self) -> frozenset[str]:
        """The store's files, each found on disk as the manifest records it."""
        return frozenset({INDEX, *self.shards})

    def finds_the_same(self, kind: int, now: Any, then: Any) -> bool:
        # a class is the one the store holds only where the unit that wrote it was taken over
        # too: an equal class built anew may still differ where equality does not look (1 and
        # 1.0 are equal defaults, and write differently)
        return now is then if kind == NAMED else super().finds_the_same(kind, now, then)


def read_store(out_dir: Path, key: StoreKey, now: FragmentDigests, recorded: dict[str, str]) -> StoredUnits | None:
    """The store in `out_dir`, if there is one made as `key` says, each of its files with the
    digest the manifest `recorded` for it; None otherwise, or where it is not one this module
    wrote (edited, merged by git, cut short): it is a record to save work, and the build does
    that work instead."""

    def verified(path: str) -> bytes:
        data = (out_dir / path).read_bytes()
        if recorded.get(path) != hashlib.sha256(data).hexdigest():
            raise StoreError(f"{path} is not as recorded")
        return data

    try:
        index = verified(INDEX).split(b"\n")
        if len(index) != 3 or index[2] or orjson.loads(index[0]) != key.header():
            return None
        names = orjson.loads(index[1])
        if type(names) is not list or not all(type(name) is str and _SHARD_NAME.match(name) for name in names):
            raise StoreError("an index of no shards")
        units: dict[UnitKey, Unit] = {}
        kept: dict[UnitKey, memoryview] = {}
        then: dict[str, str] = {}
        shards: dict[str, Shard] = {}
        named: dict[str, Any] = {}  # the classes written so far, in the stored build's order
        for name in names:
            path = shard_path(name)
            data = verified(path)
            lines = _lines(data)
            digests = orjson.loads(lines[0])
            if type(digests) is not dict:
                raise StoreError("no fragment digests")
            for pointer, digest in digests.items():
                if then.setdefault(pointer, digest) != digest:
                    raise StoreError("a fragment with two digests")
            keys = []
            shard_file = out_dir / path
            for line in lines[1:]:
                unit_key, unit = _stored_unit(line, named, shard_file)
                if unit_key in units:
                    raise StoreError("a unit stored twice")
                units[unit_key] = unit
                kept[unit_key] = line
                keys.append(unit_key)
            shards[path] = Shard(tuple(keys), data)
    except Exception:  # noqa: BLE001 - whatever is wrong with a record of saved work, the work is done instead
        return None
    return StoredUnits(units, then, now, kept, shards)


def _lines(data: bytes) -> list[memoryview]:
    """Lines as views of the file's bytes: a unit taken over is written back as it was read,
    and the store is not held twice."""
    whole = memoryview(data)
    lines: list[memoryview] = []
    start = 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        lines.append(whole[start:end])
        start = end + 1
    return lines


def _stored_unit(line: memoryview, named: dict[str, Any], store: Path) -> tuple[UnitKey, Unit]:
    """A unit's line read back; `named`, the classes the units before it wrote, gets its own.
    `store`: the file, named by what a part of the unit read later says when it is wrong."""
    raw_key, fragments, reads, writes, result, outlines, digest, operation_references = orjson.loads(line)
    if type(digest) is not str:
        raise StoreError("a unit without its digest")
    unit = Unit(fragments=set(fragments), digest=digest)
    for kind, read_key, value in reads:
        if kind not in _KINDS:
            raise StoreError(f"no such lookup: {kind!r}")
        if type(value) is list and value[0] == _CLASS_READ:
            # the class last written under its name, before this unit (see `store_files`)
            value = named[value[1]]
        unit.reads[(kind, decode(read_key))] = decode(value)
    classes = iter(outlines)
    for kind, write_key, value in writes:
        if kind not in _KINDS:
            raise StoreError(f"no such claim: {kind!r}")
        write_key = decode(write_key)
        written = _stored_class(value, next(classes), store) if kind == NAMED else decode(value)
        unit.writes.append((kind, write_key, written))
        if kind == NAMED:
            named[write_key] = written
    if next(classes, None) is not None:
        raise StoreError("an outline of no class")
    unit.result = decode(result) if operation_references is None else _stored_operation(result, operation_references, store)
    return tuple(raw_key), unit


_NAMED_TAG = _DATACLASS_TAG[NamedSchema]
_SCHEMA_KINDS = {kind.value: kind for kind in SchemaKind}


def _stored_class(data: Any, outline: Any, store: Path) -> NamedSchema:
    """A class as stored: its schema decoded when first read (see `NamedSchema`), its outline and
    references as `_outline_of` stored them."""
    if type(data) is not list or data[0] != _NAMED_TAG or type(data[1]) is not dict:
        raise StoreError("a class that is none")
    fields = data[1]
    schema_text = fields["c"]
    if type(schema_text) is not str:
        raise StoreError("a class's schema that is not JSON text")
    references, (kind, lists_values, typed_extras, property_names) = outline
    made = NamedSchema.stored(
        fields["a"],
        fields["b"],
        partial(_read_later, store, "a class's schema", partial(_schema_from_text, schema_text)),
        ClassOutline(_SCHEMA_KINDS[kind], lists_values is True, typed_extras is True, tuple(property_names)),
        frozenset(references),
    )
    if not all(type(text) is str for text in (made.name, made.origin, *made.outline().property_names, *made.references())):
        raise StoreError("a class outline that is none")
    return made


_OPERATION_TAG = _DATACLASS_TAG[Operation]
_RESPONSES = next(letter for letter, name, _ in _FIELDS[Operation] if name == "responses")


def _stored_operation(data: Any, references: Any, store: Path) -> Operation:
    """An operation as stored, with the classes it names: its responses (the larger part of
    it, which few runs read) decoded when first read (see `MadeWhenRead`)."""
    if type(data) is not list or data[0] != _OPERATION_TAG or type(data[1]) is not dict:
        raise StoreError("an operation that is none")
    if type(references) is not list or not all(type(name) is str for name in references):
        raise StoreError("an operation's classes that are none")
    fields = dict(data[1])
    responses = fields.pop(_RESPONSES, [_TUPLE])
    made = decode([_OPERATION_TAG, fields])
    del made.__dict__["responses"]  # a field without a default, left out: decode set a placeholder
    made.__dict__["_made_from"] = {"responses": partial(_read_later, store, "an operation's responses", partial(_responses, responses))}
    made.__dict__["_references"] = frozenset(references)
    return made  # type: ignore[no-any-return]


def _read_later(store: Path, what: str, make: Callable[[], Any]) -> Any:
    """A part of a stored unit decoded when first read, after the store was taken: what is
    wrong with it then is one line, not a traceback (only a store forged along with its
    digest in the manifest gets there)."""
    try:
        return make()
    except Exception as error:  # noqa: BLE001 - any flaw of data no build wrote
        raise SpecError(store, "", f"holds {what} that no build wrote ({error}); delete it to build afresh") from None


def _schema_from_text(text: str) -> Schema:
    schema = decode(orjson.loads(text))
    if type(schema) is not Schema:
        raise StoreError("not a schema")
    return schema  # type: ignore[no-any-return]


def _responses(data: Any) -> tuple[Any, ...]:
    responses = decode(data)
    if type(responses) is not tuple:
        raise StoreError("not responses")
    return responses  # type: ignore[no-any-return]


def _class_data(named: NamedSchema) -> list[Any]:
    """A class as the store holds it: its schema as JSON text, which a regeneration reads as
    one string (parsed, GitHub's 10 MB of schemas took 0.027 s of its 0.07 s) and parses only
    where the schema is read."""
    return [_NAMED_TAG, {"a": named.name, "b": named.origin, "c": orjson.dumps(encode(named.schema)).decode()}]


def _outline_of(named: NamedSchema) -> list[Any]:
    outline = named.outline()
    return [
        sorted(named.references()),
        [outline.kind.value, outline.lists_values, outline.typed_extras, list(outline.property_names)],
    ]


def store_files(
    units: dict[UnitKey, Unit],
    digests: FragmentDigests,
    key: StoreKey,
    last: StoredUnits | None,
    provenance: Provenance,
) -> tuple[dict[str, bytes], frozenset[str]]:
    """The store of this build's `units`, by path: its shards, each with the digests of the
    fragments its units read and each unit's own (see `Provenance`), and the index that lists
    them in build order. And which of them are as `last` read them: a shard whose units were
    all taken over, the same and in the same order, is written as it was (a one-operation
    change of GitHub's spec rewrites one of its 86 shards, not 17 MB). A unit is left out
    (the next build builds it) where it read another file, where its digest cannot be told,
    where a value it holds is none of the model's types (a YAML `!!binary` default, say), or
    where a class it read is not one that a unit stored before it wrote."""
    shards: list[_Cutting] = []
    named: dict[str, Any] = {}  # the classes stored units wrote so far, by name
    for unit_key, unit in units.items():
        unit_digest = provenance.digest_of(unit_key)
        if (
            unit.foreign
            or unit_digest is None
            or not all(
                value is None or named.get(name) is value for (kind, name), value in unit.reads.items() if kind == NAMED
            )
        ):
            continue
        taken = last is not None and last.units.get(unit_key) is unit
        if taken:
            line: bytes | memoryview = last.lines[unit_key]  # type: ignore[union-attr]
        else:
            try:
                line = orjson.dumps(
                    [
                        list(unit_key),
                        sorted(unit.fragments),
                        [[kind, encode(name), _encode_read(kind, value)] for (kind, name), value in unit.reads.items()],
                        [
                            [kind, encode(name), _class_data(value) if kind == NAMED else encode(value)]
                            for kind, name, value in unit.writes
                        ],
                        encode(unit.result),
                        [_outline_of(value) for kind, _, value in unit.writes if kind == NAMED],
                        unit_digest,
                        sorted(unit.result.references()) if type(unit.result) is Operation else None,
                    ]
                )
            except (TypeError, orjson.JSONEncodeError):
                continue
        mark = hashlib.blake2b(orjson.dumps(list(unit_key)), digest_size=8)
        if not shards or int.from_bytes(mark.digest(), "big") % _SHARD_EVERY == 0:
            shards.append(_Cutting(mark.hexdigest()))
        shard = shards[-1]
        shard.lines.append(line)
        shard.keys.append(unit_key)
        shard.fragments |= unit.fragments
        shard.all_taken = shard.all_taken and taken
        for kind, name, value in unit.writes:
            if kind == NAMED:
                named[name] = value
    files: dict[str, bytes] = {}
    as_read: set[str] = set()
    for shard in shards:
        path = shard_path(shard.name)
        earlier = last.shards.get(path) if last is not None else None
        if shard.all_taken and earlier is not None and earlier.keys == tuple(shard.keys):
            files[path] = earlier.data
            as_read.add(path)
        else:
            head = orjson.dumps({pointer: digests.digest(pointer) for pointer in sorted(shard.fragments)})
            files[path] = b"\n".join([head, *shard.lines]) + b"\n"
    files[INDEX] = orjson.dumps(key.header()) + b"\n" + orjson.dumps([shard.name for shard in shards]) + b"\n"
    return files, frozenset(as_read)


@dataclass
class _Cutting:
    """A shard being made: its units' lines and keys, and the fragments they read."""

    name: str
    lines: list[bytes | memoryview] = dataclasses.field(default_factory=list)
    keys: list[UnitKey] = dataclasses.field(default_factory=list)
    fragments: set[str] = dataclasses.field(default_factory=set)
    all_taken: bool = True


def _encode_read(kind: int, value: Any) -> Any:
    # a class read is the class last written under its name, before the reading unit
    return [_CLASS_READ, value.name] if kind == NAMED and value is not None else encode(value)
