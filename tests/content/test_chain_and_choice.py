"""The `source_chain` and `choice` question types: their shape, their located errors and their rules of play."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.model import DEFAULT_CHAIN_PROMPT, Choice, SourceChain
from game.content.outcome import Outcome
from game.content.problems import ContentError, Problem
from game.content.session import Session
from game.content.skills import shown_passage
from game.content.validate import LoadedLevel, load_level

from .conftest import HEAD

EXAMPLE = Path(__file__).parent.parent / "data" / "levels" / "chain-and-choice.yaml"

CHAIN = """\
  - id: chain
    type: source_chain
    prompt: "How did North Korea's denial reach you?"
    links:
      - name: North Korea's foreign ministry
        evidence: "the country's foreign ministry demands a joint investigation"
      - name: Reuters
        evidence: "According to Reuters"
      - name: This article
        evidence: "North Korea Denies Involvement In Sony's Hack Attack"
    distractors: [The FBI]
    explanation: It started with the ministry and came through Reuters.
"""
# lines:  6 id, 7 type, 8 prompt, 9 links, 10 name, 11 evidence, 12 name, 13 evidence, 14 name, 15 evidence,
#        16 distractors, 17 explanation

CHOICE = """\
  - id: pick
    type: choice
    prompt: What does the headline leave out?
    choices: [The report came through Reuters, North Korea denies it, Sony was attacked]
    answer: The report came through Reuters
    evidence: "According to Reuters, North Korea is denying the allegation"
    explanation: The headline drops "According to Reuters".
