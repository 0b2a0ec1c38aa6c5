"""The standalone bundle (packaging/build_bundle.py) on a computer without Python, run from an empty folder.

Building it takes minutes, so these tests take a bundle built already: .ci/run builds one
and passes its folder in BYLINE_BUNDLE. The build script itself runs the bundle's
`--version`, `validate` and `demo --headless`; here come the kiosk, play and a teacher's tools.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.checkout import ROOT

from .installed import (
    Installed,
    check_a_teacher_drafts_a_level,
    check_every_data_file_is_installed,
    check_outside_the_checkout,
    check_play_draws_its_first_frame,
    check_the_kiosk_supervisor_starts_and_restarts_its_game,
    check_version,
)

BUNDLE = os.environ.get("BYLINE_BUNDLE")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUNDLE, reason="no bundle: run packaging/build_bundle.py, set BYLINE_BUNDLE=its folder"),
]


@pytest.fixture
def installed(tmp_path: Path) -> Installed:
    assert BUNDLE
    bundle = Path(BUNDLE).resolve()
    (tmp_path / "home").mkdir()
    executable = bundle / ("byline.exe" if os.name == "nt" else "byline")
    return Installed([str(executable)], bundle / "_internal" / "game" / "_data", tmp_path / "home")


def test_it_runs_outside_the_checkout_and_knows_its_version(installed: Installed) -> None:
    check_outside_the_checkout(installed)
    check_version(installed)


def test_it_holds_every_seed_level_and_asset(installed: Installed) -> None:
    check_every_data_file_is_installed(installed)


def test_play_opens_the_title(installed: Installed) -> None:
    check_play_draws_its_first_frame(installed)


def test_new_level_validate_and_report_work_for_a_teacher(installed: Installed) -> None:
    check_a_teacher_drafts_a_level(installed, ROOT / "tests" / "data" / "school-lunch.txt")


def test_the_kiosk_restarts_its_game_from_the_bundle_itself(installed: Installed) -> None:
    check_the_kiosk_supervisor_starts_and_restarts_its_game(installed)
