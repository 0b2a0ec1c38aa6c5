"""`byline play` in a real window manager (openbox on a private 1024x768 Xvfb), as the fifth playtest drove it.

The window opened 1280x720 whatever the screen (on 1024x768, openbox put it at x=-128: the Back button off the
screen), and every F11 there and back made a new window that openbox put a title bar lower (20 px a time: after a
few, the buttons at the bottom were under the screen's edge).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .harness import DEADLINE, until
from .test_window_close_x11 import display, private_display, start
from .test_window_manager_x11 import x

__all__ = ["display"]

TOOLS = ("Xvfb", "openbox", "xdotool", "wmctrl")
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(shutil.which(tool) for tool in TOOLS),
    reason=f"needs {', '.join(TOOLS)} (.ci/run installs them)",
)


def geometry(display: str) -> tuple[int, int, int, int] | None:
    """The game window's frame position and client size, as the window manager lists them (wmctrl -lG)."""
    for line in x(display, "wmctrl", "-lG").splitlines():
        fields = line.split()
        if len(fields) >= 7 and fields[-1] == "Byline":
            left, top, width, height = (int(value) for value in fields[2:6])
            return left, top, width, height
    return None


def managing(display: str) -> bool:
    """Whether openbox has taken the screen (asked too early and too often, it never did: so, at most twice a
    second)."""
    time.sleep(0.5)
    return "Openbox" in x(display, "wmctrl", "-m")


@pytest.fixture
def window(display: str, tmp_path: Path) -> Iterator[str]:
    """Openbox, then `byline play` in a window on it; yields the display once the window is up and focused."""
    env = {**os.environ, "DISPLAY": display}
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        until(lambda: managing(display))  # before the game's window is mapped, or openbox never manages it
        with start(display, tmp_path, "play", "--check", "off", "--no-fullscreen") as game:
            until(
                lambda: (
                    geometry(display) is not None
                    and "Byline" in x(display, "xdotool", "getactivewindow", "getwindowname")
                )
            )
            yield display
            assert game.poll() is None
    finally:
        wm.kill()
        wm.wait(DEADLINE)


def test_the_window_fits_a_1024x768_screen_and_stays_put_through_f11(window: str) -> None:
    first = geometry(window)
    assert first is not None
    left, top, width, height = first
    assert left >= 0 and top >= 0 and left + width <= 1024 and top + height <= 768, first  # all of it on the screen
    for _ in range(3):  # fullscreen and back, three times
        for size in ((1024, 768), (width, height)):
            x(window, "xdotool", "key", "F11")
            until(lambda: (geometry(window) or (0, 0, 0, 0))[2:] == size)  # noqa: B023
            time.sleep(0.5)  # the window manager has placed it
    assert geometry(window) == first, re.sub(r"\s+", " ", x(window, "wmctrl", "-lG"))


@pytest.fixture
def small_display() -> Iterator[str]:
    """A private 800x600 X server: a classroom projector, an old netbook."""
    yield from private_display("800x600")


def on_screen(display: str, screen: tuple[int, int]) -> tuple[int, int, int, int]:
    """The game window with its frame (title bar and borders, as openbox says them: _NET_FRAME_EXTENTS), as (left,
    top, right, bottom) on the screen; asserts that all of it is on the `screen`."""
    window = next(line.split()[0] for line in x(display, "wmctrl", "-l").splitlines() if line.endswith(" Byline"))
    info = x(display, "xwininfo", "-id", window)
    left, top, width, height = (
        int(re.search(rf"{name}: +(-?\d+)", info).group(1))  # type: ignore[union-attr]
        for name in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")
    )
    extents = [int(n) for n in re.findall(r"\d+", x(display, "xprop", "-id", window, "_NET_FRAME_EXTENTS"))]
    frame_left, frame_right, frame_top, frame_bottom = extents if len(extents) == 4 else (0, 0, 0, 0)
    edges = (left - frame_left, top - frame_top, left + width + frame_right, top + height + frame_bottom)
    assert edges[0] >= 0 and edges[1] >= 0 and edges[2] <= screen[0] and edges[3] <= screen[1], edges
    return edges


def test_f11_on_an_800x600_screen_never_puts_the_title_bar_or_the_bottom_off_it(
    small_display: str, tmp_path: Path
) -> None:
    """Playtest 6: on an 800x600 screen the game starts fullscreen (no window fits there with its title bar), but F11
    gave an 800x600 window under a 20 px title bar: its bottom 20 px (the buttons there) under the screen's edge."""
    env = {**os.environ, "DISPLAY": small_display}
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        until(lambda: managing(small_display))
        with start(small_display, tmp_path, "play", "--check", "off") as game:
            until(lambda: geometry(small_display) is not None)
            time.sleep(1.0)  # the window manager has placed it
            assert on_screen(small_display, (800, 600)) == (0, 0, 800, 600)  # fullscreen, as it starts
            for _ in range(2):
                x(small_display, "xdotool", "key", "F11")
                time.sleep(1.5)  # a new window, if any, is mapped and placed
                on_screen(small_display, (800, 600))
            assert game.poll() is None
    finally:
        wm.kill()
        wm.wait(DEADLINE)


def maximised(display: str) -> bool:
    window = next(line.split()[0] for line in x(display, "wmctrl", "-l").splitlines() if line.endswith(" Byline"))
    state = x(display, "xprop", "-id", window, "_NET_WM_STATE")
    return "_NET_WM_STATE_MAXIMIZED_VERT" in state and "_NET_WM_STATE_MAXIMIZED_HORZ" in state


def test_a_maximised_window_comes_back_from_f11_maximised(window: str) -> None:
    """Playtest 6: maximised (the title bar's button, a double click on it), then F11 there and back, the window came
    back 897x656 in the top-left corner of a 1024x768 screen, no longer maximised."""
    x(window, "wmctrl", "-r", "Byline", "-b", "add,maximized_vert,maximized_horz")
    until(lambda: maximised(window))
    time.sleep(0.5)  # the game has seen it
    big = geometry(window)
    assert big is not None
    x(window, "xdotool", "key", "F11")
    until(lambda: (geometry(window) or (0, 0, 0, 0))[2:] == (1024, 768))
    time.sleep(0.5)
    x(window, "xdotool", "key", "F11")
    until(lambda: (geometry(window) or (0, 0, 0, 0))[2:] != (1024, 768))
    time.sleep(1.0)  # the window manager has placed it
    assert maximised(window) and geometry(window) == big, (geometry(window), big)
