"""Inputs of the HTML and JSONL front ends that crashed or read wrongly:
JSON nested thousands deep, a first JSONL record longer than a read
buffer, and the HTML shapes ``tools/stress_scaling.py --only html-`` makes
(each here at a moderate size; no time is asserted)."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli
from cleaner.htmltext import html_document
from cleaner.records import MAX_JSON_DEPTH, JSONTooDeep, loads

TEXT = "The minister said on Tuesday that talks with union leaders would resume.\n"


def run(*args: object) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _nest(depth: int, open_: str = "[", close: str = "]") -> str:
    return open_ * depth + close * depth


# -- JSON nested deeply --------------------------------------------------------

def test_json_nested_past_the_depth_is_an_error_of_its_own() -> None:
    with pytest.raises(JSONTooDeep, match="nested too deeply"):
        loads(_nest(20_000))          # past Python's recursion limit
    with pytest.raises(JSONTooDeep):
        loads(_nest(MAX_JSON_DEPTH + 1).encode())
    assert isinstance(JSONTooDeep(), ValueError)   # "not JSON" to a sniffer


def test_json_at_the_depth_and_wide_json_are_read() -> None:
    assert loads(_nest(MAX_JSON_DEPTH)) is not None
    # many brackets side by side are no depth
    assert loads("[" + ", ".join(["[]"] * 5000) + "]") == [[]] * 5000
    assert loads('{"a": [1, {"b": [2]}]}') == {"a": [1, {"b": [2]}]}


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("field", ["extra", "metadata"])
def test_a_record_nested_too_deeply_is_skipped_and_the_batch_goes_on(
        tmp_path: Path, jobs: str, field: str) -> None:
    # past Python's recursion limit, on a line shorter than a read buffer
    deep = _nest(1500) if field == "extra" else _nest(400, '{"a": ', "}").replace(
        '{"a": }', '{"a": 1}')
    lines = [f'{{"id": "a", "text": {json.dumps(TEXT)}, "{field}": {deep}}}',
             json.dumps({"id": "b", "text": TEXT})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    r = run("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out", "-j", jobs)
    assert r.exit_code == 2
    assert "in.jsonl:1: JSON nested too deeply" in r.stderr
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    out = [json.loads(x) for x in (tmp_path / "out" / "in.jsonl").read_text().splitlines()]
    assert [o["id"] for o in out] == ["b"]


def test_metadata_nested_under_the_depth_is_cleaned_with_two_workers(tmp_path: Path) -> None:
    # read, it once failed to be sent back from a worker (pickle recurses)
    meta = {"date": "2024-01-02", "x": loads(_nest(MAX_JSON_DEPTH - 3, '{"a": ', "}")
                                             .replace('{"a": }', '{"a": 1}'))}
    (tmp_path / "in.jsonl").write_text(
        json.dumps({"id": "a", "text": TEXT, "metadata": meta}) + "\n"
        + json.dumps({"id": "b", "text": TEXT}) + "\n")
    r = run("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out", "-j", "2")
    assert r.exit_code == 0, r.stderr
    out = [json.loads(x) for x in (tmp_path / "out" / "in.jsonl").read_text().splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["metadata"]["x"] == meta["x"]


def test_a_first_record_longer_than_a_read_buffer_is_json_lines(tmp_path: Path) -> None:
    # its first 4 KB (what a peek gave) cut after a comma were taken for the
    # whole file: "one JSON object over several lines"
    text = "The minister said on Tuesday that talks would resume, " * 200
    prefix = '{"id": "a", "text": "'
    comma = text.index(",")
    line = json.dumps({"id": "a", "text": "x" * (4095 - len(prefix) - comma) + text})
    assert line[4095] == ","      # the first 4 KB end with a comma
    (tmp_path / "in.jsonl").write_text(line + "\n" + json.dumps({"id": "b", "text": TEXT}) + "\n")
    r = run("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out")
    assert r.exit_code == 0, r.stderr
    assert len((tmp_path / "out" / "in.jsonl").read_text().splitlines()) == 2


def test_a_pretty_printed_object_is_still_told(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(json.dumps({"records": [{"text": TEXT}] * 3}, indent=2))
    r = run("clean", tmp_path / "in.jsonl", "-o", tmp_path / "out")
    assert r.exit_code == 2 and "pretty-printed" in r.stderr


def _deep_object(depth: int) -> str:
    return _nest(depth, '{"a": ', "}").replace('{"a": }', '{"a": 1}')


def test_metadata_a_string_holding_json_nested_too_deeply_says_so(tmp_path: Path) -> None:
    # it was "a string, not an object (nor a string holding one)": it is
    # one, too deep to be read
    lines = [json.dumps({"id": "a", "text": TEXT, "metadata": _deep_object(MAX_JSON_DEPTH + 5)}),
             json.dumps({"id": "b", "text": TEXT, "metadata": _deep_object(5000)}),
             json.dumps({"id": "c", "text": TEXT, "metadata": "weekly digest"}),
             json.dumps({"id": "d", "text": TEXT, "metadata": _deep_object(MAX_JSON_DEPTH - 3)})]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n")
    r = run("clean", src, "-o", "-")
    assert r.exit_code == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c", "d"]
    assert [o["metadata"] for o in out[:3]] == [json.loads(x)["metadata"] for x in lines[:3]]
    said = r.stderr.splitlines()
    assert any(x.startswith(f"warning: {src}:1: 'metadata' is a string holding JSON nested "
                            f"too deeply (arrays or objects more than {MAX_JSON_DEPTH} levels "
                            "deep), not read: left as it is") for x in said), r.stderr
    assert any(x.startswith(f"warning: {src}: 1 more record whose 'metadata' holds JSON "
                            "nested too deeply, left as it was (line 2)") for x in said), r.stderr
    # a string that holds no object is still said to be one
    assert any(x.startswith(f"warning: {src}:3: 'metadata' is a string, not an object (nor a "
                            "string holding one)") for x in said), r.stderr
    # under the depth: read and written back as such a string
    assert json.loads(out[3]["metadata"])["language"] == "en"
    assert len(said) == 3, r.stderr


def test_metadata_too_deep_through_the_api_says_so() -> None:
    from cleaner.pipeline import Pipeline

    record = {"id": "a", "text": TEXT, "metadata": _deep_object(MAX_JSON_DEPTH + 1)}
    with pytest.warns(UserWarning, match="nested too deeply"):
        out = Pipeline().clean_record(record, with_metadata=True)
    assert out["metadata"] == record["metadata"]


def _long_first_record(cut: int = 4096) -> str:
    """Two JSONL records, the first longer than a read buffer with a comma
    as its ``cut``-th byte: a head cut there looks like the first line of a
    pretty-printed object."""
    text = "The minister said on Tuesday that talks would resume, " * 200
    prefix = '{"id": "a", "text": "'
    comma = text.index(",")
    line = json.dumps({"id": "a", "text": "x" * (cut - 1 - len(prefix) - comma) + text})
    assert line[cut - 1] == ","
    return line + "\n" + json.dumps({"id": "b", "text": TEXT}) + "\n"


def _cleaner_cmd(*args: object) -> list[str]:
    return [sys.executable, "-m", "cleaner", *map(str, args)]


_ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}


def _through_pipe(data: bytes, *args: object,
                  first: int = 4096) -> "subprocess.CompletedProcess[bytes]":
    """``cleaner ARGS`` reading ``data`` from a real pipe, its first
    ``first`` bytes written (and read) before the rest."""
    p = subprocess.Popen(_cleaner_cmd(*args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=_ENV)
    assert p.stdin is not None
    p.stdin.write(data[:first])
    p.stdin.flush()
    time.sleep(0.5)   # the head is read before the rest is in the pipe
    out, err = p.communicate(data[first:], timeout=120)
    return subprocess.CompletedProcess(p.args, p.returncode, out, err)


def test_a_long_first_record_on_a_pipe_is_json_lines() -> None:
    # a peek at stdin gave the 4 KB in the pipe, taken for the whole input
    r = _through_pipe(_long_first_record().encode(), "clean", "-", "--format", "jsonl")
    assert r.returncode == 0, r.stderr.decode()
    assert [json.loads(x)["id"] for x in r.stdout.decode().splitlines()] == ["a", "b"]


def test_a_long_first_record_redirected_from_a_file_is_json_lines(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(_long_first_record())
    with open(tmp_path / "in.jsonl", "rb") as fh:   # cleaner ... < in.jsonl
        r = subprocess.run(_cleaner_cmd("clean", "-", "--format", "jsonl"), stdin=fh,
                           capture_output=True, env=_ENV, timeout=120)
    assert r.returncode == 0, r.stderr.decode()
    assert [json.loads(x)["id"] for x in r.stdout.decode().splitlines()] == ["a", "b"]


def test_a_long_first_record_on_stdin_is_json_lines() -> None:
    r = CliRunner().invoke(cli, ["clean", "-", "--format", "jsonl"], input=_long_first_record(),
                           catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["a", "b"]


def _members(data: bytes, cut: int) -> bytes:
    """``data`` gzipped as two members, the first ending at byte ``cut``."""
    return gzip.compress(data[:cut]) + gzip.compress(data[cut:])


def test_a_gzip_member_ending_inside_the_first_record_is_json_lines(tmp_path: Path) -> None:
    # a peek at a gzip file gives what is left of the member it is in
    data = _long_first_record(3000).encode()
    (tmp_path / "mm.jsonl.gz").write_bytes(_members(data, 3000))
    r = run("clean", tmp_path / "mm.jsonl.gz", "-o", "-")
    assert r.exit_code == 0, r.stderr
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["a", "b"]
    # and piped in
    p = subprocess.run(_cleaner_cmd("clean", "-", "--format", "jsonl"),
                       input=_members(data, 3000), capture_output=True, env=_ENV, timeout=120)
    assert p.returncode == 0, p.stderr.decode()
    assert [json.loads(x)["id"] for x in p.stdout.decode().splitlines()] == ["a", "b"]


def test_a_pretty_printed_object_on_a_pipe_is_still_told(tmp_path: Path) -> None:
    # whole (a real end of input) and longer than the head, its head on the
    # pipe before the rest
    small = json.dumps({"id": "a", "text": TEXT}, indent=2).encode()
    big = json.dumps({"records": [{"text": TEXT}] * 200}, indent=2).encode()
    for data in (small, big):
        r = _through_pipe(data, "clean", "-", "--format", "jsonl", first=20)
        assert r.returncode == 2 and b"pretty-printed" in r.stderr, r.stderr.decode()
        assert r.stdout == b""
    (tmp_path / "pp.jsonl.gz").write_bytes(_members(big, 20))
    r = run("clean", tmp_path / "pp.jsonl.gz", "-o", "-")
    assert r.exit_code == 2 and "pretty-printed" in r.stderr


def test_a_short_jsonl_input_on_a_pipe_is_cleaned() -> None:
    data = "\n".join(json.dumps({"id": k, "text": TEXT}) for k in "ab").encode()
    r = _through_pipe(data, "clean", "-", "--format", "jsonl", first=10)
    assert r.returncode == 0, r.stderr.decode()
    assert [json.loads(x)["id"] for x in r.stdout.decode().splitlines()] == ["a", "b"]


def test_json_ld_nested_too_deeply_is_passed_over() -> None:
    page = ('<script type="application/ld+json">' + _nest(20_000) + "</script>"
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2024-05-02T08:00:00Z"}</script><p>Text.</p>')
    assert html_document(page) == ("Text.\n", {"date": "2024-05-02"})


# -- HTML shapes that were quadratic -------------------------------------------

def test_tables_nested_thousands_deep_are_read() -> None:
    # each table's rows were all found first (and each cell's blocks): the
    # whole nest from each table
    k = 3000
    page = ("<table><tr><td>" * k + "<p>Deep in the layout.</p>" + "</td></tr></table>" * k
            + "<table><tr><td>Kyiv</td><td>12</td></tr><tr><td>Lviv</td><td>9</td></tr>"
            "</table>")
    assert html_document(page)[0] == "Deep in the layout.\n\nKyiv | 12\n\nLviv | 9\n"


def test_a_table_of_thousands_of_rows_of_text_is_an_element_a_row() -> None:
    # each cell was an element and a string (10,000 rows of 50: 600 MB);
    # a row whose cells hold only text is one element with one string
    from cleaner.htmltext import _Row, _soup
    k = 2000
    page = ("<p>Results by district.</p><table>\n"
            + "".join(f"<tr>\n  <td>District {i}</td><td>{i * 7 % 100}</td><td>yes</td>\n</tr>\n"
                      for i in range(k)) + "</table>")
    soup = _soup(page)
    assert sum(1 for _ in soup.descendants) < 3 * k + 20   # (and the newline after it)
    assert sum(isinstance(t, _Row) for t in soup.find_all("tr")) == k
    assert html_document(page)[0] == "Results by district.\n\n" + "\n\n".join(
        f"District {i} | {i * 7 % 100} | yes" for i in range(k)) + "\n"


#: Rows of cells of text next to what makes a row, a table or the text
#: around it read otherwise (invented pages).
_ROW_PAGES = [
    "<table><tr><td> City </td>\n<td>12</td></tr><tr><th>A &amp; B</th><td>&nbsp;</td></tr></table>",
    # a layout table (a cell holds a block, a cell is a column of text):
    # each cell a paragraph, the rows of text too
    "<p>Lead.</p><table><tr><td>City</td><td>12</td></tr><tr><td><p>Prose.</p></td></tr></table>",
    "<table><tr><td>a</td><td>" + "word " * 30 + "</td></tr><tr><td>b</td></tr></table>",
    # rows not read as such: an element or a comment in a cell, text
    # between cells, a cell in a cell, a row in a row
    "<table><tr><td>a <b>bold</b></td><td>b</td></tr><tr><td>c<!-- x --></td></tr></table>",
    "<table><tr>loose<td>a</td></tr><tr><td>a<td>b</td></td></tr><tr><td>c</td><tr>"
    "<td>d</td></tr></tr></table>",
    # an unclosed cell, an empty one, one closed by itself, an empty row
    "<table><tr><td>a<td>b</tr><tr><td></td><td/><td> </td></tr><tr></tr><tr><td>c</td></tr>"
    "</table>",
    # a row outside a table, in a paragraph, in a quotation, a caption
    "<div>Before<tr><td>a</td><td>b</td></tr>after</div>",
    "<p>Before <table><tr><td>a</td><td>b</td></tr></table> after.</p>",
    "<p>one two three four five six seven</p><blockquote><table><tr><td>two three</td>"
    "<td>four five six</td></tr></table></blockquote>",
    "<table><caption>Figures</caption><tr><td>a</td></tr></table>",
    # in a title, a headline (read without spaces), a <pre>, a figure
    "<title><table><tr><td>Talks</td><td>resume</td></tr></table></title><p>x</p>",
    "<h1><table><tr><td>Talks</td><td>resume</td></tr></table></h1><p>x</p>",
    "<pre><table><tr>\n<td> a  b </td>\n</tr></table></pre>",
    "<figure><figcaption><table><tr><td>A harbour. Photo: Jane Doe/Agency</td></tr></table>"
    "</figcaption></figure>",
    # a share control before a table, and in a paragraph around a row
    '<p>Talks resumed. <a class="share-link">Share</a></p><table><tr><td>a</td></tr></table>',
    '<p>Talks resumed. <a class="share-link">Share</a><span><tr><td>12</td></tr></span></p>',
    "<table><tr><td>a</td></tr>",   # the page ends in a row
    "<table><tr><td>a</td><td>b",
]


def test_rows_of_text_read_as_rows_give_the_text_the_tree_of_each_cell_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import htmltext
    from cleaner.htmltext import _Row, _soup
    # all but those in a title or a headline, and the row the page ends in
    # (of the page of a <b> and a comment in cells, the row of the <b>)
    assert [i for i, p in enumerate(_ROW_PAGES)
            if not any(isinstance(t, _Row) for t in _soup(p).find_all("tr"))] == [10, 11, 17]
    read = [html_document(p) for p in _ROW_PAGES]
    monkeypatch.setattr(htmltext, "_BUILDER", "html.parser")   # bs4's own: a <td> a cell
    assert [html_document(p) for p in _ROW_PAGES] == read
    assert read[0][0] == "City | 12\n\nA & B |\n"
    assert read[1][0] == "Lead.\n\nCity\n\n12\n\nProse.\n"


def test_a_table_of_thousands_of_rows_of_links_is_an_element_a_row() -> None:
    # a cell of a link (or <b>, <span>…) was a <td>, an <a> and a string:
    # 10,000 rows of 50 links were 1 GB; such a row is one element too
    from cleaner.htmltext import _Row, _soup
    k = 2000
    page = ("<p>Scores by county.</p><table><tbody>\n"
            + "".join(f'<tr><td><a href="/county/{i}">County {i}</a></td>'
                      f"<td><b>{i % 90}</b> <span>pts</span></td></tr>\n" for i in range(k))
            + "</tbody></table>")
    soup = _soup(page)
    assert sum(1 for _ in soup.descendants) < 3 * k + 20
    assert sum(isinstance(t, _Row) for t in soup.find_all("tr")) == k
    assert html_document(page)[0] == "Scores by county.\n\n" + "\n\n".join(
        f"County {i} | {i % 90} pts" for i in range(k)) + "\n"


def test_rows_whose_end_tag_is_missing_are_an_element_each() -> None:
    # the parser nests a row left open in the one before (10,000 rows of 50
    # cells took 64 s and 575 MB, built a cell at a time); each is read as
    # a row, and what a nested row is followed by in the outer one too
    from cleaner.htmltext import _Row, _soup
    k = 2000
    page = ("<table><tbody>" + "".join(f"<tr><td>Ward {i}</td><td>{i % 13}</td>\n"
                                       for i in range(k)) + "</tbody></table><p>After.</p>")
    soup = _soup(page)
    assert sum(isinstance(t, _Row) for t in soup.find_all("tr")) == k
    assert html_document(page)[0] == "\n\n".join(
        f"Ward {i} | {i % 13}" for i in range(k)) + "\n\nAfter.\n"


#: Rows of cells of text and phrase elements, next to what makes a row be
#: built as it came (invented pages); rows left open.
_PHRASE_ROW_PAGES = [
    '<table><tr><td><a href="/a">Kyiv</a> <b>12</b></td><td><span>3</span>.<i>5</i>%</td></tr>'
    "<tr><th><strong><em>Total</em></strong></th><td>A &amp; <q>B</q></td></tr></table>",
    "<table><tr><td><a/>x<span/></td><td><b>a</b><b>b</b></td></tr></table>",
    # a share control in a cell (its class, its href, its role, its title)
    '<table><tr><td>Talks resumed.</td><td><a class="share-link">Share</a></td></tr></table>',
    '<table><tr><td>a <a href="https://x.com/intent/tweet?u=1">Tweet</a></td></tr></table>',
    '<table><tr><td><span role="button">Share</span> b</td><td><a title="Share this">'
    "x</a></td></tr></table>",
    # a market share, a price: no control
    '<table><tr><td><a class="share-price" href="/market-share-falls">Acme</a> fell'
    '</td><td><span title="Market share">5%</span></td></tr></table>',
    # end tags that do not match, an element left open, a <br>, an image
    "<table><tr><td><b>a</i></b></td><td><b>b</td></tr><tr><td><a>c</a></b></td></tr></table>",
    "<table><tr><td>a<br>b</td><td><img src=x>c</td></tr></table>",
    # in a paragraph, a quotation, a box, a caption, an article's heading
    "<p>Before <table><tr><td><b>a</b></td><td>b</td></tr></table> after.</p>",
    "<p>one two three four five six seven</p><blockquote><table><tr><td><b>two</b> three"
    "</td><td>four <i>five</i> six</td></tr></table></blockquote>",
    "<article><p>" + "The story went on at some length. " * 4 + "</p><aside><table><tr><td>"
    "<a href='/x'>Sign up</a></td></tr></table></aside></article>",
    "<figure><figcaption><table><tr><td>A harbour. <b>Photo:</b> Jane Doe/Agency</td></tr>"
    "</table></figcaption></figure>",
    "<article><p>" + "The main story, told at length here. " * 6 + "</p></article><article>"
    "<h2><table><tr><td><a href='/other'>Another story</a></td></tr></table></h2>"
    "<p>A teaser.</p></article>",
    # rows left open: closed by the next row, by the end of their part,
    # by the end of the table, with cells after a nested row, and by an
    # end tag of a part that is not open (the row goes on)
    "<table><tr><td>a</td><td><b>1</b></td><tr><td>b</td><td>2</td></table><p>After.</p>",
    "<table><thead><tr><th>City</th><th>Score</th></thead><tbody><tr><td>Lviv</td><td>9</td>"
    "</tbody></table>",
    "<table><tr><td>a</td><tr><td>b</td></tr><td>c</td>loose</tr><tr><td>d</td></tr></table>",
    "<table><tr><td>a</td></tbody><td>b</td></tr></table>",
    "<table><tr><td>a</td><td>b</td></table><p>x</p>",
    "<div><tr><td><b>a</b></td><tr><td>b</td></div><p>x</p>",
]


def _tree_view(page: str) -> tuple[object, ...]:
    """What the reading of a page takes from its tree, but for its cells
    and the items of its lists: each element's text read with spaces (and
    in a box or an article, its prose), the words of its paragraphs and
    quotations."""
    from cleaner.htmltext import _ITEMS, _PHRASE, _SPACE, BOXES, _prose_map, _Quoting, _soup
    soup = _soup(page)
    prose = _prose_map(soup, BOXES | {"article"})
    quoting = _Quoting(soup)
    items = {name for names in _ITEMS.values() for name in names}   # (cells, list items)
    return ([(t.name, _SPACE.sub(" ", t.get_text(" ")).strip(), prose.get(id(t)))
             for t in soup.find_all(True) if t.name not in _PHRASE and t.name not in items],
            [quoting.words(p) for p in quoting.paragraphs],
            sorted(quoting.words(q) for q in quoting.quotes.values()))


def test_rows_of_phrase_elements_read_as_rows_give_what_the_tree_of_each_cell_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import htmltext
    from cleaner.htmltext import _Row, _soup
    fast = [i for i, p in enumerate(_PHRASE_ROW_PAGES)
            if any(isinstance(t, _Row) for t in _soup(p).find_all("tr"))]
    # not a row of a control, of a <br> or an image, of end tags that do
    # not match, one in a heading, nor one an end tag of no open part
    # leaves open
    assert fast == [0, 1, 5, 8, 9, 10, 11, 13, 14, 15, 17, 18]
    read = [html_document(p) for p in _PHRASE_ROW_PAGES]
    views = [_tree_view(p) for p in _PHRASE_ROW_PAGES]
    monkeypatch.setattr(htmltext, "_BUILDER", "html.parser")   # bs4's own
    assert [html_document(p) for p in _PHRASE_ROW_PAGES] == read
    assert [_tree_view(p) for p in _PHRASE_ROW_PAGES] == views
    assert read[0][0] == "Kyiv 12 | 3.5%\n\nTotal | A & B\n"
    assert read[2][0] == "Talks resumed. | Share\n"
    assert read[15][0] == "a | c\n\nb\n\nd\n"   # (the outer row, then the one nested in it)


def test_share_controls_nested_thousands_deep_are_one_control() -> None:
    k = 3000
    page = ("<p>Talks will resume on Monday. " + '<span class="share-button">' * k + "Share"
            + "</span>" * k + "</p>")
    assert html_document(page)[0] == "Talks will resume on Monday.\n\nShare\n"


def test_a_share_bar_of_thousands_of_links_ends_its_paragraph() -> None:
    # each link looked at the whole paragraph gathered, and at every link
    # after it
    for k in (3, 3000):
        bar = '<a class="share-link">Share</a> | ' * k
        assert html_document(f"<p>Talks will resume on Monday. {bar}</p>")[0] == (
            "Talks will resume on Monday.\n\nShare\n\n" + "| Share " * (k - 1) + "|\n")


def test_a_control_before_text_stays_in_its_sentence_after_others_were_read() -> None:
    # what was learned of the first bar (it ends its paragraph) is not
    # taken for a control in mid-sentence further on
    page = ('<p>Talks will resume. <a class="share-link">Share</a> | '
            '<a class="share-link">Tweet</a></p>'
            '<p>Shares of <a class="share-link">Acme</a> fell 5% on Monday. '
            '<a class="share-link">Share</a> <span>more text here</span></p>')
    assert html_document(page)[0] == ("Talks will resume.\n\nShare\n\n| Tweet\n\n"
                                      "Shares of Acme fell 5% on Monday. Share more text here\n")


def test_void_elements_closed_again_build_the_same_tree() -> None:
    # the parser's record of the void elements it closed is a tally, not a
    # list looked through at each end tag (100,000 <br> took 10 s)
    from bs4 import BeautifulSoup

    from cleaner.htmltext import _soup
    for page in ('<p>a<br>b</br></br><img></img><br/></br><input>x</input></p>',
                 "<br></br></br><hr></hr>x<br/>", "<p>" + "word<br>" * 20_000 + "</p>"):
        assert _soup(page).decode() == BeautifulSoup(page, "html.parser").decode()
    text = html_document("<p>" + "word<br>" * 20_000 + "</p><p>" + "<br>" * 20_000 + "end</p>")[0]
    assert text == "word\n" * 19_999 + "word\n\nend\n"


def test_a_bs4_the_tally_does_not_fit_falls_back_to_its_plain_parser(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The tally leans on bs4's internals: where a release breaks it, pages
    are parsed by bs4's own html.parser from then on, not failed."""
    from cleaner import htmltext

    class Broken:
        def __init__(self) -> None:
            raise AttributeError("'_Tally' object has no attribute 'pop'")

    monkeypatch.setattr(htmltext, "_BUILDER", Broken)
    assert html_document("<p>One<br>two</p><p>Three.</p>")[0] == "One\ntwo\n\nThree.\n"
    assert htmltext._BUILDER == "html.parser"


