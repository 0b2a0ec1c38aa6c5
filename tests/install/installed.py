"""An installed Byline (a wheel in a venv of its own, or the standalone bundle) run as a school's computer would.

Every command runs from an empty folder outside this checkout, headless, with a data
folder of its own and no PYTHONPATH, so nothing here can stand in for what the install
lacks. The checks are shared by the wheel and the bundle tests.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

from tests.checkout import ROOT
from tests.kiosk.harness import DEADLINE, until

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
DATA_FOLDERS = ("seeds", "levels", "assets")


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
    data: Path
    """Where this install keeps its seeds/, levels/ and assets/."""
    home: Path
    """An empty folder to run in, with the user data folder beside it."""

    def env(self) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        return {
            **keep,
            "SDL_VIDEODRIVER": "dummy",
            "SDL_AUDIODRIVER": "dummy",
            "BYLINE_DATA_DIR": str(self.home.parent / "user-data"),
        }

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`byline ARGS...`, which must succeed."""
        done = subprocess.run(
            [*self.byline, *args], cwd=self.home, env=self.env(), capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, f"byline {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
        return done


def check_outside_the_checkout(installed: Installed) -> None:
    assert not installed.data.is_relative_to(ROOT) and not installed.home.is_relative_to(ROOT)
    assert not any(installed.home.iterdir()), "the commands must start in an empty folder"


def check_version(installed: Installed) -> None:
    assert installed.run("--version").stdout == f"byline {VERSION}\n"


def check_every_data_file_is_installed(installed: Installed) -> None:
    missing = package_files() - _files(installed.data.parent)
    assert not missing, f"missing from the installed game/: {sorted(missing)}"


def check_validate_finds_the_bundled_levels(installed: Installed) -> None:
    levels = len(list((ROOT / "levels").glob("*.yaml")))
    last = installed.run("validate").stdout.strip().splitlines()[-1]
    assert last.startswith(f"checked {installed.data / 'levels'}: {levels} valid level(s) of {levels}"), last


def check_demo_plays_every_level(installed: Installed) -> None:
    report = json.loads(installed.run("demo", "--headless").stdout)
    assert report["finished"] and len(report["levels"]) == len(list((ROOT / "levels").glob("*.yaml"))), report


def check_play_draws_its_first_frame(installed: Installed) -> None:
    timings = json.loads(installed.run("play", "--benchmark-first-frame").stdout.strip().splitlines()[-1])
    assert timings["levels_ready"] >= timings["first_frame"] > 0


def check_a_teacher_drafts_a_level(installed: Installed, article: Path) -> None:
    shutil.copy(article, installed.home / article.name)
    installed.run("new-level", "--from", article.name)
    last = installed.run("validate").stdout.strip().splitlines()[-1]
    assert last.startswith(f"checked {installed.home / 'levels'}: 1 valid level(s) of 1"), last
    assert installed.run("report").stdout.strip()


def check_the_kiosk_supervisor_starts_and_restarts_its_game(installed: Installed) -> None:
    """The supervisor starts the game as a child process: from a wheel with its Python, from the bundle with itself."""
    config = installed.home.parent / "kiosk.yaml"
    config.write_text("fullscreen: false\nsound: false\n", encoding="utf-8")
    heartbeat = installed.home.parent / "user-data" / "kiosk" / "heartbeat"

    def game_pid() -> int | None:
        try:
            return int(heartbeat.read_text())
        except (OSError, ValueError):
            return None

    command = [*installed.byline, "kiosk", "--config", str(config)]
    out = subprocess.DEVNULL
    with subprocess.Popen(command, cwd=installed.home, env=installed.env(), stdout=out, stderr=out) as supervisor:
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
