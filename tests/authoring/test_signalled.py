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
        (  # "far smaller than the county claimed": the county's figure far before, the larger of those before
            "The county told the inquiry that 9,400 pounds had gone missing from the ferry fund over four years.\n"
            "The fund paid for fuel, repairs and the harbour dues.\n"
            "Receipts shown to the inquiry include 700 pounds paid to a boatyard and 450 pounds to a chandler.\n"
            "The operator's lawyer said the true shortfall was far smaller than the county claimed. An auditor "
            "hired by the operator put the missing sum at 2,100 pounds.",
            "9,400 pounds",
            "2,100 pounds",
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
        (  # the writer says the speaker's tone changed: her words before against her words after
            'On Monday, Lund described the first meeting as "friendly" and said she expected "an agreement on '
            'fares within days." By Thursday her tone had hardened. "We will not sign anything the county '
            'writes," she said.',
            "an agreement on fares within days",
            "We will not sign anything the county writes",
            "contrast",
        ),
        (  # what the speaker urged others to do just before the signal is no statement: the one before it is
            'The operator said that "nobody has ever been hurt on the ramp." It urged passengers to use the '
            "stairs at low tide.\n"
            "The county office gave a different picture. Its log lists two passengers hurt on the ramp in May.",
            "nobody has ever been hurt on the ramp",
            "two passengers hurt on the ramp",
            "contrast",
        ),
        (  # a second source "less certain" than the first
            'The operator\'s brochure calls the new ferry "the fastest boat on the coast." Its own captain, Ines '
            'Varga, was less certain. "We have never timed it against the Tane boats," she said.',
            "the fastest boat on the coast",
            "We have never timed it against the Tane boats",
            "contrast",
        ),
        (  # "contested that account", and the answer in the next sentence
            "A passenger said the ferry had left the quay with its ramp still down.\n"
            'The crew contested that account. "The ramp was up and locked before we moved," the skipper said.',
            "the ferry had left the quay with its ramp still down",
            "The ramp was up and locked before we moved",
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
        (
            "A deckhand, who asked not to be named, said the sale of the ferry was settled weeks before the vote. "
            "The chairman denies this.\n"
            "The ferry has been called the slowest on the coast by its own passengers.",
            "the slowest on the coast",
            "a signal that ends its paragraph points to nothing after it: the next paragraph is another matter",
        ),
        (
            "The county office said it had received 14 reports of ferry ramps failing this year.\n"
            "The operator gave a different picture. It said 3 passengers had been hurt on the ramps since 2019.",
            "3 passengers",
            "two figures of two things under a signal are no clash of statements either",
        ),
        (
            "The operator says the ferry carried 80,000 passengers this year.\n"
            "Islanders disputed the figure last month, saying the ferry had carried only 52,000 passengers in 2023.",
            "52,000",
            "figures for two years under a signal are no clash",
        ),
        (
            "The county office said it had received complaints about late sailings from the island.\n"
            'The operator gave a different picture. "We run on time almost every day," its captain said.',
            "We run on time almost every day",
            "another source's reply on another point, with no 'not', no figure and nothing shared, answers nothing",
        ),
        (
            'Councillor Ada Pennock called the new timetable "the best service this town has ever had."\n'
            'Passengers disputed this. "It is the worst timetable the ferry has ever run," said commuter Ana Weld.',
            "the worst timetable",
            "a judgement against a judgement is a disagreement of opinion, not a contradiction",
        ),
    ],
)
def test_no_clash_where_the_signal_does_not_point(body: str, wrong: str, why: str) -> None:
    assert not [c for c in _clashes(body) if wrong in c.answer or wrong in c.claim], (why, _clashes(body))
