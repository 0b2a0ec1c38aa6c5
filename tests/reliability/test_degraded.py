"""No sound card, a missing font, a data folder that cannot be read or written: the game still
starts and plays, and says on screen what is missing, instead of crashing in front of a class.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.results import ResultsStore
from game.results_writer import ResultsWriter
from game.ui.actions import Act
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.context import GameContext
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.title import TitleScene
from tests.ui.harness import key, make_app, play_until, press, settle

from .processes import run_python


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def shown_text(app: App) -> str:
    """Every piece of text the screen on top draws, joined: what a player can read there."""
    ctx: GameContext = app.stack.top.ctx  # type: ignore[union-attr]
    drawn: list[str] = []
    render = ctx.cache.render

    def spy(font: pygame.font.Font, text: str, colour: object, antialias: bool = True) -> pygame.Surface:
        drawn.append(text)
        return render(font, text, colour, antialias)  # type: ignore[arg-type]

    ctx.cache.render = spy  # type: ignore[method-assign]
    try:
        app.stack.top.request_redraw()  # type: ignore[union-attr]
        app.step([])
    finally:
        del ctx.cache.render
    return " ".join(drawn)


def play_one_level(app: App) -> SummaryScene:
    bot = Autoplayer("correct", level_count=1)
    play_until(app, lambda top: isinstance(top, SummaryScene), bot.actions)
    assert isinstance(app.stack.top, SummaryScene)
    return app.stack.top


def test_no_audio_device_plays_silently_and_logs_why(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The detail goes to the log; the screen shows a muted speaker (tests/ui/test_traps.py), never SDL's words."""
    pygame.mixer.quit()
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-audio-device")
    try:
        app = make_app()
        settle(app)
        settings = press(app, key(Act.CHOOSE, 1))
        assert isinstance(settings, SettingsScene)
        press(app, key(Act.CHOOSE, 0))  # change a setting: the click sound finds no device
        ctx = settings.ctx
        assert ctx.silent and ctx.sound.problem is not None
        assert ctx.sound.problem in caplog.text
        assert ctx.sound.problem not in ctx.notices and "no-such-audio-device" not in shown_text(app)
        press(app, key(Act.BACK))
        play_one_level(app)  # every answer's sound is silent, nothing fails
    finally:
        pygame.mixer.quit()


def test_missing_font_files_fall_back_to_the_default_font_and_the_settings_say_so(tmp_path: Path) -> None:
    app = make_app(font_dir=tmp_path / "no-fonts-here")
    settle(app)
    ctx = app.stack.top.ctx  # type: ignore[union-attr]
    assert "Byline" in shown_text(app)  # the title still draws, in pygame's own font
    assert ctx.fonts.degraded and all("could not be loaded" in problem for problem in ctx.fonts.degraded)
    press(app, key(Act.CHOOSE, 1))
    assert "could not be loaded" in shown_text(app)
    press(app, key(Act.BACK))
    play_one_level(app)


def test_a_data_folder_that_cannot_be_used_starts_fresh_plays_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "byline-data"
    data.write_text("a file where the data folder should be", encoding="utf-8")
    app = make_app(data)
    ctx = app.stack.top.ctx  # type: ignore[union-attr]
    ctx.results = writer = ResultsWriter(ResultsStore(data / "results.sqlite3"), start=False)
    settle(app)
    assert len(ctx.notices) == 2 and all(notice.startswith("Could not read") for notice in ctx.notices)
    assert "starting fresh" in shown_text(app)  # on the title screen
    play_one_level(app)  # saving progress and recording the result both fail: notices, no crash
    assert any(notice.startswith("Could not save") for notice in ctx.notices)
    assert not writer.flush() and writer.pending == 1 and "class results" in str(writer.problem)  # kept, waiting
    while not isinstance(app.stack.top, TitleScene):
        press(app, key(Act.BACK))
    assert "Could not save" in shown_text(app)


@pytest.mark.parametrize(
    "broken",
    [{"SDL_AUDIODRIVER": "no-such-audio-device"}, {"BYLINE_DATA_DIR": "a-file"}],
    ids=["no-audio-device", "data-dir-is-a-file"],
)
def test_byline_play_starts_anyway(broken: dict[str, str], tmp_path: Path) -> None:
    """The real command, in its own process, up to the title screen and the levels loaded behind it."""
    (tmp_path / "a-file").write_text("not a folder", encoding="utf-8")
    env = {name: str(tmp_path / value) if value == "a-file" else value for name, value in broken.items()}
    times = json.loads(run_python(["-m", "game.cli", "play", "--benchmark-first-frame"], tmp_path, **env))
    assert times["first_frame"] <= times["levels_ready"]
