"""Reported words in a sentence that also holds a quotation: whose they are, and whose the quotation is."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.content.article import Article
from tests.authoring.test_constructions import credits


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # the reported clause runs to the comma before a quotation with no speaker beside it
            "Southvale Water has admitted that untreated sewage was released into the River Lenn on 17 occasions "
            "this summer, weeks after telling residents there had been \u201cno significant discharges\u201d from "
            "its Felham treatment works.",
            "untreated sewage was released into the River Lenn on 17 occasions this summer",
            "Southvale Water",
        ),
        (  # ... and that quotation is the same speaker's words
            "Southvale Water has admitted that untreated sewage was released into the River Lenn on 17 occasions "
            "this summer, weeks after telling residents there had been \u201cno significant discharges\u201d from "
            "its Felham treatment works.",
            "no significant discharges",
            "Southvale Water",
        ),
        (  # a quotation that goes on with "and" ends the reported clause
            "Redline Buses said in September that the route would end on 31 October \u201cand will not be "
            "replaced\u201d.",
            "the route would end on 31 October",
            "Redline Buses",
        ),
        (
            "Redline Buses said in September that route 47, which links two villages with the station, would end on "
            "31 October \u201cand will not be replaced\u201d.",
            "and will not be replaced",
            "Redline Buses",
        ),
        (  # a pronoun speaker is resolved as for any other credit
            "Chairman Victor Lindqvist met fans on Friday. He said the new ground would be paid for by the club, "
            'with "not a penny" of public money.',
            "the new ground would be paid for by the club",
            "Chairman Victor Lindqvist",
        ),
    ],
)
def test_reported_words_before_a_quotation_are_credited(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_a_quotation_with_its_own_speaker_keeps_it_and_words_running_into_a_quotation_are_no_clause() -> None:
    found = credits('Ann Lowe said the pool would close in May, but "it will reopen," said Tom Bell.')
    assert found["it will reopen"] == "Tom Bell"
    found = credits('Ann Lowe told reporters that the pool was "safe for years".')
    assert found == {"safe for years": "Ann Lowe"}


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # a description without "the" between the name and its verb
            "Councillor Dev Malhotra, cabinet member for education, said the merged school would open in new "
            "buildings.",
            "the merged school would open in new buildings",
            "Councillor Dev Malhotra",
        ),
    ],
)
def test_the_speaker_is_the_name_not_its_description_nor_the_reporter(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Dana Kowalczyk organised the petition. She said elderly residents in Crane Hill had told her they were "
        "\u201cfrightened of being stranded\u201d.",  # not "She said residents"
        'Unify said members had complained about blocked exits "on at least two occasions" last year.',
    ],
)
def test_words_a_speaker_relays_from_another_ask_no_who_said_question(body: str) -> None:
    """Both the one who relays the words and the one they came from are defensible answers: the teacher decides."""
    found, _ = find_attributions(Article(f"Headline\n{body}\n"))
    relayed = [a for a in found if a.direct]
    assert len(relayed) == 1 and relayed[0].doubt


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # a second speaker joined on with "and": each credited with their own words
            "The council insists there will be no compulsory redundancies, and Ms Osei said staff would be offered "
            "extra hours.",
            "there will be no compulsory redundancies",
            "The council",
        ),
        (
            "The council insists there will be no compulsory redundancies, and Ms Osei said staff would be offered "
            "extra hours.",
            "staff would be offered extra hours",
            "Ms Osei",
        ),
        (  # who made a study, named by where they work
            "Allotments could act as refuges for wild bees, according to a study by researchers at the University "
            "of Marlow.",
            "Allotments could act as refuges for wild bees",
            "a study by researchers at the University of Marlow",
        ),
    ],
)
def test_each_speaker_of_a_sentence_and_who_made_a_study(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_she_after_an_unnamed_source_described_by_who_is_that_source_and_stays_anonymous() -> None:
    body = (
        "\u201cThere is no crisis,\u201d said chief executive Martin Hale on Monday.\n"
        "A nurse who spoke on condition of anonymity described a different picture. \u201cWe had patients on "
        "trolleys in the corridor for two days,\u201d she said."
    )
    found, _ = find_attributions(Article(f"Headline\n{body}\n"))
    credit = next(a for a in found if a.quote.startswith("We had patients"))
    assert (credit.speaker, credit.anonymous) == ("A nurse", True)


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # "reports" with a verb of its own after it is the subject, not the verb
            "Early reports had put the number of coins at more than 600.",
            "put the number of coins at more than 600",
            "Early reports",
        ),
        (  # "as a whole" says how much the figures cover, not whose they are
            "The agency\u2019s figures for the region as a whole show storm overflow hours rising, from 38,000 in "
            "2021 to 44,500 last year.",
            "storm overflow hours rising, from 38,000 in 2021 to 44,500 last year",
            "The agency\u2019s figures for the region",
        ),
    ],
)
def test_the_subject_of_a_documents_figures(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_a_role_named_a_sentence_later_is_that_person() -> None:
    body = (
        "MILLBROOK, Ind. (AP) \u2014 The superintendent of the Millbrook Community School District said Tuesday "
        "that two elementary schools will close at the end of the academic year.\n"
        '"We simply do not have the students or the money to keep every building open," Superintendent Carla '
        "Brandt told reporters."
    )
    found = credits(body)
    assert found["two elementary schools will close at the end of the academic year"] == "Superintendent Carla Brandt"


def test_what_others_said_before_is_theirs_not_the_acknowledging_speakers() -> None:
    found = credits(
        "The city of Riverton Heights acknowledged on Friday that hackers had accessed personal information "
        "during a cyberattack in October, three weeks after city officials said no data had been taken."
    )
    assert found["hackers had accessed personal information during a cyberattack in October"] == (
        "The city of Riverton Heights"
    )
    assert found["no data had been taken"] == "city officials"


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "The land is owned by the state, and the state Parks and Lands Division said it supports continued "
            "digging at the site next summer.",
            "it supports continued digging at the site next summer",
            "the state Parks and Lands Division",
        ),
        (
            "The Bakery and Food Workers\u2019 Alliance puts the figure at 160, including staff at the bakery.",
            "puts the figure at 160, including staff at the bakery",
            "The Bakery and Food Workers\u2019 Alliance",
        ),
    ],
)
def test_and_inside_a_name_is_part_of_it(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_the_charity_points_back_to_the_body_described_as_one() -> None:
    body = (
        'The Wild Flora Trust, a conservation charity, called the discovery "a wonderful reminder". '
        "The charity said the site should be given legal protection immediately."
    )
    assert credits(body)["the site should be given legal protection immediately"] == "Wild Flora Trust"


def test_bare_figures_are_credited_with_who_published_them() -> None:
    body = (
        "However, figures published by Marchbury County Council last year, based on ticket machine data supplied "
        "by the company itself, put the average at 19."
    )
    assert credits(body)["put the average at 19"] == "figures published by Marchbury County Council"


def test_reported_words_before_and_that_and_a_quotation_after_it_are_one_speakers() -> None:
    found = credits(
        "Defense attorney Jonah Pike told reporters outside the courthouse that his client had shared his email "
        'password with at least two staff members and that the government had "cherry-picked" a handful of messages.'
    )
    reported = "his client had shared his email password with at least two staff members"
    assert found[reported] == "Defense attorney Jonah Pike"
    assert found["cherry-picked"] == "Defense attorney Jonah Pike"


def test_a_short_report_before_and_that_is_kept_with_what_follows() -> None:
    found = credits(
        "Ruth Okafor led the council. Asked on Tuesday about that remark, she said circumstances had changed and "
        "that no one could have predicted the contamination found in the soil.\n"
    )
    assert found == {
        "circumstances had changed and that no one could have predicted the contamination found in the soil": (
            "Ruth Okafor"
        )
    }


def test_a_quotation_after_and_that_goes_on_under_the_first_verb() -> None:
    found = credits('Ann Lowe said the report found the site was unsafe and that "nobody had checked it".\n')
    assert found["nobody had checked it"] == "Ann Lowe"
