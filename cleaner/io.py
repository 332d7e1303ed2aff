"""Reading and writing documents: decoding bytes, atomic writes, JSONL lines.

Nothing here knows about rules. The batch runner (:mod:`cleaner.batch`) uses
these helpers to move bytes between files and the pipeline without ever
leaving a half-written file behind, and without guessing an encoding silently.
"""
from __future__ import annotations

import codecs
import contextlib
import errno
import gzip
import io
import os
import signal
import stat
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterator

try:
    # the C function under signal.signal (CPython's, undocumented): the
    # wrapper's conversions to and from enums took 24 of the 51 µs that
    # deferred_interrupts cost a written file
    from _signal import signal as _set_handler
except ImportError:  # pragma: no cover - another Python
    _set_handler = signal.signal

from . import lazyre

#: A decoded document whose non-ASCII characters make up more than this share
#: of its letters is not Western-European text read as Windows-1252: it is
#: another encoding (Cyrillic, Greek, CJK…) that cp1252 happens to accept.
CP1252_MAX_NON_ASCII = 0.30
#: Bytes that are neither UTF-8 nor Windows-1252 are read as UTF-8 (with
#: U+FFFD) when at most one byte in this many is invalid.
INVALID_UTF8_MAX_SHARE_INV = 100
#: Prefix of the temporary files :func:`write_atomic` creates beside a target.
TMP_PREFIX = "."
TMP_SUFFIX = ".cleaner-tmp"


#: The first bytes of a gzip stream.
GZIP_MAGIC = b"\x1f\x8b"
#: What a gzip stream that cannot be read raises, besides OSError
#: (gzip.BadGzipFile): a stream cut short, a corrupt block.
GZIP_ERRORS = (OSError, EOFError, __import__("zlib").error)


def open_input(path: str | os.PathLike) -> IO[bytes]:
    """``path`` opened to read bytes, decompressed as it is read when it is
    gzip (by its first bytes, whatever its name): a ``.jsonl.gz`` shard is
    streamed, never held whole."""
    fh = open(path, "rb")
    try:
        gz = fh.peek(2)[:2] == GZIP_MAGIC
    except BaseException:
        fh.close()
        raise
    if not gz:
        return fh
    fh.close()
    return gzip.open(path, "rb")


def gunzip_stream(fh: IO[bytes]) -> IO[bytes]:
    """A stream (stdin) decompressed as it is read when it starts as gzip,
    else the stream itself. Its first bytes are looked at without taking
    them (``peek``, or a seek back); a stream that allows neither is taken
    as it is."""
    if hasattr(fh, "peek"):
        head = fh.peek(2)[:2]  # type: ignore[attr-defined]
    else:
        try:
            if not fh.seekable():
                return fh
            head = fh.read(2)
            fh.seek(-len(head), io.SEEK_CUR)
        except (OSError, ValueError, AttributeError):
            return fh
    if head == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=fh, mode="rb")  # type: ignore[return-value]
    return fh


class _TextSink(io.RawIOBase):
    """Bytes (UTF-8) written to a text stream that has no binary buffer,
    decoded as they come (a character split between two writes waits for
    the rest of it)."""

    def __init__(self, text: Any) -> None:
        self._text = text
        self._decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        data = bytes(data)
        text = self._decoder.decode(data)
        if text:
            self._text.write(text)
        return len(data)

    def flush(self) -> None:
        flush = getattr(self._text, "flush", None)
        if flush is not None:
            flush()


