"""Kiosk tests share the UI tests' headless display (importing it sets the dummy SDL drivers)."""

from tests.ui.conftest import pygame_session, screen

__all__ = ["pygame_session", "screen"]
