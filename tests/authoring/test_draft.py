"""`byline new-level`: a draft that validates, quotes every quotation with the speaker the article names,
and never invents a speaker or a quote."""

from __future__ import annotations

import errno
import re
import shutil
from pathlib import Path

import pytest
import yaml

from game.authoring.draft import NOT_SAID, SCHEMA_LINE, TODO_CHECK, UNNAMED, WRITER, DraftError, new_level
from game.cli import main
from game.content.articlefile import read_article
from game.content.model import Contradiction, FactOrOpinion, WhoSaid
from game.content.paths import BUNDLED_SEEDS
from game.content.validate import LoadedLevel, load_level

DATA = Path(__file__).parent.parent / "data"
GENERIC = {WRITER, NOT_SAID, UNNAMED}

# Every quotation (and report) in the test articles, with the speaker the article gives it to.
KNOWN: dict[str, list[tuple[str, str]]] = {
    "river-bridge.txt": [
        ("The town council voted on Tuesday to rebuild the old river bridge", "The council's minutes"),
        ("This bridge is the heart of our town.", "Mayor Helen Ortiz"),
        ("the old bridge had served the town for 90 years", "Mayor Helen Ortiz"),
        ("The budget is simply too small for a project like this", "Councillor Tom Reyes"),
        ("the current bridge can carry only 3 tonnes", "The county engineer"),
        ("will hurt every business on Main Street", "The local shopkeepers' association"),
        ("engineers were asked for a price in January", "The minutes"),
        ("the work will cost 4 million pounds", "The mayor's office"),
        ("We will keep one lane open at all times", "Ms Ortiz"),
    ],
    "school-garden.txt": [
        ("The school\u2019s garden club won the regional prize on Friday", "The judges"),
        ("We planted every seed ourselves", "Priya Shah"),
        ("a wonderful example for the whole school", "Mr Adams"),
        ("the garden produced 120 kilograms of vegetables this year", "The judges"),
        ("It is the greenest school I have ever seen", "One judge"),
    ],
    "school-lunch.txt": [
        ("Every child deserves a hot meal.", "The mayor"),
        ("The plan will cost 2 million pounds a year", "The council"),
        ("This is a shameful waste of money.", "One parent"),
        ("the council has never discussed free lunches", "The mayor"),
        ("In March the council voted on free lunches", "The minutes"),
    ],
    "library-sundays.txt": [
        ("Reading should be possible for everyone, every day", "The head librarian"),
    ],
}


def draft(tmp_path: Path, article: Path) -> LoadedLevel:
    made = new_level(article, tmp_path / "levels" / f"{article.stem}.yaml")
    return load_level(made.level)


def who_said(loaded: LoadedLevel) -> dict[str, WhoSaid]:
    return {q.quote: q for q in loaded.level.questions if isinstance(q, WhoSaid)}


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_every_quotation_is_asked_with_its_speaker_as_the_answer_and_the_draft_validates(
    tmp_path: Path, name: str
) -> None:
    loaded = draft(tmp_path, DATA / name)  # raises ContentError if the draft does not validate
    asked = who_said(loaded)
    assert sorted(asked) == sorted(quote for quote, _ in KNOWN[name])
    for quote, speaker in KNOWN[name]:
        assert asked[quote].answer == speaker
        assert speaker in asked[quote].choices and 3 <= len(asked[quote].choices) <= 4


@pytest.mark.parametrize("name", [*sorted(KNOWN), "sony-hack-denial.txt"])
def test_no_speaker_is_invented(tmp_path: Path, name: str) -> None:
    """Every choice but the clearly generic ones is a phrase of the article (only its first letter may change)."""
    source = DATA / name if (DATA / name).exists() else BUNDLED_SEEDS / name
    loaded = draft(tmp_path, source)
    text = read_article(source).article.text
    for question in who_said(loaded).values():
        for choice in set(question.choices) - GENERIC:
            assert choice in text or choice[0].lower() + choice[1:] in text, choice
        assert question.answer not in GENERIC


def test_the_seed_article_gets_its_known_quotes_right(tmp_path: Path) -> None:
    loaded = draft(tmp_path, BUNDLED_SEEDS / "sony-hack-denial.txt")
    asked = who_said(loaded)
    assert asked["appropriate actions"].answer == "President Obama"
    assert asked["grave consequences"].answer == "The country's foreign ministry"
    assert asked["righteous deed"].answer == "The same authorities"
    stroh = next(q for quote, q in asked.items() if quote.startswith("The government of North Korea"))
    assert stroh.answer == "Mark Stroh"
    assert "The Interview" not in asked  # a film title in quotation marks, said by nobody
    assert "points back to someone named earlier" in asked["righteous deed"].explanation
    assert all("The same authorities" not in q.choices for q in asked.values() if q.quote != "righteous deed")


