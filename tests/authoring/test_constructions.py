"""Each way a news article credits words, opinions and clashes, in a two-line article of its own."""

from __future__ import annotations

import pytest

from game.authoring.attribution import find_attributions
from game.authoring.contradictions import clashes
from game.authoring.draft import draft_level
from game.authoring.opinions import classify, fact_and_opinion
from game.authoring.quantities import clock_times, quantities
from game.content.article import Article
from tests.authoring.corpus import CORPUS


def credits(body: str) -> dict[str, str]:
    found, _ = find_attributions(Article(f"Headline\n{body}\n"))
    return {a.quote: a.speaker for a in found if not a.doubt}


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
        ('"It was terrifying," said Tom, a passenger. "The lights went out."', "The lights went out.", "Tom"),
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
        (  # "company Quillbyte" names a business; the outlet it told is not the company
            "According to TechPost, software company Quillbyte has been hacked.\n"
            "The company told TechPost that fewer than 400 accounts were affected.",
            "fewer than 400 accounts were affected",
            "Quillbyte",
        ),
        (  # "promised for the road" describes the crossing; the credit closes the sentence
            "A crossing promised for the busy road will not be built this year, Brenmoor County Council has confirmed.",
            "A crossing promised for the busy road will not be built this year",
            "Brenmoor County Council",
        ),
        (  # when the survey was done is not who did it
            "A survey by the council last autumn found that about 1,400 cars use the road.",
            "about 1,400 cars use the road",
            "A survey by the council",
        ),
        (  # the data's publisher, not "Data published"
            "Sewage was released into the river for 1,260 hours, according to data published on Thursday by the "
            "Rivers Authority.",
            "Sewage was released into the river for 1,260 hours",
            "the Rivers Authority",
        ),
        (
            "Bay Ferries will cut sailings, the operator told staff on Friday.",
            "Bay Ferries will cut sailings",
            "Bay Ferries",
        ),
        (
            'Mr Tom Hale opened the meeting. Ms Ann Roe replied.\n"We will fight on," he said.',
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
        (
            "Farmer Tom Bell, 45, said the river had never been so low.",
            "the river had never been so low",
            "Farmer Tom Bell",
        ),
        ("Sarah, 15, a pupil at the school, said the lessons were too long.", "the lessons were too long", "Sarah"),
        (
            'Anna Kay, the head of the residents\' group that brought the case, said: "We won the case."',
            "We won the case.",
            "Anna Kay",
        ),
        (
            "Residents, many of whom have lived there for decades, say the noise is unbearable.",
            "the noise is unbearable",
            "Residents",
        ),
        (
            "The hospital missed its targets, according to a report by the National Audit Office.",
            "The hospital missed its targets",
            "a report by the National Audit Office",
        ),
        (
            "Researchers at the University of Leeds found that the pills did not work.",
            "the pills did not work",
            "Researchers at the University of Leeds",
        ),
        ('"It is over," said Ann Lee on Monday.', "It is over", "Ann Lee"),
        ("The minister told MPs the scheme was working well.", "the scheme was working well", "The minister"),
        (
            'The trust said waiting times had fallen.\nNurses disagree. "We are exhausted," they said.',
            "We are exhausted",
            "Nurses",
        ),
        (
            "PlayRight recalled 40,000 dolls on Friday.\nIt now admits that it knew of the problem in April.",
            "it knew of the problem in April",
            "PlayRight",
        ),
        ('"This is a sad day," the firm\'s chief executive, Ian Bell, said.', "This is a sad day", "Ian Bell"),
        (
            'Council leader Ann Fry defended the cuts.\nCouncillor Ben Holt disagreed. "It is a disgrace," he said.\n'
            '"We will fight this," she said.',
            "We will fight this",
            "Council leader Ann Fry",
        ),
        (
            "The operator, Skyline Networks, said the mast would bring fast internet.\nThe mast is 25 metres tall.\n"
            "It will stand in a field near Little Brayford.\nIt will be painted green.\n"
            "In a letter last autumn, the company promised "
            "that the mast would be hidden among trees.",
            "the mast would be hidden among trees",
            "Skyline Networks",
        ),
        (
            'Mayor Jo Penn spoke first.\nThe council sacked Ms Ann Jones on Monday. "It was unfair to me," she said.',
            "It was unfair to me",
            "Ms Ann Jones",
        ),
        (
            "Critics say the plan will cost too much, but supporters argue it will create jobs.",
            "the plan will cost too much",
            "Critics",
        ),
    ],
)
def test_who_said_it(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # the subject of the sentence before, whatever places it names
            "Kofi Mensah, who has run the Bay Tree bakery on Castle Street for 20 years, said trade had fallen.\n"
            '"People have stopped coming," he said.',
            "People have stopped coming",
            "Kofi Mensah",
        ),
        (  # initials and a title with a full stop are part of the name
            "Deputy Commissioner P. Raman, who visited the site, said the work was finished.\n"
            '"The road is safe," he told reporters.',
            "The road is safe",
            "Deputy Commissioner P. Raman",
        ),
        (  # a sentence inside a quotation ("Enough is enough.") names no one
            '"We love visitors," said chair Ann Hale. "But the noise never stops. Enough is enough."\n'
            "She said the council had received 90 complaints.",
            "the council had received 90 complaints",
            "chair Ann Hale",
        ),
        (  # a quotation too long for a card is cut into sentences, each credited
            '"We have asked the council for a crossing outside the school gates for six years and we have been '
            'ignored every single time. Somebody will be hurt," said head teacher Rosa Lind.',
            "Somebody will be hurt",
            "head teacher Rosa Lind",
        ),
        (  # a quotation that runs on into the next paragraph, which opens with a quotation mark again
            "Farmer Eoin Walsh, whose land the road will cross, said he was \u2018heartbroken\u2019.\n"
            "\u2018My family has worked these fields for a hundred years. Now a lorry road will split them.\n"
            "\u2018Nobody came to see us. Not one person.\u2019",
            "Nobody came to see us. Not one person.",
            "Farmer Eoin Walsh",
        ),
        (  # "they" for one source the article does not name
            "A nurse, who asked not to be named, said the ward was short of staff.\n"
            "They said three beds had been closed since May.",
            "three beds had been closed since May",
            "A nurse",
        ),
        (  # "the mayor" after the article has named the mayor
            "Mayor Ines Duarte opened the new pool on Friday.\n"
            "The mayor also promised that the showers would be fixed by June.",
            "the showers would be fixed by June",
            "Mayor Ines Duarte",
        ),
        ('"We tried everything," said Ann Lee, "and nothing worked."', "and nothing worked.", "Ann Lee"),
        (  # a second quotation joined to the first under one verb
            'Councillor Joe Ward told the paper that the plan was "a mess" and that he "would never back it".',
            "would never back it",
            "Councillor Joe Ward",
        ),
        (
            'Fisherman Ali Noor, standing on the quay, was blunt: "The river is dead."',
            "The river is dead.",
            "Fisherman Ali Noor",
        ),
        (
            "The bridge could reopen by May, engineers said, though similar repairs elsewhere have taken a year.",
            "The bridge could reopen by May",
            "engineers",
        ),
        (  # "the group" points back to the body the article described as a group
            'Green Lanes, a walking group with 400 members, called the plan "a betrayal".\n'
            "In a statement, the group said it would appeal against the decision.",
            "it would appeal against the decision",
            "Green Lanes",
        ),
        (  # the name in apposition says who "her neighbour" is
            'Her neighbour, retired nurse Val Oduya, was angrier. "Nobody warned us," she said.',
            "Nobody warned us",
            "retired nurse Val Oduya",
        ),
        (  # the pronoun ends the phrase before the verb: "the election" is not who told
            "Councillor Mia Roth voted for the rise.\nBefore the election she told the paper that taxes were "
            '"far too high".',
            "far too high",
            "Councillor Mia Roth",
        ),
        (  # the subject after an opening clause
            'Having worked at the mine for 30 years, Owen Price was not surprised. "It was always coming," he said.',
            "It was always coming",
            "Owen Price",
        ),
        (
            "Councillor Rita Das (Ward 7), in whose ward the park lies, alleged that the fence had been removed.",
            "the fence had been removed",
            "Councillor Rita Das",
        ),
        (
            "Pat Quinn, spokesman for the Riverside Residents, said the group would object.",
            "the group would object",
            "Pat Quinn",
        ),
        ('"We are sorry," said Bay Ferries\' chief executive, Alan Moss.', "We are sorry", "Alan Moss"),
        (
            "Mr. Okafor had told the council in March that every one of the old lead pipes in the town had been "
            '"replaced".',
            "replaced",
            "Mr. Okafor",
        ),
        (
            "Local TD Se\u00e1n Byrne backed the farmers in 2022.\n"
            "In a post on social media on Monday, he welcomed the ruling as \u2018a great day\u2019.",
            "a great day",
            "Local TD Se\u00e1n Byrne",
        ),
        (  # a role, then the name, between commas before the verb
            "The Riverside Lido will close for good in May, its owner, Bluewater Leisure, announced on Friday, "
            "leaving the town without a pool.",
            "The Riverside Lido will close for good in May",
            "Bluewater Leisure",
        ),
        (  # "of Ashby police" is where she works: "she" is still Okoro
            "Inspector Dawn Fyfe of Ashby police said the plan had not been shared with her force.\n"
            '"Nobody has spoken to us, not once," she told the Echo.',
            "Nobody has spoken to us, not once",
            "Inspector Dawn Fyfe of Ashby police",
        ),
        (  # a verb in -s after a name, past a description in commas
            'Mia Hart, 17, rides a bike to college.\n"The roads are frightening," she said.',
            "The roads are frightening",
            "Mia Hart",
        ),
        (
            "A survey by the parish council, published in June, puts the number of empty homes at 140.",
            "puts the number of empty homes at 140",
            "A survey by the parish council",
        ),
        (
            "There are 900 allotments in the city, although the volunteers estimate the waiting list is over 2,000.",
            "the waiting list is over 2,000",
            "the volunteers",
        ),
        (
            "Tom Reid, 52, of Millbrook, said the bus had not come for a week.",
            "the bus had not come for a week",
            "Tom Reid",
        ),
        (  # reported words joined to a quotation under the same verb
            'Last May, Ms Jo Hart told the paper that a curfew would be "cruel" and that better fences would solve '
            "the problem.",
            "better fences would solve the problem",
            "Ms Jo Hart",
        ),
        (
            '"We will fight on," said Ann Lee, adding that the group would appeal against the ruling.',
            "the group would appeal against the ruling",
            "Ann Lee",
        ),
        (  # a participle and when, between the subject and its verb
            "A police statement issued on Sunday evening said the road had been cleared by noon.",
            "the road had been cleared by noon",
            "A police statement",
        ),
        (
            "Photographs taken by walkers on Monday and shared on social media show rubbish still on the beach.",
            "rubbish still on the beach",
            "Photographs",
        ),
        (  # a paragraph that ends "said:", then a paragraph all in quotation marks
            "Nurse Asha Patel, who lives on the estate, said:\n"
            '"There is no pavement on that road. If the bus goes, I have to choose between my job and my children."',
            "There is no pavement on that road. If the bus goes, I have to choose between my job and my children.",
            "Nurse Asha Patel",
        ),
        (  # a closing credit to a named newspaper
            "Mr Gareth Lloyd wrote to the council in June.\nHe has not had a reply to his letter, he told the Courier.",
            "He has not had a reply to his letter",
            "Mr Gareth Lloyd",
        ),
        (  # a name ending in s is a person, and "met Delgado" is the verb after a description
            "Kim Park said the plan was fair.\nAdvocate James Okafor, 34, who uses a wheelchair, met Delgado last "
            'month. "She listened," he said.',
            "She listened",
            "Advocate James Okafor",
        ),
        (  # ", adding that ..." after a closing credit: the clause before is theirs
            "Restaurants that lose their tables might sue, City Attorney Lisa Chen said, adding that other bans had "
            "failed.",
            "Restaurants that lose their tables might sue",
            "City Attorney Lisa Chen",
        ),
        (  # a dateline is not part of the reported words
            "OAKHAVEN \u2014 City officials are weighing a ban on sidewalk tables, Councilwoman Maria Delgado said "
            "Tuesday.",
            "City officials are weighing a ban on sidewalk tables",
            "Councilwoman Maria Delgado",
        ),
        (  # the neighbour of a named person is named in apposition
            "Ms Bev Costa has lived in a caravan since the fire.\n"
            "Ms Costa's neighbour, retired firefighter Glen Watts, agrees. He says the forms run to 40 pages.",
            "the forms run to 40 pages",
            "retired firefighter Glen Watts",
        ),
        (  # "seen by the Courier" says who saw the report, not who it is
            "But a leaked council memo, seen by the Courier, says the saving will be only 20,000 pounds.",
            "the saving will be only 20,000 pounds",
            "a leaked council memo",
        ),
        (  # "reports" after "after" is a noun: the credit is the one closing the sentence
            "Toy maker Brightco is recalling its robot dogs after reports that their batteries can overheat, the "
            "safety office said on Friday.",
            "Toy maker Brightco is recalling its robot dogs after reports that their batteries can overheat",
            "the safety office",
        ),
    ],
)
def test_who_said_it_in_the_ways_papers_write(body: str, quote: str, speaker: str) -> None:
    assert credits(body)[quote] == speaker


