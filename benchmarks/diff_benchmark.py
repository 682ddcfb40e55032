"""Time `python -m generator diff` between consecutive Seam Connect releases.

Each run is a fresh process, as in CI. Prints min and median wall time over --runs runs,
peak memory, and where the time went (--profile) for the last run. Not a test: figures only.

    python benchmarks/diff_benchmark.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared" / "specs" / "seam-connect"
PAIRS = [("1.875.0", "1.977.0"), ("1.778.0", "1.875.0")]


def run_once(old: Path, new: Path, extra: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "generator", "diff", str(old), str(new), *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return elapsed, done.stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not SPECS.is_dir():
        raise SystemExit(f"needs {SPECS}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'diff':<22} {'format':<6} {'min':>8} {'median':>8}  target")
    profile = ""
    for old, new in PAIRS:
        for form in ("text", "json"):
            times = []
            for _ in range(args.runs):
                elapsed, profile = run_once(SPECS / f"{old}.json", SPECS / f"{new}.json", ["--format", form, "--profile"])
                times.append(elapsed)
            print(f"{old} -> {new:<9} {form:<6} {min(times):7.2f}s {statistics.median(times):7.2f}s  < 1 s")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of one diff process: {peak:.0f} MB")
    print("where the time went (last run):")
    print(profile.rstrip())


if __name__ == "__main__":
    main()
