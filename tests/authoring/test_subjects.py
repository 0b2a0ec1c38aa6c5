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


def test_a_name_after_with_is_not_the_he_of_its_sentence() -> None:
    found = credits(
        "On Friday, sports director Gareth Lyons told reporters the plan was to protect the leader.\n"
        'On Saturday, with Ellie Carrow on the top step, he said the team had planned "to keep two cards to play".\n'
    )
    assert found["to keep two cards to play"] == "sports director Gareth Lyons"


def test_for_her_part_is_an_aside_between_a_subject_and_its_verb() -> None:
    assert sentence_subject("Carrow, for her part, was not thinking that far ahead.") == "Carrow"
    assert sentence_subject("The council, by contrast, said no.") == "The council"


def test_a_described_person_with_a_name_is_that_person_even_when_owned() -> None:
    found = credits(
        "Fifteen-year-old Amira said she likes the ban.\n"
        'Her friend Kieran was less convinced. He said most pupils "binge on their phones".\n'
    )
    assert found["binge on their phones"] == "Her friend Kieran"


def test_a_single_name_that_opens_a_body_named_before_is_that_body_not_a_she() -> None:
    found = credits(
        "When Joanne Whitlock locked away 1,100 phones at Castlegate Academy, she expected a revolt.\n"
        "Castlegate, a comprehensive on the edge of Bramford, was one of the first schools to ban phones. "
        '"Teachers are teaching rather than confiscating," she said.\n'
    )
    assert found["Teachers are teaching rather than confiscating"] == "Joanne Whitlock"


def test_a_name_before_of_is_the_speaker_kind_and_rejects_that_ends_the_subject() -> None:
    found = credits(
        "Keeper Fiona Hardcastle said the cub was well.\n"
        "Mara Quinlan of the campaign group Free the Wild said that breeding big cats in parks does nothing. "
        "\u201cA cub in Kelburn will never see the Himalayas,\u201d she said.\n"
        "Hardcastle rejects that. She said captive animals \u201cact as ambassadors\u201d for their wild cousins.\n"
    )
    assert "Quinlan" in found["A cub in Kelburn will never see the Himalayas"]
    assert found["act as ambassadors"].endswith("Hardcastle")
    assert sentence_subject("The zoo disputes that.") == "The zoo"
