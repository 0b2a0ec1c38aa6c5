"""A power cut or a killed process never costs a player their save, nor a teacher a half-recorded level.

A writer process (writer.py) saves in a loop; it is killed with SIGKILL at a random
moment, 50 times over for each kind of file. Afterwards the file always loads and
holds the last save the writer finished, or the one it was writing: never a mix.
"""

from __future__ import annotations

import contextlib
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from game.content.progress import Progress
from game.storage import load_model, save_model

from .processes import ROOT
from .writer import LEVELS

TRIALS = 50


def kill_while_writing(kind: str, path: Path, rng: random.Random) -> int:
    """Start a writer, let it finish one save, SIGKILL it 0-40 ms later; return the last save it finished."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.writer", kind, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stderr is not None
    first = writer.stdout.readline()
    assert first, writer.stderr.read()
    time.sleep(rng.uniform(0, 0.04))
    writer.send_signal(signal.SIGKILL)
    printed = first + writer.stdout.read()
    writer.wait()
    writer.stdout.close()
    writer.stderr.close()
    assert writer.returncode == -signal.SIGKILL
    return int(printed.split()[-1])


@pytest.mark.slow
def test_progress_save_survives_sigkill_at_any_moment(tmp_path: Path) -> None:
    rng = random.Random(6)
    path = tmp_path / "profiles" / "player.json"
    for _ in range(TRIALS):
        finished = kill_while_writing("progress", path, rng)
        progress, notice = load_model(path, Progress)
        assert notice is None, notice  # never damaged: no fresh start
        generations = {(r.best_score, r.plays) for r in progress.levels.values()}
        assert len(progress.levels) == LEVELS and len(generations) == 1, generations  # one save, not a mix
        generation = generations.pop()[0]
        assert generation in (finished, finished + 1)  # the last finished save, or the one being written
        strays = {p.name for p in path.parent.iterdir()} - {path.name}
        assert all(name.startswith(".player.json.") and name.endswith(".tmp") for name in strays), strays
    save_model(path, progress)  # the next save clears what killed writers left behind
    assert {p.name for p in path.parent.iterdir()} == {path.name}


@pytest.mark.slow
def test_results_database_survives_sigkill_at_any_moment(tmp_path: Path) -> None:
    from game.results import ResultsStore

    rng = random.Random(7)
    path = tmp_path / "results.sqlite3"
    finished_before = 0
    for _ in range(TRIALS):
        finished = finished_before + kill_while_writing("results", path, rng)
        answers = ResultsStore(path).answers()
        per_play = Counter(answer.play_id for answer in answers)
        assert len(set(per_play.values())) == 1, per_play  # every level whole: all its answers or none
        assert len(per_play) in (finished, finished + 1)
        finished_before = len(per_play)
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
