"""The GitHub Actions workflow: it runs on spec changes, and the commands it runs exist and work."""

from __future__ import annotations

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
    assert 'python -m generator diff "$BASE:$spec" "$spec" --config "$config" --format markdown' in scripts
    assert workflow["permissions"]["pull-requests"] == "write"


def test_the_diff_step_runs_here_against_a_real_base_branch(tmp_path: Path) -> None:
    """The diff step's shell script, run in a git repo whose base branch has an older spec."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "specs", repo / "specs")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main"]
    subprocess.run([*git, "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=repo, check=True)
    subprocess.run([*git, "branch", "base"], cwd=repo, check=True)
    spec = repo / "specs/seam-customers/openapi.yaml"
    spec.write_text(spec.read_text().replace("x-response-key: magic_link", "x-response-key: portal"))
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
    report = (repo / "report.md").read_text()
    assert "response key changed from `magic_link` to `portal`" in report
    assert ":white_check_mark:" in report  # customers is alpha: tolerated
    assert output.read_text() == "status=0\n"
    assert summary.read_text() == report
