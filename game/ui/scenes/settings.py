"""Settings: text size, a dyslexia-friendly font, high contrast, sound and fullscreen, remembered."""

from __future__ import annotations

import pygame

from game.ui.actions import Act, Action
from game.ui.scenes.base import GameScene
from game.ui.widgets import Button, Menu, text_box

TEXT_SIZES = ["small", "medium", "large"]
FONTS = {"atkinson": "Atkinson Hyperlegible", "opendyslexic": "OpenDyslexic"}


class SettingsScene(GameScene):
    shot_name = "settings"
    rows = 5
    """How many of the settings this screen offers, in order (a kiosk visit: the first three, for reading)."""

    def enter(self) -> None:
        self.menu = Menu([Button("") for _ in range(self.rows)] + [Button("Back")])
        self._relabel()

    def _relabel(self) -> None:
        s = self.ctx.settings
        labels = [
            f"Text size: {s.text_size}",
            f"Font: {FONTS[s.font]}",
            f"High contrast: {'on' if s.high_contrast else 'off'}",
            f"Sound: {'on' if s.sound else 'off'}",
            f"Fullscreen: {'on' if pygame.display.is_fullscreen() else 'off'}",  # F11 may have changed it
        ]
        for button, label in zip(self.menu.buttons[: self.rows], labels, strict=False):
            button.label = label

    def arrange(self, area: pygame.Rect) -> None:
        self._relabel()  # a fullscreen switch lays every scene out again: the label follows the window
        self.title_rect = pygame.Rect(area.left, area.top, area.width, self.px(56))
        column = pygame.Rect(0, self.title_rect.bottom + self.px(10), min(area.width, self.px(560)), 0)
        column.centerx = area.centerx
        row_h, gap = self.px(58), self.px(12)
        help_h = self.px(70)
        room = area.bottom - help_h - column.top
        row_h = min(row_h, (room - gap * self.rows) // (self.rows + 1))
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(column.left, column.top + i * (row_h + gap), column.width, row_h)
        self.help_rect = pygame.Rect(area.left, area.bottom - help_h, area.width, help_h)

    hint = "Enter or click changes a setting; Left and Right arrows too. F11 switches fullscreen."

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self.stack.pop()
            return
        focus = self.menu.focus
        if action.kind in (Act.LEFT, Act.RIGHT) and focus < self.rows:
            self._change(focus, -1 if action.kind is Act.LEFT else 1)
            return
        chosen = self.menu.handle(action)
        if chosen == self.rows:
            self.stack.pop()
        elif chosen is not None:
            self._change(chosen, 1)
        else:
            super().handle(action)

    def _change(self, row: int, step: int) -> None:
        s = self.ctx.settings
        if row == 0:
            s.text_size = TEXT_SIZES[(TEXT_SIZES.index(s.text_size) + step) % 3]  # type: ignore[assignment]
        elif row == 1:
            s.font = "opendyslexic" if s.font == "atkinson" else "atkinson"
        elif row == 2:
            s.high_contrast = not s.high_contrast
        elif row == 3:
            s.sound = not s.sound
        else:
            s.fullscreen = not pygame.display.is_fullscreen()  # remembered: how the game opens next time
            self.stack.request(Act.FULLSCREEN)
        self.ctx.save_settings()
        self.ctx.sound.play("click")
        self._relabel()
        self.stack.resize(self.stack.size)  # fonts changed: every screen lays itself out again

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        self.heading(surface, "Settings", self.title_rect)
        self.menu.draw(surface, self.ctx, self.scale)
        notes = [self.hint]
        notes += self.ctx.notices + self.ctx.fonts.degraded
        text_box(
            surface,
            self.ctx,
            "\n".join(notes),
            self.help_rect,
            "small",
            theme.muted_text,
            self.scale,
            align="center",
            min_factor=0.4,
        )
        self.draw_sound_state(surface)


class VisitSettingsScene(SettingsScene):
    """A kiosk visit's reading settings: text size, font, contrast; kept for the visit only, never saved."""

    shot_name = "kiosk-settings"
    rows = 3
    hint = "For this visit only: the next player starts with the usual settings."
