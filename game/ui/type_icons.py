"""An icon for each kind of question, drawn with shapes: the board shows what a story asks at a glance.

who_said: a speech bubble; fact_or_opinion: a magnifying glass; contradiction:
two arrows meeting head on; loaded_words: a highlighter; source_chain: chain
links; anything else (new kinds): a tick in a box. Icons stand beside words,
never in their place.
"""

from __future__ import annotations

import pygame

from game.ui.widgets import draw_check

RGB = tuple[int, int, int]


def _bubble(surface: pygame.Surface, r: pygame.Rect, colour: RGB, w: int) -> None:
    body = pygame.Rect(r.left, r.top, r.width, r.height * 3 // 4)
    pygame.draw.ellipse(surface, colour, body, w)
    tail = [
        (r.left + r.width * 0.3, body.bottom - w),
        (r.left + r.width * 0.2, r.bottom),
        (r.left + r.width * 0.5, body.bottom - w),
    ]
    pygame.draw.polygon(surface, colour, tail)


def _magnifier(surface: pygame.Surface, r: pygame.Rect, colour: RGB, w: int) -> None:
    radius = r.width * 0.3
    centre = (r.left + r.width * 0.4, r.top + r.height * 0.4)
    pygame.draw.circle(surface, colour, centre, radius, w)
    pygame.draw.line(surface, colour, (centre[0] + radius * 0.7, centre[1] + radius * 0.7), r.bottomright, w + 1)


def _clash(surface: pygame.Surface, r: pygame.Rect, colour: RGB, w: int) -> None:
    y = r.centery
    for side in (-1, 1):
        tip = (r.centerx + side * r.width * 0.08, y)
        tail = (r.centerx + side * r.width * 0.5, y)
        pygame.draw.line(surface, colour, tail, tip, w)
        head = r.width * 0.18
        pygame.draw.polygon(surface, colour, [tip, (tip[0] + side * head, y - head), (tip[0] + side * head, y + head)])


def _highlighter(surface: pygame.Surface, r: pygame.Rect, colour: RGB, w: int) -> None:
    pen = [(r.left + r.width * 0.35, r.bottom - r.height * 0.3), (r.right - r.width * 0.1, r.top + r.height * 0.05)]
    pygame.draw.line(surface, colour, pen[0], pen[1], max(3, r.width // 4))
    pygame.draw.line(surface, colour, (r.left, r.bottom - w), (r.right, r.bottom - w), w)


def _chain(surface: pygame.Surface, r: pygame.Rect, colour: RGB, w: int) -> None:
    link = pygame.Rect(0, 0, r.width * 0.55, r.height * 0.38)
    link.midleft = (r.left, r.centery - r.height * 0.12)
    pygame.draw.rect(surface, colour, link, w, border_radius=link.height // 2)
    link.midright = (r.right, r.centery + r.height * 0.12)
    pygame.draw.rect(surface, colour, link, w, border_radius=link.height // 2)


def _checkbox(surface: pygame.Surface, r: pygame.Rect, colour: RGB, w: int) -> None:
    pygame.draw.rect(surface, colour, r, w, border_radius=max(1, r.width // 6))
    draw_check(surface, r.inflate(-r.width // 4, -r.height // 4), colour)


ICONS = {
    "who_said": _bubble,
    "fact_or_opinion": _magnifier,
    "contradiction": _clash,
    "loaded_words": _highlighter,
    "source_chain": _chain,
}


def draw_type_icon(surface: pygame.Surface, rect: pygame.Rect, kind: str, colour: RGB) -> None:
    """The icon of question type `kind` inside `rect`."""
    w = max(2, rect.width // 9)
    ICONS.get(kind, _checkbox)(surface, rect, colour, w)
