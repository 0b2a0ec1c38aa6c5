"""The sound set: the six cues the game needs, of even loudness, scaled by the volume setting."""

from __future__ import annotations

import re
from pathlib import Path

import pygame
import pytest

from game.ui.audio import CUES, LOUDNESS, PEAK, RATE, Audio, levelled, rms

GAME = Path(__file__).resolve().parents[2] / "game"


def test_the_designed_set_is_there() -> None:
    assert set(CUES) == {"right", "almost", "wrong", "stamp", "streak", "level_done", "tick"}


@pytest.mark.parametrize("cue", sorted(CUES))
def test_every_cue_is_as_loud_as_the_others_and_never_clips(cue: str) -> None:
    samples = levelled(CUES[cue](RATE))
    assert rms(samples) == pytest.approx(LOUDNESS, rel=0.02)
    assert max(abs(s) for s in samples) <= PEAK + 1e-9
    assert 0.02 <= len(samples) / RATE <= 0.6  # short: feedback, not music


@pytest.mark.parametrize("rate", [22050, 44100, 48000])
def test_a_cue_lasts_as_designed_whatever_rate_the_mixer_was_already_open_at(pygame_session: None, rate: int) -> None:
    """pygame.init() may open the mixer first at its own rate: cues made for another would play at a wrong pitch."""
    pygame.mixer.quit()
    try:
        pygame.mixer.init(frequency=rate)
    except pygame.error as exc:
        pytest.skip(str(exc))
    try:
        sound = Audio(enabled=True).sound("right")
        assert sound is not None
        assert sound.get_length() == pytest.approx(0.25, abs=0.005)  # 90 ms and 160 ms notes
    finally:
        pygame.mixer.quit()


def test_volume_scales_every_cue_and_an_unknown_cue_is_a_bug(pygame_session: None) -> None:
    audio = Audio(enabled=True, volume=0.5)
    if audio.problem:
        pytest.skip(audio.problem)
    sound = audio.sound("stamp")
    assert sound is not None and sound.get_volume() == pytest.approx(0.5, abs=0.01)
    audio.volume = 0.25
    assert audio.sound("stamp").get_volume() == pytest.approx(0.25, abs=0.01)  # type: ignore[union-attr]
    audio.play("ding")  # not a cue: silence, never a crash in front of a student


def test_every_cue_the_game_plays_is_in_the_set() -> None:
    """A renamed cue would otherwise fall silent without anyone noticing."""
    played = set()
    for path in GAME.rglob("*.py"):
        played |= set(re.findall(r"""sound\.play\(\s*["']([a-z_]+)["']""", path.read_text(encoding="utf-8")))
    assert {"stamp", "level_done", "tick"} <= played  # right, wrong and streak come from answer_cue
    assert played <= set(CUES), played - set(CUES)


def test_a_streak_sounds_different_from_a_single_right_answer() -> None:
    from game.ui.scenes.question import answer_cue

    assert [answer_cue(True, n) for n in (1, 2, 3, 4)] == ["right", "right", "streak", "streak"]
    assert answer_cue(False, 0) == "wrong" and {answer_cue(c, n) for c in (True, False) for n in range(5)} <= set(CUES)
