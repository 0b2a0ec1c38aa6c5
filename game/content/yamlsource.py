"""Read a teacher's YAML file safely, remembering where every value came from.

PyYAML's usual loaders lose positions and carry YAML 1.1 traps.  Here the
parser's events are read straight into plain data by hand (each value keeps
its line and column), refusing what bites authors:

- duplicate keys (PyYAML would silently keep the last one);
- anchors and aliases (an "alias bomb" is tiny on disk and explodes when walked:
  it is refused the moment it appears, before anything is expanded);
- tabs, explicit tags, nesting deeper than any level needs, files over a size
  cap, bytes that are not UTF-8;
- YAML 1.1 booleans: only `true` and `false` are booleans, so `answer: no` or a
  choice called `Yes` stays the text the author typed.

The events come from libyaml when PyYAML has it: about ten times faster than
PyYAML's own parser, which made checking a 1,000-question pack take a second.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    Event,
    MappingEndEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.scanner import Scanner

from game.content import yamlhints
from game.content.files import not_a_file, not_plain_text, read_limited
from game.content.problems import ContentError, Problem

MAX_BYTES = 512 * 1024
MAX_DEPTH = 32
"""Lists and mappings nested deeper than any level needs; refused long before Python's recursion limit."""

Path_ = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


_SYNTAX_HINTS = (
    ("mapping values are not allowed", ": text with `: ` in it must be in quotes, e.g. 'Look for the verb: said'"),
    (
        "did not find expected key",
        ": check the indentation; text that starts with a quotation mark must be "
        "wholly in quotes, e.g. '\"Said\" shows who speaks'",
    ),
    ("could not find expected ':'", ": a key needs `:` after it, and long text can go on indented lines after `>`"),
    ("found unexpected end of stream", ": a quotation mark or bracket is never closed"),
    ("expected <block end>", ": check the indentation of this line against the lines above it"),
    ("but found another document", ": a line `---` starts a second level here; put each level in a file of its own"),
)
"""PyYAML's complaints for the mistakes authors make most, each with what to do."""


class _Refused(Exception):
    def __init__(self, node_mark: yaml.Mark, message: str, anchor: str | None = None) -> None:
        self.mark = node_mark
        self.message = message
        self.anchor = anchor


_IMPLICIT = {
    **dict.fromkeys(("true", "True", "TRUE", "false", "False", "FALSE"), _BOOL),
    **dict.fromkeys(("~", "null", "Null", "NULL", ""), _NULL),
}
"""The only implicit types: an unquoted scalar spelt like one of these; anything else is text."""
_NODE = (ScalarEvent, CollectionStartEvent)
"""The events that may carry an anchor."""


class _PythonEvents(Reader, Scanner, Parser):
    """PyYAML's own parser, for a PyYAML built without libyaml."""

    offsets_in_bytes = False

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)


try:
    from yaml.cyaml import CParser
except ImportError:  # PyYAML without libyaml (e.g. built from source on a small ARM board)
    _Events: type[Any] = _PythonEvents
else:

    class _LibyamlEvents(CParser):
        """libyaml's parser; it reports an unreadable character by its byte offset."""

        offsets_in_bytes = True

    _Events = _LibyamlEvents


