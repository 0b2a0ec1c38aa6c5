"""The visit's "Aa Text" button is drawn over every screen: the screens leave it its corner, so it hides nothing."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.actions import Act, Action
from game.ui.autoplay import Autoplayer
from game.ui.kiosk import Kiosk
from game.ui.scenes.summary import SummaryScene

from .harness import make_kiosk, press
from .test_kiosk import start_visit


def rects_of(scene: object) -> list[pygame.Rect]:
    """Every rect a screen laid out: its own, its buttons' and its menu's."""
    found: list[pygame.Rect] = []
    for value in vars(scene).values():
        items = value if isinstance(value, list) else getattr(getattr(value, "buttons", None), "copy", list)()
        for item in [value, *items]:
            rect = item if isinstance(item, pygame.Rect) else getattr(item, "rect", None)
            if isinstance(rect, pygame.Rect) and rect.width and rect.height:
                found.append(rect)
    return found


def hidden_by_the_button(kiosk: Kiosk) -> list[pygame.Rect]:
    button = kiosk._reading_rect()
    return [rect for rect in rects_of(kiosk.app.stack.top) if rect.colliderect(button)]


@pytest.mark.parametrize("text_size", ["medium", "large"])
@pytest.mark.parametrize("size", [(800, 600), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_text_button_covers_nothing_on_any_screen_of_a_visit(
    tmp_path: Path, size: tuple[int, int], text_size: str
) -> None:
    kiosk = make_kiosk(tmp_path, demo=False, size=size)
    start_visit(kiosk)
    assert kiosk.visit is not None
    kiosk.visit.ctx.settings.text_size = text_size
    kiosk.app.stack.resize(size)
    seen: set[str] = set()

    def look() -> None:
        top = kiosk.app.stack.top
        seen.add(type(top).__name__)
        assert hidden_by_the_button(kiosk) == [], type(top).__name__

    look()  # the board
    press(kiosk, Action(Act.CHOOSE, index=0))
    look()  # the first story's desk
    press(kiosk, Action(Act.CONFIRM))
    bot = Autoplayer("wrong", seed=5)
    for _ in range(60):
        look()
        if isinstance(kiosk.app.stack.top, SummaryScene):
            break
        press(kiosk, *bot.actions(kiosk.app.stack.top))
    assert {"LevelSelectScene", "IntroScene", "QuestionScene", "FeedbackScene", "SummaryScene"} <= seen
