"""Part of stage 1, load: validate a document as OpenAPI 3.0 / 3.1, whole or only where it changed.

Validation of a large spec takes seconds (Seam's: about 4, GitHub's: about 20), and in CI most
changes touch one operation. The document is cut into fragments (each path item, each named
component, and the rest); the last generation records a hash of each in the output folder's
manifest. When only some fragments changed, the validators run on a reduced document: the
changed fragments, every fragment that refers to a changed component (its defaults or
examples may no longer fit), and the components those refer to, so every reference resolves.
Checks that span the whole document (unique operationIds) run on the whole. Anything else
changed (the top level, a multi-file spec, the validators, the generator) means a full run.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

import orjson

from generator.errors import SpecError, escape_pointer_token, pointer_of
from generator.fingerprint import tool_fingerprint
from generator.load import SpecDocument, path_items, walk_pointer

REST = ""  # the fragment holding everything that is not a path item or a named component
_COMPONENT_PREFIX = "#/components/"
_ALWAYS_WHOLE = ("securitySchemes",)  # small, and named by security requirements, not $ref


def validator_key(version: str) -> str:
    """What a validation result depends on besides the document."""
    from importlib import metadata  # 20 ms to import: only here, in the process that validates

    versions = []
    for package in ("openapi-spec-validator", "jsonschema", "jsonschema-path", "jsonschema-rs"):
        try:
            versions.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} missing")
    return hashlib.sha256(f"{version} {' '.join(versions)} {tool_fingerprint()}".encode()).hexdigest()


def fragments(root: dict[str, Any]) -> dict[str, Any]:
    """JSON pointer -> node, for each path item and named component; REST holds the others."""
    found: dict[str, Any] = {}
    paths = root.get("paths")
    if isinstance(paths, dict):
        for path, item in paths.items():
            found[f"/paths/{escape_pointer_token(path)}"] = item
    components = root.get("components")
    rest = {key: value for key, value in root.items() if key not in ("paths", "components")}
    if isinstance(components, dict):
        for kind, named in components.items():
            if isinstance(named, dict) and kind not in _ALWAYS_WHOLE:
                for name, node in named.items():
                    found[f"/components/{escape_pointer_token(kind)}/{escape_pointer_token(name)}"] = node
            else:
                rest.setdefault("components", {})[kind] = named
    found[REST] = rest
    return found


def fragment_of(pointer: str) -> str:
    """The fragment (as `fragments` cuts a document) that holds `pointer`."""
    if pointer.startswith("/paths/"):
        end = pointer.find("/", len("/paths/"))
        return pointer if end < 0 else pointer[:end]
    if pointer.startswith("/components/"):
        kind_end = pointer.find("/", len("/components/"))
        if kind_end < 0:
            return REST
        name_end = pointer.find("/", kind_end + 1)
        found = pointer if name_end < 0 else pointer[:name_end]
        return REST if found.startswith("/components/securitySchemes/") else found
    return REST


def _canonical(node: Any, as_json: bytes | None) -> bytes:
    """The node as bytes that differ exactly when it does: as `_as_json` wrote it (orjson, ten
    times as fast as json on GitHub's spec), else with each key spelled with its type (a YAML
    key that is not a string)."""
    return as_json if as_json is not None else repr(_typed_keys(node)).encode()


def _as_json(node: Any) -> bytes | None:
    """The node as JSON with sorted keys, where it is JSON."""
    try:
        return orjson.dumps(node, option=orjson.OPT_SORT_KEYS)
    except TypeError:
        return None


def _typed_keys(node: Any) -> Any:
    if isinstance(node, dict):
        return sorted(((type(key).__name__, str(key)), _typed_keys(value)) for key, value in node.items())
    if isinstance(node, list):
        return [_typed_keys(item) for item in node]
    return node


def _component_refs(node: Any) -> Iterator[str]:
    """Every component a fragment names: `$ref`s, and discriminator mappings, which are
    references spelled as plain strings."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
        elif isinstance(current, str) and current.startswith(_COMPONENT_PREFIX):
            tokens = current[len("#") :].split("/")
            if len(tokens) >= 4:
                yield "/".join(tokens[:4])


