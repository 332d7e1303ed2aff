"""F: fragments — sentences that machine translation or a scraper broke.
These are reported with their position (lint findings), never rewritten:
the repair is not certain."""
from __future__ import annotations

import functools
import re
from typing import Iterable

from .. import lazyre, resources, structure
from ..model import Context, Finding, Rule
from . import debris, register

_ABBREVIATION = lazyre.compile(
    r"(?:\b[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Rev|Gov|Sen|Rep|"
    r"No|Nos|vs|etc|approx|est|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|a\.m|p\.m|e\.g|i\.e|U\.S|U\.K|U\.N))\.$")
#: At least the length of the longest match of _ABBREVIATION ("approx.").
_ABBREVIATION_CHARS = 12
_SENTENCE_START = lazyre.compile(r"(?<=[.!?])[”\"’)]?\s+(?P<word>[a-z][a-z’'-]*)\b")
# A sentence: up to [.!?] that is not a decimal point ("5.2 miles") or a
# dot or question mark inside an address ("council.gov.uk", "?id=4"): a
# full stop that ends a sentence is not followed at once by a lower-case
# letter or a figure.
_SENTENCE = lazyre.compile(
    r"[^.!?\n]++(?:(?:(?<=\d)\.(?=\d)|[.?](?=[a-z0-9]))[^.!?\n]*+)*+[.!?]+[”\"’]?")


def _sentences(text: str) -> Iterable[re.Match[str]]:
    """``_SENTENCE.finditer(text)`` in linear time. A try of ``_SENTENCE``
    from a character that is no [.!?] fails only when it reaches the end of
    the line without a sentence end, and then so does every try from a
    later character of the line: finditer made them all, each reading to the
    line's end, quadratic time on a long line without a full stop ("[a][a]…",
    60 KB: 10-22 s; review 10, R10-10). This skips to the next line."""
    match, pos, end = _SENTENCE.match, 0, len(text)
    while pos < end:
        m = match(text, pos)
        if m:
            yield m
            pos = m.end()
        elif text[pos] in ".!?\n":
            pos += 1
        else:
            pos = text.find("\n", pos)
            if pos < 0:
                return


def _after_abbreviation(text: str, end: int, strip: str = "") -> bool:
    """Whether the last whitespace-separated word of
    ``text[:end].rstrip(strip)`` ends with an abbreviation (``_ABBREVIATION``:
    "Mr.", "U.S."). Only the word's last characters are read (no
    abbreviation is longer than ``_ABBREVIATION_CHARS``; the pattern's ``\\b``
    sees the character before where the search starts): splitting the head of
    the line for each sentence in it took quadratic time on a line of many."""
    j = end
    while j and text[j - 1] in strip:
        j -= 1
    while j and text[j - 1].isspace():
        j -= 1
    i = j
    while i > j - _ABBREVIATION_CHARS and i and not text[i - 1].isspace():
        i -= 1
    return i < j and _ABBREVIATION.search(text, i, j) is not None


#: A cell separator of a table row ("Southmead | 5.2 miles | £4.1m"): a row
#: of cells is not made of sentences.
_CELL = " | "


def _english(ctx: Context) -> bool:
    return ctx.language == "en"


@register
class LowercaseSentenceStart(Rule):
    """A sentence that starts in lower case is reported.

    ## What it does
    Reports a sentence whose first word is in lower case (``…at least a few
    more days. delay may occur.``), or a paragraph that starts in lower case
    (but the items of a list announced by a colon, short lines in lower case
    up to one that ends a sentence: ``You will need:`` / ``a radiator key``
    / ``an old cloth``; one continued after a semicolon: ``new bus lanes;``; a short
    line after a short one that ends with a comma, a line of verse; and any
    line of a poem: a run of three or more short lines, under 60 characters
    and of three words or more, most without a final full stop and one at
    least ending with a comma or a semicolon, whether they share a paragraph
    or each is one; a menu's items end with no mark). A sentence in lower case inside a line is still reported.
    Abbreviations (``U.S. officials``), brand names (``iPhone``), numbers
    and web addresses (``… now. https://…``) are not sentence ends or
    starts, nor is a question or exclamation mark that closes a quotation
    (``"…so early?" he asks``, ``a word like "huh?" is used``) or ends a
    name in mid-sentence (``the group Which? has warned``).

    ## Why
    It marks a fragment: a sentence that machine translation or a scraper cut
    in two. The repair is not certain, so it is only reported.
    """

    code, name, stage, fixable = "F001", "lowercase-sentence-start", "report", False
    example = ("The meeting ended late on Friday. would be ready.\n", "")

    #: A line of a list or of verse is short: at most this many words.
    LIST_LINE_WORDS = 12
    #: A poem's lines: a run of at least VERSE_MIN_LINES lines, each shorter
    #: than VERSE_LINE_CHARS, most without a final full stop.
    VERSE_LINE_CHARS = 60
    VERSE_MIN_LINES = 3

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _english(ctx):
            return
        previous = ""
        in_list = False  # the previous line opened a list or is one of its items
        lines = structure.lines(text)
        verse = _verse_lines(lines, self.VERSE_LINE_CHARS, self.VERSE_MIN_LINES)
        for line in lines:
            s, after = line.text, previous.rstrip()
            previous = s
            first = s.split(None, 1)[0].rstrip(".,;:!?…")
            tail = s.rstrip()[-1:]
            # an item: short, no sentence end, and in lower case but the first
            # (a poem's first line has its capital)
            listed, in_list = in_list, tail == ":" or (
                in_list and tail not in ".!?…" and (not s[:1].isupper() or after.endswith(":"))
                and structure.word_count(s) <= self.LIST_LINE_WORDS)
            if _CELL in s:
                continue  # a table row
            if first[:1].islower() and first.isalpha() and first.islower() \
                    and not after.endswith((":", ";")) and not listed and line.index not in verse \
                    and not (after.endswith(",")
                             and structure.word_count(s) <= self.LIST_LINE_WORDS
                             and structure.word_count(after) <= self.LIST_LINE_WORDS):
                yield self.finding(f"paragraph starts in lower case: '{first}'",
                                   line.start, line.start + len(first))
            for m in _SENTENCE_START.finditer(s):
                if _after_abbreviation(s, m.start(), "”\"’)") or s.startswith("://", m.end("word")):
                    continue  # (an address: "… now. https://…")
                if _continues_after_mark(s, m.start()):
                    continue
                yield self.finding(f"sentence starts in lower case: '{m.group('word')}'",
                                   line.start + m.start("word"), line.start + m.end("word"))


