"""The frame loop: input -> scenes -> stack ops -> draw only if something changed.

    screen = open_window((1280, 720), fullscreen=False, title="Byline")
    App(screen, TitleScene(), RealClock()).run()

Tests and the headless demo script the real loop instead, with no sleeping:

    app = App(screen, TitleScene(), FakeClock())
    app.run_script([(0, Action(Act.CHOOSE, index=0)), (5, Action(Act.CONFIRM))], max_frames=30)
    assert app.redraws == ...

One frame (`step`):
1. `dt` from the clock; visible scenes `update(dt)`. Time passes before this
   frame's input is handled: the input arrived at the end of that time, and a
   scene started by an action begins animating next frame from a small dt
   rather than from the length of an idle wait. The frame after a stack change
   counts no time at all: its `dt` was spent building and drawing the new screen,
   which showed only at its end (a slow one let a double click's second click,
   queued meanwhile, through its quarter second of settling).
2. Actions: RESIZE re-layouts every scene, FULLSCREEN toggles the window, EXPOSED
   (the window restored or uncovered) only paints it again, the rest
   (QUIT included) go to the top scene. A press belongs to the screen it began on:
   after an action queues a stack op, the rest of the frame's presses are dropped
   (the window's own news, such as RESIZE or QUIT, waits for the next frame), and a
   CLICK whose PRESS came before the last stack change is only a POINT. For
   SETTLE_SECONDS after any stack change, the screen on top takes no press (a
   confirm, a choice, a click): a double click's second click lands on whatever
   the new screen has under the pointer. Actions scenes asked for with
   `stack.request(kind)` come first next frame.
3. Stack ops are applied; an empty stack stops the app.
4. Draw and flip only if something changed (see game.ui.scene).

`run()` waits for events at a low tick while nothing animates, so an idle game
uses ~0% CPU, yet `update` still runs every `idle_wait_ms` for idle timers.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Sequence

import pygame

from game.ui.actions import Act, Action, InputMapper
from game.ui.clock import Clock
from game.ui.scene import Scene, SceneStack
from game.ui.settle import Settle

WINDOW_NEWS = frozenset({Act.RESIZE, Act.QUIT, Act.FULLSCREEN, Act.FOCUS_LOST, Act.EXPOSED})
"""Actions about the window, not a press on a screen: they survive a screen change."""

DEFAULT_WINDOWED_SIZE = (1280, 720)
"""Window size when leaving a fullscreen the game started in."""


SMALLEST_WINDOW = (800, 600)
"""The smallest window every screen is laid out for: dragged smaller, answers and evidence were cut off."""


DESKTOP_MARGIN = (64, 112)
"""What a window leaves of the screen for the window manager and the desktop: its frame and title bar, a taskbar
or a panel. SDL cannot say how big they are; these cover the usual ones (a 40-48 px taskbar, a 30 px title bar)."""


def fits_a_window(desktop: tuple[int, int]) -> bool:
    """Whether the smallest window, with its frame and the desktop's panels, fits on a screen of `desktop` size."""
    return all(d >= s + m for d, s, m in zip(desktop, SMALLEST_WINDOW, DESKTOP_MARGIN, strict=True))


def window_size(size: tuple[int, int], desktop: tuple[int, int]) -> tuple[int, int]:
    """`size`, made smaller to fit a screen of `desktop` size with its frame and panels (its shape kept as far as
    the smallest window allows): a 1280x720 window on a 1366x768 laptop lost its bottom 16-60 px (the buttons
    there) under the screen's edge and the taskbar, and on a 1024x768 screen its right side (the Back button)."""
    room = (desktop[0] - DESKTOP_MARGIN[0], desktop[1] - DESKTOP_MARGIN[1])
    shrink = min(1.0, room[0] / size[0], room[1] / size[1])
    smallest = (min(SMALLEST_WINDOW[0], desktop[0]), min(SMALLEST_WINDOW[1], desktop[1]))
    return max(round(size[0] * shrink), smallest[0]), max(round(size[1] * shrink), smallest[1])


def window_fits_this_screen() -> bool:
    """Whether the game may leave fullscreen here: on a smaller screen (`fits_a_window`) it starts fullscreen and
    stays so."""
    return fits_a_window(pygame.display.get_desktop_sizes()[0])


