"""Part of stage 4, format: a large module cut into pieces black can format one by one.

black's time grows with the text it reads, and a change to one operation changes one method
of a resource module (or one class of the models module), not the rest. Cut at top-level
statements and at the methods of classes, each piece is formatted on its own (on any core)
and only pieces whose text changed need black again. Joined, the pieces are what black makes
of the whole module: classes and functions at the top level two blank lines apart, methods
one; a method is formatted dedented with the line length less its indentation. Modules this
cannot cut faithfully (a comment between statements, a class whose body is only methods, a
method with a line less indented than itself) are formatted whole; tests check that every
generated module is unchanged by black.
"""

from __future__ import annotations

import ast
import hashlib
from dataclasses import dataclass, field

METHOD_INDENT = "    "


@dataclass(frozen=True)
class Piece:
    kind: str  # top (a top-level statement or run of them) | head (a class up to its methods) | method
    text: str | None  # None: a piece of a `CutModule` not rendered again (its key says what it is)
    given_key: str | None = None  # the key of what rendered it (see CutModule); else its text's hash

    @property
    def key(self) -> str:
        if self.given_key is not None:
            return self.given_key
        return hashlib.sha256(f"{self.kind}\n{self.text}".encode()).hexdigest()[:20]


@dataclass(frozen=True)
class CutModule:
    """A module rendered in pieces rather than whole (the models module, a resource module):
    its head (the statements before the first definition), then its definitions, keyed by
    what rendered them (template and view). A definition whose key the last generation
    recorded is not rendered again (its text is None): its formatted text is in the module
    it wrote. Joined, the formatted pieces are what black makes of the whole module."""

    head: str
    definitions: tuple[tuple[str, str | None], ...]  # (key, text), in order
    source: str  # stands for the module's unformatted text in the manifest: a hash of the above
    # each definition's kind (see `Piece`), where they are not all top-level ones: a resource
    # module's are class heads and methods
    kinds: tuple[str, ...] = ()
    # what each definition needs the head to import, by key, where it needs anything: for
    # the manifest, as the next generation does not render a definition it has formatted
    gives: dict[str, str] = field(default_factory=dict, compare=False)

    def pieces(self) -> list[Piece]:
        kinds = self.kinds or ("top",) * len(self.definitions)
        return [Piece("top", self.head), *(Piece(kind, text, key) for kind, (key, text) in zip(kinds, self.definitions))]

    def text(self) -> str | None:
        """The whole unformatted module, where every definition was rendered."""
        if any(text is None for _, text in self.definitions):
            return None
        cut = self.pieces()
        return join(cut, [piece.text or "" for piece in cut])


@dataclass(frozen=True)
class _Statement:
    """A top-level statement, as line numbers only (1-based, inclusive)."""

    first: int  # its first decorator's line, if it has decorators
    last: int
    definition: bool  # a class or a function
    body: tuple[tuple[int, int, bool], ...] = ()  # a class's statements: (first, last, is a method)


# Parsed in chunks of at least this many lines: a syntax tree takes about 75 bytes of memory
# per byte of source (160 MB for GitHub's models module), a chunk's tree is freed at once.
_CHUNK_LINES = 400
_DEFINITION_STARTS = ("class ", "def ", "async def ", "@")


def _statements(lines: list[str], chunk_lines: int = _CHUNK_LINES) -> list[_Statement] | None:
    """The module's top-level statements, or None where it does not parse. Chunks are cut
    before a definition at column 0; a cut that falls inside a statement (a string or a
    bracket spanning lines) leaves a chunk that does not parse, which then grows to the next
    cut, so every chunk that parses ends where a top-level statement ends."""
    cuts = [
        number for number, line in enumerate(lines)
        if number and line.startswith(_DEFINITION_STARTS) and not lines[number - 1].startswith("@")
    ]
    bounds = [0, *cuts, len(lines)]
    found: list[_Statement] = []
    start = 0  # the first line not yet accounted for
    for end in bounds[1:]:
        if end - start >= chunk_lines or end == len(lines):
            if _parse_into(found, lines, start, end):
                start = end
    return found if start == len(lines) else None


