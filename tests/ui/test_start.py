"""Starting `byline play` in a process of its own: no level, no display, Ctrl+C (each used to hang or trace)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.checkout import ROOT

LIMIT = 60.0
"""Seconds a started game gets at most: generous for a busy machine, yet a hang fails instead of blocking CI."""


def run_game(args: list[str], data: Path, **env: str | None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "BYLINE_DATA_DIR": str(data), "SDL_AUDIODRIVER": "dummy"}
    for name, value in env.items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return subprocess.run(
        [sys.executable, "-m", "game.cli", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=LIMIT,
    )


@pytest.mark.parametrize("level", ["nonexistent.yaml", "broken.yaml"])
def test_play_with_no_playable_level_exits_1_before_any_window(tmp_path: Path, level: str) -> None:
    (tmp_path / "broken.yaml").write_text("id: x\n\ttitle: y\n", encoding="utf-8")
    run = run_game(["play", str(tmp_path / level)], tmp_path, SDL_VIDEODRIVER="dummy")
    assert run.returncode == 1
    assert f"{tmp_path / level}:" in run.stderr and "no playable level" in run.stderr


def test_play_without_a_display_says_so_and_exits_2(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("DISPLAY and WAYLAND_DISPLAY are how X11 and Wayland systems find a screen")
    run = run_game(["play"], tmp_path, DISPLAY=None, WAYLAND_DISPLAY=None, SDL_VIDEODRIVER=None)
    assert run.returncode == 2
    assert "no display" in run.stderr and "xvfb-run" in run.stderr
    assert "Traceback" not in run.stderr


def terminal_interrupts() -> None:
    """Ctrl+C acts as in a terminal: a test run in the background inherits SIGINT ignored (as shells do)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_in_the_terminal_stops_the_game_without_a_traceback(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("reads /proc to see the game has started")
    environment = {
        **os.environ,
        "BYLINE_DATA_DIR": str(tmp_path),
        "SDL_AUDIODRIVER": "dummy",
        "SDL_VIDEODRIVER": "dummy",
    }
    game = subprocess.Popen(
        [sys.executable, "-m", "game.cli", "play"],
        cwd=ROOT,
        env=environment,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=terminal_interrupts,
    )
    try:
        deadline = time.monotonic() + LIMIT
        while "libSDL2" not in Path(f"/proc/{game.pid}/maps").read_text() and game.poll() is None:
            assert time.monotonic() < deadline, "the game never loaded SDL"
            time.sleep(0.05)
        time.sleep(0.5)  # into its loop (a signal any earlier must be just as quiet)
        game.send_signal(signal.SIGINT)
        _, errors = game.communicate(timeout=LIMIT)
    finally:
        if game.poll() is None:
            game.kill()
            game.wait(LIMIT)
    assert game.returncode == 130, errors
    assert "Traceback" not in errors
