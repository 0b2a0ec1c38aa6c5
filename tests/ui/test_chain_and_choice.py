"""Source chains and teachers' own questions, played through the real scene stack by keyboard, mouse and touch."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.content.outcome import Outcome
from game.content.pack import Pack, load_pack
from game.content.paths import BUNDLED_SEEDS
from game.ui import widgets
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.clock import FakeClock
from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.demo import demo
from game.ui.scenes.chain import ChainScene
from game.ui.scenes.feedback import FeedbackScene, verdict_text
from game.ui.scenes.front_page import FrontPageScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.summary import SummaryScene, review_text
from game.ui.scenes.title import TitleScene
from game.ui.text import TextCache

from .harness import finger_taps, key, press, settle

EXAMPLE = Path(__file__).parent.parent / "data" / "levels" / "chain-and-choice.yaml"
CHAIN = ["North Korea's foreign ministry", "Reuters", "This article"]
Tap = Callable[[pygame.Rect], list[Action]]


def example_pack(folder: Path) -> Pack:
    """The example level in a folder with its own copy of the seed article."""
    (folder / "seeds").mkdir()
    shutil.copy(BUNDLED_SEEDS / "sony-hack-denial.txt", folder / "seeds")
    (folder / "levels").mkdir()
    shutil.copy(EXAMPLE, folder / "levels")
    pack = load_pack([folder / "levels"])
    assert not pack.errors, pack.problems
    return pack


@pytest.fixture
def app(screen: pygame.Surface, tmp_path: Path) -> App:
    game = App(screen, TitleScene(GameContext(example_pack(tmp_path), seed=1)), FakeClock())
    settle(game)
    press(game, key(Act.CHOOSE, 0))
    press(game, key(Act.CHOOSE, 0))
    assert isinstance(press(game, key(Act.CONFIRM)), ChainScene)
    return game


def mouse(rect: pygame.Rect) -> list[Action]:
    return [Action(Act.POINT, pos=rect.center), Action(Act.CLICK, pos=rect.center)]


def cards(scene: ChainScene, *names: str) -> list[int]:
    return [scene.session.current.choices.index(n) for n in names]


def chain_shown(scene: ChainScene) -> list[str]:
    return [scene.session.current.choices[i] for i in scene.chain]


def test_keyboard_builds_undoes_and_checks_a_chain(app: App) -> None:
    scene = app.stack.top
    assert isinstance(scene, ChainScene)
    assert scene.check is not None and not scene.check.enabled
    for i in cards(scene, "North Korea's foreign ministry", "The FBI"):
        press(app, key(Act.CHOOSE, i))
    assert chain_shown(scene) == ["North Korea's foreign ministry", "The FBI"]
    assert scene.check.label == "Pick 1 more card"
    used = cards(scene, "The FBI")[0]
    press(app, key(Act.CHOOSE, used))  # a card already in the chain cannot be added twice
    assert chain_shown(scene) == ["North Korea's foreign ministry", "The FBI"]
    assert press(app, key(Act.BACK)) is scene  # Backspace takes the last card back, not the level
    assert chain_shown(scene) == ["North Korea's foreign ministry"]
    walk = cards(scene, "Reuters")[0] - scene.menu.focus  # arrows walk to a card, Enter adds it
    for _ in range(abs(walk)):
        press(app, Action(Act.RIGHT if walk > 0 else Act.LEFT))
    press(app, Action(Act.CONFIRM))
    press(app, key(Act.CHOOSE, cards(scene, "This article")[0]))
    assert chain_shown(scene) == CHAIN and scene.check.enabled
    assert scene.menu.buttons[scene.menu.focus] is scene.check  # a full chain moves the focus to Check
    feedback = press(app, Action(Act.CONFIRM))
    assert isinstance(feedback, FeedbackScene)
    assert feedback.result.correct and feedback.result.points == 100
    assert feedback.chain and feedback.result.right == tuple(CHAIN)
    article = feedback.evidence.article
    marked = [article.text[s.start : s.end] for s in feedback.evidence.marks]
    assert marked == [link.evidence for link in feedback.result.question.links]  # each link highlighted
    assert feedback.evidence.blocks == [0, 1]  # the headline and the paragraph the links are in


def play_level(app: App, tap: Tap) -> SummaryScene:
    """An almost-right chain, then the teacher's question, then a right chain: all by pointer."""
    scene = app.stack.top
    assert isinstance(scene, ChainScene)
    for i in cards(scene, "Reuters", "North Korea's foreign ministry"):
        press(app, *tap(scene.choices[i].rect))
    press(app, *tap(scene.undo.rect))
    press(app, *tap(scene.undo.rect))
    assert scene.chain == [] and not scene.undo.enabled
    for i in cards(scene, "North Korea's foreign ministry", "This article", "Reuters"):
        press(app, *tap(scene.choices[i].rect))
    assert scene.check is not None
    feedback = press(app, *tap(scene.check.rect))
    assert isinstance(feedback, FeedbackScene)
    assert feedback.result.outcome is Outcome.ALMOST and feedback.result.points == 33
    assert verdict_text(feedback.result) == "Almost: +33 points" and feedback.shot_name == "feedback-almost"
    assert "The right chain: North Korea's foreign ministry, then Reuters, then This article" in feedback.answer_text
    assert "(you had 1 of 3 in place)" in feedback.answer_text

    question = press(app, *tap(feedback.menu.buttons[0].rect))
    assert type(question) is QuestionScene  # the teacher's question has the usual screen
    presented = question.session.current
    assert presented.question.type == "choice" and presented.picks == 1
    right = presented.choices.index("The denial reached the writer through Reuters")
    feedback = press(app, *tap(question.choices[right].rect))
    assert isinstance(feedback, FeedbackScene) and feedback.result.correct
    shown = feedback.evidence.highlight
    assert shown is not None
    assert feedback.evidence.article.text[shown.start : shown.end] == presented.question.evidence

    chain = press(app, *tap(feedback.menu.buttons[0].rect))
    assert isinstance(chain, ChainScene) and chain.chain == []  # back to a chain: its own screen again
    for i in cards(chain, "Mark Stroh", "This article"):
        press(app, *tap(chain.choices[i].rect))
    feedback = press(app, *tap(chain.check.rect))  # type: ignore[union-attr]
    assert isinstance(feedback, FeedbackScene) and feedback.result.correct
    front = press(app, *tap(feedback.menu.buttons[0].rect))
    assert isinstance(front, FrontPageScene)  # tomorrow's paper, then the scores
    summary = press(app, *tap(front.menu.buttons[0].rect))
    assert isinstance(summary, SummaryScene)
    return summary


