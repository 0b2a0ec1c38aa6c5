"""The whole article, opened from a question to read it again; Esc or Close returns to the question."""

from __future__ import annotations

import pygame

from game.content.article import Article
from game.ui.actions import Act, Action
from game.ui.article_view import ArticleView
from game.ui.context import GameContext
from game.ui.scenes.base import GameScene
from game.ui.widgets import Button, Menu, text_box


class ArticleScene(GameScene):
    shot_name = "article"

    def __init__(self, ctx: GameContext, article: Article, question: str = "") -> None:
        """`question`: the one being answered, kept in sight at the top while the article is read."""
        super().__init__(ctx)
        self.question = question
        self.view = ArticleView(ctx, article)
        self.menu = Menu([Button("Back to the question")])

    def arrange(self, area: pygame.Rect) -> None:
        button_h = self.px(60)
        self.question_rect = self.question_strip(area, self.question)
        top = self.question_rect.bottom + (self.px(10) if self.question else 0)
        self.view.layout(
            pygame.Rect(area.left, top, area.width, area.bottom - button_h - self.px(16) - top), self.scale
        )
        self.menu.buttons[0].rect = pygame.Rect(
            area.left, area.bottom - button_h, min(area.width, self.px(360)), button_h
        )

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK or self.menu.handle(action) == 0:
            self.stack.pop()
        elif self.view.handle(action):
            self.stack.repaint(self.view.rect)  # only the article moved: the rest stays as kept
        else:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_layers(surface, self._draw_article)

    def _draw_article(self, surface: pygame.Surface) -> None:
        surface.fill(self.ctx.theme.background)
        if self.question:
            text_box(
                surface, self.ctx, self.question, self.question_rect, "small", self.ctx.theme.muted_text, self.scale
            )
        self.view.draw(surface)
        self.menu.draw(surface, self.ctx, self.scale)
