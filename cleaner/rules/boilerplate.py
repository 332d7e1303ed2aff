"""B0: boilerplate that a phrase list or the headline identifies — page
chrome, share bars, teasers, promo links, consent blurbs, footers, and the
headline's breadcrumbs and repeats. The phrase lists are data
(``cleaner/data/boilerplate.toml``); the general block heuristics are B1
(:mod:`cleaner.rules.blocks`)."""
from __future__ import annotations

import functools
import re
from typing import Iterable

from .. import prefilter, resources, structure
from ..model import Context, Finding, Rule
from ..structure import Line, normalise, words
from . import register

_SEPARATORS = "|:–—>»›•·-"


class LineRule(Rule):
    """A rule that removes whole lines: subclasses define ``match``."""

    stage = "lines"

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        raise NotImplementedError

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        ls = structure.lines(text)
        for line in ls:
            message = self.match(line, ls, ctx)
            if message:
                yield self.drop_line(text, line.start, line.end, message)


@register
class HeadlineAffix(Rule):
    """Breadcrumbs or a site name glued to the headline are removed.

    ## What it does
    When the first line is a later line of the document (the headline as the
    page shows it) with a few words before it (breadcrumbs: ``News World``) or
    after a separator (a site name: ``- Site``), the first line becomes the
    headline alone. The breadcrumbs go to metadata ``section``, the site name
    to ``source``.

    ## Why
    Page titles and breadcrumb trails are navigation glued to the headline.
    """

    code, name, stage = "B001", "headline-affix", "headline"
    example = ("News World Troops sent to the border\n\nTroops sent to the border\n",
               "Troops sent to the border\n\nTroops sent to the border\n")
    SEARCH_LINES = 200
    MAX_AFFIX_WORDS = 6

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        ls = structure.lines(text)
        if len(ls) < 2:
            return
        head = ls[0].text
        for line in ls[1:self.SEARCH_LINES]:
            c = line.text
            if len(c) >= len(head) or len(words(c)) < 3 or c not in head:
                continue
            i = head.index(c)
            crumbs = head[:i].strip()
            affix = head[i + len(c):].strip()
            site = affix.lstrip(_SEPARATORS).strip()
            if crumbs and (len(words(crumbs)) > self.MAX_AFFIX_WORDS
                           or structure.ends_like_sentence(crumbs)):
                continue
            if affix and (affix[:1] not in _SEPARATORS or not site
                          or len(words(site)) > self.MAX_AFFIX_WORDS):
                continue
            meta = {}
            parts = []
            if crumbs:
                meta["section"] = crumbs
                parts.append(f"breadcrumbs '{crumbs}' before")
            if site:
                meta["source"] = site
                parts.append(f"site name '{site}' after")
            yield self.finding(" and ".join(parts) + " the headline", ls[0].start, ls[0].end,
                               c, metadata=meta)
            return


