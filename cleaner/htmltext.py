"""HTML to plain text, one paragraph per block element.

An HTML page (``.html``, ``.htm``) is turned into the same kind of text dump
the rules are written for — the ``<title>`` on the first line, then one line
per block element (``p``, ``div``, ``li``, ``h1``–``h6``, ``blockquote``…),
the lines a ``<br>`` breaks on lines of their own in their paragraph (a
stanza, an address: the layout rules join the lines of one sentence, L006,
and make the others paragraphs; two ``<br>`` in a row end a paragraph),
a table of data one row a line (``City | 12 | 28``), blank lines between
them — and then cleaned like any text; the block rules keep such a table
with the prose before it (see ``blocks._anchored_runs``). Scripts,
styles and other non-content elements are dropped, and so is what HTML marks
as beside the story (see ``_prune``): the boxes and forms inside an
``<article>``, the names of a form's fields, teasers of other stories in
``<article>`` elements of their own, pull quotes, and the prose of a
``<figcaption>``, whose photo credit alone stays (on a line of its own, for
the photo-credit rule, M003, to take to metadata). Uses the standard
library's ``html.parser`` through BeautifulSoup, so there is nothing to
compile and the result is the same on every machine.

>>> html_to_text("<title>T</title><p>One <b>two</b></p><ul><li>a</li><li>b</li></ul>")
'T\\n\\nOne two\\n\\na\\n\\nb\\n'
"""
from __future__ import annotations

import re
from typing import Iterator

import inspect
from collections import Counter

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, Tag
from bs4.element import CData, PageElement, ProcessingInstruction

from .records import loads
from .structure import CELL_SEPARATOR  # (how the cells of a row are joined)

#: Elements whose content is never text of the page.
DROP = frozenset({"script", "style", "noscript", "template", "svg", "math", "head",
                  "iframe", "object", "canvas", "button", "select", "textarea",
                  "input", "datalist"})
#: Elements that hold the boxes set in a story (HTML's ``<aside>``: related
#: links, a newsletter box, a pull quote) and its forms (a sign-up): inside an
#: ``<article>``, dropped with their content unless they hold most of the
#: page's prose (a page laid out in one ``<form>``). Outside one (a sidebar)
#: they are left to the block rules, for which they mark where the story ends.
BOXES = frozenset({"aside", "form"})
#: A class of a ``<blockquote>`` that repeats a sentence of the story in
#: large type (a pull quote), not a quotation of its own.
_PULL_QUOTE = re.compile(r"pull[-_]?(?:quote|out)", re.I)
#: Elements that start and end a paragraph.
BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
    "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
#: Elements inside a cell that make a table a layout table (its cells are
#: the page's columns, each a block of its own), not a table of data.
LAYOUT = frozenset({"table", "p", "div", "ul", "ol", "dl", "blockquote", "pre", "section",
                    "article", "aside", "nav", "header", "footer", "form", "figure",
                    "h1", "h2", "h3", "h4", "h5", "h6"})
#: Phrase elements whose text in a cell is only their strings' (where they
#: are no share control): the parser reads a row of cells of text and these
#: into a :class:`_Row`. None is a block, dropped, or looked for by name.
_PHRASE = frozenset({"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del",
                     "dfn", "em", "font", "i", "ins", "kbd", "mark", "nobr", "q", "s",
                     "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
                     "tt", "u", "var"})
#: The parts of a table whose end tag closes a row left open in them.
_TABLE_PARTS = frozenset({"table", "tbody", "thead", "tfoot"})
#: The elements the parser reads into a :class:`_Row` where their items
#: hold only text and phrase elements: a table's row (its cells), a list
#: (its items), a list of terms (the terms and what they mean) and a menu
#: of choices (dropped: its choices and their groups). None of the items
#: is looked for by name but a table's cells (see ``_rows``).
_ITEMS = {"tr": ("td", "th"), "ul": ("li",), "ol": ("li",), "dl": ("dt", "dd"),
          "select": ("option", "optgroup")}
#: The elements the parser reads into a :class:`_Chain` where they are
#: left open thousands deep (``<p>x<p>y…``, ``<font>`` after ``<font>``,
#: ``<option>`` outside a ``<select>``), after ``_CHAIN_AFTER`` of them
#: built as they came. None is dropped, a box, a quotation, a heading or
#: looked for by an attribute but a share control's (which none may be).
_CHAINS = frozenset({"p", "div", "center", "font", "span", "b", "i", "u", "em", "strong",
                     "small", "big", "option"})
_CHAIN_AFTER = 8
#: A cell longer than this is a column of text, not a value.
MAX_CELL_CHARS = 120
#: A word of a class or id that names a share control (``share``,
#: ``sharing``, ``social``, ``tweet``, ``addthis``); "shared" and
#: "shareholder" are other words.
_SHARE_WORDS = frozenset({"share", "shares", "sharing", "sharer", "social", "tweet",
                          "addthis"})
#: The other parts of a share control's class or id (``share-button``,
#: ``c-social__link``, ``sharing-tools``, ``twitter-share-button``): the kind
#: of control it is, the network it shares to, where it sits. A part not
#: among them ("share-price", "social-care": a topic, a figure) makes the
#: name something else; a part of one or two letters (``c-``, ``tw``, ``fb``)
#: is a prefix or an abbreviation.
_CONTROL_PARTS = frozenset({
    "button", "buttons", "btn", "btns", "link", "links", "icon", "icons", "tool",
    "tools", "toolbar", "bar", "box", "widget", "menu", "list", "item", "items", "panel",
    "wrap", "wrapper", "container", "group", "actions", "action", "label", "count",
    "this", "article", "story", "post", "page", "inline", "top", "bottom", "sticky",
    "floating", "mobile", "desktop", "native", "network", "networks", "media",
    "facebook", "twitter", "email", "mail", "whatsapp", "linkedin", "pinterest",
    "reddit", "telegram", "messenger", "bluesky", "threads", "mastodon", "copy", "print",
})
#: A quick look for a share word before a name is split in its parts.
_SHARE_HINT = re.compile(r"shar|social|tweet|addthis", re.I)
#: The parts of a class or id: split at hyphens, underscores and a change
#: to a capital (``shareButton``); digits are no part.
_NAME_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
#: An ``aria-label`` or ``title`` that names a share action ("Share on X",
#: "Share this article", "Tweet this"); a title that only holds the word
#: ("Social care funding", "Market share") is not one.
_SHARE_LABEL = re.compile(r"\s*(?:share|sharing|tweet)\b", re.I)
#: An ``href`` to a network's share endpoint (``/sharer.php``,
#: ``intent/tweet``, ``/share?url=``); a story's address that only holds
#: the word ("/market-share-falls") is not one.
_SHARE_HREF = re.compile(r"sharer|intent/tweet|shareArticle|pin/create|"
                         r"(?:^|[/?&.])share(?:/|\?|$)", re.I)
#: A control's text is a word or two ("Share", "Share this", "Tweet"); a
#: longer text in such an element is not a control.
MAX_CONTROL_CHARS = 40
#: The end of a sentence, before a control that starts a line of its own.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u2019\u201d\u00bb)\]]*$")


#: Stands for a ``<br>`` in the text of a paragraph while it is gathered.
_BR = "\x00"


class _Text:
    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._parts: list[str] = []

    def text(self, s: str) -> None:
        self._parts.append(s.replace(_BR, ""))

    def at_sentence_start(self) -> bool:
        """Whether what is gathered of the current line is nothing or ends
        a sentence: a control put here does not cut one in two."""
        # from the end back to the last text or <br>: joining the whole
        # paragraph for each control made a share bar of thousands of
        # links in one paragraph quadratic
        tail: list[str] = []
        for part in reversed(self._parts):
            if part == _BR:
                break
            tail.append(part)
            if part.strip():
                # enough to see how the text ends (a closing quote or
                # bracket after the stop is in the same part or a later one)
                if _SENTENCE_END.search("".join(reversed(tail)).rstrip()) is not None:
                    return True
                if any(c.isalnum() for c in part):
                    return False
        text = "".join(reversed(tail)).rstrip()
        return not text or _SENTENCE_END.search(text) is not None

    def line(self, n: int = 1) -> None:
        """A ``<br>`` (``n`` in a row): a new line in the same paragraph."""
        self._parts.extend([_BR] * n)

    def brk(self) -> None:
        # the lines of a paragraph that <br>s break stay together, one a
        # line; two <br>s in a row (a blank line between them) end it
        if not self._parts:
            return   # (blocks in blocks: most breaks have nothing before them)
        lines: list[str] = []
        for seg in "".join(self._parts).split(_BR):
            seg = _SPACE.sub(" ", seg).strip()
            if seg:
                lines.append(seg)
            elif lines:
                self.paragraphs.append("\n".join(lines))
                lines = []
        if lines:
            self.paragraphs.append("\n".join(lines))
        self._parts = []


