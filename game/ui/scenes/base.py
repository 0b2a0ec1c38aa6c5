"""What every Byline screen shares: the game context, the layout scale and a header."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.ui.actions import Act, Action
from game.ui.context import GameContext, Role
from game.ui.scene import Scene
from game.ui.text import paragraph_height
from game.ui.theme import px, ui_scale
from game.ui.widgets import draw_muted_speaker, text_box


class GameScene(Scene):
    """A scene that knows the game context and lays itself out for any window size."""

    shot_name = "screen"
    """Name of the screenshot `byline demo --shots` writes for this screen."""

    level_in_progress = False
    """True for a screen of a level being played: closing the window then asks first."""

    quit_note = "Every answer so far is saved: Resume the level from the level list next time."
    """What "Quit Byline?" adds while this screen's level (or check, or refresher) is in progress."""

    def __init__(self, ctx: GameContext) -> None:
        self.ctx = ctx
        self.size = (1280, 720)
        self.scale = 1.0

    def handle(self, action: Action) -> None:
        """Window close quits, but asks first while a level is being played (a kiosk never lets QUIT through)."""
        playing = [s for s in self.stack.scenes if getattr(s, "level_in_progress", False)]
        if action.kind is Act.QUIT and playing:
            self.stack.push(quit_dialog(self.ctx, note=getattr(playing[-1], "quit_note", "")))
            return
        super().handle(action)

    def layout(self, size: tuple[int, int]) -> None:
        self.size = size
        self.scale = ui_scale(size)
        self.ctx.cache.fit_window(size)
        area = pygame.Rect((0, 0), size).inflate(-2 * self.margin, -2 * self.margin)
        band = self.ctx.top_band(size) if self.ctx.top_band is not None else 0
        if band > area.top:  # keep clear of what is drawn over every screen there
            area.height -= band - area.top
            area.top = band
        floor = size[1] - self.ctx.bottom_band(size) if self.ctx.bottom_band is not None else size[1]
        if floor < area.bottom:  # and of what is drawn along the bottom
            area.height -= area.bottom - floor
        self.arrange(area)

    @property
    def margin(self) -> int:
        return px(28, self.scale)

    def arrange(self, area: pygame.Rect) -> None:
        """Compute the rects of this screen inside `area` (the window less its margins)."""

    def px(self, value: float) -> int:
        return px(value, self.scale)

    def draw_layers(
        self,
        surface: pygame.Surface,
        still: Callable[[pygame.Surface], None],
        moving: Callable[[pygame.Surface], None] | None = None,
        *,
        landed: bool = True,
    ) -> None:
        """Draw the screen as a still part the stack keeps (see SceneStack.draw_still) and what moves over it.

        `moving` is drawn over the kept copy each frame until `landed` (its animation has ended); from then on it
        is part of the still picture too, so a screen nothing moves on costs one blit. The look settings are in
        the key as well: a test or a kiosk reset may change them between two frames.
        """

        def paint(target: pygame.Surface) -> None:
            if self.paints_beneath:  # an overlay's kept copy holds the screen beneath it too
                self.stack.draw_beneath(self, target, keep=False)
            still(target)
            if landed and moving is not None:
                moving(target)

        s = self.ctx.settings
        look = (s.high_contrast, s.text_size, s.font, self.ctx.silent)
        if landed and moving is not None and self.stack.holds_still(self, surface, (False, *look)):
            self.stack.draw_still(self, surface, paint, (False, *look))  # it just landed: add it to the kept copy
            moving(surface)
            self.stack.keep_still(self, surface, (True, *look))
            return
        self.stack.draw_still(self, surface, paint, (landed, *look))
        if not landed and moving is not None:
            moving(surface)

    def headline(self, surface: pygame.Surface, text: str, rect: pygame.Rect) -> None:
        """A newspaper headline: the paper's serif, in ink, centred in the height of `rect`."""
        text_box(
            surface, self.ctx, text, rect, "headline", self.ctx.theme.ink, self.scale, middle=True, min_factor=0.45
        )

    def text_px(self, role: Role, text: str = "X", width: int = 1 << 20) -> int:
        """Pixels `text` needs in `role`'s font wrapped at `width` (one line by default): boxes that never squeeze."""
        return paragraph_height(text, width, self.ctx.font(role, self.scale))

    def question_strip(self, area: pygame.Rect, question: str) -> pygame.Rect:
        """Room at the top of `area` for the question being answered (two lines at most); empty without one."""
        if not question:
            return pygame.Rect(area.left, area.top, area.width, 0)
        height = min(self.text_px("small", question, area.width), self.text_px("small", "one\ntwo"))
        return pygame.Rect(area.left, area.top, area.width, height)

    def draw_sound_state(self, surface: pygame.Surface) -> None:
        """A small muted speaker in the bottom-right corner when the computer has no sound device."""
        if self.ctx.silent:
            side = self.px(30)
            corner = pygame.Rect(self.size[0] - side - self.px(8), self.size[1] - side - self.px(8), side, side)
            draw_muted_speaker(surface, corner, self.ctx.theme.muted_text)

    def heading(self, surface: pygame.Surface, text: str, rect: pygame.Rect) -> None:
        text_box(surface, self.ctx, text, rect, "heading", self.ctx.theme.text, self.scale, min_factor=0.45)


def quit_dialog(ctx: GameContext, *, note: str = "") -> Scene:
    """ "Quit Byline?": Keep playing, or Quit (a second close request quits too)."""
    from game.ui.scenes.confirm import ConfirmScene  # late: the dialog is itself a GameScene

    def chosen(option: int) -> None:
        if option == 1:
            dialog.stack.clear()

    dialog = ConfirmScene(
        ctx,
        f"Quit Byline? {note}".strip(),
        ["Keep playing", "Quit"],
        chosen,
        shot_name="quit",
    )
    return dialog
