"""Draft a level from any article (`byline new-level --from ARTICLE.txt`), ready for a teacher to check.

The draft already validates: every quote, statement and claim is a verbatim slice
of the article, and every speaker is a noun phrase the article itself names.  What
a computer cannot be trusted with (is this really the speaker? is this really an
opinion? do these really clash?) is left to the teacher: every explanation the
draft writes starts with `TODO check:`, which `byline validate` warns about and
`byline validate --strict` refuses, so an unchecked draft never reaches students
by accident.
"""

from __future__ import annotations

import contextlib
import errno
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from game.authoring.attribution import Attribution, Unattributed, find_attributions, speaker_key, word_set
from game.authoring.contradictions import Clash, clashes
from game.authoring.loaded import Loaded, loaded_words
from game.authoring.opinions import Quoted, Statement, fact_and_opinion
from game.authoring.references import PERSON_WORDS
from game.content.article import MAX_ARTICLE_BYTES, Article
from game.content.articlefile import (
    ArticleFileError,
    as_utf8,
    broken_lines,
    broken_paragraphs_message,
    first_windows_byte,
    read_article,
)
from game.content.files import read_limited
from game.content.model import MAX_TEXT
from game.storage import atomic_write

TODO_CHECK = "TODO check:"
SCHEMA_LINE = "# yaml-language-server: $schema=../docs/level.schema.json"
WRITER = "The article's writer"
NOT_SAID = "The article does not say"
UNNAMED = "An unnamed source"
MAX_CLASHES = 4
MAX_OPINIONS = 6
"""Every opinion with a strong clue in a typical article (new articles hold four or five): a teacher deletes
what they do not want more easily than they find what the draft left out."""
MAX_LOADED = 2
MAX_TITLE = 60
_LONG_CUE_WORDS = 8
_WIDTH = 100
_FLOW_WIDTH = _WIDTH - len("    choices: []")
_IDENT = re.compile(r"[^a-z0-9]+")
_NAME_WORDS = word_set("the a an one some several its their his her of for from and")


class DraftError(Exception):
    """Why an article cannot be drafted, in words a teacher can act on."""


@dataclass(frozen=True)
class Draft:
    """The YAML text of a draft level, what it asks, and the passages it had to leave out."""

    text: str
    questions: list[dict[str, Any]]
    skipped: list[Unattributed]
    warning: str | None = None

    def counts(self) -> Counter[str]:
        return Counter(q["type"] for q in self.questions)


@dataclass(frozen=True)
class Created:
    """What `new_level` did: where the level and the article copy are, and whether it copied."""

    level: Path
    seed: Path
    copied: bool
    draft: Draft
    converted: str | None = None
    """Where a Windows-1252 article first was not UTF-8, when its copy in seeds/ was written as UTF-8."""


def slug(text: str, limit: int = 40) -> str:
    """A level or question id made from text: lower-case words joined by `-`."""
    return _IDENT.sub("-", text.lower()).strip("-")[:limit].strip("-")


def draft_level(article: Article, level_id: str, warning: str | None = None) -> Draft:
    """Every question the article supports, as the text of a level file (`warning`: how the article was read)."""
    if len(article.blocks) < 2:
        raise DraftError(
            f"{article.name} has only a headline: the first line is the headline, then one paragraph per line"
        )
    attributions, skipped = find_attributions(article)
    sure = [a for a in attributions if not a.doubt]
    who = [q for q in (_who_said(a, sure, article) for a in sure) if q]
    quoted = [Quoted(*(a.quote, a.offset) if len(a.quote.split()) >= 4 else a.said, a.verb) for a in attributions]
    quoted += [Quoted(u.text, u.offset, "") for u in skipped if _spoken(u.text)]  # judged without a named speaker
    facts, opinions = fact_and_opinion(article, quoted)
    judged = _fact_or_opinion(facts, opinions, article)
    asked = {q["statement"] for q in judged}
    candidates = sorted(loaded_words(opinions), key=lambda item: item.sentence in asked)  # fresh sentences first
    marked = [_loaded(item, article) for item in candidates[:MAX_LOADED]]
    clash = [_contradiction(c, article) for c in clashes(article, attributions)[:MAX_CLASHES]]
    questions = _unique_ids([q for q in (*who, *judged, *marked, *clash) if _fits(q)]) or [_fallback(article)]
    return Draft(_render(article, level_id, questions, skipped), questions, skipped, warning)


