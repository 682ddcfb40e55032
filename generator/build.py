"""Stage 2, build: turn a loaded document into the model of the API (`generator.model`).

This is the only module that reads raw OpenAPI; it folds the many ways a spec can say a
thing (3.0 `nullable` and 3.1 type lists, `allOf` composition, Seam's extensions, config
overrides) into the one form of the model.

Inline objects and enums become named schemas, named from their place: `spaces: [{...}]`
gives `Space`; a name already held by a different shape falls back to longer names that
include the parent (`PushDataRequestSpace`, then `PushDataRequestSpacesItem`). The same
shape written twice under the same name is one class.
"""

from __future__ import annotations

import builtins
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

from generator.build_trace import (
    FALLBACK,
    IS_NAMED,
    METHOD_NAME,
    NAME_AT,
    NAMED,
    OWNER,
    RESERVED,
    SHARED,
    Recorder,
    Reuse,
    UnitKey,
)
from generator.config import TargetConfig
from generator.errors import SpecError, escape_pointer_token
from generator.load import Location, SpecDocument, path_items
from generator.model import (
    Api,
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
    SecurityScheme,
    Stability,
)
from generator.naming import humanize, is_http_token, pascal_case, singular, snake_case, words

# Property names too generic to name a class alone: `Device.properties` -> DeviceProperties.
_GENERIC_NAMES = frozenset(
    {
        "attributes", "body", "config", "configuration", "context", "data", "details", "error", "errors",
        "extra", "info", "item", "items", "meta", "metadata", "model", "options", "parameters", "params", "payload",
        "properties", "property", "request", "response", "result", "results", "settings", "state", "status",
        "type", "value", "values", "warning", "warnings",
    }
)
_UNREAD = object()  # "the caller did not pass the node": read it from the document
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCALAR_KINDS = {"string", "integer", "number", "boolean", "null"}
_CONSTRAINTS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
_CONSTRAINT_SET = frozenset(_CONSTRAINTS)
# JSON Schema keywords the model has no place for; a schema resting on them becomes Any.
_UNSUPPORTED_KEYWORDS = frozenset(
    {"not", "if", "then", "else", "patternProperties", "prefixItems", "contains", "$dynamicRef", "dependentSchemas"}
)
_COMMON_KEYWORDS = _CONSTRAINT_SET | {
    "description", "title", "format", "nullable", "enum", "const", "default", "deprecated",
    "x-deprecated", "readOnly", "writeOnly", "x-stability-level", "x-draft",
}
# Seam marks an API's maturity with its own extensions; `x-stability-level` is oasdiff's.
_STABILITY_EXTENSION = "x-stability-level"


# Names the generated models module itself uses (pydantic, typing, enum, datetime): a schema
# called `Field` must not hide pydantic's `Field`.
_TAKEN_CLASS_NAMES = frozenset(
    {
        "Any", "AnyUrl", "Annotated", "AwareDatetime", "BaseModel", "ConfigDict", "Decimal", "Dict",
        "EmailStr", "Enum", "Field", "List", "Literal", "Model", "Optional", "RootModel", "UUID", "Union",
        "date", "datetime", "time", "timedelta",
    }
    # keywords pascal_case can spell (a schema called `none` is no `class None`), and builtins:
    # a field typed `ImportError` (Google's Migration Center) found the exception while the
    # class of that name was not yet defined
    | {name for name in dir(builtins) if name[:1].isupper()}
)


def class_name(text: str) -> str:
    name = pascal_case(text)
    if name[:1].isdigit():  # a property or schema named `11` or `2fa`: N11, N2Fa, as python_identifier does
        name = "N" + name
    return name + "Model" if name in _TAKEN_CLASS_NAMES else name


def child(location: Location, *tokens: str | int) -> Location:
    pointer = location.pointer
    for token in tokens:
        text = str(token)
        if "~" in text or "/" in text:
            text = text.replace("~", "~0").replace("/", "~1")
        pointer += "/" + text
    return Location(location.file, pointer)


class _Place:
    """Where an inline schema sits, for naming it: candidate names, best first.

    `parent` is the class that owns the property (if any) and `prop` the property's name,
    so that an array's items are named from the array's property, not from the array. A
    property's candidates are worked out when first asked for: most properties are scalars,
    which name nothing (GitHub's spec has 35,000 properties).
    """

    __slots__ = ("_candidates", "parent", "prop", "_grandparent")

    def __init__(self, candidates: tuple[str, ...] | None, parent: str = "", prop: str = "", grandparent: str = ""):
        self._candidates = candidates
        self.parent = parent
        self.prop = prop
        self._grandparent = grandparent

    @property
    def candidates(self) -> tuple[str, ...]:
        if self._candidates is None:
            self._candidates = self._property_candidates()
        return self._candidates

    def for_property(self, name: str) -> _Place:
        return _Place(None, parent=self.candidates[0], prop=name, grandparent=self.parent)

    def _property_candidates(self) -> tuple[str, ...]:
        parent, name = self.parent, self.prop
        own, qualified = pascal_case(name), parent + pascal_case(name)
        # `properties` of a device is DeviceProperties: a generic word names nothing alone
        first = (qualified, own) if snake_case(name) in _GENERIC_NAMES else (own, qualified)
        # before any number: the grandparent too, then the plain word "Property"
        grandparent = self._grandparent
        deeper = (grandparent + qualified,) if grandparent and not qualified.startswith(grandparent) else ()
        return first + deeper + (qualified + "Property",)

    def for_items(self) -> _Place:
        if self.prop:
            one = pascal_case(singular(snake_case(self.prop)))
            many = pascal_case(self.prop)
            candidates = (one, self.parent + one, self.parent + many + "Item")
            if snake_case(self.prop) in _GENERIC_NAMES or singular(snake_case(self.prop)) in _GENERIC_NAMES:
                candidates = (self.parent + one, one, self.parent + many + "Item")
            return _Place(candidates, parent=self.parent)
        return _Place(tuple(c + "Item" for c in self.candidates))

    def for_variant(self, index: int, tag: str | None) -> _Place:
        stems = self.candidates[:2]
        numbered = tuple(c + f"Variant{index + 1}" for c in stems)
        if tag and pascal_case(tag):
            return _Place(tuple(c + pascal_case(tag) for c in stems) + numbered)
        return _Place(numbered)


T = TypeVar("T")
# how `_name_methods` names an operation: its (path, method), group, name, and a shorter name
_Naming = tuple[tuple[str, str], tuple[str, ...], str, str | None]


