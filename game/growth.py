"""Did they learn? The class's news-sense check before its first level against the one after its last.

Per skill (attribution, fact or opinion, contradiction, source: `skills.CHECK_SKILLS`)
the mean share of the check's items a student got right, before and after, over the
students who took both checks; for fact or opinion also discernment (d') and bias (c),
each student's from `scoring.discernment` (with its correction for perfect runs),
then averaged. Only a student's first `before` and first `after` play count: a retake
is practice, not a measure. Which form a student took first does not change the
figures; it is counted so a teacher can see the forms were shared out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import fmean

from game.content.scoring import discernment
from game.content.skills import CHECK_SKILLS, SKILL_NAMES
from game.content.words import quoted
from game.results import Answer

ENOUGH_STUDENTS = 5
"""Below this many students with both checks, the figures are said to be too few to mean much."""
SAME_D_PRIME = 0.25
"""A change of d' or c smaller than this is read as "about the same" (a short check is noisy)."""
ALL_ITEMS = "all items"


@dataclass(frozen=True)
class SkillGrowth:
    """One skill: over the `students` who met it in both checks, the mean share right before and after."""

    skill: str
    question_type: str
    students: int
    before: float | None
    after: float | None
    right_before: int = 0
    items_before: int = 0
    right_after: int = 0
    items_after: int = 0

    @property
    def change(self) -> float | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True)
class SignalGrowth:
    """Fact or opinion over the `students` who met it in both checks: mean d' and c before and after."""

    students: int
    sensitivity_before: float
    sensitivity_after: float
    bias_before: float
    bias_after: float

    @property
    def sensitivity_change(self) -> float:
        return self.sensitivity_after - self.sensitivity_before

    @property
    def bias_change(self) -> float:
        return self.bias_after - self.bias_before


@dataclass(frozen=True)
class Growth:
    """The class's growth: `students` took both checks; the others are counted, not used."""

    students: int
    before_only: int
    after_only: int
    first_forms: dict[str, int]
    """How many of the `students` took each form first, by the form's level id."""
    form_titles: dict[str, str]
    skills: list[SkillGrowth]
    overall: SkillGrowth
    fact_opinion: SignalGrowth | None

    @property
    def enough(self) -> bool:
        return self.students >= ENOUGH_STUDENTS

    @property
    def taken(self) -> bool:
        """Whether anyone has taken a check at all (else the report leaves growth out)."""
        return bool(self.students or self.before_only or self.after_only)


@dataclass(frozen=True)
class _Play:
    """One student's first check of one phase: which form, and its answers."""

    level_id: str
    answers: list[Answer]

    def share(self, question_type: str | None) -> tuple[int, int]:
        """Right answers and items of a type (None: all), as (right, items)."""
        picked = [a for a in self.answers if question_type is None or a.question_type == question_type]
        return sum(a.correct for a in picked), len(picked)

    def judged(self) -> list[tuple[str, str]]:
        return [pair for a in self.answers if (pair := a.judged) is not None]


def _first_plays(answers: Iterable[Answer], phase: str) -> dict[str, _Play]:
    """Each player's first play in `phase` (answers arrive in the order they were played)."""
    first: dict[str, int] = {}
    plays: dict[str, _Play] = {}
    for a in answers:
        if a.phase != phase:
            continue
        play = first.setdefault(a.player, a.play_id)
        if play == a.play_id:
            plays.setdefault(a.player, _Play(a.level_id, [])).answers.append(a)
    return plays


def _skill(name: str, question_type: str | None, pairs: Sequence[tuple[_Play, _Play]]) -> SkillGrowth:
    """A skill's figures over the students whose two checks both asked it."""
    counts = [(before.share(question_type), after.share(question_type)) for before, after in pairs]
    met = [(b, a) for b, a in counts if b[1] and a[1]]
    if not met:
        return SkillGrowth(name, question_type or "", 0, None, None)
    return SkillGrowth(
        name,
        question_type or "",
        len(met),
        fmean(right / items for (right, items), _ in met),
        fmean(right / items for _, (right, items) in met),
        sum(b[0] for b, _ in met),
        sum(b[1] for b, _ in met),
        sum(a[0] for _, a in met),
        sum(a[1] for _, a in met),
    )