# A string value (not a key: orjson writes `":` after one) of JSON text that begins as a
# reference to a component, with the component's two tokens, each as JSON spells it; where the
# quote is not one (an escaped `\"` within a string) is told by the byte before it.
_SPELLED = rb'(?:[^"/\\]|\\.)*'
_COMPONENT_REF_IN_JSON = re.compile(rb'"#/components/(' + _SPELLED + rb')/(' + _SPELLED + rb')(?:/(?:[^"\\]|\\.)*)?"(?!:)')


def _component_refs_in(text: bytes) -> Iterator[str]:
    """What `_component_refs` finds in a node, found in the node as orjson writes it: half the
    time (GitHub's spec: 0.06 s walked)."""
    for found in _COMPONENT_REF_IN_JSON.finditer(text):
        if text[found.start() - 1] != ord("\\"):  # a node's text begins with `{` or `[` or `"`
            yield "/components/" + _json_string(found[1]) + "/" + _json_string(found[2])


def _json_string(spelled: bytes) -> str:
    return orjson.loads(b'"' + spelled + b'"') if b"\\" in spelled else spelled.decode()  # type: ignore[no-any-return]


def _refers_to(node: Any, text: bytes | None) -> set[str]:
    """The components a fragment names: read off its JSON `text`, or where it has none, walked."""
    return set(_component_refs(node) if text is None else _component_refs_in(text))


def reduced_document(parts: dict[str, Any], changed: set[str], as_json: dict[str, bytes | None]) -> dict[str, Any] | None:
    """The changed fragments, those that refer to them, and what all of these refer to.
    `as_json`: each fragment as `_as_json` wrote it, where it could."""
    refers_to = {pointer: _refers_to(node, as_json.get(pointer)) for pointer, node in parts.items()}
    if any(not targets <= parts.keys() for targets in refers_to.values()):
        return None  # a reference spelled in a way this does not follow: validate the whole
    referred_by: dict[str, set[str]] = {}
    for pointer, targets in refers_to.items():
        for target in targets:
            referred_by.setdefault(target, set()).add(pointer)
    affected = set(changed)
    pending = list(changed)
    while pending:
        for user in referred_by.get(pending.pop(), ()):
            if user not in affected:
                affected.add(user)
                pending.append(user)
    needed = set(affected)
    pending = list(affected)
    while pending:
        for target in refers_to.get(pending.pop(), ()):
            if target not in needed:
                needed.add(target)
                pending.append(target)
    reduced = dict(parts[REST])
    reduced["paths"] = {}
    components: dict[str, Any] = dict(reduced.get("components") or {})
    for pointer in sorted(needed - {REST}):
        section, *names = [token.replace("~1", "/").replace("~0", "~") for token in pointer.split("/")[1:]]
        if section == "paths":
            reduced["paths"][names[0]] = parts[pointer]
        else:
            components.setdefault(names[0], {})[names[1]] = parts[pointer]
    if components:
        reduced["components"] = components
    return reduced


def _unique_operation_ids(doc: SpecDocument) -> None:
    seen: dict[str, str] = {}
    for path, item in path_items(doc.root).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if isinstance(operation, dict) and isinstance(operation.get("operationId"), str):
                pointer = f"/paths/{escape_pointer_token(path)}/{method}/operationId"
                first = seen.setdefault(operation["operationId"], pointer)
                if first != pointer:
                    raise SpecError(doc.root_file, pointer, f"operationId {operation['operationId']!r} is also used at {first}")


