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

import re
from dataclasses import dataclass

from game.content.article import Article, Sentence


def word_set(words: str) -> frozenset[str]:
    """A word list written as one string, as a teacher would read it."""
    return frozenset(words.split())


# Verbs that credit words to a speaker, in the forms news articles use.
REPORTING_VERBS = word_set(
    "said says say stated states declared declares warned warns promised promises claimed claims claim "
    "argued argues insisted insists announced announces admitted admits explained explains added adds "
    "reported reports wrote writes confirmed confirms noted notes stressed stresses suggested suggests "
    "replied replies told tells"
)
# Verbs that introduce a quotation in marks but not a reported clause ("called it a "...").
QUOTING_VERBS = REPORTING_VERBS | word_set(
    "called calls described describes threatened threatens demanded demands denounced denounces urged "
    "urges vowed vows asked asks denied denies denying shouted shouts tweeted posted"
)
_AUX = word_set("has have had is are was were will would also then later again once publicly reportedly already")
_DETERMINERS = word_set("the a an one its their his her this that these those some several many two three")
_PRONOUNS = word_set("he she they it we i you him her them us this that these those who which")
_FUNCTION = word_set(
    "and or but so yet nor if when while after before since because although though as than that which "
    "who whom whose where to in on at by with about against into onto over under during without within "
    "through is are was were be been being has have had do does did will would can could should may might "
    "must not no also then now however meanwhile furthermore moreover instead still finally"
)
_TIME = word_set(
    "yesterday today tonight week month year last next morning evening night earlier later monday tuesday "
    "wednesday thursday friday saturday sunday january february march april june july august september "
    "october november december"
)
MAX_SPEAKER_WORDS = 7
MAX_QUOTE_WORDS = 25
MIN_REPORTED_WORDS = 4

_TOKEN = re.compile(r"[^\W_](?:[\w&-]|['\u2019.](?=[^\W_]))*(?:(?<=s)['\u2019](?!\w))?")
_ACCORDING = re.compile(r"\baccording to\s+", re.I)
_LEADING_PUNCT = re.compile(r"[\s,.!?;:\u2014\u2013-]*")
_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s|\[|$)")
_ASIDE = re.compile(r"\s*[;(\u2014]")
_CLAUSE_CUT = re.compile(r"(?:,|;|\s+and|\s+but)\s+")


@dataclass(frozen=True)
class Attribution:
    """Words the article credits to a speaker, with the passage that shows it (`evidence`)."""

    quote: str
    speaker: str
    cue: str
    evidence: str
    offset: int
    direct: bool

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
    """Every quotation and reported statement in the article's paragraphs, credited or not."""
    found: list[Attribution] = []
    skipped: list[Unattributed] = []
    for block in range(1, len(article.blocks)):
        base = article.blocks[block][0]
        body = article.block_text(block)
        spans = quotation_spans(body)
        sentences = article.sentences_in(block)
        for open_at, close_at in spans:
            result = _direct(body, base, open_at, close_at, sentences)
            (found if isinstance(result, Attribution) else skipped).append(result)
        for sentence in sentences:
            local = sentence.start - base
            if not any(o < local + len(sentence.text) and c >= local for o, c in spans):
                result = _reported(sentence)
                if result is not None:
                    (found if isinstance(result, Attribution) else skipped).append(result)
    unique: dict[str, Attribution] = {}
    for item in found:
        unique.setdefault(" ".join(item.quote.lower().split()), item)
    return list(unique.values()), skipped


def _direct(body: str, base: int, open_at: int, close_at: int, sentences: list[Sentence]) -> Attribution | Unattributed:
    """Credit one quotation in marks: look right after it ("...," said X), then before it (X said: "...")."""
    inner = _trim_quote(body[open_at + 1 : close_at])
    around = [s for s in sentences if s.start - base <= close_at and s.end - base > open_at]
    lead_from = around[0].start - base if around else 0
    tail_to = around[-1].end - base if around else len(body)
    credit = _after(body, close_at + 1, tail_to) or _before(body, lead_from, open_at)
    if credit is None:
        return Unattributed(inner, base + open_at, "no speaker named next to the quotation marks")
    start, end, speaker = credit
    if speaker.lower() in _PRONOUNS:
        return Unattributed(inner, base + open_at, _pronoun(speaker))
    quote_end = open_at + 1 + body[open_at + 1 :].find(inner) + len(inner)
    if close_at == quote_end or body[quote_end:close_at].strip(",") == "":
        quote_end = close_at + 1
    first, last = min(start, open_at), max(end, quote_end)
    return Attribution(inner, speaker, body[start:end], body[first:last], base + first, True)


