"""Splitting a sentence into the words a student can mark, for `loaded_words` questions.

A word keeps the punctuation that follows it ("laughing!)"), so the sentence
reads naturally as a row of marks, but only the word itself decides a match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from game.content.article import Article, Span, fold_quotes

_WORD = re.compile(r"[\w'\u2019]+(?:-[\w'\u2019]+)*")


@dataclass(frozen=True)
class Token:
    text: str  # the word as shown, with any punctuation glued to it
    start: int  # where the word itself starts in the sentence
    end: int  # where the word itself ends


@lru_cache(maxsize=512)
def tokens(sentence: str) -> tuple[Token, ...]:
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
    return tuple(result)


_NESTED = {"\u201c": "\u2018", "\u201d": "\u2019"}


def bare(shown: str) -> str:
    """A shown token without the punctuation glued to it ("(laughing!)" -> "laughing"), for lists in feedback."""
    words = list(_WORD.finditer(shown))
    return shown[words[0].start() : words[-1].end()] if words else shown.strip()


def quoted(text: str) -> str:
    """`text` in curly double quotes; quotation marks inside become single ones, as nested quotes are written.

    A passage that itself quotes someone would otherwise end in a pile of marks (`team."”`).
    """
    text = text.strip()
    inner = []
    for i, char in enumerate(text):
        if char == '"':  # opening where a word starts, closing where one ends
            char = "\u2018" if i == 0 or text[i - 1].isspace() or text[i - 1] in "([{" else "\u2019"
        inner.append(_NESTED.get(char, char))
    return f"\u201c{''.join(inner)}\u201d"


def occurrences(sentence: str, phrase: str) -> list[list[int]]:
    """Each place a phrase stands as whole words of the sentence, as token indices (quotes straightened)."""
    words = _WORD.findall(fold_quotes(phrase))
    texts = [fold_quotes(sentence[t.start : t.end]) for t in tokens(sentence)]
    return [
        list(range(i, i + len(words)))
        for i in range(len(texts) - len(words) + 1)
        if words and texts[i : i + len(words)] == words
    ]


def phrase_tokens(sentence: str, phrase: str) -> list[int] | None:
    """Indices of every token a phrase covers (all its occurrences), or None when it is not in the sentence."""
    found = occurrences(sentence, phrase)
    return [i for place in found for i in place] or None


def word_spans(article: Article, sentence: str, phrases: list[str]) -> list[Span]:
    """Where each phrase of a sentence sits in the article, so feedback can highlight the words themselves."""
    where = article.find(sentence)
    if where is None:
        return []
    found = article.text[where.start : where.end]
    all_tokens = tokens(found)
    return [
        Span(where.block, where.start + all_tokens[place[0]].start, where.start + all_tokens[place[-1]].end)
        for phrase in phrases
        for place in occurrences(found, phrase)
    ]
