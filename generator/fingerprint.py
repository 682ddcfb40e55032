"""What a generation depends on, hashed: when none of it changed and the output on disk is
what the manifest says, regeneration and `--check` have nothing to do.

Keyed by everything that produces the bytes: every spec file read, the target config, the
templates, the generator's own code, and the versions of the formatter and the model
generator. A change to any of them means a full render.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
from functools import lru_cache
from pathlib import Path

from generator.paths import templates_dir

# What shapes output bytes, with where each says its version: read from the module, which is
# loaded anyway, rather than through importlib.metadata, which costs 20 ms of start-up.
_PACKAGES = {
    "black": ("_black_version", "version"),  # black's own, written by its build
    "jinja2": ("jinja2", "__version__"),
    "orjson": ("orjson", "__version__"),
    "pyyaml": ("yaml", "__version__"),
    "ruff": ("ruff", ""),  # says it only in its dist-info folder, beside it
}


def package_version(package: str) -> str:
    module, attribute = _PACKAGES[package]
    found = _installed_version(package, module)
    if found is not None:
        return found
    try:
        loaded = importlib.import_module(module)
        if attribute:
            return str(getattr(loaded, attribute))
        raise AttributeError(package)  # its dist-info folder is not beside it (see above)
    except (ImportError, AttributeError):
        from importlib import metadata

        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "missing"


def _installed_version(package: str, module: str) -> str | None:
    """The version its dist-info folder beside `module` names, found without importing it
    (Jinja takes 15 ms to import, which a no-op run need not spend); None where there is none."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    origin = Path(spec.origin)
    site = origin.parent.parent if spec.submodule_search_locations is not None else origin.parent
    prefix = f"{package}-"
    names = [info.name for info in site.glob("*.dist-info") if info.name.lower().startswith(prefix)]
    return names[0][len(prefix) : -len(".dist-info")] if len(names) == 1 else None


# A run asks twice (is the output current? what does the manifest record?): GitHub's spec is
# 13 MB, 15 ms to read and hash. Known within a run (see `forget_file_digests`) by the file's
# identity and stat.
_digests: dict[tuple[str, int, int, int, int], str] = {}


def forget_file_digests() -> None:
    """A new run: a file may have been rewritten within the clock's resolution."""
    _digests.clear()


def _digest_file(path: Path) -> str:
    status = path.stat()
    known = (str(path.resolve()), status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns)
    found = _digests.get(known)
    if found is None:
        found = _digests[known] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@lru_cache(maxsize=1)
def tool_fingerprint() -> str:
    """The generator's code, its templates, and the versions of what shapes its output."""
    digest = hashlib.sha256()
    code = Path(__file__).resolve().parent
    for root in (code, templates_dir()):
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".py", ".j2"):
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    for package in _PACKAGES:
        digest.update(f"{package}=={package_version(package)}".encode())
    return digest.hexdigest()


# Which of the spec files is the document: a folder holding the last release's file and the
# next one's is two documents, and the one named is the input.
ROOT_KEY = "root"


def _spec_key(spec_file: Path, spec_root: Path) -> str:
    return f"spec/{spec_file.relative_to(spec_root).as_posix()}"


def inputs_fingerprint(spec_files: list[Path], root_file: Path, config: Path | None) -> dict[str, str]:
    """A hash for every input file (relative to the spec's folder), which one is the root, and
    a hash for the tool."""
    spec_root = root_file.parent
    found = {"tool": tool_fingerprint(), ROOT_KEY: _spec_key(root_file, spec_root)}
    for path in spec_files:
        found[_spec_key(path, spec_root)] = _digest_file(path)
    if config is not None:
        found["config"] = _digest_file(config)
    return found


def recorded_inputs_still_hold(recorded: dict[str, str], spec: Path, config: Path | None) -> bool:
    """Whether `spec` is the document the last generation read and every input it recorded is
    unchanged (and no config appeared or went)."""
    if not recorded or recorded.get("tool") != tool_fingerprint():
        return False
    spec = spec.resolve()
    spec_root = spec.parent
    if recorded.get(ROOT_KEY) != _spec_key(spec, spec_root):
        return False
    if ("config" in recorded) != (config is not None and config.is_file()):
        return False
    if config is not None and config.is_file() and recorded["config"] != _digest_file(config):
        return False
    for key, digest in recorded.items():
        if key.startswith("spec/"):
            path = spec_root / key[len("spec/") :]
            if not path.is_file() or _digest_file(path) != digest:
                return False
    return True
