"""The growth section in every output of `byline report`: terminal, CSV, one JSON object, and the growth slide."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pygame
import pytest

from game.cli import main
from game.content.paths import BUNDLED_SEEDS
from game.results import ResultsStore
from game.ui.chart import SIZE
from game.ui.growth_chart import AFTER, BEFORE
from tests.teacher.test_report import rows
from tests.teacher.test_results import played
from tests.ui.test_check_flow import CHAIN, FACT, OPINION, WHO, level

FACTS = 1  # the bundled "Fact or opinion?": 7 facts, 6 opinions, then one "Read closely" question
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def checked(tmp_path: Path) -> Path:
    """Five students get every check item wrong before and right after; a sixth took only the first check.

    The form's title is a formula, as a teacher could type it. Each student also plays a level in between.
    """
    path = tmp_path / "results.sqlite3"
    store = ResultsStore(path)
    for n, player in enumerate(("ana", "ben", "cy", "dee", "eve")):
        store.record(player, played(FACTS, "wrong"), "=Check A", START + timedelta(minutes=n), phase="before")
        store.record(player, played(0, "correct"), "Who said it?", START + timedelta(hours=1, minutes=n))
        store.record(player, played(FACTS, "correct"), "=Check A", START + timedelta(hours=2, minutes=n), "after")
    store.record("fay", played(FACTS, "correct"), "=Check A", START, phase="before")
    return path


def test_the_printed_report_has_a_growth_table_and_says_what_it_means(
    checked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--results", str(checked)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Byline class results: 5 players, 5 level play(s)")  # the checks are not levels
    growth = out.split("Growth: the news-sense check before and after the levels\n", 1)[1]
    table = {line.split("  ")[1]: line.split() for line in growth.splitlines()[1:8]}
    assert table["fact or opinion"][-5:] == ["5", "0%", "100%", "+100", "pts"]
    assert table["attribution"][-3:] == ["0", "-", "-"]
    assert "5 students took the check both before and after" in growth and "not the 1 who took only one" in growth
    assert "classroom check, not a validated test" in growth and "too few" not in growth
    assert "tells them apart better than before (d' -3.00 to 3.00)" in " ".join(growth.split())


def test_the_csv_has_the_growth_rows_in_the_documented_columns(checked: Path, tmp_path: Path) -> None:
    out = tmp_path / "class.csv"
    assert main(["report", "--results", str(checked), "--csv", str(out)]) == 0
    table = rows(out)
    growth = {(r["skill"], r["measure"]): r for r in table if r["scope"] == "growth"}
    facts = growth["fact or opinion", "percent_right"]
    assert (facts["students"], facts["before"], facts["after"], facts["change"]) == ("5", "0.0", "100.0", "100.0")
    assert (
        growth["attribution", "percent_right"]["before"] == ""
        and growth["attribution", "percent_right"]["students"] == "0"
    )
    assert growth["Read closely", "percent_right"]["change"] == "100.0"  # a type beyond the four skills
    d_prime, bias = growth["fact or opinion", "d_prime"], growth["fact or opinion", "bias_c"]
    assert (d_prime["before"], d_prime["after"], d_prime["change"]) == ("-3.0", "3.0", "6.0")
    assert float(bias["before"]) == -float(bias["after"]) != 0  # all "wrong" leans the other way from all "right"
    (first,) = [r for r in table if r["scope"] == "first_form"]
    assert (first["level_id"], first["level_title"], first["students"]) == ("fact-or-opinion", "'=Check A", "5")
    assert {r["scope"] for r in table} == {"level", "question", "player", "growth", "first_form"}


def test_report_json_is_one_object_with_the_growth_key(
    checked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "--results", str(checked), "--json", "--csv", str(tmp_path / "c.csv")]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)  # the whole of stdout: "wrote ..." went to stderr
    assert "wrote" in captured.err and (tmp_path / "c.csv").exists()
    assert (report["players"], report["level_plays"]) == (5, 5)
    assert [level["level_id"] for level in report["levels"]] == ["who-said-it"]
    growth = report["growth"]
    assert (growth["students"], growth["before_only"], growth["after_only"], growth["enough"]) == (5, 1, 0, True)
    assert growth["first_form"] == [{"level_id": "fact-or-opinion", "title": "=Check A", "students": 5}]
    facts = next(s for s in growth["skills"] if s["question_type"] == "fact_or_opinion")
    assert (facts["before"], facts["after"], facts["change"], facts["items_before"]) == (0.0, 1.0, 1.0, 65)
    assert growth["fact_opinion"]["sensitivity_before"] == pytest.approx(-3.0, abs=0.01)
    assert growth["fact_opinion"]["students"] == 5 and growth["overall"]["after"] == 1.0
    assert any("not a validated test" in sentence for sentence in growth["meaning"])


def test_json_with_no_results_is_still_one_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--results", str(tmp_path / "none.sqlite3"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (
        report["answers"] == 0 and report["growth"]["students"] == 0 and report["growth"]["skills"][0]["before"] is None
    )


def painted(path: Path, colour: tuple[int, int, int]) -> int:
    """How many pixels of the slide are exactly `colour`."""
    image = pygame.image.load(str(path))
    assert image.get_size() == SIZE
    return pygame.mask.from_threshold(image, colour, (1, 1, 1, 255)).count()


def test_the_growth_slide_is_written_beside_the_class_chart(
    checked: Path, tmp_path: Path, pygame_session: None
) -> None:
    out = tmp_path / "slides" / "class.png"
    assert main(["report", "--results", str(checked), "--png", str(out)]) == 0
    assert out.exists()
    slide = tmp_path / "slides" / "class-growth.png"
    # After: fact or opinion, "Read closely" and all items at 100%: three full bars of about 410 x 20 pixels
    # (d' has one more). Before: all at 0%, so hardly any of its colour beyond the legend and the labels.
    assert painted(slide, AFTER) > 3 * 0.9 * 410 * 20
    assert painted(slide, BEFORE) < painted(slide, AFTER) / 4


def test_with_only_checks_taken_the_report_shows_the_growth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], pygame_session: None
) -> None:
    path = tmp_path / "results.sqlite3"
    ResultsStore(path).record("ana", played(FACTS, "wrong"), "Check A", START, phase="before")
    assert main(["report", "--results", str(path), "--png", str(tmp_path / "c.png")]) == 0
    out = capsys.readouterr().out
    assert "no level finished yet" in out and "No student has taken both checks yet" in out
    assert not (tmp_path / "c.png").exists() and (tmp_path / "c-growth.png").exists()


def test_checks_played_by_the_game_come_back_as_the_class_growth(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole path: the headless demo takes the check before and after a level for two students, the report reads it.

    Ana gets everything right and Ben everything wrong, each on both forms, so every skill is half right before and
    after; the forms were shared out, one each first.
    """
    shutil.copytree(BUNDLED_SEEDS, tmp_path / "seeds", ignore=shutil.ignore_patterns("check-*"))
    levels = tmp_path / "levels"
    levels.mkdir()
    (levels / "01-one.yaml").write_text(level("one", WHO.format(id="w1") + FACT.format(id="f1")), "utf-8")
    form_a = WHO.format(id="a1") + OPINION.format(id="a2") + CHAIN.format(id="a3")
    (levels / "check-a.yaml").write_text(level("form-a", form_a, "A"), "utf-8")
    form_b = FACT.format(id="b1") + WHO.format(id="b2") + CHAIN.format(id="b3")
    (levels / "check-b.yaml").write_text(level("form-b", form_b, "B"), "utf-8")
    monkeypatch.setenv("BYLINE_DATA_DIR", str(tmp_path / "data"))
    for player, policy in (("ana", "correct"), ("ben", "wrong")):
        assert main(["demo", "--headless", "--record", "--player", player, "--policy", policy, str(levels)]) == 0
    capsys.readouterr()
    assert main(["report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["level_plays"], [v["level_id"] for v in report["levels"]]) == (2, ["one"])
    growth = report["growth"]
    assert growth["students"] == 2 and [f["students"] for f in growth["first_form"]] == [1, 1]
    assert {f["level_id"] for f in growth["first_form"]} == {"form-a", "form-b"}
    skills = {s["skill"]: (s["students"], s["before"], s["after"]) for s in growth["skills"]}
    assert skills == {
        "attribution": (2, 0.5, 0.5),
        "fact or opinion": (2, 0.5, 0.5),
        "contradiction": (0, None, None),
        "source": (2, 0.5, 0.5),
    }
