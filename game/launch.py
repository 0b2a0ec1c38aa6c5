"""How to start this same Byline again as a new process (the kiosk supervisor runs the game as its child)."""

from __future__ import annotations

import sys


def byline_command(*args: str) -> list[str]:
    """The command line for `byline ARGS...`, from a wheel, a checkout or the standalone bundle.

    In a PyInstaller bundle `sys.executable` is Byline itself; elsewhere it is the
    Python that runs the package, told to run `game.cli` (`-P`: a folder named
    `game` in the current directory cannot stand in for the installed package).
    """
    if getattr(sys, "frozen", False):
        return [sys.executable, *args]
    return [sys.executable, "-P", "-m", "game.cli", *args]
