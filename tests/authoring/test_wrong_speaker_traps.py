"""Sentences that once made a draft credit words to the wrong speaker: each is credited right, or left for the
teacher to name (a wrong speaker teaches a student a falsehood; a missing one costs the teacher a line)."""

from __future__ import annotations

from game.authoring.attribution import find_attributions
from game.content.article import Article
from tests.authoring.test_constructions import credits


def test_he_after_a_sentence_naming_two_people_is_left_unclear() -> None:
    found = credits(
        "Raymond Tessier, 58, is charged with fraud. Tessier said the bills were handled by others.\n"
        "Prosecutor Carla Mendes asked Tessier whether he had written the message. After a long pause, he said he "
        '"didn\'t remember" it.\n'
    )
    assert "didn't remember" not in found


def test_an_owner_after_a_quotation_is_not_its_speaker() -> None:
    found = credits(
        "Managing director Colin Rae told the Gazette that 25 contracts would end, but insisted the figure was "
        "\u201cnothing like\u201d the union\u2019s estimate.\n"
    )
    assert found.get("nothing like") in (None, "Managing director Colin Rae")


def test_a_report_inside_a_sentence_that_closes_with_another_credit_is_that_speakers_claim() -> None:
    found = credits(
        "Up to 140 jobs could go at Sound Link Ferries after the operator confirmed it will halve winter sailings, "
        "the Coastal Crews Union said yesterday.\n"
    )
    assert "it will halve winter sailings" not in found
    whole = "Up to 140 jobs could go at Sound Link Ferries after the operator confirmed it will halve winter sailings"
    assert found[whole] == "the Coastal Crews Union"


def test_a_verb_closing_a_clause_after_a_pronoun_is_no_closing_credit() -> None:
    found = credits(
        "Both Fitch and Darnell Greer, president of the union local, said they had not been told of the decision "
        "before it was announced.\n"
    )
    assert found["they had not been told of the decision before it was announced"] == "Both Fitch and Darnell Greer"


def test_showing_someone_a_thing_is_no_report() -> None:
    found = credits(
        "On cross-examination, Assistant U.S. Attorney Carla Mendes showed the jury an email dated Nov. 3, 2021, "
        "sent from Tessier's account to the network's bookkeeper.\n"
    )
    assert found == {}
    owned = "Westvale Water runs it. Figures published by the company showed that visits to the library had fallen."
    assert credits(f"{owned}\n") == {"visits to the library had fallen": "Westvale Water"}


def test_a_business_described_at_length_is_the_one_named_before() -> None:
    found = credits(
        "Halvorsen Appliance Corp said on Tuesday it would close its plant in Carverton.\n"
        'In a statement, the Chicago-based appliance maker said the decision reflected "weaker demand".\n'
    )
    assert found["weaker demand"] == "Halvorsen Appliance Corp"


def test_a_speaker_telling_what_a_document_says_leaves_the_quotation_to_the_teacher() -> None:
    found = credits(
        "In a later statement, the trust said the memo described a \u201ccontingency plan\u201d that had been used "
        "\u201con a small number of occasions\u201d.\n"
    )
    assert "contingency plan" not in found and "on a small number of occasions" not in found


def test_when_words_were_said_is_not_part_of_them_nor_is_a_place_cut_in_two() -> None:
    found = credits(
        "Halvorsen Appliance Corp said on Tuesday it would close its dishwasher plant in Carverton, Michigan, by the "
        "end of next year, a move that would affect about 600 workers and end nearly six decades of production.\n"
    )
    assert "it would close its dishwasher plant in Carverton, Michigan, by the end of next year" in found


def test_a_club_named_for_open_water_is_no_business_for_the_company_to_point_to() -> None:
    found = credits(
        "Members of an open-water swimming club in Hessford say they will not return unless Westvale Water explains "
        "why sewage was released.\n"
        "Figures published by the company show its storm overflow discharged 38 times in 2024.\n"
    )
    assert found["its storm overflow discharged 38 times in 2024"] == "Westvale Water"


