"""The kiosk's "Demo" banner covers no button of the screens the demo plays.

Playtest 7 (left, 9): at 1280x720 the 64 px banner along the bottom covered the bottom of the feedback card and
cut its "Next question" button in half, for every passer-by to see. The demo's screens now lay out above the
banner, as a visit's screens lay out below the "Aa Text" button.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from game.ui.clock import FakeClock
from game.ui.kiosk import DEMO_LONGEST_SECONDS
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.summary import SummaryScene

from .harness import make_kiosk, settle, wait


@pytest.mark.parametrize("size", [(1280, 720), (800, 600)])
def test_no_button_of_a_demo_screen_is_under_the_banner(tmp_path: Path, size: tuple[int, int]) -> None:
    kiosk = make_kiosk(tmp_path, size=size, demo_after_seconds=5)
    settle(kiosk)
    wait(kiosk, 6)
    assert kiosk.demo is not None
    banner = kiosk._banner_rect(size)
    clock = kiosk.app.clock
    assert isinstance(clock, FakeClock)
    clock.step = 0.25  # the whole demo, a few frames a second of it
    seen: set[type] = set()
    covered: list[str] = []
    for _ in range(int(DEMO_LONGEST_SECONDS * 4)):
        top = kiosk.app.stack.top
        seen.add(type(top))
        for button in getattr(getattr(top, "menu", None), "buttons", []):
            visible = button.shown if button.shown is not None else button.rect
            if visible.height > 0 and visible.colliderect(banner):
                covered.append(f"{type(top).__name__}: `{button.label}` at {visible}")
        if kiosk.demo is None:
            break
        assert kiosk.step([])
    assert kiosk.demo is None  # played to its end
    assert {QuestionScene, FeedbackScene, SummaryScene} <= seen
    assert not covered, sorted(set(covered))
