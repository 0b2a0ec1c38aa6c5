"""Characters the game's fonts cannot draw: a student would see an empty box where the teacher typed an emoji.

The bundled fonts cover Latin scripts; an emoji, Hebrew or Arabic pasted into a level
or an article validates as text but shows as boxes. Each font's character map (the
OpenType `cmap` table, formats 4 and 12) is read once, in pure Python, so checking
a level needs neither pygame nor a font library.
"""

from __future__ import annotations

import bisect
import functools
import struct
import unicodedata

from game.content.paths import FONTS

TEXT_FONTS = ("AtkinsonHyperlegible-Regular.ttf", "OpenDyslexic-Regular.otf")
"""The fonts a student may choose for everything they read."""
TITLE_FONTS = (*TEXT_FONTS, "OldStandard-Bold.ttf")
"""A level's title is also set in the newspaper's own type."""


@functools.cache
def _ranges(name: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the runs of characters the font maps, sorted."""
    data = (FONTS / name).read_bytes()
    tables = struct.unpack_from(">H", data, 4)[0]
    cmap = next(
        struct.unpack_from(">I", data, 12 + 16 * i + 8)[0]
        for i in range(tables)
        if data[12 + 16 * i : 16 + 16 * i] == b"cmap"
    )
    runs: set[tuple[int, int]] = set()
    for i in range(struct.unpack_from(">H", data, cmap + 2)[0]):
        at = cmap + struct.unpack_from(">I", data, cmap + 4 + 8 * i + 4)[0]
        kind = struct.unpack_from(">H", data, at)[0]
        if kind == 4:
            count = struct.unpack_from(">H", data, at + 6)[0] // 2
            ends = struct.unpack_from(f">{count}H", data, at + 14)
            starts = struct.unpack_from(f">{count}H", data, at + 16 + 2 * count)
            runs.update((s, e) for s, e in zip(starts, ends, strict=True) if s != 0xFFFF)
        elif kind == 12:
            groups = struct.unpack_from(">I", data, at + 12)[0]
            runs.update(struct.unpack_from(">II", data, at + 16 + 12 * g) for g in range(groups))
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(runs):  # merged: the subtables of one font overlap
        if ends and start <= ends[-1] + 1:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _drawn(char: str, name: str) -> bool:
    starts, ends = _ranges(name)
    i = bisect.bisect_right(starts, ord(char)) - 1
    return i >= 0 and ord(char) <= ends[i]


def undrawable(text: str, fonts: tuple[str, ...] = TEXT_FONTS) -> str:
    """The characters of `text` (each once, in order) some of `fonts` cannot draw; "" when all can."""
    seen = dict.fromkeys(
        char
        for char in text
        if ord(char) > 0x7E and unicodedata.category(char)[0] not in "CZ" and not all(_drawn(char, f) for f in fonts)
    )
    return "".join(seen)


def undrawable_message(missing: str) -> str:
    return (
        f"the game's fonts cannot draw {' '.join(missing[:8])}{' ...' if len(missing) > 8 else ''}: "
        "students would see empty boxes there; leave these characters out or write them in words"
    )
