"""Text layout (pure, with measure=len), rendering, fonts, and the legibility of the themes."""

import itertools
import os
import re

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st

from game.content.pack import Pack
from game.ui.context import MIN_TEXT_PX, GameContext
from game.ui.text import (
    MAX_CACHE_BYTES,
    MIN_CACHE_BYTES,
    Align,
    Fonts,
    Segment,
    TextCache,
    cache_bytes_for,
    draw_paragraph,
    fit_font_size,
    layout_rich,
    paragraph_height,
    wrap,
)
from game.ui.theme import HIGH_CONTRAST, NORMAL, TEXT_SIZE_STEPS, Theme, px, ui_scale
from game.ui.widgets import text_box
from tests.ui.harness import make_app

WHITE, BLACK, YELLOW = (255, 255, 255), (0, 0, 0), (255, 255, 0)
TOKEN = re.compile(r"[^ \t\r\n]+")

texts = st.text(alphabet="ab cd\n\t", max_size=80)
widths = st.integers(min_value=1, max_value=30)


# --- wrap: pure, measured with len -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("the quick brown fox", 10, ["the quick", "brown fox"]),
        ("the quick brown fox", 100, ["the quick brown fox"]),
        ("one\ntwo three", 100, ["one", "two three"]),
        ("a\n\nb", 100, ["a", "", "b"]),
        ("", 10, [""]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("go abcdefghij x", 4, ["go", "abcd", "efgh", "ij x"]),
        ("Mr.\u00a0Smith said", 9, ["Mr.\u00a0Smith", "said"]),
        ("  indented   gaps ", 100, ["indented   gaps"]),
    ],
)
def test_wrap_examples(text: str, width: int, expected: list[str]) -> None:
    assert wrap(text, width, len) == expected


@given(texts, widths)
def test_no_line_is_wider_than_width_unless_one_character(text: str, width: int) -> None:
    assert all(len(line) <= width or len(line) == 1 for line in wrap(text, width, len))


@given(texts, widths)
def test_wrapping_keeps_every_visible_character_in_order(text: str, width: int) -> None:
    visible = "".join(TOKEN.findall(text))
    assert "".join("".join(TOKEN.findall(line)) for line in wrap(text, width, len)) == visible


@given(texts, widths)
def test_every_paragraph_gets_a_line(text: str, width: int) -> None:
    assert len(wrap(text, width, len)) >= text.count("\n") + 1


@given(texts, widths)
def test_lines_are_greedy(text: str, width: int) -> None:
    """No line could have taken the first word (or piece) of the line after it."""
    lines = layout_rich(text, width, len)
    for line, after in itertools.pairwise(lines):
        if "\n" in text[line.end : after.start] or not after.text:
            continue
        first = TOKEN.match(after.text)
        assert first is not None
        assert len(text[line.start : after.start + first.end()]) > width


# --- layout_rich: where highlighted characters fall ------------------------------------


def test_a_highlight_across_a_line_break_marks_both_lines() -> None:
    first, second = layout_rich("the quick brown fox", 10, len, spans=[(4, 15)])  # "quick brown"
    assert (first.text, first.start, first.end) == ("the quick", 0, 9)
    assert first.segments == (Segment(0, 4, 0, 4, False), Segment(4, 9, 4, 9, True))
    assert first.highlights == ((4, 9),)
    assert (second.text, second.start) == ("brown fox", 10)
    assert second.highlights == ((0, 5),)


def test_overlapping_and_empty_spans_merge() -> None:
    (line,) = layout_rich("abcdefgh", 100, len, spans=[(1, 3), (2, 5), (6, 6)])
    assert line.highlights == ((1, 5),)


def test_segment_x_comes_from_measuring_the_prefix() -> None:
    wide = lambda s: 10 * len(s)  # noqa: E731
    (line,) = layout_rich("ab cd", 100, wide, spans=[(3, 5)])
    assert line.width == 50
    assert line.highlights == ((30, 50),)


