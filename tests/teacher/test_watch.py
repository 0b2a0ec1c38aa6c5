"""`byline play LEVEL.yaml --watch`: a broken file shows its problems in the window; fixed, it plays again."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pygame
import pytest

from game.cli import main
from game.content.pack import Pack
from game.ui import widgets
from game.ui.actions import Act
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.watch import POLL_SECONDS, WatchScene
from game.ui.text import TextCache
from tests.ui.harness import key, press, settle

DATA = Path(__file__).parent.parent / "data"
GOOD = """\
id: lunch
title: Lunch money
article: school-lunch.txt
intro: Read the article, then say who said what.
questions:
  - id: mayor
    type: who_said
    quote: "Every child deserves a hot meal"
    choices: [The mayor, The council, One parent]
    answer: The mayor
    explanation: The sentence says "the mayor said".
"""
BROKEN = GOOD.replace("title:", "titel:").replace("hot meal", "warm meal")
FRAME = POLL_SECONDS / 2


class DrawnText(TextCache):
    """Remembers every piece of text drawn, so a test can see what is on the screen."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[str] = []

    def render(self, font, text, colour, antialias=True):  # type: ignore[no-untyped-def]
        self.drawn.append(text)
        return super().render(font, text, colour, antialias)


@pytest.fixture
def level(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, screen: pygame.Surface) -> Path:
    """A teacher's folder with the article in seeds/; the level file path is relative, as typed."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "levels").mkdir()
    shutil.copy(DATA / "school-lunch.txt", tmp_path / "seeds")
    return Path("levels") / "lunch.yaml"


def save(path: Path, text: str) -> None:
    """Write as an editor does; the file's clock moves on a second, as it would between two saves."""
    before = path.stat().st_mtime_ns if path.exists() else time.time_ns()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def watch(path: Path, size: tuple[int, int] = (1280, 720)) -> tuple[App, WatchScene]:
    ctx = GameContext(Pack(), seed=3, cache=DrawnText())
    scene = WatchScene(ctx, path)
    app = App(pygame.display.set_mode(size), scene, FakeClock(step=FRAME))
    settle(app)
    return app, scene


def wait_for_poll(app: App) -> None:
    for _ in range(3):
        app.step([])
    settle(app)


def drawn(scene: WatchScene) -> str:
    assert isinstance(scene.ctx.cache, DrawnText)
    return "\n".join(scene.ctx.cache.drawn)


def test_a_broken_file_shows_its_problems_then_plays_once_fixed(level: Path) -> None:
    save(level, BROKEN)
    app, scene = watch(level)
    assert app.stack.top is scene and scene.loaded is None
    messages = [p.message for p in scene.problems]
    assert "unknown key `titel`: did you mean `title`?" in messages
    assert any(m.startswith("not found word for word in seeds/school-lunch.txt") for m in messages)
    on_screen = drawn(scene)
    for problem in scene.problems:
        assert f"{level}:{problem.line}:{problem.column}:" in on_screen  # file:line:col, then the message
    assert "did you mean" in on_screen and "This level cannot be played yet" in on_screen
    assert not scene.menu.buttons[0].enabled  # no "Play" while it is broken

    save(level, GOOD)
    wait_for_poll(app)
    intro = app.stack.top
    assert isinstance(intro, IntroScene) and intro.loaded.level.title == "Lunch money"
    question = press(app, key(Act.CONFIRM))
    assert isinstance(question, QuestionScene) and question.session.current.question.id == "mayor"
    feedback = press(app, *Autoplayer("correct").actions(question))
    assert isinstance(feedback, FeedbackScene) and feedback.result.correct


def test_saving_a_mistake_mid_level_brings_the_problems_up_and_a_fix_starts_again(level: Path) -> None:
    save(level, GOOD)
    app, scene = watch(level)
    question = press(app, key(Act.CONFIRM))
    assert isinstance(question, QuestionScene)
    for _ in range(10):  # nothing changed: the level keeps playing
        app.step([])
    assert app.stack.top is question and scene.reloads == 1

    save(level, GOOD.replace("  - id: mayor", "  - id mayor"))
    wait_for_poll(app)  # the watcher runs while covered by the question
    assert app.stack.top is scene and len(app.stack) == 1
    assert scene.problems[0].message.startswith("YAML syntax")
    assert f"{level}:{scene.problems[0].line}:" in drawn(scene)

    save(level, GOOD.replace("Lunch money", "Free lunches"))
    wait_for_poll(app)
    assert isinstance(app.stack.top, IntroScene) and app.stack.top.loaded.level.title == "Free lunches"


def test_editing_the_article_reloads_too(level: Path) -> None:
    save(level, GOOD)
    app, scene = watch(level)
    save(Path("seeds") / "school-lunch.txt", "Council Plans\nThe council met.\n")
    wait_for_poll(app)
    assert scene.reloads == 2 and app.stack.top is scene
    assert scene.problems[0].message.startswith("not found word for word in seeds/school-lunch.txt")


def test_a_missing_file_waits_to_be_written(level: Path) -> None:
    app, scene = watch(level)
    assert scene.problems[0].message.startswith("cannot read file")
    save(level, GOOD)
    wait_for_poll(app)
    assert isinstance(app.stack.top, IntroScene)


def test_back_from_the_level_shows_what_to_check_then_play_starts_it_again(level: Path) -> None:
    save(level, GOOD.replace('The sentence says "the mayor said".', '"TODO check: the mayor said it."'))
    app, scene = watch(level)
    assert press(app, key(Act.BACK)) is scene  # leave the intro
    assert "still says TODO" in scene.report.text and scene.heading_text == "Lunch money"
    assert isinstance(press(app, key(Act.CHOOSE, 0)), IntroScene)  # Play
    press(app, key(Act.BACK))
    press(app, key(Act.BACK))
    assert app.stack.empty  # Esc on the watch screen quits


@pytest.mark.parametrize("size", [(800, 600), (1280, 720)])
def test_the_problem_screen_fits_the_window(level: Path, size: tuple[int, int]) -> None:
    widgets.layout_problems.clear()
    save(level, BROKEN)
    watch(level, size)
    assert list(widgets.layout_problems) == []


def test_cli_watch_needs_one_level_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "--watch", str(tmp_path / "nope.yaml")]) == 1
    assert "give one level file" in capsys.readouterr().err