def test_what_is_nobody_speaking_is_not_credited() -> None:
    assert credits('Tests found so-called "forever chemicals" in the water.') == {}
    assert credits("Dogs found roaming the park will be taken to the pound.") == {}
    said = credits("The bridge could reopen by May, engineers said, though similar repairs have taken a year.")
    assert not [q for q in said if "similar repairs" in q]
    # the name in commas belongs to the group that hired the lab, not to the lab that found it
    assert (
        "Clean Water Now"
        not in credits("A lab hired by a residents' group, Clean Water Now, found lead in two samples.").values()
    )
    # what was found or written, when it is a thing and not words
    assert credits("Farmer Ann Platt found the balloon next to her barn.") == {}
    assert credits("Pupil Sam Oyelaran, 14, wrote the code for the tracker.") == {}
    assert credits("The government has warned councils against the idea.") == {}
    # "the first estimate" is a noun: the repair bill is the trustees' word
    assert credits("The repairs will cost 3 million pounds, almost twice the first estimate, the trustees said.") == {
        "The repairs will cost 3 million pounds, almost twice the first estimate": "the trustees"
    }
    # "promised" after a preposition describes the grants: nobody is promising here
    assert credits("Families are still waiting for promised rebuilding grants, nine months after the fire.") == {}
    # a second credit closing the sentence is not part of the first one's words
    assert credits(
        "The trust has admitted that staff shortages caused the failings, a report published on Thursday found."
    ) == {"staff shortages caused the failings": "The trust"}
    # a person named next to the subject may be meant: "she" and "he" are left to the teacher
    assert credits('Ann Lee, who chairs the group, praised Tom Bell.\n"He worked hard," she said.') == {}
    assert credits('Ann Lee met Tom Bell on Monday.\n"It went well," he said.') == {}
    # "but" with a new subject between two quotations: the second is not the first one's speaker's
    assert "loved it" not in credits('Ann Cole called the plan "a mess" but residents "loved it".')


