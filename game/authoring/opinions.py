"""Fact-or-opinion candidates in an article, each with the clue a student can learn to spot.

Plain word lists and one rated lexicon, no language model.  An opinion shows a clue; strong
clues (frankly, of course, clearly, seems, a judging word, should, a label such as "called it") rank
above weak ones (a one-word verdict such as "It was chaos", an exclamation, the writer's "I think",
the writer's own one-sentence line that pictures rather than reports: "The cuts are a hammer blow
to a fragile community").  A hedge ("as far as we know", "is expected to", "may"), a report of an
event and a "should" someone only passes on are not opinions.  A fact has no opinion clue and
something a record could confirm (a number, a date, a source).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

import simplemma

from game.authoring.attribution import reports_speech
from game.authoring.quantities import quantities
from game.authoring.statements import MAX_WORDS, MIN_WORDS, Unit, body_sentences, sentence_units, statement_like
from game.authoring.valence import LEANS, rating
from game.authoring.vocabulary import DAYS, MONTHS, word_set
from game.content.article import Article, Sentence

Kind = Literal["fact", "opinion"]

_CASELESS = re.I
_SHOULD_EXPECTED = (
    r"(?!\s+(?:open|reopen|be|arrive|start|begin|finish|end|close|complete|return|resume)\b[^,;.]*"
    r"\b(?:(?:19|20)\d\d|next\s+\w+|by\s+\w+|within|soon|later\s+this)\b)"
    r"(?!\s+(?:(?:immediately|now|first)\s+)?(?:contact|call|ring|email|phone|get\s+in\s+touch|stop\s+using|seek"
    r"|check\s+(?:their|your|the)|return\s+(?:it|them|the)|apply|register|report\s+(?:it|any|them))\b)"
)
"""`should` that predicts a schedule ("should open in 2028") or tells readers what to do about a notice ("should
contact the company for a refund", "should get in touch"), rather than recommends ("should move next year")."""
_SLOPES = "hill|hills|slope|slopes|climb|bank|banks|path|road|street|lane|stairs|steps|cliff|cliffs|drop|descent|ramp"
"""After these, "steep" measures a gradient ("a steep hill"), it does not judge a price."""
_FIGURE = r"\bwith all the [a-z]+ of (?:a|an)\b"
"""A comparison that pictures rather than reports: "handled with all the warmth of a parking ticket"."""
_INTENSIFIERS = r"(?:simply|just|really|absolutely|quite|so|very|utterly|totally|completely|plainly|truly)\s+"
_SENTENCE_START = r"(?:^|(?<=[.!?]\s))"
_IS = r"(?:\s+(?:is|was)|['\u2019]s)\s+"
_HOW = rf"(?:{_INTENSIFIERS})?(?:not\s+)?(?:{_INTENSIFIERS})?"
"""How a verdict is put: "is simply wrong", "is not acceptable", "is simply not acceptable"."""
_NOT_VERDICTS = (
    "likely|unlikely|possible|impossible|probable|understood|thought|known|true|false|time|illegal|legal|unlawful"
    "|due|set|up|about|going|still|now|too|the|a|an|hard|easy|difficult|common|rare|usual|unusual"
)
"""Words in "It is ... that/to" that hedge, report or state a rule or a frequency rather than judge: "It is
likely that", "It is illegal to", "It is common to"."""
_SIMILE = (
    r"\b(?:treat|treats|treated|treating|handled|handles)\b[^,;.]{0,40}?\blike\s+"
    r"(?:(?:a|an)\s+[a-z]+|(?!(?:any|all|every|other|others|those|these|the|its|their)\b)[a-z]+s\b)"
)
"""How someone is treated, in their own words: "treated these families like obstacles on a map". Only
in a quotation: the writer's "the site was treated like a crime scene" reports what the police did."""
_REFRAME = (
    r"\b(?:is|are|was|were)(?:n't| not) (?:a|an|the)?\s*[\w -]{1,30}(?:[;:]|\s[\u2014\u2013])\s+"
    r"(?:it|this|that|they)(?:'s|\u2019s| is| are| was)\b"
)
"""Renaming a thing to judge it: "is not an investment; it is a harvest"."""
OPINION_CLUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "stance",
        re.compile(
            r"^(?!.*\b(?:I|we)\s+(?:was|were|kept|felt|had)\b).*?(?<!\bI\s)(?<!\bwe\s)\bhonestly\b"  # "honestly, it's"
            r"|\b(?:frankly|clearly|obviously|surely|sadly|unfortunately|fortunately|luckily|hopefully"
            r"|of course|needless to say|shamefully|thankfully|no doubt|admittedly|arguably"
            r"|it (?:must|has to) be said)\b",
            _CASELESS,
        ),
    ),
    ("hedge", re.compile(r"\b(?:seems?|seemed|seemingly|appears? to|apparently)\b", _CASELESS)),
    (
        "judgement",
        re.compile(
            r"\b(?:(?<!\bfor )good|bad|badly|best(?! part of\b)|worst|better|worse|great|terrible|awful|wonderful"
            r"|amazing|brilliant|excellent"
            r"|superb|shameful|disgrace|disgraceful|outrageous|ridiculous|absurd|silly|stupid|foolish|curious"
            r"|interesting|boring|fair|unfair|beautiful|ugly|lovely|horrible|dreadful|disappointing|impressive"
            r"|incredible|remarkable|shocking|scandalous|rushed|reckless|irresponsible|careless"
            r"|pointless|hopeless|sensible|overpriced|shambles|fiasco|false economy|dark day|sad day|long overdue"
            r"|strange|bizarre|baffling|puzzling|pure and simple|bold|smart|overdue|overblown|shambolic|exactly right"
            r"|unacceptable|not acceptable|short-sighted|shortsighted"
            r"|(?:is|was|are|were|be|been|['\u2019]s)\s+(?:not\s+)?(?:a|an)\s+(?:(?:big|huge|terrible|total|complete)\s+)?"
            r"(?:mistake|betrayal|disaster|travesty|farce|insult|gut punch|slap in the face|kick in the teeth)"
            r"|(?:a|total|complete|utter) waste|waste of|steep(?!\s+(?:" + _SLOPES + r")\b)|not an option|last straw"
            r"|(?:far|much|way|simply|just|all) too (?!many\b|much\b)[a-z]+)\b",
            _CASELESS,
        ),
    ),
    ("figure", re.compile(_FIGURE, _CASELESS)),
    ("simile", re.compile(_SIMILE, _CASELESS)),
    ("reframe", re.compile(_REFRAME, _CASELESS)),
    (
        "ought",
        re.compile(r"\b(?:should" + _SHOULD_EXPECTED + r"|shouldn['\u2019]t|ought to|deserve[sd]?)\b", _CASELESS),
    ),
    (
        "verdict",
        re.compile(
            _SENTENCE_START + r"(?:It|This|That)" + _IS + _HOW + r"(?:(?:a|an|pure|total|utter|complete)\s+)?"
            r"(?![a-z]+(?:ed|ing|ly)\b)[a-z]+(?:-[a-z]+)?(?=[.!]?$|[.!]\s)"
            r"|" + _SENTENCE_START + r"It" + _IS + _HOW + r"(?!(?:" + _NOT_VERDICTS + r")\b)(?![a-z]+ed\b)"
            r"[a-z]+(?:-[a-z]+)?(?=\s+(?:that|to)\s)"
        ),
    ),
    ("exclamation", re.compile(r"!")),
    (
        "first-person",
        re.compile(
            r"\b(?:I|we)(?:\s+(?:really|still|honestly|genuinely))?\s+(?:think|believe)\b"
            r"|\b(?:in|to) (?:my|our) (?:view|mind)\b",
            _CASELESS,
        ),
    ),
]
STRONG = ("stance", "hedge", "judgement", "figure", "simile", "reframe", "ought", "label", "question")
"""Clues that make a sentence an opinion by themselves; the others only hint at one."""
LABEL_VERBS = frozenset({"called", "calls", "described", "describes", "branded", "brands", "dubbed", "dubs"})
"""A quotation introduced by these is someone's label for a thing: "called it "a tax on ..."" judges it."""
HEDGES = re.compile(
    r"\b(?:might|(?-i:may)|could|would|perhaps|probably|possibly|likely|maybe|as far as (?:we|I) know"
    r"|(?:is|are|was|were) expected to|is thought to|reportedly)\b|\?",
    _CASELESS,
)
FACT_CLUES: list[tuple[str, re.Pattern[str]]] = [
    ("number", re.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred|per cent|percent))?(?:\s+[a-z]+)?")),
    (
        "date",
        re.compile(
            r"\b(?:(?i:on|in|last|next|every) )?(?:"
            + "|".join(sorted(name.capitalize() for name in MONTHS - {"may"} | DAYS))
            + r")s?\b"
        ),
    ),
    ("source", re.compile(r"\baccording to [^,.;]+", _CASELESS)),
    ("event", re.compile(r"\b(?:[a-z]{2,}ed|won|lost|met|began|held|made|took|gave|sold|bought|built)\b")),
]


