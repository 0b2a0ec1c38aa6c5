"""Reported words in a sentence that also holds a quotation: whose they are, and whose the quotation is."""

from __future__ import annotations

import pytest

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
