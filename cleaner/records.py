"""A cleaned document put back into its record.

The one place that knows how a record (a JSONL line, a ``datasets`` row, an
item of a Dask bag) takes its cleaned text, the pipeline's metadata and,
when asked, its changes: the CLI's ``--format jsonl`` and
``Pipeline.clean_record`` both call it, so a record comes out the same way
whichever path cleaned it.
"""
from __future__ import annotations

import json
from typing import Any, Mapping

from .model import Document

#: JSON's names of the types json.loads gives
JSON_TYPE = {"str": "string", "list": "list", "int": "number", "float": "number",
             "bool": "boolean", "dict": "object"}


#: what the Python API says after a note of :func:`record_out`
HINTS = {"metadata": "; the pipeline's metadata is not written into the record "
                     "(the Document from Pipeline.run has it)",
         "with-changes": ", with_changes does not overwrite a record's field "
                         "(the Document from Pipeline.run has the pipeline's)"}


def text_key_hint(record: Mapping[str, Any], key: str, option: str = "text_key",
                  shown: int = 5) -> str:
    """What to say after ``no string field 'KEY'`` when ``record`` has none:
    what the field is if it is there, and the string fields the record has
    (the one ``option`` should name is likely among them). The CLI and the
    Python API say the same."""
    value = record.get(key)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        # a column of texts: a batch, as datasets' map(batched=True) passes one
        return (f" (it is a list of {len(value)} strings: a batch of records, as "
                "datasets.map(..., batched=True) passes; a Pipeline cleans one record "
                "at a time: map it without batched=True)")
    fields = [k for k, v in record.items() if isinstance(v, str) and k != key]
    if key in record:
        kind = type(record[key]).__name__
        what = f" (it is a {JSON_TYPE.get(kind, 'null' if record[key] is None else kind)})"
    else:
        what = ""
    if not fields:
        return f"{what}; the record has no {'other ' if key in record else ''}string field"
    more = ", …" if len(fields) > shown else ""
    return (f"{what}; its string fields: {', '.join(fields[:shown])}{more} "
            f"({option} names the field to clean)")


def record_metadata(value: Any) -> tuple[dict[str, Any], str]:
    """The metadata a record gives the pipeline, and how its field is
    written back: ``object`` (none, null or an object: the merged metadata
    as an object), ``json`` (a string holding a JSON object, as some
    dataset exports have it: the merged metadata as such a string) or
    ``kept`` (anything else: left as it is, the pipeline starting from no
    metadata; the record is cleaned all the same)."""
    if value is None:
        return {}, "object"
    if isinstance(value, Mapping):
        return dict(value), "object"
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            return parsed, "json"
    return {}, "kept"


def record_out(record: Mapping[str, Any], doc: Document, text_key: str,
               metadata_as: str | None, with_changes: bool
               ) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """``record`` with ``doc``'s text in ``text_key``; its metadata written
    back as ``metadata_as`` says (see :func:`record_metadata`; None: not
    written) and, ``with_changes``, the changes and reports added, but never
    over a field of the record's own. Returns the new record and the notes
    (kind, message) on what was left as it was, for the caller to say with
    its own hint (``HINTS`` has the API's)."""
    out = dict(record)
    out[text_key] = doc.text
    notes: list[tuple[str, str]] = []
    if metadata_as == "object":
        out["metadata"] = doc.metadata
    elif metadata_as == "json":   # a string it came as, a string it goes as
        out["metadata"] = json.dumps(doc.metadata, ensure_ascii=False, default=str)
    elif metadata_as == "kept":
        kind = type(record["metadata"]).__name__
        notes.append(("metadata", (
            f"'metadata' is a {JSON_TYPE.get(kind, kind)}, not an object (nor a string "
            "holding one): left as it is")))
    if with_changes:
        own = [k for k in ("changes", "reports") if k in record]
        for key, found in (("changes", doc.changes), ("reports", doc.reports)):
            if key not in own:
                out[key] = [c.as_dict() for c in found]
        if own:
            notes.append(("with-changes", (
                f"the record has its own {' and '.join(repr(k) for k in own)}: left as "
                f"{'it is' if len(own) == 1 else 'they are'}")))
    return out, notes
