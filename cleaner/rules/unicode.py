"""U: Unicode repair — mojibake, control characters, invisible characters,
odd spaces, normalisation form. Typography (curly quotes, dashes, ellipses)
is kept; straightening quotes is the opt-in rule U006."""
from __future__ import annotations

import difflib
import functools
import unicodedata
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Iterable

from .. import lazyre, structure
from ..model import Context, Finding, Rule, iter_lines
from . import opt_in, register

if TYPE_CHECKING:  # pragma: no cover
    import ftfy

# ftfy is imported when a text first needs it (a pair of non-ASCII
# characters in a row, or one of the few it reads alone: see _MAYBE_BAD):
# importing it, with wcwidth, its codecs and its tables, costs ~260M
# instructions, what cleaning three documents of the benchmark takes, and
# most English pages never need it (`cleaner check` of one file pays it).


@functools.lru_cache(maxsize=1)
def _ftfy_config() -> ftfy.TextFixerConfig:
    """ftfy with the encoding repairs on and every opinionated choice off: the
    other rules of this module (and the layout rules) do the rest, each
    recorded under its own code. (``FTFY_CONFIG``, made when first asked.)"""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True,
        restore_byte_a0=True, replace_lossy_sequences=True, decode_inconsistent_utf8=True,
        fix_c1_controls=True, fix_latin_ligatures=False, fix_character_width=False,
        uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=True,
        remove_control_chars=False, normalization=None, explain=False)


def __getattr__(name: str) -> Any:
    if name == "FTFY_CONFIG":
        return _ftfy_config()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

_C1_OR_SURROGATE = lazyre.compile("[\x80-\x9f\ud800-\udfff]")
#: Every pattern of ftfy's badness measure holds two non-ASCII characters in a
#: row, except five: a C1 control, Œ/œ, or Â/Ã before some characters. Text
#: without any of these is not bad, and this search is ten times faster than
#: ftfy's (tests/test_fastpath.py checks the claim against ftfy's regex).
#: (Each branch opens with a class, not a repeat, so that ``re`` skips to
#: a non-ASCII character with a fast scan: two thirds of the time of
#: ``[^\x00-\x7f]{2}|…``, which it tries at every position.)
_MAYBE_BAD = lazyre.compile("[^\x00-\x7f][^\x00-\x7f]|[\x80-\x9f\u0152\u0153\u00c2\u00c3]")
#: ``_MAYBE_BAD`` or ``_C1_OR_SURROGATE`` in one search.
_MAYBE_REPAIR = lazyre.compile(
    "[^\x00-\x7f][^\x00-\x7f]|[\x80-\x9f\u0152\u0153\u00c2\u00c3\ud800-\udfff]")


def _is_bad(text: str) -> bool:
    if not _MAYBE_BAD.search(text):
        return False
    from ftfy.badness import is_bad

    return is_bad(text)


def needs_ftfy(line: str) -> bool:
    """ftfy's own cheap test: it leaves ASCII and text its badness measure
    does not flag unchanged, except for C1 controls and surrogates."""
    return not line.isascii() and (_is_bad(line) or bool(_C1_OR_SURROGATE.search(line)))


#: :func:`needs_ftfy` of a line, remembered for the document: a text that
#: holds non-ASCII pairs (curly quotes after a dash, any page in German or
#: French) has its lines asked again on every pass, the same lines.
_needs_ftfy = structure.per_document(needs_ftfy)


