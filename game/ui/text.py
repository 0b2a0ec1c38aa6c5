"""Text layout: pure wrapping, highlight-aware lines, cached rendering, font loading.

Wrapping is pure: it takes a `measure(str) -> pixels` function, so it is tested
without a display (with `measure=len`). For pygame, measure with `font_measure(font)`.

    fonts = Fonts()
    cache = TextCache()
    body = fonts.get("assets/fonts/Body.ttf", px(28, scale))  # missing: default font + fonts.degraded
    height = draw_paragraph(screen, article, rect, body, theme.text, cache,
                            scroll_y=offset, spans=[(120, 164)],
                            highlight_colour=theme.highlight,
                            highlight_text_colour=theme.highlight_text)
    size = fit_font_size(answer, button_rect, lambda s: fonts.get(path, s), 40, 18)

`layout_rich` gives each wrapped line its character range in the original text and
its segments with pixel x-ranges, so evidence (a character range [start, end) of the
article) can be highlighted exactly where it falls, across line breaks.

Line breaks: "\n" starts a new line; other lines break at spaces or tabs (never at
a no-break space); a word wider than the width is broken between characters.
Spaces at a break and at the start of a paragraph are dropped.
"""

from __future__ import annotations

import itertools
import os
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple, TypeVar

import pygame

Measure = Callable[[str], int]
T = TypeVar("T")
Align = Literal["left", "center", "right"]

_WORD = re.compile(r"[^ \t\r\n]+")


class Segment(NamedTuple):
    """A run of one line, all highlighted or all not: text[start:end] at x0..x1.

    This and `Line` are NamedTuples, not frozen dataclasses: made in a sixth of the time at start-up.
    """

    start: int
    end: int
    x0: int
    x1: int
    highlighted: bool


class Line(NamedTuple):
    """One wrapped line: text == original[start:end]; x-ranges are from its left edge."""

    text: str
    start: int
    end: int
    width: int
    segments: tuple[Segment, ...]

    @property
    def highlights(self) -> tuple[tuple[int, int], ...]:
        """Pixel ranges (x0, x1) of the highlighted parts of this line."""
        return tuple((s.x0, s.x1) for s in self.segments if s.highlighted)


def wrap(text: str, width: int, measure: Measure) -> list[str]:
    """Greedy word wrap; no line is wider than `width` unless it is one character."""
    return [text[start:end] for start, end in _break_lines(text, width, measure)]


