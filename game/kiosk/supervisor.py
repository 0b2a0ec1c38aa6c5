"""Never down: a small parent process that runs the kiosk game, restarts it, and logs why.

    byline kiosk                    # the supervisor
      └─ byline kiosk --no-supervisor --heartbeat FILE    # the game

The game rewrites the heartbeat file (its pid) every second. The supervisor
restarts it when it exits for any reason but a teacher's Exit (`TEACHER_EXIT`),
or when the heartbeat goes stale (a hang: the game is killed first). Restarts
back off (1, 2, 4 ... 60 s) while the game keeps failing fast, and reset once
it has run for a minute. Everything the game prints goes to the same rotating
log, so a crash's traceback is there for a teacher or technician to read.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path

TEACHER_EXIT = 10
"""The game's exit code when a teacher chose Exit: the supervisor stops too."""

HEARTBEAT_SECONDS = 1.0
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


class Heartbeat:
    """The game's side: proves it is alive, and notices when its supervisor is gone."""

    def __init__(self, path: Path, interval: float = HEARTBEAT_SECONDS, clock: Callable[[], float] = time.monotonic):
        self.path = path
        self.interval = interval
        self.clock = clock
        self.parent = os.getppid()
        self._last = -interval

    def beat(self) -> None:
        """Rewrite the file (atomically, without fsync: it is rewritten every second) if a beat is due."""
        now = self.clock()
        if now - self._last < self.interval:
            return
        self._last = now
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}.tmp")
        temp.write_text(f"{os.getpid()}\n", encoding="ascii")
        os.replace(temp, self.path)

    @property
    def orphaned(self) -> bool:
        """True once the supervisor died: a new one will start its own game, so this one should stop."""
        return os.getppid() != self.parent


@dataclass
class Backoff:
    first: float = 1.0
    longest: float = 60.0
    stable_after: float = 60.0
    failures: int = 0

    def delay(self, ran_for: float) -> float:
        """Seconds to wait before the next start, after a run that lasted `ran_for` seconds."""
        self.failures = 1 if ran_for >= self.stable_after else self.failures + 1
        return min(self.first * 2 ** (self.failures - 1), self.longest)


def open_log(folder: Path) -> logging.Logger:
    """The kiosk log: rotating files in `folder` (kiosk.log, kiosk.log.1 ...) and the terminal."""
    folder.mkdir(parents=True, exist_ok=True)
    log = logging.getLogger("byline.kiosk")
    for handler in log.handlers[:]:
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.INFO)
    log.propagate = False
    to_file = RotatingFileHandler(folder / "kiosk.log", maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    to_terminal = logging.StreamHandler(sys.stderr)
    to_terminal.setFormatter(logging.Formatter("byline kiosk: %(message)s"))
    log.addHandler(to_file)
    log.addHandler(to_terminal)
    return log


def exit_reason(code: int) -> str:
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the game was killed by {name}"
    return f"the game stopped with exit code {code}"


class Supervisor:
    """Runs `command` until it exits with TEACHER_EXIT or `stop()` is called (from a signal handler)."""

    def __init__(
        self,
        command: Sequence[str],
        heartbeat: Path,
        hang_seconds: float,
        log: logging.Logger,
        backoff: Backoff | None = None,
        poll_seconds: float = 0.25,
    ) -> None:
        self.command = list(command)
        self.heartbeat = heartbeat
        self.hang_seconds = hang_seconds
        self.log = log
        self.backoff = backoff or Backoff()
        self.poll_seconds = poll_seconds
        self.starts = 0
        self._stopping = threading.Event()

    def stop(self) -> None:
        self._stopping.set()

    def run(self) -> int:
        """Keep the game running; 0 once a teacher exits or the supervisor is stopped."""
        while not self._stopping.is_set():
            started = time.monotonic()
            reason = self._run_once()
            if reason is None:
                return 0
            ran_for = time.monotonic() - started
            if self._stopping.is_set():  # e.g. Ctrl+C reached the game and the supervisor at once
                self.log.info("%s after %.1f s", reason, ran_for)
                break
            delay = self.backoff.delay(ran_for)
            self.log.warning("%s after %.1f s; restarting in %.0f s", reason, ran_for, delay)
            self._stopping.wait(delay)
        self.log.info("supervisor stopped")
        return 0

    def _run_once(self) -> str | None:
        """Start the game and watch it; the reason it ended, or None when the supervisor should stop."""
        self.starts += 1
        born = time.time()
        child = subprocess.Popen(
            self.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
        )
        self.log.info("game started (pid %d)", child.pid)
        relay = threading.Thread(target=self._relay, args=(child,), daemon=True)
        relay.start()
        try:
            while (code := child.poll()) is None:
                if self._stopping.is_set():
                    self._end(child, politely=True)
                    self.log.info("supervisor stopping: game ended")
                    return None
                silent = time.time() - max(born, self._last_beat())
                if silent > self.hang_seconds:
                    self.log.error("no heartbeat for %.0f s: the game seems hung; stopping it", silent)
                    self._end(child, politely=False)
                    return "the game hung"
                self._stopping.wait(self.poll_seconds)
        finally:
            relay.join(timeout=5)
        if code == TEACHER_EXIT:
            self.log.info("a teacher exited the kiosk")
            return None
        return exit_reason(code)

    def _last_beat(self) -> float:
        try:
            return self.heartbeat.stat().st_mtime
        except OSError:
            return 0.0

    def _relay(self, child: subprocess.Popen[str]) -> None:
        """Log what the game prints (a crash's traceback included), line by line."""
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip():
                self.log.info("game: %s", line.rstrip())

    @staticmethod
    def _end(child: subprocess.Popen[str], politely: bool) -> None:
        if politely:
            child.terminate()
            try:
                child.wait(timeout=5)
                return
            except subprocess.TimeoutExpired:
                pass
        child.kill()
        child.wait()
