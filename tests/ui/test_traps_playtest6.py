"""Traps the sixth playtest found by playing the real window like an impatient student: each test here failed before
its fix (the real-window ones are in tests/kiosk/test_play_window_x11.py)."""

from __future__ import annotations

import pytest

from game.ui.actions import Act
from game.ui.scenes import settings
from game.ui.scenes.settings import SettingsScene

from .harness import key, make_app, press, settle


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def test_on_a_screen_too_small_for_a_window_the_fullscreen_setting_says_so_and_takes_no_press(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On an 800x600 screen the game stays fullscreen (a window there has its title bar or bottom off the screen):
    Settings must not offer to leave it, nor remember 'off' for the next start."""
    monkeypatch.setattr(settings, "window_fits_this_screen", lambda: False)
    app = make_app(size=(800, 600))
    settle(app)
    scene = press(app, key(Act.CHOOSE, 1))
    assert isinstance(scene, SettingsScene)
    row = settings.SETTINGS.index("fullscreen")
    button = scene.menu.buttons[row]
    assert button.label == "Fullscreen: on (small screen)" and not button.enabled
    before = scene.ctx.settings.fullscreen
    press(app, key(Act.CHOOSE, row))
    assert scene.ctx.settings.fullscreen == before and not app.stack.pending
