"""Drive the real game headless: a real App and scene stack, a fake clock, scripted actions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pygame

from game.content.pack import Pack, load_pack
from game.content.paths import BUNDLED_LEVELS
from game.ui.actions import Act, Action, InputMapper
from game.ui.app import App
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.scene import Scene
from game.ui.scenes.title import TitleScene
from game.ui.theme import NORMAL

_PACK: Pack | None = None


def bundled_pack() -> Pack:
    global _PACK
    if _PACK is None:
        _PACK = load_pack([BUNDLED_LEVELS])
        assert _PACK.levels and not _PACK.errors, _PACK.problems
    return _PACK


def make_app(data_dir: Path | None = None, size: tuple[int, int] = (1280, 720), **ctx_options: object) -> App:
    """The game as a player starts it, on a temporary data folder, with a fake clock."""
    screen = pygame.display.set_mode(size)
    if data_dir is not None:
        ctx = GameContext.load(bundled_pack(), data_dir, "tester", seed=7)
    else:
        ctx = GameContext(bundled_pack(), seed=7)
    for name, value in ctx_options.items():
        setattr(ctx, name, value)
    return App(screen, TitleScene(ctx), FakeClock())


def settle(app: App, limit: int = 600) -> None:
    """Run frames until nothing animates and no input or stack change is pending."""
    for _ in range(limit):
        app.step([])
        if app.idle and not app.stack.pending:
            return
    raise AssertionError("the game never settled")


def press(app: App, *actions: Action) -> Scene | None:
    """Send actions as one frame's input, let the game settle, and return the scene on top."""
    app.step(list(actions))
    settle(app)
    return app.stack.top


def key(kind: Act, index: int | None = None) -> Action:
    return Action(kind, index=index)


def click(rect: pygame.Rect) -> list[Action]:
    return [Action(Act.POINT, pos=rect.center), Action(Act.CLICK, pos=rect.center)]


def finger_taps(app: App) -> Callable[[pygame.Rect | tuple[int, int]], list[Action]]:
    """A finger tapping a rect's centre or a point, as the real input mapper turns it into actions
    (with the synthetic mouse event SDL also sends, which must not count twice)."""
    mapper = InputMapper()
    w, h = app.screen.get_size()

    def tap(target: pygame.Rect | tuple[int, int]) -> list[Action]:
        x, y = target.center if isinstance(target, pygame.Rect) else target
        finger = {"touch_id": 1, "finger_id": 0, "dx": 0.0, "dy": 0.0, "x": x / w, "y": y / h}
        events = [
            pygame.event.Event(pygame.FINGERDOWN, pressure=1.0, **finger),
            pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x, y), button=1, touch=True),
            pygame.event.Event(pygame.FINGERUP, pressure=0.0, **finger),
        ]
        return [a for e in events for a in mapper.to_actions(e, (w, h))]

    return tap


def play_until(
    app: App,
    done: Callable[[Scene | None], bool],
    policy: Callable[[Scene | None], Iterable[Action]],
    limit: int = 5000,
) -> None:
    for _ in range(limit):
        top = app.stack.top
        if done(top):
            return
        press(app, *policy(top))
    raise AssertionError("play_until did not reach its goal")


NORMAL_ONLY = (NORMAL.background, NORMAL.paper, NORMAL.panel, NORMAL.button, NORMAL.shadow)
"""Colours of the usual theme that high contrast never uses."""


def normal_colours(surface: pygame.Surface) -> int:
    """Pixels of `surface` in one of the usual theme's own colours: on a high-contrast screen, each is a piece drawn
    (or kept from before) in the wrong theme."""
    return sum(pygame.mask.from_threshold(surface, colour, (1, 1, 1, 255)).count() for colour in NORMAL_ONLY)
