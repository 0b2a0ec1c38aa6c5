"""Right, almost and wrong: partly right answers are told apart from wrong ones."""

from __future__ import annotations

from game.content.outcome import Outcome
from game.content.pack import load_pack
from game.content.paths import BUNDLED_LEVELS
from game.content.session import Session, State
from game.content.words import bare, quoted


def test_outcome_of_credit() -> None:
    assert Outcome.of(True, 1.0) is Outcome.RIGHT
    assert Outcome.of(False, 0.5) is Outcome.ALMOST
    assert Outcome.of(False, 0.0) is Outcome.WRONG


def test_a_partly_marked_loaded_words_answer_is_almost() -> None:
    level = next(x for x in load_pack([BUNDLED_LEVELS]).levels if x.level.questions[0].type == "loaded_words")
    session = Session(level, seed=1)
    right = sorted(session.current.right)
    assert len(right) > 1, "the first loaded-words question needs two loaded words for this test"
    half = session.answer(right[:1])
    assert half.outcome is Outcome.ALMOST and not half.correct and 0 < half.credit < 1
    session.next()
    wrong = [i for i in range(len(session.current.choices)) if i not in session.current.right][:1]
    assert session.answer(wrong).outcome is Outcome.WRONG
    session.next()
    assert session.answer(sorted(session.current.right)).outcome is Outcome.RIGHT
    session.next()
    while session.state is not State.FINISHED:  # the rest wrong: no marks, or wrong picks for other types
        presented = session.current
        session.answer([i for i in range(len(presented.choices)) if i not in presented.right][: presented.picks])
        session.next()
    summary = session.summary()
    assert summary.almost == 1 and summary.right == 1


def test_quoted_passages_nest_their_own_quotes() -> None:
    assert quoted('the same authorities called it a "righteous deed"') == (
        "\u201cthe same authorities called it a \u2018righteous deed\u2019\u201d"
    )
    assert quoted('"We are a team."') == "\u201c\u2018We are a team.\u2019\u201d"
    assert not quoted('he said "we are a team."').endswith('."\u201d')


def test_bare_words_lose_the_punctuation_they_are_shown_with() -> None:
    assert [bare(t) for t in ("interesting,", "Frankly,", "(laughing!)", "don\u2019t", "well-known.")] == [
        "interesting",
        "Frankly",
        "laughing",
        "don\u2019t",
        "well-known",
    ]
