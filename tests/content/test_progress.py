"""The fact-checker's accuracy rating: every check of every play counts, across levels."""

from __future__ import annotations

import msgspec

from game.content.progress import Progress
from game.content.session import Summary


def summary(level_id: str, right: int, total: int) -> Summary:
    return Summary(level_id, right * 100, total * 100, right, total, 1 if right else 0, right, {}, None)


def test_accuracy_rating_counts_every_check_across_levels_and_plays() -> None:
    progress = Progress()
    assert progress.accuracy is None
    progress.record(summary("one", 3, 4))
    progress.record(summary("two", 1, 4))
    progress.record(summary("one", 4, 4))  # a replay counts too: the rating is of the checking done
    assert (progress.checks_right, progress.checks) == (8, 12)
    assert progress.accuracy == 8 / 12


def test_a_save_from_before_the_rating_loads_with_no_checks_yet() -> None:
    old = b'{"version": 1, "levels": {"one": {"best_score": 300, "stars": 2, "plays": 1}}}'
    progress = msgspec.json.decode(old, type=Progress)
    assert progress.stars("one") == 2 and progress.accuracy is None