@register
class RepeatedHeadline(LineRule):
    """A later copy of the headline is removed.

    ## What it does
    Removes lines that repeat the first line (case, punctuation and spacing
    aside).

    ## Why
    Pages show the headline in the title, the breadcrumb and the article; a
    text needs it once.
    """

    code, name = "B004", "repeated-headline"
    example = ("Troops sent to the border\n\nShare\n\nTroops sent to the border\n\nText.\n",
               "Troops sent to the border\n\nShare\n\nText.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        if line.index > 0 and normalise(line.text) == normalise(ls[0].text) and normalise(line.text):
            return "the headline again"
        return None


@functools.lru_cache(maxsize=1)
def _chrome() -> tuple[frozenset[str], re.Pattern[str]]:
    cfg = resources.boilerplate()
    exact = frozenset(s.casefold() for s in cfg["chrome"]["lines"])
    return exact, resources.regex_list("chrome_patterns", "patterns")


_CHROME_TRIM = " \t:|»›•·>-–—"


@register
class PageChrome(LineRule):
    """Page furniture on a line of its own is removed.

    ## What it does
    Removes short lines that are a label of the page, not a sentence:
    ``Updated:``, ``Live``, ``Share``, ``Advertisement``, ``3 min read``,
    ``12 comments``, ``© 2022 …`` (the list is data).

    ## Why
    A naive text dump keeps every label of the page around the article.
    """

    code, name = "B002", "page-chrome"
    example = ("Updated:\n\nLive\n\nKyiv said on Monday it would respond.\n",
               "Kyiv said on Monday it would respond.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        s = line.text
        if len(s) > 80:
            return None
        exact, pattern = _chrome()
        if s.strip(_CHROME_TRIM).casefold() in exact or pattern.fullmatch(s):
            return f"page chrome '{s}'"
        return None


@functools.lru_cache(maxsize=1)
def _share_bar() -> re.Pattern[str]:
    cfg = resources.boilerplate()["social"]
    item = rf"(?:{resources.alternation(cfg['networks'] + cfg['verbs'])}|\d+(?:\.\d+)?[KkMm]?)"
    sep = r"(?:\s*[|•·/,:–—-]\s*|\s+)"
    return re.compile(rf"{item}(?:{sep}{item})+[\s:]*", re.IGNORECASE)


@register
class ShareBar(LineRule):
    """A line made of social-network names and share verbs is removed.

    ## What it does
    Removes lines such as ``Twitter Facebook Reddit Pinterest Email`` or
    ``Share on Facebook | Tweet | Email``: two or more items from the list of
    networks and share verbs, and nothing else but separators and counts.

    ## Why
    Share bars are buttons of the page.
    """

    code, name = "B003", "share-bar"
    example = ("Share\n\nTwitter Facebook Reddit Pinterest Email\n\nKyiv said it would respond.\n",
               "Share\n\nKyiv said it would respond.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        if len(line.text) <= 200 and _share_bar().fullmatch(line.text):
            return "share bar"
        return None


@functools.lru_cache(maxsize=1)
def _teaser() -> re.Pattern[str]:
    return resources.phrase_regex(
        "teaser", "prefixes", r"(?:{})\s*(?:[|:>»›•]+|[-–—]+(?=\s))\s*(?P<rest>\S.*)",
        flags=0)


@register
class TeaserLink(LineRule):
    """A link to another story, introduced by ``Read |``, ``Watch:``… is removed.

    ## What it does
    Removes a line that starts with a teaser label from the list (``Read``,
    ``Reading``, ``Watch``, ``READ MORE``, ``Related``, ``See also``…), then
    a separator (``|``, ``:``, a dash), then a headline (not a sentence of
    prose). ``Read more broadly, …`` has no separator and stays.

    ## Why
    Pages interleave links to their other stories with the text.
    """

    code, name = "B005", "teaser-link"
    example = ("Kyiv said it would respond.\n\nRead | Troops sent to the border\n",
               "Kyiv said it would respond.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        m = _teaser().fullmatch(line.text)
        if m and len(words(m.group("rest"))) <= 30 and not (
                structure.is_body_paragraph(m.group("rest")) and m.group("rest").endswith(".")):
            return "link to another story"
        return None


@register
class HeadlineTeaser(LineRule):
    """A headline of another story between the headline and the body is removed.

    ## What it does
    Between the headline and the first paragraph of prose, removes lines that
    look like headlines — four to twenty words, a capital first, no sentence
    punctuation at the end — but are not the headline.

    ## Why
    Pages put related-story links and video titles right under the headline.
    """

    code, name = "B006", "headline-teaser"
    example = ("Ukraine urges NATO to act\n\nRussia to test new missile in space\n\n"
               "Ukraine asked NATO on Tuesday to prepare sanctions against Russia at once.\n",
               "Ukraine urges NATO to act\n\n"
               "Ukraine asked NATO on Tuesday to prepare sanctions against Russia at once.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        s = line.text
        if line.index == 0 or not s[:1].isupper() or structure.ends_like_sentence(s):
            return None
        if (4 <= len(words(s)) <= 20 and line.index < structure.body_start(ls)
                and normalise(s) != normalise(ls[0].text)):
            return "headline of another story"
        return None


@functools.lru_cache(maxsize=1)
def _promo() -> re.Pattern[str]:
    tags = resources.alternation(resources.boilerplate()["promo"]["tags"])
    return re.compile(rf".*\S\s*\[\s*(?:{tags})\s*\]|\[\s*(?:{tags})\s*\]\s*\S.*")


@register
class PromoLink(LineRule):
    """A promotional link marked by a bracketed tag is removed.

    ## What it does
    Removes a line that ends (or starts) with a tag in capitals in brackets
    from the list: ``[INSIGHT]``, ``[REVEAL]``, ``[LATEST]``, ``[VIDEO]``,
    ``[PICTURES]``, ``[POLL]``…

    ## Why
    Tabloid sites splice links to their other stories into the article.
    """

    code, name = "B007", "promo-link"
    example = ("Prince issues plea to the palace [INSIGHT]\n\nKyiv said it would respond.\n",
               "Kyiv said it would respond.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        if len(line.text) <= 300 and "[" in line.text and _promo().fullmatch(line.text):
            return "promotional link"
        return None


@functools.lru_cache(maxsize=1)
def _consent() -> prefilter.PhraseSet:
    """The consent phrases as a fast exact test (see prefilter)."""
    return prefilter.PhraseSet(resources.boilerplate()["consent"]["phrases"],
                               resources.phrase_regex("consent", "phrases"))


@register
class ConsentBlurb(LineRule):
    """Consent, newsletter, cookie and paywall notices are removed.

    ## What it does
    Removes a line (of at most 120 words) that contains one of the phrasings
    of such notices in the list: ``We use your sign-up to provide content…``,
    ``You can unsubscribe at any time``, ``This site uses cookies``… A
    paragraph of prose needs two different phrasings, so that a news story
    about people who "sign up for the army" or a site's "privacy policy"
    stays.

    ## Why
    Sign-up boxes and cookie banners are dumped with the text.
    """

    code, name = "B008", "consent-blurb"
    SHORT_WORDS = 12
    example = ("We use your sign-up to provide content in ways you’ve consented to. More info\n\n"
               "Kyiv said it would respond.\n", "Kyiv said it would respond.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if prefilter.may_contain(text, _consent().literals):
            yield from super().check(text, ctx)

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        s = line.text
        if len(s) > 2000 or not _consent().contains(s):
            return None
        n = len(words(s))
        if n > 120:
            return None
        hits = {m.group().casefold() for m in resources.phrase_regex("consent", "phrases").finditer(s)}
        if len(hits) >= 2 or not structure.is_body_paragraph(s) or n <= self.SHORT_WORDS:
            return f"consent or newsletter notice ({', '.join(sorted(hits))})"
        return None


@register
class AggregatorFooter(LineRule):
    """Syndication and aggregator footers are removed.

    ## What it does
    Removes lines such as ``Source: Read Full Article``, ``Continue reading``,
    ``The post … appeared first on …``, ``This article originally appeared
    on …`` (the patterns are data).

    ## Why
    Feed aggregators append them to every article they copy.
    """

    code, name = "B009", "aggregator-footer"
    example = ("Kyiv said it would respond.\n\nSource: Read Full Article\n",
               "Kyiv said it would respond.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        if len(line.text) <= 300 and resources.regex_list(
                "footer", "patterns").fullmatch(line.text):
            return "aggregator footer"
        return None
