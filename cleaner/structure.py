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


def lines(text: str) -> list[Line]:
    out = []
    for start, end, raw in iter_lines(text):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(len(out), start + lead, start + lead + len(stripped), stripped))
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
