"""The file cache (cleaner.cache): a rerun cleans only what changed, and the
cache never changes an output."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import cleaner
from cleaner import Settings, cache as cache_mod
from cleaner.batch import check_paths, clean_paths
from cleaner.cli import cli

from ._corpus import article, corpus, tree


def _cache_files(d: Path) -> list[Path]:
    return sorted(d.glob("cache-*.json"))


def _run(tmp_path: Path, **kw):
    kw.setdefault("cache_dir", tmp_path / "cache")
    return clean_paths([str(tmp_path / "in")], out=tmp_path / "out", **kw)


def _same(a, b) -> None:
    """Two results that say the same of the same inputs."""
    assert (a.files, a.documents, sorted(a.changed), a.changes_by_rule, a.reports_by_rule,
            a.exit_code) == (b.files, b.documents, sorted(b.changed), b.changes_by_rule,
                             b.reports_by_rule, b.exit_code)


def test_rerun_skips_every_unchanged_file_and_says_the_same(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 6)
    (tmp_path / "in" / "ok.txt").write_text(article(99, chrome=False))
    first = _run(tmp_path)
    out = tree(tmp_path / "out")
    assert first.cached == [] and len(first.written) == 7
    second = _run(tmp_path)
    assert len(second.cached) == 7 and second.written == []
    _same(first, second)
    assert tree(tmp_path / "out") == out
    assert [c.as_dict() for c in []] == []
    # the report of a cached run has every document's changes, as the first
    first_report = _run(tmp_path, cache_dir=None, report=tmp_path / "r1.json")
    _run(tmp_path, report=tmp_path / "r2.json")
    r1 = json.loads((tmp_path / "r1.json").read_text())
    r2 = json.loads((tmp_path / "r2.json").read_text())
    assert first_report.cached == []
    strip = (lambda doc: {k: v for k, v in doc.items() if k not in ("written", "cached")})
    assert [strip(d) for d in r1["files"]] == [strip(d) for d in r2["files"]]
    assert all(d.get("cached") for d in r2["files"])


def test_an_edited_file_is_cleaned_again_the_others_not(tmp_path: Path) -> None:
    paths = corpus(tmp_path / "in", 4, nested=False)
    _run(tmp_path)
    paths[1].write_text(article(1) + "One more line of the story.\n")
    r = _run(tmp_path)
    assert str(paths[1]) not in r.cached and len(r.cached) == 3
    assert "One more line" in (tmp_path / "out" / paths[1].name).read_text()


def test_a_touched_file_whose_bytes_did_not_change_is_still_known(tmp_path: Path) -> None:
    paths = corpus(tmp_path / "in", 3, nested=False)
    _run(tmp_path)
    st = paths[0].stat()
    os.utime(paths[0], ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    r = _run(tmp_path)
    assert len(r.cached) == 3


def test_same_size_and_time_but_new_bytes_just_written_is_cleaned_again(tmp_path: Path) -> None:
    # written within the same clock tick as it was cleaned, a file keeps
    # its size and time: its entry trusts only its hash ("racy git")
    paths = corpus(tmp_path / "in", 2, nested=False)
    _run(tmp_path)
    st = paths[0].stat()
    text = paths[0].read_text()
    swapped = text.replace("Talks", "Tolks", 1)
    assert len(swapped) == len(text)
    paths[0].write_text(swapped)
    os.utime(paths[0], ns=(st.st_atime_ns, st.st_mtime_ns))
    r = _run(tmp_path)
    assert str(paths[0]) not in r.cached
    assert "Tolks" in (tmp_path / "out" / paths[0].name).read_text()


def test_another_setting_or_version_is_another_cache(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    corpus(tmp_path / "in", 3)
    _run(tmp_path)
    r = _run(tmp_path, settings=Settings(ignore=("B003",)))
    assert r.cached == [] and "B003" not in r.changes_by_rule
    assert len(_run(tmp_path).cached) == 3           # the first settings' entries are kept
    monkeypatch.setattr(cleaner, "__version__", "999.0")
    assert _run(tmp_path).cached == []
    monkeypatch.setattr(cache_mod, "_code_hash", lambda: "an edited rule")
    assert _run(tmp_path).cached == []
    # a new ftfy repairs differently: its version is in the fingerprint
    versions = cache_mod._dependency_versions()
    assert versions["ftfy"] and versions["langdetect"]
    monkeypatch.setattr(cache_mod, "_dependency_versions", lambda: dict(versions, ftfy="99.0"))
    assert _run(tmp_path).cached == []


def test_every_runtime_dependency_is_either_in_the_fingerprint_or_said_not_to_matter() -> None:
    """A dependency added to pyproject.toml must be placed: does its code
    decide a file's output (then a new version is a new cache)?"""
    import re
    from importlib import metadata
    runtime = {re.match(r"[A-Za-z0-9_.-]+", r).group(0).lower()
               for r in metadata.requires("cleaner") or () if "extra ==" not in r}
    layout_only = {"click", "pathspec", "tqdm", "tomli"}
    assert runtime - layout_only == set(cache_mod.OUTPUT_DEPENDENCIES)


