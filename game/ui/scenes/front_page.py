"""Tomorrow's front page: the payoff of a level, the story as it will print with the student's checks on it.

Every answer of the level is a clipping of the article with its mark: a right
answer is stamped (a quote verified with the speaker's name, an opinion flagged,
a contradiction circled, a source traced), a miss is struck through in red pen
and stamped for review. Stamps land one after another (Reduce motion: all at
once). Enter, a click or Esc goes on to the scores (the summary).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import pygame

from game.content.session import Result, Summary
from game.ui import newsroom_text as words
from game.ui.actions import Act, Action
from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.editor import draw_editor_says, editor_needs
from game.ui.motion import MAX_PAGE_STAMPS, PAGE_STAMP, PAGE_STAMP_GAP, staggered
from game.ui.newsprint import (
    draw_flag,
    draw_masthead,
    draw_paper,
    draw_red_pen,
    draw_ring,
    draw_stamp,
    stamp_size,
)
from game.ui.scenes.base import GameScene
from game.ui.settle import Settle
from game.ui.text import draw_paragraph, lines_height, paragraph_height
from game.ui.widgets import Button, Menu, layout_problems, text_box

Mark = Literal["stamp", "flag", "ring", "trace", "review"]
CLIPPING_STEPS = (1.0, 0.85, 0.72, 0.6, 0.5, 0.42)
"""Sizes tried for the clippings, as shares of the small text size: a few fonts, not one per clipping."""
CLIPPING_CHARACTERS = 70
"""A longer passage is cut at a word with an ellipsis, as papers quote: the page shows every check at once."""


@dataclass(frozen=True)
class Check:
    """One answer as the front page shows it."""

    passage: str
    stamp: str
    mark: Mark
    right: bool
    quote: bool = False
    """True when the passage is someone's words (shown in quotation marks)."""
    short: str = ""
    """A shorter stamp for a clipping with no room for the whole one and a line of its words ("VERIFIED")."""


@dataclass(frozen=True)
class Placement:
    """Where one clipping's words and stamp go (`FrontPageScene._placement`)."""

    stamp: str
    words: pygame.Rect
    centre: tuple[int, int]
    angle: float
    max_width: int


def clipping(passage: str, limit: int = CLIPPING_CHARACTERS) -> str:
    """The passage, cut at a word before `limit` characters with an ellipsis when longer."""
    passage = " ".join(passage.split())
    if len(passage) <= limit:
        return passage
    cut = passage.rfind(" ", 0, limit)
    return passage[: cut if cut > limit // 2 else limit].rstrip(",;:") + "\u2026"


def check_of(result: Result) -> Check:
    """How one answer is marked on the page."""
    kind = result.question.type
    passage = clipping(result.question.passage)
    quote = kind == "who_said"
    if not result.correct:
        return Check(passage, words.STAMP_REVIEW, "review", False, quote)
    answer = result.right[0] if result.right else ""
    mark: Mark = "stamp"
    if kind == "fact_or_opinion" and answer == "opinion":
        mark = "flag"
    elif kind == "contradiction":
        mark = "ring"
    elif kind == "source_chain":
        mark = "trace"
    short = words.STAMP_VERIFIED if kind == "who_said" else ""
    return Check(passage, words.stamp_text(kind, answer), mark, True, quote, short)


def cut_to_fit(text: str, box: pygame.Rect, font: pygame.font.Font) -> str:
    """`text`, cut at a word with an ellipsis until it fits `box` (a crowded page keeps its type readable)."""
    words = text.split(" ")
    while len(words) > 1 and paragraph_height(" ".join(words), box.width, font) > box.height:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",;:\u2026") + "\u2026"
    return " ".join(words)


def shown(check: Check) -> str:
    """The clipping's words as printed: someone's words in quotation marks."""
    return f"\u201c{check.passage}\u201d" if check.quote else check.passage


def front_page_checks(summary: Summary) -> list[Check]:
    return [check_of(result) for result in summary.results]


