"""The pre-commit hooks (``.pre-commit-hooks.yaml``), run by the real pre-commit.

Each test makes a throw-away git repository of articles and runs
``pre-commit try-repo`` / ``pre-commit run`` / ``git commit`` in it, the way a
team keeping scraped articles in git would. pre-commit builds the hook's
virtualenv and pip-installs cleaner into it once for the whole session
(``PRE_COMMIT_HOME`` under pytest's temporary directory); every run after
that takes a second or two.

The hook repository is a snapshot of this working tree (tracked and
untracked-but-not-ignored files, committed into a temporary repository):
``try-repo`` on the working tree itself would only see tracked files plus
their modifications (it commits ``git add -u`` into a shadow clone), so a new
module not yet added to git would be missing from the installed hook and the
test would exercise something other than the code in front of you.

Nothing here reads the user's git configuration: git runs with an empty
global config, no system config and an author/committer from the
environment.
"""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HOOK_IDS = ("cleaner-fix", "cleaner-check")

#: building the hook environment pip-installs cleaner and its dependencies
INSTALL_TIMEOUT = 900
#: one pre-commit or git run once the environment exists
RUN_TIMEOUT = 240


def _pre_commit_cmd() -> list[str] | None:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    exe = shutil.which("pre-commit")
    return [exe] if exe else None


PRE_COMMIT = _pre_commit_cmd()
GIT = shutil.which("git")

pytestmark = [
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
    pytest.mark.skipif(PRE_COMMIT is None,
                       reason="pre-commit is not installed (pip install -e '.[test]')"),
]

# --------------------------------------------------------------------------
# documents

CLEAN = """\
Harbour authorities reopen the northern port after a week of storms

The northern port reopened to cargo ships on Tuesday after a week of storms \
closed its entrance and stranded dozens of vessels offshore, the harbour \
authority said.

Officials said the dredging of the main channel would continue through the \
month, and that pilots would guide larger ships into the port until the work \
was finished.

Fishing crews, who lost several days of work during the closure, welcomed \
the decision and said they hoped the weather would stay calm for the rest of \
the season.
"""
HEADLINE, BODY = CLEAN.split("\n\n", 1)

#: page chrome, a share bar, trailing spaces, extra blank lines: cleans to CLEAN
DIRTY = (HEADLINE + "  \n"
         "Share\n"
         "Twitter Facebook Reddit Pinterest Email\n\n\n"
         + BODY.replace("authority said.", "authority said.   "))

#: only boilerplate lines (rules B...), no layout problem
CHROME_ONLY = HEADLINE + "\n\nShare\n\nTwitter Facebook Reddit Pinterest Email\n\n" + BODY

#: a PNG header and arbitrary bytes: binary, whatever the file is called
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8

FINDING = r"^{name}:\d+:\d+: [A-Z]+\d+ \S"


# --------------------------------------------------------------------------
# helpers