class _TextSource(io.RawIOBase):
    """A text stream that has no binary buffer, read as UTF-8 bytes."""

    def __init__(self, text: Any) -> None:
        self._text = text
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        while not self._pending:
            chunk = self._text.read(1 << 16) if self._text is not None else ""
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8", "surrogateescape")
        n = min(len(buf), len(self._pending))
        buf[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def binary_writer(stream: Any) -> IO[bytes]:
    """The bytes side of the text stream ``stream`` (``sys.stdout``,
    ``sys.stderr``): its ``buffer``; where it has none (an ``io.StringIO``
    under ``contextlib.redirect_stdout``, a notebook's stream) what is
    written is decoded from UTF-8 and written to the text stream itself."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        return stream   # already a bytes stream
    return _TextSink(stream)  # type: ignore[return-value]


def binary_reader(stream: Any) -> IO[bytes]:
    """The bytes side of the text stream ``stream`` (``sys.stdin``): its
    ``buffer``; where it has none (an ``io.StringIO`` put in its place),
    its text encoded as UTF-8 (no stream at all: nothing)."""
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    if isinstance(stream, (io.RawIOBase, io.BufferedIOBase)):
        return stream
    return io.BufferedReader(_TextSource(stream))  # type: ignore[return-value]


def gzip_writer(fh: IO[bytes]) -> gzip.GzipFile:
    """A gzip stream into ``fh`` (an output whose name ends in ``.gz``),
    the same bytes for the same content (no name, no time in its header),
    so that an output rewritten with what it holds is left as it is;
    ``close()`` ends the stream and leaves ``fh`` open."""
    return gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=0, compresslevel=6)


def gzip_problem(data: bytes, name: str) -> str | None:
    """The message for a document that is gzip data where text is read."""
    if not data.startswith(GZIP_MAGIC):
        return None
    return (f"{name}: gzip-compressed; only JSONL is read compressed (name it .jsonl.gz, "
            "or give --format jsonl); decompress it first (zcat FILE | cleaner clean -)")


class StreamError(OSError):
    """Writing a standard stream failed for another reason than a closed
    pipe (a full disk, ``> /dev/full``, a quota): the command says so and
    exits 2, where it printed a traceback. (A closed pipe, ``| head``,
    stays a ``BrokenPipeError``, which ends the command quietly.)"""


class GuardedStream:
    """``stream`` (standard output, text or bytes) whose failed writes
    raise :class:`StreamError` naming it; everything else is the stream's."""

    def __init__(self, stream: Any, name: str = "standard output") -> None:
        self._stream = stream
        self._name = name

    def _failed(self, exc: OSError) -> StreamError:
        return StreamError(exc.errno, f"cannot write {self._name} ({exc.strerror or exc})")

    def write(self, data: Any) -> Any:
        try:
            return self._stream.write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._failed(exc) from None

    def __getattr__(self, attr: str) -> Any:
        return getattr(self._stream, attr)


class ClosedStream:
    """Standard input or output closed before the command started (``<&-``,
    ``>&-``; a daemon's): Python has None for it. Reading or writing it
    raises :class:`StreamError` saying so; a run that does not use it runs
    as usual."""

    def __init__(self, what: str) -> None:
        self._what = what

    def _closed(self, *args: Any) -> Any:
        raise StreamError(errno.EBADF, f"cannot {self._what} (it is closed)")

    read = read1 = readline = readinto = peek = write = _closed

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False

    def seekable(self) -> bool:
        return False


def stdout_bytes() -> Any:
    """The bytes of ``sys.stdout`` (:func:`binary_writer`), whose failed
    writes are said (:class:`GuardedStream`); closed: :class:`ClosedStream`."""
    if sys.stdout is None:
        return ClosedStream("write standard output")
    return GuardedStream(binary_writer(sys.stdout))


def stdin_bytes() -> Any:
    """The bytes of ``sys.stdin`` (:func:`binary_reader`); closed (``<&-``):
    :class:`ClosedStream`, an error when read, where ``binary_reader(None)``
    reads nothing (``cat <&-`` fails too)."""
    if sys.stdin is None:
        return ClosedStream("read standard input")
    return binary_reader(sys.stdin)


#: The most :func:`drain` drops: a writer that never ends (``yes |``) must
#: not keep a finished run waiting; past this much it gets EPIPE, as from
#: any reader that stops.
DRAIN_MAX = 1 << 30


def drain(fh: IO[bytes], size: int = 1 << 16, most: int = DRAIN_MAX) -> int:
    """Read what is left of ``fh`` to its end and drop it, ``size`` bytes at
    a time (memory does not grow), and return how many bytes that was. A run
    that stopped reading its stdin early (a document over ``--max-size``,
    one JSON document where JSON Lines is read) ends so: the process
    writing into the pipe finishes its writes instead of dying of SIGPIPE
    or EPIPE (``cat big | cleaner clean -``), as it does with ruff and
    black, which read all of stdin. A read error ends it, and so does
    ``most`` bytes dropped (a writer that never ends)."""
    n = 0
    try:
        while n < most:
            part = fh.read(min(size, most - n))
            if not part:
                return n
            n += len(part)
    except (OSError, ValueError):
        pass
    return n


class InputError(Exception):
    """A file (or line) that cannot be cleaned; the message names the problem."""


class BinaryInputError(InputError):
    """The input is binary data, not text: a batch may skip it (``--skip-binary``)."""


@dataclass
class Decoded:
    """What :func:`decode_bytes` found besides the text: where the bytes were
    not UTF-8 in a file read as UTF-8 anyway (see :func:`decode_bytes`)."""

    #: byte offsets of the invalid sequences replaced by U+FFFD
    replaced: list[int] = field(default_factory=list)
    #: byte offsets of the single bytes read as a Windows-1252 letter
    as_cp1252: list[int] = field(default_factory=list)
    #: where those letters are in the decoded text (character offsets)
    as_cp1252_at: list[int] = field(default_factory=list)
    #: where the U+FFFD of ``replaced`` are in the decoded text
    replaced_at: list[int] = field(default_factory=list)

    def warning(self, name: str) -> str | None:
        """The warning for a batch, or None when every byte was UTF-8."""
        if not self.replaced and not self.as_cp1252:
            return None
        first = min(self.replaced + self.as_cp1252)
        parts = []
        if self.replaced:
            n = len(self.replaced)
            parts.append(f"{n} invalid byte sequence{'' if n == 1 else 's'} replaced by "
                         "U+FFFD (reported as U007)")
        if self.as_cp1252:
            n = len(self.as_cp1252)
            parts.append(f"{n} byte{'' if n == 1 else 's'} inside a word read as "
                         "Windows-1252 (reported as U008)")
        return (f"{name}: not valid UTF-8 (the first bad byte at offset {first}); "
                f"decoded as UTF-8 with {' and '.join(parts)}")


#: Surrogates ``surrogateescape`` decodes the bytes that are not UTF-8 to.
_ESCAPED = lazyre.compile("[\udc80-\udcff]+")


def _read_mostly_utf8(data: bytes, cp1252_ok: bool) -> tuple[str, Decoded] | None:
    """``data`` decoded as UTF-8 when it is UTF-8 apart from a few invalid
    sequences (a truncated multibyte character, a stray byte), else None.

    A few: no more invalid runs than valid multibyte characters (the file
    shows it is UTF-8: a Windows-1252 file has invalid runs at its accented
    letters and next to no valid UTF-8 sequence), or, when Windows-1252
    cannot read the bytes either, invalid bytes under 1% of the file.
    A run that is a single byte between two letters, which Windows-1252
    reads as a letter (an ``é`` of Windows-1252 text pasted into UTF-8),
    becomes that letter;
    every other run becomes U+FFFD, one per invalid sequence as Python's
    ``errors="replace"`` has it."""
    escaped = data.decode("utf-8", "surrogateescape")
    runs = list(_ESCAPED.finditer(escaped))
    bad_bytes = sum(m.end() - m.start() for m in runs)
    valid = sum(1 for ch in escaped if ord(ch) > 127) - bad_bytes
    few = (valid >= 1 and len(runs) <= valid) or (
        not cp1252_ok and bad_bytes * INVALID_UTF8_MAX_SHARE_INV <= len(data))
    if not few:
        return None
    info = Decoded()
    pieces: list[str] = []
    last = offset = chars = 0
    for m in runs:
        raw = m.group().encode("utf-8", "surrogateescape")
        offset += len(escaped[last:m.start()].encode("utf-8"))
        before = escaped[m.start() - 1] if m.start() else ""
        after = escaped[m.end()] if m.end() < len(escaped) else ""
        letter = raw.decode("cp1252", "replace") if len(raw) == 1 else ""
        pieces.append(escaped[last:m.start()])
        chars += m.start() - last
        if letter.isalpha() and before.isalpha() and after.isalpha():
            pieces.append(letter)
            info.as_cp1252.append(offset)
            info.as_cp1252_at.append(chars)
            chars += 1
        else:
            pieces.append(raw.decode("utf-8", "replace"))
            info.replaced_at.extend(range(chars, chars + len(pieces[-1])))
            chars += len(pieces[-1])
            at = 0
            while at < len(raw):   # one U+FFFD for each invalid sequence
                info.replaced.append(offset + at)
                try:
                    raw[at:].decode("utf-8")
                    break   # pragma: no cover - the run is all invalid
                except UnicodeDecodeError as exc:
                    at += exc.end
        offset += len(raw)
        last = m.end()
    pieces.append(escaped[last:])
    return "".join(pieces), info


def _utf16_without_bom(head: bytes) -> str | None:
    """``little-endian`` or ``big-endian`` when ``head`` (the start of a
    file, with NUL bytes) reads as UTF-16 text of that byte order: its NULs
    all at odd offsets (little-endian) or all at even ones, four or more
    and at least one in ten of those bytes (the high bytes of ASCII
    characters: the spaces of any script), and the text it decodes to
    printable. Binary data has NULs at both, or control characters."""
    head = head[:len(head) // 2 * 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    for order, enc, nuls, other in (("little-endian", "utf-16-le", odd, even),
                                    ("big-endian", "utf-16-be", even, odd)):
        if other.count(0) or nuls.count(0) < max(4, len(nuls) // 10):
            continue
        text = head.decode(enc, "replace")
        shown = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
        if shown >= 0.95 * len(text):
            return order
    return None


def decode_bytes(data: bytes, name: str = "<input>",
                 info: Decoded | None = None) -> tuple[str, str]:
    """Bytes to ``(text, encoding)``.

    - a UTF-16/UTF-32 byte-order mark: that encoding;
    - valid UTF-8 (with or without a BOM): ``utf-8``;
    - UTF-8 apart from a few invalid sequences (a truncated multibyte
      character, a stray byte: see :func:`_read_mostly_utf8`): ``utf-8``,
      each invalid sequence a U+FFFD (which rule U007 reports), and where
      they were in ``info`` (:class:`Decoded`: the batch warns with it);
    - otherwise Windows-1252 when every byte is defined in it *and* the result
      looks like Latin-script text (most letters ASCII): ``cp1252``;
    - otherwise :class:`InputError` — binary data (NUL bytes:
      :class:`BinaryInputError`), UTF-16 without a byte-order mark (NULs at
      every other byte: a plain :class:`InputError`, as it is text, and the
      message says to convert it), or bytes in an encoding we would only be
      guessing at.

    The caller is expected to say so when the answer is not UTF-8.
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: {enc} byte-order mark but invalid {enc} "
                                 f"({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data[:8192]:
        order = _utf16_without_bom(data[:8192])
        if order:
            raise InputError(f"{name}: looks like UTF-16 ({order}) without a byte-order mark; "
                             "convert it to UTF-8 or add a BOM")
        raise BinaryInputError(f"{name}: binary file (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    mostly = _read_mostly_utf8(data, cp1252_ok=text is not None)
    if mostly is not None:
        if info is not None:
            info.replaced[:] = mostly[1].replaced
            info.as_cp1252[:] = mostly[1].as_cp1252
            info.as_cp1252_at[:] = mostly[1].as_cp1252_at
            info.replaced_at[:] = mostly[1].replaced_at
        return mostly[0], "utf-8"
    if text is None:
        raise InputError(f"{name}: not UTF-8 ({utf8_error}) and not Windows-1252; "
                         "convert it to UTF-8 first")
    letters = sum(1 for ch in text if ch.isalpha())
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if letters and non_ascii / letters > CP1252_MAX_NON_ASCII:
        # counts, not a share: the non-ASCII characters are not all letters,
        # so their number over the letters' can pass 100%
        raise InputError(f"{name}: not UTF-8 ({utf8_error}); as Windows-1252 it would have "
                         f"{non_ascii} non-ASCII characters for {letters} letters (Latin-script "
                         "text has few), so the encoding is unknown; convert it to UTF-8 first")
    return text, "cp1252"


def decode(data: bytes, name: str = "<input>") -> str:
    """Bytes to text (see :func:`decode_bytes`)."""
    return decode_bytes(data, name)[0]


def check_regular(path: Path) -> os.stat_result:
    """``stat`` a path that must be a regular file (following symlinks).

    A FIFO, a socket or a device would block or never end; a broken symlink
    or a missing file cannot be read: all raise :class:`InputError`.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"{path}: cannot read (broken symbolic link)") from None
        raise InputError(f"{path}: cannot read (no such file)") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:   # strerror: "Too many levels of symbolic links"
            raise InputError(f"{path}: cannot read (a symbolic link loop)") from None
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file (FIFO, socket or device)")
    return st


def stamp(st: os.stat_result) -> tuple[int, int, int, int]:
    """What tells a file read from the same file changed since: its device
    and inode (an editor's save renames a new file in), size and
    modification time (a write into it, a scraper appending records)."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class ChangedError(OSError):
    """A file to be rewritten in place changed after it was read: the
    rewrite would lose what was written into it meanwhile (or bring back a
    file deleted meanwhile), so it is left as it is."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EAGAIN, "changed while it was cleaned: written, replaced or "
                                       "deleted meanwhile; left as it is, run again",
                         str(path))


