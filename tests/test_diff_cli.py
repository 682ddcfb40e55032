"""`python -m generator diff` as CI runs it: real Seam history, git revisions, formats, exit codes."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, SEAM_SPECS, requires_shared, run_generator

RELEASES = ["1.424.0", "1.622.0", "1.778.0", "1.875.0", "1.977.0"]


@pytest.fixture(scope="module")
def customers_history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The customers API cut out of every release, as the seam-customers target would hold it."""
    if not SEAM_SPECS.is_dir():
        pytest.skip("needs ../shared/specs (the real API descriptions) beside the project")
    folder = tmp_path_factory.mktemp("customers-history")
    for release in RELEASES:
        result = run_generator(
            "extract", SEAM_SPECS / f"{release}.json", "--prefix", "/customers/", "--out", folder / f"{release}.yaml"
        )
        assert result.returncode == 0, result.stderr
    (folder / "alpha.yaml").write_text("stability:\n  groups:\n    customers: alpha\n")
    (folder / "stable.yaml").write_text("stability:\n  groups:\n    customers: stable\n")
    return folder


def diff_json(*args: str | Path) -> tuple[int, dict]:
    result = run_generator("diff", *args, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def test_create_portal_response_key_change_is_tolerated_only_while_alpha(customers_history: Path) -> None:
    old, new = customers_history / "1.778.0.yaml", customers_history / "1.875.0.yaml"
    code, report = diff_json(old, new, "--config", customers_history / "alpha.yaml")
    key_changes = [c for c in report["changes"] if c["id"] == "response-key-changed"]
    assert key_changes == [
        {
            "id": "response-key-changed",
            "level": "breaking",
            "operation": "POST /customers/create_portal",
            "location": "/paths/~1customers~1create_portal/post",
            "message": "response key changed from `magic_link` to `customer_portal`",
            "stability": "alpha",
            "tolerated": True,
        }
    ]
    assert code == 0
    assert report["summary"]["breaking_untolerated"] == 0
    assert report["version_bump"] == "minor"

    code, report = diff_json(old, new, "--config", customers_history / "stable.yaml")
    assert code == 1
    [key_change] = [c for c in report["changes"] if c["id"] == "response-key-changed"]
    assert (key_change["stability"], key_change["tolerated"]) == ("stable", False)
    assert report["version_bump"] == "major"


def test_loosened_required_lists_are_not_breaking(customers_history: Path) -> None:
    _, report = diff_json(customers_history / "1.424.0.yaml", customers_history / "1.622.0.yaml")
    loosened = [c for c in report["changes"] if c["message"] == "request property `access_grants[].name` became optional"]
    assert [(c["id"], c["level"]) for c in loosened] == [("request-property-became-optional", "info")]
    assert all(c["level"] != "breaking" for c in report["changes"] if "became optional" in c["message"])
    added = {c["message"] for c in report["changes"] if c["id"] == "request-property-added"}
    assert {"optional request property `sites` added", "optional request property `staff_members` added"} <= added


@requires_shared
@pytest.mark.parametrize("pair", list(zip(RELEASES, RELEASES[1:])), ids=lambda p: f"{p[0]}->{p[1]}")
def test_every_step_of_real_history(pair: tuple[str, str]) -> None:
    old, new = (SEAM_SPECS / f"{release}.json" for release in pair)
    code, report = diff_json(old, new)
    summary = report["summary"]
    assert summary["breaking"] + summary["warning"] + summary["info"] == len(report["changes"]) > 0
    assert code == (1 if summary["breaking_untolerated"] else 0)
    assert {c["id"] for c in report["changes"]} >= {"endpoint-added"}
    for change in report["changes"]:
        assert change["location"].startswith("/"), change
        assert change["operation"].split(" ", 1)[0] in {"GET", "POST", "PUT", "PATCH", "DELETE"}


def test_text_and_markdown_reports(customers_history: Path) -> None:
    args = (customers_history / "1.778.0.yaml", customers_history / "1.875.0.yaml", "--config", customers_history / "alpha.yaml")
    text = run_generator("diff", *args)
    assert text.returncode == 0
    assert "\x1b[" not in text.stdout  # not a terminal: no colour
    assert "POST /customers/create_portal (alpha)" in text.stdout
    assert "breaking, tolerated  response key changed from `magic_link` to `customer_portal`  [response-key-changed]" in text.stdout
    markdown = run_generator("diff", *args, "--format", "markdown")
    assert markdown.stdout.startswith("## API changes:")
    assert ":white_check_mark: No breaking change that the stability policy forbids." in markdown.stdout
    assert "| breaking (tolerated) | response key changed from `magic_link` to `customer_portal` | `response-key-changed` |" in markdown.stdout


def _run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run with stdout on a pseudo-terminal, as a person at a shell would."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", *args], stdout=follower, stderr=subprocess.PIPE, cwd=ROOT, env=env
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=120)
    os.close(leader)
    assert process.stderr is not None
    assert process.returncode in (0, 1), process.stderr.read()
    return b"".join(chunks).decode()


