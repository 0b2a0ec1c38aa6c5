"""Settings: text size, dyslexia-friendly font, contrast, sound, volume, reduced motion, fullscreen; remembered."""

from __future__ import annotations

import pygame

from game.ui.actions import TAP_SLOP_PX, Act, Action
from game.ui.app import window_fits_this_screen
from game.ui.scenes.base import GameScene
from game.ui.settle import DOUBLE_CLICK_SECONDS
from game.ui.widgets import Button, Menu, text_box

TEXT_SIZES = ["small", "medium", "large"]
FONTS = {"atkinson": "Atkinson Hyperlegible", "opendyslexic": "OpenDyslexic"}
VOLUMES = [25, 50, 75, 100]
SETTINGS = ("text_size", "font", "high_contrast", "sound", "volume", "reduce_motion", "fullscreen")
"""The settings rows above the Back button, in order."""


def step_volume(volume: int, step: int) -> int:
    """The next loudness in `VOLUMES` up or down (wrapping), from any saved percentage."""
    nearest = min(range(len(VOLUMES)), key=lambda i: abs(VOLUMES[i] - volume))
    return VOLUMES[(nearest + step) % len(VOLUMES)]


class SettingsScene(GameScene):
    shot_name = "settings"
    offered: tuple[str, ...] = SETTINGS
    """The settings this screen offers, in order (a kiosk visit: those for reading and motion)."""

    @property
    def rows(self) -> int:
        return len(self.offered)

    def enter(self) -> None:
        self.menu = Menu([Button("") for _ in range(self.rows)] + [Button("Back")])
        self.clicked: tuple[tuple[int, int], float] | None = None
        """Where the last click was and how long ago: a double click changes a setting once (twice, a font looked
        dead and a text size went past the one wanted), even when the first click's new text size moved the rows
        and the second lands on another."""
        self._relabel()

    def update(self, dt: float) -> bool:
        if self.clicked is not None:
            self.clicked = (self.clicked[0], self.clicked[1] + dt)
        return super().update(dt)

    def _relabel(self) -> None:
        s = self.ctx.settings
        labels = {
            "text_size": f"Text size: {s.text_size}",
            "font": f"Font: {FONTS[s.font]}",
            "high_contrast": f"High contrast: {'on' if s.high_contrast else 'off'}",
            "sound": f"Sound: {'on' if s.sound else 'off'}",
            "volume": f"Volume: {s.volume}%",
            "reduce_motion": f"Reduce motion: {'on' if s.reduce_motion else 'off'}",
            "fullscreen": f"Fullscreen: {'on' if pygame.display.is_fullscreen() else 'off'}",  # F11 may have changed it
        }
        if not window_fits_this_screen():  # too small a screen for a window: fullscreen it stays
            labels["fullscreen"] = "Fullscreen: on (small screen)"
        for button, setting in zip(self.menu.buttons, self.offered, strict=False):
            button.label = labels[setting]
            button.enabled = setting != "fullscreen" or window_fits_this_screen()

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
        elif chosen is not None and not (action.kind is Act.CLICK and self._clicked_again(action.pos)):
            self._change(chosen, 1)
        else:
            super().handle(action)

    def _clicked_again(self, pos: tuple[int, int] | None) -> bool:
        """True for the second click of a double click (or the third of a triple): soon after one on the same spot."""
        last, self.clicked = self.clicked, (pos or (0, 0), 0.0)
        if last is None or pos is None or last[1] > DOUBLE_CLICK_SECONDS:
            return False
        return abs(pos[0] - last[0][0]) <= TAP_SLOP_PX and abs(pos[1] - last[0][1]) <= TAP_SLOP_PX

    def _change(self, row: int, step: int) -> None:
        s = self.ctx.settings
        setting = self.offered[row]
        if setting == "text_size":
            s.text_size = TEXT_SIZES[(TEXT_SIZES.index(s.text_size) + step) % 3]  # type: ignore[assignment]
        elif setting == "font":
            s.font = "opendyslexic" if s.font == "atkinson" else "atkinson"
        elif setting == "high_contrast":
            s.high_contrast = not s.high_contrast
        elif setting == "sound":
            s.sound = not s.sound
        elif setting == "volume":
            s.volume = step_volume(s.volume, step)
            s.sound = True  # choosing a loudness is asking to hear it
        elif setting == "reduce_motion":
            s.reduce_motion = not s.reduce_motion
        elif window_fits_this_screen():
            s.fullscreen = not pygame.display.is_fullscreen()  # remembered: how the game opens next time
            self.stack.request(Act.FULLSCREEN)
        self.ctx.save_settings()
        self.ctx.sound.play("tick")
        self._relabel()
        self.stack.resize(self.stack.size)  # fonts changed: every screen lays itself out again

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        self.heading(surface, "Settings", self.title_rect)
        self.menu.draw(surface, self.ctx, self.scale)
        notes = [self.hint if window_fits_this_screen() else self.hint.replace(" F11 switches fullscreen.", "")]
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
    """A kiosk visit's settings: text size, font, contrast, Reduce motion; kept for the visit only, never saved."""

    shot_name = "kiosk-settings"
    offered = ("text_size", "font", "high_contrast", "reduce_motion")
    hint = "For this visit only: the next player starts with the usual settings."
