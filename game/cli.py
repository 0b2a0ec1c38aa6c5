"""The `byline` command: play (the default), demo, validate levels, print the level schema."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from game.content.pack import Pack, load_pack
from game.content.paths import BUNDLED_LEVELS
from game.content.schema import level_schema_text


def _validate(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [BUNDLED_LEVELS]
    pack = load_pack(paths)
    for problem in pack.problems:
        print(problem)
    print(pack.summary_line())
    return 1 if pack.errors or not pack.files else 0


def _load_for_play(paths: list[str]) -> Pack | None:
    """The levels to play; broken files are reported on the terminal and skipped."""
    pack = load_pack([Path(p) for p in paths] or [BUNDLED_LEVELS])
    for problem in pack.problems:
        print(problem, file=sys.stderr)
    if not pack.levels:
        print("byline: no playable level found; fix the problems above (byline validate)", file=sys.stderr)
        return None
    return pack


def _play(args: argparse.Namespace) -> int:
    pack = _load_for_play(args.paths)
    if pack is None:
        return 1
    from game.storage import data_dir
    from game.ui.runner import play

    play(pack, data_dir(), args.profile, fullscreen=args.fullscreen, seed=args.seed)
    return 0


def _demo(args: argparse.Namespace) -> int:
    pack = _load_for_play(args.paths)
    if pack is None:
        return 1
    from game.ui.runner import demo

    report = demo(pack, policy=args.policy, seed=args.seed, headless=args.headless, shots=args.shots)
    print(json.dumps(asdict(report), indent=2))
    return 0 if report.finished else 1


def _schema(_: argparse.Namespace) -> int:
    sys.stdout.write(level_schema_text())
    return 0


class _Parser(argparse.ArgumentParser):
    commands: dict[str, argparse.ArgumentParser]


def build_parser() -> _Parser:
    parser = _Parser(prog="byline", description="Byline: a media-literacy quiz game.")
    commands = parser.add_subparsers(dest="command")
    parser.commands = commands.choices
    validate = commands.add_parser("validate", help="check level files and print every problem")
    validate.add_argument("paths", nargs="*", metavar="PATH", help="level files or folders (default: levels/)")
    validate.set_defaults(run=_validate)
    play = commands.add_parser("play", help="play the game (the default)")
    _add_play_options(play)
    play.set_defaults(run=_play)
    demo = commands.add_parser("demo", help="watch the game play every level by itself, then print a JSON summary")
    demo.add_argument("paths", nargs="*", metavar="LEVEL_OR_DIR", help="levels to play (default: levels/)")
    demo.add_argument("--policy", choices=["correct", "wrong", "random"], default="correct")
    demo.add_argument("--seed", type=int, default=0)
    demo.add_argument("--headless", action="store_true", help="no window: run as fast as possible")
    demo.add_argument("--shots", type=Path, metavar="DIR", help="write a PNG of each distinct screen into DIR")
    demo.set_defaults(run=_demo)
    schema = commands.add_parser("schema", help="print the level format as a JSON Schema")
    schema.set_defaults(run=_schema)
    return parser


def _add_play_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="LEVEL_OR_DIR", help="levels to play (default: levels/)")
    parser.add_argument("--profile", default="player", help="whose progress to load and save (default: player)")
    parser.add_argument("--fullscreen", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--seed", type=int, default=None, help="fix the shuffling of choices")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in parser.commands and args_list[0] not in ("-h", "--help")):
        args_list = ["play", *args_list]  # `byline`, `byline --profile x` and `byline levels/` all mean play
    args = parser.parse_args(args_list)
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
