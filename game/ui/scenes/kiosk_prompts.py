"""The two questions the kiosk asks a student: "Are you still there?" and "Initials for the board?"."""

from __future__ import annotations

import math
import string
from collections.abc import Callable

import pygame

from game.kiosk.wordfilter import allowed
from game.ui.actions import Act, Action
from game.ui.scenes.base import GameScene
from game.ui.settle import Settle
from game.ui.widgets import Button, Menu, dim, draw_panel, grid, text_box


class StillThereScene(GameScene):
    """A countdown over the game; the kiosk dismisses it on any input and ends the visit when it runs out."""

    opaque = False
    shot_name = "kiosk-still-there"

    def __init__(self, ctx, seconds_left: Callable[[], float]) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.seconds_left = seconds_left
        self.shown = math.ceil(seconds_left())

    def arrange(self, area: pygame.Rect) -> None:
        self.panel = pygame.Rect(0, 0, min(area.width, self.px(680)), min(area.height, self.px(270)))
        self.panel.center = area.center
        inner = self.panel.inflate(-self.px(48), -self.px(40))
        self.title_rect = pygame.Rect(inner.left, inner.top, inner.width, self.px(56))
        self.text_rect = pygame.Rect(
            inner.left,
            self.title_rect.bottom + self.px(10),
            inner.width,
            inner.bottom - self.title_rect.bottom - self.px(10),
        )

    def update(self, dt: float) -> bool:
        """Redraw when the number of seconds shown changes."""
        shown = math.ceil(self.seconds_left())
        changed, self.shown = shown != self.shown, shown
        return changed

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        dim(surface)
        draw_panel(surface, self.panel, theme, self.scale, border=theme.accent)
        text_box(
            surface,
            self.ctx,
            "Are you still there?",
            self.title_rect,
            "heading",
            theme.accent,
            self.scale,
            align="center",
        )
        text = (
            f"Touch the screen or press a key to keep playing.\n\nStarting over for the next player in {self.shown} s."
        )
        text_box(
            surface,
            self.ctx,
            text,
            self.text_rect,
            "body",
            theme.text,
            self.scale,
            align="center",
            middle=True,
            min_factor=0.5,
        )


LETTERS = string.ascii_uppercase
DELETE, SKIP, SAVE = len(LETTERS), len(LETTERS) + 1, len(LETTERS) + 2
EMPTIED_HOLD_SECONDS = 1.0
"""After Backspace takes the last letter, Back waits this long before it means Skip: four quick Backspaces over
three letters threw the top score away."""


INITIALS_PROMPT = "Put your initials on today's board? Only 3 letters are shown, never a name."
INITIALS_HOW = "Type or tap 3 letters, then Save. Or Skip."


class InitialsScene(GameScene):
    """Three letters for today's board, typed or tapped on a letter grid; rude ones are refused."""

    opaque = False
    shot_name = "kiosk-initials"

    def __init__(self, ctx, score: int, on_save: Callable[[str], None], initials: str = "") -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.score = score
        self.on_save = on_save
        self.letters = initials
        self.message = ""
        self.emptied = Settle(0.0, frozenset({Act.BACK}))
        keys = [*(Button(c) for c in LETTERS), Button("Del"), Button("Skip"), Button("Save")]
        self.menu = Menu(keys, columns=6, numbers=False, focus=None)  # number keys would pick letters A-I by accident
        self._refresh()

    def arrange(self, area: pygame.Rect) -> None:
        self.panel = pygame.Rect(0, 0, min(area.width, self.px(720)), min(area.height, self.px(640)))
        self.panel.center = area.center
        inner = self.panel.inflate(-self.px(40), -self.px(32))
        self.title_rect = pygame.Rect(inner.left, inner.top, inner.width, self.px(48))
        text_h = max(self.px(64), self.text_px("body", INITIALS_PROMPT, inner.width))
        self.text_rect = pygame.Rect(inner.left, self.title_rect.bottom, inner.width, text_h)
        slot = self.px(64)
        gap = self.px(14)
        left = inner.centerx - (3 * slot + 2 * gap) // 2
        top = self.text_rect.bottom + self.px(6)
        self.slots = [pygame.Rect(left + i * (slot + gap), top, slot, slot) for i in range(3)]
        self.message_rect = pygame.Rect(inner.left, top + slot + self.px(4), inner.width, self.px(34))
        keys = pygame.Rect(
            inner.left,
            self.message_rect.bottom + self.px(6),
            inner.width,
            inner.bottom - self.message_rect.bottom - self.px(6),
        )
        for button, rect in zip(self.menu.buttons, grid(keys, len(self.menu.buttons), 6, self.px(8)), strict=True):
            button.rect = rect

    def handle(self, action: Action) -> None:
        if action.kind is Act.TEXT:
            for char in action.text.upper():
                if char in LETTERS:
                    self._type(char)
        elif action.kind is Act.BACK:
            if self.letters:
                self._press(DELETE)
            elif not self.emptied.blocks(action):
                self._press(SKIP)
        elif action.kind is Act.CONFIRM and len(self.letters) == 3:
            self._press(SAVE)
        elif action.kind is Act.CONFIRM and self.menu.focus is None:
            self.message = INITIALS_HOW  # Enter alone types nothing: mashed, it typed the first key and saved "AAA"
        elif (chosen := self.menu.handle(action)) is not None:
            self._press(chosen)

    def _press(self, index: int) -> None:
        if index < len(LETTERS):
            self._type(LETTERS[index])
        elif index == DELETE:
            self.letters = self.letters[:-1]
            if not self.letters:
                self.emptied = Settle(EMPTIED_HOLD_SECONDS, frozenset({Act.BACK}))
            self._refresh()
        elif index == SKIP:
            self.stack.pop()
        elif not allowed(self.letters):
            self.letters = ""
            self.message = "Those letters are not allowed here. Try others."
            self._refresh()
        else:
            self.stack.pop()
            self.on_save(self.letters)

    def update(self, dt: float) -> bool:
        return self.emptied.update(dt)

    def _type(self, letter: str) -> None:
        if len(self.letters) < 3:
            self.letters += letter
            self.message = ""
        self._refresh()

    def _refresh(self) -> None:
        self.menu.buttons[SAVE].enabled = len(self.letters) == 3
        self.menu.buttons[DELETE].enabled = bool(self.letters)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        dim(surface)
        draw_panel(surface, self.panel, theme, self.scale, border=theme.accent)
        title = f"A top score today: {self.score}!"
        text_box(surface, self.ctx, title, self.title_rect, "heading", theme.accent, self.scale, align="center")
        text_box(
            surface,
            self.ctx,
            INITIALS_PROMPT,
            self.text_rect,
            "body",
            theme.text,
            self.scale,
            align="center",
            min_factor=0.5,
        )
        for i, slot in enumerate(self.slots):
            pygame.draw.rect(surface, theme.accent, slot, width=max(2, self.px(3)), border_radius=self.px(8))
            letter = self.letters[i] if i < len(self.letters) else ""
            text_box(surface, self.ctx, letter, slot, "heading", theme.text, self.scale, align="center", middle=True)
        if self.message:
            text_box(
                surface, self.ctx, self.message, self.message_rect, "small", theme.wrong, self.scale, align="center"
            )
        self.menu.draw(surface, self.ctx, self.scale)
