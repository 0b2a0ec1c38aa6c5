"""After every answer: right or wrong (colour, icon shape and words), why, and the proof in the article."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.content.article import Article, Span
from game.content.model import LoadedWords, Question, SourceChain
from game.content.outcome import Outcome
from game.content.scoring import CITE_BONUS
from game.content.session import Result, Session
from game.content.words import bare, word_spans
from game.ui import newsroom_text as words
from game.ui.actions import Act, Action
from game.ui.article_view import ArticleView
from game.ui.chain_cards import chain_height, chain_text, draw_chain
from game.ui.context import GameContext
from game.ui.motion import RED_PEN, STAMP, lerp
from game.ui.newsprint import draw_red_pen, draw_stamp, stamp_size
from game.ui.scenes.base import GameScene
from game.ui.settle import EVERYTHING, Settle
from game.ui.text import lines_height, paragraph_height
from game.ui.widgets import (
    NOTHING,
    Button,
    Mark,
    Menu,
    ScrollText,
    dim,
    draw_almost,
    draw_check,
    draw_cross,
    draw_panel,
    scroll_in_order,
    text_box,
)

POP_SECONDS = 0.3
EVIDENCE_LINES = 3
"""The fewest lines of the article the feedback shows, when the words need more room than they have: they scroll."""
STAMP_ANGLE = -6.0
"""The feedback's stamp lands a little askew, as a hand stamps."""


def picks_text(question: Question, picks: tuple[str, ...]) -> str:
    """Picked choices written out: a chain link after link, several answers joined by +."""
    if isinstance(question, LoadedWords):  # marked words, without the punctuation they are shown with
        return ", ".join(bare(p) for p in picks)
    return chain_text(picks) if isinstance(question, SourceChain) else " + ".join(picks)


def verdict_text(result: Result) -> str:
    """Right, almost (partly right, with the points it earned) or not quite, in words."""
    if result.outcome is Outcome.RIGHT:
        return f"Right! +{result.points} points" + (f" · streak {result.streak}" if result.streak > 1 else "")
    if result.outcome is Outcome.ALMOST:
        return f"Almost: +{result.points} points"
    return f"Not quite: +{result.points} points" if result.points else "Not quite."


def answer_text(result: Result) -> str:
    """What the student should know beyond right or wrong: the right answer, the citation."""
    lines = []
    if not result.correct:
        if isinstance(result.question, LoadedWords):
            marked = ", ".join(bare(word) for word in result.chosen) or "nothing"
            loaded = ", ".join(w.word for w in result.question.words)
            lines.append(f"The loaded words: {loaded}.   You marked: {marked}.")
        elif isinstance(result.question, SourceChain):  # the student's chain, marked, is drawn above this
            places = sum(a == b for a, b in zip(result.chosen, result.right, strict=True))
            lines.append(
                f"The right chain: {chain_text(result.right)}   (you had {places} of {len(result.right)} in place)"
            )
        else:
            lines.append(f"The answer: {' + '.join(result.right)}.   You chose: {' + '.join(result.chosen)}.")
    if result.cited is True:
        lines.append(f"You pointed at the right sentence: +{CITE_BONUS} points.")
    elif result.cited is False:
        lines.append("Your citation missed: the sentence that proves it is highlighted below.")
    return "\n".join(lines)


def chain_cards(result: Result) -> list[tuple[str, Mark]]:
    """The student's chain as the feedback draws it, each link marked right or wrong where it stands: the right
    chain drawn with a red cross where the student went wrong read as "this source is wrong"."""
    return [
        (mine, "right" if mine == right else "wrong") for mine, right in zip(result.chosen, result.right, strict=True)
    ]


def why_text(result: Result) -> str:
    """The explanation, and for loaded words the reason behind each one."""
    question = result.question
    if not isinstance(question, LoadedWords):
        return question.explanation
    reasons = "\n".join(f"\u2022 {w.word}: {w.why}" for w in question.words)
    return f"{question.explanation}\n{reasons}"