def open_window(size: tuple[int, int], fullscreen: bool, title: str) -> pygame.Surface:
    """Open the game window; fullscreen means desktop-size fullscreen (no mode switch).

    On a screen too small for the smallest window with its frame and the desktop's panels (a 1024x600 netbook,
    an 800x600 projector) the game starts fullscreen: a window there would have its title bar or buttons off
    the screen.
    """
    pygame.display.set_caption(title)
    if fullscreen or not window_fits_this_screen():
        return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
    return open_resizable(size)


def open_resizable(size: tuple[int, int]) -> pygame.Surface:
    """A window the player may resize, down to `SMALLEST_WINDOW` (or the whole screen, on a smaller one); no
    bigger at first than the screen leaves room for (`window_size`)."""
    desktop = pygame.display.get_desktop_sizes()[0]
    smallest = (min(SMALLEST_WINDOW[0], desktop[0]), min(SMALLEST_WINDOW[1], desktop[1]))
    screen = pygame.display.set_mode(window_size(size, desktop), pygame.RESIZABLE)
    display_window().minimum_size = smallest
    return screen


def display_window() -> pygame.Window:
    """The window `pygame.display` opened, to steer it (a limit, fullscreen, raise); its drawing stays with display."""
    with warnings.catch_warnings():  # pygame-ce would rather games drew through Window; here it is only steered
        warnings.simplefilter("ignore", DeprecationWarning)
        return pygame.Window.from_display_module()