"""
# lines (alone): 6 id, 7 type, 8 prompt, 9 choices, 10 answer, 11 evidence, 12 explanation


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_level(path)
    return caught.value.problems


def located(path: Path) -> list[tuple[int, int, str]]:
    return [(p.line, p.column, p.message) for p in problems_of(path)]


@pytest.fixture
def level(write_level: Callable[[str], Path]) -> LoadedLevel:
    return load_level(write_level(HEAD + CHAIN + CHOICE))


def test_both_types_load_with_every_link_located(level: LoadedLevel) -> None:
    chain, choice = level.level.questions
    assert isinstance(chain, SourceChain) and isinstance(choice, Choice)
    assert chain.names == ["North Korea's foreign ministry", "Reuters", "This article"]
    spans = level.links["chain"]
    assert [level.article.text[s.start : s.end] for s in spans] == [link.evidence for link in chain.links]
    assert spans[2].block == 0  # the headline is the last link
    evidence = level.evidence["pick"]
    assert level.article.text[evidence.start : evidence.end] == choice.evidence
    assert level.level.skills == ["source_chain", "choice"]


def test_the_example_level_under_tests_validates() -> None:
    loaded = load_level(EXAMPLE)
    assert [q.type for q in loaded.level.questions] == ["source_chain", "choice", "source_chain"]
    assert not loaded.warnings


def test_a_chain_without_a_prompt_asks_a_general_question(write_level: Callable[[str], Path]) -> None:
    loaded = load_level(
        write_level(HEAD + CHAIN.replace('    prompt: "How did North Korea\'s denial reach you?"\n', ""))
    )
    assert loaded.level.questions[0].passage == DEFAULT_CHAIN_PROMPT


def test_link_evidence_not_in_the_article_names_the_closest_passage(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + CHAIN.replace("ministry demands a joint", "ministry asks for a joint"))
    assert located(path) == [
        (
            11,
            19,
            "not found word for word in seeds/sony-hack-denial.txt; closest passage (line 2): "
            "`the country's foreign ministry demands a joint investigation` "
            "(you wrote `asks for`, the article has `demands`)",
        )
    ]


def test_link_evidence_is_still_checked_when_the_question_is_broken(write_level: Callable[[str], Path]) -> None:
    text = HEAD + CHAIN.replace("ministry demands a joint", "ministry asks for a joint")
    found = located(write_level(text.replace("    explanation:", "    explain:")))
    assert [(line, col) for line, col, _ in found] == [(11, 19), (17, 5)]  # the typo's "missing key" is not repeated
    assert "closest passage" in found[0][2]


def test_duplicate_link_names_ignoring_capitals(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + CHAIN.replace("name: This article", "name: reuters"))
    assert located(path) == [
        (
            14,
            15,
            "link name `reuters` looks the same as `Reuters` (only capitals or spaces differ): "
            "a student cannot tell them apart, so change or remove one",
        )
    ]


def test_a_distractor_that_is_a_link(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + CHAIN.replace("distractors: [The FBI]", "distractors: [The FBI, Reuters]"))
    ((line, column, message),) = located(path)
    assert (line, column) == (16, 28)
    assert message.startswith("distractor `Reuters` is also a link of the chain")


@pytest.mark.parametrize(
    ("links", "message"),
    [
        (1, "`links` needs at least 2 items, it has 1"),
        (6, "`links` needs at most 5 items, it has 6"),
    ],
)
def test_too_few_or_too_many_links(write_level: Callable[[str], Path], links: int, message: str) -> None:
    items = "".join(f"      - name: Link {i}\n        evidence: According to Reuters\n" for i in range(links))
    text = HEAD + CHAIN.split("    links:\n")[0] + "    links:\n" + items + "    explanation: x\n"
    ((line, column, found),) = located(write_level(text))
    assert (line, column, found) == (10, 7, message)


def test_too_many_distractors(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + CHAIN.replace("[The FBI]", "[The FBI, Mark Stroh, President Obama, Sony]"))
    assert located(path) == [(16, 18, "`distractors` needs at most 3 items, it has 4")]


def test_a_chain_cannot_ask_for_a_citation(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + CHAIN + "    cite: true\n")
    ((line, column, message),) = located(path)
    assert (line, column) == (18, 11) and "remove `cite`" in message


def test_a_level_that_cites_skips_the_chain(write_level: Callable[[str], Path]) -> None:
    loaded = load_level(write_level(HEAD.replace("questions:", "cite: true\nquestions:") + CHAIN + CHOICE))
    session = Session(loaded)
    assert not session.current.cite
    session.answer(list(session.current.key))
    session.next()
    assert session.current.cite


def test_choice_answer_not_among_the_choices_lists_them(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + CHOICE.replace("answer: The report came through Reuters", "answer: Nothing"))
    assert located(path) == [
        (
            10,
            13,
            "answer `Nothing` is not one of the choices (`The report came through Reuters`, "
            "`North Korea denies it`, `Sony was attacked`): copy it exactly from `choices`",
        )
    ]


def test_choice_needs_evidence_and_a_prompt(write_level: Callable[[str], Path]) -> None:
    text = HEAD + CHOICE.replace("    prompt: What does the headline leave out?\n", "")
    text = text.replace('    evidence: "According to Reuters, North Korea is denying the allegation"\n', "")
    found = located(write_level(text))
    assert [(line, col) for line, col, _ in found] == [(6, 5), (6, 5)]
    assert sorted(m.split(" (")[0] for _, _, m in found) == ["missing key `evidence`", "missing key `prompt`"]


def test_choice_evidence_not_found(write_level: Callable[[str], Path]) -> None:
    path = write_level(HEAD + CHOICE.replace("is denying the allegation", "denies the allegation"))
    ((line, column, message),) = located(path)
    assert (line, column) == (11, 15)
    assert "you wrote `denies`, the article has `is denying`" in message


def test_choice_counts_and_duplicates(write_level: Callable[[str], Path]) -> None:
    one = CHOICE.replace(
        "[The report came through Reuters, North Korea denies it, Sony was attacked]",
        "[The report came through Reuters]",
    )
    assert located(write_level(HEAD + one)) == [(9, 14, "`choices` needs at least 2 items, it has 1")]
    twice = CHOICE.replace("Sony was attacked]", "North Korea denies it]")
    assert located(write_level(HEAD + twice)) == [(9, 71, "duplicate choice `North Korea denies it`")]


WHO = """\
  - id: w{n}
    type: who_said
    quote: threatens "grave consequences"
    choices: [North Korea's foreign ministry, The FBI, Mark Stroh]
    answer: {answer}
    explanation: The verb "threatens" tells you who speaks.
"""


@pytest.mark.parametrize(
    ("answers", "warned"),
    [
        (["North Korea's foreign ministry"] * 2 + ["The FBI"], True),  # 2 of 3
        (["North Korea's foreign ministry"] * 2 + ["The FBI", "Mark Stroh"], False),  # 2 of 4: half is fine
        (["North Korea's foreign ministry"] * 2, False),  # fewer than 3 who_said questions
    ],
)
def test_one_answer_keyed_for_most_who_said_questions_is_warned(
    write_level: Callable[[str], Path], answers: list[str], warned: bool
) -> None:
    text = HEAD + "".join(WHO.format(n=i, answer=a) for i, a in enumerate(answers))
    loaded = load_level(write_level(text))
    share = [w for w in loaded.warnings if "who_said questions" in w.message]
    if not warned:
        assert not share
        return
    ((warning,),) = (share,)
    assert (warning.line, warning.column, warning.severity) == (5, 1, "warning")
    assert warning.message.startswith(
        f"`North Korea's foreign ministry` is the answer of 2 of the {len(answers)} who_said questions"
    )
    assert "key other speakers" in warning.message


def test_a_link_found_twice_is_warned_at_the_link(write_level: Callable[[str], Path]) -> None:
    loaded = load_level(write_level(HEAD + CHAIN.replace('"According to Reuters"', "North Korea")))
    (warning,) = loaded.warnings
    assert (warning.line, warning.column) == (13, 19)
    assert "in the article" in warning.message and "times" in warning.message


# --- play ---------------------------------------------------------------------------------------------------


def test_chain_cards_are_links_and_distractors_shuffled_by_the_seed(level: LoadedLevel) -> None:
    orders = {Session(level, seed=s).current.choices for s in range(12)}
    assert all(
        sorted(o) == sorted(["North Korea's foreign ministry", "Reuters", "This article", "The FBI"]) for o in orders
    )
    assert len(orders) > 1
    assert Session(level, seed=3).current.choices == Session(level, seed=3).current.choices
    assert Session(level).current.picks == 3


def chain_of(session: Session, *names: str) -> list[int]:
    return [session.current.choices.index(n) for n in names]


@pytest.mark.parametrize(
    ("names", "points", "credit", "correct"),
    [
        (("North Korea's foreign ministry", "Reuters", "This article"), 100, 1.0, True),
        (("North Korea's foreign ministry", "This article", "Reuters"), 33, 1 / 3, False),  # origin only
        (("The FBI", "Reuters", "This article"), 67, 2 / 3, False),  # a distractor at the origin
        (("This article", "Reuters", "North Korea's foreign ministry"), 33, 1 / 3, False),  # reversed
        (("Reuters", "This article", "The FBI"), 0, 0.0, False),
    ],
)
def test_chain_scoring_counts_positions(
    level: LoadedLevel, names: tuple[str, ...], points: int, credit: float, correct: bool
) -> None:
    session = Session(level)
    result = session.answer(chain_of(session, *names))
    assert (result.points, result.correct) == (points, correct)
    assert result.credit == pytest.approx(credit)
    assert (result.outcome is Outcome.ALMOST) is (0 < credit < 1)
    assert result.chosen == names
    assert result.right == ("North Korea's foreign ministry", "Reuters", "This article")  # in chain order


def test_a_chain_needs_as_many_cards_as_links(level: LoadedLevel) -> None:
    session = Session(level)
    with pytest.raises(ValueError):
        session.answer(chain_of(session, "North Korea's foreign ministry", "Reuters"))
    with pytest.raises(ValueError):
        session.answer([*chain_of(session, "Reuters", "Reuters"), 0])


def test_a_right_chain_keeps_the_streak_and_an_almost_one_breaks_it(level: LoadedLevel) -> None:
    session = Session(level)
    session.answer(list(session.current.key))
    session.next()
    result = session.answer(sorted(session.current.right))
    assert (result.correct, result.streak, result.points) == (True, 2, 110)
    summary = session.summary()
    assert summary.score == summary.max_score == 210
    assert summary.skills["source_chain"].right == summary.skills["choice"].right == 1

    session = Session(level)
    almost = session.answer(chain_of(session, "North Korea's foreign ministry", "This article", "Reuters"))
    assert (almost.outcome, almost.streak) == (Outcome.ALMOST, 0)
    session.next()
    assert session.summary().missed == [almost] and session.summary().almost == 1


def test_choice_plays_like_who_said(level: LoadedLevel) -> None:
    session = Session(level)
    session.answer(list(session.current.key))
    session.next()
    presented = session.current
    assert presented.prompt_text == "What does the headline leave out?"
    assert presented.picks == 1 and len(presented.choices) == 3
    wrong = next(i for i in range(3) if i not in presented.right)
    result = session.answer([wrong])
    assert (result.correct, result.points, result.outcome) == (False, 0, Outcome.WRONG)
    assert result.right == ("The report came through Reuters",)
    assert result.evidence == level.evidence["pick"]


def test_a_teachers_question_is_never_shown_as_a_quote(level: LoadedLevel) -> None:
    chain, choice = level.level.questions
    for question in (chain, choice):
        assert shown_passage(question.type, question.passage) == question.passage
    quote = shown_passage("who_said", 'threatens "grave consequences"')
    assert quote == "\u201cthreatens \u2018grave consequences\u2019\u201d"
