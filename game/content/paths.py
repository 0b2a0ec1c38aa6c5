"""Where Byline's own files live: the repository root holds seeds/, levels/ and assets/."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLED_SEEDS = ROOT / "seeds"
BUNDLED_LEVELS = ROOT / "levels"
ASSETS = ROOT / "assets"
