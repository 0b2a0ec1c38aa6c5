"""A news article as the evidence every level points into.

The file is kept byte-exact in `seeds/`; its first line is the headline and
every further non-empty line is a paragraph.  `Article.find` locates a
passage verbatim, forgiving only differences a teacher cannot see in an
editor: runs of whitespace, invisible characters (a soft hyphen, a zero-width
space) and straight versus curly quotation marks.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

MAX_ARTICLE_BYTES = 1024 * 1024
"""A long feature is under 100 KB; more is not an article a class reads in a lesson."""

_QUOTE_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'"})
_SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(]?[A-Z0-9])""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Sgt|Capt|Lt|Col|Dept|Inc|Ltd|Co|No|vs|etc|approx|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|(?:\b[A-Z]\.)+[A-Z]|\b[A-Z])\.$"
)
"""A full stop that ends a title, a month, initials ("J.") or an acronym ("U.S."), not a sentence."""


@dataclass(frozen=True)
class Span:
    """Where a passage sits: `block` 0 is the headline, 1.. the paragraphs; offsets index `Article.text`."""

    block: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    block: int
    start: int
    end: int
    text: str


def overlaps(a: Span | Sentence, b: Span | Sentence) -> bool:
    """Two passages share a character: a citation counts when the sentence pointed at overlaps the evidence."""
    return a.start < b.end and b.start < a.end


@dataclass(frozen=True)
class Closest:
    """The passage of the article most like a passage that was not found, for "did you mean" hints."""

    text: str
    line: int
    similarity: float


_WORD = re.compile(r"\w+")
CLOSEST_CANDIDATES = 4
RARE_WORDS = 4
"""A "did you mean" compares closely only the sentences that share the passage's rarest words."""
_LONE_CR = re.compile(r"\r(?!\n)")
_INVISIBLE = (
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"
)
"""Characters an editor does not show (soft hyphen, zero-width spaces and joiners, direction marks)."""
_SPACES = re.compile(rf"[\s{_INVISIBLE}]+")  # whitespace as str.isspace() has it, with the invisible ones


def fold_quotes(text: str) -> str:
    """Curly quotation marks made straight, the only difference `find` forgives besides spacing."""
    return text.translate(_QUOTE_FOLD)


def _fold(text: str) -> tuple[str, list[int]]:
    """Normalise quotes and whitespace, keeping for each kept char its offset in `text`.

    Whole runs are copied at a time (not char by char): validating a big pack folds every passage.
    """
    text = fold_quotes(text)
    out: list[str] = []
    where: list[int] = []
    kept = 0
    for run in _SPACES.finditer(text):
        space = _space(run.group())
        out += (text[kept : run.start()], space)
        where += range(kept, run.start() + len(space))
        kept = run.end()
    out.append(text[kept:])
    where += range(kept, len(text))
    return "".join(out), where


def _space(run: str) -> str:
    """A run of whitespace is one space; invisible characters alone are nothing (`sim\u00adply` is `simply`)."""
    return " " if run.isspace() or run.strip(_INVISIBLE) else ""


def _fold_text(text: str) -> str:
    """`_fold` without the offsets, for the passage being looked for."""
    return _SPACES.sub(lambda run: _space(run.group()), fold_quotes(text))


@functools.lru_cache(maxsize=32)
def _shared(cls: type[Article], text: str, name: str) -> Article:
    """Keyed by content, not path: an edited file is a new article."""
    return cls(text, name)


