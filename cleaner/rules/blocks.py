"""B1: general boilerplate heuristics over the blocks (lines) of a page.

The heuristics themselves live in :mod:`cleaner.blocks` (pure functions over a
list of blocks, with their published sources and thresholds); this module
makes each of them a rule with its code. They decide together, on the same
text — jusText's context revision and the article segment need every block's
class — so the first of them that is enabled classifies the blocks once and
reports every removal under the code of the heuristic that made it; the
others have nothing left to do.
"""
from __future__ import annotations

import functools
import itertools
import re
from typing import Callable, Iterable

from .. import blocks, lazyre, structure
from ..model import Context, Finding, Rule
from . import boilerplate, register
from .boilerplate import matched_lines


#: Share of a document's lines that are sentences above which it is taken to
#: be an article already (the seeds: 0.65-0.92; naive page dumps: mostly
#: under 0.3).
ARTICLE_SENTENCE_SHARE = 0.4
#: Characters of sentences before a comment section's heading (or a thread
#: of comments without one) for it to end the article.
COMMENTS_AFTER_CHARS = blocks.COMMENTS_AFTER_CHARS
_SENTENCE_END = lazyre.compile(r"[.!?…][\"'”’»)\]]*$")


_CLOSING_MARKS = "\"'”’»)]"


@structure.per_document
def _is_sentence(s: str) -> bool:
    """Two words or more ending in sentence punctuation ("Nobody knows.")."""
    return _ends_as_sentence(s) and structure.word_count(s) >= 2


def _ends_as_sentence(s: str) -> bool:
    """Whether ``_SENTENCE_END`` is found in ``s``, read from the end of the
    line (the pattern is tried at every position of it): its last character
    before the closing marks (and a newline that ends it) is a sentence's
    end. (The slow reference path, ``structure.FAST`` off, asks the
    pattern.)"""
    if not structure.FAST:
        return bool(_SENTENCE_END.search(s))
    return (s[:-1] if s.endswith("\n") else s).rstrip(_CLOSING_MARKS)[-1:] in (".", "!", "?", "…")


@functools.lru_cache(maxsize=16)
def _enabled_blocks(enabled: frozenset[str]) -> tuple[str, ...]:
    """The block heuristics switched on, in code order."""
    return tuple(sorted(c for c in enabled if c in blocks.ALL_CODES))


def _near_teasers(ls: list, sandwiched: list[bool], ctx) -> bool:
    """Whether a run of known boilerplate between paragraphs may be, or
    stand over, a part of a teaser (a headline, a line of metadata: see
    ``blocks.teaser_parts``; a headline and its summary on one line, see
    ``blocks.glued_teasers``): its lines and the line under it. (Most runs
    are an advert's label or a share bar over the prose.)"""
    near = [x.text for x in ls if sandwiched[x.index]
            or (x.index > 0 and sandwiched[x.index - 1])]
    return any(p in ("H", "Q", "M") for p in blocks.teaser_parts(near, ctx.language)) \
        or any(blocks.glued_teasers(near, ctx.language))


def _sandwiched(ls: list, known: list[bool], labels: set[int] = frozenset()) -> list[bool]:
    """For each line, whether it is known boilerplate and its run of known
    boilerplate has a paragraph of prose right before and right after it
    (``labels``: the lines of teasers' labels, see :func:`_sandwiched_run`).
    (Answered once a run: asked line by line, each line of a long run read
    the whole run, quadratic time on a page of thousands of short lines.)"""
    out = [False] * len(ls)
    i = 0
    while i < len(ls):
        if not known[i]:
            i += 1
            continue
        after = i
        while after < len(ls) and known[after]:
            after += 1
        if _sandwiched_run(i - 1, after, ls, known,
                           bool(labels) and any(k in labels for k in range(i, after))):
            out[i:after] = [True] * (after - i)
        i = after
    return out


def _sandwiched_run(before: int, after: int, ls: list, known: list[bool],
                    labelled: bool = False) -> bool:
    """Whether the run of known boilerplate between lines ``before`` and
    ``after`` is a hole in the article: the article goes on at both ends.
    Before it, a paragraph of prose, or the last item of a list of data
    that the prose announces (see :func:`_announced_before`: "Tour dates:"
    over "3 August – Lisbon", then an inline teaser, then the prose). After
    it, a paragraph of prose, a list of data announced over the prose that
    goes on (:func:`_announced_after`), or a crosshead over the prose.
    (Under a teaser's label in the run, ``labelled``, a line that is no
    sentence and announces no list of data is another link of its list,
    not a crosshead over the prose.)"""
    if before < 0 or after >= len(ls):
        return False
    if not (_is_sentence(ls[before].text) or _announced_before(before, ls, known)):
        return False
    if _is_sentence(ls[after].text):
        return True
    # a list of data the article announces, its clause or label ending in
    # a colon ("What families will get:"), then its short items, then the
    # prose: a related-stories box between two paragraphs is a hole in the
    # article, not its end
    if _announced_after(after, ls, known):
        return True
    if labelled or blocks.is_list_item(ls[after].text):
        return False  # a list under a label of the page ("Most popular", "1. …")
    # a crosshead may follow the run before the prose goes on; so may the
    # head of a liveblog's next entry, its time and its title ("14:52", then
    # "Power restored to most homes"): a share bar between two entries is
    # inside the article, not its end
    heads = 2 if blocks.is_clock_time(ls[after].text) else 1
    nxt = after
    for _ in range(heads):
        nxt += 1
        while nxt < len(ls) and known[nxt]:
            nxt += 1
    return nxt < len(ls) and _is_sentence(ls[nxt].text)


#: The items of a list announced next to a box of the page's are at most
#: so many, each of at most so many characters (jusText's long block).
ANNOUNCED_ITEMS = 30
ANNOUNCED_ITEM_CHARS = 200


def _data_item(k: int, ls: list, known: list[bool]) -> bool | None:
    """Whether line ``k`` is an item of a list of data (see
    :func:`_announced_after`); None when it is no short line of a list at
    all (a sentence, a line a phrase list knows, a long block)."""
    s = ls[k].text
    if known[k] or len(s) > ANNOUNCED_ITEM_CHARS or _is_sentence(s):
        return None
    return bool(blocks.is_list_item(s) or structure.DIGIT.search(s) or s.endswith((",", ";")))


def _announces(k: int, ls: list, known: list[bool]) -> bool:
    """Whether line ``k`` is a clause or label that announces a list with
    its colon ("What families will get:"; no sentence, no line a phrase
    list knows)."""
    return not known[k] and ls[k].text.endswith(":") and not _is_sentence(ls[k].text)


def _announced_after(after: int, ls: list, known: list[bool]) -> bool:
    """Whether line ``after`` announces a list with a colon ("What
    families will get:"; no sentence, no line a phrase list knows) and a
    paragraph of prose follows the list: at most ``ANNOUNCED_ITEMS`` short
    lines that are no sentences, that no phrase list knows, and that are
    items of data, not the headlines of links ("Readers also liked:" over
    headlines is another box): each bulleted or enumerated, or holding a
    figure ("Family bonus: 300 euros"), or ending in a comma or a
    semicolon."""
    if not _announces(after, ls, known):
        return False
    nxt = after + 1
    while nxt < len(ls) and nxt - after <= ANNOUNCED_ITEMS:
        item = _data_item(nxt, ls, known)
        if item is None:
            break
        if not item:
            return False
        nxt += 1
    return nxt > after + 1 and nxt < len(ls) and not known[nxt] and _is_sentence(ls[nxt].text)


def _announced_before(before: int, ls: list, known: list[bool]) -> bool:
    """Whether line ``before`` is the last item of a list of data (the
    items of :func:`_announced_after`, at most ``ANNOUNCED_ITEMS``) that a
    clause or label with a colon announces right under a paragraph of
    prose ("Tour dates:" over "3 August – Lisbon (Arena)"…): the mirror of
    :func:`_announced_after`, for a box of the page's right under the
    list. Headlines of links under a label ("Most read:") are no data."""
    k = before
    while k >= 0 and before - k < ANNOUNCED_ITEMS and not _announces(k, ls, known):
        item = _data_item(k, ls, known)
        if item is None:
            break
        if not item:
            return False
        k -= 1
    return k < before and k >= 1 and _announces(k, ls, known) and not known[k - 1] \
        and _is_sentence(ls[k - 1].text)


#: The first sentence under an advert's slot stands under so many lines
#: that are no sentence at most (a crosshead, a picture's caption and its
#: credit; a teaser's headline and its time), for the article to go on
#: there (see ``_ad_slots``).
AD_SLOT_OVER_LINES = 2