def test_an_unclear_reference_is_left_to_the_teacher() -> None:
    # "the company" with two businesses named before, "the firm" with only a council named before
    two = "Arc Build and Harbour Foods bid for the site.\nThe company said the bid was the lowest."
    assert credits(two) == {}
    council = 'The town council gave a grant in 2022.\nThe firm promised the plant had "a long future".'
    assert "a long future" not in credits(council)
    # a name nearer than the only known person, that could be anyone: "she" is left to the teacher
    school = 'Head Sue Lin spoke.\nPupils at Eastfield Grange were sent home. "It was so cold," she said.'
    assert credits(school) == {}
    # "it" speaks only for a body: not for a person, nor for a thing
    assert credits("Ann Lee bought the shop in May. It now says the roof was rotten.") == {}
    assert credits("The bridge was closed on Monday. It said the repairs were going well.") == {}
    # a sentence of the writer's between: the lone quotation is not surely Tom's
    assert "The lights went out." not in credits('"It was awful," said Tom. The train stopped. "The lights went out."')
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
        ("The trains stopped. It was chaos.", "opinion"),
        ("It was closed.", None),
        ("Crumb & Co has pocketed public money and walked away from the town.", None),
        ("Crumb & Co closed the plant last week.", "fact"),
        ("The best-selling app was removed from 300 schools in May.", "fact"),
        ("Frankly, the debate was a shambles.", "opinion"),
        ("Of course, busy parents will welcome them.", "opinion"),
        ("The rise is clearly unfair to students.", "opinion"),
        ("The idea seems sensible to most parents.", "opinion"),
        ("The festival should move to a sturdier site.", "opinion"),
        ("The stadium should open in 2028, if building starts.", "fact"),
        ("As far as we know, no other school uses the pouches.", None),
        ("The clinic is expected to publish full figures in the spring.", None),
        ("Campaign group Fair Homes met the council on Monday.", "fact"),
        ("The Glenmoor Ice Arena will close for good on 31 March", "fact"),  # "for good": for ever, no judgement
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
        (
            "The operator insists that only a dozen passengers use the early boat.\n"
            "A count by the community council found more than sixty.\nThe boat leaves the harbour on weekdays.\n"
            "The early boat carries post and passengers to the island.",
            "only a dozen passengers use the early boat",
            "A count by the community council found more than sixty",
            "numbers",
        ),
        (
            "The trust said its engineers were on site by 7 a.m.\nParents collected their children from the gate.\n"
            "The caretaker said the engineers did not arrive until half past nine.\n"
            "The engineers replaced a pump in the boiler room.",
            "its engineers were on site by 7 a.m",
            "the engineers did not arrive until half past nine",
            "numbers",
        ),
        (
            "The council says a third of the homes will be affordable.\n"
            "Campaign group Fair Homes puts the share at one in ten.\nThe homes will be built on the old airfield.\n"
            "The airfield homes will have gardens.",
            "a third of the homes will be affordable",
            "puts the share at one in ten",
            "numbers",
        ),
        (
            "Rail Link cancelled all trains on Saturday.\n"
            'Rail Link had insisted last month that the signals were "fully modernised".\n'
            "According to the rail union, half of the signals on the line are over 40 years old.\n"
            "Signal failures stopped trains on Saturday.\nThe signals on the line are checked every spring.",
            "the signals were",
            "half of the signals on the line are over 40 years old",
            "stance",
        ),
        (  # the second figure corrects the first in so many words
            "A balloon built by pupils climbed to a height of 32 kilometres, the school said.\n"
            "Dr Helen Marsh said the data showed the balloon had reached 27 kilometres, not 32.\n"
            "The balloon carried a camera and a thermometer.\nThe pupils built the balloon in six weeks.",
            "climbed to a height of 32 kilometres",
            "the balloon had reached 27 kilometres, not 32",
            "numbers",
        ),
        (  # a document "says" the figure, after a description of it between commas
            "The council says the plan will save 180,000 pounds a year.\n"
            "But an internal council report, seen by the Echo, says the yearly saving will be only 60,000 pounds.\n"
            "The plan switches off street lights at night.\nStreet lights on main roads stay on all night.",
            "the plan will save 180,000 pounds a year",
            "the yearly saving will be only 60,000 pounds",
            "numbers",
        ),
        (  # another source points back ("such cases") with a "however"
            "Dr Ann Shaw said the number of pupils treated for asthma had more than doubled last year.\n"
            "A hospital spokesman, however, said such cases fell last year.\n"
            "The hospital treats pupils from six schools.\nPupils with asthma carry an inhaler to school.",
            "had more than doubled last year",
            "such cases fell last year",
            "direction",
        ),
        (  # the lede is one long sentence: its main clause is what the article reports now
            "Hire scooters will stay on the streets of Beckford for another year after the city's transport board "
            "voted on Monday to extend a trial of the scheme.\n"
            "Board chair Sunita Rao said the scooters were popular.\n"
            'Last spring, Rao told the Post that the trial would end in December "with no extension of any kind".\n'
            "The scooters can be hired from the station.\nRiders of the scooters must be at least 18.",
            "the trial would end in December",
            "Hire scooters will stay on the streets of Beckford for another year",
            "stance",
        ),
        (  # a plain "none" against the same speaker's admission
            "Millions of plastic pellets have washed up on Sandmouth beach, volunteers said.\n"
            "Baltica Shipping said on Monday that none of the lost containers held plastic. On Wednesday, Baltica "
            "Shipping admitted that two of them had been carrying pellets to a factory.\n"
            "Volunteers collected pellets from the beach on Tuesday.\nThe pellets on the beach are white or blue.",
            "none of the lost containers",
            "two of them had been carrying",
            "denial",
        ),
        (  # a denial answered by the nearest passage about it, not the survey's count of all shops
            "Thirty-one of 40 shops sold energy drinks to children under 16, the council said on Thursday.\n"
            "A ban on selling the drinks to children came into force in January.\n"
            'Ravi Mistry runs a newsagent on Station Road. "We have never sold to a child," Mistry said. The '
            "council's report lists his shop among those that sold a can to a volunteer.\n"
            "The checks took place over two weekends.\nShops that sold drinks to children can be fined.",
            "never sold to a child",
            "lists his shop",
            "denial",
        ),
        (  # their exact earlier words quoted, placed in the past by the phrase before them
            "The Glenmoor Ice Arena will close for good on 31 March, its owner announced.\n"
            'In an interview last summer, manager Kevin Sharpe said the arena had "a long and secure future".\n'
            "The arena opened forty years ago.\nThe arena has two rinks and a cafe for skaters.",
            "a long and secure future",
            "The Glenmoor Ice Arena will close for good on 31 March",
            "stance",
        ),
    ],
)
def test_contradictions(body: str, claim: str, answer: str, kind: str) -> None:
    found = [c for c in clashes(*_read(body)) if claim in c.claim]
    assert found, clashes(*_read(body))
    assert answer in found[0].answer and found[0].kind == kind
    assert found[0].distractors and found[0].answer not in found[0].distractors


