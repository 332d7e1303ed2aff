"""What a first try of the command line ran into: `cleaner` alone, `clean
FILE` with nowhere to write, `-o clean.txt` naming a file. Each goes through
the real command line (cleaner.cli.main), stderr and exit code as a shell
sees them."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.cli import main

from ._corpus import article


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_cleaner_alone_prints_its_help_once(capsys) -> None:
    """It said `error: usage: cleaner …`, the help, then the usage line and
    `Try 'cleaner --help'` again; it is the help, once, exit 2 (as ruff)."""
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Usage: cleaner [OPTIONS] COMMAND [ARGS]...")
    assert "error" not in err and err.count("Usage:") == 1
    # each command says what it does (it was "clean    Clean PATH...")
    assert "clean    Clean files, directories or stdin (-o DIR, --in-place, stdout)." in err
    assert "check    List what clean would change" in err and "PATH..." not in err
    assert "explain  Print a rule's documentation" in err and "..." not in err.split("Commands:")[1]
    # negative: an unknown command is still an error with the usage line
    assert main(["clena"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no such command 'clena'") and "Try 'cleaner --help'" in err


def test_clean_a_file_with_nowhere_to_write_says_every_way(tmp_path: Path, capsys) -> None:
    """`cleaner clean a.txt`: the error named -o DIR and --in-place only; a
    newcomer wanting the text on the terminal (or to look first) had to go
    to --help. It names -o - and `cleaner check`, and each works."""
    (tmp_path / "a.txt").write_text(article(1))
    assert main(["clean", "a.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: give an output directory (-o DIR), -o - for standard output "
                          "(one text, or JSONL), or --in-place;")
    assert "`cleaner check PATH` shows what would change" in err
    assert (tmp_path / "a.txt").read_text() == article(1)   # untouched
    assert main(["clean", "a.txt", "-o", "-"]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["check", "a.txt"]) in (0, 1)


def test_o_naming_a_file_says_what_o_is(tmp_path: Path, capsys) -> None:
    """`-o clean.txt` (an existing file) was click's "Directory 'clean.txt'
    is a file."; it says -o names a directory and how one text goes to a
    file — and that way works. Negative: a directory, new or existing, and
    `-o -` are taken as before."""
    (tmp_path / "a.txt").write_text(article(1))
    (tmp_path / "clean.txt").write_text("old\n")
    assert main(["clean", "a.txt", "-o", "clean.txt"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: invalid value for '-o' / '--output': clean.txt is a file: "
                          "-o names a directory, which the inputs are mirrored into")
    assert "one text to a file: `cleaner clean IN -o - > clean.txt`" in err
    assert (tmp_path / "clean.txt").read_text() == "old\n"
    assert main(["clean", "a.txt", "-o", "new"]) == 0
    assert (tmp_path / "new" / "a.txt").is_file()
    assert main(["clean", "a.txt", "-o", "new"]) == 0   # an existing directory


def test_check_that_passes_with_reports_says_what_fails_on_them(tmp_path: Path, capsys) -> None:
    """`check` lists a report (F001) and exits 0: the summary says the
    reports pass and that --strict fails on them, as a newcomer could not
    tell why a listed finding did not fail the hook. Negative: with
    --strict (exit 1) and with no report, no such words."""
    (tmp_path / "a.txt").write_text(
        "The council met on Monday to discuss the budget for next year.\n\n"
        "the mayor said the plan would cut costs by a fifth over two years.\n")
    assert main(["check", "a.txt"]) == 0
    out = capsys.readouterr().out
    assert "F001" in out and "1 report passing (--strict fails on reports)" in out
    assert main(["check", "--strict", "a.txt"]) == 1
    assert "passing" not in capsys.readouterr().out
    (tmp_path / "a.txt").write_text(article(1, chrome=False))
    main(["check", "a.txt"])
    assert "--strict" not in capsys.readouterr().out


@pytest.mark.parametrize("option", ["-o", "--report"])
def test_a_place_that_cannot_be_written_is_no_usage_error(tmp_path: Path, capsys,
                                                          option: str) -> None:
    """`-o DIR` or `--report FILE` where nothing can be written (under a
    file, a directory the user may not write) is said before any work —
    and was followed by `Usage: cleaner clean …` and `Try 'cleaner clean
    --help'`, as if the command were mistyped. The command is right; the
    place is not: the error alone, exit 2 (as ruff's and black's I/O
    errors). Negative: a mistake in the command keeps its usage line."""
    (tmp_path / "a.txt").write_text(article(1))
    (tmp_path / "afile").write_text("not a directory\n")
    args = (["-o", "afile/out"] if option == "-o"
            else ["-o", "out", "--report", "afile/report.json"])
    assert main(["clean", "a.txt", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "afile" in err.splitlines()[0]
    assert "Usage:" not in err and "--help" not in err
    assert (tmp_path / "a.txt").read_text() == article(1)
    # negative: a usage error is still one
    assert main(["clean", "a.txt", "-o", "out", "--in-place"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: give either an output directory or --in-place")
    assert "Usage: cleaner clean" in err and "Try 'cleaner clean --help'" in err


def test_check_names_the_command_that_fixes_what_it_found(tmp_path: Path, capsys,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    """`cleaner check articles/` ended `N fixable with `cleaner clean``, and
    `cleaner clean articles/` is an error (no -o, no --in-place): the hint
    sent a newcomer to a second error. For files it names `cleaner check
    --fix` (ruff's `--fix`), and that command, as written, fixes them.
    Negative: stdin, and an HTML page (whose text is never written over it),
    are fixed by `cleaner clean` (to stdout, into -o DIR): the hint stays."""
    import io

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(article(1))
    assert main(["check", "articles"]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.endswith(" fixable with `cleaner check --fix`"), last
    assert main(["check", "--fix", "articles"]) == 0
    capsys.readouterr()
    assert main(["check", "articles"]) == 0
    assert "fixable" not in capsys.readouterr().out
    # negative: stdin
    monkeypatch.setattr("sys.stdin", io.StringIO(article(2)))
    assert main(["check", "-"]) == 1
    assert capsys.readouterr().out.splitlines()[-1].endswith(" fixable with `cleaner clean`")
    # negative: a page among the files that would change
    (tmp_path / "articles" / "p.html").write_text(
        "<html><head><title>Talks resume in Geneva</title></head><body><p>Share</p>"
        f"<p>{article(3, chrome=False).splitlines()[2]}</p></body></html>")
    assert main(["check", "articles/a.txt", "articles/p.html"]) == 1
    assert capsys.readouterr().out.splitlines()[-1].endswith(" fixable with `cleaner clean`")


@pytest.mark.parametrize("fmt", ["full", "json"])
def test_check_fix_lists_what_is_left_where_it_is_in_the_fixed_file(tmp_path: Path, capsys,
                                                                    fmt: str) -> None:
    """`cleaner check --fix` listed the reports it left at their place in
    the file as it was: the fixes above them (chrome lines removed) moved
    them, and `path:13:49` pointed two lines past the sentence. They are
    listed where they are in the rewritten file — the places `cleaner check`
    then gives (as ruff lists what its fixes leave). Negative: a plain check
    of a file that would change still gives the places in the file as it is."""
    import json

    story = (article(1) + "\nThe ministry said the convoy had left the port. within hours the "
             "roads were closed, officials said on Tuesday.\n")
    (tmp_path / "a.txt").write_text(story)
    fmt_args = ["--output-format", "json"] if fmt == "json" else []

    def places(out: str) -> list[tuple[int, int]]:
        if fmt == "json":
            return [(f["location"]["row"], f["location"]["column"])
                    for f in json.loads(out) if f["code"] == "F001"]
        return [tuple(map(int, line.split(":")[1:3])) for line in out.splitlines()
                if " F001 " in line]

    assert main(["check", "a.txt", *fmt_args]) == 1
    before = places(capsys.readouterr().out)
    assert before and story.splitlines()[before[0][0] - 1][before[0][1] - 1:].startswith(
        "within hours")
    assert main(["check", "--fix", "a.txt", *fmt_args]) == 0
    left = places(capsys.readouterr().out)
    fixed = (tmp_path / "a.txt").read_text()
    assert fixed != story and left and left != before
    assert fixed.splitlines()[left[0][0] - 1][left[0][1] - 1:].startswith("within hours")
    assert main(["check", "a.txt", *fmt_args]) == 0
    assert places(capsys.readouterr().out) == left


def test_the_jsonl_options_say_what_becomes_of_a_record(tmp_path: Path, capsys) -> None:
    """`--help` said only `JSONL field holding the text` and `… the document
    id`: that a record comes back with "metadata" merged in and, without an
    id, one added (`FILE:LINE`), a user found in the output. The help says
    both, and both are so (negative: an id the record has is kept)."""
    import json

    assert main(["clean", "--help"]) == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert ("its other fields kept and the pipeline's metadata merged into its 'metadata' "
            "(values there win)") in help_text
    assert "a record without one gets FILE:LINE there (- for stdin)" in help_text
    (tmp_path / "c.jsonl").write_text(
        json.dumps({"body": article(1), "metadata": {"language": "xx-own"}}) + "\n"
        + json.dumps({"body": article(2), "url": "u2"}) + "\n")
    assert main(["clean", "c.jsonl", "-o", "out", "--text-key", "body", "--id-key", "url"]) == 0
    first, second = [json.loads(l) for l in (tmp_path / "out" / "c.jsonl").read_text()
                     .splitlines()]
    assert first["url"] == "c.jsonl:1" and first["metadata"]["language"] == "xx-own"
    assert second["url"] == "u2" and second["metadata"]["language"] == "en"


def test_check_fix_lists_a_windows_1252_byte_where_it_is_in_the_fixed_file(tmp_path: Path,
                                                                         capsys) -> None:
    """U008 (a byte read as Windows-1252) had no place in the rewritten
    file: `check --fix` listed it at its old line 8 of a file of 3 lines,
    before the F003 of line 3. It is listed on the line of its word in the
    rewritten file, and the listing is in order of the places listed."""
    data = (b"Home | News | Sport\nSubscribe to our newsletter\n\n\n\n"
            b"Minister resigns after vote\n\nThe minister, Andr\xe9s Ortega, said it was "
            b"\"a a shame\" and left the caf\xc3\xa9 on Tuesday after the vote.\n")
    (tmp_path / "a.txt").write_bytes(data)
    assert main(["check", "a.txt"]) == 1
    assert "a.txt:8:19: U008 " in capsys.readouterr().out
    assert main(["check", "--fix", "a.txt"]) == 0
    out = capsys.readouterr().out
    fixed = (tmp_path / "a.txt").read_text().splitlines()
    places = [tuple(map(int, line.split(":")[1:3])) for line in out.splitlines()
              if line.startswith("a.txt:")]
    assert len(places) == 2 and places == sorted(places)
    (line, col), = [p for p, text in zip(places, [ln for ln in out.splitlines()
                                                  if ln.startswith("a.txt:")])
                    if " U008 " in text]
    assert fixed[line - 1][col - 1:].startswith("és Ortega")


def test_check_fix_json_gives_places_in_the_rewritten_file_and_says_so(tmp_path: Path,
                                                                      capsys) -> None:
    """`check --fix --output-format json` gives `offset`, `row` and `column`
    in the rewritten file, while the docs said `offset` is in the input and
    a `--report` file gives input positions: the docs say which is which.
    Negative: the --report file keeps the position in the input."""
    import json

    story = (article(1) + "\nThe ministry said the convoy had left the port. within hours the "
             "roads were closed, officials said on Tuesday.\n")
    (tmp_path / "a.txt").write_text(story)
    assert main(["check", "--fix", "a.txt", "--output-format", "json",
                 "--report", "r.json"]) == 0
    listed = [f for f in json.loads(capsys.readouterr().out) if f["code"] == "F001"]
    fixed = (tmp_path / "a.txt").read_text()
    assert listed and fixed[listed[0]["offset"]:].startswith("within hours")
    reported = [r for doc in json.loads((tmp_path / "r.json").read_text())["files"]
                for r in doc.get("reports", []) if r["code"] == "F001"]
    assert reported and story[reported[0]["offset"]:].startswith("within hours")
    docs = " ".join((Path(__file__).parent.parent / "docs" / "command-line.md")
                    .read_text().split())
    assert "`offset` (positions in the input; with `check --fix`, in the rewritten file)" in docs
    assert "while a `--report` file keeps the positions in the input" in docs
