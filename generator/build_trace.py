"""What one build of the model read and wrote, unit by unit, so that the build of a nearly equal
document can take over every unit whose inputs it finds unchanged.

A regeneration builds two models: this spec's, and the last generation's (from the snapshot)
for the diff. They differ where the spec changed, mostly in one operation. Building a unit (an
operation, or a component no operation reached) is a pure function of what it reads: the
document's fragments (a path item, a named component, the rest) and the builder's names so
far. The first build records, per unit, those fragments and each name it looked up with
what it found, and the names it claimed; the second replays a unit's claims and takes its
result only when every fragment is equal (same keys in the same order) and every lookup
finds the same now. Otherwise it builds the unit itself, so the model is the one a full build
gives, object for equal object: a test holds that on real releases.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from generator.errors import escape_pointer_token
from generator.load import Location
from generator.validate import REST, fragment_of, fragments

# What a unit looked up or claimed (the kind of a read or write):
NAME_AT = 0  # the class name given to a location (key: its JSON pointer)
OWNER = 1  # the shape that holds a class name (key: the name)
NAMED = 2  # the named schema built under a name (key: the name)
IS_NAMED = 3  # whether a name has its schema built yet (key: the name)
RESERVED = 4  # whether a name is a component's (key: the name)
SHARED = 5  # whether several resource groups use a method name (key: the name)
FALLBACK = 6  # a fallback to Any, written only (key: None)
METHOD_NAME = 7  # the method name an operation was given (key: its path and method)

UnitKey = tuple[str, ...]  # ("operation", path, method) or ("component", key)


def build_fragment_of(pointer: str) -> str:
    """The fragment holding `pointer`, as the build's units read the document: a path item, a
    named component, as validation cuts it (`fragment_of`), and what validation keeps whole as
    the rest of the document, cut by its top-level keys (`/security`, `/info`): every
    operation reads the root's `security`, and no release leaves `info.version` as it was."""
    found = fragment_of(pointer)
    if found != REST or not pointer:
        return found
    if pointer.startswith("/components/"):  # securitySchemes, or a kind that is no map
        end = pointer.find("/", len("/components/"))
    else:
        end = pointer.find("/", 1)
    return pointer if end < 0 else pointer[:end]


def build_fragments(root: dict[str, Any]) -> dict[str, Any]:
    """Fragment -> node, as `build_fragment_of` cuts the document; the root pointer is the
    whole document."""
    found = fragments(root)
    rest = found.pop(REST)
    for key, node in rest.items():
        if key == "components" and isinstance(node, dict):
            for kind, named in node.items():
                found["/components/" + escape_pointer_token(str(kind))] = named
        else:
            found["/" + escape_pointer_token(str(key))] = node
    found[REST] = root
    return found


@dataclass
class Unit:
    fragments: set[str] = field(default_factory=set)
    reads: dict[tuple[int, Any], Any] = field(default_factory=dict)
    written: set[tuple[int, Any]] = field(default_factory=set)
    writes: list[tuple[int, Any, Any]] = field(default_factory=list)
    result: Any = None
    foreign: bool = False  # it read another file than the root: never taken over
    # its digest (see `Provenance`) as the generation that built it worked it out, where it
    # was read from the store of that generation's units: taken over, it is made of the same
    digest: str | None = None


class Recorder:
    """The unit being built, while one is: what it reads and writes."""

    def __init__(self, root_file: Any) -> None:
        self.root_file = root_file
        self.units: dict[UnitKey, Unit] = {}
        self.unit: Unit | None = None
        self._fragment_of: dict[str, str] = {}

    def start(self, key: UnitKey) -> None:
        self.unit = self.units[key] = Unit()

    def stop(self, result: Any) -> None:
        if self.unit is not None:
            self.unit.result = result
        self.unit = None

    def read(self, kind: int, key: Any, value: Any) -> None:
        unit = self.unit
        if unit is not None:
            entry = (kind, key)
            # what the unit wrote itself before is its own doing, not an input
            if entry not in unit.reads and entry not in unit.written:
                unit.reads[entry] = value

    def write(self, kind: int, key: Any, value: Any) -> None:
        unit = self.unit
        if unit is not None:
            unit.written.add((kind, key))
            unit.writes.append((kind, key, value))

    def pointer(self, location: Location) -> str:
        """The key of a location: its pointer; another file's makes the unit foreign."""
        if self.unit is not None and location.file is not self.root_file and location.file != self.root_file:
            self.unit.foreign = True
        return location.pointer

    def location(self, location: Location) -> None:
        """The unit read the document at `location`: the fragment holding it is an input."""
        unit = self.unit
        if unit is None:
            return
        if location.file is not self.root_file and location.file != self.root_file:
            unit.foreign = True
            return
        pointer = location.pointer
        found = self._fragment_of.get(pointer)
        if found is None:
            found = self._fragment_of[pointer] = build_fragment_of(pointer)
        unit.fragments.add(found)


