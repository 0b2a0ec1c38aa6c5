"""Tweens as pure functions of a scene's age, so every animation ends and Reduce motion is one switch.

A scene owns one `Motion`; its age advances only by the `dt` the app's injected
clock hands to `update`, so tests and benchmarks step animations frame by frame:

    self.motion = Motion(ctx.settings.reduce_motion, CARD_IN.end)  # in enter()
    return self.motion.update(dt)                         # in update(): True while anything moves
    y = lerp(below, top, self.motion.value(CARD_IN))       # in draw(): 0..1 along a named tween

A `Tween` is a delay, a duration and an easing; its value at an age is a pure
function (no state), always 1.0 once the tween has ended, and 1.0 at once under
Reduce motion (WCAG 2.3.3), so a scene drawn with reduced motion is its final
frame. Every named tween below has a finite end: `Motion.running` turns False
after the longest one a scene used, and the app goes back to idle, drawing nothing.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

Easing = Callable[[float], float]


def linear(t: float) -> float:
    return t


def ease_out(t: float) -> float:
    """Fast start, gentle stop (cubic): cards and panels arriving."""
    return 1 - (1 - t) ** 3


def ease_out_back(t: float) -> float:
    """Overshoots a little and settles: a stamp landing, a star popping in."""
    c = 1.70158
    return 1 + (c + 1) * (t - 1) ** 3 + c * (t - 1) ** 2


def lerp(start: float, end: float, amount: float) -> float:
    return start + (end - start) * amount


class Tween(NamedTuple):
    """From 0 to 1 over `duration` seconds, starting `delay` seconds after the scene appeared.

    A NamedTuple, not a frozen dataclass: made in a sixth of the time, on the way to the first frame.
    """

    duration: float
    delay: float = 0.0
    easing: Easing = ease_out

    @property
    def end(self) -> float:
        """The age at which this tween is finished for good."""
        return self.delay + self.duration

    def at(self, age: float) -> float:
        """The eased progress at `age`: 0 before the delay, exactly 1 from `end` on."""
        if age >= self.end:
            return 1.0
        if age <= self.delay or self.duration <= 0:
            return 0.0
        return self.easing((age - self.delay) / self.duration)

    def later(self, seconds: float) -> Tween:
        """The same tween starting `seconds` later (the next star, the next card)."""
        return Tween(self.duration, self.delay + seconds, self.easing)


# Every animation of the game, in one place. Transitions stay within 150-250 ms.
CARD_IN = Tween(0.2)
"""A card, a panel or a screen's content sliding and fading in."""
CARD_STAGGER = 0.04
"""Seconds between cards of a list, so a board deals its cards; at most `MAX_STAGGERED` cards are staggered."""
MAX_STAGGERED = 6
STAMP = Tween(0.22, 0.05, ease_out_back)
"""A rubber stamp landing on a right answer (shrinks onto the paper)."""
RED_PEN = Tween(0.25, 0.05, linear)
"""A red-pen stroke drawn under a wrong answer."""
COUNT_UP = Tween(0.6, 0.1)
"""A score counting up to its value."""
STAR = Tween(0.25, 0.25, ease_out_back)
"""The first star of a summary popping in; the next ones follow `STAR_GAP` later."""
STAR_GAP = 0.3
PAGE_STAMP = Tween(0.2, 0.3, ease_out_back)
"""The first stamp on the front page; each further one follows `PAGE_STAMP_GAP` later."""
PAGE_STAMP_GAP = 0.12
MAX_PAGE_STAMPS = 12
"""Stamps after this many land together with the last staggered one: the payoff never drags."""

TRANSITIONS = (CARD_IN, STAMP, RED_PEN)
"""The tweens that must feel instant enough: 150-250 ms (tested)."""
LONGEST = max(
    CARD_IN.later(CARD_STAGGER * MAX_STAGGERED).end,
    COUNT_UP.end,
    STAR.later(STAR_GAP * 2).end,
    PAGE_STAMP.later(PAGE_STAMP_GAP * MAX_PAGE_STAMPS).end,
)
"""No animation of the game lasts longer than this (seconds): after it, every screen is still."""


def staggered(tween: Tween, index: int, gap: float, most: int) -> Tween:
    """The tween of the `index`-th item of a list, `gap` seconds after the one before, capped at `most` gaps."""
    return tween.later(gap * min(index, most))


class Motion:
    """A scene's animation age; see the module docstring."""

    def __init__(self, reduce: bool, until: float) -> None:
        if not 0 <= until <= LONGEST:
            raise ValueError(f"an animation must end within {LONGEST:.2f} s, not {until}")
        self.reduce = reduce
        self.age = 0.0
        self.until = until
        """The age by which everything this scene animates has ended."""

    def restart(self) -> None:
        """Start the scene's animations again (a new question in the same scene)."""
        self.age = 0.0

    @property
    def running(self) -> bool:
        return not self.reduce and self.age < self.until

    def update(self, dt: float) -> bool:
        """Advance by `dt`; True while a frame must still be drawn (the final one included)."""
        running = self.running
        self.age += dt
        return running

    def value(self, tween: Tween) -> float:
        """The tween's progress now: 1.0 at once under Reduce motion."""
        return 1.0 if self.reduce else tween.at(self.age)


def count_up(target: int, amount: float) -> int:
    """The number shown while a score counts up to `target` (never past it)."""
    return min(target, math.floor(target * amount + 0.5))
