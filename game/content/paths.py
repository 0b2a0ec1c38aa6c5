"""Where Byline's own files live: every article, level, font, sound and word list it reads at run time.

They are package data, found through `importlib.resources`, so a wheel, pipx or a
PyInstaller bundle works on a computer that never saw the repository. The repository
keeps seeds/, levels/ and assets/ at its top level, where teachers and the docs expect
them; building a wheel copies the three folders into the package as `game/_data/`
(setup.py). A checkout has no `game/_data/`, and reads the top-level folders directly.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _installed(package: str) -> Path:
    """A package's folder on disk: fonts and levels are opened by path (pygame, error messages)."""
    folder = resources.files(package)
    if not isinstance(folder, Path):
        raise ImportError(f"{package} is not installed as files on disk (a zipped install?): reinstall Byline")
    return folder


def _data_root() -> Path:
    game = _installed("game")
    packaged = game / "_data"
    return packaged if packaged.is_dir() else game.parent


DATA = _data_root()
"""The folder holding seeds/, levels/ and assets/: `game/_data` when installed, the checkout otherwise."""
BUNDLED_SEEDS = DATA / "seeds"
BUNDLED_LEVELS = DATA / "levels"
ASSETS = DATA / "assets"
FONTS = ASSETS / "fonts"
BLOCKLIST = _installed("game.kiosk") / "blocklist.txt"
"""Initials the kiosk scoreboard refuses (a word list kept beside the kiosk code)."""


def profanity_list() -> Path:
    """The word list of the better-profanity package, whose three-letter words the kiosk scoreboard refuses too.

    A function, so the package is imported only when the kiosk first checks initials.
    """
    return _installed("better_profanity") / "profanity_wordlist.txt"


def valence_lexicon() -> Path:
    """VADER's rated word list (vaderSentiment), read by new-level's opinion finder (game/authoring/valence.py).

    A function, so the package is looked up only when a draft is first made.
    """
    return _installed("vaderSentiment") / "vader_lexicon.txt"
