"""The `byline` command: play (the default), demo, validate levels, print the level schema."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from game.content.pack import Pack, default_levels, load_pack
from game.content.paths import BUNDLED_LEVELS

if TYPE_CHECKING:
    from game.report import Report
    from game.results import Answer


def _validate(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or [default_levels()]
    pack = load_pack(paths, strict=args.strict, drafts=True)
    for problem in pack.problems:
        print(problem)
    print(f"checked {', '.join(str(p) for p in paths)}: {pack.summary_line()}")
    return 1 if pack.errors or not pack.files else 0


def _load_for_play(paths: list[str], *, drafts: bool = False) -> Pack | None:
    """The levels to play; broken files are reported on the terminal and skipped, drafts too unless asked for."""
    pack = load_pack(_level_paths(paths), drafts=drafts)
    for problem in pack.problems:
        print(problem, file=sys.stderr)
    if pack.hidden_drafts:
        print(f"byline: {pack.notice().split(': ', 1)[0]}: {', '.join(map(str, pack.hidden_drafts))}", file=sys.stderr)
    if not pack.levels:
        hint = " or `byline play --drafts` to try the drafts" if pack.hidden_drafts else ""
        print(f"byline: no playable level found; fix the problems above (byline validate){hint}", file=sys.stderr)
        return None
    return pack


def _level_paths(paths: list[str]) -> list[Path]:
    return [Path(p) for p in paths] or [default_levels()]


def _play(args: argparse.Namespace) -> int:
    from game.storage import data_dir
    from game.ui.runner import play

    if args.watch:
        if len(args.paths) != 1 or not Path(args.paths[0]).is_file():
            print(
                "byline play --watch: give one level file, e.g. byline play levels/my-level.yaml --watch",
                file=sys.stderr,
            )
            return 1
        play(Pack(), data_dir(), args.profile, fullscreen=args.fullscreen, seed=args.seed, watch=Path(args.paths[0]))
        return 0
    pack, load_later = Pack(), lambda: _load_for_play(args.paths, drafts=args.drafts)
    if [p.resolve() for p in _level_paths(args.paths)] != [BUNDLED_LEVELS.resolve()]:
        # A teacher's own levels are checked before any window opens: with none playable, the errors and
        # exit code 1 are all there is. Only Byline's own levels (known good) load behind the title screen.
        loaded = _load_for_play(args.paths, drafts=args.drafts)
        if loaded is None:
            return 1
        pack, load_later = loaded, None
    play(
        pack,
        data_dir(),
        args.profile,
        fullscreen=args.fullscreen,
        seed=args.seed,
        load_later=load_later,
        benchmark=args.benchmark_first_frame,
        check=args.check,
        refresher_days=args.refresher_days,
    )
    return 0


def _demo(args: argparse.Namespace) -> int:
    pack = _load_for_play(args.paths)
    if pack is None:
        return 1
    from game.ui.demo import demo

    writer = None
    if args.record:
        from game.lrs.online import results_store
        from game.results import RESULTS_FILE
        from game.results_writer import ResultsWriter
        from game.storage import data_dir

        writer = ResultsWriter(results_store(data_dir() / RESULTS_FILE))
    report = demo(
        pack,
        policy=args.policy,
        seed=args.seed,
        headless=args.headless,
        shots=args.shots,
        results=writer,
        player=args.player,
    )
    if writer is not None and (lost := writer.close()):
        print(f"byline demo: {lost} level(s) not recorded: {writer.problem}", file=sys.stderr)
        return 1
    import json  # here, not at the top: every import counts before the first frame of `byline play`
    from dataclasses import asdict

    print(json.dumps(asdict(report), indent=2))
    return 0 if report.finished else 1


LONG_DRAFT_BYTES = 100 * 1024
"""An article longer than a long feature (about 15,000 words): drafting it takes seconds to minutes."""


def _new_level(args: argparse.Namespace) -> int:
    from game.authoring.draft import DraftError, new_level
    from game.content.problems import ContentError
    from game.content.validate import load_level

    if (args.source is None) == (args.article is None):
        print("byline new-level: name one article: byline new-level --from ARTICLE.txt", file=sys.stderr)
        return 2
    args.source = args.source or args.article
    size = args.source.stat().st_size if args.source.is_file() else 0
    if size > LONG_DRAFT_BYTES:  # a long article drafts for a minute or more: say so, so it is not taken for a hang
        print(f"drafting a long article ({size // 1024} KB): this can take a minute or two", file=sys.stderr)
    try:
        made = new_level(args.source, args.output, force=args.force)
    except DraftError as exc:
        print(f"byline new-level: {exc}", file=sys.stderr)
        return 1
    if made.draft.warning and not made.converted:  # converted: said once, on the line about the copy
        print(f"byline new-level: warning: {made.draft.warning}", file=sys.stderr)
    counts = made.draft.counts()
    kinds = ", ".join(f"{n} {kind}" for kind, n in counts.items())
    if made.converted:
        print(
            f"copied the article to {made.seed}, converted to UTF-8 from Windows-1252: {args.source} {made.converted}"
        )
    else:
        print(f"{'copied the article to' if made.copied else 'the article is already in'} {made.seed}")
    print(f"wrote {made.level}: {sum(counts.values())} questions ({kinds})")
    if made.draft.skipped:
        print(f"left out {len(made.draft.skipped)} passage(s) with no named speaker: listed at the end of the file")
    try:
        loaded = load_level(made.level)
    except ContentError as exc:  # the draft promises a valid file: say so loudly if it is not
        print(f"{exc}\nbyline new-level: the draft does not validate; please report this", file=sys.stderr)
        return 1
    print(
        f"it validates, with {len(loaded.warnings)} TODO(s) for you to check: "
        f"`byline validate --strict {made.level}` lists them"
    )
    return 0


def _report(args: argparse.Namespace) -> int:
    from game.report import build_report, format_report, report_json, write_csv
    from game.results import DAMAGED_NOW, RESULTS_FILE, ResultsError, ResultsStore, set_aside_notice
    from game.storage import data_dir

    store = None if args.lrs else ResultsStore(args.results or data_dir() / RESULTS_FILE)
    said = sys.stderr if args.json else sys.stdout  # with --json, stdout holds the one JSON object only
    aside = store.set_aside() if store is not None else []
    if aside:  # the game kept a damaged file and started afresh: what it held is missing from what follows
        import textwrap

        notice = textwrap.fill(set_aside_notice(aside), 100, break_long_words=False, break_on_hyphens=False)
        print(notice + "\n", file=said)
    try:
        answers = _lrs_answers() if store is None else store.answers()
        report = build_report(answers)
    except (ResultsError, ReportSourceError) as exc:
        print(f"byline report: {exc}", file=sys.stderr)
        if isinstance(exc, ResultsError) and exc.damaged:
            print(DAMAGED_NOW, file=sys.stderr)
        return 1
    if args.json:
        import json

        found = report_json(report)
        if store is not None:
            found["set_aside"] = [str(path) for path in aside]
        print(json.dumps(found, indent=2, ensure_ascii=False))
    else:
        print(format_report(report))
    if not report.answers and not report.growth.taken:
        return 1 if args.csv or args.png else 0
    try:
        if args.csv:
            write_csv(report, args.csv)
            print(f"wrote {args.csv}", file=said)
        if args.png:
            for written in _save_charts(report, args.png):
                print(f"wrote {written}", file=said)
    except (OSError, ValueError) as exc:
        print(f"byline report: cannot write the file: {exc}", file=sys.stderr)
        return 1
    return 0


def _save_charts(report: Report, path: Path) -> list[Path]:
    """The class chart at `path` (when a level was played) and the growth chart beside it (when a check was)."""
    written = []
    if report.answers:
        from game.ui.chart import save_chart

        save_chart(report, path)
        written.append(path)
    if report.growth.taken:
        from game.ui.growth_chart import save_growth_chart

        beside = growth_chart_path(path)
        save_growth_chart(report.growth, beside)
        written.append(beside)
    return written


def growth_chart_path(path: Path) -> Path:
    """Where `--png FILE` puts the growth slide: FILE's name with -growth before the suffix."""
    return path.with_name(f"{path.stem}-growth{path.suffix or '.png'}")


