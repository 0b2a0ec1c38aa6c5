"""docs/authoring.md is what teachers follow: its worked example and its error messages must stay true."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from game.cli import main
from game.content.validate import load_level
from tests.checkout import ROOT

GUIDE = (ROOT / "docs" / "authoring.md").read_text(encoding="utf-8")
DATA = Path(__file__).parent.parent / "data"
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", GUIDE, re.S)

BASE = """\
id: bridge
title: The old river bridge
article: river-bridge.txt
intro: The town wants to rebuild its bridge. Read the article, then answer.
questions:
  - id: heart
    type: who_said
    quote: "This bridge is the heart of our town."
    choices: [Mayor Helen Ortiz, Councillor Tom Reyes, The county engineer]
    answer: Mayor Helen Ortiz
    explanation: The sentence says "Mayor Helen Ortiz said".
"""
FACTS = """\
id: bridge-fo
title: Fact or opinion
article: river-bridge.txt
intro: Facts and opinions about the bridge.
questions:
  - {id: a, type: fact_or_opinion, statement: "Frankly, the plan seems rushed.", answer: opinion, explanation: x}
  - {id: b, type: fact_or_opinion, statement: "Nobody asked the people who cross the bridge every day!", answer: opinion, explanation: x}
  - {id: c, type: fact_or_opinion, statement: "The budget is simply too small for a project like this", answer: opinion, explanation: x}
  - {id: d, type: fact_or_opinion, statement: "The work will cost 4 million pounds and take two years.", answer: opinion, explanation: x}
  - {id: e, type: fact_or_opinion, statement: "the current bridge can carry only 3 tonnes", answer: opinion, explanation: x}
"""  # noqa: E501
MISTAKES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "typo": (BASE, [("explanation:", "explenation:")]),
    "missing": (BASE, [("    answer: Mayor Helen Ortiz\n", "")]),
    "notverbatim": (BASE, [("heart of our town", "heart of the town")]),
    "case": (BASE, [("answer: Mayor Helen Ortiz", "answer: Mayor Ortiz")]),
    "two": (
        BASE,
        [
            (
                "[Mayor Helen Ortiz, Councillor Tom Reyes, The county engineer]",
                "[Mayor Helen Ortiz, Councillor Tom Reyes]",
            )
        ],
    ),
    "kind": (BASE, [("type: who_said", "type: who_says")]),
    "article": (BASE, [("article: river-bridge.txt", "article: river-bridges.txt")]),
    "colon": (
        BASE,
        [('explanation: The sentence says "Mayor Helen Ortiz said".', "explanation: Clue: the word said.")],
    ),
    "dq": (
        BASE,
        [
            (
                'quote: "This bridge is the heart of our town."',
                'quote: "Ortiz said: "This bridge is the heart of our town.""',
            )
        ],
    ),
    "tab": (BASE, [("    type: who_said", "\ttype: who_said")]),
    "todo": (
        BASE,
        [
            (
                'explanation: The sentence says "Mayor Helen Ortiz said".',
                'explanation: "TODO check: the sentence says Mayor Helen Ortiz said."',
            )
        ],
    ),
    "fo-maybe": (
        FACTS,
        [
            ("answer: opinion, explanation: x}\n  - {id: e", "answer: maybe, explanation: x}\n  - {id: e"),
            ("{id: d,", "{id: c,"),
        ],
    ),
    "fo-duplicate": (FACTS, [("{id: d,", "{id: c,")]),
    "fo-unbalanced": (FACTS, []),
}


def documented_messages() -> list[str]:
    """The messages in the guide's table of mistakes, as printed (`FILE:LINE:COL: severity: message`)."""
    return re.findall(r"`` (levels/[\w-]+\.yaml:\d+:\d+: (?:error|warning): .*?) ``", GUIDE)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    shutil.copy(DATA / "river-bridge.txt", tmp_path / "seeds")
    return tmp_path


def test_every_documented_message_is_what_the_validator_prints(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    printed: set[str] = set()
    for name, (text, changes) in MISTAKES.items():
        for old, new in changes:
            assert old in text, (name, old)
            text = text.replace(old, new, 1)
        level = Path("levels") / f"{name.split('-')[0]}.yaml"
        level.parent.mkdir(exist_ok=True)
        level.write_text(text, encoding="utf-8")
        main(["validate", str(level)])
        printed.update(capsys.readouterr().out.splitlines()[:-1])
    documented = documented_messages()
    assert len(documented) == 14
    assert set(documented) <= printed, set(documented) - printed


def test_the_worked_example_shows_what_new_level_really_writes(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DATA / "river-bridge.txt", folder / "river-bridge.txt")
    (folder / "seeds" / "river-bridge.txt").unlink()
    assert main(["new-level", "--from", "river-bridge.txt", "-o", "levels/05-river-bridge.yaml"]) == 0
    output = capsys.readouterr().out
    assert output in [block for _, block in BLOCKS]  # the command's output, exactly as the guide shows it
    draft = (folder / "levels" / "05-river-bridge.yaml").read_text(encoding="utf-8")
    drafted = next(block for kind, block in BLOCKS if kind == "yaml" and "TODO check:" in block)
    assert drafted in draft
    article = next(block for _, block in BLOCKS if block.startswith("Town Votes To Rebuild"))
    assert article == (DATA / "river-bridge.txt").read_text(encoding="utf-8")


def test_the_finished_examples_validate_strictly(folder: Path) -> None:
    questions = [
        block for kind, block in BLOCKS if kind == "yaml" and block.startswith("  - id:") and "TODO" not in block
    ]
    intro = next(block for kind, block in BLOCKS if kind == "yaml" and block.startswith("intro:"))
    level = folder / "levels" / "guide.yaml"
    level.parent.mkdir()
    head = "id: guide\ntitle: The guide's examples\narticle: river-bridge.txt\n"
    level.write_text(head + intro + "questions:\n" + "\n".join(questions), encoding="utf-8")
    loaded = load_level(level)
    assert [q.type for q in loaded.level.questions] == [
        "who_said",
        "who_said",
        "fact_or_opinion",
        "fact_or_opinion",
        "contradiction",
        "loaded_words",
        "who_said",  # the "show me where" example
    ]
    assert loaded.warnings == []