def write_through(path: Path) -> Path:
    """The file a rewrite of ``path`` must replace: ``path`` itself, or, when
    ``path`` is a symbolic link, the file it points to (through any chain of
    links). Renaming a temporary file onto the link would turn the link into
    a regular file and leave its target as it was; renaming it onto the
    target rewrites what the link shows and keeps the link (as black and ruff
    do). A hard link is another name for the same file: an atomic rename
    gives the rewritten name a new file, and the other names keep the old
    contents."""
    path = Path(path)
    if os.path.islink(path):
        return Path(os.path.realpath(path))
    return path


def _tmp_for(path: Path) -> tuple[int, str]:
    # the writer's pid is in the name, so that a later run can tell a killed
    # run's leftovers from a live run's file in progress
    return tempfile.mkstemp(dir=path.parent, prefix=f"{TMP_PREFIX}{path.name}.{os.getpid()}.",
                            suffix=TMP_SUFFIX)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:   # exists, not ours
        return True
    return True


def remove_stale_tmp(directory: Path) -> list[Path]:
    """Remove the temporary files that killed runs left in ``directory``
    (those of live processes stay). Returns the files removed."""
    removed = []
    try:
        candidates = [e for e in os.scandir(directory)
                      if e.name.startswith(TMP_PREFIX) and e.name.endswith(TMP_SUFFIX)]
    except OSError:
        return removed
    for entry in candidates:
        parts = entry.name[:-len(TMP_SUFFIX)].split(".")
        pid = next((int(p) for p in reversed(parts[:-1]) if p.isdigit()), None)
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue
        if pid == os.getpid():
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


