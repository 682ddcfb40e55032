"""Stage 5, write: put generated files in place, or say what would change (`--check`).

A manifest in the output folder lists every file the generator wrote, with its hash, so a
file the new spec no longer produces can be removed while files the generator never wrote
(hand-written additions) are left alone.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import orjson

from generator.errors import SpecError
from generator.fingerprint import ROOT_KEY

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


def _string_map(value: object) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


@dataclass(frozen=True)
class Manifest:
    """What the last generation recorded in an output folder, read once: the files it owns
    (with hashes), the version, the inputs, and the records that let work be reused."""

    out_dir: Path
    document: dict[str, object]

    @classmethod
    def read(cls, out_dir: Path) -> Manifest:
        try:
            # orjson: GitHub's manifest is 1.2 MB, read two or three times a run (json: 15 ms each)
            data = orjson.loads((out_dir / MANIFEST).read_bytes())
        except (OSError, ValueError):
            data = {}
        return cls(out_dir, data if isinstance(data, dict) else {})

    @cached_property  # asked once per output file when regenerating: thousands of times on GitHub's
    def files(self) -> dict[str, str]:
        return _string_map(self.document.get("files"))

    @property
    def version(self) -> str | None:
        """The package version the last generation wrote, if any."""
        version = self.document.get("version")
        return version if isinstance(version, str) else None

    @property
    def inputs(self) -> dict[str, str]:
        return _string_map(self.document.get("inputs"))

    @property
    def spec_root(self) -> str | None:
        """The spec file the last generation read, relative to its folder (as its snapshot is
        named), if the manifest says: those before 2026-11-29 do not."""
        root = self.inputs.get(ROOT_KEY, "")
        return root.removeprefix("spec/") or None

    @property
    def _reuse(self) -> dict[str, object]:
        reuse = self.document.get("reuse")
        return reuse if isinstance(reuse, dict) else {}

    @property
    def validated(self) -> dict[str, object]:
        """What the last generation validated: the validator's key and a hash per spec fragment."""
        validated = self._reuse.get("validated")
        return validated if isinstance(validated, dict) else {}

    @property
    def render_keys(self) -> dict[str, str]:
        """Files rendered from a deferred view: path -> the key of that template and view."""
        return _string_map(self._reuse.get("rendered"))

    def as_written(self, path: str) -> bytes | None:
        """An output file's bytes, if it is on disk exactly as the last generation wrote it."""
        digest = self.files.get(path)
        try:
            data = (self.out_dir / path).read_bytes() if digest is not None else None
        except OSError:
            return None
        return data if data is not None and _digest(data) == digest else None

    @property
    def view_keys(self) -> dict[str, str]:
        """The keys of the views the last generation made lazily, by what each was made of
        (see `render/common.py`'s `Inputs`)."""
        return _string_map(self._reuse.get("views"))

    @property
    def paginated(self) -> dict[str, bool]:
        """Whether each method of the client is paginated, by what its view was made of (see
        `resource_modules`)."""
        found = self._reuse.get("paginated")
        return {str(key): flag for key, flag in found.items() if type(flag) is bool} if isinstance(found, dict) else {}

    @property
    def pieces_give(self) -> dict[str, str] | None:
        """What each piece of a module rendered in pieces (a class of the models module, a
        method of a resource module) needs imported, by its key (see `Pieced`), if the last
        generation recorded it."""
        found = self._reuse.get("gives")
        return _string_map(found) if isinstance(found, dict) else None

    @property
    def piece_keys(self) -> dict[str, list[str]]:
        """Modules formatted in pieces: path -> the keys of their pieces, in order."""
        found = self._reuse.get("pieces")
        if not isinstance(found, dict):
            return {}
        return {str(path): [str(key) for key in keys] for path, keys in found.items() if isinstance(keys, list)}

    def earlier_formatting(self, formatter: str) -> dict[str, tuple[str, bytes]]:
        """Python files the last generation formatted with this formatter and that are on disk
        as written: path -> (hash of the unformatted text, the formatted file's bytes)."""
        if self._reuse.get("formatter") != formatter:
            return {}
        sources, owned = self._reuse.get("sources"), self.files
        found: dict[str, tuple[str, bytes]] = {}
        for path, source in (sources.items() if isinstance(sources, dict) else ()):
            try:
                data_on_disk = (self.out_dir / path).read_bytes()
            except OSError:
                continue
            if path in owned and _digest(data_on_disk) == owned[path]:
                found[str(path)] = (str(source), data_on_disk)
        return found

    def output_matches(self) -> bool:
        """Every file the manifest lists is on disk with the recorded content."""
        owned = self.files
        return bool(owned) and all(
            (self.out_dir / path).is_file() and _digest((self.out_dir / path).read_bytes()) == digest
            for path, digest in owned.items()
        )