def _spoken(text: str) -> bool:
    """A whole quoted sentence ("How many children have to be hit ...?"), someone's speech even when the draft
    cannot name them; not a fragment woven into a report ("say a ban would "give the scheme the best start"")."""
    return text[:1].isupper() and text.rstrip()[-1:] in (".", "?", "!")


# --- who said it ------------------------------------------------------------------------------------------


def _who_said(quoted: Attribution, everyone: list[Attribution], article: Article) -> dict[str, Any] | None:
    """Wrong choices are the other speakers, nearest first; generic ones only where they are surely wrong."""
    answer = quoted.display_speaker
    nearest = sorted(everyone, key=lambda other: abs(other.offset - quoted.offset))
    others: list[Attribution] = []
    for other in nearest:  # one choice per speaker: not "Hollin & Vance" and "Hollin & Vance Homewares" both
        if _points_back(other.speaker) or speaker_key(other.speaker) == speaker_key(quoted.speaker):
            continue
        if not _same_name(other, quoted) and not any(_one_body(other, seen) for seen in others):
            others.append(other)
        if len(others) == 3:  # the nearest three are all a question shows (a long article has hundreds)
            break
    wrong = [other.display_speaker for other in others]
    for generic in _honest_generics(quoted):
        if len(wrong) < 3:
            wrong.append(generic)
    if len(wrong) < 2:
        return None
    at = len(quoted.quote) % (len(wrong) + 1)
    question: dict[str, Any] = {
        "id": f"who-{slug(quoted.quote, 30)}",
        "type": "who_said",
        "quote": quoted.quote,
        "choices": _choices([*wrong[:at], answer, *wrong[at:]]),
        "answer": answer,
    }
    evidence = _who_evidence(quoted, article)
    if evidence.strip() != quoted.quote:
        question["evidence"] = evidence
    if quoted.named_in is not None:
        question["cite"] = True  # the name is in another sentence: the student shows where
    question["explanation"] = _Folded(_who_explanation(quoted))
    return _located(question, article, quoted.offset)


def _who_evidence(quoted: Attribution, article: Article) -> str:
    """The words and their credit; for "she said", the sentence that names her, alone: the question shows the
    quote, so evidence that ran on into the quote's sentence would pay the citation bonus for pointing at it."""
    if quoted.named_in is None:
        return quoted.evidence
    start, end = quoted.named_in
    return article.text[start:end]


def _choices(items: list[str]) -> list[str]:
    """On one line (`[A, B, C]`) when they fit, else one per line: never wrapped in the middle of a name."""
    return _Flow(items) if len(", ".join(items)) <= _FLOW_WIDTH else items


def _points_back(speaker: str) -> bool:
    """ "The same authorities" could be anyone named before: never a safe wrong choice."""
    return speaker.lower().startswith(("the same ", "the other ", "these ", "those "))


def _one_body(a: Attribution, b: Attribution) -> bool:
    """Two wrong choices for one speaker: the same words ("the mayor", "The mayor"), or a capitalised name in
    common, titles and roles aside ("Hollin & Vance", "Hollin & Vance Homewares"; "Cr Ashcroft", "Mayor Cr Helen
    Ashcroft"); "Councillor Tom Reyes" and "The council's minutes" are two."""

    def names(speaker: str) -> set[str]:
        words = re.findall(r"[\w'\u2019]+", speaker)
        return {w.lower() for w in words if w[:1].isupper()} - _NAME_WORDS - PERSON_WORDS

    return speaker_key(a.speaker) == speaker_key(b.speaker) or bool(names(a.speaker) & names(b.speaker))


