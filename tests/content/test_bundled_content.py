"""The levels that ship with Byline: every article is used, and the practice levels exercise every skill.

Students learn a skill when they use it on a text they have not seen, so Byline ships
practice articles besides the seed article; these tests keep them wired in.
"""

from __future__ import annotations

import pytest

from game.content.model import QUESTION_TYPES, Level
from game.content.pack import Pack, load_pack
from game.content.paths import BUNDLED_LEVELS, BUNDLED_SEEDS


@pytest.fixture(scope="module")
def pack() -> Pack:
    loaded = load_pack([BUNDLED_LEVELS])
    assert not loaded.problems, loaded.problems
    return loaded


@pytest.fixture(scope="module")
def practice(pack: Pack) -> list[Level]:
    return [loaded.level for loaded in pack.levels if loaded.level.article.startswith("practice-")]


def test_every_bundled_article_is_played_by_a_level(pack: Pack) -> None:
    articles = {path.name for path in BUNDLED_SEEDS.glob("*.txt")}
    used = {loaded.level.article for loaded in pack.everything}  # the levels and the check's forms
    assert len(articles) >= 3
    assert articles <= used, f"articles no level uses: {sorted(articles - used)}"


def test_each_practice_article_has_a_level_that_mixes_every_question_type(practice: list[Level]) -> None:
    assert {level.article for level in practice} >= {
        "practice-skate-park.txt",
        "practice-wind-farm-bats.txt",
    }
    for level in practice:
        assert set(level.skills) == set(QUESTION_TYPES), (level.id, set(QUESTION_TYPES) - set(level.skills))
        assert any(level.cites(q) for q in level.questions), level.id


def test_practice_levels_ask_for_confidence_and_say_they_are_fictional(practice: list[Level]) -> None:
    assert any(level.confidence for level in practice)
    assert all("fictional" in level.intro for level in practice)
