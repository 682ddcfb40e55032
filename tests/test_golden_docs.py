"""Golden files: the committed output is what the generator makes, and the seed page is exact."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, SHARED, requires_shared, run_generator

SEED = SHARED / "seed" / "push-customer-data.md"
COMMITTED = ROOT / "generated" / "seam-customers"


@requires_shared
def test_push_data_page_equals_seed_byte_for_byte(tmp_path: Path) -> None:
    result = run_generator(
        "generate",
        "--spec",
        ROOT / "specs/seam-customers/openapi.yaml",
        "--config",
        ROOT / "specs/seam-customers/config.yaml",
        "--out",
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "docs/customers/push_data.md").read_bytes() == SEED.read_bytes()


def test_committed_generated_output_is_current() -> None:
    result = run_generator("generate", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "generated output is current" in result.stdout


def test_two_runs_give_identical_bytes(tmp_path: Path) -> None:
    spec = ROOT / "specs/seam-customers/openapi.yaml"
    config = ROOT / "specs/seam-customers/config.yaml"
    outputs = []
    for run in ("a", "b"):
        out = tmp_path / run
        assert run_generator("generate", "--spec", spec, "--config", config, "--out", out).returncode == 0
        outputs.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) >= 12
    # no absolute paths or timestamps leak into output
    for path, data in outputs[0].items():
        assert str(tmp_path).encode() not in data, path
        assert str(ROOT).encode() not in data, path


def test_index_lists_every_operation_with_stability() -> None:
    index = (COMMITTED / "docs/README.md").read_text()
    assert "| [Push Customer Data](customers/push_data.md) | `POST /customers/push_data` | Alpha |" in index
    assert "| [Create Customer Portal](customers/create_portal.md) | `POST /customers/create_portal` | Alpha |" in index


def test_expand_nested_shows_item_properties(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    text = (ROOT / "specs/seam-customers/config.yaml").read_text().replace("expand_nested: false", "expand_nested: true")
    config.write_text(text)
    out = tmp_path / "out"
    result = run_generator(
        "generate", "--spec", ROOT / "specs/seam-customers/openapi.yaml", "--config", config, "--out", out
    )
    assert result.returncode == 0, result.stderr
    page = (out / "docs/customers/push_data.md").read_text()
    spaces = page.split("**`spaces`**", 1)[1].split("**`tenants`**", 1)[0]
    assert "<summary>Properties</summary>" in spaces
    assert "**`space_key`** *String* (Required)" in spaces
    assert "**`name`** *String* (Required)" in spaces
    assert "Your unique identifier for the space." in spaces
    # the seed's layout is otherwise unchanged: still required first
    assert page.index("**`customer_key`**") < page.index("**`access_grants`**")
