"""The command line, in-process (click's CliRunner and ``main(argv)``) and a
few runs through the installed entry point."""
from __future__ import annotations

import collections
import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli, main
from cleaner.rules import BUILTIN_REPORTS, REGISTRY

from ._corpus import SEEDS, article, tree

LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]\d{3}) \S")


def run(*args: str, input: bytes | str | None = None) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(cli, [str(a) for a in args], input=input,
                              catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in the test's directory so no pyproject.toml up the tree applies."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """in/: two dirty articles (one nested), one clean article, files that the
    default globs skip."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(article(1))
    (d / "sub" / "b.text").write_text(article(2))
    (d / "clean.txt").write_text(article(3, chrome=False))
    (d / "notes.csv").write_text("a,b\n")
    (d / ".hidden.txt").write_text(article(4))
    return d


def test_a_language_without_phrase_lists_is_accepted_with_one_warning(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("港口新闻\n\n市议会周一批准了新的渡轮航线。\n", encoding="utf-8")
    r = run("clean", "--language", "en,ko,zh", tmp_path / "z.txt", "-o", tmp_path / "out")
    assert r.exit_code == 0
    warnings = [l for l in r.stderr.splitlines() if l.startswith("warning:")]
    assert warnings == [
        "warning: --language ko, zh: cleaner has boilerplate phrase lists only for en, de, es, "
        "fr, it, nl, pt; a document in these languages is cleaned by the rules that hold in "
        "any language (and the English lists), and their own share bars, credits and notices "
        "are not recognised"]
    r = run("check", "--assume-language", "ja", tmp_path / "z.txt")
    assert "warning: --assume-language ja: cleaner has boilerplate phrase lists only" in r.stderr
    assert "warning" not in run("check", "-q", "--language", "zh", tmp_path / "z.txt").stderr


@pytest.mark.parametrize("flags", [(), ("--language", "de,fr"), ("--language", "all"),
                                   ("--assume-language", "nl")])
def test_languages_with_phrase_lists_get_no_warning(tmp_path: Path, flags: tuple) -> None:
    (tmp_path / "a.txt").write_text(article(3, chrome=False))
    r = run("check", *flags, tmp_path / "a.txt")
    assert "warning" not in r.stderr


# -- clean --------------------------------------------------------------------

def test_clean_mirrors_a_directory(docs: Path, tmp_path: Path) -> None:
    r = run("clean", docs, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    out = tree(tmp_path / "out")
    assert sorted(out) == ["a.txt", "clean.txt", "sub/b.text"]
    assert b"Twitter Facebook" not in out["a.txt"]
    assert out["clean.txt"] == (docs / "clean.txt").read_bytes()


def test_explicit_files_are_honoured_whatever_their_suffix(tmp_path: Path) -> None:
    f = tmp_path / "story.article"
    f.write_text(article(5))
    r = run("clean", f, "-o", tmp_path / "out")
    assert r.exit_code == 0
    assert (tmp_path / "out" / "story.article").read_text().startswith("Talks resume")


def test_include_and_exclude(docs: Path, tmp_path: Path) -> None:
    r = run("clean", docs, "-o", tmp_path / "out", "--include", "*.text", "--exclude", "nothing")
    assert r.exit_code == 0
    assert sorted(tree(tmp_path / "out")) == ["sub/b.text"]
    r = run("clean", docs, "-o", tmp_path / "out2", "--exclude", "sub")
    assert sorted(tree(tmp_path / "out2")) == ["a.txt", "clean.txt"]


def test_extend_include_and_extend_exclude_as_ruff_has_them(docs: Path, tmp_path: Path) -> None:
    """A newsroom repository of .txt and .md articles: `--include '*.md'`
    (what -v advised) replaced the list, so the .txt articles were no longer
    taken, and `--extend-include` / `--extend-exclude` — ruff's and black's
    names — were "no such option" (and unknown keys in [tool.cleaner]).
    `--extend-include` adds to the list (the default one, or --include's),
    `--extend-exclude` is `--exclude` (which always added); both keys are
    read from the configuration. Negative: --include alone still replaces
    the list, and without them Markdown stays out of a walk."""
    (docs / "m.md").write_text(article(6))
    walked = lambda *flags: sorted(  # noqa: E731
        l.split(":")[0].rsplit("/in/", 1)[1] for l in run("check", docs, *flags).stdout
        .splitlines() if ": " in l and not l.startswith(("no ", "1 ", "2 ", "3 ")))
    assert set(walked()) == {"a.txt", "sub/b.text"}
    assert set(walked("--extend-include", "*.md")) == {"a.txt", "sub/b.text", "m.md"}
    assert set(walked("--include", "*.md")) == {"m.md"}
    assert set(walked("--include", "*.text", "--extend-include", "*.md")) == {"sub/b.text", "m.md"}
    assert set(walked("--extend-exclude", "sub")) == set(walked("--exclude", "sub")) == {"a.txt"}
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cleaner]\nextend-include = ["*.md"]\nexclude = ["a.txt"]\n'
        'extend-exclude = ["sub"]\n')
    assert set(walked()) == {"m.md"}
    r = run("clean", docs, "-o", tmp_path / "out", "--extend-exclude", "m.md")
    assert r.exit_code == 0 and sorted(tree(tmp_path / "out")) == ["clean.txt"]
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nextend-include = 3\n')
    r = run("check", docs)
    assert r.exit_code == 2 and "extend-include" in r.stderr


def test_force_exclude_applies_exclude_to_named_files(docs: Path, tmp_path: Path) -> None:
    """Named files are always cleaned, unless --force-exclude (or
    force-exclude = true): then exclude skips them as a walk would (a name
    glob matching the file or a directory above it, a /-glob its path below
    the configuration's directory), as in ruff and black."""
    named = [docs / "a.txt", docs / "sub" / "b.text"]
    r = run("check", *named, "--exclude", "sub")
    assert "b.text" in r.stdout and "2 files" in r.stdout
    r = run("check", *named, "--exclude", "sub", "--force-exclude", "-v")
    assert "b.text:" not in r.stdout and "1 file " in r.stdout
    assert f"skipped: {docs / 'sub' / 'b.text'}: excluded (force-exclude)" in r.stderr
    r = run("check", *named, "--exclude", "in/sub/*.text", "--force-exclude")
    assert "b.text" not in r.stdout and "1 file " in r.stdout
    r = run("check", docs / "sub", "--exclude", "sub", "--force-exclude")   # a directory too
    assert "no file checked" in r.stdout
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nexclude = ["a.txt"]\n'
                                             'force-exclude = true\n')
    before = tree(docs)
    r = run("clean", "--in-place", *named)
    assert r.exit_code == 0 and "a.txt" not in r.stderr
    assert tree(docs)["a.txt"] == before["a.txt"] and tree(docs)["sub/b.text"] != before["sub/b.text"]
    r = run("check", *named, "--no-force-exclude")
    assert "a.txt:" in r.stdout
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nforce-exclude = "yes"\n')
    r = run("check", *named)
    assert r.exit_code == 2 and "force-exclude: expected true or false" in r.stderr


def test_clean_refuses_to_overwrite_without_being_told(docs: Path) -> None:
    before = tree(docs)
    r = run("clean", docs / "a.txt")
    assert r.exit_code == 2
    assert "-o DIR" in r.output and "--in-place" in r.output
    assert tree(docs) == before


def test_output_onto_the_input_is_refused(docs: Path) -> None:
    r = run("clean", docs / "a.txt", "-o", docs)
    assert r.exit_code == 2 and "overwrite the input" in r.output


@pytest.mark.parametrize("how", ["same", "relative", "symlink"])
def test_report_onto_an_input_is_refused(tmp_path: Path, how: str) -> None:
    """`check a.txt --report a.txt` would replace the article by the report:
    refused before any work, exit 2, naming the file — however the path is
    spelt."""
    (tmp_path / "d").mkdir()
    inp = tmp_path / "d" / "inp.txt"
    shutil.copy(SEEDS[0], inp)
    (tmp_path / "link.json").symlink_to(inp)
    report = {"same": inp, "relative": Path("d/../d/inp.txt"),
              "symlink": tmp_path / "link.json"}[how]
    before = tree(tmp_path)
    for args in (["check", inp], ["check", tmp_path / "d"], ["clean", "-i", inp],
                 ["clean", tmp_path / "d", "-o", tmp_path / "out"]):
        r = run(*args, "--report", report)
        assert r.exit_code == 2, (args, r.output)
        assert f"--report {report} would overwrite the input {inp}" in r.stderr, r.stderr
        assert r.stdout == "" and "B00" not in r.stderr     # refused before any work
        assert tree(tmp_path) == before and not (tmp_path / "out").exists()


def test_report_onto_an_output_is_refused(docs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("clean", docs, "-o", out).exit_code == 0
    before = tree(tmp_path)
    for report in (out / "sub" / "b.text", Path("out/../out/a.txt")):
        r = run("clean", docs, "-o", out, "--report", report)
        assert r.exit_code == 2
        assert f"--report {report} would overwrite the output of {docs}" in r.stderr
        assert tree(tmp_path) == before
    # a new file beside the outputs is fine
    r = run("clean", docs, "-o", out, "--report", out / "report.json")
    assert r.exit_code == 0, r.output
    assert json.loads((out / "report.json").read_text())["summary"]["files"] == 3


def test_report_is_never_overwritten_by_an_output_named_from_its_title(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(1, title="Kyiv talks resume"))
    report = tmp_path / "out" / "kyiv-talks-resume.txt"
    r = run("clean", tmp_path / "in", "-o", tmp_path / "out", "--name-from-title",
            "--report", report)
    assert r.exit_code == 0, r.output
    assert sorted(tree(tmp_path / "out")) == ["kyiv-talks-resume-2.txt", "kyiv-talks-resume.txt"]
    assert json.loads(report.read_text())["files"][0]["output"] == str(
        tmp_path / "out" / "kyiv-talks-resume-2.txt")


def test_saved_repeated_lines_never_overwrite_an_input_or_the_report(docs: Path,
                                                                    tmp_path: Path) -> None:
    before = tree(tmp_path)
    learn = ("--repeated-lines", "learn")
    r = run("clean", docs, "-o", tmp_path / "out", *learn, "--save-repeated-lines",
            docs / "a.txt")
    assert r.exit_code == 2
    assert f"--save-repeated-lines {docs / 'a.txt'} would overwrite the input" in r.stderr
    r = run("check", docs, *learn, "--save-repeated-lines", "x.txt", "--report", "x.txt")
    assert r.exit_code == 2 and "would overwrite each other" in r.stderr
    assert tree(tmp_path) == before
    # without learning, nothing would be saved: said, not done silently
    r = run("check", docs / "clean.txt", "--save-repeated-lines", docs / "clean.txt")
    assert r.exit_code == 2 and "nothing to save" in r.stderr and tree(tmp_path) == before


def _read_files(tmp_path: Path) -> dict[str, Path]:
    """A name registry, a repeated-lines file and a configuration naming
    them, each a file a run reads."""
    files = {"names": tmp_path / "names.toml", "rep": tmp_path / "rep.txt",
             "conf": tmp_path / "conf" / "cleaner.toml"}
    files["names"].write_text("# our desk's names\n")
    files["rep"].write_text("Subscribe now\n")
    files["conf"].parent.mkdir()
    files["conf"].write_text('[tool.cleaner]\nname-files = ["../names.toml"]\n'
                             'repeated-lines-file = "../rep.txt"\n')
    return files


# learning reads no repeated-lines file: saving over it then is an update
# (test_saving_over_the_configured_repeated_lines_while_learning_updates_them)
@pytest.mark.parametrize("option, read, spelt", [
    (option, read, spelt) for option in ("--report", "--save-repeated-lines")
    for read, spelt in [
        ("--names", "same"), ("--names", "symlink"), ("--repeated-lines", "relative"),
        ("--config", "same"), ("--config", "symlink"), ("pyproject", "same"),
        ("name-files", "relative"), ("repeated-lines-file", "symlink")]
    if option == "--report" or "repeated" not in read])
def test_report_never_overwrites_a_file_the_run_reads(docs: Path, tmp_path: Path,
                                                      option: str, read: str,
                                                      spelt: str) -> None:
    """A report written over the names registry, the repeated lines or the
    configuration would destroy it: refused before any work, exit 2, the
    message naming both — however the path is spelt."""
    files = _read_files(tmp_path)
    args: list = [docs, "-o", tmp_path / "out"]
    target = {"--names": files["names"], "--repeated-lines": files["rep"],
              "--config": files["conf"], "name-files": files["names"],
              "repeated-lines-file": files["rep"],
              "pyproject": tmp_path / "pyproject.toml"}[read]
    what = {"--names": f"--names {files['names']}",
            "--repeated-lines": f"--repeated-lines {files['rep']}",
            "--config": f"--config {files['conf']}",
            # as the configuration gives them: relative to it
            "name-files": f"the name registry {files['conf'].parent / '../names.toml'} "
                          f"(name-files in {files['conf']})",
            "repeated-lines-file": f"the repeated lines {files['conf'].parent / '../rep.txt'} "
                                   f"(repeated-lines-file in {files['conf']})",
            "pyproject": f"the configuration {target}"}[read]
    if read == "pyproject":
        target.write_text('[tool.cleaner]\nignore = ["N003"]\n')
    elif read in ("name-files", "repeated-lines-file"):
        args += ["--config", files["conf"]]
    else:
        args += [read, target]
    path = {"same": target, "relative": Path("in/..") / target.relative_to(tmp_path),
            "symlink": tmp_path / "link.out"}[spelt]
    (tmp_path / "link.out").symlink_to(target)
    if option == "--save-repeated-lines":
        args += ["--repeated-lines", "learn"]
    before = tree(tmp_path)
    for command in ("clean", "check"):
        cargs = args if command == "clean" else [a for a in args if a not in (
            "-o", tmp_path / "out")]
        r = run(command, *cargs, option, path)
        assert r.exit_code == 2, (command, r.output)
        assert f"error: {option} {path} would overwrite {what}, which this run reads" \
            in r.stderr, r.stderr
        assert r.stdout == "" and tree(tmp_path) == before   # refused before any work


def test_saving_over_the_configured_repeated_lines_while_learning_updates_them(
        docs: Path, tmp_path: Path) -> None:
    """`--repeated-lines learn` does not read the configured file: saving over
    it is how it is brought up to date."""
    files = _read_files(tmp_path)
    r = run("check", docs, "--config", files["conf"], "--repeated-lines", "learn",
            "--save-repeated-lines", files["rep"])
    assert r.exit_code == 1, r.output
    assert files["rep"].read_text() != "Subscribe now\n"


def test_in_place_never_rewrites_a_file_the_run_reads(docs: Path, tmp_path: Path) -> None:
    rep = docs / "repeated.txt"
    rep.write_text("Subscribe now\n")
    before = tree(tmp_path)
    r = run("clean", "--in-place", docs, "--repeated-lines", rep)
    assert r.exit_code == 2
    assert f"--in-place would rewrite {rep}, which is --repeated-lines {rep}" in r.stderr
    assert tree(tmp_path) == before
    r = run("clean", "--in-place", docs, "--repeated-lines", rep, "--exclude", "repeated.txt")
    assert r.exit_code == 0 and rep.read_text() == "Subscribe now\n"


def test_save_without_learning_and_saving_to_dash_are_refused(docs: Path,
                                                              tmp_path: Path) -> None:
    """Nothing would be saved without learning, and `--save-repeated-lines -`
    would be a file named '-': both said, exit 2, instead of done silently."""
    before = tree(tmp_path)
    r = run("check", docs, "--save-repeated-lines", "saved.txt")
    assert r.exit_code == 2
    assert "--save-repeated-lines saved.txt: nothing to save without --repeated-lines learn" \
        in r.stderr
    r = run("check", docs, "--repeated-lines", "learn", "--save-repeated-lines", "-")
    assert r.exit_code == 2 and "--save-repeated-lines -: it is written to a file" in r.stderr
    assert tree(tmp_path) == before


def test_report_to_dash_is_stdout(docs: Path, tmp_path: Path) -> None:
    """`check --report -` prints the JSON report on stdout instead of the
    finding lines (the summary goes to stderr); nothing is written."""
    before = tree(tmp_path)
    r = run("check", docs, "--report", "-")
    assert r.exit_code == 1
    report = json.loads(r.stdout)
    assert report["summary"]["changed"] == 2
    assert "findings in 3 files" in r.stderr
    assert tree(tmp_path) == before
    # clean -o DIR: stdout is free for it
    r = run("clean", docs, "-o", tmp_path / "out", "--report", "-")
    assert r.exit_code == 0 and json.loads(r.stdout)["summary"]["files"] == 3


def test_report_to_dash_is_refused_where_stdout_has_the_text(docs: Path) -> None:
    """Negative: with the cleaned text on stdout (stdin, -o -), the report
    cannot go there too."""
    for args in (("-",), (docs / "a.txt", "-o", "-")):
        r = run("clean", *args, "--report", "-", input=article(1))
        assert r.exit_code == 2
        assert "--report -: the cleaned text goes to stdout" in r.stderr
    r = run("check", docs, "--report", "-", "--diff")
    assert r.exit_code == 2 and "--diff would print there too" in r.stderr


def test_report_through_a_symlink_writes_its_target(docs: Path, tmp_path: Path) -> None:
    """A --report link stays a link: its target gets the report (as
    --in-place writes through a link), never a copy of another file's mode."""
    real = tmp_path / "real.json"
    real.write_text("{}")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real.name)
    r = run("check", docs, "--report", link)
    assert r.exit_code == 1
    assert link.is_symlink() and os.readlink(link) == real.name
    assert json.loads(real.read_text())["summary"]["files"] == 3
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


