"""What each question type practises, in the words a student and a teacher see (level list, summary, report).

Kept apart from the level model so the screens that name skills start without pydantic.
"""

from __future__ import annotations

from game.content.words import quoted

SKILL_NAMES = {
    "who_said": "Who said it?",
    "fact_or_opinion": "Fact or opinion?",
    "contradiction": "What contradicts what?",
    "loaded_words": "Loaded words",
    "source_chain": "How did it reach you?",
    "choice": "Read closely",
}

CHECK_SKILLS = {
    "who_said": "attribution",
    "fact_or_opinion": "fact or opinion",
    "contradiction": "contradiction",
    "source_chain": "source",
}
"""The four skills the news-sense check measures, by the question type that asks them, in report order."""

ASKED_IN_OWN_WORDS = frozenset({"source_chain", "choice"})
"""Types whose `passage` is the teacher's question, not words of the article."""


def shown_passage(question_type: str, passage: str) -> str:
    """A question's passage as students and teachers see it: in quotation marks when it is the article's words."""
    return passage if question_type in ASKED_IN_OWN_WORDS else quoted(passage)