class ReportSourceError(Exception):
    """The class results could not be fetched from the LRS."""


def _lrs_answers() -> list[Answer]:
    """Every computer's answers, from the school's LRS."""
    from game.lrs.answers import fetch_answered, to_answers
    from game.lrs.sender import Unavailable
    from game.lrs.settings import SettingsError, load

    try:
        settings = load()
    except SettingsError as exc:
        raise ReportSourceError(str(exc)) from None
    if settings is None:
        raise ReportSourceError("no LRS is set up on this computer; see `byline lrs set --help`")
    try:
        return to_answers(fetch_answered(settings), settings.maker())
    except Unavailable as exc:
        raise ReportSourceError(str(exc)) from None


def _schema(_: argparse.Namespace) -> int:
    from game.content.schema import level_schema_text

    sys.stdout.write(level_schema_text())
    return 0


class _Parser(argparse.ArgumentParser):
    commands: dict[str, argparse.ArgumentParser]


class _Version(argparse.Action):
    """`byline --version`: the installed package's version, looked up only when asked (every start counts)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from importlib.metadata import version

        print(f"byline {version('byline')}")
        parser.exit()


Commands = argparse._SubParsersAction  # type: ignore[type-arg]


def _add_validate(commands: Commands) -> None:
    validate = commands.add_parser("validate", help="check level files and print every problem")
    _add_level_paths(validate, "level files or folders to check")
    validate.add_argument("--strict", action="store_true", help="treat warnings (a draft's TODOs) as errors")
    validate.set_defaults(run=_validate)


def _add_new_level(commands: Commands) -> None:
    new = commands.add_parser("new-level", help="draft a level from an article, ready for you to check")
    new.add_argument("--from", dest="source", type=Path, metavar="ARTICLE", help="a UTF-8 text file")
    without = "the same, without --from: byline new-level ARTICLE.txt"
    new.add_argument("article", nargs="?", type=Path, metavar="ARTICLE", help=without)
    new.add_argument("-o", "--output", type=Path, metavar="LEVEL", help="default: levels/ARTICLE-NAME.yaml")
    new.add_argument("--force", action="store_true", help="replace the level file if it exists")
    new.set_defaults(run=_new_level)


def _add_play(commands: Commands) -> None:
    play = commands.add_parser("play", help="play the game (the default)")
    _add_play_options(play)
    play.set_defaults(run=_play)


def _add_demo(commands: Commands) -> None:
    demo = commands.add_parser("demo", help="watch the game play every level by itself, then print a JSON summary")
    _add_level_paths(demo, "levels to play")
    demo.add_argument("--policy", choices=["correct", "wrong", "random"], default="correct")
    demo.add_argument("--seed", type=int, default=0)
    demo.add_argument("--headless", action="store_true", help="no window: run as fast as possible")
    demo.add_argument("--shots", type=Path, metavar="DIR", help="write a PNG of each distinct screen into DIR")
    demo.add_argument(
        "--record", action="store_true", help="add the answers to the class results, as a real player's (for `report`)"
    )
    demo.add_argument("--player", default="demo", help="the name --record records under (default: demo)")
    demo.set_defaults(run=_demo)


def _add_report(commands: Commands) -> None:
    report = commands.add_parser(
        "report", help="class results: accuracy by level and question, fact or opinion, growth from the check"
    )
    report.add_argument("--csv", type=Path, metavar="FILE", help="also save the numbers as a CSV table")
    report.add_argument(
        "--png",
        type=Path,
        metavar="FILE",
        help="also save a chart for a slide (PNG), and the growth chart as FILE-growth.png once a check was taken",
    )
    report.add_argument("--json", action="store_true", help="print the whole report as one JSON object instead")
    report.add_argument("--results", type=Path, metavar="FILE", help="another results file (e.g. from a kiosk)")
    report.add_argument("--lrs", action="store_true", help="the whole class from the school's LRS, every computer")
    report.set_defaults(run=_report)


def _add_schema(commands: Commands) -> None:
    schema = commands.add_parser("schema", help="print the level format as a JSON Schema")
    schema.set_defaults(run=_schema)


def _add_lrs(commands: Commands) -> None:
    from game.lrs.cli import add_commands

    add_commands(commands)


def _add_kiosk(commands: Commands) -> None:
    from game.kiosk.cli import add_kiosk_parser  # imports pydantic: slow, so only for `byline kiosk`

    add_kiosk_parser(commands)


COMMANDS: dict[str, Callable[[Commands], None]] = {
    "validate": _add_validate,
    "new-level": _add_new_level,
    "play": _add_play,
    "demo": _add_demo,
    "report": _add_report,
    "schema": _add_schema,
    "lrs": _add_lrs,
    "kiosk": _add_kiosk,
}
"""Each command and what adds its parser: a start builds only the one it runs (every start counts)."""


def build_parser(only: str | None = None) -> _Parser:
    """Every command's parser, or with `only` that one command's alone."""
    parser = _Parser(prog="byline", description="Byline: a media-literacy quiz game.")
    parser.add_argument("--version", action=_Version, help="print the version of Byline and stop")
    commands = parser.add_subparsers(dest="command")
    parser.commands = commands.choices
    for name, add in COMMANDS.items():
        if only in (None, name):
            add(commands)
    return parser


def _add_level_paths(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="LEVEL_OR_DIR",
        help=f"{what} (default: ./levels if there is one, else Byline's own)",
    )


def _add_play_options(parser: argparse.ArgumentParser) -> None:
    _add_level_paths(parser, "levels to play")
    parser.add_argument("--profile", default="player", help="whose progress to load and save (default: player)")
    parser.add_argument("--fullscreen", action=argparse.BooleanOptionalAction, default=None)
    parser.add_argument("--seed", type=int, default=None, help="fix the shuffling of choices")
    parser.add_argument("--watch", action="store_true", help="preview one level file, reloading it on every save")
    parser.add_argument("--drafts", action="store_true", help="also play draft levels whose texts still say TODO")
    parser.add_argument(
        "--check",
        choices=["auto", "after", "off"],
        default="auto",
        help="the news-sense check: before the first level and after the last (auto, the default); "
        "offer the after-check now (after); none this time (off)",
    )
    parser.add_argument(
        "--refresher-days",
        type=_positive_days,
        metavar="DAYS",
        help="days before missed questions come back in a refresher (default 7); remembered on this computer",
    )
    parser.add_argument("--benchmark-first-frame", action="store_true", help=argparse.SUPPRESS)  # benchmarks/run.py


def _positive_days(text: str) -> float:
    try:
        days = float(text)
    except ValueError:
        days = 0.0
    if not 0 < days <= 365:
        raise argparse.ArgumentTypeError(f"give a number of days above 0 and at most 365, not {text!r}")
    return days


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    everything = ("-h", "--help", "--version")
    if not args_list or (args_list[0] not in COMMANDS and args_list[0] not in everything):
        args_list = ["play", *args_list]  # `byline`, `byline --profile x` and `byline levels/` all mean play
    args = build_parser(None if args_list[0] in everything else args_list[0]).parse_args(args_list)
    from game.ui.display import NO_DISPLAY_EXIT, NoDisplay

    try:
        return int(args.run(args))
    except NoDisplay as exc:
        print(exc, file=sys.stderr)
        return NO_DISPLAY_EXIT
    except KeyboardInterrupt:  # Ctrl+C in the terminal: stop quietly, as any command-line tool does
        print("byline: stopped (Ctrl+C)", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