#: Whether a :func:`deferred_interrupts` block is running (in the main thread).
_holding = False


@contextlib.contextmanager
def deferred_interrupts() -> Iterator[None]:
    """Hold Ctrl-C and ``SIGTERM`` until the block is done, then deliver
    them: a temporary file is either renamed into place or removed, never
    left behind because a signal fell between two lines. (Only in the main
    thread, where Python runs signal handlers; elsewhere a no-op.)"""
    global _holding
    if _holding or threading.current_thread() is not threading.main_thread():
        # (a block inside another already held: the outer one delivers)
        yield
        return
    received: list[int] = []
    old: dict[int, Any] = {}

    def hold(signum: int, frame: Any) -> None:
        received.append(signum)

    # (_set_handler: its handlers are signal.signal's, SIG_DFL and SIG_IGN
    # as ints)
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            old[sig] = _set_handler(sig, hold)
        except (ValueError, OSError):  # pragma: no cover
            pass
    _holding = True
    try:
        yield
    finally:
        _holding = False
        for sig, handler in old.items():
            _set_handler(sig, handler)
        if received:
            sig = received[0]
            handler = old.get(sig)
            if callable(handler):
                handler(sig, None)
            elif handler == signal.SIG_DFL:
                os.kill(os.getpid(), sig)


