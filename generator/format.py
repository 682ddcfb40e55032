"""Stage 4, format: black on every generated Python file, so output reads as hand-written."""

from __future__ import annotations

import black

# One mode for every target; part of what makes output byte-for-byte reproducible.
BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310})  # 88 columns, as ruff expects


class FormatError(RuntimeError):
    """Generated Python that black cannot parse: a generator bug, never bad input."""


def format_python(source: str, name: str) -> str:
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except black.InvalidInput as exc:
        raise FormatError(f"generated {name} is not valid Python: {exc}") from exc


def format_files(files: dict[str, str]) -> dict[str, str]:
    return {path: format_python(text, path) if path.endswith(".py") else text for path, text in files.items()}
