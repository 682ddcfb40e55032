"""Stage 4, format: black on every generated Python file, so output reads as hand-written.

Formatting is most of a generation's time, so a file whose unformatted text is the one the
last generation formatted (same hash, same black and mode, output on disk untouched) is not
formatted again: the file on disk is that result. The record lives in the output folder's
manifest, so a fresh clone reuses it as well as the machine that wrote it.
"""

from __future__ import annotations

import hashlib
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
    reused = 0
    for path, text in files.items():
        if path in final and earlier is not None and path in earlier.files:
            out[path], sources[path] = text, earlier.files[path][0]
            reused += 1
            continue
        if not path.endswith(".py"):
            out[path] = text
            continue
        sources[path] = source = source_digest(text)
        result = earlier.result_for(path, source) if earlier is not None else None
        if result is None:
            result = format_python(text, path)
        else:
            reused += 1
        out[path] = result
    return Formatted(out, sources, reused, len(sources) - reused)
