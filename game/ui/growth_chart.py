"""The class's growth as one slide (`byline report --png FILE` writes it as FILE-growth.png).

Per skill two bars, before and after, with their numbers written beside them; for
fact or opinion the discernment d' (bars) and the bias c (two marks on a line from
"opinion" to "fact"), and the caveats a teacher must read with them. Same canvas,
fonts and colours as the class chart (`game.ui.chart`).
"""

from __future__ import annotations

from pathlib import Path

import pygame

from game.growth import ENOUGH_STUDENTS, Growth, SignalGrowth, SkillGrowth, first_form_words
from game.report import share
from game.ui.chart import BODY_TOP, GAP, MARGIN, SIZE, THEME, TRACK, VALUE_W, Canvas, slide

BEFORE = THEME.muted_text
AFTER = THEME.accent
D_PRIME_SCALE = 3.0
"""d' drawn on 0 to this: about the best a short check can show (two right out of two gives 1.93)."""
BIAS_SCALE = 1.5
"""c drawn from -this (calls everything opinion) to +this (calls everything fact)."""


def draw_growth(growth: Growth, size: tuple[int, int] = SIZE) -> pygame.Surface:
    """The whole growth slide on a new surface (needs only `pygame.font`, no display)."""
    canvas = slide("Did they learn?", _subtitle(growth), size)
    width, height = size
    top, footer_h = BODY_TOP, 96
    left_w = (width - 2 * MARGIN - GAP) * 58 // 100
    body_h = height - top - MARGIN - footer_h
    _skills(canvas, growth, pygame.Rect(MARGIN, top, left_w, body_h))
    right = pygame.Rect(MARGIN + left_w + GAP, top, width - 2 * MARGIN - left_w - GAP, body_h)
    _fact_opinion(canvas, growth.fact_opinion, right)
    _footer(canvas, growth, pygame.Rect(MARGIN, height - MARGIN - footer_h + 16, width - 2 * MARGIN, footer_h))
    return canvas.surface


