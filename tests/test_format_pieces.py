"""Formatting in pieces with reuse gives the bytes black gives the whole module, cold.

On the bundled Seam Connect description's largest resource modules: one method edited, the
other pieces taken back from the formatted module of the last generation (as a fresh clone
would, from disk), and the result compared with a cold format of the edited module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import ROOT
from generator import pieces
from generator.build import build_api
from generator.config import load_config
from generator.black_runner import format_python
from generator.format import EarlierFormatting, format_files, source_digest
from dataclasses import replace
from generator.load import load_spec
from generator.render.common import Deferred, Pieced
from generator.render.python_client import render_python_client

SPEC = ROOT / "specs/seam-connect/openapi.json"
CONFIG = ROOT / "specs/seam-connect/config.yaml"


def render_text(file: str | Deferred | Pieced, tool: str = "tool") -> str:
    """A file's whole unformatted text (a pieced module's, with every definition rendered)."""
    if isinstance(file, Pieced):
        text = file.render(tool).text()
        assert text is not None  # nothing was known
        return text
    return file if isinstance(file, str) else file.render()


@pytest.fixture(scope="module")
def seam_modules() -> dict[str, str]:
    api = build_api(load_spec(SPEC, validate=False), load_config(CONFIG))
    return {path: render_text(file) for path, file in render_python_client(api, load_config(CONFIG)).items()}


@pytest.mark.parametrize("module", ["seam_connect/resources/acs.py", "seam_connect/models.py"])
def test_reused_pieces_joined_are_the_bytes_of_a_cold_format(seam_modules: dict[str, str], module: str) -> None:
    rendered = seam_modules[module]
    split = pieces.split(rendered)
    assert split is not None and len(split) > 100  # large enough to be cut
    # The templates write black's layout, so ruff takes the module whole; spaces at the end of
    # one piece's first line, which black strips, have it cut.
    first_line = split[1].text.split("\n", 1)[0]
    original = rendered.replace(first_line + "\n", first_line + "  \n", 1)
    first = format_files({module: original})
    assert first.pieces[module] and first.files[module] == format_python(original, module)  # joined == whole
    # ruff read the module whole, and named the lines it would change: black gets the piece
    # with the spaces, no other (besides, in the models module, the two whose layout ruff and
    # black do not agree on: see test_already_formatted.py)
    assert first.to_black == (1 if module.endswith("acs.py") else 3)

    # one piece edited: a method in the resource module, a class in the models module
    target = next(p for p in split[len(split) // 2 :] if '"""' in p.text)
    edited = original.replace(target.text, target.text.replace('"""', '"""Edited. ', 1), 1)
    earlier = EarlierFormatting({module: (source_digest(original), first.files[module].encode())}, first.pieces)
    reused = format_files({module: edited}, earlier)

    assert reused.pieces_formatted == 1
    assert reused.files[module] == format_python(edited, module)


TRICKY = '''"""Module."""

import os


@decorated
@twice
class First:
    """A docstring whose text looks like code at column 0:
class Evil:
    def method(self): ...
@not_a_decorator
def nor_a_function():
"""

    value = (
1)

    def method(self) -> None:
        x = """
def inside_a_string():
"""


def after(
a: int,
) -> None: ...


async def last() -> None:
    pass
'''


def test_chunked_parsing_cuts_only_between_top_level_statements() -> None:
    # cut at every candidate line (chunks of one line): each cut inside a string or a bracket
    # must be undone, giving exactly the statements one parse of the whole module gives
    import ast

    lines = TRICKY.splitlines(keepends=True)
    whole = [
        (min([n.lineno, *(d.lineno for d in getattr(n, "decorator_list", []))]), n.end_lineno)
        for n in ast.parse(TRICKY).body
    ]
    assert len(whole) == 5
    for chunk_lines in (1, 2, 5, 1000):
        statements = pieces._statements(lines, chunk_lines)
        assert statements is not None
        assert [(s.first, s.last) for s in statements] == whole
        assert [s.definition for s in statements] == [False, False, True, True, True]
        assert [is_method for _, _, is_method in statements[2].body] == [False, False, True]
    broken = lines[:-1] + ["    pass(\n"]
    assert pieces._statements(broken, 1) is None  # does not parse at the end: no statements


def test_the_definitions_of_a_pieced_module_are_the_pieces_parsing_finds(seam_modules: dict[str, str]) -> None:
    # the models module is rendered a class at a time: its head and classes, joined, are the
    # module, and a parse of it cuts the very same classes
    api = build_api(load_spec(SPEC, validate=False), load_config(CONFIG))
    module = render_python_client(api, load_config(CONFIG))["seam_connect/models.py"]
    assert isinstance(module, Pieced)
    cut = module.render("tool")
    text = cut.text()
    assert text == seam_modules["seam_connect/models.py"]
    assert len(cut.definitions) == text.count("\nclass ") - 1 > 1000  # every class but the base `Model`
    parsed = pieces.split(text)
    assert parsed is not None
    assert [piece.text for piece in parsed[2:]] == [definition for _, definition in cut.definitions]
    assert pieces.join(parsed[:2], [piece.text or "" for piece in parsed[:2]]) == cut.head  # imports, `Model`
    # and the lines of each piece are found again by their counts
    spans = pieces.line_spans(text, parsed)
    lines = text.splitlines(keepends=True)
    assert spans is not None
    assert ["".join(lines[first - 1 : last]) for first, last in spans] == [piece.text for piece in parsed]


