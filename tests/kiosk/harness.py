"""Drive the real kiosk headless: real scenes and stack, a fake clock, a cheap PIN hash, a temporary folder."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pygame
import pytest

from game.content.pack import Pack
from game.kiosk.config import KioskConfig
from game.kiosk.pin import PinGuard
from game.kiosk.scoreboard import Scoreboard
from game.kiosk.supervisor import Heartbeat
from game.results_writer import ResultsWriter
from game.ui.actions import Act, Action
from game.ui.clock import FakeClock
from game.ui.kiosk import CHORD_HOLD_SECONDS, Kiosk
from game.ui.scene import Scene
from tests.ui.harness import bundled_pack

PIN = "24681357"
CHEAP = (2**4, 8, 1)
"""scrypt cost for tests: the same code path, a thousand times faster than the real cost."""
TODAY = date(2025, 3, 14)
EPOCH = 1_700_000_000.0
DEADLINE = 150.0
"""Seconds a test waits for a real process at most: generous, as a loaded machine (8 test runs on 2 cores) needs."""


def make_kiosk(
    folder: Path,
    *,
    pin: str | None = PIN,
    pack: Pack | None = None,
    size: tuple[int, int] = (1280, 720),
    results: ResultsWriter | None = None,
    heartbeat: bool = False,
    **config: object,
) -> Kiosk:
    """A kiosk on `folder`; its PIN lockout and `heartbeat` (the data folder's probe) run on the fake clock."""
    screen = pygame.display.set_mode(size)
    clock = FakeClock()
    beat = Heartbeat(folder / "heartbeat", clock=clock.now) if heartbeat else None
    guard = PinGuard(folder / "pin.json", now=lambda: EPOCH + clock.now())
    if pin is not None:
        guard.set_pin(pin, cost=CHEAP)
    settings = KioskConfig.model_validate(config)
    board = Scoreboard(folder / "board.json", settings.scoreboard_size)
    return Kiosk(
        screen,
        settings,
        pack or bundled_pack(),
        clock,
        guard,
        board,
        today=lambda: TODAY,
        seed=5,
        results=results,
        heartbeat=beat,
    )


def settle(kiosk: Kiosk, limit: int = 300) -> None:
    """Run frames until nothing animates and no input or stack change is pending."""
    for _ in range(limit):
        assert kiosk.step([])
        if kiosk.app.idle and not kiosk.app.stack.pending:
            return
    raise AssertionError("the kiosk never settled")


def press(kiosk: Kiosk, *actions: Action) -> Scene | None:
    """One frame of input, then settle; the scene on top."""
    assert kiosk.step(list(actions))
    settle(kiosk)
    return kiosk.app.stack.top


def wait(kiosk: Kiosk, seconds: float, frame: float = 0.25) -> Scene | None:
    """Let `seconds` of game time pass with nobody touching anything."""
    clock = kiosk.app.clock
    assert isinstance(clock, FakeClock)
    clock.step, normal = frame, clock.step
    for _ in range(round(seconds / frame)):
        assert kiosk.step([])
    clock.step = normal
    settle(kiosk)
    return kiosk.app.stack.top


def open_pad(kiosk: Kiosk) -> Scene | None:
    """Hold the teacher chord down long enough, as a teacher does; the scene on top."""
    assert kiosk.step([Action(Act.TEACHER)])
    return wait(kiosk, CHORD_HOLD_SECONDS + 0.25)


def tap(pos: tuple[int, int]) -> list[Action]:
    return [Action(Act.POINT, pos=pos), Action(Act.CLICK, pos=pos)]


def typed(text: str) -> Action:
    return Action(Act.TEXT, text=text)


def until(condition: Callable[[], bool], seconds: float = DEADLINE) -> None:
    """Poll a real process's state until `condition` holds; fail after `seconds` (only for real processes)."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting for the processes")
        time.sleep(0.05)


TINY_DISK = "64k"


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str = TINY_DISK) -> Iterator[Path]:
    """A real tmpfs of `size` (64 KiB) mounted on `folder` (root only: CI runs as root); skipped elsewhere."""
    folder.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs these tests as root)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the disk `folder` is on to the last byte, with one file; return it (delete it to make room)."""
    filler = folder / "filler"
    with filler.open("ab", buffering=0) as handle:
        for chunk in (b"\0" * 4096, b"\0"):
            try:
                while handle.write(chunk):
                    pass
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
    return filler


def read_only(folder: Path) -> None:
    """Remount the tmpfs on `folder` read-only."""
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
