"""Player intentions, mapped from raw pygame events in one place.

Scenes never look at pygame events: they receive `Action`s, so keyboard, mouse and
touch all drive the same code, and tests can script input without a window.

    mapper = InputMapper()
    for event in pygame.event.get():
        for action in mapper.to_actions(event, screen.get_size()):
            stack.handle(action)

Conventions a scene can rely on:

- CHOOSE carries `index` 0-8 (keys 1-9, top row or keypad).
- POINT, PRESS and CLICK carry `pos` in window pixels. A mouse hover or a finger
  touching down is a POINT; the left button or a finger going down is a PRESS (the
  app uses it to tell which screen a click began on); releasing the left button, or
  lifting a finger, that did not drag is a CLICK (a drag of the passage let go over an
  answer must not answer it). Touch also arrives as synthetic mouse events; those are dropped, so a
  tap is never counted twice.
- SCROLL carries `amount` in lines; positive moves the view towards the END of the
  content (down), so a scene does `offset += action.amount * LINE_PX`. The mouse
  wheel gives one line a notch, PageUp/PageDown -/+10, Home/End -/+1000 (clamp).
  A finger drag gives its distance in pixels / LINE_PX, so content scrolled by
  `amount * LINE_PX` follows the finger exactly: dragging up scrolls down.
- RESIZE carries the new window size in `pos` as (w, h). SDL reports one resize
  as several events; the app ignores a RESIZE to the size it already has.
- TEXT carries typed characters in `text`. A key press can yield both a key action
  (e.g. CHOOSE) and a TEXT action: a scene uses whichever it needs.
- EXPOSED: the window shows again (restored, uncovered) and its pixels must be painted again: a window system
  need not keep them, and a still screen draws nothing by itself. News about the window, not a press.
- FOCUS_NEXT and FOCUS_PREVIOUS (Tab, Shift+Tab) cycle the focus through a screen's buttons.
- QUIT (window close) goes to the top scene, so a kiosk scene can refuse it.
- TEACHER is the hidden kiosk chord, Ctrl+Shift+T, going down; TEACHER_RELEASED is T, Ctrl or Shift
  coming up (the kiosk wants the chord held, not mashed). Outside the kiosk no scene reacts to either.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

import pygame

LINE_PX = 40
"""Window pixels in one scroll line; finger drags are divided by it."""

TAP_SLOP_PX = 12.0
"""A finger or a held mouse button that travels further than this is dragging, and letting go is no CLICK."""


_CHORD_KEYS = frozenset({pygame.K_t, pygame.K_LCTRL, pygame.K_RCTRL, pygame.K_LSHIFT, pygame.K_RSHIFT})


class Act(enum.Enum):
    """What the player means, whatever device said it."""

    CHOOSE = enum.auto()
    UP = enum.auto()
    DOWN = enum.auto()
    LEFT = enum.auto()
    RIGHT = enum.auto()
    CONFIRM = enum.auto()
    FOCUS_NEXT = enum.auto()
    FOCUS_PREVIOUS = enum.auto()
    BACK = enum.auto()
    POINT = enum.auto()
    CLICK = enum.auto()
    PRESS = enum.auto()
    SCROLL = enum.auto()
    TEXT = enum.auto()
    FULLSCREEN = enum.auto()
    QUIT = enum.auto()
    RESIZE = enum.auto()
    FOCUS_LOST = enum.auto()
    EXPOSED = enum.auto()
    TEACHER = enum.auto()
    TEACHER_RELEASED = enum.auto()


@dataclass(frozen=True, slots=True)
class Action:
    """One intention; only the field that matters for `kind` is set."""

    kind: Act
    index: int | None = None
    pos: tuple[int, int] | None = None
    amount: float = 0.0
    text: str = ""


_CHOOSE_KEYS = {
    **{pygame.K_1 + n: n for n in range(9)},
    **{
        key: n
        for n, key in enumerate(
            (
                pygame.K_KP1,
                pygame.K_KP2,
                pygame.K_KP3,
                pygame.K_KP4,
                pygame.K_KP5,
                pygame.K_KP6,
                pygame.K_KP7,
                pygame.K_KP8,
                pygame.K_KP9,
            )
        )
    },
}

_KEY_ACTIONS = {
    pygame.K_UP: Action(Act.UP),
    pygame.K_DOWN: Action(Act.DOWN),
    pygame.K_LEFT: Action(Act.LEFT),
    pygame.K_RIGHT: Action(Act.RIGHT),
    pygame.K_RETURN: Action(Act.CONFIRM),
    pygame.K_KP_ENTER: Action(Act.CONFIRM),
    pygame.K_SPACE: Action(Act.CONFIRM),
    pygame.K_ESCAPE: Action(Act.BACK),
    pygame.K_BACKSPACE: Action(Act.BACK),
    pygame.K_AC_BACK: Action(Act.BACK),
    pygame.K_PAGEUP: Action(Act.SCROLL, amount=-10.0),
    pygame.K_PAGEDOWN: Action(Act.SCROLL, amount=10.0),
    pygame.K_HOME: Action(Act.SCROLL, amount=-1000.0),
    pygame.K_END: Action(Act.SCROLL, amount=1000.0),
    pygame.K_F11: Action(Act.FULLSCREEN),
}


def _held(event: pygame.event.Event, modifier: int) -> bool:
    """Was a modifier key (either side) held? Events built by hand may carry no `mod`."""
    return bool(getattr(event, "mod", 0) & modifier)


class InputMapper:
    """Turns pygame events into Actions.

    It is a class, not a bare function, because it remembers: how far each finger has
    travelled since it touched down, so lifting a finger after a scrolling drag does
    not also click whatever ended up under it; and where the pointer rested when the
    window appeared, so that resting place does not move the focus.
    """

    def __init__(self) -> None:
        self._fingers: dict[tuple[int, int], tuple[float, float, float]] = {}
        self._closing = False
        self._resting: tuple[int, int] | None = None
        self._moved = False
        """The pointer's place when the window appeared (or came under it) is not a choice: only real motion after
        it points."""
        self._button: tuple[int, int, float] | None = None
        """Where the left button went down and how far the pointer has since travelled, until it comes up."""

    def to_actions(self, event: pygame.event.Event, window_size: tuple[int, int]) -> list[Action]:
        """Return the actions `event` means (often none) for a window of `window_size`."""
        if getattr(event, "touch", False):
            return []  # synthetic mouse event for a touch: the FINGER event covers it
        kind = event.type
        if kind not in (pygame.QUIT, pygame.WINDOWCLOSE):
            self._closing = False
        if kind == pygame.KEYDOWN:
            if event.key == pygame.K_t and _held(event, pygame.KMOD_CTRL) and _held(event, pygame.KMOD_SHIFT):
                return [Action(Act.TEACHER)]
            if event.key == pygame.K_TAB:
                return [Action(Act.FOCUS_PREVIOUS if _held(event, pygame.KMOD_SHIFT) else Act.FOCUS_NEXT)]
            if event.key in _CHOOSE_KEYS:
                return [Action(Act.CHOOSE, index=_CHOOSE_KEYS[event.key])]
            return [_KEY_ACTIONS[event.key]] if event.key in _KEY_ACTIONS else []
        if kind == pygame.KEYUP and event.key in _CHORD_KEYS:
            return [Action(Act.TEACHER_RELEASED)]
        if kind == pygame.TEXTINPUT:
            return [Action(Act.TEXT, text=event.text)]
        if kind == pygame.MOUSEMOTION:
            self._travel(tuple(event.pos))
            return self._motion(tuple(event.pos))
        if kind == pygame.MOUSEBUTTONDOWN and event.button == pygame.BUTTON_LEFT:
            self._button = (*event.pos, 0.0)
            return [Action(Act.PRESS, pos=tuple(event.pos))]
        if kind == pygame.MOUSEBUTTONUP and event.button == pygame.BUTTON_LEFT:
            dragged = self._travel(tuple(event.pos)) > TAP_SLOP_PX
            self._button = None
            return [Action(Act.POINT, pos=tuple(event.pos))] if dragged else [Action(Act.CLICK, pos=tuple(event.pos))]
        if kind == pygame.MOUSEWHEEL:
            return [Action(Act.SCROLL, amount=-float(getattr(event, "precise_y", event.y)))]
        if kind in (pygame.FINGERDOWN, pygame.FINGERMOTION, pygame.FINGERUP):
            return self._finger(event, window_size)
        if kind == pygame.VIDEORESIZE:
            return [Action(Act.RESIZE, pos=tuple(event.size))]
        if kind == pygame.WINDOWSIZECHANGED:
            return [Action(Act.RESIZE, pos=(event.x, event.y))]
        if kind in (pygame.QUIT, pygame.WINDOWCLOSE):
            # SDL reports one close of the window as WINDOWCLOSE and then QUIT: one request, not two
            # (a second would answer the "Quit Byline?" the first one asked).
            echo = self._closing and kind == pygame.QUIT
            self._closing = kind == pygame.WINDOWCLOSE
            return [] if echo else [Action(Act.QUIT)]
        if kind == pygame.WINDOWFOCUSLOST:
            return [Action(Act.FOCUS_LOST)]
        if kind == pygame.WINDOWEXPOSED:
            return [Action(Act.EXPOSED)]
        if kind == pygame.WINDOWENTER:
            # The window came under the pointer (it opened, went fullscreen or back): where the pointer now rests
            # over the new layout is not a choice either.
            self._resting, self._moved = None, False
        return []

    def _travel(self, pos: tuple[int, int]) -> float:
        """How far the pointer has gone from where the left button went down (0 when it is not down)."""
        if self._button is None:
            return 0.0
        x0, y0, travel = self._button
        travel = max(travel, math.hypot(pos[0] - x0, pos[1] - y0))
        self._button = (x0, y0, travel)
        return travel

    def _motion(self, pos: tuple[int, int]) -> list[Action]:
        """A POINT, except for the motion SDL reports where the pointer already rests as the window opens."""
        if not self._moved:
            if self._resting is None or pos == self._resting:
                self._resting = pos
                return []
            self._moved = True
        return [Action(Act.POINT, pos=pos)]

    def _finger(self, event: pygame.event.Event, window_size: tuple[int, int]) -> list[Action]:
        """Touch coordinates are normalised 0..1; scale them to window pixels."""
        w, h = window_size
        x, y = event.x * w, event.y * h
        pos = (round(x), round(y))
        finger = (event.touch_id, event.finger_id)
        if event.type == pygame.FINGERDOWN:
            self._fingers[finger] = (x, y, 0.0)
            return [Action(Act.POINT, pos=pos), Action(Act.PRESS, pos=pos)]
        x0, y0, travel = self._fingers.get(finger, (x, y, 0.0))
        travel = max(travel, math.hypot(x - x0, y - y0))
        if event.type == pygame.FINGERMOTION:
            self._fingers[finger] = (x0, y0, travel)
            return [Action(Act.SCROLL, amount=-event.dy * h / LINE_PX)]
        self._fingers.pop(finger, None)
        return [Action(Act.CLICK, pos=pos)] if travel <= TAP_SLOP_PX else []
