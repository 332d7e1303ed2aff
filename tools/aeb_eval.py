#!/usr/bin/env python3
"""Measure the boilerplate heuristics on the aeb-dev set (developer tool).

Cleans every ``input/<id>.txt`` of the aeb-dev set (default
``../shared/aeb-dev`` beside the repository) into a temporary directory and
prints the last line of the set's ``score.py``:

    aeb: precision=P recall=R f1=F n=N

Modes:
  (default)     keep the blocks that ``cleaner.blocks.classify_blocks`` keeps,
                joined by blank lines
  --pipeline    clean with the core engine (``cleaner.clean`` or
                ``cleaner.Pipeline``) when it exists
  --pipeline --corpus-lines
                first learn the lines repeated across the set's inputs
                (``cleaner.corpus.learn``), then clean with them (rule B110)

Options:
  --disable B101 [--disable B104 ...]   switch heuristics off
  --all-ablations                       one table: all on, then each off
  --per-doc                             score.py's per-document table
  --out DIR                             keep the cleaned texts in DIR
  --removed ID                          print what is removed from one page
  --speed                               classify_blocks throughput (MB/s)

Exits 0 with a message when the aeb-dev set is absent.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from cleaner.blocks import ALL_CODES, RULES, classify_blocks  # noqa: E402

DEFAULT_AEB = REPO.parent / "shared" / "aeb-dev"


def detect_lang(text: str) -> str | None:
    """Deterministic language of a document (langdetect with a fixed seed,
    on the longest lines); None lets classify_blocks guess."""
    try:
        from langdetect import DetectorFactory, detect
    except ImportError:
        return None
    DetectorFactory.seed = 0
    lines = sorted((ln for ln in text.splitlines() if len(ln) > 60), key=len, reverse=True)
    sample = "\n".join(lines[:30]) or text
    try:
        return detect(sample)
    except Exception:
        return None


def blocks_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def clean_blocks(text: str, enabled=None, lang: str | None = "auto") -> str:
    blocks = blocks_of(text)
    if lang == "auto":
        lang = detect_lang(text)
    verdicts = classify_blocks(blocks, lang=lang, enabled=enabled)
    kept = [b for b, v in zip(blocks, verdicts) if v.keep]
    return "\n\n".join(kept) + ("\n" if kept else "")


def pipeline_cleaner():
    """The core engine's cleaning function, or None when it does not exist."""
    try:
        import cleaner
    except Exception:
        return None
    fn = getattr(cleaner, "clean", None)
    if callable(fn):
        def run(text: str) -> str:
            out = fn(text)
            return getattr(out, "text", out)
        return run
    cls = getattr(cleaner, "Pipeline", None)
    if cls is not None:
        pipe = cls()
        for name in ("clean", "run", "__call__"):
            m = getattr(pipe, name, None)
            if callable(m):
                def run(text: str, m=m) -> str:
                    out = m(text)
                    return getattr(out, "text", out)
                return run
    return None


def corpus_cleaner(aeb: Path, min_docs: int | None = None):
    """The default pipeline with the lines learned from every input of the
    set (two passes, as a batch run would do)."""
    from cleaner import Pipeline
    from cleaner.corpus import learn

    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted((aeb / "input").glob("*.txt"))]
    kw = {} if min_docs is None else {"min_docs": min_docs}
    learned = learn(texts, **kw)
    print(f"# corpus lines: {len(learned.digests)} learned from {learned.documents} "
          f"documents (thresholds {learned.thresholds()})", file=sys.stderr)
    pipe = Pipeline.default(repeated_lines=learned.digests)
    return lambda text: pipe.run(text).text


def run_set(aeb: Path, out_dir: Path, clean, per_doc: bool = False) -> str:
    for path in sorted((aeb / "input").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        (out_dir / path.name).write_text(clean(text), encoding="utf-8")
    cmd = [sys.executable, str(aeb / "score.py"), str(out_dir)]
    if per_doc:
        cmd.append("--per-doc")
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    lines = res.stdout.strip().splitlines()
    if per_doc:
        print("\n".join(lines[:-1]))
    return lines[-1] if lines else ""


def score(aeb: Path, clean, out: Path | None = None, per_doc: bool = False) -> str:
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        return run_set(aeb, out, clean, per_doc)
    with tempfile.TemporaryDirectory(prefix="aeb_eval_") as tmp:
        return run_set(aeb, Path(tmp), clean, per_doc)


def show_removed(aeb: Path, doc_id: str, enabled) -> None:
    text = (aeb / "input" / f"{doc_id}.txt").read_text(encoding="utf-8")
    blocks = blocks_of(text)
    lang = detect_lang(text)
    print(f"# lang={lang}")
    for i, (b, v) in enumerate(zip(blocks, classify_blocks(blocks, lang=lang, enabled=enabled))):
        mark = "KEEP" if v.keep else v.code
        print(f"{i:4d} {mark:5s} {b[:110]!r}  {v.reason}")


def speed(aeb: Path) -> None:
    docs = []
    for path in sorted((aeb / "input").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        docs.append((blocks_of(text), detect_lang(text), len(text.encode("utf-8"))))
    total = sum(d[2] for d in docs)
    classify_blocks(docs[0][0], lang=docs[0][1])  # warm the stop-word cache
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        for blocks, lang, _ in docs:
            classify_blocks(blocks, lang=lang)
    dt = time.perf_counter() - t0
    print(f"classify_blocks: {reps * total / dt / 1e6:.1f} MB/s "
          f"({total / 1e6:.2f} MB x {reps} in {dt:.2f} s, one core, language given)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--aeb", type=Path, default=DEFAULT_AEB, help="aeb-dev directory")
    ap.add_argument("--disable", action="append", default=[], metavar="CODE",
                    help="switch a heuristic off (repeatable): " + ", ".join(sorted(ALL_CODES)))
    ap.add_argument("--all-ablations", action="store_true")
    ap.add_argument("--pipeline", action="store_true", help="use the core engine")
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--removed", metavar="ID")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--corpus-lines", action="store_true",
                    help="with --pipeline: learn repeated lines from the inputs first")
    ap.add_argument("--min-docs", type=int, default=None,
                    help="with --corpus-lines: documents a label must be in")
    args = ap.parse_args(argv)

    if not (args.aeb / "input").is_dir() or not (args.aeb / "score.py").is_file():
        print(f"aeb-dev set not found at {args.aeb}; nothing to measure (skipped)")
        return 0
    bad = [c for c in args.disable if c not in ALL_CODES]
    if bad:
        ap.error(f"unknown code(s) {bad}; known: {sorted(ALL_CODES)}")
    enabled = ALL_CODES - set(args.disable)

    if args.removed:
        show_removed(args.aeb, args.removed, enabled)
        return 0
    if args.speed:
        speed(args.aeb)
        return 0
    if args.pipeline:
        fn = corpus_cleaner(args.aeb, args.min_docs) if args.corpus_lines else pipeline_cleaner()
        if fn is None:
            print("the core pipeline (cleaner.clean / cleaner.Pipeline) does not exist yet")
            return 1
        print(score(args.aeb, fn, args.out, args.per_doc))
        return 0
    if args.all_ablations:
        rows = [("all on", enabled)] + [
            (f"-{c} ({RULES[c]})", enabled - {c}) for c in sorted(enabled)
        ]
        for label, en in rows:
            line = score(args.aeb, lambda t, en=en: clean_blocks(t, en))
            print(f"{label:<75} {line}")
        return 0
    print(score(args.aeb, lambda t: clean_blocks(t, enabled), args.out, args.per_doc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
