"""Recording finished levels off the frame loop: a locked or full results file delays a result, never loses it.

The game hands each finished level to `ResultsWriter.submit`, which only queues
it (stamped with the time it was played) and returns at once. A worker thread
writes the queue through `ResultsStore.record` (the one transactional write
path) with a short lock timeout; when a write fails (another program holds the
database, the disk is full or read-only) the result stays first in the queue
and is tried again after 0.5, 1, 2 ... 30 s, in order, until it is written.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime

from game.content.session import Summary
from game.results import ResultsError, ResultsStore, check_phase

LOCK_TIMEOUT = 0.5
"""Seconds one try waits for a database another program holds; then the result waits in the queue."""
RETRY_FIRST = 0.5
RETRY_LONGEST = 30.0


@dataclass(frozen=True)
class PendingResult:
    player: str
    summary: Summary
    title: str
    when: datetime
    phase: str | None = None


class ResultsWriter:
    """Queues results and writes them on its own thread; `problem` says why the last write failed (or None)."""

    def __init__(self, store: ResultsStore, *, start: bool = True) -> None:
        store.timeout = min(store.timeout, LOCK_TIMEOUT)
        self.store = store
        self.problem: ResultsError | None = None
        self._queue: deque[PendingResult] = deque()
        self._queue_lock = threading.Lock()  # held only for a moment: the frame loop takes it in submit
        self._writing = threading.Lock()  # one writer at a time, held through a (slow) write
        self._work = threading.Event()
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None
        if start:
            self._thread = threading.Thread(target=self._run, name="byline-results", daemon=True)
            self._thread.start()

    @property
    def pending(self) -> int:
        """Results queued and not yet written."""
        return len(self._queue)

    def submit(
        self, player: str, summary: Summary, title: str, when: datetime | None = None, phase: str | None = None
    ) -> None:
        """Queue one finished level (or check form or refresher: `phase`, see `ResultsStore.record`).

        Never blocks; raises only for an unknown phase (a caller's mistake), before anything is queued.
        """
        check_phase(phase)
        with self._queue_lock:
            self._queue.append(PendingResult(player, summary, title, when or datetime.now(UTC), phase))
            self._work.set()

    def flush(self) -> bool:
        """Write everything queued, oldest first; False (the rest still queued) at the first failure."""
        with self._writing:
            while self._queue:
                item = self._queue[0]
                try:
                    self.store.record(item.player, item.summary, item.title, item.when, item.phase)
                except ResultsError as exc:
                    self.problem = exc
                    return False
                self.problem = None
                with self._queue_lock:
                    self._queue.popleft()
                    if not self._queue:
                        self._work.clear()
            return True

    def _run(self) -> None:
        delay = RETRY_FIRST
        while not self._closing.is_set():
            self._work.wait()
            if self.flush():
                delay = RETRY_FIRST
            else:
                self._closing.wait(delay)
                delay = min(delay * 2, RETRY_LONGEST)

    def close(self, timeout: float = 5.0) -> int:
        """Stop the thread after one last try; the number of results that could not be written."""
        self._closing.set()
        self._work.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._thread is None or not self._thread.is_alive():
            self.flush()
        return self.pending
