"""L: Layout — line endings, spaces, paragraphs, the final newline.

The output of a document is the headline, a blank line, then the body
paragraphs each on one line, separated by exactly one blank line, and one
final newline.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from .. import lazyre, structure
from ..model import Context, Finding, Rule
from . import register
from .unicode import break_or_space, needs_ftfy

#: Every line boundary of ``str.splitlines`` but ``\n`` and the C0
#: controls (U002 judges those): CR, CRLF, NEL, U+2028 and U+2029.
_LINE_BREAK = lazyre.compile("\r\n?|[\x85\u2028\u2029]")
#: A C1 control other than NEL: a text decoded as Latin-1 that was Windows-1252.
_OTHER_C1 = lazyre.compile("[\x80-\x84\x86-\x9f]")


@register
class LineEndings(Rule):
    """Windows (CRLF), old Mac (CR) and the other line endings become ``\\n``.

    ## What it does
    Replaces ``\\r\\n`` and a lone ``\\r`` by ``\\n``; so too NEL (U+0085) in a
    line that is otherwise clean (no other C1 control, nothing for U001 to
    repair), where it is no ``…`` of Windows-1252 read as Latin-1 (then
    U001 repairs it as one: before a space, at the end of a line after a
    word, or after the first byte of a UTF-8 character). U+2028 (line
    separator) and U+2029 (paragraph separator) become a line break after
    the end of a sentence, before a word not in lower case, else a space
    between two words (as U002 does with a vertical tab). The output's lines
    are then the lines ``str.splitlines`` sees.

    ## Why
    The policy's output has ``\\n`` line endings; mixed endings break diffs,
    and a consumer that splits lines with ``str.splitlines`` would see more
    lines than one that splits on ``\\n``.
    """

    code, name, stage = "L001", "line-endings", "unicode"
    local = True
    example = ("Kyiv\r\nsaid\r\n", "Kyiv\nsaid\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if "\r" not in text and (text.isascii() or not _MAYBE_BREAK.search(text)):
            return
        line: list = []  # (the verdicts on the line of the last NEL: _real_nel)
        for m in _LINE_BREAK.finditer(text):
            c = m.group()[0]
            if c == "\r":
                kind = "CRLF" if m.group() == "\r\n" else "CR"
                yield self.finding(f"{kind} line ending", m.start(), m.end(), "\n")
            elif c == "\x85":
                if _real_nel(text, m.start(), line):
                    yield self.finding("NEL line ending (U+0085)", m.start(), m.end(), "\n")
            else:
                new = break_or_space(text, m.start(), m.end())
                what = "a line break" if new == "\n" else "a space" if new else "removed"
                kind = "line" if c == "\u2028" else "paragraph"
                yield self.finding(f"{kind} separator U+{ord(c):04X}: {what}",
                                   m.start(), m.end(), new)


_MAYBE_BREAK = lazyre.compile("[\x85\u2028\u2029]")


def _real_nel(text: str, at: int, line: list | None = None) -> bool:
    """Whether the NEL at ``at`` is a line ending, not a ``…`` of
    Windows-1252 text read as Latin-1 (or a byte of a UTF-8 character so
    read) that U001 repairs: its line (between two ``\\n``) holds no other C1
    control and nothing else U001 would repair; it follows no first byte of
    a UTF-8 character (``Ã``, ``â``); and it is not where an ellipsis stands,
    before a space or, after a word, at the end of a line that no other NEL breaks.

    ``line`` keeps the verdicts on the line of the NEL asked about last
    (its start, end, and the two tests on all of it), for the next NEL of
    the same line: each NEL then reads only its neighbours (a file whose
    lines NEL ends is one \\n-line, and reading all of it for each NEL took
    quadratic time)."""
    if line is None:
        line = []
    if not (line and line[0] <= at < line[1]):
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        s = text[start:end]
        clean = not (_OTHER_C1.search(s) or needs_ftfy(s.replace("\x85", "\n")))
        # a NEL that breaks the line: one before a character of it, no space
        broken = clean and _BREAKING_NEL.search(s) is not None
        line[:] = [start, end, clean, broken]
    start, end, clean, broken = line
    if not clean:
        return False
    before = text[at - 1] if at > start else ""
    after = text[at + 1] if at + 1 < end else ""
    if "\xc2" <= before <= "\xf4" or after in (" ", "\t"):
        return False
    if after == "" and before.isalnum():
        # at the end of the line after a word: an ellipsis, unless a NEL
        # breaks the line before it (a file whose lines NEL ends)
        return broken
    return True


#: A NEL before a character of its line other than a space or a tab.
_BREAKING_NEL = lazyre.compile("\x85[^ \t\n]")


_WRAPPED = lazyre.compile(r"(?<=[^\s.!?:;…\"”’)\]])[ \t]*\n"
                          r"(?=[ \t]*(?!https?:|www\.)[a-z][a-z’'-]*[ ,;])")
_WRAP_MIN_CHARS = 40
#: Where ``_WRAPPED`` can match: its lookahead, after the newline. The
#: pattern starts with a literal, which ``re`` finds by a fast scan, where
#: ``_WRAPPED`` (a lookbehind first) is tried at every position.
_WRAP_NEXT = lazyre.compile(r"\n(?=[ \t]*(?!https?:|www\.)[a-z][a-z’'-]*[ ,;])")
#: ``_WRAPPED``'s lookbehind, as a class to test the one character with.
_WRAP_PREV = lazyre.compile(r"[^\s.!?:;…\"”’)\]]")
#: A break between a line that ends in a word ("… on Wednesday at") and one
#: that opens with a figure ("5.25% to 5.5%, the highest …").
_WRAP_FIGURE = lazyre.compile(r"\n(?=[ \t]*[£$€¥]?\d)")
#: Words that hold a figure.
_FIGURE_WORD = lazyre.compile(r"\S*\d\S*")
#: A blank line (or more) before a line that opens with a word in lower
#: case: where a block of the page (an advert's label, a teaser) stood
#: inside a sentence and has gone ("… would cost" / "about £4m over …").
#: Only the last blank line of a run is matched, from a newline (found
#: fast, as a literal): from each newline of a run of blank lines, a match
#: of the whole run read it to its end again (10,000 blank lines took
#: seconds), and a match from the line's last character was tried at every
#: character of the text. The run's start is found by walking back from it.
_SPLIT_NEXT = lazyre.compile(r"\n[ \t]*\n(?=[ \t]*(?!https?:|www\.)[a-z][a-z’'-]*[ ,;])")
#: A sentence torn in two by such a block: the line before ends in a word
#: in lower case, and both halves are prose of some length, so that the
#: lines of verse or of a list are never joined.
_SPLIT_BEFORE_WORDS, _SPLIT_AFTER_WORDS = 12, 5


@register
class HardWrappedLine(Rule):
    """A paragraph broken over several lines is joined into one line.

    ## What it does
    Joins a line to the next when there is no blank line between them, the
    first is at least forty characters long and does not end with sentence
    punctuation, and the next starts with a lower-case letter: the sentence
    goes on. So too when the first ends in a word and the next starts with
    a figure and goes on in lower case for five words or more, mostly not
    figures (``… on Wednesday at`` over ``5.25% to 5.5%, the highest in 23
    years, …``),
    unless the lines around them open with a figure too, or one is an
    enumerated item or a row of figures: the items of a list and the rows
    of a table are never joined. A byline in lower case (``by Jane Smith``,
    ``di Marco Rossi`` in an Italian document: M001's pattern), not ending
    in punctuation, is never joined to the line above: it is the
    headline's byline, and M001 takes it. Two paragraphs that are the halves of one
    sentence, torn apart by a block of the page that has gone (``… would
    cost`` / ``Advertisement`` / ``about £4m over five years.``), are joined
    too: the first ends in a word in lower case after twelve words or more,
    not in Title Case, and the second opens in lower case and is a sentence
    of five words or more (the lines of verse or a list are shorter, or end
    in punctuation). Verse that a paragraph ending in a colon announces
    (``… the crowd sang along:``, then a song's lines) is never joined: a
    block of three lines or more (or two of sixty characters at most) after
    it, every line but the last ending in punctuation (``Take me home, to
    the river and the rain,``), keeps its lines; a paragraph wrapped at a
    fixed width breaks where the width ends, after a comma only now and then.

    ## Why
    Each paragraph of the output is one line; text wrapped at a fixed width
    (e-mail, some feeds) would otherwise come out as fragments, and the block
    heuristics would judge each piece alone.
    """

    code, name, stage = "L006", "hard-wrapped-line", "structure"
    example = ("Russian forces shelled the centre of Kharkiv on Tuesday,\n"
               "killing at least ten civilians, officials said.\n",
               "Russian forces shelled the centre of Kharkiv on Tuesday, "
               "killing at least ten civilians, officials said.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        spans = list(self._matches(text) if structure.FAST else
                     (m.span() for m in _WRAPPED.finditer(text)))
        if structure.DIGIT.search(text):
            spans = sorted(spans + list(_figure_breaks(text)))
        # (verse is announced by a colon at a paragraph's end: most texts
        # have none)
        verse = ":\n" in text
        for start, end in spans:
            line_start = text.rfind("\n", 0, start) + 1
            if start - line_start >= _WRAP_MIN_CHARS and not _byline_under(text, end, ctx) \
                    and not (verse and _announced_verse(text, start)):
                yield self.finding("line break inside a sentence", start, end, " ")
        if "\n\n" in text:
            for start, end in _split_sentences(text):
                yield self.finding("paragraph break inside a sentence (a block between "
                                   "its halves has gone)", start, end, " ")

    @staticmethod
    def _matches(text: str) -> Iterable[tuple[int, int]]:
        r"""The spans of ``_WRAPPED.finditer(text)``. A match of ``_WRAPPED``
        is ``[ \t]*\n`` with the lookahead after its newline, so it holds
        exactly one newline, where ``_WRAP_NEXT`` matches; its ``[ \t]*``
        (followed by the newline) is the whole run of spaces and tabs before
        that newline, since the character before the match (the lookbehind)
        is not whitespace. So for each newline ``_WRAP_NEXT`` finds, there is
        a match iff the character before that run passes the lookbehind; the
        matches are disjoint (each ends at its own newline), so finditer
        returns them all, in this order."""
        for m in _WRAP_NEXT.finditer(text):
            nl = start = m.start()
            while start and text[start - 1] in " \t":
                start -= 1
            if start > 0 and _WRAP_PREV.match(text, start - 1):
                yield start, nl + 1


#: A blank line: the border of a paragraph.
_BLANK_LINE = lazyre.compile(r"\n[ \t]*\n")
#: What a line of verse ends with when its sentence goes on (or ends).
_VERSE_LINE_ENDS = tuple(",;—–-.!?…")
#: Two lines of verse are each at most so long (a couplet); with three
#: lines or more, the punctuation at every line's end tells.
_COUPLET_MAX_CHARS = 60
#: A stanza has at most so many lines.
_VERSE_MAX_LINES = 30


def _announced_verse(text: str, at: int) -> bool:
    """Whether the line break at ``at`` lies in verse (a song's lyrics, a
    poem) that a paragraph ending in a colon announces (``… the crowd sang
    along:``): the block of lines around it, after a blank line, has three
    lines or more (or two short ones), and every line but the last ends in
    punctuation (``Take me home, to the river and the rain,``). A paragraph
    wrapped at a fixed width breaks where the width ends, after a comma
    only now and then."""
    # up, line by line, to the blank line over the block (a block of more
    # lines than a stanza has is prose)
    start = text.rfind("\n", 0, at) + 1
    for _ in range(_VERSE_MAX_LINES):
        if start == 0:
            return False
        prev = text.rfind("\n", 0, start - 1) + 1
        if not text[prev:start - 1].strip():
            break
        start = prev
    else:
        return False
    if not text[:prev].rstrip().endswith(":"):
        return False
    after = _BLANK_LINE.search(text, at)
    block = text[start:after.start() if after else len(text)]
    lines = [line.strip() for line in block.split("\n")]
    if len(lines) > _VERSE_MAX_LINES:
        return False
    if len(lines) < 2 or not all(line.endswith(_VERSE_LINE_ENDS) for line in lines[:-1]):
        return False
    return len(lines) >= 3 or all(len(line) <= _COUPLET_MAX_CHARS for line in lines)


def _byline_under(text: str, end: int, ctx: Context) -> bool:
    """Whether the line at ``end`` is a byline in lower case (``by Jane
    Smith``, ``di Marco Rossi`` in Italian: M001's byline pattern, in the
    document's language), no sentence's end (``… written`` over ``by
    Jane Smith.``): the headline's, not the end of the line above."""
    nxt_end = text.find("\n", end)
    nxt = text[end:nxt_end if nxt_end >= 0 else len(text)].strip()
    if not nxt or nxt.endswith((".", "!", "?", ";", ",", ":")):
        return False
    from .metadata import byline_meta  # (the rules import each other)
    return byline_meta(nxt, ctx.language) is not None


def _split_breaks(text: str) -> Iterator[tuple[int, int]]:
    """The spans of the blank lines (with the spaces before them) between a
    line that ends in a letter in lower case and one that opens with a word
    in lower case (``_SPLIT_NEXT``)."""
    for m in _SPLIT_NEXT.finditer(text):
        start = m.start()
        while start and text[start - 1] in " \t\n":
            start -= 1  # (the run's start: right after the line's last character)
        if start and text[start - 1].islower():
            yield start, m.end()


def _split_sentences(text: str) -> Iterable[tuple[int, int]]:
    """The spans (spaces and blank lines) of the breaks between two
    paragraphs that are the halves of one sentence: the first ends in a word
    in lower case, with no punctuation, after ``_SPLIT_BEFORE_WORDS`` words
    or more, not in Title Case; the second opens with a word in lower case
    and is a sentence of ``_SPLIT_AFTER_WORDS`` words or more."""
    for start, end in _split_breaks(text):
        before = text[text.rfind("\n", 0, start) + 1:start].split()
        after_end = text.find("\n", end)
        after = text[end:after_end if after_end >= 0 else len(text)].strip()
        if (len(before) >= _SPLIT_BEFORE_WORDS
                and 2 * sum(w[:1].isupper() for w in before) < len(before)
                and len(after.split()) >= _SPLIT_AFTER_WORDS
                and structure.ends_like_sentence(after)):
            yield start, end


def _figure_breaks(text: str) -> Iterable[tuple[int, int]]:
    """The spans (spaces and newline) of the breaks between a line that ends
    in a word and a line that opens with a figure and goes on with its
    sentence."""
    for m in _WRAP_FIGURE.finditer(text):
        nl = start = m.start()
        while start and text[start - 1] in " \t":
            start -= 1
        if start > 0 and text[start - 1].isalpha() and _figure_runs_on(text, start, nl + 1):
            yield start, nl + 1


def _figure_runs_on(text: str, start: int, end: int) -> bool:
    """Whether the line after the break ``text[start:end]``, which opens with
    a figure, goes on with the sentence of the line before it: it runs for a
    few words, mostly not figures, as the line before does, its second word
    in lower case ("5.25% to 5.5%, …"; not "2024-01-31 14:27 Jane Doe", a
    date line under a headline), and neither it
    nor the line after it nor the line before the break's is an item of a
    list or a row of a table (a line that
    opens with a figure in the same paragraph: "2 eggs", "1. Heat the oven",
    "3 Rovers 31 22 7 2 +44 73")."""
    nxt_end = text.find("\n", end)
    nxt = text[end:nxt_end if nxt_end >= 0 else len(text)]
    words = nxt.split()
    if len(words) < 5 or not words[1][:1].islower() \
            or 2 * len(_FIGURE_WORD.findall(nxt)) >= len(words) \
            or re.match(r"[ \t]*\d{1,3}[.)]\s", nxt):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start]
    if 2 * len(_FIGURE_WORD.findall(line)) >= len(line.split()):
        return False  # a row of figures
    if line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        prev = text[prev_start:line_start - 1]
        if prev.strip() and prev.lstrip()[:1].isdigit():
            return False
    if nxt_end >= 0:
        after_end = text.find("\n", nxt_end + 1)
        after = text[nxt_end + 1:after_end if after_end >= 0 else len(text)]
        if after.lstrip()[:1] in tuple("0123456789£$€¥"):
            return False
    return True


_EDGE_SPACE = lazyre.compile(r"^[ \t]+|[ \t]+$", re.MULTILINE)


@register
class EdgeWhitespace(Rule):
    """Spaces and tabs at the start or end of a line are removed.

    ## What it does
    Strips leading and trailing spaces and tabs of every line.

    ## Why
    Trailing spaces are invisible noise; leading ones are left-over indentation
    of the page, not paragraph structure.
    """

    code, name, stage = "L002", "edge-whitespace", "layout"
    local = True
    example = ("  Kyiv said.  \n", "Kyiv said.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        # Every match is a space or tab at the start of the text or after a
        # newline (``^``), or before a newline or at the end (``$``): without
        # one of those there is none.
        if structure.FAST and not (text[:1] in (" ", "\t") or text[-1:] in (" ", "\t")
                                   or "\n " in text or " \n" in text
                                   or "\n\t" in text or "\t\n" in text):
            return
        for m in _EDGE_SPACE.finditer(text):
            yield self.finding("space at the edge of a line", m.start(), m.end(), "")


_SPACE_RUN = lazyre.compile(r"(?<=\S)(?: {2,}|\t+ *| *\t[ \t]*)(?=\S)")
#: A border between the cells of a row of a table written with tabs: that
#: of a row of an HTML table (``structure.CELL_SEPARATOR``, " | "), each
#: empty cell adding a bar (" | | ").
_BAR = structure.CELL_SEPARATOR.rstrip(" ")
#: The longest cell of such a row: a longer one is prose with a tab in it.
_MAX_CELL_CHARS = 80


@register
class SpaceRuns(Rule):
    """Runs of spaces and tabs inside a line become one space.

    ## What it does
    Collapses two or more spaces, or any tab, between words into one space.
    The tabs of a table written with tabs (two lines or more in a row, each
    with as many tabs, or as many runs of tabs, between cells of at most 80
    characters) are the borders of its cells: they become ``" | "``, as
    between the cells of a row of an HTML table (``Rovers\\t12\\t3`` ->
    ``Rovers | 12 | 3``); each tab is a border where every row has as many
    (``Rovers\\t\\t3`` -> ``Rovers | | 3``, an empty cell), else each run
    of tabs.

    ## Why
    Left-over layout of the page; it is never meaningful in prose. In a
    table it is: single spaces would run the cells together.
    """

    code, name, stage = "L003", "space-runs", "layout"
    local = True
    example = ("Kyiv  said\tthat\n", "Kyiv said that\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        # Every match holds two spaces in a row or a tab.
        if structure.FAST and "  " not in text and "\t" not in text:
            return
        borders = _tab_borders(text) if "\t" in text else {}
        for m in _SPACE_RUN.finditer(text):
            if m.start() in borders:
                yield self.finding("tab between the cells of a table", m.start(), m.end(),
                                   borders[m.start()])
            else:
                yield self.finding("run of spaces", m.start(), m.end(), " ")


def _tab_borders(text: str) -> dict[int, str]:
    """The runs of tabs (and spaces) between the cells of the rows of tables
    written with tabs, by where they start, and what each becomes. A table
    is two lines or more in a row with tabs between cells no longer than
    ``_MAX_CELL_CHARS``: if all the lines of such a block have as many tabs,
    each tab is a border (two in a row hold an empty cell); else the lines
    in a row with as many runs of tabs (tabs that line up the columns) are a
    table, each run a border, and then the lines left in a row with as
    many tabs."""
    rows: list[list[re.Match[str]]] = []  # per line: its runs with tabs
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if "\t" in line:
            runs = [r for r in _SPACE_RUN.finditer(text, pos, end) if "\t" in r.group()]
            if runs and all(len(c) <= _MAX_CELL_CHARS for c in _SPACE_RUN.split(line)):
                rows.append(runs)
                pos = end + 1
                continue
        rows.append([])
        pos = end + 1
    borders: dict[int, str] = {}
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j]:
            j += 1
        block = rows[i:j]
        tabs = [sum(r.group().count("\t") for r in runs) for runs in block]
        left = [True] * len(block)
        for by_tab in ((True,) if len(set(tabs)) == 1 else (False, True)):
            keys = [(tabs[k] if by_tab else len(block[k])) if left[k] else None
                    for k in range(len(block))]
            for k0, k1 in _equal_runs(keys):
                for k in range(k0, k1):
                    left[k] = False
                    for r in block[k]:
                        borders[r.start()] = _BAR * (r.group().count("\t") if by_tab else 1) + " "
        i = j + 1
    return borders


def _equal_runs(keys: list[int | None]) -> Iterable[tuple[int, int]]:
    """The spans of two keys or more in a row that are equal (not None)."""
    i = 0
    while i < len(keys):
        j = i + 1
        while keys[i] is not None and j < len(keys) and keys[j] == keys[i]:
            j += 1
        if j - i >= 2:
            yield i, j
        i = j


#: A line break and the blank lines after it: ``\n(?:[ \t]*\n)*`` written
#: so that the run is one repeat of a character class, which the regex
#: engine backtracks by count, where a repeated group keeps a mark on its
#: stack for every line (600,000 blank lines, left where a page of tiny
#: lines lost its lines, took 69 MB to match: the peak of its clean). The
#: same matches: the longest run of spaces, tabs and line breaks that ends
#: with one.
_BREAKS = lazyre.compile(r"\n(?:[ \t\n]*\n)?")


@register
class ParagraphBreaks(Rule):
    """Paragraphs are separated by exactly one blank line.

    ## What it does
    Makes every break between two non-empty lines a single blank line, and
    removes blank lines at the start of the document.

    ## Why
    Each line of a scraped page is one block; one blank line between blocks is
    the plain-text paragraph convention.
    """

    code, name, stage = "L004", "paragraph-breaks", "layout"
    example = ("\n\nHeadline\nFirst paragraph.\n\n\n\nSecond.\n",
               "Headline\n\nFirst paragraph.\n\nSecond.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        for m in _BREAKS.finditer(text):
            if m.start() == 0:
                yield self.finding("blank lines at the start", 0, m.end(), "")
            elif m.end() < len(text) and m.group() != "\n\n":
                yield self.finding("paragraph break", m.start(), m.end(), "\n\n")


@register
class FinalNewline(Rule):
    """The document ends with exactly one newline.

    ## What it does
    Adds a missing final newline, removes extra blank lines at the end. An
    empty document stays empty. The text of a record (a JSONL line, a
    dataset row) keeps the ending it came with: one final newline if it had
    one, none if it had none; trailing blank lines go either way.

    ## Why
    POSIX text files end with a newline; extra blank lines are noise. A
    record's text is not a file: corpora store it without one, and adding
    one to every record would change every record.
    """

    code, name, stage = "L005", "final-newline", "layout"
    example = ("Kyiv said.\n\n\n", "Kyiv said.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not text.strip():
            if text:
                yield self.finding("blank document", 0, len(text), "")
            return
        stripped = text.rstrip(" \t\n")
        ending = "\n" if ctx.final_newline else ""
        if text[len(stripped):] != ending:
            yield self.finding("final newline" if ending else "trailing blank lines",
                               len(stripped), len(text), ending)
