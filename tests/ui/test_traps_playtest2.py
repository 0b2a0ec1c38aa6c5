"""Traps the second playtest found by playing the real window like an impatient student: each failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.actions import Act, Action, InputMapper
from game.ui.app import App
from game.ui.clock import FakeClock
from game.ui.scenes.article import ArticleScene
from game.ui.scenes.cite import CiteScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.levels import LevelSelectScene, card_status
from game.ui.scenes.question import QuestionScene

from .harness import click, key, make_app, press, settle
from .test_cite_words_confidence import app, mark_a_wrong_word, point_in_sentence, proving_sentence
from .test_traps import double_press, first_question, tap

__all__ = ["app"]  # the fixture: a level whose questions ask to cite


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


@pytest.mark.parametrize("apart_ms", [0, 30, 80])
def test_a_mashed_escape_goes_back_one_screen_only(apart_ms: float) -> None:
    """Escape, Escape, Escape on the story's desk went through the board and the title to "Quit Byline?"."""
    app = make_app()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    assert isinstance(press(app, key(Act.CHOOSE, 0)), IntroScene)
    double_press(app, key(Act.BACK), key(Act.BACK), apart_ms)
    assert isinstance(app.stack.top, LevelSelectScene)


@pytest.mark.parametrize("apart_ms", [0, 30, 80])
def test_a_mashed_escape_on_the_article_closes_it_without_asking_to_leave(apart_ms: float) -> None:
    app = make_app()
    question = first_question(app)
    read = next(b for b in question.menu.buttons if b.label == "Read the article")
    article = press(app, *click(read.rect))
    assert isinstance(article, ArticleScene)
    double_press(app, key(Act.BACK), key(Act.BACK), apart_ms)
    assert app.stack.top is question


def test_a_late_escape_still_goes_back() -> None:
    """The control: an Escape pressed once the screen has been seen does go back."""
    app = make_app()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    double_press(app, key(Act.BACK), key(Act.BACK), 300)
    assert not isinstance(app.stack.top, (LevelSelectScene, IntroScene))


def test_a_level_left_half_way_says_so_on_the_board(tmp_path: Path) -> None:
    """The board called a level with answers kept "New story"; its desk offered Resume."""
    app = make_app(tmp_path)
    question = first_question(app)
    level_id = question.session.level.id
    assert card_status(question.ctx.progress, level_id, True) == "new"
    press(app, key(Act.CHOOSE, 0))  # an answer, kept
    press(app, key(Act.CONFIRM))  # on to the next question
    assert isinstance(app.stack.top, QuestionScene)
    press(app, key(Act.BACK))
    assert isinstance(app.stack.top, ConfirmScene)
    press(app, key(Act.FOCUS_NEXT), key(Act.CONFIRM))  # Leave
    assert isinstance(app.stack.top, LevelSelectScene)
    assert card_status(question.ctx.progress, level_id, True) == "in_progress"


@pytest.mark.parametrize("apart_ms", [0, 30, 80, 200])
def test_a_mashed_enter_after_answering_never_cites_a_sentence_nobody_picked(app: App, apart_ms: float) -> None:
    """Show me where opened with the headline highlighted, and Enter cited it: an answer, then Enter, Enter, and the
    step was gone, with "Your citation missed"."""
    mark_a_wrong_word(app)
    question = press(app, key(Act.CONFIRM))
    cite = press(app, key(Act.CHOOSE, 0))
    assert isinstance(cite, CiteScene)
    double_press(app, key(Act.CONFIRM), key(Act.CONFIRM), apart_ms)
    assert app.stack.top is cite and len(question.session.results) == 1  # the highlight shows, nothing is cited
    assert cite.sentence == 0
    assert isinstance(press(app, key(Act.CONFIRM)), ConfirmScene)  # once shown, Enter cites it


def test_the_cite_button_waits_for_a_sentence_and_a_click_picks_one(app: App) -> None:
    mark_a_wrong_word(app)
    press(app, key(Act.CONFIRM))
    cite = press(app, key(Act.CHOOSE, 0))
    assert isinstance(cite, CiteScene) and not cite.cite.enabled
    assert press(app, *click(cite.cite.rect)) is cite  # nothing picked: the button does nothing
    target = proving_sentence(app)
    press(app, *click(pygame.Rect(point_in_sentence(cite, target), (1, 1))))
    assert cite.sentence == target and cite.cite.enabled
    assert isinstance(press(app, *click(cite.cite.rect)), ConfirmScene)


