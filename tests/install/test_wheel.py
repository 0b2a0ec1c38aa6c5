"""The wheel as pip or pipx installs it: built from this checkout, in a fresh venv outside it, run in an empty folder.

Slow (a build and an install, half a minute or more). CI builds the wheel once and
passes it in BYLINE_WHEEL; without it the test builds its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.checkout import ROOT

from .installed import (
    Installed,
    check_a_teacher_drafts_a_level,
    check_demo_plays_every_level,
    check_every_data_file_is_installed,
    check_outside_the_checkout,
    check_play_draws_its_first_frame,
    check_the_kiosk_supervisor_starts_and_restarts_its_game,
    check_validate_finds_the_bundled_levels,
    check_version,
)

pytestmark = pytest.mark.slow


def _wheel(folder: Path) -> Path:
    given = os.environ.get("BYLINE_WHEEL")
    if given:
        return Path(given)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), str(ROOT)], check=True
    )
    (wheel,) = folder.glob("byline-*.whl")
    return wheel


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A fresh venv with the wheel installed: its bin folder, and where the package's data landed."""
    wheel = _wheel(tmp_path_factory.mktemp("wheel"))
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(root)], check=True)
    bin_dir = root / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([bin_dir / "python", "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    where = subprocess.run(
        [bin_dir / "python", "-P", "-c", "from game.content.paths import DATA; print(DATA)"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return bin_dir, Path(where.stdout.strip())


@pytest.fixture
def installed(venv: tuple[Path, Path], tmp_path: Path) -> Installed:
    bin_dir, data = venv
    (tmp_path / "home").mkdir()
    return Installed([str(bin_dir / "byline")], data, tmp_path / "home")


def test_it_runs_outside_the_checkout_and_knows_its_version(installed: Installed) -> None:
    check_outside_the_checkout(installed)
    check_version(installed)


def test_it_holds_every_seed_level_and_asset(installed: Installed) -> None:
    check_every_data_file_is_installed(installed)


def test_validate_checks_the_bundled_levels(installed: Installed) -> None:
    check_validate_finds_the_bundled_levels(installed)


def test_demo_plays_every_level(installed: Installed) -> None:
    check_demo_plays_every_level(installed)


def test_play_opens_the_title(installed: Installed) -> None:
    check_play_draws_its_first_frame(installed)


def test_new_level_validate_and_report_work_for_a_teacher(installed: Installed) -> None:
    check_a_teacher_drafts_a_level(installed, ROOT / "tests" / "data" / "school-lunch.txt")


def test_the_kiosk_restarts_its_game(installed: Installed) -> None:
    check_the_kiosk_supervisor_starts_and_restarts_its_game(installed)
