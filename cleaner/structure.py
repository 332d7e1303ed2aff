"""What the rules need to know about a document's shape: its non-empty
lines, its headline, where its body starts, what a sentence looks like."""
from __future__ import annotations

import bisect
import os
import re
import threading
from typing import Any, Callable, NamedTuple, Sequence, TypeVar

from . import lazyre

T = TypeVar("T")


WORD = lazyre.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
#: A figure anywhere in a line (the rules' test for data, tables, tickers).
DIGIT = lazyre.compile(r"\d")
#: Sentence-final punctuation, possibly followed by closing quotes/brackets.
_TERMINAL = lazyre.compile(r"[.!?…:;][\"'”’»)\]]*$|[\"”’»]$")
BODY_MIN_WORDS = 12
#: How the cells of a row of a table are joined on its line (a data table
#: of an HTML page, cleaner.htmltext; a table written with tabs, L003).
CELL_SEPARATOR = " | "
#: Direct quotations: “…” (an unclosed one runs to the end of its paragraph),
#: the German „…“ (its closing mark is an English opening one) and "…"
#: (straight marks pair in order on a line).
QUOTATION = lazyre.compile(r"„[^“”\n]*(?:[“”]|$)|“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)


class Line(NamedTuple):
    index: int     # index among the non-empty lines
    start: int
    end: int
    text: str      # stripped


#: The last texts split into lines, and their lines. Every line rule of a
#: pass asks for the lines of the same text; they are computed once. The
#: cache holds references to the texts, so ``is`` cannot match another
#: string. ``FAST = False`` turns the caches of this module off
#: (tests/test_fastpath.py compares).
FAST = True
_CACHED = 2
_last: list[tuple[str, list[Line]]] = []


def lines(text: str) -> list[Line]:
    """The non-empty lines of ``text``, stripped, with their positions."""
    if not FAST:
        return _lines(text)
    for cached in _last:
        if cached[0] is text or cached[0] == text:
            return list(cached[1])  # a copy: a caller may change its list
    out = _lines_after(text, *_last[0]) if _last else _split(text, 0, len(text), 0)
    _last.insert(0, (text, out))
    del _last[_CACHED:]
    return list(out)


#: A line's text without the whitespace around it (``str.strip``: ``\s`` and
#: ``str.isspace`` are the same class), one match a non-empty line.
_STRIPPED_LINE = lazyre.compile(r"^[^\S\n]*(\S(?:[^\n]*\S)?)", re.MULTILINE)


_new_tuple = tuple.__new__


def _lines(text: str) -> list[Line]:
    # tuple.__new__ builds the named tuple without the Python-level
    # Line.__new__: a fifth faster, and every text of a pass is split here
    return [_new_tuple(Line, (i, *m.span(1), m.group(1)))
            for i, m in enumerate(_STRIPPED_LINE.finditer(text))]


def _split(text: str, start: int, end: int, index: int) -> list[Line]:
    """:func:`_lines` of the whole lines ``text[start:end]`` (``start`` a
    line's start, ``end`` a line's end), their positions in ``text`` and
    their indices from ``index``: the text split at ``\\n`` and each line
    stripped (``str.strip`` strips what the pattern's ``\\s`` matches), a
    third faster than the pattern's match objects."""
    out = []
    pos = start
    for segment in text[start:end].split("\n"):
        s = segment.strip()
        if s:
            # (the first character of s is the first one not a space)
            a = pos + segment.index(s[0])
            out.append(_new_tuple(Line, (index, a, a + len(s), s)))
            index += 1
        pos += len(segment) + 1
    return out


def _lines_after(text: str, before: str, before_lines: list[Line]) -> list[Line]:
    """:func:`_lines` of ``text``, a version of ``before`` (whose lines are
    ``before_lines``): a rule's fix changes a few lines of the text, and the
    next rule asks for its lines. The lines wholly in the start both texts
    share are ``before``'s, those wholly in the end they share are too,
    moved by the difference in length and in number of lines (the same
    strings: their hashes are known to the memos); only the lines between
    are split again."""
    n, m = len(text), len(before)
    same = _shared_start(text, before)
    # the first line not wholly in the shared start, in either text
    head = text.rfind("\n", 0, same) + 1
    keep = bisect.bisect_left(before_lines, head, key=_START)
    # the newline after which both texts are the same to their ends: the
    # shared end stops short of the shared start (in the shorter text)
    tail = text.find("\n", n - _shared_end(text, before, min(n, m) - same))
    if tail < 0:
        return before_lines[:keep] + _split(text, head, n, keep)
    middle = _split(text, head, tail, keep)
    shift = n - m
    after = bisect.bisect_right(before_lines, tail - shift, key=_START)
    moved = keep + len(middle) - after
    return before_lines[:keep] + middle + [
        _new_tuple(Line, (i + moved, a + shift, b + shift, s))
        for i, a, b, s in before_lines[after:]]


def edited(before: str, text: str, edits: Sequence[Any]) -> None:
    """Tell the lines cache that ``text`` is ``before`` with ``edits`` made
    (the pipeline's fixes of one rule: sorted, not overlapping, each
    replacing ``before[start:end]`` by its ``replacement``). When the lines
    of ``before`` are cached, those of ``text`` are made from them now
    (:func:`_lines_edited`), for the next rule's :func:`lines`."""
    if not FAST:
        return
    for cached in _last:
        if cached[0] is before:
            _last.insert(0, (text, _lines_edited(text, before, cached[1], edits)))
            del _last[_CACHED:]
            return


def _lines_edited(text: str, before: str, before_lines: list[Line],
                  edits: Sequence[Any]) -> list[Line]:
    """:func:`_lines` of ``text``, ``before`` with ``edits`` made (see
    :func:`edited`). The lines of ``before`` that no edit touches are its
    own (the same strings: their hashes are known to the memos), moved by
    the difference in length and in number of lines before them; only the
    lines an edit touches, from the line its start is on to the line its
    end is on, are split again. (:func:`_lines_after` finds the shared
    start and end of the two texts instead, and splits all that is between:
    the fixes of one rule, the lines the block rules remove, are spread
    over the text.)"""
    out = before_lines[:bisect.bisect_left(before_lines, before.rfind("\n", 0, edits[0].start) + 1,
                                           key=_START)] if edits else list(before_lines)
    k = len(out)   # the next line of before_lines
    shift = 0      # a position in text less the same position in before
    i, n_edits, n_old = 0, len(edits), len(before_lines)
    while i < n_edits:
        e = edits[i]
        # the region the edits touch: from the start of the line of the
        # first one's start to the newline at or after the last one's end
        a = before.rfind("\n", 0, e.start) + 1
        b = before.find("\n", e.end)
        if b < 0:
            b = len(before)
        grow = len(e.replacement) - (e.end - e.start)
        i += 1
        # (an edit that starts at that newline, or before it, changes it)
        while i < n_edits and edits[i].start <= b:
            e = edits[i]
            end = before.find("\n", e.end)
            b = max(b, len(before) if end < 0 else end)
            grow += len(e.replacement) - (e.end - e.start)
            i += 1
        while k < n_old and before_lines[k].start < a:
            _, start, end, s = before_lines[k]
            out.append(_new_tuple(Line, (len(out), start + shift, end + shift, s)))
            k += 1
        while k < n_old and before_lines[k].start < b:
            k += 1
        if b + grow > a:  # (a line removed with its newline leaves none)
            out += _split(text, a + shift, b + shift + grow, len(out))
        shift += grow
    moved = len(out) - k
    out += [_new_tuple(Line, (index + moved, start + shift, end + shift, s))
            for index, start, end, s in before_lines[k:]]
    return out


def _START(line: Line) -> int:
    return line.start


def _shared_start(a: str, b: str) -> int:
    """The length of the start ``a`` and ``b`` share (binary search: each
    step compares only the part not yet known to be shared)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a.startswith(b[lo:mid], lo):
            lo = mid
        else:
            hi = mid - 1
    return lo


def _shared_end(a: str, b: str, limit: int) -> int:
    """The length of the end ``a`` and ``b`` share, at most ``limit``."""
    lo, hi = 0, limit
    na, nb = len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a.endswith(b[nb - mid:nb - lo], 0, na - lo):
            lo = mid
        else:
            hi = mid - 1
    return lo


#: A fence of a Markdown code block ("```", "```python", "~~~"), on a
#: stripped line.
FENCE = lazyre.compile(r"(`{3,}|~{3,})[\w+.#-]*$")


def fenced_blocks(ls: list[Line]) -> list[tuple[int, int]]:
    """The fenced code blocks of the lines ``ls``: (opening fence, closing
    fence), their positions in ``ls``. A fence opens a block (with or
    without a language, "```python"), which the next bare fence of the same
    character closes (a fence of the other character, or one with a
    language, inside it is its text); an unclosed fence fences nothing.
    The one reading of fences: code blocks (B101's ``code_lines``) and the
    Markdown left alone (H003)."""
    out: list[tuple[int, int]] = []
    opened = None
    for k, line in enumerate(ls):
        m = FENCE.match(line.text)
        if m and opened is None:
            opened = (k, m.group(1)[0])
        elif m and line.text[0] == opened[1] and len(m.group(0)) == len(m.group(1)):
            out.append((opened[0], k))
            opened = None
    return out


#: The memos below are the process's: one document is cleaned at a time, and
#: threads that share a process take turns (``Pipeline.run`` holds this lock;
#: re-entrant, so a rule may clean a text of its own). Under the GIL, threads
#: would not run the rules' Python code side by side anyway: processes scale.
DOCUMENT_LOCK = threading.RLock()


def _fresh_lock() -> None:
    # a child forked while another thread of its parent held the lock would
    # otherwise wait for it forever
    global DOCUMENT_LOCK
    DOCUMENT_LOCK = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_lock)


#: The per-document memos: pure functions of a line's text, asked again by
#: every rule on every pass; emptied with each document (:func:`new_document`)
#: and when one grows past ``_MEMO_MAX``.
_MEMO_MAX = 4096
_MEMOS: list[dict] = []


def document_memo() -> dict:
    """A dict for memoising a pure function of a line, emptied with each new
    document (:func:`new_document`). The memos only serve repeats within a
    document (every rule asks about every line on every pass); across
    documents they would only grow. Whoever uses one checks ``FAST`` and
    bounds its size (``_MEMO_MAX``); :func:`per_document` does both."""
    memo: dict = {}
    _MEMOS.append(memo)
    return memo


#: What else forgets the document at hand with :func:`new_document`: the
#: caches of the last text or context asked about (kept by identity), which
#: would otherwise pin a big document's text, lines and offset maps in a
#: worker until some later document happens to ask the same function.
_FORGETS: list[Callable[[], None]] = []


def forgets(fn: Callable[[], None]) -> Callable[[], None]:
    """Register ``fn`` (no arguments) to be called by :func:`new_document`:
    it drops a cache's hold on the document at hand. Returns ``fn``."""
    _FORGETS.append(fn)
    return fn


#: The memos kept across documents (:func:`corpus_memo`): answers about
#: lines that the pages of a site print again and again (menus, share bars,
#: footers). Each holds at most so many entries (its owner's bound), but
#: entries are lines, and a line may be a whole long paragraph (a corpus of
#: one-line documents): they are emptied once the documents they served
#: since they were last emptied add up to ``_CARRY_CHARS`` characters
#: (``_carried``, counted by :func:`new_document` at each document's end),
#: which bounds what they hold whatever the lines' length.
_CORPUS_MEMOS: list[dict] = []
_CARRY_CHARS = 1 << 21
_carried = 0


def corpus_memo() -> dict:
    """A dict kept across documents, within ``_CARRY_CHARS`` (see
    ``_CORPUS_MEMOS``); whoever uses one bounds its entries too."""
    memo: dict = {}
    _CORPUS_MEMOS.append(memo)
    return memo


_words: dict[str, list[str]] = document_memo()


def words(s: str) -> list[str]:
    if FAST:
        found = _words.get(s)
        if found is None:
            if len(_words) >= _MEMO_MAX:
                _words.clear()
            found = _words[s] = WORD.findall(s)
        return list(found)  # a copy: a caller may change its list
    return WORD.findall(s)


class _Remembered(dict):
    """The memo of :func:`per_document`: ``fn``'s answers by line. A hit is
    ``dict.__getitem__`` itself, a C call (a Python function around the
    lookup cost more than the lookup: these are asked ~800 times a
    document); a miss asks ``fn`` and keeps the answer, with the shortcuts
    on (``FAST``; off, new_document has emptied the memo and nothing is
    kept, so ``fn`` answers every time)."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, s: str) -> Any:
        out = self.fn(s)
        if FAST:
            if len(self) >= _MEMO_MAX:
                self.clear()
            self[s] = out
        return out


def per_document(fn: Callable[[str], T]) -> Callable[[str], T]:
    """``fn`` (a pure function of a line's text) with its answers remembered
    for the document at hand (see :func:`document_memo`): every rule asks
    about every line on every pass. Off with the shortcuts (``FAST``)."""
    memo = _Remembered(fn)
    _MEMOS.append(memo)
    return memo.__getitem__


@per_document
def word_count(s: str) -> int:
    """``len(words(s))``."""
    return len(WORD.findall(s))


#: What ``_TERMINAL`` reads at the end of a line: a sentence's end, the
#: closing marks after it, and a closing quotation mark alone.
_TERMINAL_ENDS = frozenset(".!?…:;")
_TERMINAL_CLOSERS = "\"'”’»)]"
_TERMINAL_QUOTES = frozenset("\"”’»")


def ends_like_sentence(s: str) -> bool:
    """Whether ``s`` ends as a sentence does (``_TERMINAL``). Read from the
    end of the line (a search for ``_TERMINAL`` tries every position of the
    line): the last character before the closing marks is a sentence's
    end, or the last one is a closing quotation mark. (The slow reference
    path, ``FAST = False``, asks the pattern.)"""
    t = s.rstrip()
    if not FAST:
        return bool(_TERMINAL.search(t))
    return t.rstrip(_TERMINAL_CLOSERS)[-1:] in _TERMINAL_ENDS or t[-1:] in _TERMINAL_QUOTES


@per_document
def is_body_paragraph(s: str) -> bool:
    """Prose: enough words and sentence-final punctuation. (Remembered for
    the document: the rules ask it of the same lines ~190 times a document.)"""
    return word_count(s) >= BODY_MIN_WORDS and ends_like_sentence(s)


def quotations(s: str) -> list[tuple[int, int]]:
    """The spans of the direct quotations in ``s`` (see ``QUOTATION``)."""
    if "\"" not in s and "“" not in s and "„" not in s:
        return []
    return [m.span() for m in QUOTATION.finditer(s)]


def quoted(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the quotation ``spans``."""
    return any(a < start and end <= b for a, b in spans)


def same_paragraph(text: str, a: Line, b: Line) -> bool:
    """Whether line ``b`` follows line ``a`` of ``text`` without a blank line
    between them."""
    return text.count("\n", a.end, b.start) <= 1


class LineStarts:
    """``text.rfind("\\n", 0, pos) + 1``, the start of the line that holds
    ``pos``, for many positions of one text: after a position asked before,
    only the text between the two is searched, so positions asked in order
    read a long line once, not once a position (any order is right)."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.start = text, 0, 0

    def __call__(self, pos: int) -> int:
        if pos >= self.pos:
            newline = self.text.rfind("\n", self.pos, pos)
            start = self.start if newline < 0 else newline + 1
        else:
            start = self.text.rfind("\n", 0, pos) + 1
        self.pos, self.start = pos, start
        return start


def runs_on(text: str, ls: list[Line], i: int) -> bool:
    """Whether line ``ls[i]`` of ``text`` is a piece of a sentence wrapped onto
    the next line: it does not end like a sentence, the next line follows
    without a blank line, and the sentence goes on there: the next line opens
    in lower case, or with a figure and goes on for a few words (``… at`` /
    ``5.25% to 5.5%, the highest …``), or this line ends with a comma."""
    if i + 1 >= len(ls):
        return False
    s, nxt = ls[i].text, ls[i + 1].text
    if ends_like_sentence(s) or not same_paragraph(text, ls[i], ls[i + 1]):
        return False
    first = nxt.lstrip("\"“‘'([")[:1]
    return (first.islower() or s.endswith(",")
            or (first.isdigit() and word_count(nxt) >= 5 and not _LIST_ITEM.match(nxt)))


#: "1. Heat the oven", "2) Stir": a numbered item, not a sentence going on.
_LIST_ITEM = lazyre.compile(r"\d{1,2}[.)]\s")

#: The separators of a menu or a breadcrumb trail: a bar (spaces optional),
#: or an arrow, a bullet or a slash between spaces. (``\s*\|\s*|\s+[>»›•·/]\s+``,
#: written to start a match at a run of spaces' start only, the same
#: matches: tried from every space of a long run of spaces, each try read
#: the rest of the run, quadratic time on a first line of 10 KB of spaces.)
_MENU_SEPARATOR = lazyre.compile(r"\|\s*+|(?<!\s)\s++(?:\|\s*+|[>»›•·/]\s+)")
MENU_ITEM_WORDS = 3


def is_menu_line(s: str) -> bool:
    """A menu or a breadcrumb trail on one line: ``Markets | Companies |
    Economy``, ``NEWS > UK > CRIME``: short items (at most three words, a
    capital first, no sentence punctuation) joined by separators, two or
    more of them (one is enough for an arrow: ``Politics › Europe``). A page
    title (``Headline | Site``) has a long item, a table row (``City | 12 |
    28``) figures."""
    seps = _MENU_SEPARATOR.findall(s)
    if not seps or (len(seps) < 2 and not any(c in sep for sep in seps for c in ">»›")):
        return False
    return all(map(is_menu_item, _MENU_SEPARATOR.split(s)))


def is_menu_item(s: str) -> bool:
    """A menu's item (``World news``) or a button (``Send by post``): at
    most MENU_ITEM_WORDS words, a capital first, no sentence punctuation
    at its end. An item of :func:`is_menu_line`, or a line of its own."""
    return s[:1].isupper() and 0 < word_count(s) <= MENU_ITEM_WORDS \
        and not ends_like_sentence(s)


_body_start: tuple[list[Line], int] | None = None


def body_start(ls: list[Line]) -> int:
    """Index (into ``ls``) of the first body paragraph, or len(ls).
    Asked again for the same lines (the rules of one check pass them to
    every line, each rule its own copy of :func:`lines`), the answer is
    remembered: the lines are compared with a copy of those it was last
    asked about (lines of the same text are the same objects, and compare
    at once)."""
    global _body_start
    cached = _body_start
    if FAST and cached is not None and cached[0] == ls:
        return cached[1]
    out = len(ls)
    for line in ls:
        if line.index > 0 and is_body_paragraph(line.text):
            out = line.index
            break
    if FAST:
        _body_start = (list(ls), out)
    return out


_NORM = lazyre.compile(r"[\W_]+")


@per_document
def normalise(s: str) -> str:
    """Case, punctuation and spacing folded, for comparing lines."""
    return _NORM.sub(" ", s.casefold()).strip()


def new_document(done: int = 0) -> None:
    """Forget what the memos and the caches of the last text hold (the
    pipeline calls it at the start and at the end of each document, so
    that nothing of a document outlives it), and what the corpus memos
    hold once they served ``_CARRY_CHARS`` characters of documents (at a
    document's end the pipeline gives ``done``, its length)."""
    global _body_start, _carried
    for memo in _MEMOS:
        memo.clear()
    for forget in _FORGETS:
        forget()
    _last.clear()
    _body_start = None
    _carried += done
    if _carried > _CARRY_CHARS:
        for memo in _CORPUS_MEMOS:
            memo.clear()
        _carried = 0
