"""Pydantic errors in a teacher's words, at the line that caused them, for any model read from YAML.

A level file and the kiosk config are both checked by a pydantic model; this
turns its `ValidationError` into located `Problem`s with a hint of what to do:

    source = read_yaml(path)
    try:
        config = KioskConfig.model_validate(source.data)
    except ValidationError as exc:
        raise ContentError(explain(source, exc, KioskConfig)) from None

Which keys are allowed where (for "did you mean") and each field's description
(for "missing key") come from the model itself, following lists, nested models
and tagged unions (`type: who_said` picks the question model).
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from game.content.problems import Problem
from game.content.yamlhints import odd_space_at, without_odd_spaces
from game.content.yamlsource import Path_, Source

_PATTERN_WORDS = {
    r"^[a-z0-9][a-z0-9_-]*$": "must use only lower-case letters, digits, `-` and `_` (like `who-said-1`)",
}
"""What a field's regular expression means, said for a teacher."""

_TYPE_WORDS = {
    "string_type": "text",
    "list_type": "a list (one `- item` per line)",
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "float_type": "a number",
    "bool_parsing": "`true` or `false`",
    "bool_type": "`true` or `false`",
    "path_type": "a file or folder name",
}
_MAPPING_ERRORS = ("dict_type", "model_type", "model_attributes_type")
_BOUNDS = {
    "greater_than_equal": ("ge", "at least"),
    "greater_than": ("gt", "more than"),
    "less_than_equal": ("le", "at most"),
    "less_than": ("lt", "less than"),
}


def describe(value: Any) -> str:
    """A value as a teacher would recognise it in their file."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"`{str(value).lower()}` (a yes/no value)"
    if isinstance(value, dict):
        return "a set of `key: value` lines"
    if isinstance(value, list):
        return "a list"
    return f"`{value}`"


def suggest(word: str, options: Iterable[str]) -> str:
    """The closest option as ": did you mean `x`?", or nothing when none is close."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f": did you mean `{close[0]}`?" if close else ""


def explain(source: Source, exc: ValidationError, model: type[BaseModel], *, tagged: str = "item") -> list[Problem]:
    """Every error of `exc` (from validating `source.data` with `model`) as a located problem.

    `tagged` names what a member of a tagged union is ("question"), for
    "unknown question type `x`".
    """
    errors = exc.errors()
    typos = set()  # (mapping, key) a misspelt key stands for: its "missing key" would only repeat the hint
    for error in errors:
        if error["type"] == "extra_forbidden":
            path = _real_path(source.data, error["loc"])
            allowed = _fields(_models_at(model, source.data, path[:-1]))
            close = difflib.get_close_matches(str(path[-1]), allowed, n=1, cutoff=0.6)
            typos.update((path[:-1], c) for c in close)
    kept = [
        e
        for e in errors
        if e["type"] != "missing" or (_real_path(source.data, e["loc"])[:-1], e["loc"][-1]) not in typos
    ]
    return [_problem(source, error, model, tagged) for error in kept]


def _problem(source: Source, error: Any, model: type[BaseModel], tagged: str) -> Problem:
    path = _real_path(source.data, error["loc"])
    kind = error["type"]
    name = str(path[-1]) if path and isinstance(path[-1], str) else "item"
    label = _label(path)
    value = error.get("input")
    ctx = error.get("ctx", {})
    if kind == "missing":
        hint = _field_help(model, source.data, path[:-1], name)
        return source.problem(path[:-1], f"missing key `{name}`" + (f" ({hint})" if hint else ""))
    if kind == "extra_forbidden" and (odd := odd_space_at(name)):
        line, column = source.where(path, key=True)
        return Problem(source.file, line, column + odd[0] - 1, f"in the key `{without_odd_spaces(name)}`: {odd[1]}")
    if kind == "extra_forbidden":
        allowed = _fields(_models_at(model, source.data, path[:-1]))
        return source.problem(path, f"unknown key `{name}`" + suggest(name, allowed), key=True)
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        field = str(ctx.get("discriminator", "type")).strip("'")
        tags = _tags(_models_at(model, source.data, path), field)
        names = ", ".join(f"`{t}`" for t in tags)
        if kind == "union_tag_not_found":
            return source.problem(path, f"{tagged} has no `{field}`: use {names}")
        tag = str(ctx.get("tag", ""))
        if functools.reduce(_child, (*path, field), source.data) in (None, ""):  # `type:` with nothing after it
            return source.problem((*path, field), f"`{field}` is empty: use {names}")
        message = f"unknown {tagged} {field} `{tag}`" + (suggest(tag, tags) or f": use {names}")
        return source.problem((*path, field), message)
    if kind == "literal_error":
        expected = str(ctx.get("expected", "")).replace("'", "`")
        return source.problem(path, f"{label} must be {expected}, not {describe(value)}")
    if (kind == "string_type" and value is None) or kind == "string_too_short":
        return source.problem(path, f"{label} is empty")
    if kind in _TYPE_WORDS or kind in _MAPPING_ERRORS:
        wanted = _TYPE_WORDS.get(kind, "a set of `key: value` lines")
        extra = ": put it in quotes" if isinstance(value, bool) and kind == "string_type" else ""
        return source.problem(path, f"{label} should be {wanted}, not {describe(value)}{extra}")
    if kind == "string_too_long":
        return source.problem(path, f"{label} is too long ({len(value):,} characters, at most {ctx['max_length']:,})")
    if kind == "string_pattern_mismatch":
        words = _PATTERN_WORDS.get(str(ctx.get("pattern")), "is not written in the expected form")
        return source.problem(path, f"{label} {words}")
    if kind in ("too_short", "too_long"):
        bound = ctx.get("min_length") if kind == "too_short" else ctx.get("max_length")
        limit = "at least" if kind == "too_short" else "at most"
        count = ctx.get("actual_length", len(value) if isinstance(value, list) else 0)
        return source.problem(path, f"{label} needs {limit} {bound} items, it has {count}")
    if kind in _BOUNDS:
        key, words = _BOUNDS[kind]
        return source.problem(path, f"{label} must be {words} {_number(ctx.get(key))}, not {describe(value)}")
    return source.problem(path, f"{label}: {error['msg']}")


