"""Every kiosk screen at 800x600, 1280x720, portrait 1080x1920 and 4K: no text outside its box or the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.ui import widgets
from game.ui.actions import Act, Action
from game.ui.autoplay import Autoplayer
from game.ui.kiosk import Kiosk
from game.ui.scenes.kiosk_out_of_order import OutOfOrderScene
from game.ui.scenes.kiosk_prompts import InitialsScene
from game.ui.scenes.settings import VisitSettingsScene

from .harness import PIN, TODAY, make_kiosk, open_pad, press, settle, tap, typed, wait

SIZES = [(800, 600), (1280, 720), (1080, 1920), (3840, 2160)]
KIOSK_SCREENS = {"kiosk-attract", "kiosk-still-there", "kiosk-initials", "kiosk-pin", "kiosk-teacher", "kiosk-problems"}


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def visit_kiosk_screens(kiosk: Kiosk) -> set[str]:
    seen: set[str] = set()

    def look() -> None:
        settle(kiosk)
        seen.add(kiosk.app.stack.top.shot_name)  # type: ignore[union-attr]

    for rank, score in enumerate((1500, 1200, 900, 640, 100)):
        kiosk.board.add(["ADA", "BEN", "CAT", "DAN", "EVE"][rank], score, "What contradicts what?", TODAY)
    look()
    open_pad(kiosk)
    look()
    press(kiosk, typed("12"), Action(Act.CONFIRM))  # a wrong PIN shows its message
    look()
    press(kiosk, typed(PIN), Action(Act.CONFIRM))
    look()
    press(kiosk, Action(Act.CHOOSE, index=2))
    look()
    press(kiosk, Action(Act.BACK))
    press(kiosk, Action(Act.BACK))  # one press a screen: a press queued for a screen never reaches the next
    kiosk.board.reset()
    press(kiosk, *tap((kiosk.app.stack.size[0] // 2, kiosk.app.stack.size[1] * 3 // 4)))
    bot = Autoplayer("correct", level_count=1)
    while not isinstance(kiosk.app.stack.top, InitialsScene):
        press(kiosk, *bot.actions(kiosk.app.stack.top))
    look()
    press(kiosk, typed("fuk"), Action(Act.CONFIRM))  # the refusal message
    look()
    wait(kiosk, kiosk.config.idle_seconds + 1)
    look()
    return seen


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_kiosk_screen_fits(tmp_path: Path, size: tuple[int, int]) -> None:
    widgets.layout_problems.clear()
    kiosk = make_kiosk(tmp_path, size=size, demo=False)
    assert visit_kiosk_screens(kiosk) == KIOSK_SCREENS
    assert list(widgets.layout_problems) == []


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_visit_settings_and_out_of_order_screens_fit(tmp_path: Path, size: tuple[int, int]) -> None:
    widgets.layout_problems.clear()
    kiosk = make_kiosk(tmp_path, size=size, demo=False)
    settle(kiosk)
    press(kiosk, *tap((size[0] // 2, size[1] * 3 // 4)))
    settings = press(kiosk, *tap(kiosk._reading_rect().center))
    assert isinstance(settings, VisitSettingsScene)
    for row in (0, 1):  # medium to large text, in the wider dyslexia-friendly font
        press(kiosk, Action(Act.CHOOSE, index=row))
    press(kiosk, Action(Act.BACK))  # the level board, with the Aa Text button in that text
    kiosk.out_of_order = "No space left on device in /home/kiosk/.local/share/byline"
    kiosk.close()
    assert isinstance(press(kiosk), OutOfOrderScene)
    assert list(widgets.layout_problems) == []


def test_the_teacher_screen_makes_room_for_a_long_status_at_800x600(tmp_path: Path) -> None:
    """A deep levels folder wraps the status over more lines: the screen gives them room at 16 px or more."""
    folder = tmp_path.joinpath(*(["a-school-share-with-a-long-folder-name"] * 4))
    kiosk = make_kiosk(tmp_path, size=(800, 600), demo=False, levels=[str(folder)])
    widgets.layout_problems.clear()
    settle(kiosk)
    open_pad(kiosk)
    teacher = press(kiosk, typed(PIN), Action(Act.CONFIRM))
    assert getattr(teacher, "shot_name", "") == "kiosk-teacher"
    assert str(folder) in kiosk.status()
    assert list(widgets.layout_problems) == []
