"""`.json` files taken with --include '*.json' that are one JSON document
(an array of records, or one object pretty-printed) rather than JSON Lines:
each is one error saying what the file is and the `jq` command that makes
JSON Lines of it, told from its first bytes (also when the document is far
larger than what is looked at). A one-object file written on one line is
JSON Lines already, and is cleaned."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli

from ._corpus import article

RECORDS = [{"id": f"d{i}", "text": article(i + 1)} for i in range(3)]
ARRAY = "a JSON array, not JSON Lines (one record per line); convert with `jq -c '.[]' {p} > {o}`"
OBJECT = ("one JSON object over several lines (pretty-printed), not JSON Lines (one record per "
          "line); convert with `jq -c . {p} > {o}`")


def run(*args: object) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _errors(stderr: str) -> list[str]:
    return [l for l in stderr.splitlines() if l.startswith("error:")]


def test_json_documents_in_a_walk_say_what_they_are(tmp_path: Path) -> None:
    d = tmp_path / "crawl"
    d.mkdir()
    big = [{"id": i, "text": article(i % 5 + 1)} for i in range(40)]   # far over 8 KB
    files = {
        "pretty.json": json.dumps(RECORDS, indent=2),
        "compact.json": json.dumps(RECORDS),                             # one line
        "rows.json": "[\n" + ",\n".join(json.dumps(r) for r in RECORDS) + "\n]\n",
        "inline.json": "[" + ",\n ".join(json.dumps(r) for r in big) + "]\n",
        "huge-line.json": json.dumps(big),                               # one line, > 8 KB
        "object.json": json.dumps(RECORDS[0], indent=2),
        "object-long.json": json.dumps({"id": 1, "text": article(1) * 20, "tags": ["a"]},
                                       indent=2),
        "object-2.json": '{"id": 1,\n "text": "The council met on Monday."}\n',
    }
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    r = run("check", "--include", "*.json", d)
    assert r.exit_code == 2
    kinds = {"pretty": ARRAY, "compact": ARRAY, "rows": ARRAY, "inline": ARRAY,
             "huge-line": ARRAY, "object": OBJECT, "object-long": OBJECT, "object-2": OBJECT}
    assert sorted(_errors(r.stderr)) == sorted(
        "error: " + f"{d / (n + '.json')}: " + k.format(p=d / (n + ".json"), o=d / (n + ".jsonl"))
        for n, k in kinds.items())
    assert f"{len(files)} errors" in r.stdout   # one a file, not one a line
    # what it says works: converted, each is JSON Lines that cleans
    conv = tmp_path / "conv.jsonl"
    conv.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    r = run("clean", conv, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.stderr


def test_json_lines_and_one_line_objects_are_cleaned(tmp_path: Path) -> None:
    """Negative: a `.json` file that is JSON Lines, or one object on one
    line, is cleaned; one whose first record is broken is an error of that
    line only, the others cleaned; text that opens with a bracket or brace
    is not called a JSON document."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "lines.json").write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    (d / "one.json").write_text(json.dumps(RECORDS[0]) + "\n")
    (d / "broken.json").write_text("{oops\n" + json.dumps(RECORDS[1]) + "\n")
    (d / "note.json").write_text("[Updated] Council\n\nThe council met.\nIt said so.\n")
    r = run("clean", "--include", "*.json", d, "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert _errors(r.stderr)[0] == (f"error: {d / 'broken.json'}:1: malformed JSON (Expecting "
                                    "property name enclosed in double quotes: column 2), line "
                                    "skipped")
    assert "JSON array" not in r.stderr and "JSON object over" not in r.stderr
    assert "not JSONL: none of its first 3 non-blank lines" in r.stderr   # the text
    out = tmp_path / "out"
    assert [json.loads(l)["id"] for l in (out / "lines.json").read_text().splitlines()] == [
        "d0", "d1", "d2"]
    assert json.loads((out / "one.json").read_text())["id"] == "d0"
    assert json.loads((out / "broken.json").read_text())["id"] == "d1"


def test_a_gzipped_array_and_an_array_named_jsonl(tmp_path: Path) -> None:
    """The command fits the file: a gzipped one is decompressed first, and
    one already named .jsonl is not converted onto itself."""
    gz = tmp_path / "a.json.gz"
    gz.write_bytes(gzip.compress(json.dumps(RECORDS, indent=1).encode()))
    named = tmp_path / "b.jsonl"
    named.write_text(json.dumps(RECORDS, indent=1))
    r = run("check", gz, named)
    assert _errors(r.stderr) == [
        f"error: {gz}: a JSON array, not JSON Lines (one record per line); convert with "
        f"`gzip -dc {gz} | jq -c '.[]' > {tmp_path / 'a.jsonl'}`",
        f"error: {named}: a JSON array, not JSON Lines (one record per line); convert with "
        f"`jq -c '.[]' {named} > {tmp_path / 'b.lines.jsonl'}`"]


def test_a_name_with_spaces_is_quoted_in_the_command(tmp_path: Path) -> None:
    src = tmp_path / "my crawl.json"
    src.write_text(json.dumps(RECORDS, indent=2))
    r = run("check", src)
    assert _errors(r.stderr) == [
        f"error: {src}: a JSON array, not JSON Lines (one record per line); convert with "
        f"`jq -c '.[]' '{src}' > '{tmp_path / 'my crawl.jsonl'}'`"]


WRAPPED = ("one JSON object over several lines (pretty-printed) whose records are in its list "
           "{key!r}, not JSON Lines (one record per line); convert with `jq -c {f} {p} > {o}`")


def _converted_and_cleaned(tmp_path: Path, stderr: str, expect: list) -> None:
    """The command the error gives, run as it is (when jq is there), makes
    JSON Lines that cleans into the records expected."""
    import shutil
    import subprocess

    if shutil.which("jq") is None:
        pytest.skip("jq not installed")
    cmd = _errors(stderr)[0].split("convert with `", 1)[1].rstrip("`")
    subprocess.run(cmd, shell=True, check=True, cwd=tmp_path)
    target = cmd.rsplit("> ", 1)[1]
    r = run("clean", target, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.stderr
    out = tmp_path / "out" / Path(target).name
    assert [json.loads(l)["id"] for l in out.read_text().splitlines()] == expect


@pytest.mark.parametrize("wrap", [
    {"records": RECORDS},
    {"meta": {"count": 3, "tags": ["a", "b"]}, "records": RECORDS},
    {"count": 3, "records": [{"id": f"d{i}", "text": article(i % 5 + 1)} for i in range(60)]}])
def test_an_object_wrapping_a_list_of_records_names_that_list(tmp_path: Path, wrap) -> None:
    """`{"records": [...]}` pretty-printed: the hint was `jq -c .`, which
    makes one line of the whole object — one record with no text field. It
    is `jq -c '.records[]'`, by the list's real name, whatever else the
    object holds (a list of strings is no list of records) and however far
    past the first 8 KB the file goes; the command works as said."""
    src = tmp_path / "wrapped.json"
    src.write_text(json.dumps(wrap, indent=2))
    r = run("check", src)
    assert r.exit_code == 2
    assert _errors(r.stderr) == ["error: " + f"{src}: " + WRAPPED.format(
        key="records", f="'.records[]'", p=src, o=tmp_path / "wrapped.jsonl")]
    # stdin: the same filter
    r = CliRunner().invoke(cli, ["clean", "-"], input=src.read_text())
    assert r.exit_code == 2
    assert "pipe it through `jq -c '.records[]'` first" in r.stderr
    _converted_and_cleaned(tmp_path, run("check", src).stderr,
                           [x["id"] for x in wrap["records"]])


def test_a_list_named_oddly_is_named_as_jq_reads_it(tmp_path: Path) -> None:
    src = tmp_path / "odd.json"
    src.write_text(json.dumps({"the items": RECORDS}, indent=2))
    r = run("check", src)
    assert _errors(r.stderr) == ["error: " + f"{src}: " + WRAPPED.format(
        key="the items", f="'.[\"the items\"][]'", p=src, o=tmp_path / "odd.jsonl")]
    _converted_and_cleaned(tmp_path, r.stderr, ["d0", "d1", "d2"])


def test_an_object_with_no_single_list_of_records_gets_the_generic_hint(tmp_path: Path) -> None:
    """Negative: two lists of objects — which holds the records is not
    guessed: both are named, and the filter is a pattern to complete; an
    object with no list of objects is one record, put on one line (`jq -c
    .`); a top-level list stays `jq -c '.[]'`."""
    two = tmp_path / "two.json"
    two.write_text(json.dumps({"authors": [{"name": "A"}], "items": RECORDS}, indent=2))
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "d0", "text": article(1), "tags": ["x"]}, indent=2))
    arr = tmp_path / "arr.json"
    arr.write_text(json.dumps(RECORDS, indent=2))
    r = run("check", two, one, arr)
    assert _errors(r.stderr) == [
        f"error: {two}: one JSON object over several lines (pretty-printed), not JSON Lines "
        "(one record per line); if a list in it holds the records (its lists of objects: "
        f"'authors', 'items'), name it in place of KEY; convert with `jq -c '.KEY[]' {two} > "
        f"{tmp_path / 'two.jsonl'}`",
        "error: " + f"{one}: " + OBJECT.format(p=one, o=tmp_path / "one.jsonl"),
        "error: " + f"{arr}: " + ARRAY.format(p=arr, o=tmp_path / "arr.jsonl")]
    _converted_and_cleaned(tmp_path, run("check", one).stderr, ["d0"])


