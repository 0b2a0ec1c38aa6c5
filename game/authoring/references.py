"""Who "she", "they" and "the company" point back to: the people and bodies an article has named so far.

A speaker is only ever a phrase the article itself wrote.  When the words next to a
quotation are a pronoun, the draft credits the nearest earlier mention of the right
kind (a person for he/she, a group for they, an organisation for "the company"),
and only when that mention is close by: a pronoun with no clear antecedent is left
for the teacher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

import simplemma

from game.authoring.vocabulary import word_set

Kind = Literal["person", "group", "organisation", "name", "thing"]

PERSON_PRONOUNS = word_set("he she him her")
GROUP_PRONOUNS = word_set("they them")
BODY_PRONOUNS = word_set("it")
"""A thing that speaks ("It now admits ...") is a body: "it" before a reporting verb points to one."""
BODY_REFERENCES = word_set(
    "company firm business organisation organization developer maker operator chain retailer supplier manufacturer"
)
"""Heads of a back-reference ("the company", "the firm") to an organisation named before."""
NAMED_ALONE = word_set("club team side")
"""Heads of a back-reference to a body usually named without them ("Harbridge Athletic" is a club), as a
company is: with two such names close by, "the club" may be either."""
KIN_REFERENCES = word_set("family couple pair household")
"""Heads of a back-reference to people as a unit ("the family"): it names no one unless "the X family" came before."""

# Words that say a phrase names a person: titles and the roles news articles give people.
PERSON_WORDS = word_set(
    "mr mrs ms miss dr prof professor sir dame lord lady councillor councilman councilwoman mayor minister "
    "president chair chairman chairwoman chairperson director leader member spokesperson spokesman spokeswoman "
    "principal headteacher teacher parent owner researcher officer manager executive secretary chief head "
    "captain coach judge nurse doctor engineer official keeper guide volunteer resident pupil student worker "
    "inspector librarian founder governor senator representative sheriff commissioner superintendent "
    "scientist analyst economist lawyer campaigner organiser organizer farmer driver "
    "cr cllr td mp msp mla councilmember corporator alderman employee staffer carer walker crofter retiree pensioner "
    "neighbour neighbor daughter son wife husband mother father sister brother mum dad widow widower grandmother "
    "grandfather friend colleague landlord tenant patient passenger commuter shopper customer fan player athlete "
    "witness survivor victim machinist mechanic builder plumber electrician fisherman fisher shopkeeper publican "
    "attorney advocate solicitor barrister prosecutor detective sergeant constable firefighter paramedic surgeon "
    "pharmacist priest vicar bishop rabbi imam pastor lecturer curator ranger warden caretaker chef landlady"
)
# Words that say a phrase names a business ("the company" can point to it) or another body.
BUSINESS_WORDS = word_set(
    "foods build water ltd inc plc llc co corp corporation company bank airlines airways energy motors homes "
    "systems labs media pictures entertainment partners holdings industries brewery bakery stores"
)
ORGANISATION_WORDS = BUSINESS_WORDS | word_set(
    "group council agency trust school museum clinic board union association office department ministry "
    "authority club society party network news times gazette press fund foundation institute university "
    "college hospital service services police court watch report committee commission government "
    "administration league federation alliance team zoo library charity watchdog regulator academy"
)
INSTITUTION_WORDS = ORGANISATION_WORDS - BUSINESS_WORDS
"""Bodies that are not businesses: "the Water Services Authority" is no company, though "water" is in its name."""
GROUP_WORDS = word_set("group friends campaigners residents opponents supporters critics parents families")
SENTENCES_BACK = 3
"""How far back (in sentences) "he" or "she" may look for the person it points to."""
GROUP_SENTENCES_BACK = 6
"""How far back "they" may look: a group is named less often than a person, and "they" is the nearest one."""
BODY_SENTENCES_BACK = 8
"""How far back "the company" may look for a bare name ("Rail Link") when no business is named as one."""

_WORD = re.compile(r"[\w'\u2019]+")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
"""Letters of names, with the accents of Western European names ("Se\u00e1n", "Zo\u00eb", "\u00d3 Broin")."""
_NAME_WORD = (
    rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?|[{_UPPER}]['\u2019][{_UPPER}][{_LOWER}]+|[{_UPPER}]{{2,5}}\b)"
    rf"(?:[-'\u2019][{_UPPER}]?[{_LOWER}]+)?(?:(?<=s)['\u2019](?=\s+[{_UPPER}]))?"
)
"""One word of a name: "Penrose", "MacPhail", "O'Brien", "Smith-Jones", "TD", "Landowners'" (of a name)."""
_INITIAL = rf"[{_UPPER}]\.\s*"
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Cr|Cllr|Rev|Sen|Rep|Gov)"
_NOT_NAMES = (
    "The|A|An|On|In|At|Last|This|Next|After|Before|During|Since|Until|When|While|Despite|For|From|With|By|Of|To|"
    "But|And|Or|So|Yet|However|If|As|Under|Over|Asked|Having|Speaking|Meanwhile|Earlier|Later|Like|Unlike|"
    "Although|Though|Because|Instead|Also|Even|Only|Both|Every|Each|Some|Many|Most|All|Our|Their|His|Her|Its|My|"
    "Your|We|They|He|She|It|There|Here|What|Who|Why|How|Where|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    "Sunday|January|February|March|July|August|September|October|November|December"
)
"""Capitalised words that open a sentence, not a name ("After Monday's meeting", "In March")."""
_BODY_HEAD = "(?:" + "|".join(sorted(w.capitalize() for w in INSTITUTION_WORDS)) + r")\b"
_NAME = re.compile(
    rf"\b(?:{_TITLE}\.?\s+(?:{_INITIAL})*{_NAME_WORD}(?:\s+{_NAME_WORD})*"
    rf"|(?!(?:{_NOT_NAMES})\b)(?:{_NAME_WORD}(?:\s+{_NAME_WORD})*\s+and\s+(?:{_NAME_WORD}\s+)*{_BODY_HEAD}"
    rf"|(?:{_INITIAL})+{_NAME_WORD}|{_NAME_WORD}(?:\s+(?:&\s+)?(?:{_INITIAL})*{_NAME_WORD})+"
    rf"|{_NAME_WORD}\s+of\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})*))"
)
"""Two or more capitalised words ("Hollin & Vance" too, "University of Hallowmere", and a body's name with "and" in
it: "Northshire Fire and Rescue Service"), initials and a name ("R. Sundaresan"), or a title and a name ("Mr. Kim"):
someone or something the sentence names."""
_LONE_NAME = re.compile(rf"(?<![\w'\u2019-])(?<!\.\s)(?<!^){_NAME_WORD}(?![\w'\u2019-]|\s+{_NAME_WORD})")
"""A capitalised word on its own inside a sentence: a surname used alone ("a sharp turn for Okafor")."""
_APPOSITION = re.compile(
    r"(?:^|[,;:]\s+)[Tt]he (?:[a-z-]+\s+)?(?P<head>" + "|".join(sorted(BODY_REFERENCES | INSTITUTION_WORDS)) + r"),\s*$"
)
"""A body named in apposition: "The developer, Northgate Homes" tells that Northgate Homes is a company, "The exam
board, Central Assessment," that "the board" is Central Assessment."""
_KIND_BEFORE = re.compile(r"\b(?P<head>" + "|".join(sorted(INSTITUTION_WORDS)) + r")\s+$")
"""What a body is, said right before its name: "the listed transport group Halden plc"."""


