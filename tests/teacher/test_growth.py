"""Growth from the news-sense check: figures worked out by hand for small classes, d' and c included."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest

from game.growth import build_growth, growth_words
from game.results import Answer

Z_5_6 = 0.9674216
"""z(5/6), from a normal table: the log-linear corrected rate of 2 out of 2 ((2 + 0.5) / (2 + 1))."""

Item = tuple[str, str, str]
"""(question type, right answer, answer given); for other types than fact or opinion "r" / "x" say right or not."""

_plays = iter(range(1, 10_000))


def play(player: str, phase: str | None, form: str, items: Sequence[Item]) -> list[Answer]:
    number = next(_plays)
    return [
        Answer(
            number,
            player,
            form,
            f"Title of {form}",
            f"2026-03-{number % 28 + 1:02d}",
            f"q{i}",
            kind,
            "passage",
            (given,),
            (right,),
            given == right,
            3.0,
            phase,
        )
        for i, (kind, right, given) in enumerate(items)
    ]


def who(right: int, of: int) -> list[Item]:
    return [("who_said", "r", "r" if i < right else "x") for i in range(of)]


def fo(calls: str) -> list[Item]:
    """Two facts then two opinions, called as `calls` says: e.g. "FOOO" called the second fact an opinion."""
    keyed = ["fact", "fact", "opinion", "opinion"]
    return [
        ("fact_or_opinion", right, "fact" if c == "F" else "opinion") for right, c in zip(keyed, calls, strict=True)
    ]


def small_class() -> list[Answer]:
    """Ana and Ben took both checks, Cy only the first, Dee only the second; extra plays that must not count."""
    return [
        *play("ana", None, "01-who-said-it", who(0, 3)),  # a level
        *play("ana", "before", "check-a", [*who(1, 2), *fo("OOOO"), ("contradiction", "r", "r")]),
        *play("ben", "before", "check-b", [*who(0, 2), *fo("FFOF")]),
        *play("cy", "before", "check-a", [*who(2, 2), *fo("FFOO")]),
        *play("ana", "before", "check-b", [*who(0, 2), *fo("OOFF")]),  # a retake: the first one counts
        *play("ana", "refresher", "check-a", [*who(0, 2), *fo("OOFF")]),
        *play("ana", "after", "check-b", [*who(2, 2), *fo("FFOO"), ("contradiction", "r", "x")]),
        *play("ben", "after", "check-a", [*who(1, 2), *fo("FOOF")]),
        *play("dee", "after", "check-b", [*who(2, 2), *fo("FFOO")]),
    ]


def test_a_small_class_gives_the_figures_worked_out_by_hand() -> None:
    growth = build_growth(small_class())
    assert (growth.students, growth.before_only, growth.after_only) == (2, 1, 1)
    assert growth.first_forms == {"check-a": 1, "check-b": 1}
    skills = {s.skill: s for s in growth.skills}
    assert list(skills) == ["attribution", "fact or opinion", "contradiction", "source"]
    attribution = skills["attribution"]  # ana 1/2 then 2/2, ben 0/2 then 1/2
    assert (attribution.students, attribution.before, attribution.after) == (2, 0.25, 0.75)
    assert (attribution.right_before, attribution.items_before, attribution.right_after) == (1, 4, 3)
    facts = skills["fact or opinion"]  # ana 2/4 then 4/4, ben 3/4 then 2/4
    assert (facts.students, facts.before, facts.after, facts.change) == (2, 0.625, 0.75, 0.125)
    contradiction = skills["contradiction"]  # only ana met it in both checks: right, then wrong
    assert (contradiction.students, contradiction.before, contradiction.after) == (1, 1.0, 0.0)
    assert (skills["source"].students, skills["source"].before, skills["source"].change) == (0, None, None)
    assert (growth.overall.before, growth.overall.after) == ((4 / 7 + 3 / 6) / 2, (6 / 7 + 3 / 6) / 2)
    # ana before: every call "opinion": H 2, M 0, FA 2, CR 0: both rates 5/6, so d' 0 and c -z(5/6).
    # ben before: H 1, M 1, FA 0, CR 2: rates 1/2 and 1/6, so d' = 0 + z(5/6) and c = z(5/6) / 2.
    # ana after: all right: rates 5/6 and 1/6: d' 2 z(5/6), c 0. ben after: H 1 FA 1: d' 0, c 0.
    signal = growth.fact_opinion
    assert signal is not None and signal.students == 2
    assert signal.sensitivity_before == pytest.approx(Z_5_6 / 2, abs=1e-6)
    assert signal.sensitivity_after == pytest.approx(Z_5_6, abs=1e-6)
    assert signal.bias_before == pytest.approx((-Z_5_6 + Z_5_6 / 2) / 2, abs=1e-6)
    assert signal.bias_after == pytest.approx(0.0, abs=1e-6)


def test_which_form_came_first_changes_only_the_count_of_who_took_which_first() -> None:
    swap = {"check-a": "check-b", "check-b": "check-a"}
    answers = small_class()
    swapped = build_growth([replace(a, level_id=swap.get(a.level_id, a.level_id)) for a in answers])
    growth = build_growth(answers)
    assert (swapped.skills, swapped.overall, swapped.fact_opinion) == (
        growth.skills,
        growth.overall,
        growth.fact_opinion,
    )
    everyone_on_a = [replace(a, level_id="check-a") if a.phase == "before" else a for a in answers]
    assert build_growth(everyone_on_a).first_forms == {"check-a": 2}


def test_students_with_one_check_only_change_nothing() -> None:
    base = build_growth(small_class())
    more = [
        *small_class(),
        *play("eve", "before", "check-a", [*who(0, 2), *fo("OOOO")]),
        *play("fay", "after", "check-a", [*who(2, 2), *fo("FFOO"), ("source_chain", "r", "r")]),
    ]
    grown = build_growth(more)
    assert (grown.before_only, grown.after_only) == (2, 2)
    assert (grown.skills, grown.overall, grown.fact_opinion) == (base.skills, base.overall, base.fact_opinion)


def test_a_question_type_outside_the_four_skills_gets_its_own_row() -> None:
    answers = [
        *play("ana", "before", "check-a", [("loaded_words", "r", "x")]),
        *play("ana", "after", "check-b", [("loaded_words", "r", "r")]),
    ]
    growth = build_growth(answers)
    assert [(s.skill, s.students, s.before, s.after) for s in growth.skills][-1] == ("Loaded words", 1, 0.0, 1.0)
    assert growth.fact_opinion is None


def test_the_words_say_what_the_numbers_mean_and_when_they_are_too_few() -> None:
    few = " ".join(growth_words(build_growth(small_class())))
    assert "2 students took the check both before and after" in few
    assert "1 took \u201cTitle of check-a\u201d first, 1 took \u201cTitle of check-b\u201d first" in few
    assert "not the 2 who took only one" in few
    assert "classroom check, not a validated test" in few and "too few to mean much" in few
    assert "tells them apart better than before (d' 0.48 to 0.97)" in few
    assert "more suspicion, not more skill" in few
    five = [replace(a, player=f"{a.player}{n}") for n in range(3) for a in small_class()]
    enough = " ".join(growth_words(build_growth(five)))
    assert "6 students" in enough and "too few" not in enough and "not a validated test" in enough
    suspicious = [
        *play("ana", "before", "check-a", fo("FFOO")),
        *play("ana", "after", "check-b", fo("OOOO")),
    ]
    assert "leans more towards calling things opinion than before" in " ".join(growth_words(build_growth(suspicious)))
    nobody = growth_words(build_growth(play("cy", "before", "check-a", who(1, 2))))
    assert nobody == [
        "No student has taken both checks yet: growth shows once students have taken the news-sense check "
        "before their first level and again after their last (1 has taken one so far)."
    ]
    assert not build_growth(play("ana", None, "01", who(1, 2))).taken