def test_what_someone_thinks_or_believes_is_credited_to_them() -> None:
    found = credits(
        "Leah Morton, a student who volunteers at the museum, thinks the new charge is a mistake. She believes fewer "
        "local families will come back this summer.\n"
    )
    assert found["the new charge is a mistake"] == "Leah Morton"
    assert found["fewer local families will come back this summer"] == "Leah Morton"


def test_a_name_with_and_inside_is_one_body_not_its_last_words() -> None:
    found = credits(
        "The University and College Staff Union said more than 3,000 of its members had walked out.\n"
        "The union said further talks were expected next week.\n"
    )
    assert found["further talks were expected next week"].removeprefix("The ") == "University and College Staff Union"


def test_its_report_is_the_report_of_the_body_named_before() -> None:
    found = credits(
        "The home was visited in June by the Care Standards Authority. Its report, published on Monday, said "
        'residents were "treated with kindness and respect" by staff.\n'
        "The theatre reopened in February after repairs costing 210,000 pounds, its director said.\n"
    )
    assert found["treated with kindness and respect"] == "Care Standards Authority"
    assert found["The theatre reopened in February after repairs costing 210,000 pounds"] == "its director"


def test_the_statement_is_the_statement_of_the_speaker_who_made_it_just_before() -> None:
    found = credits(
        "Viktor Lenard said in a statement released by his lawyer that he had checked his phone twice.\n"
        "\u201cI made a terrible mistake and I am ashamed,\u201d the statement said.\n"
    )
    assert found["I made a terrible mistake and I am ashamed"] == "Viktor Lenard"
    alone = credits("The club was fined on Monday.\n\u201cWe accept the ruling in full,\u201d the statement said.\n")
    assert "We accept the ruling in full" not in alone


def test_what_is_said_of_a_person_is_not_their_name() -> None:
    found = credits(
        "A 23-year-old chess player stripped of his title at the Halverston Open has admitted consulting a chess "
        "engine on his phone during the tournament.\n"
    )
    assert "stripped of his title at the Halverston Open" not in found.values()


def test_a_body_named_as_an_owner_is_no_rival_for_he() -> None:
    found = credits(
        "Westvale Council's roads manager, Iain Strachan, said engineers had found more loose material.\n"
        '"We cannot let anybody back on that road until we are certain the hillside is stable," he said.\n'
    )
    assert found["We cannot let anybody back on that road until we are certain the hillside is stable"] == (
        "Iain Strachan"
    )


def test_names_in_the_description_of_the_speaker_are_no_rivals_for_she() -> None:
    found = credits(
        "Linda Marsh, who owns Marsh Hardware at Maple and Fifth, said most of her customers drive. "
        '"They\'re buying bags of concrete and lumber," she said.\n'
    )
    assert found["They're buying bags of concrete and lumber"] == "Linda Marsh"


def test_a_number_with_a_comma_does_not_end_the_description_of_a_speaker() -> None:
    found = credits(
        "Save Greystone, which gathered more than 3,000 signatures against the plans, said it was considering a "
        "legal challenge.\n"
    )
    assert found["it was considering a legal challenge"] == "Save Greystone"


def test_a_second_that_clause_under_one_verb_is_the_same_speakers() -> None:
    found = credits(
        "Louise Carrow, head of environment, said the company was spending 14 million pounds upgrading the works "
        "and that the number of spills was expected to fall by half once the work was finished in 2027.\n"
    )
    assert found["the number of spills was expected to fall by half once the work was finished in 2027"] == (
        "Louise Carrow"
    )


def test_a_name_then_its_role_then_a_which_clause_is_the_name() -> None:
    found = credits(
        "But Mike Draycott, branch secretary of the Unison union, which represents about 1,800 staff at the trust, "
        "said the trust's own finance papers showed the rise would bring in 1.2m pounds a year, \"three times what "
        'they are telling the public".\n'
    )
    assert found["the trust's own finance papers showed the rise would bring in 1.2m pounds a year"] == "Mike Draycott"
    assert "three times what they are telling the public" not in found  # his words, or the papers'?


def test_a_credit_in_the_middle_credits_the_clause_after_an_opening_phrase() -> None:
    found = credits(
        "Inspectors examined staffing rotas for 30 nights. On 11 of those nights, the report found, the home had "
        "fewer than the three night care workers its own policy requires.\n"
    )
    assert "On 11 of those nights" not in found
    assert found["the home had fewer than the three night care workers its own policy requires"] == "the report"


