"""Traps the sixth playtest found by playing the real window like an impatient student: each test here failed before
its fix (the real-window ones are in tests/kiosk/test_play_window_x11.py)."""

from __future__ import annotations

import pygame
import pytest

from game.content.article import Span
from game.content.session import State
from game.ui.actions import Act, Action, InputMapper
from game.ui.app import App
from game.ui.article_view import ArticleView
from game.ui.context import GameContext
from game.ui.scenes import settings
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.settings import SettingsScene

from .harness import bundled_pack, key, make_app, press, settle
from .test_traps_playtest5 import play


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def test_on_a_screen_too_small_for_a_window_the_fullscreen_setting_says_so_and_takes_no_press(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On an 800x600 screen the game stays fullscreen (a window there has its title bar or bottom off the screen):
    Settings must not offer to leave it, nor remember 'off' for the next start."""
    monkeypatch.setattr(settings, "window_fits_this_screen", lambda: False)
    app = make_app(size=(800, 600))
    settle(app)
    scene = press(app, key(Act.CHOOSE, 1))
    assert isinstance(scene, SettingsScene)
    row = settings.SETTINGS.index("fullscreen")
    button = scene.menu.buttons[row]
    assert button.label == "Fullscreen: on (small screen)" and not button.enabled
    before = scene.ctx.settings.fullscreen
    press(app, key(Act.CHOOSE, row))
    assert scene.ctx.settings.fullscreen == before and not app.stack.pending


def posted_frames(app: App, mapper: InputMapper, events: list[pygame.event.Event], frames: int = 1) -> None:
    """Post real SDL events to pygame's queue and run `frames` frames that read them as the real loop does."""
    for event in events:
        pygame.event.post(event)
    for _ in range(frames):
        size = app.screen.get_size()
        app.step([action for event in app.events(0) for action in mapper.to_actions(event, size)])


def finger(kind: int, pos: tuple[int, int], size: tuple[int, int]) -> list[pygame.event.Event]:
    """One finger going down or up at `pos`, with the mouse event SDL also sends for it."""
    x, y = pos
    down = kind == pygame.FINGERDOWN
    touch = {"touch_id": 1, "finger_id": 0, "dx": 0.0, "dy": 0.0, "x": x / size[0], "y": y / size[1]}
    mouse = pygame.MOUSEBUTTONDOWN if down else pygame.MOUSEBUTTONUP
    return [
        pygame.event.Event(kind, pressure=1.0 if down else 0.0, **touch),
        pygame.event.Event(mouse, pos=(x, y), button=1, touch=True),
    ]


def double_tap(app: App, mapper: InputMapper, pos: tuple[int, int], gap_frames: int) -> None:
    size = app.screen.get_size()
    posted_frames(app, mapper, finger(pygame.FINGERDOWN, pos, size), 2)
    posted_frames(app, mapper, finger(pygame.FINGERUP, pos, size), max(1, gap_frames - 2))
    posted_frames(app, mapper, finger(pygame.FINGERDOWN, pos, size), 2)
    posted_frames(app, mapper, finger(pygame.FINGERUP, pos, size), 1)
    settle(app)


@pytest.mark.parametrize("gap_ms", [30, 80, 200])
@pytest.mark.parametrize("size", [(800, 600), (1366, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_real_finger_events_answer_a_tapped_choice_once_and_never_the_next_question(
    size: tuple[int, int], gap_ms: int
) -> None:
    """Playtest 6 posted SDL finger events (with the mouse events SDL adds for a touch) into the running game's
    event queue: a double tap on a choice answers it once, and a double tap on "Next question" shows the next
    question unanswered. (No trap found: this keeps it so.)"""
    pygame.event.clear()
    app = make_app(size=size)
    mapper = InputMapper()
    settle(app)
    press(app, key(Act.CHOOSE, 0))  # the board
    desk = press(app, key(Act.CHOOSE, 0))
    assert isinstance(desk, IntroScene)
    question = press(app, key(Act.CONFIRM))
    assert isinstance(question, QuestionScene)
    gap = max(2, round(gap_ms / 1000 * 60))
    for number in range(3):
        session = question.session
        assert (session.index, session.state) == (number, State.ASKING)
        double_tap(app, mapper, question.choices[0].rect.center, gap)
        feedback = app.stack.top
        assert isinstance(feedback, FeedbackScene) and session.index == number  # answered once, this question
        double_tap(app, mapper, feedback.menu.buttons[0].rect.center, gap)
        assert app.stack.top is question and (session.index, session.state) == (number + 1, State.ASKING)


def test_a_double_click_on_a_setting_changes_it_once() -> None:
    """A double click on "Font: Atkinson Hyperlegible" switched to OpenDyslexic and straight back (it looked dead),
    and one on "Text size: medium" gave small instead of large. A click half a second or more later counts again."""
    app = make_app()
    settle(app)
    scene = press(app, key(Act.CHOOSE, 1))
    assert isinstance(scene, SettingsScene)
    font, size = (scene.menu.buttons[settings.SETTINGS.index(name)].rect.center for name in ("font", "text_size"))
    clicks = [Action(Act.POINT, pos=font), Action(Act.PRESS, pos=font), Action(Act.CLICK, pos=font)]
    app.step(clicks)
    for _ in range(6):  # 100 ms later, the second click of the double click
        app.step([])
    app.step(clicks[1:])
    settle(app)
    assert scene.ctx.settings.font == "opendyslexic"
    clicks = [Action(Act.POINT, pos=size), Action(Act.PRESS, pos=size), Action(Act.CLICK, pos=size)]
    press(app, *clicks)
    app.step(clicks[1:])  # at once: the double click's second
    settle(app)
    assert scene.ctx.settings.text_size == "large"
    for _ in range(36):  # 600 ms: a new click
        app.step([])
    press(app, *clicks[1:])
    assert scene.ctx.settings.text_size == "small"


def evidence_lines(view: ArticleView) -> tuple[int, int, int]:
    """The highlighted passage's first line top and last line bottom in the content, and the view's height."""
    span = view.highlight
    assert span is not None
    top = view.span_top(span)
    last = view.span_top(Span(span.block, max(span.start, span.end - 1), span.end))
    assert top is not None and last is not None
    return top, last + view.ctx.font("body", view.scale).get_height(), view.inner().height


@pytest.mark.parametrize(
    "level_id", ["who-said-it", "fact-or-opinion", "what-contradicts-what", "loaded-words", "practice-skate-park"]
)
def test_the_feedbacks_evidence_shows_as_much_of_the_highlight_as_its_box_holds(level_id: str) -> None:
    """In the largest OpenDyslexic at 800x600 the evidence box holds three lines, and the highlight could start on
    the last of them, the rest out of sight below, though the box could hold all of it: a highlight that fits the box
    now shows whole, and a longer one starts in the box's upper third (at its top, in a box this short)."""
    ctx = GameContext(bundled_pack(), seed=7, unlock_all=True)
    ctx.settings.text_size, ctx.settings.font = "large", "opendyslexic"  # type: ignore[assignment]
    cut: list[str] = []
    seen = 0
    for app in play(ctx, level_id, "correct"):
        top = app.stack.top
        if isinstance(top, FeedbackScene) and top.evidence.highlight is not None:
            seen += 1
            first, last, height = evidence_lines(top.evidence)
            offset = top.evidence.offset
            whole = offset <= first and last <= offset + height
            line = ctx.font("body", top.scale).get_linesize()
            if not (whole or (last - first > height and offset <= first <= offset + height // 3 + line)):
                cut.append(f"{top.result.question.id}: lines {first}-{last}, view {offset}-{offset + height}")
    assert seen >= 4 and cut == [], cut
