"""Delivery to a real Ralph LRS: up, down then up, wrong password, errors, slowness, an invalid statement."""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from game.growth import build_growth
from game.lrs import outbox
from game.lrs.answers import fetch_answered, to_answers
from game.lrs.online import keep_sending
from game.lrs.sender import BACKOFF_FIRST, Sender
from game.lrs.settings import save
from game.lrs.statements import COMPLETED
from game.results import ResultsStore
from tests.lrs.conftest import settings_for
from tests.lrs.ralph import Ralph, free_port
from tests.teacher.test_results import played

WHEN = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def recorded(tmp_path: Path, endpoint: str, players: tuple[str, ...] = ("ana",), **kw: str) -> ResultsStore:
    store = ResultsStore(tmp_path / "results.sqlite3", statements=settings_for(endpoint, **kw).maker())
    for player in players:
        store.record(player, played(0, "correct"), "Who said it?", WHEN)
    return store


def counts(store: ResultsStore) -> dict[str, object]:
    with store.connect() as conn:
        return outbox.status(conn)


def stored_ids(ralph: Ralph) -> list[str]:
    return [s["id"] for s in ralph.statements()]


def sync(store: ResultsStore, endpoint: str, **kw: object):
    sender = Sender(
        store,
        settings_for(endpoint, **{k: v for k, v in kw.items() if k == "password"}),
        **{k: v for k, v in kw.items() if k != "password"},
    )
    try:
        return sender.sync()
    finally:
        sender.close()


def test_every_statement_reaches_the_lrs_once_even_when_sent_again(tmp_path: Path, ralph: Ralph) -> None:
    store = recorded(tmp_path, ralph.endpoint, ("ana", "bo"))
    queued = counts(store)["pending"]
    before = len(stored_ids(ralph))
    done = sync(store, ralph.endpoint, batch=7)  # several batches
    assert (done.sent, done.rejected, done.error) == (queued, 0, None)
    assert counts(store)["pending"] == 0
    with store.connect() as conn, conn:  # as if the LRS's reply had been lost: everything goes again
        conn.execute("UPDATE outbox SET state = 'pending'")
    assert sync(store, ralph.endpoint).sent == queued
    ids = stored_ids(ralph)
    assert len(ids) == before + queued and len(set(ids)) == len(ids)


def test_an_lrs_that_is_down_loses_nothing_and_gets_everything_when_it_is_back(tmp_path: Path) -> None:
    server = Ralph(tmp_path / "ralph")
    server.make_credentials()
    store = recorded(tmp_path, server.endpoint)
    queued = counts(store)["pending"]
    down = sync(store, server.endpoint)
    assert down.sent == 0 and "cannot reach the LRS" in (down.error or "")
    assert counts(store)["pending"] == queued and "cannot reach" in str(counts(store)["last_error"])
    store.record("bo", played(0, "wrong"), "Who said it?", WHEN)  # play goes on while the LRS is down
    server.start()
    try:
        up = sync(store, server.endpoint)
        assert up.sent == 2 * queued and up.error is None
        assert counts(store)["last_error"] is None
        assert len(stored_ids(server)) == 2 * queued
    finally:
        server.stop()


def test_a_wrong_password_keeps_everything_and_says_so(tmp_path: Path, ralph: Ralph) -> None:
    store = recorded(tmp_path, ralph.endpoint)
    done = sync(store, ralph.endpoint, password="not it")
    assert done.sent == 0 and "401" in (done.error or "") and "password" in (done.error or "")
    assert counts(store)["pending"] > 0 and counts(store)["rejected"] == 0


def test_an_invalid_statement_is_kept_aside_and_the_rest_delivered(tmp_path: Path, ralph: Ralph) -> None:
    store = recorded(tmp_path, ralph.endpoint)
    good = counts(store)["pending"]
    bad = {"id": "0f0e2f7a-6d55-4c57-9a31-3e1f1b2a9c11", "actor": {"name": "no identifier"}, "verb": {"id": "x"}}
    with store.connect() as conn, conn:
        outbox.queue(conn, [bad])
    done = sync(store, ralph.endpoint)
    assert (done.sent, done.rejected) == (good, 1)
    status = counts(store)
    assert status["pending"] == 0 and status["rejected"] == 1
    assert status["rejected_examples"][0]["id"] == bad["id"] and status["rejected_examples"][0]["reason"].startswith(
        "4"
    )
    assert bad["id"] not in stored_ids(ralph)


