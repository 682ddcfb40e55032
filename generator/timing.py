"""Where time went: `--profile` prints each phase's wall time to stderr."""

from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Iterator

_STARTED = time.perf_counter()
_PHASES: list[tuple[str, float]] = []


@contextmanager
def phase(name: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        _PHASES.append((name, time.perf_counter() - start))


def report() -> None:
    total = time.perf_counter() - _STARTED
    width = max((len(name) for name, _ in _PHASES), default=5)
    for name, seconds in _PHASES:
        print(f"profile: {name:<{width}}  {seconds * 1000:8.1f} ms", file=sys.stderr)
    print(f"profile: {'total':<{width}}  {total * 1000:8.1f} ms (since start-up)", file=sys.stderr)