def _inline(node: Tag | str | tuple[str | PageElement, ...]) -> str:
    """The text of ``node`` (an element, or a string: the text of a cell of
    a :class:`_Row`; a tuple: the texts of a cell that holds cells, each a
    block, then what follows them in it, see :func:`_row_cells`) on one
    line."""
    if isinstance(node, str):   # (what _Text makes of a string alone)
        return _SPACE.sub(" ", node.replace(_BR, "")).strip()
    out = _Text()
    if isinstance(node, tuple):
        for part in node:
            if type(part) is str:   # (a text of the cell; not a NavigableString)
                out.text(part)
                out.brk()
        _walk(None, out, [p for p in node if type(p) is not str])
    else:
        _walk(node, out)
    out.brk()
    return " ".join(out.paragraphs).replace("\n", " ")


def _control_name(name: str) -> bool:
    """Whether a class or id names a share control: one of its parts is a
    share word (``_SHARE_WORDS``) and each of the others a share word, a
    control's part (``_CONTROL_PARTS``) or a letter or two."""
    if not _SHARE_HINT.search(name):
        return False
    parts = [w.lower() for w in _NAME_PART.findall(name)]
    return (any(w in _SHARE_WORDS for w in parts)
            and all(w in _SHARE_WORDS or w in _CONTROL_PARTS or len(w) <= 2 for w in parts))


def _control(node: Tag, short: bool = False) -> bool:
    """Whether an inline element is a page's control, not prose: a share
    link or button ("Share", "Tweet", "Share this") — an element of
    ``role="button"``, or one whose class or id names a share control
    (:func:`_control_name`: ``share-button``, not ``share-price``), whose
    ``aria-label`` or ``title`` names a share action, or whose ``href`` is a
    network's share endpoint — with a short text. (A ``<button>`` is
    dropped whole, see ``DROP``.)

    ``short``: the text of ``node`` is known to be short (it is inside a
    control, whose text is longer than its own): not measured again, so
    that controls nested thousands deep are not each read to the bottom."""
    attrs = node.attrs
    if not (attrs and _control_attrs(attrs)):
        return False
    return short or len(_SPACE.sub(" ", node.get_text(" ")).strip()) <= MAX_CONTROL_CHARS


#: The attributes :func:`_control_attrs` reads.
_CONTROL_KEYS = frozenset({"role", "class", "id", "aria-label", "title", "href"})


def _control_attrs(attrs: dict) -> bool:
    """Whether an element's attributes name a share control (see
    :func:`_control`; its text is not looked at): ``role="button"``, a
    class or id that names one, an ``aria-label`` or ``title`` that names
    a share action, an ``href`` to a share endpoint — any one of them
    (:func:`_control_attr`)."""
    return any(_control_attr(k, v) for k, v in attrs.items() if k in _CONTROL_KEYS)


def _control_attr(key: str, value: object) -> bool:
    """Whether one attribute of an element names a share control (see
    :func:`_control_attrs`); ``value`` a string, or a list of classes."""
    if key == "href":
        return _SHARE_HREF.search(str(value or "")) is not None
    if key == "role":
        return str(value or "").lower() == "button"
    if key in ("class", "id"):
        tokens = (value or "").split() if isinstance(value, str) or not value else value
        return any(_control_name(t) for t in tokens)   # type: ignore[union-attr]
    return _SHARE_LABEL.match(str(value or "")) is not None   # (aria-label, title)


#: Text that says nothing after a share control: a separator of a share
#: bar ("|", "·") or a counter ("12", "1.2K"), each word of it.
_BAR_FILLER = re.compile(r"(?:[^\w\s]+|\d+(?:[.,]\d+)*[KkMm]?)")


def _filler(text: str) -> bool:
    """Whether ``text`` is only whitespace, separators and counters."""
    return all(_BAR_FILLER.fullmatch(w) for w in text.split())


def _ends_block(node: Tag, memo: dict[int, bool] | None = None) -> bool:
    """Whether nothing but whitespace, separators and counters (``|``,
    ``12``), line breaks, elements of no other text (an icon, a dropped
    ``<button>``, a ``<span>|</span>``) and other controls follows ``node``
    up to the end of its block (its paragraph): a share control ends a
    paragraph, it does not open the rest of its sentence ("<a
    class=share-x>Acme</a> fell 5%").

    ``memo`` (one per walk of a tree that does not change) keeps the answer
    for each node passed over on the way — the siblings that say nothing
    and the parents gone up to, whose answer is this one's — so that a
    share bar of thousands of controls, or controls nested thousands
    deep, is read once, not once from each control."""
    memo = {} if memo is None else memo
    if id(node) in memo:
        return memo[id(node)]
    passed: list[PageElement] = [node]
    result = True
    while True:
        for sib in node.next_siblings:
            if id(sib) in memo:
                result = memo[id(sib)]
                break
            if isinstance(sib, (Comment, Declaration, Doctype, CData, ProcessingInstruction)):
                passed.append(sib)
                continue
            if isinstance(sib, NavigableString):
                if not _filler(str(sib)):
                    result = False
                    break
                passed.append(sib)
                continue
            if not isinstance(sib, Tag):
                passed.append(sib)
                continue
            name = (sib.name or "").lower()
            if name in BLOCK or name == "table":
                result = True   # the paragraph ends here
                break
            if name in DROP or name in ("title", "br") or _control(sib):
                passed.append(sib)
                continue
            if not _filler(sib.get_text(" ")):
                result = False
                break
            passed.append(sib)
        else:
            parent = node.parent
            if parent is None or isinstance(parent, BeautifulSoup) or (
                    (parent.name or "").lower() in BLOCK):
                result = True
            elif id(parent) in memo:
                result = memo[id(parent)]
            else:
                passed.append(parent)
                node = parent
                continue
        break
    for n in passed:
        memo[id(n)] = result
    return result


def _tag_events(root: Tag, strings: bool = False) -> Iterator[tuple[PageElement, bool]]:
    """The elements inside ``root`` in document order, each as
    ``(element, True)`` on the way in and ``(element, False)`` on the way
    out, found one at a time with a stack of its own: BeautifulSoup's
    ``descendants`` (and ``find``, ``find_all``) first goes down to the
    last one, a walk of the whole subtree even when the first is all that
    is asked for, and a recursive walk fails on markup nested thousands
    deep. With ``strings``, the strings too (of every kind: comments…),
    each as ``(string, True)``."""
    stack: list[tuple[Iterator[PageElement], Tag | None]] = [(iter(root.contents), None)]
    while stack:
        child = next(stack[-1][0], None)
        if child is None:
            tag = stack.pop()[1]
            if tag is not None:
                yield tag, False
        elif isinstance(child, Tag):
            yield child, True
            stack.append((iter(child.contents), child))
        elif strings:
            yield child, True


def _tags(node: Tag) -> Iterator[Tag]:
    """The elements inside ``node``, in document order, found one at a time
    (see :func:`_tag_events`)."""
    return (tag for tag, entering in _tag_events(node) if entering)  # type: ignore[misc]


class _Read:
    """What the parser read into an element it made a :class:`_Row`, a
    :class:`_Brs` or a :class:`_Chain`, which each reads as attributes of
    its own. It is kept in one attribute of the element, ``_read``, the
    same for all three: an element's attributes share one table with all
    the others' (CPython's shared keys), which holds one more name but
    not two — a second made a row's 1.5 KB (10,000 rows, 15 MB; 100,000
    rows left open, 145 MB of 240)."""

    __slots__ = ("cells", "joined", "open", "count", "pieces", "steps", "depth")


