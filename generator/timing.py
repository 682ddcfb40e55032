"""Where time went: `--profile` prints each phase's wall time to stderr. On a terminal (not
in CI) the phase under way is shown while it runs, on one line that is erased after."""

from __future__ import annotations

import os
import sys
import time
from contextlib import contextmanager
from typing import Iterator

_STARTED = time.perf_counter()
_PHASES: list[tuple[str, float]] = []


def _show_progress() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def phase(name: str) -> Iterator[list[str]]:
    """Time a phase; what the caller appends to the yielded list is shown beside its time."""
    start = time.perf_counter()
    notes: list[str] = []
    if _show_progress():
        sys.stderr.write(f"\r\x1b[K{name} ...")
        sys.stderr.flush()
    try:
        yield notes
    finally:
        if _show_progress():
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
        _PHASES.append((name + (f" ({', '.join(notes)})" if notes else ""), time.perf_counter() - start))


def report() -> None:
    total = time.perf_counter() - _STARTED
    width = max((len(name) for name, _ in _PHASES), default=5)
    for name, seconds in _PHASES:
        print(f"profile: {name:<{width}}  {seconds * 1000:8.1f} ms", file=sys.stderr)
    print(f"profile: {'total':<{width}}  {total * 1000:8.1f} ms (since start-up)", file=sys.stderr)