def validate(doc: SpecDocument, earlier: dict[str, object] | None = None) -> dict[str, object]:
    """Validate `doc`, only where it changed when `earlier` (the last record) allows; returns
    the record for the next generation."""
    key = validator_key(doc.version)
    parts = fragments(doc.root)
    as_json = {pointer: _as_json(node) for pointer, node in parts.items()}
    hashes = {pointer: hashlib.sha256(_canonical(node, as_json[pointer])).hexdigest() for pointer, node in parts.items()}
    recorded = earlier.get("fragments") if earlier and earlier.get("key") == key else None
    reduced = None
    if isinstance(recorded, dict) and len(doc.files) == 1 and recorded.get(REST) == hashes[REST]:
        changed = {pointer for pointer, digest in hashes.items() if recorded.get(pointer) != digest}
        reduced = reduced_document(parts, changed, as_json)
    if reduced is None:
        set_aside = _check(doc, doc.root)
    else:
        try:
            found = _check(doc, reduced)
        except SpecError:
            # report what a full run reports, whatever the last generation recorded
            _check(doc, doc.root)
            raise
        # defaults set aside where nothing was validated again are as the last run found them
        validated_again = fragments(reduced).keys()
        earlier_aside = earlier.get("defaults_set_aside") if earlier else None
        kept = [
            (str(pointer), str(message))
            for pointer, message in (earlier_aside if isinstance(earlier_aside, list) else ())
            if fragment_of(str(pointer)) in parts and fragment_of(str(pointer)) not in validated_again
        ]
        set_aside = sorted({*kept, *found})
    return {"key": key, "fragments": hashes, "defaults_set_aside": [list(entry) for entry in set_aside]}


def _check(doc: SpecDocument, document: dict[str, Any]) -> list[tuple[str, str]]:
    set_aside = _run_validators(doc, document)
    _unique_operation_ids(doc)  # spans the whole document, which `document` may not be
    return set_aside


class _Seen(list):  # type: ignore[type-arg]
    """A list whose `in` is a set lookup. openapi-spec-validator records the schemas it has
    visited and the operationIds it has seen in lists and searches them for every schema and
    operation: quadratic in the size of a spec (most of its time on GitHub's)."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


@lru_cache(maxsize=None)
def _semantic_validator(is_31: bool) -> type:
    """openapi-spec-validator's semantic validator, with `_Seen` for its lists. On 3.0 each
    schema's own check against the schema dialect is left out: the meta-schema pass that runs
    first already checked every Schema Object against OpenAPI 3.0's definition of one (3.1
    leaves schemas to their JSON Schema dialect, so there it stays)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    from openapi_spec_validator.validation import keywords

    base = OpenAPIV31SpecValidator if is_31 else OpenAPIV30SpecValidator
    schema_base = keywords.OpenAPIV31SchemaValidator if is_31 else keywords.OpenAPIV30SchemaValidator

    class SchemaValidator(schema_base):  # type: ignore[misc, valid-type]
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = _Seen()
            self.meta_checked_schema_ids = _Seen()

        if not is_31:
            def _validate_schema_meta(self, schema: Any, schema_value: Any) -> None:
                return None

    class OperationValidator(keywords.OperationValidator):  # type: ignore[misc]
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.operation_ids_registry = _Seen()

    validators = {**base.keyword_validators, "schema": SchemaValidator, "operation": OperationValidator}
    return type(base.__name__, (base,), {"keyword_validators": validators})


@lru_cache(maxsize=None)
def _fast_meta_validator(is_31: bool) -> Any:
    import jsonschema_rs
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    meta = json.loads(json.dumps(dict(schema_v31 if is_31 else schema_v30)))  # a plain copy of a lazy proxy
    return jsonschema_rs.validator_for(meta)


def _meets_meta_schema_fast(is_31: bool, document: dict[str, Any]) -> bool:
    """The meta-schema pass by jsonschema-rs: about 0.02 s on GitHub's spec where the Python
    jsonschema takes 5. Only a "valid" answer is taken: for any other (or a value it cannot
    read, such as a YAML date) the Python pass runs and reports the error as it always has."""
    try:
        return bool(_fast_meta_validator(is_31).is_valid(document))
    except Exception:  # noqa: BLE001 - any doubt means the exact pass decides
        return False


class _HasSubscriptMethods(type):
    """isinstance() as a runtime-checkable Protocol of `__contains__`, `__getitem__` and
    `__len__` answers it, without what Python 3.11 does on every such check: list the
    protocol's members again, walking its classes (a sixth of validating GitHub's spec)."""

    def __instancecheck__(cls, instance: object) -> bool:
        return all(getattr(instance, name, None) is not None for name in _SUBSCRIPT_METHODS)


