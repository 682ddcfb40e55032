"""Walk two models of an API side by side and collect every change the rules recognise.

Pairs are made by identity: operations by method and path, parameters by location and name,
properties by name, responses by status. Schemas are followed through named references (and
so through recursion, once per pair of names), arrays (`spaces[]`), nested objects
(`spaces[].space_key`) and maps' values (`custom_metadata{}`). Named schemas whose content is
equal in both versions, with all they reach, are skipped without walking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, Iterable

from generator.diff.rules import (
    Level,
    Rule,
    Subject,
    allowed_values,
    among,
    code,
    rules_for,
    variant_key,
)
from generator.model import (
    Api,
    NamedSchema,
    Operation,
    Property,
    Schema,
    SchemaKind,
    Stability,
    preferred_json,
)


@dataclass(frozen=True)
class Change:
    id: str
    level: Level
    operation: str  # "POST /customers/push_data"
    location: str  # JSON pointer into the spec (the new one, or the old one for removals)
    message: str
    stability: Stability
    tolerated: bool  # breaking, but allowed by the stability policy

    @property
    def is_blocking(self) -> bool:
        return self.level is Level.BREAKING and not self.tolerated


@dataclass(frozen=True)
class _Where:
    operation: str
    stability: Stability  # of the operation, or of a property that says its own
    old_stability: Stability
    pointer: str


def _pointer(location: str) -> str:
    """A JSON pointer into the root document; in another file, qualified by that file."""
    return location[1:] if location.startswith("#") else location


def operation_pointer(op: Operation) -> str:
    return "/paths/" + op.path.replace("~", "~0").replace("/", "~1") + "/" + op.method


def _paired_variants(old: tuple[Schema, ...], new: tuple[Schema, ...]) -> list[tuple[Schema, Schema]]:
    """Each new variant with the old one it is known by (see `variant_key`). Variants a key
    does not tell apart (OpenAQ's `anyOf: [date-time string, date string]`: two strings) are
    paired with an equal one first (wherever in the union it is), then in order: paired by key alone, both new strings met
    the last old one, and a spec diffed against itself had 14 breaking changes."""
    unpaired: dict[str, list[Schema]] = {}
    for variant in old:
        unpaired.setdefault(variant_key(variant), []).append(variant)
    pairs = []
    for variant in new:
        candidates = unpaired.get(variant_key(variant))
        if not candidates:
            continue
        # equal but for where it is written (a variant moved within the union)
        index = next((i for i, candidate in enumerate(candidates) if candidate == replace(variant, location=candidate.location)), 0)
        pairs.append((candidates.pop(index), variant))
    return pairs


def _schema_of(named: NamedSchema | None) -> Schema | None:
    return named.schema if named is not None else None


def changed_schema_names(old: Api, new: Api) -> frozenset[str]:
    """Named schemas that differ between the versions, directly or through what they reference."""
    old_by_name = {s.name: s for s in old.schemas}
    new_by_name = {s.name: s for s in new.schemas}
    changed = {
        name
        for name in old_by_name.keys() | new_by_name.keys()
        # most are the very same object, where the last model took over this one's units
        if old_by_name.get(name) is not new_by_name.get(name) and _schema_of(old_by_name.get(name)) != _schema_of(new_by_name.get(name))
    }
    if not changed:
        return frozenset()
    referrers: dict[str, set[str]] = {}
    for name in new_by_name:
        for ref in new.references_of(name):
            referrers.setdefault(ref, set()).add(name)
    for name in changed & old_by_name.keys():  # the rest refer to what they do in the new version
        for ref in old.references_of(name):
            referrers.setdefault(ref, set()).add(name)
    pending = list(changed)
    while pending:
        for referrer in referrers.get(pending.pop(), ()):
            if referrer not in changed:
                changed.add(referrer)
                pending.append(referrer)
    return frozenset(changed)


class RenamedClasses:
    """Classes of the generated models named otherwise in the new version: the same schema, at
    the same place, under a name the old version did not have (Seam 1.778.0 -> 1.875.0:
    `CustomerDataSpace` became `CreatePortalRequestCustomerDataSpace`, another operation
    having come to use the short name), and which operations use each, directly or through
    other classes."""

    def __init__(self, old: Api, new: Api) -> None:
        old_names = {named.name for named in old.schemas}
        new_by_place: dict[str, list[NamedSchema]] = {}
        for named in new.schemas:
            if named.name not in old_names:
                new_by_place.setdefault(named.schema.location, []).append(named)
        self.names: dict[str, str] = {}
        new_names = {named.name for named in new.schemas}
        gone = [named for named in old.schemas if named.name not in new_names and named.schema.location in new_by_place]
        # a class holding a renamed one refers to it by its new name: found once that one is
        while True:
            found: dict[str, str] = {}
            for named in gone:
                if named.name in self.names:
                    continue
                as_now = _with_refs_renamed(named.schema, self.names)
                same = [other.name for other in new_by_place[named.schema.location] if other.schema == as_now]
                if len(same) == 1:
                    found[named.name] = same[0]
            if not found:
                break
            self.names.update(found)
        # every old class from which a renamed one is reached, and which renamed ones
        self._reaching: dict[str, set[str]] = {}
        if self.names:
            referrers: dict[str, set[str]] = {}
            for named in old.schemas:
                for ref in named.references():
                    referrers.setdefault(ref, set()).add(named.name)
            for renamed in self.names:
                pending = [renamed]
                while pending:
                    name = pending.pop()
                    reached = self._reaching.setdefault(name, set())
                    if renamed not in reached:
                        reached.add(renamed)
                        pending.extend(referrers.get(name, ()))

    def reached_by(self, op: Operation) -> set[str]:
        """The renamed classes `op` (of the old version) used."""
        if not self.names:
            return set()
        found: set[str] = set()
        for name in op.references():
            found |= self._reaching.get(name, set())
        return found


def _with_refs_renamed(schema: Schema, names: dict[str, str]) -> Schema:
    """`schema` referring to each class of `names` by its new name."""
    if not names or not (schema.references() & names.keys()):
        return schema
    changes: dict[str, Any] = {}
    if schema.ref in names:
        changes["ref"] = names[schema.ref]
    if schema.items is not None:
        changes["items"] = _with_refs_renamed(schema.items, names)
    if schema.properties:
        changes["properties"] = tuple(replace(p, schema=_with_refs_renamed(p.schema, names)) for p in schema.properties)
    if schema.variants:
        changes["variants"] = tuple(_with_refs_renamed(v, names) for v in schema.variants)
    if isinstance(schema.additional_properties, Schema):
        changes["additional_properties"] = _with_refs_renamed(schema.additional_properties, names)
    return replace(schema, **changes)


# A path inside a cached finding starts at this mark; replaying the finding for one use of
# the schema puts that use's path in its place.
_HERE = "\x00"
_PATH = re.compile("\x01([^\x01]*)\x01")


@dataclass(frozen=True)
class _Finding:
    """A change found inside a schema, before it is placed in an operation."""

    rule: Rule
    message: str  # the path inside \x01 marks
    pointer: str
    stability: Stability | None  # where a property or schema says its own


class _Walker:
    def __init__(self, old: Api, new: Api, threshold: Stability) -> None:
        self.old, self.new, self.threshold = old, new, threshold
        self.changed_names = changed_schema_names(old, new)
        self.renamed = RenamedClasses(old, new)
        self.changes: list[Change] = []
        self.cache: dict[tuple[Subject, str, str], list[_Finding]] = {}
        self.in_progress: set[tuple[Subject, str, str]] = set()

    def check(self, subject: Subject, old: object, new: object, pointer: str, path: str = "") -> list[_Finding]:
        found = []
        for rule in rules_for(subject):
            for message in rule.check(old, new):
                found.append(_Finding(rule, message.replace("{path}", f"\x01{path}\x01"), pointer, None))
        return found

    def record(self, findings: list[_Finding], where: _Where, label: str = "") -> None:
        for finding in findings:
            rule = finding.rule
            if rule.judged_by_old_stability:
                stability = where.old_stability
            else:
                stability = finding.stability or where.stability
            tolerated = rule.level is Level.BREAKING and stability.rank < self.threshold.rank
            message = _PATH.sub(lambda m: code(m.group(1)) if m.group(1) else label, finding.message)
            self.changes.append(
                Change(rule.id, rule.level, where.operation, finding.pointer or where.pointer, message, stability, tolerated)
            )

    # -- operations ------------------------------------------------------------------

    def run(self) -> list[Change]:
        old_ops = {op.key: op for op in self.old.operations}
        new_ops = {op.key: op for op in self.new.operations}
        keys = list(new_ops) + [key for key in old_ops if key not in new_ops]
        for key in keys:
            old_op, new_op = old_ops.get(key), new_ops.get(key)
            current = new_op or old_op
            assert current is not None
            where = _Where(
                operation=key,
                stability=current.stability,
                old_stability=(old_op or current).stability,
                pointer=operation_pointer(current),
            )
            if new_op is not None and old_op is new_op and not new_op.references() & self.changed_names:
                # one object, in both models (the last model took over this build's unit), and
                # every class it names the same: a rule compares what it is given, so only what
                # is looked up by name elsewhere can differ (most of a regeneration's operations)
                self.security_schemes(old_op, new_op, where)
                self.classes(old_op, where)
                continue
            self.record(self.check(Subject.OPERATION, old_op, new_op, ""), where)
            if old_op is not None and new_op is not None:
                self.security_schemes(old_op, new_op, where)
                self.parameters(old_op, new_op, where)
                self.request_body(old_op, new_op, where)
                self.responses(old_op, new_op, where)
                self.classes(old_op, where)
        return self.changes

    def classes(self, old_op: Operation, where: _Where) -> None:
        """The generated models' classes the operation used that are named otherwise now."""
        for old_name in sorted(self.renamed.reached_by(old_op)):
            new_name = self.renamed.names[old_name]
            pointer = _pointer(self.new.schema(new_name).schema.location)
            self.record(self.check(Subject.CLIENT_CLASS, old_name, new_name, pointer), where)

    def security_schemes(self, old_op: Operation, new_op: Operation, where: _Where) -> None:
        """Each scheme the operation names in both versions, compared as defined in each."""
        old_names = {name for requirement in old_op.security for name in requirement}
        for name in dict.fromkeys(name for requirement in new_op.security for name in requirement):
            old_scheme, new_scheme = self.old.security_scheme(name), self.new.security_scheme(name)
            if name in old_names and old_scheme is not None and new_scheme is not None and old_scheme != new_scheme:
                pointer = "/components/securitySchemes/" + name.replace("~", "~0").replace("/", "~1")
                self.record(self.check(Subject.SECURITY_SCHEME, old_scheme, new_scheme, pointer), where)

    def parameters(self, old_op: Operation, new_op: Operation, where: _Where) -> None:
        old_params = {(p.location.value, p.name): p for p in old_op.parameters}
        new_params = {(p.location.value, p.name): p for p in new_op.parameters}
        for key in list(new_params) + [k for k in old_params if k not in new_params]:
            old_param, new_param = old_params.get(key), new_params.get(key)
            current = new_param or old_param
            assert current is not None
            pointer = _pointer(current.schema.location).rsplit("/schema", 1)[0]
            self.record(self.check(Subject.PARAMETER, old_param, new_param, pointer), where)
            if old_param is not None and new_param is not None:
                label = f"{current.location.value} parameter {code(current.name)}"
                self.record(self.schema(Subject.REQUEST_SCHEMA, old_param.schema, new_param.schema, ""), where, label)

    def request_body(self, old_op: Operation, new_op: Operation, where: _Where) -> None:
        pointer = where.pointer + "/requestBody"
        self.record(self.check(Subject.REQUEST_BODY, old_op.request_body, new_op.request_body, pointer), where)
        old_body, new_body = _json_schema(old_op), _json_schema(new_op)
        if old_body is None or new_body is None:
            return
        self.record(self.schema(Subject.REQUEST_SCHEMA, old_body, new_body, ""), where, "request body")

    def responses(self, old_op: Operation, new_op: Operation, where: _Where) -> None:
        old_responses = {r.status: r for r in old_op.responses}
        new_responses = {r.status: r for r in new_op.responses}
        for status in list(new_responses) + [s for s in old_responses if s not in new_responses]:
            old_response, new_response = old_responses.get(status), new_responses.get(status)
            pointer = where.pointer + "/responses/" + status
            self.record(self.check(Subject.RESPONSE, old_response, new_response, pointer), where)
            if old_response is None or new_response is None or not status.startswith("2"):
                continue
            old_content, new_content = preferred_json(old_response.contents), preferred_json(new_response.contents)
            if old_content and new_content and old_content.schema and new_content.schema:
                found = self.schema(Subject.RESPONSE_SCHEMA, old_content.schema, new_content.schema, "")
                self.record(found, where, "response body")

    # -- schemas ---------------------------------------------------------------------

    def _resolved(self, api: Api, schema: Schema) -> Schema:
        if schema.kind is not SchemaKind.REF:
            return schema
        target = api.resolve(schema)
        # nullability and description written beside a reference belong to this use of it
        if (schema.nullable and not target.nullable) or (schema.description and schema.description != target.description):
            return replace(
                target, nullable=target.nullable or schema.nullable, description=schema.description or target.description
            )
        return target

    def schema(self, subject: Subject, old: Schema, new: Schema, path: str) -> list[_Finding]:
        """Findings for one pair of schemas at `path`; a pair of named schemas is walked once."""
        if not (old.kind is SchemaKind.REF and new.kind is SchemaKind.REF and old.ref and new.ref):
            return self._walk(subject, old, new, path)
        if old.ref == new.ref and old.ref not in self.changed_names:
            if (old.nullable, old.description) == (new.nullable, new.description):
                return []
        key = (subject, old.ref, new.ref)
        if key not in self.cache:
            if key in self.in_progress:
                return []  # recursion: this pair is being walked further up
            self.in_progress.add(key)
            target_old = replace(old, nullable=False, description=None)
            target_new = replace(new, nullable=False, description=None)
            self.cache[key] = self._walk(subject, target_old, target_new, _HERE)
            self.in_progress.discard(key)
        found = [
            _Finding(f.rule, _fix_join(f.message.replace(f"\x01{_HERE}", f"\x01{path}"), path), f.pointer, f.stability)
            for f in self.cache[key]
        ]
        if (old.nullable, old.description) != (new.nullable, new.description):
            found = self._use_site(subject, old, new, path) + found
        return found

    def _use_site(self, subject: Subject, old: Schema, new: Schema, path: str) -> list[_Finding]:
        """Changes written beside a reference (nullable, description) belong to this use only."""

        def use(api: Api, schema: Schema) -> Schema:
            target = api.resolve(schema)
            # an inline schema named into a class repeats its own description on the reference
            description = schema.description if schema.description != target.description else None
            return Schema(SchemaKind.ANY, schema.location, nullable=schema.nullable and not target.nullable, description=description)

        return self.check(subject, use(self.old, old), use(self.new, new), _pointer(new.location), path)

    def _walk(self, subject: Subject, old: Schema, new: Schema, path: str) -> list[_Finding]:
        old_resolved, new_resolved = self._resolved(self.old, old), self._resolved(self.new, new)
        if {old_resolved.kind, new_resolved.kind} == {SchemaKind.UNION, SchemaKind.OBJECT}:
            old_resolved, new_resolved = self._as_objects(subject, old_resolved, new_resolved, path)
        found = self.check(subject, old_resolved, new_resolved, _pointer(new.location), path)
        if old_resolved.kind is SchemaKind.OBJECT and new_resolved.kind is SchemaKind.OBJECT:
            found += self.properties(subject, old_resolved, new_resolved, path)
            # a map's values (`additionalProperties`), as an array's items are walked
            old_values, new_values = old_resolved.additional_properties, new_resolved.additional_properties
            if isinstance(old_values, Schema) and isinstance(new_values, Schema):
                found += self.schema(subject, old_values, new_values, f"{path}{{}}")
        elif old_resolved.kind is SchemaKind.ARRAY and new_resolved.kind is SchemaKind.ARRAY:
            if old_resolved.items is not None and new_resolved.items is not None:
                found += self.schema(subject, old_resolved.items, new_resolved.items, f"{path}[]")
        elif old_resolved.kind is SchemaKind.UNION and new_resolved.kind is SchemaKind.UNION:
            for before, variant in _paired_variants(old_resolved.variants, new_resolved.variants):
                found += self.schema(subject, before, variant, path)
        if new_resolved.stability is not None:
            found = [f if f.stability else replace(f, stability=new_resolved.stability) for f in found]
        return found

    def _as_objects(self, subject: Subject, old: Schema, new: Schema, path: str) -> tuple[Schema, Schema]:
        """A union of objects beside an object, compared as the object a client sends or
        reads: every variant's properties, required where every variant requires them. Seam
        wrote `/acs/encoders/list`'s body as a `oneOf` in 1.424.0 and as `allOf: [oneOf,
        {limit, page_cursor}]` in 1.622.0, which the model makes one object: a type change
        that broke no call. A request's object that became a union is compared with the
        first variant that takes every call it took (`/access_grants/get`: by id, or now by
        key); with none, it stays a type change."""
        if subject is Subject.REQUEST_SCHEMA and old.kind is SchemaKind.OBJECT:
            for variant in new.variants:
                candidate = replace(self.new.resolve(variant), description=new.description)
                if candidate.kind is SchemaKind.OBJECT and not self._breaks(subject, old, candidate, path):
                    return old, candidate
            if self._split_by_discriminator(subject, old, new, path):
                return old, _flattened(self.new, new) or new
            return old, new
        if old.kind is SchemaKind.UNION:
            return _flattened(self.old, old) or old, new
        return old, _flattened(self.new, new) or new

    def _breaks(self, subject: Subject, old: Schema, new: Schema, path: str) -> bool:
        return any(finding.rule.level is Level.BREAKING for finding in self._walk(subject, old, new, path))

    def _split_by_discriminator(self, subject: Subject, old: Schema, union: Schema, path: str) -> bool:
        """Whether a request's object became a union that takes every call it took, one value
        of its discriminator to each variant: Seam's `deep_link` (`resource_type` reservation
        or space) became a `oneOf` with a variant for each in 1.977.0, and one more."""
        tag = union.discriminator
        if not tag:
            return False
        before = old.property(tag)
        values = allowed_values(self.old.resolve(before.schema)) if before is not None else None
        if before is None or values is None:
            return False
        variants = [replace(self.new.resolve(v), description=union.description) for v in union.variants]
        for value in values:
            # the object, called with this value only, against the variant made for it
            one = replace(before, schema=replace(self.old.resolve(before.schema), enum=(value,), const=None))
            called = replace(old, properties=tuple(one if p.name == tag else p for p in old.properties))
            takes = [
                variant
                for variant in variants
                if variant.kind is SchemaKind.OBJECT
                and (prop := variant.property(tag)) is not None
                and among(value, allowed_values(self.new.resolve(prop.schema)) or ())
            ]
            if not any(not self._breaks(subject, called, variant, path) for variant in takes):
                return False
        return True

    def properties(self, subject: Subject, old: Schema, new: Schema, path: str) -> list[_Finding]:
        property_subject = Subject.REQUEST_PROPERTY if subject is Subject.REQUEST_SCHEMA else Subject.RESPONSE_PROPERTY
        old_props = {p.name: p for p in old.properties}
        new_props = {p.name: p for p in new.properties}
        found: list[_Finding] = []
        for name in list(new_props) + [n for n in old_props if n not in new_props]:
            old_prop, new_prop = old_props.get(name), new_props.get(name)
            if subject is Subject.REQUEST_SCHEMA and _read_only(old_prop) and _read_only(new_prop):
                continue  # never sent by clients
            if subject is Subject.RESPONSE_SCHEMA and _write_only(old_prop) and _write_only(new_prop):
                continue  # never returned to them (a password)
            if subject is Subject.REQUEST_SCHEMA and old_prop is not None and old_prop.schema.read_only:
                old_prop = None  # never sent before: for clients, an input added
            if subject is Subject.RESPONSE_SCHEMA and old_prop is not None and old_prop.schema.write_only:
                old_prop = None  # never returned before: for clients, a field added
            current = new_prop or old_prop
            assert current is not None
            child_path = f"{path}.{name}" if path else name
            here = self.check(property_subject, old_prop, new_prop, _pointer(current.schema.location), child_path)
            if old_prop is not None and new_prop is not None:
                here += self.schema(subject, old_prop.schema, new_prop.schema, child_path)
            if current.schema.stability is not None:
                here = [f if f.stability else replace(f, stability=current.schema.stability) for f in here]
            found += here
        return found


def _flattened(api: Api, union: Schema) -> Schema | None:
    """A union whose variants are all objects, as one object (see `_as_objects`); None where
    a variant is not an object."""
    variants = [api.resolve(variant) for variant in union.variants]
    if not variants or any(variant.kind is not SchemaKind.OBJECT for variant in variants):
        return None
    merged: dict[str, list[Property]] = {}
    for variant in variants:
        for prop in variant.properties:
            merged.setdefault(prop.name, []).append(prop)
    properties = tuple(
        replace(
            found[0],
            schema=_values_joined([prop.schema for prop in found]),
            required=len(found) == len(variants) and all(prop.required for prop in found),
        )
        for found in merged.values()
    )
    return replace(union, kind=SchemaKind.OBJECT, properties=properties, variants=(), discriminator=None)


def _values_joined(schemas: list[Schema]) -> Schema:
    """One property as the variants hold it: the first's schema, its values those of all of
    them where each names its own (a discriminator's, one per variant)."""
    first = schemas[0]
    each = [allowed_values(schema) for schema in schemas]
    if len(schemas) == 1 or any(values is None for values in each):
        return first
    joined: list[Any] = []
    for values in each:
        joined.extend(value for value in values or () if not among(value, tuple(joined)))
    return replace(first, enum=tuple(joined), const=None)


def _fix_join(message: str, prefix: str) -> str:
    """After replaying at the root (empty prefix), `.name` becomes `name`."""
    if prefix:
        return message
    return message.replace("\x01.", "\x01")


def _read_only(prop: Property | None) -> bool:
    return prop is None or prop.schema.read_only


def _write_only(prop: Property | None) -> bool:
    return prop is None or prop.schema.write_only


def _json_schema(op: Operation) -> Schema | None:
    if op.request_body is None:
        return None
    content = op.request_body.preferred()
    return content.schema if content else None


def diff_apis(old: Api, new: Api, *, threshold: Stability = Stability.BETA) -> tuple[Change, ...]:
    """Every change from `old` to `new`; breaking ones below `threshold` are tolerated."""
    return tuple(_Walker(old, new, threshold).run())


def levels(changes: Iterable[Change]) -> dict[str, int]:
    counts = {level.value: 0 for level in Level}
    for change in changes:
        counts[change.level.value] += 1
    return counts