def _ad_slots(ls: list, known: list[bool], slots: set[int], ctx,
              head: Callable[[], int]) -> tuple[set[int], set[int]]:
    """How the article's run treats each run of known boilerplate that
    holds an advert's slot (one of ``slots``, see
    ``boilerplate.ad_marker``: "Advertisement", "ADVERT", "Story continues
    below advertisement"): the lines of those that are no hole in the
    article, and those of them that end it. An advert's slot stands
    between the article's paragraphs and after its last one, where
    teasers follow (a headline over the summary of another story), a
    promotion, a button. So it is a hole in the article (left out of the
    blocks the heuristics judge, as other known boilerplate between two
    paragraphs is) only where the article stands on both sides of it: a
    paragraph of prose right over it, and the article going on under it
    (:func:`_goes_on_under`, or a list the prose announces,
    :func:`_announced_after`). Right under a paragraph of prose, where the
    article does not go on, it ends the article's run
    (``classify_blocks``' ``ends``): as a gap that costs no more than a
    short line, it would let the run take in what follows. Elsewhere (under
    a line that is no paragraph: a menu, a short notice) it is a gap, as
    the page's chrome is."""
    n = len(ls)
    sw = blocks.stopwords_for(ctx.language)
    gaps: set[int] = set()
    ends: set[int] = set()
    told: set[str] | None = None
    read = 0  # (the lines read into ``told`` so far)
    after = 0  # (the end of the last run of known boilerplate read)
    # the names of the article's sentences over the slot at hand (see
    # _carries_on), read on from where the last slot's reading stopped,
    # and only when a slot asks for them (few do)
    names: set[str] = set()
    named = [0]  # (the lines read into ``names`` so far)
    # where each line's text stands last on the page (see
    # _teaser_under_slot), read once, and only when a slot asks for it
    copies: dict[str, int] = {}

    def last_copies() -> dict[str, int]:
        if not copies:
            copies.update((x.text, k) for k, x in enumerate(ls))
        return copies

    def names_over(stop: int) -> set[str]:
        for k in range(named[0], stop):
            if not known[k] and _is_sentence(ls[k].text):
                names.update(_names(ls[k].text, sw))
        named[0] = max(named[0], stop)
        return names

    for m in sorted(slots):
        if m < after:
            continue  # (a slot of the run just read)
        i, after = m, m + 1
        while i > 0 and known[i - 1]:
            i -= 1
        while after < n and known[after]:
            after += 1
        run = range(i, after)
        if i == 0 or not structure.is_body_paragraph(ls[i - 1].text):
            gaps.update(run)
            continue
        if after < n and _announced_after(after, ls, known):
            continue
        if told is None:
            h = head()
            headline = blocks.content_stems(ls[h].text, sw) if h >= 0 else set()
            told = set(headline)
            live = h >= 0 and blocks.is_live_headline(ls[h].text)
        for k in range(read, i):
            if not known[k] and _is_sentence(ls[k].text):
                told |= blocks.content_stems(ls[k].text, sw)
        read = max(read, i)
        if not _goes_on_under(after, ls, known, told, sw, headline,
                              functools.partial(names_over, i),
                              functools.partial(_teaser_under_slot, ls=ls, lang=ctx.language,
                                                live=live, last=last_copies)):
            gaps.update(run)
            ends.update(run)
    return gaps, ends


def _goes_on_under(after: int, ls: list, known: list[bool], told: set[str],
                   sw: frozenset[str], near: set[str],
                   names: Callable[[], set[str]] = set,
                   teaser: Callable[..., bool] = lambda k, proven=False: False) -> bool:
    """Whether the article goes on from line ``after`` on, under an
    advert's slot (known boilerplate skipped), its text so far having the
    content stems ``told``: the first sentence, right under the slot or
    under ``AD_SLOT_OVER_LINES`` lines that are no sentence and hold no
    link at most (a crosshead, a caption; a teaser's headline; a button's
    line with its address is the page's), goes on with the article rather
    than with those lines (``blocks.goes_on``: it
    shares two content words with the headline and the sentences over the
    slot, or one of the headline's, ``near``, and no fewer than with those
    lines; a teaser's summary
    speaks of its own headline or of another story, a promotion of the
    outlet's, "Unlimited access for $1 a week", shares a common word at
    most). A paragraph right under the slot that shares none goes on too
    when it reports a quotation (:func:`_reports_a_quotation`: a new turn
    of the story in a witness's words); one that shares a common word only
    goes on when it carries on the story's people and places
    (:func:`_carries_on`: a name the article's sentences over the slot
    give, ``names``, or a pronoun that opens it, "He said …"), unless it
    reads as a teaser (``teaser``, :func:`_teaser_under_slot`: a trailer
    under it, its copy further down the page, Title Case); or when the
    paragraph of prose under it goes on with the article (a short aside of
    the story's that happens to name none of its words, then the story
    again). A sentence under a line that is no sentence (a teaser's
    headline over its summary) with a teaser's trailer under it is no
    article going on either, whatever words it shares."""
    over: set[str] = set()
    lines = 0
    for k in range(after, len(ls)):
        if known[k]:
            continue
        t = ls[k].text
        if _is_sentence(t):
            if blocks.goes_on(blocks.content_stems(t, sw), over, told, near):
                return not teaser(k, proven=not lines)
            if lines or not structure.is_body_paragraph(t):
                return False
            if _reports_a_quotation(t):
                return True
            if _carries_on(t, told, sw, names) and not teaser(k):
                return True
            nxt = next((m for m in range(k + 1, len(ls)) if not known[m]), None)
            return nxt is not None and structure.is_body_paragraph(ls[nxt].text) \
                and blocks.goes_on(blocks.content_stems(ls[nxt].text, sw), set(), told, near)
        lines += 1
        if lines > AD_SLOT_OVER_LINES or blocks.holds_link(t):
            return False
        over |= blocks.content_stems(t, sw)
    return False


#: A name in a sentence: a capitalised word of four letters or more that
#: opens no sentence, no clause after a colon and no quotation ("… said Ms
#: Okafor", "… the Harlow depot").
_NAME_RE = lazyre.compile(r"(?<=[\w,)’'] )[A-Z][a-z]{3,}(?:[-’'][A-Za-z]+)*")
#: Capitalised words that name no one and nowhere in particular.
_NO_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday january february "
                      "march april june july august september october november december".split())
#: A paragraph that opens on someone the story told of, whose words it
#: reports: "He said …", "She later told …", "Their lawyer added …" (not
#: "It", "You", "We": a promotion's; the verb among the next words).
_PRONOUN_OPENING = lazyre.compile(r"(?:He|She|They|His|Her|Their)\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)")


def _names(t: str, sw: frozenset[str]) -> set[str]:
    """The names of :data:`_NAME_RE` in ``t``, no stop word, weekday or month."""
    return {w for w in _NAME_RE.findall(t)
            if w.lower() not in sw and w.lower() not in _NO_NAMES}


def _carries_on(t: str, told: set[str], sw: frozenset[str],
                names: Callable[[], set[str]]) -> bool:
    """Whether paragraph ``t``, right under an advert's slot and sharing
    too few words with the article to go on by them alone, carries on the
    story: it shares a content word with it (``told``) and speaks to no
    reader and for no site (``boilerplate._NOTICE_VOICE``: a promotion's
    "you", "our"), and it names someone or somewhere the article's
    sentences over the slot named (``names()``, :func:`_names`: not the
    headline's words, all capitalised in title case; its own first word
    too, "Okafor said …"),
    or opens with a pronoun for someone the story told of whose words it
    reports ("He said the appeal would go ahead.", "Her lawyer added …";
    not "He was last seen …", a teaser's summary's opening as much as the
    story's). A teaser's summary without its headline names the people of
    its own story; a promotion names the outlet's offers."""
    if not blocks.content_stems(t, sw) & told or boilerplate._NOTICE_VOICE.search(t):
        return False
    m = _PRONOUN_OPENING.match(t)
    if m and not boilerplate._reporting_words().isdisjoint(m.group(1).lower().split()):
        return True
    own = _names(t, sw)
    first = structure.WORD.match(t)
    if first and first.group()[:1].isupper() and first.group().lower() not in sw:
        own.add(first.group())
    return bool(own) and not own.isdisjoint(names())


#: A teaser's call to read its story, alone on the line under its summary
#: ("Read more", "Read the full story »", "Full story →"; not "Continue
#: reading", an advert's slot's words as much).
_READ_MORE_RE = lazyre.compile(
    r"(?i:read\s+more|read\s+the\s+(?:full\s+)?(?:story|article)|full\s+(?:story|article))"
    r"[\s.…:»›>→]*")
#: A paragraph in Title Case holds so many words of four letters or more
#: at least, each capitalised ("Union Leader Named As Candidate For …").
_TITLE_CASE_WORDS = 4


def _teaser_under_slot(k: int, ls: list, lang: str | None, live: bool,
                       last: Callable[[], dict[str, int]], proven: bool = False) -> bool:
    """Whether the sentence on line ``k``, the first under an advert's slot,
    reads as another story's teaser rather than as the article going on:
    written in Title Case as a headline ("Union Leader Named As Candidate
    For National Post."; not a list of names, "Hale, Ruiz; Park, Ng…"), or with a teaser's trailer right under it
    (:func:`_teaser_trailer`: "2 days ago", "By Tom Hale", "Read more"), or
    the same line again further down the page (a list of the most read
    repeats it; ``last()``: where each line's text stands last). A
    paragraph of the article has its full stop and no trailer; its
    pronouns and its quotations go on from what is over it.
    When its words already prove it the article's (``proven``: it shares
    two of them), one trailer is no proof (the author's box or the date
    of the page may follow the article's last paragraph), nor is its copy
    (a page dumped twice): only a run of teasers is, the trailer of the
    next one too, after its headline or its summary
    (``AD_SLOT_OVER_LINES`` lines at most)."""
    t = ls[k].text
    words = [w for w in structure.WORD.findall(t) if len(w) >= 4 and w[0].isalpha()]
    if len(words) >= _TITLE_CASE_WORDS and all(w[:1].isupper() for w in words) \
            and 2 * sum(w.isupper() for w in words) < len(words) \
            and t.count(",") + t.count(";") <= 1:
        # (a list of names, a team's line-up, is no headline; nor is a
        # paragraph in capitals, "WHITCOMBE SAID THE UNION …", Title Case)
        return True
    # (how long ago over the sentence: a liveblog's entries, each under its
    # time, the next one's under this one)
    live = live or k > 0 and blocks.teaser_parts([ls[k - 1].text], lang)[0] == "M"
    if not _teaser_trailer(k + 1, ls, lang, live):
        return not proven and last().get(t, k) > k
    return not proven or any(_teaser_trailer(m, ls, lang, live)
                             for m in range(k + 3, min(len(ls), k + 3 + AD_SLOT_OVER_LINES)))


