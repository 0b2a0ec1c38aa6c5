"""The kiosk's attract screen: what the game is, how to start, and today's top scores.

It shows while nobody plays; a tap or a key starts a visit. Esc and window
close do nothing here: a kiosk only stops from the teacher screen.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.kiosk.scoreboard import Entry
from game.ui import newsroom_text as words
from game.ui.actions import Act, Action
from game.ui.newsprint import draw_masthead
from game.ui.scenes.base import GameScene
from game.ui.widgets import Button, draw_panel, text_box

STARTS = frozenset(
    {
        *(Act.CLICK, Act.CONFIRM, Act.CHOOSE, Act.TEXT, Act.UP, Act.DOWN, Act.LEFT, Act.RIGHT),
        *(Act.FOCUS_NEXT, Act.FOCUS_PREVIOUS, Act.SCROLL),  # Tab, Page Down, Home, End, the wheel: "any key"
    }
)
"""A tap, a click or a key: a person wants to play (a mouse merely moving does not count, nor Esc or Backspace:
they mean Back, and Back on the attract screen does nothing)."""

TAGLINE = "Who said it? Fact or opinion? What doesn't add up? Read the news like a detective."


class AttractScene(GameScene):
    shot_name = "kiosk-attract"

    def __init__(self, ctx, scores: Callable[[], list[Entry]], rows: int, on_start: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.scores = scores
        self.rows = rows
        self.on_start = on_start
        self.playable = bool(ctx.pack.levels)
        self.button = Button("Tap to play" if self.playable else "Not ready yet")

    def arrange(self, area: pygame.Rect) -> None:
        """The welcome and the board side by side (one above the other on a tall screen), centred."""
        gap = self.px(32)
        self.row_h = max(self.px(60), self.text_px("small", "a level's name\non two lines"))
        wide = area.width >= area.height * 1.2
        left_w = (area.width - gap) * 58 // 100
        hint_h = max(self.px(70), self.text_px("small", self.hint, left_w if wide else area.width))
        welcome_h = self.px(134 + 90 + 30 + 96 + 16) + hint_h
        board_h = self.px(52) + self.px(12) + self.px(36) + self.rows * self.row_h  # as _draw_board rounds them
        if wide:
            welcome = pygame.Rect(area.left, 0, left_w, min(area.height, welcome_h))
            self.board_rect = pygame.Rect(
                welcome.right + gap, 0, area.right - welcome.right - gap, min(area.height, board_h)
            )
            welcome.centery = self.board_rect.centery = area.centery
        else:
            top = area.top + max(0, (area.height - welcome_h - gap - board_h) // 2)
            welcome = pygame.Rect(area.left, top, area.width, min(area.height, welcome_h))
            below = welcome.bottom + gap
            self.board_rect = pygame.Rect(area.left, below, area.width, max(0, min(board_h, area.bottom - below)))
        self.title_rect = pygame.Rect(welcome.left, welcome.top, welcome.width, self.px(124))  # the masthead
        self.tagline_rect = pygame.Rect(welcome.left, self.title_rect.bottom + self.px(10), welcome.width, self.px(90))
        button = pygame.Rect(0, 0, min(welcome.width, self.px(440)), self.px(96))
        button.midtop = (welcome.centerx, self.tagline_rect.bottom + self.px(30))
        self.button.rect = button
        self.hint_rect = pygame.Rect(
            welcome.left, button.bottom + self.px(16), welcome.width, welcome.bottom - button.bottom - self.px(16)
        )

    @property
    def hint(self) -> str:
        if self.playable:
            return "Touch the screen or press any key. Your answers are cleared when you leave."
        return "No level can be played right now. A teacher can open the teacher screen to see why."

    def handle(self, action: Action) -> None:
        """Start on a tap or key; ignore everything else, QUIT and Esc included."""
        if action.kind in STARTS and self.playable:
            self.on_start()

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        draw_masthead(surface, self.ctx, self.title_rect, words.MASTHEAD, words.MOTTO, self.scale)  # as the title's
        text_box(surface, self.ctx, TAGLINE, self.tagline_rect, "body", theme.text, self.scale, align="center")
        self.button.draw(surface, self.ctx, self.scale, focused=False, hovered=False)
        text_box(surface, self.ctx, self.hint, self.hint_rect, "small", theme.muted_text, self.scale, align="center")
        self._draw_board(surface)

    def _draw_board(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        draw_panel(surface, self.board_rect, theme, self.scale, border=theme.accent)
        inner = self.board_rect.inflate(-self.px(40), -self.px(36))
        heading = pygame.Rect(inner.left, inner.top, inner.width, self.px(52))
        self.heading(surface, "Today's top scores", heading)
        rows = pygame.Rect(
            inner.left, heading.bottom + self.px(12), inner.width, inner.bottom - heading.bottom - self.px(12)
        )
        scores = self.scores()
        if not scores:
            message = "No scores yet today. Yours could be the first!"
            text_box(surface, self.ctx, message, rows, "body", theme.muted_text, self.scale, min_factor=0.5)
            return
        row_h = min(self.row_h, rows.height // len(scores))
        for rank, entry in enumerate(scores, 1):
            row = pygame.Rect(rows.left, rows.top + (rank - 1) * row_h, rows.width, row_h)
            name = pygame.Rect(row.left, row.top, row.width * 45 // 100, row_h)
            level = pygame.Rect(name.right, row.top, row.right - name.right, row_h)
            ink = theme.accent if rank == 1 else theme.text
            line = f"{rank}. {entry.initials}  {entry.score}"
            text_box(surface, self.ctx, line, name, "button", ink, self.scale, middle=True, min_factor=0.5)
            text_box(
                surface,
                self.ctx,
                entry.level,
                level,
                "small",
                theme.muted_text,
                self.scale,
                middle=True,
                min_factor=0.4,
            )