def test_entries_not_asked_about_for_a_month_are_dropped(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    paths = corpus(tmp_path / "in", 3, nested=False)
    day = cache_mod._today()
    monkeypatch.setattr(cache_mod, "_today", lambda: day)
    _run(tmp_path)
    paths[2].unlink()                              # deleted: never asked about again
    monkeypatch.setattr(cache_mod, "_today", lambda: day + 20)
    assert len(_run(tmp_path).cached) == 2       # the hits say they are still asked about
    monkeypatch.setattr(cache_mod, "_today", lambda: day + 20 + cache_mod.MAX_UNSEEN_DAYS)
    paths[0].write_text(article(0) + "A new line.\n")  # a change: the cache is written
    _run(tmp_path)
    (f,) = _cache_files(tmp_path / "cache")
    kept = json.loads(f.read_text())["files"]
    assert sorted(Path(k).name for k in kept) == ["doc0000.txt", "doc0001.txt"]


def test_an_entry_stamped_while_the_clock_was_ahead_ages_from_today(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run with its clock a year ahead stamps the files it cleans a year
    ahead; the clock set right, a file deleted since would keep its entry
    that year and a month, not a month. An entry seen "in the future" is
    taken as seen today when the cache is next written."""
    paths = corpus(tmp_path / "in", 3, nested=False)
    day = cache_mod._today()
    monkeypatch.setattr(cache_mod, "_today", lambda: day + 365)
    _run(tmp_path)
    paths[2].unlink()                              # deleted: never asked about again
    monkeypatch.setattr(cache_mod, "_today", lambda: day)
    paths[0].write_text(article(0) + "A new line.\n")  # a change: the cache is written
    _run(tmp_path)
    (f,) = _cache_files(tmp_path / "cache")
    kept = json.loads(f.read_text())["files"]
    assert sorted(kept[k]["seen"] for k in kept) == [day] * 3
    monkeypatch.setattr(cache_mod, "_today", lambda: day + 1 + cache_mod.MAX_UNSEEN_DAYS)
    paths[0].write_text(article(0) + "Another line.\n")
    _run(tmp_path)
    kept = json.loads(f.read_text())["files"]
    assert sorted(Path(k).name for k in kept) == ["doc0000.txt", "doc0001.txt"]
    # negative: a stamp of a day gone by stays as it is (doc0001, not asked)
    monkeypatch.setattr(cache_mod, "_today", lambda: day + 2 + cache_mod.MAX_UNSEEN_DAYS)
    paths[0].write_text(article(0) + "A third line.\n")
    clean_paths([str(paths[0])], out=tmp_path / "out", cache_dir=tmp_path / "cache")
    kept = json.loads(f.read_text())["files"]
    assert {Path(k).name: e["seen"] for k, e in kept.items()} == {
        "doc0000.txt": day + 2 + cache_mod.MAX_UNSEEN_DAYS,
        "doc0001.txt": day + 1 + cache_mod.MAX_UNSEEN_DAYS}


def test_a_hit_rewrites_the_cache_at_most_once_a_day(tmp_path: Path) -> None:
    for p in corpus(tmp_path / "in", 2, nested=False):
        st = p.stat()  # (written long enough ago for its time to be trusted)
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns - 10_000_000_000))
    _run(tmp_path)
    (f,) = _cache_files(tmp_path / "cache")
    before = f.stat().st_mtime_ns
    assert len(_run(tmp_path).cached) == 2
    assert f.stat().st_mtime_ns == before


def test_per_file_ignores_are_part_of_a_file_s_entry(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 2, nested=False)
    _run(tmp_path)
    r = _run(tmp_path, per_file_ignores=[("doc0000.txt", ["B003"])])
    assert [Path(p).name for p in r.cached] == ["doc0001.txt"]


def test_a_deleted_or_edited_output_is_written_again(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 3, nested=False)
    _run(tmp_path)
    out = tree(tmp_path / "out")
    (tmp_path / "out" / "doc0000.txt").unlink()
    (tmp_path / "out" / "doc0001.txt").write_text("edited by hand\n")
    r = _run(tmp_path)
    assert sorted(Path(p).name for p in r.written) == ["doc0000.txt", "doc0001.txt"]
    assert len(r.cached) == 1
    assert tree(tmp_path / "out") == out


def test_a_corrupt_cache_is_ignored_and_written_anew(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 3, nested=False)
    first = _run(tmp_path)
    [f] = _cache_files(tmp_path / "cache")
    for junk in (b"\x00garbage{", b'{"format": 1, "files": []}', b"[1, 2]",
                 b'{"format": 1, "files": {"x": 1}}'):
        f.write_bytes(junk)
        again = _run(tmp_path)
        assert again.cached == [] and again.exit_code == 0
        _same(first, again)
        assert len(json.loads(f.read_text())["files"]) == 3
    # entries of the right shape but wrong content: not a hit, never a crash
    data = json.loads(f.read_text())
    for e in data["files"].values():
        e["result"] = {"changed": "x", "changes": [{"no": "such field"}]}
    f.write_text(json.dumps(data))
    again = _run(tmp_path)
    assert again.cached == [] and again.exit_code == 0
    _same(first, again)


def test_a_cache_dir_that_cannot_be_made_runs_without_one(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 2, nested=False)
    (tmp_path / "blocker").write_text("a file, not a directory\n")
    for _ in range(2):
        r = _run(tmp_path, cache_dir=tmp_path / "blocker" / "cache")
        assert r.exit_code == 0 and r.cached == [] and len(r.changed) == 2


def test_two_processes_entries_are_merged_not_lost(tmp_path: Path) -> None:
    a = cache_mod.FileCache.open(tmp_path / "c", Settings(), "check")
    b = cache_mod.FileCache.open(tmp_path / "c", Settings(), "check")
    assert a is not None and b is not None
    for c, name in ((a, "one.txt"), (b, "two.txt")):
        p = tmp_path / name
        p.write_text("text\n")
        c.store(p, 5, p.stat().st_mtime_ns, cache_mod.file_hash(b"text\n"), ["text", []], {})
    assert a.save() and b.save()
    fresh = cache_mod.FileCache.open(tmp_path / "c", Settings(), "check")
    assert fresh is not None and len(fresh.entries) == 2
    assert not list((tmp_path / "c").glob("*.tmp"))


_SAVER = """
import sys, time
from pathlib import Path
from cleaner import Settings, cache
d, name, start, lock = sys.argv[1:]
if lock == "file":
    cache.fcntl = None          # as where there is no flock (Windows)
c = cache.FileCache.open(d, Settings(), "check")
for i in range(50):
    c.store(Path(d).parent / f"{name}-{i}.txt", 5, 0, "sha", ["text", []], {})
load = cache.FileCache._load
def slow_load(self):
    # a slow disk: the other save reads the file before this one writes it
    data = load(self)
    time.sleep(0.4)
    return data
cache.FileCache._load = slow_load
while time.time() < float(start):
    time.sleep(0.001)
sys.exit(0 if c.save() else 1)
"""


@pytest.mark.parametrize("lock", ["flock", "file"])
def test_two_processes_saving_at_once_keep_both_sides_entries(tmp_path: Path,
                                                              lock: str) -> None:
    """Two saves at once each re-read the file, merge and rename: without a
    lock the one that read first and renamed last dropped the other's new
    entries. Both processes read, wait, then write (a slow disk); under the
    lock the second reads what the first wrote."""
    import subprocess
    import sys
    import time
    d = tmp_path / "c"
    env = dict(os.environ, PYTHONPATH=str(Path(cleaner.__file__).parent.parent))
    start = str(time.time() + 1.5)   # both past their imports
    procs = [subprocess.Popen([sys.executable, "-c", _SAVER, str(d), name, start, lock],
                              env=env) for name in ("one", "two")]
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    fresh = cache_mod.FileCache.open(d, Settings(), "check")
    assert fresh is not None
    names = {Path(k).name.split("-")[0] for k in fresh.entries}
    assert names == {"one", "two"} and len(fresh.entries) == 100
    assert not list(d.glob("*.tmp"))
    if lock == "file":
        assert not list(d.glob("*.lock"))   # the lock file is the lock: gone after


def test_a_lock_held_too_long_never_hangs_the_save(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A save waits for another's lock at most LOCK_TIMEOUT_S, then saves
    without it: a run never hangs on its cache."""
    import time
    monkeypatch.setattr(cache_mod, "LOCK_TIMEOUT_S", 0.3)
    c = cache_mod.FileCache.open(tmp_path / "c", Settings(), "check")
    assert c is not None
    c.store(tmp_path / "a.txt", 5, 0, "sha", ["text", []], {})
    lock = c.path.with_name(c.path.name + ".lock")
    with cache_mod._locked(lock) as held:   # another "process" holds it
        assert held
        t = time.monotonic()
        assert c.save()
        assert 0.25 < time.monotonic() - t < 5
    assert len(cache_mod.FileCache.open(tmp_path / "c", Settings(), "check").entries) == 1


def test_without_flock_a_stale_lock_file_is_taken_over(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Where there is no flock, a lock file left by a process that died
    holding it is taken over once older than STALE_LOCK_S; a fresh one is
    waited for (then the save goes on without it)."""
    import time
    monkeypatch.setattr(cache_mod, "fcntl", None)
    monkeypatch.setattr(cache_mod, "LOCK_TIMEOUT_S", 0.3)
    c = cache_mod.FileCache.open(tmp_path / "c", Settings(), "check")
    assert c is not None
    lock = c.path.with_name(c.path.name + ".lock")
    lock.write_text("")
    old = time.time() - cache_mod.STALE_LOCK_S - 5
    os.utime(lock, (old, old))
    with cache_mod._locked(lock) as held:
        assert held
        with cache_mod._locked(lock, timeout=0.2) as other:
            assert not other          # a live lock: not taken over
    assert not lock.exists()
    c.store(tmp_path / "a.txt", 5, 0, "sha", ["text", []], {})
    assert c.save() and not lock.exists()


def test_a_dead_lock_file_is_taken_over_within_one_wait() -> None:
    """A lock file left by a dead process (no flock) is stale before a
    save's wait runs out: the save after it waits a few seconds and takes
    it, rather than running out its whole timeout unlocked on every save."""
    assert cache_mod.STALE_LOCK_S < cache_mod.LOCK_TIMEOUT_S


def test_check_caches_clean_files_only(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "clean.txt").write_text(article(1, chrome=False))
    (tmp_path / "in" / "dirty.txt").write_text(article(2))
    for _ in range(2):
        r = check_paths([str(tmp_path / "in")], cache_dir=tmp_path / "cache")
        assert r.exit_code == 1 and [Path(p).name for p in r.changed] == ["dirty.txt"]
    assert [Path(p).name for p in r.cached] == ["clean.txt"]


def test_check_fix_in_place_keeps_what_it_left_clean(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 3, nested=False)
    kw = dict(in_place=True, cache_dir=tmp_path / "cache")
    first = clean_paths([str(tmp_path / "in")], **kw)
    assert len(first.written) == 3 and first.cached == []   # rewritten: not known clean yet
    second = clean_paths([str(tmp_path / "in")], **kw)
    assert second.written == [] and second.cached == []     # now checked clean
    third = clean_paths([str(tmp_path / "in")], **kw)
    assert len(third.cached) == 3 and third.written == []


def test_the_cache_dir_inside_the_input_is_not_walked(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 2, nested=False)
    for _ in range(2):
        r = _run(tmp_path, cache_dir=tmp_path / "in" / "cache")
        assert r.files == 2 and r.exit_code == 0
    assert _cache_files(tmp_path / "in" / "cache")
    # any tool's tagged cache directory, not only cleaner's
    other = tmp_path / "in" / "build-cache"
    other.mkdir()
    (other / "CACHEDIR.TAG").write_bytes(b"Signature: 8a477f597d28d172789f06886806bc55\n")
    (other / "page.txt").write_text(article(5))
    assert _run(tmp_path).files == 2
    # a directory with a file of that name but no signature is walked
    (other / "CACHEDIR.TAG").write_text("just notes\n")
    assert _run(tmp_path).files == 3


def test_stdin_and_jsonl_are_never_cached(tmp_path: Path) -> None:
    import io
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps({"id": 1, "text": article(3)}) + "\n")
    for _ in range(2):
        r = _run(tmp_path)
        assert r.cached == [] and r.documents == 1
    for _ in range(2):
        r = clean_paths(["-"], stdin=io.BytesIO(article(4).encode()), stdout=io.BytesIO(),
                        cache_dir=tmp_path / "cache")
        assert r.cached == []


def test_a_file_said_anything_of_is_not_cached(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "latin.txt").write_bytes(article(6).replace("Talks", "Caf\xe9 talks")
                                                .encode("cp1252"))
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    for _ in range(2):
        said: list[str] = []
        r = _run(tmp_path, log=said.append)
        assert r.cached == [] and any("decoded as" in m for m in said)


def _cli(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def test_cli_summary_no_cache_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLEANER_NO_CACHE")   # on, as outside the tests (conftest)
    corpus(tmp_path / "in", 3, nested=False)
    cache = tmp_path / "mycache"
    first = _cli("clean", "in", "-o", "out", "--cache-dir", cache)
    assert first.exit_code == 0 and "cached" not in first.stderr
    second = _cli("clean", "in", "-o", "out", "--cache-dir", cache)
    assert "3 of them from the cache (unchanged since the last run)" in second.stderr
    assert second.exit_code == first.exit_code
    nocache = _cli("clean", "in", "-o", "out", "--cache-dir", cache, "--no-cache")
    assert "cached" not in nocache.stderr
    # the environment: CLEANER_CACHE_DIR (set for every test), CLEANER_NO_CACHE
    envdir = Path(os.environ["CLEANER_CACHE_DIR"])
    _cli("check", "out")
    assert _cache_files(envdir)
    assert "3 of them from the cache (unchanged since the last run)" in _cli("check", "out").stdout
    assert "cached" not in _cli("check", "out", env={"CLEANER_NO_CACHE": "1"}).stdout
    # check's exit codes are as without a cache
    (tmp_path / "out" / "doc0000.txt").write_text(article(8))
    for _ in range(2):
        r = _cli("check", "out")
        assert r.exit_code == 1 and "2 of them from the cache (unchanged since the last run)" in r.stdout


def test_old_fingerprints_files_are_pruned(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache_mod, "KEEP", 2)
    corpus(tmp_path / "in", 1, nested=False)
    for ignore in ((), ("B003",), ("B002",)):
        _run(tmp_path, settings=Settings(ignore=ignore))
    assert len(_cache_files(tmp_path / "cache")) == 2


def test_clean_o_caches_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """-o's cache keeps every file's changes (about the corpus' size): it
    is used only with --cache-dir or CLEANER_CACHE_DIR; check's, which
    keeps clean files only, is on by default."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLEANER_NO_CACHE")
    monkeypatch.delenv("CLEANER_CACHE_DIR")
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    corpus(tmp_path / "in", 3, nested=False)
    for _ in range(2):
        r = _cli("clean", "in", "-o", "out")
        assert r.exit_code in (0, 1) and "from the cache" not in r.stderr
    assert not _cache_files(home / "cleaner")
    _cli("check", "out")
    assert _cache_files(home / "cleaner")   # check's default cache
    # asked for by the environment, -o's is used
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "asked"))
    _cli("clean", "in", "-o", "out2")
    assert "3 of them from the cache" in _cli("clean", "in", "-o", "out2").stderr


def test_a_rerun_of_clean_o_without_a_cache_says_one_would_skip_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`cleaner clean in -o out` run again cleans every file again (-o has
    a cache only when one is named): a note says the outputs were there
    already and what makes a rerun skip them. Negative: a first run, a
    rerun with a cache named, --no-cache, -q, and a handful of files say
    nothing of it."""
    from cleaner.cli import RERUN_NOTE_FILES

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLEANER_NO_CACHE")
    monkeypatch.delenv("CLEANER_CACHE_DIR")
    corpus(tmp_path / "in", RERUN_NOTE_FILES, nested=False)
    (tmp_path / "in" / "page.html").write_text(
        "<html><head><title>Ferry route approved</title></head><body><p>The council voted "
        "on Tuesday to approve a new ferry route across the estuary.</p></body></html>")
    note = "already up to date, cleaned again for nothing: with --cache-dir DIR"
    first = _cli("clean", "in", "-o", "out")
    assert first.exit_code == 0 and note not in first.stderr
    again = _cli("clean", "in", "-o", "out")
    assert again.exit_code == 0
    assert f"note: {RERUN_NOTE_FILES + 1} outputs in out were already up to date" in again.stderr
    assert note in again.stderr
    for args in (("--no-cache",), ("-q",)):
        assert note not in _cli("clean", "in", "-o", "out", *args).stderr
    named = [_cli("clean", "in", "-o", "out", "--cache-dir", tmp_path / "c").stderr
             for _ in range(2)]
    assert all(note not in e for e in named)
    # the files from the cache are said of all the files counted before them
    assert (f"{RERUN_NOTE_FILES} files cleaned, 1 HTML file extracted to text, "
            f"{RERUN_NOTE_FILES + 1} of these from the cache") in named[1]
    few = tmp_path / "few"
    corpus(few, 3, nested=False)
    _cli("clean", "few", "-o", "fewout")
    assert note not in _cli("clean", "few", "-o", "fewout").stderr
