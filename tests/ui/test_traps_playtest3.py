"""Traps the third playtest found by playing the real window (and the kiosk) like an impatient student: each test
here failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.ui.actions import Act, Action, InputMapper
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.kiosk import Kiosk
from game.ui.scenes.chain import ChainScene
from game.ui.scenes.kiosk_attract import AttractScene
from game.ui.scenes.kiosk_prompts import InitialsScene, StillThereScene
from game.ui.scenes.levels import LevelSelectScene
from tests.kiosk.harness import TODAY, make_kiosk, typed, wait
from tests.kiosk.harness import press as kiosk_press
from tests.kiosk.harness import settle as kiosk_settle
from tests.kiosk.harness import tap as kiosk_tap

from .harness import key, make_app, press, settle
from .test_chain_and_choice import app, chain_shown
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
