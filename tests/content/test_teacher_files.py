"""Files as teachers really save them: Notepad's choices, a Mac's USB stick, a word processor, odd spaces.

Each one must end in a message at the file (and line) that says what to do, never in silence.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.pack import load_pack
from game.content.paths import BUNDLED_SEEDS
from game.content.validate import load_level

from .conftest import HEAD, SEED
from .test_errors import GOOD_Q, only

LEVEL = HEAD + GOOD_Q


def messages(folder: Path) -> list[str]:
    return [str(p) for p in load_pack([folder]).problems]


@pytest.mark.parametrize("name", ["02-new.yaml.txt", "02-new.yml.txt"])
def test_a_level_notepad_saved_as_txt_is_named_with_how_to_rename_it(
    write_level: Callable[..., Path], name: str
) -> None:
    good = write_level(LEVEL, "01-good.yaml")
    write_level(LEVEL.replace("test-level", "other"), name)
    pack = load_pack([good.parent])
    assert len(pack.levels) == 1
    [problem] = pack.problems
    assert problem.file == str(good.parent / name)
    assert f"rename it to `{name[:-4]}`" in problem.message
    assert problem.severity == "error"


def test_a_level_saved_as_txt_and_checked_by_name_is_valid_but_says_a_folder_passes_it_by(
    write_level: Callable[..., Path],
) -> None:
    """Playtest 7: `byline validate "My Level.yaml.txt"` said "1 valid level(s)", no word more, while the game,
    reading the folder, never shows it: the teacher's check passed and the level was missing in class."""
    level = write_level(LEVEL, "02-new.yaml.txt")
    pack = load_pack([level])
    assert len(pack.levels) == 1
    [problem] = pack.problems
    assert problem.severity == "warning" and problem.file == str(level)
    assert problem.message.startswith("checked as you named it, but a levels folder passes it by")
    assert "rename it to `02-new.yaml`" in problem.message


def test_capital_letters_in_the_extension_still_make_a_level(write_level: Callable[..., Path]) -> None:
    level = write_level(LEVEL, "01-Bridge.YAML")
    pack = load_pack([level.parent])
    assert [loaded.path.name for loaded in pack.levels] == ["01-Bridge.YAML"]


def test_a_folder_or_a_broken_link_named_like_a_level_is_reported_not_skipped(
    write_level: Callable[..., Path],
) -> None:
    good = write_level(LEVEL, "01-good.yaml")
    levels = good.parent
    (levels / "02-folder.yaml").mkdir()
    os.symlink("03-loop.yaml", levels / "03-loop.yaml")
    os.symlink(levels / "nowhere.yaml", levels / "04-gone.yaml")
    pack = load_pack([levels])
    assert len(pack.levels) == 1
    said = {Path(p.file).name: p.message for p in pack.problems}
    assert set(said) == {"02-folder.yaml", "03-loop.yaml", "04-gone.yaml"}
    assert "is a folder" in said["02-folder.yaml"]
    assert "points to itself" in said["03-loop.yaml"]
    assert "nowhere.yaml" in said["04-gone.yaml"] and "does not exist" in said["04-gone.yaml"]
    assert pack.files == 4


def test_hidden_files_beside_the_levels_are_not_levels(write_level: Callable[..., Path]) -> None:
    """A Mac writes `._NAME` beside every file it copies to a USB stick; an editor leaves `.#NAME` links."""
    good = write_level(LEVEL, "01-good.yaml")
    (good.parent / "._01-good.yaml").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    os.symlink("robust@host.1234", good.parent / ".#01-good.yaml")
    pack = load_pack([good.parent])
    assert (len(pack.levels), pack.problems) == (1, [])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_level_saved_as_utf16_says_so(write_level: Callable[..., Path], encoding: str) -> None:
    path = write_level(LEVEL)
    path.write_bytes(path.read_text(encoding="utf-8").encode(encoding))
    problem = only(path)
    assert (problem.line, problem.column) == (1, 1)
    assert "UTF-16" in problem.message and "save it as UTF-8" in problem.message


