"""Templates call some macros through functions that render each distinct call once per run
and remember the text (`type_spelling`, `field_block`, `field_line`, `parameter_line`): what
they remember must never stand in for another call's text."""

from __future__ import annotations

from generator.render.docs import FieldDoc
from generator.render.environment import environment
from generator.render.types import TypeView


def _macro_and_remembered(template: str, macro: str, name: str):  # type: ignore[no-untyped-def]
    env = environment()
    return getattr(env.get_template(template).module, macro), env.globals[name]


def test_a_remembered_spelling_is_the_macros_for_each_type_and_variant() -> None:
    macro, cached = _macro_and_remembered("python/macros.j2", "type_expr", "type_spelling")
    views = [
        TypeView("str"),
        TypeView("str", nullable=True),
        TypeView("model", name="Device"),
        TypeView("list", args=(TypeView("enum", name="Kind"),), nullable=True),
        TypeView("dict", args=(TypeView("str"), TypeView("datetime"))),
        TypeView("union", args=(TypeView("model", name="A"), TypeView("mapping"), TypeView("int")), nullable=True),
    ]
    for view in views:
        for input_, local, bar in ((False, False, " | "), (True, False, " | "), (False, True, " | "), (True, False, "\x1f")):
            # asked twice: the second answer comes from what the first remembered
            for _ in range(2):
                assert cached(view, input_, local, bar=bar) == str(macro(view, input_, local, bar))


def test_literals_equal_in_python_but_spelled_apart_are_not_confused() -> None:
    # 1 == True == 1.0 and 0.0 == -0.0, with equal hashes: a key of views alone would give
    # the first one's spelling to the others
    _, cached = _macro_and_remembered("python/macros.j2", "type_expr", "type_spelling")
    spelled = [cached(TypeView("literal", literal=value)) for value in (True, 1, 1.0, 0.0, -0.0)]
    assert spelled == ["Literal[True]", "Literal[1]", "Literal[1.0]", "Literal[0.0]", "Literal[-0.0]"]
    inside = [cached(TypeView("list", args=(TypeView("literal", literal=value),))) for value in (True, 1)]
    assert inside == ["builtins.list[Literal[True]]", "builtins.list[Literal[1]]"]


def test_a_field_block_is_the_macros_and_a_new_field_never_gets_an_old_ones_text() -> None:
    # Fields are told apart by identity: were the remembered ones let go, a new field could
    # take the id of one gone, and its text.
    macro, cached = _macro_and_remembered("docs/macros.j2", "described_field", "field_block")
    for n in range(50):
        child = FieldDoc(f"inner_{n}", ("String",), False, f"inner text {n}", False, ())
        field = FieldDoc(f"name_{n}", ("Object",), n % 2 == 0, f"text {n}", False, (child,))
        for expand in (False, True):
            text = cached(field, expand)
            assert text == str(macro(field, expand))
            assert f"text {n}" in text and (f"inner text {n}" in text) == expand


def test_a_remembered_field_line_is_the_macros_for_every_name_type_default_and_alias() -> None:
    macro, cached = _macro_and_remembered("python/macros.j2", "model_field", "field_line")
    long_name = TypeView("model", name="M" * 70)
    for name in ("x", "a_field_name_long_enough_to_split"):
        for view in (TypeView("str"), long_name, TypeView("union", args=(long_name, TypeView("str")), nullable=True)):
            for default, alias in (("", None), ("None", None), ('"text"', None), ("", "from"), ("None", "_links")):
                for _ in range(2):
                    assert cached(name, view, default, alias) == str(macro(name, view, default, alias))
    # literals equal in Python are told apart here as in a spelling
    one, true = (cached("x", TypeView("literal", literal=value)) for value in (1, True))
    assert (one, true) == ("x: Literal[1]", "x: Literal[True]")


def test_a_remembered_parameter_line_is_the_macros_for_every_argument_and_indent() -> None:
    from tests.test_black_shaped_literals import _Argument

    macro, cached = _macro_and_remembered("python/macros.j2", "parameter", "parameter_line")
    long_name = TypeView("model", name="M" * 70)
    for view in (TypeView("str"), long_name, TypeView("list", args=(long_name,)), TypeView("union", args=(long_name, TypeView("mapping")))):
        for required, nullable in ((True, False), (False, False), (False, True)):
            for indent in (8, 12):
                arg = _Argument("argument_name", view, required, nullable)
                for _ in range(2):
                    assert cached(arg, indent) == str(macro(arg, indent))


def test_the_operation_pages_describe_each_distinct_field_with_one_object() -> None:
    # `field_block` renders each field object once: the pages must not hold two equal fields,
    # and sharing them is what spares rendering the same parameter on page after page
    from generator.build import build_api
    from generator.config import load_config
    from generator.load import load_spec
    from generator.render.docs import operation_pages
    from tests.conftest import ROOT

    target = ROOT / "specs" / "seam-connect"
    config = load_config(target / "config.yaml")
    pages = operation_pages(build_api(load_spec(target / "openapi.json", validate=False), config), config)
    met: list[FieldDoc] = []
    stack = [field for page in pages for field in (*page.parameters, page.response.field) if field is not None]
    while stack:
        field = stack.pop()
        met.append(field)
        stack.extend(field.children)
    distinct = {id(field): field for field in met}
    assert len(set(distinct.values())) == len(distinct)  # no two objects are equal
    assert len(distinct) * 2 < len(met)  # the same few met again and again
