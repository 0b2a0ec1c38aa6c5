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
from game.ui.marker import draw_words, layout_words
from game.ui.motion import COUNT_UP, lerp
from game.ui.scenes.article import ArticleScene
from game.ui.scenes.base import GameScene
from game.ui.scenes.cite import CiteScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.runs import LevelRun, Run
from game.ui.settle import DOUBLE_CLICK_SECONDS, Settle
from game.ui.text import paragraph_height
from game.ui.widgets import NOTHING, SCROLL_LANE, Button, Menu, ScrollPane, draw_panel, least_px, text_box

PASSAGE_SHRINK = 0.45
"""The passage may shrink to this share of its size to fit its panel (never below MIN_TEXT_PX)."""

QUESTION_LINE_CHARS = 90
"""A longer passage is cut (with an ellipsis) in the reminder line; the question screen shows it whole."""

FACT_OPINION_LABELS = {"fact": "Fact: it can be checked", "opinion": "Opinion: a judgment"}


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
        return f"Which {presented.picks} statements contradict this claim (cannot both be true with it)?"
    return "Which statement contradicts this claim (they cannot both be true)?"


def answer_cue(correct: bool, streak: int) -> str:
    """The sound of an answer: a run up from the third right answer in a row, else right or wrong."""
    if not correct:
        return "wrong"
    return "streak" if streak >= 3 else "right"


def question_scene(ctx: GameContext, index: int, session: Session, run: Run | None = None) -> QuestionScene:
    """The screen for the session's current question: a source chain has its own."""
    if isinstance(session.current.question, SourceChain):
        from game.ui.scenes.chain import ChainScene  # late: the chain screen builds on this module

        return ChainScene(ctx, index, session, run)
    return QuestionScene(ctx, index, session, run)


