"""What a school installs: the shipped start-up files are well formed, and kiosk policy runs without pygame."""

from __future__ import annotations

import configparser
import subprocess
import sys

from tests.checkout import ROOT

CONTRIB = ROOT / "contrib"


def read_ini(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string((CONTRIB / name).read_text(encoding="utf-8"))
    return parser


def test_systemd_user_unit_runs_the_supervised_kiosk_with_the_session() -> None:
    unit = read_ini("byline-kiosk.service")
    command = unit["Service"]["ExecStart"]
    assert command.startswith("/usr/bin/systemd-inhibit --what=idle:sleep ")
    assert "/bin/byline kiosk --config " in command and command.endswith("contrib/kiosk.yaml")
    assert "--no-supervisor" not in command
    assert unit["Service"]["Restart"] == "on-failure"
    assert unit["Install"]["WantedBy"] == unit["Unit"]["PartOf"] == "graphical-session.target"


def test_xdg_autostart_entry_runs_the_supervised_kiosk() -> None:
    entry = read_ini("byline-kiosk.desktop")["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"].endswith("/bin/byline kiosk --config /opt/byline/contrib/kiosk.yaml")


def test_kiosk_policy_never_imports_pygame() -> None:
    code = (
        "import sys, pkgutil, importlib, game.kiosk as k\n"
        "for m in pkgutil.iter_modules(k.__path__): importlib.import_module('game.kiosk.' + m.name)\n"
        "print('pygame' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
