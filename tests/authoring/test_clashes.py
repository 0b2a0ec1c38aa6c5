"""Clashes a draft finds: a speaker's words answered by the next sentence ("But"/"however" from another source,
or a record that shows), and figures written with a currency sign or as the rest of a whole."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.authoring.contradictions import Clash, clashes
from game.authoring.quantities import quantities
from game.content.article import Article

_FILLER = (
    "The harbour cafe opens at nine on weekdays.\n"
    "Fishing boats from the harbour land their catch at the fish market on the quay.\n"
    "Visitors to the harbour can park on the quay for a small charge.\n"
)


_LEDE = "The Lowmoor harbour trust met on Monday to discuss the harbour wall."


def _clashes(body: str, lede: str = _LEDE) -> list[Clash]:
    article = Article(f"Headline\n{lede}\n{body}\n{_FILLER}")
    return clashes(article, find_attributions(article)[0])


def _numbers(body: str) -> list[Clash]:
    return [c for c in _clashes(body) if c.kind == "numbers"]


@pytest.mark.parametrize(
    ("body", "claim", "answer", "kind"),
    [
        (  # a promise, then a plan "But ... shows" from another source, the promise's own speaker going on between
            'Harbour master Kit Amberley said she understood the worries of boat owners. "No mooring fee will rise '
            'above 500 pounds," she said. "I give you my word."\n'
            "But the price list sent to boat owners on Friday shows two berths at 640 pounds.",
            "No mooring fee will rise above 500 pounds",
            "two berths at 640 pounds",
            "contrast",
        ),
        (  # a "however" after a time phrase, and the claim among the speaker's words that denies
            "The trust's treasurer, Omar Lindqvist, insisted last week that the budget had nothing to do with the "
            'closure. "We have money in the bank and we are not selling anything," he said.\n'
            "On Thursday, however, the trust chair Ines Varga told members that the boathouse had been put up "
            "for sale.",
            "We have money in the bank and we are not selling anything",
            "the boathouse had been put up for sale",
            "contrast",
        ),
        (  # a record held up against what was said, with an aside between the record and its verb
            "The trust says the harbour wall repairs are temporary and will last one winter at most.\n"
            "A copy of the contract, filed with the county planning office, shows the work runs for eight years.",
            "will last one winter at most",
            "the work runs for eight years",
            "record",
        ),
        (  # a record that says what the claim denies, a judging word in it being the record's, not a view
            'The trust insisted in a statement that the vote had "nothing to do" with plans for a marina.\n'
            "But minutes of a private meeting, seen by the Lowmoor Post, say the vote would "
            '"give the marina scheme the best possible start".',
            "nothing to do",
            "give the marina scheme the best possible start",
            "contrast",
        ),
        (  # a promise for every one, and the log of how many had it by then
            "Harbour master Kit Amberley also promised on Tuesday that every boat owner would have a new mooring "
            "by Friday.\n"
            "By Saturday afternoon, the trust's own mooring log showed new moorings had been fitted for 40 of about "
            "120 boat owners.",
            "every boat owner would have a new mooring",
            "new moorings had been fitted for 40 of about 120 boat owners",
            "record",
        ),
        (  # a record showing a thing "still" there, against words that say it was done
            "A trust statement issued on Sunday said all the spilled oil had been cleared from the slipway by noon.\n"
            "Photographs taken by boat owners on Monday morning show black sludge still coating the stones.",
            "all the spilled oil had been cleared",
            "black sludge still coating the stones",
            "record",
        ),
        (  # a long subject and its verb on either side of an inner "however": one statement against a "no"
            '"No boat has been damaged at the new pontoon," a trust spokesperson said.\n'
            "Insurance claims lodged with the trust's brokers, however, list six boats damaged at the pontoon "
            "since June.",
            "No boat has been damaged at the new pontoon",
            "Insurance claims lodged with the trust's brokers, however, list six boats damaged",
            "contrast",
        ),
        (  # a reported denial about the speaker, turned by the writer's "however" with a record of what he did
            'The jury heard that Kit Amberley said he had "never once" used the club\'s fuel card for anything '
            "personal.\n"
            "Fuel receipts kept by the club secretary, however, include 40 fill-ups at a garage in Portugal.",
            "never once",
            "include 40 fill-ups at a garage in Portugal",
            "contrast",
        ),
        (  # a denial, and the part of the next sentence that speaks of what was denied, not the aside
            "The trust denied that the works had harmed wildlife.\n"
            "But video footage, filmed by a diver and passed to the Lowmoor Post, shows a seal caught in a net.",
            "denied that the works had harmed wildlife",
            "a seal caught in a net",
            "contrast",
        ),
    ],
)
def test_words_answered_by_the_next_sentence(body: str, claim: str, answer: str, kind: str) -> None:
    found = [c for c in _clashes(body) if claim in c.claim]
    assert found, _clashes(body)
    assert answer in found[0].answer and found[0].kind == kind, found[0]
    assert found[0].distractors and found[0].answer not in found[0].distractors


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            'Harbour master Kit Amberley said the wall was safe. "Nobody has ever asked me about the wall," she said.\n'
            "Police figures show that thefts from boats fell by a tenth last year.",
            "a record about another thing, with nothing shared and no figure on both sides",
        ),
        (
            'In a statement, Seaward Paints said it "has never used Coppex at its Lowmoor yard."\n'
            "Records held by the county show the yard used a related paint, Tinmarine, until 2015.",
            "a denial naming one thing is not answered by a record of a related thing",
        ),
        (
            "Harbour master Kit Amberley said the new moorings would bring more visitors to the harbour.\n"
            "But boat owners say the mooring fees are far too high.",
            "a view against a view is a disagreement, not two statements that cannot both be true",
        ),
        (
            'Harbour master Kit Amberley called the new pontoon "safe and sound."\n'
            "She warned, however, that winter storms tend to loosen the chains.",
            "a credit cut by an inner however is the speaker going on, not a statement turning against her",
        ),
        (
            '"We would love to keep the old slipway," said harbour master Kit Amberley. "But we cannot pay to '
            'mend it."',
            "a speaker's own but goes on with their words, it does not answer them",
        ),
    ],
)
def test_no_clash_where_the_next_sentence_does_not_answer(body: str, why: str) -> None:
    assert not [c for c in _clashes(body) if c.kind in ("contrast", "record")], why


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Repairs would cost \u00a32.4 million", [(2_400_000, "pound")]),
        ("estimates the work at $600,000 and says it is safe", [(600_000, "dollar")]),
        ("a fee of \u20ac12 a month", [(12, "euro")]),
        ("all but three of the 52 plots were worked", [(100 * 49 / 52, "share:plot")]),
        ("fewer than half of the 52 plots are used", [(50, "share:plot"), (52, "plot")]),
        ("players lost 4.7 million dollars in 2025-26", [(4_700_000, "dollar")]),
        ("puts the number at 87 over the same period", [(87, "")]),
    ],
)
def test_currency_signs_rests_of_a_whole_and_words_that_are_no_measure(
    text: str, values: list[tuple[float, str]]
) -> None:
    assert [(pytest.approx(q.value), q.measure) for q in quantities(text)] == values


@pytest.mark.parametrize(
    ("body", "claim", "answer"),
    [
        (  # a second source's estimate of the same work, in other words
            "The hall roof is unsafe, the council said. Repairs would cost \u00a31.6 million, according to the "
            "council.\n"
            "A surveyor hired by residents reached another figure. Her report estimates the work at \u00a3400,000.",
            "\u00a31.6 million",
            "\u00a3400,000",
        ),
        (  # a report that opens with its verb and a figure ("found 9 micrograms ..."): the figure is the claim
            "Water from the hall's tap came back at 48 micrograms of lead per litre, the council said.\n"
            "A laboratory hired by residents, Clear Water Greenbank, found 9 micrograms of lead per litre in water "
            "from the same tap.",
            "48 micrograms",
            "9 micrograms",
        ),
        (  # a figure put right ("not 12"), whatever each source calls the thing counted
            "The council will shut 12 branch libraries next year, it announced on Monday.\n"
            '"Our members have been told that 20 sites are going, not 12," said union organiser Dee Mortimer.',
            "12 branch libraries",
            "20 sites are going, not 12",
        ),
        (  # two times for one event, the second source pointing back to it ("the same blackout")
            "Members of the Greenbank bowls club, who were playing under lights, logged the blackout at 8.05pm.\n"
            "The power company's network of meters recorded the same blackout at 9.40pm.",
            "8.05pm",
            "9.40pm",
        ),
        (  # two shares of one whole, one of them written as the rest of it
            "The council's report says fewer than half of the 40 garages are in use.\n"
            "The residents' association said that all but two of the 40 garages were rented this year.",
            "fewer than half of the 40 garages",
            "all but two of the 40 garages",
        ),
    ],
)
def test_two_figures_for_one_thing_clash(body: str, claim: str, answer: str) -> None:
    found = [c for c in _numbers(body) if claim in c.claim]
    assert found and answer in found[0].answer, _numbers(body)


def test_a_figure_put_right_names_both_figures_for_the_student() -> None:
    body = (
        "The council will shut 12 libraries next year, it announced on Monday.\n"
        '"Our members have been told that 20 sites are going, not 12," said union organiser Dee Mortimer.'
    )
    (found,) = _numbers(body)
    assert found.clue == "12 libraries / 20 sites, not 12"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "A letter shows the council offering the club \u00a385,000 to keep the hall open.\n"
            "The council said it would look at hiring a smaller room instead, which is expected to cost about "
            "\u00a340,000 a year.",
            "an offer and a cost are two sums: only the clause a figure stands in says what it is",
        ),
        (
            "Members of the Greenbank bowls club logged the first bowl at 8.05pm.\n"
            "The power company's network of meters recorded a blackout at 9.40pm.",
            "two times of two events: nothing points back to one event",
        ),
        (
            "The new boat ramp will cost \u00a311,000, the trust says.\n"
            "According to the trust's accounts, staff pay for winter opening cost \u00a338,000 last year.",
            "two sums that are both a cost are not one sum: what each is for differs",
        ),
        (
            "The company said the closure had nothing to do with the \u00a33 million of new boilers.\n"
            "The company made a profit of \u00a34.1 million last year.",
            "the speaker's name is no part of what a sum is for",
        ),
        (
            "A listing offering the hall for sale with a starting price of \u00a38,000 appeared online.\n"
            "The museum's curator said the museum could offer no more than \u00a31,500.",
            "a limit on an offer is not a second figure for the price",
        ),
        (
            "The harbour stream carries about 12 million litres of water a day, the water board says.\n"
            "The trust's new storage tank will hold 30 million litres when full, its engineers say.",
            "a flow for each day and what a tank holds are two quantities, though both are litres",
        ),
        (
            "The trust said its own gauges had recorded 120 hours of flooding on the quay last year.\n"
            "A survey by boat owners found that 9 of the floods came on days when no rain had fallen for at least "
            "48 hours.",
            "a figure in a clause that says when something happened measures the condition, not the thing counted",
        ),
    ],
)
def test_sums_for_different_things_do_not_clash(body: str, why: str) -> None:
    assert not _numbers(body), why


def test_a_request_is_no_answer_to_a_denial() -> None:
    body = (
        "The harbour trust is denying reports that thieves got hold of the boat owners' keys last week.\n"
        "On Wednesday, boat owners received an email from the trust asking them to change their padlocks."
    )
    assert not [c for c in _clashes(body) if "asking them" in c.answer], _clashes(body)


def test_earlier_words_against_the_opening_when_both_name_the_same_number() -> None:
    lede = "Lowmoor Ferries will withdraw the number 12 boat between the harbour and the islands in March."
    body = 'In May, Lowmoor Ferries manager Ravi Thorne told the trust that the 12 was "safe for years to come".'
    found = [c for c in _clashes(body, lede) if c.kind == "stance"]
    assert found and "safe for years to come" in found[0].claim, _clashes(body, lede)
    assert found[0].answer.startswith("Lowmoor Ferries will withdraw the number 12 boat")


@pytest.mark.parametrize(
    ("deed", "clash"),
    [("On Thursday she voted in favour of the sale.", True), ("On Thursday she opened the new cafe.", False)],
)
def test_earlier_words_against_the_speakers_own_deed_in_the_next_sentence(deed: str, clash: bool) -> None:
    body = (
        "Only last June, harbour master Kit Amberley assured boat owners that the slipway was "
        f'"not for sale, now or ever". {deed}'
    )
    found = [c for c in _clashes(body) if c.kind == "stance" and c.answer == deed.rstrip(".")]
    assert bool(found) == clash, _clashes(body)
    assert not found or "not for sale, now or ever" in found[0].claim


def test_a_plea_is_answered_only_by_its_own_speakers_admission() -> None:
    body = (
        "Former club treasurer Kit Amberley, 58, denies two charges of theft from the sailing club.\n"
        '"The club treats theft from its members as a very serious matter," its chair said.'
    )
    assert not [c for c in _clashes(body) if c.kind == "denial"], _clashes(body)


def test_a_denial_in_the_speakers_words_then_a_fragment_in_marks_denies_the_whole_clause() -> None:
    body = (
        'The jury heard that when first questioned, Kit Amberley said he had "never once" taken money from the '
        "sailing club's account for himself.\n"
        "The boathouse was repainted in the spring.\n"
        "Giving evidence on Tuesday, the club's former treasurer accepted that he had taken money from the "
        "account to pay for a car."
    )
    found = [c for c in _clashes(body) if "never once" in c.claim]
    assert found and all("he had taken money from the account" in c.answer for c in found), _clashes(body)


def test_a_reported_denial_about_the_speaker_is_answered_only_by_words_about_her() -> None:
    body = (
        'The auditor said in a letter that she had been shown "copies, never the mooring ledger itself."\n'
        "The mooring ledger was shown to the trust board by the harbour master and his deputy in May."
    )
    assert not [c for c in _clashes(body) if "never the mooring ledger" in c.claim], _clashes(body)


def test_an_accusation_in_the_opening_is_no_answer_to_the_accused_earlier_words() -> None:
    lede = (
        "A former harbour master took fees from boat owners for moorings that did not exist, prosecutors told "
        "Lowmoor Crown Court on Monday."
    )
    body = 'When first questioned in March last year, Kit Amberley said he had "never" taken a fee for a mooring.'
    assert not [c for c in _clashes(body, lede) if c.answer.startswith("A former harbour master")], _clashes(body, lede)


@pytest.mark.parametrize(
    ("lede", "body", "claim", "answer"),
    [
        (  # words placed when something was first done, against the same speaker's words now
            _LEDE,
            'When the scheme was first approved, trust director Ada Pennock said the seals "will be kept inside the '
            'harbour pen at all times". Speaking this week, she said the seals had been "swimming free along the '
            'coast since June".',
            "kept inside the harbour pen",
            "swimming free along the coast",
        ),
        (  # words in marks placed in a past month by a speaker the draft cannot name, against the opening
            "Lowmoor Ferries will raise the fare for the island crossing from 4 pounds to 6 pounds in April.",
            "The rise marks a sharp turn for its manager, Ines Varga.\n"
            'Speaking at a public meeting in November, she told islanders that "the fare for the crossing will not '
            'rise while I run this company."',
            "the fare for the crossing will not rise",
            "Lowmoor Ferries will raise the fare",
        ),
        (  # a promise, and another source saying right after that they are still waiting
            _LEDE,
            "When the leak first appeared in March, the trust promised that every flooded boat owner would be paid "
            "within ten days.\n"
            "Several boat owners say they are still waiting.",
            "would be paid within ten days",
            "they are still waiting",
        ),
    ],
)
def test_earlier_words_against_what_came_after(lede: str, body: str, claim: str, answer: str) -> None:
    found = [c for c in _clashes(body, lede) if c.kind == "stance"]
    assert found and claim in found[0].claim, _clashes(body, lede)
    assert answer in found[0].answer, found[0]


@pytest.mark.parametrize(
    ("body", "claim", "answer"),
    [
        (  # workers and jobs are one count
            "Halvorsen said the closure would affect about 600 workers at the Carverton plant.\n"
            "The union said the closure would eliminate close to 2,000 jobs at the plant.\n",
            "600 workers",
            "2,000 jobs",
        ),
        (  # two sources give two sizes of one cut
            "Treasurer Ann Dunmore said the council had cut the grant by 30,000 pounds, roughly a third of its "
            "income.\nA council spokesperson said the grant had been reduced by 12,000 pounds, not withdrawn.\n",
            "30,000 pounds",
            "12,000 pounds",
        ),
    ],
)
def test_two_sources_figures_for_one_thing_named_two_ways(body: str, claim: str, answer: str) -> None:
    found = _numbers(body)
    assert found and claim in found[0].claim and answer in found[0].answer, found
