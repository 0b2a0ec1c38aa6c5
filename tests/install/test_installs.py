"""Byline as a school installs it, on a computer that never saw the repository: the wheel and the bundle.

The wheel is built from this checkout and installed in a fresh venv outside it (what pip
and pipx do); the bundle is the standalone folder of packaging/build_bundle.py. Every
command runs from an empty folder, headless, with a data folder of its own and no
PYTHONPATH, so nothing here can stand in for what the install lacks. Slow: CI builds the
wheel once and passes it in BYLINE_WHEEL (without it, the tests build their own); the
bundle takes minutes to build, so its tests need one built already, in BYLINE_BUNDLE.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

from game.content.pack import load_pack
from game.content.paths import profanity_list
from tests.checkout import ROOT
from tests.kiosk.harness import DEADLINE, until

pytestmark = pytest.mark.slow

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
DATA_FOLDERS = ("seeds", "levels", "assets")
CHECKOUT = load_pack([ROOT / "levels"])
"""The checkout's levels and check forms: the install must hold and find the same."""
BIN = "Scripts" if os.name == "nt" else "bin"
EXE = ".exe" if os.name == "nt" else ""


def _files(folder: Path) -> set[str]:
    return {
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")
    }


def package_files() -> set[str]:
    """What the installed `game` package must hold: the checkout's game/ (word lists too), seeds/, levels/, assets/."""
    data = {f"_data/{folder}/{name}" for folder in DATA_FOLDERS for name in _files(ROOT / folder)}
    return data | {name for name in _files(ROOT / "game") if not name.endswith(".py")}


@dataclass
class Installed:
    byline: list[str]
    """The command that runs `byline`."""
    package: Path
    """The installed `game` package's folder."""
    home: Path
    """An empty folder to run in, with the user data folder beside it."""

    def env(self) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        headless = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
        return {**keep, **headless, "BYLINE_DATA_DIR": str(self.home.parent / "user-data")}

    def run(self, *args: str) -> str:
        """`byline ARGS...`, which must succeed; what it printed."""
        done = subprocess.run(
            [*self.byline, *args], cwd=self.home, env=self.env(), capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"byline {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
        return done.stdout


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A fresh venv with the wheel installed: its `byline`, and the installed package's folder."""
    wheel = os.environ.get("BYLINE_WHEEL")
    if not wheel:
        folder = tmp_path_factory.mktemp("wheel")
        pip_wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(folder), str(ROOT)]
        subprocess.run(pip_wheel, check=True)
        (built,) = folder.glob("byline-*.whl")
        wheel = str(built)
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([venv / BIN / "python", "-m", "pip", "install", "--quiet", wheel], check=True)
    where = [venv / BIN / "python", "-P", "-c", "import game; print(game.__path__[0])"]
    package = subprocess.run(where, cwd=venv, capture_output=True, text=True, check=True).stdout.strip()
    return venv / BIN / f"byline{EXE}", Path(package)


@pytest.fixture(params=["wheel", "bundle"])
def installed(request: pytest.FixtureRequest, tmp_path: Path) -> Installed:
    (tmp_path / "home").mkdir()
    if request.param == "wheel":
        byline, package = request.getfixturevalue("wheel_venv")
        return Installed([str(byline)], package, tmp_path / "home")
    bundle = os.environ.get("BYLINE_BUNDLE")
    if not bundle:
        pytest.skip("no bundle: run packaging/build_bundle.py and set BYLINE_BUNDLE to its folder (CI does)")
    folder = Path(bundle).resolve()
    return Installed([str(folder / f"byline{EXE}")], folder / "_internal" / "game", tmp_path / "home")


def test_it_runs_outside_the_checkout_and_knows_its_version(installed: Installed) -> None:
    assert not installed.package.is_relative_to(ROOT) and not installed.home.is_relative_to(ROOT)
    assert not any(installed.home.iterdir()), "the commands must start in an empty folder"
    assert installed.run("--version") == f"byline {VERSION}\n"


def test_it_holds_every_seed_level_asset_and_word_list(installed: Installed) -> None:
    missing = package_files() - _files(installed.package)
    assert not missing, f"missing from the installed game/: {sorted(missing)}"
    beside = installed.package.parent  # site-packages, or the bundle's _internal
    assert (beside / profanity_list().relative_to(profanity_list().parents[1])).is_file()


def test_validate_checks_the_levels_inside_the_install(installed: Installed) -> None:
    last = installed.run("validate").strip().splitlines()[-1]
    assert CHECKOUT.files == len(CHECKOUT.everything) >= 10
    assert last == f"checked {installed.package / '_data' / 'levels'}: {CHECKOUT.summary_line()}"


def test_demo_plays_every_level(installed: Installed) -> None:
    report = json.loads(installed.run("demo", "--headless"))
    assert report["finished"] and len(report["levels"]) == len(CHECKOUT.levels), report


def test_play_opens_the_title(installed: Installed) -> None:
    timings = json.loads(installed.run("play", "--benchmark-first-frame").strip().splitlines()[-1])
    assert timings["levels_ready"] >= timings["first_frame"] > 0


def test_a_teacher_drafts_validates_and_reports(installed: Installed) -> None:
    shutil.copy(ROOT / "tests" / "data" / "school-lunch.txt", installed.home)
    installed.run("new-level", "--from", "school-lunch.txt")
    last = installed.run("validate").strip().splitlines()[-1]
    assert last.startswith(f"checked {installed.home / 'levels'}: 1 valid level(s) of 1"), last
    assert installed.run("report").strip()


def test_the_kiosk_supervisor_restarts_its_game(installed: Installed) -> None:
    """The supervisor starts the game as a child: from a wheel with its Python, from the bundle with itself."""
    config = installed.home.parent / "kiosk.yaml"
    config.write_text("fullscreen: false\nsound: false\n", encoding="utf-8")
    heartbeat = installed.home.parent / "user-data" / "kiosk" / "heartbeat"

    def game_pid() -> int | None:
        try:
            return int(heartbeat.read_text())
        except (OSError, ValueError):
            return None

    command = [*installed.byline, "kiosk", "--config", str(config)]
    quiet = subprocess.DEVNULL
    with subprocess.Popen(command, cwd=installed.home, env=installed.env(), stdout=quiet, stderr=quiet) as supervisor:
        try:
            until(lambda: game_pid() is not None)
            first = game_pid()
            assert first is not None and first != supervisor.pid
            os.kill(first, signal.SIGKILL)
            until(lambda: game_pid() not in (None, first))
            supervisor.send_signal(signal.SIGTERM)
            assert supervisor.wait(DEADLINE) == 0
        finally:
            if supervisor.poll() is None:
                supervisor.kill()
    log = (installed.home.parent / "user-data" / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "the game was killed by SIGKILL" in log and "Traceback" not in log, log
