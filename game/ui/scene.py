"""Scenes and the stack they live on.

A screen of the game (title, question, feedback...) is a `Scene` subclass:

    class Feedback(Scene):
        opaque = False                      # the question stays visible beneath

        def layout(self, size):             # on enter and on every resize
            self.panel = pygame.Rect(0, 0, size[0] // 2, size[1] // 3)

        def handle(self, action):
            if action.kind is Act.CONFIRM:
                self.stack.pop()            # queued: applied at the end of the frame
            else:
                super().handle(action)      # default: QUIT ends the game

        def draw(self, surface):            # reads state, never changes it
            pygame.draw.rect(surface, theme.panel, self.panel)

Rules the stack keeps:

- push/pop/replace/clear/clear_to are queued and applied by `apply()`, which the
  app calls once at the end of each frame; the app drops the rest of a frame's
  presses then, so a double tap cannot answer twice. Each apply that changed
  something starts a new `generation` (the app ties a click to the one it began in).
- On push: `enter()`, then `layout(size)`. On pop: `exit()`. Replace = pop + push.
- `handle` reaches the top scene only. App-level actions a scene cannot do
  itself (FULLSCREEN from a settings menu) go through `stack.request(Act.FULLSCREEN)`.
- `update(dt)` and `draw` reach the visible scenes: the topmost opaque scene and
  everything above it, bottom first. A covered scene is paused (its timers stop),
  unless it sets `runs_covered` (it is then updated, never drawn, while covered).
- The app redraws only when something changed: an action arrived, a stack op was
  applied, the window resized, `update` returned True (animating), or a scene
  called `request_redraw()` (e.g. a timer fired without animating). While only
  an overlay changes, the scenes beneath it are not drawn again but copied.
- A scene's still part (text, panels, buttons: all that changes only with input)
  can be kept by the stack with `draw_still` and copied back while only its
  moving pieces change; any action, stack change, resize or change beneath
  draws it again (see `draw_still`), except where the top scene said that an
  action changed one box of it only (`repaint`: a box scrolled): then only that
  box is painted again over the kept copy.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Hashable

import pygame

from game.ui.actions import Act, Action


class Scene:
    """Base class: every hook is optional; override what the screen needs."""

    opaque: bool = True
    """False for an overlay that lets the scene below show through."""

    stack: SceneStack
    """Set when pushed, so the scene can push, pop or replace."""

    redraw_requested: bool = False

    runs_covered: bool = False
    """True for a scene whose `update` must keep time while covered (a file watcher under the level it runs)."""

    paints_beneath: bool = False
    """True for an overlay whose `draw` paints the scenes beneath it itself (`SceneStack.draw_beneath`), and only
    when its kept still part (which holds them) is stale: a frame of its animation then skips them."""

    def enter(self) -> None:
        """Called when pushed, before the first `layout`."""

    def exit(self) -> None:
        """Called when popped, replaced or cleared."""

    def handle(self, action: Action) -> None:
        """React to one action; by default window close (QUIT) ends the game.

        A kiosk scene refuses QUIT by handling it without calling super().
        """
        if action.kind is Act.QUIT:
            self.stack.clear()

    def update(self, dt: float) -> bool:
        """Advance by `dt` seconds; return True while animating (needs redraw)."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        """Paint the scene; must not change game state."""

    def layout(self, size: tuple[int, int]) -> None:
        """Compute rects from the real window size; called on enter and resize."""

    def request_redraw(self) -> None:
        """Ask for one redraw after a change `update`'s return value did not report."""
        self.redraw_requested = True


