"""Cut a self-contained OpenAPI document out of a larger one: the operations under some path
prefixes, every component they reach through `$ref`, and the security schemes they name.

Used to make a target from one part of a big API (the customers API of Seam Connect).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.errors import SpecError
from generator.load import load_spec
from generator.yaml_core import yaml_text


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                found.add(ref)
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def _component(root: dict[str, Any], ref: str) -> tuple[str, str] | None:
    prefix = "#/components/"
    if not ref.startswith(prefix):
        return None
    section, _, name = ref[len(prefix) :].partition("/")
    return section, name.replace("~1", "/").replace("~0", "~")


def extract(source: Path, prefixes: list[str]) -> dict[str, Any]:
    doc = load_spec(source, validate=False)
    root = doc.root
    if any(not isinstance(ref, str) or not ref.startswith("#") for ref in _refs(root)):
        raise SpecError(source, "", "extract works on single-file documents only")
    paths = {p: item for p, item in (root.get("paths") or {}).items() if p.startswith(tuple(prefixes))}
    if not paths:
        raise SpecError(source, "/paths", f"no path starts with {' or '.join(prefixes)}")
    components: dict[str, dict[str, Any]] = {}
    pending = sorted(_refs(paths))
    while pending:
        target = _component(root, pending.pop())
        if target is None:
            continue
        section, name = target
        if name in components.get(section, {}):
            continue
        node = root["components"][section][name]
        components.setdefault(section, {})[name] = node
        pending.extend(sorted(_refs(node)))
    scheme_names = {
        name
        for item in paths.values()
        for op in item.values()
        if isinstance(op, dict)
        for requirement in op.get("security", root.get("security") or [])
        for name in requirement
    }
    declared = (root.get("components") or {}).get("securitySchemes") or {}
    if scheme_names:
        components["securitySchemes"] = {n: declared[n] for n in sorted(scheme_names) if n in declared}
    used_tags = {t for item in paths.values() for op in item.values() if isinstance(op, dict) for t in op.get("tags", [])}
    result: dict[str, Any] = {"openapi": root["openapi"], "info": root.get("info", {})}
    if "servers" in root:
        result["servers"] = root["servers"]
    if root.get("security"):
        result["security"] = root["security"]
    tags = [t for t in root.get("tags", []) if t.get("name") in used_tags]
    if tags:
        result["tags"] = tags
    result["paths"] = paths
    result["components"] = {section: dict(sorted(entries.items())) for section, entries in sorted(components.items())}
    return result


def dump_yaml(document: dict[str, Any], provenance: str) -> str:
    body = yaml_text(document, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    header = "".join(f"# {line}\n" for line in provenance.splitlines())
    return header + body

