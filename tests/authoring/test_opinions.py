"""Opinions without a clue word (figures of speech, reframes, rhetorical questions, the writer's closing
line) are found, and literal or reported passages that only look like judgements are not keyed as opinions.

Every sentence here is written for this test, not taken from a corpus article.
"""

from __future__ import annotations

from typing import Any

import pytest

from game.authoring.draft import draft_level
from game.authoring.opinions import classify, fact_and_opinion
from game.content.article import Article


def judged(body: str) -> dict[str, dict[str, Any]]:
    """The drafted fact-or-opinion items of an article, by statement."""
    article = Article(f"Headline\n{body}\n")
    return {q["statement"]: q for q in draft_level(article, "x").questions if q["type"] == "fact_or_opinion"}


def opinions(body: str) -> list[str]:
    return [s.text for s in fact_and_opinion(Article(f"Headline\n{body}\n"), [])[1]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The reopening was announced with all the charm of a tax demand.", "opinion"),
        ("A rent rise of 40 per cent is not a reform; it is a raid.", "opinion"),  # a figure, still a verdict
        ("The new fee will no doubt terrify the owner of a £2m yacht.", "opinion"),
        ("For a city that calls itself green, the cycle lane is long overdue.", "opinion"),
        ("The new library is at the top of a steep hill on Mill Lane.", None),  # a gradient, not a price
        ("The price rise is steep for pensioners.", "opinion"),
        ("Crews cleared human waste from the riverbank on Friday.", "fact"),  # the literal noun
        ("The new road is a waste of public money.", "opinion"),
        ("The tank was too heavy to lift.", None),  # a measured limit, not a verdict
        ("The fines are far too small to stop anyone.", "opinion"),
        ("Honestly, I kept waiting for somebody to stop me at the gate.", None),  # an experience, told sincerely
        ("We were honestly surprised by how many bees came back.", None),  # a feeling, not a judgement
        ("Nurses are working incredibly hard on the night shift.", None),  # an intensifier of what they do
        ("The rest of the week, honestly, the high street is a ghost town.", "opinion"),  # the writer's verdict
        ("I honestly don't know how the village will manage.", None),  # a feeling told sincerely
        ("Parents should stop using the crayons immediately and contact the shop for a refund.", None),  # a notice
        ("Anyone interested in running the branch should get in touch with the council.", None),
        ("The council should stop wasting money on signs.", "opinion"),  # a recommendation
        ("Closing the pool is a big mistake.", "opinion"),  # a verdict noun
        ("This is a betrayal, pure and simple.", "opinion"),
        ("That\u2019s not a park.", "opinion"),  # a thing judged by denying what it is
        ("Pupils shouldn't have to queue for an hour.", "opinion"),
        ("The report listed a mistake in the 2023 accounts.", "fact"),  # a mistake found, not a verdict
        ("Worries about lost parking had been overblown.", "opinion"),
        ("Pupils deserved a refund of their fees.", "opinion"),
        ("The new timetable is a smart and overdue move.", "opinion"),
        ("The school had been running at a loss for the best part of a decade.", None),  # most of, not a ranking
        ("She is the best striker in the country.", "opinion"),
        ("Doing nothing is not an option.", "opinion"),  # idioms that judge
        ("This is the last straw for a lot of family farms.", "opinion"),
    ],
)
def test_clues_without_marker_words_and_literal_look_alikes(text: str, kind: str | None) -> None:
    verdict = classify(text)
    assert (verdict[0] if verdict else None) == kind, verdict


def test_a_figure_or_a_rhetorical_question_in_a_quotation_is_an_opinion_and_the_explanation_names_it() -> None:
    items = judged(
        "The depot will close in June, the company said on Monday.\n"
        '"They have treated this village like a car park for their lorries," said resident Amir Haddad.\n'
        '"The bus goes twice a week," said Nell Ostrow, who lives on the hill. "But it\'s only us, so who cares?"'
    )
    figure = items["They have treated this village like a car park for their lorries"]
    assert figure["answer"] == "opinion" and "treated this village like a car" in figure["explanation"]
    (question,) = [q for s, q in items.items() if "who cares" in s]
    assert question["answer"] == "opinion" and "\u201cso who cares?\u201d" in question["explanation"]


def test_a_description_in_quotation_marks_is_not_a_label_but_a_noun_phrase_is() -> None:
    items = judged(
        "The ferry has been moored at Carrow since May.\n"
        'The operator\'s own fleet list describes her as "in reserve and ready for service".\n'
        'Councillor Ada Brenn described the delay as "a betrayal of island families".'
    )
    assert not any("in reserve" in s for s in items)
    assert items["a betrayal of island families"]["answer"] == "opinion"


def test_a_line_quoted_in_single_marks_is_not_the_writer_speaking() -> None:
    body = (
        "The farm lies on the route of the new path.\n"
        "\u2018Nobody from the county came to my gate. Not once.\u2019\n"
        "The council approved the path on Monday."
    )
    assert not any("my gate" in s for s in opinions(body))