def _same_name(a: Attribution, b: Attribution) -> bool:
    """Two speakers sharing a name word ("Ms Ortiz", "Mayor Helen Ortiz") may be one: never offer both."""

    def words(speaker: str) -> set[str]:
        return {w.lower().rstrip("'\u2019s")[:5] for w in re.findall(r"[\w'\u2019]+", speaker)} - _NAME_WORDS

    return bool(words(a.speaker) & words(b.speaker))


def _honest_generics(quoted: Attribution) -> list[str]:
    """Generic wrong choices that are wrong for certain.

    The writer did write reported speech, so the writer is offered only against words in
    quotation marks; "an unnamed source" only when the article names the speaker.
    """
    named = not quoted.anonymous and any(
        word[:1].isupper() for word in quoted.speaker.split() if word.lower() not in _NAME_WORDS
    )
    return [g for g, ok in ((WRITER, quoted.direct), (NOT_SAID, True), (UNNAMED, named)) if ok]


def _who_explanation(quoted: Attribution) -> str:
    words = quoted.cue.split()
    cue = quoted.cue if len(words) <= _LONG_CUE_WORDS else f"{words[0]} ... {words[-1]}"
    if quoted.direct:
        why = (
            f"\u201c{cue}\u201d, next to the quotation marks, tells you whose words these are. "
            "Verbs such as said, promised and called point to the speaker."
        )
    else:
        why = (
            f"\u201c{cue}\u201d tells you where this comes from. There are no quotation marks: "
            "it is reported speech, their point told in the writer's words."
        )
    if quoted.continues:
        why = (
            f"This paragraph opens with quotation marks and names no one: it goes on with the words of "
            f"{quoted.display_speaker}, credited before it (\u201c{cue}\u201d). Show that sentence."
        )
    elif quoted.named_in is not None:
        why += (
            f" \u201c{words[0] if words[0].lower() != 'the' else ' '.join(words[:2])}\u201d points back to "
            f"{quoted.display_speaker}, {'described' if quoted.anonymous else 'named'} in an earlier sentence: "
            "show that sentence."
        )
    elif _points_back(quoted.speaker):
        why += f" \u201c{quoted.display_speaker}\u201d points back to someone named earlier: say who."
    if quoted.anonymous:
        why += (
            " The article does not give this source's name (an anonymous source). Reporters protect sources who "
            "could get into trouble for speaking, but a reader cannot check who they are or how they know: "
            "notice how much of the story rests on them."
        )
    return f"{TODO_CHECK} {why}"


# --- fact or opinion --------------------------------------------------------------------------------------

_FACT_OR_OPINION_WHY = {
    "exclamation": "The exclamation mark shows a feeling, not something that could be checked: an opinion.",
    "hedge": "\u201c{clue}\u201d signals a view, not something that was checked: an opinion.",
    "record": "The other statement comes from a record (\u201c{clue}\u201d): a document or recording that can be "
    "checked. Ask which of the two you would trust, and whether both can be true.",
    "stance": "\u201c{clue}\u201d tells you someone is giving their own view: an opinion.",
    "ought": "\u201c{clue}\u201d says what ought to be, not what is: people can disagree, so it is an opinion.",
    "judgement": "\u201c{clue}\u201d is a judgement: people can disagree about it, and no record could prove it.",
    "first-person": "\u201c{clue}\u201d shows the writer speaking for themselves: a personal view, an opinion.",
    "label": "The speaker {clue} it this: a label that judges, which people can disagree with, so an opinion.",
    "figure": "\u201c{clue} ...\u201d compares rather than describes: a picture of how someone sees it, "
    "which no record could check, so an opinion.",
    "simile": "\u201c{clue} ...\u201d compares how they were treated to something else: a picture of how the "
    "speaker sees it, which no record could check, so an opinion.",
    "reframe": "\u201c{clue}\u201d renames the thing to judge it: people can disagree, so it is an opinion.",
    "question": "\u201c{clue}\u201d is a question nobody is asked: it makes a point, so it is an opinion.",
    "verdict": "\u201c{clue}\u201d sums something up in one judging word, with nothing a record could check: "
    "an opinion.",
    "comment": "The writer\u2019s own line, \u201c{clue} ...\u201d, describes with a picture or a loaded word "
    "rather than reporting something a record could check: people can disagree, so it is an opinion.",
    "number": "It gives a number (\u201c{clue}\u201d) that a record could confirm: a fact.",
    "date": "It says when something happened (\u201c{clue}\u201d): a record could confirm it, so it is a fact.",
    "source": "It reports something and names its source (\u201c{clue}\u201d): it can be checked, so it is a fact.",
    "event": "It reports what happened (\u201c{clue}\u201d), something that could be checked: a fact.",
}


