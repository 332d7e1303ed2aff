"""Directory walks honour the .gitignore files of their git repository (and
.git/info/exclude), as ruff and black do: generated or vendored text that git
ignores is neither cleaned nor checked (nor rewritten by --in-place).
``--no-respect-gitignore`` / ``respect-gitignore = false`` turn it off; a
file named on the command line is taken unless --force-exclude."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.batch import _GitIgnores, clean_paths
from cleaner.cli import cli

from ._corpus import article, tree

DIRTY = article(1)


def run(*args: object) -> "click.testing.Result":  # noqa: F821
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(autouse=True)
def _no_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository (a ``.git`` directory is what marks one, as for git and
    ruff) with a root .gitignore, a nested one and .git/info/exclude."""
    r = tmp_path / "repo"
    write(r, {
        ".git/info/exclude": "# local\nscratch.txt\n",
        ".gitignore": "generated/\n*.gen.txt\n!keep.gen.txt\n/top.txt\nvendor/**/*.txt\n",
        "articles/.gitignore": "drafts/\nold-*.txt\n",
        "articles/a.txt": DIRTY, "articles/sub/b.txt": DIRTY, "articles/x.gen.txt": DIRTY,
        "articles/keep.gen.txt": DIRTY, "articles/drafts/d.txt": DIRTY,
        "articles/old-1.txt": DIRTY, "articles/top.txt": DIRTY, "generated/g.txt": DIRTY,
        "top.txt": DIRTY, "scratch.txt": DIRTY, "vendor/lib/deep/v.txt": DIRTY,
        "vendor/notes.text": DIRTY,
    })
    return r


#: what a walk of the repository takes (.gitignore files are hidden: left out anyway)
TAKEN = ["articles/a.txt", "articles/keep.gen.txt", "articles/sub/b.txt", "articles/top.txt",
         "vendor/notes.text"]


def test_a_walk_leaves_out_what_the_gitignore_files_ignore(repo: Path) -> None:
    """Root and nested .gitignore, .git/info/exclude; a directory pattern,
    an anchored one, ``**``, a negation (keep.gen.txt is cleaned though
    *.gen.txt matches it); what nothing ignores is cleaned (negative)."""
    before = tree(repo)
    r = run("clean", "--in-place", repo)
    assert r.exit_code == 0, r.stderr
    after = tree(repo)
    changed = sorted(k for k in after if after[k] != before[k])
    assert changed == TAKEN
    r = run("check", repo)
    assert r.exit_code == 0 and "no findings in 5 files" in r.stdout


def test_verbose_names_the_gitignore_and_pattern(repo: Path) -> None:
    r = run("check", repo, "-v")
    said = sorted(l for l in r.stderr.splitlines() if "ignored by" in l)
    assert said == sorted([
        f"skipped: {repo / 'articles/drafts'}: ignored by repo/articles/.gitignore "
        "(drafts/): not walked",
        f"skipped: {repo / 'articles/old-1.txt'}: ignored by repo/articles/.gitignore "
        "(old-*.txt)",
        f"skipped: {repo / 'articles/x.gen.txt'}: ignored by repo/.gitignore (*.gen.txt)",
        f"skipped: {repo / 'generated'}: ignored by repo/.gitignore (generated/): not walked",
        f"skipped: {repo / 'scratch.txt'}: ignored by repo/.git/info/exclude (scratch.txt)",
        f"skipped: {repo / 'top.txt'}: ignored by repo/.gitignore (/top.txt)",
        f"skipped: {repo / 'vendor/lib/deep/v.txt'}: ignored by repo/.gitignore "
        "(vendor/**/*.txt)"])
    # ignored entries are not counted as skipped inputs (as hidden ones are not)
    assert "skipped (" not in r.stdout + r.stderr.splitlines()[-1]


