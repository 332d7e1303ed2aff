"""The batch runner: the Python API, parallel runs, streaming JSONL, and
interrupted runs that leave nothing half-written."""
from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner import Settings, clean
from cleaner.batch import BatchUsageError, DocResult, check_paths, clean_paths
from cleaner.io import TMP_SUFFIX

from ._corpus import SEEDS, article, corpus, tree


def _tmp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(TMP_SUFFIX)]


def test_clean_paths_api(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 6)
    (tmp_path / "in" / "ok.txt").write_text(article(99, chrome=False))
    seen: list[DocResult] = []
    r = clean_paths([str(tmp_path / "in")], out=tmp_path / "out", on_document=seen.append)
    assert r.exit_code == 0 and r.files == 7 and r.documents == 7
    assert len(r.changed) == 6 and len(r.written) == 7
    assert r.changes_by_rule["B003"] == 6
    assert [d.display for d in seen] == sorted(d.display for d in seen)   # input order
    r2 = check_paths([str(tmp_path / "out")])
    assert r2.exit_code == 0 and not r2.changed and not r2.written


def test_check_paths_exit_code_is_the_command_line_s(tmp_path: Path) -> None:
    """0 nothing would change, 1 a file would change (strict: or anything is
    reported), 2 errors — as `cleaner check` exits."""
    corpus(tmp_path / "in", 3, nested=False)
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "ok.txt").write_text(article(99, chrome=False))
    r = check_paths([str(tmp_path / "in")])
    assert len(r.changed) == 3 and r.exit_code == 1
    assert check_paths([str(tmp_path / "ok")]).exit_code == 0
    clean_paths([str(SEEDS[2])], out=tmp_path / "frag")   # cleaned, fragments reported
    frag = str(tmp_path / "frag" / SEEDS[2].name)
    r = check_paths([frag])
    assert not r.changed and r.reports and r.exit_code == 0
    assert check_paths([frag], strict=True).exit_code == 1
    (tmp_path / "ok" / "bin.txt").write_bytes(b"\x00\x01")
    r = check_paths([str(tmp_path / "ok")])
    assert r.exit_code == 2 and r.failed == [str(tmp_path / "ok" / "bin.txt")]
    r = check_paths([str(tmp_path / "ok")], skip_binary=True)
    assert r.exit_code == 0 and r.skipped and not r.failed and r.cleaned == 1
    # clean: 0, or 1 when asked to fail on fixes and a file was changed
    assert clean_paths([str(tmp_path / "in")], out=tmp_path / "o1").exit_code == 0
    assert clean_paths([str(tmp_path / "in")], in_place=True,
                       exit_non_zero_on_fix=True).exit_code == 1
    assert clean_paths([str(tmp_path / "in")], in_place=True,
                       exit_non_zero_on_fix=True).exit_code == 0


