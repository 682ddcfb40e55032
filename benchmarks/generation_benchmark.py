"""Generation speed and memory against the peers, on Seam Connect 1.977.0 and GitHub's REST API.

Installs the peers (openapi-python-client 0.29.1, datamodel-code-generator 0.89.0) in a venv of
its own (`benchmarks/.peers-venv`), then times, each in a fresh process on this machine:

- ours, cold: an empty output folder, black formatting included;
- ours, after a one-operation change: the cold output as a fresh clone would have it
  committed, and one operation edited in the spec: its description, or a new optional
  property in its request body (which changes the models module);
- ours, no-op regeneration and `generate --check` on that output;
- openapi-python-client `generate --meta none` (it formats nothing) and
  datamodel-code-generator on the same spec (models only, its default formatters);
- with both specs, ours cold again, the two specs' runs in turn, for the growth of cold time
  from Seam to GitHub against the growth of the spec.

Ours runs as installed (its bytecode compiled first), as the peers do from their venv.

Peak memory is the largest resident set of the measured process and its children. Ratios
are to openapi-python-client's time in the same run. Not a test: figures only.

    python benchmarks/generation_benchmark.py [--only seam|github] [--skip-peers] [--runs N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "specs"
PEERS_VENV = ROOT / "benchmarks" / ".peers-venv"
PEERS = ["openapi-python-client==0.29.1", "datamodel-code-generator[http]==0.89.0"]

# Runs a command and prints its peak RSS (KiB): ru_maxrss of the children it waited for.
MEASURE = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "sys.stderr.write(done.stderr.decode(errors='replace')[-3000:] if done.returncode not in (0, 1) else '')\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, done.returncode)\n"
)


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_mb: float


@dataclass(frozen=True)
class Spec:
    name: str
    file: Path
    config: Path
    operation: tuple[str, str]  # the operation the one-operation changes edit


def measure(command: list[str], cwd: Path = ROOT) -> Measured:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CI": "true"}  # CI: no progress line
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    try:
        peak_kb, status = (int(x) for x in done.stdout.split())
    except ValueError:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr}") from None
    if status not in (0, 1):
        raise SystemExit(f"failed ({status}): {' '.join(command)}\n{done.stderr}")
    return Measured(elapsed, peak_kb / 1024)


def peers_python() -> Path:
    python = PEERS_VENV / "bin" / "python"
    if not python.exists():
        print(f"installing {', '.join(PEERS)} into {PEERS_VENV.relative_to(ROOT)} ...", file=sys.stderr)
        venv.create(PEERS_VENV, with_pip=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PEERS], check=True)
    return python


def specs(work: Path, only: str | None) -> list[Spec]:
    found = []
    if only in (None, "seam"):
        found.append(Spec("Seam Connect 1.977.0", ROOT / "specs/seam-connect/openapi.json",
                          ROOT / "specs/seam-connect/config.yaml", ("/devices/update", "post")))
    if only in (None, "github"):
        packed = SHARED / "github" / "api.github.com.json.gz"
        if not packed.is_file():
            print("skipping GitHub: ../shared/specs/github is absent", file=sys.stderr)
        else:
            file = work / "github" / "api.github.com.json"
            file.parent.mkdir(parents=True)
            file.write_bytes(gzip.decompress(packed.read_bytes()))
            found.append(Spec("GitHub REST", file, ROOT / "tests/fixtures/github/config.yaml", ("/repos/{owner}/{repo}", "patch")))
    return found


def best_of(runs: int, command: list[str], before: Callable[[], None] | None = None, cwd: Path = ROOT) -> Measured:
    """The fastest of `runs` runs (the least disturbed by whatever else the machine did),
    with the largest peak memory seen."""
    results = []
    for _ in range(runs):
        if before is not None:
            before()
        results.append(measure(command, cwd))
    return Measured(min(r.seconds for r in results), max(r.peak_mb for r in results))


def bench_ours(spec: Spec, work: Path, runs: int) -> dict[str, Measured]:
    ours = [sys.executable, "-m", "generator", "generate"]
    folder = work / spec.file.stem
    folder.mkdir(parents=True, exist_ok=True)
    spec_dir = folder / "spec"
    spec_dir.mkdir()
    spec_file = spec_dir / spec.file.name
    shutil.copyfile(spec.file, spec_file)
    args = ["--spec", str(spec_file), "--config", str(spec.config)]
    cold, clone = folder / "cold", folder / "clone"
    results = {"cold": best_of(runs, [*ours, *args, "--out", str(cold)], lambda: shutil.rmtree(cold, ignore_errors=True))}

    def fresh_clone() -> None:  # the committed output, copied: no cache anywhere but in the folder
        shutil.rmtree(clone, ignore_errors=True)
        shutil.copytree(cold, clone)

    original = spec_file.read_text()
    path, method = spec.operation
    for label, edit in (("description", _edit_description), ("new request property", _add_property)):
        document = json.loads(original)
        edit(document["paths"][path][method])
        spec_file.write_text(json.dumps(document, indent=2))
        results[f"one-operation change ({label})"] = best_of(runs, [*ours, *args, "--out", str(clone)], fresh_clone)
    results["no-op"] = best_of(runs, [*ours, *args, "--out", str(clone)])
    results["--check"] = best_of(runs, [*ours, *args, "--out", str(clone), "--check"])
    return results


def cold_alternated(specs_seen: list[Spec], work: Path, runs: int) -> dict[str, float]:
    """Each spec's fastest cold run, the specs' runs taken in turn: a ratio of two times is only
    as good as the sameness of the machine under them, and this one's speed drifts over the
    minutes that lie between the rows above."""
    fastest: dict[str, float] = {}
    for _ in range(runs):
        for spec in specs_seen:
            out = work / spec.file.stem / "cold-alternated"
            shutil.rmtree(out, ignore_errors=True)
            command = [sys.executable, "-m", "generator", "generate", "--spec", str(spec.file),
                       "--config", str(spec.config), "--out", str(out)]
            seconds = measure(command).seconds
            fastest[spec.name] = min(seconds, fastest.get(spec.name, seconds))
    return fastest


def _edit_description(operation: dict) -> None:
    operation["description"] = (operation.get("description") or "") + " Edited for the benchmark."


def _add_property(operation: dict) -> None:
    """An optional property added to the operation's JSON request body (its schema changes)."""
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    schema.setdefault("properties", {})["benchmark_note"] = {"type": "string", "description": "Added."}


