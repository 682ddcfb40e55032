"""Stage 1, load: read an OpenAPI document (YAML or JSON) and every local file it refers to.

Checks every `$ref` before anything else reads the document: no URL references, none that
leave the spec's folder, none dangling, no loops of references to references. Then validates
the whole as OpenAPI 3.0 / 3.1. Every problem is a `SpecError` naming file and JSON pointer.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote

import orjson
import yaml

from generator.errors import SpecError, pointer_of
from generator.yaml_core import parse_yaml

SUPPORTED_VERSIONS = ("3.0", "3.1")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:|^//")
# Values under these keys are data (examples, defaults, extensions), never references.
_DATA_KEYS = frozenset({"example", "default", "enum", "const"})


@dataclass(frozen=True)
class Location:
    """Where a node lives: a file and a JSON pointer inside it."""

    file: Path
    pointer: str

    def __str__(self) -> str:
        return f"{self.file.name}#{self.pointer}"


@dataclass
class SpecDocument:
    """A loaded document: the root file plus every local file reachable through `$ref`."""

    root_file: Path
    files: dict[Path, Any] = field(default_factory=dict)
    # (file, $ref) -> where it points and what is there, as `deref` found it: a large spec
    # names the same few components thousands of times, and a parsed file never changes
    _targets: dict[tuple[Path, str], tuple[Location, Any]] = field(default_factory=dict, repr=False, compare=False)
    # the root file read by orjson: its values are JSON's, which orjson writes back as they
    # were (json also reads NaN, which orjson writes as null; YAML has more kinds of value)
    exactly_json: bool = False
    # the sha256 of the root file as read, where the caller asked (see `load_spec`)
    root_digest: str | None = None

    @property
    def root(self) -> dict[str, Any]:
        return self.files[self.root_file]  # type: ignore[no-any-return]

    @property
    def version(self) -> str:
        return str(self.root["openapi"])

    def node(self, location: Location) -> Any:
        return walk_pointer(self.files[location.file], location.pointer)

    def resolve(self, ref: str, base: Location) -> Location:
        """The location a `$ref` found at `base` points to (already checked at load)."""
        target_file, pointer = _split_ref(ref, base.file)
        return Location(target_file, pointer)

    def deref(self, location: Location, node: Any = None, hops: list[Location] | None = None) -> tuple[Location, Any]:
        """Follow `$ref` chains from `location` (whose node the caller may pass, found already)
        to the first node that is not a reference; `hops` gets each location the chain reads."""
        if node is None:
            node = self.node(location)
        seen = {location}
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            key = (location.file, node["$ref"])
            found = self._targets.get(key)
            if found is None:
                target = self.resolve(node["$ref"], location)
                found = self._targets[key] = (target, self.node(target))
            location, node = found
            if hops is not None:
                hops.append(location)
            if location in seen:  # checked at load; kept as a guard for callers
                raise SpecError(location.file, location.pointer, "$ref loop")
            seen.add(location)
        return location, node


def load_spec(path: Path, *, validate: bool = True, sound_if: str | None = None) -> SpecDocument:
    """Read and check a document (the pipeline validates beside its other stages instead:
    see pipeline.py and validate.py). `sound_if`: the sha256 of a file of one document whose
    references were checked when it was written (the last generation's snapshot, as the
    manifest records it): where the root file has it, they are not checked again."""
    path = Path(path).resolve()
    doc = SpecDocument(root_file=path)
    raw = _read(path, Location(path, ""))
    if sound_if is not None:
        doc.root_digest = hashlib.sha256(raw).hexdigest()
    doc.files[path], doc.exactly_json = _parse_saying_how(path, raw)
    root = doc.root
    if not isinstance(root, dict) or "openapi" not in root:
        if isinstance(root, dict) and "swagger" in root:
            raise SpecError(path, "/swagger", "Swagger 2.0 is not supported; convert to OpenAPI 3.0 or 3.1")
        raise SpecError(path, "", "not an OpenAPI document: no 'openapi' field at the top level")
    version = str(root["openapi"])
    if not version.startswith(SUPPORTED_VERSIONS):
        raise SpecError(path, "/openapi", f"OpenAPI version {version!r} is not supported (3.0.x or 3.1.x)")
    if not (sound_if is not None and sound_if == doc.root_digest) and not _only_sound_local_refs(doc, raw):
        _check_references(doc)
    del raw
    if validate:
        from generator.validate import validate as validate_document

        validate_document(doc)
    return doc


def _parse_file(path: Path, referrer: Location) -> Any:
    return _parse(path, _read(path, referrer))


def _read(path: Path, referrer: Location) -> bytes:
    """The file's bytes, without a UTF-8 byte order mark: editors on Windows write one, JSON
    parsers may ignore it (RFC 8259), and both of ours refuse it."""
    try:
        return path.read_bytes().removeprefix(codecs.BOM_UTF8)
    except FileNotFoundError:
        raise SpecError(referrer.file, referrer.pointer, f"file not found: {path.name}") from None
    except OSError as exc:
        raise SpecError(path, "", f"cannot read file: {exc.strerror or exc}") from None


def _parse(path: Path, data: bytes) -> Any:
    return _parse_saying_how(path, data)[0]


def _parse_saying_how(path: Path, data: bytes) -> tuple[Any, bool]:
    """The parsed file, and whether orjson read it."""
    if path.suffix.lower() == ".json":
        try:
            # about twice as fast as json on large specs; from bytes, it checks UTF-8 itself
            return orjson.loads(data), True
        except orjson.JSONDecodeError:
            pass  # json decides: it accepts what orjson refuses (NaN, huge integers) and says where
    return _parse_otherwise(path, data), False


def _parse_otherwise(path: Path, data: bytes) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(path, "", f"cannot read file: {exc}") from None
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise SpecError(path, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    try:
        return parse_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(path, "", f"invalid YAML{where}: {problem}") from None


def _split_ref(ref: str, base_file: Path) -> tuple[Path, str]:
    file_part, _, fragment = ref.partition("#")
    target = (base_file.parent / unquote(file_part)).resolve() if file_part else base_file
    return target, unquote(fragment)


def path_items(root: dict[str, Any]) -> dict[str, Any]:
    """The members of a document's `paths` that are paths: `x-` members are extensions
    (Apicurio's `x-codegen-contextRoot`), which OpenAPI allows there."""
    paths = root.get("paths")
    if not isinstance(paths, dict):
        return {}
    return {path: item for path, item in paths.items() if not str(path).startswith("x-")}


def walk_pointer(node: Any, pointer: str) -> Any:
    """The node at a JSON pointer under `node`; KeyError where there is none."""
    if pointer in ("", "/"):
        return node
    if not pointer.startswith("/"):
        raise KeyError(pointer)
    for raw in pointer[1:].split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def _iter_refs(node: Any) -> Iterator[tuple[str, Any]]:
    """Yield (pointer, $ref value) for every reference in a parsed file."""
    # Paths are kept as parent links and spelled out only for references: most nodes have none.
    stack: list[tuple[Any, tuple[Any, ...] | None]] = [(node, None)]
    while stack:
        current, where = stack.pop()
        under_properties = where is not None and where[1] == "properties"
        if isinstance(current, dict):
            ref = current.get("$ref")
            if ref is not None and not (isinstance(ref, dict) and under_properties):
                yield _spell(where), ref
            for key, value in current.items():
                if not isinstance(value, (dict, list)):
                    continue
                # a property *named* "$ref" or "example" is a schema, not data
                if not under_properties and (
                    key == "$ref"
                    or key in _DATA_KEYS
                    or (key == "examples" and isinstance(value, list))
                    or (isinstance(key, str) and key.startswith("x-"))
                ):
                    continue
                stack.append((value, (where, key)))
        else:
            for index, value in enumerate(current):
                if isinstance(value, (dict, list)):
                    stack.append((value, (where, index)))


def _spell(where: tuple[Any, ...] | None) -> str:
    tokens = []
    while where is not None:
        where, token = where
        tokens.append(token)
    return pointer_of(reversed(tokens))


# A `$ref` key in JSON text, with its value where that is a string without escapes (empty
# where it is not: one with escapes, rare, or no string at all leaves it to the walk, which
# decides; an alternation per character took twice as long over GitHub's 13 MB). One pass:
# a second, counting the keys, took 12 ms of GitHub's. An escape that spells one of the key's
# characters (`\u0024ref`) would hide a key from it.
_REF = re.compile(rb'"\$ref"\s*:(?:\s*("[^"\\]*"))?')
_ESCAPED_REF_LETTER = re.compile(rb"\\u00(?:24|72|65|66)", re.IGNORECASE)


def _only_sound_local_refs(doc: SpecDocument, raw: bytes) -> bool:
    """Whether the root file, a JSON text, holds only sound references into itself, read off
    its text rather than found by walking the parsed document (the walk is 0.1 s of GitHub's
    spec, and a regeneration loads two). The text gives every `$ref` string it holds: more than
    the references (it finds those in examples and extensions too), so all of them sound
    means no reference is unsound. Anything else (YAML, an escape in a key, a `$ref` that is
    not a string, one into another file, one unsound) is left to the walk, which says where."""
    if doc.root_file.suffix.lower() != ".json" or _ESCAPED_REF_LETTER.search(raw):
        return False
    found = _REF.findall(raw)
    if b"" in found:
        return False
    here = Location(doc.root_file, "")
    for literal in set(found):
        ref = json.loads(literal)
        if not ref.startswith("#") or (len(ref) > 1 and not ref.startswith("#/")):
            return False
        try:
            _check_chain(doc, here, ref)  # walks to the target, and on through references
        except (KeyError, SpecError):
            return False
    return True


def _check_references(doc: SpecDocument) -> None:
    spec_folder = doc.root_file.parent.resolve()
    pending = [doc.root_file]
    checked: set[Path] = set()
    # A reference's checks depend only on its text and its file (a loop through it is found
    # from any of its uses), and a large spec repeats the same few: GitHub's 9,362 are 1,000.
    sound: set[tuple[Path, str]] = set()
    while pending:
        file = pending.pop()
        if file in checked:
            continue
        checked.add(file)
        # sorted so the first error reported is the same on every run
        for pointer, ref in sorted(_iter_refs(doc.files[file]), key=lambda item: item[0]):
            here = Location(file, pointer)
            if not isinstance(ref, str):
                raise SpecError(file, pointer, "$ref must be a string")
            if (file, ref) in sound:
                continue
            if _URL.match(ref):
                raise SpecError(file, pointer, f"$ref {ref!r} is a URL; only references inside the spec's folder are allowed")
            target_file, fragment = _split_ref(ref, file)
            if fragment and not fragment.startswith("/"):
                raise SpecError(file, pointer, f"$ref {ref!r} has a fragment that is not a JSON pointer")
            if not target_file.is_relative_to(spec_folder):
                raise SpecError(file, pointer, f"$ref {ref!r} leaves the spec's folder")
            if target_file not in doc.files:
                if not target_file.is_file():
                    raise SpecError(file, pointer, f"$ref {ref!r}: file not found")
                doc.files[target_file] = _parse_file(target_file, here)
                pending.append(target_file)
            try:
                walk_pointer(doc.files[target_file], fragment)
            except KeyError:
                raise SpecError(file, pointer, f"dangling $ref {ref!r}: nothing at that location") from None
            _check_chain(doc, here, ref)
            sound.add((file, ref))


def _check_chain(doc: SpecDocument, start: Location, ref: str) -> None:
    """A reference to a reference to ... must end at a real node, not come back round."""
    seen = {start}
    location = doc.resolve(ref, start)
    while True:
        if location in seen:
            raise SpecError(start.file, start.pointer, f"$ref {ref!r} loops back to itself through other references")
        seen.add(location)
        node = doc.node(location)
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            return
        next_location = doc.resolve(node["$ref"], location)
        if next_location.file not in doc.files:
            return  # checked when that file is reached
        location = next_location