@pytest.mark.parametrize("wrap, keys, f", [
    ({"status": "ok", "data": {"total": 3, "items": RECORDS}}, "data.items", "'.data.items[]'"),
    ({"response": {"meta": {"n": 3}, "result": {"docs": RECORDS}}}, "response.result.docs",
     "'.response.result.docs[]'"),
    ({"the data": {"items": RECORDS}}, "the data.items", "'.[\"the data\"].items[]'")])
def test_a_list_of_records_a_few_keys_deep_is_found(tmp_path: Path, wrap, keys, f) -> None:
    """`{"data": {"items": [...]}}` pretty-printed got `jq -c .` (one
    record, with no text): the list is looked for a few keys deep and named
    by its path; the command works as said."""
    src = tmp_path / "nested.json"
    src.write_text(json.dumps(wrap, indent=2))
    r = run("check", src)
    assert _errors(r.stderr) == ["error: " + f"{src}: " + WRAPPED.format(
        key=keys, f=f, p=src, o=tmp_path / "nested.jsonl")]
    _converted_and_cleaned(tmp_path, r.stderr, ["d0", "d1", "d2"])


def test_a_record_holding_a_list_of_objects_is_still_one_record(tmp_path: Path) -> None:
    """Negatives: an object with a text of its own is a record, its nested
    list (its author's links) is no list of records: `jq -c .`; a list at
    the top wins over one deeper (a wrapper's `records`, not a list inside
    its `meta`); two lists as deep are both named, not guessed; a list
    deeper than the few keys looked at is not found."""
    rec = tmp_path / "rec.json"
    rec.write_text(json.dumps({"id": "d0", "text": article(1),
                               "author": {"links": [{"url": "x"}]}}, indent=2))
    top = tmp_path / "top.json"
    top.write_text(json.dumps({"meta": {"authors": [{"name": "A"}]}, "records": RECORDS},
                              indent=2))
    two = tmp_path / "two.json"
    two.write_text(json.dumps({"a": {"items": RECORDS}, "b": {"people": [{"n": 1}]}},
                              indent=2))
    deep = tmp_path / "deep.json"
    deep.write_text(json.dumps({"a": {"b": {"c": {"d": {"items": RECORDS}}}}}, indent=2))
    r = run("check", rec, top, two, deep)
    errors = _errors(r.stderr)
    assert errors[0] == "error: " + f"{rec}: " + OBJECT.format(p=rec, o=tmp_path / "rec.jsonl")
    assert errors[1] == "error: " + f"{top}: " + WRAPPED.format(
        key="records", f="'.records[]'", p=top, o=tmp_path / "top.jsonl")
    assert "(its lists of objects: 'a.items', 'b.people'), name it in place of KEY" in errors[2]
    assert errors[3] == "error: " + f"{deep}: " + OBJECT.format(p=deep, o=tmp_path / "deep.jsonl")


