"""The speed benchmark (issue 7): the default pipeline beside ftfy alone.

    python bench/run.py --docs 10000            # the table
    python bench/run.py --docs 10000 --jsonl-mb 500   # and peak memory of JSONL
    python bench/run.py --only longline               # one-line documents only
    python bench/run.py --docs 10000 --repeat 3       # fastest of 3 rounds each

Builds the synthetic corpus of bench/corpus.py in a temporary directory and
measures, one after another, each in a fresh child process (so that each peak
memory is its own, the child's ``ru_maxrss``):

* ``pipeline``    ``Pipeline.default().run`` on every document, in-process
                  (the time of the loop; the import and the reading are not
                  counted)
* ``cli -j1/-j2`` ``cleaner clean DIR -o OUT -jN``, end to end (wall time of
                  the command: start-up, reading, cleaning, writing)
* ``ftfy``        ``ftfy.fix_text`` alone on the same documents
* ``clean-text``  ``cleantext.clean`` alone (the ``bench`` extra), if installed
* ``io floor``    reading and writing the same files, nothing else

and prints MB/s, documents/s, the ratio to ftfy and the peak memory.
Features the CLI does not have yet are reported "not available".

``longline`` (``--longline 0.5,1``, or alone with ``--only longline``)
times ``Pipeline.default().run`` on one document of one line, the corpus's
documents run together, at each size: seconds per MB and peak memory.
Linear time keeps seconds per MB the same at every size; review 16 U3 found
them doubling with each doubling of the size.

``--by-rule`` adds where the pipeline's time goes: milliseconds a document
per rule (its ``check``, on the first pass and on the later ones),
language detection, and the pipeline's own bookkeeping (applying fixes,
mapping positions, the lines memos), measured on the second round over
the documents (memos of pure functions warm, as in a long run).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

# Every run measures the work: no file cache (cleaner.cache) answers for a
# file seen by an earlier round or run.
os.environ["CLEANER_NO_CACHE"] = "1"


# -- measurements run in a child process -----------------------------------

def _load(docs_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(docs_dir.glob("*.txt"))]


def _inner(kind: str, docs_dir: Path, out_dir: Path | None) -> dict:
    """Run one in-process measurement; the parent reads our ru_maxrss."""
    if kind == "io":
        t = time.perf_counter()
        out_dir.mkdir(parents=True, exist_ok=True)
        n = 0
        for p in sorted(docs_dir.glob("*.txt")):
            (out_dir / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
            n += 1
        return {"seconds": time.perf_counter() - t}
    docs = _load(docs_dir)
    if kind == "by-rule":
        return _by_rule(docs)
    if kind == "pipeline":
        sys.path.insert(0, str(ROOT))
        from cleaner import Pipeline
        pipeline = Pipeline.default()
        fn = pipeline.run
    elif kind == "pipeline-slow":
        sys.path.insert(0, str(ROOT))
        from cleaner import Pipeline
        pipeline = Pipeline.default()
        pipeline.fast = False
        fn = pipeline.run
    elif kind == "ftfy":
        import ftfy
        fn = ftfy.fix_text
    elif kind == "clean-text":
        try:
            from cleantext import clean
        except ImportError:
            return {"error": "not installed (pip install -e '.[bench]')"}
        fn = clean
    else:
        raise SystemExit(f"unknown measurement {kind}")
    fn(docs[0])  # warm: compile patterns, load data files
    t = time.perf_counter()
    for d in docs:
        fn(d)
    return {"seconds": time.perf_counter() - t}


def _by_rule(docs: list[str]) -> dict:
    """Seconds per rule code and pass ("first"/"later"), language detection
    and the rest, over the second round of ``docs``."""
    sys.path.insert(0, str(ROOT))
    from cleaner import Pipeline
    from cleaner import pipeline as pipeline_module

    pipeline = Pipeline.default()
    for d in docs:
        pipeline.run(d)
    spent: dict[str, float] = {}
    seen: dict[str, int] = {}
    doc_no = [0]

    def timed(key_of, fn):
        def wrapper(*a, **kw):
            t = time.perf_counter()
            out = fn(*a, **kw)
            if not isinstance(out, pipeline_module._language.Language):
                out = list(out)
            key = key_of()
            spent[key] = spent.get(key, 0.0) + time.perf_counter() - t
            return out
        return wrapper

    for rule in pipeline._fixers + pipeline._reporters:
        def key_of(code=rule.code):
            later = seen.get(code) == doc_no[0]
            seen[code] = doc_no[0]
            return f"{code} {'later' if later else 'first'}"
        rule.check = timed(key_of, rule.check)
    detect = pipeline_module._language.detect
    pipeline_module._language.detect = timed(lambda: "language detection", detect)
    t = time.perf_counter()
    for i, d in enumerate(docs):
        doc_no[0] = i
        pipeline.run(d)
    total = time.perf_counter() - t
    pipeline_module._language.detect = detect
    spent["pipeline bookkeeping"] = total - sum(spent.values())
    return {"seconds": total, "by": spent}


def _child(args: list[str], stdin_devnull: bool = True) -> tuple[float, int, int, str]:
    """Run a command; return (wall seconds, exit code, peak RSS in MB, stderr tail)."""
    t = time.perf_counter()
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(args, stdout=out, stderr=err,
                                stdin=subprocess.DEVNULL if stdin_devnull else None)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t
        out.seek(0)
        err.seek(0)
        tail = (err.read()[-400:]).decode("utf-8", "replace")
        stdout = out.read().decode("utf-8", "replace")
    # ru_maxrss is in kilobytes on Linux
    return wall, proc.returncode, usage.ru_maxrss // 1024, tail + stdout[-100_000:]


def measure_inner(kind: str, docs_dir: Path, out_dir: Path) -> dict:
    wall, rc, rss, tail = _child([sys.executable, str(Path(__file__).resolve()), "--_inner", kind,
                                  str(docs_dir), str(out_dir)])
    if rc != 0:
        return {"error": f"failed (exit {rc}): {tail.strip()[-200:]}"}
    result = json.loads(tail.strip().splitlines()[-1])
    result["rss_mb"] = rss
    return result


def _cleaner_cmd() -> list[str]:
    script = Path(sys.executable).parent / "cleaner"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from cleaner.cli import main; main()"]


def cli_help() -> str:
    try:
        return subprocess.run(_cleaner_cmd() + ["clean", "--help"], capture_output=True,
                              text=True, timeout=120).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def measure_cli(extra: list[str], inputs: list[str], out_dir: Path) -> dict:
    shutil.rmtree(out_dir, ignore_errors=True)
    wall, rc, rss, tail = _child(_cleaner_cmd() + ["clean", *inputs, "-o", str(out_dir),
                                                   "-q", *extra])
    if rc not in (0, 1):
        return {"error": f"failed (exit {rc}): {tail.strip()[-200:]}"}
    return {"seconds": wall, "rss_mb": rss}


# -- the table --------------------------------------------------------------

def _fastest(runs: list[dict]) -> dict:
    """The fastest of a measure's runs (an error if every run failed)."""
    ok = [r for r in runs if "seconds" in r]
    return min(ok, key=lambda r: r["seconds"]) if ok else runs[0]


