"""The outbox: statements waiting for the LRS, kept in the results database beside the results they describe.

A statement is queued in the same transaction as its local result, so the two
exist together or not at all. It leaves the `pending` state only when the LRS has
stored it (`sent`) or refused it as invalid (`rejected`, with the reason, kept for
a teacher to look at); a network failure leaves it pending, however long.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from game.lrs.statements import Statement

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'rejected')),
    reason TEXT
);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, seq);
CREATE TABLE IF NOT EXISTS outbox_status (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass(frozen=True)
class Waiting:
    id: str
    body: str


def queue(conn: sqlite3.Connection, statements: Iterable[Statement]) -> None:
    """Add statements inside the caller's transaction."""
    conn.executemany(
        "INSERT INTO outbox (id, body) VALUES (?, ?)",
        [(s["id"], json.dumps(s, ensure_ascii=False, separators=(",", ":"))) for s in statements],
    )


def pending(conn: sqlite3.Connection, limit: int) -> list[Waiting]:
    """The oldest statements not yet delivered."""
    rows = conn.execute("SELECT id, body FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?", (limit,))
    return [Waiting(*row) for row in rows]


def mark_sent(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    conn.executemany("UPDATE outbox SET state = 'sent' WHERE id = ?", [(i,) for i in ids])


def mark_rejected(conn: sqlite3.Connection, statement_id: str, reason: str) -> None:
    conn.execute("UPDATE outbox SET state = 'rejected', reason = ? WHERE id = ?", (reason[:2000], statement_id))


def set_status(conn: sqlite3.Connection, key: str, value: str | None) -> None:
    conn.execute("INSERT OR REPLACE INTO outbox_status VALUES (?, ?)", (key, value))


def status(conn: sqlite3.Connection) -> dict[str, object]:
    """Counts by state, the last error (or None) and when the last delivery happened."""
    counts = dict.fromkeys(("pending", "sent", "rejected"), 0)
    counts.update(dict(conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall()))
    notes = dict(conn.execute("SELECT key, value FROM outbox_status").fetchall())
    rejected = conn.execute("SELECT id, reason FROM outbox WHERE state = 'rejected' ORDER BY seq LIMIT 5").fetchall()
    return {
        **counts,
        "last_error": notes.get("last_error"),
        "last_sent_at": notes.get("last_sent_at"),
        "rejected_examples": [{"id": i, "reason": r} for i, r in rejected],
    }
