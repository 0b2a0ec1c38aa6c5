"""Points, stars and discernment: the numbers a student and a teacher see.

Kept apart from the session so the report tool computes them the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from statistics import NormalDist

POINTS_RIGHT = 100
STREAK_BONUS = 10  # per right answer in a row after the first
STREAK_BONUS_CAP = 50
STAR_THRESHOLDS = (0.3, 0.6, 0.9)  # accuracy needed for 1, 2 and 3 stars


def points_for(correct: bool, streak: int) -> int:
    """100 for a right answer plus a growing, capped bonus for a streak; nothing for a wrong one."""
    if not correct:
        return 0
    return POINTS_RIGHT + min(STREAK_BONUS * (streak - 1), STREAK_BONUS_CAP)


def stars_for(right: int, total: int) -> int:
    accuracy = right / total if total else 0.0
    return sum(accuracy >= threshold for threshold in STAR_THRESHOLDS)


@dataclass(frozen=True)
class Discernment:
    """Signal detection on fact-or-opinion answers, treating "opinion" as the signal.

    `sensitivity` (d') says how well a student tells the two apart; `bias` (c)
    says which way they lean when unsure: below 0 they call too much "opinion"
    (distrust everything), above 0 they call too much "fact" (believe everything).
    """

    hits: int
    misses: int
    false_alarms: int
    correct_rejections: int
    sensitivity: float
    bias: float

    @property
    def leaning(self) -> str:
        if self.bias < -0.25:
            return "calls too much opinion"
        if self.bias > 0.25:
            return "calls too much fact"
        return "balanced"


def discernment(judged: Iterable[tuple[str, str]]) -> Discernment:
    """From (right answer, given answer) pairs; a log-linear correction keeps perfect runs finite."""
    pairs = list(judged)
    hits = sum(1 for right, given in pairs if right == "opinion" and given == "opinion")
    misses = sum(1 for right, given in pairs if right == "opinion" and given != "opinion")
    false_alarms = sum(1 for right, given in pairs if right == "fact" and given == "opinion")
    rejections = sum(1 for right, given in pairs if right == "fact" and given != "opinion")
    z = NormalDist().inv_cdf
    hit_rate = (hits + 0.5) / (hits + misses + 1)
    alarm_rate = (false_alarms + 0.5) / (false_alarms + rejections + 1)
    return Discernment(
        hits,
        misses,
        false_alarms,
        rejections,
        sensitivity=z(hit_rate) - z(alarm_rate),
        bias=-(z(hit_rate) + z(alarm_rate)) / 2,
    )
