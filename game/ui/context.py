"""What every scene shares: the levels, the player's progress and settings, fonts, sounds, theme.

One `GameContext` is made at start-up and handed to each scene, so scenes stay
small and a test can build a context on a temporary data folder.

Nothing here imports the level engine or pydantic: `byline play` draws the title
screen from this context first and loads the levels on a thread meanwhile
(`load_pack_later`); the title waits for them (`wait_for_pack`) only on "Play".
"""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pygame

from game.content import check
from game.content.pack import Pack
from game.content.paths import FONTS
from game.content.progress import Progress, Settings
from game.storage import load_model, peek_model, save_model
from game.ui.audio import Audio
from game.ui.motion import Motion
from game.ui.text import Fonts, TextCache
from game.ui.theme import HIGH_CONTRAST, NORMAL, TEXT_SIZE_STEPS, Theme, px

if TYPE_CHECKING:
    from game.content.session import Summary
    from game.results_writer import ResultsWriter

CheckMode = Literal["auto", "after", "off"]
"""The news-sense check for this run: `auto` (before the first level, after the last), `after` (the teacher asks
for the after-check now), `off` (no check: tests, previews, a kiosk)."""

Role = Literal["display", "heading", "body", "quote", "small", "button", "masthead", "headline"]

MIN_TEXT_PX = 16
"""No text is drawn smaller, whatever the window, the text-size setting or the font: below it, it is not readable.
Text may shrink to fit its box down to this size, no further; a screen makes room (or scrolls) beyond that."""
LAST_RESORT_PX = 8
"""Text that a screen left too little room for even at MIN_TEXT_PX (content no test has seen) shrinks down to this
rather than spill over other text, and the case is recorded in `widgets.layout_problems`, which the tests read."""

# Design sizes (pixels on the 1280x720 canvas) and weight of each kind of text.
ROLES: dict[Role, tuple[int, bool]] = {
    "display": (76, True),
    "heading": (38, True),
    "body": (26, False),
    "quote": (32, False),
    "small": (21, False),
    "button": (26, True),
    "masthead": (52, True),
    "headline": (34, True),
}

SERIF_ROLES = frozenset({"masthead", "headline"})
"""The newspaper's own type: mastheads and headlines in a serif; whatever a student must read stays in their font."""
SERIF_FILE = "OldStandard-Bold.ttf"

FONT_FILES = {
    ("atkinson", False): "AtkinsonHyperlegible-Regular.ttf",
    ("atkinson", True): "AtkinsonHyperlegible-Bold.ttf",
    ("opendyslexic", False): "OpenDyslexic-Regular.otf",
    ("opendyslexic", True): "OpenDyslexic-Bold.otf",
}


@functools.cache
def _font_file(folder: Path, font: str, bold: bool) -> Path:
    """One Path per font file: making and hashing a new one for every piece of text took a tenth of a frame."""
    return folder / FONT_FILES[(font, bold)]


@functools.cache
def _serif_file(folder: Path) -> Path:
    return folder / SERIF_FILE