def test_report_and_saved_lines_never_overwrite_inputs_or_outputs(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in", 3, nested=False)
    before = tree(tmp_path)
    with pytest.raises(BatchUsageError, match="would overwrite the input"):
        check_paths([str(tmp_path / "in")], report=inputs[1])
    with pytest.raises(BatchUsageError, match="would overwrite the input"):
        clean_paths([str(inputs[0])], in_place=True, report=inputs[0])
    with pytest.raises(BatchUsageError, match="would overwrite the output of"):
        clean_paths([str(tmp_path / "in")], out=tmp_path / "out",
                    report=tmp_path / "out" / inputs[2].name)
    with pytest.raises(BatchUsageError, match="--save-repeated-lines .* would overwrite"):
        clean_paths([str(tmp_path / "in")], out=tmp_path / "out", learn_repeated_lines=True,
                    save_repeated_lines=inputs[0])
    assert tree(tmp_path) == before


def test_jsonl_bom_is_not_part_of_the_first_record(tmp_path: Path) -> None:
    lines = [json.dumps({"id": i, "text": article(i)}) for i in range(100)]
    data = b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n"
    (tmp_path / "in.jsonl").write_bytes(data)
    for jobs in (1, 2):
        stdout = io.BytesIO()
        r = clean_paths(["-"], jobs=jobs, format="jsonl", stdin=io.BytesIO(data),
                        stdout=stdout)
        assert r.exit_code == 0 and r.documents == 100 and not r.errors
        assert [json.loads(l)["id"] for l in stdout.getvalue().splitlines()] == list(range(100))
        r = clean_paths([str(tmp_path / "in.jsonl")], out=tmp_path / f"out{jobs}", jobs=jobs)
        assert r.exit_code == 0 and r.documents == 100
        assert (tmp_path / f"out{jobs}" / "in.jsonl").read_bytes() == stdout.getvalue()


def test_usage_errors() -> None:
    with pytest.raises(BatchUsageError):
        clean_paths(["x"], out="o", in_place=True)
    with pytest.raises(BatchUsageError):
        clean_paths(["x"], name_from_title=True, in_place=True)
    with pytest.raises(BatchUsageError):
        clean_paths(["x"], format="xml")


def test_output_is_the_same_whatever_the_number_of_jobs(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 24)
    for s in SEEDS:
        (tmp_path / "in" / s.name).write_bytes(s.read_bytes())
    with open(tmp_path / "in" / "docs.jsonl", "w") as fh:
        for i in range(150):
            fh.write(json.dumps({"id": i, "text": article(i, chrome=i % 2 == 0)}) + "\n")
    trees, reports = [], []
    for jobs in (1, 2):
        rep = tmp_path / f"report{jobs}.json"
        r = clean_paths([str(tmp_path / "in")], out=tmp_path / f"out{jobs}", jobs=jobs,
                        report=rep)
        assert r.exit_code == 0
        trees.append(tree(tmp_path / f"out{jobs}"))
        reports.append(json.loads(rep.read_text()))
    assert trees[0] == trees[1]
    for rep in reports:   # outputs differ by name only
        for f in rep["files"]:
            f["output"] = f["output"].replace("out1", "outN").replace("out2", "outN")
    assert reports[0] == reports[1]
    ids = [json.loads(l)["id"] for l in trees[0]["docs.jsonl"].splitlines()]
    assert ids == list(range(150))


class _Counting(io.BytesIO):
    """stdin that remembers how far it had been read."""


def test_jsonl_streams_with_flat_memory(tmp_path: Path) -> None:
    n = 3000
    data = "".join(json.dumps({"id": i, "text": f"Line {i} of the feed.  \n"}) + "\n"
                   for i in range(n)).encode()
    stdin, stdout = _Counting(data), io.BytesIO()
    positions: list[int] = []

    def seen(r: DocResult) -> None:
        if r.line in (1, n // 2):
            positions.append(stdin.tell())

    settings = Settings(select=("L",), assume_language="en")
    for jobs in (1, 2):
        stdin.seek(0)
        positions.clear()
        stdout = io.BytesIO()
        r = clean_paths(["-"], settings=settings, jobs=jobs, format="jsonl", stdin=stdin,
                        stdout=stdout, on_document=seen)
        assert r.exit_code == 0 and r.documents == n
        # the first result came long before the input was read to the end, and
        # half-way the reader was only a bounded window ahead
        assert positions[0] < len(data) // 4
        assert positions[1] < len(data) * 3 // 4
        out = [json.loads(l) for l in stdout.getvalue().splitlines()]
        assert [o["id"] for o in out] == list(range(n))
        assert out[7]["text"] == "Line 7 of the feed.\n"


def test_interrupted_in_process_leaves_nothing_half_written(tmp_path: Path) -> None:
    src = tmp_path / "in" / "big.jsonl"
    src.parent.mkdir()
    src.write_text("".join(json.dumps({"text": article(i)}) + "\n" for i in range(40)))
    corpus(tmp_path / "in", 10, nested=False)

    def stop(r: DocResult) -> None:
        if r.line == 20:
            raise KeyboardInterrupt

    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        rep = tmp_path / f"r{jobs}.json"
        with pytest.raises(KeyboardInterrupt):
            clean_paths([str(src.parent)], out=out, jobs=jobs, report=rep, on_document=stop)
        assert not (out / "big.jsonl").exists()
        assert not _tmp_files(tmp_path)
        # the report of what was done is kept, flagged (review 16 U16)
        done = json.loads(rep.read_text())
        assert done["summary"]["interrupted"] is True
        assert done["files"][0]["interrupted"] is True
        assert [d["line"] for d in done["files"][0]["documents"]] == list(range(1, 20))


def test_interrupted_stream_to_stdout_says_where_to_go_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture) -> None:
    """`cat crawl.jsonl | cleaner clean > out.jsonl` stopped by Ctrl-C said
    "interrupted after 1 of 1 input: finished outputs are complete, the
    others were not written": the stream counted as finished, and nothing
    said that out.jsonl held whole records up to a known input line. Now
    the records written and the line to go on from are said (a blank line
    shifts records and lines apart: the line is the input's). Negative: a
    JSONL file cleaned into -o is still "not written" (its output is
    discarded), and counted as not done."""
    from cleaner.cli import main
    lines = [json.dumps({"text": article(i)}) for i in range(30)]
    lines.insert(4, "")                     # input line 5 is blank
    data = ("\n".join(lines) + "\n").encode()

    def stop(r: DocResult) -> None:
        if r.line == 21:                    # the 20th record
            raise KeyboardInterrupt

    stdout = io.BytesIO()
    with pytest.raises(KeyboardInterrupt) as exc:
        clean_paths(["-"], format="jsonl", stdin=io.BytesIO(data), stdout=stdout,
                    on_document=stop)
    assert exc.value.batch_progress == (0, 1, ("-", 19, 20), False)
    written = [json.loads(l) for l in stdout.getvalue().splitlines()]
    assert [w["id"] for w in written] == [f"-:{n}" for n in (*range(1, 5), *range(6, 21))]
    # the line said is the one to go on from: the rest, cleaned, completes it
    rest = b"".join(data.splitlines(keepends=True)[20:])
    more = io.BytesIO()
    clean_paths(["-"], format="jsonl", stdin=io.BytesIO(rest), stdout=more)
    assert len(written) + len(more.getvalue().splitlines()) == 30

    import cleaner.batch as batch_mod
    real = batch_mod.clean_paths

    def interrupted(*a, **k):
        return real(*a, **{**k, "on_document": stop})

    monkeypatch.setattr(batch_mod, "clean_paths", interrupted)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["clean", "-j1", "--format", "jsonl"]) == 130
    err = capsys.readouterr().err
    assert ("interrupted after 0 of 1 input: - stopped after 19 records, each a whole line "
            "on standard output, its input lines up to 20 done (go on from line 21: "
            "tail -n +21)") in err
    src = tmp_path / "big.jsonl"
    src.write_bytes(data)
    assert main(["clean", "-j1", str(src), "-o", str(tmp_path / "out")]) == 130
    err = capsys.readouterr().err
    assert "interrupted after 0 of 1 input: finished outputs are complete, the others were " \
        "not written" in err and "stopped after" not in err
    assert not (tmp_path / "out" / "big.jsonl").exists()
    # a check writes nothing: it says its listing is of the inputs done
    for command in (["check"], ["clean", "--diff"]):
        assert main([*command, "-j1", str(src)]) == 130
        err = capsys.readouterr().err
        assert "interrupted after 0 of 1 input: what is listed is of the inputs done (run it " \
            "again to check them all)" in err and "outputs" not in err, command


