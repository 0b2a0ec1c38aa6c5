"""Who "she", "they" and "the company" point back to: the people and bodies an article has named so far.

A speaker is only ever a phrase the article itself wrote.  When the words next to a
quotation are a pronoun, the draft credits the nearest earlier mention of the right
kind (a person for he/she, a group for they, an organisation for "the company"),
and only when that mention is close by: a pronoun with no clear antecedent is left
for the teacher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from game.authoring.vocabulary import word_set

Kind = Literal["person", "group", "organisation", "name", "thing"]

PERSON_PRONOUNS = word_set("he she him her")
GROUP_PRONOUNS = word_set("they them")
BODY_REFERENCES = word_set("company firm business organisation organization developer maker operator")
"""Heads of a back-reference ("the company", "the firm") to an organisation named before."""

# Words that say a phrase names a person: titles and the roles news articles give people.
PERSON_WORDS = word_set(
    "mr mrs ms miss dr prof professor sir dame lord lady councillor councilman councilwoman mayor minister "
    "president chair chairman chairwoman chairperson director leader member spokesperson spokesman spokeswoman "
    "principal headteacher teacher parent owner researcher officer manager executive secretary chief head "
    "captain coach judge nurse doctor engineer official keeper guide volunteer resident pupil student worker "
    "inspector librarian founder governor senator representative sheriff commissioner superintendent "
    "scientist analyst economist lawyer campaigner organiser organizer farmer driver"
)
# Words that say a phrase names a body, not a person.
ORGANISATION_WORDS = word_set(
    "foods build water ltd inc plc llc co corp corporation company group council agency trust school museum "
    "clinic board union association bank office department ministry authority club society party network "
    "news times gazette fund foundation institute university college hospital service services police court "
    "watch partners airlines energy motors homes systems labs media press pictures entertainment report "
    "committee commission government administration league federation alliance team zoo library"
)
GROUP_WORDS = word_set("group friends campaigners residents opponents supporters critics parents families")
SENTENCES_BACK = 3
"""How far back (in sentences) a pronoun may look for the one it points to."""

_WORD = re.compile(r"[\w'\u2019]+")


@dataclass(frozen=True)
class Mention:
    """A person or body the article named, where (offset, sentence number) and of what kind."""

    phrase: str
    offset: int
    sentence: int
    kind: Kind


def kind_of(phrase: str) -> Kind:
    """Person, group, organisation, a bare name that could be either, or a thing: from the words alone.

    A role marks a person ("Residents' association chair Joan Pike"); a possessive in
    front ("residents'") describes, it is not the head.
    """
    words = [w.lower() for w in _WORD.findall(phrase) if not w.endswith(("'", "\u2019"))]
    if any(w in PERSON_WORDS for w in words):
        return "person"
    if any(w in GROUP_WORDS for w in words):
        return "group"
    if any(w in ORGANISATION_WORDS for w in words) or _camel_case(phrase):
        return "organisation"
    if _plural(phrase):
        return "group"
    named = [w for w in _WORD.findall(phrase)[1:] if w[:1].isupper()] or (phrase[:1].isupper() and len(words) == 1)
    return "name" if named else "thing"  # "Rail Link", "Amir Rahman": a name; "The final": no one


def is_reference(phrase: str) -> bool:
    """ "she", "they", "the company": words that point back to someone named before."""
    words = phrase.lower().split()
    if len(words) == 1:
        return words[0] in PERSON_PRONOUNS | GROUP_PRONOUNS
    return len(words) == 2 and words[0] == "the" and words[1] in BODY_REFERENCES


def _plural(phrase: str) -> bool:
    """A lower-case head noun in the plural ("nurses", "campaigners from X"), or a plural first word ("Nurses")."""
    words = _WORD.findall(phrase)
    lower = [w for w in words if w.islower() or w is words[0]]
    return any(w.lower().endswith("s") and not w.lower().endswith(("ss", "'s", "\u2019s", "us")) for w in lower)


def _camel_case(phrase: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", phrase.strip()))


class Mentions:
    """The named speakers and sentence subjects of an article, in reading order, to resolve pronouns against."""

    def __init__(self) -> None:
        self._seen: list[Mention] = []
        self._people: set[str] = set()  # bare names a "he" or "she" has pointed to: people, not companies

    def add(self, phrase: str, offset: int, sentence: int) -> None:
        if phrase and not is_reference(phrase):
            self._seen.append(Mention(phrase, offset, sentence, kind_of(phrase)))

    def resolve(self, reference: str, offset: int, sentence: int) -> Mention | None:
        """The mention `reference` points back to, or None when it is not a pronoun or is unclear.

        A mention at `offset` itself counts: in "Greenfield Foods will close ..., the company
        announced", the sentence's subject is named before "the company" is.
        """
        words = reference.lower().split()
        if len(words) == 1 and words[0] in PERSON_PRONOUNS:
            wanted: tuple[Kind, ...] = ("person", "name")
        elif len(words) == 1 and words[0] in GROUP_PRONOUNS:
            wanted = ("group",)
        elif len(words) == 2 and words[0] == "the" and words[1] in BODY_REFERENCES:
            wanted = ("organisation", "name")
        else:
            return None
        earlier = [m for m in self._seen if m.offset <= offset and sentence - m.sentence <= SENTENCES_BACK]
        if wanted[0] == "organisation":  # a body named as such, else a bare name no "she" has pointed to
            candidates = [m for m in earlier if m.kind == "organisation"] or [
                m for m in earlier if m.kind == "name" and _last_word(m.phrase) not in self._people
            ]
        else:
            candidates = [m for m in earlier if m.kind in wanted]
        if not candidates:
            return None
        nearest = max(candidates, key=lambda m: m.offset)
        rivals = {m.phrase for m in candidates if m.sentence == nearest.sentence}
        if len(rivals) > 1:
            return None  # two people named in one sentence: "she" is unclear
        if wanted[0] == "person":
            self._people.add(_last_word(nearest.phrase))
        return nearest


def _last_word(phrase: str) -> str:
    """ "Commuter Sarah Boyd" and "Boyd" are one person: the surname stands for both."""
    return phrase.split()[-1].lower()
