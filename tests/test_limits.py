"""The size limit of a document (--max-size, max-size), --stdin-filename
naming a directory, and what -s says of a run cut short."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner import clean, config
from cleaner.batch import clean_paths
from cleaner.cli import cli, main
from cleaner.limits import (DEFAULT_MAX_SIZE, LongLine, format_size, lines_limited, parse_size,
                            read_limited, too_large)

from ._corpus import article


def run(*args: object, input: bytes | str | None = None) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(cli, [str(a) for a in args], input=input,
                              catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def sized(n: int) -> bytes:
    """An article padded with a last paragraph to exactly ``n`` bytes."""
    text = article(1).encode()
    assert len(text) + 2 <= n
    pad = b"\n" + b"w" * (n - len(text) - 2) + b"\n"
    return text + pad


# -- sizes ------------------------------------------------------------------

@pytest.mark.parametrize("given, size", [
    ("500K", 500 * 1024), ("16M", 16 << 20), ("1G", 1 << 30), ("1g", 1 << 30),
    ("2MB", 2 << 20), ("3 MiB", 3 << 20), ("1234", 1234), ("900B", 900), (" 7 ", 7), (4096, 4096),
    ("0", 0), ("none", 0), ("None", 0), (0, 0)])
def test_sizes_are_read_as_ripgrep_reads_them(given, size) -> None:
    assert parse_size(given) == size


@pytest.mark.parametrize("given", ["", "-1", -1, "1.5M", "16X", "M", "5ib", "5iB", True, 1.5, None, [1]])
def test_what_is_no_size_is_refused(given) -> None:
    with pytest.raises(ValueError, match="expected a size"):
        parse_size(given)


def test_a_size_under_a_kilobyte_is_said_once() -> None:
    from cleaner.limits import too_large
    said = too_large("x.txt", 5, 521)
    assert said.startswith("x.txt: 521 bytes, over the size limit of 5 bytes: ")
    assert "--max-size 521 " in said


def test_sizes_are_said_in_units() -> None:
    assert format_size(16 << 20) == "16 MB"
    assert format_size(3001) == "2.9 KB"
    assert format_size(5) == "5 bytes"


def test_the_default_is_16_mb() -> None:
    assert DEFAULT_MAX_SIZE == 16 * 1024 * 1024


def test_a_bounded_read_reads_no_more_than_the_limit_and_one() -> None:
    fh = io.BytesIO(b"x" * 100)
    assert read_limited(fh, 10) is None
    assert fh.tell() == 11           # not the whole stream
    assert read_limited(io.BytesIO(b"x" * 10), 10) == b"x" * 10
    assert read_limited(io.BytesIO(b"yz"), 3, head=b"x") == b"xyz"
    assert read_limited(io.BytesIO(b"x" * 100), 0) == b"x" * 100   # 0: no limit


def test_a_bounded_read_past_its_first_read() -> None:
    # the first read takes at most _FIRST_READ bytes (not a buffer of the
    # limit for every file): what is more is read after, within the limit
    from cleaner.limits import _FIRST_READ as first
    for size in (first - 1, first, first + 1, 3 * first):
        data = bytes(range(256)) * (size // 256) + b"z" * (size % 256)
        assert read_limited(io.BytesIO(data), 4 * first) == data
        assert read_limited(io.BytesIO(data), size) == data
        fh = io.BytesIO(data)
        assert read_limited(fh, size - 1) is None
        assert fh.tell() == size          # the limit and one byte, no more
        assert read_limited(io.BytesIO(data[1:]), size, head=data[:1]) == data


def test_long_lines_are_read_past_and_measured() -> None:
    data = b"abcd\nabcde\nab\r\n\xef\xbb\xbfabcd\n" + b"z" * 50 + b"\r\nlast"
    got = list(lines_limited(io.BufferedReader(io.BytesIO(data)), 4))
    assert got == [b"abcd\n", LongLine(5, True, 4), b"ab\r\n", b"\xef\xbb\xbfabcd\n",
                   LongLine(50, True, 4), b"last"]
    assert list(lines_limited(io.BytesIO(b"a" * 9), 4)) == [LongLine(9, False, 4)]
    assert list(lines_limited(io.BytesIO(b"a\nbb\n"), 0)) == [b"a\n", b"bb\n"]


# -- files ------------------------------------------------------------------

def test_a_file_over_the_limit_is_an_error_left_untouched(tmp_path: Path) -> None:
    big, ok = tmp_path / "big.txt", tmp_path / "ok.txt"
    big.write_bytes(sized(3001))
    ok.write_text(article(2))
    before = big.read_bytes()
    r = run("clean", "--max-size", "3000", "-i", big, ok)
    assert r.exit_code == 2
    assert (f"error: {big}: 2.9 KB (3001 bytes), over the size limit of 2.9 KB (3000 bytes): "
            "not cleaned, left as it was; --max-size 3K (or max-size in [tool.cleaner]) "
            "takes it, 0 lifts the limit") in r.stderr
    assert big.read_bytes() == before               # untouched
    assert ok.read_text() != article(2)             # the batch went on
    assert "1 file cleaned" in r.stderr and "1 error" in r.stderr


def test_a_file_exactly_at_the_limit_is_cleaned(tmp_path: Path) -> None:
    f = tmp_path / "at.txt"
    f.write_bytes(sized(3000))
    r = run("clean", "--max-size", "3000", "-i", f)
    assert r.exit_code == 0, r.stderr
    assert "error" not in r.stderr and f.read_bytes() != sized(3000)


def test_check_and_o_refuse_it_too_and_write_nothing(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(sized(3001))
    r = run("check", "--max-size", "3000", f)
    assert r.exit_code == 2 and "over the size limit" in r.stderr
    assert ":1:" not in r.stdout                     # not half-checked
    r = run("clean", "--max-size", "3000", f, "-o", tmp_path / "out")
    assert r.exit_code == 2 and not (tmp_path / "out" / "big.txt").exists()
    # 0 and none lift the limit
    for off in ("0", "none"):
        r = run("check", "--max-size", off, f)
        assert r.exit_code == 1 and "over the size limit" not in r.stderr


def test_the_size_is_taken_from_stat_before_reading(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(sized(5000))
    import cleaner.batch as batch
    monkeypatch.setattr(batch, "read_limited", lambda *a: pytest.fail("read"))
    r = clean_paths([str(f)], check=True, max_size=4000)
    assert r.errors and "4.9 KB (5000 bytes)" in r.errors[0]["error"]


def test_the_default_limit_applies_and_the_api_has_none(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"word " * (DEFAULT_MAX_SIZE // 5 + 1))
    r = run("check", "-s", f)
    assert r.exit_code == 2                       # over 16 MB: an error by default
    # the library decides: no limit unless asked
    assert clean_paths([str(tmp_path / "small.txt")], check=True).errors  # (missing file)
    small = tmp_path / "small.txt"
    small.write_bytes(sized(3001))
    assert not clean_paths([str(small)], check=True).errors
    assert clean_paths([str(small)], check=True, max_size=3000).errors
    assert clean("Talks resumed.  Share\n" * 3)   # clean(text): no limit, no error


def test_a_configured_limit_and_the_flag_over_it(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nmax-size = "3000"\n')
    f = tmp_path / "big.txt"
    f.write_bytes(sized(3001))
    r = run("check", f)
    assert r.exit_code == 2 and "over the size limit of 2.9 KB" in r.stderr
    r = run("check", "--max-size", "4K", f)
    assert r.exit_code == 1 and "over the size limit" not in r.stderr
    (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\nmax-size = 0\n")
    assert run("check", f).exit_code == 1


@pytest.mark.parametrize("body, message", [
    ('max-size = "16X"', "max-size: expected a size such as 500K, 16M or 1G (or 0/none: "
                         "no limit), got '16X'"),
    ("max-size = -1", "max-size: expected a size >= 0 (0: no limit), got -1"),
    ("max-size = true", "max-size: expected a size"),
])
def test_a_bad_configured_size_names_the_file_and_key(tmp_path: Path, body: str,
                                                       message: str) -> None:
    p = tmp_path / "pyproject.toml"
    p.write_text(f"[tool.cleaner]\n{body}\n")
    with pytest.raises(config.ConfigError) as exc:
        config.load(p)
    assert str(exc.value).startswith(f"{p}: [tool.cleaner] ") and message in str(exc.value)
    r = run("check", tmp_path)
    assert r.exit_code == 2 and message in r.stderr


def test_a_bad_flag_is_a_usage_error(tmp_path: Path) -> None:
    r = run("clean", "--max-size", "lots", input="x\n")
    assert r.exit_code == 2
    assert "error: --max-size lots: expected a size such as 500K" in r.stderr


# -- streams ----------------------------------------------------------------

def test_stdin_over_the_limit_is_refused_as_it_is_read(tmp_path: Path) -> None:
    for fmt in ((), ("--format", "text")):
        r = run("clean", "--max-size", "3000", *fmt, input=sized(3001))
        assert r.exit_code == 2 and r.stdout == ""      # nothing half-cleaned
        # --format text: read no further than the limit, its size is
        # unknown: no number is offered that might not take it either; auto
        # read it whole to tell its format (it is under the megabyte looked
        # at): its size is said
        said = ("more than 2.9 KB", "a larger --max-size") if fmt else (
            "2.9 KB (3001 bytes)", "--max-size 3K")
        assert (f"error: -: {said[0]}, over the size limit of 2.9 KB (3000 bytes): "
                f"not cleaned, nothing written; {said[1]} (or max-size in "
                "[tool.cleaner]) takes it, 0 lifts the limit") in r.stderr
        r = run("clean", "--max-size", "3000", *fmt, input=sized(3000))
        assert r.exit_code == 0 and r.stdout and "error" not in r.stderr


def test_stdin_is_not_read_past_the_limit() -> None:
    class Endless(io.RawIOBase):
        read_so_far = 0

        def readable(self) -> bool:
            return True

        def readinto(self, b) -> int:
            n = len(b)
            b[:n] = b"word " * (n // 5) + b"w" * (n % 5)
            Endless.read_so_far += n
            return n

    out = io.BytesIO()
    r = clean_paths(["-"], stdin=io.BufferedReader(Endless()), stdout=out,
                    format="text", max_size=1 << 20)
    assert r.errors and "more than 1 MB" in r.errors[0]["error"]
    assert Endless.read_so_far < 2 << 20 and out.getvalue() == b""


def test_a_long_first_line_on_stdin_says_what_to_do_if_jsonl() -> None:
    # a first line longer than a JSONL line is read (4 times the limit)
    r = run("clean", "--max-size", "2M", input=b"x" * (9 << 20))
    assert r.exit_code == 2 and "--format jsonl cleans its other records" in r.stderr
    assert "read no further than 4 times the limit" in r.stderr
    # shorter: read whole, a text over the limit, its size known
    r = run("clean", "--max-size", "2M", input=b"x" * (3 << 20))
    assert r.exit_code == 2 and "error: -: 3 MB (3145728 bytes), over the size limit" in r.stderr


ROOT = Path(__file__).resolve().parents[1]


def _piped(tmp_path: Path, data: bytes, *args: str) -> tuple[int, int, str]:
    """``writer | cleaner ARGS`` with a real pipe between two processes: the
    writer's exit code (non-zero: it died of SIGPIPE/EPIPE, or failed), the
    cleaner's, and the cleaner's stderr."""
    import os
    import subprocess
    import sys

    src = tmp_path / "input.bin"
    src.write_bytes(data)
    writer = subprocess.Popen(   # writes all it has, as cat does
        [sys.executable, "-c", "import shutil, sys; shutil.copyfileobj("
         f"open({str(src)!r}, 'rb'), sys.stdout.buffer, 1 << 16)"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reader = subprocess.run([sys.executable, "-m", "cleaner", "clean", *args],
                            stdin=writer.stdout, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, cwd=tmp_path, env=env, timeout=300)
    writer.stdout.close()
    _, werr = writer.communicate(timeout=60)
    assert b"BrokenPipe" not in werr, werr
    return writer.returncode, reader.returncode, reader.stderr.decode()


@pytest.mark.parametrize("args", [("-",), ("--format", "text", "-"), ("--format", "jsonl", "-")])
def test_stdin_over_the_limit_is_drained_so_its_writer_finishes(tmp_path: Path, args) -> None:
    """`cat big | cleaner clean -`: the error was said and the process left
    with the rest of the pipe unread — `cat` died of a broken pipe (141 in
    a shell's pipefail). What is left is now read and dropped, after the
    error is said: the writer finishes, exit 0; the cleaner's error stands."""
    big = (b"The council met on Monday. " * 40 + b"\n\n") * 3000    # 3.2 MB
    if "jsonl" in args:   # one JSON document on stdin: an error before any line
        big = json.dumps({"records": [{"text": "x" * 100}] * 30000}, indent=1).encode()
    w, r, err = _piped(tmp_path, big, "--max-size", "100K", *args)
    assert r == 2 and err.startswith("error: -: ")
    assert w == 0


def test_drain_stops_after_its_most_so_an_endless_writer_cannot_hold_the_run() -> None:
    """`yes | cleaner clean -` over the limit: the drain drops at most
    DRAIN_MAX bytes, then the run ends (the writer gets EPIPE, as from any
    reader that stops) instead of reading forever."""
    import io as _io

    from cleaner.io import drain

    class Endless(_io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, b) -> int:
            b[:] = b"y\n" * (len(b) // 2) + b"y" * (len(b) % 2)
            return len(b)

    assert drain(Endless(), size=1000, most=10_500) == 10_500
    assert drain(_io.BytesIO(b"x" * 2500), size=1000) == 2500


def test_stdin_cleaned_or_not_read_is_left_alone(tmp_path: Path) -> None:
    """Negative: stdin under the limit is cleaned as before; a run that does
    not read stdin (`check` with no PATH checks the directory) does not
    drain it: an idle pipe that never closes, as CI runners give, would
    hang it."""
    import subprocess
    import sys

    w, r, err = _piped(tmp_path, article(1).encode(), "-")
    assert (w, r) == (0, 0) and "error" not in err
    (tmp_path / "a.txt").write_text(article(2))
    idle = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"],
                            stdout=subprocess.PIPE)
    try:
        import os
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-m", "cleaner", "check", "-q"], stdin=idle.stdout,
                              capture_output=True, cwd=tmp_path, env=env, timeout=60)
        assert done.returncode in (0, 1)
    finally:
        idle.kill()
        idle.wait()