@register
class Mojibake(Rule):
    """Text decoded with the wrong encoding ('mojibake') is repaired.

    ## What it does
    Finds lines that ftfy's badness measure flags (or that hold C1 control
    characters) and repairs their encoding with ``ftfy.fix_text``, with every
    typographic option off. Each repaired stretch is a change of its own, at
    its place in the line.

    ## Why
    Scrapers often decode UTF-8 as Windows-1252: ``Russiaâ€™s`` for ``Russia’s``.
    A closing double quote so decoded often loses its last byte (``â€`` at
    the end of a word): it is repaired as a closing quote, not as the
    dagger ftfy alone would make of it.
    """

    code, name, stage = "U001", "mojibake", "unicode"
    example = ("The mayorâ€™s office\n", "The mayor’s office\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if text.isascii() or not _MAYBE_REPAIR.search(text):
            return
        # the lines ftfy would repair, if the text as a whole looks bad: that
        # (ftfy's badness measure over the whole text, the slowest test) is
        # asked last and only once some line needs repair
        found = [(start, end, line) for start, end, line in iter_lines(text) if _needs_ftfy(line)]
        if not found or not (_is_bad(text) or _C1_OR_SURROGATE.search(text)):
            return
        import ftfy

        config = _ftfy_config()
        for start, _end, line in found:
            fixed = ftfy.fix_text(_LOST_9D.sub("â€\x9d", line), config)
            if fixed != line:
                for a, b, c, d in _changed_spans(line, fixed):
                    yield self.finding("text decoded with the wrong encoding",
                                       start + a, start + b, fixed[c:d])


#: ``â€`` closing a word, before a space or the end of the line: a closing
#: double quote (UTF-8 E2 80 9D) read as Windows-1252, whose third byte has
#: no character there and was lost on the way (``week,â€ said``). Left to
#: itself ftfy reads the space as a lost no-break space (E2 80 A0) and
#: makes a dagger, ``week,†said``; a dagger that closes a word is a
#: footnote mark, far rarer in news than a closing quote.
_LOST_9D = lazyre.compile(r"(?<=\S)â€(?=\s|$)")


def _changed_spans(old: str, new: str) -> list[tuple[int, int, int, int]]:
    """The spans (old_start, old_end, new_start, new_end) where a repaired
    line differs from the input, spans closer than three characters joined:
    the change is recorded, and what a later rule reports mapped back, at
    the mojibake itself, not at the start of its line. (The lines are
    compared word by word, then each changed run of words trimmed to the
    characters that differ: a character diff of a long line is slow.)"""
    a_tok, b_tok = _TOKENS.findall(old), _TOKENS.findall(new)
    a_at, b_at = _starts(a_tok), _starts(b_tok)
    spans: list[list[int]] = []
    for tag, i, j, k, m in _opcodes(a_tok, b_tok):
        if tag == "equal":
            continue
        a, b, c, d = a_at[i], a_at[j], b_at[k], b_at[m]
        while a < b and c < d and old[a] == new[c]:
            a, c = a + 1, c + 1
        while a < b and c < d and old[b - 1] == new[d - 1]:
            b, d = b - 1, d - 1
        if spans and a - spans[-1][1] < 3:
            spans[-1][1], spans[-1][3] = b, d
        else:
            spans.append([a, b, c, d])
    return [(a, b, c, d) for a, b, c, d in spans]


_TOKENS = lazyre.compile(r"\s+|\S+")

#: Token lists longer than this (both together) are compared a stretch at a
#: time (``_opcodes``): ``SequenceMatcher`` reads, for each token of the
#: old line, every place of that token in the new one, so its time grows
#: with the square of a long line's length (a one-line document of 0.25 MB
#: took minutes; review 16 U3).
WHOLE_DIFF_TOKENS = 3000
#: An equal run of this many tokens ends a changed stretch (``_opcodes``).
_RESYNC_TOKENS = 8
_FIRST_WINDOW, _LAST_WINDOW = 32, 256


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """``SequenceMatcher(None, a, b, autojunk=False).get_opcodes()``; in linear
    time on long lists. These are taken equal while their tokens are; at a
    difference, a window of the next tokens of each is compared, and its
    opcodes kept up to the first equal run of ``_RESYNC_TOKENS`` (from there
    on the lists are read as equal again). A window without one grows, up
    to ``_LAST_WINDOW`` tokens; then its opcodes are kept up to its last
    equal run. Mojibake is repaired a word here and there, so a window
    holds one repair and the unchanged words after it, and is compared as
    the whole lists would be."""
    if len(a) + len(b) <= WHOLE_DIFF_TOKENS:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    out: list[tuple[str, int, int, int, int]] = []
    i = k = 0
    while True:
        i0, k0 = i, k
        while i < len(a) and k < len(b) and a[i] == b[k]:
            i, k = i + 1, k + 1
        if i > i0:
            out.append(("equal", i0, i, k0, k))
        if i == len(a) and k == len(b):
            return out
        size = _FIRST_WINDOW
        while True:
            ea, eb = min(len(a), i + size), min(len(b), k + size)
            ops = difflib.SequenceMatcher(None, a[i:ea], b[k:eb], autojunk=False).get_opcodes()
            if ea == len(a) and eb == len(b):
                cut = len(ops)
            else:
                cut = next((n for n, op in enumerate(ops)
                            if op[0] == "equal" and op[2] - op[1] >= _RESYNC_TOKENS), None)
                if cut is None and size < _LAST_WINDOW:
                    size *= 2
                    continue
                if cut is None:  # no long equal run: up to the last equal one
                    cut = max((n for n, op in enumerate(ops) if op[0] == "equal" and n),
                              default=len(ops))
            out.extend((tag, i + x, i + y, k + z, k + w) for tag, x, y, z, w in ops[:cut])
            i, k = out[-1][2], out[-1][4]
            break


def _starts(tokens: list[str]) -> list[int]:
    """The offset of each token, and the end of the last."""
    return list(accumulate(map(len, tokens), initial=0))


_TERMINAL_ESCAPE = lazyre.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_CONTROL = lazyre.compile("[\x00-\x08\x0e-\x1b\x7f\x80-\x9f]")
#: The C0 controls that are whitespace (``str.split`` splits on them):
#: vertical tab and form feed, the line and page breaks of PDF and Word
#: extractions, and the file, group, record and unit separators.
_SEPARATOR = lazyre.compile("[\x0b\x0c\x1c-\x1f]+")
#: Any of those: a terminal escape opens with ESC (U+001B).
_ANY_CONTROL = lazyre.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SEPARATOR_NAMES = {"\x0b": "vertical tab", "\x0c": "form feed", "\x1c": "file separator",
                    "\x1d": "group separator", "\x1e": "record separator",
                    "\x1f": "unit separator"}
#: What ends a sentence, and what may close it after that (quotes, brackets).
_SENTENCE_END = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’»)]")


