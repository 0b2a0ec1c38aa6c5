"""Kiosk traps the fifth playtest found on a real window (openbox on Xvfb, 800x600): each test failed before its
fix. (The damaged results file a teacher was not told of: test_damaged_results.py.)"""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.actions import Act, Action
from game.ui.scenes.kiosk_attract import AttractScene

from .harness import make_kiosk, press, wait
from .test_kiosk import start_visit


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """The kiosk needs the headless display."""


def test_a_student_backing_out_of_a_visit_leaves_no_text_button_on_the_attract_screen(tmp_path: Path) -> None:
    """Esc on the board ended the visit, but the attract screen was painted while the visit still counted, with
    its "Aa Text" button, and nothing painted over it until the next touch: a dead button in the corner of an
    idle kiosk, which a passing student tapped."""
    kiosk = make_kiosk(tmp_path, demo=False, size=(800, 600))
    start_visit(kiosk)
    corner = kiosk._reading_rect()
    button = kiosk.look.theme.button
    visit_paint = pygame.mask.from_threshold(kiosk.app.screen.subsurface(corner), button, (1, 1, 1, 255)).count()
    assert visit_paint > 100  # the visit's board shows the button
    assert isinstance(press(kiosk, Action(Act.BACK)), AttractScene)
    wait(kiosk, 1)
    assert kiosk.visit is None
    shown = pygame.mask.from_threshold(kiosk.app.screen.subsurface(corner), button, (1, 1, 1, 255)).count()
    assert shown == 0, shown
