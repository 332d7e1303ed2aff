"""Every example of README.md and docs/*.md runs, and prints what the page shows.

What the pages' code blocks mean, as this test reads them:

- ```` ```python ````: run in document order, in one namespace per page
  (``__name__ == "__main__"``, as in a script a reader saves), in a
  temporary directory holding a copy of ``seeds/`` and the small files the
  page's examples name (``FILES``). A ```` ```text ```` block right after a
  python block (blank lines between at most) is what that block prints,
  compared exactly; a python block without one must print nothing, so no
  output goes unshown.
- ```` ```sh ````: one command a line (``\\`` continues it), run with bash
  in the same directory, in document order, ``cleaner`` being this tree's;
  each must exit 0, or 0 or 1 when it is a check that may find something
  (``cleaner check``, ``--check``, ``--diff``, ``--exit-non-zero-on-fix``,
  ``--strict``; not with ``--exit-zero``).
- ```` ```console ````: ``$ command`` lines, each followed by what it prints
  (stdout and stderr), compared exactly; exit codes as for ``sh``.
- ```` ```toml ````: a ``[tool.cleaner]`` configuration, taken by
  ``cleaner check`` as a project's ``pyproject.toml``.
- ```` ```yaml ````: pre-commit configurations (run by test_precommit.py;
  here, a fragment must parse and its patterns compile).
- ```` ```text ```` not after a python block: an illustration (the
  README's before and after).

``<!-- not-run: reason -->`` on the line before a block leaves it out;
``NOT_RUN`` lists every such block, so that none is left out silently.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import textwrap
import traceback
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LANGUAGES = {"python", "sh", "console", "toml", "yaml", "text"}
#: the blocks marked `<!-- not-run: … -->`: (page, the block's first line)
NOT_RUN = {
    ("README.md", "python3 -m venv .venv && . .venv/bin/activate && pip install -e . "
                  "&& cleaner clean seeds -o cleaned"),
    ("README.md", "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' "
                  "&& python -m pytest"),
}
TIMEOUT = 120


@dataclass
class Block:
    page: str
    line: int            # of the opening fence, 1-based
    lang: str
    body: str
    not_run: str | None  # the reason given, for a marked block
    output: str | None = None   # a python block's following ```text block


def blocks(page: Path) -> list[Block]:
    lines = page.read_text(encoding="utf-8").split("\n")
    found: list[Block] = []
    gap = False   # only blank lines since the last block closed
    i = 0
    while i < len(lines):
        m = re.fullmatch(r"```(\S*)\s*", lines[i])
        if not m:
            gap = gap and not lines[i].strip()
            i += 1
            continue
        start = i
        i += 1
        while i < len(lines) and lines[i].rstrip() != "```":
            i += 1
        body = "\n".join(lines[start + 1:i]) + "\n"
        before = next((ln.strip() for ln in reversed(lines[:start]) if ln.strip()), "")
        mark = re.fullmatch(r"<!--\s*not-run:\s*(.*?)\s*-->", before)
        block = Block(page.name, start + 1, m.group(1), body, mark and mark.group(1))
        if block.lang == "text" and gap and found and found[-1].lang == "python":
            found[-1].output = body
        else:
            found.append(block)
        gap = True
        i += 1
    return found


# --------------------------------------------------------------------------
# the files the examples read

def _seed(n: int) -> str:
    return sorted((ROOT / "seeds").glob("*.txt"))[n].read_text(encoding="utf-8")


def _jsonl(records: list[dict]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


PAGE_HTML = """<!doctype html>
<html><head><title>Harbour reopens after a week of storms</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Harbour reopens after a week of storms</h1>
<p>The northern port reopened to cargo ships on Tuesday after a week of storms
closed its entrance and stranded dozens of vessels offshore, the harbour
authority said.</p>
<p>Officials said the dredging of the main channel would continue through the
month, and that pilots would guide larger ships into the port until the work
was finished.</p>
<p>Share</p>
</body></html>
"""

#: name -> bytes (a directory: name -> {file: bytes}); a page gets the files
#: that a word of its examples names or matches as a glob (seeds/ always)
FILES = {
    "articles": lambda: {"a.txt": _seed(0).encode(), "b.txt": _seed(4).encode()},
    "page.txt": lambda: _seed(1).encode(),
    "a.txt": lambda: _seed(2).encode(),
    "b.html": lambda: PAGE_HTML.encode(),
    "crawl.jsonl": lambda: _jsonl([{"id": "c1", "text": _seed(3)}, {"id": "c2", "text": _seed(4)}]),
    "pages.jsonl": lambda: _jsonl([{"url": "https://example.com/1", "content": _seed(0)}]),
    "shard-0000.jsonl": lambda: _jsonl([{"id": "s0", "text": _seed(1)}]),
    "shard-0001.jsonl": lambda: _jsonl([{"id": "s1", "text": _seed(2)}]),
    "shard-0000.jsonl.gz": lambda: gzip.compress(_jsonl([{"id": "z0", "text": _seed(3)}]), mtime=0),
    "corpus-0.jsonl": lambda: _jsonl([{"id": "d0", "text": _seed(0)}, {"id": "d1", "text": _seed(1)}]),
    "corpus-1.jsonl": lambda: _jsonl([{"id": "d2", "text": _seed(4)}]),
}


def _make_tree(where: Path, page_blocks: list[Block]) -> None:
    shutil.copytree(ROOT / "seeds", where / "seeds")
    words = {w.rstrip("/").split("/")[0]
             for b in page_blocks if b.not_run is None and b.lang in ("python", "sh", "console")
             for w in re.findall(r"[\w.*/-]*\w[\w.*/-]*", b.body)}
    for name, make in FILES.items():
        if not any(fnmatch(name, w) for w in words):
            continue
        content = make()
        if isinstance(content, dict):
            (where / name).mkdir()
            for sub, data in content.items():
                (where / name / sub).write_bytes(data)
        else:
            (where / name).write_bytes(content)


# --------------------------------------------------------------------------
# running them

def _shell_env(tmp: Path) -> dict[str, str]:
    """`cleaner` on PATH is this tree's, whatever is installed."""
    bin_dir = tmp.parent / f"{tmp.name}-bin"
    bin_dir.mkdir(exist_ok=True)
    shim = bin_dir / "cleaner"
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m cleaner "$@"\n')
    shim.chmod(0o755)
    env = dict(os.environ)
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(ROOT)
    env.pop("COLUMNS", None)
    return env