# -- JSONL ------------------------------------------------------------------

def records(tmp_path: Path, name: str = "r.jsonl") -> Path:
    body = "The minister said on Tuesday that the plan would go ahead.  Share"
    p = tmp_path / name
    lines = [json.dumps({"id": "a", "text": body}), json.dumps({"id": "b", "text": "x" * 5000}),
             json.dumps({"id": "c", "text": body})]
    data = ("\n".join(lines) + "\n").encode()
    p.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return p


@pytest.mark.parametrize("name", ["r.jsonl", "r.jsonl.gz"])
def test_a_record_over_the_limit_is_a_record_error(tmp_path: Path, name: str) -> None:
    p = records(tmp_path, name)
    r = run("clean", "--max-size", "4K", p, "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert (f"error: {p}:2: a record whose text ('text') is 4.9 KB (5000 bytes), over the "
            "size limit of 4 KB (4096 bytes): line skipped;") in r.stderr
    out = tmp_path / "out" / name
    data = gzip.decompress(out.read_bytes()) if name.endswith(".gz") else out.read_bytes()
    assert [json.loads(x)["id"] for x in data.splitlines()] == ["a", "c"]
    # the whole file is far over the limit: it is judged a record at a time
    assert run("clean", "--max-size", "6K", p, "-o", tmp_path / "out2").exit_code == 0


