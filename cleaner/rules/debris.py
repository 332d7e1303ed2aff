"""T: machine-translation and punctuation debris — stray tokens, broken
quotes, capitals in mid-sentence, foreign-language insertions."""
from __future__ import annotations

import functools
import re
from typing import Iterable

from .. import language, lazyre, resources, structure
from ..model import Context, Finding, Rule
from ..structure import Line
from . import register
from .boilerplate import LineRule

_ENGLISH_ONLY = ("en",)
#: Document languages whose typography has no space before a comma, a
#: semicolon, a full stop, a question or an exclamation mark, none inside
#: brackets and quotation marks, and a space after a closing quote before a
#: word: the spacing repairs of T003 and T007 hold for them. Not French,
#: whose typography spaces ``; : ? !`` and the inside of ``« »``.
_TYPOGRAPHIC = ("en", "de", "es", "it", "pt", "nl")


def _english(ctx: Context) -> bool:
    return ctx.language in _ENGLISH_ONLY


def _typographic(ctx: Context) -> bool:
    return ctx.language in _TYPOGRAPHIC


@functools.lru_cache(maxsize=1)
def _debris() -> dict:
    return resources.data_toml("debris.toml")


@functools.lru_cache(maxsize=1)
def _stray() -> re.Pattern[str]:
    tokens = resources.alternation(_debris()["stray_tokens"]["tokens"])
    return re.compile(rf"(?<=[.!?])[ \t]+(?:{tokens})\.(?=[ \t]|[”\"’]|$)"
                      rf"|^(?:{tokens})\.[ \t]+(?=[A-ZÀ-ÖØ-Þ“\"‘«¿¡])"
                      # after a quotation that ends a sentence: '… said, "I do
                      # not know." Huh.' (the check makes sure it closed one)
                      rf"|(?P<quote>(?<=[.!?][”\"»]))[ \t]+(?:{tokens})\.(?=[ \t]|$)",
                      re.MULTILINE)


@functools.lru_cache(maxsize=1)
def _stray_words() -> tuple[str, ...]:
    """The first word of each stray token: a text with none of them holds
    no stray token."""
    return tuple({t.split()[0] for t in _debris()["stray_tokens"]["tokens"]})


@functools.lru_cache(maxsize=1)
def _mentioned() -> re.Pattern[str]:
    """A stray token used as a word: in lower case ("the word huh may be the
    exception"), or alone in quotation marks or italics ('"huh?"',
    "‘Huh’", "*huh*"). Machine translation leaves it capitalised, as a
    sentence; a document that talks about the word does not hold debris."""
    tokens = [t for t in _debris()["stray_tokens"]["tokens"] if " " not in t]
    lower = resources.alternation(t.lower() for t in tokens)
    either = resources.alternation(tokens + [t.lower() for t in tokens])
    return re.compile(rf"(?<![\w’'-])(?:{lower})(?![\w’'-])"
                      rf"|[“\"‘'*_«](?:{either})[?!.,]?[”\"’'*_»]")


@functools.lru_cache(maxsize=1)
def _lone_token() -> re.Pattern[str]:
    """A line that holds a stray token alone (``Huh.``)."""
    return re.compile(rf"(?:{resources.alternation(_debris()['stray_tokens']['tokens'])})\.?")


def stray_token_used_as_word(sentence: str, text: str) -> bool:
    """Whether ``sentence`` is a stray token (``Huh.``) in a document that
    uses the token as a word (see _mentioned): content, that T001 keeps
    and F002 does not report."""
    return _lone_token().fullmatch(sentence) is not None and _mentioned().search(text) is not None


@register
class StrayToken(LineRule):
    """A stray machine-translation token standing as a sentence is removed.

    ## What it does
    Removes a one-word sentence from the list (``Huh.``) that follows another
    sentence or opens a paragraph before another: ``…on Monday. Huh. Smith
    said…`` -> ``…on Monday. Smith said…``, also after a quotation that
    ends a sentence (``…said, "We do not know." Huh.``) when no quotation
    is left open around it; and such a token on a line of its own, with
    the line. Quoted speech that starts with it (``he replied: "Huh. I
    never…"``) stays, and so does every one in a document that uses the
    token as a word: in lower case (``the word huh may be the exception``)
    or alone in quotation marks or italics (``"huh?"``, ``*Huh*``). The
    punctuation it leaves is repaired by T002.
    As a line rule it takes over such a line from the block heuristics
    (B101–B105), so the change names the more specific reason.
    In a document in any language (``…terminar en enero. Huh. Los
    vecinos…``), but for those where the token is an interjection of the
    language's own, listed with the tokens (German, Dutch: ``Huh. Dat wist
    ik niet.`` may be the writer's).

    ## Why
    Machine translation from Hindi renders the auxiliary है as "Huh.";
    translation into another language through English carries it along.
    """

    code, name, stage = "T001", "stray-token", "spans"
    local = True
    max_chars = 20
    example = ("The mayor spoke on Monday. Huh. Smith said more.\n",
               "The mayor spoke on Monday. Smith said more.\n")

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        if _lone_token().fullmatch(line.text) and _stray_token_language(ctx):
            return f"stray token '{line.text}' on a line of its own"
        return None

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _stray_token_language(ctx):
            return
        if not any(word in text for word in _stray_words()):
            return  # (the pattern opens with a look-behind: slow to scan)
        if _mentioned().search(text):
            return  # an article about the word itself: its "Huh." is content
        yield from super().check(text, ctx)
        quotations = _Quotations(text)
        for m in _stray().finditer(text):
            if m.group("quote") is not None and not quotations.closed(m.start()):
                continue  # '“He said ‘no.’ Huh.”': inside someone's words
            yield self.finding(f"stray token '{m.group().strip()}'", m.start(), m.end(), "")


def _stray_token_language(ctx: Context) -> bool:
    """Whether T001 runs in the document's language: any but those where the
    stray tokens are words of the language's own (debris.toml)."""
    return ctx.language not in _debris()["stray_tokens"]["word_in"]


class _Quotations:
    """Whether every quotation opened in the paragraph before a position (in
    “…”, «…» or straight marks) is closed there already, for many positions
    of one text. Asked in order, each position counts the marks only since
    the one before on its line: a long line is read once, not once a
    position."""

    def __init__(self, text: str) -> None:
        self.text, self.upto, self.counts = text, 0, (0, 0, 0, 0, 0)

    def closed(self, pos: int) -> bool:
        text, start, counts = self.text, self.upto, self.counts
        newline = text.rfind("\n", start if pos >= start else 0, pos)
        if newline >= 0 or pos < start:  # another line: count from its start
            start, counts = newline + 1, (0, 0, 0, 0, 0)
        before = text[start:pos]
        self.upto = pos
        self.counts = opened, shut, left, right, straight = tuple(
            n + before.count(mark) for n, mark in zip(counts, ("“", "”", "«", "»", '"')))
        return opened <= shut and left <= right and straight % 2 == 0


_QUOTE_DEBRIS = [
    # "…partners,”." -> "…partners.”"
    (re.compile(r"[,;:]([”\"])[ \t]*\.(?![.\w])"), lambda m: "." + m.group(1)),
    # "…weeks.” ," at the end of a paragraph -> "…weeks.”"
    (re.compile(r"([.!?…])([”\"])[ \t]*[,;](?=[ \t]*$)", re.MULTILINE),
     lambda m: m.group(1) + m.group(2)),
    # "….”." -> "….”"
    (re.compile(r"([.!?])([”\"])\.(?!\.)"), lambda m: m.group(1) + m.group(2)),
]