_SUBSCRIPT_METHODS = ("__contains__", "__getitem__", "__len__")


def _check_subscriptable_quickly() -> None:
    """pathable asks, for each step through the document, whether a node is `Subscriptable`:
    answered as that protocol answers it, where it is the protocol this knows."""
    if sys.version_info >= (3, 12):
        return  # the protocol check is quick there
    import pathable.accessors
    import pathable.protocols

    found = getattr(pathable.accessors, "Subscriptable", None)
    if found is pathable.protocols.Subscriptable:
        members = {name for name in vars(found) if name in _SUBSCRIPT_METHODS or not name.startswith("_")}
        if members == set(_SUBSCRIPT_METHODS):
            pathable.accessors.Subscriptable = _HasSubscriptMethods("Subscriptable", (), {})  # type: ignore[attr-defined, misc, assignment]


def _run_validators(doc: SpecDocument, document: dict[str, Any]) -> list[tuple[str, str]]:
    """Raises the error a document has; returns the `default`s that do not fit their schema,
    set aside (see `_defaults_set_aside`): (pointer, what is wrong)."""
    # Imported here: the validator stack is heavy and only this stage needs it.
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    _check_subscriptable_quickly()
    is_31 = doc.version.startswith("3.1")
    # First the meta-schema: it reports structural errors with exact locations, and the
    # semantic validator below is not written to survive structurally broken input.
    meta = schema_v31 if is_31 else schema_v30
    structural = None
    if not _meets_meta_schema_fast(is_31, document):
        structural = _within_the_one_branch(best_match(validator_for(meta)(meta).iter_errors(document)))
    pointer: str | None = None
    set_aside: list[tuple[str, str]] = []
    if structural is None:
        try:
            validator = _semantic_validator(is_31)(_without_path_extensions(document), base_uri=doc.root_file.as_uri())
            # Its iter_errors() begins with the meta-schema pass already done above: run only
            # the semantic part when this version exposes it (about a third of the time).
            semantic, path = getattr(validator, "root_validator", None), getattr(validator, "schema_path", None)
            found = list(semantic(path)) if callable(semantic) and path is not None else None
            if found is not None:
                found, set_aside = _defaults_set_aside(document, found)
            structural = best_match(validator.iter_errors()) if found is None else _most_relevant(found)
        except RecursionError:
            # openapi-spec-validator follows `{allOf: [$ref: itself]}` without end
            raise SpecError(
                doc.root_file, "", "not a valid OpenAPI document: a schema leads back to itself through references alone"
                " (as `A: {allOf: [{$ref: A}]}` does), and the validator cannot follow it"
            ) from None
        except Exception as exc:  # the validator itself failed on this input
            raise SpecError(doc.root_file, "", f"not a valid OpenAPI document: {exc}") from None
        if found is not None and structural is not None:
            pointer = _semantic_location(document, structural)
    if structural is not None:
        message = getattr(structural, "message", str(structural))
        if len(message) > 300:
            message = message[:297] + "..."
        if pointer is None:
            pointer = pointer_of(_at_the_unexpected_key(structural))
        elif not pointer and getattr(structural, "absolute_path", None):
            # within some node the document has more than one of: said, though not where
            message += f" (at {pointer_of(structural.absolute_path)} in the node checked)"
        raise SpecError(doc.root_file, pointer, f"not valid OpenAPI {doc.version}: {message}")
    return set_aside


# Members of these name things (a property, a component, a response called `default`): a
# `default` under one of them is a name, not the keyword.
_NAMING_MAPS = frozenset({
    "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas", "responses",
    "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems",
    "content", "encoding", "variables", "mapping",
})