def _teaser_trailer(m: int, ls: list, lang: str | None, live: bool) -> bool:
    """Whether line ``m`` of the page (known boilerplate or not) is the
    trailer under a teaser's summary: a line of its metadata (see
    ``blocks.teaser_parts``: a byline, "By Tom Hale", a date, how long ago
    or how long to read, "2 days ago", "4 min read") or a call to read the
    story ("Read more", "Full story »"); not a time of day alone, nor how
    long ago on a liveblog (``live``: its headline says so, or how long
    ago stands over the first sentence under the slot; the time is the
    next entry's)."""
    if m >= len(ls):
        return False
    under = ls[m].text.strip()
    if _READ_MORE_RE.fullmatch(under):
        return True
    if blocks.teaser_parts([under], lang)[0] != "M" or blocks.is_clock_time(under):
        return False
    return not (live and ("ago" in under.lower() or "just now" in under.lower()))


def _reports_a_quotation(t: str) -> bool:
    """Whether paragraph ``t`` reports a quotation: one or more, and words
    of its own around them ("… ,” said one of the oldest members.") that
    speak to no reader and for no site (see ``boilerplate._NOTICE_VOICE``:
    a promotion's "you", "our")."""
    spans = structure.quotations(t)
    if not spans:
        return False
    pos, rest = 0, []
    for a, b in spans:
        rest.append(t[pos:a])
        pos = b
    rest.append(t[pos:])
    rest_text = " ".join(rest)
    return len(rest_text.split()) >= 3 and boilerplate._NOTICE_VOICE.search(rest_text) is None


#: What marks a line as code: brackets, an operator, a comment's hash, a
#: name with a dot or an underscore inside it ("log.info", "user_id").
_CODE_MARK_RE = lazyre.compile(r"[(){}\[\]=;<>#]|\w[._]\w")
#: An indented code block is indented by this many spaces (or a tab).
CODE_INDENT = 4


def _indent(text: str, line) -> str:
    return text[text.rfind("\n", 0, line.start) + 1:line.start]


#: A line indented as a code block's lines are (see :func:`code_lines`),
#: after the newline before it: searched in the text after a newline, so
#: that its first line has one too. (``^`` with ``re.MULTILINE`` is tried
#: at every position of the text; a newline first lets the search skip to
#: each newline: a quarter of the time.)
_INDENTED_LINE = lazyre.compile(r"\n(?:[^\S\n]*\t|[^\S\n]{%d})" % CODE_INDENT)


def code_lines(text: str, ls: list) -> set[int]:
    """The lines of the code blocks the text marks as code: a fenced block
    (its fences and the lines between them; an unclosed fence marks
    nothing), and a block indented by ``CODE_INDENT`` spaces or a tab under
    a line that is not, none of whose lines is a sentence or a list item
    and half of whose lines hold a mark of code (brackets, an operator, a
    hash, a dotted name: "log.info(msg)"; verse indented under the prose
    that quotes it holds none)."""
    out: set[int] = set()
    if "```" in text or "~~~" in text:
        for k0, k1 in structure.fenced_blocks(ls):
            out.update(range(k0, k1 + 1))
    if not _INDENTED_LINE.search("\n" + text):
        return out  # (most texts: no line indented so)
    k = 1
    while k < len(ls):
        ind = _indent(text, ls[k])
        if not (len(ind) >= CODE_INDENT or "\t" in ind) or k in out \
                or len(_indent(text, ls[k - 1]).expandtabs(CODE_INDENT)) >= CODE_INDENT:
            k += 1
            continue
        m = k
        while m < len(ls) and m not in out and len(_indent(text, ls[m]).expandtabs(CODE_INDENT)) >= CODE_INDENT:
            m += 1
        run = [ls[q].text for q in range(k, m)]
        if not any(_SENTENCE_END.search(t) or blocks.is_list_item(t) for t in run) \
                and 2 * sum(1 for t in run if _CODE_MARK_RE.search(t)) >= len(run):
            out.update(range(k, m))
        k = m
    return out


#: A question that is the headline of a link has at most so many words.
LINK_QUESTION_MAX_WORDS = 14


def _linked(i: int, ls: list, verdicts: dict, known: list[bool]) -> bool:
    """Whether line ``i``, a sentence outside the article, is a link of a
    list there, no sentence of the article's: an item of a list ("2. Is it
    worth …?"), or a headline's question ("What is a yellow warning?")
    right under another link that goes as outside the article."""
    s = ls[i].text
    if blocks.is_list_item(s):
        return True
    prev = verdicts.get(i - 1)
    return (s.endswith("?") and structure.word_count(s) <= LINK_QUESTION_MAX_WORDS
            and not _INNER_END.search(s) and i > 0 and not known[i - 1]
            and prev is not None and prev.code == "B105" and not _is_sentence(ls[i - 1].text))


#: What follows an outlet's name in what it says of itself in its footer
#: ("The Harbour Gazette is where …", "… brings you …").
_SELF_VERBS = frozenset(("is", "was", "has", "brings", "delivers", "provides", "offers", "covers",
                         "publishes", "reaches"))


def _outlets(ctx) -> tuple[str, ...]:
    """The names of the outlet the page is from (metadata ``source``, from
    the headline's site name or a header), case folded."""
    source = ctx.metadata.get("source")
    if not isinstance(source, str):
        return ()
    return tuple(x.strip().casefold() for x in source.split(";") if x.strip())


def _self_description(s: str, outlets: tuple[str, ...]) -> bool:
    """Whether line ``s`` is what an outlet says of itself: it opens with
    one of ``outlets`` (maybe after "The"), then a verb of being or of what
    it does ("The Harbour Gazette is where tomorrow's news is told.")."""
    if not outlets:
        return False
    folded = s.casefold()
    if folded.startswith("the ") and not any(o.startswith("the ") for o in outlets):
        folded = folded[4:]
    for o in outlets:
        if folded.startswith(o) and folded[len(o):len(o) + 1] == " " \
                and folded[len(o) + 1:].split(" ", 1)[0] in _SELF_VERBS:
            return True
    return False


#: A sentence's end inside a line.
_INNER_END = lazyre.compile(r"[.!?…][\"'”’)]*\s+\S")


def _standfirst(ls: list, known: list[bool]) -> int | None:
    """The line of the standfirst, if there is one: the line right after
    the headline (the first line no phrase-list rule knows), right before
    the body's first paragraph, that B006 reads as one (longer than the
    headline, sentence case, one run of words: "Pioneering chemist who
    mapped the reefs of the south", under seventy characters, would go as
    a short line without a good neighbour before it), and that says more
    than the headline: half as many words again (a teaser's headline left
    under the headline once the menus around it are gone is about as long
    as the headline)."""
    order = [i for i in range(len(ls)) if not known[i]][:3]
    if len(order) < 3:
        return None
    head, sf, body = order
    if sf != head + 1 or body != sf + 1 or not structure.is_body_paragraph(ls[body].text):
        return None
    n_head = structure.word_count(ls[head].text)
    if 2 * structure.word_count(ls[sf].text) < 3 * n_head:
        return None
    return sf if boilerplate._standfirst(ls[sf].text, n_head) else None


#: A crosshead has at most so many words (a Title Case one, "Rising
#: Costs Hit Families", up to six, ``blocks.TITLE_CROSSHEAD_RE``).
CROSSHEAD_MAX_WORDS = 8


def _crosshead_style(s: str) -> str | None:
    """How ``s`` is written if it reads as a crosshead (a short line, no
    sentence): ``title`` (``blocks.TITLE_CROSSHEAD_RE``, "Rising Costs Hit
    Families"), ``sentence`` ("Rising costs hit families") or ``caps``
    ("RISING COSTS"); None if it is none of them."""
    if structure.word_count(s) > CROSSHEAD_MAX_WORDS or structure.ends_like_sentence(s):
        return None
    if s.isupper() and _CAPS_CROSSHEAD.fullmatch(s):
        return "caps"
    if blocks.TITLE_CROSSHEAD_RE.fullmatch(s):
        return "title"
    if blocks._SENTENCE_CASE_RE.fullmatch(s):
        return "sentence"
    return None


#: A crosshead in capitals: words and spaces ("AUSTRALIA AHEAD").
_CAPS_CROSSHEAD = lazyre.compile(r"[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){1,7}")


def _between_prose(i: int, ls: list, known: list[bool], drop: dict, sentences: list[bool]) -> bool:
    """Whether line ``i`` stands right under a paragraph of prose and over
    a sentence, both kept (a line a phrase-list rule knows between them
    aside)."""
    before, after = _unknown_neighbour(i, -1, known), _unknown_neighbour(i, 1, known)
    return (before is not None and after is not None and before not in drop
            and after not in drop and structure.is_body_paragraph(ls[before].text)
            and sentences[after])


def _unknown_neighbour(i: int, step: int, known: list[bool]) -> int | None:
    """The nearest line before (``step`` -1) or after (1) line ``i`` that no
    phrase-list rule knows (an advert's label between them aside)."""
    j = i + step
    while 0 <= j < len(known) and known[j]:
        j += step
    return j if 0 <= j < len(known) else None


#: The first words of a how-to's step, capitalised (see
#: ``boilerplate._STEP_ACTION``; "Enter your email address and tap …").
_STEP_OPENERS = tuple(w + " " for w in (
    "Enter Type Create Register Sign Log Accept Confirm Verify Open Tap Click Press Select "
    "Choose Pick Go Head Follow Download Install Scroll Add Copy Paste Turn Switch Fill Wait "
    "Check").split())
