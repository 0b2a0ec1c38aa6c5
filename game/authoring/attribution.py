"""Who said what: quotations and reported speech in an article, each with the speaker the article names.

Used by `byline new-level` to draft who-said-it questions.  Plain patterns, no
language model: a quotation in quotation marks next to "X said", "said X",
"X called it", "according to X"; and reported speech ("According to X, ...",
"..., according to X", "X said that ...", "..., X announced.").  Everything
returned is a verbatim slice of the article, and a speaker is only ever the
noun phrase the article itself puts next to the words: a pronoun ("she said")
is never guessed at but reported as `Unattributed`, for the teacher to decide.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

import simplemma

from game.authoring.references import (
    BODY_REFERENCES,
    KIN_REFERENCES,
    ORGANISATION_WORDS,
    PERSON_WORDS,
    Mention,
    Mentions,
    ends_in_name,
    is_reference,
    kind_of,
    must_resolve,
)
from game.authoring.vocabulary import AUDIENCES, BE_FORMS, DAYS, MONTHS, QUOTING_VERBS, REPORTING_VERBS, word_set
from game.content.article import Article, Sentence, fold_quotes

_AUX = word_set(
    "has have had is are was were will would also then later again once publicly reportedly already now still "
    "previously first"
)
_DETERMINERS = word_set("the a an one its their his her this that these those some several many two three")
_PRONOUNS = word_set("he she they it we i you him her them us this that these those who which")
_NOBODY = word_set("nobody everyone everybody somebody someone anyone nothing everything something")
_FUNCTION = word_set(
    "and or but so yet nor if when while after before since because although though as than that which "
    "who whom whose where to in on at by with about against into onto over under during without within "
    "through is are was were be been being has have had do does did will would can could should may might "
    "must not no also then now however meanwhile furthermore moreover instead still finally"
)
_PREPOSITIONS = word_set(
    "at in on by for with from into onto over under during without within through about against across near like "
    "beside behind between among above below around along outside inside beneath opposite towards toward beyond"
)
_MODALS = word_set("do does did can could may might must shall should will would cannot")
"""Verbs that only help another: the words before one are a sentence's subject ("Ravi Dunmore did not")."""
_PARTICLES = word_set("out up off down back away")
"""Words that finish a verb ("gave out", "set up", "backed down"): the word before them is the verb."""
_OBJECT_STARTS = _PREPOSITIONS | _DETERMINERS | word_set("him her them us me it") - word_set("that this these those")
"""Words that open what follows a verb: "met on Tuesday", "gave them", "employs 180"."""
_TIME = (
    word_set("yesterday today tonight week month year last next morning evening night earlier later")
    | DAYS
    | MONTHS - {"may"}
)
MAX_SPEAKER_WORDS = 8
MAX_LEAD_WORDS = 20
"""At most this many words between a verb and the quotation it introduces ("told reporters that it was")."""
MAX_QUOTE_WORDS = 25
MIN_REPORTED_WORDS = 4

_TOKEN = re.compile(r"[^\W_](?:[\w&-]|['\u2019.](?=[^\W_])|\s&\s(?=[A-Z]))*(?:(?<=s)['\u2019](?!\w))?")
_ACCORDING = re.compile(r"\baccording to\s+", re.I)
_LEADING_PUNCT = re.compile(r"[\s,.!?;:\u2014\u2013-]*")
_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|\[|$)")
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.I)
_ASIDE = re.compile(r"\s*[;(\u2014]|,\s+(?:but|while|whereas|though|although)\s")
"""Where reported words end: an aside, or ", but ..." that opens someone else's claim."""
_NAME_AFTER = re.compile(r",\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,3})(?=\s*(?:[.,;!?]|$))")
"""A name in apposition after a role: "said its spokesperson, Nina Shaw"."""
_CLAIM_END = re.compile(r"[,;.!?]|\s[\u2014\u2013]")
_CLAUSE_CUT = re.compile(r"(?:,|;|\s+and|\s+but)\s+")
_OPENING_MARKS = '"\u201c\u2018'
_QUOTE_MARKS = '"\u201c\u201d\u2018\u2019'
SPEECH_VERBS = word_set("said says told tells added adds insisted insists argued argues explained explains")
"""Verbs of someone speaking (not "found" or "shows"): a quotation standing alone after them is theirs."""


ANONYMOUS = re.compile(
    r"\b(?:(?:asked|wished|wanted|want|did not want|declined|refused)\s+(?:not\s+)?to\s+be\s+(?:named|identified)"
    r"|(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|not\s+authori[sz]ed\s+to\s+speak)\b",
    re.I,
)
"""Words that say the article keeps a source's name back: "who asked not to be named"."""


@dataclass(frozen=True)
class Attribution:
    """Words the article credits to a speaker, with the passage that shows it (`evidence`).

    `named_in` is the span of the earlier sentence that names a speaker the words only call
    "she" or "the company": the proof is in another sentence. `anonymous` marks a source the
    article does not name ("a council official, who asked not to be named").
    """

    quote: str
    speaker: str
    cue: str
    evidence: str
    offset: int
    direct: bool
    anonymous: bool = False
    named_in: tuple[int, int] | None = None
    claim: str = ""
    claim_at: int = -1
    continues: bool = False
    """A paragraph of quotation that goes on with the words of the speaker credited in the paragraph before."""
    doubt: str = ""
    """Why the credit may not name the speaker ("the club" in a sentence about Bay Rovers): the words are
    someone's, for the contradiction finder, but no question asks who said them."""

    @property
    def said(self) -> tuple[str, int]:
        """The words credited as a clause that reads alone, and where: `the enclosure was "far too small"`
        rather than `far too small`; for reported speech, the clause itself."""
        return (self.claim, self.claim_at) if self.claim else (self.quote, self.offset)

    @property
    def verb(self) -> str:
        """The verb that credits the words ("said", "called"), or "" for "according to"."""
        return next((w for w in _TOKEN.findall(self.cue) if w in QUOTING_VERBS), "")

    @property
    def display_speaker(self) -> str:
        """The speaker as a choice: its first letter capitalised, nothing else changed."""
        return self.speaker[:1].upper() + self.speaker[1:]


@dataclass(frozen=True)
class Unattributed:
    """A quotation or report the draft could not credit to a named speaker, and why."""

    text: str
    offset: int
    reason: str
    end: int = -1
    """Where a quotation's closing mark ends, to tell whether it stands alone."""


def speaker_key(speaker: str) -> str:
    """Two mentions of the same speaker ("the mayor", "The mayor") compare equal."""
    words = speaker.lower().replace("\u2019", "'").split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) indexes of paired quotation marks: straight or curly double, curly single."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        char = text[i]
        close = -1
        if char == '"':
            close = text.find('"', i + 1)
        elif char == "\u201c":
            close = text.find("\u201d", i + 1)
        elif char == "\u2018" and (i == 0 or not text[i - 1].isalnum()):
            close = next(
                (j for j in range(i + 1, len(text)) if text[j] == "\u2019" and not text[j + 1 : j + 2].isalpha()), -1
            )
        if close > i:
            spans.append((i, close))
            i = close + 1
        else:
            i += 1
    return spans


def find_attributions(article: Article) -> tuple[list[Attribution], list[Unattributed]]:
    """Every quotation and reported statement in the article's paragraphs, credited or not.

    Read in order, so "she said" can point back to the speaker named just before, and a
    quotation standing alone as the next sentence (or the next paragraph) continues the
    same speaker's words.
    """
    body_sentences = [s for s in article.sentences if s.block > 0]
    number = {s.start: i for i, s in enumerate(body_sentences)}
    mentions = _mentions(article)
    found: list[Attribution] = []
    skipped: list[Unattributed] = []
    carried: Attribution | None = None  # the last words of the paragraph before, if someone's
    for block in range(1, len(article.blocks)):
        base = article.blocks[block][0]
        body = article.block_text(block)
        spans = _quoted_spans(article, block)
        sentences = article.sentences_in(block)
        items: list[Attribution | Unattributed] = [_direct(body, base, o, c, sentences) for o, c in spans]
        for sentence in sentences:
            local = sentence.start - base
            if not any(o < local + len(sentence.text) and c >= local for o, c in spans):
                result = _reported(_without_dateline(sentence))
                if result is not None:
                    items.append(result)
                if isinstance(result, Attribution):
                    items += _added(_without_dateline(sentence), result) + _next_speaker(sentence, result)
            elif (opened := next((o - local for o, _ in spans if local < o < local + len(sentence.text)), 0)) > 0:
                beside = _reported_beside(sentence, opened)
                if beside is not None:
                    items = [_under(item, beside, sentence) for item in items] + [beside]
        previous: Attribution | None = None
        last: Attribution | Unattributed | None = None
        for item in sorted(items, key=lambda x: x.offset):
            where = next((s for s in reversed(sentences) if s.start <= item.offset), sentences[0])
            before = previous if previous is not None or last is not None else carried
            result = _settle(item, before, where, number[where.start], mentions, article)
            if isinstance(result, Unattributed) and last is None and block > 1:
                opened = _opened_before(result, article, block)  # 'Aisha Rahman said:' and then the paragraph
                if opened is not None:
                    naming = article.sentences_in(block - 1)[-1]
                    settled = _settle(opened, None, naming, number[naming.start], mentions, article)
                    result = replace(settled, named_in=settled.named_in or (naming.start, naming.end))
            last = result
            if isinstance(result, Attribution):
                mentions.add(result.speaker, result.offset, number[where.start], unnamed=result.anonymous)
                previous = result if result.direct or result.verb in SPEECH_VERBS else previous
                found += _parts(result, article)
                skipped += [Unattributed(result.quote, result.offset, result.doubt)] if result.doubt else []
                found += _coordinated(result, where, article) if result.direct else []
                found += _reported_before(result, article) if result.direct and result.claim else []
            else:
                skipped.append(result)
        carried = last if isinstance(last, Attribution) and (last.direct or last.verb in SPEECH_VERBS) else None
    unique: dict[str, Attribution] = {}
    for credit in found:
        unique.setdefault(" ".join(credit.quote.lower().split()), credit)
    body = article.text[article.blocks[1][0] :] if len(article.blocks) > 1 else ""
    credits = [_once(credit, body) for credit in unique.values()]
    skipped += [Unattributed(c.quote, c.offset, c.doubt) for c in credits if c.doubt == _TWICE]
    return credits, skipped


_TWICE = "these words stand twice in the article, so a student cannot tell which passage is meant: quote more"


def _once(credit: Attribution, body: str) -> Attribution:
    """A question quotes words in marks that stand once in the article: "The money" of one speaker's split
    quotation may also end another's ("... count the money!"), and then the question has two answers."""
    if credit.doubt or not credit.direct:  # reported words may restate the writer's: the credit still tells
        return credit
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, credit.quote.split())) + r"(?!\w)"
    return replace(credit, doubt=_TWICE) if len(re.findall(pattern, body, re.I)) > 1 else credit


