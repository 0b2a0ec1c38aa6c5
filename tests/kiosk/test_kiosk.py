"""The kiosk as students and teachers meet it, driven headless through the real scenes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pygame
import pytest

from game.content.pack import load_pack
from game.content.paths import BUNDLED_LEVELS
from game.kiosk.pin import MAX_TRIES
from game.kiosk.supervisor import TEACHER_EXIT
from game.results import ResultsStore
from game.results_writer import ResultsWriter
from game.ui.actions import Act, Action, InputMapper
from game.ui.autoplay import Autoplayer
from game.ui.kiosk import DEMO_LONGEST_SECONDS, Kiosk
from game.ui.motion import COUNT_UP
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.kiosk_attract import AttractScene
from game.ui.scenes.kiosk_prompts import EMPTIED_HOLD_SECONDS, InitialsScene, StillThereScene
from game.ui.scenes.kiosk_teacher import PinPadScene, ProblemsScene, TeacherScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.settings import VisitSettingsScene
from game.ui.scenes.summary import SummaryScene
from tests.ui.harness import normal_colours

from .harness import PIN, TODAY, make_kiosk, open_pad, press, settle, tap, typed, wait


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def start_visit(kiosk: Kiosk) -> LevelSelectScene:
    settle(kiosk)
    top = press(kiosk, *tap((640, 600)))
    assert isinstance(top, LevelSelectScene)
    return top


def open_question(kiosk: Kiosk) -> QuestionScene:
    start_visit(kiosk)
    press(kiosk, Action(Act.CHOOSE, index=0))
    question = press(kiosk, Action(Act.CONFIRM))
    assert isinstance(question, QuestionScene)
    return question


def enter_pin(kiosk: Kiosk, pin: str) -> object:
    return press(kiosk, typed(pin), Action(Act.CONFIRM))


def test_window_close_alt_f4_f11_and_escape_do_not_exit(tmp_path: Path) -> None:
    """Through the real event queue and input mapper, as a window manager would send them."""
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    size = kiosk.app.screen.get_size()
    for event in (
        pygame.event.Event(pygame.WINDOWCLOSE, window=None),
        pygame.event.Event(pygame.QUIT),
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE, mod=0, unicode="\x1b", scancode=0),
        pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F11, mod=0, unicode="", scancode=0),
    ):
        pygame.event.post(event)
        for _ in range(5):
            assert kiosk.pump(idle_wait_ms=0)
        assert isinstance(kiosk.app.stack.top, AttractScene)
    assert kiosk.app.screen.get_size() == size  # F11 did not leave fullscreen (or resize anything)
    question = open_question(kiosk)
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    assert kiosk.pump(idle_wait_ms=0)
    settle(kiosk)
    assert kiosk.app.stack.top is question


def test_a_visit_starts_with_a_tap_or_a_key_but_not_a_mouse_move(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    assert isinstance(press(kiosk, Action(Act.POINT, pos=(600, 400))), AttractScene)
    assert isinstance(press(kiosk, Action(Act.BACK)), AttractScene)
    assert isinstance(press(kiosk, Action(Act.CONFIRM)), LevelSelectScene)
    assert kiosk.visit is not None and kiosk.visit.ctx.unlock_all
    assert isinstance(press(kiosk, Action(Act.BACK)), AttractScene)
    assert kiosk.visit is None


def test_idle_asks_then_starts_over_with_no_trace_of_the_student(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False, idle_seconds=30, still_there_seconds=10)
    question = open_question(kiosk)
    first = kiosk.visit
    assert first is not None
    press(kiosk, *Autoplayer("correct").actions(question))  # one answer given
    assert question.session.results
    assert isinstance(wait(kiosk, 29), type(kiosk.app.stack.top)) and not isinstance(
        kiosk.app.stack.top, StillThereScene
    )
    prompt = wait(kiosk, 2)
    assert isinstance(prompt, StillThereScene)
    assert isinstance(wait(kiosk, 11), AttractScene)
    assert [type(s) for s in kiosk.app.stack.scenes] == [AttractScene]
    assert kiosk.visit is None
    again = start_visit(kiosk)
    assert kiosk.visit is not None and kiosk.visit is not first
    assert again.ctx is not first.ctx and again.ctx.progress.levels == {}


def test_still_there_tap_keeps_playing_and_never_reaches_the_game(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False, idle_seconds=30, still_there_seconds=10)
    question = open_question(kiosk)
    assert isinstance(wait(kiosk, 32), StillThereScene)
    right = question.choices[0].rect.center
    assert press(kiosk, *tap(right)) is question
    assert not question.session.results  # the tap answered the prompt, not the question
    assert isinstance(wait(kiosk, 25), QuestionScene)  # the idle time starts again


def test_opening_the_teacher_pad_answers_still_there(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False, idle_seconds=30, still_there_seconds=10)
    question = open_question(kiosk)
    assert isinstance(wait(kiosk, 31), StillThereScene)
    assert isinstance(open_pad(kiosk), PinPadScene)
    assert press(kiosk, Action(Act.BACK)) is question


def reach_initials(kiosk: Kiosk) -> InitialsScene:
    """Play one level right to its top score's initials."""
    start_visit(kiosk)
    bot = Autoplayer("correct", level_count=1)
    top = kiosk.app.stack.top
    while not isinstance(top, InitialsScene):
        assert not isinstance(top, AttractScene)
        top = press(kiosk, *bot.actions(top))
    return top


