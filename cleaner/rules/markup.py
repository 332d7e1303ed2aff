"""H: stray HTML in a text document — tags and character entities.

Whole HTML documents are turned into text by the reader
(:mod:`cleaner.htmltext`) before the pipeline; these rules catch the markup
that leaks into text dumps.
"""
from __future__ import annotations

import html
import re
from typing import Iterable

from ..model import Context, Finding, Rule
from . import register

_BLOCK = ("p|div|br|li|ul|ol|h[1-6]|blockquote|section|article|header|footer|aside|"
          "figure|figcaption|table|thead|tbody|tr|td|th|hr|main|nav|dl|dt|dd|pre|address")
_INLINE = ("a|b|i|em|strong|u|s|span|small|sup|sub|mark|abbr|cite|q|time|font|center|"
           "img|picture|source|wbr|del|ins|code|kbd|var|label|button|input|meta|link")
_DROP_WITH_CONTENT = re.compile(
    r"<(script|style|noscript|iframe|svg|template)\b[^>]*>.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL)
_TAG = re.compile(rf"</?(?:({_BLOCK})|(?:{_INLINE}))\b(?:\s[^<>]*)?/?>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


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
        for m in _ENTITY.finditer(text):
            decoded = html.unescape(m.group())
            if decoded != m.group():
                yield self.finding(f"HTML entity {m.group()}", m.start(), m.end(), decoded)
