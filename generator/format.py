"""Stage 4, format: black on every generated Python file, so output reads as hand-written.

Formatting is most of a generation's time, so a file whose unformatted text is the one the
last generation formatted (same hash, same black and mode, output on disk untouched) is not
formatted again: the file on disk is that result. The record lives in the output folder's
manifest, so a fresh clone reuses it as well as the machine that wrote it.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import black

from generator import pieces

# One mode for every target; part of what makes output byte-for-byte reproducible.
BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310})  # 88 columns, as ruff expects


class FormatError(RuntimeError):
    """Generated Python that black cannot parse: a generator bug, never bad input."""


def formatter_key() -> str:
    """Everything besides the source that decides a formatted module: black and its mode, and
    our own code that cuts modules into pieces and joins them back."""
    ours = hashlib.sha256(b"".join(Path(module.__file__).read_bytes() for module in (pieces, sys.modules[__name__])))
    return f"black {black.__version__} {BLACK_MODE!r} {ours.hexdigest()[:16]}"


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


@dataclass(frozen=True)
class EarlierFormatting:
    """What the last generation formatted: path -> (hash of the unformatted text, the formatted
    text as it is on disk), and for modules formatted in pieces, "key:lines" of each piece."""

    files: dict[str, tuple[str, str]] = field(default_factory=dict)
    pieces: dict[str, list[str]] = field(default_factory=dict)

    def result_for(self, path: str, source: str) -> str | None:
        found = self.files.get(path)
        return found[1] if found is not None and found[0] == source else None

    def formatted_pieces(self, path: str) -> dict[str, str]:
        """Piece key -> its formatted text, read back from the module on disk by the line counts
        recorded (no parse: pieces are joined by blank lines and never begin with one)."""
        recorded, found = self.pieces.get(path), self.files.get(path)
        if not recorded or found is None:
            return {}
        lines = found[1].splitlines(keepends=True)
        texts: dict[str, str] = {}
        position = 0
        for entry in recorded:
            key, _, count = entry.partition(":")
            if not count.isdigit():
                return {}
            while position < len(lines) and not lines[position].strip():
                position += 1
            texts[key] = "".join(lines[position : position + int(count)])
            position += int(count)
        return texts if position == len(lines) else {}


def format_python(source: str, name: str) -> str:
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except black.InvalidInput as exc:
        raise FormatError(f"generated {name} is not valid Python: {exc}") from exc


# Modules at least this long are formatted in pieces (see pieces.py); smaller ones whole.
_PIECES_FROM = 1500  # lines


def format_files(
    files: dict[str, str], earlier: EarlierFormatting | None = None, kept: frozenset[str] = frozenset()
) -> Formatted:
    """Format every Python file, reusing the work the last generation did (whole files, pieces).
    `kept`: files not rendered again but taken from the last generation's output, formatted
    already; what it recorded about them is carried over."""
    earlier = earlier or EarlierFormatting()
    out: dict[str, str] = {}
    sources: dict[str, str] = {}
    keys_of: dict[str, list[str]] = {}
    whole: list[tuple[str, str]] = []  # (path, text) formatted as one
    cut: dict[str, list[pieces.Piece]] = {}
    for path, text in files.items():
        if path in kept:
            out[path] = text
            if path in earlier.files:
                sources[path] = earlier.files[path][0]
            if path in earlier.pieces:
                keys_of[path] = earlier.pieces[path]
            continue
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
        split = pieces.split(text) if text.count("\n") >= _PIECES_FROM else None
        if split is None:
            whole.append((path, text))
        else:
            cut[path] = split
    # pieces the last generation formatted are taken from its output; the rest go to black
    done: dict[str, str] = {}
    for path, split in cut.items():
        done.update(earlier.formatted_pieces(path))
    jobs = [("whole", path, text) for path, text in whole]
    todo = {piece.key: piece for split in cut.values() for piece in split if piece.key not in done}
    jobs += [(piece.kind, key, piece.text) for key, piece in todo.items()]
    for key, text in _run(jobs).items():
        done[key] = text
    for path, _ in whole:
        out[path] = done[path]
    for path, split in cut.items():
        texts = [done[piece.key] for piece in split]
        out[path] = pieces.join(split, texts)
        keys_of[path] = [f"{piece.key}:{text.count(chr(10))}" for piece, text in zip(split, texts)]
    return Formatted(
        {path: out[path] for path in files},
        sources,
        reused=len(sources) - len(whole) - len(cut),
        formatted=len(whole) + len(cut),
        pieces=keys_of,
        pieces_formatted=len(todo),
    )


def _job(job: tuple[str, str, str]) -> tuple[str, str]:
    kind, key, text = job
    if kind == "whole":
        return key, format_python(text, key)
    try:
        return key, pieces.format_piece(pieces.Piece(kind, text), BLACK_MODE)
    except black.InvalidInput as exc:
        raise FormatError(f"generated code is not valid Python: {exc}") from exc


# Below this much source, starting worker processes costs more than it saves.
_PARALLEL_FROM = 400_000  # characters


def _run(jobs: list[tuple[str, str, str]]) -> dict[str, str]:
    """black on every job, on every core this process may use, the largest first. Output does
    not depend on how the work is split: black is a pure function of the text and the mode."""
    workers = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, len(jobs))
    if workers < 2 or sum(len(job[2]) for job in jobs) < _PARALLEL_FROM:
        return dict(map(_job, jobs))
    largest_first = sorted(jobs, key=lambda job: -len(job[2]))
    # forkserver, not fork: a worker does not start as a copy of this (large) process
    method = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=mp.get_context(method)) as pool:
        return dict(pool.map(_job, largest_first, chunksize=16))
