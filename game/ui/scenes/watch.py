"""`byline play LEVEL.yaml --watch`: a teacher's live preview of the level file they are editing.

The level plays on top of this scene. Every half second (the app ticks `update`
even while idle) it looks at the file's modification time, and the article's:
after a save it reloads the level and starts it again from its intro. A file with
errors never crashes the game: the window shows every problem, `FILE:LINE:COL:
message`, wrapped and scrollable, and the level plays again once they are fixed.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.content.pack import Pack
from game.content.problems import ContentError, Problem
from game.content.validate import LoadedLevel, find_article, load_level
from game.ui.actions import Act, Action
from game.ui.context import GameContext
from game.ui.scenes.base import GameScene
from game.ui.scenes.intro import IntroScene
from game.ui.widgets import Button, Menu, ScrollText, text_box

POLL_SECONDS = 0.5

Stamp = tuple[tuple[int, int] | None, ...]


def _stamp_of(path: Path) -> tuple[int, int] | None:
    """(modification time, size) of a file, or None while it is missing (an editor mid-save)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class WatchScene(GameScene):
    """Reloads one level file when it changes; shows its problems instead of playing it while it has any."""

    shot_name = "watch"
    runs_covered = True

    def __init__(self, ctx: GameContext, path: Path) -> None:
        super().__init__(ctx)
        self.path = path
        self.loaded: LoadedLevel | None = None
        self.problems: list[Problem] = []
        self.stamp: Stamp = ()
        self.since_poll = 0.0
        self.reloads = 0

    def enter(self) -> None:
        self.menu = Menu([Button("Play"), Button("Quit")], columns=2)
        self.report = ScrollText(self.ctx, "", "small")
        self.reload()

    def _watched(self) -> list[Path]:
        """The level file, and once known its article: editing either one reloads."""
        article = find_article(self.path, self.loaded.level.article) if self.loaded else None
        return [self.path, *([article] if article else [])]

    def update(self, dt: float) -> bool:
        self.since_poll += dt
        if self.since_poll >= POLL_SECONDS:
            self.since_poll = 0.0
            if tuple(_stamp_of(p) for p in self._watched()) != self.stamp:
                self.reload()
        return False

    def reload(self) -> None:
        """Load the file again: play it from its intro when valid, else come back here and list its problems."""
        try:
            self.loaded, self.problems = load_level(self.path), []
        except ContentError as exc:
            self.loaded, self.problems = None, exc.problems
        self.stamp = tuple(_stamp_of(p) for p in self._watched())
        self.reloads += 1
        self._uncover()
        self.menu.buttons[0].enabled = self.loaded is not None
        self.menu.focus = 0  # Enter plays when it can, and never quits by surprise
        self.report.text = self._report_text()
        self.report.offset = 0
        self.layout(self.size)
        if self.loaded is not None:
            self.ctx.pack = Pack(levels=[self.loaded], problems=list(self.loaded.warnings), files=1)
            self.stack.push(IntroScene(self.ctx, 0))
        self.request_redraw()

    def _uncover(self) -> None:
        """Pop whatever plays above this scene: the old version of the level."""
        for _ in range(len(self.stack.scenes) - 1 - self.stack.scenes.index(self)):
            self.stack.pop()

    def _report_text(self) -> str:
        if self.problems:
            count = len(self.problems)
            return f"{count} problem{'s' if count > 1 else ''}:\n\n" + "\n\n".join(str(p) for p in self.problems)
        warnings = self.loaded.warnings if self.loaded else []
        if not warnings:
            return "No problems: the level is ready to play."
        return "Ready to play, with things to check first:\n\n" + "\n\n".join(str(p) for p in warnings)

    @property
    def heading_text(self) -> str:
        if self.loaded is None:
            return "This level cannot be played yet"
        return self.loaded.level.title

    def arrange(self, area: pygame.Rect) -> None:
        gap = self.px(14)
        self.title_rect = pygame.Rect(area.left, area.top, area.width, self.px(52))
        self.note_rect = pygame.Rect(area.left, self.title_rect.bottom + self.px(6), area.width, self.px(60))
        button_h = self.px(62)
        width = min(self.px(300), (area.width - gap) // 2)
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(area.left + i * (width + gap), area.bottom - button_h, width, button_h)
        top = self.note_rect.bottom + gap
        self.report.layout(pygame.Rect(area.left, top, area.width, area.bottom - button_h - gap - top), self.scale)

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self.stack.clear()
            return
        if self.report.handle(action):
            return
        chosen = self.menu.handle(action)
        if chosen == 0 and self.loaded is not None:
            self.stack.push(IntroScene(self.ctx, 0))
        elif chosen == 1:
            self.stack.clear()
        else:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        self.heading(surface, self.heading_text, self.title_rect)
        note = (
            f"Watching {self.path}. Fix the file and save it: the game reloads it by itself."
            if self.problems
            else f"Watching {self.path}. Save the file to reload it; Play starts it again."
        )
        text_box(surface, self.ctx, note, self.note_rect, "body", theme.muted_text, self.scale, min_factor=0.5)
        self.report.draw(surface)
        self.menu.draw(surface, self.ctx, self.scale)
