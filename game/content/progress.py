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


class Progress(msgspec.Struct):
    """Best result per level id; a level unlocks when the one before it has at least one star.

    `unfinished` holds the levels left half-way, so the level list can offer to resume them.
    """

    version: Count = 1
    levels: dict[str, LevelRecord] = msgspec.field(default_factory=dict)
    unfinished: dict[str, Unfinished] = msgspec.field(default_factory=dict)

    def record(self, summary: Summary) -> LevelRecord:
        self.unfinished.pop(summary.level_id, None)
        old = self.levels.get(summary.level_id, LevelRecord())
        new = LevelRecord(
            best_score=max(old.best_score, summary.score), stars=max(old.stars, summary.stars), plays=old.plays + 1
        )
        self.levels[summary.level_id] = new
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
