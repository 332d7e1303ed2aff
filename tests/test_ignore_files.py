"""Besides a repository's .gitignore files, a walk honours what ripgrep and
ruff users expect: ``.ignore`` files (in or out of a git repository, before
the git files), ``.git/info/exclude`` and the user's global excludes file
(git's ``core.excludesFile``, else ``$XDG_CONFIG_HOME/git/ignore`` or
``~/.config/git/ignore``). A file named on the command line is taken all the
same (unless --force-exclude), and ``--no-respect-gitignore`` turns all of it
off. HOME, XDG_CONFIG_HOME and git's configuration point into the test's
directory, so the user's own files play no part."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import cli

from ._corpus import article, tree

DIRTY = article(1)
HAS_GIT = shutil.which("git") is not None


def run(*args: object) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A HOME and XDG_CONFIG_HOME of the test's own, and no system git
    configuration."""
    h = tmp_path / "home"
    (h / "xdg").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(h))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(h / "xdg"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("GIT_CONFIG_GLOBAL", raising=False)
    monkeypatch.chdir(tmp_path)
    return h


def cleaned(root: Path, *args: object) -> list[str]:
    """The files of ``root`` a `clean` of it writes (relative paths)."""
    out = root.parent / f"out-{root.name}"
    shutil.rmtree(out, ignore_errors=True)
    r = run("clean", root, "-o", out, *args)
    assert r.exit_code == 0, r.stderr
    return sorted(tree(out)) if out.exists() else []


def git_repo(path: Path) -> Path:
    if HAS_GIT:
        subprocess.run(["git", "init", "-q", str(path)], check=True,
                       stdout=subprocess.DEVNULL)
    else:
        (path / ".git" / "info").mkdir(parents=True)
    return path


def test_dot_ignore_outside_a_git_repository(tmp_path: Path) -> None:
    d = tmp_path / "plain"
    write(d, {".ignore": "scratch/\n*.bak.txt\n", "a.txt": DIRTY, "b.bak.txt": DIRTY,
              "scratch/c.txt": DIRTY, "sub/.ignore": "d.txt\n", "sub/d.txt": DIRTY,
              "sub/e.txt": DIRTY,
              # negative: outside a repository a .gitignore is not read (as ruff)
              ".gitignore": "a.txt\n"})
    assert cleaned(d) == ["a.txt", "sub/e.txt"]
    r = run("check", d, "-v")
    said = sorted(l for l in r.stderr.splitlines() if "ignored by" in l)
    assert said == [
        f"skipped: {d / 'b.bak.txt'}: ignored by plain/.ignore (*.bak.txt)",
        f"skipped: {d / 'scratch'}: ignored by plain/.ignore (scratch/): not walked",
        f"skipped: {d / 'sub' / 'd.txt'}: ignored by plain/sub/.ignore (d.txt)"]


def test_dot_ignore_comes_before_the_gitignore_files(tmp_path: Path) -> None:
    """As ripgrep's precedence: a .ignore's `!` takes back what a
    .gitignore ignores, and a .ignore ignores what git keeps."""
    r = git_repo(tmp_path / "repo")
    write(r, {".gitignore": "*.gen.txt\n", ".ignore": "!keep.gen.txt\nfixtures/\n",
              "a.txt": DIRTY, "x.gen.txt": DIRTY, "keep.gen.txt": DIRTY,
              "fixtures/f.txt": DIRTY})
    assert cleaned(r) == ["a.txt", "keep.gen.txt"]


def test_the_global_excludes_file_by_default_place(tmp_path: Path, home: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """No core.excludesFile: git's default, $XDG_CONFIG_HOME/git/ignore,
    else ~/.config/git/ignore; only inside a git repository."""
    write(home, {"xdg/git/ignore": "*.mine.txt\n"})
    r = git_repo(tmp_path / "repo")
    write(r, {"a.txt": DIRTY, "notes.mine.txt": DIRTY})
    assert cleaned(r) == ["a.txt"]
    v = run("check", r, "-v")
    assert (f"skipped: {r / 'notes.mine.txt'}: ignored by home/xdg/git/ignore "
            "(*.mine.txt)") in v.stderr.splitlines()
    # negative: outside a repository the global file is not read (as ripgrep, ruff)
    plain = tmp_path / "plain"
    write(plain, {"a.txt": DIRTY, "notes.mine.txt": DIRTY})
    assert cleaned(plain) == ["a.txt", "notes.mine.txt"]
    # XDG_CONFIG_HOME unset: ~/.config/git/ignore
    monkeypatch.delenv("XDG_CONFIG_HOME")
    write(home, {".config/git/ignore": "a.txt\n"})
    assert cleaned(r) == ["notes.mine.txt"]


@pytest.mark.skipif(not HAS_GIT, reason="git is not installed")
def test_core_excludes_file_from_git_config(tmp_path: Path, home: Path) -> None:
    """core.excludesFile (with ~) names the file; the default place is then
    not read (negative), as for git."""
    write(home, {".gitconfig": "[core]\n\texcludesFile = ~/my-excludes\n",
                 "my-excludes": "private/\n", "xdg/git/ignore": "a.txt\n"})
    r = git_repo(tmp_path / "repo")
    write(r, {"a.txt": DIRTY, "private/p.txt": DIRTY})
    assert cleaned(r) == ["a.txt"]
    assert "ignored by home/my-excludes (private/)" in run("check", r, "-v").stderr


def test_git_config_is_asked_once_per_walk(tmp_path: Path, home: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """A `git` that logs its calls: one `git config` for a walk of many
    directories; without git on PATH, git's default place is read."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "git.log"
    fake = bin_dir / "git"
    fake.write_text(f"#!/bin/sh\necho \"$@\" >> {log}\n"
                    f"case \"$*\" in *core.excludesFile*) echo {home / 'ex'};; "
                    "*) exit 1;; esac\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    write(home, {"ex": "*.skip.txt\n", "xdg/git/ignore": "*.xdg.txt\n"})
    r = tmp_path / "repo"
    (r / ".git").mkdir(parents=True)
    write(r, {f"d{i}/a.txt": DIRTY for i in range(5)})
    write(r, {"d0/b.skip.txt": DIRTY, "d1/c.xdg.txt": DIRTY})
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    got = cleaned(r)
    assert got == ["d0/a.txt", "d1/a.txt", "d1/c.xdg.txt", "d2/a.txt", "d3/a.txt", "d4/a.txt"]
    calls = [l for l in log.read_text().splitlines() if "config" in l]
    assert len(calls) == 1 and "core.excludesFile" in calls[0]
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))   # no git at all
    assert "d1/c.xdg.txt" not in cleaned(r) and "d0/b.skip.txt" in cleaned(r)


def test_named_files_are_taken_unless_force_exclude(tmp_path: Path, home: Path) -> None:
    write(home, {"xdg/git/ignore": "*.mine.txt\n"})
    r = git_repo(tmp_path / "repo")
    write(r, {".ignore": "*.tool.txt\n", "a.tool.txt": DIRTY, "b.mine.txt": DIRTY,
              "c.txt": DIRTY})
    named = [r / "a.tool.txt", r / "b.mine.txt", r / "c.txt"]
    res = run("check", *named)
    assert "in 3 files" in res.stdout
    res = run("check", *named, "--force-exclude", "-v")
    assert "in 1 file " in res.stdout and "c.txt:" in res.stdout
    assert (f"skipped: {named[0]}: excluded (force-exclude): ignored by repo/.ignore "
            "(*.tool.txt)") in res.stderr
    assert (f"skipped: {named[1]}: excluded (force-exclude): ignored by "
            "home/xdg/git/ignore (*.mine.txt)") in res.stderr
    if HAS_GIT:   # a file git tracks is taken, as for a .gitignore (the hooks' files)
        env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull}
        subprocess.run(["git", "-C", str(r), "add", "-f", "a.tool.txt"], check=True, env=env)
        res = run("check", *named, "--force-exclude")
        assert "in 2 files" in res.stdout


def test_no_respect_gitignore_turns_all_of_them_off(tmp_path: Path, home: Path) -> None:
    write(home, {"xdg/git/ignore": "*.mine.txt\n"})
    r = git_repo(tmp_path / "repo")
    write(r, {".ignore": "*.tool.txt\n", ".gitignore": "*.gen.txt\n",
              ".git/info/exclude": "*.local.txt\n", "a.tool.txt": DIRTY,
              "b.mine.txt": DIRTY, "c.gen.txt": DIRTY, "d.local.txt": DIRTY, "e.txt": DIRTY})
    everything = ["a.tool.txt", "b.mine.txt", "c.gen.txt", "d.local.txt", "e.txt"]
    assert cleaned(r) == ["e.txt"]
    assert cleaned(r, "--no-respect-gitignore") == everything
    write(tmp_path, {"pyproject.toml": "[tool.cleaner]\nrespect-gitignore = false\n"})
    assert cleaned(r) == everything
