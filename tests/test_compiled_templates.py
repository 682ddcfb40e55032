"""Templates compiled once are kept (as .pyc files are), and never stand in for a changed text."""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.render.environment import _CompiledTemplates, environment, templates_dir


def _environment(templates: Path, cache: _CompiledTemplates) -> jinja2.Environment:
    """A run's environment: a new one each time, as each run is a new process."""
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)), bytecode_cache=cache)


def test_the_generator_keeps_its_compiled_templates() -> None:
    assert isinstance(environment(templates_dir()).bytecode_cache, _CompiledTemplates)


def test_a_changed_template_is_compiled_again(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    template = tmp_path / "templates" / "page.j2"
    template.write_text("first {{ x }}")
    cache = _CompiledTemplates(str(tmp_path))
    assert _environment(template.parent, cache).get_template("page.j2").render(x=1) == "first 1"
    assert len(list(tmp_path.glob("*.cache"))) == 1, "the compiled template was kept"
    assert _environment(template.parent, cache).get_template("page.j2").render(x=1) == "first 1"

    template.write_text("second {{ x }}")
    assert _environment(template.parent, cache).get_template("page.j2").render(x=2) == "second 2"


def test_a_folder_that_cannot_be_written_only_costs_the_compilation(tmp_path: Path) -> None:
    (tmp_path / "page.j2").write_text("still {{ x }}")
    unwritable = _CompiledTemplates(str(tmp_path / "missing" / "folder"))
    assert _environment(tmp_path, unwritable).get_template("page.j2").render(x=3) == "still 3"