def test_a_pronoun_with_nobody_named_before_is_left_out_and_listed_for_the_teacher(tmp_path: Path) -> None:
    article = tmp_path / "match.txt"
    article.write_text(
        'Late Goal Wins The Cup\nThe final ended 2-1 on Saturday.\n"We never gave up," she said.\n', encoding="utf-8"
    )
    made = new_level(article, tmp_path / "levels" / "match.yaml")
    assert [s.reason for s in made.draft.skipped] == ["the speaker is only \u201cshe\u201d: name them yourself"]
    notes = made.level.read_text(encoding="utf-8").split("# Left out", 1)[1]
    assert "line 3: \u201cWe never gave up\u201d" in notes
    assert not who_said(load_level(made.level))


def test_a_pronoun_is_credited_to_the_speaker_named_before_and_the_student_cites_that_sentence(
    tmp_path: Path,
) -> None:
    loaded = draft(tmp_path, DATA / "river-bridge.txt")
    question = who_said(loaded)["the old bridge had served the town for 90 years"]
    assert question.answer == "Mayor Helen Ortiz"
    assert question.cite is True
    named = loaded.article.text[loaded.evidence[question.id].start : loaded.evidence[question.id].end]
    assert named == 'Mayor Helen Ortiz said: "This bridge is the heart of our town."'  # that sentence alone:
    assert not [w for w in loaded.warnings if "citation bonus" in w.message]  # pointing at the quote earns nothing
    assert "\u201cShe\u201d points back to Mayor Helen Ortiz" in question.explanation


def test_wrong_choices_never_name_the_same_person_twice(tmp_path: Path) -> None:
    asked = who_said(draft(tmp_path, DATA / "river-bridge.txt"))
    assert "Mayor Helen Ortiz" not in asked["We will keep one lane open at all times"].choices
    assert "Ms Ortiz" not in asked["This bridge is the heart of our town."].choices


def test_generic_choices_only_where_they_are_surely_wrong(tmp_path: Path) -> None:
    asked = who_said(draft(tmp_path, DATA / "library-sundays.txt"))
    question = asked["Reading should be possible for everyone, every day"]
    # one speaker only: generic choices fill in; "an unnamed source" is not offered, the librarian is not named
    assert question.choices == [WRITER, NOT_SAID, "The head librarian"]


def test_fact_or_opinion_is_balanced_and_each_explanation_names_its_clue(tmp_path: Path) -> None:
    loaded = draft(tmp_path, DATA / "river-bridge.txt")
    judged = {q.statement: q for q in loaded.level.questions if isinstance(q, FactOrOpinion)}
    answers = [q.answer for q in judged.values()]
    assert answers.count("fact") == answers.count("opinion") == 3
    assert judged["Frankly, the plan seems rushed."].answer == "opinion"
    assert "\u201cFrankly\u201d" in judged["Frankly, the plan seems rushed."].explanation
    assert judged["Nobody asked the people who cross the bridge every day!"].answer == "opinion"
    assert judged["the current bridge can carry only 3 tonnes"].answer == "fact"
    assert "3 tonnes" in judged["the current bridge can carry only 3 tonnes"].explanation
    assert not loaded.warnings[0].message.startswith("fact-or-opinion questions are unbalanced")


def test_contradictions_pair_a_denial_and_conflicting_numbers(tmp_path: Path) -> None:
    loaded = draft(tmp_path, DATA / "river-bridge.txt")
    clashes = {q.claim: q for q in loaded.level.questions if isinstance(q, Contradiction)}
    numbers = clashes["The work will cost 4 million pounds and take two years"]
    assert numbers.answer == ["a county report puts the cost at 6 million pounds"]
    denial = clashes["Last month the council denied that any rebuild was planned"]
    assert denial.answer == ["the minutes show that engineers were asked for a price in January"]
    assert "\u201cHowever\u201d" in denial.explanation
    lunch = draft(tmp_path / "lunch", DATA / "school-lunch.txt")
    (never,) = [q for q in lunch.level.questions if isinstance(q, Contradiction)]
    assert never.answer == ["In March the council voted on free lunches"]


def test_every_explanation_is_a_todo_that_warns_at_its_line_and_fails_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = new_level(DATA / "school-lunch.txt", tmp_path / "levels" / "lunch.yaml")
    lines = made.level.read_text(encoding="utf-8").splitlines()
    loaded = load_level(made.level)
    assert all(q.explanation.startswith(TODO_CHECK) for q in loaded.level.questions)
    todo = [w for w in loaded.warnings if "still says TODO" in w.message]
    assert len(todo) == len(loaded.level.questions) + 1  # and the intro
    assert all(w.severity == "warning" and re.match(r"\s*(- )?(explanation|intro):", lines[w.line - 1]) for w in todo)

    assert main(["validate", str(made.level)]) == 0
    assert f"{made.level}:{todo[0].line}:{todo[0].column}: warning: `" in capsys.readouterr().out
    assert main(["validate", "--strict", str(made.level)]) == 1
    out = capsys.readouterr().out
    assert "error: `explanation` still says TODO" in out and "0 valid level(s) of 1" in out

    checked = "\n".join(re.sub(r"TODO( check)?: ", "", line) for line in lines)
    made.level.write_text(checked, encoding="utf-8")
    assert main(["validate", "--strict", str(made.level)]) == 0  # once checked, strict passes


