"""What a question screen does around each answer, by what is being played: a level, the check or a refresher.

The question screens (`QuestionScene`, `ChainScene`) ask and take answers the same way for all three; a `Run`
says whether the student hears and sees right or wrong, what is saved after an answer, and what comes after
the last one. The level's run is here; the check's and the refresher's are in `scenes/check.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.content.outcome import Outcome
from game.content.session import Result, Session
from game.ui.scenes.base import GameScene
from game.ui.scenes.front_page import FrontPageScene

if TYPE_CHECKING:
    from game.ui.context import GameContext
    from game.ui.scenes.question import QuestionScene


class Run:
    """A level: feedback after every answer, its checkpoint saved, the front page at the end."""

    feedback = True
    """False in the news-sense check: no colour, sound, word or explanation says right or wrong."""
    scored = True
    """The score and the streak meter are shown (a level's, not the check's or a refresher's)."""
    leave_prompt = "Leave this level? Your answers are kept: Resume it from the level list."
    quit_note = GameScene.quit_note

    def status(self, session: Session) -> str:
        return f"Question {session.current.number + 1} of {session.total}"

    def progress(self, session: Session) -> tuple[list[Outcome | None], int]:
        """The progress strip: how each answer so far went (None: answered, not marked) and how many questions
        in all."""
        return [r.outcome for r in session.results], session.total

    def more_after(self, session: Session) -> bool:
        """Whether another question follows the current one (the feedback says "Next question", else results)."""
        return session.index + 1 < session.total

    def answered(self, ctx: GameContext, session: Session, result: Result) -> None:
        """After each answer (before any feedback)."""

    def finished(self, scene: QuestionScene) -> None:
        """After the last answer: what the stack shows next, in place of the question screen."""
        raise NotImplementedError


class LevelRun(Run):
    def __init__(self, index: int) -> None:
        self.index = index

    def answered(self, ctx: GameContext, session: Session, result: Result) -> None:
        ctx.progress.unfinished[session.level.id] = session.checkpoint()
        ctx.save_progress()  # after every answer: closing the window loses no answer given

    def finished(self, scene: QuestionScene) -> None:
        scene.stack.replace(FrontPageScene(scene.ctx, self.index, scene.session.summary()))
