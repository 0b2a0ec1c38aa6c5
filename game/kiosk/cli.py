"""`byline kiosk` and `byline kiosk set-pin`: the command-line side of the kiosk."""

from __future__ import annotations

import argparse
import getpass
import signal
import sys
from pathlib import Path

from game.content.pack import load_pack
from game.content.problems import ContentError
from game.kiosk.config import KioskConfig, load_config
from game.kiosk.pin import PIN_FILE, PinGuard, pin_problem
from game.kiosk.supervisor import HEARTBEAT_FILE, Supervisor, open_log
from game.launch import byline_command
from game.storage import data_dir

CONFIG_ERROR = 2
LOCK_FILE = Path("kiosk") / "supervisor.lock"
"""Held by the running kiosk's supervisor: one kiosk to a data folder."""


def add_kiosk_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kiosk = commands.add_parser(
        "kiosk",
        help="run Byline as an unattended classroom kiosk (see docs/kiosk.md)",
        description="Run Byline fullscreen for one student after another, restarted if it ever crashes or hangs. "
        "Teachers leave it from the teacher screen: hold Ctrl+Shift+T a second, or tap the top-left corner five times, "
        "then the PIN.",
    )
    kiosk.add_argument("--config", type=Path, metavar="FILE", help="the kiosk config (YAML); default: all defaults")
    kiosk.add_argument("--check", action="store_true", help="check the config and the levels, print problems, stop")
    kiosk.add_argument("--no-supervisor", action="store_true", help="run the game directly: no restart after a crash")
    kiosk.add_argument("--heartbeat", type=Path, help=argparse.SUPPRESS)
    kiosk.set_defaults(run=_kiosk)
    steps = kiosk.add_subparsers(dest="kiosk_command", metavar="[set-pin]", required=False)
    set_pin = steps.add_parser("set-pin", help="set the teacher PIN (only a salted hash is stored)")
    set_pin.set_defaults(run=_set_pin)


def _config(path: Path | None) -> KioskConfig | None:
    """The config, or None after printing every problem in it."""
    if path is None:
        return KioskConfig()
    try:
        return load_config(path)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return None


def _kiosk(args: argparse.Namespace) -> int:
    config = _config(args.config)
    if config is None:
        return CONFIG_ERROR
    if args.check:
        return _check(config)
    if args.no_supervisor:
        from game.ui.kiosk import run_kiosk

        return run_kiosk(config, data_dir(), args.heartbeat)
    return _supervise(args.config, config)


def _check(config: KioskConfig) -> int:
    pack = load_pack(config.level_paths)
    for problem in [*pack.problems, *pack.draft_notes]:
        print(problem)
    print(pack.summary_line())
    pin_set = PinGuard(data_dir() / PIN_FILE).is_set
    print("teacher PIN: set" if pin_set else "teacher PIN: not set (run `byline kiosk set-pin`)")
    return 0 if pack.levels and not pack.errors and pin_set else 1


def _supervise(config_path: Path | None, config: KioskConfig) -> int:
    from filelock import FileLock, Timeout  # only the supervisor needs it: every start counts

    data = data_dir()
    lock = FileLock(data / LOCK_FILE, timeout=0)
    try:
        (data / LOCK_FILE).parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        print(
            f"byline kiosk: another kiosk is already running on the data folder {data}: two kiosks on one folder "
            "would hide each other's freezes and overwrite each other's scoreboard; give each kiosk its own "
            "(its own user account, or BYLINE_DATA_DIR)",
            file=sys.stderr,
        )
        return CONFIG_ERROR
    except OSError:  # a read-only folder: the kiosk runs on and shows "out of order", which says why
        pass
    heartbeat = data / HEARTBEAT_FILE
    command = byline_command("kiosk", "--no-supervisor", "--heartbeat", str(heartbeat))
    if config_path is not None:
        command += ["--config", str(config_path.resolve())]
    log = open_log(data / "logs")
    supervisor = Supervisor(command, heartbeat, config.hang_seconds, log, startup_seconds=config.startup_seconds)
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), lambda *_: supervisor.stop())
    log.info("kiosk supervisor started; log in %s", data / "logs")
    return supervisor.run()


def _set_pin(_: argparse.Namespace) -> int:
    """Ask twice on a terminal; read one line when the PIN is piped in (scripted set-up)."""
    if sys.stdin.isatty():
        pin = getpass.getpass("New teacher PIN (4 to 8 digits): ")
        if getpass.getpass("The same PIN again: ") != pin:
            print("byline: the two PINs differ; nothing was changed", file=sys.stderr)
            return CONFIG_ERROR
    else:
        pin = sys.stdin.readline().strip()
    problem = pin_problem(pin)
    if problem:
        print(f"byline: {problem}; nothing was changed", file=sys.stderr)
        return CONFIG_ERROR
    path = data_dir() / PIN_FILE
    try:
        PinGuard(path).set_pin(pin)
    except OSError as exc:
        print(f"byline: cannot save {path} ({exc.strerror or exc}); nothing was changed", file=sys.stderr)
        return 1
    print(f"Teacher PIN saved as a salted hash in {path} (any lockout is cleared).")
    return 0
