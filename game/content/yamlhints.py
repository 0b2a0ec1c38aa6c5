"""What a YAML syntax error means in a teacher's file, found from the lines themselves.

PyYAML says where it gave up ("did not find expected '-' indicator"), which is often
the line after the mistake and never says what to change.  Each function here looks
for one mistake teachers make, and returns the line it is on and what to do, or None.
"""

from __future__ import annotations

import re

_KEY_WITHOUT_SPACE = re.compile(r"^\s*(?:-\s+)?(?P<key>[A-Za-z_][\w-]*):(?P<value>[^\s/].*)$")
_SINGLE_QUOTED = re.compile(r"^\s*(?:-\s+)?[\w-]+:\s+'(?P<text>(?:[^']|'')*)'(?P<after>\w[^']*)'?\s*$")
_WORD_AT = re.compile(r"\w+$")


_WIDE_COLON = re.compile(r"^\s*(?:-\s+)?(?P<key>[A-Za-z_][\w-]*)\s*(?P<colon>[\uff1a\ufe55\ufe13\u2236\ua789])")
"""A key followed by a colon that only looks like one: a Chinese or Japanese keyboard's full-width colon (U+FF1A)."""


def wide_colon(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """`answer` then a full-width colon: YAML sees no key there and complains on a later line; name the colon."""
    for number in range(line, max(0, line - 3), -1):
        found = _WIDE_COLON.match(lines[number - 1]) if number <= len(lines) else None
        if found:
            key, colon = found.group("key"), found.group("colon")
            kind = "full-width" if colon in "\uff1a\ufe55\ufe13" else "look-alike"
            where = " (from a Chinese or Japanese keyboard)" if kind == "full-width" else ""
            return (
                number,
                found.start("colon") + 1,
                (f"the colon after `{key}` is a {kind} `{colon}`{where}: type an ordinary `:` instead"),
            )
    return None


def merge_of(lines: list[str], anchor: str) -> int | None:
    """The line that copies anchor `&anchor` with a YAML merge (`<<: *anchor`), if one does."""
    pattern = re.compile(rf"<<\s*:\s*\*{re.escape(anchor)}(?![\w-])")
    return next((number for number, text in enumerate(lines, 1) if pattern.search(text)), None)


def missing_space(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """`answer:fact`: YAML reads one long word and complains on the next line; name the line with the colon."""
    for number in range(line, max(0, line - 3), -1):
        found = _KEY_WITHOUT_SPACE.match(lines[number - 1]) if number <= len(lines) else None
        if found:
            key, value = found.group("key"), found.group("value")
            return number, found.end("key") + 1, f"`{key}:{value}` needs a space after the colon: `{key}: {value}`"
    return None


def apostrophe(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """`explanation: 'the writer's view'`: the apostrophe ends the single-quoted text early."""
    text = lines[line - 1] if line <= len(lines) else ""
    found = _SINGLE_QUOTED.match(text)
    if not found:
        return None
    before = _WORD_AT.search(found.group("text"))
    word = (before.group() if before else "") + "'" + found.group("after").split()[0]
    return (
        line,
        found.start("after"),
        (
            f"the apostrophe in `{word}` ends the text in single quotes early: write it twice "
            f"(`{word.replace(chr(39), chr(39) * 2)}`) or put the whole text in double quotes instead"
        ),
    )


def indentation(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """A line indented by a different number of spaces than the lines it belongs with."""
    if not 1 <= line <= len(lines) or not lines[line - 1].strip():
        return None
    text = lines[line - 1]
    spaces = len(text) - len(text.lstrip(" "))
    above = [(n, row) for n, row in enumerate(lines[: line - 1], 1) if row.strip() and not row.lstrip().startswith("#")]
    indents = {len(row) - len(row.lstrip(" ")) for _, row in above}
    if not above or spaces in indents:
        return None
    item = text.lstrip().startswith("- ")
    alike = [(n, row) for n, row in above if row.lstrip().startswith("- ") == item]
    number, row = (alike or above)[-1]
    wanted = len(row) - len(row.lstrip(" "))
    return (
        line,
        spaces + 1,
        (
            f"this line starts with {spaces} space{'s' if spaces != 1 else ''}, "
            f"but line {number} (`{row.strip()[:30]}`) starts with {wanted}: "
            f"line it up with the lines it belongs with ({wanted} spaces)"
        ),
    )


_KEY_LINE = re.compile(r"^(?P<indent> *)(?P<dash>-\s+)?(?P<key>[A-Za-z_][\w-]*):(?:\s|$)")


def _key_column(found: re.Match[str]) -> int:
    """Spaces before a key line's key (after its dash, if it starts a list entry)."""
    return len(found.group("indent")) + len(found.group("dash") or "")


def over_indented(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """A key pushed right of the keys it belongs with, under a key whose value is already on its line: YAML
    reads it as more of that value and complains of a colon, or of a missing key. Said only for a key the
    file has elsewhere at the place it belongs, so a `word: word` inside a text is left to the other hints."""
    if not 1 < line <= len(lines):
        return None
    found = _KEY_LINE.match(lines[line - 1])
    above = [(n, row) for n, row in enumerate(lines[: line - 1], 1) if row.strip() and not row.lstrip().startswith("#")]
    before = _KEY_LINE.match(above[-1][1]) if above else None
    if not found or found.group("dash") or not before:
        return None
    spaces, wanted = len(found.group("indent")), _key_column(before)
    value = above[-1][1][before.end() :].strip()
    if spaces <= wanted or not value or value[0] in "|>" or value.startswith("#"):
        return None  # nothing on the line before, or a block of text starts there: more indent is right
    key = found.group("key")
    others = (_KEY_LINE.match(row) for n, row in enumerate(lines, 1) if n != line)
    if not any(other and other.group("key") == key and _key_column(other) == wanted for other in others):
        return None
    number, row = above[-1]
    that = f"the key on line {number} (`{row.strip()[:30]}`) starts after" if before.group("dash") else ""
    that = that or f"line {number} (`{row.strip()[:30]}`) starts with"
    return (
        line,
        spaces + 1,
        (
            f"this line starts with {spaces} spaces, but {that} {wanted}: "
            f"line `{key}` up with the keys it belongs with ({wanted} spaces)"
        ),
    )


def tab(line_text: str) -> str:
    """A tab in the indentation, or inside text where it looks like a space but is not one."""
    if "\t" in line_text[: len(line_text) - len(line_text.lstrip())]:
        return "tab character: use spaces to indent"
    return "tab character inside the text: replace it with a space"


_ODD = "\u00a0\u1680\u2000-\u200f\u202f\u205f\u2060\u3000\ufeff"
_ODD_SPACE = re.compile(f"[{_ODD}]")
_LAYOUT = re.compile(rf"^[ \-{_ODD}]*(?:[A-Za-z_][\w{_ODD}-]*[ {_ODD}]*:[ {_ODD}]?)?")
"""The part of a line YAML reads as layout: its indent, a list dash, a key and its colon with the space after."""


def without_odd_spaces(text: str) -> str:
    """`text` as a teacher sees it: the invisible characters out, the non-breaking spaces plain."""
    return " ".join(_ODD_SPACE.sub(" ", text).split()) if text.strip() else text


def odd_space_at(text: str) -> tuple[int, str] | None:
    """The 1-based column of the first non-breaking or invisible space in `text`, and what it is, or None."""
    found = _ODD_SPACE.search(text)
    if not found:
        return None
    char = found.group()
    what = (
        "a non-breaking space (Word and web pages put them in)"
        if char in "\u00a0\u202f"
        else f"an invisible character (U+{ord(char):04X}, often pasted from a web page)"
        if char in "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
        else f"a special space (U+{ord(char):04X})"
    )
    return found.start() + 1, f"{what} where YAML needs an ordinary one: delete it and type an ordinary space"


def odd_space(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """A non-breaking or invisible space in the layout of the line YAML stopped at or the two before it:
    it looks like a space, but YAML does not read it as one."""
    for number in range(max(1, line - 2), min(line, len(lines)) + 1):
        layout = _LAYOUT.match(lines[number - 1])
        found = odd_space_at(layout.group()) if layout else None
        if found:
            return number, *found
    return None
