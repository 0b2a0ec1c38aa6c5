"""The check's pure rules: counterbalancing, when each check is due, and the refresher schedule in moved time."""

from __future__ import annotations

from game.content import check
from game.content.check import DAY, after_offered, assign_form, before_due, due_reviews, first_form
from game.content.progress import LevelRecord, Progress


def test_the_form_fewer_profiles_took_first_is_given_first() -> None:
    assert first_form("zoe", ["A", "A", "B"]) == "B"
    assert first_form("zoe", ["B", "B", "A"]) == "A"


def test_a_tie_goes_by_a_stable_hash_that_splits_names_about_evenly() -> None:
    names = [f"student-{i}" for i in range(200)]
    firsts = [first_form(name, []) for name in names]
    assert firsts == [first_form(name, ["A", "B"]) for name in names]  # the same on every tie, every run
    assert 70 < firsts.count("A") < 130


def test_a_profile_keeps_its_form_whatever_the_others_did_later() -> None:
    progress = Progress()
    first = assign_form(progress, "sam", ["A"])
    assert first == "B"
    assert assign_form(progress, "sam", ["B", "B", "B"]) == "B"


def test_before_is_due_until_taken_and_not_for_a_profile_that_already_played() -> None:
    progress = Progress()
    assert before_due(progress)
    check.record_check(progress, "before", "A", [], 0.0)
    assert not before_due(progress)
    veteran = Progress(levels={"one": LevelRecord(plays=1)})
    assert not before_due(veteran)


def test_after_is_offered_once_every_level_is_finished_or_when_asked() -> None:
    progress = Progress(levels={"one": LevelRecord(plays=1)})
    assert not after_offered(progress, ["one", "two"])
    assert after_offered(progress, ["one", "two"], asked=True)
    progress.levels["two"] = LevelRecord(plays=2)
    assert after_offered(progress, ["one", "two"])
    check.record_check(progress, "after", "B", [], 0.0)
    assert not after_offered(progress, ["one", "two"], asked=True)


def test_missed_items_come_back_after_the_gap_right_ones_wait_twice_as_long() -> None:
    progress = Progress()
    check.schedule_missed(progress, [("lvl", "q1"), ("lvl", "q2"), ("lvl", "q1")], now=0.0, gap_days=7)
    assert len(progress.reviews) == 2
    assert not check.refresher_due(progress, 6.9 * DAY)
    assert [r.question for r in due_reviews(progress, 7 * DAY)] == ["q1", "q2"]
    q1, q2 = due_reviews(progress, 7 * DAY)
    check.reviewed(progress, q1, True, 7 * DAY, 7)
    check.reviewed(progress, q2, False, 7 * DAY, 7)
    assert [r.question for r in due_reviews(progress, 14 * DAY)] == ["q2"]
    assert {r.question for r in due_reviews(progress, 21 * DAY)} == {"q1", "q2"}
    [q1] = [r for r in progress.reviews if r.question == "q1"]
    check.reviewed(progress, q1, True, 21 * DAY, 7)
    assert not [r for r in due_reviews(progress, 48 * DAY) if r.question == "q1"]
    assert [r for r in due_reviews(progress, 49 * DAY) if r.question == "q1"]


def test_a_refresher_asks_at_most_five_items_the_longest_waiting_first() -> None:
    progress = Progress()
    for day in range(8):
        check.schedule_missed(progress, [("lvl", f"q{day}")], now=(7 - day) * DAY, gap_days=7)
    asked = due_reviews(progress, 30 * DAY)
    assert [r.question for r in asked] == ["q7", "q6", "q5", "q4", "q3"]
