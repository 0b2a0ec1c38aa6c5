"""Load a level file and check it against its article, reporting every problem with its line.

Two passes: the shape of the file (pydantic, errors mapped back to YAML lines and
rewritten in a teacher's words), then the rules that need the article: every
quote verbatim, every answer among the choices, ids unique.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from game.content.article import Article, Span, fold_quotes, overlaps
from game.content.articlefile import ArticleFileError, broken_lines, broken_paragraphs_message, joined, read_article
from game.content.files import not_a_file
from game.content.glyphs import TEXT_FONTS, TITLE_FONTS, undrawable, undrawable_message
from game.content.model import (
    VERBATIM_KEYS,
    Choice,
    Contradiction,
    FactOrOpinion,
    Level,
    LoadedWords,
    Question,
    SourceChain,
    WhoSaid,
)
from game.content.paths import BUNDLED_SEEDS
from game.content.problems import ContentError, Problem
from game.content.shape import explain, suggest
from game.content.words import phrase_tokens, tokens
from game.content.yamlsource import Path_, Source, read_yaml

_QUESTION: TypeAdapter[Question] = TypeAdapter(Question)
MAX_MARKABLE_WORDS = 30
"""The most words a `loaded_words` sentence may have: more do not fit a small screen at the largest text size."""
TODO_MARK = re.compile(r"\bTODO\b")
"""Text still to be checked by the teacher: `byline new-level` starts every explanation it writes with it."""
LONGEST_MARGIN = 1.1
"""A key counts as the longest choice when it is at least a tenth longer than every other: a student sees that."""
MIN_PICK_ONE = 3
"""Below this many pick-one questions, a key that is often the longest choice is chance, not a pattern."""
_PROMPT_QUOTE = re.compile(r"[\"\u201c]([^\"\u201d]+)[\"\u201d]")
"""A passage a `choice` prompt quotes from the article, in quotation marks."""
_SHOWN_FIELD = {WhoSaid: "quote", FactOrOpinion: "statement", Contradiction: "claim", LoadedWords: "sentence"}
"""The verbatim text each question type shows the student while they look for the proof (its field)."""


@dataclass(frozen=True)
class LoadedLevel:
    """A valid level with its article and the article span of each question's evidence."""

    path: Path
    level: Level
    article: Article
    evidence: dict[str, Span] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    id_at: tuple[int, int] = (1, 1)
    links: dict[str, list[Span]] = field(default_factory=dict)
    """For each `source_chain` question, where each link's evidence stands, origin first."""
    draft: bool = False
    """Texts still say TODO (a `byline new-level` draft not yet checked): play hides it from students."""
    check_at: tuple[int, int] = (1, 1)
    """Where the level's `check` key stands, when it is a form of the news-sense check."""


def article_folders(level_path: Path) -> tuple[Path, ...]:
    """Where a level's article may be, first match wins: `../seeds/`, `seeds/`, beside it, Byline's own seeds."""
    here = level_path.parent
    return (here.parent / "seeds", here / "seeds", here, BUNDLED_SEEDS)


def find_article(level_path: Path, name: str) -> Path | None:
    return next((f / name for f in article_folders(level_path) if _is_file(f / name)), None)


def _is_file(path: Path) -> bool:
    """There and not a folder (a pipe or device is found, then refused by name when read); a name the
    system refuses (too long, odd bytes) is simply not there."""
    try:
        return path.exists() and not path.is_dir()
    except (OSError, ValueError):
        return False


def _article_in_folder(level_path: Path, name: str) -> str:
    """What to do when `article` names a folder too (`news/x.txt`, `../x.txt`, `C:\\...`): Byline looks
    only in the seeds folders, so say which file to move there and what to write."""
    base = re.split(r"[\\/]", name)[-1]
    if not base or base.startswith("."):
        return "`article` must be a file name such as `my-article.txt`"
    folders = article_folders(level_path)
    seeds = next((f for f in folders[:2] if f.is_dir()), folders[0])
    said = "`article` is the name of a file in the `seeds` folder, without folders: "
    if find_article(level_path, base):
        return f"{said}write `article: {base}`"
    there = next((f / name for f in folders[:3] if _is_file(f / name)), None)
    move = f"move `{os.path.normpath(there)}`" if there else f"put `{base}`"
    return f"{said}{move} into `{seeds}` and write `article: {base}`"


