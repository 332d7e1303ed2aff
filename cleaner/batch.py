"""The batch runner: files, directories, stdin and JSONL through the pipeline,
in parallel, in order, without ever losing data.

>>> from cleaner.batch import clean_paths                    # doctest: +SKIP
>>> result = clean_paths(["seeds"], out="cleaned", jobs=2)  # doctest: +SKIP
>>> result.exit_code, result.changed                         # doctest: +SKIP

How it works. The inputs are listed first (directories walked in sorted
order, include/exclude globs and the ignore files — .ignore, the repository's
.gitignore files, its info/exclude and the global excludes file — applied;
files named explicitly are always taken) and each gets its output path.
Then one ordered stream of *work items* — a text/HTML file, or a chunk of
lines of a JSONL file — goes through a process pool whose workers each build the pipeline once (in an initializer).
At most a few items per worker are in flight, and results are consumed in
input order, so the output is the same whatever the number of jobs and the
memory stays flat whatever the size of a JSONL file. The parent process does
all the writing, each output atomically (a temporary file, then a rename):
an interrupted run leaves no half-written file, and running it again
completes the work (an output that already holds the right bytes is not
rewritten).

Bad input never stops a batch and never prints a traceback: a binary file,
bytes in an unknown encoding, a path that cannot be read, a malformed JSONL
line each give a one-line message naming the file (and line), the rest goes
on, and :attr:`BatchResult.exit_code` is 2.

Nothing a batch writes may land on what it reads or on another of its
outputs: ``-o`` onto an input, a ``--report`` or ``--save-repeated-lines``
file that is an input, an output or a file the run reads besides its inputs
(the configuration, name registries, repeated lines: ``read_files``), an
output or an ``--in-place`` rewrite of such a file (compared as resolved
paths, through symbolic links) is refused before any work, with
:class:`BatchUsageError`.
"""
from __future__ import annotations

import codecs
import collections
import contextlib
import difflib
import fnmatch
import io
import json
import os
import shutil
import signal
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Sequence

from .cache import file_hash
from .io import (GZIP_ERRORS, GZIP_MAGIC, AtomicWriter, BinaryInputError, Decoded, InputError,
                 check_regular, decode_bytes, drain, gunzip_stream, gzip_problem, gzip_writer,
                 open_input, remove_stale_tmp, stamp, stdin_bytes, stdout_bytes, write_atomic,
                 write_if_changed, write_through)
from .limits import LINE_BOUND, LongLine, line_bound, lines_limited, read_limited, too_large
from .model import Change, Document, Report
from .pipeline import Pipeline, Settings
from .records import (JSON_TYPE, JSONTooDeep, loads as json_loads, record_metadata,
                      record_out, text_key_hint)
from .report import ReportWriter, doc_entry, report_stream

from .defaults import (BUILTIN_EXCLUDE, DEFAULT_INCLUDE, ENVIRONMENT_MARKERS,  # noqa: F401
                       FORMATS, not_an_article)
HTML_SUFFIXES = {".html", ".htm"}
#: ``.json`` too: a file named so is JSON Lines or one JSON document, never
#: prose — read as text, its records came out reflowed, keys and all, exit 0;
#: read as JSONL, one JSON document is said to be one (_jsonl_head_problem).
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
#: Suffixes read as plain text without a look inside (``--format auto``).
TEXT_SUFFIXES = {".txt", ".text", ".md"}
#: How much of an input is looked at to tell HTML from text.
SNIFF_BYTES = 4096
#: JSONL lines sent to a worker at once.
JSONL_CHUNK_LINES = 64
JSONL_CHUNK_BYTES = 1 << 20
#: Work items in flight per worker process.
WINDOW_PER_JOB = 4
#: Files sent to a worker in one task (see _Runner.map).
FILES_PER_TASK = 8


class BatchUsageError(ValueError):
    """The batch cannot start as asked (no output given, collisions…)."""


class BatchPlaceError(BatchUsageError):
    """The batch cannot start because a place it must write (the output
    directory, the report) cannot be written: the command is right, the
    file system says no (the command line shows no usage line for it)."""


# --------------------------------------------------------------------------
# Sources and targets


@dataclass(frozen=True)
class Source:
    """One input: a file, or stdin (``path`` None)."""

    path: Path | None
    display: str
    rel: Path          # path below the output directory
    format: str        # text | html | jsonl
    sniff: bool = False  # stdin in --format auto: html if its text looks like HTML
    named: bool = False  # named on the command line, not found in a directory


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    for pat in patterns:
        if "/" in pat:
            if fnmatch.fnmatchcase(rel.lower(), pat.strip("/").lower()):
                return True
        elif fnmatch.fnmatchcase(name.lower(), pat.lower()):
            return True
    return False


def _format_of(path: Path, forced: str, sniff: bool = False) -> str:
    """The format of ``path``: ``forced``, else by its suffix; with
    ``sniff`` (a file named explicitly), a file under a suffix that says
    nothing (``.php``, none) is HTML when its start looks like an HTML
    document."""
    if forced != "auto":
        return forced
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES or (suffix == ".gz"
                                    and Path(path.stem).suffix.lower() in JSONL_SUFFIXES):
        return "jsonl"   # .jsonl.gz: gzip JSONL, read and written compressed
    if suffix in HTML_SUFFIXES:
        return "html"
    if sniff and suffix not in TEXT_SUFFIXES:
        head = b""
        try:
            if os.path.isfile(path):  # never open a FIFO or device here
                with open(path, "rb") as fh:
                    head = fh.read(SNIFF_BYTES)
        except OSError:
            pass  # the cleaning pass reports what is wrong with it
        if is_html_bytes(head):
            return "html"
    return "text"


def is_html_bytes(data: bytes) -> bool:
    """Whether the start of ``data`` looks like an HTML document
    (:func:`cleaner.htmltext.looks_like_html`)."""
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "replace")
    else:
        text = head.decode("utf-8", "replace")
    from .htmltext import looks_like_html
    return looks_like_html(text)


