"""The news-sense check and refreshers, played through the real scene stack with scripted input and moved time."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.content import check
from game.content.check import DAY
from game.content.pack import Pack, load_pack
from game.content.paths import BUNDLED_SEEDS
from game.growth import build_growth
from game.results import ResultsStore
from game.results_writer import ResultsWriter
from game.ui import widgets
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.audio import Audio
from game.ui.autoplay import Autoplayer
from game.ui.clock import FakeClock
from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.demo import demo
from game.ui.scene import Scene
from game.ui.scenes.check import CheckIntroScene, NoteScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.title import FINAL_CHECK, REFRESHER, TitleScene
from game.ui.text import TextCache

from .harness import key, press, settle

WHO = """\
  - id: {id}
    type: who_said
    quote: grave consequences
    choices: [North Korea's foreign ministry, The FBI, President Obama]
    answer: North Korea's foreign ministry
    explanation: The country's foreign ministry threatens them.
"""
FACT = """\
  - id: {id}
    type: fact_or_opinion
    statement: "the US rejected the joint inquiry request"
    answer: fact
    explanation: It can be checked.
"""
OPINION = """\
  - id: {id}
    type: fact_or_opinion
    statement: "This seems incredibly interesting"
    answer: opinion
    explanation: The words seems and interesting judge.
"""
CHAIN = """\
  - id: {id}
    type: source_chain
    links:
      - name: North Korea
        evidence: "North Korea is denying the allegation made by the FBI and claims it had no involvement"
      - name: Reuters
        evidence: "According to Reuters"
    distractors: [The FBI]
    explanation: Reuters passed on North Korea's denial.
"""


def level(level_id: str, questions: str, form: str | None = None) -> str:
    check = f"check: {form}\n" if form else ""
    return (
        f"id: {level_id}\n{check}title: {level_id.title()}\narticle: sony-hack-denial.txt\n"
        f"intro: Written by the tests.\nquestions:\n{questions}"
    )


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """Two small levels and two three-item forms of the check, on the seed article."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(BUNDLED_SEEDS / "sony-hack-denial.txt", tmp_path / "seeds")
    levels = tmp_path / "levels"
    levels.mkdir()
    files = {
        "01-one.yaml": level("one", WHO.format(id="w1") + FACT.format(id="f1")),
        "02-two.yaml": level("two", OPINION.format(id="o1")),
        "check-a.yaml": level("form-a", WHO.format(id="a1") + OPINION.format(id="a2") + CHAIN.format(id="a3"), "A"),
        "check-b.yaml": level("form-b", FACT.format(id="b1") + WHO.format(id="b2") + CHAIN.format(id="b3"), "B"),
    }
    for name, text in files.items():
        (levels / name).write_text(text, encoding="utf-8")
    loaded = load_pack([levels])
    assert not loaded.problems, loaded.problems
    return loaded


class Now:
    """The wall clock the refresher schedule reads, moved by the tests."""

    def __init__(self) -> None:
        self.seconds = 1_800_000_000.0

    def __call__(self) -> float:
        return self.seconds


def start(pack: Pack, data: Path, profile: str, now: Callable[[], float] | None = None, **options: object) -> App:
    """The game as `byline play` starts it for `profile`: the check on, refreshers on, a fake frame clock."""
    screen = pygame.display.set_mode((1280, 720))
    ctx = GameContext.load(pack, data, profile, seed=3)
    ctx.check_mode, ctx.refreshers = "auto", True
    ctx.wall_clock = now or Now()
    for name, value in options.items():
        setattr(ctx, name, value)
    app = App(screen, TitleScene(ctx), FakeClock())
    settle(app)
    return app


def ctx_of(app: App) -> GameContext:
    return app.stack.scenes[0].ctx  # type: ignore[attr-defined]


def labels(scene: Scene | None) -> list[str]:
    return [button.label for button in scene.menu.buttons]  # type: ignore[union-attr]


def choose(app: App, label: str) -> Scene | None:
    return press(app, key(Act.CHOOSE, labels(app.stack.top).index(label)))


def play_until(app: App, done: Callable[[Scene | None], bool], bot: Autoplayer) -> list[Scene]:
    """Let the scripted player press on until `done`; every scene it met on top, in order."""
    seen: list[Scene] = []
    for _ in range(400):
        top = app.stack.top
        if done(top):
            return seen
        seen.append(top)  # type: ignore[arg-type]
        press(app, *bot.actions(top))
    raise AssertionError(f"never got there; last on top: {app.stack.top}")


def take_check(app: App, policy: str = "correct") -> list[Scene]:
    intro = app.stack.top
    assert isinstance(intro, CheckIntroScene)
    return play_until(app, lambda top: isinstance(top, NoteScene), Autoplayer(policy))  # type: ignore[arg-type]


def test_profiles_are_counterbalanced_and_each_keeps_its_form(pack: Pack, tmp_path: Path) -> None:
    data = tmp_path / "data"
    forms = []
    for name in ["ana", "ben", "cleo", "dev", "eli", "fay"]:
        intro = choose(start(pack, data, name), "Play")
        assert isinstance(intro, CheckIntroScene) and intro.phase == "before"
        forms.append(intro.form)
        assert intro.loaded is pack.checks[intro.form]
    assert forms.count("A") == forms.count("B") == 3
    assert all(forms[i] != forms[i + 1] for i in range(0, 6, 2))  # each pair splits: fewer-first wins
    again = choose(start(pack, data, "ana"), "Play")
    assert isinstance(again, CheckIntroScene) and again.form == forms[0]


def test_the_check_gives_no_feedback_and_is_scored_and_recorded_with_its_phase(
    pack: Pack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    played: list[str] = []
    monkeypatch.setattr(Audio, "play", lambda self, cue: played.append(cue))
    store = ResultsStore(tmp_path / "results.sqlite3")
    writer = ResultsWriter(store)
    app = start(pack, tmp_path / "data", "ana", results=writer)
    choose(app, "Play")
    ctx = ctx_of(app)
    theme = ctx.theme
    bot = Autoplayer("wrong")
    seen: list[Scene] = []
    while not isinstance(app.stack.top, NoteScene):
        top = app.stack.top
        seen.append(top)  # type: ignore[arg-type]
        if isinstance(top, QuestionScene):
            for verdict in (theme.correct, theme.wrong):
                drawn = pygame.mask.from_threshold(app.screen, verdict, (1, 1, 1, 255)).count()
                assert drawn == 0, (verdict, top.session.index)
        press(app, *bot.actions(top))
        assert len(seen) < 50
    questions = [s for s in seen if isinstance(s, QuestionScene)]
    assert questions and not any(isinstance(s, FeedbackScene) for s in seen)
    assert set(played) <= {"tick"}, played  # a neutral click, never right, wrong or streak
    form = ctx.progress.first_form
    [taken] = ctx.progress.check_history
    assert (taken.phase, taken.form) == ("before", form)
    assert [a.correct for a in taken.answers] == [False, False, False]
    assert ctx.progress.checks == 0 and not ctx.progress.levels  # no rating, no stars
    assert writer.close() == 0
    with sqlite3.connect(store.path) as conn:
        rows = conn.execute("SELECT level_id, phase, score FROM plays").fetchall()
    assert rows == [(pack.checks[form].level.id, "before", 0)]
    note = app.stack.top
    assert isinstance(note, NoteScene) and "Score" not in note.text and "of 3" not in note.text
    board = press(app, key(Act.CONFIRM))
    assert isinstance(board, LevelSelectScene)
    assert [loaded.level.id for loaded in board.levels] == ["one", "two"]  # no form on the board


def test_a_right_check_scores_like_the_game(pack: Pack, tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")
    writer = ResultsWriter(store)
    app = start(pack, tmp_path / "data", "ben", results=writer)
    choose(app, "Play")
    take_check(app, "correct")
    assert writer.close() == 0
    with sqlite3.connect(store.path) as conn:
        [(score, max_score)] = conn.execute("SELECT score, max_score FROM plays").fetchall()
        right = conn.execute("SELECT SUM(correct), COUNT(*) FROM answers").fetchone()
    assert right == (3, 3) and score == max_score > 300  # streak bonuses, as in a level


def test_the_after_check_is_offered_after_the_last_level_with_the_other_form(pack: Pack, tmp_path: Path) -> None:
    app = start(pack, tmp_path / "data", "cleo")
    ctx = ctx_of(app)
    choose(app, "Play")
    take_check(app)
    bot = Autoplayer("correct", level_count=2)
    press(app, key(Act.CONFIRM))  # on to the levels
    play_until(app, lambda top: isinstance(top, SummaryScene), bot)
    assert FINAL_CHECK not in labels(app.stack.top)  # one level of two
    press(app, key(Act.BACK))
    assert FINAL_CHECK not in labels(press(app, key(Act.BACK)))  # the title does not offer it either
    choose(app, "Play")
    press(app, key(Act.CHOOSE, 1))
    play_until(app, lambda top: isinstance(top, SummaryScene), bot)
    summary = app.stack.top
    assert labels(summary)[0] == FINAL_CHECK
    centre = summary.menu.buttons[0].rect.center  # type: ignore[union-attr]
    intro = press(app, Action(Act.POINT, pos=centre), Action(Act.CLICK, pos=centre))
    assert isinstance(intro, CheckIntroScene) and intro.phase == "after"
    assert intro.form != ctx.progress.first_form
    take_check(app)
    assert [(t.phase, t.form) for t in ctx.progress.check_history] == [
        ("before", ctx.progress.first_form),
        ("after", intro.form),
    ]
    assert isinstance(press(app, key(Act.CONFIRM)), LevelSelectScene)
    assert set(ctx.progress.levels) == {"one", "two"}  # the forms earn no stars and unlock nothing
    assert ctx.progress.checks == 3  # only the levels' answers count in the rating
    title = press(app, key(Act.BACK))
    assert FINAL_CHECK not in labels(title)


def test_the_teacher_can_ask_for_the_after_check_and_turn_the_check_off(pack: Pack, tmp_path: Path) -> None:
    asked = start(pack, tmp_path / "data", "dev", check_mode="after")
    assert FINAL_CHECK in labels(asked.stack.top)
    intro = choose(asked, FINAL_CHECK)
    assert isinstance(intro, CheckIntroScene) and intro.phase == "after"
    off = start(pack, tmp_path / "data", "eli", check_mode="off")
    assert isinstance(choose(off, "Play"), LevelSelectScene)


def test_refreshers_come_after_the_gap_with_feedback_and_space_out_right_answers(pack: Pack, tmp_path: Path) -> None:
    now = Now()
    data = tmp_path / "data"
    store = ResultsStore(tmp_path / "results.sqlite3")
    writer = ResultsWriter(store)
    app = start(pack, data, "fay", now, check_mode="off", results=writer)
    choose(app, "Play")
    press(app, key(Act.CHOOSE, 0))
    play_until(app, lambda top: isinstance(top, SummaryScene), Autoplayer("wrong"))
    missed = {(r.level, r.question) for r in ctx_of(app).progress.reviews}
    assert missed == {("one", "w1"), ("one", "f1")}
    start_time = now.seconds
    now.seconds = start_time + 6 * DAY
    assert REFRESHER not in labels(start(pack, data, "fay", now).stack.top)
    now.seconds = start_time + 7 * DAY
    app = start(pack, data, "fay", now, check_mode="off", results=writer)
    ctx = ctx_of(app)
    first = choose(app, REFRESHER)
    assert isinstance(first, QuestionScene) and first.run.status(first.session) == "Refresher: question 1 of 2"
    answers = {"w1": "correct", "f1": "wrong"}
    seen: list[Scene] = []
    bot = Autoplayer()
    while not isinstance(app.stack.top, NoteScene):
        top = app.stack.top
        if isinstance(top, QuestionScene):
            bot.policy = answers[top.session.current.question.id]  # type: ignore[assignment]
        seen.append(top)  # type: ignore[arg-type]
        press(app, *bot.actions(top))
    feedback = [s.menu.buttons[0].label for s in seen if isinstance(s, FeedbackScene)]
    assert feedback == ["Next question", "See my results"]  # practice shows right and wrong, then goes on
    assert "1 of 2 right" in app.stack.top.text  # type: ignore[union-attr]
    [taken] = ctx.progress.check_history
    assert taken.phase == "refresher" and [(a.question, a.correct) for a in taken.answers] == [
        ("w1", True),
        ("f1", False),
    ]
    assert isinstance(press(app, key(Act.CONFIRM)), TitleScene)
    assert REFRESHER not in labels(app.stack.top)

    def due_at(days: int) -> set[str]:
        now.seconds = start_time + days * DAY
        app = start(pack, data, "fay", now)
        top = app.stack.top
        if REFRESHER not in labels(top):
            return set()
        return {r.question for r in ctx_of(app).progress.reviews if r.due <= now.seconds}

    assert due_at(13) == set()
    assert due_at(14) == {"f1"}  # missed again: back at the next refresher, a gap later
    assert due_at(20) == {"f1"}
    assert due_at(21) == {"f1", "w1"}  # right: twice the gap
    assert writer.close() == 0
    with sqlite3.connect(store.path) as conn:
        phases = conn.execute("SELECT level_id, phase FROM plays ORDER BY id").fetchall()
    assert phases == [("one", None), ("one", "refresher"), ("one", "refresher")]


def test_a_refresher_asks_only_questions_of_the_levels_loaded_now(pack: Pack, tmp_path: Path) -> None:
    now = Now()
    app = start(pack, tmp_path / "data", "ivy", now)
    ctx = ctx_of(app)
    check.schedule_missed(ctx.progress, [("other-folder", "q1")], now.seconds - 8 * DAY, 7)
    settle(app)
    assert REFRESHER not in labels(app.stack.top)
    check.schedule_missed(ctx.progress, [("two", "o1")], now.seconds - 7 * DAY, 7)
    settle(app)
    assert labels(app.stack.top)[1] == REFRESHER
    question = choose(app, REFRESHER)
    assert isinstance(question, QuestionScene) and question.session.current.question.id == "o1"
    assert question.run.status(question.session) == "Refresher: question 1 of 1"
    assert [r.level for r in ctx.progress.reviews] == ["other-folder", "two"]  # kept for when it is played again


def test_demo_plays_the_check_before_and_after_the_levels_and_records_them(pack: Pack, tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")
    writer = ResultsWriter(store)
    report = demo(pack, headless=True, results=writer)
    assert report.finished
    assert [(c["phase"], c["right"], c["total"]) for c in report.checks] == [("before", 3, 3), ("after", 3, 3)]
    assert {c["form"] for c in report.checks} == {"A", "B"}
    assert [lvl["id"] for lvl in report.levels] == ["one", "two"]
    assert writer.close() == 0
    with sqlite3.connect(store.path) as conn:
        phases = [row[0] for row in conn.execute("SELECT phase FROM plays ORDER BY id")]
    assert phases == ["before", None, None, "after"]


def test_recorded_demo_players_share_the_forms_out_and_each_keeps_its_own(pack: Pack, tmp_path: Path) -> None:
    store = ResultsStore(tmp_path / "results.sqlite3")

    def first_form_of(player: str) -> str:
        writer = ResultsWriter(store)
        report = demo(pack, headless=True, results=writer, player=player)
        assert writer.close() == 0 and report.finished
        return report.checks[0]["form"]

    names = ["s1", "s2", "s3", "s4"]
    assert [check.first_form(name, []) for name in names].count("A") == 1  # the names alone: 1 A first, 3 B
    firsts = [first_form_of(name) for name in names]
    assert sorted(firsts) == ["A", "A", "B", "B"]
    assert first_form_of("s4") == firsts[3]  # the same player again: its own first form, as a profile keeps it
    growth = build_growth(store.answers())
    assert growth.first_forms == {"form-a": 2, "form-b": 2}


def shots_until(app: App, last: type[Scene], bot: Autoplayer) -> set[str]:
    """Let the scripted player press on up to a `last` screen; the name of every screen on top, it included."""
    names = set()
    for _ in range(200):
        top = app.stack.top
        names.add(top.shot_name)  # type: ignore[union-attr]
        if isinstance(top, last):
            return names
        press(app, *bot.actions(top))
    raise AssertionError(f"never reached {last.__name__}")


@pytest.mark.parametrize("text_size", ["small", "medium", "large"])
def test_check_and_refresher_screens_fit_at_every_text_size_in_the_smallest_window(
    pack: Pack, tmp_path: Path, text_size: str
) -> None:
    now = Now()
    widgets.layout_problems.clear()
    screen = pygame.display.set_mode((800, 600))
    ctx = GameContext.load(pack, tmp_path / "data", "gus", seed=3)
    ctx.check_mode, ctx.refreshers, ctx.wall_clock = "auto", True, now
    ctx.settings.text_size = text_size  # type: ignore[assignment]
    ctx.settings.high_contrast = text_size == "large"
    ctx.cache = TextCache(max_entries=1_000_000, max_bytes=2**40)
    app = App(screen, TitleScene(ctx), FakeClock())
    settle(app)
    bot = Autoplayer("wrong", level_count=1)
    choose(app, "Play")
    names = shots_until(app, LevelSelectScene, bot)
    press(app, key(Act.CHOOSE, 0))
    play_until(app, lambda top: isinstance(top, SummaryScene), Autoplayer("wrong"))
    now.seconds += 8 * DAY
    ctx.check_mode = "after"  # the title offers both: five buttons
    press(app, key(Act.BACK))
    title = press(app, key(Act.BACK))
    settle(app)
    assert labels(title) == ["Play", REFRESHER, FINAL_CHECK, "Settings", "Quit"]
    choose(app, REFRESHER)
    names |= shots_until(app, NoteScene, bot) | {title.shot_name}  # type: ignore[union-attr]
    assert {"check-intro", "check-done", "refresher-done", "question-source_chain"} <= names
    assert list(widgets.layout_problems) == []
    small = sorted({(f.point_size, t) for f, _, _, t, *_ in ctx.cache._entries if f.point_size < MIN_TEXT_PX})
    assert small == [], small[:5]


def test_a_kiosk_visit_takes_no_check_and_schedules_no_refresher(pack: Pack, tmp_path: Path) -> None:
    from tests.kiosk.harness import make_kiosk

    kiosk = make_kiosk(tmp_path / "kiosk", pack=pack, demo=False, initials=False)
    settle(kiosk.app)
    board = press(kiosk.app, Action(Act.CONFIRM))
    assert isinstance(board, LevelSelectScene)
    assert [loaded.level.id for loaded in board.levels] == ["one", "two"]
    press(kiosk.app, key(Act.CHOOSE, 0))
    play_until(kiosk.app, lambda top: isinstance(top, SummaryScene), Autoplayer("wrong"))
    ctx = board.ctx
    assert not ctx.progress.reviews and not ctx.progress.check_history and ctx.progress.first_form is None
    assert FINAL_CHECK not in labels(kiosk.app.stack.top)


def test_the_teacher_options_are_parsed_and_a_bad_gap_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    from game.cli import build_parser

    args = build_parser().parse_args(["play", "--check", "after", "--refresher-days", "10"])
    assert (args.check, args.refresher_days) == ("after", 10.0)
    assert build_parser().parse_args(["play"]).check == "auto"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["play", "--refresher-days", "0"])
    assert "above 0 and at most 365" in capsys.readouterr().err


def test_enter_after_a_pick_in_the_check_sends_that_pick_and_never_another(pack: Pack, tmp_path: Path) -> None:
    """Pick with a number key, then Enter, Enter: the pick goes, as Next; Enter must not re-pick the first choice."""
    app = start(pack, tmp_path / "data", "ana")
    choose(app, "Play")
    question = press(app, *Autoplayer("correct").actions(app.stack.top))  # the check's intro: Start
    assert isinstance(question, QuestionScene)
    shown = question.session.current
    press(app, key(Act.CHOOSE, 1))
    press(app, key(Act.CONFIRM))
    press(app, key(Act.CONFIRM))
    first = question.session.results[0]
    assert first.picked == (1,) and first.chosen == (shown.choices[1],)