def test_a_minified_document_of_records_in_jsonl_says_so_with_its_jq(tmp_path: Path) -> None:
    """`{"records": [...]}` on one line in a .jsonl (or on stdin) is JSON
    Lines of one record with no text: the error said only "no string field
    'text'"; it says the list holds records that have one, and the jq."""
    src = tmp_path / "min.jsonl"
    src.write_text(json.dumps({"records": RECORDS}) + "\n")
    nested = tmp_path / "nested.jsonl"
    nested.write_text(json.dumps({"data": {"items": RECORDS[:1]}}) + "\n")
    r = run("check", src, nested)
    assert _errors(r.stderr) == [
        f"error: {src}:1: no string field 'text'; its list 'records' (3 items) holds records "
        "with one (a document of records on one line, not a record: `jq -c '.records[]'` "
        "makes JSON Lines of it), line skipped",
        f"error: {nested}:1: no string field 'text'; its list 'data.items' (1 item) holds "
        "records with one (a document of records on one line, not a record: `jq -c "
        "'.data.items[]'` makes JSON Lines of it), line skipped"]
    r = CliRunner().invoke(cli, ["clean", "-"], input=json.dumps({"records": RECORDS}) + "\n")
    assert r.exit_code == 2 and "`jq -c '.records[]'` makes JSON Lines of it" in r.stderr
    # negatives: a list of objects without the field, and --text-key naming
    # another field, keep the record's own hint
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"title": "T", "records": [{"name": "A"}]}) + "\n")
    r = run("check", other)
    assert _errors(r.stderr) == [f"error: {other}:1: no string field 'text'; its string fields: "
                                 "title (--text-key names the field to clean), line skipped"]
    r = run("check", "--text-key", "body", src)
    assert "jq" not in r.stderr and "no string field 'body'" in r.stderr