def test_a_changed_class_alone_is_rendered_and_formatted_and_the_module_is_a_cold_format() -> None:
    api = build_api(load_spec(SPEC, validate=False), load_config(CONFIG))
    path = "seam_connect/models.py"
    module = render_python_client(api, load_config(CONFIG))[path]
    assert isinstance(module, Pieced)
    first = format_files({}, cut_modules={path: module.render("tool")})
    assert first.files[path] == format_python(render_text(module, "tool"), path)  # joined == whole
    earlier = EarlierFormatting({path: (first.sources[path], first.files[path].encode())}, first.pieces)

    # one class's description edited: that class alone is rendered again, and formatted
    index = next(i for i, view in enumerate(module.views) if view.kind == "model" and view.description)
    views = list(module.views)
    views[index] = replace(views[index], description="Edited. " + views[index].description)
    edited = replace(module, views=tuple(views), _keys={})
    cut = edited.render("tool", frozenset(earlier.formatted_pieces(path)))
    assert [i for i, (_, text) in enumerate(cut.definitions) if text is not None] == [index]
    again = format_files({}, earlier, cut_modules={path: cut})
    assert again.pieces_formatted == 1
    assert again.files[path] == format_python(render_text(edited, "tool"), path)
    # what it records is what a first generation of the edited module records
    cold = format_files({}, cut_modules={path: edited.render("tool")})
    assert (again.sources, again.pieces) == (cold.sources, cold.pieces)


def _with_method(module: Pieced, change: Callable[[Any], Any]) -> tuple[Pieced, int]:
    """The resource module with its first method changed, in each piece that shows it (its
    method, synchronous and asynchronous, and its iterators if it has them); and how many."""
    first = next(view.method for view in module.views if view.kind == "method")
    changed = change(first)
    views = [replace(view, method=changed) if view.method == first else view for view in module.views]
    return replace(module, views=tuple(views), _keys={}), sum(view.method == first for view in module.views)


@pytest.mark.parametrize(
    "change, needs",
    [
        # the edited method needs what it needed: the head's imports come from what the
        # pieces not rendered again recorded
        (lambda method: replace(method, description="Edited. " + (method.description or "")), None),
        # the edited method alone needs `deprecated`: the head imports it
        (lambda method: replace(method, deprecated="Use another."), "deprecated"),
    ],
)
def test_a_changed_method_alone_is_rendered_and_the_resource_module_is_a_cold_format(
    change: Callable[[Any], Any], needs: str | None
) -> None:
    api = build_api(load_spec(SPEC, validate=False), load_config(CONFIG))
    path = "seam_connect/resources/access_codes.py"
    module = render_python_client(api, load_config(CONFIG))[path]
    assert isinstance(module, Pieced) and module.uses is not None
    cut = module.render("tool")
    assert cut.text() == render_text(module)
    first = format_files({}, cut_modules={path: cut})
    assert first.files[path] == format_python(render_text(module), path)  # joined == whole
    earlier = EarlierFormatting({path: (first.sources[path], first.files[path].encode())}, first.pieces)
    if needs is not None:
        assert needs not in " ".join(cut.gives.values())  # no piece needed it before

    edited, showing = _with_method(module, change)
    edited = replace(edited, recorded=cut.gives)
    again_cut = edited.render("tool", frozenset(earlier.formatted_pieces(path)))
    # the method, and the asynchronous one (the description is in both docstrings)
    assert sum(text is not None for _, text in again_cut.definitions) == showing >= 2
    again = format_files({}, earlier, cut_modules={path: again_cut})
    assert again.pieces_formatted == showing + (needs is not None)  # and a head that changed
    cold_text = render_text(replace(edited, recorded=None))
    assert again.files[path] == format_python(cold_text, path)
    if needs is not None:
        assert needs in again_cut.head
    # with nothing recorded of what its pieces need, every piece is rendered
    assert all(text is not None for _, text in replace(edited, recorded=None).render("tool", frozenset(earlier.formatted_pieces(path))).definitions)


@pytest.mark.parametrize("shift", [1, -1, -2, 2])
def test_line_counts_that_do_not_fit_the_module_give_no_piece(shift: int) -> None:
    # the formatted pieces are read back from the module by the line counts recorded: a count
    # one off (or two, onto a blank line inside a class) must not hand out shifted pieces
    head = '"""Module."""\n\nimport os\n'
    definitions = (
        ("k1", "class A:\n    x: int = 1\n\n    y: int = 2\n"),
        ("k2", "class B:\n    pass\n"),
        ("k3", "class C:\n    z = os.sep\n"),
    )
    module = pieces.CutModule(head, definitions, "source")
    first = format_files({}, cut_modules={"m.py": module})
    recorded = first.pieces["m.py"]
    read_back = EarlierFormatting({"m.py": ("source", first.files["m.py"].encode())}, {"m.py": recorded}).formatted_pieces("m.py")
    assert [read_back[key] for key, _ in definitions] == [text for _, text in definitions]
    for index in range(len(recorded)):
        key, _, count = recorded[index].partition(":")
        shifted = [*recorded[:index], f"{key}:{int(count) + shift}", *recorded[index + 1 :]]
        earlier = EarlierFormatting({"m.py": ("source", first.files["m.py"].encode())}, {"m.py": shifted})
        assert earlier.formatted_pieces("m.py") == {}, (index, shifted)
