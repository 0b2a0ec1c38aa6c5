from __future__ import annotations

from pathlib import Path

import pytest

from game.content.article import Span
from game.content.model import FactOrOpinion
from game.content.scoring import POINTS_RIGHT, discernment, points_for, stars_for
from game.content.session import OutOfTurn, Session, State
from game.content.validate import LoadedLevel, load_level
from tests.checkout import ROOT

from .conftest import HEAD

LEVEL = (
    HEAD
    + """\
  - id: w1
    type: who_said
    quote: threatens "grave consequences"
    choices: [North Korea's foreign ministry, The FBI, Mark Stroh, President Obama]
    answer: North Korea's foreign ministry
    explanation: The verb "threatens" tells you who speaks.
  - id: f1
    type: fact_or_opinion
    statement: This seems incredibly interesting
    answer: opinion
    explanation: '"Seems" signals a judgement.'
  - id: f2
    type: fact_or_opinion
    statement: the US rejected the joint inquiry request
    answer: fact
    explanation: A decision that can be checked.
  - id: c1
    type: contradiction
    claim: North Korea is denying the allegation made by the FBI
    candidates:
      - 'the same authorities called it a "righteous deed"'
      - North Korea's Internet runs through China
      - 'threatens "grave consequences"'
    answer:
      - 'the same authorities called it a "righteous deed"'
    explanation: Praising the attack does not fit with denying it.
"""
)


@pytest.fixture
def loaded(write_level) -> LoadedLevel:  # type: ignore[no-untyped-def]
    return load_level(write_level(LEVEL))


def right(session: Session) -> list[int]:
    return list(session.current.key)  # in chain order for a source chain


def wrong(session: Session) -> list[int]:
    presented = session.current
    bad = next(i for i in range(len(presented.choices)) if i not in presented.right)
    return [bad, *sorted(presented.right)[: max(0, presented.picks - 1)]]


def test_all_right_scores_maximum_and_three_stars(loaded: LoadedLevel) -> None:
    session = Session(loaded, seed=1)
    while session.state is not State.FINISHED:
        assert session.answer(right(session)).correct
        session.next()
    summary = session.summary()
    assert summary.score == session.max_score == 100 + 110 + 120 + 130
    assert (summary.stars, summary.best_streak, summary.accuracy, summary.missed) == (3, 4, 1.0, [])
    assert summary.skills["fact_or_opinion"].right == 2


def test_all_wrong_scores_zero_and_lists_every_miss(loaded: LoadedLevel) -> None:
    session = Session(loaded, seed=1)
    while session.state is not State.FINISHED:
        result = session.answer(wrong(session))
        assert not result.correct and result.points == 0 and result.evidence is not None
        session.next()
    summary = session.summary()
    assert (summary.score, summary.stars, summary.best_streak) == (0, 0, 0)
    assert [r.question.id for r in summary.missed] == ["w1", "f1", "f2", "c1"]
    assert summary.fact_opinion is not None
    assert (summary.fact_opinion.hits, summary.fact_opinion.false_alarms) == (0, 1)


def test_streak_resets_after_a_wrong_answer(loaded: LoadedLevel) -> None:
    session = Session(loaded)
    points = []
    for plan in (right, wrong, right, right):
        points.append(session.answer(plan(session)).points)
        session.next()
    assert points == [100, 0, 100, 110]


def test_evidence_span_is_the_quote(loaded: LoadedLevel) -> None:
    session = Session(loaded)
    result = session.answer(right(session))
    assert result.evidence is not None
    assert loaded.article.text[result.evidence.start : result.evidence.end] == 'threatens "grave consequences"'


def test_shuffle_is_deterministic_per_seed(loaded: LoadedLevel) -> None:
    orders = {seed: Session(loaded, seed).current.choices for seed in range(6)}
    assert orders[3] == Session(loaded, 3).current.choices
    assert len(set(orders.values())) > 1
    assert all(sorted(o) == sorted(orders[0]) for o in orders.values())


def test_fact_or_opinion_choices_keep_their_order(loaded: LoadedLevel) -> None:
    session = Session(loaded, seed=5)
    session.answer(right(session))
    session.next()
    assert isinstance(session.current.question, FactOrOpinion)
    assert session.current.choices == ("fact", "opinion")


def test_out_of_turn_calls_are_refused(loaded: LoadedLevel) -> None:
    session = Session(loaded)
    with pytest.raises(OutOfTurn):
        session.next()
    session.answer(right(session))
    with pytest.raises(OutOfTurn):
        session.answer(right(session))


def test_answer_must_be_a_choice(loaded: LoadedLevel) -> None:
    with pytest.raises(ValueError):
        Session(loaded).answer([9])


