"""Where the pipeline's time goes, rule by rule.

Runs the default pipeline over a directory of ``.txt`` documents and times
every rule's ``check`` (and the language detection), split by whether the
call found something and by the pass it ran in (pass 2 is mostly the
confirming pass). A rule that spends its time on documents where it finds
nothing is the place for a cheap, document-level precondition; a rule that
spends it in pass 2 re-reads a text the others changed.

    python tools/rule_profile.py DIR [--limit N]

Seconds are wall time (noisy on a shared machine): compare shares, and
confirm a change by instruction counts (callgrind), not by these.
"""
from __future__ import annotations

import argparse
import collections
import glob
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from cleaner import language  # noqa: E402
from cleaner import pipeline as _pipeline  # noqa: E402


def profile(paths: list[str]) -> tuple[float, dict, collections.Counter]:
    p = _pipeline.Pipeline()
    # per code: [seconds empty, seconds found, calls empty, calls found]
    stats: dict[str, list] = collections.defaultdict(lambda: [0.0, 0.0, 0, 0])
    by_pass: collections.Counter = collections.Counter()
    # a pass starts where a fixer runs that is no later than the last one
    # (a rule the memos spare is not called: the order tells the pass)
    state = {"pass": 0, "last": -1}
    order = {r.code: i for i, r in enumerate(p._fixers)}
    clock = time.perf_counter

    def timed(rule):
        check = rule.check

        def run(text, ctx):
            i = order.get(rule.code)
            if i is not None:
                if i <= state["last"]:
                    state["pass"] += 1
                state["last"] = i
            t = clock()
            out = list(check(text, ctx))
            d = clock() - t
            s = stats[rule.code]
            k = 0 if not out else 1
            s[k] += d
            s[k + 2] += 1
            if i is not None:  # (a report rule runs once, after the passes)
                by_pass[(state["pass"], rule.code)] += d
            return out
        return run

    for rule in p.rules:
        rule.check = timed(rule)

    detect = language.detect

    def timed_detect(*a, **kw):
        t = clock()
        out = detect(*a, **kw)
        s = stats["(language)"]
        s[0] += clock() - t
        s[2] += 1
        return out
    language.detect = timed_detect
    try:
        texts = [open(f, encoding="utf-8").read() for f in paths]
        t0 = clock()
        for text in texts:
            state["pass"], state["last"] = 1, -1
            p.run(text)
        return clock() - t0, stats, by_pass
    finally:
        language.detect = detect


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(args.dir, "*.txt")))
    if args.limit:
        paths = paths[:args.limit]
    total, stats, by_pass = profile(paths)
    print(f"{len(paths)} documents, {total:.2f} s")
    print(f"{'rule':10s} {'share':>6s} {'empty s':>8s} {'calls':>6s} {'found s':>8s} "
          f"{'calls':>6s} {'pass 2+ s':>9s}")
    later: collections.Counter = collections.Counter()
    for (n, code), t in by_pass.items():
        if n >= 2:
            later[code] += t
    for code, (te, tf, ne, nf) in sorted(stats.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        print(f"{code:10s} {100 * (te + tf) / total:5.1f}% {te:8.2f} {ne:6d} {tf:8.2f} {nf:6d} "
              f"{later.get(code, 0.0):9.2f}")


if __name__ == "__main__":
    main()
