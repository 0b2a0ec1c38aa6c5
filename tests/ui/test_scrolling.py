"""What does not fit scrolls: by wheel, finger, page keys and the focus, with a cue, and never answers unseen.

A level of long choices at 800x600 in the largest OpenDyslexic text: its passage and choices cannot fit at 16 px,
so they scroll together, played through the real scene stack with scripted input.
"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.content.pack import load_pack
from game.ui import widgets
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.question import QuestionScene

from .harness import click, key, press, settle

CHOICES = [
    "The writer, who says so in the second paragraph without naming anyone who told them, as writers often do",
    "A spokesperson for the city council, speaking to reporters after the Monday meeting of the whole council",
    "Nobody: the article reports it as a plain fact and gives no source for it at all, not even a vague one",
    "The head of the parents' association, quoted at length near the end of the article, in her own words",
    "A reporter from another newspaper, whose own story the writer links to in the very last paragraph",
]
LONG = f"""\
id: long
title: Long choices
article: sony-hack-denial.txt
intro: >
  {"A long brief that a teacher wrote, with many words to read before the level starts. " * 9}
questions:
  - id: who
    type: choice
    prompt: >
      The article says that the joint inquiry request was rejected. Read the sentence again, and the one
      before it. According to the article, who first said that the joint inquiry request was rejected by the US?
    choices: [{", ".join(f'"{c}, when it was first reported in the news"' for c in CHOICES)}]
    answer: "{CHOICES[3]}, when it was first reported in the news"
    evidence: "As you might have expected, the US rejected the joint inquiry request"
    explanation: The article names its source.
