"""Contradiction candidates in an article, for a teacher's draft: claims that cannot both be true.

Plain rules, each naming the clue a student can reuse:

- a change of stance: a speaker's earlier words ("Just last spring, Patel told reporters
  ...") against that speaker's own words now, or what the article reports now (its opening);
- a denial ("denied", "never") against a statement that what was denied happened, the
  same speaker's later words ("The company now says ...") first;
- the writer's own signal that two sources are at odds ("Brookvale disputed the figure.", "The chairman put it
  rather lower.", "Her deputy denied this.", "The two sides disagree about how many jobs ..."): the words on
  either side of it (or two figures after an announcement) are the two sides;
- two figures for the same thing from different passages (2,000 jobs / about 600 jobs;
  "the council puts the figure at 12"), or one saying it rose and one that it fell.

Every clash needs one measured thing on both sides: the same measure of the same size, year
and subject ("lessons" and "lessons", not a parent's "I start work at eight"), no wish ("wants
the school to open at 7.30am"), no part against its whole ("31 of the 40 shops" / "all 31 shops"),
and a denial is answered only by a passage about what was denied, never by a shared day or name.

The wrong candidates are other statements on the same topic, so the question asks
which one clashes, not which one is about the same thing.  Every text is a verbatim
slice of the article; a teacher checks them all.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from game.authoring.attribution import Attribution, quotation_spans, sentence_subjects, speaker_key
from game.authoring.opinions import classify
from game.authoring.quantities import Quantity, clock_times, dates, quantities
from game.authoring.statements import (
    CONTRAST_OPENER,
    Unit,
    body_sentences,
    overlap,
    sentence_units,
    statement_like,
    stem,
    stems,
    topic,
)
from game.authoring.vocabulary import DAYS, MONTHS, REPORTING_VERBS, word_set
from game.content.article import Article, Sentence

ClashKind = Literal["stance", "denial", "contrast", "record", "numbers", "direction"]
MAX_DISTRACTOR_WORDS = 18
MAX_CANDIDATES = 3

_PAST_TIME = (
    r"(?:last\s+(?:spring|summer|autumn|fall|winter|week|month|year|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)"
    r"|(?:a|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?|months?|years?)\s+ago"
    r"|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:19|20)\d\d|the spring|the summer|the autumn|the winter)"
    r"|earlier\s+this\s+(?:week|month|year)|at the time|previously"
    r"|when\s+[^,]*\b(?:first|originally)\b[^,]*)\b"
)
_EARLIER = re.compile(
    r"^(?:(?:Just|Only|As recently as|Back)\s+)?" + _PAST_TIME + r"[^,]*(?:,\s*(?:however|though),)?", re.I
)
"""A sentence that opens by placing what follows in the past: the speaker's earlier stance."""
_PAST_INSIDE = re.compile(
    r"\b(?:last\s+(?:spring|summer|autumn|fall|winter|year)|\w+\s+(?:months?|years?)\s+ago"
    r"|in\s+(?:" + "|".join(sorted(m.capitalize() for m in MONTHS)) + r"|(?:19|20)\d\d))\b"
)
_REVISION = re.compile(
    r"\b(?:(?:first|earlier|original|initial|previous)\s+(?:estimate|forecast|figure|budget)s?|revised)\b",
    re.I,
)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:said|told|insisted|promised|claimed|denied|announced|pledged)\b")
_LATER = re.compile(r"\b(?:now|later|since|admitted|admits|conceded|acknowledged|however)\b", re.I)
_NONE = re.compile(r"\b(?:none|nobody|no one)\b", re.I)
"""A plain negative claim ("none of the containers held plastic"): it meets only its own speaker's admission."""
_ADMITS = re.compile(r"\b(?:now|admit(?:s|ted)|conceded?|concedes|acknowledged?|acknowledges)\b", re.I)
"""An admission by name: with it, the same speaker's later words answer their denial whatever they share."""
_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|never|refused?|rejected)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|den(?:y|ies|ied|ying)|refused?)\b|n't\b", re.I)
_FIGURE = re.compile(r"\b(?:figure|count|number|total|tally|estimat\w*|share|puts?\b[^,.]*\bat)\b(?!\s+of\b)", re.I)
"""A figure that names no measure of its own ("puts the figure at 12"), not "the number of teenagers"."""
_GENERIC_UNITS = frozenset(map(stem, word_set("pounds dollars euros people times years days weeks months hours")))
_PEOPLE = stem("people")
_LEADING_VERB = re.compile(
    r"(?:" + "|".join(sorted(REPORTING_VERBS - {"told", "tells"})) + r")\s+(?:that\s+)?"
    r"(?!(?:in|on|at|to|with|by|for|from|after|before|during|last|this|earlier|later)\b)(?=[a-z0-9])"
)
"""A clause that opens with the verb of a credit ("says the saving will be ..."): what follows is the claim.
Not "told", whose object ("reporters") comes first, nor "said in a statement that ...": a phrase, not the claim."""
_SUBORDINATE_CUT = re.compile(r"\s+(?:after|when|because|as|since|while|following|despite)\s+")
_WISH = re.compile(
    r"\b(?:wants?|wanted|would (?:like|rather|prefer)|wishe[sd]|hopes?|calls? for|called for|urged?|should"
    r"|asking\s+(?:\w+\s+){1,3}to)\b",
    re.I,
)
"""A wish ("Fenwick wants the school to open at 7.30am") or a request ("an email asking them to reset their
passwords") says what someone would like, not what is: it clashes with nothing."""
_YEARS = re.compile(r"\b(?:(?:19|20)\d\d|(?:last|this|next) year)\b", re.I)
_DAYS_AND_MONTHS = frozenset(
    map(stem, DAYS | MONTHS | word_set("morning afternoon evening night today yesterday tomorrow"))
)
"""When something happened is no part of what happened: a denial and a passage that share only a day do not meet."""
MIN_STANCE_SHARED = 2
"""A speaker's words now answer their earlier words when both say two things alike ("prosecute ... shops"): one
shared word ("trial") is a topic, not a stance."""
MAX_RATIO = 10
"""Two figures for one thing from two sources differ, but not a thousandfold: "45 pounds" a pair of trainers and
"two million pounds" for the recall are two different things."""
_UP = re.compile(r"\b(?:rose|risen|rises?|rising|grew|grown|grows|increased|increases|climbed|jumped|doubled)\b")
_DOWN = re.compile(r"\b(?:fell|fallen|falls|falling|dropped|declined|decreased|shrank|halved)\b")


@dataclass(frozen=True)
class Clash:
    """A contradiction candidate: a claim, the statement that goes against it, and same-topic others."""

    claim: str
    answer: str
    distractors: tuple[str, ...]
    kind: ClashKind
    clue: str
    offset: int


@dataclass(frozen=True)
class _Pair:
    claim: Unit
    answer: Unit
    kind: ClashKind
    clue: str
    speaker: str = ""