def _cleaner(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", *args]


def _wait_for(pred, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pred():
            return True
        time.sleep(0.01)
    return False


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_run_then_rerun_gives_the_same_tree(tmp_path: Path, sig: int) -> None:
    n = 150
    corpus(tmp_path / "in", n)
    ref = clean_paths([str(tmp_path / "in")], out=tmp_path / "ref", jobs=2)
    assert ref.exit_code == 0
    out = tmp_path / "out"
    cmd = _cleaner("clean", str(tmp_path / "in"), "-o", str(out), "-j", "2", "-q")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        assert _wait_for(lambda: out.exists() and sum(1 for _ in out.rglob("*.txt")) >= 5)
        if sig == signal.SIGKILL:
            os.killpg(proc.pid, sig)    # the run and its workers, no clean-up at all
        else:
            proc.send_signal(sig)       # the run only: it must clean up after itself
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    done = tree(out)
    reference = tree(tmp_path / "ref")
    assert 5 <= len(done) < n, (len(done), proc.returncode, err)   # stopped midway
    # whatever was there after the kill was complete, and nothing more
    assert all(reference[k] == v for k, v in done.items() if not k.endswith(TMP_SUFFIX))
    if sig == signal.SIGTERM:
        assert proc.returncode == 143, err     # 128 + 15 (review 16 U12); Ctrl-C is 130
        assert re.search(rb"terminated after \d+ of \d+ inputs: finished outputs are complete",
                         err), err
        assert b"Traceback" not in err
        assert not _tmp_files(out)
    again = subprocess.run(cmd, capture_output=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert tree(out) == reference
    assert not _tmp_files(tmp_path)


def test_progress_bar_only_when_asked_and_worth_it(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    corpus(tmp_path / "in", 8)
    clean_paths([str(tmp_path / "in")], out=tmp_path / "o1", progress=True)
    assert "/8 [" in capsys.readouterr().err                   # n/8 files
    clean_paths([str(tmp_path / "in")], out=tmp_path / "o2")   # stderr not a terminal
    assert capsys.readouterr().err == ""
    clean_paths([str(tmp_path / "in" / "part0")], out=tmp_path / "o3", progress=True)
    assert capsys.readouterr().err == ""                        # a handful of files


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_bar_for_one_jsonl_file_counts_its_records(
        tmp_path: Path, capsys: pytest.CaptureFixture, jobs: int) -> None:
    """One JSONL corpus is one input, and a run over it may take minutes:
    it gets a bar (a handful of text files does not), which says the
    records taken so far, skipped lines too. Negative: a JSONL stream on
    stdin (a filter) and a small JSONL file without progress asked get none."""
    src = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": f"Kyiv said on day {i} that talks went on."})
             for i in range(1203)]
    lines[7] = '{"id": "broken", "text": "unterminated'
    src.write_text("\n".join(lines) + "\n")
    clean_paths([str(src)], out=tmp_path / "o1", progress=True, jobs=jobs, log=lambda m: None)
    err = capsys.readouterr().err
    assert "1,203 records" in err and "0/1 [" in err, err[-500:]
    clean_paths([str(src)], out=tmp_path / "o2", jobs=jobs, log=lambda m: None)
    assert capsys.readouterr().err == ""                        # stderr not a terminal
    clean_paths(["-"], out="-", progress=True, format="jsonl", log=lambda m: None,
                stdin=io.BytesIO(b'{"text": "Kyiv said on Monday."}\n'),
                stdout=io.BytesIO())
    assert "record" not in capsys.readouterr().err               # stdin: no bar


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_bar_counts_every_input_once(tmp_path: Path, jobs: int,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Files counted by the worker that cleans them, a JSONL file and an
    HTML file --in-place skips by the parent: the bar ends at the total,
    not past it (review 16 U6)."""
    from cleaner import batch
    corpus(tmp_path / "in", 6)
    (tmp_path / "in" / "r.jsonl").write_text(json.dumps({"text": article(1)}) + "\n")
    (tmp_path / "in" / "p.html").write_text("<html><body><p>Hello.</p></body></html>")
    seen = []
    close = batch._Progress.close
    monkeypatch.setattr(batch._Progress, "close",
                        lambda self: (seen.append((self.bar.n, self.total)), close(self)))
    clean_paths([str(tmp_path / "in")], in_place=True, progress=True, jobs=jobs,
                log=lambda m: None)
    assert seen == [(8, 8)]


def test_progress_bar_moves_while_the_results_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bar shows what the workers finished (a shared count), and a
    thread redraws it with a running clock while the in-order consumer waits
    on a slow file (review 16 U6: it stayed at 0/64 for a whole run)."""
    from cleaner import batch
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(batch._Progress, "TICK", 0.05)
    done = batch._Count()
    bar = batch._Progress(10, done)
    try:
        done.value = 7            # the workers finished 7; nothing consumed
        time.sleep(0.5)
        assert bar.bar.n == 7
        assert "7/10" in err.getvalue()
        bar.local = 5             # never past the total
        bar.update()
        assert bar.bar.n == 10
    finally:
        bar.close()


def test_jsonl_records_keep_the_ending_they_came_with(tmp_path):
    """A record's text is not a file: no final newline is added to it, so a
    corpus stored without one is not changed record by record."""
    import json

    from cleaner.batch import clean_paths

    src = tmp_path / "c.jsonl"
    recs = [{"id": "a", "text": "Kyiv said it."}, {"id": "b", "text": "Kyiv said it.\n"},
            {"id": "c", "text": "Kiev said it.\n\n\n"}]
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    res = clean_paths([str(src)], tmp_path / "out", progress=False, log=lambda m: None)
    assert res.exit_code == 0
    out = [json.loads(line) for line in (tmp_path / "out" / "c.jsonl").read_text().splitlines()]
    assert [o["text"] for o in out] == ["Kyiv said it.", "Kyiv said it.\n", "Kyiv said it.\n"]


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_jsonl_file_without_a_final_newline_says_so_whatever_its_chunks(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n: int) -> None:
    """The last record says that the file would gain a final newline, also
    when the file ends exactly at a chunk boundary."""
    import cleaner.batch as batch

    monkeypatch.setattr(batch, "JSONL_CHUNK_LINES", 2)
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps({"id": str(i), "text": "A clean sentence.\n",
                                         "metadata": {"language": "en"}})
                             for i in range(n)))
    seen: list[DocResult] = []
    r = check_paths([str(src)], on_document=seen.append)
    assert r.exit_code == 1 and r.changed == [str(src)] and r.rewritten_only == [str(src)]
    assert [d.rewrites for d in seen] == [[]] * (n - 1) + [
        ["a newline would be added at the end of the file"]]


def test_report_never_overwrites_a_name_registry_or_a_file_given_as_read(tmp_path: Path) -> None:
    inputs = corpus(tmp_path / "in", 2, nested=False)
    names = tmp_path / "names.toml"
    names.write_text("# the desk's names\n")
    before = tree(tmp_path)
    with pytest.raises(BatchUsageError, match=f"--report {names} would overwrite the name "
                                              f"registry {names}, which this run reads"):
        check_paths([str(tmp_path / "in")], Settings(name_files=(str(names),)), report=names)
    with pytest.raises(BatchUsageError, match="would overwrite --config my.toml, which"):
        check_paths([str(tmp_path / "in")], report=tmp_path / "in" / ".." / "my.toml",
                    read_files=[("--config my.toml", tmp_path / "my.toml")])
    with pytest.raises(BatchUsageError, match=f"the output of {inputs[0]}, .* would overwrite "
                                              "the list, which this run reads"):
        clean_paths([str(inputs[0])], out=tmp_path,
                    read_files=[("the list", tmp_path / inputs[0].name)])
    assert tree(tmp_path) == before


def test_jsonl_blank_lines_are_said_once_for_the_file_whatever_its_chunks(
        tmp_path: Path) -> None:
    """Blank lines are not records: the documents are the records, and
    on_document gets the file's reason once, after its records (line None)."""
    from cleaner import batch
    lines = [json.dumps({"id": i, "text": f"Record {i} is about the weather today.\n",
                         "metadata": {"language": "en"}}) for i in range(150)]
    lines[70:70] = ["", " \t"]          # across the chunk edge (64 lines)
    src = tmp_path / "big.jsonl"
    src.write_text("\n".join(lines) + "\n")
    before = src.read_bytes()
    for jobs in (1, 2):
        seen: list[DocResult] = []
        r = check_paths([str(src)], jobs=jobs, on_document=seen.append)
        assert r.documents == 150 and r.changed == [str(src)] and r.exit_code == 1
        files = [d for d in seen if d.line is None]
        assert len(files) == 1 and seen[-1] is files[0]
        assert files[0].rewrites == ["2 blank lines would be removed (lines 71, 72)"]
        assert not any(d.rewrites for d in seen[:-1])
    assert batch.JSONL_CHUNK_LINES < 70 and src.read_bytes() == before
    r = clean_paths([str(src)], in_place=True)
    assert r.written == [str(src)]
    assert src.read_text().splitlines() == [l for l in lines if l.strip()]
    seen = []
    assert check_paths([str(src)], on_document=seen.append).exit_code == 0
    assert len(seen) == 150 and all(d.line is not None for d in seen)


def test_in_place_html_and_stdin_through_the_api(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "p.html").write_text("<!DOCTYPE html><title>T</title><p>Some text here.</p>")
    r = clean_paths([str(d)], in_place=True)
    assert r.exit_code == 0 and r.files == 2 and r.cleaned == 1
    assert r.skipped == r.skipped_html == [str(d / "p.html")]
    r = clean_paths([str(d / "p.html")], in_place=True)
    assert r.exit_code == 2 and r.failed == [str(d / "p.html")] and not r.skipped
    r = clean_paths([str(d)], out=tmp_path / "out")
    assert r.cleaned == 2 and not r.skipped and not r.skipped_html
    with pytest.raises(BatchUsageError, match="--in-place needs files, not stdin"):
        clean_paths([str(d / "a.txt"), "-"], in_place=True, stdin=io.BytesIO(b"Kiev\n"))


def test_report_docstring_names_every_key_a_report_has(tmp_path: Path) -> None:
    """cleaner.report's docstring documents the shape: every key written is in it."""
    import cleaner.report
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "cp.txt").write_bytes("Caf\xe9 society is back.\n".encode("cp1252"))
    (d / "empty.txt").write_bytes(b"")
    (d / "bin.txt").write_bytes(b"\x00binary")
    (d / "j.jsonl").write_text('{"text": "Kiev said it."}\n\n{oops\n')
    report = tmp_path / "r.json"
    clean_paths([str(d)], out=tmp_path / "out", report=str(report))
    data = json.loads(report.read_text())
    keys: set[str] = set()

    def walk(obj: object, depth: int) -> None:
        if isinstance(obj, dict):
            for k, v in obj.items():
                if depth < 3 and not k[:1].isupper():   # not rule codes, not metadata
                    keys.add(k)
                if k not in ("metadata", "by_rule", "counts", "changes", "reports"):
                    walk(v, depth + 1)
        elif isinstance(obj, list):
            for v in obj:
                walk(v, depth)

    walk(data, 0)
    assert {"rewrites", "skipped", "notes", "documents", "error"} <= keys
    doc = cleaner.report.__doc__
    assert [k for k in sorted(keys) if f'"{k}"' not in doc] == []


def test_an_unreadable_directory_of_a_walk_is_an_error(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A subdirectory that cannot be listed is an error naming it (exit 2),
    not skipped in silence: a check must not pass on files it never read.
    (Root may list anything: there the refusal is simulated.)"""
    d = tmp_path / "fd"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(article(1, chrome=False))
    (d / "sub" / "x.txt").write_text(article(2))
    (d / "sub").chmod(0)
    if os.geteuid() == 0:
        real_scandir = os.scandir

        def scandir(path: object = ".") -> object:
            if os.fspath(path) == str(d / "sub"):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real_scandir(path)
        monkeypatch.setattr(os, "scandir", scandir)
    logged: list[str] = []
    try:
        r = check_paths([str(d)], log=logged.append)
    finally:
        (d / "sub").chmod(0o755)
    assert r.exit_code == 2
    assert f"error: {d / 'sub'}: cannot read (Permission denied)" in logged
    assert r.errors == [{"path": str(d / "sub"),
                         "error": f"{d / 'sub'}: cannot read (Permission denied)"}]
    assert r.files == 1


def test_bad_name_settings_fail_when_made_not_once_per_file(tmp_path: Path) -> None:
    """Settings checks the house style and the name registries when it is
    made (SettingsError), as it checks rule and language codes: a batch
    never starts with them and never gives one internal error per file."""
    from cleaner.pipeline import SettingsError
    bad = tmp_path / "bad.toml"
    bad.write_text("[[place\n")
    for kw, message in [({"name_style": "nyt"}, "unknown house style 'nyt'"),
                        ({"name_files": (str(tmp_path / "missing.toml"),)}, "no such file"),
                        ({"name_files": (str(bad),)}, f"{bad}: invalid TOML")]:
        with pytest.raises(SettingsError, match=re.escape(message)):
            clean_paths([str(SEEDS)], out=tmp_path / "o", settings=Settings(**kw))
    assert not (tmp_path / "o").exists()
    s = Settings(name_style=" BBC ")
    assert s.name_style == "bbc"
    assert Settings(**{"name_style": s.name_style}) == s


def test_report_entries_always_carry_rewrites(tmp_path: Path) -> None:
    """README: every entry has `rewrites` — [] when the output differs only
    by its changes or not at all — for files, JSONL documents and JSONL
    files alike; a consumer may write e["rewrites"]."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "clean.txt").write_text(article(2, chrome=False))
    (d / "cp.txt").write_bytes("Caf\xe9 society is back.\n".encode("cp1252"))
    (d / "j.jsonl").write_text(json.dumps({"id": "1", "text": article(3)}) + "\n")
    report = tmp_path / "r.json"
    clean_paths([str(d)], out=tmp_path / "out", report=str(report))
    files = {Path(e["path"]).name: e for e in json.loads(report.read_text())["files"]}
    assert files["a.txt"]["rewrites"] == [] and files["clean.txt"]["rewrites"] == []
    assert files["cp.txt"]["rewrites"] == ["would be rewritten as UTF-8 (was cp1252)"]
    assert files["j.jsonl"]["rewrites"] == []
    assert [doc["rewrites"] for doc in files["j.jsonl"]["documents"]] == [
        ["record fields would be added: metadata"]]


def test_a_document_slow_to_clean_is_named_in_a_warning(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    # a document that takes seconds holds a line some rule reads in more
    # than linear time: the batch says which (the threshold lowered here)
    import cleaner.batch as batch

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Ferry resumes\n\nThe ferry ran again on Monday.\n")
    (tmp_path / "in" / "b.jsonl").write_text('{"text": "The ferry ran again on Monday."}\n')
    logged: list[str] = []
    monkeypatch.setattr(batch, "SLOW_SECONDS", -1.0)
    monkeypatch.setattr(batch, "SLOW_SECONDS_PER_MB", -1.0)
    res = batch.clean_paths([str(tmp_path / "in")], tmp_path / "out", jobs=1, progress=False,
                            log=logged.append)
    assert res.exit_code == 0
    slow = [m for m in logged if "took" in m]
    assert len(slow) == 2 and all(m.startswith("warning: ") for m in slow)
    assert any("a.txt: took" in m for m in slow) and any("b.jsonl:1: took" in m for m in slow)
    assert all(" MB, " in m and "more than linear time; please report it" in m for m in slow)


def test_a_long_document_slow_to_clean_is_not_called_pathological(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a document that takes seconds because it is long (its seconds a MB
    # those of a normal one, e.g. a megabyte on one line) is named with its
    # size, not said to be read in more than linear time
    import cleaner.batch as batch

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The ferry ran again on Monday. " * 300 + "\n")
    logged: list[str] = []
    monkeypatch.setattr(batch, "SLOW_SECONDS", -1.0)
    monkeypatch.setattr(batch, "SLOW_SECONDS_PER_MB", 1e9)
    batch.clean_paths([str(tmp_path / "in")], tmp_path / "out", jobs=1, progress=False,
                      log=logged.append)
    slow = [m for m in logged if "took" in m]
    assert len(slow) == 1 and slow[0].startswith("warning: ") and "a.txt: took" in slow[0]
    assert "(0.01 MB, " in slow[0] and slow[0].endswith("a long document")
    assert "linear" not in slow[0] and "report" not in slow[0]


def test_a_document_cleaned_in_time_gets_no_warning(tmp_path: Path) -> None:
    # negative: at the real threshold an article gets no such warning
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Ferry resumes\n\nThe ferry ran again on Monday.\n")
    logged: list[str] = []
    clean_paths([str(tmp_path / "in")], tmp_path / "out", progress=False, log=logged.append)
    assert not [m for m in logged if "took" in m]


def test_result_lists_and_counts_as_the_readme_says(tmp_path: Path) -> None:
    """README (Batch, Python): cleaned is a count; changed, failed and
    skipped are lists of inputs; a missing path is only in errors
    (review12 U7)."""
    from cleaner.batch import clean_paths

    good = tmp_path / "a.txt"
    good.write_text("Harbour news\n\nThe council approved a new ferry route on Monday.\n\n"
                    "Read more: Ferry fares to rise\n")
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    r = clean_paths([str(good), str(tmp_path / "missing.txt"), str(binary)],
                    out=tmp_path / "out")
    assert r.cleaned == 1
    assert r.changed == [str(good)] and r.failed == [str(binary)] and r.skipped == []
    assert [e["path"] for e in r.errors] == [str(tmp_path / "missing.txt"), str(binary)]
    assert r.exit_code == 2


# -- gzip JSONL (review 16 U8) -------------------------------------------------

def _shard(path: Path, n: int = 3) -> bytes:
    data = "".join(json.dumps({"id": f"r{i}", "text": article(i)}) + "\n" for i in range(n))
    path.write_text(data)
    return data.encode()


def test_jsonl_gz_is_read_and_written_compressed(tmp_path: Path) -> None:
    """A .jsonl.gz shard (Dolma, datatrove) is cleaned as its .jsonl would be,
    into a .jsonl.gz; found by a walk; written again only if its content
    changes (the gzip header has no time), and rewritten --in-place as gzip."""
    import gzip
    (tmp_path / "in").mkdir()
    plain = _shard(tmp_path / "plain.jsonl")
    (tmp_path / "in" / "s.jsonl.gz").write_bytes(gzip.compress(plain))
    clean_paths([str(tmp_path / "plain.jsonl")], out=tmp_path / "p", log=lambda m: None)
    r = clean_paths([str(tmp_path / "in")], out=tmp_path / "g", log=lambda m: None)
    assert r.exit_code == 0 and r.documents == 3
    out = tmp_path / "g" / "s.jsonl.gz"
    assert out.read_bytes()[:2] == b"\x1f\x8b"
    assert gzip.decompress(out.read_bytes()) == (tmp_path / "p" / "plain.jsonl").read_bytes()
    st = out.stat()
    clean_paths([str(tmp_path / "in")], out=tmp_path / "g", log=lambda m: None)
    assert (out.stat().st_ino, out.stat().st_mtime_ns) == (st.st_ino, st.st_mtime_ns)
    assert not check_paths([str(out)]).changed
    clean_paths([str(tmp_path / "in" / "s.jsonl.gz")], in_place=True, log=lambda m: None)
    assert gzip.decompress((tmp_path / "in" / "s.jsonl.gz").read_bytes()) == \
        (tmp_path / "p" / "plain.jsonl").read_bytes()


def test_gzip_stdin_and_bad_gzip(tmp_path: Path) -> None:
    """Gzip on stdin is read (auto and --format jsonl; the output is plain
    JSONL); a gzip text file, and a gzip shard cut short, are errors that
    say so (exit 2), not "binary file"."""
    import gzip
    plain = _shard(tmp_path / "plain.jsonl")
    want = io.BytesIO()
    clean_paths(["-"], stdin=io.BytesIO(plain), stdout=want, log=lambda m: None)
    for fmt in ("auto", "jsonl"):
        got = io.BytesIO()
        r = clean_paths(["-"], format=fmt, stdin=io.BytesIO(gzip.compress(plain)), stdout=got,
                        log=lambda m: None)
        assert r.exit_code == 0 and got.getvalue() == want.getvalue()
    (tmp_path / "t.txt.gz").write_bytes(gzip.compress(article(1).encode()))
    logged: list[str] = []
    r = clean_paths([str(tmp_path / "t.txt.gz")], out=tmp_path / "o", log=logged.append)
    assert r.exit_code == 2
    assert any("t.txt.gz: gzip-compressed; only JSONL is read compressed" in m for m in logged)
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(plain)[:-30])
    logged.clear()
    r = clean_paths([str(tmp_path / "cut.jsonl.gz")], out=tmp_path / "o", log=logged.append)
    assert r.exit_code == 2 and any("cut.jsonl.gz: read error after line" in m for m in logged)
    # --in-place leaves a shard it cannot read to its end as it was, and the
    # report stays JSON, the error under the file's documents
    cut = (tmp_path / "cut.jsonl.gz").read_bytes()
    r = clean_paths([str(tmp_path / "cut.jsonl.gz")], in_place=True, log=lambda m: None,
                    report=tmp_path / "rep.json")
    assert r.exit_code == 2 and r.files == 1 and r.failed == [str(tmp_path / "cut.jsonl.gz")]
    assert (tmp_path / "cut.jsonl.gz").read_bytes() == cut
    rep = json.loads((tmp_path / "rep.json").read_text())
    assert "read error" in rep["files"][0]["documents"][-1]["error"]


def test_a_shard_that_cannot_be_read_says_so_not_lines_skipped(tmp_path: Path) -> None:
    """A gzip shard cut short before its first line is "read error before
    its first line", not "after line 0"; -v does not call the read error a
    line skipped, and --in-place says it left the file as it was because
    it could not be read to its end — not that "it has lines that cannot be
    cleaned" (negative: a shard with a bad line still says that)."""
    import gzip
    plain = _shard(tmp_path / "plain.jsonl")
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(plain)[:20])
    logged: list[str] = []
    r = clean_paths([str(tmp_path / "cut.jsonl.gz")], out=tmp_path / "o", verbose=True,
                    log=logged.append)
    assert r.exit_code == 2
    assert any(m.startswith(f"error: {tmp_path / 'cut.jsonl.gz'}: read error before its "
                            "first line (") for m in logged), logged
    assert not any("line skipped" in m or "lines skipped" in m for m in logged), logged
    # not one record read: the file failed, and -o writes no (empty) output
    assert f"note: {tmp_path / 'cut.jsonl.gz'}: no record could be read; no output " \
        "written" in logged, logged
    assert r.failed == [str(tmp_path / "cut.jsonl.gz")]
    assert not (tmp_path / "o" / "cut.jsonl.gz").exists()
    logged.clear()
    r = clean_paths([str(tmp_path / "cut.jsonl.gz")], in_place=True, log=logged.append,
                    report=tmp_path / "rep.json")
    assert f"note: {tmp_path / 'cut.jsonl.gz'} left as it was: it could not be read to its " \
        "end (0 changes not applied)" in logged
    # negative: a shard cut short after its first records is written up to there
    (tmp_path / "late.jsonl.gz").write_bytes(gzip.compress(plain * 200)[:-30])
    logged.clear()
    clean_paths([str(tmp_path / "late.jsonl.gz")], out=tmp_path / "o", verbose=True,
                log=logged.append)
    assert any(m.endswith(", cut short by a read error)") for m in logged), logged
    assert (tmp_path / "o" / "late.jsonl.gz").exists()
    rep = json.loads((tmp_path / "rep.json").read_text())
    assert rep["files"][0]["left_as_it_was"].startswith("it could not be read to its end")
    (tmp_path / "bad.jsonl").write_bytes(plain + b"{oops\n")
    logged.clear()
    clean_paths([str(tmp_path / "bad.jsonl")], in_place=True, log=logged.append)
    assert any("left as it was: it has lines that cannot be cleaned" in m for m in logged)


def test_changes_of_outputs_not_written_are_not_counted_as_made(tmp_path: Path) -> None:
    """An output that cannot be written (here a directory is in its way):
    its changes are "not applied", not counted as changes made (review 16
    U14); the other file's are counted as before (negative)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(1))
    (tmp_path / "in" / "b.txt").write_text(article(2))
    (tmp_path / "in" / "r.jsonl").write_text(json.dumps({"id": "x", "text": article(3)}) + "\n")
    ref = clean_paths([str(tmp_path / "in")], out=tmp_path / "ref", log=lambda m: None)
    (tmp_path / "out" / "a.txt").mkdir(parents=True)
    (tmp_path / "out" / "r.jsonl").mkdir(parents=True)
    r = clean_paths([str(tmp_path / "in")], out=tmp_path / "out", log=lambda m: None)
    assert r.exit_code == 2 and len(r.errors) == 2
    made = sum(ref.changes_by_rule.values())
    assert sum(r.changes_by_rule.values()) + r.unapplied == made
    assert 0 < sum(r.changes_by_rule.values()) < made
    assert r.changed == [str(tmp_path / "in" / "b.txt")]
    assert r.summary()["unapplied_changes"] == r.unapplied


def _entries(report: Path) -> dict[str, dict]:
    return {Path(f["path"]).name: f for f in json.loads(report.read_text())["files"]}


def test_the_report_names_an_output_only_where_one_was_written(tmp_path: Path) -> None:
    """A report entry's ``output`` names the file that holds the input's
    output after the run (written now, or already holding those bytes) and
    is null where no file does: an input that failed, an output that could
    not be written, a JSONL file none of whose records could be cleaned or
    that --in-place left as it was, a check, stdout."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "b.txt").write_text(article(2))
    (d / "bin.txt").write_bytes(b"\x00\x01binary")
    (d / "good.jsonl").write_text(json.dumps({"id": "g", "text": article(3)}) + "\n")
    (d / "bad.jsonl").write_text("{oops\n{nope\n")
    out, rep = tmp_path / "out", tmp_path / "r.json"
    (out / "b.txt").mkdir(parents=True)   # in the way of b.txt's output
    r = clean_paths([str(d)], out=out, report=rep, log=lambda m: None)
    assert r.exit_code == 2
    e = _entries(rep)
    assert e["a.txt"]["output"] == str(out / "a.txt") and e["a.txt"]["written"] is True
    assert e["good.jsonl"]["output"] == str(out / "good.jsonl")
    assert e["good.jsonl"]["written"] is True
    # the output that could not be written now has an entry, naming no output
    assert e["b.txt"]["output"] is None and "cannot write" in e["b.txt"]["error"]
    assert e["bin.txt"]["output"] is None and "binary" in e["bin.txt"]["error"]
    assert e["bad.jsonl"]["output"] is None and not (out / "bad.jsonl").exists()
    # run again: the outputs already hold those bytes; still named, not written
    r = clean_paths([str(d / "a.txt"), str(d / "good.jsonl")], out=out, report=rep)
    e = _entries(rep)
    assert e["a.txt"]["output"] == str(out / "a.txt") and e["a.txt"]["written"] is False
    assert e["good.jsonl"]["output"] == str(out / "good.jsonl")
    assert e["good.jsonl"]["written"] is False
    # --in-place: a JSONL file left as it was (a line that cannot be
    # cleaned) names none; a clean one, its input, which is its output
    (d / "mixed.jsonl").write_text(json.dumps({"id": "m", "text": article(4)}) + "\n{oops\n")
    clean_paths([str(d / "good.jsonl")], in_place=True, log=lambda m: None)
    r = clean_paths([str(d / "mixed.jsonl"), str(d / "good.jsonl"), str(d / "a.txt")],
                    in_place=True, report=rep, log=lambda m: None)
    e = _entries(rep)
    assert e["mixed.jsonl"]["output"] is None and e["mixed.jsonl"]["left_as_it_was"]
    assert e["good.jsonl"]["output"] == str(d / "good.jsonl")
    assert e["good.jsonl"]["written"] is False
    assert e["a.txt"]["output"] == str(d / "a.txt") and e["a.txt"]["written"] is True
    # a check and stdout write no file
    check_paths([str(d / "a.txt"), str(d / "good.jsonl")], report=rep)
    assert [f["output"] for f in _entries(rep).values()] == [None, None]
    clean_paths([str(d / "good.jsonl")], out="-", stdout=io.BytesIO(), report=rep)
    assert _entries(rep)["good.jsonl"]["output"] is None


def test_stale_outputs_are_listed_by_the_api(tmp_path: Path) -> None:
    """BatchResult.stale_outputs: the files of -o an earlier run left for
    inputs that fail now — one unreadable as JSONL (binary), one none of
    whose records can be cleaned; kept as they were. A file that is still
    cleaned, and a JSONL file with a good record, have none (negative)."""
    d = tmp_path / "in"
    d.mkdir()
    for name in ("bin.jsonl", "bad.jsonl", "mixed.jsonl"):
        (d / name).write_text(json.dumps({"id": name, "text": article(1)}) + "\n")
    (d / "a.txt").write_text(article(2))
    out = tmp_path / "out"
    assert clean_paths([str(d)], out=out).exit_code == 0
    before = tree(out)
    (d / "bin.jsonl").write_bytes(b"\x00\x01\x02binary\n")
    (d / "bad.jsonl").write_text("{oops\n")
    (d / "mixed.jsonl").write_text("{oops\n" + json.dumps({"text": article(3)}) + "\n")
    logged: list[str] = []
    r = clean_paths([str(d)], out=out, log=logged.append)
    assert r.exit_code == 2
    assert r.stale_outputs == [str(out / "bad.jsonl"), str(out / "bin.jsonl")]
    assert r.summary()["stale_outputs"] == 2
    assert sum(m.startswith("warning:") and "stale output kept" in m for m in logged) == 2
    now = tree(out)
    assert now["bad.jsonl"] == before["bad.jsonl"] and now["bin.jsonl"] == before["bin.jsonl"]
    assert now["mixed.jsonl"] != before["mixed.jsonl"]


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal")
@pytest.mark.parametrize("rows,cols", [(24, 0), (0, 0), (24, 100)])
def test_progress_bar_shows_on_a_terminal_that_reports_no_size(tmp_path: Path, rows: int,
                                                                cols: int) -> None:
    """A pseudo-terminal nobody sized (0 columns: `script` run from a CI job,
    a serial console) is a terminal, but tqdm drew nothing on it — no bar at
    all for a whole run. It is drawn as wide as $COLUMNS (here 72) there;
    a sized terminal keeps its own width (negative). Such a terminal
    usually reports 0 rows too (`script -qc 'cleaner clean …'` from a
    shell script does), and tqdm, given no height, took -1 rows and again
    drew nothing: the bar is given a height there as well."""
    import fcntl
    import pty
    import struct
    import termios

    corpus(tmp_path / "in", 8)
    code = ("import sys; from cleaner.batch import clean_paths; "
            f"clean_paths([{str(tmp_path / 'in')!r}], out={str(tmp_path / 'out')!r}, jobs=1)")
    pid, fd = pty.fork()
    if pid == 0:   # pragma: no cover - the child
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            os.environ["COLUMNS"] = "72"
            os.chdir(Path(__file__).resolve().parents[1])
            os.execv(sys.executable, [sys.executable, "-c", code])
        finally:
            os._exit(127)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, out[-2000:]
    frames = [f for f in out.decode("utf-8", "replace").split("\r") if "/8 [" in f]
    assert frames, out[-2000:]
    width = max(len(f.rstrip("\n")) for f in frames)
    assert abs(width - (72 if cols == 0 else 100)) <= 1   # tqdm keeps a column spare


def test_jsonl_on_stdin_is_streamed_after_its_first_megabyte(tmp_path: Path) -> None:
    """`jq -c . crawl.jsonl | cleaner clean` (the README's pipeline): stdin
    in --format auto was read whole before the first record was cleaned —
    memory as large as the crawl, no output until its end. Its format is
    now told from its first megabyte, and JSONL is streamed from there, as
    --format jsonl streams it: the first record is cleaned while most of
    stdin is still unread, and the output is the same bytes as --format
    jsonl gives, gzip too. Negative: a text or a page longer than the head
    is still read whole and cleaned as one document, and a record longer
    than the head is still JSONL."""
    import gzip

    from cleaner import batch

    body = "The talks would resume next week, the minister said. " * 8000   # ~430 KB
    data = "".join(json.dumps({"id": f"r{k}", "text": f"Kiev {k}. {body}"}) + "\n"
                   for k in range(8)).encode()
    assert len(data) > 3 * batch.STDIN_SNIFF_BYTES
    stdin = io.BytesIO(data)
    read_at_first: list[int] = []
    out = io.BytesIO()
    r = clean_paths(["-"], stdin=stdin, stdout=out, jobs=1, log=lambda m: None,
                    on_document=lambda d: read_at_first.append(stdin.tell()))
    assert r.exit_code == 0 and r.documents == 8
    # streamed: a megabyte and more still unread when the first record is out
    assert read_at_first[0] < len(data) - batch.STDIN_SNIFF_BYTES
    want = io.BytesIO()
    clean_paths(["-"], format="jsonl", stdin=io.BytesIO(data), stdout=want, jobs=1,
                log=lambda m: None)
    assert out.getvalue() == want.getvalue()
    recs = [json.loads(l) for l in out.getvalue().splitlines()]
    assert [r["id"] for r in recs] == [f"r{k}" for k in range(8)]
    assert recs[3]["text"].startswith("Kyiv 3.")
    got = io.BytesIO()
    assert clean_paths(["-"], stdin=io.BytesIO(gzip.compress(data)), stdout=got, jobs=1,
                       log=lambda m: None).exit_code == 0
    assert got.getvalue() == want.getvalue()
    # one record longer than the head: still JSONL
    long = (json.dumps({"id": "big", "text": "Kiev. " + body * 3}) + "\n").encode()
    assert len(long) > batch.STDIN_SNIFF_BYTES
    got = io.BytesIO()
    assert clean_paths(["-"], stdin=io.BytesIO(long), stdout=got, jobs=1,
                       log=lambda m: None).exit_code == 0
    assert json.loads(got.getvalue())["id"] == "big"
    # negative: a long text (a brace first, as JSON would start) and a long page
    text = ("{Updated} Kiev talks\n\n" + (body + "\n\n") * 3).encode()
    assert len(text) > batch.STDIN_SNIFF_BYTES
    got = io.BytesIO()
    r = clean_paths(["-"], stdin=io.BytesIO(text), stdout=got, jobs=1, log=lambda m: None)
    assert r.exit_code == 0 and r.documents == 1
    assert got.getvalue().startswith(b"{Updated} Kyiv talks\n\nThe talks would resume")
    page = ("<!DOCTYPE html><html><head><title>Kiev talks</title></head><body>"
            + f"<p>{body}</p>" * 3 + "</body></html>").encode()
    got = io.BytesIO()
    assert clean_paths(["-"], stdin=io.BytesIO(page), stdout=got, jobs=1,
                       log=lambda m: None).exit_code == 0
    assert got.getvalue().startswith(b"Kyiv talks\n\nThe talks would resume")


def test_files_to_files_need_no_binary_stdout(tmp_path: Path) -> None:
    """Where sys.stdout has no binary buffer (a notebook's stream,
    io.StringIO under contextlib.redirect_stdout: docs/command-line.md's
    example run by tests/test_docs.py), clean_paths still cleans files to
    files, with a report; stdin to stdout takes the streams given."""
    import contextlib
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(0), encoding="utf-8")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        result = clean_paths([str(src)], out=tmp_path / "out", report=str(tmp_path / "r.json"))
        check = check_paths([str(tmp_path / "out")])
    assert (result.exit_code, result.errors, check.exit_code) == (0, [], 0)
    assert (tmp_path / "out" / "a.txt").read_text(encoding="utf-8") == clean(article(0))
    assert json.loads((tmp_path / "r.json").read_text())["summary"]["files"] == 1
    assert printed.getvalue() == ""
    # negative: stdin still goes to stdout, through the streams passed
    stdout = io.BytesIO()
    with contextlib.redirect_stdout(printed):
        clean_paths(["-"], stdin=io.BytesIO(article(0).encode()), stdout=stdout)
    assert stdout.getvalue().decode() == clean(article(0))
    assert printed.getvalue() == ""


def test_a_directory_tagged_as_a_cache_is_not_walked(tmp_path: Path) -> None:
    """A CACHEDIR.TAG (https://bford.info/cachedir/; cleaner's cache, any
    tool's) marks a directory a walk leaves out, as tar --exclude-caches;
    a file of that name without the signature does not."""
    corpus(tmp_path / "in", 2, nested=False)
    tagged = tmp_path / "in" / "tool-cache"
    tagged.mkdir()
    (tagged / "CACHEDIR.TAG").write_bytes(b"Signature: 8a477f597d28d172789f06886806bc55\n"
                                          b"# a cache\n")
    (tagged / "entry.txt").write_text(article(7))
    said: list[str] = []
    r = check_paths([str(tmp_path / "in")], verbose=True, log=said.append)
    assert r.files == 2
    assert f"skipped: {tagged}: a cache directory (CACHEDIR.TAG), not walked" in said
    (tagged / "CACHEDIR.TAG").write_text("notes about this directory\n")
    assert check_paths([str(tmp_path / "in")]).files == 3
    # named, a file in it is cleaned, as any file named
    assert check_paths([str(tagged / "entry.txt")]).files == 1


def test_resolver_agrees_with_realpath(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the set-up resolves every input and output once a directory (plus an
    # lstat a file): it must find what os.path.realpath finds, links too
    from cleaner.batch import _Resolver
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "a.txt").write_text("x")
    (real / "sub" / "b.txt").write_text("x")
    (tmp_path / "dirlink").symlink_to(real)
    (real / "filelink.txt").symlink_to(real / "sub" / "b.txt")
    (real / "dangling.txt").symlink_to(real / "nowhere.txt")
    (real / "loop.txt").symlink_to(real / "loop.txt")
    monkeypatch.chdir(tmp_path)
    paths = [real / "a.txt", tmp_path / "dirlink" / "a.txt", tmp_path / "dirlink" / "sub" / "b.txt",
             real / "filelink.txt", tmp_path / "dirlink" / "filelink.txt",
             real / "dangling.txt", real / "loop.txt", real / "missing.txt",
             tmp_path / "missing-dir" / "x.txt", real / "sub" / ".." / "a.txt",
             real / "sub" / "..", real / ".", Path("dirlink/a.txt"), Path("dirlink/../real/a.txt"),
             Path("a.txt"), Path("real/sub/"), str(real) + "/sub//b.txt"]
    resolve = _Resolver()
    for _ in range(2):   # the second time from its memo of directories
        for p in paths:
            assert resolve(p) == os.path.realpath(p), p


def test_a_report_of_a_document_of_many_changes_is_the_same_written_a_change_at_a_time(
        tmp_path: Path) -> None:
    """A document's changes beyond STREAM_OVER are written to the report one
    at a time (a page of 300,000 removals made their dicts and JSON at
    once, ~80 MB over the run's peak): the bytes are those of the list,
    json.dumps's separators and all; a short list is made whole, as before."""
    import json as _json

    from cleaner import report as report_mod
    d = tmp_path / "in"
    d.mkdir()
    many = report_mod.STREAM_OVER + 44
    (d / "page.txt").write_text("An invented headline\n\n" + "Share on Facebook\n\n" * many
                                + "A sentence of the article, long enough to be one.\n")
    (d / "short.txt").write_text("An invented headline\n\n" + "Share on Facebook\n\n" * 3
                                 + "A sentence of the article, long enough to be one.\n")
    check_paths([str(d)], report=tmp_path / "r.json")
    raw = (tmp_path / "r.json").read_text(encoding="utf-8")
    report = _json.loads(raw)
    sizes = sorted(len(e["changes"]) for e in report["files"])
    assert sizes[0] < report_mod.STREAM_OVER < many <= sizes[1]
    for entry in report["files"]:
        assert _json.dumps(entry, ensure_ascii=False) in raw


def test_a_document_of_many_changes_is_reported_in_flat_memory(tmp_path: Path) -> None:
    """The entry of a page of 20,000 removals is written without a dict of
    each change held at once: the report adds little to the run's peak."""
    import gc
    import tracemalloc

    from cleaner import report as report_mod
    d = tmp_path / "in"
    d.mkdir()
    (d / "page.txt").write_text("An invented headline\n\n" + "Share on Facebook\n\n" * 20_000
                                + "A sentence of the article, long enough to be one.\n")
    docs: list = []
    check_paths([str(d)], on_document=docs.append)
    entry = {"path": "page.txt", **report_mod.doc_entry(docs[0])}
    assert len(docs[0].changes) > 20_000 - 10
    writer = report_mod.ReportWriter(tmp_path / "r.json")
    gc.collect()
    tracemalloc.start()
    try:
        writer.add(entry)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    writer.finish({})
    assert peak < 2 << 20, peak
    written = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["files"][0]
    assert written["changes"] == [c.as_dict() for c in docs[0].changes]
