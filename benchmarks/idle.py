"""Idle cost: CPU share of one core while a question waits 10 s for an answer.

`game`: the real loop (App.run with a RealClock), which redraws only on change.
`naive`: the same screen redrawn at 60 FPS, the loop a first pygame program has.
Both measure their own CPU time (all threads) over the wait; launched by run.py,
prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root, for tests.ui.harness

import pygame

from game.ui.actions import Act
from game.ui.app import App
from game.ui.clock import RealClock
from game.ui.scenes.question import QuestionScene
from tests.ui.harness import key, make_app, press, settle


def waiting_question() -> App:
    """The game on its first question, settled, now on a real clock."""
    app = make_app()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    assert isinstance(press(app, key(Act.CONFIRM)), QuestionScene)
    app.clock = RealClock()
    return app


def real_loop(app: App, seconds: float) -> int:
    """App.run until a timer empties the stack after `seconds`; returns the redraws.

    Not by a window-close event: during a level that asks "Quit Byline?" first.
    """
    before = app.redraws

    def stop() -> None:
        app.stack.clear()  # applied at the end of the next frame
        pygame.event.post(pygame.event.Event(pygame.USEREVENT))  # wake the idle wait for that frame

    threading.Timer(seconds, stop).start()
    app.run()
    return app.redraws - before


def naive_loop(app: App, seconds: float) -> int:
    """Redraw every frame at 60 FPS for `seconds`, handling events as they come; returns the redraws."""
    clock = pygame.time.Clock()
    end = time.monotonic() + seconds
    frames = 0
    while time.monotonic() < end:
        pygame.event.get()
        app.stack.update(clock.get_time() / 1000)
        app.stack.draw(app.screen)
        pygame.display.flip()
        clock.tick(60)
        frames += 1
    return frames


def main() -> None:
    mode, seconds = sys.argv[1], float(sys.argv[2])
    pygame.init()
    app = waiting_question()
    loop = {"game": real_loop, "naive": naive_loop}[mode]
    wall, cpu = time.monotonic(), time.process_time()
    redraws = loop(app, seconds)
    wall, cpu = time.monotonic() - wall, time.process_time() - cpu
    print(json.dumps({"mode": mode, "wall_s": wall, "cpu_s": cpu, "cpu_share": cpu / wall, "redraws": redraws}))


if __name__ == "__main__":
    main()