_JOINED_VERBS = sorted(REPORTING_VERBS - word_set("say claim argue warn insist estimate predict show found finds"))
_ADDED = re.compile(
    r",?\s+(?:(?:but|and)\s+(?:also\s+)?(?:" + "|".join(_JOINED_VERBS) + r")\s+(?:that\s+)?|and\s+that\s+)"
)
"""A second verb of the same speaker: "..., but added that ...", "... and warned that ...", or a second clause
under the same verb: "said the company was spending 14 million pounds and that spills would fall"."""
_AND_THAT = re.compile(
    r"(?:,?\s+and\s+that|,\s+adding(?:\s+that)?|,\s+saying(?:\s+that)?|"
    r",?\s+and\s+(?:also\s+)?(?:" + "|".join(_JOINED_VERBS) + r")(?:\s+that)?)\s+"
)
"""After someone's quotation, more of their words in the writer's: "... and that better signs would help"."""


def _coordinated(credit: Attribution, sentence: Sentence, article: Article) -> list[Attribution]:
    """Reported words joined to a quotation under the same verb: `told the paper that a ban would be "a
    sledgehammer" and that better signs would solve the problem`; `"...," she said, adding that ...`."""
    quoted_at = article.text.find(credit.quote, credit.offset)
    close = next((i for i in range(quoted_at + len(credit.quote), sentence.end) if article.text[i] in _QUOTE_MARKS), -1)
    cue_end = credit.offset + len(credit.evidence)
    after = max(close + 1, cue_end)
    joined = _AND_THAT.match(article.text, after, sentence.end) if close >= 0 else None
    if joined is None or any(c in article.text[joined.end() : sentence.end] for c in '"\u201c\u201d\u2018'):
        return []
    clause = _clause(article.text[: sentence.end], joined.end())
    if clause is None:
        return []
    words = article.text[clause[0] : clause[1]]
    evidence = article.text[credit.offset : clause[1]]
    return [replace(credit, quote=words, evidence=evidence, direct=False, claim="", claim_at=-1, continues=False)]


_BEFORE_QUOTED = re.compile(
    r"(?P<words>[^\"\u201c\u201d\u2018]+?),?\s+(?:but|and)\s+(?:that\s+)?(?:[^\s,;:\"\u201c\u2018]+\s+){0,5}"
)
"""Reported words, then "but" or "and" and a quotation under the same verb: `said the school was not closing
but "joining a bigger family"`."""


def _reported_before(credit: Attribution, article: Article) -> list[Attribution]:
    """The speaker's reported words before the "but" or "and" that joins their quotation to them."""
    opened = next((i for i, c in enumerate(credit.claim) if c in _OPENING_MARKS), -1)
    joined = _BEFORE_QUOTED.fullmatch(credit.claim, 0, opened) if opened > 0 else None
    words = joined.group("words").rstrip() if joined else ""
    if len(words.split()) < MIN_REPORTED_WORDS or not _finite(words):
        return []
    evidence = article.text[credit.offset : credit.claim_at + len(words)]
    return [replace(credit, quote=words, evidence=evidence, direct=False, claim="", claim_at=-1, continues=False)]


def _added(sentence: Sentence, credit: Attribution) -> list[Attribution]:
    """ "The authority said A, but added that B": B is the same speaker's words.  After "According to X, Y
    denies A and claims B", B is Y's: the subject of the words X reported."""
    start = credit.offset - sentence.start
    joined = _ADDED.match(sentence.text, start + len(credit.evidence))
    clause = _clause(sentence.text, joined.end()) if joined else None
    if joined is None or clause is None or not _finite(sentence.text[slice(*clause)]):
        return []
    if not credit.verb:  # "according to"
        subject = sentence_subject(credit.quote)
        if subject is None or kind_of(subject) == "thing" or is_reference(subject):
            return []
        at = sentence.text.index(subject, credit.offset - sentence.start)
        return [_credit(sentence, clause, subject, (at, joined.end()))]
    return [_credit(sentence, clause, credit.speaker, (start, joined.end()))]


_SPEAKING = "(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b"
_NEW_SPEAKER = re.compile(
    r",?\s+(?:and|but|while|whereas|(?:(?:\w+\s+){1,2})?(?:after|before|when|although|though))\s+(?="
    r"(?:[A-Z][\w'\u2019.-]*\s+){1,4}" + _SPEAKING + r"|(?:the\s+)?(?:[a-z]+\s+)?(?:officials|police|officers|critics"
    r"|residents|campaigners|unions?)\s+" + _SPEAKING + ")"
)
"""Another speaker joined on: "The council insists there will be no redundancies, and Ms Osei said ...", "...,
three weeks after city officials said no data had been taken"."""


def _next_speaker(sentence: Sentence, credit: Attribution) -> list[Attribution]:
    """The words of the speaker `_NEW_SPEAKER` joins on after `credit`'s."""
    joined = _NEW_SPEAKER.search(sentence.text, credit.offset - sentence.start + len(credit.evidence))
    if joined is None:
        return []
    rest = Sentence(sentence.block, sentence.start + joined.end(), sentence.end, sentence.text[joined.end() :])
    result = _reported(rest)
    return [result] if isinstance(result, Attribution) else []


_DATELINE = re.compile(
    r"[A-Z][A-Z .,'-]+(?:,\s+[A-Z][a-z]+)*(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*)?(?:\([^()]*\))?"
    r"\s*(?:[\u2014\u2013:]|--?)\s+"
)
"""Where, when and from whom a report was filed, before its first sentence: "OAKHAVEN \u2014 ", "KOTHAPUR: ",
"LISBON, May 4 (Wire Press) - ", "DUNMERE, England, May 14 (Allied Wire) - "."""


def _without_dateline(sentence: Sentence) -> Sentence:
    dateline = _DATELINE.match(sentence.text)
    if dateline is None or len(dateline.group().split()) > 8:
        return sentence
    cut = dateline.end()
    return Sentence(sentence.block, sentence.start + cut, sentence.end, sentence.text[cut:])


def _quoted_spans(article: Article, block: int) -> list[tuple[int, int]]:
    """The quotations of a paragraph, and one left open at its end because it goes on in the next
    paragraph, which opens with a quotation mark again (the custom of British and Irish papers)."""
    body = article.block_text(block)
    spans = quotation_spans(body)
    following = article.block_text(block + 1).lstrip() if block + 1 < len(article.blocks) else ""
    if following[:1] in _OPENING_MARKS:
        after = spans[-1][1] + 1 if spans else 0
        opened = [i for i in range(after, len(body)) if _opens_quotation(body, i)]
        if opened and len(body[opened[0] :].split()) >= MIN_REPORTED_WORDS:
            spans.append((opened[0], len(body)))
    return spans


def _opens_quotation(text: str, at: int) -> bool:
    return text[at] in _OPENING_MARKS and (text[at] != "\u2018" or at == 0 or not text[at - 1].isalnum())


def _opened_before(item: Unattributed, article: Article, block: int) -> Attribution | None:
    """A paragraph all in quotation marks after one that ends "..., said:": the words of whom it names."""
    start, end = article.blocks[block - 1]
    body = article.text[start:end].rstrip()
    if not body.endswith(":") or article.text[item.offset - 1 : item.offset] != "\n" or not _alone(item, article):
        return None
    credit = _before(body, article.sentences_in(block - 1)[-1].start - start, len(body))
    if credit is None:
        return None
    at = article.text.find(item.text, item.offset)
    return Attribution(item.text, credit[2], body[credit[0] : credit[1]], item.text, at, True, continues=True)


def _parts(credit: Attribution, article: Article) -> list[Attribution]:
    """A quotation too long for a question card, cut into runs of whole sentences, each credited alike."""
    if len(credit.quote.split()) <= MAX_QUOTE_WORDS:
        return [credit]
    at = article.text.find(credit.quote, credit.offset)
    if at < 0:
        return [replace(credit, quote=_shorten(credit.quote))]
    bounds = [at, *(s.end for s in article.sentences if at < s.end < at + len(credit.quote)), at + len(credit.quote)]
    pieces: list[tuple[int, int]] = []
    for start, end in itertools.pairwise(bounds):
        if pieces and len(article.text[pieces[-1][0] : end].split()) <= MAX_QUOTE_WORDS:
            pieces[-1] = (pieces[-1][0], end)
        else:
            pieces.append((start, end))
    texts = [_shorten(article.text[start:end].strip()) for start, end in pieces]
    return [
        replace(credit, quote=text, **({} if i == 0 else {"claim": "", "claim_at": -1}))
        for i, text in enumerate(texts)
        if len(text.split()) >= 2
    ]


def _mentions(article: Article) -> Mentions:
    """Every sentence's subject and every name, in reading order, for references to point back to.

    A sentence inside a quotation ("... in the harbour. Enough is enough.") is someone's words: its
    subject is nobody the article names.
    """
    mentions = Mentions()
    body_sentences = [s for s in article.sentences if s.block > 0]
    quoted = {block: _quoted_spans(article, block) for block in range(1, len(article.blocks))}
    for i, sentence in enumerate(body_sentences):
        local = sentence.start - article.blocks[sentence.block][0]
        subject = sentence_subject(sentence.text)
        if subject and not any(o < local <= c for o, c in quoted[sentence.block]):
            unnamed = bool(ANONYMOUS.search(sentence.text)) and subject.split()[0].lower() in ("a", "an", "one")
            mentions.add(subject, sentence.start, i, unnamed=unnamed)  # "A nurse who spoke on condition of ..."
        mentions.add_names(sentence.text, sentence.start, i, quotation_spans(sentence.text))
    return mentions


def sentence_subjects(article: Article) -> list[str | None]:
    """The subject of each paragraph sentence, with "the company" or "it" replaced by whom it points to
    when that is clear: "The company had denied ..." is Greenfield Foods denying."""
    body_sentences = [s for s in article.sentences if s.block > 0]
    mentions = _mentions(article)
    subjects: list[str | None] = []
    for i, sentence in enumerate(body_sentences):
        subject = sentence_subject(sentence.text)
        if subject and is_reference(subject):
            named = mentions.resolve(subject, sentence.start, i)
            subject = named.phrase if named else subject
        subjects.append(subject)
    return subjects


