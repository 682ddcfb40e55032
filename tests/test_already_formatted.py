"""ruff says which generated texts are black's layout already; black formats only the rest.

Output is black's as long as one thing holds: a text ruff leaves unchanged, black leaves
unchanged too. These tests hold it on the layouts the templates write at every width around
black's thresholds (each either black's own layout, or one ruff sends to black), and check
that a text ruff would change, a method too long at the narrower width black formats it
at, and a text that does not parse all go to black. The whole packages of Seam's and GitHub's specs are checked against
black in test_generated_quality.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import black
import pytest

from generator import pieces
from generator.already_formatted import already_formatted, lines_ruff_changes
from generator.black_runner import BLACK_MODE, format_piece
from generator.build import build_api
from generator.config import load_config
from generator.load import load_spec
from generator.render.environment import environment
from generator.render.python_client import package_view, python_client_package_files
from generator.render.types import TypeView
from tests.test_black_shaped_literals import _Argument


def _black_keeps(job: tuple[str, str, str]) -> bool:
    kind, _, text = job
    return format_piece(kind, text) == text


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


def test_ruff_names_the_lines_it_would_change() -> None:
    jobs = [
        ("whole", "formatted.py", "x = 1\ny = 2\n"),
        # a line removed whose text looks like a diff's header, lines joined, a blank line added
        ("whole", "changed.py", 'x = 1\ns = """\n"""\nz = (\n    1\n)\ndef f():\n    pass\n'),
        ("whole", "header-like.py", "x = [\n    1,\n-- 1,\n]\n"),  # `--1`: its old line reads `--- 1,`
        ("top", "piece", "a = ( 1 )\nb = 2\nc = 3\nd = [ 4 ]\n"),
        ("method", "method", "    def m(self):\n        return ( 1 )\n"),
    ]
    changed = lines_ruff_changes(jobs)
    assert changed[0] == frozenset()
    assert changed[1] == {4, 5, 6}  # `z = (1)`, replaced by `z = 1` and the blank lines `def` wants
    assert changed[2] == {3}
    assert changed[3] == {1, 4}
    assert changed[4] == {2}  # a method's lines, as in the class
    assert already_formatted(jobs) == {0}
    # a text that does not parse: nothing is known of any job ruff read with it
    assert lines_ruff_changes([("top", "ok", "x = 1\n"), ("top", "bad", "def f(:\n")]) == [None, None]


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
    "nullable list of a name": lambda w: TypeView("list", args=(_model(w),), nullable=True),
    "nullable list of a union": lambda w: TypeView("list", args=(TypeView("union", args=(_model(w), TypeView("str"))),), nullable=True),
    "list of a long name and a union": lambda w: TypeView("list", args=(TypeView("union", args=(_model(w + 30), TypeView("model", name="T" * 20)), nullable=True),)),
    "dict of a list": lambda w: TypeView("dict", args=(TypeView("str"), TypeView("list", args=(_model(w),), nullable=True)), nullable=True),
    "dict of a union list": lambda w: TypeView("dict", args=(TypeView("str"), TypeView("list", args=(TypeView("union", args=(_model(w), TypeView("model", name="U" * w), TypeView("mapping"))),)))),
    "lists of lists": lambda w: TypeView("union", args=(TypeView("list", args=(_model(w),)), TypeView("list", args=(TypeView("model", name="V" * w),)))),
    # AWS's `X-Amz-Target` header: one fixed value, a long one
    "literal": lambda w: TypeView("literal", literal="L" * w),
    "nullable literal": lambda w: TypeView("literal", literal="L" * w, nullable=True),
    "literal or a name": lambda w: TypeView("union", args=(TypeView("literal", literal="L" * w), _model(w // 2))),
    "list of a literal": lambda w: TypeView("list", args=(TypeView("literal", literal="L" * w),)),
}


def _for_every_type(sources: Callable[[TypeView], Iterator[str]]) -> list[str]:
    """What `sources` makes of each of the types above, at every width from 10 to 99 in steps of 3."""
    return [source for width in range(10, 100, 3) for make in _FIELD_TYPES.values() for source in sources(make(width))]


def _field_sources() -> list[str]:
    template = '{% from "python/macros.j2" import model_field %}{{ model_field(name, type, default, alias) }}'
    defaults_and_aliases = (("", None), ("None", None), ('"some text"', None), ("", "from"), ("None", "from"), ('"text"', "a_long_alias_" * 5))
    return _for_every_type(
        lambda type: (
            f"class A(Model):\n    {_render(template, name=name, type=type, default=default, alias=alias)}\n"
            for name in ("x", "field_name", "a_rather_long_field_name_of_forty_chars")
            for default, alias in defaults_and_aliases
        )
    )


def _class_head_sources() -> list[str]:
    template = '{% from "python/macros.j2" import class_head %}{{ class_head(name, base, root) }}'
    sources = []
    for width in range(40, 110, 1):
        for base, root in (
            ("Model", None),
            ("Enum", None),
            ("RootModel", TypeView("list", args=(TypeView("model", name="Other"),))),
            ("RootModel", TypeView("union", args=(_model(width // 2), TypeView("str")))),
            ("RootModel", TypeView("union", args=(_model(width // 2), _model(width // 3), TypeView("model", name="N" * 20)), nullable=True)),
            ("RootModel", TypeView("list", args=(TypeView("union", args=(_model(width), TypeView("str"))),))),
        ):
            sources.append(_render(template, name="C" * width, base=base, root=root) + '\n    """Doc."""\n')
    return sources


def _import_sources() -> list[str]:
    template = '{% from "python/macros.j2" import import_from %}{{ import_from(module, names) }}'
    return [
        _render(template, module="package.resources." + "m" * width, names=["AResource", "AsyncAResource"]) + "\n"
        for width in range(20, 100, 2)
    ]


def _parameter_sources() -> list[str]:
    template = '{% from "python/macros.j2" import parameter %}{{ parameter(arg, 8) }}'
    return _for_every_type(
        lambda type: (
            "class A:\n    def m(\n        self,\n        *,\n        "
            + _render(template, arg=_Argument("argument_name", type, required, nullable))
            + "\n    ) -> None:\n        pass\n"
            for required, nullable in ((True, False), (False, False), (False, True))
        )
    )


def _returns_sources() -> list[str]:
    template = '{% from "python/macros.j2" import returns %}{{ returns(type, iterator) }}'
    return _for_every_type(
        lambda type: (
            f"class A:\n    def m(\n        self,\n    {_render(template, type=type, iterator=iterator)}\n        pass\n"
            for iterator in ("", "Iterator", "AsyncIterator")
        )
    )


def _head_and_value_sources() -> list[str]:
    template = '{% from "python/macros.j2" import head_and_value %}{{ head_and_value(head, value) }}'
    sources = []
    for width in range(20, 100, 2):
        for head, value in (("n" * (width // 2) + " =", '"' + "v" * width + '"'), ("n" * width + " =", "12"), ("n" * 30 + ":", "C" * width)):
            sources.append(f"class A:\n    {_render(template, head=head, value=value)}\n")
    return sources


def _parse_sources() -> list[str]:
    # the type a response is parsed as, an argument of a call on a line of its own
    template = (
        '{% from "python/macros.j2" import call, cast_parse %}'
        '{{ call("self._transport.parse", [type, "_response", \'"key"\'], 12, ",") }}@@{{ cast_parse("yield from ", type_spelling(type), [type, "_response"], 12) }}'
    )
    sources = []
    for width in range(10, 100, 3):
        for make in _FIELD_TYPES.values():
            parse, cast = _render(template, type=make(width)).split("@@")
            sources.append(f"class A:\n    def m(self):\n        return cast(\n            T,\n            {parse}\n        )\n")
            sources.append(f"class A:\n    def m(self):\n        while True:\n            {cast}\n")
    return sources


@pytest.mark.parametrize(
    "make",
    [_field_sources, _parameter_sources, _class_head_sources, _import_sources, _returns_sources, _head_and_value_sources, _parse_sources],
    ids=["field", "parameter", "class head", "import", "return", "name and value", "parsed type"],
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


def test_a_class_head_after_a_name_too_long_is_black_s_layout_and_ruff_takes_it() -> None:
    """AWS Config's `DescribeOrganizationConformancePackStatusesRequestOrganizationConformance
    PackNames(RootModel[...])` is too long before its base: black puts the base on a line of its
    own, as for any other class, and so do the templates. They used to leave a subscripted base
    after such a name on the class's line, which cost a black run per class (AWS Config: 5 of
    its 29 texts to black)."""
    sources = [source for source in _class_head_sources() if len(source.split("(", 1)[0]) + 1 > BLACK_MODE.line_length]
    assert len(sources) > 100
    assert [source for source in sources if black.format_str(source, mode=BLACK_MODE) != source] == []
    assert len(already_formatted([("top", str(n), source) for n, source in enumerate(sources)])) == len(sources)


def test_a_literal_too_long_for_its_line_is_laid_out_as_black_lays_it_out() -> None:
    """AWS's `X-Amz-Target` header takes one value, `Literal["StarlingDoveService.Describe
    AggregateComplianceByConfigRules"]`, too long for a parameter's line: black opens its
    brackets, as it does a list's, and so do the templates, in a parameter, a field, a union
    and a return. They used to leave it on its line, a black run per module (AWS Config: 16
    of its 29 texts to black; its long class heads were 5 more)."""
    opened = [
        source
        for make in (_field_sources, _parameter_sources, _returns_sources)
        for source in make()
        if "LLLLLLLLLL" in source and "Literal[\n" in source
    ]
    fitting = [source for source in opened if max(map(len, source.splitlines())) <= BLACK_MODE.line_length]
    assert len(opened) > 200 and len(fitting) > 100
    assert [source for source in fitting if black.format_str(source, mode=BLACK_MODE) != source] == []
    assert len(already_formatted([("top", str(n), source) for n, source in enumerate(fitting)])) == len(fitting)


@pytest.mark.parametrize("schemes", [["token"], ["token", "key"]])
def test_the_client_module_is_black_s_layout_with_one_credential_or_several(tmp_path, schemes) -> None:  # type: ignore[no-untyped-def]
    """Most APIs take one credential (AWS's `hmac`, say): the client's check that no more than
    one was passed could never fail, and its one-tuple loop was a layout black joins, so every
    such client module went to black. It is left out for one credential; with several it
    stays, and the module is black's layout either way."""
    kinds = {"token": {"type": "http", "scheme": "bearer"}, "key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Credentials", "version": "1"},
        "components": {"securitySchemes": {name: kinds[name] for name in schemes}},
        "security": [{name: []} for name in schemes],
        "paths": {"/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "ok"}}}}},
    }
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    config = load_config(None)
    client = python_client_package_files(package_view(build_api(load_spec(tmp_path / "openapi.json"), config), config))
    text = next(text for path, text in client.items() if path.endswith("/_client.py"))
    assert ("given = [" in text) == (len(schemes) > 1)
    assert black.format_str(text, mode=BLACK_MODE) == text
    assert already_formatted([("whole", "_client.py", text)]) == {0}


def test_a_field_call_after_a_parenthesized_annotation_opens_as_black_opens_it() -> None:
    """AWS's `KinesisVideoStreamRecordingSourceRuntimeConfiguration` fields: an annotation in
    parentheses, then `) = Field(default=None, alias="...")`, too long for its line. black
    opens the call; the templates left the line as it was, a black run per class. ruff takes
    all but a few of these layouts (392 of 411): the others, where the two formatters differ,
    go to black."""
    sources = [
        source
        for source in _field_sources()
        if ") = Field(\n" in source and max(map(len, source.splitlines())) <= BLACK_MODE.line_length
    ]
    assert len(sources) > 100
    assert [source for source in sources if black.format_str(source, mode=BLACK_MODE) != source] == []
    assert len(already_formatted([("top", str(n), source) for n, source in enumerate(sources)])) > 0.9 * len(sources)