def test_a_clause_after_but_is_judged_even_without_a_comma() -> None:
    body = "The club lost again on Saturday. But a board that cannot pay its players should not sign new ones."
    assert "a board that cannot pay its players should not sign new ones" in opinions(body)


@pytest.mark.parametrize(
    ("closing", "opinion"),
    [
        ("Libraries are the living rooms of a town.", "Libraries are the living rooms of a town."),
        ("Ponds are nature's nurseries, and the park is poorer without them.",) * 2,
        (
            "A town without a library is a house without windows: it may stand, but it is dark inside.",
            "A town without a library is a house without windows",
        ),
        ("Greystone Library is the only library in the district.", None),  # a ranking a record could check
        ("Greystone is the largest town in the valley.", None),
        ("The mill is a listed building on the river.", None),  # about one thing: a report may end so
    ],
)
def test_the_writers_closing_paragraph_is_read_for_comment(closing: str, opinion: str | None) -> None:
    """The last paragraph, all in the writer's voice, of two sentences: a picture is the writer's opinion."""
    body = f'The library closed on Friday.\n"We are sorry," said the chair.\n{closing} The vote was 6 to 3.'
    found = opinions(body)
    assert (opinion in found) if opinion else not any(closing.split(":")[0].rstrip(".") in s for s in found)
    middle = f"{closing} The vote was 6 to 3.\nThe library closed on Friday."
    assert not opinions(middle), "the same line inside a paragraph further up may be a report's summary"


@pytest.mark.parametrize(
    "line",
    [
        "The decision is the result of a two-year review.",  # about one thing, not a kind
        '"Parcels from the island are handled like others in the queue," said postmaster Ravi Shah.',
        '"What happens to the drivers now?" asked union representative Lena Marsh.',  # a real question
        '"The hall is not a school, it is a community centre," said caretaker Joe Pike.',  # a correction
        "The site was treated like a crime scene for two days.",  # the writer reports what police did
        '"It was the worst storm since 1987," said forecaster Ian Bell.',  # a ranking a record can show
    ],
)
def test_literal_lines_that_share_a_shape_with_figures_are_not_opinions(line: str) -> None:
    assert not opinions(f"The depot closed on Friday.\n{line}")
    assert all(q["answer"] == "fact" for q in judged(f"The depot closed on Friday.\n{line}").values())


def test_a_clause_of_reported_speech_in_a_closing_paragraph_is_not_the_writers_comment() -> None:
    body = (
        "The filters were ordered in May.\n"
        "The filters could be running by spring, officials said, though the scheme is a gamble for the town."
    )
    assert not opinions(body)


def test_more_than_a_length_of_time_is_a_quantity_not_a_weighing() -> None:
    assert not opinions("The filters were ordered in May.\nThe work, though, has taken more than a year to finish.")
    assert opinions("The filters were ordered in May.\nThe work, though, does more for the town than a new road.")


def test_a_draft_keeps_every_strongly_marked_opinion_of_a_typical_article() -> None:
    body = "\n".join(
        [
            "The council voted on Monday to close the pool.",
            "Frankly, the vote was a disgrace.",
            "The pool opened in 1975 and has 300 members.",
            "Surely the town deserves better than this.",
            "Clearly the council has not listened to swimmers.",
            "The council should think again before the summer.",
            "It is a shameful way to treat families.",
            "The decision will be reviewed in March.",
        ]
    )
    questions = draft_level(Article(f"Pool to close\n{body}\n"), "pool").questions
    opinions = [q for q in questions if q["type"] == "fact_or_opinion" and q["answer"] == "opinion"]
    assert len(opinions) == 5, [q["statement"] for q in opinions]


def test_a_long_closing_judgement_is_drafted_whole() -> None:
    body = (
        "The county will end Sunday buses in March.\nThe operator says fewer than ten people use them.\n"
        "Surely it cannot be beyond a county council and a bus operator to keep a Sunday service running for a "
        "man who wants to visit his wife."
    )
    questions = draft_level(Article(f"Buses cut\n{body}\n"), "buses").questions
    opinions = [q["statement"] for q in questions if q["type"] == "fact_or_opinion" and q["answer"] == "opinion"]
    assert any(s.startswith("Surely it cannot be beyond") for s in opinions), opinions


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("It\u2019s heartbreaking that the next generation won\u2019t get the same chance.", "opinion"),
        ("It is madness to approve this many homes without a single classroom.", "opinion"),
        ("That is simply wrong.", "opinion"),
        ("It is short-sighted.", "opinion"),
        ("It is likely that the plant will close.", None),
        ("It is illegal to park on the verge.", None),
        ("It was the first time that the river had flooded.", None),
        ("It was reported that ten homes flooded.", None),
        ("That is simply not acceptable.", "opinion"),
        ("Councillors said the decision was short-sighted.", "opinion"),
    ],
)
def test_it_is_a_judging_word_that_or_to_is_a_verdict(text: str, verdict: str | None) -> None:
    found = classify(text, quoted=True)
    assert (found[0] if found else None) == verdict
