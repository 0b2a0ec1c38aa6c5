"""Warnings for bonuses and answers a student can get without reading: a citation that points at what the
question already shows, and a key that is the longest choice in most pick-one questions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.problems import Problem
from game.content.validate import load_level

from .conftest import HEAD

GRAVE = """\
  - id: grave
    type: who_said
    quote: grave consequences
    choices: [North Korea's foreign ministry, The FBI, President Obama]
    answer: North Korea's foreign ministry
    evidence: {evidence}
    cite: {cite}
    explanation: '"The country" is North Korea, named in the sentence before.'
"""
# lines: 6 id, 7 type, 8 quote, 9 choices, 10 answer, 11 evidence, 12 cite, 13 explanation
NAMING = "According to Reuters, North Korea is denying the allegation made by the FBI"
BOTH = (
    "'North Korea is denying the allegation made by the FBI and claims it had no involvement in the cyber attack "
    "led against Sony Pictures Entertainment. Furthermore, the country''s foreign ministry demands'"
)

CLASH = """\
  - id: clash
    type: contradiction
    claim: North Korea is denying the allegation made by the FBI
    candidates:
      - the same authorities called it a "righteous deed"
      - the US rejected the joint inquiry request
    answer:
      - the same authorities called it a "righteous deed"
    evidence: {evidence}
    cite: true
    explanation: A "righteous deed" owns the attack the denial rejects.
"""
# lines: 6 id, 7 type, 8 claim, 9 candidates, 10-11 the two, 12 answer, 13 the key, 14 evidence


def free(loaded_warnings: list[Problem]) -> list[Problem]:
    return [w for w in loaded_warnings if "citation bonus" in w.message]


def test_evidence_over_the_quote_and_the_naming_sentence_is_a_free_citation(
    write_level: Callable[[str], Path],
) -> None:
    (warning,) = free(load_level(write_level(HEAD + GRAVE.format(evidence=BOTH, cite="true"))).warnings)
    assert (warning.line, warning.column, warning.severity) == (11, 15, "warning")
    assert warning.message == (
        "`evidence` also covers a sentence that holds the quote the question shows "
        "(seeds/sony-hack-denial.txt line 2): pointing at it earns the citation bonus without finding the proof. "
        "Cut `evidence` down to the passage that proves the answer, and say in the explanation where it is"
    )


@pytest.mark.parametrize(
    ("evidence", "cite"),
    [
        (NAMING, "true"),  # only the sentence that names the country: the student must find it
        (BOTH, "false"),  # no citation asked: the evidence is only highlighted
        ('threatens "grave consequences" if the inquiry is denied', "true"),  # the quote's sentence is the proof
    ],
)
def test_evidence_that_is_the_proof_alone_is_not_warned(
    write_level: Callable[[str], Path], evidence: str, cite: str
) -> None:
    text = HEAD + GRAVE.format(evidence=f"'{evidence}'" if '"' in evidence else evidence, cite=cite)
    assert free(load_level(write_level(text)).warnings) == []


def test_a_contradiction_whose_evidence_holds_the_claim_is_warned(write_level: Callable[[str], Path]) -> None:
    both = (
        "'the Korean officials are trying to deny their involvement in the matter. This seems incredibly "
        'interesting, especially since at the moment of the attack, the same authorities called it a "righteous '
        "deed\"'"
    )
    claim = "North Korea is denying the allegation made by the FBI"
    text = HEAD + CLASH.replace(claim, "the Korean officials are trying to deny their involvement in the matter")
    text = text.replace("the US rejected the joint inquiry request", claim)
    (warning,) = free(load_level(write_level(text.format(evidence=both))).warnings)
    assert (warning.line, warning.column) == (14, 15)
    assert "holds the claim the question shows (seeds/sony-hack-denial.txt line 3)" in warning.message
    assert "(the clashing statement's own sentence)" in warning.message
    answer_only = "'the same authorities called it a \"righteous deed\"'"
    assert free(load_level(write_level(text.format(evidence=answer_only))).warnings) == []


def test_a_contradiction_inside_the_claims_own_sentence_asks_for_no_citation(
    write_level: Callable[[str], Path],
) -> None:
    text = HEAD + CLASH.format(evidence="North Korea is denying the allegation made by the FBI")
    (warning,) = free(load_level(write_level(text)).warnings)
    said = "the proof stands in the claim's own sentence (seeds/sony-hack-denial.txt line 2)"
    assert warning.message.startswith(said)
    assert "`cite: false`" in warning.message


def test_a_choice_whose_evidence_holds_the_passage_its_prompt_quotes_and_more_is_warned(
    write_level: Callable[[str], Path],
) -> None:
    """Level 05 `grave-threat` before it was fixed: the denial sentence was in the span too."""
    choice = """\
  - id: grave-threat
    type: choice
    prompt: 'The ministry threatens "grave consequences". What does this sentence report as a fact?'
    choices: [That the ministry made this threat, That the consequences would be grave, That the threat was fair]
    answer: That the ministry made this threat
    evidence: {evidence}
    cite: true
    explanation: It reports what the ministry did.
"""
    (warning,) = free(load_level(write_level(HEAD + choice.format(evidence=BOTH))).warnings)
    assert (warning.line, warning.column) == (11, 15)
    assert "holds words the prompt quotes (seeds/sony-hack-denial.txt line 2)" in warning.message
    proof = "'the country''s foreign ministry demands a joint investigation with the United States'"
    assert free(load_level(write_level(HEAD + choice.format(evidence=proof))).warnings) == []


# --- the key is the longest choice ------------------------------------------------------------------------

WHO = """\
  - id: w{n}
    type: who_said
    quote: threatens "grave consequences"
    choices: [{choices}]
    answer: {answer}
    explanation: The verb "threatens" tells you who speaks.
"""
LONG = ("North Korea's foreign ministry", "The FBI, President Obama")  # key 30 characters, others at most 15
EVEN = ("The foreign ministry", "The State Department, President Obama")  # key 20, another 20: not longest
CLOSE = ("North Korea's ministry", "The US State Department, The FBI")  # 22 against 23


def length(warnings: list[Problem]) -> list[Problem]:
    return [w for w in warnings if "longest choice" in w.message]


def level_of(items: list[tuple[str, str]]) -> str:
    return HEAD + "".join(
        WHO.format(n=i, answer=key, choices=f"{key}, {others}") for i, (key, others) in enumerate(items)
    )


def test_a_key_that_is_the_longest_choice_in_most_questions_is_warned(write_level: Callable[[str], Path]) -> None:
    (warning,) = length(load_level(write_level(level_of([LONG, EVEN, LONG]))).warnings)
    assert (warning.line, warning.column, warning.severity) == (5, 1, "warning")
    assert warning.message == (
        "the right answer is the longest choice (by a tenth or more) in 2 of the 3 questions where the student "
        "picks one: `w0` (line 6), `w2` (line 18). A student who always picks the longest choice scores without "
        "reading: in some of them, lengthen or reword wrong choices (each still clearly wrong by the article, "
        "on the same topic) until the right answer no longer stands out"
    )


@pytest.mark.parametrize(
    "items",
    [
        [LONG, EVEN, LONG, EVEN],  # half is not most
        [LONG, LONG],  # fewer than 3 pick-one questions
        [LONG, CLOSE, LONG, ("The FBI", "Mark Stroh, Reuters")],  # 2 of 4
    ],
)
def test_a_longest_key_in_half_or_fewer_is_not_warned(
    write_level: Callable[[str], Path], items: list[tuple[str, str]]
) -> None:
    assert length(load_level(write_level(level_of(items))).warnings) == []


def test_a_key_only_slightly_longer_does_not_count(write_level: Callable[[str], Path]) -> None:
    """`North Korea's ministry` (22) against `The State Department` (20): a tenth longer, so it counts;
    against `The US State Department` (23) it is shorter."""
    slight = ("North Korea's ministry", "The State Department, The FBI")
    barely = ("North Korea's ministryy", "The US State Departmen, The FBI")  # 23 against 22: under a tenth
    assert length(load_level(write_level(level_of([LONG, slight, EVEN]))).warnings)
    assert length(load_level(write_level(level_of([LONG, barely, EVEN]))).warnings) == []