#: The first words of a call to download an app that B009 leaves to the
#: lines around it (``boilerplate.deferred_app_call``).
_APP_OPENERS = boilerplate.APP_OPENERS
#: The first words of a line that the blocks stage reads as a step.
_ANY_STEP_OPENERS = _STEP_OPENERS + tuple(w for w in _APP_OPENERS if w not in _STEP_OPENERS)
#: A word, to compare an app's name with the article's words.
_WORD = lazyre.compile(r"\w+")
#: The calls whose app's name is looked for in the article's paragraphs,
#: a document, at most (see ``_notice_steps``).
NAMED_APP_CALLS = 4
#: A call to get a news outlet's app: it offers news ("… for breaking news
#: and alerts"), or the app's name is a news outlet's ("the Harbour Times
#: app", "the City Radio app"): the outlet's promo, whatever its prose
#: names (a story says "told Harbour Times" as often as a review names its
#: product).
_OUTLET_APP = lazyre.compile(
    r"(?i:\bnews\b|\bheadlines\b|\bbreaking\b|\bjournalism\b)"
    r"|\b(?:Times|Post|Journal|Herald|Gazette|Daily|Tribune|Telegraph|Chronicle|Observer|"
    r"Express|Mirror|Courier|Examiner|Inquirer|Dispatch|Bulletin|Standard|Independent|Radio|"
    r"TV|Magazine|Media|Press|Weekly)\b")
#: A name in the article's prose as its source or its addressee, not its
#: subject: "told Acme", "a statement to Acme", "according to Acme" before
#: it, "Acme reported", "Acme has learned" after it: a news outlet's name,
#: as the story names the outlet that reports it.
_NAMED_AS_OUTLET_BEFORE = lazyre.compile(
    r"(?:\btold|\bto|\baccording\s+to|\bspeaking\s+to|\bspoke\s+to|\bshared\s+with|"
    r"\binterview\s+with|\bseen\s+by|\bobtained\s+by|\breported\s+by)\s+(?:the\s+)?$")
_NAMED_AS_OUTLET_AFTER = lazyre.compile(
    r"(?:’s?|'s?)?\s+(?:has\s+|had\s+|previously\s+)?(?:reported|revealed|learned|learnt|"
    r"understands|obtained|contacted|reached|asked|confirmed\s+that)\b")
#: What the change says of such a call that stands in no how-to's steps.
APP_CALL_REASON = "call to download an app, in no how-to's steps"
#: A line that opens so, after the newline before it: searched in the text
#: after a newline, so that its first line has one too (the newline first
#: lets the search skip from newline to newline).
_STEP_LINE = lazyre.compile(r"\n(?:%s)" % "|".join(_ANY_STEP_OPENERS))
#: A page or a part of one that is a how-to: its headline or the heading
#: over its steps says so ("How to share your plan", "Step by step",
#: "Steps", "Here's how", "What to do").
_HOWTO_RE = lazyre.compile(
    r"\b(?i:how\s+to|how\s+do\s+(?:i|you|we)|step[- ]by[- ]step|here[’']?s\s+how"
    r"|here\s+is\s+how|what\s+to\s+do|instructions)\b|^(?i:steps?)\b")
#: A run of steps between two paragraphs holds so many lines at least, to
#: be a how-to's without a heading over it...
HOWTO_RUN_LINES = 3
#: ... and so many at most are read, up and down from a step.
HOWTO_MAX_LINES = 30


def _notice_steps(text: str, ls: list, known: list[bool], drop: dict, head: int,
                  ctx) -> tuple[dict[int, blocks.BlockVerdict], list[int]]:
    """The lines shaped as a how-to's step (``boilerplate.step_shaped``:
    "Enter your email address and tap Continue.", "Sign in to your account
    and open Settings") whose verdict the lines around them give: those
    that B008 left to them (``boilerplate.deferred_step``: a consent
    phrase in them) and that stand in no how-to, a sign-up box's lines,
    removed (B102); and those that C4's policy and account cues condemn
    (B102) and that stand in a how-to, between lines that stay, kept (a
    footer's "Sign in to your account and manage your alerts" on a how-to
    page still goes). A step is a how-to's on a page
    whose headline says it is one ("How to …"), or in a run of steps
    (lines that open with an action, numbered or bulleted items) under a
    heading that says so ("How to switch it on", "Steps", "Here's how") or
    under a clause that announces them with a colon ("Here is what to
    do:"), or in a run of ``HOWTO_RUN_LINES`` steps or more between two
    paragraphs of prose. The line over the run is read as it is: a line a
    phrase list knows ("Get our newsletter:") heads a box of the page's."""
    if not _STEP_LINE.search("\n" + text):
        return {}, []  # (most texts: no line opens with an action)
    out: dict[int, blocks.BlockVerdict] = {}
    keep: list[int] = []
    howto = head >= 0 and _HOWTO_RE.search(ls[head].text) is not None

    def step(k: int) -> bool:
        return not known[k] and (ls[k].text.startswith(_STEP_OPENERS)
                                 or blocks.is_list_item(ls[k].text) or app_call(k))

    def app_call(k: int) -> bool:
        # (a call to download an app that B009 left to the lines around it;
        # "Get the app …" is one, "Get the Streamline newsletter" no step)
        return b009 and ls[k].text.startswith(_APP_OPENERS) \
            and boilerplate.deferred_app_call(ls[k].text, ctx)

    def run_of(i: int) -> tuple[int, int]:
        # (the run of steps that holds line i: its first and last lines)
        top = i
        while top > 0 and i - top < HOWTO_MAX_LINES and step(top - 1):
            top -= 1
        bottom = i
        while bottom + 1 < len(ls) and bottom - i < HOWTO_MAX_LINES and step(bottom + 1):
            bottom += 1
        return top, bottom

    def in_howto(top: int, bottom: int) -> bool:
        over = top - 1
        if over >= 0 and (
                (known[over] and boilerplate.ConsentBlurb().match(ls[over], ls, ctx))
                or (over in drop and drop[over].code == "B102"
                    and drop[over].reason.startswith(blocks._CUES_REASON))):
            # (a box of the page's pitch over the run, "Get our newsletter",
            # "Sign up for our newsletter", which C4's cues or B008 condemn:
            # a sign-up box's lines, on a how-to's page too)
            return False
        if howto:
            return True
        if over < 0:
            return False
        if not known[over] and (ls[over].text.rstrip().endswith(":") or (
                not structure.is_body_paragraph(ls[over].text)
                and _HOWTO_RE.search(ls[over].text) is not None)):
            return True
        return bottom - top + 1 >= HOWTO_RUN_LINES and structure.is_body_paragraph(ls[over].text) \
            and bottom + 1 < len(ls) and structure.is_body_paragraph(ls[bottom + 1].text)

    def kept(ks: Iterable[int]) -> bool:
        return any(0 <= k < len(ls) and not known[k] and k not in drop for k in ks)

    def inside(top: int, bottom: int) -> bool:
        # (a line that stays right over the run, or over its heading, and
        # one right under it: the run is the article's, not a footer's)
        return kept((top - 1, top - 2)) and kept((bottom + 1,))

    # (the words of the article's paragraphs that stay, once a call names an
    # app: a name is looked for among them only when its words are all
    # there, and in so many calls at most a document, so that a page of
    # calls stays linear)
    pool: list = []

    def named_here(i: int) -> bool:
        # (the app the call names, named in a paragraph of the article that
        # stays: a product's app in a review's flow, "Download the Acme app
        # on your phone." beside "The Acme Buds 3 are …"; the outlet's app,
        # "Download the Streamline app", is named in none)
        name = boilerplate.app_name(ls[i].text)
        if name is None or _OUTLET_APP.search(ls[i].text):
            return False
        if not pool:
            paras = [k for k in range(len(ls)) if not known[k] and k not in drop
                     and not ls[k].text.startswith(_APP_OPENERS)
                     and structure.is_body_paragraph(ls[k].text)]
            pool[:] = [paras, {w for k in paras for w in _WORD.findall(ls[k].text)}, 0]
        paras, words, asked = pool
        if asked >= NAMED_APP_CALLS or not all(w in words for w in _WORD.findall(name)):
            return False
        pool[2] += 1
        named = re.compile(r"(?<![\w’'])%s(?![\w’'])" % re.escape(name))
        # (named as the article's subject at least once: not only as the
        # outlet a story was told to, "told Acme", "Acme reported"; read in
        # the few words before it, so a long paragraph of mentions stays
        # linear)
        return any(not _NAMED_AS_OUTLET_BEFORE.search(ls[k].text, max(0, m.start() - 40),
                                                      m.start())
                   and not _NAMED_AS_OUTLET_AFTER.match(ls[k].text, m.end())
                   for k in paras for m in named.finditer(ls[k].text))

    b008, b009 = "B008" in ctx.enabled, "B009" in ctx.enabled
    for i in range(len(ls)):
        if known[i] or not ls[i].text.startswith(_ANY_STEP_OPENERS):
            continue
        if app_call(i):
            # a call to download an app that B009 left to the lines around
            # it: one of a how-to's steps, between lines that stay, is the
            # article's; elsewhere (under the article, in a box) B009's,
            # whose change says what it is (not a short line's, B101)
            top, bottom = run_of(i)
            if not (inside(top, bottom) and (in_howto(top, bottom) or named_here(i))):
                out[i] = blocks.BlockVerdict(False, "B009", APP_CALL_REASON)
            continue
        if not boilerplate.step_shaped(ls[i].text):
            continue
        cue = i in drop and drop[i].code == "B102" \
            and drop[i].reason.startswith(blocks._CUES_REASON)
        deferred = b008 and i not in drop and boilerplate.deferred_step(ls[i].text, ctx)
        if not (cue or deferred):
            continue
        top, bottom = run_of(i)
        if cue and in_howto(top, bottom) and inside(top, bottom):
            keep.append(i)
            # (and the heading over the run, which the step's verdict made
            # a short line with no good neighbour)
            v = drop.get(top - 1)
            if v is not None and v.code == "B101" and not structure.is_body_paragraph(
                    ls[top - 1].text) and _HOWTO_RE.search(ls[top - 1].text) \
                    and top - 1 not in keep:
                keep.append(top - 1)
        elif deferred and not in_howto(top, bottom):
            out[i] = blocks.BlockVerdict(False, "B102", "a sign-up box's line shaped as a step, "
                                         "in no how-to")
    return out, keep


