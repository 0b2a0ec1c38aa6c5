"""Tomorrow's front page shows every check of the level, stamped when right and marked for review when missed."""

from __future__ import annotations

import pygame
import pytest

from game.ui import widgets
from game.ui.actions import Act
from game.ui.autoplay import Autoplayer
from game.ui.scenes.front_page import FrontPageScene, check_of, clipping
from game.ui.scenes.summary import SummaryScene

from .harness import bundled_pack, key, make_app, play_until, press

MIXED = len(bundled_pack().levels) - 1  # the last level has every kind of question


def reach_front_page(size: tuple[int, int], policy: str, **settings: object) -> FrontPageScene:
    app = make_app(size=size, unlock_all=True)
    for name, value in settings.items():
        setattr(app.stack.top.ctx.settings, name, value)  # type: ignore[union-attr]
    press(app, key(Act.CHOOSE, 0))
    press(app, key(Act.CHOOSE, MIXED))
    bot = Autoplayer(policy, seed=5)  # type: ignore[arg-type]
    play_until(app, lambda top: isinstance(top, FrontPageScene), lambda top: bot.actions(top))
    page = app.stack.top
    assert isinstance(page, FrontPageScene)
    page.draw(app.screen)
    page.screen = app.screen  # type: ignore[attr-defined]
    return page


def ink_pixels(surface: pygame.Surface, rect: pygame.Rect, colour: tuple[int, int, int]) -> int:
    """How many pixels of `rect` are (nearly) `colour`: the marks drawn there."""
    area = surface.subsurface(rect.clip(surface.get_rect()))
    return pygame.transform.threshold(None, area, colour, (40, 40, 40, 255), set_behavior=0)


@pytest.mark.parametrize(
    ("size", "settings", "policy"),
    [
        ((1280, 720), {}, "random"),
        ((1280, 720), {"reduce_motion": True}, "correct"),
        ((800, 600), {"text_size": "large"}, "wrong"),
        ((800, 600), {"high_contrast": True, "text_size": "large"}, "random"),
        ((3840, 2160), {"font": "opendyslexic"}, "random"),
    ],
    ids=["1280x720", "reduced-motion", "800x600-large", "800x600-contrast", "4k-dyslexic"],
)
def test_the_front_page_shows_every_checked_item(
    screen: object, size: tuple[int, int], settings: dict[str, object], policy: str
) -> None:
    widgets.layout_problems.clear()
    page = reach_front_page(size, policy, **settings)
    results = page.summary.results
    assert len(page.checks) == len(results) == len(page.clippings) > 0
    theme = page.ctx.theme
    for i, (check, rect, result) in enumerate(zip(page.checks, page.clippings, results, strict=True)):
        assert page.page.contains(rect), f"check {i} is off the page"
        assert not any(rect.colliderect(other) for other in page.clippings[i + 1 :]), f"check {i} overlaps another"
        assert check.right is result.correct
        mark = theme.correct if result.correct else theme.wrong
        assert ink_pixels(page.screen, rect, mark) > 20, f"check {i} ({check.stamp}) is not stamped"  # type: ignore[attr-defined]
    assert list(widgets.layout_problems) == []


def test_each_kind_of_check_gets_its_own_mark(screen: object) -> None:
    page = reach_front_page((1280, 720), "correct")
    by_kind = {r.question.type: check_of(r) for r in page.summary.results}
    assert by_kind["who_said"].quote
    for result in page.summary.results:
        if result.question.type == "who_said":  # verified with the name of the right speaker
            assert check_of(result).stamp == f"VERIFIED: {result.right[0]}"
    assert by_kind["contradiction"].mark == "ring"
    opinions = [check_of(r) for r in page.summary.results if r.question.type == "fact_or_opinion"]
    assert {c.mark for c in opinions} <= {"flag", "stamp"} and any(c.stamp == "OPINION FLAGGED" for c in opinions)
    wrong = reach_front_page((1280, 720), "wrong")
    assert all(c.stamp == "FOR REVIEW" and c.mark == "review" for c in wrong.checks)


def test_the_front_page_leads_to_the_scores(screen: object) -> None:
    page = reach_front_page((1280, 720), "correct")
    app_top = page.stack
    page.handle(key(Act.CONFIRM))
    app_top.apply()
    assert isinstance(app_top.top, SummaryScene)


def test_a_long_passage_is_cut_at_a_word_with_an_ellipsis() -> None:
    cut = clipping("word " * 60, 40)
    assert cut.endswith("\u2026") and len(cut) <= 41 and not cut[:-1].endswith(" ")
    assert clipping("short and whole") == "short and whole"