def test_a_companys_denial_against_what_it_now_admits() -> None:
    body = (
        "PlayRight recalled 40,000 dolls on Friday after reports of loose parts.\n"
        "The company had denied in May that any of its toys were unsafe. It now admits that it knew of the problem "
        "in April.\nParents of young children said they were angry about the dolls.\n"
        "The dolls were sold in 300 toy shops across the country."
    )
    (found,) = [c for c in clashes(*_read(body)) if c.kind == "denial"]
    assert "had denied" in found.claim and found.answer == "it knew of the problem in April"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "The rink will close on 31 March, its owner Frostline announced on Friday.\n"
            "Frostline denied on Friday that it had agreed to sell the site to a supermarket chain.\n"
            "Parents met the coach on Friday evening.\nThe rink has a cafe and a shop for its skaters.\n"
            "Skaters use the rink six days a week.",
            "the denial and the other passage share only a day",
        ),
        (
            "Stridex denied in May that it knew of any problem with the batteries.\n"
            "The company said 40,000 pairs had been sold since the shoes went on sale in March.\n"
            "The shoes light up when children walk.",
            "the company's next words say nothing about the problem: 'since' alone is no admission",
        ),
        (
            '"We are not against the market, and we never have been," said a spokeswoman for the stallholders.\n'
            "The market board received 60 letters from stallholders last year.\nThe market opens on Saturdays.\n"
            "Stalls sell fruit and bread.",
            "the credit after the quotation ('stallholders') is who denied, not what was denied",
        ),
        (
            "Transport minister Alan Pike has never seen a road scheme he did not like.\n"
            "Campaigners promised to block every new road scheme in the valley.\nThe valley has two busy roads.\n"
            "Buses run along the valley floor.",
            "'never ... did not like' is two negatives: it says yes",
        ),
        (
            'The maker said it "has never put Zelorin in any of its paints."\n'
            "Records show the maker put a related dye, Varnox, in its paints until 2015.\n"
            "The paints are sold in shops.\n"
            "The firm employs painters and chemists.",
            "the denial names one substance, the answer another",
        ),
        (
            '"My horse is 20 and has never kicked a soul," said rider Meg Hale.\n'
            "Owners whose horses kick walkers on the bridleway will be fined.\nThe bridleway runs by the river.",
            "a first-person denial about one's own horse, against a rule for all owners",
        ),
    ],
)
def test_no_denial_clash_with_a_passage_that_says_nothing_of_what_was_denied(body: str, why: str) -> None:
    assert not [c for c in clashes(*_read(body)) if c.kind == "denial"], why


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "A phone mast will be built on farmland outside Brayford after the committee approved it on Monday.\n"
            "The operator, Skyline Networks, said the mast would bring mobile internet to 1,200 homes.\n"
            "In a letter to residents last autumn, the company promised that the mast would be hidden among trees.\n"
            "The plans show the mast standing in an open field.\nA petition against the mast gathered signatures.\n"
            "The mast will be 25 metres tall.",
            "a promise told in the writer's words is reported; only quoted earlier words make the stance",
        ),
        (
            "Barely a month after the river trust declared the clean-up of Dunmere Pond finished, dead fish were "
            "seen near the weir.\nTrust officer Leah Moor said the fish died in the heat.\n"
            "Moor had said in May that 3,000 tonnes of mud had been dredged from the pond bed.\n"
            "Anglers have fished the pond for decades.\nThe pond is fed by two streams.",
            "the opening does not answer a bare 'had said' (its answer follows it), and here it agrees",
        ),
    ],
)
def test_no_stance_where_nothing_answers_the_earlier_words(body: str, why: str) -> None:
    assert not [c for c in clashes(*_read(body)) if c.kind == "stance"], why


