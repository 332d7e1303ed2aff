"""Data files shipped in ``cleaner/data`` and the patterns built from them.

Knowledge lives in data: phrase lists are TOML, word lists are text. Every
pattern built from them is made once, here, and cached; it is compiled when
first used (:mod:`cleaner.lazyre`: a rule may ask for a pattern that the
document gives it no line to try on).
"""
from __future__ import annotations

import functools
import importlib.util
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from . import lazyre

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
    """The words of a list, one a line, without blank lines and comments
    (``#`` opening a line). (Stripped by one ``map``: the lists are long,
    lowercase_words.txt alone ~26,000 lines.)"""
    lines = data_text(name).splitlines()
    return frozenset(map(str.strip, [w for w in lines if not w.startswith("#")])) - {""}


@functools.lru_cache(maxsize=1)
def _stopword_data() -> dict[str, list[str]]:
    """stopwords-iso's lists, ISO 639-1 code -> its words; {} where the
    stopwordsiso package is not installed.

    Read from the data file the package ships, found without importing the
    package: its import asks importlib.metadata for its version, which costs
    more than reading all the lists. Where the file is not there (another
    layout), the package's own API gives the same lists."""
    spec = importlib.util.find_spec("stopwordsiso")
    if spec is None:
        return {}
    data = next((Path(d) / "stopwords-iso.json" for d in spec.submodule_search_locations or ()
                 if (Path(d) / "stopwords-iso.json").is_file()), None)
    if data is not None:
        lists = json.loads(data.read_text(encoding="utf-8"))
    else:  # pragma: no cover - another version's layout
        import stopwordsiso
        lists = {code: sorted(stopwordsiso.stopwords(code)) for code in stopwordsiso.langs()}
    return {code.lower(): words for code, words in lists.items()}


def stopword_languages() -> frozenset[str]:
    """The codes stopwords-iso has a list for."""
    return frozenset(_stopword_data())


@functools.lru_cache(maxsize=None)
def stopwords(code: str) -> frozenset[str]:
    """stopwords-iso's list for an ISO 639-1 code, in lower case (empty for
    a code it has none for); each list made when first asked for."""
    return frozenset(w.lower() for w in _stopword_data().get(code, ()))


def boilerplate() -> dict[str, Any]:
    return data_toml("boilerplate.toml")


@functools.lru_cache(maxsize=None)
def _own_lists() -> frozenset[str]:
    return frozenset(boilerplate().get("lang", {}))


def phrase_language(language: str | None) -> str | None:
    """``language`` if boilerplate.toml has words of its own for it (a
    ``[lang.XX]`` table), else None: English (the base lists) alone."""
    return language if language in _own_lists() else None


def entries(section: str, key: str, language: str | None = None) -> list[Any]:
    """The list at ``[section].key`` of boilerplate.toml (English, and what
    holds in any language), and, for a document in ``language``, the one at
    ``[lang.<language>.section].key`` after it."""
    cfg = boilerplate()
    own = cfg.get("lang", {}).get(phrase_language(language) or "", {})
    return list(cfg[section][key]) + list(own.get(section, {}).get(key, []))


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first; spaces in a
    phrase match any run of spaces."""
    items = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)


def phrase_regex(section: str, key: str, template: str = "{}",
                 flags: int = re.IGNORECASE, language: str | None = None) -> re.Pattern[str]:
    """Compile ``template`` with ``{}`` replaced by the alternation of the
    phrases at ``[section].key`` of boilerplate.toml (with those of
    ``language``: :func:`entries`)."""
    return _phrase_regex(section, key, template, flags, phrase_language(language))


@functools.lru_cache(maxsize=None)
def _phrase_regex(section: str, key: str, template: str, flags: int,
                  language: str | None) -> re.Pattern[str]:
    return lazyre.compile(template.replace(
        "{}", "(?:" + alternation(entries(section, key, language)) + ")"), flags)


def regex_list(section: str, key: str, flags: int = re.IGNORECASE,
               language: str | None = None) -> re.Pattern[str]:
    """Compile the regular expressions at ``[section].key`` (with those of
    ``language``: :func:`entries`) into one."""
    return _regex_list(section, key, flags, phrase_language(language))


@functools.lru_cache(maxsize=None)
def _regex_list(section: str, key: str, flags: int, language: str | None) -> re.Pattern[str]:
    return lazyre.compile("|".join(f"(?:{p})" for p in entries(section, key, language)), flags)