def test_colour_on_a_terminal_unless_no_color(customers_history: Path) -> None:
    args = ["diff", str(customers_history / "1.778.0.yaml"), str(customers_history / "1.875.0.yaml")]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("NO_COLOR", None)
    assert "\x1b[31;1mBREAKING\x1b[0m" in _run_in_terminal(args, env)
    assert "\x1b[" not in _run_in_terminal(args, {**env, "NO_COLOR": "1"})


def test_allow_breaking_and_stability_level(customers_history: Path) -> None:
    args = (customers_history / "1.778.0.yaml", customers_history / "1.875.0.yaml", "--config", customers_history / "stable.yaml")
    assert run_generator("diff", *args).returncode == 1
    assert run_generator("diff", *args, "--allow-breaking").returncode == 0
    code, report = diff_json(*args, "--stability-level", "draft")
    assert code == 1  # at "draft" nothing is tolerated
    code, report = diff_json(*args[:2], "--config", customers_history / "alpha.yaml", "--stability-level", "draft")
    assert code == 1 and report["summary"]["breaking_tolerated"] == 0


def test_git_revisions_as_sides(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "specs" / "schemas").mkdir(parents=True)
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {"/a": {"post": {"operationId": "a", "responses": {"200": {"description": "OK", "content": {
            "application/json": {"schema": {"$ref": "schemas/thing.yaml"}}}}}}}},
    }
    (repo / "specs" / "openapi.yaml").write_text(yaml.safe_dump(spec))
    (repo / "specs" / "schemas" / "thing.yaml").write_text("type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run([*git, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "one"], cwd=repo, check=True)
    (repo / "specs" / "schemas" / "thing.yaml").write_text("type: object\nproperties:\n  id: {type: string}\n")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "HEAD:specs/openapi.yaml", "specs/openapi.yaml", "--format", "json"],
        cwd=repo, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1, result.stderr
    [change] = json.loads(result.stdout)["changes"]
    assert change["id"] == "response-property-became-optional"
    assert change["location"] == "schemas/thing.yaml#/properties/id"
    missing = subprocess.run(
        [sys.executable, "-m", "generator", "diff", "nope:specs/openapi.yaml", "specs/openapi.yaml"],
        cwd=repo, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert missing.returncode == 2
    assert missing.stderr.startswith("error: nope:specs/openapi.yaml#: git:")
    assert len(missing.stderr.strip().splitlines()) == 1


def test_bad_input_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.0\npaths: [\n")
    result = run_generator("diff", bad, ROOT / "specs/seam-customers/openapi.yaml")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("error: ") and "bad.yaml#: invalid YAML" in result.stderr


def _events_spec(with_description: bool) -> dict:
    """A list of events, each kind a variant of a union: the shape of Seam's 103 events."""
    def variant(kind: str) -> dict:
        properties = {"event_type": {"type": "string", "enum": [kind]}, "workspace_id": {"type": "string"}}
        if with_description:
            properties["event_description"] = {"type": "string"}
        return {"type": "object", "required": ["event_type"], "properties": properties}

    event = {"oneOf": [variant(kind) for kind in ("lock.locked", "lock.unlocked", "device.added")],
             "discriminator": {"propertyName": "event_type"}}
    body = {"type": "object", "properties": {"events": {"type": "array", "items": event}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Events", "version": "1"},
        "paths": {"/events/list": {"post": {
            "operationId": "listEvents",
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": body}}}},
        }}},
    }


def test_a_change_alike_in_every_variant_is_one_line_counted(tmp_path: Path) -> None:
    """Each of a union's variants gaining the same property reads the same three times: the
    text and Markdown reports say it once, counted; JSON keeps each, with its own location."""
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(_events_spec(False)))
    new.write_text(json.dumps(_events_spec(True)))
    text = run_generator("diff", old, new)
    assert text.returncode == 0, text.stderr
    lines = [line for line in text.stdout.splitlines() if "event_description" in line]
    assert lines == ["  info  response property `events[].event_description` added (x3)  [response-property-added]"]
    markdown = run_generator("diff", old, new, "--format", "markdown").stdout
    assert "| info | response property `events[].event_description` added (×3) | `response-property-added` |" in markdown
    _, report = diff_json(old, new)
    added = [c for c in report["changes"] if c["id"] == "response-property-added"]
    assert len(added) == 3 and len({c["location"] for c in added}) == 3
    assert report["summary"]["info"] == 3
    # and so does the changelog entry of a regeneration
    spec, out = tmp_path / "spec" / "openapi.json", tmp_path / "out"
    spec.parent.mkdir()
    spec.write_text(old.read_text())
    assert run_generator("generate", "--spec", spec, "--out", out).returncode == 0
    spec.write_text(new.read_text())
    assert run_generator("generate", "--spec", spec, "--out", out).returncode == 0
    changelog = (out / "CHANGELOG.md").read_text()
    assert "- `POST /events/list`: response property `events[].event_description` added (×3) (stable, " in changelog


@requires_shared
def test_a_markdown_report_cut_to_a_length_shows_the_most_severe_first() -> None:
    """Seam 1.875.0 -> 1.977.0 makes a 1.5 MB Markdown report, too long for a pull-request
    comment (65,536 characters). `--max-chars` keeps the verdict and the counts, every rule's
    count, and as many change lines as fit, every line the policy forbids before any other."""
    old, new = SEAM_SPECS / "1.875.0.json", SEAM_SPECS / "1.977.0.json"
    config = ROOT / "specs/seam-connect/config.yaml"
    whole = run_generator("diff", old, new, "--config", config, "--format", "markdown")
    assert whole.returncode == 1 and len(whole.stdout) > 1_000_000
    head = whole.stdout.split("\n### ", 1)[0]
    for limit in (2_000, 30_000, 65_536):
        cut = run_generator("diff", old, new, "--config", config, "--format", "markdown", "--max-chars", str(limit))
        assert cut.returncode == 1, cut.stderr
        assert len(cut.stdout) <= limit
        assert cut.stdout.startswith(head.rstrip("\n"))  # the verdict and the counts, as in the whole
        assert "| `response-property-became-optional` | breaking | 3472 |" in cut.stdout
        sections = cut.stdout.split("\n### ", 1)[-1].splitlines()
        rows = [line for line in sections if line.startswith("| ") and not line.startswith(("| Level |", "| --- |", "| … |"))]
        levels = [row.split(" | ", 1)[0] for row in rows]
        assert levels and set(levels) == {"| **breaking**"}  # forbidden ones alone: they fill it
    refused = run_generator("diff", old, new, "--format", "json", "--max-chars", "30000")
    assert refused.returncode == 2 and "--max-chars is for --format markdown" in refused.stderr
