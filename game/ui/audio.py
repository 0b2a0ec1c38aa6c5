"""Short feedback sounds, synthesised at start-up so no sound files need a licence.

A machine without an audio device still plays: `Audio` records why it is
silent (shown on the settings screen) and every `play` becomes a no-op.
"""

from __future__ import annotations

import math
from array import array

import pygame

RATE = 22050

# (frequency Hz, seconds) notes for each cue: a rising pair for right, a small step up for almost, a low
# falling pair for wrong (they differ in direction, not only in pitch), a short arpeggio for a finished level.
CUES: dict[str, list[tuple[float, float]]] = {
    "right": [(660.0, 0.09), (880.0, 0.14)],
    "almost": [(523.0, 0.09), (587.0, 0.14)],
    "wrong": [(330.0, 0.12), (247.0, 0.18)],
    "complete": [(523.0, 0.1), (659.0, 0.1), (784.0, 0.1), (1047.0, 0.22)],
    "click": [(1200.0, 0.02)],
}


def tone_samples(notes: list[tuple[float, float]], volume: float = 0.35) -> array:
    """16-bit mono samples for a sequence of notes, each with a soft attack and decay (no clicks)."""
    samples = array("h")
    for frequency, seconds in notes:
        count = int(RATE * seconds)
        for i in range(count):
            envelope = min(1.0, i / (RATE * 0.005)) * (1.0 - i / count) ** 2
            samples.append(int(32767 * volume * envelope * math.sin(2 * math.pi * frequency * i / RATE)))
    return samples


class Audio:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.problem: str | None = None
        self._sounds: dict[str, pygame.mixer.Sound] = {}
        try:
            pygame.mixer.init(frequency=RATE, size=-16, channels=1)
            channels = pygame.mixer.get_init()[2]
            for name, notes in CUES.items():
                mono = tone_samples(notes)
                data = mono if channels == 1 else array("h", (s for s in mono for _ in range(channels)))
                self._sounds[name] = pygame.mixer.Sound(buffer=data.tobytes())
        except (pygame.error, TypeError) as exc:
            self.problem = f"No sound: {exc}"
            self._sounds.clear()

    def play(self, cue: str) -> None:
        sound = self._sounds.get(cue)
        if self.enabled and sound is not None:
            sound.play()
