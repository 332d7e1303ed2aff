"""The file cache: a rerun cleans only what changed since the last one.

As black's cache and ruff's ``.ruff_cache``: for each input file cleaned,
what the run found is kept, keyed by the file's path, size and modification
time (and a SHA-256 of its bytes, to confirm: a file whose time changed but
whose bytes did not — a checkout, a ``touch``, a copy — is still known), in
a file named by the *fingerprint* of everything else that decides the
output: cleaner's own code (a hash of the package's files, so an edited
rule or registry in a development install counts as a new version, not
only a release), the versions of the libraries whose code decides the
text (ftfy's repairs, langdetect's profiles…), the Python version, the settings (rules selected, house
style, languages, the name registries' bytes, the repeated lines…), the
size limit and the mode (``check``, ``in-place``, ``out``). Per file, its
format and its per-file-ignores are in its entry.

What an entry says, and when it is used:

* ``check`` and ``--in-place`` (``check --fix``): the file is already
  clean — its output would be its bytes. Its reports (which pass) and
  metadata are kept, so that a check lists them as before. A file that
  would change is not cached (it will be fixed, or fail the check again,
  and its diff needs the text).
* ``-o DIR``: the file's output is the bytes of hash H, with its changes
  and reports. It is skipped only if the output file exists and still
  holds those bytes; a deleted or edited output is written again.

What is never cached: standard input, JSON Lines files (their records are
streamed), a file that failed or was said anything of (a guessed
encoding, an empty input, a slow clean: said again on a rerun), and runs
whose outputs depend on more than one file (``--name-from-title``).

Where: the user's cache directory, as black's (``$XDG_CACHE_HOME/cleaner``
or ``~/.cache/cleaner``; ``%LOCALAPPDATA%\\cleaner\\Cache`` on Windows,
``~/Library/Caches/cleaner`` on macOS) — not the project's root, as
ruff's: cleaner's inputs are corpora, often not in a repository, read from
anywhere (a read-only share too), and a cache beside them would be one
more directory in what is walked, copied and committed.
``CLEANER_CACHE_DIR`` or ``--cache-dir`` names another; ``--no-cache``
(or ``CLEANER_NO_CACHE=1``) runs without one. The directory gets a
``CACHEDIR.TAG`` (backup tools leave it out) and a ``.gitignore`` of
``*``, and a walk never takes it as input.

A cache can never change an output: a file that cannot be read, is not
JSON or not of this format is ignored (and written again); it is written
atomically (a temporary file, then a rename), merged with what another
process wrote meanwhile, and a directory that cannot be written leaves the
run without a cache, never failing it.

Two runs that save at once (two terminals, two CI jobs on one cache, a
pre-commit hook beside an editor's) each re-read the file, merge their new
entries into it and rename theirs into place: without a lock, the one that
read first and renamed last would drop what the other had just written.
The read-merge-write is therefore done under an advisory lock on
``cache-….json.lock`` beside the file (:func:`_locked`: ``fcntl.flock``
where there is one; elsewhere a lock file made with ``O_EXCL``, taken over
when older than :data:`STALE_LOCK_S`). A lock is waited for at most
:data:`LOCK_TIMEOUT_S`: a run never hangs on its cache; past that, the save
is done without it (as before: at worst the other run's new entries are
lost, and cleaned again next time — a cache never changes an output).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any, Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: The format of a cache file; another is ignored.
FORMAT = 1
#: A file modified less than this long before its entry was written has its
#: time not trusted (only its hash): a write within the same clock tick
#: would leave size and time as they were ("racy git").
RACY_NS = 2_000_000_000
#: How many cache files (fingerprints: versions, settings, modes) are kept.
KEEP = 16
#: An entry of a file no run has asked about for this many days is dropped
#: when the cache is next written (as ruff's): a file deleted or moved
#: leaves no entry behind for good, and a corpus cleaned once a month
#: keeps its entries.
MAX_UNSEEN_DAYS = 30
#: The distributions whose code decides an output (a new ftfy repairs
#: differently, a new langdetect judges a language differently): their
#: versions are part of the fingerprint. (click, pathspec, tqdm and tomli
#: decide which files are read and how a run looks, not what a file becomes.)
OUTPUT_DEPENDENCIES = ("ftfy", "langdetect", "beautifulsoup4", "python-slugify",
                       "rapidfuzz", "pyahocorasick", "stopwordsiso")
#: The longest a save waits for another process's lock, in seconds: past
#: it, the save goes on without the lock (a run never hangs on its cache).
LOCK_TIMEOUT_S = 10.0
#: Where there is no ``flock``: a lock file older than this many seconds is
#: taken to be left by a process that died holding it, and taken over (a
#: save of even a large cache takes well under a second). Shorter than
#: :data:`LOCK_TIMEOUT_S`, so that a dead process's lock costs a later save
#: a few seconds' wait, not the whole timeout on every save for a minute.
STALE_LOCK_S = 5.0
ENV_DIR = "CLEANER_CACHE_DIR"
ENV_OFF = "CLEANER_NO_CACHE"

_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
        "# This file is a cache directory tag created by cleaner.\n"
        "# For information about cache directory tags, see:\n"
        "#\thttps://bford.info/cachedir/\n")


def default_dir() -> Path:
    """Where the cache lives when neither ``--cache-dir`` nor
    ``CLEANER_CACHE_DIR`` says: the user's cache directory."""
    given = os.environ.get(ENV_DIR)
    if given:
        return Path(given)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
        return Path(base) / "cleaner" / "Cache"
    if sys.platform == "darwin":
        return Path(os.path.expanduser("~/Library/Caches")) / "cleaner"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return Path(base) / "cleaner"