def test_contradiction_needs_the_exact_set(loaded: LoadedLevel) -> None:
    session = Session(loaded)
    for _ in range(3):
        session.answer(right(session))
        session.next()
    assert session.current.picks == 1
    with pytest.raises(ValueError):
        session.answer([0, 1])  # one answer expected: two picks are refused, not marked wrong


def test_points_and_stars_rules() -> None:
    assert [points_for(True, s) for s in (1, 2, 6, 20)] == [POINTS_RIGHT, 110, 150, 150]
    assert points_for(False, 3) == 0
    assert [stars_for(r, 10) for r in (0, 2, 3, 6, 8, 9, 10)] == [0, 0, 1, 2, 2, 3, 3]


def test_discernment_separates_skill_from_bias() -> None:
    cynic = discernment([("fact", "opinion")] * 5 + [("opinion", "opinion")] * 5)
    believer = discernment([("fact", "fact")] * 5 + [("opinion", "fact")] * 5)
    expert = discernment([("fact", "fact")] * 5 + [("opinion", "opinion")] * 5)
    assert cynic.leaning == "calls too much opinion" and believer.leaning == "calls too much fact"
    assert expert.leaning == "balanced" and expert.sensitivity > 2 > abs(cynic.sensitivity)


def test_bundled_levels_play_through(tmp_path: Path) -> None:
    for path in sorted((ROOT / "levels").glob("*.yaml")):
        session = Session(load_level(path))
        while session.state is not State.FINISHED:
            session.answer(right(session))
            session.next()
        assert session.summary().stars == 3


LOADED = (
    HEAD.replace("questions:", "confidence: true\nquestions:")
    + """\
  - id: lw
    type: loaded_words
    sentence: bullying another country into cooperation also seems like a really curious way of offering help
    words:
      - word: bullying
        why: A loaded word for pressure.
      - word: seems
        why: Signals the writer's view.
      - word: really curious
        why: A judgement.
    explanation: Loaded and judging words show an opinion.
  - id: w1
    type: who_said
    quote: threatens "grave consequences"
    choices: [North Korea's foreign ministry, The FBI, Mark Stroh]
    answer: North Korea's foreign ministry
    cite: true
    explanation: The verb "threatens" tells you who speaks.
"""
)


@pytest.fixture
def loaded_words_level(write_level) -> LoadedLevel:  # type: ignore[no-untyped-def]
    return load_level(write_level(LOADED))


def marks(session: Session, *words: str) -> list[int]:
    return [session.current.choices.index(w) for w in words]


@pytest.mark.parametrize(
    ("words", "points", "correct"),
    [
        (("bullying", "seems", "really", "curious"), 100, True),  # every loaded word
        (("another", "country", "help"), 0, False),  # only neutral words
        (("bullying", "seems", "help"), 38, False),  # 2 of 4 right, 1 wrong: 100 * (2 - 0.5) / 4
        (("bullying", "seems", "really"), 75, False),  # 3 of 4, no wrong mark
        ((), 0, False),
    ],
)
def test_loaded_words_scoring(
    loaded_words_level: LoadedLevel, words: tuple[str, ...], points: int, correct: bool
) -> None:
    session = Session(loaded_words_level)
    assert session.current.picks == 0 and "bullying" in session.current.choices
    result = session.answer(marks(session, *words))
    assert (result.points, result.correct) == (points, correct)


def test_citation_bonus_only_for_the_proving_sentence(loaded_words_level: LoadedLevel) -> None:
    article = loaded_words_level.article
    proving = next(s for s in article.sentences if "grave consequences" in s.text)
    other = next(s for s in article.sentences if "BitTorrent" in s.text)
    for sentence, bonus in ((proving, 50), (other, 0), (None, 0)):
        session = Session(loaded_words_level)
        session.answer(marks(session, "bullying", "seems", "really", "curious"))
        session.next()
        assert session.current.cite
        citation = None if sentence is None else Span(sentence.block, sentence.start, sentence.end)
        result = session.answer(sorted(session.current.right), citation=citation)
        assert result.cited is (bonus > 0)
        assert result.points == 110 + bonus  # right with a streak of 2, plus the bonus
    assert session.max_score == 100 + 110 + 50


def test_calibration_from_a_scripted_run(loaded_words_level: LoadedLevel) -> None:
    session = Session(loaded_words_level)
    session.answer(marks(session, "bullying"), confidence=2)  # sure, but only partly right
    session.next()
    session.answer(sorted(session.current.right), confidence=2)
    summary = session.summary()
    assert summary.calibration is not None
    assert [(c.label, c.right, c.total) for c in summary.calibration] == [
        ("Guessing", 0, 0),
        ("Fairly sure", 0, 0),
        ("Certain", 1, 2),
    ]
    assert summary.calibration[2].accuracy == 0.5
    assert summary.citations is not None and (summary.citations.right, summary.citations.total) == (0, 1)