class Article:
    """Headline, paragraphs and sentences of one seed text, with exact character offsets."""

    def __init__(self, text: str, name: str = "article") -> None:
        text = _LONE_CR.sub("\n", text)  # old Mac line ends: one character for one, so no offset moves
        self.text = text
        self.name = name
        self.blocks: list[tuple[int, int]] = []
        offset = 0
        for line in text.split("\n"):  # only newlines break paragraphs, as in the line numbers of messages
            line += "\n"
            body = line.rstrip("\r\n")
            if body.strip():
                self.blocks.append((offset, offset + len(body)))
            offset += len(line)
        if not self.blocks:
            raise ValueError(f"{name} is empty")

    @classmethod
    def shared(cls, text: str, name: str) -> Article:
        """One object per text, as the levels of a pack mostly share a few articles.

        (Checking a level folds the whole article; a 20-level pack of one article did it 20 times.)
        """
        return _shared(cls, text, name)

    @classmethod
    def from_file(cls, path: Path) -> Article:
        """The article in `path`, read as every article is (`articlefile.read_article`: regular files only,
        a size cap, Windows-1252 with a warning); raises its ArticleFileError or OSError."""
        from game.content.articlefile import read_article  # it builds on this module

        return read_article(path).article

    @property
    def headline(self) -> str:
        return self.block_text(0)

    @property
    def paragraphs(self) -> list[str]:
        return [self.block_text(i) for i in range(1, len(self.blocks))]

    def block_text(self, block: int) -> str:
        start, end = self.blocks[block]
        return self.text[start:end]

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset, for messages that point into the article file."""
        return self.text.count("\n", 0, offset) + 1

    @cached_property
    def sentences(self) -> list[Sentence]:
        found: list[Sentence] = []
        for block, (start, end) in enumerate(self.blocks):
            body = self.text[start:end]
            cut = 0
            for match in _SENTENCE_END.finditer(body):
                if _ABBREVIATION.search(body, 0, match.start() + 1):
                    continue  # "Mr. Kim", "the U.S. State Dept. said": not the end of a sentence
                stop = match.end() - len(match.group()) + len(match.group().rstrip())
                found.append(Sentence(block, start + cut, start + stop, body[cut:stop]))
                cut = match.end()
            if body[cut:].strip():
                found.append(Sentence(block, start + cut, end, body[cut:].rstrip()))
        return found

    def sentences_in(self, block: int) -> list[Sentence]:
        return [s for s in self.sentences if s.block == block]

    @cached_property
    def _folded_blocks(self) -> list[tuple[str, list[int]]]:
        return [_fold(self.text[start:end]) for start, end in self.blocks]

    def find(self, passage: str) -> Span | None:
        """The exact span of `passage` within one block, or None when the article does not contain it."""
        return next(self._places(passage), None)

    def find_all(self, passage: str) -> list[Span]:
        """Every place `passage` stands as whole words (not "fair" inside "unfair"), in reading order."""
        return list(self._places(passage))

    def _places(self, passage: str) -> Iterator[Span]:
        needle = _fold_text(passage.strip())
        if not needle:
            return
        for block, (folded, where) in enumerate(self._folded_blocks):
            at = folded.find(needle)
            while at >= 0:
                end = at + len(needle)
                cut_before = at > 0 and needle[0].isalnum() and folded[at - 1].isalnum()
                cut_after = end < len(folded) and needle[-1].isalnum() and folded[end].isalnum()
                if not (cut_before or cut_after):
                    base = self.blocks[block][0]
                    yield Span(block, base + where[at], base + where[end - 1] + 1)
                at = folded.find(needle, at + 1)

    @cached_property
    def _folded_sentences(self) -> list[tuple[str, list[int]]]:
        return [_fold(sentence.text) for sentence in self.sentences]

    @cached_property
    def _word_index(self) -> dict[str, list[int]]:
        """Each word of the paragraphs, lower-case, to the sentences it stands in."""
        index: dict[str, list[int]] = defaultdict(list)
        for number, (text, _) in enumerate(self._folded_sentences):
            for word in set(_WORD.findall(text.lower())):
                index[word].append(number)
        return index

    def _sharing_words(self, needle: str) -> list[int]:
        """The sentences sharing the rarest words with `needle`: the few worth comparing closely.
        All of them when it shares no word with any."""
        index = self._word_index
        rare = sorted((len(index[w]), w) for w in set(_WORD.findall(needle.lower())) if w in index)[:RARE_WORDS]
        scores: Counter[int] = Counter()
        for count, word in rare:
            scores.update(dict.fromkeys(index[word], 1 / count))
        return [number for number, _ in scores.most_common(CLOSEST_CANDIDATES)] or list(range(len(self.sentences)))

    def closest(self, passage: str) -> Closest:
        """The sentence window most similar to `passage`, so an author sees what they probably meant.

        rapidfuzz finds the best sentence and the window in it (C++: a 90 KB article has
        a thousand sentences, and a level may have forty quotes that are not in it). It is
        imported only here, for a quote that is not found: a game whose levels are right never
        loads it (3 MiB, and 25 ms of loading the levels).
        """
        from rapidfuzz import fuzz, process

        needle = _fold_text(passage.strip())
        choices = {i: self._folded_sentences[i][0] for i in self._sharing_words(needle)}
        best = process.extractOne(needle, choices, scorer=fuzz.partial_ratio) if needle else None
        if best is None or best[1] == 0:
            return Closest(self.headline, 1, -1.0)
        text, where = self._folded_sentences[best[2]]
        start = self.sentences[best[2]].start
        if len(needle) >= len(text):
            window, lo = text, 0
        else:
            aligned = fuzz.partial_ratio_alignment(needle, text)
            lo, hi = aligned.dest_start, aligned.dest_end
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
            while lo > 0 and text[lo - 1].isalnum():  # whole words: the alignment may cut one
                lo -= 1
            while hi < len(text) and text[hi].isalnum():
                hi += 1
            if lo > 0 and not needle[0].isalnum() and text[lo - 1] == needle[0]:
                lo -= 1  # the passage's own opening or closing mark, when it has one
            while lo < hi and not text[lo].isalnum() and text[lo] != needle[0]:
                lo += 1  # an opening mark the passage does not have is not where it differs
            if hi < len(text) and not needle[-1].isalnum() and text[hi] == needle[-1]:
                hi += 1
            elif 0 < hi < len(text) and not needle[-1].isalnum() and text[hi - 1].isalnum() and not text[hi].isspace():
                hi += 1  # the mark where the passage has its own (`this,` against `this.`)
            window = text[lo:hi]
        at = start + where[lo] if lo < len(where) else start
        return Closest(window, self.line_of(at), fuzz.ratio(window, needle) / 100)
