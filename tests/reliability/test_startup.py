"""The title screen comes first: the levels load behind it, and it answers keys meanwhile.

These keep the start-up fast for good: the title is drawn before pydantic, YAML or the
level engine is imported (they took three times a bare pygame program's whole start-up).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.content.pack import Pack
from game.ui.actions import Act
from game.ui.app import App
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene
from tests.ui.harness import bundled_pack, key, press, settle

from .processes import run_python

HEAVY = (
    *("pydantic", "yaml", "rapidfuzz", "httpx", "matplotlib", "numpy"),
    *("game.content.validate", "game.content.session", "game.content.problems", "game.results", "game.lrs"),
    *("game.kiosk.config", "game.authoring", "game.report", "game.ui.demo", "json", "logging", "hashlib"),
)
"""What the title screen does without: the level engine, the class results, the LRS, the teachers' tools."""

FIRST_FRAME_IMPORTS = f"""
import sys
from game.ui import context

def stop(self, load):  # called right after the title's first frame
    print([name for name in {HEAVY!r} if name in sys.modules])
    raise SystemExit(0)

context.GameContext.load_pack_later = stop
from game.cli import main
main(["play"])
"""


def test_the_title_is_drawn_before_the_level_engine_is_imported(tmp_path: Path) -> None:
    assert run_python(["-c", FIRST_FRAME_IMPORTS], tmp_path) == "[]"


SOUND_AROUND_THE_FIRST_FRAME = """
import pygame
from game.ui import app
seen = []
step = app.App.step

def first_step(self, actions):
    seen.append(pygame.mixer.get_init())
    return step(self, actions)

app.App.step = first_step
from game.cli import main
main(["play", "--benchmark-first-frame"])
seen.append(pygame.mixer.get_init())
pygame.quit()
pygame.init()  # as the game started before: every module at once, the mixer at pygame's defaults
print(seen == [None, pygame.mixer.get_init()] and seen[1] is not None)
"""


def test_the_sound_device_opens_after_the_first_frame_as_pygame_init_opened_it(tmp_path: Path) -> None:
    """The title does not wait for the sound card; the cues then play as they did (same rate, same channels)."""
    assert run_python(["-c", SOUND_AROUND_THE_FIRST_FRAME], tmp_path) == "True"


def test_benchmark_first_frame_reports_the_title_then_the_levels(tmp_path: Path) -> None:
    times = json.loads(run_python(["-m", "game.cli", "play", "--benchmark-first-frame"], tmp_path))
    assert 0 < times["first_frame"] <= times["levels_ready"]


def loading_title(screen: pygame.Surface, load: Callable[[], Pack | None]) -> tuple[App, GameContext]:
    """The title of a game whose levels are loading (as `byline play` starts)."""
    ctx = GameContext(Pack(), seed=7)
    app = App(screen, TitleScene(ctx), FakeClock())
    settle(app)
    ctx.load_pack_later(load)
    return app, ctx


def test_the_title_answers_while_the_levels_load_and_play_waits_for_them(screen: pygame.Surface) -> None:
    release = threading.Event()

    def slow_load() -> Pack:
        release.wait(10)
        return bundled_pack()

    app, ctx = loading_title(screen, slow_load)
    assert isinstance(press(app, key(Act.CHOOSE, 1)), SettingsScene)  # while the levels are still loading
    assert isinstance(press(app, key(Act.BACK)), TitleScene) and not ctx.pack.levels
    release.set()
    levels = press(app, key(Act.CHOOSE, 0))
    assert isinstance(levels, LevelSelectScene) and len(levels.levels) == len(bundled_pack().levels)


def test_no_playable_level_is_said_on_the_title(screen: pygame.Surface) -> None:
    app, ctx = loading_title(screen, lambda: None)
    ctx.wait_for_pack()
    settle(app)  # the title redraws by itself when the notice arrives
    assert ctx.notices == ["No level could be loaded: a teacher can run `byline validate` to see why."]
    assert app.redraws >= 2
    assert isinstance(press(app, key(Act.CHOOSE, 0)), LevelSelectScene)  # an empty list, with its Back button


def test_a_crash_while_loading_is_raised_in_the_game_not_lost_in_its_thread(screen: pygame.Surface) -> None:
    def broken() -> Pack:
        raise RuntimeError("disk on fire")

    app, _ = loading_title(screen, broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        press(app, key(Act.CHOOSE, 0))