class SceneStack:
    """The scenes of the game, bottom first; changes wait for `apply()`."""

    def __init__(self, size: tuple[int, int]) -> None:
        self._scenes: list[Scene] = []
        self._ops: deque[Callable[[], None]] = deque()
        self._requests: list[Action] = []
        self._size = size
        self.generation = 0
        """Counts applied changes: a press that began in an older generation began on another screen."""
        self._copy: pygame.Surface | None = None
        """The one window-sized copy the stack keeps (reused): the scenes under the top overlay as last drawn, or
        the top scene's still part (for an overlay that paints beneath, both together). Never two: one more is
        3.5 MiB at 1280x720. The price: over the feedback or a dialog, which keep the screen beneath in their still
        part, a pointer's move or a scrolled box draws that screen again instead of copying it."""
        self._beneath_valid = False
        """True while `_copy` holds the scenes under the top overlay and nothing but the overlay may have changed."""
        self._changes = 0
        """Counts what may change what a scene shows (an action, a stack change, a resize, a change beneath)."""
        self._still_mark: tuple[object, ...] = ()
        """Whose still part `_copy` holds, and as of which change (empty while it holds none): see `draw_still`."""
        self._stale: pygame.Rect | None = None
        """The part of the kept still part that an action changed since it was kept (a box scrolled), if only that."""
        self._asked: pygame.Rect | None = None
        """What the top scene said the action being handled changed (`repaint`), if it said."""

    @property
    def size(self) -> tuple[int, int]:
        """The size scenes were last laid out for."""
        return self._size

    @property
    def scenes(self) -> tuple[Scene, ...]:
        return tuple(self._scenes)

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    @property
    def empty(self) -> bool:
        """True once the last scene is gone: the app should stop."""
        return not self._scenes

    @property
    def pending(self) -> bool:
        """True while stack ops wait for `apply()`."""
        return bool(self._ops)

    @property
    def visible(self) -> tuple[Scene, ...]:
        """The topmost opaque scene and the overlays above it, bottom first."""
        for i in range(len(self._scenes) - 1, -1, -1):
            if self._scenes[i].opaque:
                return tuple(self._scenes[i:])
        return tuple(self._scenes)

    def __len__(self) -> int:
        return len(self._scenes)

    def push(self, scene: Scene) -> None:
        self._ops.append(lambda: self._push(scene))

    def pop(self) -> None:
        self._ops.append(self._pop)

    def replace(self, scene: Scene) -> None:
        self._ops.append(self._pop)
        self._ops.append(lambda: self._push(scene))

    def clear(self) -> None:
        """Pop every scene; once applied the stack is empty and the app stops."""
        self._ops.append(self._clear)

    def clear_to(self, scene: Scene) -> None:
        """Pop every scene, then push `scene` (e.g. back to the title screen)."""
        self._ops.append(self._clear)
        self._ops.append(lambda: self._push(scene))

    def request(self, kind: Act) -> None:
        """Ask the app to act as if the player had pressed `kind` (e.g. FULLSCREEN from a menu).

        The app takes requests at the end of the frame and handles them first next frame.
        """
        self._requests.append(Action(kind))

    def take_requests(self) -> list[Action]:
        requests, self._requests = self._requests, []
        return requests

    def apply(self) -> bool:
        """Run queued ops, including any queued by enter/exit; True if any ran."""
        changed = bool(self._ops)
        if changed:
            self.forget_copies()
            self.generation += 1
        while self._ops:
            self._ops.popleft()()
        return changed

    def resize(self, size: tuple[int, int]) -> None:
        """Re-layout every scene, covered ones too, so a pop shows a correct screen."""
        self._size = size
        self.forget_copies()
        for scene in self._scenes:
            scene.layout(size)

    def handle(self, action: Action) -> None:
        self._asked = None
        if self._scenes:
            self._scenes[-1].handle(action)
        if self._asked is not None and self._still_mark[:1] == (self.top,):  # one box of the top scene changed
            self._stale = self._stale.union(self._asked) if self._stale and self._asked else self._stale or self._asked
        else:  # the top may change a scene beneath it (a callback), not only itself; a pointer's move only its hover
            self.forget_copies(beneath=action.kind is not Act.POINT)
        self._asked = None

    def repaint(self, rect: pygame.Rect) -> None:
        """Called by the top scene while it handles an action: the action changed `rect` of it only (a box scrolled),
        so the rest of its kept still part holds, and only `rect` is painted again (an empty rect: nothing changed)."""
        if not self._asked:  # None or empty
            self._asked = rect.copy()
        elif rect:
            self._asked = self._asked.union(rect)

    def update(self, dt: float) -> bool:
        """Update the visible scenes, and covered ones that run covered; True if any is animating."""
        animating = False
        visible = self.visible
        for scene in self._scenes:
            if scene.runs_covered or scene in visible:
                moved = scene.update(dt)
                if moved and scene is not self._scenes[-1]:
                    self.forget_copies()
                animating = moved or animating
        return animating

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the visible scenes, bottom first (an overlay that `paints_beneath` draws those under it itself)."""
        visible = self.visible
        if not visible:
            return
        if len(visible) > 1 and not visible[-1].paints_beneath:
            self.draw_beneath(visible[-1], surface)
        visible[-1].draw(surface)

    def draw_beneath(self, scene: Scene, surface: pygame.Surface, *, keep: bool = True) -> None:
        """Draw the visible scenes under `scene`; under the top overlay, copy them back as last drawn.

        They are drawn once and copied back while only the overlay changes (its animation, say), so each
        of those frames costs the overlay alone. Any action but a pointer's move, a stack change, a resize,
        or an update or redraw request from beneath draws them again. `keep=False`: the overlay keeps them
        in its own still part (`draw_still`), which takes the one kept copy, so they are drawn, not kept.
        """
        visible = self.visible
        under = visible[: visible.index(scene)]
        on_top = scene is visible[-1]
        if on_top and self._beneath_valid and self._copy is not None and self._copy.get_size() == surface.get_size():
            surface.blit(self._copy, (0, 0))
            return
        start = max((i for i, below in enumerate(under) if below.paints_beneath), default=0)
        for below in under[start:]:  # an overlay that paints beneath itself draws what lies under it
            below.draw(surface)
        if not on_top or not keep:
            return
        self._keep(surface)
        self._beneath_valid, self._still_mark = True, ()

    def draw_still(
        self, scene: Scene, surface: pygame.Surface, paint: Callable[[pygame.Surface], None], key: Hashable = None
    ) -> None:
        """Paint `scene`'s still part with `paint`, or copy it back when nothing it shows can have changed.

        A frame of a stamp landing or a score counting up then costs one blit plus the moving pieces,
        not the whole screen (text, panels, the article) again. The still part may change only with
        an action, a stack change, a resize or a change beneath; `key` holds whatever else it depends on
        (the theme, whether its animation has ended). One layer is kept, for the scene that last asked,
        in one window-sized surface reused frame after frame: memory stays flat.
        """
        if scene is not self.top:  # drawn beneath an overlay: the one kept copy is the top's (or holds this scene)
            paint(surface)
            return
        if self._copy is not None and self._still_mark == (scene, key, self._changes, surface.get_size()):
            surface.blit(self._copy, (0, 0))
            if self._stale:  # one box changed: paint it alone, over the rest as kept
                clip = surface.get_clip()
                surface.set_clip(self._stale.clip(clip))
                paint(surface)
                surface.set_clip(clip)
                self._copy.blit(surface, self._stale.topleft, self._stale)
            self._stale = None
            return
        paint(surface)
        self.keep_still(scene, surface, key)

    def holds_still(self, scene: Scene, surface: pygame.Surface, key: Hashable) -> bool:
        """True if the kept still part is `scene`'s for `key`, and nothing since may have changed it."""
        mark = (scene, key, self._changes, surface.get_size())
        return scene is self.top and self._copy is not None and self._still_mark == mark and not self._stale

    def keep_still(self, scene: Scene, surface: pygame.Surface, key: Hashable) -> None:
        """Keep what `surface` shows now as `scene`'s still part for `key`."""
        self._keep(surface)
        self._still_mark, self._beneath_valid = (scene, key, self._changes, surface.get_size()), False
        self._stale = None

    def _keep(self, surface: pygame.Surface) -> None:
        """Copy `surface` into the kept copy, reusing it while the window keeps its size."""
        if self._copy is None or self._copy.get_size() != surface.get_size():
            self._copy = surface.copy()
        else:
            self._copy.blit(surface, (0, 0))

    def take_redraw_requests(self) -> bool:
        """True if any scene called `request_redraw()` since the last call."""
        requested = False
        for scene in self._scenes:
            if scene.redraw_requested and scene is not self._scenes[-1]:
                self.forget_copies()
            requested = requested or scene.redraw_requested
            scene.redraw_requested = False
        return requested

    def forget_copies(self, *, beneath: bool = True) -> None:
        """What scenes show may have changed: the copies kept of what they drew are stale; the next draw paints anew.

        `beneath=False`: only the top scene may have changed (a pointer's move): the scenes under it stay copied.
        """
        if beneath:
            self._beneath_valid = False
        self._changes += 1

    def _push(self, scene: Scene) -> None:
        scene.stack = self
        self._scenes.append(scene)
        scene.enter()
        scene.layout(self._size)

    def _pop(self) -> None:
        if not self._scenes:
            raise IndexError("pop from an empty SceneStack")
        self._scenes[-1].exit()
        self._scenes.pop()

    def _clear(self) -> None:
        while self._scenes:
            self._pop()