def _settle(
    item: Attribution | Unattributed,
    previous: Attribution | None,
    sentence: Sentence,
    number: int,
    mentions: Mentions,
    article: Article,
) -> Attribution | Unattributed:
    """Resolve a pronoun speaker, continue the last speaker's quotation, or leave the item as it is."""
    if isinstance(item, Unattributed):
        return _continued(item, previous, article) or item
    words = item.speaker.lower().split()
    if is_reference(item.speaker):
        named = mentions.resolve(item.speaker, item.offset, number)
        rivals = mentions.rivals(item.speaker, item.offset, number) if named is None else []
        if rivals:  # "the club" after "Harbridge Athletic" and "Corlaston City"
            return replace(
                item, doubt=f"\u201c{item.speaker}\u201d may be {' or '.join(rivals)}: name the speaker yourself"
            )
        if named is None and not must_resolve(item.speaker):
            subject = mentions.subject_named(item.offset + len(item.evidence), number)
            return item if subject is None else replace(item, doubt=_itself(item.speaker, subject.phrase))
        if named is None and item.speaker.lower().split()[-1] in KIN_REFERENCES:
            return replace(item, doubt=_pronoun(item.speaker))
        if named is None:
            return Unattributed(item.quote, item.offset, _pronoun(item.speaker))
        owned = named.phrase.lower().split()[0] in _OWNER_PRONOUNS and not named.phrase.split()[-1][:1].isupper()
        if owned:  # "the report" after "Its report": whose? ("Her friend Kieran" says who)
            return replace(item, doubt=_pronoun(named.phrase))
        return _credited_to(item, named, article)
    if _dated_only(words):
        return replace(item, doubt=_pronoun(item.speaker))
    if len(words) == 2 and words[0] in _OWNER_PRONOUNS and words[1] in DOCUMENT_WORDS:  # "Its report ... said"
        owner = mentions.resolve(_OWNER_PRONOUNS[words[0]], sentence.start - 1, number)  # named before it
        return replace(item, doubt=_pronoun(item.speaker)) if owner is None else _credited_to(item, owner, article)
    if len(words) == 2 and words[0] == "the" and words[1] in _SPOKEN_DOCUMENTS:  # "..., the statement said."
        return _issued(item, previous, article) or replace(item, doubt=_pronoun(item.speaker))
    if ANONYMOUS.search(sentence.text) and words and words[0] in ("a", "an", "one"):
        return replace(item, anonymous=True)
    namesakes = mentions.namesakes(item.speaker, item.offset) if len(words) <= 2 else []
    if namesakes and words[0].rstrip(".") in _TITLES | {words[-1]}:  # "Ms Gately" or "Gately", two Gatelys
        return replace(
            item, doubt=f"\u201c{item.speaker}\u201d may be {' or '.join(namesakes)}: name the speaker yourself"
        )
    role = mentions.named_role(item.speaker, item.offset, number)
    if role is None and len(words) == 1 and item.speaker[:1].isupper():  # "Idris said" after "Idris Marchetti"
        role = mentions.full_name(item.speaker, item.offset)
    role = role or mentions.described(item.speaker, item.offset, number)  # "the 24-year-old said"
    if role is not None:  # "the mayor" after "Mayor Dana Whitcomb"
        return _credited_to(item, role, article)
    return item


def _credited_to(item: Attribution, named: Mention, article: Article) -> Attribution:
    """`item` credited to the speaker a reference points back to, with the sentence that names them."""
    naming = next(s for s in article.sentences if s.start <= named.where_named < s.end + 1)
    return replace(item, speaker=named.phrase, named_in=(naming.start, naming.end), anonymous=named.unnamed)


_TITLES = word_set("mr mrs ms miss mx dr prof")
_OWNER_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
"""Whose a document is when it speaks: "Its report said" is the body "it" points to."""


_SPOKEN_DOCUMENTS = word_set("statement letter email e-mail message post release note")


def _issued(item: Attribution, previous: Attribution | None, article: Article) -> Attribution | None:
    """ "the statement said" right after "Lenard said in a statement released by his lawyer": his statement."""
    if previous is None:
        return None
    naming = next(s for s in article.sentences if s.start <= previous.offset < s.end + 1)
    if item.speaker.split()[-1].lower() not in naming.text.lower():
        return None
    return replace(item, speaker=previous.speaker, named_in=(naming.start, naming.end), anonymous=previous.anonymous)


def _dated_only(words: list[str]) -> bool:
    """ "Wednesday's announcement", "last week's report": a document known only by its day says not whose it is."""
    owner = next((w for w in words if w.endswith(("'s", "\u2019s"))), "")
    return owner[:-2].rstrip("'\u2019") in _TIME | word_set("may")


def _continued(item: Unattributed, previous: Attribution | None, article: Article) -> Attribution | None:
    """A quotation that is a sentence (or a paragraph) of its own, right after someone's words: theirs too.

    Not when the writer's own sentence, another quotation or another credit comes between.
    """
    if previous is None or item.end < 0 or not _alone(item, article):
        return None
    gap = article.text[previous.offset + len(previous.evidence) : item.offset]
    if (
        any(c in gap for c in '"\u201c\u201d\u2018')  # a closing single mark may be an apostrophe
        or any(t in QUOTING_VERBS for t in _TOKEN.findall(gap))
        or len(re.findall(r"[.!?](?:\s|$)", gap)) > 1  # a sentence of its own came between
    ):
        return None
    passage = article.text[previous.offset : item.end]
    if "\n" not in passage:  # as sure (or unsure) of the speaker as the words before
        return Attribution(
            item.text,
            previous.speaker,
            previous.cue,
            passage,
            previous.offset,
            True,
            previous.anonymous,
            doubt=previous.doubt,
        )
    if gap.count("\n") > 1 or article.text[item.offset - 1 : item.offset] != "\n":
        return None  # a paragraph that is all quotation, right after the paragraph that credits it
    naming = next(s for s in article.sentences if s.start <= previous.offset < s.end + 1)
    named_in = previous.named_in if previous.continues and previous.named_in else (naming.start, naming.end)
    return Attribution(
        item.text,
        previous.speaker,
        previous.cue,
        item.text,
        article.text.find(item.text, item.offset),
        True,
        previous.anonymous,
        named_in=named_in,
        continues=True,
        doubt=previous.doubt,
    )


def _alone(item: Unattributed, article: Article) -> bool:
    """Nothing but the quotation from the start of its first sentence to the end of its last."""
    first = next(s for s in reversed(article.sentences) if s.start <= item.offset)
    last = next(s for s in reversed(article.sentences) if s.start < item.end)
    return not article.text[first.start : item.offset].strip() and not article.text[item.end : last.end].strip(
        " .,!?" + _QUOTE_MARKS
    )


def sentence_subject(text: str) -> str | None:
    """Who or what a sentence is about: the noun phrase before its first verb ("Greenfield Foods had denied").

    The verb is an auxiliary, a reporting verb, a past form in -ed, or a word that can only
    be a verb where it stands: not after a determiner, not a plural, and followed by a
    preposition, a determiner or a pronoun ("The school's governors met on Tuesday").
    None for a sentence that opens with a quotation: its first words are someone's.
    """
    if text.lstrip()[:1] in "\"\u201c\u2018'":
        return None
    found = _first_subject(text)
    opener = _TOKEN.match(text.lstrip())
    participle = (
        opener is not None and opener.group().endswith("ing") and "-" not in opener.group()
    )  # not "note-taking"
    opened = opener is not None and (opener.group().lower() in _OPENERS or participle)
    if opener and opened and (found is None or found.split()[0] == opener.group()):
        for comma in _SUBJECT_AFTER_OPENER.finditer(text):  # "Having spent a decade ..., Margaret Kiely was"
            rest = _first_subject(text[comma.end() :])
            if rest and rest.split()[0].lower() not in _OPENERS:
                return rest
        return None
    return found


_SUBJECT_AFTER_OPENER = re.compile(r",\s+(?=[A-Z]|(?:" + "|".join(sorted(PERSON_WORDS)) + r")\s+[A-Z])")
"""Where a subject may start after an opening phrase: a capital, or a role before a name ("..., parent Ann Lowe")."""
_OPENERS = word_set(
    "after before during since until when while although though because despite following asked having as if "
    "in on at under with without by for from once unlike like"
)
"""Words that open a clause or phrase before a sentence's subject ("After the vote, the council said")."""


def _first_subject(text: str) -> str | None:
    """The noun phrase before the first verb, stepping over descriptions between commas ("Tom, 67, who ...,")."""
    tokens = list(_TOKEN.finditer(text))
    asides = [m.span() for m in _ASIDE_RUN.finditer(text)]
    asides += _relative_clause(text, tokens)
    for index, token in enumerate(tokens[1:], start=1):
        if any(start <= token.start() < end for start, end in asides):
            continue
        word = token.group()
        following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
        last = (
            index == len(tokens) - 1 and not text.rstrip().endswith("?") and word not in _PRONOUNS
        )  # "Nurses disagree."
        verb_like = _verb_like(word) or last
        outside = [t for t in tokens[:index] if not any(a <= t.start() < b for a, b in asides)]
        previous = outside[-1] if outside else tokens[index - 1]  # "(In May) councillors voted"
        before_object = (following in _OBJECT_STARTS | _PARTICLES or following[:1].isdigit()) and (
            _past_form(word, tokens[index - 1]) or _present_after_name(word, previous)
        )
        before_name = following[:1].isupper() and _past_form(word, previous) and _present_after_name("s", previous)
        pointed = following in _POINTERS or (following == "that" and index + 1 == len(tokens) - 1)  # "rejects that."
        before_pointer = pointed and _present_after_noun(word, previous)  # "The university disputes"
        before_object = before_object or before_name or before_pointer  # "James Okafor, 34, met Delgado last month"
        if word.islower() and (verb_like or before_object):
            found = _subject(text, token, 0)
            if found and " and " in found[2] and kind_of(found[2]) != "organisation":
                return None  # "Smith and Jones said": two people, no one subject
            return found[2] if found and found[2].lower() not in _PRONOUNS | _NOBODY else None
        in_name = word == "and" and previous.group()[:1].isupper() and following[:1].isupper()  # "University and"
        if word in _FUNCTION and word not in ("of",) and not in_name:
            return None
    return None


def _relative_clause(text: str, tokens: list[re.Match[str]]) -> list[tuple[int, int]]:
    """ "A nurse who spoke on condition of anonymity described ...": from "who" through the words of its own
    verb, which say which nurse; the sentence's verb comes after them. [] when "who" is not the second or third
    word, or no verb follows the clause."""
    who = next((i for i, t in enumerate(tokens[1:3], start=1) if t.group() == "who"), None)
    if who is None or "," in text[: tokens[who].start()]:
        return []  # "Tom, who ...," is an aside of its own
    own = who + 1  # its verb comes first: "who spoke", "who has worked"
    while own + 1 < len(tokens) and _verb_like(tokens[own + 1].group()):
        own += 1
    main = next((i for i in range(own + 2, len(tokens)) if _verb_like(tokens[i].group())), None)
    return [(tokens[who].start(), tokens[main].start())] if main is not None else []


def _verb_like(word: str) -> bool:
    return word.islower() and (
        word in _AUX | _MODALS or word in QUOTING_VERBS or (word.endswith("ed") and len(word) > 4)
    )


def _present_after_name(word: str, previous: re.Match[str]) -> bool:
    """ "Leo Grant, 18, rides a scooter": a word in -s right after a name is its verb, not a plural."""
    return word.endswith("s") and not word.endswith("ss") and previous.group()[:1].isupper() and previous.start() > 0


_POINTERS = word_set("this these those it them the a an its their his her")
"""What a verb points at ("disputes this", "rejects the figures"); not "that", which opens a clause after a noun
too ("the plans that ...")."""


def _present_after_noun(word: str, previous: re.Match[str]) -> bool:
    """ "The university disputes this": a word in -s after a noun, before "this" or "it", is its verb."""
    return word.endswith("s") and not word.endswith("ss") and previous.group().lower() not in _DETERMINERS | _FUNCTION


def _past_form(word: str, previous: re.Match[str]) -> bool:
    """ "met", "gave" after a noun phrase; not "spokesperson" after "A", not "campaigners" (a plural noun)."""
    return (
        word not in _FUNCTION | _DETERMINERS | _PREPOSITIONS
        and word != "of"
        and not word.endswith("s")
        and previous.group().lower() not in _DETERMINERS
    )


