"""Reading an article file a teacher supplies: what can go wrong with it, said once, with what to do.

The article is evidence, so it is read as it is and never changed; but a teacher's
file may be huge, not a file at all (a FIFO would block the reader forever), saved in
Windows' own encoding, or pasted from a web page with a line break every 70
characters.  Each gets one clear message about the article, instead of a traceback
or a "not found" for every quote of the level.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from game.content.article import MAX_ARTICLE_BYTES, Article, fold_quotes
from game.content.files import RefusedFile, not_plain_text, read_limited

_MB = 1024 * 1024
FALLBACK_ENCODING = "cp1252"
"""What Word and Notepad on Windows save as "ANSI": most non-UTF-8 articles a teacher has are in it."""
_SENTENCE_END = re.compile(r"""[.!?:;"'\u201d\u2019)\]\u2026]\s*$""")
_WORD_START = re.compile(r"\s*[a-z(]")


class ArticleFileError(ValueError):
    """Why an article cannot be read, in words a teacher can act on."""


@dataclass(frozen=True)
class ArticleFile:
    """An article read from disk, its bytes, and a warning when it was not UTF-8 but could still be read."""

    article: Article
    raw: bytes
    warning: str | None = None


def read_article(path: Path, name: str | None = None) -> ArticleFile:
    """The article in `path`; raises ArticleFileError (or OSError) with a message a teacher can act on."""
    name = name or path.name
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise ArticleFileError(
            f"{name} is not a regular file (a folder, device or pipe): save the article as a .txt file"
        )
    if info.st_size > MAX_ARTICLE_BYTES:
        raise ArticleFileError(_too_big(name, info.st_size))
    try:
        raw = read_limited(path, MAX_ARTICLE_BYTES)  # checked again on the file opened: it may have changed
    except RefusedFile as exc:
        raise ArticleFileError(f"{name}: {exc.strerror}") from None
    text, warning = decode(raw, name)
    if found := web_code(text):
        line, code = found
        raise ArticleFileError(
            f"{name} line {line} is a web page's code (`{code}`), which students would see as it is: open the page "
            "in a browser, select the article's text, copy it and paste it into a plain text file"
        )
    try:
        return ArticleFile(Article.shared(text, name), raw, warning)
    except ValueError:
        raise ArticleFileError(f"{name} is empty: the first line is the headline, then one paragraph a line") from None


_WEB_CODE = re.compile(
    r"<!doctype\b|</?(?:p|div|span|br|hr|h[1-6]|a|b|i|u|em|strong|html|head|body|title|meta|link|script|style"
    r"|li|ul|ol|img|table|tr|td|th|article|section|header|footer|nav|figure|figcaption|blockquote)\b[^<>\n]*>"
    r"|&(?:nbsp|amp|quot|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|pound|euro|copy|#\d{2,5}|#x[0-9a-f]{2,4});",
    re.IGNORECASE,
)
"""What only a web page's source has: its tags (`<p>`, `</div>`) and character codes (`&ldquo;`, `&#8217;`)."""


def web_code(text: str) -> tuple[int, str] | None:
    """The line and text of the first piece of web page code in an article (saved with "View source" or
    "Save as: Web page, HTML only"), or None."""
    found = _WEB_CODE.search(text)
    if not found:
        return None
    return text.count("\n", 0, found.start()) + 1, found.group()


def _too_big(name: str, size: int) -> str:
    return (
        f"{name} is {size / _MB:.1f} MB; the limit is {MAX_ARTICLE_BYTES / _MB:.0f} MB for an article: "
        "keep only the article's own text"
    )


def decode(raw: bytes, name: str) -> tuple[str, str | None]:
    """UTF-8 text, else Windows-1252 with a warning naming the first line that is not UTF-8; an error for
    UTF-16 and word-processor files, which would otherwise be read as nonsense."""
    if why := not_plain_text(raw):
        raise ArticleFileError(f"{name} {why}")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = raw[exc.start]
    try:
        text = raw.decode(FALLBACK_ENCODING)
    except UnicodeDecodeError:
        raise ArticleFileError(
            f"{name} line {line} is not UTF-8 text (byte 0x{byte:02x}): open it in a text editor and save it "
            "as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"
        ) from None
    return (
        text,
        f"{name} {first_windows_byte(raw)}: read it as Windows-1252; save it as UTF-8 so every computer reads it "
        "the same",
    )


def first_windows_byte(raw: bytes) -> str:
    """Where a Windows-1252 text first stops being UTF-8, and the character it shows there, in words such as
    `line 3 is not UTF-8 text (byte 0x92, a Windows ...)`."""
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = raw[exc.start]
        line = raw.count(b"\n", 0, exc.start) + 1
        return f"line {line} is not UTF-8 text (byte 0x{byte:02x}, a Windows {bytes([byte]).decode(FALLBACK_ENCODING)})"
    raise ValueError("the text is UTF-8")


def as_utf8(raw: bytes) -> bytes | None:
    """An article saved in Windows' own encoding (Windows-1252) as UTF-8: the same text, so every quote of a
    level finds the same words at the same place; None when it is UTF-8 already (kept byte for byte)."""
    try:
        raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode(FALLBACK_ENCODING).encode("utf-8")
    return None


def broken_lines(article: Article) -> list[int]:
    """Lines of the paragraphs that end mid-sentence while the next line goes on: a paragraph broken up.

    A text pasted from a web page or a PDF often has a line break every 70 characters; Byline
    reads each line as a paragraph, so a quote running over two lines is never found.
    """
    lines = article.text.split("\n")
    return [
        number
        for number in range(2, len(lines))  # line 1 is the headline: it needs no full stop
        if lines[number - 1].strip()
        and lines[number].strip()
        and not _SENTENCE_END.search(lines[number - 1])
        and _WORD_START.match(lines[number])
    ]


def joined(article: Article) -> Article:
    """The article with each broken paragraph joined back into one line, to tell what the breaks cost."""
    broken = set(broken_lines(article))
    lines = article.text.split("\n")
    text = "".join(line.rstrip("\r") + (" " if number in broken else "\n") for number, line in enumerate(lines, 1))
    return Article(text, article.name)


def broken_paragraphs_message(article: Article, lost: int = 0, shown: str = "") -> str:
    """What is wrong with the article (shown as `shown`, else its seeds/ path) and how to fix it, said once
    (for the `lost` passages of a level it hides)."""
    first = broken_lines(article)[0]
    tail = fold_quotes(article.text.split("\n")[first - 1].rstrip())[-30:]
    count = f"{lost} passage{'s' if lost != 1 else ''} of this level {'are' if lost != 1 else 'is'}"
    cost = f", so {count} split over two lines and cannot be found" if lost else ""
    return (
        f"{shown or 'seeds/' + article.name} has line breaks inside its paragraphs (line {first} ends mid-sentence: "
        f"`...{tail}`){cost}: put each paragraph on one line, with a line break only between paragraphs "
        "(join the lines in a text editor), then try again"
    )
