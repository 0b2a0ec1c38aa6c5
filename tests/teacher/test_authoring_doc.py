"""docs/authoring.md is what teachers follow: its worked example and its error messages must stay true."""

from __future__ import annotations

import os
import re
import shutil
import textwrap
from dataclasses import dataclass
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
CITED = """\
id: bridge-cite
title: Show me where
article: river-bridge.txt
intro: Answer, then point at the sentence that proves it.
cite: true
questions:
  - id: ninety-years
    type: who_said
    quote: the old bridge had served the town for 90 years
    evidence: 'Mayor Helen Ortiz said: "This bridge is the heart of our town." She added'
    choices: [Mayor Helen Ortiz, Councillor Tom Reyes, The county engineer]
    answer: Mayor Helen Ortiz
    explanation: The sentence before names who "she" is.
"""
LONGEST = """\
id: bridge-long
title: Who said it?
article: river-bridge.txt
intro: Who said these words?
questions:
  - id: heart
    type: who_said
    quote: "This bridge is the heart of our town."
    choices: [Mayor Helen Ortiz, Tom Reyes, The minutes]
    answer: Mayor Helen Ortiz
    explanation: The sentence says "Mayor Helen Ortiz said".
  - id: budget
    type: who_said
    quote: The budget is simply too small for a project like this
    choices: [Councillor Tom Reyes, Ms Ortiz, The engineer]
    answer: Councillor Tom Reyes
    explanation: The sentence ends "said councillor Tom Reyes".
  - id: tonnes
    type: who_said
    quote: the current bridge can carry only 3 tonnes
    choices: [The county engineer, Ms Ortiz, Tom Reyes]
    answer: The county engineer
    explanation: The sentence begins "According to the county engineer".
"""


@dataclass(frozen=True)
class Mistake:
    """A row of the guide's table: a level with one mistake in it, and the message that picks it out."""

    name: str
    wrote: str
    text: str
    changes: tuple[tuple[str, str], ...]
    todo: str
    pick: str = ""

    def level(self) -> str:
        text = self.text
        for old, new in self.changes:
            assert old in text, (self.name, old)
            text = text.replace(old, new, 1)
        return text


