"""The command line called from Python with the standard streams replaced by
text streams that have no binary buffer (``contextlib.redirect_stdout`` to an
``io.StringIO``, a notebook's streams): what would go to the bytes of
stdout (a ``--report -``, cleaned text) goes to the text stream itself, and
stdin is read from a text stream put in its place."""
from __future__ import annotations

import contextlib
import io
import json
import sys
from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.io import binary_reader, binary_writer

from ._corpus import article


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _main(argv: list[object]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main([str(a) for a in argv])
    return rc, out.getvalue(), err.getvalue()


def test_report_to_stdout_goes_to_a_text_stream(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(article(1), encoding="utf-8")
    for argv in (["check", "--report", "-", src],
                 ["clean", "--report", "-", src, "-o", tmp_path / "out"]):
        rc, out, err = _main(argv)
        assert rc in (0, 1), err
        report = json.loads(out)   # the whole of stdout is the report
        assert report["files"][0]["path"] == str(src)
        assert report["files"][0]["changes"], "the dirty article's changes are reported"
    assert (tmp_path / "out" / "a.txt").is_file()


def test_report_to_a_file_writes_nothing_to_the_text_stream(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(article(1), encoding="utf-8")
    rc, out, err = _main(["clean", "--report", tmp_path / "r.json", src, "-o", tmp_path / "o"])
    assert rc == 0, err
    assert out == ""   # negative: the report went to its file only
    assert json.loads((tmp_path / "r.json").read_text())["files"][0]["path"] == str(src)


def test_stdin_and_stdout_as_text_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Caf\u00e9 owners  met on Monday \u2014 na\u00efvely, some said.\nShare this article\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    rc, out, err = _main(["clean", "-"])
    assert rc == 0, err
    assert out == "Caf\u00e9 owners met on Monday \u2014 na\u00efvely, some said.\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    rc, out, err = _main(["check", "-", "--report", "-"])
    assert rc == 1
    report = json.loads(out)
    assert report["files"][0]["path"] == "-" and report["files"][0]["changed"] is True


def test_stdout_with_a_buffer_is_written_as_bytes(capfdbinary: pytest.CaptureFixture) -> None:
    """Negative: a real stream's bytes are used as they are (not decoded)."""
    assert binary_writer(sys.__stdout__) is sys.__stdout__.buffer
    assert binary_reader(sys.__stdin__) is sys.__stdin__.buffer
    raw = io.BytesIO()
    assert binary_writer(raw) is raw and binary_reader(raw) is raw


def test_text_sink_joins_a_character_split_between_writes() -> None:
    text = io.StringIO()
    sink = binary_writer(text)
    data = "\u00e9\u2014\U0001f600".encode("utf-8")
    for i in range(len(data)):
        sink.write(data[i:i + 1])
    sink.flush()
    assert text.getvalue() == "\u00e9\u2014\U0001f600"


def test_text_source_reads_utf8_bytes() -> None:
    src = binary_reader(io.StringIO("na\u00efve\n" * 20000))
    assert src.peek(2)[:2] == b"na"   # what gzip and format sniffing look at
    assert src.read() == "na\u00efve\n".encode("utf-8") * 20000
    assert src.read() == b""
    assert binary_reader(None).read() == b""
