"""Class results: every finished level is recorded whole (or not at all), and the game never crashes over it."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from game.content.session import Session, State, Summary
from game.results import ResultsError, ResultsStore
from game.results_writer import ResultsWriter
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.scenes.summary import SummaryScene
from tests.ui.harness import bundled_pack, make_app, play_until, press, settle


def played(level: int, policy: str) -> Summary:
    """One level played through the rules alone: every answer right, or every answer wrong."""
    session = Session(bundled_pack().levels[level], seed=1)
    while session.state is not State.FINISHED:
        presented = session.current
        right = list(presented.key)  # in chain order for a source chain
        wrong = [i for i in range(len(presented.choices)) if i not in right]
        picks = right if policy == "correct" else [*wrong[:1], *right[: max(0, presented.picks - 1)]]
        session.answer(picks, seconds=2.5)
        session.next()
    return session.summary()


def test_a_level_is_recorded_with_every_answer(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")
    summary = played(0, "correct")
    when = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)
    store.record("ana", summary, "Who said it?", when)
    answers = store.answers()
    assert [a.question_id for a in answers] == [q.id for q in bundled_pack().levels[0].level.questions]
    first = answers[0]
    assert (first.player, first.level_id, first.level_title, first.played_at) == (
        "ana",
        summary.level_id,
        "Who said it?",
        "2026-03-02T10:30:00+00:00",
    )
    assert all(a.correct and a.seconds == 2.5 and a.chosen == a.right for a in answers)
    assert first.passage == bundled_pack().levels[0].level.questions[0].passage


def test_a_crash_while_writing_leaves_no_half_level(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")
    store.record("ana", played(0, "correct"), "Who said it?")
    good = played(0, "wrong")

    class Exploding:
        @property
        def question(self) -> object:
            raise RuntimeError("power cut")

    half = replace(good, results=[*good.results[:3], Exploding()])  # type: ignore[list-item]
    with pytest.raises(RuntimeError, match="power cut"):
        store.record("ben", half, "Who said it?")
    assert {a.player for a in store.answers()} == {"ana"}
    with sqlite3.connect(tmp_path / "results.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM plays").fetchone() == (1,)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_problems_with_the_file_are_explained(tmp_path: Path) -> None:
    folder = tmp_path / "results.sqlite3"
    folder.mkdir()  # a folder where the file should be
    with pytest.raises(ResultsError, match="Could not use the class results file"):
        ResultsStore(folder).record("ana", played(0, "correct"), "x")
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version=99")
    with pytest.raises(ResultsError, match="written by a newer Byline"):
        ResultsStore(newer).answers()
    assert ResultsStore(tmp_path / "none-yet.sqlite3").answers() == []


def finish_level(app: App, policy: str) -> SummaryScene:
    bot = Autoplayer(policy, level_count=1)
    play_until(app, lambda top: isinstance(top, SummaryScene), lambda top: bot.actions(top))
    summary = app.stack.top
    assert isinstance(summary, SummaryScene)
    return summary


def test_finishing_a_level_in_the_game_records_it(tmp_path: Path, screen: object) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")
    writer = ResultsWriter(store)
    app = make_app(tmp_path, results=writer)
    settle(app)
    finish_level(app, "wrong")
    assert writer.close() == 0
    answers = store.answers()
    assert {a.player for a in answers} == {"tester"}  # the profile name
    assert len(answers) == len(bundled_pack().levels[0].level.questions)
    assert not any(a.correct for a in answers)
    assert all(a.seconds > 0 for a in answers)  # the fake clock ran while each question was shown


def test_a_results_file_that_cannot_be_written_waits_and_is_written_later(tmp_path: Path, screen: object) -> None:
    (tmp_path / "blocked").mkdir()
    store = ResultsStore(tmp_path / "blocked")
    writer = ResultsWriter(store, start=False)  # the test plays the worker thread: flush is its one step
    app = make_app(tmp_path, results=writer)
    settle(app)
    finish_level(app, "correct")
    assert not writer.flush() and writer.pending == 1 and writer.problem is not None
    press(app, Action(Act.CHOOSE, index=0))  # play again (or next level): the next summary says results wait
    summary = finish_level(app, "wrong")
    assert any("Could not use the class results file" in n and "2 result(s) waiting" in n for n in summary.ctx.notices)
    (tmp_path / "blocked").rmdir()  # the teacher frees the place: both levels are written, in order
    assert writer.flush() and writer.pending == 0 and writer.problem is None
    assert [a.correct for a in store.answers()][:1] == [True] and len({a.play_id for a in store.answers()}) == 2


def test_a_locked_database_never_holds_up_the_frame_that_ends_a_level(tmp_path: Path, screen: object) -> None:
    path = tmp_path / "results.sqlite3"
    store = ResultsStore(path)
    store.record("earlier", played(0, "correct"), "Who said it?")
    writer = ResultsWriter(store, start=False)
    app = make_app(tmp_path, results=writer)
    settle(app)
    with contextlib.closing(sqlite3.connect(path)) as other:  # another program holds the database
        other.execute("BEGIN EXCLUSIVE")
        finish_level(app, "correct")  # the summary is up: its frame did not touch the database
        assert writer.pending == 1
        assert not writer.flush() and writer.problem is not None and not writer.problem.unwritable
        other.rollback()
    assert writer.flush() and {a.player for a in store.answers()} == {"earlier", "tester"}


def test_demo_and_tests_record_nothing(screen: object) -> None:
    app = make_app()
    assert app.stack.top.ctx.results is None  # type: ignore[union-attr]


VERSION_2 = Path(__file__).parent.parent / "data" / "results" / "version-2.sqlite3"
"""Written by Byline's version-2 code (before `plays.phase`): ana's and ben's levels, with their LRS outbox."""


