"""The JSON report of a batch (``--report FILE.json``).

Streamed: the entries are written to a temporary file as the results come, in
input order (so the report is the same whatever the number of jobs, and the
memory stays flat), and the file is renamed into place at the end — never
half of one. A run stopped by Ctrl-C or SIGTERM still finishes it: the
entries of what was done, a JSONL file stopped midway closed with
``"interrupted": true``, and the summary (of what was done) with
``"interrupted": true``. Keys marked ``?``
are there only when they have something to say: ``notes`` (an empty input, an
encoding guessed…), a JSONL record's ``warnings`` (its ``metadata`` left as it
was, its own ``changes`` kept over ``--with-changes``). ``rewrites``, why the output would differ besides the
changes (``"record fields would be added: id, metadata"``, ``"would be
rewritten as UTF-8 (was cp1252)"``; for a JSONL file as a whole, ``"2 blank
lines would be removed (lines 2, 6)"``), is in every entry that has
``changed``, ``[]`` when there is no such reason. Binary files skipped with
``--skip-binary``, HTML files skipped by ``--in-place``, the symbolic links a
walk leaves out and the files ``--force-exclude`` excludes get no entry; the
summary counts them (``skipped``). The summary's units: ``files``,
``changed``, ``failed_files`` and ``skipped`` count inputs (a JSONL file is
one), ``documents`` documents (a JSONL record is one), ``failed_records``
JSONL lines skipped, ``failed`` the entries of ``errors``; ``unsafe_changes``
counts the changes (of ``changes``) that are unsafe fixes, and
``unapplied_changes`` those of JSONL files ``--in-place`` left as they were
(not in ``changes``). An HTML input's entry has ``"extracted": true``: its
output is the text extracted from the page (written as ``.txt``) whatever
``changed`` says, which is whether cleaning changed that text; the
summary's ``extracted`` counts those inputs. ``output`` names the file that
holds the entry's output at the end of the run — written by it, or found
already holding those bytes (``--in-place``: the input, rewritten or left
as it is because cleaning does not change it) — and is ``null`` when no
file does: in a check, for stdout, for an input that failed, an output
that could not be written, a JSONL file none of whose records could be
cleaned or that ``--in-place`` left as it was, and one cut short by
Ctrl-C (a JSONL file's ``output`` follows its ``documents``: it is known
only at its end). ``written`` says whether this run wrote the entry's
output file (``false`` in a check, for stdout, and when the file already
held those bytes); the summary's ``written`` counts the outputs written.
``stale_output`` (``-o DIR`` only) names the file an earlier run wrote at
the output path of an input that failed now (or whose output could not be
written): kept, as a batch deletes no file, but not this run's output; the
summary's ``stale_outputs`` counts them. ``cached`` (true, when there)
says the entry is the file cache's (:mod:`cleaner.cache`): the input was
not cleaned again, being as when last cleaned; the summary's ``cached``
counts those files. Shape::

    {"version": 1,
     "files": [{"path", "output", "format", "encoding", "extracted"?, "changed", "metadata",
                "changes": [{"code", "name", "message", "line", "col", "offset",
                             "before", "after", ...}],
                "reports": [...], "counts": {"B003": 1}, "notes"?: [...],
                "rewrites": [...], "written", "cached"?},
               {"path", "output": null, "format"?, "error", "stale_output"?},
               {"path", "format": "jsonl", "documents": [
                    {"line", "id", "changed", "metadata", "changes", "reports",
                     "counts", "notes"?, "warnings"?, "rewrites"} | {"line", "id", "error"}],
                "changed", "counts", "rewrites", "left_as_it_was"?, "output", "written",
                "stale_output"?}],
     "summary": {"files", "documents", "changed", "extracted", "written", "cached",
                 "stale_outputs", "failed",
                 "failed_files",
                 "failed_records", "skipped", "changes", "unapplied_changes",
                 "unsafe_changes", "reports", "by_rule": {"B003": {"name", "changes", "reports"}},
                 "reported_documents": {"G001": [...], "Q001": [...]},
                 "errors": [{"path", "line"?, "error"}]}}
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator

from .io import AtomicWriter, StreamError, binary_writer, deferred_interrupts, write_through

if TYPE_CHECKING:  # pragma: no cover
    from .batch import DocResult


def _same_file(st: os.stat_result, fd: int) -> bool:
    try:
        other = os.fstat(fd)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == (other.st_dev, other.st_ino)


def report_stream(path: str | os.PathLike) -> str | None:
    """Where a ``--report`` path that is no ordinary file goes: ``"stdout"``
    for ``-`` and for any name of this process's standard output
    (``/dev/stdout``, ``/proc/self/fd/1``, a link to them), ``"stderr"``
    likewise, ``"device"`` for another file that is not a regular one (a
    FIFO, ``/dev/null``, a terminal), or None: a regular file or a new
    path, written atomically (through a symbolic link, to its target)."""
    if os.fspath(path) == "-":
        return "stdout"
    try:
        st = os.stat(path)   # through any symbolic link
    except OSError:
        return None
    if stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode):
        # the file standard output is redirected to is not written over
        # by a rename either: its own name is the stream's
        if _same_file(st, 1):
            return "stdout"
        if _same_file(st, 2):
            return "stderr"
        return None
    if _same_file(st, 1):
        return "stdout"
    if _same_file(st, 2):
        return "stderr"
    return "device"


class ReportWriter:
    """The JSON report, streamed into a temporary file as results come (flat
    memory) and renamed into place at the end.

    A symbolic link is written through: its target gets the report and the
    link stays. Standard output (``-``, ``/dev/stdout``), standard error,
    and a file that is not a regular one (a FIFO, a device) are never
    renamed over: the report is spooled to an anonymous temporary file and
    copied to them at the end (so an interrupted run still writes no half
    report), and no mode of theirs is copied anywhere."""

    def __init__(self, path: Path, stdout: IO[bytes] | None = None) -> None:
        self._w: AtomicWriter | None = None
        self._stream: IO[bytes] | None = None
        self._device: str | None = None
        self._name = os.fspath(path)
        kind = report_stream(path)
        with deferred_interrupts():
            if kind is None:
                self._w = AtomicWriter(write_through(Path(path)))
                self._fh = self._w.open()
            else:
                if kind == "stdout":
                    self._stream = stdout if stdout is not None else binary_writer(sys.stdout)
                elif kind == "stderr":
                    self._stream = binary_writer(sys.stderr)
                else:
                    self._device = os.fspath(path)
                self._fh = tempfile.TemporaryFile()
            try:
                # (a failure here is the batch's usage error, naming the report)
                self._fh.write(b'{\n"version": 1,\n"files": [')
            except BaseException:
                self.abort()
                raise
        self._first = True
        self._first_doc = True
        self._in_file = False   # inside a JSONL file's "documents"

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A write of the report that fails (a full disk, a device that
        refuses it) raises :class:`StreamError` naming the report, which
        the command says without a traceback (a closed pipe stays a
        ``BrokenPipeError``: the reader has gone, nothing to say)."""
        try:
            yield
        except BrokenPipeError:
            raise
        except StreamError:
            raise
        except OSError as exc:
            raise StreamError(exc.errno, f"--report {self._name}: cannot write "
                                         f"({exc.strerror or exc})") from None

    def _sep(self) -> None:
        self._fh.write(b"\n" if self._first else b",\n")
        self._first = False

    @staticmethod
    def _dump(obj: Any) -> bytes:
        # a file name's bytes that are not UTF-8 (lone surrogates in Python)
        # as JSON's \udcXX escapes: the report stays UTF-8 and reads back
        return json.dumps(obj, ensure_ascii=False, default=str).encode("utf-8",
                                                                       "backslashreplace")

    def _write(self, entry: dict[str, Any]) -> None:
        """``entry`` as :meth:`_dump` writes it, byte for byte, but a
        :class:`Streamed` list in it an item at a time."""
        if not any(isinstance(v, Streamed) for v in entry.values()):
            self._fh.write(self._dump(entry))
            return
        write = self._fh.write
        write(b"{")
        for k, (key, value) in enumerate(entry.items()):
            write(b", " if k else b"")
            write(self._dump(key) + b": ")
            if isinstance(value, Streamed):
                write(b"[")
                for j, item in enumerate(value):
                    write((b", " if j else b"") + self._dump(item))
                write(b"]")
            else:
                write(self._dump(value))
        write(b"}")

    def add(self, entry: dict[str, Any]) -> None:
        with self._writing():
            self._sep()
            self._write(entry)

    def begin(self, header: dict[str, Any]) -> None:
        with self._writing():
            self._sep()
            self._fh.write(self._dump(header)[:-1] + b', "documents": [')
        self._first_doc = True
        self._in_file = True

    def add_document(self, entry: dict[str, Any]) -> None:
        with self._writing():
            self._fh.write(b"\n" if self._first_doc else b",\n")
            self._first_doc = False
            self._write(entry)

    def end(self, trailer: dict[str, Any]) -> None:
        with self._writing():
            self._fh.write(b"], " + self._dump(trailer)[1:])
        self._in_file = False

    def interrupt(self, summary: dict[str, Any]) -> None:
        """Finish the report of a run stopped midway (Ctrl-C, SIGTERM): the
        entries of what was done, a JSONL file being read closed with
        ``"interrupted": true``, and the summary with ``"interrupted":
        true`` — the record of a long batch is not lost with it."""
        if self._in_file:
            self.end({"output": None, "interrupted": True})
        self.finish({**summary, "interrupted": True})

    def finish(self, summary: dict[str, Any]) -> None:
        with self._writing():
            self._finish(summary)

    def _finish(self, summary: dict[str, Any]) -> None:
        self._fh.write(b'\n],\n"summary": ' + self._dump(summary) + b"\n}\n")
        if self._w is not None:
            self._w.commit()
            return
        self._fh.seek(0)
        try:
            if self._device is not None:
                with open(self._device, "wb") as out:
                    shutil.copyfileobj(self._fh, out)
            else:
                assert self._stream is not None
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()   # what was printed before comes first
                    except (OSError, ValueError):
                        pass
                shutil.copyfileobj(self._fh, self._stream)
                self._stream.flush()
        finally:
            self._fh.close()

    def abort(self) -> None:
        if self._w is not None:
            self._w.discard()
        else:
            self._fh.close()