def _row(name: str, r: dict, mb: float, n: int, ftfy_s: float | None) -> str:
    if "error" in r:
        return f"| {name} | {r['error']} | | | |"
    s = r["seconds"]
    ratio = f"{ftfy_s / s:.2f}x" if ftfy_s else "-"
    return (f"| {name} | {mb / s:.2f} | {n / s:,.0f} | {ratio} | "
            f"{r.get('rss_mb', '-')} |")


def print_by_rule(r: dict, n: int) -> None:
    print()
    if "error" in r:
        print(f"by rule: {r['error']}")
        return
    total = r["seconds"]
    print(f"Where the pipeline's time goes ({total / n * 1000:.2f} ms a document; the line "
          "rules' verdicts that the block rules ask for count as the block rule's):")
    print()
    print("| part | ms/doc | share |")
    print("| --- | ---: | ---: |")
    by = sorted(r["by"].items(), key=lambda kv: -kv[1])
    shown = [(k, v) for k, v in by if v / total >= 0.01]
    for k, v in shown:
        print(f"| {k} | {v / n * 1000:.3f} | {v / total:.0%} |")
    rest = total - sum(v for _, v in shown)
    print(f"| {len(by) - len(shown)} others, each under 1% | {rest / n * 1000:.3f} | "
          f"{rest / total:.0%} |")