def test_in_place_leaves_a_jsonl_file_with_a_long_record_as_it_was(tmp_path: Path) -> None:
    p = records(tmp_path)
    before = p.read_bytes()
    r = run("clean", "--max-size", "4K", "-i", p)
    assert r.exit_code == 2 and p.read_bytes() == before


def test_a_record_exactly_at_the_limit_is_cleaned(tmp_path: Path) -> None:
    p = records(tmp_path)
    r = run("check", "--max-size", "5000", p)   # its text, not its line (5023)
    assert r.exit_code == 1 and "error" not in r.stderr
    r = run("check", "--max-size", "4999", p, "--output-format", "json")
    entries = json.loads(r.stdout)
    assert [e["record"] for e in entries if e["kind"] == "error"] == [2]


def test_jsonl_on_stdin_streams_past_a_long_record(tmp_path: Path) -> None:
    r = run("clean", "--max-size", "4K", input=records(tmp_path).read_bytes())
    assert r.exit_code == 2 and "-:2: a record whose text ('text') is" in r.stderr
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["a", "c"]


def test_a_record_is_measured_by_its_text_not_its_metadata(tmp_path: Path) -> None:
    """A record whose line is over the limit for its metadata (a crawl's
    raw HTML kept beside the text) or its escapes (a non-ASCII text written
    as \\uXXXX) was refused; it is its text that is cleaned, and measured.
    Negative: a record whose text is over the limit is still an error."""
    body = article(1)
    p = tmp_path / "r.jsonl"
    lines = [json.dumps({"id": "meta", "text": body, "html": "<p>x</p>" * 1000}),
             json.dumps({"id": "escaped", "text": "Ωμέγα λέξη. " * 200}),   # ensure_ascii
             json.dumps({"id": "long", "text": body + " " + "w" * 6000}),
             json.dumps({"id": "small", "text": body})]
    p.write_text("\n".join(lines) + "\n")
    assert all(len(l) > 5000 for l in lines[:3]) and len(body) < 4096
    assert len(("Ωμέγα λέξη. " * 200).encode()) < 5 << 10
    r = run("clean", "--max-size", "5K", p, "-o", tmp_path / "out")
    assert r.exit_code == 2
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(
        f"error: {p}:3: a record whose text ('text') is ")
    out = [json.loads(x) for x in (tmp_path / "out" / "r.jsonl").read_text().splitlines()]
    assert [x["id"] for x in out] == ["meta", "escaped", "small"]
    assert out[0]["html"] == "<p>x</p>" * 1000
    # stdin, sniffed: a first line longer than the megabyte looked at, for
    # its metadata, is read whole as a JSONL line and cleaned
    big = json.dumps({"id": "m", "text": body, "raw": "z" * (3 << 20)}) + "\n"
    r = run("clean", "--max-size", "1M", input=big + lines[3] + "\n")
    assert r.exit_code == 0, r.stderr
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["m", "small"]


