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
styles and other non-content elements are dropped. Uses the standard
library's ``html.parser`` through BeautifulSoup, so there is nothing to
compile and the result is the same on every machine.

>>> html_to_text("<title>T</title><p>One <b>two</b></p><ul><li>a</li><li>b</li></ul>")
'T\\n\\nOne two\\n\\na\\n\\nb\\n'
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, Tag
from bs4.element import CData, ProcessingInstruction

#: Elements whose content is never text of the page.
DROP = frozenset({"script", "style", "noscript", "template", "svg", "math", "head",
                  "iframe", "object", "canvas", "button", "select", "textarea"})
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
#: A cell longer than this is a column of text, not a value.
MAX_CELL_CHARS = 120
#: How the cells of a row of a data table are joined on its line.
CELL_SEPARATOR = " | "


#: Stands for a ``<br>`` in the text of a paragraph while it is gathered.
_BR = "\x00"


class _Text:
    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._parts: list[str] = []

    def text(self, s: str) -> None:
        self._parts.append(s.replace(_BR, ""))

    def line(self) -> None:
        """A ``<br>``: a new line in the same paragraph."""
        self._parts.append(_BR)

    def brk(self) -> None:
        # the lines of a paragraph that <br>s break stay together, one a
        # line; two <br>s in a row (a blank line between them) end it
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


def _inline(node: Tag) -> str:
    """The text of ``node`` on one line."""
    out = _Text()
    _walk(node, out)
    out.brk()
    return " ".join(out.paragraphs).replace("\n", " ")


def _rows(table: Tag) -> list[str] | None:
    """The lines of a table of data, one a row, its cells joined by
    ``CELL_SEPARATOR``; None for a layout table (a cell holds a block
    element or a column of text), whose cells are paragraphs."""
    rows = []
    for tr in table.find_all("tr"):
        cells = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            if cell.find(LAYOUT) is not None:
                return None
            text = _inline(cell)
            if len(text) > MAX_CELL_CHARS:
                return None
            cells.append(text)
        if any(cells):
            rows.append(CELL_SEPARATOR.join(cells).strip())
    return rows or None


def _walk(node: Tag, out: _Text) -> None:
    for child in node.children:
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
        if name == "br":
            out.line()
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
        if name in BLOCK:
            out.brk()
            _walk(child, out)
            out.brk()
        else:
            _walk(child, out)


def html_to_text(html: str) -> str:
    """The text of an HTML document: its title (else its first ``<h1>``)
    first, then one paragraph per block element, paragraphs separated by a
    blank line, one final newline (empty string for a page with no text)."""
    soup = BeautifulSoup(html, "html.parser")
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
    paragraphs = out.paragraphs
    # an <h1> that repeats the <title> stays: the pipeline's repeated-headline
    # rule removes it and records the change
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


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
