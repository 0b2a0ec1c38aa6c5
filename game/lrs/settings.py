"""The school's LRS settings: where statements go and how players are made pseudonymous.

Kept in the user config folder (BYLINE_CONFIG_DIR overrides it) as `lrs.json`,
readable by this user only (0600), since it holds the LRS password. Absent by
default: without it Byline queues nothing and opens no connection.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import msgspec

from game.content.files import read_limited
from game.lrs.statements import StatementMaker
from game.storage import atomic_write

SETTINGS_FILE = "lrs.json"
DEFAULT_BASE_IRI = "https://byline.invalid/xapi"
MAX_SETTINGS_BYTES = 64 * 1024


class LrsSettings(msgspec.Struct, forbid_unknown_fields=True):
    endpoint: str
    """The LRS's xAPI root, e.g. https://lrs.school.example/xAPI (statements go to ENDPOINT/statements)."""
    username: str
    password: str
    base_iri: str = DEFAULT_BASE_IRI
    salt: str = ""
    """The same on every computer of a school, so one student's answers group together; never sent."""

    @property
    def statements_url(self) -> str:
        return self.endpoint.rstrip("/") + "/statements"

    def maker(self) -> StatementMaker:
        return StatementMaker(self.base_iri.rstrip("/"), self.salt)


class SettingsError(Exception):
    """The settings file exists but cannot be used; the message says what to do."""


def config_dir() -> Path:
    override = os.environ.get("BYLINE_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("byline", appauthor=False))


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load(path: Path | None = None) -> LrsSettings | None:
    """The saved settings, None when no LRS is set up; SettingsError when the file is unusable."""
    path = path or settings_path()
    try:
        raw = read_limited(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SettingsError(f"cannot read {path}: {exc.strerror}") from None
    try:
        return msgspec.json.decode(raw, type=LrsSettings)
    except msgspec.DecodeError as exc:
        raise SettingsError(f"{path} is damaged ({exc}); set it again with `byline lrs set`") from None


def save(settings: LrsSettings, path: Path | None = None) -> Path:
    """Write the settings readable by this user only (the temporary file is made 0600 before any byte)."""
    path = path or settings_path()
    if not settings.salt:
        settings = msgspec.structs.replace(settings, salt=secrets.token_hex(16))
    atomic_write(path, msgspec.json.format(msgspec.json.encode(settings), indent=2))
    os.chmod(path, 0o600)
    return path


def configured_maker(path: Path | None = None) -> StatementMaker | None:
    """The statement maker when an LRS is set up and readable, else None (results stay local)."""
    try:
        settings = load(path)
    except SettingsError:
        return None
    return settings.maker() if settings is not None else None
