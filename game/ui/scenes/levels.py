"""The assignment board: every level as a story card with its headline, kinds of check, stars, lock or status.

The fact-checker's accuracy rating across every story stands at the top right.
Cards are dealt in one after another when the board appears (Reduce motion: at once).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.content.progress import Progress
from game.content.skills import SKILL_NAMES
from game.ui import newsroom_text as words
from game.ui.actions import Act, Action
from game.ui.backdrop import Sprites
from game.ui.gauges import draw_accuracy, shifted, slide
from game.ui.motion import CARD_IN, CARD_STAGGER, MAX_STAGGERED, staggered
from game.ui.newsprint import draw_paper, draw_stamp, stamp_size
from game.ui.scenes.base import GameScene
from game.ui.scenes.intro import IntroScene
from game.ui.type_icons import draw_type_icon
from game.ui.widgets import Button, Menu, draw_lock, stars_row, text_box

CUT_CARD_SHOWS = 56
"""Design pixels of room below the last whole card that show the next one cut off by the board's edge (its number
and the top of its headline); less, and the board ends there."""

if TYPE_CHECKING:
    from game.content.validate import LoadedLevel


def card_status(progress: Progress, level_id: str, unlocked: bool) -> str:
    """A key of `newsroom_text.CARD_STATUS`: locked, done (a star earned), in progress (played, no star yet, or left
    half-way with answers kept) or new."""
    if not unlocked:
        return "locked"
    record = progress.levels.get(level_id)
    if record is None or not record.plays:
        left = progress.unfinished.get(level_id)
        return "in_progress" if left is not None and left.answers else "new"
    return "done" if record.stars else "in_progress"


class LevelSelectScene(GameScene):
    shot_name = "levels"

    def enter(self) -> None:
        self.motion = self.ctx.motion(staggered(CARD_IN, MAX_STAGGERED, CARD_STAGGER, MAX_STAGGERED).end)
        self.cards = Sprites()
        self.levels = self.ctx.pack.levels
        cards = [Button(loaded.level.title, badge=str(i + 1)) for i, loaded in enumerate(self.levels)]
        self.menu = Menu([*cards, Button("Back")])
        self.menu.focus = self._first_unplayed()
        self.first_row = 0
        self.cut: int | None = None
        """The card the board's edge cuts off, below the last whole one (where there is room for its top)."""
        self.scrolled = 0.0
        """Lines scrolled (a drag, a touchpad) that do not yet make a whole row."""
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

    def update(self, dt: float) -> bool:
        return self.motion.update(dt)

    def arrange(self, area: pygame.Rect) -> None:
        rating_w = min(self.px(320), area.width * 2 // 5)
        self.rating_rect = pygame.Rect(area.right - rating_w, area.top, rating_w, self.px(60))
        self.title_rect = pygame.Rect(area.left, area.top, area.width - rating_w - self.px(16), self.px(56))
        back = self.menu.buttons[-1]
        back.rect = pygame.Rect(area.left, area.bottom - self.px(60), min(area.width, self.px(220)), self.px(60))
        self.list_rect = pygame.Rect(
            area.left,
            self.title_rect.bottom + self.px(12),
            area.width,
            back.rect.top - self.title_rect.bottom - self.px(24),
        )
        two_lines = self.text_px("small", "first\nsecond")  # the details may wrap once, or more in a tall font
        narrowest = self.list_rect.width - self.px(22)  # a card beside the scrollbar
        details = max((self._detail_px(loaded, narrowest) for loaded in self.levels), default=0)
        self.row_height = max(self.px(104), self.text_px("button") + max(two_lines, details) + self.px(24))
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
        self.cut = None
        for i, card in enumerate(self.menu.buttons[:-1]):
            row = i - self.first_row
            top = self.list_rect.top + row * (self.row_height + self.gap)
            # The room the whole cards leave shows the next one, cut off by the board's edge: in large OpenDyslexic
            # at 1366x768 a kiosk board showed one card over 230 px of empty board, and seven stories out of sight.
            cut = row == self.rows_visible and self.list_rect.bottom - top >= self.px(CUT_CARD_SHOWS)
            visible = 0 <= row < self.rows_visible or cut
            card.rect = pygame.Rect(self.list_rect.left, top, width, self.row_height) if visible else pygame.Rect()
            card.shown = card.rect.clip(self.list_rect) if cut else None  # below the edge, it is not a target
            self.cut = i if cut else self.cut

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
            rest = self.scrolled + action.amount if self.scrolled * action.amount >= 0 else action.amount
            rows = int(rest)  # a row a line: a finger that trembles on a card scrolls nothing, the tap opens it
            self.scrolled = rest - rows
            self.first_row = min(limit, max(0, self.first_row + rows))
            self.menu.focus = min(max(self.menu.focus, self.first_row), self.first_row + self.rows_visible - 1)
            self._scroll_to_focus()
            return
        chosen = self.menu.handle(action)
        if action.kind not in (Act.POINT, Act.PRESS, Act.CLICK):  # the board never moves under a pointer or finger
            self._scroll_to_focus()
        if chosen is not None:
            self.message = ""
        if chosen == len(self.levels):
            self.stack.pop()
        elif chosen is not None and chosen < len(self.levels) and self.unlocked[chosen]:
            self.cards = Sprites()  # the pictures of the cards wait for no one: the board is drawn anew on return
            self.stack.push(IntroScene(self.ctx, chosen))
        elif chosen is not None and chosen < len(self.levels):
            before = self.levels[chosen - 1].level.title
            self.message = f"Locked: earn at least one star in \u201c{before}\u201d (level {chosen}) to open it."
        else:
            super().handle(action)

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_layers(surface, self._draw_board, self._draw_cards, landed=not self.motion.running)

    def _draw_cards(self, surface: pygame.Surface) -> None:
        """The story cards, dealt in one after another; the one the board's edge cuts off fades into it."""
        clip = surface.get_clip()
        board = self.list_rect.inflate(self.px(8), self.px(8))  # with room for the focus ring around a card
        if self.cut is not None:
            board.bottom = self.list_rect.bottom
        surface.set_clip(board)
        unlocked = self.unlocked
        for i, card in enumerate(self.menu.buttons[:-1]):
            if card.rect.width:
                dealt = self.motion.value(staggered(CARD_IN, i - self.first_row, CARD_STAGGER, MAX_STAGGERED))
                with shifted([card.rect], 0, slide(dealt, self.px(30))):
                    self._draw_card(surface, i, card, locked=not unlocked[i])
        surface.set_clip(clip)
        if self.cut is not None:
            self._draw_edge(surface)

    def _draw_edge(self, surface: pygame.Surface) -> None:
        """A fade into the board and an arrow where the cut-off card goes on below the board's edge."""
        ground = self.ctx.theme.background
        band = pygame.Rect(self.list_rect.left, 0, self.list_rect.width - self.px(22), self.px(48))
        band.bottom = self.list_rect.bottom

        def make() -> pygame.Surface:
            fade = pygame.Surface(band.size, pygame.SRCALPHA)
            for y in range(band.height):
                fade.fill((*ground, min(255, 255 * (y + 1) // band.height)), (0, y, band.width, 1))
            return fade

        surface.blit(self.ctx.cache.remember(("board-fade", band.size, ground), make), band)
        half, tip = self.px(14), band.bottom - self.px(4)
        x = band.centerx
        pygame.draw.polygon(surface, self.ctx.theme.accent, [(x - half, tip - half), (x + half, tip - half), (x, tip)])

    def _draw_board(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        surface.fill(theme.background)
        self.headline(surface, words.BOARD_TITLE, self.title_rect)
        draw_accuracy(surface, self.ctx, self.rating_rect, self.scale)
        if self.overflows:
            self._draw_scrollbar(surface)
        self.menu.buttons[-1].draw(
            surface, self.ctx, self.scale, self.menu.focus == len(self.levels), self.menu.hover == len(self.levels)
        )
        notice = self.ctx.pack.notice() if self.ctx.file_notices else ""
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
        """The card's picture (drawn once, see `_paint_card`), and the focus ring around it."""
        loaded = self.levels[i]
        s = self.ctx.settings
        status = card_status(self.ctx.progress, loaded.level.id, not locked)
        stars = self.ctx.progress.stars(loaded.level.id)
        key = (i, card.rect.size, self.ctx.theme, status, stars, s.font, s.text_size)
        margin = self.px(8)  # the paper's shadow
        size = (card.rect.width + margin, card.rect.height + margin)

        def paint(image: pygame.Surface) -> None:
            with shifted([card.rect], -card.rect.left, -card.rect.top):
                self._paint_card(image, i, card, locked=locked)

        surface.blit(self.cards.get(key, size, paint), card.rect.topleft)
        focused, hovered = self.menu.focus == i, self.menu.hover == i
        if focused or hovered:
            ring = card.rect.inflate(self.px(8), self.px(8))
            width = max(2, self.px(4 if focused else 2))
            pygame.draw.rect(surface, self.ctx.theme.focus_ring, ring, width=width, border_radius=self.px(6))

    def _paint_card(self, surface: pygame.Surface, i: int, card: Button, *, locked: bool) -> None:
        """A story card pinned to the board: number, headline, kinds of check, and its stars, lock or status."""
        theme = self.ctx.theme
        loaded = self.levels[i]
        rect = card.rect
        draw_paper(surface, rect, theme, self.scale)
        ink = theme.muted_text if locked else theme.ink
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
        right = pygame.Rect(0, rect.top + pad // 2, self.px(190), rect.height - pad)
        right.right = rect.right - pad
        status = card_status(self.ctx.progress, loaded.level.id, not locked)
        label = pygame.Rect(
            right.left, right.centery + self.px(4), right.width, right.bottom - right.centery - self.px(4)
        )
        if locked:
            lock = pygame.Rect(0, 0, self.px(30), self.px(36))
            lock.midbottom = (right.centerx, right.centery)
            draw_lock(surface, lock, theme.muted_text)
        else:
            stars_row(
                surface,
                (right.centerx, right.top + right.height // 4),
                self.px(17),
                self.ctx.progress.stars(loaded.level.id),
                theme.accent,
            )
        if status in ("done", "in_progress"):
            colour = theme.correct if status == "done" else theme.accent
            # Its letters stay 16 px or more: in a small window "IN PROGRESS" is wider than the column, and may
            # reach a third further left (never past the card's edge) rather than shrink or take two lines.
            stamp, widest = words.CARD_STATUS[status].upper(), right.width * 4 // 3
            stamp_w = stamp_size(self.ctx, stamp, max(12, label.height), widest, -3.0)[0]
            centre = (min(label.centerx, rect.right - pad // 2 - stamp_w // 2), label.centery)
            draw_stamp(surface, self.ctx, stamp, centre, colour, max(12, label.height), angle=-3.0, max_width=widest)
        else:
            text_box(
                surface,
                self.ctx,
                words.CARD_STATUS[status],
                label,
                "small",
                theme.muted_text,
                self.scale,
                align="center",
                middle=True,
                min_factor=0.45,
            )
        text_left = badge.right + pad
        body = pygame.Rect(text_left, rect.top + self.px(10), right.left - pad - text_left, rect.height - self.px(20))
        title_h = max(body.height * 11 // 20, min(self.text_px("button"), body.height - self.text_px("small")))
        title_h = min(title_h, body.height - self._detail_px(loaded, rect.width))  # the details never squeeze
        title = pygame.Rect(body.left, body.top, body.width, title_h)
        detail = pygame.Rect(body.left, title.bottom, body.width, body.height - title.height)
        text_box(
            surface, self.ctx, loaded.level.title, title, "headline", ink, self.scale, middle=True, min_factor=0.45
        )
        if locked:
            text_box(
                surface, self.ctx, words.CARD_LOCKED, detail, "small", theme.muted_text, self.scale, min_factor=0.5
            )
            return
        icon = self.px(22)
        x = detail.left
        for skill in loaded.level.skills:
            draw_type_icon(surface, pygame.Rect(x, detail.top + self.px(4), icon, icon), skill, theme.accent)
            x += icon + self.px(6)
        info_rect = pygame.Rect(x + self.px(6), detail.top, detail.right - x - self.px(6), detail.height)
        text_box(surface, self.ctx, self._detail(loaded), info_rect, "small", theme.text, self.scale, min_factor=0.45)

    @staticmethod
    def _detail(loaded: LoadedLevel) -> str:
        skills = " · ".join(SKILL_NAMES.get(s, s) for s in loaded.level.skills)
        return words.CARD_DETAIL.format(count=len(loaded.level.questions), skills=skills)

    def _detail_px(self, loaded: LoadedLevel, card_width: int) -> int:
        """The height a card `card_width` wide needs for its details, after the icons of its kinds of check."""
        pad, side = self.px(18), max(self.px(44), self.text_px("button") + 6)
        body = card_width - 4 * pad - side - self.px(190)  # as `_paint_card` lays the card out
        icons = len(loaded.level.skills) * (self.px(22) + self.px(6)) + self.px(6)
        return self.text_px("small", self._detail(loaded), max(1, body - icons))