class _Builder:
    def __init__(
        self, doc: SpecDocument, config: TargetConfig, recorder: Recorder | None = None, reuse: Reuse | None = None
    ) -> None:
        self.doc = doc
        self.config = config
        self.recorder = recorder
        self.reuse = reuse
        self.named: dict[str, NamedSchema] = {}  # class name -> schema (filled as built)
        self.name_by_location: dict[Location, str] = {}
        self.fingerprint_by_name: dict[str, str] = {}
        self.building: set[Location] = set()
        self.fallbacks: list[Fallback] = []
        self.first_success: str | None = None
        self.pinned_groups: dict[tuple[str, str], tuple[str, ...]] = {}  # the config's (see _pin_names)
        components = doc.root.get("components") or {}
        self.component_locations = {
            Location(doc.root_file, f"/components/schemas/{escape_pointer_token(key)}"): key
            for key in (components.get("schemas") or {})
        }
        # Component names are reserved up front so an inline schema never takes one.
        self.reserved: dict[str, Location] = {}
        for location, key in sorted(self.component_locations.items(), key=lambda item: item[1]):
            name = class_name(key) or "Schema"
            base, n = name, 2
            while name in self.reserved:
                name, n = f"{base}{n}", n + 1
            self.reserved[name] = location
            self.name_by_location[location] = name

    # -- what a unit reads and claims (see build_trace.py) ----------------------------------

    def _unit(self, key: UnitKey, reads: tuple[Location, ...], build: Callable[[], T]) -> T:
        """`build()`, or the result of the unit recorded under `key` where it may be taken over."""
        if self.reuse is not None:
            unit = self.reuse.unit(key, self._now)
            if unit is not None:
                self._replay(unit.writes)
                if self.recorder is not None:  # its record is this build's: it read and wrote the same
                    self.recorder.units[key] = unit
                return unit.result  # type: ignore[no-any-return]
        if self.recorder is None:
            return build()
        self.recorder.start(key)
        for location in reads:
            self.recorder.location(location)
        result = build()
        self.recorder.stop(result)
        return result

    def _now(self, kind: int, key: Any) -> Any:
        if kind == NAME_AT:
            return self.name_by_location.get(Location(self.doc.root_file, key))
        if kind == OWNER:
            return self.fingerprint_by_name.get(key)
        if kind == NAMED:
            return self.named.get(key)
        if kind == IS_NAMED:
            return key in self.named
        if kind == RESERVED:
            return key in self.reserved
        if kind == METHOD_NAME:
            return self.method_names.get(key)
        return key in self.shared_method_names

    def _replay(self, writes: list[tuple[int, Any, Any]]) -> None:
        for kind, key, value in writes:
            if kind == NAME_AT:
                self.name_by_location[Location(self.doc.root_file, key)] = value
            elif kind == OWNER:
                self.fingerprint_by_name[key] = value
            elif kind == NAMED:
                self.named[key] = value
            else:
                self.fallbacks.append(value)

    def _name_at(self, location: Location) -> str | None:
        name = self.name_by_location.get(location)
        if self.recorder is not None:
            self.recorder.read(NAME_AT, self.recorder.pointer(location), name)
        return name

    def _give_name(self, location: Location, name: str) -> None:
        self.name_by_location[location] = name
        if self.recorder is not None:
            self.recorder.write(NAME_AT, self.recorder.pointer(location), name)

    def _seen(self, kind: int, key: Any, found: T) -> T:
        """`found`, what a lookup found: an input of the unit being recorded."""
        if self.recorder is not None:
            self.recorder.read(kind, key, found)
        return found

    def _claimed(self, kind: int, key: Any, value: Any) -> None:
        if self.recorder is not None:
            self.recorder.write(kind, key, value)

    def _owner(self, name: str) -> str | None:
        """The fingerprint of the shape that holds `name`, if one does."""
        return self._seen(OWNER, name, self.fingerprint_by_name.get(name))

    def _own(self, name: str, fingerprint: str) -> None:
        self.fingerprint_by_name[name] = fingerprint
        self._claimed(OWNER, name, fingerprint)

    def _named_schema(self, name: str) -> NamedSchema | None:
        return self._seen(NAMED, name, self.named.get(name))

    def _is_named(self, name: str) -> bool:
        return self._seen(IS_NAMED, name, name in self.named)

    def _add_named(self, named: NamedSchema) -> None:
        self.named[named.name] = named
        self._claimed(NAMED, named.name, named)

    def _is_reserved(self, name: str) -> bool:
        return self._seen(RESERVED, name, name in self.reserved)

    def _is_shared(self, method_name: str) -> bool:
        return self._seen(SHARED, method_name, method_name in self.shared_method_names)

    def _fall_back(self, fallback: Fallback) -> None:
        self.fallbacks.append(fallback)
        self._claimed(FALLBACK, None, fallback)

    def _node(self, location: Location) -> Any:
        if self.recorder is not None:
            self.recorder.location(location)
        return self.doc.node(location)

    def _deref(self, location: Location, node: Any = None) -> tuple[Location, Any]:
        if self.recorder is None:
            return self.doc.deref(location, node)
        hops = [location]
        found = self.doc.deref(location, node, hops)
        for hop in hops:
            self.recorder.location(hop)
        return found

    # -- schemas -------------------------------------------------------------------------

    def schema(self, location: Location, place: _Place, node: Any = _UNREAD) -> Schema:
        if node is _UNREAD:
            node = self._node(location)
        if not isinstance(node, dict):
            if node is True or node == {}:
                return Schema(SchemaKind.ANY, self._here(location))
            if node is False:  # JSON Schema's "no value is valid here" (3.1): no type says that
                self._fall_back(Fallback(self._here(location), "false (no value allowed) not supported: typed as Any"))
                return Schema(SchemaKind.ANY, self._here(location))
            raise SpecError(location.file, location.pointer, "a schema must be an object")
        if isinstance(node.get("$ref"), str):
            return self._reference(location, node)
        return self._inline(location, node, place)

    def _reference(self, location: Location, node: dict[str, Any]) -> Schema:
        target, target_node = self._deref(location, node)
        here = self._here(location)
        description = node.get("description")  # 3.1 allows siblings of $ref
        if not isinstance(target_node, dict) or not self._becomes_class(target_node):
            # A plain scalar component (an id format, say) reads better inline.
            inner = self.schema(target, _Place((self._name_for_location(target) or "Value",)))
            return replace(inner, description=description or inner.description)
        name = self._name_at(target) or self._name_of_its_own(target)
        self._ensure_named(target, name, target_node, origin=self._origin(target))
        return Schema(SchemaKind.REF, here, ref=name, description=description)

    def _name_of_its_own(self, target: Location) -> str:
        """A name for a class referred to outside components/schemas (a deep pointer, another
        file), from the pointer's last token, numbered past names that other places hold:
        DigitalOcean's spec refers to `.../image/properties/tags`, an array, where an object
        called `Tags` was being built, and the two shared one class that referred to itself."""
        base = self._name_for_location(target) or "Schema"
        fingerprint = "at " + self._here(target)
        name, n = base, 2
        while (self._owner(name) not in (None, fingerprint)) or self._is_reserved(name) or self._is_named(name):
            name, n = f"{base}{n}", n + 1
        self._own(name, fingerprint)
        return name

    def _here(self, location: Location) -> str:
        """A schema's place as the model records it: `#/pointer` in the root file, else `file#/pointer`.

        Never the root file's name: two releases of a spec must give equal models where equal.
        """
        if location.file is self.doc.root_file or location.file == self.doc.root_file:
            return "#" + location.pointer
        relative = location.file.relative_to(self.doc.root_file.parent).as_posix()
        return f"{relative}#{location.pointer}"

    def _name_for_location(self, location: Location) -> str | None:
        found = self._name_at(location)
        if found is not None:
            return found
        # outside components/schemas (another file, or a deep pointer): name from the last token
        last = location.pointer.rsplit("/", 1)[-1] if location.pointer else location.file.stem
        return class_name(last) or class_name(location.file.stem) or None

    def _origin(self, location: Location) -> str:
        if location.file == self.doc.root_file:
            return location.pointer.lstrip("/")
        return f"{location.file.name}#{location.pointer}"

    @staticmethod
    def _becomes_class(node: dict[str, Any]) -> bool:
        kinds = _types_of(node)
        if "enum" in node:
            return True
        if any(k in node for k in ("properties", "additionalProperties", "allOf", "oneOf", "anyOf")):
            return True
        return bool(kinds & {"object", "array"})

    def _ensure_named(self, location: Location, name: str, node: dict[str, Any], origin: str) -> str:
        if location in self.building or self._is_named(name):
            return name
        self._give_name(location, name)
        self.building.add(location)
        built = self._not_only_itself(name, self._inline(location, node, _Place((name,))))
        self._add_named(NamedSchema(name=name, origin=origin, schema=built))
        self.building.discard(location)
        return name

    def _name_inline(self, location: Location, node: dict[str, Any], place: _Place) -> Schema:
        """An inline object or enum becomes a named schema; identical shapes share one name."""
        name = self._name_at(location)
        if name is not None:
            return Schema(SchemaKind.REF, self._here(location), ref=name, description=node.get("description"))
        if isinstance(node.get("enum"), list) and not node.get("properties"):
            # one set of values is one enum, whatever each use says about it
            shape = repr(("enum", node.get("type"), node["enum"]))
        else:
            shape = repr(node)  # parsed JSON/YAML: repr is deterministic, and 5x cheaper than json.dumps
        # held as a digest: a large inline shape's repr runs to kilobytes, and a unit's claims
        # are kept in the output folder (see model_store.py)
        fingerprint = hashlib.blake2b(shape.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        chosen = None
        for candidate in (class_name(c) for c in place.candidates):
            if not candidate:
                continue
            owner = self._owner(candidate)
            if owner == fingerprint or (owner is None and not self._is_reserved(candidate)):
                chosen = candidate
                break
        if chosen is None:  # every candidate taken by another shape: number the last one
            base, n = class_name(place.candidates[-1]), 2
            while self._owner(f"{base}{n}") is not None or self._is_reserved(f"{base}{n}"):
                n += 1
            chosen = f"{base}{n}"
        if self._owner(chosen) != fingerprint:
            self._own(chosen, fingerprint)
            self._give_name(location, chosen)
            self.building.add(location)
            built = self._not_only_itself(chosen, self._inline(location, node, _Place((chosen,)), allow_naming=False))
            self._add_named(NamedSchema(chosen, self._origin(location), built))
            self.building.discard(location)
        return Schema(SchemaKind.REF, self._here(location), ref=chosen, description=node.get("description"))

    def _inline(self, location: Location, node: dict[str, Any], place: _Place, allow_naming: bool = False) -> Schema:
        here = self._here(location)
        if allow_naming and _is_nameable(node):
            return self._name_inline(location, node, place)
        common = self._common(location, node)
        merged = _enum_union_values(node)
        if merged is not None:
            # a oneOf of enums is one enum: its values are the union of theirs
            common["enum"] = tuple(merged)
            kinds = {t for sub in node.get("oneOf", node.get("anyOf", [])) for t in _types_of(sub)} - {"null"}
            enum_kind = SchemaKind(next(iter(kinds))) if len(kinds) == 1 else SchemaKind.STRING
            return Schema(enum_kind, **common)
        if "allOf" in node:
            return self._all_of(location, node, place, Schema(SchemaKind.ANY, **common))
        for keyword in ("oneOf", "anyOf"):
            if keyword in node:
                variants = []
                locations = [child(location, keyword, i) for i in range(len(node[keyword]))]
                tags = self._variant_tags(locations, node[keyword])
                for i, (variant_location, sub, tag) in enumerate(zip(locations, node[keyword], tags)):
                    variant = self.schema_or_name(variant_location, place.for_variant(i, tag), sub)
                    variants.append(replace(variant, tag=tag) if tag else variant)
                return _union(here, variants, Schema(SchemaKind.ANY, **common), _discriminator(node))
        kinds = _types_of(node)
        if "null" in kinds:
            common["nullable"] = True
        if len(kinds - {"null"}) > 1:
            variants = [Schema(SchemaKind(k), here) for k in sorted(kinds - {"null"})]
            return _union(here, variants, Schema(SchemaKind.ANY, **common), None)
        kind = next(iter(kinds - {"null"}), None)
        if kind is None:
            if "properties" in node or "additionalProperties" in node:
                kind = "object"
            elif "items" in node:
                kind = "array"
            elif kinds == {"null"}:
                kind = "null"
        if kind == "array":
            items = None
            if isinstance(node.get("prefixItems"), list) and node["prefixItems"]:
                # a tuple (3.1): its first members have types of their own, which `items` (the
                # type of the rest, or `false` for none) does not hold
                self._fall_back(Fallback(common["location"], "prefixItems not supported: items typed as Any"))
            elif "items" in node:
                items = self.schema_or_name(child(location, "items"), place.for_items(), node["items"])
            return Schema(SchemaKind.ARRAY, items=items, **common)
        if kind == "object":
            return self._object(location, node, place, common)
        if kind in _SCALAR_KINDS:
            return Schema(SchemaKind(kind), **common)
        unsupported = sorted(node.keys() & _UNSUPPORTED_KEYWORDS)
        if unsupported:
            self._fall_back(Fallback(common["location"], f"{', '.join(unsupported)} not supported: typed as Any"))
        return Schema(SchemaKind.ANY, **common)

    def schema_or_name(self, location: Location, place: _Place, node: Any = _UNREAD) -> Schema:
        if node is _UNREAD:
            node = self._node(location)
        if isinstance(node, dict) and not isinstance(node.get("$ref"), str) and _is_nameable(node):
            return self._inline(location, node, place, allow_naming=True)
        return self.schema(location, place, node)

    def _flattened(self, location: Location, node: Any, depth: int = 0) -> dict[str, Any]:
        """A schema's own properties and required list, with those of its `allOf` parts."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            location, node = self._deref(location)
        if not isinstance(node, dict):
            return {}
        if "allOf" not in node or depth > 8:
            return node
        properties: dict[str, Any] = {}
        required: list[str] = []
        for index, part in enumerate(node["allOf"]):
            flat = self._flattened(child(location, "allOf", index), part, depth + 1)
            properties.update(flat.get("properties") or {})
            required.extend(flat.get("required") or ())
        properties.update(node.get("properties") or {})
        required.extend(node.get("required") or ())
        return {**node, "properties": properties, "required": required}

    def _variant_tags(self, locations: list[Location], nodes: list[Any]) -> list[str | None]:
        """What tells each of a union's object variants apart, to name and pair them.

        First its properties fixed to one value (Seam's error lists: `error_code` is
        `device_offline`), else its title, else the properties it requires that its siblings
        do not (`with_acs_system_id`). A tag two variants share tells nothing: dropped.
        """
        resolved = [self._flattened(location, node) for location, node in zip(locations, nodes)]
        required_sets = [set(n.get("required") or ()) & set(n.get("properties") or {}) for n in resolved]
        common = set.intersection(*required_sets) if required_sets else set()
        tags: list[str | None] = []
        for node, required in zip(resolved, required_sets):
            tag = _fixed_values(node) or _text(node.get("title"))
            if tag is None and required - common:
                tag = "with_" + "_and_".join(sorted(required - common))
            if tag is None:
                # properties no sibling has, required or not
                own = set(node.get("properties") or {})
                others = set().union(*(set(n.get("properties") or {}) for n in resolved if n is not node))
                if own - others:
                    tag = "with_" + sorted(own - others)[0]
            tags.append(tag)
        # Where that leaves variants alike, a flag fixed to one value tells them apart
        # (Seam's managed and unmanaged credentials differ only in `is_managed`).
        for index, node in enumerate(resolved):
            if tags[index] is None or tags.count(tags[index]) > 1:
                flags = _fixed_flags(node)
                if flags:
                    tags[index] = "_".join(filter(None, [tags[index], flags]))
        # Still alike: a property they share but type differently (`labels` as strings or objects).
        for index, node in enumerate(resolved):
            if tags[index] is None or tags.count(tags[index]) > 1:
                for name, prop in (node.get("properties") or {}).items():
                    own_words = self._type_words(prop)
                    others_words = [self._type_words((n.get("properties") or {}).get(name)) for i, n in enumerate(resolved) if i != index]
                    if own_words and all(other != own_words for other in others_words):
                        tags[index] = "_".join(filter(None, [tags[index], f"{name}_as_{own_words}"]))
                        break
        # Last: a member of a type none of its siblings has (`as_string`), else the one that
        # lacks what its siblings have (`without_error_code`): the plain case of the union.
        for index, node in enumerate(resolved):
            if tags[index] is not None and tags.count(tags[index]) == 1:
                continue
            own_type = self._type_words(node)
            if own_type and all(self._type_words(n) != own_type for i, n in enumerate(resolved) if i != index):
                tags[index] = f"as_{own_type}"
                continue
            own = set(node.get("properties") or {}) | set(node.get("required") or ())
            lacking = sorted(
                set().union(*(set(n.get("properties") or {}) | set(n.get("required") or ()) for n in resolved)) - own
            )
            if lacking and len(lacking) <= 3:
                tags[index] = "without_" + "_and_".join(lacking)
            elif _distinct_description(node, resolved):
                tags[index] = _distinct_description(node, resolved)
        return [t if t is not None and tags.count(t) == 1 else None for t in tags]

    def _type_words(self, node: Any, depth: int = 0) -> str | None:
        """A schema's type in words, for telling union members apart: `array_of_string`."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            return pascal_case(node["$ref"].rsplit("/", 1)[-1])
        if not isinstance(node, dict) or depth > 2:
            return None
        kinds = sorted(_types_of(node) - {"null"})
        if kinds == ["array"]:
            inner = self._type_words(node.get("items"), depth + 1)
            return f"array_of_{inner}" if inner else "array"
        if kinds:
            return "_or_".join(kinds)
        return "object" if "properties" in node else None

    def _common(self, location: Location, node: dict[str, Any]) -> dict[str, Any]:
        """Keywords every kind of schema has, as arguments for `Schema` (only those present:
        this runs for every schema node, and most nodes carry two or three keywords)."""
        common: dict[str, Any] = {"location": self._here(location)}
        present = node.keys() & _COMMON_KEYWORDS
        if not present:
            return common
        get = node.get
        if "description" in present:
            common["description"] = _text(get("description"))
        if "title" in present:
            common["title"] = _text(get("title"))
        if "format" in present and isinstance(get("format"), str):
            common["format"] = node["format"]
        if get("nullable") is True:
            common["nullable"] = True
        if "enum" in present and isinstance(node["enum"], list) and _all_scalar(node["enum"]):
            common["enum"] = tuple(v for v in node["enum"] if v is not None)
            if len(common["enum"]) == 1 and "const" not in present:
                # one allowed value is a constant (a discriminator), not a set of choices
                common["const"] = Default(common["enum"][0])
        if "const" in present:
            common["const"] = Default(node["const"])
        if "default" in present:
            common["default"] = Default(node["default"])
        if get("deprecated") is True or get("x-deprecated"):
            common["deprecated"] = True
        if get("readOnly") is True:
            common["read_only"] = True
        if get("writeOnly") is True:
            common["write_only"] = True
        constraints = present & _CONSTRAINT_SET
        if constraints:
            found = {k: node[k] for k in constraints}
            if isinstance(found.get("exclusiveMinimum"), bool) or isinstance(found.get("exclusiveMaximum"), bool):
                _exclusive_bounds_as_numbers(found)
            if found:
                common["constraints"] = tuple(sorted(found.items()))
        if "x-stability-level" in present or "x-draft" in present:
            common["stability"] = _stability_marker(node)
        return common

    def _object(self, location: Location, node: dict[str, Any], place: _Place, common: dict[str, Any]) -> Schema:
        required = set(node.get("required") or ())
        properties = []
        for key, sub in (node.get("properties") or {}).items():
            if sub is False:  # a property that may not be sent: no field
                continue
            prop_location = child(location, "properties", key)
            prop_schema = self.schema_or_name(prop_location, place.for_property(key), sub)
            properties.append(Property(name=key, schema=prop_schema, required=key in required))
        additional: Schema | bool | None = None
        extra = node.get("additionalProperties")
        if extra is False:
            additional = False
        elif isinstance(extra, dict) and extra:
            additional = self.schema_or_name(
                child(location, "additionalProperties"), place.for_property("value"), extra
            )
        return Schema(SchemaKind.OBJECT, properties=tuple(properties), additional_properties=additional, **common)

    def _all_of(self, location: Location, node: dict[str, Any], place: _Place, common: Schema) -> Schema:
        """Fold `allOf` into one schema: properties merged in order, `required` united."""
        # Built last to first: where parts share a property, the last one wins the merge, so it
        # should also win the name (the overridden one is pruned as unused).
        built = [self.schema(child(location, "allOf", i), place, sub) for i, sub in reversed(list(enumerate(node["allOf"])))]
        parts = built[::-1]
        rest = {k: v for k, v in node.items() if k != "allOf"}
        if rest.get("properties") or rest.get("type") == "object":
            parts.append(self._object(location, rest, place, self._common(location, rest)))
        resolved = [self._objects_of_union(self._resolve(p)) for p in parts]
        objects = [p for p in resolved if p.kind is SchemaKind.OBJECT]
        if len(objects) == len(resolved) and objects:
            merged: dict[str, Property] = {}
            required: set[str] = set()
            for part in objects:
                for prop in part.properties:
                    merged[prop.name] = prop
                    required |= {prop.name} if prop.required else set()
            properties = tuple(replace(p, required=p.name in required) for p in merged.values())
            extras = [p.additional_properties for p in objects if p.additional_properties is not None]
            description = common.description or next((p.description for p in objects if p.description), None)
            return replace(
                common,
                kind=SchemaKind.OBJECT,
                properties=properties,
                additional_properties=extras[-1] if extras else None,
                description=description,
            )
        if len(parts) == 1:
            only = parts[0]
            return replace(only, description=common.description or only.description, nullable=only.nullable or common.nullable)
        # Mixed allOf (a scalar with constraints, say): keep the first non-ANY part.
        typed = [p for p in parts if p.kind is not SchemaKind.ANY]
        kinds = {self._resolve(p).kind for p in typed}
        if len(kinds) > 1:
            self._fall_back(Fallback(common.location, "allOf of different types: kept the first"))
        return typed[0] if typed else common

    def _objects_of_union(self, schema: Schema) -> Schema:
        """A union of objects, as one object for `allOf` merging: every variant's properties,
        required where every variant requires them (which combination is valid stays the
        server's to check, as in Seam's own SDK)."""
        if schema.kind is not SchemaKind.UNION:
            return schema
        variants = [self._resolve(v) for v in schema.variants]
        if not variants or any(v.kind is not SchemaKind.OBJECT for v in variants):
            return schema
        merged: dict[str, Property] = {}
        for variant in variants:
            for prop in variant.properties:
                merged.setdefault(prop.name, prop)
        always = set.intersection(*({p.name for p in v.properties if p.required} for v in variants))
        properties = tuple(replace(p, required=p.name in always) for p in merged.values())
        return replace(schema, kind=SchemaKind.OBJECT, properties=properties, variants=())

    def _not_only_itself(self, name: str, built: Schema) -> Schema:
        """`built`, unless it is a reference that leads back to `name` through references
        alone (`A: {allOf: [$ref: A]}`): a class that is only itself says nothing of its
        values, and resolving it would never end. Such a class is typed as Any."""
        seen = {name}
        schema = built
        while schema.kind is SchemaKind.REF and schema.ref is not None:
            if schema.ref in seen:
                self._fall_back(Fallback(built.location, "refers only to itself: typed as Any"))
                return Schema(SchemaKind.ANY, built.location, description=built.description)
            seen.add(schema.ref)
            named = self._named_schema(schema.ref)
            if named is None:
                break
            schema = named.schema
        return built

    def _resolve(self, schema: Schema) -> Schema:
        # ends: no named schema leads back to itself by references alone (`_not_only_itself`)
        while schema.kind is SchemaKind.REF and schema.ref is not None:
            named = self._named_schema(schema.ref)
            if named is None:
                break
            schema = named.schema
        return schema

    # -- operations ----------------------------------------------------------------------

    def _name_methods(self, paths: dict[str, Any]) -> None:
        """Each operation's method name, and which names several resource groups use (`create`
        alone does not name a body). An operationId that begins with its group's name (GitHub's
        `repos/get` tagged `repos`, Azure's `Accounts_Get` tagged `Accounts`) names the method
        by the rest, `client.repos.get`, as Octokit and Azure's own SDKs do: where no other
        operation of the group has that name or would take it too. An action offered by
        several methods, keyed by a fragment (AWS's `/#Action=DescribeInstances`, by
        `GET_DescribeInstances` and `POST_DescribeInstances`), is one route named by the
        action (see `operations`)."""
        found: list[_Naming] = []
        for path in paths:
            _, item = self.doc.deref(Location(self.doc.root_file, "/paths/" + escape_pointer_token(path)))
            if not isinstance(item, dict):
                continue
            offered = [(method, item[method]) for method in HTTP_METHODS if isinstance(item.get(method), dict)]
            actions = {method: _action_of(path, method, node) for method, node in offered}
            shared = Counter(action for action in actions.values() if action is not None)
            for method, node in offered:
                group = self._group(path, node)
                action = actions[method]
                if action is not None and shared[action] > 1:
                    full, short = action, None
                else:
                    full = self._method_name(path, method, node)
                    # an action offered by one method alone is named by the action too, where
                    # nothing else of its group is (SQS offers its actions at two paths)
                    short = action or _without_group(full, group, node)
                found.append(((path, method), group, full, short))
            self._pin_names(path, [method for method, _ in offered], found)
        claims = Counter((group, name) for _, group, full, short in found for name in (full, short) if name)
        self.method_names = {
            key: short if short is not None and claims[(group, short)] == 1 else full for key, group, full, short in found
        }
        groups_by_name: dict[str, set[tuple[str, ...]]] = {}
        for key, group, _, _ in found:
            groups_by_name.setdefault(self.method_names[key], set()).add(group)
        self.shared_method_names = {name for name, groups in groups_by_name.items() if len(groups) > 1}

    def _pin_names(self, path: str, methods: list[str], found: list[_Naming]) -> None:
        """The names the config gives (`client.names`), in place in `found`, whose last
        entries are this path's. A name given to one method of a route offered under several
        (Seam's GET and POST) is the route's, where its other methods are given none: the
        route stays one method."""
        start = len(found) - len(methods)
        mine = found[start:]
        own = {key: self.config.method_name_for(f"{key[1].upper()} {path}") for key, *_ in mine}
        for index, (key, group, full, _) in enumerate(mine):
            route = [own[other] for other, *named in mine if named[:2] == [group, full] and own[other]]
            pinned = own[key] or next(iter(route), None)
            if pinned is not None:
                found[start + index] = (key, pinned[:-1], pinned[-1], None)
                self.pinned_groups[key] = pinned[:-1]

    def _method_name_of(self, path: str, method: str, node: dict[str, Any]) -> str:
        """The method name `_name_methods` gave: an input of the operation's unit, as it
        depends on the group's other operations."""
        given = self._seen(METHOD_NAME, (path, method), self.method_names.get((path, method)))
        return given or self._method_name(path, method, node)

    def _class_prefix(self, group: tuple[str, ...], name: str) -> str:
        """The stem of class names made for an operation: `PushData`, or `AccessCodesCreate`."""
        return pascal_case("_".join((*group, name)) if self._is_shared(name) else name)

    def operations(self) -> list[Operation]:
        paths = path_items(self.doc.root)
        self._name_methods(paths)
        by_route: dict[tuple[str, tuple[str, ...], str], list[Operation]] = {}
        for path in paths:
            path_location = Location(self.doc.root_file, "/paths/" + escape_pointer_token(path))
            item_location, item = self.doc.deref(path_location)
            shared_params = item.get("parameters") or []
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                op = self._unit(
                    ("operation", path, method),
                    (path_location, item_location),
                    partial(self._operation, path, method, child(item_location, method), item_location, shared_params),
                )
                by_route.setdefault((path, op.group, op.name), []).append(op)
        operations = []
        for offered in by_route.values():
            # One route offered under several methods is one operation; POST is preferred
            # because it carries every parameter in a body (Seam's servers accept it everywhere).
            chosen = next((op for op in offered if op.method == "post"), offered[0])
            others = tuple(op.method for op in offered if op is not chosen)
            # the unit's own object where nothing is joined: a copy would read every field
            operations.append(replace(chosen, alternative_methods=others) if others else chosen)
        return operations

    def _operation(
        self, path: str, method: str, location: Location, item_location: Location, shared_params: list[Any]
    ) -> Operation:
        node = self._node(location)
        group = self.pinned_groups.get((path, method)) or self._group(path, node)
        name = self._method_name_of(path, method, node)
        key = f"{method.upper()} {path}"
        prefix = self._class_prefix(group, name)
        parameters = self._parameters(item_location, shared_params, location, node.get("parameters") or [], prefix)
        place = _Place((prefix,))
        request_body = None
        if "requestBody" in node:
            request_body = self._request_body(child(location, "requestBody"), node["requestBody"], _Place((prefix + "Request",)))
        statuses = [str(status) for status in (node.get("responses") or {})]
        self.first_success = next((status for status in statuses if status.startswith("2")), None)
        responses = tuple(
            self._response(child(location, "responses", status), node["responses"][status], status, place, method == "head")
            for status in (node.get("responses") or {})
        )
        security_node = node["security"] if "security" in node else self._root_security()
        security = tuple(tuple(req) for req in security_node if isinstance(req, dict))
        spec_stability = _stability_marker(node)
        stability = self.config.stability_for(key, group) or spec_stability or self.config.default_stability
        deprecated = node.get("x-deprecated")
        if deprecated is None and node.get("deprecated") is True:
            deprecated = ""
        summary = _text(node.get("summary"))
        title = _text(node.get("x-title")) or (summary if summary and summary != path else None) or humanize(name)
        response_key = ResponseKey(node["x-response-key"]) if "x-response-key" in node else None
        return Operation(
            method=method,
            path=path,
            operation_id=node.get("operationId"),
            group=group,
            name=name,
            title=title,
            summary=summary,
            description=_text(node.get("description")),
            parameters=parameters,
            request_body=request_body,
            responses=responses,
            security=security,
            stability=stability,
            deprecated=(deprecated if isinstance(deprecated, str) else "") if deprecated not in (None, False) else None,
            undocumented=bool(node.get("x-undocumented")),
            response_key=response_key,
            tags=tuple(str(t) for t in node.get("tags") or ()),
            servers=_servers(node.get("servers") or self._node(item_location).get("servers")),
        )

    def _group(self, path: str, node: dict[str, Any]) -> tuple[str, ...]:
        fern = node.get("x-fern-sdk-group-name")
        if isinstance(fern, list) and fern:
            return tuple(snake_case(str(g)) for g in fern)
        if isinstance(fern, str) and fern:
            return (snake_case(fern),)
        tags = node.get("tags") or []
        if tags and snake_case(str(tags[0])):
            return (snake_case(str(tags[0])),)
        # a fragment or query in a path key tells operations apart, and names no resource:
        # AWS's `/#X-Amz-Target=AmazonSSM.AddTagsToResource` and `/tags#resourceArn`
        route = path.split("#", 1)[0].split("?", 1)[0]
        first = next((seg for seg in route.split("/") if seg and not seg.startswith("{")), "")
        return (snake_case(first) or "default",)

    def _method_name(self, path: str, method: str, node: dict[str, Any]) -> str:
        fern = node.get("x-fern-sdk-method-name")
        if isinstance(fern, str) and snake_case(fern):
            return snake_case(fern)
        if isinstance(node.get("operationId"), str) and snake_case(node["operationId"]):
            return snake_case(node["operationId"])
        return snake_case(f"{method} {path}") or method

    def _parameters(
        self, item_location: Location, shared: list[Any], location: Location, own: list[Any], prefix: str
    ) -> tuple[Parameter, ...]:
        found: dict[tuple[str, str], Parameter] = {}
        for base, nodes in ((child(item_location, "parameters"), shared), (child(location, "parameters"), own)):
            for index in range(len(nodes)):
                where, node = self._deref(child(base, index), nodes[index])
                if _is_ignored_parameter(node):
                    continue
                param = self._parameter(where, node, prefix)
                found[(param.location.value, param.name)] = param  # an operation's own wins
        return tuple(found.values())

    def _parameter(self, location: Location, node: Any, prefix: str) -> Parameter:
        """A parameter from its node, references already followed (see `_parameters`)."""
        name = str(node["name"])
        where = ParameterLocation(node["in"])
        # a shared parameter (components/parameters/<key>) is named from its key first
        shared_key = location.pointer.rsplit("/", 1)[-1] if location.pointer.startswith("/components/parameters/") else ""
        candidates = [pascal_case(name)]
        if shared_key:
            candidates += [pascal_case(shared_key), pascal_case(shared_key) + "Parameter"]
        candidates.append(prefix + pascal_case(name))
        place = _Place(tuple(candidates))
        if "schema" in node:
            schema = self.schema_or_name(child(location, "schema"), place, node["schema"])
        elif node.get("content"):
            media = next(iter(node["content"]))
            schema = self.schema_or_name(child(location, "content", media, "schema"), place)
        else:
            schema = Schema(SchemaKind.ANY, self._here(location))
        return Parameter(
            name=name,
            location=where,
            required=bool(node.get("required")) or where is ParameterLocation.PATH,
            schema=schema,
            description=_text(node.get("description")),
            deprecated=node.get("deprecated") is True,
            style=node.get("style"),
            explode=node.get("explode"),
        )

    def _contents(self, location: Location, node: dict[str, Any], place: _Place) -> tuple[Content, ...]:
        contents = []
        for media_type, media in (node.get("content") or {}).items():
            schema = None
            if isinstance(media, dict) and "schema" in media:
                schema = self.schema_or_name(child(location, "content", media_type, "schema"), place, media["schema"])
            encoding = media.get("encoding") if isinstance(media, dict) else None
            contents.append(Content(media_type=media_type, schema=schema, encoding=_encoding(encoding)))
        return tuple(contents)

    def _request_body(self, location: Location, node: Any, place: _Place) -> RequestBody:
        location, node = self._deref(location, node)
        return RequestBody(
            required=node.get("required") is True,
            contents=self._contents(location, node, place),
            description=_text(node.get("description")),
        )

    def _response(self, location: Location, node: Any, status: Any, place: _Place, to_head: bool = False) -> Response:
        status = str(status)
        location, node = self._deref(location, node)
        # the first success response is `…Response`; others say their status (`…Response207`)
        suffix = "Response" if status in ("200", "2XX", "default") or status == self.first_success else f"Response{pascal_case(status)}"
        # HTTP: a response to HEAD has no body, nor has a 204 or a 205, whatever a description
        # gives them (Open Banking's HEAD /atms, Jira's 204): none is read, typed or documented
        bodiless = to_head or status in ("204", "205")
        return Response(
            status=status,
            description=_text(node.get("description")),
            contents=() if bodiless else self._contents(location, node, _Place(tuple(c + suffix for c in place.candidates))),
            headers=tuple(sorted((node.get("headers") or {}).keys())),
        )

    def _component(self, location: Location) -> None:
        node = self.doc.node(location)
        if isinstance(node, dict) and not isinstance(node.get("$ref"), str) and self._becomes_class(node):
            name = self._name_at(location)
            assert name is not None  # every component's name is reserved up front
            self._ensure_named(location, name, node, self._origin(location))

    def _root_security(self) -> Any:
        if self.recorder is not None:
            self.recorder.location(Location(self.doc.root_file, "/security"))
        return self.doc.root.get("security") or []

    def security_schemes(self) -> tuple[SecurityScheme, ...]:
        schemes = []
        declared = (self.doc.root.get("components") or {}).get("securitySchemes") or {}
        for key in declared:
            location = Location(self.doc.root_file, "/components/securitySchemes/" + escape_pointer_token(key))
            _, node = self.doc.deref(location)
            schemes.append(
                SecurityScheme(
                    name=key,
                    type=node.get("type", ""),
                    scheme=(node.get("scheme") or "").lower() or None,
                    location=node.get("in"),
                    parameter_name=node.get("name"),
                    bearer_format=node.get("bearerFormat"),
                    description=_text(node.get("description")),
                )
            )
        return tuple(schemes)


def _servers(found: Any) -> tuple[str, ...]:
    return tuple(_server_url(s) for s in found or () if isinstance(s, dict) and "url" in s)


# OpenAPI: a header parameter named so "SHALL be ignored": the body's media type, the
# response types and the security schemes say what these headers carry.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# HTTP's own framing of the message: the transport works them out from the body it sends, and a
# value given beside it could only contradict that body (Azure Data Lake requires
# `Transfer-Encoding: chunked`, PeerTube a `Content-Length`, of bodies httpx sends whole).
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})


