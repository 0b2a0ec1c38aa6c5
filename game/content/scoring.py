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
CITE_BONUS = 50  # for pointing at the sentence that proves the answer
WRONG_MARK_COST = 0.5  # a wrongly marked word takes back half of what a right one earns
CONFIDENCE_LEVELS = ("Guessing", "Fairly sure", "Certain")


def points_for(correct: bool, streak: int) -> int:
    """100 for a right answer plus a growing, capped bonus for a streak; nothing for a wrong one."""
    return POINTS_RIGHT + streak_bonus(streak) if correct else 0


def streak_bonus(streak: int) -> int:
    return min(STREAK_BONUS * max(0, streak - 1), STREAK_BONUS_CAP)


def marks_points(right_marks: int, wrong_marks: int, loaded: int) -> int:
    """Points for a `loaded_words` answer: each right mark earns its share of 100, each wrong one costs."""
    if loaded <= 0:
        return 0
    return share_points((right_marks - WRONG_MARK_COST * wrong_marks) / loaded)


def share_points(share: float) -> int:
    """Points for a partly right answer (a source chain with some links in place): its share of 100."""
    return round(POINTS_RIGHT * max(0.0, min(1.0, share)))


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


@dataclass(frozen=True)
class Calibration:
    """How often a student was right at each level of confidence they reported."""

    label: str
    right: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def calibration(answers: Iterable[tuple[int, bool]]) -> list[Calibration]:
    """From (confidence 0-2, was right) pairs: one row per confidence level, in order."""
    pairs = list(answers)
    return [
        Calibration(label, sum(1 for c, ok in pairs if c == level and ok), sum(1 for c, _ in pairs if c == level))
        for level, label in enumerate(CONFIDENCE_LEVELS)
    ]
