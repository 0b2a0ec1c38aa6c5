"""The article on screen: headline and paragraphs, scrollable, with the evidence highlighted.

Used to read the article before a level, to re-read it during a question, and in
the feedback after an answer, where it shows the paragraph that proves the answer.
"""

from __future__ import annotations

import pygame

from game.content.article import Article, Span
from game.ui.actions import Act, Action
from game.ui.context import GameContext
from game.ui.text import Line, draw_paragraph, font_measure, layout_rich, line_step, lines_height, wrapped_lines
from game.ui.theme import px


class ArticleView:
    def __init__(
        self,
        ctx: GameContext,
        article: Article,
        highlight: Span | None = None,
        blocks: list[int] | None = None,
        marks: list[Span] | None = None,
    ) -> None:
        """`highlight` is the passage to show (the view scrolls to it); `marks` are further words to highlight."""
        self.ctx = ctx
        self.article = article
        self.highlight = highlight
        self.marks = marks or []
        self.blocks = blocks if blocks is not None else list(range(len(article.blocks)))
        self.rect = pygame.Rect(0, 0, 1, 1)
        self.scale = 1.0
        self.offset = 0
        self._tops: list[int] = []
        self._heights: list[int] = []
        self.content_height = 0

    def layout(self, rect: pygame.Rect, scale: float) -> None:
        self.rect, self.scale = rect, scale
        inner = self._inner().width
        self._heights = [lines_height(len(self._lines(b, inner)), self._font(b)) for b in self.blocks]
        self._tops = []
        y = 0
        for height in self._heights:
            self._tops.append(y)
            y += height + px(16, scale)
        self.content_height = max(0, y - px(16, scale))
        first = self.highlight or (self.marks[0] if self.marks else None)
        if first is not None:
            self.show(first)
        self.offset = self._clamp(self.offset)

    @property
    def max_offset(self) -> int:
        return max(0, self.content_height - self._inner().height)

    def _inner(self) -> pygame.Rect:
        pad = px(18, self.scale)
        return self.rect.inflate(-2 * pad - px(10, self.scale), -2 * pad)

    def _lines(self, block: int, width: int) -> list[Line]:
        """A paragraph's wrapped lines, kept in the shared cache: every feedback lays out the same article."""
        return wrapped_lines(self.ctx.cache, self.article.block_text(block), width, self._font(block))

    def _font(self, block: int) -> pygame.font.Font:
        return self.ctx.font("heading" if block == 0 else "body", self.scale)

    def _clamp(self, offset: float) -> int:
        return int(min(max(0, offset), self.max_offset))

    def show(self, span: Span) -> None:
        """Scroll so the line where `span` starts sits in the upper part of the view."""
        if span.block not in self.blocks:
            return
        index = self.blocks.index(span.block)
        font = self._font(span.block)
        lines = self._lines(span.block, self._inner().width)
        start = span.start - self.article.blocks[span.block][0]
        row = next((i for i, line in enumerate(lines) if line.start <= start < max(line.end, line.start + 1)), 0)
        top = self._tops[index] + row * line_step(font)
        if not self.offset <= top <= self.offset + self._inner().height * 2 // 3:
            self.offset = self._clamp(top - self._inner().height // 3)

    def sentence_at(self, pos: tuple[int, int]) -> int | None:
        """Index (in `article.sentences`) of the sentence drawn at a window position, if any."""
        inner = self._inner()
        if not inner.collidepoint(pos):
            return None
        for block, top, height in zip(self.blocks, self._tops, self._heights, strict=True):
            y = pos[1] - (inner.top + top - self.offset)
            if not 0 <= y < height:
                continue
            font = self._font(block)
            base = self.article.blocks[block][0]
            cuts = [(s.start - base, s.end - base) for s in self.article.sentences_in(block)]
            lines = layout_rich(self.article.block_text(block), inner.width, font_measure(font), cuts)
            row = min(len(lines) - 1, y // line_step(font))
            x = pos[0] - inner.left
            segment = next((seg for seg in lines[row].segments if seg.x0 <= x < seg.x1), None)
            if segment is None:
                return None
            offset = base + segment.start
            inside = [i for i, s in enumerate(self.article.sentences) if s.block == block and s.start <= offset]
            return inside[-1] if inside else None
        return None

    def handle(self, action: Action) -> bool:
        """Scroll on wheel, drag, page keys and (when the scene passes them) arrows; True if it moved."""
        line = self.ctx.font("body", self.scale).get_linesize()
        amount = {Act.UP: -1.0, Act.DOWN: 1.0}.get(action.kind, action.amount if action.kind is Act.SCROLL else 0.0)
        if not amount:
            return False
        before = self.offset
        self.offset = self._clamp(self.offset + amount * line * 2)
        return self.offset != before

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        radius = px(12, self.scale)
        pygame.draw.rect(surface, theme.panel, self.rect, border_radius=radius)
        pygame.draw.rect(surface, theme.muted_text, self.rect, width=max(1, px(2, self.scale)), border_radius=radius)
        inner = self._inner()
        for block, top, height in zip(self.blocks, self._tops, self._heights, strict=True):
            start = self.article.blocks[block][0]
            shown = [*self.marks, *([self.highlight] if self.highlight else [])]
            spans = [(span.start - start, span.end - start) for span in shown if span.block == block]
            text = self.article.block_text(block)
            font = self._font(block)
            box = pygame.Rect(inner.left, inner.top + top - self.offset, inner.width, height)
            visible = box.clip(inner)
            if not visible.height:
                continue
            draw_paragraph(
                surface,
                text,
                visible,
                font,
                theme.text,
                self.ctx.cache,
                scroll_y=visible.top - box.top,
                spans=spans,
                highlight_colour=theme.highlight,
                highlight_text_colour=theme.highlight_text,
            )
        if self.max_offset:
            self._draw_scrollbar(surface, inner)

    def _draw_scrollbar(self, surface: pygame.Surface, inner: pygame.Rect) -> None:
        theme = self.ctx.theme
        track = pygame.Rect(inner.right + px(6, self.scale), inner.top, px(6, self.scale), inner.height)
        thumb_h = max(px(24, self.scale), track.height * inner.height // max(1, self.content_height))
        thumb_y = track.top + (track.height - thumb_h) * self.offset // max(1, self.max_offset)
        pygame.draw.rect(
            surface, theme.muted_text, (track.left, thumb_y, track.width, thumb_h), border_radius=track.width // 2
        )
