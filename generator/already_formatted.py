"""Part of stage 4, format: which texts black would leave as they are, asked of ruff first.

The templates write Python as black writes it, so most of what they render is black's
output already, and black takes as long to say so as to format it (25 CPU-seconds for
GitHub's 170k lines). `ruff format` follows black's style and reads the same text 100 times
as fast. A job ruff leaves unchanged, with black's settings (88 columns, a method 84, as
black_runner formats it dedented), is taken as formatted; every other job goes to black,
whose output is what is written.

So output is black's wherever ruff and black agree that a text is formatted. They differ
on some layouts (a docstring that ends in a quote, a long annotation); there ruff changes
black's layout, which sends the job to black. Tests hold the other direction on the real
specs: black leaves every generated module of Seam's and GitHub's packages unchanged.
Where ruff cannot be run, every job goes to black: the bytes are the same.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator import pieces
from generator.fingerprint import package_version
from generator.render.environment import LINE_LENGTH  # black's: a test holds them equal


def ruff_version() -> str:
    return package_version("ruff")


def already_formatted(jobs: Sequence[tuple[str, str, str]]) -> frozenset[int]:
    """Indices of the jobs (kind, key or path, text) that ruff leaves unchanged."""
    ruff = _ruff_binary()
    if ruff is None or not jobs:
        return frozenset()
    with tempfile.TemporaryDirectory(prefix="specgen-format-", dir=_memory_folder()) as folder:
        # one file per job, in a folder per line length: a method is checked as black formats
        # it, dedented, with the line length less its indentation
        by_width: dict[int, dict[str, int]] = {}
        for index, (kind, _, text) in enumerate(jobs):
            width = LINE_LENGTH - len(pieces.METHOD_INDENT) if kind == "method" else LINE_LENGTH
            names = by_width.setdefault(width, {})
            if not names:
                os.mkdir(os.path.join(folder, str(width)))
            name = os.path.join(folder, str(width), f"{index}.py")
            with open(name, "w", encoding="utf-8", newline="") as file:
                file.write(pieces.dedent_method(text) if kind == "method" else text)
            names[name] = index
        running = [(names, _start_check(ruff, width, os.path.join(folder, str(width)))) for width, names in by_width.items()]
        accepted: set[int] = set()
        for names, process in running:
            out, _ = process.communicate()
            # 0: all formatted; 1: some would be reformatted, each named. Anything else (a
            # text that does not parse, ruff failing): none is taken, black decides.
            # Its closing count must cover every file: a file it left out (excluded by some
            # setting) is not taken for formatted.
            if process.returncode not in (0, 1) or _files_counted(out) != len(names):
                continue
            reformatted = {line.split(":", 1)[0] for line in out.splitlines() if ": unformatted:" in line}
            accepted.update(index for name, index in names.items() if name not in reformatted)
        return frozenset(accepted)


def _start_check(ruff: str, width: int, folder: str) -> subprocess.Popen[str]:
    command = [
        ruff, "format", "--check", "--isolated", "--no-cache", "--output-format", "concise",
        "--line-length", str(width), "--target-version", "py310", folder,
    ]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8")


_COUNTED = re.compile(r"(\d+) files? (?:would be reformatted|already formatted)")


def _files_counted(out: str) -> int:
    """How many files ruff's closing line says it read: "1 file would be reformatted, 2 files
    already formatted"."""
    lines = out.splitlines()
    return sum(int(count) for count in _COUNTED.findall(lines[-1])) if lines else 0


def _memory_folder() -> str | None:
    """Where files live in memory (Linux's /dev/shm), if here: writing GitHub's 6,700 jobs
    there takes 0.1 s, to a disk 2 s. Elsewhere the system's temporary folder."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


def _ruff_binary() -> str | None:
    try:
        from ruff import find_ruff_bin
    except ImportError:
        return None
    try:
        found = find_ruff_bin()
    except FileNotFoundError:
        return None
    return str(found) if Path(found).is_file() else None