def test_report_to_a_fifo_streams_into_it(docs: Path, tmp_path: Path) -> None:
    """A --report that is no regular file (a FIFO, /dev/stdout, a device,
    or a link to one) is written into, never renamed over."""
    import threading

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "to-fifo.json"
    link.symlink_to(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    r = run("check", docs, "--report", link)
    reader.join(timeout=60)
    assert r.exit_code == 1
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and link.is_symlink()
    assert json.loads(got[0])["summary"]["files"] == 3


def test_stdin_to_stdout() -> None:
    r = run("clean", "-", input=article(6).replace("\n", "\r\n"))
    assert r.exit_code == 0
    assert r.output.startswith("Talks resume") and "\r" not in r.output
    assert "Share" not in r.output
    assert run("clean", input=article(6)).output == r.output  # no PATH: stdin


def test_in_place_rewrites_only_changed_files_and_keeps_modes(docs: Path) -> None:
    (docs / "a.txt").chmod(0o640)
    clean_inode = (docs / "clean.txt").stat().st_ino
    r = run("clean", "--in-place", docs)
    assert r.exit_code == 0
    assert "Fixing " + str(docs / "a.txt") in r.stderr
    assert "Fixing " + str(docs / "sub" / "b.text") in r.stderr
    assert "clean.txt" not in r.stderr
    assert stat.S_IMODE((docs / "a.txt").stat().st_mode) == 0o640
    assert (docs / "clean.txt").stat().st_ino == clean_inode   # not rewritten
    assert "Share" not in (docs / "a.txt").read_text()
    # fixed point: nothing left to fix
    r = run("clean", "--in-place", "--exit-non-zero-on-fix", docs)
    assert r.exit_code == 0 and "Fixing" not in r.stderr


def test_in_place_refuses_a_file_it_may_not_write(docs: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only file (or another user's, in a shared directory) is an
    error, as in black and ruff, although the atomic rename would only need
    the directory's permission; the rest of the batch is done. Root may
    write anything: there the file's refusal is simulated."""
    ro = docs / "a.txt"
    jl = docs / "j.jsonl"
    jl.write_text(json.dumps({"id": "1", "text": article(6)}) + "\n")
    ro.chmod(0o444)
    jl.chmod(0o444)
    if os.geteuid() == 0:
        import cleaner.io
        real_access = os.access
        denied = {str(ro), str(jl)}
        monkeypatch.setattr(cleaner.io.os, "access", lambda path, mode, **kw: (
            False if str(path) in denied and mode & os.W_OK else real_access(path, mode, **kw)))
    before = {p: p.read_bytes() for p in (ro, jl)}
    r = run("clean", "--in-place", docs)
    assert r.exit_code == 2, r.output
    assert f"error: {ro}: cannot write (Permission denied)" in r.stderr
    assert f"error: {jl}: cannot write (Permission denied)" in r.stderr
    assert {p: p.read_bytes() for p in (ro, jl)} == before
    assert stat.S_IMODE(ro.stat().st_mode) == 0o444
    assert "Fixing " + str(docs / "sub" / "b.text") in r.stderr   # the others are done
    assert not list(docs.rglob("*.cleaner-tmp"))


def test_in_place_writes_through_a_symlink(tmp_path: Path) -> None:
    """As black and ruff: the file the link points to is rewritten, the link
    stays a link."""
    real = tmp_path / "store" / "real.txt"
    real.parent.mkdir()
    real.write_text(article(1))
    (tmp_path / "articles").mkdir()
    link = tmp_path / "articles" / "link.txt"
    link.symlink_to(Path("..") / "store" / "real.txt")   # relative, as in a repository
    chain = tmp_path / "chain.txt"
    chain.symlink_to(link)
    records = tmp_path / "store" / "r.jsonl"
    _jsonl(records, [{"id": "a", "text": article(2)}])
    (tmp_path / "r.jsonl").symlink_to(records)
    r = run("clean", "-i", link, tmp_path / "r.jsonl")
    assert r.exit_code == 0, r.output
    assert f"Fixing {link}" in r.stderr
    assert link.is_symlink() and os.readlink(link) == "../store/real.txt"
    assert "Share" not in real.read_text() and real.read_text().startswith("Talks resume")
    assert (tmp_path / "r.jsonl").is_symlink()
    assert "Share" not in json.loads(records.read_text())["text"]
    assert not [p for p in tmp_path.rglob("*") if p.name.startswith(".")]
    real.write_text(article(3))
    assert run("clean", "-i", chain).exit_code == 0                 # a link to a link
    assert chain.is_symlink() and link.is_symlink() and "Share" not in real.read_text()


def test_directory_walks_and_symbolic_links(tmp_path: Path) -> None:
    """In a walk, a link to a file of the same tree is skipped and the file
    kept under its own name (the -o mirror has real.txt, not link.txt);
    a link to a file outside the directory given is skipped, not rewritten;
    a link to a directory is not followed; -v says each. A link named on
    the command line is still cleaned through."""
    d, outside = tmp_path / "d", tmp_path / "outside.txt"
    d.mkdir()
    (d / "real.txt").write_text(article(1))
    (d / "link.txt").symlink_to("real.txt")
    outside.write_text(article(2))
    (d / "out.txt").symlink_to(Path("..") / "outside.txt")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "o.txt").write_text(article(3))
    (d / "linked").symlink_to(Path("..") / "other")
    before = outside.read_bytes()

    r = run("clean", d, "-o", tmp_path / "o", "-v")
    assert r.exit_code == 0, r.output
    assert sorted(tree(tmp_path / "o")) == ["real.txt"]
    assert (f"skipped: {d / 'link.txt'}: a symbolic link to {d / 'real.txt'}, "
            "which is cleaned under its own name") in r.stderr
    assert f"skipped: {d / 'out.txt'}: a symbolic link to {outside}, outside {d}" in r.stderr
    assert f"skipped: {d / 'linked'}: a symbolic link to a directory, not followed" in r.stderr

    r = run("clean", "--in-place", d)
    assert r.exit_code == 0, r.output
    assert outside.read_bytes() == before
    assert (d / "link.txt").is_symlink() and "Share" not in (d / "real.txt").read_text()
    r = run("check", d)
    assert r.exit_code == 0 and "1 file " in r.stdout

    r = run("clean", "--in-place", d / "out.txt")          # named: cleaned through
    assert f"Fixing {d / 'out.txt'}" in r.stderr and outside.read_bytes() != before
    assert (d / "out.txt").is_symlink()


def test_check_skips_the_html_of_a_directory_as_clean_in_place_does(tmp_path: Path) -> None:
    """`clean --in-place DIR` skips HTML found in DIR (its output is text),
    so `check DIR` skips it too and passes after it; named, it is checked."""
    mix = tmp_path / "mix"
    mix.mkdir()
    page = mix / "p.html"
    page.write_text("<html><head><title>Talks resume</title></head><body><p>Share</p>"
                    f"<p>{article(1, chrome=False)}</p></body></html>")
    (mix / "a.txt").write_text(article(2))
    r = run("clean", "--in-place", mix)
    assert r.exit_code == 0, r.output
    r = run("check", mix, "-v")
    assert r.exit_code == 0, r.output
    assert "p.html:" not in r.stdout
    assert ("no findings in 1 file (none would be changed); 1 skipped (1 HTML found in a "
            "directory, not checked: name it to check it)") in r.stdout
    assert f"skipped: {page}: an HTML file found in a directory is not checked" in r.stderr
    assert run("clean", "--in-place", "--exit-non-zero-on-fix", mix).exit_code == 0
    r = run("check", page)
    assert r.exit_code == 1 and f"{page}:1:" in r.stdout


def test_exit_non_zero_on_fix(docs: Path) -> None:
    assert run("clean", "-i", "--exit-non-zero-on-fix", docs / "a.txt").exit_code == 1
    assert run("clean", "-i", "--exit-non-zero-on-fix", docs / "a.txt").exit_code == 0


def test_empty_file_gives_empty_output(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    r = run("clean", tmp_path / "empty.txt", "-o", tmp_path / "out", "-v")
    assert r.exit_code == 0
    assert (tmp_path / "out" / "empty.txt").read_bytes() == b""
    assert "empty input" in r.stderr


def test_cp1252_input_is_decoded_and_said(tmp_path: Path) -> None:
    text = article(7, chrome=False).replace("The minister", "The café’s minister")
    (tmp_path / "w.txt").write_bytes(text.encode("cp1252"))
    r = run("clean", tmp_path / "w.txt", "-o", tmp_path / "out")
    assert r.exit_code == 0
    assert "decoded as cp1252" in r.stderr
    assert (tmp_path / "out" / "w.txt").read_text(encoding="utf-8") == text


def test_utf8_with_a_stray_byte_is_cleaned_with_a_warning_and_u007(tmp_path: Path) -> None:
    head = "Ferry service resumes\n\nThe ferry’s first crossing left at dawn, "
    data = head.encode() + b"\xc3 the harbour master said.\n"
    (tmp_path / "s.txt").write_bytes(data)
    r = run("clean", tmp_path / "s.txt", "-o", tmp_path / "out")
    assert r.exit_code == 0
    assert (f"warning: {tmp_path / 's.txt'}: not valid UTF-8 (the first bad byte at offset "
            f"{len(head.encode())}); decoded as UTF-8 with 1 invalid byte sequence") in r.stderr
    assert (tmp_path / "out" / "s.txt").read_text(encoding="utf-8") == \
        head + "\ufffd the harbour master said.\n"
    c = run("check", tmp_path / "s.txt")
    assert re.search(r"s\.txt:3:\d+: U007 a replacement character", c.stdout)
    assert "would be rewritten as valid UTF-8" in c.stdout


def test_findings_in_a_cr_only_file_are_on_their_own_lines(tmp_path: Path) -> None:
    """An old Mac file ends its lines with a lone CR: path:line:col must
    name the line an editor shows, not line 1 for every finding."""
    lines = ["Tram line opens on time", "", "Subscribe", "",
             "The new tram line opened on Monday, the transport board said.", ""]
    (tmp_path / "mac.txt").write_bytes("\r".join(lines).encode())
    r = run("check", tmp_path / "mac.txt")
    chrome = [m for m in map(LINE.match, r.stdout.splitlines()) if m and m["code"] == "B002"]
    assert [(m["line"], m["col"]) for m in chrome] == [("3", "1")]


def test_findings_in_a_crlf_file_count_each_line_once(tmp_path: Path) -> None:
    """Negative: CRLF is one line break, not two."""
    lines = ["Tram line opens on time", "", "Subscribe", "",
             "The new tram line opened on Monday, the transport board said.", ""]
    (tmp_path / "dos.txt").write_bytes("\r\n".join(lines).encode())
    r = run("check", tmp_path / "dos.txt")
    chrome = [m for m in map(LINE.match, r.stdout.splitlines()) if m and m["code"] == "B002"]
    assert [(m["line"], m["col"]) for m in chrome] == [("3", "1")]
    from cleaner import Pipeline
    doc = Pipeline.default().run("\n".join(lines).replace("\n\nSub", "\r\n\r\nSub"))
    assert [(c.line, c.col) for c in doc.changes if c.code == "B002"] == [(3, 1)]


def test_bad_files_do_not_stop_the_batch(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good1.txt").write_text(article(8))
    (d / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20)
    (d / "koi8.txt").write_bytes("Министр заявил в понедельник".encode("koi8_r"))
    os.mkfifo(d / "fifo.txt")
    (d / "link.txt").symlink_to(d / "missing.txt")
    (d / "good2.txt").write_text(article(9))
    (d / "records.jsonl").write_text(json.dumps({"id": "r1", "text": article(10)})
                                     + "\n{not json\n"
                                     + json.dumps({"id": "r3", "text": article(11)}) + "\n")
    r = run("clean", d, tmp_path / "nope.txt", "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert "Traceback" not in r.output
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert len(errors) == 6, r.stderr
    for name in ("binary.txt", "koi8.txt", "fifo.txt", "link.txt", "records.jsonl:2",
                 "nope.txt"):
        assert sum(name in e for e in errors) == 1, (name, errors)
    out = tree(tmp_path / "out")
    assert sorted(out) == ["good1.txt", "good2.txt", "records.jsonl"]
    ids = [json.loads(l)["id"] for l in out["records.jsonl"].splitlines()]
    assert ids == ["r1", "r3"]


def test_a_file_that_cannot_be_written_does_not_stop_the_batch(docs: Path,
                                                               tmp_path: Path) -> None:
    (tmp_path / "out" / "a.txt").mkdir(parents=True)   # in the way of a.txt
    r = run("clean", docs, "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert "a.txt" in r.stderr and "Traceback" not in r.output
    assert (tmp_path / "out" / "clean.txt").is_file()
    assert (tmp_path / "out" / "sub" / "b.text").is_file()


def _stale(out: Path, src: Path) -> str:
    return (f"warning: {out}: stale output kept: {src} failed, so this file is an earlier "
            "run's output of it, not this run's")


def test_an_earlier_output_of_an_input_that_fails_is_kept_and_said_stale(
        docs: Path, tmp_path: Path) -> None:
    """-o DIR: an input that fails now leaves the output an earlier run
    wrote for it in DIR. It is kept (a batch deletes no file), but it is no
    output of this run: a warning names it, the summary counts it, the
    report's entry has stale_output and its summary stale_outputs."""
    out, rep = tmp_path / "out", tmp_path / "r.json"
    assert run("clean", docs, "-o", out).exit_code == 0
    before = (out / "a.txt").read_bytes()
    (docs / "a.txt").write_bytes(b"\x00\x01binary")
    r = run("clean", docs, "-o", out, "--report", rep)
    assert r.exit_code == 2
    assert (out / "a.txt").read_bytes() == before              # kept
    lines = r.stderr.splitlines()
    assert _stale(out / "a.txt", docs / "a.txt") in lines
    assert sum("stale output" in l for l in lines[:-1]) == 1   # the others are fresh
    assert lines[-1].endswith(", 1 error (1 binary file: --skip-binary skips it), 1 stale output "
                              "kept from an earlier run")
    data = json.loads(rep.read_text())
    files = {f["path"]: f for f in data["files"]}
    a = files[str(docs / "a.txt")]
    assert a["stale_output"] == str(out / "a.txt") and a["output"] is None
    assert "stale_output" not in files[str(docs / "clean.txt")]
    assert data["summary"]["stale_outputs"] == 1
    # -q: the error is said, the warning is not; the summary is not printed
    r = run("clean", docs, "-o", out, "-q")
    assert r.exit_code == 2 and "stale" not in r.stderr
    # negative: in a fresh directory there is nothing stale to speak of
    r = run("clean", docs, "-o", tmp_path / "fresh", "--report", rep)
    assert r.exit_code == 2 and "stale" not in r.stderr
    assert json.loads(rep.read_text())["summary"]["stale_outputs"] == 0
    # negative: --in-place leaves a failed input as it is; it is no stale output
    r = run("clean", "--in-place", docs, "--report", rep)
    assert r.exit_code == 2 and "stale" not in r.stderr
    assert "stale_output" not in json.dumps(json.loads(rep.read_text())["files"])


def test_an_earlier_output_kept_because_the_new_one_cannot_be_written_is_stale(
        docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An output that cannot be written leaves the earlier run's file
    there: the same warning; a directory in the way of an output is no
    stale output (negative)."""
    import cleaner.batch

    out = tmp_path / "out"
    assert run("clean", docs / "a.txt", "-o", out).exit_code == 0
    (out / "a.txt").write_text("an older text\n")   # what an older cleaner wrote

    def refused(target: Path, data: bytes) -> bool:   # a read-only DIR, a full disk
        raise PermissionError(13, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(cleaner.batch, "write_if_changed", refused)
        r = run("clean", docs / "a.txt", "-o", out)
    assert r.exit_code == 2 and "cannot write (Permission denied)" in r.stderr
    assert _stale(out / "a.txt", docs / "a.txt") in r.stderr.splitlines()
    assert (out / "a.txt").read_text() == "an older text\n"
    (out / "a.txt").unlink()
    (out / "a.txt").mkdir()
    r = run("clean", docs / "a.txt", "-o", out)
    assert r.exit_code == 2 and "cannot write" in r.stderr and "stale" not in r.stderr


def test_an_output_directory_that_cannot_be_made_is_one_error_before_any_work(
        docs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """-o DIR that does not exist and cannot be made (under a file, or under
    a directory the user may not write): no output can be written, so one
    error and exit 2 before cleaning anything, instead of a 'cannot write'
    per input after all the work. Negative: a DIR that exists but is not
    writable is run as before (its files may already hold the outputs), and
    a DIR that can be made is made."""
    import cleaner.batch

    (tmp_path / "afile").write_text("x\n")
    r = run("clean", docs, "-o", tmp_path / "afile" / "out")
    assert r.exit_code == 2
    assert (f"error: -o {tmp_path / 'afile' / 'out'}: cannot create the output directory "
            f"({tmp_path / 'afile'} is not a directory)") in r.stderr
    assert "cannot write" not in r.stderr and "cleaned" not in r.stderr

    locked = tmp_path / "locked"
    locked.mkdir()
    real_access = os.access

    def access(path: object, mode: int, **kw: object) -> bool:   # root may write anywhere
        if Path(path) == locked and mode & os.W_OK:
            return False
        return real_access(path, mode, **kw)

    with monkeypatch.context() as m:
        m.setattr(cleaner.batch.os, "access", access)
        r = run("clean", docs, "-o", locked / "a" / "b")
        assert r.exit_code == 2 and r.stderr.count("error:") == 1
        assert f"cannot create the output directory ({locked} is not writable)" in r.stderr
        assert not (locked / "a").exists()
        # relative paths are shown relative
        monkeypatch.chdir(tmp_path)
        r = run("clean", docs, "-o", "locked/new")
        assert "-o locked/new: cannot create the output directory (locked is not writable)" \
            in r.stderr
        # negative: the directory exists, holding this run's outputs already
        assert run("clean", docs, "-o", tmp_path / "o").exit_code == 0
        m.setattr(cleaner.batch.os, "access",
                  lambda path, mode, **kw: not (Path(path) == tmp_path / "o" and mode & os.W_OK)
                  and real_access(path, mode, **kw))
        r = run("clean", docs, "-o", tmp_path / "o")
        assert r.exit_code == 0 and "cannot" not in r.stderr, r.stderr
    r = run("clean", docs, "-o", tmp_path / "new" / "deep")
    assert r.exit_code == 0 and (tmp_path / "new" / "deep" / "a.txt").is_file()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into a read-only directory")
def test_an_output_directory_under_a_read_only_one(docs: Path, tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        r = run("clean", docs, "-o", ro / "out")
        assert r.exit_code == 2 and r.stderr.count("error:") == 1
        assert f"cannot create the output directory ({ro} is not writable)" in r.stderr
    finally:
        ro.chmod(0o755)


def test_a_walk_leaves_installed_packages_alone(tmp_path: Path) -> None:
    """`cleaner clean --in-place .` at a project's root with a `venv/` (as
    `python -m venv venv` makes it) walked into site-packages and would
    rewrite entry_points.txt, top_level.txt, vendor.txt… — breaking the
    packages' console scripts. venv, site-packages, dist-packages and
    __pypackages__ are left out of a walk, as ruff and black leave them, and
    so is any directory holding pyvenv.cfg or conda-meta (an environment
    named env/, .tox's are hidden already), and the *.egg-info an editable
    install leaves beside the code; -v says why. Negative: a
    directory of articles is still walked, a file under such a directory
    named on the command line is still cleaned, and --force-exclude skips
    it."""
    proj = tmp_path / "proj"
    info = "lib/python3.11/site-packages/pkg-1.0.dist-info"
    for env in ("venv", "env"):
        (proj / env / info).mkdir(parents=True)
        (proj / env / info / "entry_points.txt").write_text(
            "[console_scripts]\npkg = pkg.cli:main\n")
    (proj / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (proj / "conda" / "conda-meta").mkdir(parents=True)
    (proj / "conda" / "notes.txt").write_text(article(2))
    (proj / "usr/lib/python3/dist-packages/p.egg-info").mkdir(parents=True)
    (proj / "usr/lib/python3/dist-packages/p.egg-info/top_level.txt").write_text("p\n")
    (proj / "mypkg.egg-info").mkdir()
    (proj / "mypkg.egg-info" / "entry_points.txt").write_text("[console_scripts]\nm = m:main\n")
    (proj / "articles").mkdir()
    (proj / "articles" / "a.txt").write_text(article(1))
    before = tree(proj)
    r = run("clean", "--in-place", "-v", proj)
    assert r.exit_code == 0, r.stderr
    after = tree(proj)
    assert {p for p in after if after[p] != before[p]} == {"articles/a.txt"}
    said = r.stderr.splitlines()
    assert f"skipped: {proj / 'venv'}: excluded (built in: venv): not walked" in said
    assert (f"skipped: {proj / 'env'}: a Python environment (pyvenv.cfg): installed "
            "packages, not walked") in said
    assert (f"skipped: {proj / 'conda'}: a Python environment (conda-meta): installed "
            "packages, not walked") in said
    assert any("dist-packages: excluded (built in: dist-packages)" in l for l in said)
    assert f"skipped: {proj / 'mypkg.egg-info'}: excluded (built in: *.egg-info): not walked" \
        in said
    named = proj / "venv" / info / "entry_points.txt"
    assert run("check", named).exit_code == 1              # named: cleaned as asked
    r = run("check", "--force-exclude", named)
    assert r.exit_code == 0 and "no file checked" in r.stdout


# -- check --------------------------------------------------------------------

def test_check_prints_findings_and_exits_1(docs: Path) -> None:
    before = tree(docs)
    r = run("check", docs)
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    findings = [LINE.match(l) for l in lines[:-1]]
    assert all(findings), lines
    assert {m["path"] for m in findings} == {str(docs / "a.txt"), str(docs / "sub" / "b.text")}
    assert {m["code"] for m in findings} >= {"B003"}
    assert lines[-1] == (f"{len(findings)} findings in 3 files (2 would be changed); "
                         f"{len(findings)} fixable with `cleaner check --fix`")
    assert tree(docs) == before


def test_check_positions_point_into_the_input(docs: Path) -> None:
    r = run("check", docs / "a.txt", "--select", "B003")
    line = r.stdout.splitlines()[0]
    assert line.startswith(f"{docs / 'a.txt'}:3:1: B003 ")   # the share bar is line 3


def test_check_clean_files_exit_0(docs: Path) -> None:
    r = run("check", docs / "clean.txt")
    assert r.exit_code == 0
    assert r.stdout.strip() == "no findings in 1 file (none would be changed)"


def test_reports_alone_pass_unless_strict(tmp_path: Path) -> None:
    cleaned = tmp_path / "c.txt"
    r = run("clean", SEEDS[2], "-o", tmp_path / "o")
    cleaned.write_bytes((tmp_path / "o" / SEEDS[2].name).read_bytes())
    r = run("check", cleaned)
    assert r.exit_code == 0, r.output
    assert re.search(r":\d+:\d+: F00\d ", r.stdout)   # fragments are reported
    assert run("check", "--strict", cleaned).exit_code == 1


def test_check_diff(docs: Path) -> None:
    r = run("check", "--diff", docs / "a.txt")
    assert r.exit_code == 1
    assert r.stdout.startswith(f"--- a/{docs / 'a.txt'}\n+++ b/{docs / 'a.txt'}\n@@ ")
    assert "\n-Twitter Facebook Reddit Pinterest Email\n" in r.stdout
    assert "would be changed" in r.stderr
    assert run("check", "--diff", docs / "clean.txt").stdout == ""


def test_check_statistics(docs: Path) -> None:
    r = run("check", "--statistics", docs)
    rows = [l.split() for l in r.stdout.splitlines()[:-1]]
    assert ["1", "B003", "share-bar", "fix"] in [row[:4] for row in rows] or \
        any(row[1] == "B003" and row[0] == "2" for row in rows)
    assert r.exit_code == 1


def _chrome_page(path: Path, n: int) -> Path:
    """A short article followed by ``n`` lines of a share bar, each a
    finding of one rule."""
    body = ("Storm closes coastal road\n\nThe coastal road between the two villages was "
            "closed on Sunday after a storm washed part of it away, the county said.\n\n")
    path.write_text(body + "Share on Facebook\n\n" * n, encoding="utf-8")
    return path


def _listed_codes(stdout: str) -> collections.Counter:
    return collections.Counter(m["code"] for m in map(LINE.match, stdout.splitlines()) if m)


def test_check_lists_at_most_a_hundred_findings_of_one_rule_per_document(
        tmp_path: Path) -> None:
    """A page of 130 share-bar lines: the first 100 of that rule are listed,
    then one line says how many more and how to list them; the summary
    counts them all and says how many were not listed. --all lists all."""
    from cleaner.limits import LISTED_PER_RULE
    page = _chrome_page(tmp_path / "page.txt", LISTED_PER_RULE + 30)
    r = run("check", page)
    code, n = _listed_codes(r.stdout).most_common(1)[0]
    assert n == LISTED_PER_RULE
    assert f"{page}: ... and 30 more findings of {code} (--all lists them)\n" in r.stdout
    assert "; 30 not listed (--all lists them)" in r.stdout.splitlines()[-1]
    assert r.exit_code == 1
    every = run("check", "--all", page)
    assert _listed_codes(every.stdout)[code] == LISTED_PER_RULE + 30
    assert "more findings" not in every.stdout and "not listed" not in every.stdout
    # concise: the same lines, the count of what was not listed on stderr
    concise = run("check", "--output-format", "concise", page)
    assert _listed_codes(concise.stdout)[code] == LISTED_PER_RULE
    assert "30 not listed" in concise.stderr
    # github: one notice for the rest
    gh = run("check", "--output-format", "github", page)
    assert gh.stdout.count(f"title=cleaner {code}::{code} ") == LISTED_PER_RULE
    assert f"::notice file={page},title=cleaner {code}::... and 30 more findings of {code}" \
        in gh.stdout


def test_check_machine_outputs_list_every_finding(tmp_path: Path) -> None:
    """--output-format json and --report are read by programs: never cut."""
    from cleaner.limits import LISTED_PER_RULE
    page = _chrome_page(tmp_path / "page.txt", LISTED_PER_RULE + 30)
    listed = json.loads(run("check", "--output-format", "json", page).stdout)
    code = collections.Counter(e["code"] for e in listed).most_common(1)[0][0]
    assert sum(e["code"] == code for e in listed) == LISTED_PER_RULE + 30
    r = run("check", "--report", tmp_path / "r.json", page)
    report = json.loads((tmp_path / "r.json").read_text())
    assert sum(c["code"] == code for c in report["files"][0]["changes"]) == LISTED_PER_RULE + 30
    assert "not listed" in r.stdout   # the listing beside it is cut, the report not


def test_check_lists_every_finding_up_to_the_cap_and_other_rules_in_full(
        tmp_path: Path) -> None:
    """Negative: exactly LISTED_PER_RULE of one rule are all listed, with no
    line about more; the findings of the other rules of the page (and of
    other documents) do not count against it."""
    from cleaner.limits import LISTED_PER_RULE
    page = _chrome_page(tmp_path / "page.txt", LISTED_PER_RULE)
    other = _chrome_page(tmp_path / "other.txt", 3)
    r = run("check", page, other)
    codes = _listed_codes(r.stdout)
    code = codes.most_common(1)[0][0]
    assert codes[code] == LISTED_PER_RULE + 3
    assert "more findings" not in r.stdout and "not listed" not in r.stdout
    assert sum(codes.values()) > LISTED_PER_RULE + 3   # (the final newline, Q001…) listed


def test_check_stdin() -> None:
    r = run("check", "-", input=article(12))
    assert r.exit_code == 1
    assert r.stdout.splitlines()[0].startswith("-:")


# -- rules and explain ----------------------------------------------------------

def test_rules_lists_every_rule() -> None:
    r = run("rules")
    assert r.exit_code == 0
    codes = [l.split()[0] for l in r.stdout.splitlines()]
    assert set(codes) == set(REGISTRY) | set(BUILTIN_REPORTS)
    kinds = {l.split()[0]: l.split()[2] for l in r.stdout.splitlines()}
    assert kinds["G001"] == "report-only" and kinds["B003"] == "fixable"
    data = json.loads(run("rules", "--format", "json").stdout)
    assert {d["code"] for d in data} == set(codes)


def test_rules_takes_output_format_as_check_does() -> None:
    """`check --output-format json` and then `rules --output-format json`
    (as `ruff rule --all --output-format json`): the same option name on
    both, where rules knew only --format; --format still works; an unknown
    format is refused (negative)."""
    new = run("rules", "--output-format", "json")
    assert new.exit_code == 0
    assert json.loads(new.stdout) == json.loads(run("rules", "--format", "json").stdout)
    assert run("rules", "--output-format", "text").stdout == run("rules").stdout
    bad = CliRunner().invoke(cli, ["rules", "--output-format", "github"])
    assert bad.exit_code == 2 and "'github' is not one of 'text', 'json'" in bad.output


def test_rules_takes_prefixes_as_select_does() -> None:
    """`cleaner rules B1` — the rules a --select B1 would run, before
    running it — was "got unexpected extra argument (B1)". The list is now
    narrowed by the prefixes given (comma-separated or repeated, any case,
    ALL), in either format. Negative: no prefix lists them all, and an
    unknown prefix is refused as --select refuses it (exit 2)."""
    every = run("rules").stdout.splitlines()
    r = run("rules", "B1", "q")
    assert r.exit_code == 0
    assert [l.split()[0] for l in r.stdout.splitlines()] == \
        sorted(c for c in {*REGISTRY, *BUILTIN_REPORTS} if c.startswith(("B1", "Q")))
    assert run("rules", "b1,Q").stdout == r.stdout
    assert run("rules", "ALL").stdout.splitlines() == every
    data = json.loads(run("rules", "--output-format", "json", "N00").stdout)
    assert {d["code"] for d in data} == {c for c in REGISTRY if c.startswith("N00")}
    bad = run("rules", "Z1")
    assert bad.exit_code == 2 and "unknown rule code or prefix 'Z1'" in bad.stderr
    assert bad.stdout == ""
    assert "give B005" in run("rules", "teaser-link").stderr


def test_rules_writes_literals_as_explain_does() -> None:
    """`cleaner rules` printed a summary's reST literals raw (B005:
    ``` ``Read |`` ```, L001: ``` ``\\n`` ```) where `cleaner explain`
    prints the same sentence with Markdown's single backticks: each
    summary is now the first paragraph of its explain page, word for word;
    a single backtick stays one (negative)."""
    rows = {l.split()[0]: l for l in run("rules").stdout.splitlines()}
    data = {d["code"]: d["summary"] for d in json.loads(run("rules", "--format", "json").stdout)}
    for code, rule in REGISTRY.items():
        page = rule.documentation().split("\n\n")[1]
        assert data[code] == " ".join(page.split()), code
        assert "``" not in rows[code] and "``" not in data[code], code
    assert "`Read |`" in data["B005"]


def test_ruffs_and_blacks_command_names_point_to_cleaners() -> None:
    """`cleaner rule B005` (ruff's command to explain a rule) got click's
    "Did you mean 'rules'?" — the list, not the page; `format`, `fix`,
    `lint` and `help` got no hint at all. Each now names the command meant
    (exit 2, a usage error still). Negative: other unknown commands keep
    click's suggestion, and the real commands run."""
    for typed, meant in (("rule", "`cleaner explain CODE` explains a rule"),
                         ("format", "`cleaner clean` fixes files"),
                         ("fix", "`cleaner check --fix PATH`"),
                         ("lint", "`cleaner check PATH`"),
                         ("help", "`cleaner --help`")):
        r = run(typed, "B005")
        assert r.exit_code == 2, typed
        assert f"error: no such command '{typed}': {meant}" in r.stderr, r.stderr
        assert "[OPTIONS] COMMAND [ARGS]..." in r.stderr   # the usage line follows
    r = run("rulez")
    assert r.exit_code == 2 and "Did you mean 'rules'?" in r.stderr
    assert run("explain", "B005").exit_code == run("rules").exit_code == 0


def test_explain() -> None:
    r = run("explain", "b003")
    assert r.exit_code == 0
    assert r.stdout == REGISTRY["B003"].documentation()
    assert "Q001" in run("explain", "Q001").stdout
    r = run("explain", "Z999")
    assert r.exit_code == 2 and "error: unknown rule 'Z999'" in r.stderr


def test_explain_takes_a_rule_name_and_suggests_close_ones() -> None:
    code, rule = next(iter(sorted(REGISTRY.items())))
    for given in (rule.name, rule.name.upper(), rule.name.replace("-", "_")):
        r = run("explain", given)
        assert r.exit_code == 0, given
        assert r.stdout == rule.documentation()
    g001 = BUILTIN_REPORTS["G001"][0]
    assert run("explain", g001).stdout.startswith("G001 ")
    typo = rule.name[:3] + rule.name[4:]                 # a letter missing
    r = run("explain", typo)
    assert r.exit_code == 2
    assert f"unknown rule {typo!r}" in r.stderr          # what was typed, not upper-cased
    assert f"did you mean {code} ({rule.name})" in r.stderr
    r = run("explain", code[0].lower() + code[1:-1])     # a code with a digit missing
    assert r.exit_code == 2 and "did you mean" in r.stderr


def test_explain_takes_several_rules() -> None:
    """A check listed B104, B101 and Q001: `cleaner explain B104 B101 Q001`
    was "got unexpected extra argument". Each page is printed, in the order
    given, a blank line between; a rule that is none is said on stderr,
    the others still printed, exit 2. Negative: one rule prints exactly
    its page, and none is still a usage error."""
    pages = [run("explain", c).stdout for c in ("B104", "teaser-link", "Q001")]
    r = run("explain", "B104", "teaser-link", "Q001")
    assert r.exit_code == 0 and r.stdout == "\n".join(pages)
    assert pages[0] == REGISTRY["B104"].documentation()
    r = run("explain", "B104", "Z999")
    assert r.exit_code == 2 and r.stdout == pages[0]
    assert "error: unknown rule 'Z999'" in r.stderr
    r = run("explain")
    assert r.exit_code == 2 and "missing argument" in r.stderr


def test_explain_given_a_prefix_lists_the_rules_it_selects() -> None:
    """`cleaner explain B0` (a prefix, as --select takes one) suggested B110,
    B105 and B104 — codes that look like `B0` by their letters, none of which
    it selects. It names every rule of the prefix, and no other. Negative: a
    full code is explained, and a typo of a name still gets close names."""
    prefix = "B0"
    of_prefix = sorted(c for c in {*REGISTRY, *BUILTIN_REPORTS} if c.startswith(prefix))
    r = run("explain", prefix.lower())
    assert r.exit_code == 2
    assert f"it is the prefix of {len(of_prefix)} rules, and explain takes one" in r.stderr
    named = re.findall(r"\b[A-Z]\d{3}\b", r.stderr)
    assert named == of_prefix[:5] and f"or {len(of_prefix) - 5} more?" in r.stderr
    r = run("explain", "B01")
    few = sorted(c for c in {*REGISTRY, *BUILTIN_REPORTS} if c.startswith("B01"))
    assert re.findall(r"\b[A-Z]\d{3}\b", r.stderr) == few
    assert run("explain", of_prefix[0]).exit_code == 0
    r = run("explain", "teaser-lnk")
    assert r.exit_code == 2 and "prefix" not in r.stderr and "did you mean" in r.stderr


def test_explain_given_a_prefix_of_one_rule_explains_it_and_caps_a_long_list() -> None:
    """`cleaner explain Q` (Q001 its only rule) said "the prefix of 1 rules
    ... did you mean  or Q001": it explains Q001. `cleaner explain B` named
    all 18 B rules on one line: five are named, the rest counted."""
    only = [c for c in {*REGISTRY, *BUILTIN_REPORTS} if c.startswith("Q")]
    assert only == ["Q001"]
    r = run("explain", "q")
    assert r.exit_code == 0 and r.stdout == run("explain", "Q001").stdout
    every_b = sorted(c for c in {*REGISTRY, *BUILTIN_REPORTS} if c.startswith("B"))
    r = run("explain", "B")
    assert r.exit_code == 2 and " or  " not in r.stderr and "1 rules" not in r.stderr
    assert re.findall(r"\b[A-Z]\d{3}\b", r.stderr) == every_b[:5]
    assert f"prefix of {len(every_b)} rules" in r.stderr
    assert r.stderr.rstrip().endswith(f"or {len(every_b) - 5} more? (`cleaner rules B` "
                                      "lists them)")


def test_documentation_is_dedented_uniformly() -> None:
    for code, rule in REGISTRY.items():
        doc = rule.documentation()
        prose, _, example = doc.partition("\n## Example\n")
        for line in prose.splitlines():
            assert not line.startswith(" "), (code, line)   # only examples are indented
        for heading in ("## What it does", "## Why"):
            if heading in prose:
                assert f"\n\n{heading}\n\n" in prose, (code, heading)


# -- rule selection, languages, configuration ----------------------------------

def _codes(output: str) -> set[str]:
    return {m["code"] for m in map(LINE.match, output.splitlines()) if m}


def test_select_and_ignore(docs: Path) -> None:
    assert _codes(run("check", docs, "--select", "B003").stdout) == {"B003"}
    assert "B003" not in _codes(run("check", docs, "--ignore", "B00,L").stdout)
    assert _codes(run("check", docs, "--select", "B", "--ignore", "B003").stdout) <= {
        c for c in REGISTRY if c.startswith("B") and c != "B003"}
    r = run("check", docs, "--select", "ZZ")
    assert r.exit_code == 2 and "unknown rule code or prefix 'ZZ'" in r.stderr


def test_a_rule_name_where_a_code_is_expected_gets_its_code(docs: Path, tmp_path: Path) -> None:
    """`cleaner explain teaser-link` takes a rule's name, so a user tries
    `--ignore teaser-link`: it was 'unknown rule code or prefix', as for a
    typo. The error now gives the code to use — on the command line, in
    [tool.cleaner] and in Settings alike; still exit 2 (select and ignore
    take codes, as ruff's do). Negative: a typo is still only unknown."""
    from cleaner import Settings, SettingsError

    r = run("check", docs, "--ignore", "teaser-link")
    assert r.exit_code == 2
    assert ("error: --ignore: 'teaser-link' is a rule's name, not a code: give B005 "
            "(teaser-link)") in r.stderr
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nselect = ["Share_Bar"]\n')
    r = run("check", docs)
    assert r.exit_code == 2 and "select: 'Share_Bar' is a rule's name, not a code: give B003" \
        in r.stderr
    (tmp_path / "pyproject.toml").unlink()
    name = BUILTIN_REPORTS["G001"][0]   # a report's name too
    with pytest.raises(SettingsError, match=f"ignore: '{name}' is a rule's name, not a code: "
                                            "give G001"):
        Settings(ignore=(name,))
    r = run("check", docs, "--ignore", "teaser-lnk")
    assert r.exit_code == 2 and "unknown rule code or prefix 'teaser-lnk' (see `cleaner rules`)" \
        in r.stderr


FRENCH = ("Le ministre a déclaré lundi que les négociations reprendraient à Genève "
          "après une longue pause. Les habitants de la région décrivent de longues "
          "files d'attente devant les banques et les stations-service.\nPartager\n")


def test_documents_in_another_language_are_reported(tmp_path: Path) -> None:
    # what the pipeline still does to them is its business (language-independent
    # rules only); the command line reports them and lets --language decide
    (tmp_path / "fr.txt").write_text(FRENCH)
    r = run("check", tmp_path / "fr.txt")
    assert f"{tmp_path / 'fr.txt'}:1:1: G001 " in r.stdout
    r = run("check", tmp_path / "fr.txt", "--language", "fr,en")
    assert "G001" not in r.stdout
    r = run("check", tmp_path / "fr.txt", "--language", "all")
    assert "G001" not in r.stdout


def test_config_from_pyproject_and_command_line_override(docs: Path, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cleaner]\nselect = ["B003"]\nexclude = ["sub"]\n')
    r = run("check", docs)
    assert _codes(r.stdout) == {"B003"}
    assert "b.text" not in r.stdout
    r = run("check", docs, "--select", "B002")
    assert _codes(r.stdout) == {"B002"}
    r = run("check", docs, "--isolated")
    assert len(_codes(r.stdout)) > 1


def test_config_file_option_and_bad_config(docs: Path, tmp_path: Path) -> None:
    conf = tmp_path / "conf" / "pyproject.toml"
    conf.parent.mkdir()
    conf.write_text('[tool.cleaner]\nignore = ["B"]\n')
    assert not any(c.startswith("B") for c in _codes(run("check", docs, "--config", conf).stdout))
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nselcet = ["B"]\n')
    r = run("check", docs)
    assert r.exit_code == 2
    assert str(tmp_path / "pyproject.toml") in r.stderr and "selcet" in r.stderr


def test_names_file_and_bad_name_style(docs: Path, tmp_path: Path) -> None:
    r = run("check", docs, "--name-style", "no-such-style")
    assert r.exit_code == 2 and "no-such-style" in r.stderr
    assert r.stderr.startswith("error: ")
    assert run("check", docs, "--names", tmp_path / "missing.toml").exit_code == 2


@pytest.mark.parametrize("body, key, message", [
    ('name-style = "nonsense"', "name-style", "unknown house style 'nonsense'"),
    ('languages = ["en", "xx"]', "languages", "unknown language code 'xx'"),
    ('assume-language = "xx"', "assume-language", "unknown language code 'xx'"),
    ('name-files = ["bad-names.toml"]', "name-files", "bad-names.toml: invalid TOML"),
    ('name-files = ["odd-names.toml"]', "name-files",
     "odd-names.toml: not a valid name registry"),
    ('repeated-lines-file = "binary.dat"', "repeated-lines-file",
     "binary.dat: cannot read repeated lines (not UTF-8"),
])
def test_a_bad_config_value_names_the_file_and_the_key(docs: Path, tmp_path: Path, body: str,
                                                       key: str, message: str) -> None:
    (tmp_path / "bad-names.toml").write_text("[place\n")
    (tmp_path / "odd-names.toml").write_text("[[place]]\nspelling = 1\n")
    (tmp_path / "binary.dat").write_bytes(b"\xff\xfe\x00\x01")
    conf = tmp_path / "bad.toml"
    conf.write_text(f"[tool.cleaner]\n{body}\n")
    before = tree(tmp_path)
    for args in (["clean", "--config", conf, docs, "-o", tmp_path / "out"],
                 ["check", "--config", conf, docs]):
        r = run(*args)
        assert r.exit_code == 2, r.output
        assert r.stderr.startswith(f"error: {conf}: [tool.cleaner] {key}: "), r.stderr
        assert message in r.stderr and r.stdout == ""
    (tmp_path / "pyproject.toml").write_text(conf.read_text())   # found, not named
    r = run("check", docs)
    assert r.exit_code == 2
    assert r.stderr.startswith(f"error: {tmp_path / 'pyproject.toml'}: [tool.cleaner] {key}: ")
    (tmp_path / "pyproject.toml").unlink()
    assert tree(tmp_path) == before


@pytest.mark.parametrize("args, message", [
    (["--name-style", "nonsense"], "--name-style: unknown house style 'nonsense'"),
    (["--language", "all,xx"], "--language: unknown language code 'xx'"),
    (["--assume-language", "xx"], "--assume-language: unknown language code 'xx'"),
    (["--names", "bad-names.toml"], "--names bad-names.toml: invalid TOML"),
    (["--repeated-lines", "binary.dat"],
     "--repeated-lines binary.dat: cannot read repeated lines (not UTF-8"),
])
def test_a_bad_flag_value_names_the_flag(docs: Path, tmp_path: Path, args: list[str],
                                         message: str) -> None:
    (tmp_path / "bad-names.toml").write_text("[place\n")
    (tmp_path / "binary.dat").write_bytes(b"\xff\xfe\x00\x01")
    r = run("check", docs, *args)
    assert r.exit_code == 2
    assert r.stderr.startswith(f"error: {message}"), r.stderr


def test_name_style_in_any_case(docs: Path, tmp_path: Path) -> None:
    expected = run("check", docs, "--name-style", "bbc")
    r = run("check", docs, "--name-style", "BBC")
    assert r.exit_code == expected.exit_code != 2, r.output
    assert r.stdout == expected.stdout
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nname-style = "Bbc"\n')
    r = run("check", docs)
    assert r.exit_code == expected.exit_code and r.stdout == expected.stdout


def test_errors_read_error_colon(docs: Path, tmp_path: Path) -> None:
    """One style for every error, the batch's: ``error: …`` (click's usage
    line may follow a usage error); exit 2."""
    cases = [("clean", "--no-such-flag"), ("clean", "--other-languages", "x"),
             ("clean", docs / "a.txt"), ("check", "--select", "ZZ", docs),
             ("frobnicate",), ("explain", "Z999")]
    for args in cases:
        r = run(*args)
        assert r.exit_code == 2, args
        assert r.stderr.startswith("error: "), (args, r.stderr)
        assert "Error:" not in r.stderr, (args, r.stderr)
    r = run("clean", "--no-such-flag")
    assert "\n\nUsage: " in r.stderr and " clean [OPTIONS]" in r.stderr


def test_main_shows_errors_the_same_way(capsys: pytest.CaptureFixture) -> None:
    assert main(["clean", "--no-such-flag"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no such option") and "Usage: cleaner clean" in err


# -- JSONL --------------------------------------------------------------------

def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    return path


def test_jsonl_round_trip_keeps_other_fields(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": article(1), "url": "https://example.org/a",
         "metadata": {"crawl": 7, "source": "Crawler"}},
        {"text": article(2, chrome=False), "lang_score": 0.9},
    ])
    r = run("clean", src, "-o", tmp_path / "out", "--with-changes")
    assert r.exit_code == 0, r.output
    out = [json.loads(l) for l in (tmp_path / "out" / "in.jsonl").read_text().splitlines()]
    assert out[0]["id"] == "a" and out[0]["url"] == "https://example.org/a"
    assert "Share" not in out[0]["text"]
    assert out[0]["metadata"]["crawl"] == 7 and out[0]["metadata"]["source"] == "Crawler"
    assert out[0]["metadata"]["language"] == "en"
    assert {c["code"] for c in out[0]["changes"]} >= {"B003"}
    assert out[0]["reports"] == []
    assert out[1]["lang_score"] == 0.9 and out[1]["id"].endswith("in.jsonl:2")
    assert out[1]["changes"] == []


def test_jsonl_other_keys_and_stdin(tmp_path: Path) -> None:
    line = json.dumps({"url": "u1", "content": article(3)}) + "\n"
    r = run("clean", "--format", "jsonl", "--text-key", "content", "--id-key", "url",
            input=line)
    assert r.exit_code == 0
    rec = json.loads(r.stdout)
    assert rec["url"] == "u1" and "Share" not in rec["content"] and "text" not in rec
    assert "changes" not in rec


def test_jsonl_check_names_record_lines(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "c.jsonl", [{"text": article(3, chrome=False)},
                                        {"text": article(4)}])
    r = run("check", src)
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    # the clean record 1 would only gain its id and metadata fields: said so
    assert lines[0] == f"{src}#1: record fields would be added: id, metadata"
    assert lines[1].startswith(f"{src}#2:") and LINE.match(lines[1])


CLEAN_SENTENCE = "A clean sentence about the weather today.\n"


def test_check_says_why_a_jsonl_record_without_findings_would_change(tmp_path: Path) -> None:
    """A clean record without id and metadata has no finding, but clean would
    add those fields, so check fails (as clean --in-place would rewrite the
    file): it must say why, and its summary must agree with the lines."""
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"text": CLEAN_SENTENCE}) + "\n")
    before = src.read_bytes()
    for args in ([src, "--format", "jsonl"], [src], ["-", "--format", "jsonl"]):
        r = run("check", *args, input=before if args[0] == "-" else None)
        assert r.exit_code == 1, r.output
        where = f"{src}#1" if args[0] == src else "-#1"
        assert r.stdout.splitlines() == [
            f"{where}: record fields would be added: id, metadata",
            "no findings in 1 file (1 would be changed, 1 of them with the same text)"]
    r = run("check", "--diff", src)
    assert r.exit_code == 1 and "UTF-8" not in r.stdout
    assert r.stdout == f"# {src}#1: record fields would be added: id, metadata\n"
    report = tmp_path / "r.json"
    run("check", src, "--report", report)
    doc = json.loads(report.read_text())["files"][0]["documents"][0]
    assert doc["changed"] and doc["rewrites"] == ["record fields would be added: id, metadata"]
    assert src.read_bytes() == before
    # once clean has added them, the check passes
    assert run("clean", "--in-place", src).exit_code == 0
    r = run("check", src)
    assert r.exit_code == 0 and r.stdout == "no findings in 1 file (none would be changed)\n"


@pytest.mark.parametrize("data, why", [
    ('{"id":"x","text":%s,"metadata":{"language":"en"}}\n',
     "the record would be re-serialised"),
    ('{"id": "x", "text": %s, "metadata": {"language": "en"}}',
     "a newline would be added at the end of the file"),
    ('\ufeff{"id": "x", "text": %s, "metadata": {"language": "en"}}\n',
     "the UTF-8 byte-order mark would be removed"),
    ('{"id": "x", "text": %s, "metadata": {"source": "Wire"}}\n',
     "metadata fields would be added: language"),
])
def test_check_says_why_a_jsonl_file_would_be_rewritten(tmp_path: Path, data: str,
                                                        why: str) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text(data % json.dumps(CLEAN_SENTENCE), encoding="utf-8")
    r = run("check", src)
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{src}#1: {why}"), lines
    assert lines[1].endswith("(1 would be changed, 1 of them with the same text)")


def test_check_says_a_file_would_be_rewritten_as_utf8_whatever_its_findings(
        tmp_path: Path) -> None:
    src = tmp_path / "cp.txt"
    src.write_bytes(CLEAN_SENTENCE.replace("weather", "caf\xe9").encode("cp1252"))
    r = run("check", src)
    assert r.exit_code == 1
    assert r.stdout.splitlines() == [
        f"{src}: would be rewritten as UTF-8 (was cp1252)",
        "no findings in 1 file (1 would be changed, 1 of them with the same text)"]
    src.write_bytes(article(1).replace("minister", "ministre caf\xe9").encode("cp1252"))
    r = run("check", src)
    assert f"{src}: would be rewritten as UTF-8 (was cp1252)" in r.stdout.splitlines()
    assert r.stdout.splitlines()[-1].endswith("(1 would be changed); 2 fixable with "
                                              "`cleaner check --fix`")


def test_jsonl_with_a_utf8_bom_keeps_its_first_record(tmp_path: Path) -> None:
    """UTF-8 with a BOM is UTF-8: the BOM is not part of the first line's JSON."""
    bom = b"\xef\xbb\xbf"
    data = bom + b'{"id":"a","text":"Kiev one."}\n{"id":"b","text":"Kiev two."}\n'
    r = run("clean", "--format", "jsonl", input=data)
    assert r.exit_code == 0, r.stderr
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert [(o["id"], o["text"]) for o in out] == [("a", "Kyiv one."), ("b", "Kyiv two.")]
    src = tmp_path / "b.jsonl"
    src.write_bytes(data)
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.stderr
    assert not (tmp_path / "out" / "b.jsonl").read_bytes().startswith(bom)
    assert [json.loads(l)["id"] for l in (tmp_path / "out" / "b.jsonl").read_text()
            .splitlines()] == ["a", "b"]
    assert run("check", src).exit_code == 1
    # records already clean: the file is still rewritten, as UTF-8 without the BOM
    clean = bom + (tmp_path / "out" / "b.jsonl").read_bytes()
    src.write_bytes(clean)
    r = run("clean", "-i", src)
    assert r.exit_code == 0 and f"Fixing {src}" in r.stderr
    assert src.read_bytes() == clean[len(bom):]
    assert run("check", src).exit_code == 0


def test_jsonl_in_place_keeps_a_file_with_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"text": article(4)}) + "\n{oops\n")
    before = src.read_bytes()
    r = run("clean", "-i", src)
    assert r.exit_code == 2 and "d.jsonl:2: malformed JSON" in r.stderr
    assert src.read_bytes() == before


def test_jsonl_malformed_line_message_says_at_once() -> None:
    r = run("clean", "--format", "jsonl", input='{"text": "unfinished\n')
    assert r.exit_code == 2
    assert ("error: -:1: malformed JSON (Unterminated string starting at: column 10), "
            "line skipped") in r.stderr
    assert "at at" not in r.stderr


def test_jsonl_metadata_as_a_json_string_is_read_and_written_as_one(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "m.jsonl", [
        {"id": "s", "text": article(2), "metadata": json.dumps({"crawl": 3})},
        {"id": "l", "text": article(3), "metadata": ["a", "b"]},
        {"id": "p", "text": article(5), "metadata": "weekly digest"},
    ])
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    out = [json.loads(l) for l in (tmp_path / "out" / "m.jsonl").read_text().splitlines()]
    # no record is lost; every text is cleaned
    assert [o["id"] for o in out] == ["s", "l", "p"]
    assert all("Share" not in o["text"] for o in out)
    meta = json.loads(out[0]["metadata"])   # still a string, now with the pipeline's
    assert meta["crawl"] == 3 and meta["language"] == "en"
    assert out[1]["metadata"] == ["a", "b"] and out[2]["metadata"] == "weekly digest"
    assert (f"warning: {src}:2: 'metadata' is a list, not an object (nor a string holding "
            "one): left as it is") in r.stderr
    assert f"warning: {src}: 1 more record whose 'metadata' is no object" in r.stderr
    assert r.stderr.count("warning:") == 2


def test_jsonl_metadata_object_and_null_are_unchanged_behaviour(tmp_path: Path) -> None:
    """Negative: an object (or null, or none) is merged as before, no warning."""
    src = _jsonl(tmp_path / "n.jsonl", [
        {"id": "o", "text": article(2), "metadata": {"crawl": 3}},
        {"id": "z", "text": article(3), "metadata": None},
        {"id": "a", "text": article(5)},
    ])
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.exit_code == 0 and "warning" not in r.stderr
    out = [json.loads(l) for l in (tmp_path / "out" / "n.jsonl").read_text().splitlines()]
    assert out[0]["metadata"]["crawl"] == 3
    assert all(o["metadata"]["language"] == "en" for o in out)


def test_with_changes_never_overwrites_a_records_own_changes(tmp_path: Path) -> None:
    own = [{"by": "desk", "note": "headline checked"}]
    src = _jsonl(tmp_path / "w.jsonl", [
        {"id": "x", "text": article(2), "changes": own},
        {"id": "y", "text": article(3)},
    ])
    r = run("clean", src, "-o", tmp_path / "out", "--with-changes")
    assert r.exit_code == 0
    out = [json.loads(l) for l in (tmp_path / "out" / "w.jsonl").read_text().splitlines()]
    assert out[0]["changes"] == own and isinstance(out[0]["reports"], list)
    # negative: a record without the field gets the pipeline's
    assert {c["code"] for c in out[1]["changes"]} >= {"B003"}
    assert (f"warning: {src}:1: the record has its own 'changes': left as it is, "
            "--with-changes does not overwrite a record's field") in r.stderr
    assert r.stderr.count("warning:") == 1


def test_a_wrong_text_key_is_said_once_a_file_with_the_fields_it_has(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "k.jsonl", [{"link": f"https://example.org/{i}", "body": article(2),
                                         "words": 120} for i in range(40)])
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.exit_code == 2
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert errors == [
        f"error: {src}:1: no string field 'text'; its string fields: link, body "
        "(--text-key names the field to clean), line skipped",
        f"error: {src}: 39 more records skipped for the same reason (lines 2, 3, 4, 5, 6, 7, "
        "8, 9, 10, 11, …)"]
    # every record still counts as an error, for the summary and the report
    assert r.stderr.splitlines()[-1].endswith(", 40 errors (40 JSONL lines skipped)")


def test_a_text_field_of_another_type_is_not_a_missing_field(tmp_path: Path) -> None:
    """`{"body": 12345}` with --text-key body: the field is there, it is no
    string — said so, and not folded into "skipped for the same reason" with
    the records that lack the field (review 16 U14)."""
    src = tmp_path / "t.jsonl"
    src.write_text('{"body": 12345}\n{"title": "x"}\n{"body": null}\n{"title": "y"}\n'
                   '{"body": "The council met on Monday."}\n')
    r = run("clean", "--text-key", "body", src, "-o", tmp_path / "out")
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert errors == [
        f"error: {src}:1: field 'body' is a number, not a string, line skipped",
        f"error: {src}:2: no string field 'body'; its string fields: title (--text-key names "
        "the field to clean), line skipped",
        f"error: {src}: 1 more record skipped for the same reason (a text field that is no "
        "string) (line 3)",
        f"error: {src}: 1 more record skipped for the same reason (line 4)"]
    assert r.stderr.splitlines()[-1].endswith(", 4 errors (4 JSONL lines skipped)")


def test_other_bad_lines_are_each_still_named(tmp_path: Path) -> None:
    """Negative: malformed lines are not alike: each gets its own message."""
    src = tmp_path / "b.jsonl"
    src.write_text('{"text": 1}\n{oops\n[1]\n{"text": "The council met on Monday."}\n')
    r = run("clean", src, "-o", tmp_path / "out")
    errors = [l for l in r.stderr.splitlines() if l.startswith("error:")]
    assert errors == [
        f"error: {src}:1: field 'text' is a number, not a string, line skipped",
        f"error: {src}:2: malformed JSON (Expecting property name enclosed in double quotes: "
        "column 2), line skipped",
        f"error: {src}:3: not a JSON object, line skipped"]


def test_a_json_file_is_read_as_jsonl_never_as_prose(tmp_path: Path) -> None:
    """`cleaner clean crawl.json -o out`: a `.json` file holding JSON Lines
    (as many crawlers name them) was cleaned as text — its records came
    out reflowed with a blank line between them, names rewritten inside
    the JSON, exit 0. It is read as JSONL now, as `.jsonl` and `.ndjson`
    are; a `.json` holding one JSON document is said to be one, and text
    named `.json` is refused with the hint to say --format text (negative:
    which then cleans it as text)."""
    src = tmp_path / "crawl.json"
    src.write_text(_records("Talks in Kiev resumed on Monday.", "Share\nKiev said more."))
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    out = [json.loads(l) for l in (tmp_path / "out" / "crawl.json").read_text().splitlines()]
    assert [o["text"] for o in out] == ["Talks in Kyiv resumed on Monday.", "Kyiv said more."]
    doc = tmp_path / "doc.json"
    doc.write_text(json.dumps({"records": [{"id": 1, "text": "Kiev."}]}, indent=2))
    r = run("clean", doc, "-o", tmp_path / "out")
    assert r.exit_code == 2 and f"error: {doc}: one JSON object over several lines" in r.stderr
    assert not (tmp_path / "out" / "doc.json").exists()
    text = tmp_path / "notes.json"
    text.write_text("Talks in Kiev resumed.\nThe minister said so.\nMore to come.\n")
    r = run("clean", text, "-o", tmp_path / "out")
    assert r.exit_code == 2 and "not JSONL: none of its first 3 non-blank lines" in r.stderr
    r = run("clean", "--format", "text", text, "-o", tmp_path / "out")
    assert r.exit_code == 0
    assert (tmp_path / "out" / "notes.json").read_text().startswith("Talks in Kyiv resumed.")
    # --stdin-filename names the format as a file's suffix does
    r = run("clean", "--stdin-filename", "crawl.json", "-", input=src.read_text())
    assert r.exit_code == 0 and [json.loads(l)["id"] for l in r.stdout.splitlines()] == ["d0", "d1"]


def test_a_pretty_printed_array_of_records_is_one_error_not_its_last_record(
        tmp_path: Path) -> None:
    """A JSON array pretty-printed one record a line: every record but the
    last has a trailing comma, so read as JSONL the last came out alone
    ('1 file cleaned') among malformed lines. A lone `[` or `{` line is no
    record: the file is one error saying it is one JSON document, with the
    jq that makes JSONL of it; a one-line array of records says the same of
    its line. Negative: an array of numbers is still `not a JSON object`."""
    src = tmp_path / "a.jsonl"
    src.write_text('[\n {"id": "a", "text": "Kiev."},\n {"id": "b", "text": "Kiev said."}\n]\n')
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.exit_code == 2 and not (tmp_path / "out" / "a.jsonl").exists()
    assert [l for l in r.stderr.splitlines() if l.startswith("error:")] == [
        f"error: {src}: a JSON array, not JSON Lines (one record per line); convert with "
        f"`jq -c '.[]' {src} > {tmp_path / 'a.lines.jsonl'}`"]
    one = tmp_path / "b.jsonl"
    one.write_text('[{"id": "a", "text": "Kiev."}, {"id": "b", "text": "Kiev said."}]\n[1, 2]\n')
    r = run("clean", one, "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert [l for l in r.stderr.splitlines() if l.startswith("error:")] == [
        f"error: {one}:1: a JSON array of 2 records, not one record (JSONL has one a line: "
        "jq -c '.[]' makes it so), line skipped",
        f"error: {one}:2: not a JSON object, line skipped"]


# -- HTML and names from titles ---------------------------------------------------

def test_html_input(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in article(5, chrome=False).split("\n\n")[1:])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_text(
        "<html><head><title>Talks resume in Geneva</title><script>x()</script></head>"
        f"<body><nav><a>Share</a></nav>{body}</body></html>")
    r = run("clean", tmp_path / "in", "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    text = (tmp_path / "out" / "page.txt").read_text()
    assert text.startswith("Talks resume in Geneva\n\nThe ") or \
        text.startswith("Talks resume in Geneva\n\n"), text
    assert "x()" not in text and "<p>" not in text and "Share" not in text
    r = run("clean", "-i", tmp_path / "in" / "page.html")
    assert r.exit_code == 2 and "cannot be cleaned in place" in r.stderr


PAGE = ("<!DOCTYPE html>\n<html><head><title>Talks resume in Geneva</title></head>"
        "<body><p>The minister said on Tuesday that the talks with the delegation "
        "would go on next week.</p></body></html>\n")


def _records(*texts: str) -> str:
    return "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts))


def test_jsonl_on_stdin_is_sniffed() -> None:
    """`jq -c … | cleaner clean | jq`: JSONL on stdin is cleaned record by
    record without --format jsonl, and stays JSONL (review12 U2)."""
    data = _records(article(1), article(2))
    r = run("clean", input=data)
    assert r.exit_code == 0
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["d0", "d1"]
    assert r.stdout == run("clean", "--format", "jsonl", input=data).stdout
    c = run("check", "-", input=data)
    assert c.stdout.splitlines()[0].startswith("-#1:")


def test_jsonl_on_stdin_with_a_bad_line_names_it() -> None:
    """A line that is no record among records: that line is an error (exit
    2), the records are cleaned and the output is still JSONL."""
    data = _records(article(1), article(2)) + "not json\n" + '{"body": "x"}\n'
    r = run("clean", input=data)
    assert r.exit_code == 2
    assert "error: -:3: malformed JSON" in r.stderr
    assert "error: -:4: no string field 'text'" in r.stderr
    assert [json.loads(l)["id"] for l in r.stdout.splitlines()] == ["d0", "d1"]


def test_stdin_that_starts_as_jsonl_but_is_mostly_not_is_refused() -> None:
    """A stream whose first line is a JSON object but most of whose lines
    are not is neither safely JSONL nor text: an error (exit 2) asking for
    --format, nothing on stdout — it was reflowed as prose with exit 0, and
    a `| jq` after it failed (review 16 U11). Given --format, it is read so;
    plain text and plain JSONL need none (negative)."""
    data = '{"a": 1}\n' + article(1)
    for stream in (data, '{"text": "Hello from Kiev."}\nnot json\nnot json\n'):
        r = run("clean", input=stream)
        assert r.exit_code == 2 and r.stdout == ""
        assert ("error: -: its first line is a JSON object, but most of its lines are not "
                "(the first: line 2): is it JSONL or text? Give --format jsonl") in r.stderr
        assert run("check", "-", input=stream).exit_code == 2
    r = run("clean", "--format", "text", input=data)
    assert r.exit_code == 0 and r.stdout.startswith('{"a": 1}')
    r = run("clean", "--format", "jsonl", input=data)
    assert r.exit_code == 2 and "-:2: malformed JSON" in r.stderr
    r = run("clean", input=article(1))
    assert r.exit_code == 0 and "warning" not in r.stderr and "error" not in r.stderr
    assert not r.stdout.startswith("{")


def test_stdin_jsonl_whose_first_record_is_cut_short_is_refused() -> None:
    """A JSONL stream whose first line is broken (a record cut short by
    `tail -c`, a crawler killed mid-write) but whose other lines are records
    was read as text: reflowed, a blank line between the records, none
    cleaned, exit 0 — a `| jq` after it got blank lines and dirty text. Now
    it is neither safely, as the converse case: an error (exit 2), nothing
    on stdout, asking for --format; with --format jsonl the broken line is
    an error and the records are cleaned. Negative: text that merely starts
    with a brace stays text, and a pretty-printed JSON document is still
    said to be one."""
    good = _records(article(1), article(2))
    # cut at its end, cut at its start (`tail -c`: the line opens mid-record)
    for stream in ('{"id": "x", "text": "cut sh\n' + good, "\n\n{oops\n" + good,
                   'ext", "text": "cut"}\n' + good):
        r = run("clean", input=stream)
        assert r.exit_code == 2 and r.stdout == ""
        first = 3 if stream.startswith("\n") else 1
        assert (f"error: -: most of its lines are JSON objects, but its first line "
                f"(line {first}) is not: is it JSONL or text? Give --format jsonl") in r.stderr
        assert run("check", "-", input=stream).exit_code == 2
        r = run("clean", "--format", "jsonl", input=stream)
        assert r.exit_code == 2 and f"-:{first}: malformed JSON" in r.stderr
        assert [json.loads(l)["id"] for l in r.stdout.splitlines()] == ["d0", "d1"]
    # one broken line against one record: half are records, refused too
    assert run("clean", input='{"id": 1, "te\n{"id": 2, "text": "Kiev."}\n').exit_code == 2
    # negative: a brace at the start of prose, and one JSON document
    text = "{Updated} Talks resume in Geneva\n\nThe minister said {so} on Monday.\n"
    r = run("clean", input=text)
    assert r.exit_code == 0 and r.stdout.startswith("{Updated} Talks resume") and not r.stderr
    text = "Talks resume in Geneva\n\n{Updated} The minister said so on Monday.\n"
    r = run("clean", input=text)
    assert r.exit_code == 0 and "{Updated} The minister" in r.stdout and not r.stderr
    r = run("clean", input='{"a": 1,\n "b": 2}\n')
    assert r.exit_code == 2 and "one JSON object over several lines" in r.stderr


def test_html_on_stdin_is_sniffed() -> None:
    r = run("clean", input=PAGE)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("Talks resume in Geneva\n\nThe minister said"), r.stdout
    assert "DOCTYPE" not in r.stdout and "<p>" not in r.stdout
    assert run("clean", "-", input=PAGE).stdout == r.stdout
    assert "<!DOCTYPE html>" in run("clean", "--format", "text", input=PAGE).stdout
    # text that merely mentions tags stays text
    text = "Browsers read the <html> and <body> tags of a page, a reporter wrote.\n"
    assert run("clean", input=text).stdout == text


def test_html_under_an_unknown_suffix_named_explicitly(tmp_path: Path) -> None:
    (tmp_path / "page.php").write_text(PAGE)
    (tmp_path / "notes.txt").write_text(PAGE)   # .txt says text: no sniffing
    r = run("clean", tmp_path / "page.php", tmp_path / "notes.txt", "-o", tmp_path / "out")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out" / "page.txt").read_text().startswith("Talks resume in Geneva\n")
    assert "<!DOCTYPE html>" in (tmp_path / "out" / "notes.txt").read_text()


@pytest.mark.parametrize("text,html", [
    ("<!DOCTYPE html><p>x</p>", True),
    ("\ufeff  <!doctype HTML>", True),
    ('<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="x">', True),
    ("<HEAD><title>t</title>", True),
    ("<body>", True),
    ("<header>Not a page</header>", False),
    ("<p>A fragment</p>", False),
    ("Text with <html> in it", False),
    ("", False),
])
def test_looks_like_html(text: str, html: bool) -> None:
    from cleaner.htmltext import looks_like_html
    assert looks_like_html(text) is html


def test_check_help_says_where_html_positions_point() -> None:
    out = " ".join(run("check", "--help").stdout.split())
    assert "text extracted from the page" in out


def test_language_help_texts_agree() -> None:
    out = " ".join(run("clean", "--help").stdout.split())
    assert "left unchanged and reported" not in out
    assert "by default, cleaned only by the rules that hold in any language" in out
    assert "cleaned by the rules that hold in any language (clean, the default)" in out


def test_name_from_title_with_collisions(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for name, title in [("c.txt", "Kyiv’s talks resume"), ("a.txt", "Kyiv’s talks resume"),
                        ("b.txt", "A different story"), ("d.txt", "Kyiv's talks resume")]:
        (d / name).write_text(article(1, title=title))
    for out in ("out1", "out2"):
        r = run("clean", d, "-o", tmp_path / out, "--name-from-title", "-j", "2")
        assert r.exit_code == 0, r.output
    out = tree(tmp_path / "out1")
    assert sorted(out) == ["a-different-story.txt", "kyivs-talks-resume-2.txt",
                           "kyivs-talks-resume-3.txt", "kyivs-talks-resume.txt"]
    # sorted input order: a.txt, then c.txt, then d.txt
    assert out["kyivs-talks-resume.txt"].startswith("Kyiv’s".encode())
    assert out["kyivs-talks-resume-3.txt"].startswith(b"Kyiv's")
    assert tree(tmp_path / "out2") == out


# -- report ---------------------------------------------------------------------

def test_report(tmp_path: Path, docs: Path) -> None:
    (docs / "fr.txt").write_text(FRENCH)
    (docs / "bad.txt").write_bytes(b"\x00\x01binary")
    rep = tmp_path / "report.json"
    r = run("clean", docs, "-o", tmp_path / "out", "--report", rep)
    assert r.exit_code == 2
    data = json.loads(rep.read_text())
    files = {f["path"]: f for f in data["files"]}
    a = files[str(docs / "a.txt")]
    assert a["output"] == str(tmp_path / "out" / "a.txt") and a["changed"] is True
    assert a["metadata"]["language"] == "en"
    change = next(c for c in a["changes"] if c["code"] == "B003")
    assert set(change) >= {"code", "name", "line", "col", "before", "after", "message"}
    assert change["before"].startswith("Twitter Facebook")
    assert a["counts"]["B003"] == 1
    s = data["summary"]
    assert s["files"] == 5 and s["failed"] == 1
    assert s["by_rule"]["B003"]["changes"] == 2 and s["by_rule"]["B003"]["name"] == "share-bar"
    assert [d["path"] for d in s["reported_documents"]["G001"]] == [str(docs / "fr.txt")]
    assert s["errors"][0]["path"] == str(docs / "bad.txt")
    assert "binary" in s["errors"][0]["error"]
    assert files[str(docs / "bad.txt")]["error"]


def test_report_summary_counts_files_and_records_apart(tmp_path: Path) -> None:
    """A JSONL file with bad lines: 'failed' counted lines, 'changed' files,
    with nothing to say which: now each unit has its key."""
    (tmp_path / "in").mkdir()
    _jsonl(tmp_path / "in" / "r.jsonl", [{"text": article(2)}, {"body": "x"}, {"text": 3},
                                        {"text": article(3)}])
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "in" / "ok.txt").write_text(article(5))
    rep = tmp_path / "report.json"
    r = run("clean", tmp_path / "in", "-o", tmp_path / "out", "--report", rep)
    s = json.loads(rep.read_text())["summary"]
    assert (s["files"], s["documents"], s["changed"]) == (3, 3, 2)
    assert (s["failed"], s["failed_files"], s["failed_records"]) == (3, 1, 2)
    assert r.stderr.splitlines()[-1].endswith(
        ", 3 errors (2 JSONL lines skipped; 1 binary file: --skip-binary skips it)")


def test_report_summary_without_jsonl_errors_keeps_its_figures(tmp_path: Path) -> None:
    """Negative: no JSONL line skipped, no words about them."""
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "ok.txt").write_text(article(5))
    rep = tmp_path / "report.json"
    r = run("clean", tmp_path / "ok.txt", tmp_path / "bin.txt", "-o", tmp_path / "out",
            "--report", rep)
    s = json.loads(rep.read_text())["summary"]
    assert (s["failed"], s["failed_files"], s["failed_records"]) == (1, 1, 0)
    assert r.stderr.splitlines()[-1].endswith(", 1 error (1 binary file: --skip-binary skips it)")


# -- main(argv) and the installed entry point -------------------------------------

def test_main_returns_exit_codes(docs: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["check", str(docs / "clean.txt")]) == 0
    assert main(["check", str(docs / "a.txt")]) == 1
    assert main(["clean", str(docs / "a.txt")]) == 2
    assert main(["explain", "nope"]) == 2
    assert main(["--version"]) == 0
    capsys.readouterr()


def _script() -> list[str]:
    """The installed console script (beside this interpreter, else on PATH)."""
    beside = Path(sys.executable).with_name("cleaner")
    exe = str(beside) if beside.is_file() else shutil.which("cleaner")
    return [exe] if exe else [sys.executable, "-m", "cleaner"]


def test_end_to_end_through_the_console_script(docs: Path, tmp_path: Path) -> None:
    cmd = _script()
    p = subprocess.run([*cmd, "clean", str(docs), "-o", str(tmp_path / "out"), "-j", "2"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert sorted(tree(tmp_path / "out")) == ["a.txt", "clean.txt", "sub/b.text"]
    p = subprocess.run([*cmd, "check", str(tmp_path / "out")], capture_output=True,
                       text=True, timeout=120)
    assert p.returncode == 0, p.stdout + p.stderr
    p = subprocess.run([*cmd, "clean"], input=article(1), capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0 and p.stdout.startswith("Talks resume")


def test_python_dash_m(docs: Path) -> None:
    p = subprocess.run([sys.executable, "-m", "cleaner", "check", str(docs / "a.txt"),
                        str(docs / "nope.txt")], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "Traceback" not in p.stderr
    assert "nope.txt: no such file" in p.stderr and "B003" in p.stdout


def test_skip_binary_skips_with_a_message_and_no_error(tmp_path: Path) -> None:
    """What the pre-commit hooks pass: a binary file named like text is left
    alone with a message; the exit code speaks only of the other files."""
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "dirty.txt").write_text("Kyiv said so.  \n\n\nShare\n", encoding="utf-8")
    strict = run("check", tmp_path / "blob.txt")
    assert strict.exit_code == 2
    # an error, not a skip: the message does not say "skipped"
    assert f"error: {tmp_path / 'blob.txt'}: binary file (NUL bytes)\n" in strict.stderr
    assert "skipped" not in strict.stderr
    res = run("check", "--skip-binary", tmp_path / "blob.txt")
    assert res.exit_code == 0
    assert f"skipped: {tmp_path / 'blob.txt'}: binary file (NUL bytes)\n" in res.stderr
    res = run("clean", "--in-place", "--exit-non-zero-on-fix", "--skip-binary",
              tmp_path / "blob.txt", tmp_path / "dirty.txt")
    assert res.exit_code == 1
    assert (tmp_path / "blob.txt").read_bytes() == b"\x00\x01\x02binary"
    assert (tmp_path / "dirty.txt").read_text(encoding="utf-8") == "Kyiv said so.\n"


def test_clean_summary_counts_only_the_files_cleaned(tmp_path: Path) -> None:
    """Failed and skipped inputs are not "cleaned"."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "b.txt").write_text(article(2, chrome=False))
    (d / "blob.txt").write_bytes(b"\x00\x01binary")
    (d / "koi8.txt").write_bytes("Министр заявил в понедельник".encode("koi8_r"))
    r = run("clean", d, "-o", tmp_path / "out")
    assert r.exit_code == 2
    assert r.stderr.splitlines()[-1].startswith("1 file cleaned, 1 left unchanged, ")
    assert r.stderr.splitlines()[-1].endswith(
        ", 2 errors (1 binary file: --skip-binary skips it)")
    (d / "koi8.txt").unlink()
    r = run("clean", d, "-i", "--skip-binary")
    assert r.exit_code == 0
    assert r.stderr.splitlines()[-1].startswith("1 file cleaned, 1 left unchanged, ")
    assert r.stderr.splitlines()[-1].endswith(", 1 skipped (1 binary file)")
    r = run("clean", d, "-i")
    assert r.exit_code == 2
    assert re.match(r"2 files left unchanged, (.*, )?1 error \(1 binary file: --skip-binary "
                    r"skips it\)$", r.stderr.splitlines()[-1])


def test_python_api_exit_codes_agree_with_the_command_line(docs: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    from cleaner.batch import check_paths, clean_paths

    cleaned = tmp_path / "c.txt"
    run("clean", SEEDS[2], "-o", tmp_path / "o")
    cleaned.write_bytes((tmp_path / "o" / SEEDS[2].name).read_bytes())   # reports only
    (tmp_path / "bin.txt").write_bytes(b"\x00binary")
    cases = [([docs / "clean.txt"], {}), ([docs / "a.txt"], {}), ([docs], {}),
             ([cleaned], {}), ([cleaned], {"strict": True}),
             ([docs / "clean.txt", tmp_path / "bin.txt"], {}),
             ([tmp_path / "bin.txt"], {"skip_binary": True})]
    codes = []
    for paths, kw in cases:
        flags = [f"--{k.replace('_', '-')}" for k in kw]
        cli_code = main(["check", *flags, *map(str, paths)])
        assert check_paths([str(p) for p in paths], **kw).exit_code == cli_code, (paths, kw)
        codes.append(cli_code)
    assert codes == [0, 1, 1, 0, 1, 2, 0]
    # clean: 0, or 1 with --exit-non-zero-on-fix when a file changed
    modes = [((), {}, 0), (("--exit-non-zero-on-fix",), {"exit_non_zero_on_fix": True}, 1)]
    for n, (flags, kw, code) in enumerate(modes):
        assert main(["clean", *flags, str(docs), "-o", str(tmp_path / f"cli{n}")]) == code
        assert clean_paths([str(docs)], out=tmp_path / f"api{n}", **kw).exit_code == code
    for n in range(2):   # in place: the second run has nothing left to fix
        (tmp_path / f"ip{n}").mkdir()
        for f in ("a.txt", "clean.txt"):
            shutil.copy(docs / f, tmp_path / f"ip{n}" / f)
    assert [main(["clean", "-i", "--exit-non-zero-on-fix", str(tmp_path / "ip0")])
            for _ in range(2)] == [1, 0]
    assert [clean_paths([str(tmp_path / "ip1")], in_place=True,
                        exit_non_zero_on_fix=True).exit_code for _ in range(2)] == [1, 0]
    capsys.readouterr()


def test_output_dash_writes_to_stdout(tmp_path: Path) -> None:
    """-o - writes every output to stdout, one after another, and makes no
    directory called '-'."""
    a = tmp_path / "a.txt"
    a.write_text("Kiev said it.\nShare\n", encoding="utf-8")
    j = tmp_path / "b.jsonl"
    j.write_text('{"id": "x", "text": "Kiev."}\n', encoding="utf-8")
    r = run("clean", a, j, "-o", "-", "-q")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.startswith("Kyiv said it.\n{")
    assert json.loads(r.stdout.splitlines()[1])["text"] == "Kyiv."
    assert not (tmp_path / "-").exists()
    assert a.read_text(encoding="utf-8") == "Kiev said it.\nShare\n"
    assert run("clean", a, "-o", "-", "--name-from-title").exit_code == 2
    assert run("clean", a, "-o", "-", "--in-place").exit_code == 2
    assert a.read_text(encoding="utf-8") == "Kiev said it.\nShare\n"


def test_check_summary_counts_only_the_files_checked(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Kyiv said it.\n", encoding="utf-8")
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01binary")
    r = run("check", good, binary, "--skip-binary")
    assert r.exit_code == 0
    assert r.stdout.splitlines()[-1] == ("no findings in 1 file (none would be changed); 1 skipped "
                                         "(1 binary file)")
    r = run("check", good, binary)
    assert r.exit_code == 2
    assert r.stdout.splitlines()[-1] == ("no findings in 1 file (none would be changed); 1 error "
                                         "(1 binary file: --skip-binary skips it)")


# -- what -v and the summary say; --in-place and HTML, stdin; JSONL blank lines -------

def _mixed(d: Path) -> Path:
    """d/: a dirty article, a page, and a JSONL file of two records."""
    d.mkdir()
    (d / "a.txt").write_text(article(1))
    (d / "page.html").write_text(PAGE)
    (d / "c.jsonl").write_text("".join(json.dumps({"id": f"r{i}", "text": article(i)}) + "\n"
                                       for i in (2, 3)))
    return d


def test_in_place_says_it_skips_the_html_of_a_directory(tmp_path: Path) -> None:
    """An HTML page is not rewritten in place (its output is text): found in
    a directory, it is skipped — counted in the summary, named with -v."""
    d = _mixed(tmp_path / "in")
    page = (d / "page.html").read_bytes()
    r = run("clean", "--in-place", "-v", d)
    assert r.exit_code == 0, r.stderr
    assert (f"skipped: {d / 'page.html'}: an HTML file cannot be cleaned in place (the "
            "output is text); use -o DIR") in r.stderr.splitlines()
    assert r.stderr.splitlines()[-1].startswith("2 files cleaned, ")
    assert "left unchanged" not in r.stderr.splitlines()[-1]
    assert r.stderr.splitlines()[-1].endswith(
        ", 1 skipped (1 HTML, not cleaned in place: use -o DIR)")
    assert (d / "page.html").read_bytes() == page
    assert f"Fixing {d / 'a.txt'}" in r.stderr and f"Fixing {d / 'c.jsonl'}" in r.stderr
    # without -v: no line for it, but the summary still counts it
    r = run("clean", "--in-place", d)
    assert r.exit_code == 0 and "skipped:" not in r.stderr
    assert r.stderr.splitlines()[-1].endswith(", 1 skipped (1 HTML, not cleaned in place: "
                                              "use -o DIR)")
    assert (d / "page.html").read_bytes() == page
    # named on the command line, it is an error, as it was
    r = run("clean", "--in-place", d / "page.html")
    assert r.exit_code == 2 and "cannot be cleaned in place" in r.stderr
    assert (d / "page.html").read_bytes() == page


def test_html_is_not_skipped_where_it_can_be_cleaned(tmp_path: Path) -> None:
    d = _mixed(tmp_path / "in")
    r = run("clean", "-v", d, "-o", tmp_path / "out")
    assert r.exit_code == 0, r.stderr
    assert not [l for l in r.stderr.splitlines() if l.startswith("skipped:")]
    # the page is not "left unchanged": its text was extracted and written
    assert r.stderr.splitlines()[-1].startswith("2 files cleaned, 1 HTML file extracted to "
                                                "text")
    assert "skipped" not in r.stderr.splitlines()[-1]
    assert (tmp_path / "out" / "page.txt").read_text().startswith("Talks resume in Geneva")
    (d / "page.html").unlink()
    r = run("clean", "--in-place", d)
    assert r.exit_code == 0 and "skipped" not in r.stderr.splitlines()[-1]


_CLEAN_PAGE = ("<!DOCTYPE html><html><head><title>Council approves the new ferry route"
               "</title></head><body><p>The city council approved the new ferry route on "
               "Monday after a long debate about its cost.</p></body></html>\n")
#: the same page with a share bar, which cleaning removes
_DIRTY_PAGE = _CLEAN_PAGE.replace("<body>", "<body><p>Share</p><p>Twitter Facebook Reddit "
                                  "Pinterest Email</p>")


def test_an_html_page_is_said_to_be_extracted_not_left_unchanged(tmp_path: Path) -> None:
    """clean -o writes an HTML page's text as .txt even when cleaning does
    not change that text: the summary says it was extracted (never "left
    unchanged"), -v says so, and the report has "extracted" and "written";
    with text to clean, "extracted to text and cleaned"."""
    page = tmp_path / "page.html"
    page.write_text(_CLEAN_PAGE)
    out = tmp_path / "out"
    report = tmp_path / "r.json"
    r = run("clean", page, "-o", out, "-v", "--report", report)
    assert r.exit_code == 0, r.stderr
    assert (out / "page.txt").read_text().startswith("Council approves the new ferry route\n")
    assert f"cleaned {page} -> {out / 'page.txt'} (HTML extracted to text, 0 changes)" \
        in r.stderr.splitlines()
    assert r.stderr.splitlines()[-1] == "1 HTML file extracted to text"
    data = json.loads(report.read_text())
    entry = data["files"][0]
    assert entry["extracted"] is True and entry["written"] is True and entry["changed"] is False
    assert data["summary"]["extracted"] == 1 and data["summary"]["written"] == 1
    # run again: the output already holds those bytes, and the report says so
    r = run("clean", page, "-o", out, "--report", report)
    assert r.stderr.splitlines()[-1] == "1 HTML file extracted to text"
    data = json.loads(report.read_text())
    assert data["files"][0]["written"] is False and data["summary"]["written"] == 0
    # a page whose text cleaning changes, beside a clean text file
    (tmp_path / "dirty.html").write_text(_DIRTY_PAGE)
    (tmp_path / "a.txt").write_text(article(3, chrome=False))
    r = run("clean", page, tmp_path / "dirty.html", tmp_path / "a.txt", "-o", tmp_path / "o2")
    assert r.exit_code == 0, r.stderr
    assert r.stderr.splitlines()[-1].startswith(
        "1 file left unchanged, 2 HTML files extracted to text (1 of them cleaned), ")
    r = run("clean", tmp_path / "dirty.html", "-o", tmp_path / "o3")
    assert r.stderr.splitlines()[-1].startswith("1 HTML file extracted to text and cleaned, ")


def test_check_and_diff_say_an_html_page_is_checked_by_its_text(tmp_path: Path) -> None:
    """check, clean --check and --diff of an HTML page judge the text
    extracted from it (what clean -o writes): the summary and the diff say
    so; a page whose text is clean passes (exit 0), one whose text would
    change fails --check (exit 1), as before."""
    page = tmp_path / "page.html"
    page.write_text(_CLEAN_PAGE)
    for args in (("check",), ("clean", "--check")):
        r = run(*args, page)
        assert r.exit_code == 0, r.output
        assert r.stdout.splitlines()[-1] == ("no findings in 1 file (none would be changed); 1 HTML "
                                             "file checked as the text extracted from it")
    dirty = tmp_path / "dirty.html"
    dirty.write_text(_DIRTY_PAGE)
    r = run("clean", "--check", dirty)
    assert r.exit_code == 1
    assert "; 1 HTML file checked as the text extracted from it" in r.stdout
    r = run("clean", "--diff", dirty)
    assert r.exit_code == 1
    assert f"# {dirty}: HTML: the diff is of the text extracted from it, which clean -o " \
        "writes as .txt" in r.stdout.splitlines()
    # negative: a text file's check and diff say nothing of HTML
    (tmp_path / "a.txt").write_text(article(1))
    r = run("clean", "--diff", tmp_path / "a.txt")
    assert "HTML" not in r.output
    r = run("check", tmp_path / "a.txt")
    assert "HTML" not in r.output


def test_a_jsonl_file_rewritten_with_the_same_text_is_said_so(tmp_path: Path) -> None:
    """A JSONL file whose texts are clean is still rewritten (metadata added,
    the JSON re-serialised): clean's summary says "rewritten with the same
    text", as check says "with the same text", not "cleaned"; rewritten
    once, it is "left unchanged"."""
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "a", "text": article(3, chrome=False)}) + "\n")
    r = run("check", src)
    assert r.exit_code == 1 and "(1 would be changed, 1 of them with the same text)" in r.stdout
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.stderr.splitlines()[-1] == "1 file rewritten with the same text"
    r = run("clean", "--in-place", src)
    assert r.stderr.splitlines()[-1] == "1 file rewritten with the same text"
    r = run("clean", "--in-place", src)
    assert r.stderr.splitlines()[-1] == "1 file left unchanged"


def test_a_jsonl_file_of_which_no_record_is_cleaned_failed(tmp_path: Path) -> None:
    """A --text-key that no record has (a typo) cleans nothing: the file is
    not "1 file cleaned" (nor "would be changed"), it failed — each line
    named, exit 2; negative: a file with one bad line among good ones is
    still cleaned."""
    src = tmp_path / "pages.jsonl"
    src.write_text("".join(json.dumps({"url": f"u{i}", "content": article(i)}) + "\n"
                           for i in (1, 2)))
    report = tmp_path / "r.json"
    r = run("clean", "--text-key", "contnt", src, "-o", tmp_path / "out", "--report", report)
    assert r.exit_code == 2
    assert f"error: {src}:1: no string field 'contnt'; its string fields: url, content " \
        "(--text-key names the field to clean), line skipped" in r.stderr.splitlines()
    assert r.stderr.splitlines()[-1] == ("no file cleaned, 2 errors "
                                         "(2 JSONL lines skipped)")
    summary = json.loads(report.read_text())["summary"]
    assert summary["failed_files"] == 1 and summary["changed"] == 0
    r = run("check", "--text-key", "contnt", src)
    assert r.exit_code == 2
    assert r.stdout.splitlines()[-1].startswith("no file checked; ")
    src.write_text(src.read_text() + json.dumps({"url": "u3", "body": "x"}) + "\n")
    r = run("clean", "--text-key", "content", src, "-o", tmp_path / "out2")
    assert r.exit_code == 2
    assert re.fullmatch(r"1 file cleaned, \d+ changes, 1 error \(1 JSONL line "
                        r"skipped\)", r.stderr.splitlines()[-1])


def test_verbose_lists_every_file_jsonl_too(tmp_path: Path) -> None:
    d = _mixed(tmp_path / "in")
    out = tmp_path / "out"
    r = run("clean", "-v", d, "-o", out)
    assert r.exit_code == 0, r.stderr
    listed = [l for l in r.stderr.splitlines() if l.startswith("cleaned ")]
    assert [l.split(" -> ")[0] for l in listed] == [
        f"cleaned {d / p}" for p in ("a.txt", "c.jsonl", "page.html")]
    assert re.fullmatch(rf"cleaned {re.escape(str(d / 'c.jsonl'))} -> "
                        rf"{re.escape(str(out / 'c.jsonl'))} \(2 documents, \d+ changes\)",
                        listed[1]), listed
    # a second run writes nothing and still lists them
    r = run("clean", "-v", d, "-o", out)
    assert len([l for l in r.stderr.splitlines() if l.startswith("cleaned ")]) == 3
    # in place: what is rewritten, then (nothing left to do) what is not
    (d / "page.html").unlink()
    r = run("clean", "-v", "--in-place", d)
    assert [l for l in r.stderr.splitlines() if l.startswith("Fixing ")] == [
        f"Fixing {d / 'a.txt'}", f"Fixing {d / 'c.jsonl'}"]
    r = run("clean", "-v", "--in-place", d)
    assert "Fixing" not in r.stderr
    assert [l for l in r.stderr.splitlines() if l.startswith("unchanged ")] == [
        f"unchanged {d / 'a.txt'}", f"unchanged {d / 'c.jsonl'}"]


def test_without_verbose_no_file_is_listed(tmp_path: Path) -> None:
    d = _mixed(tmp_path / "in")
    r = run("clean", d, "-o", tmp_path / "out")
    assert r.exit_code == 0
    assert not [l for l in r.stderr.splitlines() if l.startswith(("cleaned ", "unchanged "))]
    r = run("clean", "-v", "-q", d, "-o", tmp_path / "out2")
    assert r.exit_code == 0 and r.stderr == ""


def test_summary_also_for_one_file_written(tmp_path: Path) -> None:
    """One file into -o DIR or --in-place gets the summary a directory gets."""
    src = tmp_path / "a.txt"
    src.write_text(article(1))
    r = run("clean", src, "-o", tmp_path / "out")
    assert r.exit_code == 0
    assert re.fullmatch(r"1 file cleaned, \d+ changes", r.stderr.strip())
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": article(2)}) + "\n{oops\n")
    r = run("clean", bad, "-o", tmp_path / "out")
    assert r.exit_code == 2
    # the error is a JSONL line, not the file (which is cleaned): said so
    assert re.fullmatch(r"1 file cleaned, \d+ changes, 1 error "
                        r"\(1 JSONL line skipped\)", r.stderr.splitlines()[-1])
    r = run("clean", "--in-place", src)
    assert r.exit_code == 0
    assert re.fullmatch(r"1 file cleaned, \d+ changes",
                        r.stderr.splitlines()[-1]), r.stderr


def test_no_summary_for_a_stdin_filter(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(article(1))
    r = run("clean", input=article(1))
    assert r.exit_code == 0 and r.stderr == "" and r.stdout.startswith("Talks resume")
    r = run("clean", src, "-o", "-")
    assert r.exit_code == 0 and r.stderr == ""
    r = run("clean", "-q", src, "-o", tmp_path / "out")
    assert r.exit_code == 0 and r.stderr == ""


def test_in_place_refuses_stdin(tmp_path: Path) -> None:
    for args in (["--in-place", "-"], ["--in-place"], ["-i", "-", "-q"]):
        r = run("clean", *args, input="Kiev said it.\n")
        assert r.exit_code == 2, args
        assert "error: --in-place needs files, not stdin" in r.stderr
        assert r.stdout == ""
    src = tmp_path / "a.txt"
    src.write_text("Kiev said it.\n")
    r = run("clean", "--in-place", src, "-", input="Kiev said it.\n")
    assert r.exit_code == 2 and src.read_text() == "Kiev said it.\n"


def test_stdin_with_an_output_directory_is_refused(tmp_path: Path) -> None:
    """`clean - -o DIR` sent the text to stdout and ignored -o without a
    word: a usage error now (exit 2), for - and for no PATH alike; -o -
    still means stdout."""
    out = tmp_path / "sd"
    src = tmp_path / "a.txt"
    src.write_text(article(1))
    for args in (["-", "-o", out], ["-o", out], [src, "-", "-o", out]):
        r = run("clean", *args, input=article(2))
        assert r.exit_code == 2, args
        assert f"error: -o {out}: stdin (- or no PATH) has no file name" in r.stderr
        assert r.stdout == "" and not out.exists()
    r = run("clean", "-", "-o", "-", input="Kiev said it.\n")
    assert r.exit_code == 0 and r.stdout == "Kyiv said it.\n"


def test_stdin_without_in_place_still_goes_to_stdout() -> None:
    r = run("clean", "-", input="Kiev said it.\n")
    assert r.exit_code == 0 and r.stdout == "Kyiv said it.\n"


def test_name_from_title_drops_currency_signs(tmp_path: Path) -> None:
    d = tmp_path / "in"
    d.mkdir()
    for name, title in [("a.txt", "£5bn deal agreed by the ministers"),
                        ("b.txt", "€2m fine for the port operator"),
                        ("d.txt", "Kyiv’s talks resume in Geneva")]:
        (d / name).write_text(article(1, title=title))
    r = run("clean", d, "-o", tmp_path / "out", "--name-from-title")
    assert r.exit_code == 0, r.stderr
    assert sorted(tree(tmp_path / "out")) == [
        "2m-fine-for-the-port-operator.txt", "5bn-deal-agreed-by-the-ministers.txt",
        "kyivs-talks-resume-in-geneva.txt"]


@pytest.mark.parametrize("title, slug", [
    ("£5bn deal", "5bn-deal"), ("$5bn deal", "5bn-deal"), ("€5bn deal", "5bn-deal"),
    ("¥5bn deal", "5bn-deal"), ("Price of 5£", "price-of-5"),
    ("Café © 2024", "cafe-2024"), ("30°C heatwave", "30c-heatwave"),
    ("£", ""),    # nothing left: the output keeps the input's name
])
def test_title_slug_has_no_transliterated_symbols(title: str, slug: str) -> None:
    from cleaner.batch import title_slug
    assert title_slug(title) == slug


@pytest.mark.parametrize("title, slug", [
    ("Kyiv’s talks resume", "kyivs-talks-resume"),
    ("Zürich: Straße gesperrt", "zurich-strasse-gesperrt"),
    ("G7 leaders meet in Rome", "g7-leaders-meet-in-rome"),
    ("Пожар в Москве", "pozhar-v-moskve"),
    ("Ali’s “big” win — again…", "alis-big-win-again"),
])
def test_title_slug_keeps_the_words(title: str, slug: str) -> None:
    from cleaner.batch import title_slug
    assert title_slug(title) == slug


def _blank_jsonl(tmp_path: Path) -> tuple[Path, bytes]:
    """A JSONL file whose records are clean, with a blank line and a line of
    spaces between them; one record's text has a blank line of its own."""
    records = [{"id": "a", "text": CLEAN_SENTENCE + "\nA second paragraph.\n",
                "metadata": {"language": "en"}},
               {"id": "b", "text": CLEAN_SENTENCE, "metadata": {"language": "en"}}]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    src = tmp_path / "a.jsonl"
    data = (lines[0] + "\n\n   \n" + lines[1] + "\n").encode()
    src.write_bytes(data)
    return src, (lines[0] + "\n" + lines[1] + "\n").encode()


def test_jsonl_blank_lines_are_dropped_by_clean_in_place_and_check_alike(
        tmp_path: Path) -> None:
    src, without = _blank_jsonl(tmp_path)
    before = src.read_bytes()
    why = "2 blank lines would be removed (lines 2, 3)"
    r = run("check", src)
    assert r.exit_code == 1
    assert r.stdout.splitlines() == [
        f"{src}: {why}",
        "no findings in 1 file (1 would be changed, 1 of them with the same text)"]
    r = run("check", "--diff", src)
    assert r.exit_code == 1 and r.stdout == f"# {src}: {why}\n"
    report = tmp_path / "r.json"
    assert run("check", src, "--report", report).exit_code == 1
    entry = json.loads(report.read_text())["files"][0]
    assert entry["changed"] and entry["rewrites"] == [why]
    assert [d["line"] for d in entry["documents"]] == [1, 4]
    assert src.read_bytes() == before
    # clean -o, -o - and --in-place write the same: no blank line
    assert run("clean", src, "-o", tmp_path / "out").exit_code == 0
    assert (tmp_path / "out" / "a.jsonl").read_bytes() == without
    assert run("clean", src, "-o", "-").stdout_bytes == without
    r = run("clean", "--in-place", src)
    assert r.exit_code == 0 and f"Fixing {src}" in r.stderr
    assert src.read_bytes() == without
    r = run("check", src)
    assert r.exit_code == 0 and r.stdout == "no findings in 1 file (none would be changed)\n"


def test_jsonl_without_blank_lines_is_left_alone(tmp_path: Path) -> None:
    """The blank line inside a record's text is the text's, and a file without
    blank lines between its records is not rewritten."""
    src, without = _blank_jsonl(tmp_path)
    src.write_bytes(without)
    ino = src.stat().st_ino
    r = run("check", src)
    assert r.exit_code == 0 and "blank" not in r.stdout
    r = run("clean", "--in-place", src)
    assert r.exit_code == 0 and "Fixing" not in r.stderr
    assert src.read_bytes() == without and src.stat().st_ino == ino
    assert json.loads(without.splitlines()[0])["text"].count("\n\n") == 1


def test_stdin_given_twice_is_refused(tmp_path: Path) -> None:
    """stdin can be read once: `- -` would clean it, then an empty document,
    and count two files; both commands refuse it as a usage error."""
    for command in ("clean", "check"):
        r = run(command, "-", "-", input="Kiev said it.\n")
        assert r.exit_code == 2, (command, r.output)
        assert "error: stdin (-) given more than once" in r.stderr
        assert "Usage:" in r.stderr and f"{command} [OPTIONS]" in r.stderr
        assert r.stdout == ""


def test_stdin_once_among_files_is_cleaned(tmp_path: Path) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a", "text": "Kiev said it.\\n"}\n')
    r = run("clean", src, "-", "-o", "-", input="Kiev said it.\n")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.endswith("}\nKyiv said it.\n")
    assert "2 files cleaned" in r.stderr


def test_several_texts_to_stdout_are_refused(tmp_path: Path) -> None:
    """`clean a.txt b.txt -o -` printed `one.\ntwo.\n`, which cannot be
    split again: refused (exit 2) before any work (review 16 U15). One
    text, or JSONL files with at most one text, still go to stdout."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Kiev said it.\n")
    r = run("clean", tmp_path / "a.txt", tmp_path / "b.txt", "-o", "-")
    assert r.exit_code == 2 and r.stdout == ""
    assert "error: -o -: 2 texts (" in r.stderr and "would run together on stdout" in r.stderr
    r = run("clean", tmp_path / "a.txt", "-", "-o", "-", input="Kiev said it.\n")
    assert r.exit_code == 2
    assert run("clean", tmp_path / "a.txt", "-o", "-").stdout == "Kyiv said it.\n"


def test_with_changes_on_text_outputs_is_said(tmp_path: Path) -> None:
    """--with-changes shapes JSONL records; on text outputs it did nothing
    without a word (review 16 U15): a warning says where the changes are."""
    (tmp_path / "a.txt").write_text(article(1))
    r = run("clean", "--with-changes", tmp_path / "a.txt", "-o", tmp_path / "o")
    assert r.exit_code == 0
    assert "warning: --with-changes adds the changes to JSONL records only" in r.stderr
    (tmp_path / "r.jsonl").write_text(json.dumps({"text": article(1)}) + "\n")
    r = run("clean", "--with-changes", tmp_path / "r.jsonl", "-o", tmp_path / "o")
    assert "warning" not in r.stderr     # negative: JSONL takes them


def test_in_place_jsonl_left_as_it_was_claims_no_changes(tmp_path: Path) -> None:
    """A JSONL file that --in-place leaves as it was (it has a bad line) is
    not counted as changed, its changes are not counted as made, and the
    report says changed: false (review12 U3)."""
    d = tmp_path / "d"
    d.mkdir()
    f = d / "c.jsonl"
    f.write_text(_records(article(1), article(2)) + "not json\n")
    before = f.read_bytes()
    rep = tmp_path / "rep.json"
    r = run("clean", "--in-place", d, "--report", rep)
    assert r.exit_code == 2 and f.read_bytes() == before
    assert re.search(r"note: \S+c.jsonl left as it was: it has lines that cannot be cleaned "
                     r"\(\d+ changes not applied\)", r.stderr)
    assert re.search(r", \d+ changes not applied, ", r.stderr.splitlines()[-1])
    report = json.loads(rep.read_text())
    assert report["files"][0]["changed"] is False
    s = report["summary"]
    assert (s["changed"], s["changes"], s["failed_files"]) == (0, 0, 1)
    assert s["unapplied_changes"] > 0 and s["by_rule"] == {}


def test_in_place_jsonl_without_bad_lines_counts_its_changes(tmp_path: Path) -> None:
    """Negative: a JSONL file --in-place rewrites counts as changed, its
    changes as made."""
    d = tmp_path / "d"
    d.mkdir()
    (d / "c.jsonl").write_text(_records(article(1), article(2)))
    rep = tmp_path / "rep.json"
    r = run("clean", "--in-place", d, "--report", rep)
    assert r.exit_code == 0
    s = json.loads(rep.read_text())["summary"]
    assert s["changed"] == 1 and s["changes"] > 0 and s["unapplied_changes"] == 0
    assert "not applied" not in r.stderr


def test_check_without_a_path_checks_the_current_directory(tmp_path: Path) -> None:
    """As `ruff check`: no PATH is `.`, not an empty stdin that passes
    (review12 U4: `cleaner check < /dev/null` in CI said 0 findings, exit 0)."""
    (tmp_path / "a.txt").write_text(article(1))
    r = run("check", input="")
    assert r.exit_code == 1
    assert r.stdout.splitlines()[0].startswith("a.txt:")
    assert "in 1 file (1 would be changed)" in r.stdout
    (tmp_path / "a.txt").write_text(run("clean", "-", input=article(1)).stdout)
    assert run("check", input="").exit_code == 0


def test_check_without_a_path_warns_that_piped_input_is_not_read(tmp_path: Path) -> None:
    """Input piped to `check` with no PATH is not read: a warning says so;
    `check -` reads it (negative: no warning, stdin checked)."""
    (tmp_path / "a.txt").write_text(run("clean", "-", input=article(1)).stdout)
    cmd = [sys.executable, "-m", "cleaner", "check"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    r = subprocess.run(cmd, input=article(2), capture_output=True, text=True, cwd=tmp_path,
                       env=env, timeout=120)
    assert r.returncode == 0
    assert "warning: no PATH given: checking the current directory, not stdin" in r.stderr
    r = subprocess.run([*cmd, "-"], input=article(2), capture_output=True, text=True,
                       cwd=tmp_path, env=env, timeout=120)
    assert r.returncode == 1 and "warning" not in r.stderr
    assert r.stdout.startswith("-:")


_QUOTED = ("Talks resume in the capital\n\n"
           "Officials met in Kiev on Monday to discuss the new ferry route across the river.\n\n"
           "\u201cKiev will stand,\u201d the mayor said after the meeting with the ministers.\n")


def test_check_marks_unsafe_fixes_and_counts_them(tmp_path: Path) -> None:
    """The default applies unsafe fixes (a name inside a quotation: the
    policy spells a name one way), so check marks them and the summaries
    count them, as ruff counts its hidden ones (review12 U6)."""
    f = tmp_path / "q.txt"
    f.write_text(_QUOTED)
    r = run("check", f)
    lines = [l for l in r.stdout.splitlines() if " N001 " in l]
    assert len(lines) == 2
    assert lines[0].endswith("(registry)") and lines[1].endswith("(registry) (unsafe fix)")
    assert r.stdout.splitlines()[-1].endswith(
        "; 1 unsafe fix would be applied (--no-unsafe-fixes reports such fixes instead)"
        "; 2 fixable with `cleaner check --fix`")
    r = run("clean", f, "-o", tmp_path / "out")
    assert "(1 unsafe: --no-unsafe-fixes reports such fixes instead)" in r.stderr
    assert "\u201cKyiv will stand" in (tmp_path / "out" / "q.txt").read_text()


def test_the_changes_not_applied_and_the_unsafe_ones_share_one_parenthesis(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch with changes not applied (a file it may not write) and unsafe
    ones said `19 changes (13 not applied) (1 unsafe: …)`, two parentheses
    in a row, the second reading as a remark on the first, and the first as
    13 of the 19, when the 19 are those made and the 13 come besides: one
    parenthesis, its notes apart by `;`, `13 more not applied`. Negative:
    the unapplied alone keep a parenthesis of their own."""
    import cleaner.io

    (tmp_path / "q.txt").write_text(_QUOTED)
    ro = tmp_path / "ro.txt"
    ro.write_text(article(1))
    ro.chmod(0o444)
    real_access = os.access
    monkeypatch.setattr(cleaner.io.os, "access", lambda path, mode, **kw: (
        False if str(path) == str(ro) and mode & os.W_OK else real_access(path, mode, **kw)))
    r = run("clean", "--in-place", tmp_path)
    assert r.exit_code == 2
    assert re.search(r"1 file cleaned, 2 changes \(2 more not applied; 1 unsafe: "
                     r"--no-unsafe-fixes reports such fixes instead\), ", r.stderr), r.stderr
    assert ") (" not in r.stderr.splitlines()[-1]
    # negative: the unapplied alone
    (tmp_path / "q.txt").unlink()
    r = run("clean", "--in-place", tmp_path)
    assert re.search(r", 2 changes not applied, ", r.stderr), r.stderr


def test_no_unsafe_fixes_leaves_nothing_to_mark(tmp_path: Path) -> None:
    """Negative: with --no-unsafe-fixes the quoted name is reported, not
    fixed; no '(unsafe fix)' mark, no unsafe count."""
    f = tmp_path / "q.txt"
    f.write_text(_QUOTED)
    r = run("check", f, "--no-unsafe-fixes")
    assert "(unsafe fix not applied)" in r.stdout
    assert "(unsafe fix)\n" not in r.stdout and "unsafe fix would be applied" not in r.stdout
    r = run("clean", f, "-o", tmp_path / "out", "--no-unsafe-fixes")
    # (the command the summary gives to list the reports repeats the flag)
    assert "unsafe:" not in r.stderr and "unsafe fix" not in r.stderr
    assert "\u201cKiev will stand" in (tmp_path / "out" / "q.txt").read_text()


def test_a_decoding_warning_is_a_warning_with_and_without_verbose(tmp_path: Path) -> None:
    """-v adds notes; it does not turn the cp1252 warning into one
    (review12 U8)."""
    f = tmp_path / "cp.txt"
    f.write_bytes(article(7).replace("The minister", "The caf\xe9\u2019s minister")
                  .encode("cp1252"))
    e = tmp_path / "empty.txt"
    e.write_bytes(b"")
    for extra in ((), ("-v",)):
        r = run("clean", f, e, "-o", tmp_path / "out", *extra)
        assert f"warning: {f}: not valid UTF-8; decoded as cp1252; written as UTF-8" \
            in r.stderr.splitlines()
        assert f"note: {f}: not valid UTF-8; decoded as cp1252" not in r.stderr
        # negative: the other notes stay notes, shown with -v only
        assert (f"note: {e}: empty input, empty output" in r.stderr) == bool(extra)


def test_verbose_notes_an_empty_jsonl_file(tmp_path: Path) -> None:
    """-v says a JSONL file has no records (empty, or blank lines only), as
    it says an empty text file gives an empty output; negative: not without
    -v, and not of a file with records."""
    e, b = tmp_path / "e.jsonl", tmp_path / "b.jsonl"
    e.write_bytes(b"")
    b.write_text("\n\n" + json.dumps({"text": article(1)}) + "\n")
    r = run("clean", e, b, "-o", tmp_path / "out", "-v")
    assert r.exit_code == 0
    assert f"note: {e}: no JSONL records (empty, or blank lines only), empty output" \
        in r.stderr.splitlines()
    assert f"note: {b}:" not in r.stderr
    r = run("clean", e, "-o", tmp_path / "out")
    assert "note:" not in r.stderr


def test_links_left_out_of_a_walk_are_counted_as_skipped(tmp_path: Path) -> None:
    """What -v names 'skipped' the summary and the report count (review12
    U9); a link to a directory is no input and is not counted."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(article(1))
    (d / "link.txt").symlink_to("a.txt")
    (d / "dirlink").symlink_to("sub")
    rep = tmp_path / "rep.json"
    r = run("clean", d, "-o", tmp_path / "out", "--report", rep)
    assert r.exit_code == 0
    # what was skipped is said by kind (review 16 U14)
    assert r.stderr.splitlines()[-1].endswith(", 1 skipped (1 symbolic link a walk leaves out)")
    assert json.loads(rep.read_text())["summary"]["skipped"] == 1
    r = run("check", d)
    assert r.stdout.splitlines()[-1].endswith("(1 would be changed); 1 skipped (1 symbolic "
                                              "link a walk leaves out); 2 fixable "
                                              "with `cleaner check --fix`")


def test_clean_summary_says_cleaned_and_left_unchanged_as_black(tmp_path: Path) -> None:
    """'2 files cleaned, 2 left unchanged', a zero part left out (black:
    '2 files reformatted, 2 files left unchanged'; review12 U12)."""
    d = tmp_path / "in"
    d.mkdir()
    for i in (1, 2):
        (d / f"dirty{i}.txt").write_text(article(i))
        (d / f"clean{i}.txt").write_text(run("clean", "-", input=article(i + 2)).stdout)
    r = run("clean", "--in-place", d)
    assert re.fullmatch(r"2 files cleaned, 2 left unchanged, \d+ changes",
                        r.stderr.splitlines()[-1])
    r = run("clean", "--in-place", d)
    assert re.fullmatch(r"4 files left unchanged", r.stderr.splitlines()[-1])


def test_summary_figures_are_grouped_by_thousands_and_the_cached_are_of_them() -> None:
    """'1,500 files cleaned, 1,501 left unchanged, 2,000 of them from the
    cache, 31,106 changes': every figure grouped as the cache's was (it
    said '1500 files cleaned, …, 2,000 from the cache, 31106 changes',
    which read as 3,500 files). Negative: small figures are as they were."""
    from cleaner.batch import BatchResult
    from cleaner.cli import _clean_summary

    big = BatchResult(files=3001, changed=[f"f{i}" for i in range(1500)],
                      written=[], cached=[f"f{i}" for i in range(2000)],
                      changes_by_rule={"B005": 31106})
    assert _clean_summary(big, in_place=False, out="o") == (
        "1,500 files cleaned, 1,501 left unchanged, 2,000 of them from the cache "
        "(unchanged since the last run), 31,106 changes")
    small = BatchResult(files=3, changed=["a", "b"], changes_by_rule={"B005": 7})
    assert _clean_summary(small, in_place=False, out="o") == (
        "2 files cleaned, 1 left unchanged, 7 changes")
    # the batch's own messages ("note: c.jsonl left as it was: … (4,486
    # changes not applied)") count as the summary does
    from cleaner.batch import _plural
    assert (_plural(4486, "change"), _plural(1, "change")) == ("4,486 changes", "1 change")


def test_check_summary_groups_its_figures_by_thousands(tmp_path: Path) -> None:
    """check's summary over a corpus: '1,001 findings in 1,001 files (1,001
    would be changed)', each figure grouped, as clean's are (it said
    '1001 would be changed' beside '1,001 findings'). Negative: a handful."""
    d = tmp_path / "in"
    d.mkdir()
    for i in range(1001):
        (d / f"a{i:04d}.txt").write_text(f"Kyiv said on day {i} that talks went on.")
    r = run("check", d, "-j", "1")
    assert r.stdout.splitlines()[-1].startswith(
        "1,001 findings in 1,001 files (1,001 would be changed); 1,001 fixable"), r.stdout[-300:]
    r = run("check", d / "a0001.txt", d / "a0002.txt")
    assert r.stdout.splitlines()[-1].startswith("2 findings in 2 files (2 would be changed)")


def test_clean_summary_says_no_nought_and_how_to_list_the_reports(tmp_path: Path) -> None:
    """`clean` said `5 files left unchanged, 0 changes, 6 reports`: clauses
    of nought, and reports counted but neither listed nor said where to see.
    As black, a nought is left out; as ruff's --fix ends with what remains,
    the reports are "left", with the `cleaner check` command that lists
    them: on the output directory with -o (only the reports are there), on
    the same paths in place, carrying the options that shape the findings
    (and not those that do not: -j, --report). Negatives: no reports, no
    such clause; the command given lists exactly them."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "frag.txt").write_text("it went on.\n")     # a report, nothing to fix
    (d / "a.txt").write_text(article(1))
    out = tmp_path / "out"
    r = run("clean", d, "-o", out, "-j", "1", "--language", "en,fr", "--report",
            tmp_path / "r.json")
    assert r.exit_code == 0, r.output
    hint = f"`cleaner check --language en,fr {out}`"
    assert re.fullmatch(rf"1 file cleaned, 1 left unchanged, \d+ changes, 1 report left "
                        rf"\(findings no rule fixes: {re.escape(hint)} lists them\)",
                        r.stderr.splitlines()[-1]), r.stderr
    # the command given lists the reports, and only them
    listed = run("check", "--language", "en,fr", out)
    assert [l for l in listed.stdout.splitlines() if LINE.match(l)] == [
        f"{out / 'frag.txt'}:1:1: F001 paragraph starts in lower case: 'it'"]
    r = run("clean", "--in-place", d / "frag.txt", "--select", "F,L")
    assert r.stderr.splitlines()[-1] == (
        f"1 file left unchanged, 1 report left (findings no rule fixes: "
        f"`cleaner check --select F,L {d / 'frag.txt'}` lists them)")
    # the configuration given is the check's too (the output directory's
    # own would otherwise be looked for)
    r = run("clean", "--in-place", d / "frag.txt", "--isolated")
    assert f"`cleaner check --isolated {d / 'frag.txt'}` lists them" in r.stderr
    assert "0 " not in r.stderr.splitlines()[-1]
    # a pre-commit hook's hundreds of paths are not repeated
    many = [d / f"{i}.txt" for i in range(6)]
    for f in many:
        f.write_text("it went on.\n")
    r = run("clean", "--in-place", *many)
    assert r.stderr.splitlines()[-1].endswith(
        "6 reports left (findings no rule fixes: `cleaner check PATH...` with the same paths "
        "lists them)")
    # stdin: the same input checked lists them among the fixes
    r = run("clean", "-v", input="it went on.\n")
    assert r.stderr.splitlines()[-1].endswith(
        "1 report left (findings no rule fixes: `cleaner check -` lists them, the lines "
        "without [*])")
    # negative: nothing to report, nothing said of reports
    r = run("clean", d / "a.txt", "-o", tmp_path / "o2")
    assert "report" not in r.stderr and re.fullmatch(r"1 file cleaned, \d+ changes",
                                                     r.stderr.strip())


def test_a_file_rewritten_from_windows_1252_to_utf8_is_said_so(tmp_path: Path) -> None:
    """`clean --in-place` rewrote a Windows-1252 file as UTF-8 and said only
    `decoded as cp1252` and `1 rewritten with the same text`. cleaner writes
    UTF-8 (as ruff; black would keep the encoding): the warning says what
    becomes of the file, and the summary counts the files re-encoded.
    Negatives: a UTF-8 file gets neither; the second run nothing."""
    d = tmp_path / "d"
    d.mkdir()
    cp = d / "cp.txt"
    cp.write_bytes(run("clean", "-", input=article(3)).stdout.replace(
        "minister", "caf\u00e9 minister").encode("cp1252"))
    (d / "u.txt").write_text(article(4))
    r = run("clean", d, "-o", tmp_path / "out")
    assert f"warning: {cp}: not valid UTF-8; decoded as cp1252; written as UTF-8" in r.stderr
    assert r.stderr.splitlines()[-1].endswith(", 1 written as UTF-8 (read as cp1252)")
    r = run("check", d)
    assert f"warning: {cp}: not valid UTF-8; decoded as cp1252; clean writes UTF-8" in r.stderr
    assert f"{cp}: would be rewritten as UTF-8 (was cp1252)" in r.stdout
    r = run("clean", "--in-place", d)
    assert r.exit_code == 0, r.output
    assert f"warning: {cp}: not valid UTF-8; decoded as cp1252; rewritten as UTF-8" in r.stderr
    assert r.stderr.splitlines()[-1].endswith(", 1 rewritten as UTF-8 (read as cp1252)")
    assert "caf\u00e9 minister" in cp.read_bytes().decode("utf-8")
    assert "u.txt" not in r.stderr.replace(f"Fixing {d / 'u.txt'}", "")
    r = run("clean", "--in-place", d)
    assert r.stderr.strip() == "2 files left unchanged"


def test_nothing_to_do_is_said(tmp_path: Path) -> None:
    """Every file excluded, or none found: a warning, as ruff and black say
    so, instead of a bare '0 findings in 0 files' (review12 U12)."""
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nexclude = ["drafts"]\n')
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "d.txt").write_text(article(1))
    r = run("check", "--force-exclude", tmp_path / "drafts" / "d.txt")
    assert r.exit_code == 0
    assert "warning: nothing to check: every path given is excluded" in r.stderr
    assert r.stdout.splitlines()[-1] == ("no file checked; 1 skipped "
                                         "(1 excluded)")
    # an excluded directory: no file skipped, but the same words
    r = run("check", "--force-exclude", tmp_path / "drafts")
    assert "warning: nothing to check: every path given is excluded" in r.stderr
    assert r.stdout.splitlines()[-1] == "no file checked"
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.csv").write_text("a,b\n")
    r = run("clean", "--in-place", tmp_path / "empty")
    assert r.exit_code == 0
    assert "warning: nothing to clean: no file found under the given paths" in r.stderr
    assert "-v names what the walk left out" in r.stderr
    r = run("clean", "--in-place", "-v", tmp_path / "empty")   # and -v does
    assert f"skipped: {tmp_path / 'empty' / 'notes.csv'}: not a format a walk takes" in r.stderr
    # negative: a run that did something says nothing of the kind
    r = run("check", tmp_path / "drafts" / "d.txt")
    assert r.exit_code == 1 and "nothing to" not in r.stderr


def test_a_byte_read_as_windows_1252_inside_a_word_is_a_finding(tmp_path: Path) -> None:
    """Each byte read as a Windows-1252 letter inside a word of a UTF-8 file
    gets a U008 finding at its line:col, so that a reviewer finds
    'del\\xffays' from the output (review12 U10)."""
    text = article(7, chrome=False)
    first, second = text.splitlines()[0], text.splitlines()[2]
    data = (first + "\n\n" + "Caf\u00e9 owners said the long del").encode() + b"\xffays" \
        + (" were a problem.\n\n" + second + "\n").encode()
    f = tmp_path / "m.txt"
    f.write_bytes(data)
    r = run("check", f)
    u008 = [l for l in r.stdout.splitlines() if " U008 " in l]
    assert u008 == [f"{f}:3:30: U008 byte 0xFF inside a word read as Windows-1252 '\u00ff' in "
                    "'del\u00ffays': a guess (the file is not valid UTF-8 there); check the word"]
    assert "(reported as U008)" in r.stderr
    assert run("check", f, "--ignore", "U008").stdout.count(" U008 ") == 0
    # negative: valid UTF-8 (its é is one) gets none
    f.write_bytes(data.replace(b"\xff", b""))
    assert " U008 " not in run("check", f).stdout


def test_the_pipelines_own_reports_follow_select_and_ignore(tmp_path: Path) -> None:
    """`--ignore G001` (and Q001) was taken, as a known code, and did
    nothing: a German article in an English corpus failed `check --strict`
    whatever the user ignored, and `--select B0` still listed the Q001 of
    a page cleaned down to nothing. They follow select/ignore now, as rules and U008
    do — per-file-ignores too — and the text is cleaned the same.
    Negative: by default, and with a select that names them, they stay."""
    de = tmp_path / "de.txt"
    de.write_text("Die Regierung in Berlin hat am Montag angekündigt, dass die Steuern "
                  "für kleine Unternehmen im nächsten Jahr gesenkt werden sollen.\n",
                  encoding="utf-8")
    page = tmp_path / "page.txt"   # chrome only: cleaned down to no word
    page.write_text("Share\n\nTwitter Facebook Email\n", encoding="utf-8")
    strict = run("check", "--strict", de)
    assert strict.exit_code == 1 and " G001 " in strict.stdout
    for off in (("--ignore", "G001"), ("--extend-ignore", "G"), ("--select", "B,L")):
        r = run("check", "--strict", de, *off)
        assert r.exit_code == 0 and " G001 " not in r.stdout, off
    assert " Q001 " in run("check", page).stdout
    assert " Q001 " not in run("check", page, "--select", "B0").stdout
    assert " Q001 " not in run("check", page, "--ignore", "Q").stdout
    assert " Q001 " in run("check", page, "--select", "B0,Q").stdout
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.cleaner]\nper-file-ignores = {"de.txt" = ["G001"]}\n')
    assert run("check", "--strict", de, page).stdout.count(" G001 ") == 0
    # the text is cleaned the same: only the report goes
    from cleaner import Pipeline
    assert Pipeline.default(ignore=("G001", "Q001")).run(page.read_text()).text \
        == Pipeline.default().run(page.read_text()).text


# -- check --output-format, --exit-zero ----------------------------------------

def test_output_format_json_is_one_document_of_the_findings(docs: Path) -> None:
    full = run("check", docs)
    r = run("check", docs, "--output-format", "json")
    assert r.exit_code == full.exit_code == 1
    findings = json.loads(r.stdout)
    lines = [l for l in full.stdout.splitlines()[:-1]]
    assert len(findings) == len(lines)
    first = findings[0]
    assert f"{first['filename']}:{first['location']['row']}:{first['location']['column']}: " \
           f"{first['code']} [*] {first['message']}" == lines[0]
    assert first["kind"] == "fix" and first["fix"]["applicability"] == "safe"
    assert full.stdout.splitlines()[-1] in r.stderr   # the summary, on stderr
    # nothing to say: an empty list, still JSON
    clean = docs / "clean.txt"
    assert json.loads(run("check", clean, "--output-format", "json").stdout) == []


def test_output_format_github_annotates_each_finding(docs: Path, tmp_path: Path) -> None:
    r = run("check", docs / "a.txt", "--output-format", "github")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert lines and all(l.startswith(("::error file=", "::warning file=")) for l in lines)
    assert re.match(r"::error file=[^,]+a\.txt,line=\d+,col=\d+,title=cleaner [A-Z]\d{3}::"
                    r"[A-Z]\d{3} ", lines[0])
    # a JSONL record: the annotation is on its line of the file
    j = tmp_path / "c.jsonl"
    j.write_text(json.dumps({"id": "x", "text": article(1)}) + "\n")
    r = run("check", j, "--output-format", "github")
    found = [l for l in r.stdout.splitlines() if "title=cleaner " in l]
    assert found and all(",line=1,title=" in l and "(record text " in l for l in found)
    assert "::error file=" in r.stdout and "record fields would be added" in r.stdout
    assert _gh_escaped("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def _gh_escaped(value: str) -> str:
    from cleaner.cli import _gh
    return _gh(value, prop=True)


def test_output_format_concise_keeps_stdout_to_the_lines(docs: Path) -> None:
    full = run("check", docs)
    r = run("check", docs, "--output-format", "concise")
    assert r.stdout.splitlines() == full.stdout.splitlines()[:-1]
    assert all(LINE.match(l) or ": " in l for l in r.stdout.splitlines())
    assert "findings in 3 files" in r.stderr


def test_output_format_refuses_a_second_thing_on_stdout(docs: Path) -> None:
    """Negative: --diff, --statistics and --report - print on stdout too."""
    for other in (("--diff",), ("--statistics",), ("--report", "-")):
        r = run("check", docs, "--output-format", "json", *other)
        assert r.exit_code == 2 and "both print on stdout" in r.stderr


def test_exit_zero(docs: Path, tmp_path: Path) -> None:
    assert run("check", docs, "--exit-zero").exit_code == 0
    # negative: errors still exit 2
    assert run("check", docs, tmp_path / "missing.txt", "--exit-zero").exit_code == 2


# -- --stdin-filename (as ruff and black) -------------------------------------

def test_stdin_filename_names_findings_and_the_report(tmp_path: Path) -> None:
    rep = tmp_path / "rep.json"
    r = run("check", "--stdin-filename", "docs/a.txt", "-", "--report", rep, input=article(1))
    assert r.exit_code == 1
    findings = [l for l in r.stdout.splitlines() if LINE.match(l)]
    assert findings and all(l.startswith("docs/a.txt:") for l in findings)
    assert [f["path"] for f in json.loads(rep.read_text())["files"]] == ["docs/a.txt"]
    # no PATH: stdin is read (check too: the name asks for it)
    r = run("check", "--stdin-filename", "docs/a.txt", input=article(1))
    assert r.exit_code == 1 and r.stdout.startswith("docs/a.txt:2:1: B002")
    # negative: without the name, stdin is "-"
    assert run("check", "-", input=article(1)).stdout.startswith("-:2:1: B002")


def test_stdin_filename_is_refused_without_stdin_among_the_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article(1))
    for cmd in ("check", "clean"):
        r = run(cmd, "--stdin-filename", "b.txt", tmp_path / "a.txt", input=article(2))
        assert r.exit_code == 2
        assert "error: --stdin-filename b.txt names stdin, and no PATH is -" in r.stderr
    assert (tmp_path / "a.txt").read_text() == article(1)


def test_stdin_filename_finds_the_configuration_and_its_per_file_ignores(
        tmp_path: Path) -> None:
    """The configuration is found from the file stdin stands for (not the
    current directory), and its per-file-ignores match that path."""
    proj = tmp_path / "proj"
    (proj / "archive").mkdir(parents=True)
    (proj / "pyproject.toml").write_text(
        '[tool.cleaner]\nignore = ["B002"]\nper-file-ignores = {"archive/*" = ["B003"]}\n')
    (tmp_path / "elsewhere").mkdir()
    os.chdir(tmp_path / "elsewhere")
    codes = lambda r: {LINE.match(l)["code"] for l in r.stdout.splitlines() if LINE.match(l)}
    r = run("check", "--stdin-filename", "../proj/a.txt", "-", input=article(1))
    assert "B002" not in codes(r) and "B003" in codes(r)
    r = run("check", "--stdin-filename", "../proj/archive/a.txt", "-", input=article(1))
    assert not codes(r) & {"B002", "B003"}
    rep = tmp_path / "rep.json"
    run("clean", "--stdin-filename", "../proj/archive/a.txt", "-", "--report", rep,
        input=article(1))
    assert not set(json.loads(rep.read_text())["summary"]["by_rule"]) & {"B002", "B003"}
    # negative: stdin without a name takes the current directory's (none)
    assert codes(run("check", "-", input=article(1))) >= {"B002", "B003"}


def test_stdin_filename_excluded_with_force_exclude_passes_through(tmp_path: Path) -> None:
    """As ruff: an excluded --stdin-filename with --force-exclude is not
    cleaned; clean writes stdin back unchanged, check passes."""
    (tmp_path / "pyproject.toml").write_text('[tool.cleaner]\nexclude = ["drafts"]\n')
    dirty = article(1).replace("\n", "\r\n").encode() + b"\xef\xbb\xbf"
    r = run("clean", "--stdin-filename", "drafts/a.txt", "--force-exclude", "-", input=dirty)
    assert r.exit_code == 0 and r.stdout_bytes == dirty
    assert "warning" not in r.stderr and "error" not in r.stderr
    r = run("check", "--stdin-filename", "drafts/a.txt", "--force-exclude", input=dirty)
    assert r.exit_code == 0 and not [l for l in r.stdout.splitlines() if LINE.match(l)]
    assert "warning" not in r.stderr
    r = run("clean", "-v", "--stdin-filename", "drafts/a.txt", "--force-exclude", input=dirty)
    assert "skipped: drafts/a.txt: excluded (force-exclude)" in r.stderr
    # negatives: without --force-exclude, or under a name not excluded, it is cleaned
    for args in (("--stdin-filename", "drafts/a.txt"),
                 ("--stdin-filename", "news/a.txt", "--force-exclude")):
        r = run("clean", *args, "-", input=article(1))
        assert r.exit_code == 0 and "Twitter Facebook" not in r.stdout
        assert run("check", *args, "-", input=article(1)).exit_code == 1


def test_stdin_filename_suffix_gives_the_format() -> None:
    rec = json.dumps({"id": "1", "text": article(1)}) + "\n"
    r = run("clean", "--stdin-filename", "c.jsonl", "-", input=rec)
    assert "Twitter Facebook" not in json.loads(r.stdout)["text"]
    r = run("check", "--stdin-filename", "c.jsonl", "-", input=rec)
    assert r.stdout.startswith("c.jsonl#1:")
    page = ("<html><head><title>Ferry route approved</title></head><body><p>"
            + SENTENCES_P + "</p></body></html>")
    r = run("check", "--stdin-filename", "p.html", "-", input=page)
    assert "skipped" not in r.stdout and " in 1 file " in r.stdout
    assert "<p>" not in run("clean", "--stdin-filename", "p.html", "-", input=page).stdout
    # the name decides: a .txt is text, even if it starts like a JSON object
    r = run("clean", "--stdin-filename", "c.txt", "-", input=rec)
    assert "Twitter Facebook" in r.stdout          # one line of text, not a record
    assert "Twitter Facebook" not in run("clean", "-", input=rec).stdout   # sniffed: JSONL
    r = run("clean", "--stdin-filename", "c.txt", "--format", "jsonl", "-", input=rec)
    assert "Twitter Facebook" not in json.loads(r.stdout)["text"]   # --format wins


SENTENCES_P = ("The city council approved the new ferry route on Monday after a long debate. "
               "Residents said the service would cut their journey to work by half an hour.")


def test_stdin_in_html_format_is_checked_not_skipped() -> None:
    """`check --format html -`: stdin was skipped as "HTML found in a
    directory"; it is named by the user, so it is checked."""
    page = f"<html><head><title>T</title></head><body><p>{SENTENCES_P}</p></body></html>"
    r = run("check", "--format", "html", "-", input=page)
    assert "skipped" not in r.stdout and "in 1 file" in r.stdout


# -- clean --check / --diff (as black) ----------------------------------------

def test_clean_check_is_check_and_writes_nothing(docs: Path, tmp_path: Path) -> None:
    before = tree(tmp_path)
    want = run("check", docs)
    r = run("clean", "--check", docs)
    assert (r.exit_code, r.stdout) == (want.exit_code, want.stdout) == (1, want.stdout)
    assert tree(tmp_path) == before
    assert run("clean", "--check", docs / "clean.txt").exit_code == 0
    # no PATH: the current directory, as check
    os.chdir(docs)
    assert run("clean", "--check", input="").stdout == run("check", input="").stdout


def test_clean_diff_is_check_diff_and_fails_when_it_shows_changes(docs: Path,
                                                                   tmp_path: Path) -> None:
    """clean --diff is check --diff, exit code included: 1 when it shows
    changes, as ruff format --diff (black's --diff exits 0), 0 when nothing
    would change, 2 on errors; check --diff --exit-zero only shows."""
    before = tree(tmp_path)
    want = run("check", "--diff", docs)
    r = run("clean", "--diff", docs)
    assert r.stdout == want.stdout and r.stdout.startswith("--- a/")
    assert r.exit_code == want.exit_code == 1
    assert run("clean", "--diff", "--check", docs).exit_code == 1
    assert run("clean", "--diff", "--exit-non-zero-on-fix", docs).exit_code == 1
    # a change a diff of the text cannot show fails it too: its # line shows it
    rec = tmp_path / "rec.jsonl"
    rec.write_text(json.dumps({"id": "a", "text": article(3, chrome=False)}) + "\n")
    r = run("clean", "--diff", rec)
    assert (r.exit_code, r.stdout) == (1, f"# {rec}#1: record fields would be added: metadata\n")
    rec.unlink()
    # only show: check --diff --exit-zero
    r = run("check", "--diff", "--exit-zero", docs)
    assert r.exit_code == 0 and r.stdout == want.stdout
    assert tree(tmp_path) == before
    # negative: nothing to show, exit 0
    for args in (("clean", "--diff"), ("clean", "--diff", "--check")):
        r = run(*args, docs / "clean.txt")
        assert (r.exit_code, r.stdout) == (0, ""), args
    # errors still exit 2, --exit-zero or not
    assert run("clean", "--diff", tmp_path / "missing.txt").exit_code == 2
    assert run("check", "--diff", "--exit-zero", tmp_path / "missing.txt").exit_code == 2
    # clean has no --exit-zero: the message says how to only show the diff
    r = run("clean", "--diff", "--exit-zero", docs)
    assert r.exit_code == 2
    assert ("`cleaner check --diff --exit-zero` only shows them" in r.stderr
            and r.stdout == "")


@pytest.mark.parametrize("flag", ["--check", "--diff"])
@pytest.mark.parametrize("other", [("--in-place",), ("-o", "OUT"), ("-o", "-"),
                                   ("--with-changes",), ("-o", "OUT", "--name-from-title")])
def test_clean_check_and_diff_never_write(docs: Path, tmp_path: Path, flag: str,
                                          other: tuple) -> None:
    """Negative: with -o or --in-place (or what shapes written output)
    given too, --check and --diff are refused (exit 2) and nothing is
    written — never one of them silently ignored."""
    before = tree(tmp_path)
    other = tuple(str(tmp_path / "out") if a == "OUT" else a for a in other)
    r = run("clean", flag, *other, docs)
    assert r.exit_code == 2
    assert f"error: {flag} writes nothing: drop {other[0]}" in r.stderr
    assert r.stdout == ""
    assert tree(tmp_path) == before and not (tmp_path / "out").exists()


# -- fixability ([*], as ruff) -------------------------------------------------

def test_check_marks_fixable_findings_and_counts_them(tmp_path: Path) -> None:
    f = tmp_path / "q.txt"
    f.write_text(_QUOTED.replace("Talks resume in the capital\n",
                                 "Talks resume in the capital\nShare\n"))
    r = run("check", "--no-unsafe-fixes", f)
    lines = [l for l in r.stdout.splitlines() if LINE.match(l)]
    fixes = [l for l in lines if " [*] " in l]
    reports = [l for l in lines if " [*] " not in l]
    assert fixes and all(re.search(r": [A-Z]\d{3} \[\*\] ", l) for l in fixes)
    # the quotation's name is only reported: no mark
    assert reports and all(l.endswith("(unsafe fix not applied)") or " N001 " not in l
                           for l in reports)
    assert any(" N001 " in l for l in reports)
    assert r.stdout.splitlines()[-1].endswith(
        f"; {len(fixes)} fixable with `cleaner check --fix`")
    # concise: the same lines
    assert run("check", "--no-unsafe-fixes", "--output-format", "concise", f).stdout \
        .splitlines() == lines
    # applied by default, the unsafe fix is fixable too
    r = run("check", f)
    n = sum(" [*] " in l for l in r.stdout.splitlines())
    assert n == len(fixes) + 1
    assert r.stdout.splitlines()[-1].endswith(f"; {n} fixable with `cleaner check --fix`")


def test_check_says_nothing_fixable_when_nothing_is(tmp_path: Path) -> None:
    """Negative: a clean file, or one with reports alone, has no [*] and
    no "fixable" in its summary."""
    f = tmp_path / "a.txt"
    f.write_text(run("clean", "-", input=_QUOTED).stdout)
    for args in ((f,), ("--no-unsafe-fixes", f)):
        r = run("check", *args)
        assert "[*]" not in r.stdout and "fixable" not in r.stdout


# -- what a directory walk takes (review 16 U1) --------------------------------

#: files every repository has that are not articles: a walk leaves them out
_PROJECT_FILES = {"LICENSE.txt": "MIT License\n\nCopyright (c) 2024 Someone\n",
                  "requirements.txt": "click>=8.1\npytest\n",
                  "docs/CHANGELOG.txt": "Changes\n\n- fixed a bug\n",
                  "NOTICE": "Notice\n", "README.md": "# My project\n\n```sh\npip install foo\n```\n",
                  "docs/notes.md": "# Notes\n\n| a | b |\n|---|---|\n"}


def _project(root: Path) -> Path:
    for name, text in _PROJECT_FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    (root / "articles").mkdir()
    (root / "articles" / "a.txt").write_text(article(1))
    (root / "articles" / "licensing-deal.txt").write_text(article(2))
    return root


def test_in_place_walk_of_a_project_cleans_articles_only(tmp_path: Path) -> None:
    """`cleaner clean --in-place .` at a project's root, as `ruff check --fix
    .`: the articles are cleaned, the licence, requirements, changelog and
    Markdown are not touched; -v names what the walk left out, and the
    summary counts the files skipped by name."""
    root = _project(tmp_path / "p")
    before = tree(root)
    # check walks the same way: nothing but the articles is read
    r = run("check", root)
    found = {LINE.match(l)["path"] for l in r.stdout.splitlines() if LINE.match(l)}
    assert found == {str(root / "articles" / "a.txt"), str(root / "articles" / "licensing-deal.txt")}
    r = run("clean", "--in-place", "-v", root)
    assert r.exit_code == 0, r.stderr
    after = tree(root)
    assert {n for n in after if after[n] != before[n]} == {"articles/a.txt",
                                                          "articles/licensing-deal.txt"}
    assert f"skipped: {root / 'LICENSE.txt'}: not an article by its name" in r.stderr
    assert f"skipped: {root / 'requirements.txt'}: not an article by its name" in r.stderr
    assert f"skipped: {root / 'docs' / 'notes.md'}: Markdown is not taken" in r.stderr
    assert "3 skipped (3 not articles by name: licence, readme, requirements…)" in r.stderr


def test_non_article_files_are_cleaned_when_named_or_included(tmp_path: Path) -> None:
    """Negative: a file named on the command line is cleaned whatever its
    name (as before), and --include '*.md' takes Markdown from a walk; with
    --force-exclude (the pre-commit hooks) a named licence is skipped."""
    root = _project(tmp_path / "p")
    (root / "articles" / "story.md").write_text(article(3))
    r = run("check", root / "LICENSE.txt")
    assert r.exit_code == 1 and "LICENSE.txt:" in r.stdout
    r = run("check", "--force-exclude", "-v", root / "LICENSE.txt", root / "articles" / "a.txt")
    assert "LICENSE.txt:" not in r.stdout and "a.txt:" in r.stdout
    assert "LICENSE.txt: excluded (force-exclude): not an article by its name" in r.stderr
    r = run("check", "--include", "*.md", root / "articles")
    assert "story.md:" in r.stdout
    r = run("check", "--include", "*.md", root)   # README.md stays out: not an article
    assert "story.md:" in r.stdout and "README.md" not in r.stdout


def test_verbose_names_everything_a_walk_leaves_out_and_why(tmp_path: Path) -> None:
    """-v names every file (and directory) a walk leaves out, with why, in
    the walk's order — hidden, built-in and --exclude exclusions (a directory
    once, not its files), files of no format the walk takes, Markdown, files
    that are not articles by name, links — as black's and ruff's verbose
    modes do; the summary still counts only what it counted (the files a
    walk judged and left out: not articles, links)."""
    d = tmp_path / "d"
    for name in ("a.txt", ".hidden.txt", ".git/objects/x.txt", "__pycache__/m.txt",
                 "drafts/d.txt", "notes.csv", "LICENSE", "README.md", "sub/b.txt"):
        (d / name).parent.mkdir(parents=True, exist_ok=True)
        (d / name).write_text(article(1))
    (d / "alias.txt").symlink_to("a.txt")
    r = run("clean", d, "-o", tmp_path / "out", "-v", "--exclude", "drafts")
    assert r.exit_code == 0, r.stderr
    said = [l for l in r.stderr.splitlines() if l.startswith("skipped: ")]
    assert said == [
        f"skipped: {d / '.git'}: a hidden directory, not walked",
        f"skipped: {d / '.hidden.txt'}: hidden, left out of a walk",
        f"skipped: {d / 'LICENSE'}: not a format a walk takes (*.txt *.text *.html *.htm "
        "*.jsonl *.jsonl.gz; see --include)",
        f"skipped: {d / 'README.md'}: Markdown is not taken from a directory by default (it "
        "is usually documentation): --extend-include '*.md' takes it too, or name the file",
        f"skipped: {d / '__pycache__'}: excluded (built in: __pycache__): not walked",
        f"skipped: {d / 'alias.txt'}: a symbolic link to {d / 'a.txt'}, which is cleaned "
        "under its own name",
        f"skipped: {d / 'drafts'}: excluded by the exclude glob 'drafts': not walked",
        f"skipped: {d / 'notes.csv'}: not a format a walk takes (*.txt *.text *.html *.htm "
        "*.jsonl *.jsonl.gz; see --include)"]
    assert r.stderr.splitlines()[-1].endswith(", 1 skipped (1 symbolic link a walk leaves out)")
    # a file excluded by a glob is named as such; --include's own list is named
    r = run("check", d, "-v", "--exclude", "*.csv", "--include", "*.txt")
    assert f"skipped: {d / 'notes.csv'}: excluded by the exclude glob '*.csv'" in r.stderr
    assert f"skipped: {d / 'LICENSE'}: not a format a walk takes (*.txt; see --include)" \
        in r.stderr
    # negative: without -v, not a line of it, and the same summary
    r = run("clean", d, "-o", tmp_path / "out2", "--exclude", "drafts")
    assert "skipped:" not in r.stderr
    assert r.stderr.splitlines()[-1].endswith(", 1 skipped (1 symbolic link a walk leaves out)")


def test_walk_exclusion_is_the_hooks_exclude() -> None:
    """The CLI's list of non-article names is the pre-commit hooks'
    `exclude:` (one text, kept equal)."""
    import yaml

    from cleaner.defaults import NOT_ARTICLE_PATTERN
    root = Path(__file__).resolve().parents[1]
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())
    squash = lambda p: re.sub(r"\s+", "", p)  # noqa: E731 - verbose regexes
    assert {squash(h["exclude"]) for h in hooks} == {squash(NOT_ARTICLE_PATTERN)}


# -- the output directory inside an input directory (review 16 U4) -------------

def test_output_inside_the_input_holding_inputs_is_refused(tmp_path: Path) -> None:
    """-o corpus/2024 inside corpus/: its file is an input that would never
    be cleaned (the output directory is not read as input): exit 2 before
    any work, naming the file."""
    (tmp_path / "corpus" / "2024").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text(article(1))
    (tmp_path / "corpus" / "2024" / "b.txt").write_text(article(2))
    before = tree(tmp_path)
    r = run("clean", "corpus", "-o", "corpus/2024")
    assert r.exit_code == 2
    assert ("error: -o corpus/2024 is inside the input directory corpus, and holds 1 file the "
            "walk would take as input (corpus/2024/b.txt) that is no output of this run") \
        in r.stderr
    assert tree(tmp_path) == before


def test_output_inside_the_input_is_not_read_as_input(tmp_path: Path) -> None:
    """Negative: `cleaner clean corpus -o corpus/out`, run twice: the
    second run finds only its own outputs there, does not read them as
    input, and says so with -v."""
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(article(1))
    for _ in range(2):
        r = run("clean", "corpus", "-o", "corpus/out", "-v")
        assert r.exit_code == 0, r.stderr
    assert sorted(tree(tmp_path / "corpus")) == ["a.txt", "out/a.txt"]
    assert ("skipped: corpus/out: the output directory, inside the input directory corpus: "
            "not read as input") in r.stderr
    assert "out/a.txt ->" not in r.stderr
    # with --name-from-title the outputs' names are known only as it goes:
    # what else is there gets a warning, not a refusal
    r = run("clean", "corpus", "-o", "corpus/out", "--name-from-title")
    assert r.exit_code == 0
    assert "warning: -o corpus/out is inside the input directory corpus" in r.stderr


# -- check --fix, as ruff (review 16 U7) --------------------------------------

def test_check_fix_is_clean_in_place(tmp_path: Path) -> None:
    """`cleaner check --fix` rewrites what changes, as `clean --in-place`
    does (the same bytes), lists what is left (reports) and exits as ruff:
    0 once fixed, 1 with --exit-non-zero-on-fix when a file changed."""
    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "x.txt").write_text(article(1))
        (tmp_path / d / "ok.txt").write_text(run("clean", "-", input=article(2)).stdout)
    r = run("check", "--fix", tmp_path / "a")
    assert r.exit_code == 0, r.stderr
    assert f"Fixing {tmp_path / 'a' / 'x.txt'}" in r.stdout   # check's stream: see below
    assert "1 file cleaned, 1 left unchanged" in r.stdout
    assert run("clean", "--in-place", tmp_path / "b").exit_code == 0
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
    assert run("check", tmp_path / "a").exit_code == 0
    (tmp_path / "a" / "x.txt").write_text(article(1))
    r = run("check", "--fix", "--exit-non-zero-on-fix", tmp_path / "a")
    assert r.exit_code == 1
    r = run("check", "--fix", "--exit-non-zero-on-fix", tmp_path / "a")
    assert r.exit_code == 0         # nothing left to fix


def _streams_dir(tmp_path: Path) -> Path:
    d = tmp_path / "s"
    d.mkdir()
    (d / "a.txt").write_text(article(1))                  # fixed
    (d / "b.bin.txt").write_bytes(b"\x00\x01binary")       # an error
    (d / "c.txt").write_text("it went on.\n")              # a report left, unchanged
    return d


def _merged(*args: object) -> tuple[int, list[str]]:
    """The lines of stdout and stderr as a terminal shows them, in order."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    p = subprocess.run([sys.executable, "-m", "cleaner", *map(str, args)], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return p.returncode, p.stdout.splitlines()


def test_check_fix_file_lines_and_summary_share_stdout(tmp_path: Path) -> None:
    """`check --fix` said `Fixing PATH` on stderr but the findings left and
    the summary on stdout, so `2>/dev/null` or a pager showed half of each
    file's lines. As ruff check: the lines of each file and the summary on
    stdout; stderr only for errors, warnings and notes (as both ruff and
    black put them)."""
    d = _streams_dir(tmp_path)
    r = run("check", "--fix", "-v", d)
    assert r.exit_code == 2   # the binary file
    out = r.stdout.splitlines()
    assert f"Fixing {d / 'a.txt'}" in out and f"unchanged {d / 'c.txt'}" in out
    assert any(LINE.match(l) and l.startswith(f"{d / 'c.txt'}:") for l in out)
    assert out[-1].startswith("1 file cleaned, 1 left unchanged")
    # negative: stderr has the error and notes, no file's status nor summary
    assert f"error: {d / 'b.bin.txt'}" in r.stderr
    assert "Fixing" not in r.stderr and "unchanged" not in r.stderr
    assert "cleaned" not in r.stderr
    # in order where both streams meet (a terminal, a CI log)
    (d / "a.txt").write_text(article(1))
    rc, lines = _merged("check", "--fix", d)
    assert rc == 2
    said = [l for l in lines if not l.startswith(str(d / "c.txt"))]
    assert said[:2] == [f"Fixing {d / 'a.txt'}", f"error: {d / 'b.bin.txt'}: binary file "
                        "(NUL bytes)"] and said[-1].startswith("1 file cleaned")


def test_check_fix_status_lines_keep_off_a_machine_stdout(tmp_path: Path) -> None:
    """Negative: where stdout is one JSON document (or concise lines, or -q,
    -s), `Fixing PATH` is not written there: with the summary on stderr, or
    not at all."""
    d = _streams_dir(tmp_path)
    r = run("check", "--fix", "--output-format", "json", d)
    assert isinstance(json.loads(r.stdout), list)
    assert f"Fixing {d / 'a.txt'}" in r.stderr
    (d / "a.txt").write_text(article(1))
    r = run("check", "--fix", "--output-format", "concise", d)
    assert all(LINE.match(l) for l in r.stdout.splitlines())
    assert f"Fixing {d / 'a.txt'}" in r.stderr
    for flag in ("-q", "-s"):
        (d / "a.txt").write_text(article(1))
        r = run("check", "--fix", flag, d)
        assert "Fixing" not in r.stdout + r.stderr
    # clean --in-place is black's: its status lines and summary on stderr
    (d / "a.txt").write_text(article(1))
    r = run("clean", "--in-place", d)
    assert f"Fixing {d / 'a.txt'}" in r.stderr and r.stdout == ""


def test_clean_check_lines_and_summary_on_stdout_errors_on_stderr(tmp_path: Path) -> None:
    """`clean --check` is `check`: its lines and summary on stdout, in
    order with the errors on stderr."""
    d = _streams_dir(tmp_path)
    r = run("clean", "--check", d)
    assert r.exit_code == 2
    assert any(l.startswith(f"{d / 'a.txt'}:") for l in r.stdout.splitlines())
    assert "would be changed" in r.stdout.splitlines()[-1]
    assert r.stderr.strip() == f"error: {d / 'b.bin.txt'}: binary file (NUL bytes)"
    rc, lines = _merged("clean", "--check", d)
    err = lines.index(f"error: {d / 'b.bin.txt'}: binary file (NUL bytes)")
    assert all(l.startswith(f"{d / 'a.txt'}:") for l in lines[:err])
    assert lines[err + 1].startswith(f"{d / 'c.txt'}:") and "would be changed" in lines[-1]


def test_check_fix_lists_only_what_is_left(tmp_path: Path) -> None:
    """What --fix applies is not listed again; the reports are, and
    --strict fails on them."""
    f = tmp_path / "q.txt"
    f.write_text(_QUOTED.replace("Talks resume in the capital\n",
                                 "Talks resume in the capital\nShare\n"))
    r = run("check", "--fix", "--no-unsafe-fixes", "--output-format", "concise", f)
    lines = [l for l in r.stdout.splitlines() if LINE.match(l)]
    assert r.exit_code == 0 and lines and not any("[*]" in l for l in lines)
    assert "finding" in r.stderr and "left" in r.stderr
    f.write_text(_QUOTED.replace("Talks resume in the capital\n",
                                 "Talks resume in the capital\nShare\n"))
    assert run("check", "--fix", "--no-unsafe-fixes", "--strict", f).exit_code == 1


def test_check_fix_diff_writes_nothing_and_misuse_is_refused(tmp_path: Path) -> None:
    """Negative: --fix --diff shows the diff and writes nothing (as ruff);
    --fix on stdin, and --exit-non-zero-on-fix without --fix, are usage
    errors (exit 2)."""
    f = tmp_path / "x.txt"
    f.write_text(article(1))
    before = f.read_bytes()
    r = run("check", "--fix", "--diff", f)
    assert r.stdout.startswith("--- a/") and f.read_bytes() == before
    r = run("check", "--fix", "-", input=article(1))
    assert r.exit_code == 2 and "check --fix rewrites files, not stdin" in r.stderr
    r = run("check", "--exit-non-zero-on-fix", f)
    assert r.exit_code == 2 and "--exit-non-zero-on-fix needs --fix" in r.stderr
    assert f.read_bytes() == before


@pytest.mark.parametrize("command, flag, says", [
    ("check", "--in-place", "`cleaner check --fix PATH` (or `cleaner clean --in-place PATH`)"),
    ("check", "-o", "`cleaner clean PATH -o DIR` writes cleaned copies"),
    ("clean", "--fix", "`cleaner check --fix PATH` is `cleaner clean --in-place PATH`"),
    ("clean", "--statistics", "it is an option of `cleaner check`"),
])
def test_a_flag_of_the_other_command_says_which_has_it(tmp_path: Path, command: str,
                                                      flag: str, says: str) -> None:
    """Not click's "did you mean --config?" (review 16 U7)."""
    f = tmp_path / "x.txt"
    f.write_text(article(1))
    r = run(command, flag, f)
    assert r.exit_code == 2
    assert says in r.stderr and "did you mean" not in r.stderr.lower()
    r = run(command, "--no-such-flag", f)     # negative: other unknown flags as before
    assert r.exit_code == 2 and "no such option" in r.stderr.lower()


def test_sigterm_exits_143_and_ctrl_c_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture) -> None:
    """128 + the signal, as shells and CI runners read it (review 16 U12)."""
    import signal as _signal

    from cleaner import batch as cli_mod     # the CLI calls batch.clean_paths
    (tmp_path / "a.txt").write_text(article(1))

    def stopped(*a, **k):
        _signal.raise_signal(_signal.SIGTERM)      # what `kill PID` does mid-run

    monkeypatch.setattr(cli_mod, "clean_paths", stopped)
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o")]) == 143
    assert "terminated: finished outputs are complete" in capsys.readouterr().err

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_mod, "clean_paths", interrupted)
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o")]) == 130
    assert "interrupted: finished outputs are complete" in capsys.readouterr().err


