"""Speed of the name matcher: variant pass (three designs) and full find().

    PYTHONPATH=. python bench/bench_names.py [MB]

The text is the seeds plus the negative corpus, repeated to ~MB megabytes
(default 1). Designs compared for the one-pass variant search:

* flat   one regex alternation of every form, longest first, word boundaries
* trie   the same forms as a trie-shaped regex (shares prefixes)
* aho    pyahocorasick automaton (iter_long) + boundary checks in Python

cleaner.names uses one automaton (it also holds titles, first names and
countries, so the fuzzy passes need no scan of their own); "find() total" is
the whole matcher, fuzzy passes included.
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import ahocorasick

from cleaner.names import NameRegistry

ROOT = Path(__file__).resolve().parents[1]


def trie_pattern(words) -> str:
    """A regex matching exactly ``words``, shaped as a trie: Python's ``re``
    tries a flat alternation's branches one by one at every position; a trie
    shares prefixes. Optional tails are greedy, so the longest form wins."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if ends else group

    return build(trie)


def corpus(mb: float) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    neg = ROOT / "tests" / "data" / "negative_corpus.txt"
    if neg.exists():
        parts.append(neg.read_text(encoding="utf-8"))
    base = "\n\n".join(parts)
    return base * max(1, int(mb * 1_000_000 / len(base)))


def timeit(fn, text: str, runs: int = 5) -> tuple[float, int]:
    best, n = float("inf"), 0
    for _ in range(runs):
        t = time.perf_counter()
        n = fn(text)
        best = min(best, time.perf_counter() - t)
    return best, n


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    text = corpus(mb)
    reg = NameRegistry.load()
    forms = list(reg._rewrites)
    size = len(text.encode()) / 1e6

    flat = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                      + r")(?!\w)")
    trie = re.compile(rf"(?<!\w)(?:{trie_pattern(forms)})(?!\w)")
    auto = ahocorasick.Automaton()
    for f in forms:
        auto.add_word(f, len(f))
    auto.make_automaton()

    def run_re(rx):
        return lambda t: sum(1 for _ in rx.finditer(t))

    def run_aho(t: str) -> int:
        n, last = 0, len(t)
        for end, length in auto.iter_long(t):
            start = end - length + 1
            if (start == 0 or not t[start - 1].isalnum() and t[start - 1] != "_") and \
               (end + 1 == last or not t[end + 1].isalnum() and t[end + 1] != "_"):
                n += 1
        return n

    print(f"text: {size:.2f} MB, {len(forms)} forms")
    for name, fn in (("flat regex", run_re(flat)), ("trie regex", run_re(trie)), ("pyahocorasick", run_aho)):
        secs, n = timeit(fn, text)
        print(f"{name:15s} {secs * 1000:8.1f} ms  {size / secs:7.1f} MB/s  ({n} matches)")
    secs, n = timeit(lambda t: len(reg.find(t)), text, runs=3)
    print(f"{'find() total':15s} {secs * 1000:8.1f} ms  {size / secs:7.1f} MB/s  ({n} hits)")


if __name__ == "__main__":
    main()
