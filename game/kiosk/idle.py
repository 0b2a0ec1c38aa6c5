"""When has a student walked away? Idle time in three phases, on whatever clock the game runs on."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Phase(enum.Enum):
    ACTIVE = "active"
    ASKING = "asking"
    """Idle long enough to ask "Are you still there?"."""
    EXPIRED = "expired"
    """Nobody answered: time to clear everything for the next student."""


@dataclass
class IdleTimer:
    idle_seconds: float
    ask_seconds: float
    last: float = 0.0

    def touch(self, now: float) -> None:
        """Someone did something at `now`."""
        self.last = now

    def phase(self, now: float) -> Phase:
        quiet = now - self.last
        if quiet < self.idle_seconds:
            return Phase.ACTIVE
        return Phase.ASKING if quiet < self.idle_seconds + self.ask_seconds else Phase.EXPIRED

    def left(self, now: float) -> float:
        """Seconds until the session expires."""
        return max(0.0, self.last + self.idle_seconds + self.ask_seconds - now)
