"""What an installed Byline says about itself, and where it finds its own files."""

from __future__ import annotations

import importlib.util
import re
import sys
import tomllib
from importlib.metadata import metadata, version
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries import dictionary_factory

from game.cli import main
from game.content import paths
from game.launch import byline_command
from tests.checkout import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"byline {PYPROJECT['version']}\n"
    assert version("byline") == PYPROJECT["version"], "installed metadata is stale: pip install -e . again"


def test_metadata_names_an_spdx_licence_and_where_to_read_more() -> None:
    meta = metadata("byline")
    assert meta["License-Expression"] == PYPROJECT["license"]
    assert not any(c.startswith("License ::") for c in meta.get_all("Classifier") or [])  # PEP 639: not both
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Changelog"} <= urls.keys()


def test_a_checkout_reads_its_top_level_folders() -> None:
    assert (paths.BUNDLED_LEVELS, paths.BUNDLED_SEEDS, paths.ASSETS) == (
        ROOT / "levels",
        ROOT / "seeds",
        ROOT / "assets",
    )
    assert paths.BLOCKLIST.is_file() and any(paths.FONTS.glob("*.ttf"))


def test_files_are_found_only_through_the_paths_module() -> None:
    """A path built from `__file__` works in a checkout and breaks in a wheel or the bundle: game/content/paths.py
    is the one place that knows where Byline's files are."""
    offenders = [
        f"{source.relative_to(ROOT)}:{number}"
        for source in sorted((ROOT / "game").rglob("*.py"))
        if source != ROOT / "game" / "content" / "paths.py"
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"__file__|resources\.files|\bimportlib\.resources\b", line)
    ]
    assert offenders == []


def test_the_game_restarts_itself_with_this_python_or_the_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    assert byline_command("kiosk") == [sys.executable, "-P", "-m", "game.cli", "kiosk"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert byline_command("kiosk") == [sys.executable, "kiosk"]


def test_the_bundle_copies_the_lemma_list_from_where_simplemma_reads_it() -> None:
    """packaging/build_bundle.py copies simplemma's English list alone, not its 19 MB of languages: the file it
    names must be the one simplemma reads, or `byline new-level` fails in the bundle."""
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "packaging" / "build_bundle.py")
    assert spec and spec.loader
    bundle = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bundle)
    listed = Path(simplemma.__file__).parent / bundle._LEMMAS
    assert listed.is_file() and listed.parent == dictionary_factory.DATA_FOLDER
