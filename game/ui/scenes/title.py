"""The title screen: the game's name, what it is for, and the way in."""

from __future__ import annotations

import pygame

from game.ui.actions import Act, Action
from game.ui.scenes.base import GameScene, quit_dialog
from game.ui.scenes.settings import SettingsScene
from game.ui.widgets import Button, Menu, column, text_box


class TitleScene(GameScene):
    shot_name = "title"

    def enter(self) -> None:
        self.menu = Menu([Button("Play"), Button("Settings"), Button("Quit")])
        self.notices_shown = len(self.ctx.notices)

    def update(self, dt: float) -> bool:
        """Redraw when a notice arrives while the title shows (the levels load on a thread)."""
        arrived = len(self.ctx.notices) != self.notices_shown
        self.notices_shown = len(self.ctx.notices)
        return arrived

    def arrange(self, area: pygame.Rect) -> None:
        self.title_rect = pygame.Rect(area.left, area.top + self.px(50), area.width, self.px(110))
        self.tagline_rect = pygame.Rect(area.left, self.title_rect.bottom, area.width, self.px(80))
        buttons = pygame.Rect(0, self.tagline_rect.bottom + self.px(30), min(area.width, self.px(420)), self.px(260))
        buttons.centerx = area.centerx
        for button, rect in zip(self.menu.buttons, column(buttons, 3, self.px(68), self.px(18)), strict=True):
            button.rect = rect
        self.notice_rect = pygame.Rect(
            area.left, buttons.bottom + self.px(10), area.width, area.bottom - buttons.bottom - self.px(10)
        )

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self.stack.push(quit_dialog(self.ctx, in_level=False))  # Esc comes by accident; the Quit button does not
            return
        chosen = self.menu.handle(action)
        if chosen == 0:
            from game.ui.scenes.levels import LevelSelectScene  # late: the level engine loads behind the title

            self.ctx.wait_for_pack()
            self.stack.push(LevelSelectScene(self.ctx))
        elif chosen == 1:
            self.stack.push(SettingsScene(self.ctx))
        elif chosen == 2:
            self.stack.clear()
        else:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        text_box(surface, self.ctx, "Byline", self.title_rect, "display", theme.accent, self.scale, align="center")
        text_box(
            surface,
            self.ctx,
            "Who said it? Fact or opinion? What doesn't add up? Read the news like a detective.",
            self.tagline_rect,
            "body",
            theme.text,
            self.scale,
            align="center",
        )
        self.menu.draw(surface, self.ctx, self.scale)
        if self.ctx.notices and self.notice_rect.height > 0:
            text_box(
                surface,
                self.ctx,
                "\n".join(self.ctx.notices),
                self.notice_rect,
                "small",
                theme.muted_text,
                self.scale,
                align="center",
                min_factor=0.5,
            )
        self.draw_sound_state(surface)

