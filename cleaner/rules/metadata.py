"""M: metadata found in the text — header lines, wire credits, photo
credits. Each is taken out of the body and kept as structured metadata."""
from __future__ import annotations

import functools
import re
from typing import Iterable

from .. import resources, structure
from ..model import Context, Finding, Rule, line_span
from . import register

_DATE = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
_HEADER_DATE = re.compile(rf"(?:date|published|posted|updated)\s*:?\s*({_DATE})\s*(.*)",
                          re.IGNORECASE)
_HEADER_KEY = re.compile(
    r"(author|byline|source|outlet|publisher|section|category|url|link|language|lang)"
    r"\s*:\s*(\S.{0,120})", re.IGNORECASE)
_KEY_NAMES = {"byline": "author", "outlet": "source", "publisher": "source",
              "category": "section", "link": "url", "lang": "language"}
_BYLINE = re.compile(r"(?:by|words by)\s+((?:[A-Z][\w’'.-]+\s?){1,4}(?:(?:,|and|&)\s+(?:[A-Z][\w’'.-]+\s?){1,4})*)")
HEAD_LINES = 6


@functools.lru_cache(maxsize=1)
def _sections() -> dict[str, str]:
    return {s.casefold(): s for s in resources.boilerplate()["sections"]["names"]}


def _source_and_section(rest: str) -> dict[str, str]:
    """Split ``BBC General`` into source ``BBC`` and section ``General``: the
    longest tail of words that names a section is the section."""
    ws = rest.split()
    out: dict[str, str] = {}
    for k in range(min(3, len(ws)), 0, -1):
        tail = " ".join(ws[-k:])
        if tail.casefold() in _sections() and len(ws) > k:
            out["section"] = tail
            ws = ws[:-k]
            break
    if ws:
        out["source"] = " ".join(ws)
    return out