def bench_peers(spec: Spec, work: Path, python: Path, runs: int) -> dict[str, Measured]:
    folder = work / ("peers-" + spec.file.stem)
    folder.mkdir()
    bin_dir = python.parent
    return {
        "openapi-python-client": best_of(
            runs,
            [str(bin_dir / "openapi-python-client"), "generate", "--path", str(spec.file), "--meta", "none",
             "--output-path", str(folder / "opc"), "--overwrite"],
            cwd=folder,
        ),
        "datamodel-code-generator": best_of(
            runs,
            [str(bin_dir / "datamodel-codegen"), "--input", str(spec.file), "--input-file-type", "openapi",
             "--output-model-type", "pydantic_v2.BaseModel", "--output", str(folder / "models.py")],
            cwd=folder,
        ),
    }


TARGETS = {"cold": 0.5, "one-operation": 0.05, "no-op": 0.03, "--check": 0.03}


def _target(label: str, ratio: float | None, peak_mb: float, peer_peak_mb: float | None) -> str:
    """Issue #6's target for this row, and whether this run met it (time, and for a cold run,
    peak memory against openapi-python-client's)."""
    if not label.startswith("ours: ") or ratio is None:
        return "-"
    limit = next(value for key, value in TARGETS.items() if label[len("ours: "):].startswith(key))
    verdict = f"<= {limit}x: {'met' if ratio <= limit else 'not met'}"
    if label == "ours: cold" and peer_peak_mb is not None:
        verdict += f"; memory <= peer's: {'met' if peak_mb <= peer_peak_mb else 'not met'}"
    return verdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["seam", "github"])
    parser.add_argument("--skip-peers", action="store_true", help="ours only (no ratios)")
    parser.add_argument("--runs", type=int, default=1, help="runs of each measurement; the fastest is shown")
    args = parser.parse_args()
    python = None if args.skip_peers else peers_python()
    # ours as installed: its bytecode written, as pip writes it for a package it installs (an
    # editable install, or PYTHONDONTWRITEBYTECODE, would leave every run compiling it)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "generator")], check=True)
    rows: list[tuple[str, str, Measured, float | None]] = []
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        specs_seen = specs(work, args.only)
        for spec in specs_seen:
            print(f"{spec.name} ...", file=sys.stderr)
            peers = bench_peers(spec, work, python, args.runs) if python else {}
            ours = bench_ours(spec, work, args.runs)
            base = peers.get("openapi-python-client")
            for label, result in [*((f"ours: {k}", v) for k, v in ours.items()), *((f"peer: {k}", v) for k, v in peers.items())]:
                rows.append((spec.name, label, result, result.seconds / base.seconds if base else None))
        print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
              f"fastest of {args.runs} run(s) each")
        print()
        print("| spec | run | time | peak memory | time / openapi-python-client | issue #6's target |")
        print("| --- | --- | ---: | ---: | ---: | --- |")
        peer_peak = {spec: r.peak_mb for spec, label, r, _ in rows if label == "peer: openapi-python-client"}
        for spec_name, label, result, ratio in rows:
            shown = f"{ratio:.3f}x" if ratio is not None else "-"
            target = _target(label, ratio, result.peak_mb, peer_peak.get(spec_name))
            print(f"| {spec_name} | {label} | {result.seconds:.2f} s | {result.peak_mb:.0f} MB | {shown} | {target} |")
        cold = {spec: r.seconds for spec, label, r, _ in rows if label == "ours: cold"}
        if len(cold) == 2 and all(spec.file.is_file() for spec in specs_seen):
            seam, github = specs_seen
            size = github.file.stat().st_size / seam.file.stat().st_size
            # the file's bytes count its indentation; the document's content, and its
            # operations, are other measures of its size, shown beside
            content = _content_size(github.file) / _content_size(seam.file)
            operations = _operations(github.file) / _operations(seam.file)
            alternated = cold_alternated(specs_seen, work, args.runs)
            growth = alternated[github.name] / alternated[seam.name]
            print()
            print(f"cold time, Seam -> GitHub: x{cold[github.name] / cold[seam.name]:.2f} in the rows above "
                  f"(measured minutes apart); x{growth:.2f} with the two cold runs alternated, fastest of "
                  f"{args.runs} each ({alternated[seam.name]:.2f} s, {alternated[github.name]:.2f} s)")
            print(f"for a spec x{size:.2f} as large in file bytes "
                  f"(x{content:.2f} in JSON without whitespace, x{operations:.2f} in operations); "
                  f"issue #6's target, time growing no faster than file bytes (alternated runs): "
                  f"{'met' if growth <= size else 'not met'}")


def _document(file: Path) -> dict:
    return json.loads(file.read_bytes())


def _content_size(file: Path) -> int:
    return len(json.dumps(_document(file), separators=(",", ":"), ensure_ascii=False).encode())


def _operations(file: Path) -> int:
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return sum(1 for item in _document(file).get("paths", {}).values() for method in item if method in methods)


if __name__ == "__main__":
    main()
