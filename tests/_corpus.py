"""Generated news-like documents for the CLI, I/O and batch tests."""
from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

SENTENCES = [
    "The minister said the talks in Geneva would resume on Monday after a pause.",
    "Officials in the capital declined to comment on the reports of troop movements.",
    "Analysts warned that the sanctions could push energy prices higher across Europe.",
    "The statement was issued late on Tuesday by the foreign ministry.",
    "Residents of the eastern region described long queues at petrol stations and banks.",
    "Allies have promised to send more equipment to the eastern flank of the alliance.",
    "The president is expected to address parliament later this week about the crisis.",
    "Diplomats said a compromise was still possible if both sides showed restraint.",
]


def article(i: int, title: str | None = None, seed: int | None = None,
            chrome: bool = True) -> str:
    """A short English article; with ``chrome``, page furniture that the
    default rules remove (so cleaning changes it)."""
    rnd = random.Random(i if seed is None else seed)
    title = title or f"Talks resume as tensions rise over the border, report {i}"
    paras = [" ".join(rnd.choice(SENTENCES) for _ in range(3)) for _ in range(4)]
    head = f"{title}\nShare\nTwitter Facebook Reddit Pinterest Email\n\n" if chrome \
        else f"{title}\n\n"
    return head + "\n\n".join(paras) + "\n"


def corpus(root: Path, n: int, nested: bool = True) -> list[Path]:
    """``n`` articles under ``root`` (some in sub-directories)."""
    paths = []
    for i in range(n):
        sub = root / (f"part{i % 3}" if nested else "")
        sub.mkdir(parents=True, exist_ok=True)
        p = sub / f"doc{i:04d}.txt"
        p.write_text(article(i), encoding="utf-8")
        paths.append(p)
    return paths


def tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` by relative path, with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def bench_corpus():
    """bench/corpus.py (the benchmark's generated corpus) as a module."""
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = mod
    spec.loader.exec_module(mod)
    return mod