def _short_text_steps(ls: list, ctx) -> dict[int, blocks.BlockVerdict]:
    """In a text of fewer lines than ``BlockRule.MIN_BLOCKS`` (no how-to,
    and no blocks stage to judge them), the lines that B008 and B009 left
    to the lines around them: a sign-up box's step that asks for a sign-up
    (``boilerplate.signup_step``: "Enter your email address and tap
    Subscribe.", which B008 took before it left such lines to B102; not
    "Enter your email address and tap Reset password.", an instruction),
    and a call to download an app (``boilerplate.deferred_app_call``),
    removed under the codes of the rules that left them."""
    out: dict[int, blocks.BlockVerdict] = {}
    for line in ls:
        s = line.text
        if not s.startswith(_ANY_STEP_OPENERS):
            continue
        if "B008" in ctx.enabled and boilerplate.signup_step(s, ctx):
            out[line.index] = blocks.BlockVerdict(False, "B008", SIGNUP_STEP_REASON)
        elif "B009" in ctx.enabled and s.startswith(_APP_OPENERS) \
                and boilerplate.deferred_app_call(s, ctx):
            out[line.index] = blocks.BlockVerdict(False, "B009", APP_CALL_REASON)
    return out


#: What the change says of a sign-up box's step in a text too short for a
#: how-to.
SIGNUP_STEP_REASON = "call to sign up shaped as a step, in a text too short for a how-to"


#: A caption under the article's last paragraph runs to so many words
#: (fewer is a label: "Photo gallery", "More in Sport")...
CAPTION_MIN_WORDS, CAPTION_MAX_WORDS = 5, 30
#: ... and shares so many content words with the story at least, and this
#: share of its own.
CAPTION_SHARED_STEMS = 3
CAPTION_SHARED_SHARE = 0.6


#: What the change says of a line between the headline and its copy.
HEADER_REASON = "over the headline's copy (the page's header)"
#: The lines between the headline and its copy that stay, at most, for
#: them to be the page's header (a teaser, a ticker's line): more are the
#: article, and the copy a box's under it.
HEADER_MAX_KEPT = 2
#: The body's first paragraph stands so many lines under the copy at most
#: (a byline, a date line, a caption between).
HEADER_BODY_LINES = 6
#: The copy's length differs from the headline's by so many characters at
#: most (spacing, punctuation).
HEADER_COPY_CHARS = 8
#: A line over the copy that shares so many content words with the headline
#: says what it says: the article's lead, wherever the page put it.
HEADER_LEAD_SHARED_STEMS = 3


def _over_headline_copy(ls: list, known: list[bool], drop: dict, head: int,
                        ctx: Context) -> list[int]:
    """The lines that stay, by the verdicts so far (``drop``), between the
    headline (``ls[0]``, ``head``) and its copy (a line B004 removes, among
    the first ``boilerplate.HEADLINE_SEARCH_LINES``), when the article
    stands under the copy (a body paragraph that stays, ``HEADER_BODY_LINES``
    lines under it at most: a byline, a date line, a caption between) and
    ``HEADER_MAX_KEPT`` lines at most stay over it (the standfirst stands
    under the headline's last copy, not over it): the page's header, over
    its headline ("Space" / "… may have the ingredients for
    life." / the headline again / the byline / the body). A line that
    shares ``HEADER_LEAD_SHARED_STEMS`` content words with the headline
    says what it says (the article's lead, where the page put it over its
    headline) and stays; a teaser of another story, a caption, a ticker's
    line share fewer. A page that prints its headline again in a box under
    the article keeps all."""
    if head != 0 or len(ls) < 3:
        return []
    title = ls[0].text
    # (normalised only when its length is near the headline's)
    copy = next((j for j in range(1, min(len(ls), boilerplate.HEADLINE_SEARCH_LINES))
                 if known[j] and abs(len(ls[j].text) - len(title)) <= HEADER_COPY_CHARS
                 and structure.normalise(ls[j].text) == structure.normalise(title)), None)
    if copy is None:
        return []
    kept = [i for i in range(1, copy) if not known[i] and i not in drop]
    if not kept or len(kept) > HEADER_MAX_KEPT:
        return []
    under = next((j for j in range(copy + 1, min(len(ls), copy + 1 + HEADER_BODY_LINES))
                  if not known[j] and structure.is_body_paragraph(ls[j].text)), None)
    if under is None or under in drop:
        return []
    sw = blocks.stopwords_for(ctx.language)
    told = blocks.content_stems(title, sw)
    return [i for i in kept
            if len(blocks.content_stems(ls[i].text, sw) & told) < HEADER_LEAD_SHARED_STEMS]


def _closing_caption(ls: list, known: list[bool], drop: dict, sentences: list[bool],
                     comments: int, ctx) -> int | None:
    """The line of a caption that ends the article, if the heuristics
    would cut it: the line right under the article's last paragraph (a
    line a phrase-list rule knows between them aside), the last the text
    keeps, no sentence (a caption is often written without its full stop,
    and the photo credit M003 took from its end made it short: "The
    president during the signing ceremony"), ``CAPTION_MIN_WORDS`` to
    ``CAPTION_MAX_WORDS`` words, a capital first, no figure (a price, a
    date: a promotion's), not in Title Case, no label before a colon, no
    bar, link nor address ("write to desk@example.com"), that speaks of the story: ``CAPTION_SHARED_STEMS`` of its
    content words or more, and ``CAPTION_SHARED_SHARE`` of them, are the
    headline's and the kept paragraphs' (a teaser of another story, an
    offer, shares few). The same line ends the cleaned text, where it is
    judged again: so the test reads the text alone, not the credit."""
    kept = [i for i in range(len(ls)) if not known[i] and i not in drop]
    if len(kept) < 3:
        return None
    before = kept[-1]
    i = _unknown_neighbour(before, 1, known)
    if i is None or i not in drop or i >= comments or drop[i].code not in ("B101", "B105") \
            or any(not known[j] and j not in drop for j in range(i + 1, len(ls))) \
            or not structure.is_body_paragraph(ls[before].text) or sentences[i]:
        return None
    s = ls[i].text
    n = structure.word_count(s)
    if not (CAPTION_MIN_WORDS <= n <= CAPTION_MAX_WORDS) or not s[:1].isupper() \
            or structure.DIGIT.search(s) or ":" in s or "@" in s or boilerplate._title_case(s) \
            or boilerplate._NO_STANDFIRST.search(s) or any(boilerplate._teaser_verdict(ctx)(s)[:2]):
        return None
    stop = blocks.stopwords_for(ctx.language)
    own = boilerplate._content_stems(s, stop)
    told: set[str] = set()
    for k in kept:
        told |= boilerplate._content_stems(ls[k].text, stop)
    shared = len(own & told)
    return i if shared >= CAPTION_SHARED_STEMS and shared >= CAPTION_SHARED_SHARE * len(own) else None


