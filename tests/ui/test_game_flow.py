"""End-to-end play through the real scene stack with scripted input, as a student would play."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.content.model import Contradiction, LoadedWords, SourceChain
from game.ui.actions import Act, Action
from game.ui.app import App
from game.ui.autoplay import Autoplayer
from game.ui.context import GameContext
from game.ui.demo import demo
from game.ui.scenes.article import ArticleScene
from game.ui.scenes.confirm import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.levels import LevelSelectScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.settings import SettingsScene
from game.ui.scenes.summary import SummaryScene
from game.ui.scenes.title import TitleScene

from .harness import bundled_pack, click, key, make_app, play_until, press, settle


@pytest.fixture(autouse=True)
def _display(screen: object) -> None:
    """Every test here needs the headless display."""


def test_every_level_all_correct_scores_maximum_with_three_stars() -> None:
    report = demo(bundled_pack(), policy="correct", seed=3, headless=True)
    assert report.finished
    assert len(report.levels) == len(bundled_pack().levels)
    for level in report.levels:
        assert level["score"] == level["max_score"] > 0
        assert level["stars"] == 3 and level["right"] == level["total"]


def test_every_level_all_wrong_scores_zero_and_shows_answer_and_evidence() -> None:
    app = make_app(unlock_all=True)
    settle(app)
    bot = Autoplayer("wrong", level_count=len(bundled_pack().levels))
    feedbacks = 0
    while not bot.finished or not app.stack.empty:
        top = app.stack.top
        if top is None:
            break
        if isinstance(top, FeedbackScene):
            feedbacks += 1
            result = top.result
            assert not result.correct and result.points == 0
            question_scene = app.stack.scenes[-2]
            assert isinstance(question_scene, QuestionScene)
            text = top.evidence.article.text
            if isinstance(result.question, SourceChain):  # the right chain drawn, and every link in the article
                assert top.chain and result.chosen != result.right
                marked = [" ".join(text[m.start : m.end].split()) for m in top.evidence.marks]
                assert marked == [" ".join(link.evidence.split()) for link in result.question.links]
                press(app, *bot.actions(top))
                continue
            marks = [b.mark for b in question_scene.choices]
            assert "missed" in marks and "wrong" in marks
            if isinstance(result.question, LoadedWords):  # each loaded word is highlighted where it stands
                marked = [text[m.start : m.end] for m in top.evidence.marks]
                assert marked == [w.word.strip("()!") for w in result.question.words]
            else:  # the evidence, or for a missed citation the whole sentences it runs over
                span = top.evidence.highlight
                assert span is not None
                shown = " ".join(text[span.start : span.end].split())
                evidence = " ".join(result.question.evidence_text.split())
                assert evidence in shown
                if result.cited is None:
                    assert shown == evidence
                else:
                    sentences = top.evidence.article.sentences
                    assert any(s.start == span.start for s in sentences), shown
                    assert any(s.end == span.end for s in sentences), shown
        press(app, *bot.actions(top))
    questions = sum(len(loaded.level.questions) for loaded in bundled_pack().levels)
    assert feedbacks == questions, (feedbacks, questions, [(s.level_id, s.total) for s in bot.summaries])
    assert [s.score for s in bot.summaries] == [0] * len(bundled_pack().levels)
    assert all(s.stars == 0 and len(s.missed) == s.total for s in bot.summaries)


def test_back_goes_where_a_player_expects() -> None:
    app = make_app()
    settle(app)
    assert isinstance(press(app, key(Act.CHOOSE, 0)), LevelSelectScene)
    assert isinstance(press(app, key(Act.BACK)), TitleScene)
    assert isinstance(press(app, key(Act.CHOOSE, 1)), SettingsScene)
    assert isinstance(press(app, key(Act.BACK)), TitleScene)
    press(app, key(Act.CHOOSE, 0))
    assert isinstance(press(app, key(Act.CHOOSE, 0)), IntroScene)
    assert isinstance(press(app, key(Act.BACK)), LevelSelectScene)
    press(app, key(Act.CHOOSE, 0))
    question = press(app, key(Act.CONFIRM))
    assert isinstance(question, QuestionScene)
    assert press(app, key(Act.CHOOSE, len(question.choices))) is question  # no number on "Read the article"
    for _ in range(len(question.choices) + 1):
        press(app, key(Act.DOWN))  # arrow down to it, as a keyboard player would (the first shows the focus)
    assert isinstance(press(app, key(Act.CONFIRM)), ArticleScene)
    assert press(app, key(Act.BACK)) is question
    assert isinstance(press(app, key(Act.BACK)), ConfirmScene)
    assert press(app, key(Act.BACK)) is question  # Esc on "leave?" keeps playing
    press(app, key(Act.BACK))
    assert isinstance(press(app, key(Act.CHOOSE, 1)), LevelSelectScene)  # "Leave"
    assert isinstance(press(app, key(Act.BACK)), TitleScene)
    assert isinstance(press(app, key(Act.BACK)), ConfirmScene)  # Esc on the title asks "Quit Byline?"
    app.step([key(Act.CHOOSE, 1)])
    assert app.stack.empty  # and quits a normal (non-kiosk) game


def test_feedback_back_moves_on_and_summary_back_returns_to_levels() -> None:
    app = make_app()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    question = press(app, key(Act.CONFIRM))
    assert isinstance(question, QuestionScene)
    bot = Autoplayer("correct")
    assert isinstance(press(app, *bot.actions(question)), FeedbackScene)
    assert press(app, key(Act.BACK)) is question and question.session.index == 1
    play_until(app, lambda top: isinstance(top, SummaryScene), lambda top: bot.actions(top))
    assert isinstance(press(app, key(Act.BACK)), LevelSelectScene)


def test_progress_survives_a_restart(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    settle(app)
    bot = Autoplayer("correct", level_count=1)
    play_until(app, lambda top: isinstance(top, SummaryScene), lambda top: bot.actions(top))
    first = bundled_pack().levels[0].level.id
    saved = json.loads((tmp_path / "profiles" / "tester.json").read_text())
    assert saved["levels"][first]["stars"] == 3

    again = make_app(tmp_path)
    settle(again)
    levels = press(again, key(Act.CHOOSE, 0))
    assert isinstance(levels, LevelSelectScene)
    assert levels.unlocked[:2] == [True, True] and not any(levels.unlocked[2:])
    assert levels.menu.focus == 1  # the next level to play is offered first


def test_locked_level_cannot_be_opened(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    settle(app)
    levels = press(app, key(Act.CHOOSE, 0))
    assert press(app, key(Act.CHOOSE, 1)) is levels


def test_corrupt_save_is_kept_aside_and_the_game_starts_fresh(tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "tester.json").write_text('{"levels": {"who": {"stars": "lots"', encoding="utf-8")
    ctx = GameContext.load(bundled_pack(), tmp_path, "tester")
    assert ctx.progress.levels == {}
    assert ctx.notices and "damaged" in ctx.notices[0]
    kept = list((tmp_path / "profiles").glob("tester.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").startswith('{"levels"')


def test_mouse_only_play_of_one_question() -> None:
    app = make_app()
    settle(app)
    title = app.stack.top
    assert isinstance(title, TitleScene)
    levels = press(app, *click(title.menu.buttons[0].rect))
    intro = press(app, *click(levels.menu.buttons[0].rect))
    question = press(app, *click(intro.menu.buttons[0].rect))
    assert isinstance(question, QuestionScene)
    presented = question.session.current
    right = presented.choices.index(presented.question.answer)
    feedback = press(app, *click(question.choices[right].rect))
    assert isinstance(feedback, FeedbackScene) and feedback.result.correct
    assert press(app, *click(feedback.menu.buttons[0].rect)) is question
    assert question.session.index == 1


def test_touch_only_play_of_one_question() -> None:
    import pygame

    from game.ui.actions import InputMapper

    app = make_app()
    settle(app)
    mapper = InputMapper()
    size = app.screen.get_size()

    def tap(rect: pygame.Rect) -> list[Action]:
        x, y = rect.centerx / size[0], rect.centery / size[1]
        events = [
            pygame.event.Event(pygame.FINGERDOWN, x=x, y=y, dx=0.0, dy=0.0, touch_id=1, finger_id=0, pressure=1.0),
            pygame.event.Event(pygame.MOUSEBUTTONUP, pos=rect.center, button=1, touch=True),  # synthetic twin
            pygame.event.Event(pygame.FINGERUP, x=x, y=y, dx=0.0, dy=0.0, touch_id=1, finger_id=0, pressure=0.0),
        ]
        return [action for event in events for action in mapper.to_actions(event, size)]

    levels = press(app, *tap(app.stack.top.menu.buttons[0].rect))
    intro = press(app, *tap(levels.menu.buttons[0].rect))
    question = press(app, *tap(intro.menu.buttons[0].rect))
    presented = question.session.current
    wrong = next(i for i, c in enumerate(presented.choices) if c != presented.question.answer)
    feedback = press(app, *tap(question.choices[wrong].rect))
    assert isinstance(feedback, FeedbackScene) and not feedback.result.correct
    assert len(question.session.results) == 1  # the synthetic mouse twin did not answer twice


def test_two_answer_contradiction_needs_both_picks() -> None:
    pack = bundled_pack()
    index = next(
        i
        for i, loaded in enumerate(pack.levels)
        if any(isinstance(q, Contradiction) and len(q.answer) == 2 for q in loaded.level.questions)
    )
    app = make_app(unlock_all=True)
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, index))
    question = press(app, key(Act.CONFIRM))
    bot = Autoplayer("correct")
    while not (isinstance(question.session.current.question, Contradiction) and question.session.current.picks == 2):
        press(app, *bot.actions(question))
        press(app, key(Act.CONFIRM))
    presented = question.session.current
    right = [i for i, c in enumerate(presented.choices) if c in presented.question.answer]
    assert press(app, key(Act.CHOOSE, right[0])) is question
    assert press(app, *click(question.check.rect)) is question  # one pick: "Check answer" is still disabled
    press(app, key(Act.CHOOSE, right[1]))
    feedback = press(app, *click(question.check.rect))
    assert isinstance(feedback, FeedbackScene) and feedback.result.correct


def test_idle_question_does_not_redraw() -> None:
    app = make_app()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CONFIRM))
    before = app.redraws
    for _ in range(300):
        app.step([])
    assert app.redraws == before


def test_settings_change_is_saved_and_relayouts(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    settle(app)
    settings = press(app, key(Act.CHOOSE, 1))
    assert isinstance(settings, SettingsScene)
    press(app, key(Act.CHOOSE, 0))  # text size: medium -> large
    press(app, key(Act.CHOOSE, 2))  # high contrast on
    press(app, key(Act.CHOOSE, 3))  # sound off
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert (saved["text_size"], saved["high_contrast"], saved["sound"]) == ("large", True, False)
    assert app.screen.get_at((2, 2))[:3] == (0, 0, 0)  # high contrast background drawn at once
    again = GameContext.load(bundled_pack(), tmp_path, "tester")
    assert again.settings.text_size == "large" and again.sound.enabled is False


def test_back_from_a_finished_level_shows_the_updated_list(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    settle(app)
    bot = Autoplayer("correct", level_count=1)
    play_until(app, lambda top: isinstance(top, SummaryScene), lambda top: bot.actions(top))
    levels = press(app, key(Act.BACK))
    assert isinstance(levels, LevelSelectScene)
    assert [type(s).__name__ for s in app.stack.scenes] == ["TitleScene", "LevelSelectScene"]
    assert levels.unlocked[1] and isinstance(press(app, key(Act.CHOOSE, 1)), IntroScene)


def test_pressing_the_answer_key_twice_does_not_skip_the_feedback() -> None:
    app = make_app()
    settle(app)
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, 0))
    question = press(app, key(Act.CONFIRM))
    app.step([key(Act.CHOOSE, 0)])
    app.step([key(Act.CHOOSE, 0), key(Act.CONFIRM)])  # the next frame: a bounce of the key, an eager Enter
    settle(app)
    assert isinstance(app.stack.top, FeedbackScene) and question.session.index == 0


def test_play_again_shuffles_the_choices_anew(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    settle(app)
    press(app, key(Act.CHOOSE, 0))  # title -> levels
    bot = Autoplayer("correct", level_count=1)
    orders = []
    for _ in range(3):
        press(app, key(Act.CHOOSE, 0))
        question = press(app, key(Act.CONFIRM))
        orders.append(question.session.current.choices)
        play_until(app, lambda top: isinstance(top, SummaryScene), lambda top: bot.actions(top))
        assert isinstance(press(app, key(Act.BACK)), LevelSelectScene)
    assert len(set(orders)) > 1


def open_settings(data_dir: Path) -> tuple[App, SettingsScene]:
    """The game on `data_dir`, its settings screen open."""
    app = make_app(data_dir)
    settle(app)
    settings = press(app, key(Act.CHOOSE, 1))
    assert isinstance(settings, SettingsScene)
    return app, settings


def test_fullscreen_setting_follows_the_window(tmp_path: Path) -> None:
    import pygame

    app, settings = open_settings(tmp_path)
    assert settings.menu.buttons[6].label == "Fullscreen: off"
    press(app, key(Act.CHOOSE, 6))
    assert pygame.display.is_fullscreen() and settings.menu.buttons[6].label == "Fullscreen: on"
    assert json.loads((tmp_path / "settings.json").read_text())["fullscreen"] is True
    press(app, Action(Act.FULLSCREEN))  # F11 switches back; the row says so
    assert not pygame.display.is_fullscreen() and settings.menu.buttons[6].label == "Fullscreen: off"
    press(app, key(Act.CHOOSE, 6))
    assert pygame.display.is_fullscreen()
    press(app, key(Act.CHOOSE, 6))
    assert json.loads((tmp_path / "settings.json").read_text())["fullscreen"] is False


def test_reduce_motion_and_volume_are_remembered(tmp_path: Path) -> None:
    app, settings = open_settings(tmp_path)
    assert settings.menu.buttons[5].label == "Reduce motion: off"
    press(app, key(Act.CHOOSE, 5))
    press(app, key(Act.CHOOSE, 4))  # volume 75% -> 100%
    assert settings.menu.buttons[5].label == "Reduce motion: on" and settings.menu.buttons[4].label == "Volume: 100%"
    saved = json.loads((tmp_path / "settings.json").read_text())
    assert (saved["reduce_motion"], saved["volume"]) == (True, 100)
    again = GameContext.load(bundled_pack(), tmp_path, "tester")
    assert again.settings.reduce_motion and not again.motion(0.2).running
    assert again.sound.volume == 1.0
