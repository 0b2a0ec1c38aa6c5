"""A seeded monkey: 100,000 random raw events thrown at the kiosk across all its screens.

Keys (the teacher chord and Alt+F4 among them), typed text, mouse moves, clicks
(half of them on a button of the screen on top, so the monkey gets deep into
the game), wheel turns, finger taps and drags, window close, focus loss and
resizes, with pauses long enough for the demo, "Are you still there?" and the
PIN lockout to happen. The events go through the real input mapper into the
real kiosk on a fake clock. Nothing may raise, the kiosk may never stop, and
whenever the monkey walks away, no visit survives the idle time.
"""

from __future__ import annotations

import random
from pathlib import Path

import pygame
import pytest

from game.ui.kiosk import TEACHER_LOCK_SECONDS, Kiosk
from game.ui.scenes.kiosk_attract import AttractScene

from .harness import make_kiosk, wait

EVENTS = 100_000
WALK_AWAY_EVERY = 4_000
IDLE, ASK = 20.0, 5.0
BURST_SECONDS = 0.1
"""Between two bursts: ten a second, faster than any child, slow enough that a new screen (which takes no press
for its first quarter second) still gets pressed, so the monkey reaches the end of a level."""

KEYS = [
    *range(pygame.K_0, pygame.K_9 + 1),
    *range(pygame.K_a, pygame.K_z + 1),
    *(pygame.K_KP1, pygame.K_KP5, pygame.K_KP_ENTER),
    *(pygame.K_ESCAPE, pygame.K_RETURN, pygame.K_SPACE, pygame.K_BACKSPACE, pygame.K_TAB, pygame.K_AC_BACK),
    *(pygame.K_UP, pygame.K_DOWN, pygame.K_LEFT, pygame.K_RIGHT),
    *(pygame.K_PAGEUP, pygame.K_PAGEDOWN, pygame.K_HOME, pygame.K_END, pygame.K_F4, pygame.K_F11),
]
MODS = [0] * 12 + [pygame.KMOD_LALT, pygame.KMOD_LCTRL, pygame.KMOD_LCTRL | pygame.KMOD_LSHIFT, pygame.KMOD_LSHIFT]
SIZES = [(1280, 720), (1280, 720), (1920, 1080), (800, 600), (640, 480), (720, 1280), (3840, 2160), (300, 200)]


