"""Part of stage 4, format: black itself, its mode and its calls. Only the process that
formats imports this module (black takes 60-100 ms to import): the pipeline's format worker,
which imports it while the pipeline builds and renders."""

from __future__ import annotations

import black

from generator import pieces

# One mode for every target; part of what makes output byte-for-byte reproducible.
BLACK_MODE = black.Mode(target_versions={black.TargetVersion.PY310})  # 88 columns, as ruff expects

# A job: ("whole", path, text) for a module formatted as one, or (piece kind, key, text).
Job = tuple[str, str, str]


class FormatError(RuntimeError):
    """Generated Python that black cannot parse: a generator bug, never bad input."""


def format_python(source: str, name: str) -> str:
    try:
        return black.format_str(source, mode=BLACK_MODE)
    except black.InvalidInput as exc:
        raise FormatError(f"generated {name} is not valid Python: {exc}") from exc


def format_piece(kind: str, text: str) -> str:
    """A piece of a module (see pieces.py) as black formats it there."""
    if kind != "method":
        return black.format_str(text, mode=BLACK_MODE)
    # a method is formatted dedented, with the line length less its indentation
    narrower = black.Mode(
        target_versions=BLACK_MODE.target_versions,
        line_length=BLACK_MODE.line_length - len(pieces.METHOD_INDENT),
        string_normalization=BLACK_MODE.string_normalization,
        magic_trailing_comma=BLACK_MODE.magic_trailing_comma,
        preview=BLACK_MODE.preview,
    )
    return pieces.indent_method(black.format_str(pieces.dedent_method(text), mode=narrower))


def run_jobs(jobs: list[Job]) -> dict[str, str]:
    """black on each job: key (or path) -> formatted text."""
    return dict(map(_run_job, jobs))


def _run_job(job: Job) -> tuple[str, str]:
    kind, key, text = job
    if kind == "whole":
        return key, format_python(text, key)
    try:
        return key, format_piece(kind, text)
    except black.InvalidInput as exc:
        raise FormatError(f"generated code is not valid Python: {exc}") from exc
