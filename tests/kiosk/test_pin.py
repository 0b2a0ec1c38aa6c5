"""The teacher PIN: a salted hash only, a constant-time check, and a lockout that survives restarts."""

from __future__ import annotations

import hmac
import os
import subprocess
import sys
from pathlib import Path

import pytest

from game.kiosk import pin as pin_module
from game.kiosk.pin import LOCK_SECONDS, MAX_TRIES, PIN_FILE, PinGuard, lock_seconds

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


def test_the_check_is_constant_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(pin_module.hmac, "compare_digest", spy)
    g = guard(tmp_path)
    g.set_pin(PIN, cost=CHEAP)
    assert g.check(PIN).ok and not g.check("0000").ok
    assert len(calls) == 2


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
