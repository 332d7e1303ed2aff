"""B0: boilerplate that a phrase list or the headline identifies — page
chrome, share bars, teasers, promo links, consent blurbs, footers, and the
headline's breadcrumbs and repeats. The phrase lists are data
(``cleaner/data/boilerplate.toml``); the general block heuristics are B1
(:mod:`cleaner.rules.blocks`)."""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
from typing import Any, Callable, Iterable, Sequence, TypeVar

from .. import blocks, dates, lazyre, prefilter, resources, structure
from ..model import Context, Finding, Rule
from ..structure import Line, normalise, word_count
from . import register

_SEPARATORS = "|:–—>»›•·-"


def _words_of(ctx: Context) -> str | None:
    """The language whose own phrase lists (``[lang.XX]`` of boilerplate.toml)
    the rules use beside the English ones: the document's, if it is one of
    the expected languages (a document in another is cleaned by what holds
    in any language only)."""
    expected = getattr(ctx.settings, "languages", None)
    if expected and ctx.language not in expected:
        return None
    return resources.phrase_language(ctx.language)


T = TypeVar("T")


def per_language(build: Callable[[str | None], T]) -> Callable[[Context], T]:
    """``build`` (of the language of :func:`_words_of`, None for English
    alone) built once per language, and looked up once per document: the
    rules ask for it line by line."""
    built: dict[str | None, T] = {}
    last: list[tuple[Context | None, T | None]] = [(None, None)]
    structure.forgets(lambda: last.__setitem__(0, (None, None)))

    def of(ctx: Context) -> T:
        seen = last[0]
        if seen[0] is ctx:
            return seen[1]  # type: ignore[return-value]
        language = _words_of(ctx)
        try:
            out = built[language]
        except KeyError:
            out = built[language] = build(language)
        last[0] = (ctx, out)
        return out

    return of


#: A line rule asked about fewer than one line in so many of a text's lines
#: asks them all, without its whole-text candidates test.
_FEW_FRESH = 8
#: Keys of a line rule's memo (besides line texts): the document it is for.
_OWNER = object()
_MISSING = object()


def per_context(fn: Callable[[str, Context], T]) -> Callable[[str, Context], T]:
    """``fn(s, ctx)``, a pure function of a line's text and of the
    document's context (its language and settings, never its metadata),
    remembered for the document at hand: the headline finder, B001, B011
    and the metadata rules ask about the same lines over the headline on
    every pass. The memo is a :func:`structure.document_memo` (emptied
    with each document) that holds one context's answers (a document
    cleaned again in another language is asked afresh); off with the
    shortcuts (``structure.FAST``)."""
    memo = structure.document_memo()

    @functools.wraps(fn)
    def remembered(s: str, ctx: Context) -> T:
        if not structure.FAST:
            return fn(s, ctx)
        if memo.get(_OWNER) is not ctx or len(memo) >= structure._MEMO_MAX:
            memo.clear()
            memo[_OWNER] = ctx
        out = memo.get(s, _MISSING)
        if out is _MISSING:
            out = memo[s] = fn(s, ctx)
        return out

    return remembered


def matched_lines(text: str, ls: list[Line], ctx: Context) -> list[bool]:
    """``[any(r.match(line, ls, ctx) for r in line_rules(enabled)) for line
    in ls]``: whether a phrase-list line rule removes each line, each rule
    asked about all the lines at once (:meth:`LineRule.matches`)."""
    out = list(removed_lines(text, ls, ctx))
    for r in line_rules(frozenset(ctx.enabled)):
        if r.local:
            continue
        hits = r.text_matches(text, ls, ctx)
        if not any(hits):
            continue  # (most rules in most texts: no loop over the lines)
        for i, hit in enumerate(hits):
            if hit:
                out[i] = True
    return out


#: The text :func:`removed_lines` was last asked about, for which
#: document, and its answer (the headline rules, B006 and the block rules
#: ask about the same text in turn).
_last_removed: list = [None, None, []]
structure.forgets(lambda: _last_removed.__setitem__(slice(None), [None, None, []]))


def removed_lines(text: str, ls: list[Line], ctx: Context) -> list[bool]:
    """:func:`removed_by_local_rule` of every line of ``text`` (``ls``),
    each rule asked about all the lines it has not seen at once (its
    :meth:`~LineRule.candidates` test over the whole text rules most of
    them out), the joint verdict remembered per line. (The list returned
    may be shared: not to be changed.)"""
    if structure.FAST and _last_removed[0] is text and _last_removed[1] is ctx:
        return _last_removed[2]
    out = _removed_lines(text, ls, ctx)
    if structure.FAST:
        _last_removed[:] = [text, ctx, out]
    return out


def _removed_lines(text: str, ls: list[Line], ctx: Context) -> list[bool]:
    rules = line_rules(frozenset(ctx.enabled), local=True)
    if not structure.FAST:
        out = [False] * len(ls)
        for r in rules:
            for i, hit in enumerate(r.matches(text, ls, ctx)):
                if hit:
                    out[i] = True
        return out
    memo = _removed_memo(ctx)
    # (C loops: most texts asked about are a text of the document whose
    # lines were all asked before, with a rule's lines removed)
    out = list(map(memo.get, map(_LINE_TEXT, ls), itertools.repeat(_MISSING)))
    if _MISSING not in out:
        return out
    fresh = [i for i, hit in enumerate(out) if hit is _MISSING]
    # Each line new to the memo is asked of the rules in turn, up to
    # the first that removes it: the joint verdict is all this needs, and a
    # rule's own verdicts are asked (LineRule.check, with its memo) only of
    # the lines some rule removes. Each rule's candidates test over the
    # whole text (see LineRule.matches) runs when many lines are new.
    many = len(fresh) * _FEW_FRESH >= len(ls)
    asked = []
    for r in rules:
        cand = r.candidates(text, ls, ctx) if many else None
        asked.append((r.match, r.max_chars, None if cand is None else set(cand)))
    for i in fresh:
        line = ls[i]
        n = len(line.text)
        hit = False
        for match, longest, allowed in asked:
            if (longest is None or n <= longest) and (allowed is None or i in allowed) \
                    and match(line, ls, ctx):
                hit = True
                break
        memo[line.text] = out[i] = hit
    return out


@functools.lru_cache(maxsize=32)
def line_rules(enabled: frozenset[str], local: bool = False) -> tuple["LineRule", ...]:
    """The phrase-list line rules among ``enabled`` (only the local ones,
    whose verdict on a line is the line's alone, with ``local``)."""
    from . import REGISTRY

    return tuple(REGISTRY[c]() for c in sorted(enabled)
                 if issubclass(REGISTRY[c], LineRule) and (REGISTRY[c].local or not local))


#: Line text -> whether a local line rule removes the line (see
#: :func:`removed_by_local_rule`), for one reading of the lines: the
#: document's language (T001 asks it), the language of the phrase lists
#: (:func:`_words_of`) and the rules enabled, what a local rule's verdict
#: depends on besides the line's text. Kept across documents: the pages of
#: a site print the same menus, share bars and footers, and a batch holds
#: many pages of one site. At most ``_REMOVED_LINES`` lines for each of
#: the last ``_REMOVED_READINGS`` readings; the oldest lines go first; all
#: once it served its bound of characters (a :func:`structure.corpus_memo`).
_REMOVED: dict = structure.corpus_memo()
_REMOVED_LINES = 4096
_REMOVED_READINGS = 4
#: The context last asked about and its memo (most calls ask again about
#: the document at hand).
_last_memo: list = [None, None]
structure.forgets(lambda: _last_memo.__setitem__(slice(None), [None, None]))


