"""Paper, ink and stamps, drawn procedurally: the newspaper look without image files.

Each helper takes the progress of its tween (0..1, see game.ui.motion), so the
same call draws the landing stamp mid-flight and, at 1.0, the still one.
Colours come from the theme, so high contrast keeps every mark visible.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.motion import lerp
from game.ui.text import font_measure, wrap
from game.ui.theme import Theme, px
from game.ui.widgets import layout_problems, text_box

RGB = tuple[int, int, int]


def draw_paper(surface: pygame.Surface, rect: pygame.Rect, theme: Theme, scale: float) -> None:
    """A sheet of newsprint lying on the desk: a soft shadow, the paper, a thin edge."""
    shadow = rect.move(px(4, scale), px(5, scale))
    pygame.draw.rect(surface, theme.shadow, shadow, border_radius=px(3, scale))
    pygame.draw.rect(surface, theme.paper, rect, border_radius=px(3, scale))
    pygame.draw.rect(surface, theme.muted_text, rect, width=max(1, px(1, scale)), border_radius=px(3, scale))


def draw_rules(surface: pygame.Surface, left: int, right: int, y: int, colour: RGB, scale: float) -> None:
    """The thick-and-thin double rule under a masthead."""
    pygame.draw.line(surface, colour, (left, y), (right, y), max(2, px(3, scale)))
    thin = y + px(6, scale)
    pygame.draw.line(surface, colour, (left, thin), (right, thin), max(1, px(1, scale)))


def draw_masthead(
    surface: pygame.Surface, ctx: GameContext, rect: pygame.Rect, name: str, motto: str, scale: float
) -> None:
    """The paper's name in its serif over a double rule, with a small line beneath."""
    theme = ctx.theme
    motto_h = ctx.font("small", scale).get_height()  # the line beneath keeps its size: the name gives way
    name_h = min(rect.height * 58 // 100, rect.height - motto_h - px(12, scale))
    text_box(
        surface,
        ctx,
        name,
        pygame.Rect(rect.left, rect.top, rect.width, name_h),
        "masthead",
        theme.ink,
        scale,
        align="center",
        middle=True,
        min_factor=0.4,
    )
    rule_y = rect.top + name_h + px(4, scale)
    draw_rules(surface, rect.left, rect.right, rule_y, theme.ink, scale)
    motto_rect = pygame.Rect(rect.left, rule_y + px(8, scale), rect.width, rect.bottom - rule_y - px(8, scale))
    if motto_rect.height > 0:
        text_box(
            surface,
            ctx,
            motto,
            motto_rect,
            "small",
            theme.muted_text,
            scale,
            align="center",
            middle=True,
            min_factor=0.45,
        )


def stamp_font_px(height: int) -> int:
    """The stamp's letter size for a stamp `height` px tall (before the snap to 4 px): never below MIN_TEXT_PX."""
    return max(MIN_TEXT_PX, max(12, height // 4 * 4) * 11 // 20)


def balanced_wrap(text: str, width: int, measure: Callable[[str], int]) -> list[str]:
    """`text` in as few lines as fit `width`, as even as they can be: "VERIFIED: North Korea's / foreign ministry",
    not a lone last word."""
    count = len(wrap(text, width, measure))
    low, high = 1, width
    while low < high:  # the narrowest width that still takes no more lines
        mid = (low + high) // 2
        if len(wrap(text, mid, measure)) <= count:
            high = mid
        else:
            low = mid + 1
    return wrap(text, low, measure)


def stamp_image(ctx: GameContext, text: str, colour: RGB, height: int, max_width: int | None = None) -> pygame.Surface:
    """A rubber stamp: capitals in a double frame, transparent around it; made once per text, colour and size.

    Heights snap to steps of 4 px, so the stamps of a page share a few font sizes (each loaded font costs memory).
    The letters are never smaller than MIN_TEXT_PX: a stamp too wide for `max_width` is set smaller, as other
    text shrinks to fit, down to MIN_TEXT_PX, then takes two or more lines (and may be taller than `height`),
    never breaking a word; only a single word wider than that is scaled down, and `widgets.layout_problems`
    records it.
    """
    font_path, _ = ctx.font_spec("button", 1.0)
    height = max(12, height // 4 * 4)

    def padding(font: pygame.font.Font) -> int:
        return max(4, font.get_height() * 2 // 5)

    def one_line_fits(font: pygame.font.Font) -> bool:
        return max_width is None or font.size(text)[0] + 2 * padding(font) <= max_width

    def make() -> pygame.Surface:
        size = stamp_font_px(height)
        shrunk = not one_line_fits(ctx.fonts.measuring(font_path, size))
        if shrunk:  # the largest even size, down to MIN_TEXT_PX, at which it takes one line
            low, high = MIN_TEXT_PX // 2, size // 2
            while low < high:
                mid = (low + high + 1) // 2
                low, high = (mid, high) if one_line_fits(ctx.fonts.measuring(font_path, mid * 2)) else (low, mid - 1)
            size = low * 2
        font = ctx.fonts.get(font_path, size)
        pad = padding(font)
        lines = [text]
        if max_width is not None and not one_line_fits(font):
            widest_word = max(font.size(word)[0] for word in text.split() or [text])
            lines = balanced_wrap(text, max(max_width - 2 * pad, widest_word), font_measure(font))
        rendered = [ctx.cache.render(font, line, colour) for line in lines]
        # The band of the lines' ink, not the font's line: capitals need no room for descenders, and a tall
        # font (OpenDyslexic's line is 28 px at 16 px) would otherwise make a stamp half again as tall.
        inks = [r.get_bounding_rect() for r in rendered]
        band_top = min(ink.top for ink in inks if ink.height) if any(ink.height for ink in inks) else 0
        band = max((ink.bottom for ink in inks), default=0) - band_top or font.get_height()
        step = band + max(2, band // 3)
        text_h = step * (len(rendered) - 1) + band
        margin = max(4, band * 3 // 5)
        image = pygame.Surface(
            (max(r.get_width() for r in rendered) + 2 * pad, max(0 if shrunk else height, text_h + 2 * margin)),
            pygame.SRCALPHA,
        )
        frame = image.get_rect()
        tall = min(height, image.get_height())  # the frame's lines and corners go with the stamp's size
        pygame.draw.rect(image, colour, frame, width=max(2, tall // 12), border_radius=tall // 6)
        inner = frame.inflate(-max(4, tall // 5), -max(4, tall // 5))
        pygame.draw.rect(image, colour, inner, width=max(1, tall // 24), border_radius=tall // 8)
        top = frame.centery - text_h // 2 - band_top
        for i, line in enumerate(rendered):
            image.blit(line, line.get_rect(midtop=(frame.centerx, top + i * step)))
        if max_width is not None and image.get_width() > max_width:  # one word longer than the room
            layout_problems.append(f"stamp {text[:30]!r} is {image.get_width()}px wide in {max_width}px")
            image = pygame.transform.smoothscale(
                image, (max_width, max(1, image.get_height() * max_width // image.get_width()))
            )
        return image

    return ctx.cache.remember(("stamp", font_path, text, colour, height, max_width), make)


def stamp_size(
    ctx: GameContext, text: str, height: int, max_width: int | None = None, angle: float = 0.0
) -> tuple[int, int]:
    """How much room a still stamp takes, turned by `angle` degrees: what a screen lays out around."""
    width, tall = stamp_image(ctx, text, (0, 0, 0), height, max_width).get_size()
    turn = math.radians(angle)
    cos, sin = abs(math.cos(turn)), abs(math.sin(turn))
    return math.ceil(width * cos + tall * sin), math.ceil(width * sin + tall * cos)


def draw_stamp(
    surface: pygame.Surface,
    ctx: GameContext,
    text: str,
    centre: tuple[int, int],
    colour: RGB,
    height: int,
    *,
    angle: float = -6.0,
    amount: float = 1.0,
    max_width: int | None = None,
) -> pygame.Rect:
    """A stamp landing at `centre`: from large and faint (`amount` 0) to pressed flat (1); returns where it is.

    Too wide for `max_width`, its words take more lines (see `stamp_image`): `stamp_size` says how tall it is.
    """
    image = stamp_image(ctx, text, colour, height, max_width)
    if amount <= 0:
        return pygame.Rect(centre, (0, 0))
    zoom = lerp(1.7, 1.0, amount)
    if amount >= 1:
        placed = ctx.cache.remember(("stamp-still", id(image), angle), lambda: pygame.transform.rotate(image, angle))
    else:
        placed = pygame.transform.rotozoom(image, angle, zoom)
        placed.set_alpha(round(255 * min(1.0, amount * 1.5)))
    rect = placed.get_rect(center=centre)
    surface.blit(placed, rect)
    return rect


def draw_red_pen(
    surface: pygame.Surface,
    start: tuple[float, float],
    end: tuple[float, float],
    colour: RGB,
    width: int,
    amount: float = 1.0,
) -> None:
    """A hand-drawn stroke from `start` towards `end`, `amount` of the way: the marker's line through a miss."""
    if amount <= 0:
        return
    steps = 16
    shown = max(1, round(steps * min(1.0, amount)))
    points = []
    for i in range(shown + 1):
        t = i / steps
        wobble = math.sin(t * math.pi * 3) * width * 0.6
        points.append((lerp(start[0], end[0], t), lerp(start[1], end[1], t) + wobble))
    pygame.draw.lines(surface, colour, False, points, width)


def draw_ring(surface: pygame.Surface, rect: pygame.Rect, colour: RGB, width: int, amount: float = 1.0) -> None:
    """A pen loop around `rect`, drawn round `amount` of the way, overshooting its start a little like a hand.

    The loop is a squircle, not an ellipse: it hugs a block of text without cutting its corners.
    """
    if amount <= 0:
        return
    turns = 1.08 * min(1.0, amount)
    steps = max(2, round(48 * turns))
    cx, cy, rx, ry = rect.centerx, rect.centery, rect.width / 2, rect.height / 2
    points = []
    for i in range(steps + 1):
        a = -math.pi * 0.8 + 2 * math.pi * turns * i / steps
        grow = 1 + 0.04 * i / steps  # the pen does not come back to the same line
        c, s = math.cos(a), math.sin(a)
        x = math.copysign(abs(c) ** (1 / 3), c)
        y = math.copysign(abs(s) ** (1 / 3), s)
        points.append((cx + rx * grow * x, cy + ry * grow * y))
    pygame.draw.lines(surface, colour, False, points, width)


def draw_flag(surface: pygame.Surface, rect: pygame.Rect, colour: RGB) -> None:
    """A small pennant on a pole: an opinion flagged."""
    pole = max(2, rect.width // 8)
    pygame.draw.line(surface, colour, rect.bottomleft, rect.topleft, pole)
    pygame.draw.polygon(
        surface, colour, [rect.topleft, (rect.right, rect.top + rect.height * 0.25), (rect.left, rect.centery)]
    )