def _read_as(name: str) -> property:
    """An attribute of an element that is one of what it holds in
    ``_read`` (see :class:`_Read`)."""
    return property(lambda self: getattr(self._read, name),
                    lambda self, value: setattr(self._read, name, value))


class _Row(Tag):
    """A row of a table (``<tr>``) whose cells held only text and phrase
    elements (``<a>``, ``<b>``, ``<span>``… that are no control, see
    ``_PHRASE``), as the parser (see :func:`_builder`) leaves it: the text
    of each cell in ``cells``, not a ``<td>``, its elements and strings,
    and in it one string, the strings of its cells joined by spaces (what
    is read of it around it, by ``get_text``, has the same words, each
    string's words its own). A table of 10,000 rows of 50 numbers was a
    million such objects, 600 MB; of 50 links, two million, 1 GB. A list
    (``<ul>``, ``<ol>``, ``<dl>``, ``<select>``: see ``_ITEMS``) of such
    items is read so too, each item a cell (300,000 ``<li>`` left open,
    each nested in the one before, were 500 MB).

    A row whose ``</tr>`` is missing holds the next row (the parser nests
    it), and what comes after that one closes: its children after the
    string (``joined``: whether there is one) are read after its cells.

    A cell whose ``</td>`` is missing holds the next cell (the parser nests
    it): such a cell is a tuple of the texts before, between and after the
    cells in it, each a block (a string is a cell of one). A row whose last
    cell was still open when the next row came (``open``) holds what comes
    after in that cell, as the parser leaves it (10,000 rows of 50 cells
    left open were built a cell at a time: 50 s, 850 MB)."""

    cells: list[str | tuple[str, ...]] = _read_as("cells")   # type: ignore[assignment]
    joined: bool = _read_as("joined")   # type: ignore[assignment]
    open: bool = _read_as("open")   # type: ignore[assignment]


class _Brs(Tag):
    """``<br>`` elements one after another (``count`` of them; with no text,
    whitespace or attribute), as the parser (see :func:`_builder`) leaves
    them: one element (a page of 100,000 was 100,000 elements, 60 MB). They
    hold no text; only their markup (``decode``) is not what it was."""

    count: int = _read_as("count")   # type: ignore[assignment]


class _Chain(Tag):
    """Elements of one name (``_CHAINS``) left open one in another, each
    holding only text (``<p>One<p>Two<p>Three``: the parser nests each
    ``<p>`` in the one before), as the parser (see :func:`_builder`) leaves
    them after the first ``_CHAIN_AFTER``: one element, the text before and
    after each start or end of one of them in ``pieces`` (for a block, each
    a paragraph; the last goes on into what it holds after them), ``depth``
    of them still open. What comes that is not such a start, end or text
    is in the innermost of them: the chain holds it after one string, its
    pieces joined by spaces (``joined``: whether there is one), and where
    one of them is closed after it, an empty element of its name (a block
    ends there). 300,000 ``<p>x`` were 600,000 objects, 500 MB, 14 s.

    ``steps``: between each two pieces, whether one of the elements
    started (1) or ended (0) there; :func:`_prose_map` reads them (and
    each :class:`_Closed`) as the ``<p>`` elements they are."""

    pieces: list[str] = _read_as("pieces")   # type: ignore[assignment]
    steps: bytearray = _read_as("steps")   # type: ignore[assignment]
    depth: int = _read_as("depth")   # type: ignore[assignment]
    joined: bool = _read_as("joined")   # type: ignore[assignment]


class _Closed(Tag):
    """Where one of the elements a :class:`_Chain` stands for ends, after
    it holds more than its pieces: an empty element of its name, in it."""


def _row_tail(row: _Row) -> list[PageElement]:
    """What a :class:`_Row` holds after the string of its cells: the row
    nested in it where its ``</tr>`` is missing, and what came after."""
    return row.contents[1:] if row.joined else row.contents


def _row_cells(row: _Row) -> list[str | tuple[str | PageElement, ...] | Tag]:
    """The cells of a :class:`_Row`, as the tree of each cell would give
    them: its cells (a string, or a tuple of the texts of one that holds
    cells), then the cells in what it holds after them (see
    :func:`_row_tail`) — or, where its last cell was left open (``open``),
    that cell with what comes after in it, as the last of the tuple."""
    tail = _row_tail(row)
    if not tail:
        return row.cells
    if row.open:
        last = row.cells[-1]
        return [*row.cells[:-1], ((last,) if isinstance(last, str) else last) + tuple(tail)]
    return [*row.cells, *(c for c in tail if isinstance(c, Tag) and c.name in ("td", "th"))]


def _rows(table: Tag) -> list[str] | None:
    """The lines of a table of data, one a row, its cells joined by
    ``CELL_SEPARATOR``; None for a layout table (a cell holds a block
    element or a column of text), whose cells are paragraphs."""
    rows = []
    # the rows one at a time, not all found first (see _tags): a layout
    # table is told by its first cell that holds a block, and finding every
    # row first made tables nested in each other quadratic
    for tr in (t for t in _tags(table) if t.name == "tr"):
        cells = []
        for cell in (_row_cells(tr) if isinstance(tr, _Row)
                     else tr.find_all(["td", "th"], recursive=False)):
            if isinstance(cell, Tag) and any(t.name in LAYOUT for t in _tags(cell)):
                return None
            if isinstance(cell, tuple) and any(
                    t.name in LAYOUT for c in cell if isinstance(c, Tag)
                    for t in (c, *_tags(c))):   # (what follows in a cell left open)
                return None
            text = _inline(cell)
            if len(text) > MAX_CELL_CHARS:
                return None
            cells.append(text)
        if any(cells):
            rows.append(CELL_SEPARATOR.join(cells).strip())
    return rows or None


#: The end of an element's children in :func:`_walk`.
_END = object()


