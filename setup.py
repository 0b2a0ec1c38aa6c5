"""The one build step pyproject.toml cannot say: the wheel carries seeds/, levels/ and assets/ as package data.

The repository keeps those folders at its top level (teachers and the docs refer to them
there); the wheel needs them inside the package, where game/content/paths.py finds them
through importlib.resources. Each folder is copied whole, so a new level, article, font
or sound is packaged without anyone editing a list.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("seeds", "levels", "assets")
PACKAGED_AS = Path("game", "_data")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:  # `pip install -e .` reads the folders where they are
            return
        for folder in DATA_FOLDERS:
            target = Path(self.build_lib, PACKAGED_AS, folder)
            shutil.rmtree(target, ignore_errors=True)  # a file deleted since the last build stays deleted
            shutil.copytree(folder, target, ignore=shutil.ignore_patterns("__pycache__", "*.py[cod]", ".*"))


setup(cmdclass={"build_py": BuildPyWithData})