def _fact_or_opinion(facts: list[Statement], opinions: list[Statement], article: Article) -> list[dict[str, Any]]:
    """Up to six opinions, those with strong clues first, and as many facts, spread through the article."""
    ranked = sorted(opinions, key=lambda s: not s.strong)  # stable: article order within each rank
    chosen_opinions = ranked[:MAX_OPINIONS] if any(s.strong for s in ranked) else ranked[:2]
    each = max(len(chosen_opinions), 2)
    chosen = sorted([*_spread(facts, each), *chosen_opinions], key=lambda s: s.offset)
    return [
        _located(
            {
                "id": f"fo-{slug(s.text, 30)}",
                "type": "fact_or_opinion",
                "statement": s.text,
                "answer": s.kind,
                "explanation": _Folded(f"{TODO_CHECK} " + _FACT_OR_OPINION_WHY[s.reason].format(clue=s.clue)),
            },
            article,
            s.offset,
        )
        for s in chosen
    ]


def _spread(items: list[Statement], count: int) -> list[Statement]:
    """`count` items evenly spaced through `items`, so a level does not quote only the first paragraph."""
    if len(items) <= count:
        return items
    step = (len(items) - 1) / max(1, count - 1)
    return [items[round(i * step)] for i in range(count)]


# --- what contradicts what --------------------------------------------------------------------------------

_CLASH_WHY = {
    "denial": "The claim denies something (\u201c{clue}\u201d), but the other statement says it happened. "
    "Can both be true? If not, they contradict.",
    "contrast": "\u201c{clue}\u201d right after the claim brings in something that goes against it. "
    "Check that the two cannot both be true.",
    "record": "The other statement comes from a record (\u201c{clue}\u201d): a document or recording that can be "
    "checked. Ask which of the two you would trust, and whether both can be true.",
    "stance": "\u201c{clue}\u201d tells you this was said earlier. Compare it with what the article reports now: "
    "a speaker's earlier stance against their later action is a contradiction.",
    "numbers": "The two give different figures for the same thing ({clue}): they cannot both be right.",
    "direction": "One says it went one way, the other the opposite way ({clue}): both cannot be true "
    "of the same thing over the same time.",
}


def _contradiction(clash: Clash, article: Article) -> dict[str, Any]:
    """The answer stands in another sentence than the claim: the student shows where."""
    at = len(clash.answer) % (len(clash.distractors) + 1)
    candidates = [*clash.distractors[:at], clash.answer, *clash.distractors[at:]]
    question = {
        "id": f"clash-{slug(clash.claim, 30)}",
        "type": "contradiction",
        "claim": clash.claim,
        "candidates": candidates,
        "answer": [clash.answer],
        "cite": True,
        "explanation": _Folded(f"{TODO_CHECK} " + _CLASH_WHY[clash.kind].format(clue=clash.clue)),
    }
    return _located(question, article, clash.offset)


# --- loaded words -----------------------------------------------------------------------------------------


def _loaded(item: Loaded, article: Article) -> dict[str, Any]:
    question = {
        "id": f"words-{slug(item.sentence, 30)}",
        "type": "loaded_words",
        "sentence": item.sentence,
        "words": [{"word": word, "why": why} for word, why in item.words],
        "explanation": _Folded(
            f"{TODO_CHECK} These words judge rather than report: another writer could describe the same thing "
            "without them. Delete any word that is not loaded."
        ),
    }
    return _located(question, article, item.offset)