class Reuse:
    """A finished build's units, and which fragments the document now built differs in."""

    def __init__(self, units: dict[UnitKey, Unit], traced_root: dict[str, Any], root: dict[str, Any]) -> None:
        traced, now = build_fragments(traced_root), build_fragments(root)
        self._start(units, lambda fragment: _same(traced.get(fragment, _ABSENT), now.get(fragment, _ABSENT)))

    def _start(self, units: dict[UnitKey, Unit], same_fragment: Callable[[str], bool]) -> None:
        """`same_fragment`: whether the document now built holds a fragment as the units read it."""
        self.units = units
        self._same_fragment = same_fragment
        self._equal: dict[str, bool] = {}
        self.taken: list[UnitKey] = []  # the units taken over, in order
        self.asked = 0  # units the build asked for

    def unchanged(self, fragment: str) -> bool:
        found = self._equal.get(fragment)
        if found is None:
            found = self._equal[fragment] = self._same_fragment(fragment)
        return found

    def finds_the_same(self, kind: int, now: Any, then: Any) -> bool:
        """Whether a lookup finds now what it found when the unit was built."""
        return now is then or now == then

    def unit(self, key: UnitKey, current: Callable[[int, Any], Any]) -> Unit | None:
        """The unit recorded under `key`, if its inputs are unchanged: every fragment, and
        every lookup, asked of `current(kind, key)` now, finds what it found then."""
        self.asked += 1
        unit = self.units.get(key)
        if unit is None or unit.foreign or not all(self.unchanged(f) for f in unit.fragments):
            return None
        for (kind, name), value in unit.reads.items():
            if not self.finds_the_same(kind, current(kind, name), value):
                return None
        self.taken.append(key)
        return unit


_ABSENT = object()


def _same(a: Any, b: Any) -> bool:
    """Equal, keys in the same order (a model follows the order properties are written in)."""
    if a is b:
        return True
    if a is _ABSENT or b is _ABSENT or a != b:  # != also tells NaN from null, as orjson does not
        return False
    try:
        return orjson.dumps(a) == orjson.dumps(b)  # tells 1 from 1.0 and true, and sees key order
    except TypeError:  # a YAML key that is not a string, say: compared the slow way
        return _same_slowly(a, b)


def _same_slowly(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same_slowly(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same_slowly(x, y) for x, y in zip(a, b))
    return bool(a == b)


class FragmentDigests:
    """A digest of each fragment of a document (see `build_fragment_of`), as the document holds
    it, worked out when first asked for: equal digests, equal fragments, keys in order."""

    def __init__(self, root: dict[str, Any], exactly_json: bool) -> None:
        self._fragments: dict[str, Any] | None = None
        self._root: dict[str, Any] | None = root
        self.exactly_json = exactly_json
        self._digests: dict[str, str] = {}

    def digest(self, pointer: str) -> str:
        found = self._digests.get(pointer)
        if found is None:
            if self._fragments is None:
                if self._root is None:
                    raise RuntimeError("a fragment digested after the document was let go")
                self._fragments = build_fragments(self._root)
            node = self._fragments.get(pointer, _ABSENT)
            if node is _ABSENT:
                data = b"absent"
            elif self.exactly_json:
                # key order is part of the model (see `_same`); orjson tells 1 from 1.0 and true
                data = orjson.dumps(node)
            else:  # what orjson did not read may hold what it cannot write; repr tells NaN from null
                data = repr(node).encode("utf-8", "surrogatepass")
            found = self._digests[pointer] = hashlib.blake2b(data, digest_size=16).hexdigest()
        return found

    def let_go(self) -> None:
        """Digest no more fragments: the document (the largest thing a run holds) is not held
        here any longer."""
        self._fragments = None
        self._root = None


class Provenance:
    """What each class and operation of a built model was made from, as a digest: that of the
    unit that built it (the fragments it read, each as the document holds it, and what each of
    its lookups found). Where two builds give a unit the same digest, a build taking over the
    unit (`Reuse`) would take it over: its results are equal. A view made of parts whose
    digests are all as they were is the view the last generation made (see `Inputs` in
    `render/common.py`). None where the digest cannot be told: a unit that read another file,
    or a part no unit built."""

    def __init__(self, units: dict[UnitKey, Unit], fragments: FragmentDigests) -> None:
        self.fragments = fragments
        self._unit_digests: dict[UnitKey, str | None] = {}
        # which unit wrote each class object (a later unit may write a name again)
        self._writer: dict[int, UnitKey] = {}
        for key, unit in units.items():
            for kind, _, value in unit.writes:
                if kind == NAMED:
                    self._writer[id(value)] = key
        for key, unit in units.items():  # in build order: a unit's lookups find what earlier units wrote
            self._unit_digests[key] = self._digest(key, unit)

    def schema(self, named: Any) -> str | None:
        """The digest of a class (a `NamedSchema` of the model this build made)."""
        writer = self._writer.get(id(named))
        found = self._unit_digests.get(writer) if writer is not None else None
        return None if found is None else f"{found} {named.name}"

    def operation(self, path: str, method: str) -> str | None:
        """The digest of an operation as its unit built it (before the build numbered clashing
        method names and joined the methods of one route: the file's key says those apart)."""
        return self._unit_digests.get(("operation", path, method))

    def digest_of(self, key: UnitKey) -> str | None:
        """The digest of the unit `key` of the build."""
        return self._unit_digests.get(key)

    def _digest(self, key: UnitKey, unit: Unit) -> str | None:
        if unit.foreign:
            return None
        if unit.digest is not None:
            return unit.digest
        parts = [repr(key)]
        for pointer in sorted(unit.fragments):
            parts.append(pointer)
            parts.append(self.fragments.digest(pointer))
        reads = unit.reads
        classes = [(entry, value) for entry, value in reads.items() if entry[0] == NAMED and value is not None]
        if classes:  # a class read is known by the unit that wrote it
            reads = dict(reads)
            for entry, value in classes:
                writer = self._writer.get(id(value))
                found = self._unit_digests.get(writer) if writer is not None else None
                if found is None:
                    return None
                reads[entry] = f"class {value.name} of {found}"
        parts.append(repr(list(reads.items())))
        return hashlib.blake2b("\n".join(parts).encode(), digest_size=20).hexdigest()