class _Reading:
    """The article's statements, who said which, and the sentence each stands in."""

    def __init__(self, article: Article, credits: list[Attribution]) -> None:
        sentences = sentence_units(article)
        self.sentences = [s for s, _ in sentences]
        self.starts = [s.start for s in self.sentences]
        self.units = [r for _, us in sentences for u in us if statement_like(r := _reported_part(u))]
        self.units = _rejoined(self.units, self.sentences)
        self.opening = _lede(sentences[0][1]) if sentences else []
        self.said: list[tuple[Unit, str]] = []
        self.quotes: list[tuple[Unit, str]] = []  # the words in quotation marks alone: clean wrong candidates
        for credit in credits:
            text, at = credit.said
            at = max(at, article.text.find(text, at))  # a second quoted sentence: where it stands, not its credit
            unit = Unit(text, at, self.sentence_at(at))
            if statement_like(unit) or (credit.direct and len(text.split()) >= 3):
                self.said.append((unit, speaker_key(credit.speaker)))
            if credit.direct:
                self.quotes.append((Unit(credit.quote, credit.offset, unit.sentence), speaker_key(credit.speaker)))
        self.units = [self._whole_report(u) for u in self.units]
        self.marked = [m for n, s in enumerate(self.sentences) for m in _marked(s.text, s.start, n)]
        self.subjects = [speaker_key(subject or "") for subject in sentence_subjects(article)]
        self.headline = topic(article.headline)  # what the whole article is about
        self._speakers: dict[Unit, str] = {}

    def sentence_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def passages(self) -> list[Unit]:
        """The clauses first (with their credit: "The union says 40 jobs will go"), then the credited words."""
        return [*self.units, *(u for u, _ in self.said)]

    def _whole_report(self, unit: Unit) -> Unit:
        """A clause that credits words it cuts short runs on to their end: "Qureshi said the number ... had
        more than doubled last year" takes in ", from 14 to 30"."""
        sentence = self.sentences[unit.sentence]
        start = unit.offset - sentence.start
        end = start + len(unit.text)
        found = [(sentence.text.find(u.text, start), u.text) for u, _ in self.said if u.sentence == unit.sentence]
        reach = max((at + len(text) for at, text in found if start <= at < end), default=end)
        longer = Unit(sentence.text[start:reach], unit.offset, unit.sentence)
        return longer if reach > end and statement_like(longer) else unit

    def speaker_of(self, unit: Unit) -> str:
        """Who says `unit`: its credit, else the credit of words inside it ("She said officers had met ..."),
        else the subject of its sentence. Asked for every pair of passages, so kept once worked out."""
        if unit not in self._speakers:
            credited = [*self.said, *self.quotes]
            exact = next((who for u, who in credited if u == unit), None)
            inside = (who for u, who in credited if unit.offset <= u.offset < unit.offset + len(unit.text))
            self._speakers[unit] = exact or next(inside, self.subjects[unit.sentence])
        return self._speakers[unit]


_INNER_TURN = re.compile(r"[^,.;:\"\u201c\u2018]{1,60},\s*however,\s+(?!(?:that|who|which|whether|if)\b)[a-z]")
"""A subject, an inner "however" and its verb ("Bank statements shown to the court, however, include ..."):
one statement that the commas cut in two; not a credit and its reported clause ("He warned, however, that ...")."""


def _rejoined(units: list[Unit], sentences: list[Sentence]) -> list[Unit]:
    """A sentence whose subject and verb stand on either side of an inner "however" is one statement: the whole
    sentence, in place of the subject alone ("Bank statements shown to the court") and the verb alone."""
    joined = {
        number: Unit(sentence.text.rstrip(" ."), sentence.start, number)
        for number, sentence in enumerate(sentences)
        if _INNER_TURN.match(sentence.text)
    }
    kept = [u for u in units if u.sentence not in joined]
    return sorted([*kept, *joined.values()], key=lambda u: u.offset)


def _marked(text: str, start: int, number: int) -> Iterator[Unit]:
    """The words inside each pair of quotation marks of a sentence, whoever the credit gives them to."""
    for opened, closed in quotation_spans(text):
        inside = text[opened + 1 : closed].rstrip(" ,")
        unit = Unit(inside, start + opened + 1, number)
        if statement_like(unit, minimum=3):
            yield unit


def _reported_part(unit: Unit) -> Unit:
    """ "says the yearly saving will be only 60,000 pounds" (after "..., seen by the Echo,"): the words reported."""
    verb = _LEADING_VERB.match(unit.text)
    return Unit(unit.text[verb.end() :], unit.offset + verb.end(), unit.sentence) if verb else unit


def _lede(units: list[Unit]) -> list[Unit]:
    """The opening sentence's statements; when it is one long sentence, its main clause before "after",
    "when" or "because" ("Hire e-scooters will stay ... for another year after the board voted ...")."""
    whole = [u for u in units if statement_like(u)]
    if whole or not units:
        return whole
    first = units[0]
    cut = _SUBORDINATE_CUT.search(first.text)
    head = Unit(first.text[: cut.start()], first.offset, first.sentence) if cut else first
    return [head] if statement_like(head) else []


def same_speaker(a: str, b: str) -> bool:
    """ "patel" and "council leader ruth patel" are one speaker: the shorter name ends the longer."""
    if not a or not b:
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    return long[-len(short) :] == short


def clashes(article: Article, credits: list[Attribution]) -> list[Clash]:
    """Contradiction candidates, the most telling first: denials, changes of stance, then figures."""
    if len(body_sentences(article)) < 2:
        return []
    reading = _Reading(article, credits)
    found: list[Clash] = []
    claims: set[str] = set()
    met: set[frozenset[int]] = set()  # sentences already paired: "X said 40,000 pairs" and "40,000 pairs" are one
    answered: set[int] = set()  # a sentence answers one claim: "visits had fallen" is not also against "a success"
    pairs = [
        *_signalled(reading),
        *_denials(reading),
        *_stances(reading),
        *_corrections(reading),
        *_figures(reading),
        *_times(reading),
        *_directions(reading),
        *_answered(reading),
    ]
    for pair in pairs:
        sentences = frozenset((pair.claim.sentence, pair.answer.sentence))
        if (
            pair.claim.text in claims
            or pair.answer.text in claims
            or sentences in met
            or pair.answer.sentence in answered
        ):
            continue
        distractors = _distractors(pair, reading)
        if distractors:
            met.add(sentences)
            answered.add(pair.answer.sentence)
            claims.update((pair.claim.text, pair.answer.text))
            found.append(Clash(pair.claim.text, pair.answer.text, distractors, pair.kind, pair.clue, pair.claim.offset))
    return found


_DIFFERS = re.compile(
    r"\b(?:disput(?:ed|es?)|contest(?:s|ed)?|contradict(?:s|ed)?|challenged|questioned|den(?:ied|ies|y))\s+"
    r"(?:(?:this|that|it|these|those)(?:\s+(?:figures?|numbers?|claims?|accounts?|versions?))?(?=\s*[.,;:])"
    r"|the\s+(?:figures?|numbers?|claims?|reports?|account|suggestion|estimate)\b)"
    r"|\b(?:gave|gives|told|tells|painted|paints|offered|offers|struck|strikes)\s+a\s+(?:rather\s+|very\s+|quite\s+)?"
    r"different\s+(?:picture|story|account|note|tone|figure|version)\b"
    r"|\bput(?:s)?\s+(?:it|the\s+\w+)\s+(?:rather\s+|much\s+|far\s+|considerably\s+)?(?:lower|higher)\b"
    r"|\b(?:was|were|is|are)\s+(?:more|less)\s+(?:careful|cautious|certain|sure|guarded)\b"
    r"|\bthe\s+(?:figure|number|estimate|total|sum)\s+(?:surprised|puzzled|astonished)\b"
    r"|\b(?:tone|stance|position|line)\s+(?:had\s+|has\s+)?(?:hardened|softened|changed|shifted)\b"
    r"|\b(?:far|much|considerably|significantly|a\s+lot)\s+"
    r"(?:smaller|lower|fewer|less|larger|higher|bigger|greater|more)\s+than\s+(?:the\s+)?\w+\s+(?:had\s+)?"
    r"(?:claimed|said|says|suggested|estimated|stated|alleged)\b",
    re.I,
)
"""A sentence in which the writer says a source goes against what was just said ("Brookvale disputed the figure.",
"The office gave a different picture.", "The chairman put it rather lower.", "The lead author was more careful.",
"By Friday her tone had hardened.", "the true shortfall was far smaller than the Crown claimed"):
the words before it and the words after it are the two sides."""
_AT_ODDS = re.compile(
    r"\b(?:disagree|differ|confusion|(?:a\s+|some\s+)?questions?|doubts?)\s+(?:about|over|on|as\s+to)\s+"
    r"(?:how\s+(?:many|much|long|big)|what\b|whether\b)",
    re.I,
)
"""A sentence that announces a dispute about an amount ("The two sides also disagree about how many jobs are at
stake.", "There is also a question over what the gallery paid."): the two figures follow it."""
_THAN_CLAIMED = re.compile(r"\bthan\s+(?:the\s+)?\w+\s+(?:had\s+)?\w+$", re.I)
"""A signal that points back to a claim by name ("far smaller than the Crown claimed"): its figure may stand
anywhere before."""
_LOWER = re.compile(r"\b(?:lower|smaller|fewer|less\s+than)\b", re.I)
_HIGHER = re.compile(r"\b(?:higher|larger|bigger|greater|more\s+than)\b", re.I)
"""Which way a signal says the second figure differs ("put it rather lower"): the first must be the other way."""
SIGNAL_REACH = 2
"""The two sides of a signalled dispute stand within two sentences of the writer's signal, the answer in the
signal's paragraph; words after the next sentence only when the signal's own subject says them ("The chairman put
it rather lower. ... 'We received ...'")."""


