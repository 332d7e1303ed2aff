"""H: stray HTML in a text document — tags and character entities.

Whole HTML documents are turned into text by the reader
(:mod:`cleaner.htmltext`) before the pipeline; these rules catch the markup
that leaks into text dumps.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable

from .. import lazyre, structure
from ..model import Context, Finding, Rule
from . import register

_BLOCK = ("p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|aside|"
          "figure|figcaption|table|thead|tbody|tr|td|th|hr|main|nav|dl|dt|dd|pre|address")
_INLINE = ("a|b|i|em|strong|u|s|span|small|sup|sub|mark|abbr|cite|q|time|font|center|"
           "img|picture|source|wbr|del|ins|code|kbd|var|label|button|input|meta|link")
_DROP_WITH_CONTENT = lazyre.compile(
    r"<(script|style|noscript|iframe|svg|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL)
_TAG = lazyre.compile(rf"</?(?:({_BLOCK})|(?:{_INLINE}))\b(?:\s[^<>]*)?/?>", re.IGNORECASE)
_ENTITY = lazyre.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


@register
class StrayHtmlTags(Rule):
    """HTML tags left in a text document are turned into text.

    ## What it does
    Removes tags of HTML elements (``<em>``, ``<a href=…>``); a block element's
    tag (``<p>``, ``<br>``, ``<div>``…) becomes a line break. Scripts, styles
    and comments are removed with their content. A ``<`` that does not open a
    known HTML tag (``a < b``) is left alone, and so is every tag in text
    taken from an HTML page (there, ``&lt;b&gt;`` was text on the page).

    ## Why
    Scrapers that take ``innerHTML`` instead of text leave markup behind.
    """

    code, name, stage = "H001", "stray-html-tag", "markup"
    example = ("<p>Kyiv <em>said</em> on Monday.</p>\n", "Kyiv said on Monday.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if "<" not in text or ctx.from_html:  # (a tag left in a parsed page was its text)
            return
        taken = []
        for m in _DROP_WITH_CONTENT.finditer(text):
            taken.append((m.start(), m.end()))
            yield self.finding("script, style or comment", m.start(), m.end(), "")
        for m in _TAG.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            yield self.finding(f"HTML tag {m.group()[:30]}", m.start(), m.end(),
                               "\n" if m.group(1) else "")


@register
class HtmlEntities(Rule):
    """HTML character entities become the characters they stand for.

    ## What it does
    Decodes named and numeric entities: ``&amp;`` -> ``&``, ``&#8217;`` -> ``’``.
    Text that only looks like an entity (``&foo;`` unknown to HTML) stays,
    and so does every entity in text taken from an HTML page (its parser
    decoded the page's entities once; what is left was written on the page).

    ## Why
    Double-escaped text is common in feeds and dumps.
    """

    code, name, stage = "H002", "html-entity", "markup"
    local = True
    example = ("Russia&#8217;s AT&amp;T\n", "Russia’s AT&T\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if "&" not in text or ctx.from_html:  # (an entity left in a parsed page was its text)
            return
        import html  # (here: its table of entities is not small, and most texts hold none)

        for m in _ENTITY.finditer(text):
            decoded = html.unescape(m.group())
            if decoded != m.group():
                yield self.finding(f"HTML entity {m.group()}", m.start(), m.end(), decoded)


#: Markdown's strong emphasis and emphasis, on one line: the markers hug
#: their text ("**Kyiv**", "*By Jane Smith*", "_said_"), which starts and
#: ends with a word or a quotation mark, and no letter or figure touches
#: them outside ("5 * 3", "file_name", "f***", a template's "{* name *}"
#: are no emphasis).
#:
#: A marker opens where no word, marker, backslash or "{" stands before it
#: and a word or an opening quotation mark follows; it closes after a word
#: or a sentence's end, before no word, marker or "}". An opener pairs with
#: the first closer of the same marker after it (``_emphasis``), as the
#: lazy pattern ``opener([^\n]+?)closer`` would, in linear time (that
#: pattern read the rest of the line from every opener that finds no
#: closer: a line of "*a " took seconds).
_OPEN = r"(?<![\w*_\\{])(MARK)(?=[^\W_]|[\"'“‘(\[])"
_CLOSE = r"(?<=[^\W_]|[.!?…\"'”’)\]])(MARK)(?![\w*_}])"
_MD_STRONG = (re.compile(_OPEN.replace("MARK", r"\*\*|__")), re.compile(_CLOSE.replace("MARK", r"\*\*|__")))
_MD_EMPH = (re.compile(_OPEN.replace("MARK", "[*_]")), re.compile(_CLOSE.replace("MARK", "[*_]")))


def _emphasis(line: str, marks: tuple[re.Pattern[str], re.Pattern[str]]
              ) -> Iterable[tuple[int, int, int, int]]:
    """The spans of emphasis in ``line``: (opener's start, text's start,
    text's end, closer's end), left to right, none overlapping. Each opener
    not inside an emphasis found pairs with the first closer of its marker
    that leaves at least one character between them; one without is none.
    (Two openers or two closers never overlap: a marker has no marker
    before its opener's text or after its closer's.)"""
    openers, closers = marks
    ends: dict[str, list[int]] = {}
    for m in closers.finditer(line):
        ends.setdefault(m.group(), []).append(m.start())
    pos = 0
    for m in openers.finditer(line):
        if m.start() < pos:
            continue
        mark = m.group()
        at = ends.get(mark, [])
        k = bisect.bisect_left(at, m.end() + 1)
        if k < len(at):
            yield m.start(), m.end(), at[k], at[k] + len(mark)
            pos = at[k] + len(mark)


#: A Markdown link, "[the report](https://…)": its text stays.
_MD_LINK = lazyre.compile(r"(?<![!\\])\[([^\[\]\n]+)\]\((?:https?://|www\.|/)[^\s()]*\)")
#: A Markdown heading, "## 1. Where will it go?" (a hash and a space: a
#: hashtag, "#Budget2024", has none), at the start of a line.
_MD_HEADING = lazyre.compile(r"^(#{1,6})[ \t]+(?=\S)", re.MULTILINE)
#: A Markdown quotation's mark, "> " at the start of a line.
_MD_QUOTE = lazyre.compile(r"^(?:>[ \t]?)+(?=\S)")


def _unfenced(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` outside its fenced code blocks
    (``structure.fenced_blocks``), each block taken from the start of its
    opening fence's line to the end of its closing fence's."""
    if "```" not in text and "~~~" not in text:
        return [(0, len(text))]
    ls = structure.lines(text)
    spans, pos = [], 0
    for k0, k1 in structure.fenced_blocks(ls):
        spans.append((pos, text.rfind("\n", 0, ls[k0].start) + 1))
        pos = text.find("\n", ls[k1].end)
        pos = len(text) if pos < 0 else pos
    spans.append((pos, len(text)))
    return spans


@register
class MarkdownMarkup(Rule):
    """Markdown's emphasis, links and heading marks are turned into text.

    ## What it does
    Removes the markers of emphasis around their text (``**Kyiv**``,
    ``*By Jane Smith*``, ``_said_`` -> ``Kyiv``, ``By Jane Smith``,
    ``said``), keeps a link's text (``[the report](https://…)`` -> ``the
    report``), takes the hashes off a heading (``## 1. Where will it
    go?`` -> ``1. Where will it go?``) and the mark off a quotation (``>
    "We are ready," she said.``), so that the rules after it read the
    line as the text it is (a byline in emphasis gives its author and
    date, M001). A marker that does not hug its text (``5 * 3``), a
    letter or a figure next to it (``file_name``, ``f***``), a hashtag
    (``#Budget2024``), a line indented as code and a fenced code block are
    left alone. A list's bullets (``- ``) stay: they are how a list is
    written in text too.

    ## Why
    Markdown is markup, as HTML is (H001): scrapers and converters that
    write it leave its markers in the text.
    """

    code, name, stage = "H003", "markdown-markup", "markup"
    example = ("## The vote\n\nThe council **approved** the [plan](https://example.org/plan).\n",
               "The vote\n\nThe council approved the plan.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not ("*" in text or "_" in text or "](" in text or "#" in text or ">" in text) \
                or ctx.from_html:
            return
        for a, b in _unfenced(text):
            part = text[a:b]
            pos = 0
            links = "](" in part
            for line in part.split("\n"):
                start = a + pos
                pos += len(line) + 1
                first = line[:1]
                if first in (" ", "\t"):
                    continue  # (indented: code, or a quotation's layout)
                m = _MD_HEADING.match(line) if first == "#" else None
                if m:
                    yield self.finding(f"Markdown heading '{m.group(1)}'", start, start + m.end(), "")
                elif first == ">" and (m := _MD_QUOTE.match(line)):
                    yield self.finding("Markdown quotation mark '>'", start, start + m.end(), "")
                if links and "](" in line:
                    for m in _MD_LINK.finditer(line):
                        yield self.finding("Markdown link", start + m.start(), start + m.end(),
                                           m.group(1))
                if "*" not in line and "_" not in line:
                    continue
                strong = list(_emphasis(line, _MD_STRONG))
                starts = [i for i, _, _, _ in strong]
                for i, i2, j, j2 in strong + list(_emphasis(line, _MD_EMPH)):
                    if i2 - i == 1:
                        # an emphasis inside a strong one, or across one, is none:
                        # the strong ones do not overlap, so the last that starts
                        # before this one's end is the one that could reach into it
                        k = bisect.bisect_left(starts, j2) - 1
                        if k >= 0 and strong[k][3] > i:
                            continue
                    mark = line[i:i2]
                    yield self.finding(f"Markdown emphasis '{mark}'", start + i, start + i2, "")
                    yield self.finding(f"Markdown emphasis '{mark}'", start + j, start + j2, "")
