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
    replaced by an empty one; a warning names it as stale."""
    src = _records(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    assert run("clean", src, "-o", out).exit_code == 0
    before = (out / "c.jsonl").read_bytes()
    r = run("clean", src, "-o", out, "--text-key", "body")
    assert r.exit_code == 2
    assert (out / "c.jsonl").read_bytes() == before
    lines = r.stderr.splitlines()
    assert f"note: {src}: no record could be cleaned; no output written" in lines
    assert (f"warning: {out / 'c.jsonl'}: stale output kept: {src} failed, so this file is "
            "an earlier run's output of it, not this run's") in lines


def test_a_binary_jsonl_file_is_said_once_as_a_binary_text_file_is(tmp_path: Path) -> None:
    """A .jsonl name on binary data (NUL bytes): one error worded as for a
    .txt file, not "malformed JSON" for each of its lines; --skip-binary
    skips it as it skips the .txt; UTF-16 is called UTF-16."""
    blob = b"\x7fELF\x02\x01\x01\x00\x00\x00\n" * 40 + b"\x00\x01\n" * 40
    (tmp_path / "blob.jsonl").write_bytes(blob)
    (tmp_path / "blob.txt").write_bytes(blob)
    (tmp_path / "wide.jsonl").write_bytes(
        (json.dumps({"text": article(1)}) + "\n").encode("utf-16"))
    _records(tmp_path / "good.jsonl")
    r = run("clean", tmp_path, "-o", tmp_path / "out")
    assert r.exit_code == 2
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert errors == [f"error: {tmp_path / 'blob.jsonl'}: binary file (NUL bytes)",
                      f"error: {tmp_path / 'blob.txt'}: binary file (NUL bytes)",
                      f"error: {tmp_path / 'wide.jsonl'}: UTF-16 (byte-order mark); JSONL is "
                      "read as UTF-8: convert it to UTF-8 first"]
    assert not (tmp_path / "out" / "blob.jsonl").exists()
    assert (tmp_path / "out" / "good.jsonl").exists()
    r = run("check", "--skip-binary", tmp_path / "blob.jsonl", tmp_path / "good.jsonl")
    assert f"skipped: {tmp_path / 'blob.jsonl'}: binary file (NUL bytes)" \
        in r.stderr.splitlines()
    assert "error:" not in r.stderr and r.exit_code == 1   # good.jsonl gains ids
    # stdin read as JSONL: the same
    r = run("clean", "--format", "jsonl", "-", input=blob)
    assert r.exit_code == 2 and r.stderr.splitlines()[0] == "error: -: binary file (NUL bytes)"
    # negative: a JSON string may hold an escaped NUL (\u0000): that is JSONL
    (tmp_path / "nul.jsonl").write_text(json.dumps({"text": "A\u0000B " + article(2)}) + "\n")
    r = run("clean", tmp_path / "nul.jsonl", "-o", tmp_path / "out2")
    assert "binary" not in r.stderr and (tmp_path / "out2" / "nul.jsonl").exists()


def test_u007_says_who_put_the_replacement_characters_in(tmp_path: Path) -> None:
    """U007 said "decoded upstream" of the U+FFFD that cleaner itself put in
    for the bytes of a file it could not decode. Now each message says
    which: the reading's (the file still has the bytes), the text's own
    (decoded upstream), or some of each; and after rules moved the text
    (a share bar removed above), the places still hold."""
    from cleaner import Pipeline

    bad = (b"Council approves budget\n\nShare\n\nThe council met on Tuesday and approved "
           b"the caf\xc3 plan for the city, the mayor said.\n\nAnother paragraph has an "
           b"upstream \xef\xbf\xbd mark and a bad \xff byte.\n\nA third has only an "
           b"upstream \xef\xbf\xbd mark in it, as scraped.\n")
    (tmp_path / "u.txt").write_bytes(bad)
    r = run("check", "--select", "U007", tmp_path / "u.txt")
    found = [l.split(": U007 ", 1)[1] for l in r.stdout.splitlines() if ": U007 " in l]
    assert len(found) == 3
    assert found[0].endswith(": it stands for bytes of the file that are not valid UTF-8, "
                             "which cleaner could not decode when it read the file; the file "
                             "still has them: fix its encoding to keep the text")
    assert found[1].endswith(": 1 of them stands for bytes of the file that are not valid "
                             "UTF-8, which cleaner could not decode when it read the file (the "
                             "file still has them); 1 came with the text: text was lost when it "
                             "was decoded upstream and cannot be restored")
    assert found[2].endswith(": text was lost when it was decoded upstream and cannot be "
                             "restored")
    assert "decoded upstream" not in found[0]
    # the same text given to the pipeline already decoded: every one upstream
    doc = Pipeline.default().run(bad.decode("utf-8", "replace"))
    msgs = [x.message for x in doc.reports if x.code == "U007"]
    assert len(msgs) == 3 and all(m.endswith("decoded upstream and cannot be restored")
                                  and "of them" not in m for m in msgs)


@pytest.mark.parametrize("over", ["Share", "Advertisement", "Comments"])
def test_chrome_over_the_headline_does_not_make_the_block_rules_cut_the_only_paragraph(
        over: str) -> None:
    """A short page, its one paragraph a short sentence: the block rules
    found no article besides the headline and cut nothing — unless a line
    of chrome stood over the headline, when the headline (then line 2)
    counted as the article found and B101 cut the paragraph as "near-good
    between bad blocks", leaving the headline alone. The page cleans as it
    does without that line."""
    from cleaner import Pipeline

    page = ("Mayor resigns after audit\nThe mayor resigned on Friday.\n"
            "Home | News | Politics\n")
    p = Pipeline.default()
    alone = p.run(page).text
    doc = p.run(f"{over}\n{page}")
    assert "The mayor resigned on Friday." in doc.text
    assert doc.text == alone
    assert not [c for c in doc.changes if c.code == "B101"]


@pytest.mark.parametrize("under", ["", "Share\n", "Advertisement\n",
                                   "Share this article on Facebook\n"])
@pytest.mark.parametrize("after", ["", "Home | News | Politics\n", "Comments\n"])
@pytest.mark.parametrize("para", ["Residents will vote on the plan next month, officials said",
                                  "Heavy rain is expected across the region this weekend"])
def test_a_short_pages_one_paragraph_is_no_teaser_headline(under: str, after: str,
                                                           para: str) -> None:
    """A short page: the headline, maybe a share line, one paragraph written
    without its full stop, maybe a menu row. B006 took the paragraph for
    another story's headline "between the headline and the body" — there
    is no body — and the page was left with its headline alone. One such
    line with nothing but chrome around it is the page's paragraph."""
    from cleaner import Pipeline

    doc = Pipeline.default().run(f"Council approves new budget for city parks\n{under}"
                                 f"{para}\n{after}")
    assert f"\n\n{para}\n" in doc.text
    assert "Share" not in doc.text


