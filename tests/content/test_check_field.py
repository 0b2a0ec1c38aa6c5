"""`check: A | B` marks a level as a form of the news-sense check: validated where it stands, kept off the board."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.pack import load_pack
from game.content.problems import ContentError
from game.content.validate import load_level

from .conftest import HEAD

Q = """\
  - id: q1
    type: fact_or_opinion
    statement: Sony Pictures Entertainment
    answer: fact
    explanation: A name can be checked.
"""


def form(letter: str, level_id: str = "form") -> str:
    return HEAD.replace("id: test-level", f"id: {level_id}\ncheck: {letter}") + Q


def test_a_check_form_loads_and_lower_case_is_the_same_form(write_level: Callable[..., Path]) -> None:
    assert load_level(write_level(form("A"))).level.check == "A"
    assert load_level(write_level(form("b"))).level.check == "B"
    assert load_level(write_level(HEAD + Q)).level.check is None


def test_an_unknown_form_is_an_error_at_its_line(write_level: Callable[..., Path]) -> None:
    path = write_level(form("C"))
    with pytest.raises(ContentError) as caught:
        load_level(path)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (2, 8)
    assert "`A` or `B`" in problem.message and "`C`" in problem.message


@pytest.mark.parametrize(
    ("extra", "where"),
    [("cite: true\n", (3, 1)), ("confidence: true\n", (3, 1)), (None, (12, 5))],
)
def test_a_check_form_may_not_ask_for_feedback_giving_extras(
    write_level: Callable[..., Path], extra: str | None, where: tuple[int, int]
) -> None:
    text = form("A").replace("check: A\n", f"check: A\n{extra}") if extra else form("A") + "    cite: true\n"
    with pytest.raises(ContentError) as caught:
        load_level(write_level(text))
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == where, problem
    assert "no feedback between items" in problem.message


def test_check_forms_stay_off_the_board_and_a_second_form_a_is_an_error(write_level: Callable[..., Path]) -> None:
    level = write_level(HEAD + Q, "a-level.yaml")
    write_level(form("A", "form-a"), "check-a.yaml")
    write_level(form("B", "form-b"), "check-b.yaml")
    twin = write_level(form("A", "form-a2"), "check-c.yaml")
    pack = load_pack([level.parent])
    assert [loaded.level.id for loaded in pack.levels] == ["test-level"]
    assert {letter: loaded.level.id for letter, loaded in pack.checks.items()} == {"A": "form-a", "B": "form-b"}
    [problem] = pack.errors
    assert (problem.file, problem.line, problem.column) == (str(twin), 2, 1)
    assert "check form `A` is also" in problem.message
    assert pack.summary_line().startswith("3 valid level(s) of 4 (check form(s) A, B among them)")
    assert "1 level file(s) could not be loaded" in pack.notice()