@pytest.mark.parametrize(
    ("body", "claim", "answer"),
    [
        (  # the speaker's own words now
            "Thirty shops sold energy drinks to children, the council said.\n"
            'Council leader Janet Rowe said the council would prosecute shops "every single time".\n'
            'In March, however, Rowe told a meeting that prosecutions were "a last resort" and that shops would '
            "first receive a warning letter.\nAn officer said some shops in the survey had already been warned "
            "three times.\nThe shops in the survey were visited over two weekends.",
            "a last resort",
            "every single time",
        ),
        (  # two past times, one speaker, back to back: the later words answer though they share no word
            "Pupils at Hallam Primary are still taught in portable cabins, parents say.\n"
            'In 2021, education chief Dana Ossett told parents that a new classroom block would be "open by '
            'autumn 2023". Last week she said building work could not begin before 2027.\n'
            "The cabins were put up as a stopgap.\nParents have written to the council about the cabins.",
            "open by",
            "could not begin before 2027",
        ),
        (  # a bare "had said" answered by another source's admission, with a "however", right after it
            "Hundreds of dead ducks have been found along the Marle canal after a week of hot weather.\n"
            "Water chief Omar Lind said the deaths were caused by the heat.\n"
            'Lind had told councillors in April that every farm outflow to the canal had been "sealed for good". '
            "On Tuesday, however, a water board inspector admitted that two pipes were opened again in June.\n"
            "Volunteers have been clearing the banks.\nThe canal is popular with anglers.",
            "sealed for good",
            "two pipes were opened again",
        ),
    ],
)
def test_a_change_of_stance_is_answered_by_the_speakers_newer_words(body: str, claim: str, answer: str) -> None:
    (found,) = [c for c in clashes(*_read(body)) if c.kind == "stance"]
    assert claim in found.claim and answer in found.answer


