"""A class results file found damaged is set aside and a fresh one started (tests/teacher/test_results.py); the
fifth playtest found that only the kiosk's log said so. A teacher reads the results in `byline report` and on the
teacher screen: both now say a damaged file was set aside, that its results are missing, and where it is."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from game.cli import main
from game.results import ResultsStore
from game.results_writer import ResultsWriter
from game.ui.actions import Act, Action
from game.ui.autoplay import Autoplayer
from game.ui.scenes.kiosk_prompts import InitialsScene
from game.ui.scenes.kiosk_teacher import TeacherScene
from game.ui.scenes.summary import SummaryScene
from tests.teacher.test_results import played

from .harness import PIN, make_kiosk, open_pad, press, settle, tap, typed


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """The kiosk needs the headless display."""


def damaged_results(folder: Path) -> Path:
    """A results file with three students' levels in it, then cut in half (a disk pulled out mid-copy)."""
    path = folder / "results.sqlite3"
    store = ResultsStore(path)
    for player in ("ana", "ben", "cy"):
        store.record(player, played(0, "correct"), "Who said it?")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


def test_the_teacher_screen_says_a_damaged_results_file_was_set_aside_and_where(tmp_path: Path) -> None:
    path = damaged_results(tmp_path)
    writer = ResultsWriter(ResultsStore(path))
    kiosk = make_kiosk(tmp_path, demo=False, results=writer)
    settle(kiosk)
    press(kiosk, *tap((640, 600)))  # a student starts a visit and plays a level to its end
    bot = Autoplayer("correct", level_count=1)
    top = kiosk.app.stack.top
    for _ in range(400):
        if isinstance(top, SummaryScene):
            break
        if isinstance(top, InitialsScene):
            top = press(kiosk, typed("a"), typed("d"), typed("a"), Action(Act.CONFIRM))
        else:
            top = press(kiosk, *bot.actions(top))
    assert isinstance(top, SummaryScene)
    writer.close()  # the visit's level is written (into a fresh file)
    [aside] = tmp_path.glob("results.damaged-*.sqlite3")
    assert len({a.player for a in ResultsStore(path).answers()}) == 1  # the visit alone: ana, ben and cy are aside

    press(kiosk, Action(Act.BACK))
    open_pad(kiosk)
    screen = press(kiosk, typed(PIN), Action(Act.CONFIRM))
    assert isinstance(screen, TeacherScene)
    status = kiosk.status()
    assert "damaged" in status and aside.name in status and str(tmp_path) in status, status
    assert "not in `byline report`" in status
    assert screen.status_rect.bottom <= screen.menu.buttons[0].rect.top  # the notice has room above the buttons


def test_byline_report_says_a_damaged_results_file_was_set_aside_and_where(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = damaged_results(tmp_path)
    assert main(["report", "--results", str(path)]) == 1  # before any game wrote to it: damaged, and said so
    said = capsys.readouterr().err
    assert "damaged" in said and "sets it aside" in said, said
    ResultsStore(path).record("dee", played(0, "wrong"), "Who said it?")  # the game's next level sets it aside
    capsys.readouterr()
    [aside] = tmp_path.glob("results.damaged-*.sqlite3")

    assert main(["report", "--results", str(path)]) == 0
    printed = capsys.readouterr().out
    first = printed.splitlines()[0]
    assert "damaged" in first and aside.name in printed and str(tmp_path) in printed, printed
    assert "dee" in printed  # and then the report of the fresh file

    assert main(["report", "--results", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["set_aside"] == [str(aside)]
    assert aside.name in err
