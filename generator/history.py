"""Regeneration remembers: the spec snapshot a generation used, and what changed since.

`generate` stores a normalized copy of every spec file it read under `<out>/spec/`. The next
generation diffs that snapshot against the new spec (with the target's stability config),
bumps the package version by what changed, and adds an entry to `<out>/CHANGELOG.md`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from generator.build import build_api
from generator.build_trace import Reuse, Unit, UnitKey
from generator.config import TargetConfig
from generator.diff.engine import Change, diff_apis
from generator.diff.report import bump_version, change_lines, version_bump
from generator.diff.rules import Level
from generator.errors import SpecError
from generator.load import SpecDocument, load_spec
from generator.model import Api, Stability
from generator.render.environment import environment
from generator.yaml_core import yaml_text

SNAPSHOT_DIR = "spec"
CHANGELOG = "CHANGELOG.md"


@dataclass(frozen=True)
class Previous:
    api: Api
    version: str
    changelog: str
    taken_over: tuple[int, int] | None = None  # units of its model taken over from this build, of all
    # the sha256 of each snapshot file as read, by its path in the output folder: where it is the
    # manifest's, the writer knows the file on disk as recorded without reading it again
    snapshot_digests: dict[str, str] = field(default_factory=dict)


def snapshot_files(doc: SpecDocument) -> dict[str, bytes]:
    """Every file of the spec in one canonical layout, by relative path. Keys stay in the
    order the spec wrote them: that order is part of the model (properties, the order inline
    classes claim their names in), so the snapshot builds the very model this generation did.
    Bytes, as written: GitHub's 13 MB took 0.06 s to decode to text and encode back."""
    base = doc.root_file.parent
    files = {}
    for path, data in doc.files.items():
        relative = path.relative_to(base).as_posix()
        if path.suffix.lower() == ".json":
            text = _json_bytes(data)
        else:
            text = yaml_text(data, sort_keys=False, allow_unicode=True, width=100).encode("utf-8")
        files[f"{SNAPSHOT_DIR}/{relative}"] = text
    return files


def _json_bytes(data: object) -> bytes:
    """Two-space indent: orjson (25x faster than json, and no large list of small strings in
    memory on GitHub's spec), or json with the same layout where orjson refuses a value (an
    integer beyond 64 bits)."""
    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # orjson.JSONEncodeError is one
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def has_previous(out_dir: Path, spec_name: str, version: str | None) -> bool:
    """Whether `out_dir` holds a last generation to diff against."""
    return version is not None and (out_dir / SNAPSHOT_DIR / spec_name).is_file()


def read_previous(
    out_dir: Path,
    spec_name: str,
    config: TargetConfig,
    version: str | None,
    this_build: tuple[dict[UnitKey, Unit], dict[str, Any], Api] | None = None,
    recorded: dict[str, str] | None = None,
) -> Previous | None:
    """The last generation's API and version, if `out_dir` holds one. `this_build`: the units
    this generation's build recorded, the document it read and the model it made, for the
    units to be taken over where the snapshot has them as they were (see build_trace.py).
    `recorded`: the manifest's digests of the output's files."""
    if not has_previous(out_dir, spec_name, version):
        return None
    snapshot = out_dir / SNAPSHOT_DIR / spec_name
    # a snapshot of one file, as written, is the document a checked one was written from
    snapshots = [path for path in (recorded or {}) if path.startswith(f"{SNAPSHOT_DIR}/")]
    one_file = snapshots == [f"{SNAPSHOT_DIR}/{spec_name}"]
    try:
        doc = load_spec(snapshot, validate=False, sound_if=recorded[snapshots[0]] if recorded and one_file else None)
        reuse = Reuse(this_build[0], this_build[1], doc.root) if this_build is not None else None
        api = build_api(doc, config, reuse=reuse, known=this_build[2] if this_build is not None else None)
        taken_over = (len(reuse.taken), reuse.asked) if reuse is not None else None
    except SpecError as error:
        raise SpecError(error.file, error.pointer, f"the stored snapshot is unreadable ({error.problem}); delete it to start afresh") from None
    changelog_path = out_dir / CHANGELOG
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.is_file() else ""
    assert version is not None  # has_previous says so
    digests = {}
    folder = out_dir.resolve()
    for path in doc.files:
        try:  # read again where not hashed as read, from the page cache, by the child this runs in
            found = doc.root_digest if path == doc.root_file and doc.root_digest else hashlib.sha256(path.read_bytes()).hexdigest()
            digests[path.resolve().relative_to(folder).as_posix()] = found
        except (OSError, ValueError):
            continue
    return Previous(api, version, changelog, taken_over, digests)


def _semver(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in version.split(".")[:3])


def next_version(previous: Previous | None, configured: str, changes: tuple[Change, ...], api: Api) -> str:
    """The version for this generation: the configured one when it is ahead (a manual bump),
    else the previous one bumped by what changed. While the target has draft or alpha parts
    a 0.x version stays 0.x (breaking -> minor); a stable target's breaking change is major."""
    if previous is None or _semver(configured) > _semver(previous.version):
        return configured
    has_early_parts = any(op.stability.rank < Stability.BETA.rank for op in api.operations)
    return bump_version(previous.version, version_bump(changes), zero_major=has_early_parts)


@dataclass(frozen=True)
class Since:
    """This generation against the last one: what changed, the version it makes, and the
    changelog so far (None where there was no earlier generation)."""

    changes: tuple[Change, ...]
    version: str
    earlier_changelog: str | None
    taken_over: tuple[int, int] | None = None  # see Previous
    snapshot_digests: dict[str, str] = field(default_factory=dict)  # see Previous


def since_last_generation(previous: Previous | None, config: TargetConfig, api: Api) -> Since:
    changes = changes_since(previous, api)
    version = next_version(previous, config.version, changes, api)
    if previous is None:
        return Since(changes, version, None)
    return Since(changes, version, previous.changelog, previous.taken_over, previous.snapshot_digests)


def changelog(api: Api, since: Since) -> str:
    changes, version, older = since.changes, since.version, since.earlier_changelog
    if older is not None and not changes:
        return older
    sections = {
        "tolerated": change_lines([c for c in changes if c.tolerated]),
        "breaking": change_lines([c for c in changes if c.is_blocking]),
        "added": change_lines([c for c in changes if c.level is not Level.BREAKING and "added" in c.id]),
        "changed": change_lines([c for c in changes if c.level is not Level.BREAKING and "added" not in c.id]),
    }
    entry = environment().get_template("changelog/entry.md.j2").render(
        api=api, version=version, first=older is None, sections=sections
    )
    older = older or ""
    header = "# Changelog\n\n"
    return header + entry + older.removeprefix(header)


def changes_since(previous: Previous | None, api: Api) -> tuple[Change, ...]:
    return diff_apis(previous.api, api) if previous else ()
