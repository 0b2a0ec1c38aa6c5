"""The kiosk's "out of order" screen: shown while its data folder cannot be written (full disk, read-only).

Playing on would lose every result and board entry, and a crash-and-restart loop
would flash the desktop; this screen stays up instead, fullscreen, answering
nothing but the teacher chord, until the folder can be written again.
"""

from __future__ import annotations

import pygame

from game.ui.actions import Action
from game.ui.scenes.base import GameScene
from game.ui.widgets import draw_panel, text_box


class OutOfOrderScene(GameScene):
    shot_name = "kiosk-out-of-order"

    def __init__(self, ctx, reason: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.reason = reason

    def arrange(self, area: pygame.Rect) -> None:
        self.panel = pygame.Rect(0, 0, min(area.width, self.px(820)), min(area.height, self.px(420)))
        self.panel.center = area.center
        inner = self.panel.inflate(-self.px(48), -self.px(40))
        self.title_rect = pygame.Rect(inner.left, inner.top, inner.width, self.px(110))
        self.ask_rect = pygame.Rect(inner.left, self.title_rect.bottom, inner.width, self.px(70))
        self.reason_rect = pygame.Rect(
            inner.left, self.ask_rect.bottom, inner.width, inner.bottom - self.ask_rect.bottom
        )

    def handle(self, action: Action) -> None:
        """Nothing a student does changes anything here."""

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        draw_panel(surface, self.panel, theme, self.scale, border=theme.wrong)
        text_box(surface, self.ctx, "Out of order", self.title_rect, "display", theme.wrong, self.scale, align="center")
        ask = "Please tell your teacher."
        text_box(surface, self.ctx, ask, self.ask_rect, "heading", theme.text, self.scale, align="center")
        note = (
            f"For the teacher: the kiosk cannot save to its data folder ({self.reason}). "
            "It comes back by itself once the folder can be written again (free some space)."
        )
        text_box(surface, self.ctx, note, self.reason_rect, "small", theme.muted_text, self.scale, align="center")
