"""What each question type practises, in the words a student and a teacher see (level list, summary, report).

Kept apart from the level model so the screens that name skills start without pydantic.
"""

from __future__ import annotations

SKILL_NAMES = {
    "who_said": "Who said it?",
    "fact_or_opinion": "Fact or opinion?",
    "contradiction": "What contradicts what?",
    "loaded_words": "Loaded words",
    "source_chain": "How did it reach you?",
    "choice": "Read closely",
}
