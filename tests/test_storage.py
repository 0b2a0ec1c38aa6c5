"""Saves are written whole, and what a killed writer left behind is cleared by the next save."""

from __future__ import annotations

from pathlib import Path

from game.content.progress import Settings
from game.storage import atomic_write, load_model, save_model


def test_a_save_round_trips_and_clears_temporary_files_left_by_a_killed_writer(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    leftover = tmp_path / ".settings.json.abc123.tmp"
    leftover.write_bytes(b'{"text_size": "lar')  # half a save, as SIGKILL mid-write leaves it
    unrelated = tmp_path / ".other.json.abc123.tmp"
    unrelated.write_bytes(b"{}")
    save_model(path, Settings(text_size="large", high_contrast=True))
    assert load_model(path, Settings) == (Settings(text_size="large", high_contrast=True), None)
    assert not leftover.exists() and unrelated.exists()


def test_a_wrong_value_is_kept_aside_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    atomic_write(path, b'{"text_size": "huge"}')
    settings, notice = load_model(path, Settings)
    assert settings == Settings() and notice is not None and "damaged" in notice
    assert [p.name.startswith("settings.corrupt-") for p in tmp_path.iterdir()] == [True]