def test_a_top_score_offers_initials_and_they_reach_the_board(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    top = reach_initials(kiosk)
    summary = kiosk.app.stack.scenes[-2]
    assert isinstance(summary, SummaryScene)
    press(kiosk, typed("f"), typed("u"), typed("k"), Action(Act.CONFIRM))
    assert top.message and top.letters == "" and kiosk.board.today(TODAY) == []  # the word filter said no
    assert press(kiosk, typed("a"), typed("d"), typed("a"), Action(Act.CONFIRM)) is summary
    [entry] = kiosk.board.today(TODAY)
    assert (entry.initials, entry.score) == ("ADA", summary.summary.score)
    attract = kiosk.app.stack.top
    while not isinstance(attract, AttractScene):  # summary -> level list(s) -> attract
        attract = press(kiosk, Action(Act.BACK))
    assert attract.scores() == [entry] and kiosk.visit is None


def test_mashed_backspace_empties_the_initials_without_throwing_the_score_away(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    top = reach_initials(kiosk)
    summary = kiosk.app.stack.scenes[-2]
    press(kiosk, typed("a"), typed("d"), typed("a"))
    for _ in range(5):  # Backspace mashed: one press a frame, two more than there are letters
        assert kiosk.step([Action(Act.BACK)])
    assert kiosk.app.stack.top is top and top.letters == ""
    assert wait(kiosk, EMPTIED_HOLD_SECONDS) is top
    assert press(kiosk, Action(Act.BACK)) is summary  # a Back after the pause still skips
    assert kiosk.board.today(TODAY) == []


def test_no_initials_when_switched_off(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False, initials=False)
    start_visit(kiosk)
    bot = Autoplayer("correct", level_count=1)
    top = kiosk.app.stack.top
    while not isinstance(top, SummaryScene):
        top = press(kiosk, *bot.actions(top))
    assert kiosk.app.stack.top is top and kiosk.board.today(TODAY) == []


def test_the_demo_plays_a_level_by_itself_and_returns_to_attract(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo_after_seconds=5)
    settle(kiosk)
    assert isinstance(wait(kiosk, 6), IntroScene) and kiosk.demo is not None
    seen: set[type] = set()
    for _ in range(int(DEMO_LONGEST_SECONDS)):
        seen.add(type(wait(kiosk, 1)))
        if kiosk.demo is None:
            break
    assert {QuestionScene, SummaryScene} <= seen
    assert isinstance(kiosk.app.stack.top, AttractScene) and kiosk.visit is None
    assert kiosk.board.today(TODAY) == []  # a demo never scores


def test_any_input_stops_the_demo_without_starting_a_visit(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo_after_seconds=5)
    settle(kiosk)
    wait(kiosk, 12)
    assert kiosk.demo is not None
    assert isinstance(press(kiosk, *tap((640, 400))), AttractScene)
    assert kiosk.demo is None and kiosk.visit is None


def test_teacher_chord_right_pin_opens_the_teacher_screen(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    pad = open_pad(kiosk)
    assert isinstance(pad, PinPadScene)
    press(kiosk, Action(Act.CHOOSE, index=0), typed("1"))  # the key 1 is both: it counts once
    assert pad.digits == "1"
    press(kiosk, Action(Act.BACK))
    assert isinstance(enter_pin(kiosk, PIN), TeacherScene)
    assert isinstance(press(kiosk, Action(Act.BACK)), AttractScene)


def test_pin_pad_buttons_work_by_touch(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    pad = open_pad(kiosk)
    assert isinstance(pad, PinPadScene)
    keys = {button.label: button.rect.center for button in pad.menu.buttons}
    for _ in range(MAX_TRIES):
        press(kiosk, *tap(keys["OK"]))  # nothing typed: no try, no lockout
    assert pad.message == "" and kiosk.guard.locked_for() == 0
    for digit in "99":
        press(kiosk, *tap(keys[digit]))
    press(kiosk, *tap(keys["Del"]), *tap(keys["Del"]))
    assert pad.digits == ""
    for digit in PIN:
        press(kiosk, *tap(keys[digit]))
    assert isinstance(press(kiosk, *tap(keys["OK"])), TeacherScene)


def test_wrong_pins_lock_the_pad_even_for_the_right_pin(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    pad = open_pad(kiosk)
    for attempt in range(1, MAX_TRIES + 1):
        assert enter_pin(kiosk, "0000") is pad
        if attempt < MAX_TRIES:
            assert f"{MAX_TRIES - attempt} tr" in pad.message
    assert pad.locked_for > 0
    assert enter_pin(kiosk, PIN) is pad  # locked: not even the right PIN
    assert isinstance(wait(kiosk, 301), AttractScene)  # a locked pad does not stay on screen either
    assert isinstance(open_pad(kiosk), PinPadScene)
    assert isinstance(enter_pin(kiosk, PIN), TeacherScene)  # the lock ran out


def test_five_taps_in_the_corner_open_the_pad_and_never_reach_a_scene(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    for _ in range(4):
        assert isinstance(press(kiosk, *tap((10, 10))), AttractScene)  # no visit started
    assert isinstance(press(kiosk, *tap((10, 10))), PinPadScene)
    press(kiosk, Action(Act.BACK))
    for _ in range(4):
        press(kiosk, *tap((10, 10)))
    wait(kiosk, 5)  # too slow: the count starts again
    assert isinstance(press(kiosk, *tap((10, 10))), AttractScene)


def test_without_a_pin_the_pad_says_how_to_set_one(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, pin=None, demo=False)
    settle(kiosk)
    pad = open_pad(kiosk)
    assert isinstance(pad, PinPadScene) and "byline kiosk set-pin" in pad.message
    assert isinstance(enter_pin(kiosk, "1234"), PinPadScene)
    assert isinstance(press(kiosk, Action(Act.CONFIRM)), AttractScene)  # focus is on Cancel


def teacher(kiosk: Kiosk) -> TeacherScene:
    settle(kiosk)
    open_pad(kiosk)
    screen = enter_pin(kiosk, PIN)
    assert isinstance(screen, TeacherScene)
    return screen


def test_broken_level_files_are_skipped_and_listed_for_the_teacher(tmp_path: Path) -> None:
    levels = tmp_path / "levels"
    shutil.copytree(BUNDLED_LEVELS, levels)
    (levels / "00-broken.yaml").write_text("id: broken\ntitle: [oops\n", encoding="utf-8")
    pack = load_pack([levels])
    kiosk = make_kiosk(tmp_path, demo=False, pack=pack, levels=[str(levels)])
    assert len(pack.levels) == len(load_pack([BUNDLED_LEVELS]).levels)
    screen = teacher(kiosk)
    assert "1 level file(s) skipped" in kiosk.status()
    assert "(2 check form(s) load too; kiosk visits take no check)" in kiosk.status()  # not 2 lost levels
    problems = press(kiosk, Action(Act.CHOOSE, index=2))
    assert isinstance(problems, ProblemsScene)
    assert f"{levels / '00-broken.yaml'}:3:1: error: YAML syntax" in problems.view.text
    assert press(kiosk, Action(Act.BACK)) is screen
    (levels / "00-broken.yaml").unlink()
    press(kiosk, Action(Act.CHOOSE, index=1))
    assert screen.note.startswith("Reloaded") and "0 broken file(s)" in screen.note
    assert kiosk.problems_text().startswith("No problems")


def test_reload_that_finds_nothing_keeps_the_levels_playing(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    kiosk = make_kiosk(tmp_path, demo=False, levels=[str(empty)])
    screen = teacher(kiosk)
    press(kiosk, Action(Act.CHOOSE, index=1))
    assert screen.note.startswith("No playable level") and kiosk.pack.levels


def test_teacher_resets_the_board_and_exits(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    kiosk.board.add("ADA", 500, "A level", TODAY)
    teacher(kiosk)
    assert isinstance(press(kiosk, Action(Act.CHOOSE, index=3)), ConfirmScene)
    press(kiosk, Action(Act.CHOOSE, index=1))
    assert kiosk.board.today(TODAY) == []
    assert isinstance(press(kiosk, Action(Act.CHOOSE, index=4)), ConfirmScene)
    assert isinstance(press(kiosk, Action(Act.CHOOSE, index=0)), TeacherScene)  # "Stay"
    press(kiosk, Action(Act.CHOOSE, index=4))
    assert not kiosk.step([Action(Act.CHOOSE, index=1)])
    assert kiosk.exit_code == TEACHER_EXIT


def test_no_playable_level_shows_a_notice_and_does_not_start(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    kiosk = make_kiosk(tmp_path, pack=load_pack([empty]), demo_after_seconds=3)
    settle(kiosk)
    assert isinstance(press(kiosk, *tap((640, 600))), AttractScene)
    assert isinstance(wait(kiosk, 10), AttractScene) and kiosk.demo is None
    assert isinstance(open_pad(kiosk), PinPadScene)  # the teacher can still get in


def test_kiosk_visits_feed_the_class_results_anonymously(tmp_path: Path) -> None:
    results = ResultsStore(tmp_path / "results.sqlite3")
    writer = ResultsWriter(results)
    kiosk = make_kiosk(tmp_path, demo=False, results=writer)
    start_visit(kiosk)
    bot = Autoplayer("correct", level_count=2)
    top = kiosk.app.stack.top
    while not isinstance(top, InitialsScene):
        top = press(kiosk, *bot.actions(top))
    summary = press(kiosk, typed("a"), typed("d"), typed("a"), Action(Act.CONFIRM))
    assert isinstance(summary, SummaryScene)
    for _ in range(500):  # the visit's next level, now with initials
        top = kiosk.app.stack.top
        if len(bot.summaries) == 2:
            break
        if isinstance(top, InitialsScene):
            press(kiosk, Action(Act.CONFIRM))  # the visit's initials are already filled in
        else:
            press(kiosk, *bot.actions(top))
    assert writer.close() == 0
    players = sorted({answer.player for answer in results.answers()})
    assert players[0] == "ADA" and re.fullmatch(rf"kiosk {TODAY.isoformat()} #1-[0-9a-f]{{4}}", players[1]), players


def test_a_restarted_kiosk_or_a_second_one_never_reuses_a_visit_name(tmp_path: Path) -> None:
    """Visits are counted from 1 by each run of the kiosk: after a restart (or on a second kiosk sending to
    the same LRS) "kiosk DATE #1" alone would pool two students' answers as one player's."""
    names = []
    for _ in range(2):  # the same data folder, as after a crash or the morning's start
        kiosk = make_kiosk(tmp_path, demo=False)
        start_visit(kiosk)
        assert kiosk.visit is not None
        names.append(kiosk.visit.ctx.player)
    assert names[0] != names[1], names


def frames_until(kiosk: Kiosk, seconds: float) -> list[object]:
    """Let `seconds` of game time pass untouched, a quarter second a frame; every scene that was on top."""
    clock = kiosk.app.clock
    tops = []
    for _ in range(round(seconds / 0.25)):
        clock.step = 0.25  # type: ignore[attr-defined]
        assert kiosk.step([])
        tops.append(kiosk.app.stack.top)
    clock.step = 1 / 60  # type: ignore[attr-defined]
    return tops


@pytest.mark.parametrize("screen_open", ["pad", "teacher"])
def test_teacher_screens_lock_after_30_s_untouched_and_never_ask_still_there(tmp_path: Path, screen_open: str) -> None:
    kiosk = make_kiosk(tmp_path, demo=False, idle_seconds=10, still_there_seconds=5)
    start_visit(kiosk)
    assert isinstance(open_pad(kiosk), PinPadScene)
    if screen_open == "teacher":
        assert isinstance(enter_pin(kiosk, PIN), TeacherScene)
    tops = frames_until(kiosk, 29)
    assert not any(isinstance(top, StillThereScene) for top in tops)
    assert isinstance(tops[-1], (PinPadScene, TeacherScene))
    press(kiosk, Action(Act.DOWN))  # the teacher is there: 30 more seconds
    assert isinstance(frames_until(kiosk, 29)[-1], (PinPadScene, TeacherScene))
    tops = frames_until(kiosk, 2)
    assert isinstance(tops[-1], AttractScene) and kiosk.visit is None
    assert not any(isinstance(top, StillThereScene) for top in tops)


def chord_events(*mods_and_keys: tuple[int, int, int]) -> list[Action]:
    """Raw key events (type, key, mod) through the real input mapper, as SDL would send them."""
    mapper = InputMapper()
    return [
        a
        for kind, key, mod in mods_and_keys
        for a in mapper.to_actions(pygame.event.Event(kind, key=key, mod=mod), (1280, 720))
    ]


CTRL_SHIFT = pygame.KMOD_LCTRL | pygame.KMOD_LSHIFT
DOWN_T = (pygame.KEYDOWN, pygame.K_t, CTRL_SHIFT)
UP_T = (pygame.KEYUP, pygame.K_t, CTRL_SHIFT)


def test_the_pad_opens_only_on_a_chord_held_for_a_second(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    assert kiosk.step(chord_events(DOWN_T))
    assert isinstance(wait(kiosk, 0.5), AttractScene)
    assert kiosk.step(chord_events(UP_T))  # let go too soon: a mashed chord
    assert isinstance(wait(kiosk, 2), AttractScene)
    assert kiosk.step(chord_events(DOWN_T))
    assert kiosk.step(chord_events((pygame.KEYDOWN, pygame.K_4, 0)))  # another key while holding: mashing
    assert not isinstance(wait(kiosk, 2), PinPadScene)
    assert kiosk.step(chord_events(DOWN_T))
    assert isinstance(wait(kiosk, 1.25), PinPadScene)  # held, alone: a teacher


def test_stray_digits_on_the_pad_never_count_as_a_try(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    assert isinstance(open_pad(kiosk), PinPadScene)
    for stray in ("1", "42", "907"):
        pad = press(kiosk, typed(stray), Action(Act.CONFIRM))
        assert isinstance(pad, PinPadScene) and "at least 4 digits" in pad.message
    pad = press(kiosk, typed("13572468"), Action(Act.CONFIRM))
    assert isinstance(pad, PinPadScene) and f"{MAX_TRIES - 1} tries left" in pad.message  # the first real try


def test_a_visit_can_choose_text_size_font_and_contrast_and_the_next_visit_starts_plain(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False, idle_seconds=20, still_there_seconds=5)
    start_visit(kiosk)
    button = kiosk._reading_rect()
    settings = press(kiosk, *tap(button.center))
    assert isinstance(settings, VisitSettingsScene)
    labels = [b.label.split(":")[0] for b in settings.menu.buttons]
    assert labels == ["Text size", "Font", "High contrast", "Reduce motion", "Back"]
    press(kiosk, Action(Act.CHOOSE, index=0))  # medium -> large
    press(kiosk, Action(Act.CHOOSE, index=1))  # the dyslexia-friendly font
    press(kiosk, Action(Act.CHOOSE, index=2))  # high contrast
    assert kiosk.visit is not None
    chosen = kiosk.visit.ctx.settings
    assert (chosen.text_size, chosen.font, chosen.high_contrast) == ("large", "opendyslexic", True)
    assert isinstance(press(kiosk, Action(Act.BACK)), LevelSelectScene)
    assert kiosk.visit.ctx.settings is chosen  # kept for the rest of the visit
    assert not any(tmp_path.glob("*settings*"))  # and never saved
    assert isinstance(wait(kiosk, 26), AttractScene)  # the student walks away
    fresh = start_visit(kiosk).ctx.settings
    assert (fresh.text_size, fresh.font, fresh.high_contrast) == ("medium", "atkinson", False)


def first_frame_of_a_question(kiosk: Kiosk) -> QuestionScene:
    """From the level board: open the first level and start it; the question as its first frame drew it."""
    press(kiosk, Action(Act.CHOOSE, index=0))
    assert kiosk.step([Action(Act.CONFIRM)])
    question = kiosk.app.stack.top
    assert isinstance(question, QuestionScene)
    return question


def test_a_visit_can_turn_on_reduce_motion_and_the_next_visit_starts_with_motion(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False, idle_seconds=20, still_there_seconds=5)
    start_visit(kiosk)
    settings = press(kiosk, *tap(kiosk._reading_rect().center))
    assert isinstance(settings, VisitSettingsScene)
    row = [b.label for b in settings.menu.buttons].index("Reduce motion: off")
    press(kiosk, Action(Act.CHOOSE, index=row))
    assert settings.menu.buttons[row].label == "Reduce motion: on"
    assert isinstance(press(kiosk, Action(Act.BACK)), LevelSelectScene)
    question = first_frame_of_a_question(kiosk)
    assert not question.motion.running and question.motion.value(COUNT_UP) == 1.0  # its first frame is its last
    assert not any(tmp_path.glob("*settings*"))  # never saved
    assert isinstance(wait(kiosk, 26), AttractScene)  # the student walks away
    assert not start_visit(kiosk).ctx.settings.reduce_motion
    assert first_frame_of_a_question(kiosk).motion.running  # the next student sees the motion again


def test_a_high_contrast_visit_is_high_contrast_on_every_screen_to_the_last_pixel(tmp_path: Path) -> None:
    """The visit's screens and what the kiosk draws over them (the Aa Text button) take the visit's contrast."""
    kiosk = make_kiosk(tmp_path, demo=False)
    start_visit(kiosk)
    settings = press(kiosk, *tap(kiosk._reading_rect().center))
    assert isinstance(settings, VisitSettingsScene)
    press(kiosk, Action(Act.CHOOSE, index=[b.label for b in settings.menu.buttons].index("High contrast: off")))
    assert normal_colours(kiosk.app.screen) == 0  # the settings screen itself
    seen = {str(getattr(press(kiosk, Action(Act.BACK)), "shot_name", ""))}
    assert normal_colours(kiosk.app.screen) == 0
    bot = Autoplayer("random", seed=2, level_count=1)
    for _ in range(200):
        top = kiosk.app.stack.top
        if isinstance(top, (SummaryScene, InitialsScene)):
            break
        seen.add(str(getattr(press(kiosk, *bot.actions(top)), "shot_name", "")))
        assert normal_colours(kiosk.app.screen) == 0, kiosk.app.stack.top
    assert {"levels", "intro", "feedback-right", "feedback-wrong", "front-page"} <= seen


def test_the_text_button_is_not_offered_outside_a_visit(tmp_path: Path) -> None:
    kiosk = make_kiosk(tmp_path, demo=False)
    settle(kiosk)
    assert isinstance(press(kiosk, *tap(kiosk._reading_rect().center)), LevelSelectScene)  # a tap that starts a visit
    assert isinstance(open_pad(kiosk), PinPadScene)
    assert isinstance(press(kiosk, *tap(kiosk._reading_rect().center)), PinPadScene)