def test_the_file_starts_with_the_schema_line_and_loads_as_plain_yaml(tmp_path: Path) -> None:
    made = new_level(DATA / "river-bridge.txt", tmp_path / "levels" / "bridge.yaml")
    text = made.level.read_text(encoding="utf-8")
    assert text.splitlines()[0] == SCHEMA_LINE == "# yaml-language-server: $schema=../docs/level.schema.json"
    plain = yaml.safe_load(text)
    assert plain["id"] == "bridge" and plain["article"] == "river-bridge.txt"
    assert [q["id"] for q in plain["questions"]] == [q.id for q in load_level(made.level).level.questions]


def test_text_that_needs_quoting_in_yaml_survives(tmp_path: Path) -> None:
    article = tmp_path / "tricky.txt"
    article.write_text(
        "Yes: A Headline With # And [Brackets]\n"
        '"No: #1 is [not] done & *never* will be," said Dr Who, the club\'s captain.\n'
        "\u201c'Yes', @everyone, it's 100% true!\u201d the referee shouted, according to the BBC.\n"
        "According to the coach, the team trained on Monday for 3 hours: no, not 2.\n",
        encoding="utf-8",
    )
    made = new_level(article, tmp_path / "levels" / "tricky.yaml")
    loaded = load_level(made.level)
    quotes = {q.quote: q.answer for q in who_said(loaded).values()}
    assert quotes["No: #1 is [not] done & *never* will be"] == "Dr Who"
    assert loaded.level.title == "Yes: A Headline With # And [Brackets]"
    assert "the team trained on Monday for 3 hours: no, not 2" in quotes


def test_the_article_is_copied_byte_for_byte_into_seeds(tmp_path: Path) -> None:
    raw = "\ufeff" + (DATA / "school-garden.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    source = tmp_path / "inbox" / "garden.txt"
    source.parent.mkdir()
    source.write_bytes(raw.encode("utf-8"))
    made = new_level(source, tmp_path / "class" / "levels" / "garden.yaml")
    assert made.copied and made.seed == tmp_path / "class" / "seeds" / "garden.txt"
    assert made.seed.read_bytes() == source.read_bytes()
    assert who_said(load_level(made.level))["We planted every seed ourselves"].answer == "Priya Shah"

    again = new_level(source, tmp_path / "class" / "levels" / "garden-2.yaml")  # already there, same bytes
    assert not again.copied


def test_refusals_say_what_to_do(tmp_path: Path) -> None:
    level = tmp_path / "levels" / "bridge.yaml"
    new_level(DATA / "river-bridge.txt", level)
    with pytest.raises(DraftError, match="already exists: choose another name with -o, or add --force"):
        new_level(DATA / "river-bridge.txt", level)
    assert new_level(DATA / "river-bridge.txt", level, force=True).level == level
    other = tmp_path / "river-bridge.txt"
    other.write_text("A different article\nWith other words.\n", encoding="utf-8")
    with pytest.raises(DraftError, match=r"differs from .*rename your article"):
        new_level(other, tmp_path / "levels" / "other.yaml")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 news\nThe caf\xe9 opened on Monday.\n".encode("cp1252"))
    warned = new_level(latin, tmp_path / "levels" / "latin.yaml").draft.warning
    assert warned and warned.startswith(f"{latin} line 1 is not UTF-8 text (byte 0xe9") and "save it as UTF-8" in warned
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"News\nThe \x81 opened.\n")
    with pytest.raises(DraftError, match=r"binary\.txt line 2 is not UTF-8 text .* save it as UTF-8"):
        new_level(binary, tmp_path / "levels" / "binary.yaml")
    headline = tmp_path / "headline.txt"
    headline.write_text("Only A Headline\n", encoding="utf-8")
    with pytest.raises(DraftError, match="only a headline"):
        new_level(headline, tmp_path / "levels" / "headline.yaml")
    assert not (tmp_path / "levels" / "headline.yaml").exists() and not (tmp_path / "seeds" / "headline.txt").exists()


