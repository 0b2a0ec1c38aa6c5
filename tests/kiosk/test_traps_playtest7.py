"""Kiosk traps the seventh playtest found (openbox on Xvfb, 800x600): each test failed before its fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.authoring.draft import new_level
from game.content.pack import load_pack
from game.content.paths import BUNDLED_LEVELS
from game.ui import newsprint
from game.ui import newsroom_text as words
from game.ui.actions import Act, Action, InputMapper
from game.ui.scenes import levels as board_module
from game.ui.scenes.kiosk_attract import AttractScene
from game.ui.scenes.kiosk_teacher import ProblemsScene, TeacherScene
from game.ui.scenes.levels import LevelSelectScene

from .harness import PIN, make_kiosk, open_pad, press, settle
from .test_kiosk import enter_pin, start_visit

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """The kiosk needs the headless display."""


def test_a_draft_copied_to_the_kiosk_is_named_on_the_teacher_screen_not_counted_as_broken(tmp_path: Path) -> None:
    """Playtest 7: a teacher copied a fresh `byline new-level` draft next to the kiosk's levels. The teacher screen
    said "1 level file(s) skipped: see Level problems", and Level problems listed nothing for it (a draft's TODOs
    are not problems of a broken file); `byline kiosk --check` also counted it among the broken files, unnamed.
    The teacher could not find out why their level was missing."""
    levels = tmp_path / "levels"
    shutil.copytree(BUNDLED_LEVELS, levels)
    shutil.copy(DATA / "school-lunch.txt", tmp_path / "school-lunch.txt")
    new_level(tmp_path / "school-lunch.txt", levels / "09-lunch.yaml")
    pack = load_pack([levels])
    assert [path.name for path in pack.hidden_drafts] == ["09-lunch.yaml"]
    assert "0 broken file(s)" in pack.summary_line()
    assert "1 draft(s) hidden from students" in pack.summary_line()

    kiosk = make_kiosk(tmp_path, demo=False, pack=pack, levels=[str(levels)])
    settle(kiosk)
    open_pad(kiosk)
    screen = enter_pin(kiosk, PIN)
    assert isinstance(screen, TeacherScene)
    assert "skipped" not in kiosk.status()
    assert "1 draft level(s) with TODOs left are hidden from students: see Level problems." in kiosk.status()
    problems = press(kiosk, Action(Act.CHOOSE, index=2))
    assert isinstance(problems, ProblemsScene)
    draft = str(levels / "09-lunch.yaml")
    assert f"{draft}:" in problems.view.text
    assert "hidden from students" in problems.view.text
    assert f"byline validate --strict {draft}" in problems.view.text


def texts_drawn(monkeypatch: pytest.MonkeyPatch, module: object) -> list[str]:
    """Every text `module` draws with text_box from now on, in order (the drawing itself goes on as ever)."""
    drawn: list[str] = []
    real = module.text_box  # type: ignore[attr-defined]

    def text_box(surface: object, ctx: object, text: str, *args: object, **kwargs: object) -> object:
        drawn.append(text)
        return real(surface, ctx, text, *args, **kwargs)

    monkeypatch.setattr(module, "text_box", text_box)
    return drawn


def test_a_visit_board_says_nothing_of_broken_files_or_teacher_commands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Playtest 7 (kiosk, 800x600): with a broken level and a draft in the kiosk's folder, a student's board said
    "3 level file(s) could not be loaded: a teacher can run `byline validate`. 1 draft level(s) with TODOs left are
    hidden: a teacher can try them with `byline play --drafts`." beside Back. Students never see an error: the
    teacher screen says it."""
    levels = tmp_path / "levels"
    shutil.copytree(BUNDLED_LEVELS, levels)
    (levels / "00-broken.yaml").write_text("id: broken\ntitle: [oops\n", encoding="utf-8")
    pack = load_pack([levels])
    assert pack.notice()  # what `byline play` shows a class, with a teacher in the room
    drawn = texts_drawn(monkeypatch, board_module)
    kiosk = make_kiosk(tmp_path, demo=False, pack=pack, levels=[str(levels)], size=(800, 600))
    start_visit(kiosk)
    settle(kiosk)
    assert drawn, "the board drew no text"
    assert not [text for text in drawn if "could not be loaded" in text or "byline" in text]
    assert "1 level file(s) skipped" in kiosk.status()


@pytest.mark.parametrize(
    "event",
    [
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_TAB, mod=0, unicode="\t", scancode=0),
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_PAGEDOWN, mod=0, unicode="", scancode=0),
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_HOME, mod=0, unicode="", scancode=0),
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_END, mod=0, unicode="", scancode=0),
        pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, precise_x=0.0, precise_y=-1.0, flipped=False, touch=False),
    ],
    ids=["tab", "page-down", "home", "end", "wheel"],
)
def test_the_attract_screen_starts_a_visit_on_any_key_it_promises(tmp_path: Path, event: pygame.event.Event) -> None:
    """Playtest 7 (kiosk, 800x600): the attract screen says "Touch the screen or press any key", but Home, End, Page
    Down, Tab and the mouse wheel did nothing (only Esc and Backspace, which mean Back, are meant to)."""
    kiosk = make_kiosk(tmp_path, demo=False, size=(800, 600))
    settle(kiosk)
    assert isinstance(kiosk.app.stack.top, AttractScene)
    actions = InputMapper().to_actions(event, (800, 600))
    assert actions
    assert isinstance(press(kiosk, *actions), LevelSelectScene)


def test_the_attract_screen_names_the_game_as_its_title_screen_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Playtest 7 (style): the attract screen said "Byline" in the blue sans display face, the title screen "The
    Byline" in the newspaper's masthead. It shows the same masthead now."""
    drawn = texts_drawn(monkeypatch, newsprint)
    kiosk = make_kiosk(tmp_path, demo=False, size=(800, 600))
    settle(kiosk)
    assert isinstance(kiosk.app.stack.top, AttractScene)
    kiosk.app.stack.draw(kiosk.app.screen)
    assert drawn[:2] == [words.MASTHEAD, words.MOTTO]