def _label(path: Path_) -> str:
    """How a message names the value: "`title`", or "item 2 of `choices`" inside a list."""
    if path and isinstance(path[-1], str):
        return f"`{path[-1]}`"
    if len(path) >= 2 and isinstance(path[-2], str):
        return f"item {int(path[-1]) + 1} of `{path[-2]}`"
    return "item"


def _number(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _real_path(data: Any, loc: Iterable[str | int]) -> Path_:
    """Drop the union member names pydantic inserts into error locations (`questions.0.who_said.quote`).

    A name is inserted when it is not a key of the mapping it would index but
    is one of its values (the tag, `type: who_said`), or when it indexes
    something that has no keys at all (a list or a plain value).
    """
    path: list[str | int] = []
    node = data
    for part in loc:
        inserted = isinstance(part, str) and (
            not isinstance(node, dict) or (part not in node and part in node.values())
        )
        if inserted:
            continue
        path.append(part)
        node = _child(node, part)
    return tuple(path)


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, dict):
        return node.get(part)
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return node[part]
    return None


def _models_at(root: type[BaseModel], data: Any, path: Path_) -> list[type[BaseModel]]:
    """The model(s) that may describe the mapping at `path`: one, or every member of an undecided union."""
    kind: Any = root
    node = data
    for part in path:
        models = _members(kind, node)
        if isinstance(part, int):
            items = get_args(kind)[0] if get_origin(kind) is Annotated else kind
            kind = get_args(items)[0] if get_origin(items) is list else None
        elif len(models) == 1 and part in models[0].model_fields:
            info = models[0].model_fields[part]
            kind = Annotated[info.annotation, info]  # keeps a discriminator given on the field itself
        else:
            return []
        node = _child(node, part)
    return _members(kind, node)


def _members(kind: Any, node: Any, tag: str | None = None) -> list[type[BaseModel]]:
    """The models `kind` allows for `node`: a tagged union keeps the member the node's tag names."""
    if get_origin(kind) is Annotated:
        base, *meta = get_args(kind)
        found = [m.discriminator for m in meta if isinstance(getattr(m, "discriminator", None), str)]
        return _members(base, node, found[0] if found else tag)
    if get_origin(kind) in (Union, UnionType):
        models = [m for arg in get_args(kind) for m in _members(arg, node)]
        if tag is not None and isinstance(node, dict):
            chosen = [m for m in models if node.get(tag) in _tags([m], tag)]
            return chosen or models
        return models
    return [kind] if isinstance(kind, type) and issubclass(kind, BaseModel) else []


def _tags(models: list[type[BaseModel]], field: str) -> list[str]:
    """The values a tagged union accepts for its tag field, in the union's order."""
    tags: list[str] = []
    for model in models:
        info = model.model_fields.get(field)
        if info is not None and get_origin(info.annotation) is Literal:
            tags.extend(str(t) for t in get_args(info.annotation))
    return tags


def _fields(models: list[type[BaseModel]]) -> list[str]:
    return list(dict.fromkeys(name for model in models for name in model.model_fields))


def _field_help(root: type[BaseModel], data: Any, parent: Path_, name: str) -> str:
    """A missing field's description, lower-cased to follow "missing key `x` (".."""
    models = _models_at(root, data, parent)
    info = models[0].model_fields.get(name) if len(models) == 1 else None
    text = (info.description or "").rstrip(".") if info else ""
    return text[:1].lower() + text[1:]
