"""A kiosk day with a disk that fills up: 30 visits, the disk full from the 15th on.

Each visit is a student walking up, playing a level through the real scenes (a
scripted player, as in `byline demo`), maybe putting initials on the board, and
walking away. The data folder is a real 4 MiB tmpfs (root only; skipped with the
reason elsewhere) holding everything: heartbeat, board, PIN record and results.
Halfway, it is filled to the last byte. Nothing may raise, no result finished before
the fill may be lost, and the day ends with the out-of-order screen up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.results import ResultsStore
from game.results_writer import ResultsWriter
from game.ui.actions import Act, Action
from game.ui.autoplay import Autoplayer
from game.ui.scenes.kiosk_attract import AttractScene
from game.ui.scenes.kiosk_out_of_order import OutOfOrderScene
from game.ui.scenes.kiosk_prompts import InitialsScene
from game.ui.scenes.summary import SummaryScene
from tests.kiosk.harness import fill, make_kiosk, press, settle, tap, tiny_disk, typed, wait

VISITS = 30
FULL_FROM = 15
IDLE = 20.0


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """The kiosk draws on the headless display."""


def visit(kiosk, number: int) -> bool:  # type: ignore[no-untyped-def]
    """One student: a level played to its summary (initials if offered), then gone. True if a level was finished."""
    top = press(kiosk, *tap((640, 600)))
    if isinstance(top, OutOfOrderScene):
        return False
    bot = Autoplayer("random", seed=number, level_count=1)
    for _ in range(2_000):
        top = kiosk.app.stack.top
        if isinstance(top, (OutOfOrderScene, AttractScene)):
            return False
        if isinstance(top, InitialsScene):
            top = press(kiosk, typed("abc"[number % 3] * 2 + "z"), Action(Act.CONFIRM))
            continue
        if isinstance(top, SummaryScene):
            wait(kiosk, IDLE + 10)  # the student walks away: the visit ends by itself
            return True
        press(kiosk, *bot.actions(top))
    raise AssertionError(f"visit {number} never reached a summary")


def test_thirty_visits_with_the_disk_filling_halfway_end_out_of_order_with_nothing_lost(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "data", size="4m") as data:  # room for a day's results until it is filled
        store = ResultsStore(data / "results.sqlite3")
        writer = ResultsWriter(store, start=False)  # the test steps the writer's thread: flush is its one step
        kiosk = make_kiosk(data, demo=False, heartbeat=True, results=writer, idle_seconds=IDLE, still_there_seconds=5)
        settle(kiosk)
        finished = 0
        for number in range(VISITS):
            if number == FULL_FROM:
                assert isinstance(kiosk.app.stack.top, AttractScene)  # fine until now
                filler = fill(data)
            finished += visit(kiosk, number)
            writer.flush()
        assert isinstance(wait(kiosk, 60), OutOfOrderScene)
        assert kiosk.exit_code is None and kiosk.out_of_order is not None
        assert finished == FULL_FROM  # every visit before the fill played; none after it
        filler.unlink()  # the teacher makes room: whatever waited is written, nothing was lost
        assert writer.flush() and writer.pending == 0
        assert len({answer.play_id for answer in store.answers()}) == finished
        assert isinstance(wait(kiosk, 60), AttractScene)  # and the kiosk is back by itself
