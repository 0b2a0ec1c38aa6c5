"""Every bundled level, the check forms included, at 800x600 in the largest text and OpenDyslexic: every screen a
student meets keeps its text at 16 px or more, and what does not fit scrolls, rather than shrinking or spilling.

The walk plays each level twice (every answer right, then wrong: both feedbacks), opens the article and the hint
of every question, and goes on to the front page and the summary.
"""

from __future__ import annotations

import dataclasses

import pygame
import pytest

from game.content.pack import Pack
from game.ui import widgets
from game.ui.actions import Act
from game.ui.app import App
from game.ui.autoplay import Autoplayer, Policy
from game.ui.clock import FakeClock
from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.summary import SummaryScene
from game.ui.text import TextCache

from .harness import bundled_pack, click, key, press, settle


def every_level() -> Pack:
    """The bundled pack with its check forms as levels too, so each is walked like one."""
    pack = bundled_pack()
    return dataclasses.replace(pack, levels=pack.everything)


LEVELS = [loaded.level.id for loaded in every_level().levels]


def walk(ctx: GameContext, index: int, policy: Policy) -> list[str]:
    """Play level `index` from its intro to its summary; the screens shown, with every layout problem met there."""
    app = App(pygame.display.set_mode((800, 600)), IntroScene(ctx, index), FakeClock())
    shown: list[str] = []

    def look() -> None:
        top = app.stack.top
        shown.append(top.shot_name)  # type: ignore[union-attr]
        shown.extend(f"{top.shot_name}: {problem}" for problem in widgets.layout_problems)  # type: ignore[union-attr]
        widgets.layout_problems.clear()

    settle(app)
    look()
    bot = Autoplayer(policy, seed=3)
    opened: set[int] = set()
    for _ in range(300):
        top = app.stack.top
        if isinstance(top, SummaryScene):
            return shown
        if isinstance(top, QuestionScene) and top.session.index not in opened:  # the article and the hint
            opened.add(top.session.index)
            for extra in top.extras:
                press(app, *click(extra.rect))
                look()
                press(app, key(Act.BACK))
        press(app, *bot.actions(top))
        look()
    raise AssertionError(f"{ctx.pack.levels[index].level.id} never reached its summary")


@pytest.mark.parametrize("level", LEVELS)
def test_every_screen_of_every_level_is_readable_at_800x600_in_the_largest_dyslexia_font(
    screen: object, level: str
) -> None:
    pack = every_level()
    index = LEVELS.index(level)
    ctx = GameContext(pack, seed=7, unlock_all=True)
    ctx.settings.text_size, ctx.settings.font = "large", "opendyslexic"  # type: ignore[assignment]
    ctx.cache = TextCache(max_entries=1_000_000, max_bytes=2**40)  # keep every line drawn, to look at them all
    widgets.layout_problems.clear()
    shown = walk(ctx, index, "correct") + walk(ctx, index, "wrong")
    problems = [line for line in shown if ": " in line]
    assert problems == [], problems[:5]
    kinds = {q.type for q in pack.levels[index].level.questions}
    screens = {"intro", "article", "feedback-right", "feedback-wrong", "front-page", "summary"}
    assert screens | {f"question-{kind}" for kind in kinds} <= set(shown)
    hints = any(q.hint for q in pack.levels[index].level.questions)
    assert not hints or "hint" in shown
    small = sorted({(f.point_size, text) for f, _, _, text, *_ in ctx.cache._entries if f.point_size < MIN_TEXT_PX})
    assert small == [], small[:5]
