"""Never down: the supervisor restarts a crashed, killed or hung game, backs off, logs why, and stops cleanly.

These tests run real processes, so they wait for them, always with a deadline.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from game.kiosk.supervisor import (
    BEAT,
    LINE_CHARS,
    LOG_BACKUPS,
    LOG_BYTES,
    TEACHER_EXIT,
    Backoff,
    Heartbeat,
    Supervisor,
    exit_reason,
    open_log,
)
from tests.checkout import ROOT

from .harness import DEADLINE, until


def child(tmp_path: Path, body: str) -> list[str]:
    """A stand-in game: Python code that knows how many times it has been started (`run`)."""
    script = tmp_path / "child.py"
    script.write_text(
        "import os, sys, time, pathlib\n"
        f"count = pathlib.Path({str(tmp_path / 'runs')!r})\n"
        "run = int(count.read_text()) + 1 if count.exists() else 1\n"
        "count.write_text(str(run))\n" + textwrap.dedent(body),
        encoding="utf-8",
    )
    return [sys.executable, str(script)]


def supervisor(tmp_path: Path, command: list[str], hang_seconds: float = 30.0) -> Supervisor:
    """A quick supervisor; a stand-in game gets 30 s for its first sign of life (Python starts slowly on a busy CI)."""
    log = open_log(tmp_path / "logs")
    backoff = Backoff(first=0.01)
    return Supervisor(command, tmp_path / "heartbeat", hang_seconds, log, backoff, 0.02, startup_seconds=30.0)


def log_text(tmp_path: Path) -> str:
    return (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_the_supervisor_really_waits_out_the_back_off_between_starts(tmp_path: Path) -> None:
    """On an injected clock: each restart comes only after the supervisor paused for the back-off."""
    command = child(tmp_path, f"sys.exit(3 if run < 5 else {TEACHER_EXIT})\n")
    now = [0.0]
    paused: list[tuple[int, float]] = []
    watcher = Supervisor(
        command,
        tmp_path / "heartbeat",
        30.0,
        open_log(tmp_path / "logs"),
        Backoff(first=1.0, longest=60.0),
        poll_seconds=0.02,
        clock=lambda: now[0],
        pause=lambda seconds: (paused.append((watcher.starts, seconds)), now.__setitem__(0, now[0] + seconds)),
    )
    assert watcher.run() == 0
    assert paused == [(1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0)]  # after start N, a pause, then start N + 1
    assert watcher.starts == 5


def test_a_slow_start_gets_its_grace_then_the_hang_limit_applies(tmp_path: Path) -> None:
    """Nothing for 2.5 s (a large article loading) with hang_seconds 1: not a hang, as start-up has 30 s."""
    command = child(
        tmp_path,
        f"""\
        if run == 1:
            time.sleep(2.5)
            print({BEAT!r}, flush=True)
        sys.exit({TEACHER_EXIT})
        """,
    )
    log = open_log(tmp_path / "logs")
    watcher = Supervisor(command, tmp_path / "heartbeat", 1.0, log, Backoff(first=0.01), 0.02, startup_seconds=30.0)
    assert watcher.run() == 0
    assert watcher.starts == 1 and "seems hung" not in log_text(tmp_path)


def test_beats_on_the_pipe_keep_a_game_alive_that_cannot_write_its_heartbeat_file(tmp_path: Path) -> None:
    command = child(
        tmp_path,
        f"""\
        if run == 1:
            pathlib.Path({str(tmp_path / "heartbeat")!r}).write_text(str(os.getpid()))  # once: then the disk is full
            for _ in range(15):
                print({BEAT!r}, flush=True)
                time.sleep(0.2)
        sys.exit({TEACHER_EXIT})
        """,
    )
    watcher = supervisor(tmp_path, command, hang_seconds=1.0)
    assert watcher.run() == 0
    assert watcher.starts == 1
    log = log_text(tmp_path)
    assert "seems hung" not in log and BEAT not in log  # a beat is a sign of life, not a log line


def test_the_log_rotates_at_its_cap_and_caps_each_line(tmp_path: Path) -> None:
    log = open_log(tmp_path / "logs")
    log.info("x" * 5_000_000)  # one runaway line
    for n in range(12_000):  # 5.3 MB: the log and all its backups fill
        log.info("line %d %s", n, "y" * 400)
    files = sorted((tmp_path / "logs").iterdir())
    assert [f.name for f in files] == ["kiosk.log", *(f"kiosk.log.{i}" for i in range(1, LOG_BACKUPS + 1))]
    assert all(f.stat().st_size <= LOG_BYTES for f in files)
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()]
    assert max(map(len, lines)) < LINE_CHARS + 100 and any("more characters left out" in line for line in lines)
    assert any(line.endswith("line 11999 " + "y" * 400) for line in lines)  # the newest is kept


def test_a_huge_line_from_the_game_is_cut_in_the_log(tmp_path: Path) -> None:
    command = child(
        tmp_path, f"print('z' * 5_000_000, flush=True)\nprint('after', flush=True)\nsys.exit({TEACHER_EXIT})\n"
    )
    assert supervisor(tmp_path, command).run() == 0
    log = log_text(tmp_path)
    assert len(log) < 3 * LINE_CHARS and log.count("game: z") == 1 and "game: after" in log  # the rest dropped


def test_backoff_doubles_while_failing_fast_and_resets_after_a_good_run() -> None:
    backoff = Backoff(first=1.0, longest=8.0, stable_after=60.0)
    assert [backoff.delay(0.5) for _ in range(5)] == [1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff.delay(61.0) == 1.0 and backoff.delay(1.0) == 2.0


def test_exit_reasons_name_the_signal() -> None:
    assert exit_reason(-signal.SIGKILL) == "the game was killed by SIGKILL"
    assert exit_reason(1) == "the game stopped with exit code 1"


def test_a_crash_is_logged_with_its_output_and_restarted_until_a_teacher_exits(tmp_path: Path) -> None:
    command = child(
        tmp_path,
        f"""\
        if run < 3:
            print("Traceback: something broke", flush=True)
            sys.exit(3)
        sys.exit({TEACHER_EXIT})
        """,
    )
    watcher = supervisor(tmp_path, command)
    assert watcher.run() == 0
    assert watcher.starts == 3
    log = log_text(tmp_path)
    assert log.count("the game stopped with exit code 3") == 2
    assert "game: Traceback: something broke" in log and "a teacher exited the kiosk" in log


def test_a_hung_game_is_killed_and_restarted(tmp_path: Path) -> None:
    command = child(
        tmp_path,
        f"""\
        if run == 1:
            pathlib.Path({str(tmp_path / "heartbeat")!r}).write_text(str(os.getpid()))
            time.sleep(120)
        sys.exit({TEACHER_EXIT})
        """,
    )
    watcher = supervisor(tmp_path, command, hang_seconds=1.0)
    started = time.monotonic()
    assert watcher.run() == 0
    assert time.monotonic() - started < DEADLINE
    assert watcher.starts == 2
    hung = int((tmp_path / "heartbeat").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(hung, 0)
    assert "the game seems hung" in log_text(tmp_path)


def test_stop_ends_the_game_and_the_supervisor(tmp_path: Path) -> None:
    command = child(tmp_path, "time.sleep(120)\n")
    watcher = supervisor(tmp_path, command)
    stopper = threading.Thread(target=lambda: (until(lambda: (tmp_path / "runs").exists()), watcher.stop()))
    stopper.start()
    assert watcher.run() == 0
    stopper.join(DEADLINE)
    assert watcher.starts == 1 and "supervisor stopping" in log_text(tmp_path)


def test_heartbeat_writes_the_pid_once_a_second_at_most(tmp_path: Path) -> None:
    now = [0.0]
    beat = Heartbeat(tmp_path / "hb", interval=1.0, clock=lambda: now[0])
    beat.beat()
    assert (tmp_path / "hb").read_text() == f"{os.getpid()}\n"
    (tmp_path / "hb").unlink()
    now[0] = 0.5
    beat.beat()
    assert not (tmp_path / "hb").exists()
    now[0] = 1.0
    beat.beat()
    assert (tmp_path / "hb").exists() and not beat.orphaned


def read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text())
    except (OSError, ValueError):
        return None


def real_kiosk(tmp_path: Path) -> subprocess.Popen[bytes]:
    """`byline kiosk` (supervisor and game) headless on `tmp_path`; its heartbeat is kiosk/heartbeat there."""
    config = tmp_path / "kiosk.yaml"
    config.write_text("fullscreen: false\nsound: false\n", encoding="utf-8")
    env = {**os.environ, "BYLINE_DATA_DIR": str(tmp_path), "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"}
    command = [sys.executable, "-m", "game.cli", "kiosk", "--config", str(config)]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_the_real_kiosk_comes_back_after_sigkill_and_stops_on_sigterm(tmp_path: Path) -> None:
    heartbeat = tmp_path / "kiosk" / "heartbeat"
    with real_kiosk(tmp_path) as boss:
        try:
            until(lambda: read_pid(heartbeat) is not None)
            first = read_pid(heartbeat)
            assert first is not None and first != boss.pid
            os.kill(first, signal.SIGKILL)
            until(lambda: read_pid(heartbeat) not in (None, first))
            second = read_pid(heartbeat)
            assert second is not None
            boss.send_signal(signal.SIGTERM)
            assert boss.wait(DEADLINE) == 0
        finally:
            if boss.poll() is None:
                boss.kill()
    with pytest.raises(ProcessLookupError):
        os.kill(second, 0)
    log = log_text(tmp_path)
    assert "the game was killed by SIGKILL" in log and "supervisor stopping" in log


def gone(pid: int) -> bool:
    """True once `pid` has exited (a zombie not yet reaped by its new parent counts as exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads process states from /proc")
def test_the_game_stops_when_its_supervisor_dies(tmp_path: Path) -> None:
    """A supervisor killed outright (no chance to stop the game): a new one would start its own game."""
    heartbeat = tmp_path / "kiosk" / "heartbeat"
    with real_kiosk(tmp_path) as boss:
        until(lambda: read_pid(heartbeat) is not None)
        game = read_pid(heartbeat)
        assert game is not None and not gone(game)
        boss.kill()
    try:
        until(lambda: gone(game))
    finally:
        if not gone(game):
            os.kill(game, signal.SIGKILL)
