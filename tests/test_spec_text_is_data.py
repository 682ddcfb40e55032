"""A hostile spec: text that tries to close docstrings, inject code or template tags.

The generated package must compile, import without running any of it, keep the text as
plain data (docstrings, wire names), and the Markdown must carry no live HTML or template tag.
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, RecordingServer, Reply, run_generator

SPEC = FIXTURES / "hostile" / "openapi.yaml"
PACKAGE = "evil_api_7_7_raw"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    result = run_generator("generate", "--spec", SPEC, "--out", out)
    assert result.returncode == 0, result.stderr
    return out


def spec_operation() -> dict:
    return yaml.safe_load(SPEC.read_text())["paths"]["/things/{thing_id}"]["post"]


def test_every_python_file_compiles(generated: Path) -> None:
    files = sorted((generated / "python").rglob("*.py"))
    assert len(files) >= 6
    for file in files:
        compile(file.read_text(), str(file), "exec")


def test_importing_and_calling_runs_nothing_from_the_spec(generated: Path, tmp_path: Path) -> None:
    description = spec_operation()["description"]
    script = f"""
import inspect, json, sys
import {PACKAGE} as pkg
from {PACKAGE}._client import DEFAULT_BASE_URL
client = pkg.Client(key=sys.argv[2], base_url=sys.argv[1])
method = client.evil_tag.do_it_now
result = method(thing_id='t 1/2', class_='c', from_='f', type_=3, def_evil='d', name=True,
                self_='s', x_trace_id='tr', with_space={{'`tick`': 'x'}}, type_2='a"b')
print(json.dumps({{
    "doc": inspect.getdoc(method),
    "base_url": DEFAULT_BASE_URL,
    "model_doc": inspect.getdoc(pkg.models.EvilModel),
    "result": type(result).__name__,
    "import_field": result.import_,
    "enum_values": [m.value for m in pkg.models.DoItNowRequestType],
    "package_doc": pkg.__doc__,
}}))
"""
    with RecordingServer() as server:
        server.replies[("POST", "/things/t%201%2F2")] = Reply(body={"import": "ok", "items": [{"import": "nested"}]})
        done = subprocess.run(
            [sys.executable, "-c", script, server.url, "secret-key"],
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env={"PYTHONPATH": str(generated / "python"), "PATH": ""},
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        out = json.loads(done.stdout)
        [request] = server.requests
    assert not (tmp_path / "PWNED").exists()
    assert list(tmp_path.iterdir()) == []
    # The text is kept whole, as data.
    assert description.rstrip() in out["doc"]
    assert out["base_url"] == "https://example.com/\"\"\"+__import__('os')"
    assert out["model_doc"] == 'Model """ docstring {{ x }} \\'
    assert out["enum_values"] == ['a"b', "{{x}}", "back\\slash", "new\nline", "def"]
    assert out["result"] == "EvilModel" and out["import_field"] == "ok"
    assert out["package_doc"].startswith('Python client for Evil """ API {{ 7*7 }} {% raw %}.')
    # Wire names are sent exactly as the spec spells them.
    assert request.path == "/things/t%201%2F2?from=f"
    assert request.headers["x-trace'id"] == "tr"
    assert request.headers["x-key'''"] == "secret-key"
    assert request.body == {
        "class": "c",
        "Type": 3,
        "def\"\"\" + evil": "d",
        "{{name}}": True,
        "self": "s",
        "with space": {"`tick`": "x"},
        "type": 'a"b',
    }


def test_markdown_has_no_live_html_or_template_tags(generated: Path) -> None:
    pages = sorted((generated / "docs").rglob("*.md"))
    assert len(pages) == 2
    for page in pages:
        text = page.read_text()
        assert "<script" not in text
        assert "{{" not in text and "{%" not in text and "{#" not in text
        assert "%}" not in text and "#}" not in text
        # the only HTML blocks are the page's own: summary/details pairs
        assert text.count("<details>") == text.count("</details>")
    page = (generated / "docs/evil_tag/do_it_now.md").read_text()
    assert page.startswith("# Break &#123;% endhint %&#125; out &lt;/details&gt; &#123;{ title }&#125;\n")
    assert "&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "**`class`** *String* (Required)" in page


def test_package_metadata_survives_quotes(generated: Path) -> None:
    meta = tomllib.loads((generated / "python/pyproject.toml").read_text())
    assert meta["project"]["description"].startswith('Python client for Evil """ API {{ 7*7 }} {% raw %}')
    assert meta["project"]["name"] == "evil-api-7-7-raw"


def test_names_that_collide_after_cleaning_stay_distinct(generated: Path) -> None:
    sys.path.insert(0, str(generated / "python"))
    try:
        module = __import__(f"{PACKAGE}.resources.evil_tag", fromlist=["EvilTagResource"])
    finally:
        sys.path.remove(str(generated / "python"))
    parameters = inspect.signature(module.EvilTagResource.do_it_now).parameters
    assert list(parameters) == [
        "self", "class_", "thing_id", "def_evil", "from_", "self_", "type_", "type_2", "with_space", "x_trace_id", "name"
    ]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in parameters.items() if name != "self")
    for name in list(sys.modules):
        if name.startswith(PACKAGE):
            del sys.modules[name]
