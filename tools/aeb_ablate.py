#!/usr/bin/env python3
"""The aeb-dev figure of the default pipeline with each rule family or
heuristic switched off (developer tool; ../shared/aeb-dev must be present).

    python tools/aeb_ablate.py            # the table
    python tools/aeb_ablate.py B105 B0    # only these codes/prefixes off
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from cleaner import Pipeline, Settings

AEB = Path(__file__).resolve().parents[2] / "shared" / "aeb-dev"
DEFAULT = ["B101", "B102", "B103", "B104", "B105", "B1", "B0", "B002", "B006", "M", "N", "T"]


def score(texts: list[tuple[str, str]], ignore: tuple[str, ...]) -> str:
    pipeline = Pipeline(settings=Settings(ignore=ignore))
    with tempfile.TemporaryDirectory() as out:
        for name, text in texts:
            Path(out, name).write_text(pipeline.run(text).text, encoding="utf-8")
        result = subprocess.run([sys.executable, str(AEB / "score.py"), out],
                                capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def main(argv: list[str]) -> int:
    if not (AEB / "input").is_dir():
        print(f"aeb-dev not found at {AEB}: nothing to measure")
        return 0
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((AEB / "input").glob("*.txt"))]
    print(f"{'all on':14s} {score(texts, ())}")
    for code in argv or DEFAULT:
        print(f"{'off: ' + code:14s} {score(texts, (code,))}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
