"""Colours and sizes: one place, so high contrast and scaling are a setting, not a rewrite.

Layouts are written for a 1280x720 design canvas and scaled to the real window:

    scale = ui_scale(screen.get_size())         # in Scene.layout(size)
    margin = px(24, scale)
    body_size = px(28 * TEXT_SIZE_STEPS["large"], scale)
    theme = HIGH_CONTRAST if settings.high_contrast else NORMAL
    surface.fill(theme.background)

Contrast, tested for both themes (WCAG AA 4.5:1 in NORMAL, AAA 7:1 in HIGH_CONTRAST)
for these ink-on-fill pairs: text, muted_text, accent, correct, wrong on background
or panel (and on paper, with ink); panel on correct or wrong (a marked answer button); button_text on button
and button_hover; highlight_text on highlight (evidence). focus_ring is an outline:
3:1 against background. Colour never carries meaning alone: pair correct/wrong
with a word or an icon.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

RGB = tuple[int, int, int]

DESIGN_SIZE = (1280, 720)
"""The canvas layouts are written for."""


class Theme(NamedTuple):
    """The colours of one look. A NamedTuple, not a frozen dataclass: made in a sixth of the time at start-up."""

    background: RGB
    panel: RGB
    text: RGB
    muted_text: RGB
    accent: RGB
    correct: RGB
    wrong: RGB
    highlight: RGB
    highlight_text: RGB
    focus_ring: RGB
    button: RGB
    button_hover: RGB
    button_text: RGB
    paper: RGB
    """A printed page: the front page, a story card, the editor's note."""
    ink: RGB
    """Print on paper: mastheads and headlines."""
    shadow: RGB
    """Under a sheet of paper on the desk (decoration only, never behind text)."""


NORMAL = Theme(
    background=(246, 241, 231),  # newsprint
    panel=(255, 252, 245),
    text=(28, 28, 32),
    muted_text=(84, 84, 92),
    accent=(20, 82, 140),
    correct=(22, 110, 52),
    wrong=(170, 30, 30),
    highlight=(255, 226, 122),  # highlighter pen
    highlight_text=(28, 28, 32),
    focus_ring=(0, 95, 204),
    button=(28, 62, 110),
    button_hover=(44, 88, 150),
    button_text=(255, 255, 255),
    paper=(255, 253, 247),
    ink=(22, 22, 26),
    shadow=(196, 186, 166),
)

HIGH_CONTRAST = Theme(
    background=(0, 0, 0),
    panel=(0, 0, 0),
    text=(255, 255, 255),
    muted_text=(230, 230, 230),
    accent=(255, 255, 0),
    correct=(0, 255, 0),
    wrong=(255, 110, 110),
    highlight=(255, 255, 0),
    highlight_text=(0, 0, 0),
    focus_ring=(255, 255, 0),
    button=(255, 255, 255),
    button_hover=(255, 255, 0),
    button_text=(0, 0, 0),
    paper=(0, 0, 0),
    ink=(255, 255, 255),
    shadow=(110, 110, 110),
)

TEXT_SIZE_STEPS: Mapping[str, float] = MappingProxyType({"small": 0.85, "medium": 1.0, "large": 1.25})
"""Multipliers for the settings screen's text size choice."""


def ui_scale(size: tuple[int, int]) -> float:
    """How much to scale the 1280x720 design so it fits `size`; clamped to [0.5, 4]."""
    w, h = size
    return min(4.0, max(0.5, min(w / DESIGN_SIZE[0], h / DESIGN_SIZE[1])))


def px(value: float, scale: float) -> int:
    """`value` design pixels at `scale`, rounded half away from zero.

    A non-zero value never rounds to 0, so a 1 px border survives a small window.
    """
    scaled = value * scale
    rounded = int(math.copysign(math.floor(abs(scaled) + 0.5), scaled))
    if rounded == 0 and value != 0:
        return 1 if value > 0 else -1
    return rounded
