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

LABEL_SHRINK = 0.45
"""A button's label may shrink to this share of its size to fit (never below MIN_TEXT_PX)."""


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
    clip = surface.get_clip()
    if clip != surface.get_rect():  # drawn in a scrolling box: it may lie partly or wholly out of sight
        if not clip.colliderect(rect):
            return rect.height
    elif not surface.get_rect().contains(rect):
        layout_problems.append(f"box {rect} for {text[:30]!r} is outside the window {surface.get_size()}")
    path, size = ctx.font_spec(role, scale)
    smallest = least_px(ctx, role, scale, min_factor)  # never below MIN_TEXT_PX: beyond it, the box must grow

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


def least_px(ctx: GameContext, role: Role, scale: float, min_factor: float) -> int:
    """The smallest size `text_box` may shrink text of `role` to: `min_factor` of its size, never below MIN_TEXT_PX."""
    size = ctx.font_spec(role, scale)[1]
    return min(size, max(MIN_TEXT_PX, round(size * min_factor)))


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
    shown: pygame.Rect | None = None
    """The part of the window the button may show in (a scrolling box): outside it, it is hidden and not hit."""

    def hit(self, pos: tuple[int, int]) -> bool:
        """True if `pos` is on the part of the button that shows."""
        return self.rect.collidepoint(pos) and (self.shown is None or self.shown.collidepoint(pos))

    def needed_height(self, ctx: GameContext, scale: float, width: int, *, least: bool = False) -> int:
        """The height a button `width` wide needs for its label at full size (`least`: at the smallest size its label
        may shrink to), with room for a badge and a mark."""
        pad = px(14, scale)
        icon_size = max(px(34, scale), ctx.font("small", scale).get_height() + 4)
        lane = width - 2 * pad - (2 * (icon_size + pad) if self.badge else 0)
        path, size = ctx.font_spec("button", scale)
        font = ctx.fonts.get(path, least_px(ctx, "button", scale, LABEL_SHRINK) if least else size)
        label = paragraph_height(self.label, max(1, lane), font)
        return max(label, icon_size if self.badge else 0) + px(10, scale)

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
            min_factor=LABEL_SHRINK,
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
            inside = next((i for i in enabled if self.buttons[i].hit(action.pos)), None)
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
    """A box whose content may be taller than it: the offset, its limits, scrolling and the scroll cue.

    Scrolling jumps (a line, a page): it never glides, so Reduce motion has nothing to stop and an idle
    screen stays idle. The cue is a scrollbar thumb, and a fade with an arrow at each edge that has more beyond it.
    """

    padding = 18
    """Design pixels between the box's edge and its content."""

    def __init__(self, ctx: GameContext, role: Role = "body") -> None:
        self.ctx, self.role = ctx, role
        self.rect = pygame.Rect(0, 0, 1, 1)
        self.scale = 1.0
        self.offset = 0
        self.content_height = 0
        self._wanted: float | None = None
        """Where the scrolls so far would put the content, before `stop_at` settles it on a shown position: a slow
        drag's small moves add up here (each rounded back to the line it started on, the view never moved)."""

    def inner(self) -> pygame.Rect:
        """Where the content shows: the box less its padding and the scrollbar's lane."""
        pad = px(self.padding, self.scale)
        return self.rect.inflate(-2 * pad - px(SCROLL_LANE, self.scale), -2 * pad)

    def box_height(self, content_height: int, scale: float) -> int:
        """How tall the box must be for `content_height` pixels to show inside it (for a screen's layout)."""
        return content_height + 2 * px(self.padding, scale)

    @property
    def max_offset(self) -> int:
        return max(0, self.content_height - self.inner().height)

    @property
    def overflows(self) -> bool:
        """True if the content is taller than its box: it scrolls, and shows a cue."""
        return self.max_offset > 0

    def clamp(self, offset: float) -> int:
        return int(min(max(0, offset), self.max_offset))

    def can_move(self, amount: float) -> bool:
        """True if scrolling by `amount` (positive: down) would move the content."""
        return self.offset < self.max_offset if amount > 0 else self.offset > 0 if amount < 0 else False

    def handle(self, action: Action) -> bool:
        """Scroll on wheel, drag, page keys and (when the scene passes them) arrows; True if it moved."""
        amount = scroll_amount(action)
        before = self.offset
        going_on = self._wanted is not None and self.stop_at(self._wanted) == self.offset  # nothing else moved it
        start = self._wanted if going_on and self._wanted is not None else self.offset
        wanted = start + amount * self.ctx.font(self.role, self.scale).get_linesize() * 2
        self._wanted = min(max(0.0, wanted), float(self.max_offset))
        self.offset = self.stop_at(self._wanted)
        return self.offset != before

    def stop_at(self, wanted: float) -> int:
        """Where a scroll that wants `wanted` stops (a box that shows whole lines stops at the nearest line)."""
        return self.clamp(wanted)

    def reveal(self, top: int, bottom: int) -> bool:
        """Scroll the least so content from `top` to `bottom` (content pixels) shows; True if it moved."""
        height = self.inner().height
        before = self.offset
        if bottom - self.offset > height:
            self.offset = self.clamp(bottom - height)
        if top < self.offset:
            self.offset = self.clamp(top)
        return self.offset != before

    def draw_scrollbar(self, surface: pygame.Surface, ground: tuple[int, int, int] | None = None) -> None:
        """The scroll cue, when the content overflows: a thumb in the lane, and a fade into `ground` (the colour
        under the content; the panel's by default) with an arrow at each edge that has more beyond it."""
        inner = self.inner()
        if not self.overflows or inner.width <= 0 or inner.height < 3:  # a window too small to show it
            return
        theme = self.ctx.theme
        width = px(6, self.scale)
        track = pygame.Rect(min(inner.right + width, self.rect.right - width), inner.top, width, inner.height)
        thumb_h = max(px(24, self.scale), track.height * inner.height // max(1, self.content_height))
        thumb_y = track.top + (track.height - thumb_h) * min(self.offset, self.max_offset) // self.max_offset
        colour = theme.muted_text
        pygame.draw.rect(surface, colour, (track.left, thumb_y, track.width, thumb_h), border_radius=track.width // 2)
        fade_h = min(px(34, self.scale), inner.height // 3)
        for more, down in ((self.offset > 0, False), (self.offset < self.max_offset, True)):
            if more:
                band = pygame.Rect(inner.left, inner.bottom - fade_h if down else inner.top, inner.width, fade_h)
                surface.blit(self._fade(band.size, ground or theme.panel, down=down), band)
                pad = px(self.padding, self.scale)  # the arrow: in the padding if it fits, else on the fade
                room = pygame.Rect(band.left, inner.bottom if down else inner.top - pad, band.width, pad)
                _draw_chevron(surface, room if pad >= px(12, self.scale) else band, theme.accent, down, self.scale)

    def _fade(self, size: tuple[int, int], ground: tuple[int, int, int], *, down: bool) -> pygame.Surface:
        """A band going from clear to `ground` towards the edge it sits on (made once per size and colour)."""

        def make() -> pygame.Surface:
            band = pygame.Surface(size, pygame.SRCALPHA)
            w, h = size
            for y in range(h):
                toward = y + 1 if down else h - y
                band.fill((*ground, min(255, 255 * toward // h)), (0, y, w, 1))
            return band

        return self.ctx.cache.remember(("fade", size, ground, down), make)


SCROLL_LANE = 10
"""Design pixels kept at the right of a scrolling box for its scrollbar."""

_SCROLLS = {Act.UP: -1.0, Act.DOWN: 1.0}


def scroll_amount(action: Action) -> float:
    """Lines to scroll for `action` (positive: down): the wheel, a drag, the page keys, or an arrow."""
    return action.amount if action.kind is Act.SCROLL else _SCROLLS.get(action.kind, 0.0)


def _draw_chevron(surface: pygame.Surface, band: pygame.Rect, colour, down: bool, scale: float) -> None:
    """A small arrow at the right of `band`, by the scrollbar: there is more to read that way."""
    half = max(5, px(11, scale))
    height = max(4, min(band.height - 2, px(10, scale)))
    x = band.right - half - px(2, scale)
    y = band.bottom - height - px(1, scale) if down else band.top + px(1, scale)
    tip, base = (y + height, y) if down else (y, y + height)
    pygame.draw.polygon(surface, colour, [(x - half, base), (x + half, base), (x, tip)])


def scroll_in_order(boxes: list[Scrollable], action: Action, pointer: tuple[int, int] | None) -> Scrollable | None:
    """Scroll the box under the pointer, or else the first in reading order that can move that way: Down reads on
    through the screen's scrolling boxes, top to bottom, and Up back. The box that moved, if one did."""
    amount = scroll_amount(action)
    under = [box for box in boxes if pointer is not None and box.rect.collidepoint(pointer)]
    order = under[:1] or [box for box in (boxes if amount > 0 else boxes[::-1]) if box.can_move(amount)][:1]
    return next((box for box in order if box.handle(action)), None)


NOTHING = pygame.Rect(0, 0, 0, 0)
"""What a scroll that could not move changed: nothing to paint again (`SceneStack.repaint`)."""


class ScrollPane(Scrollable):
    """Pieces of a screen (a passage, answer buttons) laid out in a column taller than their box: they scroll
    together. The owner lays them out as if unscrolled, with the box's top as the column's, and places each
    with `at` after every scroll."""

    padding = 0

    def inner(self) -> pygame.Rect:
        lane = px(SCROLL_LANE, self.scale) if self.content_height > self.rect.height else 0
        return pygame.Rect(self.rect.left, self.rect.top, self.rect.width - lane, self.rect.height)

    def layout(self, rect: pygame.Rect, scale: float, content_height: int) -> None:
        self.rect, self.scale, self.content_height = rect, scale, content_height
        self.offset = self.clamp(self.offset)

    def at(self, rect: pygame.Rect) -> pygame.Rect:
        """Where a piece laid out at `rect` (unscrolled) shows now."""
        return rect.move(0, -self.offset)

    def reveal_rect(self, rect: pygame.Rect, margin: int = 0) -> bool:
        """Scroll the least so a piece laid out at `rect` shows whole (with `margin` around it); True if it moved."""
        top = rect.top - self.rect.top
        if rect.height + 2 * margin > self.inner().height:  # taller than the box: its top at the box's top
            margin = 0
        return self.reveal(top - margin, top + rect.height + margin)

    def shows(self, rect: pygame.Rect) -> bool:
        """True if a piece laid out at `rect` shows whole now, or fills the box (a piece taller than the box)."""
        view = self.inner()
        return view.clip(self.at(rect)).height >= min(rect.height, view.height)


class ScrollText(Scrollable):
    """A long text in a fixed box, scrolled by wheel, drag, page keys or arrows, with a scroll cue.

    `panel`: drawn on a panel of its own; without, the text sits on the screen and uses the whole box. It first
    shrinks to fit, as `text_box` does (down to `min_factor` of its size, never below MIN_TEXT_PX); what still
    does not fit scrolls.
    """

    def __init__(
        self,
        ctx: GameContext,
        text: str,
        role: Role = "body",
        *,
        panel: bool = True,
        min_factor: float = 1.0,
        colour: tuple[int, int, int] | None = None,
    ) -> None:
        super().__init__(ctx, role)
        self.text = text
        self.panel = panel
        self.padding = 18 if panel else 0
        self.min_factor = min_factor
        self.colour = colour
        self.size = 0
        self.lane = False
        """True when a text without a panel scrolls: it then leaves the scrollbar its lane."""

    def inner(self) -> pygame.Rect:
        if self.panel:
            return super().inner()
        lane = px(SCROLL_LANE, self.scale) if self.lane else 0
        return pygame.Rect(self.rect.left, self.rect.top, self.rect.width - lane, self.rect.height)

    def layout(self, rect: pygame.Rect, scale: float) -> None:
        self.rect, self.scale, self.lane = rect, scale, False
        path, size = self.ctx.font_spec(self.role, scale)
        smallest = least_px(self.ctx, self.role, scale, self.min_factor)
        box = self.rect if not self.panel else super().inner()
        key = ("scrolltext", path, size, smallest, self.text, box.size, self.panel)
        self.size = self.ctx.cache.remember(
            key, lambda: fit_font_size(self.text, box, lambda s: self.ctx.fonts.measuring(path, s), size, smallest)
        )
        self.lane = not self.panel and paragraph_height(self.text, box.width, self._font()) > box.height
        self.content_height = paragraph_height(self.text, self.inner().width, self._font())
        self.offset = self.clamp(self.offset)

    def _font(self) -> pygame.font.Font:
        return self.ctx.fonts.get(self.ctx.font_spec(self.role, self.scale)[0], self.size)

    def draw(self, surface: pygame.Surface, ground: tuple[int, int, int] | None = None) -> None:
        """Draw the text (on its panel, if it has one); `ground`: the colour beneath a text without a panel."""
        theme = self.ctx.theme
        if self.panel:
            draw_panel(surface, self.rect, theme, self.scale)
        draw_paragraph(
            surface,
            self.text,
            self.inner(),
            self._font(),
            self.colour or theme.text,
            self.ctx.cache,
            scroll_y=self.offset,
        )
        self.draw_scrollbar(surface, theme.panel if self.panel else ground or theme.background)
