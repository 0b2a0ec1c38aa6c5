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

from game.content.article import Span, overlaps
from game.content.model import Choice, Contradiction, FactOrOpinion, LoadedWords, Question, SourceChain, WhoSaid
from game.content.outcome import Outcome
from game.content.progress import Answer, Unfinished
from game.content.scoring import (
    CITE_BONUS,
    POINTS_RIGHT,
    Calibration,
    Discernment,
    calibration,
    discernment,
    marks_points,
    points_for,
    share_points,
    stars_for,
    streak_bonus,
)
from game.content.validate import LoadedLevel
from game.content.words import phrase_tokens, tokens

FACT_OR_OPINION_CHOICES = ("fact", "opinion")


class State(Enum):
    ASKING = "asking"
    ANSWERED = "answered"
    FINISHED = "finished"


class OutOfTurn(RuntimeError):
    """The game asked for something the current state does not allow (a programming error)."""


@dataclass(frozen=True)
class Presented:
    """A question as the student sees it: choices in display order and how many to pick.

    For `loaded_words` the choices are the words of the sentence, in order, and
    any number of them may be marked (`picks` is 0). For `source_chain` they are
    the link cards (links and distractors, shuffled), picked in chain order.
    """

    number: int
    question: Question
    choices: tuple[str, ...]
    picks: int
    cite: bool = False

    @property
    def prompt_text(self) -> str:
        """The verbatim passage the question is about."""
        return self.question.passage

    @property
    def right(self) -> frozenset[int]:
        """Indices of the right choices (for `loaded_words`: of the loaded words)."""
        question = self.question
        if isinstance(question, LoadedWords):
            return frozenset(i for w in question.words for i in phrase_tokens(question.sentence, w.word) or [])
        if isinstance(question, SourceChain):
            return frozenset(self.key)
        answers = set(question.answer) if isinstance(question, Contradiction) else {question.answer}
        return frozenset(i for i, choice in enumerate(self.choices) if choice in answers)

    @property
    def ordered(self) -> bool:
        """Whether the order of the picks matters (a source chain, origin first)."""
        return isinstance(self.question, SourceChain)

    @property
    def key(self) -> tuple[int, ...]:
        """The right picks in the order they are expected: chain order for a source chain, else display order."""
        if isinstance(self.question, SourceChain):
            return tuple(self.choices.index(name) for name in self.question.names)
        return tuple(sorted(self.right))


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
    cited: bool | None = None  # None when no citation was asked for
    confidence: int | None = None
    picked: tuple[int, ...] = ()  # the indices of `chosen` among the presented choices
    credit: float = 0.0  # the share of the full marks earned (0..1): partly right answers earn some
    citation: Span | None = None  # the sentence the student pointed at, when asked to

    @property
    def skill(self) -> str:
        return self.question.type

    @property
    def outcome(self) -> Outcome:
        return Outcome.of(self.correct, self.credit)


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
    calibration: list[Calibration] | None = None
    citations: Tally | None = None
    results: list[Result] = field(default_factory=list)  # every answer in order, for the class results
    almost: int = 0  # partly right answers (not counted in `right`)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


