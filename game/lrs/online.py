"""What the game and the kiosk call: a results store that queues statements, and a sender that keeps going.

Both do nothing unless the school has set up an LRS. The sender (and httpx, a
noticeable import) is loaded on its own thread, never before the first frame.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from game.lrs.settings import SettingsError, configured_maker, load
from game.results import ResultsStore


def results_store(path: Path, settings_file: Path | None = None) -> ResultsStore:
    """The class results file at `path`, queuing xAPI statements when an LRS is set up (in `settings_file`)."""
    return ResultsStore(path, statements=configured_maker(settings_file))


def keep_sending(
    store: ResultsStore,
    stop: threading.Event | None = None,
    *,
    settings_file: Path | None = None,
    wait: Callable[[float], bool] | None = None,
) -> threading.Thread | None:
    """A daemon thread that delivers the outbox until `stop` is set (None when no LRS is set up).

    After a failure it waits 5 s, doubling up to 10 minutes; while all goes well it
    looks every 15 s. `wait(seconds) -> stop now?` is injectable so tests can see the waits.
    """
    try:
        settings = load(settings_file)
    except SettingsError:
        return None
    if settings is None or store.statements is None:
        return None
    stop = stop or threading.Event()
    pause = wait or stop.wait

    def loop() -> None:
        from game.lrs.sender import INTERVAL, Sender, backoff

        sender = Sender(store, settings)
        failures = 0
        try:
            while not stop.is_set():
                failures = failures + 1 if sender.sync().error else 0
                if pause(backoff(failures) if failures else INTERVAL):
                    break
        finally:
            sender.close()

    thread = threading.Thread(target=loop, name="byline-lrs", daemon=True)
    thread.start()
    return thread
