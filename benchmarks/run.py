"""Byline against bare baselines, each baseline measured in the same run: prints a table, then JSON.

    python benchmarks/run.py                  # about a minute
    python benchmarks/run.py --repeat 5 --idle-seconds 3 --frames 100   # a quick look

Everything runs headless (SDL's dummy video and audio drivers) in child processes:

- startup: process start to the first frame of the title screen
  (`byline play --benchmark-first-frame`), against bare.py, a pygame-ce program that
  opens a window of the same size and draws one line of text. Alternating runs, medians.
- frame cost: CPU time of a full redraw of every screen at 1280x720 (frames.py).
- idle: CPU share of one core while a question waits for an answer, in the real loop,
  against the same screen redrawn at 60 FPS (idle.py).
- validation: loading and checking a generated pack of 1,000 questions, against PyYAML's
  fastest loader merely parsing the same files; a fresh process each run (validation.py).
- memory: peak RSS (from wait4) of a whole `byline demo --headless` run, against bare.py.
- long article: validating a level whose 40 quotes are not in a 90 KB article (each gets a
  "closest passage"), against the same level with the quotes right (long_article.py).

Children run with bytecode caching on, as after an ordinary install (this repository's
sandbox sets PYTHONDONTWRITEBYTECODE, which would make every start-up compile the game),
and each program runs once untimed first, so no figure includes writing those caches.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MiB = 2**20

STARTUP_RATIO = 1.5
FRAME_P99_MS = 2.0
IDLE_SHARE = 0.02
VALIDATION_RATIO = 2.0
MEMORY_EXTRA_MIB = 40
FIGURES = ("startup", "frames", "idle", "validation", "memory", "long_article")


@dataclass
class Child:
    stdout: str
    peak_rss: int  # bytes
    started: float  # time.monotonic() just before the process was created

    @property
    def last_json(self) -> Any:
        return json.loads(self.stdout.strip().splitlines()[-1])


def child_env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(
        SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1", BYLINE_DATA_DIR=str(data)
    )
    return env


def run_child(args: list[str], env: dict[str, str]) -> Child:
    """Run `python args...` to the end; its own peak RSS comes from wait4, not from any other child."""
    with tempfile.TemporaryFile() as errors:
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=errors)
        assert process.stdout is not None
        stdout = process.stdout.read().decode()
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        process.stdout.close()
        if process.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"{' '.join(args)} failed ({process.returncode}):\n{errors.read().decode()[-3000:]}")
    return Child(stdout, usage.ru_maxrss * 1024, started)  # ru_maxrss is in KiB on Linux


GAME_START = ["-m", "game.cli", "play", "--benchmark-first-frame"]
BARE = [str(HERE / "bare.py")]


def startup_and_memory(env: dict[str, str], repeat: int) -> tuple[dict[str, Any], dict[str, Any]]:
    run_child(BARE, env)  # untimed: warms the disk cache and writes the bytecode caches
    run_child(GAME_START, env)
    bare: list[float] = []
    game: list[float] = []
    levels: list[float] = []
    bare_rss: list[int] = []
    for _ in range(repeat):
        child = run_child(BARE, env)
        bare.append(float(child.stdout.split()[-1]) - child.started)
        bare_rss.append(child.peak_rss)
        child = run_child(GAME_START, env)
        game.append(child.last_json["first_frame"] - child.started)
        levels.append(child.last_json["levels_ready"] - child.started)
    startup = {
        "byline_ms": 1000 * statistics.median(game),
        "bare_ms": 1000 * statistics.median(bare),
        "levels_ready_ms": 1000 * statistics.median(levels),
        "runs": repeat,
    }
    startup["ratio"] = startup["byline_ms"] / startup["bare_ms"]
    startup["target"] = f"<= {STARTUP_RATIO}x bare"
    startup["met"] = startup["ratio"] <= STARTUP_RATIO
    demo_rss = [run_child(["-m", "game.cli", "demo", "--headless"], env).peak_rss for _ in range(3)]
    memory = {
        "byline_demo_mib": statistics.median(demo_rss) / MiB,
        "bare_mib": statistics.median(bare_rss) / MiB,
        "limit_mib": statistics.median(bare_rss) / MiB + MEMORY_EXTRA_MIB,
        "target": f"<= bare + {MEMORY_EXTRA_MIB} MiB",
    }
    memory["ratio"] = memory["byline_demo_mib"] / memory["bare_mib"]
    memory["met"] = memory["byline_demo_mib"] <= memory["limit_mib"]
    return startup, memory


def frames(env: dict[str, str], count: int) -> dict[str, Any]:
    screens = run_child([str(HERE / "frames.py"), str(count)], env).last_json

    def p99(name: str) -> float:
        """The screen's worse p99: of its redraws, or of the frames of its animations."""
        return max(screens[name]["p99_ms"], screens[name].get("anim_p99_ms", 0.0))

    worst = max(screens, key=p99)
    return {
        "screens": screens,
        "median_ms": statistics.median(s["median_ms"] for s in screens.values()),
        "worst_p99_ms": p99(worst),
        "worst_screen": worst,
        "animation_frames": sum(s.get("anim_frames", 0) for s in screens.values()),
        "frames_per_screen": count,
        "target": f"p99 <= {FRAME_P99_MS} ms on every screen, animation frames included",
        "met": p99(worst) <= FRAME_P99_MS,
    }


