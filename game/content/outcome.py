"""How one answer went: right, almost (partly right) or wrong.

Every question type reports the share of the full marks an answer earned
(`credit`, 0 to 1); a right answer is RIGHT, any other answer that earned
something is ALMOST, the rest WRONG. Feedback, sounds and summaries read the
outcome, so a new type with partial credit gets the "Almost" state for free.
"""

from __future__ import annotations

from enum import Enum


class Outcome(Enum):
    RIGHT = "right"
    ALMOST = "almost"
    WRONG = "wrong"

    @classmethod
    def of(cls, correct: bool, credit: float) -> Outcome:
        """RIGHT when `correct`; otherwise ALMOST if the answer earned some `credit` (0..1), else WRONG."""
        if correct:
            return cls.RIGHT
        return cls.ALMOST if credit > 0 else cls.WRONG