def dump(path: Path, table: str, columns: str = "*") -> list[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT {columns} FROM {table} ORDER BY rowid").fetchall()


def test_a_version_2_file_gains_the_phase_in_place_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "results.sqlite3"
    shutil.copyfile(VERSION_2, path)
    plays, answers, outbox = dump(path, "plays"), dump(path, "answers"), dump(path, "outbox")
    assert dump(path, "pragma_user_version") == [(2,)] and len(answers) > 20 and outbox
    store = ResultsStore(path)
    before = store.answers()
    assert [(a.player, a.level_title, a.phase) for a in before[:: len(before) - 1]] == [
        ("ana", "Who said it?", None),
        ("ben", "Fact or opinion?", None),
    ]
    assert dump(path, "pragma_user_version") == [(3,)]
    assert dump(path, "plays", "id, player, level_id, level_title, played_at, score, max_score") == plays
    assert dump(path, "plays", "phase") == [(None,)] * len(plays)
    assert dump(path, "answers") == answers and dump(path, "outbox") == outbox
    store.record("ana", played(0, "correct"), "Check A", phase="before")
    assert [a.phase for a in store.answers()][len(before) :] == ["before"] * len(played(0, "correct").results)
    assert ResultsStore(path).answers()[: len(before)] == before  # opening it again changes nothing more


def test_every_phase_is_kept_and_an_unknown_one_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")
    for phase in (None, "before", "after", "refresher"):
        store.record("ana", played(0, "correct"), "x", phase=phase)
    assert [a.phase for a in store.answers()][:: len(played(0, "correct").results)] == [
        None,
        "before",
        "after",
        "refresher",
    ]
    writer = ResultsWriter(store, start=False)
    with pytest.raises(ValueError, match="unknown phase 'pre'"):
        writer.submit("ana", played(0, "correct"), "x", phase="pre")
    assert writer.pending == 0
    with pytest.raises(ValueError, match="unknown phase"):
        store.record("ana", played(0, "correct"), "x", phase="Before")
    assert len(dump(tmp_path / "results.sqlite3", "plays")) == 4
    writer.submit("ben", played(0, "wrong"), "x", phase="after")
    assert writer.flush() and store.answers()[-1].phase == "after" and store.answers()[-1].player == "ben"


@pytest.mark.parametrize("damage", ["truncated", "not a database"])
def test_a_damaged_results_file_is_kept_aside_and_a_fresh_one_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    """A results file cut short (a disk pulled mid-copy) or replaced by another file must not lose every result
    of the day after it: the game (a kiosk, all day) records into a fresh file and keeps the old one for a teacher."""
    path = tmp_path / "results.sqlite3"
    store = ResultsStore(path)
    for player in ("ana", "ben", "cy"):
        store.record(player, played(0, "correct"), "Who said it?")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    whole = path.read_bytes()
    damaged = whole[: len(whole) // 2] if damage == "truncated" else b"level,score\nana,3\n" * 400
    path.write_bytes(damaged)
    with contextlib.suppress(ResultsError):  # what a report of the damaged file says is another matter
        store.answers()
    writer = ResultsWriter(ResultsStore(path), start=False)
    writer.submit("dee", played(0, "correct"), "Who said it?")
    assert writer.flush() and writer.pending == 0
    assert {a.player for a in ResultsStore(path).answers()} == {"dee"}
    [aside] = tmp_path.glob("results.damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    said = capsys.readouterr().err
    assert "results.sqlite3 was damaged" in said and aside.name in said
