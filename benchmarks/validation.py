"""Validation cost: load and check a pack of generated levels, against PyYAML merely parsing the same files.

    python benchmarks/validation.py generate DIR 1000   # DIR/*.yaml, built from the bundled levels
    python benchmarks/validation.py game DIR            # byline's load_pack (strict YAML + every check)
    python benchmarks/validation.py parse DIR           # yaml.load with the fastest loader there is

Each timing runs in a fresh process (run.py launches them), so no cache survives
from one run to the next; imports happen before the clock starts. Times are CPU
time (time.process_time), so other work on a busy machine does not skew the ratio.
Prints one JSON object.
"""

from __future__ import annotations

import copy
import json
import sys
import time
from pathlib import Path

import yaml

import game.content.validate  # noqa: F401  (imported before timing: import cost is not validation)
from game.content.pack import load_pack
from game.content.paths import BUNDLED_LEVELS

QUESTIONS_PER_LEVEL = 50
FASTEST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def generate(folder: Path, count: int) -> dict[str, int]:
    """Levels of 50 questions copied (with fresh ids) from the bundled levels, `count` questions in all."""
    bundled = load_pack([BUNDLED_LEVELS])
    sources = [yaml.safe_load(loaded.path.read_text(encoding="utf-8")) for loaded in bundled.levels]
    article = sources[0]["article"]
    pool = [question for level in sources if level["article"] == article for question in level["questions"]]
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    for start in range(0, count, QUESTIONS_PER_LEVEL):
        ids = range(start, min(count, start + QUESTIONS_PER_LEVEL))
        level = {
            "id": f"generated-{files:03d}",
            "title": f"Generated level {files + 1}",
            "article": article,
            "intro": sources[0]["intro"],
            "questions": [{**copy.deepcopy(pool[i % len(pool)]), "id": f"q{i:04d}"} for i in ids],
        }
        text = yaml.safe_dump(level, sort_keys=False, allow_unicode=True)
        (folder / f"{files:03d}-generated.yaml").write_text(text, encoding="utf-8")
        files += 1
    pack = load_pack([folder])
    questions = sum(len(loaded.level.questions) for loaded in pack.levels)
    if pack.errors or questions != count:
        raise SystemExit(f"generated pack is not {count} valid questions: {questions}, {pack.errors[:3]}")
    return {"files": files, "questions": questions}


def time_game(folder: Path) -> dict[str, float]:
    start = time.process_time()
    pack = load_pack([folder])
    seconds = time.process_time() - start
    assert pack.levels and not pack.errors
    return {"seconds": seconds}


def time_parse(folder: Path) -> dict[str, float | str]:
    files = sorted(folder.glob("*.yaml"))
    start = time.process_time()
    for path in files:
        yaml.load(path.read_bytes(), Loader=FASTEST)
    return {"seconds": time.process_time() - start, "loader": FASTEST.__name__}


def main() -> None:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    if mode == "generate":
        result: dict[str, object] = dict(generate(folder, int(sys.argv[3])))
    elif mode == "game":
        result = dict(time_game(folder))
    else:
        result = dict(time_parse(folder))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
