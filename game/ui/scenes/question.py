"""One question at a time: the passage, the choices, and a way back into the article.

Answering may take more than one step: for levels that ask for it, the student
then points at the proving sentence (`CiteScene`) and says how sure they are
(`ConfirmScene` as a confidence question), and only then is the answer marked.
"""

from __future__ import annotations

import pygame

from game.content.article import Span
from game.content.model import Choice, FactOrOpinion, LoadedWords, SourceChain, WhoSaid
from game.content.scoring import CONFIDENCE_LEVELS
from game.content.session import Session, State
from game.content.skills import shown_passage
from game.ui.actions import Act, Action
from game.ui.context import GameContext
from game.ui.gauges import draw_progress_strip, draw_streak_meter
from game.ui.motion import COUNT_UP, lerp
from game.ui.scenes.article import ArticleScene
from game.ui.scenes.base import GameScene
from game.ui.scenes.cite import CiteScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.front_page import FrontPageScene
from game.ui.widgets import Button, Menu, draw_panel, flow, text_box

FACT_OPINION_LABELS = {"fact": "Fact: it can be checked", "opinion": "Opinion: a judgement"}


def prompt_for(session: Session) -> str:
    presented = session.current
    question = presented.question
    if isinstance(question, WhoSaid):
        return "Who said this, according to the article?"
    if isinstance(question, FactOrOpinion):
        return "Fact or opinion?"
    if isinstance(question, LoadedWords):
        return "Mark the loaded words: the ones that judge or show an opinion."
    if isinstance(question, Choice):
        return "Choose the best answer, from what the article says."
    if isinstance(question, SourceChain):
        return "Build the chain: pick the cards in order, from where it started to you."
    if presented.picks > 1:
        return f"Which {presented.picks} statements contradict this claim, or clash with it?"
    return "Which statement contradicts this claim, or clashes with it?"


def answer_cue(correct: bool, streak: int) -> str:
    """The sound of an answer: a run up from the third right answer in a row, else right or wrong."""
    if not correct:
        return "wrong"
    return "streak" if streak >= 3 else "right"


def question_scene(ctx: GameContext, index: int, session: Session) -> QuestionScene:
    """The screen for the session's current question: a source chain has its own."""
    if isinstance(session.current.question, SourceChain):
        from game.ui.scenes.chain import ChainScene  # late: the chain screen builds on this module

        return ChainScene(ctx, index, session)
    return QuestionScene(ctx, index, session)