def manifest_bytes(
    files: dict[str, bytes],
    version: str,
    inputs: dict[str, str],
    reuse: dict[str, object] | None = None,
    digests: dict[str, str] | None = None,
) -> bytes:
    """The manifest; `digests`, where the caller has them, are the files' (saves hashing twice)."""
    entries = {path: (digests[path] if digests else _digest(data)) for path, data in sorted(files.items())}
    document: dict[str, object] = {"generator": "specgen", "version": version, "inputs": inputs, "files": entries}
    if reuse:
        document["reuse"] = reuse
    try:
        encoded = orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)
    except TypeError:  # a value orjson does not write as json would (an integer beyond 64 bits)
        encoded = b"\x80"
    if encoded.isascii():  # json's layout, 8 times as fast
        return encoded
    # json escapes what is not ASCII (a spec file's name), and sorts keys as strings, not bytes
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()


def unchanged_plan(out_dir: Path) -> Plan:
    """The plan for a generation whose inputs and output are both as recorded: nothing to do."""
    return Plan(out_dir, {}, (), (), (), ())


def plan(
    out_dir: Path,
    files: dict[str, bytes],
    version: str,
    inputs: dict[str, str],
    reuse: dict[str, object] | None = None,
    as_written: frozenset[str] = frozenset(),
    on_disk_as_recorded: frozenset[str] = frozenset(),
    owned: dict[str, str] | None = None,
) -> Plan:
    """`as_written`: files whose bytes were read from disk in this run, where they were as the
    manifest records them (most of a regeneration's 1,300 files on GitHub's spec): they are
    neither hashed nor read again. `on_disk_as_recorded`: files this run found on disk as the
    manifest records them, whatever their new bytes (the store of the model's units, the spec
    snapshot: 28 MB on GitHub's spec): they are not read again either. `owned`: the files the
    manifest records, where it was read already."""
    if owned is None:
        owned = Manifest.read(out_dir).files
    wanted = dict(files)
    digests = {path: owned[path] if path in as_written else _digest(data) for path, data in files.items()}
    wanted[MANIFEST] = manifest_bytes(files, version, inputs, reuse, digests)
    recorded = (as_written | on_disk_as_recorded) & owned.keys()
    added, changed = [], []
    on_disk: dict[str, bytes] = {}  # each file is read once, for both questions below
    for path, data in sorted(wanted.items()):
        if path in recorded:
            if digests[path] != owned[path]:
                changed.append(path)
            continue
        target = out_dir / path
        try:
            on_disk[path] = current = target.read_bytes()
        except FileNotFoundError:
            added.append(path)
            continue
        if current != data:
            changed.append(path)
    removed = tuple(sorted(p for p in owned if p not in wanted and (out_dir / p).exists()))

    def edited_by_hand(path: str, recorded_digest: str) -> bool:
        if path in recorded:
            return False
        current = on_disk.get(path)
        if current is None:
            target = out_dir / path
            if not target.is_file():
                return False
            current = target.read_bytes()
        elif path in digests and current == wanted[path]:
            return digests[path] != recorded_digest  # the same bytes: their digest is known
        return _digest(current) != recorded_digest

    edited = tuple(sorted(p for p, digest in owned.items() if edited_by_hand(p, digest)))
    return Plan(out_dir, wanted, tuple(added), tuple(changed), removed, edited)


