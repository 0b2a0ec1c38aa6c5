"""Traps the fifth playtest found by playing the real window at 800x600 like an impatient student: each test here
failed before its fix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.content.progress import LevelRecord
from game.ui import widgets
from game.ui.actions import Act
from game.ui.app import DESKTOP_MARGIN, App, fits_a_window, open_window, window_size
from game.ui.autoplay import Autoplayer
from game.ui.clock import FakeClock
from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.runner import WINDOW_SIZE
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.front_page import FrontPageScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.title import TitleScene
from game.ui.text import Fonts, lines_height

from .harness import bundled_pack, key, make_app, press, settle


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


class SizesAsked(Fonts):
    """The game's fonts, remembering every pixel size a screen asked for while drawing."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: set[int] = set()

    def get(self, path: object, size: int) -> pygame.font.Font:  # type: ignore[override]
        self.sizes.add(size)
        return super().get(path, size)  # type: ignore[arg-type]


def level_index(level_id: str) -> int:
    return [loaded.level.id for loaded in bundled_pack().levels].index(level_id)


def play(ctx: GameContext, level_id: str, policy: str = "correct") -> Iterator[App]:
    """Play one level at 800x600 from its intro to its summary, yielding at every feedback and the front page."""
    app = App(pygame.display.set_mode((800, 600)), IntroScene(ctx, level_index(level_id)), FakeClock())
    settle(app)
    bot = Autoplayer(policy, seed=3)  # type: ignore[arg-type]
    for _ in range(300):
        top = app.stack.top
        if isinstance(top, SummaryScene):
            return
        if isinstance(top, FeedbackScene | FrontPageScene):
            yield app
        press(app, *bot.actions(top))
    raise AssertionError(f"{level_id} never reached its summary")


def test_stamps_at_800x600_have_letters_of_16_px_or_more() -> None:
    """At 800x600 the feedback's stamp ("VERIFIED: North Korea's foreign ministry") was set in 15 px and then
    squeezed into 181 px, about 11 px letters; the front page's stamps were set in 8 px. Every stamp now keeps 16 px
    letters and takes two lines (or, on the front page, "VERIFIED" without the name) where it is too wide."""
    fonts = SizesAsked()
    ctx = GameContext(bundled_pack(), seed=7, unlock_all=True)
    ctx.fonts = fonts
    widgets.layout_problems.clear()
    stamped: list[str] = []
    pages = 0
    for app in play(ctx, "who-said-it", "random"):
        top = app.stack.top
        if isinstance(top, FeedbackScene) and top.stamp:
            stamped.append(top.stamp)
        pages += isinstance(top, FrontPageScene)
    assert pages == 1 and len(stamped) >= 3  # right and wrong answers: both kinds of stamp on the page
    assert min(fonts.sizes) >= MIN_TEXT_PX, sorted(fonts.sizes)
    assert "VERIFIED: North Korea's foreign ministry" in stamped
    assert list(widgets.layout_problems) == []


def test_a_source_chains_feedback_at_800x600_in_large_opendyslexic_shows_more_than_one_line_of_the_article() -> None:
    """In the largest OpenDyslexic at 800x600 the chain's feedback gave the article one line beside the button: a
    fragment of one link ("According to Reuters, North Korea is denying"), the others out of sight. The words
    above now scroll sooner, and the article keeps room for more than one line."""
    ctx = GameContext(bundled_pack(), seed=7, unlock_all=True)
    ctx.settings.text_size, ctx.settings.font = "large", "opendyslexic"  # type: ignore[assignment]
    seen = 0
    for app in play(ctx, "who-said-it", "wrong"):
        top = app.stack.top
        if isinstance(top, FeedbackScene):
            font = ctx.font("body", top.scale)
            shown = top.evidence.inner().height
            assert shown >= lines_height(2, font), (top.result.question.id, shown, lines_height(1, font))
            seen += top.chain
    assert seen == 2  # both of the level's chains
    assert press(app, key(Act.CONFIRM)) is not None


@pytest.mark.parametrize(
    ("desktop", "window"),
    [((1920, 1080), (1280, 720)), ((1366, 768), (1166, 656)), ((1280, 800), (1216, 684)), ((1024, 768), (960, 600))],
)
def test_the_first_window_fits_the_screen_with_its_frame_and_taskbar(
    desktop: tuple[int, int], window: tuple[int, int]
) -> None:
    """The game opened 1280x720 whatever the screen: on a 1366x768 laptop its bottom (the feedback's Next button)
    went under the screen's edge and the taskbar; on a 1024x768 screen openbox put it at x=-128, the Back button
    off the screen for a student with only a mouse."""
    assert window_size((1280, 720), desktop) == window
    assert fits_a_window(desktop) and not fits_a_window((1024, 600)) and not fits_a_window((800, 600))


def test_the_game_opened_on_a_1024x768_screen_fits_it(tmp_path: object) -> None:
    """SDL's dummy screen is 1024x768: the window the game opens there (as `byline play` opens it) fits it with
    room for a frame and a taskbar, and the screens are laid out for that window."""
    assert tuple(pygame.display.get_desktop_sizes()[0]) == (1024, 768)
    screen = open_window(WINDOW_SIZE, fullscreen=False, title="Byline")
    width, height = screen.get_size()
    assert width <= 1024 - DESKTOP_MARGIN[0] and height <= 768 - DESKTOP_MARGIN[1], (width, height)
    app = App(screen, TitleScene(GameContext(bundled_pack(), seed=7)), FakeClock())
    board = press(app, key(Act.CHOOSE, 0))
    back = next(b for b in board.menu.buttons if b.label == "Back")  # type: ignore[union-attr]
    assert board.size == (width, height) and screen.get_rect().contains(back.rect)  # type: ignore[union-attr]


def test_the_boards_stamps_in_large_opendyslexic_at_800x600_stay_on_their_cards(tmp_path: Path) -> None:
    """With 16 px letters kept, a stamp too wide for its room took more lines at its full size: on the board, in
    the largest OpenDyslexic, "CHECKED" broke into "CHEC / KED" and "IN PROGRESS" into three lines, over the
    card's edge. A stamp now shrinks (to 16 px at least) before it takes a second line, and never breaks a word."""
    widgets.layout_problems.clear()
    app = make_app(tmp_path, size=(800, 600))
    ctx = app.stack.top.ctx  # type: ignore[union-attr]
    ctx.settings.text_size, ctx.settings.font = "large", "opendyslexic"
    ids = [loaded.level.id for loaded in bundled_pack().levels]
    for level_id in ids[:3]:
        ctx.progress.levels[level_id] = LevelRecord(best_score=300, stars=2, plays=1)
    board = press(app, key(Act.CHOOSE, 0))
    assert isinstance(board, LevelSelectScene)
    settle(app)
    for card in board.menu.buttons[:2]:  # both "CHECKED", fully in sight
        below = pygame.Rect(card.rect.left, card.rect.bottom + 2, card.rect.width, 4)
        ink = pygame.mask.from_threshold(app.screen.subsurface(below), ctx.theme.correct, (1, 1, 1, 255)).count()
        assert ink == 0, (card.label, ink)
    assert list(widgets.layout_problems) == []
