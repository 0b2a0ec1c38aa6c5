"""The traps a new student fell into (issue 11): each test here failed before its fix."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pygame
import pytest

from game.content.session import Session, State
from game.ui.actions import Act, Action, InputMapper
from game.ui.app import App
from game.ui.article_view import ArticleView
from game.ui.autoplay import Autoplayer
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.scenes.article import ArticleScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene, answer_text
from game.ui.scenes.front_page import FrontPageScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.title import TitleScene
from game.ui.text import TextCache, line_step

from .harness import bundled_pack, click, key, make_app, play_until, press, settle
from .test_cite_words_confidence import pack_of

FRAME_MS = 1000 / 60  # the harness clock steps one 60 Hz frame at a time


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def first_question(app: App) -> QuestionScene:
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    question = press(app, key(Act.CONFIRM))
    assert isinstance(question, QuestionScene)
    return question


def double_press(app: App, first: Action, second: Action, apart_ms: float) -> None:
    """Two presses `apart_ms` apart, on the frames a 60 Hz game would see them, then let the game settle."""
    gap = max(0, round(apart_ms / FRAME_MS))
    app.run_script([(0, first), (gap, second)], max_frames=gap + 1)
    settle(app)


def tap(at: tuple[int, int]) -> list[Action]:
    return [Action(Act.POINT, pos=at), Action(Act.PRESS, pos=at), Action(Act.CLICK, pos=at)]


@pytest.mark.parametrize("apart_ms", [0, 30, 80, 300])
@pytest.mark.parametrize("device", ["keyboard", "mouse", "held"])
def test_a_double_press_on_feedback_never_answers_the_next_question(apart_ms: float, device: str) -> None:
    app = make_app()
    question = first_question(app)
    choice = question.choices[0].rect.center  # where the next question's first answer will be
    feedback = press(app, key(Act.CHOOSE, 0))
    assert isinstance(feedback, FeedbackScene)
    if device == "keyboard":
        double_press(app, key(Act.CONFIRM), key(Act.CONFIRM), apart_ms)
    elif device == "mouse":  # a quick second tap lands on the answer under the finger
        if apart_ms >= 300:
            pytest.skip("a tap 300 ms after the question appeared is a deliberate answer")
        next_button = feedback.menu.buttons[0].rect.center
        app.step(tap(next_button))
        gap = max(1, round(apart_ms / FRAME_MS))
        app.run_script([(gap - 1, action) for action in tap(choice)], max_frames=gap)
        settle(app)
    else:  # the button went down on the feedback screen and comes up on the question
        press(app, Action(Act.POINT, pos=choice), Action(Act.PRESS, pos=choice))
        double_press(app, key(Act.CONFIRM), Action(Act.CLICK, pos=choice), apart_ms)
    assert app.stack.top is question
    assert question.session.index == 1 and question.session.state is State.ASKING
    assert len(question.session.results) == 1  # the second question is still unanswered


@pytest.mark.parametrize("apart_ms", [0, 30, 80, 300])
def test_a_double_press_on_see_my_results_stops_at_the_front_page(apart_ms: float) -> None:
    app = make_app(unlock_all=True)
    first_question(app)
    bot = Autoplayer("correct")

    def last_feedback(top: object) -> bool:
        return isinstance(top, FeedbackScene) and top.menu.buttons[0].label == "See my results"

    play_until(app, last_feedback, lambda top: bot.actions(top))
    double_press(app, key(Act.CONFIRM), key(Act.CONFIRM), apart_ms)
    assert isinstance(app.stack.top, FrontPageScene)  # the results begin with tomorrow's paper


@pytest.mark.parametrize("apart_ms", [0, 30, 80])
def test_a_double_press_on_the_way_to_a_level_stops_on_every_screen(apart_ms: float) -> None:
    """Enter, Enter, Enter on the title went through the board and the story's desk into a question; a double
    click on Play opened the story whose card lay under the pointer."""
    app = make_app(unlock_all=True)
    settle(app)
    title = app.stack.top
    assert isinstance(title, TitleScene)
    board = press(app, key(Act.CHOOSE, 0))
    assert isinstance(board, LevelSelectScene)
    card = board.menu.buttons[2].rect.center  # where a story's card lies, under the second click of a double click
    press(app, key(Act.BACK))
    app.step(tap(title.menu.buttons[0].rect.center))  # Play
    app.run_script([(max(0, round(apart_ms / FRAME_MS) - 1), action) for action in tap(card)], max_frames=5)
    settle(app)
    assert isinstance(app.stack.top, LevelSelectScene) and app.stack.top.message == ""
    double_press(app, key(Act.CONFIRM), key(Act.CONFIRM), apart_ms)  # the focused story, then its Start
    assert isinstance(app.stack.top, IntroScene)
    double_press(app, key(Act.CONFIRM), key(Act.CONFIRM), apart_ms)
    assert isinstance(app.stack.top, QuestionScene)
    assert not app.stack.top.session.results


@pytest.mark.parametrize("apart_ms", [30, 80])
def test_a_double_click_on_settings_changes_no_setting(apart_ms: float) -> None:
    """The second click landed on the settings row under the pointer (Reduce motion) and switched it."""
    app = make_app()
    settle(app)
    title = app.stack.top
    assert isinstance(title, TitleScene)
    before = msgspec.structs.asdict(title.ctx.settings)
    spot = title.menu.buttons[1].rect.center  # Settings
    app.step(tap(spot))
    app.run_script([(round(apart_ms / FRAME_MS) - 1, action) for action in tap(spot)], max_frames=5)
    settings = app.stack.top
    assert isinstance(settings, SettingsScene) and any(b.rect.collidepoint(spot) for b in settings.menu.buttons)
    settle(app)
    assert msgspec.structs.asdict(title.ctx.settings) == before


def double_click(app: App, at: tuple[int, int], apart_ms: float) -> None:
    """Two clicks on one spot `apart_ms` apart, on the frames a 60 Hz game would see them; then let the game settle."""
    app.step(tap(at))
    app.run_script([(max(0, round(apart_ms / FRAME_MS) - 1), action) for action in tap(at)], max_frames=5)
    settle(app)


@pytest.mark.parametrize("apart_ms", [30, 80])
@pytest.mark.parametrize("size", [(800, 600), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_a_double_click_on_a_button_over_the_question_never_answers_it(apart_ms: float, size: tuple[int, int]) -> None:
    """Keep playing (after Esc) lies over an answer, and Back to the question over Read the article: the second
    click answered the question, or shut the article it had just opened."""
    app = make_app(size=size)
    question = first_question(app)
    dialog = press(app, key(Act.BACK))
    assert isinstance(dialog, ConfirmScene)
    keep_playing = dialog.menu.buttons[0].rect.center
    assert any(choice.rect.collidepoint(keep_playing) for choice in question.choices)
    double_click(app, keep_playing, apart_ms)
    assert app.stack.top is question and not question.session.results
    double_click(app, question.extras[0].rect.center, apart_ms)  # Read the article
    assert isinstance(app.stack.top, ArticleScene)


def test_a_new_question_ignores_presses_while_it_settles_then_takes_them() -> None:
    app = make_app()
    question = first_question(app)
    press(app, key(Act.CHOOSE, 0))
    app.run_script([(0, key(Act.CONFIRM)), (3, key(Act.CHOOSE, 0))], max_frames=4)  # 1 key 50 ms after
    settle(app)
    assert app.stack.top is question and len(question.session.results) == 1
    assert isinstance(press(app, key(Act.CHOOSE, 0)), FeedbackScene)  # a later, deliberate press counts


def back_button(scene: object) -> pygame.Rect:
    buttons = scene.menu.buttons  # type: ignore[attr-defined]
    found = [b.rect for b in buttons if b.label.startswith("Back") and b.rect.width]
    assert found, [b.label for b in buttons]
    return found[0]


def test_a_mouse_or_touch_player_can_leave_a_level() -> None:
    app = make_app()
    question = first_question(app)
    confirm = press(app, *click(back_button(question)))
    assert isinstance(confirm, ConfirmScene) and "Leave this level?" in confirm.question
    assert press(app, *click(confirm.menu.buttons[0].rect)) is question  # "Keep playing"
    confirm = press(app, *click(back_button(question)))
    assert isinstance(press(app, *click(confirm.menu.buttons[1].rect)), LevelSelectScene)


def test_loaded_words_feedback_lists_words_without_doubled_punctuation() -> None:
    level = next(x for x in bundled_pack().levels if x.level.id.startswith("04") or "loaded" in x.level.id)
    session = Session(level, seed=1)
    while session.current.question.id != "interesting-information":
        session.answer(list(session.current.key))  # whatever kind the questions before it are
        session.next()
    choices = session.current.choices
    result = session.answer([choices.index("that,"), choices.index("speech,")])
    text = answer_text(result)
    assert ",," not in text and ",." not in text
    assert "You marked: that, speech." in text


QUOTING_CLAIM = """\
id: quoting
title: Quoting
article: sony-hack-denial.txt
intro: A claim that quotes someone.
questions:
  - id: deed
    type: contradiction
    claim: 'the same authorities called it a "righteous deed"'
    candidates:
      - "the Beijing officials have not yet given an official response"
      - "president Obama denounced North Korea's hacking operation against Sony"
    answer:
      - "president Obama denounced North Korea's hacking operation against Sony"
    explanation: Praise and condemnation clash.
