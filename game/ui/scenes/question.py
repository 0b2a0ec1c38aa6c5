"""One question at a time: the passage, the choices, and a way back into the article."""

from __future__ import annotations

import pygame

from game.content.model import FactOrOpinion, WhoSaid
from game.content.session import Session, State
from game.ui.actions import Act, Action
from game.ui.scenes.article import ArticleScene
from game.ui.scenes.base import GameScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.summary import SummaryScene
from game.ui.widgets import Button, Menu, draw_panel, text_box

FACT_OPINION_LABELS = {"fact": "Fact: it can be checked", "opinion": "Opinion: a judgement"}


def prompt_for(session: Session) -> str:
    presented = session.current
    question = presented.question
    if isinstance(question, WhoSaid):
        return "Who said this, according to the article?"
    if isinstance(question, FactOrOpinion):
        return "Fact or opinion?"
    if presented.picks > 1:
        return f"Which {presented.picks} statements contradict this claim, or clash with it?"
    return "Which statement contradicts this claim, or clashes with it?"


class QuestionScene(GameScene):
    def __init__(self, ctx, index: int, session: Session) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.index = index
        self.session = session
        self.hint_shown = False
        self.picked: set[int] = set()
        self.elapsed = 0.0

    @property
    def shot_name(self) -> str:  # type: ignore[override]
        return f"question-{self.session.current.question.type}"

    def enter(self) -> None:
        self._build()

    def _build(self) -> None:
        """Buttons for the current question: choices first (numbered), then the helpers."""
        presented = self.session.current
        labels = [FACT_OPINION_LABELS.get(c, c) for c in presented.choices]
        self.choices = [Button(label, badge=str(i + 1)) for i, label in enumerate(labels)]
        self.check = Button("Check answer", enabled=False) if presented.picks > 1 else None
        extras = [Button("Read the article")]
        if presented.question.hint:
            extras.append(Button("Hint"))
        self.extras = extras
        self.menu = Menu([*self.choices, *([self.check] if self.check else []), *extras])
        self.picked = set()
        self.hint_shown = False
        self.elapsed = 0.0
        if self.size:
            self.layout(self.size)

    def arrange(self, area: pygame.Rect) -> None:
        gap = self.px(16)
        self.top_rect = pygame.Rect(area.left, area.top, area.width, self.px(40))
        self.prompt_rect = pygame.Rect(area.left, self.top_rect.bottom + self.px(6), area.width, self.px(52))
        presented = self.session.current
        side_by_side = isinstance(presented.question, FactOrOpinion)
        extras_h = self.px(54)
        extras_row = pygame.Rect(area.left, area.bottom - extras_h, area.width, extras_h)
        n = len(self.choices) + (1 if self.check else 0)
        choice_h = self.px(92 if side_by_side else (62 if n > 3 else 70))
        rows = 1 if side_by_side else n
        choices_h = rows * choice_h + (rows - 1) * gap
        passage_top = self.prompt_rect.bottom + self.px(6)
        available = extras_row.top - gap - passage_top
        passage_h = max(self.px(90), min(self.px(220), available - choices_h - gap))
        if passage_h + gap + choices_h > available:  # small window: share the room
            choice_h = max(self.px(40), (available - passage_h - gap - (rows - 1) * gap) // rows)
            choices_h = rows * choice_h + (rows - 1) * gap
        self.passage_rect = pygame.Rect(area.left, passage_top, area.width, passage_h)
        top = self.passage_rect.bottom + gap
        if side_by_side:
            half = (area.width - gap) // 2
            for i, button in enumerate(self.choices):
                button.rect = pygame.Rect(area.left + i * (half + gap), top, half, choice_h)
        else:
            for i, button in enumerate([*self.choices, *([self.check] if self.check else [])]):
                button.rect = pygame.Rect(area.left, top + i * (choice_h + gap), area.width, choice_h)
        width = min(self.px(300), (area.width - gap * (len(self.extras) - 1)) // len(self.extras))
        for i, button in enumerate(self.extras):
            button.rect = pygame.Rect(area.left + i * (width + gap), extras_row.top, width, extras_h)
        hint_left = self.extras[-1].rect.right + gap
        self.hint_rect = pygame.Rect(hint_left, extras_row.top, area.right - hint_left, extras_h)

    def update(self, dt: float) -> bool:
        if self.session.state is State.ASKING and self.stack.top is self:
            self.elapsed += dt
        return False

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
        chosen = self.menu.handle(action)
        if chosen is None:
            super().handle(action)
            return
        extra = chosen - len(self.choices) - (1 if self.check else 0)
        if chosen < len(self.choices):
            self._choose(chosen)
        elif extra < 0:
            self._submit([self.session.current.choices[i] for i in sorted(self.picked)])
        elif self.extras[extra].label == "Hint":
            self.hint_shown = True
        else:
            self.stack.push(ArticleScene(self.ctx, self.session.loaded.article))

    def _choose(self, index: int) -> None:
        presented = self.session.current
        if presented.picks == 1:
            self._submit([presented.choices[index]])
            return
        self.picked ^= {index}
        for i, button in enumerate(self.choices):
            button.mark = "picked" if i in self.picked else None
        assert self.check is not None
        self.check.enabled = len(self.picked) == presented.picks
        self.check.label = "Check answer" if self.check.enabled else f"Pick {presented.picks}, then check"
        self.ctx.sound.play("click")

    def _submit(self, chosen: list[str]) -> None:
        result = self.session.answer(chosen, seconds=self.elapsed)
        self.ctx.sound.play("right" if result.correct else "wrong")
        presented = self.session.current
        for i, button in enumerate(self.choices):
            text = presented.choices[i]
            if text in result.right:
                button.mark = "right" if text in result.chosen else "missed"
            elif text in result.chosen:
                button.mark = "wrong"
            else:
                button.mark = None
        self.stack.push(FeedbackScene(self.ctx, self.session, result, self._after_feedback))

    def _after_feedback(self) -> None:
        self.session.next()
        if self.session.state is State.FINISHED:
            self.stack.replace(SummaryScene(self.ctx, self.index, self.session.summary()))
        else:
            self._build()

    def _confirm_leave(self, choice: int) -> None:
        if choice == 1:
            self.stack.pop()

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        presented = self.session.current
        status = (
            f"{self.session.level.title}  ·  Question {presented.number + 1} of {self.session.total}"
            f"  ·  Score {self.session.score}  ·  Streak {self.session.streak}"
        )
        text_box(surface, self.ctx, status, self.top_rect, "small", theme.muted_text, self.scale, min_factor=0.5)
        self.heading(surface, prompt_for(self.session), self.prompt_rect)
        draw_panel(surface, self.passage_rect, theme, self.scale, border=theme.accent)
        inner = self.passage_rect.inflate(-self.px(40), -self.px(24))
        text_box(
            surface,
            self.ctx,
            f"\u201c{presented.prompt_text}\u201d",
            inner,
            "quote",
            theme.text,
            self.scale,
            align="center",
            middle=True,
            min_factor=0.45,
        )
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