class FrontPageScene(GameScene):
    shot_name = "front-page"

    def __init__(self, ctx: GameContext, index: int, summary: Summary) -> None:
        super().__init__(ctx)
        self.index = index
        self.summary = summary
        self.checks = front_page_checks(summary)
        last = staggered(PAGE_STAMP, len(self.checks) - 1, PAGE_STAMP_GAP, MAX_PAGE_STAMPS)
        self.motion = ctx.motion(last.end if self.checks else 0.0)
        self.stamped = False
        self.clippings: list[pygame.Rect] = []
        """Where each check sits on the page, in the order of `checks` (laid out for every window size)."""
        self._printed: dict[int, pygame.Rect] = {}
        """Where each clipping's text was drawn, for its mark (a render cache, filled by drawing)."""
        self.settle = Settle(PAGE_STAMP.end)
        """Presses wait for the first stamp: the press that asked for the results must not also skip the page."""

    def enter(self) -> None:
        self.menu = Menu([Button(words.FRONT_PAGE_CONTINUE)])
        self.headline = self.ctx.pack.levels[self.index].article.headline
        if self.checks:  # made now, with the page: made when the first stamp lands it cost that frame ~6 ms
            self.ctx.sound.sound("stamp")
        missed = any(not c.right for c in self.checks)
        self.signoff = (
            words.FRONT_PAGE_EDITOR_REVIEW if missed else words.pick(words.FRONT_PAGE_EDITOR, self.summary.score)
        )

    def arrange(self, area: pygame.Rect) -> None:
        gap = self.px(12)
        button_h = self.px(60)
        button = self.menu.buttons[0]
        button.rect = pygame.Rect(0, 0, min(self.px(300), area.width // 3), button_h)
        signoff_w = area.width - button.rect.width - gap
        foot_h = max(self.px(76), editor_needs(self.ctx, signoff_w, self.signoff, self.scale))
        foot = pygame.Rect(area.left, area.bottom - foot_h, area.width, foot_h)
        button.rect.midright = (foot.right, foot.centery)
        self.editor_rect = pygame.Rect(foot.left, foot.top, button.rect.left - gap - foot.left, foot.height)
        self.page = pygame.Rect(area.left, area.top, area.width, foot.top - gap - area.top)
        inner = self.page.inflate(-self.px(36), -self.px(20))
        self.masthead_rect = pygame.Rect(inner.left, inner.top, inner.width, self.px(112))
        self.headline_rect = pygame.Rect(inner.left, self.masthead_rect.bottom + self.px(6), inner.width, self.px(48))
        body = pygame.Rect(
            inner.left, self.headline_rect.bottom + gap, inner.width, inner.bottom - self.headline_rect.bottom - gap
        )
        count = len(self.checks)
        columns = max(1, min(3, body.width // self.px(330), count))
        rows = max(1, math.ceil(count / columns))
        col_gap, row_gap = self.px(22), self.px(10)
        width = (body.width - col_gap * (columns - 1)) // columns
        height = (body.height - row_gap * (rows - 1)) // rows
        self.clippings = [
            pygame.Rect(
                body.left + (i // rows) * (width + col_gap), body.top + (i % rows) * (height + row_gap), width, height
            )
            for i in range(count)
        ]  # down each column first, as a newspaper is read
        self.clipping_font = self._clipping_font()
        self.column_rules = [
            (body.left + c * (width + col_gap) - col_gap // 2, body.top, body.bottom) for c in range(1, columns)
        ]

    def update(self, dt: float) -> bool:
        moving = self.settle.update(dt) | self.motion.update(dt)
        if not self.stamped and self.checks and self.motion.value(PAGE_STAMP) >= 1.0:
            self.stamped = True
            self.ctx.sound.play("stamp")
        return moving

    def handle(self, action: Action) -> None:
        if self.settle.blocks(action):
            return
        if action.kind is Act.BACK or self.menu.handle(action) == 0:
            from game.ui.scenes.summary import SummaryScene  # late: summary leads back to intros and questions

            self.stack.replace(SummaryScene(self.ctx, self.index, self.summary))
        else:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_layers(surface, self._draw_paper, self._draw_marks, landed=not self.motion.running)

    def _draw_marks(self, surface: pygame.Surface) -> None:
        for i, (check, rect) in enumerate(zip(self.checks, self.clippings, strict=True)):
            amount = self.motion.value(staggered(PAGE_STAMP, i, PAGE_STAMP_GAP, MAX_PAGE_STAMPS))
            self._draw_mark(surface, check, rect, self._printed.get(i, rect), amount)

    def _draw_paper(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        draw_paper(surface, self.page, theme, self.scale)
        draw_masthead(surface, self.ctx, self.masthead_rect, words.MASTHEAD, self.dateline, self.scale)
        text_box(
            surface,
            self.ctx,
            self.headline,
            self.headline_rect,
            "headline",
            theme.ink,
            self.scale,
            align="center",
            middle=True,
            min_factor=0.45,
        )
        for x, top, bottom in self.column_rules:
            pygame.draw.line(surface, theme.muted_text, (x, top), (x, bottom), max(1, self.px(1)))
        for i, (check, rect) in enumerate(zip(self.checks, self.clippings, strict=True)):
            self._printed[i] = self._draw_clipping(surface, check, rect)
        draw_editor_says(surface, self.ctx, self.editor_rect, words.EDITOR_NAME, self.signoff, self.scale)
        self.menu.draw(surface, self.ctx, self.scale)

    @property
    def dateline(self) -> str:
        s = self.summary
        return words.FRONT_PAGE_DATELINE.format(right=s.right, total=s.total)

    def _stamp_height(self, rect: pygame.Rect) -> int:
        """The stamp's size asked for (its letters never below 16 px: see `stamp_image`)."""
        return max(self.px(14), min(self.px(30), rect.height // 3))

    def _stamp_angle(self, check: Check, size: tuple[int, int]) -> float:
        """A stamp lands askew, a long one less so: its ends rise and fall by at most a third of its height."""
        width, height = size
        most = math.degrees(math.asin(min(1.0, height / 3 / max(1, width))))
        return -min(4.0, most) if check.right else min(3.0, most)

    def _placement(self, check: Check, rect: pygame.Rect) -> Placement:
        """Where the clipping's words and its stamp go: the stamp under the words, as long as a line of them fits
        above it (the quote's stamp without its name, if that is what makes it fit); else beside them, at the
        right, and the words take the clipping's whole height (a tall font, OpenDyslexic, in a small window)."""
        key = ("front-page-placement", check, tuple(rect), self.scale, self.ctx.font_spec("small", self.scale))
        return self.ctx.cache.remember(key, lambda: self._place(check, rect))

    def _place(self, check: Check, rect: pygame.Rect) -> Placement:
        one_line = lines_height(1, self.ctx.fonts.get(self.ctx.font_spec("small", self.scale)[0], MIN_TEXT_PX))
        asked = self._stamp_height(rect)
        for text in (check.stamp, check.short) if check.short else (check.stamp,):
            angle = self._stamp_angle(check, stamp_size(self.ctx, text, asked, rect.width))
            width, height = stamp_size(self.ctx, text, asked, rect.width, angle)
            words = pygame.Rect(rect.left, rect.top, rect.width, rect.height - height - self.px(2))
            if words.height >= one_line:
                centre = (
                    min(rect.right - rect.width // 3, rect.right - width // 2),
                    rect.bottom - height // 2 - self.px(2),
                )
                return Placement(text, words, centre, angle, rect.width)
        text = check.short or check.stamp
        angle = self._stamp_angle(check, stamp_size(self.ctx, text, asked, rect.width // 2))
        width, height = stamp_size(self.ctx, text, asked, rect.width // 2, angle)
        words = pygame.Rect(rect.left, rect.top, rect.width - width - self.px(6), rect.height)
        return Placement(text, words, (rect.right - width // 2, rect.centery), angle, rect.width // 2)

    def _text_rect(self, check: Check, rect: pygame.Rect) -> pygame.Rect:
        """Where the clipping's words go: above (or left of) its stamp, right of a flag."""
        text = self._placement(check, rect).words.copy()
        if check.mark == "flag":
            text.left += self.px(22)
            text.width -= self.px(22)
        return text

    def _clipping_font(self) -> pygame.font.Font:
        """One size for every clipping, as a page is set: the largest step of `CLIPPING_STEPS` at which all fit."""
        path, size = self.ctx.font_spec("small", self.scale)
        for step in CLIPPING_STEPS:
            font = self.ctx.fonts.get(path, max(MIN_TEXT_PX, round(size * step)))
            if all(
                paragraph_height(shown(check), self._text_rect(check, rect).width, font)
                <= self._text_rect(check, rect).height
                for check, rect in zip(self.checks, self.clippings, strict=True)
            ):
                break
        return font

    def _draw_clipping(self, surface: pygame.Surface, check: Check, rect: pygame.Rect) -> pygame.Rect:
        """The passage as printed (with the flag of a flagged opinion); returns where its text went."""
        theme = self.ctx.theme
        text = self._text_rect(check, rect)
        if check.mark == "flag":
            draw_flag(surface, pygame.Rect(rect.left, rect.top + self.px(2), self.px(16), self.px(20)), theme.correct)
        font = self.clipping_font
        words = self.ctx.cache.remember(
            ("clipping", font, shown(check), text.size), lambda: cut_to_fit(shown(check), text, font)
        )
        height = draw_paragraph(surface, words, text, font, theme.ink, self.ctx.cache)
        if height > text.height:
            layout_problems.append(f"front-page clipping {check.passage[:30]!r} needs {height}px in {text.height}px")
        width = min(text.width, font.size(words)[0])
        return pygame.Rect(text.left, text.top, width, min(height, text.height))

    def _draw_mark(
        self, surface: pygame.Surface, check: Check, rect: pygame.Rect, used: pygame.Rect, amount: float
    ) -> None:
        """The check's mark landing on its clipping: a circle, a red line or a trace, then the stamp."""
        theme = self.ctx.theme
        ink = theme.correct if check.right else theme.wrong
        place = self._placement(check, rect)
        if check.mark == "ring":
            draw_ring(surface, used.inflate(self.px(12), self.px(8)), ink, max(2, self.px(3)), amount)
        elif check.mark == "review":  # a red wavy line under it, as an editor marks what to look at again
            y = used.bottom + self.px(3)
            draw_red_pen(surface, (used.left, y), (used.right, y), ink, max(2, self.px(3)), amount)
        elif check.mark == "trace":
            tip = (rect.right - self.px(4), place.centre[1])
            draw_red_pen(surface, (rect.left, tip[1]), tip, ink, max(2, self.px(2)), amount)
        draw_stamp(
            surface,
            self.ctx,
            place.stamp,
            place.centre,
            ink,
            self._stamp_height(rect),
            amount=amount,
            max_width=place.max_width,
            angle=place.angle,
        )
