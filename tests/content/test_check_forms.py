"""The two forms of the news-sense check are parallel, so a class's growth is not the forms' difference.

Half the profiles take form B first (counterbalancing), which cancels a difference in difficulty
only on average: the forms must still ask the same things in the same way. These tests hold the
shape of that promise; whether each item has one defensible answer is for a human reviewer.
"""

from __future__ import annotations

from collections import Counter

import pytest

from game.content.article import Article
from game.content.model import Contradiction, FactOrOpinion, Level, SourceChain, WhoSaid
from game.content.paths import BUNDLED_LEVELS, BUNDLED_SEEDS
from game.content.validate import load_level

SKILLS = ("who_said", "fact_or_opinion", "contradiction", "source_chain")


@pytest.fixture(scope="module")
def forms() -> dict[str, Level]:
    loaded = {name: load_level(BUNDLED_LEVELS / f"check-{name.lower()}.yaml") for name in "AB"}
    assert all(form.warnings == [] for form in loaded.values())
    assert {name: form.level.check for name, form in loaded.items()} == {"A": "A", "B": "B"}
    return {name: form.level for name, form in loaded.items()}


def shape(level: Level) -> list[tuple[object, ...]]:
    """What a student meets at each position: the type, how many options, and the keyed verdict."""
    rows: list[tuple[object, ...]] = []
    for q in level.questions:
        if isinstance(q, WhoSaid):
            rows.append((q.type, len(q.choices)))
        elif isinstance(q, FactOrOpinion):
            rows.append((q.type, q.answer))
        elif isinstance(q, Contradiction):
            rows.append((q.type, len(q.candidates), len(q.answer)))
        elif isinstance(q, SourceChain):
            rows.append((q.type, len(q.links), len(q.distractors)))
        else:
            rows.append((q.type,))
    return rows


def test_both_forms_ask_the_same_kinds_of_item_in_the_same_order(forms: dict[str, Level]) -> None:
    assert shape(forms["A"]) == shape(forms["B"])


def test_each_form_covers_the_four_skills_with_a_balanced_fact_or_opinion_set(forms: dict[str, Level]) -> None:
    for level in forms.values():
        assert 8 <= len(level.questions) <= 10, level.id
        types = Counter(q.type for q in level.questions)
        assert set(types) == set(SKILLS) and min(types.values()) >= 2, (level.id, types)
        verdicts = Counter(q.answer for q in level.questions if isinstance(q, FactOrOpinion))
        assert verdicts["fact"] >= 2 and verdicts["opinion"] >= 2, (level.id, verdicts)


def test_the_check_gives_no_feedback_so_its_forms_ask_no_confidence_and_no_citation(forms: dict[str, Level]) -> None:
    for level in forms.values():
        assert not level.confidence and not any(level.cites(q) for q in level.questions), level.id
        assert all(q.explanation.strip() for q in level.questions), level.id  # refreshers show them


def test_each_form_has_its_own_short_fictional_article(forms: dict[str, Level]) -> None:
    articles = {name: level.article for name, level in forms.items()}
    assert articles["A"].startswith("check-a-") and articles["B"].startswith("check-b-")
    words = {name: len(Article.from_file(BUNDLED_SEEDS / article).text.split()) for name, article in articles.items()}
    assert all(200 <= n <= 350 for n in words.values()), words
    assert abs(words["A"] - words["B"]) <= 0.1 * max(words.values()), words
    assert all("fictional" in level.intro for level in forms.values())
