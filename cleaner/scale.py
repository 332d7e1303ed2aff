"""Scaling out on Dask when one machine is not enough.

A :class:`~cleaner.pipeline.Pipeline` is a plain picklable callable, so any
distributed framework can map it; these helpers do it for Dask's two common
collections, with the same record shape as the JSONL format
(``{"id", "text", "metadata"}``)::

    import dask.bag as db
    from cleaner.scale import clean_bag

    bag = db.read_text("corpus-*.jsonl").map(json.loads)
    clean_bag(bag).map(json.dumps).to_textfiles("clean-*.jsonl")

Dask is an optional dependency (``pip install 'cleaner[dask]'``).
"""
from __future__ import annotations

from typing import Any

from .model import Document
from .pipeline import Pipeline, Settings


def _record_cleaner(pipeline: Pipeline, text_key: str, id_key: str, with_changes: bool):
    def clean_record(record: Any) -> dict[str, Any]:
        if isinstance(record, str):
            record = {text_key: record}
        return pipeline.clean_record(record, text_key=text_key, id_key=id_key,
                                     with_metadata=True, with_changes=with_changes)
    return clean_record


def clean_bag(bag, settings: Settings | None = None, *, text_key: str = "text",
              id_key: str = "id", with_changes: bool = False):
    """Clean a ``dask.bag.Bag`` of records (dicts with a text field) or of
    strings; returns a bag of records with the cleaned text and metadata."""
    pipeline = Pipeline(settings=settings)
    return bag.map(_record_cleaner(pipeline, text_key, id_key, with_changes))


def clean_dataframe(frame, settings: Settings | None = None, *, column: str = "text"):
    """Clean the ``column`` of a pandas or ``dask.dataframe`` DataFrame;
    returns a frame with the cleaned text in ``column`` (metadata is not kept:
    use :func:`clean_bag` for it)."""
    pipeline = Pipeline(settings=settings)

    def clean_text(text: str) -> str:
        return pipeline.run(Document(text, record=True)).text  # a cell keeps its ending

    frame = frame.copy()
    if hasattr(frame, "map_partitions"):  # dask
        frame[column] = frame[column].map(clean_text, meta=(column, "object"))
    else:
        frame[column] = frame[column].map(clean_text)
    return frame