def _may_find(command: str) -> bool:
    """A check may exit 1 (something would change); nothing else may."""
    words = command.split("#")[0].split()
    if "--exit-zero" in words:
        return False
    checks = {"--check", "--diff", "--exit-non-zero-on-fix", "--strict"}
    return bool(checks & set(words)) or ("check" in words and "--fix" not in words)


BUILTINS = {"cleaner", ".", "source", "cd", "export", "set", "echo", "test", "["}


def _missing_program(command: str) -> str | None:
    for part in re.split(r"[|;&]+", command.split(" #")[0]):
        words = shlex.split(part)
        if words and words[0] not in BUILTINS and not shutil.which(words[0]):
            return words[0]
    return None


def _run_shell(command: str, cwd: Path, env: dict[str, str],
               merge: bool) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT if merge else subprocess.PIPE,
                          text=True, timeout=TIMEOUT)


def _commands(block: Block) -> list[tuple[str, str | None]]:
    """(command, expected output or None) of an sh or console block."""
    if block.lang == "sh":
        text = block.body.replace("\\\n", " ")
        return [(ln, None) for ln in text.splitlines()
                if ln.strip() and not ln.lstrip().startswith("#")]
    out: list[tuple[str, str | None]] = []
    for ln in block.body.splitlines(keepends=True):
        if ln.startswith("$ "):
            out.append((ln[2:].rstrip("\n"), ""))
        else:
            assert out, f"{block.page}:{block.line}: console output before any `$ ` command"
            out[-1] = (out[-1][0], out[-1][1] + ln)
    return out


