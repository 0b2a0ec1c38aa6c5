"""Headless pygame for the UI tests: the dummy drivers must be set before pygame loads."""

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"

from collections.abc import Iterator

import pygame
import pytest


@pytest.fixture(scope="session")
def pygame_session() -> Iterator[None]:
    pygame.init()
    yield
    pygame.quit()


@pytest.fixture
def screen(pygame_session: None) -> pygame.Surface:
    """A fresh 1280x720 display surface, with an empty event queue."""
    surface = pygame.display.set_mode((1280, 720))
    pygame.event.clear()
    return surface
