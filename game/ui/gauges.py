"""Small read-at-a-glance gauges of the newsroom: the level's progress strip, the streak meter, the accuracy rating.

Each draws numbers the scene already has; shape and position carry the meaning
as well as colour (a right check is a full-height block, a partly right one a
two-thirds block, a miss a low one, the current question an outline), so they
read in high contrast and without colour.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pygame

from game.content.outcome import Outcome
from game.content.progress import Progress
from game.ui import newsroom_text as words
from game.ui.backdrop import blit_drawn
from game.ui.context import GameContext
from game.ui.motion import lerp
from game.ui.theme import Theme, px
from game.ui.widgets import text_box


def draw_progress_strip(
    surface: pygame.Surface,
    rect: pygame.Rect,
    outcomes: Sequence[Outcome | None],
    total: int,
    theme: Theme,
    scale: float,
) -> None:
    """One segment per question: a full block for a right check, a two-thirds block in the feedback's "Almost"
    colour with a diamond cut in it (its mark there) for a partly right one, a low block for a miss, an outline
    for the one now.

    An outcome of None is an answer given without a verdict (the news-sense check): a half block in muted ink.
    """
    if total <= 0:
        return
    gap = max(1, px(4, scale))
    width = (rect.width - gap * (total - 1)) / total
    for i in range(total):
        cell = pygame.Rect(round(rect.left + i * (width + gap)), rect.top, max(1, round(width)), rect.height)
        if i < len(outcomes):
            outcome = outcomes[i]
            if outcome is None:
                half = pygame.Rect(cell.left, cell.centery - cell.height // 4, cell.width, max(2, cell.height // 2))
                pygame.draw.rect(surface, theme.muted_text, half, border_radius=px(2, scale))
            elif outcome is Outcome.RIGHT:
                pygame.draw.rect(surface, theme.correct, cell, border_radius=px(3, scale))
            else:
                almost = outcome is Outcome.ALMOST
                height = max(3, cell.height * 2 // 3) if almost else max(2, cell.height // 3)
                low = pygame.Rect(cell.left, cell.bottom - height, cell.width, height)
                colour = theme.accent if almost else theme.wrong
                pygame.draw.rect(surface, colour, low, border_radius=px(2, scale))
                if almost and low.height >= 8:  # a diamond cut in it, as the feedback's "Almost" mark
                    r = (low.height - 4) // 2
                    x, y = low.center
                    pygame.draw.polygon(surface, theme.background, [(x, y - r), (x + r, y), (x, y + r), (x - r, y)])
        elif i == len(outcomes):
            pygame.draw.rect(surface, theme.accent, cell, width=max(2, px(2, scale)), border_radius=px(3, scale))
        else:
            base = pygame.Rect(cell.left, cell.bottom - max(1, px(2, scale)), cell.width, max(1, px(2, scale)))
            pygame.draw.rect(surface, theme.muted_text, base)


def draw_streak_meter(
    surface: pygame.Surface, rect: pygame.Rect, streak: int, theme: Theme, scale: float, *, cap: int = 5
) -> None:
    """Rising bars that fill with each right answer in a row, up to `cap`: a streak builds up, like a signal."""
    gap = max(1, px(3, scale))
    width = max(2, (rect.width - gap * (cap - 1)) // cap)
    for i in range(cap):
        height = max(2, rect.height * (i + 2) // (cap + 1))
        bar = pygame.Rect(rect.left + i * (width + gap), rect.bottom - height, width, height)
        if i < streak:
            pygame.draw.rect(surface, theme.accent, bar, border_radius=max(1, width // 4))
        else:
            pygame.draw.rect(
                surface, theme.muted_text, bar, width=max(1, px(2, scale)), border_radius=max(1, width // 4)
            )


def draw_rating(
    surface: pygame.Surface, ctx: GameContext, rect: pygame.Rect, label: str, share: float | None, scale: float
) -> None:
    """The accuracy rating: its words above a bar filled to `share` (None: no checks yet, an empty bar)."""
    theme = ctx.theme
    label_rect = pygame.Rect(rect.left, rect.top, rect.width, rect.height - max(6, px(12, scale)))
    text_box(surface, ctx, label, label_rect, "small", theme.text, scale, align="right", middle=True, min_factor=0.45)
    bar = pygame.Rect(  # under the label
        rect.left, label_rect.bottom + px(4, scale), rect.width, max(4, rect.height - label_rect.height - px(6, scale))
    )
    pygame.draw.rect(surface, theme.muted_text, bar, width=max(1, px(2, scale)), border_radius=bar.height // 2)
    if share:
        fill = bar.inflate(-px(4, scale), -px(4, scale))
        fill.width = max(1, round(fill.width * share))
        pygame.draw.rect(surface, theme.accent, fill, border_radius=fill.height // 2)


def rating_text(progress: Progress) -> str:
    share = progress.accuracy
    return words.ACCURACY_NONE if share is None else words.ACCURACY.format(percent=round(100 * share))


def draw_accuracy(surface: pygame.Surface, ctx: GameContext, rect: pygame.Rect, scale: float) -> None:
    """The fact-checker's accuracy rating across levels, as the board and the desk show it (drawn once, copied)."""
    label, share = rating_text(ctx.progress), ctx.progress.accuracy
    key = ("rating", label, share, ctx.theme, ctx.font_spec("small", scale))
    blit_drawn(surface, ctx.cache, key, rect, lambda image, area: draw_rating(image, ctx, area, label, share, scale))


@contextmanager
def shifted(rects: Sequence[pygame.Rect], dx: float, dy: float) -> Iterator[None]:
    """Draw `rects`' owners moved by (dx, dy), then put the rects back: a slide without a second layout."""
    dx, dy = round(dx), round(dy)
    for rect in rects:
        rect.move_ip(dx, dy)
    try:
        yield
    finally:
        for rect in rects:
            rect.move_ip(-dx, -dy)


def slide(amount: float, distance: int) -> float:
    """How far from its place a sliding thing still is at `amount` (0..1) of its tween."""
    return lerp(distance, 0, amount)