def disabled_by_env() -> bool:
    return os.environ.get(ENV_OFF, "").strip().lower() not in ("", "0", "false", "no")


def _code_hash() -> str:
    """A hash of cleaner's own files (code and data): a changed rule or
    registry is a new version, released or not."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".pyc", ".pyo")):
                continue
            p = os.path.join(dirpath, name)
            h.update(os.path.relpath(p, root).encode("utf-8", "surrogateescape") + b"\0")
            try:
                with open(p, "rb") as fh:
                    h.update(hashlib.sha256(fh.read()).digest())
            except OSError:
                h.update(b"?")
    return h.hexdigest()


def _dependency_versions() -> dict[str, str | None]:
    from importlib import metadata
    out: dict[str, str | None] = {}
    for name in OUTPUT_DEPENDENCIES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def _today() -> int:
    return int(time.time() // 86400)


def _canonical(value: Any) -> Any:
    """``value`` as JSON that is the same whatever the order of a set."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _canonical(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted(_canonical(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return repr(value)


def fingerprint(settings: Any, mode: str, extra: dict[str, Any] | None = None) -> str:
    """The hash of everything besides a file that decides its output."""
    from . import __version__
    names = []
    for f in getattr(settings, "name_files", ()):
        try:
            names.append(hashlib.sha256(Path(f).read_bytes()).hexdigest())
        except OSError:
            names.append(None)
    data = {"format": FORMAT, "version": __version__, "code": _code_hash(),
            "python": sys.version, "dependencies": _dependency_versions(), "mode": mode, "settings": _canonical(settings),
            "name_files": names, "extra": _canonical(extra or {})}
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_hash(path: str | os.PathLike) -> str | None:
    try:
        with open(path, "rb") as fh:
            return file_hash(fh.read())
    except OSError:
        return None