def _article_hint(level_path: Path, name: str) -> str:
    """The article the author probably meant: the same name with `.txt`, or the closest file name."""
    names = sorted({p.name for f in article_folders(level_path) if f.is_dir() for p in f.glob("*.txt")})
    if len(name) > 255:
        return ": that name is too long for a file name"
    if f"{name}.txt" in names:
        return f": did you mean `{name}.txt`?"
    return suggest(name, names) or ": put it in a `seeds/` folder next to your `levels/` folder"


def load_level(path: Path) -> LoadedLevel:
    """Read, shape-check and content-check one level file; raise ContentError with all problems.

    Questions whose shape is fine are still checked against the article when
    others are broken, so a teacher sees every problem in one run.
    """
    source = read_yaml(path)
    data = source.data
    if not isinstance(data, dict):
        raise ContentError([source.problem((), "a level file must be a set of `key: value` lines (id, title, ...)")])
    level: Level | None = None
    problems: list[Problem] = []
    try:
        level = Level.model_validate(data)
        questions = list(enumerate(level.questions))
    except ValidationError as exc:
        problems = explain(source, exc, Level, tagged="question")
        questions = _sound_questions(data, exc)
    article_name = level.article if level else data.get("article")
    article, notes = (
        _open_article(path, source, article_name, problems) if isinstance(article_name, str) else (None, [])
    )
    missing: list[tuple[Path_, str]] = []
    places, links = _check_questions(source, questions, article, problems, missing)
    if level is None and article is not None:
        missing.extend(_broken_question_passages(data, {i for i, _ in questions}, article))
    if article is not None:
        problems.extend(_not_found_problems(source, article, missing))
    if level is not None:
        problems.extend(_check_form_problems(source, level))
    if problems or level is None or article is None:
        raise ContentError(problems)
    todo = _todo_warnings(source, level)
    warnings = [
        *notes,
        *_balance_warnings(source, level),
        *todo,
        *_ambiguity_warnings(source, level, article, places, links),
        *_free_citation_warnings(source, level, article, places),
        *_glyph_warnings(source, article),
    ]
    evidence = {question_id: spans[0] for question_id, spans in places.items()}
    chains = {question_id: [spans[0] for spans in found] for question_id, found in links.items()}
    where = source.where(("id",))
    check_at = source.where(("check",), key=True)
    return LoadedLevel(path, level, article, evidence, warnings, where, chains, draft=bool(todo), check_at=check_at)


def _check_form_problems(source: Source, level: Level) -> list[Problem]:
    """A form of the news-sense check gives no feedback until it is over: nothing may ask for a citation or
    a confidence, which would tell the student, item by item, how they did."""
    if level.check is None:
        return []
    why = "a check form (`check`) gives no feedback between items"
    places: list[Path_] = [(key,) for key in ("cite", "confidence") if getattr(level, key)]
    places += [("questions", i, "cite") for i, q in enumerate(level.questions) if q.cite]
    return [source.problem(path, f"{why}: remove `{path[-1]}: true`", key=True) for path in places]


def _ambiguity_warnings(
    source: Source,
    level: Level,
    article: Article,
    evidence: dict[str, list[Span]],
    links: dict[str, list[list[Span]]],
) -> list[Problem]:
    """Evidence that stands in the article more than once: the game can only highlight the first."""
    found: list[tuple[Path_, list[Span]]] = []
    for index, question in enumerate(level.questions):
        here: Path_ = ("questions", index)
        chain = links.get(question.id, [])
        found += [((*here, "links", i, "evidence"), places) for i, places in enumerate(chain)]
        if chain and question.evidence is None:
            continue  # its evidence is its first link's, just listed
        if question.evidence is not None:
            where: Path_ = ("evidence",)
        elif isinstance(question, Contradiction):
            where = ("answer", 0)
        else:
            where = question.quoted_fields()[0]
        found.append(((*here, *where), evidence.get(question.id, [])))
    return [
        source.problem(
            path,
            f"this passage is in the article {len(places)} times; the game highlights the first "
            f"(line {article.line_of(places[0].start)}): copy a longer passage so it points at one place",
            severity="warning",
        )
        for path, places in found
        if len(places) > 1
    ]


