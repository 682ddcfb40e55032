"""Targets and whether one has anything to do: kept apart from the pipeline so that a run with
nothing to do (the no-op and `--check` of an unchanged target) imports none of the heavy stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.config import load_config
from generator.fingerprint import recorded_inputs_still_hold
from generator.write import Manifest

if TYPE_CHECKING:
    from generator.coverage import Coverage
    from generator.diff.engine import Change

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
    reuse: dict[str, object] | None = None  # records that let the next generation skip work (see format, validate)
    as_written: frozenset[str] = frozenset()  # files whose bytes were read from disk, as the manifest records them
    # files this run found on disk as the manifest records them, whatever their new bytes
    on_disk_as_recorded: frozenset[str] = frozenset()
    # what the run holds only so as not to spend time freeing it before its hard exit
    held: object = field(default=None, compare=False, repr=False)


def is_up_to_date(target: Target, manifest: Manifest) -> bool:
    """Nothing to do: the inputs are those recorded in the manifest (read from the target's
    output folder), and so is the output."""
    return recorded_inputs_still_hold(manifest.inputs, target.spec, target.config) and manifest.output_matches()
