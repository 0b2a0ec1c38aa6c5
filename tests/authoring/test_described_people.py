"""A person described instead of named again ("the 24-year-old", "the striker", "the Brazilian-born forward") is
the person the description points back to, and only when one person fits: "the county engineer" is someone new."""

from __future__ import annotations

from game.authoring.attribution import sentence_subject
from tests.authoring.test_constructions import credits


def test_an_age_points_back_to_the_person_given_it() -> None:
    found = credits(
        "Kingsmere United signed Luca Ferreira and Tom Hale on Monday.\n"
        "Ferreira, 24, scored 21 goals last season. Hale, 31, scored four.\n"
        'The 24-year-old said the move was "a dream since I was a boy".\n'
    )
    assert found["a dream since I was a boy"] == "Luca Ferreira"


def test_a_role_points_back_to_the_person_given_it_even_after_someone_else_speaks() -> None:
    found = credits(
        "Kingsmere United have signed striker Luca Ferreira from Portwell Athletic.\n"
        "The club's owner, Dana Whitlow, welcomed him. \u201cHe is a fine player,\u201d she said.\n"
        "The striker added that he would miss Portwell.\n"
    )
    assert found["he would miss Portwell"] == "Luca Ferreira"


def test_a_described_person_is_the_one_named_just_before_and_so_is_the_next_he() -> None:
    found = credits(
        "Ferreira, 24, scored 21 league goals last season.\n"
        "The Brazilian-born forward had insisted as recently as May that he would stay. "
        "\u201cPortwell is my home,\u201d he told supporters.\n"
    )
    assert found["as recently as May that he would stay"] == "Ferreira"
    assert found["Portwell is my home"] == "Ferreira"


def test_a_described_person_after_two_people_is_left_as_described() -> None:
    found = credits(
        "Kingsmere United signed Luca Ferreira and Tom Hale on Monday.\n"
        "The Brazilian-born forward said the move was \u201ca dream\u201d.\n"
    )
    assert found.get("a dream") in (None, "The Brazilian-born forward")


def test_a_role_nobody_was_given_is_someone_new() -> None:
    found = credits(
        '"The budget is simply too small for a project like this," said councillor Tom Reyes.\n'
        "According to the county engineer, the current bridge can carry only 3 tonnes.\n"
    )
    assert found["the current bridge can carry only 3 tonnes"] == "the county engineer"


def test_a_verb_before_this_is_no_part_of_the_subject() -> None:
    found = credits(
        "Northfield University will close its language school.\n"
        "The university disputes this. It said in a statement that staff had attended "
        "\u201cthree formal consultation meetings\u201d.\n"
        "The university rejects these figures. It said the school had \u201cjust 40 students\u201d.\n"
    )
    assert found["three formal consultation meetings"] == "Northfield University"
    assert found["just 40 students"] == "Northfield University"


def test_a_verb_before_a_place_word_ends_the_subject() -> None:
    found = credits(
        "Retired teacher Ann Cole, 71, lives beside the ground. The 71-year-old said the crowds were "
        "\u201cfar too loud\u201d.\n"
    )
    assert found["far too loud"] == "Retired teacher Ann Cole"


def test_the_words_a_verb_points_at_end_the_subject_before_it() -> None:
    assert sentence_subject("The council rejects the union's figures.") == "The council"
    assert sentence_subject("The union's members oppose it.") in (None, "The union's members")