def _parse_into(found: list[_Statement], lines: list[str], start: int, end: int) -> bool:
    """The statements of lines[start:end] added to `found`, or False where they do not parse."""
    try:
        tree = ast.parse("".join(lines[start:end]))
    except SyntaxError:
        return False
    for node in tree.body:
        body: tuple[tuple[int, int, bool], ...] = ()
        if isinstance(node, ast.ClassDef):
            body = tuple(
                (_first_line(s) + start, _last_line(s) + start, isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)))
                for s in node.body
            )
        definition = isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        found.append(_Statement(_first_line(node) + start, _last_line(node) + start, definition, body))
    return True


def split(source: str) -> list[Piece] | None:
    """The pieces of a module, or None when it cannot be cut faithfully."""
    lines = source.splitlines(keepends=True)
    statements = _statements(lines)
    if statements is None:
        return None  # black reports it, formatting the whole
    covered = [False] * (len(lines) + 1)
    pieces: list[Piece] = []

    def take(first: int, last: int) -> str:
        for number in range(first, last + 1):
            covered[number] = True
        # a class head ends where its first method begins: without the blank lines between,
        # which black drops from a piece and `join` puts back
        while last > first and not lines[last - 1].strip():
            last -= 1
        return "".join(lines[first - 1 : last])

    run: tuple[int, int] | None = None  # consecutive simple statements: one piece
    for statement in statements:
        if not statement.definition:
            run = (run[0] if run else statement.first, statement.last)
            continue
        if run:
            pieces.append(Piece("top", take(*run)))
            run = None
        methods = [(first, last) for first, last, is_method in statement.body if is_method]
        if not methods:
            pieces.append(Piece("top", take(statement.first, statement.last)))
            continue
        head_end = methods[0][0] - 1
        if statement.body[0][2] or any(first > head_end for first, _, is_method in statement.body if not is_method):
            return None  # a head black would not accept alone, or statements between methods
        pieces.append(Piece("head", take(statement.first, head_end)))
        for first, last in methods:
            text = take(first, last)
            if any(line.strip() and not line.startswith(METHOD_INDENT) for line in text.splitlines()):
                return None
            pieces.append(Piece("method", text))
    if run:
        pieces.append(Piece("top", take(*run)))
    # anything left out (a comment between statements) would be lost: format whole instead
    if any(line.strip() and not covered[number] for number, line in enumerate(lines, start=1)):
        return None
    return pieces


def line_spans(source: str, pieces: list[Piece]) -> list[tuple[int, int]] | None:
    """The first and last line (1-based) of each piece `split` cut from `source`, or None if
    they are not its pieces: in order, each begins on the first line that is not blank."""
    lines = source.splitlines(keepends=True)
    spans: list[tuple[int, int]] = []
    position = 0
    for piece in pieces:
        while position < len(lines) and not lines[position].strip():
            position += 1
        if piece.text is None:
            return None
        count = piece.text.count("\n")
        if "".join(lines[position : position + count]) != piece.text:
            return None
        spans.append((position + 1, position + count))
        position += count
    return spans


def _first_line(node: ast.stmt) -> int:
    decorators = getattr(node, "decorator_list", [])
    return min([node.lineno, *(d.lineno for d in decorators)])


def _last_line(node: ast.stmt) -> int:
    return node.end_lineno or node.lineno


def dedent_method(text: str) -> str:
    return "".join(line[len(METHOD_INDENT) :] if line.strip() else line for line in text.splitlines(keepends=True))


def indent_method(text: str) -> str:
    return "".join(METHOD_INDENT + line if line.strip() else line for line in text.splitlines(keepends=True))


def join(pieces: list[Piece], formatted: list[str]) -> str:
    """The module from its formatted pieces: two blank lines before a top-level statement or
    class, one before a method."""
    out: list[str] = []
    for index, (piece, text) in enumerate(zip(pieces, formatted)):
        if index:
            out.append("\n" if piece.kind == "method" else "\n\n")
        out.append(text)
    return "".join(out)