def _write_new(target: Path, data: bytes, folders: set[Path]) -> None:
    """A file written whole under a name nothing else uses: one that is there (left by a run
    cut short) is replaced, never written through, as it may be a link to another file."""
    if target.parent not in folders:
        target.parent.mkdir(parents=True, exist_ok=True)
        folders.add(target.parent)
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        target.unlink()
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _journal(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.journal"


def _beside(path: str) -> str:
    """Where a file's new bytes wait for their rename: beside it, under a name a generated file
    never has."""
    folder, _, name = path.rpartition("/")
    return f"{folder}/.{name}.specgen-new" if folder else f".{name}.specgen-new"


def _record(journal: Path, state: str, written: list[list[str]], removed: list[str]) -> None:
    """The journal, replaced whole: a run cut short leaves the last one written, or none."""
    data = json.dumps({"state": state, "written": written, "removed": removed}).encode()
    waiting = journal.with_name(journal.name + ".new")
    waiting.write_bytes(data)
    os.replace(waiting, journal)


def unfinished_write(out_dir: Path) -> bool:
    """Whether a write to `out_dir` was cut short, and the folder waits for `recover`."""
    return _journal(out_dir).exists()


def recover(out_dir: Path) -> None:
    """Finish a write that was cut short after it was committed (every new file written whole,
    and the journal said so), or undo one cut short before: the output is the old or the new,
    never a mix."""
    journal = _journal(out_dir)
    try:
        record = json.loads(journal.read_bytes())
        state, written, removed = record["state"], record["written"], record["removed"]
        # what it names is in the output folder, and named as `apply` names it: a journal
        # made otherwise (by hand, or checked in) moves and removes nothing
        if state not in ("writing", "committed") or not all(
            _in_the_folder(path) and waiting == _beside(path) for path, waiting in written
        ) or not all(_in_the_folder(path) for path in removed):
            raise ValueError("not as apply writes one")
    except FileNotFoundError:
        return
    except (ValueError, TypeError, KeyError):
        raise SpecError(journal, "", "is not a journal this generator wrote; delete it and generate again") from None
    try:
        if state == "committed":
            _finish(out_dir, written, removed)
        else:
            _undo(out_dir, written)
    except OSError as error:
        raise SpecError(journal, "", f"records a write that cannot be finished ({error}); clear the way and generate again") from None
    journal.unlink()


def _in_the_folder(path: object) -> bool:
    """A relative path, as the manifest spells one, that stays inside its folder."""
    if not isinstance(path, str) or "\\" in path or "\0" in path:
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


def _finish(out_dir: Path, written: list[list[str]], removed: list[str]) -> None:
    for path, waiting in written:
        if (out_dir / waiting).exists():  # else renamed before the cut
            os.replace(out_dir / waiting, out_dir / path)
    for path in removed:
        (out_dir / path).unlink(missing_ok=True)
        _prune_empty_parents(out_dir, (out_dir / path).parent)


def _undo(out_dir: Path, written: list[list[str]]) -> None:
    for _, waiting in written:
        (out_dir / waiting).unlink(missing_ok=True)
        _prune_empty_parents(out_dir, (out_dir / waiting).parent)


def apply(plan: Plan) -> None:
    """Write the plan so that an interruption or a failure leaves the old output or the new,
    whole (`recover` tidies up after an interruption). Each file's new bytes are written
    beside it, then the journal says they all are (the commit), then each is renamed into
    place. This costs what the plan changes: a regeneration after a one-operation change of
    GitHub's spec writes 6 of its 1,300 files (a copy of the folder to swap in took 50 ms)."""
    out_dir = plan.out_dir
    recover(out_dir)
    journal = _journal(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    written = [[path, _beside(path)] for path in plan.added + plan.changed]
    removed = list(plan.removed)
    _record(journal, "writing", written, removed)  # names what to remove, should the writing be cut short
    try:
        folders: set[Path] = set()
        for path, waiting in written:
            _write_new(out_dir / waiting, plan.files[path], folders)
    except BaseException:
        _undo(out_dir, written)
        journal.unlink()
        raise
    _record(journal, "committed", written, removed)
    _finish(out_dir, written, removed)
    journal.unlink()


def _prune_empty_parents(root: Path, folder: Path) -> None:
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
