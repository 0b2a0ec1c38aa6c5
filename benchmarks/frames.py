"""Frame cost: CPU time of a redraw of every screen at 1280x720, and of every frame of its animations.

Walks the real game headless (the test harness: real App and scenes, fake clock).
Each time a screen appears, every frame of its animations (cards dealt in, a
stamp landing, a score counting up, stars popping) is timed until the game is
idle again: `anim_*` figures, over every visit of that screen. Then, the first
time, it runs `FRAMES` more frames, each redrawn as when the scene on top
animates (a feedback overlay over a question that stays still). Frames are timed
with time.thread_time around `App.step`: the CPU time of the game's own thread,
not SDL's audio thread. It also times the frame that first shows each screen
(its text not rendered yet: a cold cache), and frames that follow a pointer move
(`input_*`: what a press costs, the whole screen painted anew rather than its still
part copied back), and frames that follow a wheel notch (`scroll_*`: a scrolling box painted
again over the kept still part). Launched by run.py; prints one JSON object.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root, for tests.ui.harness

import pygame

from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.title import TitleScene
from tests.ui.harness import bundled_pack, click, key, make_app, settle

FRAMES = 300


def percentile(samples: list[float], q: float) -> float:
    """The nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def redraw_costs(app: App, frames: int) -> list[float]:
    """CPU seconds of `frames` frames of the current screen, each redrawn as when its top scene animates."""
    costs = []
    for _ in range(frames):
        app.stack.top.request_redraw()  # type: ignore[union-attr]
        start = time.thread_time()
        app.step([])
        costs.append(time.thread_time() - start)
    return costs


def input_costs(app: App, frames: int) -> list[float]:
    """CPU seconds of `frames` frames that each follow a pointer move: the whole screen drawn anew, no copy kept."""
    costs = []
    for _ in range(frames):
        start = time.thread_time()
        app.step([Action(Act.POINT, pos=(0, 0))])
        costs.append(time.thread_time() - start)
    return costs


def scroll_costs(app: App, frames: int) -> list[float]:
    """CPU seconds of `frames` frames that each follow a notch of the wheel (three down, three up): on a screen
    with a scrolling box, that box painted again over the kept copy; elsewhere, the whole screen."""
    costs = []
    for i in range(frames):
        start = time.thread_time()
        app.step([Action(Act.SCROLL, amount=1.0 if i // 3 % 2 == 0 else -1.0)])
        costs.append(time.thread_time() - start)
    return costs


def animation_costs(app: App, limit: int = 600) -> list[float]:
    """CPU seconds of each frame until the game is idle again: the frames of the animations now running."""
    costs = []
    for _ in range(limit):
        if app.idle and not app.stack.pending:
            return costs
        start = time.thread_time()
        app.step([])
        costs.append(time.thread_time() - start)
    raise AssertionError("an animation never ended")


class Tour:
    """Plays through the game, measuring each screen the first time it shows, and its animations every time."""

    def __init__(self, frames: int) -> None:
        self.app = make_app(unlock_all=True)
        self.frames = frames
        self.results: dict[str, dict[str, float]] = {}
        self.animations: dict[str, list[float]] = {}

    def press(self, *actions: Action) -> None:
        start = time.thread_time()
        self.app.step(list(actions))
        entered = time.thread_time() - start
        name = str(getattr(self.app.stack.top, "shot_name", type(self.app.stack.top).__name__))
        self.animations.setdefault(name, []).extend(animation_costs(self.app))
        settle(self.app)
        if name not in self.results:
            costs = redraw_costs(self.app, self.frames)
            repaints = input_costs(self.app, self.frames // 3)
            scrolls = scroll_costs(self.app, self.frames // 3)
            self.results[name] = {
                "median_ms": 1000 * statistics.median(costs),
                "p99_ms": 1000 * percentile(costs, 99),
                "max_ms": 1000 * max(costs),
                "enter_ms": 1000 * entered,
                "input_p99_ms": 1000 * percentile(repaints, 99),
                "scroll_median_ms": 1000 * statistics.median(scrolls),
                "scroll_p99_ms": 1000 * percentile(scrolls, 99),
            }

    def run(self) -> dict[str, dict[str, float]]:
        self.press()  # the title
        self.press(key(Act.CHOOSE, 1))  # settings
        self.press(key(Act.BACK))
        self.press(key(Act.CHOOSE, 0))  # level select
        self.press(key(Act.CHOOSE, len(bundled_pack().levels) - 1))  # the last level mixes every question type
        self.press(key(Act.CONFIRM))
        question = self.app.stack.top
        assert isinstance(question, QuestionScene)
        self.press(*click(question.extras[0].rect))  # read the article
        self.press(key(Act.BACK))
        self.press(key(Act.BACK))  # leave the level? (confirm)
        self.press(key(Act.BACK))
        bot = Autoplayer(seed=1)
        for turn in range(500):
            top = self.app.stack.top
            if isinstance(top, SummaryScene | TitleScene):
                break
            bot.policy = "correct" if turn % 4 < 2 else "wrong"
            self.press(*bot.actions(top))
        for name, costs in self.animations.items():
            if name in self.results and costs:
                self.results[name].update(
                    anim_frames=len(costs),
                    anim_p99_ms=1000 * percentile(costs, 99),
                    anim_max_ms=1000 * max(costs),
                )
        return self.results


def main() -> None:
    pygame.init()
    print(json.dumps(Tour(int(sys.argv[1]) if len(sys.argv) > 1 else FRAMES).run()))


if __name__ == "__main__":
    main()
