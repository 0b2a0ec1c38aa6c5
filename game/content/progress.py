"""A player's progress and settings: what is saved between games (the file itself is storage's job).

msgspec Structs, checked as they are decoded: the settings are read before the
title screen is drawn, and msgspec imports in a few milliseconds where pydantic
would take most of the time a bare pygame program needs to open its window.
A value of the wrong type spoils the whole file, which storage then keeps aside,
starting fresh with a notice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

import msgspec

if TYPE_CHECKING:
    from game.content.session import Summary

Count = Annotated[int, msgspec.Meta(ge=0)]


class LevelRecord(msgspec.Struct):
    best_score: Count = 0
    stars: Annotated[int, msgspec.Meta(ge=0, le=3)] = 0
    plays: Count = 0


class Answer(msgspec.Struct):
    """One answer as the student gave it: enough to give it again to a new session."""

    picked: list[Annotated[int, msgspec.Meta(ge=0)]]
    seconds: Annotated[float, msgspec.Meta(ge=0)] = 0.0
    citation: tuple[Count, Count, Count] | None = None  # block, start, end of the sentence pointed at
    confidence: Annotated[int, msgspec.Meta(ge=0, le=2)] | None = None


class Unfinished(msgspec.Struct):
    """A level left half-way, saved after every answer: the session's seed and the answers so far.

    `questions` are the level's question ids when it was played: if a teacher has changed the
    level since, the answers no longer fit and the level starts afresh.
    """

    seed: int
    questions: list[str]
    answers: list[Answer] = msgspec.field(default_factory=list)


class ItemAnswer(msgspec.Struct):
    """One answer of a check or refresher: which item, and whether it was right."""

    level: str
    question: str
    correct: bool


class CheckTaken(msgspec.Struct):
    """A news-sense check (`before`/`after`, with its form) or a refresher, as taken, `at` seconds since the epoch."""

    phase: Literal["before", "after", "refresher"]
    form: str
    at: float
    answers: list[ItemAnswer] = msgspec.field(default_factory=list)


class Review(msgspec.Struct):
    """An item a student missed, in the refresher schedule: it comes back when `due` (seconds since the epoch)
    is past, and after a right answer waits twice `wait_days`."""

    level: str
    question: str
    due: float
    wait_days: Annotated[float, msgspec.Meta(gt=0)]


class Progress(msgspec.Struct):
    """Best result per level id; a level unlocks when the one before it has at least one star.

    `unfinished` holds the levels left half-way, so the level list can offer to resume them.
    """

    version: Count = 1
    levels: dict[str, LevelRecord] = msgspec.field(default_factory=dict)
    unfinished: dict[str, Unfinished] = msgspec.field(default_factory=dict)
    checks: Count = 0
    """Every answer ever given in this profile, over all plays: the accuracy rating's denominator."""
    checks_right: Count = 0
    first_form: Literal["A", "B"] | None = None
    """The form of the news-sense check this profile takes first (counterbalanced, then kept)."""
    check_history: list[CheckTaken] = msgspec.field(default_factory=list)
    reviews: list[Review] = msgspec.field(default_factory=list)
    """The refresher schedule: items missed in a level, the check or a refresher."""
    check_unfinished: dict[Literal["before", "after"], Unfinished] = msgspec.field(default_factory=dict)
    """A check left half-way, by phase, saved after every answer: it goes on from there, never again from the
    start (a second look at items already answered would spoil the measure)."""

    @property
    def accuracy(self) -> float | None:
        """The fact-checker's running accuracy rating across every level played (None before the first)."""
        return min(1.0, self.checks_right / self.checks) if self.checks else None

    def record(self, summary: Summary) -> LevelRecord:
        self.unfinished.pop(summary.level_id, None)
        old = self.levels.get(summary.level_id, LevelRecord())
        new = LevelRecord(
            best_score=max(old.best_score, summary.score), stars=max(old.stars, summary.stars), plays=old.plays + 1
        )
        self.levels[summary.level_id] = new
        self.checks += summary.total
        self.checks_right += summary.right
        return new

    def stars(self, level_id: str) -> int:
        record = self.levels.get(level_id)
        return record.stars if record else 0

    def unlocked(self, order: list[str]) -> list[bool]:
        return [i == 0 or self.stars(order[i - 1]) > 0 for i in range(len(order))]


class Settings(msgspec.Struct):
    """Accessibility and comfort choices, remembered on this computer."""

    text_size: Literal["small", "medium", "large"] = "medium"
    font: Literal["atkinson", "opendyslexic"] = "atkinson"
    high_contrast: bool = False
    sound: bool = True
    fullscreen: bool = False
    volume: Annotated[int, msgspec.Meta(ge=0, le=100)] = 75
    """Percent; sound on or off is `sound`, so turning sound back on keeps the chosen loudness."""
    reduce_motion: bool = False
    """Every transition instant (WCAG 2.3.3)."""
    refresher_days: Annotated[float, msgspec.Meta(gt=0, le=365)] = 7.0
    """Days before a missed question comes back in a refresher (`byline play --refresher-days`)."""
