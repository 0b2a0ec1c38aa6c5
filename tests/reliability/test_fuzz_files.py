"""Every file Byline reads, fuzzed: saves, the kiosk config, levels. Only located problems or a fresh
start with a notice come out, never a crash (tests/content/test_fuzz.py mutates a real level file too).
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.content import yamlsource
from game.content.model import QUESTION_TYPES
from game.content.paths import BUNDLED_LEVELS
from game.content.problems import ContentError
from game.content.progress import Progress, Settings
from game.content.validate import load_level
from game.content.yamlsource import MAX_DEPTH, parse_yaml
from game.storage import load_model, save_model

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_scalars = st.none() | st.booleans() | st.integers(-5, 10**12) | st.floats(allow_nan=False) | st.text(max_size=12)
json_values = st.recursive(
    json_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
)
yaml_scalars = json_scalars | st.sampled_from(["no", "yes", "on", "~", "null", "1e3", "0x1F", "2026-03-02", ""])
yaml_values = st.recursive(
    yaml_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
)


def with_some_of(keys: list[str], values: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Mappings using some of the real field names (values of any type) and a stray key or two."""
    real = st.dictionaries(st.sampled_from(keys), values, max_size=len(keys))
    return st.tuples(real, st.dictionaries(st.text(max_size=10), values, max_size=2)).map(lambda d: {**d[1], **d[0]})


def located(exc: ContentError, name: str) -> None:
    assert exc.problems
    for problem in exc.problems:
        assert problem.file == name and problem.line >= 1 and problem.column >= 1 and problem.message


# --- saves: progress and settings --------------------------------------------------------------------------

save_objects = st.one_of(
    with_some_of(["version", "levels"], json_values),
    st.fixed_dictionaries(
        {"levels": st.dictionaries(st.text(max_size=8), with_some_of(["best_score", "stars", "plays"], json_values))}
    ),
    with_some_of(["text_size", "font", "high_contrast", "sound", "fullscreen"], json_values),
    json_values,
)
save_bytes = st.one_of(
    save_objects.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=300),
    save_objects.map(json.dumps).flatmap(lambda text: st.integers(0, len(text)).map(lambda n: text[:n].encode())),
    st.integers(1, 100_000).map(lambda depth: b"[" * depth),
)


