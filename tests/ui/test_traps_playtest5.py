"""Traps the fifth playtest found by playing the real window at 800x600 like an impatient student: each test here
failed before its fix."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest

from game.ui import widgets
from game.ui.actions import Act
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.clock import FakeClock
from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.front_page import FrontPageScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.summary import SummaryScene
from game.ui.text import Fonts, lines_height

from .harness import bundled_pack, key, press, settle


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


class SizesAsked(Fonts):
    """The game's fonts, remembering every pixel size a screen asked for while drawing."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: set[int] = set()

    def get(self, path: object, size: int) -> pygame.font.Font:  # type: ignore[override]
        self.sizes.add(size)
        return super().get(path, size)  # type: ignore[arg-type]


def level_index(level_id: str) -> int:
    return [loaded.level.id for loaded in bundled_pack().levels].index(level_id)


def play(ctx: GameContext, level_id: str, policy: str = "correct") -> Iterator[App]:
    """Play one level at 800x600 from its intro to its summary, yielding at every feedback and the front page."""
    app = App(pygame.display.set_mode((800, 600)), IntroScene(ctx, level_index(level_id)), FakeClock())
    settle(app)
    bot = Autoplayer(policy, seed=3)  # type: ignore[arg-type]
    for _ in range(300):
        top = app.stack.top
        if isinstance(top, SummaryScene):
            return
        if isinstance(top, FeedbackScene | FrontPageScene):
            yield app
        press(app, *bot.actions(top))
    raise AssertionError(f"{level_id} never reached its summary")


def test_stamps_at_800x600_have_letters_of_16_px_or_more() -> None:
    """At 800x600 the feedback's stamp ("VERIFIED: North Korea's foreign ministry") was set in 15 px and then
    squeezed into 181 px, about 11 px letters; the front page's stamps were set in 8 px. Every stamp now keeps 16 px
    letters and takes two lines (or, on the front page, "VERIFIED" without the name) where it is too wide."""
    fonts = SizesAsked()
    ctx = GameContext(bundled_pack(), seed=7, unlock_all=True)
    ctx.fonts = fonts
    widgets.layout_problems.clear()
    stamped: list[str] = []
    pages = 0
    for app in play(ctx, "who-said-it", "random"):
        top = app.stack.top
        if isinstance(top, FeedbackScene) and top.stamp:
            stamped.append(top.stamp)
        pages += isinstance(top, FrontPageScene)
    assert pages == 1 and len(stamped) >= 3  # right and wrong answers: both kinds of stamp on the page
    assert min(fonts.sizes) >= MIN_TEXT_PX, sorted(fonts.sizes)
    assert "VERIFIED: North Korea's foreign ministry" in stamped
    assert list(widgets.layout_problems) == []


def test_a_source_chains_feedback_at_800x600_in_large_opendyslexic_shows_more_than_one_line_of_the_article() -> None:
    """In the largest OpenDyslexic at 800x600 the chain's feedback gave the article one line beside the button: a
    fragment of one link ("According to Reuters, North Korea is denying"), the others out of sight. The words
    above now scroll sooner, and the article keeps room for more than one line."""
    ctx = GameContext(bundled_pack(), seed=7, unlock_all=True)
    ctx.settings.text_size, ctx.settings.font = "large", "opendyslexic"  # type: ignore[assignment]
    seen = 0
    for app in play(ctx, "who-said-it", "wrong"):
        top = app.stack.top
        if isinstance(top, FeedbackScene):
            font = ctx.font("body", top.scale)
            shown = top.evidence.inner().height
            assert shown >= lines_height(2, font), (top.result.question.id, shown, lines_height(1, font))
            seen += top.chain
    assert seen == 2  # both of the level's chains
    assert press(app, key(Act.CONFIRM)) is not None
