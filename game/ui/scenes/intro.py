"""The desk, before a level: the editor hands over the story, what to look for, and the article to read.

The editor's one line and the accuracy rating across levels are the frame; the
level's own intro and the article (scrollable) are what the student reads.
"""

from __future__ import annotations

import pygame

from game.content.session import Session, State
from game.ui import newsroom_text as words
from game.ui.actions import Act, Action
from game.ui.article_view import ArticleView
from game.ui.context import GameContext
from game.ui.editor import draw_editor_says
from game.ui.gauges import draw_accuracy
from game.ui.scenes.base import GameScene
from game.ui.widgets import NOTHING, Button, Menu, ScrollText, scroll_in_order, text_box

BRIEF_SHRINK = 0.5
"""The level's intro may shrink to this share of its size to fit beside the article (never below MIN_TEXT_PX);
what still does not fit scrolls."""


def resumable(ctx: GameContext, index: int) -> Session | None:
    """The session of a level the player left half-way, rebuilt from its checkpoint; None if there is none."""
    loaded = ctx.pack.levels[index]
    saved = ctx.progress.unfinished.get(loaded.level.id)
    return Session.resume(loaded, saved) if saved is not None and saved.answers else None


class IntroScene(GameScene):
    shot_name = "intro"

    def __init__(self, ctx: GameContext, index: int) -> None:
        super().__init__(ctx)
        self.index = index
        self.loaded = ctx.pack.levels[index]

    def enter(self) -> None:
        self.resumed = resumable(self.ctx, self.index)
        labels = ["Resume", "Start over", "Back"] if self.resumed else ["Start", "Back"]
        self.menu = Menu([Button(label) for label in labels], columns=len(labels))
        self.article = ArticleView(self.ctx, self.loaded.article)
        self.brief = ScrollText(self.ctx, self.brief_text, panel=False, min_factor=BRIEF_SHRINK)
        self.pointer: tuple[int, int] | None = None
        """Where the pointer is: the wheel scrolls what it is over."""

    def arrange(self, area: pygame.Rect) -> None:
        """Desk beside the article in a wide window; the desk's column widens until the level's intro fits."""
        wide = area.width >= area.height * 1.3
        for share in (38, 45, 52, 60) if wide else (30,):
            self._arrange(area, wide, share)
            self.brief.layout(self.brief_rect, self.scale)
            if not self.brief.overflows:
                return

    @property
    def brief_rect(self) -> pygame.Rect:
        """Where the brief goes: under the editor's line."""
        return self.text_rect

    def _arrange(self, area: pygame.Rect, wide: bool, share: int) -> None:
        gap = self.px(24)
        button_h = self.px(64)
        if wide:
            info = pygame.Rect(area.left, area.top, area.width * share // 100, area.height)
            self.article.layout(
                pygame.Rect(info.right + gap, area.top, area.right - info.right - gap, area.height), self.scale
            )
            buttons = pygame.Rect(info.left, info.bottom - button_h, info.width, button_h)
        else:
            info = pygame.Rect(area.left, area.top, area.width, area.height * 30 // 100)
            buttons = pygame.Rect(area.left, area.bottom - button_h, area.width, button_h)
            self.article.layout(
                pygame.Rect(area.left, info.bottom + gap, area.width, buttons.top - info.bottom - 2 * gap), self.scale
            )
        count = len(self.menu.buttons)
        width = (buttons.width - gap * (count - 1)) // count
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(buttons.left + i * (width + gap), buttons.top, width, button_h)
        line = self.text_px("small")  # boxes hold a line of a tall font (OpenDyslexic) too
        self.desk_rect = pygame.Rect(info.left, info.top, info.width * 2 // 5, max(self.px(36), line))
        rating_h = max(self.px(56), line + max(6, self.px(12)))
        self.rating_rect = pygame.Rect(self.desk_rect.right, info.top, info.right - self.desk_rect.right, rating_h)
        self.title_rect = pygame.Rect(info.left, self.rating_rect.bottom, info.width, self.px(64))
        bubble = info.width - self.px(76 + 14 + 24)  # the line's width in the editor's bubble, beside her portrait
        editor_h = max(self.px(110), self.text_px("small", self.editor_line, bubble) + self.px(12))
        self.editor_rect = pygame.Rect(info.left, self.title_rect.bottom + self.px(4), info.width, editor_h)
        bottom = buttons.top - self.px(12) if wide else info.bottom
        top = self.editor_rect.bottom + self.px(12)
        self.text_rect = pygame.Rect(info.left, top, info.width, bottom - top)

    @property
    def editor_line(self) -> str:
        return words.pick(words.EDITOR_BRIEF, self.index)

    @property
    def brief_text(self) -> str:
        """The level's own intro, how many questions, and where a resumed level goes on from."""
        count = len(self.loaded.level.questions)
        text = (
            f"{self.loaded.level.intro}\n\n{count} questions. Read the article first: you can scroll it, "
            "and open it again during the questions."
        )
        if self.resumed is not None:
            text += f"\n\nYou left this level after {len(self.resumed.results)} of {count}: Resume goes on from there."
        return text

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self.stack.pop()
            return
        if action.kind in (Act.POINT, Act.PRESS, Act.CLICK):
            self.pointer = action.pos
        if action.kind in (Act.UP, Act.DOWN, Act.SCROLL):
            moved = scroll_in_order([self.brief, self.article], action, self.pointer)
            self.stack.repaint(moved.rect if moved else NOTHING)  # the brief, then the article
            return
        chosen = self.menu.handle(action)
        label = self.menu.buttons[chosen].label if chosen is not None else None
        if label in ("Start", "Start over"):
            plays = self.ctx.progress.levels.get(self.loaded.level.id)
            seed = self.ctx.seed + (plays.plays if plays else 0)  # "Play again" shuffles the choices anew
            self._play(Session(self.loaded, seed))
        elif label == "Resume" and self.resumed is not None:
            self._play(self.resumed)
        elif label == "Back":
            self.stack.pop()
        else:
            super().handle(action)

    def _play(self, session: Session) -> None:
        from game.ui.scenes.question import question_scene  # late: question -> summary -> intro
        from game.ui.scenes.summary import SummaryScene

        if session.state is State.FINISHED:  # left on the last answer's feedback: the results are due
            self.stack.replace(SummaryScene(self.ctx, self.index, session.summary()))
        else:
            self.stack.replace(question_scene(self.ctx, self.index, session))

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_layers(surface, self._draw_desk)

    def _draw_desk(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        text_box(
            surface,
            self.ctx,
            words.DESK_TITLE,
            self.desk_rect,
            "small",
            theme.muted_text,
            self.scale,
            middle=True,
            min_factor=0.5,
        )
        draw_accuracy(surface, self.ctx, self.rating_rect, self.scale)
        self.headline(surface, self.loaded.level.title, self.title_rect)
        draw_editor_says(surface, self.ctx, self.editor_rect, words.EDITOR_NAME, self.editor_line, self.scale)
        self.brief.draw(surface, theme.background)
        self.article.draw(surface)
        self.menu.draw(surface, self.ctx, self.scale)
