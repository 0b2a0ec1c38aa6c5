"""Splitting a sentence into the words a student can mark, for `loaded_words` questions.

A word keeps the punctuation that follows it ("laughing!)"), so the sentence
reads naturally as a row of marks, but only the word itself decides a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.content.article import Article, Span

_WORD = re.compile(r"[\w'\u2019]+(?:-[\w'\u2019]+)*")


@dataclass(frozen=True)
class Token:
    text: str  # the word as shown, with any punctuation glued to it
    start: int  # where the word itself starts in the sentence
    end: int  # where the word itself ends


def tokens(sentence: str) -> list[Token]:
    """Words in order; each is shown with the punctuation touching it, so the row reads as the sentence."""
    result: list[Token] = []
    for chunk in re.finditer(r"\S+", sentence):
        words = list(_WORD.finditer(sentence, chunk.start(), chunk.end()))
        if not words:
            if result:  # a lone dash or bracket rides with the word before it
                last = result[-1]
                result[-1] = Token(f"{last.text} {chunk.group()}", last.start, last.end)
            continue
        for i, word in enumerate(words):
            shown_start = chunk.start() if i == 0 else word.start()
            shown_end = words[i + 1].start() if i + 1 < len(words) else chunk.end()
            result.append(Token(sentence[shown_start:shown_end], word.start(), word.end()))
    return result


def phrase_tokens(sentence: str, phrase: str) -> list[int] | None:
    """Indices of the tokens a phrase covers, or None when it is not whole words of the sentence."""
    words = _WORD.findall(phrase)
    if not words:
        return None
    all_tokens = tokens(sentence)
    texts = [sentence[t.start : t.end] for t in all_tokens]
    for i in range(len(texts) - len(words) + 1):
        if texts[i : i + len(words)] == words:
            return list(range(i, i + len(words)))
    return None


def word_spans(article: Article, sentence: str, phrases: list[str]) -> list[Span]:
    """Where each phrase of a sentence sits in the article, so feedback can highlight the words themselves."""
    where = article.find(sentence)
    if where is None:
        return []
    found = article.text[where.start : where.end]
    all_tokens = tokens(found)
    spans = []
    for phrase in phrases:
        covered = phrase_tokens(found, phrase)
        if covered:
            first, last = all_tokens[covered[0]], all_tokens[covered[-1]]
            spans.append(Span(where.block, where.start + first.start, where.start + last.end))
    return spans
