"""Figures written with a currency sign or as the rest of a whole, and when two of them clash."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.authoring.contradictions import Clash, clashes
from game.authoring.quantities import quantities
from game.content.article import Article

_FILLER = (
    "The Greenbank estate was built in 1961.\n"
    "Residents of the estate hold a summer fair on the green every July.\n"
    "The estate has its own bowls club and a small library.\n"
)


def _numbers(body: str) -> list[Clash]:
    article = Article(
        f"Headline\nThe Greenbank estate will get a new community hall, the council said.\n{body}\n{_FILLER}"
    )
    return [c for c in clashes(article, find_attributions(article)[0]) if c.kind == "numbers"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Repairs would cost \u00a32.4 million", [(2_400_000, "pound")]),
        ("estimates the work at $600,000 and says it is safe", [(600_000, "dollar")]),
        ("a fee of \u20ac12 a month", [(12, "euro")]),
        ("all but three of the 52 plots were worked", [(100 * 49 / 52, "share:plot")]),
        ("fewer than half of the 52 plots are used", [(50, "share:plot"), (52, "plot")]),
        ("players lost 4.7 million dollars in 2025-26", [(4_700_000, "dollar")]),
        ("puts the number at 87 over the same period", [(87, "")]),
    ],
)
def test_currency_signs_rests_of_a_whole_and_words_that_are_no_measure(
    text: str, values: list[tuple[float, str]]
) -> None:
    assert [(pytest.approx(q.value), q.measure) for q in quantities(text)] == values


@pytest.mark.parametrize(
    ("body", "claim", "answer"),
    [
        (  # a second source's estimate of the same work, in other words
            "The hall roof is unsafe, the council said. Repairs would cost \u00a31.6 million, according to the "
            "council.\n"
            "A surveyor hired by residents reached another figure. Her report estimates the work at \u00a3400,000.",
            "\u00a31.6 million",
            "\u00a3400,000",
        ),
        (  # a report that opens with its verb and a figure ("found 9 micrograms ..."): the figure is the claim
            "Water from the hall's tap came back at 48 micrograms of lead per litre, the council said.\n"
            "A laboratory hired by residents, Clear Water Greenbank, found 9 micrograms of lead per litre in water "
            "from the same tap.",
            "48 micrograms",
            "9 micrograms",
        ),
        (  # a figure put right ("not 12"), whatever each source calls the thing counted
            "The council will shut 12 branch libraries next year, it announced on Monday.\n"
            '"Our members have been told that 20 sites are going, not 12," said union organiser Dee Mortimer.',
            "12 branch libraries",
            "20 sites are going, not 12",
        ),
        (  # two times for one event, the second source pointing back to it ("the same blackout")
            "Members of the Greenbank bowls club, who were playing under lights, logged the blackout at 8.05pm.\n"
            "The power company's network of meters recorded the same blackout at 9.40pm.",
            "8.05pm",
            "9.40pm",
        ),
        (  # two shares of one whole, one of them written as the rest of it
            "The council's report says fewer than half of the 40 garages are in use.\n"
            "The residents' association said that all but two of the 40 garages were rented this year.",
            "fewer than half of the 40 garages",
            "all but two of the 40 garages",
        ),
    ],
)
def test_two_figures_for_one_thing_clash(body: str, claim: str, answer: str) -> None:
    found = [c for c in _numbers(body) if claim in c.claim]
    assert found and answer in found[0].answer, _numbers(body)


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "A letter shows the council offering the club \u00a385,000 to keep the hall open.\n"
            "The council said it would look at hiring a smaller room instead, which is expected to cost about "
            "\u00a340,000 a year.",
            "an offer and a cost are two sums: only the clause a figure stands in says what it is",
        ),
        (
            "Members of the Greenbank bowls club logged the first bowl at 8.05pm.\n"
            "The power company's network of meters recorded a blackout at 9.40pm.",
            "two times of two events: nothing points back to one event",
        ),
        (
            "The company said the closure had nothing to do with the \u00a33 million of new boilers.\n"
            "The company made a profit of \u00a34.1 million last year.",
            "the speaker's name is no part of what a sum is for",
        ),
        (
            "A listing offering the hall for sale with a starting price of \u00a38,000 appeared online.\n"
            "The museum's curator said the museum could offer no more than \u00a31,500.",
            "a limit on an offer is not a second figure for the price",
        ),
    ],
)
def test_sums_for_different_things_do_not_clash(body: str, why: str) -> None:
    assert not _numbers(body), why
