"""Regeneration remembers: snapshot, CHANGELOG and version bumps over real Seam releases, and a
failed or interrupted generation leaves the previous output whole."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import generator.write
from conftest import ROOT, SEAM_SPECS, run_generator
from generator.build import build_api
from generator.config import TargetConfig
from generator.load import load_spec
from generator.pipeline import render_target
from generator.targets import discover_targets
from generator.write import apply, plan, recover

CUSTOMERS = ROOT / "specs" / "seam-customers"


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def make_project(tmp_path: Path, config: str | None = None) -> Path:
    project = tmp_path / "project"
    shutil.copytree(CUSTOMERS, project / "specs" / "seam-customers")
    if config is not None:
        (project / "specs/seam-customers/config.yaml").write_text(config)
    assert run_generator("generate", "--root", project).returncode == 0
    return project


def move_to_release(project: Path, release: str) -> None:
    result = run_generator(
        "extract", SEAM_SPECS / f"{release}.json", "--prefix", "/customers/",
        "--out", project / "specs/seam-customers/openapi.yaml",
    )
    assert result.returncode == 0, result.stderr


def version_of(project: Path) -> str:
    text = (project / "generated/seam-customers/python/pyproject.toml").read_text()
    return text.split('version = "', 1)[1].split('"', 1)[0]


@pytest.mark.skipif(not SEAM_SPECS.is_dir(), reason="needs ../shared/specs (the real API descriptions) beside the project")
def test_alpha_target_through_real_releases(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    out = project / "generated" / "seam-customers"
    assert (out / "spec/openapi.yaml").is_file()
    assert version_of(project) == "0.1.0"
    versions, tolerated = [], []
    for release in ("1.622.0", "1.778.0", "1.875.0", "1.977.0"):
        move_to_release(project, release)
        result = run_generator("generate", "--root", project)
        assert result.returncode == 0, result.stderr
        # breaking changes of the Alpha API are counted apart, as tolerated
        said = re.search(r"API changes since the last generation \(0 breaking(?:, ([1-9]\d*) tolerated)?\)", result.stdout)
        assert said is not None, result.stdout
        tolerated.append(int(said.group(1) or 0))
        assert run_generator("generate", "--check", "--root", project).returncode == 0
        versions.append(version_of(project))
    assert any(tolerated), tolerated
    # every release breaks the Alpha API somewhere: tolerated, and 0.x stays 0.x
    assert versions == ["0.2.0", "0.3.0", "0.4.0", "0.5.0"]
    changelog = (out / "CHANGELOG.md").read_text()
    assert [line for line in changelog.splitlines() if line.startswith("## ")] == [
        "## 0.5.0", "## 0.4.0", "## 0.3.0", "## 0.2.0", "## 0.1.0",
    ]
    entry_040 = changelog.split("## 0.4.0", 1)[1].split("## 0.3.0", 1)[0]
    assert (
        "### Breaking changes, tolerated (draft or alpha)\n\n"
        "- `POST /customers/create_portal`: response key changed from `magic_link` to `customer_portal` "
        "(alpha, `response-key-changed`)\n"
    ) in entry_040
    assert "- `POST /customers/push_data`: optional request property `spaces[].parent_site_key` added" in entry_040
    # the client follows the new response key
    resource = (out / "python/seam_customers/resources/customers.py").read_text()
    assert '_response, "customer_portal"' in resource
    # regenerating again changes nothing
    before = digest(out)
    assert run_generator("generate", "--root", project).returncode == 0
    assert digest(out) == before


@pytest.mark.skipif(not SEAM_SPECS.is_dir(), reason="needs ../shared/specs (the real API descriptions) beside the project")
def test_stable_target_breaking_change_is_major(tmp_path: Path) -> None:
    config = (CUSTOMERS / "config.yaml").read_text().replace("customers: alpha", "customers: stable")
    project = make_project(tmp_path, config)
    move_to_release(project, "1.778.0")
    assert run_generator("generate", "--root", project).returncode == 0
    start = version_of(project)
    move_to_release(project, "1.875.0")
    result = run_generator("generate", "--root", project)
    assert result.returncode == 0
    assert version_of(project) == f"{int(start.split('.')[0]) + 1}.0.0"
    changelog = (project / "generated/seam-customers/CHANGELOG.md").read_text()
    assert "### Breaking changes\n\n- `POST /customers/create_portal`: response key changed" in changelog


def test_docs_only_change_is_a_patch_and_manual_version_wins(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    spec = project / "specs/seam-customers/openapi.yaml"
    spec.write_text(spec.read_text().replace("Pushes customer data", "Sends customer data"))
    assert run_generator("generate", "--root", project).returncode == 0
    assert version_of(project) == "0.1.1"
    changelog = (project / "generated/seam-customers/CHANGELOG.md").read_text()
    assert "## 0.1.1" in changelog and "### Changed\n\n- `POST /customers/push_data`: description changed" in changelog
    config = project / "specs/seam-customers/config.yaml"
    config.write_text(config.read_text().replace("version: 0.1.0", "version: 1.0.0"))
    assert run_generator("generate", "--root", project).returncode == 0
    assert version_of(project) == "1.0.0"


def leftovers(project: Path) -> list[str]:
    """What a write leaves when it is not finished: its journal, and new bytes beside their files."""
    generated = project / "generated"
    return sorted(p.relative_to(generated).as_posix() for p in generated.rglob("*") if p.name.endswith((".journal", ".specgen-new")))


def test_failed_write_leaves_previous_output_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path)
    out = project / "generated" / "seam-customers"
    (out / "NOTES.md").write_text("hand-written\n")
    before = digest(out)
    spec = project / "specs/seam-customers/openapi.yaml"
    spec.write_text(spec.read_text().replace("List of general spaces", "All the spaces"))
    [target] = discover_targets(project / "specs", project / "generated")
    rendered = render_target(target)
    found = plan(out, rendered.files, rendered.version, rendered.inputs)
    assert len(found.changed) >= 3

    # The disk filling up on the third file: simulated, since nothing real fails on cue.
    real_write = generator.write._write_new
    calls = {"n": 0}

    def failing_write(target_path: Path, data: bytes, folders: set[Path]) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real_write(target_path, data, folders)

    monkeypatch.setattr(generator.write, "_write_new", failing_write)
    with pytest.raises(OSError):
        apply(found)
    assert digest(out) == before  # the old output, whole, and nothing left beside it
    assert leftovers(project) == []
    monkeypatch.setattr(generator.write, "_write_new", real_write)
    assert run_generator("generate", "--root", project).returncode == 0
    assert (out / "NOTES.md").read_text() == "hand-written\n"
    assert "All the spaces" in (out / "docs/customers/push_data.md").read_text()


# A generation killed on the Nth call of a step of its write: a real process, cut as a signal would.
_KILLED_AT = """
import os, sys
import generator.write
from generator.cli import main

