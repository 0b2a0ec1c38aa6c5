"""Who said it, one construction a case, each in a short invented article: how news copy everywhere credits
words (a pronoun for someone named in a role, a split quotation, a document that records a figure), and the
cases where the draft must leave the words to the teacher rather than guess."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.content.article import Article
from tests.authoring.test_constructions import credits


def left_out(body: str) -> list[str]:
    """The words the draft could not credit, or credited only with a doubt: no question asks who said them."""
    found, skipped = find_attributions(Article(f"Headline\n{body}\n"))
    return [s.text for s in skipped] + [a.quote for a in found if a.doubt]


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # "did not" is a verb: the name before it is the sentence's subject, whom "he" points to
            'Finance director Idris Pell did not apologise.\nAsked whether savers should worry, he said: "Not at all."',
            "Not at all.",
            "Finance director Idris Pell",
        ),
        (  # an adverb between the subject and its verb
            "The union's leader, Rosa Wilde, firmly rejected the offer. \u201cIt is an insult,\u201d she told members.",
            "It is an insult",
            "Rosa Wilde",
        ),
        (  # a name in apposition to a role is a person, whom "she" can mean
            "The news is awkward for the museum's curator, Hester Blyth. When the museum bought the vase, she told "
            'reporters it was "priceless".',
            "priceless",
            "Hester Blyth",
        ),
        (  # a surname alone is the person named in full before: the nearest person for "she"
            'Health Minister Ada Brill-Oakes said the tax would rise.\nChief executive Joe Kask was angry: "It is '
            'theft." The rise is a reversal for Brill-Oakes. Last year, she told voters that "taxes will not go up."',
            "taxes will not go up.",
            "Health Minister Ada Brill-Oakes",
        ),
        (  # a long opening phrase before a subject that starts with a role in lower case
            "Waiting at the stop in the rain with her daughter, who is seven, commuter Lena Moss was furious. "
            '"This bus never comes," she said.',
            "This bus never comes",
            "commuter Lena Moss",
        ),
    ],
)
def test_a_pronoun_points_back_to_the_person_the_sentence_before_is_about(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # "&" inside a business's name: "the company" is the whole name
            "Pell & Marsh Kitchenware said on Monday it was recalling a kettle.\n"
            "The company said a loose wire could overheat.",
            "a loose wire could overheat",
            "Pell & Marsh Kitchenware",
        ),
    ],
)
def test_the_company_points_back_to_the_business_named_before(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_a_business_named_as_an_owner_is_not_a_person() -> None:
    """A company can own a ship: its name in apposition to "owner" leaves it among the businesses, so "the
    company" is never the ship."""
    body = (
        "The oil came from a tanker, the Sea Lark, which ran aground last week.\n"
        "The tanker's owner, Kelso Marine, said on Monday that no fuel had leaked.\n"
        "On Tuesday, the company admitted that two of its tanks had split."
    )
    assert credits(body).get("two of its tanks had split") in (None, "Kelso Marine")


