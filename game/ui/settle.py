"""A moment after a screen appears when presses do not count yet.

A student who double-presses Enter on "Next question" must not answer the next
question before seeing it. A freshly shown question, summary, feedback or
dialog holds off confirm, choice, click and back presses for `SETTLE_SECONDS`; the
app also drops every press still queued when the screen changes, and a click
whose button went down on the previous screen (see `game.ui.app`).

    self.settle = Settle()              # in enter(), or when a new question is shown
    if self.settle.blocks(action): return
    return self.settle.update(dt)       # in update(): True while settling, so the app keeps stepping
"""

from __future__ import annotations

from game.ui.actions import Act, Action

SETTLE_SECONDS = 0.25

PRESSES = frozenset({Act.CONFIRM, Act.CHOOSE, Act.CLICK, Act.BACK})
"""What a settling screen ignores: the presses that would answer or move on, or back (a mashed Escape went from a
story's desk through the board and the title to "Quit Byline?")."""

DOUBLE_CLICK_SECONDS = 0.5
"""The longest gap between the two clicks of a double click (the usual desktop default): within it, a second click
on the same thing is the same press, not a second one."""

EVERYTHING = frozenset(Act) - {Act.QUIT, Act.RESIZE, Act.FOCUS_LOST, Act.POINT}
"""For overlays whose every key means "go on": all but the window's own news and hovering."""


class Settle:
    def __init__(self, seconds: float = SETTLE_SECONDS, guarded: frozenset[Act] = PRESSES) -> None:
        self.seconds = seconds
        self.guarded = guarded
        self.age = 0.0

    @property
    def settling(self) -> bool:
        return self.age < self.seconds

    @property
    def progress(self) -> float:
        """0 when the screen appears, 1 once it takes presses (for a fade that shows the wait)."""
        return min(1.0, self.age / self.seconds) if self.seconds else 1.0

    def blocks(self, action: Action) -> bool:
        return self.settling and action.kind in self.guarded

    def update(self, dt: float) -> bool:
        """Advance; True while still settling (the frame loop must not go idle before presses count again)."""
        settling = self.settling
        self.age += dt
        return settling
