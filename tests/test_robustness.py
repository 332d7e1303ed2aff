"""The command line as a demanding user breaks it: standard output that
fails (a full disk, ``> /dev/full``) or closes early (``| head``), a report
that cannot be written, Ctrl-C in the middle of a parallel batch, files that
vanish or loop. Each failure is said in one line naming what failed, never a
traceback, and no input is damaged."""
from __future__ import annotations

import errno
import gzip
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.io import TMP_SUFFIX, GuardedStream, StreamError

from ._corpus import article, corpus, tree

FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full here")


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in the test's directory so no pyproject.toml up the tree applies."""
    monkeypatch.chdir(tmp_path)


ROOT = Path(__file__).resolve().parents[1]
#: the subprocesses run this tree's cleaner, whatever their directory
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(
    [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}


def _cleaner(*args: str) -> list[str]:
    return [sys.executable, "-m", "cleaner", *map(str, args)]


def _records(n: int) -> bytes:
    return b"".join(json.dumps({"id": i, "text": article(i)}).encode() + b"\n"
                    for i in range(n))


def _tmp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(TMP_SUFFIX)]


# -- standard output that fails ----------------------------------------------

class _Full(io.RawIOBase):
    """A raw stream that refuses every byte, as /dev/full does."""

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class _Closed(_Full):
    def write(self, b) -> int:
        raise BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


def test_a_guarded_stream_names_the_stream_that_failed() -> None:
    with pytest.raises(StreamError) as exc:
        GuardedStream(io.BufferedWriter(_Full(), 4)).write(b"more than four bytes")
    assert exc.value.errno == errno.ENOSPC
    assert exc.value.strerror == "cannot write standard output (No space left on device)"
    # a closed pipe is not an error to say: it stays what ends the command quietly
    with pytest.raises(BrokenPipeError):
        GuardedStream(io.BufferedWriter(_Closed(), 4)).write(b"more than four bytes")
    # negative: a stream that works is written as it is, its attributes its own
    buf = io.BytesIO()
    g = GuardedStream(buf)
    assert g.write(b"abc") == 3
    g.flush()
    assert buf.getvalue() == b"abc" and g.getvalue() == b"abc"


