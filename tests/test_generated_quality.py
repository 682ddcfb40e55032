"""Generated packages pass `mypy --strict` and `ruff check` (its defaults, no per-file ignores).

Run on packages generated fresh from specs that stress different things: the customers target,
the hostile spec (odd names everywhere), the 3.1 pet store (recursion, nullable, params), and
one schema of each shape the models module has (reserved names, nullable references, unions).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT, run_generator

SPECS = {
    "seam-customers": (ROOT / "specs/seam-customers/openapi.yaml", ROOT / "specs/seam-customers/config.yaml"),
    "hostile": (FIXTURES / "hostile/openapi.yaml", None),
    "pets31": (FIXTURES / "pets31/openapi.yaml", None),
    "models": (FIXTURES / "models/openapi.yaml", None),
}


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


@pytest.fixture(scope="module", params=sorted(SPECS))
def package_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec, config = SPECS[request.param]
    out = tmp_path_factory.mktemp(request.param)
    args = ["generate", "--spec", spec, "--out", out] + (["--config", config] if config else [])
    result = run_generator(*args)
    assert result.returncode == 0, result.stderr
    return out / "python"


def test_mypy_strict(package_dir: Path) -> None:
    [package] = [p.name for p in package_dir.iterdir() if (p / "__init__.py").exists()]
    done = subprocess.run(
        [tool("mypy"), "--strict", "--no-incremental", package], cwd=package_dir, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
    assert done.stdout.startswith("Success: no issues found")


def test_ruff_check(package_dir: Path) -> None:
    done = subprocess.run([tool("ruff"), "check", "--no-cache", "."], cwd=package_dir, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout
    assert not list(package_dir.rglob("ruff.toml")) and "[tool.ruff" not in (package_dir / "pyproject.toml").read_text()


def test_github_package_passes_mypy_strict_and_ruff(github_generated) -> None:  # type: ignore[no-untyped-def]
    package_dir = github_generated.out / "python"
    mypy = subprocess.run(
        [tool("mypy"), "--strict", "--no-incremental", "github"], cwd=package_dir, capture_output=True, text=True
    )
    assert mypy.returncode == 0, mypy.stdout[-3000:]
    ruff = subprocess.run([tool("ruff"), "check", "--no-cache", "."], cwd=package_dir, capture_output=True, text=True)
    assert ruff.returncode == 0, ruff.stdout[-3000:]


def black_check(package_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`black --check` with the generator's mode, on every core, with a cache of its own."""
    return subprocess.run(
        [tool("black"), "--check", "--fast", "--target-version", "py310", "."],
        cwd=package_dir,
        capture_output=True,
        text=True,
        env={"PATH": "", "BLACK_CACHE_DIR": str(tmp_path / "black-cache")},
    )


def test_black_leaves_the_seam_connect_package_unchanged(tmp_path: Path) -> None:
    # Large modules are formatted in pieces (generator/pieces.py): joined, they must be
    # exactly what black makes of each whole module.
    done = black_check(ROOT / "generated/seam-connect/python", tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "29 files would be left unchanged" in done.stderr


def test_black_leaves_the_github_package_unchanged(github_generated, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = black_check(github_generated.out / "python", tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
