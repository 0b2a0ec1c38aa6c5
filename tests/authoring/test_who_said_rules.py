"""Who said it, one construction a case, each in a short invented article: how news copy everywhere credits
words (a pronoun for someone named in a role, a split quotation, a document that records a figure), and the
cases where the draft must leave the words to the teacher rather than guess."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.authoring.draft import draft_level
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
        (  # a place named after "in" is never "she"
            "Health Minister Ada Brill-Oakes said the tax would rise.\nChief executive Joe Kask was angry.\n"
            "The rise is a reversal for Brill-Oakes. Speaking at a fair in Gull Harbour last year, she told "
            'farmers that "taxes will not go up."',
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


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # "saying" speaks for the subject of the sentence, not for the statement it hangs on
            "Within a day, the Harbour Board issued a statement saying the pier was \u201ccompletely safe\u201d.",
            "completely safe",
            "the Harbour Board",
        ),
        (
            "Ferry operator Bluewake apologised on Monday, saying the delays were caused by a broken engine.",
            "the delays were caused by a broken engine",
            "Ferry operator Bluewake",
        ),
    ],
)
def test_a_participle_of_speech_credits_the_subject(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_a_participle_after_no_noun_phrase_credits_nobody() -> None:
    body = "The review stops short of blaming the board, saying only that the rules were \u201cunclear\u201d."
    assert credits(body).get("unclear") is None


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "The mill's annual report, published in June, gives the number of workers as 420.",
            "gives the number of workers as 420",
            "The mill's annual report",
        ),
        (
            "A draft budget seen by this paper, however, sets out a rise of 8 percent in parking charges.",
            "sets out a rise of 8 percent in parking charges",
            "A draft budget seen by this paper",
        ),
        (  # what the record covers is not who keeps it
            "The club's own accounts for that year record a loss of 1.2 million pounds.",
            "record a loss of 1.2 million pounds",
            "The club's own accounts",
        ),
    ],
)
def test_a_document_gives_records_or_sets_out_its_figures(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_a_person_who_gives_or_lists_something_is_not_reporting() -> None:
    assert not credits("The farmer gives the eggs to a food bank every Friday morning.")
    assert not credits("Head teacher Ann Cole lists the names of the winners on the school gate.")


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # where the sources are is part of who they are
            "According to officials in Brussels, a deal is unlikely before the summer.",
            "a deal is unlikely before the summer",
            "officials in Brussels",
        ),
        (  # a maker named a few words after "by", and a name that runs past the usual length
            "The river was polluted on 40 days last year, according to a review by the pressure group Clean Water Now.",
            "The river was polluted on 40 days last year",
            "a review by the pressure group Clean Water Now",
        ),
    ],
)
def test_according_to_a_source_described_at_length(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "The price was kept secret, but according to the Dunmore Echo it was close to two million pounds.",
            "it was close to two million pounds",
            "the Dunmore Echo",
        ),
        (
            "Sales fell again in March, and according to the trade body, shops closed at a record rate.",
            "shops closed at a record rate",
            "the trade body",
        ),
    ],
)
def test_according_to_in_the_middle_of_a_sentence(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_a_wire_dateline_with_a_date_and_an_agency_is_not_part_of_the_words() -> None:
    body = "LISBON, May 4 (Wire Press) - Portugal will close two coal plants next year, the energy ministry said."
    assert credits(body)["Portugal will close two coal plants next year"] == "the energy ministry"


def test_a_long_sentence_keeps_what_it_says_of_its_subject() -> None:
    body = (
        "The town's oldest bridge, a stone arch over the river that was long thought to date from the time of "
        "the abbey, may have been built a century later than believed, according to a survey published by the "
        "county on Friday."
    )
    found = credits(body)
    assert found["may have been built a century later than believed"] == "a survey"


def test_a_credit_inside_a_phrase_credits_only_that_phrase() -> None:
    body = (
        "The new turbines will produce 300 megawatts when finished, enough, Greenfield Energy claims, to power every "
        "home in the county."
    )
    found = credits(body)
    assert found["enough, Greenfield Energy claims, to power every home in the county"] == "Greenfield Energy"
    assert not any(quote.startswith("The new turbines") for quote in found)


def test_a_document_is_not_named_by_the_participle_after_it() -> None:
    body = "A soil survey published last week found the field was flooded for half the year."
    assert credits(body)["the field was flooded for half the year"] == "A soil survey"


def test_the_university_points_back_to_a_name_with_of_in_it() -> None:
    body = (
        "Bees in towns live longer, according to a study by scientists at the University of Marlow.\n"
        "In a press release, the university called the result \u201ca turning point for urban wildlife\u201d."
    )
    assert credits(body)["a turning point for urban wildlife"] == "University of Marlow"


def test_a_hyphenated_word_in_ing_is_no_opening_phrase() -> None:
    body = (
        "According to the Daily Ledger, money-saving app Coinly is denying that accounts were frozen, and claims "
        "the outage was planned maintenance."
    )
    assert credits(body)["the outage was planned maintenance"] == "money-saving app Coinly"


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "Kettle maker Brightwell urged customers to stop using the model at once.",
            "stop using the model at once",
            "Kettle maker Brightwell",
        ),
        (
            "Coastguard chief Ann Moss warned swimmers not to enter the water near the pier.",
            "not to enter the water near the pier",
            "Coastguard chief Ann Moss",
        ),
    ],
)
def test_what_someone_urged_others_to_do_is_their_words(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_a_clause_with_to_in_it_is_not_an_appeal() -> None:
    body = "The trust said the fair should move to a bigger field next summer."
    assert credits(body)["the fair should move to a bigger field next summer"] == "The trust"


def test_a_warning_with_a_verb_of_its_own_is_a_clause_not_an_appeal() -> None:
    body = "Head teacher Ann Cole warned parents had to pay for the trip themselves."
    assert credits(body) == {"parents had to pay for the trip themselves": "Head teacher Ann Cole"}


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            "Mill owner Rhys Dando defended the cuts. He went on to claim that no jobs had been lost in ten years.",
            "no jobs had been lost in ten years",
            "Mill owner Rhys Dando",
        ),
        (
            "Council leader Ama Kerr was quick to say that the library would reopen in June.",
            "the library would reopen in June",
            "Council leader Ama Kerr",
        ),
    ],
)
def test_a_subject_led_on_to_its_verb_of_speech(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_declining_to_say_is_not_saying() -> None:
    assert not credits("Mill owner Rhys Dando declined to say whether more jobs would go.")


def test_a_sentence_that_opens_with_a_bracket_is_read_without_a_crash() -> None:
    body = "(In May) councillors voted to close the pool. The council said the roof was unsafe."
    assert credits(body)["the roof was unsafe"] == "The council"


def test_a_thing_with_a_figure_put_on_it_is_not_a_speaker() -> None:
    body = "Officials plan to fit new pumps on both wells at a cost estimated at between $2 million and $3 million."
    assert not credits(body)


def test_wrong_choices_name_each_speaker_once() -> None:
    body = (
        "Pell & Marsh Kitchenware said on Monday that it would recall 9,000 kettles.\n"
        "\u201cSafety comes first,\u201d said Pell & Marsh.\n"
        "The trading standards office said 40 kettles had caught fire.\n"
        "\u201cIt was terrifying,\u201d said customer Jo Reyes."
    )
    level = draft_level(Article(f"Headline\n{body}\n"), "choices")
    for question in level.questions:
        if question["type"] == "who_said":
            pell = [c for c in question["choices"] if c.startswith("Pell & Marsh")]
            assert len(pell) <= 1, question["choices"]