def test_a_denial_is_not_answered_by_its_own_speaker_nor_by_a_name() -> None:
    article = Article((CORPUS / "18-pool-closure.txt").read_text(encoding="utf-8"))
    for clash in clashes(article, find_attributions(article)[0]):
        assert "officers had met" not in clash.answer and clash.answer != "Local swimming club Ashgrove Otters"


@pytest.mark.parametrize(
    ("line", "opinion"),
    [
        ("The cuts are a hammer blow to a fragile community.", True),
        ("The trust has treated this school as an afterthought for years.", True),
        ("Projects like this do more for young scientists than a year of textbooks.", True),
        ("Pavements belong to people on foot, not to machines.", True),
        ("Police are investigating the fire at the old mill.", False),  # a present fact, no picture
        ("The cuts were a hammer blow to the village.", False),  # past: something a record could show
        ("The new hall will open as a cinema, not a theatre.", False),  # a plan, told in the future
        ("The pool is expected to be a big draw for families.", False),  # hedged
        ("The school is a listed building with 900 pupils.", False),  # a figure a record could check
        ("The building is a former chapel.", False),  # what it was: a record could show it
        ("Harwell Foods is a subsidiary of a Dutch group.", False),  # a named thing classed: who owns it
        ("Dr Okafor is an expert on river birds.", False),  # a named person and their trade
    ],
)
def test_the_writers_own_line_is_an_opinion_when_it_pictures_rather_than_reports(line: str, opinion: bool) -> None:
    """A paragraph of one sentence in the writer's voice: a metaphor or a weighing is an opinion; the same line
    inside a longer paragraph is left alone (it may be a report's summary)."""
    alone = Article(f"Headline\nThe council met on Monday.\n{line}\nThe meeting ended at nine.\n")
    opinions = [s.text for s in fact_and_opinion(alone, [])[1]]
    assert (line in opinions) is opinion, opinions
    inside = Article(f"Headline\nThe council met on Monday. {line}\nThe meeting ended at nine.\n")
    assert line not in [s.text for s in fact_and_opinion(inside, [])[1]]


def test_a_writers_should_with_a_verb_like_found_is_an_opinion_not_reported_speech() -> None:
    article = Article(
        "Headline\nThe pool closed in May.\nFrankly, the council should have found the cracks years ago.\n"
    )
    judged = {
        q["statement"]: q["answer"] for q in draft_level(article, "x").questions if q["type"] == "fact_or_opinion"
    }
    assert judged.get("Frankly, the council should have found the cracks years ago.") == "opinion"


def _read(body: str) -> tuple[Article, list]:  # type: ignore[type-arg]
    article = Article(f"Headline\n{body}\n")
    return article, find_attributions(article)[0]


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (
            "The council gave the firm a grant of 200,000 pounds in 2022.\n"
            "The firm's own figures show it made a profit of 1.2 million pounds last year.",
            "a grant and a profit are two things",
        ),
        (
            "In 2023 the trustees had said the work would cost 1.8 million pounds.\n"
            "The work will cost 3.4 million pounds, almost twice the first estimate, the trustees said.",
            "the article explains the change",
        ),
        (
            "Trains stopped for six hours between Leeford and Carrow.\nSarah Boyd waited four hours at Carrow station.",
            "two durations at one place",
        ),
        ("The meeting starts at 7pm.\nDoors open at half past six.", "one voice giving a timetable"),
        (
            "Lessons will start at 9.30am from January, head teacher Ann Ross said.\n"
            "Parent Tom Hale said lessons would now finish at a quarter past four.",
            "two sources, but the start and the end of one day",
        ),
        (
            "Pupils at Hill School will start lessons at 9.30am from January, the school said.\n"
            'The school has 900 pupils.\nParent Tom Hale said: "I start work at eight o\'clock."',
            "a parent's working day and the school's are two things that start",
        ),
        (
            "The governors said the breakfast club would still open at 8am.\n"
            "Parent Tom Hale wants the school to open its doors at 7.30am.",
            "a wish is not a claim",
        ),
        (
            "The trainers cost 45 pounds, the firm said.\nThe recall is expected to cost the firm two million pounds.",
            "a price and a bill, a thousandfold apart, are not one figure",
        ),
        (
            "Thirty-one of the 40 shops visited sold drinks to children, the council said.\n"
            "The council will publish the names of all 31 shops next week.",
            "a part counted against its whole",
        ),
        (
            "The club had 300 members in 2022, its secretary said.\nThe club has 450 members this year, the town said.",
            "two years, two counts",
        ),
        (
            "Samples from Pump No. 1 showed 40 milligrams of nitrate, the water board said.\n"
            "Pump No. 4 showed 9 milligrams, according to an independent laboratory.",
            "two numbered pumps are two things, not two readings of one",
        ),
        (
            "The cinema will add 12 more screens, its owners said.\n"
            "The city has 70 screens in all, a film society said.",
            "what is added against the total already there",
        ),
        (
            "A study for the council said the new marina would draw 30,000 boats a year.\n"
            "A comparable marina up the coast draws about 90,000 boats a year, its harbour master said.",
            "a figure for a similar thing somewhere else",
        ),
        (
            "The legal limit for lead in tap water is 10 micrograms, the water board said.\n"
            "A sample from the school tap showed 25 micrograms, an independent laboratory said.",
            "a limit set for a thing against a reading of it",
        ),
    ],
)
def test_no_clash_where_the_figures_do_not_meet(body: str, why: str) -> None:
    filler = "\nThe work, the firm, the trains and the meeting are all in the town.\nThe town has a station and a hall."
    assert not [c for c in clashes(*_read(body + filler)) if c.kind == "numbers"], why


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Bay Ferries will run two thousand fewer sailings", [(2000, "sail")]),
        ("only a dozen passengers", [(12, "passeng")]),
        ("a third of the homes", [(100 / 3, "share:home")]),
        ("puts the share at one in ten", [(10, "share")]),
        ("half of the crew and 85 percent of capacity", [(50, "share:crew"), (85, "share:capac")]),
        ("a profit of 1.2 million pounds in 2023", [(1_200_000, "pound")]),
        ("pupils in Year 9 left at half past nine", []),
        ("puts the visitors at 240,000, down from 265,000 visitors", [(240_000, ""), (265_000, "visitor")]),
        ("said \u201cfewer than 30,000\u201d customers had been affected", [(30_000, "custom")]),  # past the mark
    ],
)
def test_figures_in_words_and_digits(text: str, values: list[tuple[float, str]]) -> None:
    assert [(pytest.approx(q.value), q.measure) for q in quantities(text)] == values