def _direct(body: str, base: int, open_at: int, close_at: int, sentences: list[Sentence]) -> Attribution | Unattributed:
    """Credit one quotation in marks: look right after it ("...," said X), then before it (X said: "...")."""
    inner = body[open_at + 1 : close_at].strip().rstrip(",;:").strip()
    if _SO_CALLED.search(body, 0, open_at):
        return Unattributed(inner, base + open_at, "a label in quotation marks (so-called), not anyone's words")
    around = [s for s in sentences if s.start - base <= close_at and s.end - base > open_at]
    lead_from = around[0].start - base if around else 0
    tail_to = around[-1].end - base if around else len(body)
    credit = _after(body, close_at + 1, tail_to) or _before(body, lead_from, open_at)
    if credit is None:
        return Unattributed(inner, base + open_at, _NO_SPEAKER, base + close_at + 1)
    start, end, speaker = credit
    quote_end = open_at + 1 + body[open_at + 1 :].find(inner) + len(inner)
    if close_at == quote_end or body[quote_end:close_at].strip(",") == "":
        quote_end = close_at + 1
    first, last = min(start, open_at), max(end, quote_end)
    credited = Attribution(inner, speaker, body[start:end], body[first:last], base + first, True)
    if end > open_at:
        return credited  # the credit follows the quotation: the quotation is the whole clause
    relayed = any(t.group() in REPORTING_VERBS for t in _TOKEN.finditer(body, lead_from, start))
    if relayed:  # "the trust said the memo described a "..."", "Unify said members had complained "...""
        credited = replace(credited, doubt=_RELAYED)
    lead = _LEADING_PUNCT.match(body, _clause_start(body, end, credited.verb)).end()
    stop = _CLAIM_END.search(body, close_at + 1, tail_to)
    tail = body[close_at + 1 : stop.start() if stop else tail_to].rstrip()
    before = body[lead:open_at].split()
    if before and (before[0].lower() in ("it", "them", "him", "her") or before[-1] == "as"):
        return credited  # "called it "..."", "described the change as "..."": a label, not a clause
    if len(before) + len(tail.split()) >= 2:
        return replace(credited, claim=body[lead : close_at + 1] + tail, claim_at=base + lead)
    return credited


_NO_SPEAKER = "no speaker named next to the quotation marks"
_RELAYED = "a speaker tells what another said here, so either could be the answer: name the speaker yourself"
_JOINED_QUOTE = re.compile(r"\s*(?:and|but|or)\s")
"""Quoted words that go on with the reported ones: `would end on 31 October "and will not be replaced"`."""


def _reported_beside(sentence: Sentence, opened: int) -> Attribution | None:
    """The reported words before a sentence's first quotation: `Southvale Water has admitted that sewage was
    released, weeks after telling residents there had been "no significant discharges"`.

    They run to the last comma before the quotation mark, or to the mark itself when the quotation goes on with
    "and" or "but"; words that run into the quotation ("said the libraries were "safe"") are no clause of their own.
    """
    text = sentence.text
    cut = opened if _JOINED_QUOTE.match(text, opened + 1) else max(text.rfind(",", 0, opened), _and_that(text, opened))
    if cut <= 0:
        return None
    before = text[:cut].rstrip()
    part = Sentence(sentence.block, sentence.start, sentence.start + len(before), before)
    result = _reported(_without_dateline(part))
    return result if isinstance(result, Attribution) and _finite(result.quote) else None


def _and_that(text: str, before: int) -> int:
    """Where the last "and that" before a quotation starts: `told reporters that A and that the government had
    "cherry-picked" ...` reports A, then goes on under the same verb."""
    return max((m.start() for m in _AND_THAT_WORDS.finditer(text, 0, before)), default=-1)


_AND_THAT_WORDS = re.compile(r"\s+and\s+that\s")


def _under(item: Attribution | Unattributed, credit: Attribution, sentence: Sentence) -> Attribution | Unattributed:
    """A quotation with no speaker beside it, inside the words `credit` reports: the same speaker's words."""
    if not isinstance(item, Unattributed) or item.reason != _NO_SPEAKER or not credit.offset < item.offset:
        return item
    evidence = sentence.text[credit.offset - sentence.start : item.end - sentence.start]
    return Attribution(item.text, credit.speaker, credit.cue, evidence, credit.offset, True)


def _pronoun(speaker: str) -> str:
    return f"the speaker is only \u201c{speaker}\u201d: name them yourself"


def _itself(speaker: str, subject: str) -> str:
    return f"\u201c{speaker}\u201d may be {subject} itself or another: name the speaker yourself"


def _shorten(text: str) -> str:
    """Cut a long passage at a clause boundary (or a word) so it fits on a question card."""
    if len(text.split()) <= MAX_QUOTE_WORDS:
        return text
    for cut in _CLAUSE_CUT.finditer(text):
        if _in_place(text, cut):
            continue  # "in Carverton, Michigan, by the end of the year": a place, not the end of a clause
        if len(text[: cut.start()].split()) >= MIN_REPORTED_WORDS:
            head = text[: cut.start()]
            if len(head.split()) <= MAX_QUOTE_WORDS and not _finite(head):
                return _predicate(text) or head  # "The gallery's painting, a portrait of ..., may have been painted"
            if len(head.split()) <= MAX_QUOTE_WORDS:
                return head
            break
    words = list(re.finditer(r"\S+", text))
    return text[: words[MAX_QUOTE_WORDS - 1].end()]


_TOWN_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)?$")
_REGION_AFTER = re.compile(r"[A-Z][a-z]+,")


def _in_place(text: str, cut: re.Match[str]) -> bool:
    """A comma inside "Carverton, Michigan," (either one): a place, not the end of a clause."""
    if not cut.group().startswith(","):
        return False
    town = _TOWN_BEFORE.search(text, 0, cut.start())
    return town is not None and ("," in town.group() or bool(_REGION_AFTER.match(text, cut.end())))


def _predicate(text: str) -> str | None:
    """What a long sentence says of its subject when a description stands between them: the part after a comma
    that opens with a verb ("may have been painted decades after his death"), cut to fit a card."""
    for comma in re.finditer(r",\s+", text):
        first = _TOKEN.match(text, comma.end())
        if first and first.group().lower() in _AUX | _MODALS | _FINITE:
            return _shorten(text[comma.end() :])
    return None


def _after(body: str, start: int, stop: int) -> tuple[int, int, str] | None:
    """`"...," said X` / `"..." X said` / `"...", according to X`: the credit right after the closing mark."""
    at = _LEADING_PUNCT.match(body, start).end()
    according = _ACCORDING.match(body, at, stop)
    if according:
        span = _noun_phrase_after(body, according.end(), stop)
        return (at, span[1], body[span[0] : span[1]]) if span else None
    tokens = list(_TOKEN.finditer(body, at, stop))[: MAX_SPEAKER_WORDS + 1]
    if not tokens:
        return None
    if tokens[0].group() in QUOTING_VERBS:
        span = _noun_phrase_after(body, tokens[0].end(), stop)
        if span is None:
            return None
        named = _NAME_AFTER.match(body, span[1], stop)  # "said its spokesperson, Nina Shaw."
        if named and (not body[span[0]].isupper() or body[span[0] : span[1]].split()[-1].islower()):
            return (at, named.end("name"), named.group("name"))
        return (at, span[1], body[span[0] : span[1]])
    for token in tokens[1:]:
        if token.group() in QUOTING_VERBS:
            span = _noun_phrase_before(body, token.start(), at)
            if span and span[0] == at:
                return (at, token.end(), body[span[0] : span[1]])
            named = _subject(body, token, at)  # "the firm's chief executive, Ian Bell, said"
            return (at, token.end(), named[2]) if named and body[at : token.start()].count(",") == 2 else None
    return None


def _before(body: str, start: int, open_at: int) -> tuple[int, int, str] | None:
    """`X said: "..."`, `X called it a "..."`, `X told reporters that it was "..."`, `According to X, "..."`.

    The credit before the opening mark, in the same sentence.  Another quotation in between
    credits this one alike when only its credit (`"...," she said, "..."`) or a joining word
    (`... that a curfew was "..." and that she "..."`) comes between them.
    """
    earlier = [(o, c) for o, c in quotation_spans(body[:open_at]) if o >= start]
    after_last_quote = earlier[-1][1] + 1 if earlier else start
    tokens = list(_TOKEN.finditer(body, after_last_quote, open_at))
    verbs = [t for i, t in enumerate(tokens) if t.group() in QUOTING_VERBS | _SAYING and not _a_noun(tokens[:i])]
    if len(verbs) > 1 and _AND_THAT_WORDS.search(body, verbs[-1].end(), open_at):
        verbs.pop()  # "He said data showed A and that "...": the second clause goes on under "said"
    if verbs:
        lead = body[verbs[-1].end() : open_at].rstrip(" :,")  # 'said: "..."': the colon introduces it
        if len(_TOKEN.findall(lead)) <= MAX_LEAD_WORDS and not _LEAD_BREAK.search(lead):
            saying = verbs[-1].group() in _SAYING
            found = _participle_subject(body, verbs[-1], start) if saying else _subject(body, verbs[-1], start)
            if found is not None:
                return found
    if earlier:
        split = _after(body, after_last_quote, open_at)
        if split and not body[split[1] : open_at].strip(" ,;:\u2014\u2013-"):
            return split  # '"We tried," she said, "and we failed."'
        joining = body[after_last_quote:open_at]
        if not verbs and _JOINING.fullmatch(joining):
            return _before(body, start, earlier[-1][0])
    according = list(_ACCORDING.finditer(body, start, open_at))
    if according:
        span = _noun_phrase_after(body, according[-1].end(), open_at)
        if span:
            return (according[-1].start(), span[1], body[span[0] : span[1]])
    return _introduced(body, start, open_at)


_NOUN_MARKERS = word_set("the a an its their his her our my your this these those")
"""Words only a noun follows ("the remarks"); not "that", which a verb follows too ("the firm that claims")."""


def _a_noun(before: list[re.Match[str]]) -> bool:
    """ "the remarks", "its claims", "the February comments": a verb of saying used as a noun, after a determiner
    or an owner (with at most a name or a word between), is nobody saying anything."""
    for back, token in enumerate(reversed(before[-2:])):
        word = token.group()
        if word.lower() in _NOUN_MARKERS or word.endswith(("'s", "\u2019s")):
            return True
        if back == 0 and not word[:1].isupper():
            return False
    return False


_LEAD_BREAK = re.compile(r"[;:\u2014(]|,\s+(?:and(?!\s+that\b)|but|while|whereas|though|although)\s|[.!?]\s")
"""Between a verb and a quotation, the start of another clause: the verb may not be the quotation's."""
_JOINING = re.compile(
    r"[\s,]*(?:(?!(?:but|while|whereas|though|although|because|unlike)\b)[a-z][\w'\u2019-]*\s+){0,10}"
)
"""Between two quotations of one sentence, only lower-case words and no verb of saying: the second goes on under
the first one's verb ("and would sign it", "to land a player she had watched", "and that the board had")."""


_SAYING = word_set("saying adding insisting warning claiming arguing noting stating explaining")
"""Participles that credit words to the subject of the clause they hang on: "The ministry issued a statement
saying ...", "An official denied it, saying ..."."""