def break_or_space(text: str, start: int, end: int) -> str:
    """What a separator ``text[start:end]`` inside a line (a vertical tab, a
    form feed, U+2028) becomes, judged by what it separates: nothing at the
    edge of the line (a line break is there already); a line break after
    the end of a sentence, before a word that is not in lower case
    (``… on Tuesday.`` | ``It was …``); else a space between two words
    (``Construction`` | ``is expected``), nothing beside a space. Never
    nothing between two words, which would glue them."""
    i, j = start, end
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if i == 0 or j == len(text) or text[i - 1] == "\n" or text[j] == "\n":
        return ""
    k = i - 1
    while k > 0 and text[k] in _CLOSERS and text[k - 1] != "\n":
        k -= 1
    if text[k] in _SENTENCE_END and not text[j].islower():
        return "\n"
    return "" if (i < start or j > end) else " "


@register
class ControlCharacters(Rule):
    """Control characters and terminal escapes are removed.

    ## What it does
    Removes C0 and C1 control characters (but tab, newline and carriage
    return, which the layout rules handle) and ANSI terminal escapes. The
    C0 controls that are whitespace (vertical tab and form feed, the line
    and page breaks of PDF and Word extractions; the file, group, record
    and unit separators, U+001C–U+001F) become a line break after the end
    of a sentence, before a word not in lower case (``said.\\fThe`` ->
    ``said.`` / ``The``), else a space between two words
    (``next\\fspring`` -> ``next spring``), and go at the edge of a line or
    beside a space.

    ## Why
    They are invisible, break tools downstream and are never text. Deleting
    a separator between two words would glue them.
    """

    code, name, stage = "U002", "control-characters", "unicode"
    local = True
    example = ("Kyiv\x07 said\x1b[0m\x0bit\n", "Kyiv said it\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if not _ANY_CONTROL.search(text):
            return  # (one scan for the three kinds below; most texts have none)
        for m in _TERMINAL_ESCAPE.finditer(text):
            yield self.finding("terminal escape sequence", m.start(), m.end(), "")
        for m in _CONTROL.finditer(text):
            if text[m.start()] == "\x1b" and _TERMINAL_ESCAPE.match(text, m.start()):
                continue
            yield self.finding(f"control character U+{ord(m.group()):04X}",
                               m.start(), m.end(), "")
        for m in _SEPARATOR.finditer(text):
            c = m.group()[0]
            new = break_or_space(text, m.start(), m.end())
            what = "a line break" if new == "\n" else "a space" if new else "removed"
            yield self.finding(f"control character U+{ord(c):04X} ({_SEPARATOR_NAMES[c]}): {what}",
                               m.start(), m.end(), new)


_INVISIBLE = lazyre.compile("[\ufeff\u200b\u2060\u00ad\u180e]")
#: The bidirectional controls: the marks (LRM, RLM, ALM), the embeddings and
#: overrides (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI, RLI, FSI, PDI).
_BIDI = lazyre.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
#: A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko
#: and the others of U+0590-U+08FF; their presentation forms; the RTL
#: scripts of the supplementary planes).
_RTL = lazyre.compile("[\u0590-\u05ff\u0600-\u061b\u061d-\u08ff\ufb1d-\ufdff\ufe70-\ufefe"
                      "\U00010800-\U00010fff\U0001e800-\U0001efff]")


@register
class InvisibleCharacters(Rule):
    """Byte-order marks, zero-width spaces, soft hyphens and the bidi
    controls of left-to-right text are removed.

    ## What it does
    Removes U+FEFF (BOM), U+200B (zero-width space), U+2060 (word joiner),
    U+00AD (soft hyphen) and U+180E. Zero-width joiners, which some scripts
    and emoji need, are kept. Removes the bidirectional controls (the marks
    LRM, RLM and ALM, U+200E, U+200F, U+061C; the embeddings and overrides
    U+202A–U+202E; the isolates U+2066–U+2069) from a line (a paragraph)
    with no letter of a right-to-left script (Hebrew, Arabic…) in it: there
    they order nothing. In a line with one (an Arabic name in an English
    sentence, an Arabic or Hebrew paragraph) they are kept: they set the
    order its words are shown in.

    ## Why
    They split words invisibly, so ``Ky\u200biv`` no longer matches ``Kyiv``.
    """

    code, name, stage = "U003", "invisible-characters", "unicode"
    local = True
    example = ("\ufeffKy\u200biv \u202asaid\u202c\n", "Kyiv said\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if text.isascii():
            return
        for m in _INVISIBLE.finditer(text):
            yield self.finding(f"invisible character U+{ord(m.group()):04X}",
                               m.start(), m.end(), "")
        rtl: dict[int, bool] = {}  # per line (its start): whether it holds RTL letters
        for m in _BIDI.finditer(text):
            start = text.rfind("\n", 0, m.start()) + 1
            if start not in rtl:
                end = text.find("\n", m.start())
                rtl[start] = bool(_RTL.search(text, start, len(text) if end < 0 else end))
            if not rtl[start]:
                yield self.finding(f"bidirectional control U+{ord(m.group()):04X} in "
                                   "left-to-right text", m.start(), m.end(), "")


_ODD_SPACE = lazyre.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


@register
class UnusualSpaces(Rule):
    """Non-breaking and other unusual spaces become plain spaces.

    ## What it does
    Replaces U+00A0 (no-break space), the typographic spaces U+2000–U+200A,
    U+202F, U+205F and U+3000 by one ordinary space.

    ## Why
    The policy wants no non-breaking spaces; they also defeat word matching.
    """

    code, name, stage = "U004", "unusual-spaces", "unicode"
    local = True
    example = ("25\u00a0km north\n", "25 km north\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if text.isascii():
            return
        for m in _ODD_SPACE.finditer(text):
            yield self.finding("unusual space", m.start(), m.end(), " ")


@register
class UnicodeNormalization(Rule):
    """Text is put in Unicode normalisation form NFC.

    ## What it does
    Composes decomposed characters (``e`` + combining acute -> ``é``).

    ## Why
    The same word in two forms does not compare equal, search or count as one.
    """

    code, name, stage = "U005", "unicode-normalization", "unicode"
    local = True
    example = ("Pai\u0301s\n", "País\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if text.isascii() or unicodedata.is_normalized("NFC", text):
            return
        for start, end, line in iter_lines(text):
            if not unicodedata.is_normalized("NFC", line):
                yield self.finding("text not in NFC", start, end,
                                   unicodedata.normalize("NFC", line))


_CURLY = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
          "′": "'", "″": '"'}
_CURLY_RE = lazyre.compile("[" + "".join(_CURLY) + "]")


@opt_in
@register
class StraightenQuotes(Rule):
    """Curly quotes become straight ones (opt-in).

    ## What it does
    Replaces ‘ ’ “ ” and their variants with ' and ". Off by default: the
    policy keeps typography; select ``U006`` to turn it on.

    ## Why
    Some downstream tools want ASCII quotes.
    """

    code, name, stage = "U006", "curly-quotes", "unicode"
    local = True
    example = ("“Kyiv’s”\n", "\"Kyiv's\"\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if text.isascii():
            return
        for m in _CURLY_RE.finditer(text):
            yield self.finding("curly quote", m.start(), m.end(), _CURLY[m.group()])


_REPLACEMENT = "\ufffd"


def _words_around(line: str, at: int, reach: int = 24) -> str:
    """The whole words within ``reach`` characters either side of ``at``."""
    left, right = line[max(0, at - reach):at], line[at + 1:at + 1 + reach]
    if at > reach and " " in left:
        left = left.split(" ", 1)[1]
    if at + 1 + reach < len(line) and " " in right:
        right = right.rsplit(" ", 1)[0]
    return (left + line[at] + right).strip()


@register
class ReplacementCharacters(Rule):
    """Replacement characters (U+FFFD) left by a lossy decoding are reported.

    ## What it does
    Reports each paragraph that holds U+FFFD ``�``, with how many and the
    words around the first one: ``…we’ve ever made,� said…``. The
    characters stay.

    The message says where each came from: in the text as it came (a
    decoder upstream), or put there by cleaner itself, reading a file that
    is not valid UTF-8 there (``cleaner clean FILE``: the warning that
    names the file counts them, and the file still has the bytes).

    ## Why
    A decoder met bytes it could not read and put ``�`` in their
    place (mojibake repair, U001, turns what it cannot restore into one
    too): the original character is lost, and no rule can know what it was.
    Deleting it would hide the loss, so the user hears of it instead.
    """

    code, name, stage, fixable = "U007", "replacement-character", "report", False
    example = ("The mayor said: “We are ready,� and left.\n", "")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if _REPLACEMENT not in text:
            return
        for start, _end, line in iter_lines(text):
            n = line.count(_REPLACEMENT)
            if n:
                at = line.index(_REPLACEMENT)
                near = _words_around(line, at)
                what = "a replacement character" if n == 1 else f"{n} replacement characters"
                ours = _undecoded(line, start, ctx)
                if ctx.undecoded_unplaced:
                    why = ("some of the file's bytes were not valid UTF-8, and cleaner put "
                           "U+FFFD in their place when it read the file (the file still has "
                           "them); others came with the text (decoded upstream: that text is "
                           "lost); which are which, the text extracted from the page cannot "
                           "tell")
                elif not ours:
                    why = "text was lost when it was decoded upstream and cannot be restored"
                elif ours == n:
                    why = (f"{'it stands' if n == 1 else 'they stand'} for bytes of the file "
                           "that are not valid UTF-8, which cleaner could not decode when it "
                           "read the file; the file still has them: fix its encoding to keep "
                           "the text")
                else:
                    why = (f"{ours} of them {'stands' if ours == 1 else 'stand'} for bytes of the file that are not valid "
                           "UTF-8, which cleaner could not decode when it read the file (the "
                           f"file still has them); {n - ours} came with the text: text was "
                           "lost when it was decoded upstream and cannot be restored")
                yield self.finding(f"{what} (U+FFFD) in the paragraph, the first in '{near}': "
                                   + why, start + at, start + at + 1)


def _undecoded(line: str, start: int, ctx: Context) -> int:
    """How many of the U+FFFD of ``line`` (at ``start`` in the text) reading
    the file put there (Context.undecoded_at), not the text."""
    if not ctx.undecoded_at:
        return 0
    to_input = ctx.to_input or (lambda pos: pos)
    n = 0
    at = line.find(_REPLACEMENT)
    while at >= 0:
        n += to_input(start + at) in ctx.undecoded_at
        at = line.find(_REPLACEMENT, at + 1)
    return n
