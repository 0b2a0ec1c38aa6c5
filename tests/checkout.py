"""The repository these tests run from: its docs and contrib files are checked too (an installed Byline has neither)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
