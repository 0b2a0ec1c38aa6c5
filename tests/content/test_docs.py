"""The format documentation is what teachers read: its example must validate and its schema stay current."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from game.content.schema import level_schema, level_schema_text
from game.content.validate import load_level
from tests.checkout import ROOT

DOC = ROOT / "docs" / "level-format.md"


def test_checked_in_schema_matches_the_model() -> None:
    assert (ROOT / "docs" / "level.schema.json").read_text(encoding="utf-8") == level_schema_text()


def test_schema_describes_every_question_type() -> None:
    schema = level_schema()
    assert set(schema["$defs"]) >= {"WhoSaid", "FactOrOpinion", "Contradiction", "LoadedWords", "SourceChain", "Choice"}
    assert json.loads(level_schema_text())["additionalProperties"] is False


def test_documented_example_level_validates(tmp_path: Path) -> None:
    example = re.search(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert example is not None
    (tmp_path / "seeds").mkdir()
    (tmp_path / "levels").mkdir()
    shutil.copy(Path(__file__).parent.parent / "data" / "school-lunch.txt", tmp_path / "seeds")
    level_file = tmp_path / "levels" / "example.yaml"
    level_file.write_text(example.group(1), encoding="utf-8")
    loaded = load_level(level_file)
    assert [q.type for q in loaded.level.questions] == [
        "who_said",
        "fact_or_opinion",
        "fact_or_opinion",
        "contradiction",
    ]


def test_every_documented_question_snippet_validates(tmp_path: Path) -> None:
    """Snippets that show one question (`  - id: ...`) are checked inside a level about the seed article."""
    from game.content.paths import BUNDLED_SEEDS

    snippets = [
        s for s in re.findall(r"```yaml\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S) if s.startswith("  - id:")
    ]
    assert snippets
    (tmp_path / "seeds").mkdir()
    shutil.copy(BUNDLED_SEEDS / "sony-hack-denial.txt", tmp_path / "seeds")
    head = "id: snippet\ntitle: Snippet\narticle: sony-hack-denial.txt\nintro: A documented example.\nquestions:\n"
    for i, snippet in enumerate(snippets):
        path = tmp_path / f"snippet-{i}.yaml"
        path.write_text(head + snippet, encoding="utf-8")
        assert load_level(path).level.questions
