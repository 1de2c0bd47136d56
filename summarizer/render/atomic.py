"""Write output files atomically: a reader sees the old file or the new one, never half of one.

The writer gets a temporary path in the destination's own folder (so the final
``os.replace`` is a rename on one file system, which is atomic on POSIX and Windows).
If the writer raises, the temporary file is removed and whatever was at the destination
before is left untouched.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

__all__ = ["atomic_write"]


def atomic_write(path: Path | str, writer: Callable[[Path], None]) -> Path:
    """Call ``writer(tmp_path)`` then move ``tmp_path`` onto ``path``; return ``path``.

    ``writer`` must write the complete file at the path it is given (it may open it in text
    or binary mode, or hand the path to a library such as python-docx). The destination's
    folder must exist. On any exception, the temporary file is deleted and the exception
    propagates; the destination is not touched.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    # Keep the real suffix last: some libraries pick a format from the extension.
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=f".tmp{path.suffix}", dir=folder
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer(tmp)
        _fsync(tmp)
        _set_permissions(tmp, path)
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except FileNotFoundError:
            pass
        raise
    return path


def _fsync(path: Path) -> None:
    """Flush the file's data to disk before the rename makes it visible."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _set_permissions(tmp: Path, path: Path) -> None:
    """mkstemp creates files 0600: keep the mode of the file being replaced, or give the
    result the mode a plain ``open`` would (0666 less the umask)."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0o022)  # the only portable way to read the umask is to set it
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)
