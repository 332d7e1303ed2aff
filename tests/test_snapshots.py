"""Snapshots: each rule family alone over every seed, and the whole default
pipeline over every seed (text, metadata, changes, reports). Regenerate with
``pytest tests/test_snapshots.py --snapshot-update`` and read the diff."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Pipeline, Settings
from cleaner.rules import REGISTRY

from .conftest import SEEDS

FAMILIES = sorted({code[:2] if code[0] == "B" else code[0] for code in REGISTRY})


def render(doc) -> str:
    lines = [doc.text, "=" * 20 + " metadata", json.dumps(doc.metadata, indent=1, sort_keys=True),
             "=" * 20 + " changes"]
    lines += [f"{c.line}:{c.col} {c.code} {c.name}: {c.before!r} -> {c.after!r}" for c in doc.changes]
    lines += ["=" * 20 + " reports"]
    lines += [f"{r.line}:{r.col} {r.code} {r.name}: {r.message}" for r in doc.reports]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_family_alone(family: str, seed: Path, snapshot) -> None:
    snapshot.snapshot_dir = Path(__file__).parent / "snapshots" / "families"
    doc = Pipeline(settings=Settings(select=(family,))).run(seed.read_text(encoding="utf-8"))
    snapshot.assert_match(render(doc), f"{family}_{seed.stem}.txt")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_default_pipeline(seed: Path, snapshot) -> None:
    snapshot.snapshot_dir = Path(__file__).parent / "snapshots" / "pipeline"
    doc = Pipeline.default().run(seed.read_text(encoding="utf-8"))
    snapshot.assert_match(render(doc), f"{seed.stem}.txt")


def test_cleaned_dir_is_current() -> None:
    """cleaned/ is `cleaner clean seeds -o cleaned`, committed and current."""
    root = Path(__file__).resolve().parents[1]
    pipeline = Pipeline.default()
    stale = []
    for seed in SEEDS:
        target = root / "cleaned" / seed.name
        want = pipeline.run(seed.read_text(encoding="utf-8")).text
        if not target.exists() or target.read_text(encoding="utf-8") != want:
            stale.append(seed.name)
    assert not stale, f"cleaned/ is stale for {stale}: run `cleaner clean seeds -o cleaned`"
