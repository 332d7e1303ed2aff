"""-v, -q and -s, as ruff has them: -q prints only the findings (check) and
the errors, -s prints nothing at all, and the exit code is the same
whichever is given; the quietest wins when several are."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli

from ._corpus import article

LEVELS = ([], ["-q"], ["-s"], ["-v"])


def run(*args: object, input: str | None = None) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(cli, [str(a) for a in args], input=input,
                              catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def tree(tmp_path: Path) -> dict[str, Path]:
    """clean/ (nothing to do), dirty/ (a file that would change), bad/ (a
    dirty file and a JSONL file with a malformed line: an error)."""
    dirs = {k: tmp_path / k for k in ("clean", "dirty", "bad")}
    for d in dirs.values():
        d.mkdir()
    (dirs["clean"] / "a.txt").write_text(article(3, chrome=False))
    (dirs["dirty"] / "a.txt").write_text(article(1))
    (dirs["bad"] / "a.txt").write_text(article(1))
    (dirs["bad"] / "b.jsonl").write_text("{oops\n")
    return dirs


def test_check_exit_codes_are_the_same_at_every_level(tree: dict[str, Path]) -> None:
    for name, code in (("clean", 0), ("dirty", 1), ("bad", 2)):
        for level in LEVELS:
            assert run("check", *level, tree[name]).exit_code == code, (name, level)
        assert run("check", "-s", "--strict", tree[name]).exit_code == code


def test_check_output_at_each_level(tree: dict[str, Path]) -> None:
    d = tree["bad"]
    full, quiet, silent = (run("check", *lv, d) for lv in ([], ["-q"], ["-s"]))
    findings = [l for l in full.stdout.splitlines() if l.startswith(f"{d / 'a.txt'}:")]
    assert findings and "finding" in full.stdout.splitlines()[-1]   # the summary
    assert "malformed JSON" in full.stderr
    # -q: the findings and the errors, no summary
    assert quiet.stdout.splitlines() == findings
    assert quiet.stderr == full.stderr
    # -s: nothing at all
    assert silent.stdout == "" and silent.stderr == ""


def test_silent_prints_no_listing_in_any_format(tree: dict[str, Path]) -> None:
    d = tree["bad"]
    for args in (["--output-format", "json"], ["--output-format", "github"],
                 ["--output-format", "concise"], ["--diff"], ["--statistics"]):
        loud = run("check", *args, d)
        assert loud.stdout, args   # negative: without -s each prints something
        r = run("check", "-s", *args, d)
        assert (r.exit_code, r.stdout, r.stderr) == (loud.exit_code, "", ""), args
    r = run("clean", "-s", "--diff", tree["dirty"])
    assert (r.exit_code, r.stdout, r.stderr) == (1, "", "")


def test_silent_clean_writes_its_outputs_and_says_nothing(tree: dict[str, Path],
                                                          tmp_path: Path) -> None:
    r = run("clean", "-s", tree["bad"], "-o", tmp_path / "out")
    assert (r.exit_code, r.stdout, r.stderr) == (2, "", "")
    assert (tmp_path / "out" / "a.txt").read_text() != article(1)   # cleaned all the same
    loud = run("clean", tree["bad"], "-o", tmp_path / "out2")
    assert loud.exit_code == 2 and "malformed JSON" in loud.stderr and "1 error" in loud.stderr
    # check --fix: fixed in place, nothing said
    r = run("check", "-s", "--fix", tree["dirty"])
    assert (r.exit_code, r.stdout, r.stderr) == (0, "", "")
    assert run("check", tree["dirty"]).exit_code == 0


def test_silent_keeps_what_stdout_is_for(tree: dict[str, Path]) -> None:
    """The cleaned text of a filter, and a --report sent to stdout, are
    the output asked for, not messages: -s writes them."""
    text = "Council meets\n\nThe council met on Monday, it said.\nShare this article\n"
    r = run("clean", "-s", "-", input=text)
    assert r.exit_code == 0 and r.stdout == run("clean", "-", input=text).stdout != ""
    r = run("check", "-s", "--report", "-", tree["dirty"])
    assert r.exit_code == 1 and r.stderr == ""
    assert json.loads(r.stdout)["files"][0]["changed"] is True


def test_no_path_warning_is_a_warning(tree: dict[str, Path], monkeypatch) -> None:
    monkeypatch.chdir(tree["clean"])
    monkeypatch.setattr("cleaner.cli._stdin_has_input", lambda: True)
    assert "warning: no PATH given" in run("check").stderr
    for level in (["-q"], ["-s"]):
        r = run("check", *level)
        assert r.exit_code == 0 and "warning" not in r.stderr


def test_the_quietest_wins(tree: dict[str, Path], tmp_path: Path) -> None:
    d = tree["dirty"]
    verbose = run("clean", "-v", d, "-o", tmp_path / "v")
    assert "note: configuration" in verbose.stderr and "cleaned " in verbose.stderr
    r = run("clean", "-v", "-q", d, "-o", tmp_path / "q")
    assert r.exit_code == 0 and r.stderr == ""
    for args in (["-v", "-s"], ["-q", "-s"], ["-s", "-v", "-q"]):
        r = run("check", *args, tree["bad"])
        assert (r.exit_code, r.stdout, r.stderr) == (2, "", ""), args


def test_a_usage_error_is_said_even_with_silent(tree: dict[str, Path]) -> None:
    """Negative: -s silences the run, not the refusal to start it."""
    r = run("check", "-s", "--select", "ZZZ9", tree["clean"])
    assert r.exit_code == 2 and "ZZZ9" in r.stderr
    r = run("clean", "-s", tree["clean"])   # neither -o nor --in-place
    assert r.exit_code == 2 and "give an output directory" in r.stderr