_ANCHOR = re.compile(r"\b(?:yesterday|today|tonight|ago|last|earlier|since|(?:19|20)\d\d)\b", re.I)
"""A time the event is placed at: "... walked out last week". Without one, "has pocketed public money"
is a charge rather than a record of something that happened."""


@dataclass(frozen=True)
class Statement:
    """A fact-or-opinion candidate and the clue that decided it (`reason` names the kind of clue)."""

    text: str
    offset: int
    kind: Kind
    clue: str
    reason: str

    @property
    def strong(self) -> bool:
        return self.reason in STRONG


@dataclass(frozen=True)
class Quoted:
    """Words the article credits to someone, with the verb that introduced them ("called")."""

    text: str
    offset: int
    verb: str


def classify(text: str, *, quoted: bool = False) -> tuple[Kind, str, str] | None:
    """(kind, clue, reason) for a passage, or None when it has no clear clue either way.

    In quoted speech "I" and "we" are the speaker's own voice, not a sign of opinion,
    and only opinions are taken from quotations: a quoted "fact" is still someone's claim.
    """
    opinion = _first_clue(OPINION_CLUES, text, skip="first-person" if quoted else "simile")
    if opinion and (opinion[1] in STRONG or not HEDGES.search(text)):
        return "opinion", *opinion
    if quoted or HEDGES.search(text):
        return None
    fact = _first_clue(FACT_CLUES, text)
    return ("fact", *fact) if fact else None


