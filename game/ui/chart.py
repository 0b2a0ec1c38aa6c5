"""The class report as one picture a teacher can paste into a slide (`byline report --png FILE`).

Drawn with pygame on an off-screen surface (no window, no plotting library), in
the game's own font and newsprint colours: accuracy level by level, the most
missed questions, and how the class tells facts from opinions. Every number is
written next to its bar, so nothing depends on reading a colour or a length.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pygame

from game.content.paths import FONTS
from game.content.skills import shown_passage
from game.report import Report, Tally, discernment_words, percent, recognised
from game.ui.text import Fonts, TextCache, draw_paragraph
from game.ui.theme import NORMAL

SIZE = (1600, 900)  # 16:9, the shape of a slide
MARGIN = 56
GAP = 40
BODY_TOP = MARGIN + 120
FONT = FONTS / "AtkinsonHyperlegible-Regular.ttf"
BOLD = FONTS / "AtkinsonHyperlegible-Bold.ttf"
ROWS_OF_LEVELS = 6
ROWS_OF_MISSED = 4
VALUE_W = 170
THEME = NORMAL
TRACK = (226, 219, 204)


class Canvas:
    """Text and bars on a surface, with the bundled fonts."""

    def __init__(self, surface: pygame.Surface) -> None:
        self.surface = surface
        self.fonts = Fonts()
        self.cache = TextCache()

    def font(self, size: int, bold: bool = False) -> pygame.font.Font:
        return self.fonts.get(BOLD if bold else FONT, size)

    def text(
        self,
        text: str,
        rect: pygame.Rect,
        size: int,
        colour: tuple[int, int, int] = THEME.text,
        *,
        bold: bool = False,
        align: Literal["left", "center", "right"] = "left",
    ) -> None:
        """One line, vertically centred in `rect`, cut short with "..." when it is too wide."""
        font = self.font(size, bold)
        while font.size(text)[0] > rect.width and len(text) > 4:
            text = text[:-4].rstrip() + "..."
        image = font.render(text, True, colour)
        x = {
            "left": rect.left,
            "center": rect.centerx - image.get_width() // 2,
            "right": rect.right - image.get_width(),
        }[align]
        self.surface.blit(image, (x, rect.centery - image.get_height() // 2))

    def paragraph(self, text: str, rect: pygame.Rect, size: int, colour: tuple[int, int, int] = THEME.text) -> int:
        return draw_paragraph(self.surface, text, rect, self.font(size), colour, self.cache)

    def bar(self, rect: pygame.Rect, share: float, colour: tuple[int, int, int] | None = None) -> None:
        """A rounded track with its filled share: in `colour`, else accent, or the "wrong" colour below half."""
        pygame.draw.rect(self.surface, TRACK, rect, border_radius=rect.height // 2)
        filled = rect.copy()
        filled.width = round(rect.width * max(0.0, min(1.0, share)))
        if filled.width:
            fill = colour or (THEME.accent if share >= 0.5 else THEME.wrong)
            pygame.draw.rect(self.surface, fill, filled, border_radius=rect.height // 2)

    def panel(self, rect: pygame.Rect, title: str) -> pygame.Rect:
        """A card with a heading; returns the room left inside it."""
        pygame.draw.rect(self.surface, THEME.panel, rect, border_radius=16)
        pygame.draw.rect(self.surface, TRACK, rect, width=2, border_radius=16)
        inner = rect.inflate(-48, -40)
        self.text(title, pygame.Rect(inner.left, inner.top, inner.width, 40), 30, bold=True)
        return pygame.Rect(inner.left, inner.top + 56, inner.width, inner.height - 56)


def slide(title: str, subtitle: str, size: tuple[int, int]) -> Canvas:
    """A new slide with its title and subtitle drawn; its body starts at BODY_TOP (needs only `pygame.font`)."""
    pygame.font.init()
    surface = pygame.Surface(size)
    surface.fill(THEME.background)
    canvas = Canvas(surface)
    width = size[0]
    canvas.text(title, pygame.Rect(MARGIN, MARGIN - 10, width - 2 * MARGIN, 70), 56, bold=True)
    canvas.text(subtitle, pygame.Rect(MARGIN, MARGIN + 62, width - 2 * MARGIN, 36), 26, THEME.muted_text)
    return canvas


def draw_report(report: Report, size: tuple[int, int] = SIZE) -> pygame.Surface:
    """The whole chart on a new surface (needs only `pygame.font`, no display)."""
    canvas = slide("Class results", _subtitle(report), size)
    width, height = size
    top = BODY_TOP
    left_w = (width - 2 * MARGIN - GAP) * 62 // 100
    levels_h = (height - top - MARGIN - GAP) * 45 // 100
    _levels(canvas, report, pygame.Rect(MARGIN, top, left_w, levels_h))
    missed_top = top + levels_h + GAP
    _missed(canvas, report, pygame.Rect(MARGIN, missed_top, left_w, height - MARGIN - missed_top))
    right = pygame.Rect(MARGIN + left_w + GAP, top, width - 2 * MARGIN - left_w - GAP, height - MARGIN - top)
    _fact_opinion(canvas, report, right)
    return canvas.surface


def save_chart(report: Report, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(draw_report(report), str(path))


def _subtitle(report: Report) -> str:
    players = len(report.players)
    period = report.first if report.first == report.last else f"{report.first} to {report.last}"
    return (
        f"{players} player{'s' * (players != 1)}  \u00b7  {report.plays} level play(s)  \u00b7  "
        f"{report.answers} answers  \u00b7  {period}"
    )


def _row(canvas: Canvas, rect: pygame.Rect, label: str, tally: Tally) -> None:
    """Label, bar and "76%  25/33" on one line."""
    label_w = rect.width * 40 // 100
    canvas.text(label, pygame.Rect(rect.left, rect.top, label_w - 16, rect.height), 24)
    track = pygame.Rect(rect.left + label_w, rect.centery - 11, rect.width - label_w - VALUE_W, 22)
    canvas.bar(track, tally.accuracy)
    _value(canvas, pygame.Rect(track.right, rect.top, VALUE_W, rect.height), tally)


def _value(canvas: Canvas, rect: pygame.Rect, tally: Tally) -> None:
    canvas.text(f"{percent(tally)}  {tally.right}/{tally.total}", rect, 24, bold=True, align="right")


def _levels(canvas: Canvas, report: Report, rect: pygame.Rect) -> None:
    inner = canvas.panel(rect, "Right answers, level by level")
    shown = report.levels[:ROWS_OF_LEVELS]
    row_h = min(52, inner.height // max(1, len(shown) + (len(report.levels) > len(shown))))
    for i, level in enumerate(shown):
        _row(canvas, pygame.Rect(inner.left, inner.top + i * row_h, inner.width, row_h), level.title, level.tally)
    if len(report.levels) > len(shown):
        more = pygame.Rect(inner.left, inner.top + len(shown) * row_h, inner.width, row_h)
        canvas.text(f"... and {len(report.levels) - len(shown)} more levels in the CSV", more, 20, THEME.muted_text)


def _missed(canvas: Canvas, report: Report, rect: pygame.Rect) -> None:
    """Each question on two lines: its passage and score, then where it is and its bar."""
    inner = canvas.panel(rect, "Most missed questions")
    missed = report.most_missed(ROWS_OF_MISSED)
    if not missed:
        canvas.text(
            "None: every question was answered right every time.", pygame.Rect(*inner.topleft, inner.width, 40), 24
        )
        return
    row_h = min(76, inner.height // len(missed))
    half = inner.width // 2
    for i, question in enumerate(missed):
        top = inner.top + i * row_h
        passage = pygame.Rect(inner.left, top, inner.width - VALUE_W - 16, row_h // 2)
        canvas.text(shown_passage(question.question_type, question.passage), passage, 22)
        _value(canvas, pygame.Rect(inner.right - VALUE_W, top, VALUE_W, row_h // 2), question.tally)
        where = pygame.Rect(inner.left, passage.bottom, half - 16, row_h // 2 - 8)
        canvas.text(f"{question.level_title}  \u00b7  {question.question_id}", where, 18, THEME.muted_text)
        canvas.bar(pygame.Rect(inner.left + half, where.centery - 8, inner.width - half, 16), question.tally.accuracy)


def _fact_opinion(canvas: Canvas, report: Report, rect: pygame.Rect) -> None:
    inner = canvas.panel(rect, "Fact or opinion?")
    d = report.fact_opinion
    if d is None:
        canvas.paragraph("No fact-or-opinion answers yet.", inner, 24)
        return
    facts, opinions = recognised(d)
    y = inner.top
    for label, share, right, total in (
        ("Facts called facts", facts, d.correct_rejections, d.correct_rejections + d.false_alarms),
        ("Opinions called opinions", opinions, d.hits, d.hits + d.misses),
    ):
        canvas.text(label, pygame.Rect(inner.left, y, inner.width, 34), 24)
        canvas.text(f"{round(100 * share)}%", pygame.Rect(inner.left, y, inner.width, 34), 30, bold=True, align="right")
        canvas.bar(pygame.Rect(inner.left, y + 44, inner.width, 30), share)
        canvas.text(f"{right} of {total}", pygame.Rect(inner.left, y + 80, inner.width, 28), 20, THEME.muted_text)
        y += 136
    words = f"The class {discernment_words(d)}."
    used = canvas.paragraph(words, pygame.Rect(inner.left, y + 8, inner.width, inner.bottom - y - 8), 24)
    note = (
        "d' above 1 means facts and opinions are told apart; a bias below 0 means too many calls of "
        "\u201copinion\u201d (distrusting everything), above 0 too many calls of \u201cfact\u201d."
    )
    canvas.paragraph(
        note, pygame.Rect(inner.left, y + 28 + used, inner.width, inner.bottom - y - 28 - used), 18, THEME.muted_text
    )