def _fits(value: object) -> bool:
    """Every text of a drafted question within a level's limit (a paragraph pasted without full stops is not)."""
    if isinstance(value, dict):
        return all(_fits(item) for item in value.values())
    if isinstance(value, list):
        return all(_fits(item) for item in value)
    return not isinstance(value, str) or len(value) <= MAX_TEXT


def _cut(text: str, most: int) -> str:
    """The words of `text` from its start that fit in `most` characters: still word for word from the article."""
    return text if len(text) <= most else text[: text.rfind(" ", 0, most + 1)].rstrip() or text[:most]


def _fallback(article: Article) -> dict[str, Any]:
    """An article with nothing to find still gets a question, so the draft validates; the teacher decides it."""
    first = article.sentences_in(1)[0]
    return _located(
        {
            "id": "fo-first-sentence",
            "type": "fact_or_opinion",
            "statement": _cut(first.text.strip(), MAX_TEXT),
            "answer": "fact",
            "explanation": _Folded(
                f"{TODO_CHECK} The draft found no clues in this article. Decide whether this is a fact or an "
                "opinion, set `answer`, and say why here."
            ),
        },
        article,
        first.start,
    )


def _located(question: dict[str, Any], article: Article, offset: int) -> dict[str, Any]:
    """Remember the article line a question comes from, for the comment above it (not written as a key)."""
    question["_line"] = article.line_of(offset)
    return question


def _unique_ids(questions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: Counter[str] = Counter()
    for question in questions:
        base = question["id"].rstrip("-") or "q"
        seen[base] += 1
        question["id"] = base if seen[base] == 1 else f"{base}-{seen[base]}"
    return questions


# --- the YAML text ----------------------------------------------------------------------------------------


class _Flow(list):  # type: ignore[type-arg]
    """A short list written on one line: `choices: [A, B, C]`."""


class _Folded(str):
    """Long prose written with `>` over several lines, as a teacher would type it."""


class _Dumper(yaml.SafeDumper):
    """Safe output that never writes anchors or aliases (Byline refuses them)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        """Indent list items under their key, as the format's examples do."""
        super().increase_indent(flow, False)


_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(_Folded, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style=">"))


def _dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=_WIDTH, default_flow_style=False)


_GROUPS = {
    "who_said": "Who said it? Each quotation or report, with the speaker the article names.",
    "fact_or_opinion": "Fact or opinion? As many of each as the article offers.",
    "loaded_words": "Spot the loaded words: the words that judge, in sentences the draft found opinions in.",
    "contradiction": "What contradicts what?",
}


def _render(article: Article, level_id: str, questions: list[dict[str, Any]], skipped: list[Unattributed]) -> str:
    title = article.headline.strip()
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 3].rsplit(" ", 1)[0] + "..."
    head = {
        "id": level_id,
        "title": title,
        "article": article.name,
        "intro": _Folded(
            "TODO: in a sentence or two, tell students what the article is about and what to look for. "
            "Read the article first, then answer the questions."
        ),
    }
    lines = [
        SCHEMA_LINE,
        f"# A DRAFT written by `byline new-level` from seeds/{article.name}. Check it before students play it:",
        f'# - every explanation starts with "{TODO_CHECK}": read it against the article, rewrite it in your',
        f'#   own words and delete "{TODO_CHECK}" (`byline validate --strict` lists the ones left);',
        "# - quotes and statements are copied word for word from the article, but the right answers were",
        "#   guessed from the words around them: fix or delete any question that is wrong or too easy.",
        "# docs/authoring.md explains every field.",
        _dump(head).rstrip(),
        "questions:",
    ]
    group = ""
    for question in questions:
        if question["type"] != group:
            group = question["type"]
            lines += ["", f"  # {_GROUPS[group]}"]
        else:
            lines.append("")
        lines.append(f"  # from line {question['_line']} of the article")
        body = {k: v for k, v in question.items() if not k.startswith("_")}
        lines += ["  " + line if line else line for line in _dump([body]).rstrip().splitlines()]
    lines += _skipped_notes(article, skipped)
    return "\n".join(lines) + "\n"