def print_longline(sizes: str, seed: int, work: Path) -> None:
    """Seconds per MB of the pipeline on a one-line document at each size
    (each in a fresh child process, its own peak memory)."""
    print()
    print("One document of one line (the corpus's documents run together):")
    print()
    print("| MB | seconds | s/MB | peak RSS MB |")
    print("| ---: | ---: | ---: | ---: |")
    per_mb = []
    for mb in (float(x) for x in sizes.split(",")):
        docs_dir = work / f"longline-{mb:g}"
        docs_dir.mkdir(parents=True, exist_ok=True)
        data = corpus.one_line_document(mb, seed).encode("utf-8")
        (docs_dir / "line.txt").write_bytes(data)
        r = measure_inner("pipeline", docs_dir, work / "o")
        shutil.rmtree(docs_dir, ignore_errors=True)
        if "error" in r:
            print(f"| {len(data) / 1e6:.2f} | {r['error']} | | |")
            continue
        per_mb.append(r["seconds"] / (len(data) / 1e6))
        print(f"| {len(data) / 1e6:.2f} | {r['seconds']:.2f} | {per_mb[-1]:.2f} | {r['rss_mb']} |")
    if len(per_mb) >= 2:
        print(f"\ns/MB at the largest size / at the smallest: {per_mb[-1] / per_mb[0]:.2f} "
              "(1 for linear time)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--_inner":
        kind, docs_dir, out_dir = argv[1], Path(argv[2]), Path(argv[3])
        print(json.dumps(_inner(kind, docs_dir, out_dir)))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10000, help="documents in the corpus")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jsonl-mb", type=float, default=0,
                    help="also measure peak memory of --format jsonl over a file this big")
    ap.add_argument("--only", default="",
                    help="comma-separated subset: pipeline,slow,cli,ftfy,clean-text,io,longline")
    ap.add_argument("--workdir", type=Path, help="keep the corpus and outputs here")
    ap.add_argument("--repeat", type=int, default=1,
                    help="measure everything this many times, round after round, and "
                         "show each measure's fastest round (a noisy machine)")
    ap.add_argument("--by-rule", action="store_true",
                    help="also print where the pipeline's time goes, rule by rule")
    ap.add_argument("--longline", default="",
                    help="also time one document of one line at these sizes in MB "
                         "(comma-separated; 0.5,1 with --only longline)")
    args = ap.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="cleaner-bench-"))
    only = set(filter(None, args.only.split(",")))

    def wanted(k: str) -> bool:
        return not only or k in only

    if only == {"longline"}:
        try:
            print_longline(args.longline or "0.5,1", args.seed, work)
        finally:
            if not args.workdir:
                shutil.rmtree(work, ignore_errors=True)
        return 0
    try:
        docs_dir, jsonl, size = corpus.write_corpus(work / "corpus", args.docs, args.seed)
        mb = size / 1e6
        n = args.docs
        print(f"corpus: {n} documents, {mb:.1f} MB ({docs_dir})", flush=True)
        help_text = cli_help()
        has_jobs = "--jobs" in help_text
        has_jsonl = "jsonl" in help_text and "--format" in help_text

        # what to measure, in the order of the table: (name, how)
        plan: list[tuple[str, Callable[[], dict]]] = []
        if wanted("pipeline"):
            plan.append(("pipeline (in-process)",
                         lambda: measure_inner("pipeline", docs_dir, work / "o")))
        if wanted("slow"):
            plan.append(("pipeline, fast=False",
                         lambda: measure_inner("pipeline-slow", docs_dir, work / "o")))
        if wanted("cli"):
            for j in (1, 2):
                plan.append((f"cleaner clean -j{j}",
                             (lambda j=j: measure_cli(["-j", str(j)], [str(docs_dir)],
                                                      work / f"out-j{j}")) if has_jobs else
                             (lambda: {"error": "not available (no -j in the CLI)"})))
        plan.append(("ftfy.fix_text", lambda: measure_inner("ftfy", docs_dir, work / "o")))
        if wanted("clean-text"):
            plan.append(("clean-text clean()",
                         lambda: measure_inner("clean-text", docs_dir, work / "o")))
        if wanted("io"):
            plan.append(("I/O floor (read+write)",
                         lambda: measure_inner("io", docs_dir, work / "io")))

        # --repeat N: N rounds, each measuring everything once, one after
        # the other; the table shows each measure's fastest round (the
        # machine's drift only ever slows a run down), and the -j ratio is
        # also given round by round, -j1 and -j2 having run minutes apart
        rounds: list[dict[str, dict]] = []
        for k in range(args.repeat):
            if args.repeat > 1:
                print(f"round {k + 1} of {args.repeat}", flush=True)
            rounds.append({name: how() for name, how in plan})
        results = [(name, _fastest([r[name] for r in rounds])) for name, _ in plan]

        ftfy_s = dict(results)["ftfy.fix_text"].get("seconds")
        print()
        print(f"{n} documents, {mb:.1f} MB, {os.cpu_count()} CPUs, "
              f"Python {sys.version.split()[0]}"
              + (f", fastest of {args.repeat} rounds" if args.repeat > 1 else ""))
        print()
        print("| measure | MB/s | docs/s | vs ftfy | peak RSS MB |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for name, r in results:
            print(_row(name, r, mb, n, ftfy_s))
        by = dict(results)
        j1, j2 = by.get("cleaner clean -j1", {}), by.get("cleaner clean -j2", {})
        if "seconds" in j1 and "seconds" in j2:
            print(f"\n-j2 speed-up over -j1: {j1['seconds'] / j2['seconds']:.2f}x")
            if args.repeat > 1:
                each = [r["cleaner clean -j1"].get("seconds", 0) / r["cleaner clean -j2"]["seconds"]
                        for r in rounds if "seconds" in r["cleaner clean -j2"]]
                print("  round by round: " + ", ".join(f"{x:.2f}x" for x in each))
        if args.repeat > 1:
            for name, _ in plan:
                secs = [r[name]["seconds"] for r in rounds if "seconds" in r[name]]
                if secs:
                    print(f"  {name}: " + ", ".join(f"{x:.1f}" for x in secs) + " s")

        if args.by_rule:
            print_by_rule(measure_inner("by-rule", docs_dir, work / "o"), n)

        if args.longline:
            print_longline(args.longline, args.seed, work)

        if args.jsonl_mb:
            print()
            if not has_jsonl:
                print(f"--format jsonl over {args.jsonl_mb:g} MB: not available")
            else:
                big = work / "big.jsonl"
                size = corpus.write_jsonl_of_size(big, args.jsonl_mb, seed=args.seed + 1)
                r = measure_cli(["--format", "jsonl", "-j", "2"], [str(big)], work / "out-jsonl")
                big.unlink()
                shutil.rmtree(work / "out-jsonl", ignore_errors=True)
                if "error" in r:
                    print(f"--format jsonl over {size / 1e6:.0f} MB: {r['error']}")
                else:
                    print(f"--format jsonl -j2 over {size / 1e6:.0f} MB: {r['seconds']:.0f} s, "
                          f"{size / 1e6 / r['seconds']:.2f} MB/s, peak RSS {r['rss_mb']} MB "
                          "(the largest process)")
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