step, at = sys.argv[1], int(sys.argv[2])
owner = os if step == "replace" else generator.write
real, calls = getattr(owner, step), [0]

def cut(*args, **kwargs):
    calls[0] += 1
    if calls[0] == at:
        os._exit(9)
    return real(*args, **kwargs)

setattr(owner, step, cut)
main(["generate", "--root", sys.argv[3]])
"""


def generate_killed(project: Path, step: str, at: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed = subprocess.run(
        [sys.executable, "-c", _KILLED_AT, step, str(at), str(project)], env=env, capture_output=True, text=True, timeout=300
    )
    assert killed.returncode == 9, killed.stderr


def test_a_write_cut_short_before_its_commit_is_undone(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    out = project / "generated" / "seam-customers"
    before = digest(out)
    spec = project / "specs/seam-customers/openapi.yaml"
    spec.write_text(spec.read_text().replace("List of general spaces", "All the spaces"))
    generate_killed(project, "_write_new", 3)  # two files' new bytes written, none in place
    assert leftovers(project) == [
        ".seam-customers.journal", *sorted(p for p in leftovers(project) if p.endswith(".specgen-new"))
    ] and len(leftovers(project)) == 3
    assert {path: d for path, d in digest(out).items() if not path.endswith(".specgen-new")} == before
    checked = run_generator("generate", "--check", "--root", project)
    assert checked.returncode == 1 and "a write was cut short" in checked.stdout
    assert leftovers(project) != []  # --check writes nothing
    recover(out)
    assert digest(out) == before and leftovers(project) == []


def test_a_write_cut_short_after_its_commit_is_finished(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    whole = make_project(tmp_path / "whole")
    spec = project / "specs/seam-customers/openapi.yaml"
    for changed in (spec, whole / "specs/seam-customers/openapi.yaml"):
        changed.write_text(changed.read_text().replace("List of general spaces", "All the spaces"))
    assert run_generator("generate", "--root", whole).returncode == 0
    out = project / "generated" / "seam-customers"
    # the journal is replaced twice (written, then committed); the third rename moves a file
    # into place, the fourth is cut: the output is half old, half new
    generate_killed(project, "replace", 4)
    assert leftovers(project)[0] == ".seam-customers.journal"
    assert digest(out) != digest(whole / "generated" / "seam-customers")
    result = run_generator("generate", "--root", project)
    assert result.returncode == 0, result.stderr
    assert "unchanged (inputs and output as recorded)" in result.stdout  # the cut write, finished, was the whole one
    assert digest(out) == digest(whole / "generated" / "seam-customers") and leftovers(project) == []


@pytest.mark.parametrize(
    "journal",
    [
        "{not json",
        json.dumps({"state": "committed", "written": [], "removed": ["../outside.txt"]}),
        json.dumps({"state": "committed", "written": [], "removed": ["/tmp/outside.txt"]}),
        json.dumps({"state": "committed", "written": [["README.md", "../outside.txt"]], "removed": []}),
        json.dumps({"state": "done", "written": [], "removed": []}),
    ],
    ids=["not json", "out of the folder", "absolute", "not named as apply names", "no such state"],
)
def test_a_journal_no_generation_wrote_is_one_line_error_and_moves_nothing(tmp_path: Path, journal: str) -> None:
    project = make_project(tmp_path)
    outside = project / "generated" / "outside.txt"
    outside.write_text("not the generator's\n")
    (project / "generated" / ".seam-customers.journal").write_text(journal)
    before = digest(project / "generated")
    result = run_generator("generate", "--root", project)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {project / 'generated' / '.seam-customers.journal'}#: is not a journal this generator wrote;"
        " delete it and generate again"
    ]
    assert digest(project / "generated") == before


def test_a_write_that_cannot_be_finished_is_one_line_error(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    spec = project / "specs/seam-customers/openapi.yaml"
    spec.write_text(spec.read_text().replace("List of general spaces", "All the spaces"))
    generate_killed(project, "replace", 3)  # committed; no file in place yet
    journal = json.loads((project / "generated" / ".seam-customers.journal").read_text())
    assert journal["state"] == "committed"
    blocked = project / "generated" / "seam-customers" / journal["written"][0][0]
    blocked.unlink()
    blocked.mkdir()  # a folder where a file goes: the rename cannot replace it
    (blocked / "kept.txt").write_text("x")
    result = run_generator("generate", "--root", project)
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert "records a write that cannot be finished" in line and "Traceback" not in result.stderr, result.stderr


def one_line_error_after_a_spec_change(project: Path, out: Path) -> str:
    """The error line of a regeneration after a change to the spec, which must exit 2, print
    one line and no traceback, and leave `out` as it was."""
    spec = project / "specs/seam-customers/openapi.yaml"
    spec.write_text(spec.read_text().replace("Pushes customer data", "Pushes a customer's data", 1))
    before = digest(out)
    result = run_generator("generate", "--root", project)
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    assert digest(out) == before
    return line


def test_an_unreadable_snapshot_is_a_one_line_error_and_changes_nothing(tmp_path: Path) -> None:
    # the diff against the last generation runs in a forked child: its error must come back whole
    project = make_project(tmp_path)
    out = project / "generated" / "seam-customers"
    (out / "spec" / "openapi.yaml").write_text("paths: [unclosed\n")
    line = one_line_error_after_a_spec_change(project, out)
    assert line.startswith("error: ") and "spec/openapi.yaml" in line and "the stored snapshot is unreadable" in line


def test_a_snapshot_edited_by_hand_has_its_references_checked(tmp_path: Path) -> None:
    # a snapshot as the manifest records it was written from a checked document, and is read
    # without checking its references again; one edited since is checked as any input is
    project = make_project(tmp_path)
    out = project / "generated" / "seam-customers"
    snapshot = out / "spec" / "openapi.yaml"
    text = snapshot.read_text()
    assert "$ref: '#/components/schemas/magic_link'" in text
    snapshot.write_text(text.replace("$ref: '#/components/schemas/magic_link'", "$ref: '#/components/schemas/no_such'", 1))
    line = one_line_error_after_a_spec_change(project, out)
    assert "the stored snapshot is unreadable" in line and "no_such" in line, line


def test_the_snapshot_keeps_the_spec_s_key_order(tmp_path: Path) -> None:
    # The snapshot is what the next generation builds the last model from. Sorted, /a would
    # come first and its widget would claim the class name `Widget` before /b's: the model
    # the diff starts from would not be the one the last generation built.
    def widget(properties: dict[str, object]) -> dict[str, object]:
        schema = {"type": "object", "properties": {"widget": {"type": "object", "properties": properties}}}
        return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}

    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Widgets", "version": "1"},
        "paths": {
            "/b": {"post": {"operationId": "b", "responses": widget({"y": {"type": "integer"}})}},
            "/a": {"post": {"operationId": "a", "responses": widget({"x": {"type": "string"}})}},
        },
    }
    source = tmp_path / "widgets.json"
    source.write_text(json.dumps(spec))
    out = tmp_path / "out"
    result = run_generator("generate", "--spec", source, "--out", out)
    assert result.returncode == 0, result.stderr
    snapshot = out / "spec" / "widgets.json"
    assert list(json.loads(snapshot.read_text())["paths"]) == ["/b", "/a"]
    from_source = build_api(load_spec(source, validate=False), TargetConfig())
    assert from_source.schema("Widget").origin.startswith("paths/~1b/")
    assert build_api(load_spec(snapshot, validate=False), TargetConfig()) == from_source


def test_a_new_spec_file_beside_the_old_one_is_diffed_against_the_last_generation(tmp_path: Path) -> None:
    """Moving to a release by adding its file beside the old one and naming it in the config:
    the last generation's snapshot (stored under the old file's name) is what it is diffed
    against, so the version, the changelog and the CI gate see the change."""
    project = make_project(tmp_path)
    folder = project / "specs/seam-customers"
    (folder / "next.yaml").write_text(
        (folder / "openapi.yaml").read_text().replace("Pushes customer data", "Sends customer data")
    )
    config = folder / "config.yaml"
    config.write_text(config.read_text().replace("spec: openapi.yaml", "spec: next.yaml"))
    result = run_generator("generate", "--root", project)
    assert result.returncode == 0, result.stderr
    assert "1 API change since the last generation (0 breaking)" in result.stdout
    assert version_of(project) == "0.1.1"
    out = project / "generated/seam-customers"
    assert "- `POST /customers/push_data`: description changed" in (out / "CHANGELOG.md").read_text()
    assert sorted(p.name for p in (out / "spec").iterdir()) == ["next.yaml"]
    assert run_generator("generate", "--check", "--root", project).returncode == 0


def test_another_spec_file_in_the_same_folder_is_never_taken_as_unchanged(tmp_path: Path) -> None:
    """`--spec` names the file: a different one, even one whose folder holds the file the last
    generation read, unchanged, is a different input. `--check` calls the output stale, and
    `generate` renders it."""
    folder = tmp_path / "specs"
    folder.mkdir()
    shutil.copy(CUSTOMERS / "openapi.yaml", folder / "openapi.yaml")
    (folder / "next.yaml").write_text(
        (folder / "openapi.yaml").read_text().replace("Pushes customer data", "Sends customer data")
    )
    out = tmp_path / "out"
    assert run_generator("generate", "--spec", folder / "openapi.yaml", "--out", out).returncode == 0
    check = run_generator("generate", "--check", "--spec", folder / "next.yaml", "--out", out)
    assert check.returncode == 1 and "generated output is stale" in check.stdout
    result = run_generator("generate", "--spec", folder / "next.yaml", "--out", out)
    assert result.returncode == 0 and "unchanged (inputs" not in result.stdout
    assert "Sends customer data" in (out / "docs/customers/push_data.md").read_text()
    assert run_generator("generate", "--check", "--spec", folder / "next.yaml", "--out", out).returncode == 0
