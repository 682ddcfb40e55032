"""The whole pipeline for one target: load -> build -> render -> format, giving file bytes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.build import build_api
from generator.config import load_config
from generator.coverage import Coverage, coverage
from generator.diff.engine import Change
from generator.errors import SpecError
from generator.format import format_files
from generator.history import CHANGELOG, changelog, changes_since, next_version, read_previous, snapshot_files
from generator.load import load_spec
from generator.render.docs import render_docs
from generator.render.python_client import render_python_client
from generator.timing import phase
from generator.fingerprint import inputs_fingerprint, recorded_inputs_still_hold
from generator.write import output_matches_manifest, read_manifest_inputs, read_manifest_version

CONFIG_FILE = "config.yaml"


@dataclass(frozen=True)
class Target:
    name: str
    spec: Path
    config: Path | None
    out_dir: Path
    shown_as: str  # the output folder as messages name it



def discover_targets(specs_dir: Path, generated_dir: Path) -> list[Target]:
    """Every folder of `specs/` with a config.yaml is a target, generated into generated/<name>/."""
    targets = []
    for config_path in sorted(specs_dir.glob(f"*/{CONFIG_FILE}")):
        folder = config_path.parent
        config = load_config(config_path)
        out_dir = generated_dir / folder.name
        targets.append(Target(folder.name, folder / config.spec, config_path, out_dir, f"{generated_dir.name}/{folder.name}"))
    return targets


@dataclass(frozen=True)
class Rendered:
    files: dict[str, bytes]
    version: str
    changes: tuple[Change, ...]
    inputs: dict[str, str]  # fingerprint of everything the files were made from
    coverage: Coverage | None = None


def is_up_to_date(target: Target) -> bool:
    """Nothing to do: the inputs are those recorded in the manifest, and so is the output."""
    return recorded_inputs_still_hold(
        read_manifest_inputs(target.out_dir), target.spec.resolve().parent, target.config
    ) and output_matches_manifest(target.out_dir)


def render_target(target: Target) -> Rendered:
    """Everything a target's output folder should hold, in memory; nothing is written here."""
    config = load_config(target.config)
    if not target.spec.exists():
        raise SpecError(target.spec, "", "file not found")
    with phase(f"{target.name}: load"):
        doc = load_spec(target.spec)
    with phase(f"{target.name}: model"):
        api = build_api(doc, config)
    with phase(f"{target.name}: diff against the last generation"):
        previous = read_previous(target.out_dir, target.spec.name, config, read_manifest_version(target.out_dir))
        changes = changes_since(previous, api)
        version = next_version(previous, config.version, changes, api)
        config = replace(config, version=version)
    files: dict[str, str] = {}
    with phase(f"{target.name}: render"):
        for path, text in render_python_client(api, config).items():
            files[f"python/{path}"] = text
        for path, text in render_docs(api, config).items():
            files[f"docs/{path}"] = text
    with phase(f"{target.name}: format"):
        files = format_files(files)
    files[CHANGELOG] = changelog(api, previous, version, changes)
    files.update(snapshot_files(doc))
    inputs = inputs_fingerprint(sorted(doc.files), doc.root_file.parent, target.config)
    encoded = {path: text.encode("utf-8") for path, text in files.items()}
    return Rendered(encoded, version, changes, inputs, coverage(api))
