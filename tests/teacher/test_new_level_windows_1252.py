"""`byline new-level` on an article saved in Windows' own encoding (Notepad's "ANSI", Windows-1252).

Playtest 7: the article was copied into seeds/ byte for byte, so every `byline validate` after it warned
"not UTF-8 ... save it as UTF-8", naming a file the teacher never made. The copy is now written as UTF-8, the
same text, said once when it is made.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.cli import main
from game.content.articlefile import read_article
from game.content.model import WhoSaid
from game.content.validate import load_level

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def ansi(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The worked example's article with a Windows apostrophe and line ends, saved as Windows-1252."""
    monkeypatch.chdir(tmp_path)
    text = (DATA / "river-bridge.txt").read_text(encoding="utf-8")
    text = text.replace("Ortiz said", "Ortiz\u2019s aide said").replace("\n", "\r\n")
    (tmp_path / "bridge.txt").write_bytes(text.encode("cp1252"))
    return tmp_path / "bridge.txt"


def test_the_seed_is_written_as_utf8_and_validates_clean(ansi: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new-level", "bridge.txt"]) == 0
    printed = capsys.readouterr()
    seed = Path("seeds") / "bridge.txt"
    assert printed.out.splitlines()[0] == (
        f"copied the article to {seed}, converted to UTF-8 from Windows-1252: bridge.txt line 3 is not UTF-8 text "
        "(byte 0x92, a Windows \u2019)"
    )
    assert printed.err == ""  # said once, on the line about the copy
    assert seed.read_bytes() == ansi.read_bytes().decode("cp1252").encode("utf-8")
    # what the level's quotes point into: the very text the draft was made from, line ends and all
    assert read_article(seed).article.text == read_article(ansi).article.text
    loaded = load_level(Path("levels") / "bridge.yaml")
    assert not [w for w in loaded.warnings if "UTF-8" in w.message]
    who = {q.quote: q.answer for q in loaded.level.questions if isinstance(q, WhoSaid)}
    assert who["This bridge is the heart of our town."] == "Mayor Helen Ortiz\u2019s aide"  # the apostrophe read right
    assert main(["validate"]) == 0
    assert "UTF-8" not in capsys.readouterr().out

    # the same article again, for a second level: the UTF-8 copy is the same article, not one that "differs"
    assert main(["new-level", "bridge.txt", "-o", "levels/bridge-2.yaml"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == f"the article is already in {seed}"


def test_an_article_already_in_seeds_as_it_is_is_left_alone(ansi: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Windows-1252 article a teacher put in seeds/ by hand, that other levels may point into, is not rewritten."""
    (ansi.parent / "seeds").mkdir()
    seed = ansi.parent / "seeds" / "bridge.txt"
    shutil.copyfile(ansi, seed)
    assert main(["new-level", str(seed), "-o", "levels/bridge.yaml"]) == 0
    printed = capsys.readouterr()
    assert printed.out.startswith(f"the article is already in {Path('seeds/bridge.txt')}")
    assert "read it as Windows-1252" in printed.err
    assert seed.read_bytes() == ansi.read_bytes()


def test_refusals_name_the_teachers_file_not_the_converted_copy(ansi: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ansi.parent / "seeds").mkdir()
    (ansi.parent / "seeds" / "bridge.txt").write_text("Another Article\nWith other words.\n", encoding="utf-8")
    assert main(["new-level", "bridge.txt"]) == 1
    assert capsys.readouterr().err == (
        f"byline new-level: {Path('seeds/bridge.txt')} already exists and differs from bridge.txt: levels find "
        "articles by file name, so rename your article\n"
    )
