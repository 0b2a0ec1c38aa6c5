"""The teacher PIN: a salted hash only, a constant-time check, and a lockout that survives restarts."""

from __future__ import annotations

import hmac
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.kiosk import pin as pin_module
from game.kiosk.pin import LOCK_SECONDS, MAX_LOCK_SECONDS, MAX_TRIES, PIN_FILE, PinGuard, lock_seconds

from .harness import CHEAP

PIN = "80417362"


class Wall:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def guard(tmp_path: Path, wall: Wall | None = None) -> PinGuard:
    return PinGuard(tmp_path / "pin.json", now=wall or Wall())


def test_right_pin_opens_wrong_pin_does_not(tmp_path: Path) -> None:
    g = guard(tmp_path)
    g.set_pin(PIN, cost=CHEAP)
    assert g.is_set and g.check(PIN).ok
    verdict = g.check("80417363")
    assert not verdict.ok and verdict.tries_left == MAX_TRIES - 1 and verdict.locked_for == 0


def test_only_a_salted_hash_is_stored(tmp_path: Path) -> None:
    first, second = guard(tmp_path / "a"), guard(tmp_path / "b")
    first.set_pin(PIN, cost=CHEAP)
    second.set_pin(PIN, cost=CHEAP)
    a, b = (g.path.read_text(encoding="utf-8") for g in (first, second))
    assert PIN not in a and PIN not in b
    assert a != b  # a fresh salt each time: equal PINs do not give equal records
    assert oct(first.path.stat().st_mode & 0o777) == "0o600"  # readable by the kiosk's user only


LOOKS = ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__getitem__", "__iter__", "__contains__")
LOOKS += ("__len__", "__hash__", "startswith", "endswith", "find", "hex", "count", "decode")


def _noted(name: str) -> object:
    def look(self: Tripwire, *args: object) -> object:
        self.trips.append(name)
        return getattr(bytes, name)(self, *args)

    return look


class Tripwire(bytes):
    """A derived key that notes every way of looking at it; compare_digest reads its buffer, which is not noted."""

    trips: list[str]

    locals().update({name: _noted(name) for name in LOOKS})


def test_nothing_compares_the_derived_key_before_compare_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[bytes, bytes]] = []
    derived: list[Tripwire] = []
    real_derive, real_compare = pin_module._derive, hmac.compare_digest

    def derive(*args: object) -> Tripwire:
        key = Tripwire(real_derive(*args))  # type: ignore[arg-type]
        key.trips = []
        derived.append(key)
        return key

    def compare(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real_compare(a, b)

    monkeypatch.setattr(pin_module, "_derive", derive)
    monkeypatch.setattr(pin_module.hmac, "compare_digest", compare)
    g = guard(tmp_path)
    g.set_pin(PIN, cost=CHEAP)
    derived.clear()
    assert g.check(PIN).ok and not g.check("80417363").ok and not g.check("1").ok
    assert len(derived) == len(seen) == 3
    assert all(a is key for (a, _), key in zip(seen, derived, strict=True))  # the key itself, whole
    assert [key.trips for key in derived] == [[], [], []]  # and nothing looked at it first


def test_five_wrong_pins_lock_out_even_the_right_one_across_restarts(tmp_path: Path) -> None:
    wall = Wall()
    g = guard(tmp_path, wall)
    g.set_pin(PIN, cost=CHEAP)
    for left in range(MAX_TRIES - 1, 0, -1):
        assert g.check("1111").tries_left == left
    locked = g.check("1111")
    assert not locked.ok and locked.locked_for == LOCK_SECONDS
    restarted = guard(tmp_path, wall)
    assert not restarted.check(PIN).ok and restarted.locked_for() == LOCK_SECONDS
    wall.now += LOCK_SECONDS - 1
    assert restarted.check(PIN).locked_for == 1
    wall.now += 1
    assert restarted.check(PIN).ok
    assert restarted.check("1111").tries_left == MAX_TRIES - 1  # the right PIN reset the count


def test_each_further_lockout_lasts_longer_up_to_an_hour(tmp_path: Path) -> None:
    wall = Wall()
    g = guard(tmp_path, wall)
    g.set_pin(PIN, cost=CHEAP)
    for expected in (LOCK_SECONDS, 2 * LOCK_SECONDS, 4 * LOCK_SECONDS):
        for _ in range(MAX_TRIES):
            verdict = g.check("1111")
        assert verdict.locked_for == expected
        wall.now += expected
    assert lock_seconds(100) == 3600


def test_setting_the_pin_again_clears_a_lockout(tmp_path: Path) -> None:
    g = guard(tmp_path)
    g.set_pin(PIN, cost=CHEAP)
    for _ in range(MAX_TRIES):
        g.check("1111")
    assert g.locked_for() > 0
    g.set_pin("2486", cost=CHEAP)
    assert g.locked_for() == 0 and g.check("2486").ok


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "", "١٢٣٤"])
def test_pins_the_pad_cannot_type_are_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(ValueError, match="4 to 8 digits"):
        guard(tmp_path).set_pin(bad)