def _free_citation_warnings(
    source: Source, level: Level, article: Article, evidence: dict[str, list[Span]]
) -> list[Problem]:
    """A citation bonus a student earns by pointing at the words the question already shows.

    A citation counts when the sentence pointed at overlaps the evidence (`Session.answer`). When the evidence
    runs over the sentence that holds the question's quote (or claim, statement, sentence, or a passage its
    prompt quotes) and over other sentences besides, the proof is in those others, yet the shown sentence
    earns the bonus. Evidence that is only the shown sentence is its own proof ("..., Ms Ortiz said"), except
    for a contradiction, whose proof is never the claim.
    """
    warnings = []
    for index, question in enumerate(level.questions):
        if not level.cites(question) or question.id not in evidence:
            continue
        proof = evidence[question.id][0]
        proving = [s for s in article.sentences if overlaps(s, proof)]
        here: Path_ = ("questions", index)
        where: Path_ = ("evidence",) if question.evidence is not None else ("answer", 0)
        for what, text in _shown_passages(question):
            shown = [s for s in proving if any(overlaps(s, span) for span in article.find_all(text))]
            if not shown:
                continue
            line = article.line_of(shown[0].start)
            if len(shown) < len(proving):
                message = (
                    f"`evidence` also covers a sentence that holds {what} (seeds/{article.name} line {line}): "
                    "pointing at it earns the citation bonus without finding the proof. "
                    "Cut `evidence` down to the passage that proves the answer"
                    + (" (the clashing statement's own sentence)" if isinstance(question, Contradiction) else "")
                    + ", and say in the explanation where it is"
                )
            elif isinstance(question, Contradiction):
                message = (
                    f"the proof stands in the claim's own sentence (seeds/{article.name} line {line}), which the "
                    "question already shows: pointing at it earns the citation bonus without finding the clash. "
                    "Ask no citation here (`cite: false`), or take a claim from another sentence"
                )
            else:
                continue
            warnings.append(source.problem((*here, *where), message, severity="warning"))
            break
    return warnings


def _shown_passages(question: Question) -> list[tuple[str, str]]:
    """What a question shows of the article while the student looks for the proof: (what it is, the text)."""
    for kind, field_name in _SHOWN_FIELD.items():
        if isinstance(question, kind):
            return [(f"the {field_name} the question shows", getattr(question, field_name))]
    if isinstance(question, Choice):  # two words or more: one quoted word ("claims") stands in many sentences
        return [("words the prompt quotes", q) for q in _PROMPT_QUOTE.findall(question.prompt) if len(q.split()) > 1]
    return []


def _glyph_warnings(source: Source, article: Article) -> list[Problem]:
    """Texts with characters the game's fonts cannot draw (an emoji, Hebrew), each at its line; the article once."""
    warnings = []
    for path, _ in sorted(source.values.items(), key=lambda item: item[1]):
        value = functools.reduce(lambda node, part: node[part], path, source.data) if path else None
        missing = undrawable(value, TITLE_FONTS if path == ("title",) else TEXT_FONTS) if isinstance(value, str) else ""
        if missing:
            warnings.append(source.problem(path, undrawable_message(missing), severity="warning"))
    if missing := undrawable(article.text):
        line = article.line_of(next(i for i, char in enumerate(article.text) if char in missing))
        said = f"seeds/{article.name} line {line}: {undrawable_message(missing)}"
        warnings.append(source.problem(("article",), said, severity="warning"))
    return warnings


def _todo_warnings(source: Source, level: Level) -> list[Problem]:
    """Every text that still says TODO, at its line: a draft must be checked before students play it."""
    texts: list[tuple[Path_, str | None]] = [(("title",), level.title), (("intro",), level.intro)]
    for index, question in enumerate(level.questions):
        texts += [(("questions", index, key), getattr(question, key)) for key in ("explanation", "hint")]
    return [
        source.problem(
            path,
            f"`{path[-1]}` still says TODO: check it against the article, write it in your own words, "
            "then delete the TODO",
            severity="warning",
        )
        for path, text in texts
        if text and TODO_MARK.search(text)
    ]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _balance_warnings(source: Source, level: Level) -> list[Problem]:
    """Answer keys a student could beat without reading, said at the level's `questions`."""
    messages = [m for m in (_fact_opinion_balance(level), _answer_share(level), _longest_key(source, level)) if m]
    return [source.problem(("questions",), m, key=True, severity="warning") for m in messages]


def _fact_opinion_balance(level: Level) -> str | None:
    """Fact-or-opinion sets should be roughly balanced, so distrusting everything cannot win."""
    answers = [q.answer for q in level.questions if isinstance(q, FactOrOpinion)]
    facts = answers.count("fact")
    if len(answers) < 4 or 0.3 <= facts / len(answers) <= 0.7:
        return None
    return (
        f"fact-or-opinion questions are unbalanced ({_count(facts, 'fact')}, "
        f"{_count(len(answers) - facts, 'opinion')}): "
        "aim for roughly as many of each"
    )


