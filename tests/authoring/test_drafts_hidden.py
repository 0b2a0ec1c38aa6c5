"""A draft with TODOs left does not reach students: play hides it and says how a teacher can try it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from game.authoring.draft import new_level
from game.cli import main
from game.content.pack import load_pack

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """levels/ with one checked level (its TODOs removed) and one draft straight from new-level."""
    shutil.copy(DATA / "river-bridge.txt", tmp_path / "river-bridge.txt")
    shutil.copy(DATA / "school-lunch.txt", tmp_path / "school-lunch.txt")
    checked = new_level(tmp_path / "river-bridge.txt", tmp_path / "levels" / "01-bridge.yaml").level
    checked.write_text(checked.read_text(encoding="utf-8").replace("TODO check: ", "").replace("TODO: ", ""))
    new_level(tmp_path / "school-lunch.txt", tmp_path / "levels" / "02-lunch.yaml")
    return tmp_path / "levels"


def test_play_hides_drafts_and_the_level_list_says_how_to_see_them(folder: Path) -> None:
    pack = load_pack([folder])
    assert [loaded.path.name for loaded in pack.levels] == ["01-bridge.yaml"]
    assert [path.name for path in pack.hidden_drafts] == ["02-lunch.yaml"]
    assert pack.notice() == (
        "1 draft level(s) with TODOs left are hidden: a teacher can try them with `byline play --drafts`."
    )
    assert not pack.errors


def test_drafts_are_played_when_asked_for_and_always_validated(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert [loaded.path.name for loaded in load_pack([folder], drafts=True).levels] == [
        "01-bridge.yaml",
        "02-lunch.yaml",
    ]
    assert main(["validate", str(folder)]) == 0
    assert "2 valid level(s) of 2" in capsys.readouterr().out


def test_demo_plays_only_the_checked_level_and_names_the_hidden_draft(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--headless", str(folder)]) == 0
    captured = capsys.readouterr()
    assert [level["id"] for level in json.loads(captured.out)["levels"]] == ["01-bridge"]
    assert f"draft level(s) with TODOs left are hidden: {folder / '02-lunch.yaml'}" in captured.err


def test_a_folder_of_drafts_only_says_how_to_try_them(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "01-bridge.yaml").unlink()
    assert main(["demo", "--headless", str(folder)]) == 1
    assert "or `byline play --drafts` to try the drafts" in capsys.readouterr().err