def _without_group(name: str, group: tuple[str, ...], node: dict[str, Any]) -> str | None:
    """An operationId's method name less the group's name it begins with, where the rest is
    a name (`repos_get` in `repos`: `get`); None where it is not so, or where the name is not
    the operationId's (Fern's method names are chosen as they are)."""
    if "x-fern-sdk-method-name" in node or not isinstance(node.get("operationId"), str):
        return None
    rest = name.removeprefix("_".join(group) + "_")
    return rest if rest != name and rest[:1].isalpha() else None


def _action_of(path: str, method: str, node: dict[str, Any]) -> str | None:
    """The action an operation keyed by a fragment names after its own method, as AWS's
    query APIs do (`GET_DescribeInstances` at `/#Action=DescribeInstances`): its method name
    less the method. None elsewhere: REST's `getPet` and `deletePet` of one path are two
    operations."""
    operation_id = node.get("operationId")
    if "#" not in path or "x-fern-sdk-method-name" in node or not isinstance(operation_id, str):
        return None
    rest = operation_id.removeprefix(method.upper() + "_")
    return snake_case(rest) if rest != operation_id and rest[:1].isalpha() else None


def _is_ignored_parameter(node: Any) -> bool:
    if not isinstance(node, dict) or node.get("in") not in ("header", "cookie"):
        return False
    name = str(node.get("name", ""))
    if node.get("in") == "header" and (name.lower() in _IGNORED_HEADERS or name.lower() in _FRAMING_HEADERS):
        return True
    return not is_http_token(name)  # one no request can carry (Notion's header `""`)