def _run_page(page: Path, tmp: Path, monkeypatch) -> tuple[list[str], list[str]]:
    """Run a page's examples in order; (failures, commands not run for want
    of a program)."""
    page_blocks = blocks(page)
    _make_tree(tmp, page_blocks)
    env = _shell_env(tmp)
    monkeypatch.chdir(tmp)
    namespace: dict = {"__name__": "__main__"}
    failures: list[str] = []
    missing: list[str] = []
    for block in page_blocks:
        where = f"{block.page}:{block.line}"
        if block.not_run is not None:
            continue
        if block.lang == "python":
            # padded so that a traceback gives the line of the page
            code = compile("\n" * block.line + block.body, where.split(":")[0], "exec")
            out = io.StringIO()
            try:
                with contextlib.redirect_stdout(out):
                    exec(code, namespace)
            except Exception:
                failures.append(f"{where}: python raised\n{traceback.format_exc(limit=-3)}")
                continue
            if out.getvalue() != (block.output or ""):
                failures.append(f"{where}: python printed\n{out.getvalue()}\n"
                                f"the page shows\n{block.output or '(nothing)'}")
        elif block.lang in ("sh", "console"):
            for command, expected in _commands(block):
                program = _missing_program(command)
                if program:
                    missing.append(f"{where}: `{command}` ({program} is not installed)")
                    continue
                res = _run_shell(command, tmp, env, merge=expected is not None)
                allowed = (0, 1) if _may_find(command) else (0,)
                if res.returncode not in allowed:
                    failures.append(f"{where}: `{command}` exited {res.returncode}\n"
                                    f"{res.stdout}{res.stderr or ''}")
                elif expected is not None and res.stdout != expected:
                    failures.append(f"{where}: `{command}` printed\n{res.stdout}\n"
                                    f"the page shows\n{expected}")
    return failures, missing


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_examples_run_and_print_what_the_page_shows(page, tmp_path, monkeypatch):
    failures, missing = _run_page(page, tmp_path / "work", monkeypatch)
    assert not failures, "\n\n".join(failures)
    if missing:
        pytest.skip("not run, a program is missing: " + "; ".join(missing))


def test_every_block_is_of_a_known_kind():
    """A block of another language (```bash, or none) would be run by
    nothing: name it one of LANGUAGES."""
    odd = [f"{b.page}:{b.line}: ```{b.lang}" for p in PAGES for b in blocks(p)
           if b.lang not in LANGUAGES]
    assert odd == []


def test_the_blocks_not_run_are_the_listed_ones():
    marked = {(b.page, b.body.splitlines()[0]) for p in PAGES for b in blocks(p)
              if b.not_run is not None}
    assert marked == NOT_RUN
    assert all(b.not_run for p in PAGES for b in blocks(p) if b.not_run is not None), \
        "a not-run mark gives its reason"


def test_there_are_examples_of_each_kind():
    kinds = {b.lang for p in PAGES for b in blocks(p) if b.not_run is None}
    assert {"python", "sh", "console", "toml"} <= kinds
    assert any(b.output for p in PAGES for b in blocks(p)), "no python block shows its output"


def test_toml_blocks_are_configurations_cleaner_takes(tmp_path):
    """Each ```toml block, as a project's pyproject.toml (with the files it
    names), configures `cleaner check` without an error."""
    tomllib = pytest.importorskip("tomllib" if sys.version_info >= (3, 11) else "tomli")
    configs = [b for p in PAGES for b in blocks(p) if b.lang == "toml" and b.not_run is None]
    assert configs
    for n, block in enumerate(configs):
        project = tmp_path / f"project{n}"
        project.mkdir()
        (project / "pyproject.toml").write_text(block.body, encoding="utf-8")
        table = tomllib.loads(block.body)["tool"]["cleaner"]
        for name in [*table.get("name-files", []), *[table.get("repeated-lines-file")]]:
            if name:   # an empty registry, no repeated lines
                (project / name).parent.mkdir(parents=True, exist_ok=True)
                (project / name).write_text("", encoding="utf-8")
        (project / "a.txt").write_text(_seed(0), encoding="utf-8")
        res = _run_shell("cleaner check -v a.txt", project, _shell_env(project), merge=False)
        assert res.returncode in (0, 1), f"{block.page}:{block.line}\n{res.stderr}"
        assert "note: configuration: " in res.stderr and "pyproject.toml" in res.stderr
        # negative: an unknown key is an error, so the block was really read
        (project / "pyproject.toml").write_text(block.body + "no-such-key = 1\n", encoding="utf-8")
        res = _run_shell("cleaner check a.txt", project, _shell_env(project), merge=False)
        assert res.returncode == 2 and "no-such-key" in res.stderr, res.stderr


