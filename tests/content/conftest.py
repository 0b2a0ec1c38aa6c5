"""Helpers for content tests: write a level file next to a copy of the seed article."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.paths import BUNDLED_SEEDS

SEED = "sony-hack-denial.txt"

HEAD = """\
id: test-level
title: Test level
article: sony-hack-denial.txt
intro: A level written by the tests.
questions:
"""


@pytest.fixture
def write_level(tmp_path: Path) -> Callable[[str], Path]:
    """Write YAML (dedented) to levels/test.yaml in a folder that has its own seeds/."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(BUNDLED_SEEDS / SEED, tmp_path / "seeds" / SEED)
    (tmp_path / "levels").mkdir()

    def write(text: str, name: str = "test.yaml") -> Path:
        path = tmp_path / "levels" / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write
