"""Candidate fact-or-opinion statements and contradiction pairs in an article, for a teacher's draft.

Plain word lists, no language model: an opinion shows a clue a student can learn
to spot (a judging word, "seems", "frankly", "should", an exclamation, the writer's
"I" or "we"); a fact has no such clue and something a record could confirm (a
number, a date, a source). A contradiction candidate is a denial and what the
article says happened, two numbers for the same thing, or a "However" right after
a statement. Each result names its clue, so the draft's explanation can teach it,
and every text is a verbatim slice of the article. A teacher checks them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from game.authoring.attribution import REPORTING_VERBS, quotation_spans, word_set
from game.content.article import Article, Sentence

MIN_WORDS = 4
MAX_WORDS = 25
MAX_DISTRACTOR_WORDS = 16

_CASELESS = re.I
OPINION_CLUES: list[tuple[str, re.Pattern[str]]] = [
    ("exclamation", re.compile(r"!")),
    ("hedge", re.compile(r"\b(?:seems?|seemed|seemingly|appears? to|apparently)\b", _CASELESS)),
    (
        "stance",
        re.compile(
            r"\b(?:frankly|honestly|clearly|obviously|surely|sadly|unfortunately|fortunately|luckily|hopefully"
            r"|of course)\b",
            _CASELESS,
        ),
    ),
    ("ought", re.compile(r"\b(?:should|ought to|must|deserves?)\b", _CASELESS)),
    (
        "judgement",
        re.compile(
            r"\b(?:good|bad|best|worst|better|worse|great|terrible|awful|wonderful|amazing|brilliant|excellent"
            r"|superb|shameful|disgraceful|outrageous|ridiculous|absurd|silly|stupid|foolish|curious|interesting"
            r"|boring|fair|unfair|beautiful|ugly|lovely|horrible|dreadful|disappointing|impressive|incredible"
            r"|incredibly|remarkable|shocking|scandalous|waste|rushed|too (?!many\b|much\b)[a-z]+)\b",
            _CASELESS,
        ),
    ),
    ("first-person", re.compile(r"\b(?:I|me|my|mine|we|We|us|our|Our|ours)\b")),
]
_HEDGING = re.compile(r"\b(?:might|may|could|would|perhaps|probably|possibly|likely|maybe)\b|\?", _CASELESS)
_MONTHS = "january february march april june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
FACT_CLUES: list[tuple[str, re.Pattern[str]]] = [
    ("number", re.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred|per cent|percent))?(?:\s+[a-z]+)?")),
    (
        "date",
        re.compile(
            r"\b(?:(?:on|in|last|next|every) )?(?:" + "|".join(_MONTHS.split() + _DAYS.split()) + r")s?\b", re.I
        ),
    ),
    ("source", re.compile(r"\baccording to [^,.;]+", _CASELESS)),
    ("event", re.compile(r"\b(?:[a-z]{2,}ed|won|lost|met|began|held|made|took|gave|sold|bought|built)\b")),
]
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|never|refused?)\b", _CASELESS)
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|den(?:y|ies|ied|ying)|refused?)\b|n't\b", _CASELESS)
_CONTRAST_OPENER = re.compile(r"(?:However|But|Yet),?\s+")
_AMOUNT = re.compile(r"(\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?)\s+(?:per cent|percent|%|([a-z]+))")
_CLAUSE_SPLIT = re.compile(r"[,;:]\s+|\s+[\u2014\u2013-]\s+")
_PRESUPPOSING = re.compile(
    r"(?:After|after|When|when|While|while|Although|although|Though|though|Since|since|Because"
    r"|because)\s+"
)
_SUBORDINATE = word_set(
    "and but or so as which who whom whose where when while if because although though since especially "
    "after before that than until unless whether according furthermore moreover however"
)
_COMMON = word_set(
    "the a an and or but so of to in on at by for with from into about as is are was were be been has "
    "have had will would can could should may might must it its this that these those they them their "
    "there here he she his her we our you your not no never any all also than then just only very more "
    "most some such what which who last next week month year day said says"
)
_FRAGMENT_END = word_set("that of the a an and or but to in on at by for with from is are was were as than it")

Kind = Literal["fact", "opinion"]
ClashKind = Literal["denial", "contrast", "numbers"]


@dataclass(frozen=True)
class Unit:
    """A sentence or a clause of one: a passage a question can quote."""

    text: str
    offset: int
    sentence: int

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class Statement:
    """A fact-or-opinion candidate and the clue that decided it (`reason` names the kind of clue)."""

    text: str
    offset: int
    kind: Kind
    clue: str
    reason: str


@dataclass(frozen=True)
class Clash:
    """A contradiction candidate: a claim, the statement that goes against it, and harmless others."""

    claim: str
    answer: str
    distractors: tuple[str, ...]
    kind: ClashKind
    clue: str
    offset: int


def classify(text: str, *, quoted: bool = False) -> tuple[Kind, str, str] | None:
    """(kind, clue, reason) for a passage, or None when it has no clear clue either way.

    In quoted speech "I" and "we" are the speaker's own voice, not a sign of opinion,
    and only opinions are taken from quotations: a quoted "fact" is still someone's claim.
    """
    opinion = _first_clue(OPINION_CLUES, text, skip="first-person" if quoted else "")
    if opinion:
        return "opinion", *opinion
    if quoted or _HEDGING.search(text):
        return None
    fact = _first_clue(FACT_CLUES, text)
    return ("fact", *fact) if fact else None


def _first_clue(clues: list[tuple[str, re.Pattern[str]]], text: str, skip: str = "") -> tuple[str, str] | None:
    for reason, pattern in clues:
        found = pattern.search(text) if reason != skip else None
        if found and (reason != "event" or _names_someone(text)):
            return found.group().strip(), reason
    return None


def _names_someone(text: str) -> bool:
    """A capitalised word after the first: an event with a name in it is something a record could show."""
    return any(word[:1].isupper() for word in text.split()[1:])


def sentence_units(article: Article) -> list[tuple[Sentence, list[Unit]]]:
    """Each paragraph sentence (the headline is left out) with its clauses, split outside quotation marks.

    A leading "However," is dropped from the first clause, and so is a word such as
    "After" or "Although" whose clause the article still asserts.
    """
    result = []
    body = [s for s in article.sentences if s.block > 0]
    for number, sentence in enumerate(body):
        text = sentence.text
        quoted = quotation_spans(text)
        opener = _CONTRAST_OPENER.match(text)
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


_LEAD_SPACE = re.compile(r"\s*")


def _statement_like(unit: Unit, minimum: int = MIN_WORDS) -> bool:
    """A passage that reads as a statement: not a fragment ("is that"), not a cue ("the mayor said")."""
    words = unit.text.lower().split()
    return (
        minimum <= len(words) <= MAX_WORDS
        and words[0].strip("(\"'\u201c\u2018") not in _SUBORDINATE
        and words[-1].strip(".,;:!?\"'\u201d\u2019)") not in _FRAGMENT_END | REPORTING_VERBS
        and _balanced(unit.text)
    )


def _balanced(text: str) -> bool:
    """Every quotation mark in `text` is paired, so a quotation is never cut in half."""
    inside = sum(close - start + 1 for start, close in quotation_spans(text))
    marks = sum(text.count(m) for m in '"\u201c\u201d')
    paired = sum(text[o] in '"\u201c' for o, _ in quotation_spans(text)) * 2
    return marks == paired and inside <= len(text)


def _judgeable(unit: Unit) -> tuple[Kind, str, str] | None:
    """The verdict on a passage a student can judge alone: no quotation or reported speech in it, one clear clue."""
    if not _statement_like(unit) or any(m in unit.text for m in '"\u201c\u201d'):
        return None
    if any(word in REPORTING_VERBS for word in re.findall(r"[a-z]+", unit.text)):
        return None
    verdict = classify(unit.text)
    if verdict and verdict[0] == "opinion" and _first_clue(FACT_CLUES, unit.text):
        return None  # mixed: a judging word wrapped round a checkable report
    return verdict


def fact_and_opinion(article: Article, quotations: list[tuple[str, int]]) -> tuple[list[Statement], list[Statement]]:
    """Fact candidates and opinion candidates in article order: whole sentences first, else one clause each.

    `quotations` are (quoted words, offset) pairs: quoted opinions make good statements.
    """
    found: list[Statement] = []
    for number, (sentence, units) in enumerate(sentence_units(article)):
        verdict = _judgeable(whole := Unit(sentence.text.strip(), sentence.start, number))
        if verdict:
            found.append(Statement(whole.text, whole.offset, *verdict))
            continue
        kinds: set[str] = set()
        for unit in units if len(units) > 1 else []:
            verdict = _judgeable(unit)
            if verdict and verdict[0] not in kinds:
                kinds.add(verdict[0])
                found.append(Statement(unit.text, unit.offset, *verdict))
    for text, offset in quotations:
        verdict = classify(text, quoted=True) if len(text.split()) >= MIN_WORDS else None
        if verdict:
            found.append(Statement(text, offset, *verdict))
    found.sort(key=lambda s: s.offset)
    return [s for s in found if s.kind == "fact"], [s for s in found if s.kind == "opinion"]


def _overlap(a: str, b: str) -> int:
    """How much two passages are about the same thing: shared content words, names counting double."""
    first, second = _stems(a), _stems(b)
    return sum(2 if first[stem] or second[stem] else 1 for stem in first.keys() & second.keys())


def _stems(text: str) -> dict[str, bool]:
    """Content words, crudely stemmed, each mapped to whether it is a name (capitalised)."""
    words = re.findall(r"[A-Za-z]+", text.replace("\u2019", "'"))
    return {w.lower()[:5]: w[0].isupper() for w in reversed(words) if len(w) > 2 and w.lower() not in _COMMON}


def _topic(text: str) -> set[str]:
    return set(_stems(text))


def clashes(article: Article) -> list[Clash]:
    """Contradiction candidates: denials, conflicting numbers, then contrasts ("However, ...")."""
    sentences = sentence_units(article)
    units = [u for _, us in sentences for u in us if _statement_like(u)]
    found = [*_denials(sentences, units), *_numbers(units), *_contrasts(sentences, units)]
    unique: dict[str, Clash] = {}
    for clash in found:
        unique.setdefault(clash.claim, clash)
    return sorted(unique.values(), key=lambda c: c.offset)


def _denials(sentences: list[tuple[Sentence, list[Unit]]], units: list[Unit]) -> Iterator[Clash]:
    """A denial, against a "However" straight after it or else the statement most about the same thing."""
    for claim in units:
        clue = _DENIAL.search(claim.text)
        if not clue:
            continue
        following = claim.sentence + 1
        opener = _CONTRAST_OPENER.match(sentences[following][0].text) if following < len(sentences) else None
        if opener:
            answer = next((u for u in sentences[following][1] if u in units and not _NEGATION.search(u.text)), None)
            if answer is not None:
                yield from _clash(claim, answer, units, "contrast", opener.group().strip(" ,"))
                continue
        scored = [
            (_overlap(claim.text, u.text), u)
            for u in units
            if u.sentence != claim.sentence and not _NEGATION.search(u.text)
        ]
        score, answer = max(scored, key=lambda pair: pair[0], default=(0, None))
        if answer is not None and score >= 3:
            yield from _clash(claim, answer, units, "denial", clue.group())


def _numbers(units: list[Unit]) -> Iterator[Clash]:
    """Two amounts of the same thing that differ ("4 million pounds" ... "6 million pounds")."""
    amounts = [(u, m) for u in units for m in _AMOUNT.finditer(u.text)]
    for i, (first, a) in enumerate(amounts):
        for second, b in amounts[i + 1 :]:
            same_unit = (a.group(2) or "%") == (b.group(2) or "%") and a.group(1) != b.group(1)
            shared = _topic(first.text) & _topic(second.text) - _topic(a.group())
            if same_unit and shared and first != second:
                yield from _clash(first, second, units, "numbers", f"{a.group()} / {b.group()}")
                return


def _contrasts(sentences: list[tuple[Sentence, list[Unit]]], units: list[Unit]) -> Iterator[Clash]:
    """A sentence opening with "However" or "But", against the sentence before it."""
    for number, (sentence, parts) in enumerate(sentences):
        opener = _CONTRAST_OPENER.match(sentence.text)
        if number == 0 or not opener:
            continue
        before = [u for u in sentences[number - 1][1] if u in units]
        answer = next((u for u in parts if u in units), None)
        if before and answer is not None:
            yield from _clash(before[0], answer, units, "contrast", opener.group().strip(" ,"))


def _clash(claim: Unit, answer: Unit, units: list[Unit], kind: ClashKind, clue: str) -> Iterator[Clash]:
    """Add two harmless other statements: from other sentences, plain, about something else entirely."""
    topic = _topic(claim.text) | _topic(answer.text)
    others = [
        u.text
        for u in units
        if u.sentence not in (claim.sentence, answer.sentence)
        and u.words <= MAX_DISTRACTOR_WORDS
        and _statement_like(u, minimum=5)
        and not _topic(u.text) & topic
        and not _NEGATION.search(u.text)
        and not any(m in u.text for m in '"\u201c\u201d')
    ]
    distractors = tuple(dict.fromkeys(others))[:2]
    if distractors:
        yield Clash(claim.text, answer.text, distractors, kind, clue, claim.offset)