class QuestionScene(GameScene):
    def __init__(self, ctx: GameContext, index: int, session: Session, run: Run | None = None) -> None:
        super().__init__(ctx)
        self.index = index
        self.session = session
        self.run = run or LevelRun(index)
        """A level, or a news-sense check (no feedback) or a refresher: what happens around each answer."""
        self.picked: set[int] = set()
        self.elapsed = 0.0
        self.citation: Span | None = None
        self.motion = ctx.motion(COUNT_UP.end)
        self.score_from = self.score_to = session.score
        """The score counts up from the one before the last answer to the one after it."""
        self.message = ""
        """What to do next, when a press could not do what the player meant ("mark a word first")."""
        self.settle = Settle()
        self.pane = ScrollPane(ctx)
        """The passage and the choices, when they need more room than the screen has at a readable size."""
        self.placed: dict[int, pygame.Rect] = {}
        """Where each piece in the pane (the passage: -1, buttons: their index in the menu) is laid out unscrolled."""
        self.seen: set[int] = set()
        """Choices that have shown whole: a number key answers only a choice the student has seen."""
        self.clicked: tuple[int, float] | None = None
        """The choice last clicked and how long ago: a double click on a word marks it, not marks and unmarks it."""

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
        needs_check = self.marking or presented.picks > 1 or not self.run.feedback  # the check: pick, then Next
        self.check = Button(self.confirm_label(True), enabled=self.marking) if needs_check else None
        self.read = Button("Read the article")
        self.hint = Button("Hint") if presented.question.hint else None
        self.extras = [self.read, *([self.hint] if self.hint else [])]
        self.back = Button("Back")
        buttons = [*self.choices, *([self.check] if self.check else []), *self.extras, self.back]
        self.menu = Menu(buttons, numbers=not self.marking, focus=None)  # no answer is picked by Enter alone
        self.picked = set()
        self.message = ""
        self.elapsed = 0.0
        self.score_from, self.score_to = self.score_to, self.session.score
        self.motion.restart()
        self.settle = Settle()
        self.pane.offset = 0
        self.seen = set()
        self.clicked = None
        self.layout(self.size)

    def arrange(self, area: pygame.Rect) -> None:
        gap = self.px(16)
        top_h = max(self.px(48), self.text_px("button") + self.px(14))
        self.back.rect = pygame.Rect(area.right - self.px(150), area.top, self.px(150), top_h)
        self.top_rect = pygame.Rect(area.left, area.top, self.back.rect.left - gap - area.left, top_h)
        status_w = self.top_rect.width * 9 // 20
        widest = self.ctx.font("small", self.scale).size("Score 00000")[0]  # the strip gives way to it
        score_w = max(min(self.px(150), self.top_rect.width // 6), widest)
        self.status_rect = pygame.Rect(self.top_rect.left, self.top_rect.top, status_w, top_h)
        self.score_rect = pygame.Rect(self.status_rect.right, self.top_rect.top, score_w, top_h)
        meter_w = min(self.px(80), self.top_rect.width // 10)
        self.streak_rect = pygame.Rect(self.top_rect.right - meter_w, area.top + self.px(8), meter_w, self.px(30))
        strip_left = self.score_rect.right + self.px(12)
        self.strip_rect = pygame.Rect(
            strip_left, area.top + self.px(16), self.streak_rect.left - self.px(16) - strip_left, self.px(18)
        )
        self.prompt_rect = pygame.Rect(area.left, self.top_rect.bottom + self.px(6), area.width, self.px(52))
        extras_h = self.px(54)
        extras_row = pygame.Rect(area.left, area.bottom - extras_h, area.width, extras_h)
        width = min(self.px(300), (area.width - gap * (len(self.extras) - 1)) // len(self.extras))
        for i, button in enumerate(self.extras):
            button.rect = pygame.Rect(area.left + i * (width + gap), extras_row.top, width, extras_h)
        message_left = self.extras[-1].rect.right + gap
        self.message_rect = pygame.Rect(message_left, extras_row.top, area.right - message_left, extras_h)
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

    def confirm_label(self, ready: bool) -> str:
        """What the button that sends the answer says: Next in the check (nothing is marked), else Check answer."""
        if not self.run.feedback:
            return "Next" if ready else f"Pick {self.session.current.picks}, then Next"
        return "Check answer" if ready else f"Pick {self.session.current.picks}, then check"

    def _arrange_choices(self, body: pygame.Rect, gap: int) -> None:
        """The passage above the choices; when a small window cannot hold them at a readable size, both get the
        room they need and scroll together."""
        buttons = [*self.choices, *([self.check] if self.check else [])]
        self._fit_choices(body, gap, buttons)
        if self._readable(buttons):
            self._settle_pane(body, 0, [])
        else:
            self._stack_choices(body, gap, buttons)

    def _fit_choices(self, body: pygame.Rect, gap: int, buttons: list[Button]) -> None:
        """Passage and choices squeezed into `body`, the passage giving way to the choices' lines first."""
        side_by_side = isinstance(self.session.current.question, FactOrOpinion)
        rows = (1 + (self.check is not None)) if side_by_side else len(buttons)
        choice_h = self.px(92 if side_by_side else (62 if rows > 3 else 70))
        choices_h = rows * choice_h + (rows - 1) * gap
        passage_h = max(self.px(90), min(self.px(220), body.height - choices_h - gap))
        if passage_h + gap + choices_h > body.height:  # small window: share the room
            choice_h = max(self.px(40), (body.height - passage_h - gap - (rows - 1) * gap) // rows)
        width = (body.width - gap) // 2 if side_by_side else body.width
        needed = max(button.needed_height(self.ctx, self.scale, width) for button in buttons)
        most = (body.height - gap - self.px(90) - (rows - 1) * gap) // rows  # the passage keeps its least room
        if min(needed, most) > choice_h:  # long answers in a tall font: the passage gives way to their lines
            choice_h = min(needed, most)
            passage_h = min(passage_h, body.height - gap - rows * choice_h - (rows - 1) * gap)
        self.passage_rect = pygame.Rect(body.left, body.top, body.width, passage_h)
        top = self.passage_rect.bottom + gap
        if side_by_side:
            half = (body.width - gap) // 2
            for i, button in enumerate(self.choices):
                button.rect = pygame.Rect(body.left + i * (half + gap), top, half, choice_h)
            if self.check is not None:  # the check's Next, under the two verdicts
                self.check.rect = pygame.Rect(body.left, top + choice_h + gap, half, choice_h)
        else:
            for i, button in enumerate(buttons):
                button.rect = pygame.Rect(body.left, top + i * (choice_h + gap), body.width, choice_h)

    def _readable(self, buttons: list[Button]) -> bool:
        """True if the passage and every label fit their boxes at a size text boxes may shrink them to."""
        labels = all(b.rect.height >= b.needed_height(self.ctx, self.scale, b.rect.width, least=True) for b in buttons)
        inner = self.passage_inner(self.passage_rect)
        return labels and self.passage_needs(inner.width) <= inner.height

    def passage_inner(self, panel: pygame.Rect) -> pygame.Rect:
        return panel.inflate(-self.px(40), -self.px(24))

    def passage_needs(self, width: int, least: bool = True) -> int:
        """The passage's height `width` wide, at the smallest size it may shrink to (`least`) or at full size."""
        presented = self.session.current
        path, size = self.ctx.font_spec("quote", self.scale)
        font = self.ctx.fonts.get(path, least_px(self.ctx, "quote", self.scale, PASSAGE_SHRINK) if least else size)
        return paragraph_height(shown_passage(presented.question.type, presented.prompt_text), width, font)

    def _stack_choices(self, body: pygame.Rect, gap: int, buttons: list[Button]) -> None:
        """The passage and the choices one under another, each as tall as its words need: they scroll in `body`.

        The passage and the labels at full size when that fits; else at their least size, scrolling.
        """
        ring = self.px(8)  # room for the focus ring inside the scrolling box
        column = pygame.Rect(body.left + ring, body.top + ring, body.width - self.px(SCROLL_LANE) - 2 * ring, 0)
        side_by_side = isinstance(self.session.current.question, FactOrOpinion)
        per_row = 2 if side_by_side else 1
        width = (column.width - gap * (per_row - 1)) // per_row
        for least in (False, True):
            passage_h = max(self.px(90), self.passage_needs(self.passage_inner(column).width, least) + self.px(24))
            self.passage_rect = pygame.Rect(column.left, column.top, column.width, passage_h)
            rows = -(-len(buttons) // per_row)
            share = (body.bottom - ring - self.passage_rect.bottom - rows * gap) // rows  # the room left, shared
            usual = self.px(92 if side_by_side else 62)
            needs = (b.needed_height(self.ctx, self.scale, width, least=least) for b in buttons)
            height = max(min(usual, share) if least else usual, *needs)  # one height for all
            y = self.passage_rect.bottom + gap
            for first in range(0, len(buttons), per_row):
                for i, button in enumerate(buttons[first : first + per_row]):
                    button.rect = pygame.Rect(column.left + i * (width + gap), y, width, height)
                y += height + gap
            if y - gap + ring <= body.bottom:
                break
        self._settle_pane(body, y - gap + ring - body.top, buttons)

    def _settle_pane(self, view: pygame.Rect, height: int, pieces: list[Button]) -> None:
        """Keep where the passage and `pieces` are laid out, in a pane `height` tall showing in `view`, and place
        them (no pieces: nothing scrolls)."""
        self.pane.layout(view, self.scale, height)
        self.placed = {-1: self.passage_rect.copy()} if pieces else {}
        for button in self.menu.buttons:
            button.shown = None
        for button in pieces:
            self.placed[self.menu.buttons.index(button)] = button.rect.copy()
            button.shown = view
        self._place()

    def _place(self) -> None:
        """Put the pane's pieces where the scroll shows them; the choices showing whole count as seen."""
        for index, rect in self.placed.items():
            shown = self.pane.at(rect)
            if index < 0:
                self.passage_rect = shown
            else:
                self.menu.buttons[index].rect = shown
        self.seen |= {i for i in range(len(self.choices)) if self.button_shows(i)}

    def button_shows(self, index: int) -> bool:
        """True if the menu's button `index` shows whole (always, when nothing scrolls)."""
        rect = self.placed.get(index)
        return rect is None or self.pane.shows(rect)

    def reveal(self, index: int) -> bool:
        """Scroll the pane so the menu's button `index` shows whole; True if it moved."""
        rect = self.placed.get(index)
        if rect is None or not self.pane.reveal_rect(rect, self.px(8)):
            return False
        self._place()
        return True

    def _arrange_words(self, body: pygame.Rect, gap: int) -> None:
        """Words flow like the sentence they come from; the text shrinks until every word fits."""
        assert self.check is not None
        check_h = self.px(60)
        self.check.rect = pygame.Rect(body.left, body.bottom - check_h, min(body.width, self.px(320)), check_h)
        self.passage_rect = pygame.Rect(body.left, body.top, body.width, body.height - check_h - gap)
        self.word_font = layout_words(
            self.ctx, self.choices, self.passage_rect.inflate(-self.px(40), -self.px(36)), self.scale
        )
        self._settle_pane(body, 0, [])

    @property
    def quit_note(self) -> str:  # type: ignore[override]
        return self.run.quit_note

    @property
    def level_in_progress(self) -> bool:  # type: ignore[override]
        return self.session.state is not State.FINISHED

    def update(self, dt: float) -> bool:
        if self.session.state is State.ASKING and self.stack.top is self:
            self.elapsed += dt
        if self.clicked is not None:
            self.clicked = (self.clicked[0], self.clicked[1] + dt)
        moving = self.motion.update(dt)
        # Covered, it takes no presses, so its wait is no motion (motion beneath redraws it under every overlay frame).
        settling = self.settle.update(dt) and self.stack.top is self
        return settling or moving

    def handle(self, action: Action) -> None:
        """Keys, pointer and touch; a focus moved by a key brings its button into sight."""
        focus = self.menu.focus
        self._handle(action)
        if self.menu.focus is not None and self.menu.focus != focus and action.kind not in (Act.POINT, Act.CLICK):
            self.reveal(self.menu.focus)

    def _handle(self, action: Action) -> None:
        if self.settle.blocks(action):
            return  # a press meant for the screen before must not answer a question not yet seen
        if action.kind is Act.BACK:
            self._ask_leave()
            return
        if action.kind is Act.SCROLL:
            moved = self.pane.handle(action)
            if moved:
                self._place()
            self.stack.repaint(self.pane.rect if moved else NOTHING)  # the rest of the screen stays as kept
            return
        if action.kind is Act.CHOOSE and self._unseen(action.index):
            assert action.index is not None
            self.menu.focus = action.index  # shown first: a choice is answered only once it has been read
            number = action.index + 1
            self.message = f"Choice {number} was out of sight: read it, then press {number} again."
            return
        if self.marking and action.kind in (Act.LEFT, Act.RIGHT):
            action = Action(Act.UP if action.kind is Act.LEFT else Act.DOWN)
        unfocused = self.menu.focus is None
        chosen = self.menu.handle(action)
        if unfocused and action.kind is Act.CONFIRM and self.menu.focus is not None:
            self.settle = Settle(guarded=frozenset({Act.CONFIRM}))  # Enter showed the focus: a mashed second waits
        if chosen is None:
            super().handle(action)
            return
        button = self.menu.buttons[chosen]
        self.message = ""
        if chosen < len(self.choices):
            if not (action.kind is Act.CLICK and self._clicked_again(chosen)):
                self._choose(chosen)
        elif button is self.check:
            self._check()
        elif button is self.hint:
            self._show_hint()
        elif button is self.back:
            self._ask_leave()
        else:
            self.stack.push(ArticleScene(self.ctx, self.session.loaded.article, self.question_line()))

    def _clicked_again(self, index: int) -> bool:
        """True for the second click of a double click (or the third of a triple) on a choice the first one picked:
        it would take the pick off again."""
        recent = self.clicked is not None and self.clicked[0] == index and self.clicked[1] <= DOUBLE_CLICK_SECONDS
        self.clicked = (index, 0.0)
        return recent and index in self.picked

    def _unseen(self, index: int | None) -> bool:
        """True if `index` is a numbered choice the student has not seen whole yet (scrolled out of sight)."""
        numbered = self.menu.numbers and index is not None and index < len(self.choices)
        return numbered and self.choices[index].enabled and index not in self.seen  # type: ignore[index]

    def question_line(self) -> str:
        """The question in one line, kept in sight on the screens that cover it (article, cite, how sure)."""
        presented = self.session.current
        passage = shown_passage(presented.question.type, presented.prompt_text)
        if len(passage) > QUESTION_LINE_CHARS:
            cut = passage[:QUESTION_LINE_CHARS]  # one character more: a cut at a space keeps the word before it
            passage = (cut.rsplit(" ", 1)[0] if " " in cut else cut[:-1]).rstrip(" ,;:") + "\u2026"
        return f"{prompt_for(self.session)} {passage}"  # one space: two read like a typo

    def _ask_leave(self) -> None:
        self.stack.push(
            ConfirmScene(
                self.ctx,
                self.run.leave_prompt,
                ["Keep playing", "Leave"],
                self._confirm_leave,
            )
        )

    def _show_hint(self) -> None:
        """The hint gets a panel of its own: squeezed beside its button it was too small to read."""
        hint = self.session.current.question.hint or ""
        self.stack.push(
            ConfirmScene(self.ctx, f"Hint: {hint}", ["Back to the question"], lambda _: None, shot_name="hint")
        )

    def _check(self) -> None:
        if self.marking and not self.picked:
            self.message = "Mark at least one word first: click or tap it, or move to it and press Enter."
            return
        self._answer_steps(self.answer_picks())

    def _choose(self, index: int) -> None:
        presented = self.session.current
        if presented.picks == 1 and self.run.feedback:
            self._answer_steps([index])
            return
        self.picked = {index} if presented.picks == 1 else self.picked ^ {index}  # the check: changed until Next
        for i, button in enumerate(self.choices):
            button.mark = "picked" if i in self.picked else None
        if not self.marking:
            assert self.check is not None
            self.check.enabled = len(self.picked) == presented.picks
            self.check.label = self.confirm_label(self.check.enabled)
            if self.check.enabled:  # Enter now sends the picks; it never re-picks whatever choice had the focus
                self.menu.focus = self.menu.buttons.index(self.check)
                self.settle = Settle(guarded=frozenset({Act.CONFIRM}))  # a mashed Enter right after the pick waits
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
                        f"How sure are you?\n{self.question_line()}",
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
            self.stack.push(CiteScene(self.ctx, self.session.loaded.article, cited, lambda: None, self.question_line()))
        else:
            ask_confidence()

    def _submit(self, picked: list[int], confidence: int | None) -> None:
        result = self.session.answer(picked, seconds=self.elapsed, citation=self.citation, confidence=confidence)
        self.run.answered(self.ctx, self.session, result)
        if not self.run.feedback:  # the check: no right or wrong, in colour, sound or words, until it is over
            self.ctx.sound.play("tick")
            self._after_feedback()
            return
        self.ctx.sound.play(answer_cue(result.correct, result.streak) if result.correct else result.outcome.value)
        right = self.session.current.right
        for i, button in enumerate(self.choices):
            if i in right:
                button.mark = "right" if i in result.picked else "missed"
            else:
                button.mark = "wrong" if i in result.picked else None
        last = not self.run.more_after(self.session)
        self.stack.push(FeedbackScene(self.ctx, self.session, result, self._after_feedback, last=last))

    def _after_feedback(self) -> None:
        self.session.next()
        if self.session.state is State.FINISHED:
            self.run.finished(self)
            return
        following = question_scene(self.ctx, self.index, self.session, self.run)
        if type(following) is type(self):
            self._build()
        else:  # the next question needs another screen (a source chain, or back from one)
            self.stack.replace(following)

    def _confirm_leave(self, choice: int) -> None:
        if choice == 1:
            self.stack.pop()

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_layers(surface, self.draw_still, self._draw_score, landed=not self.motion.running)

    def _draw_score(self, surface: pygame.Surface) -> None:
        if not self.run.scored:  # the check shows no score
            return
        score = round(lerp(self.score_from, self.score_to, self.motion.value(COUNT_UP)))  # counts up after a point
        theme = self.ctx.theme
        text_box(surface, self.ctx, f"Score {score}", self.score_rect, "small", theme.text, self.scale, middle=True)

    def draw_still(self, surface: pygame.Surface) -> None:
        """All but the score: what changes only with a press."""
        theme = self.ctx.theme
        surface.fill(theme.background)
        status = self.run.status(self.session)  # the strip and meter show the rest
        text_box(surface, self.ctx, status, self.status_rect, "small", theme.muted_text, self.scale, middle=True)
        if self.run.scored:
            draw_streak_meter(surface, self.streak_rect, self.session.streak, theme, self.scale)
        outcomes, total = self.run.progress(self.session)
        draw_progress_strip(surface, self.strip_rect, outcomes, total, theme, self.scale)
        self.heading(surface, prompt_for(self.session), self.prompt_rect)
        clip = surface.get_clip()
        if self.placed:  # the passage and the choices scroll in the pane
            surface.set_clip(self.pane.rect.clip(clip))
        draw_panel(surface, self.passage_rect, theme, self.scale, border=theme.accent)
        self.draw_passage(surface)
        if self.marking:
            draw_words(surface, self.ctx, self.choices, self.word_font, self.scale, self.menu.focus, self.menu.hover)
        for i, button in enumerate(self.menu.buttons):
            if not (self.marking and i < len(self.choices)) and button.shown is not None:
                button.draw(surface, self.ctx, self.scale, focused=i == self.menu.focus, hovered=i == self.menu.hover)
        surface.set_clip(clip)
        self.pane.draw_scrollbar(surface, theme.background)
        for i, button in enumerate(self.menu.buttons):
            if not (self.marking and i < len(self.choices)) and button.shown is None:
                button.draw(surface, self.ctx, self.scale, focused=i == self.menu.focus, hovered=i == self.menu.hover)
        if self.message:
            colour = theme.wrong if self.run.feedback else theme.text  # in the check, red would read as a verdict
            text_box(surface, self.ctx, self.message, self.message_rect, "small", colour, self.scale, middle=True)
        self.draw_sound_state(surface)

    def draw_passage(self, surface: pygame.Surface) -> None:
        """What the question is about, in its panel: the quoted passage, or a `choice` question's own words."""
        presented = self.session.current
        if not self.marking:
            inner = self.passage_inner(self.passage_rect)
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
                min_factor=PASSAGE_SHRINK,
            )