def _signalled(reading: _Reading) -> Iterator[_Pair]:
    """The writer's own signal that two sources are at odds: two figures of one measure on either side of it
    (or both after an announcement), else the statement just before it against the first words after it, unless
    both give figures (of two things, two years or a part: "14 reports" / "3 passengers had been hurt")."""
    for number, sentence in enumerate(reading.sentences):
        signal = _DIFFERS.search(sentence.text) or _AT_ODDS.search(sentence.text)
        if signal is None:
            continue
        announced = signal.re is _AT_ODDS
        after_signal = sentence.start + signal.end()
        pool = list(dict.fromkeys([*reading.passages(), *reading.marked]))
        worded = {*reading.marked, *(u for u, _ in reading.said)}
        source = reading.subjects[number]
        later = [
            u
            for u in pool
            if reading.sentences[u.sentence].block == sentence.block  # "Haskins denies this." ends its paragraph
            and (
                (u.sentence == number and u.offset >= after_signal)
                or u.sentence == number + 1
                or (
                    number + 1 < u.sentence <= number + SIGNAL_REACH + (1 if announced else 0)
                    and (announced or same_speaker(reading.speaker_of(u), source))
                )
            )
        ]
        earlier = (
            later
            if announced
            else [u for u in pool if number - SIGNAL_REACH <= u.sentence < number and not _wished(reading, u)]
        )
        clue = signal.group()
        before = [u for u in pool if u.sentence < number] if _THAN_CLAIMED.search(clue) else earlier
        way = -1 if _LOWER.search(clue) else 1 if _HIGHER.search(clue) else 0
        figures = _signalled_figures(reading, before, later, way)
        if figures is not None:
            yield _Pair(*figures, "numbers", f"{clue}: {_figure_clue(*figures)}")
        elif not announced and earlier and later:
            answer = min(later, key=lambda u: (u.sentence, u not in worded, u.offset))
            last = max(u.sentence for u in earlier)
            claim = max(
                (u for u in earlier if u.sentence == last),
                key=lambda u: (u in worded, overlap(u.text, answer.text), u.offset),
            )
            counted = quantities(claim.text) and quantities(answer.text)  # figures, yet not of one thing
            linked = _SHIFT.search(clue) or _goes_against(claim.text, answer.text)
            if linked and not (counted or _judged(claim.text) or _judged(answer.text)):  # "the best" / "the worst"
                yield _Pair(claim, answer, "contrast", clue, reading.speaker_of(claim))


_SHIFT = re.compile(r"\b(?:note|tone|hardened|softened|changed|shifted)\b", re.I)
"""A signal that one speaker changed ("struck a different note", "her tone had hardened"): the change is the clash."""
_ONLY = re.compile(r"\bonly\b", re.I)


def _goes_against(claim: str, answer: str) -> bool:
    """Another source's words answer a claim when they say "not" or "only", give a figure, or speak of what the
    claim speaks of ("That engine is sitting in our shed" / "the spare engine had been sold"); not a reply on
    another point ("We run on time almost every day" against "14 complaints")."""
    return bool(
        _NEGATION.search(answer) or _ONLY.search(answer) or quantities(answer) or _content(claim) & _content(answer)
    )


def _wished(reading: _Reading, unit: Unit) -> bool:
    """A wish in the words or in the credit just before them ("It urged customers to stop using the cooker"): what
    someone would like done, not a statement of what is."""
    sentence = reading.sentences[unit.sentence]
    credit = sentence.text[: max(unit.offset - sentence.start, 0)].split()[-4:]
    return bool(_WISH.search(unit.text) or _WISH.search(" ".join(credit)))


def _judged(text: str) -> bool:
    """A judgement ("the best plan this town has had"), not merely words in the first person ("our shed")."""
    judged = classify(text)
    return judged is not None and judged[0] == "opinion" and judged[2] != "first-person"


def _signalled_figures(reading: _Reading, earlier: list[Unit], later: list[Unit], way: int) -> tuple[Unit, Unit] | None:
    """The nearest two figures of one measure (or one that names none: "puts the number at 31,000") from two
    sources, one before the signal and one after (or both after an announcement), that can both be of one thing;
    the later one lower when the signal says so (`way` -1), higher (1), or either (0)."""
    found = [
        (abs(second.unit.sentence - first.unit.sentence), first.unit.offset, first.unit, second.unit)
        for first in (a for u in earlier for a in _amounts(u))
        for second in (a for u in later for a in _amounts(u))
        if first.unit.sentence < second.unit.sentence
        and first.figure.value != second.figure.value
        and way * (second.figure.value - first.figure.value) >= 0
        and (first.measure == second.measure or _put_at(first) or _put_at(second))
        and not first.measure.startswith("share")
        and not same_speaker(reading.speaker_of(first.unit), reading.speaker_of(second.unit))
        and _comparable(first, second)
    ]
    best = min(found, key=lambda t: t[:2], default=None)
    return (best[2], best[3]) if best else None


_PUT_AT = re.compile(r"\b(?:at|as)\s+(?:about\s+|around\s+|some\s+|only\s+|just\s+)?$")


def _put_at(amount: _Amount) -> bool:
    """A figure that names no measure of its own, put at a value ("puts the number at 31,000", "gives the number
    of people ... as 6,500"): of whatever the other side measures."""
    text = amount.unit.text
    return not amount.measure and bool(_PUT_AT.search(text[: max(text.find(amount.figure.text), 0)]))


def _figure_clue(claim: Unit, answer: Unit) -> str:
    """ "1,260 hours / 340 hours": the first figure of each side."""
    return " / ".join(quantities(u.text)[0].text for u in (claim, answer))


def _stances(reading: _Reading) -> Iterator[_Pair]:
    """A speaker's words placed in the past, against their own words now on the same thing (before or after
    in the article), else another source's figures or denial in the very next sentence, else the article's
    opening. One stance a sentence: "In March, Rowe said that X and that Y" is one earlier stance."""
    held: set[int] = set()
    for unit, who in [*reading.said, *_uncredited_words(reading)]:
        marker = _earlier(reading.sentences[unit.sentence].text)
        if not marker or unit.sentence == 0 or unit.sentence in held:
            continue
        own = [
            u
            for u, w in reading.said
            if same_speaker(w, who) and u.sentence != unit.sentence and not _earlier(reading.sentences[u.sentence].text)
        ]
        answer = max(own, key=lambda u: (len(_content(unit.text) & _content(u.text)), -u.offset), default=None)
        told_next = None
        if answer is None or len(_content(unit.text) & _content(answer.text)) < MIN_STANCE_SHARED:
            told_next = (
                _dated_next(reading, unit, who) or _admitted_next(reading, unit, who) or _unkept(reading, unit, who)
            )
            answer = told_next or _acted_next(reading, unit) or _rebuttal(reading, unit, who)
            answer = answer or _opening(reading, unit, marker)
        about = reading.sentences[answer.sentence].text if answer is not None else ""  # a lede's clause: its sentence
        shared = overlap(unit.text, about) > 0 or _numbers_in(unit.text) & _numbers_in(about)
        if answer is not None and (told_next or shared) and not _reconciled(reading, answer):
            held.add(unit.sentence)
            yield _Pair(unit, answer, "stance", marker.strip(" ,"), who)