class QuestionScene(GameScene):
    def __init__(self, ctx: GameContext, index: int, session: Session) -> None:
        super().__init__(ctx)
        self.index = index
        self.session = session
        self.hint_shown = False
        self.picked: set[int] = set()
        self.elapsed = 0.0
        self.citation: Span | None = None
        self.motion = ctx.motion(COUNT_UP.end)
        self.score_from = self.score_to = session.score
        """The score counts up from the one before the last answer to the one after it."""

    @property
    def shot_name(self) -> str:  # type: ignore[override]
        return f"question-{self.session.current.question.type}"

    @property
    def marking(self) -> bool:
        """True for `loaded_words`: the choices are words to mark, not answers to pick."""
        return isinstance(self.session.current.question, LoadedWords)

    def enter(self) -> None:
        self._build()

    def _build(self) -> None:
        """Buttons for the current question: choices first (numbered), then the helpers."""
        presented = self.session.current
        if self.marking:
            self.choices = [Button(word) for word in presented.choices]
        else:
            labels = [FACT_OPINION_LABELS.get(c, c) for c in presented.choices]
            self.choices = [Button(label, badge=str(i + 1)) for i, label in enumerate(labels)]
        needs_check = self.marking or presented.picks > 1
        self.check = Button("Check answer", enabled=self.marking) if needs_check else None
        extras = [Button("Read the article")]
        if presented.question.hint:
            extras.append(Button("Hint"))
        self.extras = extras
        self.menu = Menu([*self.choices, *([self.check] if self.check else []), *extras], numbers=not self.marking)
        self.picked = set()
        self.hint_shown = False
        self.elapsed = 0.0
        self.score_from, self.score_to = self.score_to, self.session.score
        self.motion.restart()
        self.layout(self.size)

    def arrange(self, area: pygame.Rect) -> None:
        gap = self.px(16)
        self.top_rect = pygame.Rect(area.left, area.top, area.width * 11 // 20, self.px(40))
        score_w = min(self.px(150), self.top_rect.width // 4)
        self.status_rect = pygame.Rect(area.left, area.top, self.top_rect.width - score_w, self.top_rect.height)
        self.score_rect = pygame.Rect(self.status_rect.right, area.top, score_w, self.top_rect.height)
        meter_w = min(self.px(90), area.width // 8)
        self.streak_rect = pygame.Rect(area.right - meter_w, area.top + self.px(4), meter_w, self.px(30))
        strip_left = self.top_rect.right + self.px(16)
        self.strip_rect = pygame.Rect(
            strip_left, area.top + self.px(12), self.streak_rect.left - self.px(20) - strip_left, self.px(18)
        )
        self.prompt_rect = pygame.Rect(area.left, self.top_rect.bottom + self.px(6), area.width, self.px(52))
        extras_h = self.px(54)
        extras_row = pygame.Rect(area.left, area.bottom - extras_h, area.width, extras_h)
        width = min(self.px(300), (area.width - gap * (len(self.extras) - 1)) // len(self.extras))
        for i, button in enumerate(self.extras):
            button.rect = pygame.Rect(area.left + i * (width + gap), extras_row.top, width, extras_h)
        hint_left = self.extras[-1].rect.right + gap
        self.hint_rect = pygame.Rect(hint_left, extras_row.top, area.right - hint_left, extras_h)
        body = pygame.Rect(
            area.left,
            self.prompt_rect.bottom + self.px(6),
            area.width,
            extras_row.top - gap - self.prompt_rect.bottom - self.px(6),
        )
        if self.marking:
            self._arrange_words(body, gap)
        else:
            self._arrange_choices(body, gap)

    def _arrange_choices(self, body: pygame.Rect, gap: int) -> None:
        side_by_side = isinstance(self.session.current.question, FactOrOpinion)
        buttons = [*self.choices, *([self.check] if self.check else [])]
        rows = 1 if side_by_side else len(buttons)
        choice_h = self.px(92 if side_by_side else (62 if rows > 3 else 70))
        choices_h = rows * choice_h + (rows - 1) * gap
        passage_h = max(self.px(90), min(self.px(220), body.height - choices_h - gap))
        if passage_h + gap + choices_h > body.height:  # small window: share the room
            choice_h = max(self.px(40), (body.height - passage_h - gap - (rows - 1) * gap) // rows)
        self.passage_rect = pygame.Rect(body.left, body.top, body.width, passage_h)
        top = self.passage_rect.bottom + gap
        if side_by_side:
            half = (body.width - gap) // 2
            for i, button in enumerate(buttons):
                button.rect = pygame.Rect(body.left + i * (half + gap), top, half, choice_h)
        else:
            for i, button in enumerate(buttons):
                button.rect = pygame.Rect(body.left, top + i * (choice_h + gap), body.width, choice_h)

    def _arrange_words(self, body: pygame.Rect, gap: int) -> None:
        """Words flow like the sentence they come from; the text shrinks until every word fits."""
        assert self.check is not None
        check_h = self.px(60)
        self.check.rect = pygame.Rect(body.left, body.bottom - check_h, min(body.width, self.px(320)), check_h)
        self.passage_rect = pygame.Rect(body.left, body.top, body.width, body.height - check_h - gap)
        inner = self.passage_rect.inflate(-self.px(32), -self.px(28))
        pad, row_gap = self.px(14), self.px(10)
        for factor in (1.0, 0.85, 0.7, 0.58, 0.48):
            font = self.ctx.fonts.get(*self._word_font(factor))
            row_h = font.get_height() + self.px(16)
            icon = min(row_h - self.px(10), self.px(34))  # room for the tick a marked word shows
            widths = [font.size(b.label)[0] + 3 * pad + icon for b in self.choices]
            rects = flow(widths, inner, row_h, self.px(10), row_gap)
            if rects is not None:
                break
        for button, rect in zip(self.choices, rects or [], strict=False):
            button.rect = rect

    def _word_font(self, factor: float) -> tuple[object, int]:
        path, size = self.ctx.font_spec("button", self.scale)
        return path, max(8, round(size * factor))

    def update(self, dt: float) -> bool:
        if self.session.state is State.ASKING and self.stack.top is self:
            self.elapsed += dt
        return self.motion.update(dt)

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self.stack.push(
                ConfirmScene(
                    self.ctx,
                    "Leave this level? Your answers in it will not count.",
                    ["Keep playing", "Leave"],
                    self._confirm_leave,
                )
            )
            return
        if self.marking and action.kind in (Act.LEFT, Act.RIGHT):
            action = Action(Act.UP if action.kind is Act.LEFT else Act.DOWN)
        chosen = self.menu.handle(action)
        if chosen is None:
            super().handle(action)
            return
        extra = chosen - len(self.choices) - (1 if self.check else 0)
        if chosen < len(self.choices):
            self._choose(chosen)
        elif extra < 0:
            self._answer_steps(self.answer_picks())
        elif self.extras[extra].label == "Hint":
            self.hint_shown = True
        else:
            self.stack.push(ArticleScene(self.ctx, self.session.loaded.article))

    def _choose(self, index: int) -> None:
        presented = self.session.current
        if presented.picks == 1:
            self._answer_steps([index])
            return
        self.picked ^= {index}
        for i, button in enumerate(self.choices):
            button.mark = "picked" if i in self.picked else None
        if not self.marking:
            assert self.check is not None
            self.check.enabled = len(self.picked) == presented.picks
            self.check.label = "Check answer" if self.check.enabled else f"Pick {presented.picks}, then check"
        self.ctx.sound.play("tick")

    def answer_picks(self) -> list[int]:
        """The picks "Check answer" sends, in the order the session marks them."""
        return sorted(self.picked)

    def _answer_steps(self, picked: list[int]) -> None:
        """Cite (if asked), then say how sure (if asked), then mark the answer."""
        presented = self.session.current
        self.citation = None

        def ask_confidence() -> None:
            if self.session.level.confidence:
                self.stack.push(
                    ConfirmScene(
                        self.ctx,
                        "How sure are you?",
                        list(CONFIDENCE_LEVELS),
                        lambda sure: self._submit(picked, sure),
                        on_back=lambda: None,
                        numbered=True,
                        shot_name="confidence",
                    )
                )
            else:
                self._submit(picked, None)

        def cited(span: Span) -> None:
            self.citation = span
            ask_confidence()

        if presented.cite:
            self.stack.push(CiteScene(self.ctx, self.session.loaded.article, cited, lambda: None))
        else:
            ask_confidence()

    def _submit(self, picked: list[int], confidence: int | None) -> None:
        result = self.session.answer(picked, seconds=self.elapsed, citation=self.citation, confidence=confidence)
        self.ctx.sound.play(answer_cue(result.correct, result.streak))
        right = self.session.current.right
        for i, button in enumerate(self.choices):
            if i in right:
                button.mark = "right" if i in result.picked else "missed"
            else:
                button.mark = "wrong" if i in result.picked else None
        self.stack.push(FeedbackScene(self.ctx, self.session, result, self._after_feedback))

    def _after_feedback(self) -> None:
        self.session.next()
        if self.session.state is State.FINISHED:
            self.stack.replace(FrontPageScene(self.ctx, self.index, self.session.summary()))
            return
        following = question_scene(self.ctx, self.index, self.session)
        if type(following) is type(self):
            self._build()
        else:  # the next question needs another screen (a source chain, or back from one)
            self.stack.replace(following)

    def _confirm_leave(self, choice: int) -> None:
        if choice == 1:
            self.stack.pop()

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        presented = self.session.current
        status = (
            f"{self.session.level.title}  ·  Question {presented.number + 1} of {self.session.total}"
            f"  ·  Streak {self.session.streak}"
        )
        text_box(surface, self.ctx, status, self.status_rect, "small", theme.muted_text, self.scale, min_factor=0.5)
        score = round(lerp(self.score_from, self.score_to, self.motion.value(COUNT_UP)))  # counts up after a point
        text_box(surface, self.ctx, f"Score {score}", self.score_rect, "small", theme.text, self.scale, min_factor=0.5)
        outcomes = [r.correct for r in self.session.results]
        draw_progress_strip(surface, self.strip_rect, outcomes, self.session.total, theme, self.scale)
        draw_streak_meter(surface, self.streak_rect, self.session.streak, theme, self.scale)
        self.heading(surface, prompt_for(self.session), self.prompt_rect)
        draw_panel(surface, self.passage_rect, theme, self.scale, border=theme.accent)
        self.draw_passage(surface)
        self.menu.draw(surface, self.ctx, self.scale)
        if self.hint_shown and presented.question.hint:
            text_box(
                surface,
                self.ctx,
                f"Hint: {presented.question.hint}",
                self.hint_rect,
                "small",
                theme.text,
                self.scale,
                min_factor=0.45,
            )

    def draw_passage(self, surface: pygame.Surface) -> None:
        """What the question is about, in its panel: the quoted passage, or a `choice` question's own words."""
        presented = self.session.current
        if not self.marking:
            inner = self.passage_rect.inflate(-self.px(40), -self.px(24))
            text_box(
                surface,
                self.ctx,
                shown_passage(presented.question.type, presented.prompt_text),
                inner,
                "quote",
                self.ctx.theme.text,
                self.scale,
                align="center",
                middle=True,
                min_factor=0.45,
            )
