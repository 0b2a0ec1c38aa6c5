"""Located problems: every complaint about a teacher's file names the file, line and column.

The printed shape `FILE:LINE:COL: error: MESSAGE` is the one gcc and yamllint use,
so editors and terminals can jump straight to the spot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    column: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"


class ContentError(Exception):
    """Raised with every problem found in a file at once, never only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