@FUZZ
@given(raw=save_bytes, model=st.sampled_from([Progress, Settings]))
def test_any_save_file_loads_or_starts_fresh_with_a_notice(raw: bytes, model: type[Progress | Settings]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "save.json"
        path.write_bytes(raw)
        loaded, notice = load_model(path, model)
        assert isinstance(loaded, model)
        if notice is None:  # it was a good save: it saves and loads back the same
            save_model(path, loaded)
            assert load_model(path, model) == (loaded, None)
        else:
            assert loaded == model() and "damaged" in notice
            assert not path.exists() and [p.read_bytes() for p in Path(folder).iterdir()] == [raw]  # kept aside


# --- the kiosk's own files: the PIN record and today's board ---------------------------------------------------

pin_objects = with_some_of(["salt", "digest", "n", "r", "p", "failures", "lockouts", "locked_until"], json_values)
board_objects = st.fixed_dictionaries(
    {"entries": st.lists(with_some_of(["initials", "score", "level", "day"], json_values | st.just("2025-03-14")))}
)


@FUZZ
@given(raw=pin_objects.map(lambda value: json.dumps(value).encode()) | save_bytes, attempt=st.text("0123456789"))
def test_any_pin_record_gives_a_verdict_never_a_crash_or_an_open_pad(raw: bytes, attempt: str) -> None:
    from game.kiosk.pin import MAX_LOCK_SECONDS, PinGuard

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pin.json"
        path.write_bytes(raw)
        guard = PinGuard(path, now=lambda: 1_700_000_000.0)
        verdict = guard.check(attempt[:8])
        assert not verdict.ok  # no hand-made record knows a PIN's scrypt hash
        assert 0 <= guard.locked_for() <= MAX_LOCK_SECONDS


@FUZZ
@given(raw=board_objects.map(lambda value: json.dumps(value).encode()) | save_bytes)
def test_any_scoreboard_file_loads_or_starts_fresh_with_a_notice(raw: bytes) -> None:
    from datetime import date

    from game.kiosk.scoreboard import Scoreboard

    with tempfile.TemporaryDirectory() as folder:
        board = Scoreboard(Path(folder) / "scoreboard.json", 5)
        board.add("ADA", 7, "Level", date(2025, 3, 14))  # a fresh board, before the fuzzed file replaces it
        board.path.write_bytes(raw)
        board = Scoreboard(board.path, 5)
        assert board.notice is None or "damaged" in board.notice
        assert len(board.today(date(2025, 3, 14))) <= 5
        board.add("BEN", 9, "Level", date(2025, 3, 14))
        assert board.problem is None and board.today(date(2025, 3, 14))[0].initials == "BEN"


SPECIAL = [
    pytest.param("fifo", marks=pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")),
    pytest.param("dev-zero", marks=pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")),
]


def special(path: Path, kind: str) -> Path:
    if kind == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")
    return path


@pytest.mark.parametrize("kind", SPECIAL)
def test_special_files_in_place_of_the_kiosks_files_are_refused_not_read(tmp_path: Path, kind: str) -> None:
    """Each reader on its own thread with a deadline: a FIFO would block a plain open, /dev/zero never ends."""
    from game.kiosk.config import load_config
    from game.kiosk.pin import PinGuard
    from game.kiosk.scoreboard import Scoreboard

    def check() -> None:
        assert not PinGuard(special(tmp_path / "pin.json", kind)).check("80417362").ok
        board = Scoreboard(special(tmp_path / "scoreboard.json", kind), 5)
        assert board.notice is not None and "not a regular file" in board.notice
        assert load_model(special(tmp_path / "settings.json", kind), Settings)[0] == Settings()
        with pytest.raises(ContentError, match="not a regular file"):
            load_config(special(tmp_path / "kiosk.yaml", kind))

    failures: list[BaseException] = []
    worker = threading.Thread(target=lambda: _record(check, failures), daemon=True)
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "a reader hung"
    assert not failures, failures


def _record(work: Callable[[], None], failures: list[BaseException]) -> None:
    try:
        work()
    except BaseException as exc:
        failures.append(exc)


# --- the kiosk config ---------------------------------------------------------------------------------------

config_keys = ["levels", "idle_seconds", "still_there_seconds", "demo", "demo_after_seconds", "initials"]
config_keys += ["scoreboard_size", "all_levels_open", "fullscreen", "hide_cursor", "sound", "hang_seconds", "pin"]


@FUZZ
@given(
    text=with_some_of(config_keys, yaml_values).map(lambda d: yaml.safe_dump(d, allow_unicode=True))
    | st.binary(max_size=200).map(lambda b: b.decode("latin-1"))
)
def test_any_kiosk_config_gives_a_config_or_located_problems(text: str) -> None:
    from game.kiosk.config import KioskConfig, load_config

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kiosk.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            config = load_config(path)
        except ContentError as exc:
            located(exc, str(path))
        else:
            assert isinstance(config, KioskConfig)


# --- levels: any shape, any parser --------------------------------------------------------------------------

FIELDS = sorted({name for model in QUESTION_TYPES.values() for name in model.model_fields})
questions = st.tuples(st.sampled_from([*QUESTION_TYPES, "bogus"]), with_some_of(FIELDS, yaml_values)).map(
    lambda t: {**t[1], "type": t[0]}
)
levels = st.fixed_dictionaries(
    {"questions": st.lists(questions | yaml_values, max_size=4)},
    optional={
        key: yaml_values | st.text(max_size=20)
        for key in ("id", "title", "article", "intro", "cite", "confidence", "extra")
    },
)


@FUZZ
@given(level=levels)
def test_a_level_of_any_shape_gives_a_level_or_located_problems(level: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "level.yaml"
        path.write_text(yaml.safe_dump(level, allow_unicode=True), encoding="utf-8")
        try:
            loaded = load_level(path)
        except ContentError as exc:
            located(exc, str(path))
        else:
            assert loaded.level.questions


def flow(depth: int) -> str:
    return "[" * depth + "]" * depth


def block(depth: int) -> str:
    return "".join(f"{'  ' * i}a:\n" for i in range(depth)) + "  " * depth + "b\n"


@pytest.mark.parametrize("nested", [flow, block])
def test_nesting_as_deep_as_allowed_is_read(nested: Any) -> None:
    parse_yaml(nested(MAX_DEPTH).encode(), "deep.yaml")


TOO_DEEP = [(flow, MAX_DEPTH + 1), (flow, 5000), (block, MAX_DEPTH + 1), (block, 400)]


@pytest.mark.parametrize(("nested", "depth"), TOO_DEEP)
def test_deeper_nesting_is_refused_at_its_line_not_a_crash(nested: Any, depth: int) -> None:
    with pytest.raises(ContentError) as caught:
        parse_yaml(nested(depth).encode(), "deep.yaml")
    located(caught.value, "deep.yaml")
    assert "nested more than" in caught.value.problems[0].message or "YAML syntax" in caught.value.problems[0].message


bundled = sorted(p.read_text(encoding="utf-8") for p in BUNDLED_LEVELS.glob("*.yaml"))
yaml_text = st.one_of(
    st.sampled_from(bundled).flatmap(lambda t: st.integers(0, len(t)).map(lambda n: t[:n])),
    st.lists(
        st.sampled_from(["a", ": ", "- ", "\n", "  ", "[", "]", "{", "}", ",", "'", '"', "#", "&x ", "*x", "~"])
    ).map("".join),
)


@FUZZ
@given(text=yaml_text)
def test_libyaml_and_pythons_parser_read_a_level_alike(text: str) -> None:
    """PyYAML's own parser stands in where there is no libyaml: it must accept and refuse the same files."""
    results = []
    for events in (yamlsource._Events, yamlsource._PythonEvents):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(yamlsource, "_Events", events)
            try:
                source = parse_yaml(text.encode(), "level.yaml")
            except ContentError as exc:
                located(exc, "level.yaml")
                results.append(None)
            else:
                results.append((source.data, source.values, source.keys))
    assert results[0] == results[1]  # the same data and positions, or both refused
