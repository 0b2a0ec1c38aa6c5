"""What is wrong with an article file is said once, about the article, with what to do."""

from __future__ import annotations

import os
import shutil
import textwrap
from pathlib import Path

import pytest

from game.authoring.draft import DraftError, new_level
from game.content.article import MAX_ARTICLE_BYTES
from game.content.pack import load_pack

DATA = Path(__file__).parent.parent / "data"
ARTICLE = DATA / "corpus" / "01-library-cuts.txt"


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    """A valid drafted level in a folder of its own, whose seed a test may then spoil."""
    shutil.copy(ARTICLE, tmp_path / "cuts.txt")
    return new_level(tmp_path / "cuts.txt", tmp_path / "levels" / "cuts.yaml").level


def problems(level: Path) -> list[str]:
    """Each problem as `FILE:LINE: severity: message`; LINE is ARTICLE when it is the level's `article:` line."""
    article_line = level.read_text(encoding="utf-8").splitlines().index("article: cuts.txt") + 1
    return [
        f"{p.file}:{'ARTICLE' if p.line == article_line else p.line}: {p.severity}: {p.message}"
        for p in load_pack([level], drafts=True).problems
        if "TODO" not in p.message
    ]


def test_paragraphs_broken_over_lines_are_reported_once_about_the_article(drafted: Path) -> None:
    seed = drafted.parent.parent / "seeds" / "cuts.txt"
    lines = seed.read_text(encoding="utf-8").splitlines()
    seed.write_text("\n".join([lines[0], *(textwrap.fill(p, 60) for p in lines[1:])]) + "\n", encoding="utf-8")
    (message,) = problems(drafted)
    assert message.startswith(
        f"{drafted}:ARTICLE: error: seeds/cuts.txt has line breaks inside its paragraphs (line 2 "
    )
    assert "passages of this level are split over two lines and cannot be found" in message
    assert message.endswith(
        "put each paragraph on one line, with a line break only between paragraphs "
        "(join the lines in a text editor), then try again"
    )


def test_new_level_refuses_an_article_with_broken_paragraphs(tmp_path: Path) -> None:
    lines = ARTICLE.read_text(encoding="utf-8").splitlines()
    source = tmp_path / "wrapped.txt"
    source.write_text("\n".join([lines[0], *(textwrap.fill(p, 50) for p in lines[1:])]) + "\n", encoding="utf-8")
    with pytest.raises(DraftError, match=r"wrapped.txt has line breaks inside its paragraphs \(line 2 ends"):
        new_level(source, tmp_path / "levels" / "wrapped.yaml")


def test_a_windows_1252_article_is_read_with_a_warning_naming_the_line(drafted: Path) -> None:
    seed = drafted.parent.parent / "seeds" / "cuts.txt"
    text = seed.read_text(encoding="utf-8").replace("Residents who came", "Residents\u2019 friends who came")
    seed.write_bytes(text.encode("cp1252"))
    assert problems(drafted) == [
        f"{drafted}:ARTICLE: warning: cuts.txt line 8 is not UTF-8 text (byte 0x92, a Windows \u2019): read it as "
        "Windows-1252; save it as UTF-8 so every computer reads it the same"
    ]


def test_an_article_that_is_not_text_says_which_line_and_to_save_it_as_utf8(drafted: Path) -> None:
    seed = drafted.parent.parent / "seeds" / "cuts.txt"
    seed.write_bytes(seed.read_bytes().replace(b"Frankly", b"Frankly \x81"))
    assert problems(drafted) == [
        f"{drafted}:ARTICLE: error: cannot use article `cuts.txt`: cuts.txt line 8 is not UTF-8 text (byte 0x81): "
        "open it in a text editor and save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"
    ]


def test_an_article_over_the_size_limit_is_refused_before_it_is_read(drafted: Path) -> None:
    seed = drafted.parent.parent / "seeds" / "cuts.txt"
    with seed.open("ab") as file:
        file.truncate(MAX_ARTICLE_BYTES + 1)
    assert problems(drafted) == [
        f"{drafted}:ARTICLE: error: cannot use article `cuts.txt`: cuts.txt is 1.0 MB; "
        "the limit is 1 MB for an article: keep only the article's own text"
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_not_read_so_nothing_hangs(drafted: Path, tmp_path: Path) -> None:
    seed = drafted.parent.parent / "seeds" / "cuts.txt"
    seed.unlink()
    os.mkfifo(seed)
    (message,) = problems(drafted)
    assert "not a regular file (a folder, device or pipe): save the article as a .txt file" in message
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(DraftError, match=r"pipe\.txt is not a regular file"):
        new_level(tmp_path / "pipe.txt", tmp_path / "levels" / "pipe.yaml")
