"""A player's progress and settings: what is saved between games (the file itself is storage's job).

Plain dataclasses checked by hand, not pydantic models: settings are read before
the title screen is drawn, and importing pydantic would take most of the time a
bare pygame program needs to open its window. `model_validate` and
`model_dump_json` are named as pydantic names them, so `game.storage` saves and
loads either kind. A value of the wrong type spoils the whole file, which storage
then keeps aside, starting fresh with a notice.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from game.content.session import Summary


def _object(data: object, what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ValueError(f"{what} must be a JSON object, not {type(data).__name__}")
    return data


def _count(most: int | None = None) -> Callable[[Any], bool]:
    """A whole number from 0 (to `most`); a JSON true is no number here."""
    return lambda value: type(value) is int and value >= 0 and (most is None or value <= most)


def _one_of(*choices: object) -> Callable[[Any], bool]:
    return lambda value: any(type(value) is type(choice) and value == choice for choice in choices)


def _field(data: dict[str, Any], name: str, default: Any, valid: Callable[[Any], bool]) -> Any:
    """`data[name]`, or `default` when it is absent; ValueError when it is there but not valid."""
    value = data.get(name, default)
    if not valid(value):
        raise ValueError(f"`{name}` cannot be {value!r}")
    return value


class _Saved:
    """The half of the saving protocol every saved dataclass shares (`model_validate` is its own)."""

    def model_dump_json(self, *, indent: int | None = None) -> str:
        return json.dumps(asdict(self), indent=indent, ensure_ascii=False)  # type: ignore[call-overload]


@dataclass
class LevelRecord:
    best_score: int = 0
    stars: int = 0
    plays: int = 0

    @classmethod
    def model_validate(cls, data: object) -> LevelRecord:
        fields = _object(data, "a level record")
        return cls(
            best_score=_field(fields, "best_score", 0, _count()),
            stars=_field(fields, "stars", 0, _count(3)),
            plays=_field(fields, "plays", 0, _count()),
        )


@dataclass
class Progress(_Saved):
    """Best result per level id; a level unlocks when the one before it has at least one star."""

    version: int = 1
    levels: dict[str, LevelRecord] = field(default_factory=dict)

    @classmethod
    def model_validate(cls, data: object) -> Progress:
        fields = _object(data, "progress")
        levels = _object(fields.get("levels", {}), "`levels`")
        return cls(
            version=_field(fields, "version", 1, _count()),
            levels={level: LevelRecord.model_validate(record) for level, record in levels.items()},
        )

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


TextSize = Literal["small", "medium", "large"]
FontName = Literal["atkinson", "opendyslexic"]


@dataclass
class Settings(_Saved):
    """Accessibility and comfort choices, remembered on this computer."""

    text_size: TextSize = "medium"
    font: FontName = "atkinson"
    high_contrast: bool = False
    sound: bool = True
    fullscreen: bool = False

    @classmethod
    def model_validate(cls, data: object) -> Settings:
        fields = _object(data, "settings")
        switch = _one_of(False, True)
        return cls(
            text_size=_field(fields, "text_size", "medium", _one_of(*get_args(TextSize))),
            font=_field(fields, "font", "atkinson", _one_of(*get_args(FontName))),
            high_contrast=_field(fields, "high_contrast", False, switch),
            sound=_field(fields, "sound", True, switch),
            fullscreen=_field(fields, "fullscreen", False, switch),
        )