def layout_rich(text: str, width: int, measure: Measure, spans: Sequence[tuple[int, int]] = ()) -> list[Line]:
    """Wrap `text` and mark the character ranges [start, end) of `spans` on each line."""
    merged = _merge(spans)
    lines = []
    for start, end in _break_lines(text, width, measure):
        cuts = sorted({start, end, *(c for span in merged for c in span if start < c < end)})
        segments = tuple(
            Segment(
                a,
                b,
                measure(text[start:a]) if a > start else 0,
                measure(text[start:b]),
                any(s <= a < e for s, e in merged),
            )
            for a, b in itertools.pairwise(cuts)
        )
        lines.append(Line(text[start:end], start, end, measure(text[start:end]), segments))
    return lines


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping, non-empty ranges covering the same characters."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[0] < s[1]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _break_lines(text: str, width: int, measure: Measure) -> list[tuple[int, int]]:
    """(start, end) offsets of each wrapped line; one line at least per paragraph."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for paragraph in text.split("\n"):
        ranges.extend(_break_paragraph(text, start, start + len(paragraph), width, measure))
        start += len(paragraph) + 1
    return ranges


def _break_paragraph(text: str, start: int, end: int, width: int, measure: Measure) -> list[tuple[int, int]]:
    """Greedy lines: each takes as many words as fit (a word wider than a line is cut first)."""
    words = [word.span() for word in _WORD.finditer(text, start, end)]
    lines: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        word_start, word_end = words[i]
        while word_end - word_start > 1 and measure(text[word_start:word_end]) > width:
            cut = _longest_fit(text, word_start, word_end, width, measure)
            lines.append((word_start, cut))
            word_start = cut
        i = _last_fitting(text, word_start, words, i, width, measure)
        lines.append((word_start, words[i][1]))
        i += 1
    return lines or [(start, start)]


def _last_fitting(
    text: str, line_start: int, words: list[tuple[int, int]], first: int, width: int, measure: Measure
) -> int:
    """The last word that still fits on a line starting at `line_start`, whose word `first` is on it already.

    Gallops over word ends (first + 1, + 2, + 4...) and then bisects: a handful of
    measurements a line rather than one a word, as wrapping is most of a new screen's cost.
    """
    low, step = first, 1
    while low + step < len(words) and measure(text[line_start : words[low + step][1]]) <= width:
        low, step = low + step, step * 2
    high = min(low + step, len(words)) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[line_start : words[mid][1]]) <= width:
            low = mid
        else:
            high = mid - 1
    return low


def _longest_fit(text: str, start: int, end: int, width: int, measure: Measure) -> int:
    """Largest cut in (start, end) with text[start:cut] fitting, or start + 1 if none does."""
    low, high = start + 1, end - 1
    while low < high:
        mid = (low + high + 1) // 2
        if measure(text[start:mid]) <= width:
            low = mid
        else:
            high = mid - 1
    return low


def font_measure(font: pygame.font.Font) -> Measure:
    """The pixel width of a string in `font`, as the wrapping functions need it."""
    return lambda s: font.size(s)[0]


WINDOWS_OF_TEXT = 1.0
"""The text cache's pixel budget, in windows' worth of pixels: the busiest screen's text takes about half a
window (2 MiB at 1280x720, 15 MiB at 3840x2160), so a screen and the overlay on it fit together."""
MIN_CACHE_BYTES, MAX_CACHE_BYTES = 2 * 2**20, 16 * 2**20


def cache_bytes_for(size: tuple[int, int]) -> int:
    """The text cache's pixel budget for a window of `size` (32-bit pixels), within its floor and ceiling."""
    return min(MAX_CACHE_BYTES, max(MIN_CACHE_BYTES, round(WINDOWS_OF_TEXT * 4 * size[0] * size[1])))


