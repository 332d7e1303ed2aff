"""Cheap literal tests that let a rule skip a slow pattern where it cannot match.

A phrase list compiled into one case-insensitive alternation is slow in
Python's ``re`` (every alternative is tried at every position). But every
match of a phrase contains each of the phrase's words, so a handful of short
literals — each phrase holding at least one of them — tells in a few
``str.find`` calls that no phrase can be in a text:

>>> lits = literals(["Sign up to our newsletter", "You can unsubscribe"])
>>> may_contain("Kyiv said on Monday.", lits)
False
>>> may_contain("SIGN UP to our newsletter", lits)
True

The test is exact in one direction (no false "cannot match"): ``re``'s
IGNORECASE matches an ASCII letter only with itself in either case and with
four other characters (İ ı ſ K); a text holding one of those is always
"may contain".
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterable, Sequence

from . import lazyre

#: The only non-ASCII characters that ``re.IGNORECASE`` matches with an
#: ASCII letter (checked over all of Unicode: i, i, s, k).
_FOLDS_TO_ASCII = lazyre.compile("[\u0130\u0131\u017f\u212a]")


def has_folds(text: str) -> bool:
    """``_FOLDS_TO_ASCII.search(text)``: whether ``text`` holds one of the
    four; four ``in`` tests (a scan for one character each) are much cheaper
    than the pattern's, which tries the class at every position. (Of all of
    Unicode, only the first of the four has a lower case of another length:
    without them, ``text.lower()`` keeps every offset.)"""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
_ALNUM = lazyre.compile(r"[a-z0-9]+")
MIN_LITERAL = 3
_COMMON = frozenset("the and for you your our this that with are was has have not from "
                    "can but all any more new".split())


def literals(phrases: Iterable[str], max_prefix: int = 8) -> tuple[str, ...] | None:
    """A small set of lower-case ASCII literals such that every phrase
    contains one of them (case aside); ``None`` when some phrase has no
    usable literal (then no prefilter is possible)."""
    cover: list[set[str]] = []
    for p in {p for p in phrases if p}:
        words = _ALNUM.findall(p.lower())
        # long words are rare in text, so they make a selective test
        cands = {w[:k] for w in words if len(w) >= 5 for k in range(5, min(len(w), max_prefix) + 1)}
        cands |= {w for w in words if len(w) >= 5}
        if not cands:
            cands = {w for w in words if len(w) >= MIN_LITERAL and w not in _COMMON}
        if not cands:
            cands = {w for w in words if len(w) >= MIN_LITERAL}
        if not cands:
            return None
        cover.append(cands)
    chosen: list[str] = []
    left = cover
    while left:
        counts: dict[str, int] = {}
        for cands in left:
            for c in cands:
                counts[c] = counts.get(c, 0) + 1
        best = max(counts, key=lambda c: (counts[c], len(c), c))
        chosen.append(best)
        left = [cands for cands in left if best not in cands]
    # "sign" already finds every text that "signing" finds
    return tuple(sorted(c for c in chosen if not any(o != c and o in c for o in chosen)))


def may_contain(text: str, lits: tuple[str, ...] | None) -> bool:
    """False only if no phrase behind ``lits`` can match in ``text``."""
    if lits is None or has_folds(text):
        return True
    return _contains_any(text.lower(), lits)


@functools.lru_cache(maxsize=64)
def _automaton(words: tuple[str, ...]):
    """An Aho-Corasick automaton of ``words``: one scan of a text finds
    whether any of them occurs in it (what ``any(w in text ...)`` answers,
    a word at a time)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return automaton


def _contains_any(text: str, words: tuple[str, ...]) -> bool:
    """``any(w in text for w in words)``."""
    if not words:
        return False
    if "" in words:
        return True
    for _ in _automaton(words).iter(text):
        return True
    return False


def lines_containing(text: str, lines: Sequence, lits: tuple[str, ...] | None) -> list[int] | None:
    """The indices of the ``lines`` of ``text`` (objects with ``start`` and
    ``end`` offsets into it) that may contain a phrase behind ``lits``, found
    in one scan of the whole text; None when every line may."""
    if lits is None or has_folds(text):
        return None  # (lower-casing keeps every offset but for one of these)
    if not lits or "" in lits:
        return [] if not lits else None
    starts = [line.start for line in lines]
    out: list[int] = []
    for end, word in _automaton(lits).iter(text.lower()):
        start = end - len(word) + 1
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and end < lines[i].end and (not out or out[-1] != i):
            out.append(i)
    return sorted(set(out))


