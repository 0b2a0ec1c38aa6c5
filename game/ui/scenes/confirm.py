"""A small question overlay with a row of answers: "Leave this level?", "How sure are you?".

Esc picks the first, safe option, or calls `on_back` when the caller gives one.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.actions import Act, Action
from game.ui.context import GameContext
from game.ui.motion import CARD_IN
from game.ui.scenes.base import GameScene
from game.ui.widgets import Button, Menu, dim, draw_panel, text_box

GUARD_SECONDS = 0.25


class ConfirmScene(GameScene):
    opaque = False

    def __init__(
        self,
        ctx: GameContext,
        question: str,
        options: list[str],
        on_choice: Callable[[int], None],
        *,
        on_back: Callable[[], None] | None = None,
        numbered: bool = False,
        shot_name: str = "confirm",
    ) -> None:
        super().__init__(ctx)
        self.question = question
        self.on_choice = on_choice
        self.on_back = on_back
        self.shot_name = shot_name
        self.age = 0.0
        self.motion = ctx.motion(CARD_IN.end)
        badges = [str(i + 1) if numbered else "" for i in range(len(options))]
        self.menu = Menu([Button(o, badge=b) for o, b in zip(options, badges, strict=True)], columns=len(options))

    def arrange(self, area: pygame.Rect) -> None:
        wide = self.px(280 * len(self.menu.buttons) + 80)
        self.panel = pygame.Rect(0, 0, min(area.width, max(self.px(640), wide)), min(area.height, self.px(260)))
        self.panel.center = area.center
        inner = self.panel.inflate(-self.px(48), -self.px(40))
        button_h = self.px(64)
        self.text_rect = pygame.Rect(inner.left, inner.top, inner.width, inner.height - button_h - self.px(16))
        gap = self.px(16)
        count = len(self.menu.buttons)
        width = (inner.width - gap * (count - 1)) // count
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(inner.left + i * (width + gap), inner.bottom - button_h, width, button_h)

    def update(self, dt: float) -> bool:
        """The shade fades in while presses are held off, so the wait is seen, not felt as a dead key."""
        guarding = self.age < GUARD_SECONDS  # a frame must mark the end of the wait
        self.age += dt
        return self.motion.update(dt) or guarding

    def handle(self, action: Action) -> None:
        if self.age < GUARD_SECONDS and action.kind is not Act.QUIT:
            return  # the press that opened this question must not also answer it
        if action.kind is Act.BACK and self.on_back is not None:
            self.stack.pop()
            self.on_back()
            return
        chosen = 0 if action.kind is Act.BACK else self.menu.handle(action)
        if chosen is not None:
            self.stack.pop()
            self.on_choice(chosen)
        elif action.kind is Act.QUIT:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        dim(surface, round(145 * self.motion.value(CARD_IN)))
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
