"""Injected time, so the loop can be driven fast and deterministically in tests.

The app asks its clock for time and never calls pygame.time or time.* itself:

    App(screen, TitleScene(), RealClock())          # the real game
    App(screen, TitleScene(), FakeClock(step=1/60)) # tests and the headless demo

`tick(fps)` ends a frame and returns the seconds since the previous tick;
`now()` is a monotonic timestamp in seconds (for timers and idle detection).
"""

from __future__ import annotations

import time
from typing import Protocol

import pygame


class Clock(Protocol):
    def tick(self, fps: int) -> float:
        """Finish a frame (a real clock may sleep to hold `fps`); return seconds elapsed."""
        ...

    def now(self) -> float:
        """Monotonic seconds."""
        ...


class RealClock:
    """Caps the frame rate with pygame's clock; measures with time.monotonic.

    pygame's Clock only reports whole milliseconds, so the elapsed time comes from
    time.monotonic, which keeps animations smooth. The first tick does not wait:
    there is no frame before it to pace, and waiting would only delay the first one.
    """

    def __init__(self) -> None:
        self._limiter = pygame.time.Clock()
        self._last = time.monotonic()
        self._first = True

    def tick(self, fps: int) -> float:
        self._limiter.tick(0 if self._first else fps)
        self._first = False
        now = time.monotonic()
        elapsed, self._last = now - self._last, now
        return elapsed

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """Advances by exactly `step` seconds per tick and never sleeps."""

    def __init__(self, step: float = 1 / 60) -> None:
        self.step = step
        self._now = 0.0

    def tick(self, fps: int) -> float:
        self._now += self.step
        return self.step

    def now(self) -> float:
        return self._now
