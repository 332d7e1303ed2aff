"""Shuffle lines of real pages into new ones and check each cleans to a text
that cleans to itself, with no error (a development aid).

    python tools/fuzz_idempotence.py --seconds 120 --seed 2
    python tools/fuzz_idempotence.py --pages DIR ...   # lines from other pages

Lines come from ``seeds/`` and, when present, ``../shared/aeb-dev/input``
(or the ``--pages`` directories). Each document is 3-60 random lines, a
third with blank lines between them. A document that is not idempotent, or
that raises, is written to ``--out`` (default ``fuzz-failures/``) for a
regression test; the summary counts both. Exit 1 when any failed.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=Path, nargs="*",
                    default=[ROOT / "seeds", ROOT.parent / "shared" / "aeb-dev" / "input"])
    ap.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from cleaner import Pipeline

    lines: list[str] = []
    for d in args.pages:
        for f in sorted(d.glob("*")) if d.is_dir() else []:
            if f.is_file():
                lines += f.read_text(encoding="utf-8", errors="replace").split("\n")
    if not lines:
        print("no pages to take lines from", file=sys.stderr)
        return 2
    pipeline = Pipeline.default()
    rng = random.Random(args.seed)
    start, n, failed = time.monotonic(), 0, 0
    while time.monotonic() - start < args.seconds:
        doc = "\n".join(rng.choice(lines) for _ in range(rng.randint(3, 60)))
        if rng.random() < 0.3:
            doc = doc.replace("\n", "\n\n")
        n += 1
        try:
            once = pipeline.run(doc).text
            problem = None if pipeline.run(once).text == once else "not idempotent"
        except Exception as e:  # noqa: BLE001 - every failure is a finding
            problem = f"{type(e).__name__}: {e}"
        if problem:
            failed += 1
            args.out.mkdir(parents=True, exist_ok=True)
            path = args.out / f"seed{args.seed}-{n:06d}.txt"
            path.write_text(doc, encoding="utf-8")
            print(f"{path}: {problem}")
    print(f"{n} documents, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
