"""`byline lrs set | status | sync`: point this computer at the school's LRS, see and empty its outbox."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from game.content.files import read_limited

if TYPE_CHECKING:
    from game.lrs.settings import LrsSettings
    from game.results import ResultsStore

MAX_SECRET_BYTES = 4096


def add_commands(commands: argparse._SubParsersAction) -> None:
    lrs = commands.add_parser("lrs", help="send class results to the school's Learning Record Store (xAPI)")
    verbs = lrs.add_subparsers(dest="lrs_command", required=True)
    setting = verbs.add_parser("set", help="store the LRS settings for this user (file mode 0600)")
    setting.add_argument("--endpoint", required=True, help="the LRS's xAPI address, e.g. https://lrs.school/xAPI")
    setting.add_argument("--username", required=True)
    setting.add_argument("--password-file", required=True, type=Path, help="a file holding only the password")
    setting.add_argument("--base-iri", help="where Byline's activity ids live (default: %(default)s)")
    setting.add_argument(
        "--salt-file", type=Path, help="the school's secret for pseudonymous ids: use the same file on every computer"
    )
    setting.add_argument(
        "--file", type=Path, help="write the settings here instead of the user config folder (for a kiosk's `lrs:`)"
    )
    setting.set_defaults(run=_set)
    status = verbs.add_parser("status", help="print JSON: pending, sent, rejected and the last error")
    status.add_argument("--results", type=Path, metavar="FILE", help="another results file (e.g. a kiosk's)")
    status.add_argument("--file", type=Path, help="LRS settings written with `lrs set --file` (e.g. a kiosk's)")
    status.set_defaults(run=_status)
    sync = verbs.add_parser("sync", help="send what is pending now; exit 0 only when nothing is left")
    sync.add_argument("--results", type=Path, metavar="FILE", help="another results file (e.g. a kiosk's)")
    sync.add_argument("--file", type=Path, help="LRS settings written with `lrs set --file` (e.g. a kiosk's)")
    sync.set_defaults(run=_sync)


def _secret(path: Path, what: str) -> str:
    try:
        text = read_limited(path, MAX_SECRET_BYTES).decode("utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"byline lrs set: cannot read the {what} file {path}: {exc}") from None
    if not text:
        raise SystemExit(f"byline lrs set: the {what} file {path} is empty")
    return text


def _set(args: argparse.Namespace) -> int:
    from game.lrs.settings import DEFAULT_BASE_IRI, LrsSettings, save

    if not args.endpoint.startswith(("http://", "https://")):
        print(
            f"byline lrs set: the endpoint must start with https:// (or http://), not {args.endpoint!r}",
            file=sys.stderr,
        )
        return 2
    settings = LrsSettings(
        endpoint=args.endpoint,
        username=args.username,
        password=_secret(args.password_file, "password"),
        base_iri=args.base_iri or DEFAULT_BASE_IRI,
        salt=_secret(args.salt_file, "salt") if args.salt_file else "",
    )
    path = save(settings, args.file)
    print(f"saved {path} (readable by you only); results recorded from now on are sent to {settings.statements_url}")
    if not args.salt_file:
        print("note: a new salt was made for this computer; give every computer of the school the same --salt-file")
    return 0


def _open(args: argparse.Namespace) -> tuple[LrsSettings | None, ResultsStore]:
    from game.lrs.settings import SettingsError, load
    from game.results import RESULTS_FILE, ResultsStore
    from game.storage import data_dir

    try:
        settings = load(args.file)
    except SettingsError as exc:
        raise SystemExit(f"byline lrs: {exc}") from None
    return settings, ResultsStore(args.results or data_dir() / RESULTS_FILE)


def _status(args: argparse.Namespace) -> int:
    from game.lrs import outbox
    from game.results import ResultsError

    settings, store = _open(args)
    report: dict[str, object] = {"configured": settings is not None}
    if settings is not None:
        report["endpoint"] = settings.statements_url
    try:
        with store.connect() as conn:
            report.update(outbox.status(conn))
    except ResultsError as exc:
        report["last_error"] = str(exc)
    print(json.dumps(report, indent=2))
    return 0


def _sync(args: argparse.Namespace) -> int:
    from game.lrs import outbox
    from game.lrs.sender import Sender

    settings, store = _open(args)
    if settings is None:
        print("byline lrs sync: no LRS is set up; see `byline lrs set --help`", file=sys.stderr)
        return 2
    sender = Sender(store, settings)
    try:
        done = sender.sync()
    finally:
        sender.close()
    for problem in done.problems:
        print(problem, file=sys.stderr)
    with store.connect() as conn:
        left = outbox.status(conn)["pending"]
    print(f"sent {done.sent}, rejected {done.rejected}, still pending {left}")
    if done.error:
        print(f"byline lrs sync: {done.error}", file=sys.stderr)
    return 0 if not left else 1
