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
_BYLINE = re.compile(r"(?i:by|words by)\s+((?:[A-Z][\w’'.-]+\s?){1,4}(?:(?:,|and|&)\s+(?:[A-Z][\w’'.-]+\s?){1,4})*)")
HEAD_LINES = 6


@functools.lru_cache(maxsize=1)
def _sections() -> dict[str, str]:
    return {s.casefold(): s for s in resources.boilerplate()["sections"]["names"]}


def _source_and_section(rest: str) -> dict[str, str]:
    """Split ``Daily Planet World`` into source ``Daily Planet`` and section ``World``: the
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
    In the lines before the body, a line such as ``date 2022-03-14 Daily Planet World``
    becomes metadata ``date``, ``source`` and ``section``; ``Author: …``,
    ``Source: …``, ``Section: …``, ``URL: …`` lines and a byline (``By Jane
    Smith``) likewise. The line is removed from the text.

    ## Why
    Export tools put the record's fields in front of the text; they are data
    about the article, not part of it.
    """

    code, name, stage = "M001", "metadata-header", "structure"
    example = (" date 2022-03-14 Daily Planet World\n\nThe council met on Monday to set the budget.\n",
               "The council met on Monday to set the budget.\n")

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
        # "Associated Press writers A in X and B in Y contributed to this report."
        r"((?:[\w’'.-]+\s+){1,12}?contributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)))\.?)",
        rf"\(?with\s+inputs?\s+from\s+({agencies}|[\w .,&]{{1,60}}?)\)?\.?",
        r"([A-Z][\w&.-]{1,20}\s*/\s*(?:wires|agencies))\.?",
        rf"source\s*:\s*({agencies}(?:\s+and\s+(?:news\s+)?agencies)?)\.?",
        r"(?:source\s*:\s*)?([A-Z][\w .&’'-]{1,40}?\s+and\s+(?:news\s+)?agencies)\.?",
        r"\(?((?:additional\s+)?reporting\s+by\s+[^()]{2,200}?)\)?\.?",
        r"((?:written|compiled|edited)\s+by\s+[^()]{2,80}?)\.?",
    )]


#: "Source: Yahoo News" on a line of its own (an aggregator's source)
_SOURCE_LINE = re.compile(r"source\s*:\s*([A-Z][\w.&’' -]{1,40}?)\.?", re.IGNORECASE)
#: "(CNN) Russian forces pressed on…": an outlet's tag in capitals opening a
#: paragraph of prose.
_LEADING_TAG = re.compile(r"\(([A-Z]{2,6})\)\s*(?:[-—–]\s*)?(?=[A-Z“\"‘])")


@register
class WireCredit(Rule):
    """A wire-service credit on a line of its own becomes metadata.

    ## What it does
    Lines such as ``-with AAP``, ``(AFP)``, ``— Reuters``, ``Reuters
    contributed to this report`` or ``(Reporting by …; Editing by …)`` are
    removed and kept as metadata ``credit``; so is an outlet's tag opening a
    paragraph (``(CNN) Russian forces…``).

    ## Why
    The credit says where the text came from; it is not part of the story.
    """

    code, name, stage = "M002", "wire-credit", "structure"
    local = True
    example = ("Kyiv said it would respond.\n\n-with AAP\n", "Kyiv said it would respond.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        for line in structure.lines(text):
            m = _LEADING_TAG.match(line.text)
            if m and len(structure.words(line.text)) >= 8:
                yield self.finding(f"wire credit '({m.group(1)})' opening a paragraph",
                                   line.start, line.start + m.end(), "",
                                   metadata={"credit": m.group(1)})
                continue
            if len(line.text) > 240:
                continue
            for pat in _wire_patterns():
                m = pat.fullmatch(line.text)
                if m:
                    s, e = line_span(text, line.start, line.end)
                    yield self.finding(f"wire credit '{m.group(1)}'", s, e, "",
                                       metadata={"credit": m.group(1).strip()})
                    break
            else:
                m = _SOURCE_LINE.fullmatch(line.text)
                if (m and len(m.group(1).split()) <= 5
                        and all(w[:1].isupper() for w in m.group(1).split())
                        and not resources.regex_list("footer", "patterns").fullmatch(line.text)):
                    yield self.drop_line(text, line.start, line.end, f"source '{m.group(1)}'",
                                         metadata={"source": m.group(1)})


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
        rf"(?<=[.!?”\"’])\s+[(\[]?(?:{labels})\s*:\s*({value})[)\]]?\s*$"
        # "… council. AP Photo/Efrem Lukatsky"; "… on Monday [Sergey Bobok/AFP]"
        rf"|(?<=[.!?”\"’])\s+((?:AP|AFP|EPA|Reuters|PA)\s+Photo\s*/\s*[\w’'. -]{{2,40}})\s*$"
        rf"|\s+\[([\w’'. -]{{2,40}}/\s*(?:{agencies})[\w ]{{0,20}})\]\s*$")
    inline = re.compile(
        rf"\s*[(\[]\s*(?:{labels})\s*(?:by\s+)?:?\s*((?:{value})?(?:{agencies}))\s*[)\]]"
        rf"|\s*\(\s*(?:photo|picture|image|photograph)\s+by\s+([^()]{{2,80}}?)\s*\)",
        re.IGNORECASE)
    return whole, trailing, inline