@dataclass
class Source:
    """Plain data from a YAML file plus the (line, column) of every value and every mapping key."""

    file: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list, repr=False, compare=False)
    """The file's lines, to find what the parser drops (a comment that cut a text short)."""

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The position for a path, falling back to the nearest ancestor that exists."""
        path = tuple(path)
        while path:
            table = self.keys if key else self.values
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return self.values.get((), (1, 1))

    def problem(self, path: Path_, message: str, *, key: bool = False, severity: str = "error") -> Problem:
        line, column = self.where(path, key=key)
        return Problem(self.file, line, column, message, severity)  # type: ignore[arg-type]


def _position(mark: yaml.Mark) -> tuple[int, int]:
    return mark.line + 1, mark.column + 1


def _located_at_offset(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def read_yaml(path: Path, *, max_bytes: int = MAX_BYTES) -> Source:
    """Load `path` into a `Source`, or raise ContentError listing every problem found."""
    name = str(path)
    try:
        raw = read_limited(path, max_bytes)
    except OSError as exc:
        why = not_a_file(path)
        message = f"{path.name} {why}" if why else f"cannot read file: {exc.strerror or exc}"
        raise ContentError([Problem(name, 1, 1, message)]) from None
    return parse_yaml(raw, name, max_bytes=max_bytes)


def parse_yaml(raw: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Source:
    """Parse bytes already in memory (the fuzz tests call this directly)."""
    if len(raw) > max_bytes:
        raise ContentError([Problem(name, 1, 1, f"file is {len(raw):,} bytes; the limit is {max_bytes:,}")])
    if why := not_plain_text(raw):
        raise ContentError([Problem(name, 1, 1, f"this file {why}")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        byte = raw[exc.start]
        try:
            shown = f", a Windows {bytes([byte]).decode('cp1252')}"  # Notepad's and Word's "ANSI"
        except UnicodeDecodeError:
            shown = ""
        said = (
            f"not UTF-8 text (byte 0x{byte:02x}{shown}): save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"
        )
        raise ContentError([Problem(name, line, column, said)]) from None
    tabs = [
        Problem(name, number, line.index("\t") + 1, yamlhints.tab(line))
        for number, line in enumerate(text.splitlines(), 1)
        if "\t" in line
    ]
    if tabs:
        raise ContentError(tabs)
    source = Source(name, None, lines=text.splitlines())
    problems: list[Problem] = []
    try:
        found = _read_document(text, source, problems)
    except _Refused as exc:
        merged = yamlhints.merge_of(source.lines, exc.anchor) if exc.anchor else None
        message = (
            f"anchor `&{exc.anchor}` is not allowed (line {merged} copies it with `<<: *{exc.anchor}`): "
            f"Byline does not copy keys from one place to another: {_WRITE_OUT}"
            if merged
            else exc.message
        )
        raise ContentError([Problem(name, *_position(exc.mark), message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _position(mark) if mark else (1, 1)
        message = " ".join(part for part in (exc.context, exc.problem) if part) or "YAML syntax error"
        opened = exc.context or ""
        if (
            exc.context_mark
            and mark
            and exc.context_mark.line != mark.line
            and ("flow" in opened or "quoted" in opened)
        ):
            message += f" (the bracket or quotation mark opened on line {exc.context_mark.line + 1})"
        found = _syntax_mistake(text.splitlines(), where[0], message)
        if found:
            raise ContentError([Problem(name, found[0], found[1], f"YAML syntax: {found[2]}")]) from None
        hint = next((h for clue, h in _SYNTAX_HINTS if clue in message), "")
        raise ContentError([Problem(name, *where, f"YAML syntax: {message}{hint}")]) from None
    except yaml.YAMLError as exc:
        offset = getattr(exc, "position", 0)
        if _Events.offsets_in_bytes:
            offset = len(text.encode("utf-8")[:offset].decode("utf-8", "ignore"))
        reason = getattr(exc, "reason", str(exc))
        where = _located_at_offset(text, offset)
        raise ContentError([Problem(name, *where, f"unreadable character: {reason}")]) from None
    if not found:
        raise ContentError([Problem(name, 1, 1, "file is empty")])
    if problems:
        raise ContentError(problems)
    return source


def _syntax_mistake(lines: list[str], line: int, message: str) -> tuple[int, int, str] | None:
    """The teacher's mistake behind a parser complaint, at its own line: a missing space after a colon,
    an apostrophe in single quotes, a line out of line with its neighbours, a full-width colon."""
    if found := yamlhints.odd_space(lines, line) or yamlhints.wide_colon(lines, line):
        return found
    pushed = ("mapping values are not allowed", "did not find expected", "<block end>")  # a key too far right
    if any(clue in message for clue in pushed) and (found := yamlhints.over_indented(lines, line)):
        return found
    if "could not find expected ':'" in message:
        return yamlhints.missing_space(lines, line)
    if "did not find expected" in message:
        return yamlhints.apostrophe(lines, line) or yamlhints.indentation(lines, line)
    return None


def _read_document(text: str, source: Source, problems: list[Problem]) -> bool:
    """Read the one document of `text` into `source`; False when the file holds none."""
    events = _Events(text)
    try:
        events.get_event()  # stream start
        if events.check_event(StreamEndEvent):
            return False
        events.get_event()  # document start
        first = events.peek_event().start_mark
        source.data = _value(events, (), source, problems)
        events.get_event()  # document end
        if not events.check_event(StreamEndEvent):
            another = events.get_event().start_mark
            raise ComposerError(
                "expected a single document in the stream", first, "but found another document", another
            )
        return True
    finally:
        events.dispose()


def _tag(event: ScalarEvent | CollectionStartEvent, default: str) -> str:
    """The event's explicit tag, or the implicit one: only unquoted true/false and null are not text."""
    if event.tag not in (None, "!"):
        return str(event.tag)
    if isinstance(event, ScalarEvent) and event.implicit[0]:
        return _IMPLICIT.get(event.value, default)
    return default


def _next(events: Any, depth: int) -> Event:
    """The next event, refusing anchors, aliases and nesting deeper than MAX_DEPTH."""
    event = events.get_event()
    if isinstance(event, _NODE):
        if event.anchor is not None:
            said = f"anchor `&{event.anchor}` is not allowed: write the text out in full"
            raise _Refused(event.start_mark, said, event.anchor)
        if depth >= MAX_DEPTH and isinstance(event, CollectionStartEvent):
            raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep: a level never needs that")
    elif isinstance(event, AliasEvent):
        raise _Refused(event.start_mark, f"alias `*{event.anchor}` is not allowed: write the text out in full")
    return event