def test_a_line_is_never_read_past_four_times_the_limit(tmp_path: Path) -> None:
    """The hard bound: a line over 4 x --max-size is not parsed (its text
    cannot be measured without holding it), read past in slices, an error
    of its record saying so; the records after it are cleaned."""
    body = article(1)
    p = tmp_path / "r.jsonl"
    b = json.dumps({"id": "b", "text": body, "raw": "z" * 17000})
    c = json.dumps({"id": "c", "text": body, "raw": "z" * 14000})
    assert len(b) > 16 << 10 > len(c)
    p.write_text(json.dumps({"id": "a", "text": body}) + "\n" + b + "\n" + c + "\n")
    r = run("clean", "--max-size", "4K", p, "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert (f"error: {p}:2: a line of {format_size(len(b))} ({len(b)} bytes), over the line "
            "bound of 16 KB (4 times the size limit of 4 KB): line skipped, read past (a longer "
            "line is never held, so its text is not measured); --max-size "
            f"{-(-len(b) // 4096)}K or more") in r.stderr
    out = (tmp_path / "out" / "r.jsonl").read_text().splitlines()
    assert [json.loads(x)["id"] for x in out] == ["a", "c"]   # c: under 16 KB
    got = list(lines_limited(io.BytesIO(b"ab\n" + b"x" * 9 + b"\n" + b"y" * 7), 2, 8))
    assert got == [b"ab\n", LongLine(9, True, 2, 8), b"y" * 7]


