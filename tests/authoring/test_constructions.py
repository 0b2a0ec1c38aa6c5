"""Each way a news article credits words, opinions and clashes, in a two-line article of its own."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.authoring.contradictions import clashes
from game.authoring.draft import draft_level
from game.authoring.opinions import classify
from game.content.article import Article


def credits(body: str) -> dict[str, str]:
    found, _ = find_attributions(Article(f"Headline\n{body}\n"))
    return {a.quote: a.speaker for a in found}


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (
            'Councillor Dev Singh, who opposes the rise, called it "a tax on the poor".',
            "a tax on the poor",
            "Councillor Dev Singh",
        ),
        ('Ann Lowe told reporters that the pool was "safe for years".', "safe for years", "Ann Lowe"),
        ('"The pool will stay open," said principal Ruth Kay.', "The pool will stay open", "principal Ruth Kay"),
        ('"We tried," Kay said. "Nobody listened to us."', "Nobody listened to us.", "Kay"),
        ('Mayor Jo Penn opened the pool. "It is a fine day," she said.', "It is a fine day", "Mayor Jo Penn"),
        (
            "Harbour Foods will shut the plant, the company announced on Monday.",
            "Harbour Foods will shut the plant",
            "Harbour Foods",
        ),
        (
            "A council official, who asked not to be named, said the vote was rigged.",
            "the vote was rigged",
            "A council official",
        ),
        ("A nurse who spoke on condition of anonymity said the wards were full.", "the wards were full", "A nurse"),
        ('"Costs are up," said its spokesperson, Nina Shaw.', "Costs are up", "Nina Shaw"),
        ("The trust said in a statement that the plan was dropped.", "the plan was dropped", "The trust"),
        (
            "Harbour Foods will shut the plant in May.\nWorkers met on Monday.\nMany were angry.\nSome wept.\n"
            "Others left early.\nThe company said the plant had lost money for years.",
            "the plant had lost money for years",
            "Harbour Foods",
        ),
        (
            "Bay Ferries will cut sailings, the operator told staff on Friday.",
            "Bay Ferries will cut sailings",
            "Bay Ferries",
        ),
        (
            "Mr Tom Hale opened the meeting. Ms Ann Roe replied.\n\"We will fight on,\" he said.",
            "We will fight on",
            "Mr Tom Hale",
        ),
        (
            "The school's governors met on Tuesday.\nDr Okafor gave them a report.\nMs Price read it.\n"
            "Ms Price has led the board since 2021.\nThey said in a statement that the boiler would be replaced.",
            "the boiler would be replaced",
            "The school's governors",
        ),
        (
            "Head teacher Dr Sue Lin, who joined the school in January, said the boiler had been checked.",
            "the boiler had been checked",
            "Head teacher Dr Sue Lin",
        ),
        (
            "However, figures from the regional health board show that visits to the clinic had fallen.",
            "visits to the clinic had fallen",
            "figures from the regional health board",
        ),
    ],
)
def test_who_said_it(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_an_unclear_reference_is_left_to_the_teacher() -> None:
    # "the company" with two businesses named before, "the firm" with only a council named before
    two = "Arc Build and Harbour Foods bid for the site.\nThe company said the bid was the lowest."
    assert credits(two) == {}
    council = "The town council gave a grant in 2022.\nThe firm promised the plant had \"a long future\"."
    assert "a long future" not in credits(council)
    # the noun phrase after "at" is not who shows: no speaker rather than "the pier"
    pier = "The timetable posted at the pier shows the last sailing at four."
    assert credits(pier).get("the last sailing at four") in (None, "The timetable posted at the pier")


def test_a_pronoun_is_not_credited_to_a_thing_and_a_passive_is_nobody_speaking() -> None:
    assert credits('The final ended 2-1 on Saturday. "We never gave up," she said.') == {}
    assert "dead fish were counted" not in " ".join(credits("Hundreds of fish were found dead, the agency said."))


def test_an_anonymous_source_is_keyed_with_an_explanation_about_anonymous_sources() -> None:
    article = Article(
        "Headline\nMayor Jo Penn said the pool would open in May.\n"
        "A council official, who asked not to be named, said the pool had failed its safety check.\n"
    )
    (question,) = [q for q in draft_level(article, "x").questions if q["quote"].startswith("the pool had")]
    assert question["answer"] == "A council official"
    assert "An unnamed source" not in question["choices"]  # it would be right too
    assert "anonymous source" in question["explanation"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Frankly, the debate was a shambles.", "opinion"),
        ("Of course, busy parents will welcome them.", "opinion"),
        ("The rise is clearly unfair to students.", "opinion"),
        ("The idea seems sensible to most parents.", "opinion"),
        ("The festival should move to a sturdier site.", "opinion"),
        ("The stadium should open in 2028, if building starts.", "fact"),
        ("As far as we know, no other school uses the pouches.", None),
        ("The clinic is expected to publish full figures in the spring.", None),
        ("Campaign group Fair Homes met the council on Monday.", "fact"),
    ],
)
def test_opinion_clues_and_hedges(text: str, kind: str | None) -> None:
    verdict = classify(text)
    assert (verdict[0] if verdict else None) == kind


@pytest.mark.parametrize(
    ("body", "claim", "answer", "kind"),
    [
        (
            "Bus fares will rise to 2 pounds in April, the authority said.\nThe authority's director, Claire Moss, "
            "said costs had gone up.\nIn October, however, Moss told a meeting that fares would be frozen.\n"
            "Passenger numbers have grown for three years.\nThe new timetable starts in May with fewer buses.",
            "fares would be frozen",
            "Bus fares will rise to 2 pounds in April",
            "stance",
        ),
        (
            "The union says 40 jobs will go.\nThe council puts the figure at 12.\nThe library opened in 1901.\n"
            "The library lends 9,000 books to local schools.",
            "40 jobs will go",
            "The council puts the figure at 12",
            "numbers",
        ),
        (
            "Visits rose 12 percent in the first six months, the clinic said.\nThe clinic opened a new wing.\n"
            "Figures from the board show that visits to the clinic had fallen.\n"
            "The clinic hired two nurses for visits.",
            "Visits rose 12 percent in the first six months",
            "visits to the clinic had fallen",
            "direction",
        ),
        (
            "Inspectors warned the farm about the tank last year, an officer said.\nThe farm keeps 300 cows.\n"
            "Farm owner Ed Hughes denied receiving any warning.\nThe farm tank was emptied on Monday.",
            "Farm owner Ed Hughes denied receiving any warning",
            "Inspectors warned the farm about the tank last year",
            "denial",
        ),
    ],
)
def test_contradictions(body: str, claim: str, answer: str, kind: str) -> None:
    found = [c for c in clashes(*_read(body)) if claim in c.claim]
    assert found, clashes(*_read(body))
    assert answer in found[0].answer and found[0].kind == kind
    assert found[0].distractors and found[0].answer not in found[0].distractors


def _read(body: str) -> tuple[Article, list]:  # type: ignore[type-arg]
    article = Article(f"Headline\n{body}\n")
    return article, find_attributions(article)[0]
