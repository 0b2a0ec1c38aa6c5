"""A small "are you sure?" overlay; Esc picks the first, safe choice."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.actions import Act, Action
from game.ui.scenes.base import GameScene
from game.ui.widgets import Button, Menu, draw_panel, text_box


class ConfirmScene(GameScene):
    opaque = False
    shot_name = "confirm"

    def __init__(self, ctx, question: str, options: list[str], on_choice: Callable[[int], None]) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.question = question
        self.on_choice = on_choice
        self.menu = Menu([Button(option) for option in options], columns=len(options))

    def arrange(self, area: pygame.Rect) -> None:
        self.panel = pygame.Rect(0, 0, min(area.width, self.px(640)), min(area.height, self.px(260)))
        self.panel.center = area.center
        inner = self.panel.inflate(-self.px(48), -self.px(40))
        button_h = self.px(62)
        self.text_rect = pygame.Rect(inner.left, inner.top, inner.width, inner.height - button_h - self.px(16))
        gap = self.px(16)
        count = len(self.menu.buttons)
        width = (inner.width - gap * (count - 1)) // count
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(inner.left + i * (width + gap), inner.bottom - button_h, width, button_h)

    def handle(self, action: Action) -> None:
        chosen = 0 if action.kind is Act.BACK else self.menu.handle(action)
        if chosen is not None:
            self.stack.pop()
            self.on_choice(chosen)
        elif action.kind is Act.QUIT:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        shade = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        shade.fill((0, 0, 0, 140))
        surface.blit(shade, (0, 0))
        draw_panel(surface, self.panel, self.ctx.theme, self.scale, border=self.ctx.theme.accent)
        text_box(
            surface,
            self.ctx,
            self.question,
            self.text_rect,
            "body",
            self.ctx.theme.text,
            self.scale,
            align="center",
            middle=True,
            min_factor=0.5,
        )
        self.menu.draw(surface, self.ctx, self.scale)
