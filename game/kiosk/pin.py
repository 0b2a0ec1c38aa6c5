"""The teacher PIN: stored only as a salted scrypt hash, checked in constant time, with a lockout.

The record lives in the user data folder (`kiosk/pin.json`), never in the kiosk
config. Wrong PINs are counted in the same file, so restarting the game does not
reset the count: after `MAX_TRIES` wrong PINs in a row the pad is locked, for
`LOCK_SECONDS` the first time and twice as long after each further lockout; the
right PIN resets both. The longest lock is an hour, not more: a student typing
wrong PINs on purpose can keep a teacher out only that long, while guessing a 4-digit
PIN at 5 tries an hour takes weeks (a 6-digit one, years). `byline kiosk set-pin` also
clears a lockout.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import msgspec

from game.storage import load_model, save_model

PIN_FILE = Path("kiosk") / "pin.json"
"""Where the record lives, under the data folder."""

MAX_TRIES = 5
LOCK_SECONDS = 300.0
MAX_LOCK_SECONDS = 3600.0
PIN_LENGTHS = range(4, 9)
COST = (2**14, 8, 1)
"""scrypt n, r, p: about 50 ms and 16 MiB a check, so guessing offline from a copied file is slow too."""
_HEX = r"^(?:[0-9a-f]{2})*$"


Hex = Annotated[str, msgspec.Meta(pattern=_HEX)]


class PinRecord(msgspec.Struct, forbid_unknown_fields=True):
    salt: Hex = ""
    digest: Hex = ""
    n: Annotated[int, msgspec.Meta(ge=2)] = COST[0]
    r: Annotated[int, msgspec.Meta(ge=1)] = COST[1]
    p: Annotated[int, msgspec.Meta(ge=1)] = COST[2]
    failures: Annotated[int, msgspec.Meta(ge=0)] = 0  # wrong PINs since the last right one or lockout
    lockouts: Annotated[int, msgspec.Meta(ge=0)] = 0  # lockouts since the last right PIN
    locked_until: float = 0.0  # wall-clock time (epoch seconds) the lockout ends


MAX_MEMORY = 256 * 1024 * 1024
"""The most memory one check may take; a record asking for more (tampered) is damaged, not obeyed."""


@dataclass(frozen=True)
class Verdict:
    """What a PIN attempt gave: `ok`, or how many tries are left, or how long the pad stays locked.

    `damaged`: the record makes no sense (edited by hand?): the pad stays shut until `set-pin`.
    `unsaved`: a wrong PIN could not be counted on disk, so the pad locked itself (fail safe).
    """

    ok: bool
    tries_left: int = 0
    locked_for: float = 0.0
    unset: bool = False
    damaged: bool = False
    unsaved: bool = False


COMMON_PINS = frozenset(
    {
        "1234",
        "1111",
        "0000",
        "1212",
        "7777",
        "1004",
        "2000",
        "4444",
        "2222",
        "6969",
        "9999",
        "3333",
        "5555",
        "6666",
        "1122",
        "1313",
        "8888",
        "4321",
        "2001",
        "1010",
        "2580",
        "0852",
        "1998",
        "1999",
        "2010",
        "2020",
        "2024",
        "2025",
        "2026",
        "123123",
        "112233",
        "121212",
        "159753",
        "147258",
        "654321",
    }
)
"""The PINs people choose most (DataGenetics' analysis of 3.4 million PINs, the keypad's middle column,
recent years): a student guesses these first."""


def pin_problem(pin: str) -> str | None:
    """Why `pin` cannot be a PIN (the pad has digits only) or should not be (easily guessed), or None."""
    if not pin.isascii() or not pin.isdigit() or len(pin) not in PIN_LENGTHS:
        return f"a PIN is {PIN_LENGTHS.start} to {PIN_LENGTHS.stop - 1} digits"
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if len(steps) == 1:
        return "a PIN of one digit repeated or a run of digits (1234, 9876) is guessed first: choose another"
    if any(len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size) for size in range(1, len(pin) // 2 + 1)):
        return "a PIN that repeats a shorter pattern (1212, 123123) is guessed first: choose another"
    if pin in COMMON_PINS:
        return "that PIN is one of the most common ones: choose another"
    return None


def lock_seconds(lockouts: int) -> float:
    return min(LOCK_SECONDS * 2 ** min(max(0, lockouts - 1), 16), MAX_LOCK_SECONDS)


def _sound(record: PinRecord) -> bool:
    """Could this record have been written by `set_pin`? (A hand-edited one must not crash or open the pad.)"""
    n, r, p = record.n, record.r, record.p
    return (
        len(record.digest) == 64
        and len(record.salt) >= 2
        and n & (n - 1) == 0
        and 128 * n * r <= MAX_MEMORY
        and p <= 16
        and math.isfinite(record.locked_until)
    )


class PinGuard:
    """Checks PINs against the record in `path`; `now` is the wall clock (a lockout outlives restarts)."""

    def __init__(self, path: Path, now: Callable[[], float] = time.time) -> None:
        self.path = path
        self.now = now
        self.problem: OSError | None = None
        """The last failed save: the kiosk reads it as a sign the data folder cannot be written."""
        self._held_until = 0.0  # a lockout kept in memory when the count could not be saved

    def _load(self) -> PinRecord:
        return load_model(self.path, PinRecord)[0]

    @property
    def is_set(self) -> bool:
        return bool(self._load().digest)

    def set_pin(self, pin: str, cost: tuple[int, int, int] = COST) -> None:
        """Store a new PIN (and clear any lockout); raise ValueError for a PIN the pad cannot type."""
        problem = pin_problem(pin)
        if problem:
            raise ValueError(problem)
        salt = secrets.token_bytes(16)
        n, r, p = cost
        save_model(self.path, PinRecord(salt=salt.hex(), digest=_derive(pin, salt, n, r, p).hex(), n=n, r=r, p=p))

    def locked_for(self) -> float:
        """Seconds until the pad unlocks (0 when it is not locked)."""
        record = self._load()
        now = self.now()
        given = now + lock_seconds(max(record.lockouts, 1))
        if math.isfinite(record.locked_until) and record.locked_until > given:  # the clock was set back
            record.locked_until = given
            self._save(record)
        self._held_until = min(self._held_until, now + LOCK_SECONDS)
        until = max(self._held_until, record.locked_until if math.isfinite(record.locked_until) else 0.0)
        return min(max(0.0, until - now), MAX_LOCK_SECONDS)

    def check(self, pin: str) -> Verdict:
        record = self._load()
        if not record.digest:
            return Verdict(False, unset=True)
        if not _sound(record):
            return Verdict(False, damaged=True)
        now = self.now()
        if (locked := self.locked_for()) > 0:
            return Verdict(False, locked_for=locked)
        derived = _derive(pin, bytes.fromhex(record.salt), record.n, record.r, record.p)
        if hmac.compare_digest(derived, bytes.fromhex(record.digest)):
            if record.failures or record.lockouts:
                self._save(msgspec.structs.replace(record, failures=0, lockouts=0, locked_until=0.0))
            return Verdict(True)
        record.failures += 1
        if record.failures >= MAX_TRIES:
            record.failures = 0
            record.lockouts += 1
            record.locked_until = now + lock_seconds(record.lockouts)
        if not self._save(record):  # the count would be lost: lock now rather than allow endless tries
            self._held_until = now + LOCK_SECONDS
            return Verdict(False, locked_for=LOCK_SECONDS, unsaved=True)
        return Verdict(False, tries_left=MAX_TRIES - record.failures, locked_for=self.locked_for())

    def _save(self, record: PinRecord) -> bool:
        try:
            save_model(self.path, record)
        except OSError as exc:
            self.problem = exc
            return False
        return True


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii", "replace"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32)
