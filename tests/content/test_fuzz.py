"""Whatever bytes a teacher's editor produces, loading gives a level or located problems, nothing else."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content.paths import BUNDLED_SEEDS
from game.content.problems import ContentError
from game.content.validate import load_level
from game.content.yamlsource import parse_yaml

from .test_session import LEVEL

SEED = "sony-hack-denial.txt"
YAML_BITS = [
    "\n",
    " ",
    "  ",
    "- ",
    ": ",
    "&a ",
    "*a",
    "!!python/object ",
    "[",
    "]",
    "{",
    "}",
    "'",
    '"',
    "#",
    "\t",
    "no",
    "~",
    "? ",
    "|",
    ">",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "\x00",
    "\ufeff",
    "é",
]


def _check(path: Path) -> None:
    try:
        loaded = load_level(path)
    except ContentError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.line >= 1 and problem.column >= 1 and problem.message
    else:
        assert loaded.level.questions


@st.composite
def mutated(draw: st.DrawFn) -> str:
    lines = LEVEL.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "truncate"]))
        at = draw(st.integers(0, len(lines) - 1))
        if op == "delete" and len(lines) > 1:
            del lines[at]
        elif op == "duplicate":
            lines.insert(at, lines[at])
        elif op == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "insert":
            col = draw(st.integers(0, len(lines[at])))
            bit = draw(st.sampled_from(YAML_BITS) | st.text(max_size=3))
            lines[at] = lines[at][:col] + bit + lines[at][col:]
        else:
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
    return "".join(lines)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mutated())
def test_mutated_level_files(tmp_path: Path, text: str) -> None:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    shutil.copy(BUNDLED_SEEDS / SEED, tmp_path / "seeds" / SEED)
    path = tmp_path / "level.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check(path)


@settings(max_examples=500, deadline=None)
@given(
    raw=st.binary(max_size=400)
    | st.lists(st.sampled_from([*YAML_BITS, "a", "b: c"]), max_size=40).map(
        lambda parts: "".join(parts).encode("utf-8")
    )
)
def test_arbitrary_bytes(raw: bytes) -> None:
    try:
        source = parse_yaml(raw, "fuzz.yaml")
    except ContentError as exc:
        assert all(p.file == "fuzz.yaml" and p.line >= 1 for p in exc.problems)
    else:
        assert source.data is not None or source.values
