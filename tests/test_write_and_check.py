"""`generate --check`, and regeneration that removes what it no longer makes but never touches
files it did not write."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT, run_generator
from generator.build import HTTP_METHODS

CUSTOMERS = ROOT / "specs" / "seam-customers"


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def make_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(CUSTOMERS, project / "specs" / "seam-customers")
    assert run_generator("generate", "--root", project).returncode == 0
    return project


def test_check_is_current_right_after_generate_and_writes_nothing(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    before = digest(project)
    result = run_generator("generate", "--check", "--root", project)
    assert result.returncode == 0
    assert result.stdout.strip() == "generated output is current"
    assert digest(project) == before


def test_check_reports_a_hand_edited_file_and_a_spec_change(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    out = project / "generated" / "seam-customers"
    edited = out / "python/seam_customers/_client.py"
    edited.write_text(edited.read_text() + "\n# my change\n")
    spec = project / "specs/seam-customers/openapi.yaml"
    spec.write_text(spec.read_text().replace("Pushes customer data", "Sends customer data"))
    before = digest(project)
    result = run_generator("generate", "--check", "--root", project)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "edited by hand generated/seam-customers/python/seam_customers/_client.py" in lines
    assert "would write generated/seam-customers/docs/customers/push_data.md" in lines
    assert "would write generated/seam-customers/CHANGELOG.md" in lines  # a docs-only change: a patch entry
    assert "would write generated/seam-customers/spec/openapi.yaml" in lines
    assert "would write generated/seam-customers/python/seam_customers/resources/customers.py" in lines
    assert lines[-1] == "generated output is stale"
    assert digest(project) == before  # --check writes nothing


def test_regeneration_removes_what_it_no_longer_makes_and_keeps_hand_written_files(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    out = project / "generated" / "seam-customers"
    (out / "docs" / "customers" / "guide.md").write_text("hand-written guide\n")
    (out / "python" / "CHANGES.txt").write_text("mine\n")
    spec_path = project / "specs/seam-customers/openapi.yaml"
    spec = yaml.safe_load(spec_path.read_text())
    del spec["paths"]["/customers/create_portal"]
    spec_path.write_text(yaml.safe_dump(spec))
    result = run_generator("generate", "--root", project)
    assert result.returncode == 0, result.stderr
    assert "removed" in result.stdout
    assert not (out / "docs/customers/create_portal.md").exists()
    assert (out / "docs/customers/push_data.md").exists()
    assert (out / "docs/customers/guide.md").read_text() == "hand-written guide\n"
    assert (out / "python/CHANGES.txt").read_text() == "mine\n"
    assert "create_portal" not in (out / "python/seam_customers/resources/customers.py").read_text()
    assert run_generator("generate", "--check", "--root", project).returncode == 0


def test_help_lists_subcommands_and_console_script_agrees() -> None:
    module_help = run_generator("--help")
    assert module_help.returncode == 0
    assert "generate" in module_help.stdout and "extract" in module_help.stdout
    script = Path(sys.executable).with_name("specgen")
    if script.exists():  # installed with `pip install -e .`
        done = subprocess.run([str(script), "--help"], capture_output=True, text=True, check=True)
        assert done.stdout.replace("specgen", "python -m generator") == module_help.stdout


def test_spec_and_out_go_together(tmp_path: Path) -> None:
    result = run_generator("generate", "--spec", CUSTOMERS / "openapi.yaml")
    assert result.returncode != 0
    assert "--spec and --out go together" in result.stderr


def test_unchanged_inputs_skip_rendering_and_any_input_change_renders(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    out = project / "generated" / "seam-customers"
    again = run_generator("generate", "--root", project)
    assert "seam-customers: unchanged (inputs and output as recorded)" in again.stdout
    # the reused path gives the bytes a cold run gives
    cold = tmp_path / "cold"
    shutil.copytree(project / "specs", cold / "specs")
    assert run_generator("generate", "--root", cold).returncode == 0
    assert digest(cold / "generated") == digest(project / "generated")
    # a config change is an input change
    config = project / "specs/seam-customers/config.yaml"
    config.write_text(config.read_text().replace("expand_nested: false", "expand_nested: true"))
    result = run_generator("generate", "--root", project)
    assert "unchanged (inputs" not in result.stdout and result.returncode == 0
    assert "<summary>Properties</summary>" in (out / "docs/customers/push_data.md").read_text()
    # an output file edited by hand is not "as recorded": --check says so
    page = out / "docs/customers/push_data.md"
    page.write_text(page.read_text() + "edited\n")
    check = run_generator("generate", "--check", "--root", project)
    assert check.returncode == 1
    assert "edited by hand generated/seam-customers/docs/customers/push_data.md" in check.stdout


def _strip_reuse_records(out: Path) -> None:
    """Make the next generation of `out` a cold one: no record of what can be reused."""
    manifest = out / ".specgen-manifest.json"
    document = json.loads(manifest.read_text())
    del document["reuse"]
    manifest.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")


def test_one_operation_change_reuses_unchanged_work_and_gives_the_bytes_of_a_cold_run(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    cold = tmp_path / "cold"
    shutil.copytree(project, cold)
    _strip_reuse_records(cold / "generated" / "seam-customers")
    for root in (project, cold):  # the same one-operation change in both
        spec = root / "specs/seam-customers/openapi.yaml"
        old = "description: Pushes customer data including resources like spaces"
        spec.write_text(spec.read_text().replace(old, "description: Pushes a customer's data, with spaces", 1))
    reused = run_generator("generate", "--root", project, "--profile")
    full = run_generator("generate", "--root", cold, "--profile")
    assert reused.returncode == 0 and full.returncode == 0, reused.stderr + full.stderr
    # rendering: only the large files whose view changed (the page and the module of the
    # operation); formatting: only the files whose unformatted text changed
    rendered = re.search(r"render \((\d+) of (\d+) large files rendered[,)]", reused.stderr)
    # 6: the models module, the runtime's two modules, the resource module, the two pages
    assert rendered and int(rendered.group(1)) == 2 and int(rendered.group(2)) == 6, reused.stderr
    assert re.search(r"render \((\d+) of \1 large files rendered, (\d+) of \2 pieced definitions rendered[,)]", full.stderr), full.stderr
    # formatted in two steps: the files that carry the version after the diff, the rest before
    counts = re.findall(r"format[^(]*\((\d+) formatted(?: \(\d+ pieces\))?, (\d+) reused(?:; \d+ texts to black)?\)", reused.stderr)
    assert len(counts) == 2, reused.stderr
    assert sum(int(f) for f, _ in counts) < 3 and sum(int(r) for _, r in counts) >= 5, reused.stderr
    full_counts = re.findall(r"format[^(]*\((\d+) formatted(?: \(\d+ pieces\))?, (\d+) reused(?:; \d+ texts to black)?\)", full.stderr)
    assert len(full_counts) == 2 and all(r == "0" for _, r in full_counts), full.stderr
    assert "Pushes a customer's data, with spaces" in (project / "generated/seam-customers/docs/customers/push_data.md").read_text()
    assert digest(project / "generated") == digest(cold / "generated")


def test_a_new_request_property_gives_the_bytes_of_a_cold_run(tmp_path: Path) -> None:
    # A new request property: the models module's class for that body is rendered and
    # formatted again, and the rest taken from the last generation.
    spec = json.loads((ROOT / "specs/seam-connect/openapi.json").read_text())
    body = spec["paths"]["/devices/update"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["test_note"] = {"type": "string", "description": "Added by a test."}
    edited = tmp_path / "openapi.json"
    edited.write_text(json.dumps(spec))
    reused_out, cold_out = tmp_path / "reused", tmp_path / "cold"
    for out in (reused_out, cold_out):
        shutil.copytree(ROOT / "generated" / "seam-connect", out)
    _strip_reuse_records(cold_out)
    config = ROOT / "specs/seam-connect/config.yaml"
    reused = run_generator("generate", "--spec", edited, "--config", config, "--out", reused_out, "--profile")
    full = run_generator("generate", "--spec", edited, "--config", config, "--out", cold_out, "--profile")
    assert reused.returncode == 0 and full.returncode == 0, reused.stderr + full.stderr
    # the page, the resource module and the models module: of those, one class (the body's)
    # and one method's pieces (synchronous and asynchronous)
    assert re.search(r"render \(3 of \d+ large files rendered, 3 of \d{4} pieced definitions rendered[,)]", reused.stderr), reused.stderr
    # the last generation's model, for the diff, took over all but the changed path item's
    # operations from this generation's build
    taken = re.search(r"last model: (\d+) of (\d+) units taken over from this build", reused.stderr)
    methods = [m for m in spec["paths"]["/devices/update"] if m in HTTP_METHODS]
    assert taken and int(taken.group(1)) == int(taken.group(2)) - len(methods), reused.stderr
    assert "test_note: str | None" in (reused_out / "python/seam_connect/models.py").read_text()
    assert digest(reused_out) == digest(cold_out)


def test_a_new_file_where_a_hand_written_one_is_linked_replaces_the_link(tmp_path: Path) -> None:
    # the staging folder holds links to the live output: writing through one would change it
    from generator.write import _write_new

    live, staged = tmp_path / "live.py", tmp_path / "staging" / "live.py"
    live.write_bytes(b"hand-written\n")
    staged.parent.mkdir()
    staged.hardlink_to(live)
    _write_new(staged, b"generated\n", set())
    _write_new(tmp_path / "staging" / "new" / "module.py", b"new\n", set())
    assert live.read_bytes() == b"hand-written\n"
    assert staged.read_bytes() == b"generated\n"
    assert (tmp_path / "staging" / "new" / "module.py").read_bytes() == b"new\n"
