"""Clashes the writer points out: a sentence saying a source disputes, denies or differs from what was just said
("The operator disputed the figure.", "Her deputy denied this.", "The two sides disagree about how many ..."),
with the two sides on either side of it, or both after an announcement."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.authoring.contradictions import Clash, clashes
from game.content.article import Article

_FILLER = (
    "The town of Pellow sits at the mouth of the river Tane.\n"
    "Its market is held on the square every Saturday morning.\n"
    "The old ferry landing was rebuilt in stone a century ago.\n"
)


def _clashes(body: str) -> list[Clash]:
    article = Article(f"Headline\nThe Pellow ferry service was in the news again this week.\n{body}\n{_FILLER}")
    return clashes(article, find_attributions(article)[0])


@pytest.mark.parametrize(
    ("body", "claim", "answer", "kind"),
    [
        (  # two figures on either side of "disputed the figure", one of them a generic measure (hours)
            "The Pellow ferry was out of service for 410 hours last year, according to the county's transport office.\n"
            "Tane Crossings, which runs the ferry, disputed the figure. The operator said its own logs showed "
            "150 hours of lost sailings last year.",
            "410 hours",
            "150 hours",
            "numbers",
        ),
        (  # an announcement first, then two figures, the second put at a value with no measure of its own
            "The two sides also disagree about how many passengers use the ferry. According to the operator, "
            "the ferry carries about 90,000 passengers a year. The county's own survey gives the number of "
            "passengers carried each year as 61,000.",
            "90,000 passengers",
            "61,000",
            "numbers",
        ),
        (  # a chairman who "put it rather lower", his figure in his second quoted sentence
            "The new ferry cost 2.2 million pounds, according to the Pellow Gazette.\n"
            'Tane Crossings chairman Idris Pennock put it rather lower. "People exaggerate," he said. '
            '"We paid a little over one million pounds for the boat."',
            "2.2 million pounds",
            "We paid a little over one million pounds for the boat",
            "numbers",
        ),
        (  # a pointer ("denied this") between a claim and the denier's words; nothing shared but the signal
            "A harbour worker, who asked not to be named, said the ferry's spare engine had been sold to pay debts.\n"
            'Operations manager Carys Lund denied this. "That engine is sitting in our shed today," she said.',
            "the ferry's spare engine had been sold to pay debts",
            "That engine is sitting in our shed today",
            "contrast",
        ),
        (  # the same speaker "struck a different note": her earlier words against her later ones
            'When the route opened, Lund promised that it would "run every hour, whatever the weather." '
            '"No passenger will ever be left on the quay," she said.\n'
            'On Monday she struck a rather different note. "Sailings depend on the tide," she said.',
            "No passenger will ever be left on the quay",
            "Sailings depend on the tide",
            "contrast",
        ),
        (  # the denier's words in the same sentence as the pointer, after "denied that,"
            "A county officer said the operator had been warned about the ramp in writing in March.\n"
            "A Tane Crossings spokesman denied that, saying the company had only received a phone call.",
            "the operator had been warned about the ramp in writing in March",
            "the company had only received a phone call",
            "contrast",
        ),
    ],
)
def test_the_two_sides_of_the_writers_signal_clash(body: str, claim: str, answer: str, kind: str) -> None:
    (found, *_) = [c for c in _clashes(body) if claim in c.claim] or [None]
    assert found is not None and answer in found.answer and found.kind == kind, _clashes(body)
    assert found.distractors and found.answer not in found.distractors


@pytest.mark.parametrize(
    ("body", "wrong", "why"),
    [
        (
            "The ferry was delayed for 14 hours on Saturday by fog.\n"
            "Passengers told a different story: many said the boat had simply broken down.\n"
            '"We are sorry for the wait," the operator said.\n'
            "Commuter Ana Weld waited 11 hours at the quay.",
            "11 hours",
            "a figure two sentences after the signal from someone the signal does not name is not its answer",
        ),
        (
            "A councillor said the ferry had lost money in each of the last three years.\n"
            "The operator denied that the ferry had ever received a subsidy.\n"
            "The ferry has carried cars since 1998.",
            "lost money",
            "'denied that' with a clause after it is a denial of its own, not a pointer to the words before",
        ),
    ],
)
def test_no_clash_where_the_signal_does_not_point(body: str, wrong: str, why: str) -> None:
    assert not [c for c in _clashes(body) if wrong in c.answer or wrong in c.claim], (why, _clashes(body))
