"""Bad input as a user meets it: what a batch writes, says and skips."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli

from ._corpus import article


def run(*args: object, input: bytes | str | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input,
                              catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _records(path: Path, n: int = 3, key: str = "text") -> Path:
    path.write_text("".join(json.dumps({"id": str(i), key: article(i)}) + "\n"
                            for i in range(n)))
    return path


@pytest.mark.parametrize("how", ["text-key", "malformed"])
def test_a_jsonl_file_of_which_no_record_is_cleaned_leaves_no_output(tmp_path: Path,
                                                                     how: str) -> None:
    """Every record failed: the file failed, as a text file that cannot be
    read fails, and -o writes nothing for it (an empty file would pass for a
    cleaned corpus), and says so; the good file beside it is written."""
    src = tmp_path / "in"
    src.mkdir()
    if how == "text-key":
        _records(src / "bad.jsonl", key="body")
    else:
        (src / "bad.jsonl").write_text("not json\n{also not\n")
    _records(src / "good.jsonl")
    out = tmp_path / "out"
    r = run("clean", src, "-o", out, "--report", tmp_path / "r.json")
    assert r.exit_code == 2
    assert not (out / "bad.jsonl").exists()
    assert len((out / "good.jsonl").read_text().splitlines()) == 3
    assert f"note: {src / 'bad.jsonl'}: no record could be cleaned; no output written" \
        in r.stderr.splitlines()
    summary = json.loads((tmp_path / "r.json").read_text())["summary"]
    assert summary["failed_files"] == 1 and summary["written"] == 1
    # negative: a file with one good record is cleaned, its bad lines skipped
    (src / "bad.jsonl").write_text("not json\n" + json.dumps({"text": article(5)}) + "\n")
    r = run("clean", src, "-o", out)
    assert r.exit_code == 2 and len((out / "bad.jsonl").read_text().splitlines()) == 1
    assert "no output written" not in r.stderr


def test_a_jsonl_file_of_which_no_record_is_cleaned_keeps_a_previous_output(
        tmp_path: Path) -> None:
    """As for a failed text file, an output an earlier run wrote is not
    replaced by an empty one; the note names it."""
    src = _records(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    assert run("clean", src, "-o", out).exit_code == 0
    before = (out / "c.jsonl").read_bytes()
    r = run("clean", src, "-o", out, "--text-key", "body")
    assert r.exit_code == 2
    assert (out / "c.jsonl").read_bytes() == before
    assert (f"note: {src}: no record could be cleaned; no output written "
            f"({out / 'c.jsonl'} left as it was)") in r.stderr.splitlines()
