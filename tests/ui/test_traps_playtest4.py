"""Traps the fourth playtest found by playing the real window (and the kiosk) like an impatient student: each test
here failed before its fix. (The kiosk that came back black after a student minimised it is a real-X test, in
tests/kiosk/test_window_manager_x11.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.results import ResultsStore
from game.results_writer import ResultsWriter
from game.ui.kiosk import DEMO_LONGEST_SECONDS
from game.ui.scenes.kiosk_attract import AttractScene
from game.ui.scenes.summary import SummaryScene
from tests.kiosk.harness import make_kiosk
from tests.kiosk.harness import settle as kiosk_settle
from tests.kiosk.harness import wait as kiosk_wait


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def test_the_kiosks_self_playing_demo_is_not_a_player_in_the_class_results(tmp_path: Path) -> None:
    """Left alone, the attract screen's demo played a level at random and recorded it in the class results (and
    the LRS) as a player named "player": a morning of an idle kiosk put dozens of random plays, 1.7 s an answer,
    into the teacher's report."""
    store = ResultsStore(tmp_path / "results.sqlite3")
    writer = ResultsWriter(store)
    kiosk = make_kiosk(tmp_path, demo_after_seconds=5, results=writer)
    kiosk_settle(kiosk)
    kiosk_wait(kiosk, 6)
    assert kiosk.demo is not None
    summaries = 0
    for _ in range(int(DEMO_LONGEST_SECONDS)):
        summaries += isinstance(kiosk_wait(kiosk, 1), SummaryScene)
        if kiosk.demo is None:
            break
    assert summaries and isinstance(kiosk.app.stack.top, AttractScene)  # the demo played a level to its end
    assert writer.close() == 0
    assert store.answers() == []
