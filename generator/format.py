"""Stage 4, format: black on every generated Python file, so output reads as hand-written.

Formatting is most of a generation's time, so a file whose unformatted text is the one the
last generation formatted (same hash, same black and mode, output on disk untouched) is not
formatted again: the file on disk is that result. The record lives in the output folder's
manifest, so a fresh clone reuses it as well as the machine that wrote it.

black runs in a worker process (see background.py) that imports it while the pipeline builds
and renders; on a large job this process formats half the work beside it.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from generator import pieces
from generator.already_formatted import already_formatted, lines_ruff_changes, ruff_version
from generator.background import Worker, halves
from generator.fingerprint import package_version


def formatter_key() -> str:
    """Everything besides the source that decides a formatted module: black's and ruff's
    versions, and our own code that holds black's mode, asks ruff what is formatted already,
    cuts modules into pieces and joins them back."""
    ours = hashlib.sha256(b"".join(Path(__file__).with_name(name).read_bytes() for name in _OURS))
    return f"black {package_version('black')} ruff {ruff_version()} {ours.hexdigest()[:16]}"


_OURS = ("black_runner.py", "pieces.py", "already_formatted.py", "format.py")


def start_worker() -> Worker:
    """A process that imports black now, and formats when `format_files` has the jobs."""
    return Worker(_import_black)


def _import_black() -> None:
    import generator.black_runner  # noqa: F401 - imported for its cost, here rather than later


def source_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Formatted:
    files: dict[str, str]
    sources: dict[str, str]  # path -> hash of the unformatted text, for the manifest
    reused: int = 0
    formatted: int = 0
    # path -> "key:lines" of each piece, in order: its key, and how many lines it has formatted
    pieces: dict[str, list[str]] = field(default_factory=dict)
    pieces_formatted: int = 0
    to_black: int = 0  # modules and pieces ruff found not formatted yet, formatted by black


@dataclass(frozen=True)
class EarlierFormatting:
    """What the last generation formatted: path -> (hash of the unformatted text, the formatted
    module's bytes as they are on disk), and for modules formatted in pieces, "key:lines" of
    each piece."""

    # decoded where a text is asked for: most are written back as they are, untouched
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    pieces: dict[str, list[str]] = field(default_factory=dict)
    # what formatted_pieces read back: asked when rendering, and again when formatting
    _read_back: dict[str, dict[str, str]] = field(default_factory=dict, compare=False, repr=False)

    def result_for(self, path: str, source: str) -> str | None:
        found = self.files.get(path)
        return found[1].decode("utf-8") if found is not None and found[0] == source else None

    def was_cut(self, path: str) -> bool:
        return bool(self.pieces.get(path))

    def formatted_pieces(self, path: str) -> dict[str, str]:
        """Piece key -> its formatted text, read back from the module on disk by the line counts
        recorded (no parse: pieces are joined by blank lines and never begin with one)."""
        if path not in self._read_back:
            self._read_back[path] = self._formatted_pieces(path)
        return self._read_back[path]

    def _formatted_pieces(self, path: str) -> dict[str, str]:
        recorded, found = self.pieces.get(path), self.files.get(path)
        if not recorded or found is None:
            return {}
        lines = found[1].decode("utf-8").splitlines(keepends=True)
        texts: dict[str, str] = {}
        position = 0
        for index, entry in enumerate(recorded):
            key, _, count = entry.partition(":")
            if not count.isdigit() or not int(count):
                return {}
            start = position
            while position < len(lines) and not lines[position].strip():
                position += 1
            # `pieces.join` wrote the module: one blank line before a method, two before any
            # other piece but the first, and no piece ends with one. Counts that do not fit
            # that (a record not of this module) give nothing rather than a shifted piece.
            if position - start not in ((0,) if index == 0 else (1, 2)):
                return {}
            end = position + int(count)
            if end > len(lines) or not lines[end - 1].strip():
                return {}
            texts[key] = "".join(lines[position:end])
            position = end
        return texts if position == len(lines) else {}


# Modules at least this long are formatted in pieces (see pieces.py); smaller ones whole.
_PIECES_FROM = 1000  # lines


def format_files(
    files: dict[str, str],
    earlier: EarlierFormatting | None = None,
    kept: frozenset[str] = frozenset(),
    worker: Worker | None = None,
    cut_modules: dict[str, pieces.CutModule] | None = None,
) -> Formatted:
    """Format every Python file, reusing the work the last generation did (whole files, pieces).
    `kept`: files not rendered again but taken from the last generation's output, formatted
    already, and not in `files` (the caller holds their bytes, as read): what it recorded
    about them is carried over. `worker`: one `start_worker` gave,
    left open for its owner to call again (one is started and closed here otherwise).
    `cut_modules`: modules rendered in pieces (see pieces.CutModule), besides `files`; the
    pieces not rendered again are in the module the last generation formatted."""
    earlier = earlier or EarlierFormatting()
    cut_modules = cut_modules or {}
    out: dict[str, str] = {}
    sources: dict[str, str] = {}
    keys_of: dict[str, list[str]] = {}
    candidates: dict[str, str] = {}  # path -> text of each module not formatted last time
    for path in kept:  # their bytes are the caller's, as read: only their records are carried over
        if path in earlier.files:
            sources[path] = earlier.files[path][0]
        if path in earlier.pieces:
            keys_of[path] = earlier.pieces[path]
    for path, text in files.items():
        if not path.endswith(".py"):
            out[path] = text
            continue
        sources[path] = source = source_digest(text)
        result = earlier.result_for(path, source)
        if result is not None:  # the same text formatted last time: its record holds too
            out[path] = result
            if path in earlier.pieces:
                keys_of[path] = earlier.pieces[path]
            continue
        candidates[path] = text
    # A module the last generation cut is cut again: the pieces it formatted are taken from its
    # output, and the new ones shown to ruff. Any other is first shown to ruff whole: one it
    # leaves as it is needs no cutting (an `ast` parse); of the rest, ruff names the lines it
    # would change, so once cut, the pieces clear of them are formatted already and the others
    # go straight to black. A module rendered in pieces needs no cutting either.
    cut: dict[str, list[pieces.Piece]] = {}
    for path, module in cut_modules.items():
        sources[path] = module.source
        cut[path] = module.pieces()
        whole_text = module.text()
        if whole_text is not None:  # every piece rendered (none known): shown to ruff whole
            candidates[path] = whole_text
    fresh = [(path, text) for path, text in candidates.items() if path in cut_modules or not earlier.was_cut(path)]
    fresh_paths = {path for path, _ in fresh}
    changed_lines: dict[str, frozenset[int]] = {}
    for (path, text), changed in zip(fresh, lines_ruff_changes([("whole", path, text) for path, text in fresh])):
        if changed == frozenset() and path not in cut_modules:
            out[path] = text
        elif changed is not None:
            # a module rendered in pieces that ruff leaves as it is comes here too, with no
            # line changed: each of its pieces is done as it is, and recorded as a piece
            changed_lines[path] = changed
    whole: list[tuple[str, str]] = []  # (path, text) formatted as one
    long_enough = [
        (path, text)
        for path, text in candidates.items()
        if path not in out and path not in cut and text.count("\n") >= _PIECES_FROM
    ]
    splits = _cut(long_enough, worker)
    for path, text in candidates.items():
        if path in out or path in cut_modules:
            continue
        split = splits.get(path)
        if split is None:
            whole.append((path, text))
        else:
            cut[path] = split
    # pieces the last generation formatted are taken from its output, and those of a module
    # ruff has read whole without changing them as they are; the rest go to black
    done: dict[str, str] = {}
    changed_pieces: set[str] = set()  # pieces ruff has changed already, in a module it read
    for path, split in cut.items():
        done.update(earlier.formatted_pieces(path))
        changed = changed_lines.get(path)
        spans = pieces.line_spans(candidates[path], split) if changed is not None else None
        if changed is not None and spans is not None:
            for piece, (first, last) in zip(split, spans):
                if any(first <= number <= last for number in changed):
                    changed_pieces.add(piece.key)
                elif piece.text is not None:  # always, in a module ruff read whole
                    done.setdefault(piece.key, piece.text)
    todo: dict[str, tuple[str, str]] = {}  # key -> (kind, text) of each piece to format
    for split in cut.values():
        for piece in split:
            if piece.key in done or piece.key in todo:
                continue
            if piece.text is None:  # the renderer was told the last generation formatted it
                raise RuntimeError(f"a piece neither rendered nor formatted last time: {piece.key}")
            todo[piece.key] = (piece.kind, piece.text)
    jobs = [(kind, key, text) for key, (kind, text) in todo.items() if key not in changed_pieces]
    jobs += [("whole", path, text) for path, text in whole if path not in fresh_paths]
    # what ruff finds formatted already is taken as it is; black formats the rest (and what
    # ruff has just found not formatted: whole modules and pieces)
    as_they_are = already_formatted(jobs)
    done.update((key, text) for index, (_, key, text) in enumerate(jobs) if index in as_they_are)
    jobs = [job for index, job in enumerate(jobs) if index not in as_they_are]
    jobs += [(kind, key, text) for key, (kind, text) in todo.items() if key in changed_pieces]
    jobs += [("whole", path, text) for path, text in whole if path in fresh_paths]
    if worker is not None:
        done.update(_run(jobs, worker))
    else:
        with start_worker() as own:
            done.update(_run(jobs, own))
    for path, _ in whole:
        out[path] = done[path]
    for path, split in cut.items():
        texts = [done[piece.key] for piece in split]
        out[path] = pieces.join(split, texts)
        keys_of[path] = [f"{piece.key}:{text.count(chr(10))}" for piece, text in zip(split, texts)]
    rendered_pieces = len(cut_modules) - sum(path in candidates for path in cut_modules)
    return Formatted(
        {path: out[path] for path in [*files, *cut_modules]},
        sources,
        reused=len(sources) - len(candidates) - rendered_pieces,
        formatted=len(candidates) + rendered_pieces,
        pieces=keys_of,
        pieces_formatted=len(todo),
        to_black=len(jobs),
    )


# Below this much source, this process does not format half of it: black's import would
# cost more than the half saves.
_SHARED_FROM = 400_000  # characters


def _run(jobs: list[tuple[str, str, str]], worker: Worker) -> dict[str, str]:
    """black on every job: in the worker, and for a large job, half of it here meanwhile.
    Output does not depend on how the work is split: black is a pure function of the text and
    the mode."""
    if not jobs:
        return {}
    if _cores() < 2 or sum(len(job[2]) for job in jobs) < _SHARED_FROM:
        return worker.call(_format_jobs, jobs)
    return _beside(worker, _format_jobs, jobs, lambda job: len(job[2]))


def _cut(modules: list[tuple[str, str]], worker: Worker | None) -> dict[str, list[pieces.Piece] | None]:
    """Each module's pieces (None: formatted whole), from (path, text). Cutting a module is an
    `ast` parse: where that is much, the worker, idle until black has jobs, cuts half."""
    if worker is None or _cores() < 2 or sum(len(text) for _, text in modules) < _SHARED_FROM or len(modules) < 2:
        return _cut_modules(modules)
    return _beside(worker, _cut_modules, modules, lambda module: len(module[1]))


def _cut_modules(modules: list[tuple[str, str]]) -> dict[str, list[pieces.Piece] | None]:
    return {path: pieces.split(text) for path, text in modules}


Item = TypeVar("Item")
Result = TypeVar("Result")


def _beside(
    worker: Worker, function: Callable[[list[Item]], dict[str, Result]], items: list[Item], size: Callable[[Item], int]
) -> dict[str, Result]:
    """`function` on every item: half of them by size (see `halves`) in the worker, the
    other half here meanwhile. The worker's half
    is sent from a thread: the pipe fills. The result does not depend on the split: each
    item's is its own."""
    theirs, ours = halves(items, size)
    with ThreadPoolExecutor(1) as sender:
        pending = sender.submit(worker.call, function, theirs)
        done = function(ours)
        done.update(pending.result())
    return done


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _format_jobs(jobs: list[tuple[str, str, str]]) -> dict[str, str]:
    # sent to the worker by name: the caller need not import black to send it
    from generator.black_runner import run_jobs

    # black's syntax trees are cycles (each node links to its parent), so the collector must
    # run while it formats, though a generation runs without it (see __main__.py). What the
    # process held before is frozen out of its sight: a collection scans black's garbage only.
    collecting = gc.isenabled()
    gc.freeze()
    gc.enable()
    try:
        return run_jobs(jobs)
    finally:
        if not collecting:
            gc.disable()
        gc.unfreeze()