def test_a_check_form_reaches_the_lrs_with_its_phase_and_comes_back_with_it(tmp_path: Path, ralph: Ralph) -> None:
    settings = settings_for(ralph.endpoint)
    store = ResultsStore(tmp_path / "results.sqlite3", statements=settings.maker())
    for phase in (None, "before", "after", "refresher"):
        store.record("phase-ana", played(1, "correct"), "Fact or opinion?", WHEN, phase=phase)
    assert sync(store, ralph.endpoint).rejected == 0 and counts(store)["pending"] == 0
    mine = settings.maker().pseudonym("phase-ana")
    back = [a for a in to_answers(fetch_answered(settings), settings.maker()) if a.player == mine]
    assert sorted({a.phase for a in back}, key=str) == sorted([None, "before", "after", "refresher"], key=str)
    assert len(back) == 4 * len(played(1, "correct").results)
    growth = build_growth(back)  # what `byline report --lrs` shows: the growth, across computers
    assert (growth.students, growth.overall.before, growth.overall.after) == (1, 1.0, 1.0)
    completed = [
        s["context"]["extensions"].get(settings.maker().extension("phase"))
        for s in ralph.statements()
        if s["actor"]["account"]["name"] == mine and s["verb"]["id"] == COMPLETED
    ]
    assert sorted(completed, key=str) == sorted([None, "before", "after", "refresher"], key=str)


class _Misbehaving(http.server.BaseHTTPRequestHandler):
    """An LRS that fails: `mode` 500 answers a server error, `slow` answers too late."""

    mode = "500"

    def do_POST(self) -> None:
        if self.mode == "slow":
            time.sleep(2)
        self.send_response(500)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def misbehaving() -> Iterator[type[_Misbehaving]]:
    handler = type("Handler", (_Misbehaving,), {})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    handler.endpoint = f"http://127.0.0.1:{server.server_port}/xAPI"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield handler
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("mode", "said"), [("500", "500"), ("slow", "did not answer in time")])
def test_a_broken_or_slow_lrs_keeps_everything_pending(tmp_path: Path, misbehaving, mode: str, said: str) -> None:
    misbehaving.mode = mode
    store = recorded(tmp_path, misbehaving.endpoint)
    queued = counts(store)["pending"]
    done = sync(store, misbehaving.endpoint, timeout=httpx.Timeout(0.5))
    assert done.sent == 0 and said in (done.error or "")
    assert counts(store)["pending"] == queued


def test_the_background_sender_waits_longer_after_each_failure_and_normally_after_success(
    tmp_path: Path, ralph: Ralph
) -> None:
    dead = f"http://127.0.0.1:{free_port()}/xAPI"
    save(settings_for(dead))
    store = recorded(tmp_path, dead)
    waits: list[float] = []
    stop = threading.Event()

    def wait(seconds: float) -> bool:
        waits.append(seconds)
        if len(waits) == 4:  # the LRS comes back
            save(settings_for(ralph.endpoint))
            return True
        return False

    keep_sending(store, stop, wait=wait).join(timeout=60)
    assert waits == [BACKOFF_FIRST, 2 * BACKOFF_FIRST, 4 * BACKOFF_FIRST, 8 * BACKOFF_FIRST]
    assert counts(store)["pending"] > 0
    waits.clear()
    keep_sending(store, stop := threading.Event(), wait=lambda s: waits.append(s) or True).join(timeout=60)
    assert counts(store)["pending"] == 0 and waits == [15.0]


def test_nothing_is_sent_or_started_without_settings(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")
    assert keep_sending(store) is None
    assert json.loads(json.dumps(counts(store)))["pending"] == 0
