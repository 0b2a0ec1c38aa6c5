"""The game as an unattended classroom kiosk: one student after another, all day.

`Kiosk` wraps the ordinary `App` and its scenes and adds the kiosk's rules
between the player's input and the scenes:

- window close, Alt+F4 (both QUIT) and F11 never reach a scene; Esc never
  leaves the attract screen, the bottom of the stack;
- a visit starts with a tap or a key on the attract screen and gets a fresh,
  in-memory `GameContext` (nothing is read from or saved to a profile); after
  `idle_seconds` without input "Are you still there?" counts down, then the
  visit ends: the stack is cleared back to the attract screen and the
  context, with every answer in it, is dropped;
- a top score offers initials for today's board;
- after `demo_after_seconds` of attract screen the `Autoplayer` plays a level
  on the real stack under a "demo" banner; any input stops it;
- Ctrl+Shift+T held for `CHORD_HOLD_SECONDS` with no other key, or five taps
  in the top-left corner, open the teacher PIN pad (taps there never reach a
  scene; random key mashing never holds the chord); the teacher screens lock themselves after
  `TEACHER_LOCK_SECONDS` without input, never asking "Are you still there?";
- while the data folder cannot be written (the heartbeat, a board, PIN or
  results write fails for want of space or permission) the kiosk is out of
  order: one screen says so, answers only the teacher, and the reason is
  printed once for the supervisor's log; it comes back once a write works.

Like `App`, it is driven frame by frame (`step`), so tests script it with a
fake clock; `run` is the real loop, which also writes the supervisor's heartbeat.
"""

from __future__ import annotations

import contextlib
import os
import random
import secrets
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pygame

from game.content.pack import Pack, load_pack
from game.content.progress import Settings
from game.content.session import Summary
from game.kiosk.config import KioskConfig
from game.kiosk.idle import IdleTimer, Phase
from game.kiosk.pin import PIN_FILE, PinGuard
from game.kiosk.scoreboard import SCOREBOARD_FILE, Scoreboard
from game.kiosk.supervisor import HEARTBEAT_FILE, TEACHER_EXIT, Heartbeat
from game.lrs.online import keep_sending, results_store
from game.results import RESULTS_FILE, set_aside_notice
from game.results_writer import ResultsWriter
from game.storage import unusable_folder
from game.ui.actions import Act, Action, InputMapper
from game.ui.app import App, display_window, open_window
from game.ui.autoplay import Autoplayer
from game.ui.clock import Clock, RealClock
from game.ui.context import GameContext
from game.ui.display import require_display, require_visible_driver
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.kiosk_attract import AttractScene
from game.ui.scenes.kiosk_out_of_order import OutOfOrderScene
from game.ui.scenes.kiosk_prompts import InitialsScene, StillThereScene
from game.ui.scenes.kiosk_teacher import PinPadScene, ProblemsScene, TeacherScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.settings import VisitSettingsScene
from game.ui.scenes.summary import SummaryScene
from game.ui.theme import px, ui_scale
from game.ui.widgets import Button, text_box
from game.ui.window_guard import WindowGuard

REFUSED = frozenset({Act.QUIT, Act.FULLSCREEN})
"""Window close, Alt+F4 and F11: a kiosk stays as it is."""
WINDOW = frozenset({Act.RESIZE, Act.FOCUS_LOST, Act.EXPOSED})
"""What the window says, not the player: passed on, and not a sign anyone is there."""

CORNER_DESIGN_PX = 72
CORNER_TAPS = 5
CORNER_SECONDS = 4.0
DEMO_PRESS_SECONDS = 1.6
DEMO_SUMMARY_SECONDS = 6.0
DEMO_LONGEST_SECONDS = 240.0
"""A demo that has not finished by then (a screen the scripted player does not know) gives up."""

CHORD_HOLD_SECONDS = 1.0
"""How long the teacher chord must be held, alone, before the PIN pad opens."""
TEACHER_LOCK_SECONDS = 30.0
"""The teacher screens (PIN pad included) close by themselves after this long without input."""
RECHECK_SECONDS = 30.0
"""Once out of order, stay so at least this long: a folder that takes one write may still be nearly full."""

