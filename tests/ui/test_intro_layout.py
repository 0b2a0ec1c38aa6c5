"""The story's desk: the accuracy rating never runs into the headline or the editor below it."""

from __future__ import annotations

import pytest

from game.ui.actions import Act
from game.ui.scenes.intro import IntroScene

from .harness import key, make_app, press

SIZES = [(800, 600), (1280, 720), (3840, 2160)]


@pytest.mark.parametrize("text_size", ["small", "medium", "large"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_rating_stays_clear_of_the_headline(screen: object, size: tuple[int, int], text_size: str) -> None:
    app = make_app(size=size)
    app.stack.top.ctx.settings.text_size = text_size  # type: ignore[union-attr]
    press(app, key(Act.CHOOSE, 0))
    intro = press(app, key(Act.CHOOSE, 0))
    assert isinstance(intro, IntroScene)
    for other in (intro.title_rect, intro.editor_rect, intro.text_rect):
        assert not intro.rating_rect.colliderect(other), (intro.rating_rect, other)