class Session:
    """Plays one level: present a question, take an answer, give a result, move on."""

    def __init__(self, loaded: LoadedLevel, seed: int = 0) -> None:
        self.loaded = loaded
        self.level = loaded.level
        self.seed = seed
        self._rng = random.Random(f"{seed}:{self.level.id}")
        self._order = [self._present(i, q) for i, q in enumerate(self.level.questions)]
        self.index = 0
        self.state = State.ASKING
        self.results: list[Result] = []
        self.score = 0
        self.streak = 0
        self.best_streak = 0

    def _present(self, number: int, question: Question) -> Presented:
        cite = self.level.cites(question)
        if isinstance(question, FactOrOpinion):
            return Presented(number, question, FACT_OR_OPINION_CHOICES, 1, cite)
        if isinstance(question, LoadedWords):
            return Presented(number, question, tuple(t.text for t in tokens(question.sentence)), 0, cite)
        if isinstance(question, SourceChain):
            cards = [*question.names, *question.distractors]
            self._rng.shuffle(cards)
            return Presented(number, question, tuple(cards), len(question.links), cite)
        options = list(question.choices if isinstance(question, WhoSaid | Choice) else question.candidates)
        self._rng.shuffle(options)
        picks = len(question.answer) if isinstance(question, Contradiction) else 1
        return Presented(number, question, tuple(options), picks, cite)

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
        cites = sum(p.cite for p in self._order)
        return sum(points_for(True, streak) for streak in range(1, self.total + 1)) + CITE_BONUS * cites

    def answer(
        self,
        picked: Sequence[int],
        seconds: float = 0.0,
        citation: Span | None = None,
        confidence: int | None = None,
    ) -> Result:
        """Mark the current question from the indices of the picked choices.

        `citation` is the span the student pointed at (a sentence) when the
        question asks for one; it earns a bonus when it overlaps the evidence.
        """
        if self.state is not State.ASKING:
            raise OutOfTurn(f"cannot answer while {self.state.value}")
        presented = self.current
        if any(not 0 <= i < len(presented.choices) for i in picked) or len(set(picked)) != len(picked):
            raise ValueError(f"not a set of choices of this question: {list(picked)}")
        if presented.picks and len(picked) != presented.picks:
            raise ValueError(f"this question needs {presented.picks} choice(s), got {len(picked)}")
        question = presented.question
        right = presented.right
        evidence = self.loaded.evidence.get(question.id)
        correct = tuple(picked) == presented.key if presented.ordered else set(picked) == right
        self.streak = self.streak + 1 if correct else 0
        self.best_streak = max(self.best_streak, self.streak)
        if isinstance(question, LoadedWords):
            hits = len(set(picked) & right)
            marks = marks_points(hits, len(picked) - hits, len(right))
            credit = marks / POINTS_RIGHT
            points = marks + (streak_bonus(self.streak) if correct else 0)
        elif presented.ordered:
            credit = sum(p == k for p, k in zip(picked, presented.key, strict=True)) / len(presented.key)
            points = share_points(credit) + (streak_bonus(self.streak) if correct else 0)
        else:
            credit = float(correct)
            points = points_for(correct, self.streak)
        cited = None
        if presented.cite:
            cited = citation is not None and evidence is not None and overlaps(citation, evidence)
            points += CITE_BONUS if cited else 0
        self.score += points
        result = Result(
            question,
            tuple(presented.choices[i] for i in picked),
            tuple(presented.choices[i] for i in presented.key),
            correct,
            points,
            self.streak,
            evidence,
            seconds,
            cited,
            confidence,
            tuple(picked),
            credit,
            citation,
        )
        self.results.append(result)
        self.state = State.ANSWERED
        return result

    def next(self) -> None:
        if self.state is not State.ANSWERED:
            raise OutOfTurn(f"cannot move on while {self.state.value}")
        self.index += 1
        self.state = State.FINISHED if self.index >= self.total else State.ASKING

    def checkpoint(self) -> Unfinished:
        """What to save so that `resume` can rebuild this session exactly, answer by answer."""
        return Unfinished(
            self.seed,
            [q.id for q in self.level.questions],
            [
                Answer(
                    list(r.picked),
                    r.seconds,
                    (r.citation.block, r.citation.start, r.citation.end) if r.citation else None,
                    r.confidence,
                )
                for r in self.results
            ],
        )

    @classmethod
    def resume(cls, loaded: LoadedLevel, saved: Unfinished) -> Session | None:
        """The session `saved` came from, its answers given again; None if the level has changed since."""
        if saved.questions != [q.id for q in loaded.level.questions] or len(saved.answers) > len(saved.questions):
            return None
        session = cls(loaded, saved.seed)
        try:
            for answer in saved.answers:
                citation = Span(*answer.citation) if answer.citation else None
                session.answer(answer.picked, answer.seconds, citation, answer.confidence)
                session.next()
        except (ValueError, OutOfTurn):
            return None
        return session

    def summary(self) -> Summary:
        skills: dict[str, Tally] = {}
        for r in self.results:
            skills[r.skill] = skills.get(r.skill, Tally()).add(r.correct)
        judged = [(r.right[0], r.chosen[0]) for r in self.results if isinstance(r.question, FactOrOpinion)]
        right = sum(r.correct for r in self.results)
        sure = [(r.confidence, r.correct) for r in self.results if r.confidence is not None]
        cited = [r.cited for r in self.results if r.cited is not None]
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
            calibration=calibration(sure) if sure else None,
            citations=Tally(sum(cited), len(cited)) if cited else None,
            results=list(self.results),
            almost=sum(r.outcome is Outcome.ALMOST for r in self.results),
        )
