"""Don't lose work: answers are saved as they are given, a level left half-way resumes, quitting asks first."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.ui.actions import Act, Action
from game.ui.autoplay import Autoplayer
from game.ui.scenes.article import ArticleScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.title import TitleScene

from .harness import bundled_pack, click, key, make_app, press, settle


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def start_level(app: object) -> QuestionScene:
    settle(app)  # type: ignore[arg-type]
    press(app, key(Act.CHOOSE, 0))  # type: ignore[arg-type]
    press(app, key(Act.CHOOSE, 0))  # type: ignore[arg-type]
    question = press(app, key(Act.CONFIRM))  # type: ignore[arg-type]
    assert isinstance(question, QuestionScene)
    return question


def test_every_answer_is_saved_and_a_level_left_half_way_resumes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    question = start_level(app)
    bot = Autoplayer("correct")
    for _ in range(2):
        assert isinstance(press(app, *bot.actions(question)), FeedbackScene)
        press(app, key(Act.CONFIRM))
    first = bundled_pack().levels[0].level.id
    saved = json.loads((tmp_path / "profiles" / "tester.json").read_text(encoding="utf-8"))
    assert len(saved["unfinished"][first]["answers"]) == 2  # on disk before the level ends
    score, choices = question.session.score, question.session.current.choices
    # the window is closed here: nothing more is saved; a new game starts from the file
    again = make_app(tmp_path)
    settle(again)
    levels = press(again, key(Act.CHOOSE, 0))
    assert isinstance(levels, LevelSelectScene) and levels.menu.focus == 0
    intro = press(again, key(Act.CONFIRM))
    assert isinstance(intro, IntroScene) and [b.label for b in intro.menu.buttons] == ["Resume", "Start over", "Back"]
    resumed = press(again, key(Act.CONFIRM))
    assert isinstance(resumed, QuestionScene)
    assert (resumed.session.index, resumed.session.score, resumed.session.current.choices) == (2, score, choices)


def test_closing_the_window_in_a_level_asks_first_and_a_second_close_quits() -> None:
    app = make_app()
    question = start_level(app)
    asked = press(app, Action(Act.QUIT))
    assert isinstance(asked, ConfirmScene) and asked.question.startswith("Quit Byline?")
    assert press(app, *click(asked.menu.buttons[0].rect)) is question  # Keep playing
    assert isinstance(press(app, *click(question.read.rect)), ArticleScene)
    assert isinstance(press(app, Action(Act.QUIT)), ConfirmScene)  # asked from any screen of the level
    app.step([Action(Act.QUIT)])
    assert app.stack.empty


@pytest.mark.parametrize("apart_ms", [0, 30, 80])
def test_a_double_click_on_the_close_button_asks_and_waits_for_the_answer(apart_ms: float) -> None:
    """The second click of an impatient double click is not a yes to a "Quit Byline?" nobody has read yet."""
    app = make_app()
    question = start_level(app)
    frames = max(1, round(apart_ms * 60 / 1000))
    app.run_script([(0, Action(Act.QUIT)), (frames, Action(Act.QUIT))], max_frames=frames + 1)
    assert not app.stack.empty, "the second click quit without the player seeing the question"
    settle(app)
    asked = app.stack.top
    assert isinstance(asked, ConfirmScene) and asked.question.startswith("Quit Byline?")
    assert press(app, key(Act.BACK)) is question  # still playing, on the same question


def test_esc_on_the_title_asks_and_quit_quits() -> None:
    app = make_app()
    settle(app)
    asked = press(app, key(Act.BACK))
    assert isinstance(asked, ConfirmScene) and asked.question == "Quit Byline?"
    assert isinstance(press(app, key(Act.BACK)), TitleScene)  # Esc again: keep playing
    press(app, key(Act.BACK))
    app.step([Action(Act.CHOOSE, index=1)])  # Quit
    assert app.stack.empty


def test_a_locked_level_says_how_to_unlock_it(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    settle(app)
    levels = press(app, key(Act.CHOOSE, 0))
    assert isinstance(levels, LevelSelectScene)
    assert press(app, key(Act.CHOOSE, 1)) is levels
    assert levels.message.startswith("Locked: earn at least one star in")
    assert bundled_pack().levels[0].level.title in levels.message