def _first_clue(clues: list[tuple[str, re.Pattern[str]]], text: str, skip: str = "") -> tuple[str, str] | None:
    for reason, pattern in clues:
        for clue in clue_words(reason, pattern, text) if reason != skip else ():
            return clue, reason
    return None


def clue_words(reason: str, pattern: re.Pattern[str], text: str) -> Iterator[str]:
    """The words in `text` where `pattern` finds a clue of this kind and it really is one."""
    for found in pattern.finditer(text):
        if reason == "judgement" and (_in_name(text, found.start()) or text[found.end() : found.end() + 1] == "-"):
            continue  # "Fair Homes", "Good Morning Britain": a name; "best-selling": a compound, not a judgement
        if reason == "event" and not (_names_someone(text) and _ANCHOR.search(text)):
            continue
        if reason == "exclamation" and _figure_only(text[: found.start()]):
            continue
        if reason == "ought" and _REPORTED_OUGHT.search(re.split(r"[.!?]\s+", text[: found.start()])[-1]):
            continue
        yield found.group().strip()


_REPORTED_OUGHT = re.compile(
    r"\b(?:whether|if)\b[^,;:]*$|\b(?:told|asked|advised|instructed|ordered|urged)\b", _CASELESS
)
"""A "should" someone asked about ("asked whether users should worry") or passed on ("I was told that I should
go"): the speaker reports a question or an instruction, and recommends nothing."""


def _figure_only(before: str) -> bool:
    """An exclaimed figure ("Nine!", "40,000!") stresses a fact; it does not judge."""
    exclaimed = re.split(r"[.!?]\s+", before)[-1].strip(" \"'\u201c\u2018")
    return len(exclaimed.split()) <= 2 and bool(quantities(exclaimed))


def _in_name(text: str, at: int) -> bool:
    """A capitalised word that does not open the sentence: part of a name."""
    return text[at].isupper() and bool(text[:at].strip(" \"'\u201c\u2018("))


def _names_someone(text: str) -> bool:
    """A capitalised word after the first: an event with a name in it is something a record could show."""
    return any(word[:1].isupper() for word in text.split()[1:])


def _judgeable(unit: Unit) -> tuple[Kind, str, str] | None:
    """The verdict on a passage a student can judge alone: no quotation or reported speech in it, one clear clue."""
    if not statement_like(unit) or _QUOTE_MARK.search(unit.text):
        return None
    if reports_speech(unit.text):
        return None
    verdict = classify(unit.text)
    if verdict and verdict[2] not in _UNMISTAKABLE and verdict[0] == "opinion" and _first_clue(FACT_CLUES, unit.text):
        return None  # mixed: a judging word wrapped round a checkable report
    return verdict


