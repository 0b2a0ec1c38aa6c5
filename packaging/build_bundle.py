"""Build Byline as a standalone folder for computers without Python (PyInstaller, one folder).

    python packaging/build_bundle.py                   # makes dist/bundle/byline/
    python packaging/build_bundle.py --out DIR --wheel dist/byline-0.2.0-py3-none-any.whl

Run it on the system you build for (Windows, macOS or Linux): PyInstaller does not
cross-compile. The bundle is made from the wheel, installed with its `bundle` extra
in a fresh virtual environment, so it holds exactly what `pip install byline` holds
and nothing else from the checkout. Then the bundle is tried once from an empty
folder (`--version`, `validate`, `demo --headless`) and its size is printed.
See docs/install.md for handing it to a school's computers.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent
EXE = ".exe" if os.name == "nt" else ""
_LEMMAS = "strategies/dictionaries/data/en.plzma"


def run(*command: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], cwd=cwd, env=env, check=True)


def build_wheel(folder: Path) -> Path:
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", folder, CHECKOUT)
    (wheel,) = folder.glob("byline-*.whl")
    return wheel


def freeze(wheel: Path, out: Path, work: Path) -> Path:
    """PyInstaller, in a venv holding only the wheel and its `bundle` extra; the bundle's folder."""
    venv = work / "venv"
    run(sys.executable, "-m", "venv", venv)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / f"python{EXE}"
    run(python, "-m", "pip", "install", "--quiet", f"{wheel}[bundle]")
    lemmas = subprocess.run(  # drafts read English only: its 250 KB word list, not simplemma's 19 MB of languages
        [str(python), "-c", f"import simplemma, pathlib; print(pathlib.Path(simplemma.__file__).parent / {_LEMMAS!r})"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    run(
        python, "-m", "PyInstaller", HERE / "byline_entry.py",
        "--name", "byline",
        "--onedir",  # one folder: starts fast, and the kiosk supervisor's game is a direct child process
        "--noconfirm",
        "--log-level", "WARN",
        "--collect-data", "game",  # seeds, levels, fonts, sounds and word lists: the package data
        "--collect-data", "better_profanity",  # its word list (game/content/paths.py: profanity_list)
        "--hidden-import", "vaderSentiment",  # only its package and word list (valence.py), not its scorer
        "--collect-data", "vaderSentiment",
        "--add-data", f"{lemmas}{os.pathsep}simplemma/{Path(_LEMMAS).parent}",  # new-level's lemmas (statements.py)
        "--collect-submodules", "game",  # commands import their modules only when run
        "--copy-metadata", "byline",  # for `byline --version`
        "--distpath", out,
        "--workpath", work / "build",
        "--specpath", work,
        cwd=work,
    )  # fmt: skip
    return out / "byline"


def try_bundle(bundle: Path) -> None:
    """Run the bundle from an empty folder, headless, with a throw-away data folder: it must need nothing else."""
    with tempfile.TemporaryDirectory() as empty:
        headless = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "BYLINE_DATA_DIR": f"{empty}/data"}
        env = {**os.environ, **headless}
        env.pop("PYTHONPATH", None)
        byline = bundle / f"byline{EXE}"
        for args in (["--version"], ["validate"], ["demo", "--headless"]):
            started = time.monotonic()
            done = subprocess.run([str(byline), *args], cwd=empty, env=env, capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"the bundle failed `byline {' '.join(args)}`:\n{done.stdout}\n{done.stderr}")
            summary = done.stdout.strip().splitlines()[-1] if args[0] != "demo" else demo_summary(done.stdout)
            print(f"bundle: byline {' '.join(args)}: ok in {time.monotonic() - started:.1f} s ({summary})")


def demo_summary(report: str) -> str:
    played = json.loads(report)
    return f"{len(played['levels'])} level(s) played, finished: {played['finished']}"


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=CHECKOUT / "dist" / "bundle", help="default: dist/bundle")
    parser.add_argument("--wheel", type=Path, help="a wheel built already (default: build one from this checkout)")
    args = parser.parse_args()
    out = args.out.resolve()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="byline-bundle-") as temp:
        work = Path(temp)
        wheel = args.wheel.resolve() if args.wheel else build_wheel(work / "wheel")
        shutil.rmtree(out / "byline", ignore_errors=True)
        bundle = freeze(wheel, out, work)
    print(f"bundle: built {bundle} in {time.monotonic() - started:.0f} s")
    try_bundle(bundle)
    print(f"bundle: size {size_mib(bundle):.1f} MiB ({sum(1 for _ in bundle.rglob('*'))} files) in {bundle}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
