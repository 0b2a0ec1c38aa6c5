"""Buttons, menus, icons and text boxes shared by the scenes.

Every piece of text goes through `text_box`, which shrinks text to fit its box (not
below 16 px) and otherwise records the overflow in `layout_problems` (bounded: a kiosk
draws all day); the rendering tests draw every screen at several window sizes and
require that list to stay empty.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import Literal

import pygame

from game.ui.actions import Act, Action
from game.ui.context import LAST_RESORT_PX, MIN_TEXT_PX, GameContext, Role
from game.ui.text import draw_paragraph, fit_font_size, lines_height, paragraph_height, wrapped_lines
from game.ui.theme import Theme, px

layout_problems: deque[str] = deque(maxlen=200)
"""Text that did not fit its box (or a box outside the window), found while drawing."""

Mark = Literal["right", "wrong", "missed", "picked"] | None


def text_box(
    surface: pygame.Surface,
    ctx: GameContext,
    text: str,
    rect: pygame.Rect,
    role: Role,
    colour: tuple[int, int, int],
    scale: float,
    *,
    align: Literal["left", "center", "right"] = "left",
    middle: bool = False,
    min_factor: float = 0.6,
) -> int:
    """Draw `text` wrapped in `rect`, shrinking down to `min_factor` of its size to fit; returns its height.

    Never below MIN_TEXT_PX to fit: screens make room for their text at that size. Where one did not (content no
    test has seen), the text goes smaller still rather than over other text, and `layout_problems` records it.
    `middle` centres the text block vertically (buttons, the quoted passage).
    """
    if not surface.get_rect().contains(rect):
        layout_problems.append(f"box {rect} for {text[:30]!r} is outside the window {surface.get_size()}")
    path, size = ctx.font_spec(role, scale)
    smallest = max(MIN_TEXT_PX, round(size * min_factor))  # never below MIN_TEXT_PX: beyond it, the box must grow

    def fit() -> int:
        fitted = fit_font_size(text, rect, lambda s: ctx.fonts.measuring(path, s), size, min(size, smallest))
        if paragraph_height(text, rect.width, ctx.fonts.get(path, fitted)) <= rect.height:
            return fitted
        return fit_font_size(text, rect, lambda s: ctx.fonts.measuring(path, s), size, min(size, LAST_RESORT_PX))

    fitted = ctx.cache.remember(("fit", path, size, smallest, text, rect.size), fit)
    font = ctx.fonts.get(path, fitted)
    if fitted < MIN_TEXT_PX:  # the screen left no room even at MIN_TEXT_PX: smaller, rather than over other text
        layout_problems.append(f"{text[:40]!r} shrank to {fitted}px: its {rect.height}px box is too small")
    if middle:
        needed = lines_height(len(wrapped_lines(ctx.cache, text, rect.width, font)), font)
        if needed < rect.height:
            rect = pygame.Rect(rect.left, rect.top + (rect.height - needed) // 2, rect.width, needed)
    height = draw_paragraph(surface, text, rect, font, colour, ctx.cache, align=align)
    if height > rect.height:
        layout_problems.append(f"{text[:40]!r} needs {height}px in a {rect.height}px box")
    return height


def dim(surface: pygame.Surface, alpha: int = 145) -> None:
    """Darken what is already drawn, so an overlay stands out from the screen it sits on.

    Multiplying in place is black blended at `alpha`, without a window-sized surface every frame.
    """
    keep = 255 - alpha
    surface.fill((keep, keep, keep), special_flags=pygame.BLEND_MULT)


def draw_panel(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, scale: float, border: tuple | None = None):
    radius = px(14, scale)
    pygame.draw.rect(surface, theme.panel, rect, border_radius=radius)
    pygame.draw.rect(surface, border or theme.muted_text, rect, width=max(1, px(2, scale)), border_radius=radius)


# --- icons: meaning is carried by shape as well as colour -------------------------------------------------


def draw_check(surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, int, int]) -> None:
    w = max(2, rect.width // 7)
    points = [
        (rect.left + rect.width * 0.15, rect.centery),
        (rect.left + rect.width * 0.42, rect.bottom - rect.height * 0.2),
        (rect.right - rect.width * 0.12, rect.top + rect.height * 0.2),
    ]
    pygame.draw.lines(surface, colour, False, points, w)


def draw_cross(surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, int, int]) -> None:
    w = max(2, rect.width // 7)
    inset = rect.inflate(-rect.width * 0.35, -rect.height * 0.35)
    pygame.draw.line(surface, colour, inset.topleft, inset.bottomright, w)
    pygame.draw.line(surface, colour, inset.topright, inset.bottomleft, w)


def draw_almost(
    surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, int, int], ink: tuple[int, int, int]
) -> None:
    """A diamond with a short check: partly right, a shape of its own (right is a circle, wrong a square)."""
    c = rect.center
    half = rect.width // 2
    pygame.draw.polygon(surface, colour, [(c[0], rect.top), (rect.right, c[1]), (c[0], rect.bottom), (rect.left, c[1])])
    inner = pygame.Rect(0, 0, half, half)
    inner.center = c
    draw_check(surface, inner, ink)


def draw_muted_speaker(surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, int, int]) -> None:
    """A loudspeaker with a cross beside it: no sound on this computer."""
    w, h = rect.width, rect.height
    box = pygame.Rect(rect.left, rect.top + h * 0.35, w * 0.2, h * 0.3)
    cone = [(box.right, box.top), (rect.left + w * 0.5, rect.top + h * 0.1)]
    cone += [(rect.left + w * 0.5, rect.bottom - h * 0.1), (box.right, box.bottom)]
    pygame.draw.rect(surface, colour, box)
    pygame.draw.polygon(surface, colour, cone)
    cross = pygame.Rect(rect.left + w * 0.62, rect.top + h * 0.3, w * 0.36, h * 0.4)
    line = max(2, w // 10)
    pygame.draw.line(surface, colour, cross.topleft, cross.bottomright, line)
    pygame.draw.line(surface, colour, cross.topright, cross.bottomleft, line)


def draw_star(surface: pygame.Surface, centre: tuple[float, float], radius: float, colour, filled: bool) -> None:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((centre[0] + r * math.cos(angle), centre[1] + r * math.sin(angle)))
    pygame.draw.polygon(surface, colour, points, 0 if filled else max(1, int(radius / 8)))


def draw_lock(surface: pygame.Surface, rect: pygame.Rect, colour) -> None:
    body = pygame.Rect(0, 0, rect.width * 0.7, rect.height * 0.5)
    body.midbottom = rect.midbottom
    shackle = pygame.Rect(0, 0, rect.width * 0.46, rect.height * 0.6)
    shackle.midtop = (rect.centerx, rect.top)
    pygame.draw.rect(surface, colour, shackle, width=max(2, rect.width // 9), border_radius=rect.width // 4)
    pygame.draw.rect(surface, colour, body, border_radius=max(1, rect.width // 10))


def stars_row(
    surface: pygame.Surface, centre: tuple[int, int], radius: int, stars: int, colour: tuple[int, int, int]
) -> None:
    """Three stars, `stars` of them filled: the outline ones still show how many could be earned."""
    for i in range(3):
        x = centre[0] + (i - 1) * radius * 2.4
        draw_star(surface, (x, centre[1]), radius, colour, i < stars)


# --- buttons and menus -------------------------------------------------------------------------------------


@dataclass
class Button:
    label: str
    rect: pygame.Rect = field(default_factory=pygame.Rect)
    badge: str = ""
    mark: Mark = None
    enabled: bool = True

    def needed_height(self, ctx: GameContext, scale: float, width: int, *, least: bool = False) -> int:
        """The height a button `width` wide needs for its label at full size (`least`: at MIN_TEXT_PX), with room
        for a badge and a mark."""
        pad = px(14, scale)
        icon_size = max(px(34, scale), ctx.font("small", scale).get_height() + 4)
        lane = width - 2 * pad - (2 * (icon_size + pad) if self.badge else 0)
        path, size = ctx.font_spec("button", scale)
        font = ctx.fonts.get(path, MIN_TEXT_PX if least else size)
        return paragraph_height(self.label, max(1, lane), font) + px(10, scale)

    def draw(self, surface: pygame.Surface, ctx: GameContext, scale: float, focused: bool, hovered: bool) -> None:
        theme = ctx.theme
        fill = theme.button_hover if (hovered or focused) and self.enabled else theme.button
        ink = theme.button_text
        if self.mark in ("right", "missed"):
            fill, ink = theme.correct, theme.panel
        elif self.mark == "wrong":
            fill, ink = theme.wrong, theme.panel
        if not self.enabled:
            fill, ink = theme.panel, theme.muted_text
        radius = px(10, scale)
        pygame.draw.rect(surface, fill, self.rect, border_radius=radius)
        if not self.enabled:
            pygame.draw.rect(surface, theme.muted_text, self.rect, width=max(1, px(2, scale)), border_radius=radius)
        if focused:
            ring = self.rect.inflate(px(10, scale), px(10, scale))
            pygame.draw.rect(
                surface, theme.focus_ring, ring, width=max(2, px(4, scale)), border_radius=radius + px(4, scale)
            )
        pad = px(14, scale)
        inner = self.rect.inflate(-2 * pad, -px(10, scale))
        icon_size = min(inner.height, max(px(34, scale), ctx.font("small", scale).get_height() + 4))
        if self.badge:
            badge = pygame.Rect(inner.left, 0, icon_size, icon_size)
            badge.centery = inner.centery
            pygame.draw.rect(surface, ink, badge, width=max(1, px(2, scale)), border_radius=px(6, scale))
            text_box(
                surface,
                ctx,
                self.badge,
                badge.inflate(-2, -2),
                "small",
                ink,
                scale,
                align="center",
                middle=True,
                min_factor=0.3,
            )
            inner.width -= icon_size + pad
            inner.left += icon_size + pad
        if self.mark in ("right", "wrong", "missed", "picked"):
            icon = pygame.Rect(0, 0, icon_size, icon_size)
            icon.midright = (inner.right, inner.centery)
            if self.mark == "wrong":
                draw_cross(surface, icon, ink)
            elif self.mark == "picked":
                pygame.draw.rect(surface, ink, icon, width=max(2, px(3, scale)), border_radius=px(4, scale))
                draw_check(surface, icon.inflate(-icon_size // 4, -icon_size // 4), ink)
            else:
                draw_check(surface, icon, ink)
            inner.width -= icon_size + pad
        text_box(
            surface,
            ctx,
            self.label,
            inner,
            "button",
            ink,
            scale,
            align="left" if self.badge else "center",
            middle=True,
            min_factor=0.45,
        )


class Menu:
    """A list of buttons with one focus; mouse, touch, number keys, arrows and Tab all choose through it.

    Number keys reach only the buttons that show a number, when some do (the answers of a
    question, not "Read the article"); `numbers=False` turns them off (words to mark).
    A menu made with `focus=None` shows no focus until the player moves it (arrows, Tab,
    pointer), and Enter then only shows it: a new question never answers itself on Enter.
    Up/Down step through the list (by `columns` in a grid); Left/Right step within a grid
    row, or in a one-column list move to the nearest button beside the focused one.
    """

    def __init__(self, buttons: list[Button], *, columns: int = 1, numbers: bool = True, focus: int | None = 0) -> None:
        self.buttons = buttons
        self.columns = columns
        self.numbers = numbers
        self.focus: int | None = focus
        self.hover: int | None = None

    def handle(self, action: Action) -> int | None:
        """The index of the button the action activates, if any; moves focus and hover otherwise."""
        enabled = [i for i, b in enumerate(self.buttons) if b.enabled]
        if not enabled:
            return None
        if action.kind is Act.CHOOSE and action.index is not None:
            numbered = [i for i in enabled if self.buttons[i].badge] or enabled
            return action.index if self.numbers and action.index in numbered else None
        if action.kind in (Act.POINT, Act.CLICK) and action.pos is not None:
            inside = next((i for i in enabled if self.buttons[i].rect.collidepoint(action.pos)), None)
            self.hover = inside
            if inside is not None:
                self.focus = inside
            return inside if action.kind is Act.CLICK else None
        if action.kind is Act.CONFIRM:
            if self.focus is None:
                self.focus = enabled[0]  # show where Enter will act; the next Enter acts
                return None
            return self.focus if self.focus in enabled else None
        if self.focus is None and action.kind in _MOVES:
            self.focus = enabled[0]
        elif action.kind in (Act.FOCUS_NEXT, Act.FOCUS_PREVIOUS):
            step = 1 if action.kind is Act.FOCUS_NEXT else -1
            at = enabled.index(self.focus) if self.focus in enabled else -1 if step > 0 else 0
            self.focus = enabled[(at + step) % len(enabled)]
        elif action.kind in (Act.LEFT, Act.RIGHT) and self.columns == 1:
            self._beside(enabled, -1 if action.kind is Act.LEFT else 1)
        else:
            self._step(
                enabled, {Act.UP: -self.columns, Act.DOWN: self.columns, Act.LEFT: -1, Act.RIGHT: 1}.get(action.kind)
            )
        return None

    def _step(self, enabled: list[int], step: int | None) -> None:
        if step is None or self.focus is None:
            return
        target = self.focus + step
        while 0 <= target < len(self.buttons) and target not in enabled:
            target += step
        if 0 <= target < len(self.buttons):
            self.focus = target

    def _beside(self, enabled: list[int], direction: int) -> None:
        """Move to the nearest button on the same row, to the left (-1) or right (1) of the focus."""
        if self.focus is None:
            return
        here = self.buttons[self.focus].rect
        row = [
            i
            for i in enabled
            if (self.buttons[i].rect.centerx - here.centerx) * direction > 0
            and self.buttons[i].rect.top < here.bottom
            and here.top < self.buttons[i].rect.bottom
        ]
        if row:
            self.focus = min(row, key=lambda i: abs(self.buttons[i].rect.centerx - here.centerx))

    def draw(self, surface: pygame.Surface, ctx: GameContext, scale: float) -> None:
        for i, button in enumerate(self.buttons):
            button.draw(surface, ctx, scale, focused=i == self.focus, hovered=i == self.hover)


_MOVES = frozenset({Act.UP, Act.DOWN, Act.LEFT, Act.RIGHT, Act.FOCUS_NEXT, Act.FOCUS_PREVIOUS})


def flow(widths: list[int], area: pygame.Rect, row_h: int, gap: int, row_gap: int) -> list[pygame.Rect] | None:
    """Place boxes left to right, wrapping like words in a line; None when they do not fit in `area`."""
    rects: list[pygame.Rect] = []
    x, y = area.left, area.top
    for width in widths:
        width = min(width, area.width)
        if x + width > area.right and x > area.left:
            x, y = area.left, y + row_h + row_gap
        rects.append(pygame.Rect(x, y, width, row_h))
        x += width + gap
    return rects if not rects or rects[-1].bottom <= area.bottom else None


def grid(area: pygame.Rect, count: int, columns: int, gap: int) -> list[pygame.Rect]:
    """`count` equal cells filling `area` row by row, `columns` to a row (keypads, letter pickers)."""
    rows = max(1, -(-count // columns))
    width = (area.width - gap * (columns - 1)) // columns
    height = (area.height - gap * (rows - 1)) // rows
    step_x, step_y = width + gap, height + gap
    return [
        pygame.Rect(area.left + (i % columns) * step_x, area.top + (i // columns) * step_y, width, height)
        for i in range(count)
    ]


def column(area: pygame.Rect, count: int, height: int, gap: int) -> list[pygame.Rect]:
    """`count` equal rows stacked from the top of `area`, shrinking rows if they would not fit."""
    if count == 0:
        return []
    height = min(height, (area.height - gap * (count - 1)) // count)
    return [pygame.Rect(area.left, area.top + i * (height + gap), area.width, height) for i in range(count)]


class Scrollable:
    """A box whose content may be taller than it: the offset, its limits, scrolling and the scrollbar."""

    def __init__(self, ctx: GameContext, role: Role = "body") -> None:
        self.ctx, self.role = ctx, role
        self.rect = pygame.Rect(0, 0, 1, 1)
        self.scale = 1.0
        self.offset = 0
        self.content_height = 0

    def inner(self) -> pygame.Rect:
        """Where the content shows: the box less its padding and the scrollbar's lane."""
        pad = px(18, self.scale)
        return self.rect.inflate(-2 * pad - px(10, self.scale), -2 * pad)

    @staticmethod
    def box_height(content_height: int, scale: float) -> int:
        """How tall the box must be for `content_height` pixels to show inside it (for a screen's layout)."""
        return content_height + 2 * px(18, scale)

    @property
    def max_offset(self) -> int:
        return max(0, self.content_height - self.inner().height)

    def clamp(self, offset: float) -> int:
        return int(min(max(0, offset), self.max_offset))

    def handle(self, action: Action) -> bool:
        """Scroll on wheel, drag, page keys and (when the scene passes them) arrows; True if it moved."""
        amount = {Act.UP: -1.0, Act.DOWN: 1.0}.get(action.kind, action.amount if action.kind is Act.SCROLL else 0.0)
        before = self.offset
        self.offset = self.clamp(self.offset + amount * self.ctx.font(self.role, self.scale).get_linesize() * 2)
        return self.offset != before

    def draw_scrollbar(self, surface: pygame.Surface) -> None:
        if not self.max_offset:
            return
        inner = self.inner()
        track = pygame.Rect(inner.right + px(6, self.scale), inner.top, px(6, self.scale), inner.height)
        thumb_h = max(px(24, self.scale), track.height * inner.height // max(1, self.content_height))
        thumb_y = track.top + (track.height - thumb_h) * min(self.offset, self.max_offset) // self.max_offset
        pygame.draw.rect(
            surface,
            self.ctx.theme.muted_text,
            (track.left, thumb_y, track.width, thumb_h),
            border_radius=track.width // 2,
        )


class ScrollText(Scrollable):
    """A long text in a fixed box, scrolled by wheel, drag, page keys or arrows, with a scrollbar."""

    def __init__(self, ctx: GameContext, text: str, role: Role = "body") -> None:
        super().__init__(ctx, role)
        self.text = text

    def layout(self, rect: pygame.Rect, scale: float) -> None:
        self.rect, self.scale = rect, scale
        self.content_height = paragraph_height(self.text, self.inner().width, self.ctx.font(self.role, scale))
        self.offset = self.clamp(self.offset)

    def draw(self, surface: pygame.Surface) -> None:
        draw_panel(surface, self.rect, self.ctx.theme, self.scale)
        font = self.ctx.font(self.role, self.scale)
        draw_paragraph(
            surface, self.text, self.inner(), font, self.ctx.theme.text, self.ctx.cache, scroll_y=self.offset
        )
        self.draw_scrollbar(surface)
