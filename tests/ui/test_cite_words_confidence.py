"""Show me where, loaded words and confidence, played by keyboard only, mouse only and touch only."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.content.article import Span
from game.content.pack import Pack, load_pack
from game.content.paths import BUNDLED_SEEDS
from game.ui import widgets
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.clock import FakeClock
from game.ui.context import GameContext
from game.ui.scenes.cite import CiteScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.front_page import FrontPageScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.title import TitleScene

from .harness import click, finger_taps, key, press, settle

LEVEL = """\
id: practice
title: Practice
article: sony-hack-denial.txt
intro: Cite, mark and say how sure you are.
cite: true
confidence: true
questions:
  - id: words
    type: loaded_words
    cite: false
    sentence: bullying another country into cooperation also seems like a really curious way of offering help
    words:
      - word: bullying
        why: A loaded word for pressure.
      - word: seems
        why: Signals the writer's impression.
    explanation: Judging words show the writer's view.
  - id: grave
    type: who_said
    quote: threatens "grave consequences"
    evidence: the country's foreign ministry demands a joint investigation with the United States
    choices: [North Korea's foreign ministry, The FBI, Mark Stroh]
    answer: North Korea's foreign ministry
    explanation: The sentence names the foreign ministry, then says it "threatens".
"""


def pack_of(folder: Path, level: str) -> Pack:
    """A pack of one level file, in a folder with its own copy of the seed article."""
    (folder / "seeds").mkdir()
    shutil.copy(BUNDLED_SEEDS / "sony-hack-denial.txt", folder / "seeds")
    (folder / "levels").mkdir()
    (folder / "levels" / "level.yaml").write_text(level, encoding="utf-8")
    pack = load_pack([folder / "levels"])
    assert not pack.errors, pack.problems
    return pack


@pytest.fixture
def app(screen: pygame.Surface, tmp_path: Path) -> App:
    game = App(screen, TitleScene(GameContext(pack_of(tmp_path, LEVEL), seed=1)), FakeClock())
    settle(game)
    press(game, key(Act.CHOOSE, 0))
    press(game, key(Act.CHOOSE, 0))
    assert isinstance(press(game, key(Act.CONFIRM)), QuestionScene)
    return game


def proving_sentence(app: App) -> int:
    sentences = app.stack.scenes[-2].session.loaded.article.sentences  # type: ignore[attr-defined]
    return next(i for i, s in enumerate(sentences) if "joint investigation" in s.text)


def point_in_sentence(cite: CiteScene, target: int) -> tuple[int, int]:
    """A window position drawn inside sentence `target` (the view scrolls there first)."""
    sentence = cite.article.sentences[target]
    cite.view.show(Span(sentence.block, sentence.start, sentence.end))
    inner = cite.view.rect
    for y in range(inner.top, inner.bottom, 6):
        for x in range(inner.left, inner.right, 12):
            if cite.view.sentence_at((x, y)) == target:
                return x, y
    raise AssertionError("sentence not on screen")


def play_level(app: App, tap: Callable[[pygame.Rect | tuple[int, int]], list[Action]], *, keyboard: bool) -> None:
    question = app.stack.top
    assert isinstance(question, QuestionScene) and question.marking
    words = question.session.current.choices
    targets = [words.index("bullying"), words.index("seems")]
    if keyboard:
        for _ in range(targets[0] + 1):  # the first press shows the focus, on the first word
            press(app, Action(Act.RIGHT))
        press(app, Action(Act.CONFIRM))
        for _ in range(targets[1] - targets[0]):
            press(app, Action(Act.RIGHT))
        press(app, Action(Act.CONFIRM))
        for _ in range(len(words) - targets[1]):
            press(app, Action(Act.RIGHT))  # on to "Check answer"
        confidence = press(app, Action(Act.CONFIRM))
    else:
        for i in targets:
            press(app, *tap(question.choices[i].rect))
        assert [b.mark for b in question.choices].count("picked") == 2
        confidence = press(app, *tap(question.check.rect))  # type: ignore[union-attr]
    assert isinstance(confidence, ConfirmScene) and confidence.shot_name == "confidence"
    feedback = press(app, key(Act.CHOOSE, 2)) if keyboard else press(app, *tap(confidence.menu.buttons[2].rect))
    assert isinstance(feedback, FeedbackScene) and feedback.result.correct and feedback.result.points == 100
    assert "bullying: A loaded word for pressure." in feedback.why_text
    question = press(app, key(Act.CONFIRM))

    presented = question.session.current
    right = presented.choices.index("North Korea's foreign ministry")
    cite = press(app, key(Act.CHOOSE, right)) if keyboard else press(app, *tap(question.choices[right].rect))
    assert isinstance(cite, CiteScene)
    target = proving_sentence(app)
    if keyboard:
        press(app, Action(Act.DOWN))  # the first press shows the highlight, on the headline
        assert cite.sentence == 0
        for _ in range(target):
            press(app, Action(Act.DOWN))
        confidence = press(app, Action(Act.CONFIRM))
    else:
        press(app, *tap(point_in_sentence(cite, target)))
        assert cite.sentence == target
        confidence = press(app, *tap(cite.menu.buttons[0].rect))
    assert isinstance(confidence, ConfirmScene)
    feedback = press(app, key(Act.CHOOSE, 0)) if keyboard else press(app, *tap(confidence.menu.buttons[0].rect))
    assert isinstance(feedback, FeedbackScene)
    assert feedback.result.cited is True and feedback.result.points == 110 + 50
    front = press(app, key(Act.CONFIRM))
    assert isinstance(front, FrontPageScene)  # tomorrow's paper, then the scores
    summary = press(app, key(Act.CONFIRM)) if keyboard else press(app, *tap(front.menu.buttons[0].rect))
    assert isinstance(summary, SummaryScene)
    calibration = summary.summary.calibration
    assert calibration is not None
    assert [(c.right, c.total) for c in calibration] == [(1, 1), (0, 0), (1, 1)]


def test_keyboard_only(app: App) -> None:
    play_level(app, lambda _: [], keyboard=True)


def test_mouse_only(app: App) -> None:
    def click(target: pygame.Rect | tuple[int, int]) -> list[Action]:
        pos = target.center if isinstance(target, pygame.Rect) else target
        return [Action(Act.POINT, pos=pos), Action(Act.CLICK, pos=pos)]

    play_level(app, click, keyboard=False)


def test_touch_only(app: App) -> None:
    play_level(app, finger_taps(app), keyboard=False)


def mark_a_wrong_word(app: App) -> None:
    """Answer the loaded-words question wrongly ("another"), then say "Guessing"."""
    question = app.stack.top
    assert isinstance(question, QuestionScene)
    press(app, *click(question.choices[question.session.current.choices.index("another")].rect))
    assert isinstance(press(app, *click(question.check.rect)), ConfirmScene)  # type: ignore[union-attr]
    press(app, key(Act.CHOOSE, 0))


def test_check_with_nothing_marked_says_what_to_do(app: App) -> None:
    question = app.stack.top
    assert press(app, *click(question.check.rect)) is question
    assert not question.session.results and "Mark at least one word" in question.message


def test_a_missed_citation_shows_the_proving_sentence(app: App) -> None:
    mark_a_wrong_word(app)
    question = press(app, key(Act.CONFIRM))
    presented = question.session.current
    cite = press(app, key(Act.CHOOSE, presented.choices.index("The FBI")))
    assert isinstance(cite, CiteScene) and cite.sentence is None
    press(app, Action(Act.CONFIRM))  # shows the highlight, on the headline: not the proof
    assert cite.sentence == 0 and app.stack.top is cite
    press(app, Action(Act.CONFIRM))
    feedback = press(app, key(Act.CHOOSE, 1))
    assert isinstance(feedback, FeedbackScene)
    assert feedback.result.cited is False and feedback.result.points == 0
    assert "Your citation missed" in feedback.answer_text
    shown = feedback.evidence.highlight
    assert shown is not None
    assert feedback.evidence.article.text[shown.start : shown.end].startswith("Furthermore, the country's foreign")


def test_esc_on_cite_returns_to_the_question_unanswered(app: App) -> None:
    mark_a_wrong_word(app)
    question = press(app, key(Act.CONFIRM))
    assert isinstance(press(app, key(Act.CHOOSE, 0)), CiteScene)
    assert press(app, key(Act.BACK)) is question
    assert len(question.session.results) == 1


@pytest.mark.parametrize("size", [(800, 600), (3840, 2160)])
def test_new_screens_fit(app: App, size: tuple[int, int]) -> None:
    widgets.layout_problems.clear()
    app.screen = pygame.display.set_mode(size)
    app.step([Action(Act.RESIZE, pos=size)])
    settle(app)
    mark_a_wrong_word(app)
    press(app, key(Act.CONFIRM))
    press(app, key(Act.CHOOSE, 0))
    press(app, Action(Act.CONFIRM))
    press(app, Action(Act.CONFIRM))
    press(app, key(Act.CHOOSE, 1))
    assert isinstance(press(app, key(Act.CONFIRM)), FrontPageScene)
    summary = press(app, key(Act.CONFIRM))
    assert isinstance(summary, SummaryScene)
    assert list(widgets.layout_problems) == []


def test_the_longest_loaded_words_sentence_fits_the_smallest_screen(screen: pygame.Surface, tmp_path: Path) -> None:
    sentence = (
        "After president Obama denounced North Korea's hacking operation against Sony and promised "
        '"appropriate actions" to be taken against Pyongyang, the Korean officials are trying to deny their '
        "involvement in the"
    )
    level = (
        LEVEL.replace(
            "bullying another country into cooperation also seems like a really curious way of offering help",
            "'" + sentence.replace("'", "''") + "'",
        )
        .replace("word: bullying", "word: denounced")
        .replace("word: seems", "word: trying")
    )
    ctx = GameContext(pack_of(tmp_path, level), seed=1)
    ctx.settings.text_size, ctx.settings.font = "large", "opendyslexic"
    small = pygame.display.set_mode((800, 600))
    app = App(small, TitleScene(ctx), FakeClock())
    widgets.layout_problems.clear()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    question = press(app, key(Act.CONFIRM))
    assert len(question.choices) == 30
    assert all(question.passage_rect.contains(b.rect) for b in question.choices)
    assert list(widgets.layout_problems) == []


def test_a_pointer_gets_back_out_of_the_confidence_question_and_the_level(app: App) -> None:
    question = app.stack.top
    assert isinstance(question, QuestionScene)
    press(app, *click(question.choices[0].rect))
    confidence = press(app, *click(question.check.rect))  # type: ignore[union-attr]
    assert isinstance(confidence, ConfirmScene) and confidence.back is not None
    assert press(app, *click(confidence.back.rect)) is question and not question.session.results
    leave = press(app, *click(question.back.rect))
    assert isinstance(leave, ConfirmScene) and "Leave this level?" in leave.question
