"""The error explainer works for any model: nested models, lists, tagged unions, numbers and yes/no values."""

from __future__ import annotations

import textwrap
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from game.content.problems import Problem
from game.content.shape import explain
from game.content.yamlsource import parse_yaml


class _Forbid(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Lamp(_Forbid):
    kind: Literal["lamp"]
    watts: int = Field(ge=1, le=200, description="How bright it is.")


class Desk(_Forbid):
    kind: Literal["desk"]
    drawers: int = 0


class Room(_Forbid):
    name: str = Field(description="What the room is called.")
    open: bool = True
    things: list[Annotated[Lamp | Desk, Field(discriminator="kind")]] = Field(default_factory=list)


def problems(text: str) -> list[str]:
    source = parse_yaml(textwrap.dedent(text).encode(), "room.yaml")
    try:
        Room.model_validate(source.data)
    except ValidationError as exc:
        return [f"{p.line}:{p.column} {p.message}" for p in sorted(explain(source, exc, Room, tagged="thing"))]
    return []


def test_nested_members_of_a_tagged_union_are_found_by_their_tag() -> None:
    text = """\
    name: Library
    things:
      - kind: lamp
        wats: 40
      - kind: desk
        drawer: 2
      - kind: chair
    """
    assert problems(text) == [
        "4:5 unknown key `wats`: did you mean `watts`?",  # and no "missing key `watts`" to repeat it
        "6:5 unknown key `drawer`: did you mean `drawers`?",
        "7:11 unknown thing kind `chair`: use `lamp`, `desk`",
    ]


def test_numbers_yes_no_values_and_list_items_in_plain_words() -> None:
    text = """\
    name: [Library]
    open: maybe
    things:
      - kind: lamp
        watts: "0"
      - lamp
    """
    assert problems(text) == [
        "1:7 `name` should be text, not a list",
        "2:7 `open` should be `true` or `false`, not `maybe`",
        "5:12 `watts` must be at least 1, not `0`",
        "6:5 item 2 of `things` should be a set of `key: value` lines, not `lamp`",
    ]


def test_a_missing_tag_names_the_choices() -> None:
    assert problems("name: Hall\nthings:\n  - drawers: 1\n") == ["3:5 thing has no `kind`: use `lamp`, `desk`"]


def test_a_missing_key_says_what_it_is_for() -> None:
    source = parse_yaml(b"open: true\n", "room.yaml")
    try:
        Room.model_validate(source.data)
    except ValidationError as exc:
        found = explain(source, exc, Room)
    assert found == [Problem("room.yaml", 1, 1, "missing key `name` (what the room is called)")]