def test_reporting_a_figure_in_a_description_is_no_quotation() -> None:
    assert credits("Brightbox, which also makes craft kits, reported revenue of $412 million last year.\n") == {}


def test_the_report_after_its_report_is_unclear_when_its_owner_is() -> None:
    found = credits(
        "The home, run by Greystone Care Ltd, was visited in June by the Care Standards Authority. Its report said "
        "residents were safe.\nThe report found that night shifts were often short of staff.\n"
    )
    assert "night shifts were often short of staff" not in found


def test_adding_a_thing_is_no_report() -> None:
    found = credits(
        "The city council voted 6-3 on Tuesday night to approve an expansion of Harmon Field, adding 8,000 seats "
        "and a covered concourse.\n"
    )
    assert found == {}
    said = credits("Redline Buses apologised to passengers, adding that the delay had been caused by a storm.\n")
    assert said["the delay had been caused by a storm"] == "Redline Buses"


def test_said_then_the_speaker_at_the_end_of_a_sentence() -> None:
    found = credits(
        "Biscuit, a 6-year-old beagle, slipped out of his harness on Thursday near the Lookout Trail, said his "
        "owner, Megan Alvarez.\n"
    )
    whole = "Biscuit, a 6-year-old beagle, slipped out of his harness on Thursday near the Lookout Trail"
    assert found == {whole: "Megan Alvarez"}


def test_admitting_a_thing_is_no_quotation() -> None:
    assert credits("Lorraine Tebbit later admitted the thefts, the court heard.\n") == {}
    said = credits("Lorraine Tebbit later admitted that she had taken the money from the till.\n")
    assert said["she had taken the money from the till"] == "Lorraine Tebbit"


def test_a_verb_of_saying_used_as_a_noun_credits_no_one() -> None:
    found = credits(
        "A Brennan spokesperson said on Wednesday that the February remarks had been made "
        '"before the market moved".\n'
        'Ann Lowe said its claims were "a smear".\n'
    )
    assert found["before the market moved"] == "A Brennan spokesperson"
    assert found["a smear"] == "Ann Lowe"


def test_a_clause_with_that_after_the_subject_is_part_of_it() -> None:
    found = credits(
        'The group that organised the protest said the plan was "a disgrace".\n'
        'The report that the council commissioned said the site was "contaminated".\n'
    )
    assert found["a disgrace"] == "The group"
    assert found["contaminated"] == "The report"


def test_what_was_told_starts_after_whom_it_was_told() -> None:
    found = credits(
        "Gareth Lyle told local radio the deal was worth \u00a325 million.\n"
        "Ann Cole told his players the deal was done. Tom Bell told his players to rest.\n"
    )
    assert found["the deal was worth \u00a325 million"] == "Gareth Lyle"
    assert found["the deal was done"] == "Ann Cole"
    assert not any("rest" in quote for quote in found)


def test_a_source_close_to_someone_is_the_whole_phrase() -> None:
    found, _ = find_attributions(
        Article(
            "Headline\nBut a source close to the Portwell dressing room, who asked not to be named, said Sutcliffe "
            'had learned of the agreement "about an hour before it went public".\n'
        )
    )
    assert [(a.quote, a.speaker, a.anonymous) for a in found] == [
        ("about an hour before it went public", "a source close to the Portwell dressing room", True)
    ]


def test_the_company_is_not_an_authority_with_a_business_word_in_its_name() -> None:
    found = credits(
        "Calder Water will raise bills by 19% from April. The rise was approved by the regulator, the Water "
        "Services Authority.\n"
        "The company says the extra revenue will fund a \u00a32.3 billion investment programme.\n"
    )
    assert found["the extra revenue will fund a \u00a32.3 billion investment programme"] == "Calder Water"


def test_what_a_body_did_in_a_which_clause_is_not_its_report() -> None:
    found = credits(
        "The Office for Product Safety, which announced the recall alongside the company, put the number at "
        "67,000, including units sold online.\n"
    )
    assert found == {"put the number at 67,000, including units sold online": "The Office for Product Safety"}