def _verse_lines(lines: list[structure.Line], max_chars: int, min_lines: int) -> set[int]:
    """The indices of the lines of verse: runs of at least ``min_lines``
    consecutive short lines (under ``max_chars``, of three words or more),
    at most half of them ending with a full stop and one at least with a
    comma or a semicolon (a sentence that goes on over the line's end): a
    poem, one line to a line or to a paragraph; not a menu's items ("icon
    tags", "art & design"), which end with no mark."""
    verse: set[int] = set()
    run: list[structure.Line] = []
    for line in [*lines, None]:
        if line is not None and len(line.text) < max_chars and structure.word_count(line.text) >= 3:
            run.append(line)
            continue
        if len(run) >= min_lines and 2 * sum(r.text.endswith(".") for r in run) <= len(run) \
                and any(r.text.endswith((",", ";")) for r in run):
            verse.update(r.index for r in run)
        run = []
    return verse


#: A name that ends with a question or exclamation mark in mid-sentence:
#: "the group Which? has warned", "at Yahoo! said" (see _continues_after_mark).
_NAME_WITH_MARK = lazyre.compile(r"(?<=[a-z,] )[A-Z][\w’'-]*[?!]\Z")


def _continues_after_mark(s: str, pos: int) -> bool:
    """Whether the sentence end just before ``pos`` in ``s`` is a question or
    exclamation mark that the sentence goes on after: one that closes a
    quotation ('"…so early?" he asks', '"We will win!" the general
    shouted', 'a word like "huh?" is used'), or ends a name in mid-sentence
    (``_NAME_WITH_MARK``)."""
    if s[pos - 1:pos] not in ("?", "!"):
        return False
    if s[pos:pos + 1] in ("”", '"', "’"):
        return True
    return _NAME_WITH_MARK.search(s, max(0, pos - 40), pos) is not None


@functools.lru_cache(maxsize=1)
def _short_sentences() -> frozenset[str]:
    return frozenset(resources.data_toml("debris.toml")["fragments"]["short_sentences"])


@functools.lru_cache(maxsize=1)
def _clause_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = resources.data_toml("debris.toml")["fragments"]
    return (frozenset(table["determiners"]), frozenset(table["irregular_past"]),
            frozenset(table["subject_pronouns"]))


#: -eed words that are verbs in the past; other -eed words are nouns (speed, breed).
_EED_VERBS = frozenset("agreed succeeded exceeded proceeded freed decreed guaranteed".split())


def _subject_and_verb(words: list[str]) -> bool:
    """Whether two words make a complete sentence, a subject and its verb:
    "Prices fell", "Talks collapsed", "Nobody knows" (not "Its coast")."""
    if len(words) != 2 or not words[0][:1].isupper():
        return False
    subject, verb = words[0].lower(), words[1]
    determiners, irregular, pronouns = _clause_words()
    if subject in determiners or not verb.isalpha() or not verb.islower():
        return False
    past = verb in irregular or (len(verb) >= 4 and verb.endswith("ed")
                                 and (not verb.endswith("eed") or verb in _EED_VERBS))
    return past or (subject in pronouns and verb.endswith("s") and not verb.endswith("ss")) or (
        subject in _BARE_VERB_SUBJECTS and verb not in _FUNCTION_WORDS)


