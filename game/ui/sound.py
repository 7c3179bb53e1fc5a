"""Short right/wrong cues, synthesised when first played: no sound files to ship or license.

Without an audio device the mixer fails to start and every cue is silently skipped.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from contextlib import contextmanager
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from array import array

# (frequency in Hz, seconds) per note: a rising third for right, a falling low pair for wrong.
CUES = {
    "right": ((659.25, 0.09), (987.77, 0.16)),
    "wrong": ((220.0, 0.12), (174.61, 0.22)),
}
VOLUME = 0.35


class Cues:
    """`Cues()` is silent; `Cues.start()` opens the audio device when a cue is first wanted.

    Not at start-up: the first screen needs no sound, a real device can take tens of
    milliseconds to open, and an open one runs SDL's audio thread, which quitting waits for
    (about 30 ms at the default buffer, even with the dummy driver)."""

    def __init__(self, open_device: Callable[[], dict[str, _Lazy]] | None = None):
        self._open = open_device
        self._sounds: dict[str, _Lazy] = {}

    @classmethod
    def start(cls) -> Cues:
        return cls(_open_mixer)

    @property
    def audible(self) -> bool:
        return bool(self._ready())

    def play(self, name: str) -> None:
        sound = self._ready().get(name)
        if sound is not None:
            sound.play()

    def _ready(self) -> dict[str, _Lazy]:
        if self._open is not None:
            self._sounds, self._open = self._open(), None
        return self._sounds


def _open_mixer() -> dict[str, _Lazy]:
    """A cue per name, or none when there is no usable audio device."""
    try:
        with _quiet_stderr():
            pygame.mixer.init()
        rate, bits, channels = pygame.mixer.get_init()
    except (pygame.error, TypeError):  # TypeError: get_init() gave None, no mixer
        return {}
    if bits != -16:
        return {}  # SDL converts for us in practice; an odd format just means silence
    return {name: _Lazy(notes, rate, channels) for name, notes in CUES.items()}


class _Lazy:
    """A cue synthesised the first time it plays: building every sample at start-up would
    cost more than opening the window."""

    def __init__(self, notes, rate: int, channels: int):
        self.notes, self.rate, self.channels = notes, rate, channels
        self.sound: pygame.mixer.Sound | None = None

    def play(self) -> None:
        if self.sound is None:
            self.sound = pygame.mixer.Sound(buffer=tone(self.notes, self.rate, self.channels).tobytes())
        self.sound.play()


def tone(notes, rate: int, channels: int) -> array:
    """Signed 16-bit samples of `notes`, each with a quick attack and decay (no clicks)."""
    from array import array  # here: only a cue played needs it, never the first frame

    samples = array("h")
    for frequency, seconds in notes:
        count = int(rate * seconds)
        attack = max(1, int(rate * 0.005))
        for i in range(count):
            envelope = min(1.0, i / attack) * (1 - i / count) ** 2
            # A little third harmonic makes the cue audible on small laptop speakers.
            wave = math.sin(2 * math.pi * frequency * i / rate) + 0.25 * math.sin(6 * math.pi * frequency * i / rate)
            value = int(32767 * VOLUME * envelope * wave / 1.25)
            samples.extend([value] * channels)
    return samples


@contextmanager
def _quiet_stderr():
    """ALSA prints several lines to the C-level stderr when there is no sound card; they
    tell a player nothing, so hide them while the mixer starts."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
