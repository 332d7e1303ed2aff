"""Pipelines used from threads (a thread pool, Dask's threaded scheduler)
give the output they give one document at a time. The rules keep
per-document memos in the process; threads take turns cleaning."""
from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from cleaner import Document, Pipeline

from ._corpus import SEEDS, article


@pytest.fixture
def busy_switching():
    # switch threads every few microseconds, so that documents interleave
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    yield
    sys.setswitchinterval(old)


def test_threads_share_pipelines_and_get_sequential_output(busy_switching):
    docs = [p.read_text(encoding="utf-8") for p in SEEDS] + [article(i) for i in range(40)]
    pipelines = [Pipeline.default(), Pipeline.default(name_style="ap", select=("B", "T", "N", "L")),
                 Pipeline.default(assume_language="de")]
    expected = [[p.run(d).as_dict(with_changes=True) for d in docs] for p in pipelines]
    jobs = [(k, i) for i in range(len(docs)) for k in range(len(pipelines))] * 2

    def run(job):
        k, i = job
        return pipelines[k].run(docs[i]).as_dict(with_changes=True)

    with ThreadPoolExecutor(6) as pool:
        got = list(pool.map(run, jobs))
    for (k, i), out in zip(jobs, got):
        assert out == expected[k][i], (k, i)


def test_dask_threaded_scheduler(busy_switching):
    db = pytest.importorskip("dask.bag")
    from cleaner.scale import clean_bag

    docs = [p.read_text(encoding="utf-8") for p in SEEDS] + [article(i) for i in range(20)]
    records = [{"id": str(i), "text": d} for i, d in enumerate(docs)]
    out = clean_bag(db.from_sequence(records, npartitions=4)).compute(scheduler="threads",
                                                                      num_workers=4)
    pipeline = Pipeline.default()
    assert [r["text"] for r in out] == [pipeline.run(Document(d, record=True)).text for d in docs]
