"""The progress strip on the question screen marks a partly right answer as the feedback did: "almost", not a miss.

Playtest 7 (left, 10): a source chain with 1 of 3 links in place got "Almost: +33 points" and its own diamond on
the answer screen, then the same red low block as "Not quite" in the strip. The strip now has three marks that
differ in height, not only in colour: right a full block, almost two thirds, a miss one third.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content.outcome import Outcome
from game.ui.actions import Act
from game.ui.app import App
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.scenes.chain import ChainScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.title import TitleScene
from game.ui.theme import HIGH_CONTRAST, NORMAL, Theme

from .harness import click, key, press, settle
from .test_chain_and_choice import cards, example_pack


def painted(surface: pygame.Surface, cell: pygame.Rect, colour: tuple[int, int, int]) -> int:
    """How many rows of `cell` (by a column left of its middle) are `colour`: the mark's height."""
    x = cell.left + cell.width // 6
    return sum(tuple(surface.get_at((x, y)))[:3] == colour for y in range(cell.top, cell.bottom))


def cells(rect: pygame.Rect, total: int, scene: QuestionScene) -> list[pygame.Rect]:
    gap = max(1, round(4 * scene.scale))
    width = (rect.width - gap * (total - 1)) / total
    return [
        pygame.Rect(round(rect.left + i * (width + gap)), rect.top, round(width), rect.height) for i in range(total)
    ]


def marks_after_almost_then_miss(screen: pygame.Surface, folder: Path, theme: Theme) -> list[pygame.Rect]:
    """Play the example level: a chain 1 of 3 in place (almost), a wrong pick (miss); the third question's strip."""
    ctx = GameContext(example_pack(folder), seed=1)
    ctx.settings.high_contrast = theme is HIGH_CONTRAST
    app = App(screen, TitleScene(ctx), FakeClock())
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    chain = press(app, key(Act.CONFIRM))
    assert isinstance(chain, ChainScene)
    for i in cards(chain, "North Korea's foreign ministry", "This article", "Reuters"):
        press(app, *click(chain.choices[i].rect))
    assert chain.check is not None
    feedback = press(app, *click(chain.check.rect))
    assert isinstance(feedback, FeedbackScene) and feedback.result.outcome is Outcome.ALMOST
    question = press(app, *click(feedback.menu.buttons[0].rect))
    assert type(question) is QuestionScene
    wrong = next(i for i, c in enumerate(question.session.current.choices) if "through Reuters" not in c)
    feedback = press(app, *click(question.choices[wrong].rect))
    assert isinstance(feedback, FeedbackScene) and feedback.result.outcome is Outcome.WRONG
    third = press(app, *click(feedback.menu.buttons[0].rect))
    assert isinstance(third, QuestionScene)
    assert third.run.progress(third.session) == ([Outcome.ALMOST, Outcome.WRONG], 3)
    app.stack.draw(screen)
    return cells(third.strip_rect, 3, third)


def test_an_almost_answer_has_its_own_mark_in_the_strip(screen: pygame.Surface, tmp_path: Path) -> None:
    for n, theme in enumerate((NORMAL, HIGH_CONTRAST)):
        folder = tmp_path / str(n)
        folder.mkdir()
        almost, miss, _ = marks_after_almost_then_miss(screen, folder, theme)
        # the colour the answer screen gave "Almost" (its diamond), not the miss's red
        assert painted(screen, almost, theme.accent) > 0 and painted(screen, almost, theme.wrong) == 0
        assert painted(screen, miss, theme.wrong) > 0
        # and a shape of its own: taller than a miss, lower than a right answer's full block
        height, low = painted(screen, almost, theme.accent), painted(screen, miss, theme.wrong)
        assert low + 2 <= height <= almost.height - 3, (height, low, almost.height)
        # with the feedback's diamond cut in its middle
        block = pygame.Rect(almost.left, almost.bottom - height, almost.width, height)
        assert tuple(screen.get_at(block.center))[:3] == theme.background