def _answer_share(level: Level) -> str | None:
    """One speaker keyed for most who-said questions lets a student score by always picking it."""
    answers = [q.answer for q in level.questions if isinstance(q, WhoSaid)]
    top, count = Counter(answers).most_common(1)[0] if answers else ("", 0)
    if len(answers) < 3 or count * 2 <= len(answers):
        return None
    return (
        f"`{top}` is the answer of {count} of the {len(answers)} who_said questions, so always picking it scores: "
        f"key other speakers in some of them (offer `{top}` as a wrong choice where it is plausible), "
        "or turn some into other question types"
    )


def _longest_key(source: Source, level: Level) -> str | None:
    """A key that is visibly the longest choice in most pick-one questions lets a student score by length alone.

    By chance the key is the longest of 3 or 4 choices in a third or a quarter of the questions; in more than
    half of at least `MIN_PICK_ONE` it is a pattern a student can learn.
    """
    items: list[tuple[int, str, list[str]]] = []
    for index, question in enumerate(level.questions):
        if isinstance(question, WhoSaid | Choice):
            items.append((index, question.answer, question.choices))
        elif isinstance(question, Contradiction) and len(question.answer) == 1:
            items.append((index, question.answer[0], question.candidates))
    longest = [
        index
        for index, key, choices in items
        if all(len(key) >= LONGEST_MARGIN * len(choice) for choice in choices if choice != key)
    ]
    if len(items) < MIN_PICK_ONE or len(longest) * 2 <= len(items):
        return None
    named = ", ".join(f"`{level.questions[i].id}` (line {source.where(('questions', i, 'id'))[0]})" for i in longest)
    return (
        f"the right answer is the longest choice (by a tenth or more) in {len(longest)} of the {len(items)} "
        f"questions where the student picks one: {named}. A student who always picks the longest choice "
        "scores without reading: in some of them, lengthen or reword wrong choices (each still clearly wrong "
        "by the article, on the same topic) until the right answer no longer stands out"
    )


def _sound_questions(data: dict[str, Any], exc: ValidationError) -> list[tuple[int, Question]]:
    """The questions that passed the shape check, so their content can still be checked."""
    items = data.get("questions")
    if not isinstance(items, list):
        return []
    broken = {e["loc"][1] for e in exc.errors() if len(e["loc"]) > 1 and e["loc"][0] == "questions"}
    return [(i, _QUESTION.validate_python(item)) for i, item in enumerate(items) if i not in broken]


def _broken_question_passages(data: dict[str, Any], sound: set[int], article: Article) -> list[tuple[Path_, str]]:
    """Quotes of questions that failed the shape check are still checked, so one run shows every problem."""
    items = data.get("questions")
    missing: list[tuple[Path_, str]] = []
    for index, item in enumerate(items if isinstance(items, list) else []):
        if index in sound or not isinstance(item, dict):
            continue
        for path, text in _verbatim_texts(("questions", index), item):
            if isinstance(text, str) and text.strip() and article.find(text) is None:
                missing.append((path, text))
    return missing


def _verbatim_texts(here: Path_, item: dict[str, Any]) -> list[tuple[Path_, object]]:
    """Each text of a raw question that must be verbatim, at its path (a chain's link evidence too)."""
    texts: list[tuple[Path_, object]] = []
    for key in VERBATIM_KEYS:
        values = item.get(key)
        if isinstance(values, list):
            texts += [((*here, key, i), value) for i, value in enumerate(values)]
        else:
            texts.append(((*here, key), values))
    links = item.get("links")
    for i, link in enumerate(links if isinstance(links, list) else []):
        texts += _verbatim_texts((*here, "links", i), link) if isinstance(link, dict) else []
    return texts


def _open_article(
    path: Path, source: Source, name: str, problems: list[Problem]
) -> tuple[Article | None, list[Problem]]:
    """The article and any warning about how it was read (not UTF-8); a problem when it cannot be read."""
    if "/" in name or "\\" in name or name.startswith("."):
        problems.append(source.problem(("article",), _article_in_folder(path, name)))
        return None, []
    article_path = find_article(path, name)
    if article_path is None:
        odd = next(((f, why) for f in article_folders(path) if (why := not_a_file(f / name))), None)
        said = f": {odd[0].name}/{name} {odd[1]}" if odd else f" not found{_article_hint(path, name)}"
        problems.append(source.problem(("article",), f"article `{name}`{said}"))
        return None, []
    try:
        read = read_article(article_path)
    except ArticleFileError as exc:
        problems.append(source.problem(("article",), f"cannot use article `{name}`: {exc}"))
        return None, []
    except OSError as exc:
        problems.append(source.problem(("article",), f"cannot read article `{name}`: {exc.strerror or exc}"))
        return None, []
    notes = [source.problem(("article",), read.warning, severity="warning")] if read.warning else []
    return read.article, notes


