"""The bundle's entry point: PyInstaller freezes a script, and this one runs the `byline` command."""

from game.cli import main

raise SystemExit(main())
