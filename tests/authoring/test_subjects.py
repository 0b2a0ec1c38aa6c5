"""A sentence's subject is whom its next "it" or "he" most likely means: a body named with "and" in it, and a
subject that only points back ("The university"), keep the chain going."""

from __future__ import annotations

from game.authoring.attribution import sentence_subject
from tests.authoring.test_constructions import credits


def test_a_body_with_and_in_its_name_is_a_subject_but_two_people_are_not() -> None:
    assert sentence_subject("The University and College Union said 45 posts were at risk.") == (
        "The University and College Union"
    )
    assert sentence_subject("Smith and Jones said no.") is None


def test_it_after_a_subject_that_points_back_is_the_body_it_points_to() -> None:
    found = credits(
        "Northfield University is to close its School of Modern Languages.\n"
        "The University and College Union said 45 posts were at risk.\n"
        "The university disputes this. It said in a statement that staff had attended "
        "\u201cthree formal consultation meetings\u201d.\n"
    )
    assert found["three formal consultation meetings"] == "Northfield University"
