"""Rosa, the editor: a small drawn portrait and a speech bubble for her one line.

She hands the student each story and signs off the front page; her lines are in
game.ui.newsroom_text. Drawn with shapes in theme colours, so she needs no image
file and stays visible in high contrast.
"""

from __future__ import annotations

import pygame

from game.ui.backdrop import blit_drawn
from game.ui.context import GameContext
from game.ui.text import paragraph_height
from game.ui.theme import Theme, px
from game.ui.widgets import text_box


def draw_portrait(surface: pygame.Surface, rect: pygame.Rect, theme: Theme) -> None:
    """A head and shoulders in a round frame: hair, round glasses, a pencil behind the ear."""
    r = min(rect.width, rect.height) // 2
    cx, cy = rect.center
    line = max(1, r // 14)
    pygame.draw.circle(surface, theme.paper, (cx, cy), r)
    clip = surface.get_clip()
    surface.set_clip(rect.clip(clip) if clip else rect)
    pygame.draw.ellipse(surface, theme.accent, (cx - r * 0.8, cy + r * 0.45, r * 1.6, r * 1.3))  # shoulders
    pygame.draw.circle(surface, theme.ink, (cx, cy - r * 0.05), round(r * 0.5))  # hair
    pygame.draw.circle(surface, theme.shadow, (cx, cy + r * 0.05), round(r * 0.4))  # face
    pygame.draw.rect(surface, theme.ink, (cx - r * 0.46, cy - r * 0.52, r * 0.92, r * 0.3), border_radius=r // 5)
    for side in (-1, 1):  # glasses
        pygame.draw.circle(surface, theme.ink, (cx + side * r * 0.17, cy + r * 0.04), max(2, round(r * 0.14)), line)
    pygame.draw.line(surface, theme.ink, (cx - r * 0.04, cy + r * 0.04), (cx + r * 0.04, cy + r * 0.04), line)
    pygame.draw.arc(surface, theme.ink, (cx - r * 0.14, cy + r * 0.12, r * 0.28, r * 0.2), 3.5, 5.9, line)  # smile
    pencil_from, pencil_to = (cx + r * 0.3, cy - r * 0.5), (cx + r * 0.62, cy + r * 0.02)
    pygame.draw.line(surface, theme.highlight, pencil_from, pencil_to, max(2, r // 8))
    surface.set_clip(clip)
    pygame.draw.circle(surface, theme.muted_text, (cx, cy), r, max(1, r // 16))


def editor_needs(ctx: GameContext, width: int, line: str, scale: float) -> int:
    """The height her portrait and bubble need, `width` wide, for her line at full size (her name then gives way)."""
    bubble = width - px(76 + 14 + 24, scale)
    return paragraph_height(line, max(1, bubble), ctx.font("small", scale)) + px(12, scale)


def draw_editor_says(
    surface: pygame.Surface, ctx: GameContext, rect: pygame.Rect, name: str, line: str, scale: float
) -> None:
    """The portrait on the left of `rect`, her name and line in a bubble pointing at her (drawn once, then copied)."""
    key = ("editor", name, line, ctx.theme, ctx.font_spec("small", scale))
    blit_drawn(
        surface, ctx.cache, key, rect, lambda image, area: _draw_editor_says(image, ctx, area, name, line, scale)
    )


def _draw_editor_says(
    surface: pygame.Surface, ctx: GameContext, rect: pygame.Rect, name: str, line: str, scale: float
) -> None:
    theme = ctx.theme
    size = min(rect.height, px(76, scale))
    portrait = pygame.Rect(rect.left, rect.top + (rect.height - size) // 2, size, size)
    draw_portrait(surface, portrait, theme)
    gap = px(14, scale)
    bubble = pygame.Rect(portrait.right + gap, rect.top, rect.right - portrait.right - gap, rect.height)
    if bubble.width <= 0:
        return
    radius = px(12, scale)
    tail = [
        (bubble.left + 1, bubble.centery - px(8, scale)),
        (bubble.left - gap + px(3, scale), bubble.centery),
        (bubble.left + 1, bubble.centery + px(8, scale)),
    ]
    pygame.draw.rect(surface, theme.paper, bubble, border_radius=radius)
    pygame.draw.polygon(surface, theme.paper, tail)
    pygame.draw.lines(surface, theme.muted_text, False, tail, max(1, px(2, scale)))
    pygame.draw.rect(surface, theme.muted_text, bubble, width=max(1, px(2, scale)), border_radius=radius)
    pygame.draw.line(surface, theme.paper, tail[0], tail[2], max(1, px(2, scale)))
    inner = bubble.inflate(-px(24, scale), -px(12, scale))
    tight = inner.height < 4 * ctx.font("small", scale).get_linesize()
    name_h = 0 if tight else inner.height * 3 // 10  # a tight bubble holds her line only
    if name_h:
        name_rect = pygame.Rect(inner.left, inner.top, inner.width, name_h)
        text_box(surface, ctx, name, name_rect, "small", theme.muted_text, scale, middle=True, min_factor=0.5)
    text_box(
        surface,
        ctx,
        line,
        pygame.Rect(inner.left, inner.top + name_h, inner.width, inner.height - name_h),
        "small",
        theme.text,
        scale,
        middle=True,
        min_factor=0.45,
    )