_BUSINESS_NAMED = re.compile(
    r"\b(?:" + "|".join(sorted(BODY_REFERENCES)) + rf")\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})*)"
)
"""A business named after what it is: "software company Quillbyte", "developer Northgate Homes"."""

_PERSON_AFTER = re.compile(r",\s+(?:\d{1,3},|aged\s+\d{1,3}\b)")
"""An age in apposition makes a name a person's: "Ruth Penhallow, 71, who lives in ..."."""
_AGE_AFTER = re.compile(r"(?P<name>[A-Z][\w'\u2019-]+),\s+(?:aged\s+)?(?P<age>\d{1,3})\b")
"""A person's age in apposition, "Ferreira, 24,": so "the 24-year-old" later is Ferreira."""
_ROLE_WORD_BEFORE = re.compile(r"(?<![\w'\u2019])(?P<role>[a-z][\w-]*),?\s+$")
"""The lower-case word right before a name ("striker Luca Ferreira", "the club's owner, Dana Whitlow"): a role,
when it is one (not "told" in "the manager told Luca Ferreira")."""

SHARED_ROLES = word_set(
    "owner operator member leader head partner landlord landlady tenant customer supplier builder keeper guide "
    "neighbour neighbor friend victim witness player fan employer"
)
"""Roles a company or a body can hold too ("the ship's owner, Baltica Shipping")."""
_WHO_AFTER = re.compile(r",\s+who\b")
_ROLE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(PERSON_WORDS - SHARED_ROLES)) + r"),\s+$", re.I)
"""A name in apposition to a role only a person holds is a person: "the gallery's director, Fenella Drummond"."""
_DESCRIBED = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'\u2019-]+\s+){0,3}?(?P<head>"
    + "|".join(sorted(BODY_REFERENCES | ORGANISATION_WORDS | GROUP_WORDS))
    + r")\b(?!['\u2019])",
    re.I,
)
"""A body described in apposition: "X, a trade group representing ..." lets "the group" point to X."""


