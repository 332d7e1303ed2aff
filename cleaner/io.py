"""Reading and writing documents: decoding bytes, atomic writes."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


class InputError(Exception):
    """A file that cannot be cleaned; the message names the problem."""


def decode(data: bytes, name: str = "<input>") -> str:
    """Bytes to text: UTF-8 (a BOM allowed), else Windows-1252 when the bytes
    are valid in it. Binary data is refused."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (NUL bytes), skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{name}: not UTF-8 ({exc.reason} at byte {exc.start}) "
                             "and not Windows-1252") from None


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    return decode(data, str(path))


def write_atomic(path: Path, text: str, mode: int | None = None) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so
    that ``path`` is never half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
