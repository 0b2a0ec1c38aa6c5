"""Class results: every finished level, kept in a local SQLite file for the teacher's report.

One row per finished level (`plays`) and one per answer (`answers`), written in a
single transaction: a crash or a power cut leaves the whole level or none of it,
never half. A play's `phase` says what it was: NULL for a level, `before` / `after`
for the news-sense check taken before the first level and after the last, and
`refresher` for a spaced refresher; the report keeps them apart. WAL journaling
lets `byline report` read while a game writes. The
file stays on this computer (under the user data folder). Only when a school has
set up its Learning Record Store (`byline lrs set`) are xAPI statements queued in
the same transaction, in the `outbox` table, for `game.lrs.sender` to deliver.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from game.content.session import Summary
from game.lrs import outbox
from game.lrs.statements import StatementMaker
from game.storage import unusable_folder

RESULTS_FILE = "results.sqlite3"
SCHEMA_VERSION = 3
PHASES = ("before", "after", "refresher")
"""What a play other than a level was (`plays.phase`; NULL for a level)."""
_PHASE_COLUMN = f"phase TEXT CHECK (phase IS NULL OR phase IN ({', '.join(repr(p) for p in PHASES)}))"

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS plays (
    id INTEGER PRIMARY KEY,
    player TEXT NOT NULL,
    level_id TEXT NOT NULL,
    level_title TEXT NOT NULL,
    played_at TEXT NOT NULL,
    score INTEGER NOT NULL,
    max_score INTEGER NOT NULL,
    {_PHASE_COLUMN}
);
CREATE TABLE IF NOT EXISTS answers (
    play_id INTEGER NOT NULL REFERENCES plays(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question_id TEXT NOT NULL,
    question_type TEXT NOT NULL,
    passage TEXT NOT NULL,
    chosen TEXT NOT NULL,
    right_answer TEXT NOT NULL,
    correct INTEGER NOT NULL,
    seconds REAL NOT NULL,
    PRIMARY KEY (play_id, position)
);
"""


_UNWRITABLE = {3, 8, 10, 13, 14}
"""SQLite's PERM, READONLY, IOERR, FULL and CANTOPEN: the folder or disk, not a passing lock."""
_DAMAGED = {11, 26}
"""SQLite's CORRUPT and NOTADB: a file cut short or overwritten, never to be written again as it is."""


DAMAGED_MARK = ".damaged-"
"""A damaged results file is kept as `results.damaged-YYYYmmdd-HHMMSS.sqlite3` beside the fresh one."""


def set_aside_notice(files: list[Path], report: str = "this report") -> str:
    """What a teacher reading the results must know about damaged files set aside (empty when there are none)."""
    if not files:
        return ""
    names = ", ".join(p.name for p in files)
    many = len(files) > 1
    return (
        f"Note: the class results file was found damaged and set aside {len(files)} times; "
        if many
        else "Note: the class results file was found damaged and set aside; "
    ) + (
        f"the results recorded before then are not in {report}. "
        f"{'They are' if many else 'It is'} kept as {names} in {files[0].parent}: "
        f"a technician may be able to recover {'them' if many else 'it'} (sqlite3 .recover)."
    )


DAMAGED_NOW = (
    "The file is damaged (cut short, or overwritten by another file). The next level a student finishes sets it "
    "aside, kept for a technician, and starts a fresh one; `byline report` then says where the damaged one is."
)


class ResultsError(Exception):
    """The results file could not be read or written; the message is for a teacher.

    `unwritable` is True when the disk or folder is at fault (full, read-only), False for a passing lock.
    """

    def __init__(self, message: str, *, unwritable: bool = False, damaged: bool = False) -> None:
        super().__init__(message)
        self.unwritable = unwritable
        self.damaged = damaged
        """The file is not a sound database (cut short, overwritten): no retry will ever write it."""


@dataclass(frozen=True)
class Answer:
    """One recorded answer, with the level play it belongs to."""

    play_id: int
    player: str
    level_id: str
    level_title: str
    played_at: str
    question_id: str
    question_type: str
    passage: str
    chosen: tuple[str, ...]
    right: tuple[str, ...]
    correct: bool
    seconds: float
    phase: str | None = None
    """None for a level; `before`, `after` or `refresher` (see PHASES)."""

    @property
    def judged(self) -> tuple[str, str] | None:
        """For a fact-or-opinion answer, (right answer, answer given) as `scoring.discernment` takes it."""
        if self.question_type == "fact_or_opinion" and self.right and self.chosen:
            return self.right[0], self.chosen[0]
        return None


def check_phase(phase: str | None) -> None:
    """A phase the database takes, or a ValueError naming the ones it does (a caller's mistake, found early)."""
    if phase is not None and phase not in PHASES:
        raise ValueError(f"unknown phase {phase!r}: one of {', '.join(PHASES)}, or None for a level")


