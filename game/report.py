"""`byline report`: what a class got right and wrong, from the results the game recorded.

Per level and per question accuracy, the most-missed questions, and how well the
class tells facts from opinions (discernment, with its bias), computed by the same
`scoring.discernment` the game uses for one student; then the growth between the
news-sense check before the levels and the one after (`game.growth`). Printed as
plain tables, saved as one CSV table a spreadsheet opens or as one JSON object; the
charts for a slide are `game.ui.chart` and `game.ui.growth_chart`.
"""

from __future__ import annotations

import csv
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from game.content.scoring import Discernment, discernment
from game.content.skills import SKILL_NAMES, shown_passage
from game.growth import Growth, SkillGrowth, build_growth, growth_words
from game.results import Answer

MOST_MISSED = 5
LEANINGS = {
    "balanced": "does not lean either way",
    "calls too much opinion": "leans towards calling facts opinions",
    "calls too much fact": "leans towards calling opinions facts",
}


@dataclass
class Tally:
    """Right answers out of all, and the time they took."""

    right: int = 0
    total: int = 0
    seconds: float = 0.0

    def add(self, answer: Answer) -> None:
        self.right += answer.correct
        self.total += 1
        self.seconds += answer.seconds

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def mean_seconds(self) -> float:
        return self.seconds / self.total if self.total else 0.0


@dataclass
class LevelStats:
    level_id: str
    title: str
    tally: Tally = field(default_factory=Tally)
    plays: set[int] = field(default_factory=set)
    players: set[str] = field(default_factory=set)


@dataclass
class QuestionStats:
    level_id: str
    level_title: str
    question_id: str
    question_type: str
    passage: str
    tally: Tally = field(default_factory=Tally)


@dataclass
class PlayerStats:
    player: str
    tally: Tally = field(default_factory=Tally)
    judged: list[tuple[str, str]] = field(default_factory=list)

    @property
    def fact_opinion(self) -> Discernment | None:
        return discernment(self.judged) if self.judged else None


@dataclass
class Report:
    levels: list[LevelStats]
    questions: list[QuestionStats]
    players: list[PlayerStats]
    fact_opinion: Discernment | None
    answers: int
    plays: int
    first: str = ""
    last: str = ""
    growth: Growth = field(default_factory=lambda: build_growth([]))
    """The news-sense check before and after: the only figures check plays count in."""

    def most_missed(self, count: int = MOST_MISSED) -> list[QuestionStats]:
        """The questions with the lowest accuracy (ties: the most answered first), missed at least once."""
        missed = [q for q in self.questions if q.tally.right < q.tally.total]
        return sorted(missed, key=lambda q: (q.tally.accuracy, -q.tally.total))[:count]


def build_report(answers: Iterable[Answer]) -> Report:
    """Tally every level answer by level, by question and by player, in the order they were first played.

    Check forms and refreshers (answers with a `phase`) are left out: they are not levels, and
    their figures are the growth section's.
    """
    answers = list(answers)
    levels: dict[str, LevelStats] = {}
    questions: dict[tuple[str, str], QuestionStats] = {}
    players: dict[str, PlayerStats] = {}
    judged: list[tuple[str, str]] = []
    dates: list[str] = []
    count = 0
    for a in answers:
        if a.phase is not None:
            continue
        count += 1
        dates.append(a.played_at)
        level = levels.setdefault(a.level_id, LevelStats(a.level_id, a.level_title))
        level.title = a.level_title or level.title
        level.tally.add(a)
        level.plays.add(a.play_id)
        level.players.add(a.player)
        key = (a.level_id, a.question_id)
        question = questions.setdefault(
            key, QuestionStats(a.level_id, a.level_title, a.question_id, a.question_type, a.passage)
        )
        question.passage = a.passage
        question.tally.add(a)
        player = players.setdefault(a.player, PlayerStats(a.player))
        player.tally.add(a)
        if (pair := a.judged) is not None:
            judged.append(pair)
            player.judged.append(pair)
    for question in questions.values():
        question.level_title = levels[question.level_id].title
    return Report(
        list(levels.values()),
        list(questions.values()),
        sorted(players.values(), key=lambda p: p.player.lower()),
        discernment(judged) if judged else None,
        count,
        len({p for level in levels.values() for p in level.plays}),
        min(dates, default="")[:10],
        max(dates, default="")[:10],
        build_growth(answers),
    )