def _participle_subject(body: str, verb: re.Match[str], start: int) -> tuple[int, int, str] | None:
    """Whom "saying" speaks for: the subject of the sentence's main verb, when it names someone or a body."""
    lead = body[start : verb.start()].rstrip(" ,")
    subject = sentence_subject(lead)
    if subject is None or subject.split()[-1].lower() in _FUNCTION | _DETERMINERS | _PREPOSITIONS | {"of"}:
        return None  # "The report stops short of": no noun phrase
    if kind_of(subject) == "thing" or len(subject.split()) > MAX_SPEAKER_WORDS:
        return None
    at = body.find(subject, start)
    return (at, verb.end(), subject) if at >= 0 else None


def _introduced(body: str, start: int, open_at: int) -> tuple[int, int, str] | None:
    """ "Wildlife carer Sam Petrakis was unmoved: "..."": a person, a clause about them, a colon, their words."""
    lead = body[start:open_at].rstrip()
    if not lead.endswith(":") or any(t in QUOTING_VERBS for t in _TOKEN.findall(lead)):
        return None
    subject = sentence_subject(lead)
    at = lead.find(subject) if subject else -1
    if subject is None or at < 0 or kind_of(subject) not in ("person", "name"):
        return None
    return (start + at, start + len(lead), subject)


_ASIDE_STARTS = (
    r"(?:(?:and\s+)?who|which|whose|that|(?:many|some|most|all|one) of (?:whom|which)"
    r"|(?:in|of|for|to|with|at) (?:whom|which|whose)|[a-z]+ing|[a-z]+ed|\d+|a|an|the|its|his|her|their|now"
    r"|formerly|aged|however|though|meanwhile|too|also|in turn|of|from|for (?:her|his|their|its|our|my) part"
    r"|by contrast|in contrast|in response|in fact"
    r"|seen|written|taken|given|shown|known|drawn|made|held|kept|sent|built|paid"
    rf"|{'|'.join(sorted(PERSON_WORDS))})\b"
)
_PARENTHESIS = r"\s*\([^()]*\)"
_UNTIL_COMMA = r"(?:[^,]|(?<=\d),(?=\d{3}))*"
"""Words up to a comma, where the comma in "3,000" is not one."""
_RELATIVE = re.compile(rf"(?:,\s+{_ASIDE_STARTS}{_UNTIL_COMMA},|\s+who\s+{_UNTIL_COMMA}?|{_PARENTHESIS})\s*$")
"""A clause or description between the subject and its verb: "X, who opposes the rise, called", "X who asked
... said", "Tom Bell, 45, said", "Anna Kay, the head of the group that brought the case, said"."""
_CHAINED = re.compile(rf"(?:,\s+{_ASIDE_STARTS}{_UNTIL_COMMA}|{_PARENTHESIS})$")
"""One more description before the one skipped: the age in "Sarah, 15, a pupil at the school, said"."""
_ASIDE_RUN = re.compile(rf"(?:{_PARENTHESIS})?(?:,\s+{_ASIDE_STARTS}[^,;:]*)+,|{_PARENTHESIS}")
"""Descriptions between commas after a subject, all of them: ", 67, who has used the track for years,"."""


def _subject(body: str, verb: re.Match[str], floor: int) -> tuple[int, int, str] | None:
    """`_subject_of`, with a bare document made whose it is: "figures published by the Environment Agency", not
    "Figures" (students cannot tell whose figures "Figures" are)."""
    found = _subject_of(body, verb, floor)
    words = found[2].lower().split() if found else []
    if found is None or not words or words[-1] not in DOCUMENT_WORDS or len(words) > 3:
        return found
    maker = _PUBLISHED_BY.match(body, found[0] + len(found[2]))
    if maker and maker.group("body"):  # "figures published by the company": the company's, whichever it is
        return (found[0], found[1], maker.group("body"))
    return (found[0], found[1], body[found[0] : maker.end()]) if maker else found


_PUBLISHED_BY = re.compile(
    r"\s+(?:published|released|compiled|issued|produced|gathered|collected)\s+by\s+(?:"
    r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'\u2019-]*)*"
    r"|(?P<body>the\s+(?:" + "|".join(sorted(BODY_REFERENCES | ORGANISATION_WORDS)) + r"))\b)"
)


def _subject_of(body: str, verb: re.Match[str], floor: int) -> tuple[int, int, str] | None:
    """The subject of `verb`; for "... and promised", the subject of the verb before it in the sentence.

    "The head teacher, Mr Adams, called it": a name just before the comma is the subject.
    "Councillor Dev Singh, who opposes the rise, called it": the clause about him is skipped, and so are an
    age and a description ("Sarah, 15, a pupil at the school, said").
    """
    chain = _GOES_ON_TO.search(body, floor, verb.start())  # "He went on to claim", "She was quick to add"
    left = chain.start() if chain else verb.start()
    for token in reversed(list(_TOKEN.finditer(body, floor, left))):
        if not _helper(token.group()) or body[token.end() : left].strip():
            break
        left = token.start()
    when = _WHEN_BEFORE.search(body, floor, left) or _AS_A_WHOLE.search(body, floor, left)
    if when:  # "A survey by the council last autumn found": when it was done is not who did it
        left = when.start()
    who = _WHO_SUBJECT.search(body, floor, left)
    if who:  # "Councillor Dermot Fairweather, who in May told a meeting": the speaker is whom "who" describes
        span = _noun_phrase_before(body, who.start(), floor)
        phrase = body[span[0] : span[1]] if span else ""
        return (span[0], verb.end(), phrase) if span and kind_of(phrase) != "thing" else None
    end = left
    that = _THAT_CLAUSE.match(body, floor, left)
    if that and not any(_verb_like(w) for w in that.group("head").split()):  # "The group that organised ... said"
        left = that.start("that")
    relative = _RELATIVE.search(body, floor, left)
    aside = ""
    while relative:
        end = relative.start()
        aside = body[end:left] if aside == "" else body[end : end + len(relative.group())]
        relative = _CHAINED.search(body, floor, end)
    described = _UNNAMED_WHO.search(body, floor, end) if end < left else None
    if described and not ANONYMOUS.search(described.group()):  # "One councillor who voted against the sale, and"
        return (described.start(), verb.end(), described.group().rstrip())
    span = _noun_phrase_before(body, end, floor) if end < left else None
    if span is None:
        span = _noun_phrase_before(body, left, floor)
    reduced = _REDUCED.search(body, floor, end) if span is None else None
    if reduced:  # "A statement issued on Sunday evening said", "Photographs taken by residents ... show"
        span = _noun_phrase_before(body, reduced.start(), floor)
    authored = _AUTHORED.search(body, floor, left) if span is None else None
    if authored:  # "A survey of 600 patients carried out in October by the Patient Voice group found"
        return (authored.start("who"), verb.end(), authored.group("who"))
    if span is None and body[:left].rstrip().endswith(","):  # "The developer, Northgate Homes, has promised"
        named = _noun_phrase_before(body, body.rindex(",", 0, left), floor)
        opened = body.rfind(",", floor, named[0]) if named else -1
        if named and opened >= 0 and _OBJECT_END.search(body, floor, opened):
            named = None  # "A lab hired by a residents' group, Clean Taps, found": the name is the group's
        elif named and opened >= 0 and _described(body[named[0] : named[1]]):  # "Dev Malhotra, cabinet member
            # for education,", "Kath Mbeki, Unify's regional officer,": a description after the name
            named = _noun_phrase_before(body, opened, floor)
            named = named if named and ends_in_name(body[named[0] : named[1]]) else None
        span = named if named and body[named[0]].isupper() else None
    opened = body.rfind(",", floor, span[0]) if span and aside and body[span[0]].islower() else -1
    if opened >= 0 and not body[opened + 1 : span[0]].strip():  # "Mike Draycott, branch secretary of the union,
        named = _noun_phrase_before(body, opened, floor)  # which represents 1,800 staff, said": the name
        span = named if named and ends_in_name(body[named[0] : named[1]]) else span
    if span:
        described = _described_name(body[span[0] : span[1]], aside)
        if described:  # "Her neighbor, retired machinist Walt Dziedzic, was": the name says who
            return (span[0], verb.end(), described)
        return (span[0], verb.end(), body[span[0] : span[1]])
    before = list(_TOKEN.finditer(body, floor, verb.start()))
    if before and before[-1].group().lower() == "and":
        earlier = [t for t in before[:-1] if t.group() in QUOTING_VERBS]
        found = _subject(body, earlier[-1], floor) if earlier else _first_of_clause(body, floor, before[-1].start())
        return (found[0], verb.end(), found[2]) if found else None
    return None


def _described(phrase: str) -> bool:
    """ "cabinet member for education", "Unify's regional officer": what someone is, not a name."""
    first = phrase.split()[0]
    return first.islower() or (first.endswith(("'s", "\u2019s")) and not ends_in_name(phrase))


def _helper(word: str) -> bool:
    """A word between a subject and its verb that is neither: "has", "also", "flatly", "firmly"."""
    return word.lower() in _AUX or (
        word.islower() and word.endswith("ly") and len(word) > 5 and simplemma.is_known(word[:-2], lang="en")
    )


_ASKING = word_set("whether if how why when where who what which")
"""Words that open an indirect question ("would not say whether ..."): what follows was not said."""
_GOES_ON_TO = re.compile(
    r"\s(?:went|goes|go|gone)\s+on\s+to\s+$|\s(?:was|were|is|are)\s+(?:quick|keen|careful|eager|anxious)\s+to\s+$"
)
"""Words that lead a subject on to its verb of speech: "went on to claim", "was quick to add"."""


def _first_of_clause(body: str, floor: int, until: int) -> tuple[int, int, str] | None:
    """ "In May, Ann Marsh stood on the pitch and told fans": the person whose first verb "and" joins to."""
    lead = body[floor:until]
    for start in [0, *(m.end() for m in re.finditer(r",\s+(?=[A-Z])", lead))]:
        subject = sentence_subject(lead[start:])
        if subject is not None:
            at = body.find(subject, floor + start)
            return (at, at + len(subject), subject) if kind_of(subject) in ("person", "name") else None
    return None


_MONTH_NAMES = [m.capitalize() for m in sorted(MONTHS)]
_WHEN_BEFORE = re.compile(
    r"\s+(?:(?:last|this|next|early|late|earlier)\s+(?:week|month|year|spring|summer|autumn|fall|winter|weekend"
    rf"|[A-Z][a-z]+day|{'|'.join(_MONTH_NAMES)})"
    rf"|(?:in|on)\s+(?:[A-Z][a-z]+day|{'|'.join(m for m in _MONTH_NAMES if m != 'May')}|(?:19|20)\d\d)"
    r"|for\s+(?:(?:that|the|this|last|next)\s+(?:year|month|week|quarter|period)|(?:19|20)\d\d))\s*$"
)
"""When something was done, just before its verb: "last autumn", "in October", "on Tuesday"; what a record
covers: "the accounts for that year record"."""
_AS_A_WHOLE = re.compile(r"\s+as\s+a\s+whole\s*$")
"""How much a subject covers, not who it is: "The agency's figures for the region as a whole show"."""

