"""Running Byline in a process of its own, headless, as a player's computer would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_python(args: list[str], data_dir: Path, **env: str) -> str:
    """Run `python args...` headless on `data_dir` (`env` overrides), check it succeeds; its last line of output."""
    headless = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "BYLINE_DATA_DIR": str(data_dir)}
    run = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, **headless, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.strip().splitlines()[-1]
