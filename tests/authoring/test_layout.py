"""Drafting is a teacher's tool: it runs, and is tested, without a display or the game's UI."""

from __future__ import annotations

import subprocess
import sys


def test_authoring_never_imports_pygame() -> None:
    """In a clean interpreter (this one may have pygame loaded by other tests): every module, then a draft."""
    code = (
        "import sys, pkgutil, importlib, game.authoring as a\n"
        "for m in pkgutil.iter_modules(a.__path__): importlib.import_module('game.authoring.' + m.name)\n"
        "from game.authoring.draft import draft_level\n"
        "from game.content.article import Article\n"
        "draft_level(Article('Head\\nThe mayor said \"We will build it.\"\\nIt opened in May.\\n'), 'x')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pygame'), 'game.authoring.draft' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] True"
