"""The process test_kill.py kills: it saves in a loop and prints each generation once it is saved.

    python -m tests.reliability.writer progress FILE   # a player's progress, through game.storage
    python -m tests.reliability.writer results FILE    # finished levels, through game.results

A progress save of generation g has LEVELS records that all say g, so a file that
mixed two saves would show two numbers; a results generation is one finished level
with all its answers.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from game.content.progress import LevelRecord, Progress
from game.storage import save_model

LEVELS = 300
"""Records in each progress save: about 20 KB of JSON, so a kill often lands in the middle of writing it."""


def progress(generation: int) -> Progress:
    record = LevelRecord(best_score=generation, stars=generation % 4, plays=generation)
    return Progress(levels={f"level-{i:03d}": record for i in range(LEVELS)})


def save_progress(path: Path) -> None:
    for generation in count(1):
        save_model(path, progress(generation))
        print(generation, flush=True)


def save_results(path: Path) -> None:
    from game.results import ResultsStore
    from tests.teacher.test_results import played

    store = ResultsStore(path)
    summary = played(0, "correct")
    for generation in count(1):
        store.record(f"player-{generation}", summary, "Who said it?")
        print(generation, flush=True)


if __name__ == "__main__":
    {"progress": save_progress, "results": save_results}[sys.argv[1]](Path(sys.argv[2]))
