"""The rule registry. Each rule module registers its rules on import.

Where a rule lives follows from its code: ``U`` unicode, ``H`` markup,
``M`` metadata, ``B0`` phrase-list boilerplate, ``B1`` general block
heuristics, ``T`` machine-translation and punctuation debris, ``N`` names,
``L`` layout, ``F`` fragments, ``G`` language, ``Q`` over-cleaning.
"""
from __future__ import annotations

from typing import Iterable, TypeVar

from ..model import Rule

REGISTRY: dict[str, type[Rule]] = {}
#: Rules that run only when selected by name (opt-in filters).
OPT_IN: set[str] = set()
#: Codes the pipeline itself reports (not rules with a check of their own).
BUILTIN_REPORTS = {
    "G001": ("unexpected-language", "The document is not in an expected language (or in "
             "none that can be told, 'und'): it is reported, and cleaned only by the rules "
             "that hold in any language (--other-languages keep leaves it unchanged)."),
    "Q001": ("over-cleaned", "Cleaning kept none of the document's words, or almost none "
             "of a longer one's, or less than half of an article's (a text four lines in ten "
             "of which or more are sentences; a page dump of menus and links may lose most of its "
             "words rightly): the report names the rules that removed them."),
    "U008": ("windows-1252-byte", "A byte that is not UTF-8, between two letters of a "
             "file otherwise read as UTF-8, was read as the Windows-1252 letter it encodes "
             "(`caf\\xe9` -> `café`): reported, by the batch that decodes files, where it "
             "is, since that is a guess — a 0xFF inside an English word (`del\\xffays` -> "
             "`delÿays`) was most likely no letter at all. Check the word."),
}

R = TypeVar("R", bound=type[Rule])


def register(cls: R) -> R:
    if cls.code in REGISTRY:
        raise ValueError(f"duplicate rule code {cls.code}")
    REGISTRY[cls.code] = cls
    return cls


def opt_in(cls: R) -> R:
    OPT_IN.add(cls.code)
    return cls


def _longest(code: str, prefixes: Iterable[str]) -> int:
    best = -1
    for p in prefixes:
        p = p.strip().upper()
        if p == "ALL":
            best = max(best, 0)
        elif code.startswith(p):
            best = max(best, len(p))
    return best


def builtin_enabled(code: str, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> bool:
    """Whether ``select`` / ``ignore`` leave a built-in report of the batch
    (``U008``) on, as :func:`select_codes` decides for rules."""
    s = _longest(code, select) if list(select) else 0
    return s >= 0 and s > _longest(code, ignore)


def select_codes(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[str]:
    """Codes enabled by ``select`` / ``ignore`` prefixes; the more specific
    prefix wins, as in ruff. An empty ``select`` means every default rule."""
    select, ignore = list(select), list(ignore)
    out = []
    for code in sorted(REGISTRY):
        s = _longest(code, select) if select else (0 if code not in OPT_IN else -1)
        if code in OPT_IN and select and s < len(code) and s <= 0:
            s = -1  # opt-in rules need their own code (or a prefix) named
        i = _longest(code, ignore)
        if s >= 0 and s > i:
            out.append(code)
    return out


def _load() -> None:
    """Import every rule module: each registers its rules."""
    from . import (blocks, boilerplate, corpus, debris, fragments, layout,  # noqa: F401
                   markup, metadata, names, unicode)


_load()
