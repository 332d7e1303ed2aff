"""The size limit of one document (``--max-size``, ``max-size``), and how
many of one document's findings of one rule ``check`` lists
(:data:`LISTED_PER_RULE`).

Cleaning takes about 21 bytes of memory a byte of input at its peak (a
200 MB one-line text peaked at 4.3 GB), so the command line refuses a
document larger than a limit — 16 MB by default, far above any news article
(a few hundred KB at most), and with ``-j2`` at most ~2 × 21 × 16 MB ≈ 700
MB of workers. What is over it is an error naming it, its size and the
limit; it is left untouched, and the batch goes on. A plain file is judged
by its size before it is read; a stream (stdin, a gzip file) while it is
read, never past the limit (the command line then reads the rest of its
stdin and drops it: :func:`cleaner.io.drain`). A JSONL record is judged by its text field
(what is cleaned; its metadata and other fields are not counted), once its
line is parsed; a line is never read past :data:`LINE_BOUND` times the
limit (64 MB by default), so one huge line cannot fill memory: a longer one
is read past in slices, never held, an error of its record.

The Python API (:func:`cleaner.clean`, :meth:`cleaner.Pipeline.run`,
:func:`cleaner.batch.clean_paths` without ``max_size``) has no limit: the
caller decides.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Iterator

#: How many findings of one rule in one document ``check`` lists in its
#: human outputs (``full``, ``concise``, ``github``), in their order in the
#: document; the rest of that rule's are one line, ``path: ... and N more
#: findings of CODE (--all lists them)``, and the summary counts what was
#: not listed. A real page has rarely more than a hundred of one rule (over
#: 400 news pages, 12 of 2,900 page-and-rule pairs; the most, 190 lines of
#: a menu), while a pathological one (300,000 lines of a share bar) would
#: list a line for each: a pre-commit run or a CI log that a human reads
#: learns nothing from the 101st. ``check --all`` lists them all; the
#: machine outputs (``--output-format json``, ``--report``) are never cut.
LISTED_PER_RULE = 100

#: The default limit of the command line, in bytes (16 MB).
DEFAULT_MAX_SIZE = 16 << 20

#: How many times the limit a JSONL line may take to be read and parsed,
#: its record then judged by its text field: room for JSON's escapes (a
#: non-ASCII text written as ``\uXXXX`` takes two to three times its UTF-8
#: bytes) and for metadata beside the text, while a line is still never
#: held past a bound.
LINE_BOUND = 4


def line_bound(limit: int) -> int:
    """The most bytes of a JSONL line read under the size ``limit`` (0: no
    limit, no bound)."""
    return LINE_BOUND * limit

_UNITS = {"": 1, "B": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
_SIZE = re.compile(r"(\d+)\s*(?:([KMGT])(?:I?B)?|B)?", re.IGNORECASE)


def parse_size(value: object) -> int:
    """Bytes from a size as ``--max-size`` takes it: ``500K``, ``16M``,
    ``1G`` (K = 1024 bytes; ``KB``, ``MiB`` read the same), plain bytes (a
    string or, from TOML, an integer); ``0`` or ``none``: no limit (0).
    Raises ValueError saying what is expected."""
    if isinstance(value, bool):
        raise ValueError("expected a size such as 500K, 16M or 1G (or 0/none: no limit)")
    if isinstance(value, int):
        if value < 0:
            raise ValueError("expected a size >= 0 (0: no limit)")
        return value
    if isinstance(value, str):
        s = value.strip()
        if s.lower() in ("none", "0"):
            return 0
        m = _SIZE.fullmatch(s)
        if m:
            return int(m.group(1)) * _UNITS[(m.group(2) or "").upper()]
    raise ValueError("expected a size such as 500K, 16M or 1G (or 0/none: no limit)")


def format_size(n: int) -> str:
    """``16 MB``, ``500 KB``, ``1.5 GB``, ``900 bytes``: K = 1024."""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= size:
            v = n / size
            return f"{v:.0f} {unit}" if v == int(v) or v >= 100 else f"{v:.1f} {unit}"
    return f"{n} byte{'' if n == 1 else 's'}"


def _suggested(size: int) -> str:
    """A ``--max-size`` that takes ``size`` bytes: rounded up to a KB, MB, GB."""
    for unit, n in (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if size >= n:
            return f"{-(-size // n)}{unit}"
    return str(size)


def _bytes(n: int) -> str:
    """``16 MB (16777216 bytes)``, but ``900 bytes`` once."""
    said = format_size(n)
    return said if n < 1 << 10 else f"{said} ({n} bytes)"


def too_large(where: str, limit: int, size: int | None = None, what: str = "",
              outcome: str = "not cleaned, left as it was", bound: int = 0) -> str:
    """The error of a document over ``limit``: ``size`` bytes, or (None) a
    stream known only to be larger (read no further, so no limit that takes
    it can be named); ``what`` it is (``"a record of "``), ``outcome`` what
    became of it. ``bound``: it is a JSONL line over the line bound (see
    :func:`line_bound`), not the limit, that was hit; the ``--max-size``
    named is the one whose bound the line is under (``size`` / bound ×
    limit, rounded up: a line of 18 KB under a limit of 5K reads, where 18K
    would be far more than its text needs), from which its text is then
    measured."""
    said = _bytes(size) if size is not None else f"more than {format_size(limit)}"
    if bound and size is not None:
        over = (f"over the line bound of {format_size(bound)} ({bound // limit} times the "
                f"size limit of {format_size(limit)})")
        raise_it = (f"--max-size {_suggested(-(-size * limit // bound))} or more (or "
                    "max-size in [tool.cleaner]) reads it, its text then measured against it")
        return f"{where}: {what}{said}, {over}: {outcome}; {raise_it}; 0 lifts the limit"
    raise_it = (f"--max-size {_suggested(size)}" if size is not None
                else "a larger --max-size")
    return (f"{where}: {what}{said}, over the size limit of {_bytes(limit)}: "
            f"{outcome}; {raise_it} (or max-size in [tool.cleaner]) takes it, "
            "0 lifts the limit")


#: bytes of the first read of :func:`read_limited` (most articles are less)
_FIRST_READ = 1 << 16


def read_limited(fh: IO[bytes], limit: int, head: bytes = b"") -> bytes | None:
    """What is left of ``fh`` after ``head``, read whole (``head`` first),
    or None when that is more than ``limit`` bytes: no more than ``limit``
    + 1 bytes are ever read."""
    if not limit:
        return head + fh.read()
    if len(head) > limit:
        return None
    want = limit + 1 - len(head)
    # a read of ``want`` bytes has Python allocate that many (the default
    # limit: 16 MB, mapped and unmapped for every file) however few the
    # file holds, which made reading an article of 6 KB 68 µs instead of
    # 20: a first read of at most _FIRST_READ, the rest when there is more
    rest = fh.read(min(want, _FIRST_READ))
    if len(rest) == _FIRST_READ and want > _FIRST_READ:
        rest += fh.read(want - _FIRST_READ)
    data = head + rest
    return None if len(data) > limit else data


@dataclass(frozen=True)
class LongLine:
    """What :func:`lines_limited` gives for a line over the limit, read past
    without being kept: its size in bytes (without its line break and a
    UTF-8 BOM), and whether a line break ended it."""

    size: int
    newline: bool = True
    limit: int = 0
    bound: int = 0   # the bound it is over, when not the limit itself


_SKIP = 1 << 20


def lines_limited(fh: IO[bytes], limit: int,
                  bound: int | None = None) -> Iterator[bytes | LongLine]:
    """The lines of ``fh`` as iterating it gives them, but a line longer
    than ``bound`` bytes (``limit`` when None; without its line break and a
    UTF-8 BOM) comes as a :class:`LongLine`: it is read in slices and
    dropped, never held."""
    if not limit:
        yield from fh
        return
    over = limit if bound is None else max(bound, limit)
    # room for a BOM (3) and a CRLF (2) around a line exactly at the bound
    cap = over + 5
    while True:
        line = fh.readline(cap)
        if not line:
            return
        size = len(line)
        last = line
        if not line.endswith(b"\n") and len(line) == cap:
            # longer than cap: the rest of it counted, a slice at a time
            while True:
                part = fh.readline(_SKIP)
                if not part:
                    break
                size += len(part)
                last = part
                if part.endswith(b"\n"):
                    break
        newline = last.endswith(b"\n")
        size -= newline + (newline and last.endswith(b"\r\n"))
        if line.startswith(b"\xef\xbb\xbf"):
            size -= 3
        yield (LongLine(size, newline, limit, 0 if over == limit else over)
               if size > over else line)
