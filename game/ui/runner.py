"""Starting the game for a player (`byline play`) or by itself (`byline demo`)."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.content.pack import Pack
from game.ui.context import GameContext
from game.ui.scenes.title import TitleScene

if TYPE_CHECKING:
    from game.results_writer import ResultsWriter
    from game.ui.autoplay import Policy

WINDOW_SIZE = (1280, 720)


def _init_pygame(headless: bool) -> None:
    """Start pygame; for a window, first make sure there is a display to show it on (else NoDisplay)."""
    from game.ui.display import require_display, require_visible_driver

    if headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
    else:
        require_display()
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")  # Ctrl+C stops the game (cli.main), not a QUIT to confirm
    import pygame

    pygame.display.init()  # what the first frame needs; the sound card opens once it shows (`_open_mixer`)
    pygame.font.init()
    if not headless:
        require_visible_driver(pygame.display.get_driver())


def _open_mixer() -> None:
    """Open the sound device as `pygame.init()` did (pygame's defaults), once the first frame shows.

    On a real sound card this takes tens of milliseconds, which the title no longer waits for. The
    settings are pygame's own, as before: `Audio` finds the mixer open and its cues sound as they did.
    A computer without a sound device plays silently; `Audio` says why.
    """
    import pygame

    with contextlib.suppress(pygame.error):
        pygame.mixer.init()


def play(
    pack: Pack,
    data_dir: Path,
    profile: str,
    *,
    fullscreen: bool | None = None,
    seed: int | None = None,
    watch: Path | None = None,
    load_later: Callable[[], Pack | None] | None = None,
    benchmark: bool = False,
) -> None:
    """Open the window and play until the player quits; progress and class results are saved after every level.

    With `watch`, preview that one level file instead, reloading it on every save; a preview saves nothing.
    With `load_later`, the title screen is drawn first and the levels (and the class results file) load on
    a thread while it shows: checking every level imports pydantic, which takes longer than opening the
    window. `benchmark` prints when the first frame was drawn and when the levels were in, then stops.
    """
    _init_pygame(headless=False)
    import random

    from game.ui.app import App, open_window
    from game.ui.clock import RealClock

    ctx = GameContext.load(pack, data_dir, profile, seed if seed is not None else random.randrange(1 << 30))
    start_fullscreen = ctx.settings.fullscreen if fullscreen is None else fullscreen  # a flag is for this run only
    screen = open_window(WINDOW_SIZE, start_fullscreen, "Byline")
    if watch is not None:
        from game.ui.scenes.watch import WatchScene

        ctx.progress_file = None
        _open_mixer()
        App(screen, WatchScene(ctx, watch), RealClock()).run()
        return
    app = App(screen, TitleScene(ctx), RealClock())
    app.step([])
    first_frame = time.monotonic()
    _open_mixer()

    def behind_the_title() -> Pack | None:
        from game.lrs.online import keep_sending, results_store
        from game.results import RESULTS_FILE
        from game.results_writer import ResultsWriter

        store = results_store(data_dir / RESULTS_FILE)
        ctx.results = ResultsWriter(store)
        keep_sending(store)
        return load_later() if load_later is not None else pack

    ctx.load_pack_later(behind_the_title)
    if benchmark:
        import json

        ctx.wait_for_pack()
        print(json.dumps({"first_frame": first_frame, "levels_ready": time.monotonic()}), flush=True)
        return
    app.run()
    if ctx.results is not None and (lost := ctx.results.close()):
        print(f"byline: {lost} finished level(s) could not be added to the class results: {ctx.results.problem}")


@dataclass
class DemoReport:
    policy: str
    seed: int
    levels: list[dict[str, Any]] = field(default_factory=list)
    frames: int = 0
    redraws: int = 0
    screens: list[str] = field(default_factory=list)
    shots: list[str] = field(default_factory=list)
    finished: bool = False


def demo(
    pack: Pack,
    *,
    policy: Policy = "correct",
    seed: int = 0,
    headless: bool = True,
    shots: Path | None = None,
    size: tuple[int, int] = WINDOW_SIZE,
    max_frames: int = 200_000,
    results: ResultsWriter | None = None,
    player: str = "demo",
) -> DemoReport:
    """Play every level through the real scene stack with scripted key presses.

    Nothing is saved, unless `results` is given: then each finished level is recorded there under
    `player`, answer by answer, as a real player's would be (a report without a student).
    """
    _init_pygame(headless)
    import pygame

    from game.ui.app import App
    from game.ui.autoplay import Autoplayer
    from game.ui.clock import FakeClock, RealClock

    screen = pygame.display.set_mode(size, pygame.RESIZABLE)
    pygame.display.set_caption("Byline demo")
    _open_mixer()
    ctx = GameContext(pack, seed=seed, unlock_all=True, results=results, player=player)
    ctx.settings.sound = not headless
    app = App(screen, TitleScene(ctx), FakeClock() if headless else RealClock())
    bot = Autoplayer(policy, seed, level_count=len(pack.levels))
    report = DemoReport(policy, seed)
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    pause = 0.0 if headless else 0.9  # seconds between presses, so people watching can follow
    last_press = time.monotonic()
    running = True
    while running and app.frames < max_frames:
        actions = []
        if app.idle and not app.stack.pending:
            top = app.stack.top
            name = _shot_name(top)
            if name not in report.screens:
                report.screens.append(name)
                if shots is not None:
                    path = shots / f"{len(report.screens):02d}-{name}.png"
                    pygame.image.save(app.screen, path)
                    report.shots.append(str(path))
            if time.monotonic() - last_press >= pause:
                actions = bot.actions(top)
                last_press = time.monotonic()
        if not headless:
            for event in pygame.event.get():
                if event.type in (pygame.QUIT, pygame.KEYDOWN):
                    running = False
        running = app.step(actions) and running
    report.frames, report.redraws = app.frames, app.redraws
    report.finished = bot.finished and app.stack.empty
    report.levels = [
        {
            "id": s.level_id,
            "score": s.score,
            "max_score": s.max_score,
            "right": s.right,
            "total": s.total,
            "stars": s.stars,
        }
        for s in bot.summaries
    ]
    return report


def _shot_name(scene: object) -> str:
    return str(getattr(scene, "shot_name", type(scene).__name__.lower()))
