"""Keeps rude initials off the public scoreboard, with a small list a school can extend."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from game.content.files import read_limited

BLOCKLIST = Path(__file__).with_name("blocklist.txt")


@cache
def blocked() -> frozenset[str]:
    """The refused initials, upper case; lines starting with `#` are comments."""
    lines = read_limited(BLOCKLIST, 1024 * 1024).decode("utf-8").splitlines()
    return frozenset(line.strip().upper() for line in lines if line.strip() and not line.startswith("#"))


def allowed(initials: str) -> bool:
    """True for exactly three letters A-Z that are not on the list."""
    letters = initials.upper()
    return len(letters) == 3 and letters.isascii() and letters.isalpha() and letters not in blocked()
