"""Saving what a player must never lose: atomic writes and loads that survive a corrupt file.

A save is written to a temporary file in the same folder, flushed to disk and
then renamed over the old one, so a crash or power cut leaves either the old
file or the new one, never half of each.  A file that cannot be read is moved
aside (kept for a teacher to look at) and the game starts fresh with a notice.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from pathlib import Path
from typing import TypeVar

import msgspec
from platformdirs import user_data_dir

from game.content.files import read_limited

Model = TypeVar("Model", bound=msgspec.Struct)

MAX_SAVE_BYTES = 1024 * 1024
"""Saves are a few KB; anything bigger was not written by Byline."""


UNUSABLE = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "EIO") if hasattr(errno, name)
)
"""Errors that say the folder itself cannot take a write (full, read-only, forbidden, failing), not one file."""


def unusable_folder(exc: OSError) -> bool:
    return exc.errno in UNUSABLE


def data_dir() -> Path:
    """Byline's folder under the platform's user data dir; BYLINE_DATA_DIR overrides it (tests, kiosks)."""
    override = os.environ.get("BYLINE_DATA_DIR")
    return Path(override) if override else Path(user_data_dir("byline", appauthor=False))


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when saving: it pulls in shutil and random, a cost on the way to the first frame

    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the platform allows it
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):  # from a writer killed mid-save: never needed again
        with contextlib.suppress(OSError):
            leftover.unlink()


def save_model(path: Path, model: msgspec.Struct) -> None:
    atomic_write(path, msgspec.json.format(msgspec.json.encode(model), indent=2))


def peek_model(path: Path, model: type[Model]) -> Model | None:
    """Another profile's saved model, read and left as it is (None if unreadable): `load_model` is for one's own."""
    try:
        return msgspec.json.decode(read_limited(path, MAX_SAVE_BYTES), type=model)
    except (OSError, msgspec.DecodeError, RecursionError):
        return None


def load_model(path: Path, model: type[Model]) -> tuple[Model, str | None]:
    """The saved model, or a fresh one plus a notice saying what happened to an unreadable file."""
    try:
        raw = read_limited(path, MAX_SAVE_BYTES)
    except FileNotFoundError:
        return model(), None
    except OSError as exc:
        return model(), f"Could not read {path.name} ({exc.strerror}); starting fresh."
    try:
        return msgspec.json.decode(raw, type=model), None
    except (msgspec.DecodeError, RecursionError):  # bad JSON, wrong values (ValidationError is one), too deep
        aside = path.with_name(f"{path.stem}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}{path.suffix}")
        try:
            os.replace(path, aside)
        except OSError:
            return model(), f"{path.name} was damaged and could not be moved aside; starting fresh."
        return model(), f"{path.name} was damaged; it was kept as {aside.name} and a fresh one started."