def idle(env: dict[str, str], seconds: float) -> dict[str, Any]:
    game = run_child([str(HERE / "idle.py"), "game", str(seconds)], env).last_json
    naive = run_child([str(HERE / "idle.py"), "naive", str(seconds)], env).last_json
    return {
        "byline_share": game["cpu_share"],
        "byline_redraws": game["redraws"],
        "naive_60fps_share": naive["cpu_share"],
        "naive_redraws": naive["redraws"],
        "ratio": game["cpu_share"] / naive["cpu_share"],
        "seconds": seconds,
        "target": f"<= {IDLE_SHARE:.0%} of a core",
        "met": game["cpu_share"] <= IDLE_SHARE,
    }


def validation(env: dict[str, str], repeat: int, folder: Path) -> dict[str, Any]:
    tool = str(HERE / "validation.py")
    made = run_child([tool, "generate", str(folder), "1000"], env).last_json
    game: list[float] = []
    parse: list[float] = []
    loader = ""
    for _ in range(repeat):
        game.append(run_child([tool, "game", str(folder)], env).last_json["seconds"])
        parsed = run_child([tool, "parse", str(folder)], env).last_json
        parse.append(parsed["seconds"])
        loader = parsed["loader"]
    result = {
        "byline_ms": 1000 * statistics.median(game),
        "parse_ms": 1000 * statistics.median(parse),
        "parser": f"yaml.load with yaml.{loader}",
        "questions": made["questions"],
        "files": made["files"],
        "runs": repeat,
        "target": f"<= {VALIDATION_RATIO}x the bare parse",
    }
    result["ratio"] = result["byline_ms"] / result["parse_ms"]
    result["met"] = result["ratio"] <= VALIDATION_RATIO
    return result


def long_article(env: dict[str, str]) -> dict[str, Any]:
    return dict(run_child([str(HERE / "long_article.py")], env).last_json)


def table(results: dict[str, Any]) -> str:
    s, f, i, v, m, a = (results[k] for k in FIGURES)
    rows = [
        ("figure", "byline", "baseline", "ratio", "target", "met"),
        ("startup", f"{s['byline_ms']:.0f} ms", f"{s['bare_ms']:.0f} ms bare pygame-ce", f"{s['ratio']:.2f}x"),
        ("frame p99", f"{f['worst_p99_ms']:.2f} ms ({f['worst_screen']})", "-", "-"),
        ("idle", f"{i['byline_share']:.2%} of a core", f"{i['naive_60fps_share']:.1%} at 60 FPS", f"{i['ratio']:.2f}x"),
        ("validation", f"{v['byline_ms']:.0f} ms", f"{v['parse_ms']:.0f} ms {v['parser']}", f"{v['ratio']:.2f}x"),
        ("memory", f"{m['byline_demo_mib']:.1f} MiB", f"{m['bare_mib']:.1f} MiB bare pygame-ce", f"{m['ratio']:.2f}x"),
        (
            "long article",
            f"{a['wrong_ms']:.0f} ms, 40 misquotes",
            f"{a['right_ms']:.0f} ms quotes right",
            f"{a['ratio']:.2f}x",
        ),
    ]
    marks = [(fig["target"], "yes" if fig["met"] else "NO") for fig in (s, f, i, v, m, a)]
    rows[1:] = [(*row, *mark) for row, mark in zip(rows[1:], marks, strict=True)]
    rows.append(("", "", "", "", "", ""))
    rows.append(("screen", "median", "p99", "max", "first frame", "animation p99 (frames)"))
    for name, t in f["screens"].items():
        times = (f"{t[key]:.2f} ms" for key in ("median_ms", "p99_ms", "max_ms"))
        animated = f"{t['anim_p99_ms']:.2f} ms ({t['anim_frames']})" if "anim_p99_ms" in t else "-"
        rows.append((name, *times, f"{t['enter_ms']:.1f} ms", animated))
    widths = [max(len(row[c]) for row in rows) for c in range(6)]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs of each timed program (median)")
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--frames", type=int, default=300, help="redraws timed on each screen")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="byline-bench-") as tmp:
        env = child_env(Path(tmp) / "data")
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("startup", lambda: startup_and_memory(env, args.repeat)),
            ("frames", lambda: frames(env, args.frames)),
            ("idle", lambda: idle(env, args.idle_seconds)),
            ("validation", lambda: validation(env, args.repeat, Path(tmp) / "pack")),
            ("long_article", lambda: long_article(env)),
        ]
        results: dict[str, Any] = {}
        for name, step in steps:
            print(f"measuring {name}...", file=sys.stderr, flush=True)
            value = step()
            if name == "startup":
                results["startup"], results["memory"] = value
            else:
                results[name] = value
    results = {key: results[key] for key in FIGURES}
    results["machine"] = {
        "python": platform.python_version(),
        "pygame_ce": importlib.metadata.version("pygame-ce"),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    results["all_met"] = all(results[key]["met"] for key in FIGURES)
    print(table(results))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
