"""Every screen at 800x600, 1280x720 and 3840x2160: no text outside its box, nothing outside the window."""

from __future__ import annotations

import pytest

from game.ui import widgets
from game.ui.actions import Act
from game.ui.autoplay import Autoplayer
from game.ui.scenes.summary import SummaryScene

from .harness import bundled_pack, click, key, make_app, press, settle

SIZES = [(800, 600), (1280, 720), (3840, 2160)]
EVERY_SCREEN = {
    "title", "levels", "intro", "question-who_said", "question-fact_or_opinion", "question-contradiction",
    "feedback-right", "feedback-wrong", "summary", "settings", "article", "confirm",
}


def visit_every_screen(size: tuple[int, int], text_size: str = "medium", font: str = "atkinson") -> set[str]:
    app = make_app(size=size, unlock_all=True)
    app.stack.top.ctx.settings.text_size = text_size  # type: ignore[union-attr]
    app.stack.top.ctx.settings.font = font  # type: ignore[union-attr]
    seen: set[str] = set()

    def look() -> None:
        settle(app)
        seen.add(app.stack.top.shot_name)  # type: ignore[union-attr]

    look()
    press(app, key(Act.CHOOSE, 1))
    look()
    press(app, key(Act.BACK))
    press(app, key(Act.CHOOSE, 0))
    look()
    final = len(bundled_pack().levels) - 1  # the mixed level has every question type
    press(app, key(Act.CHOOSE, final))
    look()
    question = press(app, key(Act.CONFIRM))
    look()
    press(app, *click(question.extras[0].rect))  # read the article
    look()
    press(app, key(Act.BACK))
    press(app, key(Act.BACK))  # leave? -> confirm
    look()
    press(app, key(Act.BACK))
    bot = Autoplayer("random", seed=11)
    for turn in range(200):
        top = app.stack.top
        if isinstance(top, SummaryScene):
            break
        bot.policy = "correct" if turn % 4 == 0 else "wrong"
        press(app, *bot.actions(top))
        look()
    return seen


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits(screen: object, size: tuple[int, int]) -> None:
    widgets.layout_problems.clear()
    seen = visit_every_screen(size)
    assert seen >= EVERY_SCREEN
    assert list(widgets.layout_problems) == []


def test_large_dyslexia_font_fits_the_smallest_window(screen: object) -> None:
    widgets.layout_problems.clear()
    visit_every_screen((800, 600), text_size="large", font="opendyslexic")
    assert list(widgets.layout_problems) == []
