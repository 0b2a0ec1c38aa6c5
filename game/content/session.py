"""The rules of play: one level, one student, answers in, results out.

`Session` is a small state machine (asking -> answered -> asking ... -> finished)
that the game drives; it knows nothing about screens.  Given the same seed it
shuffles the choices the same way, so a scripted run is reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from game.content.article import Span
from game.content.model import Contradiction, FactOrOpinion, Question, WhoSaid
from game.content.scoring import Discernment, discernment, points_for, stars_for
from game.content.validate import LoadedLevel

FACT_OR_OPINION_CHOICES = ("fact", "opinion")


class State(Enum):
    ASKING = "asking"
    ANSWERED = "answered"
    FINISHED = "finished"


class OutOfTurn(RuntimeError):
    """The game asked for something the current state does not allow (a programming error)."""


@dataclass(frozen=True)
class Presented:
    """A question as the student sees it: choices in display order and how many to pick."""

    number: int
    question: Question
    choices: tuple[str, ...]
    picks: int

    @property
    def prompt_text(self) -> str:
        """The verbatim passage the question is about."""
        q = self.question
        if isinstance(q, WhoSaid):
            return q.quote
        if isinstance(q, FactOrOpinion):
            return q.statement
        return q.claim


@dataclass(frozen=True)
class Result:
    question: Question
    chosen: tuple[str, ...]
    right: tuple[str, ...]
    correct: bool
    points: int
    streak: int
    evidence: Span | None
    seconds: float = 0.0

    @property
    def skill(self) -> str:
        return self.question.type


@dataclass(frozen=True)
class Tally:
    right: int = 0
    total: int = 0

    def add(self, correct: bool) -> Tally:
        return Tally(self.right + int(correct), self.total + 1)


@dataclass(frozen=True)
class Summary:
    level_id: str
    score: int
    max_score: int
    right: int
    total: int
    stars: int
    best_streak: int
    skills: dict[str, Tally]
    fact_opinion: Discernment | None
    missed: list[Result] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


class Session:
    """Plays one level: present a question, take an answer, give a result, move on."""

    def __init__(self, loaded: LoadedLevel, seed: int = 0) -> None:
        self.loaded = loaded
        self.level = loaded.level
        self._rng = random.Random(f"{seed}:{self.level.id}")
        self._order = [self._present(i, q) for i, q in enumerate(self.level.questions)]
        self.index = 0
        self.state = State.ASKING
        self.results: list[Result] = []
        self.score = 0
        self.streak = 0
        self.best_streak = 0

    def _present(self, number: int, question: Question) -> Presented:
        if isinstance(question, FactOrOpinion):
            return Presented(number, question, FACT_OR_OPINION_CHOICES, 1)
        options = list(question.choices if isinstance(question, WhoSaid) else question.candidates)
        self._rng.shuffle(options)
        picks = len(question.answer) if isinstance(question, Contradiction) else 1
        return Presented(number, question, tuple(options), picks)

    @property
    def total(self) -> int:
        return len(self._order)

    @property
    def current(self) -> Presented:
        if self.state is State.FINISHED:
            raise OutOfTurn("the level is finished")
        return self._order[self.index]

    @property
    def max_score(self) -> int:
        return sum(points_for(True, streak) for streak in range(1, self.total + 1))

    def answer(self, chosen: Sequence[str], seconds: float = 0.0) -> Result:
        """Mark the current question; `chosen` holds the picked choice texts."""
        if self.state is not State.ASKING:
            raise OutOfTurn(f"cannot answer while {self.state.value}")
        presented = self.current
        unknown = [c for c in chosen if c not in presented.choices]
        if unknown or not chosen:
            raise ValueError(f"not a choice of this question: {unknown or 'nothing chosen'}")
        right = _right_answers(presented.question)
        correct = set(chosen) == set(right)
        self.streak = self.streak + 1 if correct else 0
        self.best_streak = max(self.best_streak, self.streak)
        points = points_for(correct, self.streak)
        self.score += points
        result = Result(
            presented.question,
            tuple(chosen),
            right,
            correct,
            points,
            self.streak,
            self.loaded.evidence.get(presented.question.id),
            seconds,
        )
        self.results.append(result)
        self.state = State.ANSWERED
        return result

    def next(self) -> None:
        if self.state is not State.ANSWERED:
            raise OutOfTurn(f"cannot move on while {self.state.value}")
        self.index += 1
        self.state = State.FINISHED if self.index >= self.total else State.ASKING

    def summary(self) -> Summary:
        skills: dict[str, Tally] = {}
        for r in self.results:
            skills[r.skill] = skills.get(r.skill, Tally()).add(r.correct)
        judged = [(r.right[0], r.chosen[0]) for r in self.results if isinstance(r.question, FactOrOpinion)]
        right = sum(r.correct for r in self.results)
        return Summary(
            level_id=self.level.id,
            score=self.score,
            max_score=self.max_score,
            right=right,
            total=self.total,
            stars=stars_for(right, self.total),
            best_streak=self.best_streak,
            skills=skills,
            fact_opinion=discernment(judged) if judged else None,
            missed=[r for r in self.results if not r.correct],
        )


def _right_answers(question: Question) -> tuple[str, ...]:
    if isinstance(question, Contradiction):
        return tuple(question.answer)
    return (question.answer,)