def _uncredited_words(reading: _Reading) -> list[tuple[Unit, str]]:
    """Words in quotation marks in a clause whose sentence names a speaker as its subject but credits nobody
    ("Kettleborough assured plot holders that the land was "not for sale""): the subject's words; in a sentence
    that names nobody ('Speaking in November, she told executives that "..."'), words of a speaker not known."""
    credited = {u.sentence for u, _ in reading.said}
    named = [
        (u, reading.subjects[u.sentence])
        for u in reading.units
        if u.sentence not in credited and reading.subjects[u.sentence] and quotation_spans(u.text)
    ]
    spoken = {u.sentence for u, _ in named}
    unnamed = [(u, "") for u in reading.marked if u.sentence not in credited | spoken]
    return [*named, *unnamed]


_PRONOUN_ACTS = re.compile(
    r"(?:[A-Z]\w*(?:\s+\w+)?,?\s+)?(?:he|she|they)\s+(?!" + "|".join(sorted(REPORTING_VERBS)) + r"\b)[a-z]+ed\b"
)
"""A sentence whose subject points back to the last speaker and whose verb is a deed, not speech: "On Thursday
he voted in favour of the sale."."""


def _acted_next(reading: _Reading, claim: Unit) -> Unit | None:
    """The speaker's own deed in the very next sentence ("On Thursday he voted in favour of the sale."), against
    their earlier words: answered only when the two share a word (checked by the caller)."""
    after = claim.sentence + 1
    if after >= len(reading.sentences) or not _PRONOUN_ACTS.match(reading.sentences[after].text):
        return None
    return next((u for u in reading.units if u.sentence == after), None)


def _dated_next(reading: _Reading, claim: Unit, who: str) -> Unit | None:
    """ "In 2019, the minister said X. Last month she said Y." ("Speaking this week, she said Y."): the same
    speaker's words in the very next sentence, placed at a later time of their own, are their newer stance,
    whatever words they share."""
    return next(
        (
            u
            for u, w in reading.said
            if u.sentence == claim.sentence + 1
            and same_speaker(w, who)
            and (_earlier(later := reading.sentences[u.sentence].text) or _NOW.match(later))
        ),
        None,
    )


_NOW = re.compile(
    r"(?:Speaking\s+)?(?:this\s+(?:week|month|year)|now|today|yesterday"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b,",
    re.I,
)
"""A sentence that opens by placing what follows now ("Speaking this week, she said ...")."""


def _numbers_in(text: str) -> set[str]:
    """The numbers a passage names ("the 47", "route 47"): a shared one says two passages are about one thing."""
    return set(re.findall(r"\b\d+\b", text))


def _admitted_next(reading: _Reading, claim: Unit, who: str) -> Unit | None:
    """ "X had told the council that all the pipes were sealed. On Monday, however, an engineer admitted that
    ...": another source's admission, with a "however", in the very next sentence answers the earlier words."""
    return next(
        (
            u
            for u, w in reading.said
            if u.sentence == claim.sentence + 1
            and not same_speaker(w, who)
            and _ADMITS.search(later := reading.sentences[u.sentence].text)
            and _CONTRAST.search(later)
        ),
        None,
    )


_ALLEGED = re.compile(
    r"\b(?:[Pp]rosecut(?:ors?|ion)|alleg(?:es|ed|edly|ing|ation)|accus(?:es|ed|ing|ation)|charged\s+with"
    r"|suspected\s+of|faces?\s+(?:charges?|trial)|told\s+(?:\w+\s+){0,3}(?:[Cc]ourt|jury|jurors|tribunal|inquest"
    r"|inquiry))\b"
)
"""An accusation ("..., prosecutors told Selbury Crown Court", "is charged with wire fraud"): one side's case, not
what the article reports as true, so no answer to the accused's words."""


def _opening(reading: _Reading, claim: Unit, marker: str) -> Unit | None:
    """The article's opening as what is true now, for words placed at a time ("Last spring, ..."); not an
    opening that reports an accusation, nor for a bare "had said" ("The board had said in May that the mud was
    dredged"), whose answer follows it."""
    if _PAST_PERFECT.fullmatch(marker.strip(" ,")) or _ALLEGED.search(reading.sentences[0].text):
        return None
    return max(reading.opening, key=lambda u: overlap(claim.text, u.text), default=None)


def _earlier(sentence: str) -> str:
    """The words that place a sentence's reported words in the past: an opening "Just last spring, however,",
    a "had said", or an opening phrase with a past time before words quoted in marks ("In an interview last
    summer, Sharpe said the arena had "a long and secure future""): their exact earlier words, held up."""
    found = _EARLIER.match(CONTRAST_OPENER.sub("", sentence, count=1)) or _PAST_PERFECT.search(sentence)
    if found:
        return found.group()
    comma = sentence.find(",")
    intro = sentence[:comma] if comma > 0 else ""
    quoted = any(o > comma for o, _ in quotation_spans(sentence))
    return intro if quoted and _PAST_INSIDE.search(intro) else ""


_STILL_WAITING = re.compile(r"\bstill\s+(?:waiting|not|no\b|has\s+not|have\s+not|had\s+not|hasn't|haven't)", re.I)
"""What was promised not yet done ("they are still waiting", "still has not been paid")."""


def _unkept(reading: _Reading, claim: Unit, who: str) -> Unit | None:
    """ "the company promised that anyone who returned a cooker would be refunded within five working days.
    Several customers say they are still waiting.": another source, right after earlier words, saying that
    what they promised is still not done, whatever words the two share."""
    return next(
        (
            u
            for u, w in reading.said
            if u.sentence == claim.sentence + 1 and not same_speaker(w, who) and _STILL_WAITING.search(u.text)
        ),
        None,
    )


def _rebuttal(reading: _Reading, claim: Unit, who: str) -> Unit | None:
    """ "The company had insisted the signals were "fully modernised". According to the rail union, half
    of the signals ...": another source, right after, on the same thing, with a figure or a "not"."""
    return next(
        (
            u
            for u, w in reading.said
            if u.sentence == claim.sentence + 1
            and not same_speaker(w, who)
            and overlap(claim.text, u.text) > 0
            and (quantities(u.text) or _NEGATION.search(u.text))
        ),
        None,
    )


def _reconciled(reading: _Reading, unit: Unit) -> bool:
    """The article itself explains the change ("almost twice the first estimate"): a tension, not a clash."""
    return bool(_REVISION.search(reading.sentences[unit.sentence].text))


