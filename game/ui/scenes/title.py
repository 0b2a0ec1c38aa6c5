"""The title screen: the game's name, what it is for, and the way in.

When they are due it also offers the 2-minute refresher and the final news-sense check (`scenes/check.py`,
imported only when chosen: the level engine loads behind this screen).
"""

from __future__ import annotations

import pygame

from game.content import check
from game.ui import newsroom_text as words
from game.ui.actions import Act, Action
from game.ui.newsprint import draw_masthead
from game.ui.scenes.base import GameScene, quit_dialog
from game.ui.scenes.settings import SettingsScene
from game.ui.widgets import Button, Menu, column, text_box

TAGLINE = f"{words.ROLE_LINE}\nWho said it? Fact or opinion? What doesn't add up? Check it before it prints."
REFRESHER = "2-minute refresher"
FINAL_CHECK = "Final news-sense check"


class TitleScene(GameScene):
    shot_name = "title"

    def enter(self) -> None:
        self.offers = self._offers()
        self.menu = Menu([Button(label) for label in ("Play", *self.offers, "Settings", "Quit")])
        self.notices_shown = len(self.ctx.notices)

    def _offers(self) -> tuple[str, ...]:
        """The refresher when items are due, the after-check once the levels are done (or the teacher asks)."""
        ctx = self.ctx
        now = ctx.wall_clock()
        due = ctx.refreshers and check.refresher_due(ctx.progress, now)  # the cheap test first: this runs every frame
        refresher = due and check.refresher_due(ctx.progress, now, ctx.pack.items)
        return (REFRESHER,) * refresher + (FINAL_CHECK,) * ctx.after_check_offered()

    def update(self, dt: float) -> bool:
        """Redraw when a notice arrives while the title shows (the levels load on a thread), or an offer changes
        (the levels arrived, a check or refresher was just taken)."""
        arrived = len(self.ctx.notices) != self.notices_shown
        self.notices_shown = len(self.ctx.notices)
        if self._offers() != self.offers:
            self.enter()
            self.layout(self.size)
            return True
        return arrived

    def arrange(self, area: pygame.Rect) -> None:
        masthead = pygame.Rect(0, area.top + self.px(24), min(area.width, self.px(760)), self.px(140))
        masthead.centerx = area.centerx
        self.title_rect = masthead
        tagline_h = max(self.px(84), self.text_px("body", TAGLINE, area.width))  # a tall font gets its lines
        self.tagline_rect = pygame.Rect(area.left, self.title_rect.bottom + self.px(8), area.width, tagline_h)
        count = len(self.menu.buttons)
        button_h, gap = (self.px(68), self.px(18)) if count <= 3 else (self.px(56), self.px(10))
        height = count * button_h + (count - 1) * gap + self.px(20)
        buttons = pygame.Rect(0, self.tagline_rect.bottom + self.px(30), min(area.width, self.px(420)), height)
        buttons.centerx = area.centerx
        for button, rect in zip(self.menu.buttons, column(buttons, count, button_h, gap), strict=True):
            button.rect = rect
        self.notice_rect = pygame.Rect(
            area.left, buttons.bottom + self.px(10), area.width, area.bottom - buttons.bottom - self.px(10)
        )

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self.stack.push(quit_dialog(self.ctx))  # Esc comes by accident; the Quit button does not
            return
        chosen = self.menu.handle(action)
        label = self.menu.buttons[chosen].label if chosen is not None else None
        if label in ("Play", REFRESHER, FINAL_CHECK):
            self.stack.push(self._way_in(label))
        elif label == "Settings":
            self.stack.push(SettingsScene(self.ctx))
        elif label == "Quit":
            self.stack.clear()
        else:
            super().handle(action)

    def _way_in(self, label: str) -> GameScene:
        """Play leads to the before-check when it is due, else the level board; the offers to what they say."""
        from game.ui.scenes import check as check_scenes  # late: the level engine loads behind the title
        from game.ui.scenes.levels import LevelSelectScene

        self.ctx.wait_for_pack()
        if label == FINAL_CHECK:
            return check_scenes.CheckIntroScene(self.ctx, "after")
        shown = check_scenes.start_refresher(self.ctx) if label == REFRESHER else check_scenes.before_check(self.ctx)
        return shown or LevelSelectScene(self.ctx)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        draw_masthead(surface, self.ctx, self.title_rect, words.MASTHEAD, words.MOTTO, self.scale)
        text_box(
            surface,
            self.ctx,
            TAGLINE,
            self.tagline_rect,
            "body",
            theme.text,
            self.scale,
            align="center",
        )
        self.menu.draw(surface, self.ctx, self.scale)
        if self.ctx.notices and self.notice_rect.height > 0:
            text_box(
                surface,
                self.ctx,
                "\n".join(self.ctx.notices),
                self.notice_rect,
                "small",
                theme.muted_text,
                self.scale,
                align="center",
                min_factor=0.5,
            )
        self.draw_sound_state(surface)
