"""Make the README's screenshots and the kiosk guide's: the real game, headless, driven by the scripted player.

    python docs/make_screenshots.py docs/

A played-in profile (stars, an accuracy rating, a story in progress, a locked one) shows the
assignment board as a student sees it after a few levels; the last level (every kind of check)
is then played with a few misses, for a question mid-level, a stamped answer, the front page and the scores.
The kiosk's attract screen (with two of today's scores) and its teacher screen come from a kiosk on the
bundled levels.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the repository root, for tests.ui.harness

import pygame

from game.content.progress import LevelRecord
from game.ui.actions import Act, Action
from game.ui.autoplay import Autoplayer
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.front_page import FrontPageScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.summary import SummaryScene
from tests.kiosk.harness import PIN, TODAY, make_kiosk, open_pad, typed
from tests.kiosk.harness import press as press_kiosk
from tests.kiosk.harness import settle as settle_kiosk
from tests.ui.harness import bundled_pack, key, make_app, press, settle

ANSWERS = ["correct", "correct", "wrong", "correct", "correct", "correct", "wrong", "correct"]


def main(folder: Path) -> None:
    pygame.init()
    folder.mkdir(parents=True, exist_ok=True)
    app = make_app()
    ctx = app.stack.top.ctx  # type: ignore[union-attr]
    ids = [loaded.level.id for loaded in bundled_pack().levels]
    for level_id, stars, plays in zip(ids, (3, 2, 1, 0), (2, 1, 1, 1), strict=False):
        ctx.progress.levels[level_id] = LevelRecord(best_score=100 * (stars + 1), stars=stars, plays=plays)
    ctx.progress.checks, ctx.progress.checks_right = 35, 28

    def shot(name: str) -> None:
        settle(app)
        pygame.image.save(app.screen, folder / f"screenshot-{name}.png")

    shot("title")
    press(app, key(Act.CHOOSE, 0))
    shot("board")
    ctx.unlock_all = True
    press(app, key(Act.CHOOSE, len(ids) - 1))
    shot("desk")
    press(app, key(Act.CONFIRM))
    bot = Autoplayer(seed=2)
    asked = 0
    taken: set[str] = set()
    while not isinstance(app.stack.top, SummaryScene):
        top = app.stack.top
        if isinstance(top, QuestionScene):
            if asked == 5:
                shot("question")
            bot.policy = ANSWERS[asked % len(ANSWERS)]  # type: ignore[assignment]
            asked += 1
        elif isinstance(top, FeedbackScene) and top.result.streak >= 2 and "feedback" not in taken:
            shot("feedback")
            taken.add("feedback")
        elif isinstance(top, FrontPageScene):
            shot("front-page")
        press(app, *bot.actions(top))
    shot("summary")
    kiosk_shots(folder)


def kiosk_shots(folder: Path) -> None:
    with tempfile.TemporaryDirectory() as data:
        kiosk = make_kiosk(Path(data), demo=False, levels=["levels"])
        kiosk.board.add("MJK", 640, "Who said it?", TODAY)
        kiosk.board.add("ARB", 510, "Practice: the skate park vote", TODAY)
        settle_kiosk(kiosk)
        pygame.image.save(kiosk.app.screen, folder / "kiosk-attract.png")
        open_pad(kiosk)
        press_kiosk(kiosk, typed(PIN), Action(Act.CONFIRM))
        pygame.image.save(kiosk.app.screen, folder / "kiosk-teacher.png")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
