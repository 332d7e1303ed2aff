"""The Dask helpers give the same result as the pipeline on one machine."""
from __future__ import annotations

import pytest

from cleaner import Document, Pipeline, Settings

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


def test_clean_bag_errors_raise_skip_or_record() -> None:
    """One bad record need not kill a job over a billion (review 16 U9):
    errors="skip" drops it, errors="record" puts {id, error} in its place;
    the default still raises (negative), and good records are cleaned the
    same way in every mode."""
    from cleaner.scale import clean_bag

    recs = [{"id": 1, "text": "Talks in Kiev resumed on Monday.  \n"},
            {"id": 2, "body": "no text field"}, {"id": 3, "text": None}, 42]
    bag = db.from_sequence(recs, npartitions=1)
    with pytest.raises(TypeError, match="no string field 'text'"):
        clean_bag(bag).compute(scheduler="sync")
    skipped = clean_bag(bag, errors="skip").compute(scheduler="sync")
    assert [r["id"] for r in skipped] == [1]
    recorded = clean_bag(bag, errors="record").compute(scheduler="sync")
    assert recorded[0] == skipped[0]
    assert [r["id"] for r in recorded[1:]] == [2, 3, None]
    assert "no string field 'text'" in recorded[1]["error"]
    assert "not int" in recorded[3]["error"]
    with pytest.raises(ValueError, match="errors='ignore'"):
        clean_bag(bag, errors="ignore")


def test_clean_dataframe() -> None:
    pd = pytest.importorskip("pandas")
    from cleaner.scale import clean_dataframe

    frame = pd.DataFrame({"text": ["Kyiv said so.  \r\nShare\r\n"]})
    assert clean_dataframe(frame)["text"].tolist() == ["Kyiv said so.\n"]


def test_readme_dask_example_runs_as_a_script(tmp_path) -> None:
    """The Dask block of docs/pipelines.md, pasted into a script, runs on Dask's default
    (process) scheduler: it needs its `if __name__ == "__main__":` guard."""
    import json
    import re
    import subprocess
    import sys
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "pipelines.md").read_text(encoding="utf-8")
    block = re.search(r"## On Dask.*?```python\n(.*?)```", docs, re.S).group(1)
    assert 'if __name__ == "__main__":' in block
    (tmp_path / "run.py").write_text(block)
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in SEEDS[:2]]
    (tmp_path / "corpus-0.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    res = subprocess.run([sys.executable, "run.py"], cwd=tmp_path, capture_output=True,
                         text=True, timeout=600)
    assert res.returncode == 0, res.stderr[-3000:]
    out = [json.loads(line) for f in sorted(tmp_path.glob("clean-*.jsonl"))
           for line in f.read_text().splitlines()]
    assert [r["id"] for r in out] == [r["id"] for r in records]
    assert all("metadata" in r for r in out)


def test_dask_examples_write_files_that_concatenate_into_jsonl(tmp_path) -> None:
    """The Dask example (docs/pipelines.md, and the one in cleaner.scale's
    docstring) writes files that each end with a newline, as JSONL does:
    `cat clean-*.jsonl` is JSONL again. Negative: Dask's default
    (last_endline=False) glues the last record of one file to the first of
    the next, which is why the examples pass last_endline=True."""
    import json
    import re
    from pathlib import Path

    import dask

    import cleaner.scale

    docs = (Path(__file__).resolve().parents[1] / "docs" / "pipelines.md").read_text(encoding="utf-8")
    for block in (re.search(r"## On Dask.*?```python\n(.*?)```", docs, re.S).group(1),
                  cleaner.scale.__doc__):
        assert "last_endline=True" in block and "import json" in block
    records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in SEEDS[:4]]
    from cleaner.scale import clean_bag
    for last_endline in (True, False):
        out = tmp_path / str(last_endline)
        bag = clean_bag(db.from_sequence(records, npartitions=2)).map(json.dumps)
        with dask.config.set(scheduler="sync"):
            bag.to_textfiles(str(out / "clean-*.jsonl"), last_endline=last_endline)
        files = sorted(out.glob("clean-*.jsonl"))
        assert len(files) == 2
        joined = "".join(f.read_text(encoding="utf-8") for f in files)
        if last_endline:
            assert [json.loads(line)["id"] for line in joined.splitlines()] == \
                [r["id"] for r in records]
        else:
            with pytest.raises(json.JSONDecodeError):
                [json.loads(line) for line in joined.splitlines()]


def test_clean_dataframe_keeps_missing_cells() -> None:
    """A frame of scraped pages has missing texts: as pandas' own `.str`
    methods, clean_dataframe leaves a missing cell (None, NaN, pd.NA)
    missing and cleans the others, where it raised `not float` on the first
    NaN; a cell that is there but no text (a number, bytes) still raises,
    naming the column (negative)."""
    pd = pytest.importorskip("pandas")
    from cleaner.scale import clean_dataframe

    frame = pd.DataFrame({"id": [1, 2, 3, 4],
                          "text": ["Kiev said so.  \n", None, float("nan"), pd.NA]})
    out = clean_dataframe(frame)
    assert out["text"][0] == "Kyiv said so.\n"
    assert [pd.isna(v) for v in out["text"]] == [False, True, True, True]
    assert out["id"].tolist() == [1, 2, 3, 4]
    assert frame["text"][0] == "Kiev said so.  \n"          # the input frame is left as it was
    for bad, name in ((12, "int"), (b"Kiev", "bytes: decode bytes first"),
                      ([None], "list")):   # a list of a missing value is no missing cell
        with pytest.raises(TypeError, match=f"column 'text': cleaner cleans text \\(str\\), not {name}"):
            clean_dataframe(pd.DataFrame({"text": ["Kiev.", bad]}))


