"""A player's progress and settings: what is saved between games (the file itself is storage's job)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from game.content.session import Summary


class LevelRecord(BaseModel):
    model_config = ConfigDict(extra="ignore")

    best_score: int = Field(default=0, ge=0)
    stars: int = Field(default=0, ge=0, le=3)
    plays: int = Field(default=0, ge=0)


class Progress(BaseModel):
    """Best result per level id; a level unlocks when the one before it has at least one star."""

    model_config = ConfigDict(extra="ignore")

    version: int = 1
    levels: dict[str, LevelRecord] = Field(default_factory=dict)

    def record(self, summary: Summary) -> LevelRecord:
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


class Settings(BaseModel):
    """Accessibility and comfort choices, remembered on this computer."""

    model_config = ConfigDict(extra="ignore")

    text_size: Literal["small", "medium", "large"] = "medium"
    font: Literal["atkinson", "opendyslexic"] = "atkinson"
    high_contrast: bool = False
    sound: bool = True
    fullscreen: bool = False