class TextCache:
    """Bounded LRUs of rendered text and of text layouts, so each line is rendered once,
    a redraw repeats no wrapping or fitting, and memory stays flat.

    Rendered lines are bounded by count and by pixel bytes: a fixed 16 MiB was the biggest
    part of the game's memory at 1280x720, where a screen and its overlay fit in 3.5 (one window).
    Unless `max_bytes` is given, the budget follows the window (`fit_window`, called by
    every screen's layout): `cache_bytes_for` its size. Text drawn again after it was
    dropped is rendered again on the first frame it shows, never on every frame.
    256 entries of each kind hold the busiest screen several times over: 512 layouts
    (wrapped lines, fitted sizes, pictures) kept 3.5 MiB more and saved 2% of the wrapping.
    """

    def __init__(self, max_entries: int = 256, max_bytes: int | None = None) -> None:
        self.max_entries = max_entries
        self.follows_window = max_bytes is None
        self.max_bytes = cache_bytes_for((1280, 720)) if max_bytes is None else max_bytes
        self.bytes = 0
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[tuple[object, ...], pygame.Surface] = OrderedDict()
        self._layouts: OrderedDict[tuple[object, ...], object] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def layouts(self) -> int:
        """How many layouts are remembered (at most `max_entries`, like the surfaces)."""
        return len(self._layouts)

    def fit_window(self, size: tuple[int, int]) -> None:
        """Size the pixel budget for a window of `size`, unless it was given; the oldest lines go if it shrank."""
        if self.follows_window:
            self.max_bytes = cache_bytes_for(size)
            self._trim()

    def remember(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, computed once per `key` while it stays among the `max_entries` latest used.

        For layouts a frame would otherwise redo: wrapped lines, a fitted font size. The
        key must hold everything the result depends on (fonts by object, as in `render`).
        """
        if key in self._layouts:
            self._layouts.move_to_end(key)
            return self._layouts[key]  # type: ignore[return-value]
        value = self._layouts[key] = make()
        if len(self._layouts) > self.max_entries:
            self._layouts.popitem(last=False)
        return value

    def render(
        self, font: pygame.font.Font, text: str, colour: pygame.typing.ColorLike, antialias: bool = True
    ) -> pygame.Surface:
        # The key holds the font object itself (not its id), so a freed font's id can
        # never be reused to fetch a wrong surface; bold/italic are mutable, so keyed too.
        key = (font, font.bold, font.italic, text, tuple(pygame.Color(colour)), antialias)
        surface = self._entries.get(key)
        if surface is not None:
            self.hits += 1
            self._entries.move_to_end(key)
            return surface
        self.misses += 1
        surface = self._entries[key] = font.render(text, antialias, colour)
        self.bytes += _size(surface)
        self._trim()
        return surface

    def _trim(self) -> None:
        """Drop the least recently used lines until within budget, always keeping the newest."""
        while len(self._entries) > 1 and (len(self._entries) > self.max_entries or self.bytes > self.max_bytes):
            self.bytes -= _size(self._entries.popitem(last=False)[1])


def _size(surface: pygame.Surface) -> int:
    return surface.get_bytesize() * surface.get_width() * surface.get_height()


class Fonts:
    """Fonts by (file, pixel size), loaded once; a missing file degrades, never crashes.

    `degraded` lists one message per font file that could not be loaded, for the
    teacher screen; the default pygame font stands in for it.
    """

    def __init__(self) -> None:
        self.degraded: list[str] = []
        self._fonts: dict[tuple[str | None, int], pygame.font.Font] = {}
        self._broken: set[str] = set()
        self._probes: dict[str, pygame.font.Font] = {}

    def get(self, path: str | os.PathLike[str] | None, size: int) -> pygame.font.Font:
        """The font at `path` (None: pygame's default font) at `size` pixels."""
        key = (None if path is None else os.fspath(path), size)
        font = self._fonts.get(key)
        if font is None:
            probe = self._probes.get(key[0]) if key[0] is not None else None
            if probe is not None and probe.point_size == size:  # just measured at this size: keep it, warm
                font = self._fonts[key] = self._probes.pop(key[0])
            else:
                font = self._fonts[key] = self._load(key[0], size)
        return font

    def measuring(self, path: str | os.PathLike[str] | None, size: int) -> pygame.font.Font:
        """A font to measure text at `size` with, valid until the next call: for trying sizes (`fit_font_size`).

        A size already loaded is that font; any other is one font per file set to that size, whose metrics
        are a new font's (and which `get` keeps, if asked for that size next). Fitting tries several sizes a
        text is never drawn at: keeping a font for each (and its glyphs) doubled the fonts a game holds.
        """
        key = (None if path is None else os.fspath(path), size)
        if key in self._fonts or key[0] is None or key[0] in self._broken:
            return self.get(path, size)
        probe = self._probes.get(key[0])
        if probe is None:
            probe = self._probes[key[0]] = self._load(key[0], size)
        probe.point_size = size
        return probe

    def _load(self, path: str | None, size: int) -> pygame.font.Font:
        pygame.font.init()
        if path is not None and path not in self._broken:
            try:
                return pygame.font.Font(path, size)
            except (OSError, pygame.error) as exc:
                self._broken.add(path)
                self.degraded.append(f"font {path} could not be loaded ({exc}); using the default font")
        return pygame.font.Font(None, size)


def line_step(font: pygame.font.Font, line_spacing: float = 1.25) -> int:
    """Pixels from one wrapped line to the next."""
    return round(font.get_height() * line_spacing)


def paragraph_height(text: str, width: int, font: pygame.font.Font, line_spacing: float = 1.25) -> int:
    """Pixels `draw_paragraph` needs for `text` at `width`: for layout and scroll limits."""
    return lines_height(len(_break_lines(text, width, font_measure(font))), font, line_spacing)


def lines_height(count: int, font: pygame.font.Font, line_spacing: float = 1.25) -> int:
    """Pixels that `count` wrapped lines take."""
    return (count - 1) * line_step(font, line_spacing) + font.get_height()


def wrapped_lines(
    cache: TextCache, text: str, width: int, font: pygame.font.Font, spans: Sequence[tuple[int, int]] = ()
) -> list[Line]:
    """`layout_rich` remembered in `cache`: each text is wrapped once per font, width and highlights."""
    key = ("lines", font, text, width, tuple(spans))
    return cache.remember(key, lambda: layout_rich(text, width, font_measure(font), spans))


def draw_paragraph(
    surface: pygame.Surface,
    text: str,
    rect: pygame.typing.RectLike,
    font: pygame.font.Font,
    colour: pygame.typing.ColorLike,
    cache: TextCache,
    *,
    line_spacing: float = 1.25,
    align: Align = "left",
    scroll_y: int = 0,
    spans: Sequence[tuple[int, int]] = (),
    highlight_colour: pygame.typing.ColorLike | None = None,
    highlight_text_colour: pygame.typing.ColorLike | None = None,
) -> int:
    """Draw wrapped `text` inside `rect` only, shifted up by `scroll_y`; return its full height.

    `spans` are character ranges [start, end) of `text` painted on `highlight_colour`
    in `highlight_text_colour` (default: `colour`). Lines outside `rect` are skipped,
    so a long scrolled article renders only what shows.
    """
    if spans and highlight_colour is None:
        raise ValueError("spans need a highlight_colour")
    area = pygame.Rect(rect)
    lines = wrapped_lines(cache, text, area.width, font, spans)
    step, height = line_step(font, line_spacing), font.get_height()
    previous_clip = surface.get_clip()
    surface.set_clip(area.clip(previous_clip))
    try:
        for i, line in enumerate(lines):
            y = area.y - scroll_y + i * step
            if y + height <= area.top or y >= area.bottom:
                continue
            x = area.x + _indent(align, area.width, line.width)
            for segment in line.segments:
                ink = colour
                if segment.highlighted:
                    surface.fill(highlight_colour, (x + segment.x0, y, segment.x1 - segment.x0, height))
                    ink = colour if highlight_text_colour is None else highlight_text_colour
                piece = cache.render(font, text[segment.start : segment.end], ink)
                surface.blit(piece, (x + segment.x0, y))
    finally:
        surface.set_clip(previous_clip)
    return lines_height(len(lines), font, line_spacing)


def _indent(align: Align, room: int, width: int) -> int:
    if align == "left":
        return 0
    if align == "center":
        return (room - width) // 2
    if align == "right":
        return room - width
    raise ValueError(f"align must be left, center or right, not {align!r}")


def fit_font_size(
    text: str,
    rect: pygame.typing.RectLike,
    make_font: Callable[[int], pygame.font.Font],
    max_size: int,
    min_size: int,
    line_spacing: float = 1.25,
) -> int:
    """The largest size in [min_size, max_size] at which `text` fits `rect`, else min_size.

    Fitting means no word has to be broken and the wrapped height fits; when even
    `min_size` does not fit, the caller scrolls. Binary search: heights grow with size.
    Most text fits at its full size, so that is tried first: one font to load, not six.
    """
    area = pygame.Rect(rect)

    def fits(size: int) -> bool:
        font = make_font(size)
        lines = _break_lines(text, area.width, font_measure(font))
        if any(end < len(text) and text[end] not in " \t\r\n" for _, end in lines):  # a line ends mid-word
            return False
        return lines_height(len(lines), font, line_spacing) <= area.height

    if fits(max_size):
        return max_size
    low, high = min_size, max_size - 1
    while low < high:
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low
