"""Templates spell types through `type_spelling`, which calls the `type_expr` macro once per
distinct type and remembers: what it remembers must never stand in for another type."""

from __future__ import annotations

from generator.render.environment import environment
from generator.render.types import TypeView


def _macro_and_cached():  # type: ignore[no-untyped-def]
    env = environment()
    return env.get_template("python/macros.j2").module.type_expr, env.globals["type_spelling"]  # type: ignore[attr-defined]


def test_a_remembered_spelling_is_the_macros_for_each_type_and_variant() -> None:
    macro, cached = _macro_and_cached()
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
                assert cached(view, input_, local, bar) == str(macro(view, input_, local, bar))


def test_literals_equal_in_python_but_spelled_apart_are_not_confused() -> None:
    # 1 == True == 1.0 and 0.0 == -0.0, with equal hashes: a key of views alone would give
    # the first one's spelling to the others
    _, cached = _macro_and_cached()
    spelled = [cached(TypeView("literal", literal=value)) for value in (True, 1, 1.0, 0.0, -0.0)]
    assert spelled == ["Literal[True]", "Literal[1]", "Literal[1.0]", "Literal[0.0]", "Literal[-0.0]"]
    inside = [cached(TypeView("list", args=(TypeView("literal", literal=value),))) for value in (True, 1)]
    assert inside == ["builtins.list[Literal[True]]", "builtins.list[Literal[1]]"]