def test_mouse_only(app: App) -> None:
    summary = play_level(app, mouse)
    assert (summary.summary.right, summary.summary.almost) == (2, 1)


def test_touch_only(app: App) -> None:
    summary = play_level(app, finger_taps(app))
    assert summary.summary.score == 33 + 100 + 110


def test_the_summary_reviews_a_missed_chain_and_question(app: App) -> None:
    scene = app.stack.top
    assert isinstance(scene, ChainScene)
    for i in cards(scene, "This article", "Reuters", "North Korea's foreign ministry"):
        press(app, key(Act.CHOOSE, i))
    press(app, *mouse(scene.check.rect))  # type: ignore[union-attr]
    question = press(app, key(Act.CONFIRM))
    presented = question.session.current
    wrong = presented.choices.index("The attack was against Sony")
    press(app, key(Act.CHOOSE, wrong))
    press(app, key(Act.CONFIRM))
    assert isinstance(app.stack.top, ChainScene)
    review = review_text(question.session.summary())
    assert "How did North Korea's denial reach you?\nYou chose: This article, then Reuters, then" in review
    assert "(almost: +33 points)" in review
    assert "Right answer: North Korea's foreign ministry, then Reuters, then This article" in review
    assert "The headline says North Korea denies involvement. What does the headline leave out?\n" in review
    assert "\u201cThe headline says" not in review  # a teacher's question is not shown as a quote
    assert "Right answer: The denial reached the writer through Reuters" in review