def _denials(reading: _Reading) -> Iterator[_Pair]:
    """A denial against the same speaker's later admission, a "However" after it, or what it denied.

    Each answer must say something about what was denied (a content word of it, not only a
    name or a day): "Frostline denied on Friday that it had agreed to sell the site" is not
    answered by another passage about Friday.
    """
    for claim in reading.passages():
        clue = _DENIAL.search(claim.text) or _NEGATION.search(claim.text) or _NONE.search(claim.text)
        if not clue or _SUBORDINATE_BEFORE.search(claim.text, 0, clue.start()):
            continue  # "which may explain why it has never been found", "when nobody else would come": an aside
        if _an_opinion(claim.text):
            continue  # "Clearly, once a library goes, it never comes back": a view, not a denial of what happened
        what = _what_was_denied(claim.text, clue)
        if _SECOND_NEGATION.search(what.split(",")[0]):
            continue  # "has never met a plan it did not like": two negatives say yes
        who = reading.speaker_of(claim)
        denied = _content(what)
        after = [
            u
            for u, w in reading.said
            if same_speaker(w, who)
            and 0 < u.sentence - claim.sentence <= 2
            and _LATER.search(later := reading.sentences[u.sentence].text.replace(u.text, " "))
            and not _NEGATION.search(u.text)
            and (_ADMITS.search(later) or denied & _content(u.text))  # "since" alone is no admission
        ]
        if after:
            yield _Pair(claim, after[0], "denial", clue.group(), who)
            continue
        if not _DENIAL.search(claim.text) or _PLEA.match(what):
            continue  # a plain "none" or "not" meets only its own speaker's admission ("none of the containers
            # held plastic" / "the company admitted that two of them had been carrying pellets"), and so does a plea
        following = claim.sentence + 1
        if following < len(reading.sentences) and CONTRAST_OPENER.match(reading.sentences[following].text):
            turned = [
                u
                for u in reading.units
                if u.sentence == following and not _NEGATION.search(u.text) and not _PARTICIPLE_ASIDE.match(u.text)
            ]
            answer = max(turned, key=lambda u: overlap(claim.text, u.text), default=None)  # the first of the best
            if answer is not None:
                yield _Pair(claim, answer, "contrast", reading.sentences[following].text.split(",")[0].split()[0], who)
                continue
        scored = [
            (len(denied & _content(u.text)), overlap(claim.text, u.text), u)
            for u in reading.passages()
            if u.sentence != claim.sentence
            and _about_the_same(claim.text, what, who, u.text)
            and not _NEGATION.search(u.text)
            and not _WISH.search(u.text)
            and not _ALLEGED.search(reading.sentences[u.sentence].text)  # "is charged with fraud": the case denied
            and not same_speaker(reading.speaker_of(u), who)  # their own next words back the denial up
        ]
        near = [t for t in scored if t[0]]  # about what was denied; then the nearest, as news answers a denial
        best = max(
            near,
            key=lambda t: (-abs(t[2].sentence - claim.sentence), t[2].sentence > claim.sentence, t[0], t[1]),
            default=None,
        )
        if best is not None:
            yield _Pair(claim, best[2], "denial", clue.group(), who)


_DATA = word_set("figures data statistics numbers survey study analysis report records")
"""Records a claim may itself come from ("new figures show"): a record after it goes on, it does not answer."""
_SUBORDINATE_BEFORE = re.compile(r"\b(?:which|why|when|where|if|unless|because|whether)\b[^,;:]*$", re.I)
"""Before a denial's word in its clause, the start of an aside: the "never" or "nobody" is not the claim's."""

_PLEA = re.compile(
    r"\s*(?:(?:the|all|both|a|an|one|two|three|four|five|six|\d+|several)\s+)?(?:\w+\s+)?"
    r"(?:charges?|counts?|allegations?|accusations?)\b",
    re.I,
)
"""A denial of a charge ("denies one charge of fraud", "denies all the allegations") is a plea: what the court
decides, not a statement of fact that a passage sharing the word "fraud" can answer."""
_TURN = re.compile(r"(?:(?:But|However|Yet)\b|[^,.]{1,60},\s*however,)")
"""A sentence that turns against the one before: "But ...", "However, ...", "On Tuesday, however, ..."."""
_RECORD = re.compile(
    r"\b(?:copy|letter|document|report|survey|footage|records?|minutes|plan|figures|data|photographs?|e-?mails?"
    r"|lease|contract|invoice|timetable|video|recording|accounts|log|register|bill)\b[^.]*?\b(?:shows?|showed|reveals?|revealed|says?|said)\b",
    re.I,
)
"""A record as the subject of "shows" ("A copy of the lease ... shows"): evidence to hold a claim against."""
_PARTICIPLE_ASIDE = re.compile(r"[a-z]+(?:ed|en|wn|nt)\s+(?:to|on|by|in|at|from|for|with)\b|[^,]{0,20}\bwhich\b")
"""An aside between a subject and its verb ("sent to patients on Friday", "a copy of which has been seen")."""
_ADVERBIAL = re.compile(r"(?:in|on|at|during|after|before|with|by|for|from|since|until)\s", re.I)

MAX_CLAIM_BACK = 2
"""A claim may run over the sentences just before its answer's, while one speaker goes on talking."""


def _answered(reading: _Reading) -> Iterator[_Pair]:
    """A speaker's words, and the very next sentence turning against them from another source: "But the draft
    class plan ... shows two Year 3 classes of 34", "On Tuesday, however, Dr Halloran told a public meeting
    ...", or a record ("A copy of the lease ... shows ...") held up against what was said.

    The claim is among the speaker's words in the sentence before (or the one or two before that while the same
    speaker goes on), a denial or a "no" first ("No class will have more than 30", not "That is a promise");
    the answer is the turning sentence's statement that shares most with it, never an aside ("sent to parents
    on Friday"). A denial meets only what speaks of what it denied; a record, only words it shares something
    with (a word, a measure, a length of time)."""
    for number, sentence in enumerate(reading.sentences[1:], 1):
        turn = _TURN.match(sentence.text) if not _quoted(reading, sentence) else None
        record = _RECORD.search(sentence.text)
        before = [(u, w) for u, w in reading.said if u.sentence == number - 1 and w]
        if not (turn or record) or not before:
            continue
        who = before[-1][1]
        if record and not turn and who.lower().split()[-1] in _DATA:
            continue  # "..., new figures show." then "Data published by the trust shows ...": a record goes on
        first = number - 1
        while first > number - 1 - MAX_CLAIM_BACK and any(
            u.sentence == first - 1 and same_speaker(w, who) for u, w in reading.said
        ):
            first -= 1
        claims = [u for u, w in reading.said if first <= u.sentence < number and same_speaker(w, who)]
        claims = [c for c in claims if not _wished(reading, c)]  # "Patients should attend": asked, not told
        answers = [
            u
            for u in reading.passages()
            if u.sentence == number
            and not _PARTICIPLE_ASIDE.match(u.text)
            and not _ADVERBIAL.match(u.text)  # "in a 2024 interview with the Ledger": when and where, no claim
            and not same_speaker(reading.speaker_of(u), who)
            and (record or not _an_opinion(u.text))  # "But traders say the charges are far too high": two views
        ]
        ranked = [
            (bool(_NEGATION.search(c.text)), overlap(c.text, a.text), c.sentence, a.offset, c, a)
            for c in claims
            for a in answers
            if _holds_against(c, a, who) and (turn or (_on_one_measure(c, a) and not _an_opinion(c.text)))
        ]
        best = max(ranked, key=lambda t: t[:4], default=None)
        if best is not None:
            clue = _CONTRAST.search(turn.group()).group() if turn else _ends(record.group())
            yield _Pair(best[4], best[5], "contrast" if turn else "record", clue, who)


def _quoted(reading: _Reading, sentence: Sentence) -> bool:
    """A sentence inside a quotation that opened before it: `He said: "Nobody loves Moor Lane more than I do. But
    the pitch floods every winter."` The "But" is the speaker going on, not the writer turning against them."""
    before = "".join(s.text for s in reading.sentences if s.block == sentence.block and s.start < sentence.start)
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _ends(words: str) -> str:
    """ "lease ... shows" for "lease, filed with the planning department of Corrington council, shows"."""
    first, *_, last = words.split()
    return f"{first.strip(',')} ... {last}"


def _an_opinion(text: str) -> bool:
    judged = classify(text)
    return judged is not None and judged[0] == "opinion"


def _holds_against(claim: Unit, answer: Unit, who: str) -> bool:
    """A denial ("has never used PFOA at the site") is answered only by a passage about what it denied."""
    clue = _DENIAL.search(claim.text) or _NEGATION.search(claim.text)
    what = _what_was_denied(claim.text, clue) if clue else ""
    return not clue or _about_the_same(claim.text, what, who, answer.text, turned=True)


def _on_one_measure(claim: Unit, record: Unit) -> bool:
    """A record answers words it shares something with: a content word, or a figure of the same measure or of
    time ("will last two seasons at most" / "the agreement ... runs for ten years"); or it shows a thing "still"
    there ("show carcasses still piled along the water's edge"), against words that say it was done."""
    if overlap(claim.text, record.text) or _STILL.search(record.text):
        return True
    measures = [{q.measure for q in quantities(u.text)} - {""} for u in (claim, record)]
    return bool(measures[0] & measures[1]) or all(_DURATION.search(u.text) for u in (claim, record))


