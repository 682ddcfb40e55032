"""The whole pipeline for one target: load -> build -> render -> format, giving file bytes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.build import build_api
from generator.config import TargetConfig, load_config
from generator.errors import SpecError
from generator.format import format_files
from generator.load import load_spec
from generator.model import Api
from generator.render.docs import render_docs
from generator.render.python_client import render_python_client

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


def load_api(spec: Path, config: TargetConfig) -> Api:
    return build_api(load_spec(spec), config)


def render_target(spec: Path, config_path: Path | None) -> dict[str, bytes]:
    config = load_config(config_path)
    if not spec.exists():
        raise SpecError(spec, "", "file not found")
    api = load_api(spec, config)
    files: dict[str, str] = {}
    for path, text in render_python_client(api, config).items():
        files[f"python/{path}"] = text
    for path, text in render_docs(api, config).items():
        files[f"docs/{path}"] = text
    return {path: text.encode("utf-8") for path, text in format_files(files).items()}