class Monkey:
    def __init__(self, kiosk: Kiosk, seed: int) -> None:
        self.kiosk = kiosk
        self.rng = random.Random(seed)
        self.size = kiosk.app.stack.size

    def pos(self) -> tuple[int, int]:
        """Half the time on a button of the screen on top, else anywhere (the corner now and then)."""
        rng = self.rng
        menu = getattr(self.kiosk.app.stack.top, "menu", None)
        if menu is not None and rng.random() < 0.5:
            rect = rng.choice(menu.buttons).rect
            return (
                rng.randint(rect.left, max(rect.left, rect.right - 1)),
                rng.randint(rect.top, max(rect.top, rect.bottom - 1)),
            )
        if rng.random() < 0.05:
            return (rng.randint(0, 20), rng.randint(0, 20))
        return (rng.randint(-5, self.size[0] + 5), rng.randint(-5, self.size[1] + 5))

    def events(self) -> list[pygame.event.Event]:
        """One burst: usually one event, sometimes a whole gesture."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.28:
            key = rng.choice(KEYS)
            mod = rng.choice(MODS)
            events = [pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)]
            if key < 128 and chr(key).isalnum() and not mod & pygame.KMOD_CTRL:
                events.append(pygame.event.Event(pygame.TEXTINPUT, text=chr(key)))
            return [*events, pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0)]
        if roll < 0.31:
            text = "".join(rng.choice("abcxyzABC0123456789 .!?é") for _ in range(rng.randint(1, 4)))
            return [pygame.event.Event(pygame.TEXTINPUT, text=text)]
        if roll < 0.40:
            return [pygame.event.Event(pygame.MOUSEMOTION, pos=self.pos(), rel=(1, 1), buttons=(0, 0, 0))]
        if roll < 0.64:
            pos, button = self.pos(), rng.choice([1, 1, 1, 1, 2, 3])
            return [
                pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button),
                pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button),
            ]
        if roll < 0.68:
            y = rng.choice([-3, -1, 1, 2])
            return [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, precise_x=0.0, precise_y=float(y), flipped=False)]
        if roll < 0.86:
            return self.finger()
        if roll < 0.90:
            return [pygame.event.Event(rng.choice([pygame.QUIT, pygame.WINDOWCLOSE]))]
        if roll < 0.95:
            kind = rng.choice([pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED, pygame.WINDOWLEAVE])
            return [pygame.event.Event(kind)]
        self.size = rng.choice(SIZES)
        w, h = self.size
        return [
            pygame.event.Event(pygame.VIDEORESIZE, size=(w, h), w=w, h=h),
            pygame.event.Event(pygame.WINDOWSIZECHANGED, x=w, y=h),
        ]

    def finger(self) -> list[pygame.event.Event]:
        """A tap (touch also sends a synthetic mouse twin) or a drag."""
        rng = self.rng
        x, y = self.pos()
        fx, fy = x / self.size[0], y / self.size[1]
        touch = {"touch_id": 1, "finger_id": rng.randint(0, 1), "pressure": 1.0, "dx": 0.0}
        events = [pygame.event.Event(pygame.FINGERDOWN, x=fx, y=fy, dy=0.0, **touch)]
        for _ in range(rng.choice([0, 0, 1, 3])):
            dy = rng.uniform(-0.2, 0.2)
            fy += dy
            events.append(pygame.event.Event(pygame.FINGERMOTION, x=fx, y=fy, dy=dy, **touch))
        events.append(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x, y), button=1, touch=True))
        events.append(pygame.event.Event(pygame.FINGERUP, x=fx, y=fy, dy=0.0, **touch))
        return events


def walk_away(kiosk: Kiosk) -> None:
    """Nobody touches anything: within the idle time plus the countdown, every visit is over.

    A teacher screen (the PIN pad a monkey opened) never asks "still there?": it locks after
    TEACHER_LOCK_SECONDS untouched, and the visit beneath ends with it.
    """
    wait(kiosk, max(IDLE + ASK, TEACHER_LOCK_SECONDS) + 1)
    stack = kiosk.app.stack
    assert kiosk.visit is None
    assert kiosk.demo is not None or [type(s) for s in stack.scenes] == [AttractScene]


@pytest.mark.slow
def test_monkey_never_breaks_or_stops_the_kiosk(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, idle_seconds=IDLE, still_there_seconds=ASK, demo_after_seconds=4)
    monkey = Monkey(kiosk, seed=20250314)
    clock = kiosk.app.clock
    clock.step = BURST_SECONDS
    seen: set[str] = set()
    thrown = 0
    next_walk = WALK_AWAY_EVERY
    while thrown < EVENTS:
        events = monkey.events()
        thrown += len(events)
        size = kiosk.app.stack.size
        actions = [action for event in events for action in kiosk.mapper.to_actions(event, size)]
        assert kiosk.step(actions), f"the kiosk stopped after {thrown} events"
        seen.add(type(kiosk.app.stack.top).__name__)
        if monkey.rng.random() < 0.004:  # a pause: long enough, sometimes, for the demo or "still there?"
            pause = monkey.rng.uniform(1, IDLE + ASK + 3)
            clock.step = 0.5
            for _ in range(int(pause / 0.5)):
                assert kiosk.step([])
                seen.add(type(kiosk.app.stack.top).__name__)
            clock.step = BURST_SECONDS
        if thrown >= next_walk:
            next_walk += WALK_AWAY_EVERY
            walk_away(kiosk)
    walk_away(kiosk)
    assert thrown >= EVENTS
    expected = {
        "AttractScene",
        "LevelSelectScene",
        "IntroScene",
        "QuestionScene",
        "FeedbackScene",
        "SummaryScene",
        "ArticleScene",
        "ConfirmScene",
        "StillThereScene",
        "InitialsScene",
        "PinPadScene",
    }
    assert expected <= seen, f"the monkey never saw {expected - seen}"
    assert kiosk.demos > 0 and kiosk.exit_code is None
