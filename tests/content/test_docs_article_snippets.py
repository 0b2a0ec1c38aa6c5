"""Doc snippets that start with `# article: NAME` quote that bundled article: each must validate cleanly against it.

The sections on contradiction, disagreement and tension, attribution verbs and hidden sources
teach from the practice articles, so their examples must stay word for word and warning-free.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from game.content.article import Article
from game.content.paths import BUNDLED_SEEDS
from game.content.validate import load_level
from tests.checkout import ROOT

SNIPPET = re.compile(r"```yaml\n(  # article: (\S+)\n.*?)```", re.S)
SECTIONS = {
    "level-format.md": ["Contradiction, disagreement or tension?", "Attribution verbs", "Unnamed and hidden sources"],
    "authoring.md": ["7. Clashes, attribution verbs and hidden sources"],
}
"""The sections that teach from the practice articles: every passage they quote in `code` is the article's."""


@pytest.mark.parametrize("doc", ["level-format.md", "authoring.md"])
def test_snippets_that_name_their_article_validate_against_it(doc: str, tmp_path: Path) -> None:
    snippets = SNIPPET.findall((ROOT / "docs" / doc).read_text(encoding="utf-8"))
    assert snippets
    (tmp_path / "seeds").mkdir()
    for i, (snippet, article) in enumerate(snippets):
        shutil.copy(BUNDLED_SEEDS / article, tmp_path / "seeds")
        path = tmp_path / f"snippet-{i}.yaml"
        head = f"id: snippet\ntitle: Snippet\narticle: {article}\nintro: A documented example.\nquestions:\n"
        path.write_text(head + snippet, encoding="utf-8")
        loaded = load_level(path)
        assert loaded.level.questions and loaded.warnings == [], (doc, i, loaded.warnings)


def section(doc: str, heading: str) -> str:
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end > 0 else None]


@pytest.mark.parametrize(("doc", "heading"), [(d, h) for d, hs in SECTIONS.items() for h in hs])
def test_passages_quoted_in_the_teaching_sections_are_word_for_word(doc: str, heading: str) -> None:
    articles = [Article.from_file(path) for path in sorted(BUNDLED_SEEDS.glob("*.txt"))]
    prose = re.sub(r"```.*?```", "", section(doc, heading), flags=re.S)
    passages = [p for p in re.findall(r"`([^`]+)`", prose) if len(p.split()) >= 3]
    assert passages
    missing = [p for p in passages if not any(a.find(p) for a in articles)]
    assert not missing, missing