def test_json_and_github_formats_list_the_inputs_that_failed(tmp_path: Path) -> None:
    """A failed input is in the JSON list (kind "error") and a GitHub
    annotation, as ruff lists its I/O errors: a CI job that fails says why
    (review 16 U10); JSONL lines skipped too, with their line."""
    (tmp_path / "bin.txt").write_bytes(b"a\x00b")
    (tmp_path / "ok.txt").write_text(article(1))
    (tmp_path / "r.jsonl").write_text('{"text": "Talks resumed."}\nnot json\n')
    args = [tmp_path / "bin.txt", tmp_path / "ok.txt", tmp_path / "r.jsonl"]
    r = run("check", *args, "--output-format", "json")
    assert r.exit_code == 2
    entries = json.loads(r.stdout)
    errors = [e for e in entries if e["kind"] == "error"]
    assert [(e["filename"], e["record"], e["message"]) for e in errors] == [
        (str(tmp_path / "bin.txt"), None, "binary file (NUL bytes)"),
        (str(tmp_path / "r.jsonl"), 2,
         "malformed JSON (Expecting value: column 1), line skipped")]
    assert any(e["kind"] == "fix" for e in entries)     # the findings are still there
    r = run("check", *args, "--output-format", "github")
    assert f"::error file={tmp_path / 'bin.txt'},title=cleaner error::binary file (NUL bytes)" \
        in r.stdout
    assert f"::error file={tmp_path / 'r.jsonl'},line=2,title=cleaner error::malformed" in r.stdout
    # negative: the full format keeps errors on stderr only
    r = run("check", *args)
    assert "binary file (NUL bytes)" not in r.stdout and "binary file (NUL bytes)" in r.stderr