SAYS = 'explanation: The sentence says "Mayor Helen Ortiz said".'
MISTAKES = [
    Mistake("typo", "`explenation:`", BASE, (("explanation:", "explenation:"),), "Fix the spelling."),
    Mistake(
        "missing", "a question without `answer:`", BASE, (("    answer: Mayor Helen Ortiz\n", ""),), "Add the key."
    ),
    Mistake(
        "notverbatim",
        '`quote: "This bridge is the heart of the town."`',
        BASE,
        (("heart of our town", "heart of the town"),),
        "Copy the passage from the article again.",
    ),
    Mistake(
        "case",
        "`answer: Mayor Ortiz`",
        BASE,
        (("answer: Mayor Helen Ortiz", "answer: Mayor Ortiz"),),
        "Copy the answer exactly from `choices`.",
    ),
    Mistake(
        "two",
        "`choices: [Mayor Helen Ortiz, Councillor Tom Reyes]`",
        BASE,
        (
            (
                "[Mayor Helen Ortiz, Councillor Tom Reyes, The county engineer]",
                "[Mayor Helen Ortiz, Councillor Tom Reyes]",
            ),
        ),
        "Add a choice.",
    ),
    Mistake("kind", "`type: who_says`", BASE, (("type: who_said", "type: who_says"),), "Use one of the six types."),
    Mistake(
        "fo",
        "`answer: maybe`",
        FACTS,
        (("answer: opinion, explanation: x}\n  - {id: e", "answer: maybe, explanation: x}\n  - {id: e"),),
        "Use `fact` or `opinion` (capitals do not matter: `Fact` is fine).",
        pick="must be",
    ),
    Mistake(
        "dup",
        "two questions with `id: c`",
        FACTS,
        (("{id: d,", "{id: c,"),),
        "Give each question its own id.",
        "duplicate",
    ),
    Mistake(
        "article",
        "`article: river-bridges.txt`",
        BASE,
        (("article: river-bridge.txt", "article: river-bridges.txt"),),
        "Check the file name and the folder.",
    ),
    Mistake(
        "colon",
        "`explanation: Clue: the word said.`",
        BASE,
        ((SAYS, "explanation: Clue: the word said."),),
        'Text with `: ` in it needs quotes: `explanation: "Clue: the word said."`',
    ),
    Mistake(
        "dq",
        '`quote: "Ortiz said: "This bridge..."""`',
        BASE,
        (
            (
                'quote: "This bridge is the heart of our town."',
                'quote: "Ortiz said: "This bridge is the heart of our town.""',
            ),
        ),
        'Text containing `"` goes in single quotes: `quote: \'Ortiz said: "This bridge..."\'`.',
    ),
    Mistake(
        "apostrophe",
        "`explanation: 'the mayor's words'`",
        BASE,
        ((SAYS, "explanation: 'the mayor's words'"),),
        "Write the apostrophe twice inside single quotes, or use double quotes.",
    ),
    Mistake(
        "number",
        "`answer: 1` (the number of the choice)",
        BASE,
        (("answer: Mayor Helen Ortiz", "answer: 1"),),
        "Write the text of the right choice, not its number.",
    ),
    Mistake(
        "hashtag",
        "`explanation: Ortiz's post used #SaveOurBridge too.`",
        BASE,
        ((SAYS, "explanation: Ortiz's post used #SaveOurBridge too."),),
        'Put the text in quotes: `explanation: "Ortiz\'s post used #SaveOurBridge too."` (a note to yourself '
        "after a text is fine with a space after the `#`: `# check this`).",
    ),
    Mistake(
        "widecolon",
        "`answer\uff1a Mayor Helen Ortiz` (typed with a Chinese or Japanese keyboard)",
        BASE,
        (("answer: Mayor", "answer\uff1a Mayor"),),
        "Type an ordinary colon.",
    ),
    Mistake(
        "folder",
        "`article: news/river-bridge.txt`",
        BASE,
        (("article: river-bridge.txt", "article: news/river-bridge.txt"),),
        "Keep every article straight in `seeds/` and write only its file name.",
    ),
    Mistake(
        "nospace",
        "`answer:Mayor Helen Ortiz`",
        BASE,
        (("answer: Mayor", "answer:Mayor"),),
        "Put a space after the colon.",
    ),
    Mistake(
        "indent",
        "`choices:` indented by 3 spaces",
        BASE,
        (("    choices:", "   choices:"),),
        "Line the key up with the keys above and below it.",
    ),
    Mistake(
        "tab", "a tab before `type:`", BASE, (("    type: who_said", "\ttype: who_said"),), "Indent with spaces only."
    ),
    Mistake(
        "tabtext",
        "a tab between two words of a quote",
        BASE,
        (("heart of our", "heart\tof our"),),
        "Replace the tab with a space.",
    ),
    Mistake(
        "todo",
        "a draft's explanation left as it was",
        BASE,
        ((SAYS, 'explanation: "TODO check: the sentence says Mayor Helen Ortiz said."'),),
        "Check it, rewrite it, delete the TODO. (An **error** with `--strict`.)",
    ),
    Mistake("unbalanced", "five opinions and no fact", FACTS, (), "Swap some for facts.", pick="are unbalanced"),
    Mistake(
        "cited",
        "`cite: true` and an `evidence` that runs on into the quote's own sentence",
        CITED,
        (),
        "Make `evidence` only the passage that proves the answer (here the sentence that names the mayor), and say "
        "in the explanation where it is.",
        pick="citation bonus",
    ),
    Mistake(
        "longest",
        "the right answer is the longest choice in every question",
        LONGEST,
        (),
        "Lengthen or reword some wrong choices (still wrong, on the same topic), or shorten a right answer "
        "without changing what it says.",
        pick="longest choice",
    ),
    Mistake(
        "summary",
        "any mistake above",
        BASE,
        (("explanation:", "explenation:"),),
        "The last line counts what was checked: a file with errors is not loaded at all.",
        pick="checked ",
    ),
]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    shutil.copy(DATA / "river-bridge.txt", tmp_path / "seeds")
    return tmp_path


