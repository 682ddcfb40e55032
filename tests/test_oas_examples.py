"""Any valid OpenAPI document, measured on documents we did not write: ReadMe's examples
(npm `@readme/oas-examples` 8.2.2, installed with Seam's fake by `npm ci --prefix
tests/fake_seam`), 53 specs of 3.0 and 3.1 that each exercise one part of the format
(callbacks, circular schemas, discriminators, parameter styles, server variables, webhooks,
file uploads, ...). Each generates, and its package imports; in the three the validator holds
invalid, what it holds invalid is a parameter's `default`, which is set aside with a line
that says where."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, run_generator

EXAMPLES = ROOT / "tests" / "fake_seam" / "node_modules" / "@readme" / "oas-examples"
SPECS = sorted(EXAMPLES.glob("3.*/json/*.json"))

# The validator's verdict on these (each error is in the spec as published): defaults that do
# not fit their schemas, which generation sets aside and names, one line each ...
SET_ASIDE = {
    "3.0/json/schema-validation.json": [
        "#/paths/~1anything~1jsonschema-formats/parameters/2/schema/default: '23:20:50.52' is not a 'time'",
        "#/paths/~1anything~1jsonschema-formats/parameters/7/schema/default: 'Bücher.example' is not a 'idn-hostname'",
        "#/paths/~1anything~1oas-formats/parameters/0/schema/default: '12345' is not of type 'integer'",
        "#/paths/~1anything~1oas-formats/parameters/1/schema/default: '3000000000' is not of type 'integer'",
        "#/paths/~1anything~1oas-formats/parameters/2/schema/default: '1.0' is not of type 'number'",
        "#/paths/~1anything~1oas-formats/parameters/3/schema/default: '3000000000.0' is not of type 'number'",
    ],
    # (the validator reads the draft-04 schema there as 3.1's dialect: its boolean exclusiveMaximum)
    "3.1/json/schema-validation-top-level.json": [
        "#/paths/~1anything~1numbers/parameters/1/schema/default: 12 is greater than or equal to the maximum of True",
    ],
}
# ... and what is refused once they are set aside: a dialect nobody publishes
INVALID = {
    "3.1/json/schema-validation-local.json": "#/paths/~1anything~1numbers/parameters/4/schema/$schema: not valid"
    " OpenAPI 3.1.0: Unknown JSON Schema dialect: 'https://json-schema.org/draft-05/schema#'",
}

pytestmark = pytest.mark.skipif(
    not SPECS, reason="ReadMe's examples are not installed: npm ci --prefix tests/fake_seam"
)


@pytest.mark.parametrize("spec", SPECS, ids=[spec.relative_to(EXAMPLES).as_posix() for spec in SPECS])
def test_example_generates_a_package_that_imports(spec: Path, tmp_path: Path) -> None:
    name = spec.relative_to(EXAMPLES).as_posix()
    out = tmp_path / "out"
    result = run_generator("generate", "--spec", spec, "--out", out)
    if name in INVALID:
        assert result.returncode == 2, result.stdout
        [line] = result.stderr.strip().splitlines()
        assert line.startswith("error: ") and line.endswith(f"{name}{INVALID[name]}"), line
        assert not out.exists()
        return
    assert result.returncode == 0, result.stderr
    set_aside = [line for line in result.stdout.splitlines() if "default that does not fit its schema" in line]
    assert set_aside == [f"  default that does not fit its schema: {each} (OpenAPI says it must; generated anyway:"
                         " the client sends no defaults)" for each in SET_ASIDE.get(name, ())]
    assert "Traceback" not in result.stderr
    [package] = [p.name for p in (out / "python").iterdir() if p.is_dir()]
    imported = subprocess.run(
        [sys.executable, "-c", f"import {package}, {package}.models; {package}.Client, {package}.AsyncClient"],
        env={**os.environ, "PYTHONPATH": str(out / "python")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert imported.returncode == 0, imported.stderr
    assert (out / "docs" / "README.md").is_file()


def test_every_example_is_taken() -> None:
    """The examples are what this test says they are: a new release of the package that
    drops or renames one shows here, not as fewer cases quietly passing."""
    assert len(SPECS) == 53
    assert set(INVALID) | set(SET_ASIDE) <= {spec.relative_to(EXAMPLES).as_posix() for spec in SPECS}