def _encoding(node: Any) -> tuple[Encoding, ...]:
    """A media type's `encoding` map, what of it a client acts on: style, explode, part type."""
    if not isinstance(node, dict):
        return ()
    return tuple(
        Encoding(
            name=str(name),
            style=entry["style"] if isinstance(entry.get("style"), str) else None,
            explode=entry["explode"] if isinstance(entry.get("explode"), bool) else None,
            content_type=entry["contentType"] if isinstance(entry.get("contentType"), str) else None,
        )
        for name, entry in node.items()
        if isinstance(entry, dict)
    )


def _server_url(server: dict[str, Any]) -> str:
    """A server's URL with each `{variable}` its default: a template is no address to send to."""
    url = str(server["url"])
    variables = server.get("variables")
    for name, variable in (variables.items() if isinstance(variables, dict) else ()):
        if isinstance(variable, dict) and "default" in variable:
            url = url.replace("{" + str(name) + "}", str(variable["default"]))
    return url


def _distinct_description(node: dict[str, Any], siblings: list[dict[str, Any]]) -> str | None:
    """The words of a member's description after those it shares with its siblings'
    ("When the pull request cannot be merged" -> `cannot_be_merged`), five at most."""
    own = words(str(node.get("description") or ""))
    if not own:
        return None
    shared = 0
    for other in siblings:
        if other is node:
            continue
        theirs = words(str(other.get("description") or ""))
        common = 0
        while common < min(len(own), len(theirs)) and own[common] == theirs[common]:
            common += 1
        shared = max(shared, common)
    rest = own[shared : shared + 5]
    return "_".join(rest) if rest else None


