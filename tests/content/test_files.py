"""Only regular files of bounded size are read: a FIFO, /dev/zero or a huge file is refused by every reader.

A FIFO would block a plain `open` until a writer comes (forever); /dev/zero never ends. Each reader runs
on a worker thread with a deadline, so a reader that hangs fails the test instead of stalling the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from game.authoring.draft import DraftError, new_level
from game.content.articlefile import ArticleFileError, read_article
from game.content.files import RefusedFile, read_limited
from game.content.problems import ContentError
from game.content.progress import Progress
from game.content.yamlsource import read_yaml
from game.storage import load_model
from tests.checkout import ROOT

DEADLINE = 60.0

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
needs_dev_zero = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")


def finishes(work: Callable[[], object]) -> object:
    """Run `work` on a thread; its result or exception, or a failure if it is still running at the deadline."""
    outcome: list[object] = []
    thread = threading.Thread(target=lambda: outcome.append(_catch(work)), daemon=True)
    thread.start()
    thread.join(DEADLINE)
    assert not thread.is_alive(), "the reader hung"
    return outcome[0]


def _catch(work: Callable[[], object]) -> object:
    try:
        return work()
    except Exception as exc:
        return exc


def fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def dev_zero(folder: Path, name: str) -> Path:
    path = folder / name
    path.symlink_to("/dev/zero")
    return path


def huge(folder: Path, name: str) -> Path:
    path = folder / name
    with path.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: large, cheap
    return path


SPECIAL = [
    pytest.param(fifo, "not a regular file", marks=needs_fifo, id="fifo"),
    pytest.param(dev_zero, "not a regular file", marks=needs_dev_zero, id="dev-zero"),
    pytest.param(huge, "the limit is", id="huge"),
]


def test_a_regular_file_is_read_whole_up_to_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert read_limited(path, 100) == b"x" * 100
    with pytest.raises(RefusedFile, match="the limit is 99"):
        read_limited(path, 99)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OSError):  # IsADirectoryError / PermissionError on Windows, RefusedFile here
        read_limited(tmp_path, 100)


@pytest.mark.parametrize(("make", "why"), SPECIAL)
def test_yaml_files_levels_and_configs_refuse_special_files(tmp_path: Path, make: Callable, why: str) -> None:
    path = make(tmp_path, "level.yaml")
    caught = finishes(lambda: read_yaml(path))
    assert isinstance(caught, ContentError), caught
    assert caught.problems[0].file == str(path) and why in caught.problems[0].message


@pytest.mark.parametrize(("make", "why"), SPECIAL)
def test_articles_refuse_special_files(tmp_path: Path, make: Callable, why: str) -> None:
    path = make(tmp_path, "article.txt")
    caught = finishes(lambda: read_article(path))
    assert isinstance(caught, ArticleFileError) and why in str(caught)


@pytest.mark.parametrize(("make", "why"), SPECIAL)
def test_saves_refuse_special_files_and_start_fresh_with_a_notice(tmp_path: Path, make: Callable, why: str) -> None:
    path = make(tmp_path, "player.json")
    loaded = finishes(lambda: load_model(path, Progress))
    assert isinstance(loaded, tuple), loaded
    model, notice = loaded
    assert model == Progress() and notice is not None and why in notice
    assert os.path.lexists(path)  # a special file is not "damaged": it is left where it is


@pytest.mark.parametrize(("make", "why"), SPECIAL)
def test_new_level_refuses_a_special_article(tmp_path: Path, make: Callable, why: str) -> None:
    path = make(tmp_path, "article.txt")
    caught = finishes(lambda: new_level(path, tmp_path / "levels" / "x.yaml"))
    assert isinstance(caught, DraftError) and why in str(caught)


@pytest.mark.parametrize(("make", "why"), SPECIAL[:2])
def test_kiosk_check_with_a_special_config_ends_with_a_located_error(tmp_path: Path, make: Callable, why: str) -> None:
    config = make(tmp_path, "kiosk.yaml")
    env = {**os.environ, "BYLINE_DATA_DIR": str(tmp_path / "data")}
    run = subprocess.run(
        [sys.executable, "-m", "game.cli", "kiosk", "--check", "--config", str(config)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=DEADLINE,  # a hang guard only: the command answers in well under a second
    )
    assert run.returncode == 2
    assert f"{config}:1:1: error: cannot read file: {why}" in run.stderr
