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
