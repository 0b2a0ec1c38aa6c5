"""Show me where: after answering, the student points at the sentence of the article that proves it.

Arrow keys move from sentence to sentence and Enter cites; a click or tap picks a
sentence and the button cites it. Esc goes back to the question, unanswered. No
sentence is picked when the screen appears: the first arrow or Enter shows the
highlight on the headline, so a mashed Enter after answering never cites a
sentence the student did not choose.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.content.article import Article, Span
from game.ui.actions import Act, Action
from game.ui.article_view import ArticleView
from game.ui.context import GameContext
from game.ui.scenes.base import GameScene
from game.ui.settle import Settle
from game.ui.widgets import Button, Menu, text_box

CITE_HELP = (
    "Show me where: pick the sentence that proves your answer.\n"
    "Click a sentence or use the arrow keys; Enter, or the button, cites it."
)


class CiteScene(GameScene):
    shot_name = "cite"

    def __init__(
        self,
        ctx: GameContext,
        article: Article,
        on_cite: Callable[[Span], None],
        on_cancel: Callable[[], None],
        question: str = "",
    ) -> None:
        """`question`: the one being answered, kept in sight at the top."""
        super().__init__(ctx)
        self.question = question
        self.article = article
        self.on_cite = on_cite
        self.on_cancel = on_cancel
        self.sentence: int | None = None
        """The sentence picked, None until the student picks one."""
        self.settle = Settle(0.0)
        self.view = ArticleView(ctx, article)
        self.cite = Button("Cite this sentence", enabled=False)
        self.menu = Menu([self.cite, Button("Back to the question")], columns=2, focus=None)

    @property
    def span(self) -> Span:
        assert self.sentence is not None, "no sentence picked yet"
        s = self.article.sentences[self.sentence]
        return Span(s.block, s.start, s.end)

    def arrange(self, area: pygame.Rect) -> None:
        gap = self.px(14)
        self.question_rect = self.question_strip(area, self.question)
        needed = self.text_px("body", CITE_HELP, area.width)
        below = self.question_rect.bottom + (self.px(8) if self.question else 0)
        self.title_rect = pygame.Rect(area.left, below, area.width, min(max(self.px(84), needed), area.height // 3))
        button_h = self.px(60)
        width = min(self.px(360), (area.width - gap) // 2)
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(area.left + i * (width + gap), area.bottom - button_h, width, button_h)
        top = self.title_rect.bottom + gap
        self.view.layout(pygame.Rect(area.left, top, area.width, area.bottom - button_h - gap - top), self.scale)
        if self.sentence is not None:
            self._focus()

    def _focus(self) -> None:
        self.view.highlight = self.span
        self.view.show(self.span)

    def _pick(self, sentence: int, *, scroll: bool = True) -> None:
        """Highlight `sentence` as the one to cite; a key brings it into sight, a click has it in sight already."""
        self.sentence = sentence
        self.cite.enabled = True
        if scroll:
            self._focus()
        else:
            self.view.highlight = self.span

    def update(self, dt: float) -> bool:
        return self.settle.update(dt)

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self.stack.pop()
            self.on_cancel()
            return
        moves = (Act.UP, Act.DOWN, Act.LEFT, Act.RIGHT)
        if self.sentence is None and action.kind in (*moves, Act.CONFIRM):
            self._pick(0)  # the first press shows the highlight; the next one moves it or cites
            self.settle = Settle(guarded=frozenset({Act.CONFIRM}))  # a mashed Enter waits
            return
        if self.settle.blocks(action):
            return
        if action.kind in moves:
            assert self.sentence is not None
            step = -1 if action.kind in (Act.UP, Act.LEFT) else 1
            self._pick(min(max(0, self.sentence + step), len(self.article.sentences) - 1))
            return
        if action.kind is Act.CONFIRM:
            self._cite()
            return
        if action.kind in (Act.CLICK, Act.POINT) and action.pos is not None:
            picked = self.view.sentence_at(action.pos)
            if picked is not None and action.kind is Act.CLICK:
                self._pick(picked, scroll=False)
                return
        if action.kind is Act.SCROLL:
            self.view.handle(action)
            return
        chosen = self.menu.handle(action)
        if chosen == 0:
            self._cite()
        elif chosen == 1:
            self.stack.pop()
            self.on_cancel()
        else:
            super().handle(action)

    def _cite(self) -> None:
        self.stack.pop()
        self.on_cite(self.span)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_layers(surface, self._draw_article)

    def _draw_article(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        if self.question:
            text_box(surface, self.ctx, self.question, self.question_rect, "small", theme.muted_text, self.scale)
        text_box(
            surface,
            self.ctx,
            CITE_HELP,
            self.title_rect,
            "body",
            theme.text,
            self.scale,
            min_factor=0.45,
        )
        self.view.draw(surface)
        self.menu.draw(surface, self.ctx, self.scale)
