"""Traps the seventh playtest found by playing the real window (openbox on Xvfb) like an impatient student: each test
here failed before its fix."""

from __future__ import annotations

import pygame
import pytest

from game.ui.actions import Act
from game.ui.app import App
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.gauges import rating_text
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.question import QuestionScene, prompt_for

from .harness import bundled_pack, key, press, settle
from .test_traps_playtest5 import level_index


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def test_the_reminder_of_a_long_question_is_cut_at_a_word() -> None:
    """Playtest 7, 1280x720: "How sure are you?" and "Show me where" keep the question in sight in one line, cut to
    90 characters: it read '... threatens "grave consequences" if the inq...'. It is cut after a whole word."""
    ctx = GameContext(bundled_pack(), seed=7, unlock_all=True)
    app = App(pygame.display.set_mode((1280, 720)), IntroScene(ctx, level_index("show-me-where")), FakeClock())
    settle(app)
    scene = press(app, key(Act.CONFIRM))
    assert isinstance(scene, QuestionScene)
    passage = scene.session.current.prompt_text
    line = scene.question_line()
    assert line.endswith("\u2026") and len(passage) > 90
    prompt = prompt_for(scene.session)
    assert line.startswith(f"{prompt} ") and "  " not in line  # one space after the prompt (playtest 7, style)
    kept = line.removeprefix(f"{prompt} ").removesuffix("\u2026")
    assert passage.startswith(kept) and passage[len(kept)] == " ", kept


def test_the_rating_does_not_say_no_checks_after_checks() -> None:
    """Playtest 7 (style): after several answers of a level not yet finished, the board and the desk said "No checks
    yet" at the top right (the rating counts finished levels only). It says no story is done yet."""
    ctx = GameContext(bundled_pack(), seed=7, unlock_all=True)
    app = App(pygame.display.set_mode((1280, 720)), IntroScene(ctx, level_index("who-said-it")), FakeClock())
    settle(app)
    question = press(app, key(Act.CONFIRM))
    assert isinstance(question, QuestionScene)
    press(app, key(Act.CHOOSE, 0))
    assert question.session.results and ctx.progress.accuracy is None  # an answer given, no story finished
    shown = rating_text(ctx.progress)
    assert "check" not in shown.lower() and "story" in shown