TEACHER_SCENES = (PinPadScene, TeacherScene, ProblemsScene)
NO_READING_BUTTON = (
    *TEACHER_SCENES,
    StillThereScene,
    InitialsScene,
    VisitSettingsScene,
    OutOfOrderScene,
    AttractScene,
)
"""Screens the "Aa Text" button stays off: teachers', the kiosk's own questions, the settings themselves, and the
attract screen (a student's Back to it ends the visit one frame later: painted in that frame, the button stayed)."""


@dataclass
class Visit:
    """One student's time at the kiosk; dropping it forgets everything they did."""

    ctx: GameContext
    initials: str = ""
    offered: Summary | None = None
    """The last level summary the board was offered for (each is offered once)."""


@dataclass
class Demo:
    """The level playing itself on the attract screen, one scripted press at a time."""

    bot: Autoplayer
    started: float
    last_press: float
    summary_at: float | None = None


class Kiosk:
    """The kiosk's rules around an `App` (see the module docstring); also the teacher screens' `TeacherDesk`."""

    def __init__(
        self,
        screen: pygame.Surface,
        config: KioskConfig,
        pack: Pack,
        clock: Clock,
        guard: PinGuard,
        board: Scoreboard,
        *,
        today: Callable[[], date] = date.today,
        seed: int = 0,
        results: ResultsWriter | None = None,
        heartbeat: Heartbeat | None = None,
    ) -> None:
        self.config = config
        self.heartbeat = heartbeat
        """Beats on the app clock's frames; its file write is also the probe of the data folder."""
        self.out_of_order: str | None = None
        """Why the data folder cannot be written, while the out-of-order screen is up."""
        self._out_since = 0.0
        self.results = results
        """The class results every finished level of a visit goes to (anonymous: a visit number or initials)."""
        self.visits = 0
        self.run_tag = secrets.token_hex(2)
        """Tells this run's visits from those of an earlier run (a restart counts from 1 again) or another kiosk."""
        self.pack = pack
        self.report = pack
        """The last load of the level files: its problems are listed on the teacher screen."""
        self.guard = guard
        self.board = board
        self.today = today
        self.rng = random.Random(seed)
        self.look = GameContext(pack, settings=Settings(sound=config.sound))
        """Fonts, text cache and sounds for every screen; its own progress is never used."""
        self.idle = IdleTimer(config.idle_seconds, config.still_there_seconds, clock.now())
        self.taps: list[float] = []
        self.chord_since: float | None = None
        self.window: WindowGuard | None = None
        """When the teacher chord went down and has been held since, alone."""
        self.visit: Visit | None = None
        self.demo: Demo | None = None
        self.demos = 0
        self.exit_code: int | None = None
        self.mapper = InputMapper()
        self.app = App(screen, self._attract(), clock)
        self.reading = Button("Aa Text")
        """The visit's way to text size, font, contrast and Reduce motion (top right, during a visit)."""
        self.app.overlay = self._overlay

    # --- one frame ---------------------------------------------------------------------------------------

    def step(self, actions: Sequence[Action]) -> bool:
        """Run one frame with the player's actions; False once a teacher chose Exit (or the stack emptied)."""
        now = self.app.clock.now()
        self._watch_storage(now)
        passed = self._filter(actions, now)
        if self.chord_since is not None and now - self.chord_since >= CHORD_HOLD_SECONDS:
            self.chord_since = None
            self._open_pad()
        running = self.app.step([*passed, *self._tick(now)])
        return running and self.exit_code is None

    def _filter(self, actions: Sequence[Action], now: float) -> list[Action]:
        """The actions the scenes may see; the rest are the kiosk's own business."""
        passed: list[Action] = []
        interrupted = False
        for action in actions:
            if action.kind in REFUSED:
                continue
            if action.kind in WINDOW:
                passed.append(action)
                continue
            if action.kind is Act.TEACHER_RELEASED:
                self.chord_since = None
                continue
            if action.kind is Act.TEACHER:
                self.chord_since = now if self.chord_since is None else self.chord_since
                self.idle.touch(now)
                continue
            if action.kind is not Act.POINT:
                self.chord_since = None  # any other key or a tap: not a deliberate hold
            if interrupted:
                continue  # the rest of a gesture that stopped a demo or answered "still there?"
            self.idle.touch(now)
            if self._corner_tap(action, now):
                self._open_pad()
                interrupted = True
            elif isinstance(self.app.stack.top, OutOfOrderScene):
                continue  # nothing but the teacher reaches an out-of-order kiosk
            elif self.demo is not None:
                self._to_attract()
                interrupted = True
            elif isinstance(self.app.stack.top, StillThereScene):
                self.app.stack.pop()
                interrupted = True
            elif action.kind is Act.CLICK and self._reading_offered() and self._on_reading(action.pos):
                assert self.visit is not None
                self.app.stack.push(VisitSettingsScene(self.visit.ctx))
                interrupted = True
            elif not (action.kind is Act.CLICK and self._in_corner(action.pos)):
                passed.append(action)
        return passed

    def _in_corner(self, pos: tuple[int, int] | None) -> bool:
        size = max(1, px(CORNER_DESIGN_PX, ui_scale(self.app.stack.size)))
        return pos is not None and pos[0] < size and pos[1] < size

    def _on_reading(self, pos: tuple[int, int] | None) -> bool:
        return pos is not None and self._reading_rect().collidepoint(pos)

    def _corner_tap(self, action: Action, now: float) -> bool:
        """True on the fifth tap in the top-left corner within a few seconds."""
        if action.kind is not Act.CLICK or not self._in_corner(action.pos):
            return False
        self.taps = [t for t in self.taps if now - t < CORNER_SECONDS] + [now]
        if len(self.taps) < CORNER_TAPS:
            return False
        self.taps = []
        return True

    def _tick(self, now: float) -> list[Action]:
        """Time-driven rules: start or drive the demo, ask "still there?", end a forgotten visit."""
        stack = self.app.stack
        if stack.pending:
            return []
        top = stack.top
        if isinstance(top, OutOfOrderScene):
            return []
        if self.demo is not None:
            return self._drive_demo(now)
        if isinstance(top, AttractScene):
            self.visit = None  # a student who pressed Back to the start is gone too
            if self.config.demo and self.pack.levels and now - self.idle.last >= self.config.demo_after_seconds:
                self._start_demo(now)
            return []
        if any(isinstance(scene, TEACHER_SCENES) for scene in stack.scenes):
            if now - self.idle.last >= TEACHER_LOCK_SECONDS:  # a teacher walked away: lock, never ask
                self._to_attract()
            return []
        phase = self.idle.phase(now)
        if phase is Phase.EXPIRED:
            self._to_attract()
        elif phase is Phase.ASKING and not isinstance(top, StillThereScene):
            stack.push(StillThereScene(self.look, lambda: self.idle.left(self.app.clock.now())))
        elif phase is Phase.ACTIVE and isinstance(top, StillThereScene):
            stack.pop()  # left behind a teacher pad that was opened over it and closed
        elif isinstance(top, SummaryScene) and self.visit is not None and top.summary is not self.visit.offered:
            self._offer_board(top.summary)
        return []

    # --- visits ------------------------------------------------------------------------------------------

    def _context(self, sound: bool, *, player: bool = True) -> GameContext:
        """A fresh player context: empty progress, default settings, shared fonts; never saved. Only a player's
        (`player`) finished levels go to the class results: the demo, the game playing by itself, is nobody."""
        return GameContext(
            self.pack,
            settings=Settings(sound=sound),
            seed=self.rng.randrange(1 << 30),
            fonts=self.look.fonts,
            cache=self.look.cache,
            audio=self.look.sound if sound else None,
            unlock_all=self.config.all_levels_open,
            results=self.results if player else None,
            top_band=self._reading_band,
            bottom_band=None if player else self._banner_band,  # the demo's screens end above its banner
            file_notices=False,  # a skipped file is for the teacher screen, never a student's board
            check_mode="off",  # a visit is anonymous and one-off: no before and after to compare, no refresher
            refreshers=False,
        )

    def _start_visit(self) -> None:
        self.visits += 1
        self.visit = Visit(self._context(self.config.sound))
        self.visit.ctx.player = f"kiosk {self.today().isoformat()} #{self.visits}-{self.run_tag}"
        self.app.stack.push(LevelSelectScene(self.visit.ctx))

    def _offer_board(self, summary: Summary) -> None:
        visit = self.visit
        assert visit is not None
        visit.offered = summary
        if not self.config.initials or not self.board.qualifies(summary.score, self.today()):
            return
        title = next(loaded.level.title for loaded in visit.ctx.pack.levels if loaded.level.id == summary.level_id)

        def save(initials: str) -> None:
            self.board.add(initials, summary.score, title, self.today())
            visit.initials = initials
            visit.ctx.player = initials  # the visit's next levels are recorded under the initials

        self.app.stack.push(InitialsScene(visit.ctx, summary.score, save, visit.initials))

    def _attract(self) -> AttractScene:
        return AttractScene(self.look, lambda: self.board.today(self.today()), self.board.size, self._start_visit)

    def _to_attract(self) -> None:
        """End whatever happens (visit, demo, teacher screens): back to a clean attract screen."""
        self.visit = None
        self.demo = None
        self.idle.touch(self.app.clock.now())
        home = self._attract() if self.out_of_order is None else OutOfOrderScene(self.look, self.out_of_order)
        self.app.stack.clear_to(home)

    # --- out of order ------------------------------------------------------------------------------------

    def _watch_storage(self, now: float) -> None:
        """Beat; go out of order when the data folder fails a write, back once it takes one again."""
        beat = self.heartbeat is not None and self.heartbeat.beat()
        trouble = self._storage_trouble()
        if trouble is not None and self.out_of_order is None:
            self.out_of_order, self._out_since = trouble, now
            _say(f"out of order: the data folder cannot be written ({trouble}); the out-of-order screen is up")
            self._to_attract()
        elif trouble is None and self.out_of_order is not None and beat and now - self._out_since >= RECHECK_SECONDS:
            self.out_of_order = None
            _say("back in order: the data folder can be written again")
            self._to_attract()

    def _storage_trouble(self) -> str | None:
        """Why the data folder cannot take a write now, or None. A board or PIN save that failed counts once."""
        for owner in (self.board, self.guard):
            failed, owner.problem = owner.problem, None
            if failed is not None and unusable_folder(failed):
                return _why(failed)
        if self.heartbeat is not None and self.heartbeat.problem is not None:
            return _why(self.heartbeat.problem)
        if self.results is not None and self.results.problem is not None and self.results.problem.unwritable:
            return str(self.results.problem)
        return None

    # --- the demo ----------------------------------------------------------------------------------------

    def _start_demo(self, now: float) -> None:
        index = self.demos % len(self.pack.levels)
        self.demos += 1
        bot = Autoplayer("random", seed=self.rng.randrange(1 << 30), level_count=1)
        self.demo = Demo(bot, started=now, last_press=now)
        self.app.stack.push(IntroScene(self._context(sound=False, player=False), index))

    def _drive_demo(self, now: float) -> list[Action]:
        demo = self.demo
        assert demo is not None
        if now - demo.started > DEMO_LONGEST_SECONDS:
            self._to_attract()
            return []
        top = self.app.stack.top
        if isinstance(top, SummaryScene):
            demo.summary_at = demo.summary_at if demo.summary_at is not None else now
            if now - demo.summary_at >= DEMO_SUMMARY_SECONDS:
                self._to_attract()
            return []
        if not self.app.idle or now - demo.last_press < DEMO_PRESS_SECONDS:
            return []
        demo.last_press = now
        return demo.bot.actions(top)

    def _overlay(self, surface: pygame.Surface) -> None:
        """The demo banner, or the visit's reading-settings button."""
        if self.demo is not None:
            self._banner(surface)
        elif self._reading_offered():
            assert self.visit is not None
            scale = ui_scale(surface.get_size())
            self.reading.rect = self._reading_rect()
            self.reading.draw(surface, self.visit.ctx, scale, focused=False, hovered=False)  # in the visit's contrast

    def _reading_offered(self) -> bool:
        return self.visit is not None and not isinstance(self.app.stack.top, NO_READING_BUTTON)

    def _reading_band(self, size: tuple[int, int]) -> int:
        """The top of the window the visit's screens leave to the "Aa Text" button, so it covers none of theirs."""
        return self._reading_rect().bottom + px(8, ui_scale(size))

    def _reading_rect(self) -> pygame.Rect:
        """Top right; big enough for its label in the visit's text size and font."""
        scale = ui_scale(self.app.stack.size)
        font = (self.visit.ctx if self.visit is not None else self.look).font("button", scale)
        width = max(px(150, scale), font.size(self.reading.label)[0] + px(28, scale) + 2)
        rect = pygame.Rect(0, px(10, scale), width, max(px(52, scale), font.get_height() + px(10, scale) + 2))
        rect.right = self.app.stack.size[0] - px(10, scale)
        return rect

    def _banner_band(self, size: tuple[int, int]) -> int:
        """The bottom of the window the demo's screens leave to its banner, so it covers none of their buttons."""
        return self._banner_rect(size).height + px(8, ui_scale(size))

    @staticmethod
    def _banner_rect(size: tuple[int, int]) -> pygame.Rect:
        height = px(64, ui_scale(size))
        return pygame.Rect(0, size[1] - height, size[0], height)

    def _banner(self, surface: pygame.Surface) -> None:
        """Over a demo: say it is one, and how to play."""
        scale = ui_scale(surface.get_size())
        strip = self._banner_rect(surface.get_size())
        surface.fill(self.look.theme.accent, strip)
        text = "Demo: the game is playing by itself. Touch the screen or press a key to stop it, then tap to play!"
        text_box(surface, self.look, text, strip, "button", self.look.theme.panel, scale, align="center", middle=True)

    # --- the teacher desk (see game.ui.scenes.kiosk_teacher.TeacherDesk) ----------------------------------

    def _open_pad(self) -> None:
        if any(isinstance(scene, TEACHER_SCENES) for scene in self.app.stack.scenes):
            return
        if self.demo is not None:
            self._to_attract()
        self.idle.touch(self.app.clock.now())  # the teacher screens' 30 s start when the pad shows
        self.app.stack.push(PinPadScene(self.look, self))

    def status(self) -> str:
        drafts = len(self.report.hidden_drafts)  # a teacher's unfinished level: not broken, not for students
        skipped = self.report.files - len(self.report.everything) - drafts  # the check forms load: not skipped
        folders = ", ".join(str(path) for path in self.config.level_paths)
        scores = len(self.board.today(self.today()))
        forms = len(self.pack.checks)
        lines = [
            f"{len(self.pack.levels)} level(s) playing, from {folders}"
            + (f" ({forms} check form(s) load too; kiosk visits take no check)" if forms else ""),
            f"{skipped} level file(s) skipped: see Level problems." if skipped else "Every level file loads.",
            f"Today's scoreboard: {scores} score(s).",
        ]
        if drafts:
            lines.insert(2, f"{drafts} draft level(s) with TODOs left are hidden from students: see Level problems.")
        if self.board.notice:
            lines.append(self.board.notice)
        if self.results is not None and (aside := self.results.store.set_aside()):
            lines.append(set_aside_notice(aside, "`byline report`"))
        return "\n".join(lines)

    def problems_text(self) -> str:
        problems = "\n".join(str(problem) for problem in [*self.report.problems, *self.report.draft_notes])
        return problems or "No problems: every level file loads."

    def reload(self) -> str:
        self.report = load_pack(self.config.level_paths)
        if not self.report.levels:
            return f"No playable level found: still playing the {len(self.pack.levels)} loaded before."
        self.pack = self.report
        self.look.pack = self.report
        return f"Reloaded: {self.report.summary_line()}."

    def reset_scoreboard(self) -> None:
        self.board.reset()

    def close(self) -> None:
        self._to_attract()

    def exit(self) -> None:
        self.exit_code = TEACHER_EXIT

    # --- the real loop -----------------------------------------------------------------------------------

    def run(self, supervised: bool, idle_wait_ms: int = 250) -> int:
        """Play until a teacher exits (TEACHER_EXIT); 0 when the supervisor has gone."""
        while not (supervised and self.heartbeat is not None and self.heartbeat.orphaned):
            if not self.pump(idle_wait_ms):
                return self.exit_code if self.exit_code is not None else 1
        return 0

    def keep_fullscreen(self) -> None:
        """In the real loop of a fullscreen kiosk: undo what the window manager was asked to do to the window."""
        self.window = WindowGuard(display_window(), self._fullscreen_again)

    def _fullscreen_again(self) -> None:
        """Through a window first: SDL ignores a fullscreen request for a window it believes fullscreen."""
        assert self.window is not None
        self.window.window.set_windowed()
        self.window.window.set_fullscreen(desktop=True)
        self.app.screen = pygame.display.get_surface()
        self.app.stack.resize(self.app.screen.get_size())

    def pump(self, idle_wait_ms: int) -> bool:
        """One frame of the real loop: the window's events, through the input mapper, into `step`."""
        if self.window is not None and (found := self.window.check(self.app.clock.now())) and self.window.streak == 1:
            _say(f"the kiosk window was {' and '.join(found)}: put back fullscreen and in front")
        events = self.app.events(idle_wait_ms)
        if self.window is not None:
            self.window.see(events)
        size = self.app.screen.get_size()
        actions = [action for event in events for action in self.mapper.to_actions(event, size)]
        if self.window is not None and self.window.repaint:
            self.window.repaint = False
            actions.append(Action(Act.EXPOSED))  # the window is back for good: paint it again
        return self.step(actions)