"""


def test_a_claim_that_quotes_someone_is_shown_with_nested_quotes(tmp_path: Path) -> None:
    screen = pygame.display.set_mode((1280, 720))
    ctx = GameContext(pack_of(tmp_path, QUOTING_CLAIM), seed=1)
    app = App(screen, TitleScene(ctx), FakeClock())
    question = first_question(app)
    app.stack.draw(app.screen)
    shown = [key[3] for key in ctx.cache._entries if isinstance(key[3], str) and "righteous" in key[3]]
    assert shown and not any('"\u201d' in line or '\u201c"' in line for line in shown), shown
    assert any("\u2018righteous deed\u2019\u201d" in line for line in shown), shown
    assert question.session.current.question.id == "deed"


def straddling_ink(view: ArticleView, surface: pygame.Surface) -> list[str]:
    """Lines cut by the top or bottom edge of the view that show any ink (a half line)."""
    inner = view.inner()
    panel = view.ctx.theme.panel
    cut = []
    for block, top in zip(view.blocks, view._tops, strict=True):
        font = view._font(block)
        for i, _ in enumerate(view._lines(block, inner.width)):
            y = inner.top + top + i * line_step(font) - view.offset
            box = pygame.Rect(inner.left, y, inner.width, font.get_height())
            seen = box.clip(inner)
            if inner.contains(box) or not seen.height:
                continue
            mask = pygame.mask.from_threshold(surface.subsurface(seen), panel, (1, 1, 1, 255))
            if mask.count() != seen.width * seen.height:
                cut.append(f"block {block} line {i} at offset {view.offset}")
    return cut


@pytest.mark.parametrize("size", [(800, 600), (1280, 720)])
def test_evidence_and_cite_views_show_whole_lines_only(size: tuple[int, int]) -> None:
    app = make_app(size=size)
    first_question(app)
    feedback = press(app, key(Act.CHOOSE, 1))
    assert isinstance(feedback, FeedbackScene)
    views = [feedback.evidence, ArticleView(feedback.ctx, feedback.evidence.article)]
    views[1].layout(pygame.Rect(40, 100, size[0] - 80, size[1] // 2 + 7), feedback.scale)
    cut: list[str] = []
    for view in views:
        for amount in [0.0, 1.0, 1.0, 0.5, 3.0, -1.0, 2.5, 1000.0, -2.0, -1000.0]:
            view.handle(Action(Act.SCROLL, amount=amount))
            surface = pygame.Surface(size)
            view.draw(surface)
            cut += straddling_ink(view, surface)
    assert cut == []


def test_the_pointers_resting_place_does_not_take_the_focus_but_moving_it_does() -> None:
    app = make_app()
    settle(app)
    title = app.stack.top
    settings = title.menu.buttons[1].rect.center  # type: ignore[union-attr]
    mapper = InputMapper()

    def pointer_at(pos: tuple[int, int]) -> None:
        event = pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)
        press(app, *mapper.to_actions(event, app.screen.get_size()))

    pointer_at(settings)  # SDL reports where the pointer rests as the window appears
    pointer_at(settings)
    assert title.menu.focus == 0  # type: ignore[union-attr]
    pointer_at((settings[0] + 3, settings[1]))  # the player moves the mouse
    assert title.menu.focus == 1  # type: ignore[union-attr]


def test_a_window_switched_to_fullscreen_and_back_keeps_the_focus_where_it_was() -> None:
    """F11 twice moved the title's focus from Play to the button that came to lie under the resting pointer."""
    app = make_app()
    settle(app)
    title = app.stack.top
    assert isinstance(title, TitleScene)
    mapper = InputMapper()

    def window_news(*events: pygame.event.Event) -> None:
        press(app, *[action for event in events for action in mapper.to_actions(event, app.screen.get_size())])

    def pointer_at(pos: tuple[int, int]) -> pygame.event.Event:
        return pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)

    play = title.menu.buttons[0].rect.center
    window_news(pointer_at((play[0], play[1] - 2)), pointer_at(play))  # the player points at Play
    assert title.menu.focus == 0
    for _ in range(2):  # F11, F11: SDL says the window was entered, then where the pointer now rests in it
        press(app, Action(Act.FULLSCREEN))
        quit_button = title.menu.buttons[2].rect.center
        window_news(pygame.event.Event(pygame.WINDOWENTER, window=None), pointer_at(quit_button))
        assert title.menu.focus == 0
    window_news(pointer_at((quit_button[0] + 3, quit_button[1])))  # the player moves the mouse
    assert title.menu.focus == 2