def test_figures_it_published_are_the_bodys_that_it_points_to() -> None:
    found = credits(
        "Brackwater Food Bank will open a second centre next month.\n"
        "The charity gave out 14,260 emergency parcels in the year to March, up from 6,900 two years earlier, "
        "according to figures it published on Monday.\n"
    )
    whole = "The charity gave out 14,260 emergency parcels in the year to March, up from 6,900 two years earlier"
    assert found[whole] == "Brackwater Food Bank"


def test_it_after_a_body_with_and_in_its_name_is_that_body() -> None:
    found = credits(
        "DUNMERE, England, May 14 (Allied Wire) - A fire tore through a plastics factory on the edge of Dunmere early "
        "on Wednesday, fire officials said.\n"
        "About 40 firefighters were sent to the site, Northshire Fire and Rescue Service said in a statement. No one "
        "was injured, it said.\n"
    )
    assert found["No one was injured"] == "Northshire Fire and Rescue Service"
    assert "DUNMERE, England, May 14" not in " ".join(found)


def test_a_role_owned_by_a_body_after_a_name_describes_that_person() -> None:
    found = credits(
        "Kath Mbeki, Unify's regional officer, said about 260 people worked at the site. "
        '"These are people with mortgages," she said.\n'
    )
    assert found == {
        "about 260 people worked at the site": "Kath Mbeki",
        "These are people with mortgages": "Kath Mbeki",
    }


def test_according_to_a_role_and_the_name_after_it_is_the_person_named() -> None:
    found = credits(
        "According to the park\u2019s vet, Dr Owen Radley, the cub is feeding well and gaining weight steadily.\n"
        "According to the report, Kelburn, the town, is growing fast.\n"
    )
    assert found["the cub is feeding well and gaining weight steadily"] == "Dr Owen Radley"
    assert "Kelburn" not in found.values()


def test_the_inside_a_name_does_not_end_it() -> None:
    found = credits(
        "Mara Quinlan of the campaign group Free the Wild said that breeding big cats in parks does nothing for "
        "animals in their natural habitat.\n"
    )
    assert "Quinlan" in found["breeding big cats in parks does nothing for animals in their natural habitat"]


def test_a_body_named_after_what_it_is_is_what_that_word_points_to() -> None:
    found = credits(
        "The exam board, Central Assessment, was forced to replace both papers. In a statement, the board said the "
        'leak had cost it "in excess of \u00a3600,000".\n'
    )
    assert found["in excess of \u00a3600,000"] == "Central Assessment"


def test_when_a_document_was_issued_is_not_who_issued_it() -> None:
    found = credits(
        'A press release issued by the university the same day said town gardens held "twice as many" bee species '
        "as farmland.\n"
    )
    assert found["twice as many"] == "the university"


def test_what_a_body_is_said_before_its_name_is_what_that_word_points_to() -> None:
    found = credits(
        "Westvale Connect is owned by the transport group Halden Holdings, which runs buses in six towns.\n"
        'Westvale Transit also runs trams. In its annual report, the group told investors that pay had been "held '
        'below inflation".\n'
    )
    assert found["held below inflation"] == "Halden Holdings"


def test_a_title_and_a_surname_two_people_share_asks_no_who_said_question() -> None:
    found, _ = find_attributions(
        Article(
            "Headline\nMarion Gately, 82, waited 19 hours on a trolley. Her daughter, Kerry Gately, said the staff "
            'were "kind but completely overwhelmed".\n'
            '"Nobody should be left like that," Ms Gately said. "The nurses were apologising to us all night."\n'
        )
    )
    unsure = {a.quote: a.doubt for a in found}
    assert not unsure["kind but completely overwhelmed"]
    assert "Marion Gately" in unsure["Nobody should be left like that"]
    assert unsure["The nurses were apologising to us all night."]  # the same speaker, just as unsure


def test_a_long_speaker_is_not_cut_inside_a_name() -> None:
    found = credits(
        "Wild bees living in towns may have a richer choice of food than those in the countryside, according to a "
        "three-year study by researchers at the University of Calder.\n"
    )
    assert list(found.values()) == ["a three-year study by researchers at the University of Calder"]
