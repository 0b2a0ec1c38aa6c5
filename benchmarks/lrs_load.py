"""Class results under load: 30 computers x 100 answers posting at once to one real Ralph LRS.

    python benchmarks/lrs_load.py                 # about a minute; prints one JSON object
    python benchmarks/lrs_load.py --machines 5 --answers 40   # a quick look

Each simulated computer is its own process with its own results file, filled by
the real `ResultsStore.record` (so each statement is made and queued as in the
game), then all of them run `Sender.sync` at the same moment. Afterwards the LRS
is asked for every statement: each must be there exactly once. Printed: how many
statements per second the LRS took, and the sender's CPU time, against the
game's idle budget (2% of a core): the share of a core one computer's sender
uses to deliver a level's worth of answers every 15 s, its usual interval.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.lrs import outbox  # noqa: E402
from game.lrs.sender import INTERVAL, Sender, backoff  # noqa: E402
from game.lrs.settings import LrsSettings  # noqa: E402
from game.results import ResultsStore  # noqa: E402
from tests.lrs.ralph import PASSWORD, USERNAME, Ralph  # noqa: E402

IDLE_SHARE = 0.02
GIVE_UP = 900.0
LEVEL_STATEMENTS = 13
"""A level's statements: about a dozen answers and the level itself."""


def fill(path: Path, settings: LrsSettings, machine: int, answers: int) -> int:
    """Record whole levels on one computer until it holds at least `answers` answers; returns statements queued."""
    from game.content.pack import default_levels, load_pack
    from game.content.session import Session, State

    store = ResultsStore(path, statements=settings.maker())
    levels = load_pack([default_levels()]).levels
    recorded = statements = 0
    while recorded < answers:
        session = Session(levels[statements % len(levels)], seed=machine)
        while session.state is not State.FINISHED:
            session.answer(list(session.current.key), seconds=3.0)
            session.next()
        summary = session.summary()
        store.record(f"student {machine}", summary, "level", datetime.now(UTC))
        recorded += len(summary.results)
        statements += len(summary.results) + 1
    return statements


def send(args: tuple[str, dict]) -> dict[str, float | str | int]:
    """One computer empties its outbox as the game's sender does: after a failure it tries again, until done."""
    path, raw = args
    store = ResultsStore(Path(path))
    sender = Sender(store, LrsSettings(**raw))
    cpu, wall = time.process_time(), time.perf_counter()
    sent, tries, errors = 0, 0, []
    deadline = wall + GIVE_UP
    while time.perf_counter() < deadline:
        tries += 1
        done = sender.sync()
        sent += done.sent
        if done.error is None:
            break
        errors.append(done.error)
        time.sleep(backoff(len(errors)))
    sender.close()
    with store.connect() as conn:
        left = outbox.status(conn)["pending"]
    return {
        "sent": sent,
        "left": left,
        "tries": tries,
        "cpu": time.process_time() - cpu,
        "wall": time.perf_counter() - wall,
        "error": errors[-1] if errors else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--machines", type=int, default=30)
    parser.add_argument("--answers", type=int, default=100)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp)
        ralph = Ralph(home / "ralph")
        ralph.make_credentials()
        ralph.start()
        try:
            settings = LrsSettings(ralph.endpoint, USERNAME, PASSWORD, "https://school.example/byline", "salt")
            paths = [home / f"machine-{m}.sqlite3" for m in range(options.machines)]
            queued = sum(fill(p, settings, m, options.answers) for m, p in enumerate(paths))
            raw = {f: getattr(settings, f) for f in settings.__struct_fields__}
            started = time.perf_counter()
            with multiprocessing.get_context("spawn").Pool(options.machines) as pool:
                runs = pool.map(send, [(str(p), raw) for p in paths])
            seconds = time.perf_counter() - started
            ids = ralph.stored_ids()
        finally:
            ralph.stop()
    cpu_per_statement = sum(r["cpu"] for r in runs) / max(1, queued)
    share = cpu_per_statement * LEVEL_STATEMENTS / INTERVAL
    result = {
        "machines": options.machines,
        "answers_per_machine": options.answers,
        "statements_queued": queued,
        "statements_stored": len(ids),
        "duplicates": len(ids) - len(set(ids)),
        "left_pending": sum(r["left"] for r in runs),
        "tries_max": max(r["tries"] for r in runs),
        "errors_on_the_way": sorted({r["error"] for r in runs if r["error"]}),
        "seconds": round(seconds, 2),
        "statements_per_second": round(len(set(ids)) / seconds, 1),
        "sender_cpu_ms_per_statement": round(cpu_per_statement * 1000, 3),
        "sender_wall_median_s": round(statistics.median(r["wall"] for r in runs), 2),
        "sender_core_share_per_level_every_15s": round(share, 5),
        "idle_budget_share": IDLE_SHARE,
        "ok": len(ids) == queued == len(set(ids)) and share <= IDLE_SHARE and not sum(r["left"] for r in runs),
    }
    print(json.dumps(result, indent=2))
    raise SystemExit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
