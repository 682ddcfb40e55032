"""The GitHub Actions workflow: it runs on spec changes, and the commands it runs exist and work."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "api-spec.yml"


def test_workflow_triggers_on_spec_changes_and_runs_check_and_diff() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    trigger = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert trigger["pull_request"]["paths"] == ["specs/**"]
    steps = workflow["jobs"]["spec"]["steps"]
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "python -m generator generate --check" in scripts
    assert 'python -m generator diff "$BASE:$base_spec" "$spec" --config "$config" --format markdown' in scripts
    assert workflow["permissions"]["pull-requests"] == "write"


def _repo_with_base_branch(tmp_path: Path) -> Path:
    """A git repo holding the project's specs, committed, with a branch `base` at that commit."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "specs", repo / "specs")
    subprocess.run([*_GIT, "init", "-q", str(repo)], check=True)
    subprocess.run([*_GIT, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*_GIT, "commit", "-qm", "base"], cwd=repo, check=True)
    subprocess.run([*_GIT, "branch", "base"], cwd=repo, check=True)
    return repo


_GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main"]


def _run_diff_step(repo: Path, tmp_path: Path) -> tuple[str, str, str]:
    """The diff step's shell script, run in `repo` against its branch `base`: the report,
    the step's output and the job summary."""
    workflow = yaml.safe_load(WORKFLOW.read_text())
    [script] = [s["run"] for s in workflow["jobs"]["spec"]["steps"] if s.get("id") == "diff"]
    script = script.replace("python ", f"{sys.executable} ")
    summary, output = tmp_path / "summary.md", tmp_path / "output.txt"
    done = subprocess.run(
        ["bash", "-e", "-c", script],
        cwd=repo,
        env={"BASE": "base", "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_OUTPUT": str(output), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return (repo / "report.md").read_text(), output.read_text(), summary.read_text()


def test_the_diff_step_runs_here_against_a_real_base_branch(tmp_path: Path) -> None:
    """The diff step's shell script, run in a git repo whose base branch has an older spec."""
    repo = _repo_with_base_branch(tmp_path)
    spec = repo / "specs/seam-customers/openapi.yaml"
    spec.write_text(spec.read_text().replace("x-response-key: magic_link", "x-response-key: portal"))
    report, output, summary = _run_diff_step(repo, tmp_path)
    assert "response key changed from `magic_link` to `portal`" in report
    assert ":white_check_mark:" in report  # customers is alpha: tolerated
    assert output == "status=0\n"
    assert summary == report


def test_a_new_release_file_named_by_the_config_is_diffed_against_the_base_s_file(tmp_path: Path) -> None:
    """A pull request that adds the next release beside the old file and names it in the
    config: the base branch's spec is the file its own config names, and the breaking change
    in a stable target fails the step, rather than passing as a "new target"."""
    repo = _repo_with_base_branch(tmp_path)
    folder = repo / "specs/seam-customers"
    (folder / "next.yaml").write_text(
        (folder / "openapi.yaml").read_text().replace("x-response-key: magic_link", "x-response-key: portal")
    )
    config = folder / "config.yaml"
    config.write_text(
        config.read_text().replace("spec: openapi.yaml", "spec: next.yaml").replace("customers: alpha", "customers: stable")
    )
    report, output, _ = _run_diff_step(repo, tmp_path)
    assert "new target" not in report
    assert "response key changed from `magic_link` to `portal`" in report
    assert ":x:" in report and output == "status=1\n"


def test_a_report_too_long_for_a_comment_is_cut_to_its_share_and_kept_whole(tmp_path: Path) -> None:
    """A pull-request comment holds 65,536 characters; Seam's release 1.875.0 -> 1.977.0 made
    a 1.5 MB report. Each target's report in the comment is cut to its share, most severe
    first, and the whole one is kept for the artifact."""
    repo = _repo_with_base_branch(tmp_path)
    spec = repo / "specs/seam-connect/openapi.json"
    document = json.loads(spec.read_text())
    for path in list(document["paths"])[:150]:  # 150 routes removed: breaking
        del document["paths"][path]
    for schema in document["components"]["schemas"].values():  # and at length: documentation
        for prop in (schema.get("properties") or {}).values():
            prop["description"] = "Edited."
    spec.write_text(json.dumps(document))
    report, output, summary = _run_diff_step(repo, tmp_path)
    whole = (repo / "reports/seam-connect.md").read_text()
    assert len(report) < 60_000 < len(whole)
    assert "The whole report is" in report and "`api-diff-reports` artifact" in report
    assert ":x:" in report and output == "status=1\n" and summary == report
    shown = [line for line in report.splitlines() if line.startswith("| **breaking** | operation removed")]
    assert 0 < len(shown) < whole.count("| **breaking** | operation removed")
