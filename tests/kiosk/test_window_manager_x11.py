"""A real window manager minimises the kiosk, un-fullscreens it, raises another window: the kiosk undoes each.

Openbox on a private Xvfb, driven with xdotool and wmctrl as a student's shortcuts would drive it. Each
action is first seen to take effect (so the test cannot pass without it), then the kiosk must be back:
fullscreen, shown and in front (it looks once a second; the deadline is only a hang guard).
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

from tests.checkout import ROOT

from .harness import DEADLINE, until
from .test_window_close_x11 import display

__all__ = ["display"]

TOOLS = ("Xvfb", "openbox", "xdotool", "wmctrl", "xprop", "xwininfo")
pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(shutil.which(tool) for tool in TOOLS),
    reason=f"needs {', '.join(TOOLS)} (.ci/run installs them)",
)


def x(display: str, *command: str) -> str:
    run = subprocess.run(command, env={**os.environ, "DISPLAY": display}, capture_output=True, text=True, timeout=30)
    return run.stdout.strip()


def active(display: str) -> str:
    return x(display, "xdotool", "getactivewindow")


def fullscreen(display: str, window: str) -> bool:
    state = x(display, "xprop", "-id", window, "_NET_WM_STATE")
    corner = re.findall(r"Absolute upper-left [XY]: +(-?\d+)", x(display, "xwininfo", "-id", window))
    return "_NET_WM_STATE_FULLSCREEN" in state and corner == ["0", "0"]


def iconic(display: str, window: str) -> bool:
    return "window state: Iconic" in x(display, "xprop", "-id", window, "WM_STATE")


@pytest.fixture
def kiosk_window(display: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Openbox, then the fullscreen kiosk on it; yields (display, the kiosk's window id)."""
    env = {**os.environ, "DISPLAY": display, "BYLINE_DATA_DIR": str(tmp_path), "SDL_AUDIODRIVER": "dummy"}
    env.pop("SDL_VIDEODRIVER", None)
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    config = tmp_path / "kiosk.yaml"
    config.write_text("fullscreen: true\nsound: false\ndemo: false\n", encoding="utf-8")
    beat = tmp_path / "heartbeat"
    command = [sys.executable, "-m", "game.cli", "kiosk", "--no-supervisor", "--heartbeat", str(beat)]
    game = subprocess.Popen([*command, "--config", str(config)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    try:
        until(lambda: beat.exists() and x(display, "xdotool", "getactivewindow", "getwindowname") == "Byline")
        window = active(display)
        until(lambda: fullscreen(display, window))
        yield display, window
        assert game.poll() is None  # nothing here stops the kiosk
    finally:
        for process in (game, wm):
            if process.poll() is None:
                process.kill()
            process.wait(DEADLINE)


def test_a_minimised_kiosk_comes_back_in_front(kiosk_window: tuple[str, str]) -> None:
    display, window = kiosk_window
    x(display, "xdotool", "windowminimize", "--sync", window)
    assert iconic(display, window)  # the window manager did minimise it
    until(lambda: not iconic(display, window) and active(display) == window and fullscreen(display, window))


def brightest(display: str, window: str) -> float:
    """The brightest pixel the X server shows of `window`, 0 (all black) to 1 (ImageMagick's `import`)."""
    return float(x(display, "import", "-window", window, "-format", "%[fx:maxima]", "info:") or 0)


@pytest.mark.skipif(not shutil.which("import"), reason="needs ImageMagick's import (.ci/run installs it)")
def test_a_minimised_kiosk_comes_back_painted(kiosk_window: tuple[str, str]) -> None:
    """Playtest 4: minimised (a student's Alt+Tab, Super or the title bar's button), the kiosk came back fullscreen
    and in front, but black until someone moved the pointer over it: the frame it painted on the window's EXPOSED
    news was lost while the window manager was still putting it back."""
    display, window = kiosk_window
    until(lambda: brightest(display, window) > 0.5)  # the attract screen, painted
    x(display, "xdotool", "windowminimize", "--sync", window)
    assert iconic(display, window)
    until(lambda: not iconic(display, window) and active(display) == window and fullscreen(display, window))
    until(lambda: brightest(display, window) > 0.5)


def test_the_window_managers_own_fullscreen_toggle_is_undone(kiosk_window: tuple[str, str]) -> None:
    display, window = kiosk_window
    x(display, "wmctrl", "-i", "-r", window, "-b", "remove,fullscreen")
    until(lambda: "_NET_WM_STATE_FULLSCREEN" not in x(display, "xprop", "-id", window, "_NET_WM_STATE"))
    until(lambda: fullscreen(display, window))


def test_another_window_raised_on_top_is_put_behind_again(kiosk_window: tuple[str, str], tmp_path: Path) -> None:
    display, window = kiosk_window
    other = tmp_path / "other.py"
    other.write_text(
        "import pygame, time\npygame.init()\npygame.display.set_caption('Other')\n"
        "pygame.display.set_mode((400, 300))\nend = time.time() + 60\n"
        "while time.time() < end:\n    pygame.event.pump()\n    time.sleep(0.05)\n",
        encoding="utf-8",
    )
    env = {**os.environ, "DISPLAY": display, "SDL_AUDIODRIVER": "dummy"}
    env.pop("SDL_VIDEODRIVER", None)
    with subprocess.Popen([sys.executable, str(other)], env=env, stdout=subprocess.DEVNULL) as intruder:
        try:
            until(lambda: x(display, "xdotool", "getactivewindow", "getwindowname") == "Other")
            until(lambda: active(display) == window and fullscreen(display, window))
        finally:
            intruder.kill()


def current_desktop(display: str) -> str:
    return x(display, "xdotool", "get_desktop")


def viewable(display: str, window: str) -> bool:
    return "Map State: IsViewable" in x(display, "xwininfo", "-id", window)


@pytest.mark.skipif(not shutil.which("import"), reason="needs ImageMagick's import (.ci/run installs it)")
@pytest.mark.parametrize(
    "shortcut",
    ["ctrl+alt+Right", "shift+alt+Right"],  # openbox's own: go to the next desktop; send the window there
)
def test_another_desktop_never_hides_the_kiosk(kiosk_window: tuple[str, str], shortcut: str) -> None:
    """Playtest 6: Ctrl+Alt+Right (openbox's next desktop) left the kiosk behind and showed an empty black desktop,
    whose right-click menu offers a terminal and a web browser. The kiosk, looking for its hidden window, asked SDL to
    show it again, which waits for the window manager to map it, which it never did on another desktop: the game hung
    (the supervisor restarted it 30 s later, on the new desktop)."""
    display, window = kiosk_window
    before = current_desktop(display)
    x(display, "xdotool", "key", shortcut)
    time.sleep(1.0)  # the window manager has done it
    if shortcut.startswith("shift"):  # sent there, then followed there? Back to the first desktop, without it
        x(display, "xdotool", "set_desktop", before)
    else:
        assert current_desktop(display) != before  # the window manager did switch
    until(lambda: viewable(display, window) and active(display) == window and fullscreen(display, window))
    until(lambda: brightest(display, "root") > 0.5)  # painted, in front, on the desktop the student sees
