"""Behind the hidden chord or the five-tap corner: a PIN pad, then the teacher screen.

The scenes only ask; the kiosk (a `TeacherDesk`) does: reload levels, reset
the board, go back to the attract screen, or exit.
"""

from __future__ import annotations

import math
from typing import Protocol

import pygame

from game.kiosk.pin import LOCK_SECONDS, MAX_TRIES, PIN_LENGTHS, PinGuard, Verdict
from game.ui.actions import Act, Action
from game.ui.scenes.base import GameScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.widgets import Button, Menu, ScrollText, column, grid, text_box


class TeacherDesk(Protocol):
    guard: PinGuard

    def status(self) -> str:
        """A few lines on the levels, the board and anything a teacher should know."""
        ...

    def problems_text(self) -> str: ...

    def reload(self) -> str:
        """Load the level files again; a line saying what happened."""
        ...

    def reset_scoreboard(self) -> None: ...

    def close(self) -> None:
        """Leave the teacher screens for the attract screen."""
        ...

    def exit(self) -> None: ...


KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Del", "0", "OK", "Cancel"]
DELETE, OK, CANCEL = 9, 11, 12
MAX_DIGITS = 8


def verdict_text(verdict: Verdict) -> str:
    if verdict.unset:
        return "No teacher PIN is set on this computer. Set one in a terminal: byline kiosk set-pin"
    if verdict.damaged:
        return "The PIN record on this computer is damaged. Set the PIN again in a terminal: byline kiosk set-pin"
    if verdict.unsaved:
        return f"This computer cannot save PIN tries now, so the pad is locked. Try again in {_duration(LOCK_SECONDS)}."
    if verdict.locked_for > 0:
        return f"Too many wrong PINs. Try again in {_duration(verdict.locked_for)}."
    left = verdict.tries_left
    return f"Wrong PIN. {left} {'try' if left == 1 else 'tries'} left before the pad locks."


