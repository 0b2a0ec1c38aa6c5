"""Is there a screen to show the game on? Said clearly, instead of a game running invisibly.

With no X11 or Wayland display and no SDL_VIDEODRIVER chosen, SDL falls back to
its offscreen driver: the game then "runs" where nobody can see or stop it.
"""

from __future__ import annotations

import os
import sys

NO_DISPLAY_EXIT = 2
INVISIBLE_DRIVERS = frozenset({"offscreen", "dummy"})
_NEEDS_DISPLAY_VARIABLE = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly", "sunos")


class NoDisplay(RuntimeError):
    """No screen for the window; the message says what to do."""


def _advice(found: str) -> str:
    return (
        f"byline: no display to open the window on ({found}). Run it from a desktop session, "
        "over `ssh -X`, or under `xvfb-run -a byline ...`; SDL_VIDEODRIVER picks a video driver explicitly."
    )


def require_display() -> None:
    """Before pygame starts: on X11/Wayland systems, refuse at once when no display is set (no driver asked for)."""
    if os.environ.get("SDL_VIDEODRIVER") or not sys.platform.startswith(_NEEDS_DISPLAY_VARIABLE):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise NoDisplay(_advice("neither DISPLAY nor WAYLAND_DISPLAY is set"))


def require_visible_driver(driver: str) -> None:
    """After pygame.init: SDL fell back to a driver nobody can see although none was asked for."""
    if driver in INVISIBLE_DRIVERS and not os.environ.get("SDL_VIDEODRIVER"):
        raise NoDisplay(_advice(f"SDL could only start its {driver} driver"))