def _prepare(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in (("CACHEDIR.TAG", _TAG), (".gitignore", "# created by cleaner\n*\n")):
        p = directory / name
        if not p.exists():
            p.write_text(text, encoding="utf-8")


def _tries(timeout: float) -> Iterator[None]:
    """One step per try at a lock, until ``timeout`` seconds have passed:
    a pause between two tries, doubled each time up to a tenth of a
    second (a lock held for a save is free again within milliseconds)."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        yield
        if time.monotonic() >= deadline:
            return
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


@contextlib.contextmanager
def _locked(path: Path, timeout: float | None = None) -> Iterator[bool]:
    """Hold the advisory lock ``path`` (a ``.lock`` file) for the block:
    yields True when held, False when it could not be had within
    ``timeout`` seconds or at all (a read-only directory, a file system
    without locks): the caller goes on without it. ``fcntl.flock`` where
    there is one (released by the kernel when its holder dies, so never
    stale); elsewhere the file itself is the lock, made with ``O_EXCL`` and
    removed after, and one older than :data:`STALE_LOCK_S` is taken over."""
    tries = _tries(LOCK_TIMEOUT_S if timeout is None else timeout)
    held = False
    if fcntl is not None:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            yield False
            return
        try:
            for _ in tries:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    held = True
                    break
                except BlockingIOError:
                    continue      # held by another: wait and try again
                except OSError:   # no locks on this file system
                    break
            if not held:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)
        return
    for _ in tries:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            held = True
            break
        except FileExistsError:
            try:
                if time.time() - os.stat(path).st_mtime > STALE_LOCK_S:
                    os.unlink(path)   # left by a process that died holding it
            except OSError:
                pass                  # gone meanwhile: try again
        except OSError:
            break
    if not held:
        yield False
        return
    try:
        yield True
    finally:
        try:
            os.unlink(path)
        except OSError:
            pass


class FileCache:
    """The entries of one fingerprint, loaded at the start of a run and
    saved (merged with what is on disk) at its end."""

    def __init__(self, directory: Path, key: str) -> None:
        self.directory = directory
        self.path = directory / f"cache-{key[:32]}.json"
        self.entries: dict[str, dict[str, Any]] = self._load()
        self.new: dict[str, dict[str, Any]] = {}
        self.hits = 0

    @classmethod
    def open(cls, directory: str | os.PathLike, settings: Any, mode: str,
             extra: dict[str, Any] | None = None) -> "FileCache | None":
        """The cache for this run, or None when its directory cannot be
        made (read-only: the run goes on without one)."""
        d = Path(directory)
        try:
            _prepare(d)
        except OSError:
            return None
        if not os.access(d, os.W_OK | os.X_OK):
            return None
        return cls(d, fingerprint(settings, mode, extra))

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            with open(self.path, "rb") as fh:
                data = json.loads(fh.read())
        except (OSError, ValueError, UnicodeDecodeError, RecursionError):
            return {}
        if (not isinstance(data, dict) or data.get("format") != FORMAT
                or not isinstance(data.get("files"), dict)):
            return {}
        return {k: v for k, v in data["files"].items() if isinstance(v, dict)}

    @staticmethod
    def key(path: str | os.PathLike) -> str:
        return os.path.abspath(path)

    def lookup(self, path: str | os.PathLike, extra: Any,
               target: str | os.PathLike | None = None) -> dict[str, Any] | None:
        """The entry of ``path`` if it still holds: same size, and same
        time or else same bytes; same per-file ``extra``; and with an
        ``-o`` ``target``, that file holding the output's bytes. Anything
        else (a malformed entry too): None."""
        k = self.key(path)
        e = self.entries.get(k)
        if e is None:
            return None
        try:
            st = os.stat(path)
            if (e.get("extra") != extra or e.get("size") != st.st_size
                    or not isinstance(e.get("result"), dict)):
                return None
            fresh = e
            if e.get("mtime") != st.st_mtime_ns:
                if _read_hash(path) != e.get("sha"):
                    return None
                # known by its bytes: trusted by its time from now on
                fresh = dict(e, mtime=self._trusted(st.st_mtime_ns))
            if target is not None:
                if not isinstance(e.get("out"), str) or _read_hash(target) != e["out"]:
                    return None
        except (OSError, TypeError, ValueError):
            return None
        today = _today()
        if fresh is not e or e.get("seen") != today:
            # (a hit rewrites the cache at most once a day: to say it is
            # still asked about, see MAX_UNSEEN_DAYS)
            self.new[k] = dict(fresh, seen=today)
        self.hits += 1
        return e["result"]

    @staticmethod
    def _trusted(mtime_ns: int) -> int | None:
        return None if time.time_ns() - mtime_ns < RACY_NS else mtime_ns

    def store(self, path: str | os.PathLike, size: int, mtime_ns: int, sha: str,
              extra: Any, result: dict[str, Any], out: str | None = None) -> None:
        entry = {"size": size, "mtime": self._trusted(mtime_ns), "sha": sha,
                 "extra": extra, "result": result, "seen": _today()}
        if out is not None:
            entry["out"] = out
        self.new[self.key(path)] = entry

    def save(self) -> bool:
        """Write the entries learned, merged into what is on disk now (a
        process that ran meanwhile keeps its entries), atomically; False
        when it could not be written (the run is not the worse for it).
        The re-read, merge and rename are done under the cache file's lock
        (:func:`_locked`), so that two saves at once keep both sides'
        entries."""
        if not self.new:
            return True
        with _locked(self.path.with_name(self.path.name + ".lock")):
            return self._save()

    def _save(self) -> bool:
        merged = self._load()
        merged.update(self.new)
        today = _today()
        oldest = today - MAX_UNSEEN_DAYS
        # (an entry seen "after today" was stamped by a clock that ran
        # ahead: it ages from today, not from that day to come, which kept
        # a deleted file's entry as long as the clock had been wrong)
        merged = {k: e if e["seen"] <= today else dict(e, seen=today)
                  for k, e in merged.items()
                  if isinstance(e.get("seen"), int) and e["seen"] >= oldest}
        try:
            fd, tmp = tempfile.mkstemp(prefix=".cache-", suffix=".tmp", dir=self.directory)
            try:
                # (dumps, not dump: json.dump writes through the pure-Python
                # encoder, many times slower on a cache of thousands of files)
                text = json.dumps({"format": FORMAT, "files": merged}, separators=(",", ":"))
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    fh.write(text)
                os.replace(tmp, self.path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError:
            return False
        self.entries = merged
        self.new = {}
        self._prune()
        return True

    def _prune(self) -> None:
        """Keep the :data:`KEEP` cache files last written: each edit of a
        rule in a development install, each new setting, starts another."""
        try:
            files = sorted(self.directory.glob("cache-*.json"),
                           key=lambda p: p.stat().st_mtime_ns, reverse=True)
            for old in files[KEEP:]:
                old.unlink()
                # (its lock too: a fingerprint no run uses any more)
                old.with_name(old.name + ".lock").unlink(missing_ok=True)
        except OSError:
            pass
