"""Stage 5, write: put generated files in place, or say what would change (`--check`).

A manifest in the output folder lists every file the generator wrote, with its hash, so a
file the new spec no longer produces can be removed while files the generator never wrote
(hand-written additions) are left alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".specgen-manifest.json"


@dataclass(frozen=True)
class Plan:
    out_dir: Path
    files: dict[str, bytes]
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def is_current(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_manifest(out_dir: Path) -> dict[str, str]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def manifest_bytes(files: dict[str, bytes]) -> bytes:
    entries = {path: _digest(data) for path, data in sorted(files.items())}
    return (json.dumps({"generator": "specgen", "files": entries}, indent=2, sort_keys=True) + "\n").encode()


def plan(out_dir: Path, files: dict[str, bytes]) -> Plan:
    wanted = dict(files)
    wanted[MANIFEST] = manifest_bytes(files)
    added, changed = [], []
    for path, data in sorted(wanted.items()):
        target = out_dir / path
        try:
            current = target.read_bytes()
        except FileNotFoundError:
            added.append(path)
            continue
        if current != data:
            changed.append(path)
    owned = read_manifest(out_dir)
    removed = tuple(sorted(p for p in owned if p not in wanted and (out_dir / p).exists()))
    return Plan(out_dir, wanted, tuple(added), tuple(changed), removed)


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def apply(plan: Plan) -> None:
    # The manifest goes last: until it is written, the previous one still describes the folder.
    for path in (*plan.added, *plan.changed):
        if path != MANIFEST:
            _atomic_write(plan.out_dir / path, plan.files[path])
    for path in plan.removed:
        (plan.out_dir / path).unlink(missing_ok=True)
        _prune_empty_parents(plan.out_dir, (plan.out_dir / path).parent)
    if MANIFEST in plan.added or MANIFEST in plan.changed:
        _atomic_write(plan.out_dir / MANIFEST, plan.files[MANIFEST])


def _prune_empty_parents(root: Path, folder: Path) -> None:
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
