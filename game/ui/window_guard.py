"""Keeps a kiosk's window fullscreen, shown and on top, whatever the window manager was asked to do.

A student can minimise the window, raise another one over it, or use the window
manager's own fullscreen toggle; none of those reach the game as input it could
refuse. So the kiosk looks at its window about once a second and, when it is not
shown, not focused or not fullscreen, puts it back: restore, fullscreen (desktop
size), raise and focus. The desktop settings that remove those shortcuts in the
first place are in docs/kiosk.md.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.x11_desktop import X11Window

CHECK_SECONDS = 1.0
"""How often the window is looked at; with the window manager's round trip, it is back within about 2 s."""
SETTLE_SECONDS = 3.0
"""The first look waits this long: a window manager places a new window in a few steps."""


class WindowGuard:
    """`check(now)` once a frame; it looks at the window every CHECK_SECONDS and repairs what it finds."""

    def __init__(self, window: pygame.Window, fullscreen: Callable[[], None]) -> None:
        """`fullscreen` makes the window fullscreen again (the app's own way, so its screen surface follows)."""
        self.window = window
        self.fullscreen = fullscreen
        self.streak = 0
        """Looks in a row that found something wrong: 1 is a new problem (worth a log line), more is the same one."""
        self._next: float | None = None
        self._placed: tuple[int, int] = (0, 0)
        self._size: tuple[int, int] = window.size
        self.repaint = False
        """Set by the first look that finds a repaired window well again; the kiosk paints the window then and
        clears it. The window manager puts a restored fullscreen window back in a few steps, and a frame painted
        in the middle of them (on the window's own EXPOSED news) was lost: the kiosk stayed black until someone
        moved the pointer."""
        window.always_on_top = True
        self.x11 = X11Window.of(window)
        if self.x11 is not None:
            self.x11.on_every_desktop()  # a student switching desktops (Ctrl+Alt+Right) still sees the kiosk

    def see(self, events: list[pygame.event.Event]) -> None:
        """Follow the window's moves and resizes: SDL keeps reporting a fullscreen window at (0, 0)."""
        for event in events:
            if event.type == pygame.WINDOWMOVED:
                self._placed = (event.x, event.y)
            elif event.type == pygame.WINDOWSIZECHANGED:
                self._size = (event.x, event.y)

    def problems(self) -> list[str]:
        """What is wrong with the window now (empty when it is fullscreen, shown and focused)."""
        found = []
        if not pygame.display.get_active():
            found.append("minimised or hidden")
        if not self._fills_the_screen():
            found.append("not fullscreen")
        if not self.window.focused:
            found.append("not in front")
        return found

    def _fills_the_screen(self) -> bool:
        """Fullscreen as the user sees it: SDL's flag misses the window manager's own toggle, geometry does not."""
        desktop = tuple(pygame.display.get_desktop_sizes()[0])
        return pygame.display.is_fullscreen() and self._placed == (0, 0) and self._size == desktop

    def check(self, now: float) -> list[str]:
        """Repair the window if a look is due and something is wrong; what was wrong (usually nothing)."""
        if self._next is None:
            self._next = now + SETTLE_SECONDS
        if now < self._next:
            return []
        self._next = now + CHECK_SECONDS
        found = self.problems()
        if not found:
            self.repaint, self.streak = self.repaint or self.streak > 0, 0
            return []
        self.streak += 1
        if self.x11 is not None and self.x11.on_another_desktop():  # sent to another desktop (Shift+Alt+Right)
            self.x11.on_every_desktop()  # restore would wait for ever for a window manager that does not map it
            return found
        self.window.restore()
        self.window.show()
        if not self._fills_the_screen():
            self.fullscreen()
        self.window.focus()
        return found