#: Subjects whose verb in the present has no -s ("I apologise.", "We agree.").
_BARE_VERB_SUBJECTS = frozenset(("i", "we", "you", "they"))
_FUNCTION_WORDS = frozenset("the a an and or but of to in on at for with by from as".split())
#: A reference or a footnote of a list ("[1] Rehn, T. et al. … Nat. Geosci.
#: 17, 512–519 (2024).", "3. Hartley, J. …"): a journal's abbreviated name
#: and its year are no stubs.
_REFERENCE_LINE = lazyre.compile(r"\[\d{1,3}\]\s|\d{1,3}\.\s+[A-Z][\w'’-]+,\s+[A-Z]\.")
#: A citation's year at the end of a stub ("Preprint (2024).").
_CITED_YEAR = lazyre.compile(r"\(\d{4}[a-z]?\)\.$")
#: A dateline opening a line, a place in capitals and its state or
#: province abbreviated ("GLENDIVE, Mont. — …").
_DATELINE = lazyre.compile(r"[A-Z][A-Z.'’ -]+,\s+[A-Z][a-z]{1,4}\.$")


@register
class StubSentence(Rule):
    """A stub of a sentence, one or two words, is reported.

    ## What it does
    Reports a "sentence" of one or two words in a paragraph of longer ones
    (``…with Britain saying it will be moving. Its coast.``), but not the
    attribution after a quoted question or exclamation (``"…so early?" he
    asks.``). Complete short
    sentences from the list (``He said.``, ``Not yet.``) are not reported,
    nor are a subject and its verb (``Prices fell.``, ``Talks collapsed.``,
    ``Nobody knows.``, ``I apologise.``), nor the rows of a table (cells
    joined by `` | ``), nor the lines of a list of references (``[1] Rehn,
    T. et al. … Nat. Geosci. 17 (2024).``), a citation's year (``Preprint
    (2024).``), a dateline (``GLENDIVE, Mont. — …``) or a stray token
    (``Huh.``) in a document that uses it as a word (see T001); a
    decimal point (``5.2``) ends no sentence, nor does the dot of an address
    (``leisure@council.gov.uk``, ``www.example.com``).

    ## Why
    It is the tail of a sentence that was broken apart; only a person can
    tell what it belonged to.
    """

    code, name, stage, fixable = "F002", "stub-sentence", "report", False
    example = ("The ships left the harbour at dawn. Its harbour.\n", "")
    MAX_WORDS = 2

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _english(ctx):
            return
        shorts = _short_sentences()
        for line in structure.lines(text):
            if _CELL in line.text or _REFERENCE_LINE.match(line.text):
                continue  # a table row; a reference
            sentences = list(_sentences(line.text))
            if len(sentences) < 2:
                continue
            for m in sentences:
                sentence = m.group().strip()
                if not sentence.endswith(".") or not 0 < structure.word_count(sentence) <= self.MAX_WORDS:
                    continue
                if _after_abbreviation(line.text, m.start()):
                    continue  # "Folha de S.Paulo.": the full stop before was an abbreviation's
                mark_end = m.start() - (m.start() > 0 and line.text[m.start() - 1] in "”\"’")
                if sentence[:1].islower() and _continues_after_mark(line.text, mark_end):
                    continue  # '"…so early?" he asks.': the sentence goes on
                ws = structure.words(sentence)
                if " ".join(ws).lower() in shorts or _ABBREVIATION.search(sentence.split()[-1]) \
                        or _subject_and_verb(ws):
                    continue
                if debris.stray_token_used_as_word(sentence, text):
                    continue  # 'Huh.' in an article about the word (kept by T001)
                if any(c in sentence for c in "“”\"") or sentence[:1].isdigit() \
                        or _CITED_YEAR.search(sentence) \
                        or (m.start() == 0 and _DATELINE.fullmatch(sentence)):
                    continue
                start = line.start + m.start() + (len(m.group()) - len(m.group().lstrip()))
                yield self.finding(f"stub sentence '{sentence}'", start,
                                   start + len(sentence))


@register
class RepeatedWord(Rule):
    """A function word written twice in a row is reported.

    ## What it does
    Reports a doubled preposition, conjunction, auxiliary or pronoun from
    the list (``repeated_words`` in ``debris.toml``): ``exchanged views on
    on the resumption``, and a doubled "the"/"of" that T008 left inside a
    quotation. ``had had``, ``that that`` and ``very very`` are English and
    are not reported; nor is a word doubled with a comma (``very, very``).

    ## Why
    Machine translation leaves words doubled, but "carried on on the
    train", "logged in in 2020" and "what it is is" are correct: only a
    person can tell, so it is only reported.
    """

    code, name, stage, fixable = "F003", "repeated-word", "report", False
    example = ("The two sides exchanged views on on the resumption of exports.\n", "")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _english(ctx):
            return
        never, report = debris.repeated_word_lists()
        for start, end, word in debris.repeated_words(text, never | report, capitalised=False):
            yield self.finding(f"'{word}' written twice: '{text[start:end]}'", start, end)
