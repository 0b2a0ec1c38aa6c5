"""The title screen: the game's name, what it is for, and the way in."""

from __future__ import annotations

import pygame

from game.ui import newsroom_text as words
from game.ui.actions import Act, Action
from game.ui.newsprint import draw_masthead
from game.ui.scenes.base import GameScene, quit_dialog
from game.ui.scenes.settings import SettingsScene
from game.ui.widgets import Button, Menu, column, text_box

TAGLINE = f"{words.ROLE_LINE}\nWho said it? Fact or opinion? What doesn't add up? Check it before it prints."


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
        masthead = pygame.Rect(0, area.top + self.px(24), min(area.width, self.px(760)), self.px(140))
        masthead.centerx = area.centerx
        self.title_rect = masthead
        tagline_h = max(self.px(84), self.text_px("body", TAGLINE, area.width))  # a tall font gets its lines
        self.tagline_rect = pygame.Rect(area.left, self.title_rect.bottom + self.px(8), area.width, tagline_h)
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
        draw_masthead(surface, self.ctx, self.title_rect, words.MASTHEAD, words.MOTTO, self.scale)
        text_box(
            surface,
            self.ctx,
            TAGLINE,
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
