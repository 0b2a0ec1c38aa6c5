"""Level select: every level with its skill, best stars, and whether it is unlocked yet."""

from __future__ import annotations

import pygame

from game.content.skills import SKILL_NAMES
from game.ui.actions import Act, Action
from game.ui.scenes.base import GameScene
from game.ui.scenes.intro import IntroScene
from game.ui.widgets import Button, Menu, draw_lock, stars_row, text_box


class LevelSelectScene(GameScene):
    shot_name = "levels"

    def enter(self) -> None:
        self.levels = self.ctx.pack.levels
        cards = [Button(loaded.level.title, badge=str(i + 1)) for i, loaded in enumerate(self.levels)]
        self.menu = Menu([*cards, Button("Back")])
        self.menu.focus = self._first_unplayed()
        self.first_row = 0
        self.message = ""
        """Why the last press did nothing (a locked level), until the next press."""

    @property
    def unlocked(self) -> list[bool]:
        """Read from progress each time, so finishing a level shows here as soon as the player is back."""
        order = [loaded.level.id for loaded in self.levels]
        return [True] * len(order) if self.ctx.unlock_all else self.ctx.progress.unlocked(order)

    def _first_unplayed(self) -> int:
        unlocked = self.unlocked
        for i, loaded in enumerate(self.levels):
            if unlocked[i] and self.ctx.progress.stars(loaded.level.id) == 0:
                return i
        return 0

    def arrange(self, area: pygame.Rect) -> None:
        self.title_rect = pygame.Rect(area.left, area.top, area.width, self.px(56))
        back = self.menu.buttons[-1]
        back.rect = pygame.Rect(area.left, area.bottom - self.px(60), min(area.width, self.px(220)), self.px(60))
        self.list_rect = pygame.Rect(
            area.left,
            self.title_rect.bottom + self.px(12),
            area.width,
            back.rect.top - self.title_rect.bottom - self.px(24),
        )
        two_lines = self.text_px("small", "first\nsecond")  # the details may wrap once
        self.row_height = max(self.px(104), self.text_px("button") + two_lines + self.px(24))
        self.gap = self.px(12)
        self.rows_visible = max(1, (self.list_rect.height + self.gap) // (self.row_height + self.gap))
        self._scroll_to_focus()

    def _scroll_to_focus(self) -> None:
        focus = max(0, min(self.menu.focus, len(self.levels) - 1))
        if focus < self.first_row:
            self.first_row = focus
        elif focus >= self.first_row + self.rows_visible:
            self.first_row = focus - self.rows_visible + 1
        width = self.list_rect.width - (self.px(22) if self.overflows else 0)  # leave the scrollbar its lane
        for i, card in enumerate(self.menu.buttons[:-1]):
            row = i - self.first_row
            top = self.list_rect.top + row * (self.row_height + self.gap)
            visible = 0 <= row < self.rows_visible
            card.rect = pygame.Rect(self.list_rect.left, top, width, self.row_height) if visible else pygame.Rect()

    @property
    def overflows(self) -> bool:
        """More levels than fit: a scrollbar shows that the list goes on."""
        return len(self.levels) > self.rows_visible

    def _draw_scrollbar(self, surface: pygame.Surface) -> None:
        track = pygame.Rect(self.list_rect.right - self.px(10), self.list_rect.top, self.px(10), self.list_rect.height)
        pygame.draw.rect(surface, self.ctx.theme.muted_text, track, width=1, border_radius=track.width // 2)
        thumb_h = max(self.px(24), track.height * self.rows_visible // len(self.levels))
        limit = len(self.levels) - self.rows_visible
        thumb_y = track.top + (track.height - thumb_h) * self.first_row // limit
        pygame.draw.rect(
            surface,
            self.ctx.theme.muted_text,
            (track.left, thumb_y, track.width, thumb_h),
            border_radius=track.width // 2,
        )

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self.stack.pop()
            return
        if action.kind is Act.SCROLL and len(self.levels) > self.rows_visible:
            limit = len(self.levels) - self.rows_visible
            self.first_row = min(limit, max(0, self.first_row + (1 if action.amount > 0 else -1)))
            self.menu.focus = min(max(self.menu.focus, self.first_row), self.first_row + self.rows_visible - 1)
            self._scroll_to_focus()
            return
        chosen = self.menu.handle(action)
        self._scroll_to_focus()
        if chosen is not None:
            self.message = ""
        if chosen == len(self.levels):
            self.stack.pop()
        elif chosen is not None and chosen < len(self.levels) and self.unlocked[chosen]:
            self.stack.push(IntroScene(self.ctx, chosen))
        elif chosen is not None and chosen < len(self.levels):
            before = self.levels[chosen - 1].level.title
            self.message = f"Locked: earn at least one star in \u201c{before}\u201d (level {chosen}) to open it."
        else:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        self.heading(surface, "Choose a level", self.title_rect)
        clip = surface.get_clip()
        surface.set_clip(self.list_rect)
        unlocked = self.unlocked
        for i, card in enumerate(self.menu.buttons[:-1]):
            if card.rect.width:
                self._draw_card(surface, i, card, locked=not unlocked[i])
        surface.set_clip(clip)
        if self.overflows:
            self._draw_scrollbar(surface)
        self.menu.buttons[-1].draw(
            surface, self.ctx, self.scale, self.menu.focus == len(self.levels), self.menu.hover == len(self.levels)
        )
        notice = self.ctx.pack.notice()
        notes = [self.message] if self.message else [notice] if notice else []
        if notes:
            note = pygame.Rect(
                self.menu.buttons[-1].rect.right + self.px(20),
                self.menu.buttons[-1].rect.top,
                self.list_rect.right - self.menu.buttons[-1].rect.right - self.px(20),
                self.menu.buttons[-1].rect.height,
            )
            colour = theme.text if self.message else theme.muted_text
            text_box(surface, self.ctx, notes[0], note, "small", colour, self.scale, middle=True)

    def _draw_card(self, surface: pygame.Surface, i: int, card: Button, *, locked: bool) -> None:
        theme = self.ctx.theme
        loaded = self.levels[i]
        focused, hovered = self.menu.focus == i, self.menu.hover == i
        rect = card.rect
        fill = theme.button_hover if (focused or hovered) and not locked else theme.panel
        ink = theme.button_text if (focused or hovered) and not locked else theme.text
        radius = self.px(12)
        pygame.draw.rect(surface, fill, rect, border_radius=radius)
        pygame.draw.rect(surface, theme.muted_text, rect, width=max(1, self.px(2)), border_radius=radius)
        if focused:
            pygame.draw.rect(
                surface,
                theme.focus_ring,
                rect.inflate(-self.px(4), -self.px(4)),
                width=max(2, self.px(4)),
                border_radius=radius,
            )
        pad = self.px(18)
        side = max(self.px(44), self.text_px("button") + 6)
        badge = pygame.Rect(rect.left + pad, 0, side, side)
        badge.centery = rect.centery
        pygame.draw.rect(surface, ink, badge, width=max(1, self.px(2)), border_radius=self.px(8))
        text_box(
            surface,
            self.ctx,
            str(i + 1),
            badge.inflate(-4, -4),
            "button",
            ink,
            self.scale,
            align="center",
            middle=True,
            min_factor=0.4,
        )
        right = pygame.Rect(0, rect.top + pad // 2, self.px(170), rect.height - pad)
        right.right = rect.right - pad
        if locked:
            lock = pygame.Rect(0, 0, self.px(34), self.px(40))
            lock.center = right.center
            draw_lock(surface, lock, theme.muted_text)
        else:
            colour = ink if focused or hovered else theme.accent
            stars_row(surface, right.center, self.px(20), self.ctx.progress.stars(loaded.level.id), colour)
        text_left = badge.right + pad
        body = pygame.Rect(text_left, rect.top + self.px(10), right.left - pad - text_left, rect.height - self.px(20))
        title_h = max(body.height * 11 // 20, min(self.text_px("button"), body.height - self.text_px("small")))
        title = pygame.Rect(body.left, body.top, body.width, title_h)
        detail = pygame.Rect(body.left, title.bottom, body.width, body.height - title.height)
        text_box(surface, self.ctx, loaded.level.title, title, "button", ink, self.scale, min_factor=0.5)
        skills = " · ".join(SKILL_NAMES.get(s, s) for s in loaded.level.skills)
        count = len(loaded.level.questions)
        saved = self.ctx.progress.unfinished.get(loaded.level.id)
        if locked:
            info = "Locked: earn a star in the level before."
        elif saved is not None and saved.answers:
            info = f"Resume: {len(saved.answers)} of {count} answered · {skills}"
        else:
            info = f"{count} questions · {skills}"
        text_box(
            surface,
            self.ctx,
            info,
            detail,
            "small",
            ink if not locked else theme.muted_text,
            self.scale,
            min_factor=0.5,
        )