def _skipped_notes(article: Article, skipped: Iterable[Unattributed]) -> list[str]:
    notes = [f"#   line {article.line_of(s.offset)}: \u201c{_short(s.text)}\u201d: {s.reason}" for s in skipped]
    if not notes:
        return []
    return ["", "# Left out (the draft could not tell who said them; add a question by hand if you want one):", *notes]


def _short(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" ..." if len(parts) > words else "")


# --- files ------------------------------------------------------------------------------------------------


def seeds_folder(level: Path) -> Path:
    """Where the level will look for its article first: `seeds/` beside its `levels/` folder (or beside it)."""
    return level.parent.parent / "seeds" if level.parent.name == "levels" else level.parent / "seeds"


def _existing(seed: Path) -> bytes:
    """The article already in seeds/, to compare with the one being added."""
    try:
        return read_limited(seed, MAX_ARTICLE_BYTES)
    except OSError as exc:
        raise DraftError(f"{seed}: cannot read it ({exc.strerror or exc})") from None


def new_level(source: Path, level: Path | None = None, *, force: bool = False) -> Created:
    """Draft a level for `source`, copy the article into seeds/ and write the level file.

    The copy is byte for byte, but for an article saved as Windows-1252: that one is written as UTF-8 (the same
    text, so the level's quotes point into it alike), so `byline validate` never warns about it again. An article
    already in seeds/ as it is stays untouched.
    """
    try:
        read = read_article(source, str(source))
        raw = read.raw
    except FileNotFoundError:
        raise DraftError(f"{source}: no such file") from None
    except ArticleFileError as exc:
        raise DraftError(str(exc)) from None
    except OSError as exc:
        raise DraftError(f"{source}: cannot read it ({exc.strerror or exc})") from None
    article = Article(read.article.text, source.name)
    if len(broken_lines(article)) >= 2:
        raise DraftError(broken_paragraphs_message(article, shown=str(source)))
    if source.name.startswith("."):
        raise DraftError(f"{source}: the article's file name must not start with a dot")
    level = level or Path("levels") / f"{slug(source.stem) or 'draft'}.yaml"
    if level.suffix not in (".yaml", ".yml"):
        raise DraftError(f"{level}: a level file name must end in .yaml")
    if level.exists() and not force:
        raise DraftError(f"{level} already exists: choose another name with -o, or add --force to replace it")
    seed = seeds_folder(level) / source.name
    copied = not seed.exists()
    utf8 = as_utf8(raw)
    if not copied and _existing(seed) not in (raw, utf8):
        raise DraftError(
            f"{seed} already exists and differs from {source}: levels find articles by file name, "
            "so rename your article"
        )
    converted = first_windows_byte(raw) if copied and utf8 is not None else None
    draft = draft_level(article, slug(level.stem) or "draft", read.warning)
    writing = seed
    try:
        if copied:
            seed.parent.mkdir(parents=True, exist_ok=True)
            seed.write_bytes(utf8 or raw)  # Windows-1252 as UTF-8; else the bytes as they were
        writing = level
        atomic_write(level, draft.text.encode("utf-8"))  # a level replaced with --force is whole or untouched
    except OSError as exc:
        if copied:  # a half-copied article would make the next try refuse it as "differs"
            with contextlib.suppress(OSError):
                seed.unlink()
        raise DraftError(_cannot_write(exc, writing)) from None
    return Created(level, seed, copied, draft, converted)


def _cannot_write(exc: OSError, where: Path) -> str:
    """Why the draft or its article could not be written to `where`, and what the teacher can do about it."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        why = "the disk is full: free some space, then try again"
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        why = "this folder is read-only for you: copy your class folder where you can write, or use -o"
    elif exc.errno in (errno.EEXIST, errno.ENOTDIR):
        blocking = next((p for p in (where, *where.parents) if p.is_file()), where)
        why = f"a file named `{blocking.name}` is in the way where a folder should be: rename it or use -o"
    else:
        why = exc.strerror or str(exc)
    return f"cannot write {where}: {why}"
