"""The news-sense check and the refresher as the student meets them.

The check: a neutral screen before (what it is, that it does not count), the form's questions on the ordinary
question screens with no right or wrong shown or played (a neutral Next), and a thank-you after, with no
score: the check measures the class for its teacher, and a score would be feedback on items the student
may meet again in a refresher. The refresher: up to five items missed before, with the usual feedback
(it is practice), then how many were right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Literal

import pygame

from game.content import check
from game.content.outcome import Outcome
from game.content.progress import CheckTaken, ItemAnswer, Review
from game.content.session import Result, Session, State
from game.content.validate import LoadedLevel
from game.ui.actions import Act, Action
from game.ui.context import GameContext
from game.ui.scenes.base import GameScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.question import QuestionScene, question_scene
from game.ui.scenes.runs import Run
from game.ui.settle import Settle
from game.ui.widgets import Button, Menu, ScrollText, text_box

CHECK_TITLE = "A quick news-sense check"
CHECK_BEFORE = (
    "Before the levels: {count} short questions on a short news story, to see where you start. "
    "Read the story first; you can open it again during the questions.\n\n"
    "You will not see right or wrong as you go, and it does not count toward your rating. "
    "Just do your best: pick an answer, then press Next."
)
CHECK_AFTER = (
    "You have finished the levels. One last news-sense check: {count} short questions on a new short story, "
    "like the one you took at the start.\n\n"
    "You will not see right or wrong as you go, and it does not count toward your rating. "
    "Pick an answer, then press Next."
)
CHECK_RESUMED = (
    "Welcome back. You answered {done} of {count} questions last time, and those answers are kept: "
    "{onward}\n\n"
    "As before, you will not see right or wrong as you go, and it does not count toward your rating."
)
THANKS_BEFORE = (
    "Thank you! That is the check done.\n\nNow on to the levels: there you will see how you did after every answer."
)
THANKS_AFTER = (
    "Thank you! That is the last check done.\n\n"
    "Your teacher sees how the whole class grew, skill by skill. Questions you missed may come back in a "
    "2-minute refresher in a week or so."
)
REFRESHER_TITLE = "2-minute refresher"


def before_check(ctx: GameContext) -> GameScene | None:
    """What Play shows first when the before-check is due: its intro (the profile's form chosen now, and kept)."""
    if not ctx.takes_check or not check.before_due(ctx.progress):
        return None
    return CheckIntroScene(ctx, "before")


def refresher_items(ctx: GameContext) -> list[tuple[Review, LoadedLevel]]:
    """The items due now that stand in a loaded level or form (at most five), each as a level of that one question
    (no level-wide citation or confidence step: it is a two-minute practice)."""
    if not ctx.refreshers:
        return []
    found = {loaded.level.id: loaded for loaded in ctx.pack.everything}
    items = []
    for review in check.due_reviews(ctx.progress, ctx.wall_clock(), known=ctx.pack.items):
        loaded = found[review.level]
        question = next(q for q in loaded.level.questions if q.id == review.question)
        level = loaded.level.model_copy(update={"questions": [question], "cite": False, "confidence": False})
        items.append((review, replace(loaded, level=level)))
    return items


def start_refresher(ctx: GameContext) -> GameScene | None:
    items = refresher_items(ctx)
    if not items:
        return None
    run = RefresherRun(items)
    return question_scene(ctx, -1, run.session(), run)


class CheckIntroScene(IntroScene):
    """Before the check: what it is, that it does not count, and its story to read (the desk's layout)."""

    shot_name = "check-intro"

    def __init__(self, ctx: GameContext, phase: Literal["before", "after"]) -> None:
        GameScene.__init__(self, ctx)
        self.phase = phase
        check.assign_form(ctx.progress, ctx.player, ctx.others_first_forms())
        ctx.save_progress()
        self.form = check.form_for(ctx.progress, phase)
        self.index = -1
        self.loaded = ctx.pack.checks[self.form]

    def enter(self) -> None:
        from game.ui.article_view import ArticleView

        saved = self.ctx.progress.check_unfinished.get(self.phase)
        self.resumed = Session.resume(self.loaded, saved) if saved is not None and saved.answers else None
        """The check left half-way, its answers given again; None when there is none, or the form has changed."""
        self.menu = Menu([Button("Resume" if self.resumed else "Start"), Button("Back")], columns=2)
        self.article = ArticleView(self.ctx, self.loaded.article)
        self.brief = ScrollText(self.ctx, self.body_text, panel=False, min_factor=0.5)
        self.pointer = None

    @property
    def brief_rect(self) -> pygame.Rect:
        """No editor here: what the check is takes her place too."""
        return self.editor_rect.union(self.text_rect)

    def _play(self, session: Session) -> None:
        """Start the form, or go on with it (the desk's buttons), with no feedback; there is no Start over: a
        second look at items already answered would spoil the measure."""
        run = CheckRun(self.phase, self.form)
        if session.state is State.FINISHED:  # its last answer was saved, then the power went: it is done
            run.complete(self.ctx, session, self)
        else:
            self.stack.replace(question_scene(self.ctx, -1, session, run))

    @property
    def body_text(self) -> str:
        """What the check is, or where a check left half-way goes on from."""
        count = len(self.loaded.level.questions)
        if self.resumed is None:
            return (CHECK_BEFORE if self.phase == "before" else CHECK_AFTER).format(count=count)
        done = len(self.resumed.results)
        onward = f"Resume goes on from question {done + 1}." if done < count else "Resume finishes the check."
        return CHECK_RESUMED.format(done=done, count=count, onward=onward)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        label = "First check" if self.phase == "before" else "Last check"  # as short as the desk's own label
        text_box(
            surface, self.ctx, label, self.desk_rect, "small", theme.muted_text, self.scale, middle=True, min_factor=0.5
        )
        self.headline(surface, CHECK_TITLE, self.title_rect)
        self.brief.draw(surface, theme.background)
        self.article.draw(surface)
        self.menu.draw(surface, self.ctx, self.scale)


class NoteScene(GameScene):
    """A calm full screen: a heading, a few sentences and one way on (after the check or a refresher)."""

    def __init__(self, ctx: GameContext, heading: str, text: str, button: str, on_done: Callable[[], None]) -> None:
        super().__init__(ctx)
        self.heading_text = heading
        self.text = text
        self.on_done = on_done
        self.menu = Menu([Button(button)])
        self.settle = Settle()
        """The press that sent the last answer must not also skip this screen."""

    def arrange(self, area: pygame.Rect) -> None:
        width = min(area.width, self.px(900))
        column = pygame.Rect(area.centerx - width // 2, area.top, width, area.height)
        self.heading_rect = pygame.Rect(column.left, column.top + self.px(60), width, self.text_px("headline"))
        button_h = self.px(64)
        button = self.menu.buttons[0]
        button.rect = pygame.Rect(0, column.bottom - button_h, min(width, self.px(380)), button_h)
        button.rect.centerx = column.centerx
        top = self.heading_rect.bottom + self.px(24)
        self.text_rect = pygame.Rect(column.left, top, width, button.rect.top - self.px(24) - top)

    def update(self, dt: float) -> bool:
        return self.settle.update(dt)

    def handle(self, action: Action) -> None:
        if self.settle.blocks(action):
            return
        if action.kind is Act.BACK or self.menu.handle(action) == 0:
            self.on_done()
        else:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        text_box(
            surface, self.ctx, self.heading_text, self.heading_rect, "headline", theme.ink, self.scale, align="center"
        )
        text_box(surface, self.ctx, self.text, self.text_rect, "body", theme.text, self.scale, align="center")
        self.menu.draw(surface, self.ctx, self.scale)
        self.draw_sound_state(surface)


class CheckRun(Run):
    """A form of the check: no feedback; each answer is kept in progress as it is given (a check left half-way goes
    on from there), and the finished form in the class results: the report never sees half a check."""

    feedback = False
    scored = False
    leave_prompt = "Leave the check? Your answers are kept: it goes on from this question next time."
    quit_note = "Your answers are kept: the check goes on from here next time."

    def __init__(self, phase: Literal["before", "after"], form: str) -> None:
        self.phase = phase
        self.form = form

    def status(self, session: Session) -> str:
        return f"News-sense check: question {session.current.number + 1} of {session.total}"

    def progress(self, session: Session) -> tuple[list[Outcome | None], int]:
        """How far along, never how well."""
        return [None] * len(session.results), session.total

    def answered(self, ctx: GameContext, session: Session, result: Result) -> None:
        ctx.progress.check_unfinished[self.phase] = session.checkpoint()
        ctx.save_progress()  # after every answer: Back, closing the window or a power cut loses no answer given

    def finished(self, scene: QuestionScene) -> None:
        self.complete(scene.ctx, scene.session, scene)

    def complete(self, ctx: GameContext, session: Session, shown: GameScene) -> None:
        """The form is done: keep it in progress (its checkpoint goes) and the class results, and thank the student
        in place of `shown` (the last question, or the intro of a check whose last answer was saved)."""
        summary = session.summary()
        answers = [ItemAnswer(session.level.id, r.question.id, r.correct) for r in summary.results]
        now = ctx.wall_clock()
        check.record_check(ctx.progress, self.phase, self.form, answers, now)
        if ctx.refreshers:
            missed = [(a.level, a.question) for a in answers if not a.correct]
            check.schedule_missed(ctx.progress, missed, now, ctx.settings.refresher_days)
        ctx.save_progress()
        ctx.record_result(summary, session.level.title, phase=self.phase)
        after = self.phase == "after"
        note = NoteScene(
            ctx,
            "Check done",
            THANKS_AFTER if after else THANKS_BEFORE,
            "Back" if after else "On to the levels",
            lambda: note.stack.pop() if after else note.stack.replace(_level_board(ctx)),
        )
        note.shot_name = "check-done"
        shown.stack.replace(note)


def _level_board(ctx: GameContext) -> GameScene:
    from game.ui.scenes.levels import LevelSelectScene  # late: the board leads on to levels, which lead here

    return LevelSelectScene(ctx)


class RefresherRun(Run):
    """Missed items again, one question each, with the usual feedback; each answer moves the item in the schedule."""

    scored = False
    """Each question is a session of its own: the strip counts the refresher's answers instead."""
    leave_prompt = "Leave the refresher? The questions you did not reach come back next time."
    quit_note = "The questions you did not reach come back next time."

    def __init__(self, items: list[tuple[Review, LoadedLevel]]) -> None:
        self.items = items
        self.position = 0
        self.taken: CheckTaken | None = None
        self.outcomes: list[Outcome] = []  # the strip's marks: a partly right chain is "almost" there too

    def session(self) -> Session:
        return Session(self.items[self.position][1])

    def status(self, session: Session) -> str:
        return f"Refresher: question {self.position + 1} of {len(self.items)}"

    def progress(self, session: Session) -> tuple[list[Outcome | None], int]:
        return list(self.outcomes), len(self.items)

    def more_after(self, session: Session) -> bool:
        return self.position + 1 < len(self.items)

    def answered(self, ctx: GameContext, session: Session, result: Result) -> None:
        review, loaded = self.items[self.position]
        now = ctx.wall_clock()
        check.reviewed(ctx.progress, review, result.correct, now, ctx.settings.refresher_days)
        if self.taken is None:
            self.taken = CheckTaken("refresher", "", now)
            ctx.progress.check_history.append(self.taken)
        self.taken.answers.append(ItemAnswer(review.level, review.question, result.correct))
        self.outcomes.append(result.outcome)
        ctx.save_progress()
        ctx.record_result(session.summary(), loaded.level.title, phase="refresher")

    def finished(self, scene: QuestionScene) -> None:
        self.position += 1
        if self.position < len(self.items):
            scene.stack.replace(question_scene(scene.ctx, -1, self.session(), self))
            return
        right = sum(a.correct for a in self.taken.answers) if self.taken else 0
        text = (
            f"{right} of {len(self.items)} right. Questions you got right come back later and later; "
            "the others come back next time. Well done for practising."
        )
        note = NoteScene(scene.ctx, "Refresher done", text, "Back", lambda: note.stack.pop())
        note.shot_name = "refresher-done"
        scene.stack.replace(note)
