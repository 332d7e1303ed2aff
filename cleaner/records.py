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


#: How deeply arrays and objects may nest in a JSON document read by
#: :func:`loads`: far past any record, JSON-LD block or metadata (a few
#: levels), and far enough under Python's recursion limit (1,000 frames)
#: that what is read can still be written back, compared and sent to a
#: worker process (json.dumps, ==, pickle recurse once a level too).
MAX_JSON_DEPTH = 200


class JSONTooDeep(ValueError):
    """JSON nested deeper than :data:`MAX_JSON_DEPTH`: what :func:`loads`
    raises. A ``ValueError``, as a malformed line's ``JSONDecodeError`` is,
    so that a caller who only asks "is this JSON?" passes over both."""

    def __init__(self) -> None:
        super().__init__(f"JSON nested too deeply (arrays or objects more than "
                         f"{MAX_JSON_DEPTH} levels deep)")


def _too_deep(value: Any, limit: int) -> bool:
    """Whether ``value``'s lists and dicts nest more than ``limit`` deep:
    looked at a level at a time, without recursion (json gives plain lists
    and dicts)."""
    level = [value] if type(value) in (list, dict) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        items: list[Any] = []
        for v in level:
            items.extend(v.values() if type(v) is dict else v)
        level = [x for x in items if type(x) is list or type(x) is dict]
    return False


def loads(s: str | bytes) -> Any:
    """``json.loads(s)``, but a document nested more than
    :data:`MAX_JSON_DEPTH` deep raises :class:`JSONTooDeep`: Python's
    reader recurses once a level and raised a ``RecursionError`` no caller
    expected past ~1,000 (a generated JSON-LD block, a record's field of
    ``[[[…]]]``: an internal error, or the end of the whole run), and what
    it read a little less deep failed later, written back or sent to a
    worker (``-j2``). The depth is only walked when the document has more
    brackets than the limit."""
    try:
        value = json.loads(s)
    except RecursionError:
        raise JSONTooDeep() from None
    if isinstance(s, str):
        brackets = s.count("[") + s.count("{")
    else:
        brackets = s.count(b"[") + s.count(b"{")
    if brackets > MAX_JSON_DEPTH and _too_deep(value, MAX_JSON_DEPTH):
        raise JSONTooDeep()
    return value


#: what the Python API says after a note of :func:`record_out`
HINTS = {"metadata": "; the pipeline's metadata is not written into the record "
                     "(the Document from Pipeline.run has it)",
         "metadata-depth": "; the pipeline's metadata is not written into the record "
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
    dataset exports have it: the merged metadata as such a string),
    ``deep`` (a string holding JSON nested deeper than
    :data:`MAX_JSON_DEPTH`: left as it is) or ``kept`` (anything else: left
    as it is). Left as it is, the pipeline starts from no metadata; the
    record is cleaned all the same."""
    if value is None:
        return {}, "object"
    if isinstance(value, Mapping):
        return dict(value), "object"
    if isinstance(value, str):
        try:
            parsed = loads(value)
        except JSONTooDeep:   # (a ValueError: before it)
            return {}, "deep"
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
    elif metadata_as == "deep":
        notes.append(("metadata-depth", (
            f"'metadata' is a string holding JSON nested too deeply (arrays or objects "
            f"more than {MAX_JSON_DEPTH} levels deep), not read: left as it is")))
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
