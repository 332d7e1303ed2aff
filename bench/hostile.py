"""Hostile input: does any rule take super-linear time on a long line?

    python bench/hostile.py                    # every case at 10/20/40/80 KB
    python bench/hostile.py at_chain dots      # some cases only
    python bench/hostile.py --sizes 50,100,200 --limit 60
    python bench/hostile.py --by-rule at_chain # where the time of the largest size goes
    python bench/hostile.py --profile at_chain --sizes 40   # cProfile, top 25

Each case is a short ordinary article with one pathological paragraph of
the given size in the middle (a whitespace-free token, a run of one
punctuation mark, a huge paragraph of real words...). It prints the
seconds the default pipeline takes at each size and the ratio of the
time at the largest size to the time at half of it: linear time doubles
with the size (ratio ~2), quadratic time quadruples. A case that exceeds
``--limit`` seconds at one size is not run at the larger sizes. There is
no assertion on time: this is a tool to look with, not a test.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEAD = ("Harbour town approves new sea wall\n\n"
        "The district council voted on Tuesday evening to build a concrete sea wall along the "
        "old harbour front, ending a decade of argument about the cost.\n\n")
TAIL = ("\n\nWork is expected to begin in the autumn and to last about three years, "
        "a council spokesman said.\n")

_WORDS = ("the council said that residents of the eastern district would be asked to comment "
          "on the plan before the final vote which is expected in the spring after a long "
          "delay caused by the cost of steel and the weather").split()


def _repeat(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _prose(n: int) -> str:
    out, size, i = [], 0, 0
    while size < n:
        w = _WORDS[i % len(_WORDS)]
        if i % 17 == 16:
            w += "."
        elif i % 7 == 6:
            w += ","
        out.append(w)
        size += len(w) + 1
        i += 1
    return " ".join(out).capitalize() + "."


def _base64(n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    body = "".join(alphabet[(i * 7919 + i // 64) % 64] for i in range(n))
    # a random image holds a "//" every few KB (which sends it to the URL test)
    return "data:image/png;base64," + "//".join(body[i:i + 3000] for i in range(0, n, 3000)) + "=="


def _numbers(n: int) -> str:
    out, size, i = [], 0, 1
    while size < n:
        s = str(i)
        out.append(s)
        size += len(s) + 1
        i += 1
    return ",".join(out)


CASES = {
    "base64": _base64,
    "url_slashes": lambda n: "http://" + _repeat("a/")(n),
    "url_query": lambda n: "https://example.org/" + _repeat("a=1&b.c?")(n),
    "at_chain": _repeat("@fan"),
    "at_letters": _repeat("a@"),
    "at_dots": _repeat("a@b."),
    "dots": _repeat("."),
    "word_dots": _repeat("a."),
    "word_dot_space": _repeat("a. "),
    "dot_caps": _repeat("A."),
    "domains": _repeat("www.a"),
    "brackets": _repeat("[a]"),
    "open_brackets": _repeat("["),
    "parens": _repeat("(a)"),
    "dashes": _repeat("-"),
    "equals": _repeat("="),
    "underscores": _repeat("_"),
    "stars": _repeat("*"),
    "emph_open": _repeat("*a "),
    "emph_under": _repeat("_a "),
    "hashes": _repeat("#"),
    "pipes": _repeat("| "),
    "quotes": _repeat('"'),
    "curly_quotes": _repeat("“a”"),
    "apostrophes": _repeat("'"),
    "digits": _repeat("1"),
    "number_list": _numbers,
    "decimals": _repeat("1.2"),
    "colons": _repeat("a:"),
    "commas": _repeat("a,"),
    "hyphen_words": _repeat("ab-"),
    "capitals": _repeat("A"),
    "cap_words": _repeat("Word "),
    "upper_words": _repeat("WORD "),
    "letters": _repeat("a"),
    "tags": _repeat("<b>"),
    "entities": _repeat("&amp;"),
    "mojibake": _repeat("â€™"),
    "emoji": _repeat("😀"),
    "cjk": _repeat("中文"),
    "tabs": _repeat("a\t"),
    "nbsp": _repeat("a\u00a0"),
    "shy": _repeat("a\u00ad"),
    "nel_lines": _repeat("word\x85"),
    "ellipsis": _repeat("…"),
    "question_marks": _repeat("?"),
    "bangs": _repeat("a!"),
    "huh": _repeat("Huh. "),
    "numbers_spaced": _repeat("12 "),
    "slashes": _repeat("/"),
    "lt": _repeat("<"),
    "amp": _repeat("&"),
    "dotted_name": _repeat("a.b"),
    "emails_spaced": _repeat("ann@mail.example "),
    "handles_spaced": _repeat("@ann "),
    "hashtags": _repeat("#news "),
    "bullets": _repeat("• item "),
    "dash_items": _repeat(" - item"),
    "asterisms": _repeat("* * * "),
    "read_more": _repeat("Read more "),
    "advert": _repeat("Advertisement "),
    "copyright": _repeat("© 2024 Site "),
    "photo_credit": _repeat("Photo: Ann Lee / Agency "),
    "by_names": _repeat("By Ann Lee and "),
    "names": _repeat("Ann Lee, "),
    "titles": _repeat("Mr. Lee "),
    "initials": _repeat("U.S. "),
    "dates": _repeat("5 June 2024, "),
    "times": _repeat("10:30 "),
    "money": _repeat("£4.5m "),
    "quoted_words": _repeat('"a" '),
    "said": _repeat("he said, "),
    "caps_sentences": _repeat("BREAKING NEWS. "),
    "mixed_case": _repeat("aA"),
    "open_tags": _repeat("<a"),
    "space_run": lambda n: "a" + " " * (n - 2) + "b",
    "tab_run": lambda n: "a" + "\t" * (n - 2) + "b",
    "nbsp_run": lambda n: "a" + "\u00a0" * (n - 2) + "b",
    "em_dashes": _repeat("—"),
    "open_parens": _repeat("("),
    "cap_hyphen": _repeat("A-"),
    "shy_run": _repeat("\u00ad"),
    "initials_spaced": _repeat("A A "),
    "prose": _prose,
    "short_words": lambda n: " ".join(["word", "news", "town", "sea", "wall"] * (n // 20 + 1))[:n],
    "short_lines": _repeat("a\n"),
    "blank_lines": _repeat("a\n\n"),
    "by_lines": _repeat("By A. B.\n"),
}


class _Timeout(Exception):
    pass


def _alarm(*_):
    raise _Timeout


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cases", nargs="*", help=f"cases to run (default all): {', '.join(CASES)}")
    ap.add_argument("--sizes", default="10,20,40,80", help="sizes in KB (default 10,20,40,80)")
    ap.add_argument("--limit", type=float, default=30, help="seconds a case may take at one size")
    ap.add_argument("--where", choices=("middle", "first", "last"), default="middle",
                    help="where the hostile paragraph goes: between the article's paragraphs "
                         "(default), in the headline's place, or after the last paragraph")
    ap.add_argument("--by-rule", action="store_true", help="seconds per rule at the largest size")
    ap.add_argument("--profile", action="store_true", help="cProfile the largest size")
    args = ap.parse_args(argv)
    unknown = [c for c in args.cases if c not in CASES]
    if unknown:
        ap.error(f"unknown case(s): {', '.join(unknown)}")
    sizes = [int(float(s) * 1000) for s in args.sizes.split(",")]
    head, tail = HEAD, TAIL
    if args.where == "first":
        head, tail = "", "\n\n" + HEAD + TAIL.lstrip("\n")
    elif args.where == "last":
        head, tail = HEAD + TAIL.lstrip("\n") + "\n", "\n"

    from cleaner import Pipeline
    pipeline = Pipeline.default()
    pipeline.run(HEAD + _prose(2000) + TAIL)  # warm up: imports, lists, memos
    signal.signal(signal.SIGALRM, _alarm)

    print(f"{'case':16s}" + "".join(f"{s // 1000:>8d}KB" for s in sizes) + "   ratio")
    for name in args.cases or CASES:
        times: list[float | None] = []
        for size in sizes:
            text = head + CASES[name](size) + tail
            signal.setitimer(signal.ITIMER_REAL, args.limit)
            t = time.perf_counter()
            try:
                pipeline.run(text)
                times.append(time.perf_counter() - t)
            except _Timeout:
                times.append(None)
                break
            except Exception as exc:  # (a hostile input may break more than time)
                print(f"{name:16s} {size // 1000}KB: {type(exc).__name__}: {exc}", flush=True)
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        cells = "".join(f"{t:9.2f}s" if t is not None else f"{'>' + str(int(args.limit)):>9s}s"
                        for t in times)
        ratio = ""
        if len(times) >= 2 and None not in times[-2:] and times[-2] > 0.005:
            ratio = f"{times[-1] / times[-2]:7.1f}"
        print(f"{name:16s}{cells}{' ' * 10 * (len(sizes) - len(times))}{ratio}", flush=True)
        if args.by_rule:
            _by_rule(pipeline, head + CASES[name](sizes[-1]) + tail)
        if args.profile:
            prof = cProfile.Profile()
            prof.runcall(pipeline.run, head + CASES[name](sizes[-1]) + tail)
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)


def _by_rule(pipeline, text: str) -> None:
    spent: dict[str, float] = {}
    saved = []
    for rule in pipeline._fixers + pipeline._reporters:
        def timed(*a, _fn=rule.check, _code=rule.code, **kw):
            t = time.perf_counter()
            out = list(_fn(*a, **kw))
            spent[_code] = spent.get(_code, 0.0) + time.perf_counter() - t
            return out
        saved.append((rule, rule.check))
        rule.check = timed
    try:
        t = time.perf_counter()
        pipeline.run(text)
        total = time.perf_counter() - t
    finally:
        for rule, check in saved:
            rule.check = check
    top = sorted(spent.items(), key=lambda kv: -kv[1])[:5]
    print("    " + ", ".join(f"{code} {s:.2f}s" for code, s in top)
          + f", rest {total - sum(spent.values()):.2f}s", flush=True)


if __name__ == "__main__":
    main()
