"""Score `byline new-level` drafts against the hand-written answer keys of tests/data/corpus.

A key lists every quotation and report with the speaker the article credits (a phrase
whose words must all be in the drafted answer: "Patel" accepts "Council leader Ruth
Patel"), every opinion passage, passages that are neither clearly fact nor opinion
(`either`: not scored), and each contradiction as two sides of alternative passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from game.authoring.draft import draft_level
from game.content.article import Article, fold_quotes

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
_WORD = re.compile(r"[\w']+")
_SKIP = {"the", "a", "an"}


def words(text: str) -> list[str]:
    """The words of a passage, without a possessive 's or the single quotation marks around them
    ("\u2018stand with the farmers\u2019" has the words of "stand with the farmers")."""
    return [w.removesuffix("'s").strip("'") for w in _WORD.findall(fold_quotes(text).lower()) if w.strip("'")]


def same_passage(drafted: str, keyed: str) -> bool:
    """One contains the other (as words), or they share most of the key's words in order-free overlap."""
    ours, theirs = " ".join(words(drafted)), " ".join(words(keyed))
    if not ours or not theirs:
        return False
    if f" {theirs} " in f" {ours} " or f" {ours} " in f" {theirs} ":
        return True
    key_words = set(theirs.split())
    return len(key_words) >= 4 and len(key_words & set(ours.split())) >= 0.8 * len(key_words)


def right_speaker(answer: str, keyed: str) -> bool:
    return set(words(keyed)) - _SKIP <= set(words(answer))


@dataclass
class Score:
    """The three figures of the issue, plus what went wrong, for one article or a sum of them."""

    quotes: int = 0
    quotes_right: int = 0
    quotes_wrong: list[str] = field(default_factory=list)
    quotes_missed: list[str] = field(default_factory=list)
    unkeyed: list[str] = field(default_factory=list)
    opinions: int = 0
    opinions_found: int = 0
    opinions_missed: list[str] = field(default_factory=list)
    false_opinions: list[str] = field(default_factory=list)
    opinions_keyed_fact: list[str] = field(default_factory=list)
    contradictions: int = 0
    contradictions_found: int = 0
    contradictions_missed: list[str] = field(default_factory=list)
    false_contradictions: list[str] = field(default_factory=list)

    def __add__(self, other: Score) -> Score:
        return Score(**{k: getattr(self, k) + getattr(other, k) for k in self.__dataclass_fields__})

    def figures(self) -> str:
        return (
            f"quotes attributed right {self.quotes_right}/{self.quotes} "
            f"({100 * self.quotes_right / max(1, self.quotes):.0f}%), wrong {len(self.quotes_wrong)}; "
            f"opinions found {self.opinions_found}/{self.opinions}, false opinions {len(self.false_opinions)}, "
            f"opinions keyed fact {len(self.opinions_keyed_fact)}; "
            f"contradictions found {self.contradictions_found}/{self.contradictions}, "
            f"false {len(self.false_contradictions)}"
        )


def articles(held_out: bool) -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for key_file in sorted(CORPUS.glob("*.key.yaml")):
        key = yaml.safe_load(key_file.read_text(encoding="utf-8"))
        if key["held_out"] == held_out:
            found.append((key_file.with_name(key_file.name.replace(".key.yaml", ".txt")), key))
    return found


def score(path: Path, key: dict[str, Any]) -> Score:
    article = Article(path.read_text(encoding="utf-8"), path.name)
    questions = draft_level(article, "corpus").questions
    result = Score()
    _score_quotes(result, [q for q in questions if q["type"] == "who_said"], key["quotes"], path.stem)
    _score_opinions(result, [q for q in questions if q["type"] == "fact_or_opinion"], key)
    _score_contradictions(result, [q for q in questions if q["type"] == "contradiction"], key["contradictions"])
    return result


def _score_quotes(result: Score, asked: list[dict[str, Any]], keyed: list[dict[str, str]], name: str) -> None:
    result.quotes = len(keyed)
    matched: set[int] = set()
    for entry in keyed:
        items = [q for q in asked if same_passage(q["quote"], entry["quote"])]
        matched.update(id(q) for q in items)
        wrong = [q for q in items if not right_speaker(q["answer"], entry["speaker"])]
        result.quotes_wrong += [f"{name}: {q['quote']!r} -> {q['answer']!r} (key: {entry['speaker']})" for q in wrong]
        if items and not wrong:
            result.quotes_right += 1
        elif not items:
            result.quotes_missed.append(f"{name}: {entry['quote']!r} ({entry['speaker']})")
    result.unkeyed += [f"{name}: {q['quote']!r} -> {q['answer']!r}" for q in asked if id(q) not in matched]


def _score_opinions(result: Score, judged: list[dict[str, Any]], key: dict[str, Any]) -> None:
    opinions, either = key["opinions"], key.get("either") or []
    result.opinions = len(opinions)
    for text in opinions:
        items = [q for q in judged if same_passage(q["statement"], text)]
        if any(q["answer"] == "opinion" for q in items):
            result.opinions_found += 1
        else:
            result.opinions_missed.append(text)
        result.opinions_keyed_fact += [q["statement"] for q in items if q["answer"] == "fact"]
    for q in judged:
        if q["answer"] == "opinion" and not any(same_passage(q["statement"], t) for t in [*opinions, *either]):
            result.false_opinions.append(q["statement"])


def _score_contradictions(result: Score, asked: list[dict[str, Any]], keyed: list[dict[str, list[str]]]) -> None:
    result.contradictions = len(keyed)

    def pairs(question: dict[str, Any], pair: dict[str, list[str]]) -> bool:
        claim, answers = question["claim"], question["answer"]
        for one, other in (("a", "b"), ("b", "a")):
            if any(same_passage(claim, t) for t in pair[one]) and any(
                same_passage(a, t) for a in answers for t in pair[other]
            ):
                return True
        return False

    for pair in keyed:
        if any(pairs(q, pair) for q in asked):
            result.contradictions_found += 1
        else:
            result.contradictions_missed.append(f"{pair['a'][0]!r} / {pair['b'][0]!r}")
    result.false_contradictions += [
        f"{q['claim']!r} / {q['answer']}" for q in asked if not any(pairs(q, pair) for pair in keyed)
    ]
