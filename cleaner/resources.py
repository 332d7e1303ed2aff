"""Data files shipped in ``cleaner/data`` and the patterns built from them.

Knowledge lives in data: phrase lists are TOML, word lists are text. Every
pattern built from them is compiled once, here, and cached.
"""
from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any, Iterable

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


def data_text(name: str) -> str:
    return resources.files("cleaner").joinpath("data", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def data_toml(name: str) -> dict[str, Any]:
    return tomllib.loads(data_text(name))


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    return frozenset(w.strip() for w in data_text(name).splitlines()
                     if w.strip() and not w.startswith("#"))


def boilerplate() -> dict[str, Any]:
    return data_toml("boilerplate.toml")


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first; spaces in a
    phrase match any run of spaces."""
    items = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)


@functools.lru_cache(maxsize=None)
def phrase_regex(section: str, key: str, template: str = "{}",
                 flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile ``template`` with ``{}`` replaced by the alternation of the
    phrases at ``[section].key`` of boilerplate.toml."""
    return re.compile(template.replace("{}", "(?:" + alternation(boilerplate()[section][key]) + ")"),
                      flags)


@functools.lru_cache(maxsize=None)
def regex_list(section: str, key: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Compile the regular expressions at ``[section].key`` into one."""
    return re.compile("|".join(f"(?:{p})" for p in boilerplate()[section][key]), flags)
