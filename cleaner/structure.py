"""What the rules need to know about a document's shape: its non-empty
lines, its headline, where its body starts, what a sentence looks like."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .model import iter_lines

WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
#: Sentence-final punctuation, possibly followed by closing quotes/brackets.
_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”’»]$")
BODY_MIN_WORDS = 12


@dataclass(frozen=True)
class Line:
    index: int     # index among the non-empty lines
    start: int
    end: int
    text: str      # stripped


#: The last text split into lines, and its lines. Every line rule of a pass
#: asks for the lines of the same text; they are computed once. The cache
#: holds a reference to the text, so ``is`` cannot match another string.
#: ``FAST = False`` turns the cache off (tests/test_fastpath.py compares).
FAST = True
_last: tuple[str, list[Line]] | None = None


def lines(text: str) -> list[Line]:
    """The non-empty lines of ``text``, stripped, with their positions."""
    global _last
    cached = _last
    if cached is not None and (cached[0] is text or cached[0] == text) and FAST:
        return list(cached[1])  # a copy: a caller may change its list
    out = _lines(text)
    if FAST:
        _last = (text, out)
        return list(out)
    return out


def _lines(text: str) -> list[Line]:
    out: list[Line] = []
    append = out.append
    start = 0
    for raw in text.split("\n"):
        end = start + len(raw)
        stripped = raw.strip()
        if stripped:
            lead = start + len(raw) - len(raw.lstrip())
            append(Line(len(out), lead, lead + len(stripped), stripped))
        start = end + 1
    return out


def words(s: str) -> list[str]:
    return WORD.findall(s)


def ends_like_sentence(s: str) -> bool:
    return bool(_TERMINAL.search(s.rstrip()))


def is_body_paragraph(s: str) -> bool:
    """Prose: enough words and sentence-final punctuation."""
    return len(words(s)) >= BODY_MIN_WORDS and ends_like_sentence(s)


def body_start(ls: list[Line]) -> int:
    """Index (into ``ls``) of the first body paragraph, or len(ls)."""
    for line in ls:
        if line.index > 0 and is_body_paragraph(line.text):
            return line.index
    return len(ls)


_NORM = re.compile(r"[\W_]+")


def normalise(s: str) -> str:
    """Case, punctuation and spacing folded, for comparing lines."""
    return _NORM.sub(" ", s.casefold()).strip()