def test_the_company_is_not_a_group_named_nearer() -> None:
    body = (
        "Pell & Marsh Kitchenware recalled its kettles in May.\nCustomers say refunds are slow.\n"
        "Parents are angry.\nShops are unsure.\nNobody knows why.\nThe kettles are red.\nThey cost 30 pounds.\n"
        "Many were gifts.\nSome caught fire.\nOne melted.\n"
        "Consumer group Safe Homes was scathing. \u201cIt is a scandal,\u201d said its director, Ruth Amis.\n"
        "The company added that all refunds would be paid by June."
    )
    assert credits(body).get("all refunds would be paid by June") != "Safe Homes"
    assert "all refunds would be paid by June" in left_out(body)


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # the credit sits between the words and the writer's own description of them
            "Bus fares will rise by 10 percent in May, Vale Transport said in a statement on Monday, the third rise in "
            "two years.",
            "Bus fares will rise by 10 percent in May",
            "Vale Transport",
        ),
        (
            "The pool will close on Sundays from June, the council said, a change that will save money.",
            "The pool will close on Sundays from June",
            "the council",
        ),
        (  # an aside between the verb and its "that"
            "Dr Lena Brook praised the plan. She warned, however, that the costs could double.",
            "the costs could double",
            "Dr Lena Brook",
        ),
    ],
)
def test_the_words_a_credit_closes_or_opens(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_what_the_writer_adds_after_a_closing_credit_is_not_the_speakers() -> None:
    body = "The pool will close on Sundays from June, the council said, a change that will save money."
    assert not any("a change that" in quote for quote in credits(body))


def test_words_that_stand_twice_in_the_article_are_left_to_the_teacher() -> None:
    body = (
        "\u2018The rent,\u2019 said shopkeeper Ann Tate, \u2018is simply too high.\u2019\n"
        "Landlord Bob Reyes disagreed. \u2018Nobody else complains about the rent!\u2019 he said."
    )
    assert "The rent" not in credits(body)
    assert "The rent" in left_out(body)
    assert credits(body)["Nobody else complains about the rent!"] == "Landlord Bob Reyes"


def test_the_club_between_two_clubs_named_alone_is_left_to_the_teacher() -> None:
    body = (
        "Dunmere Rovers have sold their goalkeeper.\nCastleford United paid a record fee for him.\n"
        "On Friday the club confirmed that the player had signed for five years."
    )
    assert "the player had signed for five years" not in credits(body)
    assert "the player had signed for five years" in left_out(body)
    one = "Dunmere Rovers will move to a new ground.\nThe club said the old stand was unsafe."
    assert credits(one)["the old stand was unsafe"] == "The club"
    person = (  # a name that "who" describes is no club
        "Dunmere Rovers will move to a new ground.\n\u201cIt breaks my heart,\u201d said Edna Kell, who has a season "
        "ticket.\nThe club said the old stand was unsafe."
    )
    assert credits(person)["the old stand was unsafe"] == "The club"


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # a split quotation around a verb of advice
            "\u201cRest the ankle for a week,\u201d Dr Omar Reyes advised, \u201cand keep it raised.\u201d",
            "and keep it raised.",
            "Dr Omar Reyes",
        ),
        (  # whom she told is not part of what she said
            "Witness Mary Cole told the jury she had seen the van at midnight.",
            "she had seen the van at midnight",
            "Witness Mary Cole",
        ),
    ],
)
def test_verbs_and_audiences_of_speech(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # a second verb of the same speaker after a quotation
            'Councillor Ivo Marsh called the budget "a gamble with our libraries" and warned that branches would '
            "close by spring.",
            "branches would close by spring",
            "Councillor Ivo Marsh",
        ),
        (  # a second verb after reported words
            "The ferry company said the crossing was safe and revealed that two lifeboats had failed checks.",
            "two lifeboats had failed checks",
            "The ferry company",
        ),
        (  # after "according to X", the second verb is the subject's, not the outlet's
            "According to the Vale Post, builder Orrin Homes is denying reports of cracked walls, and claims the "
            "damage was caused by a storm.",
            "the damage was caused by a storm",
            "builder Orrin Homes",
        ),
        (  # "and that" opens the verb's second clause, with a quotation in it
            'The council said the bridge had been inspected in May, and that the old bridge was "sound".',
            "sound",
            "The council",
        ),
        (
            'The council said the bridge had been inspected in May, and that the old bridge was "sound".',
            "the bridge had been inspected in May",
            "The council",
        ),
        (  # a second quotation in the sentence, joined by the speaker's own words
            'Coach Ada Finn said she was "thrilled" to sign a player she had followed "for three years".',
            "for three years",
            "Coach Ada Finn",
        ),
        (
            'The union said the two sides had "agreed a deal" and would sign it "within days".',
            "within days",
            "The union",
        ),
    ],
)
def test_more_words_under_the_same_verb(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_a_quotation_after_but_is_not_joined_to_the_one_before() -> None:
    body = 'Mayor Ann Roe called the plan "bold" but the council\'s "review" never happened.'
    assert credits(body).get("review") is None
