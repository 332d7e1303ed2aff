"""What one rule's checks cost, replayed over the texts it was given in
the pipeline, and what share of it one function takes (a development aid).

    python tools/rule_cost.py --rule B101 --corpus 'DIR/*.txt' --docs 200
    python tools/rule_cost.py --rule B101 --corpus 'DIR/*.txt' \\
        --serve cleaner.rules.blocks:matched_lines
    valgrind --tool=callgrind --instr-atstart=no python tools/rule_cost.py \\
        --rule B101 --corpus 'DIR/*.txt' --callgrind     # then read "totals:"

The pipeline cleans the documents once, and the texts (and contexts) the
rule's ``check`` is given, pass after pass, are kept; then each
document's checks are replayed alone (the per-document memos emptied
before each document, as the pipeline does), once to warm up and once
counted: CPU time (best of ``--repeat``), or, with ``--callgrind`` under
callgrind started with ``--instr-atstart=no``, the instructions of the
counted replay only (the pipeline's run and the warm-up are not
counted). A rule's wall-clock time in the pipeline (``bench/run.py
--by-rule``) moves by 10% from one run to the next on a busy machine;
the instructions do not.

``--serve MODULE:FUNCTION`` (repeatable) answers each call of the
function in the counted replay with what it answered in the warm-up, in
the same order, without running it: the replay's cost less the served
one's is the function's share (the calls from the rule's module, or from
wherever the module's name is looked up at call time). The other rules
do not run in the replay, so what the rule's helpers remember of a text
an earlier rule asked about is asked afresh: the replay reads a little
higher than the rule's share of the pipeline.
"""
from __future__ import annotations

import argparse
import glob
import importlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _served(calls: list[str]) -> tuple[list[bool], list[list[int]]]:
    """Patch each ``MODULE:FUNCTION`` to record its answers while
    ``mode[0]`` is true, and to give them back in order once it is false
    (from the start again once its counter, returned, is set to 0)."""
    mode = [True]
    counters = []
    for spec in calls:
        module_name, _, name = spec.partition(":")
        module = importlib.import_module(module_name)
        original = getattr(module, name)
        answers: list = []
        at = [0]

        def served(*args, _f=original, _answers=answers, _at=at, **kwargs):
            if mode[0]:
                out = _f(*args, **kwargs)
                _answers.append(out)
                return out
            out = _answers[_at[0]]
            _at[0] += 1
            return out

        setattr(module, name, served)
        counters.append(at)
    return mode, counters


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rule", required=True, help="the rule's code (B101)")
    ap.add_argument("--corpus", default=str(ROOT / "seeds" / "*"),
                    help="a glob of text files (sorted; default: seeds/*)")
    ap.add_argument("--docs", type=int, default=200, help="the first so many files")
    ap.add_argument("--serve", action="append", default=[], metavar="MODULE:FUNCTION",
                    help="answer this function's calls from the warm-up (its share)")
    ap.add_argument("--repeat", type=int, default=3, help="CPU time: the best of so many")
    ap.add_argument("--callgrind", action="store_true",
                    help="count the replay's instructions only (run under callgrind "
                         "with --instr-atstart=no)")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from cleaner import Pipeline, structure

    pipeline = Pipeline()
    rule = next((r for r in pipeline._fixers if r.code == args.rule), None)
    if rule is None:
        ap.error(f"no rule {args.rule} among the pipeline's fixers")
    files = sorted(glob.glob(args.corpus))[:args.docs]
    if not files:
        ap.error(f"no file matches {args.corpus}")
    check = rule.check
    given: list[list[tuple[str, object, int]]] = []

    def recording(text, ctx):
        out = list(check(text, ctx))
        given[-1].append((text, ctx, len(out)))
        return out

    rule.check = recording
    for name in files:
        given.append([])
        pipeline(Path(name).read_text(encoding="utf-8", errors="replace"))
    rule.check = check
    mode, counters = _served(args.serve)

    def replay() -> int:
        calls = 0
        for texts in given:
            structure.new_document()
            structure.FAST = pipeline.fast
            for text, ctx, found in texts:
                if len(list(check(text, ctx))) != found:
                    raise SystemExit(f"{args.rule} found other changes when replayed: "
                                     "is it a pure function of (text, ctx)?")
                calls += 1
        structure.new_document()
        return calls

    calls = replay()  # (the warm-up: patterns compiled, resources read, answers served)
    mode[0] = False
    for at in counters:
        at[0] = 0
    if args.callgrind:
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        replay()
        subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        print(f"{args.rule}: {calls} checks of {len(files)} documents replayed "
              f"(instructions: callgrind's totals)")
        return 0
    best = None
    for _ in range(args.repeat):
        for at in counters:
            at[0] = 0
        start = time.process_time()
        replay()
        spent = time.process_time() - start
        best = spent if best is None else min(best, spent)
    print(f"{args.rule}: {calls} checks of {len(files)} documents, "
          f"{best * 1000:.0f} ms CPU (best of {args.repeat})"
          + (f", served: {', '.join(args.serve)}" if args.serve else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