_QUOTE_MARK = re.compile(r'["\u201c\u201d]|(?<!\w)\u2018')
"""A quotation mark, or an opening single one ("\u2018Nobody ..."), not an apostrophe ("the town\u2019s")."""
_UNMISTAKABLE = ("stance", "figure", "reframe")
"""Clues that stay opinions beside a figure: "will no doubt strike terror into the owner of an £80,000 ..."."""


def _quoted_verdict(quote: Quoted, article: str) -> tuple[Kind, str, str] | None:
    if len(quote.text.split()) < MIN_WORDS:
        return None
    if quote.verb in LABEL_VERBS and _labels(quote, article) and (_names_a_thing(quote.text) or _calls_it(quote)):
        return "opinion", quote.verb, "label"
    question = _RHETORICAL.search(quote.text) or _DEMANDING.search(quote.text)
    if question:
        return "opinion", question.group("asked"), "question"
    verdict = classify(quote.text, quoted=True)
    if verdict and verdict[2] == "judgement" and _first_clue(FACT_CLUES, quote.text):
        return None  # mixed: "the worst floods since 1953" ranks something a record could show
    return verdict


_DETERMINERS = word_set("a an the this that such pure total utter no nothing")


_LABEL_BEFORE = re.compile(
    r"\b(?:call(?:s|ed)?|brand(?:s|ed)|dub(?:s|bed))\s+(?!(?:for|on|off|in|out|up|back)\b)(?:[\w'\u2019-]+\s+){0,6}$"
    r"|\b(?:describe[sd]?|branded|dubbed)\b[^,.;!?]*\bas\s+$",
    _CASELESS,
)
_CLAIMED = re.compile(r"\b(?:proof|evidence|sign|signs|confirmation|indication)\b[^,;]*\bthat\b", _CASELESS)
"""Evidence said to show something ("the clearest proof yet that foxes are evolving") is a claim to check."""


def _labels(quote: Quoted, article: str) -> bool:
    """The quotation is the label itself, right after "called it" or "described ... as": not a later quotation
    in the same sentence ("described the talks as "frank", and said she saw "a real chance ...""), and not a
    claim that something is proved."""
    at = article.find(quote.text, quote.offset)
    before = article[max(0, at - 120) : at].rstrip("\"'\u201c\u2018 ") + " "
    return (at < 0 or bool(_LABEL_BEFORE.search(before))) and not _CLAIMED.search(quote.text)


_CALLING = word_set("called calls branded brands dubbed dubs")


def _calls_it(quote: Quoted) -> bool:
    """A quality someone calls a thing ("called the work "careful and genuinely important"") judges it, when a
    word of it leans to praise or blame in VADER's lexicon; "described as" may only describe."""
    return quote.verb in _CALLING and any(abs(rating(w)) >= LEANS for w in re.findall(r"[a-z]+", quote.text))


def _names_a_thing(text: str) -> bool:
    """A label is a noun phrase ("called it "a tax on ..."", "the cuts "a slow eviction""); what a document
    "describes" as "in reserve and available for deployment" is a description that can be checked."""
    marks = [m.end() for m in _QUOTE_MARK.finditer(text)]
    inside = text[marks[0] :] if len(marks) > 1 else text
    first = inside.strip(" \"'\u201c\u2018").split(maxsplit=1)
    return bool(first) and first[0].lower() in _DETERMINERS


_DEMANDING = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<asked>(?:how\s+(?:many|much|long)|why)\b[^?.!\"\u201d]*"
    r"\b(?:(?:have|has|had|need|needs)\s+to|must)\b[^?.!\"\u201d]*\?)",
    _CASELESS,
)
"""A quoted question that demands rather than asks: "How many children have to be hit before someone acts?",
"Why must families pay?". "Why would a bridge crack?" asks; what someone has to do is the speaker's point."""
_RHETORICAL = re.compile(r"(?:[,;:]\s+)(?P<asked>(?:so\s+)?(?:who|what|why)\b[^?.!\"\u201d]*\?)", _CASELESS)
"""A quoted question that answers itself: "But it's only us, so who cares?" makes a point; nobody
is asked. A question on its own ("What happens to the staff?") may be a real one, and is left alone."""


