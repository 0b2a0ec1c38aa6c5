"""Figures and clock times in a passage, however they are written, as numbers that can be compared.

News writes the same kind of figure in many ways: "2,000 jobs", "two thousand jobs",
"a dozen passengers", "a third of the homes", "one in ten", "half of the crew",
"85 percent"; and times as "7 a.m.", "2pm", "half past nine", "a quarter past four".
Number words are read by text2num (`alpha2digit`), a library made for it; the shapes
around the numbers (shares, clock times) are parsed here.  Each result keeps the words
of the passage it came from, for the explanation a teacher reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from text_to_num import alpha2digit

from game.authoring.statements import stem
from game.authoring.vocabulary import word_set

_SCALES = {"million": 1e6, "billion": 1e9, "thousand": 1e3, "1000000": 1e6, "1000000000": 1e9, "1000": 1e3}
"""text2num writes "1.2 million" as "1.2 1000000": the second number scales the first."""
_NUMBER = re.compile(
    r"(?<![\w.:])(?<!\d-)(\d(?:[\d,]*\d)?(?:\.\d+)?)(?!\s*(?:[ap]\.?\s?m\b|o'clock|st\b|nd\b|rd\b|th\b|[:.]\d))"
    r"(?:\s*(million|billion|thousand|1000000000\b|1000000\b|1000\b))?(?:\s*(%|per\s?cent\b|percent\b))?"
)
_DOZEN = re.compile(r"\b(?:(a|\d+)\s+)dozen\b", re.I)
_FRACTION = re.compile(
    r"\b(?:(a|an|one|\d+)\s+(?:(\d+)(?:st|nd|rd|th)s?|(half|quarters?))|(?:(?<!\w\s)|(?<=than\s))(half))\b(?!\s+(?:past|to)\b)",
    re.I,
)
_IN_EVERY = re.compile(r"\b(one|\d+)\s+(?:in|out of)\s+(?:every\s+)?(\d+)\b", re.I)
_WHOLE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:\d[\d,]*\s+)?([a-z]+)")
_ALL_BUT = re.compile(r"\ball\s+but\s+(\d+|an?|one|two|three)\s+of\s+(?:the|its|their)\s+(\d[\d,]*)(?=\s+[a-z])", re.I)
"""All but some of a whole ("all but 3 of the 52 plots"): the rest, as a share of that whole."""
_CURRENCIES = {"\u00a3": "pound", "$": "dollar", "\u20ac": "euro"}
_NOT_MEASURES = word_set("and or but on in at of to for from by with over under as than that which who is are was were")
"""Words that can follow a figure without saying what it counts ("600,000 and says", "87 over the period")."""
_CLOSING_MARKS = '"\u201d\u2019'
_UNIT_WORD = re.compile(
    rf"[{_CLOSING_MARKS}]?\s+(?:(?:more|fewer|than|about|around|some|dead|new|extra|full-time)\s+)*([a-z]+)"
)
"""The word after a figure that says what it counts, past a closing quotation mark ("fewer than 30,000" customers)."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_GOVERNING = re.compile(
    r"\b([a-z]{3,})\s+of\s+(?:(?:about|around|some|nearly|almost|over|just|more than|less than)\s+)?$"
)
"""The noun a figure is the amount of: "a profit of (about) ..."."""
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s?m\b\.?|\b(\d{1,2})\s+o'clock\b", re.I)
_PAST_TO = re.compile(r"\b(half|(?:a\s+)?quarter|(\d+)\s+minutes?)\s+(past|to)\s+(\d{1,2})\b", re.I)
_NAMED_TIMES = {"noon": 720, "midday": 720, "midnight": 0}
_NAMED_TIME = re.compile(r"\b(noon|midday|midnight)\b", re.I)
HALF_DAY = 12 * 60
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_SEASONS = {
    "spring": frozenset({3, 4, 5}),
    "summer": frozenset({6, 7, 8}),
    "autumn": frozenset({9, 10, 11}),
    "fall": frozenset({9, 10, 11}),
    "winter": frozenset({12, 1, 2}),
}
_WHEN = re.compile(
    r"\b(?:(?:in|by|from|until|before|after|during)\s+)(?:the\s+)?(?:(?:early|late|end of|start of)\s+)?"
    r"(?P<name>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|spring|summer|autumn|winter)\b(?:\s+(?:of\s+)?(?:(?P<which>next|this|last)\s+year|(?P<year>(?:19|20)\d\d)))?"
)
"""A month or season after a preposition ("in May", not the name May), with its year if given."""
_NOT_EVENTS = word_set("that this with will would should could have been from into they their there what when")
_MODALS = word_set("will would should could may might must to")
"""Before a verb: "will reopen", "to open". The event of a date is a verb or an -ing or -ed form before it."""