#: A document's changes (or reports) beyond this many are written to the
#: report one at a time (:class:`Streamed`), not made into a list first.
STREAM_OVER = 256


class Streamed:
    """A list of an entry's, made an item at a time as the report is
    written (:meth:`ReportWriter._write`): a page of 300,000 removals made
    300,000 dicts of its changes, and their JSON, at once (~80 MB over the
    run's peak), for a report whose bytes are the same."""

    __slots__ = ("items", "as_dict")

    def __init__(self, items: Any, as_dict: Any) -> None:
        self.items, self.as_dict = items, as_dict

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Any]:
        return map(self.as_dict, self.items)


def _listed(items: Any) -> Any:
    return (Streamed(items, lambda x: x.as_dict()) if len(items) > STREAM_OVER
            else [x.as_dict() for x in items])


def doc_entry(r: "DocResult") -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if r.line is not None:
        entry["line"] = r.line
        entry["id"] = r.id
    if r.error:
        entry["error"] = r.error
        return entry
    entry.update({
        "changed": r.changed,
        "metadata": r.metadata,
        "changes": _listed(r.changes),
        "reports": _listed(r.reports),
        "counts": r.counts(),
    })
    if r.notes:
        entry["notes"] = r.notes
    if r.warnings:
        entry["warnings"] = [message for _kind, message in r.warnings]
    return entry
