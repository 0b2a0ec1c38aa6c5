"""Headless pygame for the teacher-tool tests: the UI tests' fixtures (dummy drivers are set on import)."""

from tests.ui.conftest import pygame_session, screen

__all__ = ["pygame_session", "screen"]
