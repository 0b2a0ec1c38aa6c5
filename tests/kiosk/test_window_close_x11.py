"""A real X server asks the real kiosk window to close, exactly as a window manager does; the kiosk stays.

A WM_DELETE_WINDOW client message is what a window manager sends for the
close button and Alt+F4. The same message sent to `byline play` closes it
(so the message does arrive); sent to `byline kiosk`, the game keeps running
and keeps beating. Needs Xvfb, xwininfo and libX11: skipped where they are missing, except
in CI (CI=true, where .ci/run installs them), where a missing X server is a failure.
Waits are bounded but generous (X_WAIT): a loaded machine starts a window slowly.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from game.ui.x11_desktop import XEvent
from tests.checkout import ROOT

from .harness import DEADLINE, until

X11 = ctypes.util.find_library("X11")
X_WAIT = 150.0
"""Seconds to wait for the X server, a window or a heartbeat: far beyond a busy machine, yet never forever."""
X_START = 20.0
"""Seconds an announced X server gets to take its first connection before another is tried."""


def missing_x(reason: str) -> None:
    """Skip on a developer's machine without X; in CI, where the server was installed, fail."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"CI should provide an X server for this test: {reason}")
    pytest.skip(reason)


def ask_to_close(display: str, window: int) -> None:
    """Send WM_PROTOCOLS / WM_DELETE_WINDOW to `window`, as a window manager's close button does."""
    x = ctypes.cdll.LoadLibrary(X11)  # type: ignore[arg-type]
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.POINTER(XEvent)]
    x.XFlush.argtypes = x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x.XOpenDisplay(display.encode())
    assert connection, f"cannot open X display {display}"
    event = XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window
    event.xclient.message_type = x.XInternAtom(connection, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = x.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
    assert x.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
    x.XFlush(connection)
    x.XCloseDisplay(connection)


def windows(display: str) -> list[int]:
    out = subprocess.run(
        ["xwininfo", "-root", "-children", "-display", display], capture_output=True, text=True, timeout=30
    ).stdout
    return [int(match, 16) for match in re.findall(r"^\s+(0x[0-9a-f]+) \"Byline\"", out, re.M)]


def takes_connections(display: str) -> bool:
    """True if a client can connect to `display` now (what every game and tool here needs first)."""
    x = ctypes.cdll.LoadLibrary(X11)  # type: ignore[arg-type]
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x.XOpenDisplay(display.encode())
    if connection:
        x.XCloseDisplay(connection)
    return bool(connection)


def free_display_number() -> str | None:
    """A display number from BYLINE_TEST_X_DISPLAYS ("71-79": a machine shared with other X servers may ask the tests
    to keep to its own numbers) that no X server holds; None when unset (Xvfb then picks the first free one)."""
    wanted = os.environ.get("BYLINE_TEST_X_DISPLAYS", "")
    if not wanted:
        return None
    first, _, last = wanted.partition("-")
    for number in range(int(first), int(last or first) + 1):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return str(number)
    pytest.skip(f"no free X display among {wanted} (BYLINE_TEST_X_DISPLAYS)")


@contextmanager
def x_server(screen: str = "1024x768") -> Iterator[str | None]:
    """One Xvfb of `screen` size on a free display number, or None when it did not come up taking connections; always
    stopped."""
    number = free_display_number()
    where = [f":{number}"] if number else ["-displayfd", "1"]
    server = subprocess.Popen(
        ["Xvfb", *where, "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        if number is None:
            ready, _, _ = select.select([server.stdout], [], [], X_WAIT)
            number = server.stdout.readline().strip() if ready else ""
        display = f":{number}"
        end = time.monotonic() + X_START
        while number and not takes_connections(display) and time.monotonic() < end:
            time.sleep(0.1)
        yield display if number and takes_connections(display) else None
    finally:
        server.terminate()
        server.wait(DEADLINE)


def private_display(screen: str = "1024x768") -> Iterator[str]:
    """A private X server of `screen` size on a free display number, proven to take connections.

    Once in CI a game found no X server at a display Xvfb had just announced, so a server is
    tried by connecting to it first, and a second one is started if the first never answers.
    """
    if not (sys.platform.startswith("linux") and X11 and shutil.which("Xvfb") and shutil.which("xwininfo")):
        missing_x("needs Xvfb, xwininfo and libX11")
    for _ in range(2):
        with x_server(screen) as found:
            if found is not None:
                yield found
                return
    missing_x("Xvfb did not start, or took no connection")


@pytest.fixture
def display() -> Iterator[str]:
    """A private 1024x768 X server (see `private_display`)."""
    yield from private_display()


@contextmanager
def start(display: str, data: Path, *args: str) -> Iterator[subprocess.Popen[bytes]]:
    """The game on `display`; whatever happens in the test, it is killed and reaped (never waited on forever).

    Its output goes to a file beside its data, so that a failure can say what the game printed.
    """
    env = {**os.environ, "DISPLAY": display, "BYLINE_DATA_DIR": str(data), "SDL_AUDIODRIVER": "dummy"}
    env.pop("SDL_VIDEODRIVER", None)
    command = [sys.executable, "-m", "game.cli", *args]
    with (data / f"{args[0]}.out").open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(DEADLINE)


def until_seen(display: str, game: subprocess.Popen[bytes], data: Path, condition: Callable[[], bool]) -> None:
    """`until` for a game that may die: fail at once if it exits, and say what it printed and what X showed."""

    def settled() -> bool:
        if game.poll() is not None:
            raise AssertionError(f"the game exited with {game.returncode}: {seen(display, data)}")
        return condition()

    try:
        until(settled, X_WAIT)
    except AssertionError as error:
        if "exited" in str(error):
            raise
        raise AssertionError(f"timed out: {seen(display, data)}") from None


def seen(display: str, data: Path) -> str:
    printed = " | ".join(path.read_text(errors="replace")[-1500:] for path in sorted(data.glob("*.out")))
    beat = (data / "heartbeat").exists()
    return f"windows named Byline {[hex(w) for w in windows(display)]}, heartbeat {beat}, printed: {printed!r}"


def test_a_close_request_closes_the_game_but_not_the_kiosk(display: str, tmp_path: Path) -> None:
    with start(display, tmp_path, "play", "--no-fullscreen") as game:
        until_seen(display, game, tmp_path, lambda: len(windows(display)) == 1)
        ask_to_close(display, windows(display)[0])
        assert game.wait(X_WAIT) == 0  # the control: the request arrives and an ordinary game quits

    config = tmp_path / "kiosk.yaml"
    config.write_text("fullscreen: false\n", encoding="utf-8")
    heartbeat = tmp_path / "heartbeat"
    with start(
        display, tmp_path, "kiosk", "--no-supervisor", "--heartbeat", str(heartbeat), "--config", str(config)
    ) as kiosk:
        until_seen(display, kiosk, tmp_path, lambda: len(windows(display)) == 1 and heartbeat.exists())
        for _ in range(3):
            ask_to_close(display, windows(display)[0])
        beat = heartbeat.stat().st_mtime
        # still beating two seconds later
        until_seen(display, kiosk, tmp_path, lambda: heartbeat.stat().st_mtime > beat + 1.5)
        assert kiosk.poll() is None and len(windows(display)) == 1