@pytest.mark.parametrize(
    ("body", "claim", "answer", "unlike"),
    [
        (  # two sources put one event in different months; a gala in spring is another event
            "The council says the pool will reopen in September.\n"
            "A leaked report puts the likely reopening date in the spring of next year.\n"
            "The pool closed in March for repairs to its tank.\nThe pool and its tank were built in 1987.",
            "September",
            "spring",
            ("the likely reopening date", "the gala"),
        ),
        (  # two sources count one crowd; one voice giving both is no clash
            "More than 500 volunteers cleared rubbish from Sandbay beach on Saturday, organisers said.\n"
            "The council said only 150 people took part.\nVolunteers collected two tonnes of plastic from the beach.\n"
            "The next beach clean is planned for the autumn.",
            "500 volunteers",
            "150 people",
            ("The council said only", "Only"),
        ),
    ],
)
def test_two_sources_on_one_thing_clash_and_the_near_miss_does_not(
    body: str, claim: str, answer: str, unlike: tuple[str, str]
) -> None:
    (found,) = [c for c in clashes(*_read(body)) if c.kind == "numbers"]
    assert claim in found.claim and answer in found.answer
    near_miss = body.replace(*unlike).replace(", organisers said", "")
    assert not [c for c in clashes(*_read(near_miss)) if c.kind == "numbers"]


def test_clock_times_in_words_and_digits() -> None:
    found = clock_times("on site by 7 a.m., not until half past nine; fixed by 2pm, open at 9.30pm, shut at noon")
    assert [(t.minutes, t.half_day) for t in found] == [
        (420, False),
        (840, False),
        (1290, False),
        (570, True),
        (720, False),
    ]
    seven, nine = found[0], found[3]
    assert seven.differs(nine) and not nine.differs(clock_times("at 9.30am")[0])


def test_the_role_of_an_unnamed_source_points_back_to_them_and_stays_anonymous() -> None:
    article = Article(
        "Headline\nA Westbury councillor, who did not want to be named, said the mayor had backed the plan.\n"
        '"She told us in June it was a good idea," the councillor said.\n'
    )
    (question,) = [q for q in draft_level(article, "x").questions if q.get("quote", "").startswith("She told us")]
    assert question["answer"] == "A Westbury councillor" and question["cite"] is True
    assert "described in an earlier sentence" in question["explanation"]
    assert "anonymous source" in question["explanation"]