@given(texts, widths, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=4))
def test_highlights_cover_exactly_the_spanned_characters_that_are_shown(
    text: str, width: int, spans: list[tuple[int, int]]
) -> None:
    lines = layout_rich(text, width, len, spans)
    spanned = {i for start, end in spans for i in range(start, end)}
    shown = {i for line in lines for i in range(line.start, line.end)}
    marked = {line.start + x for line in lines for x0, x1 in line.highlights for x in range(x0, x1)}
    assert marked == spanned & shown
    for line in lines:
        assert line.text == text[line.start : line.end]
        assert "".join(text[s.start : s.end] for s in line.segments) == line.text


# --- rendering ---------------------------------------------------------------------------

LOREM = " ".join(f"jumpy{i}" for i in range(300))  # descenders: a line cut by the rect shows ink


def default_font_path() -> str:
    return os.path.join(os.path.dirname(pygame.__file__), pygame.font.get_default_font())


def ink_count(surface: pygame.Surface, background: tuple[int, int, int]) -> int:
    """Pixels that are not the background colour."""
    w, h = surface.get_size()
    return w * h - pygame.mask.from_threshold(surface, background, (1, 1, 1, 255)).count()


@pytest.fixture
def font(pygame_session: None) -> pygame.font.Font:
    return Fonts().get(None, 20)


def test_cache_renders_each_line_once_and_keys_on_colour(font: pygame.font.Font) -> None:
    cache = TextCache()
    first = cache.render(font, "Who said it?", BLACK)
    assert cache.render(font, "Who said it?", BLACK) is first
    assert cache.render(font, "Who said it?", (0, 0, 0, 255)) is first  # same colour, other spelling
    assert cache.render(font, "Who said it?", WHITE) is not first
    assert (cache.hits, cache.misses, len(cache)) == (2, 2, 2)


def test_cache_is_a_bounded_lru(font: pygame.font.Font) -> None:
    cache = TextCache(max_entries=3)
    for text in "abc":
        cache.render(font, text, BLACK)
    cache.render(font, "a", BLACK)  # "a" is now the most recent
    cache.render(font, "d", BLACK)  # evicts "b"
    assert len(cache) == 3
    misses = cache.misses
    cache.render(font, "a", BLACK)
    assert cache.misses == misses
    cache.render(font, "b", BLACK)
    assert cache.misses == misses + 1


def test_cache_stays_flat_under_many_distinct_lines(font: pygame.font.Font) -> None:
    cache = TextCache(max_entries=64)
    for i in range(1000):
        cache.render(font, f"line {i}", BLACK)
    assert len(cache) == 64


def test_cache_keeps_its_pixels_within_max_bytes_but_always_the_newest_line(font: pygame.font.Font) -> None:
    one = font.render("line 0", True, BLACK)
    line_bytes = one.get_bytesize() * one.get_width() * one.get_height()
    cache = TextCache(max_bytes=3 * line_bytes)
    for i in range(10):
        cache.render(font, f"line {i}", BLACK)
    assert len(cache) == 3 and cache.bytes == 3 * line_bytes
    tiny = TextCache(max_bytes=1)
    tiny.render(font, "too big to keep, yet drawn", BLACK)
    assert len(tiny) == 1


def test_remember_computes_once_per_key_and_stays_bounded() -> None:
    cache = TextCache(max_entries=2)
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    assert [cache.remember((k,), lambda k=k: make(k)) for k in "aab"] == ["A", "A", "B"]
    cache.remember(("c",), lambda: make("c"))  # evicts "a", the least recently used
    cache.remember(("a",), lambda: make("a"))
    assert made == ["a", "b", "c", "a"] and cache.layouts == 2


def test_fonts_load_once_per_file_and_size(pygame_session: None) -> None:
    fonts = Fonts()
    path = default_font_path()
    assert fonts.get(path, 24) is fonts.get(path, 24)
    assert fonts.get(path, 24) is not fonts.get(path, 30)
    assert fonts.degraded == []


