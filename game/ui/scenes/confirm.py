"""A small question overlay with a row of answers: "Leave this level?", "How sure are you?".

Esc picks the first, safe option, or calls `on_back` when the caller gives one.
Numbered options are answers with no safe one ("Guessing", "Certain"): none has
the focus at first, so Enter alone never answers; the first Enter shows the focus.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.actions import Act, Action
from game.ui.context import GameContext
from game.ui.motion import CARD_IN
from game.ui.scenes.base import GameScene
from game.ui.settle import EVERYTHING, Settle
from game.ui.text import paragraph_height
from game.ui.widgets import Button, Menu, dim, draw_panel, text_box

GUARD_SECONDS = 0.25


class ConfirmScene(GameScene):
    opaque = False
    paints_beneath = True

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
        self.settle = Settle(GUARD_SECONDS, EVERYTHING)
        self.motion = ctx.motion(CARD_IN.end)
        badges = [str(i + 1) if numbered else "" for i in range(len(options))]
        self.options = [Button(o, badge=b) for o, b in zip(options, badges, strict=True)]
        self.back = Button("Back") if on_back is not None else None
        """What Esc does, for a mouse or a finger: the way back out of the dialog."""
        self.menu = Menu(
            [*self.options, *([self.back] if self.back else [])], columns=len(options), focus=None if numbered else 0
        )

    def arrange(self, area: pygame.Rect) -> None:
        count = len(self.options)
        width = min(area.width, max(self.px(640), self.px(280 * count + 80)))
        pad_x, pad_y, gap, button_h = self.px(24), self.px(20), self.px(16), self.px(64)
        back_h = max(self.px(48), self.text_px("button") + self.px(14)) if self.back else 0
        text_w = width - 2 * pad_x
        needed = paragraph_height(self.question, text_w, self.ctx.font("body", self.scale))
        height = min(area.height, max(self.px(260), 2 * pad_y + back_h + needed + gap + button_h))
        self.panel = pygame.Rect(0, 0, width, height)  # a long text (a hint) gets the room it needs
        self.panel.center = area.center
        inner = self.panel.inflate(-2 * pad_x, -2 * pad_y)
        if self.back:
            self.back.rect = pygame.Rect(inner.right - self.px(140), inner.top, self.px(140), back_h)
        top = inner.top + back_h
        self.text_rect = pygame.Rect(inner.left, top, inner.width, inner.bottom - button_h - gap - top)
        option_w = (inner.width - gap * (count - 1)) // count
        for i, button in enumerate(self.options):
            button.rect = pygame.Rect(inner.left + i * (option_w + gap), inner.bottom - button_h, option_w, button_h)

    def update(self, dt: float) -> bool:
        """The shade fades in while presses are held off, so the wait is seen, not felt as a dead key."""
        moving = self.motion.update(dt)
        return self.settle.update(dt) or moving

    def handle(self, action: Action) -> None:
        if self.settle.blocks(action):
            return  # the press that opened this question must not also answer it
        unfocused = self.menu.focus is None
        chosen = 0 if action.kind is Act.BACK else self.menu.handle(action)
        if unfocused and action.kind is Act.CONFIRM and self.menu.focus is not None:
            self.settle = Settle(GUARD_SECONDS, frozenset({Act.CONFIRM}))  # the focus shows; a mashed Enter waits
            return
        if self.on_back is not None and (
            action.kind is Act.BACK or (chosen is not None and chosen == len(self.options))
        ):
            self.stack.pop()
            self.on_back()
            return
        if chosen is not None:
            self.stack.pop()
            self.on_choice(chosen)
        elif action.kind is Act.QUIT and self.shot_name == "quit":
            # Asked "Quit Byline?", read it, and closed again: that is a yes. The second click of a double click
            # on the close button comes before anyone could read the question: it is not.
            if not self.settle.settling:
                self.stack.clear()
        elif action.kind is Act.QUIT:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        """While the shade fades in, the screen beneath and the dialog are drawn each frame; then kept."""
        if self.motion.running:
            self.stack.draw_beneath(self, surface)
            self._draw_dialog(surface)
        else:
            self.draw_layers(surface, self._draw_dialog)

    def _draw_dialog(self, surface: pygame.Surface) -> None:
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
