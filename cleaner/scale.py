"""Scaling out on Dask when one machine is not enough.

A :class:`~cleaner.pipeline.Pipeline` is a plain picklable callable, so any
distributed framework can map it; these helpers do it for Dask's two common
collections, with the same record shape as the JSONL format
(``{"id", "text", "metadata"}``)::

    import json, dask.bag as db
    from cleaner.scale import clean_bag

    if __name__ == "__main__":   # Dask's process scheduler imports the script again
        bag = db.read_text("corpus-*.jsonl").map(json.loads)
        clean_bag(bag).map(json.dumps).to_textfiles("clean-*.jsonl", last_endline=True)

(``last_endline=True``: each file ends with a newline, as JSONL does;
without it ``cat clean-*.jsonl`` glues one file's last record to the next
file's first.)

Dask is an optional dependency (``pip install 'cleaner[dask]'`` for bags;
:func:`clean_dataframe` on a Dask DataFrame needs ``'cleaner[dask-dataframe]'``,
which adds pandas).

A record the pipeline cannot clean (no string text field, anything but a
record or a string, a string that is a line of JSON — the lines read but
not parsed) raises by default, which stops the whole computation;
``errors="skip"`` drops it, ``errors="record"`` returns
``{id_key: …, "error": message}`` in its place, as ``--report`` records a
JSONL line skipped.
"""
from __future__ import annotations

import json
from typing import Any

from .model import Document
from .pipeline import Pipeline, Settings


#: ``clean_bag(errors=…)``
ERRORS = ("raise", "skip", "record")


def _record_cleaner(pipeline: Pipeline, text_key: str, id_key: str, with_changes: bool,
                    errors: str = "raise"):
    def clean_record(record: Any) -> dict[str, Any] | None:
        try:
            if isinstance(record, str):
                if _json_object_line(record):
                    # db.read_text(...) without .map(json.loads): the line
                    # would be cleaned as prose, keys and all
                    raise TypeError("a line of JSON, not a text: parse the lines first "
                                    "(db.read_text(...).map(json.loads))")
                record = {text_key: record}
            elif not isinstance(record, dict):
                raise TypeError(f"a record is a dict or a str, not {type(record).__name__}")
            return pipeline.clean_record(record, text_key=text_key, id_key=id_key,
                                         with_metadata=True, with_changes=with_changes)
        except Exception as exc:  # noqa: BLE001 - the record's failure, not the job's
            if errors == "raise":
                raise
            if errors == "skip":
                return None
            rid = record.get(id_key) if isinstance(record, dict) else None
            return {id_key: rid, "error": f"{type(exc).__name__}: {exc}"}
    return clean_record


def _json_object_line(text: str) -> bool:
    """Whether ``text`` is one JSON object on a line (a JSONL line)."""
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")) or "\n" in body:
        return False
    try:
        return isinstance(json.loads(body), dict)
    except ValueError:
        return False


def _kept(record: Any) -> bool:
    return record is not None


def _pipeline(settings: "Settings | Pipeline | None") -> Pipeline:
    """The pipeline to map: one given as it is (its own rules and settings),
    else the default one with ``settings``."""
    if isinstance(settings, Pipeline):
        return settings
    if settings is not None and not isinstance(settings, Settings):
        raise TypeError(f"settings: a cleaner.Settings or a cleaner.Pipeline, not "
                        f"{type(settings).__name__}")
    return Pipeline(settings=settings)


def clean_bag(bag, settings: Settings | Pipeline | None = None, *, text_key: str = "text",
              id_key: str = "id", with_changes: bool = False, errors: str = "raise"):
    """Clean a ``dask.bag.Bag`` of records (dicts with a text field) or of
    strings; returns a bag of records with the cleaned text and metadata.
    ``settings``: a :class:`~cleaner.Settings` for the default pipeline, or
    a :class:`~cleaner.Pipeline` to map as it is.

    ``errors``: what a record that cannot be cleaned does — ``"raise"``
    (the default: the computation fails with its error), ``"skip"`` (it is
    dropped), ``"record"`` (``{id_key: its id or None, "error": message}``
    takes its place, to be filtered or stored apart)."""
    if errors not in ERRORS:
        raise ValueError(f"errors={errors!r}: choose one of {', '.join(ERRORS)}")
    if not (hasattr(bag, "map") and hasattr(bag, "filter")):
        # a list or a generator has no .map: say what to do, not an AttributeError
        raise TypeError(f"clean_bag takes a dask.bag.Bag, not {type(bag).__name__} "
                        "(dask.bag.from_sequence(records) makes one); without Dask, "
                        "clean records one by one: map(pipeline.clean_record, records)")
    pipeline = _pipeline(settings)
    out = bag.map(_record_cleaner(pipeline, text_key, id_key, with_changes, errors))
    return out.filter(_kept) if errors == "skip" else out


def _missing(value: Any) -> bool:
    """A missing cell: ``None``, ``NaN``, ``pandas.NA`` or ``NaT``."""
    if value is None:
        return True
    if isinstance(value, float):
        return value != value
    try:
        import pandas
    except ImportError:  # pragma: no cover - a frame comes with pandas
        return False
    # a list or an array in a cell is no missing value, whatever it holds
    # (pandas.isna([None]) is an array, and bool() of one element is True)
    return pandas.api.types.is_scalar(value) and bool(pandas.isna(value))


def clean_dataframe(frame, settings: Settings | Pipeline | None = None, *,
                    column: str = "text"):
    """Clean the ``column`` of a pandas or ``dask.dataframe`` DataFrame
    (``settings`` as for :func:`clean_bag`);
    returns a frame with the cleaned text in ``column`` (metadata is not kept:
    use :func:`clean_bag` for it). A missing cell (``None``, ``NaN``,
    ``pandas.NA``) stays missing, as pandas' own ``.str`` methods leave it;
    a cell of another type (a number) raises ``TypeError``."""
    if column not in frame.columns:
        columns = ", ".join(map(str, frame.columns)) or "none"
        raise KeyError(f"no column {column!r} to clean; its columns: {columns} "
                       "(column= names the one to clean)")
    pipeline = _pipeline(settings)

    def clean_text(text: Any) -> Any:
        if not isinstance(text, str):
            if _missing(text):
                return text
            got = type(text).__name__
            raise TypeError(f"column {column!r}: cleaner cleans text (str), not {got}"
                            + (": decode bytes first" if got in ("bytes", "bytearray") else ""))
        return pipeline.run(Document(text, record=True)).text  # a cell keeps its ending

    frame = frame.copy()
    if hasattr(frame, "map_partitions"):  # dask
        frame[column] = frame[column].map(clean_text, meta=(column, "object"))
    else:
        frame[column] = frame[column].map(clean_text)
    return frame