def write_atomic(path: Path, text: str | bytes, mode: int | None = None,
                 in_place: bool = False,
                 expect: tuple[int, int, int, int] | None = None) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so
    that ``path`` is never half-written. ``mode`` sets the permission bits of
    the new file (default: those of the file it replaces, else 0o644 less
    the umask). ``in_place``: ``path`` is a user's file being rewritten
    (see :class:`AtomicWriter`); ``expect``: the :func:`stamp` it had when
    it was read."""
    with deferred_interrupts():
        with AtomicWriter(path, mode=mode, in_place=in_place, expect=expect) as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)


def write_if_changed(path: Path, data: bytes, mode: int | None = None) -> bool:
    """Write ``data`` atomically unless ``path`` already holds exactly these
    bytes (an interrupted run, run again, then only completes the work).
    Returns whether the file was written."""
    try:
        st = os.stat(path)   # (one stat: most outputs are new, or of another size)
        if stat.S_ISREG(st.st_mode) and st.st_size == len(data) and path.read_bytes() == data:
            if mode is not None and (st.st_mode & 0o7777) != mode:
                os.chmod(path, mode)
            return False
    except OSError:
        pass
    write_atomic(path, data, mode)
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_writable(path: Path) -> None:
    """Raise ``PermissionError`` when ``path`` exists and this process may not
    write it. A rename onto a file needs only the directory's permission: an
    in-place rewrite must ask for the file's own, as an editor writing into
    it would (a read-only file, another user's file in a shared directory)."""
    try:
        ok = os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)
    except OSError:  # pragma: no cover
        return
    if not ok and os.path.exists(path):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def _keep_owner(tmp: str, st: os.stat_result) -> None:
    """Give ``tmp`` the owner and group of the file it replaces, as far as
    this process may (root: both; others: a group of theirs; else nothing)."""
    mine = os.stat(tmp)
    if (mine.st_uid, mine.st_gid) == (st.st_uid, st.st_gid):
        return
    for uid in (st.st_uid, -1):
        try:
            os.chown(tmp, uid, st.st_gid)
            return
        except OSError:
            continue


