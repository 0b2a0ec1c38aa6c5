"""The still part of a screen, drawn once and copied back while something small animates over it.

A stamp landing or a score counting up changes a few hundred pixels, yet redrawing
the whole screen for each of those frames (text, article, panels) cost more than
the 2 ms frame budget on a small machine. While a scene animates, `Backdrop`
keeps one copy of what does not move; each frame then costs a blit plus the
moving pieces. The copy is dropped as soon as the animation ends (memory stays
flat) and whenever the window size changes.

    self.backdrop.draw(surface, self._draw_still, moving=self.motion.running)
    self._draw_moving(surface)

`Sprites` does the same for pieces that move whole (a card dealt onto the board).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

import pygame

from game.ui.text import TextCache


class Backdrop:
    def __init__(self) -> None:
        self._image: pygame.Surface | None = None

    def draw(self, surface: pygame.Surface, still: Callable[[pygame.Surface], None], *, moving: bool) -> None:
        """Draw the still part with `still`, or copy it back from the last frame while `moving`.

        An opaque scene that nothing beneath can change may pass `moving=True` for as long as it shows.
        """
        if not moving:
            self._image = None
            still(surface)
        elif self._image is None or self._image.get_size() != surface.get_size():
            still(surface)
            self._image = surface.copy()
        else:
            surface.blit(self._image, (0, 0))

    def forget(self) -> None:
        """Draw the still part again next frame (it changed: a new question, a resize, input)."""
        self._image = None


class Sprites:
    """Pieces drawn once into a surface of their own and blitted after (a story card): a few, most recent kept.

    `draw` paints the piece with its top-left at (0, 0) on a transparent surface of `size`.
    """

    def __init__(self, limit: int = 24) -> None:
        self.limit = limit
        self._images: OrderedDict[Hashable, pygame.Surface] = OrderedDict()

    def get(self, key: Hashable, size: tuple[int, int], draw: Callable[[pygame.Surface], None]) -> pygame.Surface:
        image = self._images.get(key)
        if image is None:
            image = pygame.Surface(size, pygame.SRCALPHA)
            draw(image)
            self._images[key] = image
            if len(self._images) > self.limit:
                self._images.popitem(last=False)
        else:
            self._images.move_to_end(key)
        return image


def blit_drawn(
    surface: pygame.Surface,
    cache: TextCache,
    key: Hashable,
    rect: pygame.Rect,
    draw: Callable[[pygame.Surface, pygame.Rect], None],
) -> None:
    """Blit at `rect` a picture that `draw(image, area)` made once for `key` (which must hold all it depends on).

    For small still pieces drawn on many frames (the editor's speech bubble, the accuracy gauge): the
    text cache's bounded store keeps them, so they cost a blit instead of rounded shapes and text each frame.
    """

    def make() -> pygame.Surface:
        image = pygame.Surface(rect.size, pygame.SRCALPHA)
        draw(image, image.get_rect())
        return image

    surface.blit(cache.remember(("drawn", key, rect.size), make), rect.topleft)
