"""Statements and the outbox, without a network: pseudonymous, fixed ids, queued with the result or not at all."""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from game.lrs import outbox
from game.lrs.statements import ANSWERED, COMPLETED, StatementMaker
from game.results import ResultsStore
from tests.teacher.test_results import played

WHEN = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
MAKER = StatementMaker("https://school.example/byline", "s3cret")


def test_a_level_becomes_one_answered_statement_per_question_and_one_completed() -> None:
    summary = played(1, "correct")
    statements = MAKER.for_level("Ana Lopez", summary, "Fact or opinion?", WHEN)
    verbs = [s["verb"]["id"] for s in statements]
    assert verbs == [ANSWERED] * len(summary.results) + [COMPLETED]
    assert len({uuid.UUID(s["id"]) for s in statements}) == len(statements)
    assert len({s["context"]["registration"] for s in statements}) == 1
    first, result = statements[0], summary.results[0]
    assert (
        first["object"]["id"]
        == f"https://school.example/byline/levels/{summary.level_id}/questions/{result.question.id}"
    )
    assert first["result"]["success"] is True and first["result"]["score"]["scaled"] == 1.0
    assert first["result"]["response"] == "; ".join(result.chosen)
    assert (
        first["context"]["extensions"]["https://school.example/byline/extensions/question-type"] == result.question.type
    )
    assert statements[-1]["result"]["score"] == {
        "raw": summary.score,
        "min": 0,
        "max": summary.max_score,
        "scaled": round(summary.score / summary.max_score, 4),
    }


def test_no_name_leaves_the_computer_and_the_same_player_has_the_same_id_everywhere() -> None:
    summary = played(0, "wrong")
    body = json.dumps(MAKER.for_level("Ana Lopez", summary, "Who said it?", WHEN))
    assert "Ana" not in body and "Lopez" not in body
    same_school = StatementMaker("https://school.example/byline", "s3cret")
    other_school = StatementMaker("https://school.example/byline", "another salt")
    assert MAKER.pseudonym("Ana Lopez") == same_school.pseudonym("Ana Lopez") != MAKER.pseudonym("Ana Lopes")
    assert other_school.pseudonym("Ana Lopez") != MAKER.pseudonym("Ana Lopez")


def test_statements_are_queued_in_the_same_transaction_as_the_result(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3", statements=MAKER)
    summary = played(0, "correct")
    store.record("ana", summary, "Who said it?", WHEN)
    with store.connect() as conn:
        assert outbox.status(conn)["pending"] == len(summary.results) + 1

    class Broken(StatementMaker):
        def for_level(self, *args: object) -> list:
            raise RuntimeError("power cut")

    broken = ResultsStore(tmp_path / "results.sqlite3", statements=Broken("https://x", "y"))
    with pytest.raises(RuntimeError):
        broken.record("bo", summary, "Who said it?", WHEN)
    assert {a.player for a in store.answers()} == {"ana"}  # bo's level is not half there without its statements
    with store.connect() as conn:
        assert outbox.status(conn)["pending"] == len(summary.results) + 1


def test_without_an_lrs_nothing_is_queued(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")
    store.record("ana", played(0, "correct"), "Who said it?", WHEN)
    with store.connect() as conn:
        assert outbox.status(conn)["pending"] == 0


def test_a_version_1_results_file_gains_the_outbox_and_keeps_its_results(tmp_path: Path) -> None:
    path = tmp_path / "results.sqlite3"
    ResultsStore(path).record("ana", played(0, "correct"), "Who said it?", WHEN)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE outbox")
        conn.execute("PRAGMA user_version=1")
    store = ResultsStore(path, statements=MAKER)
    store.record("bo", played(0, "correct"), "Who said it?", WHEN)
    assert {a.player for a in store.answers()} == {"ana", "bo"}
    with store.connect() as conn:
        assert outbox.status(conn)["pending"] > 0