@pytest.mark.parametrize(
    ("start", "kind"),
    [(b"PK\x03\x04", "Word"), (b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n", "rich text"), (b"%PDF-1.7\n", "PDF")],
)
def test_a_level_saved_by_a_word_processor_says_so(write_level: Callable[..., Path], start: bytes, kind: str) -> None:
    path = write_level(LEVEL)
    path.write_bytes(start + path.read_bytes())
    problem = only(path)
    assert kind in problem.message and "plain text" in problem.message


def _article(write_level: Callable[..., Path], data: bytes) -> Path:
    path = write_level(LEVEL)
    (path.parent.parent / "seeds" / SEED).write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_an_article_saved_as_utf16_is_one_message_at_the_article_line(
    write_level: Callable[..., Path], encoding: str
) -> None:
    text = (BUNDLED_SEEDS / SEED).read_text(encoding="utf-8")
    problem = only(_article(write_level, text.encode(encoding)))
    assert problem.line == 3
    assert "UTF-16" in problem.message and "save it as UTF-8" in problem.message


def test_an_article_saved_as_rich_text_by_textedit_says_so(write_level: Callable[..., Path]) -> None:
    data = b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2761\n" + (BUNDLED_SEEDS / SEED).read_bytes()
    problem = only(_article(write_level, data))
    assert problem.line == 3
    assert "rich text" in problem.message and "Make Plain Text" in problem.message


def test_an_article_with_old_mac_line_endings_has_its_paragraphs(write_level: Callable[..., Path]) -> None:
    data = (BUNDLED_SEEDS / SEED).read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r")
    loaded = load_level(_article(write_level, data))
    assert len(loaded.article.paragraphs) == len((BUNDLED_SEEDS / SEED).read_text().strip().split("\n")) - 1
    span = loaded.evidence["q1"]
    assert loaded.article.text[span.start : span.end] == 'threatens "grave consequences"'


def test_an_article_that_is_a_folder_or_a_link_loop_is_named_as_such(write_level: Callable[..., Path]) -> None:
    path = write_level(LEVEL.replace(SEED, "mine.txt"))
    seeds = path.parent.parent / "seeds"
    (seeds / "mine.txt").mkdir()
    assert only(path).message == "article `mine.txt`: seeds/mine.txt is a folder, not a file"
    (seeds / "mine.txt").rmdir()
    os.symlink("mine.txt", seeds / "mine.txt")
    problem = only(path)
    assert "points to itself" in problem.message and "did you mean" not in problem.message


@pytest.mark.parametrize(
    ("old", "new", "column"),
    [
        ("    type: who_said", "\u00a0\u00a0\u00a0\u00a0type: who_said", 1),  # indented with Word's spaces
        ("    answer: North", "    answer:\u00a0North", 12),  # after the colon
        ("    answer: North", "    answer\u00a0: North", 11),  # before it
        ("    answer: North", "    \u200banswer: North", 5),  # invisible, pasted from a web page
    ],
)
def test_a_non_breaking_or_invisible_space_in_the_layout_is_named_at_its_column(
    write_level: Callable[..., Path], old: str, new: str, column: int
) -> None:
    path = write_level(LEVEL.replace(old, new))
    problem = only(path)
    line = next(number for number, text in enumerate(LEVEL.split("\n"), 1) if text.startswith(old))
    assert (problem.column, problem.line) == (column, line)
    assert "space" in problem.message and "type an ordinary space" in problem.message


def test_a_non_breaking_space_inside_a_text_is_no_mistake(write_level: Callable[..., Path]) -> None:
    loaded = load_level(write_level(LEVEL.replace("tells you who", "tells\u00a0you who")))
    assert "\u00a0" in loaded.level.questions[0].explanation


@pytest.mark.parametrize("other", ["the fbi", "The  FBI", "THE FBI"])
def test_choices_a_student_cannot_tell_apart_are_refused(write_level: Callable[..., Path], other: str) -> None:
    text = LEVEL.replace(
        "[North Korea's foreign ministry, The FBI, Mark Stroh]",
        f"[North Korea's foreign ministry, The FBI, '{other}', Mark Stroh]",
    )
    problem = only(write_level(text))
    assert problem.message.startswith(f"choice `{other.strip()}` looks the same as `The FBI`")


@pytest.mark.parametrize("invisible", ["\u200b", "\u00ad", "\u2060", "\u200e"])
def test_an_invisible_character_pasted_into_a_quote_still_finds_it(
    write_level: Callable[..., Path], invisible: str
) -> None:
    loaded = load_level(write_level(LEVEL.replace('threatens "grave', f'threa{invisible}tens "grave')))
    span = loaded.evidence["q1"]
    assert loaded.article.text[span.start : span.end] == 'threatens "grave consequences"'


def test_a_near_miss_names_the_word_that_differs_not_an_opening_quotation_mark(
    write_level: Callable[..., Path],
) -> None:
    """The article has `promised "appropriate actions" to be taken`; the teacher ended the quote with a full stop."""
    path = write_level(LEVEL.replace('quote: threatens "grave consequences"', "quote: appropriate actions."))
    message = only(path).message
    assert message.endswith('(you wrote `actions.`, the article has `actions"`)'), message


def test_an_empty_question_type_says_it_is_empty(write_level: Callable[..., Path]) -> None:
    problem = only(write_level(LEVEL.replace("type: who_said", "type:")))
    assert "None" not in problem.message
    assert problem.message.startswith("`type` is empty: use")


def test_an_article_pasted_into_the_intro_is_refused_with_its_length(write_level: Callable[..., Path]) -> None:
    pasted = " ".join(["The council met on Tuesday and voted to rebuild the bridge."] * 200)
    problem = only(write_level(LEVEL.replace("intro: A level written by the tests.", f"intro: {pasted}")))
    assert (problem.line, problem.message) == (4, f"`intro` is too long ({len(pasted):,} characters, at most 2,000)")


def test_characters_the_fonts_cannot_draw_are_a_warning_at_their_line(write_level: Callable[..., Path]) -> None:
    text = LEVEL.replace("title: Test level", "title: Test level \U0001f309").replace(
        "tells you who speaks.", "tells you who speaks \u05e9\u05dc\u05d5\u05dd. Caf\u00e9 \u201cfine\u201d \u2013 ok."
    )
    loaded = load_level(write_level(text))
    said = [(w.line, w.severity, w.message) for w in loaded.warnings]
    assert [(line, severity) for line, severity, _ in said] == [(2, "warning"), (11, "warning")]
    assert "cannot draw \U0001f309:" in said[0][2] and "empty boxes" in said[0][2]
    assert "cannot draw \u05e9 \u05dc \u05d5 \u05dd:" in said[1][2]  # and not the accent, curly quotes or dash


def test_an_article_with_characters_the_fonts_cannot_draw_is_said_once(write_level: Callable[..., Path]) -> None:
    path = write_level(LEVEL)
    seed = path.parent.parent / "seeds" / SEED
    seed.write_text(seed.read_text(encoding="utf-8") + "\u041f\u0440\u0438\u0432\u0435\u0442 \U0001f600\n", "utf-8")
    [warning] = load_level(path).warnings
    assert warning.line == 3 and warning.message.startswith(f"seeds/{SEED} line ")
    assert "cannot draw \u041f \u0440 \u0438 \u0432 \u0435 \u0442 \U0001f600:" in warning.message


def test_the_title_keeps_its_own_shorter_limit(write_level: Callable[..., Path]) -> None:
    problem = only(write_level(LEVEL.replace("title: Test level", "title: " + "A very long title " * 4)))
    assert problem.message == "`title` is too long (71 characters, at most 60)"


def test_a_level_saved_as_windows_ansi_names_the_character_and_how_to_save_it(
    write_level: Callable[..., Path],
) -> None:
    path = write_level(LEVEL)
    path.write_bytes(LEVEL.replace("who speaks.", "who\u2019s speaking.").encode("cp1252"))
    problem = only(path)
    assert (problem.line, problem.column) == (11, 52)
    assert problem.message == (
        "not UTF-8 text (byte 0x92, a Windows \u2019): save the file as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"
    )


def test_a_second_level_in_one_file_says_to_split_it(write_level: Callable[..., Path]) -> None:
    problem = only(write_level(LEVEL + "---\n" + LEVEL))
    assert problem.line == LEVEL.count("\n") + 1
    assert problem.message.endswith("put each level in a file of its own")