def percent(tally: Tally) -> str:
    return f"{round(100 * tally.accuracy)}%"


def discernment_words(d: Discernment) -> str:
    """d' and c said for a teacher: how well the two are told apart, and which way the guesses lean."""
    apart = (
        "hardly yet"
        if d.sensitivity < 0.5
        else "a little"
        if d.sensitivity < 1
        else "well"
        if d.sensitivity < 2
        else "very well"
    )
    return f"tells them apart {apart} (d' {d.sensitivity:.2f}) and {LEANINGS[d.leaning]} (bias {d.bias:+.2f})"


def recognised(d: Discernment) -> tuple[float, float]:
    """Share of facts called facts, and of opinions called opinions."""
    facts = d.correct_rejections + d.false_alarms
    opinions = d.hits + d.misses
    return (d.correct_rejections / facts if facts else 0.0, d.hits / opinions if opinions else 0.0)


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], right: set[int]) -> list[str]:
    """Plain columns: numbers (columns in `right`) aligned right, text left."""
    cells = [[str(c) for c in headers], *([str(c) for c in row] for row in rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    return [
        "  "
        + "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in cells
    ]


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3].rstrip() + "..."


def format_report(report: Report) -> str:
    """The report as text for the terminal: levels, questions, most missed, fact or opinion, growth."""
    if not report.answers and not report.growth.taken:
        return "No results yet: they are recorded each time a student finishes a level with `byline play`."
    lines = _level_lines(report) if report.answers else ["Byline class results: no level finished yet."]
    if report.growth.taken:
        lines += ["", *growth_lines(report.growth)]
    return "\n".join(lines)


def _level_lines(report: Report) -> list[str]:
    players = len(report.players)
    period = report.first if report.first == report.last else f"{report.first} to {report.last}"
    lines = [
        f"Byline class results: {players} player{'s' * (players != 1)}, {report.plays} level play(s), "
        f"{report.answers} answers ({period})",
        "",
        "Levels",
        *_table(
            ["level", "plays", "players", "right", "accuracy", "avg time"],
            [
                [
                    _clip(v.title or v.level_id, 40),
                    len(v.plays),
                    len(v.players),
                    f"{v.tally.right}/{v.tally.total}",
                    percent(v.tally),
                    f"{v.tally.mean_seconds:.1f} s",
                ]
                for v in report.levels
            ],
            {1, 2, 3, 4, 5},
        ),
        "",
        "Questions",
        *_table(
            ["level", "question", "kind", "right", "accuracy", "avg time", "passage"],
            [
                [
                    q.level_id,
                    q.question_id,
                    SKILL_NAMES.get(q.question_type, q.question_type),
                    f"{q.tally.right}/{q.tally.total}",
                    percent(q.tally),
                    f"{q.tally.mean_seconds:.1f} s",
                    _clip(q.passage, 50),
                ]
                for q in report.questions
            ],
            {3, 4, 5},
        ),
        "",
        "Most missed",
    ]
    missed = report.most_missed()
    lines += [
        f"  {i}. {q.level_id} / {q.question_id} ({SKILL_NAMES.get(q.question_type, q.question_type)}): "
        f"{q.tally.right} of {q.tally.total} right ({percent(q.tally)}): "
        + shown_passage(q.question_type, _clip(q.passage, 60))
        for i, q in enumerate(missed, 1)
    ] or ["  none: every question was answered right every time"]
    lines += ["", "Fact or opinion"]
    if report.fact_opinion is None:
        lines.append("  no fact-or-opinion answers yet")
    else:
        d = report.fact_opinion
        facts, opinions = recognised(d)
        lines.append(
            f"  the class: facts called facts {round(100 * facts)}%, opinions called opinions "
            f"{round(100 * opinions)}%; it {discernment_words(d)}"
        )
        lines += _table(
            ["player", "right", "d'", "bias", "leaning"],
            [
                [
                    p.player,
                    f"{f.hits + f.correct_rejections}/{len(p.judged)}",
                    f"{f.sensitivity:.2f}",
                    f"{f.bias:+.2f}",
                    f.leaning,
                ]
                for p in report.players
                if (f := p.fact_opinion) is not None
            ],
            {1, 2, 3},
        )
    return lines


def share(value: float | None) -> str:
    return "-" if value is None else f"{round(100 * value)}%"


def points(change: float | None) -> str:
    """A change of share in percentage points, signed."""
    return "" if change is None else f"{100 * change:+.0f} pts"


def growth_lines(growth: Growth) -> list[str]:
    """The growth section: per skill before and after, d' and c for fact or opinion, and what they mean."""
    lines = ["Growth: the news-sense check before and after the levels"]
    if growth.students:
        rows: list[list[object]] = [
            [s.skill, s.students, share(s.before), share(s.after), points(s.change)]
            for s in (*growth.skills, growth.overall)
        ]
        if (f := growth.fact_opinion) is not None:
            rows += [
                ["fact or opinion: d' (apart)", f.students, *_signed(f.sensitivity_before, f.sensitivity_after)],
                ["fact or opinion: c (leaning)", f.students, *_signed(f.bias_before, f.bias_after)],
            ]
        lines += _table(["skill", "students", "before", "after", "change"], rows, {1, 2, 3, 4})
    for sentence in growth_words(growth):
        lines += textwrap.wrap(sentence, 100, initial_indent="  ", subsequent_indent="  ")
    return lines


def _signed(before: float, after: float) -> list[str]:
    return [f"{before:+.2f}", f"{after:+.2f}", f"{after - before:+.2f}"]


CSV_COLUMNS = [
    "scope",
    "level_id",
    "level_title",
    "question_id",
    "question_type",
    "player",
    "passage",
    "answers",
    "right",
    "accuracy_percent",
    "mean_seconds",
    "fact_opinion_sensitivity",
    "fact_opinion_bias",
    "fact_opinion_leaning",
    "skill",
    "measure",
    "students",
    "before",
    "after",
    "change",
]
"""The growth rows (`scope` growth or first_form) use the last six columns; see docs/learning-check.md."""


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list)."""


def safe_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, made plain text with a leading `'` (as OWASP advises).

    Numbers stay numbers: a bias of -0.4 is a value, not a formula. Text comes from level titles,
    question ids, passages and player names, which teachers and students type.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(report: Report, path: Path) -> None:
    """One table: a row per level, per question and per player (`scope` says which), for any spreadsheet."""

    def numbers(tally: Tally) -> dict[str, object]:
        return {
            "answers": tally.total,
            "right": tally.right,
            "accuracy_percent": round(100 * tally.accuracy, 1),
            "mean_seconds": round(tally.mean_seconds, 1),
        }

    rows: list[dict[str, object]] = []
    rows += [
        {"scope": "level", "level_id": v.level_id, "level_title": v.title, **numbers(v.tally)} for v in report.levels
    ]
    rows += [
        {
            "scope": "question",
            "level_id": q.level_id,
            "level_title": q.level_title,
            "question_id": q.question_id,
            "question_type": q.question_type,
            "passage": q.passage,
            **numbers(q.tally),
        }
        for q in report.questions
    ]
    for p in report.players:
        row: dict[str, object] = {"scope": "player", "player": p.player, **numbers(p.tally)}
        if (f := p.fact_opinion) is not None:
            row |= {
                "fact_opinion_sensitivity": round(f.sensitivity, 2),
                "fact_opinion_bias": round(f.bias, 2),
                "fact_opinion_leaning": f.leaning,
            }
        rows.append(row)
    rows += _growth_rows(report.growth)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8-sig") as handle:  # the BOM tells Excel it is UTF-8
        writer = csv.DictWriter(handle, CSV_COLUMNS)
        writer.writeheader()
        writer.writerows({key: safe_cell(value) for key, value in row.items()} for row in rows)


def _growth_rows(growth: Growth) -> list[dict[str, object]]:
    """Per skill the percent right before and after; d' and c; how many took each form first."""
    if not growth.students:
        return []

    def skill_row(s: SkillGrowth) -> dict[str, object]:
        row: dict[str, object] = {"question_type": s.question_type, "skill": s.skill, "students": s.students}
        if s.before is not None and s.after is not None:
            row |= {
                "before": round(100 * s.before, 1),
                "after": round(100 * s.after, 1),
                "change": round(100 * (s.after - s.before), 1),
            }
        return {"scope": "growth", "measure": "percent_right", **row}

    rows = [skill_row(s) for s in (*growth.skills, growth.overall)]
    if (f := growth.fact_opinion) is not None:
        for measure, before, after in (
            ("d_prime", f.sensitivity_before, f.sensitivity_after),
            ("bias_c", f.bias_before, f.bias_after),
        ):
            rows.append(
                {
                    "scope": "growth",
                    "question_type": "fact_or_opinion",
                    "skill": "fact or opinion",
                    "measure": measure,
                    "students": f.students,
                    "before": round(before, 2),
                    "after": round(after, 2),
                    "change": round(after - before, 2),
                }
            )
    rows += [
        {"scope": "first_form", "level_id": form, "level_title": growth.form_titles.get(form, ""), "students": n}
        for form, n in growth.first_forms.items()
    ]
    return rows


