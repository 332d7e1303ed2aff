"""Time the pipeline on pathological inputs at growing sizes and flag any
that grows faster than linearly (a development aid).

    python tools/stress_scaling.py                 # every generator, n 2n 4n
    python tools/stress_scaling.py --only url,json --base 50000 --steps 4
    python tools/stress_scaling.py --profile url   # cProfile one size
    python tools/stress_scaling.py --assume-language en   # every rule runs
    python tools/stress_scaling.py --only html-   # the HTML pages (prefix)

Scraped pages hold lines no article has: one 200 KB line, a word repeated
50,000 times, a URL of 20,000 characters, a minified script, thousands of
one-word or blank lines, a table row of thousands of cells. A regex that
backtracks, or a loop over lines that rescans the text, is invisible on
news text and takes minutes on these. Each generator makes a document of
about ``n`` characters; ``Pipeline().run`` is timed (CPU time, best of
``--repeat``) at n, 2n, 4n... in a child process that is killed after
``--timeout`` seconds. A case is flagged when a doubling costs more than
``--ratio`` times (2.5 by default: linear is 2, n log n a little more) or
when it takes more than ``--per-100k`` seconds per 100 KB. Sizes stay well
under the command line's default size limit (16 MB, cleaner.limits).
Exit 1 when any case is flagged.

The generators named ``html-…`` make HTML pages (``HTML_GENERATORS``):
thousands of sibling paragraphs or ``<br>``s, a huge attribute, script or
JSON-LD, JSON-LD nested thousands deep, big and nested tables (of text, of
links, of rows or cells left open), long lists (and items, terms, choices
left open), 50,000 links, attribute-heavy tags, spans nested or left open,
quotations nested thousands deep, share controls, ``<article>`` teasers,
markup that never closes, one text of megabytes. They are run as
the command line runs a ``.html`` file: ``htmltext.html_document`` and then
the pipeline on its text (``Document(from_html=True)``), both timed.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]

_WORDS = ("the minister said on Tuesday that talks with union leaders would resume "
          "next week after a breakdown over pay and working hours in several regions "
          "of the country where strikes have closed schools hospitals and ports").split()


def _prose(n: int, seed: int = 1, para: bool = False) -> str:
    """Sentences of news-like words, about ``n`` characters; with ``para``
    a blank line every few sentences."""
    rng = random.Random(seed)
    out, size, k = [], 0, 0
    while size < n:
        words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 22))]
        s = " ".join(words).capitalize() + "."
        k += 1
        sep = "\n\n" if para and k % 4 == 0 else " "
        out.append(s + sep)
        size += len(s) + len(sep)
    return "".join(out).strip() + "\n"


def _head(body: str) -> str:
    """A headline and a real paragraph around ``body``, as a page has."""
    return ("Talks resume after strike closes ports\n\n"
            "The minister said on Tuesday that talks with union leaders would resume "
            "next week.\n\n" + body + "\n\nUnions said they would consider the offer.\n")


def _rep(unit: str) -> Callable[[int], str]:
    return lambda n: _head(unit * max(1, n // len(unit)))


def _capwords(n: int) -> str:
    rng = random.Random(2)
    return _head(" ".join(rng.choice(_WORDS).capitalize() for _ in range(n // 6)))


def _url(n: int) -> str:
    rng = random.Random(3)
    path = "/".join("".join(rng.choice("abcdefghij0123456789-_") for _ in range(12))
                    for _ in range(n // 13))
    return _head("https://www.example.com/" + path + "?id=12&ref=home")


def _json(n: int) -> str:
    rng = random.Random(4)
    items, size = [], 0
    while size < n:
        item = json.dumps({"id": rng.randint(1, 10**6), "title": " ".join(rng.choice(_WORDS)
                           for _ in range(5)), "tags": ["a", "b"], "url": "/x/y?z=1",
                           "nested": {"k": [1, 2, {"v": None}]}}, separators=(",", ":"))
        items.append(item)
        size += len(item) + 1
    return _head("[" + ",".join(items) + "]")


def _js(n: int) -> str:
    unit = ('var a=function(b,c){if(b&&c.length>0){return b.map(function(d){return d.x+"'
            '"+c[0]}).join(",")}else{return null}};window.dataLayer=window.dataLayer||[];')
    return _head(unit * max(1, n // len(unit)))


def _oneword(n: int) -> str:
    rng = random.Random(5)
    return _head("\n".join(rng.choice(_WORDS).capitalize() for _ in range(n // 7)))


def _menu_words(n: int) -> str:
    """A menu of a page's sections, one word a line, in no order."""
    rng = random.Random(12)
    sections = ("News Sport Business Weather Culture Travel Opinion Video Live Home "
                "World Politics Health Science Tech").split()
    return _head("\n".join(rng.choice(sections) for _ in range(n // 7)))


def _blank(n: int) -> str:
    return _head("\n" * n)


def _space_lines(n: int) -> str:
    return _head("  \n" * (n // 3))


def _cjk_lines(n: int) -> str:
    rng = random.Random(8)
    chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府"
    return _head("\n".join("".join(rng.choice(chars) for _ in range(30)) + "。"
                           for _ in range(n // 31)))


def _cyrillic_lines(n: int) -> str:
    rng = random.Random(9)
    words = "министр заявил во вторник что переговоры с профсоюзами возобновятся".split()
    return _head("\n".join(" ".join(rng.choice(words) for _ in range(6))
                           for _ in range(n // 60)))


def _lines(make: Callable[[int], str], size: int) -> Callable[[int], str]:
    """Lines ``make(i)``, about ``n`` characters, as a page's list of them."""
    return lambda n: _head("".join(make(i) for i in range(max(1, n // size))))


def _table(n: int) -> str:
    return _head("|" + "|".join(f" cell {i % 97} " for i in range(n // 10)) + "|")


def _table_rows(n: int) -> str:
    return _head("\n".join(f"| {i} | Name {i % 13} | {i * 7 % 1000} | yes |"
                           for i in range(n // 30)))


def _nested(n: int) -> str:
    return _head("(" * (n // 2) + ")" * (n // 2))


def _nested_open(n: int) -> str:
    return _head("Some text (" + "(" * n)


def _square(n: int) -> str:
    return _head("[" * (n // 2) + "word" + "]" * (n // 2))


def _digits(n: int) -> str:
    rng = random.Random(6)
    return _head("".join(rng.choice("0123456789") for _ in range(n)))


def _punct(n: int) -> str:
    rng = random.Random(7)
    return _head("".join(rng.choice("!?.,;:-–—…'\"*#/") for _ in range(n)))


def _digit_punct(n: int) -> str:
    return _head("1.2,3:4-5/6 " * (n // 12))


def _spaces(n: int) -> str:
    return _head("word" + " " * n + "word")


def _html(n: int) -> str:
    return _head('<div class="a"><span>x</span>&amp;' * (n // 35))


def _open_tags(n: int) -> str:
    return _head("<a " * (n // 3))


# -- HTML pages ---------------------------------------------------------------

def _page(body: str, head: str = "") -> str:
    """An HTML page around ``body``: a title, a headline and a paragraph."""
    return ("<!DOCTYPE html><html><head><title>Talks resume after strike closes ports"
            f"</title>{head}</head><body><h1>Talks resume after strike closes ports</h1>"
            "<p>The minister said on Tuesday that talks with union leaders would resume "
            f"next week.</p>{body}<p>Unions said they would consider the offer.</p>"
            "</body></html>")


def _html_rep(unit: str, head: bool = False) -> Callable[[int], str]:
    """``unit`` repeated to about ``n`` characters, in the body (or head)."""
    def make(n: int) -> str:
        run = unit * max(1, n // len(unit))
        return _page("", run) if head else _page(run)
    return make


def _html_wrap(open_: str, close: str, inner: str = "x") -> Callable[[int], str]:
    """``open_`` repeated, ``inner``, then ``close`` as often: nested ``n``
    characters deep (about)."""
    def make(n: int) -> str:
        k = max(1, n // (len(open_) + len(close)))
        return _page(open_ * k + inner + close * k)
    return make


def _html_attr(n: int) -> str:
    return _page(f'<p data-x="{"a" * n}">An attribute of {n} characters.</p>')


def _html_script(n: int) -> str:
    return _page("<script>var a = [" + "1, " * (n // 3) + "];</script>")


def _html_style(n: int) -> str:
    return _page("<style>" + ".a{color:red}" * (n // 13) + "</style>")


def _html_ld(n: int) -> str:
    items = ", ".join(f'{{"@type": "Thing", "name": "Item {i}"}}' for i in range(n // 36))
    return _page("", '<script type="application/ld+json">{"@type": "NewsArticle", '
                 f'"datePublished": "2024-05-02", "@graph": [{items}]}}</script>')


def _html_ld_deep(n: int) -> str:
    k = max(1, n // 2)
    return _page("", '<script type="application/ld+json">' + "[" * k + "]" * k + "</script>")


def _html_table(n: int) -> str:
    row = "<tr>" + "<td>12</td>" * 50 + "</tr>"
    return _page("<table>" + row * max(1, n // len(row)) + "</table>")


def _html_table_links(n: int) -> str:
    row = "<tr>" + "".join(f'<td><a href="/t/{i}">{i * 7}</a></td>' for i in range(50)) + "</tr>"
    return _page("<table>" + row * max(1, n // len(row)) + "</table>")


def _html_table_open(n: int, cell: str = "<td>12</td>") -> str:
    row = "<tr>" + cell * 50 + "\n"
    return _page("<table><tbody>" + row * max(1, n // len(row)) + "</tbody></table>")


def _html_attrs(n: int) -> str:
    tag = "<span " + " ".join(f'data-k{i}="v{i}"' for i in range(40)) + ">word</span> "
    return _page("<p>" + tag * max(1, n // len(tag)) + "</p>")


def _html_title(n: int) -> str:
    return _page("", "<title>" + _prose(n).strip() + "</title>")


def _html_articles(n: int) -> str:
    unit = ('<article><h2><a href="/story">Talks resume after strike</a></h2>'
            "<p>The minister said talks would resume.</p></article>")
    return _page(unit * max(1, n // len(unit)))


def _html_boxes(n: int) -> str:
    unit = "<aside><p>Sign up to our newsletter.</p></aside><p>The minister said.</p>"
    return _page("<article>" + unit * max(1, n // len(unit)) + "</article>")


HTML_GENERATORS: dict[str, Callable[[int], str]] = {
    "html-paragraphs": _html_rep("<p>The minister said talks would resume.</p>"),
    "html-brs": lambda n: _page("<p>" + "word<br>" * (n // 8) + "</p>"),
    "html-bare-brs": lambda n: _page("<p>" + "<br>" * (n // 4) + "</p>"),
    "html-attr": _html_attr,
    "html-script": _html_script,
    "html-style": _html_style,
    "html-json-ld": _html_ld,
    "html-json-ld-deep": _html_ld_deep,
    "html-table": _html_table,
    "html-table-links": _html_table_links,
    "html-table-open-rows": _html_table_open,
    "html-table-open-cells": lambda n: _html_table_open(n, "<td>12"),
    "html-table-open-link-cells": lambda n: _html_table_open(n, '<td><a href="/t">12</a>'),
    "html-nested-tables": _html_wrap("<table><tr><td>", "</td></tr></table>"),
    "html-list": _html_rep("<li>The minister said talks would resume.</li>"),
    "html-open-items": _html_rep("<li>The minister said talks would resume. "),
    # items, terms and choices left open, each nested in the one before
    "html-open-short-items": lambda n: _page("<ul>" + "<li>x" * (n // 5) + "</ul>"),
    "html-open-terms": lambda n: _page("<dl>" + "<dt>Term<dd>Meaning" * (n // 19) + "</dl>"),
    "html-open-options": lambda n: _page("<form><select>" + "<option>Item" * (n // 12)
                                         + "</select></form>"),
    "html-links": lambda n: _page("<p>" + '<a href="/story/123">Talks</a> ' * (n // 32) + "</p>"),
    "html-nav-links": _html_rep('<div><a href="/section/news">News</a></div>'),
    "html-nested-spans": _html_wrap("<span>", "</span>"),
    "html-open-spans": _html_rep("<span>x "),
    "html-attrs": _html_attrs,
    "html-many-attrs": lambda n: _page("<p " + " ".join(f"a{i}=v" for i in range(n // 8))
                                       + ">x</p>"),
    "html-nested-divs": _html_wrap("<div>", "</div>"),
    "html-unclosed-b": _html_rep("<b>x "),
    "html-unclosed-p": _html_rep("<p>The minister said talks would resume. "),
    # elements left open, each nested in the one before (see htmltext._Chain)
    "html-unclosed-short-p": _html_rep("<p>x"),
    "html-unclosed-p-in-item": lambda n: _page("<ul><li>" + "<p>x" * (n // 4) + "</ul>"),
    "html-unclosed-divs": _html_rep("<div>x"),
    "html-unclosed-fonts": _html_rep("<font face=Arial>x "),
    "html-unclosed-spans": _html_rep('<span class="c">x '),
    "html-bare-options": _html_rep("<option>x"),
    "html-open-rows": lambda n: _page("<table>" + "<tr><td>x</td>" * (n // 14) + "</table>"),
    "html-unclosed-articles": _html_rep('<article><h2><a href="/story">Talks resume</a></h2>'
                                        "<p>The minister said. <aside>Sign up. "),
    "html-nested-articles": _html_wrap("<article><p>Para text here.</p>", "</article>", ""),
    "html-nested-boxes": lambda n: _page("<article>" + _html_wrap(
        "<aside><p>Box.</p>", "</aside>", "")(n) + "</article>"),
    "html-nested-blockquotes": _html_wrap("<blockquote><p>Para text here is long enough "
                                          "to be looked at.</p>", "</blockquote>", ""),
    "html-deep-blockquotes": _html_wrap("<blockquote>", "</blockquote>",
                                        "<p>A quotation at the bottom of the nest.</p>"),
    "html-share-spans": _html_wrap('<span class="share-button">', "</span>", "Share"),
    "html-share-siblings": _html_rep('<p>Text <a class="share-link">Share</a> '
                                     '<a class="share-link">Tweet</a> | 12 </p>'),
    "html-share-flat": lambda n: _page("<p>The minister said. " + '<a class="share-link">'
                                       "Share</a> | " * (n // 36) + "</p>"),
    "html-articles": _html_articles,
    "html-boxes": _html_boxes,
    "html-blockquotes": _html_rep("<p>The minister said talks would resume on Tuesday "
                                  "after a breakdown over pay and hours in ports.</p>"
                                  "<blockquote>A quote of its own said here.</blockquote>"),
    "html-figcaptions": _html_rep("<figure><img src=x><figcaption>A harbour. Photo: "
                                  "Jane Doe/Agency</figcaption></figure>"),
    "html-labels": _html_rep('<form><label>Email <input name=e></label></form>'),
    "html-title": _html_title,
    "html-lt": _html_rep("<"),
    "html-lt-word": _html_rep("< a"),
    "html-open-comment": lambda n: _page("<!-- " + "x" * n),
    "html-comments": _html_rep("<!-- c -->x"),
    "html-cdata": _html_rep("<![CDATA[x]]>"),
    "html-entities": _html_rep("&amp;&#8217;&nbsp;"),
    "html-nbsp": lambda n: _page("<p>" + "&nbsp;" * (n // 6) + "</p>"),
    "html-text-node": lambda n: _page("<p>" + _prose(n).strip() + "</p>"),
    "html-unclosed-attr": lambda n: _page('<p class="' + "x " * (n // 2)),
}


GENERATORS: dict[str, Callable[[int], str]] = {
    "long-line": lambda n: _head(_prose(n).strip()),
    "prose-no-breaks": lambda n: _prose(n),
    "prose-paragraphs": lambda n: _prose(n, para=True),
    "rep-a": _rep("a "),
    "rep-A.": _rep("A. "),
    "rep-dots": _rep("..."),
    "rep-ellipsis": _rep("…"),
    "rep-dash": _rep("— "),
    "rep-hyphen": _rep("- "),
    "rep-word-space": _rep("word "),
    "rep-quote": _rep("' "),
    "rep-dquote": _rep('"a" '),
    "rep-initials": _rep("J.R. "),
    "rep-at": _rep("@"),
    "rep-by": _rep("By "),
    "rep-the": _rep("the "),
    "rep-comma": _rep(", "),
    "rep-space-dot": _rep("word . "),
    "rep-bang": _rep("!?"),
    "rep-quotes": _rep("“”"),
    "same-lines": _rep("Share this article\n"),
    "same-paragraphs": _rep("The minister said on Tuesday that talks would resume.\n\n"),
    "rep-sentence": _rep("The minister said talks would resume. "),
    "capwords": _capwords,
    "url": _url,
    "json": _json,
    "js": _js,
    "one-word-lines": _oneword,
    "blank-lines": _blank,
    # many tiny lines, each a paragraph or a line of its own, that the
    # rules remove or judge one by one (per-line memory and time: a page
    # of 300,000 such lines took 480 MB and 10 s of CPU)
    "tiny-paragraphs": _rep("x\n\n"),
    "share-paragraphs": _rep("Share\n\n"),
    "figure-paragraphs": _lines(lambda i: f"{i % 100}\n\n", 4),
    "read-more-lines": _rep("Read more\n"),
    "menu-word-lines": _menu_words,
    "space-lines": _space_lines,
    "cjk-lines": _cjk_lines,
    "cyrillic-lines": _cyrillic_lines,
    "byline-lines": _lines(lambda i: f"By Jane Smith{i % 10}\n", 16),
    "credit-lines": _lines(lambda i: "Photo: AAP\n", 11),
    "date-lines": _lines(lambda i: f"Updated: {i % 28 + 1} March 2024 10:{i % 60:02d}\n", 30),
    "label-lines": _lines(lambda i: f"Read more: Talks resume {i} times\n", 32),
    "title-paragraphs": _lines(lambda i: f"Talks Resume After Strike {i} Closes Ports\n\n", 42),
    "teaser-grid": _lines(lambda i: (f"Talks resume after strike {i} closes ports\n\n3 hours ago\n\n"
                                     "The minister said talks would resume.\n\n"), 90),
    # an advert's slot: a run of them, between paragraphs, over teasers
    "ad-slot-lines": _rep("Advertisement\n\n"),
    "ad-slot-menu": _rep("Advertisement\n\nGardening tips\n\n"),
    "ad-slot-paragraphs": _lines(lambda i: (f"The minister said on Tuesday that talks with the "
                                            f"unions would resume in {i} days.\n\n"
                                            "Advertisement\n\n"), 100),
    "ad-slot-teasers": _lines(lambda i: ("The minister said on Tuesday that talks with the unions "
                                         "would resume next week.\n\nADVERT\n\n"
                                         f"Storm closes coast road for {i} days\n\n"
                                         "Drivers were told to find another way into town.\n\n"),
                              170),
    # under each slot a paragraph naming the story's people, with a
    # teaser's trailer under it (each read for its copies further down)
    "ad-slot-trailers": _lines(lambda i: ("Minister Okafor said on Tuesday that talks with the "
                                          f"unions would resume in {i} weeks.\n\nAdvertisement"
                                          f"\n\nOkafor will visit the harbour in {i} days to meet "
                                          "the fishing crews there.\n\nBy Tom Hale\n\n"), 190),
    # a how-to's steps that hold a notice's phrase, each judged by the run
    # of steps around it (read so far up and down at most)
    "howto-steps": _lines(lambda i: (f"Enter your email address and tap Continue {i}.\n\n"
                                     "Sign in to your account and open Settings\n\n"), 90),
    # a sentence of an article with two of C4's cues (B102) beside a long
    # paragraph of quotations and "us" (its words outside its quotations
    # are read once)
    "quoted-voice": lambda n: ("Club fees rise\n\nNew members can sign up for the club's annual "
                               "subscription, which costs $99 a year.\n\n" + "“us” and " * (n // 9)
                               + "and the subscription ends.\n"),
    "comment-thread": _lines(lambda i: (f"Margaret O'Neil\n\n{i % 50 + 1} hours ago\n\n"
                                        "I have lived on the quay for thirty years now.\n\n"
                                        "Reply\n\n"), 85),
    "comment-heads": _lines(lambda i: ("Tom Baker says:\n\nMargaret O'Neil\n\n"
                                       "I have lived on the quay for thirty years now.\n\n"), 80),
    # heads of other comment systems, one line each ("said on … :",
    # "Posted by", "| Reply")
    "said-on-heads": _lines(lambda i: (f"reader_{i % 7} said on March {i % 28 + 1}, 2024:\n\n"
                                       "I have lived on the quay for thirty years now.\n\n"), 88),
    "posted-by-heads": _lines(lambda i: (f"Posted by reader_{i % 7} on March {i % 28 + 1}, 2024 "
                                         "at 10:15 am\n\nI have lived on the quay for years.\n\n"),
                              88),
    "button-heads": _lines(lambda i: (f"reader_{i % 7} | {i % 28 + 1} March 2024 | Reply\n\n"
                                      "I have lived on the quay for thirty years now.\n\n"), 83),
    # captions told by their words: many lines, and one line of many keys
    "worded-captions": _lines(lambda i: ("This satellite image from the agency shows fires (red) "
                                         "near the city on Monday.\n\n"), 83),
    "colour-keys-line": lambda n: "The map " + "shows (red) and (in blue) " * (n // 26) + "\n",
    # a bare colour's bracket beside place keys, many on one line
    "place-keys-line": lambda n: "Areas " + "in red (left) show (blue) the areas (red) " * (n // 42)
    + "\n",
    # a letters page: letters, titled, each signed with a name and a town
    "letter-signatures": _lines(lambda i: (f"Late buses {i}\n\nThe number 12 bus has been late "
                                           "every morning this month.\n\n"
                                           f"Margaret Hale{i}, Dunmore\n\n"), 92),
    # calls to download a named app between a review's paragraphs, each
    # app another (its name looked for in the paragraphs)
    "app-calls": _lines(lambda i: (f"The Nimbus{i} Pods are the best buds the firm has made so far, "
                                   "with a fit that stays put.\n\n"
                                   f"Download the Nimbus{i} app on your phone.\n\n"), 120),
    # the headline again and again, sentences between its copies
    "headline-copies": lambda n: ("Council votes to close the old library\n\n"
                                  + "Ferry fares rise again for the winter on every route.\n\n"
                                  "Council votes to close the old library\n\n" * (n // 94)),
    "ellipsis-credits": _lines(lambda i: "Smoke over the harbour.Credit...Jane Doe/Agency\n\n",
                               50),
    "forum-thread": _lines(lambda i: (f"riverside_dave {i % 90 + 1} points {i % 50 + 1} hours ago [-]\n\n"
                                      "I have lived on the quay for thirty years now.\n\n"
                                      "reply\n\n"), 92),
    "liveblog-entries": _lines(lambda i: (f"Jo Bloggs\n\n{i % 12 + 1} hours ago\n\n"
                                          "The coast road will stay closed until the winds drop.\n\n"
                                          "Share\n\n"), 95),
    "liveblog-events": _lines(lambda i: f"{i % 12 + 1} hours ago Coast road closed\n\n", 32),
    # (a list of key events, cut short, over its entries, again and again:
    # each list is read against the lines below it)
    "liveblog-event-boxes": _lines(lambda i: (f"Key events\n\n{i % 12 + 1} hours ago Coast road reop…\n\n"
                                              f"{i % 12 + 2} hours ago Ferry crossings…\n\n"
                                              f"{i % 12 + 1} hours ago\n\nCoast road reopens {i}\n\n"
                                              "The coast road will stay closed until the winds drop.\n\n"
                                              f"{i % 12 + 2} hours ago\n\nFerry crossings {i}\n\n"
                                              "The ferries will not sail until the winds drop.\n\n"), 260),
    "liveblog-titled-bodies": _lines(lambda i: (f"{i % 12 + 1} hours ago\n\nCoast road closed\n\n"
                                                "The coast road will stay closed until the winds drop.\n\n"
                                                "Police ask drivers to keep away from the harbour.\n\n"), 140),
    "voiced-comments": _lines(lambda i: (f"Margaret O'Neil\n\n{i % 50 + 1} hours ago\n\n"
                                         "I have lived on the quay for thirty years now.\n\n"), 80),
    # (authors over dates and times of day, each comment in a reader's
    # voice or a reader's reaction: a thread of dated comments with no
    # button; and short lines with figures over a reader's voice that are
    # no comment's time, each read as one)
    "dated-comments": _lines(lambda i: (f"Reader {''.join(chr(97 + int(d)) for d in str(i)).capitalize()}\n\n"
                                        f"March {i % 28 + 1}, 2024 at {i % 12 + 1}:15 am\n\n"
                                        "Great article!! I have lived on the quay for years.\n\n"), 90),
    "figures-over-voice": _lines(lambda i: (f"{i} boats\n\nAgreed!! I have lived on the quay.\n\n"), 45),
    "bullet-lines": _lines(lambda i: f"• Item number {i}\n", 16),
    "numbered-lines": _lines(lambda i: f"{i}. Item number {i}\n", 20),
    "table-row": _table,
    "table-rows": _table_rows,
    "nested-parens": _nested,
    "open-parens": _nested_open,
    "nested-square": _square,
    "digits": _digits,
    "punct": _punct,
    "digit-punct": _digit_punct,
    "spaces": _spaces,
    "html": _html,
    "open-tags": _open_tags,
    **HTML_GENERATORS,
}

#: Sizes per generator where the default is too large or too small.
BASE = {"prose-no-breaks": 250_000, "prose-paragraphs": 250_000,
        # 1,000 rows of 50 cells (and 2,000, 4,000): fewer take too little time to judge
        "html-table": 560_000, "html-table-links": 560_000, "html-table-open-rows": 560_000,
        "html-table-open-cells": 300_000, "html-table-open-link-cells": 300_000}


def _pipeline(assume: str):
    sys.path.insert(0, str(ROOT))
    from cleaner import Pipeline, Settings
    return Pipeline(settings=Settings(assume_language=assume or None))


def _runner(name: str, p):
    """What is timed for generator ``name``: the pipeline on its text, or,
    for an HTML page, its extraction and then the pipeline (as the command
    line runs a ``.html`` file)."""
    if name not in HTML_GENERATORS:
        return p.run
    from cleaner import Document
    from cleaner.htmltext import html_document

    def run(page: str):
        text, meta = html_document(page)
        meta.pop("source", None)
        return p.run(Document(text, metadata=meta, from_html=True))
    return run


def _child(name: str, n: int, repeat: int, assume: str,
           q: "mp.Queue[float | str]") -> None:
    p = _pipeline(assume)
    text = GENERATORS[name](n)
    run = _runner(name, p)
    run("<p>Warm up.</p>" if name in HTML_GENERATORS else "Warm up.\n")
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        try:
            run(text)
        except Exception as e:  # noqa: BLE001 - a failure is a finding too
            q.put(f"{type(e).__name__}: {e}")
            return
        best = min(best, time.process_time() - t)
    q.put(best)


def measure(name: str, n: int, repeat: int, timeout: float,
            assume: str = "") -> float | str | None:
    """CPU seconds of one run at size n, None when it timed out, or the
    error it raised."""
    q: "mp.Queue[float | str]" = mp.Queue()
    proc = mp.Process(target=_child, args=(name, n, repeat, assume, q))
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.kill()
        proc.join()
        return None
    return q.get() if not q.empty() else "no result (crashed)"


def profile(name: str, n: int, assume: str = "") -> None:
    import cProfile
    import pstats
    p = _pipeline(assume)
    text = GENERATORS[name](n)
    run = _runner(name, p)
    run("<p>Warm up.</p>" if name in HTML_GENERATORS else "Warm up.\n")
    pr = cProfile.Profile()
    pr.enable()
    run(text)
    pr.disable()
    pstats.Stats(pr).sort_stats("tottime").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="", help="comma-separated generator names")
    ap.add_argument("--base", type=int, default=0, help="first size n (characters)")
    ap.add_argument("--steps", type=int, default=3, help="sizes n, 2n, ... (default 3)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--ratio", type=float, default=2.5)
    ap.add_argument("--per-100k", type=float, default=3.0)
    ap.add_argument("--profile", default="", help="cProfile one generator at --base")
    ap.add_argument("--assume-language", default="", metavar="CODE",
                    help="skip detection (every rule runs on the garbage a "
                    "generator makes, as on a page detected as English)")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    if args.list:
        print("\n".join(GENERATORS))
        return 0
    if args.profile:
        profile(args.profile, args.base or BASE.get(args.profile, 50_000), args.assume_language)
        return 0
    wanted = [s for s in args.only.split(",") if s]
    # a name, or a prefix ending in "-" ("html-": every HTML page)
    names = ([g for w in wanted for g in GENERATORS
              if g == w or (w.endswith("-") and g.startswith(w))] if wanted
             else list(GENERATORS))
    flagged = []
    for name in names:
        n0 = args.base or BASE.get(name, 50_000)
        times: list[float | str | None] = []
        for k in range(args.steps):
            t = measure(name, n0 << k, args.repeat, args.timeout, args.assume_language)
            times.append(t)
            if not isinstance(t, float):
                break
        # a ratio of times too short to tell (below 0.05 s) is not judged
        ratios = [b / a if isinstance(b, float) and isinstance(a, float) and a > 0.05 else None
                  for a, b in zip(times, times[1:])]
        bad = (not all(isinstance(t, float) for t in times)
               or any(r is not None and r > args.ratio for r in ratios)
               or any(isinstance(t, float) and t / ((n0 << k) / 100_000) > args.per_100k
                      for k, t in enumerate(times)))
        shown = " ".join("timeout" if t is None else f"{t:.2f}s" if isinstance(t, float)
                         else t for t in times)
        rs = " ".join("-" if r is None else f"{r:.2f}" for r in ratios)
        print(f"{'FLAG' if bad else 'ok  '} {name:18} n={n0:>8}  {shown:36} x{rs}", flush=True)
        if bad:
            flagged.append(name)
    if flagged:
        print("flagged:", ",".join(flagged))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