def _run(cmd: list[str], cwd: Path, env: dict[str, str],
         timeout: float = RUN_TIMEOUT) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(cmd, cwd=cwd, env=env, text=True, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        out = exc.output.decode(errors="replace") if isinstance(exc.output, bytes) else exc.output
        pytest.fail(f"timed out after {timeout}s: {' '.join(cmd)}\n{out or ''}")


def _exit_codes(res: subprocess.CompletedProcess[str]) -> list[int]:
    """The hooks' own exit codes (pre-commit itself exits 1 for any failure;
    the hook's 1 = "fixed / would fix" and 2 = "error" differ)."""
    return [int(c) for c in re.findall(r"^- exit code: (\d+)$", res.stdout, re.M)]


def _git(*args: str, cwd: Path, env: dict[str, str]) -> str:
    res = _run([GIT, *args], cwd, env)
    assert res.returncode == 0, f"git {' '.join(args)} failed:\n{res.stdout}"
    return res.stdout


class Repo:
    """A git repository of articles, and pre-commit runs inside it."""

    def __init__(self, path: Path, env: dict[str, str], hooks: "HookRepo") -> None:
        self.path, self.env, self.hooks = path, env, hooks
        _git("-c", "init.defaultBranch=main", "init", "-q", ".", cwd=path, env=env)
        _git("commit", "-q", "--allow-empty", "-m", "init", cwd=path, env=env)

    def write(self, name: str, data: str | bytes) -> Path:
        p = self.path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        p.write_bytes(data)
        return p

    def read(self, name: str) -> bytes:
        return (self.path / name).read_bytes()

    def stat(self, name: str) -> tuple[int, int, bytes]:
        st = (self.path / name).stat()
        return st.st_ino, st.st_mtime_ns, self.read(name)

    def git(self, *args: str) -> str:
        return _git(*args, cwd=self.path, env=self.env)

    def pre_commit(self, *args: str) -> subprocess.CompletedProcess[str]:
        return _run([*PRE_COMMIT, *args], self.path, self.env)

    def try_repo(self, hook: str | None, *files: str) -> subprocess.CompletedProcess[str]:
        """``pre-commit try-repo HOOKS [HOOK] --files FILES``: FILES are handed
        to pre-commit explicitly, so its own filter (types, files) applies.
        try-repo installs the hook into a fresh temporary store every time
        (it ignores PRE_COMMIT_HOME): about ten seconds a call."""
        args = ["try-repo", str(self.hooks.path), *([hook] if hook else []),
                "--ref", self.hooks.rev, "--verbose", "--color", "never"]
        args += ["--files", *files] if files else ["--all-files"]
        return self.pre_commit(*args)

    def run(self, hook: str | None, *files: str) -> subprocess.CompletedProcess[str]:
        """``pre-commit run [HOOK] --files FILES`` with a config naming the
        hook repository, as a user's config does; the environment installed
        once for the session (PRE_COMMIT_HOME) is reused."""
        args = ["run", *([hook] if hook else []), "--config", str(self.hooks.config_file),
                "--verbose", "--color", "never"]
        args += ["--files", *files] if files else ["--all-files"]
        return self.pre_commit(*args)

    def files(self) -> list[str]:
        """Every file outside .git (to see that nothing was left behind)."""
        return sorted(str(p.relative_to(self.path)) for p in self.path.rglob("*")
                      if p.is_file() and ".git" not in p.relative_to(self.path).parts)


class HookRepo:
    def __init__(self, path: Path, rev: str, config_file: Path) -> None:
        self.path, self.rev, self.config_file = path, rev, config_file

    def config(self, **hook_options: dict[str, str]) -> str:
        """A ``.pre-commit-config.yaml`` using the hooks from this repository,
        as a user would write it (``repo:`` is a local path here)."""
        lines = ["repos:", f"  - repo: {self.path}", f"    rev: {self.rev}", "    hooks:"]
        for hook in HOOK_IDS:
            lines.append(f"      - id: {hook}")
            for key, value in hook_options.get(hook, {}).items():
                lines.append(f"        {key}: '{value}'")
        return "\n".join(lines) + "\n"


#: never part of the hook repository, whatever git says about them
_SKIP_DIRS = {".git", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache",
              ".tox", ".nox", "node_modules", "build", "dist"}


def _source_files(root: Path, env: dict[str, str]) -> list[Path]:
    """The files of the working tree that belong in a source distribution:
    tracked plus untracked-but-not-ignored ones, less caches and virtualenvs
    (CI makes its venv inside the work tree, in .ci/venv)."""
    names: list[str] | None = None
    if (root / ".git").exists():
        res = subprocess.run([GIT, "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], cwd=root, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=RUN_TIMEOUT)
        if res.returncode == 0:
            names = [n for n in res.stdout.decode("utf-8", "surrogateescape").split("\0") if n]
    if names is None:  # not a git checkout (or git refuses it): walk it
        names = [str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()]
    is_venv: dict[Path, bool] = {}

    def skipped(rel: Path) -> bool:
        for i, part in enumerate(rel.parts[:-1]):
            if part in _SKIP_DIRS or part.endswith(".egg-info"):
                return True
            d = Path(*rel.parts[:i + 1])
            if d not in is_venv:
                is_venv[d] = (root / d / "pyvenv.cfg").is_file()
            if is_venv[d]:
                return True
        return False

    return [Path(n) for n in names if (root / n).is_file() and not skipped(Path(n))]


# --------------------------------------------------------------------------
# fixtures

@pytest.fixture(scope="session")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("pre-commit")
    gitconfig = base / "gitconfig"
    gitconfig.write_text("")
    e = {k: v for k, v in os.environ.items()
         if not k.startswith(("GIT_", "PRE_COMMIT")) and k != "SKIP"}
    e.update(
        GIT_AUTHOR_NAME="cleaner tests", GIT_AUTHOR_EMAIL="tests@cleaner.invalid",
        GIT_COMMITTER_NAME="cleaner tests", GIT_COMMITTER_EMAIL="tests@cleaner.invalid",
        GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=str(gitconfig),
        PRE_COMMIT_HOME=str(base / "home"),
        PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1",
        # the `cleaner` of this environment, for the `repo: local` variant
        PATH=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    )
    return e


@pytest.fixture(scope="session")
def hook_repo(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> HookRepo:
    """This working tree, committed into a repository pre-commit can clone."""
    if not (ROOT / ".pre-commit-hooks.yaml").is_file():
        pytest.fail(f"{ROOT}/.pre-commit-hooks.yaml is missing")
    dest = tmp_path_factory.mktemp("cleaner-hooks")
    for rel in _source_files(ROOT, env):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    _git("-c", "init.defaultBranch=main", "init", "-q", ".", cwd=dest, env=env)
    _git("add", "-A", cwd=dest, env=env)
    _git("commit", "-q", "-m", "snapshot of the working tree", cwd=dest, env=env)
    rev = _git("rev-parse", "HEAD", cwd=dest, env=env).strip()
    hooks = HookRepo(dest, rev, dest.parent / "hooks-config.yaml")
    hooks.config_file.write_text(hooks.config())
    return hooks


@pytest.fixture(scope="session")
def installed(hook_repo: HookRepo, env: dict[str, str],
              tmp_path_factory: pytest.TempPathFactory) -> HookRepo:
    """Build the hooks' virtualenv once (pip install from the package index);
    every later try-repo/run of the same repo and rev reuses it."""
    warm = tmp_path_factory.mktemp("warm-up")
    _git("-c", "init.defaultBranch=main", "init", "-q", ".", cwd=warm, env=env)
    res = _run([*PRE_COMMIT, "install-hooks", "--config", str(hook_repo.config_file),
                "--color", "never"], warm, env,
               timeout=INSTALL_TIMEOUT)
    if res.returncode != 0:
        pytest.fail("pre-commit could not build the hook environment "
                    f"(pip install of {ROOT}):\n{res.stdout[-6000:]}", pytrace=False)
    return hook_repo


@pytest.fixture()
def repo(tmp_path: Path, env: dict[str, str], installed: HookRepo) -> Repo:
    path = tmp_path / "articles"
    path.mkdir()
    return Repo(path, env, installed)


# --------------------------------------------------------------------------
# the fixing hook

def test_fix_hook_fixes_dirty_file_then_passes(repo: Repo) -> None:
    repo.write("dirty.txt", DIRTY)
    repo.write("clean.txt", CLEAN)
    clean_before = repo.stat("clean.txt")

    first = repo.try_repo("cleaner-fix", "dirty.txt", "clean.txt")
    assert first.returncode == 1, first.stdout
    assert "Failed" in first.stdout
    assert _exit_codes(first) == [1], first.stdout  # --exit-non-zero-on-fix, not 2 (error)
    assert re.search(r"Fixing \S*dirty\.txt", first.stdout), first.stdout
    assert not re.search(r"Fixing \S*clean\.txt", first.stdout), first.stdout
    assert repo.read("dirty.txt") == CLEAN.encode()
    # not rewritten at all: same inode, same mtime, same bytes
    assert repo.stat("clean.txt") == clean_before
    assert repo.files() == ["clean.txt", "dirty.txt"]  # no temporary files left

    fixed = repo.stat("dirty.txt")
    second = repo.try_repo("cleaner-fix", "dirty.txt", "clean.txt")
    assert second.returncode == 0, second.stdout
    assert "Passed" in second.stdout
    assert "Fixing" not in second.stdout
    assert repo.stat("dirty.txt") == fixed
    assert repo.stat("clean.txt") == clean_before


def test_fix_hook_lists_the_reports_left_as_ruffs_hook_does(repo: Repo) -> None:
    """The fixing hook counted the reports (findings no rule fixes alone)
    but never showed them. As ruff's hook (`ruff check --fix`) lists the
    violations it could not fix, it lists them, and they do not fail the
    commit. Negative: what it fixed is not listed."""
    repo.write("dirty.txt", DIRTY)
    repo.write("frag.txt", "it went on.\n")     # a report, nothing to fix
    first = repo.try_repo("cleaner-fix", "dirty.txt", "frag.txt")
    assert first.returncode == 1, first.stdout   # dirty.txt was fixed
    assert re.search(r"^\S*frag\.txt:1:1: F001 ", first.stdout, re.M), first.stdout
    assert not re.search(FINDING.format(name=r"\S*dirty\.txt"), first.stdout, re.M)
    assert "1 report left (listed above" in first.stdout
    second = repo.try_repo("cleaner-fix", "dirty.txt", "frag.txt")
    assert second.returncode == 0, second.stdout  # reports alone pass
    assert re.search(r"^\S*frag\.txt:1:1: F001 ", second.stdout, re.M), second.stdout


def test_fix_hook_is_idempotent_on_real_scraped_pages(repo: Repo) -> None:
    """The seed documents are real scraped pages: the second run over the
    hook's own output must change nothing and pass."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seeds/*.txt in this checkout")
    for s in seeds:
        repo.write(f"pages/{s.name}", s.read_bytes())
    repo.git("add", "-A")  # --all-files takes the files git knows

    first = repo.run("cleaner-fix")
    assert first.returncode == 1, first.stdout
    assert _exit_codes(first) == [1], first.stdout
    after_first = {p: repo.stat(p) for p in repo.files()}
    for p in after_first:
        text = repo.read(p).decode("utf-8")
        assert text.endswith("\n") and not text.endswith("\n\n") and "\r" not in text, p

    second = repo.run("cleaner-fix")
    assert second.returncode == 0, second.stdout
    assert {p: repo.stat(p) for p in repo.files()} == after_first


def test_line_endings_and_encodings_are_normalised_not_corrupted(repo: Repo) -> None:
    """Policy: UTF-8, \\n line endings, no BOM, one final newline; the words
    themselves are kept exactly, and the second run changes nothing."""
    cafe = CLEAN.replace("cargo ships", "cargo ships (caf\u00e9 crews)")
    cases = {  # name: (bytes on disk, text expected after the fix)
        "crlf.txt": (CLEAN.replace("\n", "\r\n").encode(), CLEAN),
        "cr.txt": (CLEAN.replace("\n", "\r").encode(), CLEAN),
        "no-final-newline.txt": (CLEAN.rstrip("\n").encode(), CLEAN),
        "many-final-newlines.txt": ((CLEAN + "\n\n\n").encode(), CLEAN),
        "bom-crlf-no-newline.txt": (
            b"\xef\xbb\xbf" + CLEAN.replace("\n", "\r\n").rstrip("\r\n").encode(), CLEAN),
        "windows-1252.txt": (cafe.encode("cp1252"), cafe),
        "utf-8.txt": (cafe.encode("utf-8"), cafe),  # already clean: untouched
    }
    for name, (data, _) in cases.items():
        repo.write(name, data)
    untouched = repo.stat("utf-8.txt")

    first = repo.run("cleaner-fix", *cases)
    assert first.returncode == 1, first.stdout
    assert _exit_codes(first) == [1], first.stdout
    for name, (_, expected) in cases.items():
        assert repo.read(name) == expected.encode("utf-8"), name
    assert repo.stat("utf-8.txt") == untouched
    assert repo.files() == sorted(cases)  # no temporary files left

    after_first = {p: repo.stat(p) for p in repo.files()}
    second = repo.run("cleaner-fix", *cases)
    assert second.returncode == 0, second.stdout
    assert {p: repo.stat(p) for p in repo.files()} == after_first




def test_binary_files_are_skipped_with_a_message(repo: Repo) -> None:
    """A .txt holding binary data is tagged text by its suffix, so pre-commit
    hands it to the hook: the hook says it skipped it, leaves it alone and
    does not fail. A .png never reaches the hook (types: [text])."""
    repo.write("scraped.txt", BINARY)
    repo.write("photo.png", BINARY)

    for hook in HOOK_IDS:
        res = repo.run(hook, "scraped.txt", "photo.png")
        assert res.returncode == 0, f"{hook} failed on a binary file:\n{res.stdout}"
        assert re.search(r"scraped\.txt\S*:? .*(binary|skip)", res.stdout, re.I), res.stdout
        assert "photo.png" not in res.stdout, res.stdout
        assert repo.read("scraped.txt") == BINARY
        assert repo.read("photo.png") == BINARY
        assert "Traceback" not in res.stdout, res.stdout


def test_binary_file_does_not_stop_the_others_being_fixed(repo: Repo) -> None:
    repo.write("a-binary.txt", BINARY)
    repo.write("dirty.txt", DIRTY)

    res = repo.run("cleaner-fix", "a-binary.txt", "dirty.txt")
    assert res.returncode == 1, res.stdout
    assert _exit_codes(res) == [1], res.stdout  # it fixed dirty.txt; a skip is no error (2)
    assert "Traceback" not in res.stdout, res.stdout
    assert repo.read("a-binary.txt") == BINARY
    assert repo.read("dirty.txt") == CLEAN.encode()


# --------------------------------------------------------------------------
# the checking hook

def test_check_hook_reports_findings_and_writes_nothing(repo: Repo) -> None:
    repo.write("dirty.txt", DIRTY)
    repo.write("clean.txt", CLEAN)
    before = {p: repo.stat(p) for p in repo.files()}

    res = repo.try_repo("cleaner-check", "dirty.txt", "clean.txt")
    assert res.returncode == 1, res.stdout
    assert _exit_codes(res) == [1], res.stdout
    assert "Failed" in res.stdout
    assert "files were modified" not in res.stdout
    assert re.search(FINDING.format(name=r"dirty\.txt"), res.stdout, re.M), res.stdout
    assert not re.search(r"^clean\.txt:\d+", res.stdout, re.M), res.stdout
    assert {p: repo.stat(p) for p in repo.files()} == before


def test_both_hooks_pass_on_clean_files(repo: Repo) -> None:
    repo.write("clean.txt", CLEAN)
    repo.write("also-clean.text", CLEAN.replace("Tuesday", "Wednesday"))
    before = {p: repo.stat(p) for p in repo.files()}

    res = repo.run(None, "clean.txt", "also-clean.text")  # every hook
    assert res.returncode == 0, res.stdout
    for hook in HOOK_IDS:
        assert f"- hook id: {hook}" in res.stdout, res.stdout
    assert res.stdout.count("Passed") == 2, res.stdout
    assert {p: repo.stat(p) for p in repo.files()} == before


def test_default_file_filter(repo: Repo) -> None:
    """By default the hooks see *.txt and *.text, not Markdown, HTML or
    JSONL (documented in .pre-commit-hooks.yaml and the README)."""
    repo.write("README.md", DIRTY)
    repo.write("page.html", "<p>" + DIRTY + "</p>")
    repo.write("docs.jsonl", '{"id": "1", "text": "Share"}\n')
    before = {p: repo.stat(p) for p in repo.files()}
    for hook in HOOK_IDS:
        res = repo.run(hook, "README.md", "page.html", "docs.jsonl")
        assert res.returncode == 0, res.stdout
        assert "no files to check" in res.stdout, res.stdout
    assert {p: repo.stat(p) for p in repo.files()} == before


#: .txt files that are not articles, found in many repositories: the hooks
#: leave them alone by default (their `exclude:`)
NOT_ARTICLES = ("LICENSE.txt", "licence.txt", "docs/COPYING.TXT", "NOTICE.txt",
                "AUTHORS.txt", "ChangeLog.txt", "README.txt", "src/readme.txt",
                "requirements.txt", "requirements-dev.txt", "requirements/base.txt",
                "constraints.txt", "CMakeLists.txt", "static/robots.txt")
#: articles whose names start like those: still cleaned
ARTICLE_NAMES = ("licensing-deal.txt", "notices-posted.txt", "new-visa-requirements.txt",
                 "robots-take-over.txt", "copyright-row.txt", "news/readme-first.txt")


def _manifest_excludes() -> list[str]:
    import yaml
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    return [h.get("exclude", "^$") for h in hooks]


def test_manifest_exclude_names_non_article_files() -> None:
    """Both hooks exclude the well-known non-article .txt files, in any
    directory and any case, and nothing that merely starts like them."""
    excludes = _manifest_excludes()
    assert len(excludes) == len(HOOK_IDS)
    for pattern in excludes:
        rx = re.compile(pattern)   # pre-commit: re.search on the path
        assert [n for n in NOT_ARTICLES if not rx.search(n)] == []
        assert [n for n in ARTICLE_NAMES if rx.search(n)] == []


def test_readme_local_hook_has_the_published_files_and_exclude() -> None:
    """The README's `repo: local` snippet is as safe as the published hooks
    (review 16 U2): the same `exclude:`, and a `files:` that takes *.TXT as
    the CLI's walk does (U13)."""
    import yaml
    local = [c for c in _readme_configs() if "repo: local" in c]
    assert local
    hooks = yaml.safe_load(local[0])["repos"][0]["hooks"]
    manifest = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    for hook in hooks:
        published = manifest[hook["id"]]
        assert hook["files"] == published["files"]
        assert re.sub(r"\s+", "", hook["exclude"]) == re.sub(r"\s+", "", published["exclude"])
    for h in manifest.values():
        rx = re.compile(h["files"])
        assert all(rx.search(n) for n in ("a.txt", "b.TXT", "c/d.Text", "e.text"))
        assert not any(rx.search(n) for n in ("a.md", "b.txt.bak", "c.html", "d.TXTX"))


def test_hooks_leave_licences_and_requirements_alone(repo: Repo) -> None:
    """A repository with a LICENSE.txt, requirements.txt… and articles: the
    fixer cleans the articles and touches nothing else; the check fails only
    on the dirty article."""
    licence = ("MIT License\n\nCopyright (c) 2024 Someone\n\nPermission is hereby "
               "granted, free of charge, to any person obtaining a copy\nof this software.\n")
    for name in NOT_ARTICLES:
        repo.write(name, licence if "lic" in name.lower() else "click>=8.1\npytest\n")
    repo.write("articles/dirty.txt", DIRTY)
    repo.git("add", "-A")
    before = {n: repo.stat(n) for n in NOT_ARTICLES}

    check = repo.run("cleaner-check")
    assert check.returncode == 1, check.stdout
    assert re.search(FINDING.format(name=r"articles/dirty\.txt"), check.stdout, re.M)
    for name in NOT_ARTICLES:
        assert name not in check.stdout, check.stdout

    fix = repo.run("cleaner-fix")
    assert _exit_codes(fix) == [1], fix.stdout
    assert re.findall(r"Fixing (\S+)", fix.stdout) == ["articles/dirty.txt"], fix.stdout
    assert repo.read("articles/dirty.txt") == CLEAN.encode()
    assert {n: repo.stat(n) for n in NOT_ARTICLES} == before


# --------------------------------------------------------------------------
# as users configure it

def test_user_files_pattern_with_an_unusual_suffix(repo: Repo) -> None:
    """`files:` in the user's config replaces the default; the CLI must clean
    every file pre-commit names, whatever its suffix."""
    repo.write(".pre-commit-config.yaml", repo.hooks.config(
        **{h: {"files": r"\.article$"} for h in HOOK_IDS}))
    repo.write("story.article", DIRTY)
    repo.write("notes.txt", DIRTY)  # no longer matched by `files:`

    check = repo.pre_commit("run", "cleaner-check", "--verbose", "--color", "never",
                            "--files", "story.article", "notes.txt")
    assert check.returncode == 1, check.stdout
    assert _exit_codes(check) == [1], check.stdout
    assert re.search(FINDING.format(name=r"story\.article"), check.stdout, re.M), check.stdout
    assert repo.read("story.article") == DIRTY.encode()

    fix = repo.pre_commit("run", "cleaner-fix", "--verbose", "--color", "never",
                          "--files", "story.article", "notes.txt")
    assert fix.returncode == 1, fix.stdout
    assert _exit_codes(fix) == [1], fix.stdout
    assert re.search(r"Fixing \S*story\.article", fix.stdout), fix.stdout
    assert repo.read("story.article") == CLEAN.encode()
    assert repo.read("notes.txt") == DIRTY.encode()


def test_jsonl_opt_in_cleans_each_record(repo: Repo) -> None:
    """README: add .jsonl to `files:` and each line is cleaned as a document."""
    import json
    repo.write(".pre-commit-config.yaml", repo.hooks.config(
        **{h: {"files": r"\.jsonl$"} for h in HOOK_IDS}))
    records = [{"id": "a", "text": DIRTY}, {"id": "b", "text": CLEAN}]
    repo.write("articles.jsonl", "".join(json.dumps(r) + "\n" for r in records))

    first = repo.pre_commit("run", "cleaner-fix", "--color", "never", "--files", "articles.jsonl")
    assert first.returncode == 1, first.stdout
    out = [json.loads(line) for line in repo.read("articles.jsonl").decode().splitlines()]
    assert [(r["id"], r["text"]) for r in out] == [("a", CLEAN), ("b", CLEAN)]

    after = repo.stat("articles.jsonl")
    for hook in HOOK_IDS:
        res = repo.pre_commit("run", hook, "--color", "never", "--files", "articles.jsonl")
        assert res.returncode == 0, res.stdout
    assert repo.stat("articles.jsonl") == after


def test_settings_come_from_the_repositorys_pyproject(repo: Repo) -> None:
    """[tool.cleaner] of the repository's pyproject.toml: ignoring the
    boilerplate rules (B...) leaves a page with a share bar acceptable."""
    repo.write("page.txt", CHROME_ONLY)
    res = repo.run("cleaner-check", "page.txt")
    assert res.returncode == 1, res.stdout
    assert _exit_codes(res) == [1], res.stdout

    repo.write("pyproject.toml", '[tool.cleaner]\nignore = ["B"]\n')
    res = repo.run("cleaner-check", "page.txt")
    assert res.returncode == 0, res.stdout
    res = repo.run("cleaner-fix", "page.txt")
    assert res.returncode == 0, res.stdout
    assert repo.read("page.txt") == CHROME_ONLY.encode()


def test_pyproject_exclude_applies_to_the_files_pre_commit_names(repo: Repo) -> None:
    """pre-commit names every file; the hooks pass --force-exclude, so that
    [tool.cleaner] exclude keeps them out of a directory, as it keeps
    `cleaner clean .` out."""
    repo.write("pyproject.toml", '[tool.cleaner]\nexclude = ["drafts"]\n')
    repo.write("drafts/d.txt", DIRTY)
    repo.write("articles/a.txt", DIRTY)
    for hook in ("cleaner-check", "cleaner-fix"):
        res = repo.run(hook, "drafts/d.txt", "articles/a.txt")
        assert _exit_codes(res) == [1], res.stdout
        assert "drafts" not in res.stdout, res.stdout
    assert repo.read("drafts/d.txt") == DIRTY.encode()
    assert repo.read("articles/a.txt") == CLEAN.encode()


def test_gitignore_changes_nothing_for_the_hooks(repo: Repo) -> None:
    """The hooks pass --force-exclude, and a walk honours .gitignore; yet
    pre-commit hands over tracked files only, and a tracked file is not
    ignored whatever the patterns say (git's rule): one added with
    `git add -f` is cleaned as before, and so is an article nothing ignores
    (negative)."""
    repo.write(".gitignore", "*.gen.txt\ngenerated/\n")
    repo.write("articles/a.txt", DIRTY)
    repo.write("articles/kept.gen.txt", DIRTY)
    repo.write("generated/g.txt", DIRTY)
    repo.git("add", "-f", ".gitignore", "articles/a.txt", "articles/kept.gen.txt",
             "generated/g.txt")
    res = repo.run("cleaner-fix", "articles/a.txt", "articles/kept.gen.txt", "generated/g.txt")
    assert _exit_codes(res) == [1], res.stdout
    for name in ("articles/a.txt", "articles/kept.gen.txt", "generated/g.txt"):
        assert repo.read(name) == CLEAN.encode(), name


def test_commit_is_refused_until_the_fixes_are_staged(repo: Repo) -> None:
    """The whole loop: pre-commit install, git commit fails and fixes the
    file, stage the fix, git commit succeeds."""
    repo.write(".pre-commit-config.yaml", repo.hooks.config())
    repo.write("dirty.txt", DIRTY)
    repo.write("clean.txt", CLEAN)
    res = repo.pre_commit("install")
    assert res.returncode == 0, res.stdout
    repo.git("add", "-A")

    commit = _run([GIT, "commit", "-m", "add articles"], repo.path, repo.env)
    assert commit.returncode != 0, commit.stdout
    assert repo.read("dirty.txt") == CLEAN.encode()  # fixed in the work tree
    assert repo.git("show", ":dirty.txt") == DIRTY  # the index holds what was staged

    repo.git("add", "dirty.txt")
    commit = _run([GIT, "commit", "-m", "add articles"], repo.path, repo.env)
    assert commit.returncode == 0, commit.stdout
    assert repo.git("show", "HEAD:dirty.txt") == CLEAN
    assert repo.git("show", "HEAD:clean.txt") == CLEAN


# --------------------------------------------------------------------------
# the README

def _readme_configs() -> list[str]:
    """The `.pre-commit-config.yaml` examples of the README's quick start
    and of docs/pre-commit.md."""
    docs = [ROOT / "README.md", ROOT / "docs" / "pre-commit.md"]
    for doc in docs:
        if not doc.is_file():
            pytest.fail(f"{doc.name} is missing (it documents the hooks)")
    text = "\n".join(doc.read_text(encoding="utf-8") for doc in docs)
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    return [b for b in blocks if b.startswith("repos:")]


def _docs_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8")
                     for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def test_readme_configs_are_valid(tmp_path: Path, env: dict[str, str]) -> None:
    configs = _readme_configs()
    assert len(configs) >= 3, "expected the quick start, a remote and a `repo: local` example"
    manifest = (ROOT / ".pre-commit-hooks.yaml").read_text()
    for i, cfg in enumerate(configs):
        p = tmp_path / f"config{i}.yaml"
        p.write_text(cfg)
        res = _run([*PRE_COMMIT, "validate-config", str(p)], tmp_path, env)
        assert res.returncode == 0, f"{cfg}\n{res.stdout}"
        for hook in re.findall(r"- id: (\S+)", cfg):
            assert f"- id: {hook}\n" in manifest, f"README names unknown hook {hook}"


def test_readme_rev_is_no_tag_that_does_not_exist(env: dict[str, str]) -> None:
    """The README's remote config pins a tag only if this repository has it
    (review 16 U5: `rev: v0.1.0` with no tag made pre-commit fail); else a
    placeholder the text explains."""
    import yaml
    tags = set(_git("tag", "--list", cwd=ROOT, env=env).split()) \
        if (ROOT / ".git").exists() else set()
    readme = _docs_text()
    for cfg in _readme_configs():
        for repo in yaml.safe_load(cfg)["repos"]:
            if repo["repo"] == "local":
                continue
            rev = str(repo["rev"])
            assert rev in tags or (not re.match(r"v?\d", rev) and f"`{rev}`" in readme), rev


def test_readme_local_variant_runs(tmp_path: Path, env: dict[str, str]) -> None:
    """The `repo: local` example uses the cleaner installed here (no install
    from the package index)."""
    local = [c for c in _readme_configs() if "repo: local" in c]
    assert local, "README.md has no `repo: local` example"
    path = tmp_path / "articles"
    path.mkdir()
    _git("-c", "init.defaultBranch=main", "init", "-q", ".", cwd=path, env=env)
    (path / "dirty.txt").write_text(DIRTY, encoding="utf-8")
    (path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (path / "STORY.TXT").write_text(DIRTY, encoding="utf-8")
    licence = "MIT License\n\nCopyright (c) 2024 Someone\n"
    (path / "LICENSE.txt").write_text(licence, encoding="utf-8")
    (path / "local.yaml").write_text(local[0])
    args = [*PRE_COMMIT, "run", "--config", "local.yaml", "--color", "never",
            "--files", "dirty.txt", "clean.txt", "STORY.TXT", "LICENSE.txt"]
    first = _run(args, path, env)
    assert first.returncode == 1, first.stdout
    assert (path / "dirty.txt").read_text(encoding="utf-8") == CLEAN
    # review 16: an upper-case suffix is an article too (U13); the licence
    # keeps its copyright line, as with the published hooks (U2)
    assert (path / "STORY.TXT").read_text(encoding="utf-8") == CLEAN
    assert (path / "LICENSE.txt").read_text(encoding="utf-8") == licence
    second = _run(args, path, env)
    assert second.returncode == 0, second.stdout