@pytest.mark.parametrize(
    ("body", "quote", "speaker"),
    [
        (  # an age in commas says the name is a person's, so "she" can point to her
            "For Ann Pike, 71, who lives in Little Upton, the bus is the only way to town. "
            '"Without it I am stuck," she said. "My son lives far away."',
            "My son lives far away.",
            "Ann Pike",
        ),
        (  # a first name alone is the person named in full before
            'The stone was found by 13-year-old Tom Hale and his father. "I thought it was coal," Tom said.',
            "I thought it was coal",
            "Tom Hale",
        ),
        (  # "who" is the subject of the verb in a relative clause: the speaker is whom it describes
            'Councillor Dan Ferris, who in May told a meeting that "no school will close", voted for the merger.',
            "no school will close",
            "Councillor Dan Ferris",
        ),
        (  # reported words before a quotation under the same verb
            'Asked about the promise, Dan Ferris said the school was not closing but "joining a bigger family".',
            "the school was not closing",
            "Dan Ferris",
        ),
        (  # the second verb of "X stood ... and told" has X for its subject
            'In May, Ann Marsh stood on the pitch and told fans: "We are not going anywhere."',
            "We are not going anywhere.",
            "Ann Marsh",
        ),
        (  # a credit between a clause and the writer's "as ..."
            "Beavers have flooded farmland and blocked drains, farmers say, as the trust plans to release more.",
            "Beavers have flooded farmland and blocked drains",
            "farmers",
        ),
        (  # "found on" is a participle describing the stone, not a finding
            "A stone found on the edge of the golf course is a meteorite, scientists at the University of Leeds "
            "confirmed on Monday.",
            "A stone found on the edge of the golf course is a meteorite",
            "scientists at the University of Leeds",
        ),
        (  # a second quotation joined by "and that this was"
            'Director Ann Cole said the beavers were "living free" and that this was "exactly what we hoped for".',
            "exactly what we hoped for",
            "Director Ann Cole",
        ),
        (  # an unnamed source is a person: "she" points to them
            'One packer, who did not want to be named, said morale was on the floor. "You work it out," she said.',
            "You work it out",
            "One packer",
        ),
        (
            'Deputy leader Ann Roe assured plot holders that the land was "not for sale".',
            "not for sale",
            "Deputy leader Ann Roe",
        ),
        (  # a role, then the name in apposition, after "according to"
            "Of the 60 homes planned, 18 will be affordable, according to the developer, Pennard Homes.",
            "Of the 60 homes planned, 18 will be affordable",
            "Pennard Homes",
        ),
        (  # "he" after a speaker named as someone's role in apposition
            "Kestermouth's MP, Oliver Sandbrook, said he had asked to meet the company. He said he would "
            '"fight for every single job".',
            "fight for every single job",
            "Oliver Sandbrook",
        ),
        (  # an unnamed source is told apart by the clause that describes them
            "One councillor who voted against the sale, and who asked not to be named, said several members had "
            "not read the report.",
            "several members had not read the report",
            "One councillor who voted against the sale",
        ),
        (  # a decision credited at the end of the sentence
            "Two schools will merge next September, Brackenshire County Council's cabinet decided on Tuesday.",
            "Two schools will merge next September",
            "Brackenshire County Council's cabinet",
        ),
        (  # a survey's finding is that of whom it was carried out by
            "A survey of 600 patients carried out in October by the Patient Voice group found the average wait "
            "was 19 days.",
            "the average wait was 19 days",
            "the Patient Voice group",
        ),
        (  # "but added that": more words of the same speaker
            "The authority said on Monday that the school had never asked, but added that small balloons often did "
            "not need permission.",
            "small balloons often did not need permission",
            "The authority",
        ),
        (  # the verb after the quotation is the sentence's own, not an inverted credit ("warned of cuts")
            "In March, the finance chief, Dana Reyes, who last week told councillors the budget was "
            '"tight but manageable", warned of cuts.',
            "tight but manageable",
            "Dana Reyes",
        ),
        (  # "he" after a speaker whose title opens with a capital ("Cabinet member ...") is that speaker
            'Cabinet member for schools Councillor Dan Ferris, who in May told a meeting that "no school will '
            'close", voted for the merger. Asked about it, he said the school was "joining a bigger family".',
            "joining a bigger family",
            "Cabinet member for schools Councillor Dan Ferris",
        ),
        (  # whom the words were told is not part of them
            "Its spokesman, Owain Pugh, told the Carrow Gazette the group had raised 8,000 pounds in a week.",
            "the group had raised 8,000 pounds in a week",
            "Owain Pugh",
        ),
        (  # a first name ending in "s" is a name, not a plural: "he" is Luis, not the company before him
            "The landlord, Holloway Estates, said rents had not risen since 2021.\n"
            'Ms Delgado\'s son, Luis, said the family might open a stall. "Bread is in our blood," he said.',
            "Bread is in our blood",
            "Luis",
        ),
    ],
)
def test_who_said_it_in_reported_speech_and_back_references(body: str, quote: str, speaker: str) -> None:
    assert credits(body).get(quote) == speaker


def test_a_document_known_by_its_day_a_family_or_a_club_that_may_be_the_subject_is_left_to_the_teacher() -> None:
    assert credits("Wednesday's announcement says 40 jobs will go in March.") == {}
    family = 'Paul Hale and his son found the stone.\nOn Monday the family told reporters it was "not for sale".'
    assert "not for sale" not in credits(family)
    # "the club" may be the subject named before it or another body: the teacher says which
    club = "Bay Rovers will play at Eastgate Stadium from next season, the club confirmed on Saturday."
    assert credits(club) == {}
    council = "Vale Council will close the hall in May, the authority announced on Friday."
    assert credits(council) == {}


def test_a_modifier_a_place_or_what_a_source_is_close_to_is_not_the_speaker() -> None:
    # "council documents" are documents: "the council" is not them
    documents = (
        "Hours will be cut from June, council documents show.\n"
        "In a statement, the council said the change would save money."
    )
    assert credits(documents).get("the change would save money") == "the council"
    # the head of "the Friends of Dunmore Libraries group" is "group": "the group" is them
    friends = (
        "The Friends of Dunmore Libraries group met on Monday.\nThe group said it would present a petition in July."
    )
    assert credits(friends).get("it would present a petition in July") == "The Friends of Dunmore Libraries group"
    # "it" after "the trust" is not the hospital named as a place
    place = (
        "Charges will return at Westfield General Hospital in March.\n"
        "The trust scrapped them in 2020. It said the return would raise money."
    )
    assert "Westfield General Hospital" not in credits(place).values()
    # a survey's finding is not that of whoever commissioned it
    commissioned = "A survey of 600 parents commissioned jointly by the Vale Council found the roads were unsafe."
    assert "Vale Council" not in credits(commissioned).get("the roads were unsafe", "")
    for cut in ("that was commissioned by", "paid for by"):
        survey = f"A survey of 600 parents {cut} the Vale Council found the roads were unsafe."
        assert "Vale Council" not in credits(survey).get("the roads were unsafe", "")
    close = (
        "A source close to the hospital board, who did not want to be identified, said the vote was taken in private."
    )
    assert "the hospital board" not in credits(close).values()
