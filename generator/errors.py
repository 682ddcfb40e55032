"""User-facing errors: one line, naming the file, the JSON pointer and the problem."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path | str) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    path = Path(path)
    try:
        return os.path.relpath(path) if path.is_absolute() and Path.cwd() in path.parents else str(path)
    except ValueError:  # another drive on Windows
        return str(path)


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer_of(tokens: object) -> str:
    """JSON pointer (RFC 6901) for a sequence of keys / indexes."""
    return "".join("/" + escape_pointer_token(t) for t in tokens)  # type: ignore[attr-defined]


class SpecError(Exception):
    """Bad input. The CLI prints `str(error)` as one line and exits with status 2."""

    def __init__(self, file: Path | str, pointer: str, problem: str) -> None:
        self.file = Path(file)
        self.pointer = pointer
        self.problem = " ".join(problem.split())  # one line, whatever the spec text held
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{display_path(self.file)}#{self.pointer}: {self.problem}"

    def __reduce__(self) -> tuple[type, tuple[Path, str, str]]:
        # crosses process boundaries (the diff loads its two sides in parallel)
        return (type(self), (self.file, self.pointer, self.problem))


class ConfigError(SpecError):
    """Bad target configuration; same shape as a spec error."""
