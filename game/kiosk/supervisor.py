"""Never down: a small parent process that runs the kiosk game, restarts it, and logs why.

    byline kiosk                    # the supervisor
      └─ byline kiosk --no-supervisor --heartbeat FILE    # the game

The game rewrites the heartbeat file (its pid) every second and prints a
`BEAT` line to the supervisor's pipe, so a full or read-only data folder does
not look like a hang. The supervisor restarts it when it exits for any reason
but a teacher's Exit (`TEACHER_EXIT`), or when both signs of life go stale (a
hang: the game is killed first). Restarts back off (1, 2, 4 ... 60 s) while the
game keeps failing fast, and reset once it has run for a minute. Everything the
game prints goes to the same rotating log (each line capped), so a crash's
traceback is there for a teacher or technician to read. The supervisor itself
never stops over a disk problem: without a writable log folder it logs to the
terminal (the systemd journal), saying once why.
"""

from __future__ import annotations

import contextlib
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
from typing import TextIO

TEACHER_EXIT = 10
"""The game's exit code when a teacher chose Exit: the supervisor stops too."""

HEARTBEAT_SECONDS = 1.0
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
LINE_CHARS = 4_000
"""The longest log line: one huge line (a runaway print) must not get past the rotation's 1 MB cap."""
HEARTBEAT_FILE = Path("kiosk") / "heartbeat"
"""Where the game beats, under the data folder."""
BEAT = "byline-kiosk-heartbeat"
"""The line the game prints on its pipe each second: alive, whatever the disk says (never logged)."""