@dataclass(frozen=True)
class Mention:
    """A person or body the article named, where (offset, sentence number) and of what kind."""

    phrase: str
    offset: int
    sentence: int
    kind: Kind
    certain: bool = True
    salient: bool = False
    """A sentence's subject or a speaker: whom the next "he" or "she" most likely means."""
    unnamed: bool = False
    """A source the article does not name ("a tavern employee, who asked not to be named")."""
    place: bool = False
    """A name that says where or whose, not who: "on Marine Parade", "the Harbour Lights cafe"."""
    located: bool = False
    """A name after "in" or "at": where something happened ("a conference in Port Aleron"), never the "she" of
    its own sentence (in a sentence before, it may still bring in someone new: "Pupils at Eastfield Academy")."""
    named_at: int = -1
    """Where the person was named, when this mention only describes them ("The 24-year-old" after "Ferreira, 24")."""

    @property
    def where_named(self) -> int:
        """Where the sentence that names them is: this mention's own place, unless it only describes them."""
        return self.named_at if self.named_at >= 0 else self.offset


def kind_of(phrase: str) -> Kind:
    """Person, group, organisation, a bare name that could be either, or a thing: from the words alone.

    A role marks a person ("Residents' association chair Joan Pike"); a possessive in
    front ("residents'", "The school's governors") describes, it is not the head; a phrase that ends in one
    ("Westvale Council's") is its owner.
    """
    named = re.match(r"(?P<name>(?:[A-Z][\w'\u2019-]*\s+)*[A-Z][\w'\u2019-]*)\s+of\s", phrase)
    if named:  # "Mara Quinlan of the campaign group Free the Wild": a name, whatever the group
        return kind_of(named.group("name"))
    found = _WORD.findall(phrase)
    owner = [w.lower().removesuffix("'s").removesuffix("\u2019s") for w in found[-1:]]  # "Westvale Council's"
    words = [w.lower() for w in found[:-1] if not w.endswith(("'", "\u2019", "'s", "\u2019s"))] + owner
    if any(w in PERSON_WORDS for w in words):
        return "person"
    if any(w in GROUP_WORDS for w in words):
        return "group"
    if any(w in ORGANISATION_WORDS for w in words) or _camel_case(phrase):
        return "organisation"
    if _plural(phrase) and not _full_name(phrase):  # "Nurses", not "James Okafor"
        return "group"
    named = [w for w in _WORD.findall(phrase)[1:] if w[:1].isupper()] or (phrase[:1].isupper() and len(words) == 1)
    return "name" if named else "thing"  # "Rail Link", "Amir Rahman": a name; "The final": no one


def ends_in_name(phrase: str) -> bool:
    """ "retired machinist Walt Dziedzic": the phrase ends in a person's or a body's name."""
    return any(m.end() == len(phrase.rstrip()) for m in _NAME.finditer(phrase))


def is_reference(phrase: str) -> bool:
    """ "she", "they", "the company": words that point back to someone named before."""
    words = phrase.lower().split()
    if len(words) == 1:
        return words[0] in PERSON_PRONOUNS | GROUP_PRONOUNS | BODY_PRONOUNS
    return _definite(words)


_PERSON_HEADS = PERSON_WORDS | word_set("striker forward midfielder defender goalkeeper winger batter bowler pitcher")
_AGED = re.compile(r"[a-z0-9]+-year-old")


def describes_person(phrase: str) -> bool:
    """ "the 24-year-old", "the Brazilian-born forward", "The retired nurse": "the" and a person's role or age,
    with no owner and no "of" ("the daughter of ..." says whose)."""
    words = phrase.lower().split()
    return (
        2 <= len(words) <= 5
        and words[0] == "the"
        and (words[-1] in _PERSON_HEADS or bool(_AGED.fullmatch(words[-1])))
        and not any(w in ("of", "and") or w.endswith(("'s", "\u2019s", "'", "\u2019")) for w in words[1:])
    )


def must_resolve(phrase: str) -> bool:
    """A reference that names no one by itself ("she", "the company"); "the council" and "the ferry company"
    still name a body."""
    words = phrase.lower().split()
    return len(words) == 1 or (len(words) == 2 and words[-1] in BODY_REFERENCES | KIN_REFERENCES)


def _plural(phrase: str) -> bool:
    """A lower-case head noun in the plural ("nurses", "campaigners from X"), or a plural first word ("Nurses"):
    a plural the lemma list knows, so that "Luis" or "James" stays a name."""
    words = _WORD.findall(phrase)
    lower = [w.lower() for w in words if w.islower() or w is words[0]]
    return any(
        w.endswith("s")
        and not w.endswith(("ss", "'s", "\u2019s", "us"))
        and simplemma.lemmatize(w, lang="en").lower() != w
        for w in lower
    )


