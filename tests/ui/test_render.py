"""Every screen at 800x600, 1280x720 and 3840x2160: no text outside its box, nothing outside the window."""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest

from game.ui import widgets
from game.ui.actions import Act
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.context import MIN_TEXT_PX
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.summary import SummaryScene
from game.ui.text import TextCache, lines_height

from .harness import bundled_pack, click, key, make_app, normal_colours, press, settle

SIZES = [(800, 600), (1280, 720), (3840, 2160)]
EVERY_SCREEN = {
    "title",
    "levels",
    "intro",
    "question-who_said",
    "question-fact_or_opinion",
    "question-contradiction",
    "feedback-right",
    "feedback-wrong",
    "front-page",
    "summary",
    "settings",
    "article",
    "confirm",
}


def visit_every_screen(
    size: tuple[int, int],
    text_size: str = "medium",
    font: str = "atkinson",
    app: App | None = None,
    high_contrast: bool = False,
    check: Callable[[App], None] | None = None,
) -> set[str]:
    """Play through every screen; `check(app)` looks at each once it has settled."""
    app = app or make_app(size=size, unlock_all=True)
    app.stack.top.ctx.settings.text_size = text_size  # type: ignore[union-attr]
    app.stack.top.ctx.settings.font = font  # type: ignore[union-attr]
    app.stack.top.ctx.settings.high_contrast = high_contrast  # type: ignore[union-attr]
    app.stack.resize(app.stack.size)  # as the settings screen does: every screen lays itself out for the new look
    seen: set[str] = set()

    def look() -> None:
        settle(app)
        seen.add(app.stack.top.shot_name)  # type: ignore[union-attr]
        if check is not None:
            check(app)

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


def test_high_contrast_and_large_text_fit_every_screen_of_the_smallest_window(screen: object) -> None:
    widgets.layout_problems.clear()
    seen = visit_every_screen((800, 600), text_size="large", high_contrast=True)
    assert seen >= EVERY_SCREEN
    assert list(widgets.layout_problems) == []


def test_every_screen_shows_what_painting_it_anew_shows(screen: object) -> None:
    """The still part a screen keeps between frames (SceneStack.draw_still) is never stale: after every press,
    what the window shows is what painting every scene afresh shows."""
    compared: list[str] = []

    def same_as_painted_anew(app: App) -> None:
        app.stack.top.request_redraw()  # type: ignore[union-attr]
        app.step([])  # a frame without input: drawn from the kept copies
        shown = pygame.image.tobytes(app.screen, "RGB")
        app.stack.forget_copies()  # nothing kept: every visible scene paints itself again
        app.stack.draw(app.screen)
        assert pygame.image.tobytes(app.screen, "RGB") == shown, app.stack.top
        compared.append(app.stack.top.shot_name)  # type: ignore[union-attr]

    def fresh(app: App) -> None:
        same_as_painted_anew(app)
        for step in (Act.DOWN, Act.UP):  # the focus moves (or the evidence scrolls) and back, on the same screen
            press(app, key(step))
            same_as_painted_anew(app)

    visit_every_screen((1280, 720), check=fresh)
    assert set(compared) >= EVERY_SCREEN


LOOKS = [
    (size, text_size, font)
    for size in SIZES[:2]
    for text_size in ("small", "medium", "large")
    for font in ("atkinson", "opendyslexic")
] + [((3840, 2160), "small", "atkinson"), ((3840, 2160), "large", "opendyslexic")]
"""Every text size in both fonts at 800x600 and 1280x720; at 4K (scale 3, no text near 16 px) the two extremes."""


@pytest.mark.parametrize(
    ("size", "text_size", "font"), LOOKS, ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else v
)
def test_no_text_is_drawn_below_the_minimum_readable_size(
    screen: object, size: tuple[int, int], text_size: str, font: str
) -> None:
    """Nothing shrinks below 16 px to fit, and nothing spills out of its box instead: the screens make room."""
    widgets.layout_problems.clear()
    app = make_app(size=size, unlock_all=True)
    ctx = app.stack.top.ctx  # type: ignore[union-attr]
    ctx.cache = TextCache(max_entries=1_000_000, max_bytes=2**40)  # keep every line drawn, to look at them all
    visit_every_screen(size, text_size=text_size, font=font, app=app)
    drawn = {(font.point_size, text) for font, _, _, text, *_ in ctx.cache._entries}
    small = sorted(d for d in drawn if d[0] < MIN_TEXT_PX)
    assert small == [], small[:10]
    assert list(widgets.layout_problems) == []


def test_high_contrast_reaches_every_screen(screen: object) -> None:
    """Every screen in high contrast is drawn in its colours alone, animations and kept copies included."""
    seen: list[str] = []

    def in_high_contrast(app: App) -> None:
        assert normal_colours(app.screen) == 0, app.stack.top
        seen.append(app.stack.top.shot_name)  # type: ignore[union-attr]

    visit_every_screen((1280, 720), high_contrast=True, check=in_high_contrast)
    assert set(seen) >= EVERY_SCREEN


@pytest.mark.parametrize("font", ["atkinson", "opendyslexic"])
def test_the_evidence_line_shows_after_every_answer(screen: object, font: str) -> None:
    """In the smallest window with the largest text, the evidence box was left too short for one line (empty),
    then, one line tall, showed the line above the evidence."""
    shown: list[str] = []

    def evidence_readable(app: App) -> None:
        feedback = app.stack.top
        if isinstance(feedback, FeedbackScene) and feedback.evidence.highlight is not None:
            view = feedback.evidence
            line = lines_height(1, feedback.ctx.font("body", feedback.scale))
            top = view.span_top(view.highlight)
            assert top is not None and view.offset <= top, (feedback.result.question.id, view.offset, top)
            assert top + line <= view.offset + view.shown().height, (feedback.result.question.id, view.rect)
            shown.append(feedback.result.question.id)

    visit_every_screen((800, 600), text_size="large", font=font, check=evidence_readable)
    assert len(shown) > 5  # the walk met feedback screens