"""


@pytest.fixture
def ctx(screen: pygame.Surface, tmp_path: Path) -> GameContext:
    (tmp_path / "levels").mkdir()
    (tmp_path / "levels" / "long.yaml").write_text(LONG, encoding="utf-8")
    pack = load_pack([tmp_path / "levels"])
    assert not pack.errors, pack.problems
    context = GameContext(pack, seed=1)
    context.settings.text_size, context.settings.font = "large", "opendyslexic"  # type: ignore[assignment]
    return context


def question(ctx: GameContext, size: tuple[int, int] = (800, 600)) -> tuple[App, QuestionScene]:
    app = App(pygame.display.set_mode(size), IntroScene(ctx, 0), FakeClock())
    settle(app)
    scene = press(app, key(Act.CONFIRM), key(Act.CONFIRM))
    assert isinstance(scene, QuestionScene)
    press(app, Action(Act.POINT, pos=(1, 1)))  # the settle time passes; the pointer rests off the choices
    return app, scene


def last_out_of_sight(scene: QuestionScene) -> int:
    assert scene.pane.overflows
    hidden = [i for i in range(len(scene.choices)) if not scene.button_shows(i)]
    assert hidden, "every choice shows: the level is not long enough to test scrolling"
    return hidden[-1]


def test_a_number_key_first_shows_a_choice_out_of_sight_and_answers_only_once_it_was_seen(ctx: GameContext) -> None:
    widgets.layout_problems.clear()
    app, scene = question(ctx)
    hidden = last_out_of_sight(scene)
    assert press(app, key(Act.CHOOSE, hidden)) is scene  # not answered: shown, and focused
    assert scene.button_shows(hidden) and scene.menu.focus == hidden
    assert str(hidden + 1) in scene.message
    assert isinstance(press(app, key(Act.CHOOSE, hidden)), FeedbackScene)  # seen: now it answers
    assert list(widgets.layout_problems) == []


def test_in_a_tiny_window_a_choice_taller_than_its_box_is_shown_from_its_top_and_then_answers(
    ctx: GameContext,
) -> None:
    app, scene = question(ctx, (300, 200))
    hidden = last_out_of_sight(scene)
    assert scene.choices[hidden].rect.height > scene.pane.rect.height
    assert press(app, key(Act.CHOOSE, hidden)) is scene
    assert scene.choices[hidden].rect.top == scene.pane.rect.top
    assert isinstance(press(app, key(Act.CHOOSE, hidden)), FeedbackScene)


def test_the_wheel_a_finger_and_the_page_keys_scroll_the_choices_and_the_focus_brings_its_button_into_sight(
    ctx: GameContext,
) -> None:
    app, scene = question(ctx)
    hidden = last_out_of_sight(scene)
    press(app, Action(Act.SCROLL, amount=10.0))  # PageDown (the wheel and a drag send the same, in lines)
    assert scene.pane.offset == scene.pane.max_offset and scene.button_shows(hidden)
    top = scene.choices[0].rect.top
    press(app, Action(Act.SCROLL, amount=-1.0))  # one notch of the wheel up
    assert scene.choices[0].rect.top > top
    press(app, Action(Act.SCROLL, amount=-1000.0))  # Home
    assert scene.pane.offset == 0
    for _ in range(hidden + 1):  # Down from no focus: the first choice, then on
        press(app, key(Act.DOWN))
    assert scene.menu.focus == hidden and scene.button_shows(hidden)


def test_a_click_where_a_choice_lies_out_of_sight_presses_nothing(ctx: GameContext) -> None:
    app, scene = question(ctx)
    hidden = last_out_of_sight(scene)
    rect = scene.choices[hidden].rect
    outside = rect.clip(pygame.Rect(0, scene.pane.rect.bottom, 800, 600))  # the part below the scrolling box
    assert outside.height > 0
    assert press(app, *click(outside)) is scene
    assert scene.menu.focus != hidden


def test_the_scroll_cue_shows_where_there_is_more(ctx: GameContext) -> None:
    """A thumb in the lane, and an arrow at each edge of the box that has more beyond it (on a fade)."""
    app, scene = question(ctx)
    ground = ctx.theme.background
    box = scene.pane.inner()
    fade = scene.px(34)
    edges = {"top": pygame.Rect(box.left, box.top, box.width, fade)}
    edges["bottom"] = pygame.Rect(box.left, box.bottom - fade, box.width, fade)
    lane = pygame.Rect(box.right, box.top, scene.pane.rect.right - box.right, box.height)

    def cue() -> dict[str, int]:
        """Pixels the cue alone paints, on a blank screen, in each edge band and in the lane."""
        blank = pygame.Surface(app.screen.get_size())
        blank.fill(ground)
        scene.pane.draw_scrollbar(blank, ground)
        inked = pygame.mask.from_threshold(blank, ground, (1, 1, 1, 255))
        inked.invert()
        return {
            name: inked.overlap_area(pygame.mask.Mask(r.size, fill=True), r.topleft)
            for name, r in {**edges, "lane": lane}.items()
        }

    assert cue()["top"] == 0 and cue()["bottom"] > 0 and cue()["lane"] > 0
    press(app, Action(Act.SCROLL, amount=1.0))
    assert cue()["top"] > 0 and cue()["bottom"] > 0
    press(app, Action(Act.SCROLL, amount=1000.0))
    assert cue()["top"] > 0 and cue()["bottom"] == 0


def test_a_scroll_draws_what_painting_anew_draws_and_then_the_game_is_idle(ctx: GameContext) -> None:
    """The kept still part follows the scroll (never a stale copy), and nothing redraws once it has moved."""
    app, scene = question(ctx)
    for amount in (1.0, 3.0, -1.0, 1000.0):
        press(app, Action(Act.SCROLL, amount=amount))
        shown = pygame.image.tobytes(app.screen, "RGB")
        app.stack.forget_copies()
        app.stack.draw(app.screen)
        assert pygame.image.tobytes(app.screen, "RGB") == shown
    assert scene.pane.offset == scene.pane.max_offset > 0

    def lines_drawn(*actions: Action) -> int:
        before = ctx.cache.hits + ctx.cache.misses
        press(app, *actions)
        return ctx.cache.hits + ctx.cache.misses - before

    scrolled = lines_drawn(Action(Act.SCROLL, amount=-1.0))
    scene.request_redraw()
    app.stack.forget_copies()
    assert 0 < scrolled < lines_drawn()  # a scroll paints the box again, not the heading, the status or the buttons
    redraws = app.redraws
    for _ in range(10):
        app.step([])
    assert app.redraws == redraws and app.idle


def test_the_intro_scrolls_its_long_brief_then_the_article(ctx: GameContext) -> None:
    app = App(pygame.display.set_mode((800, 600)), IntroScene(ctx, 0), FakeClock())
    settle(app)
    intro = app.stack.top
    assert isinstance(intro, IntroScene) and intro.brief.overflows
    press(app, key(Act.DOWN))
    assert intro.brief.offset > 0 and intro.article.offset == 0  # Down reads the brief first
    press(app, Action(Act.SCROLL, amount=1000.0))
    press(app, key(Act.DOWN))
    assert intro.brief.offset == intro.brief.max_offset and intro.article.offset > 0  # then on into the article
