"""A kiosk plays all day: 10,000 answered questions through the real scene stack keep memory flat.

The scripted player (the Autoplayer, as in `byline demo`) plays every level again and
again on one app and one context, with a fake clock, drawing every frame it would
draw. Memory is measured on the title screen after a warm-up round (fonts loaded,
caches full) and again there after the round that passes 10,000 answers: the
process's resident size and the Python blocks still allocated.
"""

from __future__ import annotations

import gc
import os
import sys

import pytest

from game.ui.autoplay import Autoplayer
from game.ui.clock import FakeClock
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.title import TitleScene
from tests.ui.harness import bundled_pack, make_app

QUESTIONS = 10_000
MiB = 2**20


def resident_bytes() -> int:
    """The process's resident set now (not its peak), from /proc."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def memory() -> tuple[int, int]:
    gc.collect()
    return resident_bytes(), sys.getallocatedblocks()


@pytest.mark.slow
@pytest.mark.timeout(1800)  # the suite's 600 s net is too close for a whole day of play on a loaded machine
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="reads the resident size from /proc")
def test_ten_thousand_questions_keep_memory_flat(screen: object) -> None:
    app = make_app(unlock_all=True)
    app.clock = FakeClock(step=1.0)  # animations end in a frame or two; every change is still drawn
    ctx = app.stack.top.ctx  # type: ignore[union-attr]
    levels = len(bundled_pack().levels)
    bot = Autoplayer("random", seed=0, level_count=levels)
    rounds = answered = 0
    warm: tuple[int, int] | None = None
    counted: FeedbackScene | None = None
    while True:
        top = app.stack.top
        actions = []
        if app.idle and not app.stack.pending:
            if isinstance(top, TitleScene) and len(bot.summaries) == levels:  # a round is over: play them all again
                if answered >= QUESTIONS:
                    break  # measured where the warm-up was, on the title screen between rounds
                rounds += 1
                warm = warm or memory()
                bot = Autoplayer("random", seed=rounds, level_count=levels)
            actions = bot.actions(top)
        if isinstance(top, FeedbackScene) and top is not counted:
            counted = top
            answered += 1
        assert app.step(actions), "the game stopped"
    assert warm is not None
    resident, blocks = memory()
    grew_mib = (resident - warm[0]) / MiB
    print(
        f"\n{answered} questions in {rounds} rounds: resident {warm[0] / MiB:.1f} -> {resident / MiB:.1f} MiB "
        f"({grew_mib:+.1f}), Python blocks {warm[1]} -> {blocks} ({blocks - warm[1]:+d})"
    )
    assert grew_mib < 8  # flat: allocator noise only
    assert blocks - warm[1] < 20_000  # no Python objects pile up (a leak of one object per question would show)
    assert len(ctx.cache) <= ctx.cache.max_entries and ctx.cache.bytes <= ctx.cache.max_bytes
    assert ctx.cache.layouts <= ctx.cache.max_entries