def _defaults_set_aside(document: dict[str, Any], errors: list[Any]) -> tuple[list[Any], list[tuple[str, str]]]:
    """The semantic pass's errors less those about a schema's `default`, and those, located.
    OpenAPI says a default MUST fit its schema, and 68 of APIs.guru's 2,639 descriptions
    were refused for one that does not (Zoom's `'1'` for `[1, 3]`, FEC's `null` where null is
    not allowed): a client sends no default, and a model keeps one only where it fits the
    field's type, so such a default costs nothing but its own value, and the run says so."""
    kept: list[Any] = []
    aside: dict[str, str] = {}
    for error in errors:
        pointer = _semantic_location(document, error)
        if _is_a_schema_default(pointer):
            aside.setdefault(pointer, str(getattr(error, "message", error)))
        else:
            kept.append(error)
    return kept, sorted(aside.items())


def _is_a_schema_default(pointer: str) -> bool:
    tokens = pointer.split("/")
    last = max((i for i, token in enumerate(tokens) if token == "default"), default=0)
    return last > 1 and tokens[last - 1] not in _NAMING_MAPS


def _without_path_extensions(document: dict[str, Any]) -> dict[str, Any]:
    """The document as the semantic pass can read it: it takes every member of `paths` for a
    path, and an extension there (Apicurio's `x-codegen-contextRoot`, which the meta-schema
    allows) made it fail with a KeyError. The meta-schema has checked the extensions."""
    paths, kept = document.get("paths"), path_items(document)
    return document if not isinstance(paths, dict) or len(kept) == len(paths) else {**document, "paths": kept}


def _within_the_one_branch(error: Any) -> Any:
    """For "not valid under any of the given schemas": the error within the one branch of the
    `oneOf`/`anyOf` that the value was meant for, where only one is left once those it is
    plainly not are set aside (a `$ref` branch of an object with no `$ref`, a branch whose
    `type` or `in` enum the value's does not match). An apiKey scheme without `name` says
    "'name' is a required property" rather than that it matches none of four schemes."""
    from jsonschema.exceptions import best_match

    while error is not None and error.context:
        branches: dict[object, list[Any]] = {}
        for inner in error.context:
            branches.setdefault(inner.relative_schema_path[0], []).append(inner)
        meant = [errors for errors in branches.values() if not any(map(_rules_the_branch_out, errors))]
        if len(meant) != 1:
            return _summed(list(branches.values()), meant) or error
        error = best_match(meant[0])
    return error


def _at_the_unexpected_key(error: Any) -> tuple[object, ...]:
    """Where an error is: an object's member that no property or pattern allows is located
    at the member (`#/source`), not at the object that holds it (`#`)."""
    path = tuple(getattr(error, "absolute_path", ()) or ())
    schema, instance = getattr(error, "schema", None), getattr(error, "instance", None)
    if getattr(error, "validator", None) != "additionalProperties" or not isinstance(schema, dict):
        return path
    if not isinstance(instance, dict):
        return path
    allowed, patterns = schema.get("properties") or {}, schema.get("patternProperties") or {}
    unexpected = (key for key in instance if key not in allowed and not any(re.search(p, key) for p in patterns))
    first = next(unexpected, None)
    return path if first is None else (*path, first)


@dataclass(frozen=True)
class _SummedError:
    """One line for a `oneOf` whose branches each miss the same way."""

    message: str
    absolute_path: tuple[object, ...]


def _summed(branches: list[list[Any]], meant: list[list[Any]]) -> _SummedError | None:
    """Where every branch is ruled out by one member's value alone (`in: body` against each
    parameter location), the values allowed there; where each branch left misses just one
    member (a parameter's `schema` or `content`), which would do. Else None."""
    if not meant:
        by_value = [[e for e in errors if e.validator in ("enum", "const") and e.relative_path] for errors in branches]
        enums = [found[0] for found in by_value if len(found) == 1]
        if len(enums) == len(branches) and len({tuple(e.absolute_path) for e in enums}) == 1:
            allowed = [v for e in enums for v in (e.validator_value if e.validator == "enum" else [e.validator_value])]
            return _SummedError(f"{enums[0].instance!r} is not one of {allowed!r}", tuple(enums[0].absolute_path))
        return None
    missing = [errors[0] for errors in meant if len(errors) == 1 and errors[0].validator == "required"]
    if len(missing) == len(meant) and not any(e.relative_path for e in missing):
        names = [str(e.message).removesuffix(" is a required property") for e in missing]
        return _SummedError(f"{' or '.join(names)} is a required property", tuple(missing[0].absolute_path))
    return None


