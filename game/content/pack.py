"""A set of levels loaded together: broken files are skipped and reported, the rest still play.

The level model and validator are imported when first needed, not with this module:
the game shows its title screen with an empty `Pack` while the levels load on a
thread, and pydantic, which they need, is slow to import.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from game.content.paths import BUNDLED_LEVELS

if TYPE_CHECKING:
    from game.content.problems import Problem
    from game.content.validate import LoadedLevel

LEVEL_SUFFIXES = (".yaml", ".yml")


@dataclass
class Pack:
    levels: list[LoadedLevel] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    hidden_drafts: list[Path] = field(default_factory=list)
    """Drafts with TODOs left (`byline new-level`), kept from students unless play asked for drafts."""
    draft_notes: list[Problem] = field(default_factory=list)
    """One warning for each hidden draft, at its first TODO: why a teacher's level is not on the board (the
    kiosk's Level problems list them with the broken files)."""
    checks: dict[str, LoadedLevel] = field(default_factory=dict)
    """The forms of the news-sense check by letter (`check: A`): kept out of `levels`, so they are never on the
    level board, unlock nothing, earn no stars and stay out of the accuracy rating."""

    def notice(self) -> str:
        """What the level list tells a teacher about files it does not show, or ""."""
        broken = self.files - len(self.levels) - len(self.checks) - len(self.hidden_drafts)
        notes = []
        if broken:
            notes.append(f"{broken} level file(s) could not be loaded: a teacher can run `byline validate`.")
        if self.hidden_drafts:
            notes.append(
                f"{len(self.hidden_drafts)} draft level(s) with TODOs left are hidden: "
                "a teacher can try them with `byline play --drafts`."
            )
        return " ".join(notes)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def question_counts(self) -> Counter[str]:
        return Counter(q.type for loaded in self.everything for q in loaded.level.questions)

    @functools.cached_property
    def items(self) -> frozenset[tuple[str, str]]:
        """Every question loaded, as (level id, question id): what a refresher can ask (the title asks every
        frame while one is due; a pack does not change once loaded)."""
        return frozenset((loaded.level.id, q.id) for loaded in self.everything for q in loaded.level.questions)

    @property
    def everything(self) -> list[LoadedLevel]:
        """The levels, then the check forms (A first): every file that loaded."""
        return [*self.levels, *(self.checks[form] for form in sorted(self.checks))]

    def summary_line(self) -> str:
        from game.content.model import QUESTION_TYPES

        counts = self.question_counts()
        kinds = ", ".join(f"{counts[k]} {k}" for k in QUESTION_TYPES)
        valid = len(self.everything)
        drafts = len(self.hidden_drafts)
        broken = self.files - valid - drafts
        errors = len(self.errors)
        warnings = len(self.problems) - errors
        loaded = f"{sum(counts.values())} questions ({kinds})" if valid else "nothing loaded"
        not_loaded = f"{broken} broken file(s) not loaded" if broken else "0 broken file(s)"
        forms = f" (check form(s) {', '.join(sorted(self.checks))} among them)" if self.checks else ""
        hidden = f", {drafts} draft(s) hidden from students (TODOs left)" if drafts else ""
        return (
            f"{valid} valid level(s) of {self.files}{forms}, {loaded}; "
            f"{not_loaded}{hidden}, {errors} error(s), {warnings} warning(s)"
        )