def test_no_sound_device_shows_a_muted_speaker_not_an_error_text(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def no_device(*_: object, **__: object) -> None:
        raise pygame.error("ALSA: Couldn't open audio device: No such file or directory")

    monkeypatch.setattr(pygame.mixer, "init", no_device)  # pygame's, not ours: the machine has no sound card
    app = make_app()
    settle(app)
    title = app.stack.top
    ctx = title.ctx  # type: ignore[union-attr]
    ctx.sound.play("click")
    app.stack.draw(app.screen)
    assert not any("ALSA" in notice for notice in ctx.notices)  # nothing technical on screen
    assert "ALSA" in caplog.text  # the detail is in the log
    w, h = app.screen.get_size()
    corner = app.screen.subsurface(pygame.Rect(w - 60, h - 60, 60, 60))
    ink = pygame.mask.from_threshold(corner, ctx.theme.muted_text, (2, 2, 2, 255)).count()
    assert ink > 40  # the muted speaker


def test_the_article_keeps_the_question_in_sight() -> None:
    app = make_app()
    question = first_question(app)
    article = press(app, *click(question.read.rect))
    assert isinstance(article, ArticleScene)
    question.ctx.cache = TextCache()  # only what the article screen draws from here on
    app.stack.resize(app.stack.size)  # painted anew, not copied back from the frame before
    app.stack.draw(app.screen)
    shown = " ".join(k[3] for k in question.ctx.cache._entries if isinstance(k[3], str))
    assert "Who said this, according to the article?" in shown
    assert question.session.current.question.passage.split()[0] in shown
    assert article.view.rect.top > article.question_rect.bottom


@pytest.mark.parametrize(("apart_ms", "answered"), [(30, False), (80, False), (300, True)])
def test_a_double_enter_on_a_question_shows_the_focus_before_it_answers(apart_ms: float, answered: bool) -> None:
    """The first Enter only shows which answer Enter would pick; a mashed second one must not pick it unseen."""
    app = make_app()
    question = first_question(app)
    settle(app)
    double_press(app, key(Act.CONFIRM), key(Act.CONFIRM), apart_ms)
    assert len(question.session.results) == int(answered)
