"""Part of stage 4, format: which texts black would leave as they are, asked of ruff first.

The templates write Python as black writes it, so most of what they render is black's
output already, and black takes as long to say so as to format it (25 CPU-seconds for
GitHub's 170k lines). `ruff format` follows black's style and reads the same text 100 times
as fast. A job ruff leaves unchanged, with black's settings (88 columns, a method 84, as
black_runner formats it dedented), is taken as formatted; of one it would change, ruff's
diff says which lines, and format.py sends black only the pieces that hold them. black's
output is what is written.

So output is black's wherever ruff and black agree that a text is formatted. They differ
on some layouts (a long plain annotation with a `Field(...)` value); there ruff changes
black's layout, which sends the piece to black. Tests hold the other direction on the real
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
    return frozenset(index for index, changed in enumerate(lines_ruff_changes(jobs, diff=False)) if changed == frozenset())


def lines_ruff_changes(jobs: Sequence[tuple[str, str, str]], diff: bool = True) -> list[frozenset[int] | None]:
    """For each job (kind, key or path, text): the numbers (1-based) of the lines of its text
    that ruff would change, none if it leaves the text as it is; None where that is not
    known (ruff failed, or the job is not read). Without `diff`, a text ruff would change gets
    its first line only: ruff says which, not where."""
    verdicts: list[frozenset[int] | None] = [None] * len(jobs)
    ruff = _ruff_binary()
    if ruff is None or not jobs:
        return verdicts
    with tempfile.TemporaryDirectory(prefix="specgen-format-", dir=_memory_folder()) as folder:
        # one file per job, in a folder per line length: a method is checked as black formats
        # it, dedented (the same lines), with the line length less its indentation
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
        running = [
            (names, _start(ruff, width, os.path.join(folder, str(width)), diff)) for width, names in by_width.items()
        ]
        for names, process in running:
            out, err = process.communicate()
            # 0: all formatted; 1: some would be reformatted. Anything else (a text that does
            # not parse, ruff failing): nothing is known, black decides. Its closing count
            # must cover every file: a file it left out (excluded by some setting) is not
            # taken for formatted.
            summary = err if diff else out
            if process.returncode not in (0, 1) or _files_counted(summary) != len(names):
                continue
            changed = _changed_lines(out) if diff else _named(out)
            # every file it would change is one of ours, named, and counted: a file not
            # found among them would be taken for formatted
            if changed is None or not changed.keys() <= names.keys() or len(changed) != _files_counted(summary, _REFORMATTED):
                continue
            for name, index in names.items():
                verdicts[index] = changed.get(name, frozenset())
        return verdicts


def _start(ruff: str, width: int, folder: str, diff: bool) -> subprocess.Popen[str]:
    command = [
        ruff, "format", "--diff" if diff else "--check", "--isolated", "--no-cache", "--output-format", "concise",
        "--line-length", str(width), "--target-version", "py310", folder,
    ]  # fmt: skip
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE if diff else subprocess.DEVNULL, text=True, encoding="utf-8"
    )


def _named(out: str) -> dict[str, frozenset[int]]:
    """The files `--check` names as ones it would reformat ("FILE: unformatted: ...")."""
    return {line.split(":", 1)[0]: frozenset({1}) for line in out.splitlines() if ": unformatted:" in line}


_HUNK = re.compile(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,(\d+))? @@")


def _changed_lines(out: str) -> dict[str, frozenset[int]] | None:
    """The lines of each file that a unified diff (`--diff`) removes or adds text beside, or
    None where it does not read as one. Each hunk's counts say how many lines it holds, so a
    line of text that looks like a header (`--- x`) is not read as one."""
    changed: dict[str, set[int]] = {}
    lines = out.splitlines()
    position = 0
    while position < len(lines):
        line = lines[position]
        if not line.startswith("--- ") or position + 1 >= len(lines) or not lines[position + 1].startswith("+++ "):
            if line.strip():
                return None
            position += 1
            continue
        found = changed.setdefault(line[4:], set())
        position += 2
        while position < len(lines) and lines[position].startswith("@@ "):
            hunk = _HUNK.match(lines[position])
            if hunk is None:
                return None
            number = int(hunk.group(1))  # the line of the file the next one is
            old_left = int(hunk.group(2) or 1)
            new_left = int(hunk.group(3) or 1)
            position += 1
            replacing = False  # lines were just removed: what is added replaces them
            while (old_left or new_left) and position < len(lines):
                body = lines[position]
                position += 1
                if body.startswith("\\"):  # "\ No newline at end of file"
                    continue
                if body.startswith("-"):
                    found.add(number)
                    number, old_left, replacing = number + 1, old_left - 1, True
                elif body.startswith("+"):
                    if not replacing:
                        found.update((number - 1, number))  # text added between two lines
                    new_left -= 1
                else:
                    number, old_left, new_left, replacing = number + 1, old_left - 1, new_left - 1, False
            if old_left or new_left:
                return None
    return {name: frozenset(numbers) for name, numbers in changed.items()}


_COUNTED = re.compile(r"(\d+) files? (?:would be reformatted|already formatted)")
_REFORMATTED = re.compile(r"(\d+) files? would be reformatted")


def _files_counted(out: str, counted: re.Pattern[str] = _COUNTED) -> int:
    """How many files ruff's closing line says it read ("1 file would be reformatted, 2 files
    already formatted"), or of those, with `_REFORMATTED`, it would change."""
    lines = out.splitlines()
    return sum(int(count) for count in counted.findall(lines[-1])) if lines else 0


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