def _rules_the_branch_out(error: Any) -> bool:
    # a member's value outside the branch's enum (`type: apiKey` against [http]), or a
    # Reference's `$ref` missing from an object that has none
    if error.validator in ("enum", "const") and len(error.relative_path) > 0:
        return True
    return error.validator == "required" and not error.relative_path and "'$ref'" in str(error.message)


def _most_relevant(errors: list[Any]) -> Any:
    """The error jsonschema's ranking puts first, or the first: the errors the semantic pass
    makes itself carry no type checker, and ranking one of a `type` failure raises."""
    from jsonschema.exceptions import best_match

    try:
        return best_match(iter(errors))
    except AttributeError:
        return errors[0] if errors else None


# The semantic pass's errors about operations, which say where only in their words.
_UNRESOLVED_PATH_PARAMETER = re.compile(r"for '(?P<method>[a-z]+)' operation in '(?P<path>.*)' was not resolved$")
_DUPLICATE_PARAMETER = re.compile(r"^Duplicate parameter '(?P<name>.*)'$")
_DUPLICATE_OPERATION_ID = re.compile(r"^Operation ID '.*' for '(?P<method>[a-z]+)' in '(?P<path>.*)' is not unique$")
_UNDEFINED_REQUIRED = re.compile(r"^Required list has not defined properties: \[(?P<names>.*)\]$")


def _semantic_location(document: dict[str, Any], error: Any) -> str:
    """Where an error of the semantic pass is: its path is within the node it checked (a
    schema, a default), not the document's. An operation whose path parameters do not match
    its path, that lists a parameter twice, or whose operationId another took, and a schema
    requiring properties it does not define, by the words of the error (where they name one);
    a dialect it does not know, by the first `$schema` naming one; a value wrong for its
    schema (a `default`), by the schema the error holds, found here by identity; else the one
    node of the document where the error's path leads to the very value it names. "" where
    none of these tells."""
    message = str(getattr(error, "message", ""))
    named = _UNRESOLVED_PATH_PARAMETER.search(message)
    paths = document.get("paths")
    if named and isinstance(paths, dict) and isinstance(paths.get(named["path"]), dict):
        return f"/paths/{escape_pointer_token(named['path'])}/{named['method']}"
    taken = _DUPLICATE_OPERATION_ID.match(message)
    if taken and isinstance(paths, dict) and isinstance(paths.get(taken["path"]), dict):
        return f"/paths/{escape_pointer_token(taken['path'])}/{taken['method']}/operationId"
    duplicate = _DUPLICATE_PARAMETER.match(message)
    if duplicate:
        again = _parameter_again(document, duplicate["name"])
        if again is not None:
            return again
    undefined = _UNDEFINED_REQUIRED.match(message)
    if undefined:
        listing = _required_but_undefined(document, set(re.findall(r"'((?:[^'\\]|\\.)*)'", undefined["names"])))
        if listing is not None:
            return listing
    if "dialect" in message:
        unknown = _unknown_dialect(document)
        if unknown is not None:
            return unknown
    relative = list(getattr(error, "absolute_path", ()) or ())
    if relative:
        roots = _nodes_leading_to(document, relative, getattr(error, "instance", None))
        return roots[0] + pointer_of(relative) if len(roots) == 1 else ""
    schema = getattr(error, "schema", None)
    if not isinstance(schema, dict):
        return ""
    found = next((pointer for pointer, node in _nodes(document, "") if node is schema), None)
    if found is None:
        return ""
    value = getattr(error, "instance", None)
    key = next((key for key in ("default", "example") if key in schema and schema[key] is value), None)
    if key is None:
        beside = _default_beside_a_reference_to(document, "#" + found, value)
        if beside is not None:
            return beside
    return found if key is None else f"{found}/{key}"


