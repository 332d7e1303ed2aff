from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
AEB = ROOT.parent / "shared" / "aeb-dev"


@pytest.fixture(scope="session")
def seeds() -> list[Path]:
    return SEEDS


@pytest.fixture(scope="session")
def aeb_inputs() -> list[Path]:
    inputs = sorted((AEB / "input").glob("*.txt"))
    if not inputs:
        pytest.skip("../shared/aeb-dev is not present (a development aid, not in the repo)")
    return inputs


@pytest.fixture(autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's file cache (cleaner.cache) off in the tests, as
    many compare a second run's output with a first's (whose summary would
    say it came from the cache); tests/test_cache.py turns it on. Each test
    its own cache directory: none is shared, nor the user's touched."""
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path_factory.mktemp("cleaner-cache")))
    monkeypatch.setenv("CLEANER_NO_CACHE", "1")