def _not_found_problems(source: Source, article: Article, missing: list[tuple[Path_, str]]) -> list[Problem]:
    """A problem for each passage not in the article; those that only a paragraph broken over several
    lines hides are reported once, about the article, with how to fix it."""
    hidden: list[tuple[Path_, str]] = []
    if missing and broken_lines(article):
        whole = joined(article)
        hidden = [(where, text) for where, text in missing if whole.find(text) is not None]
    problems = [
        source.problem(where, _not_found(article, text)) for where, text in missing if (where, text) not in hidden
    ]
    if hidden:
        problems.append(source.problem(("article",), broken_paragraphs_message(article, len(hidden))))
    return problems


def _check_questions(
    source: Source,
    questions: list[tuple[int, Question]],
    article: Article | None,
    problems: list[Problem],
    missing: list[tuple[Path_, str]],
) -> tuple[dict[str, list[Span]], dict[str, list[list[Span]]]]:
    """Ids unique, answers among the choices, every quoted passage in the article (`missing` gets those that
    are not); returns where each question's evidence stands (every place, first first), and where each link
    of a source chain does."""
    seen: dict[str, int] = {}
    evidence: dict[str, list[Span]] = {}
    links: dict[str, list[list[Span]]] = {}
    for index, question in questions:
        here: Path_ = ("questions", index)
        if question.id in seen:
            problems.append(
                source.problem(
                    (*here, "id"),
                    f"duplicate question id `{question.id}` (also question {seen[question.id]})",
                )
            )
        seen.setdefault(question.id, index + 1)
        problems.extend(_check_answers(source, here, question))
        if article is None:
            continue
        found_at = {question.evidence_text: article.find_all(question.evidence_text)}
        for sub in question.quoted_fields():
            text = _get(question, sub)
            if text not in found_at:
                found_at[text] = article.find_all(text)
            if not found_at[text]:
                missing.append(((*here, *sub), text))
        evidence[question.id] = found_at[question.evidence_text]
        if isinstance(question, SourceChain):
            links[question.id] = [found_at[link.evidence] for link in question.links]
    found = {question_id: spans for question_id, spans in evidence.items() if spans}
    return found, {question_id: spans for question_id, spans in links.items() if all(spans)}


def _get(question: Any, sub: Path_) -> str:
    value = question
    for part in sub:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value


def _not_found(article: Article, text: str) -> str:
    stripped = text.strip()
    if len(stripped) > 1 and stripped[0] in "\u201c\u2018" and stripped[-1] in "\u201d\u2019":
        return (
            "this text begins and ends with curly quotation marks, which YAML keeps as part of the text: "
            "wrap it in straight quotes (\" or ') instead"
        )
    near = article.closest(text)
    message = f"not found word for word in seeds/{article.name}"
    if near.similarity >= 0.4:
        message += f"; closest passage (line {near.line}): `{near.text}`{_first_difference(text, near.text)}"
    return message


def _first_difference(wrote: str, found: str) -> str:
    """Where a near-miss first departs from the article, word by word, so a teacher need not hunt for it."""
    ours, theirs = fold_quotes(wrote).split(), fold_quotes(found).split()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_opcodes():
        if tag == "replace":
            return f" (you wrote `{' '.join(ours[i1:i2])}`, the article has `{' '.join(theirs[j1:j2])}`)"
        if tag == "delete":
            return f" (`{' '.join(ours[i1:i2])}` is not in the article there)"
        if tag == "insert":
            return f" (the article also has `{' '.join(theirs[j1:j2])}` there)"
    return ""