def test_check_to_a_full_stdout_says_so_and_exits_2(tmp_path: Path, monkeypatch,
                                                    capsys: pytest.CaptureFixture) -> None:
    """The listing is buffered text: its write fails when the buffer fills
    or at the command's last flush, which is said, not left to the
    interpreter's exit (a traceback-like 'Exception ignored' and code 120)."""
    (tmp_path / "a.txt").write_text(article(1))
    capsys.readouterr()
    full = io.TextIOWrapper(io.BufferedWriter(_Full()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", full)
    assert main(["check", "a.txt"]) == 2
    err = capsys.readouterr().err
    assert "error: cannot write standard output (No space left on device)" in err
    assert "Traceback" not in err
    assert sys.stdout is not full   # what it held is dropped, not flushed again at exit


def test_check_to_a_working_stdout_is_not_an_error(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(article(1))
    assert main(["check", "a.txt"]) == 1       # it would change: 1, not 2
    out = capsys.readouterr()
    assert "a.txt:" in out.out and "cannot write" not in out.err


@needs_dev_full
@pytest.mark.parametrize("args, stdin", [
    (("clean", "-"), "text"),
    (("clean", "-"), "jsonl"),
    (("check", "-"), "jsonl"),
    (("check", "--output-format", "json", "-"), "jsonl"),
    (("rules",), None),
])
def test_writing_to_dev_full_is_a_clear_error(tmp_path: Path, args, stdin) -> None:
    data = {"text": article(1).encode(), "jsonl": _records(30), None: b""}[stdin]
    with open(FULL, "wb") as full:
        r = subprocess.run(_cleaner(*args), input=data, stdout=full, stderr=subprocess.PIPE,
                           timeout=120, env=ENV)
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert "error: cannot write standard output (No space left on device)" in err
    assert "Traceback" not in err and "Exception ignored" not in err


def test_a_report_that_cannot_be_written_is_named(tmp_path: Path, monkeypatch,
                                                  capsys: pytest.CaptureFixture) -> None:
    """--report on a full disk (here: its writes refused) is an error naming
    the report, exit 2, and leaves no temporary file beside it."""
    from cleaner import report

    (tmp_path / "a.jsonl").write_bytes(_records(3))
    opened = report.AtomicWriter.open

    class Filling:
        """The report's temporary file on a disk that fills after its first write."""

        def __init__(self, fh) -> None:
            self._fh, self._writes = fh, 0

        def write(self, b) -> int:
            self._writes += 1
            if self._writes > 1:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self._fh.write(b)

        def __getattr__(self, attr):
            return getattr(self._fh, attr)

    class FillingWriter(report.AtomicWriter):
        def open(self):
            return Filling(opened(self))

    monkeypatch.setattr(report, "AtomicWriter", FillingWriter)   # the report's only
    assert main(["clean", "a.jsonl", "-o", "out", "--report", "rep.json", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert "error: --report rep.json: cannot write (No space left on device)" in err
    assert "Traceback" not in err
    assert not (tmp_path / "rep.json").exists() and not _tmp_files(tmp_path)
    assert (tmp_path / "a.jsonl").read_bytes() == _records(3)
    # negative: a report that can be written is
    monkeypatch.undo()
    os.chdir(tmp_path)
    assert main(["clean", "a.jsonl", "-o", "out", "--report", "rep.json", "-j", "1"]) == 0
    assert json.loads((tmp_path / "rep.json").read_text())["summary"]["documents"] == 3


@needs_dev_full
def test_a_report_to_a_device_that_refuses_it_is_named(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(article(1))
    assert main(["clean", "a.txt", "-o", "out", "--report", str(FULL)]) == 2
    assert f"error: --report {FULL}: cannot write (No space left on device)" in \
        capsys.readouterr().err


def _file_size_limit(limit: int):
    """In the child: files it writes grow no further than ``limit`` bytes, a
    write past it fails with EFBIG (SIGXFSZ ignored): a disk that fills
    in the middle of an output."""
    def set_limit() -> None:
        import resource
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return set_limit


def _varied(i: int) -> str:
    """An article of figures that do not repeat (a gzip stream of them is
    about as large as the text)."""
    rnd = random.Random(i)
    return "".join(f"The fund reported {rnd.randrange(10**9)} dollars of assets on day "
                   f"{rnd.randrange(10**6)} of the year, its managers said.\n\n"
                   for _ in range(12))


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="no file-size limit here")
@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz", "many.jsonl.gz", "big.txt"])
def test_an_output_that_fills_the_disk_midway_is_an_error_not_a_traceback(
        tmp_path: Path, name: str, jobs: str) -> None:
    """A JSONL output whose writes fail after its first records (a full
    disk; here a file-size limit, EFBIG) is said in one line naming it,
    exit 2, as a text output's is: it was a traceback and exit 1 (the
    record's write in the loop, or the end of a .gz stream, uncaught). No
    temporary file is left, no part of the output is, and the other file
    of the batch is still written."""
    (tmp_path / "in").mkdir()
    big = tmp_path / "in" / name
    if name.endswith(".txt"):
        big.write_text("".join(_varied(i) for i in range(120)))
    elif name.startswith("many"):
        # records alike: the gzip stream holds them back, and its end (the
        # close, after the last record) is the write that fails
        text = "The council approved the new budget for the schools, officials said.\n\n" * 3
        big.write_bytes(gzip.compress(b"".join(
            json.dumps({"id": i, "text": f"{text}{i}"}).encode() + b"\n"
            for i in range(2000))))
    else:
        data = b"".join(json.dumps({"id": i, "text": _varied(i)}).encode() + b"\n"
                        for i in range(120))
        big.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    (tmp_path / "in" / "small.jsonl").write_bytes(_records(1))
    cmd = _cleaner("clean", "in", "-o", "out", "--no-cache", "-j", jobs)
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                       env=ENV, cwd=tmp_path, preexec_fn=_file_size_limit(8 << 10))
    err = r.stderr.decode()
    assert f"error: out/{name}: cannot write (File too large)" in err, err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert r.returncode == 2, err
    assert not (tmp_path / "out" / name).exists() and not _tmp_files(tmp_path)
    assert (tmp_path / "out" / "small.jsonl").is_file()
    # negative: without the limit, the same batch is written, exit 0
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
                       env=ENV, cwd=tmp_path)
    assert r.returncode == 0, r.stderr.decode()
    assert (tmp_path / "out" / name).stat().st_size > 8 << 10


@pytest.mark.parametrize("name, allowed", [
    ("a.jsonl", 1),      # the second record's write
    ("a.jsonl.gz", 1),   # the gzip header's second write, as the output is opened
    ("a.jsonl.gz", 6),   # the header written whole: the end of the stream (jsonl_end)
])
def test_a_jsonl_output_refused_midway_is_an_error(
        tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture, name: str,
        allowed: int) -> None:
    """The output's first ``allowed`` writes of bytes go through, the next
    fails (a full disk): one line names the output, exit 2, no temporary
    file, no output; the input is as it was. It was a traceback, exit 1
    (and a gzip header cut short left its temporary file behind)."""
    from cleaner import batch

    data = _records(30)
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    opened = batch.AtomicWriter.open

    class Filling:
        def __init__(self, fh) -> None:
            self._fh, self._writes = fh, 0

        def write(self, b) -> int:
            self._writes += bool(b)
            if self._writes > allowed:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self._fh.write(b)

        def __getattr__(self, attr):
            return getattr(self._fh, attr)

    class FillingWriter(batch.AtomicWriter):
        def open(self):
            return Filling(opened(self))

    monkeypatch.setattr(batch, "AtomicWriter", FillingWriter)
    assert main(["clean", name, "-o", "out", "--no-cache", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"error: out/{name}: cannot write (No space left on device)" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out" / name).exists() and not _tmp_files(tmp_path)
    assert (tmp_path / name).read_bytes()[:2] == (b"\x1f\x8b" if name.endswith(".gz") else b"{\"")
    # negative: an output that can be written is
    monkeypatch.undo()
    os.chdir(tmp_path)
    assert main(["clean", name, "-o", "out", "--no-cache", "-j", "1"]) == 0
    out = (tmp_path / "out" / name).read_bytes()
    assert len((gzip.decompress(out) if name.endswith(".gz") else out).splitlines()) == 30


# -- standard output closed early (| head) -----------------------------------

def _read_then_close(cmd: list[str], data: bytes, n: int = 10) -> tuple[int, bytes, str]:
    """Run ``cmd`` with ``data`` on stdin, read ``n`` bytes of its output and
    close the pipe, as ``| head -c n`` does."""
    with subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=ENV) as p:
        assert p.stdin is not None and p.stdout is not None and p.stderr is not None
        try:
            p.stdin.write(data)
            p.stdin.close()
        except BrokenPipeError:  # pragma: no cover
            pass
        head = p.stdout.read(n)
        p.stdout.close()
        err = p.stderr.read().decode()
        rc = p.wait(timeout=120)
    return rc, head, err


@pytest.mark.parametrize("args", [("clean", "-"), ("clean", "-j", "2", "-"),
                                  ("check", "-"), ("check", "--output-format", "json", "-")])
def test_a_jsonl_stream_read_by_head_ends_quietly(args) -> None:
    """As Python's documentation has a tool do on EPIPE: exit 1, nothing on
    stderr (no traceback, no 'Exception ignored' at exit); a worker says
    nothing either."""
    rc, head, err = _read_then_close(_cleaner(*args), _records(400))
    assert head
    assert rc == 1, err
    assert err == "" or "Traceback" not in err and "Broken pipe" not in err, err


def test_a_text_read_by_head_ends_quietly() -> None:
    """One text is one write: the pipe may take its first part and the
    kernel report the closed pipe, or not, before the process ends (0 or 1
    as it happens), but never with a traceback."""
    text = "".join(article(i) for i in range(300)).encode()
    rc, head, err = _read_then_close(_cleaner("clean", "-"), text)
    assert head and rc in (0, 1)
    assert "Traceback" not in err and "Exception ignored" not in err


# -- Ctrl-C in the middle of a parallel batch --------------------------------

def _ctrl_c_default() -> None:
    """In the child, before exec: Ctrl-C at its default, as a terminal's
    foreground job has it. A test run started in the background of a
    shell without job control (``pytest &``, a CI step's) ignores SIGINT,
    and an ignored signal stays ignored across exec: the run never saw
    the test's Ctrl-C and cleaned every file."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_in_a_parallel_batch_leaves_complete_outputs_only(tmp_path: Path) -> None:
    """SIGINT to the whole process group, as a terminal's Ctrl-C: the run and
    its two workers. Exit 130, no traceback from any process, no temporary
    file, and every output there is the complete cleaned file. (On a loaded
    machine the watcher may wake only after a small batch has written all
    its outputs: the run is tried again with a larger one.)"""
    for n in (120, 600, 2400):
        base = tmp_path / str(n)
        corpus(base / "in", n)
        out = base / "out"
        proc = subprocess.Popen(_cleaner("clean", base / "in", "-o", out, "-j", "2"),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True, env=ENV, preexec_fn=_ctrl_c_default)
        try:
            end = time.monotonic() + 90
            while time.monotonic() < end and not (out.exists() and
                                                  sum(1 for _ in out.rglob("*.txt")) >= 3):
                time.sleep(0.01)
            os.killpg(proc.pid, signal.SIGINT)
            _, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:  # pragma: no cover
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if len(tree(out)) == n:
            continue        # all done before the signal came or told: a larger batch
        break
    text = err.decode()
    assert proc.returncode == 130, text
    assert "Traceback" not in text and "KeyboardInterrupt" not in text
    # how far it got is said: the inputs done, of how many
    said = re.search(r"interrupted after (\d+) of (\d+) inputs: finished outputs are complete",
                     text)
    assert said and int(said[2]) == n and 0 < int(said[1]) < n, text
    from cleaner.batch import clean_paths
    assert clean_paths([str(base / "in")], out=base / "ref", jobs=1).exit_code == 0
    done, reference = tree(out), tree(base / "ref")
    assert 3 <= len(done) < n                                   # cut short
    assert all(reference[k] == v for k, v in done.items())      # each complete
    assert not _tmp_files(tmp_path)


# -- files that vanish, loop, or are no file ---------------------------------

def test_a_file_that_vanishes_between_the_walk_and_the_read(tmp_path: Path, monkeypatch,
                                                            capsys: pytest.CaptureFixture) -> None:
    """The walk lists it, then it is gone (another process deleted it): an
    error naming it, and the batch goes on."""
    from cleaner import batch

    d = tmp_path / "in"
    d.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (d / name).write_text(article(ord(name[0])))
    listed = batch.list_sources

    def list_then_delete(*a, **k):
        found = listed(*a, **k)
        (d / "b.txt").unlink()
        return found

    monkeypatch.setattr(batch, "list_sources", list_then_delete)
    assert main(["clean", str(d), "-o", "out", "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"error: {d / 'b.txt'}: cannot read (no such file)" in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt", "c.txt"]


def test_a_file_that_cannot_be_read_is_named_and_the_batch_goes_on(
        tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture) -> None:
    """chmod 000 (simulated: root reads any file): the error names the file
    and the reason; the other files are cleaned, the unreadable one is left."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "locked.txt").write_text(article(2))
    real = Path.open

    def opened(self: Path, mode: str = "r", *args, **kwargs):
        if self.name == "locked.txt" and mode == "rb":   # (the cleaner's reads)
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", opened)   # (read_bytes opens it too)
    assert main(["clean", "-i", str(d), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"error: {d / 'locked.txt'}: cannot read (Permission denied)" in err
    assert (d / "locked.txt").read_text() == article(2)        # left as it was
    assert (d / "a.txt").read_text() != article(1)             # the other one cleaned


def test_symbolic_link_loops_are_errors_that_stop_nothing(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture) -> None:
    """A link to itself, two links to each other, a link up the tree: named
    (a file) or left out (a directory: links to directories are not
    followed), and the rest of the walk is cleaned."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(article(1))
    (d / "self.txt").symlink_to("self.txt")
    (d / "x.txt").symlink_to("y.txt")
    (d / "y.txt").symlink_to("x.txt")
    (d / "sub" / "up").symlink_to("..")
    assert main(["clean", str(d), "-o", "out"]) == 2
    err = capsys.readouterr().err
    for name in ("self.txt", "x.txt", "y.txt"):
        assert f"error: {d / name}: cannot read (a symbolic link loop)" in err
    assert "Traceback" not in err
    assert sorted(p.relative_to(tmp_path / "out").as_posix()
                  for p in (tmp_path / "out").rglob("*")) == ["a.txt"]


# -- an input written while it is cleaned in place ---------------------------

def test_an_atomic_rewrite_keeps_a_file_that_changed_since_it_was_read(tmp_path: Path) -> None:
    from cleaner.io import AtomicWriter, ChangedError, stamp

    f = tmp_path / "a.txt"
    f.write_text("old\n")
    read = stamp(f.stat())
    with open(f, "a") as fh:
        fh.write("written meanwhile\n")
    w = AtomicWriter(f, in_place=True, expect=read)
    w.open().write(b"cleaned\n")
    with pytest.raises(ChangedError) as exc:
        w.commit()
    assert "changed while it was cleaned" in exc.value.strerror
    assert f.read_text() == "old\nwritten meanwhile\n" and not _tmp_files(tmp_path)
    # negative: a file as it was read is replaced
    w = AtomicWriter(f, in_place=True, expect=stamp(f.stat()))
    w.open().write(b"cleaned\n")
    w.commit()
    assert f.read_text() == "cleaned\n"
    # deleted meanwhile: not brought back
    gone = tmp_path / "gone.txt"
    gone.write_text("x\n")
    read = stamp(gone.stat())
    gone.unlink()
    with pytest.raises(ChangedError):
        with AtomicWriter(gone, in_place=True, expect=read) as fh:
            fh.write(b"cleaned\n")
    assert not gone.exists() and not _tmp_files(tmp_path)


@pytest.mark.parametrize("meanwhile", ["append", "replace", "delete"])
def test_in_place_leaves_a_text_edited_while_it_was_cleaned(
        tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture, meanwhile: str) -> None:
    """Another program writes the file (an editor saves it, a scraper
    appends) between the read and the rewrite: --in-place would lose its
    write, or bring a deleted file back. It is left as it is, said, and the
    batch goes on."""
    from cleaner import batch

    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "b.txt").write_text(article(2))
    run = batch._timed_run
    edit = "A paragraph the user wrote while the batch ran.\n"

    def run_then_edit(res, doc):
        out = run(res, doc)
        if res.display.endswith("a.txt"):
            f = d / "a.txt"
            if meanwhile == "append":
                with open(f, "a") as fh:
                    fh.write(edit)
            elif meanwhile == "replace":       # an editor's save: a new file renamed in
                (d / "a.new").write_text(article(1) + edit)
                os.replace(d / "a.new", f)
            else:
                f.unlink()
        return out

    monkeypatch.setattr(batch, "_timed_run", run_then_edit)
    assert main(["clean", "-i", str(d), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert f"error: {d / 'a.txt'}: cannot write (changed while it was cleaned" in err
    if meanwhile == "delete":
        assert not (d / "a.txt").exists()
    else:
        assert (d / "a.txt").read_text() == article(1) + edit   # the user's write kept
    assert (d / "b.txt").read_text() != article(2)              # the batch went on
    assert not _tmp_files(tmp_path)


def test_in_place_leaves_a_jsonl_file_appended_to_while_it_was_cleaned(
        tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture) -> None:
    """A scraper appends records to the file being cleaned: the records
    read are cleaned, the rewrite would drop the ones appended after the
    read. The file is left with all of them; run again to clean it."""
    from cleaner import batch

    f = tmp_path / "a.jsonl"
    f.write_bytes(_records(5))
    late = b'{"id": "late", "text": "A record the scraper appended."}\n'
    chunk = batch._process_chunk
    appended = []

    def chunk_then_append(c):
        if not appended:
            with open(f, "ab") as fh:
                fh.write(late)
            appended.append(True)
        return chunk(c)

    monkeypatch.setattr(batch, "_process_chunk", chunk_then_append)
    assert main(["clean", "-i", str(f), "-j", "1"]) == 2
    assert "changed while it was cleaned" in capsys.readouterr().err
    assert f.read_bytes() == _records(5) + late
    assert not _tmp_files(tmp_path)
    # negative: left alone, it is cleaned in place (the late record too)
    monkeypatch.undo()
    os.chdir(tmp_path)
    assert main(["clean", "-i", str(f), "-j", "1"]) == 0
    assert f.read_bytes() != _records(5) + late and b'"late"' in f.read_bytes()


# -- standard streams closed before the command started ----------------------

def test_a_closed_stdin_is_said_when_it_is_read(tmp_path: Path, monkeypatch,
                                                capsys: pytest.CaptureFixture) -> None:
    """``cleaner clean - <&-`` (Python's sys.stdin is None): an error, not an
    AttributeError; a command that reads files only runs as usual."""
    (tmp_path / "a.txt").write_text(article(1))
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["clean", "-"]) == 2
    assert "error: cannot read standard input (it is closed)" in capsys.readouterr().err
    assert main(["clean", "a.txt", "-o", "out"]) == 0          # negative
    assert (tmp_path / "out" / "a.txt").exists()


def test_a_closed_stdout_is_said_when_it_is_written(tmp_path: Path, monkeypatch,
                                                   capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(article(1))
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["clean", "a.txt", "-o", "-"]) == 2
    assert "error: cannot write standard output (it is closed)" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdout", None)    # (the failure above set it aside)
    assert main(["check", "a.txt"]) == 2
    assert "error: cannot write standard output (it is closed)" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdout", None)
    # negative: a run that writes files only does not need it
    assert main(["clean", "a.txt", "-o", "out"]) == 0
    assert (tmp_path / "out" / "a.txt").exists() and "error" not in capsys.readouterr().err


def test_closed_streams_through_the_shell(tmp_path: Path) -> None:
    """The same from a shell, where the interpreter starts with the
    descriptor closed."""
    (tmp_path / "a.txt").write_text(article(1))
    cmd = " ".join(_cleaner("clean", "-"))
    r = subprocess.run(["sh", "-c", f"exec {cmd} <&-"], capture_output=True, env=ENV,
                       cwd=tmp_path, timeout=120)
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    assert b"error: cannot read standard input (it is closed)" in r.stderr
    r = subprocess.run(["sh", "-c", f"exec {cmd} < a.txt >&-"], capture_output=True, env=ENV,
                       cwd=tmp_path, timeout=120)
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    assert b"error: cannot write standard output (it is closed)" in r.stderr


@needs_dev_full
def test_a_full_stderr_still_writes_the_outputs_and_exits_2(tmp_path: Path) -> None:
    """Nothing can be said where stderr is full; the outputs are written
    and the exit code says that something went wrong (it was 1, a
    traceback's, which check uses for 'would change')."""
    (tmp_path / "a.txt").write_text(article(1))
    with open(FULL, "wb") as full:
        r = subprocess.run(_cleaner("clean", "a.txt", "-o", "out"), stdout=subprocess.PIPE,
                           stderr=full, env=ENV, cwd=tmp_path, timeout=120)
    assert r.returncode == 2
    assert (tmp_path / "out" / "a.txt").read_text() != article(1)


# -- a directory where a file is expected, a file where a directory is -------

def test_a_file_in_the_way_of_an_output_directory_is_named(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    """-o out where out/sub is a file: mkdir said 'File exists', naming
    neither the file nor why; the other outputs are written."""
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(article(1))
    (tmp_path / "in" / "sub" / "b.txt").write_text(article(2))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "sub").write_text("a file, not a directory\n")
    assert main(["clean", "in", "-o", "out"]) == 2
    err = capsys.readouterr().err
    assert (f"error: {Path('out') / 'sub' / 'b.txt'}: cannot write "
            f"({Path('out') / 'sub'} is a file, not a directory)") in err
    assert (tmp_path / "out" / "a.txt").exists()
    assert (tmp_path / "out" / "sub").read_text() == "a file, not a directory\n"


def test_a_directory_given_as_a_name_registry_is_said_to_be_one(
        tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "a.txt").write_text(article(1))
    (tmp_path / "reg").mkdir()
    assert main(["clean", "a.txt", "-o", "out", "--names", "reg"]) == 2
    assert "--names 'reg': a directory, not a file" in capsys.readouterr().err
    assert main(["clean", "a.txt", "-o", "out", "--names", "none.toml"]) == 2   # negative
    assert "--names: no such file 'none.toml'" in capsys.readouterr().err
