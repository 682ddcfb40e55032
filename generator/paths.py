"""Where the tool's own files are: its own module, so that fingerprinting the tool (every run,
a no-op one too) does not import Jinja."""

from __future__ import annotations

from pathlib import Path


def templates_dir() -> Path:
    here = Path(__file__).resolve().parent
    bundled = here / "_templates"  # inside an installed wheel
    return bundled if bundled.is_dir() else here.parent / "templates"