def _why(error: OSError) -> str:
    where = f" in {Path(error.filename).parent}" if error.filename else ""
    return f"{error.strerror or error}{where}"


def _say(line: str) -> None:
    """One line for the supervisor's log (the game's stdout); a closed pipe is no reason to crash."""
    with contextlib.suppress(OSError, ValueError):
        print(line, flush=True)


def run_kiosk(config: KioskConfig, data: Path, heartbeat: Path | None, size: tuple[int, int] = (1280, 720)) -> int:
    """Open the kiosk window and play all day; broken level files are reported on stdout (the log)."""
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")  # SIGTERM must stop the game, not become a refused QUIT
    require_display()
    pygame.init()
    require_visible_driver(pygame.display.get_driver())
    pack = load_pack(config.level_paths)
    for problem in [*pack.problems, *pack.draft_notes]:
        print(f"level problem: {problem}", flush=True)
    guard = PinGuard(data / PIN_FILE)
    if not guard.is_set:
        print("no teacher PIN is set: run `byline kiosk set-pin` (until then the teacher screen is shut)", flush=True)
    screen = open_window(size, config.fullscreen, "Byline")
    pygame.mouse.set_visible(not config.hide_cursor)
    pygame.display.set_allow_screensaver(False)  # the screen stays on while the kiosk runs
    pygame.key.start_text_input()
    board = Scoreboard(data / SCOREBOARD_FILE, config.scoreboard_size)
    store = results_store(data / RESULTS_FILE, config.lrs)
    results = ResultsWriter(store)
    keep_sending(store, settings_file=config.lrs)  # only with an LRS set up
    beat = Heartbeat(heartbeat or data / HEARTBEAT_FILE, pipe=sys.stdout if heartbeat is not None else None)
    seed = random.randrange(1 << 30)
    kiosk = Kiosk(screen, config, pack, RealClock(), guard, board, seed=seed, results=results, heartbeat=beat)
    if config.fullscreen:
        kiosk.keep_fullscreen()
    code = kiosk.run(supervised=heartbeat is not None)
    if lost := results.close():
        _say(f"{lost} finished level(s) could not be added to the class results: {results.problem}")
    return code
