from __future__ import annotations

from pathlib import Path

import pytest

from game.content.model import Contradiction, FactOrOpinion
from game.content.paths import ROOT
from game.content.scoring import POINTS_RIGHT, discernment, points_for, stars_for
from game.content.session import OutOfTurn, Session, State
from game.content.validate import LoadedLevel, load_level

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


def right(session: Session) -> list[str]:
    q = session.current.question
    return list(q.answer) if isinstance(q, Contradiction) else [q.answer]


def wrong(session: Session) -> list[str]:
    answers = right(session)
    return [next(c for c in session.current.choices if c not in answers)]


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
        Session(loaded).answer(["Someone else"])


def test_contradiction_needs_the_exact_set(loaded: LoadedLevel) -> None:
    session = Session(loaded)
    for _ in range(3):
        session.answer(right(session))
        session.next()
    assert session.current.picks == 1
    both = [session.current.choices[0], session.current.choices[1]]
    assert not session.answer(both).correct


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
