"""A news article as the evidence every level points into.

The file is kept byte-exact in `seeds/`; its first line is the headline and
every further non-empty line is a paragraph.  `Article.find` locates a
passage verbatim, forgiving only differences a teacher cannot see in an
editor: runs of whitespace and straight versus curly quotation marks.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from pathlib import Path

from game.content.files import read_limited

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


@dataclass(frozen=True)
class Closest:
    """The passage of the article most like a passage that was not found, for "did you mean" hints."""

    text: str
    line: int
    similarity: float


_SPACES = re.compile(r"\s+")  # the same characters as str.isspace()


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
        out += (text[kept : run.start()], " ")
        where += range(kept, run.start() + 1)
        kept = run.end()
    out.append(text[kept:])
    where += range(kept, len(text))
    return "".join(out), where


def _fold_text(text: str) -> str:
    """`_fold` without the offsets, for the passage being looked for."""
    return _SPACES.sub(" ", fold_quotes(text))


@functools.lru_cache(maxsize=32)
def _shared(cls: type[Article], text: str, name: str) -> Article:
    """Keyed by content, not path: an edited file is a new article."""
    return cls(text, name)


class Article:
    """Headline, paragraphs and sentences of one seed text, with exact character offsets."""

    def __init__(self, text: str, name: str = "article") -> None:
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
    def from_file(cls, path: Path) -> Article:
        """The article in `path`: one object per text, as the levels of a pack mostly share a few articles.

        (Checking a level folds the whole article; a 20-level pack of one article did it 20 times.)
        """
        return _shared(cls, read_limited(path, MAX_ARTICLE_BYTES).decode("utf-8-sig"), path.name)

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

    def closest(self, passage: str) -> Closest:
        """The sentence window most similar to `passage`, so an author sees what they probably meant."""
        needle = _fold_text(passage.strip())
        best = Closest(self.headline, 1, -1.0)
        for sentence in self.sentences:
            folded, where = _fold(sentence.text)
            matcher = SequenceMatcher(None, folded, needle, autojunk=False)
            blocks = [b for b in matcher.get_matching_blocks() if b.size]
            if not blocks:
                continue
            lo = max(0, blocks[0].a - blocks[0].b)
            hi = min(len(folded), blocks[-1].a + blocks[-1].size + (len(needle) - blocks[-1].b - blocks[-1].size))
            window = folded[lo:hi]
            score = SequenceMatcher(None, window, needle, autojunk=False).ratio()
            if score > best.similarity:
                start = sentence.start + where[lo] if lo < len(where) else sentence.start
                best = Closest(window, self.line_of(start), score)
        return best
