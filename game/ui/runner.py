"""Starting the game for a player (`byline play`); `game.ui.demo` starts it playing by itself."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from game.content.pack import Pack
from game.ui.context import GameContext
from game.ui.scenes.title import TitleScene

if TYPE_CHECKING:
    from game.ui.context import CheckMode

WINDOW_SIZE = (1280, 720)


def init_pygame(headless: bool) -> None:
    """Start pygame; for a window, first make sure there is a display to show it on (else NoDisplay)."""
    from game.ui.display import require_display, require_visible_driver

    if headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
    else:
        require_display()
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")  # Ctrl+C stops the game (cli.main), not a QUIT to confirm
    import pygame

    pygame.display.init()  # what the first frame needs; the sound card opens once it shows (`open_mixer`)
    pygame.font.init()
    if not headless:
        require_visible_driver(pygame.display.get_driver())


def open_mixer() -> None:
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
    check: CheckMode = "auto",
    refresher_days: float | None = None,
) -> None:
    """Open the window and play until the player quits; progress and class results are saved after every level.

    With `watch`, preview that one level file instead, reloading it on every save; a preview saves nothing.
    With `load_later`, the title screen is drawn first and the levels (and the class results file) load on
    a thread while it shows: checking every level imports pydantic, which takes longer than opening the
    window. `benchmark` prints when the first frame was drawn and when the levels were in, then stops.
    `check` is the news-sense check for this run (`auto`, `after`: the teacher asks for it now, `off`);
    `refresher_days` sets the refresher gap on this computer from now on.
    """
    init_pygame(headless=False)
    import random

    from game.ui.app import App, open_window
    from game.ui.clock import RealClock

    ctx = GameContext.load(pack, data_dir, profile, seed if seed is not None else random.randrange(1 << 30))
    ctx.check_mode, ctx.refreshers = check, True
    if refresher_days is not None:
        open_mixer()  # saving the settings sets the sound's volume: the mixer opens first, as ever
        ctx.settings.refresher_days = refresher_days
        ctx.save_settings()
    start_fullscreen = ctx.settings.fullscreen if fullscreen is None else fullscreen  # a flag is for this run only
    screen = open_window(WINDOW_SIZE, start_fullscreen, "Byline")
    if watch is not None:
        from game.ui.scenes.watch import WatchScene

        ctx.progress_file = None
        open_mixer()
        App(screen, WatchScene(ctx, watch), RealClock()).run()
        return
    app = App(screen, TitleScene(ctx), RealClock())
    app.step([])
    first_frame = time.monotonic()
    open_mixer()

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