def _check_answers(source: Source, here: Path_, question: Any) -> list[Problem]:
    problems: list[Problem] = []
    if isinstance(question, WhoSaid | Choice):
        problems.extend(_duplicates(source, (*here, "choices"), question.choices, "choice", fold=True))
        if question.answer not in question.choices:
            listed = ", ".join(f"`{c}`" for c in question.choices)
            said = _by_number(question.answer, question.choices, "choice") or (
                f"answer `{question.answer}` is not one of the choices ({listed})"
                + (suggest(question.answer, question.choices) or ": copy it exactly from `choices`")
            )
            problems.append(source.problem((*here, "answer"), said))
    elif isinstance(question, SourceChain):
        problems.extend(_check_chain(source, here, question))
    elif isinstance(question, LoadedWords):
        count = len(tokens(question.sentence))
        if count > MAX_MARKABLE_WORDS:
            problems.append(
                source.problem(
                    (*here, "sentence"),
                    f"`sentence` has {count} words; at most {MAX_MARKABLE_WORDS} fit on a screen: use part of it",
                )
            )
        problems.extend(_duplicates(source, (*here, "words"), [w.word for w in question.words], "word"))
        for i, word in enumerate(question.words):
            if phrase_tokens(question.sentence, word.word) is None:
                problems.append(
                    source.problem(
                        (*here, "words", i, "word"),
                        f"`{word.word}` is not a word or phrase of this sentence: copy it exactly from `sentence`",
                    )
                )
    elif isinstance(question, Contradiction):
        problems.extend(_duplicates(source, (*here, "candidates"), question.candidates, "candidate", fold=True))
        problems.extend(_duplicates(source, (*here, "answer"), question.answer, "answer"))
        for i, answer in enumerate(question.answer):
            if answer not in question.candidates:
                said = _by_number(answer, question.candidates, "candidate") or (
                    "answer is not one of the candidates"
                    + (suggest(answer, question.candidates) or ": copy it exactly from `candidates`")
                )
                problems.append(source.problem((*here, "answer", i), said))
        if len(set(question.answer)) >= len(question.candidates):
            problems.append(source.problem((*here, "answer"), "every candidate is an answer: add one that is not"))
        if question.claim in question.candidates:
            problems.append(
                source.problem((*here, "claim"), "the claim is also a candidate: remove it from candidates")
            )
    return problems


_NUMBERED = re.compile(r"\(?(?P<n>[1-9]|[A-Za-z])[.)]?")
"""An answer written as its place in the list, as on a paper quiz: `2`, `b`, `B)`, `(3)`."""


def _by_number(answer: str, options: list[str], what: str) -> str | None:
    """What to write when an answer is given as the number (or letter) of an option, not its text."""
    found = _NUMBERED.fullmatch(answer.strip())
    if not found or any(len(option) < 2 for option in options):
        return None
    label = found.group("n")
    index = int(label) - 1 if label.isdigit() else ord(label.lower()) - ord("a")
    if index >= len(options):
        return None
    key, shown = ("`answer`", f"answer: {options[index]}") if what == "choice" else ("an answer", options[index])
    return (
        f"{key} is the text of the right {what}, not its number: write `{shown}` ({what} {label}) "
        "if that is the one you meant"
    )


def _check_chain(source: Source, here: Path_, question: SourceChain) -> list[Problem]:
    """Every card a student sees must be told apart: names differ (ignoring capitals), distractors are not links."""
    names = question.names
    problems = _duplicates(source, (*here, "links"), names, "link name", sub=("name",), fold=True)
    problems += _duplicates(source, (*here, "distractors"), question.distractors, "distractor", fold=True)
    links = {name.casefold() for name in names}
    for i, name in enumerate(question.distractors):
        if name.casefold() in links:
            problems.append(
                source.problem(
                    (*here, "distractors", i),
                    f"distractor `{name}` is also a link of the chain: a distractor must be a name "
                    "that did not pass this news on; remove it or pick another",
                )
            )
    if question.cite:
        problems.append(
            source.problem(
                (*here, "cite"),
                "a source chain does not ask for a citation (each link has its own `evidence`): remove `cite`",
            )
        )
    return problems


def _duplicates(
    source: Source, path: Path_, items: list[str], what: str, *, sub: Path_ = (), fold: bool = False
) -> list[Problem]:
    """Items given twice, at the second one; `fold` ignores capitals and spacing (two cards a student sees as one)."""
    seen: dict[str, str] = {}
    problems = []
    for i, item in enumerate(items):
        key = " ".join(item.casefold().split()) if fold else item
        if key in seen:
            first = seen[key]
            said = (
                f"duplicate {what} `{item}`"
                if first == item
                else f"{what} `{item}` looks the same as `{first}` (only capitals or spaces differ): "
                "a student cannot tell them apart, so change or remove one"
            )
            problems.append(source.problem((*path, i, *sub), said))
        seen.setdefault(key, item)
    return problems