def save_growth_chart(growth: Growth, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(draw_growth(growth), str(path))


def _subtitle(growth: Growth) -> str:
    only_one = growth.before_only + growth.after_only
    return (
        f"News-sense check before and after the levels  \u00b7  {growth.students} student"
        f"{'s' * (growth.students != 1)} took both" + (f"  \u00b7  {only_one} took only one" if only_one else "")
    )


def _legend(canvas: Canvas, rect: pygame.Rect) -> None:
    """Two swatches, so the colours are named (the numbers beside each bar say the same)."""
    x = rect.left
    for label, colour in (("before", BEFORE), ("after", AFTER)):
        pygame.draw.rect(canvas.surface, colour, pygame.Rect(x, rect.centery - 9, 18, 18), border_radius=4)
        canvas.text(label, pygame.Rect(x + 26, rect.top, 120, rect.height), 20, THEME.muted_text)
        x += 140


def _skills(canvas: Canvas, growth: Growth, rect: pygame.Rect) -> None:
    """A row per skill: its name and n, then a before bar and an after bar, each with its percent."""
    inner = canvas.panel(rect, "Right answers per skill")
    _legend(canvas, pygame.Rect(inner.right - 280, rect.top + 20, 280, 40))
    rows: list[SkillGrowth] = [*growth.skills, growth.overall]
    row_h = min(96, inner.height // max(1, len(rows)))
    label_w = inner.width * 34 // 100
    for i, skill in enumerate(rows):
        top = inner.top + i * row_h
        canvas.text(skill.skill, pygame.Rect(inner.left, top + 4, label_w - 12, row_h // 2 - 4), 24, bold=True)
        canvas.text(
            f"{skill.students} student{'s' * (skill.students != 1)}",
            pygame.Rect(inner.left, top + row_h // 2 - 4, label_w - 12, row_h // 2 - 8),
            18,
            THEME.muted_text,
        )
        if skill.before is None or skill.after is None:
            canvas.text(
                "not in both checks",
                pygame.Rect(inner.left + label_w, top, inner.width - label_w, row_h - 8),
                20,
                THEME.muted_text,
            )
            continue
        for j, (value, colour) in enumerate(((skill.before, BEFORE), (skill.after, AFTER))):
            line = pygame.Rect(inner.left + label_w, top + 6 + j * (row_h - 12) // 2, inner.width - label_w, 34)
            track = pygame.Rect(line.left, line.centery - 10, line.width - VALUE_W + 60, 20)
            canvas.bar(track, value, colour)
            canvas.text(
                share(value),
                pygame.Rect(track.right, line.top, line.right - track.right, 34),
                22,
                bold=True,
                align="right",
            )


def _fact_opinion(canvas: Canvas, signal: SignalGrowth | None, rect: pygame.Rect) -> None:
    inner = canvas.panel(rect, "Fact or opinion?")
    if signal is None:
        canvas.paragraph("No fact-or-opinion items in both checks yet.", inner, 24)
        return
    y = inner.top
    canvas.text("Telling them apart (d')", pygame.Rect(inner.left, y, inner.width, 32), 24, bold=True)
    y += 40
    for label, value, colour in (
        ("before", signal.sensitivity_before, BEFORE),
        ("after", signal.sensitivity_after, AFTER),
    ):
        canvas.text(label, pygame.Rect(inner.left, y, 90, 30), 20, THEME.muted_text)
        track = pygame.Rect(inner.left + 96, y + 5, inner.width - 96 - 80, 20)
        canvas.bar(track, value / D_PRIME_SCALE, colour)
        canvas.text(f"{value:.2f}", pygame.Rect(track.right, y, 80, 30), 22, bold=True, align="right")
        y += 38
    y += 18
    canvas.text("Leaning when unsure (c)", pygame.Rect(inner.left, y, inner.width, 32), 24, bold=True)
    y += 44
    _bias_line(canvas, signal, pygame.Rect(inner.left, y, inner.width, 90))
    y += 110
    canvas.paragraph(
        "Higher d' is better telling apart. A move of c towards \u201copinion\u201d is more suspicion, "
        "not more skill: only a rise in d' shows the class tells them apart better.",
        pygame.Rect(inner.left, y, inner.width, inner.bottom - y),
        20,
        THEME.text,
    )


def _bias_line(canvas: Canvas, signal: SignalGrowth, rect: pygame.Rect) -> None:
    """A line from "calls too much opinion" to "calls too much fact", balanced in the middle, c marked twice."""
    axis_y = rect.top + 30
    left, right = rect.left + 10, rect.right - 10
    pygame.draw.line(canvas.surface, TRACK, (left, axis_y), (right, axis_y), 6)
    middle = (left + right) // 2
    pygame.draw.line(canvas.surface, THEME.muted_text, (middle, axis_y - 14), (middle, axis_y + 14), 2)
    for label, value, colour, dy in (
        ("before", signal.bias_before, BEFORE, -1),
        ("after", signal.bias_after, AFTER, 1),
    ):
        x = middle + round(max(-1.0, min(1.0, value / BIAS_SCALE)) * (right - middle))
        pygame.draw.circle(canvas.surface, colour, (x, axis_y), 11)
        text_rect = pygame.Rect(x - 90, axis_y + (14 if dy > 0 else -46), 180, 30)
        text_rect.clamp_ip(rect.inflate(0, 40))
        canvas.text(f"{label} {value:+.2f}", text_rect, 20, colour, bold=True, align="center")
    ends = pygame.Rect(rect.left, axis_y + 44, rect.width, 26)
    canvas.text("calls too much \u201copinion\u201d", ends, 18, THEME.muted_text)
    canvas.text("balanced", ends, 18, THEME.muted_text, align="center")
    canvas.text("calls too much \u201cfact\u201d", ends, 18, THEME.muted_text, align="right")


def _footer(canvas: Canvas, growth: Growth, rect: pygame.Rect) -> None:
    """Who took which form first, then the caveats: in the "wrong" colour when too few took both checks."""
    note = "A short classroom check, not a validated test: a few points up or down can be chance."
    if not growth.enough:
        note = (
            f"Only {growth.students} student{'s' * (growth.students != 1)} took both checks: too few to mean much "
            f"(at least {ENOUGH_STUDENTS} needed). " + note
        )
    forms = first_form_words(growth)
    used = canvas.paragraph(f"{forms}.", rect, 20, THEME.muted_text) if forms else 0
    rest = pygame.Rect(rect.left, rect.top + used, rect.width, rect.height - used)
    canvas.paragraph(note, rest, 22, THEME.text if growth.enough else THEME.wrong)
