"""ruff says which generated texts are black's layout already; black formats only the rest.

Output is black's as long as one thing holds: a text ruff leaves unchanged, black leaves
unchanged too. These tests check that a text ruff would change, a method too long at the
narrower width black formats it at, and a text that does not parse all go to black. The whole packages of Seam's and GitHub's specs are checked against
black in test_generated_quality.py.
"""

from __future__ import annotations

from generator import pieces
from generator.already_formatted import already_formatted
from generator.black_runner import format_piece


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
