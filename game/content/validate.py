"""Load a level file and check it against its article, reporting every problem with its line.

Two passes: the shape of the file (pydantic, errors mapped back to YAML lines and
rewritten in a teacher's words), then the rules that need the article: every
quote verbatim, every answer among the choices, ids unique.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from game.content.article import Article, Span
from game.content.model import (
    QUESTION_TYPES,
    Contradiction,
    FactOrOpinion,
    Level,
    Question,
    WhoSaid,
    evidence_of,
    quoted_passages,
)
from game.content.paths import BUNDLED_SEEDS
from game.content.problems import ContentError, Problem
from game.content.yamlsource import Path_, Source, read_yaml

_QUESTION_FIELDS = sorted({name for model in QUESTION_TYPES.values() for name in model.model_fields})
_QUESTION: TypeAdapter[Question] = TypeAdapter(Question)
_TYPE_NAMES = ", ".join(f"`{t}`" for t in QUESTION_TYPES)


@dataclass(frozen=True)
class LoadedLevel:
    """A valid level with its article and the article span of each question's evidence."""

    path: Path
    level: Level
    article: Article
    evidence: dict[str, Span] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    id_at: tuple[int, int] = (1, 1)


def find_article(level_path: Path, name: str) -> Path | None:
    """Look beside the level (`../seeds/`, `seeds/`, same folder), then in Byline's own seeds."""
    here = level_path.parent
    for folder in (here.parent / "seeds", here / "seeds", here, BUNDLED_SEEDS):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


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
        problems = _explain(source, exc)
        questions = _sound_questions(data, exc)
    article_name = level.article if level else data.get("article")
    article = _open_article(path, source, article_name, problems) if isinstance(article_name, str) else None
    evidence = _check_questions(source, questions, article, problems)
    if problems or level is None or article is None:
        raise ContentError(problems)
    return LoadedLevel(path, level, article, evidence, _balance_warnings(source, level), source.where(("id",)))


def _balance_warnings(source: Source, level: Level) -> list[Problem]:
    """Fact-or-opinion sets should be roughly balanced, so distrusting everything cannot win."""
    answers = [q.answer for q in level.questions if isinstance(q, FactOrOpinion)]
    if len(answers) < 4:
        return []
    facts = answers.count("fact")
    if 0.3 <= facts / len(answers) <= 0.7:
        return []
    message = (
        f"fact-or-opinion questions are unbalanced ({facts} facts, {len(answers) - facts} opinions): "
        "aim for roughly as many of each"
    )
    return [source.problem(("questions",), message, key=True, severity="warning")]


def _sound_questions(data: dict[str, Any], exc: ValidationError) -> list[tuple[int, Question]]:
    """The questions that passed the shape check, so their content can still be checked."""
    items = data.get("questions")
    if not isinstance(items, list):
        return []
    broken = {e["loc"][1] for e in exc.errors() if len(e["loc"]) > 1 and e["loc"][0] == "questions"}
    return [(i, _QUESTION.validate_python(item)) for i, item in enumerate(items) if i not in broken]