def _pronoun(speaker: str) -> str:
    return f"the speaker is only \u201c{speaker}\u201d: name them yourself"


def _trim_quote(inner: str) -> str:
    """The quoted words without a trailing comma, cut to their first sentence when very long."""
    text = inner.strip().rstrip(",;:").strip()
    if len(text.split()) > MAX_QUOTE_WORDS:
        first = _FIRST_SENTENCE.match(text)
        text = first.group() if first and len(first.group().split()) >= MIN_REPORTED_WORDS else text
        text = _shorten(text)
    return text


def _shorten(text: str) -> str:
    """Cut a long passage at a clause boundary (or a word) so it fits on a question card."""
    if len(text.split()) <= MAX_QUOTE_WORDS:
        return text
    for cut in _CLAUSE_CUT.finditer(text):
        if len(text[: cut.start()].split()) >= MIN_REPORTED_WORDS:
            head = text[: cut.start()]
            if len(head.split()) <= MAX_QUOTE_WORDS:
                return head
            break
    words = list(re.finditer(r"\S+", text))
    return text[: words[MAX_QUOTE_WORDS - 1].end()]


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
        return (at, span[1], body[span[0] : span[1]]) if span else None
    for token in tokens[1:]:
        if token.group() in QUOTING_VERBS:
            span = _noun_phrase_before(body, token.start(), at)
            if span and span[0] == at:
                return (at, token.end(), body[span[0] : span[1]])
            return None
    return None


def _before(body: str, start: int, open_at: int) -> tuple[int, int, str] | None:
    """`X said: "..."`, `X called it a "..."`, `According to X, "..."`: the credit before the opening mark."""
    verbs = [t for t in _TOKEN.finditer(body, start, open_at) if t.group() in QUOTING_VERBS]
    if verbs and len(_TOKEN.findall(body, verbs[-1].end(), open_at)) <= 4:
        found = _subject(body, verbs[-1], start)
        if found is not None:
            return found
    according = list(_ACCORDING.finditer(body, start, open_at))
    if according:
        span = _noun_phrase_after(body, according[-1].end(), open_at)
        if span:
            return (according[-1].start(), span[1], body[span[0] : span[1]])
    return None


def _subject(body: str, verb: re.Match[str], floor: int) -> tuple[int, int, str] | None:
    """The subject of `verb`; for "... and promised", the subject of the verb before it in the sentence.

    "The head teacher, Mr Adams, called it": a name just before the comma is the subject.
    """
    span = _noun_phrase_before(body, verb.start(), floor)
    if span is None and body[: verb.start()].rstrip().endswith(","):
        named = _noun_phrase_before(body, body.rindex(",", 0, verb.start()), floor)
        span = named if named and body[named[0]].isupper() else None
    if span:
        return (span[0], verb.end(), body[span[0] : span[1]])
    before = list(_TOKEN.finditer(body, floor, verb.start()))
    if before and before[-1].group().lower() == "and":
        earlier = [t for t in before[:-1] if t.group() in QUOTING_VERBS]
        if earlier:
            found = _subject(body, earlier[-1], floor)
            return (found[0], verb.end(), found[2]) if found else None
    return None