_SPACES = lazyre.compile(r"\s+")
#: Whitespace other than a newline (within a line of lines joined by them).
_LINE_SPACES = lazyre.compile(r"[^\S\n]+")
#: What _LINE_SPACES changes besides two spaces: whitespace other than a
#: space or a newline.
_ODD_SPACE = lazyre.compile(r"[^\S \n]")


class PhraseSet:
    """``contains(text)`` answers exactly what
    ``re.compile(alternation(phrases), re.IGNORECASE).search(text)`` would
    (see :func:`cleaner.resources.alternation`: a space in a phrase matches
    any run of whitespace), but with ``str`` searches instead of an
    alternation that ``re`` tries phrase by phrase at every position: the
    text is lower-cased and its whitespace runs made single spaces once;
    ``finditer(text)`` finds the regex's matches, asking it only where a
    phrase may start. Phrases for which that is not exact (other
    whitespace, cased non-ASCII letters) make it fall back to the regex."""

    def __init__(self, phrases: Iterable[str], regex: re.Pattern[str]) -> None:
        items = sorted({p for p in phrases if p})
        self.regex = regex
        self.literals = literals(items)
        exact = all(
            p == p.strip() and "  " not in p
            and not any(c.isspace() and c != " " for c in p)
            and all(c.isascii() or c.lower() == c.upper() == c for c in p)
            for p in items)
        self._phrases = tuple(p.lower() for p in items) if exact else None
        # the first words of the phrases (up to a space), where a match
        # starts: a test of the text lower-cased that is exact if they hold
        # no letter that is not ASCII and has a case (ß, σ: re matches ẞ, ς)
        firsts = {p.lower().split(" ")[0] for p in items}
        self._openers = tuple(sorted(firsts)) if items and all(
            w and all(c.isascii() or c.lower() == c.upper() == c for c in w)
            for w in firsts) else None

    def contains(self, text: str) -> bool:
        if not may_contain(text, self.literals):
            return False
        if self._phrases is None or has_folds(text):
            return self.regex.search(text) is not None
        norm = _SPACES.sub(" ", text.lower())
        return _contains_any(norm, self._phrases)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """``list(regex.finditer(text))``, the regex asked only where one of
        the phrases' first words starts (found in one scan of the text
        lower-cased): a match starts nowhere else, and ``re`` tries every
        phrase at every position of the text."""
        if self._openers is None or has_folds(text):
            return list(self.regex.finditer(text))
        out = []
        pos = 0
        match = self.regex.match
        for i in sorted({end - len(w) + 1 for end, w in _automaton(self._openers).iter(text.lower())}):
            if i >= pos:
                m = match(text, i)  # (from i, the text before it in view)
                if m is not None:
                    out.append(m)
                    pos = m.end()
        return out

    def lines_containing(self, lines: Sequence) -> list[int] | None:
        """The indices of the ``lines`` (objects with a ``text``, which holds
        no newline) whose text :meth:`contains` a phrase, found in one scan
        of their texts joined by newlines (no phrase holds one, so none is
        found across two lines) instead of a scan a line; None when that
        is not exact (the phrases or the texts ask for the regex)."""
        if not lines:
            return []
        joined = "\n".join([line.text for line in lines])
        if self._phrases is None or has_folds(joined) \
                or joined.count("\n") != len(lines) - 1:
            return None
        # (whitespace runs inside a line made single spaces, as contains
        # does a line at a time: only where a run is no single space, in
        # few texts)
        norm = joined.lower()
        if "  " in norm or _ODD_SPACE.search(norm):
            norm = _LINE_SPACES.sub(" ", norm)
        out: list[int] = []
        k = pos = 0
        for end, _ in _automaton(self._phrases).iter(norm) if self._phrases else ():
            k += norm.count("\n", pos, end)  # (the hits come in the order of their ends)
            pos = end
            if not out or out[-1] != k:
                out.append(k)
        return out