def wait_for_events(timeout_ms: int, poll_ms: int) -> list[pygame.event.Event]:
    """The events that arrive within about `timeout_ms` (maybe none), looking once every `poll_ms`.

    pygame.event.wait looks once a millisecond: an idle question then kept ~4% of a
    core busy. Looking once a frame costs a tenth of that and still answers within
    a frame; the sleep lets other threads (the level loader) run.
    """
    for _ in range(max(1, timeout_ms // poll_ms)):
        pygame.time.wait(poll_ms)
        events = pygame.event.get()
        if events:
            return events
    return []


class App:
    """Runs a SceneStack on a display surface; see the module docstring."""

    def __init__(self, screen: pygame.Surface, first_scene: Scene, clock: Clock, fps: int = 60) -> None:
        self.screen = screen
        self.clock = clock
        self.fps = fps
        self.stack = SceneStack(screen.get_size())
        self.stack.push(first_scene)
        self.stack.apply()
        self.frames = 0
        self.redraws = 0
        self._windowed_size = DEFAULT_WINDOWED_SIZE if pygame.display.is_fullscreen() else screen.get_size()
        self._windowed_at: tuple[int, int] | None = None
        """Where the window was before fullscreen, to put it back there."""
        self._maximised = False
        """The window is maximised (SDL's WINDOWMAXIMIZED news, until WINDOWRESTORED)."""
        self._was_maximised = False
        """It was maximised before fullscreen: back from it, it is maximised again (it came back 897x656 in the top
        left corner of a 1024x768 screen)."""
        self._held: list[Action] = []
        self._pressed_on: int | None = None
        """The stack generation the pointer's button went down in, until it comes up."""
        self._fresh = Settle(0.0)
        """Every screen change: the screen now on top takes no press until it has been seen (a double click's
        second click lands on whatever the new screen has under the pointer, a question's answer among them)."""
        self._just_changed = False
        """A stack change was applied in the last frame: the next one counts no time."""
        self._must_draw = True
        self._idle = False
        self.overlay: Callable[[pygame.Surface], None] | None = None
        """Painted over the scenes at every redraw (the kiosk's "demo" banner over a self-playing game)."""

    @property
    def idle(self) -> bool:
        """True when the last frame drew nothing, nothing animates and no input waits."""
        return self._idle

    def step(self, actions: Iterable[Action]) -> bool:
        """Run one frame; return False once the stack is empty (time to stop)."""
        self.frames += 1
        dt = self.clock.tick(self.fps)
        if self._just_changed:  # the time since the last tick was spent making the new screen, not seeing it
            dt, self._just_changed = 0.0, False
        animating = self.stack.update(dt)
        settling = self._fresh.update(dt)
        changed, self._must_draw = self._must_draw, False
        queue, self._held = [*self._held, *actions], []
        for i, action in enumerate(queue):
            changed = self._dispatch(self._owned(action)) or changed
            if self.stack.pending:
                self._held = [later for later in queue[i + 1 :] if later.kind in WINDOW_NEWS]
                break
        if self.stack.apply():
            changed, self._fresh, self._just_changed = True, Settle(), True
        self._held = [*self.stack.take_requests(), *self._held]
        if self.stack.empty:
            return False
        changed = self.stack.take_redraw_requests() or changed
        if changed or animating:
            self.stack.draw(self.screen)
            if self.overlay is not None:
                self.overlay(self.screen)
            pygame.display.flip()
            self.redraws += 1
        self._idle = not (changed or animating or settling or self._held)
        return True

    def run(self, idle_wait_ms: int = 250) -> None:
        """The real loop: poll at `fps` while busy, block on events while idle."""
        mapper = InputMapper()
        while True:
            events = self.events(idle_wait_ms)
            size = self.screen.get_size()
            actions = [action for event in events for action in mapper.to_actions(event, size)]
            if not self.step(actions):
                return

    def events(self, idle_wait_ms: int) -> list[pygame.event.Event]:
        """The next frame's events: polled while busy; while idle, wait up to `idle_wait_ms` for one."""
        events = pygame.event.get()
        if not events and self.idle:
            events = wait_for_events(idle_wait_ms, 1000 // max(self.fps, 60))
        for event in events:
            if event.type in (pygame.WINDOWMAXIMIZED, pygame.WINDOWRESTORED, pygame.WINDOWMINIMIZED):
                self._maximised = event.type == pygame.WINDOWMAXIMIZED
        return events

    def run_script(self, plan: Sequence[tuple[int, Action]], max_frames: int) -> int:
        """Run up to `max_frames` frames, feeding each planned action on its frame.

        Frames count from 0 at this call. Returns the number of frames run (fewer
        if the stack emptied). Pass a FakeClock to the App so nothing sleeps.
        """
        late = [frame for frame, _ in plan if not 0 <= frame < max_frames]
        if late:
            raise ValueError(f"plan frames {late} fall outside 0..{max_frames - 1}")
        by_frame: dict[int, list[Action]] = {}
        for frame, action in plan:
            by_frame.setdefault(frame, []).append(action)
        for frame in range(max_frames):
            if not self.step(by_frame.get(frame, [])):
                return frame + 1
        return max_frames

    def _owned(self, action: Action) -> Action:
        """A CLICK that began (PRESS) on a screen that has since gone becomes a mere POINT."""
        if action.kind is Act.PRESS:
            self._pressed_on = self.stack.generation
        elif action.kind is Act.CLICK:
            pressed_on, self._pressed_on = self._pressed_on, None
            if pressed_on is not None and pressed_on != self.stack.generation:
                return Action(Act.POINT, pos=action.pos)
        return action

    def _dispatch(self, action: Action) -> bool:
        """Route one action; True if the screen must be redrawn."""
        if action.kind is Act.RESIZE:
            assert action.pos is not None
            if action.pos == self.stack.size:
                return False
            if not pygame.display.is_fullscreen():
                self._windowed_size = action.pos
            self.stack.resize(action.pos)
        elif action.kind is Act.FULLSCREEN:
            self._toggle_fullscreen()
        elif action.kind is Act.EXPOSED:
            return True  # the window shows again: paint it, though nothing in it changed
        elif self._fresh.blocks(action):
            return False
        else:
            self.stack.handle(action)
        return True

    def _toggle_fullscreen(self) -> None:
        if pygame.display.is_fullscreen() and not window_fits_this_screen():
            return  # an 800x600 window under its title bar on an 800x600 screen: its bottom 20 px were under the edge
        if pygame.display.is_fullscreen():
            self.screen = open_resizable(self._windowed_size)
            if self._windowed_at is not None:  # where it was: SDL makes a new window, and the window manager
                display_window().position = self._windowed_at  # put it a title bar lower each time (F11 mashed)
            if self._was_maximised:
                display_window().maximize()
        else:
            self._windowed_at = display_window().position
            self._was_maximised = self._maximised
            self.screen = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        self.stack.resize(self.screen.get_size())
