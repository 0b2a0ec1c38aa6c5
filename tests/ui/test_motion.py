"""Motion: every animation ends, transitions are quick, and Reduce motion makes every screen instant."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pygame
import pytest

from game.ui import motion
from game.ui.actions import Act
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.motion import LONGEST, TRANSITIONS, Motion, Tween, count_up
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.question import QuestionScene

from .harness import bundled_pack, key, make_app, settle

NAMED_TWEENS = {name: value for name, value in vars(motion).items() if isinstance(value, Tween)}


def test_the_game_names_its_tweens() -> None:
    assert len(NAMED_TWEENS) >= 6  # guards the tests below against an empty loop


@pytest.mark.parametrize("name", sorted(NAMED_TWEENS))
def test_every_tween_ends_within_the_longest_animation(name: str) -> None:
    tween = NAMED_TWEENS[name]
    assert 0 < tween.end <= LONGEST
    assert tween.at(0.0) == 0.0 and tween.at(tween.delay) == 0.0
    assert tween.at(tween.end) == 1.0 and tween.at(tween.end + 100) == 1.0


@pytest.mark.parametrize("tween", TRANSITIONS)
def test_transitions_take_150_to_250_ms(tween: Tween) -> None:
    assert 0.15 <= tween.duration <= 0.25


def test_a_tween_moves_between_its_start_and_its_end() -> None:
    tween = Tween(0.2, 0.1)
    halfway = tween.at(0.2)
    assert 0.0 < halfway < 1.0
    assert tween.at(0.05) == 0.0 and tween.later(0.1).at(0.2) == 0.0


def test_motion_runs_until_its_end_then_stops() -> None:
    moving = Motion(reduce=False, until=0.2)
    frames = 0
    while moving.update(1 / 60):
        frames += 1
        assert frames < 100
    assert math.ceil(0.2 * 60) <= frames <= math.ceil(0.2 * 60) + 1  # the frame that reaches the end, then none
    assert not moving.running and moving.value(motion.CARD_IN) == 1.0


def test_reduce_motion_is_instant() -> None:
    still = Motion(reduce=True, until=LONGEST)
    assert not still.running and not still.update(1 / 60)
    assert all(still.value(tween) == 1.0 for tween in NAMED_TWEENS.values())


def test_an_animation_that_would_not_end_is_refused() -> None:
    with pytest.raises(ValueError, match="must end"):
        Motion(reduce=False, until=LONGEST + 1)


def test_count_up_reaches_its_target_and_never_passes_it() -> None:
    assert [count_up(250, a) for a in (0.0, 0.5, 1.0)] == [0, 125, 250]
    assert count_up(7, 0.99) <= 7


def tour(app: App) -> Iterator[str]:
    """Every screen of a level (board, desk, questions, feedback, front page, summary), pressing as a student.

    Yields after the frame that first shows each new screen, before it settles.
    """

    def step(*actions: object) -> str:
        settle(app)
        app.step(list(actions))  # type: ignore[arg-type]
        return str(getattr(app.stack.top, "shot_name", ""))

    yield step()
    yield step(key(Act.CHOOSE, 1))  # settings
    yield step(key(Act.BACK))
    yield step(key(Act.CHOOSE, 0))  # the assignment board
    yield step(key(Act.CHOOSE, len(bundled_pack().levels) - 1))  # the desk: the mixed level
    yield step(key(Act.CONFIRM))
    bot = Autoplayer("random", seed=3)
    questions = 0
    for _ in range(300):
        settle(app)
        top = app.stack.top
        if isinstance(top, LevelSelectScene):
            return
        if isinstance(top, QuestionScene):  # right and wrong answers by turns
            questions += 1
            bot.policy = "correct" if questions % 2 else "wrong"
        yield step(*bot.actions(top))
    raise AssertionError("the tour did not get back to the board")


EVERY_ANIMATED_SCREEN = {
    "levels",
    "intro",
    "question-who_said",
    "question-source_chain",
    "question-choice",
    "question-loaded_words",
    "feedback-right",
    "feedback-wrong",
    "front-page",
    "summary",
    "settings",
}
"""The screens the tour must reach: the board deals cards, questions count the score up, feedback and the front
page stamp, the summary pops stars."""


def frames_to_idle(app: App) -> int:
    for frame in range(1, 600):
        app.step([])
        if app.idle and not app.stack.pending:
            return frame
    raise AssertionError("never idle")


def test_every_animation_of_every_screen_ends(screen: pygame.Surface) -> None:
    app = make_app(unlock_all=True)
    seen = set()
    budget = math.ceil(LONGEST * 60) + 3
    for name in tour(app):
        seen.add(name)
        assert frames_to_idle(app) <= budget, name
        before = app.redraws
        for _ in range(30):
            app.step([])
        assert app.redraws == before, f"{name} redraws with nothing moving"
    assert {"levels", "intro", "feedback-right", "feedback-wrong", "summary"} <= seen


@pytest.mark.parametrize("reduce", [True, False], ids=["reduced", "full"])
def test_reduce_motion_shows_every_screen_at_rest_from_its_first_frame(screen: pygame.Surface, reduce: bool) -> None:
    """With Reduce motion the first frame of a screen is its last; with full motion some screens move."""
    app = make_app(unlock_all=True)
    app.stack.top.ctx.settings.reduce_motion = reduce  # type: ignore[union-attr]
    moved = []
    seen = set()
    for name in tour(app):
        seen.add(name)
        first = app.screen.copy()
        settle(app)
        if pygame.image.tobytes(first, "RGB") != pygame.image.tobytes(app.screen, "RGB"):
            moved.append(name)
    assert seen >= EVERY_ANIMATED_SCREEN
    if reduce:
        assert moved == []
    else:
        assert {"feedback-right", "feedback-wrong"} <= set(moved)