def editor_line(result: Result, number: int) -> str:
    """The editor's one-line reaction: a streak is noticed, a miss is met kindly."""
    if result.correct and result.streak >= 3:
        return words.EDITOR_STREAK.format(streak=result.streak)
    return words.pick(words.EDITOR_RIGHT if result.correct else words.EDITOR_WRONG, number)


def proving_sentence(article: Article, evidence: Span | None) -> Span | None:
    """The whole sentences the evidence runs over: what a citation should have pointed at (any one counts)."""
    if evidence is None:
        return None
    touched = [s for s in article.sentences_in(evidence.block) if s.start < evidence.end and evidence.start < s.end]
    if not touched:
        return evidence
    return Span(evidence.block, touched[0].start, touched[-1].end)


class FeedbackScene(GameScene):
    opaque = False
    paints_beneath = True

    def __init__(
        self, ctx: GameContext, session: Session, result: Result, on_close: Callable[[], None], *, last: bool
    ) -> None:
        super().__init__(ctx)
        self.result = result
        self.on_close = on_close
        self.menu = Menu([Button("See my results" if last else "Next question")])
        blocks = [result.evidence.block] if result.evidence else None
        article = session.loaded.article
        shown = proving_sentence(article, result.evidence) if result.cited is False else result.evidence
        marks = []
        label = "The evidence, highlighted in the article:"
        if isinstance(result.question, LoadedWords):  # the loaded words themselves, not the whole sentence
            marks = word_spans(article, result.question.sentence, [w.word for w in result.question.words])
            shown = None if result.cited is not False else shown
            label = "The loaded words, highlighted in the article:"
        self.chain = isinstance(result.question, SourceChain)
        if self.chain:  # every link where it stands, the headline and paragraphs they are in
            marks = session.loaded.links.get(result.question.id, [])
            shown, blocks = None, sorted({span.block for span in marks})
            label = "Each link in the article (highlighted):"
        self.evidence = ArticleView(ctx, article, shown, blocks, marks)
        self.answer_text = answer_text(result)
        self.why_text = why_text(result)
        said = "\n".join(t for t in (self.answer_text, self.why_text) if t)
        self.words = ScrollText(ctx, said, panel=False, min_factor=0.45)
        """The right answer and the explanation: what to read first; they scroll when they need more room."""
        self.pointer: tuple[int, int] | None = None
        """Where the pointer is: the wheel scrolls what it is over."""
        self.evidence_label = label
        self.settle = Settle(POP_SECONDS, EVERYTHING)
        """While the verdict pops up, no key or click goes on: a second press must not skip the explanation."""
        self.motion = ctx.motion(max(STAMP.end, RED_PEN.end))
        self.editor = f"{words.EDITOR_NAME}: {editor_line(result, session.index)}"
        kind = result.question.type
        self.stamp = words.stamp_text(kind, result.right[0] if result.right else "") if result.correct else ""
        self.stamp_width = self.px(290)
        """The stamp's widest, set by `arrange`: a longer stamp takes more lines."""

    @property
    def shot_name(self) -> str:  # type: ignore[override]
        return f"feedback-{self.result.outcome.value}"

    def arrange(self, area: pygame.Rect) -> None:
        if not self._arrange(area, tight=False):
            self._arrange(area, tight=True)

    def _arrange(self, area: pygame.Rect, *, tight: bool) -> bool:
        """Lay the panel out; False if its words need more room than the article's one line leaves them.

        Tight (a small window, large text, a tall font): the article shares the button's row and the panel's
        margins are narrower, so the answer and the explanation keep 16 px text.
        """
        self.panel = area.inflate(-self.px(20), -self.px(10))
        inner = self.panel.inflate(-self.px(48), -self.px(16 if tight else 36))
        gap = self.px(12)
        icon_h = self.px(64)
        text_left = inner.left + icon_h + gap
        stamp_room = self._stamp_room(inner.right - text_left - gap) if self.stamp else 0
        verdict_w = inner.right - text_left - stamp_room
        verdict_h = max(self.px(92) * 3 // 5, self.text_px("heading"))  # a tall font (OpenDyslexic) gets its lines
        editor_h = max(self.px(92) - self.px(92) * 3 // 5, self.text_px("small", self.editor, verdict_w))
        header_h = verdict_h + editor_h
        stamp_w = 0
        if self.stamp:  # a stamp of two or three lines (a long name, a small window) makes the header taller
            self.stamp_width = stamp_room - self.px(10)
            stamp_w, stamp_h = stamp_size(self.ctx, self.stamp, self.px(50), self.stamp_width, STAMP_ANGLE)
            header_h = max(header_h, stamp_h + self.px(4))
        self.icon_rect = pygame.Rect(inner.left, inner.top + (header_h - icon_h) // 2, icon_h, icon_h)
        self.verdict_rect = pygame.Rect(text_left, inner.top, verdict_w, verdict_h)
        self.editor_rect = pygame.Rect(text_left, self.verdict_rect.bottom, verdict_w, editor_h)
        self.stamp_centre = (inner.right - max(self.px(150), stamp_w // 2 + self.px(4)), inner.top + header_h // 2)
        button_h = self.px(60)
        self.menu.buttons[0].rect = pygame.Rect(0, inner.bottom - button_h, min(inner.width, self.px(320)), button_h)
        self.menu.buttons[0].rect.right = inner.right
        y = inner.top + header_h + gap
        width = inner.width - self.px(16)
        height = chain_height(self.ctx, width, self.result.chosen, self.scale, self.px(116)) if self.chain else 0
        self.chain_rect = pygame.Rect(inner.left + self.px(8), y + self.px(8), width, height)
        y = self.chain_rect.bottom + gap if self.chain else y
        label_h = self.text_px("small", self.evidence_label, inner.width)
        font = self.ctx.font("body", self.scale)
        answer_needs = paragraph_height(self.answer_text, inner.width, font) + gap if self.answer_text else 0
        why_needs = paragraph_height(self.why_text, inner.width, font)
        # The article gets at least 45%, or, when the words need more (large text), room for EVIDENCE_LINES lines:
        # one line showed a fragment of the proof (or of one link of a chain), out of its sentence.
        least_article = self.evidence.box_height(lines_height(EVIDENCE_LINES, font), self.scale)
        evidence_bottom = inner.bottom if tight else self.menu.buttons[0].rect.top - gap
        evidence_right = self.menu.buttons[0].rect.left - gap if tight else inner.right
        rest = evidence_bottom - y - label_h - self.px(4) - gap  # shared by the words and the article, less the gap
        text_room = max(rest * 11 // 20, min(answer_needs + why_needs, rest - least_article))
        answer_h = min(answer_needs, max(text_room // 3, text_room - why_needs))
        self.answer_rect = pygame.Rect(inner.left, y, inner.width, max(0, answer_h - gap))
        y += answer_h
        explanation_h = max(self.px(40), min(why_needs, text_room - answer_h))
        self.explanation_rect = pygame.Rect(inner.left, y, inner.width, explanation_h)
        self.words.layout(self.answer_rect.union(self.explanation_rect), self.scale)
        y += explanation_h + gap
        self.label_rect = pygame.Rect(inner.left, y, inner.width, label_h)
        y = self.label_rect.bottom + self.px(4)
        self.evidence.layout(
            pygame.Rect(inner.left, y, evidence_right - inner.left, max(self.px(40), evidence_bottom - y)), self.scale
        )
        return answer_needs + why_needs <= rest - least_article or answer_needs + why_needs <= rest * 11 // 20

    def _stamp_room(self, beside: int) -> int:
        """The width the stamp takes beside the verdict: what the verdict leaves, from px(300) up to px(460).

        In a small window or large text the stamp's letters stay readable (16 px or more) by taking
        more lines: the wider its room, the fewer.
        """
        verdict = self.ctx.font("heading", self.scale).size(verdict_text(self.result))[0]
        return max(self.px(300), min(beside - verdict, self.px(460)))

    def update(self, dt: float) -> bool:
        moving = self.motion.update(dt)
        return self.settle.update(dt) or moving

    def handle(self, action: Action) -> None:
        if action.kind is Act.CHOOSE or self.settle.blocks(action):
            return  # a second press of the answer key must not skip the explanation unread
        if action.kind is Act.BACK or self.menu.handle(action) == 0:
            self.stack.pop()
            self.on_close()
        elif action.kind in (Act.UP, Act.DOWN, Act.SCROLL):
            moved = scroll_in_order([self.words, self.evidence], action, self.pointer)
            self.stack.repaint(moved.rect if moved else NOTHING)  # the words, then the article
        else:
            if action.kind in (Act.POINT, Act.PRESS, Act.CLICK):
                self.pointer = action.pos
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_layers(surface, self._draw_still, self._draw_marks, landed=not self.motion.running)

    def _draw_marks(self, surface: pygame.Surface) -> None:
        """What lands while the rest stays still: the verdict's icon, then the stamp or the red pen."""
        theme = self.ctx.theme
        outcome = self.result.outcome
        colour = self._colour()
        grow = lerp(0.55, 1.0, self.motion.value(STAMP))
        icon = self.icon_rect.inflate(-(1 - grow) * self.icon_rect.width, -(1 - grow) * self.icon_rect.height)
        if outcome is Outcome.RIGHT:
            pygame.draw.circle(surface, colour, icon.center, icon.width // 2)
            draw_check(surface, icon.inflate(-icon.width // 4, -icon.height // 4), theme.panel)
        elif outcome is Outcome.ALMOST:
            draw_almost(surface, icon, colour, theme.panel)
        else:
            pygame.draw.rect(surface, colour, icon, border_radius=icon.width // 6)
            draw_cross(surface, icon, theme.panel)
        if self.stamp:
            draw_stamp(
                surface,
                self.ctx,
                self.stamp,
                self.stamp_centre,
                theme.correct,
                self.px(50),
                angle=STAMP_ANGLE,
                amount=self.motion.value(STAMP),
                max_width=self.stamp_width,
            )
        elif outcome is not Outcome.ALMOST:  # partly right is not struck out
            pen = self.motion.value(RED_PEN)
            y = self.verdict_rect.bottom - self.px(4)
            draw_red_pen(
                surface,
                (self.verdict_rect.left, y),
                (self.verdict_rect.left + self.px(170), y),
                theme.wrong,
                max(2, self.px(4)),
                pen,
            )

    def _colour(self) -> tuple[int, int, int]:
        theme = self.ctx.theme
        return {Outcome.RIGHT: theme.correct, Outcome.ALMOST: theme.accent}.get(self.result.outcome, theme.wrong)

    def _draw_still(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        colour = self._colour()
        dim(surface)
        draw_panel(surface, self.panel, theme, self.scale, border=colour)
        r = self.result
        text_box(surface, self.ctx, verdict_text(r), self.verdict_rect, "heading", colour, self.scale)
        text_box(
            surface, self.ctx, self.editor, self.editor_rect, "small", theme.muted_text, self.scale, min_factor=0.5
        )
        if self.chain:
            names, places = zip(*chain_cards(self.result), strict=True)
            draw_chain(surface, self.ctx, self.chain_rect, names, self.scale, places)
        self.words.draw(surface, theme.panel)
        text_box(
            surface,
            self.ctx,
            self.evidence_label,
            self.label_rect,
            "small",
            theme.muted_text,
            self.scale,
            min_factor=0.5,
        )
        self.evidence.draw(surface)
        self.menu.draw(surface, self.ctx, self.scale)