@register
class QuotePunctuationDebris(Rule):
    """Stray punctuation after a closing quote is repaired.

    ## What it does
    ``…all external partners,”.`` -> ``…all external partners.”``;
    ``…several weeks.” ,`` at the end of a paragraph -> ``…several weeks.”``.
    A full stop after a quote that holds no punctuation (British style:
    ``the “hysteria”.``) is correct and stays. Where the paragraph's
    quotations are all closed before it, the stray closing mark goes too:
    ``“stiff resistance” from Ukrainians,”.`` -> ``… from Ukrainians.``; a
    paragraph that opens none keeps it (its opening mark may be in an
    earlier paragraph, or lost): ``… with all partners,”.`` -> ``… with all
    partners.”``. A closing quote doubled where the line's marks do not
    pair without it loses one (``an external enemy "" to`` -> ``an external
    enemy" to``); quotations that close together (``"He called it "a
    crime""``) pair and stay.

    ## Why
    Machine translation and re-punctuation leave both marks in place.
    """

    code, name, stage = "T002", "quote-punctuation-debris", "spans"
    local = True
    example = ("He said: “We will not stop,”.\n", "He said: “We will not stop.”\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if "”" not in text and '"' not in text:
            return
        for pattern, repl in _QUOTE_DEBRIS:
            for m in pattern.finditer(text):
                fixed = repl(m)
                message = "punctuation debris around a closing quote"
                if "”" in m.group() and _quote_closed_before(text, m.start()):
                    # '“stiff resistance” from Ukrainians,”.': no quotation is
                    # open, so the mark is debris too
                    fixed = fixed.replace("”", "")
                    message = "punctuation debris and a closing quote that closes nothing"
                yield self.finding(message, m.start(), m.end(), fixed)
        if '""' in text or "””" in text:
            for m in _DOUBLED_CLOSE.finditer(text):
                start = text.rfind("\n", 0, m.start()) + 1
                end = text.find("\n", m.end())
                line = text[start:len(text) if end < 0 else end]
                mark = m.group("mark")
                if (line.count('"') % 2 == 1 if mark == '"'
                        else line.count("“") < line.count("”")):
                    yield self.finding("doubled closing quote", m.start(), m.end(), mark)


#: A closing quote doubled, maybe after a space: 'an external enemy "" to',
#: 'enemy”” to'. T002 takes one away where the line's marks do not pair
#: without it (an odd number of straight marks; more ” than “): nested
#: quotations that close together ('"He called it "a crime""') pair.
_DOUBLED_CLOSE = lazyre.compile(r"(?<=[\w.,!?…])[ \t]?(?P<mark>[\"”])(?P=mark)(?=[ \t.,;:!?)]|$)",
                                re.MULTILINE)


def _quote_closed_before(text: str, pos: int) -> bool:
    """Whether the paragraph before ``pos`` opens a curly quotation and
    every one it opens is closed there already (so a closing mark at ``pos``
    closes nothing). A paragraph that opens none may continue a quotation
    from before, or have lost its opening mark: the closing mark stays."""
    start = text.rfind("\n", 0, pos) + 1
    before = text[start:pos]
    opened = before.count("“")
    return 0 < opened <= before.count("”")


_SPACE_BEFORE_CLOSE = lazyre.compile(r"(?<=[\w,.!?;:’]) ”(?=[^\W\d_])")
#: A quotation, maybe with a space inside either of its marks (see
#: _padded), maybe a comma after it: '" We will not stop ", he said',
#: '"as long as necessary ".'. Straight marks pair in order on a line.
_SPACED_QUOTATION = lazyre.compile(
    r"(?P<open>[“\"])(?P<lpad> ?)(?P<inner>[^\s“”\"](?:[^“”\"\n]*[^\s“”\"])?)(?P<rpad> ?)"
    r"(?P<close>[”\"])(?P<comma>[ \t]*,)?")


#: A mark with a space inside: an opening one before a space, a closing
#: one after a space and before no word (a straight mark before a word
#: opens a quotation: 'said "yes"').
_MAYBE_PADDED = lazyre.compile(r'[“"] |\S [”"](?!\w)')


def _padded(m: re.Match[str]) -> bool:
    """Whether a quotation has a space inside a mark: both, or only the
    closing one ('"a crime " and'), or only the opening one. A closing mark
    with a space before it and a word right after it (', ”Smith told') is
    a space on the wrong side, T003's other repair."""
    if not m.group("lpad"):
        return bool(m.group("rpad")) and not m.string[m.end("close"):m.end("close") + 1].isalpha()
    return True


#: The same in single marks: ‘ peace ’, and ' peace ' where the marks are
#: no apostrophes (see _spaced_single_quotations).
_SPACED_CURLY_SINGLE = lazyre.compile(
    r"(?P<open>‘) (?P<inner>[^\s‘’](?:(?:[^‘’\n]|(?<=\w)’(?=\w))*[^\s‘’])?) (?P<close>’)(?!\w)"
    r"(?P<comma>[ \t]*,)?")
_SPACED_STRAIGHT_SINGLE = lazyre.compile(
    r"(?P<open>') (?P<inner>[^\s'](?:[^'\n]*[^\s'])?) (?P<close>')(?![\w'])(?P<comma>[ \t]*,)?")
#: A straight single mark that is an apostrophe: between letters ("don't"),
#: or after a plural's s ("the workers' union").
_APOSTROPHE = lazyre.compile(r"(?<=\w)'(?=\w)|(?<=s)'")


def _spaced_single_quotations(text: str) -> Iterable[re.Match[str]]:
    """Padded quotations in single marks: a curly pair (‘ peace ’), or
    straight marks that are clearly quotation marks: on a line whose
    straight single marks, apostrophes aside, are even in number and pair in
    order, each pair padded inside, the opening mark after a space, a line
    start or an opening bracket or quote, and no word ending in s before
    either mark ("the boys ' and girls ' teams" holds two loose
    apostrophes)."""
    if "‘ " in text:
        yield from _SPACED_CURLY_SINGLE.finditer(text)
    if "' " not in text:
        return
    done = -1
    for pos in (m.start() for m in re.finditer(r"' ", text)):
        if pos < done:
            continue
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = done = len(text) if end < 0 else end
        marks = [m.start() for m in re.finditer("'", text[start:end])]
        apostrophes = {m.start() for m in _APOSTROPHE.finditer(text[start:end])}
        quotes = [start + i for i in marks if i not in apostrophes]
        if not quotes or len(quotes) % 2:
            continue
        for a, b in zip(quotes[0::2], quotes[1::2]):
            m = _SPACED_STRAIGHT_SINGLE.match(text, a, end)
            if m is None or m.start("close") != b or (a > start and text[a - 1] not in " ([“\"—–"):
                continue
            before = text[start:a].split()
            if (before and before[-1].endswith("s")) or m.group("inner").endswith("s"):
                continue
            yield m


def _spaced_quotations(text: str) -> Iterable[re.Match[str]]:
    """The matches of _SPACED_QUOTATION whose marks pair: a curly pair, or
    the n-th and n+1-th straight marks (n odd) of a line that holds an even
    number of them (an odd count leaves the pairing unknown)."""
    done = -1
    for candidate in _SPACED_QUOTATION.finditer(text):  # no match crosses a line
        if candidate.start() < done:
            continue
        start = text.rfind("\n", 0, candidate.start()) + 1
        end = text.find("\n", candidate.start())
        end = done = len(text) if end < 0 else end
        line = text[start:end]
        if "“" in line:
            for m in _SPACED_QUOTATION.finditer(text, start, end):
                if m.group("open") == "“" and m.group("close") == "”" and _padded(m):
                    yield m
        straight = [start + i for i, c in enumerate(line) if c == '"']
        if straight and len(straight) % 2 == 0:
            for a, b in zip(straight[0::2], straight[1::2]):
                m = _SPACED_QUOTATION.match(text, a, end)
                if m and m.start("close") == b and _padded(m) and (
                        m.group("lpad") and m.group("rpad")
                        or a == start or text[a - 1] in " ([“—–"):
                    # padded on one side only, the opening mark must open:
                    # after a figure or a word it is an inch or a second
                    # ('measures 22" long and 22" wide')
                    yield m


@register
class ClosingQuoteSpacing(Rule):
    """A quotation mark with a space on the wrong side is re-spaced.

    ## What it does
    ``…what they do, ”Smith told…`` -> ``…what they do,” Smith
    told…``. A quotation with a space inside both of its marks loses them,
    and a comma after it goes inside, as English news style has it:
    ``" We will not stop ", he said`` -> ``"We will not stop," he said``;
    a full stop at its end becomes that comma (``" We are ready. ", he
    told`` -> ``"We are ready," he told``; an abbreviation's stays: ``the
    U.S.,``), and after a question or exclamation mark or an ellipsis the
    comma goes (``“ We will win! ”, the general said`` -> ``“We will win!”
    the general said``), a pronoun before a verb of reporting lowered with
    it (``? ", She asked`` -> ``?" she asked``). A space inside one mark
    only goes too (``Kyiv "as long as necessary ".`` -> ``Kyiv "as long as
    necessary".``). A full stop that ends a quotation before a clause of
    reporting becomes a comma, padded or not (``"We are ready." Sandu said
    on Monday.`` -> ``"We are ready," Sandu said on Monday.``, ``.” He
    told reporters`` -> ``,” he told reporters``); not before a sentence
    of its own (``"We are ready." Sandu said the plan…``, ``Sandu said
    this to reporters``). Straight marks
    only where they pair up on the line (and,
    padded on one side, where the first opens: ``22" long and 22" wide``
    are inches); single marks too (``the word ' peace '`` ->
    ``'peace'``), where they are no apostrophes.

    In German, Spanish, Italian, Portuguese and Dutch the spacing is repaired
    as in English (``sabemos lo que pasa, ”dijo`` -> ``sabemos lo que
    pasa,” dijo``; ``" No vamos a parar ", dijo`` -> ``"No vamos a parar",
    dijo``), but the punctuation is the language's own and stays where it is
    (no comma goes inside, no full stop becomes one), and so do single
    marks (Dutch ``'s avonds``) and a line with a German ``„`` (whose
    closing mark is ``“``). Not in French, which spaces the inside of its
    quotation marks.

    ## Why
    The space has slipped to the wrong side of the quote mark; machine
    translation pads quotations and keeps the source language's comma.
    """

    code, name, stage = "T003", "closing-quote-spacing", "spans"
    local = True
    example = ("“This is what they do, ”Smith told reporters.\n",
               "“This is what they do,” Smith told reporters.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _typographic(ctx):
            return
        if " ”" in text:
            for m in _SPACE_BEFORE_CLOSE.finditer(text):
                yield self.finding("space before a closing quote", m.start(), m.end(), "” ")
        found: list[re.Match[str]] = []
        if _MAYBE_PADDED.search(text):
            found.extend(_spaced_quotations(text))
        if not _english(ctx):
            # the spaces alone: the punctuation around a quotation is the
            # language's own ('" No vamos a parar ", dijo' -> '"No vamos a
            # parar", dijo'); not on a line with a German „ (its closing
            # mark is the English opening one)
            for m in found:
                start = text.rfind("\n", 0, m.start()) + 1
                end = text.find("\n", m.end())
                if "„" not in text[start:len(text) if end < 0 else end]:
                    yield self.finding("spaces inside quotation marks", m.start(), m.end("close"),
                                       m.group("open") + m.group("inner") + m.group("close"))
            return
        if "' " in text or "‘ " in text:
            found.extend(_spaced_single_quotations(text))
        for m in found:
            inner, end = m.group("inner"), m.end()
            after = ""
            if m.group("comma"):
                if inner.endswith(("!", "?", "…", "...")):
                    # '" Will it end? ", He asked' -> '"Will it end?" he asked':
                    # the mark stands for the comma; the writer's comma says the
                    # sentence goes on, so a pronoun before a verb of reporting
                    # is lowered with it
                    pronoun = _reporting_after().match(text, end)
                    if pronoun:
                        after, end = " " + pronoun.group("word").lower(), pronoun.end()
                elif inner.endswith(".") and not _ABBREVIATION_END.search(inner):
                    inner = inner[:-1] + ","  # '" We are ready. ", he' -> '"We are ready," he'
                elif not inner.endswith(","):
                    inner += ","
            elif inner.endswith(".") and not _ABBREVIATION_END.search(inner):
                clause = _said_clause().match(text, end)
                if clause:  # '" We are ready. " Sandu said' -> '"We are ready," Sandu said'
                    inner = inner[:-1] + ","
                    after, end = _said_clause_lowered(clause)
            yield self.finding("spaces inside quotation marks", m.start(), end,
                               m.group("open") + inner + m.group("close") + after)
        # '"We are ready." Sandu said on Monday.' -> '"We are ready," Sandu said…'
        for i in _hits(text, ('." ', '.” ')):
            clause = _said_clause().match(text, i + 2)
            if clause and not _ABBREVIATION_END.search(text, max(0, i - 12), i + 1) \
                    and text[i - 1:i] not in ("", " ", "."):  # (a padded one: above)
                after, end = _said_clause_lowered(clause)
                yield self.finding("full stop before a clause of reporting", i, end,
                                   "," + text[i + 1] + after)


@functools.lru_cache(maxsize=1)
def _said_clause() -> re.Pattern[str]:
    """What follows a quotation that a clause of reporting ends: one to three
    capitalised words (a name, or a pronoun), a verb of reporting, then at
    most a time, a place or "reporters" before the comma or full stop:
    ' Sandu said on Monday in Chisinau.', ' He told reporters,'. A verb with
    a clause of its own after it (' Sandu said the plan…') starts a
    sentence of its own. "this", "last" and "next" only before a time
    (' Sandu said this week.'): ' Sandu said this to reporters' has an
    object, a sentence of its own too."""
    verbs = resources.alternation(_debris()["mid_sentence_capital"]["reporting_verbs"])
    times = r"(?:morning|evening|afternoon|night|week|weekend|month|year|[A-Z][\w’'-]*)"
    filler = (rf"(?:on|in|at|during|after|before|from|to|with|the|a|an|(?:this|last|next)[ \t]+{times}|"
              r"late|early|earlier|later|yesterday|today|tonight|morning|evening|afternoon|night|"
              r"week|month|year|reporters|journalists|[A-Z][\w’'-]*|\d[\w]*)")
    return re.compile(rf"[ 	]+(?P<who>(?:[A-Z][\w’'-]*[ 	]+){{1,3}})(?:{verbs})"
                      rf"(?:[ 	]+{filler}){{0,6}}(?=[.,;])")


def _said_clause_lowered(clause: re.Match[str]) -> tuple[str, int]:
    """The text that replaces the clause's opening (its pronoun lowered:
    ' He said' -> ' he'), and where that opening ends."""
    who = clause.group("who")
    first = who.split()[0]
    if first in ("He", "She", "They", "We", "It"):
        return " " + first.lower(), clause.start("who") + len(first)
    return " ", clause.start("who")


#: An opening mark after a sentence's end, at the end of the paragraph or
#: before a space and a new sentence: ``now. “`` / ``now. “ The talks``.
_OPEN_AT_END = lazyre.compile(r"([.!?,…])[ \t]*“(?:[ \t]*$|(?=[ \t]+[A-Z]))", re.MULTILINE)
#: The end of a line. (A local rule decides on the line alone; by this
#: stage L006 has joined the lines a hard wrap broke, and L004 makes every
#: line that is left a paragraph.)
_ENDS_LINE = lazyre.compile(r"[ \t]*(?:\n|\Z)")


@register
class OpeningQuoteAsClosing(Rule):
    """An opening quote used to close a quotation is turned round.

    ## What it does
    Where a quotation is open, an opening mark after the end of a sentence
    closes it: at the end of the paragraph (``the same thing. “`` -> ``the
    same thing.”``) or before the next sentence (``we want it now. “ The
    talks`` -> ``we want it now.” The talks``). Where none is open, an
    opening mark that ends a paragraph opens nothing and goes (``money for
    the town. “`` -> ``money for the town.``). The mark that closes a low
    opening quote (``„We will stay.“``, the German and Ukrainian pair) is
    correct and stays.

    ## Why
    Machine translation often emits the wrong one of the pair.
    """

    code, name, stage = "T004", "opening-quote-as-closing", "spans"
    local = True
    example = ("The mayor said: “We will not close the bridge. “\n",
               "The mayor said: “We will not close the bridge.”\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if "“" not in text:
            return
        for m in _OPEN_AT_END.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[line_start:m.start()]
            low = before.count("„")
            if low > before.count("“"):
                continue  # '„Wir bleiben.“': the mark closes a low opening quote
            # the “ that closed a „ open nothing
            if before.count("“") - low > before.count("”"):
                yield self.finding("opening quote closes a quotation", m.start(), m.end(),
                                   m.group(1) + "”")
            elif _ENDS_LINE.match(text, m.end()):
                # no quotation open, and nothing after it for it to open
                yield self.finding("stray opening quote at the end of a paragraph",
                                   m.start(), m.end(), m.group(1))


_CAPITAL_AFTER = lazyre.compile(
    # only the previous word is consumed, so that a capitalised word can be
    # the previous word of the next match ("in Donbass; And Western")
    r"(?:(?<=\s)|^)(?P<prev>[a-z][\w’'-]*[,;]?|[\w’'-]*[a-z0-9][,;])[ ]"
    r"(?=(?P<word>[A-Z][a-z]+)\b(?P<next>[ ,]?\S*))", re.MULTILINE)
_SUFFIXES = ("ing", "ed", "ly")
#: What every match of _CAPITAL_AFTER holds: a space after a word character,
#: a comma or a semicolon (the last character of ``prev``), then the word.
#: Nothing is consumed before the space, so no candidate hides another.
#: (The pattern opens with the space and looks behind it after: opening
#: with the look-behind, ``re`` tried it at every character; opening with a
#: literal, it skips to the next space. 0.115 -> 0.047 ms a document.)
_SPACE_CAPITAL = lazyre.compile(r" (?<=[\w’',;-] )([A-Z][a-z]+)\b")


def _candidate_lines(text: str, function_words: frozenset[str],
                     lowercase_words: frozenset[str]) -> list[tuple[int, int]]:
    """The (start, end) of the lines that can hold a match of T005: a
    capitalised function word after a word, or a capitalised dictionary word
    in -ing/-ed/-ly after a comma or semicolon. A match never crosses a line,
    so T005 looks only at these (all of the text with the pipeline's
    shortcuts off)."""
    if not structure.FAST:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    last_end = -1
    for m in _SPACE_CAPITAL.finditer(text):
        if m.start() < last_end:
            continue
        low = m.group(1).lower()
        if low in function_words or (low.endswith(_SUFFIXES) and text[m.start() - 1] in ",;"
                                     and _lower_case_word(low, text, lowercase_words)) \
                or (low == "the" and text[m.end() + 1:m.end() + 2].islower()) \
                or (low.endswith(("ed", "ing")) and text[m.start() - 1].islower()
                    and _DETERMINER_THEN_LOWER.match(text, m.end()) is not None):
            start = text.rfind("\n", 0, m.start()) + 1
            end = text.find("\n", m.end())
            last_end = len(text) if end < 0 else end
            out.append((start, last_end))
    return out


@functools.lru_cache(maxsize=1)
def _lexicons() -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(_debris()["mid_sentence_capital"]["function_words"]),
            resources.word_list("lowercase_words.txt"))


@functools.lru_cache(maxsize=1)
def _before_name_lexicons() -> tuple[frozenset[str], frozenset[str]]:
    table = _debris()["mid_sentence_capital"]
    return (frozenset(table["prepositions"]),
            frozenset(table["title_intros"]) | frozenset(table["title_works"]))


#: After a capitalised preposition: one capitalised word, then a lower-case
#: word that could not stand inside a title in title case ("Of Ukraine
#: understand", not "Of Mice and Men").
_ONE_NAME_THEN_LOWER = lazyre.compile(r" (?P<name>[A-Z][\w’'-]*) (?P<low>[a-z][\w’'-]*)")
_TITLE_SMALL = frozenset("a an the and or but nor of in on at to for by with from as vs "
                         "de la le".split())
#: A possessive before a capitalised word begins a title or a name: "His
#: Royal Highness", "Her Majesty's Government", "Our Lady of Lourdes".
_POSSESSIVES = frozenset("his her its our their my your".split())


@functools.lru_cache(maxsize=1)
def _reporting() -> re.Pattern[str]:
    verbs = resources.alternation(_debris()["mid_sentence_capital"]["reporting_verbs"])
    # '…the war," He said' (the comma closes the quotation, the sentence goes on)
    return re.compile(rf",[”\"] (?P<word>He|She|They|It|We)(?= (?:{verbs})\b)")


def _stems(low: str) -> set[str]:
    """The stems an -ing/-ed word (or its adverb in -ly) may come from:
    "noting" -> not, note; "stopped" -> stopp, stop; "carried" -> carry;
    "reportedly" -> report."""
    word = low[:-2] if low.endswith(("edly", "ingly")) else low
    for suffix in ("ing", "ed"):
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            out = {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])
            if suffix == "ed" and stem.endswith("i"):
                out.add(stem[:-1] + "y")
            return {t for t in out if len(t) >= 3}
    return set()


def _forms(stem: str) -> Iterable[str]:
    """The -ing and -ed forms of a stem, and their adverbs."""
    bases = [stem, stem[:-1]] if stem.endswith("e") else [stem, stem + stem[-1]]
    for base in bases:
        for suffix in ("ing", "ed", "ingly", "edly"):
            yield base + suffix
    if stem.endswith("e"):
        yield stem + "d"
    if stem.endswith("y"):
        yield stem[:-1] + "ied"


def _lower_case_word(low: str, text: str, lowercase_words: frozenset[str]) -> bool:
    """Whether an -ing/-ed/-ly word is a common word: the dictionary knows it
    only in lower case, or (``_derived_lower_case``) another form of it."""
    return low in lowercase_words or _derived_lower_case(low, text, lowercase_words)


def _derived_lower_case(low: str, text: str, lowercase_words: frozenset[str]) -> bool:
    """Whether an -ing/-ed word the dictionary does not list is a common
    word all the same: the dictionary lists another -ing/-ed form of its stem
    in lower case ("including" from "included", "visited" from "visiting"),
    or the document writes one in lower case ("represented" beside "was
    represented" or "representing"); "led" is an irregular past."""
    if low in _irregular_past():
        return True
    for stem in _stems(low):
        for form in _forms(stem):
            if form in lowercase_words or form in _whole_words(text):
                return True
    return False


_WHOLE_WORD = lazyre.compile(r"[\w’'-]+")


@functools.lru_cache(maxsize=1)
def _whole_words(text: str) -> frozenset[str]:
    """The words of ``text`` (runs of letters, figures, apostrophes and
    hyphens), read once a text: T005 asks about many forms of many words,
    and a search of the text for each made a long text's time quadratic."""
    return frozenset(_WHOLE_WORD.findall(text))


structure.forgets(_whole_words.cache_clear)


@functools.lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    return frozenset(_debris()["fragments"]["irregular_past"])


def _name_use(word: str, text: str, skip: int = -1) -> bool:
    """Whether the document writes ``word`` capitalised after a word (in
    "Henry Fielding", "Mr Manning"), or it is a given name: a name. The
    occurrence at ``skip`` (the word asked about) does not count."""
    if word.lower() in resources.word_list("given_names.txt"):
        return True
    i, n = text.find(" " + word), len(word) + 1
    while i >= 0:
        j = i + n
        if i and i + 1 != skip and (text[i - 1].isalnum() or text[i - 1] in "’'") \
                and not (j < len(text) and (text[j].isalnum() or text[j] in "’'-")):
            return True
        i = text.find(" " + word, j)
    return False


@functools.lru_cache(maxsize=1)
def _reporting_after() -> re.Pattern[str]:
    """A capitalised pronoun, then a verb of reporting: ' He said'."""
    verbs = resources.alternation(_debris()["mid_sentence_capital"]["reporting_verbs"])
    return re.compile(rf"[ \t]*(?P<word>He|She|They|It|We)(?= (?:{verbs})\b)")


#: The full stop of an abbreviation ends the quotation: "… the U.S.", "etc.".
_ABBREVIATION_END = lazyre.compile(
    r"(?:[A-Za-z]\.[A-Za-z]|\b(?:etc|al|Inc|Ltd|Corp|Co|Jr|Sr|Bros))\.\Z|\.\.\Z")


def _preposition_before_name(text: str, m: re.Match[str]) -> bool:
    """Whether the capitalised preposition of ``m`` (after a lower-case word,
    before a capitalised one) is debris: "the partners Of Ukraine understand"
    -> "of". Not at the start of a title in title case: the word before
    introduces no title ("the film About Schmidt was"), one capitalised
    word follows it, then a lower-case word that a title would capitalise,
    and that capitalised word is a name: an acronym, or a word the document
    capitalises after a lower-case word elsewhere ("in Ukraine"). A common
    word capitalised with the preposition is a title ("chanted About Time
    when", "knows With Love is")."""
    prepositions, intros = _before_name_lexicons()
    if m.group("word").lower() not in prepositions or m.group("prev").lower() in intros:
        return False
    after = _ONE_NAME_THEN_LOWER.match(text, m.end("word"))
    if after is None or after.group("low") in _TITLE_SMALL:
        return False
    name = after.group("name")
    return sum(c.isupper() for c in name) >= 2 or name in _names_after_lower_case(text)


#: A capitalised word after a lower-case word, maybe a comma between ("in
#: Ukraine", "said, Ukraine"): group 1.
_NAME_AFTER_LOWER_CASE = lazyre.compile(r"(?<![\w’'-])[a-z][\w’'-]*[,;:]? ([A-Z][\w’'-]*)(?![\w’'-])")


@functools.lru_cache(maxsize=1)
def _names_after_lower_case(text: str) -> frozenset[str]:
    """The capitalised words ``text`` writes after a lower-case word, read
    once a text rather than searched for once a word."""
    return frozenset(_NAME_AFTER_LOWER_CASE.findall(text))


structure.forgets(_names_after_lower_case.cache_clear)


@register
class MidSentenceCapital(Rule):
    """A common word capitalised in mid-sentence is put in lower case.

    ## What it does
    After a lower-case word, a comma or a semicolon, lower-cases a capitalised
    function word (``diplomacy Which failed`` -> ``which``, ``forces; And
    France`` -> ``and``), and a capitalised ``-ing``/``-ed``/``-ly`` word that
    the dictionary knows only in lower case (``border, Demanding`` ->
    ``demanding``), or knows another -ing/-ed form of in lower case, or
    that the document writes in lower case in another form (``, Including``
    from "included", ``, Visited`` from "visiting", ``, Led by``), unless
    a kind of work comes before it, or a capitalised word and no lower-case
    word follow it (``the book, Crossing Borders``, ``Ohio, Bowling Green
    State``). Without a comma, an -ing/-ed word that a subject (a pronoun,
    a relative word, a noun after a determiner, "had") comes before and a
    determiner and a lower-case word follow, a verb and its object, is
    lowered even when no list nor the document knows it (``the ministry
    Represented the country`` -> ``represented``); not a short stem
    (``Bing``, ``Ewing``), not after a preposition or a verb (``to Reading
    the``, ``will face Reading the``), not a word the document capitalises
    elsewhere. A capitalised "The" before a lower-case word, after a comma,
    a semicolon or a function word, is lowered too (``used for The
    restoration`` -> ``the``), not before a capitalised one (``in The
    Hague``, ``read The Times``) nor after a word that introduces a title
    (``the band The xx``). A capitalised preposition between a lower-case word and
    one capitalised word that a lower-case word follows is lowered too,
    when that word is a name: an acronym, or capitalised after a lower-case
    word elsewhere in the document (``the partners Of Ukraine understand`` ->
    ``of`` where the text also says ``in Ukraine``), and so is a pronoun
    between a closing quote after a comma and a verb of reporting (``…the
    war," He said`` -> ``he said``). Proper nouns are never touched: a word
    the dictionary knows capitalised, a word capitalised elsewhere in
    mid-sentence in the same document (after a word: ``Henry Fielding``),
    a given name, a word with its question or exclamation mark (``the
    consumer group Which? has warned``, ``at Yahoo! said``), a word in a list (``Arsenal, Reading
    and…``), a title in title case (``the film As Good As It Gets``, ``the
    novel Of Mice and Men``, ``the film About Schmidt``, ``fans chanted
    About Time when``), a hyphenated name
    (``In-beom``), a possessive before a capitalised word, even after a
    comma (``During the call, His Royal Highness``, ``In a statement, Our
    Lady of Lourdes Hospital``: a title or a name), an -ing/-ed word before
    a verb of reporting or a past tense, a subject (``Most fans, Fielding
    said, had gone``, ``On Monday, Reading beat Leeds``), or before a
    lower-case word that is no function word and a capitalised word, a
    verb and its object (``On Saturday, Reading host Leeds``), "The" before a
    lower-case word of one or two letters (``Fans of The xx``, ``a column
    for The i``: a name), an -ing/-ed word that begins a name in title case
    closed by a comma and a verb (``The company, Trading Places, said``,
    ``Its report, Feeding the Nation, was``), and every word of a line in title case, a
    headline (``Council Approves Market Plan, Delayed for a Decade``).

    ## Why
    Machine translation carries capitals over from the source's sentence
    boundaries.
    """

    code, name, stage = "T005", "mid-sentence-capital", "spans"
    # blind to the layout (see Rule.sees_layout): a match never crosses a
    # line (a space, not white space, between its words), and what it
    # reads of the whole text (its words, the names after lower-case
    # words, how often a word is capitalised) is the same in any layout
    sees_layout = False
    example = ("The plan Which failed was dropped.\n", "The plan which failed was dropped.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _english(ctx):
            return
        function_words, lowercase_words = _lexicons()
        candidates = []
        for start, end in _candidate_lines(text, function_words, lowercase_words):
            candidates.extend(self._candidates(text, start, end, function_words, lowercase_words))
        if '"' in text or "”" in text:
            candidates.extend(_reporting().finditer(text))
        if candidates:  # a headline in title case keeps its capitals
            kept, start, end, title = [], 0, -1, False
            for m in candidates:
                pos = m.start("word")
                if not start <= pos < end:  # a new line: its verdict, once
                    start = text.rfind("\n", 0, pos) + 1
                    end = text.find("\n", pos)
                    end = len(text) if end < 0 else end
                    title = _title_case_line(text, start, end)
                if not title:
                    kept.append(m)
            candidates = kept
        if not candidates:
            return
        counts: dict[str, int] = {}
        for m in candidates:
            counts[m.group("word")] = counts.get(m.group("word"), 0) + 1
        for m in candidates:
            word = m.group("word")
            if word.lower() not in function_words and word != "The" and counts[word] > 1:
                continue  # capitalised again and again: a name
            yield self.finding(f"capitalised '{word}' in mid-sentence", m.start("word"),
                               m.end("word"), word.lower())

    @staticmethod
    def _candidates(text: str, start: int, end: int, function_words: frozenset[str],
                    lowercase_words: frozenset[str]) -> list[re.Match[str]]:
        candidates = []
        for m in _CAPITAL_AFTER.finditer(text, start, end):
            word = m.group("word")
            low = word.lower()
            if m.group("next").startswith(("-", "?", "!")):
                # part of a hyphenated name ("In-beom"); a name with its mark
                # ("the consumer group Which? has warned")
                continue
            if low in function_words:
                # "film As Good As It Gets": a capital after it, and no comma or
                # semicolon before it, is a title in title case
                following = m.group("next").strip()
                if following[:1].isupper() and low in _POSSESSIVES:
                    # "During the call, His Royal Highness", "In a statement,
                    # Our Lady of Lourdes Hospital": a title or a name
                    continue
                if m.group("prev")[-1] in ",;" or not following[:1].isupper() \
                        or _preposition_before_name(text, m):
                    candidates.append(m)
            elif word == "The":
                if _the_before_common_word(m, function_words):
                    candidates.append(m)
            elif (m.group("prev")[-1] in ",;" and low.endswith(_SUFFIXES)
                  and not m.group("next").startswith(",")
                  and m.group("next").strip() not in ("and", "or")
                  and _lower_case_word(low, text, lowercase_words)
                  and not _subject_of_verb(low, m, text)
                  and not _name_in_apposition(text, m)
                  and not _title_or_name(text, m)):
                candidates.append(m)
            elif _bare_participle(text, m, low):
                candidates.append(m)
        return candidates


#: A determiner and a lower-case word after a capitalised -ing/-ed word: the
#: object of a verb ("Represented the country"); a title in title case
#: would capitalise the noun ("Reading the Signs").
_DETERMINER_THEN_LOWER = lazyre.compile(
    r" (?:the|a|an|its|their|his|her|this|these|those|our|my|your) [a-z]")
#: Words before a verb of the sentence: a subject pronoun, a relative word,
#: an adverb of time ("it Represented the", "which Including the", "it
#: later Represented the"), an auxiliary before an -ed word ("had
#: Represented the").
_SUBJECT_WORDS = frozenset("it they he she we i you which who also then later still once "
                           "previously already never often recently jointly".split())
_HAVE = frozenset(("had", "has", "have"))
#: A determiner before the subject noun ("the ministry Represented the").
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_TWO_WORDS_END = lazyre.compile(r"(?:^|(?<=[^\w’'-]))([A-Za-z]+) ([a-z]+) \Z")


def _bare_participle(text: str, m: re.Match[str], low: str) -> bool:
    """Whether a capitalised -ing/-ed word after a lower-case word (no comma)
    is a verb that machine translation capitalised: a subject before it (a
    pronoun, a relative word, an adverb of time, "had" before an -ed word,
    or a noun after a determiner that is no verb nor a kind of work), a
    determiner and a lower-case word after it, its object ("the ministry
    Represented the country" -> "represented", "which Including the" ->
    "including"), even when neither the dictionary nor the document knows
    the word in lower case. Not a name: a stem of four letters or more
    ("Bing", "Ewing" are names); after a preposition, a verb or an article
    it is an object or a name ("to Reading the", "will face Reading the",
    "the novel Reading the Signs"); not a given name nor a word the
    document writes capitalised anywhere else ("Fielding", "Redding")."""
    prev = m.group("prev")
    if prev[-1] in ",;" or not low.endswith(("ed", "ing")) \
            or len(low) - (2 if low.endswith("ed") else 3) < 4:
        return False
    if not _DETERMINER_THEN_LOWER.match(text, m.end("word")):
        return False
    if not (prev in _SUBJECT_WORDS or (prev in _HAVE and low.endswith("ed"))):
        # a noun after a determiner: "the ministry", "its army"
        two = _TWO_WORDS_END.search(text, max(0, m.start("word") - 40), m.start("word"))
        if two is None or two.group(1).lower() not in _DETERMINERS \
                or prev.endswith(("ing", "ed", "ly")) or _verb(prev) \
                or prev in _before_name_lexicons()[1]:
            return False
    word = m.group("word")
    # written capitalised again (a sentence may open with it): a name
    return text.count(word) == 1 and not _name_use(word, text, m.start("word"))


#: -ing words that a participle follows ("Having said that", "Being led"):
#: no subject before a verb.
_AUXILIARY_ING = frozenset(("having", "being", "getting"))


#: After a capitalised -ing/-ed word: a lower-case word, maybe a particle,
#: then a capitalised word (" host Leeds", " take on Leeds").
_VERB_THEN_NAME = lazyre.compile(r" (?P<verb>[a-z]+)(?: (?:on|off|over|past))? [A-Z][\w’'-]*")


def _subject_of_verb(low: str, m: re.Match[str], text: str) -> bool:
    """Whether a capitalised -ing/-ed word is the subject of the verb after
    it, a name: a verb of reporting or a past tense the lists know follows
    ("Most fans, Fielding said, had gone", "On Monday, Reading beat
    Leeds"), or a lower-case word that is no function word and then a
    capitalised one, a verb and its object ("On Saturday, Reading host
    Leeds", "Reading take on Leeds"; a participle takes its object with
    an article or none: "Including Vigo", "Noting that Russia"); not an
    auxiliary ("Having said that")."""
    following = m.group("next")
    if not following.startswith(" ") or low in _AUXILIARY_ING:
        return False
    if _verb(following[1:].rstrip(",;:.")):
        return True
    after = _VERB_THEN_NAME.match(text, m.end("word"))
    if after is None:
        return False
    verb = after.group("verb")
    return verb not in _lexicons()[0] and verb not in _TITLE_SMALL and not verb.endswith("ly")


#: Auxiliaries that follow a subject ("Fielding was fired").
_AUXILIARIES = frozenset("is was are were has have had will would could can may might".split())


def _verb(word: str) -> bool:
    """Whether a lower-case word is a finite verb the lists know: a verb of
    reporting, a past tense, an auxiliary."""
    return word in _reporting_verbs() or word in _irregular_past() or word in _AUXILIARIES


#: After a capitalised -ing/-ed word: the rest of a name in title case up to
#: the comma that closes it, and the word after that comma ("Speaking|
#: Volumes, said", "Feeding| the Nation, was", "Smoked| & Salted, opened").
_NAME_IN_APPOSITION = lazyre.compile(
    r"(?:[ ](?:[A-Z][\w’'-]*|&|of|the|and|for|in|on|at|to|a|an)){0,4}?[ ](?P<last>[A-Z][\w’'-]*),"
    r"[ ](?P<verb>[a-z]+)\b")


def _name_in_apposition(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised -ing/-ed word after a comma begins a name in
    apposition: a run of words in title case follows it, closed by a comma,
    then a verb ("The company, Trading Places, said", "Its report, Feeding
    the Nation, was"); not a place in a participle clause ("ports,
    Including Vigo, the largest")."""
    after = _NAME_IN_APPOSITION.match(text, m.end("word"))
    return after is not None and (_verb(after.group("verb")) or after.group("verb").endswith("ed"))


_TITLE_WORD = lazyre.compile(r"[^\W\d_][\w’'-]*")


def _title_case_line(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is in title case (a headline or a
    subheading): three or more words that are not small words of a title
    ("a", "of", "to"…), all capitalised, and at most twenty words in all:
    "Council Approves Market Plan, Delayed for a Decade". Reads no further
    than the first lower-case word or the 21st word, so a long line costs
    no more than a short one (T005 asks once a line, not once a word)."""
    content = 0
    for n, m in enumerate(_TITLE_WORD.finditer(text, start, end)):
        if n == 20:
            return False  # more than twenty words: prose
        word = m.group()
        if word.lower() not in _TITLE_SMALL:
            if not word[0].isupper():
                return False
            content += 1
    return content >= 3


#: The word after a word: its first letter, and the word after that.
_NEXT_WORDS = lazyre.compile(r" (?P<first>\S)\S* (?P<second>[\w’'-]+)")


def _title_or_name(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised -ing/-ed/-ly word after a comma or a semicolon
    may be a name or begin a title: it
    is written capitalised after a word elsewhere or is a given name
    (``_name_use``), a kind of work comes before it (``the book, Crossing
    Borders``), or a capitalised word follows it and no lower-case word
    other than "and"/"or" comes next (``In Ohio, Bowling Green State``;
    but ``, Visited Ankara last week``)."""
    if _name_use(m.group("word"), text):
        return True
    if m.group("prev").rstrip(",;").lower() in _before_name_lexicons()[1]:
        return True
    after = _NEXT_WORDS.match(text, m.end("word"))
    if after is None or not after.group("first").isupper():
        return False
    second = after.group("second")
    return not second[:1].islower() or second in ("and", "or")


def _the_before_common_word(m: re.Match[str], function_words: frozenset[str]) -> bool:
    """Whether a capitalised "The" in mid-sentence is debris: a lower-case
    word follows it (a title in title case would capitalise it: "in The
    Hague", "read The Times"), and it comes after a comma, a semicolon or a
    function word ("used for The restoration", "Of these, The removal"), no
    word that introduces a title ("starred in The", "the band The")."""
    prev = m.group("prev")
    following = m.group("next")
    if not following.startswith(" ") or not following[1:2].islower():
        return False
    if len(re.match(r"[a-z]*", following[1:]).group()) <= 2:
        return False  # "Fans of The xx", "a column for The i": a name
    if prev.rstrip(",;").lower() in _before_name_lexicons()[1]:
        return False
    return prev[-1] in ",;" or prev.lower() in function_words


@functools.lru_cache(maxsize=1)
def repeated_word_lists() -> tuple[frozenset[str], frozenset[str]]:
    table = _debris()["repeated_words"]
    return frozenset(table["never_doubled"]), frozenset(table["report"])


def repeated_words(text: str, words: Iterable[str],
                   capitalised: bool = True) -> Iterable[tuple[int, int, str]]:
    """(start, end, word) of each of ``words`` written twice in a row in
    ``text``, the second in lower case ("the the", and with ``capitalised``
    "The the"; not "The The", a band's name), each a whole word. A word of
    one or two letters counts only in lower case: capitalised, it may be a
    label or a name before the article ("vitamin A a day", "Plan A a
    failure", "Binh An an"). Found by a substring search for each pair (one
    ``str.find`` pass each: keep the lists short)."""
    out = []
    for word in words:
        both = capitalised and len(word) > 2
        for pair in (f"{word} {word}", f"{word.capitalize()} {word}")[:2 if both else 1]:
            i = text.find(pair)
            while i >= 0:
                end = i + len(pair)
                if not (i and _wordlike(text[i - 1])) and not (end < len(text) and _wordlike(text[end])):
                    out.append((i, end, word))
                i = text.find(pair, i + 1)
    return sorted(out)


@functools.lru_cache(maxsize=1)
def _mention_words() -> frozenset[str]:
    return frozenset(_debris()["repeated_words"]["mention_words"])


#: The word before a doubled word (see _mentioned_phrase).
_LAST_WORD = lazyre.compile(r"([A-Za-z]+)[ \t]+\Z")


def _mentioned_phrase(text: str, pos: int) -> bool:
    """Whether the doubled word at ``pos`` is mentioned, not used: right
    after a quotation mark ('the word \'the the\'') or after a word that
    names a phrase ("In the phrase the the, the second…")."""
    if pos and text[pos - 1] in "‘'“\"*_«":
        return True
    m = _LAST_WORD.search(text, max(0, pos - 20), pos)
    return m is not None and m.group(1).lower() in _mention_words()


def _wordlike(c: str) -> bool:
    return c.isalnum() or c in "’'-_"


@register
class RepeatedFunctionWord(Rule):
    """A function word that English never writes twice is written once.

    ## What it does
    ``discussed the the safety`` -> ``discussed the safety``; so for "a",
    "an", "of" and "from" (the list is data, ``repeated_words`` in
    ``debris.toml``). Not inside an open quotation (a speaker may stammer),
    not ``The The`` (a name), and no other word: ``had had``, ``that that``,
    ``very very`` are English; other doubled function words (``views on on
    the``) are only reported, by F003. A capital letter before the article
    is a label (``vitamin A a day``, ``Plan A a failure``): a word of one or
    two letters counts only when both are in lower case. A doubled word
    right after a quotation mark or a word that names a phrase (``In the
    phrase the the, …``, ``the words 'the the'``) is mentioned, and stays
    (F003 reports it).

    ## Why
    Machine translation and careless editing leave a word doubled.
    """

    code, name, stage = "T008", "repeated-function-word", "spans"
    local = True
    example = ("The sides discussed the the safety of the plant.\n",
               "The sides discussed the safety of the plant.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _english(ctx):
            return
        never, _ = repeated_word_lists()
        quotations = _Quotations(text)
        run: list = []  # start, end, times written, word: pairs that overlap
        for start, end, word in repeated_words(text, never):
            if not quotations.closed(start):
                continue  # in someone's words: F003 reports it
            if _mentioned_phrase(text, start):
                continue  # 'the phrase the the': the words themselves; F003 reports it
            if run and word == run[3] and start == run[1] - len(word):
                run[1], run[2] = end, run[2] + 1  # "a a a": one finding, not a pass a pair
                continue
            if run:
                yield self._once(text, *run)
            run = [start, end, 2, word]
        if run:
            yield self._once(text, *run)

    def _once(self, text: str, start: int, end: int, times: int, word: str) -> Finding:
        """The word at ``start`` written ``times`` times up to ``end``, once:
        a run is one finding (as pairs, each pass halved it, and a run of
        256 did not converge)."""
        said = "twice" if times == 2 else f"{times} times"
        first = text[start:start + len(word)]
        return self.finding(f"'{word}' written {said}", start, end, first)


_BRACKETED = lazyre.compile(r"[ \t]?\[([^\[\]\n]{3,200})\]")
_LETTERS_ONLY = lazyre.compile(r"[^\W_]+(?:[ \t'’-][^\W_]+)*")
_EN_GUARD = frozenset("the of and to in is that for it was on with as by at from this "
                      "be are has have not added sic emphasis original ed note".split())
#: A quotation's closing mark right before an insertion: the words in the
#: brackets are the quotation's in its own language, the editor's.
_QUOTE_ENDS = ("”", "»", '"', "’", "“")


@functools.lru_cache(maxsize=64)
def _guard_words(lang: str) -> frozenset[str]:
    """Words that show a bracket is in the document's language ``lang`` (or
    an editor's note: "sic"), where langdetect, on a few words, may be
    wrong: English's commonest words, or the stop words of another
    language (stopwords-iso, as the block rules read them)."""
    if lang == "en":
        return _EN_GUARD
    from ..blocks import stopwords_for

    return stopwords_for(lang) | {"sic"}


def _after_quotation(text: str, pos: int) -> bool:
    """Whether the bracket at ``pos`` comes right after a quotation's
    closing mark (spaces between)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i >= 0 and text[i] in _QUOTE_ENDS


def _title_case(words: list[str]) -> bool:
    """Whether words are a title in title case: the first and the last
    capitalised, and half of them at least ("Gone with the Wind")."""
    letters = [w for w in words if w.isalpha()]
    return (bool(letters) and letters[0][0].isupper() and letters[-1][0].isupper()
            and 2 * sum(w[0].isupper() for w in letters) >= len(letters))


@register
class ForeignInsertion(Rule):
    """A bracketed insertion in another language is removed and reported.

    ## What it does
    Removes ``[…]`` of three or more words (letters and figures), whose language
    (detected by langdetect, seeded) is not the document's, in a document in
    any language:
    ``the troops [para proteger a fronteira] would stay`` -> ``the troops
    would stay``; ``concluirán en junio [to recover the old market] y que``
    -> ``concluirán en junio y que``. Editorial brackets in the document's
    language (``[sic]``, ``[the president]``, ``[el alcalde]``: a common
    word of the language in it keeps it, short as it is for langdetect) stay,
    and so do an English title in title case (``la novela [Gone with the
    Wind]``) and the words of a quotation in its own language after it
    (``«no daremos un paso atrás» [we will not take a step back]``).

    ## Why
    Machine translation leaves editor's notes of the source language behind.
    """

    code, name, stage = "T006", "foreign-insertion", "spans"
    local = True
    example = ("The minister said the troops [para proteger a fronteira] would stay.\n",
               "The minister said the troops would stay.\n")
    MIN_WORDS = 3
    MIN_PROBABILITY = 0.9

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if "[" not in text or not ctx.language or ctx.language == "und":
            return
        guard = _guard_words(ctx.language)
        for m in _BRACKETED.finditer(text):
            inner = m.group(1).strip()
            ws = inner.split()
            if (sum(w.isalpha() for w in ws) < self.MIN_WORDS or not _LETTERS_ONLY.fullmatch(inner)
                    or inner.isupper() or any(w.lower() in guard for w in ws)
                    or _after_quotation(text, m.start(1) - 1)):
                continue
            lang = language.detect_short(inner)
            if lang.code == "en" and _title_case(ws):
                continue  # an English title: English writes titles in title case
            if lang.code not in (ctx.language, "und") and lang.probability >= self.MIN_PROBABILITY:
                yield self.finding(f"insertion not in '{ctx.language}' (detected "
                                   f"'{lang.code}'): [{inner}]", m.start(), m.end(), "")


#: A space before a mark that ends a word: before a comma, a semicolon or a
#: full stop after a word, a figure, a closing quote or bracket (not before
#: a decimal point or a thousands comma, nor inside a spaced ellipsis
#: ". . ."); before a question or an exclamation mark after a word. The
#: mark may be followed by a letter, the space it was missing ("Kyiv
#: ,was"). (Not a colon: " : " also parts a page's title from the site's
#: name, "… listing : CityAM", and stands in scores and times.) Matched
#: from the start of the run of spaces, the character before it checked
#: apart (``_AFTER_WORD``, ``_AFTER_LETTER``): the run is found with
#: ``str.find``, which is many times faster than a pattern that opens with
#: a look-behind.
_SPACE_BEFORE = lazyre.compile(
    r"[ \t]+(?:([,;])|(\.)(?![.\d])(?![ \t]+\.))(?=([^\W\d_])|[ \t”\"’»)]|$)"
    r"|[ \t]+([?!])(?=[ \t”\"’»)]|$)", re.MULTILINE)
_AFTER_WORD = lazyre.compile(r"[\w”\"’»)\]%]")
#: After a space and a dot, a name or extension that opens with the dot:
#: letters all in capitals or all in lower case, and no more letters
#: (".NET", ".env", ".uk", ".com", ".pdf"); a full stop before a sentence
#: is followed by a capitalised word ("June .Then").
_DOT_TOKEN = lazyre.compile(r"(?:[A-Z]{2,6}|[a-z]{1,4})(?![^\W\d_])")
_AFTER_LETTER = lazyre.compile(r"[^\W\d_]")


def _dot_token(text: str, pos: int) -> bool:
    """Whether the letters at ``pos``, after a space and a dot, are a name or
    an extension that opens with the dot (``_DOT_TOKEN``: ".NET", ".env",
    ".uk"), not the next sentence glued to its full stop: a function word of
    three letters or more ("June .then the envoy", "ended .The") starts a
    sentence (no file type or domain is one; the two-letter ones, ".in",
    ".it", ".to", are domains)."""
    m = _DOT_TOKEN.match(text, pos)
    if m is None:
        return False
    word = m.group()
    return not (len(word) >= 3 and word.islower() and word in _lexicons()[0])
_SPACED_MARKS = tuple(sp + mark for sp in " \t" for mark in ",;.?!")
#: A pair of round brackets or guillemets on one line with spaces just
#: inside ("( CHP )", "« We did not… »"); a lone » is often an arrow
#: ("Read more »") and stays.
_PADDED = lazyre.compile(r"(?P<open>[(«])(?P<lead>[ \t]*)(?P<inner>[^()«»\n]*?[^()«»\s])(?P<trail>[ \t]*)"
                         r"(?P<close>[)»])")
_PAIRS = {"(": ")", "«": "»"}
_PADDINGS = ("( ", "(\t", "« ", "«\t", " )", "\t)", " »", "\t»")
#: A quotation in guillemets opened with a space, as French typography
#: writes it ("« C'est fini ! »"), on one line.
_SPACED_GUILLEMETS = lazyre.compile(r"«[ \t\u00a0\u202f]([^«»\n]*)»")
_OPEN_SPACED = ("« ", "«\t", "«\u00a0", "«\u202f")


def _foreign_quotations(text: str, lang: str) -> list[tuple[int, int]]:
    """(start, end) of each guillemet quotation opened with a space whose
    words are in another language than ``lang`` (detected as T006 does: two
    letter words or more, none a common English word): French typography
    inside it (a space inside « », before ! ? ; :) is the quotation's own."""
    spans = []
    for m in _SPACED_GUILLEMETS.finditer(text):
        words = _LETTERS_ONLY.findall(m.group(1))
        ws = " ".join(words).split()
        if len(ws) < 2 or any(w.lower() in _guard_words(lang) for w in ws):
            continue
        found = language.detect_short(" ".join(words))
        if found.code not in (lang, "und") and found.probability >= ForeignInsertion.MIN_PROBABILITY:
            spans.append((m.start(), m.end()))
    return spans


#: A space before the 's of a possessive or of "it's" after a letter ("China
#: 's role"); not before a quotation that starts with s ("'s Gravenhage",
#: "the letter 's'").
_SPACED_POSSESSIVE = lazyre.compile(r"(?<=[^\W\d_])[ \t]+(['’]s)(?=[ \t,.;:!?]|$)", re.MULTILINE)


@functools.lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    return frozenset(_debris()["mid_sentence_capital"]["reporting_verbs"])


#: The word before a space and a colon (see _reporting_colons).
_WORD_BEFORE = lazyre.compile(r"(?:^|(?<=[^\w’'-]))([a-z]+)[ \t]+\Z")


_TWO_WORDS_BEFORE = lazyre.compile(r"(?:^|(?<=[^\w’'-]))([a-z]+)[ \t]+([a-z]+)[ \t]+\Z")


def _reporting_colons(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each space before a colon after a verb of reporting
    ('added : "…'), with the colon."""
    for i in _hits(text, (" :", "\t:")):
        if text[i + 2:i + 3] not in (" ", "\t"):
            continue
        m = _WORD_BEFORE.search(text, max(0, i - 20), i + 1)
        if m and m.group(1) in _reporting_verbs():
            yield m.end(1), i + 2
        elif m and text[i + 3:i + 4] in ('"', "“"):
            # 'said afterwards : "We…': a verb of reporting and one word, a quotation
            two = _TWO_WORDS_BEFORE.search(text, max(0, i - 40), i + 1)
            if two and two.group(1) in _reporting_verbs():
                yield two.end(2), i + 2


def _closes_low_quote(text: str, i: int) -> bool:
    """Whether ``text[i]`` is the “ that closes a „ (``„We will stay.“``,
    the German and Ukrainian pair): the line before it opens more „ than
    it closes with “."""
    if text[i] != "“":
        return False
    before = text[text.rfind("\n", 0, i) + 1:i]
    return before.count("„") > before.count("“")


def _hits(text: str, literals: Iterable[str]) -> list[int]:
    """The offsets of every occurrence of each of ``literals``, in order."""
    out = []
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            out.append(i)
            i = text.find(lit, i + 1)
    return sorted(out)


@register
class PunctuationSpacing(Rule):
    """A space before a comma or a full stop, a doubled mark, or spaces inside brackets are repaired.

    ## What it does
    In an English, German, Spanish, Italian, Portuguese or Dutch document,
    removes the space machine translation leaves
    before a comma, a semicolon or a full stop (``escalation ,and`` ->
    ``escalation, and``; ``in June .`` -> ``in June.``), also after the “
    that closes a „ (``„We will stay“ , he said`` -> ``„We will stay“, he
    said``), before the 's of a possessive (``China 's role`` -> ``China's
    role``), before the colon after a verb of reporting (``added : "…`` ->
    ``added: "…``; with a word between and a quotation after: ``said
    afterwards : "…`` -> ``said afterwards: "…``), and before a
    question or an exclamation mark after a word (``Why ?``); removes
    the second of a doubled comma or full stop (``four hours,,`` ->
    ``four hours,``; ``the village..`` -> ``the village.``); and the spaces
    just inside a pair of round brackets or guillemets on one line
    (``( CHP )`` -> ``(CHP)``). (The possessive and the colon after a verb
    of reporting in English only: Dutch writes ``'s avonds`` after a space.
    German: ``„Das ist ein Durchbruch“ ,sagte sie`` -> ``„Das ist ein
    Durchbruch“, sagte sie``; Spanish: ``la plaza , y luego`` -> ``la plaza,
    y luego``, its ``¿…?`` and ``¡…!`` untouched.) An ellipsis (``...``,
    ``. . .``), a decimal point (``a .22 rifle``), a word that opens with a
    dot (``40 .NET developers``, ``the file .env``, ``.uk domains``: capitals or lower case
    only; a function word of three letters or more is the next sentence:
    ``in June .then the`` -> ``in June. then the``), a thousands comma, a space before a colon (a
    title's separator: ``… : Site``; a score: ``10 : 30``) and a lone
    ``»`` (an arrow: ``Read more »``) stay. French, whose
    typography puts a space before ``; : ? !`` and inside ``« »``, is not
    touched: neither a document in French nor a quotation in another
    language written in guillemets with a space inside (``wrote : « C'est
    une belle victoire ! »`` -> ``wrote: « C'est une belle victoire ! »``;
    an English one, ``« We will not wait. »``, is repaired).

    ## Why
    Machine translation and text pasted from other systems leave
    punctuation on the wrong side of a space.
    """

    code, name, stage = "T007", "punctuation-spacing", "spans"
    local = True
    example = ("Talks on the escalation ,and the region ( CHP ) went on in June .\n",
               "Talks on the escalation, and the region (CHP) went on in June.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _typographic(ctx):
            return
        kept = (_foreign_quotations(text, ctx.language)
                if any(o in text for o in _OPEN_SPACED) else None)
        for f in self._repairs(text, _english(ctx)):
            if not kept or not any(a <= f.start < b for a, b in kept):
                yield f

    def _repairs(self, text: str, english: bool) -> Iterable[Finding]:
        done = -1
        for i in _hits(text, _SPACED_MARKS):
            start = i
            while start > 0 and text[start - 1] in " \t":
                start -= 1
            if start <= done or start == 0:
                continue
            m = _SPACE_BEFORE.match(text, start)
            if m is None or not ((_AFTER_LETTER if m.group(4) else _AFTER_WORD).match(text, start - 1)
                                 or (not m.group(4) and _closes_low_quote(text, start - 1))):
                continue
            if m.group(2) and m.group(3) and _dot_token(text, m.end()):
                continue  # "40 .NET developers", "the file .env": a token that opens with a dot
            done = start
            mark = m.group(1) or m.group(2) or m.group(4)
            after = " " if m.group(3) else ""
            yield self.finding(f"space before '{mark}'", m.start(), m.end(), mark + after)
        # a doubled comma or full stop after a word, before a space or the
        # end of the line ("four hours,, the", "the village.. Then"; not an
        # ellipsis)
        for i in _hits(text, (",,", "..")):
            end = i + 2
            if (i and _AFTER_LETTER.match(text, i - 1) and (end == len(text) or text[end] in " \t\n")):
                yield self.finding(f"doubled '{text[i]}'", i, end, text[i])
        # "China 's role" -> "China's role" (a tokeniser's space)
        if english and (" 's" in text or " ’s" in text):
            for m in _SPACED_POSSESSIVE.finditer(text):
                yield self.finding("space before a possessive", m.start(), m.end(), m.group(1))
        # 'Kanaani added : "The…' -> 'added: "The…' (a title's " : " stays)
        if english and (" :" in text or "\t:" in text):
            for start, end in _reporting_colons(text):
                yield self.finding("space before ':'", start, end, ":")
        if any(p in text for p in _PADDINGS):
            for m in _PADDED.finditer(text):
                if _PAIRS[m["open"]] != m["close"] or not (m["lead"] or m["trail"]):
                    continue
                yield self.finding(f"spaces inside '{m['open']}{m['close']}'", m.start(), m.end(),
                                   m["open"] + m["inner"] + m["close"])


#: A person's hover card dumped into the sentence that names them: the name
#: ("Jo Marsh"), its full form glued to its last letter ("Jo MarshJoanna
#: Ruth Marsh", the same surname), the headlines of the person's stories
#: glued after it, and the card's link "MORE" ("…MarshHarbour board
#: doubles the dues … MORE (D) said …"). Asked only of a text that holds
#: "MORE".
_HOVER_CARD = lazyre.compile(
    r"(?<![\w’'-])(?P<last>[A-Z][a-z][a-z’'-]*)"
    r"(?P<card>[A-Z][\w.()’'-]*(?:[ \t]+[\w.()’'-]+){0,4}?[ \t]+(?P=last)"
    r"(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+I{2,3})?(?=[A-Z\"“‘'])[^\n]{0,600}?[ \t]MORE)(?=[ \t]|$)",
    re.MULTILINE)
#: The name's other words before its surname ("Jo " of "Jo Marsh").
_NAME_BEFORE = lazyre.compile(r"[A-Z][\w.’'-]*[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,2}\Z")


@register
class HoverCard(Rule):
    """A person's hover card dumped into the sentence that names them is removed.

    ## What it does
    A page that shows a card over a person's name (their full name, links
    to stories about them, a "MORE" link) leaves it in the text dump
    glued to the name: ``Gov. Jo MarshJoanna Ruth MarshHarbour board
    doubles the dues Island ferries to run all winter MORE (D) said on
    Monday …`` -> ``Gov. Jo Marsh (D) said on Monday …``. Removed from the
    name's end, where the full name (ending in the same surname) is glued
    to it without a space, through the card's ``MORE``. A name glued to
    another word without such a card (``iPhone``, ``McDonald``) stays.

    ## Why
    The card is the page's, not the sentence's; glued words are scraping
    debris.
    """

    code, name, stage = "T009", "hover-card", "spans"
    local = True
    example = ("Gov. Jo MarshJoanna Ruth MarshHarbour board doubles the dues MORE (D) said on Monday "
               "that the ferries would run.\n",
               "Gov. Jo Marsh (D) said on Monday that the ferries would run.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if "MORE" not in text:
            return
        for m in _HOVER_CARD.finditer(text):
            if not _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start()):
                continue  # a surname after a first name ("Jo Marsh"), not a word alone
            yield self.finding(f"a hover card glued to the name '{m.group('last')}'",
                               m.start("card"), m.end("card"), "")