_STILL = re.compile(r"\bstill\b", re.I)
_DURATION = re.compile(
    r"\b(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|seasons?|terms?|decades?|summers?|winters?)\b",
    re.I,
)
"""A length of time, however it is written ("two seasons", "10 years")."""

_SECOND_NEGATION = re.compile(r"\b(?:not|no)\b|n't\b|n\u2019t\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me|mine)\b")
_REPORTED_SELF = re.compile(
    r"(?:[^\"\u201c\u2018]*?\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b(?:[^,\"\u201c\u2018]*?\bthat\b)?\s*)?"
    r"(he|she)\b"
)
"""Reported words whose subject is the speaker ("she had been shown "summaries, never the bank statements""):
a denial about the speaker themselves, as in the first person."""
_POINTS_TO_SOMEONE = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
_POINTS_TO = {"she": re.compile(r"\b(?:she|her)\b", re.I), "he": re.compile(r"\b(?:he|his|him)\b", re.I)}


def _what_was_denied(text: str, clue: re.Match[str]) -> str:
    """The words after the denial, to the close of the quotation it stands in when the quotation ends its words:
    in '"We never have been," said committee chair X' the credit after the quotation says who denied, not what."""
    for start, end in quotation_spans(text):
        if start < clue.start() < end and (text[end + 1 :].strip()[:1] in ",.;!?" or text[end - 1] in ",.;!?"):
            return text[clue.end() : end]
    return text[clue.end() :]  # a fragment in marks ('he had "never once" used the card'): the clause goes on


def _about_the_same(claim: str, what: str, who: str, answer: str, turned: bool = False) -> bool:
    """An answer to a denial speaks of what was denied. A denial that names it ("never used Fluorex at
    the site") is answered only by a passage naming it, not one naming another thing of its kind; a
    denial in the speaker's own first person ("My dog has never bitten anyone", or reported: "she had never seen
    the statements") only by one pointing back to the speaker, not by a rule for everyone or what others saw;
    but a reported one may be `turned` by the writer's "however" right after it ('he had "never once" used the
    card. Bank statements, however, include payments ...')."""
    names = {s for s, name in stems(what).items() if name} - set(who.split())
    said = stems(answer)
    if names and not names & said.keys():
        return False
    reported = None if turned else _REPORTED_SELF.match(claim)
    if _FIRST_PERSON.search(claim) or reported:
        pointer = _POINTS_TO_SOMEONE if not reported else _POINTS_TO[reported.group(1)]
        return bool(pointer.search(answer)) or any(part in said for part in who.split())
    return True


def _content(text: str) -> set[str]:
    """What a passage says happened, as stems: its content words less names, days and months."""
    return {s for s, name in stems(text).items() if not name and s not in _DAYS_AND_MONTHS}


@dataclass(frozen=True)
class _Amount:
    unit: Unit
    figure: Quantity

    @property
    def measure(self) -> str:
        """What is counted, with the words for jobs as one: "600 workers" and "2,000 jobs" count the same."""
        return "job" if self.figure.measure in _JOBS else self.figure.measure


_JOBS = frozenset(map(stem, word_set("jobs workers employees staff posts positions roles")))


def _amounts(unit: Unit) -> Iterator[_Amount]:
    return (_Amount(unit, figure) for figure in quantities(unit.text))


def _figures(reading: _Reading) -> Iterator[_Pair]:
    """Two figures for the same thing in different sentences; "puts the figure at 12" answers the one before.

    Not when the figures could both be true: one passage also gives the other's figure ("31 of the
    40 shops" / "all 31 shops": a part and its whole), the two speak of different years, one is a
    wish, or they are too far apart to be one measure of one thing.
    """
    amounts = [
        a for u in reading.passages() if not _WISH.search(u.text) and not _ELSEWHERE.search(u.text) for a in _amounts(u)
    ]
    for i, first in enumerate(amounts):
        for second in amounts[i + 1 :]:
            if second.unit.sentence == first.unit.sentence or second.figure.value == first.figure.value:
                continue
            labels = [_labels(reading.sentences[a.unit.sentence].text) for a in (first, second)]
            if labels[0] and labels[1] and labels[0] != labels[1]:
                continue  # "Pump No. 1" / "Pump No. 4": two numbered things
            same = _same_figure(first, second) or _same_crowd(reading, first, second)
            if same and _comparable(first, second) and not any(_reconciled(reading, a.unit) for a in (first, second)):
                yield _Pair(first.unit, second.unit, "numbers", f"{first.figure.text} / {second.figure.text}")


_NOT_FIGURE = re.compile(r",\s+not\s+(\d[\d,]*(?:\.\d+)?)\b")
"""A figure put right in the words that give it ("130 posts are going, not 40")."""


def _corrections(reading: _Reading) -> Iterator[_Pair]:
    """ "130 posts are going, not 40" against the passage in another sentence that gave the 40:
    whatever each calls the thing counted ("jobs", "posts"), the "not" says it is one thing."""
    passages = reading.passages()
    for answer in passages:
        for wrong in _NOT_FIGURE.finditer(answer.text):
            value = float(wrong.group(1).replace(",", ""))
            given = (
                (u, q)
                for u in passages
                if u.sentence != answer.sentence
                for q in quantities(u.text)
                if q.value == value
            )
            claim, figure = next(given, (None, None))
            put_right = quantities(answer.text[: wrong.start()])
            if claim is not None and figure is not None and put_right:
                yield _Pair(claim, answer, "numbers", f"{figure.text} / {put_right[-1].text}, not {wrong.group(1)}")


def _comparable(first: _Amount, second: _Amount) -> bool:
    """Two figures that cannot both be true of one thing: of one size, of one year, neither also giving the other's."""
    small, large = sorted((first.figure.value, second.figure.value))
    if small <= 0 or large / small > MAX_RATIO:
        return False
    if _added(first) != _added(second):
        return False  # "20 more machines" / "148 machines": what is added, not the total
    rates = {bool(_RATE.search(_clause_of(a))) for a in (first, second)}
    if len(rates) == 2 and first.measure and second.measure:
        return False  # "carries 40 billion cubic metres a year" / "will hold 63 billion": a flow, a store
    years = [{y.lower() for y in _YEARS.findall(a.unit.text)} for a in (first, second)]
    if years[0] and years[1] and not years[0] & years[1]:
        return False
    if any(_EARLIER_VALUE.search(a.unit.text[: a.unit.text.find(a.figure.text)]) for a in (first, second)):
        return False  # "up from 11,500 last year": what it was before, not another count of the same thing
    if not _can_disagree(first, second) or not _can_disagree(second, first):
        return False
    averages = {bool(_AVERAGE.search(a.unit.text)) for a in (first, second)}
    if len(averages) == 2 and not any(_FIGURE.search(a.unit.text) for a in (first, second)):  # "the same figure"
        return False  # "the average wait was four hours" / "one man waited 19 hours": both can be true
    spans = [bool(_SPAN.search(a.unit.text)) for a in (first, second)]
    days = [bool(_days(a.unit.text)) for a in (first, second)]
    if spans[0] != spans[1] and days[0] != days[1]:
        return False  # "14,000 people over three days" / "Saturday's crowd at 6,000": a whole and one day of it
    for one, other in ((first, second), (second, first)):
        text = other.unit.text
        also = {q.value for q in quantities(text) if not re.search(r"\bnot\s*$", text[: text.find(q.text)])}
        if one.figure.value in also:
            return False  # "31 of the 40 shops" / "all 31 shops"; but "27 kilometres, not 32" denies the 32
    return True