def test_a_record_with_its_own_list_of_records_keeps_the_text_key_hint(tmp_path: Path) -> None:
    """A one-line record with an article of its own and a list of comments
    that have a 'text' (`{"content": "<article>", "comments": [{"text":
    …}]}`) got `jq -c '.comments[]'`: following it cleaned the comments
    and dropped the article. A record is no document of records: its hint
    names its string fields for --text-key; also when the record is one
    key down (its own lists are not looked into). Negative: a wrapper with
    short strings only keeps the jq hint."""
    comments = [{"text": "Nice piece"}, {"text": "Wrong"}]
    rec = tmp_path / "rec.jsonl"
    rec.write_text(json.dumps({"id": 1, "content": article(1), "comments": comments}) + "\n")
    down = tmp_path / "down.jsonl"
    down.write_text(json.dumps({"status": "ok", "article": {"body": article(2),
                                                            "comments": comments}}) + "\n")
    wrap = tmp_path / "wrap.jsonl"
    wrap.write_text(json.dumps({"status": "ok", "comments": comments}) + "\n")
    r = run("check", rec, down, wrap)
    errors = _errors(r.stderr)
    assert errors[0] == (f"error: {rec}:1: no string field 'text'; its string fields: content "
                         "(--text-key names the field to clean), line skipped")
    assert errors[1] == (f"error: {down}:1: no string field 'text'; its string fields: status "
                         "(--text-key names the field to clean), line skipped")
    assert "jq" not in errors[0] + errors[1]
    assert "`jq -c '.comments[]'` makes JSON Lines of it" in errors[2]


def test_a_record_object_gives_up_none_of_its_lists(tmp_path: Path) -> None:
    """A pretty-printed `{"status": "ok", "article": {…, "body":
    "<article>", "authors": [{"name": …}]}}` got `jq -c
    '.article.authors[]'`, and a record with a long body and a `links` list
    got `jq -c '.links[]'`: a record object's lists are its own. The record
    one key down is named (`jq -c .article`), and the command works; a
    top-level record is one record (`jq -c .`). Negatives: a wrapper with a
    list of records keeps its `.records[]`; a record beside a list at the
    same depth is not guessed between, both are named."""
    nested = tmp_path / "nested.json"
    nested.write_text(json.dumps({"status": "ok", "article": {
        "id": "d0", "headline": "Budget", "text": article(1),
        "authors": [{"name": "Jane Doe"}, {"name": "Ann Lee"}]}}, indent=2))
    top = tmp_path / "top.json"
    top.write_text(json.dumps({"id": "d1", "text": article(2),
                               "links": [{"url": "http://x", "title": "a"}]}, indent=2))
    wrap = tmp_path / "wrap.json"
    wrap.write_text(json.dumps({"status": "ok", "records": RECORDS}, indent=2))
    both = tmp_path / "both.json"
    both.write_text(json.dumps({"article": {"text": article(3), "links": [{"url": "x"}]},
                                "comments": [{"text": "Nice"}]}, indent=2))
    r = run("check", nested, top, wrap, both)
    errors = _errors(r.stderr)
    assert errors[0] == (
        f"error: {nested}: one JSON object over several lines (pretty-printed) whose record "
        "is its object 'article', not JSON Lines (one record per line); convert with "
        f"`jq -c .article {nested} > {tmp_path / 'nested.jsonl'}`")
    assert errors[1] == "error: " + f"{top}: " + OBJECT.format(p=top, o=tmp_path / "top.jsonl")
    assert errors[2] == "error: " + f"{wrap}: " + WRAPPED.format(
        key="records", f="'.records[]'", p=wrap, o=tmp_path / "wrap.jsonl")
    assert ("(its lists of objects: 'comments'; its objects that are records: 'article'), "
            "name it in place of KEY") in errors[3]
    assert "links" not in errors[3]
    _converted_and_cleaned(tmp_path, run("check", nested).stderr, ["d0"])
    _converted_and_cleaned(tmp_path, run("check", top).stderr, ["d1"])