class BlockRule(Rule):
    stage = "blocks"
    #: A text of fewer blocks is not a page dump: there is no context to judge.
    MIN_BLOCKS = 3

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        enabled = _enabled_blocks(frozenset(ctx.enabled))
        if not enabled or enabled[0] != self.code:
            return
        ls = structure.lines(text)
        if len(ls) < self.MIN_BLOCKS:
            # no how-to in so few lines: what B008 and B009 left to the
            # lines around it goes (see _short_text_steps)
            if "B102" in enabled:
                for i, verdict in _short_text_steps(ls, ctx).items():
                    yield self.drop_line(text, ls[i].start, ls[i].end, verdict.reason,
                                         code=verdict.code)
            return
        # a line a phrase-list rule matches is left to it, so that the change
        # records the more specific reason
        known = matched_lines(text, ls, ctx)
        # Known boilerplate between two paragraphs of prose (a teaser, a
        # promo link, an advert label) is its rule's to remove; left in, it
        # would split the article's run of prose in two and the smaller part
        # would be cut as outside the article. Elsewhere it stays in view: it
        # is the page's chrome and tells the heuristics where the article is not.
        # Known boilerplate that is judged goes in as ``chrome``: no list or
        # table is taken to continue it. The heading of a comment section is
        # always judged: it is the barrier that ends the article (the
        # readers' comments after it are prose too).
        sandwiched = _sandwiched(ls, known, boilerplate.teaser_label_lines(text, ls, ctx)
                                 if any(known) else set())
        grid: dict[int, str] | None = None  # the grids of teasers, once asked
        # the lines of an advert's slot ("Advertisement", "Story continues
        # below"): the advert's, no label of a box of teasers (a grid under
        # one has a grid's shape of its own; an explainer's crossheads over
        # its paragraphs are none)
        slots = {i for i in itertools.compress(range(len(ls)), known)
                 if boilerplate.ad_marker(ls[i].text, ctx)}

        def teasers() -> dict[int, str]:
            nonlocal grid
            if grid is None:
                grid = blocks.teaser_grids([x.text for x in ls], ctx.language,
                                           labels=[i for i in range(len(ls))
                                                   if known[i] and i not in slots])
            return grid

        # ... but not a line of a grid of teasers (a teaser's "4 min read"),
        # nor the label over it ("Recommended for you"): the grid goes whole
        # (B104), and is no gap in the article
        if any(sandwiched) and _near_teasers(ls, sandwiched, ctx):
            for i in teasers():
                sandwiched[i] = False
                if i > 0 and i - 1 not in grid and known[i - 1]:
                    sandwiched[i - 1] = False
        # An advert's slot is a hole in the article only between its
        # paragraphs; under its last one it ends the run
        gaps, ends = _ad_slots(ls, known, slots, ctx, lambda: boilerplate.headline_of(text, ls, ctx)) \
            if slots else ((), ())
        for i in gaps:
            sandwiched[i] = False
        judged = [i for i in range(len(ls))
                  if not (sandwiched[i] and not blocks.is_comments_heading(ls[i].text))]
        # A label of a list of links that no phrase list removes alone
        # ("See also:") goes in as ``chrome`` too: it heads a box of the
        # page, and the list under it is no list of the article's.
        teaser = boilerplate._teaser_labels(ctx)
        chrome = [k for k, i in enumerate(judged)
                  if known[i] or (ls[i].text.endswith(":")
                                  and ls[i].text.rstrip(" :").casefold() in teaser)]
        # The standfirst right between the headline and the body goes in as
        # ``content``. (Wherever it stands, the guard below keeps it:
        # boilerplate.standfirst_of.)
        narrow = _standfirst(ls, known)
        if narrow is not None and narrow in teasers():
            narrow = None  # (the first teaser of a grid over the article)
        # the headline is kept (boilerplate.headline_of: under any label,
        # menu or ticker over it)
        head = boilerplate.headline_of(text, ls, ctx)
        # the story's data under the headline (a score box, a rating, a
        # recipe's servings and times, its labelled lists) goes in as
        # ``content`` too
        # (up to the second paragraph of prose: a disclosure or a teaser's
        # sentence may stand over the box)
        body = structure.body_start(ls)
        body = next((x.index for x in ls[body + 1:] if structure.is_body_paragraph(x.text)),
                    len(ls))
        data = boilerplate.story_data(text, ls, head, body, ctx) if head >= 0 else set()
        # a box of the article's points under the headline ("Key points",
        # then the points) goes in as ``content`` too
        summary = boilerplate.summary_box(text, ls, head, body, ctx) if head >= 0 else set()
        code = code_lines(text, ls)
        # a thread of readers' comments after the article, with no heading
        # over it (authors, times, "Reply" buttons)
        threads = boilerplate.comment_thread_lines(text, ls, ctx) if "B105" in enabled else {}

        def judge(captions: list[int]) -> dict[int, blocks.BlockVerdict]:
            return dict(zip(judged, blocks.classify_blocks(
                [ls[i].text for i in judged], ctx.language, frozenset(enabled),
                chrome=chrome,
                code=[k for k, i in enumerate(judged) if i in code],
                content=[k for k, i in enumerate(judged) if i == narrow or i in summary],
                data=[k for k, i in enumerate(judged) if i in data],
                headline=next((k for k, i in enumerate(judged) if i == head and not known[i]),
                              None),
                captions=captions,
                slots=[k for k, i in enumerate(judged) if i in slots] if slots else (),
                ends=[k for k, i in enumerate(judged) if i in ends] if ends else (),
                comments={k: threads[i] for k, i in enumerate(judged) if i in threads}
                if threads else None)))

        def found(verdicts: dict[int, blocks.BlockVerdict]) -> bool:
            # (the headline kept is no article: the first line, or the line
            # headline_of finds under chrome, a label or a menu over it)
            return any(v.keep for i, v in verdicts.items() if i > 0 and i != head)

        captions = [k for k, i in enumerate(judged)
                    if structure.normalise(ls[i].text) in ctx.captions] if ctx.captions else []
        verdicts = judge(captions)
        # A caption is a gap in the run only where an article is found with
        # it as one: where none is (every line but the first would go, so
        # nothing is cut), it is judged by its words, as it is when the
        # output is cleaned again (its credit gone, nothing tells it from
        # prose then): else that second cleaning finds the article the
        # caption makes and cuts the lines around it.
        if captions and not found(verdicts):
            verdicts = judge([])
        if not found(verdicts):
            return  # no article found among the blocks: nothing to cut it from
        # A document that is mostly sentences already is an article with some
        # chrome, not a page dump: there the heuristics remove what is not a
        # sentence, and repeated paragraphs, and leave every other sentence
        # to the phrase-list rules.
        sentences = [_is_sentence(line.text) for line in ls]
        unknown = [i for i in range(len(ls)) if not known[i]]   # what the phrase lists leave
        said = sum(sentences[i] for i in unknown)
        standfirst: int | None = None  # (asked for once it matters)
        # (it stands before the body's third paragraph, a cookie banner's
        # or a disclosure's over the headline counted)
        lead = next((x.index for x in ls[body + 1:] if structure.is_body_paragraph(x.text)),
                    len(ls))
        if ARTICLE_SENTENCE_SHARE * len(unknown) - 1 <= said < ARTICLE_SENTENCE_SHARE * len(unknown):
            # the standfirst is a sentence too, if written without its full stop
            standfirst = boilerplate.standfirst_of(text, ls, ctx)
            said += standfirst >= 0 and not known[standfirst] and not sentences[standfirst]
        article = said >= ARTICLE_SENTENCE_SHARE * len(unknown)
        # ... except the readers' comments under a comment section's heading
        # that counts them or asks for more ("23 comments", "Load more
        # comments"), or in a thread with no heading over it (see
        # blocks.comment_threads): they are sentences too, but not the
        # article's. (Only after some of the article: a count of comments
        # under the headline links to the comments below.)
        # ... and the outlet's words about itself after the article ("The
        # Harbour Gazette is where …"): its footer's, not the article's
        outlets = _outlets(ctx)
        comments, prose = len(ls), 0
        for i, line in enumerate(ls):
            if prose >= COMMENTS_AFTER_CHARS and blocks.is_comments_heading(
                    line.text, counted=True, lines=(x.text for x in ls)):
                comments = i
                break
            prose += len(line.text) if sentences[i] else 0
        if threads:
            comments = min(comments, min(threads))
        drop: dict[int, blocks.BlockVerdict] = {}  # the lines to remove, in order
        for i, line in enumerate(ls):
            verdict = verdicts.get(i)
            if article and sentences[i] and verdict is not None \
                    and verdict.code not in ("B103", "B104") \
                    and i < comments and not (verdict.code == "B105"
                                              and (_linked(i, ls, verdicts, known)
                                                   or (verdict.reason.startswith("after")
                                                       and _self_description(line.text, outlets)))):
                # (a paragraph printed twice is never content twice, nor is
                # a teaser's summary in a grid of teasers, B104)
                continue
            if verdict is not None and not verdict.keep and (
                    not known[i] or blocks.of_teaser_grid(verdict)):
                if verdict.code != "B103" and i <= lead and boilerplate.may_be_standfirst(line.text):
                    if standfirst is None:
                        standfirst = boilerplate.standfirst_of(text, ls, ctx)
                    if i == standfirst:
                        continue  # the story's standfirst: the body's first paragraph
                drop[i] = verdict
        # The lines between the headline and its copy over the body (the
        # page prints its headline again over the article, under its menus)
        # are the page's header, sentences too: a teaser, a ticker's news
        header = _over_headline_copy(ls, known, drop, head, ctx) if "B105" in enabled else []
        if header:
            drop = dict(sorted({**drop, **{i: blocks.BlockVerdict(False, "B105", HEADER_REASON)
                                           for i in header}}.items()))
        if article:
            # A crosshead right under a paragraph that stays, over a
            # sentence that stays (kept as the article's sentence, past the
            # densest run: a short last paragraph, a quotation), is the
            # heading of that sentence when the article's other crossheads
            # are written as it is (in Title Case, in sentence case, in
            # capitals): it stays with it. (A label of the page's there,
            # "More from Harbour Sport" under crossheads in capitals, a
            # credit, a section's name with "&", is in no style of theirs.)
            tail = [i for i, v in drop.items() if v.code == "B105" and 0 < i < min(comments, len(ls) - 1)
                    and _between_prose(i, ls, known, drop, sentences) and _crosshead_style(ls[i].text)]
            if tail:
                styles = {_crosshead_style(ls[i].text) for i in range(1, len(ls) - 1)
                          if i not in drop and not known[i] and not sentences[i]
                          and _between_prose(i, ls, known, drop, sentences)}
                styles.discard(None)
                for i in [i for i in tail if _crosshead_style(ls[i].text) in styles]:
                    del drop[i]
        # A how-to's step that B008 left to the lines around it ("Enter your
        # email address and tap Continue.") stays in a how-to; elsewhere it
        # is a sign-up box's line
        steps, kept_steps = _notice_steps(text, ls, known, drop, head, ctx) \
            if "B102" in enabled and ("B008" in ctx.enabled or "B009" in ctx.enabled) \
            else ({}, [])
        for i in kept_steps:
            del drop[i]
        if steps:
            drop = dict(sorted({**drop, **steps}.items()))
        if drop:
            last = _closing_caption(ls, known, drop, sentences, comments, ctx)
            if last is not None:
                del drop[last]
        for i, verdict in drop.items():
            yield self.drop_line(text, ls[i].start, ls[i].end, verdict.reason, code=verdict.code)


_PROSE = ("The minister said on Tuesday that the talks with the delegation would go on "
          "next week, and that he was sure of an agreement before the end of the year.")