def _full_name(phrase: str) -> bool:
    words = phrase.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _camel_case(phrase: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", phrase.strip()))


class Mentions:
    """The named speakers and sentence subjects of an article, in reading order, to resolve references against.

    Resolution follows recency and agreement: "she" takes the nearest person whose gender
    (from a title, or from an earlier "he" or "she") does not clash; "they" the nearest group;
    "the council" the one council named before; "the company" the one business named before,
    or one an earlier "the company" pointed to.  When two fit equally well, nothing is
    resolved: a wrong speaker is worse than none.
    """

    def __init__(self) -> None:
        self._seen: list[Mention] = []
        self._in_sentence: dict[int, list[Mention]] = {}  # the same mentions by sentence, for what overlaps one
        self._gender: dict[str, str] = {}  # surname -> "he" or "she", from titles and resolved pronouns
        self._businesses: set[str] = set()  # what "the company" pointed to before
        self._described: dict[str, set[str]] = {}  # "Buckeye Turf, a trade group": buckeye turf -> {group}
        self._roles: dict[str, set[str]] = {}  # "striker Luca Ferreira", "Ferreira, 24": ferreira -> {striker, 24-...}

    def add(self, phrase: str, offset: int, sentence: int, *, unnamed: bool = False) -> None:
        """A sentence's subject or a speaker (references are resolved, not added)."""
        if not phrase:
            return
        named = self.resolve(phrase, offset, sentence) if is_reference(phrase) and " " in phrase.strip() else None
        named = named or self.described(phrase, offset, sentence)
        if named is not None:  # "The university disputes this. It said": "it" is the university named before
            self._remember(replace(named, offset=offset, sentence=sentence, salient=True, named_at=named.where_named))
        elif not is_reference(phrase):
            kind = "person" if unnamed else kind_of(phrase)  # only a person asks not to be named
            if kind == "name" and self._short_for_body(phrase):
                kind = "organisation"  # "Castlegate, a comprehensive of 1,100 pupils," after "Castlegate Academy"
            self._remember(Mention(phrase, offset, sentence, kind, salient=True, unnamed=unnamed))
            self._learn_gender(phrase)

    def _short_for_body(self, phrase: str) -> bool:
        """A single name that opens the name of a body named before ("Castlegate" after "Castlegate Academy")."""
        return " " not in phrase.strip() and any(
            m.kind == "organisation" and m.phrase.split()[0] == phrase.strip() for m in self._seen
        )

    def _remember(self, mention: Mention) -> None:
        self._seen.append(mention)
        self._in_sentence.setdefault(mention.sentence, []).append(mention)

    def add_names(self, text: str, offset: int, sentence: int, skip: list[tuple[int, int]]) -> None:
        """Names anywhere in a sentence, not only its subject ("The council sacked Ms Jones").

        A titled name is a person; any other ("Eastfield Academy") is kept as uncertain: it never
        becomes the answer, but a "she" with it nearer than the nearest known person stays unresolved.
        """
        for match in _NAME.finditer(text):
            if any(o <= match.start() <= c for o, c in skip):
                continue  # a name inside a quotation is the speaker's word, not the article's mention
            phrase = match.group()
            person = _PERSON_AFTER.match(text, match.end()) or _ROLE_BEFORE.search(text, 0, match.start())
            kind = "person" if person else kind_of(phrase)
            who = kind == "name" and _WHO_AFTER.match(text, match.end())  # "Maureen Tolliver, who has held"
            apposed = _APPOSITION.search(text, 0, match.start()) or _KIND_BEFORE.search(text, 0, match.start())
            if kind != "person" and apposed and apposed.group("head") in BODY_REFERENCES:
                self._businesses.add(_key(phrase))  # "The operator, Skyline Networks,"
            elif kind != "person" and apposed:  # "The exam board, Central Assessment,", "transport group Halden plc"
                self._described.setdefault(_key(phrase), set()).add(apposed.group("head"))
            described = _DESCRIBED.match(text, match.end())
            if kind != "person" and described:  # "Buckeye Turf Professionals, a trade group representing ..."
                self._described.setdefault(_key(phrase), set()).add(described.group("head").lower())
            place = kind != "person" and _incidental(text, match.start(), match.end())
            certain = kind == "person"  # "who" is a person's word, but British papers write "Rovers, who"
            located = _located(text, match.start(), kind)
            kind = "person" if who else kind
            self._remember(
                Mention(phrase, offset + match.start(), sentence, kind, certain=certain, place=place, located=located)
            )
            self._learn_gender(phrase)
            role = _ROLE_WORD_BEFORE.search(text, 0, match.start())
            if role and role.group("role") in _PERSON_HEADS and kind in ("person", "name"):
                self._roles.setdefault(_last_word(phrase), set()).add(role.group("role"))
        self._add_surnames(text, offset, sentence, skip)
        for aged in _AGE_AFTER.finditer(text):
            self._roles.setdefault(aged.group("name").lower(), set()).add(f"{aged.group('age')}-year-old")
        for business in _BUSINESS_NAMED.finditer(text):
            name = business.group("name")
            if any(o <= business.start() <= c for o, c in skip) or kind_of(name) == "person":
                continue  # in a quotation, or "the company chairman John Reid": a person
            self._businesses.add(_key(name))
            at = offset + business.start("name")
            if not any(m.phrase == name and m.offset == at for m in self._in_sentence.get(sentence, [])):
                self._remember(Mention(name, at, sentence, "organisation"))

    def _add_surnames(self, text: str, offset: int, sentence: int, skip: list[tuple[int, int]]) -> None:
        """ "a sharp turn for Okafor" after "Minister Ruth Okafor": a surname alone is the person named in full
        before, mentioned again here (so "she" in the next sentence may be her); a name that may be a person's too
        ("Raymond Tessier" ... "Mendes asked Tessier whether he": "he" is then unclear)."""
        for word in _LONE_NAME.finditer(text):
            if any(o <= word.start() <= c for o, c in skip) or any(
                m.offset <= offset + word.start() < m.offset + len(m.phrase)
                for m in self._in_sentence.get(sentence, [])
            ):
                continue
            named = self.full_name(word.group(), offset + word.start())
            place = _incidental(text, word.start(), word.end())
            if named is not None and (named.kind == "person" or (named.kind == "name" and not place)):
                at = offset + word.start()
                located = _located(text, word.start(), named.kind)
                self._remember(
                    Mention(named.phrase, at, sentence, named.kind, certain=named.certain, place=place, located=located)
                )

    def _learn_gender(self, phrase: str) -> None:
        gender = _titled_gender(phrase)
        if gender:
            self._gender.setdefault(_last_word(phrase), gender)

    def resolve(self, reference: str, offset: int, sentence: int) -> Mention | None:
        """The mention `reference` points back to, or None when it is not a reference or is unclear.

        A mention at `offset` itself counts: in "Greenfield Foods will close ..., the company
        announced", the sentence's subject is named before "the company" is.
        """
        words = reference.lower().split()
        earlier = [m for m in self._seen if m.offset <= offset]
        lead = max((m for m in reversed(earlier) if m.salient), key=lambda m: m.offset, default=None)  # last added
        if lead is not None and sentence - lead.sentence > SENTENCES_BACK:
            lead = None
        if len(words) == 1 and words[0] in PERSON_PRONOUNS:
            gender = "he" if words[0] in ("he", "him") else "she"
            close = [m for m in earlier if sentence - m.sentence <= SENTENCES_BACK]
            agree = [m for m in close if self._gender.get(_last_word(m.phrase), gender) == gender]
            people = [m for m in agree if m.kind in ("person", "name") and _key(m.phrase) not in self._businesses]
            people = [m for m in people if not _place_after_person(m, people) and not _named_after(m, people)]
            people = [m for m in people if not _part_of_another(m, people)]
            people = [m for m in people if not (m.located and m.sentence == sentence)]  # "she, speaking in Leeds,"
            found = self._leading(lead, people) or _nearest(people)
            if found is not None and not found.certain:  # "Ruth Patel" inside "Council leader Ruth Patel" is her
                same = [m for m in people if m.certain and _last_word(m.phrase) == _last_word(found.phrase)]
                found = max(same, key=lambda m: m.offset) if same else None
            if found is not None:
                self._gender[_last_word(found.phrase)] = gender
            return found
        if len(words) == 1 and words[0] in GROUP_PRONOUNS and lead is not None and lead.kind == "person":
            if lead.unnamed:  # "they" for one unnamed source, whose name and sex the article keeps back
                return lead
            if _last_word(lead.phrase) not in self._gender:
                return None  # "they" may be this one person of unknown sex, or a group: unclear
        if len(words) == 1 and words[0] in GROUP_PRONOUNS:
            return _nearest([m for m in earlier if m.kind == "group" and sentence - m.sentence <= GROUP_SENTENCES_BACK])
        if len(words) == 1 and words[0] in BODY_PRONOUNS:
            bodies = [m for m in earlier if m.kind == "organisation" or _key(m.phrase) in self._businesses]
            bodies = [m for m in bodies if not m.place]  # "at Westfield General Hospital": where, not who
            return _nearest([m for m in bodies if sentence - m.sentence <= SENTENCES_BACK])
        if not _definite(words):
            return None
        head = words[-1]
        named = [
            m
            for m in earlier
            if m.kind != "person"
            and (
                (head == _head(m.phrase) and len(_words(m.phrase)) > 1)
                or head in self._described.get(_key(m.phrase), ())
            )
        ]
        if head in BODY_REFERENCES:
            named += [m for m in earlier if m.kind == "organisation" and _business_name(m.phrase)]
            named += [m for m in earlier if _key(m.phrase) in self._businesses]
            if not named:  # a bare name ("Rail Link", "PlayRight") that no "he" or "she" and no title made a person
                named = self._bare_names(earlier, sentence)
        found = _only([m for m in named if not _said_to_be_other(m, self._in_sentence[m.sentence])])
        if found is not None and head in BODY_REFERENCES:
            self._businesses.add(_key(found.phrase))
        return found

    def _bare_names(self, earlier: list[Mention], sentence: int, back: int = BODY_SENTENCES_BACK) -> list[Mention]:
        """Names close by that say nothing of what they name ("Rail Link", "Harbridge Athletic") and that no
        "he" or "she" and no title made a person: a company or a club known by its name alone."""
        people = set(self._gender) | {_last_word(m.phrase) for m in self._seen if m.kind == "person"}
        return [
            m
            for m in earlier
            if (m.kind == "name" or (m.kind == "organisation" and not _words(m.phrase) & ORGANISATION_WORDS))
            and _last_word(m.phrase) not in people
            and sentence - m.sentence <= back
        ]

    def rivals(self, reference: str, offset: int, sentence: int) -> list[str]:
        """ "the club" in an article that has named two clubs by name alone ("Harbridge Athletic", "Corlaston
        City"), however far back: the bodies it may mean, when more than one; [] when it can only be one."""
        words = reference.lower().split()
        if not _definite(words) or words[-1] not in NAMED_ALONE:
            return []
        earlier = [m for m in self._seen if m.offset <= offset and not m.place]
        names = [
            m
            for m in self._bare_names(earlier, sentence, back=sentence)
            if not _said_to_be_other(m, self._in_sentence[m.sentence])
        ]
        bodies = list(dict.fromkeys(_key(m.phrase) for m in names if not _part_of_another(m, names)))
        return bodies if len(bodies) > 1 else []

    def _leading(self, lead: Mention | None, people: list[Mention]) -> Mention | None:
        """The latest subject or speaker, when "he" or "she" can mean them and no other person of theirs.

        News writing keeps its subject: after "Marcus Penrose, who runs the Harbour Lights cafe on Marine
        Parade, said ...", "he said" is Penrose, whatever names of places came after him.  Any name in a
        later sentence, or one in theirs that is not a place or a thing ("praised Tom Bell", not "on Marine
        Parade" or "the Harbour Lights cafe"), may be meant instead: then the lead decides nothing.
        """
        if lead is None or lead not in people:
            return None
        rivals = {
            _last_word(m.phrase)
            for m in people
            if m.sentence > lead.sentence or (m.sentence == lead.sentence and not m.place)
        }
        return lead if rivals <= {_last_word(lead.phrase)} else None

    def full_name(self, name: str, offset: int) -> Mention | None:
        """ "Idris" or "Braddock" alone: the one person named in full before with that first name or surname.

        The longest mention of them is the answer ("Regional manager Colm Braddock"); "Braddock" said alone
        before is the same person, but a word two people share ("Marchetti" for Idris and Paolo Marchetti)
        resolves to no one.
        """
        word = name.lower()
        found = [
            m
            for m in self._seen
            if m.offset < offset and m.kind in ("person", "name") and not m.place and word in _given_names(m.phrase)
        ]
        names = {_given_names(m.phrase) for m in found}
        people = {n for n in names if not any(len(n) < len(o) and o[-len(n) :] == n for o in names)}
        return max(found, key=lambda m: (len(m.phrase), -m.offset)) if len(people) == 1 else None

    def namesakes(self, name: str, offset: int) -> list[str]:
        """ "Ms Gately" after "Marion Gately" and "Kerry Gately": the people named before who share the surname,
        when there are two or more (the title alone does not say which)."""
        surname = _last_word(name)
        found = {
            " ".join(_given_names(m.phrase)): m.phrase
            for m in self._seen
            if m.offset < offset and m.kind in ("person", "name") and len(_given_names(m.phrase)) > 1
        }
        same = [phrase for given, phrase in found.items() if given.split()[-1] == surname]
        return same if len(same) > 1 else []

    def subject_named(self, offset: int, sentence: int) -> Mention | None:
        """The name ("Bay Rovers", "Vale Council") that is the subject of the sentence `offset` is in, before it."""
        return next(
            (
                m
                for m in self._seen
                if m.sentence == sentence and m.salient and m.offset < offset and m.kind in ("name", "organisation")
            ),
            None,
        )

    def described(self, phrase: str, offset: int, sentence: int) -> Mention | None:
        """ "The 24-year-old", "the striker": the one person given that age or role before. "The Brazilian-born
        forward", described and not only a role ("the county engineer" is someone new): the one person or name in
        this sentence or the one before ("Ferreira, 24, scored ..."), when nobody else who could be meant is named
        there; news writing describes its subject again rather than repeat the name. None for any other phrase, or
        when two could be meant."""
        if not describes_person(phrase):
            return None
        head = phrase.lower().split()[-1]
        holders = {name for name, roles in self._roles.items() if head in roles}
        if holders:  # "the striker" after "striker Luca Ferreira", however far back; "the 24-year-old"
            named = [m for m in self._seen if m.offset < offset and _last_word(m.phrase) in holders]
            return max(named, key=lambda m: (len(m.phrase), m.offset)) if len(holders) == 1 and named else None
        if not (_AGED.fullmatch(head) or any("-" in w for w in phrase.split()[1:-1])):
            return None  # "the county engineer" is someone new; "the Brazilian-born forward" is who was just named
        close = [
            m
            for m in self._seen
            if m.offset < offset and sentence - 1 <= m.sentence <= sentence and m.kind in ("person", "name")
        ]
        close = [m for m in close if not (m.place or m.located) and _key(m.phrase) not in self._businesses]
        if len({_last_word(m.phrase) for m in close}) != 1:
            return None
        return max(close, key=lambda m: (m.kind == "person", len(m.phrase), m.offset))

    def named_role(self, phrase: str, offset: int, sentence: int) -> Mention | None:
        """ "The mayor" after "Mayor Dana Whitcomb": the one person named earlier with that role, or None.

        Wire copy names the role first and the person a sentence later ("The superintendent of the Millbrook
        district said ... Superintendent Carla Brandt told reporters"): with no one named before, the one person
        with that role named in the next sentence or the one after is the speaker."""
        words = phrase.lower().split()
        of_body = len(words) > 3 and words[0] == "the" and words[2] == "of" and words[1] in PERSON_WORDS
        role = words[1] if of_body else words[-1] if words else ""
        if not (of_body or (2 <= len(words) <= 3 and words[0] == "the" and role in PERSON_WORDS)):
            return None
        holders = [
            m
            for m in self._seen
            if m.kind == "person"
            and m.phrase != phrase  # the description itself, as the subject of its sentence
            and role in _words(m.phrase)
            and any(w[:1].isupper() and w.lower() not in PERSON_WORDS for w in _WORD.findall(m.phrase))
        ]
        named = [m for m in holders if m.offset < offset]
        if not named:  # a name after the role ("Superintendent Carla Brandt"), not another description of it
            named = [
                m
                for m in holders
                if m.offset > offset
                and m.sentence - sentence <= SENTENCES_BACK - 1
                and ends_in_name(m.phrase)
                and not m.phrase.lower().startswith(("the ", "a ", "an "))
            ]
        people = {_last_word(m.phrase) for m in named}
        return max(named, key=lambda m: (len(m.phrase), m.offset, m.unnamed)) if len(people) == 1 else None


_PLACE_BEFORE = re.compile(
    r"\b(?:on|at|in|near|along|across|from|to|into|outside|inside|off|towards|through|past|beyond|around|of)"
    r"\s+(?:the\s+)?$",
    re.I,
)
_LOCATED_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$", re.I)
_BESIDE_BEFORE = re.compile(r"\b(?:with|alongside|against|beside|unlike|without)\s+$", re.I)


def _located(text: str, start: int, kind: Kind) -> bool:
    """A name after "in" or "at" (a body's, where something happened), or anyone's after "with" or "unlike"
    ("On Saturday, with Carrow on the top step, he said"): not the "he" or "she" of its own sentence."""
    return bool(_BESIDE_BEFORE.search(text, 0, start)) or (
        kind != "person" and bool(_LOCATED_BEFORE.search(text, 0, start))
    )


_MODIFIER_AFTER = re.compile(
    r"['\u2019]s?\s+[a-z]|\s+(?!(?:and|or|but|nor|who|whom|which|that|said|says|on|in|at|to|for|with|from|by|of|as"
    r"|after|before|during|since|until|when|while|is|was|are|were|has|had|have|will|would|could|should|may|might"
    r"|must|not|also|yesterday|today|tonight|last|this|next|again|too|then|now|earlier|later|do|does|did|can"
    r"|cannot|shall|whether|if|because|about|over|into|why|how|what|where|whose|once|so)\b)[a-z\u00e0-\u00ff]+\b(?<!ed)(?<!s)(?<!ly)"
)
"""A name used as a word about something else: "the Harbour Lights café", "Sealink Isles' chief executive"."""


def _incidental(text: str, start: int, end: int) -> bool:
    """A name in a sentence that is a place or a modifier, not someone the sentence is about, or a name inside
    the description of its subject ("Linda Marsh, who owns Marsh Hardware at Maple and Fifth, said")."""
    described = any(o < start and end <= c for o, c in (m.span() for m in _WHO_CLAUSE.finditer(text)))
    return bool(described or _PLACE_BEFORE.search(text, 0, start) or _MODIFIER_AFTER.match(text, end))


_WHO_CLAUSE = re.compile(r",\s+who\s[^,;:\"\u201c]*,")


def _definite(words: list[str]) -> bool:
    """ "the company", "the council", "the Chicago-based appliance maker": a definite description of a body the
    article named before (a business may be described at more length, but not as someone's)."""
    if len(words) == 2:
        return words[0] == "the" and words[1] in BODY_REFERENCES | ORGANISATION_WORDS | KIN_REFERENCES
    described = words[1:-1]
    return (
        3 <= len(words) <= 5
        and words[0] == "the"
        and words[-1] in BODY_REFERENCES
        and not any(w in PERSON_WORDS or w in ("of", "and") or w.endswith(("'s", "\u2019s")) for w in described)
    )


def _place_after_person(mention: Mention, people: list[Mention]) -> bool:
    """ "For Ruth Penhallow, 71, who lives in Little Ostrey, ...": the place after the person is not who "she" is."""
    return mention.place and any(
        p.kind == "person" and p.certain and p.sentence == mention.sentence and p.offset < mention.offset
        for p in people
    )


def _named_after(role: Mention, people: list[Mention]) -> bool:
    """ "Kestermouth's MP, Oliver Sandbrook, said": the role and the name after its comma are one person."""
    return any(p.offset == role.offset + len(role.phrase) + 2 for p in people)


def _part_of_another(mention: Mention, people: list[Mention]) -> bool:
    """ "Cabinet" read as the subject of "Cabinet member for education Councillor Dermot Fairweather, who ...":
    a piece of a longer mention at the same place is not someone else."""
    end = mention.offset + len(mention.phrase)
    return any(
        p.offset <= mention.offset and end <= p.offset + len(p.phrase) and len(p.phrase) > len(mention.phrase)
        for p in people
    )


def _said_to_be_other(name: Mention, seen: list[Mention]) -> bool:
    """ "Consumer group Fair Basket": the longer mention around a bare name says it is a group or a person,
    so it is not the company "the company" means."""
    end = name.offset + len(name.phrase)
    return name.kind in ("name", "organisation") and any(
        m.kind in ("person", "group")
        and m.offset <= name.offset
        and end <= m.offset + len(m.phrase)
        and len(m.phrase) > len(name.phrase)
        for m in seen
    )


def _nearest(candidates: list[Mention]) -> Mention | None:
    """The latest candidate, unless another one is named in the same sentence ("she" is then unclear)."""
    if not candidates:
        return None
    nearest = max(candidates, key=lambda m: m.offset)
    rivals = {_last_word(m.phrase) for m in candidates if m.sentence == nearest.sentence}
    return nearest if len(rivals) == 1 else None


def _only(candidates: list[Mention]) -> Mention | None:
    """The latest mention of the one body the candidates name; None when they name two. A phrase that ends in
    another's name names that body ("a study by scientists at the University of Marlow"): the name is the answer;
    but "College Staff Union" is only the end of "the University and College Staff Union"."""
    keys = {_key(m.phrase) for m in candidates}
    joined = {k for k in keys if any(k.endswith(f" and {other}") for other in keys)}  # "University and College ..."
    named = [
        m
        for m in candidates
        if _key(m.phrase) in joined
        or not any(_key(m.phrase).endswith(f" {k}") or k.endswith(f" and {_key(m.phrase)}") for k in keys)
    ]
    return max(named, key=lambda m: m.offset) if len({_key(m.phrase) for m in named}) == 1 else None


@cache  # asked of every mention again and again (a long article has thousands), as are the three below
def _given_names(phrase: str) -> tuple[str, ...]:
    """The name a phrase ends in, without titles: ("colm", "braddock") for "Regional manager Colm Braddock"."""
    ending = [m for m in _NAME.finditer(phrase) if m.end() == len(phrase.rstrip())]
    words = [w.lower().rstrip(".") for w in ending[-1].group().split()] if ending else []
    return tuple(w for w in words if w not in PERSON_WORDS and len(w) > 1)


def _titled_gender(phrase: str) -> str | None:
    titles = {w.lower().rstrip(".") for w in phrase.split()}
    if titles & {"mr", "sir", "lord", "he", "chairman", "spokesman", "councilman"}:
        return "he"
    if titles & {"mrs", "ms", "miss", "dame", "lady", "chairwoman", "spokeswoman", "councilwoman"}:
        return "she"
    return None


@cache
def _head(phrase: str) -> str:
    """The noun a phrase is about: its last word, or the one before a name after "of" ("council" in "Thrushcombe
    Town Council", "university" in "University of Fallowmere", "group" in "the Friends of Dunmore Libraries
    group"; "council documents" are documents, not the council)."""
    named = re.search(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s*$", phrase)
    words = _WORD.findall(phrase[: named.start()] if named else phrase)
    return words[-1].lower().removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019") if words else ""


def _words(phrase: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(phrase)}


def _business_name(phrase: str) -> bool:
    """ "Calder Water", "Brennan Foods": a name with a business word in it, unless it is the name of another kind
    of body ("the Water Services Authority" is no company)."""
    return bool(_name_words(phrase) & BUSINESS_WORDS) and _head(phrase) not in INSTITUTION_WORDS


def _name_words(phrase: str) -> set[str]:
    """The words of a phrase that are part of a name: "Westvale Water" is a business, "an open-water club" not."""
    return {w.lower() for w in _WORD.findall(phrase) if w[:1].isupper()}


@cache
def _key(phrase: str) -> str:
    """One body, however it is named: "the Trust", "Sportswear company Stridex" and "Stridex" are one each."""
    named = _BUSINESS_NAMED.search(phrase)
    if named and named.end() == len(phrase.rstrip()):
        phrase = named.group("name")
    words = phrase.lower().split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


@cache
def _last_word(phrase: str) -> str:
    """ "Commuter Sarah Boyd" and "Boyd" are one person: the surname stands for both (and "Inspector Dawn
    Okoro of Ashby police" is Okoro)."""
    return re.split(r"\s+(?:of|at|from|for|with|in|on)\s+", phrase, maxsplit=1)[0].split()[-1].lower()