def test_a_missing_font_degrades_to_the_default_font_with_one_message(pygame_session: None) -> None:
    fonts = Fonts()
    small, large = fonts.get("/nonexistent/Font.ttf", 20), fonts.get("/nonexistent/Font.ttf", 40)
    assert small.size("Byline") == Fonts().get(None, 20).size("Byline")
    assert large.get_height() > small.get_height()
    assert len(fonts.degraded) == 1
    assert "/nonexistent/Font.ttf" in fonts.degraded[0]


def test_draw_paragraph_never_draws_outside_its_rect(font: pygame.font.Font) -> None:
    surface = pygame.Surface((400, 300))
    surface.fill(WHITE)
    rect = pygame.Rect(50, 50, 200, 3 * font.get_height() // 2)  # the second line is cut in half
    height = draw_paragraph(surface, LOREM, rect, font, BLACK, TextCache(), line_spacing=1.0)
    inside = ink_count(surface.subsurface(rect), WHITE)
    assert inside > 0
    assert ink_count(surface, WHITE) == inside
    assert surface.get_clip() == surface.get_rect()
    assert height == paragraph_height(LOREM, rect.width, font, line_spacing=1.0) > rect.height


def test_draw_paragraph_keeps_an_outer_clip(font: pygame.font.Font) -> None:
    surface = pygame.Surface((400, 300))
    surface.fill(WHITE)
    surface.set_clip((0, 0, 100, 300))
    draw_paragraph(surface, LOREM, (50, 50, 200, 60), font, BLACK, TextCache())
    assert ink_count(surface.subsurface((100, 0, 300, 300)), WHITE) == 0
    assert surface.get_clip() == pygame.Rect(0, 0, 100, 300)


def test_only_visible_lines_are_rendered_and_only_once(font: pygame.font.Font) -> None:
    surface = pygame.Surface((400, 300))
    cache = TextCache()
    rect = pygame.Rect(0, 0, 200, 3 * font.get_height())
    draw_paragraph(surface, LOREM, rect, font, BLACK, cache, line_spacing=1.0)
    assert cache.misses == 3
    draw_paragraph(surface, LOREM, rect, font, BLACK, cache, line_spacing=1.0)
    assert (cache.misses, cache.hits) == (3, 3)


def test_scrolling_shows_later_lines(font: pygame.font.Font) -> None:
    rect = pygame.Rect(0, 0, 200, font.get_height())
    top, scrolled = pygame.Surface(rect.size), pygame.Surface(rect.size)
    for surface, scroll in ((top, 0), (scrolled, 10 * font.get_height())):
        surface.fill(WHITE)
        draw_paragraph(surface, LOREM, rect, font, BLACK, TextCache(), line_spacing=1.0, scroll_y=scroll)
    assert ink_count(scrolled, WHITE) > 0
    assert pygame.image.tobytes(top, "RGB") != pygame.image.tobytes(scrolled, "RGB")


def test_highlighted_evidence_is_painted_in_its_own_colours(font: pygame.font.Font) -> None:
    surface = pygame.Surface((300, 100))
    surface.fill(BLACK)
    text = "plain EVIDENCE plain"
    draw_paragraph(
        surface,
        text,
        (0, 0, 300, 100),
        font,
        WHITE,
        TextCache(),
        spans=[(6, 14)],
        highlight_colour=YELLOW,
        highlight_text_colour=BLACK,
    )
    (line,) = layout_rich(text, 300, lambda s: font.size(s)[0], [(6, 14)])
    ((x0, x1),) = line.highlights
    marked = surface.subsurface((x0, 0, x1 - x0, font.get_height()))
    assert ink_count(marked, YELLOW) > 0  # dark letters on the marker
    assert pygame.mask.from_threshold(marked, WHITE, (1, 1, 1, 255)).count() == 0
    assert pygame.mask.from_threshold(surface, YELLOW, (1, 1, 1, 255)).count() > 0


def test_highlight_spans_need_a_colour(font: pygame.font.Font) -> None:
    with pytest.raises(ValueError, match="highlight_colour"):
        draw_paragraph(pygame.Surface((10, 10)), "x", (0, 0, 10, 10), font, BLACK, TextCache(), spans=[(0, 1)])


@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_alignment(font: pygame.font.Font, align: Align) -> None:
    surface = pygame.Surface((300, 40))
    surface.fill(WHITE)
    draw_paragraph(surface, "Byline", (0, 0, 300, 40), font, BLACK, TextCache(), align=align)
    columns = [x for x in range(300) if ink_count(surface.subsurface((x, 0, 1, 40)), WHITE)]
    width = font.size("Byline")[0]
    left = {"left": 0, "center": (300 - width) // 2, "right": 300 - width}[align]
    assert left - 2 <= columns[0] and columns[-1] <= left + width + 1


def test_unknown_alignment_is_refused(font: pygame.font.Font) -> None:
    with pytest.raises(ValueError, match="align"):
        draw_paragraph(pygame.Surface((10, 10)), "x", (0, 0, 10, 10), font, BLACK, TextCache(), align="justify")


def test_fit_font_size_picks_the_largest_size_that_fits(pygame_session: None) -> None:
    fonts = Fonts()
    rect = pygame.Rect(0, 0, 300, 80)
    text = "Which sentence in the article is an opinion rather than a fact?"
    size = fit_font_size(text, rect, lambda s: fonts.get(None, s), 60, 8)
    assert 8 < size < 60
    assert paragraph_height(text, rect.width, fonts.get(None, size)) <= rect.height
    assert paragraph_height(text, rect.width, fonts.get(None, size + 1)) > rect.height


def test_fit_font_size_bounds(pygame_session: None) -> None:
    fonts = Fonts()
    make = lambda s: fonts.get(None, s)  # noqa: E731
    assert fit_font_size("Yes", (0, 0, 600, 400), make, 40, 10) == 40
    assert fit_font_size(LOREM, (0, 0, 100, 20), make, 40, 10) == 10  # caller scrolls


def test_fit_font_size_will_not_break_a_word_to_fit(pygame_session: None) -> None:
    fonts = Fonts()
    make = lambda s: fonts.get(None, s)  # noqa: E731
    size = fit_font_size("Misinformation", (0, 0, 120, 400), make, 60, 8)
    assert fonts.get(None, size).size("Misinformation")[0] <= 120
    assert fonts.get(None, size + 1).size("Misinformation")[0] > 120


# --- theme: legibility and scaling --------------------------------------------------------


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG 2 relative luminance."""

    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = map(channel, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast((119, 119, 119), WHITE) == pytest.approx(4.48, abs=0.01)


TEXT_PAIRS = [
    ("text", "background"),
    ("text", "panel"),
    ("muted_text", "background"),
    ("muted_text", "panel"),
    ("accent", "background"),
    ("accent", "panel"),
    ("correct", "background"),
    ("correct", "panel"),
    ("wrong", "background"),
    ("wrong", "panel"),
    ("panel", "correct"),
    ("panel", "wrong"),
    ("button_text", "button"),
    ("button_text", "button_hover"),
    ("highlight_text", "highlight"),
    ("ink", "paper"),
    ("ink", "background"),
    ("muted_text", "paper"),
    ("accent", "paper"),
    ("correct", "paper"),
    ("wrong", "paper"),
]


@pytest.mark.parametrize(("theme", "minimum"), [(NORMAL, 4.5), (HIGH_CONTRAST, 7.0)], ids=["AA", "AAA"])
@pytest.mark.parametrize(("ink", "fill"), TEXT_PAIRS)
def test_text_contrast(theme: Theme, minimum: float, ink: str, fill: str) -> None:
    assert contrast(getattr(theme, ink), getattr(theme, fill)) >= minimum


@pytest.mark.parametrize("theme", [NORMAL, HIGH_CONTRAST])
def test_focus_ring_stands_out_from_the_background(theme: Theme) -> None:
    assert contrast(theme.focus_ring, theme.background) >= 3.0


@pytest.mark.parametrize(
    ("size", "scale"),
    [
        ((1280, 720), 1.0),
        ((800, 600), 0.625),
        ((3840, 2160), 3.0),
        ((1920, 1200), 1.5),
        ((320, 200), 0.5),
        ((20000, 20000), 4.0),
    ],
)
def test_ui_scale(size: tuple[int, int], scale: float) -> None:
    assert ui_scale(size) == scale


@pytest.mark.parametrize(
    ("value", "scale", "expected"),
    [
        (24, 1.5, 36),
        (2.5, 1.0, 3),
        (-2.5, 1.0, -3),
        (1, 0.3, 1),
        (-1, 0.3, -1),
        (0, 2.0, 0),
        (100, 0.625, 63),
    ],
)
def test_px(value: float, scale: float, expected: int) -> None:
    assert px(value, scale) == expected


def test_text_size_steps() -> None:
    assert dict(TEXT_SIZE_STEPS) == {"small": 0.85, "medium": 1.0, "large": 1.25}


def test_cache_budget_follows_the_window_unless_given(font: pygame.font.Font) -> None:
    cache = TextCache()
    cache.fit_window((1920, 1080))
    assert cache.max_bytes == 1920 * 1080 * 4  # a window's worth of pixels
    cache.fit_window((3840, 2160))
    assert cache.max_bytes == MAX_CACHE_BYTES
    for i in range(400):
        cache.render(font, f"line {i} " * 8, BLACK)
    cache.fit_window((640, 360))  # a small window: the oldest lines go at once, the newest stay
    assert cache.max_bytes == MIN_CACHE_BYTES and 0 < cache.bytes <= MIN_CACHE_BYTES
    assert cache.render(font, "line 399 " * 8, BLACK) and cache.hits == 1
    given = TextCache(max_bytes=2**40)
    given.fit_window((800, 600))
    assert given.max_bytes == 2**40


def test_every_screen_sizes_the_cache_for_its_window(pygame_session: None) -> None:
    app = make_app(size=(1920, 1080))
    assert app.stack.top.ctx.cache.max_bytes == cache_bytes_for((1920, 1080))  # type: ignore[union-attr]


def test_fitting_measures_like_a_new_font_and_keeps_only_the_size_it_draws_with(pygame_session: None) -> None:
    ctx = GameContext(Pack())
    text = "Who said it? Fact or opinion? What doesn't add up? Check it before it prints. " * 3
    path, size = ctx.font_spec("body", 1.0)
    for probe_size in (size, 9, 31, 17, 60):
        probe = ctx.fonts.measuring(path, probe_size)
        fresh = pygame.font.Font(path, probe_size)
        assert (probe.size(text), probe.get_height()) == (fresh.size(text), fresh.get_height())
    surface = pygame.Surface((1280, 720))
    box = pygame.Rect(0, 0, 400, 150)
    text_box(surface, ctx, text, box, "body", BLACK, 1.0, min_factor=0.3)
    fitted = fit_font_size(text, box, lambda s: pygame.font.Font(path, s), size, MIN_TEXT_PX)
    assert MIN_TEXT_PX < fitted < size  # it had to shrink, trying several sizes
    assert [s for p, s in ctx.fonts._fonts if p == str(path)] == [fitted]  # the one it drew with, no other
    measured = ctx.fonts.measuring(path, 23)
    assert ctx.fonts.get(path, 23) is measured and measured.point_size == 23  # kept warm, not loaded again
    assert ctx.fonts.measuring(path, 24) is not measured and measured.point_size == 23