@register
class LowStopwordDensity(BlockRule):
    """A block with too few stop words for its length, in its context, is removed (jusText).

    ## What it does
    Classifies each block as good, near-good, short or bad from its length
    and its share of stop words (stopwords-iso's list for the document's
    language; jusText's thresholds: 70/200 characters, 0.30/0.32 density),
    then lets short and near-good blocks take the class of their neighbours,
    so that a crosshead between two paragraphs stays and a short label among
    menus goes; the first crosshead, right over the first paragraph, stays
    too when the article has others and it is written in sentence case
    ("Northern line"; not a button in title case, "Back to Gallery"), or in
    Title Case right under a headline in sentence case when the article's
    other crossheads are in Title Case too ("The Long Wait for Sun"). A line that gives a person's life dates (an obituary's
    closing "…, born 3 May 1932; died 18 December 2023") is judged by its
    neighbours too, not condemned for its few stop words. A list or a table
    in the article (items, rows of figures, ingredients, a menu's priced
    dishes, two rows of a scorecard, a review's pros and cons under their
    short headings between two paragraphs, verse between two paragraphs
    (a poem in a feature, maybe under its title: three lines or more with
    function words over which the syntax runs on, a line ending in a comma
    or the next going on with "And…"; or, when the paragraph before or
    after speaks of verse, "poem", "haiku", "lyrics", three short lines or
    more with function words, one opening with an article or a pronoun as
    a headline does not, "My dog waits with me"; not headlines in Title
    Case nor a list of teasers), a menu's priced dishes before a sentence
    of prose too short to be a paragraph ("The cafe is open every day from
    7am."), points announced
    by a colon under the headline, fixtures or results under a short heading
    after the prose, facts under a short label after a paragraph, "Fact
    file:" over "- Seats: 240", a venue's address and opening hours after
    a paragraph; a review's priced menu right under the headline, three
    dishes or more under a short heading, "What we ate" over "Rye loaf,
    £4.50", maybe under the venue's line) counts as good, and
    so does the standfirst (the one line between the headline and the body,
    in sentence case, half as long again as the headline), and it is never
    removed (nor by B105): the line under the headline, over its byline or
    date line or over the body, in any language, that sums the story up,
    sharing its words with the headline and the body's first paragraphs
    (see ``boilerplate.standfirst_of``, the guard B006 respects too; it
    counts as a sentence where the heuristics weigh whether the page is
    an article already), and so does a
    box of the article's points under the headline, under a label that
    names a summary, with or without a colon ("Key points", "At a glance",
    then the points one a line); a score ("2 -
    1") or a liveblog's time ("14:52", when two or more times each head a
    paragraph) takes the verdict of the paragraph it heads. The headline
    kept is the first line that no phrase-list rule knows (not a cookie
    banner over it). A caption right under the article's last paragraph,
    the text's last line, that speaks of the story stays (see B105).

    ## Why
    Prose is full of function words; navigation, labels and lists of links
    are not (Pomikálek 2011).
    """

    code, name = "B101", "low-stopword-density"
    example = (f"Headline of the story\n\n{_PROSE}\n\n{_PROSE}\n\n"
               "Sport Weather Travel Money Culture Markets\n",
               f"Headline of the story\n\n{_PROSE}\n\n{_PROSE}\n")


@register
class C4LineRule(BlockRule):
    """A short line about javascript, cookies or policies, or code, is removed (C4).

    ## What it does
    Removes lines that mention javascript, cookies, terms or policies, "lorem
    ipsum", code braces or copyright, when the line is short or not prose —
    an article about cookies keeps its paragraphs. A sentence that holds two
    of the cues ("sign up", "subscription", "log in", "privacy policy"…) is
    removed unless it is the article's: a paragraph's length, its cues in
    words of its own (not opening the line as a call does, "Sign up for
    …", nor in the site's voice, "our newsletter", "we use cookies"), next
    to a paragraph of prose that says none of them so ("New customers can
    sign up for the service's annual subscription, which costs $99." in a
    story about streaming stays; a form's "By checking this box, I agree to
    the terms of service and privacy policy …" among the form's lines
    goes). A crosshead of one cue between two paragraphs of prose stays
    when it heads the paragraph under it, a content word of it there
    ("The subscription model", "Cookies banned from school canteens"),
    and opens with no call to act, speaks in no voice of the site's nor
    to the reader, and has a word besides its cue ("Sign up now", "Our
    newsletter", "Manage your subscription", "Subscription" go; so does a
    newsletter's box between two paragraphs, "Morning Tide Newsletter",
    which shares no word with the story). Code goes where the text
    marks it as code: every line of a fenced block ("```" to "```", or
    "~~~"), and of a block indented by four spaces or a tab under a line
    that is not, with no sentence or list item in it and a mark of code
    (brackets, an operator, a dotted name) in half of its lines. A line of
    code that nothing marks ("pip install …" alone on its line) is judged
    as any short line. The prose on either side of a code block is one
    article (see B105).
    A step of a how-to (an action, then another: "Sign in to your account
    and open Settings", "Enter your email address and tap Continue.", with
    no voice of the site's and nothing a notice offers, "… to get the
    morning briefing") is judged by the lines around it, which B008 cannot
    see: on a page whose headline says it is a how-to ("How to …"), under a
    heading over its run of steps that says so ("How to switch it on",
    "Steps", "Here's how") or a clause with a colon ("Here is what to
    do:"), or in a run of three steps or more between two paragraphs, it
    stays, whatever cue it holds; elsewhere a step that holds a notice's
    phrase (which B008 left) is a sign-up box's line, and goes.

    ## Why
    The C4 corpus's line filters (Raffel et al. 2020) remove exactly this
    page furniture.
    """

    code, name = "B102", "c4-line"
    example = (f"Headline of the story\n\n{_PROSE}\n\nPlease enable JavaScript to view the comments\n\n{_PROSE}\n",
               f"Headline of the story\n\n{_PROSE}\n\n{_PROSE}\n")


@register
class RepeatedBlock(BlockRule):
    """A later copy of a block is removed (Gopher repetition).

    ## What it does
    Removes a later copy of a paragraph-length block, and a short block whose
    copy is part of a repeated run or follows its original; keeps the first.
    A line that recurs as a template inside the article stays.

    ## Why
    Pages repeat teasers, captions and chrome; Gopher's quality filters (Rae
    et al. 2021) count such repetition as boilerplate.
    """

    code, name = "B103", "repeated-block"
    example = (f"Headline of the story\n\n{_PROSE}\n\nThe talks resumed in the capital on "
               f"Monday after a pause of two weeks, officials said.\n\n{_PROSE}\n",
               f"Headline of the story\n\n{_PROSE}\n\nThe talks resumed in the capital on "
               "Monday after a pause of two weeks, officials said.\n")


@register
class MenuRun(BlockRule):
    """A run of short title-like lines (a menu, a list of links) or a grid of teasers is removed.

    ## What it does
    Removes four or more consecutive short lines with almost no stop words and
    no sentence punctuation, even between two paragraphs. Bullet lists, whose
    items read as text, stay.

    Removes a grid of teasers too (a "related stories" or "more from" box,
    at the foot of the page, in a side column flattened between two
    paragraphs, or over the article): three teasers or more in a row of
    the same shape, each a headline (four to sixteen words, no sentence,
    or a question) and, in the same order in each, a summary of one or
    two sentences and/or a line or two of its metadata (a date, a time,
    "3 hours ago", "4 min read", "By Dana Whitlock", or its section's
    name alone, "Health"); every headline and summary another. A headline
    and its summary alone, with no metadata, are a grid only under a label
    a phrase list knows ("Related stories"; an advert's slot,
    "Advertisement", is none): an article's crossheads over short
    paragraphs read so too.
    The grid's label goes with it, and the article around it is judged
    as if the grid were not there: the paragraphs under a side column
    (two sentences or more) stay with the article, and so do its
    paragraphs each under a side column's teaser (a headline and its
    time) between two paragraphs, when they are as long as those and go
    on with the article (each but one shares a content word with the text
    over the grid, no fewer than with its headline, and where one does
    not, the paragraph under the grid does); a river of teasers after the
    article whose summaries tell their stories in words of their own
    still goes, for they speak of other stories. The headline under a
    grid over the article is found under it (not the first teaser's), and
    a teaser's date or byline is not taken for the article's (M004,
    M001). The article's headline, byline and lead right under or over a
    grid of the same shape are no teaser: the headline shares its words
    with the paragraphs after them. An article's short paragraphs, a Q&A
    ("Q: …?", "A: …"), a list of facts, a liveblog's times and titles
    over its entries, and a listing that a clause of the article
    announces with a colon ("The weekend brings three events:") are no
    grid.

    ## Why
    A naive dump flattens navigation menus and link lists into runs of lines,
    and a box of teasers into headlines, summaries and dates, whose
    summaries read as prose.
    """

    code, name = "B104", "menu-run"
    example = (f"Headline of the story\n\n{_PROSE}\n\nWorld\n\nBusiness\n\nMarkets\n\nTech\n\n"
               f"Opinion\n\n{_PROSE}\n",
               f"Headline of the story\n\n{_PROSE}\n\n{_PROSE}\n")


