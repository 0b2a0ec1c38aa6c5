"""What SDL cannot ask an X11 window manager: keep the kiosk's window on every desktop, and bring it back there.

A window manager with several desktops (openbox: Ctrl+Alt+Right goes to the next one, Shift+Alt+Right sends the
window there) unmaps a window that is not on the desktop shown. SDL cannot move a window between desktops, and its
restore and show wait, with no time limit, for the window manager to map the window, which it never does for a
window on another desktop: the kiosk hung on an empty desktop, whose menu offers a terminal. So on X11 the kiosk's
window is put on every desktop (EWMH `_NET_WM_DESKTOP`), and a window found on another desktop is put on every desktop
again instead of being shown. Elsewhere (Wayland, Windows, macOS, no libX11) `X11Window.of` gives None.
"""

from __future__ import annotations

import ctypes
import ctypes.util

import pygame

ALL_DESKTOPS = 0xFFFFFFFF
_CLIENT_MESSAGE = 33
_SUBSTRUCTURE = (1 << 19) | (1 << 20)
"""SubstructureNotifyMask | SubstructureRedirectMask: how a request reaches the window manager through the root."""
_FROM_PAGER = 2
"""EWMH source indication: a pager, whose requests window managers carry out (an application's may be ignored)."""
_CARDINAL = 6
"""XA_CARDINAL, the type of a desktop number."""


class ClientMessage(ctypes.Structure):
    _fields_ = [  # XClientMessageEvent
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class XEvent(ctypes.Union):
    """An XEvent as Xlib lays it out, for XSendEvent (the game's requests here, and the tests' close button)."""

    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]


class X11Window:
    """The game's X11 window, seen through a connection of its own (SDL's is not shared)."""

    def __init__(self, lib: ctypes.CDLL, connection: int, window: int) -> None:
        self.lib, self.connection, self.window = lib, connection, window
        self.root = lib.XDefaultRootWindow(connection)

    @classmethod
    def of(cls, window: pygame.Window) -> X11Window | None:
        """`window` on X11, or None on any other video driver, or without libX11 or a connection."""
        name = ctypes.util.find_library("X11") if pygame.display.get_driver() == "x11" else None
        if not name:
            return None
        try:
            lib = ctypes.cdll.LoadLibrary(name)
        except OSError:
            return None
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]
        lib.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long]
        lib.XGetWindowProperty.argtypes += [ctypes.c_long, ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p]
        lib.XGetWindowProperty.argtypes += [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p]
        lib.XFree.argtypes = lib.XFlush.argtypes = [ctypes.c_void_p]
        connection = lib.XOpenDisplay(None)
        return cls(lib, connection, window.handle) if connection else None

    def _atom(self, name: str) -> int:
        return int(self.lib.XInternAtom(self.connection, name.encode(), 0))

    def on_every_desktop(self) -> None:
        """Ask the window manager to show the window on every desktop (and so on the one shown now)."""
        event = XEvent()
        event.xclient.type = _CLIENT_MESSAGE
        event.xclient.window = self.window
        event.xclient.message_type = self._atom("_NET_WM_DESKTOP")
        event.xclient.format = 32
        event.xclient.data[0] = ALL_DESKTOPS
        event.xclient.data[1] = _FROM_PAGER
        self.lib.XSendEvent(self.connection, self.root, 0, _SUBSTRUCTURE, ctypes.byref(event))
        self.lib.XFlush(self.connection)

    def on_another_desktop(self) -> bool:
        """On a desktop other than the one shown (EWMH `_NET_WM_DESKTOP` against the root's
        `_NET_CURRENT_DESKTOP`): unmapped, and marked minimised too (openbox does), but SDL's restore and show would
        wait for ever for the window manager to map it."""
        desktop = self._cardinal(self.window, "_NET_WM_DESKTOP")
        shown = self._cardinal(self.root, "_NET_CURRENT_DESKTOP")
        return desktop is not None and shown is not None and desktop not in (shown, ALL_DESKTOPS)

    def _cardinal(self, window: int, name: str) -> int | None:
        """A 32-bit CARDINAL property of `window` (its first value), or None when it has none."""
        kind, size, count, after = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ulong)()
        found = self.lib.XGetWindowProperty(
            self.connection,
            window,
            self._atom(name),
            0,
            1,
            0,
            _CARDINAL,
            ctypes.byref(kind),
            ctypes.byref(size),
            ctypes.byref(count),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        try:
            return int(data[0]) & ALL_DESKTOPS if found == 0 and data and count.value and size.value == 32 else None
        finally:
            if data:
                self.lib.XFree(data)
