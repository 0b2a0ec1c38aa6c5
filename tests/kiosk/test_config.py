"""The kiosk config: defaults, every mistake at its line in a teacher's words, and never a PIN."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from game.cli import main
from game.content.paths import BUNDLED_LEVELS
from game.content.problems import ContentError, Problem
from game.kiosk.config import PIN_NOT_HERE, KioskConfig, load_config
from tests.checkout import ROOT


def write(folder: Path, text: str) -> Path:
    path = folder / "kiosk.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(path: Path) -> list[Problem]:
    with pytest.raises(ContentError) as caught:
        load_config(path)
    return caught.value.problems


def test_defaults_need_no_file() -> None:
    config = KioskConfig()
    assert config.idle_seconds == 90 and config.level_paths == [BUNDLED_LEVELS]


def test_levels_are_relative_to_the_file_and_one_path_is_enough(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, "levels: myclass/levels\nhide_cursor: true\nidle_seconds: 45\n"))
    assert config.level_paths == [tmp_path / "myclass" / "levels"]
    assert config.hide_cursor and config.idle_seconds == 45.0
    absolute = load_config(write(tmp_path, f"levels: [{BUNDLED_LEVELS}, extra]\n"))
    assert absolute.level_paths == [BUNDLED_LEVELS, tmp_path / "extra"]


def test_every_mistake_is_reported_at_its_line_at_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """\
        idle_secnds: 30
        still_there_seconds: 1
        hide_cursor: maybe
        scoreboard_size: many
        demo: [yes]
        levels:
          - {folder: x}
        """,
    )
    assert [str(p) for p in problems(path)] == [
        f"{path}:1:1: error: unknown key `idle_secnds`: did you mean `idle_seconds`?",
        f"{path}:2:22: error: `still_there_seconds` must be at least 3, not `1`",
        f"{path}:3:14: error: `hide_cursor` should be `true` or `false`, not `maybe`",
        f"{path}:4:18: error: `scoreboard_size` should be a whole number, not `many`",
        f"{path}:5:7: error: `demo` should be `true` or `false`, not a list",
        f"{path}:7:5: error: item 1 of `levels` should be a file or folder name, not a set of `key: value` lines",
    ]


def test_the_yaml_rules_of_levels_apply_too(tmp_path: Path) -> None:
    path = write(tmp_path, "idle_seconds: 30\nidle_seconds: 40\n")
    [problem] = problems(path)
    assert (problem.line, problem.column) == (2, 1) and "duplicate key `idle_seconds`" in problem.message
    [not_mapping] = problems(write(tmp_path, "- idle_seconds\n"))
    assert "set of `key: value` lines" in not_mapping.message


@pytest.mark.parametrize("key", ["pin", "teacher_pin", "PIN", "pin_hash", "password"])
def test_a_pin_in_the_config_is_refused_with_what_to_do(tmp_path: Path, key: str) -> None:
    path = write(tmp_path, f"idle_seconds: 60\n{key}: 1234\n")
    assert [(p.line, p.column, p.message) for p in problems(path)] == [(2, 1, PIN_NOT_HERE)]


def test_the_config_has_no_field_that_could_hold_a_pin() -> None:
    assert not [name for name in KioskConfig.model_fields if re.search("pin|pass|secret", name)]


def test_documented_example_config_is_valid(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "kiosk.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", doc, re.S)
    assert example is not None
    assert load_config(write(tmp_path, example.group(1))).idle_seconds > 0
    documented = set(re.findall(r"^\| `(\w+)` \|", doc, re.M))
    assert documented == set(KioskConfig.model_fields)  # the reference table lists every field


def test_shipped_example_config_is_valid() -> None:
    config = load_config(ROOT / "contrib" / "kiosk.yaml")
    assert config.level_paths == [ROOT / "contrib" / ".." / "levels"]


def test_cli_check_prints_located_problems_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "hide_cursr: true\n")
    assert main(["kiosk", "--check", "--config", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{path}:1:1: error: unknown key `hide_cursr`: did you mean `hide_cursor`?"
    ]