def _upgrade(conn: sqlite3.Connection) -> None:
    """Bring an older file (or a new empty one) to SCHEMA_VERSION in one transaction, keeping every row.

    Version 1 had no outbox, version 2 no `plays.phase` (its plays are all levels: NULL).
    The write lock is taken first and the version read again under it, so two programs
    opening the same old file cannot both add the column.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            for statement in (_SCHEMA + outbox.SCHEMA).split(";"):  # one by one: executescript would commit
                if statement.strip():
                    conn.execute(statement)
            if "phase" not in {row[1] for row in conn.execute("PRAGMA table_info(plays)")}:
                conn.execute(f"ALTER TABLE plays ADD COLUMN {_PHASE_COLUMN}")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


class ResultsStore:
    """The results file: `record` a finished level, read every `answers()` back for the report."""

    def __init__(self, path: Path, timeout: float = 10.0, statements: StatementMaker | None = None) -> None:
        self.path = path
        self.statements = statements
        """Set when the school has an LRS: each recorded level also queues its xAPI statements."""
        self.timeout = timeout
        """Seconds to wait for a database another program has locked (the game's writer waits briefly)."""

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """An open connection with the schema in place; sqlite and disk errors become ResultsError."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not self.path.is_file():
                raise ResultsError(f"Could not use the class results file {self.path}: not a regular file")
            with contextlib.closing(sqlite3.connect(self.path, timeout=self.timeout)) as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                conn.execute("PRAGMA foreign_keys=ON")
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise ResultsError(f"{self.path.name} was written by a newer Byline: update Byline to read it")
                if version < SCHEMA_VERSION:
                    _upgrade(conn)
                yield conn
        except (sqlite3.Error, OSError) as exc:
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            unwritable = code in _UNWRITABLE or (isinstance(exc, OSError) and unusable_folder(exc))
            raise ResultsError(
                f"Could not use the class results file {self.path}: {exc}",
                unwritable=unwritable,
                damaged=code in _DAMAGED,
            ) from None

    def _set_aside(self) -> Path:
        """Move a damaged file (and its journal) out of the way, kept for a teacher; where it went."""
        aside = self.path.with_name(f"{self.path.stem}{DAMAGED_MARK}{time.strftime('%Y%m%d-%H%M%S')}{self.path.suffix}")
        for suffix in ("-wal", "-shm"):
            journal = self.path.with_name(self.path.name + suffix)
            with contextlib.suppress(FileNotFoundError):
                os.replace(journal, aside.with_name(aside.name + suffix))
        os.replace(self.path, aside)
        return aside

    def set_aside(self) -> list[Path]:
        """The damaged results files kept beside this one (oldest first): what a report must say it leaves out."""
        pattern = f"{self.path.stem}{DAMAGED_MARK}*{self.path.suffix}"
        with contextlib.suppress(OSError):
            return sorted(p for p in self.path.parent.glob(pattern) if p.is_file())
        return []

    def record(
        self, player: str, summary: Summary, title: str, when: datetime | None = None, phase: str | None = None
    ) -> int:
        """Add one finished level (or check form, or refresher: `phase`) and all its answers in one transaction.

        Returns the play's id.
        """
        check_phase(phase)
        when = when or datetime.now(UTC)
        try:
            return self._record(player, summary, title, when, phase)
        except ResultsError as exc:
            if not exc.damaged:
                raise
            why = str(exc)
        try:
            aside = self._set_aside()
        except OSError as moved:
            raise ResultsError(f"{why} (and it could not be moved aside: {moved.strerror})") from None
        print(  # the kiosk's supervisor logs what the game prints; `byline play` shows it in its terminal
            f"byline: {self.path.name} was damaged ({why}); it was kept as {aside.name} and a fresh one started",
            file=sys.stderr,
        )
        return self._record(player, summary, title, when, phase)

    def _record(self, player: str, summary: Summary, title: str, when: datetime, phase: str | None) -> int:
        played_at = when.isoformat(timespec="seconds")
        with self.connect() as conn, conn:
            play = conn.execute(
                "INSERT INTO plays (player, level_id, level_title, played_at, score, max_score, phase) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (player, summary.level_id, title, played_at, summary.score, summary.max_score, phase),
            ).lastrowid
            conn.executemany(
                "INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        play,
                        position,
                        r.question.id,
                        r.question.type,
                        r.question.passage,
                        json.dumps(list(r.chosen), ensure_ascii=False),
                        json.dumps(list(r.right), ensure_ascii=False),
                        int(r.correct),
                        float(r.seconds),
                    )
                    for position, r in enumerate(summary.results)
                ],
            )
            if self.statements is not None:
                outbox.queue(conn, self.statements.for_level(player, summary, title, when, phase))
        assert play is not None
        return play

    def first_checks(self) -> dict[str, str]:
        """Each player's first before-check: the level id of the form they took first."""
        if not self.path.exists():
            return {}
        with self.connect() as conn:
            rows = conn.execute("SELECT player, level_id FROM plays WHERE phase = 'before' ORDER BY id").fetchall()
        first: dict[str, str] = {}
        for player, level_id in rows:
            first.setdefault(player, level_id)
        return first

    def answers(self) -> list[Answer]:
        """Every recorded answer, in the order the levels were finished and the questions asked."""
        if not self.path.exists():
            return []
        with self.connect() as conn:
            rows = conn.execute(
                "SELECT p.id, p.player, p.level_id, p.level_title, p.played_at, a.question_id, a.question_type, "
                "a.passage, a.chosen, a.right_answer, a.correct, a.seconds, p.phase "
                "FROM answers a JOIN plays p ON p.id = a.play_id ORDER BY p.id, a.position"
            ).fetchall()
        return [
            Answer(*row[:8], tuple(json.loads(row[8])), tuple(json.loads(row[9])), bool(row[10]), row[11], row[12])
            for row in rows
        ]
