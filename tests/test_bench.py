"""The benchmark runs and prints its table (a smoke test: it asserts no time)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_bench_rounds_print_the_fastest_of_each(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--docs", "4",
                          "--only", "io", "--repeat", "2", "--workdir", str(tmp_path)],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    assert "round 2 of 2" in out
    assert "fastest of 2 rounds" in out
    assert "| ftfy.fix_text |" in out and "| I/O floor (read+write) |" in out
    # each measure's seconds, round by round
    assert out.count(" s\n") >= 2
