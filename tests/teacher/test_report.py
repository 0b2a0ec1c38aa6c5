"""`byline report`: results from scripted play sessions give the expected accuracies in the CSV, and a chart."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pygame
import pytest

from game.cli import main
from game.content.model import FactOrOpinion
from game.content.paths import BUNDLED_LEVELS, BUNDLED_SEEDS
from game.content.scoring import discernment
from game.content.validate import load_level
from game.report import build_report, format_report, safe_cell, write_csv
from game.results import Answer, ResultsStore
from game.results_writer import ResultsWriter
from game.ui.actions import Act
from game.ui.autoplay import Autoplayer, Policy
from game.ui.chart import SIZE, THEME
from game.ui.scenes.summary import SummaryScene
from tests.teacher.test_results import played
from tests.ui.harness import bundled_pack, key, make_app, play_until, press, settle

WHO, FACTS = 0, 1  # the bundled levels "Who said it?" and "Fact or opinion?"


def play_level(store: ResultsWriter, data: Path, player: str, level: int, policy: Policy) -> None:
    """A student plays one level through the real game, pressing keys, until its summary shows."""
    app = make_app(data / player, results=store, player=player, unlock_all=True)
    settle(app)
    press(app, key(Act.CHOOSE, 0))  # Play
    press(app, key(Act.CHOOSE, level))
    press(app, key(Act.CONFIRM))  # Start
    bot = Autoplayer(policy)
    play_until(app, lambda top: isinstance(top, SummaryScene), bot.actions)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory, pygame_session: None) -> Path:
    """Ana and Ben get everything right, Cy everything wrong, in both levels; Ana plays the first one twice.

    Played once for the module (the tests only read it): seven levels through the real game take a while.
    """
    folder = tmp_path_factory.mktemp("class")
    path = folder / "results.sqlite3"
    store = ResultsWriter(ResultsStore(path))
    for player, policy in (("ana", "correct"), ("ben", "correct"), ("cy", "wrong")):
        for level in (WHO, FACTS):
            play_level(store, folder, player, level, policy)
    play_level(store, folder, "ana", WHO, "wrong")
    assert store.close() == 0
    return path


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_accuracies_match_the_play_sessions(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    assert main(["report", "--results", str(results), "--csv", str(out)]) == 0
    table = rows(out)
    levels = {r["level_id"]: r for r in table if r["scope"] == "level"}
    who, facts = (bundled_pack().levels[i].level for i in (WHO, FACTS))
    assert (levels[who.id]["answers"], levels[who.id]["right"]) == (
        str(4 * len(who.questions)),
        str(2 * len(who.questions)),
    )
    assert levels[who.id]["accuracy_percent"] == "50.0"  # 2 of 4 plays right
    assert levels[facts.id]["accuracy_percent"] == "66.7"  # 2 of 3
    questions = [r for r in table if r["scope"] == "question"]
    assert len(questions) == len(who.questions) + len(facts.questions)
    for row in questions:
        assert row["accuracy_percent"] == ("50.0" if row["level_id"] == who.id else "66.7")
    players = {r["player"]: r for r in table if r["scope"] == "player"}
    total = len(who.questions) + len(facts.questions)
    assert players["ben"]["accuracy_percent"] == "100.0" and players["cy"]["accuracy_percent"] == "0.0"
    assert players["ana"]["answers"] == str(total + len(who.questions))
    judged = [(q.answer, q.answer) for q in facts.questions if isinstance(q, FactOrOpinion)]
    assert players["ben"]["fact_opinion_sensitivity"] == str(round(discernment(judged).sensitivity, 2))
    assert players["cy"]["fact_opinion_leaning"] != "" and float(players["cy"]["fact_opinion_sensitivity"]) < 0


def test_printed_report_names_the_most_missed_and_the_class_leaning(
    results: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--results", str(results)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Byline class results: 3 players, 7 level play(s)")
    missed = out.split("Most missed\n", 1)[1].splitlines()[0]
    assert missed.startswith("  1. who-said-it / ") and "2 of 4 right (50%)" in missed
    assert "facts called facts 67%, opinions called opinions 67%" in out


def test_the_chart_is_a_png_a_slide_can_take(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "slides" / "class.png"
    assert main(["report", "--results", str(results), "--png", str(out)]) == 0
    image = pygame.image.load(str(out))
    assert image.get_size() == SIZE
    colours = {tuple(image.get_at((x, y)))[:3] for x in range(0, SIZE[0], 7) for y in range(0, SIZE[1], 7)}
    assert len(colours) > 20  # text, bars and panels, not a blank page
    assert THEME.accent in colours and THEME.panel in colours


def test_no_results_yet_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "results.sqlite3"
    assert main(["report", "--results", str(empty)]) == 0
    assert "No results yet" in capsys.readouterr().out
    assert main(["report", "--results", str(empty), "--csv", str(tmp_path / "x.csv")]) == 1
    assert not (tmp_path / "x.csv").exists()


def test_most_missed_puts_the_lowest_accuracy_first() -> None:
    def answer(play: int, question: str, correct: bool) -> Answer:
        return Answer(
            play, "p", "lvl", "Level", "2026-01-01", question, "who_said", question, ("a",), ("b",), correct, 1
        )

    report = build_report(
        [
            answer(1, "easy", True),
            answer(1, "hard", False),
            answer(1, "mid", False),
            answer(2, "easy", True),
            answer(2, "hard", False),
            answer(2, "mid", True),
        ]
    )
    assert [q.question_id for q in report.most_missed()] == ["hard", "mid"]
    assert "no fact-or-opinion answers yet" in format_report(report)


HOSTILE = ['=HYPERLINK("http://example.invalid","Click")', "+1+1", "-2+3", "@SUM(1,1)", "\tTab", "\rReturn"]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(text: str) -> None:
    assert safe_cell(text) == "'" + text
    assert safe_cell(-0.42) == -0.42 and safe_cell("Fact or opinion?") == "Fact or opinion?"


def test_demo_record_feeds_the_report_and_the_csv_neutralises_formulas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A level titled with a formula and a player named with one, recorded by the headless demo like a student."""
    shutil.copytree(BUNDLED_SEEDS, tmp_path / "seeds")
    (tmp_path / "levels").mkdir()
    source = sorted(BUNDLED_LEVELS.glob("*.yaml"))[0]
    level = tmp_path / "levels" / source.name
    text = source.read_text(encoding="utf-8")
    level.write_text(re.sub(r"(?m)^title: .*$", 'title: \'=HYPERLINK("http://x.invalid","Open")\'', text), "utf-8")
    monkeypatch.setenv("BYLINE_DATA_DIR", str(tmp_path / "data"))
    assert main(["demo", "--headless", "--record", "--player", "@SUM(1,1)", "--policy", "wrong", str(level)]) == 0
    out = tmp_path / "class.csv"
    assert main(["report", "--csv", str(out)]) == 0
    table = rows(out)
    questions = [row for row in table if row["scope"] == "question"]
    assert len(questions) == len(load_level(level).level.questions)  # every answer, as a player's
    assert all(row["right"] == "0" for row in questions)  # the "wrong" policy, recorded as played
    assert {row["level_title"] for row in table if row["level_title"]} == {'\'=HYPERLINK("http://x.invalid","Open")'}
    assert [row["player"] for row in table if row["scope"] == "player"] == ["'@SUM(1,1)"]
    assert "  =HYPERLINK(" in capsys.readouterr().out  # the terminal shows the title as it was typed


def test_check_forms_and_refreshers_leave_the_level_tables_as_they_were(tmp_path: Path) -> None:
    """The same answers recorded again as checks and a refresher: every level figure, printed or saved, is unchanged."""
    store = ResultsStore(tmp_path / "results.sqlite3")
    store.record("ana", played(0, "correct"), "Who said it?")
    store.record("ben", played(1, "wrong"), "Fact or opinion?")
    levels_only = build_report(store.answers())
    write_csv(levels_only, tmp_path / "levels.csv")
    for player, phase in (("ana", "before"), ("cy", "after"), ("ben", "refresher")):
        store.record(player, played(1, "correct"), "Fact or opinion?", phase=phase)
        store.record(player, played(0, "wrong"), "Who said it?", phase=phase)
    report = build_report(store.answers())
    assert (report.plays, report.answers, len(report.players)) == (2, levels_only.answers, 2)
    assert format_report(report).split("\n\nGrowth:")[0] == format_report(levels_only)
    write_csv(report, tmp_path / "all.csv")
    level_rows = [r for r in rows(tmp_path / "all.csv") if r["scope"] in ("level", "question", "player")]
    assert level_rows == rows(tmp_path / "levels.csv")