def test_an_article_with_no_clues_still_gets_a_valid_draft(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Weather Report\nThe rain continues\n", encoding="utf-8")
    loaded = load_level(new_level(plain, tmp_path / "levels" / "plain.yaml").level)
    (question,) = loaded.level.questions
    assert isinstance(question, FactOrOpinion) and question.statement == "The rain continues"
    assert question.explanation.startswith(TODO_CHECK)


def test_cli_new_level_reports_what_it_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(DATA / "river-bridge.txt", tmp_path / "bridge.txt")
    assert main(["new-level", "--from", "bridge.txt"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"copied the article to {Path('seeds/bridge.txt')}"
    kinds = "9 who_said, 6 fact_or_opinion, 2 loaded_words, 2 contradiction"
    assert out[1] == f"wrote {Path('levels/bridge.yaml')}: 19 questions ({kinds})"
    assert out[-1].startswith("it validates, with 20 TODO(s) for you to check")
    assert main(["new-level", "--from", "bridge.txt"]) == 1
    assert "add --force" in capsys.readouterr().err


def test_cli_new_level_takes_the_article_without_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Playtest 7: a teacher typed `byline new-level bridge.txt` and got argparse's "the following arguments are
    required: --from". The article is taken as it is typed; no article, or two, says how to name one."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(DATA / "river-bridge.txt", tmp_path / "bridge.txt")
    assert main(["new-level", "bridge.txt"]) == 0
    assert capsys.readouterr().out.startswith(f"copied the article to {Path('seeds/bridge.txt')}")
    assert (tmp_path / "levels" / "bridge.yaml").is_file()
    for wrong in (["new-level"], ["new-level", "bridge.txt", "--from", "bridge.txt"]):
        assert main(wrong) == 2
        assert capsys.readouterr().err == "byline new-level: name one article: byline new-level --from ARTICLE.txt\n"


def test_cli_new_level_says_before_drafting_a_long_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    paragraph = "The ferry left the harbour " + "and sailed on " * 250 + "until noon."  # one long sentence
    (tmp_path / "long.txt").write_text("A long day\n" + "\n".join([paragraph] * 30) + "\n", encoding="utf-8")
    assert main(["new-level", "--from", "long.txt"]) == 0
    assert capsys.readouterr().err.startswith("drafting a long article (103 KB): this can take a minute or two")
    shutil.copy(DATA / "river-bridge.txt", tmp_path / "bridge.txt")
    assert main(["new-level", "--from", "bridge.txt"]) == 0
    assert "long article" not in capsys.readouterr().err


def test_new_level_where_levels_is_a_file_says_so_and_leaves_no_copy_behind(tmp_path: Path) -> None:
    (tmp_path / "levels").write_text("not a folder")
    with pytest.raises(DraftError, match=r"cannot write .*bridge\.yaml: a file named `levels` is in the way"):
        new_level(DATA / "river-bridge.txt", tmp_path / "levels" / "bridge.yaml")
    assert not (tmp_path / "seeds" / "river-bridge.txt").exists()  # a rerun must not find a stray copy


def test_new_level_on_a_full_disk_keeps_the_level_it_was_replacing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    level = tmp_path / "levels" / "bridge.yaml"
    new_level(DATA / "river-bridge.txt", level)
    level.write_text("my own edits", encoding="utf-8")

    def full(*_: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.replace", full)
    with pytest.raises(DraftError, match=r"cannot write .*bridge\.yaml: the disk is full"):
        new_level(DATA / "river-bridge.txt", level, force=True)
    assert level.read_text(encoding="utf-8") == "my own edits"
    assert [p.name for p in level.parent.iterdir()] == ["bridge.yaml"]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_new_level_refuses_an_article_saved_as_utf16(tmp_path: Path, encoding: str) -> None:
    article = tmp_path / "notepad.txt"
    article.write_bytes((DATA / "river-bridge.txt").read_text(encoding="utf-8").encode(encoding))
    with pytest.raises(DraftError, match=r"notepad\.txt is saved as UTF-16 .* save it as UTF-8"):
        new_level(article, tmp_path / "levels" / "notepad.yaml")
    assert not (tmp_path / "levels").exists() and not (tmp_path / "seeds").exists()


def test_new_level_reads_an_article_with_old_mac_line_endings(tmp_path: Path) -> None:
    article = tmp_path / "mac.txt"
    article.write_bytes((DATA / "river-bridge.txt").read_bytes().replace(b"\n", b"\r"))
    made = new_level(article, tmp_path / "levels" / "mac.yaml")
    assert made.draft.counts()["who_said"] >= 5


def test_a_paragraph_pasted_without_full_stops_still_gives_a_draft_that_validates(tmp_path: Path) -> None:
    article = tmp_path / "run-on.txt"
    words = " ".join(f"the plan for the road number {n} is costly" for n in range(600))
    article.write_text(f"A headline\n{words}\n", encoding="utf-8")
    made = new_level(article, tmp_path / "levels" / "run-on.yaml")
    loaded = load_level(made.level)  # a text over a level's limit would fail here
    assert all(len(q.passage) <= 2000 for q in loaded.level.questions)
