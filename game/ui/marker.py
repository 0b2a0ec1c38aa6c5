"""Loaded words marked in the sentence itself, like a highlighter on running text.

The words of a `loaded_words` sentence are laid out as the sentence reads, each
one a target for a click, a tap, or the arrow keys and Enter; a marked word gets
the highlighter's colour. Each word is a `Button` of the question's menu, so
focus, pointer and keys work as for any answer, only drawn as text.
"""

from __future__ import annotations

import pygame

from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.theme import px
from game.ui.widgets import Button, flow

SHRINK = (1.0, 0.85, 0.72, 0.6, 0.5)
"""Sizes tried, largest first, until the sentence fits its box (never below MIN_TEXT_PX)."""


def layout_words(ctx: GameContext, words: list[Button], area: pygame.Rect, scale: float) -> pygame.font.Font:
    """Place every word in `area` as running text, in the largest size that fits; returns that font."""
    path, size = ctx.font_spec("quote", scale)
    for factor in SHRINK:
        font = ctx.fonts.get(path, max(MIN_TEXT_PX, round(size * factor)))
        space = font.size(" ")[0]
        height = font.get_height()
        rects = flow([font.size(w.label)[0] for w in words], area, height, space, round(height * 0.45))
        if rects is not None:
            break
    for word, rect in zip(words, rects or [], strict=False):
        word.rect = rect.inflate(space, px(6, scale))  # touching, not overlapping: every pixel picks one word
    return font


def draw_words(
    surface: pygame.Surface,
    ctx: GameContext,
    words: list[Button],
    font: pygame.font.Font,
    scale: float,
    focus: int | None,
    hover: int | None,
) -> None:
    """The sentence, its marked words highlighted; after the answer, right, wrong and missed in their colours."""
    theme = ctx.theme
    radius = px(6, scale)
    for i, word in enumerate(words):
        ink = theme.text
        fill = {
            "picked": theme.highlight,
            "right": theme.correct,
            "missed": theme.correct,
            "wrong": theme.wrong,
        }.get(word.mark or "")
        if fill is not None:
            pygame.draw.rect(surface, fill, word.rect, border_radius=radius)
            ink = theme.highlight_text if word.mark == "picked" else theme.panel
        if word.mark == "missed":  # a loaded word the student did not mark: outlined, not filled in
            pygame.draw.rect(
                surface, theme.panel, word.rect.inflate(-px(6, scale), -px(6, scale)), border_radius=radius
            )
            ink = theme.text
        text = ctx.cache.render(font, word.label, ink)
        surface.blit(text, text.get_rect(center=word.rect.center))
        if i == hover and i != focus:
            y = word.rect.bottom - 1
            pygame.draw.line(surface, theme.accent, (word.rect.left, y), (word.rect.right, y), max(1, px(3, scale)))
        if i == focus:
            ring = word.rect.inflate(px(6, scale), px(6, scale))
            pygame.draw.rect(surface, theme.focus_ring, ring, width=max(2, px(3, scale)), border_radius=radius)