def _looks_like_credit(value: str) -> bool:
    """A name or an agency (``Jane Doe/AFP``, ``Getty Images``), not a
    sentence (``Explosions light up sky over Kyiv``): mostly capitalised."""
    ws = re.findall(r"[^\W\d_][\w’'.-]*", value)
    if not ws or "/" in value:
        return True
    return sum(w[:1].isupper() for w in ws) >= 0.6 * len(ws)


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
    local = True
    example = ("The fleet left port. Photo: AAP\n", "The fleet left port.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        whole, trailing, inline = _photo_patterns()
        for line in structure.lines(text):
            m = whole.fullmatch(line.text)
            if m and len(line.text) <= 120:
                credit = next(g for g in m.groups() if g)
                if (len(credit.split()) <= 12 and _looks_like_credit(credit)
                        and not structure.ends_like_sentence(credit.rstrip(")]"))):
                    s, e = line_span(text, line.start, line.end)
                    yield self.finding(f"photo credit '{credit}'", s, e, "",
                                       metadata={"photo_credit": credit.strip()})
                    continue
            m = trailing.search(line.text)
            if m:
                credit = next(g for g in m.groups() if g)
                yield self.finding(f"photo credit '{credit}'", line.start + m.start(),
                                   line.end, "", metadata={"photo_credit": credit.strip()})
                continue
            for m in inline.finditer(line.text):
                credit = next(g for g in m.groups() if g)
                yield self.finding(f"photo credit '{credit}'", line.start + m.start(),
                                   line.start + m.end(), "",
                                   metadata={"photo_credit": credit.strip()})


_MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for m in names}
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [  # (pattern, group order) for the common written forms of a date
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "ymd"),
    (re.compile(rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I), "mdy"),
    (re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{4}})", re.I), "dmy"),
]
#: What else a date line may hold: labels, weekdays, times, zones, separators.
_DATE_LINE_NOISE = re.compile(
    r"(?i:published|updated|posted|first|last|modified|on|at|date|time|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|"
    r"[ap]\.?m\.?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|gmt|bst|utc|ist|est|edt|cst|cdt|pst|pdt|cet|cest|eet|hkt|aedt|aest|"
    r"et|pt|uk|\d{3,4}|[|/·•,:()\-–—+.])")


def parse_date(s: str) -> str | None:
    """The first date written in ``s``, as ISO ``YYYY-MM-DD``."""
    found = []
    for pattern, order in _DATES:
        m = pattern.search(s)
        if m:
            g = m.groups()
            if order == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif order == "mdy":
                y, mo, d = int(g[2]), _MONTHS[g[0].lower().rstrip(".")], int(g[1])
            else:
                y, mo, d = int(g[2]), _MONTHS[g[1].lower().rstrip(".")], int(g[0])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
    return min(found)[1] if found else None


@register
class DateLine(Rule):
    """A line that only gives the date and time of the article becomes metadata.

    ## What it does
    Removes a line made of a date and its labels and times — ``Published
    March 1, 2022``, ``18:43, Tue, Mar 1, 2022 | UPDATED: 19:02, Tue, Mar 1,
    2022``, ``Tuesday 1 March 2022 14:03, UK`` — and keeps the first date, in
    ISO form, as metadata ``date`` (unless the document already has one).

    ## Why
    The publication date is data about the article, not a sentence of it.
    """

    code, name, stage = "M004", "date-line", "structure"
    example = ("Kyiv said it would respond.\n\nPublished March 1, 2022\n",
               "Kyiv said it would respond.\n")
    MAX_OTHER_WORDS = 2

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        for line in structure.lines(text):
            s = line.text
            if len(s) > 120 or not any(map(str.isdigit, s)):
                continue
            date = parse_date(s)
            if date is None:
                continue
            rest = s
            for pattern, _ in _DATES:
                rest = pattern.sub(" ", rest)
            rest = _DATE_LINE_NOISE.sub(" ", rest)
            other = len(rest.split())
            if other > self.MAX_OTHER_WORDS or (other and s.endswith(".")):
                continue  # "On March 1, 2022, Kyiv fell." is a sentence
            meta = {} if "date" in ctx.metadata else {"date": date}
            yield self.drop_line(text, line.start, line.end, f"date line ({date})", metadata=meta)