def sniff_jsonl(data: bytes) -> tuple[bool, int | None]:
    """Whether ``data`` (the complete lines of the first megabyte of stdin,
    or all of it) is JSONL: its first line that
    is not blank is a JSON object (after a UTF-8 BOM), and so are at least
    half of those lines — the others are then records that fail, each
    reported with its line, as ``--format jsonl`` reports them (cleaned as
    text, JSONL would come out as neither). Returns ``(verdict, N)``, N the
    first line that is not a JSON object — None if there is none, or if
    neither the first line nor half of the lines are JSON objects (plain
    text). Not JSONL with an N is neither safely: the first line is a JSON
    object but most lines are not, or the first line is not (a record cut
    short) but at least half the lines are."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and b"\n{" not in data:
        return False, None   # the cheap test: no line starts as a JSON object
    objects = others = 0
    bad = None
    first_ok = None
    for n, line in enumerate(data.split(b"\n"), 1):
        if n == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            continue
        try:
            ok = isinstance(json_loads(line), dict)
        except ValueError:
            ok = False
        if first_ok is None:
            first_ok = ok
        if ok:
            objects += 1
        else:
            others += 1
            bad = bad or n
    if first_ok:
        return objects >= others, bad
    # the first line is no JSON object: text, unless at least half the
    # lines are (a JSONL stream whose first record was cut short: as text,
    # it would come out reflowed, its records apart, with exit 0)
    return False, (bad if objects and objects >= others else None)


#: How much of stdin, in --format auto, is read to tell JSONL from text.
STDIN_SNIFF_BYTES = 1 << 20


def _unreadable_gzip(display: str, exc: BaseException) -> str:
    """The error of a gzip-compressed stdin that cannot be decompressed."""
    return f"{display}: gzip-compressed, and it cannot be read ({exc})"


class _Prefixed(io.RawIOBase):
    """``head``, bytes already read from ``rest``, then the rest of it: stdin
    streamed on after its start was looked at. ``error``: what reading
    ``rest`` raised after ``head``, raised again once ``head`` is read."""

    def __init__(self, head: bytes, rest: IO[bytes],
                 error: BaseException | None = None) -> None:
        self._head = memoryview(head)
        self._rest = rest
        self._error = error

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if len(self._head):
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._error is not None:
            raise self._error
        data = getattr(self._rest, "read1", self._rest.read)(len(b))
        b[:len(data)] = data
        return len(data)


def _first_line(data: bytes) -> int:
    """The number of the first line of ``data`` that is not blank."""
    n = 1
    for n, line in enumerate(data.split(b"\n"), 1):
        if line.lstrip(codecs.BOM_UTF8).strip():
            break
    return n


def _force_excluded(p: Path, excl: Sequence[str], root: str | os.PathLike | None) -> bool:
    """Whether the path ``p``, named on the command line, is excluded by
    ``excl`` the way a directory walk from ``root`` would exclude it: a glob
    without ``/`` matching its name or the name of a directory above it
    (below ``root``), one with ``/`` matching its path below ``root``, or
    that of a directory above it. A path outside ``root`` is judged by its
    name alone."""
    parts = _below(p, root).parts
    return any(_matches(Path(*parts[:k]).as_posix(), parts[k - 1], excl)
               for k in range(1, len(parts) + 1))


def _below(p: Path, root: str | os.PathLike | None) -> Path:
    """``p`` relative to ``root`` (default: the current directory); a path
    outside it, by its name alone."""
    real = Path(os.path.abspath(p))
    base = Path(os.path.abspath(root if root is not None else os.curdir))
    try:
        return real.relative_to(base)
    except ValueError:
        return Path(real.name)


#: What begins a cache directory tag (https://bford.info/cachedir/).
CACHEDIR_SIGNATURE = b"Signature: 8a477f597d28d172789f06886806bc55"


def _cache_tagged(d: Path) -> bool:
    """Whether ``d`` holds a cache directory tag (as cleaner's cache
    does, and ruff's, pytest's…): a walk leaves it out, as tar
    --exclude-caches does."""
    try:
        with open(d / "CACHEDIR.TAG", "rb") as fh:
            return fh.read(len(CACHEDIR_SIGNATURE)) == CACHEDIR_SIGNATURE
    except OSError:
        return False


def _shown(path: str) -> str:
    """``path`` as -v names it: relative to the current directory when it
    lies below it, else absolute."""
    rel = os.path.relpath(path)
    return path if rel == os.pardir or rel.startswith(os.pardir + os.sep) else rel


class _GitIgnores:
    """What the ignore files ignore, as git, ripgrep and ruff have them
    (read through :mod:`pathspec`'s ``GitIgnoreSpec``: negation, anchored
    and directory-only patterns, ``**``). For a path, in this order, the
    first file that has a pattern matching the path decides, its last
    matching pattern winning (a ``!`` pattern: not ignored):

    - the ``.ignore`` file of each directory from the path's own up to the
      file system's root, nearest first — honoured in or out of a git
      repository, and before the git files, as ripgrep and ruff have them
      (a file for search and lint tools: what git should keep, they skip);
    - inside a git repository (a ``.git`` in a directory above): the
      ``.gitignore`` of each directory from the path's own up to the
      repository's root, nearest first; then its ``.git/info/exclude``;
      then the user's global excludes file (git's ``core.excludesFile``,
      asked of ``git config`` once per repository, else
      ``$XDG_CONFIG_HOME/git/ignore`` or ``~/.config/git/ignore``).

    Patterns are relative to the directory of their file (those of
    ``info/exclude`` and the global file, to the repository's root).
    Outside a git repository no git file applies, as in ruff (which tried
    honouring .gitignore files there and reverted it: those of the
    directories above a project would then apply to it). Each file is read
    once per run; a file that cannot be read is as none."""

    #: How long ``git config`` may take to name the global excludes file.
    GIT_TIMEOUT = 5

    def __init__(self) -> None:
        self._repo: dict[str, str | None] = {}
        self._specs: dict[str, Any] = {}
        self._chains: dict[str, list[tuple[str, str, Any]]] = {}
        self._ignores: dict[str, list[tuple[str, str, Any]]] = {}
        self._global: dict[str, str | None] = {}

    def _repo_of(self, d: str) -> str | None:
        if d not in self._repo:
            parent = os.path.dirname(d)
            self._repo[d] = (d if os.path.lexists(os.path.join(d, ".git"))
                             else None if parent == d else self._repo_of(parent))
        return self._repo[d]

    def _spec(self, file: str) -> Any:
        if file not in self._specs:
            try:
                with open(file, encoding="utf-8", errors="replace") as fh:
                    lines = fh.read().splitlines()
            except OSError:
                lines = []
            spec = None
            if any(line.strip() and not line.startswith("#") for line in lines):
                from pathspec import GitIgnoreSpec   # only when there are patterns

                spec = GitIgnoreSpec.from_lines(lines)
            self._specs[file] = spec
        return self._specs[file]

    @staticmethod
    def _info_exclude(repo: str) -> str:
        """The ``info/exclude`` of the repository at ``repo``: in ``.git``,
        or, for a worktree or submodule (``.git`` a file naming the git
        directory), in the common git directory."""
        git = os.path.join(repo, ".git")
        if os.path.isfile(git):
            try:
                with open(git, encoding="utf-8") as fh:
                    line = fh.readline().strip()
            except OSError:
                line = ""
            if line.startswith("gitdir:"):
                git = os.path.join(repo, line[len("gitdir:"):].strip())
                try:
                    with open(os.path.join(git, "commondir"), encoding="utf-8") as fh:
                        git = os.path.join(git, fh.readline().strip())
                except OSError:
                    pass
        return os.path.normpath(os.path.join(git, "info", "exclude"))

    def _global_excludes(self, repo: str) -> str | None:
        """The user's global excludes file for the repository at ``repo``:
        ``core.excludesFile`` as ``git config`` gives it (asked once, with a
        timeout), else, where git does not say (not installed, not set),
        git's default, ``$XDG_CONFIG_HOME/git/ignore`` or
        ``~/.config/git/ignore``."""
        if repo not in self._global:
            import subprocess

            value = ""
            try:
                res = subprocess.run(["git", "-C", repo, "config", "--get", "core.excludesFile"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, timeout=self.GIT_TIMEOUT)
                if res.returncode == 0:
                    value = os.fsdecode(res.stdout.rstrip(b"\r\n"))
            except (OSError, subprocess.SubprocessError):
                pass
            if value:
                path = os.path.join(repo, os.path.expanduser(value))
            else:
                xdg = os.environ.get("XDG_CONFIG_HOME", "")
                base = xdg if os.path.isabs(xdg) else os.path.join(
                    os.path.expanduser("~"), ".config")
                path = os.path.join(base, "git", "ignore")
            self._global[repo] = os.path.normpath(path)
        return self._global[repo]

    def _dot_ignores(self, d: str) -> list[tuple[str, str, Any]]:
        """``(directory, file, spec)`` of the ``.ignore`` files from
        ``d`` up to the root, nearest first."""
        if d not in self._ignores:
            f = os.path.join(d, ".ignore")
            spec = self._spec(f)
            parent = os.path.dirname(d)
            above = [] if parent == d else self._dot_ignores(parent)
            self._ignores[d] = [(d, f, spec), *above] if spec is not None else above
        return self._ignores[d]

    def _chain(self, d: str) -> list[tuple[str, str, Any]]:
        """``(directory, file, spec)`` of what decides for the entries of
        the directory ``d``, in order."""
        if d not in self._chains:
            repo = self._repo_of(d)
            chain = list(self._dot_ignores(d))
            if repo is not None:
                here = d
                while True:
                    f = os.path.join(here, ".gitignore")
                    spec = self._spec(f)
                    if spec is not None:
                        chain.append((here, f, spec))
                    if here == repo:
                        break
                    here = os.path.dirname(here)
                for f in (self._info_exclude(repo), self._global_excludes(repo)):
                    spec = self._spec(f) if f is not None else None
                    if spec is not None:
                        chain.append((repo, f, spec))
            self._chains[d] = chain
        return self._chains[d]

    def why(self, path: str, is_dir: bool, walked: str | None = None) -> str | None:
        """Why ``path`` (absolute, normalised) is ignored — ``ignored by
        FILE (PATTERN)`` — or None. ``walked``: the directory named on the
        command line whose walk met ``path``; a pattern of a file above it
        that ignores that directory itself does not apply below it (it was
        named: as a file named, it is walked)."""
        for d, file, spec in self._chain(os.path.dirname(path)):
            rel = os.path.relpath(path, d).replace(os.sep, "/") + ("/" if is_dir else "")
            r = spec.check_file(rel)
            if r.include is None:
                continue
            if walked is not None and d != walked and _inside(walked, d):
                top = os.path.relpath(walked, d).replace(os.sep, "/") + "/"
                if spec.patterns[r.index].match_file(top) is not None:
                    continue
            if not r.include:
                return None
            return f"ignored by {_shown(file)} ({spec.patterns[r.index].pattern})"
        return None

    def why_named(self, path: str) -> str | None:
        """Why ``path``, named on the command line, is ignored (it, or a
        directory above it), or None. A file git tracks is not ignored,
        whatever the patterns say (git ignores only untracked files; a
        ``.ignore`` is judged alike, so that the hooks clean what they
        cleaned before): pre-commit names tracked files, and a hook with
        ``--force-exclude`` cleans one added with ``git add -f`` too."""
        path = os.path.abspath(path)
        above = []
        here = os.path.dirname(path)
        while os.path.dirname(here) != here:
            above.append(here)
            here = os.path.dirname(here)
        why = next((w for w in (self.why(d, True) for d in reversed(above)) if w), None)
        why = why or self.why(path, os.path.isdir(path))
        if why is None:
            return None
        repo = self._repo_of(os.path.dirname(path))
        return None if repo is not None and _tracked(path, repo) else why


def _tracked(path: str, repo: str) -> bool:
    """Whether git tracks ``path`` (a file, or files below a directory) in
    the repository at ``repo``; False when git cannot say (not installed)."""
    import subprocess

    try:
        res = subprocess.run(["git", "-C", repo, "ls-files", "-z", "--",
                              os.path.relpath(path, repo)],
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return res.returncode == 0 and bool(res.stdout)


def _inside(path: str, d: str) -> bool:
    """Whether ``path`` lies in the directory ``d`` (both absolute), or is it."""
    return path == d or path.startswith(d.rstrip(os.sep) + os.sep)


#: Why a directory walk leaves out a file that is not an article by its name
#: (defaults.NOT_ARTICLE), and why --force-exclude leaves out such a file named.
NOT_ARTICLE_WHY = ("not an article by its name (licences, readmes, changelogs, "
                   "requirements… are left out of a directory walk): name the file to "
                   "clean it")
NOT_ARTICLE_FORCED = ("excluded (force-exclude): not an article by its name (licences, "
                      "readmes, changelogs, requirements…)")
#: Said with -v of a Markdown file a walk with the default --include leaves out.
MARKDOWN_WHY = ("Markdown is not taken from a directory by default (it is usually "
                "documentation): --extend-include '*.md' takes it too, or name the file")


def _matching(rel: str, name: str, patterns: Sequence[str]) -> str | None:
    """The first of ``patterns`` that matches (as :func:`_matches`), or None."""
    for pat in patterns:
        if _matches(rel, name, (pat,)):
            return pat
    return None


def _excluded_why(pattern: str, is_dir: bool) -> str:
    """Why a walk leaves out what ``pattern`` (an exclude glob, or one of
    :data:`BUILTIN_EXCLUDE`) matched, for -v: briefly, as black's ``ignored:
    matches the --exclude regular expression``."""
    if pattern == ".*":
        return "a hidden directory, not walked" if is_dir else "hidden, left out of a walk"
    why = (f"excluded (built in: {pattern})"
           if pattern in BUILTIN_EXCLUDE else f"excluded by the exclude glob {pattern!r}")
    return f"{why}: not walked" if is_dir else why


def _not_included_why(include: Sequence[str]) -> str:
    """Why a walk leaves out a file no ``include`` glob matches, for -v."""
    return f"not a format a walk takes ({' '.join(include)}; see --include)"


def _walked_links(found: list[Source], top: Path,
                  left_out: list[tuple[str, str]]) -> list[Source]:
    """The files of a walk of ``top`` to clean: the symbolic links among
    ``found`` that point to a file also found (the file is kept: an ``-o``
    mirror shows it under its own name) or to a file outside ``top`` (a
    walk does not change what lies outside the directory given) are left
    out, with why in ``left_out``. A broken link stays, for its error."""
    links = [s for s in found if s.path is not None and os.path.islink(s.path)]
    if not links:
        return found
    top_real = os.path.realpath(top)
    real = {os.path.realpath(s.path): s.display for s in found
            if s.path is not None and not os.path.islink(s.path)}
    out = []
    for s in found:
        if s in links and os.path.exists(s.path):
            target = os.path.realpath(s.path)
            if target in real:
                left_out.append((s.display, f"a symbolic link to {real[target]}, "
                                            "which is cleaned under its own name"))
                continue
            if not target.startswith(top_real.rstrip(os.sep) + os.sep):
                left_out.append((s.display, f"a symbolic link to {target}, outside "
                                            f"{top}"))
                continue
        out.append(s)
    return out


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity: a container or
    ``taskset`` may give fewer than the machine has), the default of
    ``jobs``."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):   # not on Linux
        return os.cpu_count() or 1


def _same_target_way_out(first: Path, second: Path) -> str:
    """What to do when two inputs would be written to one output of ``-o
    DIR`` (each path given is mirrored from its own top, so ``a/x.txt`` and
    ``b/x.txt``, named or walked, both come out as ``DIR/x.txt``): two runs,
    or the directory they share, whose whole tree ``-o`` then cleans and
    mirrors; or, for a page
    and a text of one name in one directory (a page's text is written as
    ``.txt``), rename one."""
    d1, d2 = (os.path.dirname(os.path.abspath(p)) for p in (first, second))
    if d1 == d2:
        return ("; an HTML page's text is written as .txt: rename one, or clean them in "
                "two runs, into two directories")
    common = os.path.commonpath([d1, d2])
    rel = os.path.relpath(common)
    shown = rel if not rel.startswith("..") else common
    # (two runs first: the directory they share may hold much else, which
    # a run over it would clean too)
    return (f"; clean them in two runs, into two directories, or give the directory they "
            f"share ({shown}: -o then cleans and mirrors everything under it)")


def list_sources(paths: Iterable[str], include: Sequence[str] = DEFAULT_INCLUDE,
                 exclude: Sequence[str] = (), fmt: str = "auto",
                 skip_dirs: Sequence[Path] = (), force_exclude: bool = False,
                 root: str | os.PathLike | None = None,
                 skipped: list[tuple[str, str]] | None = None,
                 stdin_filename: str | None = None,
                 notes: list[tuple[str, str]] | None = None,
                 output_dirs: list[tuple[str, Path]] | None = None,
                 said: list[tuple[str, str]] | None = None,
                 respect_gitignore: bool = True,
                 ) -> tuple[list[Source], list[str]]:
    """The inputs named by ``paths``, in order, and the errors (paths that do
    not exist, directories that cannot be read). Directories are walked in sorted order and filtered by
    ``include`` / ``exclude`` (plus :data:`BUILTIN_EXCLUDE`); files named
    explicitly are always taken — unless ``force_exclude``: then a path
    named explicitly that ``exclude`` (or the built-in exclusions) would
    exclude from a walk of ``root`` (default: the current directory) is
    skipped too, as ruff's and black's ``--force-exclude`` do (pre-commit
    always names the files). In a walk, symbolic links to directories are
    not followed, and links to files are left out when their file is also
    found or lies outside the directory walked (:func:`_walked_links`); a
    link named explicitly is taken. A walk also leaves out the files that are
    not articles by their name (licences, readmes, changelogs,
    requirements…: :data:`cleaner.defaults.NOT_ARTICLE`, the pre-commit
    hooks' ``exclude:``), and so does ``force_exclude`` for such a file
    named. With ``respect_gitignore`` (ruff's ``respect-gitignore``), what
    the ignore files ignore — ``.ignore`` files, and in a git repository
    its ``.gitignore`` files, ``.git/info/exclude`` and the global excludes
    file — is one more exclusion (:class:`_GitIgnores`):
    left out of a walk, and of what is named with ``force_exclude``.
    ``skip_dirs`` (the output directory) are
    never walked into; ``output_dirs`` receives those a walk met, as
    ``(directory walked, output directory)``. ``skipped`` receives ``(path, why)`` for what is left out
    that a user may look for (for ``-v``; counted as skipped inputs),
    ``notes`` the same for what else the walk does not take, which is not
    counted: Markdown (with the default ``include``), a file no ``include``
    glob matches, a file or directory an exclusion matches (hidden,
    ``__pycache__``, an ``exclude`` glob: a directory is named once, and not
    walked into; what an ignore file ignores, naming it). ``said``
    receives all of both, each path with why, in the order of the walk (per path given; what ``-v`` prints). ``stdin_filename`` (ruff's and
    black's ``--stdin-filename``) is the name ``-`` goes by: its display
    name, the path ``force_exclude`` matches, and, in ``--format auto``,
    its suffix gives the format (a suffix that says nothing: stdin is
    sniffed, as without the name)."""
    sources: list[Source] = []
    errors: list[str] = []
    seen: set[str] = set()
    excl = (*BUILTIN_EXCLUDE, *exclude)
    gitignores = _GitIgnores() if respect_gitignore else None
    skip = {os.path.realpath(d) for d in skip_dirs}
    left_out = skipped if skipped is not None else []
    noted = notes if notes is not None else []
    met_outputs = output_dirs if output_dirs is not None else []
    default_include = tuple(include) == DEFAULT_INCLUDE
    not_included = _not_included_why(include)

    resolve = _Resolver()

    def add(src: Source) -> None:
        key = resolve(src.path) if src.path else "-"
        if key not in seen or src.path is None:
            seen.add(key)
            sources.append(src)

    def excluded(rel: Path, is_dir: bool, walked: str) -> str | None:
        """Why a walk of the directory ``walked`` (absolute) leaves out the
        entry ``rel`` below it, for -v: an exclude glob (built
        in or given) or a ``.gitignore``; None: it is not excluded."""
        pat = _matching(rel.as_posix(), rel.name, excl)
        if pat is not None:
            return _excluded_why(pat, is_dir)
        if gitignores is not None:
            why = gitignores.why(os.path.join(walked, rel), is_dir, walked)
            if why is not None:
                return f"{why}: not walked" if is_dir else why
        return None

    def force_excluded(p: Path) -> str | None:
        """Why ``--force-exclude`` leaves out ``p``, named on the command
        line (the exclusions of a walk: globs, then a ``.gitignore``), or None."""
        if _force_excluded(p, excl, root):
            return "excluded (force-exclude)"
        why = gitignores.why_named(os.fspath(p)) if gitignores is not None else None
        return f"excluded (force-exclude): {why}" if why else None

    def walk_one(arg: str) -> None:
        if arg == "-":
            name = Path(stdin_filename) if stdin_filename else None
            why = force_excluded(name) if name is not None and force_exclude else None
            if why is not None:
                left_out.append((stdin_filename, why))
                return
            if name is not None and force_exclude and not_an_article(
                    _below(name, root).as_posix()):
                left_out.append((stdin_filename, NOT_ARTICLE_FORCED))
                return
            told = (fmt == "auto" and name is not None
                    and name.suffix.lower() in (*JSONL_SUFFIXES, *HTML_SUFFIXES, *TEXT_SUFFIXES))
            form = _format_of(name, fmt) if told else "text" if fmt == "auto" else fmt
            # named: stdin is what the user gave, never "HTML found in a directory"
            add(Source(None, stdin_filename or "-", Path("stdin.txt"), form,
                       sniff=fmt == "auto" and not told, named=True))
            return
        p = Path(arg)
        if force_exclude and (p.exists() or p.is_symlink()):
            why = force_excluded(p)
            if why is not None:
                left_out.append((arg, why))
                return
            if not p.is_dir() and not_an_article(_below(p, root).as_posix()):
                left_out.append((arg, NOT_ARTICLE_FORCED))
                return
        if p.is_dir():
            def unreadable(exc: OSError) -> None:
                # a directory that cannot be listed: its files would go
                # unchecked without a word (and a check would pass)
                errors.append(f"{exc.filename}: cannot read ({exc.strerror})")

            found: list[Source] = []
            walked = os.path.abspath(p)
            for dirpath, dirnames, filenames in os.walk(p, onerror=unreadable):
                base = Path(dirpath)
                reldir = base.relative_to(p)
                kept = []
                for d in sorted(dirnames):
                    why = excluded(reldir / d, True, walked)
                    if why is not None:
                        noted.append((str(base / d), why))
                        continue
                    if os.path.realpath(base / d) in skip:
                        met_outputs.append((arg, base / d))
                        continue
                    marker = next((m for m in ENVIRONMENT_MARKERS
                                   if os.path.lexists(base / d / m)), None)
                    if marker is not None:
                        noted.append((str(base / d), f"a Python environment ({marker}): "
                                                     "installed packages, not walked"))
                        continue
                    if _cache_tagged(base / d):
                        # cleaner's own cache (--cache-dir inside the
                        # input), or any tool's: never taken as input
                        noted.append((str(base / d), "a cache directory (CACHEDIR.TAG), "
                                                     "not walked"))
                        continue
                    kept.append(d)
                dirnames[:] = kept
                for d in [d for d in dirnames if os.path.islink(base / d)]:
                    # os.walk does not follow them; say so
                    left_out.append((str(base / d), "a symbolic link to a directory, "
                                                    "not followed"))
                    dirnames.remove(d)
                for name in sorted(filenames):
                    rel = reldir / name
                    why = excluded(rel, False, walked)
                    if why is not None:
                        noted.append((str(base / name), why))
                        continue
                    if not _matches(rel.as_posix(), name, include):
                        noted.append((str(base / name),
                                      MARKDOWN_WHY if default_include
                                      and name.lower().endswith(".md") else not_included))
                        continue
                    f = base / name
                    if not_an_article(rel.as_posix()):
                        left_out.append((str(f), NOT_ARTICLE_WHY))
                        continue
                    found.append(Source(f, str(f), rel, _format_of(f, fmt)))
            for src in _walked_links(found, p, left_out):
                add(src)
        elif p.exists() or p.is_symlink():
            add(Source(p, str(p), Path(p.name), _format_of(p, fmt, sniff=True), named=True))
        else:
            errors.append(f"{arg}: no such file or directory")

    for arg in paths:
        # what this path's walk leaves out, for ``said`` in the walk's order
        n_left, n_noted = len(left_out), len(noted)
        walk_one(arg)
        if said is not None:
            new = [*left_out[n_left:], *noted[n_noted:]]
            said.extend(sorted(new, key=lambda e: Path(e[0]).parts))
    return sources, errors


def _output_suffix(src: Source) -> str:
    return ".txt" if src.format == "html" else (src.rel.suffix or ".txt")


def _uncreatable_dir(d: Path) -> str | None:
    """Why the directory ``d``, which does not exist, cannot be made — its
    nearest existing ancestor is no directory, or one the user may not
    write — or None (``d`` exists: its files may already hold the outputs,
    and each is judged when it is written)."""
    if d.is_dir():
        return None
    p = Path(os.path.abspath(d))
    while not os.path.lexists(p) and p != p.parent:
        p = p.parent
    shown = os.path.relpath(p) if not os.path.isabs(d) else str(p)
    if not p.is_dir():
        return f"{shown} is not a directory"
    if not os.access(p, os.W_OK | os.X_OK,
                     effective_ids=os.access in os.supports_effective_ids):
        return f"{shown} is not writable"
    return None


def _default_target(src: Source, out: Path) -> Path:
    rel = src.rel
    if src.format == "html":
        rel = rel.with_suffix(".txt")
    return out / rel


def title_slug(text: str, max_length: int = 80) -> str:
    """The slug of a document's headline (its first non-empty line).

    Apostrophes are dropped inside a word (``Kyiv’s`` → ``kyivs``), and so are
    symbols — currency signs and the like (Unicode categories Sc, So): their
    transliteration is no word of the title (``£5bn deal`` would give
    ``ps5bn-deal``, ``€`` ``eur``, ``©`` ``c``), and ``$``, which has none, is
    dropped anyway (``£5bn deal`` → ``5bn-deal``, like ``$5bn deal``)."""
    import unicodedata

    from slugify import slugify

    for line in text.splitlines():
        if line.strip():
            drop = sorted({ch for ch in line if unicodedata.category(ch) in ("Sc", "So")})
            return slugify(line, max_length=max_length, word_boundary=True,
                           replacements=[["'", ""], ["\u2019", ""], *([ch, ""] for ch in drop)])
    return ""


# --------------------------------------------------------------------------
# Results


@dataclass
class DocResult:
    """What became of one document: a file, stdin, or one JSONL line — or,
    for what a JSONL file loses besides its records (blank lines), the file
    itself: ``line`` and ``text`` None, the reason in ``rewrites``."""

    source: int
    display: str
    line: int | None = None          # JSONL line number
    id: str = ""
    text: str | None = None          # cleaned text (None on error)
    original: str | None = None      # decoded input, when asked for (diffs)
    changed: bool = False            # the output would differ from the input
    text_changed: bool = False       # the pipeline changed the text
    metadata: dict[str, Any] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None
    error: str | None = None
    detail: str | None = None        # a traceback, for --verbose
    out_line: bytes | None = None    # JSONL output line
    mode: int | None = None          # permission bits of the input file
    #: the input file's io.stamp when it was read: --in-place replaces it
    #: only if it still has it
    stamp: tuple[int, int, int, int] | None = None
    empty: bool = False
    binary: bool = False             # the error is that the input is binary
    #: seconds the pipeline took, when over SLOW_SECONDS (a warning), and
    #: the document's size then, in MB of UTF-8
    slow: float | None = None
    slow_mb: float = 0.0
    #: what kind of JSONL error or warning, for those said once a file
    #: (:data:`ONCE_A_FILE`): the rest of the file's are counted
    error_kind: str | None = None
    #: ``(kind, message)``: what was done to a record that the user should
    #: hear of, though it was cleaned (its metadata left as it was…)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    #: why the output would differ from the input besides ``changes``: JSONL
    #: fields added, the JSON re-serialised, an encoding or a BOM dropped…
    rewrites: list[str] = field(default_factory=list)
    #: an HTML input: ``text`` (and ``original``, ``changes``, ``changed``)
    #: are of the text extracted from the page, the output whatever
    #: ``changed`` says
    from_html: bool = False
    #: the SHA-256 of the input's bytes (when a cache asked for it)
    sha: str | None = None
    #: taken from the cache: the input is as when it was last cleaned
    cached: bool = False

    @property
    def where(self) -> str:
        return f"{self.display}#{self.line}" if self.line is not None else self.display

    def counts(self) -> dict[str, int]:
        c: collections.Counter[str] = collections.Counter(
            x.code for x in (*self.changes, *self.reports))
        return dict(sorted(c.items()))

    def findings(self) -> list[Change | Report]:
        """Changes and reports, by position in the input."""
        return sorted((*self.changes, *self.reports), key=lambda f: (f.line, f.col))

    def diff(self) -> str:
        """A unified diff from the input text to the cleaned text."""
        if self.original is None or self.text is None:
            return ""
        a = self.original.splitlines(keepends=True)
        b = self.text.splitlines(keepends=True)
        out = []
        for line in difflib.unified_diff(a, b, f"a/{self.where}", f"b/{self.where}"):
            out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
        return "".join(out)


@dataclass
class BatchResult:
    """The outcome of a batch; figures for the summary and the exit code."""

    files: int = 0                    # inputs handled (files, stdin), failed ones too
    documents: int = 0                # documents cleaned (JSONL: one a line)
    changed: list[str] = field(default_factory=list)   # inputs whose output differs
    #: the inputs of ``changed`` whose text the pipeline leaves as it is: they
    #: change only by being rewritten (JSONL fields added, UTF-8, a BOM…)
    rewritten_only: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)   # outputs (re)written
    #: files of ``-o DIR`` at the output path of an input that failed (or
    #: whose output could not be written): left by an earlier run, kept
    #: (never deleted), but not this run's output
    stale_outputs: list[str] = field(default_factory=list)
    #: the HTML inputs cleaned (or checked) as the text extracted from them:
    #: with -o their output is that text, written as .txt, whether or not
    #: cleaning changed it (they are in ``changed`` only if it did)
    extracted: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)   # binary inputs, HTML, links, excluded
    #: the HTML files of ``skipped``: found in a directory, not cleaned in
    #: place (``check``: not checked, as clean --in-place skips them)
    skipped_html: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)    # inputs not cleaned: an error
    #: the inputs read in another encoding than UTF-8 (Windows-1252, UTF-16
    #: or -32 with a BOM) whose output was written as UTF-8, with it:
    #: ``{path: "cp1252"}`` (``--in-place``: rewritten so)
    reencoded: dict[str, str] = field(default_factory=dict)
    #: why each input of ``skipped`` was: ``html``, ``binary``, ``link`` (a
    #: symbolic link a walk leaves out), ``not-article`` (a licence, readme,
    #: requirements… by its name) or ``excluded`` (``force_exclude``)
    skipped_why: dict[str, str] = field(default_factory=dict)
    #: the paths named on the command line and excluded (``force_exclude``):
    #: the files among them are in ``skipped`` too, which also has the
    #: symbolic links a walk leaves out (their file is cleaned under its own
    #: name, or lies outside the walk)
    excluded: list[str] = field(default_factory=list)
    changes_by_rule: collections.Counter = field(default_factory=collections.Counter)
    reports_by_rule: collections.Counter = field(default_factory=collections.Counter)
    reported: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)    # code -> rule name
    interrupted: bool = False
    #: the inputs of ``files`` taken from the cache (``cache_dir``): as
    #: when last cleaned, they were not cleaned again
    cached: list[str] = field(default_factory=list)
    #: ``-o DIR``: files cleaned again whose output was there already, byte
    #: for byte (not rewritten): a rerun that a cache would have skipped
    outputs_up_to_date: int = 0
    #: the inputs of ``failed`` that are binary (``skip_binary`` off): the
    #: summary says what skips them
    binary_errors: int = 0
    #: changes found but not applied: those of a JSONL file that
    #: ``--in-place`` left as it was (it has lines that cannot be cleaned),
    #: and those of an output that could not be written
    unapplied: int = 0
    #: the changes of ``changes_by_rule`` that are unsafe fixes (a name
    #: inside a quotation), applied because ``Settings.unsafe_fixes`` is on
    unsafe: int = 0
    # what the exit code is about (clean_paths sets them from its arguments)
    check: bool = False               # nothing written: would files change?
    strict: bool = False              # check: any finding fails, not only changes
    exit_non_zero_on_fix: bool = False   # clean: a changed file fails

    @property
    def findings(self) -> int:
        return sum(self.changes_by_rule.values()) + sum(self.reports_by_rule.values())

    @property
    def reports(self) -> int:
        return sum(self.reports_by_rule.values())

    @property
    def cleaned(self) -> int:
        """Inputs cleaned (or checked): neither failed nor skipped."""
        return self.files - len(self.failed) - len(self.skipped)

    @property
    def exit_code(self) -> int:
        """The exit code of the command line, as ruff and black have them:
        2 when anything failed; else 1 when a check found a file that would
        change (``strict``: or any finding), or when a clean with
        ``exit_non_zero_on_fix`` changed a file; else 0."""
        if self.errors:
            return 2
        if self.check:
            return 1 if self.changed or (self.strict and self.findings) else 0
        return 1 if self.exit_non_zero_on_fix and self.changed else 0

    @property
    def failed_records(self) -> int:
        """JSONL lines skipped (each an error of ``errors`` with a ``line``)."""
        return sum(1 for e in self.errors if "line" in e)

    def summary(self) -> dict[str, Any]:
        """The report's summary. Its units: ``files``, ``changed``,
        ``failed_files`` and ``skipped`` count inputs (files, stdin; a JSONL
        file is one), ``documents`` documents cleaned (a JSONL record is
        one), ``failed_records`` JSONL lines skipped, and ``failed`` the
        errors (``errors``: one per input that failed, per JSONL line
        skipped, per path that does not exist), as before."""
        codes = sorted(set(self.changes_by_rule) | set(self.reports_by_rule))
        return {
            "files": self.files,
            "documents": self.documents,
            "changed": len(self.changed),
            "extracted": len(self.extracted),
            "written": len(self.written),
            "cached": len(self.cached),
            "stale_outputs": len(self.stale_outputs),
            "failed": len(self.errors),
            "failed_files": len(self.failed),
            "failed_records": self.failed_records,
            "skipped": len(self.skipped),
            "changes": sum(self.changes_by_rule.values()),
            "unapplied_changes": self.unapplied,
            "unsafe_changes": self.unsafe,
            "reports": self.reports,
            "by_rule": {c: {"name": self.names.get(c, ""),
                            "changes": self.changes_by_rule.get(c, 0),
                            "reports": self.reports_by_rule.get(c, 0)} for c in codes},
            "reported_documents": {c: v for c, v in sorted(self.reported.items())},
            "errors": self.errors,
        }


# --------------------------------------------------------------------------
# Work done in the worker processes (or in-process with jobs=1)

_PIPELINE: Pipeline | None = None
#: the worker's pipeline for the run's settings, and those for the extra
#: codes a file's per-file-ignores turn off (built when first needed)
_BASE: Pipeline | None = None
_BY_IGNORE: dict[tuple[str, ...], Pipeline] = {}


def _use(ignore: tuple[str, ...]) -> None:
    """Clean the next item with the run's pipeline, or (``ignore``: the
    codes per-file-ignores turn off for its file) with one without them."""
    global _PIPELINE
    assert _BASE is not None
    if not ignore:
        _PIPELINE = _BASE
        return
    pipeline = _BY_IGNORE.get(ignore)
    if pipeline is None:
        settings = _BASE.settings
        pipeline = _BY_IGNORE[ignore] = Pipeline(
            settings=settings.with_(ignore=(*settings.ignore, *ignore)))
    _PIPELINE = pipeline


class _Count:
    """A counter shaped as ``multiprocessing.Value`` for a run in-process."""

    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def get_lock(self) -> threading.Lock:
        return self._lock


#: the files this process has cleaned, for the parent's progress bar (None:
#: no bar)
_DONE: Any = None


def _init_worker(settings: Settings, watch_parent: bool = False, done: Any = None) -> None:
    global _PIPELINE, _BASE, _DONE
    _PIPELINE = _BASE = Pipeline(settings=settings)
    _BY_IGNORE.clear()
    _DONE = done
    if watch_parent:
        # the parent handles Ctrl-C and terminates us; and if it is killed
        # outright, do not linger as an orphan
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        parent = os.getppid()

        def watch() -> None:
            while True:
                time.sleep(0.5)
                if os.getppid() != parent:
                    os._exit(1)

        threading.Thread(target=watch, daemon=True).start()


@dataclass(frozen=True)
class _FileTask:
    source: int
    path: str | None
    display: str
    format: str
    keep_original: bool
    data: bytes | None = None   # stdin, read by the parent
    ignore: tuple[str, ...] = ()   # codes off for this file (per-file-ignores)
    max_size: int = 0              # bytes; 0: no limit (see cleaner.limits)
    digest: bool = False           # hash the bytes read (DocResult.sha), for the cache


@dataclass(frozen=True)
class _JsonlChunk:
    source: int
    display: str
    lines: tuple[tuple[int, bytes], ...]
    text_key: str
    id_key: str
    with_changes: bool
    keep_original: bool
    bom: bool = False             # the first chunk of a file that starts with a UTF-8 BOM
    final_newline: bool = True    # False: the last chunk of a file without one
    ignore: tuple[str, ...] = ()  # codes off for this file (per-file-ignores)
    max_size: int = 0             # the size limit of a record's text (0: none)


def _fail(res: DocResult, exc: BaseException) -> DocResult:
    if isinstance(exc, InputError):
        res.error = str(exc)
        res.binary = isinstance(exc, BinaryInputError)
    else:
        res.error = f"{res.where}: internal error ({type(exc).__name__}: {exc})"
        res.detail = traceback.format_exc()
    return res


#: A document that takes longer than this to clean is named in a warning,
#: with its size and the seconds it took a MB. A normal article takes
#: milliseconds; one that takes seconds is either long (the rules read a
#: text in time linear in its length, one line of megabytes too: bench/run.py
#: --only longline) or holds something a rule reads in more than linear time
#: (a pathological line; see bench/hostile.py).
SLOW_SECONDS = 10.0
#: Seconds a MB above which a slow document is the second kind, worth a
#: report: the default pipeline cleans a MB of news in a few seconds on one
#: core, one document or many, short lines or one long one.
SLOW_SECONDS_PER_MB = 30.0


def _timed_run(res: DocResult, doc: Document) -> Document:
    assert _PIPELINE is not None
    start = time.perf_counter()
    out = _PIPELINE.run(doc)
    took = time.perf_counter() - start
    if took > SLOW_SECONDS:
        res.slow = took
        res.slow_mb = len(doc.text.encode("utf-8", "surrogatepass")) / 1e6
    return out


def _process_file(task: _FileTask) -> DocResult:
    _use(task.ignore)
    res = DocResult(task.source, task.display, id=task.display)
    try:
        if task.data is not None:
            data = task.data
        else:
            path = Path(task.path or "")
            st = check_regular(path)
            res.mode = st.st_mode & 0o7777
            res.stamp = stamp(st)
            limit = task.max_size
            if limit and st.st_size > limit:   # refused before it is read
                raise InputError(too_large(task.display, limit, st.st_size))
            try:
                with path.open("rb") as fh:
                    data = read_limited(fh, limit)
            except OSError as exc:
                raise InputError(f"{task.display}: cannot read ({exc.strerror})") from None
            if data is None:   # it grew past the limit since its stat
                raise InputError(too_large(task.display, limit))
            if task.digest:
                res.sha = file_hash(data)
        if not data:
            res.text, res.original, res.empty = "", "", True
            res.notes.append(f"{task.display}: empty input, empty output")
            return res
        gz = gzip_problem(data, task.display)
        if gz:
            raise BinaryInputError(gz)
        decoded = Decoded()
        text, res.encoding = decode_bytes(data, task.display, decoded)
        if res.encoding != "utf-8":
            res.notes.append(f"{task.display}: not valid UTF-8; decoded as {res.encoding}")
        lossy = decoded.warning(task.display)
        if lossy:
            res.notes.append(lossy)
        given: dict[str, Any] = {}
        # the U+FFFD the reading put in, which U007 tells from the text's own
        undecoded = frozenset(decoded.replaced_at)
        unplaced = False
        if task.format == "html":
            # the page's own metadata (JSON-LD) comes first, as a record's
            # does, but for the outlet: the one its title names wins
            from .htmltext import html_document
            page_own = text.count("\ufffd") - len(undecoded)
            text, given = html_document(text)
            # the extraction moves the text: where the page had none of
            # its own, every U+FFFD of the text is the reading's
            unplaced = bool(undecoded and page_own)
            undecoded = (frozenset(i for i, ch in enumerate(text) if ch == "\ufffd")
                         if undecoded and not page_own else frozenset())
        source = given.pop("source", None)
        doc = _timed_run(res, Document(text, id=task.display, metadata=dict(given),
                                       from_html=task.format == "html",
                                       undecoded_at=undecoded,
                                       undecoded_unplaced=unplaced))
        res.text = doc.text
        res.metadata = dict(doc.metadata)
        if source is not None:
            res.metadata.setdefault("source", source)
        if res.encoding != "utf-8":
            res.metadata.setdefault("encoding", res.encoding)
        res.changes, res.reports = list(doc.changes), list(doc.reports)
        if decoded.as_cp1252_at and task.format != "html":
            res.reports += _cp1252_reports(text, decoded.as_cp1252_at, data, decoded.as_cp1252,
                                           doc.text, res.changes)
        res.text_changed = doc.text != text
        if task.format == "html":
            res.changed = res.text_changed
        else:
            res.changed = doc.text.encode("utf-8") != data
            if res.changed and res.encoding != "utf-8":
                res.rewrites.append(f"would be rewritten as UTF-8 (was {res.encoding})")
            elif res.changed and lossy:
                res.rewrites.append("would be rewritten as valid UTF-8 (its invalid bytes "
                                    "replaced: see the warning)")
        if res.changed and res.text_changed and not res.changes:
            res.rewrites.append("the text would change")
        if task.keep_original:
            res.original = text
    except Exception as exc:  # noqa: BLE001 - any failure is this file's, not the batch's
        return _fail(res, exc)
    return res


def _out_place(pos: int, word_start: int, word: str, out: str,
               changes: Sequence[Change]) -> int:
    """Where the input's ``pos`` (in ``word``, from ``word_start``) is in
    the cleaned text ``out``: moved by the changes before it (their offsets
    are in the input), then set on the occurrence of ``word`` nearest there
    (a change of a later pass is measured on the text as it then was, so the
    shift alone may be a little off)."""
    shift = sum(len(c.after) - len(c.before) for c in changes
                if c.offset + len(c.before) <= pos)
    near = max(0, min(word_start + shift, len(out)))
    best, i = None, out.find(word) if word else -1
    while i != -1:
        if best is None or abs(i - near) < abs(best - near):
            best = i
        i = out.find(word, i + 1)
    return best + (pos - word_start) if best is not None else max(0, min(pos + shift, len(out)))


def _cp1252_reports(text: str, at: Sequence[int], data: bytes,
                    byte_at: Sequence[int], cleaned: str | None = None,
                    changes: Sequence[Change] = ()) -> list[Report]:
    """``U008`` for each byte of a UTF-8 file read as a Windows-1252 letter
    inside a word (io._read_mostly_utf8), where it is in ``text`` (a text
    file: HTML is extracted, its positions would not hold), unless
    ``--select`` / ``--ignore`` turn the code off."""
    from .pipeline import _LineIndex
    from .rules import BUILTIN_REPORTS, builtin_enabled

    settings = _PIPELINE.settings if _PIPELINE is not None else Settings()
    if not builtin_enabled("U008", settings.select, settings.ignore):
        return []
    lines = _LineIndex(text)
    out = []
    for pos, b in zip(at, byte_at):
        start, end = pos, pos + 1
        while start and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        line, col = lines.line_col(pos)
        out.append(Report("U008", BUILTIN_REPORTS["U008"][0],
                          f"byte 0x{data[b]:02X} inside a word read as Windows-1252 "
                          f"'{text[pos]}' in '{text[start:end]}': a guess (the file is not "
                          "valid UTF-8 there); check the word", line, col, pos, text[pos],
                          # where it is in the cleaned text, for check --fix
                          None if cleaned is None
                          else _out_place(pos, start, text[start:end], cleaned, changes)))
    return out


def _process_record(chunk: _JsonlChunk, lineno: int, raw: bytes) -> DocResult | None:
    assert _PIPELINE is not None
    res = DocResult(chunk.source, chunk.display, line=lineno)
    where = f"{chunk.display}:{lineno}"
    if isinstance(raw, LongLine):   # read past, not kept (cleaner.limits)
        res.error = (too_large(where, raw.limit, raw.size, "a line of ",
                               "line skipped, read past (a longer line is never held, so "
                               "its text is not measured)", bound=raw.bound)
                     if raw.bound else
                     too_large(where, raw.limit, raw.size, "a record of ", "line skipped"))
        return res
    if not raw.strip():
        return None
    try:
        if b"\x00" in raw:   # (no JSON holds a raw NUL: binary data past the file's start)
            raise InputError(f"{where}: binary data (NUL bytes), line skipped")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{where}: not UTF-8 ({exc.reason} at byte {exc.start}), "
                             "line skipped") from None
        try:
            record = json_loads(line)
        except JSONTooDeep as exc:
            raise InputError(f"{where}: {exc}, line skipped") from None
        except json.JSONDecodeError as exc:
            # json's own message may end with "at" ("Unterminated string
            # starting at"): the column follows it as in str(exc)
            raise InputError(f"{where}: malformed JSON ({exc.msg}: column {exc.colno}), "
                             "line skipped") from None
        if not isinstance(record, dict):
            if isinstance(record, list) and record and all(isinstance(r, dict) for r in record):
                # a JSON array of records on one line: JSONL has one a line
                raise InputError(f"{where}: a JSON array of {len(record)} records, not one "
                                 "record (JSONL has one a line: jq -c '.[]' makes it so), "
                                 "line skipped")
            raise InputError(f"{where}: not a JSON object, line skipped")
        raw_id = record.get(chunk.id_key)
        if raw_id is not None:   # a record skipped is named by its id too (--report, json)
            res.id = str(raw_id)
        text = record.get(chunk.text_key)
        if not isinstance(text, str) and chunk.text_key in record:
            # there, but no text: not the "wrong --text-key" of a missing field
            res.error_kind = "text-type"
            kind = "null" if text is None else JSON_TYPE.get(type(text).__name__, "value")
            what = "null" if text is None else f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"
            raise InputError(f"{where}: field {chunk.text_key!r} is {what}, not a string, "
                             "line skipped")
        if not isinstance(text, str):
            res.error_kind = "text-key"
            raise InputError(f"{where}: no string field {chunk.text_key!r}"
                             f"{_text_key_hint(record, chunk.text_key)}, line skipped")
        if chunk.max_size and len(raw) > chunk.max_size:
            # the text is what is cleaned, and what the limit is of (JSON's
            # escapes make no text shorter: a shorter line holds no longer one)
            size = len(text.encode("utf-8", "surrogatepass"))
            if size > chunk.max_size:
                raise InputError(too_large(where, chunk.max_size, size,
                                           f"a record whose text ({chunk.text_key!r}) is ",
                                           "line skipped"))
        metadata, metadata_as = record_metadata(record.get("metadata"))
        res.id = str(raw_id) if raw_id is not None else f"{chunk.display}:{lineno}"
        doc = _timed_run(res, Document(text, id=res.id, metadata=dict(metadata), record=True))
        given = record if raw_id is not None else {**record, chunk.id_key: res.id}
        out, notes = record_out(given, doc, chunk.text_key, metadata_as, chunk.with_changes)
        for kind, message in notes:
            res.warnings.append((kind, f"{where}: {message}{_NOTE_HINT[kind]}"))
        # (a lone surrogate, a file name's byte that is not UTF-8 in the id
        # or a record's own \ud800, written as JSON's escape of it)
        res.out_line = json.dumps(out, ensure_ascii=False, default=str).encode(
            "utf-8", "backslashreplace")
        res.text = doc.text
        res.metadata = dict(doc.metadata)
        res.changes, res.reports = list(doc.changes), list(doc.reports)
        res.text_changed = doc.text != text
        res.changed = res.out_line != raw
        if res.changed:
            res.rewrites = _record_rewrites(record, out, raw, res.text_changed and not doc.changes)
        if chunk.keep_original:
            res.original = text
    except Exception as exc:  # noqa: BLE001
        return _fail(res, exc)
    return res


#: what a note of records.record_out adds in the CLI
_NOTE_HINT = {"metadata": "; the pipeline's metadata is not written into the record "
                          "(--report has it)",
              "metadata-depth": "; the pipeline's metadata is not written into the record "
                                "(--report has it)",
              "with-changes": ", --with-changes does not overwrite a record's field "
                              "(--report has the pipeline's)"}
#: The kinds of JSONL errors and warnings (:attr:`DocResult.error_kind`, the
#: kinds of :attr:`DocResult.warnings`) said once a file, the rest counted:
#: a wrong --text-key fails every record the same way.
ONCE_A_FILE = frozenset({"text-key", "text-type", "metadata", "metadata-depth",
                         "with-changes"})


#: How the summary at the end of a JSONL file names the records of each kind
#: of ONCE_A_FILE not said one by one.
_ONCE_WHAT = {"text-key": "skipped for the same reason",
              "text-type": "skipped for the same reason (a text field that is no string)",
              "metadata": "whose 'metadata' is no object, left as it was",
              "metadata-depth": "whose 'metadata' holds JSON nested too deeply, left as it was",
              "with-changes": "with their own 'changes' or 'reports', left as they were"}


def _text_key_hint(record: dict[str, Any], key: str, shown: int = 5) -> str:
    """What to say when ``record`` has no string field ``key`` (see
    :func:`cleaner.records.text_key_hint`); but when it holds a list of
    records that have one (``{"records": [{"text": …}, …]}`` on one line: a
    JSON document minified, not a record), that list and the ``jq`` that
    makes JSON Lines of its records. A record with a text of its own
    (``{"content": "<article>", "comments": [{"text": …}]}``) is not such
    a document: its lists are its own, and the hint is the ``--text-key``
    one."""
    lists = [] if _is_record(record) else _lists_with(record, key)
    if len(lists) == 1:
        import shlex

        keys, n = lists[0]
        filt = shlex.quote(_jq_path(keys) + "[]")
        return (f"; its list {'.'.join(keys)!r} ({n} item{'s' * (n != 1)}) holds records "
                f"with one (a document of records on one line, not a record: `jq -c {filt}` "
                "makes JSON Lines of it)")
    return text_key_hint(record, key, "--text-key", shown)


def _lists_with(obj: dict[str, Any], key: str,
                path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], int]]:
    """The paths (keys from the top, down to ``JSON_LIST_DEPTH``) of the
    lists of objects in ``obj`` whose items have a string field ``key``,
    each with its length; only those nearest the top. An object that is a
    record itself (:func:`_is_record`) is not looked into: its lists (its
    comments, its links) are its own."""
    here = [((*path, k), len(v)) for k, v in obj.items()
            if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)
            and any(isinstance(x.get(key), str) for x in v)]
    if here or len(path) + 1 >= JSON_LIST_DEPTH:
        return here
    found: list[tuple[tuple[str, ...], int]] = []
    for k, v in obj.items():
        if isinstance(v, dict) and not _is_record(v):
            found += _lists_with(v, key, (*path, k))
    if not found:
        return []
    depth = min(len(p) for p, _ in found)
    return [(p, n) for p, n in found if len(p) == depth]


def _is_record(obj: dict[str, Any]) -> bool:
    """Whether ``obj`` holds a string of ``RECORD_TEXT_CHARS`` or more (a
    record's text, not a wrapper's status or cursor)."""
    return any(isinstance(v, str) and len(v) >= RECORD_TEXT_CHARS for v in obj.values())


def _record_rewrites(record: dict[str, Any], out: dict[str, Any], raw: bytes,
                     text_unexplained: bool) -> list[str]:
    """Why the output line of a record differs from its input line, besides
    the changes to its text (which its findings say)."""
    why = []
    added = [k for k in out if k not in record]
    if added:
        why.append(f"record fields would be added: {', '.join(added)}")
    old, new = record.get("metadata"), out.get("metadata")
    if isinstance(old, str) and isinstance(new, str) and old != new:
        old, new = json_loads(old), json_loads(new)   # a JSON object in a string
    if "metadata" in record and old != new:
        if isinstance(old, dict) and isinstance(new, dict):
            keys = [k for k in new if k not in old]
            if keys:
                why.append(f"metadata fields would be added: {', '.join(keys)}")
            keys = [k for k in old if k in new and old[k] != new[k]]
            if keys:
                why.append(f"metadata fields would change: {', '.join(keys)}")
        else:
            why.append(f"metadata would be set (was {json.dumps(old)})")
    if text_unexplained:
        why.append("the text would change")
    if json.dumps(record, ensure_ascii=False, default=str).encode(
            "utf-8", "backslashreplace") != raw:
        why.append("the record would be re-serialised (the same JSON written with other "
                   "spacing, escapes or number forms)")
    return why or ["the record would be rewritten"]


def _process_chunk(chunk: _JsonlChunk) -> list[DocResult]:
    _use(chunk.ignore)
    out = []
    for lineno, raw in chunk.lines:
        r = _process_record(chunk, lineno, raw)
        if r is not None:
            out.append(r)
    # what changes the file, not one record: said on its first or last record
    if chunk.bom and out and out[0].line == chunk.lines[0][0] and not out[0].error:
        out[0].changed = True
        out[0].rewrites.append("the UTF-8 byte-order mark would be removed")
    if (not chunk.final_newline and out and out[-1].line == chunk.lines[-1][0]
            and not out[-1].error):
        out[-1].changed = True
        out[-1].rewrites.append("a newline would be added at the end of the file")
    return out


#: A file of this many bytes or more is followed by :func:`_give_back`.
GIVE_BACK_BYTES = 1 << 20
_TRIM: Any = None   # glibc's malloc_trim, once looked up (False: there is none)


def _give_back() -> None:
    """Hand the memory the C allocator holds free back to the system
    (glibc's ``malloc_trim``; nothing where there is none: another libc,
    another system). After a big page, the freed blocks of its tree and
    text stay in the heap between blocks still in use: a worker stayed
    10-17 MB above its siblings after one page of 2 MB (returned in under
    6 ms)."""
    global _TRIM
    if _TRIM is None:
        _TRIM = False
        if sys.platform.startswith("linux"):
            try:
                import ctypes   # (only here: most runs never need it)
                trim = ctypes.CDLL(None).malloc_trim
                trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
                _TRIM = trim
            except (OSError, AttributeError):   # (no glibc: musl has none)
                pass
    if _TRIM:
        _TRIM(0)


def _work(item: _FileTask | _JsonlChunk) -> Any:
    if isinstance(item, _FileTask):
        res = _process_file(item)
        if res.stamp is not None and res.stamp[2] >= GIVE_BACK_BYTES:
            _give_back()
        if _DONE is not None:
            with _DONE.get_lock():
                _DONE.value += 1
        return res
    return _process_chunk(item)


def _work_files(items: tuple[_FileTask | _JsonlChunk, ...]) -> list[Any]:
    return [_work(item) for item in items]


# --------------------------------------------------------------------------
# The ordered, bounded runner


@dataclass(frozen=True)
class _Local:
    """An item that needs no worker: passes through the stream in order."""

    value: Any


class _Progress:
    """The progress bar on stderr: it counts the files as the workers finish
    them (``done``, shared with them, plus ``local``: what the parent
    finishes itself), not as the results are taken in input order — one
    slow file would hold it at 0 % while the others are done — and a
    thread redraws it twice a second, so that its clock runs while a long
    file is being cleaned (review 16 U6). A JSONL file is one input of the
    count but may hold a million records: the records taken so far are said
    beside it (``12,345 records``), so that a run over one big corpus, a
    bar at 0/1 for minutes, is seen to move."""

    TICK = 0.5

    def __init__(self, total: int, done: Any) -> None:
        import shutil

        from tqdm import tqdm

        self.total, self.done, self.local, self.records = total, done, 0, 0
        # a terminal that reports no size (a pty nobody sized: `script` run
        # from a CI job, a serial console) has 0 columns, in which tqdm
        # draws nothing at all: draw it as wide as $COLUMNS, or 80; such a
        # terminal mostly reports 0 rows too, which tqdm takes as -1 rows
        # (nothing drawn either): give it $LINES, or 24
        sized = ({} if _columns(sys.stderr) != 0 else
                 {"ncols": shutil.get_terminal_size().columns,
                  "nrows": shutil.get_terminal_size().lines, "dynamic_ncols": False})
        self.bar = tqdm(**{"total": total, "unit": "file", "file": sys.stderr,
                           "leave": False, "dynamic_ncols": True, "miniters": 1, **sized})
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._tick, daemon=True)
        self._thread.start()

    def _count(self) -> int:
        return min(self.total, self.done.value + self.local)

    def update(self) -> None:
        with self.bar.get_lock():
            n = self._count()
            if n > self.bar.n:
                self.bar.update(n - self.bar.n)

    def add_records(self, n: int) -> None:
        """``n`` more JSONL records taken (cleaned, or lines skipped), said
        after the bar; drawn at the next update or tick."""
        with self.bar.get_lock():
            self.records += n
            self.bar.set_postfix_str(_plural(self.records, "record"), refresh=False)

    def _tick(self) -> None:
        while not self._stop.wait(self.TICK):
            with self.bar.get_lock():
                n = self._count()
                if n > self.bar.n:
                    self.bar.n = n
                self.bar.refresh()

    def write(self, say: Callable[[str], None], msg: str) -> None:
        """``say(msg)`` above the bar."""
        with self.bar.get_lock():
            self.bar.clear()
            say(msg)
            self.bar.refresh()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.bar.close()


class _Runner:
    def __init__(self, settings: Settings, jobs: int, done: Any = None) -> None:
        self.jobs = max(1, jobs)
        self.pool = None
        if self.jobs > 1:
            import multiprocessing  # (only here: one file, as a pre-commit hook gives, needs none)

            self.pool = multiprocessing.get_context().Pool(
                self.jobs, initializer=_init_worker, initargs=(settings, True, done))
        else:
            _init_worker(settings, done=done)

    def map(self, items: Iterable[Any]) -> Iterator[Any]:
        if self.pool is None:
            for item in items:
                yield item.value if isinstance(item, _Local) else _work(item)
            return
        # Files go to the workers FILES_PER_TASK at a time: one round trip
        # through the pool costs about as much as cleaning a short file.
        window = self.jobs * WINDOW_PER_JOB
        pending: collections.deque = collections.deque()
        files: list[_FileTask] = []

        def flush() -> None:
            if files:
                pending.append(self.pool.apply_async(_work_files, (tuple(files),)))
                files.clear()

        for item in items:
            if isinstance(item, _FileTask) and item.data is None:
                files.append(item)
                if len(files) >= FILES_PER_TASK:
                    flush()
            else:
                flush()
                pending.append(item if isinstance(item, _Local)
                               else self.pool.apply_async(_work_files, ((item,),)))
            while len(pending) > window:
                yield from self._get(pending.popleft())
        flush()
        while pending:
            yield from self._get(pending.popleft())

    @staticmethod
    def _get(p: Any) -> list[Any]:
        return [p.value] if isinstance(p, _Local) else p.get()

    def close(self, abort: bool = False) -> None:
        if self.pool is not None:
            if abort:
                self.pool.terminate()
            else:
                self.pool.close()
            self.pool.join()
            self.pool = None


# --------------------------------------------------------------------------
# The batch


@dataclass(frozen=True)
class _JsonlBegin:
    source: int


@dataclass(frozen=True)
class _JsonlEnd:
    source: int
    ended_with_newline: bool
    bom: bool = False   # the source started with a UTF-8 BOM (the output will not)
    blank_lines: tuple[int, ...] = ()   # numbers of the blank lines (not written out)


@dataclass(frozen=True)
class _HtmlInPlace:
    """An HTML input of an ``--in-place`` run: not rewritten (its output is
    text); or one a check found in a directory: not checked, as
    ``clean --in-place`` skips it, so that the check passes after it."""

    source: int


def _blank_lines_reason(numbers: Sequence[int], shown: int = 10) -> str:
    """Why a JSONL file with blank lines would be rewritten."""
    lines = ", ".join(map(str, numbers[:shown])) + (", …" if len(numbers) > shown else "")
    if len(numbers) == 1:
        return f"a blank line would be removed (line {lines})"
    return f"{len(numbers)} blank lines would be removed (lines {lines})"


@dataclass(frozen=True)
class _SourceError:
    source: int
    message: str
    binary: bool = False   # binary data: --skip-binary skips it


#: How much of a JSONL input's start is looked at (_jsonl_head_problem).
JSONL_HEAD_BYTES = 8192


def _jsonl_head(fh: IO[bytes], seek: bool) -> tuple[bytes, bool, IO[bytes],
                                                    BaseException | None]:
    """The first ``JSONL_HEAD_BYTES`` of ``fh``, whether they are all of it,
    and the stream to read the input from, the head included. A plain file
    (``seek``) is read and sought back; any other stream (stdin, a pipe or a ``<``
    redirect; gzip) is read until the head is full or the input ends, and
    the head chained back in front of the rest (no seek: a pipe allows
    none, and a peek gives only what its buffer holds — 4 KB of a pipe, the
    rest of one gzip member — which was taken for the whole input). Only
    an end of input makes the head whole. A read that fails part way (a
    gzip shard cut short) gives the error, raised where the lines are read,
    after those read before it."""
    if seek and isinstance(fh, io.BufferedReader) and fh.seekable():
        head = fh.read(JSONL_HEAD_BYTES)
        fh.seek(-len(head), io.SEEK_CUR)
        return head, len(head) < JSONL_HEAD_BYTES, fh, None
    parts: list[bytes] = []
    got = 0
    error: BaseException | None = None
    whole = False
    # read1: a part at a time, so that a read error keeps what came before it
    read = getattr(fh, "read1", fh.read)
    try:
        while got < JSONL_HEAD_BYTES:
            part = read(JSONL_HEAD_BYTES - got)
            if not part:
                whole = True
                break
            parts.append(part)
            got += len(part)
    except (*GZIP_ERRORS, ValueError) as exc:
        error = exc
    head = b"".join(parts)
    return head, whole, io.BufferedReader(_Prefixed(head, fh, error)), error


def _jsonl_head_problem(fh: IO[bytes], display: str,
                        stdin: bool = False) -> tuple[InputError | None, IO[bytes]]:
    """The error for a JSONL input that is no text, told from its first
    bytes as a text file's are (:func:`cleaner.io.decode_bytes`): NUL bytes
    (binary data, or UTF-16 without a byte-order mark), or a UTF-16/32
    byte-order mark; or no JSONL at all: one JSON document — an array, or
    an object pretty-printed over several lines (:func:`_json_head_kind`),
    said with the ``jq`` that makes JSON Lines of it — or text (none of the
    complete lines of its first 8 KB, ``JSONL_SNIFF_LINES`` or more, is a
    JSON object): said once for the file, not as a malformed line each.
    JSON has no raw NUL byte anywhere, so no JSONL file is mistaken for
    binary. Also the stream to read the records from: ``fh``, or its head
    chained in front of it (:func:`_jsonl_head`). ``stdin``: the input is
    standard input (``display`` its name), which ``jq`` converts as a
    filter."""
    head, whole, fh, error = _jsonl_head(fh, seek=not stdin)
    if error is not None:
        return None, fh   # the read error is said when the lines are read
    return _head_problem(fh, head, whole, display, stdin), fh


def _head_problem(fh: IO[bytes], head: bytes, whole: bool, display: str,
                  stdin: bool) -> InputError | None:
    """:func:`_jsonl_head_problem` of ``head``, the start of ``fh`` (all
    of it: ``whole``)."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"),
                     (codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16")):
        if head.startswith(bom):
            return InputError(f"{display}: {enc} (byte-order mark); JSONL is read as UTF-8: "
                              "convert it to UTF-8 first")
    if b"\x00" in head:
        try:
            decode_bytes(head, display)
        except InputError as exc:
            return exc
    kind = _json_head_kind(head, whole=whole)
    if kind is not None:
        return InputError(_not_json_lines(display, kind, stdin, _json_head(fh, head, kind)))
    # text named .jsonl: not one of its first lines is a JSON object (each
    # would be a "malformed JSON" error of its own, a text's every line)
    lines = [x for x in head.split(b"\n")[:-1] if x.strip()]   # the complete ones
    first = lines[0].lstrip(b"\xef\xbb\xbf \t").rstrip(b" \t\r") if lines else b""
    if len(lines) >= JSONL_SNIFF_LINES and not first.startswith(b"{"):
        for line in lines:
            try:
                if isinstance(json_loads(line), dict):
                    return None
            except ValueError:
                continue
        kind = _json_document(head)
        if kind is not None:
            return InputError(_not_json_lines(display, kind, stdin, head))
        return InputError(f"{display}: not JSONL: none of its first {len(lines)} non-blank lines "
                          "is a JSON object (text? give --format text, or name it .txt)")
    return None


#: How much of a file that is one JSON object is read to find the list
#: that holds its records (:func:`_record_lists`): its start, where such a
#: list's name comes before the records fill the file.
JSON_HINT_BYTES = 1 << 20


def _json_head(fh: IO[bytes], head: bytes, kind: str) -> bytes:
    """The bytes of a JSON document the ``jq`` hint is told from: ``head``,
    or for an object, up to ``JSON_HINT_BYTES`` of its start, read from
    ``fh`` (a file is sought back; any other stream is chained, its head in
    front, and refused after)."""
    if kind != "object":
        return head
    try:
        more = fh.read(JSON_HINT_BYTES)
        if fh.seekable():
            fh.seek(-len(more), io.SEEK_CUR)
        return more if len(more) >= len(head) else head
    except (*GZIP_ERRORS, ValueError):
        pass
    return head


def _json_head_kind(head: bytes, whole: bool) -> str | None:
    """``"array"`` or ``"object"`` when ``head``, the start of an input read
    as JSON Lines (all of it: ``whole``), is one JSON document rather than
    a record a line, told cheaply from its first bytes: an array opens with
    ``[`` and a JSON value (a JSONL line holding an array, followed by
    other lines, is left to be said of its line); an object pretty-printed
    opens with a line that is no complete object — a lone ``{``, or a
    first key ending in a comma or bracket, or several lines none of which
    is a record. None: JSON Lines, or text (``{Draft} Council…``), or too
    little to tell (a first line longer than the head)."""
    body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body.startswith((b"[", b"{")):
        return None
    lines = [x.strip() for x in body.split(b"\n")]
    complete, rest = [x for x in lines[:-1] if x], lines[-1]
    first = complete[0] if complete else (rest if whole else b"")
    if body[:1] == b"[":
        after = body[1:].lstrip()[:1]
        if after and after not in b'[{"]-0123456789tfn':
            return None   # "[Updated] …": text
        if not first:
            return "array" if len(after) else None   # one line, longer than the head
        try:
            json_loads(first)
        except ValueError:
            return "array"   # "[" or "[{...}," over several lines
        # a line that is a whole array: the document, if nothing follows
        more = len(complete) > 1 or (rest and complete)
        return None if more else "array"
    if not first:
        return None
    if first == b"{":
        return "object"
    if first[1:].lstrip()[:1] not in (b'"', b"}"):
        return None   # "{Draft} …": text
    try:
        if isinstance(json_loads(first), dict):
            return None   # a record: JSON Lines
    except ValueError:
        pass
    for line in complete[1:]:
        try:
            if isinstance(json_loads(line), dict):
                return None   # a record: its first line is broken, said of its line
        except ValueError:
            continue
    if len(complete) > 1 or first.endswith((b",", b"{", b"[")):
        return "object"
    return None


#: How many keys deep the list of a JSON document's records is looked for
#: (``{"data": {"items": [...]}}`` is two).
JSON_LIST_DEPTH = 4
#: A string this long in an object is a record's text: the object is a
#: record, and a list of objects in it (its links, its authors) is its own,
#: not a list of records. A wrapper's strings are short (a status, a date,
#: a cursor).
RECORD_TEXT_CHARS = 200


def _record_lists(data: bytes) -> tuple[list[tuple[str, ...]], bool, set[tuple[str, ...]]]:
    """The paths (keys from the top) of the lists of objects in the JSON
    object ``data`` opens (the whole document, or only its start) — where
    its records would be — and whether the object was read to its end (a
    list cut off by the end of ``data`` is named all the same: the records
    of a large document are in it), and which of the paths are of a record
    object instead. An object that is a record itself (it holds a string of
    ``RECORD_TEXT_CHARS`` or more) gives up none of its lists (its authors,
    its links): it is named itself (``("article",)``; ``()``, the top one,
    is the whole document one record). The objects in it are looked into
    down to ``JSON_LIST_DEPTH`` keys (``("data", "items")``); only the
    paths nearest the top are given (a wrapper's ``records`` and not a list
    inside its ``meta``; a record one key down is as near as a list there).
    Each other value is skipped by ``json``'s own parser, so this costs
    what parsing the bytes looked at does."""
    import re

    text = data.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
    ws = re.compile(r"[ \t\r\n]*")
    dec = json.JSONDecoder()
    records: set[tuple[str, ...]] = set()

    def scan(pos: int, path: tuple[str, ...]) -> tuple[list[tuple[str, ...]], int | None]:
        """The lists in the object opening at ``pos`` - 1 (or the object's
        own path, when it is a record), and where it ends (None: cut off or
        broken)."""
        lists: list[tuple[str, ...]] = []
        inner: list[tuple[str, ...]] = []
        record = False

        def found() -> list[tuple[str, ...]]:
            if record:
                records.add(path)
                return [path]
            here = lists + [p for p in inner if len(p) == len(path) + 1]
            return here or inner

        while pos < len(text):
            if text[pos] == "}":
                return found(), pos + 1
            try:
                key, pos = dec.raw_decode(text, pos)
            except (ValueError, RecursionError):   # (a value nested thousands deep)
                break
            pos = ws.match(text, pos).end()
            if not isinstance(key, str) or text[pos:pos + 1] != ":":
                break
            pos = ws.match(text, pos + 1).end()
            if text[pos:pos + 1] == "[" and text[ws.match(text, pos + 1).end():][:1] == "{":
                lists.append((*path, key))
            if text[pos:pos + 1] == "{" and len(path) + 1 < JSON_LIST_DEPTH:
                below, end = scan(ws.match(text, pos + 1).end(), (*path, key))
                inner += below
                if end is None:
                    return found(), None
                pos = end
            else:
                try:
                    value, pos = dec.raw_decode(text, pos)
                except (ValueError, RecursionError):
                    # cut off (or broken, or nested past Python's recursion
                    # limit: records.JSONTooDeep): what follows is not known
                    break
                record = record or (isinstance(value, str)
                                    and len(value) >= RECORD_TEXT_CHARS)
            pos = ws.match(text, pos).end()
            if text[pos:pos + 1] == ",":
                pos = ws.match(text, pos + 1).end()
        return found(), None

    lists, end = scan(ws.match(text, 1).end(), ())   # past the "{"
    return lists, end is not None, records & set(lists)


def _jq_path(keys: tuple[str, ...] | list[str]) -> str:
    """The ``jq`` path of ``keys`` from the top: ``.data.items``, a key
    that is no name quoted (``.["the items"]``)."""
    import re

    out = ""
    for key in keys:
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            out += f".{key}"
        else:
            out += f"{'' if out else '.'}[{json.dumps(key, ensure_ascii=False)}]"
    return out or "."


def _jq_filter(kind: str, data: bytes) -> tuple[str, str]:
    """What one JSON document (``kind`` ``"array"`` or ``"object"``, whose
    bytes or first bytes are ``data``) is, and the ``jq`` filter that makes
    JSON Lines of it: an array's items (``.[]``); the items of an object's
    one list of objects (``.records[]``, ``.data.items[]`` a few keys
    deep, by its real names); an object with no such list is one record
    (``.``, put on one line), as is one that is a record itself (a long
    text: its links and authors are its own); a record a few keys down is
    named (``.article``); else the filter is a pattern the user completes
    (``.KEY[]``)."""
    import shlex

    if kind == "array":
        return "a JSON array, not JSON Lines (one record per line)", "'.[]'"
    lists, whole, records = _record_lists(data) if data else ([], False, set())
    pretty = "one JSON object over several lines (pretty-printed)"
    if lists == [()]:   # the object is a record
        lists, whole = [], True
    if len(lists) == 1 and lists[0] in records:
        keys = lists[0]
        return (f"{pretty} whose record is its object {'.'.join(keys)!r}, not JSON Lines "
                "(one record per line)", shlex.quote(_jq_path(keys)))
    if len(lists) == 1:
        keys = lists[0]
        name = ".".join(keys)
        return (f"{pretty} whose records are in its list {name!r}, not JSON Lines (one "
                "record per line)", shlex.quote(_jq_path(keys) + "[]"))
    if not lists and whole:
        return f"{pretty}, not JSON Lines (one record per line)", "."
    parts = [f"{what}: {', '.join(repr('.'.join(k)) for k in lists if (k in records) == rec)}"
             for what, rec in (("its lists of objects", False),
                               ("its objects that are records", True))
             if any((k in records) == rec for k in lists)]
    named = f" ({'; '.join(parts)})" if parts else ""
    return (f"{pretty}, not JSON Lines (one record per line); if a list in it holds the "
            f"records{named}, name it in place of KEY", "'.KEY[]'")


def _not_json_lines(display: str, kind: str, stdin: bool = False, data: bytes = b"") -> str:
    """What is said of one JSON document (``kind``: ``"array"`` or
    ``"object"``; ``data`` its bytes or its first ones) where JSON Lines is
    read: what it is, and the ``jq`` command that converts it
    (:func:`_jq_filter`)."""
    import shlex

    what, filt = _jq_filter(kind, data)
    jq = f"jq -c {filt}"
    if stdin:
        return f"{display}: {what}; pipe it through `{jq}` first"
    path = Path(display)
    gz = path.suffix.lower() == ".gz"
    base = path.with_suffix("") if gz else path
    out = base.with_suffix(".jsonl")
    if out == base:   # already named .jsonl
        out = base.with_name(f"{base.stem}.lines.jsonl")
    src = (f"gzip -dc {shlex.quote(display)} | {jq}" if gz
           else f"{jq} {shlex.quote(display)}")
    return f"{display}: {what}; convert with `{src} > {shlex.quote(str(out))}`"


def _json_document(data: bytes) -> str | None:
    """``"array"`` or ``"object"`` when ``data`` is one JSON array or
    object written over several lines (not JSONL: a record a line), else
    None."""
    body = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body.startswith((b"{", b"[")) or b"\n" not in body.strip():
        return None
    try:
        doc = json_loads(body)
    except ValueError:
        return None
    return "array" if isinstance(doc, list) else "object" if isinstance(doc, dict) else None


#: A JSONL input none of whose first lines (so many at least, in its first
#: 8 KB) is a JSON object is text, refused as a whole (_jsonl_head_problem).
JSONL_SNIFF_LINES = 3


def _columns(stream: Any) -> int | None:
    """The width of the terminal ``stream`` writes to (0 for one that
    reports no size), or None when that cannot be told (no terminal)."""
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, ValueError, OSError, io.UnsupportedOperation):
        return None


def _is_tty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def clean_paths(paths: Sequence[str], out: str | os.PathLike | None = None,
                in_place: bool = False, settings: Settings | None = None,
                jobs: int | None = 1, *, include: Sequence[str] | None = None,
                exclude: Sequence[str] = (), format: str = "auto",
                text_key: str = "text", id_key: str = "id", with_changes: bool = False,
                name_from_title: bool = False, report: str | os.PathLike | None = None,
                check: bool = False, keep_original: bool = False,
                on_document: Callable[[DocResult], None] | None = None,
                log: Callable[[str], None] | None = None, verbose: bool = False,
                progress: bool | None = None, stdin: IO[bytes] | None = None,
                stdout: IO[bytes] | None = None, skip_binary: bool = False,
                learn_repeated_lines: bool = False,
                save_repeated_lines: str | os.PathLike | None = None,
                strict: bool = False, exit_non_zero_on_fix: bool = False,
                read_files: Sequence[tuple[str, str | os.PathLike]] = (),
                force_exclude: bool = False,
                root: str | os.PathLike | None = None,
                per_file_ignores: Sequence[tuple[str, Sequence[str]]] = (),
                stdin_filename: str | None = None,
                respect_gitignore: bool = True,
                max_size: int | None = None, drain_stdin: bool = False,
                cache_dir: str | os.PathLike | None = None) -> BatchResult:
    """Clean (or, with ``check=True``, only examine) files, directories and
    ``-`` (stdin).

    ``out`` mirrors the inputs into a directory; ``in_place`` rewrites each
    input whose bytes change (keeping its permissions, and its owner and
    group where the process may set them; an input it may not write is an
    error, as in black and ruff; it needs files: ``-``
    is refused, and HTML, whose output is text, is an error when named and
    skipped, in :attr:`BatchResult.skipped_html`, when found in a directory);
    ``-`` is written to ``stdout``. ``check=True`` writes nothing (and,
    as ``in_place`` does, skips the HTML found in a directory: a check after
    ``clean --in-place`` passes; a named HTML file is checked). ``on_document`` is called
    with each :class:`DocResult` in input order (one per file, one per JSONL
    line); ``log`` receives one-line messages for stderr (errors, notes,
    ``Fixing <path>``). ``jobs`` worker processes (None: one per CPU).
    ``learn_repeated_lines``: first read every input and learn the lines
    that recur across its documents (:mod:`cleaner.corpus`), then clean with
    them (rule B110); ``save_repeated_lines`` writes what was learned, for a
    later run. ``skip_binary``: a binary input is skipped with a message instead of
    counting as an error (what a pre-commit hook wants: pre-commit tags files
    as text by their name).
    ``strict`` (check) and ``exit_non_zero_on_fix`` (clean) make
    :attr:`BatchResult.exit_code` 1 as ``cleaner check --strict`` and
    ``cleaner clean --exit-non-zero-on-fix`` exit.
    ``read_files``: the other files the run reads, as ``(what, path)`` pairs,
    ``what`` naming the file in a message (``("--config my.toml", "my.toml")``);
    the name registries of ``settings.name_files`` are among them without
    being given. ``force_exclude``: a path named in ``paths`` that
    ``exclude`` (or the built-in exclusions) would leave out of a walk of
    ``root`` (default: the current directory) is skipped too (said with
    ``verbose``), as ruff's and black's ``--force-exclude``: pre-commit names
    every file it hands over. ``per_file_ignores``: ``(glob, codes)``
    pairs, as ruff's: a file the glob matches (as an exclude glob matches it
    from ``root``) is cleaned with those rule codes or prefixes off too.
    ``stdin_filename``: the path ``-`` stands for (:func:`list_sources`),
    which ``per_file_ignores`` match too; excluded by ``force_exclude``,
    stdin is not cleaned, and ``clean`` passes it to ``stdout`` unchanged,
    as ruff does. ``respect_gitignore`` (ruff's ``respect-gitignore``): a
    walk leaves out what the ignore files ignore (``.ignore``, and in a git
    repository its ``.gitignore`` files, ``info/exclude`` and the global
    excludes file), and so does ``force_exclude`` for a path named
    (:func:`list_sources`). ``max_size`` (bytes; None or 0: no limit, the
    default): a document larger is an error, left untouched (a file
    judged by its size before it is read, stdin while it is read) and a
    JSONL record larger (its line) is a record error: see
    :mod:`cleaner.limits`. ``drain_stdin`` (the command line's): once the
    run is done, what is left of a stdin it read is read to its end and
    dropped (:func:`cleaner.io.drain`), so that its writer gets no EPIPE.
    ``cache_dir``: the file cache (:mod:`cleaner.cache`; None, the
    default here: none): a text or HTML file as when it was last checked
    clean (``check``, ``in_place``) or cleaned into ``out`` (whose output
    file still holds that output) is not cleaned again; its result is the
    cache's, and it is in :attr:`BatchResult.cached`.
    Raises :class:`BatchUsageError` when the batch cannot start as asked —
    among others when ``report`` or ``save_repeated_lines`` would overwrite an
    input, an output or a file of ``read_files``.
    """
    settings = settings or Settings()
    limit = max_size or 0
    # ``out="-"``: every output to stdout, one after another (as for stdin)
    if out is not None and in_place:
        raise BatchUsageError("give either an output directory or --in-place, not both")
    to_stdout = out is not None and os.fspath(out) == "-"
    if to_stdout:
        if name_from_title:
            raise BatchUsageError("--name-from-title needs an output directory, not -o -")
        out = None
    if format not in FORMATS:
        raise BatchUsageError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if name_from_title and (out is None or check):
        raise BatchUsageError("--name-from-title needs an output directory (-o)")
    outdir = Path(out) if out is not None and not check else None
    if outdir is not None and any(os.fspath(p) == "-" for p in paths):
        # it would go to stdout, with -o ignored without a word
        raise BatchUsageError(f"-o {out}: stdin (- or no PATH) has no file name to be "
                              f"written under; clean it to stdout (without -o) and "
                              "redirect that, or give files")
    if in_place and any(os.fspath(p) == "-" for p in paths):
        raise BatchUsageError("--in-place needs files, not stdin (- or no PATH); "
                              "clean stdin to stdout without --in-place")
    if include is None:
        include = DEFAULT_INCLUDE
    left_out: list[tuple[str, str]] = []
    walk_notes: list[tuple[str, str]] = []
    met_outdir: list[tuple[str, Path]] = []
    walk_said: list[tuple[str, str]] = []
    sources, missing = list_sources(paths, include, exclude, format,
                                    skip_dirs=[outdir] if outdir else [],
                                    force_exclude=force_exclude, root=root, skipped=left_out,
                                    stdin_filename=stdin_filename, notes=walk_notes,
                                    output_dirs=met_outdir,
                                    said=walk_said if verbose else None,
                                    respect_gitignore=respect_gitignore)
    inputs = [s for s in sources if s.path is not None]
    texts = [s.display for s in sources if s.format != "jsonl"]
    if to_stdout and not check and len(texts) > 1:
        # JSONL records stay apart on stdout; texts would run together
        raise BatchUsageError(
            f"-o -: {len(texts)} texts ({', '.join(texts[:2])}{', …' if len(texts) > 2 else ''})"
            " would run together on stdout with nothing between them, and could not be split "
            "again; give -o DIR, or one text at a time")
    if (not check and not in_place and not to_stdout and outdir is None
            and any(s.path for s in sources)):
        raise BatchUsageError("give an output directory (-o DIR), -o - for standard output "
                              "(one text, or JSONL), or --in-place; cleaner does not "
                              "overwrite files unless told to (`cleaner check PATH` shows "
                              "what would change)")
    targets: dict[int, Path] = {}
    if outdir is not None:
        seen: dict[Path, str] = {}
        seen_path: dict[Path, Path] = {}
        for i, s in enumerate(sources):
            if s.path is None or (name_from_title and s.format != "jsonl"):
                continue
            t = _default_target(s, outdir)
            if t in seen:
                raise BatchUsageError(f"{seen[t]} and {s.display} would both be written "
                                      f"to {t}{_same_target_way_out(seen_path[t], s.path)}")
            if t.exists() and os.path.realpath(t) == os.path.realpath(s.path):
                raise BatchUsageError(f"{s.display}: the output would overwrite the input; "
                                      "use --in-place to mean that")
            seen[t] = s.display
            seen_path[t] = s.path
            targets[i] = t
        for top, d in met_outdir:
            said = _outdir_inside_input(top, d, out, include, exclude, format, targets,
                                        name_from_title, walk_notes, respect_gitignore)
            if said and log:
                log(f"warning: {said}")
        why = _uncreatable_dir(outdir) if targets or name_from_title else None
        if why:
            # no output can exist yet, nor be written: one error before any
            # work, not one per input after cleaning them all
            raise BatchPlaceError(f"-o {out}: cannot create the output directory ({why})")
    elif in_place:
        # HTML is not rewritten in place (its output is text): an HTML file
        # named on the command line is an error, one found in a directory is
        # skipped (both said in input order, as the batch goes)
        targets = {i: s.path for i, s in enumerate(sources)
                   if s.path is not None and s.format != "html"}
    # the files written besides the outputs: never onto an input or an output
    if save_repeated_lines is not None and not learn_repeated_lines:
        raise BatchUsageError(f"--save-repeated-lines {save_repeated_lines}: nothing to save "
                              "without --repeated-lines learn")
    if save_repeated_lines is not None and os.fspath(save_repeated_lines) == "-":
        raise BatchUsageError("--save-repeated-lines -: it is written to a file, not to "
                              "stdout; give a file name")
    if (report is not None and not check and report_stream(report) == "stdout"
            and (to_stdout or any(os.fspath(p) == "-" for p in paths))):
        raise BatchUsageError(f"--report {report}: the cleaned text goes to stdout; "
                              "write the report to a file")
    extra_outputs = {"--report": report if report is None or os.fspath(report) != "-"
                     else None,
                     "--save-repeated-lines": save_repeated_lines if learn_repeated_lines
                     else None}
    reads = [*read_files, *((f"the name registry {f}", f) for f in settings.name_files)]
    reserved = _refuse_overwrites(extra_outputs, inputs,
                                  [(sources[i], t) for i, t in targets.items()], reads,
                                  in_place=in_place)

    if learn_repeated_lines:
        learned = _learn_repeated([s for s in sources if s.format != "html"
                                   or not (in_place or (check and not s.named))],
                                  text_key, stdin, limit)
        settings = settings.with_(repeated_lines=settings.repeated_lines | learned.digests)
        if log:
            label, prose = learned.thresholds()
            log(f"note: {len(learned.digests)} repeated lines learned from "
                f"{learned.documents} documents (a line in >= {label} documents, "
                f">= {prose} if it reads as text)")
        if save_repeated_lines is not None:
            learned.save(save_repeated_lines)

    result = BatchResult(check=check, strict=strict,
                         exit_non_zero_on_fix=exit_non_zero_on_fix)
    from .rules import BUILTIN_REPORTS, REGISTRY
    result.names = {**{c: r.name for c, r in REGISTRY.items()},
                    **{c: v[0] for c, v in BUILTIN_REPORTS.items()}}
    say = log or (lambda msg: None)
    if to_stdout or "-" in map(os.fspath, paths) or any(s.path is None for s in sources):
        # the standard streams' bytes, looked up only by a run that uses
        # them; where they have no binary buffer (a notebook's, an
        # io.StringIO under contextlib.redirect_stdout) the text streams
        # themselves, as UTF-8 (a report to stdout finds its stream itself)
        # (a write that fails, > /dev/full, or a stream closed before the
        # run, <&- >&-, is said: io.GuardedStream, io.ClosedStream)
        stdin = stdin if stdin is not None else stdin_bytes()
        stdout = stdout if stdout is not None else stdout_bytes()

    def error(message: str, path: str, line: int | None = None,
              detail: str | None = None, quiet: bool = False, rid: str = "") -> None:
        entry: dict[str, Any] = {"path": path}
        if line is not None:
            entry["line"] = line
        if rid:   # a JSONL record's own id: a program joins on it
            entry["id"] = rid
        entry["error"] = message
        result.errors.append(entry)
        if quiet:   # counted, said once for its file (jsonl_end)
            return
        say(f"error: {message}")
        if verbose and detail:
            say(detail.rstrip("\n"))

    def failed(display: str) -> None:
        if display not in result.failed[-1:]:
            result.failed.append(display)

    def stale(target: Path | None, display: str) -> str | None:
        """The file an earlier run wrote at the ``-o`` output path of an
        input that failed: kept (a batch deletes no file), but said, as it
        is no output of this run — None when there is none."""
        if outdir is None or target is None or not os.path.isfile(target):
            return None
        result.stale_outputs.append(str(target))
        say(f"warning: {target}: stale output kept: {display} failed, so this file is "
            "an earlier run's output of it, not this run's")
        return str(target)

    for m in missing:
        error(m, m.split(":")[0])
    if verbose:
        # what the walk left out, in its order (as black's and ruff's -v),
        # then what was said of the output directory
        for path, why in [*walk_said, *(n for n in walk_notes if n not in walk_said)]:
            say(f"skipped: {path}: {why}")
    for path, why in left_out:
        # a file left out (a link whose file is cleaned under its own name
        # or lies outside the walk, a file --force-exclude excludes, one
        # that is not an article by its name) is an input skipped, counted
        # as the HTML --in-place skips is; a directory (a link to one, one
        # excluded) is no input — but stdin is one, whatever --stdin-filename
        # names (a directory too: the name is only matched, as in ruff)
        if not os.path.isdir(path) or (path == stdin_filename
                                       and "-" in map(os.fspath, paths)):
            result.files += 1
            result.skipped.append(path)
            result.skipped_why[path] = (
                "link" if why.startswith("a symbolic link")
                else "not-article" if why in (NOT_ARTICLE_WHY, NOT_ARTICLE_FORCED)
                else "excluded")
        if why.startswith("excluded"):
            result.excluded.append(path)
    if (not check and stdin_filename is not None and "-" in map(os.fspath, paths)
            and not any(s.path is None for s in sources)):
        # stdin excluded (--stdin-filename, --force-exclude): an editor
        # that pipes every file through gets it back as it was, as from ruff
        shutil.copyfileobj(stdin, stdout)   # (any size: a slice at a time)
        stdout.flush()

    def ignored(s: Source) -> tuple[str, ...]:
        path = s.path if s.path is not None else stdin_filename
        if path is None or not per_file_ignores:
            return ()
        return tuple(dict.fromkeys(code for glob, codes in per_file_ignores
                                   if _force_excluded(Path(path), [glob], root)
                                   for code in codes))

    cache = None
    hits: dict[int, DocResult] = {}
    if cache_dir is not None and not name_from_title and not to_stdout:
        mode = "check" if check else "in-place" if in_place else "out" if outdir else None
        if mode is not None:
            from .cache import FileCache
            cache = FileCache.open(cache_dir, settings, mode, {"max_size": limit})
            if cache is None and verbose:
                say(f"note: {cache_dir}: the cache cannot be written there; "
                    "running without it")
    if cache is not None:
        for i, s in enumerate(sources):
            if (s.path is None or s.format not in ("text", "html")
                    or (s.format == "html" and (in_place or (check and not s.named)))):
                continue
            entry = cache.lookup(s.path, _cache_extra(s, ignored(s)),
                                 targets.get(i) if outdir is not None else None)
            hit = _from_cache(i, s.display, entry) if entry is not None else None
            if hit is not None:
                hits[i] = hit

    if jobs is None:
        jobs = available_cpus()
    work_units = sum(1 for s in sources if s.path is not None) - len(hits)
    if any(s.format == "jsonl" for s in sources):
        work_units = max(work_units, jobs)
    jobs = max(1, min(jobs, work_units))

    jw_mode: dict[int, int | None] = {}
    jw_stamp: dict[int, tuple[int, int, int, int]] = {}   # --in-place: see io.stamp
    if progress is None:
        progress = _is_tty(sys.stderr)
    # a handful of files is done before a bar would be read; a JSONL file
    # (by name: not stdin, a filter's) may take minutes alone
    progress = bool(progress and (len(sources) > 5 or any(
        s.format == "jsonl" and s.path is not None for s in sources)))
    # the files the workers have finished, for the progress bar (the
    # results are taken in input order: one slow file would hold the bar)
    if progress and jobs > 1:
        import multiprocessing

        done: Any = multiprocessing.Value("q", 0)
    else:
        done = _Count() if progress else None
    runner: _Runner | None = _Runner(settings, jobs, done)  # before any thread starts

    bar: _Progress | None = None
    if progress:
        assert done is not None
        bar = _Progress(len(sources), done)
        say_plain = say

        def say(msg: str) -> None:  # noqa: F811 - messages above the bar
            bar.write(say_plain, msg)

    try:
        report_writer = ReportWriter(Path(report), stdout) if report is not None else None
    except OSError as exc:
        runner.close(abort=True)
        if bar is not None:
            bar.close()
        raise BatchPlaceError(f"{report}: cannot write the report ({exc.strerror})") from None
    used_names: dict[Path, set[str]] = collections.defaultdict(set)
    for t in targets.values():
        used_names[t.parent].add(t.name)
    # JSONL state: one file at a time
    jw: dict[str, Any] = {}
    swept: set[Path] = set()

    def sweep(directory: Path) -> None:
        """Before the first write into a directory: remove what a killed run
        left there (once per directory, so a batch stays linear)."""
        if directory not in swept:
            swept.add(directory)
            for p in remove_stale_tmp(directory):
                if verbose:
                    say(f"note: removed {p}, left by an interrupted run")

    def items() -> Iterator[Any]:
        for i, s in enumerate(sources):
            if i in hits:   # as when last cleaned: not cleaned again
                yield _Local(hits.pop(i))
                continue
            if s.format == "html" and (in_place or (check and not s.named)):
                yield _Local(_HtmlInPlace(i))
                continue
            data = None
            stream: IO[bytes] | None = None
            if s.path is None and s.sniff:
                # stdin in --format auto: HTML, JSONL or text by what its
                # first megabyte holds — JSONL is then streamed, as from a
                # file (read whole, a crawl piped through jq filled memory
                # before the first record was cleaned)
                src = gunzip_stream(stdin)
                try:
                    head = src.read(STDIN_SNIFF_BYTES)
                    at_eof = len(head) < STDIN_SNIFF_BYTES
                    judged = head if at_eof else head[:head.rfind(b"\n") + 1]
                    if not judged:   # one line longer than the head: all of it
                        # (a JSONL line, read as far as one is: cleaner.limits)
                        bound = line_bound(limit)
                        head += src.readline(bound + 5 - len(head) if bound else -1)
                        if bound and len(head) > bound + 4 and not head.endswith(b"\n"):
                            # over the bound: a record or a text, too long either way
                            yield _Local(_SourceError(i, too_large(
                                s.display, limit, what="a first line of ",
                                outcome=f"not cleaned, nothing written (read no further than "
                                        f"{LINE_BOUND} times the limit; JSONL? --format jsonl "
                                        "cleans its other records)")))
                            continue
                        at_eof = not head.endswith(b"\n")
                        judged = head
                except GZIP_ERRORS as exc:
                    if src is stdin:
                        raise
                    yield _Local(_SourceError(i, _unreadable_gzip(s.display, exc)))
                    continue
                jsonl, bad = (False, None) if is_html_bytes(head) else sniff_jsonl(judged)
                if jsonl:
                    s = sources[i] = replace(s, format="jsonl")
                    stream = (io.BytesIO(head) if at_eof
                              else io.BufferedReader(_Prefixed(head, src)))
                elif bad is not None:
                    # neither reading is safe in a pipeline: as text, a
                    # JSONL stream with bad lines would come out as
                    # reflowed prose with exit 0 (review 16 U11)
                    which = (f"most of its lines are JSON objects, but its first line "
                             f"(line {bad}) is not" if _first_line(judged) == bad else
                             f"its first line is a JSON object, but most of its lines "
                             f"are not (the first: line {bad})")
                    yield _Local(_SourceError(
                        i, f"{s.display}: {which}: is it JSONL or text? Give --format "
                           "jsonl (each line a record, the others errors) or --format "
                           "text"))
                    continue
                else:
                    try:   # a text, a page: cleaned whole
                        data = read_limited(src, limit, head) if not at_eof else head
                    except GZIP_ERRORS as exc:
                        if src is stdin:
                            raise
                        yield _Local(_SourceError(i, _unreadable_gzip(s.display, exc)))
                        continue
                    if data is None or (limit and len(data) > limit):
                        yield _Local(_SourceError(i, too_large(
                            s.display, limit, len(data) if data is not None else None,
                            outcome="not cleaned, nothing written")))
                        continue
                    if is_html_bytes(data):
                        s = sources[i] = replace(s, format="html")
                    elif _json_document(data):
                        # one JSON document over several lines: cleaned as
                        # text, its braces and keys came out as prose, exit 0
                        yield _Local(_SourceError(i, _not_json_lines(
                            s.display, _json_document(data), stdin=True, data=data)))
                        continue
            if s.format != "jsonl":
                if s.path is None and data is None:
                    data = read_limited(stdin, limit)
                    if data is None:   # never read past the limit
                        yield _Local(_SourceError(i, too_large(
                            s.display, limit, outcome="not cleaned, nothing written")))
                        continue
                yield _FileTask(i, str(s.path) if s.path else None, s.display,
                                s.format, keep_original or check, data, ignored(s),
                                max_size=limit, digest=cache is not None and data is None)
                continue
            off = ignored(s)
            try:
                if s.path is None:
                    fh: IO[bytes] = (stream if stream is not None else gunzip_stream(stdin)
                                     if data is None else io.BytesIO(data))
                    mode = None
                else:
                    st = check_regular(s.path)
                    mode = st.st_mode & 0o7777
                    jw_stamp[i] = stamp(st)
                    try:
                        fh = open_input(s.path)
                    except OSError as exc:
                        raise InputError(f"{s.display}: cannot read ({exc.strerror})") from None
                # (fh: the head chained in front of opened, unless sought back)
                opened = fh
                not_text, fh = _jsonl_head_problem(opened, s.display, stdin=s.path is None)
                if not_text is not None:
                    if s.path is not None:
                        opened.close()
                    raise not_text
            except InputError as exc:
                yield _Local(_SourceError(i, str(exc), isinstance(exc, BinaryInputError)))
                continue
            yield _Local(_JsonlBegin(i))
            jw_mode[i] = mode
            last = b"\n"
            bom = False
            blank: list[int] = []   # not written out: a file that has them changes
            try:
                chunk: list[tuple[int, bytes]] = []
                size = 0
                lineno = 0
                first = True
                for lineno, line in enumerate(lines_limited(fh, limit, line_bound(limit)), 1):
                    # a full chunk is sent when the next line comes: the last
                    # one must know whether the file ends with a newline
                    if len(chunk) >= JSONL_CHUNK_LINES or size >= JSONL_CHUNK_BYTES:
                        yield _JsonlChunk(i, s.display, tuple(chunk), text_key, id_key,
                                          with_changes, keep_original or check,
                                          bom=bom and first, ignore=off, max_size=limit)
                        chunk, size, first = [], 0, False
                    if isinstance(line, LongLine):
                        # over the limit: read past, an error of its record
                        chunk.append((lineno, line))
                        last = b"\n" if line.newline else b"-"
                        continue
                    if lineno == 1 and line.startswith(codecs.BOM_UTF8):
                        # UTF-8 with a BOM is UTF-8: the BOM is not the first record's
                        line, bom = line[len(codecs.BOM_UTF8):], True
                    last = line
                    if not line.strip():
                        blank.append(lineno)
                    chunk.append((lineno, line.rstrip(b"\n").rstrip(b"\r")))
                    size += len(line)
                if chunk:
                    yield _JsonlChunk(i, s.display, tuple(chunk), text_key, id_key,
                                      with_changes, keep_original or check,
                                      bom=bom and first,
                                      final_newline=last.endswith(b"\n"), ignore=off,
                                      max_size=limit)
            except GZIP_ERRORS as exc:   # OSError; a gzip stream cut short or corrupt
                why = getattr(exc, "strerror", None) or str(exc)
                at = "before its first line" if lineno == 0 else f"after line {lineno}"
                yield _Local(_SourceError(i, f"{s.display}: read error {at} ({why})"))
            finally:
                if s.path is not None:
                    opened.close()
            yield _Local(_JsonlEnd(i, last.endswith(b"\n"), bom, tuple(blank)))

    def record(r: DocResult) -> None:
        result.documents += 1
        for c in r.changes:
            result.changes_by_rule[c.code] += 1
            if not c.safe:
                result.unsafe += 1
        for x in r.reports:
            result.reports_by_rule[x.code] += 1
            if x.code in ("G001", "Q001"):
                entry: dict[str, Any] = {"path": r.display}
                if r.line is not None:
                    entry.update(line=r.line, id=r.id)
                entry["message"] = x.message
                result.reported.setdefault(x.code, []).append(entry)
        if r.slow is not None:
            where = r.display if r.line is None else f"{r.display}:{r.line}"
            rate = r.slow / max(r.slow_mb, 1e-6)
            size = f"{r.slow_mb:.2f} MB, {rate:.1f} s a MB"
            if rate > SLOW_SECONDS_PER_MB:
                say(f"warning: {where}: took {r.slow:.1f} s to clean ({size}, many times the "
                    "usual time a MB): some rule may read this text in more than linear "
                    "time; please report it")
            else:
                say(f"warning: {where}: took {r.slow:.1f} s to clean ({size}): a long document")
        for n in r.notes:
            # a guessed or lossy decoding is a warning at every verbosity
            # (something greps for ^warning:); the other notes only with -v
            if "decoded as" in n:
                # and what becomes of it: cleaner writes UTF-8 (as ruff
                # reads and writes it), a file rewritten in place too
                if r.encoding not in (None, "utf-8"):
                    n += ("; clean writes UTF-8" if check else
                          "; rewritten as UTF-8" if in_place and r.changed else
                          "" if in_place else "; written as UTF-8")
                say(f"warning: {n}")
            elif verbose:
                say(f"note: {n}")
        if on_document is not None:
            on_document(r)

    def name_target(i: int, r: DocResult) -> Path:
        s = sources[i]
        assert outdir is not None
        t = _default_target(s, outdir)
        slug = title_slug(r.text or "") or t.stem
        suffix = _output_suffix(s)
        used = used_names[t.parent]
        name, n = f"{slug}{suffix}", 1
        while name in used or _resolved(t.parent / name) in reserved:
            n += 1
            name = f"{slug}-{n}{suffix}"
        used.add(name)
        return t.parent / name

    def handle_file(r: DocResult) -> None:
        s = sources[r.source]
        result.files += 1
        if r.error and r.binary and skip_binary:
            result.skipped.append(s.display)
            result.skipped_why[s.display] = "binary"
            say(f"skipped: {r.error}")
            return
        if r.error:
            error(r.error, s.display, detail=r.detail)
            failed(s.display)
            result.binary_errors += r.binary
            old = stale(targets.get(r.source), s.display)
            if report_writer:
                report_writer.add({"path": s.display, "output": None, "format": s.format,
                                   "error": r.error, **({"stale_output": old} if old else {})})
            return
        r.from_html = s.format == "html"
        record(r)
        target: Path | None = None
        written = False
        if not check:
            if s.path is None or to_stdout:
                stdout.write((r.text or "").encode("utf-8"))
                stdout.flush()
            elif in_place:
                target = s.path
                if r.changed:
                    real = write_through(target)   # a symlink stays a link to the new file
                    sweep(real.parent)
                    try:
                        write_atomic(real, (r.text or "").encode("utf-8"), mode=r.mode,
                                     in_place=True, expect=r.stamp)
                    except OSError as exc:
                        cannot_write(s, r, target, exc)
                        return
                    result.written.append(str(target))
                    written = True
                    if r.encoding not in (None, "utf-8"):
                        result.reencoded[s.display] = r.encoding
                    say(f"Fixing {s.display}")
                elif verbose:
                    say(f"unchanged {s.display}")
            else:
                target = name_target(r.source, r) if name_from_title else targets[r.source]
                sweep(target.parent)
                try:
                    # (cached: the target was found holding its output)
                    if r.cached:
                        pass
                    elif write_if_changed(target, (r.text or "").encode("utf-8")):
                        result.written.append(str(target))
                        written = True
                    else:
                        result.outputs_up_to_date += 1
                    if r.encoding not in (None, "utf-8"):
                        result.reencoded[s.display] = r.encoding
                except OSError as exc:
                    cannot_write(s, r, target, exc)
                    return
                if verbose:
                    html = "HTML extracted to text, " if r.from_html else ""
                    say(f"cleaned {s.display} -> {target} "
                        f"({html}{_plural(len(r.changes), 'change')}"
                        f"{', cached' if r.cached else ''})")
        if r.from_html:
            result.extracted.append(s.display)
        if r.changed:
            result.changed.append(s.display)
            if not r.text_changed:
                result.rewritten_only.append(s.display)
        if report_writer:
            # target: the file that holds the output now, written by this
            # run or found holding those bytes (None: stdout, a check)
            entry = {"path": s.display, "output": str(target) if target else None,
                     "format": s.format, "encoding": r.encoding}
            if r.from_html:
                entry["extracted"] = True
            entry.update(_doc_entry(r))
            entry["written"] = written
            if r.cached:
                entry["cached"] = True
            report_writer.add(entry)
        if r.cached:
            result.cached.append(s.display)
        elif cache is not None and s.path is not None:
            kept = _to_cache(r, writes=outdir is not None)
            if kept is not None:
                assert r.stamp is not None and r.sha is not None
                cache.store(s.path, r.stamp[2], r.stamp[3], r.sha,
                            _cache_extra(s, ignored(s)), kept,
                            out=(file_hash((r.text or "").encode("utf-8"))
                                 if outdir is not None else None))

    def cannot_write(s: Source, r: DocResult, target: Path, exc: OSError) -> None:
        """An output that could not be written: an error, its changes not
        applied, the file an earlier run left there said stale, and an
        entry in the report that names no output."""
        message = f"{target}: cannot write ({exc.strerror})"
        error(message, s.display)
        failed(s.display)
        unapply(r.changes)
        old = None if in_place else stale(target, s.display)
        if report_writer:
            report_writer.add({"path": s.display, "output": None, "format": s.format,
                               "error": message, **({"stale_output": old} if old else {})})

    def unapply(changes: Sequence[Change]) -> None:
        """Changes counted, then not written (an output that could not be
        written, a JSONL file --in-place leaves as it was): the summary
        counts them as not applied, not as changes."""
        for c in changes:
            result.changes_by_rule[c.code] -= 1
            if result.changes_by_rule[c.code] <= 0:
                del result.changes_by_rule[c.code]
            if not c.safe:
                result.unsafe -= 1
        result.unapplied += len(changes)

    def unapply_jsonl() -> None:
        for code, k in jw["change_codes"].items():
            result.changes_by_rule[code] -= k
            if result.changes_by_rule[code] <= 0:
                del result.changes_by_rule[code]
        result.unapplied += sum(jw["change_codes"].values())
        result.unsafe -= jw.get("unsafe", 0)
        jw["change_codes"] = collections.Counter()
        jw["unsafe"] = 0

    def html_in_place(i: int) -> None:
        s = sources[i]
        result.files += 1
        why = "an HTML file cannot be cleaned in place (the output is text); use -o DIR"
        if check:
            why = ("an HTML file found in a directory is not checked, as clean --in-place "
                   "skips it (the output is text); name it to check it")
        if s.named:
            error(f"{s.display}: {why}", s.display)
            failed(s.display)
            return
        result.skipped.append(s.display)
        result.skipped_html.append(s.display)
        result.skipped_why[s.display] = "html"
        if verbose:
            say(f"skipped: {s.display}: {why}")

    def jsonl_begin(i: int) -> None:
        s = sources[i]
        result.files += 1
        jw.clear()
        jw.update(source=i, writer=None, fh=None, changed=False, text_changed=False, errors=0,
                  documents=0, changes=0, counts=collections.Counter(),
                  change_codes=collections.Counter(),
                  once=collections.defaultdict(list))
        if not check:
            if s.path is None or to_stdout:
                jw["fh"] = stdout
            else:
                target = targets[i]
                jw["target"] = target
                real = write_through(target) if in_place else target
                sweep(real.parent)
                jw["writer"] = AtomicWriter(real, mode=jw_mode.get(i) if in_place else None,
                                            in_place=in_place,
                                            expect=jw_stamp.get(i) if in_place else None)
                try:
                    jw["fh"] = jw["writer"].open()
                    if target.name.lower().endswith(".gz"):
                        # .jsonl.gz in, .jsonl.gz out, compressed as it streams
                        jw["fh"] = jw["gz"] = gzip_writer(jw["fh"])
                except OSError as exc:
                    # (the .gz header's write too: its temporary file goes,
                    # and no record is written into what is left of it)
                    jsonl_write_failed(exc)
        if report_writer:
            # its "output" is said at its end, when it is known to be written
            report_writer.begin({"path": s.display, "format": "jsonl"})

    def once(kind: str | None, line: int | None) -> bool:
        """Whether what a record of this kind has to say is said (the first
        of its file), else counted for jsonl_end (see ONCE_A_FILE)."""
        if kind not in ONCE_A_FILE:
            return True
        lines = jw["once"][kind]
        lines.append(line)
        return len(lines) == 1

    def jsonl_write_failed(exc: OSError) -> None:
        """The output file refused a write (a full disk, a quota, a file-size
        limit): the file fails as a text file whose write fails does, in one
        line naming it (jsonl_end), its temporary file removed; the records
        after it are still cleaned and counted, not written."""
        jw["writer"].discard()
        if jw.get("gz") is not None:
            # (its file is closed: this only lets go of it, nothing written)
            with contextlib.suppress(OSError, ValueError):
                jw["gz"].close()
        jw.update(writer=None, fh=None, gz=None,
                  write_error=f"{jw['target']}: cannot write ({exc.strerror})")

    def jsonl_records(rs: list[DocResult]) -> None:
        for r in rs:
            if r.error:
                jw["errors"] += 1
                jw["changed"] = True
                error(r.error, r.display, r.line, r.detail,
                      quiet=not once(r.error_kind, r.line), rid=r.id)
                if report_writer:
                    report_writer.add_document(_doc_entry(r))
                continue
            for kind, message in r.warnings:
                if once(kind, r.line):
                    say(f"warning: {message}")
            record(r)
            jw["documents"] += 1
            jw["changes"] += len(r.changes)
            jw["change_codes"].update(c.code for c in r.changes)
            jw["unsafe"] = jw.get("unsafe", 0) + sum(1 for c in r.changes if not c.safe)
            jw["changed"] = jw["changed"] or r.changed
            jw["text_changed"] = jw["text_changed"] or r.text_changed
            jw["counts"].update(r.counts())
            if jw.get("fh") is not None:
                try:
                    jw["fh"].write((r.out_line or b"") + b"\n")
                except OSError as exc:
                    if jw.get("writer") is None:   # standard output: its own error
                        raise
                    jsonl_write_failed(exc)
                else:
                    # what Ctrl-C says of a stream to stdout: so many records
                    # written, the input's lines up to this one done (set after
                    # the write: at worst one record is done twice, none lost)
                    jw["written"] = jw.get("written", 0) + 1
                    jw["last_line"] = r.line
            if report_writer:
                report_writer.add_document(_doc_entry(r))

    def jsonl_end(end: _JsonlEnd) -> None:
        s = sources[end.source]
        for kind, lines in jw["once"].items():
            if len(lines) > 1:
                n = len(lines) - 1
                shown = ", ".join(map(str, lines[1:11])) + (", …" if n > 10 else "")
                what = ("error" if kind in ("text-key", "text-type") else "warning")
                say(f"{what}: {s.display}: {n} more record{'' if n == 1 else 's'} "
                    f"{_ONCE_WHAT[kind]} (line{'' if n == 1 else 's'} {shown})")
        if verbose and not jw["documents"] and not jw["errors"]:
            # as an empty text file's note: not an error, but worth a word
            say(f"note: {s.display}: no JSONL records (empty, or blank lines only), "
                "empty output")
        changed = jw["changed"] or not end.ended_with_newline or end.bom
        rewrites = []
        if end.blank_lines:   # not written out, by clean -o, --in-place and -o - alike
            changed = True
            rewrites.append(_blank_lines_reason(end.blank_lines))
            if on_document is not None:
                on_document(DocResult(end.source, s.display, rewrites=list(rewrites)))
        if jw.get("gz") is not None:
            try:
                jw["gz"].close()     # the end of the gzip stream, before the file is compared
            except OSError as exc:
                jsonl_write_failed(exc)
        writer: AtomicWriter | None = jw.get("writer")
        target = jw.get("target")
        if jw.get("write_error"):
            error(jw["write_error"], s.display)
            failed(s.display)
            unapply_jsonl()
            changed = False
        written = False
        holds = False   # the target holds this run's output (written, or those bytes)
        # not one record cleaned (a --text-key no record has, a file of bad
        # lines): the file failed, and, as a failed text file, leaves no
        # output behind (an empty file would pass for a cleaned one)
        none_cleaned = bool(jw["errors"]) and not jw["documents"]
        if writer is not None and none_cleaned and not in_place:
            writer.discard()
            writer = None
            what = ("read" if jw.get("read_error") and jw["errors"] == 1 else "cleaned")
            say(f"note: {s.display}: no record could be {what}; no output written")
        if writer is not None:
            if in_place and (not changed or jw["errors"]):
                writer.discard()   # unchanged, or it would lose its bad lines
                if jw["errors"]:
                    failed(s.display)
                    n = sum(jw["change_codes"].values())
                    why = ("it could not be read to its end" if jw.get("read_error")
                           else "it has lines that cannot be cleaned")
                    say(f"note: {s.display} left as it was: {why} "
                        f"({_plural(n, 'change')} not applied)")
                    # nothing changed: neither the file nor the figures say so
                    changed = False
                    unapply_jsonl()
                else:
                    holds = True   # unchanged: the input is its output
                    if verbose:
                        say(f"unchanged {s.display}")
            else:
                try:
                    if not in_place and target.is_file() and _same_as_tmp(writer, target):
                        writer.discard()
                    else:
                        writer.commit()
                        result.written.append(str(target))
                        written = True
                        if in_place:
                            say(f"Fixing {s.display}")
                    holds = True
                except OSError as exc:
                    error(f"{target}: cannot write ({exc.strerror})", s.display)
                    failed(s.display)
                    unapply_jsonl()
                    changed = False
                else:
                    if verbose and not in_place:
                        lines = jw["errors"] - bool(jw.get("read_error"))
                        skipped = (f", {_plural(lines, 'line')} skipped" if lines else "")
                        if jw.get("read_error"):
                            skipped += ", cut short by a read error"
                        say(f"cleaned {s.display} -> {target} "
                            f"({_plural(jw['documents'], 'document')}, "
                            f"{_plural(jw['changes'], 'change')}{skipped})")
        elif stdout is not None and jw.get("fh") is stdout:
            stdout.flush()
        if none_cleaned:
            failed(s.display)
            changed = False
        # -o: no output written (none cleaned, cannot write), and one of an
        # earlier run there
        old = None if holds or in_place else stale(target, s.display)
        if changed:
            result.changed.append(s.display)
            if not jw["text_changed"] and not jw["errors"]:
                result.rewritten_only.append(s.display)
        if report_writer:
            trailer: dict[str, Any] = {"changed": changed,
                                       **({"left_as_it_was": (
                                           "it could not be read to its end" if
                                           jw.get("read_error") else
                                           "it has lines that cannot be cleaned")
                                           + "; the documents' changes were not applied"}
                                          if in_place and jw["errors"] and writer is not None
                                          else {}),
                                       "counts": dict(sorted(jw["counts"].items())),
                                       "rewrites": rewrites,
                                       "output": str(target) if holds else None,
                                       "written": written,
                                       **({"stale_output": old} if old else {})}
            report_writer.end(trailer)
        jw.clear()

    try:
        for res in runner.map(items()):
            if isinstance(res, DocResult):
                handle_file(res)
            elif isinstance(res, list):
                jsonl_records(res)
            elif isinstance(res, _JsonlBegin):
                jsonl_begin(res.source)
                continue
            elif isinstance(res, _JsonlEnd):
                jsonl_end(res)
            elif isinstance(res, _HtmlInPlace):
                html_in_place(res.source)
            elif isinstance(res, _SourceError) and res.binary and skip_binary:
                result.files += 1
                result.skipped.append(sources[res.source].display)
                result.skipped_why[sources[res.source].display] = "binary"
                say(f"skipped: {res.message}")
            elif isinstance(res, _SourceError):
                inside = jw.get("source") == res.source   # a JSONL file cut short
                error(res.message, sources[res.source].display)
                failed(sources[res.source].display)
                result.binary_errors += res.binary
                if inside:
                    # its end follows: --in-place leaves it as it was (what
                    # could not be read would be lost), -o keeps what was
                    jw["errors"] += 1
                    jw["read_error"] = True   # not a line skipped: the rest is unread
                    if report_writer:
                        report_writer.add_document({"error": res.message})
                    continue
                result.files += 1
                old = stale(targets.get(res.source), sources[res.source].display)
                if report_writer:
                    report_writer.add({"path": sources[res.source].display,
                                       "output": None, "error": res.message,
                                       **({"stale_output": old} if old else {})})
            if bar is not None:
                # a file is counted by the worker that cleaned it; a JSONL
                # file when its end is taken, what no worker sees here
                if isinstance(res, (_JsonlEnd, _HtmlInPlace, _SourceError)) or (
                        isinstance(res, DocResult) and res.cached):
                    bar.local += 1
                elif isinstance(res, list):
                    bar.add_records(len(res))
                bar.update()
        runner.close()
        runner = None
        if with_changes and not check and result.documents and not any(
                s.format == "jsonl" for s in sources):
            say("warning: --with-changes adds the changes to JSONL records only; a text "
                "output has no place for them (--report FILE writes them)")
        if report_writer:
            report_writer.finish(result.summary())
            report_writer = None
    except BaseException as exc:
        if runner is not None:
            runner.close(abort=True)
        if isinstance(exc, KeyboardInterrupt):
            # for the command line to say how far it got: the inputs done
            # (a JSONL file cut short is not: its output is discarded, or,
            # streamed to stdout, ends at the last record written, whose
            # input line is said, for a run to go on from the next one)
            streamed = None
            if jw and stdout is not None and jw.get("fh") is stdout:
                streamed = (sources[jw["source"]].display, jw.get("written", 0),
                            jw.get("last_line"))
            exc.batch_progress = (result.files - bool(jw), len(sources),  # type: ignore[attr-defined]
                                  streamed, check)
        if jw.get("writer") is not None:
            jw["writer"].discard()
        if report_writer is not None:
            if isinstance(exc, KeyboardInterrupt):   # Ctrl-C, SIGTERM: keep what was done
                result.interrupted = True
                try:
                    report_writer.interrupt(result.summary())
                except BaseException:
                    report_writer.abort()
                    raise
            else:
                report_writer.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
        if cache is not None:
            # what was done is kept, a run cut short (Ctrl-C) too: a
            # rerun goes on from there
            if not cache.save() and verbose:
                say(f"note: {cache.path}: the cache could not be written")
    if drain_stdin and stdin is not None and any(s.path is None for s in sources):
        # what was not read (over the limit, an error): the writer finishes
        drain(stdin)
    return result


def _plural(n: int, word: str) -> str:
    """``4,486 changes``: grouped by thousands, as the summary (cli._plural)."""
    return f"{n:,} {word}{'' if n == 1 else 's'}"


# --------------------------------------------------------------------------
# The file cache (cleaner.cache): what a result keeps, and what it gives back


def _cache_extra(s: Source, ignore: tuple[str, ...]) -> list[Any]:
    """What besides the run's fingerprint decides a file's output: its
    format and the codes its per-file-ignores turn off (as JSON has it)."""
    return [s.format, list(ignore)]


def _to_cache(r: DocResult, writes: bool) -> dict[str, Any] | None:
    """What the cache keeps of ``r``, or None when ``r`` is not to be
    cached: it failed, or something was said of it that a rerun must say
    again (a guessed encoding, an empty file, a slow clean), or (``writes``
    False: check, --in-place) its file would change."""
    if (r.error or r.notes or r.warnings or r.slow is not None or r.encoding != "utf-8"
            or r.sha is None or r.stamp is None or (not writes and r.changed)):
        return None
    entry = {"changed": r.changed, "text_changed": r.text_changed,
             "metadata": r.metadata, "rewrites": list(r.rewrites),
             "changes": [c.as_dict() for c in r.changes],
             "reports": [{**x.as_dict(), "out_offset": x.out_offset} for x in r.reports]}
    try:
        json.dumps(entry)
    except (TypeError, ValueError):   # metadata JSON cannot hold: not cached
        return None
    return entry


def _from_cache(source: int, display: str, entry: dict[str, Any]) -> DocResult | None:
    """The :class:`DocResult` a cache entry stands for (its text left
    out: it is the input's, or the -o output's that holds it), or None for
    an entry that does not read as one."""
    try:
        return DocResult(source, display, id=display, cached=True, encoding="utf-8",
                         changed=bool(entry["changed"]),
                         text_changed=bool(entry["text_changed"]),
                         metadata=dict(entry["metadata"]),
                         rewrites=[str(w) for w in entry["rewrites"]],
                         changes=[Change(**c) for c in entry["changes"]],
                         reports=[Report(**x) for x in entry["reports"]])
    except (KeyError, TypeError, ValueError):
        return None


def _outdir_inside_input(top: str, d: Path, out: Any, include: Sequence[str],
                         exclude: Sequence[str], fmt: str, targets: dict[int, Path],
                         name_from_title: bool, notes: list[tuple[str, str]],
                         respect_gitignore: bool = True) -> str | None:
    """The output directory ``d`` lies inside the input directory ``top``:
    it is not walked as input (its files are outputs). Raise
    :class:`BatchUsageError` when it holds files the walk would take that
    are no outputs of this run — inputs that would be left out without a
    word; with ``name_from_title`` the outputs' names are not known before
    the run, so such files get a warning (returned) instead. The directory
    goes to ``notes`` (said with -v)."""
    found, _ = list_sources([os.fspath(d)], include, exclude, fmt,
                            respect_gitignore=respect_gitignore)
    ours = {_resolved(t) for t in targets.values()}
    foreign = [s.display for s in found if s.path is not None and _resolved(s.path) not in ours]
    if foreign and not name_from_title:
        shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
        n = len(foreign)
        raise BatchUsageError(
            f"-o {out} is inside the input directory {top}, and holds "
            f"{_plural(n, 'file')} the walk would take as input ({shown}) that "
            f"{'is no output' if n == 1 else 'are no outputs'} of this run: the output "
            f"directory is not read as input, so {'it' if n == 1 else 'they'} would not be "
            f"cleaned; write the output outside {top} (or move "
            f"{'that file' if n == 1 else 'those files'} out)")
    notes.append((os.fspath(d), "the output directory, inside the input directory "
                                f"{top}: not read as input"))
    if not foreign:
        return None
    return (f"-o {out} is inside the input directory {top}: it is not read as input, "
            f"and {_plural(len(foreign), 'file')} in it ({foreign[0]}"
            f"{', …' if len(foreign) > 1 else ''}) {'is' if len(foreign) == 1 else 'are'} "
            "not cleaned (outputs of an earlier --name-from-title run?)")


def _doc_entry(r: DocResult) -> dict[str, Any]:
    """The report's entry for ``r``, with why it would be rewritten besides
    its changes (``rewrites``: always there, ``[]`` when there is no such
    reason, so that a reader may index it)."""
    entry = doc_entry(r)
    if not r.error:
        entry["rewrites"] = list(r.rewrites)
    return entry


def _resolved(path: str | os.PathLike) -> str:
    """``path`` as the file system finds it: absolute, symbolic links resolved."""
    return os.path.normcase(os.path.realpath(path))


class _Resolver:
    """:func:`os.path.realpath` of many files in few directories: each
    directory is resolved once, and a file's own name costs one ``lstat``
    (is it a symbolic link?) instead of one for every component of its path
    (``realpath`` walks them all: four times a file, a third of the set-up
    of a run over 9,000 files, before any was cleaned). A name that is a
    link, or ``.`` / ``..``, or the last of a path without a directory
    part, is left to ``realpath`` itself."""

    def __init__(self) -> None:
        self._dirs: dict[str, str] = {}

    def __call__(self, path: str | os.PathLike) -> str:
        path = os.fspath(path)
        head, tail = os.path.split(path)
        if not head or tail in ("", ".", ".."):
            return os.path.realpath(path)
        if os.path.islink(path):   # (a name it cannot stat: realpath keeps it as it is)
            return os.path.realpath(path)
        real = self._dirs.get(head)
        if real is None:
            real = self._dirs[head] = os.path.realpath(head)
        return os.path.join(real, tail)


def _refuse_overwrites(files: dict[str, str | os.PathLike | None], inputs: Sequence[Source],
                       outputs: Sequence[tuple[Source, Path]],
                       reads: Sequence[tuple[str, str | os.PathLike]] = (),
                       in_place: bool = False) -> set[str]:
    """Raise :class:`BatchUsageError` when one of ``files`` (the report, the
    saved repeated lines: option -> path or None) would overwrite an input, an
    output (``(source, target)`` pairs), a file the run reads besides its
    inputs (``reads``: ``(what, path)`` pairs — the configuration, name
    registries, repeated lines) or another of ``files``, or when an output
    (``in_place``: a rewritten input) would overwrite one of ``reads``; paths
    are compared resolved. Returns the resolved paths of ``files`` and
    ``reads``, which outputs named later (``--name-from-title``) must avoid."""
    taken: dict[str, str] = {}
    resolve = _Resolver()
    by_input = {os.path.normcase(resolve(s.path)): s.display
                for s in inputs if s.path is not None}
    outs = [(os.path.normcase(resolve(t)), s, t) for s, t in outputs]
    by_output = {rt: s.display for rt, s, t in outs}
    by_read: dict[str, str] = {}
    for what, path in reads:
        by_read.setdefault(_resolved(path), what)
    for rt, s, t in outs if by_read else ():
        what = by_read.get(rt)
        if what is None:
            continue
        if in_place:
            raise BatchUsageError(f"--in-place would rewrite {s.display}, which is {what}, "
                                  "read by this run; leave it out of the inputs")
        raise BatchUsageError(f"the output of {s.display}, {t}, would overwrite {what}, "
                              "which this run reads; write it elsewhere")
    for option, path in files.items():
        if path is None:
            continue
        real = _resolved(path)
        if real in by_input:
            raise BatchUsageError(f"{option} {path} would overwrite the input "
                                  f"{by_input[real]}; write it elsewhere")
        if real in by_output:
            raise BatchUsageError(f"{option} {path} would overwrite the output of "
                                  f"{by_output[real]}; write it elsewhere")
        if real in by_read:
            raise BatchUsageError(f"{option} {path} would overwrite {by_read[real]}, "
                                  "which this run reads; write it elsewhere")
        if real in taken:
            raise BatchUsageError(f"{taken[real]} and {option} {path} would overwrite "
                                  "each other; give them different files")
        taken[real] = f"{option} {path}"
    return set(taken) | set(by_read)


def _same_as_tmp(writer: AtomicWriter, target: Path) -> bool:
    """Whether the finished temporary file of ``writer`` holds the bytes
    ``target`` already has (then the rewrite is skipped)."""
    fh, tmp = writer._fh, writer._tmp  # noqa: SLF001
    if fh is None or tmp is None:
        return False
    fh.flush()
    try:
        if os.path.getsize(tmp) != target.stat().st_size:
            return False
        with open(tmp, "rb") as a, open(target, "rb") as b:
            while True:
                x, y = a.read(1 << 20), b.read(1 << 20)
                if x != y:
                    return False
                if not x:
                    return True
    except OSError:
        return False


def _learn_repeated(sources: Sequence[Source], text_key: str, stdin: IO[bytes],
                    limit: int = 0):
    """The first pass of a learning run: count the lines of every document
    (files, HTML as text, JSONL records). Inputs that cannot be read, or are
    over the size ``limit``, are left for the cleaning pass to report."""
    from .corpus import RepeatedLines

    learned = RepeatedLines()
    for s in sources:
        if s.path is None:
            continue  # stdin can be read only once: it is not learned from
        try:
            if s.format == "jsonl":
                with open_input(s.path) as fh:
                    for raw in lines_limited(fh, limit, line_bound(limit)):
                        if isinstance(raw, LongLine):
                            continue
                        try:
                            record = json_loads(raw)
                        except ValueError:
                            continue
                        if isinstance(record, dict) and isinstance(record.get(text_key), str):
                            text = record[text_key]
                            if limit and len(raw) > limit and len(
                                    text.encode("utf-8", "surrogatepass")) > limit:
                                continue
                            learned.add(text)
                continue
            with open(s.path, "rb") as fh:
                data = read_limited(fh, limit)
            if data is None:
                continue
            text, _ = decode_bytes(data, s.display)
            if s.format == "html":
                from .htmltext import html_to_text
                text = html_to_text(text)
            learned.add(text)
        except (*GZIP_ERRORS, InputError):
            continue
    return learned


def check_paths(paths: Sequence[str], settings: Settings | None = None,
                **kw: Any) -> BatchResult:
    """:func:`clean_paths` with ``check=True``: nothing is written."""
    return clean_paths(paths, settings=settings, check=True, **kw)
