"""Every rule's documented example holds, run with that rule alone; every
rule has a documentation with the headings and an example."""
from __future__ import annotations

import re

import pytest

from cleaner import Pipeline, Settings
from cleaner.rules import REGISTRY

CODES = sorted(REGISTRY)


LAYOUT = ["L002", "L003", "L004", "L005"]


def run_alone(code: str, text: str):
    """The rule alone, then the layout rules (unless it is one of them), with
    the Settings fields the rule's ``example_settings`` gives, if any (a rule
    that needs corpus knowledge, such as B110's repeated lines)."""
    codes = [code] + ([] if code.startswith("L") else LAYOUT)
    extra = getattr(REGISTRY[code], "example_settings", None) or {}
    settings = Settings(assume_language="en", **extra)
    return Pipeline([REGISTRY[c]() for c in codes], settings).run(text)


@pytest.mark.parametrize("code", CODES)
def test_rule_example(code: str) -> None:
    rule = REGISTRY[code]
    before, after = rule.example
    assert before, f"{code} has no example"
    doc = run_alone(code, before)
    if rule.fixable:
        assert doc.text == after
        assert any(c.code == code for c in doc.changes)
    else:
        assert doc.text == before
        assert any(r.code == code for r in doc.reports)


@pytest.mark.parametrize("code", CODES)
def test_rule_documentation(code: str) -> None:
    rule = REGISTRY[code]
    assert re.fullmatch(r"[A-Z]\d{3}", code)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name)
    doc = rule.documentation()
    assert "## What it does" in doc and "## Why" in doc and "## Example" in doc


def test_names_are_unique() -> None:
    names = [r.name for r in REGISTRY.values()]
    assert len(names) == len(set(names))
