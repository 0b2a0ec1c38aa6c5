"""A scripted player: looks at the screen on top and presses what a student would press.

It drives the real scene stack with ordinary actions (number keys, Enter, Esc),
so `byline demo`, the kiosk's attract screen and the end-to-end tests all
exercise exactly what a student's keyboard does.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal

from game.content.session import Summary
from game.ui.actions import Act, Action
from game.ui.scene import Scene
from game.ui.scenes.article import ArticleScene
from game.ui.scenes.check import NoteScene
from game.ui.scenes.cite import CiteScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.front_page import FrontPageScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.title import FINAL_CHECK, TitleScene

Policy = Literal["correct", "wrong", "random"]


@dataclass
class Autoplayer:
    policy: Policy = "correct"
    seed: int = 0
    level_count: int = 0
    summaries: list[Summary] = field(default_factory=list)
    finished: bool = False

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._last_summary: SummaryScene | None = None  # held, so a new screen can never share its identity
        self._question: QuestionScene | None = None  # the question being answered, for the steps after it
        self._planned: tuple[tuple[int, int], list[int]] | None = None

    def actions(self, top: Scene | None) -> list[Action]:
        """The key presses for the scene on top (empty when there is nothing to do)."""
        if isinstance(top, QuestionScene):
            return self._answer(top)
        if isinstance(top, SummaryScene):
            if top is not self._last_summary:
                self._last_summary = top
                self.summaries.append(top.summary)
            return [Action(Act.CHOOSE, index=0) if top.has_next else Action(Act.BACK)]
        if isinstance(top, LevelSelectScene):
            played = len(self.summaries)
            return [Action(Act.CHOOSE, index=played) if played < self.level_count else Action(Act.BACK)]
        if isinstance(top, TitleScene):
            labels = [button.label for button in top.menu.buttons]
            if FINAL_CHECK in labels:  # every level played: the after-check, when there is one
                return [Action(Act.CHOOSE, index=labels.index(FINAL_CHECK))]
            self.finished = len(self.summaries) >= self.level_count
            return [Action(Act.CHOOSE, index=len(labels) - 1 if self.finished else 0)]
        if isinstance(top, IntroScene | FeedbackScene | FrontPageScene | NoteScene):
            return [Action(Act.CONFIRM)]
        if isinstance(top, CiteScene):
            return self._cite(top)
        if isinstance(top, ConfirmScene) and top.shot_name == "confidence":
            sure = {"correct": 2, "wrong": 0}.get(self.policy, self._rng.randrange(3))
            return [Action(Act.CHOOSE, index=sure)]
        if isinstance(top, ArticleScene | ConfirmScene | SettingsScene):
            return [Action(Act.BACK)]
        return []

    def _answer(self, scene: QuestionScene) -> list[Action]:
        """The picks, then the check; a choice out of sight is pressed twice, as a student reads it first.

        When the check is out of sight, or the picks scroll the screen, it is pressed on the next turn.
        """
        self._question = scene
        presented = scene.session.current
        picks = self._plan(scene)
        if scene.marking:  # words to mark have no numbers: a player clicks them
            return [*(Action(Act.CLICK, pos=scene.choices[i].rect.center) for i in picks), *self._send(scene)]
        if scene.check is not None and scene.answer_picks() == (picks if presented.ordered else sorted(picks)):
            return self._send(scene) or [Action(Act.SCROLL, amount=1000.0)]
        presses = [Action(Act.CHOOSE, index=i) for i in picks for _ in range(1 if i in scene.seen else 2)]
        return presses + (self._send(scene) if all(i in scene.seen for i in picks) else [])

    def _plan(self, scene: QuestionScene) -> list[int]:
        """What to pick for the question on screen, chosen once (a second turn on it keeps the same picks)."""
        presented = scene.session.current
        key = (id(scene.session), scene.session.index)
        if self._planned is not None and self._planned[0] == key and not scene.marking:
            return self._planned[1]
        options = range(len(presented.choices))
        good = list(presented.key)
        bad = [i for i in options if i not in presented.right]
        if self.policy == "correct":
            picks = good
        elif self.policy == "wrong" and presented.ordered:
            picks = good[1:] + good[:1]  # every link one place off: a chain with nothing in place
        elif self.policy == "wrong":
            picks = [*bad[:1], *good[: max(0, presented.picks - 1)]]
        else:
            count = presented.picks or self._rng.randrange(len(presented.choices) + 1)
            picks = self._rng.sample(list(options), count)
        self._planned = (key, picks)
        return picks

    @staticmethod
    def _send(scene: QuestionScene) -> list[Action]:
        """A click on the check button, when it shows (none without one)."""
        check = scene.check
        if check is None or not scene.button_shows(scene.menu.buttons.index(check)):
            return []
        return [Action(Act.CLICK, pos=check.rect.center)]

    def _cite(self, scene: CiteScene) -> list[Action]:
        """Arrow to the sentence to cite, then Enter: the proving one, or another when playing wrong.

        The first press only shows the highlight, on the headline: the rest wait for the next turn."""
        if scene.sentence is None:
            return [Action(Act.DOWN)]
        evidence = None
        if self._question is not None:
            evidence = self._question.session.loaded.evidence.get(self._question.session.current.question.id)
        sentences = scene.article.sentences
        proving = [i for i, s in enumerate(sentences) if evidence and s.start < evidence.end and evidence.start < s.end]
        others = [i for i in range(len(sentences)) if i not in proving]
        if self.policy == "correct" and proving:
            target = proving[0]
        elif self.policy == "wrong" and others:
            target = others[0]
        else:
            target = self._rng.randrange(len(sentences))
        step = Act.DOWN if target > scene.sentence else Act.UP
        return [*(Action(step) for _ in range(abs(target - scene.sentence))), Action(Act.CONFIRM)]