def _fixed_flags(node: dict[str, Any]) -> str | None:
    """Boolean properties fixed to one value: `is_managed` (true) or `not_is_managed` (false)."""
    flags = []
    for name, prop in (node.get("properties") or {}).items():
        if not isinstance(prop, dict):
            continue
        values = [prop["const"]] if "const" in prop else prop.get("enum")
        if isinstance(values, list) and len(values) == 1 and isinstance(values[0], bool):
            flags.append(name if values[0] else f"not_{name}")
    return "_".join(flags) if flags else None


def _fixed_values(node: dict[str, Any]) -> str | None:
    """The values of the properties a schema fixes to one value (`const`, or a one-value enum)."""
    fixed = []
    for prop in (node.get("properties") or {}).values():
        if not isinstance(prop, dict):
            continue
        values = [prop["const"]] if "const" in prop else prop.get("enum")
        # a flag fixed to true marks a family of variants; it does not tell them apart
        if isinstance(values, list) and len(values) == 1 and isinstance(values[0], (str, int)):
            if not isinstance(values[0], bool):
                fixed.append(str(values[0]))
    return "_".join(fixed) if fixed else None


def _enum_union_values(node: dict[str, Any]) -> list[Any] | None:
    """The values of a `oneOf`/`anyOf` whose variants are all inline enums of one type, else None."""
    variants = node.get("oneOf", node.get("anyOf"))
    if not isinstance(variants, list) or not variants:
        return None
    values: list[Any] = []
    kinds: set[str] = set()
    for variant in variants:
        if not isinstance(variant, dict) or "$ref" in variant or not isinstance(variant.get("enum"), list):
            return None
        if not _all_scalar(variant["enum"]):
            return None
        if variant.get("properties") or variant.get("type") in ("object", "array"):
            return None
        kinds |= _types_of(variant)
        values.extend(v for v in variant["enum"] if v not in values and v is not None)
    return values if len(kinds - {"null"}) <= 1 else None


