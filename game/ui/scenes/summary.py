"""The end of a level: score, stars, what went well, and every missed question with its answer."""

from __future__ import annotations

import pygame

from game.content import check
from game.content.outcome import Outcome
from game.content.scoring import Calibration
from game.content.session import Summary
from game.content.skills import SKILL_NAMES, shown_passage
from game.ui.actions import Act, Action
from game.ui.context import GameContext
from game.ui.motion import COUNT_UP, STAR, STAR_GAP, count_up, lerp
from game.ui.scenes.base import GameScene
from game.ui.scenes.feedback import picks_text
from game.ui.scenes.intro import IntroScene
from game.ui.scenes.title import FINAL_CHECK
from game.ui.settle import Settle
from game.ui.text import paragraph_height
from game.ui.theme import px
from game.ui.widgets import Button, Menu, ScrollText, draw_panel, draw_star, text_box


def review_text(summary: Summary) -> str:
    if not summary.missed:
        return "You answered every question right. Nothing to review!"
    parts = []
    for r in summary.missed:
        almost = f"  (almost: +{r.points} points)" if r.outcome is Outcome.ALMOST else ""
        shown = shown_passage(r.question.type, r.question.passage)
        parts.append(
            f"{shown}\nYou chose: {picks_text(r.question, r.chosen) or 'nothing'}{almost}\n"
            f"Right answer: {picks_text(r.question, r.right)}\n{r.question.explanation}"
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


def citation_text(summary: Summary) -> str:
    c = summary.citations
    return f"Sentences you pointed at: {c.right} of {c.total} proved the answer." if c else ""


def draw_calibration(
    surface: pygame.Surface, ctx: GameContext, rect: pygame.Rect, rows: list[Calibration], scale: float
) -> None:
    """One bar per level of confidence: how often the student was right when they felt that sure."""
    theme = ctx.theme
    draw_panel(surface, rect, theme, scale)
    inner = rect.inflate(-px(32, scale), -px(24, scale))
    words = "How sure you were, and how often you were right"
    needs = paragraph_height(words, inner.width, ctx.font("small", scale))
    title = pygame.Rect(inner.left, inner.top, inner.width, max(inner.height // 4, min(needs, inner.height // 2)))
    text_box(
        surface,
        ctx,
        words,
        title,
        "small",
        theme.text,
        scale,
        min_factor=0.45,
    )
    row_h = (inner.bottom - title.bottom) // len(rows)
    label_w = inner.width * 2 // 5
    for i, row in enumerate(rows):
        line = pygame.Rect(inner.left, title.bottom + i * row_h, inner.width, row_h)
        text_box(
            surface,
            ctx,
            row.label,
            pygame.Rect(line.left, line.top, label_w, line.height),
            "small",
            theme.text,
            scale,
            middle=True,
            min_factor=0.45,
        )
        count_w = inner.width // 5
        track = pygame.Rect(
            line.left + label_w, line.top + line.height // 4, line.width - label_w - count_w, line.height // 2
        )
        pygame.draw.rect(surface, theme.muted_text, track, width=max(1, px(2, scale)))
        if row.total:
            bar = track.inflate(-px(6, scale), -px(6, scale))
            bar.width = round(bar.width * row.accuracy)
            pygame.draw.rect(surface, theme.accent, bar)
        count = pygame.Rect(track.right + px(8, scale), line.top, count_w - px(8, scale), line.height)
        text_box(
            surface,
            ctx,
            f"{row.right}/{row.total}" if row.total else "-",
            count,
            "small",
            theme.text,
            scale,
            middle=True,
            min_factor=0.4,
        )


class SummaryScene(GameScene):
    shot_name = "summary"

    def __init__(self, ctx: GameContext, index: int, summary: Summary) -> None:
        super().__init__(ctx)
        self.index = index
        self.summary = summary
        self.motion = ctx.motion(max(COUNT_UP.end, STAR.later(STAR_GAP * 2).end))

    def enter(self) -> None:
        self.ctx.progress.record(self.summary)
        if self.ctx.refreshers:  # what was missed comes back in a refresher
            missed = [(self.summary.level_id, r.question.id) for r in self.summary.missed]
            check.schedule_missed(self.ctx.progress, missed, self.ctx.wall_clock(), self.ctx.settings.refresher_days)
        self.ctx.save_progress()
        self.ctx.record_result(self.summary, self.ctx.pack.levels[self.index].level.title)
        self.ctx.sound.play("level_done")
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
        if self.ctx.after_check_offered():  # the last level is done: the after-check comes first
            buttons.insert(0, Button(FINAL_CHECK))
        self.menu = Menu(buttons, columns=len(buttons), focus=None)  # Enter shows the focus before it acts
        self.settle = Settle()
        self.review = ScrollText(self.ctx, review_text(self.summary), "small")

    def arrange(self, area: pygame.Rect) -> None:
        gap = self.px(14)
        self.title_rect = pygame.Rect(area.left, area.top, area.width, self.px(52))
        self.stars_centre = (area.centerx - self.px(150), self.title_rect.bottom + self.px(40))
        self.score_rect = pygame.Rect(area.centerx, self.title_rect.bottom + self.px(14), area.width // 2, self.px(52))
        button_h = self.px(62)
        stats_top = self.title_rect.bottom + self.px(76)
        review_least = self.text_px("small", "three\nlines\nat least") + self.px(36)  # the review scrolls the rest
        room = area.bottom - button_h - 2 * gap - review_least - stats_top
        stats_h = max(self.px(96), self.text_px("body", self.stats_text(), area.width))
        stats_h = min(stats_h, max(area.height // 3, room))
        self.stats_rect = pygame.Rect(area.left, stats_top, area.width, stats_h)
        count = len(self.menu.buttons)
        width = min(self.px(300), (area.width - gap * (count - 1)) // count)
        left = area.centerx - (count * width + (count - 1) * gap) // 2
        for i, button in enumerate(self.menu.buttons):
            button.rect = pygame.Rect(left + i * (width + gap), area.bottom - button_h, width, button_h)
        top = self.stats_rect.bottom + gap
        lower = pygame.Rect(area.left, top, area.width, area.bottom - button_h - gap - top)
        if self.summary.calibration:
            chart_w = min(lower.width * 2 // 5, self.px(460))
            self.chart_rect = pygame.Rect(lower.right - chart_w, lower.top, chart_w, lower.height)
            lower.width -= chart_w + gap
        self.review.layout(lower, self.scale)

    def update(self, dt: float) -> bool:
        moving = self.motion.update(dt)
        return self.settle.update(dt) or moving

    def _draw_stars(self, surface: pygame.Surface) -> None:
        """Three stars; the earned ones pop in one after another, the others stay outlines."""
        radius = self.px(30)
        colour = self.ctx.theme.accent
        for i in range(3):
            centre = (self.stars_centre[0] + (i - 1) * radius * 2.4, self.stars_centre[1])
            grown = self.motion.value(STAR.later(STAR_GAP * i)) if i < self.summary.stars else 0.0
            draw_star(surface, centre, radius, colour, filled=False)
            if grown > 0:
                draw_star(surface, centre, radius * lerp(0.3, 1.0, grown), colour, filled=True)

    def handle(self, action: Action) -> None:
        if self.settle.blocks(action):
            return  # the press that asked for the results must not also skip them
        if action.kind is Act.BACK:
            self._to_levels()
            return
        if self.review.handle(action):
            self.stack.repaint(self.review.rect)  # only the review moved: the rest stays as kept
            return
        chosen = self.menu.handle(action)
        if chosen is None:
            super().handle(action)
            return
        label = self.menu.buttons[chosen].label
        if label == FINAL_CHECK:
            from game.ui.scenes.check import CheckIntroScene

            self.stack.replace(CheckIntroScene(self.ctx, "after"))
        elif label == "Next level":
            self.stack.replace(IntroScene(self.ctx, self.index + 1))
        elif label == "Play again":
            self.stack.replace(IntroScene(self.ctx, self.index))
        else:
            self._to_levels()

    def _to_levels(self) -> None:
        self.stack.pop()  # the level list this level was started from is underneath

    def stats_text(self) -> str:
        """How many right (and almost), best streak, each skill, extras; the score counts up beside the stars."""
        s = self.summary
        skills = "  ·  ".join(f"{SKILL_NAMES.get(k, k)} {t.right} of {t.total} right" for k, t in s.skills.items())
        almost = f", {s.almost} almost" if s.almost else ""
        stats = f"{s.right} of {s.total} right{almost}  ·  Best streak {s.best_streak}\n{skills}"
        extra = " ".join(t for t in (discernment_text(s), citation_text(s)) if t)
        return stats + (f"\n{extra}" if extra else "")

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_layers(surface, self._draw_still, self._draw_moving, landed=not self.motion.running)

    def _draw_moving(self, surface: pygame.Surface) -> None:
        self._draw_stars(surface)
        s = self.summary
        score = f"Score {count_up(s.score, self.motion.value(COUNT_UP))} of {s.max_score}"
        text_box(surface, self.ctx, score, self.score_rect, "heading", self.ctx.theme.text, self.scale, middle=True)

    def _draw_still(self, surface: pygame.Surface) -> None:
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
        text_box(
            surface,
            self.ctx,
            self.stats_text(),
            self.stats_rect,
            "body",
            theme.text,
            self.scale,
            align="center",
            min_factor=0.45,
        )
        self.review.draw(surface)
        if s.calibration:
            draw_calibration(surface, self.ctx, self.chart_rect, s.calibration, self.scale)
        self.menu.draw(surface, self.ctx, self.scale)