def _signal(pairs: Sequence[tuple[_Play, _Play]]) -> SignalGrowth | None:
    judged = [(before.judged(), after.judged()) for before, after in pairs]
    met = [(discernment(b), discernment(a)) for b, a in judged if b and a]
    if not met:
        return None
    return SignalGrowth(
        len(met),
        fmean(b.sensitivity for b, _ in met),
        fmean(a.sensitivity for _, a in met),
        fmean(b.bias for b, _ in met),
        fmean(a.bias for _, a in met),
    )


def build_growth(answers: Iterable[Answer]) -> Growth:
    """The growth figures from every recorded answer (levels and refreshers are ignored)."""
    answers = list(answers)
    before, after = _first_plays(answers, "before"), _first_plays(answers, "after")
    both = [player for player in before if player in after]
    pairs = [(before[p], after[p]) for p in both]
    titles = {a.level_id: a.level_title for a in answers if a.phase in ("before", "after")}
    first_forms = Counter(before[player].level_id for player in both)
    types = list(CHECK_SKILLS) + sorted(
        {a.question_type for play in (*before.values(), *after.values()) for a in play.answers} - set(CHECK_SKILLS)
    )
    skills = [_skill(CHECK_SKILLS.get(t) or SKILL_NAMES.get(t, t), t, pairs) for t in types]
    return Growth(
        students=len(both),
        before_only=len(before) - len(both),
        after_only=len(after) - len(both),
        first_forms=dict(sorted(first_forms.items())),
        form_titles={form: titles[form] for form in sorted(titles)},
        skills=[s for s in skills if s.students or s.question_type in CHECK_SKILLS],
        overall=_skill(ALL_ITEMS, None, pairs),
        fact_opinion=_signal(pairs),
    )


def _trend(change: float, better: str, worse: str, same: str) -> str:
    return same if abs(change) < SAME_D_PRIME else better if change > 0 else worse


def first_form_words(growth: Growth) -> str:
    """How many took each form first, e.g. `5 took “Check: form A” first, 6 took “Check: form B” first`."""
    return ", ".join(
        f"{n} took {quoted(growth.form_titles.get(form) or form)} first" for form, n in growth.first_forms.items()
    )


def growth_words(growth: Growth) -> list[str]:
    """What the numbers mean, in sentences a teacher reads without a statistics course."""
    if not growth.students:
        waiting = growth.before_only + growth.after_only
        return [
            "No student has taken both checks yet: growth shows once students have taken the news-sense check "
            "before their first level and again after their last"
            + (f" ({waiting} {'has' if waiting == 1 else 'have'} taken one so far)." if waiting else ".")
        ]
    forms = first_form_words(growth)
    words = [
        f"{growth.students} student{'s' * (growth.students != 1)} took the check both before and after the "
        f"levels ({forms}); only they are counted"
        + (
            f", not the {growth.before_only + growth.after_only} who took only one."
            if growth.before_only + growth.after_only
            else "."
        ),
        "Each skill's figures are the share of its check items they got right, before and after: "
        "a rise means more right answers on the second check.",
    ]
    if (f := growth.fact_opinion) is not None:
        apart = _trend(f.sensitivity_change, "better than before", "less well than before", "about as well as before")
        lean = _trend(
            f.bias_change,
            "leans more towards calling things fact than before",
            "leans more towards calling things opinion than before",
            "leans about as it did before",
        )
        words.append(
            "For fact or opinion, d' measures telling the two apart (higher is better) and c which way a student "
            "leans when unsure (below 0: calls too much opinion; above 0: too much fact). The class tells them "
            f"apart {apart} (d' {f.sensitivity_before:.2f} to {f.sensitivity_after:.2f}) and {lean} "
            f"(c {f.bias_before:+.2f} to {f.bias_after:+.2f}). A shift of c towards opinion is more suspicion, "
            "not more skill: only a rise in d' shows better telling apart."
        )
    words.append(
        "This is a short classroom check, not a validated test: a few points up or down can be chance."
        + (
            ""
            if growth.enough
            else f" With {growth.students} student{'s' * (growth.students != 1)} who took both checks, "
            f"the numbers are too few to mean much (at least {ENOUGH_STUDENTS} are needed)."
        )
    )
    return words