def _is_nameable(node: dict[str, Any]) -> bool:
    """Inline schemas that become classes: objects with properties, and enums of two or more."""
    if _enum_union_values(node) is not None:
        return True
    if "enum" in node and not ({"object", "array"} & _types_of(node)):
        values = node["enum"]
        return isinstance(values, list) and _all_scalar(values) and len([v for v in values if v is not None]) > 1
    return bool(node.get("properties")) or "allOf" in node


def _all_scalar(values: list[Any]) -> bool:
    """Whether an enum's values can be an `Enum`'s members: PandaScore's lists whole objects
    (`{"id": 1, "name": "LoL", ...}`), which are typed as their schema says, the list aside."""
    return all(value is None or isinstance(value, (str, int, float, bool)) for value in values)


def _exclusive_bounds_as_numbers(constraints: dict[str, Any]) -> None:
    """OpenAPI 3.0's `minimum: 5, exclusiveMinimum: true` in 3.1's one form,
    `exclusiveMinimum: 5`: the same bound reads alike in both versions, so moving a spec from
    3.0 to 3.1 changes nothing, and a flag is never compared with a number."""
    for flag, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if not isinstance(constraints.get(flag), bool):
            continue
        if constraints.pop(flag) and bound in constraints:
            constraints[flag] = constraints.pop(bound)


