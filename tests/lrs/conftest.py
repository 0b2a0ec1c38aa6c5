"""Fixtures: one real Ralph for the module's tests, settings pointing at it, and the config folder in a temp dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from game.lrs.settings import LrsSettings
from tests.lrs.ralph import PASSWORD, USERNAME, Ralph


@pytest.fixture(scope="module")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ralph]:
    server = Ralph(tmp_path_factory.mktemp("ralph"))
    server.make_credentials()
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("BYLINE_CONFIG_DIR", str(folder))
    monkeypatch.setenv("BYLINE_DATA_DIR", str(tmp_path / "data"))
    return folder


def settings_for(endpoint: str, password: str = PASSWORD) -> LrsSettings:
    return LrsSettings(
        endpoint=endpoint, username=USERNAME, password=password, base_iri="https://school.example/byline", salt="s3cret"
    )
