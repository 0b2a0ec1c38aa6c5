"""Broad opinion signals and the look-alikes they must leave alone: a "should" someone reports rather than
recommends, a label only where it stands right after "called" or "described ... as", an exclaimed figure,
and the writer's own "we" and "I".

Every sentence here is written for this test, not taken from a corpus article.
"""

from __future__ import annotations

import pytest

from game.authoring.opinions import classify, fact_and_opinion
from game.content.article import Article
from tests.authoring import test_opinions
from tests.authoring.test_opinions import judged

_OPENING = "The depot closed on Friday after forty years.\n"


def drafted_opinions(body: str) -> list[str]:
    """The statements a draft keys as opinions, in article order."""
    return [s for s, q in judged(_OPENING + body).items() if q["answer"] == "opinion"]


def opinions(body: str) -> list[str]:
    return test_opinions.opinions(_OPENING + body)


def test_a_should_that_is_asked_about_or_passed_on_is_not_a_recommendation() -> None:
    found = drafted_opinions(
        "Asked on the radio whether drivers should be worried, the mayor said the bridge was safe.\n"
        '"I was told on Monday that the job had gone and that I should clear my desk," said driver Amy Cole.\n'
        '"Councils should publish every penny they spend," said campaigner Joe Rix.'
    )
    assert found == ["Councils should publish every penny they spend"], found


def test_a_label_is_only_the_quotation_right_after_called_or_described_as() -> None:
    found = drafted_opinions(
        'On Monday, Councillor Rhys Penn described the talks as "calm and polite", and said he saw '
        '"a chance of a deal by the end of the week."\n'
        'The museum described the find as "the strongest evidence yet that Romans farmed the valley."\n'
        'Tenant leader Ada Moss called the rent rise "a tax on staying put."'
    )
    assert found == ["a tax on staying put."], found


def test_an_exclaimed_figure_stresses_a_fact_but_an_exclaimed_verdict_is_an_opinion() -> None:
    assert not drafted_opinions(
        '"I have written to them eleven times," said tenant Bob Kerr. "Eleven! And still nothing."'
    )
    verdict = drafted_opinions('"They sent a letter," said tenant Bob Kerr. "To tell us nothing at all!"')
    assert any("nothing at all" in s for s in verdict), verdict


def test_the_writers_we_is_not_a_view_but_i_think_is() -> None:
    after = " The firm has not said.\nThe site will be sold in May."  # not a one-line or closing paragraph
    assert not opinions("Then there is the question of how many buses we are talking about." + after)
    assert opinions("In my view the depot was worth keeping for the town." + after)
    assert opinions("I think the depot belonged to the people who worked there." + after)


def test_the_writers_aside_in_brackets_is_judged_on_its_own() -> None:
    found = opinions(
        "The firm said it had never lost a single parcel in its history (which, as you may recall, is a strange "
        "thing to say in the middle of a recall). Its shares fell on Monday.\n"
        "The new depot, on the edge of the town, will open in 2027 (a squat grey shed, it must be said, and "
        "nothing like as elegant as the drawings promised). The site was bought in May."
    )
    assert found == [
        "which, as you may recall, is a strange thing to say in the middle of a recall",
        "a squat grey shed, it must be said, and nothing like as elegant as the drawings promised",
    ], found


def test_it_must_be_said_is_the_writers_stance_not_a_report() -> None:
    found = opinions("The new depot opened in May (a grey box of a building, it must be said). The site cost less.")
    assert found == ["a grey box of a building, it must be said"], found


@pytest.mark.parametrize(
    "aside",
    [
        "The depot (which opened in 1984 and employs 40 drivers) will close in May.",
        "The depot's owner (a subsidiary of Harl Logistics) said it would close in May.",
        'The depot (known locally as "the shed") will close in May.',
        "The depot (a disgrace, the union says) will close in May.",  # someone else's verdict, reported
    ],
)
def test_an_aside_that_reports_or_defines_is_not_a_statement_of_its_own(aside: str) -> None:
    facts, found = fact_and_opinion(Article(f"Headline\n{_OPENING}{aside} The site was bought in May.\n"), [])
    inside = aside[aside.index("(") + 1 : aside.index(")")]
    assert not any(s.text == inside for s in [*facts, *found]), [*facts, *found]
    assert not any(s.text.startswith(inside) for s in found), found


def test_a_quality_someone_calls_a_thing_is_a_label_but_a_call_for_something_is_not() -> None:
    found = drafted_opinions(
        'Professor Ann Lyle, who was not involved, called the survey "thorough and genuinely useful."\n'
        'Tenant leader Ada Moss called for "a full and open inquiry into the rents."'
    )
    assert found == ["thorough and genuinely useful."], found


@pytest.mark.parametrize(
    ("line", "opinion"),
    [
        ('"How many riders have to fall off before somebody mends the road?" asked cyclist Amy Cole.', True),
        ('"Why must families always pay for the council\'s mistakes?" said parent Joe Rix.', True),
        ('"Why would a bridge crack after only ten years?" asked engineer Li Wei.', False),  # a real question
        ('"When does the next ferry leave?" asked one passenger.', False),
        ('"Who has to sign the form before Friday?" asked parent Dev Rao.', False),  # who must act: a real question
    ],
)
def test_a_quoted_question_that_demands_rather_than_asks_is_an_opinion(line: str, opinion: bool) -> None:
    found = drafted_opinions(line)
    assert bool(found) == opinion, found


def test_a_whole_quoted_sentence_is_judged_even_when_the_draft_cannot_name_its_speaker() -> None:
    body = (
        "Parents gathered at the gate on Monday, and one mother had brought a placard.\n"
        '"Why must a child be hurt before anybody acts?" she asked.\n'
        'Her placard, propped against the railings, read "a shameful way to treat our children".'
    )  # the placard's words are a fragment woven into the writer's sentence: no one is heard speaking
    assert drafted_opinions(body) == ["Why must a child be hurt before anybody acts?"]


def test_a_month_or_a_day_is_a_date_only_with_its_capital() -> None:
    assert classify("The stall opened in March last year.") == ("fact", "in March", "date")
    verdict = classify("Hundreds joined the march along the river.")
    assert verdict is None or verdict[1] != "march", verdict
