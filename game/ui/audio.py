"""The newsroom's sound set, synthesised at first use so no sound file needs a licence.

Six cues, each with one job: `right` (a rising ding), `wrong` (a soft falling
pair: the two differ in direction, not only pitch), `stamp` (a rubber stamp's
thump), `streak` (a quick run up), `level_done` (an arpeggio) and `tick` (the
interface's click). Each is scaled to the same loudness (RMS, with a peak
ceiling), so no cue startles; the player's volume setting scales them all.

A machine without an audio device still plays: `Audio` records why it is
silent (shown on the settings screen) and every `play` becomes a no-op.
"""

from __future__ import annotations

import math
import random
from array import array
from collections.abc import Callable

import pygame

RATE = 22050
"""The rate asked of the mixer; cues are made at the rate it actually runs at (it may already be open)."""
LOUDNESS = 0.16
"""The RMS every cue is scaled to (full scale 1.0)."""
PEAK = 0.9
"""No sample goes past this, whatever the scaling asks."""

Wave = Callable[[float], float]


def sine(phase: float) -> float:
    return math.sin(2 * math.pi * phase)


def bell(phase: float) -> float:
    """A sine with a soft octave: brighter than a pure tone, still gentle."""
    return 0.8 * math.sin(2 * math.pi * phase) + 0.2 * math.sin(4 * math.pi * phase)


def triangle(phase: float) -> float:
    """Hollow and soft: the wrong-answer pair is not a harsh buzzer."""
    return 4 * abs(phase - math.floor(phase + 0.5)) - 1


def notes(sequence: list[tuple[float, float]], wave: Wave = bell, rate: int = RATE) -> list[float]:
    """Samples at `rate` for notes (Hz, seconds) one after another, each with a 5 ms attack and a smooth decay."""
    out: list[float] = []
    for frequency, seconds in sequence:
        count = int(rate * seconds)
        attack = rate * 0.005
        out.extend(min(1.0, i / attack) * (1.0 - i / count) ** 2 * wave(frequency * i / rate) for i in range(count))
    return out


def thump(rate: int = RATE, seconds: float = 0.14) -> list[float]:
    """A stamp hitting paper: a low tone dropping in pitch under a short burst of noise."""
    noise = random.Random(7)  # the same sound every run
    count = int(rate * seconds)
    out, phase = [], 0.0
    for i in range(count):
        t = i / count
        phase += (180 - 120 * t) / rate
        body = math.sin(2 * math.pi * phase) * (1 - t) ** 3
        grit = (noise.random() * 2 - 1) * max(0.0, 1 - t * 6) * 0.6
        out.append(min(1.0, i / (rate * 0.002)) * (body + grit))
    return out


CUES: dict[str, Callable[[int], list[float]]] = {
    "right": lambda rate: notes([(660.0, 0.09), (880.0, 0.16)], rate=rate),
    "almost": lambda rate: notes([(523.0, 0.09), (587.0, 0.14)], rate=rate),
    "wrong": lambda rate: notes([(330.0, 0.12), (247.0, 0.2)], triangle, rate),
    "stamp": thump,
    "streak": lambda rate: notes([(784.0, 0.06), (988.0, 0.06), (1175.0, 0.12)], rate=rate),
    "level_done": lambda rate: notes([(523.0, 0.1), (659.0, 0.1), (784.0, 0.1), (1047.0, 0.26)], rate=rate),
    "tick": lambda rate: notes([(1200.0, 0.03)], sine, rate),
}
"""Each cue's samples at a given rate (Hz)."""


def rms(samples: list[float]) -> float:
    return math.sqrt(sum(s * s for s in samples) / len(samples)) if samples else 0.0


def levelled(samples: list[float]) -> list[float]:
    """`samples` scaled to the common loudness, never clipping past `PEAK`."""
    loud = rms(samples)
    if not loud:
        return samples
    gain = min(LOUDNESS / loud, PEAK / max(abs(s) for s in samples))
    return [s * gain for s in samples]


def pcm16(samples: list[float], channels: int) -> bytes:
    """Signed 16-bit samples, each repeated for every channel of the mixer."""
    return array("h", (round(32767 * s) for s in samples for _ in range(channels))).tobytes()


class Audio:
    """Plays the cues; each is synthesised the first time it is played (a few ms, not all at once)."""

    def __init__(self, enabled: bool = True, volume: float = 0.75) -> None:
        self.enabled = enabled
        self.problem: str | None = None
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        self._channels = 0
        self._rate = RATE
        try:
            pygame.mixer.init(frequency=RATE, size=-16, channels=1)
            self._rate, _, self._channels = pygame.mixer.get_init()
        except (pygame.error, TypeError) as exc:
            self.problem = f"No sound: {exc}"
        self.volume = volume

    @property
    def volume(self) -> float:
        """0.0 to 1.0, applied to every cue."""
        return self._volume

    @volume.setter
    def volume(self, value: float) -> None:
        self._volume = min(1.0, max(0.0, value))
        for sound in self._sounds.values():
            sound.set_volume(self._volume)

    def sound(self, cue: str) -> pygame.mixer.Sound | None:
        """The cue as the mixer plays it, made on first use; None without an audio device."""
        if cue not in self._sounds and self._channels:
            sound = pygame.mixer.Sound(buffer=pcm16(levelled(CUES[cue](self._rate)), self._channels))
            sound.set_volume(self._volume)
            self._sounds[cue] = sound
        return self._sounds.get(cue)

    def play(self, cue: str) -> None:
        """Play a cue of `CUES`; another name plays nothing (a test checks every name the game uses)."""
        sound = self.sound(cue) if self.enabled and cue in CUES else None
        if sound is not None:
            sound.play()