@dataclass(frozen=True)
class Quantity:
    """A figure: its value, what it counts (a stemmed word; `share` for a part of a whole), its words,
    and the noun it is the amount of ("a grant of 200,000 pounds": `grant`), if the passage says."""

    value: float
    measure: str
    text: str
    of: str = ""


@dataclass(frozen=True)
class ClockTime:
    """A time of day in minutes after midnight; `half_day` when a.m. or p.m. is not said."""

    minutes: int
    half_day: bool
    text: str

    def differs(self, other: ClockTime) -> bool:
        if self.half_day or other.half_day:
            return self.minutes % HALF_DAY != other.minutes % HALF_DAY
        return self.minutes != other.minutes


class _Digits:
    """A passage with its number words written as digits, and the way back to the passage's own words."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.text = alpha2digit(text, "en")
        self._map = self._alignment()

    def _alignment(self) -> list[tuple[int, int, int, int]]:
        """(start, end) in the digits text -> (start, end) in the original, one row per run of words."""
        ours = list(re.finditer(r"\S+", self.text))
        theirs = list(re.finditer(r"\S+", self.original))
        rows = []
        matcher = SequenceMatcher(None, [m.group() for m in ours], [m.group() for m in theirs], autojunk=False)
        for _, i1, i2, j1, j2 in matcher.get_opcodes():
            if i1 < i2 and j1 < j2:
                rows.append((ours[i1].start(), ours[i2 - 1].end(), theirs[j1].start(), theirs[j2 - 1].end()))
        return rows

    def words(self, start: int, end: int) -> str:
        """The original words behind `text[start:end]`."""
        rows = [r for r in self._map if r[0] < end and r[1] > start]
        if not rows:
            return self.text[start:end]
        first, last = rows[0], rows[-1]
        begin = first[2] + (start - first[0] if first[1] - first[0] == first[3] - first[2] else 0)
        finish = last[3] - (last[1] - end if last[1] - last[0] == last[3] - last[2] else 0)
        return self.original[begin:finish].strip(" ,.;:")


_SMALL_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0}
"""Number words text2num may leave as words ("all but two of ...")."""


def _number(word: str) -> float:
    return _SMALL_NUMBERS.get(word.lower()) or float(word.replace(",", ""))


def quantities(text: str) -> list[Quantity]:
    """Every figure in `text` that is not a year, a name ("Year 9"), an ordinal or a clock time."""
    return list(_quantities(text))


@lru_cache(maxsize=4096)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """`quantities`, kept per passage: contradiction finding asks about every pair of passages."""
    digits = _Digits(text)
    found: list[Quantity] = []
    taken = [m.span() for pattern in (_CLOCK, _PAST_TO) for m in pattern.finditer(digits.text)]
    for start, end, value, measure in [*_shares(digits.text), *_counts(digits.text)]:
        words = digits.words(start, end)
        if any(start < e and end > s for s, e in taken) or (_YEAR.fullmatch(words) and not measure.startswith("share")):
            continue  # a clock time, or a year ("in 2023"; but "two thousand" is a count)
        taken.append((start, end))
        governing = _GOVERNING.search(digits.text, 0, start)
        found.append(Quantity(value, measure, words, stem(governing.group(1)) if governing else ""))
    return found


def _shares(text: str) -> Iterator[tuple[int, int, float, str]]:
    """ "a third of the homes", "half of the crew", "one in ten", "85 percent of capacity", "all but 3 of the
    52 plots": percent of a whole."""
    for match in _ALL_BUT.finditer(text):
        whole, unit = float(match.group(2).replace(",", "")), _UNIT_WORD.match(text, match.end())
        if whole > 0 and unit:
            rest = 100 * (whole - _number(match.group(1))) / whole
            yield match.start(), unit.end(), rest, f"share:{stem(unit.group(1))}"
    for match in _FRACTION.finditer(text):
        count, ordinal, word, alone = match.groups()
        name = (word or alone or "").lower()
        parts = 2 if name == "half" else 4 if name.startswith("quarter") else int(ordinal or 0)
        if parts >= 2:
            share = (1.0 if alone else _number(count)) * 100 / parts
            yield match.start(), match.end(), share, _share_of(text, match.end())
    for match in _IN_EVERY.finditer(text):
        yield match.start(), match.end(), _number(match.group(1)) * 100 / max(1, int(match.group(2))), "share"
    for match in _NUMBER.finditer(text):
        if match.group(3):
            yield match.start(), match.end(), _number(match.group(1)), _share_of(text, match.end())


