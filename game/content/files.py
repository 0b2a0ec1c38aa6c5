"""Reading a file someone handed Byline: only a regular file, and only up to a size cap.

Every file Byline reads (levels, articles, the kiosk config, saves, the PIN
record) comes through `read_limited`. A path can name a FIFO (opening it for
reading would wait for a writer forever), a device such as /dev/zero (endless)
or a huge file; each is refused with an `OSError` whose `strerror` says why,
so the callers' existing "cannot read" messages and notices cover it.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
"""Non-blocking, so opening a FIFO returns at once (and is then refused) instead of waiting for a writer."""


class RefusedFile(OSError):
    """A path that is not a regular file, or a file over its size cap: never read."""


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file `path`; RefusedFile for anything else or anything larger than `max_bytes`."""
    fd = os.open(path, _FLAGS)
    try:
        info = os.fstat(fd)  # of what was opened, so a swap after a check cannot sneak a FIFO in
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFile(errno.EINVAL, "not a regular file (a folder, device or pipe)", str(path))
        if info.st_size > max_bytes:
            raise RefusedFile(errno.EFBIG, f"file is {info.st_size:,} bytes; the limit is {max_bytes:,}", str(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, max_bytes + 1 - size):  # a file growing while read is still capped
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise RefusedFile(errno.EFBIG, f"file is over the limit of {max_bytes:,} bytes", str(path))
        return b"".join(chunks)
    finally:
        os.close(fd)


def not_a_file(path: Path) -> str | None:
    """Why an entry named like a file cannot be read as one (a folder, a link that leads nowhere), else None.

    Said as the rest of a sentence that starts with the file's name, for a teacher who sees only a name.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "is a link (shortcut) that points to itself: delete it and put the real file here"
        try:
            target = os.readlink(path)  # only a link that leads nowhere has one; anything else is not there
        except (OSError, ValueError):
            return None
        return f"is a link (shortcut) to `{target}`, which does not exist: put the real file here"
    except ValueError:  # a name the system cannot take (a NUL byte)
        return None
    return "is a folder, not a file" if stat.S_ISDIR(info.st_mode) else None


_NOT_TEXT = (
    (b"PK\x03\x04", "a Word document (or another office file)", "in Word: Save As, Plain Text (.txt), UTF-8"),
    (b"\xd0\xcf\x11\xe0", "a Word document", "in Word: Save As, Plain Text (.txt), UTF-8"),
    (b"{\\rtf", "a rich text (RTF) file", "in TextEdit: Format > Make Plain Text; in Word: Save As Plain Text"),
    (b"%PDF", "a PDF", "copy its text into a plain text editor and save that as UTF-8"),
)
"""Files a word processor made: what they are, and how to save them as the plain text Byline reads."""


def not_plain_text(raw: bytes) -> str | None:
    """Why these bytes are not a plain text file a teacher meant to save, said as the rest of a sentence
    that starts with the file's name, or None.

    Notepad's "Unicode" is UTF-16: every other byte of English text is a zero, which no UTF-8 text has.
    """
    head = raw[:512]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head.count(0) > len(head) // 4:
        return "is saved as UTF-16 (Notepad calls it Unicode): save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8)"
    for magic, kind, how in _NOT_TEXT:
        if raw.startswith(magic):
            return f"is {kind}, not plain text: save it as plain text ({how})"
    return None