def level_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders into their level files (sorted by name, which sets the play order)."""
    from game.content.problems import Problem  # with the level engine, not with the title screen

    files: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        if path.is_dir():
            found, renames = _folder_levels(path)
            problems.extend(Problem(str(p), 1, 1, _rename_message(p)) for p in renames)
            if not found and not renames:
                hint = f": did you mean `{path / 'levels'}`?" if (path / "levels").is_dir() else ""
                problems.append(Problem(str(path), 1, 1, f"no level files (.yaml) in this folder{hint}"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
            if _renamed_level(path):  # checked as named, but a folder of levels would pass it by
                lead = "checked as you named it, but a levels folder passes it by"
                problems.append(Problem(str(path), 1, 1, _rename_message(path, lead), "warning"))
        else:
            problems.append(Problem(str(path), 1, 1, "no such file or folder"))
    return files, problems


def _folder_levels(folder: Path) -> tuple[list[Path], list[Path]]:
    """The level files of a folder, sorted, and the files meant as levels that will not be read (`x.yaml.txt`).

    Whatever is named like a level is one, even a folder or a broken link, so that reading it says what it
    is instead of the level silently missing; hidden names (a Mac's `._x.yaml`, an editor's `.#x.yaml`) are not.
    """
    levels: list[Path] = []
    renames: list[Path] = []
    for entry in sorted(folder.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.suffix.lower() in LEVEL_SUFFIXES:
            levels.append(entry)
        elif _renamed_level(entry):
            renames.append(entry)
    return levels, renames


def _renamed_level(path: Path) -> bool:
    """`x.yaml.txt`: a level Notepad saved as a text document."""
    return path.suffix.lower() == ".txt" and Path(path.stem).suffix.lower() in LEVEL_SUFFIXES


def _rename_message(path: Path, lead: str = "not read as a level") -> str:
    return (
        f"{lead}: its name ends in `.txt` (Notepad adds it when saving as a text document): "
        f"rename it to `{path.stem}` (in Notepad: Save As, Save as type: All files)"
    )


def _hidden_draft(file: Path, warnings: list[Problem]) -> Problem:
    """Why a draft is not played, at its first TODO."""
    from game.content.problems import Problem

    todos = sorted(w for w in warnings if "still says TODO" in w.message)
    line, column = (todos[0].line, todos[0].column) if todos else (1, 1)
    return Problem(
        str(file),
        line,
        column,
        f"a draft with {len(todos)} TODO(s) left: hidden from students until none is left "
        f"(`byline validate --strict {file}` lists them)",
        "warning",
    )


def default_levels(cwd: Path | None = None) -> Path:
    """`levels/` in the current folder when there is one (a teacher's own), else Byline's own levels."""
    here = (cwd or Path.cwd()) / "levels"
    return here if here.is_dir() else BUNDLED_LEVELS


def load_pack(paths: Iterable[Path], *, strict: bool = False, drafts: bool = False) -> Pack:
    """Load every level file; with `strict`, a warning (a draft's TODO, unbalanced facts) breaks its file too;
    without `drafts`, a level with TODOs left is kept out (`hidden_drafts`), as play does for students."""
    from game.content.problems import ContentError, Problem
    from game.content.validate import load_level

    files, problems = level_files(paths)
    pack = Pack(problems=problems, files=len(files))
    seen: dict[str, Path] = {}
    for file in files:
        try:
            loaded = load_level(file)
        except ContentError as exc:
            pack.problems.extend(exc.problems)
            continue
        except Exception as exc:  # a bug of ours must cost one file, never the whole pack or a student's game
            pack.problems.append(Problem(str(file), 1, 1, f"could not be read ({type(exc).__name__}: {exc})"))
            continue
        if strict and loaded.warnings:
            pack.problems.extend(replace(warning, severity="error") for warning in loaded.warnings)
            continue
        if not drafts and loaded.draft:
            pack.hidden_drafts.append(file)
            pack.draft_notes.append(_hidden_draft(file, loaded.warnings))
            continue
        if loaded.level.id in seen:
            pack.problems.append(
                Problem(
                    str(file), *loaded.id_at, f"level id `{loaded.level.id}` is also used by {seen[loaded.level.id]}"
                )
            )
            continue
        form = loaded.level.check
        if form is not None and form in pack.checks:
            other = pack.checks[form].path
            pack.problems.append(Problem(str(file), *loaded.check_at, f"check form `{form}` is also {other}"))
            continue
        seen[loaded.level.id] = file
        pack.problems.extend(loaded.warnings)
        if form is None:
            pack.levels.append(loaded)
        else:
            pack.checks[form] = loaded
    return pack
