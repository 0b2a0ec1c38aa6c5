"""The level format as a JSON Schema, for editors that complete and check YAML while a teacher types."""

from __future__ import annotations

import json

from game.content.model import Level

SCHEMA_FILE = "docs/level.schema.json"


def level_schema() -> dict[str, object]:
    schema = Level.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def level_schema_text() -> str:
    return json.dumps(level_schema(), indent=2, ensure_ascii=False) + "\n"