def test_a_jsonl_line_skipped_is_named_by_its_own_id(tmp_path: Path) -> None:
    """A program joins the output to the input on the id: a record skipped
    (a wrong --text-key, a text that is no string) is named by its own
    --id-key value in --report and in the JSON list, as a cleaned one is;
    negative: a line that is no record, or a record without an id, has none
    (its line says which it is)."""
    src = tmp_path / "r.jsonl"
    src.write_text('{"url": "u1", "body": "Talks resumed."}\n'
                   '{"url": 7, "content": 12}\n'
                   'not json\n'
                   '{"content": null}\n'
                   '{"url": "u5", "content": "Talks resumed on Monday."}\n')
    keys = ("--text-key", "content", "--id-key", "url")
    r = run("check", str(src), *keys, "--output-format", "json")
    assert r.exit_code == 2
    errors = [(e["record"], e["id"]) for e in json.loads(r.stdout) if e["kind"] == "error"]
    assert errors == [(1, "u1"), (2, "7"), (3, None), (4, None)]
    report = tmp_path / "report.json"
    r = run("clean", str(src), *keys, "-o", str(tmp_path / "out"), "--report", str(report))
    assert r.exit_code == 2
    data = json.loads(report.read_text())
    docs = data["files"][0]["documents"]
    assert [(d["line"], d["id"], "error" in d) for d in docs] == [
        (1, "u1", True), (2, "7", True), (3, "", True), (4, "", True), (5, "u5", False)]
    assert [(e["line"], e.get("id")) for e in data["summary"]["errors"]] == [
        (1, "u1"), (2, "7"), (3, None), (4, None)]

