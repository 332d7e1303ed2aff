"""The console examples of the README and docs/ print what the tool prints."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _examples() -> list[tuple[str, str]]:
    """(command, expected output) of each ```console block that runs
    `cleaner check` on a seed (deterministic, and no file is written)."""
    text = "\n".join(p.read_text(encoding="utf-8")
                     for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
    out = []
    for block in re.findall(r"```console\n(.*?)```", text, re.S):
        first, _, rest = block.partition("\n")
        if first.startswith("$ cleaner check seeds/") and "…" not in rest:
            out.append((first[2:], rest))
    return out


@pytest.mark.parametrize("command, expected", _examples())
def test_console_example(command, expected):
    args = command.split()[1:]
    res = subprocess.run([sys.executable, "-m", "cleaner", *args], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=120)
    assert res.stdout == expected


def test_there_is_an_example():
    assert _examples()