@dataclass
class GameContext:
    pack: Pack
    progress: Progress = field(default_factory=Progress)
    settings: Settings = field(default_factory=Settings)
    progress_file: Path | None = None
    settings_file: Path | None = None
    seed: int = 0
    notices: list[str] = field(default_factory=list)
    fonts: Fonts = field(default_factory=Fonts)
    cache: TextCache = field(default_factory=TextCache)
    audio: Audio | None = None
    font_dir: Path = FONTS
    unlock_all: bool = False
    results: ResultsWriter | None = None
    """Where finished levels are recorded for the class report (`byline play` sets it; demo and tests do not)."""
    player: str = "player"
    """The name results are recorded under: the profile, or a kiosk player's initials."""
    check_mode: CheckMode = "off"
    """`byline play` turns the news-sense check on (`--check`); a kiosk visit never takes it."""
    refreshers: bool = False
    """Schedule missed items and offer refreshers (`byline play`); a kiosk visit, anonymous and one-off, does not."""
    wall_clock: Callable[[], float] = time.time
    """Seconds since the epoch, for the refresher schedule (days apart, unlike the frame clock): tests move it."""
    data_dir: Path | None = None
    """Where every profile's progress is kept, to count which check form the others took first."""
    file_notices: bool = True
    """The board says which level files it does not show and the teacher's command for them (`byline play`, a
    teacher in the room); a kiosk visit does not: students never see an error, the teacher screen says it."""
    top_band: Callable[[tuple[int, int]], int] | None = None
    """How far down a window of this size belongs to someone else: the kiosk's "Aa Text" button during a visit."""
    bottom_band: Callable[[tuple[int, int]], int] | None = None
    """How far up from the bottom a window of this size belongs to someone else: the kiosk's "Demo" banner."""
    _loading: threading.Thread | None = field(default=None, init=False, repr=False)
    _load_error: BaseException | None = field(default=None, init=False, repr=False)

    @classmethod
    def load(cls, pack: Pack, data_dir: Path, profile: str, seed: int = 0) -> GameContext:
        """Read progress and settings from `data_dir`; a damaged file becomes a notice, never a crash."""
        progress_file = data_dir / "profiles" / f"{profile}.json"
        settings_file = data_dir / "settings.json"
        progress, progress_notice = load_model(progress_file, Progress)
        settings, settings_notice = load_model(settings_file, Settings)
        notices = [n for n in (progress_notice, settings_notice) if n]
        return cls(
            pack, progress, settings, progress_file, settings_file, seed, notices, player=profile, data_dir=data_dir
        )

    def others_first_forms(self) -> list[str]:
        """The check form each other profile on this computer took first (unreadable files are not counted)."""
        folder = self.data_dir / "profiles" if self.data_dir is not None else None
        if folder is None or not folder.is_dir():
            return []
        others = (peek_model(path, Progress) for path in sorted(folder.glob("*.json")) if path != self.progress_file)
        return [other.first_form for other in others if other is not None and other.first_form]

    @property
    def takes_check(self) -> bool:
        """Both forms of the news-sense check are there and this run takes it (not a kiosk, not turned off)."""
        return self.check_mode != "off" and set(check.FORMS) <= set(self.pack.checks)

    def after_check_offered(self) -> bool:
        """The after-check is offered now: every level finished, or the teacher asked for it (`--check after`)."""
        levels = [loaded.level.id for loaded in self.pack.levels]
        return self.takes_check and check.after_offered(self.progress, levels, asked=self.check_mode == "after")

    @property
    def theme(self) -> Theme:
        return HIGH_CONTRAST if self.settings.high_contrast else NORMAL

    @property
    def silent(self) -> bool:
        """True when the computer gave no sound device: a muted speaker says so, not an error text."""
        return self.audio is not None and self.audio.problem is not None

    @property
    def sound(self) -> Audio:
        if self.audio is None:
            self.audio = Audio(self.settings.sound, self.settings.volume / 100)
            if self.audio.problem:  # a technical message for the log; the screens show a muted speaker
                import logging  # only then: importing it is a cost on the way to the first frame

                logging.getLogger("byline").warning("%s", self.audio.problem)
        return self.audio

    def motion(self, until: float) -> Motion:
        """A scene's animation age, instant under the player's Reduce motion setting."""
        return Motion(self.settings.reduce_motion, until)

    def font(self, role: Role, scale: float) -> pygame.font.Font:
        return self.fonts.get(*self.font_spec(role, scale))

    def font_spec(self, role: Role, scale: float) -> tuple[Path, int]:
        """The file and pixel size of a kind of text at a layout scale, after the text-size setting."""
        size, bold = ROLES[role]
        step = TEXT_SIZE_STEPS[self.settings.text_size] if role not in ("display", "masthead") else 1.0
        if role in SERIF_ROLES and (role == "masthead" or self.settings.font == "atkinson"):
            return _serif_file(self.font_dir), max(MIN_TEXT_PX, px(size * step, scale))  # not for OpenDyslexic readers
        return _font_file(self.font_dir, self.settings.font, bold), max(MIN_TEXT_PX, px(size * step, scale))

    def load_pack_later(self, load: Callable[[], Pack | None]) -> None:
        """Load the levels on a thread, so the title screen shows, and answers keys, meanwhile.

        `load` returns None when no level is playable; the title then says so.
        """

        def run() -> None:
            try:
                pack = load()
            except BaseException as exc:  # raised again by wait_for_pack, on the game's own thread
                self._load_error = exc
                return
            if pack is None:
                self.notices.append("No level could be loaded: a teacher can run `byline validate` to see why.")
            else:
                self.pack = pack

        self._loading = threading.Thread(target=run, name="byline-load-levels", daemon=True)
        self._loading.start()

    def wait_for_pack(self) -> Pack:
        """The levels, once `load_pack_later` has them (at once if it was never called)."""
        if self._loading is not None:
            self._loading.join()
            self._loading = None
        if self._load_error is not None:
            raise self._load_error
        return self.pack

    def record_result(self, summary: Summary, title: str, phase: str | None = None) -> None:
        """Queue a finished level (or check form or refresher: `phase`) for the class results, when kept.

        Written off the frame loop, retried until it is.
        """
        if self.results is None:
            return
        self.results.submit(self.player, summary, title, phase=phase)
        if self.results.problem is not None:  # known from an earlier try: say so, the results still wait
            notice = f"{self.results.problem} ({self.results.pending} result(s) waiting, tried again later)"
            self.notices.append(notice)

    def save_progress(self) -> None:
        self._save(self.progress_file, self.progress)

    def save_settings(self) -> None:
        self.sound.enabled = self.settings.sound
        self.sound.volume = self.settings.volume / 100
        self._save(self.settings_file, self.settings)

    def _save(self, path: Path | None, model: Progress | Settings) -> None:
        if path is None:
            return
        try:
            save_model(path, model)
        except OSError as exc:
            message = f"Could not save {path.name}: {exc.strerror or exc}. Progress is kept until you quit."
            if message not in self.notices:
                self.notices.append(message)
