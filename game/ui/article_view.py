"""The article on screen: headline and paragraphs, scrollable, with the evidence highlighted.

Used to read the article before a level, to re-read it during a question, and in
the feedback after an answer, where it shows the paragraph that proves the answer.
"""

from __future__ import annotations

import pygame

from game.content.article import Article, Span
from game.ui.context import GameContext
from game.ui.text import Line, draw_paragraph, font_measure, layout_rich, line_step, lines_height, wrapped_lines
from game.ui.theme import px
from game.ui.widgets import Scrollable


class ArticleView(Scrollable):
    def __init__(
        self,
        ctx: GameContext,
        article: Article,
        highlight: Span | None = None,
        blocks: list[int] | None = None,
        marks: list[Span] | None = None,
    ) -> None:
        """`highlight` is the passage to show (the view scrolls to it); `marks` are further words to highlight."""
        super().__init__(ctx)
        self.article = article
        self.highlight = highlight
        self.marks = marks or []
        self.blocks = blocks if blocks is not None else list(range(len(article.blocks)))
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._boxes: list[tuple[int, int]] = []
        """Every line's top and bottom in content pixels: the view scrolls and shows whole lines only."""

    def layout(self, rect: pygame.Rect, scale: float) -> None:
        self.rect, self.scale = rect, scale
        inner = self.inner().width
        self._heights = [lines_height(len(self._lines(b, inner)), self._font(b)) for b in self.blocks]
        self._tops = []
        y = 0
        for height in self._heights:
            self._tops.append(y)
            y += height + px(16, scale)
        self.content_height = max(0, y - px(16, scale))
        self._boxes = []
        for block, top in zip(self.blocks, self._tops, strict=True):
            font = self._font(block)
            step, height = line_step(font), font.get_height()
            self._boxes += [(top + i * step, top + i * step + height) for i in range(len(self._lines(block, inner)))]
        first = self.highlight or (self.marks[0] if self.marks else None)
        if first is not None:
            self.show(first)
        self.offset = self.clamp(self.offset)

    def clamp(self, offset: float) -> int:
        """A scroll position where the top line shows whole: a line's top, or the end (its last line whole)."""
        offset = super().clamp(offset)
        tops = [top for top, _ in self._boxes]
        if not tops or offset >= self.max_offset:
            return next((t for t in tops if t >= offset), offset)
        return max((t for t in tops if t <= offset), default=0)

    def stop_at(self, wanted: float) -> int:
        """The line top nearest `wanted`: a finger's tremble of a pixel or two, either way, moves nothing (rounded
        down, a tremble up jumped a whole line, and a tap on a sentence picked the one above)."""
        low = self.clamp(wanted)
        high = self.clamp(next((top for top, _ in self._boxes if top > low), low))
        return low if wanted - low <= high - wanted else high

    def shown(self) -> pygame.Rect:
        """The part of the box the text is drawn in: down to the last line that fits whole."""
        inner = self.inner()
        bottoms = [b for t, b in self._boxes if t >= self.offset and b - self.offset <= inner.height]
        return pygame.Rect(inner.left, inner.top, inner.width, max(bottoms, default=self.offset) - self.offset)

    def _lines(self, block: int, width: int) -> list[Line]:
        """A paragraph's wrapped lines, kept in the shared cache: every feedback lays out the same article."""
        return wrapped_lines(self.ctx.cache, self.article.block_text(block), width, self._font(block))

    def _font(self, block: int) -> pygame.font.Font:
        return self.ctx.font("heading" if block == 0 else "body", self.scale)

    def span_top(self, span: Span) -> int | None:
        """Where the line `span` starts on lies in the content (pixels from its top), if this view holds it."""
        if span.block not in self.blocks:
            return None
        lines = self._lines(span.block, self.inner().width)
        start = span.start - self.article.blocks[span.block][0]
        row = next((i for i, line in enumerate(lines) if line.start <= start < max(line.end, line.start + 1)), 0)
        return self._tops[self.blocks.index(span.block)] + row * line_step(self._font(span.block))

    def show(self, span: Span) -> None:
        """Scroll so `span` shows: whole if the view holds it, with up to a third of the view above it; a longer one
        from the top of the view (a third below it, in a view of five lines or more). Its start could sit on the last
        line of a three-line view, the rest out of sight ("According to Mark Stroh," and not the words credited)."""
        top = self.span_top(span)
        last = self.span_top(Span(span.block, max(span.start, span.end - 1), span.end))
        if top is None or last is None:
            return
        height, font = self.inner().height, self._font(span.block)
        bottom = last + font.get_height()
        if self.offset <= top and bottom <= self.offset + height:
            return  # all of it shows already
        if bottom - top <= height:  # it fits: a third of the view above it, as far as its end still shows
            lowest = max(bottom - height, top - height // 3)
            self.offset = self.clamp(next((t for t, _ in self._boxes if lowest <= t <= top), top))
        else:
            self.offset = self.clamp(top - (height // 3 if height >= 5 * line_step(font) else 0))

    def sentence_at(self, pos: tuple[int, int]) -> int | None:
        """Index (in `article.sentences`) of the sentence drawn at a window position, if any."""
        inner = self.inner()
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

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        radius = px(12, self.scale)
        pygame.draw.rect(surface, theme.panel, self.rect, border_radius=radius)
        pygame.draw.rect(surface, theme.muted_text, self.rect, width=max(1, px(2, self.scale)), border_radius=radius)
        inner = self.shown()
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
        self.draw_scrollbar(surface)