def _default_beside_a_reference_to(document: dict[str, Any], target: str, value: object) -> str | None:
    """The one `default` equal to `value` in a schema that refers to `target` (ShipEngine's
    `insured_value: {allOf: [{$ref: monetary_value}], default: [...]}`): the semantic pass
    checks it against the schema referred to, and its error holds that schema, not this one."""
    found = []
    for pointer, node in _nodes(document, ""):
        if not isinstance(node, dict) or "default" not in node:
            continue
        default = node["default"]
        if default is not value and (type(default) is not type(value) or default != value):
            continue
        parts = [node, *(part for key in ("allOf", "anyOf", "oneOf") for part in node.get(key) or () if isinstance(node.get(key), list))]
        if any(isinstance(part, dict) and part.get("$ref") == target for part in parts):
            found.append(f"{pointer}/default")
    return found[0] if len(found) == 1 else None


def _parameter_again(document: dict[str, Any], name: str) -> str | None:
    """The first parameter called `name` listed a second time (with the same `in`) in one
    path item's or operation's parameters, references followed within the document."""

    def resolved(node: Any) -> Any:
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#"):
            return node
        try:
            return walk_pointer(document, ref[1:])
        except KeyError:
            return None

    paths = document.get("paths")
    for path, item in (paths.items() if isinstance(paths, dict) else ()):
        if not isinstance(item, dict):
            continue
        lists = [("", item.get("parameters"))]
        lists += [(f"/{method}", operation.get("parameters")) for method, operation in item.items() if isinstance(operation, dict)]
        for where, parameters in lists:
            seen: set[tuple[Any, Any]] = set()
            for index, parameter in enumerate(parameters if isinstance(parameters, list) else ()):
                found = resolved(parameter)
                if not isinstance(found, dict):
                    continue
                key = (found.get("name"), found.get("in"))
                if key in seen and key[0] == name:
                    return f"/paths/{escape_pointer_token(path)}{where}/parameters/{index}"
                seen.add(key)
    return None


def _nodes_leading_to(document: dict[str, Any], relative: list[Any], value: object) -> list[str]:
    """Pointers of the nodes (two at most) from which `relative` leads to `value` itself."""

    def leads(node: Any) -> bool:
        for token in relative:
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and isinstance(token, int) and 0 <= token < len(node):
                node = node[token]
            else:
                return False
        return node is value

    return list(itertools.islice((pointer for pointer, node in _nodes(document, "") if leads(node)), 2))


def _nodes(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    """Every object and array of a document, with its pointer, in document order."""
    yield pointer, node
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        if isinstance(child, (dict, list)):
            yield from _nodes(child, f"{pointer}/{escape_pointer_token(str(key))}")


def _required_but_undefined(document: dict[str, Any], names: set[str]) -> str | None:
    """The first `required` list of a schema with `allOf` (those the validator checks so)
    that names all of `names` while the schema's own properties define none of them."""
    for pointer, node in _nodes(document, ""):
        if not (isinstance(node, dict) and "allOf" in node and isinstance(node.get("required"), list)):
            continue
        found = node.get("properties")
        properties = found if isinstance(found, dict) else {}
        if names and names <= set(map(str, node["required"])) and not names & set(properties):
            return f"{pointer}/required"
    return None


_OAS_DIALECTS = "https://spec.openapis.org/oas/"  # OpenAPI's own, which the validator reads as its base


def _unknown_dialect(document: dict[str, Any]) -> str | None:
    """Where the first schema-local `$schema` (3.1) names a dialect jsonschema has no validator
    for (OpenAPI's own it reads as its base)."""
    from jsonschema.validators import validator_for

    for pointer, node in _nodes(document, ""):
        dialect = node.get("$schema") if isinstance(node, dict) else None
        if (
            isinstance(dialect, str)
            and not dialect.startswith(_OAS_DIALECTS)
            and validator_for({"$schema": dialect}, default=None) is None
        ):
            return f"{pointer}/$schema"
    return None