def _comment(unit: Unit, *, closing: bool = False) -> tuple[Kind, str, str] | None:
    """The writer's own line, a paragraph of one sentence that pictures rather than reports: "The cuts are a
    hammer blow to a fragile community", "treated this school as an afterthought", "Projects like this do
    more for young scientists than a year of textbooks", "Pavements belong to people on foot, not to
    machines". In the present tense, with no clue word either way, no hedge, no figure, no quotation and
    no one credited. A past event, a forecast ("will", "is expected to") or anything with a number is left
    alone, and so is a plain present fact without a picture ("Police are investigating").

    "Small schools are the beating heart of ..." speaks of a kind of thing, not of one that a record could
    show; so a picture of "the" kind ("is the result of") counts only about a kind, and so does every picture
    in a `closing` paragraph of several sentences, where a report may still end with "The mill is a listed
    building"."""
    text = unit.text
    if (
        not statement_like(unit)
        or any(m in text for m in '"\u201c\u201d')
        or reports_speech(text)
        or classify(text) is not None
        or HEDGES.search(text)
        or quantities(text)
        or not _pictures(text, closing)
    ):
        return None
    verb = _present_verb(text)
    return ("opinion", verb, "comment") if verb else None


_PICTURE = re.compile(
    r"\b(?:is|are)\s+(?:a|an)\s+[a-z]+|\bas\s+(?:a|an)\s+[a-z]+|\b(?:more|less|better|worse)\s+(?!than\b)\S.*\bthan\b"
    r"|,\s+not\s+"
)
"""A picture or a weighing: "is a hammer blow", "as an afterthought", "do more ... than", "..., not to machines"."""
_KIND_PICTURE = re.compile(
    r"\b(?:is|are)\s+the\s+(?!(?:only|first|second|third|last|final|same|most|least|main|next|one)\b"
    r"|[a-z]+(?:est|'s|\u2019s)\b)[a-z]+"
    r"|\b(?:is|are)\s+[a-z]+(?:'s|\u2019s)\s+[a-z]+"
)
"""A kind of thing pictured as another: "are the beating heart of", "are nature's engineers"; not a ranking a
record could check ("is the only", "is the largest", "is the town's")."""
_ANY_PICTURE = re.compile(f"{_PICTURE.pattern}|{_KIND_PICTURE.pattern}")
_DEFINITE = word_set("the this that these those its their his her our my your")


_IS_A = re.compile(r"\b(?:is|are)\s+(?:a|an)\s+(?P<noun>[a-z]+)")
_STATUS = word_set("former retired registered listed founding member subsidiary branch part")


def _pictures(text: str, closing: bool) -> bool:
    if _classed(text):
        return False
    if not closing and _PICTURE.search(text):
        return True
    return _about_a_kind(text) and bool(_ANY_PICTURE.search(text))


def _classed(text: str) -> bool:
    """A thing classed rather than pictured: a named subject ("Harwell Foods is a subsidiary", "Dr Okafor is an
    expert") or a status a record holds ("is a former chapel")."""
    found = _IS_A.search(text)
    return found is not None and (
        found["noun"] in _STATUS or any(w[:1].isupper() for w in text[: found.start()].split()[1:])
    )


def _about_a_kind(text: str) -> bool:
    """A sentence about a kind of thing ("Small schools ...", "A club cut off from its town ..."), not about
    one the reader is pointed to ("The mill ...", "This decision ...")."""
    first = text.split(maxsplit=1)[0].strip("\"'\u201c\u2018(").lower()
    return first not in _DEFINITE


_PRESENT = word_set("is are am has have do does")
_PAST_OR_MODAL = word_set("was were had did will would can could may might must shall should")


def _present_verb(text: str) -> str:
    """The sentence's verb and what follows it ("are a hammer blow") when it speaks in the present tense, else "".

    The first auxiliary decides ("has pocketed": present; "was", "will": not); with none, no past form may
    appear ("belong to", not "closed" nor "met": simplemma's lemma tells an irregular past from its verb).
    """
    words = re.findall(r"[A-Za-z'\u2019]+", text)
    for at, word in enumerate(words[1:], start=1):
        lower = word.lower()
        if lower in _PRESENT:
            return " ".join(words[at : at + 4])
        if lower in _PAST_OR_MODAL:
            return ""
    lower = [w.lower() for w in words[1:] if w.islower()]
    if any(w.endswith("ed") or (simplemma.lemmatize(w, "en") != w and not w.endswith("s")) for w in lower):
        return ""
    first = next((at for at, w in enumerate(words[1:], start=1) if w.islower() and w not in _ARTICLES), 0)
    return " ".join(words[first : first + 4]) if first else ""


