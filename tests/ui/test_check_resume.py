"""A check or refresher left half-way (Back, closing the window, a power cut) goes on from where it was left.

Driven through the real scene stack with scripted input; "a power cut" is a game dropped without a frame more,
and the next one is a new game on the same data folder. The report must never read half a check as a score.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pygame
import pytest

from game.cli import main
from game.content.check import DAY
from game.content.pack import Pack
from game.content.session import Session, State
from game.results import RESULTS_FILE, ResultsStore
from game.results_writer import ResultsWriter
from game.ui import widgets
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.clock import FakeClock
from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.scene import Scene
from game.ui.scenes.check import CheckIntroScene, NoteScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.title import FINAL_CHECK, REFRESHER, TitleScene
from game.ui.text import TextCache

from .harness import key, press, settle
from .test_check_flow import Now, choose, ctx_of, labels, pack, play_until, start, take_check

__all__ = ["pack"]  # the fixture, shared with the check's other tests


def answer(app: App, policy: str) -> Scene | None:
    """Answer the check question on top as the scripted player does: pick, then Next."""
    question = app.stack.top
    assert isinstance(question, QuestionScene)
    return press(app, *Autoplayer(policy).actions(question))  # type: ignore[arg-type]


def answered(question: Scene | None) -> list[tuple[str, tuple[int, ...], bool]]:
    assert isinstance(question, QuestionScene)
    return [(r.question.id, r.picked, r.correct) for r in question.session.results]


def leave(app: App, how: str) -> None:
    """Leave the check on the question on top: Back then Leave, closing the window then Quit, or a power cut."""
    if how == "back":
        asked = press(app, key(Act.BACK))
        assert isinstance(asked, ConfirmScene)
        assert asked.question == "Leave the check? Your answers are kept: it goes on from this question next time."
        assert isinstance(press(app, key(Act.CHOOSE, 1)), TitleScene)
    elif how == "close":
        asked = press(app, Action(Act.QUIT))
        assert isinstance(asked, ConfirmScene)
        assert asked.question == "Quit Byline? Your answers are kept: the check goes on from here next time."
        app.step([Action(Act.CHOOSE, index=1)])
        assert app.stack.empty


def report_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """What `byline report --json` prints for the results file at `path`."""
    capsys.readouterr()
    assert main(["report", "--results", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("how", ["back", "close", "power"])
def test_a_check_left_half_way_goes_on_from_its_first_unanswered_item_with_its_answers_kept(
    pack: Pack, tmp_path: Path, how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    store = ResultsStore(data / RESULTS_FILE)
    writer = ResultsWriter(store)
    app = start(pack, data, "ana", results=writer)
    intro = choose(app, "Play")
    assert isinstance(intro, CheckIntroScene) and labels(intro) == ["Start", "Back"]
    form = intro.form
    press(app, key(Act.CONFIRM))
    answer(app, "correct")
    third = answer(app, "wrong")
    given = answered(third)
    items = [q.id for q in pack.checks[form].level.questions]
    assert [(item, right) for item, _, right in given] == [(items[0], True), (items[1], False)]
    saved = json.loads((data / "profiles" / "ana.json").read_text(encoding="utf-8"))
    assert len(saved["check_unfinished"]["before"]["answers"]) == 2  # on disk as they were given
    leave(app, how)
    assert writer.close() == 0
    assert store.answers() == []  # half a check is not a result: the report has nothing to read as a low score

    writer = ResultsWriter(store)
    again = start(pack, data, "ana", results=writer)
    intro = choose(again, "Play")
    assert isinstance(intro, CheckIntroScene) and (intro.phase, intro.form) == ("before", form)
    assert labels(intro) == ["Resume", "Back"]  # no Start over: a second look at answered items spoils the measure
    assert "You answered 2 of 3 questions last time, and those answers are kept" in intro.body_text
    assert "Resume goes on from question 3." in intro.body_text
    resumed = press(again, key(Act.CONFIRM))
    assert isinstance(resumed, QuestionScene)
    assert resumed.run.status(resumed.session) == "News-sense check: question 3 of 3"
    assert answered(resumed) == given and not resumed.run.feedback
    assert resumed.run.progress(resumed.session) == ([None, None], 3)  # how far, never how well
    assert isinstance(answer(again, "correct"), NoteScene)
    progress = ctx_of(again).progress
    [taken] = progress.check_history
    assert (taken.phase, taken.form) == ("before", form)
    assert [a.correct for a in taken.answers] == [True, False, True]
    assert progress.check_unfinished == {}
    assert writer.close() == 0
    assert [(a.phase, a.correct) for a in store.answers()] == [("before", True), ("before", False), ("before", True)]
    growth = report_json(store.path, capsys)["growth"]
    assert (growth["students"], growth["before_only"], growth["after_only"]) == (0, 1, 0)


def test_the_report_counts_an_after_check_only_once_it_is_finished(
    pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    store = ResultsStore(data / RESULTS_FILE)
    writer = ResultsWriter(store)
    app = start(pack, data, "ben", results=writer, check_mode="after")
    choose(app, "Play")
    take_check(app, "correct")  # the before-check, all right
    press(app, key(Act.CONFIRM))
    press(app, key(Act.BACK))  # from the level board to the title, which offers the after-check (asked for)
    intro = choose(app, FINAL_CHECK)
    assert isinstance(intro, CheckIntroScene) and intro.phase == "after"
    press(app, key(Act.CONFIRM))
    answer(app, "wrong")  # one of three, then the power goes
    assert writer.close() == 0
    growth = report_json(store.path, capsys)["growth"]
    assert (growth["students"], growth["before_only"], growth["after_only"]) == (0, 1, 0)
    assert growth["overall"]["before"] is None  # not 100% before and 0% after: the after-check is not taken yet

    writer = ResultsWriter(store)
    again = start(pack, data, "ben", results=writer, check_mode="after")
    assert isinstance(choose(again, FINAL_CHECK), CheckIntroScene)
    assert isinstance(press(again, key(Act.CONFIRM)), QuestionScene)
    play_until(again, lambda top: isinstance(top, NoteScene), Autoplayer("correct"))
    assert writer.close() == 0
    growth = report_json(store.path, capsys)["growth"]
    assert (growth["students"], growth["before_only"], growth["after_only"]) == (1, 0, 0)
    overall = growth["overall"]
    assert (overall["right_before"], overall["items_before"]) == (3, 3)
    assert (overall["right_after"], overall["items_after"]) == (2, 3)  # the wrong answer of the first sitting kept
    assert FINAL_CHECK not in labels(press(again, key(Act.CONFIRM)))


def test_a_check_whose_last_answer_was_saved_is_finished_at_once(pack: Pack, tmp_path: Path) -> None:
    """The power went between saving the last answer and recording the form: Resume records it, asking nothing."""
    data = tmp_path / "data"
    app = start(pack, data, "cleo")
    intro = choose(app, "Play")
    assert isinstance(intro, CheckIntroScene)
    session = Session(intro.loaded, ctx_of(app).seed)
    while session.state is not State.FINISHED:
        session.answer(list(session.current.key))
        session.next()
    ctx = ctx_of(app)
    ctx.progress.check_unfinished["before"] = session.checkpoint()
    ctx.save_progress()
    again = start(pack, data, "cleo")
    intro = choose(again, "Play")
    assert isinstance(intro, CheckIntroScene) and "Resume finishes the check." in intro.body_text
    note = press(again, key(Act.CONFIRM))
    assert isinstance(note, NoteScene) and note.heading_text == "Check done"
    [taken] = ctx_of(again).progress.check_history
    assert [a.correct for a in taken.answers] == [True, True, True] and not ctx_of(again).progress.check_unfinished


def test_a_refresher_left_half_way_keeps_its_answers_and_asks_the_rest_next_time(pack: Pack, tmp_path: Path) -> None:
    now = Now()
    data = tmp_path / "data"
    store = ResultsStore(data / RESULTS_FILE)
    writer = ResultsWriter(store)
    app = start(pack, data, "dev", now, check_mode="off")
    choose(app, "Play")
    press(app, key(Act.CHOOSE, 0))
    play_until(app, lambda top: isinstance(top, SummaryScene), Autoplayer("wrong"))  # two items missed
    now.seconds += 7 * DAY
    app = start(pack, data, "dev", now, check_mode="off", results=writer)
    first = choose(app, REFRESHER)
    assert isinstance(first, QuestionScene) and first.run.status(first.session) == "Refresher: question 1 of 2"
    asked = first.session.current.question.id
    play_until(app, lambda top: top is not first and isinstance(top, QuestionScene), Autoplayer("correct"))
    press(app, key(Act.BACK))
    assert isinstance(press(app, key(Act.CHOOSE, 1)), TitleScene)  # Leave
    assert writer.close() == 0
    assert [(a.phase, a.question_id, a.correct) for a in store.answers()] == [("refresher", asked, True)]

    again = start(pack, data, "dev", now, check_mode="off")
    rest = choose(again, REFRESHER)
    assert isinstance(rest, QuestionScene) and rest.run.status(rest.session) == "Refresher: question 1 of 1"
    assert rest.session.current.question.id != asked  # the one answered waits its doubled gap
    [taken] = ctx_of(again).progress.check_history
    assert [(a.question, a.correct) for a in taken.answers] == [(asked, True)]


@pytest.mark.parametrize("text_size", ["small", "large"])
def test_the_resumed_check_intro_fits_the_smallest_window(pack: Pack, tmp_path: Path, text_size: str) -> None:
    data = tmp_path / "data"
    app = start(pack, data, "eli")
    choose(app, "Play")
    press(app, key(Act.CONFIRM))
    answer(app, "correct")
    widgets.layout_problems.clear()
    ctx = GameContext.load(pack, data, "eli", seed=3)
    ctx.check_mode, ctx.refreshers = "auto", True
    ctx.settings.text_size = text_size  # type: ignore[assignment]
    ctx.cache = TextCache(max_entries=1_000_000, max_bytes=2**40)
    small = App(pygame.display.set_mode((800, 600)), TitleScene(ctx), FakeClock())
    settle(small)
    intro = choose(small, "Play")
    assert isinstance(intro, CheckIntroScene) and intro.resumed is not None
    assert list(widgets.layout_problems) == []
    tiny = sorted({(f.point_size, t) for f, _, _, t, *_ in ctx.cache._entries if f.point_size < MIN_TEXT_PX})
    assert tiny == [], tiny[:5]
