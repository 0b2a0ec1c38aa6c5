"""The news-sense check and its refreshers: which form a student takes when, and which items come back when.

Pure rules on a player's `Progress` and a time given to them (seconds since the epoch), so tests move time
at will. The forms are ordinary levels with `check: A | B` (`Pack.checks`); the screens are the UI's job.

- Counterbalancing: half the profiles take form B first, so a harder form cannot pass for learning or
  forgetting. A new profile gets the form fewer profiles on this computer took first (a tie goes by a
  stable hash of its name), and keeps it for good: it is saved in its progress.
- The before-check is due until it is taken, as long as no level has been played; the after-check (the
  other form) is offered once every level has been finished, or at once when the teacher asks for it.
  A check left half-way goes on from its first unanswered item (`Progress.check_unfinished`); it is taken,
  and recorded for the report, only once its last item is answered.
- Refreshers (retrieval practice): every item a student misses, in a level or the check, is scheduled to come
  back after the gap (default 7 days). In a refresher, an item answered right waits twice as long as last
  time before it comes back; one missed comes back at the next refresher, a gap later.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from typing import Literal

from game.content.progress import CheckTaken, ItemAnswer, Progress, Review

Form = Literal["A", "B"]
Phase = Literal["before", "after", "refresher"]

FORMS: tuple[Form, Form] = ("A", "B")
DAY = 24 * 60 * 60.0
DEFAULT_GAP_DAYS = 7.0
REFRESHER_ITEMS = 5
"""At most this many items in one refresher: about two minutes at some 20 seconds an item."""


def first_form(name: str, others_first: Iterable[str]) -> Form:
    """The form to give first to a new profile: the one fewer other profiles were given first; on a tie, a
    stable hash of the name (the same on every computer and every run, unlike Python's own `hash`)."""
    given = list(others_first)
    a, b = given.count("A"), given.count("B")
    if a != b:
        return "A" if a < b else "B"
    import hashlib  # here, not at the top: the title screen imports this module, and hashlib loads OpenSSL

    return FORMS[hashlib.sha256(name.encode("utf-8")).digest()[0] % 2]


def assign_form(progress: Progress, name: str, others_first: Iterable[str]) -> Form:
    """The profile's first form, chosen once and then kept in its progress."""
    if progress.first_form is None:
        progress.first_form = first_form(name, others_first)
    return progress.first_form


def other(form: Form) -> Form:
    return "B" if form == "A" else "A"


def taken(progress: Progress, phase: Phase) -> bool:
    return any(t.phase == phase for t in progress.check_history)


def form_for(progress: Progress, phase: Literal["before", "after"]) -> Form:
    """Which form a phase uses: the first form before, the other one after (the first form must be assigned)."""
    assert progress.first_form is not None, "assign_form first"
    return progress.first_form if phase == "before" else other(progress.first_form)


def before_due(progress: Progress) -> bool:
    """The before-check comes before the first level: due until taken, unless levels were played without it
    (a profile older than the check), when it could no longer measure a starting point."""
    started = any(record.plays for record in progress.levels.values()) or bool(progress.unfinished)
    return not taken(progress, "before") and not started


def after_offered(progress: Progress, level_ids: Iterable[str], *, asked: bool = False) -> bool:
    """The after-check, once: when every level of the pack has been finished, or when the teacher asks."""
    if taken(progress, "after"):
        return False
    ids = list(level_ids)
    finished = bool(ids) and all(progress.levels.get(i) and progress.levels[i].plays for i in ids)
    return asked or finished


def record_check(progress: Progress, phase: Phase, form: str, answers: list[ItemAnswer], now: float) -> None:
    """Keep a finished check or refresher's answers in the profile's progress (never in the accuracy rating); a
    check's half-way checkpoint goes: it is done."""
    progress.check_history.append(CheckTaken(phase, form, now, answers))
    if phase != "refresher":
        progress.check_unfinished.pop(phase, None)


def schedule_missed(progress: Progress, missed: Iterable[tuple[str, str]], now: float, gap_days: float) -> None:
    """Put each missed (level id, question id) in the refresher schedule, a gap from now (once: an item
    already scheduled keeps its place)."""
    scheduled = {(r.level, r.question) for r in progress.reviews}
    for level, question in missed:
        if (level, question) not in scheduled:
            progress.reviews.append(Review(level, question, now + gap_days * DAY, gap_days))
            scheduled.add((level, question))


def due_reviews(
    progress: Progress, now: float, limit: int = REFRESHER_ITEMS, known: Container[tuple[str, str]] | None = None
) -> list[Review]:
    """The items a refresher asks now: those due, the longest waiting first, at most `limit`; with `known` (the
    (level id, question id) of the levels loaded now), only those: a profile may play another folder's levels
    for a while, and its schedule for these waits, kept."""
    due = (r for r in progress.reviews if r.due <= now and (known is None or (r.level, r.question) in known))
    return sorted(due, key=lambda r: r.due)[:limit]


def refresher_due(progress: Progress, now: float, known: Container[tuple[str, str]] | None = None) -> bool:
    return bool(due_reviews(progress, now, 1, known))


def reviewed(progress: Progress, review: Review, correct: bool, now: float, gap_days: float) -> None:
    """Move an item answered in a refresher: right waits twice as long as it last did, wrong comes back next time."""
    wait = review.wait_days * 2 if correct else gap_days
    index = progress.reviews.index(review)
    progress.reviews[index] = Review(review.level, review.question, now + wait * DAY, wait)
