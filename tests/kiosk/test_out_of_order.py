"""A full or read-only data folder: the kiosk shows "out of order" and keeps it up; nothing crashes or restarts.

The disk is real: a 64 KiB tmpfs, filled while the kiosk runs (root only; skipped with the reason elsewhere).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.kiosk.cli import CONFIG_ERROR
from game.kiosk.pin import MAX_TRIES
from game.ui.actions import Act, Action
from game.ui.autoplay import Autoplayer
from game.ui.kiosk import RECHECK_SECONDS
from game.ui.scenes.kiosk_attract import AttractScene
from game.ui.scenes.kiosk_out_of_order import OutOfOrderScene
from game.ui.scenes.kiosk_prompts import InitialsScene
from game.ui.scenes.kiosk_teacher import PinPadScene, TeacherScene
from tests.checkout import ROOT

from .harness import (
    DEADLINE,
    PIN,
    fill,
    make_kiosk,
    open_pad,
    press,
    read_only,
    settle,
    tap,
    tiny_disk,
    typed,
    until,
    wait,
)

STUDENT = [
    *tap((640, 600)),
    Action(Act.CONFIRM),
    Action(Act.QUIT),
    Action(Act.BACK),
    Action(Act.FULLSCREEN),
    typed("abc123"),
]
"""Everything a student might try on the out-of-order screen."""


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every in-process test here needs the headless display."""


def test_a_disk_filling_up_puts_the_kiosk_out_of_order_for_as_long_as_it_is_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with tiny_disk(tmp_path / "data") as data:
        kiosk = make_kiosk(data, demo=False, heartbeat=True)
        settle(kiosk)
        press(kiosk, *tap((640, 600)))  # a visit had started
        filler = fill(data)
        assert isinstance(wait(kiosk, 2), OutOfOrderScene)
        for _ in range(20):
            assert isinstance(press(kiosk, *STUDENT), OutOfOrderScene)
        assert isinstance(wait(kiosk, 600), OutOfOrderScene)  # no idle reset, no demo, no visit
        assert kiosk.visit is None and kiosk.exit_code is None
        said = capsys.readouterr().out
        assert said.count("out of order:") == 1 and "No space left on device" in said  # logged once
        filler.unlink()  # the teacher makes room: the kiosk comes back by itself
        assert isinstance(wait(kiosk, RECHECK_SECONDS + 2), AttractScene)
        assert "back in order" in capsys.readouterr().out


def test_the_teacher_still_gets_in_and_can_exit(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "data") as data:
        kiosk = make_kiosk(data, demo=False, heartbeat=True)
        settle(kiosk)
        fill(data)
        assert isinstance(wait(kiosk, 2), OutOfOrderScene)
        assert isinstance(open_pad(kiosk), PinPadScene)
        assert isinstance(press(kiosk, typed(PIN), Action(Act.CONFIRM)), TeacherScene)
        assert isinstance(press(kiosk, Action(Act.BACK)), OutOfOrderScene)  # "back to the kiosk": still out of order


def test_saving_initials_on_a_full_disk_is_no_crash(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "data") as data:
        kiosk = make_kiosk(data, demo=False)  # no heartbeat: the board's own failed save is the signal
        settle(kiosk)
        press(kiosk, *tap((640, 600)))
        bot = Autoplayer("correct", level_count=1)
        top = kiosk.app.stack.top
        for _ in range(500):
            if isinstance(top, InitialsScene):
                break
            top = press(kiosk, *bot.actions(top))
        assert isinstance(top, InitialsScene)
        fill(data)
        assert isinstance(press(kiosk, typed("ada"), Action(Act.CONFIRM)), OutOfOrderScene)
        assert [e.initials for e in kiosk.board.board.entries] == ["ADA"]  # kept in memory for the day
        assert kiosk.board.notice is not None and "Could not save" in kiosk.board.notice


def test_wrong_pins_that_cannot_be_counted_lock_the_pad(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "data") as data:
        kiosk = make_kiosk(data, demo=False)
        settle(kiosk)
        read_only(data)
        assert isinstance(open_pad(kiosk), PinPadScene)
        top = press(kiosk, typed("13572468"), Action(Act.CONFIRM))  # wrong: the count cannot be saved
        assert isinstance(top, OutOfOrderScene)  # the failed save showed the folder cannot be written
        assert kiosk.guard.locked_for() > 0
        assert isinstance(open_pad(kiosk), PinPadScene)
        for _ in range(MAX_TRIES):  # fail safe: locked, not open, the right PIN included
            assert isinstance(press(kiosk, typed(PIN), Action(Act.CONFIRM)), PinPadScene)


# --- the real supervisor and game, in processes of their own ---------------------------------------------


def kiosk_processes(tmp_path: Path, data: Path) -> subprocess.Popen[bytes]:
    config = tmp_path / "kiosk.yaml"
    config.write_text("fullscreen: false\nsound: false\nhang_seconds: 3\n", encoding="utf-8")
    env = {**os.environ, "BYLINE_DATA_DIR": str(data), "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    command = [sys.executable, "-m", "game.cli", "kiosk", "--config", str(config)]
    errors = (tmp_path / "stderr").open("wb")
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=errors)


def stop(boss: subprocess.Popen[bytes]) -> None:
    if boss.poll() is None:
        boss.send_signal(signal.SIGTERM)
        try:
            assert boss.wait(DEADLINE) == 0
        finally:
            if boss.poll() is None:
                boss.kill()


def said(tmp_path: Path) -> str:
    return (tmp_path / "stderr").read_text(encoding="utf-8", errors="replace")


def test_the_real_kiosk_stays_up_out_of_order_when_its_disk_fills(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "data") as data:
        boss = kiosk_processes(tmp_path, data)
        try:
            until(lambda: (data / "kiosk" / "heartbeat").exists())
            fill(data)
            until(lambda: "out of order:" in said(tmp_path))
            time.sleep(3 * 3)  # three times hang_seconds: a wrongly seen hang would have been acted on
            assert boss.poll() is None
            log = said(tmp_path)
            assert log.count("game started") == 1 and log.count("out of order:") == 1, log
            assert "Traceback" not in log and "seems hung" not in log
        finally:
            stop(boss)


def test_the_supervisor_lives_on_a_read_only_data_folder(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "data") as data:
        read_only(data)
        boss = kiosk_processes(tmp_path, data)
        try:
            until(lambda: "out of order:" in said(tmp_path))
            time.sleep(3 * 3)
            assert boss.poll() is None
            log = said(tmp_path)
            assert "cannot write the log" in log and "Read-only file system" in log
            assert log.count("game started") == 1 and log.count("out of order:") == 1, log
            assert "Traceback" not in log
        finally:
            stop(boss)


def test_a_second_kiosk_on_the_same_data_folder_says_so_and_the_first_plays_on(tmp_path: Path) -> None:
    """Two kiosks writing one heartbeat would hide each other's freezes (the file stays fresh while one game
    hangs) and overwrite each other's board: the second one says so and stops."""
    data = tmp_path / "data"
    first = kiosk_processes(tmp_path, data)
    try:
        until(lambda: (data / "kiosk" / "heartbeat").exists())
        (tmp_path / "second").mkdir()
        second = kiosk_processes(tmp_path / "second", data)
        assert second.wait(DEADLINE) == CONFIG_ERROR
        told = said(tmp_path / "second")
        assert "another kiosk is already running" in told and str(data) in told
        assert first.poll() is None and "game started" in said(tmp_path)
    finally:
        stop(first)