@register
class OutsideArticle(BlockRule):
    """Blocks before and after the article's dense run of prose are removed.

    ## What it does
    Finds the article as the densest run of prose (a maximum-sum segment over
    block scores, the body-text-extraction idea of Finn et al. 2001) and
    removes the blocks before and after it; a comment section is a barrier,
    and the readers' comments under a heading that counts them or asks for
    one ("14 comments", "Load more comments", WordPress' "3 thoughts on
    “Title”" under that headline) go even where they are
    sentences and the page is an article with some chrome. So does a
    thread of readers' comments after the article with no heading over it:
    two comments or more in a row, each a head (an avatar's initials, the
    author, "Margaret O'Neil", "J. Smith says:", "riverside_dave", maybe
    the author it answers and a place, "Leeds, UK", and its time, "2 hours
    ago", "March 4, 2024 at 9:12 am", or both on one line, maybe with a
    forum's score and folding button, "riverside_dave 3 points 2 hours ago
    [-]"), its text, and its bar ("12 Likes", "Reply", "Report", "▲ 4 ▼",
    "Like · Reply · 3h", "Share ›", "permalink", "save"), two of them at
    least, and half, showing what only a
    comment has (a reply or a report button, a count of likes or votes, a
    handle, "says:"), after some of the article's sentences, and no
    paragraph of prose right under it; or one comment alone that shows
    two of them, its author's handle or "says:" and a reply or a report
    button, with its time, and no paragraph of prose anywhere under it. On
    a page whose headline does not say live, comments with no button go
    too when most speak in a reader's own voice ("I", "my") or react as a
    reader does ("Great article, thanks.", "Agreed!!"), each under its
    author and how long ago ("Jane Doe • 3 years ago"), every author a
    different one; under a date and its time of day ("Jane D. |
    03/03/2024 10:15") only with "says:", a handle or a button (with none,
    a dispatch's place and date, or a liveblog's writer and time, read
    the same). A liveblog's entries (a time and
    its writer's name over each, a "Share" under it; with no button, a
    writer's name coming back), a letters page (each letter signed
    under it), a
    Q&A and posts of a social network quoted in the story (a handle,
    "@mags_oneil", "Retweet", or the story going on under them) are no
    thread.
    A list or a table between two paragraphs of the article (ingredients,
    rows of figures, two rows of a scorecard, enumerated steps, a menu's
    dishes with their prices, before a paragraph or before a sentence of
    prose too short to be one, a review's pros and cons under short headings,
    items announced by a clause that ends in a colon, "The exemptions
    include:" or "Exemptions include:") does not end it, nor do points
    announced by a colon under the headline ("Key points:") begin after it,
    nor do fixtures or results under a short heading after the last
    paragraph ("Harbour City v Rovers (15:00)") fall outside it, nor does
    verse between two paragraphs end it (a poem in a feature, with its
    title and a line of attribution: three lines or more with function
    words over which the syntax runs on, a line ending in a comma or a
    dash, or the next going on in lower case or with "And…", or a haiku's
    short lines with function words, one opening with an article or a
    pronoun, "My dog waits with me", when the prose around speaks of verse;
    a list of teasers, whose headlines never run on nor open so, still
    ends it), nor do
    facts under a short label right after a paragraph ("Fact file:", then
    "- Seats: 240", "- Roof: green sedum": labels and
    their values, or data), nor does the address and opening hours of the
    place a review is about, after its last paragraph, nor does a
    review's verdict on a line of its own right after its last sentence
    ("★★★☆☆", "Rating: 4/5"; not a page's widget with its count of
    votes, "★★★★☆ (212 ratings)"), nor does a run of
    the article's data after its last paragraph (a recipe's servings,
    ingredients and steps, "Serves 4", "2 lemons, quartered", "1. Heat the
    oven…"; an election's results, "Jo Bloggs (Green) 14,208", and the
    short paragraphs after them) when most of its rows, two or more, are
    enumerated sentences or share a word with the headline or the
    paragraphs, or a short sentence or a list of the article's follows them,
    or the prose announces them (the last sentence of the paragraph over
    them, or a short label at their top, names results, a table or
    standings: "Here are the results in full.", "Full results")
    (a poll's counters, "45% 120 votes", repeat one shape and are the
    page's); a list of related
    links does end it, and so
    does a list under a teaser's label ("Related stories:", "See also:").
    Nor does a side column's teaser flattened between two paragraphs (a
    headline, "Updated: 2 hours ago", its section: a few short lines, one
    headline at most) end it, when the paragraph under it goes on with the
    article rather than summing up the teaser's headline; the teaser's
    lines go (B104). A river of teasers after the article, each headline
    over its own summary, still ends it.
    An advert's slot ("Advertisement", "ADVERT", "Story continues below
    advertisement", B002) between two paragraphs does not end it: with a
    paragraph of prose right over it, and the article going on under it
    (a paragraph right under it, or the first sentence under a crosshead
    or a caption, two lines at most and no link, that shares a content
    word with the headline and the sentences over the slot, and no fewer
    than with those lines), the run crosses it. A sentence under it that
    is shaped as another story's teaser does not go on with the article,
    whatever names of the story it gives: in Title Case, or with a
    teaser's trailer under it ("2 days ago", "4 min read", "By Tom Hale",
    "Read more"), or its copy further down the page; where it shares two
    of the article's words, right under the slot, only a run of teasers,
    the next one's trailer too, tells it (how long ago under an entry of
    a liveblog is the next entry's). Right under a paragraph,
    where the article does not go on (teasers of other stories, each
    summary speaking of its own headline; a button and a promotion), the
    slot ends the run, when what the run holds over it outweighs what it
    holds under it. Elsewhere (under a menu, a short notice) it is a gap
    in the run as the page's chrome is.
    A paragraph outside the densest run joins it, with the prose that
    follows it, when only a run of short lines of the article's stands
    between them (at most 30: items, data, short headings, labels, code;
    none of them a line a phrase list or a line rule other than B101
    removes, nor a link), and the run is a list or code: an item that ends
    as a sentence or a clause does ("• pay the rent on time;"), or stands
    under a clause announcing it ("What tenants must do:"), or a code
    block, or a paragraph over the run that ends in a colon ("The call
    looked like this:"). So an explainer keeps its lead, its lists and the
    prose after them, and a tech article the prose after its code sample;
    the short lines of such a run are kept (the code goes, B102). A list
    of links' headlines, with no punctuation and no clause over them, still
    ends the article.
    A liveblog's time ("14:52", "2 hours ago") and the line under it that
    titles its entry or names its contributor ("Jo Bloggs, our economics
    editor, writes:"), or its writer's name over it ("Jo Bloggs", then "2
    hours ago"), take the verdict of the entry they head, and so are no gap
    in the article: the entries on either side of them stay one article,
    and the lead over them stays with them, over a list of the key events
    ("Key events", then "2 hours ago Markets rise"…) too. (How long ago
    under a headline is a teaser's, and over one too, unless the page's
    headline says it is live, "Storm Wendell live: …"; a name and a time
    under a comment's "Reply" are the next comment's.)
    Nor is a box of the page's between two paragraphs that phrase-list
    rules remove (a teaser's label and its link, "More on this story"
    over a headline), even where a crosshead, or a clause that announces
    a list of data ("What families will get:", then "Family bonus: 300
    euros"…), stands between it and the prose that goes on: the box is
    its rules' to remove, and the crosshead, the list and the paragraphs
    on either side stay one article (a clause over headlines of links,
    "Readers also liked:", is another box, and still ends it). The same
    holds the other way round: a box right under such a list, the prose
    over it ("Tour dates:", then "3 August – Lisbon (Arena)"…, then "Read
    also: …", then a short last paragraph) is a hole in the article too,
    and the paragraph under it stays.
    In a text that is mostly sentences, where a sentence past the densest
    run stays (a short last paragraph, a quotation), a crosshead right
    between the article's paragraph and that sentence stays with it when
    the article's other crossheads are written as it is (all in Title
    Case, "Rising Costs Hit Families", in sentence case or in capitals); a
    page's label there in no style of theirs ("More From Harbour Sport"
    under crossheads in capitals) still goes.
    A long block that a phrase-list rule knows as the page's (a consent
    blurb, an author's box cut off by its link, "… for... Read more") is
    no prose mass for the run: it cannot anchor the article past the list
    of related links after its last paragraph. Nor is a caption whose
    photo credit M003 took from its line (``ctx.captions``): a gap in the
    run, as chrome is, so that the picture's caption over the body does
    not pull the header lines over it (a teaser that repeats a sentence
    of the body, a dateline) into the article; between paragraphs it stays
    (the run bridges it), and right under the run's last paragraph it
    stays with it, when jusText keeps it. Where no article is found with
    the caption as a gap, it is judged by its words (as when the output is
    cleaned again, its credit gone). A line that came with no credit is
    judged by its words as before. A teaser's label and its
    link between two paragraphs are left to their rule (B005) only when
    the prose goes on right after them: a line under them that is no
    sentence is another link of the list, not a crosshead.
    The lines between the headline and its copy over the body (the page
    prints its headline again over the article, under its menus) are the
    page's header and go, sentences too, in a page that is mostly
    sentences as well: one or two lines that stay there, with a body
    paragraph a few lines under the copy (a teaser of another story, a
    ticker's line, a caption, a standfirst printed over the headline);
    one that shares three content words or more with the headline is the
    article's lead, wherever the page put it, and stays (see
    ``_over_headline_copy``).
    In a page that is mostly sentences, a sentence after the run stays
    (the phrase-list rules judge it), unless it is the outlet's words
    about itself: it opens with the outlet's name (metadata ``source``,
    from the headline's site name), then a verb ("The Harbour Gazette is
    where the coast's news is told.").
    The headline line and the standfirst (see B101) are kept, and so is a
    caption right under the article's last paragraph that would be the
    text's last line (B101 keeps it too): no sentence (written without its
    full stop, or short once M003 took its credit: "The president during
    the signing ceremony"), five to thirty words, a capital first, no
    figure, colon, bar, link or address, not in Title Case, no teaser,
    and three or more of its content words, 60% of them, the story's
    (headline and kept paragraphs); another story's headline or an offer
    there still goes.

    ## Why
    Boilerplate clusters before and after the article.
    """

    code, name = "B105", "outside-article"
    example = (f"Headline of the story\n\nSign in\n\nSubscribe\n\n{_PROSE}\n\n{_PROSE}\n\n"
               "Terms of use\n\nContact\n",
               f"Headline of the story\n\n{_PROSE}\n\n{_PROSE}\n")
