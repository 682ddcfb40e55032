"""Where the two sides of a diff come from: a spec file, or `REV:path` in git."""

from __future__ import annotations

import io
import multiprocessing
import os
import subprocess
import tarfile
from pathlib import Path

from generator.build import build_api
from generator.config import TargetConfig
from generator.errors import SpecError
from generator.load import load_spec
from generator.model import Api


def _git(args: list[str], cwd: Path, spec: str) -> bytes:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True)
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SpecError(Path(spec), "", f"git: {reason[-1] if reason else 'failed'}")
    return done.stdout


def checkout_spec(spec: str, workdir: Path) -> Path:
    """Materialize `REV:path` (and the folder around it, for relative $refs) under `workdir`."""
    rev, _, path_text = spec.partition(":")
    cwd = Path.cwd()
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd, spec).decode().strip())
    target = (cwd / path_text).resolve()
    try:
        relative = target.relative_to(top.resolve())
    except ValueError:
        raise SpecError(Path(spec), "", "path is outside the git repository") from None
    _git(["cat-file", "-e", f"{rev}:{relative.as_posix()}"], top, spec)
    folder = relative.parent.as_posix()
    archive = _git(["archive", "--format=tar", rev, "--", folder], top, spec)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / relative


def is_git_side(spec: str) -> bool:
    rev, sep, path = spec.partition(":")
    return bool(sep and rev and path) and not Path(spec).exists() and "/" not in rev[:1]


def load_side(spec: str, workdir: Path, config: TargetConfig, *, validate: bool) -> Api:
    path = checkout_spec(spec, workdir) if is_git_side(spec) else Path(spec)
    if not path.exists():
        raise SpecError(path, "", "file not found")
    doc = load_spec(path, validate=validate)
    try:
        return build_api(doc, config)
    except SpecError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        # Without validation a malformed document can trip the builder; say so on one line.
        raise SpecError(path, "", f"not a usable OpenAPI document ({type(exc).__name__}: {exc}); run with --validate") from None


def _load_in_child(spec: str, workdir: Path, config: TargetConfig, validate: bool) -> Api | SpecError:
    try:
        return load_side(spec, workdir, config, validate=validate)
    except SpecError as error:
        return error


def load_sides(old: str, new: str, workdir: Path, config: TargetConfig, *, validate: bool) -> tuple[Api, Api]:
    """Both sides of a diff; on a machine with two cores, side by side (the old one in a child)."""
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return (
            load_side(old, workdir / "old", config, validate=validate),
            load_side(new, workdir / "new", config, validate=validate),
        )
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pending = pool.apply_async(_load_in_child, (old, workdir / "old", config, validate))
        new_api = load_side(new, workdir / "new", config, validate=validate)
        old_api = pending.get()
    if isinstance(old_api, SpecError):
        raise old_api
    return old_api, new_api
