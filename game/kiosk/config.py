"""The kiosk config: a small YAML file a teacher writes, checked with the same located errors as a level.

Every field has a default, so `byline kiosk` runs without any file. The teacher
PIN is never in this file (anyone who can read the kiosk's disk could read it):
`byline kiosk set-pin` stores a salted hash elsewhere, and a `pin:` key here is
refused with a message saying so.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from game.content.paths import BUNDLED_LEVELS
from game.content.problems import ContentError
from game.content.shape import explain
from game.content.yamlsource import read_yaml

_SECRET_KEY = re.compile(r"(^|_)(pin|password|passcode|secret)(_|$)", re.IGNORECASE)
PIN_NOT_HERE = "the teacher PIN is never kept in this file: remove this line and run `byline kiosk set-pin`"


class KioskConfig(BaseModel):
    """What a school can set for its kiosk (docs/kiosk.md explains each field)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    levels: list[Path] = Field(
        default_factory=list,
        description="Level files or folders, relative to this file (default: the levels that come with Byline).",
    )
    idle_seconds: float = Field(
        default=90, ge=10, le=3600, description='Seconds without a touch or key before asking "Are you still there?".'
    )
    still_there_seconds: float = Field(
        default=15, ge=3, le=300, description="Seconds that question waits before the game starts over."
    )
    demo: bool = Field(default=True, description="Let the game play a level by itself on the attract screen.")
    demo_after_seconds: float = Field(
        default=20, ge=3, le=3600, description="Seconds of attract screen before the demo starts."
    )
    initials: bool = Field(default=True, description="After a top score, offer 3 letters for today's scoreboard.")
    scoreboard_size: int = Field(default=5, ge=1, le=10, description="How many of today's top scores to show.")
    all_levels_open: bool = Field(default=True, description="Every level can be played at once, none locked.")
    fullscreen: bool = Field(default=True, description="Fill the screen (false: a window, to try the kiosk out).")
    hide_cursor: bool = Field(default=False, description="Hide the mouse pointer (for touch screens).")
    sound: bool = Field(default=True, description="Play the short answer sounds.")
    hang_seconds: float = Field(
        default=30, ge=3, le=600, description="Seconds without a sign of life before the game is restarted."
    )
    startup_seconds: float = Field(
        default=120,
        ge=10,
        le=1800,
        description="Seconds the game may take to start (load its levels, open its window) before it counts as hung.",
    )

    lrs: Path | None = Field(
        default=None,
        description="LRS settings made by `byline lrs set --file FILE`, relative to this file: results go to the "
        "school's Learning Record Store (docs/school-server.md).",
    )

    @field_validator("levels", mode="before")
    @classmethod
    def _one_path_is_a_list(cls, value: object) -> object:
        """`levels: myclass/` means the same as a list of one folder."""
        return [value] if isinstance(value, str) else value

    @property
    def level_paths(self) -> list[Path]:
        return self.levels or [BUNDLED_LEVELS]


def load_config(path: Path) -> KioskConfig:
    """Read and check a config file; relative level paths start at the file's folder.

    Raises ContentError listing every problem, each at its line.
    """
    source = read_yaml(path)
    if not isinstance(source.data, dict):
        raise ContentError([source.problem((), "a kiosk config must be a set of `key: value` lines")])
    secrets = [key for key in source.data if _SECRET_KEY.search(key)]
    problems = [source.problem((key,), PIN_NOT_HERE, key=True) for key in secrets]
    try:
        config = KioskConfig.model_validate({k: v for k, v in source.data.items() if k not in secrets})
    except ValidationError as exc:
        problems.extend(explain(source, exc, KioskConfig))
    if problems:
        raise ContentError(problems)
    return config.model_copy(
        update={
            "levels": [path.parent / level for level in config.levels],
            "lrs": path.parent / config.lrs if config.lrs is not None else None,
        }
    )