def _share_of(text: str, end: int) -> str:
    """`share:capacity` for "85 percent of capacity": two shares compare only when they are of the same whole."""
    whole = _WHOLE.match(text, end)
    return f"share:{stem(whole.group(1))}" if whole else "share"


def _counts(text: str) -> Iterator[tuple[int, int, float, str]]:
    for match in _DOZEN.finditer(text):
        unit = _UNIT_WORD.match(text, match.end())
        yield match.start(), unit.end() if unit else match.end(), _number(match.group(1)) * 12, _measure(unit)
    for match in _NUMBER.finditer(text):
        number, scale, _ = match.groups()
        before = text[: match.start()].split()
        if before and before[-1][:1].isupper():
            continue  # a name such as "Year 9"
        value = _number(number) * _SCALES.get(scale or "", 1)
        currency = _CURRENCIES.get(text[match.start() - 1 : match.start()])
        if currency:
            yield (
                match.start() - 1,
                match.end(),
                value,
                currency,
            )  # "\u00a32.4 million": pounds, as "2.4 million pounds"
            continue
        unit = _UNIT_WORD.match(text, match.end())
        quoted = unit is not None and unit.group()[:1] in _CLOSING_MARKS  # "30,000" alone, its unit past the mark
        yield match.start(), unit.end() if _measure(unit) and not quoted else match.end(), value, _measure(unit)


def _measure(unit: re.Match[str] | None) -> str:
    """What a count counts, stemmed ("jobs", "pound"), from the word after it; not a word such as "and"."""
    return stem(unit.group(1)) if unit and unit.group(1) not in _NOT_MEASURES else ""


def clock_times(text: str) -> list[ClockTime]:
    """Every time of day in `text`: "7 a.m.", "2pm", "9.30pm", "nine o'clock", "half past nine", "noon"."""
    digits = _Digits(text)
    found: list[ClockTime] = []
    for match in _CLOCK.finditer(digits.text):
        hour, minute, half, bare = match.groups()
        hours = int(hour or bare) % 12 + (12 if (half or "").lower() == "p" else 0)
        found.append(ClockTime(hours * 60 + int(minute or 0), half is None, digits.words(*match.span())))
    for match in _PAST_TO.finditer(digits.text):
        amount, minutes, direction, hour = match.groups()
        offset = 30 if amount.lower() == "half" else 15 if "quarter" in amount.lower() else int(minutes)
        total = int(hour) % 12 * 60 + (offset if direction.lower() == "past" else -offset)
        found.append(ClockTime(total % HALF_DAY, True, digits.words(*match.span())))
    for match in _NAMED_TIME.finditer(digits.text):
        found.append(ClockTime(_NAMED_TIMES[match.group(1).lower()], False, match.group()))
    return found


@dataclass(frozen=True)
class When:
    """A month or season ("in September", "in the spring of next year"), as the months it covers, with its
    year when the passage says one (`year` absolute; `later` years after the article's own, e.g. next year),
    and the verbs just before it: what happens then ("will reopen", "the reopening date")."""

    months: frozenset[int]
    year: int | None
    later: int | None
    text: str
    event: frozenset[str]

    def differs(self, other: When) -> bool:
        if self.year and other.year and self.year != other.year:
            return True
        if self.later is not None and other.later is not None and self.later != other.later:
            return True
        return not self.months & other.months


def dates(text: str) -> list[When]:
    """Every month or season named in `text`, with what the passage says happens then."""
    found = []
    for match in _WHEN.finditer(text):
        name = match.group("name").lower()
        months = _SEASONS.get(name) or frozenset({_MONTHS.index(name[:3]) + 1})
        year = match.group("year")
        later = {"this": 0, "next": 1, "last": -1}.get((match.group("which") or "").lower())
        before = re.findall(r"[A-Za-z']+", text[: match.start()])[-5:]
        event = frozenset(
            stem(word)
            for previous, word in zip(["", *before], before, strict=False)
            if word.lower() not in _NOT_EVENTS and (word.endswith(("ing", "ed")) or previous.lower() in _MODALS)
        )
        found.append(When(months, int(year) if year else None, later, match.group().strip(), event))
    return found
