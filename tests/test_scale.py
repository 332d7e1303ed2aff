"""The Dask helpers give the same result as the pipeline on one machine."""
from __future__ import annotations

import pytest

from cleaner import Document, Pipeline

from .conftest import SEEDS

db = pytest.importorskip("dask.bag")


def test_clean_bag_matches_pipeline() -> None:
    from cleaner.scale import clean_bag

    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8"), "extra": 1} for p in SEEDS]
    out = clean_bag(db.from_sequence(records, npartitions=2)).compute(scheduler="sync")
    pipeline = Pipeline.default()
    for record, result in zip(records, out):
        doc = pipeline.run(Document(record["text"], record=True))  # a record's ending kept
        assert result["text"] == doc.text
        assert result["metadata"] == doc.metadata
        assert result["id"] == record["id"] and result["extra"] == 1


def test_clean_bag_of_strings_with_changes() -> None:
    from cleaner.scale import clean_bag

    out = clean_bag(db.from_sequence(["Kyiv said so.  \r\nShare\r\n"]),
                    with_changes=True).compute(scheduler="sync")
    assert out[0]["text"] == "Kyiv said so.\n"
    assert {c["code"] for c in out[0]["changes"]} >= {"B002"}


def test_clean_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    from cleaner.scale import clean_dataframe

    frame = pd.DataFrame({"text": ["Kyiv said so.  \r\nShare\r\n"]})
    assert clean_dataframe(frame)["text"].tolist() == ["Kyiv said so.\n"]
