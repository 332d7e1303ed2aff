"""The JSON report of a batch (``--report FILE.json``).

Streamed: the entries are written to a temporary file as the results come, in
input order (so the report is the same whatever the number of jobs, and the
memory stays flat), and the file is renamed into place at the end — an
interrupted run leaves no report rather than half of one. Keys marked ``?``
are there only when they have something to say: ``notes`` (an empty input, an
encoding guessed…), a JSONL record's ``warnings`` (its ``metadata`` left as it
was, its own ``changes`` kept over ``--with-changes``). ``rewrites``, why the output would differ besides the
changes (``"record fields would be added: id, metadata"``, ``"would be
rewritten as UTF-8 (was cp1252)"``; for a JSONL file as a whole, ``"2 blank
lines would be removed (lines 2, 6)"``), is in every entry that has
``changed``, ``[]`` when there is no such reason. Binary files skipped with
``--skip-binary`` and HTML files skipped by ``--in-place`` get no entry; the
summary counts them (``skipped``). The summary's units: ``files``,
``changed``, ``failed_files`` and ``skipped`` count inputs (a JSONL file is
one), ``documents`` documents (a JSONL record is one), ``failed_records``
JSONL lines skipped, ``failed`` the entries of ``errors``. Shape::

    {"version": 1,
     "files": [{"path", "output", "format", "encoding", "changed", "metadata",
                "changes": [{"code", "name", "message", "line", "col", "offset",
                             "before", "after", ...}],
                "reports": [...], "counts": {"B003": 1}, "notes"?: [...],
                "rewrites": [...]},
               {"path", "format": "jsonl", "output", "documents": [
                    {"line", "id", "changed", "metadata", "changes", "reports",
                     "counts", "notes"?, "warnings"?, "rewrites"} | {"line", "id", "error"}],
                "changed", "counts", "rewrites"},
               {"path", "format"?, "error"}],
     "summary": {"files", "documents", "changed", "failed", "failed_files",
                 "failed_records", "skipped", "changes", "reports", "by_rule": {"B003": {"name", "changes", "reports"}},
                 "reported_documents": {"G001": [...], "Q001": [...]},
                 "errors": [{"path", "line"?, "error"}]}}
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .io import AtomicWriter, deferred_interrupts

if TYPE_CHECKING:  # pragma: no cover
    from .batch import DocResult


class ReportWriter:
    """The JSON report, streamed into a temporary file as results come (flat
    memory) and renamed into place at the end."""

    def __init__(self, path: Path) -> None:
        self._w = AtomicWriter(path)
        with deferred_interrupts():
            self._fh = self._w.open()
            try:
                self._fh.write(b'{\n"version": 1,\n"files": [')
            except BaseException:
                self._w.discard()
                raise
        self._first = True
        self._first_doc = True

    def _sep(self) -> None:
        self._fh.write(b"\n" if self._first else b",\n")
        self._first = False

    @staticmethod
    def _dump(obj: Any) -> bytes:
        return json.dumps(obj, ensure_ascii=False, default=str).encode("utf-8")

    def add(self, entry: dict[str, Any]) -> None:
        self._sep()
        self._fh.write(self._dump(entry))

    def begin(self, header: dict[str, Any]) -> None:
        self._sep()
        self._fh.write(self._dump(header)[:-1] + b', "documents": [')
        self._first_doc = True

    def add_document(self, entry: dict[str, Any]) -> None:
        self._fh.write(b"\n" if self._first_doc else b",\n")
        self._first_doc = False
        self._fh.write(self._dump(entry))

    def end(self, trailer: dict[str, Any]) -> None:
        self._fh.write(b"], " + self._dump(trailer)[1:])

    def finish(self, summary: dict[str, Any]) -> None:
        self._fh.write(b'\n],\n"summary": ' + self._dump(summary) + b"\n}\n")
        self._w.commit()

    def abort(self) -> None:
        self._w.discard()


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
        "changes": [c.as_dict() for c in r.changes],
        "reports": [x.as_dict() for x in r.reports],
        "counts": r.counts(),
    })
    if r.notes:
        entry["notes"] = r.notes
    if r.warnings:
        entry["warnings"] = [message for _kind, message in r.warnings]
    return entry
