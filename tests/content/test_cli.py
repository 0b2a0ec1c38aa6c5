from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.cli import main
from tests.checkout import ROOT


def test_validate_bundled_levels_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert "0 broken file(s), 0 error(s), 0 warning(s)" in last


def test_validate_reports_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\n\ttitle: y\n", encoding="utf-8")
    assert main(["validate", str(tmp_path), str(tmp_path / "nope")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{bad}:2:1: error: tab character: use spaces to indent" in out
    assert f"{tmp_path / 'nope'}:1:1: error: no such file or folder" in out
    assert out[-1].startswith(f"checked {tmp_path}, {tmp_path / 'nope'}: 0 valid level(s) of 1")


def test_validate_counts_by_type(capsys: pytest.CaptureFixture[str]) -> None:
    main(["validate", str(ROOT / "levels")])
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert "who_said" in last and "fact_or_opinion" in last and "contradiction" in last


def test_schema_command_prints_json() -> None:
    out = subprocess.run([sys.executable, "-m", "game.cli", "schema"], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout)["title"] == "Byline level"


@pytest.mark.parametrize("package", ["game.content", "game.authoring"])
def test_pure_packages_never_import_pygame(package: str) -> None:
    """In a clean interpreter (this one may have pygame loaded by other tests): every module, the CLI, a draft."""
    code = (
        f"import sys, pkgutil, importlib, {package} as p\n"
        f"for m in pkgutil.iter_modules(p.__path__): importlib.import_module('{package}.' + m.name)\n"
        "import game.cli\n"
        "from game.authoring.draft import draft_level\n"
        "from game.content.article import Article\n"
        "draft_level(Article('Head\\nThe mayor said \"We will build it.\"\\nIt opened in May.\\n'), 'x')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pygame'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_validate_defaults_to_the_teachers_own_levels(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "levels").mkdir()
    (tmp_path / "levels" / "mine.yaml").write_text("id: mine\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 1
    assert "levels/mine.yaml:1:1: error: missing key `title`" in capsys.readouterr().out


def test_a_folder_without_level_files_says_where_they_are(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "levels").mkdir()
    assert main(["validate", str(tmp_path)]) == 1
    assert f"no level files (.yaml) in this folder: did you mean `{tmp_path / 'levels'}`?" in capsys.readouterr().out