def _can_disagree(one: _Amount, other: _Amount) -> bool:
    """Whether `one`, as its passage gives it, could be false if `other` is true. Not a change ("fallen by 1,100
    students") against a count, nor a bound the other figure keeps ("fewer than 60 plants" / "43 plants"), nor
    the whole of a share ("52 of the 70 days"), nor what two figures of the other passage add up to ("close 12
    of its 42 shops" / "the remaining 30 shops")."""
    lead = one.unit.text[: max(one.unit.text.find(one.figure.text), 0)]
    value, against = one.figure.value, other.figure.value
    if (_CHANGE.search(lead) and not _CHANGED.search(other.unit.text)) or _SHARE_OF.search(lead):
        return False
    if (_AT_MOST.search(lead) and against <= value) or (_AT_LEAST.search(lead) and against >= value):
        return False
    others = [q.value for q in quantities(other.unit.text) if q.measure in (one.measure, "")]  # "12 of 42 shops"
    return not any(abs(x - y) == value or x + y == value for i, x in enumerate(others) for y in others[i + 1 :])


_CHANGE = re.compile(
    r"\b(?:(?:rose|risen|rising|fell|fallen|falling|grew|grown|increased?|decreased?|dropped|declined|cut|reduced"
    r"|up|down)\s+by|(?:increase|rise|fall|drop|decline|cut|reduction)\s+of)\s+(?:\w+\s+)?$",
    re.I,
)
_SHARE_OF = re.compile(r"\b\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+)?$")
_AT_MOST = re.compile(r"\b(?:(?:fewer|less|lower)\s+than|under|up\s+to|at\s+most|no\s+more\s+than)\s+$", re.I)
_AT_LEAST = re.compile(r"\bat\s+least\s+$", re.I)
"""Bounds that are bounds: "more than" and "over" often mean "about" ("a little over one million")."""
_CHANGED = re.compile(
    r"\b(?:rose|risen|fell|fallen|grew|increase|decrease|decline|drop|rise|fall|reduction|reduced|cut|raised|lowered)",
    re.I,
)
_AVERAGE = re.compile(r"\b(?:average|median|mean|typical)\b", re.I)

_RATE = re.compile(r"\b(?:a|an|per|each|every)\s+(?:year|month|week|day|hour|minute|second|annum)\b", re.I)
"""A figure for each span of time ("40 billion cubic metres a year") is a rate: it does not measure what a total or
a store does ("will hold 63 billion cubic metres")."""
_ADDED = re.compile(r"\b(?:more|extra|additional|further|new)\b(?!\s+than)", re.I)
_EARLIER_VALUE = re.compile(
    r"\b(?:up|down|rising|falling|risen|fallen|increase|decrease|rise|fall)\s+from\s+(?:\w+\s+)?$"
)
_SPAN = re.compile(
    r"\b(?:over|across|during|in)\s+(?:the\s+)?(?:\w+\s+)?(?:days|nights|weeks|weekend|week|months|festival)\b", re.I
)
"""A total over several days ("over three days", "across the weekend"): one day's figure is a part of it."""
_LABEL = re.compile(r"\b(?:No\.|Number|#)\s*(\d+[A-Za-z]?)\b")
_ELSEWHERE = re.compile(
    r"\b(?:similar|comparable|neighbou?ring|elsewhere|limits?|thresholds?|maximum|minimum|permitted"
    r"|no (?:more|less|fewer) than)\b",
    re.I,
)
"""A passage about a thing like this one somewhere else ("a similar park in the next county"), or about the
limit set for it ("the legal limit is 4 milligrams", "could offer no more than 1,500 pounds"): another thing
than the one measured."""


def _added(amount: _Amount) -> bool:
    """A figure of what is added ("20 more machines", "an extra 300 staff"), not of the whole."""
    text = amount.unit.text
    before = text[: max(text.find(amount.figure.text), 0)].split()[-2:]
    return bool(_ADDED.search(amount.figure.text) or _ADDED.search(" ".join(before)))


def _labels(text: str) -> set[str]:
    """The numbers things are called by ("Well No. 2"), which are names, not amounts."""
    return set(_LABEL.findall(text))


def _same_crowd(reading: _Reading, first: _Amount, second: _Amount) -> bool:
    """ "More than 500 volunteers ..., organisers said" / "The council said only 150 people took part": two
    sources, one sentence apart, counting people (one of them says "people", the other names who)."""
    measures = {first.measure, second.measure}
    return (
        _PEOPLE in measures
        and len(measures) == 2
        and not measures & (_GENERIC_UNITS - {_PEOPLE})
        and all(m and not m.startswith("share") for m in measures)
        and second.unit.sentence - first.unit.sentence == 1
        and not same_speaker(reading.speaker_of(first.unit), reading.speaker_of(second.unit))
        and bool(reading.speaker_of(first.unit) or reading.speaker_of(second.unit))
    )


def _same_figure(first: _Amount, second: _Amount) -> bool:
    """Same measure (jobs and jobs; pounds for the same cost; a share of the same whole), or the later one
    says "the figure", "the share" or "a count" and gives no measure of its own."""
    shared = topic(first.unit.text) & topic(second.unit.text) - {first.measure}
    if first.figure.of and second.figure.of and first.figure.of != second.figure.of:
        return False  # "a grant of 200,000 pounds", "a profit of 1.2 million pounds": two different things
    apart = second.unit.sentence - first.unit.sentence
    if first.measure and first.measure == second.measure and first.measure != "share":
        # pounds, hours: only for the same thing ("the repair"), not merely at the same place ("Carrow") nor
        # merely money ("will cost"); or a second source's estimate of it ("puts the cost at ...", or just
        # after: "Repairs would cost ..." / "estimates the work at ...")
        clauses = [_clause_of(a) for a in (first, second)]
        common = _common_words(*clauses) - {first.measure}
        estimate = bool(_FIGURE.search(clauses[1]))
        return (
            first.measure not in _GENERIC_UNITS
            or bool(common - _MONEY_WORDS)
            or (estimate and (bool(common) or 0 < apart <= 2))
        )
    same_kind = second.measure == "" or first.measure.startswith(second.measure)
    return bool(
        first.measure not in ("", "share")
        and second.measure in ("", "share")
        and same_kind
        and 0 < apart <= 2
        and _FIGURE.search(second.unit.text)
        and (shared or apart == 1)
    )


_CREDIT = re.compile(r"^.*?\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b(?:\s+that\b)?")


_MONEY_WORDS = frozenset(map(stem, word_set("cost costs price prices pay paid spend spent worth charge charged")))
"""Words that say a sum is money, not what it is for: "the lockers will cost" and "staff pay ... cost" are two sums."""


_CONDITION = re.compile(r"\b(?:when|where|while|if|unless|until)\s", re.I)
"""A clause that says when or where something happened: a figure inside it ("on days when no rain had fallen for at
least 48 hours") measures the condition, not the thing the sentence counts."""


def _clause_of(amount: _Amount) -> str:
    """The clause a figure stands in, less its figures: "the council offering Greyline 85,000 pounds", not the
    rest of the sentence ("..., which is expected to cost about 40,000 pounds") nor a condition it is set in."""
    text = amount.unit.text
    at = max(text.find(amount.figure.text), 0)
    start = max(text.rfind(",", 0, at), text.rfind(";", 0, at)) + 1
    end = min((i for i in (text.find(",", at), text.find(";", at)) if i >= 0), default=len(text))
    condition = list(_CONDITION.finditer(text, start, at))
    start = condition[-1].start() if condition else start  # "took place on days when no rain had fallen for 48 hours"
    clause = text[start:end]
    credit = _CREDIT.search(clause)
    clause = clause[credit.end() :] if credit else clause  # "The company said ...": who said it is not what
    for figure in quantities(clause):
        clause = clause.replace(figure.text, " ")  # its figures' own words ("million") say nothing of what it is
    return clause


def _common_words(a: str, b: str) -> set[str]:
    """Content words two passages share, names left out."""
    first, second = stems(a), stems(b)
    return {s for s in first.keys() & second.keys() if not (first[s] or second[s])}