def _noun_phrase_before(text: str, end: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase that ends just before `end` (a verb): "the country's foreign ministry demands"."""
    tokens = list(_TOKEN.finditer(text, floor, end))
    right = end
    while tokens and tokens[-1].group().lower() in _AUX and not text[tokens[-1].end() : right].strip():
        right = tokens.pop().start()
    phrase_end = right
    start: int | None = None
    taken = 0
    for token in reversed(tokens):
        word = token.group().lower()
        if text[token.end() : right].strip() or _ends_phrase(token, first=token is tokens[0]):
            break
        start, right, taken = token.start(), token.start(), taken + 1
        if word in _DETERMINERS or taken >= MAX_SPEAKER_WORDS:
            break
    phrase = text[start:phrase_end].rstrip() if start is not None else ""
    if start is None or not _plausible(phrase):
        return None
    return start, start + len(phrase)


def _noun_phrase_after(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase that starts at `start`: "said councillor Tom Reyes, who ..."."""
    end: int | None = None
    start = left = _LEADING_PUNCT.match(text, start).end()
    for taken, token in enumerate(_TOKEN.finditer(text, start, stop)):
        if text[left : token.start()].strip() or taken >= MAX_SPEAKER_WORDS or _ends_phrase(token, taken == 0):
            break
        end, left = token.end(), token.end()
    if end is None or not _plausible(text[start:end]):
        return None
    return start, end


def _ends_phrase(token: re.Match[str], first: bool) -> bool:
    """A word no speaker's name holds: a time word, or a function word, unless it is capitalised
    inside the phrase ("Dr Who", "Will Smith")."""
    word = token.group()
    return word.lower() in _TIME or (word.lower() in _FUNCTION and (first or not word[0].isupper()))


def _plausible(phrase: str) -> bool:
    """A speaker names someone: not only determiners, and not a long lower-case run that is really a clause."""
    words = phrase.split()
    if not words or all(w.lower() in _DETERMINERS for w in words):
        return False
    has_name = any(w[:1].isupper() for w in words[1:]) or words[0].lower() in _DETERMINERS | _PRONOUNS
    return has_name or len(words) <= 3


_REPORTED_BACK = re.compile(r",\s+(?P<cue>according to\s+(?P<who>[^,;]+?))\s*[.!]?$", re.I)


def _reported(sentence: Sentence) -> Attribution | Unattributed | None:
    """Reported speech in a sentence without quotation marks, or None when it reports nothing."""
    text = sentence.text
    front = _ACCORDING.match(text)
    if front:
        span = _noun_phrase_after(text, front.end(), len(text))
        if span and text[span[1] : span[1] + 1] == ",":
            clause = _clause(text, span[1] + 1)
            if clause:
                return _credit(sentence, clause, text[span[0] : span[1]], (front.start(), span[1]))
    back = _REPORTED_BACK.search(text)
    if back:
        span = _noun_phrase_after(text, back.start("who"), back.end("who"))
        clause = _clause(text[: back.start()], 0)
        if span and clause:
            return _credit(sentence, clause, text[span[0] : span[1]], (back.start("cue"), span[1]))
    return _reported_by_verb(sentence)


def _reported_by_verb(sentence: Sentence) -> Attribution | Unattributed | None:
    """`X said that ...` or `..., X announced.`"""
    text = sentence.text
    for verb in _TOKEN.finditer(text):
        if verb.group() not in REPORTING_VERBS:
            continue
        rest = text[verb.end() :]
        if not rest.strip(" .!"):
            comma = text.rfind(",", 0, verb.start())
            span = _noun_phrase_before(text, verb.start(), comma + 1) if comma > 0 else None
            clause = _clause(text[:comma], 0) if span else None
            if span and clause and span[0] == _LEADING_PUNCT.match(text, comma + 1).end():
                return _credit(sentence, clause, text[span[0] : span[1]], (span[0], verb.end()))
            continue
        subject = _subject(text, verb, 0)
        if subject is None:
            continue
        after = verb.end() + (len(m.group()) if (m := re.match(r"\s+that\b", rest)) else 0)
        clause = _clause(text, after)
        if clause is None:
            continue
        if subject[2].lower() in _PRONOUNS:
            return Unattributed(text, sentence.start, _pronoun(subject[2]))
        return _credit(sentence, clause, subject[2], (subject[0], subject[1]))
    return None


def _clause(text: str, start: int) -> tuple[int, int] | None:
    """The reported words from `start`: to the sentence end, cut short when long; None when too short."""
    at = _LEADING_PUNCT.match(text, start).end()
    words = _shorten(_ASIDE.split(text[at:], maxsplit=1)[0].rstrip().rstrip(".!").rstrip(" ,"))
    if len(words.split()) < MIN_REPORTED_WORDS:
        return None
    return at, at + len(words)


def _credit(sentence: Sentence, clause: tuple[int, int], speaker: str, cue: tuple[int, int]) -> Attribution:
    """Reported words `clause` credited to `speaker` by the words at `cue` (offsets within the sentence)."""
    text = sentence.text
    first, last = min(cue[0], clause[0]), max(cue[1], clause[1])
    quote = text[clause[0] : clause[1]]
    return Attribution(quote, speaker, text[cue[0] : cue[1]], text[first:last], sentence.start + first, False)
