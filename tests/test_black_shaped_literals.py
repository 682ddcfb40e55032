"""String literals and docstrings come out of the filters the way black writes them.

black formats a text twice when its first pass changes it, so a piece it has nothing to
change costs it half. These tests check, on every description and name of the bundled Seam
spec and on hand-picked hard cases, that the filters' text means the same as before (the
same string once evaluated) and that black leaves it as it is.
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass

import black
import pytest

from generator.black_runner import BLACK_MODE
from generator.render.environment import LINE_LENGTH, docstring, docstring_line, docstring_tabs, pystr, pyvalue
from generator.render.types import TypeView
from tests.conftest import ROOT

HARD_TEXTS = [
    "",
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "more \"\" than '",
    "more '' than \"",
    "back\\slash and 'quote'",
    'ends with backslash \\',
    "tab\tnew\nline \x00 \x7f \u200b é",
    "\\'",
    '\\"',
    "{{ template }} {% tag %}",
]


def _seam_texts() -> list[str]:
    spec = json.loads((ROOT / "specs" / "seam-connect" / "openapi.json").read_text())
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                found.append(str(key))
                if key == "description" and isinstance(value, str):
                    found.append(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(spec)
    return sorted(set(found))


SEAM_TEXTS = _seam_texts()


def _unchanged_by_black(source: str) -> bool:
    return black.format_str(source, mode=BLACK_MODE) == source


def test_black_and_the_templates_agree_on_the_line_length() -> None:
    assert BLACK_MODE.line_length == LINE_LENGTH


@pytest.mark.parametrize("text", HARD_TEXTS)
def test_a_string_literal_means_its_text_and_is_quoted_as_black_quotes(text: str) -> None:
    literal = pystr(text)
    assert ast.literal_eval(literal) == text
    assert _unchanged_by_black(f"x = {literal}\n"), literal
    assert pyvalue(text) == literal


def test_every_seam_name_and_description_is_quoted_as_black_quotes() -> None:
    assert len(SEAM_TEXTS) > 1000
    source = "".join(f"x = {pystr(text)}\n" for text in SEAM_TEXTS)
    assert [ast.literal_eval(pystr(text)) for text in SEAM_TEXTS] == SEAM_TEXTS
    assert _unchanged_by_black(source)


# UniCourt's descriptions indent their lists with tabs, which black expands in a docstring
TAB_TEXTS = [
    "Status:\n\tunderMaintenance: the site is under maintenance.\n\tnotIntegrated: not yet.",
    "Formats:\n\t\tyy-nnnnn\n  \tyy tp nnnnn\n\t  yytpnnnnn",
    "\tA first line after a tab\n\tand a second",
    "no tab\n    but spaces\n\tand a tab",
]


def _class_with_docstring(text: str) -> str:
    return f'class A:\n    """{docstring(text, 4)}"""\n\n    x: int\n'


@pytest.mark.parametrize("text", [t for t in HARD_TEXTS if t] + [
    "first\n\n  indented\n  lines\n",
    "a line that is exactly long enough to push the closing quotes past the limit xxx\n" + "y" * 84,
    "short first\nand a last line that ends in a quote \"",
    "short first\nand a last line that ends in a quote, just long enough to push the closing quotes \"",
    "short first\nand a last line that ends in a quote, long enough to push the closing quotes away \"",
    '"starts with a quote"',
    *TAB_TEXTS,
])
def test_a_docstring_means_its_text_and_is_laid_out_as_black_lays_it(text: str) -> None:
    source = _class_with_docstring(text)
    assert _unchanged_by_black(source), source
    # what black makes of the filter's text without layout means the same: the layout keeps
    # the meaning (a quote at the end is escaped there, padded with a space here)
    plain = f'class A:\n    """{docstring(text)}"""\n\n    x: int\n'
    assert _class_docstring(black.format_str(plain, mode=BLACK_MODE)) == _class_docstring(source)


def _class_docstring(source: str) -> str | None:
    class_def = ast.parse(source).body[0]
    assert isinstance(class_def, ast.ClassDef)
    return ast.get_docstring(class_def, clean=False)


def test_seam_descriptions_as_class_docstrings_are_left_alone_by_black() -> None:
    descriptions = [text for text in SEAM_TEXTS if "\n" in text.strip() or len(text) > 60]
    assert len(descriptions) > 100
    changed = [text for text in descriptions if not _unchanged_by_black(_class_with_docstring(text))]
    assert changed == []
    assert any(len(docstring(text, 4).splitlines()) > 1 for text in descriptions)


def _call(function: str, args: list[str], indent: int, after: str = "") -> str:
    from generator.render.environment import environment

    template = environment().from_string(
        '{% from "python/macros.j2" import call %}{{ call(function, args, indent, after) }}'
    )
    return template.render(function=function, args=args, indent=indent, after=after)


@pytest.mark.parametrize("width", range(30, 96, 4))
def test_a_call_is_laid_out_as_black_lays_it_out(width: int) -> None:
    # a response type name of every width around the places where black changes its layout
    name = "models." + "R" * (width - len("models."))
    parse = _call("self._transport.parse", [name, "_response", '"key"'], 12, ",")
    source = f'class A:\n    def m(self):\n        return cast(\n            "T",\n            {parse}\n        )\n'
    assert _unchanged_by_black(source), source
    decorated = _call("@deprecated", [pystr("x" * width)], 4)
    source = f"class A:\n    {decorated}\n    def m(self):\n        pass\n"
    assert _unchanged_by_black(source), source


@dataclass(frozen=True)
class _Argument:  # what the `parameter` macro reads of an argument's view
    name: str
    type: TypeView
    required: bool
    nullable: bool


@pytest.mark.parametrize("width", range(30, 96, 5))
@pytest.mark.parametrize("shape", ["model", "union", "list"])
@pytest.mark.parametrize("required, nullable", [(True, False), (False, False), (False, True)])
def test_a_parameter_is_laid_out_as_black_lays_it_out(width: int, shape: str, required: bool, nullable: bool) -> None:
    model = TypeView("model", name="R" * width)
    kind = {
        "model": model,
        "union": TypeView("union", args=(model, TypeView("str"))),
        "list": TypeView("list", args=(TypeView("union", args=(model, TypeView("dict", args=(TypeView("str"), TypeView("any"))))),)),
    }[shape]
    from generator.render.environment import environment

    template = environment().from_string('{% from "python/macros.j2" import parameter %}{{ parameter(arg, 8) }}')
    line = template.render(arg=_Argument("argument_name", kind, required, nullable))
    source = f"class A:\n    def m(\n        self,\n        *,\n        {line}\n    ) -> None:\n        pass\n"
    if max(len(line) for line in source.splitlines()) > LINE_LENGTH:
        return  # laid out as one line, left to black to split: the macro says so
    assert _unchanged_by_black(source), source


@pytest.mark.parametrize("width", range(20, 96, 4))
def test_an_assignment_of_a_call_is_laid_out_as_black_lays_it_out(width: int) -> None:
    for function, args in (
        ("self." + "a" * (width // 2) + " = " + "R" * width, ["transport"]),
        ('_body["' + "k" * width + '"] = to_json', ["k" * width]),
        ('_query["' + "k" * (width // 2) + '"] = styled', [pystr("k" * (width // 2)), "to_json(value)", '"form"', "True"]),
    ):
        line = _call(function, args, 8)
        source = f"class A:\n    def m(self):\n        {line}\n"
        if max(len(text) for text in source.splitlines()) > LINE_LENGTH:
            continue  # a part too long for any line: left to black
        assert _unchanged_by_black(source), source


@pytest.mark.parametrize("width", range(20, 96, 4))
@pytest.mark.parametrize("head, after", [("yield from ", ""), ("for _item in ", ":")])
def test_a_cast_of_a_parsed_response_is_laid_out_as_black_lays_it_out(width: int, head: str, after: str) -> None:
    from generator.render.environment import environment

    kind = "builtins.list[models." + "R" * width + "]"
    template = environment().from_string(
        '{% from "python/macros.j2" import cast_parse %}{{ cast_parse(head, kind, args, 12, after) }}'
    )
    line = template.render(head=head, kind=kind, args=[kind, "_response", '"items"'], after=after)
    body = "\n                yield _item" if after else ""
    source = f"class A:\n    def m(self):\n        while True:\n            {line}{body}\n"
    if max(len(text) for text in source.splitlines()) > LINE_LENGTH:
        return  # a part too long for any line: left to black
    assert _unchanged_by_black(source), source


def _method_with_docstring(text: str) -> str:
    return f'class A:\n    def m(self):\n        """{text}"""\n        pass\n'


@pytest.mark.parametrize("text", [*HARD_TEXTS, "  spaced  ", "nbsp\xa0", '"', "'", "\\", "ends in two \\\\", "x" * 95,
                                  '"quoted"', "both ends \\\""])
def test_a_one_line_docstring_is_the_bytes_black_made_of_the_two_line_one(text: str) -> None:
    """A method with a summary alone gets its docstring on one line: the bytes black made of
    the layout before (the closing quotes on a line of their own), which black keeps. Where
    black keeps two lines (a backslash at the end, a line break), the filter says so ("")."""
    two_lines = black.format_str(f'class A:\n    def m(self):\n        """{docstring(text)}\n        """\n        pass\n',
                                 mode=BLACK_MODE)
    line = docstring_line(text)
    if line == "":
        assert '"""' not in two_lines.split("\n")[2][11:], two_lines
        return
    assert two_lines == _method_with_docstring(line)
    assert _unchanged_by_black(_method_with_docstring(line))


def _method_docstring(description: str, argument: str) -> str:
    """A method's docstring as the resource template writes it (without `docstring_tabs`)."""
    def indented(text: str, by: int) -> str:
        return docstring(text).replace("\n", "\n" + " " * by).replace("\n" + " " * by + "\n", "\n\n")
    return (f'class A:\n    def m(self, x: int) -> None:\n        """Summary.\n\n        {indented(description, 8)}\n\n'
            f'        Args:\n            x: {indented(argument, 16)}\n        """\n')


@pytest.mark.parametrize("text", [*TAB_TEXTS, "plain\nlines", "a\ttab inside a line\n\tand one leading",
                                  "curl -u user:password \\\n\t-d '{}'", "ends in a backslash \\"])
def test_a_method_docstring_with_tabs_is_the_bytes_black_made_of_it(text: str) -> None:
    """Tabs leading a line of a method's docstring are expanded as black expands them, so
    black has nothing to do; the bytes are those black made before. black leaves a docstring
    holding a backslash before a line break as it is (Bitbucket's curl examples), tabs and
    all, and so does the filter."""
    written = _method_docstring(text, text)
    source = docstring_tabs(written)
    assert _unchanged_by_black(source), source
    assert black.format_str(written, mode=BLACK_MODE) == source