def report_json(report: Report) -> dict[str, object]:
    """Everything the printed report says, as one JSON-ready object (fields: docs/learning-check.md)."""

    def tally(t: Tally) -> dict[str, object]:
        return {
            "answers": t.total,
            "right": t.right,
            "accuracy": round(t.accuracy, 4),
            "mean_seconds": round(t.mean_seconds, 2),
        }

    return {
        "players": len(report.players),
        "level_plays": report.plays,
        "answers": report.answers,
        "first": report.first,
        "last": report.last,
        "levels": [
            {
                "level_id": v.level_id,
                "title": v.title,
                "plays": len(v.plays),
                "players": len(v.players),
                **tally(v.tally),
            }
            for v in report.levels
        ],
        "questions": [
            {
                "level_id": q.level_id,
                "question_id": q.question_id,
                "question_type": q.question_type,
                "passage": q.passage,
                **tally(q.tally),
            }
            for q in report.questions
        ],
        "most_missed": [{"level_id": q.level_id, "question_id": q.question_id} for q in report.most_missed()],
        "fact_opinion": _discernment_json(report.fact_opinion),
        "per_player": [
            {"player": p.player, **tally(p.tally), "fact_opinion": _discernment_json(p.fact_opinion)}
            for p in report.players
        ],
        "growth": growth_json(report.growth),
    }


