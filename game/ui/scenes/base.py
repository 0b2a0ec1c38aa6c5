"""What every Byline screen shares: the game context, the layout scale and a header."""

from __future__ import annotations

import pygame

from game.ui.context import GameContext
from game.ui.scene import Scene
from game.ui.theme import px, ui_scale
from game.ui.widgets import text_box


class GameScene(Scene):
    """A scene that knows the game context and lays itself out for any window size."""

    shot_name = "screen"
    """Name of the screenshot `byline demo --shots` writes for this screen."""

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.size = (1280, 720)
        self.scale = 1.0

    def layout(self, size: tuple[int, int]) -> None:
        self.size = size
        self.scale = ui_scale(size)
        self.arrange(pygame.Rect((0, 0), size).inflate(-2 * self.margin, -2 * self.margin))

    @property
    def margin(self) -> int:
        return px(28, self.scale)

    def arrange(self, area: pygame.Rect) -> None:
        """Compute the rects of this screen inside `area` (the window less its margins)."""

    def px(self, value: float) -> int:
        return px(value, self.scale)

    def headline(self, surface: pygame.Surface, text: str, rect: pygame.Rect) -> None:
        """A newspaper headline: the paper's serif, in ink, centred in the height of `rect`."""
        text_box(
            surface, self.ctx, text, rect, "headline", self.ctx.theme.ink, self.scale, middle=True, min_factor=0.45
        )

    def heading(self, surface: pygame.Surface, text: str, rect: pygame.Rect) -> None:
        text_box(surface, self.ctx, text, rect, "heading", self.ctx.theme.text, self.scale, min_factor=0.45)