_WHO_SUBJECT = re.compile(
    r"(?:,\s*|\s+)who(?:\s+(?:once|also|previously|then|later|first|repeatedly|publicly|earlier|recently"
    r"|(?:in|on|at|during|last|this|early|late)\s+(?:the\s+)?[\w-]+))*\s*$"
)
"""A relative "who" as the verb's subject, with only when it happened between: "X, who in May told ..."."""
_THAT_CLAUSE = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?P<head>(?:[\w'\u2019-]+\s+){1,3}?)(?P<that>that\s+)[a-z][^,;:\"\u201c]{2,80}?\s*$"
)
"""A clause with "that" right after a sentence's first noun phrase is part of its subject: "The firm that claims
to own the land said", "The report that the council commissioned said" (not "The mayor said that ...")."""
_UNNAMED_WHO = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+who\s+[^,;:\"\u201c]{3,60}?\s*$"
)
"""An unnamed source and the clause that tells which one: "One councillor who voted against the sale"."""
_AUTHORED = re.compile(
    r"(?:^|,\s+)\s*(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?:survey|report|study|poll|review|analysis|audit)\b"
    r"[^,;:\"\u201c]*?\s+(?:carried\s+out|conducted|done|run|drawn\s+up|written|compiled|prepared|produced)"
    r"\s+(?:[^,;:\"\u201c]*?\s+)?by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:\s+[a-z]+)?)\s*$"
)
"""A study and who made it: the maker's finding ("a survey carried out by the Patient Voice group found"); not
whoever "commissioned" or "published" it."""
_REDUCED = re.compile(
    r"\s+(?:[a-z]+(?:ed|en|wn)|[a-z]{3,}ing|seen|made|held|kept|sent|built|paid|told|found|put|set|sold|shot)"
    r"\s+(?:by|on|in|at|to|from|under|for|with|last|this|earlier|during|near|across)\b[^,;:\"\u201c\u201d]*$"
)
"""A participle and where, when or by whom, between a subject and its verb: "issued on Sunday evening"."""
_OBJECT_END = re.compile(
    r"\b[a-z]+(?:ed|en|wn)\s+(?:by|for|from|with|at|in|on|to)\s+(?:[\w'\u2019-]+\s+){0,3}[\w'\u2019-]+\s*$"
)
"""A phrase ending in the object of a participle's preposition: "a lab hired by a residents' group"."""


def _described_name(head: str, aside: str) -> str | None:
    """The name in an aside right after a head that names no one: "Her neighbor, retired machinist Walt Dziedzic,"."""
    described = aside.strip(" ,")
    owners = [w for w in head.split()[1:] if w[:1].isupper() and not w.endswith(("'s", "\u2019s"))]
    if not described or "(" in aside or owners:  # "Ms Costa's neighbour" names no one: the neighbour is unnamed
        return None
    if not ends_in_name(described) or described.split()[0].lower() in _FUNCTION | _DETERMINERS:
        return None
    if any(w in _PREPOSITIONS | word_set("of to") for w in described.split()):
        return None  # "seen by the Ashby Echo" says who saw it, not who it is
    return described


def _noun_phrase_before(text: str, end: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase that ends just before `end` (a verb): "the country's foreign ministry demands".

    It runs on through "of the" ("the organisers of the festival"), a preposition after a
    lower-case word ("figures from the health board") and a capitalised "The" inside a name
    ("Free The Wild").  A phrase that is only a preposition's object is no subject.
    """
    tokens = list(_TOKEN.finditer(text, floor, end))
    right = end
    while tokens and _helper(tokens[-1].group()) and not text[tokens[-1].end() : right].strip():
        right = tokens.pop().start()
    phrase_end = right
    if tokens and tokens[-1].group().lower() in _SUBJECT_PRONOUNS and not text[tokens[-1].end() : right].strip():
        return tokens[-1].span()  # "Before the 2024 election she told": the pronoun is the subject
    start: int | None = None
    taken = 0
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        word = token.group().lower()
        close_to = index > 0 and word == "to" and tokens[index - 1].group() == "close"  # "a source close to the club"
        modifier = (
            (word in _PREPOSITIONS or close_to)
            and taken > 0
            and index > 0
            and (tokens[index - 1].group().islower() or index == 1)
        )
        named_and = word == "and" and taken > 0 and index > 0 and tokens[index - 1].group()[:1].isupper()
        named_and = named_and and text[token.end() :].lstrip()[:1].isupper()  # "the Parks and Lands Division"
        if _gap(text, token, right) or (_ends_phrase(token, first=index == 0) and not (modifier or named_and)):
            break
        if word in SPEECH_VERBS:  # "She said elderly residents had told her": whom she reports, not "She said"
            break
        start, right, taken = token.start(), token.start(), taken + 1
        left = tokens[index - 1].group() if index > 0 else ""
        after_close_to = left == "to" and index > 1 and tokens[index - 2].group() == "close"
        joined = left == "of" or left in _PREPOSITIONS or after_close_to or (word == "the" and left[:1].isupper())
        if (word in _DETERMINERS and not joined) or taken >= MAX_SPEAKER_WORDS:
            break
    phrase = text[start:phrase_end].rstrip() if start is not None else ""
    if start is None or not _plausible(phrase) or _owner(phrase) or _after_preposition(text, floor, start):
        return None
    return start, start + len(_without_participle(phrase))


def _owner(phrase: str) -> bool:
    """ "the union's" before "estimate": whose thing it is, not who speaks (a verb-like noun follows)."""
    return fold_quotes(phrase).rstrip().endswith(("'s", "s'"))


def _after_preposition(text: str, floor: int, start: int) -> bool:
    """ "The timetable posted at the pier shows": "the pier" follows "at", so it is not who shows (nor is
    "the board" in "A source close to the board said")."""
    before = _TOKEN.findall(text, floor, start)
    return bool(before) and before[-1] in _PREPOSITIONS | {"to", "as"} and not text[:start].rstrip().endswith(",")


_BY_PEOPLE_AT = re.compile(r"\s+[a-z]+s\s+(?:at|from|of)\s+(?:the\s+)?[A-Z]")
"""Who made a thing, named by where they work: "a study by researchers at the University of Marlow"."""


def _noun_phrase_after(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase that starts at `start`: "said councillor Tom Reyes, who ..."."""
    end: int | None = None
    start = left = _LEADING_PUNCT.match(text, start).end()
    tokens = list(_TOKEN.finditer(text, start, stop))
    if tokens and tokens[0].group() in _PREPOSITIONS | word_set("of to"):
        return None  # '"...", warned of cuts': what the verb is about, not who
    for taken, token in enumerate(tokens):
        after = tokens[taken + 1 : taken + 5]  # "by the campaign group Clear Rivers Now": a name within four words
        named = next((t.group() for t in after if t.group()[:1].isupper() or t.group().lower() in _FUNCTION), "")
        modifier = (
            taken > 0
            and token.group() in ("by", "of", "for", "from", "at", "in")
            and named[:1].isupper()
            and named.lower() not in _TIME
        ) or (taken > 0 and token.group() == "by" and bool(_BY_PEOPLE_AT.match(text, token.end())))
        following = tokens[taken + 1].group() if taken + 1 < len(tokens) else ""
        inside_name = taken > 0 and token.group() in ("of", "and", "the") and tokens[taken - 1].group()[:1].isupper()
        in_name = token.group()[:1].isupper() or (inside_name and following[:1].isupper())  # "University of Calder"
        if (_gap(text, tokens[taken - 1], token.start()) if taken else text[left : token.start()].strip()) or (
            taken >= MAX_SPEAKER_WORDS and not in_name  # a name runs to its end
        ):
            break
        if _ends_phrase(token, taken == 0) and not modifier:  # "a report by the National Audit Office"
            break
        if taken > 0 and token.group() in _SUBJECT_PRONOUNS:  # "according to the Courier it was"
            break
        end, left = token.end(), token.end()
    if end is None or not _plausible(text[start:end]):
        return None
    return start, start + len(_without_participle(text[start:end]))


def _without_participle(phrase: str) -> str:
    """ "a report published (by the gallery on Tuesday)": the report, not "published"."""
    words = phrase.split()
    last = words[-1] if len(words) > 1 else ""
    return phrase[: phrase.rindex(last)].rstrip() if last.islower() and last.endswith(("ed", "en", "wn")) else phrase


def _gap(text: str, token: re.Match[str], until: int) -> bool:
    """Whether something other than spaces parts `token` from the next word: not the full stop of an
    initial or a title ("R. Sundaresan", "Dr. Qureshi")."""
    between = text[token.end() : until].strip()
    return bool(between) and not (between == "." and _ABBREVIATED.fullmatch(token.group()))


_ABBREVIATED = re.compile(r"[A-Z]|Mr|Mrs|Ms|Mx|Dr|Prof|St|Rev|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Cr|Cllr")
_SUBJECT_PRONOUNS = word_set("he she they it we i")
_OBJECTS = word_set("those these them him her us me whom which")


def _ends_phrase(token: re.Match[str], first: bool) -> bool:
    """A word no speaker's name holds: a time word, or a function word, unless it is capitalised
    inside the phrase ("Dr Who", "Will Smith")."""
    word = token.group()
    return word.lower() in _TIME or (word.lower() in _FUNCTION and (first or not word[0].isupper()))


def _plausible(phrase: str) -> bool:
    """A speaker names someone: not only determiners, not "most of those" (found so far), and not a long
    lower-case run that is really a clause."""
    words = phrase.split()
    if not words or all(w.lower() in _DETERMINERS for w in words) or (len(words) > 1 and words[-1] in _OBJECTS):
        return False
    if words[-1].lower() in _TIME | {"day", "days"}:
        return False  # "issued by the university the same day said": when, not who
    if _AGENT.search(phrase):
        return False  # "600 parents commissioned jointly by the council": a piece of a longer phrase
    participle = words[0].islower() and words[0].endswith(("ed", "en", "wn"))  # "shared on social media"
    if participle and len(words) > 1 and words[1] in _PREPOSITIONS | {"of"}:
        return False  # "stripped of his title at the Halverston Open": what is said of someone, not who
    has_name = any(w[:1].isupper() for w in words[1:]) or words[0].lower() in _DETERMINERS | _PRONOUNS
    head = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))  # "figures from the board"
    return has_name or (head <= 3 and not participle)


_AGENT = re.compile(
    r"^(?:(?![Aa]n?\s|[Tt]he\s|[Oo]ne\s)\S.*?\s)?(?:[a-z]+(?:ed|en|wn)|paid|made|held|kept|sent|built|done|run|set)"
    r"\s+(?:[a-z]+ly\s+)?(?:for\s+|out\s+|up\s+)?by\s"
)
"""A phrase cut from inside a longer one: past its determiner, through a participle and "by" ("commissioned by
the council", "600 parents paid for by the council"): whom the participle acts on is cut off."""
_REPORTED_BACK = re.compile(r",\s+(?P<cue>according to\s+(?P<who>[^,;]+?(?:,\s+[A-Z][^,;]*?)?))\s*[.!]?$", re.I)


def reports_speech(text: str) -> bool:
    """Whether a passage credits its words to someone ("X said ...", "the report found that ..."): a claim,
    not the writer's own statement. "The council should have found the cracks" credits nobody."""
    return _reported(Sentence(0, 0, len(text), text)) is not None