def test_yaml_fragments_parse():
    """The pre-commit hook entries shown alone (not whole configurations,
    which test_precommit.py validates and runs) parse, name hooks that
    exist, and their patterns compile."""
    yaml = pytest.importorskip("yaml")
    manifest = {h["id"] for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    fragments = [b for p in PAGES for b in blocks(p)
                 if b.lang == "yaml" and not b.body.startswith("repos:")]
    for block in fragments:
        for hook in yaml.safe_load(textwrap.dedent(block.body)):
            assert hook["id"] in manifest, f"{block.page}:{block.line}"
            for key in ("files", "exclude"):
                if key in hook:
                    re.compile(hook[key])


# --------------------------------------------------------------------------
# the reader of this test's conventions

def test_parser_reads_marks_outputs_and_commands(tmp_path):
    page = tmp_path / "p.md"
    page.write_text(
        "Intro\n\n```python\nprint(1)\n```\n\n```text\n1\n```\n\n"
        "Prose.\n\n```text\nan illustration\n```\n\n"
        "<!-- not-run: needs a cluster -->\n```python\nconnect()\n```\n\n"
        "```console\n$ cleaner rules\nB001 …\n$ cleaner explain B005\nB005\n```\n",
        encoding="utf-8")
    got = blocks(page)
    assert [(b.lang, b.output, b.not_run) for b in got] == [
        ("python", "1\n", None), ("text", None, None),
        ("python", None, "needs a cluster"), ("console", None, None)]
    assert _commands(got[-1]) == [("cleaner rules", "B001 …\n"), ("cleaner explain B005", "B005\n")]


def test_which_commands_may_exit_1():
    assert _may_find("cleaner check articles/")
    assert _may_find("cleaner clean --diff articles/   # exit 1")
    assert not _may_find("cleaner check --diff --exit-zero articles/")
    assert not _may_find("cleaner check --fix articles/")
    assert not _may_find("cleaner clean seeds -o cleaned   # check the output")


# --------------------------------------------------------------------------
# the README's before and after

def _matches(shown: str, lines: list[str]) -> bool:
    """A line shown is a line of the text, or, ending in `…`, the start of one."""
    if shown.endswith("…"):
        return any(ln.startswith(shown[:-1].rstrip()) for ln in lines)
    return shown in lines


def test_readme_before_and_after_is_what_cleaning_a_seed_gives():
    """The README's "Before and after": the page shown is a seed's, the
    text shown is what cleaning it gives (`…` marks a cut), and the
    metadata and changes listed are the pipeline's."""
    from collections import Counter

    from cleaner import Pipeline
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Before and after", 1)[1].split("\n## ", 1)[0]
    before, after = [b.body for b in blocks(ROOT / "README.md")
                     if b.lang == "text" and b.body in section][:2]
    seed = next(p for p in sorted((ROOT / "seeds").glob("*.txt"))
                if before.splitlines()[0] in p.read_text(encoding="utf-8"))
    doc = Pipeline.default().run(seed.read_text(encoding="utf-8"))
    for shown, text in ((before, seed.read_text(encoding="utf-8")), (after, doc.text)):
        lines = [ln.strip() for ln in text.splitlines()]
        odd = [ln for ln in shown.splitlines() if ln != "…" and not _matches(ln.strip(), lines)]
        assert odd == []
    metadata = re.search(r"with metadata `(\{.*?\})`", section, re.S).group(1)
    assert json.loads(metadata) == doc.metadata
    listed = Counter()
    for code, name, times in re.findall(r"`([A-Z]\d{3}) ([a-z-]+)`(?: ×(\d+))?", section):
        listed[(code, name)] += int(times or 1)
    made = Counter((c.code, c.name) for c in doc.changes if not c.code.startswith("L"))
    assert listed == made
    assert re.search(r"and the\s+layout rules", section)


def test_a_line_shown_matches_only_a_line_or_the_start_of_one():
    lines = ["Kyiv talks resume", "Share"]
    assert _matches("Kyiv talks resume", lines) and _matches("Kyiv talks …", lines)
    assert not _matches("Kiev talks resume", lines)
    assert not _matches("talks …", lines) and not _matches("Kyiv", lines)