def test_version_and_help_import_no_rules() -> None:
    """`cleaner --version`, `--help` and a usage error do not import the
    rules and the pipeline (about a second: review 16 U17); `rules` does
    (negative)."""
    code = ("import sys; from cleaner.cli import main; rc = main(sys.argv[1:]); "
            "print(sorted(m for m in sys.modules if m in ('cleaner.rules', 'cleaner.pipeline', "
            "'cleaner.config', 'cleaner.batch')), file=sys.stderr)")
    for args, heavy in ((["--version"], False), (["--help"], False), (["clean", "--help"], False),
                        (["check", "--no-such-flag"], False), (["rules"], True)):
        res = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                             text=True, timeout=120, cwd=Path(__file__).resolve().parents[1])
        loaded = res.stderr.strip().splitlines()[-1]
        assert (loaded != "[]") == heavy, (args, loaded)


def test_documentation_writes_literals_as_markdown() -> None:
    # the page is Markdown (its "## " headings): the docstrings' reST
    # literals (``x``, :func:`x`) are printed as Markdown code spans
    for code, rule in REGISTRY.items():
        prose = rule.documentation().partition("\n## Example\n")[0]
        assert not re.search(r"(?<!`)``(?!`)", prose) and ":func:`" not in prose, code
    doc = REGISTRY["M003"].documentation()
    assert "`Photo: Reuters`" in doc
    assert "`headline_of`" in REGISTRY["B011"].documentation()
    assert "(\"```\" to \"```\"" in REGISTRY["B102"].documentation()   # a fence stays