def _discernment_json(d: Discernment | None) -> dict[str, object] | None:
    if d is None:
        return None
    facts, opinions = recognised(d)
    return {
        "hits": d.hits,
        "misses": d.misses,
        "false_alarms": d.false_alarms,
        "correct_rejections": d.correct_rejections,
        "facts_called_facts": round(facts, 4),
        "opinions_called_opinions": round(opinions, 4),
        "sensitivity": round(d.sensitivity, 4),
        "bias": round(d.bias, 4),
        "leaning": d.leaning,
    }


def growth_json(growth: Growth) -> dict[str, object]:
    """The growth figures: shares as fractions 0-1, None where no student met a skill in both checks."""

    def rounded(value: float | None) -> float | None:
        return None if value is None else round(value, 4)

    def skill(s: SkillGrowth) -> dict[str, object]:
        return {
            "skill": s.skill,
            "question_type": s.question_type,
            "students": s.students,
            "before": rounded(s.before),
            "after": rounded(s.after),
            "change": rounded(s.change),
            "right_before": s.right_before,
            "items_before": s.items_before,
            "right_after": s.right_after,
            "items_after": s.items_after,
        }

    f = growth.fact_opinion
    return {
        "students": growth.students,
        "before_only": growth.before_only,
        "after_only": growth.after_only,
        "enough": growth.enough,
        "first_form": [
            {"level_id": form, "title": growth.form_titles.get(form, ""), "students": n}
            for form, n in growth.first_forms.items()
        ],
        "skills": [skill(s) for s in growth.skills],
        "overall": skill(growth.overall),
        "fact_opinion": None
        if f is None
        else {
            "students": f.students,
            "sensitivity_before": round(f.sensitivity_before, 4),
            "sensitivity_after": round(f.sensitivity_after, 4),
            "sensitivity_change": round(f.sensitivity_change, 4),
            "bias_before": round(f.bias_before, 4),
            "bias_after": round(f.bias_after, 4),
            "bias_change": round(f.bias_change, 4),
        },
        "meaning": growth_words(growth),
    }
