"""The `byline` command: play (the default), validate levels, print the level schema."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from game.content.pack import load_pack
from game.content.paths import BUNDLED_LEVELS
from game.content.schema import level_schema_text


def _validate(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [BUNDLED_LEVELS]
    pack = load_pack(paths)
    for problem in pack.problems:
        print(problem)
    print(pack.summary_line())
    return 1 if pack.errors or not pack.files else 0


def _schema(_: argparse.Namespace) -> int:
    sys.stdout.write(level_schema_text())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="byline", description="Byline: a media-literacy quiz game.")
    commands = parser.add_subparsers(dest="command")
    validate = commands.add_parser("validate", help="check level files and print every problem")
    validate.add_argument("paths", nargs="*", metavar="PATH", help="level files or folders (default: levels/)")
    validate.set_defaults(run=_validate)
    schema = commands.add_parser("schema", help="print the level format as a JSON Schema")
    schema.set_defaults(run=_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return int(args.run(args))


if __name__ == "__main__":
    raise SystemExit(main())
