"""Small pieces drawn once and blitted after, so a frame costs a blit instead of shapes and text.

The still part of a whole screen is kept by the scene stack (`SceneStack.draw_still`);
`Sprites` keeps pieces that move whole (a card dealt onto the board), and
`blit_drawn` small still pieces drawn on many screens (the editor's bubble, a gauge).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

import pygame

from game.ui.text import TextCache


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