def test_a_page_of_teaser_headlines_still_loses_them() -> None:
    """Negative: two or more headline-like lines under the headline, and no
    body: a page of other stories' headlines, which B006 takes, as before;
    and one among the menus of a page with no article is a teaser too."""
    from cleaner import Pipeline

    p = Pipeline.default()
    doc = p.run("Council approves new budget for city parks\nStorm hits coast again tonight\n"
                "Schools close early in the north today\n")
    assert doc.text == "Council approves new budget for city parks\n"
    doc = p.run("Council approves new budget for city parks\nLiving\nFront Page\n"
                "Food and Drink\nPictures of the day from around the world\nBooks\n")
    assert "Pictures of the day" not in doc.text


def test_a_share_line_naming_its_network_is_a_share_bar() -> None:
    """'Share this article on Facebook': the share verb of a share bar with
    the network it names (B003), not another story's headline (B006)."""
    from cleaner import Pipeline

    doc = Pipeline.default().run(
        "Council approves new budget for city parks\nShare this story on Facebook | Twitter\n"
        "The council met on Tuesday and approved the plan for the parks of the city.\n")
    assert [c.code for c in doc.changes if c.code.startswith("B")] == ["B003"]


def test_a_text_named_jsonl_is_one_error_not_one_a_line(tmp_path: Path) -> None:
    """An article saved as .jsonl: each of its lines was a "malformed JSON"
    error of its own (a long text, thousands). When not one of its first
    lines is a JSON object, the file is refused once, with what to do."""
    (tmp_path / "a.jsonl").write_text(article(1) + article(2))
    r = run("clean", tmp_path / "a.jsonl", "-o", tmp_path / "out")
    assert r.exit_code == 2
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {tmp_path / 'a.jsonl'}: not JSONL: "
                                                     "none of its first ")
    assert errors[0].endswith("non-blank lines is a JSON object (text? give --format text, "
                              "or name it .txt)")
    assert r.stderr.splitlines()[-1].endswith("1 error")
    assert run("clean", "--format", "text", tmp_path / "a.jsonl", "-o", tmp_path / "o2"
               ).exit_code == 0
    # negative: JSONL whose first line is bad but others are records is read
    # line by line, its bad lines named; and two bad lines are too few to judge
    (tmp_path / "b.jsonl").write_text("[1]\nnot json\n" + json.dumps({"text": article(3)})
                                      + "\nnot json either\n")
    (tmp_path / "c.jsonl").write_text("oops\nnot json\n")
    r = run("clean", tmp_path / "b.jsonl", tmp_path / "c.jsonl", "-o", tmp_path / "o3")
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    bad = "malformed JSON (Expecting value: column 1)"
    assert [e.split(": ", 2)[2].split(", line")[0] for e in errors] == [
        "not a JSON object", bad, bad, bad, bad]
    assert (tmp_path / "o3" / "b.jsonl").exists()