def _removed_memo(ctx: Context) -> dict:
    if _last_memo[0] is ctx:
        memo = _last_memo[1]
    else:
        reading = (ctx.language, _words_of(ctx), frozenset(ctx.enabled))
        memo = _REMOVED.pop(reading, None)
        if memo is None:
            memo = {}
            while len(_REMOVED) >= _REMOVED_READINGS:
                del _REMOVED[next(iter(_REMOVED))]
        _REMOVED[reading] = memo  # (the last one asked about last)
        _last_memo[:] = [ctx, memo]
    if len(memo) >= _REMOVED_LINES:
        for line in list(itertools.islice(memo, _REMOVED_LINES // 4)):
            del memo[line]
    return memo


def removed_by_local_rule(line: Line, ls: list[Line], ctx: Context) -> bool:
    """``any(r.match(line, ls, ctx) for r in line_rules(..., local=True))``
    over the enabled rules. The headline rules ask it of the first lines on
    every pass (a cookie banner, a share bar over the headline); the answer
    depends on the line's text alone (the reading of the lines aside, see
    ``_REMOVED``), and is remembered, across documents, with the shortcuts
    on (shared with :func:`removed_lines`)."""
    def verdict() -> bool:   # as removed_lines asks: no rule past its max_chars
        n = len(line.text)
        return any((r.max_chars is None or n <= r.max_chars) and r.match(line, ls, ctx)
                   for r in line_rules(frozenset(ctx.enabled), local=True))

    if not structure.FAST:
        return verdict()
    memo = _removed_memo(ctx)
    try:
        return memo[line.text]
    except KeyError:
        out = memo[line.text] = verdict()
        return out


class LineRule(Rule):
    """A rule that removes whole lines: subclasses define ``match``.

    The verdicts of a local line rule (``local = True``: its verdict on a
    line depends only on the line's text) are remembered per line text within
    a document: the block rules ask every line rule about every line, and
    each pass asks again. The memo is the class's, so that every instance of
    the rule shares it; it is off with the pipeline's shortcuts
    (``structure.FAST``)."""

    stage = "lines"
    _verdicts: dict

    def __init_subclass__(cls, **kw: object) -> None:
        super().__init_subclass__(**kw)
        cls._verdicts = structure.document_memo()  # (held the context: emptied with it)
        # a list changed in place: setting a class attribute for each text
        # (or for each document, to let go of it) would invalidate the
        # interpreter's caches of the class's attributes
        cls._last_matches = last = [None, None, []]
        structure.forgets(lambda: last.__setitem__(slice(None), (None, None, [])))

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        raise NotImplementedError

    #: A line longer than this never matches (None: no such bound).
    max_chars: int | None = None

    def candidates(self, text: str, ls: list[Line], ctx: Context) -> Iterable[int] | None:
        """The indices of the lines of ``text`` that ``match`` can accept
        (None: any line); a test on the whole text that rules out most lines
        at once. Every line left out must be one ``match`` rejects."""
        return None

    def matches(self, text: str, ls: list[Line], ctx: Context,
                only: Sequence[int] | None = None) -> list[str | None]:
        """``match`` of every line of ``text`` (``ls``), or of the lines at
        the indexes ``only`` (in their order), asked only of the
        :meth:`candidates` no longer than ``max_chars``."""
        at = range(len(ls)) if only is None else only
        out: list[str | None] = [None] * len(at)
        match = self.match
        longest = self.max_chars
        if not (self.local and structure.FAST):
            cand = self.candidates(text, ls, ctx)
            if only is None:
                for i in range(len(ls)) if cand is None else cand:
                    if longest is None or len(ls[i].text) <= longest:
                        out[i] = match(ls[i], ls, ctx)
                return out
            allowed = None if cand is None else set(cand)
            for k, i in enumerate(at):
                if (longest is None or len(ls[i].text) <= longest) \
                        and (allowed is None or i in allowed):
                    out[k] = match(ls[i], ls, ctx)
            return out
        memo = self._verdicts
        if memo.get(_OWNER) is not ctx:
            memo.clear()
            memo[_OWNER] = ctx
        # only the lines not seen before in this document are asked about,
        # and the whole-text candidate test runs only if there are any
        get = memo.get
        fresh = []
        for k, i in enumerate(at):
            line = ls[i].text
            if longest is None or len(line) <= longest:
                verdict = get(line, _MISSING)
                if verdict is _MISSING:
                    fresh.append(k)
                else:
                    out[k] = verdict
        if fresh:
            # (the candidates test reads the whole text: for a few lines
            # new to the document, as after an edit, asking them is cheaper)
            cand = self.candidates(text, ls, ctx) if len(fresh) * _FEW_FRESH >= len(ls) else None
            allowed = None if cand is None else set(cand)
            for k in fresh:
                i = at[k]
                out[k] = memo[ls[i].text] = (match(ls[i], ls, ctx)
                                             if allowed is None or i in allowed else None)
        return out

    def text_matches(self, text: str, ls: list[Line], ctx: Context) -> list[str | None]:
        """``matches(text, ls, ctx)`` of all the lines ``ls`` of ``text``,
        remembered (with the shortcuts on) for the last text and context the
        rule was asked about: the block rules ask a rule that is not local
        about the text they judge (:func:`matched_lines`), and when they
        change nothing the rule checks the same text itself. (The list
        returned may be shared: not to be changed.)"""
        if not structure.FAST:
            return self.matches(text, ls, ctx)
        last = self._last_matches
        if last[0] is text and last[1] is ctx:
            return last[2]
        out = self.matches(text, ls, ctx)
        last[:] = (text, ctx, out)
        return out

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        ls = structure.lines(text)
        if self.local and structure.FAST and self.code in ctx.enabled:
            # only the lines some local rule removes (their joint verdicts,
            # kept for the text at hand, :func:`removed_lines`) can be this
            # one's
            at = [i for i, hit in enumerate(removed_lines(text, ls, ctx)) if hit]
            for i, message in zip(at, self.matches(text, ls, ctx, at) if at else ()):
                if message:
                    yield self.drop_line(text, ls[i].start, ls[i].end, message)
            return
        for line, message in zip(ls, self.text_matches(text, ls, ctx)):
            if message:
                yield self.drop_line(text, line.start, line.end, message)


_TITLE_SEPARATOR = lazyre.compile(r"\s*\|\s*|\s+[-–—]\s+")
#: A section's news ("Business News", "World news").
_SECTION_NEWS = lazyre.compile(r"(?!News\b)\w[\w&' ]*\s+[Nn]ews")
#: A title's separator at the end of a line ("Headline |", "Headline -").
_TITLE_END = lazyre.compile(r"(?:\s*\||\s+[-–—])\s*$")
_BREADCRUMB_ROOTS = {"Home", "News"}


@functools.lru_cache(maxsize=1)
def _breadcrumb_words() -> frozenset[str]:
    return frozenset(resources.boilerplate()["sections"]["breadcrumb_words"])


def _title_case(s: str) -> bool:
    """``The New York Times``, ``BBC News``: every word capitalised (short
    connectives aside)."""
    ws = s.split()
    return bool(ws) and all(w[:1].isupper() or w[:1].isdigit() or w in ("of", "the", "and", "&", "for")
                            for w in ws)


@register
class HeadlineAffix(Rule):
    """Breadcrumbs or a site name glued to the headline are removed.

    ## What it does
    When the first line is a later line of the document (the headline as the
    page shows it) with a few words before it (breadcrumbs: ``News World``) or
    after a separator (a site name: ``- Site``), the first line becomes the
    headline alone. Without such a copy, a page title is split at ``|`` (and
    at a dash before a site name in Title Case: ``… - BBC News``), and a
    breadcrumb trail is taken off: one from its root through the words of
    sections (``Home News World …``; in the document's language too,
    ``Accueil Monde …``, ``Startseite Politik …``, ``Inicio Internacional
    …``, ``Home Esteri …``, ``Home Buitenland …``, ``Início Mundo …``), or
    one between arrows (``Home > World > …``, ``Startseite › Politik ›
    …``). Without its root a section's word may be the headline's own
    (``World leaders meet …``), and stays.
    The breadcrumbs go to metadata ``section``, the site name to ``source``
    (a segment after the headline made of the words of sections, ``… |
    Business News``, names the section, not the site).
    A dash inside a headline (``… – Kremlin issues warning``) stays. A
    later line that is the title's last part after a separator, shorter
    than the part before it (the site name of the page's header under
    ``Library hours cut | City Herald``), is the site name, not the
    headline; and where a line of the first few opens with the title's
    headline and goes on (``Library hours cut from May, council says``),
    that fuller line is the headline.

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
            if len(c) >= len(head) or c not in head or word_count(c) < 3:
                continue
            i = head.index(c)
            crumbs = head[:i].strip()
            affix = head[i + len(c):].strip()
            site = affix.lstrip(_SEPARATORS).strip()
            if crumbs and (word_count(crumbs) > self.MAX_AFFIX_WORDS
                           or structure.ends_like_sentence(crumbs)):
                continue
            if not affix and self._site_name_after_title(crumbs, c):
                continue
            if affix and (affix[:1] not in _SEPARATORS or not site
                          or word_count(site) > self.MAX_AFFIX_WORDS):
                continue
            meta = {}
            parts = []
            # the trail's own separator before the headline is no part of
            # its name ("Opinion | Title": the section is "Opinion")
            crumbs = crumbs.rstrip(_SEPARATORS).rstrip()
            if crumbs:
                meta["section"] = crumbs
                parts.append(f"breadcrumbs '{crumbs}' before")
            if site:
                meta["source"] = site
                parts.append(f"site name '{site}' after")
            yield self.finding((" and ".join(parts) or "a separator before") + " the headline",
                               ls[0].start, ls[0].end, c, metadata=meta)
            return
        # a first line over the headline (a menu, a ticker, a label) is
        # no page title: B011 removes it whole
        found = (self._without_copy(head, _glued_trail_words(ctx))
                 if headline_of(text, ls, ctx) <= 0 else None)
        if found:
            headline, meta = found
            headline = _fuller_headline(headline, ls) or headline
            parts = [f"breadcrumbs '{meta['section']}' before" if "section" in meta else "",
                     f"site name '{meta['source']}' after" if "source" in meta else ""]
            yield self.finding(" and ".join(p for p in parts if p) + " the headline",
                               ls[0].start, ls[0].end, headline, metadata=meta)

    @staticmethod
    def _site_name_after_title(crumbs: str, copy: str) -> bool:
        """Whether the later line ``copy`` that ends the first line is the
        site name of a page title ("Library hours cut | City Herald" over a
        page header "City Herald"): what comes before it ends in a title's
        separator and is the longer, a headline's length."""
        m = _TITLE_END.search(crumbs + " ")
        if not m:
            return False
        title = crumbs[:m.start()]
        return word_count(title) >= 4 and word_count(title) > word_count(copy)

    @classmethod
    def _without_copy(cls, head: str, trail_words: tuple[frozenset[str], frozenset[str]]
                      ) -> tuple[str, dict[str, str]] | None:
        """A title line with no later copy to confirm it: split at the page
        title's separators (``|`` always; a dash only before a site name in
        Title Case), and take off a breadcrumb trail glued before the
        headline (:meth:`_glued_trail`)."""
        found = cls._title_split(head)
        headline, meta = found if found else (head, {})
        trail = cls._glued_trail(headline, trail_words)
        if trail is None:
            return found
        headline, section = trail
        if section and "section" not in meta:
            meta["section"] = section
        return headline, meta

    @classmethod
    def _glued_trail(cls, head: str, trail_words: tuple[frozenset[str], frozenset[str]]
                     ) -> tuple[str, str] | None:
        """The headline without a breadcrumb trail glued before it, and the
        trail's section, or None: a trail between arrows (``Home > World >
        …``, ``Startseite › Politik › …``: short items, from the site's root,
        or of sections' words, or two of them at least), or one written with
        spaces from the site's root through the words of sections (``Home
        News World …``, ``Accueil Monde …``, ``Startseite Politik …``; the
        words of the document's language, ``trail_words``: its roots and its
        sections' words, case-folded). The section leaves out the site's
        home (``Home``, ``Accueil``), not its news (``News World``)."""
        roots, words = trail_words
        parts = _GLUED_ARROW.split(head)
        if len(parts) > 1:
            crumbs, rest = [p.strip() for p in parts[:-1]], parts[-1].strip()
            if (word_count(rest) >= 4 and rest[:1].isupper()
                    and all(0 < word_count(c) <= cls.MAX_AFFIX_WORDS
                            and not structure.ends_like_sentence(c) for c in crumbs)
                    and (crumbs[0].casefold() in roots or len(crumbs) >= 2
                         or all(w.casefold() in words for w in crumbs[0].split()))):
                return rest, " > ".join(c for c in crumbs if c.casefold() not in _HOME_WORDS)
            return None
        ws = head.split()
        if ws and ws[0][:1].isupper() and ws[0].casefold() in roots:
            n = 1
            while n < len(ws) and ws[n][:1].isupper() and ws[n].casefold() in words:
                n += 1
            if n >= 2 and len(ws) - n >= 4:
                crumbs = [w for w in ws[:n] if w.casefold() not in _HOME_WORDS]
                return " ".join(ws[n:]), " ".join(crumbs)
        return None

    @classmethod
    def _title_split(cls, head: str) -> tuple[str, dict[str, str]] | None:
        """A page title split at its separators (see :meth:`_without_copy`)."""
        segments = [p.strip() for p in _TITLE_SEPARATOR.split(head)]
        seps = _TITLE_SEPARATOR.findall(head)
        if len(segments) > 1:
            lengths = [word_count(p) for p in segments]
            best = max(range(len(segments)), key=lambda i: lengths[i])
            others_ok = all(0 < n <= cls.MAX_AFFIX_WORDS for i, n in enumerate(lengths) if i != best)
            # after the headline, a dash separates only a site name in Title
            # Case; before it, only "|" separates breadcrumbs ("Ukraine crisis -
            # what we know…" is one headline)
            tail_ok = all("|" in seps[i - 1] or _title_case(segments[i])
                          for i in range(best + 1, len(segments)))
            head_ok = all("|" in seps[i] for i in range(best))
            if lengths[best] >= 4 and others_ok and tail_ok and head_ok:
                meta = {}
                crumbs = [p for p in segments[:best] if p not in _BREADCRUMB_ROOTS]
                if crumbs:
                    meta["section"] = " | ".join(crumbs)
                # after the headline, the site's name; a segment of the
                # words of sections names the section ("… | World | Site";
                # last, only as a section's news, "… | Business News": a
                # site may be named so, "Live Science")
                after = segments[best + 1:]
                sections = [p for k, p in enumerate(after) if _section_words(p) and (
                    k < len(after) - 1 or _SECTION_NEWS.fullmatch(p))]
                if sections and "section" not in meta:
                    meta["section"] = " | ".join(sections)
                if len(sections) < len(after):
                    meta["source"] = " | ".join(p for p in after if p not in sections)
                return segments[best], meta
        return None


#: The arrows between the items of a breadcrumb trail glued before a headline.
_GLUED_ARROW = lazyre.compile(r"\s+[>»›]\s+")


@per_language
def _glued_trail_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """The roots of a breadcrumb trail (``Home``, ``News``, ``Accueil``,
    ``Startseite``…) and the words of sections (``World``, ``Monde``,
    ``Politik``…), in English and in ``language``, case-folded."""
    roots = frozenset(w.casefold() for w in resources.entries("sections", "breadcrumb_roots", language))
    words = frozenset(w.casefold() for w in resources.entries("sections", "breadcrumb_words", language))
    return roots | _ROOTS_FOLDED, words


#: How far under a page title a fuller form of its headline may be (the
#: page's header, its site name, a menu between them).
FULLER_HEADLINE_LINES = 6


def _fuller_headline(headline: str, ls: list[Line]) -> str | None:
    """The page's own headline where the title cut it short: a line of
    the first few, above the body, that opens with the title's headline and
    goes on after a word's end ("Library hours cut" over "Library hours cut
    from May, council says"), and can be a headline."""
    for x in ls[1:1 + FULLER_HEADLINE_LINES]:
        if structure.is_body_paragraph(x.text):
            break
        t = x.text
        if (len(t) > len(headline) and t.startswith(headline)
                and t[len(headline)] in " ,:;–—-" and _headline_like(t)):
            return t
    return None


#: ... and the first item of a breadcrumb trail on a menu line, in the
#: languages with phrase lists too (``Startseite > Inland``).
_ROOTS_FOLDED = frozenset(r.casefold() for r in (
    *_BREADCRUMB_ROOTS, "Homepage", "Startseite", "Accueil", "Inicio", "Portada", "Início",
    "Voorpagina"))
#: ... those that name the site's home, not its news: a section leaves them out.
_HOME_WORDS = _ROOTS_FOLDED - {"news"}
#: Two or more capitalised words in a row: a name (``Jane Doe``), group
#: "name"; a word may start inside a run of word characters ("McKay" in
#: "x-McKay Todd"). The pattern reads each run of word characters once: it
#: starts where a run starts, skips to the run's first capital and takes
#: words whole (possessive): ``(?:[A-Z][\w’'.-]+\s+)+…`` tried from every
#: capital of a long token backtracked over the rest of it from each,
#: quadratic time on a 10 KB first line of capitals (review 10 audit).
_NAME_RUN = lazyre.compile(
    r"(?<![\w’'.-])(?:(?![A-Z])[\w’'.-])*+(?P<name>(?:[A-Z][\w’'.-]++\s+)+[A-Z][\w’'.-]++)")


#: How far below a menu line the headline may be (a login link, a section
#: label between them).
MENU_HEADLINE_LINES = 3


#: The items of a trail: between arrows, bars, slashes or runs of spaces.
_TRAIL_SEP = lazyre.compile(r"\s+[>»›|/]\s+|\s{2,}")


def _trail_section(trail: str) -> str:
    """The section a menu line names, if it is a breadcrumb trail: a trail
    of arrows (``Crime > Courts``, ``Home › News › Local``), or a short
    trail from the site's root (``Home | World | Europe``, ``News
    Politics``: the root and one or two items; a longer line from ``Home``
    is the site's menu), its items joined by `` > `` without the root
    (``World > Europe``); "" if it names none."""
    items = [p.strip() for p in _TRAIL_SEP.split(trail.strip()) if p.strip()]
    if any(c in trail for c in ">»›"):
        crumbs = [p for p in items if p.casefold() not in _ROOTS_FOLDED]
    elif 2 <= len(items) <= 3 and items[0].casefold() in _ROOTS_FOLDED:
        crumbs = items[1:]
    else:
        crumbs = []
    return " > ".join(crumbs)


def _menu_over_headline(ls: list[Line]) -> int:
    """The index of the headline under a first line that is a menu or a
    breadcrumb trail: the first of the few lines below it with five to
    thirty words, a capital first and no sentence punctuation at the end; 0
    if the first line is not a trail or has no such headline below it (the
    trail may be all the title the page has)."""
    if not ls or not structure.is_menu_line(ls[0].text):
        return 0
    for x in ls[1:1 + MENU_HEADLINE_LINES]:
        if (5 <= word_count(x.text) <= 30 and x.text[:1].isupper()
                and not structure.ends_like_sentence(x.text)
                and not structure.is_menu_line(x.text)):
            return x.index
    return 0


def _names_the_subject(label: str, ls: list[Line]) -> bool:
    """Whether a short first line names the story's subject: it holds a name
    (two capitalised words in a row) that the first body paragraph repeats
    (``Jane Doe obituary`` over ``Jane Doe, who has died aged 91, …``)."""
    stop = structure.body_start(ls)
    if stop >= len(ls):
        return False
    body = ls[stop].text
    return any(m.group("name") in body for m in _NAME_RUN.finditer(label))


#: A section named by two words joined ("Crime & Justice", "Arts and Culture").
_JOINED_SECTION = lazyre.compile(r"\s+(?:&|and)\s+")


@structure.per_document
def _section_words(label: str) -> bool:
    """Whether a short line is made of the words of a site's sections: all
    of them in the list (``World news``, ``Politics``), a trail from its
    root in capitals (``News World``, ``Home Travel Guides``), or two
    capitalised words joined by ``&`` or ``and``, one of them in the list
    (``Crime & Justice``, ``Science and Environment``)."""
    ws = label.split()
    if not ws:
        return False
    if all(w.casefold() in _breadcrumb_folded() for w in ws):
        return True
    parts = _JOINED_SECTION.split(label.strip())
    if (len(parts) == 2 and all(len(p.split()) == 1 and p[:1].isupper() and p.isalpha() for p in parts)
            and any(p.casefold() in _breadcrumb_folded() for p in parts)):
        return True
    return len(ws) >= 2 and ws[0] in _BREADCRUMB_ROOTS and all(w[:1].isupper() for w in ws)


#: A trail is read so from this many words (a shorter line is a short label).
MAX_TRAIL_FROM = 4
#: A trail of sections written with spaces runs to at most so many words
#: ("Sport Cricket County Championship", "Home News World Europe").
TRAIL_MAX_WORDS = 6
#: Words a headline in Title Case has and a trail of sections has not.
_HEADLINE_SMALL_WORDS = frozenset((
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
    "are", "was", "were", "be", "after", "over", "into", "up", "out", "off", "says", "amid",
    "vs", "not", "no", "how", "why", "what", "who", "when", "will", "can", "new", "set",
    "than", "but", "or", "its", "his", "her", "their", "our", "my", "your", "this", "that"))


def _spaced_trail(s: str) -> bool:
    """Whether ``s`` is a breadcrumb trail written with spaces between its
    items, longer than a short label (``Home News World Europe``, ``Sport
    Cricket County Championship``, ``Lifestyle Food and Drink``): four to
    ``TRAIL_MAX_WORDS`` words, each capitalised (``and`` or ``&`` aside),
    no figure or punctuation, the first a section's word or a root (in the
    list: ``Sport``, ``Home``), and none of the small words a headline in
    Title Case has (``Of``, ``The``, ``After``, ``Says``)."""
    ws = s.split()
    if not MAX_TRAIL_FROM <= len(ws) <= TRAIL_MAX_WORDS:
        return False
    if ws[0].casefold() not in _breadcrumb_folded() and ws[0].casefold() not in _ROOTS_FOLDED:
        return False
    return all((w[:1].isupper() and w.replace("-", "").isalpha()
                and w.casefold() not in _HEADLINE_SMALL_WORDS) or w in ("and", "&")
               for w in ws)


def _rooted_trail(s: str) -> bool:
    """Whether ``s`` is a trail of sections written with spaces (see
    :func:`_spaced_trail`) that no headline in Title Case reads as: one from
    the site's root (``Home News UK Politics``) or with a section's name of
    two words joined in lower case (``Lifestyle Food and Drink``)."""
    ws = s.split()
    return _spaced_trail(s) and (ws[0].casefold() in _ROOTS_FOLDED or "and" in ws or "&" in ws)


@functools.lru_cache(maxsize=1)
def _breadcrumb_folded() -> frozenset[str]:
    return frozenset(w.casefold() for w in _breadcrumb_words())


@per_language
def _labels(language: str | None) -> frozenset[str]:
    return frozenset(p.casefold() for p in resources.entries("labels", "lines", language))


#: How far down the headline is looked for (lines no phrase-list rule knows).
HEADLINE_SEARCH_LINES = 40
#: So many short lines in a row over the headline are a menu.
MENU_RUN_LINES = 3
#: A headline has at most this many words (a quotation in it runs long).
HEADLINE_MAX_WORDS = 30
#: The quotation marks (and spaces) around a headline that is a quotation:
#: English, German („…“, ‚…‘, »…«), French (« … », ‹ … ›, with their
#: no-break spaces).
_QUOTES = "\"'”’“‘»«„‚‹› \u00a0\u202f"
#: A sentence that ends inside the line ("… the town. “", "… said. He …").
_SENTENCE_INSIDE = lazyre.compile(r"[.!?…][\"'”’“)\]]*\s")
#: A figure of a ticker ("7,612.3", "0.4%", "$83.21") and a word in lower case.
_FIGURE = lazyre.compile(r"[-+]?[$£€¥]?\d[\d,.]*%?")
_LOWER = lazyre.compile(r"\b[^\W\d_]{2,}")
_ARROWS = "▲▼△▽↑↓⬆⬇"
#: Items of a menu written with runs of spaces between them ("Home  News  Sport").
_SPACED_ITEMS = lazyre.compile(r"\s{2,}|\t+")


#: A line over the headline that is never one (a menu, a ticker) is short.
LABEL_MAX_WORDS = 24


def _headline_like(s: str) -> bool:
    """A line that can be a headline: two to thirty words, a capital (a
    figure, a quotation mark) first, no sentence ending inside it or at its
    end (a question or an exclamation may end it), not a label before a
    colon."""
    n = word_count(s)
    core = s.rstrip(_QUOTES)
    return (2 <= n <= HEADLINE_MAX_WORDS
            and (s.lstrip(_QUOTES)[:1].isupper() or s.lstrip(_QUOTES)[:1].isdigit())
            and not core.endswith((".", ":", ";", ",")) and not _SENTENCE_INSIDE.search(s))


@per_context
def _label_kind(s: str, ctx: Context) -> str | None:
    """What kind of line over a headline ``s`` is, if it can never be the
    headline itself: a menu or a breadcrumb trail (``Sport | Weather |
    Travel``, items between runs of spaces), a market ticker (figures and
    no word in lower case, or arrows; a date line is none, see
    :func:`_date_line`), a label the list knows (``In brief``, ``Press
    release``), a date line, or a label of short parts joined by a
    separator (``Culture | Interview``)."""
    if word_count(s) > LABEL_MAX_WORDS:
        return None
    if structure.is_menu_line(s):
        return "menu"
    items = _SPACED_ITEMS.split(s)
    if len(items) >= 3 and all(x[:1].isupper() and 0 < word_count(x) <= structure.MENU_ITEM_WORDS
                               and not structure.ends_like_sentence(x) for x in items):
        return "menu"
    # (a date line before a ticker: "Wednesday 5 June 2024 07:40 BST" has
    # figures and no word in lower case, and its date is the page's)
    if _date_line(s, ctx):
        return "date"
    figures = len(_FIGURE.findall(s))
    if (figures >= 3 and not any(w[0].islower() for w in _LOWER.findall(s))) or (figures >= 2 and any(a in s for a in _ARROWS)):
        return "ticker"
    if s.strip(_CHROME_TRIM).casefold() in _labels(ctx):
        return "label"
    parts = [p.strip() for p in structure._MENU_SEPARATOR.split(s)]
    if (len(parts) >= 2 and word_count(s) <= 5
            and all(p[:1].isupper() and 0 < word_count(p) <= SectionLabel.MAX_LABEL_WORDS
                    and not structure.ends_like_sentence(p) for p in parts)):
        return "label"
    return None


@per_context
def _date_line(s: str, ctx: Context) -> bool:
    """Whether ``s`` is a date line: what M004 reads as one in the
    document's language (see :func:`cleaner.dates.date_line`), or one with
    a date in figures the language does not say the order of (``Updated
    04/09/2024 16:20`` in English)."""
    return dates.date_line(s, ctx.language)


#: A site's name runs to at most so many words ("Il Giornale di Valle").
SITE_NAME_MAX_WORDS = 4


def _furniture(s: str, ctx: Context) -> bool:
    """Whether ``s`` is what a page prints under its name and over the
    headline: a menu, a ticker, a date line or a trail of parts joined by
    separators (``Politik › Ausland``); not a label alone (``Interview``,
    which a section's name is printed over)."""
    kind = _label_kind(s, ctx)
    return kind in ("menu", "ticker", "date") or (
        kind == "label" and len(structure._MENU_SEPARATOR.split(s)) >= 2)


def _site_name(s: str, below: list[str]) -> bool:
    """Whether the first line ``s``, over lines that are never a headline
    (a menu, a trail, a label, a date line), is the site's name over them:
    at most ``SITE_NAME_MAX_WORDS`` words, each capitalised or short (``di``,
    ``de``), no figure and no sentence punctuation; ``below``, the first
    line under those, a longer headline (or a section's label, at most
    three words, over one: ``Cronaca``)."""
    n = word_count(s)
    if not 0 < n <= SITE_NAME_MAX_WORDS or not below or structure.DIGIT.search(s):
        return False
    if structure.ends_like_sentence(s) or s.rstrip().endswith(("?", "!", ":", ",", ";")):
        return False
    if not all(w[:1].isupper() or len(w) <= 3 for w in s.split()) or not s[:1].isupper():
        return False
    if (len(below) > 1 and word_count(below[0]) <= SectionLabel.MAX_LABEL_WORDS
            and not structure.ends_like_sentence(below[0]) and not _headline_like(below[0])):
        below = below[1:]  # a section's label over the headline
    return _headline_like(below[0]) and word_count(below[0]) > max(n, SectionLabel.MAX_LABEL_WORDS)


def _short_label(s: str, below: str, after: str | None, ls: list[Line],
                 last: bool = False) -> bool:
    """Whether the short line ``s`` is a section label (or a site's name)
    over the headline ``below`` (``after``: the line under that, before the
    body, if there is one): at most three words (or a longer trail of
    sections written with spaces, see :func:`_spaced_trail`), no sentence
    punctuation;
    the headline six words or more, or three or more under a label in the
    words of sections (``World news``) or in capitals, or under a short
    label over a headline and its standfirst. A short headline that names
    the story's subject (a name the first paragraph repeats) is no label,
    nor one over its standfirst right over the body (``last``: ``below`` is
    the last line before the body), unless in the words of sections or a
    column's name over a headline (see :func:`_column_name`)."""
    n, n_head = word_count(s), word_count(below)
    if not (0 < n <= SectionLabel.MAX_LABEL_WORDS or _spaced_trail(s)) or n_head <= n:
        return False
    if structure.ends_like_sentence(s) or s.endswith(("?", "!")):
        return False
    if _names_the_subject(s, ls):
        return False
    if after is None and last and _standfirst(below, n) and not _section_words(s) \
            and not _column_name(s, below, ls) and not _rooted_trail(s):
        # the headline over its standfirst, right over the body (as a label
        # over them leaves them once it has gone)
        return False
    if n_head >= 6:
        return True
    if n_head >= 3 and (_section_words(s) or _rooted_trail(s)
                        or (s.isupper() and any(c.isalpha() for c in s))):
        return True
    # a short line over a headline and its standfirst: three title-like
    # lines before the body, and the last sums the second up
    return n_head >= 3 and after is not None and _standfirst(after, n_head)


def _column_name(s: str, below: str, ls: list[Line]) -> bool:
    """Whether the short line ``s`` reads as a column's name over an
    ordinary headline ``below`` (``Pocket Guide`` over ``Why your energy
    bill may rise again this winter``), not as a short headline over its
    standfirst: ``s`` two or three words in Title Case (see
    :func:`_title_case`), with no figure; ``below`` in sentence case (not
    Title Case), shorter than a long standfirst (``LONG_STANDFIRST_WORDS``).
    A headline of three words or fewer is rarely written in Title Case
    over a sentence-case standfirst; a column's name always is. A short
    headline that shares two words in a row with the first paragraph
    (``Storm Ciaran Strikes`` over ``Storm Ciaran brought …``) names the
    story, not a column."""
    if not (2 <= word_count(s) <= SectionLabel.MAX_LABEL_WORDS and _title_case(s)
            and not structure.DIGIT.search(s) and not _title_case(below)
            and word_count(below) < LONG_STANDFIRST_WORDS):
        return False
    stop = structure.body_start(ls)
    body = ls[stop].text.casefold() if stop < len(ls) else ""
    ws = s.casefold().split()
    return not any(f"{a} {b}" in body for a, b in zip(ws, ws[1:]))


def _series_label(s: str, below: str, ls: list[Line]) -> bool:
    """Whether the short line ``s``, under a label over the headline (a
    section's, then a column's or a series': ``Opinion`` over ``Letters from
    abroad``), is a label too, over ``below``, the last line before the
    body: at most three words, no sentence punctuation, naming no subject
    the body repeats; ``below`` a longer headline (two sentences allowed,
    ``… congestion. It never works``) that is no standfirst of ``s`` (in
    Title Case, or a sentence ending inside it)."""
    n = word_count(s)
    if not 0 < n <= SectionLabel.MAX_LABEL_WORDS or word_count(below) <= n:
        return False
    if structure.ends_like_sentence(s) or s.endswith(("?", "!")) or _names_the_subject(s, ls):
        return False
    return (_headline_like(below) or _two_sentence_headline(below)) and not _standfirst(below, n)


#: The sentences of a headline in two ("Roads grow. Traffic follows").
_HEADLINE_SENTENCES = lazyre.compile(r"(?<=[.!?])\s+")


def _two_sentence_headline(s: str) -> bool:
    """A headline of two or three short sentences, the last without a full
    stop (``We fixed the roads. Nothing changed``): each sentence capital
    first, the whole as long as a headline."""
    core = s.rstrip(_QUOTES)
    parts = _HEADLINE_SENTENCES.split(s.strip())
    return (4 <= word_count(s) <= HEADLINE_MAX_WORDS and 2 <= len(parts) <= 3
            and all(p.lstrip(_QUOTES)[:1].isupper() for p in parts)
            and not core.endswith((".", ":", ";", ",")))


def _label_as_kicker(s: str, label: str) -> bool:
    """Whether ``s``, a long question (``Fact check: Did the … ?``) that
    reads as a paragraph, is the headline under the label it repeats as its
    kicker (``Fact Check``): its words before the colon are the label's,
    case aside, and the rest reads as a headline."""
    kicker, sep, rest = s.partition(":")
    return bool(sep) and kicker.strip().casefold() == label.strip(_CHROME_TRIM).casefold() \
        and _headline_like(rest.strip())


#: :func:`headline_lines`' answers for the texts of the document at hand,
#: by text, for the one context (``_OWNER``) they were found in: each rule
#: of a pass asks about its own text, and the confirming pass (rerun where
#: the metadata changed) about the same texts again. At most
#: ``_HEADLINE_TEXTS`` texts are kept.
_HEADLINES: dict = structure.document_memo()
_HEADLINE_TEXTS = 8


def _document_answer(memo: dict, text: str, ctx: Context) -> Any:
    """The answer ``memo`` keeps for ``text`` of the document at hand, or
    None: a memo of the last few texts of one document (``ctx``), emptied
    for another document or when it holds more than ``_HEADLINE_TEXTS``."""
    if memo.get(_OWNER) is not ctx or len(memo) > _HEADLINE_TEXTS:
        memo.clear()
        memo[_OWNER] = ctx
    return memo.get(text)


def _may_be_summary(x: Line, ls: list[Line], removed: Sequence[bool], ctx: Context) -> bool:
    """Whether line ``x`` may be a teaser's summary in a grid of teasers
    (see ``blocks.teaser_parts``): a summary, and the next line that no
    phrase list removes the next teaser's headline or a line of metadata.
    (Most texts' first paragraph is none: the grid is not looked for.)"""
    k = x.index + 1
    while k < len(ls) and removed[k]:
        k += 1
    if k == len(ls) or word_count(ls[k].text) > blocks.BlockOptions.teaser_headline_max_words:
        return False  # (the next paragraph of the body)
    nxt = ls[k]
    this, after = blocks.teaser_parts((x.text, nxt.text), ctx.language)
    return this == "S" and after in ("H", "Q", "M")


def _metadata_lines(cands: Sequence[Line], ctx: Context) -> int:
    """How many of ``cands`` are a teaser's line of metadata (a date, a
    time, a byline)."""
    search = structure.DIGIT.search
    texts = [y.text for y in cands if search(y.text) or y.text.startswith(("By ", "BY "))]
    if len(texts) < blocks.BlockOptions.teaser_min_run:
        return 0  # (most texts: a figure in fewer lines)
    return blocks.teaser_parts(texts, ctx.language).count("M")


def teaser_grid_lines(text: str, ls: list[Line], ctx: Context,
                      labelled: bool = True) -> dict[int, str]:
    """The lines (indexes into ``ls``, the lines of ``text``) of the grids
    of teasers of the text, each with its reason (see
    ``blocks.teaser_grids``); with ``labelled``, the lines a local
    phrase-list rule removes are the labels of the page's boxes
    ("Related stories"), under which a headline and its summary are a
    teaser too; without, only teasers with a line of metadata are found
    (a date, a byline: M001 and M004 ask, before the phrase lists run).
    Remembered for the last texts of the document (the headline finder,
    B006, the block rules and the metadata rules ask in turn)."""
    if structure.FAST:
        found = _document_answer(_GRIDS, (text, labelled), ctx)
        if found is not None:
            return found
    labels = [i for i, r in enumerate(removed_lines(text, ls, ctx)) if r] if labelled else ()
    out = blocks.teaser_grids([x.text for x in ls], ctx.language, labels=labels)
    if structure.FAST:
        _GRIDS[(text, labelled)] = out
    return out


#: The grids of teasers of the last texts of the document at hand (see
#: ``teaser_grid_lines``).
_GRIDS: dict = structure.document_memo()


def comment_thread_lines(text: str, ls: list[Line], ctx: Context) -> dict[int, str]:
    """The lines (indexes into ``ls``, the lines of ``text``) of the
    threads of readers' comments after the article, with no heading over
    them, each with its reason (see ``blocks.comment_threads``).
    Remembered for the last texts of the document (M004 and the block
    rules ask in turn)."""
    if structure.FAST:
        found = _document_answer(_THREADS, text, ctx)
        if found is not None:
            return found
    def live() -> bool:
        # (the page's headline says it is a liveblog: its entries are no
        # readers' comments, whatever voice they speak in)
        head = headline_of(text, ls, ctx)
        first = ls[head] if head >= 0 else next((x for x in ls if x.text), None)
        return first is not None and blocks.is_live_headline(first.text)

    out = blocks.comment_threads([x.text for x in ls], ctx.language, live=live)
    if structure.FAST:
        _THREADS[text] = out
    return out


#: The threads of readers' comments of the last texts of the document at
#: hand (see ``comment_thread_lines``).
_THREADS: dict = structure.document_memo()


def headline_of(text: str, ls: list[Line], ctx: Context) -> int:
    """The index (into ``ls``) of the headline (see :func:`headline_lines`)."""
    return headline_lines(text, ls, ctx)[0]


def headline_lines(text: str, ls: list[Line], ctx: Context) -> tuple[int, dict[int, str]]:
    """The index (into ``ls``, the lines of ``text``) of the headline: among
    the lines before the body's first paragraph that no local phrase-list
    rule removes (a cookie banner, a share bar), the first, unless it is a
    line over the headline that is never one (a menu, a ticker, a label,
    ``In brief``, ``Culture | Interview``) or a short section label or a
    site's name over a longer headline (see :func:`_short_label`), or a
    column's name under such a line (see :func:`_series_label`); -1 if
    there is no line before the body. The lines over the headline are
    B011's to remove; the headline is what B101 and B105 keep and what B006
    reads the lines under it against. With it, the kind of each line over
    it that no phrase-list rule knows, by index: "menu", "ticker", "label",
    "date" (a date line), "site" (a site's name over a menu, a trail or a
    date line, see :func:`_site_name`) or "short" (a short section label or
    a site's name). A grid of teasers over the article (see
    :func:`teaser_grid_lines`, B104's) is no line over the headline, and
    a teaser's summary no body: the headline is under the grid, and the
    lines over the grid (menus, its label) are none."""
    if structure.FAST:
        found = _document_answer(_HEADLINES, text, ctx)
        if found is not None:
            return found
    cands: list[Line] = []
    at_body = False
    removed = removed_lines(text, ls, ctx)
    grid: dict[int, str] | None = None  # the lines of grids of teasers, once asked
    for x in ls:
        if removed[x.index] or (grid and x.index in grid):
            continue
        if x.index > 0 and structure.is_body_paragraph(x.text) and not (
                cands and _label_as_kicker(x.text, cands[-1].text)):
            # (a teaser's summary in a grid of teasers over the article is
            # no body: the grid is B104's, and the headline is under it)
            if grid is None and _may_be_summary(x, ls, removed, ctx):
                grid = teaser_grid_lines(text, ls, ctx)
            if not grid or x.index not in grid:
                at_body = True
                break
            continue
        cands.append(x)
        if len(cands) > HEADLINE_SEARCH_LINES:
            break
    if grid is None and len(cands) >= 2 * blocks.BlockOptions.teaser_min_run \
            and _metadata_lines(cands, ctx) >= blocks.BlockOptions.teaser_min_run:
        grid = teaser_grid_lines(text, ls, ctx)  # (teasers without a summary)
    if grid:
        last = max((y.index for y in cands if y.index in grid), default=-1)
        cands = [y for y in cands if y.index not in grid]
        below = [y for y in cands if y.index > last]
        parts = blocks.teaser_parts([y.text for y in below], ctx.language)
        if any(_headline_like(y.text) and part != "M" for y, part in zip(below, parts)):
            # the headline under a grid over the article: the lines over
            # the grid (menus, its label, "More from the newsroom") are none
            cands = below
    out = cands[0].index if cands else -1
    # a run of short lines (a menu written one item a line: "Home", "UK",
    # "World") is the page's
    short = [0 < word_count(x.text) <= SectionLabel.MAX_LABEL_WORDS
             and not structure.ends_like_sentence(x.text) and not structure.DIGIT.search(x.text)
             for x in cands]  # (short lines of figures are a table's)
    # ... but not the page's title over it: a first line of two words or
    # more, not in the words of sections ("Royal Self-Indicting Arrogance"
    # over "World", "Business", "Opinion")
    if cands and _headline_like(cands[0].text) and not _section_words(cands[0].text):
        short[0] = False
    menu_run = [False] * len(cands)
    k = 0
    while k < len(cands):
        j = k
        while j < len(cands) and short[j]:
            j += 1
        if j - k >= MENU_RUN_LINES:
            menu_run[k:j] = [True] * (j - k)
        k = j + 1 if j == k else j
    # a short label is the first of the lines over the headline, or comes
    # under the page's menus and tickers only (under "In brief", a short
    # line is the headline, over its standfirst)
    short_ok = True
    two_part = False
    kinds: dict[int, str] = {}
    for k in range(len(cands) - 1):
        s = cands[k].text
        kind = "menu" if menu_run[k] else _label_kind(s, ctx)
        kinds[cands[k].index] = kind or "short"
        if kind is None and k == 0 and len(cands) >= 2:
            # the site's name over the page's menu, trail or date line
            # ("The Valley Courier" over "News  Sport  Business"); not the
            # page's title over a menu written one item a line
            q = 1
            while q < len(cands) - 1 and not menu_run[q] and _furniture(cands[q].text, ctx):
                q += 1
            # (or over a date line a phrase-list rule removes: "Updated
            # 04/09/2024 16:20")
            dated = any(_date_line(x.text, ctx) for x in ls[cands[0].index + 1:cands[1].index])
            if (q > 1 or dated) and _site_name(s, [x.text for x in cands[q:]]):
                kinds[cands[k].index] = "site"
                out = cands[k + 1].index
                continue
        if kind is None:
            below = cands[k + 1].text
            after = cands[k + 2].text if k + 3 == len(cands) else None
            last = at_body and k + 2 == len(cands)
            if not (short_ok and _headline_like(below) and _short_label(s, below, after, ls, last=last)):
                if not (k > 0 and last and _series_label(s, below, ls)):
                    break
                two_part = not _headline_like(below)
        elif not any(_headline_like(x.text) and not menu_run[q]
                     for q, x in enumerate(cands[k + 1:], k + 1)):
            break  # no headline under it
        short_ok = kind in ("menu", "ticker", "date")
        out = cands[k + 1].index
    if cands and out != cands[0].index and not (_headline_like(ls[out].text) or two_part):
        out, kinds = cands[0].index, {}  # no headline under them: nothing is known
    kinds = {i: kind for i, kind in kinds.items() if i < out}
    if structure.FAST:
        _HEADLINES[text] = (out, kinds)
    return out, kinds


@register
class SectionLabel(Rule):
    """A section label on the line above the headline is removed.

    ## What it does
    When the first line is a short label (at most three words, no sentence
    punctuation: ``World news``, ``Russia-Ukraine war``, ``News|Europe``) and
    the second line is a headline (six to thirty words, no full stop at the
    end, not a line the phrase lists remove such as a share bar), the label
    goes to metadata ``section`` and the headline becomes the first line. A
    label in the words of sections (all of them in the list, ``World news``,
    a trail from its root, ``News World``, ``Home Travel Guides``, or two
    capitalised words joined by ``&`` or ``and``, one of them in the list,
    ``Crime & Justice``) goes
    over a short headline too (three to five words: ``Council shuts old
    library``), to metadata ``section`` without the root (``World``).
    A short headline over its standfirst (``Storm Ciaran hits Cornwall`` over
    ``Thousands without power as winds batter the south coast``) stays, and
    so does a short headline that names the story's subject, a name the first
    paragraph repeats (``Jane Doe obituary`` over ``Pioneering geologist who
    mapped the sea floor``, then ``Jane Doe, who has died aged 91, …``).
    But a column's name of two or three words in Title Case over a line in
    sentence case of fewer than fourteen words right over the body
    (``Pocket Guide`` over ``Why your energy bill may rise again this
    winter``, maybe with a byline between it and the body) is a label, and
    the line under it the headline: the name goes to metadata ``section``.
    (A headline of three words in Title Case over its standfirst is read so
    too: such headlines are rare, columns' names common.)
    A headline that repeats the label over it as its kicker (``Fact
    Check`` over ``Fact check: Did the … ?``) is the headline, even when,
    a long question, it reads as a paragraph.
    A longer trail written with spaces (four to six capitalised words, the
    first a section's word or the root, no figure and none of the small
    words of a headline in Title Case, ``Of``, ``After``, ``Says``: ``Home
    News World Europe``, ``Sport Cricket County Championship``) is such a
    label over a longer headline; from the root, or with a section's name
    joined by ``and`` (``Lifestyle Food and Drink``), over a short headline
    or one right over the body too.

    A first line that is a menu or a breadcrumb trail (short items joined by
    separators: ``Markets | Companies | Economy | Opinion``, ``NEWS > UK >
    CRIME``) goes when a headline follows within three lines, and with it
    the short lines between them (a login link, a label: at most three words
    each); a trail of arrows goes to metadata ``section`` (without its root,
    ``Home`` or ``News``), and so does a short trail from the root
    (``Home | World | Europe``: ``World > Europe``; a longer line from
    ``Home`` is the site's menu, and names no section).

    More generally, the headline is found under whatever is printed over
    it (:func:`headline_of`): a label the list knows (``In brief``,
    ``Press release``, ``For immediate release``), a label of short parts
    joined by a separator (``Culture | Interview``), a menu (items between
    separators or runs of spaces, or three or more short lines one under
    the other), a market ticker (figures and arrows, no word in lower
    case), and a site's name or a short label over a headline of six
    words or more; all of these go, and the headline becomes the first
    line (B101 and B105 keep it, B006 reads the lines under it against
    it). Under such a label, a column's or a series' name (three words at
    most: ``Opinion`` over ``Letters from abroad``) goes too when the line
    under it, right over the body, is a longer headline that is no
    standfirst of it (in Title Case, or two sentences: ``We built the
    roads. The traffic came``); metadata ``section`` gets both
    (``Opinion > Letters from abroad``); an outlet's line with its section
    (``The Harbour Courier | Opinion``) gives ``source`` and ``section``,
    as under the headline (M001). A page's first line over a menu is
    its title, not an item, unless it is the site's name over a menu of one
    line, a trail or a date line (``Il Giornale di Valle`` over ``Home
    Cronaca  Sport``, ``The Harbour Post`` over ``Aggiornato il 04/09/2024
    alle 16:20``; four words at most, each capitalised or short) with a
    longer headline under them (a section's label between allowed): the
    name goes to metadata ``source``, and all of them go (M004 leaves
    such a date line to this rule). A date line
    (what M004 takes in the document's language: a date and at most two
    words besides its labels, weekdays and times, ``Mittwoch, 5. Juni
    2024, 07:40 Uhr``; or one with a date in figures whose order the
    language does not say, ``Updated 05/06/2024 09:10`` in English) is
    never the headline; over the headline it goes (to metadata ``date``
    when the language's date forms read it).

    ## Why
    Pages print the section or the running story above the headline; left
    there, it takes the headline's place (and the headline under it is then
    cut as another story's, B006).
    """

    code, name, stage = "B011", "section-label", "headline"
    example = ("Russia-Ukraine war\n\nZelenskyy says Russia wants to erase Ukraine and its history\n\n"
               "Kyiv said on Monday it would respond.\n",
               "Zelenskyy says Russia wants to erase Ukraine and its history\n\n"
               "Kyiv said on Monday it would respond.\n")
    #: Section labels run to two or three words ("World news", "War in
    #: Ukraine"); a four-word first line is as likely a short headline.
    MAX_LABEL_WORDS = 3

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        ls = structure.lines(text)
        head = _menu_over_headline(ls)
        if head:
            trail = ls[0].text
            section = _trail_section(trail)
            meta = {"section": section} if section else {}
            yield self.drop_line(text, ls[0].start, ls[0].end, f"menu or breadcrumbs '{trail}'",
                                 metadata=meta)
            # the labels and links between the trail and the headline
            # ("Sign in", "Companies") go with it: left, the first would
            # take the headline's place
            between = ls[1:head]
            if all(word_count(x.text) <= self.MAX_LABEL_WORDS
                   and not structure.ends_like_sentence(x.text) for x in between):
                for x in between:
                    yield self.drop_line(text, x.start, x.end,
                                         f"label '{x.text}' between the menu and the headline")
            return
        if len(ls) < 3:
            return
        head, kinds = headline_lines(text, ls, ctx)
        if head <= 0:
            return
        # the section: the first label that names one, and a short label
        # right under it (a column's or a series': "Opinion > Letters")
        section, at, outlet = "", -1, {}
        for x in ls[:head]:
            kind = kinds.get(x.index)
            if kind not in ("label", "short", "menu"):
                continue
            name = x.text.strip(_SEPARATORS + " ")
            # (a label of parts, one of them a section's name: "Local
            # News | Ashworth")
            if kind == "menu":
                trail = "" if section else _trail_section(name)
                if trail:
                    section, at, last = trail, x.index, x.index
            elif not section and (kind == "short" or _section_words(name) or any(
                    _section_words(p) for p in _CHROME_BAR_SEP.split(name))):
                ws = name.split()
                while len(ws) > 1 and ws[0].casefold() in _ROOTS_FOLDED:
                    ws = ws[1:]  # the trail's root: "News World" is World
                section, at, last = " ".join(ws), x.index, x.index
                if _CHROME_BAR_SEP.search(name):
                    # the outlet's line with its section ("The Harbour
                    # Courier | Opinion"): split as M001 splits it under
                    # the headline
                    from .metadata import outlet_line_meta
                    outlet = outlet_line_meta(name, ctx.language) or {}
                    section = outlet.get("section", section)
            elif section and kind == "short" and x.index == last + 1:
                section, last = f"{section} > {name}", x.index
        for x in ls[:head]:
            kind = kinds.get(x.index)
            if kind is None:
                continue  # its own rule removes it (a cookie banner's title)
            label = x.text
            if kind == "menu":
                why = f"menu or breadcrumbs '{label}' over the headline"
            elif kind == "ticker":
                why = f"ticker '{label}' over the headline"
            elif kind == "site":
                why = f"site name '{label}' over the page's menu or date line"
            elif kind == "date":
                why = f"date line '{label}' over the headline"
            else:
                why = f"section label '{label}'"
            meta = {**outlet, "section": section} if x.index == at else {}
            if kind == "site":
                meta["source"] = label.strip()
            elif kind == "date":
                from .metadata import parse_date  # (the rules import each other)
                date = parse_date(label, ctx.language)
                if date:
                    meta["date"] = date
            yield self.drop_line(text, x.start, x.end, why, metadata=meta)


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
    # its verdicts are the lines' (structure.lines) alone: blind to the
    # layout (see Rule.sees_layout)
    sees_layout = False
    example = ("Troops sent to the border\n\nShare\n\nTroops sent to the border\n\nText.\n",
               "Troops sent to the border\n\nShare\n\nText.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        if line.index > 0 and normalise(line.text) == normalise(ls[0].text) and normalise(line.text):
            return "the headline again"
        return None

    def matches(self, text: str, ls: list[Line], ctx: Context) -> list[str | None]:
        # match() line by line, with the headline normalised once
        out: list[str | None] = [None] * len(ls)
        head = normalise(ls[0].text) if ls else ""
        if not head or len(ls) < 2:
            return out
        # Normalising a line (a regex substitution over all of it) is costly
        # and nearly every line differs from the headline. Each word of the
        # headline's normal form is a run of the casefolded line (casefold
        # maps character by character; the substitution only turns the
        # runs between words into spaces), so a line whose casefold lacks
        # the headline's longest word cannot repeat it: only the lines that
        # hold the word are normalised.
        key = max(head.split(" "), key=len)
        start = ls[1].start
        rest = text[start:]
        if rest.isascii():
            # lower() is casefold() here, and keeps the offsets: the lines
            # that hold the word are found by where it occurs
            folded = rest.lower()
            starts = [line.start for line in ls]
            asked = []
            at = folded.find(key)
            while at >= 0:
                i = bisect.bisect_right(starts, start + at) - 1
                if not asked or asked[-1] != i:
                    asked.append(i)
                at = folded.find(key, at + 1)
        else:
            # (casefolding a text with other characters is slow: each line
            # is casefolded once a document, ASCII lines lower-cased)
            asked = [i for i in range(1, len(ls))
                     if key in (ls[i].text.lower() if ls[i].text.isascii()
                                else _casefolded(ls[i].text))]
        for i in asked:
            if i > 0 and normalise(ls[i].text) == head:
                out[i] = "the headline again"
        return out


#: A line casefolded, remembered for the document.
_casefolded = structure.per_document(str.casefold)


@per_language
def _chrome(language: str | None) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The page's chrome: the lines it is exactly, casefolded (an advert's
    slot among them, ``[ad_markers]``), the patterns of the others, and
    those of a slot (see ``_ad_pattern``)."""
    exact = frozenset(s.casefold() for s in resources.entries("chrome", "lines", language)
                      + resources.entries("ad_markers", "lines", language))
    return (exact, resources.regex_list("chrome_patterns", "patterns", language=language),
            _ad_markers(language)[1])


@functools.lru_cache(maxsize=None)
def _ad_markers(language: str | None) -> tuple[frozenset[str], re.Pattern[str]]:
    return (frozenset(s.casefold() for s in resources.entries("ad_markers", "lines", language)),
            resources.regex_list("ad_markers", "patterns", language=language))


_CHROME_TRIM = " \t:|»›•·>-–—"


def ad_marker(s: str, ctx: Context) -> bool:
    """Whether line ``s`` is an advert's slot left in the text: its label
    ("Advertisement", "ADVERT", "— Ad —", "[Sponsored]") or the page's word
    that the story goes on under it ("Story continues below this
    advertisement", "Continue reading the main story"): ``[ad_markers]``
    of boilerplate.toml, in the document's language too. (Page chrome,
    B002; see ``rules.blocks`` for the article's run across it.)"""
    exact, pattern = _ad_markers(_words_of(ctx))
    return s.strip(_CHROME_TRIM).casefold() in exact or _ad_pattern(s, pattern)


def _ad_pattern(s: str, pattern: re.Pattern[str]) -> bool:
    """Whether line ``s`` is an advert's slot by one of the patterns of
    ``[ad_markers]``: asked only of a line in brackets or one that says the
    story continues, as each of them is (not every line of the page tries
    them)."""
    return (s[:1] in "[(<" or "ontinue" in s or "ONTINUE" in s) and bool(pattern.fullmatch(s))


@register
class PageChrome(LineRule):
    """Page furniture on a line of its own is removed.

    ## What it does
    Removes short lines that are a label of the page, not a sentence:
    ``Updated:``, ``Live``, ``Pinned`` (a liveblog's mark on its pinned
    entry), ``Share``, an advert's slot in any case and spelling
    (``Advertisement``, ``ADVERT``, ``— Ad —``, ``[Sponsored]``, ``Story
    continues below this advertisement``, ``Continue reading the main
    story``; see B105 for the article's run across it), ``3 min read``,
    ``12 comments``, such a label with its count or length after a
    separator (``Listen to this article • 4 min``, ``Comments (14)``),
    ``© 2022 …``, ``Comments are closed.``, ``You must be logged in to
    post a comment.``, ``Commenting is disabled for this article.``, pagination
    (``« Previous page  Page 2 of 4  Next page »``) (the list is data), a
    bar of such labels (``Print | Close window``), the header of a page's
    print version (``Printed from example.com``), and notices about the
    page itself (``This is a developing story. Check back for updates.``,
    ``Advertisement - scroll to continue``, ``We may earn a commission …``,
    ``Market data delayed by 15 minutes.``), and a call to share the story
    with a friend (``Like this story? Share it with a friend!``). For a document in
    French, German, Spanish, Italian, Portuguese
    or Dutch (one of the expected languages), that language's labels count
    too: ``Publicité``, ``Anzeige``, ``Mehr zum Thema``, ``Compartir``…, and
    its notices that the comments are closed or need a login (``Zu diesem
    Beitrag kann kein Kommentar mehr verfasst werden.``, ``Les réactions sont
    closes sur ce sujet.``, ``Regístrate para comentar``, ``Meld je aan om
    te reageren``).

    ## Why
    A naive text dump keeps every label of the page around the article.
    """

    code, name = "B002", "page-chrome"
    local = True
    example = ("Advertisement\n\n3 min read\n\nKyiv said on Monday it would respond.\n",
               "Kyiv said on Monday it would respond.\n")

    max_chars = 80

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        s = line.text
        if not self._reads_as_chrome(s, ctx):
            return None
        if _teaser_alone(ctx).fullmatch(s) or _box_label(s, _box_labels(ctx)):
            return None  # "Read more:" over a link's headline: B005's, with the link
        return f"page chrome '{s}'"

    @staticmethod
    def _reads_as_chrome(s: str, ctx: Context) -> bool:
        """Whether line ``s`` reads as the page's chrome (``match`` leaves
        a teaser's label out of it: asked of the few lines this takes, not
        of every line)."""
        exact, pattern, slot = _chrome(ctx)
        if s.strip(_CHROME_TRIM).casefold() in exact or pattern.fullmatch(s) \
                or _ad_pattern(s, slot):
            return True
        # a label with its count or its length ("Listen to this article •
        # 4 min", "Comments (14)", "Artikel zum Hören · 3 Min.")
        # (every match of _LABEL_MEASURE holds a digit: a line without
        # one is not searched from each of its positions)
        fast = structure.FAST
        m = (_LABEL_MEASURE.search(s) if not fast or structure.DIGIT.search(s) else None)
        if m and s[:m.start()].strip(_CHROME_TRIM).casefold() in exact:
            return True
        # a bar of such labels ("Print this page | Close window"; a share
        # bar, "Email • Twitter", is B003's)
        if ((not fast or "|" in s or "•" in s or "·" in s)
                and _CHROME_BAR_SEP.search(s) and not _share_bar(ctx).fullmatch(s)):
            items = [x.strip(_CHROME_TRIM).casefold() for x in _CHROME_BAR_SEP.split(s)]
            if len(items) >= 2 and all(x in exact for x in items):
                return True
        return False

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        yield from super().check(text, ctx)
        # a call to share the story with another action: looked for only in
        # a text that holds one (not asked of every line)
        if any(text.find(w) >= 0 for w in _SHARE_WITH_HINTS):
            for line in structure.lines(text):
                s = line.text
                if s.startswith(("Share ", "share ", "SHARE ")) \
                        and _SHARE_WITH.fullmatch(s.strip(_CHROME_TRIM)):
                    yield self.drop_line(text, line.start, line.end, f"page chrome '{s}'")


#: A count or a length after a label of the page (``• 4 min``, ``(14)``,
#: ``· 3:20``): minutes in the languages with phrase lists.
_MINUTES = r"min(?:ute[ns]?|uti|utos|s)?\.?"
_LABEL_MEASURE = lazyre.compile(
    rf"(?:\s*[|•·–—-]\s*(?:\(\d+\)|\d+(?::\d{{2}})?(?:\s*{_MINUTES})?)|\s*\(\d+\)"
    rf"|\s+\d+\s*{_MINUTES})\s*$", re.IGNORECASE)


#: A call to share the story with another action ("Share or save this
#: story", "Share and comment on the article"); looked for only in a text
#: that holds one of ``_SHARE_WITH_HINTS``.
_SHARE_WITH = lazyre.compile(r"(?i:share\s+(?:or|and|&)\s+(?:comment(?:\s+on)?|save|print|e-?mail|discuss)"
                             r"\s+(?:this|the)\s+(?:article|story|page|post))")


_SHARE_WITH_HINTS = ("hare or ", "hare and ", "hare & ", "HARE OR ", "HARE AND ")


#: What separates the labels of a bar of the page's chrome.
_CHROME_BAR_SEP = lazyre.compile(r"\s+[|•·]\s+")  # (B002 asks only a line holding | • or ·)


def _openers(phrases: Iterable[str], folded: bool = False) -> tuple[str, ...]:
    """The first words of ``phrases`` (up to a space, which the patterns of
    :func:`resources.alternation` read as any run of spaces), lower-cased
    with ``folded``: a line that a pattern starting with one of the phrases
    matches from its start opens with one of them (see :func:`_may_open`)."""
    words = {p.split()[0] for p in phrases if p.split()}
    if folded:
        # (up to a letter that is not ASCII: that one might match an ASCII
        # letter, see _may_open; and no longer than the head it is asked of)
        words = {re.match(r"[\x00-\x7f]*", w).group().lower()[:_OPENER_CHARS] for w in words}
    return tuple(sorted(words))


def _may_open(s: str, openers: tuple[str, ...], folded: bool = False) -> bool:
    """False only if ``s`` cannot open with one of the phrases behind
    ``openers`` (:func:`_openers`). A pattern that ignores case matches an
    ASCII letter with itself in either case, and with a few other letters
    that are not ASCII (İ ı ſ K; see :mod:`cleaner.prefilter`): a line that
    is not ASCII where the phrases' words would be may open with any."""
    if not folded:
        return s.startswith(openers)
    head = s[:_OPENER_CHARS]
    return not head.isascii() or head.lower().startswith(openers)


#: The longest first word of the phrases :func:`_may_open` is asked about.
_OPENER_CHARS = 40


def _share_items(language: str | None) -> list[str]:
    return resources.boilerplate()["social"]["networks"] + resources.entries(
        "social", "verbs", language)


@per_language
def _share_bar(language: str | None) -> re.Pattern[str]:
    """A share bar: networks, and the share verbs of English and of the
    document's language ("Teilen", "Partager", "Compartir en")."""
    item = rf"(?:{resources.alternation(_share_items(language))}|\d+(?:\.\d+)?[KkMm]?)"
    sep = r"(?:\s*[|•·/,:–—-]\s*|\s+)"
    return re.compile(rf"{item}(?:{sep}{item})+[\s:]*", re.IGNORECASE)


@per_language
def _share_bar_openers(language: str | None) -> tuple[str, ...]:
    """What a share bar opens with (:func:`_may_open`, folded): the first
    letter of an item, or a count's first figure."""
    return _openers(_share_items(language), folded=True) + tuple("0123456789")


#: A share count (``12``, ``1.2K``), and what a share bar puts between its items.
_COUNT = lazyre.compile(r"\d+(?:\.\d+)?[KkMm]?")
_SHARE_SEPARATORS = " \t|•·/,:–—-"


@register
class ShareBar(LineRule):
    """A line made of social-network names and share verbs is removed.

    ## What it does
    Removes lines such as ``Twitter Facebook Reddit Pinterest Email`` or
    ``Share on Facebook | Tweet | Email``: two or more items from the list of
    networks and share verbs, and nothing else but separators and counts
    (``Share 1.2K``). Counts alone are not a share bar: a liveblog's
    timestamp (``14:52``) or a score (``2 - 1``) stays. For a document in
    French, German, Spanish, Italian, Portuguese or Dutch (one of the
    expected languages), that language's share verbs count too
    (``Compartir en Facebook  Enviar por correo``, ``Teilen | Drucken``).

    ## Why
    Share bars are buttons of the page.
    """

    code, name = "B003", "share-bar"
    local = True
    example = ("Share\n\nFacebook | WhatsApp | Email\n\nKyiv said it would respond.\n",
               "Share\n\nKyiv said it would respond.\n")

    max_chars = 200

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        # (most lines open with no item: the pattern tries every item first)
        if _may_open(line.text, _share_bar_openers(ctx), folded=True) \
                and _share_bar(ctx).fullmatch(line.text) \
                and _COUNT.sub("", line.text).strip(_SHARE_SEPARATORS):
            return "share bar"
        return None


def _teaser(language: str | None) -> re.Pattern[str]:
    # (after a label that ends in "on", the site's address is a separator:
    # "Also on example.com Harbour dues to double")
    return resources.phrase_regex(
        "teaser", "prefixes", r"(?:{})\s*(?:[|:>»›•]+|[-–—]+(?=\s)|" + _ON_SITE + r")\s*(?P<rest>\S.*)",
        flags=0, language=language)


#: A site's address after a teaser's label that ends in "on" ("Also on
#: example.com"), maybe with a separator after it.
_ON_SITE = (r"(?<=\s[oO][nN])\s+(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}"
            r"(?:\s*(?:[|:>»›•]+|[-–—]+(?=\s)))?(?=\s)")


#: The brackets a whole teaser may stand in ("[Related: Harbour dues to
#: double]", "(Watch: The roof falls in)"), each with its closing one.
_TEASER_BRACKETS = {"[": "]", "(": ")"}

#: "RUSSIA-UKRAINE WAR: LIVE UPDATES": a label in capitals, a colon, a title.
_KICKER = lazyre.compile(r"[A-Z0-9][A-Z0-9 ’'&-]{1,40}:\s*[A-Z0-9][A-Z0-9 ’',&-]{2,80}[A-Z0-9]")
#: The value of a label in capitals that is a figure or a measure ("12GB",
#: "8 GB", "3,200 MAH"), maybe several ("256GB, 512GB"): a specification.
_MEASURE = lazyre.compile(r"\d[\d.,]*\s?[A-Z]{0,3}(?:\s?[,X]\s?\d[\d.,]*\s?[A-Z]{0,3})*")


@register
class TeaserLink(LineRule):
    """A link to another story, introduced by ``Read |``, ``Watch:``… is removed.

    ## What it does
    Removes a line that starts with a teaser label from the list (``Read``,
    ``Reading``, ``Watch``, ``READ MORE``, ``Related``, ``See also``…), then
    a separator (``|``, ``:``, a dash; after a label that ends in "on",
    the site's address, ``Also on example.com Harbour dues to double``,
    while ``Also on Tuesday, …`` stays), then a headline (a capital first,
    not a sentence of prose), or a kicker all in capitals (``RUSSIA-UKRAINE
    WAR: LIVE UPDATES``; not a label in capitals over a figure or a
    measure, ``RAM: 12GB``, a line of a list of specifications); the
    whole link may stand in brackets (``[Related: Harbour dues to
    double]``; ``[sic]`` and a bracketed sentence stay). ``Read
    more broadly, …`` has no separator and
    stays, and so does ``Related: the Geminids are brighter.`` A label
    alone on its line (``Read more:``; without its colon when it runs to
    three words or more, ``More on this story``, or when it is the label
    of a box of links to other stories, in any case: ``Read also``,
    ``Related``, ``see also``, ``Lees ook``, ``Leggi anche``, ``Sur le même
    sujet``) goes, and with it the headline of the link on the next line
    (a capital first, up to twenty words, no sentence: ``Harbour dues to
    double from next year``) and those of the links right under it, no
    blank line between — or a blank line between each, when one stands
    between the label and its first link too (a page dumped with a blank
    line between all its blocks). The linked story's summary cut off by
    the page, right under a link's headline so taken, goes too: a capital
    first, forty words at most, an ellipsis at its end after a word or a
    comma, no quotation mark, two words of four letters or more of the
    headline's (``Storm closes the northern ferry terminal`` over ``The
    northern terminal was closed again after the storm damaged the
    ramp,...``); it ends the run. ``Read more`` alone is a button that
    goes on with the story, no box's label. After the
    body's start, a label that names the outlet between "More" and
    "Stories", "News" or "Coverage" is such a label too, whatever the
    name (``More Great Harbour Gazette Stories``, ``More Top Stories``;
    the patterns are data), and so is one that names a section of the
    site after "Next up in", "More in" or "More from" (``Next Up In
    Science & Health``, ``More in Politics``); ``More great stories came
    from the archive.`` and ``Next up in the dock was …`` stay. A
    ``More in …`` or ``More from …`` line reads as a crosshead or a name
    as well (``More In Common``, an organisation; ``More From Less``, a
    book): it is a label only over two links at least, over one link's
    headline right under it (no blank line between, one after it) when
    it names a usual section or an outlet (``More in Politics``, ``More
    from Harbour Gazette``; a crosshead over its one-line strapline,
    ``More In Common`` / ``Who answered the survey``, stays), or
    after the article (no paragraph of prose under it), and over the
    article's paragraphs it stays, with a colon too (``More from the
    Chancellor:`` over a quotation leads into it). The run of links ends at a sentence, and at chrome of another
    kind after a link, which its own rule removes with its own reason: a
    line a phrase-list rule knows (``Comments (87)``, a share bar, a
    newsletter's call, ``Subscribe for unlimited access``), a menu or a bar
    of links (``Contact | Legal notice | Cookies``), a copyright line
    (``City Herald © 2024``). Such a line right under the label, before
    the first link (``Back to Top``), goes by its rule, and the links start
    under it. For a
    document in French, German, Spanish, Italian, Portuguese or Dutch (one
    of the expected languages), that language's labels count too: ``Lire
    aussi :``, ``Mehr zum Thema:``, ``Leer más:``, ``Leggi anche:``…
    The article's own headline, the first line before the body that no
    local rule removes, may open with such a label as its kicker
    (``Opinion: …``, ``Live: …``, ``Watch: …``): it stays, unless another
    headline (not its standfirst) follows it before the body.

    ## Why
    Pages interleave links to their other stories with the text.
    """

    code, name = "B005", "teaser-link"
    #: What the change says of a teaser's label alone on its line.
    LABEL = "teaser's label"
    #: What the change says of a link's headline under a teaser's label.
    LINK = "link to another story (under a teaser's label)"
    example = ("Kyiv said it would respond.\n\nRead | Troops sent to the border\n",
               "Kyiv said it would respond.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        # not a local rule: a kicker on the first line is the headline, and
        # a teaser's headline may stand under its label
        return self.matches("", ls, ctx)[line.index]

    def matches(self, text: str, ls: list[Line], ctx: Context) -> list[str | None]:
        verdict = _teaser_verdict(ctx)
        named, named_openers, crosshead_like = _named_label(ctx)
        body = -1             # (the body's start, found when first needed)
        out: list[str | None] = []
        under_label = False   # the line under a teaser's label...
        last_link = -2        # ... or right under a link taken so (its index)
        spaced = False        # the box sets its links apart with blank lines
        prev = None
        for line in ls:
            s = line.text
            kicker, teaser, label = verdict(s)
            if not label and named is not None and len(s) <= _NAMED_LABEL_CHARS \
                    and s.startswith(named_openers) and named.fullmatch(s):
                if body < 0:
                    body = structure.body_start(ls)
                # "More Great Harbour Gazette Stories", "More in Politics":
                # after the body's start, over a list of links or after the
                # article ("More In Common" over a paragraph is a crosshead)
                label = line.index >= body and (
                    crosshead_like is None or not crosshead_like.fullmatch(s)
                    or _named_label_over_links(ls, line.index, ctx))
            why = "link to another story (a kicker in capitals)" if kicker and line.index > 0 else teaser
            # (where the line stands first: it is under a label or a link
            # taken so in few lines, and a line reads as a link's headline
            # in many)
            if why is None and (
                    under_label or line.index == last_link + 1
                    and (spaced or not _blank_between(text, prev, line))) \
                    and _link_headline(s) and not _other_chrome(line, ls, ctx):
                # the label's links: the line under it, and those right
                # under that one ("More on this story" over a list of
                # links), no blank line between, unless the box puts one
                # between its label and its first link too (a page dumped
                # with a blank line between all its blocks); the run ends at
                # chrome of another kind ("Subscribe for unlimited access",
                # a copyright line), left to its rule, whose change names it
                if under_label:
                    spaced = _blank_between(text, prev, line)
                why = self.LINK
                last_link = line.index
            # the summary of the link right over it, cut off by the page
            # ("Two ferries were held at the quay on Monday,..."): it ends
            # the run of links (what follows is judged on its own)
            if why is None and last_link >= 0 and line.index == last_link + 1 \
                    and out[last_link] == self.LINK and (spaced or not _blank_between(text, prev, line)) \
                    and _cut_summary(s, ls[last_link].text):
                why = "summary of a linked story, cut off (under a teaser's label)"
            if why is None and label:
                why = self.LABEL
            out.append(why)
            # (chrome right under the label, before its first link, "Back
            # to Top", is the page's between the label and its box: the
            # box's links start under it)
            under_label = label or (under_label and why is None and removed_by_local_rule(line, ls, ctx))
            prev = line
        if any(out) and any(out[:structure.body_start(ls)]):  # (most texts have no teaser)
            self._keep_the_headline(ls, out, ctx)
        return out

    @staticmethod
    def _keep_the_headline(ls: list[Line], out: list[str | None], ctx: Context) -> None:
        """The article's own headline may open with a kicker that is a
        teaser's label too (``Opinion: …``, ``Live: …``, ``Watch: …``): the
        first line before the body that no local rule removes is no link to
        another story, unless a headline (not its standfirst) follows it
        before the body."""
        stop = structure.body_start(ls)
        cands = []
        for x in ls[:stop]:
            if not removed_by_local_rule(x, ls, ctx):
                cands.append(x)
                if len(cands) == 2:
                    break
        if not cands or out[cands[0].index] != "link to another story":
            return
        head = cands[0]
        n_head = word_count(head.text)
        if len(cands) > 1:
            s = cands[1].text
            if (_headline_like(s) and 4 <= word_count(s) <= HEADLINE_MAX_WORDS
                    and not _standfirst(s, n_head) and not out[cands[1].index]):
                return  # a teaser over the headline
        out[head.index] = None


def teaser_label_lines(text: str, ls: list[Line], ctx: Context) -> set[int]:
    """The indexes of the lines that B005 removes as a teaser's label alone
    on its line ("Related stories:", "More on this story"), when it is
    enabled: a list of links follows each."""
    for r in line_rules(frozenset(ctx.enabled)):
        if r.code == TeaserLink.code:
            return {i for i, why in enumerate(r.text_matches(text, ls, ctx))
                    if why == TeaserLink.LABEL}
    return set()


def _blank_between(text: str, a: Line | None, b: Line) -> bool:
    """Whether a blank line separates line ``a`` from the next, ``b``, of
    ``text`` (of the lines alone, without the text: whether more than a
    newline is between them)."""
    if a is None:
        return False
    if text:
        return text.count("\n", a.end, b.start) >= 2
    return b.start - a.end > 1


def _teaser_alone_in(language: str | None) -> re.Pattern[str]:
    """A teaser's label alone on its line, with its colon ("Read more:",
    "Lesen Sie auch:"), or without it when the label runs to three words
    or more ("More on this story", "Mehr zum Thema": a line no crosshead
    reads as), or the label of a box of links to other stories, case aside
    and with or without its colon (``[teaser] labels``: "Read also", "Lees
    ook", "Leggi anche", "see also"): the headline of the link is on the
    next line."""
    labels = resources.entries("teaser", "prefixes", language)
    long = resources.alternation(x for x in labels if len(x.split()) >= TEASER_LABEL_WORDS)
    return re.compile(rf"\s*(?:(?:{resources.alternation(labels)})\s*:|(?:{long or '(?!)'}))\s*")


@per_language
def _box_labels(language: str | None) -> frozenset[str]:
    """The labels of a box of links to other stories (``[teaser]
    labels``), case-folded."""
    return frozenset(p.casefold() for p in resources.entries("teaser", "labels", language))


#: A box's label is no longer than this (a cheap test before the set's).
BOX_LABEL_MAX_CHARS = 48


def _box_label(s: str, labels: frozenset[str]) -> bool:
    """Whether line ``s`` is one of the ``labels`` of a box of links, case
    aside, with or without its colon ("Read also", "Lees ook:", "see
    also")."""
    return len(s) <= BOX_LABEL_MAX_CHARS and " ".join(s.rstrip(" :").split()).casefold() in labels


_teaser_alone = per_language(_teaser_alone_in)


#: A teaser's label that names the outlet has at most so many characters.
_NAMED_LABEL_CHARS = 80


@per_language
def _named_label(language: str | None) -> tuple[re.Pattern[str] | None, tuple[str, ...],
                                                re.Pattern[str] | None]:
    """A teaser's label that names the outlet ("More Great Harbour Gazette
    Stories", the ``label_patterns`` of the teaser lists; None when the
    lists have none), the first words of the teasers' labels, one of
    which each pattern opens with, and those of the labels that read as a
    crosshead or a name too ("More In Common", ``crosshead_like_labels``;
    None when there are none): see :func:`_named_label_over_links`."""
    patterns = resources.entries("teaser", "label_patterns", language)
    if not patterns:
        return None, (), None
    guarded = resources.entries("teaser", "crosshead_like_labels", language)
    return (resources.regex_list("teaser", "label_patterns", flags=0, language=language),
            _openers(resources.entries("teaser", "prefixes", language)),
            resources.regex_list("teaser", "crosshead_like_labels", flags=0, language=language)
            if guarded else None)


#: A section's label that reads as a crosshead too stands over so many
#: links at least (or after the article).
NAMED_LABEL_LINKS = 2


def _named_label_over_links(ls: list[Line], i: int, ctx: Context) -> bool:
    """Whether the label that names a section on line ``i`` and reads as a
    crosshead or a name too (``More in Politics``, ``More From Harbour
    Gazette``: ``crosshead_like_labels``) is one: the next
    ``NAMED_LABEL_LINKS`` lines that no local rule removes read as the
    headlines of links (a share bar or a newsletter's call between them
    and the label is the page's), or no paragraph of prose that no local
    rule removes follows it (the article is over: the label goes even
    over a menu of one-word sections). A crosshead or an organisation's
    name that reads the same (``More In Common``) stands over the
    article's paragraphs, or over one line set apart from it by a blank
    line, then the paragraphs. One link's headline right under the label
    (no blank line between), set apart from the paragraphs after it, is a
    box of one link (``More in Politics`` / ``Minister quits over expenses
    row``, then the article goes on) when the label names a section or an
    outlet (:func:`_names_a_section`): a crosshead right over its
    one-line strapline reads the same (``More In Common`` / ``Who
    answered the survey``, then the article) and stays."""
    rest = (x for x in ls[i + 1:] if not removed_by_local_rule(x, ls, ctx))
    links = 0
    first: Line | None = None
    for x in rest:
        if not _link_headline(x.text):
            if structure.is_body_paragraph(x.text):
                return (links == 1 and first is not None and first.index == i + 1
                        and not _blank_between("", ls[i], first) and _blank_between("", first, x)
                        and _names_a_section(ls[i].text, ctx))
            break
        links += 1
        first = first or x
        if links == NAMED_LABEL_LINKS:
            return True
    return not any(structure.is_body_paragraph(x.text) for x in rest)


#: What a section's label opens with before the section's name ("More
#: in", "More from the", "Next up in").
_SECTION_LABEL_HEAD = lazyre.compile(
    r"(?i:(?:next\s+up|more)\s+(?:in|from)\s+(?:the\s+)?)")


def _names_a_section(s: str, ctx: Context) -> bool:
    """Whether the label ``s`` (``More in …``, ``More from …``, ``Next up
    in …``) names a section of a site or an outlet, as a box of one link's
    label does, rather than what a crosshead says (``More In Common``,
    ``More From Less``): after its opener, one of the usual sections
    (``[sections] names``: ``Politics``, ``Business``), the page's outlet
    (metadata ``source``) or a name that ends with an outlet's word
    (``Harbour Gazette``, ``the Daily Post``)."""
    m = _SECTION_LABEL_HEAD.match(s)
    if m is None:
        return False
    name = " ".join(s[m.end():].rstrip(" :").split()).casefold()
    if not name:
        return False
    if name in _section_names(ctx):
        return True
    source = ctx.metadata.get("source")
    if isinstance(source, str) and name in {x.strip().casefold().removeprefix("the ")
                                            for x in source.split(";")}:
        return True
    from .metadata import BYLINE_OUTLETS  # (the words outlets' names end with)
    return len(name.split()) >= 2 and name.split()[-1] in BYLINE_OUTLETS


@per_language
def _section_names(language: str | None) -> frozenset[str]:
    """The usual sections of a news site (``[sections] names``), case-folded."""
    return frozenset(" ".join(x.split()).casefold()
                     for x in resources.entries("sections", "names", language))


#: A teaser's label of so many words is one without its colon too.
TEASER_LABEL_WORDS = 3


#: A link's headline has at most so many words.
LINK_HEADLINE_MAX_WORDS = 20


def _link_headline(s: str) -> bool:
    """Whether a line reads as the headline of a link: a capital (a figure,
    a quote) first, a few words, no sentence end but a question's."""
    n = word_count(s)
    return (2 <= n <= LINK_HEADLINE_MAX_WORDS and (s[:1].isupper() or s[:1].isdigit()
                                                    or s[:1] in "“\"‘'«„")
            and (s.endswith("?") or not structure.ends_like_sentence(s))
            and not s.rstrip().endswith((":", ";", ",")) and not _SENTENCE_INSIDE.search(s))


#: The most words of a linked story's summary cut off under its headline.
CUT_SUMMARY_MAX_WORDS = 40
#: A summary cut off: an ellipsis at its end, maybe after a comma, no
#: sentence's end before it (a quotation trailing off ends "…" too).
_SUMMARY_CUT = lazyre.compile(r"[\w,;]\s*(?:\.\.\.|…)$")


def _cut_summary(s: str, headline: str) -> bool:
    """Whether line ``s``, under the headline of a link to another story,
    is that story's summary cut off by the page: a capital (a figure)
    first, up to CUT_SUMMARY_MAX_WORDS words, an ellipsis at its end
    after a word or a comma (_SUMMARY_CUT), no quotation mark, and two words
    of four letters or more that the headline has too (the summary tells
    the same story: "Two patients diagnosed with plague in China" over
    "Two people in China have been diagnosed with the plague,...")."""
    if not (s[:1].isupper() or s[:1].isdigit()) or not _SUMMARY_CUT.search(s):
        return False
    if word_count(s) > CUT_SUMMARY_MAX_WORDS or any(q in s for q in "“”\"«»"):
        return False
    ws = {w.casefold() for w in structure.WORD.findall(s) if len(w) >= 4}
    hs = {w.casefold() for w in structure.WORD.findall(headline) if len(w) >= 4}
    return len(ws & hs) >= 2


#: A sentence that ends inside a line (a headline's colon is no end).
_SENTENCE_INSIDE = lazyre.compile(r"[.!?…][\"'”’)\]]*\s")


def _other_chrome(line: Line, ls: list[Line], ctx: Context) -> bool:
    """Whether ``line``, under a teaser's label or its links, is chrome of
    another kind, which ends the run of links (and is left to its own
    rule, whose change says what it is): a line a phrase-list rule of its
    own removes (a share bar, a newsletter's call, ``Comments (87)``), a
    menu or a bar of links (``Contact | Legal notice | Cookies``), a
    copyright line (``© 2024 …``). (A comment section's heading that no
    phrase list knows, ``0 Comments (+)``, no rule removes of its own.)"""
    s = line.text
    return (removed_by_local_rule(line, ls, ctx) or structure.is_menu_line(s)
            or len(_CHROME_BAR_SEP.findall(s)) >= 2 or bool(_COPYRIGHT.search(s)))


#: A copyright line's mark (C4's, ``cleaner.blocks``).
_COPYRIGHT = lazyre.compile(r"©|\([cC]\)\s*\d{4}|(?i:\bcopyright\b|all rights reserved)")


@per_language
def _teaser_verdict(language: str | None) -> Callable[[str], tuple[bool, str | None, bool]]:
    """:func:`_teaser_verdict_in` with the labels of ``language``."""
    return structure.per_document(functools.partial(
        _teaser_verdict_in, _teaser(language), _teaser_alone_in(language),
        _openers(resources.entries("teaser", "prefixes", language)),
        frozenset(p.casefold() for p in resources.entries("teaser", "labels", language))))


def _teaser_verdict_in(teaser_label: re.Pattern[str], alone: re.Pattern[str],
                       openers: tuple[str, ...], box: frozenset[str],
                       s: str) -> tuple[bool, str | None, bool]:
    """Whether line ``s`` is a kicker in capitals, B005's verdict on it as
    a teaser label (``teaser_label``: the labels of its language), and
    whether it is a teaser's label alone (``alone``, see
    :func:`_teaser_alone`, or a box's label, ``box``: :func:`_box_label`):
    what depends on the line's text alone. (Both patterns are asked only
    of a line that opens with a label's first word, ``openers``, or with a
    space for ``alone``; they match case and all.)"""
    opens = _may_open(s, openers)
    m = teaser_label.fullmatch(s) if opens else None
    if m is None and s[:1] in _TEASER_BRACKETS and s.endswith(_TEASER_BRACKETS[s[0]]):
        # the whole link in brackets ("[Related: Harbour dues to double]")
        inner = s[1:-1].strip()
        m = teaser_label.fullmatch(inner) if _may_open(inner, openers) else None
    teaser = None
    # a headline starts with a capital (or a figure, a quote); "Related: the
    # Geminids are often brighter." goes on with a sentence
    if m and word_count(m.group("rest")) <= 30 and not m.group("rest")[:1].islower() and not (
            structure.is_body_paragraph(m.group("rest")) and m.group("rest").endswith(".")):
        teaser = "link to another story"
    # a kicker says something in words after its colon ("LIVE UPDATES"); a
    # label over a figure or a measure ("RAM: 12GB", "ISO: 100") is a line of
    # a list of specifications
    kicker = bool(_KICKER.fullmatch(s)) and not _MEASURE.fullmatch(s.split(":", 1)[1].strip())
    return kicker, teaser, ((opens or s[:1].isspace()) and bool(alone.fullmatch(s))
                            or _box_label(s, box))


@register
class HeadlineTeaser(LineRule):
    """A headline of another story between the headline and the body is removed.

    ## What it does
    Between the headline and the first paragraph of prose, removes lines that
    look like headlines — four to twenty words, a capital first, no sentence
    punctuation at the end — but are not the headline. (The change calls a
    row of links or section names, ``Nature | Conservation | Podcasts``, a
    menu.)

    The headline is the first line, unless another phrase-list rule removes
    that (a cookie banner, a share bar): then the first line after those.
    Kept as well: the standfirst (the one line between the headline and the
    body, longer than the headline and ten words or more, or eight and twice
    the headline's length, not in Title Case, with no sentence end or label
    colon inside: ``Our cook on why the retro classic deserves a comeback,
    and how to make it``; ``Residents angry as council votes to shut the old
    building`` under ``Library closes its doors``; and, in any language,
    the line under the headline, over its byline or date line or over the
    body, that sums the story up, sharing its words with the headline and
    the body's first paragraphs: ``Okafor and Reyes shine as the hosts end
    the wait`` over a match report that names them, see
    ``standfirst_of``, the guard B101 and B105 respect too), a line that runs
    on into the next one (a paragraph wrapped at a fixed width: ``The
    Federal Reserve left rates unchanged on Wednesday at`` over ``5.25% to
    5.5%, the highest in 23 years, …``), the items of a list the
    article announces right under the headline (``Key points:`` over two or
    more points, one a line, or one a paragraph if each is a short
    statement in sentence case; not a label of the
    page's such as ``Related stories:`` or ``Read more:``; a box's label
    that names a summary, ``Key points``, ``At a glance``, needs no colon,
    and may stand under the headline's second copy), and a review's
    priced menu (three dishes or more, each ending in its price, under a
    short heading: ``What we ate`` over ``Smoked trout salad, £9``), the
    story's own data (a score box, a result with its scorers, ``Rovers 3
    (Lyle 12, Ames 80) Millbrook 1 (Ruiz 44)``, a review's credits, ``Dir:
    X. Starring: A, B. 12A cert, 104 mins`` or ``Title by Author (Press,
    296pp, £16.99)``), and the article's first crosshead in Title Case, the one line between a
    headline in sentence case and the body, when the article has another
    crosshead in Title Case between two paragraphs (``The Long Wait for
    Sun``; alone, such a line is a box's label as often), a line that ends
    in a comma or a dash (its sentence goes on, as a line of verse's does,
    even as a paragraph of its own), and a stanza after a lead that is a
    paragraph but too short to be the body's first (three short lines or
    more, one opening with an article or a pronoun, ``My dog waits with
    me``, when the lead or the paragraph after speaks of verse, ``poem``,
    ``haiku``; B101 keeps them too). Bulleted items
    and sentences are never taken for headlines, nor is a short page's one
    paragraph written without its full stop: a single such line under the
    headline with no body under it, and nothing else there but the page's
    chrome (a share line, a menu row), is no line between the headline and
    a body (several are a page of other stories' headlines). A newsletter's link to its
    web copy (``View this email in your browser``) before the body is no
    headline either: it goes as the e-mail's chrome, nor is a teaser of a
    grid of teasers over the article (headline, date or byline, three
    such teasers or more: B104's, which finds the headline under it). A line that a
    phrase-list rule of its own removes (``Follow us on Instagram
    @handle``, B009) is left to that rule, whose change names it.

    ## Why
    Pages put related-story links and video titles right under the headline.
    """

    code, name = "B006", "headline-teaser"
    example = ("Ukraine urges NATO to act\n\nRussia to test new missile in space\n\n"
               "Ukraine asked NATO on Tuesday to prepare sanctions against Russia at once.\n",
               "Ukraine urges NATO to act\n\n"
               "Ukraine asked NATO on Tuesday to prepare sanctions against Russia at once.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        # without the text, lines are taken to be paragraphs of their own
        return self._verdicts_of("\n\n".join(x.text for x in ls), ls, ctx)[line.index]

    def matches(self, text: str, ls: list[Line], ctx: Context) -> list[str | None]:
        return self._verdicts_of(text, ls, ctx)

    def _verdicts_of(self, text: str, ls: list[Line], ctx: Context) -> list[str | None]:
        # no line at or after the first body paragraph can match
        stop = structure.body_start(ls)
        out: list[str | None] = [None] * len(ls)
        for line in ls[:stop]:
            if _WEB_COPY.fullmatch(line.text):
                out[line.index] = "e-mail's link to its web copy"
        # (a grid of teasers over the article is B104's: the headline is
        # under it)
        grid = teaser_grid_lines(text, ls, ctx) \
            if stop >= 2 * blocks.BlockOptions.teaser_min_run and _metadata_lines(
                ls[:min(stop, HEADLINE_SEARCH_LINES)], ctx) >= blocks.BlockOptions.teaser_min_run \
            else {}
        head = _headline_index([x for x in ls[:stop] if not out[x.index] and x.index not in grid],
                               ctx)
        if head >= stop:
            return out
        n_head = word_count(ls[head].text)
        # the lines the article's lists and data spare (found once a line
        # that looks like a headline asks: most pages have none)
        listed: set[int] | None = None
        # a line a phrase-list rule of its own removes (a social promo,
        # "Follow us on …", B009) is left to it: its change says what it is
        known = removed_lines(text, ls, ctx)
        for line in ls[head + 1:stop]:
            s = line.text
            if (out[line.index] or known[line.index] or not s[:1].isupper()
                    or structure.ends_like_sentence(s.rstrip("“‘ ")) or s.endswith(_RUNS_ON)):
                # (a sentence, if one with debris after it: "… town. “"; a
                # line whose sentence goes on, a line of verse, "We stayed
                # when the water came,", one a paragraph once L004 wrote it)
                continue
            n = word_count(s)
            if not 4 <= n <= 20 or normalise(s) == normalise(ls[head].text):
                continue
            if listed is None:
                listed = (_announced_list(text, ls, head, stop, ctx)
                          | story_data(text, ls, head, stop, ctx) | _named_stanza(ls, head, stop))
            if line.index in listed:
                continue
            if line.index == head + 1 and line.index + 1 == stop and (
                    _standfirst(s, n_head) or (blocks.title_case_crosshead(s, ls[head].text)
                                               and _title_crossheads_below(ls, stop))
                    or _titled_letters_below(ls, stop)):
                continue
            if structure.runs_on(text, ls, line.index):
                continue  # the first line of a wrapped paragraph
            if may_be_standfirst(s) and line.index == standfirst_of(text, ls, ctx):
                continue  # the story's standfirst (the body's first paragraph)
            # (what the change says: a row of links or section names is
            # the page's menu, not a story's headline)
            out[line.index] = ("menu under the headline"
                               if len(_CHROME_BAR_SEP.findall(s)) >= 2 or _section_words(s)
                               else "headline of another story")
        if stop == len(ls):
            # No body paragraph under the headline: a line stands between
            # the headline and no body. One such line alone, and nothing
            # else under the headline but the page's chrome (lines a phrase
            # list removes, a menu row of links), is the short page's one
            # paragraph (written without its full stop), not another
            # story's headline: taken, it left the headline alone. Several
            # are a list of other stories' headlines (a page of teasers);
            # among other lines (a page of menus) one is a teaser too; a
            # copyright line is the page's footer.
            taken = [x.index for x in ls[head + 1:] if out[x.index] == "headline of another story"]
            if len(taken) == 1 and not blocks._COPYRIGHT_RE.search(ls[taken[0]].text.lower()) \
                    and not any(
                    not out[x.index] and not known[x.index]
                    and len(_CHROME_BAR_SEP.findall(x.text)) < 2 for x in ls[head + 1:]):
                out[taken[0]] = None
        return out


def _named_stanza(ls: list[Line], head: int, stop: int) -> set[int]:
    """The indexes of the lines of a stanza right before the body's first
    paragraph (``ls[stop]``) and after a sentence of prose under the
    headline (``ls[head]``), when the sentence or the paragraph speaks of
    verse ("… a poem for the town.", "The winning haiku will be painted
    …"): ``blocks.VERSE_MIN_LINES`` short lines or more, none in Title
    Case, with no figure nor address, one opening with an article or a
    pronoun as a headline does not ("My dog waits with me"; a lead too short to be a body
    paragraph, then a haiku; see B101's verse between prose)."""
    # (the sentence is the lead, or a line under a standfirst)
    for j in range(head + 1, min(head + 3, stop - blocks.VERSE_MIN_LINES)):
        if (structure.ends_like_sentence(ls[j].text) and word_count(ls[j].text) >= STANZA_LEAD_MIN_WORDS
                and len(ls[j].text) >= blocks.PARAGRAPH_MIN_CHARS
                and all(blocks.plain_verse_line(x.text) for x in ls[j + 1:stop])
                and any(blocks.opens_like_verse(x.text) for x in ls[j + 1:stop])
                and (blocks.names_verse(ls[j].text) or blocks.names_verse(ls[stop].text))):
            return set(range(j + 1, stop))
    return set()


#: A sentence over a stanza has at least so many words (and is a paragraph
#: to B101, ``blocks.PARAGRAPH_MIN_CHARS``, which keeps the stanza after it).
STANZA_LEAD_MIN_WORDS = 5


#: What a line ends with when its sentence goes on to the next (no headline
#: does).
_RUNS_ON = (",", "—", "–")


def _title_crossheads_below(ls: list[Line], stop: int) -> bool:
    """Whether the article, from its first paragraph (``ls[stop]``), has a
    crosshead in Title Case between two paragraphs (``Prices in the
    Shops``): then a line in Title Case right over its first paragraph is
    its first crosshead (see :func:`blocks.title_case_crosshead`)."""
    return any(word_count(ls[j].text) <= blocks.CROSSHEAD_MAX_WORDS
               and blocks.TITLE_CROSSHEAD_RE.fullmatch(ls[j].text)
               and structure.is_body_paragraph(ls[j - 1].text)
               and structure.is_body_paragraph(ls[j + 1].text)
               for j in range(stop + 1, len(ls) - 1))


def _titled_letters_below(ls: list[Line], stop: int) -> bool:
    """Whether the text from ``ls[stop]`` is a letters page whose letters
    each have a title: ``BlockOptions.letter_min_signatures`` signatures
    or more (``blocks.SIGNATURE_RE``: "Margaret Hale, Dunmore"), each under
    a sentence, and one of them over a title (no sentence, of
    ``letter_title_max_words`` at most) over the next letter's sentence. Then the one line
    between the headline and the first letter is that letter's title, not
    another story's headline."""
    signed = titled = 0
    for j in range(stop + 1, len(ls)):
        s = ls[j].text
        if "," not in s or not structure.ends_like_sentence(ls[j - 1].text) \
                or not blocks.SIGNATURE_RE.fullmatch(s):
            continue
        signed += 1
        titled += j + 2 < len(ls) and not structure.ends_like_sentence(ls[j + 1].text) \
            and word_count(ls[j + 1].text) <= blocks.BlockOptions.letter_title_max_words \
            and structure.ends_like_sentence(ls[j + 2].text)
    return signed >= blocks.BlockOptions.letter_min_signatures and titled >= 1


#: A newsletter's link to its copy on the web, over its headline ("View
#: this email in your browser", "Having trouble reading this email? View
#: it online"): the e-mail's chrome, not a headline.
_WEB_COPY = lazyre.compile(
    r"(?i:(?:having\s+trouble\s+(?:viewing|reading|seeing)\s+this\s+(?:e-?mail|message)\?\s*)?"
    r"(?:view|read|open|see)\s+(?:this\s+(?:e-?mail|newsletter|message)|it|"
    r"(?:the\s+)?(?:e-?mail|newsletter)|(?:the\s+)?web\s+version)"
    r"(?:\s+in\s+(?:your|a|the)\s+(?:web\s+)?browser|\s+online|\s+on\s+the\s+web)[.!]?)")


#: A standfirst sums the story up in a long phrase; a teaser's headline
#: under the headline ("Russia to test new missile in space") is shorter.
STANDFIRST_MIN_WORDS = 10
#: Under a short headline (``Library closes its doors``), a standfirst
#: may be shorter, but it runs to twice the headline's length at least:
#: a teaser's headline is about as long as the headline.
SHORT_STANDFIRST_MIN_WORDS = 8
#: A line this long is no teaser's headline, even under a longer headline
#: (a quotation and its speaker: "'I never wanted …': X on 40 years of jazz").
LONG_STANDFIRST_WORDS = 14
#: A sentence ending inside a line, or a label before a colon ("Cover
#: image: …", "Share: …").
_INNER_BREAK = lazyre.compile(r"[.!?…:;][\"'”’)\]]*\s")


def _standfirst(s: str, n_head: int) -> bool:
    """Whether ``s``, the one line between the headline (of ``n_head``
    words) and the body, reads as the standfirst: longer than the headline
    and than a teaser's headline (``STANDFIRST_MIN_WORDS``, or
    ``SHORT_STANDFIRST_MIN_WORDS`` and twice the headline's), in sentence
    case (not Title Case, as headlines and menus often are), one run of
    words with no sentence ending or label inside (a caption, a disclosure,
    a share label are not)."""
    n = word_count(s)
    long_enough = n >= STANDFIRST_MIN_WORDS or (n >= SHORT_STANDFIRST_MIN_WORDS and n >= 2 * n_head)
    return ((n > n_head or n >= LONG_STANDFIRST_WORDS) and long_enough and not _title_case(s)
            and not _INNER_BREAK.search(s))


#: A standfirst of a page dump shares at least so many content words (by
#: their first letters, see :func:`_content_stems`) with the headline and
#: the body's first paragraphs: it sums up the story they tell...
STANDFIRST_SHARED_STEMS = 2
#: ... and runs to at least so many words, and to this share of the
#: headline's length (another story's headline on the same subject,
#: "Rovers fans to face ticket price rise" under a longer headline, is
#: shorter).
STANDFIRST_SHARED_MIN_WORDS = 8
STANDFIRST_HEADLINE_SHARE = 0.75
#: A standfirst has at most so many words (longer, it is the lead).
STANDFIRST_MAX_WORDS = 60
#: The body's first paragraphs read for the words a standfirst shares
#: (one fewer where no byline or date line stands under it).
STANDFIRST_LEAD_PARAGRAPHS = 3
#: A standfirst says more than the headline: so many content words of its
#: own at least (the headline again, with another figure, is none).
STANDFIRST_NEW_STEMS = 2
#: Lines read past the standfirst for those paragraphs.
STANDFIRST_LEAD_SEARCH = 40
#: A word of a line's vocabulary: letters only, four or more; compared by
#: its first ``_STEM`` letters ("ministers", "ministry"; "harbours",
#: "harbour").
_CONTENT_WORD = lazyre.compile(r"[^\W\d_]{4,}")
_STEM = 5
#: What a standfirst cannot hold: a link, a bar of a menu or a title.
_NO_STANDFIRST = lazyre.compile(r"https?://|www\.|\s[|•·]\s|©")
#: :func:`standfirst_of`'s answers for the texts of the document at hand
#: (as :func:`headline_lines`' are kept).
_STANDFIRSTS: dict = structure.document_memo()


def _content_stems(s: str, stop: frozenset[str]) -> set[str]:
    """The stems of the content words of ``s``: its words of four letters
    or more that are no stop word of the document's language, cut to their
    first ``_STEM`` letters, in lower case."""
    return {w[:_STEM] for w in _CONTENT_WORD.findall(s.casefold()) if w not in stop}


def may_be_standfirst(s: str) -> bool:
    """Whether line ``s`` is long enough to be a standfirst and opens as
    one (a cheap test before :func:`standfirst_of`)."""
    first = s.lstrip(_QUOTES)[:1]
    return (first.isupper() or first.isdigit()) and word_count(s) >= STANDFIRST_SHARED_MIN_WORDS


def standfirst_of(text: str, ls: list[Line], ctx: Context) -> int:
    """The index (into ``ls``, the lines of ``text``) of the article's
    standfirst, or -1: the one guard that B006, B101 and B105 respect (the
    standfirst is the body's first paragraph, not another story's
    headline nor a line outside the article).

    It is the line right under the headline (its last copy, where the page
    prints it again under its menus and a cookie banner; past the
    breadcrumb trail, the bylines, date lines and lines a phrase-list
    rule removes between them), in sentence case (a capital, a figure or
    a quotation mark first, not in Title Case), no label before a colon
    (a colon may stand before a quotation: ``Reyes: «We always
    believed»``), no caption with its credit, item, link, menu, teaser
    nor byline, that stands right over the byline or the date line, or
    over the body's first paragraph (past such lines), and that sums the
    story up: long for a headline (see :func:`_standfirst`), or
    ``STANDFIRST_SHARED_MIN_WORDS`` words and
    ``STANDFIRST_HEADLINE_SHARE`` of the headline's at least, it shares
    ``STANDFIRST_SHARED_STEMS`` content words or more with the headline
    and the body's first paragraphs (three under a byline or a date line,
    or when it is longer than the headline, as a deck whose byline M001
    took is; two for a line no longer than the headline: "Okafor and Reyes
    shine as the hosts end the wait" over a match report that names them),
    and says more than the headline. In
    any language: the stop words are the document's. Another story's
    headline under the headline (a related-story teaser) is shorter than
    the headline, or shares fewer words with the story: it goes (B006)."""
    if structure.FAST:
        found = _document_answer(_STANDFIRSTS, text, ctx)
        if found is not None:
            return found
    out = _as_the_page_came(text, ls, ctx)
    if structure.FAST:
        _STANDFIRSTS[text] = out
    return out


#: The standfirst as :func:`standfirst_of` found it on the first text of
#: the document it was asked about (the page as it came), with the
#: document's context and headline: ``(ctx, headline, line's text or None,
#: the text of the paragraph right under it or None)``.
#: (Not a shortcut: kept with ``FAST`` off too; emptied with each document.)
_FIRST_STANDFIRST: dict = structure.document_memo()


def _as_the_page_came(text: str, ls: list[Line], ctx: Context) -> int:
    """The standfirst of ``text`` as the page showed it (see
    :func:`standfirst_of`). Where the guard looks depends on the lines
    around the headline, which the rules then remove: the headline's last
    copy (B004) that the standfirst stood under, with other stories'
    headlines (B006) between the headline's first copy and it; or the
    menus and teasers (the block rules) between the headline and another
    story's headline, which then stands right under it. So the guard
    judges the first text of the document it is asked about, and on the
    later texts of the document (the same context and headline, lines gone
    around it) the answer is the same line, found by its text, or none.
    The text is judged again where that line's text was since changed (a
    name, debris), or where the paragraph it stood right over (it was
    read as the body's first) was since cut as outside the article: the
    cleaned text, cleaned again, has no such paragraph either."""
    head = headline_of(text, ls, ctx)
    headline = normalise(ls[head].text) if head >= 0 else None
    first = _FIRST_STANDFIRST.get(_OWNER)
    if first is not None and first[0] is ctx and first[1] == headline:
        if first[2] is None:
            return -1
        at = next((x.index for x in ls[head + 1:] if x.text == first[2]), -1)
        if at >= 0 and (first[3] is None or any(x.text == first[3] for x in ls[at + 1:])):
            return at
        return _standfirst_of(text, ls, ctx)
    _STANDFIRST_BODY.clear()
    out = _standfirst_of(text, ls, ctx)
    if first is None or first[0] is not ctx:
        body = _STANDFIRST_BODY.get(text, -1) if out >= 0 else -1
        _FIRST_STANDFIRST[_OWNER] = (ctx, headline, ls[out].text if out >= 0 else None,
                                     ls[body].text if body >= 0 else None)
    return out


#: The line a standfirst :func:`_standfirst_of` found stands right over
#: (the body's first paragraph; -1 under a byline or date line), by text.
_STANDFIRST_BODY: dict = structure.document_memo()


def _standfirst_of(text: str, ls: list[Line], ctx: Context) -> int:
    from .metadata import byline_meta  # (a late import: the rules import each other)

    head = headline_of(text, ls, ctx)
    if head < 0:
        return -1
    removed = removed_lines(text, ls, ctx)
    headline = normalise(ls[head].text)

    def byline_or_date(i: int) -> bool:
        # a byline or a date line (M001's, M004's)
        s = ls[i].text
        return _date_line(s, ctx) or bool(
            word_count(s) <= BYLINE_MAX_WORDS and byline_meta(s, ctx.language))

    def meta(i: int) -> bool:
        # ... or a line a phrase list removes (a share bar, "Updated:")
        return removed[i] or byline_or_date(i)

    # the headline's last copy (a page prints it again under its menus and
    # a cookie banner), before the body's second paragraph
    anchor, prose = head, 0
    for i in range(head + 1, min(len(ls), head + HEADLINE_SEARCH_LINES)):
        if normalise(ls[i].text) == headline:
            anchor = i
        elif structure.is_body_paragraph(ls[i].text) and not meta(i):
            prose += 1
            if prose == 2:
                break
    # (past the page's furniture there too: a breadcrumb trail, a date)
    sf = anchor + 1
    # (and past a kicker right under it: see _kicker_line)
    kicker = -1
    while sf < len(ls):
        if not (meta(sf) or _label_kind(ls[sf].text, ctx) is not None):
            if sf != anchor + 1 or not _kicker_line(ls[sf].text):
                break
            kicker = sf
        sf += 1
    if sf >= len(ls) or not _standfirst_shape(ls[sf].text, headline, ctx):
        return -1
    stop = blocks.stopwords_for(ctx.language)
    if kicker >= 0 and not (_standfirst(ls[sf].text, word_count(ls[head].text)) and
                            _content_stems(ls[sf].text, stop) & _content_stems(ls[head].text, stop)):
        # (under a kicker, a line that reads as a standfirst on its own and
        # speaks of the headline's story: not a teaser under its section's
        # label, "Company News" over another story's headline)
        return -1
    # where it stands: over the byline or the date line (then the body's
    # first three paragraphs are read for what it shares with them), or
    # over the body, past such lines and those a phrase list removes (its
    # first two)
    nxt = sf + 1
    while nxt < len(ls) and (meta(nxt) or structure.is_menu_item(ls[nxt].text.strip())):
        nxt += 1
    if sf + 1 < len(ls) and byline_or_date(sf + 1):
        paragraphs = STANDFIRST_LEAD_PARAGRAPHS
    elif nxt < len(ls) and structure.is_body_paragraph(ls[nxt].text):
        # (the byline M001 took from under a deck longer than the headline
        # leaves it right over the body: it is read against as many)
        paragraphs = STANDFIRST_LEAD_PARAGRAPHS - (word_count(ls[sf].text)
                                                   <= word_count(ls[head].text))
    else:
        return -1
    if not _sums_up(ls[sf].text, ls, head, nxt, paragraphs, removed, stop):
        return -1
    _STANDFIRST_BODY[text] = nxt if nxt < len(ls) and not byline_or_date(sf + 1) else -1
    return sf


#: A kicker over a standfirst has at most so many words.
KICKER_MAX_WORDS = 3


def _kicker_line(s: str) -> bool:
    """Whether ``s``, right under the headline, is a kicker or a section's
    label over the standfirst (``Analysis``, ``Weekend Reads``, ``Travel
    Tips!``): up to ``KICKER_MAX_WORDS`` words, each capitalised, no
    figure, no sentence's full stop nor colon at its end (an exclamation
    may end it). Cleaned, a page often keeps such a line between the
    headline and the standfirst that stood under the headline's last copy
    (B004 took the copy): the standfirst is read past it, so that the
    cleaned text, cleaned again, keeps the standfirst too (idempotence);
    past it, the line must read as a standfirst alone (``_standfirst``)
    and share a content word with the headline (a section's label over
    another story's headline, ``Company News``, has it under it)."""
    n = word_count(s)
    return (0 < n <= KICKER_MAX_WORDS and _title_case(s) and not any(c.isdigit() for c in s)
            and not s.rstrip().endswith((".", ":", ";", ",", "?", "…")))


def _sums_up(s: str, ls: list[Line], head: int, nxt: int, paragraphs: int,
             removed: list[bool], stop: frozenset[str]) -> bool:
    """Whether ``s``, a line under the headline (``ls[head]``) over the
    body (from ``ls[nxt]``), sums the story up (see :func:`standfirst_of`):
    long for a headline (see :func:`_standfirst`), or ``STANDFIRST_SHARED_MIN_WORDS``
    words and ``STANDFIRST_HEADLINE_SHARE`` of the headline's at least; and
    ``STANDFIRST_SHARED_STEMS`` content words shared with the headline and
    the body's first ``paragraphs`` paragraphs, ``STANDFIRST_NEW_STEMS``
    not in the headline (a copy of the headline with another figure says
    nothing more)."""
    n, n_head = word_count(s), word_count(ls[head].text)
    if not _standfirst(s, n_head) and (n < STANDFIRST_SHARED_MIN_WORDS
                                       or n < STANDFIRST_HEADLINE_SHARE * n_head):
        return False
    own, told = _content_stems(s, stop), _content_stems(ls[head].text, stop)
    if len(own - told) < STANDFIRST_NEW_STEMS:
        return False
    lead = 0
    for x in ls[nxt:nxt + STANDFIRST_LEAD_SEARCH]:
        if lead == paragraphs:
            break
        if not removed[x.index] and structure.is_body_paragraph(x.text):
            told |= _content_stems(x.text, stop)
            lead += 1
    return len(own & told) >= STANDFIRST_SHARED_STEMS


#: A caption's credit in brackets at its end ("… of the plumes. (NASA/Jane
#: Doe)"), or a label before a colon at its start ("Cover image: …").
_CAPTION_CREDIT = lazyre.compile(r"[.!?…]\s*\([^()]*\)$|\([^()]*/[^()]*\)$")
_LEADING_LABEL = lazyre.compile(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s?:\s")
#: A colon inside a standfirst introduces a quotation ("Reyes: «…»").
_COLON = lazyre.compile(r":\s+(?![\"“„«‘'])")
#: A line is in Title Case when more than this share of its words of four
#: letters or more are capitalised (a German standfirst's nouns are
#: capitalised, not its verbs and function words).
TITLE_CASE_SHARE = 0.8


def _standfirst_shape(s: str, headline: str, ctx: Context) -> bool:
    """Whether ``s`` can be a standfirst (see :func:`standfirst_of`): a
    capital, a figure or a quotation mark first, at most
    ``STANDFIRST_MAX_WORDS`` words, not in Title Case, no label before a
    colon (a caption's, "Cover image: …"; a colon only before a
    quotation), no caption's credit in brackets at its end, no link, item,
    menu, teaser's label nor kicker, not the headline (``headline``,
    normalised)."""
    first = s.lstrip(_QUOTES)[:1]
    if (not (first.isupper() or first.isdigit()) or word_count(s) > STANDFIRST_MAX_WORDS
            or s.endswith(":") or _NO_STANDFIRST.search(s) or _COLON.search(s)
            or _LEADING_LABEL.match(s) or _CAPTION_CREDIT.search(s)
            or blocks.is_list_item(s) or structure.is_menu_line(s)
            or normalise(s) == headline or any(_teaser_verdict(ctx)(s)[:2])):
        return False
    long = _CONTENT_WORD.findall(s)
    return sum(1 for w in long if w[0].isupper()) <= TITLE_CASE_SHARE * len(long)


#: A byline runs to at most so many words (a sentence that opens with "By"
#: is none).
BYLINE_MAX_WORDS = 16


#: An announcement names a list in a few words ("Key points:", "What we
#: know so far:"), right under the headline (or its standfirst).
ANNOUNCEMENT_MAX_WORDS = 8
ANNOUNCEMENT_LINES = 2
LIST_MIN_ITEMS = 2
#: An item of such a list written one a paragraph has this many words.
LIST_ITEM_MIN_WORDS, LIST_ITEM_MAX_WORDS = 5, 30


def _announced_list(text: str, ls: list[Line], head: int, stop: int, ctx: Context) -> set[int]:
    """The indexes of the items of a list that the article announces right
    under its headline (``Key points:`` over the points, one a line, or
    one a paragraph when each is a short statement in sentence case): the
    article's summary, not headlines of other
    stories. The announcement is a few words that end with a colon, not a
    label the phrase lists know as the page's (``Related stories:``,
    ``Read more:``); two items at least. A label that names a summary
    (``Key points``, see :func:`_summary_labels`) needs no colon. The
    list may stand under the headline's last copy (a page may print the
    headline again under its menus)."""
    head = max(i for i in range(head, min(stop, len(ls))) if ls[i].text == ls[head].text) \
        if head < stop else head
    for i in range(head + 1, min(head + 1 + ANNOUNCEMENT_LINES, stop)):
        line = ls[i]
        label = line.text.rstrip(":").strip()
        if not line.text.endswith(":") and label.casefold() not in _summary_labels(ctx):
            continue
        if (not 0 < word_count(label) <= ANNOUNCEMENT_MAX_WORDS
                or label.casefold() in _teaser_labels(ctx)
                or removed_by_local_rule(line, ls, ctx)):
            return set()
        # the items follow one a line, or one a paragraph (as L004 writes a
        # list out: the list is the article's on every pass)
        items = set()
        j = i + 1
        while j < stop and (structure.same_paragraph(text, ls[j - 1], ls[j])
                            or _list_item_paragraph(ls[j])):
            items.add(j)
            j += 1
        return items if len(items) >= LIST_MIN_ITEMS else set()
    return set()


#: A label and its value on one line ("Serves: 4", "Rating: 4 out of 5"):
#: one to three words, a capital first, then a colon.
_DATA_LABEL = lazyre.compile(r"([A-Z][\w'’.-]*(?: [\w'’.-]+){0,2}):\s+(\S.*)")
#: A market's move, as a ticker prints it ("-0.4%", "+12.5", "1.2%").
_MARKET_MOVE = lazyre.compile(r"(?<![\w-])[-+−]\d|\d%")
#: A line of the story's data holds at most so many words.
DATA_MAX_WORDS = 20
#: A heading of a box of data or of a labelled list ("Full time", "Pros").
DATA_HEADING_MAX_WORDS = 3


#: The fields of a review's credits line, between full stops, bars or
#: semicolons ("Dir: X. Starring: A, B. 15 cert, 118 mins").
_CREDIT_FIELDS = lazyre.compile(r"(?<=[.;|])\s+|\s+\|\s+")
#: A field of credits: a label and names ("Dir: X", "Starring: A, B"), or
#: figures with their units ("15 cert, 118 mins", "384pp", "£18.99").
_CREDIT_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le|and|&))*"
_CREDIT_LABEL = lazyre.compile(rf"[A-Z][\w'’-]*(?: [\w'’-]+){{0,2}}:\s+{_CREDIT_NAME}(?:,\s+{_CREDIT_NAME})*")
_CREDIT_UNIT = lazyre.compile(
    r"[£$€]\d[\d.,]*|\d{1,4}\s?(?:pp|pages?|mins?|minutes|hrs?|cert|tracks?)\.?"
    r"|(?:cert|rated)\s\w{1,5}|[A-Z0-9]{1,4}\scert", re.I)
_CREDIT_FIGURE = lazyre.compile(rf"{_CREDIT_UNIT.pattern}|\(\w{{1,4}}\)|\d{{4}}|U|PG(?:-13)?|R|NC-17|\d{{1,2}}A?",
                                re.I)
#: The publisher, length and price in brackets after a book's title and
#: author ("(Harbour Press, 312pp, £16.99)").
_CREDIT_BRACKETS = lazyre.compile(r"[^()]{3,}\(([^()]{3,80})\)\.?")


def _credits_line(s: str) -> bool:
    """Whether ``s`` is the credits line of a review: fields between full
    stops, bars or semicolons (``Dir: X. Starring: A, B, C. 15 cert, 118
    mins``), labels over names and a field of figures with their units (a
    running time, a certificate, a price); or a title and its author over
    the publisher, length and price in brackets (``Title by Author (Press,
    312pp, £16.99)``: two figures, one with its unit)."""
    m = _CREDIT_BRACKETS.fullmatch(s)
    if m:
        parts = [p.strip() for p in m.group(1).split(",")]
        return (len(parts) >= 2 and sum(1 for p in parts if _CREDIT_FIGURE.fullmatch(p)) >= 2
                and any(_CREDIT_UNIT.fullmatch(p) for p in parts))
    if ":" not in s:
        return False
    fields = [f.strip().rstrip(".") for f in _CREDIT_FIELDS.split(s.strip())]
    if len(fields) < 2:
        return False
    labels = units = 0
    for f in fields:
        if _CREDIT_LABEL.fullmatch(f):
            labels += 1
        elif all(_CREDIT_FIGURE.fullmatch(p.strip()) for p in f.split(",")):
            units += any(_CREDIT_UNIT.fullmatch(p.strip()) for p in f.split(","))
        else:
            return False
    return labels >= 1 and units >= 1


def _data_line(s: str, ctx: Context) -> int:
    """How far ``s`` reads as a line of the story's own data, not a
    headline: 2 on its own, a label and a value mostly of figures, two
    figures or more ("Rating: 4 out of 5 stars", "Scorers: Lyle 23', Ames
    80'"), cells with a figure and a word each joined by bars ("Serves 4 |
    Prep 15 mins"), the row of a match ("Rovers 2 - 1 Millbrook", "Rovers
    3 (Lyle 12, Ames 80) Millbrook 1 (Ruiz 44)"), or a review's credits
    (see :func:`_credits_line`: "Dir: X. Starring: A, B. 12A cert, 104
    mins", "Title by Author (Press, 296pp, £16.99)"); 1
    in a box of such lines only, a label and one figure ("Att: 11,406",
    as a page's counter "Comments: 12" or "Rating: 7 Votes" is too); 0:
    not data (a markets ticker, with arrows or signed figures or
    percentages, a dateline or a timestamp, with a date or a time of day (see
    :func:`cleaner.dates.date_or_time`),
    or a label with another label in its value, a page's footer of
    contacts, are the page's); a label that introduces a teaser ("Read
    more: 3 ways…") is not data either."""
    kind, label = _data_shape(s)
    if not kind or dates.date_or_time(s, ctx.language):
        return 0  # (the date test, the dearer, only for a line of data's shape)
    return 0 if label is not None and label in _teaser_labels(ctx) else kind


def _may_be_data(s: str) -> bool:
    """False only for a line that :func:`_data_shape` finds no data in, told
    without it: every shape of data holds a colon (a label, credits), a
    bracket (a book's credits, a result with its scorers) or a figure (a
    score, a row of cells). (Most lines under a headline hold none.)"""
    return ":" in s or "(" in s or _DIGIT_SEARCH(s) is not None


_DIGIT_SEARCH = structure.DIGIT.search


@structure.per_document
def _data_shape(s: str) -> tuple[int, str | None]:
    """:func:`_data_line` before the dates and the teaser labels are asked
    (they depend on the document's language): the kind, and the label it rests on
    (case-folded) if any."""
    if word_count(s) > DATA_MAX_WORDS or _MARKET_MOVE.search(s) or any(a in s for a in _ARROWS):
        return 0, None
    if blocks.match_row(s) == "score":
        return 2, None
    if _credits_line(s):  # (its first label: a teaser's is no credit)
        return 2, s.split(":", 1)[0].strip().casefold() if ":" in s else None
    m = _DATA_LABEL.fullmatch(s)
    if m and not structure.ends_like_sentence(m.group(2)) and ":" not in m.group(2):
        tokens = m.group(2).split()
        figs = sum(1 for t in tokens if structure.DIGIT.search(t))
        return (2 if figs >= 2 and 3 * figs >= len(tokens) else 1 if figs else 0,
                m.group(1).casefold())
    # (a line with a label has a colon, so it is no row of cells either)
    cells = [c.strip() for c in s.split(" | ")]
    if len(cells) >= 2 and all(0 < word_count(c) <= 4 and ":" not in c and structure.DIGIT.search(c)
                               and any(ch.isalpha() for ch in c) for c in cells):
        return 2, None
    return 0, None


def _data_heading(s: str) -> bool:
    """A short heading of a box of data or a labelled list: a few words,
    no figure, no sentence ("FULL TIME", "Pros")."""
    return (0 < word_count(s) <= DATA_HEADING_MAX_WORDS and not structure.DIGIT.search(s)
            and not structure.ends_like_sentence(s.rstrip(":")) and s[:1].isupper())


def _list_item(s: str, n: int) -> bool:
    """An item of a labelled list under a heading of ``n`` words: longer
    than it, a phrase with words in lower case after its first, no
    sentence, no rank or time first."""
    words = s.split()
    return (n < len(words) <= DATA_MAX_WORDS and any(w[:1].islower() for w in words[1:])
            and not s[:1].isdigit() and not structure.ends_like_sentence(s))


def _labelled_lists(run: list[str]) -> set[int]:
    """The lines of ``run`` (lines one under the other) that are two
    labelled lists, a heading over its items and the other heading over
    its own ("Pros", two points, "Cons", two points; see
    :func:`_list_item`), three items or more; a menu by sections has more
    than two, or items as short as its headings."""
    def heading(k: int) -> bool:
        return 0 <= k < len(run) and _data_heading(run[k]) and not _section_words(run[k])

    def items(k: int, n: int) -> int:
        j = k
        while j < len(run) and _list_item(run[j], n):
            j += 1
        return j

    out: set[int] = set()
    for k in range(len(run)):
        if not heading(k) or heading(k - 1):
            continue
        n = word_count(run[k])
        h2 = items(k + 1, n)
        if h2 == k + 1 or not heading(h2) or word_count(run[h2]) > n:
            continue
        end = items(h2 + 1, n)
        if end == h2 + 1 or end - k - 2 < 3 or (heading(end) and items(end + 1, n) > end + 1):
            continue
        out.update(range(k, end))
    return out


def story_data(text: str, ls: list[Line], head: int, stop: int, ctx: Context) -> set[int]:
    """The indexes of the lines between the headline (``ls[head]``) and
    the body (``ls[stop]``) that are the story's own data, not headlines
    of other stories nor the page's: among lines one under the other that
    no local phrase-list rule removes, a line that is data on its own (see
    :func:`_data_line`) and the lines of data (and a heading over them)
    next to it, a box of data (a score box: a heading, the result, the
    scorers, the attendance), before the first paragraph of prose only;
    and, on a page with such data only, two labelled lists (see
    :func:`_labelled_lists`): under a headline with none, they are a
    menu's sections or teasers as often; and the priced menu of the place
    a review is about, under its heading and maybe the place's address and
    hours, before the review's first paragraph (see :func:`_menu_lines`).
    (Lines, not paragraphs: L004 writes each line of such a box as a
    paragraph of its own.)"""
    out: set[int] = set()
    runs: list[list[int]] = [[]]
    removed = removed_lines(text, ls, ctx)
    for i in range(head + 1, min(stop, len(ls))):
        if removed[i]:
            runs.append([])
        else:
            runs[-1].append(i)
    first = structure.body_start(ls)
    for run in runs:
        texts = [ls[i].text for i in run]
        kinds = [_data_line(s, ctx) if i < first and _may_be_data(s) else 0
                 for i, s in zip(run, texts)]
        for k, kind in enumerate(kinds):
            if kind != 2:
                continue
            lo = hi = k
            while lo > 0 and kinds[lo - 1]:
                lo -= 1
            while hi + 1 < len(run) and kinds[hi + 1]:
                hi += 1
            if lo > 0 and _data_heading(texts[lo - 1]) and not _section_words(texts[lo - 1]):
                lo -= 1
            out.update(run[lo:hi + 1])
    if out:  # the labelled lists count on a page with such data only
        for run in runs:
            out.update(run[k] for k in _labelled_lists([ls[i].text for i in run]))
    # (a venue's line is a sentence, but no paragraph of the review yet)
    prose = next((x.index for x in ls[head + 1:stop] if structure.is_body_paragraph(x.text)
                  and not blocks.venue_line(x.text)), stop)
    for run in runs:
        out.update(_menu_lines([ls[i].text for i in run if i < prose], run))
    return out


#: A menu under the headline has at least so many priced items in a row.
MENU_MIN_ITEMS = 3
#: :func:`blocks.priced_item` of a line, remembered for the document (every
#: pass asks it of the lines under the headline again).
_priced_item = structure.per_document(blocks.priced_item)


def _menu_lines(texts: list[str], run: list[int]) -> set[int]:
    """The indexes (from ``run``) of the lines of ``texts`` (lines one under
    the other, before the first paragraph) that are the priced menu of the
    place a review is about: ``MENU_MIN_ITEMS`` or more items in a row, each
    ending in its price (see :func:`blocks.priced_item`) under a short
    heading (``What we ate``; not a section's name), and a line of the
    place's address and opening hours (see :func:`blocks.venue_line`) right
    over the heading. Priced lines without a heading of their own are a
    shop's box under the headline as often."""
    out: set[int] = set()
    k = 0
    while k < len(texts):
        j = k
        while j < len(texts) and _priced_item(texts[j]):
            j += 1
        if j - k < MENU_MIN_ITEMS:
            k = j + 1 if j == k else j
            continue
        # (without a heading of its own, a row of priced goods under the
        # headline is a shop's box as often)
        lo = k - 1
        if lo >= 0 and _data_heading(texts[lo]) and not _section_words(texts[lo]):
            if lo > 0 and blocks.venue_line(texts[lo - 1]):
                lo -= 1
            out.update(run[lo:j])
        k = j
    return out


_CAPITALISED = lazyre.compile(r"\b[A-Z]")


def _list_item_paragraph(line: Line) -> bool:
    """A paragraph that can be an item of an announced list: one short
    statement in sentence case ("Inflation fell to 4.6% in October"), not a
    headline in title case nor a label, and announcing nothing itself."""
    words = word_count(line.text)
    return (LIST_ITEM_MIN_WORDS <= words <= LIST_ITEM_MAX_WORDS
            and not line.text.endswith(":")
            and 3 * (len(_CAPITALISED.findall(line.text)) - 1) <= words)


@per_language
def _summary_labels(language: str | None) -> frozenset[str]:
    """The labels of a box of the article's own points under its headline
    ("Key points"), case-folded."""
    return frozenset(p.casefold() for p in resources.entries("summary", "labels", language))


def summary_box(text: str, ls: list[Line], head: int, stop: int, ctx: Context) -> set[int]:
    """The indexes of a box of the article's own points under its headline
    (``ls[head]``), before the body (``ls[stop]``): its label, one that
    :func:`_summary_labels` knows, with or without a colon ("Key points"),
    and the points under it (see :func:`_announced_list`)."""
    items = _announced_list(text, ls, head, stop, ctx)
    if not items:
        return set()
    label = min(items) - 1
    if ls[label].text.rstrip(":").strip().casefold() not in _summary_labels(ctx):
        return set()
    return items | {label}


@per_language
def _teaser_labels(language: str | None) -> frozenset[str]:
    return frozenset(p.casefold() for p in (*resources.entries("teaser", "prefixes", language),
                                            *resources.entries("teaser", "labels", language)))


def _headline_index(ls: list[Line], ctx: Context) -> int:
    """The index of the headline among the lines ``ls`` (those before the
    body): the first line that no local phrase-list rule removes (a cookie
    banner, a share bar: the rules after this one in code order; a menu over
    the headline is gone already, B011); 0 if there is none."""
    for line in ls:
        if not removed_by_local_rule(line, ls, ctx):
            return line.index
    return 0


@per_language
def _promo(language: str | None) -> re.Pattern[str]:
    tags = resources.alternation(resources.entries("promo", "tags", language))
    return re.compile(rf".*\S\s*\[\s*(?:{tags})\s*\]|\[\s*(?:{tags})\s*\]\s*\S.*")


@register
class PromoLink(LineRule):
    """A promotional link marked by a bracketed tag is removed.

    ## What it does
    Removes a line that ends (or starts) with a tag in capitals in brackets
    from the list: ``[INSIGHT]``, ``[REVEAL]``, ``[LATEST]``, ``[VIDEO]``,
    ``[PICTURES]``, ``[POLL]``… (and the tags of the document's language,
    as for B002: ``[VIDÉO]``, ``[FOTOS]``…).

    ## Why
    Tabloid sites splice links to their other stories into the article.
    """

    code, name = "B007", "promo-link"
    local = True
    example = ("Star reveals her secret garden at last [PICTURES]\n\nKyiv said it would respond.\n",
               "Kyiv said it would respond.\n")

    max_chars = 300

    def candidates(self, text: str, ls: list[Line], ctx: Context) -> Iterable[int] | None:
        return None if "[" in text else ()

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        if "[" in line.text and _promo(ctx).fullmatch(line.text):
            return "promotional link"
        return None


@per_language
def _consent(language: str | None) -> tuple[prefilter.PhraseSet, re.Pattern[str], re.Pattern[str]]:
    """The consent phrases (with those of ``language``) as a fast exact test
    (see prefilter) and as a regex, and the calls to the reader that open a
    line (``Get``, ``Sign up``…). An English call counts only in a line with
    no clause of reporting (:func:`_reporting_clause`): ``Sign up and get the
    alerts in your inbox, the agency said.`` reports a call as news; the
    clause is English, so the calls of ``language`` go without it (``le
    note`` is no "note" of reporting)."""
    phrases = resources.phrase_regex("consent", "phrases", language=language)
    english = resources.entries("consent", "calls")
    own = set(resources.entries("consent", "calls", language)).difference(english)
    calls = rf"(?:{resources.alternation(english)})\b(?!.{{0,400}}{_reporting_clause()})"
    if own:
        calls += rf"|(?:{resources.alternation(own)})\b"
    return (prefilter.PhraseSet(resources.entries("consent", "phrases", language), phrases),
            phrases, lazyre.compile(calls))


#: A call to subscribe to a publication by its name, said to the reader
#: ("Subscribe to The Harbour Gazette and get more of your favourite
#: writers."; "Subscribe to the idea that …, and you …" names none).
_SUBSCRIBE_OPENERS = ("Subscribe to ", "Subscribe for ", "SUBSCRIBE TO ", "SUBSCRIBE FOR ")
_SUBSCRIBE_PITCH = lazyre.compile(r"(?i:subscribe\s+(?:to|for))\s+(?:(?:the|The|THE)\s+)?[A-Z0-9]")
_TO_THE_READER = lazyre.compile(r"\b(?i:you|your|yours)\b")
#: Where a line opens with such a call, in a text.
_SUBSCRIBE_LINE = lazyre.compile(r"^[^\S\n]*(?:Subscribe|SUBSCRIBE) (?:to|for|TO|FOR) ", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def _reporting_clause() -> str:
    """The clause of reporting of ``[reporting]`` as a regular expression
    (``clause``, case aside, with its ``{verbs}`` the alternation of
    ``verbs``): one list of verbs for the patterns that refuse a line
    reporting a notice's words as news."""
    cfg = resources.boilerplate()["reporting"]
    verbs = "(?:" + resources.alternation(cfg["verbs"]) + ")"
    return "(?i:" + cfg["clause"].replace("{verbs}", verbs) + ")"


@functools.lru_cache(maxsize=None)
def _reporting_patterns(section: str, key: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """The regular expressions at ``[section].key`` in one, each
    ``{reporting}`` in them :func:`_reporting_clause`."""
    clause = _reporting_clause()
    return lazyre.compile("|".join(f"(?:{p.replace('{reporting}', clause)})"
                                   for p in resources.entries(section, key)), flags)


@functools.lru_cache(maxsize=1)
def _pitches() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """A call to join the outlet's newsletter on a line of its own
    (``[consent] pitches``, whole lines, case and all), where a line of a
    text opens with one of their openers (``pitch_openers``), and the
    longest word of each opener: a text that holds none holds no such
    line (a test cheaper than the search)."""
    phrases = resources.boilerplate()["consent"]["pitch_openers"]
    openers = resources.alternation(phrases)
    return (_reporting_patterns("consent", "pitches", flags=0),
            re.compile(rf"^[^\S\n]*(?:{openers})\s", re.MULTILINE),
            tuple(max(p.split(), key=len) for p in phrases))


#: The words of a notice's voice: the reader's ("your email", "you
#: consent"), the site's ("we use cookies", "our privacy policy", "this
#: site", "this article"), a form's ("I agree"); "US" is a country.
_NOTICE_VOICE = lazyre.compile(
    r"\b(?i:you|your|yours|yourself|we|our|ours)\b|\bus\b|\bI\b"
    r"|\b(?i:this)\s+(?i:site|website|page|article|story|content|newsletter|e-?mail|box|form|app)\b")
#: A notice's own words number fewer than these besides its phrases.
_STATEMENT_WORDS = 4


@functools.lru_cache(maxsize=None)
def _english_consent() -> frozenset[str]:
    """The English consent phrases, case-folded (the words of
    :data:`_NOTICE_VOICE` are English: a phrase of another language's
    list is a notice without them)."""
    return frozenset(p.casefold() for p in resources.entries("consent", "phrases"))


#: A call that opens a line goes on as a call: "Become a member and help
#: fund local reporting", "Donate now to keep the paper free", "Register
#: for free, it only takes a minute".
_CALL_GOES_ON = lazyre.compile(r"\s*(?:[,.!—–-]\s*)?(?i:and|&|to|today|now|here|then|it|it[’']s)\b")


def _reports_the_call(s: str, pos: int) -> bool:
    """Whether line ``s`` holds a clause of reporting from ``pos`` on (see
    :func:`_reporting_line`): news of the call before it, however short
    ("Donate now, urges charity"). (A verb of the list or "according"
    among its words first: most notices hold none.)"""
    words = _reporting_words()
    return any(w in words for w in _LOWER_WORD.findall(s[pos:].lower())) \
        and _reporting_line().search(s, pos) is not None


@functools.lru_cache(maxsize=1)
def _reporting_words() -> frozenset[str]:
    """The verbs of a clause of reporting (``[reporting] verbs``), and
    "according"."""
    return frozenset(resources.boilerplate()["reporting"]["verbs"]) | {"according"}


#: A word in lower case (see :func:`_reports_the_call`).
_LOWER_WORD = lazyre.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1)
def _notice_offers() -> re.Pattern[str]:
    """What a notice that opens with a consent phrase offers or asks about
    in its words after it (``[consent] offers``, whole words, any case):
    a newsletter, the news, the reader's inbox or account, the site."""
    return lazyre.compile(r"\b(?:" + "|".join(resources.entries("consent", "offers")) + r")\b",
                          re.IGNORECASE)


def _about_notices(s: str, found: list, spans: list[tuple[int, int]], short: bool) -> bool:
    """Whether line ``s``, which holds the English consent phrases
    ``found``, is the article's words about such notices, not one: no word
    of a notice's voice outside its quotations ``spans`` ("Regulator limits
    use of cookies on news sites", "By clicking anywhere on the page,
    visitors were deemed to consent to the use of cookies."). A ``short``
    line (a headline, a label, a short sentence) needs more: no phrase
    opens it, as a label's or a call's does ("Cookie settings", "Register
    for free to read on"), it has words of its own besides its phrases,
    at least :data:`_STATEMENT_WORDS`, and it is no row of links ("Terms
    | Privacy notice"). A phrase may open a headline too ("Privacy notice
    sent to thousands of patients in error", "Sign up for the army?
    Recruits dwindle as jobs boom"), not a label's or a call's that goes on
    about what the notice offers (:func:`_notice_offers`: "Sign up for the
    weekly roundup of local news", "Accept cookies and continue to the
    site") or goes on as a call (:data:`_CALL_GOES_ON`: "Become a member
    and help fund local reporting"). A short line that holds a clause of
    reporting after its phrases (:func:`_reporting_line`) reports the call
    as news, however few its own words ("Support independent journalism,
    urges minister")."""
    if not found or not {m.group().casefold() for m in found} <= _english_consent():
        return False
    if short:
        if "|" in s:
            return False
        pos, rest = 0, []
        for m in found:
            rest.append(s[pos:m.start()])
            pos = max(pos, m.end())
        rest.append(s[pos:])
        own = " ".join(rest)
        if (word_count(own) < _STATEMENT_WORDS or found[0].start() == 0 and (
                _notice_offers().search(_phrase_object(s, found[0].end()))
                or _CALL_GOES_ON.match(s, found[0].end()))) \
                and not _reports_the_call(s, found[-1].end()):
            return False
    # (a line that is one quotation, no prose around it, is the notice's)
    pos, rest = 0, []
    for a, b in spans if spans and _outside(s, spans) else ():
        rest.append(s[pos:a])
        pos = b
    rest.append(s[pos:])
    return _NOTICE_VOICE.search(" ".join(rest)) is None


#: A step of instructions numbered as one: "1. ", "2) ", "Step 3: ".
_STEP_NUMBER = lazyre.compile(r"(?:\d{1,2}[.)]|(?i:step)\s+\d{1,2}\s*[.:)–—-])\s+")
#: The site speaking of itself, which a notice does and a step of a how-to
#: about someone else's product does not: "we", "our", "us", "this site".
_SITE_VOICE = lazyre.compile(
    r"\b(?i:we|our|ours|we[’']ll|we[’']re|we[’']ve)\b|\bus\b"
    r"|\b(?i:this)\s+(?i:site|website|page|newsletter|e-?mail|box|form)\b")
#: The calls a step of instructions opens with as a notice does ("Sign up
#: for the family bundle using your account's settings page.").
_STEP_CALLS = frozenset({"sign up for the", "sign up to the"})
#: What a step signs up for, then how: a few words up to "using", "with",
#: "from", "via", "through", "in" or "on" and a determiner ("… the Acme+
#: bundle using the same email as your Acme account"); not a pointer to
#: the page's own box ("… using the form below").
_STEP_MANNER = lazyre.compile(
    r"\s+((?:[^\s,.;:!?]+\s+){0,4}?[^\s,.;:!?]+)\s+(?:using|with|from|via|through|in|on)\s+"
    r"(?:the|your|a|an|its|their)\s+(?![^.!?]*\b(?:below|above|here|form|box|button|link)\b)"
    r"[^\s.!?]+(?:\s+[^\s.!?]+)+")
#: What a step signs up for is a product's offer, named so: a bundle, a
#: plan ("the family bundle", "the annual plan"); a newsletter's own name
#: ("the Morning Mix", "the Long Read") names none, and its notice is one
#: ("Sign up for the Morning Mix using your Google account.").
_STEP_PRODUCT = lazyre.compile(r"\b(?i:bundles?|plans?|packages?|tiers?)\b")
#: A numbered step holds at least so many words after its number.
_STEP_WORDS = 4
#: The actions of a how-to's step, said to the reader in a device's words.
_STEP_ACTION = (r"(?:enter|type|create|register|sign\s+(?:in|up|into)|log\s+(?:in|on|into)|accept"
                r"|confirm|verify|open|tap|click|press|select|choose|pick|go\s+to|head\s+to"
                r"|follow|download|install|scroll|add|copy|paste|turn\s+(?:on|off)"
                r"|switch\s+(?:on|off)|fill\s+in|wait|check)")
#: An unnumbered step: it opens with an action and goes on to another,
#: after "and", "then" or a comma ("Enter your email address and tap
#: Continue.", "Create an account with your email, then choose a
#: password."): a notice's call has one action and what it offers.
_UNNUMBERED_STEP = lazyre.compile(
    rf"(?i:{_STEP_ACTION})\b[^.!?;]*?(?:\band|\bthen|,)\s+(?:then\s+)?(?i:{_STEP_ACTION})\b")
#: What a notice's call offers, after its action: to receive or read the
#: news, to get the latest, to never miss a story ("Enter your email and
#: tap Sign up to receive our alerts").
_NOTICE_PURPOSE = lazyre.compile(
    r"\b(?i:to|and|for)\s+(?i:receive|get|read|reading|start\s+reading|stay|keep\s+up"
    r"|never\s+miss|unlock|enjoy|access|continue\s+reading|support"
    r"|free\s+(?:access|newsletters?|updates))\b")


def step_shaped(s: str) -> bool:
    """Whether line ``s`` is shaped as an unnumbered step of a how-to
    (:data:`_UNNUMBERED_STEP`: an action, then another, "Enter your email
    address and tap Continue."), with nothing a notice offers in it
    (:data:`_NOTICE_PURPOSE`: "… to receive the news"), at most
    ``ConsentBlurb.CALL_WORDS`` words and no voice of the site's ("our",
    "we"). Alone, such a line cannot be told from a sign-up box's: the
    lines around it tell (``cleaner.rules.blocks``: a how-to's steps, or a
    notice)."""
    return _UNNUMBERED_STEP.match(s) is not None and _NOTICE_PURPOSE.search(s) is None \
        and word_count(s) <= ConsentBlurb.CALL_WORDS and _SITE_VOICE.search(s) is None


def deferred_step(s: str, ctx: Context) -> bool:
    """Whether B008 leaves line ``s`` to the lines around it: it holds a
    consent phrase, English ones only, and is shaped as a how-to's step
    (:func:`step_shaped`)."""
    phrase_set, phrases, _ = _consent(ctx)
    if not phrase_set.contains(s):
        return False
    found = phrase_set.finditer(s) if structure.FAST else list(phrases.finditer(s))
    return {m.group().casefold() for m in found} <= _english_consent() and step_shaped(s)


#: The sign-up a step of a sign-up box's asks for, in its words after its
#: consent phrase ("… and tap Subscribe", "… and tap Sign up"), besides
#: what a notice offers (``[consent] offers``: "… and tap Continue", "…
#: for alerts"); an instruction's words ask for none ("Enter your email
#: address and tap Reset password.").
_SIGN_UP = lazyre.compile(r"\b(?i:subscribe|sign[\s-]?up|join|register)\b")


def signup_step(s: str, ctx: Context) -> bool:
    """Whether line ``s``, which B008 leaves to the lines around it
    (:func:`deferred_step`), asks for a sign-up in its words after its
    consent phrase (:data:`_SIGN_UP`, or what a notice offers): a sign-up
    box's line. In a text too short for a how-to (fewer lines than the
    blocks stage reads, ``rules.blocks.BlockRule.MIN_BLOCKS``), such a line
    goes, as B008 took it before it left it to the lines around it; an
    instruction that asks for none stays."""
    if not deferred_step(s, ctx):
        return False
    phrase_set, phrases, _ = _consent(ctx)
    found = phrase_set.finditer(s) if structure.FAST else list(phrases.finditer(s))
    rest = s[found[0].end():]
    return _SIGN_UP.search(rest) is not None or _notice_offers().search(rest) is not None


#: A how-to's step that gets an app ("Download the app from your phone's
#: app store.", "Install the Acme app on your tablet", "Get the app from
#: the App Store, then sign in."): the action first (``APP_OPENERS``); the
#: words before "app" (group 1) may name it.
_APP_STEP = lazyre.compile(r"(?:Download|Install|Get)\s+(?:the\s+)?((?:[^\s.!?]+\s+){0,4}?)app\b")
#: The first words of such a step, which B009 leaves to the lines around
#: it (``cleaner.rules.blocks``).
APP_OPENERS = ("Download ", "Install ", "Get ")
#: The name of the app in a call ("Acme", "Acme Health" in "Download the
#: free Acme Health app"): its capitalised words, one after another.
_APP_NAME = lazyre.compile(r"[A-Z][\w’'&+.-]*(?:\s+[A-Z][\w’'&+.-]*)*")


def app_name(s: str) -> str | None:
    """The name of the app that line ``s``, a call to download it
    (:data:`_APP_STEP`), names ("Download the Acme app on your phone." →
    "Acme"), or None ("Download the app from your phone's app store.")."""
    m = _APP_STEP.match(s)
    name = m and _APP_NAME.search(m.group(1))
    return name.group() if name else None


def deferred_app_call(s: str, ctx: Context) -> bool:
    """Whether B009 leaves line ``s``, a call to download an app that it
    removes, to the lines around it (``rules.blocks``: one of a how-to's
    steps stays, elsewhere it goes): it opens with the action
    (:data:`_APP_STEP`), the site does not speak in it (:data:`_SITE_VOICE`:
    "Download our app" is the site's promo wherever it stands), it offers
    nothing a notice does (:data:`_NOTICE_PURPOSE`: "… to get the latest
    news"), and it holds at most ``ConsentBlurb.CALL_WORDS`` words."""
    return (_APP_STEP.match(s) is not None and _SITE_VOICE.search(s) is None
            and _NOTICE_PURPOSE.search(s) is None and word_count(s) <= ConsentBlurb.CALL_WORDS
            and AggregatorFooter.footer_call(s, ctx))


def _instruction_step(s: str, found: list, hits: set[str], defer: bool = True) -> bool:
    """Whether line ``s``, which holds the consent phrases ``found``
    (case-folded: ``hits``), is a step of a how-to's instructions, not the
    site's notice: the site does not speak in it (:data:`_SITE_VOICE`:
    "our", "we", "this site"), and it is numbered as a step ("2. Enter your
    email address on the provider's sign-in screen.") or it is one English
    call to sign up for a product's offer (:data:`_STEP_PRODUCT`: a
    bundle, a plan; not a newsletter's name, "the Morning Mix") named by
    words that no notice offers (``[consent] offers``: not a newsletter,
    the news, an account…), followed by the way to do it ("Sign up for the family bundle using
    your account's settings page.", "Sign up for the Acme+ bundle using the
    same email as your Acme account"). English phrases only (the site's
    voice is looked for in English words). A numbered line whose phrase
    is followed by what a notice offers ("2. Enter your email address to
    receive breaking news alerts") is a notice still. An unnumbered step of
    another shape, an action then another (:func:`step_shaped`: "Enter
    your email address and tap Continue."), is left to the lines around it
    (B008 is local: its verdict is the line's alone; ``cleaner.rules.blocks``
    sees the how-to it stands in, or removes it), unless ``defer`` is
    false: no B102 in the pipeline to judge it, B008 does as before."""
    if not hits <= _english_consent() or _SITE_VOICE.search(s):
        return False
    if defer and step_shaped(s):
        return True
    number = _STEP_NUMBER.match(s)
    if number:
        # (a sign-up box's call numbered as a step is still one: what it
        # offers follows its phrase, "2. Enter your email address to
        # receive breaking news alerts")
        return word_count(s[number.end():]) >= _STEP_WORDS and not any(
            _notice_offers().search(_phrase_object(s, m.end())) for m in found)
    if len(hits) != 1 or not hits <= _STEP_CALLS or found[0].start() != 0:
        return False
    m = _STEP_MANNER.match(s, found[0].end())
    return m is not None and _STEP_PRODUCT.search(m.group(1)) is not None \
        and _notice_offers().search(m.group(1)) is None


#: Where the object of a notice's opening phrase ends: a clause's mark.
_OBJECT_END = lazyre.compile(r"[?!:;,.|–—(]|\s-\s")
#: The object of a notice's opening phrase is at most so many words.
_OBJECT_WORDS = 6


def _phrase_object(s: str, end: int) -> str:
    """The words of line ``s`` right after its opening phrase (ending at
    ``end``) that say what it offers, up to a clause's mark and
    ``_OBJECT_WORDS`` words at most: "Sign up for the weekly roundup of
    local news" -> "for the weekly roundup of local"; "Sign up for the
    army? Recruits dwindle as news of jobs boom" -> "for the army" (a
    headline's words further on are no offer)."""
    rest = s[end:]
    m = _OBJECT_END.search(rest)
    return " ".join((rest[:m.start()] if m else rest).split()[:_OBJECT_WORDS])


def _outside(s: str, spans: list[tuple[int, int]]) -> bool:
    """Whether line ``s`` has words of its own outside its quotations
    ``spans`` (the prose that reports them)."""
    pos, rest = 0, []
    for a, b in spans:
        rest.append(s[pos:a])
        pos = b
    rest.append(s[pos:])
    return word_count(" ".join(rest)) >= 3


@register
class ConsentBlurb(LineRule):
    """Consent, newsletter, cookie and paywall notices are removed.

    ## What it does
    Removes a line (of at most 120 words) that contains one of the phrasings
    of such notices in the list: ``We use your sign-up to provide content…``,
    ``You can unsubscribe at any time``, ``This site uses cookies``, ``You
    have read 2 of 5 free articles this month``, ``You have 70% of this
    story left to read``, a cookie banner's ``By clicking Accept, you
    consent to the use of cookies``… A
    paragraph of prose needs two different phrasings, so that a news story
    about people who "sign up for the army" or a site's "privacy policy"
    stays — or one after a call to the reader that opens the line (at most
    40 words: ``Get the best stories delivered straight to your inbox every
    morning.``; not a line that reports the call, ``Sign up and get the
    alerts in your inbox, the agency said.``, by the clause of reporting
    that the pitches below refuse too), or one that opens the line as a
    label (``Privacy notice: newsletters may contain…``). A line whose
    English phrasings speak to no reader and for no site (no "you",
    "your", "we", "our", "us", "I", "this site", "this article"… outside its
    quotations) is the article's words about notices, not one: a paragraph
    (``By clicking anywhere on the page, visitors were deemed to consent
    to the use of cookies, which the law does not allow.``), and a headline
    or a short line too if it has four words or more of its own and no "|"
    and, when a phrasing opens it, goes on about something else than what
    a notice offers (the list ``[consent] offers``: a newsletter, the news,
    an inbox, an account, the site…) and not as a call ("and", "to",
    "today"…), or, however short, if it reports the call with a clause of
    reporting after its phrases (``Regulator limits use of cookies on
    shopping sites``, ``Privacy notice sent to thousands of patients in
    error``, ``Sign up for the army? Recruits dwindle as jobs market
    booms``, ``Donate now, urges charity`` stay; ``Register
    for free to read more of the stories you love``, ``Sign up for the
    weekly roundup of local news``, ``Become a member and help fund local
    reporting``, ``Cookie settings`` go). In such a paragraph the phrasings inside
    quotation marks do not count when it has words of its own around them:
    prose that quotes a notice reports it (``The banner read: "We use
    cookies … By continuing to browse, you agree …"`` stays). The lists have the phrasings and calls of French, German,
    Spanish, Italian, Portuguese and Dutch sites too, for a document in that
    language when it is one of the expected ones (``Inscrivez-vous à notre
    newsletter``), for each kind of notice: the cookie banner and its consent
    (``Wir nutzen Cookies und ähnliche Technologien … Mit Klick auf
    „Zustimmen“ willigen Sie ein …``), the newsletter's promise (``Het nieuws
    van de dag in je inbox.``) and the paywall's counter (``Ti restano da
    leggere 600 parole.``).
    A call to subscribe to a publication by its name, said
    to the reader (at most 40 words: ``Subscribe to The Harbour Gazette and
    get more of your favourite writers.``), goes too; ``Subscribe to the
    idea that …, and you …`` names no publication and stays. A call to
    join the outlet's newsletter on a line of its own goes too (``Want
    more deals? Join the Harbour Deals Newsletter.``), and so does a
    sign-up box's checkbox (``I agree that Harbour Sports can send me the
    newsletter.``; the patterns are data); ``Join the queue early, …``
    stays. A how-to's step about someone else's product is no notice: a
    line the site does not speak in ("our", "we", "this site"), numbered
    as a step (``2. Enter your email address on the sign-in screen.``), or
    a call to sign up for a bundle or a plan, then how (``Sign up for the
    family bundle using your account's settings page.``; ``Sign up for the
    daily briefing using your email address``, ``Sign up for the Morning
    Mix using your Google account`` and ``… using the form below`` go).
    An unnumbered step of another shape, an action then another, with no
    voice of the site's and nothing a notice offers after it (``Enter your
    email address and tap Continue.``; not ``… to get the morning
    briefing``), is left to the lines around it, which B008 does not see:
    B102 keeps it in a how-to and removes it elsewhere.

    ## Why
    Sign-up boxes and cookie banners are dumped with the text.
    """

    code, name = "B008", "consent-blurb"
    local = True
    SHORT_WORDS = 12
    #: A call to the reader ("Get …", "Sign up …") and a phrase of the list
    #: after it make a line of at most this many words a sign-up box.
    CALL_WORDS = 40
    example = ("Sign up to our newsletter. You can unsubscribe at any time.\n\n"
               "Kyiv said it would respond.\n", "Kyiv said it would respond.\n")

    max_chars = 2000

    def candidates(self, text: str, ls: list[Line], ctx: Context) -> Iterable[int] | None:
        # a line can match only if it holds a phrase (found for all the
        # lines at once with the shortcuts on; else the lines that hold one
        # of the phrases' literals)
        phrase_set = _consent(ctx)[0]
        out = phrase_set.lines_containing(ls) if structure.FAST else None
        if out is None:
            out = prefilter.lines_containing(text, ls, phrase_set.literals)
        if out is not None:
            # (the lines that open like a call to join: most texts hold
            # no word of one)
            _, opening, words = _pitches()
            if any(w in text for w in words):
                found = [m.start() for m in opening.finditer(text)]
                if found:
                    starts = [x.start for x in ls]
                    out = sorted({bisect.bisect_right(starts, k) - 1 for k in found}.union(out))
        if out is not None and ("Subscribe " in text or "SUBSCRIBE " in text):
            # (the lines that open with a call to subscribe: found in the text)
            starts = [x.start for x in ls]
            calls = {bisect.bisect_right(starts, m.start()) - 1 for m in _SUBSCRIBE_LINE.finditer(text)}
            if calls:
                out = sorted(calls.union(out))
        return out

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        s = line.text
        if s.startswith(_SUBSCRIBE_OPENERS) and _SUBSCRIBE_PITCH.match(s) \
                and word_count(s) <= self.CALL_WORDS and _TO_THE_READER.search(s):
            return "call to subscribe to the outlet"
        if word_count(s) <= self.CALL_WORDS and _pitches()[0].fullmatch(s):
            return "call to join the outlet's newsletter"
        phrase_set, phrases, calls = _consent(ctx)
        if not phrase_set.contains(s):
            return None
        n = word_count(s)
        if n > 120:
            return None
        found = phrase_set.finditer(s) if structure.FAST else list(phrases.finditer(s))
        hits = {m.group().casefold() for m in found}
        # (a step-shaped line is left to B102 only when B102 runs: with it
        # ignored, or B008 selected alone, nothing else would remove it)
        if _instruction_step(s, found, hits,
                             defer=not ctx.enabled or "B102" in ctx.enabled):
            return None
        message = f"consent or newsletter notice ({', '.join(sorted(hits))})"
        if not structure.is_body_paragraph(s) or n <= self.SHORT_WORDS:
            # (a headline or a short sentence about notices is no notice:
            # "Regulator limits use of cookies on news sites")
            if _about_notices(s, found, structure.quotations(s), short=True):
                return None
            return message
        # prose that quotes a notice ('The banner read: "We use cookies …"')
        # mentions it: the phrasings inside its quotations do not count
        spans = structure.quotations(s)
        if spans and _outside(s, spans):
            found = [m for m in found if not structure.quoted(spans, m.start(), m.end())]
            hits = {m.group().casefold() for m in found}
        if len(hits) >= 2:
            # (prose that describes a notice in its own words speaks to no
            # reader: "By clicking anywhere on the page, visitors were
            # deemed to consent to the use of cookies.")
            return None if _about_notices(s, found, spans, short=False) else message
        # a notice's label: the phrase opens the line before a colon
        # ("Privacy notice: newsletters may contain …")
        if found and found[0].start() == 0 and s[found[0].end():].lstrip().startswith(":"):
            return message
        # "Sign up for the army…": the phrase must come after the call
        call = calls.match(s) if n <= self.CALL_WORDS else None
        if call and any(m.start() >= call.end() for m in found):
            return message
        return None


@per_language
def _footer(language: str | None) -> re.Pattern[str]:
    return resources.regex_list("footer", "patterns", language=language)


def _footer_calls() -> re.Pattern[str]:
    """The footer's calls to the reader (``[footer] calls``), which a line
    with a clause of reporting (see :func:`_reporting_line`) reports."""
    return resources.regex_list("footer", "calls")


@functools.lru_cache(maxsize=1)
def _reporting_line() -> re.Pattern[str]:
    """Where a line holds a clause of reporting (:func:`_reporting_clause`)."""
    return lazyre.compile(_reporting_clause())


def _editor_calls() -> re.Pattern[str]:
    """A call for letters to the editor (``[footer] editor_calls``), asked
    only of a line that holds "editor": the pattern looks through the
    whole line."""
    return _reporting_patterns("footer", "editor_calls")


def _affiliate_notices() -> re.Pattern[str]:
    """An affiliate notice that opens on the reader's purchase (``[footer]
    affiliate_notices``), asked only of a line that holds " you ": its
    optional lead-in looks through the start of every line it is asked of."""
    return _reporting_patterns("footer", "affiliate_notices")


#: The outlet a syndicated story came from, in its notice: "This story was
#: originally published by The Valley Ledger, a nonprofit newsroom … It is
#: republished here with permission.", "Originally published on Harbour
#: Science." (the outlet: capitalised words, up to a comma, a full stop or
#: the next clause).
_ORIGINATOR = lazyre.compile(
    r"(?i:(?:this\s+(?:article|story|post|report|piece)\s+(?:was\s+|has\s+been\s+)?"
    r"(?:originally|first)\s+(?:appeared|published|posted|produced)|originally\s+"
    r"(?:appeared|published|posted))\s+(?:by|on|in|at|with))\s+"
    r"((?:[Tt]he\s+)?[A-Z][\w&’'-]*(?:\.[\w-]+)*"
    r"(?:\s+(?:[A-Z][\w&’'-]*(?:\.[\w-]+)*|of|for|and|&)){0,6}?)"
    r"(?=\s*(?:[,.;:(]|$)|\s+(?:and|on|in|at|under|with)\s)")
#: The words of a date after "published on", no outlet ("… on March 3").
_DATE_WORD = lazyre.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu"
                            r"|fri|sat|sun)[a-z]*\.?")


def _originator(line: str) -> str | None:
    """The outlet a syndication notice names as the story's origin, or None."""
    m = _ORIGINATOR.match(line)
    if not m or _DATE_WORD.fullmatch(m.group(1).split()[-1]):
        return None
    return m.group(1)


#: An excerpt of another page cut off by its link: an ellipsis, then
#: "Read more" (an author's box, "… and audio formats for... Read more"; a
#: teaser's text, "… the council said… Continue reading"), the line's end.
_CUT_OFF = lazyre.compile(r"\w[,;]?\s*(?:\.\.\.|…)\s*(?i:(?:read|see|show|view)\s+(?:more|full\s+(?:bio|profile|story|article))"
                          r"|continue\s+reading|more(?=\s*[»›>→]))\s*[»›>→]?$")
#: The ends of such a line (what is asked before the pattern).
_CUT_OFF_ENDS = ("more", "More", "MORE", "reading", "Reading", "bio", "profile", "story", "article",
                 "»", "›", ">", "→")


#: A release distributor's footer: "SOURCE" in capitals, no colon, then
#: the issuer's name ("SOURCE Acme Energy Inc."); looked for only in a
#: text that holds the word so.
_DISTRIBUTOR_FOOTER = lazyre.compile(
    r"SOURCE\s+[A-Z][\w&’'.,-]*(?:\s+(?:[A-Z0-9&][\w&’'.,-]*|of|and|for|the)){0,7}")


@register
class AggregatorFooter(LineRule):
    """Syndication and aggregator footers are removed.

    ## What it does
    Removes lines such as ``Source: Read the full story``, ``Continue reading``,
    ``The post … appeared first on …``, ``This article originally appeared
    on …`` (not ``Originally published in 1962, the novel sold …``, which
    goes on after a comma with a clause of its own), a syndicated story's header (``This story was originally
    published by … It is republished here with permission.``) and its
    licence (``Our stories may be republished …``), a wire copyright notice (``This material may not be published,
    broadcast, rewritten or redistributed.``, after a copyright line or on
    its own), a copyright notice as Korean and Japanese wires print it in
    English (``Unauthorized reproduction and redistribution prohibited.``,
    ``Reproduction without permission is prohibited.``, maybe after a
    copyright line; ``Unauthorized use of drones is prohibited.`` stays), an e-mail's ``You are receiving this email because …``,
    a release distributor's footer (``SOURCE Acme Energy Inc.``: the word
    in capitals, no colon, then a name), and
    the calls of a page's footer (``Get the app``, ``Follow us on
    Twitter``, ``Have a tip? Email us …``; not a line that reports one,
    ``Download the app, the mayor said.``, by the clause of reporting B008
    refuses too; a call to download an app shaped as a how-to's step,
    ``Download the app from your phone's app store.``, ``Get the app from
    the App Store, then sign in.``, is left to the lines around it when B102
    runs: among a how-to's steps it stays, and between paragraphs that name
    the product whose app it names, ``Download the Acme app on your
    phone.`` in a review of the Acme Buds, not a news outlet's, named in a
    story as the one told, ``told Harbour Now``; elsewhere it goes, see
    ``deferred_app_call``), a call to follow the outlet, or one of its sections by name, on two
    networks or more (``Follow Harbour Gazette Opinion on Facebook,
    Twitter (@hgopinion) and Instagram.``; ``Follow the money on …`` and a
    sentence that goes on after the networks stay),
    the site's appeals appended to its articles, known by "our" (a call for
    letters, ``… submit a response … in our letters section, please click
    here.``, or one in the outlet's voice, ``We'd like to hear what you
    think about this story: write a letter to the editor …``, not a line
    that reports it, ``… she wrote in a letter to the editor``; ``Read
    more about the festival in our guide to the summer.``),
    and its notices said of the page itself: its comments (``Comments are
    closed on this article for legal reasons.``), its market data (``Quotes
    delayed by at least 15 minutes.``; ``Share prices were delayed by 15
    minutes …`` is news), an opinion disclaimer (``The views expressed are
    the author's own.``), an affiliate notice (``This article contains
    affiliate links. We may earn a commission if you buy through them.``;
    one that opens on the reader's purchase through the page's links, the
    site or "we" the one that may earn, ``When you buy through links on our
    site, we may earn a commission.``; ``…, analysts said`` and a share
    the reader gets stay),
    and an appeal to the reader that ends in "email us" (``Lost a loved one?
    Email us at …``), and an excerpt of another page cut off by its link
    (an ellipsis, then ``Read more``, ``Continue reading``… at the line's
    end: an author's box, ``Jo Marsh is a columnist … formats for... Read
    more``; not a sentence that says "read more")
    (the patterns are data, with those of the document's language as for
    B002). ``Its reports may not be published in the country.`` stays: a
    notice says it of the text itself (``this material``), and names two
    ways of reproducing it at least; and a sentence that quotes a notice and
    goes on with a clause of reporting (``… redistributed without a
    licence, the judge said, reading …``) stays. The outlet a syndicated story's notice
    names as its origin (``This story was originally published by The Valley
    Ledger …``, ``Originally published on Harbour Science.``) is kept as
    metadata ``credit``, as a wire's is (M002); ``… originally published
    on March 3`` names none.

    ## Why
    Feed aggregators, wire services and newsletters append them to every
    article they carry.
    """

    code, name = "B009", "aggregator-footer"
    local = True
    example = ("Kyiv said it would respond.\n\nThe post Kyiv responds appeared first on Daily Planet.\n",
               "Kyiv said it would respond.\n")

    #: The footers' patterns are asked only of a line this long at most (an
    #: excerpt cut off by its link may be longer).
    FOOTER_MAX_CHARS = 300

    @classmethod
    def footer_call(cls, s: str, ctx: Context) -> bool:
        """Whether line ``s`` is one of the footer's calls to the reader
        (``[footer] calls``) that no clause of reporting reports."""
        return len(s) <= cls.FOOTER_MAX_CHARS and _footer_calls().fullmatch(s) is not None \
            and not _reporting_line().search(s)

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        s = line.text
        if len(s) <= self.FOOTER_MAX_CHARS and (
                _footer(ctx).fullmatch(s)
                or (self.footer_call(s, ctx)
                    # (a call to download an app shaped as a how-to's step
                    # is left to the lines around it when B102 runs: see
                    # deferred_app_call)
                    and not (s.startswith(APP_OPENERS)
                             and (not ctx.enabled or "B102" in ctx.enabled)
                             and deferred_app_call(s, ctx)))
                or ("ditor" in s and _editor_calls().fullmatch(s))
                or (" you " in s and _affiliate_notices().fullmatch(s))):
            return "aggregator footer"
        if s.endswith(_CUT_OFF_ENDS) and _CUT_OFF.search(s):
            return "excerpt cut off by its link"
        return None

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if "SOURCE " in text:  # (not asked of every line)
            for line in structure.lines(text):
                if line.text.startswith("SOURCE ") and _DISTRIBUTOR_FOOTER.fullmatch(line.text.rstrip()):
                    yield self.drop_line(text, line.start, line.end, "release distributor's footer")
        for f in super().check(text, ctx):
            origin = _originator(text[f.start:f.end].strip())
            if origin:
                f = dataclasses.replace(f, message=f"syndicated from '{origin}'",
                                        metadata={"credit": origin})
            yield f


#: A release's closing sections are looked for in so many last lines.
RELEASE_TAIL_LINES = 40
#: At most so many paragraphs under an "About …" heading, under a
#: "Forward-Looking Statements" heading, and lines in a contacts block.
RELEASE_ABOUT_PARAGRAPHS = 4
RELEASE_LEGAL_PARAGRAPHS = 6
RELEASE_CONTACT_LINES = 12
#: The opening of the last section is looked for in so many last lines
#: (the longest section, a contacts block, and a few lines between).
RELEASE_LAST_SECTION_LINES = RELEASE_CONTACT_LINES + 4
#: The longest line of a contacts block (a name, a job, an address).
RELEASE_CONTACT_CHARS = 100
#: The heading of a release's section about its issuer: "About Acme Corp",
#: "ABOUT THE HARBOUR TRUST" (a name: capitalised words; "About 200
#: people …" is none).
_ABOUT_HEADING = lazyre.compile(
    r"(?:About|ABOUT)\s+(?:(?i:the)\s+)?([A-Z][\w’'&.-]*(?:\s+(?:[A-Z0-9][\w’'&.,-]*|&|of|and|for|de)){0,6})"
    r"\s*:?")
#: What makes the paragraph under it an organisation's description, not a
#: person's biography: its legal form ("Acme Corp", "Harbour Ltd"), its
#: listing ("(NASDAQ: ACME)"), its seat ("headquartered in"), or it says
#: what it is ("… is a leading provider of …", "… is the UK's largest
#: charity"; not "… is a senior fellow at the Acme Group": no preposition
#: between).
_ORGANISATION_MARK = lazyre.compile(
    r"\b(?:Inc|Incorporated|Ltd|Limited|LLC|LLP|L\.P|LP|plc|PLC|Corp|Corporation|Co|GmbH|AG|SE|S\.A|SA"
    r"|N\.V|NV|B\.V|BV|Pty|SpA|S\.p\.A|AB|ASA|Oyj|KK)(?![\w’'-])"
    r"|\((?:[A-Z]{2,}(?:\s+[A-Z]\w*)?:\s*[A-Z][A-Z0-9.]{0,9}(?:[;,]\s*)?)+\)"
    r"|(?i:head-?quartered\s+in)"
    r"|\b(?:is|are)\s+(?:a|an|the)\s+(?:(?!(?:at|of|in|for|with|on|from|and|who|which|that|to)\b)[\w’'-]+\s+){0,5}"
    r"(?:company|companies|corporation|firm|provider|manufacturer|developer|supplier|organi[sz]ation"
    r"|non-?profit|not-for-profit|charity|operator|producer|retailer|bank|insurer|maker|platform"
    r"|business|group|brand|network|agency|association|foundation|trust|institute|university)\b")
#: The heading of a release's legal notice: "Forward-Looking Statements",
#: "Cautionary Note Regarding Forward-Looking Statements", "Safe Harbor
#: Statement".
_LEGAL_HEADING = lazyre.compile(
    r"(?i:(?:(?:special|cautionary|important)\s+)?(?:note|notice|statement|language|information|disclaimer)s?"
    r"\s+(?:regarding|concerning|about|on|relating\s+to|with\s+respect\s+to)\s+)?"
    r"(?i:forward[- ]looking\s+(?:statements?|information)|safe\s+harbou?r)"
    r"(?i:\s+(?:statements?|disclaimer|notice|information|provisions?))?\s*:?")
#: A paragraph of that notice: it names forward-looking statements and says
#: it of the release itself or in the law's words ("This press release
#: contains forward-looking statements within the meaning of …"); an
#: article's sentence about a company's forward-looking statements does
#: neither.
_FORWARD_LOOKING = lazyre.compile(r"(?i:forward[- ]looking\s+(?:statements?|information))")
_LEGAL_SIGNATURE = lazyre.compile(
    r"(?i:this\s+(?:press\s+|news\s+)?(?:release|announcement|communication|document)"
    r"|within\s+the\s+meaning\s+of|securities\s+litigation\s+reform\s+act|safe[- ]harbou?r"
    r"|(?:undertakes?|assumes?|disclaims?)\s+(?:no|any)\s+(?:obligation|duty|intention))")
#: The heading of a release's contacts ("Media contact:", "Investor
#: Relations Contact", "Contacts"), maybe with its first value after it.
_CONTACT_HEADING = lazyre.compile(
    r"(?i:(?:(?:media|press|investors?|analysts?|news\s+media|public\s+relations|pr|company|corporate"
    r"|editorial)(?:\s+(?:and|&)\s+(?:media|press|investors?|analysts?))?\s+(?:relations\s+)?"
    r"(?:contacts?|enquiries|inquiries)|contacts?(?:\s+(?:for\s+)?(?:media|press|investors))?))"
    r"\s*(?::\s*(.*)|[-–—]\s+(.*))?")
_CONTACT_VALUE = lazyre.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{6,}\d")


def _release_kind(s: str) -> str | None:
    """Which of a release's closing sections the line ``s`` opens: a
    heading (``about``, ``legal heading``, ``contacts``) or a paragraph of
    the legal notice (``legal``); None if none. (Cheap substring tests
    first: most lines hold no word of one.)"""
    legal = "orward" in s or "ORWARD" in s
    if len(s) <= RELEASE_CONTACT_CHARS:
        if s[:5] in ("About", "ABOUT"):
            if _ABOUT_HEADING.fullmatch(s):
                return "about"
        elif legal or "arbo" in s or "ARBO" in s:
            if _LEGAL_HEADING.fullmatch(s):
                return "legal heading"
        elif "ontact" in s or "ONTACT" in s or "nquir" in s or "NQUIR" in s:
            if _CONTACT_HEADING.fullmatch(s):
                return "contacts"
    return "legal" if legal and _legal(s) else None


#: The lines asked about by :func:`_opens_release_section` in the document
#: at hand, and the openers among them, with their kinds.
_RELEASE_SEEN = structure.document_memo()
_RELEASE_OPENERS = structure.document_memo()
_LINE_TEXT = operator.attrgetter("text")


def _opens_release_section(ls: list[Line]) -> bool:
    """Whether one of the last ``RELEASE_LAST_SECTION_LINES`` lines opens a
    release's closing section (see :func:`_release_kind`), as the last
    section's opening must. (Every pass asks again about nearly the same
    lines: each is asked once a document, and the rest is set operations.)"""
    texts = set(map(_LINE_TEXT, ls[-RELEASE_LAST_SECTION_LINES:]))
    if not structure.FAST:
        return any(_release_kind(s) for s in texts)
    fresh = texts.difference(_RELEASE_SEEN)
    if fresh:
        if len(_RELEASE_SEEN) >= structure._MEMO_MAX:
            _RELEASE_SEEN.clear()
            _RELEASE_OPENERS.clear()
        for s in fresh:
            k = _RELEASE_SEEN[s] = _release_kind(s)
            if k:
                _RELEASE_OPENERS[s] = k
    return not _RELEASE_OPENERS.keys().isdisjoint(texts)


def _release_tail(ls: list[Line], removed: Sequence[bool]) -> dict[int, str]:
    """The lines of a release's closing sections at the end of ``ls`` (a
    line of a local rule's, ``removed``, or of no letter or figure, "###",
    between them), by index, each with its section's name: a run of
    sections from one of them to the last line, after a paragraph of the
    body; {} if the text does not end so."""
    n = len(ls)
    kinds = {i: k for i in range(max(1, n - RELEASE_TAIL_LINES), n)
             if (k := _release_kind(ls[i].text))}
    if not kinds:
        return {}
    skips: dict[int, bool] = {}

    def skip(i: int) -> bool:
        if i not in skips:
            skips[i] = bool(removed[i]) or not any(c.isalnum() for c in ls[i].text)
        return skips[i]

    def section(i: int) -> tuple[int, bool]:
        """The end of the section that line ``i`` opens, and whether it
        holds what such a section holds."""
        k = kinds[i]
        j = i + 1
        while j < n and kinds.get(j) in (None, "legal"):
            j += 1
        body = [ls[q].text for q in range(i + 1, j) if not skip(q)]
        if k == "about":
            name = _ABOUT_HEADING.fullmatch(ls[i].text).group(1).split()[0].rstrip(".,:")
            first = body[0] if body else ""
            if first[:4] == "The ":
                first = first[4:]
            return j, (0 < len(body) <= RELEASE_ABOUT_PARAGRAPHS and len(name) > 1
                       and first[:1].isupper() and first.casefold().startswith(name.casefold())
                       and bool(_ORGANISATION_MARK.search(body[0])))
        if k == "legal heading":
            return j, 0 < len(body) <= RELEASE_LEGAL_PARAGRAPHS and _legal(body[0])
        if k == "contacts":
            m = _CONTACT_HEADING.fullmatch(ls[i].text)
            rest = m.group(1) or m.group(2) or ""
            lines = [rest, *body] if rest else body
            return j, (0 < len(lines) <= RELEASE_CONTACT_LINES
                       and all(len(x) <= RELEASE_CONTACT_CHARS
                               and not (structure.ends_like_sentence(x) and word_count(x) >= 8)
                               for x in lines)
                       and any(_CONTACT_VALUE.search(x) for x in lines))
        # a notice's paragraphs with no heading over them
        return j, (len(body) < RELEASE_LEGAL_PARAGRAPHS
                   and all(_legal(x) or _FORWARD_LOOKING.search(x) for x in body))

    for start in sorted(kinds):
        out: dict[int, str] = {}
        i = start
        while i < n:
            if skip(i):
                i += 1
                continue
            if i not in kinds:
                break
            j, ok = section(i)
            if not ok:
                break
            for q in range(i, j):
                if not skip(q):
                    out[q] = kinds[i]
            i = j
        else:
            if any(structure.is_body_paragraph(ls[q].text) for q in range(start)
                   if not skip(q)):
                return out
            return {}
    return {}


def _legal(s: str) -> bool:
    """Whether ``s`` is a paragraph of a release's legal notice (see
    ``_LEGAL_SIGNATURE``)."""
    return bool(_FORWARD_LOOKING.search(s)) and bool(_LEGAL_SIGNATURE.search(s))


_RELEASE_MESSAGES = {"about": "a release's section about its issuer",
                     "legal heading": "a release's forward-looking statements notice",
                     "legal": "a release's forward-looking statements notice",
                     "contacts": "a release's contacts"}


@register
class ReleaseBoilerplate(LineRule):
    """A press release's closing boilerplate after its body is removed.

    ## What it does
    At the end of the text, after the body, removes the sections every
    release of an issuer closes with: the section about the issuer (a
    heading ``About Acme Corp``, then one to four paragraphs, the first
    opening with the name and describing an organisation: ``Acme Corp is a
    leading provider of …``, with its legal form, its listing, its seat or
    what kind of organisation it is), the legal notice on forward-looking
    statements (``This press release contains forward-looking statements
    within the meaning of …``: the words "forward-looking statements" and
    the release's own or the law's words, under a heading ``Forward-Looking
    Statements`` or ``Safe Harbor Statement`` or alone), and the contacts
    (``Media contact:``, ``Investor Relations``, then a name, a job, an
    e-mail address or a telephone number, one a line). Only a run of such
    sections that reaches the last line counts (a line another rule removes,
    ``SOURCE Acme Energy Inc.``, or ``###``, may stand between them), so a
    paragraph of the body that speaks of forward-looking statements, or
    opens with ``About 200 people …``, stays, and so does a writer's
    biography under ``About Jane Smith`` (no organisation).

    ## Why
    The issuer's description, the safe-harbor notice and the press contacts
    are the same in every release the issuer sends out: the distributor's
    footer, not the news.
    """

    code, name = "B012", "release-boilerplate"
    # its verdicts are the lines' (structure.lines) and the local rules'
    # on them: blind to the layout (see Rule.sees_layout)
    sees_layout = False
    example = ("Acme opens a plant\n\nAcme Corp said on Monday it would open a plant in Leeds, "
               "its first in the north.\n\nAbout Acme Corp\n\nAcme Corp is a leading maker of "
               "bicycle parts.\n\nMedia contact:\npress@acme.example\n",
               "Acme opens a plant\n\nAcme Corp said on Monday it would open a plant in Leeds, "
               "its first in the north.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        return self.matches("", ls, ctx)[line.index]

    def matches(self, text: str, ls: list[Line], ctx: Context,
                only: Sequence[int] | None = None) -> list[str | None]:
        out: list[str | None] = [None] * len(ls)
        # the last section opens this close to the end (its lines, and a
        # few a local rule removes): most texts have no such line there
        if len(ls) < 3 or not _opens_release_section(ls):
            return out if only is None else [None] * len(only)
        removed = removed_lines(text, ls, ctx) if text else [False] * len(ls)
        for i, what in _release_tail(ls, removed).items():
            out[i] = _RELEASE_MESSAGES[what]
        if only is not None:
            return [out[i] for i in only]
        return out

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        ls = structure.lines(text)
        if len(ls) < 3 or not _opens_release_section(ls):
            return  # (most texts, every pass)
        hits = self.text_matches(text, ls, ctx)
        if any(hits):  # (most texts: none, and no loop over their lines)
            for line, message in zip(ls, hits):
                if message:
                    yield self.drop_line(text, line.start, line.end, message)


#: A line this short may be the heading of an author's box; the box is
#: looked for in so many last lines of the text.
AUTHOR_HEADING_CHARS = 60
AUTHOR_TAIL_LINES = 30
#: An author's biography runs to so many words at most (a paragraph), and
#: the box to so many lines (the heading, a name, the biography, a line
#: after it: "Follow her on …").
AUTHOR_BIO_MAX_WORDS = 120
AUTHOR_BOX_LINES = 4
#: The article has so many paragraphs of prose at least before the box...
AUTHOR_BODY_PARAGRAPHS = 2
#: ... and none in so many lines after it (the lines a local rule removes
#: aside): the article is over.
AUTHOR_AFTER_LINES = 3
#: A person's name: two to four capitalised words (with the small words of
#: names between: "Ana de la Cruz").
_PERSON_NAME = (r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|da|del|della|di|dos|das|du|van|von|der"
                r"|den|ten|ter|la|le|al|el|bin|ibn)){1,3}")
_PERSON_NAME_LINE = lazyre.compile(_PERSON_NAME)
#: A name's handle in brackets after it ("Jo Marsh (@jomarsh) is …").
_HANDLE = r"(?:\s*\(@[\w.]+\))?"
#: What names the outlet or the beat after the job: "… correspondent for
#: The Harbour Gazette", "… reporter at Acme News", "… editor covering
#: health", "… writer based in Leeds", "… the author of 'Tides'".
#: Right after the job (maybe after a second one, "… columnist and
#: author based in Leeds"): "a favourite of novelists … in Wales" names no
#: outlet of a writer's.
_OUTLET_OR_BEAT = lazyre.compile(
    r"(?:,\s+[a-z][\w-]*){0,3}(?:,?\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,?\s+(?:(?:at|for|with|of|on|in)\s+"
    r"(?:the\s+|The\s+)?[A-Z“\"‘'«]|(?:covering|who\s+covers|who\s+writes|who\s+reports"
    r"|who\s+has\s+(?:covered|written|reported)|based\s+in|reporting\s+on|writing\s+about)\b)")
#: The strongest outlet: right after the job ("… correspondent for The
#: Harbour Gazette", "… reporter at Acme News").
_OUTLET_AFTER_JOB = lazyre.compile(r"\s+(?:for|at|of)\s+(?:the\s+|The\s+)?[A-Z]")
#: The pronouns that open a sentence more of a biography ("She has covered
#: …"), and a call to follow the writer ("Follow her on …").
_BIO_FOLLOW_UP = lazyre.compile(r"(?:He|She|They|His|Her|Their|Follow|Reach|Contact|Email|E-mail)\b")


@functools.lru_cache(maxsize=None)
def _shared_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled once for all the languages whose lists make the
    same pattern (most have no words of their own)."""
    return re.compile(pattern, flags)


@per_language
def _author_words(language: str | None) -> tuple[
        frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str],
        Callable[[str], tuple[str, str | None] | None]]:
    """The labels of an author's box (case-folded), the heading ``About
    <Name>`` (the name its group 1), a writer's biography in one sentence
    at least (the name its group 1; the job named, then the outlet or the
    beat: see :func:`_bio_line`), and the words of a person (the jobs and
    ``person_words``, case aside), of the ``[author]`` lists in
    ``language``; and :func:`_opener_in` of them, remembered."""
    labels = frozenset(" ".join(x.split()).casefold() for x in resources.entries("author", "labels", language))
    about = _shared_pattern(rf"(?:{resources.alternation(resources.entries('author', 'about', language))})"
                            rf"\s+({_PERSON_NAME})\s*:?")
    roles = resources.alternation(resources.entries("author", "roles", language))
    # "Jane Doe is a senior correspondent", "Jo Marsh (@jomarsh) is an Ideas
    # contributor", "Jane Doe is The Gazette's chief reporter"
    # (the outlet's possessive first, maybe after "the": "is the Gazette's
    # chief reporter"; a job's hyphenated tail: "editor-in-chief")
    bio = _shared_pattern(
        rf"({_PERSON_NAME}){_HANDLE},?\s+is\s+(?P<det>(?:the\s+|The\s+)?(?:[A-Z][\w&.’'-]*\s+){{0,3}}"
        rf"[A-Z][\w&.’'-]*[’']s|a|an|the|one\s+of\s+(?:the|our)|our)\s+(?P<pre>(?:[\w&.’'/-]+\s+){{0,6}}?)"
        rf"(?:{roles})(?:-[a-z]+){{0,2}}(?![\w’'-])(?P<rest>.*)", re.DOTALL)
    person = _shared_pattern(
        rf"\b(?:{resources.alternation([*resources.entries('author', 'roles', language), *resources.entries('author', 'person_words', language)])})s?\b",
        re.IGNORECASE)
    # (what a line may open, remembered for the document at hand: each pass
    # asks about the same last lines)
    firsts = frozenset(x.split()[0].casefold() for x in (
        *resources.entries("author", "labels", language), *resources.entries("author", "about", language)))
    opener = structure.per_document(functools.partial(_opener_in, (labels, firsts, about, bio)))
    return labels, about, bio, person, opener


def _bio_line(s: str, bio: re.Pattern[str]) -> str | None:
    """The name of the writer whose biography line ``s`` is, or None: it
    opens with the name, ``is a``, a job (``reporter``, ``columnist``…)
    and names the outlet or the beat in that sentence (``… for The Harbour
    Gazette``, ``… covering health``) or before the job (``… is The
    Gazette's chief reporter``); a short paragraph."""
    if " is " not in s:
        return None
    m = bio.match(s)
    if not m or word_count(s) > AUTHOR_BIO_MAX_WORDS:
        return None
    rest = _SENTENCE_END.split(m.group("rest"), maxsplit=1)[0]
    if not (_OUTLET_OR_BEAT.match(rest) or _OUTLETS_JOB.match(s, m.end(1))):
        return None
    det, pre = m.group("det"), m.group("pre")
    # strong evidence of a writer: "<a> (one or two words) <job> for
    # <Outlet>", or "<Outlet>'s <job>"
    strong = (det in ("a", "an", "the") and len(pre.split()) <= 2 and (not pre or pre.islower())
              and bool(_OUTLET_AFTER_JOB.match(rest))) or (det[-1:] == "s" and not pre)
    return m.group(1) if _reads_as_persons(m.group(1), s, strong=strong) else None


@functools.lru_cache(maxsize=1)
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """The titles before a person's name, and the heads of an
    organisation's (``[author]`` titles, organisation_heads)."""
    return (frozenset(resources.entries("author", "titles")),
            frozenset(resources.entries("author", "organisation_heads")))


def _reads_as_persons(name: str, s: str, strong: bool = False, sentence: bool = True) -> bool:
    """Whether ``name``, opening line ``s``, reads as a person's: not
    ``The …`` or ``A …``, and after a title (``Dr``), or its first word a
    given name (given_names.txt), or a sentence after it speaks of a person
    (``She has covered …``; with ``sentence`` false, ``she`` anywhere
    after the name), or, on ``strong`` evidence of a writer's job, two or
    three words none an organisation's head: "Hay Festival", "The Booker
    Prize", "Sky Sports" are none."""
    words = name.split()
    first = words[0]
    if first in ("The", "THE", "A"):
        return False
    titles, heads = _name_words()
    if first in titles:
        return len(words) > 1
    if first.casefold() in resources.word_list("given_names.txt"):
        return True
    if (_PRONOUN_SENTENCE if sentence else _PRONOUN).search(s, len(name)):
        return True
    return strong and len(words) in (2, 3) and not heads.intersection(words)


#: A person spoken of after her name (the line's sentences going on): a
#: person's pronoun, not "they", "their" (an organisation's as well), best
#: opening a sentence.
_PRONOUN = lazyre.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_PRONOUN_SENTENCE = lazyre.compile(r"(?<=[.!?])\s+(?:He|She|His|Her)\b")


def _mentions(name: str, prose: list[str]) -> bool:
    """Whether a paragraph of ``prose`` names the person ``name``: her
    surname (the last word) as written, or in capitals; not her given name
    alone ("Jane Smith" is not "Jane Doe") nor the word in lower case
    ("brown envelopes" is not "Mark Brown")."""
    words = [w for w in name.split() if len(w) > 1 and w[:1].isupper()]
    if not words:
        return False
    last = words[-1]
    pattern = re.compile(rf"\b(?:{re.escape(last)}|{re.escape(last.upper())})\b")
    return any(pattern.search(x) for x in prose)


#: The end of a sentence inside a line (where the biography's first ends).
_SENTENCE_END = lazyre.compile(r"(?<=[.!?])\s")
#: The outlet's name before the job ("… is The Gazette's chief reporter").
_OUTLETS_JOB = lazyre.compile(r"(?:\s*\(@[\w.]+\))?,?\s+is\s+(?:the\s+|The\s+)?(?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*[’']s\s")


def _opener_in(words: tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]],
               s: str) -> tuple[str, str | None] | None:
    """What of an author's box line ``s`` may open (``label``, ``about``
    or ``bio``, with the writer's name if it gives it), or None. (A
    heading opens with the first word of a label or of ``about``,
    ``firsts``.)"""
    if not s[:1].isupper():
        return None
    labels, firsts, about, bio = words
    if len(s) <= AUTHOR_HEADING_CHARS and s.split(None, 1)[0].casefold() in firsts:
        if " ".join(s.rstrip(" :").split()).casefold() in labels:
            return "label", None
        if m := about.fullmatch(s):
            return "about", m.group(1)
    name = _bio_line(s, bio)
    return None if name is None else ("bio", name)


def _author_box(ls: list[Line], removed: Callable[[int], bool], words: tuple) -> dict[int, str]:
    """The lines of an author's box at the end of ``ls`` (the article's
    text), by index, each with its change's message; {} if there is none.
    ``removed(i)``: whether a local rule removes line ``i``; ``words``:
    :func:`_author_words`."""
    _, _, bio, person, opener = words
    n = len(ls)
    for i in range(max(1, n - AUTHOR_TAIL_LINES), n):
        found = opener(ls[i].text)
        if found is None:
            continue  # (most lines)
        kind, name = found
        if removed(i):
            continue
        box = _box_lines(ls, i, kind, name, removed, bio, person)
        if not box:
            continue
        last = box[-1]
        # the article before it, which does not speak of the person (an
        # article about the writer keeps its last paragraph), and none
        # after it
        prose = [ls[q].text for q in range(i) if not removed(q)
                 and structure.is_body_paragraph(ls[q].text)]
        if len(prose) < AUTHOR_BODY_PARAGRAPHS:
            continue
        paragraph = False
        if name is None and len(box) > 1:
            # (under a label: the writer's name alone, or her biography's)
            first = ls[box[1]].text
            m = None if _PERSON_NAME_LINE.fullmatch(first) else bio.match(first)
            name = first if m is None and _PERSON_NAME_LINE.fullmatch(first) else (
                m.group(1) if m else None)
            paragraph = name is None
            if name is None and (lead := _PERSON_NAME_LINE.match(first)) \
                    and _reads_as_persons(lead.group(), first, sentence=False):
                # (a paragraph that opens with the name: "Ann Patel grew up …")
                name = lead.group()
        if name is not None and _mentions(name, prose):
            continue
        rest = [q for q in range(last + 1, n) if not removed(q)]
        if kind == "label" and rest and paragraph:
            # (under a label, a paragraph of a life that is no biography
            # line ends the text: "About the author" over the novelist's
            # life, then the book's details, is a review's)
            continue
        after = rest[:AUTHOR_AFTER_LINES]
        if any(structure.is_body_paragraph(ls[q].text) for q in after):
            continue
        out = {q: "writer's biography after the article" for q in box}
        if kind != "bio":
            out[i] = "author's box after the article (its heading)"
            if kind == "label" and len(box) > 1 and _PERSON_NAME_LINE.fullmatch(ls[box[1]].text):
                out[box[1]] = "author's box after the article (the writer's name)"
        return out
    return {}


def _box_lines(ls: list[Line], i: int, kind: str, name: str | None, removed: Callable[[int], bool],
               bio: re.Pattern[str], person: re.Pattern[str]) -> list[int]:
    """The lines of the author's box that line ``i`` opens (of ``kind``
    label, about or bio, for the writer ``name``): the heading, then the
    biography (a name's line alone allowed under a label), then its
    follow-ups (another writer's biography, ``She has covered …``,
    ``Follow her on …``); [] if what is under the heading is no
    biography."""
    box = [i]
    q = i + 1
    n = len(ls)
    if kind != "bio":
        while q < n and removed(q):
            q += 1
        if q >= n:
            return []
        s = ls[q].text
        if word_count(s) > AUTHOR_BIO_MAX_WORDS or not s[:1].isupper():
            return []
        if kind == "about" and not (name in s and person.search(s)):
            return []
        named = kind == "label" and bool(_PERSON_NAME_LINE.fullmatch(s))
        if kind == "label" and not named and not (structure.ends_like_sentence(s)
                                                  and person.search(s)):
            return []  # (a section's name, "Space", is no writer's)
        box.append(q)
        if named:
            # the writer's name over the biography ("About the author",
            # "Jane Doe", then the biography), or alone
            r = q + 1
            while r < n and removed(r):
                r += 1
            if r < n and _bio_line(ls[r].text, bio):
                box.append(r)
                q = r
        q += 1
    while q < n and len(box) < AUTHOR_BOX_LINES:
        if removed(q):
            q += 1
            continue
        s = ls[q].text
        if word_count(s) <= AUTHOR_BIO_MAX_WORDS and (_bio_line(s, bio) or _BIO_FOLLOW_UP.match(s)):
            box.append(q)
            q += 1
            continue
        break
    return box


@register
class AuthorBox(LineRule):
    """An author's box after the article is removed.

    ## What it does
    At the end of the text, after the article (two paragraphs of prose at
    least before it, none in the next three lines after it, lines a local
    rule removes aside), removes a writer's box: a heading ``About the
    author`` (``Sobre o autor``…: the labels are data, with those of the
    document's language) over the biography, or the writer's name and the
    biography; a heading ``About Jane Doe`` over a paragraph that names
    her and speaks of a person (a job, ``she``, ``his``…); or, with no
    heading, a biography line: a person's name (its first word a given
    name, or the line speaks of a person: ``she``, ``his``…; not ``The
    …``), ``is a``, a job in the singular (``reporter``,
    ``correspondent``, ``editor``, ``columnist``…, data) and the outlet
    or the beat right after it (``Jane Doe is a senior correspondent for
    The Harbour Gazette, covering health. Follow her on …``) or the
    outlet's before it (``… is The Gazette's chief reporter``);
    ``The Booker Prize is … an award for novelists`` stays. Sentences more of the biography after it (``She
    has covered …``, ``Follow her on …``) and a co-writer's biography go
    with it. An article about the person stays: the box goes only if no
    paragraph before it names the person (a word of her name, case
    aside; a given name capitalised). Under a label, a paragraph of a
    life (``Ann Patel grew up …``) is a box only as the text's last line
    that no local rule removes (a review's ``About the author`` goes on
    with the book's details). Kept: a
    biography in the body (``Smith, who is a former reporter, said …``,
    or with paragraphs of the article after it), a crosshead ``About
    Harbury`` over the place's description (no person), ``About Jane
    Doe's new album …`` (no heading of a name alone).

    ## Why
    Sites print the writer's biography under every article they write:
    the page's, not the article's text.
    """

    code, name = "B013", "author-box"
    # its verdicts are the lines' (structure.lines) and the local rules'
    # on them: blind to the layout (see Rule.sees_layout)
    sees_layout = False
    example = ("Libraries to close\n\nThe council said on Tuesday that three of the town's five "
               "libraries would close next spring.\n\nCampaigners said they would take the "
               "decision to the courts before the end of the year.\n\n"
               "Jane Doe is a senior correspondent for The Harbour Gazette, covering transport.\n",
               "Libraries to close\n\nThe council said on Tuesday that three of the town's five "
               "libraries would close next spring.\n\nCampaigners said they would take the "
               "decision to the courts before the end of the year.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        return self.matches("", ls, ctx)[line.index]

    def matches(self, text: str, ls: list[Line], ctx: Context,
                only: Sequence[int] | None = None) -> list[str | None]:
        out: list[str | None] = [None] * len(ls)
        if len(ls) >= 4:
            # (the local rules' verdicts, asked only once a line may open a box)
            rm: list[Sequence[bool]] = []

            def removed(i: int) -> bool:
                if not text:
                    return removed_by_local_rule(ls[i], ls, ctx)
                if not rm:
                    rm.append(removed_lines(text, ls, ctx))
                return rm[0][i]

            for i, why in _author_box(ls, removed, _author_words(ctx)).items():
                out[i] = why
        if only is not None:
            return [out[i] for i in only]
        return out