def test_the_builder_is_used_where_it_reads_a_probe_page_as_bs4s_own_parser() -> None:
    from cleaner import htmltext
    assert not isinstance(htmltext._builder(), str)   # (the bs4 installed)


def test_a_bs4_whose_parser_reads_the_probe_otherwise_gives_its_plain_parser(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The row reader leans on bs4's internals (its count of open tags, how
    its parser calls its own handlers): a release that lays them out
    otherwise is found on a small page at the first use, not on pages."""
    from bs4 import BeautifulSoup
    from bs4.builder._htmlparser import BeautifulSoupHTMLParser

    from cleaner import htmltext
    reset = BeautifulSoup.reset

    def no_counter(self: BeautifulSoup) -> None:   # (no count of the open tags)
        reset(self)
        del self.open_tag_counter

    monkeypatch.setattr(BeautifulSoup, "reset", no_counter)
    assert htmltext._builder() == "html.parser"   # (no row read: not what it is meant to)
    monkeypatch.setattr(BeautifulSoup, "reset", reset)
    assert not isinstance(htmltext._builder(), str)

    def renamed(self: BeautifulSoupHTMLParser, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs, empty_element=False)  # type: ignore[call-arg]
        self.handle_endtag(tag)

    monkeypatch.setattr(BeautifulSoupHTMLParser, "handle_startendtag", renamed)
    assert htmltext._builder() == "html.parser"   # (a handler called otherwise: it fails)


def test_thousands_of_boxes_teasers_and_quotes_are_taken_out_once_each() -> None:
    # each was looked up among all its siblings to be taken out, and each
    # blockquote compared with every paragraph
    story = ("The minister said on Tuesday that talks with union leaders would resume "
             "next week after a breakdown over pay.")
    box = "<aside><p>Sign up to our newsletter.</p></aside>"
    pull = "<blockquote>talks with union leaders would resume next week</blockquote>"
    own = "<blockquote>A strike is the last thing anyone wanted, she said.</blockquote>"
    half = "<blockquote>union leaders would resume next month</blockquote>"
    teaser = '<article><h2><a href="/other">Other story</a></h2><p>Short.</p></article>'
    k = 3000
    page = (f"<article><p>{story}</p>" + (box + pull + own + half) * k + "</article>"
            + teaser * k)
    text = html_document(page)[0]
    assert "newsletter" not in text and "Other story" not in text
    assert "resume next week\n" not in text   # the pull quote (its words in the story)
    assert text.count("A strike is the last thing") == k   # a quotation of its own
    assert text.count("union leaders would resume next month") == k   # not in a paragraph


def test_quotations_nested_thousands_deep_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # each quotation's words were read (get_text) from all below it and
    # looked up in the paragraphs: a nest of k read about k * k / 2 of them
    from cleaner import htmltext
    read: list[int] = []

    def counted(f):  # type: ignore[no-untyped-def]
        return lambda s, *rest: (read.append(len(s)), f(s, *rest))[1]

    for name in ("_core", "_words_in"):
        monkeypatch.setattr(htmltext, name, counted(getattr(htmltext, name)))
    k = 2000
    story = "The minister said talks with union leaders would resume next week."
    level = "<blockquote><p>A strike is the last thing anyone wanted.</p>"
    page = (f"<p>{story}</p>" + level * k
            + "<blockquote>talks with union leaders would resume</blockquote>"
            + "</blockquote>" * k)
    text = html_document(page)[0]
    # the innermost repeats the story (a pull quote); each level around it
    # holds more than any paragraph
    assert text == story + "\n\n" + "A strike is the last thing anyone wanted.\n\n" * (k - 1) + (
        "A strike is the last thing anyone wanted.\n")
    assert sum(read) < 2 * len(page)


def test_nested_quotations_and_paragraphs_are_compared_as_before() -> None:
    # a quotation whose words are all in a paragraph goes with those in it;
    # of one that is not, only the inner one that is; the words of a
    # paragraph are also those of a paragraph inside it (an unclosed <p>)
    story = "The minister said talks with union leaders would resume next week."
    out = html_document(f"<p>{story}</p><blockquote>talks with union leaders "
                        "<blockquote>would resume next week</blockquote></blockquote>")[0]
    assert out == story + "\n"
    out = html_document(f"<p>{story}</p><blockquote>The unions refused. <blockquote>talks "
                        "with union leaders would resume</blockquote></blockquote>")[0]
    assert out == story + "\n\nThe unions refused.\n"
    for quote, kept in (("said talks would resume next week on", ""),
                        ("said talks would resume next month on",
                         "\n\nsaid talks would resume next month on")):
        out = html_document("<p>The minister said <p>talks would resume next week.</p> on "
                            f"Tuesday.</p><blockquote>{quote}</blockquote>")[0]
        assert out == ("The minister said\n\ntalks would resume next week.\n\non Tuesday."
                       + kept + "\n")
    # a quotation of words no paragraph holds in that order stays
    out = html_document(f"<p>{story}</p><blockquote>talks with union leaders "
                        "would resume next month</blockquote>")[0]
    assert out.endswith("would resume next month\n")


def test_paragraphs_left_open_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # an unclosed <p> holds all the others after it: the page's prose (for
    # the boxes of an article, of which the first page has none) and each
    # article's read each paragraph's text with all those in it
    from bs4 import Tag
    read: list[int] = []
    get_text = Tag.get_text
    monkeypatch.setattr(Tag, "get_text", lambda self, *a, **k: (
        read.append(len(t := get_text(self, *a, **k))), t)[1])
    k = 2000
    page = "<p>The minister said talks would resume. " * k
    assert html_document(page)[0] == "The minister said talks would resume.\n\n" * (k - 1) + (
        "The minister said talks would resume.\n")
    assert sum(read) < 2 * len(page)
    # in an article with a box, beside a teaser: each article's prose and
    # each box's, and the page's
    read.clear()
    page = ("<article><p>Talks resume. <aside>Sign up to our newsletter.</aside>"
            + "<p>The minister said talks would resume. " * k + "</article>"
            '<article><h2><a href="/other">Other story</a></h2><p>Short.</p></article>')
    assert html_document(page)[0] == "Talks resume.\n\n" + (
        "The minister said talks would resume.\n\n" * (k - 1)
        + "The minister said talks would resume.\n")
    assert sum(read) < 2 * len(page)


def test_prose_counted_from_strings_is_each_paragraphs_text_on_one_line() -> None:
    # what is stripped at a paragraph's ends is any whitespace (a no-break
    # space, an em space), in its first and last strings or strings of it
    # alone; inside, only _SPACE runs are one space; comments and scripts
    # are no text; a paragraph in another counts in both
    from bs4 import BeautifulSoup

    from cleaner.htmltext import _SPACE, _prose_map
    for page in ("<p>\xa0Talks \u2003<b>\xa0</b>resume\xa0 </p>",
                 "<p><b>\u2003</b> <i>\xa0\xa0</i>Talks<b> \xa0 </b></p><p> \xa0 </p><p></p>",
                 "<article><p>One <!-- two --> three<script>four</script>\n\tfive"
                 "<p>six\x85 <p> \u2003seven</article><aside><p>a\xa0b</p></aside>"):
        soup = BeautifulSoup(page, "html.parser")
        prose = _prose_map(soup, frozenset({"article", "aside"}))
        assert prose[id(soup)] == sum(len(_SPACE.sub(" ", p.get_text(" ")).strip())
                                      for p in soup.find_all("p"))
        for el in soup.find_all(["article", "aside"]):
            assert prose[id(el)] == sum(len(_SPACE.sub(" ", p.get_text(" ")).strip())
                                        for p in el.find_all("p"))


def test_boxes_nested_thousands_deep_look_for_their_article_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # each box went up through all the boxes around it to its <article>
    from bs4.element import PageElement
    climbed: list[int] = []
    parents = PageElement.parents

    def counted(self):  # type: ignore[no-untyped-def]
        for p in parents.fget(self):  # type: ignore[union-attr]
            climbed.append(1)
            yield p

    monkeypatch.setattr(PageElement, "parents", property(counted))
    k = 2000
    page = ("<article><p>" + "Main story words. " * 50 + "</p>"
            + "<aside><p>Box.</p>" * k + "</aside>" * k + "</article>")
    text = html_document(page)[0]
    assert text.startswith("Main story words. ") and text.count("Box.") == 888
    assert len(climbed) < 10 * k


def test_elements_taken_out_out_of_order_are_looked_up() -> None:
    from bs4 import BeautifulSoup

    from cleaner.htmltext import _Remover
    soup = BeautifulSoup("<div><b>1</b><i>2</i><u>3</u><s>4</s></div>", "html.parser")
    r = _Remover()
    for name in ("u", "b", "s"):
        r.remove(soup.find(name))
    assert str(soup) == "<div><i>2</i></div>"


def test_articles_and_boxes_nested_thousands_deep_are_read() -> None:
    # each article's and box's prose, heading, and whether it was taken
    # out ("decomposed": a search of all below it on a live element) were
    # each a walk of the whole nest below it
    k = 2000
    page = "<article><p>Para text here.</p>" * k + "</article>" * k
    assert html_document(page)[0] == "Para text here.\n\n" * (k - 1) + "Para text here.\n"
    page = ("<article><p>" + "Main story words. " * 50 + "</p>"
            + "<aside><p>Box.</p>" * k + "</aside>" * k + "</article>")
    # a box that holds most of the page's prose (899 + 4 * 2000 characters)
    # stays: the outer 888, each holding 1,113 "Box." or more
    text = html_document(page)[0]
    assert text == ("Main story words. " * 49 + "Main story words.\n\n"
                    + "Box.\n\n" * 887 + "Box.\n")


def test_cells_left_open_are_read_into_their_row() -> None:
    # a <td> with no </td> holds the cells after it (the parser nests them),
    # and with no </tr> the next row too: 10,000 rows of 50 such cells were
    # built a cell at a time (50 s, 850 MB); each row is one element
    from cleaner.htmltext import _Row, _soup
    k = 2000
    page = ("<table><tbody>" + "".join(f"<tr><td>Ward {i}<td>{i % 13}<td>open\n"
                                       for i in range(k)) + "</tbody></table><p>After.</p>")
    soup = _soup(page)
    assert sum(1 for _ in soup.descendants) < 3 * k + 20
    assert sum(isinstance(t, _Row) for t in soup.find_all("tr")) == k
    # (the first row's last cell holds the rest of the table: a column of
    # text, the table is read a cell a paragraph, as bs4's own tree gives)
    assert html_document(page)[0] == "".join(
        f"Ward {i}\n\n{i % 13}\n\nopen\n\n" for i in range(k)) + "After.\n"


#: Rows whose cells are left open (invented pages), next to what makes
#: them be read otherwise.
_OPEN_CELL_PAGES = [
    # closed by the row's end tag, by the next row (which the parser nests
    # in the last cell: the first row is read with the second's cells)
    "<table><tr><td>Kyiv<td>12</tr><tr><th>Lviv<td>9</tr></table>",
    "<table><tr><td>Kyiv<td>12\n<tr><td>Lviv<td>9\n</table><p>After.</p>",
    "<table><tbody><tr><td>a<td>b</tbody></table>",
    # a cell closed in one left open, text after it, an empty one
    "<table><tr><td>a<td>b</td>after<td>c</td></tr><tr><td><td></td> <td>d</tr></table>",
    "<table><tr><td>a<th>b</th><td>c</td></td></tr></table>",
    # phrase elements in them, a control, a <br>, a block: built as it came
    '<table><tr><td><a href="/a">Kyiv</a><td><b>12</b> <i>pts</i>\n<tr><td>x</table>',
    '<table><tr><td>Talks<td><a class="share-link">Share</a></tr></table>',
    "<table><tr><td>a<td>b<br>c<td>d</tr></table>",
    "<table><tr><td>a<td><p>Prose.</p><td>d</tr></table>",
    "<table><tr><td><b>a<td>b</b></tr></table>",
    # a row nested in a cell left open, then an end tag of a cell: that
    # cell is closed (the page read by bs4's own parser), and text or a
    # cell after the nested row, in the open cell
    "<table><tr><td>a<td>b<tr><td>c</td></tr></td><td>d</tr></table>",
    "<table><tr><td>a<td>b<tr><td>c</td></tr>loose<td>d</tr><tr><td>e</td></tr></table>",
    "<table><tr><td>a<tr><td>b<tr><td>c</table><table><tr><td>x</td></tr></table>",
    # a short table and a long one: a row a line, or a cell a paragraph
    "<p>Lead.</p><table><tr><td>a<td>b<tr><td>c<td>d</table>",
    "<table><tr><td>" + "<td>".join(["word"] * 30) + "</tr></table>",
    # in a paragraph, a quotation, an article beside the main one
    "<p>Before <table><tr><td>a<td>b</table> after.</p>",
    "<p>one two three four five six seven</p><blockquote><table><tr><td>two three"
    "<td>four five six</table></blockquote>",
    "<article><p>" + "The main story, told at length here. " * 6 + "</p></article><article>"
    "<table><tr><td>Another<td>story</table><p>A teaser.</p></article>",
]


def test_rows_of_cells_left_open_give_what_the_tree_of_each_cell_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import htmltext
    from cleaner.htmltext import _Row, _soup
    fast = [i for i, p in enumerate(_OPEN_CELL_PAGES)
            if any(isinstance(t, _Row) for t in _soup(p).find_all("tr"))]
    # not a row of a control, a <br>, a block, an element across cells, nor
    # a page with a </td> for a cell left open in a row read
    assert fast == [0, 1, 2, 3, 4, 5, 11, 12, 13, 14, 15, 16, 17]
    read = [html_document(p) for p in _OPEN_CELL_PAGES]
    views = [_tree_view(p) for p in _OPEN_CELL_PAGES]
    monkeypatch.setattr(htmltext, "_BUILDER", "html.parser")   # bs4's own
    assert [html_document(p) for p in _OPEN_CELL_PAGES] == read
    assert [_tree_view(p) for p in _OPEN_CELL_PAGES] == views
    assert read[0][0] == "Kyiv 12\n\nLviv 9\n"   # (a row a cell: the cells nested)
    assert read[1][0] == "Kyiv 12 Lviv 9\n\nLviv 9\n\nAfter.\n"
    assert read[13][0] == "Lead.\n\na b c d\n\nc d\n"


def test_a_list_of_thousands_of_items_left_open_is_one_element() -> None:
    # an <li> with no </li> holds the items after it (the parser nests
    # them): 300,000 such items were 300,000 elements, 500 MB; a list of
    # items of text and phrase elements is one element, as a row of cells
    from cleaner.htmltext import _Row, _soup
    k = 3000
    page = ("<p>Candidates.</p><ul>\n" + "".join(f'<li><a href="/c/{i}">Candidate {i}</a>\n'
                                                for i in range(k))
            + "</ul><dl>" + "".join(f"<dt>Term {i}<dd>Meaning {i}" for i in range(k))
            + "</dl><form><select>" + "<option>Choice" * k + "</select></form><p>After.</p>")
    soup = _soup(page)
    assert sum(1 for _ in soup.descendants) < 30
    assert [isinstance(t, _Row) for t in soup.find_all(["ul", "dl", "select"])] == [True] * 3
    assert html_document(page)[0] == ("Candidates.\n\n" + "".join(
        f"Candidate {i}\n\n" for i in range(k)) + "".join(
        f"Term {i}\n\nMeaning {i}\n\n" for i in range(k)) + "After.\n")


#: Lists of items of text and phrase elements (invented pages), left open
#: or closed, next to what makes a list be built as it came.
_LIST_PAGES = [
    "<ul><li>Kyiv<li><b>Lviv</b> west\n<li>Odesa</ul><p>After.</p>",
    "<ol>\n  <li>One</li>\n  <li><a href='/t'>Two</a></li>\n</ol>",
    "<dl><dt>Kyiv<dd>Capital<dt><i>Lviv</i><dd>West</dd></dl>",
    "<form><select name=c><optgroup label=A><option>Kyiv</option></optgroup>"
    "<option selected>Lviv<option>Odesa</select></form><p>x</p>",
    # an item of a list, a <br>, a block, a control, text between items, an
    # element across items, an end tag of another list: built as it came
    "<ul><li>a<ul><li>b</ul><li>c</ul>",
    "<ul><li>a<br>b<li>c</ul>",
    "<ol><li><p>Prose.</p><li>c</ol>",
    '<ul><li>Talks resumed.<li><a class="share-link">Share</a></ul>',
    "<ul>loose<li>a</ul>",
    "<ul><li><b>a<li>b</b></ul>",
    "<ol><li>a<li>b</ul>c</ol>",
    # in a paragraph (its prose), a quotation, a heading, a title, a table's
    # cell (a layout table), a share control, a box, a teaser, left open
    "<p>one <ul><li>two three<li>four</ul> five</p><p>six</p>",
    "<p>one two three four five six seven</p><blockquote><ul><li>two three<li>four five"
    " six</ul></blockquote>",
    "<h1><ul><li>Talks<li>resume</ul></h1><p>x</p>",
    "<title><ul><li>Talks<li>resume</ul></title><p>x</p>",
    "<table><tr><td>a</td><td><ul><li>b<li>c</ul></td></tr></table>",
    '<p>Text. <a class="share-link"><ul><li>Share</ul></a></p>',
    "<article><p>" + "The story went on at some length. " * 4 + "</p><aside><ul><li>"
    "<a href='/x'>Sign up</a></ul></aside></article>",
    "<article><p>" + "The main story, told at length here. " * 6 + "</p></article><article>"
    "<ul><li><a href='/other'>Another story</a></ul><p>A teaser.</p></article>",
    "<p>a <select><option>one two<option>three</select> b</p>",
    "<ul><li>a<li>b",
]


def test_lists_read_as_one_element_give_what_the_tree_of_each_item_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import htmltext
    from cleaner.htmltext import _Row, _soup
    fast = [i for i, p in enumerate(_LIST_PAGES)
            if any(isinstance(t, _Row) for t in _soup(p).find_all(list(htmltext._ITEMS)))]
    # (of a list in a list, the inner one; not one in a heading or a title,
    # nor the one the page ends in)
    assert fast == [0, 1, 2, 3, 4, 11, 12, 15, 16, 17, 18, 19]
    read = [html_document(p) for p in _LIST_PAGES]
    views = [_tree_view(p) for p in _LIST_PAGES]
    monkeypatch.setattr(htmltext, "_BUILDER", "html.parser")   # bs4's own
    assert [html_document(p) for p in _LIST_PAGES] == read
    assert [_tree_view(p) for p in _LIST_PAGES] == views
    assert read[0][0] == "Kyiv\n\nLviv west\n\nOdesa\n\nAfter.\n"
    assert read[3][0] == "x\n"


def test_elements_left_open_thousands_deep_are_one_element() -> None:
    # a <p> (<div>, <font>, <option> outside a <select>) with no end tag
    # holds the ones after it (the parser nests them): 300,000 <p>x were
    # 600,000 objects, 500 MB, 14 s; after the first few, such a run is one
    # element that keeps their texts
    from cleaner.htmltext import _CHAIN_AFTER, _Chain, _soup
    k = 3000
    page = ("<p>Lead.</p><div>" + "<p>Para {}.".format("x") * k + "</div>"
            + "<font face=Arial>Old CMS " * k + "<p>" + "<option>Choice" * k)
    soup = _soup(page)
    assert sum(1 for _ in soup.descendants) < 20 + 6 * _CHAIN_AFTER
    assert sorted(t.name for t in soup.find_all(True) if isinstance(t, _Chain)) == [
        "font", "option", "p"]
    text = html_document(page)[0]
    assert text == ("Lead.\n\n" + "Para x.\n\n" * k + "Old CMS " * (k - 1) + "Old CMS\n\n"
                    + "Choice" * k + "\n")


#: Elements left open one in another (invented pages), read as a
#: :class:`_Chain` after the first (``_CHAIN_AFTER`` set to 1): with text,
#: closed again one by one, with what ends a run in them (another element,
#: a comment, a <br>, a share control, an entity), in a box of an article
#: beside a teaser (the prose counted), in a paragraph a quotation repeats,
#: in a heading and a title (not read so), in a table's cell, in a form.
_CHAIN_PAGES = [
    "<div><p>One<p>Two<p>Three</div><p>After.</p>",
    "<p>a<p>b<p>c</p>d</p>e</p>f<p>g",
    "<p>a<p>b<p>c<b>bold</b>d</p>e</p>f<p>g</p>h",
    "<div>x<div>y<div>z</div>w</div>v</div>u",
    "<p>a<p>b<!-- c --><p>d<p>e<br>f<p>g &amp; h<p>i",
    '<p>Talks resumed.<p>They met.<a class="share-link">Share</a><p>x<p>y',
    '<p>Talks resumed.<span class="share-link">Share<span class="share-link">Tweet</span>'
    "</span></p>",
    "<b>one <b>two <b>three</b> four</b> five</b> six",
    "<font>a<font>b<i>c</font>d</font>e",
    "<option>a<option>b<option>c",
    "<p>a<p/>b<p/>c<P>d</P>e",
    "<article><p>" + "The story went on at some length. " * 4 + "<aside><p>Sign up<p>now"
    "<p>today</aside></article><article><h2><a href='/o'>Other</a></h2><p>A<p>B<p>C"
    "</article>",
    "<article><aside><p>" + "The box holds most of the prose here. " * 3 + "<p>more<p>and"
    " more</aside><p>Short.</article>",
    "<p>" + "<p>the minister said talks would resume next week after a breakdown" * 3
    + "<blockquote>the minister said talks would resume next week after a breakdown"
    "</blockquote>",
    "<h1><span>Talks<span>resume<span>today</h1><p>x",
    "<title><span>Talks<span>resume</title><p>x",
    "<table><tr><td><p>a<p>b<p>c</td><td>d</td></tr></table>",
    "<form><div><label>Email<div>x<div>y</form>",
    "<p>\xa0<p> <p>x\xa0<p>\xa0y",
    "<ul><li><p>a<p>b<p>c<li>d</ul>",
]


def test_elements_read_as_a_chain_give_what_the_tree_of_each_gives(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import htmltext
    from cleaner.htmltext import (_CHAINS, _ITEMS, _PHRASE, _SPACE, BOXES, _Chain, _prose_map,
                                  _Quoting, _soup)
    monkeypatch.setattr(htmltext, "_CHAIN_AFTER", 1)
    fast = [i for i, p in enumerate(_CHAIN_PAGES)
            if any(isinstance(t, _Chain) for t in _soup(p).find_all(True))]
    # (not a run of share controls, in a heading or a title, nor one
    # whose first holds an element)
    assert fast == [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19]
    items = {name for names in _ITEMS.values() for name in names}

    def view(page: str) -> tuple[object, ...]:   # (but for the elements of chains)
        soup = _soup(page)
        prose = _prose_map(soup, BOXES | {"article"})
        quoting = _Quoting(soup)
        return ([(t.name, _SPACE.sub(" ", t.get_text(" ")).strip(), prose.get(id(t)))
                 for t in soup.find_all(True)
                 if not {t.name} & (_PHRASE | _CHAINS | items)], prose[id(soup)],
                [quoting.words(p) for p in quoting.paragraphs],
                sorted(quoting.words(q) for q in quoting.quotes.values()))

    read = [html_document(p) for p in _CHAIN_PAGES]
    views = [view(p) for p in _CHAIN_PAGES]
    monkeypatch.setattr(htmltext, "_BUILDER", "html.parser")   # bs4's own
    assert [html_document(p) for p in _CHAIN_PAGES] == read
    assert [view(p) for p in _CHAIN_PAGES] == views
    assert read[1][0] == "a\n\nb\n\nc\n\nd\n\ne\n\nf\n\ng\n"
    assert read[7][0] == "one two three four five six\n"
    assert read[11][0].startswith("The story") and "Sign up" not in read[11][0]
    assert "Other" not in read[11][0]   # (a teaser)
    assert "Short." in read[12][0] and "The box" in read[12][0]


#: <br> one after another (invented pages): with nothing between them,
#: with whitespace, text or an attribute between, closed again, in a
#: share control, a row, a list.
_BR_PAGES = [
    "<p>Lines<br><br>end.</p><p>" + "<br>" * 50 + "x</p>",
    "<p>a<br>\n<br>b<br class=x><br>c<br/><br>d<br></br></br><br>e</p>",
    "<p>Talks resumed. <a class='share-link'>Share<br><br></a></p><br><br>",
    "<table><tr><td>a<br><br>b</td></tr></table><ul><li>a<br><br>b</ul>",
    "<address>Harbour Road 1<br><br>Port Town</address>",
]


def test_br_one_after_another_are_one_element(monkeypatch: pytest.MonkeyPatch) -> None:
    # 100,000 <br> were 100,000 elements (60 MB, 3 s): a run with nothing
    # between them is one, that counts them
    from cleaner import htmltext
    from cleaner.htmltext import _Brs, _soup
    page = "<p>Before.</p><p>" + "<br>" * 20_000 + "end</p>"
    soup = _soup(page)
    assert sum(1 for _ in soup.descendants) < 10
    assert [t.count for t in soup.find_all("br")] == [20_000]   # type: ignore[attr-defined]
    assert html_document(page)[0] == "Before.\n\nend\n"
    fast = [i for i, p in enumerate(_BR_PAGES) if any(
        isinstance(t, _Brs) for t in _soup(p).find_all("br"))]
    assert fast == [0, 1, 2, 3, 4]
    def view(page: str) -> tuple[object, ...]:   # (but for how many <br> elements)
        elements, *words = _tree_view(page)
        return ([e for e in elements if e[0] != "br"], *words)   # type: ignore[attr-defined]

    read = [html_document(p) for p in _BR_PAGES]
    views = [view(p) for p in _BR_PAGES]
    monkeypatch.setattr(htmltext, "_BUILDER", "html.parser")   # bs4's own
    assert [html_document(p) for p in _BR_PAGES] == read
    assert [view(p) for p in _BR_PAGES] == views
    assert read[1][0] == "a\n\nb\n\nc\n\nd\n\ne\n"