def _duration(seconds: float) -> str:
    minutes, rest = divmod(math.ceil(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


class PinPadScene(GameScene):
    shot_name = "kiosk-pin"

    def __init__(self, ctx, desk: TeacherDesk) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.desk = desk
        self.digits = ""
        self.menu = Menu([Button(label) for label in KEYS], columns=3, numbers=False)  # digits arrive as TEXT
        self.message = ""
        self.locked_for = 0

    def enter(self) -> None:
        if not self.desk.guard.is_set:
            self.message = verdict_text(Verdict(False, unset=True))
            for button in self.menu.buttons[:CANCEL]:
                button.enabled = False
            self.menu.focus = CANCEL
        self.update(0.0)

    def arrange(self, area: pygame.Rect) -> None:
        width = min(area.width, self.px(460))
        self.title_rect = pygame.Rect(area.centerx - width // 2, area.top, width, self.px(52))
        self.dots_rect = pygame.Rect(self.title_rect.left, self.title_rect.bottom + self.px(6), width, self.px(44))
        self.message_rect = pygame.Rect(area.left, self.dots_rect.bottom + self.px(4), area.width, self.px(62))
        keys = pygame.Rect(
            self.title_rect.left,
            self.message_rect.bottom + self.px(8),
            width,
            area.bottom - self.message_rect.bottom - self.px(8),
        )
        cells = grid(keys, CANCEL + 3, 3, self.px(12))  # Cancel takes the whole last row
        for button, rect in zip(self.menu.buttons[:CANCEL], cells[:CANCEL], strict=True):
            button.rect = rect
        self.menu.buttons[CANCEL].rect = cells[CANCEL].union(cells[-1])

    def update(self, dt: float) -> bool:
        """Count a lockout down; redraw when the seconds shown change."""
        left = math.ceil(self.desk.guard.locked_for())
        changed, self.locked_for = left != self.locked_for, left
        return changed

    def handle(self, action: Action) -> None:
        if action.kind is Act.TEXT:
            for char in action.text:
                if char.isascii() and char.isdigit():
                    self._press(KEYS.index(char))
        elif action.kind is Act.BACK:
            self._press(DELETE if self.digits else CANCEL)
        elif action.kind is Act.CONFIRM and self.digits:
            self._press(OK)
        elif (chosen := self.menu.handle(action)) is not None:
            self._press(chosen)

    def _press(self, index: int) -> None:
        if index == CANCEL:
            self.stack.pop()
        elif index == DELETE:
            self.digits = self.digits[:-1]
        elif index == OK:
            if len(self.digits) >= PIN_LENGTHS.start:  # a stray digit or two is no try: it never counts
                self._check()
            elif self.digits:
                self.digits = ""
                self.message = f"A PIN has at least {PIN_LENGTHS.start} digits."
        elif len(self.digits) < MAX_DIGITS:
            self.digits += KEYS[index]

    def _check(self) -> None:
        verdict = self.desk.guard.check(self.digits)
        self.digits = ""
        if verdict.ok:
            self.stack.replace(TeacherScene(self.ctx, self.desk))
        self.message = "" if verdict.ok or (verdict.locked_for and not verdict.unsaved) else verdict_text(verdict)
        self.update(0.0)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        self.heading(surface, "Teacher access: enter the PIN", self.title_rect)
        radius = self.px(10)
        for i in range(MAX_DIGITS):
            centre = (self.dots_rect.left + radius + i * 3 * radius, self.dots_rect.centery)
            pygame.draw.circle(surface, theme.text, centre, radius, 0 if i < len(self.digits) else max(1, self.px(2)))
        counting = self.locked_for and not self.message  # a lockout for too many tries counts down here
        message = verdict_text(Verdict(False, locked_for=self.locked_for)) if counting else self.message
        text_box(surface, self.ctx, message, self.message_rect, "small", theme.wrong, self.scale, align="center")
        self.menu.draw(surface, self.ctx, self.scale)


TEACHER_BUTTONS = ["Back to the kiosk", "Reload levels", "Level problems", "Reset today's scoreboard", "Exit the kiosk"]


class TeacherScene(GameScene):
    shot_name = "kiosk-teacher"

    def __init__(self, ctx, desk: TeacherDesk) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.desk = desk
        self.menu = Menu([Button(label) for label in TEACHER_BUTTONS])
        self.note = f"The pad locks after {MAX_TRIES} wrong PINs; `byline kiosk set-pin` changes the PIN."

    def arrange(self, area: pygame.Rect) -> None:
        self.title_rect = pygame.Rect(area.left, area.top, area.width, self.px(52))
        status_h = max(self.px(120), self.text_px("body", self.desk.status(), area.width))  # 16 px or more: room
        self.status_rect = pygame.Rect(area.left, self.title_rect.bottom + self.px(8), area.width, status_h)
        note_h = max(self.px(40), self.text_px("small", self.note, area.width))
        buttons = pygame.Rect(0, self.status_rect.bottom + self.px(12), min(area.width, self.px(520)), 0)
        buttons.height = area.bottom - buttons.top - note_h - self.px(10)
        buttons.centerx = area.centerx
        for button, rect in zip(
            self.menu.buttons, column(buttons, len(TEACHER_BUTTONS), self.px(62), self.px(12)), strict=True
        ):
            button.rect = rect
        self.note_rect = pygame.Rect(area.left, area.bottom - note_h, area.width, note_h)

    def handle(self, action: Action) -> None:
        chosen = 0 if action.kind is Act.BACK else self.menu.handle(action)
        if chosen == 0:
            self.desk.close()
        elif chosen == 1:
            self.note = self.desk.reload()
            self.layout(self.size)  # the status and the note may need more lines now
        elif chosen == 2:
            self.stack.push(ProblemsScene(self.ctx, self.desk.problems_text()))
        elif chosen == 3:
            self.stack.push(ConfirmScene(self.ctx, "Clear today's scoreboard?", ["Keep it", "Clear"], self._reset))
        elif chosen == 4:
            question = "Exit the kiosk? The game stays closed until it is started again."
            self.stack.push(ConfirmScene(self.ctx, question, ["Stay", "Exit"], self._exit))

    def _reset(self, choice: int) -> None:
        if choice == 1:
            self.desk.reset_scoreboard()
            self.note = "Today's scoreboard is cleared."
            self.layout(self.size)

    def _exit(self, choice: int) -> None:
        if choice == 1:
            self.desk.exit()

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        self.heading(surface, "Teacher", self.title_rect)
        text_box(
            surface, self.ctx, self.desk.status(), self.status_rect, "body", theme.text, self.scale, min_factor=0.5
        )
        self.menu.draw(surface, self.ctx, self.scale)
        text_box(surface, self.ctx, self.note, self.note_rect, "small", theme.muted_text, self.scale, min_factor=0.5)


class ProblemsScene(GameScene):
    """Every problem of every level file, in the `FILE:LINE:COL: error: MESSAGE` shape `byline validate` prints."""

    shot_name = "kiosk-problems"

    def __init__(self, ctx, text: str) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.view = ScrollText(ctx, text, "small")
        self.menu = Menu([Button("Back")])

    def arrange(self, area: pygame.Rect) -> None:
        self.title_rect = pygame.Rect(area.left, area.top, area.width, self.px(52))
        button_h = self.px(60)
        top = self.title_rect.bottom + self.px(8)
        self.view.layout(
            pygame.Rect(area.left, top, area.width, area.bottom - button_h - self.px(12) - top), self.scale
        )
        self.menu.buttons[0].rect = pygame.Rect(
            area.left, area.bottom - button_h, min(area.width, self.px(220)), button_h
        )

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK or self.menu.handle(action) == 0:
            self.stack.pop()
        else:
            self.view.handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill(self.ctx.theme.background)
        self.heading(surface, "Level problems", self.title_rect)
        self.view.draw(surface)
        self.menu.draw(surface, self.ctx, self.scale)
