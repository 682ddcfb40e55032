"""ruff says which generated texts are black's layout already; black formats only the rest.

Output is black's as long as one thing holds: a text ruff leaves unchanged, black leaves
unchanged too. These tests hold it on the layouts the templates write at every width around
black's thresholds (each either black's own layout, or one ruff sends to black), and check
that a text ruff would change, a method too long at the narrower width black formats it
at, and a text that does not parse all go to black. The whole packages of Seam's and GitHub's specs are checked against
black in test_generated_quality.py.
"""

from __future__ import annotations

import black
import pytest

from generator import pieces
from generator.already_formatted import already_formatted
from generator.black_runner import BLACK_MODE, format_piece
from generator.render.environment import environment
from generator.render.types import TypeView
from tests.test_black_shaped_literals import _Argument


def _black_keeps(job: tuple[str, str, str]) -> bool:
    kind, _, text = job
    return format_piece(pieces.Piece(kind, text)) == text


def test_ruff_takes_what_black_keeps_and_sends_the_rest_to_black() -> None:
    formatted = "x = {'a': 1}\n".replace("'", '"')
    jobs = [
        ("top", "formatted", formatted),
        ("top", "not formatted", "x = ( 1 )\n"),
        ("whole", "module.py", '"""A module."""\n\nimport os\n\nprint(os.sep)\n'),
    ]
    assert already_formatted(jobs) == {0, 2}
    assert [_black_keeps(job) for job in jobs] == [True, False, True]


def test_where_ruff_fails_black_gets_every_job() -> None:
    # a generated text that does not parse is a bug black reports; ruff's verdict on the
    # others of its run is not taken either
    jobs = [("top", "formatted", "x = 1\n"), ("top", "does not parse", "def f(:\n")]
    assert already_formatted(jobs) == frozenset()


def test_a_method_is_checked_at_the_width_black_formats_it() -> None:
    # a line of 90 columns in the module: black formats the method dedented (86 columns)
    # at 84, where it is too long; checked at 88, the dedented text would pass
    call = "        return self.call(" + "a" * 50 + ", " + "b" * (90 - 25 - 50 - 3) + ")"
    assert len(call) == 90
    method = f"    def m(self) -> None:\n{call}\n"
    assert already_formatted([("method", "m", method)]) == frozenset()
    assert not _black_keeps(("method", "m", method))
    assert already_formatted([("top", "m", pieces.dedent_method(method))]) == {0}


def test_no_jobs_and_every_job_checked_at_once() -> None:
    assert already_formatted([]) == frozenset()
    many = [("top", str(n), f"x{n} = {n}\n") for n in range(300)]
    assert already_formatted(many) == frozenset(range(300))


def _render(source: str, **values: object) -> str:
    return environment().from_string(source).render(**values)


def _model(width: int) -> TypeView:
    return TypeView("model", name="M" * width)


_FIELD_TYPES = {
    "name": lambda w: _model(w),
    "nullable name": lambda w: TypeView("model", name="M" * w, nullable=True),
    "union of two": lambda w: TypeView("union", args=(_model(w), TypeView("str"))),
    "union of three": lambda w: TypeView("union", args=(_model(w), TypeView("model", name="N" * (w // 2)), TypeView("int")), nullable=True),
    "list of a name": lambda w: TypeView("list", args=(_model(w),)),
    "list of a union": lambda w: TypeView("list", args=(TypeView("union", args=(_model(w), TypeView("model", name="Other"))),)),
    "list of a nullable union": lambda w: TypeView("list", args=(TypeView("union", args=(_model(w), TypeView("str")), nullable=True),)),
    "nullable list": lambda w: TypeView("list", args=(TypeView("union", args=(_model(w), TypeView("str"))),), nullable=True),
    "subscripted alternative": lambda w: TypeView("union", args=(TypeView("list", args=(_model(w),)), TypeView("str"))),
}


def _field_sources() -> list[str]:
    template = '{% from "python/macros.j2" import model_field %}{{ model_field(name, type, default) }}'
    sources = []
    for width in range(10, 100, 3):
        for make in _FIELD_TYPES.values():
            for name in ("x", "field_name", "a_rather_long_field_name_of_forty_chars"):
                for default in ("", "None", '"some text"', 'Field(alias="from")', 'Field(default=None, alias="from")'):
                    line = _render(template, name=name, type=make(width), default=default)
                    sources.append(f"class A(Model):\n    {line}\n")
    return sources


def _class_head_sources() -> list[str]:
    template = '{% from "python/macros.j2" import class_head %}{{ class_head(name, base) }}'
    sources = []
    for width in range(60, 110, 1):
        for base in ("Model", "Enum", "RootModel[list[Other]]", "RootModel[" + "R" * (width // 2) + " | str]"):
            sources.append(_render(template, name="C" * width, base=base) + '\n    """Doc."""\n')
    return sources


def _import_sources() -> list[str]:
    template = '{% from "python/macros.j2" import import_from %}{{ import_from(module, names) }}'
    return [
        _render(template, module="package.resources." + "m" * width, names=["AResource", "AsyncAResource"]) + "\n"
        for width in range(20, 100, 2)
    ]


def _parameter_sources() -> list[str]:
    template = '{% from "python/macros.j2" import parameter %}{{ parameter(arg, 8) }}'
    sources = []
    for width in range(10, 100, 3):
        for make in _FIELD_TYPES.values():
            for required, nullable in ((True, False), (False, False), (False, True)):
                line = _render(template, arg=_Argument("argument_name", make(width), required, nullable))
                sources.append(f"class A:\n    def m(\n        self,\n        *,\n        {line}\n    ) -> None:\n        pass\n")
    return sources


@pytest.mark.parametrize(
    "make",
    [_field_sources, _parameter_sources, _class_head_sources, _import_sources],
    ids=["field", "parameter", "class head", "import"],
)
def test_a_layout_the_templates_write_is_black_s_or_goes_to_black(make) -> None:  # type: ignore[no-untyped-def]
    sources = make()
    jobs = [("top", str(n), source) for n, source in enumerate(sources)]
    taken = already_formatted(jobs)
    kept = [black.format_str(source, mode=BLACK_MODE) == source for source in sources]
    # the one thing output depends on: what ruff takes, black keeps
    assert [source for n, source in enumerate(sources) if n in taken and not kept[n]] == []
    # and the layouts are black's wherever they fit: a line too long is left to black
    fitting = [source for source in sources if max(map(len, source.splitlines())) <= BLACK_MODE.line_length]
    assert [source for source in fitting if black.format_str(source, mode=BLACK_MODE) != source] == []
    assert len(fitting) > len(sources) // 3
