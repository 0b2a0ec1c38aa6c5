"""A source chain drawn as cards joined by arrows, from where the news started to the reader.

The chain question shows the chain being built (empty slots still numbered); the
feedback shows the right chain, each card marked by whether the student had it
in that place. Right and wrong are carried by an icon and the words as well as by colour.
"""

from __future__ import annotations

from collections.abc import Sequence

import pygame

from game.ui.context import MIN_TEXT_PX, GameContext, Role
from game.ui.text import paragraph_height
from game.ui.theme import px
from game.ui.widgets import Mark, draw_check, draw_cross, text_box

READER = "You"
"""The end of every chain: the reader."""

ARROW_WIDTH = 44
MIN_CARD_WIDTH = 190
"""Narrower cards (design pixels) would break names mid-word: the chain goes on a second row instead."""


def readable(ctx: GameContext, role: Role, scale: float) -> float:
    """The `min_factor` that lets text of `role` shrink to fit, but not below `MIN_TEXT_PX`."""
    return min(1.0, MIN_TEXT_PX / max(1, ctx.font_spec(role, scale)[1]))


def chain_text(names: Sequence[str]) -> str:
    """A chain written out for a line of text: `A, then B, then C` (the bundled fonts have no arrow glyph)."""
    return ", then ".join(names)


def chain_rows(width: int, count: int, scale: float) -> int:
    """How many rows a chain of `count` cards takes in `width` pixels: 2 when one row would be too narrow."""
    reader_w = max(px(70, scale), width // 12)
    card_w = (width - reader_w - px(ARROW_WIDTH, scale) * count) // max(1, count)
    return 1 if card_w >= px(MIN_CARD_WIDTH, scale) or count < 3 else 2


def chain_slots(rect: pygame.Rect, count: int, scale: float) -> tuple[list[pygame.Rect], pygame.Rect]:
    """The rects of `count` cards and of the reader's card after them: one row, or more when one row would
    make the cards too narrow to read (the chain then continues on the next row, like text)."""
    arrow = px(ARROW_WIDTH, scale)
    reader_w = max(px(70, scale), rect.width // 12)
    width = (rect.width - reader_w - arrow * count) // max(1, count)
    if chain_rows(rect.width, count, scale) == 1:
        cards = [pygame.Rect(rect.left + i * (width + arrow), rect.top, width, rect.height) for i in range(count)]
        return cards, pygame.Rect(rect.right - reader_w, rect.top, reader_w, rect.height)
    rows = 2
    columns = -(-(count + 1) // rows)
    width = (rect.width - arrow * (columns + 1)) // columns
    row_gap = px(12, scale)
    height = (rect.height - row_gap * (rows - 1)) // rows
    slots = [
        pygame.Rect(
            rect.left + arrow + (i % columns) * (width + arrow),
            rect.top + (i // columns) * (height + row_gap),
            width,
            height,
        )
        for i in range(count + 1)
    ]
    reader = slots[-1]
    return slots[:-1], pygame.Rect(reader.left, reader.top, min(reader.width, max(reader_w, height * 3 // 2)), height)


def chain_height(
    ctx: GameContext, width: int, names: Sequence[str], scale: float, row: int, *, least: bool = False
) -> int:
    """The height a chain of `names` needs in `width`: `row` pixels a row, more when a name needs more lines
    (at full size; `least`: at MIN_TEXT_PX)."""
    rows = chain_rows(width, len(names), scale)
    cards, _ = chain_slots(pygame.Rect(0, 0, width, rows * row), len(names), scale)
    path, size = ctx.font_spec("body", scale)
    font = ctx.fonts.get(path, MIN_TEXT_PX if least else size)
    tallest = max(
        (paragraph_height(n, c.width - px(16, scale), font) for n, c in zip(names, cards, strict=True)), default=0
    )
    return max(rows * row, rows * (tallest + px(10, scale)) + (rows - 1) * px(12, scale))


def draw_chain(
    surface: pygame.Surface,
    ctx: GameContext,
    rect: pygame.Rect,
    names: Sequence[str | None],
    scale: float,
    marks: Sequence[Mark] = (),
) -> None:
    """Draw `names` as cards (None is an empty slot showing its place number), arrows, then the reader."""
    theme = ctx.theme
    cards, reader = chain_slots(rect, len(names), scale)
    radius = px(10, scale)
    line = max(2, px(3, scale))
    for i, (card, name) in enumerate(zip(cards, names, strict=True)):
        mark = marks[i] if i < len(marks) else None
        fill = {"right": theme.correct, "wrong": theme.wrong}.get(mark or "", theme.panel)
        ink = theme.panel if mark in ("right", "wrong") else theme.text
        pygame.draw.rect(surface, fill, card, border_radius=radius)
        border = theme.muted_text if name is None else theme.accent
        pygame.draw.rect(surface, border, card, width=line if name is None else line + 1, border_radius=radius)
        inner = card.inflate(-px(16, scale), -px(10, scale))
        if mark in ("right", "wrong"):  # a badge on the card's corner, clear of its name
            icon = pygame.Rect(0, 0, px(28, scale), px(28, scale))
            icon.center = (card.right - px(4, scale), card.top + px(4, scale))
            pygame.draw.circle(surface, fill, icon.center, icon.width // 2 + line)
            pygame.draw.circle(surface, theme.panel, icon.center, icon.width // 2 + line, width=line)
            (draw_check if mark == "right" else draw_cross)(surface, icon.inflate(-line, -line), ink)
        text = name if name is not None else str(i + 1)
        colour = ink if name is not None else theme.muted_text
        role = "body" if name is not None else "heading"
        text_box(surface, ctx, text, inner, role, colour, scale, align="center", middle=True, min_factor=0.0)
        following = cards[i + 1] if i + 1 < len(cards) else reader
        if following.top == card.top:
            _arrow(surface, theme.text, card.right, following.left, card.centery, scale)
        else:  # on to the next row: out at the right edge, in again at the left
            _arrow(surface, theme.text, card.right, rect.right, card.centery, scale)
            _arrow(surface, theme.text, rect.left, following.left, following.centery, scale)
    pygame.draw.ellipse(surface, theme.accent, reader, width=line)
    text_box(
        surface, ctx, READER, reader.inflate(-px(8, scale), 0), "body", theme.text, scale, align="center", middle=True
    )


def _arrow(surface: pygame.Surface, colour: tuple[int, int, int], left: int, right: int, y: int, scale: float) -> None:
    """A right-pointing arrow in the gap between two cards, at height `y`."""
    pad = px(6, scale)
    head = px(10, scale)
    start, end = left + pad, right - pad
    pygame.draw.line(surface, colour, (start, y), (end - head // 2, y), max(2, px(4, scale)))
    pygame.draw.polygon(surface, colour, [(end, y), (end - head, y - head), (end - head, y + head)])
