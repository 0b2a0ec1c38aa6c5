"""Traps the third playtest found by playing the real window (and the kiosk) like an impatient student: each test
here failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.actions import Act, Action, InputMapper
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.kiosk import Kiosk
from game.ui.scenes import feedback as feedback_module
from game.ui.scenes.chain import ChainScene
from game.ui.scenes.cite import CiteScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.kiosk_attract import AttractScene
from game.ui.scenes.kiosk_prompts import InitialsScene, StillThereScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.title import TitleScene
from tests.kiosk.harness import TODAY, make_kiosk, typed, wait
from tests.kiosk.harness import press as kiosk_press
from tests.kiosk.harness import settle as kiosk_settle
from tests.kiosk.harness import tap as kiosk_tap

from .harness import click, key, make_app, press, settle
from .test_chain_and_choice import app, chain_shown
from .test_cite_words_confidence import LEVEL, mark_a_wrong_word, pack_of, point_in_sentence
from .test_traps import double_press

__all__ = ["app"]  # the fixture: a level that opens on a source chain


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def exposed(app: App) -> list[Action]:
    """The window shown again after it was minimised or covered, as SDL reports it, through the real mapper."""
    return InputMapper().to_actions(pygame.event.Event(pygame.WINDOWEXPOSED), app.screen.get_size())


def blank_pixels(surface: pygame.Surface) -> int:
    return pygame.mask.from_threshold(surface, (0, 0, 0), (1, 1, 1, 255)).count()


def test_a_window_shown_again_is_painted_again() -> None:
    """Minimised and restored (or uncovered), the window stayed black: nothing moved, so nothing was drawn, and the
    window system had not kept its pixels. A student saw a dead game until the pointer happened to hover a button."""
    app = make_app()
    settle(app)
    app.screen.fill((0, 0, 0))  # what the window system shows of a window it did not keep
    top = app.stack.top
    app.step(exposed(app))
    assert blank_pixels(app.screen) < app.screen.get_width() * app.screen.get_height() // 100
    settle(app)
    assert app.stack.top is top  # news about the window, not a press


def test_a_kiosk_shown_again_is_painted_and_nobody_counts_as_there(tmp_path: Path) -> None:
    """The kiosk's window guard put a minimised kiosk back fullscreen, black until the demo started; the repaint
    must not look like a student either (it would keep "Are you still there?" away, or end a demo)."""
    kiosk = make_kiosk(tmp_path, demo=False, idle_seconds=30)
    kiosk_settle(kiosk)
    kiosk_press(kiosk, *kiosk_tap((640, 600)))
    asking = wait(kiosk, 31)
    assert isinstance(asking, StillThereScene)
    kiosk.app.screen.fill((0, 0, 0))
    assert kiosk.step(exposed(kiosk.app))
    assert blank_pixels(kiosk.app.screen) < kiosk.app.screen.get_width() * kiosk.app.screen.get_height() // 100
    assert kiosk.app.stack.top is asking  # still asking: a repaint is nobody's touch


@pytest.mark.parametrize("apart_ms", [0, 30, 80, 200])
def test_a_number_then_a_mashed_enter_adds_one_card_to_the_chain(app: App, apart_ms: float) -> None:
    """A card picked with its number moved the focus to the next free card, and the Enter mashed after it added that
    card too: "2, Enter, Enter" built a whole chain of cards the student never chose."""
    scene = app.stack.top
    assert isinstance(scene, ChainScene)
    first = scene.session.current.choices[1]
    double_press(app, key(Act.CHOOSE, 1), key(Act.CONFIRM), apart_ms)
    assert chain_shown(scene) == [first]


def test_enter_on_a_card_shown_in_focus_still_adds_it(app: App) -> None:
    """The control: once the moved focus has been seen, Enter adds the card it shows."""
    scene = app.stack.top
    assert isinstance(scene, ChainScene)
    press(app, key(Act.CHOOSE, 1))
    focused = scene.menu.focus
    assert focused is not None and focused != 1
    double_press(app, key(Act.CONFIRM), key(Act.CONFIRM), 300)
    assert len(scene.chain) == 3


def reach_initials(folder: Path) -> tuple[Kiosk, InitialsScene]:
    kiosk = make_kiosk(folder, demo=False)
    kiosk_settle(kiosk)
    top = kiosk_press(kiosk, *kiosk_tap((640, 600)))
    assert isinstance(top, LevelSelectScene)
    bot = Autoplayer("correct", level_count=1)
    while not isinstance(top, InitialsScene):
        assert not isinstance(top, AttractScene)
        top = kiosk_press(kiosk, *bot.actions(top))
    return kiosk, top


def test_a_mashed_enter_never_puts_initials_nobody_typed_on_the_board(tmp_path: Path) -> None:
    """Enter mashed through the end of a level typed the focused "A" three times and saved "AAA" on today's board
    (and recorded the visit's next levels under it)."""
    kiosk, initials = reach_initials(tmp_path)
    for _ in range(12):  # Enter, five times a second for over two seconds
        assert kiosk.step([Action(Act.CONFIRM)])
        wait(kiosk, 0.2, frame=0.05)
    assert kiosk.app.stack.top is initials and initials.letters == "" and initials.message  # it says how instead
    assert kiosk.board.today(TODAY) == [] and kiosk.visit is not None and kiosk.visit.initials == ""


def test_an_enter_after_two_typed_letters_neither_skips_nor_adds_a_letter(tmp_path: Path) -> None:
    kiosk, initials = reach_initials(tmp_path)
    kiosk_press(kiosk, typed("j"), typed("o"))
    kiosk_press(kiosk, Action(Act.CONFIRM))
    assert kiosk.app.stack.top is initials and initials.letters == "JO"
    kiosk_press(kiosk, typed("e"), Action(Act.CONFIRM))
    assert [entry.initials for entry in kiosk.board.today(TODAY)] == ["JOE"]


def test_initials_chosen_on_the_letter_grid_with_arrows_and_enter_still_save(tmp_path: Path) -> None:
    """The control: a keyboard-only student walks the grid to each letter and presses Enter on it."""
    kiosk, initials = reach_initials(tmp_path)
    kiosk_press(kiosk, Action(Act.DOWN))  # the first arrow shows the focus, on A
    for letter in "BOB":
        while initials.menu.focus != ord(letter) - ord("A"):
            target, at = ord(letter) - ord("A"), initials.menu.focus
            assert at is not None
            step = Act.LEFT if at % 6 > target % 6 else Act.RIGHT if at % 6 < target % 6 else None
            kiosk_press(kiosk, Action(step or (Act.UP if at > target else Act.DOWN)))
        kiosk_press(kiosk, Action(Act.CONFIRM))
    assert initials.letters == "BOB"
    kiosk_press(kiosk, Action(Act.CONFIRM))
    assert [entry.initials for entry in kiosk.board.today(TODAY)] == ["BOB"]


def test_the_focused_story_card_shows_its_whole_ring() -> None:
    """The board clipped the cards to the list, and the focus ring around a card lies just outside it: its left side
    (and the first card's top) never showed, so the ring looked like a shadow."""
    app = make_app()
    settle(app)
    board = press(app, key(Act.CHOOSE, 0))
    assert isinstance(board, LevelSelectScene)
    app.stack.draw(app.screen)
    card = board.menu.buttons[board.menu.focus].rect
    ring = board.ctx.theme.focus_ring

    def ring_pixels(side: pygame.Rect) -> int:
        return pygame.mask.from_threshold(app.screen.subsurface(side), ring, (1, 1, 1, 255)).count()

    left = pygame.Rect(card.left - board.px(6), card.top + 10, board.px(6), card.height - 20)
    top = pygame.Rect(card.left + 10, card.top - board.px(6), card.width - 20, board.px(6))
    bottom = pygame.Rect(card.left + 10, card.bottom, card.width - 20, board.px(6))
    assert ring_pixels(bottom) > 0  # the control: the side that always showed
    assert ring_pixels(left) > 0 and ring_pixels(top) > 0


def finger_drag(app: App, x: int, start_y: int, end_y: int, steps: int) -> list[Action]:
    """A finger touching down at (x, start_y), sliding to end_y in `steps` even moves, and lifted, as the real mapper
    reads it (a slow drag is many small moves; a tap that trembles is a drag of a pixel or two)."""
    mapper, (w, h) = InputMapper(), app.screen.get_size()
    finger = {"touch_id": 1, "finger_id": 0, "pressure": 1.0, "dx": 0.0, "x": x / w}
    events = [pygame.event.Event(pygame.FINGERDOWN, y=start_y / h, dy=0.0, **finger)]
    for i in range(1, steps + 1):
        y = start_y + (end_y - start_y) * i / steps
        events.append(pygame.event.Event(pygame.FINGERMOTION, y=y / h, dy=(end_y - start_y) / steps / h, **finger))
    events.append(pygame.event.Event(pygame.FINGERUP, y=end_y / h, dy=0.0, **finger))
    return [action for event in events for action in mapper.to_actions(event, (w, h))]


def test_a_tap_that_trembles_on_the_board_opens_the_story_tapped() -> None:
    """A finger that moved a pixel while tapping a story card scrolled the board a whole row first, so the tap
    landed on the next card: another story (or, here, "Locked")."""
    app = make_app()
    settle(app)
    board = press(app, key(Act.CHOOSE, 0))
    assert isinstance(board, LevelSelectScene) and board.overflows
    card = board.menu.buttons[0].rect
    desk = press(app, *finger_drag(app, card.centerx, card.centery, card.centery - 2, 2))
    assert isinstance(desk, IntroScene) and desk.index == 0


def test_a_slow_finger_drag_scrolls_the_article_as_far_as_a_quick_one() -> None:
    """On a touch screen the article did not move under a slow drag (each small move was rounded back to the line it
    started on) and flew to the top under a slow drag the other way (each rounded a whole line up)."""
    app = make_app()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    desk = press(app, key(Act.CHOOSE, 0))
    assert isinstance(desk, IntroScene)
    view, x = desk.article, desk.article.rect.centerx
    bottom = view.rect.bottom - 40
    press(app, *finger_drag(app, x, bottom, bottom - 300, 3))
    quick = view.offset
    assert quick > 0
    press(app, *finger_drag(app, x, bottom - 300, bottom, 3))  # back to the top
    assert view.offset == 0
    press(app, *finger_drag(app, x, bottom, bottom - 300, 30))
    line = view.ctx.font(view.role, view.scale).get_linesize() + 4
    assert abs(view.offset - quick) <= line  # as far, give or take a line
    press(app, *finger_drag(app, x, view.rect.top + 40, view.rect.top + 140, 30))  # a third of the way back
    assert 0 < view.offset < quick


def test_a_wrong_chain_is_shown_as_the_student_built_it_with_the_crosses_on_their_own_picks(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The feedback drew the right chain and put a red cross on each place the student got wrong: the right source
    (here, the foreign ministry) carried the cross, as if it were the wrong answer."""
    scene = app.stack.top
    assert isinstance(scene, ChainScene)
    built = ["This article", "Reuters", "North Korea's foreign ministry"]
    for name in built:
        press(app, key(Act.CHOOSE, scene.session.current.choices.index(name)))
    assert scene.check is not None
    feedback = press(app, *click(scene.check.rect))
    assert isinstance(feedback, FeedbackScene) and not feedback.result.correct
    drawn: list[tuple[list[str | None], list[str]]] = []
    real = feedback_module.draw_chain

    def spy(surface: pygame.Surface, ctx: object, rect: pygame.Rect, names: object, scale: float, marks=()) -> None:  # type: ignore[no-untyped-def]
        drawn.append((list(names), list(marks)))  # type: ignore[call-overload]
        real(surface, ctx, rect, names, scale, marks)  # type: ignore[arg-type]

    monkeypatch.setattr(feedback_module, "draw_chain", spy)
    app.stack.forget_copies()
    app.stack.draw(app.screen)
    [(names, marks)] = drawn
    assert names == built
    right = list(feedback.result.right)
    assert marks == ["right" if mine == link else "wrong" for mine, link in zip(built, right, strict=True)]
    assert f"The right chain: {', then '.join(right)}" in feedback.answer_text  # the right one, in words


def test_a_tap_that_trembles_on_show_me_where_cites_the_sentence_tapped(screen: pygame.Surface, tmp_path: Path) -> None:
    """A finger that slid a pixel down while tapping a sentence scrolled the article a whole line up first, so the
    tap picked the sentence a line above the one under the finger."""
    game = App(screen, TitleScene(GameContext(pack_of(tmp_path, LEVEL), seed=1)), FakeClock())
    settle(game)
    press(game, key(Act.CHOOSE, 0))
    press(game, key(Act.CHOOSE, 0))
    assert isinstance(press(game, key(Act.CONFIRM)), QuestionScene)
    mark_a_wrong_word(game)
    press(game, key(Act.CONFIRM))
    cite = press(game, key(Act.CHOOSE, 0))
    assert isinstance(cite, CiteScene)
    target = len(cite.article.sentences) // 2  # half-way down the article
    x, y = point_in_sentence(cite, target)
    assert 0 < cite.view.offset < cite.view.max_offset  # scrolled to it, not to the end: a line up is another one
    press(game, *finger_drag(game, x, y, y + 2, 2))
    assert cite.sentence == target