class AtomicWriter:
    """A binary file handle on a temporary file that becomes ``path`` on
    :meth:`commit` (or a clean exit from ``with``) and vanishes otherwise.

    ``in_place``: ``path`` is a user's file being rewritten. It must be
    writable by this process (``PermissionError`` on :meth:`commit`
    otherwise: nothing is asked of a file that is not rewritten), and the
    new file keeps its
    owner and group where this process may set them, besides its mode.

    The bytes are synced to the disk before a rename that replaces a file
    (an input rewritten in place, an output written again), not before one
    that makes a new file.

    ``expect``: the :func:`stamp` of the file at ``path`` when it was read;
    a file that no longer has it (written, replaced or deleted since) is
    not replaced: :meth:`commit` raises :class:`ChangedError`."""

    def __init__(self, path: Path, mode: int | None = None, in_place: bool = False,
                 expect: tuple[int, int, int, int] | None = None) -> None:
        self.path = Path(path)
        self.mode = mode
        self.in_place = in_place
        self.expect = expect
        self._fh: IO[bytes] | None = None
        self._tmp: str | None = None

    def __enter__(self) -> IO[bytes]:
        return self.open()

    def _make_dirs(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            # a file where a directory of the path must be: mkdir says
            # "File exists", which names neither
            blocker = next((p for p in (self.path.parent, *self.path.parent.parents)
                            if os.path.lexists(p) and not p.is_dir()), self.path.parent)
            raise NotADirectoryError(errno.ENOTDIR, f"{blocker} is a file, not a directory",
                                     str(self.path)) from None

    def _create_tmp(self) -> int:
        try:
            fd, self._tmp = _tmp_for(self.path)
        except PermissionError as exc:
            # the file may well be writable (`ls -l` says so): what
            # refuses is its directory, where the temporary file goes
            raise PermissionError(
                exc.errno, f"{exc.strerror}: its directory {self.path.parent} is not "
                "writable, and the file is written through a temporary file there",
                str(self.path)) from None
        return fd

    def open(self) -> IO[bytes]:
        # the directories are made when the temporary file finds none (a
        # batch writes most files into a directory that exists: the mkdir
        # that failed, and the stat pathlib adds, took 20 µs a file)
        if self.path.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(self.path))
        with deferred_interrupts():
            try:
                fd = self._create_tmp()
            except (FileNotFoundError, NotADirectoryError):
                self._make_dirs()
                fd = self._create_tmp()
            try:
                self._fh = os.fdopen(fd, "wb")
            except BaseException:
                os.close(fd)
                self.discard()
                raise
        return self._fh

    def commit(self) -> None:
        with deferred_interrupts():
            self._commit()

    def _commit(self) -> None:
        assert self._fh is not None and self._tmp is not None
        try:
            self._fh.flush()
            try:
                st: os.stat_result | None = os.lstat(self.path)
            except OSError:
                st = None
            if self.expect is not None and (st is None or stamp(st) != self.expect):
                raise ChangedError(self.path)
            if st is not None and not stat.S_ISREG(st.st_mode):
                if not stat.S_ISLNK(st.st_mode):
                    # a device, a FIFO, a socket: a rename would replace it
                    # (as root, /dev/null) with a regular file
                    raise OSError(errno.EPERM, "not a regular file: not replaced",
                                  str(self.path))
                # a link named here is replaced by the file (callers that
                # mean its target pass write_through's path); its target's
                # mode is not the new file's
                st = None
            if st is not None:
                # the rename replaces a file: its new bytes reach the disk
                # first, so that a crash leaves the old file or the new one,
                # never an empty one. A new file has nothing to lose, and
                # its fsync was a third of the time of a batch into an
                # empty directory (4 ms a file here); a run again rewrites
                # what a crash cut short (write_if_changed).
                os.fsync(self._fh.fileno())
            self._fh.close()
            mode = self.mode
            if self.in_place and st is not None:
                check_writable(self.path)
                _keep_owner(self._tmp, st)   # before chmod: chown may clear set-id bits
            if mode is None:
                mode = st.st_mode & 0o7777 if st is not None else 0o666 & ~_umask()
            os.chmod(self._tmp, mode)
            os.replace(self._tmp, self.path)
        except BaseException:
            self.discard()
            raise
        self._tmp = None

    def discard(self) -> None:
        if self._fh is not None:
            try:
                self._fh.close()
            except OSError:
                pass
        if self._tmp is not None:
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()

