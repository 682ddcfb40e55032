"""The Jinja environment shared by every renderer, with the filters that keep spec text data.

Any text that comes from a spec (descriptions, names, defaults) reaches a template only
through one of these filters, so no spec can close a docstring, inject code or smuggle in
template syntax for Jinja or GitBook.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from generator.paths import templates_dir

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TEMPLATE_SYNTAX = re.compile(r"\{(?=[{%#])|(?<=[}%#])\}")

# black's line length (its default, and the formatter's mode): templates lay out what they
# can the way black would, so that black confirms it in one pass rather than two.
LINE_LENGTH = 88


# What templates mark with `{% filter piece %}` while a file renders, when someone records it
# (see `marked_pieces`); None otherwise.
_marked: list[str] | None = None


@contextmanager
def marked_pieces() -> Iterator[list[str]]:
    """The texts the templates mark as pieces of a module while this block renders: each a
    top-level definition, whose bounds a formatter then knows without parsing the module."""
    global _marked
    outer, _marked = _marked, []
    try:
        yield _marked
    finally:
        _marked = outer


def _piece(text: str) -> str:
    if _marked is not None:
        _marked.append(text)
    return text


def _one_paragraph_block(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def docstring_line(text: str | None) -> str:
    """A whole docstring on one line, as black writes it from the `docstring` filter's text:
    stripped, a quote at either end padded with a space, an empty one a space. "" where it
    takes more than a line (a line break, or a backslash at the end, after which black keeps
    the closing quotes on a line of their own)."""
    line = docstring(text).strip()
    if "\n" in line or line.endswith("\\"):
        return ""
    if line.startswith('"'):
        line = " " + line
    if line.endswith('"'):
        line += " "
    return line or " "


def docstring(text: str | None, indent: int = 0) -> str:
    """Text safe inside a triple-quoted Python docstring.

    With `indent` (the docstring's column), lines after the first are indented to it and,
    when the closing quotes would not fit on the last line, they go on a line of their own:
    black lays a docstring out so, and text it has nothing to change it reads only once."""
    if not text:
        return ""
    text = _one_paragraph_block(text)
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    backslashes = len(text[:-1]) - len(text[:-1].rstrip("\\"))
    if not indent:
        if text.endswith('"') and backslashes % 2 == 0:
            text = text[:-1] + '\\"'  # an unescaped quote would merge with the closing quotes
        return text
    first, *rest = text.split("\n")
    laid_out = _docstring_lines(first, rest, indent)
    if "\t" not in text or _BACKSLASH_NEWLINE.search(laid_out):
        return laid_out  # no tab to expand, or a docstring black leaves as it is
    return _docstring_lines(first, [_leading_tabs_expanded(line) for line in rest], indent)


def _docstring_lines(first: str, rest: list[str], indent: int) -> str:
    common = min((len(line) - len(line.lstrip(" ")) for line in rest if line), default=0)
    lines = [first.strip(" \t"), *((" " * indent + line[common:]) if line else "" for line in rest)]
    # black pads a quote at either end with a space, apart from the docstring's own quotes (it
    # does after an escaped quote as well, where ruff would not: a quote is left unescaped)
    if lines[0].startswith('"'):
        lines[0] = " " + lines[0]
    padded = lines[-1].endswith('"')
    if padded:
        lines[-1] += " "
    if len(lines) > 1 and len(lines[-1]) + len('"""') > LINE_LENGTH:
        # the closing quotes on a line of their own need no padding: black strips it
        lines[-1] = lines[-1][:-1] if padded else lines[-1]
        lines.append(" " * indent)
    return "\n".join(lines)


# black leaves a docstring that holds a backslash before a line break as it is (its
# indentation is part of the string's value there)
_BACKSLASH_NEWLINE = re.compile(r"\\\s*\n")


def docstring_tabs(rendered: str) -> str:
    """A rendered docstring, its quotes and all, as black writes it: the tabs leading its
    lines expanded (a method's description and arguments are filtered in parts, and only the
    whole tells whether black leaves it as it is)."""
    if "\t" not in rendered or _BACKSLASH_NEWLINE.search(rendered):
        return rendered
    return "\n".join(_leading_tabs_expanded(line) for line in rendered.split("\n"))


def _leading_tabs_expanded(line: str) -> str:
    """A docstring's line as black writes it: the tabs in its leading whitespace expanded to
    four columns. (Where it begins, the templates' indentation, is a multiple of four.)"""
    stripped = line.lstrip()
    cut = len(line) - len(stripped)
    if not stripped or "\t" not in line[:cut]:
        return line
    return line[:cut].expandtabs(4) + stripped


def comment(text: str | None) -> str:
    """Text safe in a one-line Python comment."""
    return " ".join((text or "").split())


def pystr(value: str) -> str:
    """A Python string literal for any text, quoted as black quotes it: double quotes unless
    the text holds more of them than of single quotes."""
    value = str(value)
    if "'" not in value and '"' not in value:
        return '"' + repr(value)[1:-1] + '"'
    quote = "'" if value.count('"') > value.count("'") else '"'
    # a lone quote's repr leaves it bare: only the quote chosen is escaped, here
    escaped = "".join(repr(char)[1:-1] for char in value)
    return quote + escaped.replace(quote, "\\" + quote) + quote


def pyvalue(value: Any) -> str:
    """A Python literal for a JSON value (defaults, enum values)."""
    if isinstance(value, str):
        return pystr(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(pyvalue(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pystr(k)}: {pyvalue(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON value: {value!r}")


def _neutralize_template_syntax(text: str) -> str:
    # GitBook (and Jinja, should a page be templated again) act on "{%", "{{", "{#";
    # an HTML entity for the brace shows the same character and means nothing to them.
    return _TEMPLATE_SYNTAX.sub(lambda m: "&#123;" if m.group() == "{" else "&#125;", text)


def markdown(text: str | None) -> str:
    """Spec prose for a Markdown page: Markdown stays, raw HTML and template tags do not."""
    if not text:
        return ""
    text = _one_paragraph_block(text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return _neutralize_template_syntax(text)


def markdown_inline(text: str | None) -> str:
    """Like `markdown`, on one line (headings, list items, table cells)."""
    return markdown(" ".join((text or "").split())).replace("|", "\\|")


_CODE_SPAN_TEMPLATE_SYNTAX = re.compile(r"\{([{%#])")
_BACKTICKS = re.compile(r"`+")


def markdown_code(text: str) -> str:
    """A code span holding any name: a fence longer than any backtick run inside."""
    text = " ".join(str(text).split())
    if "{" in text:
        text = _CODE_SPAN_TEMPLATE_SYNTAX.sub(r"{ \1", text)  # entities do not work inside code spans
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0) if "`" in text else 0
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Templates compiled to Python once and kept, as Python keeps a module's .pyc: compiling
    the resource template alone takes 40-60 ms of a one-operation regeneration. An entry
    holds its template's checksum and Jinja's and Python's bytecode versions, and is compiled
    again when any differs; output never depends on it."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass  # an installation we may not write to compiles each time


def _compiled_templates() -> _CompiledTemplates | None:
    folder = Path(__file__).resolve().parent / "__pycache__" / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _CompiledTemplates(str(folder))


class _RememberedMacro:
    """A template macro as a function that renders each distinct call once per run and
    remembers the text. A macro call is the costliest thing a template does, and some are made
    thousands of times with the same arguments: a models module spells the same few types over
    and over (half of its rendering), GitHub's operation pages describe the same objects on
    page after page. What is rendered stays the macro's; `key` says which calls are the same."""

    def __init__(self, env: jinja2.Environment, template: str, macro: str, key: Callable[..., Hashable]) -> None:
        self._env, self._template, self._name, self._key = env, template, macro, key
        self._macro: Any = None
        self._rendered: dict[Hashable, tuple[tuple[Any, ...], str]] = {}

    def __call__(self, *args: Any, **keywords: Any) -> str:
        key = self._key(*args, **keywords)
        found = self._rendered.get(key)
        if found is None:
            if self._macro is None:
                self._macro = getattr(self._env.get_template(self._template).module, self._name)
            # the arguments are kept with the text: a key made of their ids stays theirs
            found = self._rendered[key] = (args, str(self._macro(*args, **keywords)))
        return found[1]


def _type_key(view: Any, input: bool = False, local: bool = False, bar: str = " | ") -> Hashable:
    # A view's equality does not tell 1 from True or 0.0 from -0.0 in a literal: its literals'
    # reprs are part of the key.
    return (view, _literal_reprs(view), input, local, bar)


def _field_key(field: Any, expand: bool) -> Hashable:
    # Fields are compared by identity: the pages share the objects that describe a schema
    # (see render/docs.py), and comparing them by value would cost as much as rendering.
    return (id(field), expand)


def _model_field_key(name: str, type: Any, default: str = "", alias: str | None = None) -> Hashable:
    return (name, _type_key(type), default, alias)


def _parameter_key(arg: Any, indent: int) -> Hashable:
    # what the `parameter` macro reads of an argument's view
    return (arg.name, _type_key(arg.type, True), arg.required, arg.nullable, indent)


def _literal_reprs(view: Any) -> tuple[str, ...]:
    if view.kind == "literal":
        return (repr(view.literal),)
    return tuple(spelled for arg in view.args for spelled in _literal_reprs(arg)) if view.args else ()


@lru_cache(maxsize=None)
def environment(root: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root or templates_dir())),
        bytecode_cache=_compiled_templates(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # output is Python and Markdown; escaping is done by the filters above
    )
    env.globals["line_length"] = LINE_LENGTH
    # templates call these instead of the macros themselves (see _RememberedMacro)
    type_spelling = env.globals["type_spelling"] = _RememberedMacro(env, "python/macros.j2", "type_expr", _type_key)
    env.globals["field_block"] = _RememberedMacro(env, "docs/macros.j2", "described_field", _field_key)
    # a model's field: GitHub's 34k fields are 5.8k distinct lines
    env.globals["field_line"] = _RememberedMacro(env, "python/macros.j2", "model_field", _model_field_key)
    # an argument in a signature: the same few (page, per_page, owner, repo...) again and again
    env.globals["parameter_line"] = _RememberedMacro(env, "python/macros.j2", "parameter", _parameter_key)
    env.filters.update(
        # a macro's argument that may be text or a TypeView, as text
        spelled=lambda value: value if isinstance(value, str) else type_spelling(value),
        piece=_piece,
        docstring=docstring,
        docstring_line=docstring_line,
        docstring_tabs=docstring_tabs,
        comment=comment,
        pystr=pystr,
        pyvalue=pyvalue,
        md=markdown,
        md_inline=markdown_inline,
        md_code=markdown_code,
    )
    return env
