"""The game playing every level by itself (`byline demo`): for a class to watch, or headless for tests and benchmarks.

Kept out of `game.ui.runner`, which `byline play` imports on the way to its first frame.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.content import check
from game.content.pack import Pack
from game.ui.context import GameContext
from game.ui.runner import WINDOW_SIZE, init_pygame, open_mixer
from game.ui.scenes.title import TitleScene

if TYPE_CHECKING:
    from game.results import ResultsStore
    from game.results_writer import ResultsWriter
    from game.ui.autoplay import Policy


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
    checks: list[dict[str, Any]] = field(default_factory=list)
    """The news-sense checks played (before and after the levels), when the levels come with both forms."""


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
    """Play every level through the real scene stack with scripted key presses, with the news-sense check
    before and after them when the levels come with both forms.

    Nothing is saved, unless `results` is given: then each finished level is recorded there under
    `player`, answer by answer, as a real player's would be (a report without a student).
    """
    init_pygame(headless)
    import pygame

    from game.ui.app import App
    from game.ui.autoplay import Autoplayer
    from game.ui.clock import FakeClock, RealClock

    screen = pygame.display.set_mode(size, pygame.RESIZABLE)
    pygame.display.set_caption("Byline demo")
    open_mixer()
    ctx = GameContext(pack, seed=seed, unlock_all=True, results=results, player=player, check_mode="auto")
    ctx.settings.sound = not headless
    if results is not None:
        _recorded_first_form(ctx, results.store)
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
    report.checks = [
        {"phase": t.phase, "form": t.form, "right": sum(a.correct for a in t.answers), "total": len(t.answers)}
        for t in ctx.progress.check_history
    ]
    return report


def _recorded_first_form(ctx: GameContext, store: ResultsStore) -> None:
    """The check form a recorded demo player takes first: the one it took before, else the one fewer recorded players
    took first, as a profile among the profiles of one computer; without it, a few demo players' names alone could
    give most of them one form first, and a demo class would not show how the report reads a counterbalanced one."""
    from game.results import ResultsError  # only a recorded demo reads results (sqlite stays out of a plain one)

    forms = {loaded.level.id: form for form, loaded in ctx.pack.checks.items()}
    try:
        firsts = {player: forms[level] for player, level in store.first_checks().items() if level in forms}
    except ResultsError:
        return  # the name decides; the writer says what is wrong with the file when it tries to write
    ctx.progress.first_form = firsts.pop(ctx.player, None)
    check.assign_form(ctx.progress, ctx.player, firsts.values())


def _shot_name(scene: object) -> str:
    return str(getattr(scene, "shot_name", type(scene).__name__.lower()))