def test_a_line_over_the_bound_names_the_limit_whose_bound_takes_it(tmp_path: Path) -> None:
    """A 6,000-byte text written as \\u escapes makes a line of ~18 KB: the
    error said "--max-size 18K takes it" (the line's size) where a limit of
    a quarter of it reads the line; it names the line bound, and the
    --max-size it suggests does read the line, its text then measured."""
    p = tmp_path / "esc.jsonl"
    line = json.dumps({"id": "e", "text": "\u00e9" * 3000})   # 6000 bytes of text
    p.write_text(json.dumps({"id": "a", "text": article(1)}) + "\n" + line + "\n")
    r = run("check", "--max-size", "4K", p)
    assert r.exit_code == 2
    want = -(-len(line) // 4 // 1024)
    assert want == 5 and f"--max-size {want}K or more" in r.stderr
    assert "over the line bound of 16 KB (4 times the size limit of 4 KB)" in r.stderr
    assert f"--max-size {-(-len(line) // 1024)}K" not in r.stderr
    # as suggested: the line is read, its text measured (6000 bytes, over 5K)
    r = run("check", "--max-size", f"{want}K", p)
    assert "a record whose text ('text') is 5.9 KB (6000 bytes)" in r.stderr
    assert "--max-size 6K (or max-size in [tool.cleaner]) takes it" in r.stderr
    assert run("check", "--max-size", "6K", p).exit_code != 2
    # negative: a file over the limit still names its own size
    assert "--max-size 18K (or" in too_large("f", 4096, 18144)


def test_learning_repeated_lines_passes_over_what_is_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(sized(3001))
    (tmp_path / "ok.txt").write_text(article(2))
    r = run("check", "--max-size", "3000", "--repeated-lines", "learn", tmp_path)
    assert r.exit_code == 2 and r.stderr.count("over the size limit") == 1


# -- --stdin-filename DIR, and -s on a run cut short ---------------------------

def test_stdin_filename_naming_a_directory_is_a_name_only(tmp_path: Path) -> None:
    """As ruff: the name is matched (configuration, exclude, per-file
    ignores, the format by suffix), never opened: stdin is cleaned."""
    (tmp_path / "d").mkdir()
    dirty = "Headline here\n\nShare\n\nThe body text is   here, with words.\n"
    r = run("clean", "--stdin-filename", tmp_path / "d", input=dirty)
    assert r.exit_code == 0 and r.stdout != dirty and "Share" not in r.stdout
    r = run("check", "--stdin-filename", "d", input=dirty)
    assert r.exit_code == 1 and r.stdout.startswith("d:")
    # excluded, it is passed through, and counted as the input skipped it is
    (tmp_path / "drafts").mkdir()
    r = run("clean", "-v", "--stdin-filename", "drafts", "--exclude", "drafts",
            "--force-exclude", input=dirty)
    assert r.stdout == dirty and "1 skipped (1 excluded)" in r.stderr


def test_silent_says_nothing_of_a_run_cut_short(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture) -> None:
    import signal

    from cleaner import batch
    (tmp_path / "a.txt").write_text(article(1))

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    def terminated(*a, **k):
        signal.raise_signal(signal.SIGTERM)

    for stop, code in ((interrupted, 130), (terminated, 143)):
        monkeypatch.setattr(batch, "clean_paths", stop)
        args = ["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o")]
        assert main([*args, "-s"]) == code
        assert capsys.readouterr().err == ""             # the exit code says it
        assert main(args) == code                        # without -s: said
        assert "finished outputs are complete" in capsys.readouterr().err