def _real_path(data: Any, loc: Iterable[str | int]) -> Path_:
    """Drop the discriminator tags pydantic inserts (`questions.0.who_said.quote`)."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part not in node and part == node.get("type") and part in QUESTION_TYPES:
            continue
        path.append(part)
        node = (
            node.get(part)
            if isinstance(node, dict)
            else (node[part] if isinstance(node, list) and isinstance(part, int) and part < len(node) else None)
        )
    return tuple(path)


def _fields_at(data: Any, path: Path_) -> list[str]:
    """Which keys are allowed in the mapping at `path`, for "did you mean" suggestions."""
    if not path:
        return list(Level.model_fields)
    if path[0] == "questions" and len(path) == 2:
        node = data.get("questions")[path[1]] if isinstance(data.get("questions"), list) else None
        model = QUESTION_TYPES.get(node.get("type")) if isinstance(node, dict) else None
        return list(model.model_fields) if model else _QUESTION_FIELDS
    return []


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"`{str(value).lower()}` (a yes/no value)"
    if isinstance(value, dict):
        return "a set of `key: value` lines"
    if isinstance(value, list):
        return "a list"
    return f"`{value}`"


def _suggest(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f": did you mean `{close[0]}`?" if close else ""


def _explain(source: Source, exc: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for error in exc.errors():
        path = _real_path(source.data, error["loc"])
        kind = error["type"]
        name = str(path[-1]) if path and isinstance(path[-1], str) else "item"
        value = error.get("input")
        ctx = error.get("ctx", {})
        if kind == "missing":
            hint = _field_help(path[:-1], name, source.data)
            message = f"missing key `{name}`" + (f" ({hint})" if hint else "")
            problems.append(source.problem(path[:-1], message))
        elif kind == "extra_forbidden":
            allowed = _fields_at(source.data, path[:-1])
            problems.append(source.problem(path, f"unknown key `{name}`" + _suggest(name, allowed), key=True))
        elif kind == "union_tag_invalid":
            tag = str(ctx.get("tag", ""))
            message = f"unknown question type `{tag}`" + (_suggest(tag, QUESTION_TYPES) or f": use {_TYPE_NAMES}")
            problems.append(source.problem((*path, "type"), message))
        elif kind == "union_tag_not_found":
            problems.append(source.problem(path, f"question has no `type`: use {_TYPE_NAMES}"))
        elif kind == "literal_error":
            expected = str(ctx.get("expected", "")).replace("'", "`")
            problems.append(source.problem(path, f"`{name}` must be {expected}, not {_describe(value)}"))
        elif kind in ("string_type", "list_type", "dict_type", "model_type", "model_attributes_type"):
            wanted = {"string_type": "text", "list_type": "a list (one `- item` per line)"}.get(
                kind, "a set of `key: value` lines"
            )
            if value is None and kind == "string_type":
                problems.append(source.problem(path, f"`{name}` is empty"))
            else:
                extra = ": put it in quotes" if isinstance(value, bool) and kind == "string_type" else ""
                problems.append(source.problem(path, f"`{name}` should be {wanted}, not {_describe(value)}{extra}"))
        elif kind == "string_too_short":
            problems.append(source.problem(path, f"`{name}` is empty"))
        elif kind == "string_too_long":
            problems.append(
                source.problem(path, f"`{name}` is too long ({len(value)} characters, at most {ctx['max_length']})")
            )
        elif kind == "string_pattern_mismatch":
            problems.append(
                source.problem(
                    path,
                    f"`{name}` must use only lower-case letters, digits, `-` and `_` (like `who-said-1`)",
                )
            )
        elif kind in ("too_short", "too_long"):
            bound = ctx.get("min_length") if kind == "too_short" else ctx.get("max_length")
            limit = "at least" if kind == "too_short" else "at most"
            count = ctx.get("actual_length", len(value) if isinstance(value, list) else 0)
            problems.append(source.problem(path, f"`{name}` needs {limit} {bound} items, it has {count}"))
        else:
            problems.append(source.problem(path, f"`{name}`: {error['msg']}"))
    return problems


def _field_help(parent: Path_, name: str, data: Any) -> str:
    model: type[BaseModel] | None = Level if not parent else None
    if parent and parent[0] == "questions" and len(parent) == 2:
        questions = data.get("questions") if isinstance(data, dict) else None
        item = questions[parent[1]] if isinstance(questions, list) else None
        model = QUESTION_TYPES.get(item.get("type")) if isinstance(item, dict) else None
    info = model.model_fields.get(name) if model else None
    text = (info.description or "").rstrip(".") if info else ""
    return text[:1].lower() + text[1:]


def _open_article(path: Path, source: Source, name: str, problems: list[Problem]) -> Article | None:
    if "/" in name or "\\" in name or name.startswith("."):
        problems.append(source.problem(("article",), "`article` must be a file name such as `my-article.txt`"))
        return None
    article_path = find_article(path, name)
    if article_path is None:
        problems.append(source.problem(("article",), f"article `{name}` not found: put it in a `seeds/` folder"))
        return None
    try:
        return Article.from_file(article_path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        problems.append(source.problem(("article",), f"cannot read article `{name}`: {exc}"))
        return None


def _check_questions(
    source: Source, questions: list[tuple[int, Question]], article: Article | None, problems: list[Problem]
) -> dict[str, Span]:
    """Ids unique, answers among the choices, every quoted passage in the article; returns evidence spans."""
    seen: dict[str, int] = {}
    evidence: dict[str, Span] = {}
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
        for sub in quoted_passages(question):
            text = _get(question, sub)
            if article.find(text) is None:
                problems.append(source.problem((*here, *sub), _not_found(article, text)))
        span = article.find(evidence_of(question))
        if span is not None:
            evidence[question.id] = span
    return evidence


def _get(question: Any, sub: Path_) -> str:
    value = question
    for part in sub:
        value = value[part] if isinstance(part, int) else getattr(value, part)
    return value


def _not_found(article: Article, text: str) -> str:
    near = article.closest(text)
    message = f"not found word for word in seeds/{article.name}"
    if near.similarity >= 0.4:
        message += f"; closest passage (line {near.line}): \u201c{near.text}\u201d"
    return message


def _check_answers(source: Source, here: Path_, question: Any) -> list[Problem]:
    problems: list[Problem] = []
    if isinstance(question, WhoSaid):
        problems.extend(_duplicates(source, (*here, "choices"), question.choices, "choice"))
        if question.answer not in question.choices:
            problems.append(
                source.problem(
                    (*here, "answer"),
                    f"answer `{question.answer}` is not one of the choices"
                    + _suggest(question.answer, question.choices),
                )
            )
    elif isinstance(question, Contradiction):
        problems.extend(_duplicates(source, (*here, "candidates"), question.candidates, "candidate"))
        problems.extend(_duplicates(source, (*here, "answer"), question.answer, "answer"))
        for i, answer in enumerate(question.answer):
            if answer not in question.candidates:
                problems.append(
                    source.problem(
                        (*here, "answer", i),
                        "answer is not one of the candidates: copy it exactly from `candidates`"
                        + _suggest(answer, question.candidates),
                    )
                )
        if len(set(question.answer)) >= len(question.candidates):
            problems.append(source.problem((*here, "answer"), "every candidate is an answer: add one that is not"))
        if question.claim in question.candidates:
            problems.append(
                source.problem((*here, "claim"), "the claim is also a candidate: remove it from candidates")
            )
    return problems


def _duplicates(source: Source, path: Path_, items: list[str], what: str) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for i, item in enumerate(items):
        if item in seen:
            problems.append(source.problem((*path, i), f"duplicate {what} `{item}`"))
        seen.add(item)
    return problems