def test_binary_data_past_a_jsonl_files_start_is_named_as_such(tmp_path: Path) -> None:
    """NUL bytes after the first 8 KB (records, then a binary blob appended):
    the lines that hold them are skipped as binary data, not as malformed
    JSON; the records before are cleaned."""
    src = _records(tmp_path / "r.jsonl", n=20)
    with open(src, "ab") as fh:
        fh.write(b"\x00\x01\x02garbage\n")
    assert src.stat().st_size > 8192
    r = run("clean", src, "-o", tmp_path / "out")
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert errors == [f"error: {src}:21: binary data (NUL bytes), line skipped"]
    assert len((tmp_path / "out" / "r.jsonl").read_text().splitlines()) == 20


def _non_utf8_name(d: Path, name: bytes) -> Path:
    import os
    return d / os.fsdecode(name)


def test_a_file_name_that_is_not_utf8_stops_nothing(tmp_path: Path) -> None:
    """A file whose name is not UTF-8 (Latin-1 'café.txt' from an old
    archive): --report crashed the batch with a traceback
    (UnicodeEncodeError) before any output was written, and a JSONL
    record without an id, named after its file, failed as an 'internal
    error'. The report now escapes the name as JSON does (\\udce9: it reads
    back as the same path), and the record is written."""
    import os
    import subprocess
    import sys

    d = tmp_path / "in"
    d.mkdir()
    txt = _non_utf8_name(d, b"caf\xe9.txt")
    txt.write_text(article(1))
    _non_utf8_name(d, b"bin\xe9.txt").write_bytes(b"\x00\x01binary")
    recs = _non_utf8_name(d, b"r\xe9.jsonl")   # records without ids: named after the file
    recs.write_text("".join(json.dumps({"text": article(i)}) + "\n" for i in range(2)))
    r = run("clean", d, "-o", tmp_path / "out", "--report", tmp_path / "r.json")
    assert r.exit_code == 2   # the binary file
    assert "internal error" not in r.stderr
    report = json.loads((tmp_path / "r.json").read_bytes().decode("utf-8"))
    assert sorted(f["path"] for f in report["files"]) == sorted(
        str(p) for p in (txt, recs, _non_utf8_name(d, b"bin\xe9.txt")))
    out = tmp_path / "out" / os.fsdecode(b"caf\xe9.txt")
    assert out.exists()
    lines = (tmp_path / "out" / os.fsdecode(b"r\xe9.jsonl")).read_bytes().splitlines()
    assert len(lines) == 2 and json.loads(lines[0])["id"] == f"{recs}:1"
    # a strict UTF-8 standard output (a UTF-8 locale): the findings of such
    # a file are written with the name's own bytes, as ls writes it; JSON
    # with the escape
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    cli = [sys.executable, "-m", "cleaner"]
    res = subprocess.run([*cli, "check", txt], capture_output=True, env=env, cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    assert res.stdout.startswith(os.fsencode(txt) + b":")
    res = subprocess.run([*cli, "check", "--output-format", "json", txt], capture_output=True,
                         env=env, cwd=tmp_path)
    assert res.returncode == 1, res.stderr
    assert {e["filename"] for e in json.loads(res.stdout.decode("utf-8"))} == {str(txt)}


def test_a_jsonl_record_with_a_lone_surrogate_is_cleaned_not_an_internal_error(
        tmp_path: Path) -> None:
    """'\\ud800' in a record (valid JSON, no character: a UTF-16 string cut
    in half upstream) failed the record as an 'internal error' when the
    batch re-serialised the record to compare it; it is cleaned (U001 turns
    it into U+FFFD) and written."""
    src = tmp_path / "s.jsonl"
    src.write_text('{"id": "a", "text": "The council met on Monday \\ud800 and approved '
                   'the plan for the park."}\n')
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.stderr
    rec = json.loads((tmp_path / "out" / "s.jsonl").read_text())
    assert "Monday \ufffd and" in rec["text"]


@pytest.mark.parametrize("doc", [
    [{"id": "1", "text": "A story. It is here."}, {"id": "2", "text": "Another. Here."}],
    {"id": "1", "text": "A story. It is here."}])
def test_a_pretty_printed_json_document_is_said_to_be_no_jsonl(tmp_path: Path, doc) -> None:
    """One JSON document over several lines (json.dump(..., indent=2)):
    named .jsonl, each line was a malformed record; on stdin it was
    cleaned as prose — braces and keys reflowed into paragraphs, exit 0.
    Both now say what it is and how to convert it."""
    text = json.dumps(doc, indent=2) + "\n"
    (tmp_path / "p.jsonl").write_text(text)
    what, jq = (("a JSON array, not JSON Lines (one record per line)", "jq -c '.[]'")
                if isinstance(doc, list) else
                ("one JSON object over several lines (pretty-printed), not JSON Lines (one "
                 "record per line)", "jq -c ."))
    r = run("clean", tmp_path / "p.jsonl", "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert [l for l in r.stderr.splitlines() if l.startswith("error:")] == [
        f"error: {tmp_path / 'p.jsonl'}: {what}; convert with `{jq} {tmp_path / 'p.jsonl'} > "
        f"{tmp_path / 'p.lines.jsonl'}`"]
    for args in ([], ["--format", "jsonl"]):
        r = run("clean", *args, "-", input=text)
        assert r.exit_code == 2 and r.stdout == ""
        assert r.stderr.splitlines()[0] == f"error: -: {what}; pipe it through `{jq}` first"
    # negative: text that opens with a brace is still text; JSONL is JSONL
    r = run("clean", "-", input="{Draft} Council meets\n\nThe council met on Monday.\n")
    assert r.exit_code == 0 and "The council met on Monday." in r.stdout
    r = run("clean", "-", input=json.dumps({"text": "One record. Here."}) + "\n")
    assert r.exit_code == 0 and json.loads(r.stdout)["text"] == "One record. Here."


def test_check_json_cut_short_by_ctrl_c_is_still_a_json_list(tmp_path: Path, monkeypatch,
                                                             capsys) -> None:
    """`check --output-format json` streams one JSON list; Ctrl-C (or
    SIGTERM) mid-batch left it unterminated, so a CI step that reads it
    failed to parse what had been found. The list is now closed, as the
    report is, and the exit code (130) says the run was cut short."""
    from cleaner import batch as _batch
    from cleaner.cli import main

    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(article(i))
    real = _batch.clean_paths

    def stopped_after_one(*args, **kw):
        show = kw["on_document"]

        def once(r):
            show(r)
            raise KeyboardInterrupt
        return real(*args, **{**kw, "on_document": once})

    monkeypatch.setattr(_batch, "clean_paths", stopped_after_one)
    code = main(["check", "--output-format", "json", "-j1", str(tmp_path)])
    assert code == 130
    found = json.loads(capsys.readouterr().out)
    assert found and {e["filename"] for e in found} == {str(tmp_path / "0.txt")}


def test_more_jobs_than_cpus_are_said_and_capped(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`-j 999` started 999 workers for a JSONL file (its records are shared
    out), each loading the rules: the machine swapped for no speed. The
    workers are capped at the CPUs the process may use, and that is said
    with -v (not warned of on every run: a CI job may pin -j over its
    runner's CPUs); the output is the same. Negatives: -j at or under the
    CPUs says nothing; -j 0 is a usage error."""
    import cleaner.batch

    seen: list[int | None] = []
    real = cleaner.batch.clean_paths
    monkeypatch.setattr(cleaner.batch, "available_cpus", lambda: 2)
    monkeypatch.setattr(cleaner.batch, "clean_paths",
                        lambda *a, **k: (seen.append(k.get("jobs")), real(*a, **k))[1])
    src = _records(tmp_path / "c.jsonl")
    r = run("clean", src, "-o", tmp_path / "a", "-j", "999")
    assert r.exit_code == 0, r.output
    assert "-j 999" not in r.stderr and "warning" not in r.stderr and seen == [2]
    r = run("clean", src, "-o", tmp_path / "v", "-j", "999", "-v")
    assert r.exit_code == 0, r.output
    assert ("note: -j 999: this process may use 2 CPUs, and more workers would only "
            "share them, each loading the rules: using 2") in r.stderr
    assert seen == [2, 2]
    r = run("clean", src, "-o", tmp_path / "b", "-j", "2", "-v")
    assert r.exit_code == 0 and "-j 2" not in r.stderr and seen == [2, 2, 2]
    assert (tmp_path / "a" / "c.jsonl").read_bytes() == (tmp_path / "b" / "c.jsonl").read_bytes()
    r = run("clean", src, "-o", tmp_path / "c", "-j", "0")
    assert r.exit_code == 2 and "0 is not in the range x>=1" in r.stderr


def test_two_inputs_of_one_name_say_how_to_clean_them_both(tmp_path: Path) -> None:
    """`clean a/x.txt b/x.txt -o OUT` (or `clean a b -o OUT`) is refused, as
    both would be OUT/x.txt, and nothing is written; the message said only
    that. It says the ways out: two runs, or the directory they share,
    whose whole tree -o then cleans (two runs first: that directory may hold
    much else); for a page and a text of one name, that a page's text is
    written as .txt. The way out it gives works."""
    for d in ("in/a", "in/b"):
        (tmp_path / d).mkdir(parents=True)
        (tmp_path / d / "x.txt").write_text(article(1))
    for given in (("in/a/x.txt", "in/b/x.txt"), ("in/a", "in/b")):
        r = run("clean", *given, "-o", "out")
        assert r.exit_code == 2 and not (tmp_path / "out").exists()
        assert ("would both be written to out/x.txt; clean them in two runs, into two "
                "directories, or give the directory they share (in: -o then cleans and mirrors "
                "everything under it)") in r.stderr
    r = run("clean", "in", "-o", "out")
    assert r.exit_code == 0 and sorted(p.name for p in (tmp_path / "out").rglob("x.txt")) == \
        ["x.txt", "x.txt"]
    (tmp_path / "in" / "a" / "x.html").write_text(
        f"<html><head><title>Talks</title></head><body><p>{article(2)}</p></body></html>")
    r = run("clean", "in/a", "-o", "out2")
    assert r.exit_code == 2
    assert "an HTML page's text is written as .txt: rename one" in r.stderr


def test_binary_files_in_a_batch_say_what_skips_them(tmp_path: Path) -> None:
    """A PNG renamed .txt, a text with a NUL byte: each an error (exit 2),
    as black and ruff fail on what they cannot read, but the summary's
    `2 errors` did not say that --skip-binary (the hooks' flag) skips them.
    Negatives: with it they are skipped and exit 0; other errors get no
    such hint."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "nul.txt").write_bytes(b"Headline\n\nA line\x00 of text.\n")
    r = run("clean", d, "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert r.stderr.splitlines()[-1].endswith(
        ", 2 errors (2 binary files: --skip-binary skips them)")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt"]
    r = run("clean", d, "-o", tmp_path / "out", "--skip-binary")
    assert r.exit_code == 0 and r.stderr.splitlines()[-1].endswith(
        ", 2 skipped (2 binary files)")
    (d / "img.txt").unlink()
    (d / "nul.txt").unlink()
    (d / "bad.txt").write_bytes("Министр заявил".encode("koi8_r"))
    r = run("clean", d, "-o", tmp_path / "out")
    assert r.exit_code == 2 and r.stderr.splitlines()[-1].endswith(", 1 error")
