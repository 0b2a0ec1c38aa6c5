"""How did this reach you? The student builds a source chain card by card, from where it started to the reader.

A question screen like the others (status, hint, the article, leaving the level),
with cards instead of answers: a number key, a click or a tap (or arrows and
Enter) adds a card to the chain; Backspace or "Undo last" takes the last one
back; "Check my chain" marks it once it is as long as the right one.
"""

from __future__ import annotations

import pygame

from game.ui.actions import Act, Action
from game.ui.chain_cards import chain_height, draw_chain, readable
from game.ui.scenes.question import QuestionScene
from game.ui.settle import Settle
from game.ui.text import paragraph_height
from game.ui.widgets import SCROLL_LANE, Button, grid, least_px, text_box

MAX_ONE_COLUMN = 4
"""More cards than this are laid out in two columns."""


class ChainScene(QuestionScene):
    def _build(self) -> None:
        self.chain: list[int] = []
        self.undo = Button("Undo last (Backspace)", enabled=False)
        self.undo_hover = False
        super()._build()
        self._refresh()

    @property
    def needed(self) -> int:
        return self.session.current.picks

    def answer_picks(self) -> list[int]:
        return list(self.chain)

    def _choose(self, index: int) -> None:
        if index in self.chain or len(self.chain) >= self.needed:
            return
        self.chain.append(index)
        self.ctx.sound.play("tick")
        self._refresh()
        assert self.check is not None
        buttons = self.menu.buttons
        free = [i for i, b in enumerate(buttons[: len(self.choices)]) if b.enabled and i > index]
        free += [i for i, b in enumerate(buttons[: len(self.choices)]) if b.enabled and i < index]
        self.menu.focus = buttons.index(self.check) if self.check.enabled else (free or [index])[0]
        self.settle = Settle(guarded=frozenset({Act.CONFIRM}))  # an Enter mashed after the pick waits for the focus

    def _undo(self) -> None:
        self.menu.focus = self.chain.pop()
        self.ctx.sound.play("tick")
        self._refresh()

    def _refresh(self) -> None:
        """Cards in the chain are used up; Check waits for a full chain; Undo for a card to take back."""
        for i, button in enumerate(self.choices):
            button.enabled = i not in self.chain
            button.mark = "picked" if i in self.chain else None
        assert self.check is not None
        missing = self.needed - len(self.chain)
        self.check.enabled = missing == 0
        ready = "Check my chain" if self.run.feedback else "Next"
        self.check.label = ready if missing == 0 else f"Pick {missing} more card{'s' * (missing > 1)}"
        self.undo.enabled = bool(self.chain)

    def handle(self, action: Action) -> None:
        if action.kind in (Act.POINT, Act.CLICK) and action.pos is not None:
            self.undo_hover = self.undo.enabled and self.undo.rect.collidepoint(action.pos)
            if self.undo_hover and action.kind is Act.CLICK:
                self._undo()
                return
        if action.kind is Act.BACK and self.chain:
            self._undo()  # Backspace or Esc takes back a card first; with none left it offers to leave
            return
        if action.kind in (Act.LEFT, Act.RIGHT):  # the cards read like text: any arrow walks through them
            action = Action(Act.UP if action.kind is Act.LEFT else Act.DOWN)
        super().handle(action)

    def _arrange_choices(self, body: pygame.Rect, gap: int) -> None:
        """Check and Undo at the bottom, the cards above them (two columns when many), the chain panel on
        top with all the room left: long names wrap there rather than shrink. When a small window cannot hold
        them at a readable size, the chain panel and the cards get the room they need and scroll together."""
        assert self.check is not None
        control_h = self.px(58)
        width = min(self.px(380), (body.width - gap) // 2)
        self.check.rect = pygame.Rect(body.left, body.bottom - control_h, width, control_h)
        self.undo.rect = pygame.Rect(self.check.rect.right + gap, self.check.rect.top, width, control_h)
        view = pygame.Rect(body.left, body.top, body.width, body.height - control_h - gap)
        self._fit_cards(view, gap)
        if self._readable(self.choices):
            self._settle_pane(view, 0, [])
            return
        ring = self.px(8)
        column = pygame.Rect(view.left + ring, view.top + ring, view.width - self.px(SCROLL_LANE) - 2 * ring, 0)
        columns = 1 if len(self.choices) <= MAX_ONE_COLUMN else 2
        card_w = (column.width - gap * (columns - 1)) // columns
        card_h = max(
            self.px(48), *(card.needed_height(self.ctx, self.scale, card_w, least=True) for card in self.choices)
        )
        inner_w = column.width - self.px(32)
        prompt_h = self.prompt_needs(inner_w)
        panel_h = prompt_h + self.px(8) + self.chain_needs(inner_w) + self.px(24)
        self._panel(pygame.Rect(column.left, column.top, column.width, panel_h), prompt_h)
        rows = -(-len(self.choices) // columns)
        cards = pygame.Rect(column.left, self.passage_rect.bottom + gap, column.width, rows * (card_h + gap) - gap)
        for button, rect in zip(self.choices, grid(cards, len(self.choices), columns, gap), strict=True):
            button.rect = rect
        self._settle_pane(view, cards.bottom + ring - view.top, self.choices)

    def _fit_cards(self, view: pygame.Rect, gap: int) -> None:
        """The chain panel and the cards squeezed into `view`, the panel giving the cards what it can spare."""
        count = len(self.choices)
        columns = 1 if count <= MAX_ONE_COLUMN else 2
        rows = -(-count // columns)
        room = view.height - gap - (rows - 1) * gap
        card_h = min(self.px(64), max(self.px(48), (room - self.px(200)) // rows))
        card_w = (view.width - gap * (columns - 1)) // columns
        needed = max(card.needed_height(self.ctx, self.scale, card_w, least=True) for card in self.choices)
        if needed > card_h:  # long names, large text, a small window: the cards take what the chain panel can spare
            panel = self.chain_needs(view.width - self.px(32)) + self.text_px("body") + self.px(24 + 8)
            card_h = max(card_h, min(needed, (room - panel) // rows))
        panel = pygame.Rect(view.left, view.top, view.width, max(self.px(120), room - rows * card_h))
        inner = panel.inflate(-self.px(32), -self.px(24))
        font = self.ctx.font("body", self.scale)
        needed = paragraph_height(self.session.current.prompt_text, inner.width, font)
        self._panel(panel, min(inner.height * 2 // 5, needed, 2 * font.get_linesize()))
        cards = pygame.Rect(view.left, self.passage_rect.bottom + gap, view.width, rows * card_h + (rows - 1) * gap)
        for button, rect in zip(self.choices, grid(cards, count, columns, gap), strict=True):
            button.rect = rect

    def _panel(self, panel: pygame.Rect, prompt_h: int) -> None:
        """The chain panel at `panel`: the question `prompt_h` tall at its top, the chain under it."""
        self.passage_rect = panel
        inner = panel.inflate(-self.px(32), -self.px(24))
        self.chain_prompt_rect = pygame.Rect(inner.left, inner.top, inner.width, prompt_h)
        row_top = self.chain_prompt_rect.bottom + self.px(8)
        self.chain_rect = pygame.Rect(inner.left, row_top, inner.width, inner.bottom - row_top)

    def chain_needs(self, width: int) -> int:
        """The height the chain needs `width` wide, with the longest names in every place, at the least size."""
        longest = sorted(self.session.current.choices, key=len)[-self.needed :]
        return chain_height(self.ctx, width, longest, self.scale, 0, least=True)

    def prompt_needs(self, width: int) -> int:
        """The question's height above the chain at the least size it may shrink to."""
        path = self.ctx.font_spec("body", self.scale)[0]
        font = self.ctx.fonts.get(path, least_px(self.ctx, "body", self.scale, readable(self.ctx, "body", self.scale)))
        return paragraph_height(self.session.current.prompt_text, width, font)

    def _readable(self, buttons: list[Button]) -> bool:
        """True if every card, the question and the chain fit their boxes at a readable size."""
        cards = all(b.rect.height >= b.needed_height(self.ctx, self.scale, b.rect.width, least=True) for b in buttons)
        prompt = self.prompt_needs(self.chain_prompt_rect.width) <= self.chain_prompt_rect.height
        return cards and prompt and self.chain_needs(self.chain_rect.width) <= self.chain_rect.height

    def _place(self) -> None:
        """The chain panel's question and chain move with it."""
        super()._place()
        self._panel(self.passage_rect, self.chain_prompt_rect.height)

    def draw_passage(self, surface: pygame.Surface) -> None:
        """The question, then the chain so far: picked cards, numbered empty places, the reader at the end."""
        theme = self.ctx.theme
        presented = self.session.current
        text_box(
            surface,
            self.ctx,
            presented.prompt_text,
            self.chain_prompt_rect,
            "body",
            theme.text,
            self.scale,
            align="center",
            middle=True,
            min_factor=readable(self.ctx, "body", self.scale),
        )
        names: list[str | None] = [presented.choices[i] for i in self.chain]
        draw_chain(surface, self.ctx, self.chain_rect, names + [None] * (self.needed - len(names)), self.scale)

    def draw_still(self, surface: pygame.Surface) -> None:
        super().draw_still(surface)
        self.undo.draw(surface, self.ctx, self.scale, focused=False, hovered=self.undo_hover)
