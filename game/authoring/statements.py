"""The passages of an article a question can quote: sentences and their clauses, and what each is about.

Shared by the opinion finder (`opinions.py`) and the contradiction finder
(`contradictions.py`).  Every passage is a verbatim slice of the article; `stems`
reduces one to its content words, crudely stemmed, so two passages about the same
thing ("visits rose", "visitors fell") can be recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import simplemma
import snowballstemmer

from game.authoring.attribution import quotation_spans
from game.authoring.vocabulary import REPORTING_VERBS, word_set
from game.content.article import Article, Sentence

MIN_WORDS = 4
MAX_WORDS = 35
"""A statement a card can show whole: a writer's closing judgement often runs to 30 words ("Surely it cannot be
beyond a county council and a bus operator to keep a Sunday service running for a man who wants to visit his
wife.")."""

CONTRAST_OPENER = re.compile(r"(?:However|But|Yet),?\s+")
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+[\u2014\u2013-]\s+")
_PRESUPPOSING = re.compile(
    r"(?:After|after|When|when|While|while|Although|although|Though|though|Since|since|Because"
    r"|because)\s+"
)
_LEAD_SPACE = re.compile(r"\s*")
_SUBORDINATE = word_set(
    "and but or so as which who whom whose where when while if because although though since especially "
    "after before that than until unless whether according furthermore moreover however"
)
_COMMON = word_set(
    "the a an and or but so of to in on at by for with from into about as is are was were be been has "
    "have had will would can could should may might must it its this that these those they them their "
    "there here he she his her we our you your not no never any all also than then just only very more "
    "most some such what which who last next week month year day said says told the over same own now "
    "about other each every one two three four five first new"
)
_AUXILIARIES = word_set(
    "is are was were be been am has have had do does did will would can could should may might must shall "
    "won't can't isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't wouldn't couldn't"
)
_FRAGMENT_END = word_set("that of the a an and or but to in on at by for with from is are was were as than it")
_STEMMER = snowballstemmer.stemmer("english")


@dataclass(frozen=True)
class Unit:
    """A sentence or a clause of one: a passage a question can quote (`sentence` numbers the sentence)."""

    text: str
    offset: int
    sentence: int

    @property
    def words(self) -> int:
        return len(self.text.split())


def body_sentences(article: Article) -> list[Sentence]:
    """The sentences of the paragraphs: the headline is left out."""
    return [s for s in article.sentences if s.block > 0]


def sentence_units(article: Article) -> list[tuple[Sentence, list[Unit]]]:
    """Each paragraph sentence with its clauses, split outside quotation marks.

    A leading "However," is dropped from the first clause, and so is a word such as
    "After" or "Although" whose clause the article still asserts.
    """
    result = []
    for number, sentence in enumerate(body_sentences(article)):
        text = sentence.text
        quoted = quotation_spans(text)
        opener = CONTRAST_OPENER.match(text)
        start = opener.end() if opener else 0
        cuts = [m for m in _CLAUSE_SPLIT.finditer(text, start) if not any(o < m.start() < c for o, c in quoted)]
        units = []
        for cut in [*cuts, None]:
            end = cut.start() if cut else len(text.rstrip(" .!?"))
            start = (_PRESUPPOSING.match(text, start) or _LEAD_SPACE.match(text, start)).end()
            if text[start:end].strip():
                units.append(Unit(text[start:end].strip(), sentence.start + start, number))
            start = cut.end() if cut else start
        result.append((sentence, units))
    return result


def statement_like(unit: Unit, minimum: int = MIN_WORDS) -> bool:
    """A passage that reads as a statement: not a fragment ("is that"), not a cue ("the mayor said")."""
    words = unit.text.lower().split()
    ended = unit.text.rstrip().endswith((".", "!", "?"))  # a whole sentence may end "stepped in."
    return (
        minimum <= len(words) <= MAX_WORDS
        and words[0].strip("(\"'\u201c\u2018") not in _SUBORDINATE | REPORTING_VERBS
        and (ended or words[-1].strip(".,;:!?\"'\u201d\u2019)") not in _FRAGMENT_END | REPORTING_VERBS)
        and balanced(unit.text)
        and not _name_only(unit.text)
    )


def _name_only(text: str) -> bool:
    """ "Local swimming club Ashgrove Otters": a name with a few words before it, not a statement.

    Rough on purpose: it ends in a name, and the words before the name are at most three, with no
    auxiliary, past form, present in -s or little word ("of", "the", "it") that a clause would have."""
    words = re.findall(r"[\w'\u2019]+", text)
    head = [w for w in words if not w[:1].isupper()]
    if not words or not words[-1][:1].isupper() or len(head) > 3:
        return False
    return not any(
        w in _AUXILIARIES | _COMMON or (w.endswith(("ed", "s")) and not w.endswith(("ss", "'s"))) for w in head
    )


def balanced(text: str) -> bool:
    """Every quotation mark in `text` is paired, so a quotation is never cut in half."""
    inside = sum(close - start + 1 for start, close in quotation_spans(text))
    marks = sum(text.count(m) for m in '"\u201c\u201d')
    paired = sum(text[o] in '"\u201c' for o, _ in quotation_spans(text)) * 2
    return marks == paired and inside <= len(text)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A word's stem, enough to match "knew" with "known", "sold" with "selling" and "prosecute" with
    "prosecutions": simplemma's dictionary lemma (irregular forms), then the Snowball English stemmer."""
    word = word.lower().replace("\u2019", "'").removesuffix("'s").strip("'")
    return _STEMMER.stemWord(simplemma.lemmatize(word, "en")) if word.isalpha() else word


def stems(text: str) -> dict[str, bool]:
    """Content words, stemmed, each mapped to whether it is a name (capitalised)."""
    return dict(_stems(text))


@lru_cache(maxsize=8192)
def _stems(text: str) -> tuple[tuple[str, bool], ...]:
    """`stems`, kept per passage: every pair of passages is compared."""
    words = re.findall(r"[A-Za-z][A-Za-z'\u2019]*", text)
    found: dict[str, bool] = {}
    for word in reversed(words):
        if len(word) > 2 and word.lower() not in _COMMON:
            found[stem(word)] = word[0].isupper()
    return tuple(found.items())


def topic(text: str) -> set[str]:
    return set(stems(text))


def overlap(a: str, b: str) -> int:
    """How much two passages are about the same thing: shared content words, names counting double."""
    first, second = stems(a), stems(b)
    return sum(2 if first[s] or second[s] else 1 for s in first.keys() & second.keys())