def _times(reading: _Reading) -> Iterator[_Pair]:
    """Two sources give different times of day, or different months, for the same event ("fixed by 2pm" /
    "not until after 5pm"; "will reopen in September" / "puts the reopening in the spring of next year").

    The sources differ (a speaker against another, or against the article's own report); two clock
    times must be of one thing ("engineers" and "the engineers"; not "lessons" and "I start work", nor
    two things that both "open"), two months the words just before them ("reopen"): a timetable's many
    times, all told by one voice, are no clash, and neither is a wish ("wants the school to open at 7.30am").
    """
    sourced = [(u, who) for u, who in [*reading.said, *((u, "") for u in reading.units)] if not _WISH.search(u.text)]
    clocks = [(u, who, t) for u, who in sourced for t in clock_times(u.text)]
    months = [(u, who, d) for u, who in sourced for d in dates(u.text)]
    for i, (first, first_by, first_time) in enumerate(clocks):
        for second, second_by, second_time in clocks[i + 1 :]:
            apart = abs(second.sentence - first.sentence)
            near = apart == 1 or _timed(first.text) & _timed(second.text)
            ends = {_moment(first.text, first_time.text), _moment(second.text, second_time.text)}
            if ends == {"start", "end"} or len(_days(first.text) | _days(second.text)) > 1:
                continue  # a start and an end, or "2pm on Tuesday" / "8pm on Wednesday": two moments
            sources = _two_sources(first_by, second_by, apart) or _same_event(reading, first, second)
            if sources and first_time.differs(second_time) and near:
                yield _Pair(first, second, "numbers", f"{first_time.text} / {second_time.text}")
    for i, (first, first_by, first_date) in enumerate(months):
        for second, second_by, second_date in months[i + 1 :]:
            apart = abs(second.sentence - first.sentence)
            same_event = first_date.event & second_date.event
            if _two_sources(first_by, second_by, apart) and same_event and first_date.differs(second_date):
                yield _Pair(first, second, "numbers", f"{first_date.text} / {second_date.text}")


_SAME = re.compile(r"\bthe same\s+[a-z]+", re.I)


def _days(text: str) -> set[str]:
    """The days of the week a passage names: a time of day on one is no time on another."""
    return {w.lower() for w in re.findall(r"[A-Z][a-z]+day\b", text) if w.lower() in DAYS}


def _same_event(reading: _Reading, first: Unit, second: Unit) -> bool:
    """ "Members of the society logged it at 9.42pm. The university's cameras recorded the same fireball at
    10.17pm.": the next sentence, another subject, pointing back to the one event."""
    subjects = {reading.subjects[first.sentence], reading.subjects[second.sentence]}
    return second.sentence == first.sentence + 1 and bool(_SAME.search(second.text)) and len(subjects - {""}) == 2


def _timed(text: str) -> set[str]:
    """What a time of day is given for: the passage's content words less the moment words ("start",
    "open"), days and clock words, so two passages meet on their subject ("lessons"), not on a verb."""
    return {w for w in _content(text) if not (_STARTS.match(w) or _ENDS.match(w)) and w not in _CLOCK_WORDS}


_CLOCK_WORDS = frozenset(map(stem, word_set("o'clock minutes hours half quarter past time")))
_STARTS = re.compile(r"\b(?:start\w*|begin\w*|began|open|opens|opening|opened|arriv\w*)\b", re.I)
_ENDS = re.compile(r"\b(?:finish\w*|end|ends|ending|ended|close|closes|closing|closed)\b", re.I)


def _moment(text: str, when: str) -> str:
    """Which end of an event a time of day is given for, "start", "end" or "" (from the five words before it):
    "lessons will start at 9.30am" and "lessons finish at 3.45pm" are two times of one day, not a clash."""
    before = " ".join(re.findall(r"[A-Za-z']+", text[: max(text.find(when), 0)])[-8:])
    starts, ends = bool(_STARTS.search(before)), bool(_ENDS.search(before))
    return "start" if starts and not ends else "end" if ends and not starts else ""


def _two_sources(first_by: str, second_by: str, apart: int) -> bool:
    """Passages in different sentences from different voices, at least one of them a named speaker."""
    return bool(apart) and not same_speaker(first_by, second_by) and bool(first_by or second_by)


def _directions(reading: _Reading) -> Iterator[_Pair]:
    """One passage says a thing rose, another that the same thing fell: both name it just before the verb
    ("visits rose" / "visits had fallen", not "profits fell" / "shares rose"), or the second points back to it
    from the next sentence against another source ("A hospital spokesman, however, said such cases fell")."""
    ups = [u for u in reading.passages() if _UP.search(u.text)]
    downs = [u for u in reading.passages() if _DOWN.search(u.text)]
    for up in ups:
        for down in downs:
            first, second = sorted((up, down), key=lambda u: u.offset)
            verbs = (_UP.search(up.text), _DOWN.search(down.text))
            rising, falling = _moved(up.text, verbs[0]), _moved(down.text, verbs[1])
            same_thing = not (rising and falling) or bool(rising & falling)
            if up.sentence != down.sentence and (
                (same_thing and topic(up.text) & topic(down.text)) or _answers(reading, first, second)
            ):
                yield _Pair(first, second, "direction", " / ".join(v.group() for v in verbs if v))


def _moved(text: str, verb: re.Match[str] | None) -> set[str]:
    """What rose or fell: the content words just before the verb ("visits" in "Museum visits rose")."""
    return topic(text[max(0, verb.start() - 40) : verb.start()]) if verb else set()


_ASIDE = re.compile(r"[a-z]+ing\b(?!.*[.!?]$)")
"""A clause that opens with a participle ("speaking on condition of anonymity"): an aside, not a statement."""
_POINTS_BACK = re.compile(r"^(?:such|these|those|the same)\b", re.I)
_CONTRAST = re.compile(r"\b(?:however|but|yet)\b", re.I)


def _answers(reading: _Reading, first: Unit, second: Unit) -> bool:
    """`second` answers `first` from the very next sentence: another source, a "however", and words that
    point back to what `first` named ("such cases", "these figures")."""
    return (
        second.sentence == first.sentence + 1
        and bool(_POINTS_BACK.match(second.text))
        and bool(_CONTRAST.search(reading.sentences[second.sentence].text))
        and not same_speaker(reading.speaker_of(first), reading.speaker_of(second))
    )


def _distractors(pair: _Pair, reading: _Reading) -> tuple[str, ...]:
    """Up to two other statements on the same topic (the claim's, the answer's or the headline's) that do not
    clash with the claim.

    Not the claim's or answer's sentence, not a denial, a figure of the same measure or a
    statement about what the claim denies, and for a change of stance nothing else the
    claim's speaker said: those may clash too ("Hart voted for the plan" against his "never").
    """
    about = topic(pair.claim.text) | topic(pair.answer.text) | reading.headline
    measures = {a.measure for u in (pair.claim, pair.answer) for a in _amounts(u)}
    denial = _DENIAL.search(pair.claim.text)
    denied = topic(pair.claim.text[denial.end() :]) if denial else set()  # what says it happened clashes too
    seen = {pair.claim.text, pair.answer.text}
    options = []
    plain = [u for u in reading.units if not any(m in u.text for m in '"\u201c\u201d')]
    for unit in [*plain, *(u for u, _ in reading.quotes)]:
        if (
            unit.text in seen
            or unit.sentence in (pair.claim.sentence, pair.answer.sentence)
            or unit.words > MAX_DISTRACTOR_WORDS
            or not statement_like(unit, minimum=5)
            or _ASIDE.match(unit.text)
            or _NEGATION.search(unit.text)
            or topic(unit.text) & denied
            or any(a.measure in measures for a in _amounts(unit))
            or _UP.search(unit.text)
            or _DOWN.search(unit.text)
            or same_speaker(reading.speaker_of(unit), pair.speaker)
            or (pair.kind == "stance" and unit.sentence == 0)
        ):
            continue
        seen.add(unit.text)
        options.append((len(about & topic(unit.text)), -abs(unit.sentence - pair.claim.sentence), unit.text))
    options.sort(reverse=True)
    topical = [text for shared, _, text in options if shared]
    return tuple((topical or [text for _, _, text in options])[:2])
