"""Passages that look like a clash and are not: each must draft no contradiction (found on new articles)."""

from __future__ import annotations

import pytest

from game.authoring.contradictions import clashes
from tests.authoring.test_constructions import _read

FILLER = "\nThe work, the firm, the trains and the meeting are all in the town.\nThe town has a station and a hall."


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "Ashcombe library will close in March, the council said.\n"
            '"Clearly, once a library goes, it never comes back," said campaigner Jo Hart.\n'
            "Officers will report back to councillors on options for the library building in June.",
            'a view with "never" in it denies nothing that happened',
        ),
        (
            "The council first learned of the problem at about 2pm on Tuesday, when a user posted screenshots on "
            "social media, according to an internal timeline shared with councillors.\n"
            "The fix was not applied until 8pm on Wednesday.",
            "times of day on two days are two moments",
        ),
        (
            "Organisers said about 14,000 people attended over three days, up from 11,500 last year.\n"
            "Police put Saturday\u2019s crowd at around 6,000.",
            "a total over three days and one day's crowd; last year's figure, given as what it rose from",
        ),
        (
            "The district says enrollment has fallen by 1,100 students since 2019.\n"
            "Hawthorne and Lincoln Park schools together serve about 520 students, officials said.",
            "a change against a count",
        ),
        (
            "Fewer than 60 flowering plants are known to exist, the trust said.\n"
            "Botanist Rhys Morgan counted 43 flowering plants on the site this summer.",
            "a count within the bound another source gives",
        ),
        (
            "Regional bakery chain Crumb & Co will close 12 of its 42 shops by the end of March, the firm said.\n"
            "The remaining 30 shops are expected to stay open, according to the union.",
            "what two figures of the other passage add up to",
        ),
        (
            "The trust says the average wait for a bed was four hours in December.\n"
            "Campaigner Ann Lowe said one elderly man waited 19 hours for a bed.",
            "an average and one case",
        ),
        (
            "Figures published by the Environment Agency show that the overflow released sewage on 11 days last "
            "July.\nVolunteers from the group found high levels of sewage bacteria at a swimming spot on 52 of the "
            "70 days they tested last summer.",
            "the whole of a share",
        ),
    ],
)
def test_no_clash_of_figures_that_are_not_of_one_thing(body: str, why: str) -> None:
    assert not clashes(*_read(body + FILLER)), why


def test_a_request_is_no_claim_that_a_record_can_contradict() -> None:
    body = (
        "The hospital has cancelled 60 operations this month, staff say.\n"
        '"Patients should attend their appointments unless we contact them directly," said chief executive '
        "Dr Helen Vasquez.\n"
        "But a theatre rota circulated to staff on Friday lists 23 procedures marked as postponed."
    )
    assert not [c for c in clashes(*_read(body + FILLER)) if c.claim.startswith("Patients should")]


def test_what_a_figure_rose_from_is_no_count_of_the_same_thing() -> None:
    body = (
        "Organisers said about 14,000 people attended, up from 11,500 last year.\nPolice put the crowd at around 6,000."
    )
    found = clashes(*_read(body + FILLER))
    assert found and not [c for c in found if "11,500" in c.clue], found  # 14,000 against 6,000 is the clash


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "Botanists say the orchid appears to depend on a fungus in the moor's soil, which may explain why it "
            "has never been found elsewhere.\nThe findings were published on Wednesday in the Journal of Plant "
            "Taxonomy.",
            "the 'never' of an aside is not what the sentence claims",
        ),
        (
            '"We tried something bold, and the numbers did not go our way," said head teacher Diane Okafor. '
            '"I would rather admit that now than wait until the summer."',
            "'admit' and 'now' in the speaker's own words are no admission that goes against them",
        ),
    ],
)
def test_no_denial_where_nothing_was_denied(body: str, why: str) -> None:
    assert not [c for c in clashes(*_read(body + FILLER)) if c.kind == "denial"], why


def test_two_sources_on_an_average_and_on_a_change_still_clash() -> None:
    body = (
        "The trust says the average wait for a bed was four hours in December.\n"
        "NHS England data published on Thursday puts the same figure at six hours.\n"
        "The district says enrollment has fallen by 1,100 students since 2019.\n"
        "The state education department puts the decline at 640 students over the same period."
    )
    clues = [c.clue for c in clashes(*_read(body + FILLER)) if c.kind == "numbers"]
    assert any("four hours" in c for c in clues) and any("1,100" in c for c in clues), clues


@pytest.mark.parametrize(
    ("body", "unwanted"),
    [
        (  # a "But" inside the speaker's own quotation is them going on, not the writer turning
            'Club chairman Steven Rudd said the move was "the only way to secure the club\'s future". He said: '
            '"Nobody loves Moor Lane more than I do. But the stands are falling apart, the pitch floods every '
            'winter, and the bank will not wait for ever."',
            "the pitch floods",
        ),
        (  # when and where something was said is no answer
            'Governor Dana Holt said on Monday she "will not sign any bill that puts a new tax on working '
            'families." Yet in a 2024 interview with the Dunmore Ledger, Holt said tolling was "one option that '
            'has to be on the table" for the bridge.',
            "in a 2024 interview",
        ),
    ],
)
def test_no_turn_inside_a_quotation_nor_with_an_aside(body: str, unwanted: str) -> None:
    found = clashes(*_read(body + FILLER))
    assert not [c for c in found if unwanted in c.claim or unwanted in c.answer], found


def test_a_record_after_words_that_came_from_figures_goes_on_and_does_not_answer_them() -> None:
    body = (
        "Patients at Kelsworth General Hospital waited up to 19 hours for a bed last month, new figures show.\n"
        "Data published by the Kelsworth Trust on Thursday shows 1,240 people waited more than 12 hours in "
        "February, up from 870 last year.\n"
    )
    assert not clashes(*_read(body + FILLER))


def test_a_charge_is_no_answer_to_a_denial() -> None:
    body = (
        "HADLEY FALLS, Vt. (AP) \u2014 The former director of a food-bank network testified Thursday that he never "
        "saw invoices from a catering company at the center of his fraud trial.\n"
        "Raymond Tessier, 58, is charged with wire fraud and embezzlement. Prosecutors say Tessier used the invoices "
        "to steal more than $380,000 from the network, paying a company that existed only on paper.\n"
    )
    assert not [c for c in clashes(*_read(body + FILLER)) if c.kind == "denial"]


def test_two_things_moving_two_ways_are_no_clash() -> None:
    body = (
        "It is a bold gamble for Fairway, a chain whose profits fell by 18 per cent last year.\n"
        "Shares in Fairway rose 3.2 per cent on Tuesday after the announcement.\n"
    )
    assert not [c for c in clashes(*_read(body + FILLER)) if c.kind == "direction"]
    same = "Museum visits rose 12 percent last year, the council said.\nBut the trust said visits had fallen.\n"
    assert [c for c in clashes(*_read(same + FILLER)) if c.kind == "direction"]


def test_a_speakers_own_caution_and_a_record_against_an_opinion_are_no_clash() -> None:
    body = (
        'Dr Fiona Baird, a geologist, said slopes in the valley were becoming "increasingly vulnerable" as winters '
        "got wetter. But she cautioned that no single landslip could be blamed directly on climate change.\n"
    )
    assert not clashes(*_read(body + FILLER))
    body = (
        '"Frankly, people are going to get hurt on Maple while this council keeps changing its mind," said '
        "cyclist Dana Ortiz.\n"
        "Police records show 14 crashes involving cyclists on Maple Avenue in the past three years.\n"
    )
    assert not [c for c in clashes(*_read(body + FILLER)) if c.kind == "record"]
