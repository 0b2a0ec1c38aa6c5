"""Messages a teacher trial found unclear, each now saying which line is wrong and what to change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.cli import main
from game.content.pack import load_pack
from tests.teacher.test_authoring_doc import BASE

DATA = Path(__file__).parent.parent / "data"
LEVEL = (
    BASE
    + """\
  - id: rushed
    type: fact_or_opinion
    statement: "Frankly, the plan seems rushed."
    answer: opinion
    explanation: The writer says seems.
"""
)


@pytest.fixture
def check(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "seeds").mkdir()
    shutil.copy(DATA / "river-bridge.txt", tmp_path / "seeds")
    (tmp_path / "levels").mkdir()

    def run(old: str, new: str) -> list[str]:
        assert old in LEVEL
        path = tmp_path / "levels" / "bridge.yaml"
        path.write_text(LEVEL.replace(old, new, 1), encoding="utf-8")
        pack = load_pack([path])
        return [f"{p.line}:{p.column}: {p.message}" for p in pack.problems]

    return run


def test_a_line_out_of_line_is_named_with_how_to_line_it_up(check) -> None:  # type: ignore[no-untyped-def]
    assert check("    choices:", "   choices:") == [
        '9:4: YAML syntax: this line starts with 3 spaces, but line 8 (`quote: "This bridge is the hea`) '
        "starts with 4: line it up with the lines it belongs with (4 spaces)"
    ]
    (message,) = check("  - id: rushed", " - id: rushed")
    assert message.startswith("12:2: YAML syntax: this line starts with 1 space, but line 6 (`- id: heart`)")


def test_an_apostrophe_in_single_quotes_says_to_double_it(check) -> None:  # type: ignore[no-untyped-def]
    assert check("    explanation: The writer says seems.", "    explanation: 'the writer's word'") == [
        "16:29: YAML syntax: the apostrophe in `writer's` ends the text in single quotes early: write it twice "
        "(`writer''s`) or put the whole text in double quotes instead"
    ]


def test_a_key_without_a_space_is_reported_on_its_own_line(check) -> None:  # type: ignore[no-untyped-def]
    assert check("    answer: opinion", "    answer:opinion") == [
        "15:11: YAML syntax: `answer:opinion` needs a space after the colon: `answer: opinion`"
    ]


def test_a_tab_inside_a_quote_is_text_not_indentation(check) -> None:  # type: ignore[no-untyped-def]
    assert check("Frankly, the plan", "Frankly,\tthe plan") == [
        "14:25: tab character inside the text: replace it with a space"
    ]
    assert check("    type: who_said", "\ttype: who_said") == ["7:1: tab character: use spaces to indent"]


def test_fact_or_opinion_accepts_any_capitals(check) -> None:  # type: ignore[no-untyped-def]
    assert check("    answer: opinion", "    answer: Opinion") == []
    assert check("    answer: opinion", "    answer: FACT") == []


def test_not_one_of_the_choices_lists_the_choices(check) -> None:  # type: ignore[no-untyped-def]
    assert check("answer: Mayor Helen Ortiz", "answer: Mayor Ortiz") == [
        "10:13: answer `Mayor Ortiz` is not one of the choices (`Mayor Helen Ortiz`, `Councillor Tom Reyes`, "
        "`The county engineer`): did you mean `Mayor Helen Ortiz`?"
    ]


def test_a_file_that_does_not_load_is_not_counted_as_zero_questions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    assert main(["validate", str(bad)]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert "0 questions" not in last
    assert last.endswith("0 valid level(s) of 1, nothing loaded; 1 broken file(s) not loaded, 4 error(s), 0 warning(s)")


def test_a_question_that_lost_its_dash_says_so_once(check) -> None:  # type: ignore[no-untyped-def]
    """Playtest 7: a question whose `- ` was deleted was read as the question above's keys again, each said as
    "duplicate key `id` (first given on line 6): keep only one", one line per key: advice that would delete the
    question. It is one mistake, said once, with the dash to add."""
    assert check("  - id: rushed", "    id: rushed") == [
        "12:5: `id` again (first given on line 6): if a new entry of `questions` starts here, "
        "put `- ` before `id`, as on line 6; else keep only one"
    ]


def test_a_key_given_twice_is_still_a_duplicate(check) -> None:  # type: ignore[no-untyped-def]
    assert check("    answer: opinion", "    answer: opinion\n    answer: fact") == [
        "16:5: duplicate key `answer` (first given on line 15): keep only one"
    ]


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (  # under a plain text: "mapping values are not allowed"
            "    explanation: The writer says seems.",
            "      explanation: The writer says seems.",
            "16:7: YAML syntax: this line starts with 6 spaces, but line 15 (`answer: opinion`) starts with 4: "
            "line `explanation` up with the keys it belongs with (4 spaces)",
        ),
        (  # under a list in brackets: "did not find expected key"
            "    answer: Mayor Helen Ortiz",
            "      answer: Mayor Helen Ortiz",
            "10:7: YAML syntax: this line starts with 6 spaces, but line 9 (`choices: [Mayor Helen Ortiz, C`) "
            "starts with 4: line `answer` up with the keys it belongs with (4 spaces)",
        ),
        (  # under a question's first line
            "    type: fact_or_opinion",
            "      type: fact_or_opinion",
            "13:7: YAML syntax: this line starts with 6 spaces, but the key on line 12 (`- id: rushed`) starts "
            "after 4: line `type` up with the keys it belongs with (4 spaces)",
        ),
    ],
    ids=["under-text", "under-brackets", "under-dash"],
)
def test_a_key_pushed_right_is_named_with_the_spaces_it_needs(check, old: str, new: str, said: str) -> None:  # type: ignore[no-untyped-def]
    """Playtest 7: two spaces too many before a key, where a question's longer texts made those spaces usual, said
    "text with `: ` in it must be in quotes" (or "text that starts with a quotation mark must be wholly in
    quotes"): no quote was wrong, the key was out of line."""
    assert check(old, new) == [said]


def test_a_colon_inside_a_text_still_says_to_quote_it(check) -> None:  # type: ignore[no-untyped-def]
    (message,) = check("    explanation: The writer says seems.", "    explanation: The writer says\n      seems: so")
    assert "text with `: ` in it must be in quotes" in message