@register
class MetadataHeader(Rule):
    """Metadata header lines at the top of a document become metadata.

    ## What it does
    In the lines before the body, a line such as ``date 2022-02-04 BBC General``
    becomes metadata ``date``, ``source`` and ``section``; ``Author: …``,
    ``Source: …``, ``Section: …``, ``URL: …`` lines and a byline (``By Jane
    Smith``) likewise. The line is removed from the text.

    ## Why
    Export tools put the record's fields in front of the text; they are data
    about the article, not part of it.
    """

    code, name, stage = "M001", "metadata-header", "structure"
    example = (" date 2022-02-04 BBC General\n\nPresident Joe Biden plans to send more US troops.\n",
               "President Joe Biden plans to send more US troops.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        ls = structure.lines(text)
        stop = min(structure.body_start(ls), HEAD_LINES)
        for line in ls[:stop]:
            meta = self._parse(line.text)
            if meta:
                s, e = line_span(text, line.start, line.end)
                yield self.finding(f"metadata header {sorted(meta)}", s, e, "", metadata=meta)

    @staticmethod
    def _parse(s: str) -> dict[str, str] | None:
        m = _HEADER_DATE.fullmatch(s)
        if m:
            rest = m.group(2).strip()
            if len(rest.split()) > 6 or structure.ends_like_sentence(rest):
                return None
            return {"date": m.group(1), **_source_and_section(rest)}
        m = _HEADER_KEY.fullmatch(s)
        if m and not (m.group(1).lower() == "source" and len(m.group(2).split()) > 6):
            key = m.group(1).lower()
            return {_KEY_NAMES.get(key, key): m.group(2).strip()}
        m = _BYLINE.fullmatch(s)
        if m:
            return {"author": m.group(1).strip()}
        return None


def _agencies() -> str:
    return resources.alternation(resources.boilerplate()["credit"]["agencies"])


@functools.lru_cache(maxsize=1)
def _wire_patterns() -> list[re.Pattern[str]]:
    a = _agencies()
    agencies = rf"(?:the\s+)?(?:{a})(?:\s*(?:,|/|and|&)\s*(?:the\s+)?(?:{a}))*"
    return [re.compile(p, re.IGNORECASE) for p in (
        rf"[-–—]*\s*with\s+({agencies})\.?",
        rf"\(\s*({agencies})\s*\)\.?",
        rf"[-–—]+\s*({agencies})\.?",
        rf"({agencies})\s+contributed\s+to\s+this\s+(?:report|story|article)\.?",
        r"\(?((?:additional\s+)?reporting\s+by\s+[^()]{2,200}?)\)?\.?",
        r"((?:written|compiled|edited)\s+by\s+[^()]{2,80}?)\.?",
    )]


@register
class WireCredit(Rule):
    """A wire-service credit on a line of its own becomes metadata.

    ## What it does
    Lines such as ``-with AAP``, ``(AFP)``, ``— Reuters``, ``Reuters
    contributed to this report`` or ``(Reporting by …; Editing by …)`` are
    removed and kept as metadata ``credit``.

    ## Why
    The credit says where the text came from; it is not part of the story.
    """

    code, name, stage = "M002", "wire-credit", "structure"
    example = ("Kyiv said it would respond.\n\n-with AAP\n", "Kyiv said it would respond.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        for line in structure.lines(text):
            if len(line.text) > 240:
                continue
            for pat in _wire_patterns():
                m = pat.fullmatch(line.text)
                if m:
                    s, e = line_span(text, line.start, line.end)
                    yield self.finding(f"wire credit '{m.group(1)}'", s, e, "",
                                       metadata={"credit": m.group(1).strip()})
                    break


@functools.lru_cache(maxsize=1)
def _photo_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cfg = resources.boilerplate()["credit"]
    labels = resources.alternation(cfg["photo_labels"])
    agencies = resources.alternation(cfg["photo_agencies"])
    standalone = resources.alternation(cfg["photo_standalone"])
    # a credit value: a few capitalised words, maybe "Name/Agency"
    value = r"[A-Z][\w’'.&-]*(?:[ /][\w’'.&-]+){0,7}"
    whole = re.compile(
        rf"[(\[]?\s*(?i:{labels})\s*(?i:by\s+)?:\s*([A-Z0-9][^()\[\]]{{0,99}}?)\s*[)\]]?"
        rf"|[(\[]\s*(?i:photo|picture|image|photograph)\s+by\s+([^()\[\]]{{1,100}}?)\s*[)\]]"
        rf"|[(\[]?((?:{standalone})(?:\s+via\s+(?:{agencies}))?)[)\]]?")
    trailing = re.compile(
        rf"(?<=[.!?”\"’])\s+[(\[]?(?:{labels})\s*:\s*({value})[)\]]?\s*$")
    inline = re.compile(
        rf"\s*[(\[]\s*(?:{labels})\s*(?:by\s+)?:?\s*((?:{value})?(?:{agencies}))\s*[)\]]",
        re.IGNORECASE)
    return whole, trailing, inline


@register
class PhotoCredit(Rule):
    """Photo credits are removed from the text and kept as metadata.

    ## What it does
    Removes a credit that stands alone on a line (``(credit: Getty Images)``,
    ``Photo: Reuters``, ``Getty Images``), a credit at the end of a paragraph
    (``… in the Black Sea. Photo: AAP``) and a bracketed credit inside one
    (``(Photo: John Smith/AFP)``), keeping the paragraph. The credit goes to
    metadata ``photo_credit``.

    ## Why
    Captions and credits come from the page's images, not from the story.
    """

    code, name, stage = "M003", "photo-credit", "structure"
    example = ("The fleet left port. Photo: AAP\n", "The fleet left port.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        whole, trailing, inline = _photo_patterns()
        for line in structure.lines(text):
            m = whole.fullmatch(line.text)
            if m and len(line.text) <= 120:
                credit = next(g for g in m.groups() if g)
                if len(credit.split()) <= 12 and not structure.ends_like_sentence(credit.rstrip(")]")):
                    s, e = line_span(text, line.start, line.end)
                    yield self.finding(f"photo credit '{credit}'", s, e, "",
                                       metadata={"photo_credit": credit.strip()})
                    continue
            m = trailing.search(line.text)
            if m:
                yield self.finding(f"photo credit '{m.group(1)}'", line.start + m.start(),
                                   line.end, "", metadata={"photo_credit": m.group(1)})
                continue
            for m in inline.finditer(line.text):
                yield self.finding(f"photo credit '{m.group(1)}'", line.start + m.start(),
                                   line.start + m.end(), "",
                                   metadata={"photo_credit": m.group(1).strip()})
