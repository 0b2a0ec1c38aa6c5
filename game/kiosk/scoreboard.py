"""Today's top scores on the kiosk: three letters, a score and a level, nothing that names a student.

Only the best `size` scores of the current day are kept; yesterday's are
dropped on the next save, so the board starts empty every morning.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import msgspec

from game.kiosk.wordfilter import allowed
from game.storage import load_model, save_model

SCOREBOARD_FILE = Path("kiosk") / "scoreboard.json"
"""Where the board lives, under the data folder."""


class Entry(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    initials: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{3}$")]
    score: Annotated[int, msgspec.Meta(ge=0)]
    level: str
    day: date


class Board(msgspec.Struct, forbid_unknown_fields=True):
    entries: list[Entry] = msgspec.field(default_factory=list)


class Scoreboard:
    """The board in `path`, loaded once; every change is saved at once (atomically).

    A save that fails (full disk, read-only folder) keeps the board in memory for the day,
    with a notice for the teacher screen; `problem` holds the error for the kiosk to see.
    """

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.size = size
        self.board, self.notice = load_model(path, Board)
        self.problem: OSError | None = None

    def today(self, day: date) -> list[Entry]:
        """The day's best scores, best first; an earlier entry wins a tie."""
        return self._best([e for e in self.board.entries if e.day == day])

    def _best(self, entries: list[Entry]) -> list[Entry]:
        return sorted(entries, key=lambda e: -e.score)[: self.size]

    def qualifies(self, score: int, day: date) -> bool:
        """Would `score` appear on the day's board?"""
        best = self.today(day)
        return score > 0 and (len(best) < self.size or score > best[-1].score)

    def add(self, initials: str, score: int, level: str, day: date) -> None:
        """Record a score; initials the word filter refuses raise ValueError."""
        if not allowed(initials):
            raise ValueError(f"initials not allowed: {initials!r}")
        entry = Entry(initials=initials.upper(), score=score, level=level, day=day)
        self.board = Board(entries=self._best([*self.today(day), entry]))
        self._save()

    def reset(self) -> None:
        self.board = Board()
        self._save()

    def _save(self) -> None:
        try:
            save_model(self.path, self.board)
        except OSError as exc:
            self.problem = exc
            self.notice = f"Could not save today's scoreboard ({exc.strerror or exc}); kept until the kiosk stops."
