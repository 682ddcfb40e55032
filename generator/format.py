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
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

import black

# One mode for every target; part of what makes output byte-for-byte reproducible.
BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310})  # 88 columns, as ruff expects


class FormatError(RuntimeError):
    """Generated Python that black cannot parse: a generator bug, never bad input."""


def formatter_key() -> str:
    """Everything besides the source that decides black's output."""
    return f"black {black.__version__} {BLACK_MODE!r}"


def source_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Formatted:
    files: dict[str, str]
    sources: dict[str, str]  # path -> hash of the unformatted text, for the manifest
    reused: int = 0
    formatted: int = 0


@dataclass(frozen=True)
class EarlierFormatting:
    """Files the last generation formatted: path -> (hash of their unformatted text, the
    formatted text as it is on disk)."""

    files: dict[str, tuple[str, str]] = field(default_factory=dict)

    def result_for(self, path: str, source: str) -> str | None:
        found = self.files.get(path)
        return found[1] if found is not None and found[0] == source else None


def format_python(source: str, name: str) -> str:
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except black.InvalidInput as exc:
        raise FormatError(f"generated {name} is not valid Python: {exc}") from exc


def format_files(
    files: dict[str, str], earlier: EarlierFormatting | None = None, final: frozenset[str] = frozenset()
) -> Formatted:
    """Format every Python file; `final`: files taken whole from the last generation's output,
    already formatted (their unformatted hash is carried over)."""
    out: dict[str, str] = {}
    sources: dict[str, str] = {}
    to_format: list[tuple[str, str]] = []
    for path, text in files.items():
        if path in final and earlier is not None and path in earlier.files:
            out[path], sources[path] = text, earlier.files[path][0]
            continue
        if not path.endswith(".py"):
            out[path] = text
            continue
        sources[path] = source = source_digest(text)
        result = earlier.result_for(path, source) if earlier is not None else None
        if result is None:
            to_format.append((path, text))
        else:
            out[path] = result
    out.update(_format_all(to_format))
    return Formatted({path: out[path] for path in files}, sources, len(sources) - len(to_format), len(to_format))


def _format_job(job: tuple[str, str]) -> tuple[str, str]:
    return job[0], format_python(job[1], job[0])


# Below this much source, starting worker processes costs more than it saves.
_PARALLEL_FROM = 400_000  # characters


def _format_all(jobs: list[tuple[str, str]]) -> dict[str, str]:
    """black on every job, on every core this process may use: the largest files first, so
    that the longest one (the models module) starts at once. Output does not depend on how
    the work is split: black is a pure function of the text and the mode."""
    workers = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, len(jobs))
    if workers < 2 or sum(len(text) for _, text in jobs) < _PARALLEL_FROM or "fork" not in mp.get_all_start_methods():
        return dict(map(_format_job, jobs))
    largest_first = sorted(jobs, key=lambda job: -len(job[1]))
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
        return dict(pool.map(_format_job, largest_first))