def _types_of(node: dict[str, Any]) -> set[str]:
    kind = node.get("type")
    if isinstance(kind, list):
        return {str(k) for k in kind}
    return {str(kind)} if isinstance(kind, str) else set()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _discriminator(node: dict[str, Any]) -> str | None:
    found = node.get("discriminator")
    return found.get("propertyName") if isinstance(found, dict) else None


def _union(here: str, variants: list[Schema], common: Schema, discriminator: str | None) -> Schema:
    nullable = common.nullable or any(v.kind is SchemaKind.NULL for v in variants)
    kept = [v for v in variants if v.kind is not SchemaKind.NULL]
    if len(kept) == 1:
        only = kept[0]
        return replace(only, nullable=nullable or only.nullable, description=common.description or only.description)
    return replace(
        common, kind=SchemaKind.UNION, variants=tuple(kept), nullable=nullable, discriminator=discriminator, location=here
    )


def _stability_marker(node: dict[str, Any]) -> Stability | None:
    level = node.get(_STABILITY_EXTENSION)
    if isinstance(level, str):
        try:
            return Stability(level.lower())
        except ValueError:
            pass
    if node.get("x-draft"):
        return Stability.DRAFT
    return None


def _unique_method_names(operations: list[Operation], pinned: frozenset[str] = frozenset()) -> list[Operation]:
    """Operations whose method names clash (two paths that differ only in punctuation,
    operationIds alike but for case) are all kept: a later one is numbered, `get_users_2`,
    and says which operation has its name. An operation the config names (`pinned`, by key)
    keeps its name before any other."""
    taken = {(op.group, op.name) for op in operations}
    first: dict[tuple[tuple[str, ...], str], Operation] = {}
    for op in operations:
        if op.key in pinned:
            first.setdefault((op.group, op.name), op)
    unique = []
    for op in operations:
        if first.get((op.group, op.name)) is op:
            unique.append(op)
            continue
        key = (op.group, op.name)
        if key not in first:
            first[key] = op
            unique.append(op)
            continue
        n = 2
        while (op.group, f"{op.name}_{n}") in taken:
            n += 1
        taken.add((op.group, f"{op.name}_{n}"))
        unique.append(replace(op, name=f"{op.name}_{n}", name_taken_by=first[key].key))
    return unique


