"""A speaker's words answered by the next sentence: a "But"/"however" from another source, or a record that shows."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.authoring.contradictions import Clash, clashes
from game.content.article import Article

_FILLER = (
    "The harbour cafe opens at nine on weekdays.\n"
    "Fishing boats from the harbour land their catch at the fish market on the quay.\n"
    "Visitors to the harbour can park on the quay for a small charge.\n"
)


def _clashes(body: str) -> list[Clash]:
    article = Article(
        f"Headline\nThe Lowmoor harbour trust met on Monday to discuss the harbour wall.\n{body}\n{_FILLER}"
    )
    return clashes(article, find_attributions(article)[0])


@pytest.mark.parametrize(
    ("body", "claim", "answer", "kind"),
    [
        (  # a promise, then a plan "But ... shows" from another source, the promise's own speaker going on between
            'Harbour master Kit Amberley said she understood the worries of boat owners. "No mooring fee will rise '
            'above 500 pounds," she said. "I give you my word."\n'
            "But the price list sent to boat owners on Friday shows two berths at 640 pounds.",
            "No mooring fee will rise above 500 pounds",
            "two berths at 640 pounds",
            "contrast",
        ),
        (  # a "however" after a time phrase, and the claim among the speaker's words that denies
            "The trust's treasurer, Omar Lindqvist, insisted last week that the budget had nothing to do with the "
            'closure. "We have money in the bank and we are not selling anything," he said.\n'
            "On Thursday, however, the trust chair Ines Varga told members that the boathouse had been put up "
            "for sale.",
            "We have money in the bank and we are not selling anything",
            "the boathouse had been put up for sale",
            "contrast",
        ),
        (  # a record held up against what was said, with an aside between the record and its verb
            "The trust says the harbour wall repairs are temporary and will last one winter at most.\n"
            "A copy of the contract, filed with the county planning office, shows the work runs for eight years.",
            "will last one winter at most",
            "the work runs for eight years",
            "record",
        ),
        (  # a denial, and the part of the next sentence that speaks of what was denied, not the aside
            "The trust denied that the works had harmed wildlife.\n"
            "But video footage, filmed by a diver and passed to the Lowmoor Post, shows a seal caught in a net.",
            "denied that the works had harmed wildlife",
            "a seal caught in a net",
            "contrast",
        ),
    ],
)
def test_words_answered_by_the_next_sentence(body: str, claim: str, answer: str, kind: str) -> None:
    found = [c for c in _clashes(body) if claim in c.claim]
    assert found, _clashes(body)
    assert answer in found[0].answer and found[0].kind == kind, found[0]
    assert found[0].distractors and found[0].answer not in found[0].distractors


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            'Harbour master Kit Amberley said the wall was safe. "Nobody has ever asked me about the wall," she said.\n'
            "Police figures show that thefts from boats fell by a tenth last year.",
            "a record about another thing, with nothing shared and no figure on both sides",
        ),
        (
            'In a statement, Seaward Paints said it "has never used Coppex at its Lowmoor yard."\n'
            "Records held by the county show the yard used a related paint, Tinmarine, until 2015.",
            "a denial naming one thing is not answered by a record of a related thing",
        ),
        (
            '"We would love to keep the old slipway," said harbour master Kit Amberley. "But we cannot pay to '
            'mend it."',
            "a speaker's own but goes on with their words, it does not answer them",
        ),
    ],
)
def test_no_clash_where_the_next_sentence_does_not_answer(body: str, why: str) -> None:
    assert not [c for c in _clashes(body) if c.kind in ("contrast", "record")], why