def _printed(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    main(args)
    captured = capsys.readouterr()
    return (captured.out + captured.err).splitlines()


def messages_table(capsys: pytest.CaptureFixture[str]) -> str:
    rows = ["| you wrote | the message | what to do |", "|---|---|---|"]
    for mistake in MISTAKES:
        level = Path("levels") / f"{mistake.name}.yaml"
        level.parent.mkdir(exist_ok=True)
        level.write_text(mistake.level(), encoding="utf-8")
        lines = _printed(["validate", str(level)], capsys)
        summary = mistake.pick == "checked "
        picked = [x for x in lines if mistake.pick in x and x.startswith("checked ") == summary]
        assert len(picked) == 1, (mistake.name, lines)
        line = picked[0]
        rows.append(f"| {mistake.wrote} | `` {line} `` | {mistake.todo} |")
    return "\n".join(rows) + "\n"


def article_table(folder: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """What the article's own problems look like, from the worked example's level and article."""
    rows = ["| the article | the message | what to do |", "|---|---|---|"]
    level = Path("levels") / "bridge.yaml"
    level.parent.mkdir(exist_ok=True)
    level.write_text(BASE, encoding="utf-8")
    seed = folder / "seeds" / "river-bridge.txt"
    good = seed.read_bytes()
    lines = good.decode("utf-8").splitlines()
    spoilt = {
        "pasted with a line break every 60 characters": (
            ("\n".join([lines[0], *(textwrap.fill(p, 60) for p in lines[1:])]) + "\n").encode("utf-8"),
            "Join the lines of each paragraph.",
        ),
        "saved by Windows Notepad as \u201cANSI\u201d": (
            good.replace(b"Ortiz said", "Ortiz\u2019s aide said".encode()).decode("utf-8").encode("cp1252"),
            "Nothing, or open `seeds/river-bridge.txt` and save it as UTF-8 to be sure.",
        ),
        "a web page's code saved instead of its text": (
            good.replace(b"The town council", b"<p>The town council"),
            "Open the page in a browser, copy the article's text and paste it into a plain text file.",
        ),
        "not text at all (here, byte 0x81 in line 2)": (
            good.replace(b"The town council", b"The town \x81council"),
            "Save it as UTF-8 plain text.",
        ),
    }
    for what, (raw, todo) in spoilt.items():
        seed.write_bytes(raw)
        printed = _printed(["validate", str(level)], capsys)
        picked = [x for x in printed if x.startswith(f"{level}:3:")]
        assert len(picked) == 1, (what, printed)
        line = picked[0]
        rows.append(f"| {what} | `` {line} `` | {todo} |")
    seed.write_bytes(good)
    return "\n".join(rows) + "\n"


def worked_example(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    """The new-level output and drafted questions the guide shows, as new-level really writes them."""
    shutil.copy(DATA / "river-bridge.txt", folder / "river-bridge.txt")
    (folder / "seeds" / "river-bridge.txt").unlink()
    assert main(["new-level", "--from", "river-bridge.txt", "-o", "levels/05-river-bridge.yaml"]) == 0
    output = capsys.readouterr().out
    draft = (folder / "levels" / "05-river-bridge.yaml").read_text(encoding="utf-8")
    questions = [
        "\n".join(line for line in chunk.splitlines() if not line.startswith("  # ") or "# from line" in line)
        for chunk in draft.split("\n\n")
        if "\n  - id: " in chunk
    ]

    def shown(*ids: str) -> str:
        picked = [next(q for q in questions if f"\n  - id: {question_id}\n" in q) for question_id in ids]
        return "```yaml\n" + "\n\n".join(picked) + "\n```\n"

    return {
        "new-level-output": f"```\n{output}```\n",
        "drafted-question": shown("who-we-will-keep-one-lane-open-at"),
        "drafted-more": shown("who-the-old-bridge-had-served-the", "clash-the-work-will-cost-4-million-p"),
    }


def regions() -> dict[str, str]:
    return dict(re.findall(r"<!-- begin generated: ([\w-]+) -->\n(.*?)<!-- end generated: \1 -->", GUIDE, re.S))


def test_the_guide_shows_what_byline_really_writes_and_prints(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Every generated part of docs/authoring.md, made again; BYLINE_REGENERATE_DOCS=1 writes them into it."""
    made = {
        **worked_example(folder, capsys),
        "messages": messages_table(capsys),
        "article-messages": article_table(folder, capsys),
    }
    if os.environ.get("BYLINE_REGENERATE_DOCS"):
        guide = GUIDE
        for name, text in made.items():
            guide = re.sub(
                rf"(<!-- begin generated: {name} -->\n).*?(<!-- end generated: {name} -->)",
                lambda m, text=text: m.group(1) + text + m.group(2),
                guide,
                flags=re.S,
            )
        (ROOT / "docs" / "authoring.md").write_text(guide, encoding="utf-8")
        return
    assert regions().keys() == made.keys()
    for name, text in made.items():
        assert regions()[name] == text, (
            f"docs/authoring.md `{name}` is out of date: BYLINE_REGENERATE_DOCS=1 pytest {__file__}"
        )


def test_the_article_of_the_worked_example_is_the_real_one() -> None:
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
        "source_chain",
        "choice",
        "who_said",  # the "show me where" example
    ]
    assert loaded.warnings == []
