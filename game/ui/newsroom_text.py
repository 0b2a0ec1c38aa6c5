"""Every word of the newsroom frame in one place, so it can be translated later.

The frame is the role the game gives the student: the new fact-checker at a
newspaper, with an editor, an assignment board, a desk and tomorrow's front
page. The teaching texts (prompts, explanations) live with the questions and
levels; these are only the frame's. Editor lines are friendly, never mocking,
one line at most, and never shown while a question is being read.
"""

from __future__ import annotations

MASTHEAD = "The Byline"
MOTTO = "Checked before it is printed"
ROLE_LINE = "You are the new fact-checker. The evening deadline is coming."

BOARD_TITLE = "Assignment board"
DESK_TITLE = "On your desk"

ACCURACY = "Accuracy {percent}%"
ACCURACY_NONE = "No story done yet"
ACCURACY_DETAIL = "{right} of {total} checks right, across every story"

CARD_STATUS = {
    "new": "New story",
    "in_progress": "In progress",
    "done": "Checked",
    "locked": "Locked",
}
CARD_LOCKED = "Earn a star on the story before to unlock it."
CARD_DETAIL = "{count} checks · {skills}"

EDITOR_NAME = "Rosa, your editor"

EDITOR_BRIEF = (
    "This one goes to print tonight. Check it carefully.",
    "Fresh story on your desk. Read it, then we check it.",
    "Deadline's at six. The article has the answers.",
    "Good to have you on this one. Every check counts.",
)
"""The editor hands over a story (the desk, before the article is read)."""

EDITOR_RIGHT = (
    "Nice catch. That one can go to print.",
    "Exactly right. Stamp it.",
    "Good work: that's how a checker reads.",
    "Spot on. On to the next line.",
)
EDITOR_WRONG = (
    "Easy to miss. The clue below is worth keeping.",
    "Not this time, and that's what checking is for.",
    "Close. Look at the highlighted part: it shows the way.",
    "No harm done: we caught it before print.",
)
EDITOR_STREAK = "{streak} in a row. You're on a roll."

FRONT_PAGE_TITLE = "Tomorrow's front page"
FRONT_PAGE_DATELINE = "Tomorrow's edition · {right} of {total} right"
FRONT_PAGE_EDITOR = (
    "It's on the front page. Thanks to you, tomorrow's readers get it straight.",
    "Signed off. Look at your stamps: every one is a reader who was not misled.",
)
FRONT_PAGE_EDITOR_REVIEW = "Off to print. The red marks are worth a second look."
FRONT_PAGE_CONTINUE = "See my scores"
FRONT_PAGE_MORE = "+{count} more checks: see my scores"

STAMPS = {
    "who_said": "VERIFIED: {answer}",
    "fact_or_opinion:opinion": "OPINION FLAGGED",
    "fact_or_opinion:fact": "FACT CHECKED",
    "contradiction": "CONTRADICTION",
    "loaded_words": "LOADED WORDS MARKED",
    "source_chain": "SOURCE TRACED",
}
STAMP_VERIFIED = "VERIFIED"
"""A quote's stamp without the name, where a narrow column of the front page has no room for the name."""
STAMP_CHECKED = "CHECKED"
"""For a kind of question that has no stamp of its own."""
STAMP_REVIEW = "FOR REVIEW"

STREAK = "Streak"
PROGRESS = "Check {number} of {total}"


def stamp_text(kind: str, answer: str) -> str:
    """The stamp a right answer of `kind` earns; `answer` is the right choice (a name, fact or opinion)."""
    template = STAMPS.get(f"{kind}:{answer}") or STAMPS.get(kind) or STAMP_CHECKED
    return template.format(answer=answer)


def pick(lines: tuple[str, ...], seed: int) -> str:
    """One of `lines`, the same for the same seed: varied across questions, stable on a redraw."""
    return lines[seed % len(lines)]