def _skip(events: Any, depth: int, open_collections: int = 0) -> None:
    """Read past a value that is not kept (or the rest of one), still refusing anchors and deep nesting."""
    while True:
        event = _next(events, depth + open_collections)
        if isinstance(event, CollectionStartEvent):
            open_collections += 1
        elif isinstance(event, CollectionEndEvent):
            open_collections -= 1
        if open_collections == 0:
            return


def _value(events: Any, path: Path_, source: Source, problems: list[Problem]) -> Any:
    """Read one value's events into dicts, lists, str, bool and None, recording positions."""
    event = _next(events, len(path))
    mark = event.start_mark
    source.values[path] = (mark.line + 1, mark.column + 1)
    if isinstance(event, ScalarEvent):
        tag = _tag(event, _STR)
        if tag in (_STR, _NULL) and not event.style and (cut := _cut_by_comment(event, source)):
            problems.append(cut)
        if tag == _STR:
            return event.value
        if tag == _BOOL:
            return event.value.lower() == "true"
        if tag == _NULL:
            return None
    else:
        sequence = isinstance(event, SequenceStartEvent)
        tag = _tag(event, _SEQ if sequence else _MAP)
        if sequence and tag == _SEQ:
            items: list[Any] = []
            while not events.check_event(SequenceEndEvent):
                items.append(_value(events, (*path, len(items)), source, problems))
            events.get_event()
            return items
        if not sequence and tag == _MAP:
            result: dict[str, Any] = {}
            restarted = False  # its first key came again: a `- ` went missing, so say it once, not per key
            while not events.check_event(MappingEndEvent):
                restarted = _entry(events, path, source, problems, result, quiet=restarted) or restarted
            events.get_event()
            return result
        _skip(events, len(path), open_collections=1)  # a collection with a tag of its own (!!set, !!omap...)
    problems.append(Problem(source.file, *_position(event.start_mark), f"YAML tag `{tag}` is not allowed"))
    return None


_COMMENT_CUT = re.compile(r"\s+#(?=\S)")
"""A ` #` straight after an unquoted text, then no space: a hashtag or `#3` the teacher meant as text."""


def _cut_by_comment(event: ScalarEvent, source: Source) -> Problem | None:
    """An unquoted text that a ` #word` after it cut short: YAML drops the rest of the line as a comment,
    and students would never see it (a hashtag in an explanation, `answer: #1`)."""
    end = event.end_mark
    line = source.lines[end.line] if end.line < len(source.lines) else ""
    found = _COMMENT_CUT.match(line, end.column)
    if not found:
        return None
    kept = event.value.split("\n")[-1]
    if len(kept) > 30:
        kept = "..." + kept[-30:].split(" ", 1)[-1]
    stops = f"stops at `{kept}`" if kept else "is empty"
    lost = line[found.end() - 1 :].rstrip()
    quotes = "single quotes ('...')" if '"' in event.value + lost else 'double quotes ("...")'
    return Problem(
        source.file,
        end.line + 1,
        found.end(),
        f"YAML reads everything from ` #` to the end of the line as a note to yourself, so this text {stops} "
        f"and students never see `{lost}`: put the whole text in {quotes} to keep it",
    )


_WRITE_OUT = "write each key out in full in every question"


def _entry(
    events: Any, path: Path_, source: Source, problems: list[Problem], result: dict[str, Any], *, quiet: bool = False
) -> bool:
    """Read one `key: value` pair into `result`, or report its key and read past its value; True when the key is
    the first of a list entry again (a new entry whose `- ` went missing: `quiet` then reads past the rest)."""
    key = events.peek_event()
    if not isinstance(key, ScalarEvent) or _tag(key, _STR) != _STR:
        problems.append(Problem(source.file, *_position(key.start_mark), "a key must be plain text"))
        _skip(events, len(path))
        _skip(events, len(path))
        return False
    _next(events, len(path))
    if quiet:  # the keys of an entry that lost its `- `: they are not this entry's, and already said
        _skip(events, len(path))
        return False
    here = (*path, key.value)
    if key.value == "<<" and not key.style:
        said = f"`<<:` (a YAML merge) is not read by Byline: {_WRITE_OUT}"
        problems.append(Problem(source.file, *_position(key.start_mark), said))
        _skip(events, len(path))
        return False
    if key.value in result:
        first = source.keys[here]
        again = len(path) >= 2 and isinstance(path[-1], int) and key.value == next(iter(result))
        if again:
            said = (
                f"`{key.value}` again (first given on line {first[0]}): if a new entry of `{path[-2]}` starts here, "
                f"put `- ` before `{key.value}`, as on line {first[0]}; else keep only one"
            )
        else:
            said = f"duplicate key `{key.value}` (first given on line {first[0]}): keep only one"
        problems.append(Problem(source.file, *_position(key.start_mark), said))
        _skip(events, len(path))
        return again
    source.keys[here] = _position(key.start_mark)
    result[key.value] = _value(events, here, source, problems)
    return False
