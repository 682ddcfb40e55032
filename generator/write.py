"""Stage 5, write: put generated files in place, or say what would change (`--check`).

A manifest in the output folder lists every file the generator wrote, with its hash, so a
file the new spec no longer produces can be removed while files the generator never wrote
(hand-written additions) are left alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
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
    edited: tuple[str, ...]  # generated files whose content on disk is not what was generated

    @property
    def is_current(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read(out_dir: Path) -> dict[str, object]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_manifest(out_dir: Path) -> dict[str, str]:
    files = _read(out_dir).get("files")
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def read_manifest_version(out_dir: Path) -> str | None:
    """The package version the last generation wrote, if any."""
    version = _read(out_dir).get("version")
    return version if isinstance(version, str) else None


def read_manifest_inputs(out_dir: Path) -> dict[str, str]:
    inputs = _read(out_dir).get("inputs")
    return {str(k): str(v) for k, v in inputs.items()} if isinstance(inputs, dict) else {}


def manifest_bytes(
    files: dict[str, bytes], version: str, inputs: dict[str, str], reuse: dict[str, object] | None = None
) -> bytes:
    entries = {path: _digest(data) for path, data in sorted(files.items())}
    document: dict[str, object] = {"generator": "specgen", "version": version, "inputs": inputs, "files": entries}
    if reuse:
        document["reuse"] = reuse
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()


def read_validated(out_dir: Path) -> dict[str, object]:
    """What the last generation validated: the validator's key and a hash per spec fragment."""
    recorded = _read(out_dir).get("reuse")
    validated = recorded.get("validated") if isinstance(recorded, dict) else None
    return validated if isinstance(validated, dict) else {}


def read_piece_keys(out_dir: Path) -> dict[str, list[str]]:
    """Modules formatted in pieces: path -> the keys of their pieces, in order."""
    recorded = _read(out_dir).get("reuse")
    found = recorded.get("pieces") if isinstance(recorded, dict) else None
    if not isinstance(found, dict):
        return {}
    return {str(path): [str(key) for key in keys] for path, keys in found.items() if isinstance(keys, list)}


def read_render_keys(out_dir: Path) -> dict[str, str]:
    """Files reusable whole: path -> key of everything they were made from."""
    recorded = _read(out_dir).get("reuse")
    keys = recorded.get("render_keys") if isinstance(recorded, dict) else None
    return {str(k): str(v) for k, v in keys.items()} if isinstance(keys, dict) else {}


def read_earlier_formatting(out_dir: Path, formatter: str) -> dict[str, tuple[str, str]]:
    """Python files the last generation formatted with this formatter and that are on disk as
    written: path -> (hash of the unformatted text, the formatted text)."""
    data = _read(out_dir)
    recorded = data.get("reuse")
    owned = read_manifest(out_dir)
    if not isinstance(recorded, dict) or recorded.get("formatter") != formatter:
        return {}
    sources = recorded.get("sources")
    found: dict[str, tuple[str, str]] = {}
    for path, source in (sources.items() if isinstance(sources, dict) else ()):
        try:
            data_on_disk = (out_dir / path).read_bytes()
        except OSError:
            continue
        if path in owned and _digest(data_on_disk) == owned[path]:
            found[str(path)] = (str(source), data_on_disk.decode("utf-8"))
    return found


def output_matches_manifest(out_dir: Path) -> bool:
    """Every file the manifest lists is on disk with the recorded content."""
    owned = read_manifest(out_dir)
    return bool(owned) and all(
        (out_dir / path).is_file() and _digest((out_dir / path).read_bytes()) == digest for path, digest in owned.items()
    )


def unchanged_plan(out_dir: Path) -> Plan:
    """The plan for a generation whose inputs and output are both as recorded: nothing to do."""
    return Plan(out_dir, {}, (), (), (), ())


def plan(
    out_dir: Path,
    files: dict[str, bytes],
    version: str,
    inputs: dict[str, str],
    reuse: dict[str, object] | None = None,
) -> Plan:
    wanted = dict(files)
    wanted[MANIFEST] = manifest_bytes(files, version, inputs, reuse)
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
    edited = tuple(
        sorted(p for p, digest in owned.items() if (out_dir / p).is_file() and _digest((out_dir / p).read_bytes()) != digest)
    )
    return Plan(out_dir, wanted, tuple(added), tuple(changed), removed, edited)


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


def _staging(out_dir: Path) -> tuple[Path, Path]:
    return out_dir.parent / f".{out_dir.name}.staging", out_dir.parent / f".{out_dir.name}.previous"


def recover(out_dir: Path) -> None:
    """Finish or undo a swap that an interruption left half done."""
    staging, previous = _staging(out_dir)
    if previous.exists():
        if out_dir.exists():
            shutil.rmtree(previous)  # the swap happened; only the clean-up was cut short
        else:
            previous.rename(out_dir)  # cut between the two renames: put the old output back
    if staging.exists():
        shutil.rmtree(staging)  # an unfinished build: the old output is still whole


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)  # unchanged files cost nothing; new ones replace, never rewrite, the link
    except OSError:
        shutil.copy2(source, target)


def apply(plan: Plan) -> None:
    """Build the new output beside the old one, then swap: an interrupted or failed run leaves
    the previous output whole (and `recover` tidies up what it left)."""
    out_dir = plan.out_dir
    recover(out_dir)
    staging, previous = _staging(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    if out_dir.exists():
        shutil.copytree(out_dir, staging, copy_function=_link_or_copy, symlinks=True)
    else:
        staging.mkdir()
    for path in (*plan.added, *plan.changed):
        _atomic_write(staging / path, plan.files[path])
    for path in plan.removed:
        (staging / path).unlink(missing_ok=True)
        _prune_empty_parents(staging, (staging / path).parent)
    if out_dir.exists():
        out_dir.rename(previous)
        staging.rename(out_dir)
        shutil.rmtree(previous)
    else:
        staging.rename(out_dir)


def _prune_empty_parents(root: Path, folder: Path) -> None:
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