@pytest.mark.parametrize("apart_ms", [0, 30, 80, 200])
def test_a_mashed_enter_never_says_how_sure_for_the_student(app: App, apart_ms: float) -> None:
    """ "How sure are you?" opened with "Guessing" in focus: Enter, Enter after an answer recorded a guess nobody made
    (and the end-of-level calibration counted it)."""
    question = app.stack.top
    assert isinstance(question, QuestionScene)
    press(app, *click(question.choices[question.session.current.choices.index("another")].rect))
    sure = press(app, *click(question.check.rect))  # type: ignore[union-attr]
    assert isinstance(sure, ConfirmScene) and sure.shot_name == "confidence"
    press(app)  # the dialog settles: a mashed Enter now comes after it could be read
    double_press(app, key(Act.CONFIRM), key(Act.CONFIRM), apart_ms)
    assert app.stack.top is sure and not question.session.results  # the first Enter shows the focus only
    assert isinstance(press(app, key(Act.CHOOSE, 2)), FeedbackScene)
    assert question.session.results[-1].confidence == 2


def mouse_drag(app: App, start: tuple[int, int], end: tuple[int, int]) -> list[Action]:
    """The left button down at `start`, the pointer moved to `end`, released there, as the real mapper reads it."""
    mapper, size = InputMapper(), app.screen.get_size()
    (x0, y0), (x1, y1) = start, end
    path = [(x0 + (x1 - x0) * i // 4, y0 + (y1 - y0) * i // 4) for i in range(5)]
    events = [pygame.event.Event(pygame.MOUSEMOTION, pos=start, rel=(0, 0), buttons=(0, 0, 0), touch=False)]
    events.append(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=start, button=1, touch=False))
    events += [pygame.event.Event(pygame.MOUSEMOTION, pos=p, rel=(0, 0), buttons=(1, 0, 0), touch=False) for p in path]
    events.append(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=end, button=1, touch=False))
    return [action for event in events for action in mapper.to_actions(event, size)]


def test_a_mouse_drag_that_ends_on_an_answer_does_not_answer() -> None:
    """Dragging the passage as if to scroll it, and letting go over an answer, answered the question."""
    app = make_app()
    question = first_question(app)
    start = question.choices[0].rect.midtop[0], question.choices[0].rect.top - 60  # on the passage
    press(app, *mouse_drag(app, start, question.choices[2].rect.center))
    assert app.stack.top is question and not question.session.results
    press(app, *mouse_drag(app, question.choices[2].rect.center, question.choices[2].rect.center))  # a plain click
    assert question.session.results


@pytest.mark.parametrize("apart_ms", [0, 60, 150, 300, 450])
def test_a_double_click_on_a_loaded_word_marks_it(app: App, apart_ms: float) -> None:
    """A double click (the habit for picking a word) marked the word and took the mark off again."""
    question = app.stack.top
    assert isinstance(question, QuestionScene) and question.marking
    word = question.choices[question.session.current.choices.index("bullying")]
    double_press(app, Action(Act.CLICK, pos=word.rect.center), Action(Act.CLICK, pos=word.rect.center), apart_ms)
    assert word.mark == "picked"


def test_a_second_click_on_a_loaded_word_later_takes_the_mark_off(app: App) -> None:
    question = app.stack.top
    assert isinstance(question, QuestionScene)
    word = question.choices[question.session.current.choices.index("bullying")]
    double_press(app, Action(Act.CLICK, pos=word.rect.center), Action(Act.CLICK, pos=word.rect.center), 700)
    assert word.mark is None


@pytest.mark.parametrize("build_ms", [300, 1000])
def test_a_double_click_during_a_slow_screen_change_never_answers_the_new_screen(build_ms: float) -> None:
    """A double click on "2-minute refresher" answered its first question unseen: building the question took longer
    than the quarter second a new screen waits, and that time, spent before anything of it showed, counted as seen."""
    app = make_app()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    intro = press(app, key(Act.CHOOSE, 0))
    assert isinstance(intro, IntroScene)
    app.step(tap(intro.menu.buttons[0].rect.center))  # Start: the question is built, drawn and shown in this frame
    question = app.stack.top
    assert isinstance(question, QuestionScene)
    assert isinstance(app.clock, FakeClock)
    app.clock.step = build_ms / 1000  # ... which took this long, while the second click waited in the queue
    app.step(tap(question.choices[0].rect.center))
    app.clock.step = 1 / 60
    settle(app)
    assert app.stack.top is question and not question.session.results