def _reported(sentence: Sentence) -> Attribution | Unattributed | None:
    """Reported speech in a sentence without quotation marks, or None when it reports nothing."""
    text = sentence.text
    front = _ACCORDING.match(text) or _ACCORDING_AFTER_JOIN.search(text)
    if front:
        span = _noun_phrase_after(text, front.end(), len(text))
        apposed = _NAME_AFTER.match(text, span[1]) if span and text[span[0]].islower() else None
        if apposed and text[apposed.end() : apposed.end() + 1] == "," and _names_whom(text[slice(*span)], apposed):
            span = apposed.span("name")  # "According to the park's vet, Dr Owen Radley, the cub ..."
        named = span and text[span[0] : span[1]].split()[-1][:1].isupper()
        if span and (text[span[1] : span[1] + 1] == "," or (named and _CLAUSE_OPENS.match(text, span[1]))):
            clause = _clause(text, span[1] + 1 if text[span[1]] == "," else span[1])
            if clause:
                return _credit(sentence, clause, text[span[0] : span[1]], (front.start(), span[1]))
    back = _REPORTED_BACK.search(text)
    if back:
        span = _noun_phrase_after(text, back.start("who"), back.end("who"))
        named = _NAME_AFTER.match(text, span[1], back.end("who")) if span else None
        if named and text[span[0] : span[1]].split()[-1].islower():  # "according to the developer, Pennard Homes"
            span = named.span("name")
        maker = _MADE_BY.search(text, span[0], back.end("who")) if span else None
        if maker and text[span[0]].islower():  # "according to data published on Thursday by the Authority"
            span = maker.span("who")
        owner = _OWN_DOCUMENT.match(text, span[1], back.end("who")) if span else None
        if owner and text[span[0] : span[1]].lower().split()[-1] in DOCUMENT_WORDS:  # "figures it published"
            span = owner.span("who")
        clause = _clause(text[: back.start()], 0)
        if span and clause:
            return _credit(sentence, clause, text[span[0] : span[1]], (back.start("cue"), span[1]))
    return _reported_by_verb(sentence)


_OWN_DOCUMENT = re.compile(
    r"\s+(?:that\s+)?(?P<who>it|they)\s+(?:had\s+|has\s+|have\s+)?(?:published|released|issued|compiled|produced)\b"
)
"""Whose a document is, when its maker was named before: "according to figures it published on Monday"."""


def _names_whom(description: str, apposed: re.Match[str]) -> bool:
    """ "the park's vet, Dr Owen Radley": the name says who the description is; not "the report, Kelburn, the town,
    is growing", where the name opens what the report says."""
    head = description.lower().split()[-1]
    return kind_of(apposed.group("name")) == "person" or head in PERSON_WORDS | BODY_REFERENCES


_ACCORDING_AFTER_JOIN = re.compile(r"(?:[,;]\s+|\b(?:but|and|yet)\s+)according to\s+", re.I)
"""A credit opening the second half of a sentence: "The fee was secret, but according to the Courier it was ..."."""
_CLAUSE_OPENS = re.compile(r"\s+(?:he|she|it|they|we|the|this|that|there|its|their)\s")
"""After a name with no comma, the start of the words it credits: "according to the Courier it was ..."."""
_MADE_BY = re.compile(
    r"\b(?!(?:commissioned|funded|paid|ordered|requested)\b)[a-z]+(?:ed|en|wn)\b[^,;]*?\bby\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w'\u2019-]*)*)"
)
"""Who made a thing the words come from: "data published on Thursday by the Rivers Authority"; not who
paid for or asked for it."""
_WHOM_WHEN = (
    r"(?:\s+(?:its\s+|their\s+|the\s+)?(?:" + "|".join(sorted(AUDIENCES)) + r")\b"
    r"|\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"  # "he told the Courier", "told MSPs"
    r"(?:\s+(?:on|in|at|last|this|earlier|late|later|yesterday|today)\b(?:\s+(?!that\b)[\w'\u2019-]+){0,5})?"
)
_TRAILING = re.compile(_WHOM_WHEN + r"[\s.!]*")
"""After a closing credit, only whom and when it was said: "..., the company told staff on Monday."."""
_MID_CREDIT = re.compile(_WHOM_WHEN + r",\s+(?!(?:[^,;]*,\s+)?that\b)\S")
"""A credit between the words and the writer's own: "..., officials said, though similar projects ...", "..., the
ministry said on Tuesday, a move that ...": not one that a "that" clause follows ("said, however, that")."""
_THAT_LATER = re.compile(
    r"(?:,\s+(?:however|though|too|also|again|meanwhile|moreover|nevertheless|instead|in turn|in fact),)?"
    r"\s+(?:(?:in|on|at|to|during|after|before|last|this|[A-Z][a-z]+day|yesterday|today|earlier|again|also"
    r"|publicly|repeatedly)\b[^,;:\"\u201c]{0,40}?\s+)?that\b"
)
"""Between a verb and its clause: "said that", "said in a statement that", "warned, however, that"."""
_NOT_SPEAKING = re.compile(r"\s+(?!during\b)(?:[a-z]+ing|guilty|dead|alive|liable|responsible|unconscious)\b")
"""After "found", a state and not a finding: "Drivers found sleeping in their vehicles will be fined"."""


_IN_WHICH = re.compile(r",\s+which\s+[^,;]*$")
"""Inside a clause that describes a body ("X, which announced the recall, ..."): what it did, not the report."""


def _reported_by_verb(sentence: Sentence) -> Attribution | Unattributed | None:
    """`X said (that) ...`, `X told reporters (that) ...`, or `..., X announced (on Monday).`

    Only the sentence's first reporting verb counts: a later one is inside the reported words.
    """
    text = sentence.text
    for verb in _TOKEN.finditer(text):
        if verb.group() in _DECIDING and _TRAILING.fullmatch(text, verb.end()):
            return _closing_credit(sentence, verb)  # "..., the county council's cabinet decided on Tuesday."
        if verb.group() in _SAYING:  # "The firm apologised, saying the delay was caused by a storm."
            found = _participle_subject(text, verb, 0)
            start = _clause_start(text, verb.end(), verb.group())
            clause = _clause(text, start) if found else None
            if clause and start == verb.end() and not _finite(text[slice(*clause)]):
                return None  # "voted to approve the expansion, adding 8,000 seats": a thing added, not words
            return _credit(sentence, clause, found[2], found[:2]) if found and clause else None
        if verb.group() not in REPORTING_VERBS or _IN_WHICH.search(text, 0, verb.start()):
            continue  # "The Office, which announced the recall ..., put the number at": not what it announced
        if _NOUN_BEFORE_VERB.match(text, verb.end()):
            continue  # "Early reports had put the number at 600": "reports" is who put it
        before = _TOKEN.findall(text, 0, verb.start())
        if before and before[-1].lower() in BE_FORMS | _DETERMINERS | _PREPOSITIONS | _TIME_LINKS:
            continue  # "were found": a passive; "an estimated 1.8 million", "waiting for promised grants": no verb
        if verb.group() in _PLURAL_ONLY and not (before and (before[-1][-1:] == "s" or before[-1] in _PRONOUNS)):
            continue  # "the consultants estimate" is a verb, "the first estimate" a noun
        if verb.group() in ("found", "finds") and _NOT_SPEAKING.match(text, verb.end()):
            return None
        if verb.group() in _SHOWING and _SHOWN_TO.match(text, verb.end()):
            return None  # "Mendes showed the jury an email": a thing held up, not words
        if verb.group().endswith(("ed", "found")) and _PARTICIPLE_PLACE.match(text, verb.end()):
            continue  # "A stone found on the edge of the course is ...": a participle describing the stone
        if verb.group().endswith("ed") and _VALUED_AT.match(text, verb.end()):
            continue  # "at a cost estimated at $2 million": a participle describing the cost, nobody speaking
        if _TRAILING.fullmatch(text, verb.end()) or _MID_CREDIT.match(text, verb.end()):
            return _closing_credit(sentence, verb)
        inverted = _inverted_credit(sentence, verb)
        if inverted is not None:
            return inverted
        closing = next((t for t in _TOKEN.finditer(text, verb.end()) if _closes(text, t)), None)
        if closing is not None:  # "... after the operator confirmed it will ..., the union said": all the union's
            return _closing_credit(sentence, closing)
        subject = _subject(text, verb, 0)
        if subject is None:
            return None
        if verb.group() in _TELLING | _WARNING and _URGED.match(text, verb.end()):  # "Police warned drivers not to"
            return _urged(sentence, verb)
        start = _clause_start(text, verb.end(), verb.group())
        clause = _clause(text, start)
        if clause and text[clause[0] :].split()[0].lower() in _ASKING:
            return None  # "declined to say whether more jobs would go": a question, not anyone's words
        if clause and start == verb.end() and verb.group() in _THING_VERBS and not _finite(text[slice(*clause)]):
            return None  # "Farmer Bill Crossley found the box", "wrote the code": a thing, not a finding
        return _credit(sentence, clause, subject[2], (subject[0], subject[1])) if clause else None
    urging = next((t for t in _TOKEN.finditer(text) if t.group() in _URGING and _URGED.match(text, t.end())), None)
    return _urged(sentence, urging) if urging else _put_at(sentence)


def _inverted_credit(sentence: Sentence, verb: re.Match[str]) -> Attribution | None:
    """`..., said his owner, Megan Alvarez.`: the verb first, then who, to the end of the sentence."""
    text = sentence.text
    comma = text[: verb.start()].rstrip()
    if not comma.endswith(",") or verb.group() not in SPEECH_VERBS:
        return None
    credit = _after(text, verb.start(), len(text))
    if credit is None or text[credit[1] :].strip(" .!"):
        return None
    clause = _clause(comma[:-1], 0)
    return _credit(sentence, clause, credit[2], credit[:2]) if clause else None


def _closes(text: str, verb: re.Match[str]) -> bool:
    """A reporting verb that ends the sentence, with only whom and when after it: "..., the union said yesterday."."""
    comma = text.rfind(",", 0, verb.start())
    if comma < 0 or verb.group() not in REPORTING_VERBS or not _TRAILING.fullmatch(text, verb.end()):
        return False
    first = _TOKEN.search(text, comma + 1, verb.start())
    subject = _noun_phrase_before(text, verb.start(), comma + 1)
    return first is not None and subject is not None and subject[0] == first.start()


_SHOWING = word_set("show shows showed")
_SHOWN_TO = re.compile(r"\s+(?:the\s+)?(?:" + "|".join(sorted(AUDIENCES)) + r")\s+(?!that\b)")
"""Whom something is shown, then no "that": "showed the jury an email" holds up a thing."""

_NOUN_BEFORE_VERB = re.compile(r"\s+(?:had|have|has|were|are|will|would|could|may|might|suggest|show)\s+[a-z]")
"""After "reports", "claims" or "estimates", a verb of their own: they are a noun, the subject."""

_WARNING = word_set("warned warns")
_URGING = word_set("urged urges advised advises asked asks ordered orders instructed instructs encouraged begged")
"""Verbs that pass on what someone wants done: "It urged customers to stop using the cooker"."""
_URGED = re.compile(
    r"\s+(?:(?:the|its|their|his|her|all|any|local)\s+)?"
    r"(?:(?!(?:to|not|that|be|is|are|was|were|has|have|had|will|would|should|could|can|may|might|must)\b)[a-z][\w'\u2019-]*\s+)"
    r"{1,2}(?P<what>(?:not\s+)?to\s+[a-z])"
)
"""Whom, in a word or two, then what they are asked to do: "urged customers (not) to ...", "asked the council to"."""


