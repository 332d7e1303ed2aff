"""Cleaning a cleaned document changes nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Pipeline

from .conftest import SEEDS

PIPELINE = Pipeline.default()


def assert_idempotent(text: str) -> None:
    once = PIPELINE.run(text).text
    twice = PIPELINE.run(once)
    assert twice.text == once
    assert not twice.changes, [(c.code, c.before, c.after) for c in twice.changes]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_seeds_idempotent(seed: Path) -> None:
    assert_idempotent(seed.read_text(encoding="utf-8"))


def test_aeb_dev_idempotent(aeb_inputs) -> None:
    for path in aeb_inputs:
        assert_idempotent(path.read_text(encoding="utf-8"))