def test_clean_dataframe_names_the_columns_of_a_wrong_column() -> None:
    """column= that the frame has not: a KeyError that lists its columns,
    before any work (pandas' bare KeyError('body') said nothing more)."""
    pd = pytest.importorskip("pandas")
    from cleaner.scale import clean_dataframe

    with pytest.raises(KeyError, match=r"no column 'body' to clean; its columns: id, text"):
        clean_dataframe(pd.DataFrame({"id": [1], "text": ["Kiev."]}), column="body")
    assert clean_dataframe(pd.DataFrame({"body": ["Kiev."]}), column="body")["body"][0] == "Kyiv."


def test_clean_dask_dataframe_keeps_missing_cells() -> None:
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from cleaner.scale import clean_dataframe

    frame = dd.from_pandas(pd.DataFrame({"text": ["Kiev said so.", None, "Share\nKiev."]}),
                           npartitions=2)
    out = clean_dataframe(frame).compute(scheduler="sync")["text"].tolist()
    assert out[0] == "Kyiv said so." and pd.isna(out[1]) and out[2] == "Kyiv."
    with pytest.raises(KeyError, match="no column 'body'"):
        clean_dataframe(frame, column="body")


def test_clean_bag_refuses_json_lines_left_unparsed(tmp_path) -> None:
    """`db.read_text("corpus.jsonl")` without `.map(json.loads)` hands
    clean_bag strings that are JSON lines: each was cleaned as prose —
    names rewritten inside the JSON, the record wrapped as {"text": line}
    — and nothing said. Such a string is now a record that cannot be
    cleaned (raise, skip or record, as errors= says). Negative: a text that
    starts with a brace, or holds JSON within prose, is still cleaned."""
    import json

    from cleaner.scale import clean_bag

    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Talks in Kiev resumed."}) + "\n")
    with pytest.raises(TypeError, match=r"a line of JSON, not a text: parse the lines first"):
        clean_bag(db.read_text(str(src))).compute(scheduler="sync")
    recorded = clean_bag(db.read_text(str(src)), errors="record").compute(scheduler="sync")
    assert "a line of JSON" in recorded[0]["error"]
    ok = clean_bag(db.read_text(str(src)).map(json.loads)).compute(scheduler="sync")
    assert ok[0]["text"] == "Talks in Kyiv resumed."
    texts = ["{Updated} Talks in Kiev resumed.", 'The API sent {"a": 1} to Kiev.',
             '{"a": 1}\n{"b": 2} are two lines']
    out = clean_bag(db.from_sequence(texts)).compute(scheduler="sync")
    assert [o["text"] for o in out] == [t.replace("Kiev", "Kyiv") for t in texts[:2]] + [
        out[2]["text"]]
    assert "error" not in out[2]


def test_clean_bag_of_a_list_says_what_to_do() -> None:
    """A list or a generator is no bag: a TypeError naming
    dask.bag.from_sequence and the way without Dask, not "'list' object has
    no attribute 'map'". Negative: a bag of the same records is cleaned."""
    from cleaner.scale import clean_bag

    records = [{"id": "a", "text": "Talks in Kiev resumed.  \n"}]
    for given in (records, iter(records)):
        with pytest.raises(TypeError, match=r"takes a dask\.bag\.Bag, not (list|list_iterator) "
                                            r"\(dask\.bag\.from_sequence"):
            clean_bag(given)
    out = clean_bag(db.from_sequence(records)).compute(scheduler="sync")
    assert out[0]["text"] == "Talks in Kyiv resumed.\n"


def test_clean_bag_and_clean_dataframe_take_a_pipeline_as_it_is() -> None:
    """A Pipeline built with its own settings (or rules) is mapped as it is;
    it gave AttributeError: 'Pipeline' object has no attribute 'select'.
    Negative: Settings still work, and anything else is a TypeError that
    says what is taken."""
    from cleaner.scale import clean_bag

    records = [{"id": "a", "text": "Talks in Kiev resumed.\n"}]
    keep_names = Pipeline.default(ignore=("N",))
    bag = db.from_sequence(records)
    assert clean_bag(bag, keep_names).compute(scheduler="sync")[0]["text"] == records[0]["text"]
    assert clean_bag(bag, Settings(ignore=("N",))).compute(scheduler="sync")[0]["text"] \
        == records[0]["text"]
    assert clean_bag(bag).compute(scheduler="sync")[0]["text"] == "Talks in Kyiv resumed.\n"
    with pytest.raises(TypeError, match="a cleaner.Settings or a cleaner.Pipeline, not dict"):
        clean_bag(bag, {"ignore": ("N",)})
    pd = pytest.importorskip("pandas")
    from cleaner.scale import clean_dataframe

    frame = pd.DataFrame({"text": ["Talks in Kiev resumed.\n"]})
    assert clean_dataframe(frame, keep_names)["text"].tolist() == ["Talks in Kiev resumed.\n"]
    assert clean_dataframe(frame)["text"].tolist() == ["Talks in Kyiv resumed.\n"]