@pytest.mark.parametrize(
    ("size", "text_size", "font"),
    [
        ((800, 600), "medium", "atkinson"),
        ((800, 600), "large", "atkinson"),
        ((800, 600), "large", "opendyslexic"),
        ((800, 600), "small", "opendyslexic"),
        ((1920, 1080), "medium", "atkinson"),
        ((1920, 1080), "large", "opendyslexic"),
    ],
    ids=str,
)
def test_the_chain_screens_fit_and_stay_readable(app: App, size: tuple[int, int], text_size: str, font: str) -> None:
    """Long names, every text size, both fonts: the cards keep 16 px text and make room for it."""
    widgets.layout_problems.clear()
    settings = app.stack.top.ctx.settings  # type: ignore[union-attr]
    settings.text_size, settings.font = text_size, font  # type: ignore[assignment]
    app.screen = pygame.display.set_mode(size)
    app.step([Action(Act.RESIZE, pos=size)])
    settle(app)
    scene = app.stack.top
    assert isinstance(scene, ChainScene)
    for i in cards(scene, "Reuters", "This article"):
        press(app, key(Act.CHOOSE, i))
    assert all(scene.passage_rect.contains(r) for r in [scene.chain_rect, scene.chain_prompt_rect])
    buttons = [*scene.choices, scene.check, scene.undo, *scene.extras]
    assert all(pygame.Rect((0, 0), size).contains(b.rect) for b in buttons)
    for a in buttons:
        assert all(a is b or not a.rect.colliderect(b.rect) for b in buttons)
    press(app, key(Act.CHOOSE, cards(scene, "The FBI")[0]))
    press(app, Action(Act.CONFIRM))
    assert list(widgets.layout_problems) == []
    names = set(scene.session.current.choices) | {"You"}
    fitted = [size for key, size in scene.ctx.cache._layouts.items() if key[0] == "fit" and key[4] in names]
    assert fitted and min(fitted) >= 16  # the chain's text, drawn in play and in the feedback, never below 16 px


@pytest.mark.parametrize(("policy", "right"), [("correct", 3), ("wrong", 0), ("random", None)])
def test_the_scripted_player_plays_both_types(
    pygame_session: None, tmp_path: Path, policy: str, right: int | None
) -> None:
    report = demo(example_pack(tmp_path), policy=policy, seed=2)  # type: ignore[arg-type]
    assert report.finished
    (level,) = report.levels
    assert level["total"] == 3
    if right is not None:
        assert level["right"] == right
    if policy == "wrong":
        assert level["score"] == 0  # a chain with every card one place off earns nothing
    assert {"question-source_chain", "question-choice"} <= set(report.screens)


BIGGEST = """\
id: biggest
title: The biggest chain
article: sony-hack-denial.txt
intro: Five links, three distractors, the longest names.
questions:
  - id: big
    type: source_chain
    links:
{links}
    distractors:
{distractors}
    explanation: Every card fits.
"""
LONG_NAMES = [f"The {word} spokesperson of the big council"[:40] for word in ("first", "second", "third", "fourth")]
LONG_NAMES += ["North Korea's own foreign ministry staff", "Someone else", "A reporter in Seoul at the time", "Sony"]
REAL_NAMES = ["North Korea's foreign ministry", "Korean Central News Agency", "Reuters", "BBC News Online"]
REAL_NAMES += ["This article", "White House National Security Council", "The FBI", "President Obama"]


@pytest.mark.parametrize(
    ("text_size", "font", "names"),
    [
        ("large", "atkinson", LONG_NAMES),
        ("large", "opendyslexic", REAL_NAMES),
    ],
)
def test_the_biggest_chain_fits_the_smallest_screen(
    screen: pygame.Surface, tmp_path: Path, text_size: str, font: str, names: list[str]
) -> None:
    """Five links and three distractors at 800x600: 40-letter names, or real ones in the largest, widest text."""
    links = "".join(f'      - name: "{n}"\n        evidence: According to Reuters\n' for n in names[:5])
    distractors = "".join(f'      - "{n}"\n' for n in names[5:])
    (tmp_path / "levels").mkdir()
    (tmp_path / "levels" / "big.yaml").write_text(
        BIGGEST.format(links=links.rstrip("\n"), distractors=distractors.rstrip("\n")), encoding="utf-8"
    )
    pack = load_pack([tmp_path / "levels"])
    assert not pack.errors, pack.problems
    ctx = GameContext(pack, seed=1)
    ctx.settings.text_size, ctx.settings.font = text_size, font
    ctx.cache = TextCache(max_entries=1_000_000, max_bytes=2**40)  # keep every line drawn, to look at them all
    app = App(pygame.display.set_mode((800, 600)), TitleScene(ctx), FakeClock())
    widgets.layout_problems.clear()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    scene = press(app, key(Act.CONFIRM))
    assert isinstance(scene, ChainScene) and len(scene.choices) == 8
    for i in range(5):
        press(app, key(Act.CHOOSE, i))
    pygame.image.save(app.screen, f"/tmp/types-big-question-{font}.png")
    feedback = press(app, Action(Act.CONFIRM))
    assert isinstance(feedback, FeedbackScene)
    pygame.image.save(app.screen, f"/tmp/types-big-feedback-{font}.png")
    assert list(widgets.layout_problems) == []
    assert min(drawn.point_size for drawn, *_ in ctx.cache._entries) >= MIN_TEXT_PX  # the cards were 12 px