def _reachable(
    named: dict[str, NamedSchema], operations: list[Operation], components: set[str], builder: _Builder,
    known: Api | None = None,
) -> dict[str, frozenset[str]]:
    """Classes an operation or a component uses, directly or through others, each with the
    classes it refers to. What an `allOf` merge overrode is built but used by nothing: it is
    left out. `known`: a model that may hold the very same classes, whose references are
    known (this generation's, where this build is the last generation's)."""
    roots: set[str] = {builder.name_by_location[loc] for loc in builder.component_locations if loc in builder.name_by_location}
    for op in operations:
        roots |= op.references()
    reachable: dict[str, frozenset[str]] = {}
    pending = [name for name in roots if name in named]
    while pending:
        name = pending.pop()
        if name in reachable:
            continue
        schema = named[name]
        if known is not None and known._schema_index.get(name) is schema:
            references = known.references_of(name)
        else:
            references = schema.references()
        reachable[name] = references
        pending.extend(n for n in references if n in named and n not in reachable)
    return reachable


def build_api(
    doc: SpecDocument,
    config: TargetConfig,
    *,
    recorder: Recorder | None = None,
    reuse: Reuse | None = None,
    known: Api | None = None,
) -> Api:
    """The model of `doc`. `recorder` records what each unit of the build read and claimed;
    `reuse` takes over the units of such a record that this document leaves as they were, and
    `known` is the model those units made, whose classes' references need no second walk."""
    builder = _Builder(doc, config, recorder, reuse)
    operations = builder.operations()
    # Every component class is part of the API, used by an operation or not.
    for location, key in sorted(builder.component_locations.items(), key=lambda item: item[1]):
        builder._unit(("component", key), (location,), partial(builder._component, location))
    if not config.include_undocumented:
        operations = [op for op in operations if not op.undocumented]
    pinned = frozenset(f"{method.upper()} {path}" for path, method in builder.pinned_groups)
    operations = _unique_method_names(operations, pinned)  # among those the client has
    info = doc.root.get("info") or {}
    servers = _servers(doc.root.get("servers"))
    reachable = _reachable(builder.named, operations, set(builder.component_locations.values()), builder, known)
    named = [schema for name, schema in builder.named.items() if name in reachable]
    return Api(
        title=str(info.get("title") or "API"),
        version=str(info.get("version") or ""),
        openapi_version=doc.version,
        description=_text(info.get("description")),
        servers=servers,
        operations=tuple(operations),
        schemas=tuple(sorted(named, key=lambda s: s.name)),
        security_schemes=builder.security_schemes(),
        fallbacks=tuple(builder.fallbacks),
        _references=reachable,
    )
