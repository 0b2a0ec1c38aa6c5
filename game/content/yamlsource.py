"""Read a teacher's YAML file safely, remembering where every value came from.

PyYAML's usual loaders lose positions and carry YAML 1.1 traps.  Here the node
tree is composed first (so each value keeps its line), and then turned into
plain data by hand, refusing what bites authors:

- duplicate keys (PyYAML would silently keep the last one);
- anchors and aliases (an "alias bomb" is tiny on disk and explodes when walked:
  it is refused while composing, before anything is expanded);
- tabs, explicit tags, files over a size cap, bytes that are not UTF-8;
- YAML 1.1 booleans: only `true` and `false` are booleans, so `answer: no` or a
  choice called `Yes` stays the text the author typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.content.problems import ContentError, Problem

MAX_BYTES = 512 * 1024

Path_ = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class _Refused(Exception):
    def __init__(self, node_mark: yaml.Mark, message: str) -> None:
        self.mark = node_mark
        self.message = message


class _StrictLoader(yaml.SafeLoader):
    """A SafeLoader whose only implicit types are text, true/false and null."""

    yaml_implicit_resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}  # noqa: RUF012

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Refused(event.start_mark, f"alias `*{event.anchor}` is not allowed: write the text out in full")
        if isinstance(event, ScalarEvent | CollectionStartEvent) and event.anchor is not None:
            raise _Refused(event.start_mark, f"anchor `&{event.anchor}` is not allowed: write the text out in full")
        return Composer.compose_node(self, parent, index)


_StrictLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_StrictLoader.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


@dataclass
class Source:
    """Plain data from a YAML file plus the (line, column) of every value and every mapping key."""

    file: str
    data: Any
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

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
        size = path.stat().st_size
        if size > max_bytes:
            raise ContentError([Problem(name, 1, 1, f"file is {size:,} bytes; the limit is {max_bytes:,}")])
        raw = path.read_bytes()
    except OSError as exc:
        raise ContentError([Problem(name, 1, 1, f"cannot read file: {exc.strerror or exc}")]) from None
    return parse_yaml(raw, name, max_bytes=max_bytes)


def parse_yaml(raw: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Source:
    """Parse bytes already in memory (the fuzz tests call this directly)."""
    if len(raw) > max_bytes:
        raise ContentError([Problem(name, 1, 1, f"file is {len(raw):,} bytes; the limit is {max_bytes:,}")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ContentError([Problem(name, line, column, "not UTF-8 text: save the file as UTF-8")]) from None
    tabs = [
        Problem(name, number, line.index("\t") + 1, "tab character: use spaces to indent")
        for number, line in enumerate(text.splitlines(), 1)
        if "\t" in line
    ]
    if tabs:
        raise ContentError(tabs)
    try:
        root = _compose(text)
    except _Refused as exc:
        raise ContentError([Problem(name, *_position(exc.mark), exc.message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _position(mark) if mark else (1, 1)
        message = " ".join(part for part in (exc.context, exc.problem) if part) or "YAML syntax error"
        if exc.context_mark and mark and exc.context_mark.line != mark.line:
            message += f" (it began on line {exc.context_mark.line + 1})"
        raise ContentError([Problem(name, *where, f"YAML syntax: {message}")]) from None
    except yaml.YAMLError as exc:
        offset = getattr(exc, "position", 0)
        reason = getattr(exc, "reason", str(exc))
        where = _located_at_offset(text, offset)
        raise ContentError([Problem(name, *where, f"unreadable character: {reason}")]) from None
    if root is None:
        raise ContentError([Problem(name, 1, 1, "file is empty")])
    source = Source(name, None)
    problems: list[Problem] = []
    source.data = _plain(root, (), source, problems)
    if problems:
        raise ContentError(problems)
    return source


def _compose(text: str) -> Node | None:
    loader = _StrictLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _plain(node: Node, path: Path_, source: Source, problems: list[Problem]) -> Any:
    """Turn a composed node into dicts, lists, str, bool and None, recording positions."""
    source.values[path] = _position(node.start_mark)
    if isinstance(node, ScalarNode):
        if node.tag == _STR:
            return node.value
        if node.tag == _BOOL:
            return node.value.lower() == "true"
        if node.tag == _NULL:
            return None
    elif isinstance(node, SequenceNode) and node.tag == _SEQ:
        return [_plain(item, (*path, i), source, problems) for i, item in enumerate(node.value)]
    elif isinstance(node, MappingNode) and node.tag == _MAP:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag != _STR:
                problems.append(Problem(source.file, *_position(key_node.start_mark), "a key must be plain text"))
                continue
            key = key_node.value
            if key in result:
                first = source.keys[(*path, key)]
                problems.append(
                    Problem(
                        source.file,
                        *_position(key_node.start_mark),
                        f"duplicate key `{key}` (first given on line {first[0]}): keep only one",
                    )
                )
                continue
            source.keys[(*path, key)] = _position(key_node.start_mark)
            result[key] = _plain(value_node, (*path, key), source, problems)
        return result
    problems.append(Problem(source.file, *_position(node.start_mark), f"YAML tag `{node.tag}` is not allowed"))
    return None