def _urged(sentence: Sentence, verb: re.Match[str]) -> Attribution | None:
    """ "The company urged customers to stop using the cooker": what it asked for is its words, told by the writer."""
    text = sentence.text
    asked = _URGED.match(text, verb.end())
    subject = _subject(text, verb, 0)
    if asked is None or subject is None or any(c in text[verb.end() : asked.start("what")] for c in ",;:"):
        return None
    what = asked.start("what")
    start = what if text.startswith("not", what) else text.index("to", what) + 3
    clause = _clause(text, start)
    return _credit(sentence, clause, subject[2], (subject[0], subject[1])) if clause else None


_VALUED_AT = re.compile(
    r"\s+at\s+(?:between|about|around|roughly|some|nearly|almost|up\s+to|more\s+than|less\s+than)?\s*[$\u00a3\u20ac]?\d"
)
"""After a past form, a figure it puts on a thing: "a cost estimated at $2 million" describes the cost."""
_DECIDING = word_set("decided agreed ruled")
"""Verbs of a decision that credit a clause only when they close it ("..., the cabinet decided on Tuesday")."""
_PARTICIPLE_PLACE = re.compile(
    r"\s+(?:on|in|at|near|under|beside|along|inside|outside|behind|for|by)\s+(?:the|a|an)\s+(?!(?:\w+\s+){0,6}?that\b)"
)
"""After a past form, where something was (not a "that" clause): the past form describes a thing."""
_TIME_LINKS = word_set("after before since until")
"""Before a reporting verb's form, a noun: "after reports that the batteries overheat"."""
_THING_VERBS = word_set("found finds wrote writes warned warns warn reported reports admitted admits")
"""Verbs whose object may be a thing or a person rather than words: what follows is reported only if it has a verb."""
_PLURAL_ONLY = word_set("argue warn insist estimate predict")
"""Verbs whose bare form is also a noun ("the first estimate"): verbs only after a plural or a pronoun."""
_FINITE = word_set(
    "is are was were be been has have had will would can could should may might must shall did does do "
    "isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't didn't doesn't don't "
    "made took gave paid knew left went came told said found kept held lost spent built won cut put set rose fell "
    "grew sent brought bought sold ran saw began fought thought meant"
)


def _finite(clause: str) -> bool:
    """Whether reported words hold a verb of their own ("the plant reported using", "players lost $4.7m"),
    as a finding does; "the code for the tracker" is what was written, not what was said."""
    words = _TOKEN.findall(clause)
    return any(
        w.lower() in _FINITE
        or (w.endswith("ed") and len(w) > 4 and (i == 0 or words[i - 1].lower() not in _DETERMINERS))
        for i, w in enumerate(words)
    )  # "a covered concourse" holds no verb


_PUT_AT = re.compile(
    r"\b(?:puts|put)\s+(?:the|its|their|his|her|last|this)\s+(?:[\w'\u2019-]+\s+){0,4}?at\s+(?!risk\b)\S"
)
"""A source's own figure: "The community council puts the number at 87"."""


_RECORDS = re.compile(r"\b(?:gives?|records?|lists?|sets?\s+out|puts?|states?|estimates?)\s+(?:the|a|an|its|their)\s")
"""What a document does with a figure or a finding: "the annual report gives the number as 6,500"."""
DOCUMENT_WORDS = word_set(
    "report reports accounts filing filings document documents minutes notice data figures records register log "
    "survey study paper papers plan review audit analysis letter email memo statement budget listing release"
)
"""Things that hold someone's words or figures: whose they are is whom the document belongs to."""


def _put_at(sentence: Sentence) -> Attribution | None:
    """ "X puts the figure at 480,000": the words from the verb are X's estimate; so are what a document
    gives, records, lists or sets out ("The firm's annual report gives the number as 6,500")."""
    text = sentence.text
    put = _PUT_AT.search(text)
    if put is None:
        put = next((m for m in _RECORDS.finditer(text) if _by_document(text, m)), None)
    verb = _TOKEN.match(text, put.start()) if put else None
    subject = _subject(text, verb, 0) if verb else None
    clause = _clause(text, put.start()) if put else None
    if subject is None or clause is None:
        return None
    return _credit(sentence, clause, subject[2], (subject[0], subject[1]))


def _by_document(text: str, verb: re.Match[str]) -> bool:
    """Whether the subject of a verb such as "gives" or "records" is a document ("the accounts record")."""
    subject = _subject(text, _TOKEN.match(text, verb.start()), 0)  # type: ignore[arg-type]
    before = re.split(r"\s+(?:of|for|from|by|on|in|at|with)\s+", subject[2])[0] if subject else ""
    return bool(DOCUMENT_WORDS & {w.lower() for w in _TOKEN.findall(before)})


_TELLING = word_set("told tells assured assures reminded reminds informed informs")
"""Verbs of saying to someone: whom comes between the verb and the words ("assured plot holders that")."""


def _clause_start(text: str, verb_end: int, verb: str) -> int:
    """Where the reported words begin: after "that", or after whom they were told ("told reporters")."""
    that = _THAT_LATER.match(text, verb_end) or _WHEN_SAID.match(text, verb_end)
    if that:
        return that.end()
    if verb in _TELLING:
        told = list(_TOKEN.finditer(text, verb_end))[:8]
        that_at = next((t for t in told if t.group() == "that"), None)
        if that_at is not None and "," not in text[verb_end : that_at.start()]:
            return that_at.end()
        if told and (told[0].group() in AUDIENCES or told[0].group()[:1].isupper()):  # "told MPs the ..."
            return told[0].end()
        if len(told) > 1 and told[0].group() in ("the", "a") and told[1].group() in AUDIENCES:  # "told the jury he"
            return told[1].end()
        named = list(itertools.takewhile(lambda t: t.group()[:1].isupper(), told[1:]))
        if told and told[0].group() == "the" and named:  # "told the Kestermouth Courier the ..."
            return named[-1].end()
        owner = int(bool(told) and told[0].group() in _CLAUSE_OPENERS - _SUBJECT_PRONOUNS)  # "told his players"
        whom = list(itertools.takewhile(_plain_word, told[owner : owner + 2]))
        after = owner + len(whom)
        if whom and len(told) > after and told[after].group() in _CLAUSE_OPENERS:  # "told local radio the deal"
            return whom[-1].end()
    return verb_end


_CLAUSE_OPENERS = _SUBJECT_PRONOUNS | word_set("the a an its their his her this these")
"""Words a reported clause opens with, right after whom it was told ("told local radio the deal was ...")."""


def _plain_word(token: re.Match[str]) -> bool:
    """A lower-case word that is neither a function word nor one a clause opens with: "local", "radio"."""
    word = token.group()
    return word.islower() and word not in _FUNCTION | _CLAUSE_OPENERS


_WHEN_SAID = re.compile(
    r"\s+(?:on\s+[A-Z][a-z]+day|yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|month|year)"
    r"|in\s+a\s+statement)(?=\s+(?:it|he|she|they|we|the|its|their|his|her)\s)"
)
"""When or how words were said, before them with no "that": "said on Tuesday it would close the plant"."""


def _closing_credit(sentence: Sentence, verb: re.Match[str]) -> Attribution | None:
    """`..., the transport authority confirmed.`: the speaker is all between the last comma and the verb."""
    text = sentence.text
    comma = text.rfind(",", 0, verb.start())
    if comma <= 0:
        return None
    if not text[comma + 1 : verb.start()].strip():  # "..., its owner, Frostline Leisure, announced"
        return _credit_in_apposition(sentence, verb, comma)
    start = _LEADING_PUNCT.match(text, comma + 1).end()
    speaker = text[start : verb.start()].strip()
    words = speaker.split()
    if not words or len(words) > MAX_SPEAKER_WORDS + 2 or any(c in speaker for c in '"\u201c\u201d;:'):
        return None
    while words and words[-1].lower() in _AUX:
        words.pop()
    speaker = " ".join(words)
    clause = _clause(text[:comma], 0)
    fragment = text.rfind(",", 0, comma)
    if (
        fragment >= 0
        and len(text[fragment + 1 : comma].split()) < MIN_REPORTED_WORDS
        and _MID_CREDIT.match(text, verb.end())
    ):  # "..., enough, Vashen says, to double its output": the credit is inside the phrase it credits
        clause = _clause(text, fragment + 1)
    elif clause and not _finite(text[slice(*clause)]) and _MID_CREDIT.match(text, verb.end()):
        clause = _clause(text, text.index(",", verb.end()) + 1)  # "On 11 nights, the report found, the home had"
    if not clause or not _plausible(" ".join(words[:3])):
        return None
    return _credit(sentence, clause, speaker, (start, verb.end()))


def _credit_in_apposition(sentence: Sentence, verb: re.Match[str], comma: int) -> Attribution | None:
    """`CLAUSE, its owner, Frostline Leisure, announced`: a role, then the name, between commas."""
    text = sentence.text
    named_at = text.rfind(",", 0, comma)
    role_at = text.rfind(",", 0, named_at)
    if role_at <= 0:
        return None
    name, role = text[named_at + 1 : comma].strip(), text[role_at + 1 : named_at].strip().split()
    if not ends_in_name(name) or len(name.split()) > MAX_SPEAKER_WORDS or not role:
        return None
    if role[0].lower() not in _DETERMINERS | word_set("our") or len(role) > 4 or not role[-1].islower():
        return None
    clause = _clause(text[:role_at], 0)
    if not clause:
        return None
    start = text.index(name, named_at)
    return _credit(sentence, clause, name, (start, verb.end()))


_CREDIT_AT_END = re.compile(
    r",\s+(?:[\w'\u2019-]+\s+){0,6}?(?:"
    + "|".join(sorted(REPORTING_VERBS - _PLURAL_ONLY))
    + r")"
    + _WHOM_WHEN
    + r"\s*$"
)
"""Another credit closing the reported words: "..., a report published on Thursday found"."""


def _clause(text: str, start: int) -> tuple[int, int] | None:
    """The reported words from `start`: to the sentence end, cut short when long; None when too short."""
    at = _LEADING_PUNCT.match(text, start).end()
    words = _ASIDE.split(text[at:], maxsplit=1)[0].rstrip().rstrip(".!").rstrip(" ,")
    head = _ADDED.split(words, maxsplit=1)[0]  # "... and admitted that ...": the same speaker's next words
    words = head if len(head.split()) >= MIN_REPORTED_WORDS else words  # "prices had risen and that ...": one report
    words = _NEW_SPEAKER.split(words, maxsplit=1)[0]  # "..., and Ms Osei said ...": another speaker's
    credited = _CREDIT_AT_END.search(words)
    words = _shorten(words[: credited.start()] if credited else words)  # "..., a report published on Monday found"
    if len(words.split()) < MIN_REPORTED_WORDS:
        return None
    at = text.index(words, at)  # a long sentence may keep what it says of its subject, not the subject
    return at, at + len(words)


def _credit(sentence: Sentence, clause: tuple[int, int], speaker: str, cue: tuple[int, int]) -> Attribution:
    """Reported words `clause` credited to `speaker` by the words at `cue` (offsets within the sentence)."""
    text = sentence.text
    first, last = min(cue[0], clause[0]), max(cue[1], clause[1])
    quote = text[clause[0] : clause[1]]
    return Attribution(quote, speaker, text[cue[0] : cue[1]], text[first:last], sentence.start + first, False)
