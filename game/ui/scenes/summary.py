"""The end of a level: score, stars, what went well, and every missed question with its answer."""

from __future__ import annotations

import pygame

from game.content.model import FactOrOpinion, WhoSaid
from game.content.session import Result, Summary
from game.ui.actions import Act, Action
from game.ui.scenes.base import GameScene
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.levels import SKILL_NAMES, LevelSelectScene
from game.ui.widgets import Button, Menu, ScrollText, stars_row, text_box

STAR_SECONDS = 0.35  # each earned star appears after the one before


def passage_of(result: Result) -> str:
    q = result.question
    if isinstance(q, WhoSaid):
        return q.quote
    if isinstance(q, FactOrOpinion):
        return q.statement
    return q.claim


def review_text(summary: Summary) -> str:
    if not summary.missed:
        return "You answered every question right. Nothing to review!"
    parts = []
    for r in summary.missed:
        parts.append(
            f"\u201c{passage_of(r)}\u201d\nYou chose: {' + '.join(r.chosen)}\nRight answer: {' + '.join(r.right)}\n"
            f"{r.question.explanation}"
        )
    return "Questions to review:\n\n" + "\n\n".join(parts)


def discernment_text(summary: Summary) -> str:
    d = summary.fact_opinion
    if d is None:
        return ""
    right = d.hits + d.correct_rejections
    total = right + d.misses + d.false_alarms
    lean = {
        "balanced": "you did not lean either way",
        "calls too much opinion": "you tended to call facts opinions: some checkable statements are plain facts",
        "calls too much fact": "you tended to call opinions facts: watch for judging words",
    }[d.leaning]
    return f"Facts and opinions: {right} of {total} right; {lean}."


class SummaryScene(GameScene):
    shot_name = "summary"

    def __init__(self, ctx, index: int, summary: Summary) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx)
        self.index = index
        self.summary = summary
        self.age = 0.0

    def enter(self) -> None:
        self.ctx.progress.record(self.summary)
        self.ctx.save_progress()
        self.ctx.sound.play("complete")
        levels = self.ctx.pack.levels
        order = [loaded.level.id for loaded in levels]
        unlocked = self.ctx.unlock_all or (
            self.index + 1 < len(order) and self.ctx.progress.unlocked(order)[self.index + 1]
        )
        self.has_next = self.index + 1 < len(levels) and unlocked
        buttons = [Button("Play again")]
        if self.has_next:
            buttons.insert(0, Button("Next level"))
        buttons.append(Button("All levels"))
        self.menu = Menu(buttons, columns=len(buttons))
        self.review = ScrollText(self.ctx, review_text(self.summary), "small")

    def arrange(self, area: pygame.Rect) -> None:
        gap = self.px(14)
        self.title_rect = pygame.Rect(area.left, area.top, area.width, self.px(52))
        self.stars_centre = (area.centerx, self.title_rect.bottom + self.px(40))
        self.stats_rect = pygame.Rect(area.left, self.title_rect.bottom + self.px(84), area.width, self.px(96))
        button_h = self.px(62)
        count = len(self.menu.buttons)
        width = min(self.px(300), (area.width - gap * (count - 1)) // count)
        left = area.centerx - (count * width + (count - 1) * gap) // 2
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(left + i * (width + gap), area.bottom - button_h, width, button_h)
        top = self.stats_rect.bottom + gap
        self.review.layout(pygame.Rect(area.left, top, area.width, area.bottom - button_h - gap - top), self.scale)

    def update(self, dt: float) -> bool:
        animating = self.age < STAR_SECONDS * (self.summary.stars + 1)
        self.age += dt
        return animating

    def handle(self, action: Action) -> None:
        if action.kind is Act.BACK:
            self._to_levels()
            return
        if self.review.handle(action):
            return
        chosen = self.menu.handle(action)
        if chosen is None:
            super().handle(action)
            return
        label = self.menu.buttons[chosen].label
        if label == "Next level":
            self.stack.replace(IntroScene(self.ctx, self.index + 1))
        elif label == "Play again":
            self.stack.replace(IntroScene(self.ctx, self.index))
        else:
            self._to_levels()

    def _to_levels(self) -> None:
        self.stack.replace(LevelSelectScene(self.ctx))

    def draw(self, surface: pygame.Surface) -> None:
        theme = self.ctx.theme
        s = self.summary
        surface.fill(theme.background)
        title = self.ctx.pack.levels[self.index].level.title
        text_box(
            surface,
            self.ctx,
            f"Level complete: {title}",
            self.title_rect,
            "heading",
            theme.text,
            self.scale,
            align="center",
        )
        shown = min(s.stars, int(self.age / STAR_SECONDS))
        stars_row(surface, self.stars_centre, self.px(30), shown, theme.accent)
        skills = ", ".join(f"{SKILL_NAMES.get(k, k)} {t.right}/{t.total}" for k, t in s.skills.items())
        stats = (
            f"Score {s.score} of {s.max_score}  ·  {s.right} of {s.total} right ({round(100 * s.accuracy)}%)"
            f"  ·  Best streak {s.best_streak}\n{skills}"
        )
        extra = discernment_text(s)
        text_box(
            surface,
            self.ctx,
            stats + (f"\n{extra}" if extra else ""),
            self.stats_rect,
            "body",
            theme.text,
            self.scale,
            align="center",
            min_factor=0.45,
        )
        self.review.draw(surface)
        self.menu.draw(surface, self.ctx, self.scale)