_ARTICLES = word_set("a an the")


def _comment_blocks(article: Article) -> set[int]:
    """The paragraphs where a writer comments: one of a single sentence, and the closing one when it is all
    in the writer's own voice (no quotation, nobody credited), as in "Small schools are the beating heart
    of their neighbourhoods." ending a report."""
    blocks = {s.block for s in body_sentences(article)}
    single = {b for b in blocks if len(article.sentences_in(b)) == 1}
    last = max(blocks, default=0)
    own = not any(_QUOTE_MARK.search(s.text) or reports_speech(s.text) for s in article.sentences_in(last))
    return single | ({last} if own else set())


_ASIDE = re.compile(r"\(\s*(?P<aside>[^()\"\u201c\u201d]+?)\s*\)")


def _asides(sentence: Sentence, number: int) -> list[Unit]:
    """What a sentence says in brackets: often the writer stepping aside to comment ("(a slightly smug picture,
    it must be said)", "(which is a strange thing to say)"), to be judged apart from the report around it."""
    return [Unit(m["aside"], sentence.start + m.start("aside"), number) for m in _ASIDE.finditer(sentence.text)]


_CREDITED = re.compile(
    r"(?<!\bto )\b(?:said|says|say|told|tells|according to|claims?|claimed|insists?|insisted)\b", _CASELESS
)
"""An aside that credits someone ("(police said)", "(which the council says is temporary)") is a report."""
_BE_SAID = re.compile(r"\bit (?:must|has to) be said\b", _CASELESS)
"""The writer's own stance, not someone's words reported."""


def _aside_verdict(aside: Unit) -> tuple[Kind, str, str] | None:
    """An aside is taken only as an opinion, on a clue of its own: one that adds a date, a figure or a name
    ("(which opened in 1984)", "(a subsidiary of Harl Logistics)") only fills in the report."""
    if not MIN_WORDS <= aside.words <= MAX_WORDS or _CREDITED.search(_BE_SAID.sub("", aside.text)):
        return None
    verdict = classify(aside.text)
    return verdict if verdict and verdict[0] == "opinion" else None


def _overlap(unit: Unit, aside: Unit) -> bool:
    return unit.offset < aside.offset + len(aside.text) + 1 and aside.offset - 1 < unit.offset + len(unit.text)


def fact_and_opinion(article: Article, quotations: list[Quoted]) -> tuple[list[Statement], list[Statement]]:
    """Fact candidates and opinion candidates in article order: whole sentences first, else one clause each.

    `quotations` are the words the article credits to speakers: quoted opinions make good statements.
    """
    found: list[Statement] = []
    comments = _comment_blocks(article)
    for number, (sentence, units) in enumerate(sentence_units(article)):
        asides = _asides(sentence, number)
        commented = [Statement(a.text, a.offset, *v) for a in asides if (v := _aside_verdict(a))]
        found += commented  # the writer's view in brackets, apart from the report around it
        whole = Unit(sentence.text.strip(), sentence.start, number)
        verdict = None if commented else _judgeable(whole)
        closing = len(article.sentences_in(sentence.block)) > 1
        if verdict is None and sentence.block in comments and not commented:
            verdict = _comment(whole, closing=closing)
        if verdict:
            found.append(Statement(whole.text, whole.offset, *verdict))
            continue
        kinds: set[str] = set()
        own = sentence.block in comments and not (_QUOTE_MARK.search(whole.text) or reports_speech(whole.text))
        for unit in units if len(units) > 1 or units[0].text != whole.text else []:
            if any(_overlap(unit, aside) for aside in asides):
                continue  # a clause cut from inside or across brackets ("is a strange thing to say)")
            verdict = _judgeable(unit) or (_comment(unit, closing=closing) if own else None)
            if verdict and verdict[0] not in kinds:
                kinds.add(verdict[0])
                found.append(Statement(unit.text, unit.offset, *verdict))
    taken = {s.text for s in found}
    for quote in quotations:
        verdict = _quoted_verdict(quote, article.text)
        if verdict and quote.text not in taken:
            taken.add(quote.text)
            found.append(Statement(quote.text, quote.offset, *verdict))
    found.sort(key=lambda s: s.offset)
    return [s for s in found if s.kind == "fact"], [s for s in found if s.kind == "opinion"]
