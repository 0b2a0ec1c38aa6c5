"""Keeps rude initials off the public scoreboard.

Two lists, both read as three letters: the maintained profanity word list of the
`better-profanity` package (its three-letter words, leetspeak spelled out:
`n1g` is NIG) and Byline's own `blocklist.txt` of abbreviations and letter
skeletons no word list has (DTF, KMS, FFS, DCK ...), which a school can extend.
Look-alike spellings are folded before comparing, on both sides: Q sounds like
K, V stands in for U, Z for S; so FVK, CVM, FUQ and AZZ are refused because
FUK, CUM and ASS are.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from game.content.files import read_limited
from game.content.paths import BLOCKLIST, profanity_list

_LEET = str.maketrans("0134578@$", "OIEASTBAS")
_LOOK_ALIKES = str.maketrans("QVZ", "KUS")
_MAX_LIST_BYTES = 1024 * 1024


def fold(letters: str) -> str:
    """The spelling look-alikes share: FVK, FUQ and FUK all fold to FUK."""
    return letters.upper().translate(_LOOK_ALIKES)


def _three_letter_words(path: Path) -> set[str]:
    lines = read_limited(path, _MAX_LIST_BYTES).decode("utf-8").splitlines()
    words = (line.strip().upper().translate(_LEET) for line in lines if not line.startswith("#"))
    return {word for word in words if len(word) == 3 and word.isascii() and word.isalpha()}


def _package_list() -> set[str]:
    try:
        path = profanity_list()
    except ImportError:  # a broken install: Byline's own list still holds
        return set()
    return _three_letter_words(path) if path.is_file() else set()


@cache
def blocked() -> frozenset[str]:
    """The refused initials, folded (see `fold`): both lists."""
    return frozenset(fold(word) for word in _three_letter_words(BLOCKLIST) | _package_list())


def allowed(initials: str) -> bool:
    """True for exactly three letters A-Z that neither list refuses, in any look-alike spelling."""
    letters = initials.upper()
    return len(letters) == 3 and letters.isascii() and letters.isalpha() and fold(letters) not in blocked()
