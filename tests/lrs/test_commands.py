"""The teacher's commands end to end: set, a recorded demo, status, sync, and the class report from the LRS."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from game.cli import main
from game.lrs.settings import settings_path
from tests.lrs.ralph import PASSWORD, USERNAME, Ralph, free_port

LEVEL = Path(__file__).resolve().parents[2] / "levels" / "01-who-said-it.yaml"


def set_lrs(tmp_path: Path, endpoint: str, password: str = PASSWORD) -> int:
    secret = tmp_path / "password.txt"
    secret.write_text(password + "\n")
    salt = tmp_path / "salt.txt"
    salt.write_text("school salt\n")
    return main(
        [
            "lrs",
            "set",
            "--endpoint",
            endpoint,
            "--username",
            USERNAME,
            "--password-file",
            str(secret),
            "--salt-file",
            str(salt),
            "--base-iri",
            "https://school.example/byline",
        ]
    )


def status(capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["lrs", "status"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_class_reaches_the_lrs_and_the_report_reads_it_back(
    tmp_path: Path, ralph: Ralph, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set_lrs(tmp_path, ralph.endpoint) == 0
    saved = settings_path()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600 and PASSWORD in saved.read_text()
    for player in ("ana", "bo"):
        assert main(["demo", "--headless", "--record", "--player", player, str(LEVEL)]) == 0
    queued = status(capsys)
    assert queued["configured"] is True and queued["pending"] > 0 and queued["sent"] == 0
    assert main(["lrs", "sync"]) == 0
    after = status(capsys)
    assert (after["pending"], after["sent"], after["last_error"]) == (0, queued["pending"], None)
    assert main(["report", "--lrs"]) == 0
    out = capsys.readouterr().out
    assert "2 players" in out and "Who said it?" in out
    assert "ana" not in out and "bo " not in out  # pseudonyms, not names


def test_sync_exits_1_while_statements_wait_and_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert set_lrs(tmp_path, f"http://127.0.0.1:{free_port()}/xAPI") == 0
    assert main(["demo", "--headless", "--record", str(LEVEL)]) == 0
    capsys.readouterr()
    assert main(["lrs", "sync"]) == 1
    err = capsys.readouterr().err
    assert "cannot reach the LRS" in err
    assert status(capsys)["last_error"].startswith("cannot reach the LRS")


def test_without_settings_nothing_is_queued_and_the_commands_say_how_to_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--headless", "--record", str(LEVEL)]) == 0
    assert status(capsys)["configured"] is False and status(capsys)["pending"] == 0
    assert main(["lrs", "sync"]) == 2
    assert main(["report", "--lrs"]) == 1
    assert "byline lrs set" in capsys.readouterr().err


def test_set_refuses_an_endpoint_that_is_not_a_web_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert set_lrs(tmp_path, "lrs.school.example") == 2
    assert "https://" in capsys.readouterr().err
    assert not settings_path().exists()
