"""Loaded-words candidates: the words that judge, in the opinion sentences the draft found.

A word is offered when it is one of the clues `opinions.py` reads as a judgement or
a stance ("frankly", "shambles", "clearly unfair"): each comes with the reason a
student can reuse.  The teacher deletes any that is not loaded in its sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.authoring.opinions import OPINION_CLUES, Statement, clue_words
from game.content.words import phrase_tokens, tokens

MAX_WORDS = 30
"""The validator's limit: a longer sentence does not fit a small screen."""
_WHY = {
    "stance": "\u201c{word}\u201d tells you how the writer feels about it, not what happened.",
    "judgement": "\u201c{word}\u201d judges rather than describes: someone else could see it differently.",
    "hedge": "\u201c{word}\u201d gives an impression, not a checked fact.",
    "ought": "\u201c{word}\u201d says what ought to happen: a recommendation, not a report.",
}


@dataclass(frozen=True)
class Loaded:
    """A sentence and its loaded words, each with why."""

    sentence: str
    offset: int
    words: tuple[tuple[str, str], ...]


def loaded_words(opinions: list[Statement]) -> list[Loaded]:
    """Every opinion passage that fits on a screen and has a loaded word, in article order."""
    found = []
    for statement in opinions:
        if len(tokens(statement.text)) > MAX_WORDS:
            continue
        words: dict[str, str] = {}
        for reason, pattern in OPINION_CLUES:
            if reason not in _WHY:
                continue
            for word in clue_words(reason, pattern, statement.text):
                if word.lower() not in {w.lower() for w in words} and phrase_tokens(statement.text, word):
                    words[word] = _WHY[reason].format(word=word)
        if words:
            found.append(Loaded(statement.text, statement.offset, tuple(words.items())))
    return found