def test_a_walk_rooted_in_a_subdirectory_uses_the_gitignore_files_above(
        repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The .gitignore files from the repository's root down to the walk's
    root apply, their patterns relative to their own directory (the anchored
    /top.txt of the root still does not match articles/top.txt)."""
    r = run("clean", repo / "articles", "-o", tmp_path / "out")
    assert r.exit_code == 0, r.stderr
    assert sorted(tree(tmp_path / "out")) == ["a.txt", "keep.gen.txt", "sub/b.txt", "top.txt"]
    monkeypatch.chdir(repo / "articles" / "sub")
    write(repo / "articles" / "sub", {"x.gen.txt": DIRTY, "old-2.txt": DIRTY})
    r = run("check", ".", "-v")
    assert "in 1 file " in r.stdout, r.stdout
    # a .gitignore outside the current directory is named by its absolute path
    assert f"ignored by {repo / 'articles' / '.gitignore'} (old-*.txt)" in r.stderr


def test_a_directory_named_is_walked_though_ignored(repo: Path, tmp_path: Path) -> None:
    """An ignored directory named on the command line is walked, as a file
    named is cleaned (the pattern that ignores it does not apply below it);
    the other patterns still do. --force-exclude leaves it out."""
    write(repo, {"generated/x.gen.txt": DIRTY})
    r = run("clean", repo / "generated", "-o", tmp_path / "out")
    assert sorted(tree(tmp_path / "out")) == ["g.txt"]
    r = run("check", repo / "generated", "--force-exclude", "-v")
    assert "no file checked" in r.stdout
    assert "excluded (force-exclude): ignored by" in r.stderr


def test_a_file_named_is_taken_unless_force_exclude(repo: Path) -> None:
    named = [repo / "articles" / "x.gen.txt", repo / "articles" / "drafts" / "d.txt",
             repo / "articles" / "a.txt"]
    r = run("check", *named)
    assert "in 3 files" in r.stdout
    r = run("check", *named, "--force-exclude", "-v")
    assert "in 1 file " in r.stdout and "a.txt:" in r.stdout
    assert (f"skipped: {named[0]}: excluded (force-exclude): ignored by repo/.gitignore "
            "(*.gen.txt)") in r.stderr
    # a file in an ignored directory: the directory's pattern
    assert (f"skipped: {named[1]}: excluded (force-exclude): ignored by "
            "repo/articles/.gitignore (drafts/)") in r.stderr
    before = tree(repo)
    r = run("clean", "--in-place", "--force-exclude", *named)
    after = tree(repo)
    assert sorted(k for k in after if after[k] != before[k]) == ["articles/a.txt"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_force_exclude_keeps_a_file_git_tracks(tmp_path: Path) -> None:
    """git ignores only untracked files: a file added with ``git add -f``
    that a pattern matches is cleaned with --force-exclude (pre-commit names
    tracked files, and the hooks pass --force-exclude); an untracked one is
    not."""
    r = tmp_path / "g"
    r.mkdir()
    env = {"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": str(tmp_path / "nogitconfig"),
           "PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": str(tmp_path)}
    subprocess.run(["git", "init", "-q", "."], cwd=r, check=True, env=env)
    write(r, {".gitignore": "*.gen.txt\n", "tracked.gen.txt": DIRTY, "loose.gen.txt": DIRTY})
    subprocess.run(["git", "add", "-f", "tracked.gen.txt"], cwd=r, check=True, env=env)
    res = run("check", r / "tracked.gen.txt", r / "loose.gen.txt", "--force-exclude", "-v")
    assert "tracked.gen.txt:" in res.stdout and "in 1 file " in res.stdout
    assert "loose.gen.txt: excluded (force-exclude): ignored by" in res.stderr
    # a walk goes by the patterns alone, as ruff's
    assert "no file checked" in run("check", r).stdout


def test_no_respect_gitignore_walks_everything(repo: Path, tmp_path: Path) -> None:
    everything = ["articles/a.txt", "articles/drafts/d.txt", "articles/keep.gen.txt",
                  "articles/old-1.txt", "articles/sub/b.txt", "articles/top.txt",
                  "articles/x.gen.txt", "generated/g.txt", "scratch.txt", "top.txt",
                  "vendor/lib/deep/v.txt", "vendor/notes.text"]
    r = run("clean", repo, "-o", tmp_path / "out", "--no-respect-gitignore")
    assert r.exit_code == 0, r.stderr
    assert sorted(tree(tmp_path / "out")) == everything
    r = run("check", repo, "--no-respect-gitignore", "-v")
    assert "ignored by" not in r.stderr
    # named files with --force-exclude too
    r = run("check", repo / "top.txt", "--force-exclude", "--no-respect-gitignore")
    assert "in 1 file " in r.stdout
    # and the library: respect_gitignore=False
    res = clean_paths([str(repo)], check=True, respect_gitignore=False)
    assert res.files == len(everything)
    assert clean_paths([str(repo)], check=True).files == len(TAKEN)


def test_respect_gitignore_false_in_the_configuration(repo: Path, tmp_path: Path) -> None:
    (repo / "pyproject.toml").write_text("[tool.cleaner]\nrespect-gitignore = false\n")
    r = run("check", repo, "-v")
    assert "ignored by" not in r.stderr and "in 12 files" in r.stdout
    # the command line wins over the configuration
    r = run("check", repo, "--respect-gitignore")
    assert "in 5 files" in r.stdout
    (repo / "pyproject.toml").write_text('[tool.cleaner]\nrespect-gitignore = "no"\n')
    r = run("check", repo)
    assert r.exit_code == 2 and "respect-gitignore: expected true or false" in r.stderr


def test_outside_a_git_repository_gitignore_files_are_not_read(tmp_path: Path) -> None:
    """As ruff: no ``.git`` in a directory above, no .gitignore applies (ruff
    honoured them there once and reverted it: the .gitignore files of the
    directories above a project applied to it)."""
    d = tmp_path / "export"
    write(d, {".gitignore": "*.gen.txt\nbuild/\n", "a.txt": DIRTY, "b.gen.txt": DIRTY,
              "build/c.txt": DIRTY})
    assert _GitIgnores()._repo_of(str(d)) is None, "the test directory lies in a repository"
    r = run("check", d, "-v")
    assert "in 3 files" in r.stdout and "ignored by" not in r.stderr
    (d / ".git").mkdir()    # the same tree as a repository
    r = run("check", d, "-v")
    assert "in 1 file " in r.stdout and "ignored by" in r.stderr


def test_the_output_directory_ignored_inside_the_input(repo: Path) -> None:
    """``-o out`` inside the walked directory, with out/ in .gitignore (a
    usual layout): the walk leaves it out either way; cleaning twice gives
    the same outputs."""
    (repo / ".gitignore").write_text((repo / ".gitignore").read_text() + "out/\n")
    for _ in range(2):
        r = run("clean", repo, "-o", repo / "out")
        assert r.exit_code == 0, r.stderr
    assert sorted(tree(repo / "out")) == TAKEN