class Heartbeat:
    """The game's side: proves it is alive, and notices when its supervisor is gone.

    `problem` is the error of the last file write (None when it worked): the kiosk
    reads it as "the data folder cannot be written", and shows itself out of order.
    """

    def __init__(
        self,
        path: Path,
        interval: float = HEARTBEAT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        pipe: TextIO | None = None,
    ) -> None:
        self.path = path
        self.interval = interval
        self.clock = clock
        self.pipe = pipe
        self.parent = os.getppid()
        self.problem: OSError | None = None
        self._last = -interval

    def beat(self) -> bool:
        """If a beat is due: tell the pipe and rewrite the file (atomically, no fsync). True when a beat was due."""
        now = self.clock()
        if now - self._last < self.interval:
            return False
        self._last = now
        if self.pipe is not None:
            with contextlib.suppress(OSError, ValueError):  # a closed pipe: the supervisor is gone (see orphaned)
                print(BEAT, file=self.pipe, flush=True)
        temp = self.path.with_name(f".{self.path.name}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_text(f"{os.getpid()}\n", encoding="ascii")
            os.replace(temp, self.path)
        except OSError as exc:
            self.problem = exc
            with contextlib.suppress(OSError):
                temp.unlink()
        else:
            self.problem = None
        return True

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


class CappedFormatter(logging.Formatter):
    """Cuts a line longer than LINE_CHARS, saying how much was left out."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        if len(line) <= LINE_CHARS:
            return line
        return f"{line[:LINE_CHARS]} ... [{len(line) - LINE_CHARS:,} more characters left out]"


class LogFile(RotatingFileHandler):
    """The rotating log file; a write that fails (full disk) is said once on the terminal, not raised or repeated."""

    failing = False
    _failed = False

    def emit(self, record: logging.LogRecord) -> None:
        self._failed = False
        super().emit(record)
        if not self._failed:
            self.failing = False  # writing works again: a later failure is said again

    def handleError(self, record: logging.LogRecord) -> None:
        self._failed = True
        if not self.failing:
            self.failing = True
            error = sys.exc_info()[1]
            print(f"byline kiosk: cannot write {self.baseFilename} ({error}); logging here only", file=sys.stderr)


def open_log(folder: Path) -> logging.Logger:
    """The kiosk log: rotating files in `folder` (kiosk.log, kiosk.log.1 ...) and the terminal.

    A folder that cannot be made or written leaves the terminal only, with one line saying why.
    """
    log = logging.getLogger("byline.kiosk")
    for handler in log.handlers[:]:
        log.removeHandler(handler)
        handler.close()
    log.setLevel(logging.INFO)
    log.propagate = False
    to_terminal = logging.StreamHandler(sys.stderr)
    to_terminal.setFormatter(CappedFormatter("byline kiosk: %(message)s"))
    log.addHandler(to_terminal)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        to_file = LogFile(folder / "kiosk.log", maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:
        log.warning("cannot write the log in %s (%s); logging to the terminal only", folder, exc.strerror or exc)
        return log
    to_file.setFormatter(CappedFormatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(to_file)
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
    """Runs `command` until it exits with TEACHER_EXIT or `stop()` is called (from a signal handler).

    `clock` measures how long a run lasted and `pause` waits out the back-off between runs
    (tests inject both); the game gets `startup_seconds` for its first sign of life, then
    `hang_seconds` between signs.
    """

    def __init__(
        self,
        command: Sequence[str],
        heartbeat: Path,
        hang_seconds: float,
        log: logging.Logger,
        backoff: Backoff | None = None,
        poll_seconds: float = 0.25,
        startup_seconds: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        pause: Callable[[float], object] | None = None,
    ) -> None:
        self.command = list(command)
        self.heartbeat = heartbeat
        self.hang_seconds = hang_seconds
        self.startup_seconds = max(startup_seconds, hang_seconds)
        self.log = log
        self.backoff = backoff or Backoff()
        self.poll_seconds = poll_seconds
        self.clock = clock
        self.starts = 0
        self._stopping = threading.Event()
        self.pause = pause or self._stopping.wait
        self._piped_beat = 0.0  # time.monotonic() of the last BEAT line on the game's pipe

    def stop(self) -> None:
        self._stopping.set()

    def run(self) -> int:
        """Keep the game running; 0 once a teacher exits or the supervisor is stopped."""
        while not self._stopping.is_set():
            started = self.clock()
            reason = self._run_once()
            if reason is None:
                return 0
            ran_for = self.clock() - started
            if self._stopping.is_set():  # e.g. Ctrl+C reached the game and the supervisor at once
                self.log.info("%s after %.1f s", reason, ran_for)
                break
            delay = self.backoff.delay(ran_for)
            self.log.warning("%s after %.1f s; restarting in %.0f s", reason, ran_for, delay)
            self.pause(delay)
        self.log.info("supervisor stopped")
        return 0

    def _run_once(self) -> str | None:
        """Start the game and watch it; the reason it ended, or None when the supervisor should stop."""
        self.starts += 1
        born = time.time(), time.monotonic()
        try:
            child = subprocess.Popen(
                self.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
            )
        except OSError as exc:  # no memory, no processes left, the program gone: try again later
            return f"the game could not be started ({exc})"
        self.log.info("game started (pid %d)", child.pid)
        relay = threading.Thread(target=self._relay, args=(child,), daemon=True)
        relay.start()
        try:
            while (code := child.poll()) is None:
                if self._stopping.is_set():
                    self._end(child, politely=True)
                    self.log.info("supervisor stopping: game ended")
                    return None
                silent, seen = self._silence(*born)
                if silent > (self.hang_seconds if seen else self.startup_seconds):
                    what = "no heartbeat" if seen else "no sign of life since the start"
                    self.log.error("%s for %.0f s: the game seems hung; stopping it", what, silent)
                    self._end(child, politely=False)
                    return "the game hung"
                self._stopping.wait(self.poll_seconds)
        finally:
            relay.join(timeout=5)
        if code == TEACHER_EXIT:
            self.log.info("a teacher exited the kiosk")
            return None
        return exit_reason(code)

    def _silence(self, born_wall: float, born: float) -> tuple[float, bool]:
        """Seconds since the game's last sign of life (file or pipe), and whether it has shown one since it started."""
        ages = []
        if self._piped_beat > born:
            ages.append(time.monotonic() - self._piped_beat)
        with contextlib.suppress(OSError):
            written = self.heartbeat.stat().st_mtime
            if written > born_wall:
                ages.append(time.time() - written)
        if ages:
            return min(ages), True
        return time.monotonic() - born, False

    def _relay(self, child: subprocess.Popen[str]) -> None:
        """Log what the game prints (a crash's traceback included), line by line, each line capped."""
        assert child.stdout is not None
        cut = False  # in the middle of a line longer than LINE_CHARS: its rest is dropped
        while line := child.stdout.readline(LINE_CHARS):
            whole = line.endswith("\n")
            if not cut:
                if line.rstrip() == BEAT:
                    self._piped_beat = time.monotonic()
                elif line.strip():
                    self.log.info("game: %s%s", line.rstrip(), "" if whole else " ... [line cut]")
            cut = not whole

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