def test_no_pin_set_means_no_way_in(tmp_path: Path) -> None:
    g = guard(tmp_path)
    assert not g.is_set and g.check("0000").unset


def test_a_damaged_record_is_kept_aside_and_counts_as_no_pin(tmp_path: Path) -> None:
    g = guard(tmp_path)
    g.path.write_text('{"salt": "zz", "digest": "not hex"}', encoding="utf-8")
    assert g.check("1234").unset
    assert list(tmp_path.glob("pin.corrupt-*.json"))


def test_set_pin_command_stores_the_hash_in_the_data_folder(tmp_path: Path) -> None:
    env = {**os.environ, "BYLINE_DATA_DIR": str(tmp_path)}
    run = [sys.executable, "-m", "game.cli", "kiosk", "set-pin"]
    done = subprocess.run(run, input=f"{PIN}\n", capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert PinGuard(tmp_path / PIN_FILE).check(PIN).ok
    assert PIN not in (tmp_path / PIN_FILE).read_text(encoding="utf-8")
    refused = subprocess.run(run, input="12\n", capture_output=True, text=True, env=env, timeout=60)
    assert refused.returncode == 2 and "4 to 8 digits" in refused.stderr
    assert PinGuard(tmp_path / PIN_FILE).check(PIN).ok  # nothing was changed


@pytest.mark.parametrize(
    "weak", ["1234", "0000", "4321", "2468", "13579", "987654", "1212", "123123", "77777777", "2580"]
)
def test_easily_guessed_pins_are_refused(tmp_path: Path, weak: str) -> None:
    with pytest.raises(ValueError, match=r"guessed first|most common"):
        guard(tmp_path).set_pin(weak)
    assert not guard(tmp_path).is_set


TAMPERED = [
    {"locked_until": 1e999},  # infinity: its countdown overflowed
    {"lockouts": 10**12},  # 2 ** lockouts overflowed
    {"failures": 10**12},
    {"n": 3},  # scrypt refuses a cost that is not a power of two
    {"n": 2**40},  # or one that needs terabytes
    {"r": 10**6},
    {"p": 10**9},
    {"digest": "ab"},
    {"salt": ""},
]


@pytest.mark.parametrize("change", TAMPERED, ids=[next(iter(c)) + str(i) for i, c in enumerate(TAMPERED)])
def test_a_tampered_record_never_crashes_a_check_and_never_opens_the_pad(tmp_path: Path, change: dict) -> None:
    wall = Wall()
    g = guard(tmp_path, wall)
    g.set_pin(PIN, cost=CHEAP)
    record = json.loads(g.path.read_text(encoding="utf-8"))
    text = json.dumps({**record, **change}).replace("Infinity", "1e999")
    g.path.write_text(text, encoding="utf-8")
    for attempt in ("13572468", PIN, "13572468"):
        verdict = g.check(attempt)
        assert 0 <= g.locked_for() <= MAX_LOCK_SECONDS and (verdict.locked_for or 0) <= MAX_LOCK_SECONDS
        if verdict.ok:  # only a change that leaves a sound, unlocked record may let the right PIN in
            assert attempt == PIN and next(iter(change)) in ("failures", "lockouts")  # counters, no lock


def test_the_set_pin_command_refuses_a_weak_pin(tmp_path: Path) -> None:
    env = {**os.environ, "BYLINE_DATA_DIR": str(tmp_path)}
    run = [sys.executable, "-m", "game.cli", "kiosk", "set-pin"]
    refused = subprocess.run(run, input="1234\n", capture_output=True, text=True, env=env, timeout=60)
    assert refused.returncode == 2 and "guessed first" in refused.stderr
    assert not (tmp_path / PIN_FILE).exists()


def test_a_clock_set_back_never_stretches_a_lockout(tmp_path: Path) -> None:
    """A kiosk that booted a year ahead and was then corrected (NTP, a flat clock battery) must not keep the
    teacher out for that year: a lockout never lasts longer than it was given, whatever the clock did."""
    wall = Wall()
    g = guard(tmp_path, wall)
    g.set_pin(PIN, cost=CHEAP)
    for _ in range(MAX_TRIES):
        verdict = g.check("1111")
    assert verdict.locked_for == LOCK_SECONDS
    wall.now -= 365 * 24 * 3600
    assert 0 < g.locked_for() <= LOCK_SECONDS
    wall.now += LOCK_SECONDS
    assert guard(tmp_path, wall).locked_for() == 0  # also after a restart: the shortened lockout was saved
    assert g.check(PIN).ok