def _walk(node: Tag | None, out: _Text, children: list[PageElement] | None = None) -> None:
    """Gather the text of ``node``'s children (or of ``children``) into
    ``out``, depth first. Iterative, with a stack of its own: a page's
    markup nested thousands of elements deep (generated pages, an unclosed
    ``<b>`` repeated) went past Python's recursion limit."""
    # per open element: its children left, whether it ends a paragraph, and
    # whether it is inside a control (its text short: see _control)
    stack: list[tuple[Iterator[PageElement], bool, bool]] = [
        (iter(node.children if children is None else children), False, False)]  # type: ignore[union-attr]
    ends: dict[int, bool] = {}   # the memo of _ends_block
    while stack:
        child = next(stack[-1][0], _END)
        if child is _END:
            if stack.pop()[1]:
                out.brk()
            continue
        if isinstance(child, (Comment, Declaration, Doctype, CData, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            out.text(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = (child.name or "").lower()
        if name in DROP or name == "title":
            continue
        if name == "label" and (child.get("for") or child.find(["input", "select", "textarea"])
                                or child.find_parent("form") is not None):
            # the name of a form's field ("Email address", "I agree to …");
            # a <label> of no field may be text (a date, a place)
            continue
        if name == "br":
            out.line(child.count if isinstance(child, _Brs) else 1)
            continue
        if isinstance(child, _Row):
            # (in a layout table, or no table): each cell a block, as a <td>
            out.brk()
            for cell in child.cells:
                for text in ((cell,) if isinstance(cell, str) else cell):
                    out.text(text)
                    out.brk()
            tail = _row_tail(child)
            if tail:   # (a row nested in it, see _Row)
                stack.append((iter(tail), True, stack[-1][2]))
            continue
        if isinstance(child, _Chain):
            block = name in BLOCK
            if block:
                out.brk()
            pieces = child.pieces
            for i in range(len(pieces) - 1):
                out.text(pieces[i])
                if block:
                    out.brk()
            out.text(pieces[-1])
            stack.append((iter(child.contents[1:] if child.joined else child.contents),
                          block, stack[-1][2]))
            continue
        if name == "table":
            rows = _rows(child)
            if rows is not None:
                out.brk()
                caption = child.find("caption")
                if isinstance(caption, Tag):
                    out.text(_inline(caption))
                    out.brk()
                for row in rows:
                    out.text(row)
                    out.brk()
                continue
        short = stack[-1][2]
        control = name not in BLOCK and _control(child, short)
        block = name in BLOCK or (control and out.at_sentence_start()
                                  and _ends_block(child, ends))
        if block:
            # a share control after the last sentence of a paragraph
            # ("…on Monday. Share") is a line of its own, for the line rules
            # (page chrome, share bars) to take; in mid-sentence, or with
            # text after it in its paragraph, it stays in its sentence
            out.brk()
        stack.append((iter(child.children), block, short or control))


def _prose_map(soup: BeautifulSoup, names: frozenset[str]) -> dict[int, int]:
    """How much paragraph text each element of ``names`` in ``soup`` holds,
    by ``id``, and the page (``id(soup)``): the characters of its ``<p>``
    elements, each one's text on one line (``_SPACE`` runs one space,
    stripped). Each ``<p>``'s characters are added to the nearest such
    element above it, and each one's sum to the nearest above it, in one
    walk — not each element's ``<p>`` elements found again (elements nested
    thousands deep: quadratic) — and counted from the words of the strings
    in it, each string's once — not each ``<p>``'s text read with all those
    in it (``<p>`` left open nest: quadratic). A :class:`_Chain` is read
    as the elements and strings it stands for."""
    sums: dict[int, int] = {id(soup): 0}
    held: list[Tag] = [soup]   # the open elements of names, as the walk goes down and up
    chars = words = 0   # of the strings in paragraphs so far: their words' characters, how many
    # after the last string of more than whitespace: chars, words, and the
    # whitespace it ends in that is no _SPACE (stripped at a paragraph's end)
    last = (0, 0, 0)
    # each open <p>'s first string of more than whitespace: chars and words
    # before it, and the whitespace it starts with; those with none yet
    first: dict[int, tuple[int, int, int]] = {}
    waiting: list[object] = []
    paragraphs = 0   # how many are open

    def string(s: str) -> None:
        nonlocal chars, words, last
        line = _SPACE.sub(" ", s).strip(" ")
        if line:
            before = (chars, words)
            n = line.count(" ") + 1
            chars += len(line) - (n - 1)
            words += n
            if not line.isspace():
                for p in waiting:
                    first[id(p)] = (*before, len(line) - len(line.lstrip()))
                waiting.clear()
                last = (chars, words, len(line) - len(line.rstrip()))

    def opened(p: object) -> None:   # (a <p>, or one a chain stands for)
        nonlocal paragraphs
        paragraphs += 1
        waiting.append(p)

    def closed(p: object) -> None:
        nonlocal paragraphs
        paragraphs -= 1
        if waiting and waiting[-1] is p:   # (no text in it)
            waiting.pop()
        else:
            c, w, lead = first.pop(id(p))
            sums[id(held[-1])] += (last[0] - c) + (last[1] - w - 1) - lead - last[2]

    # the chains open, each with the <p> elements it stands for still open
    chains: list[tuple[_Chain, list[object]]] = []
    joined: PageElement | None = None   # the string of a chain's pieces (not read)
    for el, entering in _tag_events(soup, strings=True):
        if not isinstance(el, Tag):
            if el is joined:
                joined = None
            elif paragraphs and type(el) in _TEXT_TYPES:
                string(el)
            continue
        name = el.name or ""
        if isinstance(el, _Chain):
            if entering:
                levels: list[object] = [el]
                chains.append((el, levels))
                if name == "p":
                    opened(el)
                joined = el.contents[0] if el.joined else None
                for i, piece in enumerate(el.pieces):
                    if i and name == "p":
                        if el.steps[i - 1] == 1:
                            levels.append(object())
                            opened(levels[-1])
                        else:
                            closed(levels.pop())
                    if paragraphs:
                        string(piece)
            else:
                _, levels = chains.pop()
                while name == "p" and levels:
                    closed(levels.pop())
            continue
        if isinstance(el, _Closed):
            if entering and name == "p":
                closed(chains[-1][1].pop())
            continue
        if name == "p":
            if entering:
                opened(el)
            else:
                closed(el)
        if name in names:
            if entering:
                sums[id(el)] = 0
                held.append(el)   # type: ignore[arg-type]
            else:
                held.pop()
                sums[id(held[-1])] += sums[id(el)]
    return sums


def _core(s: str) -> str:
    """``s`` for comparing quotations: words only, lower case."""
    return " ".join(re.findall(r"\w+", s.lower()))


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _boxes_in_articles(soup: BeautifulSoup) -> list[Tag]:
    """The boxes (``BOXES``) inside an ``<article>``, in document order,
    found in one walk (each box's look up for an article above it went
    through all the boxes around it: quadratic, nested)."""
    found: list[Tag] = []
    articles = 0   # how many are open
    for tag, entering in _tag_events(soup):
        if tag.name == "article":
            articles += 1 if entering else -1
        elif entering and articles and tag.name in BOXES:
            found.append(tag)   # type: ignore[arg-type]
    return found


def _first_headings(soup: BeautifulSoup) -> dict[int, Tag]:
    """The first heading (``<h1>``–``<h6>``) inside each ``<article>`` of
    ``soup`` that has one, by ``id``, found in one walk (each article's
    own search went through all below it: quadratic when nested)."""
    found: dict[int, Tag] = {}
    waiting: list[Tag] = []   # the open articles with no heading yet
    for tag, entering in _tag_events(soup):
        if not entering:
            if waiting and waiting[-1] is tag:
                waiting.pop()
        else:
            if tag.name in _HEADINGS and waiting:
                for a in waiting:
                    found[id(a)] = tag
                waiting.clear()
            if tag.name == "article":
                waiting.append(tag)
    return found


def _teaser(article: Tag, main_chars: int, prose: int, heading: Tag | None) -> bool:
    """Whether an ``<article>`` that is not the page's main one is a teaser
    of another story: less than half of the main one's prose (its own is
    ``prose``), and its heading (its first, ``heading``) a link (to that
    story)."""
    if 2 * prose >= main_chars:
        return False
    if isinstance(heading, Tag) and heading.find("a", href=True) is not None:
        return True
    return isinstance(heading, Tag) and heading.find_parent("a") is not None


def _gone(el: PageElement) -> bool:
    """Whether ``el`` was taken out of the tree (``decompose``): bs4's
    ``decomposed`` reads an attribute only a decomposed element has, and on
    a live ``Tag`` a missing attribute is a search of all below it for an
    element of that name (``tag.b``) — each look a walk of the subtree."""
    return bool(el.__dict__.get("_decomposed", False))


class _Remover:
    """Takes elements out of the tree (``decompose``) that are given in
    document order: BeautifulSoup looks each one up among its parent's
    children, a page of 20,000 boxes side by side one search of them all
    each (quadratic); here a parent's children are numbered once, and an
    element's place is its number less those taken out before it. Where
    that is not the element (not given in order), it is looked up."""

    def __init__(self) -> None:
        # id(parent) -> (parent, its children's places, how many taken out)
        self._at: dict[int, tuple[Tag, dict[int, int], list[int]]] = {}

    def remove(self, el: Tag) -> None:
        parent = el.parent
        if parent is not None:
            entry = self._at.get(id(parent))
            if entry is None:
                entry = (parent, {id(c): i for i, c in enumerate(parent.contents)}, [0])
                self._at[id(parent)] = entry
            at = entry[1].get(id(el), -1) - entry[2][0]
            if 0 <= at < len(parent.contents) and parent.contents[at] is el:
                el.extract(_self_index=at)
                entry[2][0] += 1
            else:   # not in order: looked up, and the places numbered again
                del self._at[id(parent)]
        el.decompose()


def _words_in(words: str, paragraphs: list[str], index: dict[str, list[int]]) -> bool:
    """Whether ``words`` (see :func:`_core`) is in one of ``paragraphs``:
    only those that hold the rarest of its inner words (``index``: each
    word's paragraphs), which must be there whole — not every paragraph for
    every blockquote (quadratic)."""
    inner = words.split()[1:-1]
    if not inner:
        return any(words in p for p in paragraphs)
    rarest = min((index.get(w, ()) for w in inner), key=len)
    return any(words in paragraphs[i] for i in rarest)


#: The kinds of string ``get_text`` reads in a ``<p>`` or ``<blockquote>``:
#: not a comment, a script's or a template's text.
_TEXT_TYPES = (NavigableString, CData)


class _Quoting:
    """The words (:func:`_core`) of the paragraphs of a page (each
    ``<p>`` not in a ``<blockquote>``; of ``<p>`` in each other, the outer:
    what is in the inner one is in it) and of its ``<blockquote>`` elements,
    read in one walk: each string's words once, an element's the range of
    the strings in it. A ``get_text`` of each quotation read one nested
    thousands deep once per level, all below it (quadratic); here its
    words' length is known without joining them (:meth:`length`), and
    they are joined (:meth:`words`) only for one that may be in a
    paragraph."""

    def __init__(self, soup: BeautifulSoup) -> None:
        #: the words of each string in a paragraph or a quotation, those
        #: that have any, in document order
        self._words: list[str] = []
        #: where each string's words start in all of them joined by spaces
        #: (one more: the length of those before it, each with its space)
        self._at: list[int] = [0]
        #: each paragraph's range of strings (``_words[a:b]``)
        self.paragraphs: list[tuple[int, int]] = []
        #: each quotation's, by ``id``
        self.quotes: dict[int, tuple[int, int]] = {}
        starts: list[int] = []   # where the open quotations start
        quoting = 0              # how many quotations are open
        para: Tag | None = None  # the open paragraph
        start = 0
        for el, entering in _tag_events(soup, strings=True):
            if not isinstance(el, Tag):
                if (quoting or para is not None) and type(el) in _TEXT_TYPES:
                    words = _core(el)
                    if words:
                        self._words.append(words)
                        self._at.append(self._at[-1] + len(words) + 1)
            elif el.name == "blockquote":
                if entering:
                    quoting += 1
                    starts.append(len(self._words))
                else:
                    quoting -= 1
                    self.quotes[id(el)] = (starts.pop(), len(self._words))
            elif el.name == "p" and not quoting:
                if entering and para is None:
                    para, start = el, len(self._words)
                elif not entering and para is el:
                    self.paragraphs.append((start, len(self._words)))
                    para = None

    def length(self, span: tuple[int, int]) -> int:
        """The length of the words of a range, joined by spaces."""
        a, b = span
        return self._at[b] - self._at[a] - 1 if b > a else 0

    def words(self, span: tuple[int, int]) -> str:
        """The words of a range, joined by spaces (``_core`` of its text)."""
        return " ".join(self._words[span[0]:span[1]])


def _prune(soup: BeautifulSoup) -> None:
    """Take out of ``soup`` what is beside the story, by what the elements
    are: the boxes (``BOXES``) inside an ``<article>`` unless one holds
    most of the page's prose,
    the teasers of other stories in ``<article>`` elements beside the main
    one (the ``<article>`` with the most paragraph text), a pull quote (a
    ``<blockquote>`` of class ``pull-quote``, or one whose words are all in
    a paragraph of the page), and a figure's caption but for its photo
    credit (which the photo-credit rule, M003, takes to metadata)."""
    remover = _Remover()
    box_prose: dict[int, int] | None = None
    total = 0
    for box in _boxes_in_articles(soup):
        if _gone(box):
            continue
        if box_prose is None:   # (the tree only loses boxes, not theirs)
            # (and the page's, read only for a page with such a box)
            box_prose = _prose_map(soup, BOXES)
            total = box_prose[id(soup)]
        if not (total and 2 * box_prose[id(box)] > total):
            remover.remove(box)
    articles = [a for a in soup.find_all("article") if not _gone(a)]
    if len(articles) >= 2:
        sizes = _prose_map(soup, frozenset({"article"}))
        main = max(articles, key=lambda a: sizes[id(a)])
        around = set(map(id, main.find_parents("article"))) | {id(main)}
        inside = set(map(id, main.find_all("article")))
        remover = _Remover()
        headings = _first_headings(soup)
        for a in articles:
            if id(a) in around or id(a) in inside or _gone(a):
                continue
            if _teaser(a, sizes[id(main)], sizes[id(a)], headings.get(id(a))):
                remover.remove(a)
    quotes = soup.find_all("blockquote")
    if quotes:
        quoting = _Quoting(soup)
        # a quotation longer than every paragraph is in none: its words
        # are not joined (a quotation nested thousands deep is, at each
        # level, longer than the last)
        longest = max(map(quoting.length, quoting.paragraphs), default=0)
        paragraphs: list[str] = []
        index: dict[str, list[int]] = {}   # (both made for the first quotation)
        remover = _Remover()
        for bq in quotes:
            if _gone(bq):
                continue
            if _PULL_QUOTE.search(" ".join(bq.get("class") or ())):
                remover.remove(bq)
                continue
            span = quoting.quotes[id(bq)]
            if not 20 <= quoting.length(span) <= longest:
                continue
            if not paragraphs:
                paragraphs = [quoting.words(p) for p in quoting.paragraphs]
                for i, p in enumerate(paragraphs):
                    for w in set(p.split()):
                        index.setdefault(w, []).append(i)
            if _words_in(quoting.words(span), paragraphs, index):
                remover.remove(bq)
    for cap in soup.find_all("figcaption"):
        if _gone(cap):
            continue
        credits = _credits(_inline(cap))
        cap.clear()
        for c in credits:
            p = soup.new_tag("p")
            p.string = c
            cap.append(p)


def _credits(caption: str) -> list[str]:
    """The photo credits in the text of a caption (``Photograph: Jane
    Doe/Agency``), as the photo-credit rule (M003) finds them."""
    from .model import Context
    from .rules.metadata import PhotoCredit

    return [caption[f.start:f.end].strip() for f in PhotoCredit().check(caption, Context())
            if f.metadata]


#: The schema.org types of a story in JSON-LD: ``Article`` and its kinds
#: (``NewsArticle``, ``ReportageNewsArticle``, ``OpinionNewsArticle``…).
_ARTICLE_TYPE = re.compile(r"(?:\w*Article|BlogPosting)")
#: A date in ISO form at the start of a JSON-LD date ("2024-07-18T11:05:00Z").
_ISO_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?![\d])")


def _ld_items(data: object) -> Iterator[dict]:
    """The objects of a JSON-LD block: the block, the items of a list, the
    items of a ``@graph``."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _ld_items(data.get("@graph"))


def _ld_names(value: object) -> list[str]:
    """The names in a JSON-LD ``author`` or ``publisher``: a string, an
    object with a ``name``, or a list of them; a name written with the
    outlet after a bar ("Jane Roe | The Courier") is the name before it,
    without a "By"; a name in lower case ("admin") is none."""
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v)]
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str):
        name = _SPACE.sub(" ", value.split(" | ")[0]).strip()
        name = re.sub(r"^[Bb]y\s+", "", name)
        # a name with no capital is a site's account ("admin"), no byline
        return [name] if name != name.lower() else []
    return []


def _ld_text(value: object) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return _SPACE.sub(" ", value).strip() if isinstance(value, str) else ""


def html_metadata(soup: BeautifulSoup) -> dict[str, str]:
    """The metadata a page gives in JSON-LD (``<script
    type="application/ld+json">``) for its story, the first object of an
    ``Article`` type (``NewsArticle``, ``ReportageNewsArticle``…, also in
    a ``@graph``): ``date`` (``datePublished``, its ISO date), ``author``
    (the names of ``author``, "A and B"), ``source`` (``publisher``'s name)
    and ``section`` (``articleSection``). A block that is not valid JSON is
    passed over. (The caller lets the outlet the page's text names, in its
    title, win over ``source``: a publisher's name there may be a short
    form, "nj", or the blog platform's.)"""
    meta: dict[str, str] = {}
    for script in soup.find_all("script"):
        if "ld+json" not in str(script.get("type") or "").lower():
            continue
        raw = script.get_text().strip()
        raw = re.sub(r"^(?:<!--|//\s*<!\[CDATA\[)|(?:-->|//\s*\]\]>)$", "", raw).strip()
        try:
            data = loads(raw)
        except ValueError:   # (nested too deeply too: records.JSONTooDeep)
            continue
        for item in _ld_items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(isinstance(k, str) and _ARTICLE_TYPE.fullmatch(k) for k in kinds):
                continue
            found: dict[str, str] = {}
            date = item.get("datePublished")
            m = _ISO_DATE.match(date) if isinstance(date, str) else None
            if m:
                found["date"] = m.group(1)
            names = list(dict.fromkeys(_ld_names(item.get("author"))))
            if names:
                found["author"] = (names[0] if len(names) == 1 else
                                   ", ".join(names[:-1]) + " and " + names[-1])
            publisher = _ld_names(item.get("publisher"))
            if publisher:
                found["source"] = publisher[0]
            section = _ld_text(item.get("articleSection"))
            if section:
                found["section"] = section
            for key, value in found.items():
                meta.setdefault(key, value)
    return meta


class _Tally:
    """The void elements (``<br>``, ``<img>``, ``<input>``) BeautifulSoup's
    ``html.parser`` builder has closed itself, whose ``</br>`` it then
    passes over: a count of each, for the list it keeps them in, which
    each end tag of the page was looked up in — a page of 100,000 ``<br>``
    took seconds per thousand end tags (quadratic). ``append``, ``remove``
    and ``in`` as that list's, so the tree built is the same."""

    def __init__(self) -> None:
        self._n: Counter[str] = Counter()

    def append(self, tag: str) -> None:
        self._n[tag] += 1

    def remove(self, tag: str) -> None:
        if not self._n[tag]:
            raise ValueError(f"{tag!r} not closed")
        self._n[tag] -= 1

    def __contains__(self, tag: object) -> bool:
        return self._n.get(tag, 0) > 0   # type: ignore[call-overload]


class _Reparse(Exception):
    """A page the parser of :func:`_builder` cannot read as bs4's own
    ``html.parser`` would (a ``</td>`` for a cell left open in a row read
    as a :class:`_Row`, where the tree holds no such cell): it is read by
    that one."""


def _builder() -> object:
    """The builder of the tree: BeautifulSoup's ``html.parser`` one, its
    parser keeping the void elements it closed in a :class:`_Tally` and
    making each row of a table of cells of text a :class:`_Row`; plain
    ``"html.parser"`` where bs4 has no such list or no way to give the
    parser its class (older versions), or where the builder does not read
    a small page as it should (:func:`_proven`)."""
    try:
        from bs4.builder._htmlparser import BeautifulSoupHTMLParser, HTMLParserTreeBuilder
    except ImportError:   # pragma: no cover - bs4 laid out otherwise
        return "html.parser"
    if "_parser_class" not in inspect.signature(HTMLParserTreeBuilder.feed).parameters:
        return "html.parser"   # pragma: no cover - an older bs4

    base = BeautifulSoupHTMLParser

    class Parser(base):
        """Also reads each row of a table whose cells hold only text and
        phrase elements into a :class:`_Row`: what the parser says after a
        ``<tr>`` is kept, as long as it is cells (``<td>``, ``<th>``), the
        phrase elements in them (``_PHRASE``, each closed by its own end
        tag in its cell), their text and the whitespace between them, up to
        the ``</tr>`` (or the end of the table part it is in, or the next
        ``<tr>``, which the parser nests in it, or in its last cell if that
        was left open); a cell left open holds the cells after it (the
        parser nests them). Anything else (another element in a cell, a
        comment…) and the row is built as it came, from what was kept.
        A ``</td>`` where a row read left a cell open (the parser would
        close that cell; there is none in the tree) raises
        :class:`_Reparse`."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            if isinstance(getattr(self, "already_closed_empty_element", None), list):
                self.already_closed_empty_element = _Tally()  # type: ignore[assignment]
            self._row: Tag | None = None   # the <tr> (or list, see _ITEMS) being read, if any
            self._items: tuple[str, ...] = ()   # the names of its cells
            # what the parser said since: a string of text as it is, a tag
            # as the tuple of its handler and arguments, one tuple for all
            # those of no attributes (a list of 300,000 items was 60 MB of
            # them)
            self._said: list[str | tuple[object, ...]] = []
            self._events: dict[tuple[object, ...], tuple[object, ...]] = {}
            self._cells: list[str] = []    # the text of each cell closed
            self._spaced: list[str] = []   # each one's strings, joined by spaces
            self._cell: list[str] | None = None   # the text of the open one, as it came
            self._cuts: list[int] = []     # where in it an element starts or ends
            self._open: list[str] = []     # the phrase elements open in it
            self._cell_names: list[str] = []   # the cells open, the outer first
            # the texts of the open cell before and between the cells in it
            # (those left open), and each one's strings joined by spaces
            self._texts: list[str] = []
            self._texts_spaced: list[str] = []
            # the rows read whose last cell was left open when the next row
            # came (what follows is in that cell), each with its place in
            # the parser's stack of open elements
            self._left_open: list[tuple[Tag, int]] = []
            # the chain (see _Chain) that nothing but its own elements and
            # text came in yet, if any: the innermost open element; the
            # text of its last piece so far
            self._chain: _Chain | None = None
            self._chain_data: list[str] = []
            # the chains with more than one of their elements open, each
            # with its place in the parser's stack of open elements (the
            # parser counts each of them open)
            self._deep: list[tuple[_Chain, int]] = []

        def handle_starttag(self, tag, attrs, handle_empty_element=True):  # type: ignore[no-untyped-def]
            if self._row is not None:
                if tag in self._items and not self._open:
                    # (a cell in a cell left open: the parser nests it)
                    self._say(base.handle_starttag, tag, attrs, handle_empty_element)
                    if self._cell is not None:
                        self._cut_text()
                    self._cell = []
                    self._cell_names.append(tag)
                    return
                if tag == "tr" == self._row.name and not self._open:
                    # (no </tr>: the parser nests this row in it, or in its
                    # last cell if that was left open)
                    self._end_row(close=False)
                elif self._cell is None:
                    pass
                elif tag in _PHRASE and not any(k in _CONTROL_KEYS and _control_attr(k, v)
                                                for k, v in attrs):
                    self._say(base.handle_starttag, tag, attrs, handle_empty_element)
                    self._open.append(tag)
                    self._cuts.append(len(self._cell))
                    return
                self._as_said()
            if self._chain is not None:
                if tag == self._chain.name and not _control_attrs(dict(attrs)):
                    self._chain_step(1)
                    return
                self._chain_end()
            if tag == "br" and handle_empty_element and not attrs and self._more_br():
                return
            base.handle_starttag(self, tag, attrs, handle_empty_element)
            if tag in _CHAINS:
                self._chain_start(tag, attrs)
            if tag not in _ITEMS:
                return
            soup = self.soup
            # (a title, or the <h1> that stands for it, is read without
            # spaces between its strings, and an article's first heading is
            # searched for a link: a row in one is left as it is)
            open_tags = getattr(soup, "open_tag_counter", None)
            if (open_tags is not None and not open_tags.get("title")
                    and not any(open_tags.get(h) for h in _HEADINGS)
                    and soup.currentTag is not None and soup.currentTag.name == tag):
                self._row, self._items = soup.currentTag, _ITEMS[tag]

        def handle_endtag(self, tag, check_already_closed=True):  # type: ignore[no-untyped-def]
            if self._row is not None:
                if self._open:
                    if tag == self._open[-1] and not (
                            check_already_closed and tag in self.already_closed_empty_element):
                        self._say(base.handle_endtag, tag, check_already_closed)
                        self._open.pop()
                        self._cuts.append(len(self._cell))   # type: ignore[arg-type]
                        return
                elif self._cell_names and tag == self._cell_names[-1]:
                    self._say(base.handle_endtag, tag, check_already_closed)
                    self._close_cell()
                    return
                elif tag == self._row.name and not (check_already_closed
                                                    and tag in self.already_closed_empty_element):
                    self._end_row()
                    return
                elif (tag in _TABLE_PARTS and self._row.name == "tr"
                      and self.soup.open_tag_counter.get(tag)):
                    # (the </tr> missing: this end tag closes the row too)
                    self._end_row(close=False)
                self._as_said()
            if self._chain is not None:
                if tag == self._chain.name and self._chain.depth > 1:
                    self._chain_step(-1)
                    return
                self._chain_end()
            if self._deep and tag == self._deep[-1][0].name and self._chain_closes(tag):
                return
            if tag in ("td", "th") and self._left_open and self._cell_left_open():
                raise _Reparse(tag)
            base.handle_endtag(self, tag, check_already_closed)
            if self._deep:
                self._chains_closed()

        def _chain_start(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            """The element just opened is made a :class:`_Chain` where it
            is the last of ``_CHAIN_AFTER`` + 1 of its name, each in the
            one before with only text before it, none a share control, in
            no title or heading (whose text is read without spaces)."""
            soup = self.soup
            stack = soup.tagStack
            n = _CHAIN_AFTER
            if len(stack) <= n + 1 or stack[-2].name != tag:
                return
            for el in stack[-n - 1:-1]:
                contents = el.contents
                if el.name != tag or type(el) is not Tag or not (
                        1 <= len(contents) <= 2
                        and (len(contents) == 1 or type(contents[0]) is NavigableString)):
                    return
            if _control_attrs(dict(attrs)):
                return
            open_tags = soup.open_tag_counter
            if open_tags.get("title") or any(open_tags.get(h) for h in _HEADINGS):
                return
            chain = stack[-1]
            chain.__class__ = _Chain
            chain._read = _Read()   # type: ignore[attr-defined]
            chain.pieces, chain.depth, chain.joined = [], 1, False   # type: ignore[attr-defined]
            chain.steps = bytearray()   # type: ignore[attr-defined]
            self._chain, self._chain_data = chain, []   # type: ignore[assignment]

        def _chain_step(self, step: int) -> None:
            """One more element of the open chain (``step`` 1: its start
            tag) or one less (-1: an end tag): the piece of text so far
            ends."""
            chain = self._chain
            chain.pieces.append("".join(self._chain_data))   # type: ignore[union-attr]
            chain.steps.append(step > 0)   # type: ignore[union-attr]
            self._chain_data = []
            self._deepen(chain, step)   # type: ignore[arg-type]

        def _deepen(self, chain: _Chain, step: int) -> None:
            chain.depth += step
            self.soup.open_tag_counter[chain.name] += step
            if step > 0 and chain.depth == 2:
                self._deep.append((chain, len(self.soup.tagStack) - 1))
            elif step < 0 and chain.depth == 1:
                self._deep.pop()

        def _chain_end(self) -> None:
            """Something else than its elements and text comes in the open
            chain: its last piece ends, and its pieces are joined into one
            string in it (what follows is after it)."""
            chain = self._chain
            chain.pieces.append("".join(self._chain_data))   # type: ignore[union-attr]
            self._chain, self._chain_data = None, []
            text = " ".join(p for p in chain.pieces if p)   # type: ignore[union-attr]
            if text:
                chain.joined = True   # type: ignore[union-attr]
                base.handle_data(self, text)

        def _chain_closes(self, tag: str) -> bool:
            """Whether the end tag ``tag`` closes one of the elements of the
            innermost chain with more than one open: that chain is the
            innermost open element of that name. What is open in it is
            closed, and an empty element of its name is put in it where
            the closed one ended."""
            chain, at = self._deep[-1]
            stack = self.soup.tagStack
            for i in range(len(stack) - 1, at, -1):
                if stack[i].name == tag:
                    return False
            self.soup.endData()
            while len(stack) - 1 > at:
                self.soup.popTag()
            self._chains_closed()   # (those in it)
            base.handle_starttag(self, tag, [], True)
            self.soup.currentTag.__class__ = _Closed
            base.handle_endtag(self, tag)
            self._deepen(chain, -1)
            return True

        def _chains_closed(self) -> None:
            """The chains with more than one element open that the parser
            closed (each counted once): the others are counted closed."""
            stack, counter = self.soup.tagStack, self.soup.open_tag_counter
            while self._deep:
                chain, at = self._deep[-1]
                if at < len(stack) and stack[at] is chain:
                    return
                counter[chain.name] -= chain.depth - 1
                self._deep.pop()

        def _more_br(self) -> bool:
            """Whether a ``<br>`` is counted in the one (or the :class:`_Brs`)
            just before it, with nothing between them, not made an element."""
            soup = self.soup
            if soup.current_data:   # (text between them)
                return False
            contents = soup.currentTag.contents
            last = contents[-1] if contents else None
            if isinstance(last, _Brs):
                last.count += 1
            elif type(last) is Tag and last.name == "br" and not last.attrs and not last.contents:
                last.__class__ = _Brs
                last._read = _Read()   # type: ignore[attr-defined]
                last.count = 2   # type: ignore[attr-defined]
            else:
                return False
            self.already_closed_empty_element.append("br")   # (as the parser does)
            return True

        def _cell_left_open(self) -> bool:
            """Whether a row read whose last cell was left open is still
            open (in the parser's stack): a ``</td>`` would close that cell."""
            stack = self.soup.tagStack
            while self._left_open:
                row, at = self._left_open[-1]
                if at < len(stack) and stack[at] is row:
                    return True
                self._left_open.pop()
            return False

        def handle_data(self, data):  # type: ignore[no-untyped-def]
            if self._chain is not None:
                self._chain_data.append(data)
                return
            if self._row is not None:
                if self._cell is not None:
                    self._cell.append(data)
                    self._said.append(data)
                    return
                if not data.strip(" \n\t\f\r"):   # (whitespace between cells)
                    self._said.append(data)
                    return
                self._as_said()
            base.handle_data(self, data)

        def handle_comment(self, data):  # type: ignore[no-untyped-def]
            self._as_said()
            if self._chain is not None:
                self._chain_end()
            base.handle_comment(self, data)

        def handle_decl(self, decl):  # type: ignore[no-untyped-def]
            self._as_said()
            if self._chain is not None:
                self._chain_end()
            base.handle_decl(self, decl)

        def unknown_decl(self, data):  # type: ignore[no-untyped-def]
            self._as_said()
            if self._chain is not None:
                self._chain_end()
            base.unknown_decl(self, data)

        def handle_pi(self, data):  # type: ignore[no-untyped-def]
            self._as_said()
            if self._chain is not None:
                self._chain_end()
            base.handle_pi(self, data)

        def close(self) -> None:
            super().close()
            self._as_said()
            if self._chain is not None:
                self._chain_end()

        def _cut_text(self) -> None:
            """The text of the open cell up to here (a cell in it starts or
            ends) is kept, and its strings (a string each run of text
            between its elements' tags, as the tree would hold them) joined
            by spaces."""
            cell, cuts = self._cell, self._cuts
            text = "".join(cell)   # type: ignore[arg-type]
            self._cell, self._cuts = None, []
            if not text and self._texts:
                return   # (none between two cells' ends: no block of its own)
            self._texts.append(text)
            if cuts:
                at = [0, *cuts, len(cell)]   # type: ignore[arg-type]
                strings = ("".join(cell[a:b]) for a, b in zip(at, at[1:]))  # type: ignore[index]
                self._texts_spaced.append(" ".join(s for s in strings if s))
            else:
                self._texts_spaced.append(text)

        def _close_cell(self) -> None:
            """The innermost cell read is closed: where it was in another,
            that one's text goes on; else the cell is kept (a string, or
            the tuple of its texts if it held cells)."""
            self._cut_text()
            self._cell_names.pop()
            if self._cell_names:
                self._cell = []
                return
            texts, spaced = self._texts, self._texts_spaced
            self._cells.append(texts[0] if len(texts) == 1 else tuple(texts))  # type: ignore[arg-type]
            self._spaced.append(spaced[0] if len(spaced) == 1 else " ".join(spaced))
            self._texts, self._texts_spaced = [], []

        def _end_row(self, close: bool = True) -> None:
            """The row read ends: it is made a :class:`_Row`, with the
            strings of its cells joined by spaces in it; ``close``: its
            ``</tr>`` closes it (else it is left open, where the parser
            would leave it)."""
            row = self._row
            left_open = bool(self._cell_names)
            while self._cell_names:   # (cells left open: the </tr> closes them)
                self._close_cell()
            cells, spaced = self._cells, self._spaced
            self._row, self._said, self._cells, self._spaced = None, [], [], []
            text = " ".join(spaced)
            if text:
                base.handle_data(self, text)
            if close:
                base.handle_endtag(self, row.name)  # type: ignore[union-attr]
            row.__class__ = _Row   # type: ignore[union-attr]
            row._read = _Read()    # type: ignore[union-attr]
            row.cells = cells      # type: ignore[union-attr]
            row.joined = bool(text)   # type: ignore[union-attr]
            row.open = left_open and not close   # type: ignore[union-attr]
            if row.open:   # type: ignore[union-attr]
                # (the next row is in its last cell, as is what follows)
                self._left_open.append((row, len(self.soup.tagStack) - 1))  # type: ignore[arg-type]

        def _say(self, *event: object) -> None:
            """Keep what the parser said (a tag's handler and arguments) for
            :meth:`_as_said`: a tag of no attributes as one tuple for all."""
            if event[0] is base.handle_starttag:
                if event[2]:   # (its attributes)
                    self._said.append(event)
                    return
                event = (event[0], event[1], (), event[3])
            self._said.append(self._events.setdefault(event, event))

        def _as_said(self) -> None:
            """The row being read built as the parser said it: it holds more
            than cells of text."""
            if self._row is None:
                return
            said = self._said
            self._row, self._said, self._cells, self._spaced = None, [], [], []
            self._cell, self._cuts, self._open, self._cell_names = None, [], [], []
            self._texts, self._texts_spaced = [], []
            for event in said:
                if type(event) is str:
                    base.handle_data(self, event)
                else:
                    handler, *args = event
                    handler(self, *args)  # type: ignore[operator]

    class Builder(HTMLParserTreeBuilder):
        def feed(self, markup, _parser_class=Parser):  # type: ignore[no-untyped-def]
            super().feed(markup, _parser_class)

    return Builder if _proven(Builder) else "html.parser"


#: The page a builder of :func:`_builder` is tried on before it is used:
#: void elements closed again, rows of text, of phrase elements, one left
#: open, one of a control (built as it came), text around them, rows and
#: cells left open, lists of items left open, <br> in a row, paragraphs
#: left open (a chain, closed one by one).
_PROBE = ('<p>One<br>two</br><img></img><br/>three</p><table><tbody>\n<tr><td>Kyiv</td>'
          '<td> 12 </td></tr>\n<tr><th><a href="/l">Lviv</a> <b>9</b>%</th><td>a &amp; b</td>'
          '\n<tr><td>Odesa</td><td/></tbody></table><p>Talks resumed. <a class="share-link">'
          'Share</a></p><table><tr><td><a class="share-link">Share</a></td></tr></table>'
          '<p>After.</p><table><tr><td>Rivne<td><b>4</b>\n<tr><td>Sumy<td>7</table>'
          '<ul><li>Kherson<li><a href="/m">Mykolaiv</a></li>\n</ul><dl><dt>Poltava<dd>3</dl>'
          '<p>Lines<br><br><br>end.</p><div>' + '<p>Tver' * (_CHAIN_AFTER + 3)
          + '</p>Oryol</p><b>Kursk</b></p>Orel</div>')


def _proven(builder: object) -> bool:
    """Whether ``builder`` reads :data:`_PROBE` as it is meant to with the
    bs4 installed: each row of text a :class:`_Row` (but the control's),
    the text of the page (paragraphs, and read with spaces) and the markup
    of its first paragraph (the void elements) those bs4's own
    ``html.parser`` gives. It leans on how bs4 lays out that parser, which
    a release may change; where this fails, that parser is used (the same
    text, slower and heavier on big tables and thousands of void
    elements)."""
    def read(soup: BeautifulSoup) -> tuple[object, ...]:
        out = _Text()
        _walk(soup, out)
        out.brk()
        return (out.paragraphs, _SPACE.sub(" ", soup.get_text(" ")).strip(),
                str(soup.find("p")))

    try:
        soup = BeautifulSoup(_PROBE, builder=builder())  # type: ignore[operator]
        rows = [isinstance(t, _Row) for t in soup.find_all(["tr", "ul", "dl"])]
        return (rows == [True, True, True, False, True, True, True, True]
                and isinstance(soup.find_all("div")[-1].find_previous_sibling("p").br, _Brs)
                and any(isinstance(p, _Chain) for p in soup.find_all("p"))
                and read(soup) == read(BeautifulSoup(_PROBE, "html.parser")))
    except Exception:   # noqa: BLE001 - (how a bs4 this was not written for fails)
        return False


_BUILDER: object = None


def _soup(html: str) -> BeautifulSoup:
    """``html`` parsed by :func:`_builder`'s builder. It leans on how bs4
    lays out its ``html.parser`` builder, which a release may change: where
    it fails on a page bs4's own ``"html.parser"`` reads, that one is used
    from then on (the same text, slower on a page of thousands of void
    elements, and heavier on a big table)."""
    global _BUILDER
    if _BUILDER is None:
        _BUILDER = _builder()
    if isinstance(_BUILDER, str):
        return BeautifulSoup(html, _BUILDER)
    try:
        return BeautifulSoup(html, builder=_BUILDER())  # type: ignore[operator]
    except _Reparse:
        return BeautifulSoup(html, "html.parser")
    except (AttributeError, TypeError):
        # (how an incompatible bs4 fails; a MemoryError on a huge page is
        # no such sign, and the page's own error is raised below)
        soup = BeautifulSoup(html, "html.parser")
        _BUILDER = "html.parser"   # a bs4 this was not written for: its plain parser
        return soup


def html_to_text(html: str) -> str:
    """The text of an HTML document: its title (else its first ``<h1>``)
    first, then one paragraph per block element, paragraphs separated by a
    blank line, one final newline (empty string for a page with no text)."""
    return html_document(html)[0]


def html_document(html: str) -> tuple[str, dict[str, str]]:
    """The text of an HTML document (see :func:`html_to_text`) and the
    metadata its markup gives (see :func:`html_metadata`).

    >>> html_document('<script type="application/ld+json">{"@type": "NewsArticle", '
    ...               '"datePublished": "2024-05-02T08:00:00Z"}</script><p>Text.</p>')
    ('Text.\\n', {'date': '2024-05-02'})
    """
    soup = _soup(html)
    meta = html_metadata(soup)
    _prune(soup)
    out = _Text()
    title = soup.find("title")
    if not (isinstance(title, Tag) and title.get_text().strip()):
        # no title: the page's first <h1> is its headline (the logo and menu
        # before it are not), repeated where it stands as a <title> would be
        title = soup.find("h1")
    if isinstance(title, Tag):
        out.text(title.get_text(""))
        out.brk()
    _walk(soup, out)
    out.brk()
    # the tree is cyclic garbage (each element points to its parent and
    # neighbours): left to the collector, whose full runs are rare, a page
    # of 100,000 elements stayed 100 MB after the documents that followed;
    # taken apart, it is freed here, by reference counting (the soup's own
    # decompose goes no further than itself: it is no element of the
    # chain of elements in document order, its children are)
    for child in soup.contents[:]:
        child.decompose()
    paragraphs = out.paragraphs
    # an <h1> that repeats the <title> stays: the pipeline's repeated-headline
    # rule removes it and records the change
    return ("\n\n".join(paragraphs) + "\n" if paragraphs else ""), meta


#: What may come before the root of an HTML document: whitespace, an XML
#: declaration, comments.
_PROLOG = re.compile(r"(?:\s+|<\?xml[^>]*>|<!--.*?-->)*", re.S)
_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body)(?=[\s>/])", re.I)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` (given under no HTML suffix: stdin, an unknown
    suffix) is an HTML document: after whitespace, an XML declaration and
    comments, it starts with ``<!DOCTYPE html`` or an ``<html>``, ``<head>``
    or ``<body>`` tag. Text that only mentions a tag, or a fragment of
    markup (a stray ``<p>``), is not.

    >>> looks_like_html("\\ufeff<!DOCTYPE html>\\n<html lang=en>")
    True
    >>> looks_like_html("<!-- saved -->\\n<HTML><BODY>")
    True
    >>> looks_like_html("Use <html> and <body> tags.")
    False
    >>> looks_like_html("<p>A paragraph</p>")
    False
    """
    head = text[:4096].lstrip("\ufeff")
    m = _PROLOG.match(head)
    return bool(_ROOT.match(head, m.end() if m else 0))
