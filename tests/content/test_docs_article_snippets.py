"""Doc snippets that start with `# article: NAME` quote that bundled article: each must validate cleanly against it.

The sections on contradiction, disagreement and tension, attribution verbs and hidden sources
teach from the practice articles, so their examples must stay word for word and warning-free.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from game.content.paths import BUNDLED_SEEDS, ROOT
from game.content.validate import load_level

SNIPPET = re.compile(r"```yaml\n(  # article: (\S+)\n.*?)```", re.S)


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
