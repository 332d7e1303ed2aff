"""General boilerplate heuristics over the blocks of one document.

A *block* is one non-empty line of a naive text dump of a web page (menus,
share bars, related links, footers and the article all flattened to lines).
This module decides, per block, whether it belongs to the article body. It
knows nothing about particular sites: every rule is a general pattern from
the boilerplate-removal literature, each with its own code so that a user can
switch it on or off, and each verdict says why, with the figures.

Rules (codes):

B101  jusText-style classification (Pomikálek 2011): a block is *good*,
      *near-good*, *short* or *bad* from its length and stop-word density;
      then the context revision: short and near-good blocks take the class
      of their good/bad neighbours (so crossheads and short paragraphs
      between prose paragraphs stay). Stop-word lists are stopwords-iso's,
      chosen by the document's language; the density thresholds are scaled
      down for a language whose prose has few separate stop words (Korean,
      for instance), measured on the document itself. A line with few stop
      words that gives a person's life dates ("…, born 3 May 1932; died
      18 December 2023", the close of an obituary) is near-good, not bad:
      its context decides. So is the line of a deals article that names an
      item and its price ("Stand mixer for $249 (was $329)"), few function
      words and no sentence, when a paragraph stands on either side of it,
      at most three short lines away ("Get it at the shop for $249"): a
      shop's widget after the last paragraph, or beside a menu, stays bad.
B102  C4-style line rules (Raffel et al. 2020): lines mentioning javascript,
      cookies or policies, "lorem ipsum", code braces, copyright lines —
      only when the line is short or not prose, so that an article *about*
      cookies keeps its paragraphs. A sentence with two cues goes unless
      it is a paragraph's length, says its cues in words of its own (not
      opening with one, nor in the site's voice: "our", "we") and stands
      next to a paragraph of prose ("New customers can sign up for the
      service's annual subscription, which costs $99."). So does a
      crosshead of one cue between two paragraphs of prose that heads the
      one under it, a content word of it there ("The subscription model"),
      unless it opens with a call to act, speaks in the site's voice or to
      the reader, or has no word besides its cue ("Sign up now", "Our
      newsletter", "Subscription"); a newsletter's box between them
      ("Morning Tide Newsletter") shares no word with the story.
B103  Gopher-style repetition (Rae et al. 2021), per block: a later copy of a
      paragraph-length block is removed (keep the first); a short block is
      removed only when its copy is part of a repeated run or immediately
      follows its original (a page chrome line repeated, a caption shown
      twice); a line that recurs as a template inside the article (the same
      interview question before each answer) stays.
B104  runs of short lines: ``min_menu_run`` or more consecutive short,
      title-like lines with (almost) no stop words and no sentence
      punctuation are a menu or a link list, even between two paragraphs.
      Bullet lists (items with stop words or sentence punctuation) stay.
      And grids of teasers (the "related stories" and "more from" boxes):
      ``teaser_min_run`` or more teasers in a row of the same shape, each
      a headline (four words or more, no sentence; a question too) and,
      in the same order in each, a summary of one or two sentences and/or
      a line or two of metadata (a date, a time, "3 hours ago", "4 min
      read", a byline), every headline and summary another. Teasers
      without metadata (a headline and its summary) are a grid only under
      a label other rules know (``chrome``: "Related stories"), as
      crossheads over short paragraphs are no grid. So are teasers whose
      headline and summary the dump ran into one line, "… as the county
      looks for savings The branches will close …" (a headline, then with no mark a
      function word written with a capital that opens the summary): three
      or more in a row right under such a label. The article's
      headline (with its byline and lead) is no teaser at either end of a
      grid: it shares its words with the paragraphs after the grid. The
      grid's label goes with it (one ``chrome`` knows, or another not
      under a paragraph), and the other rules judge the page as if the
      grid were not there (no context for jusText); the article's
      segment (B105) runs across it to two sentences or more on its far
      side (a side column flattened between paragraphs). A "grid" between
      two paragraphs whose every summary is a paragraph as long as they
      are (three quarters of the shorter) is none: those are the
      article's paragraphs, a teaser's headline and time over each. A liveblog's
      times and titles, the article's lists, and a listing under a clause
      that announces it with a colon are in no grid. A liveblog's list of
      its key events ("Key events", "2 hours ago Markets rise", …) goes
      when every title it lists is the title of an entry below it: links
      to the entries, their titles again; one with a title of its own
      stays.
B105  head/tail trimming: the article is the densest run of prose, found as
      the maximum-sum segment over block scores (the BTE idea of Finn et al.
      2001 applied to blocks): good prose counts its length, a title-like
      near-good line half of it, a lone short line (crosshead) a little
      cost, chrome a larger one (a long block that another rule knows as
      boilerplate, ``chrome``, too: an author's box or a consent blurb is
      no prose mass). A comment-section heading ("12 Comments",
      "Leave a Reply") is a barrier: the first part of the page whose run
      weighs at least 30% of the heaviest is the article (comments come
      after the article and are often longer). Blocks before and after the
      segment are removed. A score or a liveblog's time that heads a
      paragraph ("14:52", "2 hours ago"; and the title or contributor's
      line under the time, or the writer's name over it) weighs nothing:
      it takes the verdict of its paragraph, and is no company for it in
      jusText's context (how long ago over a title heads an entry on a
      page whose headline does not say live only when paragraphs stand
      under the title: a teaser's summary is a line). A liveblog's share
      bar (chrome, or short lines removed with it) right before the head
      of its next entry is no gap,
      nor bad company: the entries after it are the article's. Nor is a
      liveblog's list of its key events ("Key events", then "2 hours ago
      Markets rise"…) between its lead and its entries. A few short lines
      after the run's last paragraph (a side column's teaser flattened
      into the body: a headline, "Updated: 2 hours ago", its section) are
      no end of the article when a paragraph of prose that goes on with
      it follows (not the teaser's summary, which speaks of its
      headline): the run crosses them, and they go (B104).

Lists and tables (not a rule, a protection): a run of bullet/enumerated items
right after prose, a run of short cells with figures after a prose line
ending in a colon, a run of short lines announced by a line ending in a
colon ("The shortlisted books are:", a noun and a verb that announces a
list, "Exemptions include:", or a short label, "Key points:", over points
written with function words) between two paragraphs of prose, or
over such points right under the headline (or its standfirst) and before
the body, the rows of matches under a short heading after the article's
prose ("Sunday's fixtures", then two or more rows "Harbour City v Rovers
(15:00)" or "Rovers 2-1 Millbrook"), the facts under a short label right
after a paragraph, at the end of the article too ("Fact file:", then
"- Seats: 240", "- Roof: green sedum": each a label and
its value, or a bulleted line of data; not under a label a phrase list
knows, "Related:", "See also:", nor a teaser's "- Video: Flood hits town",
nor a contact's telephone number), the
a label and quantities with their units on one line after the last
paragraph ("Nutrition per serving: 342 kcal, 11g fat"), the address and
opening hours of the place a review is about after a paragraph ("Quay
Bakery, 3 Dock Street, Leith. Open Wed–Sun, 9am–4pm."), two rows of a
scorecard between two paragraphs, each mostly figures ("Rovers 231-6 (50
overs): A Khan 88, B Lowe 41"; not a line of a date), two lists or more
each under a short heading between two paragraphs (a review's "Pros",
"- Bright screen", "Cons", "- Slow charging"; not under a heading a phrase
list knows), the
lines of verse or of a quotation announced by a line of prose that ends in
a colon ("Her best-known poem ends:"; after a paragraph, or a paragraph of
prose itself, the lead too; a quotation in another script than the
announcement's, Arabic in an Indonesian text, with prose after it, whose
lines the document's stop words cannot judge), short lines with function words most
of which end in punctuation or go on in lower case, at the end of the
article too, verse that no colon announces between two paragraphs (a poem
in a feature, maybe under its title and over one line of attribution:
three lines or more with function words, none in Title Case, over which
the syntax runs on, a line ending in a comma or a dash or the next going
on in lower case or with a conjunction, "And all the shops are shut"; or,
when the paragraph before or after it speaks of verse, "poem", "haiku",
"lyrics", three short lines or more with function words, one of them
opening with an article or a pronoun as a headline does not, "My dog
waits with me"), the
rows of a table after prose (cells joined by " | ", or rows of three figures
or more written with spaces), or a run of short lines between two paragraphs
of which most are data (an ingredient, "2 garlic cloves, crushed"; a row of
figures; a label and its value, "Dan Okafor: 7, scored twice"; an item of a
menu and its price, "Lamb stew — £14", "Rye loaf, £4.50") or enumerated
sentences, three of them in a row, is content: B103 and B104 leave it
alone, B101 counts it as good, and so B105's article runs on across it to
the prose after it. Such a run right after a paragraph that no paragraph
follows (at the end of the article, or before its short closing lines) is
content too when its data is bound to the article: most of its lines of
data, two or more, are enumerated sentences (a recipe's steps) or share a
word with the headline or the paragraphs (a recipe's ingredients under
"Lemon chicken…", an election's results, "Jo Bloggs (Green) 14,208", under
"Greens take the seat…"), or the article goes on after it (a short
sentence with function words, "Mr Bloggs conceded after midnight.", or a
list of the article's), or the prose announces it (the last sentence of
the paragraph over it, or a short label at its top, names results, a table
or standings: "Here are the results in full.", "Full results"); it is kept up to its last line of data and the
sentences right after it, and a counter repeated with other figures (a
poll's "45% 120 votes", "30% 80 votes") is the page's. So is a review's
verdict alone on its line right after the article's last sentence
("★★★☆☆", "Rating: 4/5"). A related-links list is not data (headlines, even
"10 things…", ranked ones, "1 Rents rise 4.5%…", or dated ones; teasers led
by a time or alternating with times), nor is a list right under the heading
of a box of the page (a line a phrase-list rule knows, "Trending now", or a
section's name, "Markets"); and a paragraph that a phrase-list rule knows as
chrome (the ``chrome`` blocks) carries no list.

The article's first crosshead, right over its first paragraph and under
the headline (or a line of the page's between them), is content too when
the article has other crossheads (a short heading between a paragraph and
a paragraph or a list) and it is written in sentence case ("Northern
line", "Our verdict"; a button or a tag under the headline is in title
case or one word, "Back to Gallery", "Politics"): with no good neighbour
before it, it would go as a short block. A first crosshead in Title Case
("The Long Wait for Sun") is kept only right under a headline in sentence
case, and when the article's other crossheads are in Title Case too: alone
there, such a line is a box's or a button's label as often ("Watch Our Latest
Videos").

A line of two figures that heads a paragraph takes that paragraph's verdict:
a score ("2 - 1") over a match report, and the times of a liveblog ("14:52",
maybe over the entry's title, which takes the verdict too),
when two or more of them each head a paragraph (a time, a paragraph, a time,
a paragraph…). Alone, the first of them, between the headline and the body,
has no good neighbour before it and would go as a short block.

The headline that the caller found (``headline``: under a label, a menu or
a ticker over it), or else the first block that is not ``chrome`` (a cookie
banner first is not the headline), is kept when it looks like a headline (a page title, 2–40 words,
no address), whatever the rules say: the cleaning policy wants the headline
first, and other headline rules belong to the core engine.

All rules are O(n) in the size of the document: regexes are precompiled,
stop-word lists are sets loaded lazily once per language.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Callable, Collection, Iterable, Mapping, Sequence, TypeVar

from . import dates, lazyre, prefilter, resources, structure
from .model import frozen

T = TypeVar("T")

__all__ = [
    "ALL_CODES",
    "BlockOptions",
    "BlockVerdict",
    "RULES",
    "classify_blocks",
    "comment_threads",
    "is_live_headline",
    "guess_language",
    "stopwords_for",
    "teaser_grids",
    "teaser_parts",
    "glued_teasers",
    "of_teaser_grid",
]


# --------------------------------------------------------------------------
# public types


@frozen
class BlockVerdict:
    keep: bool
    code: str  # rule code that removed it ("" when kept)
    reason: str  # short human-readable reason with the figures


_KEPT = BlockVerdict(True, "", "")


@dataclass(frozen=True)
class BlockOptions:
    """Thresholds. Defaults cite where they come from."""

    # B101 -- jusText defaults (justext.core: LENGTH_LOW_DEFAULT=70,
    # LENGTH_HIGH_DEFAULT=200, STOPWORDS_LOW_DEFAULT=0.30,
    # STOPWORDS_HIGH_DEFAULT=0.32, MAX_HEADING_DISTANCE_DEFAULT=200).
    # jusText's max_link_density has no counterpart: a text dump has no links.
    length_low: int = 70
    length_high: int = 200
    stopwords_low: float = 0.30
    stopwords_high: float = 0.32
    max_heading_distance: int = 200
    # Calibration of the stop-word thresholds per document: the median
    # stop-word density of the document's long blocks is compared with
    # ``reference_density`` (the median of English news prose measured with
    # the stopwords-iso list, ~0.5); when lower (a language whose function
    # words are affixes, or a thin list), thresholds are scaled down by the
    # ratio, never up.
    calibrate_stopwords: bool = True
    reference_density: float = 0.50
    # B102 -- C4 (Raffel et al. 2020, sec. 2.2): keep lines that end in
    # terminal punctuation and have at least 5 words ("at least 3 words" for
    # the filter's page-level sentence count); drop lines with "javascript",
    # "lorem ipsum", "{", and policy/cookie notices. Here a line is only
    # dropped by a phrase when it is not long prose: fewer than
    # ``c4_max_words`` words, or when it carries two or more cues.
    c4_min_words: int = 5
    c4_max_words: int = 40
    # a single cue condemns a non-sentence line of at most this many words
    # ("Sign up for our newsletters and alerts"), not an offer in a deals
    # article ("Sign up for the streaming bundle and save $5 a month")
    c4_cue_max_words: int = 8
    # B103 -- Gopher (Rae et al. 2021, table A1) drops *documents* whose
    # duplicate-line fraction exceeds 0.30; per block we keep the first copy
    # and drop later ones of at least ``dup_min_chars`` (a paragraph), and
    # shorter copies only inside a repeated run or right after the original.
    dup_min_chars: int = 70
    # B104 -- a menu/link list is at least ``min_menu_run`` consecutive short
    # lines (< ``menu_max_words`` words, no sentence end, stop-word density
    # below ``menu_max_stopwords``). Four is the smallest run that is not
    # a crosshead pair or a byline + date.
    min_menu_run: int = 4
    menu_max_words: int = 8
    menu_max_stopwords: float = 0.25
    menu_max_digits: float = 0.5
    # B105 -- maximum-sum segment. Weights: a good block counts its length
    # in characters; any other block costs ``gap_cost`` characters plus
    # ``gap_cost_ratio`` of its own length. 150 chars ~ one short paragraph:
    # a gap of three or four chrome lines between two prose paragraphs is
    # bridged, a long menu or a related-links list is not.
    gap_cost: int = 60
    gap_cost_ratio: float = 0.5
    neargood_weight: float = 0.5
    short_cost: float = 40.0
    short_pairs: bool = True
    # Comment headings cut the page; the first part whose prose run weighs
    # at least this fraction of the heaviest run is the article.
    first_part_fraction: float = 0.3
    # Lists and tables after prose: a table is announced by a colon line and
    # at least this fraction of its cells hold a digit (figures), which a
    # share bar or a menu after "Follow us:" does not.
    table_min_digits: float = 0.25
    # A table written a row a line ("City | 12 | 28") has at least this
    # many rows (a header and two; two lines such as "By X | Staff writer"
    # and "Published: … | Updated: …" are a byline)…
    table_min_rows: int = 3
    # … and no cell longer than this.
    table_max_cell_chars: int = 40
    # A list announced by a colon between two paragraphs: the announcement
    # has at least this many words ("Related:", "Read more:" have fewer) and
    # the list at most this many lines.
    announce_min_words: int = 3
    max_announced_items: int = 30
    # Verse between two paragraphs that no colon announces (a poem in a
    # feature) is a stanza of at least this many lines ("several"; two
    # headlines are no stanza).
    verse_min_lines: int = 3
    # A line of verse whose syntax need not run on (a haiku's) has at most
    # this many characters (the headline of a link is longer).
    plain_verse_max_chars: int = 50
    # A line of data between two paragraphs: a third of its words hold a
    # figure, or it starts with one and has at most this many words (an
    # ingredient, "1 tbsp chopped parsley"; not a headline).
    data_max_words: int = 6
    # A label over a list of facts after the last paragraph ("Fact file:")
    # has at most this many words; a fact's value in capitals (a name, not
    # a teaser's headline) at most this many, all of them capitalised.
    fact_label_max_words: int = 4
    fact_value_max_words: int = 4
    # An item of a menu or a price list ("Borscht with sour cream — £9")
    # has at most this many words.
    price_max_words: int = 12
    # The line of a deals article that names an item and its price
    # ("Stand mixer for $249 (was $329)") has at most this many words, and
    # between two paragraphs it is judged by them (B101) as a sentence is;
    # at most ``offer_max_gap`` short lines ("Get it at the shop for $249")
    # stand between it and each paragraph.
    offer_max_words: int = 30
    offer_max_gap: int = 3
    # A grid of teasers (B104): at least ``teaser_min_run`` teasers in a row,
    # each a headline of ``teaser_headline_min_words`` to
    # ``teaser_headline_max_words`` words, maybe a summary of at most
    # ``teaser_summary_max_words`` words, maybe lines of metadata of at most
    # ``teaser_meta_max_words`` words (a date, a byline).
    teaser_min_run: int = 3
    teaser_headline_min_words: int = 4
    teaser_headline_max_words: int = 16
    teaser_summary_max_words: int = 50
    teaser_meta_max_words: int = 10
    # ... maybe under a label of at most this many words ("More from the
    # newsroom"), which goes with it unless it stands under a paragraph
    teaser_label_max_words: int = 6
    # The header of each item of a list article (a name, a line of its
    # credit, a label and a handle) between two sentences: at least
    # ``item_header_min_lines`` and at most ``item_header_max_lines`` short
    # lines, in at least ``item_header_min_items`` items that share a label
    # (see ``_item_headers``).
    item_header_min_lines: int = 2
    item_header_max_lines: int = 6
    item_header_min_items: int = 3
    # A letters page signs each letter under its text ("Margaret Hale,
    # Dunmore"): so many signatures at least, each under a sentence (see
    # ``_letter_signatures``).
    letter_min_signatures: int = 2
    # ... and a letter's title over its text (no sentence) has so many
    # words at most ("Thanks to the towpath volunteers").
    letter_title_max_words: int = 12
    # Block 0 is kept as the headline when it has 2..headline_max_words words.
    headline_max_words: int = 40


_DEFAULT_OPTIONS = BlockOptions()

RULES: dict[str, str] = {
    "B101": "jusText stop-word density classification with context revision",
    "B102": "C4 line rules (javascript, cookies/policy, lorem ipsum, code)",
    "B103": "Gopher repetition: later copies of a block",
    "B104": "runs of short title-like lines (menus, link lists) and grids of teasers",
    "B105": "outside the densest run of prose (head/tail trimming)",
}
ALL_CODES: frozenset[str] = frozenset(RULES)


# --------------------------------------------------------------------------
# stop words (stopwords-iso), lazily loaded and cached


@lru_cache(maxsize=None)
def stopwords_for(lang: str | None) -> frozenset[str]:
    """stopwords-iso list for an ISO 639-1 code ('' set when unknown)."""
    if not lang:
        return frozenset()
    code = lang.lower().replace("_", "-").split("-")[0]
    return resources.stopwords(code)


@lru_cache(maxsize=1)
def _all_stopword_lists() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((c, stopwords_for(c)) for c in sorted(resources.stopword_languages()))


_WORD_RE = lazyre.compile(r"\w+")


def guess_language(blocks: Sequence[str], sample_words: int = 2000) -> str | None:
    """Deterministic guess: the stopwords-iso language whose list covers the
    most word *types* of the document's longest blocks, weighted by tokens.
    Used only when ``classify_blocks`` gets ``lang=None``; callers that know
    the language (a language detector) should pass it."""
    longest = sorted((b for b in blocks if len(b) >= 70), key=len, reverse=True)
    tokens: list[str] = []
    for b in longest:
        tokens.extend(t.lower() for t in _WORD_RE.findall(b))
        if len(tokens) >= sample_words:
            break
    if not tokens:
        return None
    best, best_score = None, 0.0
    for code, sw in _all_stopword_lists():
        if not sw:
            continue
        hits = sum(1 for t in tokens if t in sw)
        # a huge list matches everything a little; favour the list that
        # explains the text with few words: hits / sqrt(list size)
        score = hits / (len(sw) ** 0.5)
        if score > best_score:
            best, best_score = code, score
    return best


# --------------------------------------------------------------------------
# features

#: Whether a block holds a web address or an e-mail address (only whether:
#: nothing reads the match). An e-mail address is a whitespace-free token with
#: an "@" after its first character and a dot and two letters at least two
#: characters after that "@". The e-mail part is anchored to the start of a
#: token and reads up to its first "@" (the token's first character aside)
#: in one deterministic run: ``\S+@\S+\.\w{2,}`` tried at every position
#: of a long token backtracked over the rest of it from each, quadratic time
#: on a 200 KB base64 image and cubic time on a run of "@" (review 10,
#: R10-01); this finds the same tokens in linear time.
_URL_RE = lazyre.compile(r"(?:https?://|www\.)\S|(?<!\S)\S[^\s@]*@\S+?\.\w\w", re.I)
_COPYRIGHT_RE = lazyre.compile(r"©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved")
_CODE_RE = lazyre.compile(r"[{}]|\bfunction\s*\(|\bvar\s+\w+\s*=")
#: The start of a tag, "<p" or "</p": markup when a ">" follows (see _code).
_TAG_START_RE = lazyre.compile(r"</?\w")
_JS_RE = lazyre.compile(r"javascript|\bjs\b|enable .{0,20}browser|browser .{0,30}(?:not supported|out of date|update)")
# cheap pre-filter: a block without any of these has no C4 cue (each is a
# part every match of one of the patterns below holds: "\bsign" of "sign up",
# "\blog" of "log in", "\bopt" of "opt out", "rights reserved"...)
_C4_ANY_RE = lazyre.compile(r"lorem|javascript|\bjs\b|browser|cookie|privacy|terms of|consent"
                            r"|subscri|\bsign|\blog|newsletter|rights reserved|gdpr|\bopt|choices"
                            r"|©|copyright|\(c\)|[{}<]|function|\bvar\s")
#: What every match of _C4_ANY_RE contains.
_C4_LITERALS = ("lorem", "javascript", "js", "browser", "cookie", "privacy", "terms of", "consent", "subscri",
                "sign", "log", "newsletter", "rights reserved", "gdpr", "opt", "choices", "©",
                "copyright", "(c)", "{", "}", "<", "function", "var")
# C4's policy list ("terms of use", "privacy policy", "cookie policy",
# "uses cookies", "use of cookies", "use cookies") widened to the consent
# and account chrome a text dump carries.
_POLICY_RE = lazyre.compile(
    r"terms of (?:use|service)|privacy (?:policy|notice|statement|rights|settings)"
    r"|cookie(?:s| policy| settings)?\b|use of cookies|\bconsent\b"
    r"|\bunsubscribe\b|\bnewsletters?\b|\bsign(?:ed)?[ -]?(?:up|in)\b|\blog[ -]?in\b"
    r"|\bsubscri(?:be|ption)\b|all rights reserved|ad ?choices"
    r"|\bgdpr\b|\bopt[ -]out\b",
)


@dataclass(slots=True)
class _Feat:
    text: str
    lower: str
    key: str  # lower-cased words joined by spaces (duplicate detection)
    chars: int
    words: int
    stop: int
    density: float
    sentence_end: bool
    terminal: bool
    url: bool
    #: holds one of the C4 cue literals (see _C4_LITERALS)
    cue: bool
    #: what the rules derived from the block alone, remembered (see _features)
    memo: dict = field(default_factory=dict, repr=False, compare=False)
    #: what the block may be in a teaser ("" not asked yet), and (language,
    #: what it is), remembered (see _teaser_maybe, _teaser_part)
    maybe: str = field(default="", repr=False, compare=False)
    teaser: tuple | None = field(default=None, repr=False, compare=False)


_CLOSERS = " '\"’”»)]"
_SENTENCE_CHARS = frozenset(".!?…。！？")
_TERMINAL_CHARS = _SENTENCE_CHARS | frozenset(":;")


#: The features of the blocks of the document at hand, by block text, with
#: the stop-word list they were counted with: each pass of the pipeline
#: classifies nearly the same blocks again. Emptied with each document.
_FEATURES = structure.document_memo()


def _features(blocks: Sequence[str], sw: frozenset[str]) -> list[_Feat]:
    if not structure.FAST:
        return _compute_features(blocks, sw)
    with structure.DOCUMENT_LOCK:  # (a caller of classify_blocks may be a thread)
        memo = _FEATURES
        if memo.get(None) is not sw or len(memo) > structure._MEMO_MAX:
            memo.clear()
            memo[None] = sw
        # (each block text once: a page's repeated blocks, "Share" under
        # every story, a menu's words, share one _Feat)
        missing = list(dict.fromkeys(raw for raw in blocks if raw not in memo))
        if missing:
            memo.update(zip(missing, _compute_features(missing, sw)))
        return [memo[raw] for raw in blocks]


#: ``_WORD_RE`` over ASCII text: every byte that is no word character
#: (``[A-Za-z0-9_]``) made a space, for ``bytes.split`` (``\w`` of a pattern
#: of ``str`` matches the same characters of ASCII as the ASCII flag's).
_ASCII_NON_WORD = bytes.maketrans(
    bytes(range(128)),
    bytes(c if chr(c).isalnum() or chr(c) == "_" else 32 for c in range(128)))


def _words_of(lower: str) -> list[str]:
    """``_WORD_RE.findall(lower)``: for an ASCII block (most), its bytes
    translated and split, a third faster than the pattern's matches."""
    if lower.isascii():
        return lower.encode().translate(_ASCII_NON_WORD).decode().split()
    return _WORD_RE.findall(lower)


def _compute_features(blocks: Sequence[str], sw: frozenset[str]) -> list[_Feat]:
    out = []
    findall = _words_of if structure.FAST else _WORD_RE.findall
    url_search = _URL_RE.search
    contains = sw.__contains__
    for raw in blocks:
        text = raw.strip()
        lower = text.lower()
        toks = findall(lower)
        n = len(toks)
        stop = sum(map(contains, toks)) if sw else 0
        last = text.rstrip(_CLOSERS)[-1:]
        # (positional: in the order of _Feat's fields; keywords cost a
        # third of the making of a _Feat)
        out.append(_Feat(
            text,                                    # text
            lower,                                   # lower
            " ".join(toks),                          # key
            len(text),                               # chars
            n,                                       # words
            stop,                                    # stop
            stop / n if n else 0.0,                  # density
            last in _SENTENCE_CHARS if last else False,   # sentence_end
            last in _TERMINAL_CHARS if last else False,   # terminal
            ("//" in text or "www." in lower or "@" in text) and bool(url_search(text)),  # url
            False,                                   # cue
        ))
    # the cue literals of all the blocks in one scan (no literal holds a
    # newline, so none is found across two blocks)
    starts = []
    pos = 0
    for f in out:
        starts.append(pos)
        pos += len(f.lower) + 1
    for end, _ in prefilter._automaton(_C4_LITERALS).iter("\n".join(f.lower for f in out)):
        out[bisect.bisect_right(starts, end) - 1].cue = True
    return out


# --------------------------------------------------------------------------
# the rules


GOOD, NEARGOOD, SHORT, BAD = "good", "neargood", "short", "bad"


def _calibrated(feats: list[_Feat], opt: BlockOptions, has_sw: bool) -> tuple[float, float, str]:
    lo, hi = opt.stopwords_low, opt.stopwords_high
    if not has_sw:
        return 0.0, 0.0, "no stop-word list"
    if not opt.calibrate_stopwords:
        return lo, hi, ""
    dens = sorted(f.density for f in feats if f.chars >= opt.length_high)
    if len(dens) < 3:
        dens = sorted(f.density for f in feats if f.chars >= opt.length_low)
    if len(dens) < 3:
        return lo, hi, ""
    # upper half median: the prose of the page, not its menus
    ref = dens[len(dens) * 3 // 4]
    if ref < opt.reference_density:
        k = ref / opt.reference_density
        return lo * k, hi * k, f" (thresholds scaled x{k:.2f})"
    return lo, hi, ""


def _justext_classes(feats: list[_Feat], opt: BlockOptions, lo: float, hi: float) -> list[str]:
    """jusText's context-free classification (justext.core.classify_paragraphs)."""
    cls = []
    append = cls.append
    low, high, min_words = opt.length_low, opt.length_high, opt.c4_min_words
    for f in feats:
        # (``sentence`` is _c4_sentence; a copyright line holds a C4 cue)
        sentence = f.sentence_end and f.words >= min_words
        if f.url and f.words <= 3:
            append(BAD)
        elif f.chars < high and f.cue and _copyright(f):
            append(BAD)
        elif f.chars < low:
            # a short full sentence with function words is a short
            # paragraph, not chrome: near-good, so that one good neighbour
            # is enough to keep it
            append(NEARGOOD if (sentence and f.density >= lo) or _life_dates(f) else SHORT)
        elif f.density >= hi:
            append(GOOD if f.chars > high or sentence else NEARGOOD)
        elif f.density >= lo:
            append(GOOD if sentence else NEARGOOD)
        else:
            # below the stop-word floor, but a sentence by C4's standard, or
            # the life dates that close an obituary: let the context decide
            # instead of condemning it
            append(NEARGOOD if sentence or _life_dates(f) else BAD)
    return cls


#: The life dates of a person, as an obituary closes with them ("…, born
#: 3 May 1932; died 18 December 2023"; "geboren 1932, gestorben 2023"): a
#: word for born and a year, then a word for died and a year.
_LIFE_DATES_RE = lazyre.compile(
    r"\b(?:born|b\.|geboren|geb\.|née?|nacid[oa]|nat[oa])\s.{0,40}?\b\d{3,4}\b"
    r".{0,20}?\b(?:died|d\.|gestorben|gest\.|morte?|décédée?|fallecid[oa]|murió|mort[oa])\s"
    r".{0,40}?\b\d{3,4}\b")


def _life_dates(f: _Feat) -> bool:
    if f.words > 40:
        return False
    out = f.memo.get("life")
    if out is None:
        out = f.memo["life"] = _figure_words(f) >= 2 and bool(_LIFE_DATES_RE.search(f.lower))
    return out


def _c4_sentence(f: _Feat, opt: BlockOptions) -> bool:
    """C4's notion of a kept line: ends in sentence punctuation, has at least
    ``c4_min_words`` words."""
    return f.sentence_end and f.words >= opt.c4_min_words


def _justext_revise(cls: list[str]) -> list[str]:
    """jusText's context-sensitive revision (revise_paragraph_classification),
    without the tag-based heading rules. A short block takes the class of
    its nearest good or bad neighbours when they agree (none: bad); between
    a good and a bad one it is good when a near-good block stands between
    it and the bad one. Then a near-good block is bad only between two bad
    ones. (Read a gap between two good or bad blocks at a time: a walk to
    the neighbours from each block took quadratic time over a long run of
    short lines, a table of figures.)"""
    n = len(cls)
    new = list(cls)
    edges = [-1, *[i for i, c in enumerate(cls) if c == GOOD or c == BAD], n]
    for a, b in zip(edges, edges[1:]):
        if b - a < 2:
            continue
        p = cls[a] if a >= 0 else BAD
        nx = cls[b] if b < n else BAD
        gap = cls[a + 1:b]
        if SHORT not in gap:
            continue
        if p == nx:
            for k, c in enumerate(gap, a + 1):
                if c == SHORT:
                    new[k] = p
            continue
        if p == BAD:
            # good after the gap's first near-good block
            cut = gap.index(NEARGOOD) + a + 1 if NEARGOOD in gap else b
            for k, c in enumerate(gap, a + 1):
                if c == SHORT:
                    new[k] = GOOD if k > cut else BAD
        else:
            # good before the gap's last near-good block
            cut = b - 1 - gap[::-1].index(NEARGOOD) if NEARGOOD in gap else a
            for k, c in enumerate(gap, a + 1):
                if c == SHORT:
                    new[k] = GOOD if k < cut else BAD
    cls2 = new
    new = list(cls2)
    # (no short block is left: a gap holds near-good blocks only)
    edges = [-1, *[i for i, c in enumerate(cls2) if c == GOOD or c == BAD], n]
    for a, b in zip(edges, edges[1:]):
        if b - a < 2:
            continue
        both_bad = (a < 0 or cls2[a] == BAD) and (b >= n or cls2[b] == BAD)
        new[a + 1:b] = [BAD if both_bad else GOOD] * (b - a - 1)
    return new


def _copyright(f: _Feat) -> bool:
    out = f.memo.get("copyright")
    if out is None:
        out = f.memo["copyright"] = bool(_COPYRIGHT_RE.search(f.lower))
    return out


def _per_block(fn: Callable[[_Feat, BlockOptions], T]) -> Callable[[_Feat, BlockOptions], T]:
    """``fn(f, opt)`` remembered with the block's features (each pass asks
    about nearly the same blocks), with the default options (other options
    give other answers, and are asked afresh)."""
    key = fn.__name__

    def remembered(f: _Feat, opt: BlockOptions) -> T:
        if opt is not _DEFAULT_OPTIONS:
            return fn(f, opt)
        out = f.memo.get(key)
        if out is None:
            out = f.memo[key] = fn(f, opt)
        return out

    return remembered


def _code(text: str) -> bool:
    """Code or markup: a brace, ``function(``, ``var x =``, or a tag (what
    ``</?\\w+[^>]*>`` finds: a tag's start with a ">" after it). The tag is
    no pattern: tried from every "<" of a line of "<a<a<a…" without a ">",
    ``[^>]*`` read the rest of the line from each, quadratic time; if no ">"
    follows the first tag's start, none follows a later one."""
    if _CODE_RE.search(text):
        return True
    m = _TAG_START_RE.search(text)
    return m is not None and text.find(">", m.end()) >= 0


def _c4_reason_of(f: _Feat, opt: BlockOptions) -> str:
    t = f.lower
    prose = f.words >= opt.c4_max_words
    # (no cue can condemn a long paragraph that ends as a sentence, whose
    # cue may be in any sentence of it, "... subscribers ...": only "lorem
    # ipsum" can, and the patterns need not read it)
    policy = f.words <= opt.c4_cue_max_words or f.words < 2 * opt.c4_max_words
    if not policy and f.sentence_end:
        return "contains 'lorem ipsum'" if f.cue and "lorem ipsum" in t else ""
    # literals first: re tries every alternative at every position
    if not f.cue or not _C4_ANY_RE.search(t):
        return ""
    if "lorem ipsum" in t:
        return "contains 'lorem ipsum'"
    # (a mention of javascript or a copyright condemns no prose: the
    # patterns are asked only of a shorter block)
    js = None if prose else _JS_RE.search(t)
    if js:
        return f"mentions '{js.group(0)}', {f.words} words"
    # one cue condemns a line that is not a sentence ("Subscribe", "Manage
    # cookie settings"); a sentence needs two ("We use cookies ... you
    # consent"), so that "Millions signed up for the service." stays
    cues = sorted(set(_POLICY_RE.findall(t))) if policy else ()
    if cues and (
        (len(cues) == 1 and not _c4_sentence(f, opt) and f.words <= opt.c4_cue_max_words)
        or (len(cues) >= 2 and f.words < 2 * opt.c4_max_words)
    ):
        return f"{_CUES_REASON} {cues[0]!r}, {f.words} words"
    if not prose and _COPYRIGHT_RE.search(t):
        return f"copyright line, {f.words} words"
    if not f.sentence_end and _code(f.text):
        return "code or markup"
    return ""


#: The start of the reason of a line that C4's policy and account cues
#: condemn (see _c4_reason_of, _reported_cues).
_CUES_REASON = "policy/account cue"
#: The site's own voice, said to the reader: "we", "our", "us" (not "US").
_SITE_VOICE_RE = lazyre.compile(r"\b(?:[Ww]e|WE|[Oo]urs?|OURS?|us)\b")


def _cue_voice_of(f: _Feat, opt: BlockOptions) -> bool:
    """Whether the block holds one of C4's policy or account cues as the
    site's chrome says it: opening the line, as a call to act does ("Sign
    up for …", "Subscribe now …", "Newsletter: …"), or in the site's voice
    outside the line's quotations ("our newsletter", "we use cookies")."""
    if not (f.cue and _POLICY_RE.search(f.lower)):
        return False
    if _POLICY_RE.match(f.lower):
        return True
    # (the words between the quotations, read once: a line of many quotes
    # and many "us" is no square of them)
    text, pos, parts = f.text, 0, []
    for a, b in structure.quotations(text):
        parts.append(text[pos:a])
        pos = b
    parts.append(text[pos:])
    return _SITE_VOICE_RE.search(" ".join(parts)) is not None


#: The reader spoken to: "Manage your subscription".
_READER_RE = lazyre.compile(r"\b(?:you|your|yours)\b")
#: A call to act that opens a line: "Sign up …", "Log in", "Subscribe now".
_CALL_CUE_RE = lazyre.compile(r"(?:sign(?:ed)?[ -]?(?:up|in)|log[ -]?in|(?:un)?subscribe|opt[ -]out)\b")


def _heads(f: _Feat, under: _Feat, sw: frozenset[str]) -> bool:
    """Whether the one-cue line ``f`` heads the paragraph ``under`` it: they
    share a content word other than the cue, or the cue itself under a line
    in sentence case ("Privacy policy under scrutiny" over the regulator's
    words on the policy); a box's name in Title Case ("The Harbour Tide
    Newsletter") over a paragraph that speaks of a newsletter heads
    nothing."""
    shared = _stems(f.lower, sw) & _stems(under.lower, sw)
    return bool(shared & _stems(_POLICY_RE.sub(" ", f.lower), sw)
                or (shared and not f.text.istitle()))


def _crosshead_on_cue(f: _Feat, opt: BlockOptions) -> bool:
    """Whether a short line that one of C4's cues condemns (one cue, no
    sentence) may be the article's crosshead: it has words besides its
    cue, opens with no call to act ("Sign up now") and speaks in no voice
    of the site's ("Our newsletter") nor to the reader ("Manage your
    subscription"): "The subscription model", "Cookies
    banned from school canteens". Its place decides (see
    classify_blocks: between two paragraphs of prose, sharing a content
    word other than its cue with the one under it, as a crosshead heads
    its section; a
    newsletter's box between two paragraphs, "Harbour Tide Newsletter",
    speaks of no word of the story)."""
    if _c4_sentence(f, opt) or f.words > opt.c4_cue_max_words or _CALL_CUE_RE.match(f.lower) \
            or _SITE_VOICE_RE.search(f.text) or _READER_RE.search(f.lower):
        return False
    cues = _POLICY_RE.findall(f.lower)
    return len(set(cues)) == 1 and len(_POLICY_RE.sub(" ", f.lower).split()) >= 1


def _reported_cues_of(f: _Feat, opt: BlockOptions) -> bool:
    """Whether a line that the cues condemn as a sentence that holds two
    of them (see _c4_reason_of) may be the article's prose about them: a
    sentence of a paragraph's length (``length_low`` characters or more)
    that holds its cues in words of its own, not as chrome does (see
    _cue_voice_of): "New customers can sign up for the service's annual
    subscription, which costs $99." Its neighbours decide (see
    classify_blocks)."""
    return (_c4_sentence(f, opt) and f.chars >= opt.length_low
            and _c4_reason(f, opt).startswith(_CUES_REASON) and not _cue_voice(f, opt))


def _menu_like(f: _Feat, opt: BlockOptions) -> bool:
    if f.words == 0:
        return True
    if f.sentence_end:
        return False
    # one or two words: stop-word density means nothing ("Home", "World"
    # are stop words in some lists)
    return f.words < opt.menu_max_words and (
        f.words <= 2 or f.density < opt.menu_max_stopwords + 1e-9)


#: The label of a line ("Photo:", "Account: @handle"): one or two words
#: without a figure before a colon.
_LABEL_RE = lazyre.compile(r"^([^\W\d]+(?:[ -][^\W\d]+)?)\s*:")


def _item_headers(feats: list[_Feat], opt: BlockOptions, listed: list[str],
                  chrome: Collection[int] = ()) -> dict[int, str]:
    """The headers of the items of a list article: the short lines over
    each item's own prose (a name, "Photo:", a credit, "Account: @handle"),
    which B104 would take for a menu (B101 for chrome, when they are
    fewer). Each header is a run of ``item_header_min_lines`` to
    ``item_header_max_lines`` menu-like lines (none in
    ``chrome`` or ``listed``) between two sentences; they are the
    article's when ``item_header_min_items`` of them or more share a label
    (a line that starts with the same word and a colon), each opens with a
    line of its own without a label (the item's name: no two alike) and a
    paragraph of prose stands between each and the next. A menu has no
    prose between its items; a share bar or a box of links between two
    paragraphs repeats its lines or its label line as it is, and a box
    of headlines shares no label."""
    idx = [i for i in range(len(feats)) if feats[i].text]
    chrome = frozenset(chrome)

    def menu(i: int) -> bool:
        return not listed[i] and i not in chrome and _menu_like(feats[i], opt)

    runs: list[list[int]] = []
    k = 0
    while k < len(idx):
        if not menu(idx[k]):
            k += 1
            continue
        m = k
        while m < len(idx) and menu(idx[m]):
            m += 1
        if (opt.item_header_min_lines <= m - k <= opt.item_header_max_lines and 0 < k and m < len(idx)
                and _c4_sentence(feats[idx[k - 1]], opt) and _c4_sentence(feats[idx[m]], opt)):
            runs.append(idx[k:m])
        k = m
    if len(runs) < opt.item_header_min_items:
        return {}

    def label(i: int) -> str | None:
        mt = _LABEL_RE.match(feats[i].lower)
        return mt.group(1) if mt else None

    by_label: dict[str, list[list[int]]] = {}
    for run in runs:
        if label(run[0]) is not None:
            continue
        for lab in {label(i) for i in run[1:]} - {None}:
            by_label.setdefault(lab, []).append(run)
    out: dict[int, str] = {}
    for group in by_label.values():
        if len(group) < opt.item_header_min_items:
            continue
        if len({feats[run[0]].key for run in group}) < len(group):
            continue
        # prose of its own under each header, before the next one
        if not all(any(feats[i].chars >= opt.length_low and _c4_sentence(feats[i], opt)
                       for i in range(a[-1] + 1, b[0]))
                   for a, b in zip(group, group[1:])):
            continue
        for run in group:
            for i in run:
                out[i] = "header of an item of a list article"
    return out


#: A letter's signature: a name (maybe a title first, "Dr", initials, a
#: particle, "van", "O'Neil") of two to five words, a comma, and where the
#: writer lives ("Dunmore", "Ashby Green", "Leeds, West Yorkshire") or
#: "by email"; or the name and the place each on a line of its own.
_SIGNED_NAME = (r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev|Revd|Sir|Dame|Cllr|Lord|Lady|Canon|Fr)\.?\s+)?"
                r"[A-Z][\w’'-]*\.?(?:\s+(?:[A-Z][\w’'-]*\.?|de|del|van|von|der|den|da|di|du|le|la"
                r"|bin|ibn)){1,4}")
_SIGNED_PLACE = (r"(?:[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|upon|on|in|by|of|the|le)){0,3}"
                 r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?|(?:by|via)\s+e-?mail)")
SIGNATURE_RE = lazyre.compile(_SIGNED_NAME + r",\s+" + _SIGNED_PLACE)
_SIGNED_NAME_RE = lazyre.compile(_SIGNED_NAME)
_SIGNED_PLACE_RE = lazyre.compile(_SIGNED_PLACE)


def _letter_signatures(feats: list[_Feat], opt: BlockOptions, listed: list[str],
                       chrome: Collection[int] = ()) -> dict[int, str]:
    """The signatures of a letters page's letters: a name, a comma and
    where the writer lives (``SIGNATURE_RE``: "Margaret Hale, Dunmore",
    "Dr Alan Brooks, Millbrook"), each right under a sentence (the
    letter's last), or the name over the place on a line of its own with
    the next letter's sentence (or nothing) under them,
    ``letter_min_signatures`` of them or more, each a different writer.
    They are the article's: jusText would take the last one, with nothing
    under it, for a short line without good neighbours, and B105 the
    letters under the first for what follows the article; a name and a
    place under one paragraph only may be anything (a dateline, a credit)
    and is left to its rules."""
    idx = [i for i, f in enumerate(feats) if f.text]
    # (each line's tests once, in one pass: a sentence, as _c4_sentence
    # tells it; a short line, a capital first, no sentence, none another
    # rule's, as a signature's)
    said = [feats[i].sentence_end and feats[i].words >= opt.c4_min_words for i in idx]
    short = [feats[i].words <= 12 and not feats[i].sentence_end and feats[i].text[:1].isupper()
             and not listed[i] and i not in chrome for i in idx]
    out: dict[int, str] = {}
    names: list[int] = []
    ends: list[int] = []  # (the last line of each signature)
    for k in range(1, len(idx)):
        if not (short[k] and said[k - 1]):
            continue
        i, s = idx[k], feats[idx[k]].text
        if "," in s and SIGNATURE_RE.fullmatch(s):
            out[i] = "a letter's signature"
            names.append(i)
            ends.append(i)
        elif k + 1 < len(idx) and short[k + 1] and (k + 2 == len(idx) or said[k + 2]) \
                and _SIGNED_NAME_RE.fullmatch(s) and _SIGNED_PLACE_RE.fullmatch(feats[idx[k + 1]].text):
            out[i] = out[idx[k + 1]] = "a letter's signature"
            names.append(i)
            ends.append(idx[k + 1])
    if len(names) < opt.letter_min_signatures or len({feats[i].key for i in names}) < len(names):
        return {}
    pos = {i: k for k, i in enumerate(idx)}

    def title(k: int) -> bool:
        return 0 <= k < len(idx) - 1 and not _c4_sentence(feats[idx[k]], opt) \
            and 0 < feats[idx[k]].words <= opt.letter_title_max_words and idx[k] not in chrome \
            and not listed[idx[k]] and _c4_sentence(feats[idx[k + 1]], opt)

    # the letters' titles, when they have them: a line that is no sentence,
    # of ``letter_title_max_words`` at most, right under a signature and
    # over the next letter's sentence; then the first letter's too, over
    # its text
    titles = [idx[pos[i] + 1] for i in ends if title(pos[i] + 1)]
    if titles:
        k = pos[names[0]] - 1
        while k > 0 and _c4_sentence(feats[idx[k]], opt):
            k -= 1
        if title(k):
            titles.append(idx[k])
    for i in titles:
        out[i] = "a letter's title"
    return out


_ITEM_RE = lazyre.compile(r"^(?:[-–—•·▪►◦*+✓✔]\s*|\(?\d{1,3}[.)]\s*|\(?[a-zA-Z][.)]\s+)\S")
#: A word (``_WORD_RE``) that holds a digit, up to its first digit: one
#: match a word (a match starts only where a word starts).
_FIGURE_WORD_RE = lazyre.compile(r"(?<!\w)\w*?\d")


def _data_kind_of(f: _Feat, opt: BlockOptions) -> int:
    """Whether the block reads as data: a third of its words hold a figure
    ("3 Rovers 31 22 7 2 +44 73", "1 lemon, or 1/4 cup juice"), or it is a
    short line that starts with a quantity ("2 garlic cloves, crushed"; not
    a headline, "10 things we learned from the final day"), and no sentence
    ("14 inches is plenty."); or it is an item of the article's list (an
    enumerated sentence; a label and its value in words, "Dan Okafor: 7,
    scored twice", not a comment's "Rating: 7 Votes"; an item of a menu
    or a price list, a short line that ends in its price after a dash, a
    colon, a comma or dots, "Lamb stew with barley — £14"). A teaser led by its
    time ("09:42 Rents rise as supply falls") or a ranked headline ("2 Bus
    fares up 20p from 1 March") is a link, not data. 0: not data; 1: data;
    2: data unless a neighbour makes it a ranked headline (the block alone
    cannot tell: see ``ranked`` in ``_anchored_runs``)."""
    text = f.text
    item = _ITEM_RE.match(text)
    if f.chars < opt.length_high and (m := _LABELLED_RE.match(text)) \
            and _LOWER_WORD_RE.search(text, m.end()):
        return 1
    if f.sentence_end:
        return 1 if item else 0
    if _CLOCK_START_RE.match(text):
        return 0
    if priced_item(text, f.words, opt):
        # an item of a menu or a price list, its price after a dash, a
        # colon or dots ("Borscht with sour cream — £9")
        return 1 if _rank_of(f) is None else 2
    # (the number of an enumerated line is not a figure of it)
    rest = text[item.end() - 1:] if item else text
    words = _WORD_RE.findall(rest)
    figs = _count_figure_words(rest) if item else _figure_words(f)
    if len(words) >= 2 and figs > 0 and (
            3 * figs >= len(words)
            or (len(words) <= opt.data_max_words and bool(structure.DIGIT.search(words[0])))):
        # (only a line that starts like a ranked headline may be one)
        return 1 if _rank_of(f) is None else 2
    return 0


_c4_reason = _per_block(_c4_reason_of)
_cue_voice = _per_block(_cue_voice_of)
_reported_cues = _per_block(_reported_cues_of)
_data_kind = _per_block(_data_kind_of)


def _anchored_runs(feats: list[_Feat], opt: BlockOptions, lo: float,
                   removed: list, chrome: Collection[int] = (),
                   content: Collection[int] = (), sw: frozenset[str] = frozenset()) -> list[str]:
    """Lists and tables that continue the prose before them.

    A run of list items (bullets or enumerators, at most one other short
    block between two items) directly after a prose block, or the run of
    short cells after a prose line that ends in a colon and announces a
    table (at least ``table_min_digits`` of the cells hold a digit) belongs
    to the article; so is a run of short lines announced by a line that ends
    in a colon, with a paragraph of prose before the announcement and after
    the run ("The shortlisted books are:", or a noun and a verb that
    announces a list, "Exemptions include:", then one title a line); so is a
    run of rows of one table after a prose block (``table_min_rows`` or
    more, each split into the same number of short cells by " | ", maybe
    after a short caption line; ``table_min_digits`` of the cells under the
    first row hold a digit); so is a run of rows of a table written with
    spaces after a prose block (``table_min_rows`` or more with the same
    number of figures, three or more in half of the words, maybe after a
    caption and a header row); so is a run of short lines between a prose
    block and a paragraph, when more than half of them are data or
    enumerated sentences and ``table_min_rows`` of those come in a row (a
    recipe's ingredients and steps under their headings; a label and its
    value in words), or two rows of a scorecard, each mostly figures (three
    or more, a third of its words; not a line of a date); so is a line
    after a paragraph that gives an address and opening hours (the place a
    review is about); so are two lists or more of short bulleted items,
    each under a short heading (not in ``chrome``, not a section's name),
    between two paragraphs (a review's pros and cons); so is the first
    crosshead, in sentence case, between the headline (or a block in
    ``chrome`` under it) and the first paragraph, when the article has
    other crossheads, or in Title Case right under a headline in sentence
    case when the article has other crossheads in Title Case (see
    ``title_case_crosshead``). A short label ("Key points:") announces a list only of
    statements (five words or more with function words, not counting the
    words with figures), even after a lead with few function words (a
    sentence of paragraph length, a press release's); so does any line
    that ends in a colon right under the headline (the first block not in
    ``chrome``) or its standfirst (a block in ``content``, or a line of
    prose, right under the headline), with the body's paragraph after the
    list. Two or more rows of matches of one shape (a name, "v" or a
    score, a name, maybe a time: see ``match_row``) under a short heading
    (not in ``chrome``, not a section's name) right after a paragraph are
    the article's fixtures or results. Two or more facts under a short
    label ending in a colon (not in ``chrome``, not a section's name) right
    after a paragraph are the article's too, with or without a paragraph
    after them: each a label and its value in lower case, a figure or a
    name ("- Seats: 240", "Architect: Mara Lind"; not a telephone
    number, not a teaser's headline, "- Video: Flood hits town"), or a
    bulleted line of data; all bulleted or none. Verse announced by a line
    of prose
    (three words or more with function words, after a paragraph, ending in
    a colon; or a paragraph of prose ending in a colon, which needs no
    paragraph before it: the lead may announce it) is too, wherever the run
    of its lines ends: two or more short
    lines with function words, most of them ending in punctuation or going
    on in lower case (headlines do neither; a list item a paragraph long,
    "contains spam or advertising;", is no line of verse). So is verse that
    no colon announces, right after a paragraph and before one (maybe
    under its title, a short heading, and over one line of attribution, a
    line led by a dash or a name in capitals): ``verse_min_lines`` lines
    or more of verse with function words, none an item, a link, a line of
    figures or a line in Title Case, over which the syntax runs on (a line
    ends in a comma, a semicolon or a dash, or the next goes on in lower
    case or with a conjunction, "And all the shops are shut"; a list of
    other stories' headlines never does); or, when the syntax does not
    run on (a haiku), ``verse_min_lines`` lines or more of at most
    ``plain_verse_max_chars`` characters, with function words over the
    stanza, one line opening with an article or a personal pronoun (a
    headline leaves them out), when the paragraph before or after speaks
    of verse ("the winning poem"). Lines of data, every one (a review's
    priced dishes), after a paragraph and before a sentence of prose too
    short to be a paragraph ("The cafe is open every day from 7am."), are
    the article's too. So is a list of things between two paragraphs
    written as a writer lists them (``table_min_rows`` short items or more,
    no sentence, more than half of them in lower case, "baby carrier",
    "healthy snack bars", under one sentence that announces them without
    a colon), one of them at least sharing a content word with the
    paragraph over or under it (a page's icons, "icon mail", name nothing
    the story tells of; a menu's items are capitalised). Ranked headlines
    and teasers led by a time are not data, and no list or table under the
    heading of a box of the page (a block in ``chrome``, a section's name)
    is the article's; such a heading also ends a table of cells announced by
    a colon, which may then be as few as ``table_min_rows`` records of fields
    with a figure. A block in ``chrome`` is never the prose around a run.
    Returns, per block, "" or a short description."""
    n = len(feats)
    out = [""] * n
    idx = [i for i in range(n) if feats[i].text]

    # Whether each block is an anchor (prose a list or a table may continue)
    # and a paragraph, worked out once: the loop below asks about the
    # blocks before each block again and again (five times for the block
    # before). A paragraph is an anchor too.
    anchors = [False] * n
    paragraphs = [False] * n
    min_words, low = opt.c4_min_words, opt.length_low
    for i in idx:
        f = feats[i]
        if removed[i] is not None or f.words < min_words or f.density < lo or i in chrome:
            continue
        # (with words >= c4_min_words, a sentence end is _c4_sentence)
        if f.sentence_end:
            anchors[i] = True
            # (only a block with a C4 cue can have a C4 reason)
            paragraphs[i] = f.chars >= low and not (f.cue and _c4_reason(f, opt))
        else:
            anchors[i] = f.chars >= low or f.text.endswith(":")

    # the headline: the first block that is not chrome
    head = next((q for q in idx if q not in chrome), None)

    def under_headline(k: int) -> bool:
        # idx[k] is the headline, or the standfirst under it (a block
        # another rule knows as the article's, or a line with function
        # words right under the headline, as ``anchors`` reads prose)
        i = idx[k]
        if i == head:
            return _looks_like_headline(feats[i], opt)
        return i not in chrome and k > 0 and idx[k - 1] == head and (
            i in content or anchors[i])

    def announced(k: int) -> bool:
        # idx[k - 1] announces a list (a short line with function words that
        # ends in a colon, or a label of one or two words, "Key points:",
        # that no phrase list knows: see ``statement``) right after a
        # paragraph or right under the headline (or its standfirst), and
        # idx[k] is short or a statement
        f = feats[idx[k - 1]]
        return (f.text.endswith(":") and f.chars < opt.length_low
                and (f.words < opt.announce_min_words or f.density >= lo)
                and removed[idx[k - 1]] is None and idx[k - 1] not in chrome
                and (paragraphs[idx[k - 2]] or under_headline(k - 2) or lead(k - 2))
                and (feats[idx[k]].chars < opt.length_low or statement(k)))

    def clause(f: _Feat) -> bool:
        # the announcement f is a clause of the prose, not a label of the
        # page: three words or more ("The exemptions include:"), or a noun
        # and a verb that announces a list ("Exemptions include:", "Winners
        # were:"); "Related:", "See also:", "Top stories:" are labels
        return f.words >= opt.announce_min_words or (
            f.words == 2 and bool(_LISTING_VERB_RE.search(f.lower)))

    def verse(k: int) -> bool:
        # idx[k] may be a line of verse: short (a paragraph's length is a
        # list item's, "contains spam or advertising;"), with function words
        # (or going on in lower case), not chrome, not a label nor a time
        f = feats[idx[k]]
        return (0 < f.chars < low and removed[idx[k]] is None and idx[k] not in chrome
                and not f.text.endswith(":") and not _CLOCK_START_RE.match(f.text)
                and (f.text[:1].islower() or (f.words >= 2 and stops(f) >= lo)))

    def verse_end(k: int) -> int:
        # where the verse that starts at idx[k] ends (k: there is none): two
        # or more lines of verse, most of them ending in punctuation or
        # going on in lower case (a stanza; headlines of other stories do
        # neither)
        m = k
        while m < count and verse(m):
            m += 1
        lines = [feats[idx[q]].text for q in range(k, m)]
        if len(lines) >= 2 and 2 * sum(
                1 for t in lines
                if t[:1].islower() or t.rstrip(_CLOSERS)[-1:] in _VERSE_ENDS) >= len(lines):
            return m
        return k

    def stanza_line(k: int) -> bool:
        # idx[k] may be a line of verse that no colon announces: a line of
        # verse (see ``verse``) with function words, even in lower case (a
        # tag is none, "flood defences"), that is no item, link, line of
        # figures nor line in Title Case (a link's headline: "Night Buses
        # Return to Town")
        f = feats[idx[k]]
        return (verse(k) and f.words >= 2 and stops(f) >= lo and not f.url
                and not _ITEM_RE.match(f.text)
                and not _figure_words(f) and not TITLE_CROSSHEAD_RE.fullmatch(f.text))

    def stanza_end(k: int) -> int:
        # where the verse that starts at idx[k] (maybe under its title, a
        # short heading) ends, when no colon announces it (k: there is
        # none): ``verse_min_lines`` lines or more (see ``stanza_line``)
        # over which the syntax runs on: a line ends in a comma, a
        # semicolon or a dash, or the next goes on in lower case or with a
        # conjunction ("And all the shops are shut and still"). The
        # headlines of other stories never run on so.
        s = k if stanza_line(k) else k + 1
        if s > k and not (s < count and list_heading(k) and not data(k)):
            return named_stanza_end(k)
        m = s
        while m < count and m - s < opt.max_announced_items and stanza_line(m):
            m += 1
        if m - s < opt.verse_min_lines:
            return named_stanza_end(k)
        lines = [feats[idx[q]].text for q in range(s, m)]
        if any(a.rstrip(_CLOSERS)[-1:] in _RUN_ON_ENDS or b[:1].islower()
               or _CONJUNCTION_START_RE.match(b) for a, b in zip(lines, lines[1:])):
            return m
        return named_stanza_end(k)

    def plain_line(k: int) -> bool:
        # idx[k] may be a line of verse whose syntax need not run on (a
        # haiku's, "Morning train is late"): a line of a few words, not
        # chrome, a label, a time, an item, a link, a line of figures nor a
        # line in Title Case; its function words are counted over the stanza
        f = feats[idx[k]]
        return (0 < f.chars <= opt.plain_verse_max_chars and 2 <= f.words
                and removed[idx[k]] is None and idx[k] not in chrome
                and not f.text.endswith(":") and not f.url and not _CLOCK_START_RE.match(f.text)
                and not _ITEM_RE.match(f.text) and not _figure_words(f)
                and not TITLE_CROSSHEAD_RE.fullmatch(f.text))

    def names_verse(k: int) -> bool:
        # idx[k] is a paragraph that speaks of verse ("the winning poem",
        # "a haiku", "the song's lyrics")
        return 0 <= k < count and paragraphs[idx[k]] and _speaks_of_verse(feats[idx[k]])

    def named_stanza_end(k: int) -> int:
        # where the verse that starts at idx[k] (maybe under its title) ends
        # when its syntax does not run on (a haiku; modern verse with no
        # punctuation, each line capitalised), k: there is none. Such lines
        # read as headlines do, so the prose right before or after them
        # must speak of verse ("poem", "haiku", "lyrics"), and the stanza
        # is ``verse_min_lines`` short lines or more (see ``plain_line``)
        # with function words (headlines drop them: "Storm hits coast"),
        # one of which opens with a word that headlines leave out, an
        # article or a personal pronoun ("My dog waits with me"; see
        # ``_VERSE_OPENER_RE``)
        # (first whether the prose around speaks of verse: the paragraph
        # before, or the next paragraph, which ends the stanza if one is there)
        nxt = next((q for q in range(k + 1, min(count, k + opt.max_announced_items + 3))
                    if paragraphs[idx[q]]), None)
        if not (names_verse(k - 1) or (nxt is not None and names_verse(nxt))):
            return k
        s = k if plain_line(k) else k + 1
        if s > k and not (s < count and list_heading(k) and not data(k)):
            return k
        m = s
        while m < count and m - s < opt.max_announced_items and plain_line(m):
            m += 1
        if m - s < opt.verse_min_lines:
            return k
        words = stop = 0
        for q in range(s, m):
            words += feats[idx[q]].words
            stop += feats[idx[q]].stop
        if stop < lo * words:
            return k
        if not any(opens_like_verse(feats[idx[q]].text) for q in range(s, m)):
            return k
        after = m + 1 if m + 1 < count and attribution(m) else m
        if names_verse(k - 1) or names_verse(after):
            return m
        return k

    def attribution(k: int) -> bool:
        # idx[k] may be the attribution under a poem: a short line led by a
        # dash ("— Tom Ashby, 2022") or a name in capitals, not chrome
        # nor a link
        f = feats[idx[k]]
        return (0 < f.chars < low and removed[idx[k]] is None and idx[k] not in chrome
                and not f.url and (f.text[:1] in "—–-―"
                                   or bool(TITLE_CROSSHEAD_RE.fullmatch(f.text))))

    def lead(k: int) -> bool:
        # idx[k] is a sentence of paragraph length that another rule does
        # not know as chrome, even with few function words (a press
        # release's lead, full of names and figures): it may be followed
        # by a list of statements
        f = feats[idx[k]]
        return (f.chars >= low and f.words >= min_words and f.sentence_end
                and removed[idx[k]] is None and idx[k] not in chrome)

    def sentence(k: int) -> bool:
        # idx[k] is a sentence of the prose, if shorter than a paragraph:
        # an anchor that ends as a sentence does, no data, no line that a
        # C4 cue condemns ("Sign up to our newsletter for more.")
        f = feats[idx[k]]
        return (anchors[idx[k]] and f.sentence_end and not data(k)
                and not (f.cue and _c4_reason(f, opt)))

    def stops(f: _Feat) -> float:
        # the stop-word density of the words that hold no figure (a figure
        # is neither a function word nor a word of a headline)
        words = f.words - _figure_words(f)
        return f.stop / words if words > 0 else 0.0

    def statement(k: int) -> bool:
        # idx[k] is a point of a summary, a sentence without its full stop
        # ("Inflation fell to 4.6% in October, its lowest in two years"):
        # five words or more with function words, shorter than a paragraph
        # and not a label; a headline is written without them ("Mayor
        # defends budget in radio interview")
        f = feats[idx[k]]
        return (f.words >= opt.c4_min_words and stops(f) >= lo and f.chars < opt.length_high
                and not paragraphs[idx[k]] and not f.text.endswith(":")
                and not _CLOCK_START_RE.match(f.text) and _rank_of(f) is None)

    def fact_label(k: int) -> bool:
        # idx[k] is a short label that announces the article's facts
        # ("Fact file:", "In numbers:"): it ends in a colon, is not chrome
        # (a label a phrase list knows, "Related stories:", "Read more:"),
        # nor a section's name, nor a comment section's heading
        f = feats[idx[k]]
        return (f.text.endswith(":") and f.chars < low and 0 < f.words <= opt.fact_label_max_words
                and removed[idx[k]] is None and not heading(k)
                and not _COMMENTS_RE.match(f.lower))

    def fact(k: int) -> bool:
        # idx[k], a list item, is one of the article's facts: a label and
        # its value ("- Roof: green sedum", "- Seats: 240"; not a teaser's
        # "- Analysis: Why the pound fell", nor a contact's "- Email:
        # press@…" or "- Phone: +44…"), or a bulleted line of data (see
        # ``data``); not a statement: with no paragraph after them, the
        # headlines of a list of links read as statements as often
        f = feats[idx[k]]
        if f.url or removed[idx[k]] is not None or idx[k] in chrome:
            return False
        item = _ITEM_RE.match(f.text)
        m = _FACT_RE.match(f.text, item.end() - 1 if item else 0)
        if m:
            value = f.text[m.end():]
            if _PHONE_RE.fullmatch(value):
                return False  # a contact's number, the page's
            # (a figure first, maybe after a currency, "£4m", "GBP 40
            # million"; a value in capitals is a name, "Mara Lind", every
            # word of it capitalised: a teaser's headline goes on in lower
            # case, "Flood hits town")
            return value[:1].islower() or bool(_FACT_FIGURE_RE.match(value)) or (
                value[:1].isalpha() and len(_WORD_RE.findall(value)) <= opt.fact_value_max_words
                and not _LOWER_WORD_RE.search(value))
        return bool(item) and data(k)

    def scores(k: int) -> bool:
        # idx[k] is a row of a scorecard or of results: data, three figures
        # or more, a third of its words, and not a time's nor a date's line
        f = feats[idx[k]]
        n = _figure_words(f)
        return (n >= 3 and 3 * n >= f.words and removed[idx[k]] is None
                and idx[k] not in chrome and not _CLOCK_START_RE.match(f.text)
                and not _MONTH_RE.search(f.text) and data(k))

    def list_heading(k: int) -> bool:
        # idx[k] is a short heading of one of the article's lists ("Pros",
        # "What we liked:"): not an item, not a sentence, not the heading of
        # a box of the page (a line a phrase list knows, a section's name),
        # nor a comment section's
        f = feats[idx[k]]
        return (0 < f.words <= opt.fact_label_max_words and f.chars < low
                and not f.sentence_end and not _ITEM_RE.match(f.text)
                and removed[idx[k]] is None and not heading(k)
                and not _COMMENTS_RE.match(f.lower) and not f.url)

    def crosshead(k: int) -> bool:
        # idx[k] is shaped as a crosshead: a short heading (see
        # ``list_heading``) that is no data, nor a time
        return list_heading(k) and not data(k) and not _CLOCK_START_RE.match(feats[idx[k]].text)

    def pro(k: int) -> bool:
        # idx[k] is a short bulleted item of such a list ("- Bright 120Hz
        # screen"), not a link, not a ranked headline, not a time's teaser
        f = feats[idx[k]]
        return (bool(_ITEM_RE.match(f.text)) and f.chars < low
                and f.words <= opt.menu_max_words and not f.url
                and removed[idx[k]] is None and idx[k] not in chrome
                and not _CLOCK_START_RE.match(f.text) and _rank_of(f) is None)

    def cells_of(t: str) -> list[str]:
        return [c.strip() for c in t.strip(" |").split("|")]

    def figures(k: int) -> int:
        # how many words of idx[k] hold a figure, as a row of a table written
        # with spaces ("3 Rovers 31 22 7 2 +44 73": three figures or more,
        # in half of its words; a date, "November 20, 2019", is not a row);
        # 0: not such a row
        f = feats[idx[k]]
        if f.chars >= opt.length_low:
            return 0
        n = _figure_words(f)
        return n if n >= 3 and 2 * n >= f.words else 0

    data_of: dict[int, bool] = {}

    def lower_items(k: int, m: int) -> bool:
        # the lines idx[k..m), between prose, are a list of things written
        # as a writer lists them, not a menu's titles: short items with no
        # sentence end, more than half of them opening in lower case ("baby
        # carrier", "healthy snack bars"), ``table_min_rows`` or more, under
        # one sentence that announces them without a colon ("Our kit is
        # very simple."; unannounced, lower-case lines between paragraphs
        # are as often a page's tags or menu over an author's note); none a
        # link, none a line a rule knows; and the
        # things are the story's: one of them at least shares a content
        # word with the paragraph over the list or the one under it (a
        # page's icons, "icon mail", "icon muted", name nothing it tells of)
        items = lower = 0
        announced = False
        own: set[str] = set()
        for q in range(k, m):
            g = feats[idx[q]]
            if removed[idx[q]] is not None or idx[q] in chrome or g.url:
                return False
            if g.sentence_end:
                if q > k:
                    return False
                announced = True
                continue
            if g.words > opt.menu_max_words:
                return False
            items += 1
            lower += g.text[:1].islower()
            own |= content_stems(g.text, sw)
        if not announced or items < opt.table_min_rows or 2 * lower <= items:
            return False
        return not own.isdisjoint(content_stems(feats[idx[k - 1]].text, sw)
                                  | content_stems(feats[idx[m]].text, sw))

    def data(k: int) -> bool:
        # idx[k] reads as data (see ``_data_kind``); only a ranked headline
        # needs its neighbours to tell. (Asked again for each run that may
        # start before idx[k].)
        v = data_of.get(k)
        if v is None:
            kind = _data_kind(feats[idx[k]], opt)
            v = data_of[k] = kind == 1 or (kind == 2 and not ranked(k))
        return v

    def ranked(k: int) -> bool:
        # idx[k] is a headline of a ranked list ("1 Rents rise 4.5% to a
        # 10-year high", "3. Bakery chain to open 12 shops"): a rank, then
        # a capitalised word and lower-case words, and the line before or
        # after it holds the rank before or after (a standings row has no
        # lower-case words, "1 Harbour City 12 9 2 1 29"; an ingredient goes
        # on in lower case, "2 garlic cloves", and its quantities are no
        # ranks)
        r = _rank_of(feats[idx[k]])
        return r is not None and any(
            0 <= q < len(idx) and _rank_of(feats[idx[q]], headline=False) == r + d
            for q, d in ((k - 1, -1), (k + 1, 1)))

    def heading(k: int) -> bool:
        # idx[k], right above a list, heads a box of the page, not a part of
        # the article: a line a phrase-list rule knows ("Trending now",
        # "Latest news") or the name of a section of the site ("Markets",
        # "Sport"); a ticker's rows are figures as a table's are, only the
        # heading tells them apart
        return idx[k] in chrome or _section_name(feats[idx[k]])

    def fixture_heading(k: int) -> bool:
        # idx[k] is a short heading of the article's ("Sunday's fixtures",
        # "Results:"), not a line a phrase list knows nor a section's name
        f = feats[idx[k]]
        return (0 < f.words <= opt.data_max_words and not f.sentence_end
                and removed[idx[k]] is None and not heading(k))

    def columns(k: int) -> int:
        # the number of cells of idx[k] as a row of a table (0: not a row);
        # a cell may be empty ("Rovers | | 23")
        t = feats[idx[k]].text
        if " | " not in t:
            return 0
        cells = cells_of(t)
        if len(cells) < 2 or any(len(c) > opt.table_max_cell_chars for c in cells):
            return 0
        return len(cells)

    k = 0
    count = len(idx)
    high = opt.length_high
    while k < count:
        i = idx[k]
        f = feats[i]
        # the lists and tables but two (announced by a colon; rows of
        # matches) start right after an anchor: most blocks follow none
        after_anchor = k > 0 and anchors[idx[k - 1]]
        if not (after_anchor or (k > 1 and paragraphs[idx[k - 2]])
                or (k > 0 and feats[idx[k - 1]].text.endswith(":"))):
            # every run below starts right after an anchor (a paragraph is
            # one), two blocks after a paragraph (under its label or
            # heading) or right after a line that ends in a colon: a block
            # after none of them starts none, and is passed at once
            k += 1
            continue
        if after_anchor:
            # a table's rows may follow a short caption line
            first = k + 1 if (k + 1 < count and f.chars < low and not columns(k)) else k
            if width := columns(first):
                m = first + 1
                while m < count and columns(m) == width:
                    m += 1
                rows = [idx[q] for q in range(first, m)]
                # the cells under the header row
                cells = [c for r in rows[1:] for c in cells_of(feats[r].text) if c]
                digits = sum(1 for c in cells if structure.DIGIT.search(c))
                if len(rows) >= opt.table_min_rows and digits >= opt.table_min_digits * len(cells):
                    for q in range(k, m):
                        out[idx[q]] = f"table of {len(rows)} rows after prose"
                    k = m
                    continue
            # a table written with spaces: rows with the same number of
            # figures, maybe after a caption and a header row
            first = k
            while first < min(k + 2, count) and not figures(first) \
                    and feats[idx[first]].chars < low:
                first += 1
            width = figures(first) if first < count else 0
            # (under the heading of a box of the page, a markets ticker)
            if width and not (first > k and heading(first - 1)):
                m = first + 1
                while m < count and figures(m) == width:
                    m += 1
                if m - first >= opt.table_min_rows:
                    for q in range(k, m):
                        out[idx[q]] = f"table of {m - first} rows of figures after prose"
                    k = m
                    continue
            if _ITEM_RE.match(f.text):
                # list run
                items, last, m = [], k, k
                while m < count:
                    t = feats[idx[m]].text
                    if _ITEM_RE.match(t):
                        items.append(m)
                        last = m
                    elif m - last > 1 or feats[idx[m]].chars >= high:
                        break
                    m += 1
                if len(items) >= 2:
                    for q in range(k, last + 1):
                        out[idx[q]] = f"list of {len(items)} items after prose"
                    k = last + 1
                    continue
        if k > 0 and paragraphs[idx[k - 1]] and list_heading(k):
            # two lists or more, each under a short heading, after a
            # paragraph and before another ("Pros", then "- Bright
            # screen", "Cons", then "- Slow charging"): the article's
            m, lists = k, 0
            while m < count and list_heading(m):
                q = m + 1
                while q < count and pro(q):
                    q += 1
                if q == m + 1:
                    break
                lists += 1
                m = q
            if lists >= 2 and m < count and paragraphs[idx[m]] and not list_heading(m):
                for q in range(k, m):
                    out[idx[q]] = f"{lists} lists under short headings, between prose"
                k = m
                continue
        if k > 1 and f.chars < high and paragraphs[idx[k - 2]] and fact_label(k - 1) \
                and ((bullet := bool(_ITEM_RE.match(f.text))) or _FACT_RE.match(f.text)):
            # facts under a short label right after a paragraph ("Fact
            # file:", then "- Seats: 240", or "Seats: 240" without the
            # bullets), at the end of the article too: each item a label
            # and its value, or a bulleted line of data (the headlines of a
            # list of links are neither)
            m = k
            while m < count and feats[idx[m]].chars < high and (
                    bool(_ITEM_RE.match(feats[idx[m]].text)) == bullet
                    and (bullet or _FACT_RE.match(feats[idx[m]].text))):
                m += 1
            if 2 <= m - k <= opt.max_announced_items and all(fact(q) for q in range(k, m)):
                for q in range(k - 1, m):
                    out[idx[q]] = f"list of {m - k} facts under a label, after prose"
                k = m
                continue
        # (``announced`` asks first for the colon)
        ann = feats[idx[k - 1]] if k > 0 else None
        listing = k > 1 and ann.text.endswith(":") and announced(k)
        if listing:
            m = k
            while m < count and (feats[idx[m]].chars < low or statement(m)):
                m += 1
            # an item that ends in a colon is a label of the page ("Tags:"),
            # not a list item; a label of one or two words announces
            # statements, not links ("Related:", then headlines)
            # (under the headline, only statements: a box of other stories'
            # headlines may stand there)
            if 2 <= m - k <= opt.max_announced_items and m < count and paragraphs[idx[m]] \
                    and not any(feats[idx[q]].text.endswith(":") for q in range(k, m)) \
                    and ((clause(feats[idx[k - 1]]) and paragraphs[idx[k - 2]])
                         or all(statement(q) for q in range(k, m))):
                for q in range(k - 1, m):
                    out[idx[q]] = f"list of {m - k} lines announced by a colon, between prose"
                k = m
                continue
        if k > 1 and ann.text.endswith(":") and ann.words >= opt.announce_min_words \
                and removed[idx[k - 1]] is None and idx[k - 1] not in chrome \
                and (paragraphs[idx[k - 2]] or (ann.chars >= low and anchors[idx[k - 1]])) \
                and (m := _quoted_script_end(feats, idx, k, count, removed, chrome, opt)) > k:
            # a quotation in its own script (a verse of scripture in Arabic
            # in an Indonesian sermon, a line of Greek in an English essay)
            # announced by a line of the prose that ends in a colon, and
            # prose after it: the document's stop words cannot judge it
            for q in range(k - 1, m):
                out[idx[q]] = f"{m - k} lines in another script, announced by a colon"
            k = m
            continue
        if k > 0 and ann.text.endswith(":"):
            # verse or a quotation that the prose announces, at the end of
            # the article or before a line that is not prose: lines with
            # function words, most of them ending in punctuation or going
            # on in lower case (a stanza; headlines of other stories do
            # neither). The announcement is a paragraph of prose ("The
            # poem, written for the anniversary, begins:"), the lead too:
            # the paragraph is prose itself, so none need come before it;
            # or a line of prose after a paragraph ("Her best-known poem
            # ends:"), one that announces no list of lines (see above)
            if ann.chars >= low:
                by = "a paragraph of prose" if anchors[idx[k - 1]] else ""
            else:
                by = "a line of prose" if (listing and ann.words >= opt.announce_min_words
                                           and ann.density >= lo and paragraphs[idx[k - 2]]) else ""
            if by and (m := verse_end(k)) > k:
                for q in range(k - 1, m):
                    out[idx[q]] = f"{m - k} lines announced by {by}"
                k = m
                continue
        # (a stanza is short lines: most short lines after a paragraph, a
        # crosshead, have a paragraph right after them)
        if k > 0 and paragraphs[idx[k - 1]] and f.chars < low \
                and k + opt.verse_min_lines < count and feats[idx[k + 1]].chars < low \
                and (m := stanza_end(k)) > k:
            # verse between two paragraphs that no colon announces (a poem
            # in a feature, maybe under its title and over its author's
            # name): a stanza whose syntax runs on over its lines (see
            # ``stanza_end``), then the article's prose, maybe after one
            # short line of attribution ("— Tom Ashby", a name in
            # capitals)
            if m + 1 < count and not paragraphs[idx[m]] and attribution(m):
                m += 1
            if m < count and paragraphs[idx[m]]:
                for q in range(k, m):
                    out[idx[q]] = f"{m - k} lines of verse between prose"
                k = m
                continue
        if k > 1 and paragraphs[idx[k - 2]] and fixture_heading(k - 1) \
                and (kind := match_row(f.text)):
            # the rows of matches under a short heading after the article's
            # prose ("Sunday's fixtures", then "Harbour City v Rovers
            # (15:00)", or results, "Rovers 2-1 Millbrook"): two or more
            # rows of one shape, a name, "v" or a score, a name
            m = k + 1
            while m < count and match_row(feats[idx[m]].text) == kind:
                m += 1
            if m - k >= 2:
                for q in range(k - 1, m):
                    out[idx[q]] = f"{m - k} rows of matches under a heading, after prose"
                k = m
                continue
        if after_anchor and f.chars < low and feats[idx[k - 1]].text.endswith(":"):
            # (the heading of a box of the page, "Topics", ends the table)
            m = k
            while m < count and feats[idx[m]].chars < low and not heading(m):
                m += 1
            cells = [idx[q] for q in range(k, m)]
            digits = sum(1 for c in cells if structure.DIGIT.search(feats[c].text))
            # or as few as ``table_min_rows`` records of fields with a
            # figure ("Mark Doe, 34, Northfield: theft, six months"; a
            # dated headline has one comma at most)
            records = sum(1 for c in cells if structure.DIGIT.search(feats[c].text)
                          and len(_FIELD_SEP_RE.findall(feats[c].text)) >= 2)
            if (len(cells) >= 4 and digits >= opt.table_min_digits * len(cells)) \
                    or opt.table_min_rows <= len(cells) == records:
                for c in cells:
                    out[c] = f"table of {len(cells)} cells announced by a colon"
                k = m
                continue
        if after_anchor and paragraphs[idx[k - 1]] and f.chars < low \
                and _FIGURES_LINE_RE.match(f.text) and removed[i] is None and i not in chrome:
            # the story's figures on one line after its last paragraph, a
            # label and quantities with their units ("Nutrition per
            # serving: 342 kcal, 11g fat"; not "Comments: 12")
            out[i] = "a line of figures after prose"
            k += 1
            continue
        if after_anchor and paragraphs[idx[k - 1]] and f.chars < high and removed[i] is None \
                and i not in chrome and venue_line(f.text):
            # the details of the place a review is about after a paragraph:
            # its address and its opening hours ("Quay Bakery, 3 Dock
            # Street, Leith. Open Wed–Sun, 9am–4pm.")
            out[i] = "a venue's address and hours after prose"
            k += 1
            continue
        if after_anchor and not paragraphs[i] and f.chars < high:
            # a run of short lines between two paragraphs, most of them data
            # or items (a recipe's ingredients and steps under their
            # headings, a table): the article goes on after it
            m = k
            while m < count and m - k <= opt.max_announced_items and not paragraphs[idx[m]] \
                    and feats[idx[m]].chars < high:
                m += 1
            run = m - k
            # (the lines are read as data only for a run of the right length
            # with a paragraph after it: most runs are neither)
            if not (opt.table_min_rows <= run <= opt.max_announced_items and m < count
                    and paragraphs[idx[m]]):
                if run == 2 and m < count and paragraphs[idx[m]] \
                        and all(scores(q) for q in range(k, m)):
                    # two rows of a scorecard between two paragraphs, each
                    # mostly figures ("Rovers 231-6 (50 overs): A Khan 88,
                    # B Lowe 41")
                    for q in range(k, m):
                        out[idx[q]] = "2 rows of figures between prose"
                    k = m
                    continue
                if paragraphs[idx[k - 1]] and structure.DIGIT.search(f.text) and data(k):
                    # lines of data, every one, between a paragraph and a
                    # sentence of prose shorter than a paragraph (a review's
                    # priced dishes, then "The cafe is open every day from
                    # 7am."): the article goes on after them (a line of
                    # data of a price or figures: asked only of a line
                    # with a digit)
                    q = k
                    while q < m and data(q):
                        q += 1
                    if q - k >= opt.table_min_rows and q < m and sentence(q):
                        for r in range(k, q):
                            out[idx[r]] = f"{q - k} lines of data before a sentence, after prose"
                        k = q
                        continue
                k += 1
                continue
            rows = streak = longest = 0
            for q in range(k, m):
                streak = streak + 1 if data(q) else 0
                rows += streak > 0
                longest = max(longest, streak)
            # most lines are data, and ``table_min_rows`` of them in a row
            # (a teaser list with times, "2H ago", or comment headers,
            # "Rating: 7 Votes", a name, a time, alternate); not under the
            # heading of a box of the page (a markets ticker)
            top = next((q for q in range(k, m) if data(q)), m)
            if not (top > k and heading(top - 1)) \
                    and rows > opt.menu_max_digits * run \
                    and longest >= opt.table_min_rows:
                for q in range(k, m):
                    out[idx[q]] = f"{rows} of {run} lines of data or items, between prose"
                k = m
                continue
            if lower_items(k, m):
                for q in range(k, m):
                    out[idx[q]] = f"{run} lines of a list of things in lower case, between prose"
                k = m
                continue
        k += 1
    # the article's first crosshead, right over its first paragraph and
    # under the headline (or a line of the page's between them): a short
    # heading as the article's other crossheads are, when it has some (a
    # short heading between a paragraph and a paragraph or a list)
    first = next((q for q in range(count) if paragraphs[idx[q]]), None)
    if first is not None and first >= 2 and not out[idx[first - 1]] \
            and crosshead(first - 1) and (idx[first - 2] == head or idx[first - 2] in chrome) \
            and _SENTENCE_CASE_RE.fullmatch(feats[idx[first - 1]].text) \
            and any(crosshead(q) and paragraphs[idx[q - 1]]
                    and (paragraphs[idx[q + 1]] or out[idx[q + 1]])
                    for q in range(first + 1, count - 1)):
        out[idx[first - 1]] = "a crosshead over the first paragraph, as the article's others"
    # ... or in Title Case, right under a headline in sentence case, when
    # the article's other crossheads are in Title Case too (a line in
    # Title Case there alone is a box's or a button's label as often:
    # "Watch Our Latest Videos", "Readers' Photos")
    elif first is not None and first >= 2 and not out[idx[first - 1]] and idx[first - 2] == head \
            and title_case_crosshead(feats[idx[first - 1]].text, feats[head].text) \
            and any(TITLE_CROSSHEAD_RE.fullmatch(feats[idx[q]].text) and crosshead(q)
                    and paragraphs[idx[q - 1]] and (paragraphs[idx[q + 1]] or out[idx[q + 1]])
                    for q in range(first + 1, count - 1)):
        out[idx[first - 1]] = "a crosshead in Title Case over the first paragraph, as the article's others"
    return out


#: A word of the article's vocabulary: letters only, four or more.
_VOCAB_WORD_RE = lazyre.compile(r"[^\W\d_]{4,}")
#: Words are compared by their first letters, so that "lemons" is
#: "lemon" and "Conservatives" "Conservative".
_VOCAB_STEM = 5


#: Lines that are no data between two lines of data of one run at most
#: (a recipe's "Salt and pepper", then "Method", between the ingredients
#: and the steps).
_DATA_GAP = 2
_DIGITS_RE = lazyre.compile(r"\d+")


#: A review's verdict on a line of its own: stars, or a mark out of five or
#: ten, maybe after a label ("★★★☆☆", "Rating: 4/5", "Verdict: 3 out of 5").
_VERDICT_RE = lazyre.compile(
    r"(?:(?:our\s+)?(?:rating|verdict|score)\s*:\s*)?"
    r"(?:[★☆✩✭✮✯⭐]{3,10}|\d{1,2}(?:[.,]5)?\s*(?:/|out\s+of)\s*(?:5|10)(?:\s+stars)?)",
    re.IGNORECASE)
_VERDICT_MAX_CHARS = 40


#: What announces the article's own table after its prose: the last
#: sentence of the paragraph over it, or a short label at the top of the
#: run, names results, a table or standings ("Here are the results in
#: full.", "Full results", "Final standings").
_TABLE_NOUN_RE = lazyre.compile(
    r"\b(?:results?|tables?|standings|leaderboard|scorecard|(?:vote|poll)\s+shares?)\b")
#: The start of a paragraph's last sentence.
_LAST_SENTENCE_RE = lazyre.compile(r".*[.!?…][\"'”’)]*\s+(?=\S)", re.DOTALL)


def _script_of(text: str) -> str:
    """The script that nine letters in ten or more of ``text`` are written
    in ("LATIN", "ARABIC", "CYRILLIC", "HANGUL", "CJK"…, the first word of
    their Unicode names), or "" (no letters; a mix)."""
    counts: dict[str, int] = {}
    for c in text:
        if c.isalpha():
            name = unicodedata.name(c, "")
            script = name.split(" ", 1)[0]
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return ""
    script, most = max(counts.items(), key=lambda kv: kv[1])
    return script if 10 * most >= 9 * sum(counts.values()) else ""


def _quoted_script_end(feats: list[_Feat], idx: list[int], k: int, count: int,
                       removed: list, chrome: Collection[int], opt: BlockOptions) -> int:
    """Where the quotation in another script that starts at ``idx[k]``
    ends (``k``: there is none): up to ``max_announced_items`` lines no
    longer than a paragraph, none a link nor chrome, all in one script
    (see ``_script_of``) other than that of the announcement
    ``idx[k - 1]``, with a paragraph of prose right after them (a list of
    a site's editions, one a script, is in none; a box of links in one
    script at the foot of the page has no prose after it)."""
    own = _script_of(feats[idx[k - 1]].text)
    script = _script_of(feats[idx[k]].text) if own else ""
    if not script or script == own:
        return k
    m = k
    while m < count and m - k < opt.max_announced_items:
        g = feats[idx[m]]
        if removed[idx[m]] is not None or idx[m] in chrome or g.url \
                or g.chars >= opt.length_high or _script_of(g.text) != script:
            break
        m += 1
    if m >= count or m == k:
        return k
    g = feats[idx[m]]
    prose = g.chars >= opt.length_low and _c4_sentence(g, opt) and g.density >= opt.stopwords_low \
        and removed[idx[m]] is None and idx[m] not in chrome
    return m if prose else k


def _announces_table(lower: str) -> bool:
    """Whether the last sentence of a lower-cased paragraph names results,
    a table or standings (see ``_TABLE_NOUN_RE``)."""
    m = _LAST_SENTENCE_RE.match(lower)
    return bool(_TABLE_NOUN_RE.search(lower, m.end() if m else 0))


def _stems(lower: str, sw: frozenset[str]) -> set[str]:
    """The stems of the content words of a lower-cased block (see
    ``_VOCAB_WORD_RE``): no stop word."""
    return {w[:_VOCAB_STEM] for w in _VOCAB_WORD_RE.findall(lower) if w not in sw}


def content_stems(text: str, sw: frozenset[str]) -> set[str]:
    """The stems of the content words of ``text`` (``sw``: the stop words
    of its language, see ``stopwords_for``): its words of four letters or
    more, no stop word, each cut to its first five letters."""
    return _stems(text.lower(), sw)


def holds_link(text: str) -> bool:
    """Whether ``text`` holds a web address or an e-mail address."""
    return bool(_URL_RE.search(text))


def goes_on(own: set[str], over: set[str], told: set[str],
            near: set[str] | None = None) -> bool:
    """Whether a paragraph whose content stems are ``own`` (see
    ``content_stems``) goes on with the article, whose text so far has the
    stems ``told``, rather than with the short lines right over it, whose
    stems are ``over`` (a teaser's headline, its time, its section; a
    crosshead; a caption): it shares a content word with the article, and
    no fewer than with those lines. A teaser's summary speaks of its own
    headline, or of a story the article never told; the article's
    paragraph goes on with its story. With ``near``, the stems of what
    the story is about (its headline), one word shared with a long
    article is no proof (a promotion's "month" or "news"): it shares two
    of its words, or one of ``near``'s."""
    shared = own & told
    if not shared or len(shared) < len(own & over):
        return False
    return near is None or len(shared) >= 2 or not shared.isdisjoint(near)


def _article_data(feats: list[_Feat], opt: BlockOptions, lo: float, sw: frozenset[str],
                  removed: list, chrome: Collection[int], listed: list[str]) -> dict[int, str]:
    """The article's structured content after a paragraph that no paragraph
    follows (the end of the article, or short closing lines after it):
    a run of short lines right after a paragraph of prose, most of them
    data (see ``_data_kind``), ``table_min_rows`` of them in a row, bound
    to the article: ``table_min_rows`` data lines or more, and most of
    them, are enumerated sentences (a recipe's steps, "1. Heat the oven to
    200C.") or share a word with the article's headline or paragraphs (a
    recipe's ingredients, "2 lemons, quartered" under "Lemon chicken…";
    an election's results, "Jo Bloggs (Green) 14,208" under "Greens take
    the seat…"), or that the prose announces (the last sentence of the
    paragraph over the run, or a short label at its top, names results, a
    table or standings: "Here are the results in full.", "Full results").
    The run ends at a paragraph, a line that a rule knows as
    chrome, a link, or a long line; it is kept up to its last line of data
    and the sentences right after it (the article's short closing
    paragraphs: "Ms Bloggs thanked her agent."), not the page's lines
    after them ("Rate this recipe"). The headlines of other stories are
    seldom data, ranked ones never, and the headlines of related stories
    rarely all share the article's words. Returns the indices of the run's
    lines with a short description."""
    n = len(feats)
    idx = [i for i in range(n) if feats[i].text]
    count = len(idx)
    low, high = opt.length_low, opt.length_high

    # Whether each block is a paragraph of prose and whether it may be a
    # member of a run (short, no paragraph, no link, no chrome), worked out
    # once a block: the loop below asks them of every block and its
    # neighbours
    min_words = opt.c4_min_words
    free = [removed[i] is None and not f.url and i not in chrome for i, f in enumerate(feats)]
    paragraphs = [ok and f.sentence_end and f.chars >= low and f.words >= min_words
                  and f.density >= lo for ok, f in zip(free, feats)]
    members = [ok and not para and f.chars < high
               for ok, para, f in zip(free, paragraphs, feats)]

    def sentence(i: int) -> bool:
        f = feats[i]
        return free[i] and _c4_sentence(f, opt) and f.density >= lo

    # (most documents have no run of three short data lines after a paragraph)
    out: dict[int, str] = {}
    vocab: set[str] | None = None
    k = 1
    while k < count:
        i = idx[k]
        if not listed[i] and feats[i].chars <= _VERDICT_MAX_CHARS and members[i] \
                and _VERDICT_RE.fullmatch(feats[i].text) and sentence(idx[k - 1]):
            # a review's verdict right after its prose, a paragraph or its
            # short last sentence ("★★★☆☆", "Rating: 4/5"); a page's rating
            # widget has a count of votes ("★★★★☆ (212 ratings)") or
            # stands under its own label ("Rate this recipe")
            out[i] = "a review's verdict after prose"
            k += 1
            continue
        if listed[i] or not paragraphs[idx[k - 1]] or not members[i]:
            k += 1
            continue
        m = k
        while m < count and m - k < opt.max_announced_items and members[idx[m]] \
                and not listed[idx[m]]:
            m += 1
        kinds = [_data_kind(feats[idx[q]], opt) for q in range(k, m)]
        data = []
        for q, kind in zip(range(k, m), kinds):
            if kind == 2:
                r = _rank_of(feats[idx[q]])
                if any(0 <= p < count and _rank_of(feats[idx[p]], headline=False) == r + d
                       for p, d in ((q - 1, -1), (q + 1, 1))):
                    continue  # a ranked headline
            if kind:
                if data and q - data[-1] > _DATA_GAP + 1:
                    break  # (a box of the page's after the article's data)
                data.append(q)
        # (a counter repeated, a poll's "%165 votes", "%250 votes", is the
        # page's widget: the article's rows say different things)
        if len({_DIGITS_RE.sub("", feats[idx[q]].lower) for q in data}) * 2 <= len(data):
            k += 1
            continue
        streak = longest = 0
        rows = set(data)
        for q in range(k, m):
            streak = streak + 1 if q in rows else 0
            longest = max(longest, streak)
        if longest < opt.table_min_rows or 2 * len(data) <= (data[-1] + 1 - k):
            k += 1
            continue
        if vocab is None:
            vocab = set()
            head = next((q for q in idx if q not in chrome), None)
            for q in idx:
                if q == head or paragraphs[q]:
                    vocab |= _stems(feats[q].lower, sw)
        bound = 0
        for q in data:
            f = feats[idx[q]]
            if (f.sentence_end and _ITEM_RE.match(f.text)) or _stems(f.lower, sw) & vocab:
                bound += 1
        end = data[-1] + 1
        while end < m and _c4_sentence(feats[idx[end]], opt):
            end += 1
        # (or the article goes on after the data: a sentence with function
        # words, "Mr Bloggs conceded after midnight.", or a list of the
        # article's right after the run, the steps after the ingredients;
        # or the prose announces it: "Here are the full results.", or a
        # short label at its top, "Full results")
        if (bound < 2 or 2 * bound <= len(data)) and not any(
                feats[idx[q]].density >= lo for q in range(data[-1] + 1, end)) \
                and not (end == m < count and listed[idx[m]]) \
                and not _announces_table(feats[idx[k - 1]].lower) \
                and not any(feats[idx[q]].words <= opt.fact_label_max_words
                            and _TABLE_NOUN_RE.search(feats[idx[q]].lower)
                            for q in range(k, data[0])):
            k += 1
            continue
        for q in range(k, end):
            out[idx[q]] = f"{len(data)} lines of data of the article's after prose"
        k = end
    return out


#: A short heading in sentence case, two words or more, a word of four
#: letters or more in lower case among them ("Northern line", "Our
#: verdict"); a menu's or a button's label is in title case ("Back to
#: Gallery", "Daily Email"), a tag is one word ("Syria").
_SENTENCE_CASE_RE = lazyre.compile(r"[A-Z][\w'’-]*(?: [\w'’-]+)*? [a-z][a-z'’-]{3,}(?: [\w'’-]+)*")
#: A crosshead in Title Case: two to six words, each capitalised but the
#: short connectives, no figure, no punctuation but an apostrophe or a
#: hyphen ("The Long Wait for Sun").
TITLE_CROSSHEAD_RE = lazyre.compile(
    r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|and|for|a|an|in|on|to|at|with|from|or)){1,5}")


#: A crosshead between two paragraphs has at most so many words (a short
#: heading of a list, ``fact_label_max_words``).
CROSSHEAD_MAX_WORDS = _DEFAULT_OPTIONS.fact_label_max_words


def title_case_crosshead(line: str, headline: str) -> bool:
    """Whether ``line``, the one line between the headline and the first
    paragraph, is the article's first crosshead written in Title Case
    ("The Long Wait for Sun"; see ``TITLE_CROSSHEAD_RE``) under a
    ``headline`` in sentence case (see ``_SENTENCE_CASE_RE``): a site that
    writes its headlines so writes the headlines of its other stories so
    too, and a Title Case line under it is no teaser's headline."""
    return bool(TITLE_CROSSHEAD_RE.fullmatch(line.strip())) \
        and bool(_SENTENCE_CASE_RE.fullmatch(headline.strip()))


#: A label and two quantities or more with their units ("Nutrition per
#: serving: 342 kcal, 11g fat, 14g protein").
_FIGURES_LINE_RE = lazyre.compile(
    r"[A-Z][\w'’-]*(?: [\w'’-]+){0,3}: \d[\d.,]*\s?[a-z%]+(?:,? (?:and )?\d[\d.,]*\s?[a-z%]+"
    r"(?: [a-z]+)?){1,}\.?$")
#: The verb that ends a clause announcing a list ("Exemptions include:",
#: "The winners were:").
_LISTING_VERB_RE = lazyre.compile(
    r"\s(?:includ(?:e|es|ed)|are|were|comprise[sd]?|involve[sd]?|contain(?:s|ed)?)\s*:$")
#: An address: a house number and a street's name ("14 Mill Lane").
_ADDRESS_RE = lazyre.compile(r"(?:^|,\s)\d{1,4}[a-z]?\s[A-Z][a-z]+")
#: Opening hours: a range of times of day or of days of the week ("8am–3pm",
#: "10:00-18:00", "Tue–Sun").
_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
_HOURS_RE = lazyre.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]m)?\s?[-–—]\s?\d{1,2}(?:[.:]\d{2})?\s?[ap]m\b"
    r"|\b\d{1,2}[.:]\d{2}\s?[-–—]\s?\d{1,2}[.:]\d{2}\b"
    rf"|\b{_DAY}\s?[-–—]\s?{_DAY}(?!\w)")
#: The name of a month: a date's line ("Updated 12 March 2024, 10:32").
_MONTH_RE = lazyre.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b")
#: What a line of verse or of a quotation may end with.
_VERSE_ENDS = frozenset(",;.!?…—–-")
#: What a line of verse whose sentence runs on to the next line ends with.
_RUN_ON_ENDS = frozenset(",;—–-")
#: A word for verse in the prose around a poem ("the winning poem", "a
#: haiku", "the song's lyrics"): it tells a stanza whose syntax does not run
#: on from a list of headlines.
_VERSE_NOUN_RE = lazyre.compile(
    r"\b(?:poem|poetry|poet|haiku|verse|stanza|lyric|song|sonnet|hymn|ballad|limerick"
    r"|rhyme|elegy|psalm|ode|epitaph|carol|chant|anthem|lullaby)s?\b")
#: A stanza has at least so many lines (see ``BlockOptions.verse_min_lines``).
VERSE_MIN_LINES = _DEFAULT_OPTIONS.verse_min_lines
#: A paragraph (around a list or a stanza) has at least so many characters.
PARAGRAPH_MIN_CHARS = _DEFAULT_OPTIONS.length_low


def _speaks_of_verse(f: _Feat) -> bool:
    """:func:`names_verse` of the block (remembered: the pattern tries every
    position of a paragraph, and each short line after it asks again)."""
    out = f.memo.get("verse")
    if out is None:
        out = f.memo["verse"] = bool(_VERSE_NOUN_RE.search(f.lower))
    return out


def names_verse(text: str) -> bool:
    """Whether ``text`` speaks of verse (``_VERSE_NOUN_RE``)."""
    return bool(_VERSE_NOUN_RE.search(text.lower()))


def opens_like_verse(text: str) -> bool:
    """Whether ``text`` opens with a word a link's headline leaves out
    (``_VERSE_OPENER_RE``)."""
    return _VERSE_OPENER_RE.match(text) is not None


def plain_verse_line(text: str) -> bool:
    """Whether ``text`` may be a line of verse whose syntax need not run on
    (a haiku's), read alone: a few words, no label, link, item, figure, nor
    Title Case (see ``plain_line`` in ``_anchored_runs``)."""
    return (0 < len(text) <= _DEFAULT_OPTIONS.plain_verse_max_chars
            and len(text.split()) >= 2 and not text.endswith(":")
            and not _URL_RE.search(text) and not _ITEM_RE.match(text)
            and not structure.DIGIT.search(text) and not TITLE_CROSSHEAD_RE.fullmatch(text))


#: A line of verse may open with a word that the headline of a link leaves
#: out: an indefinite article or a personal pronoun ("A kettle in the
#: hall", "My dog waits with me"; not "The", which a feature's headline
#: may open with).
_VERSE_OPENER_RE = lazyre.compile(r"(?:A|An|My|Our|Your|His|Her|Their|I|We|You|Me|Us)\s")
#: A line of verse that goes on with a conjunction ("And all the shops are shut…").
_CONJUNCTION_START_RE = lazyre.compile(r"(?:And|But|Or|Nor|Yet)\b")
#: A clock time at the start of a line ("14:32", "9.05am", "2:30 pm").
_CLOCK_START_RE = lazyre.compile(r"\(?\d{1,2}(?::\d{2}|[.:]\d{2}\s*[ap]\.?m\b)(?!\d)", re.I)
#: A price at the end of a line, after a dash, a colon, a comma, a bar, a
#: tab or leader dots ("Lamb stew — £14", "Espresso .... 2.40 EUR", "Cake:
#: $6 each", "Rye loaf, £4.50"): the item of a menu or a price list.
_PRICE_END_RE = lazyre.compile(
    r"(?:\s[-–—:|]\s*|[:,]\s+|\t\s*|\s?\.{3,}\s*)"
    r"(?:[£$€¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[£$€¥₹₽₴]|EUR|USD|GBP|CHF|kr|zł|Kč|Ft|lei))"
    r"(?:\s?(?:each|pp|per person|a head))?$")


def priced_item(text: str, words: int | None = None, options: BlockOptions | None = None) -> bool:
    """Whether the line ``text`` (of ``words`` words, counted if None) is
    an item of a menu or a price list: at most ``price_max_words`` words,
    its price at its end after a dash, a colon, a comma, a bar, a tab or
    leader dots ("Lamb stew — £14", "Rye loaf, £4.50")."""
    if not _PRICE_END_RE.search(text):
        return False  # (the common answer, before the words are counted)
    opt = options or _DEFAULT_OPTIONS
    return (len(_WORD_RE.findall(text)) if words is None else words) <= opt.price_max_words


#: A price: a currency sign and a figure, or a figure and a currency's
#: sign or code ("$649.99", "£40", "49.95 EUR").
_PRICE_RE = lazyre.compile(
    r"(?:[£$€¥₹]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:[£$€¥₹₽₴]|(?:EUR|USD|GBP|CHF)\b))")
#: The same price at the end of a line, maybe in brackets ("… for $799.99",
#: "… (Originally $200)").
_PRICE_AT_END_RE = lazyre.compile(
    r"(?:[£$€¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[£$€¥₹₽₴]|EUR|USD|GBP|CHF))\W{0,2}$")


def offer_line(text: str, words: int | None = None, options: BlockOptions | None = None) -> bool:
    """Whether the line ``text`` names a thing and its price, as the item of
    a deals or shopping article does ("Noise-cancelling headphones, 40%
    off, now $199.99"; "Stand mixer for $249 (was $329)"): no sentence, at
    most ``offer_max_words`` words, its price at its end or two prices or
    more in it. Alone it proves nothing (a shop's widget says as much):
    ``classify_blocks`` asks it only of a line between two paragraphs."""
    if "$" not in text and "£" not in text and "€" not in text and "¥" not in text \
            and "₹" not in text and not _PRICE_RE.search(text):
        return False  # (the common answer, before any pattern is tried)
    opt = options or _DEFAULT_OPTIONS
    if (len(_WORD_RE.findall(text)) if words is None else words) > opt.offer_max_words:
        return False
    return bool(_PRICE_AT_END_RE.search(text)) or len(_PRICE_RE.findall(text)) >= 2


def venue_line(text: str) -> bool:
    """Whether the line ``text`` gives the address and the opening hours of
    a place (the one a review is about: "Quay Bakery, 3 Dock Street,
    Leith. Open Wed–Sun, 9am–4pm."): a house number and a street's name,
    and a range of times of day or of days of the week."""
    return bool(_ADDRESS_RE.search(text)) and bool(_HOURS_RE.search(text))


#: The label of a fact of a list, before its value ("Seats: ", "Floor
#: area: "): one to four words, the first capitalised.
_FACT_RE = lazyre.compile(r"[A-Z][\w'’.()/&-]*(?: [\w'’.()/&-]+){0,3}: +(?=\S)")
#: A figure at the start of a fact's value, maybe after a currency ("240
#: seats", "£4m", "GBP 40 million", "approx. 40%" is in lower case).
_FACT_FIGURE_RE = lazyre.compile(r"(?:[£$€¥₹]|[A-Z]{2,3}\$?\s?)?\d")
#: A telephone number ("+44 161 000 0000", "(020) 7946 0000").
_PHONE_RE = lazyre.compile(r"\+?[\d()][\d ()/.-]{6,}\d")
#: A label and its value: one to four words, the first capitalised, a colon,
#: and text in lower case, maybe after a figure ("Dan Okafor: 7, scored
#: twice"); a teaser's label is followed by a capitalised headline
#: ("Analysis: Why the pound fell", "Deals: 15-Inch Laptop Hits New Low").
_LABELLED_RE = lazyre.compile(r"[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}: (?=[a-z]|\d[\d.,/]*(?:[,;]|\s+[a-z]))")
#: What separates the fields of a record written on one line.
_FIELD_SEP_RE = lazyre.compile(r"[,;:](?=\s)")
#: A rank, then a capitalised word: the start of a ranked headline.
_RANK_RE = lazyre.compile(r"\(?(\d{1,2})(?:[.):]\s*|\s+)(?=[A-Z])")
#: A word in lower case (a word of a headline's text, not a name or a figure).
_LOWER_WORD_RE = lazyre.compile(r"(?<![\w'’])[a-z][a-z'’]*")


#: A row of a list of matches: a name, "v" or a score, a name, maybe a time
#: or a note in brackets ("Harbour City v Rovers (15:00)", "Rovers 2-1
#: Millbrook", "Eastport vs. Northgate 19:45").
_MATCH_SEP_RE = lazyre.compile(r"\s+(?:(vs?\.?)|(\d{1,2}\s?[-–]\s?\d{1,2}))\s+", re.I)
_MATCH_TAIL_RE = lazyre.compile(r"\s*(?:\([^()]{1,20}\)|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)$", re.I)
#: The words in lower case a team's name may hold ("Queen of the South").
_NAME_PARTICLES = frozenset({"of", "the", "and", "upon", "de", "del", "da", "do", "la", "le"})
_MATCH_NAME_WORDS = 5


#: A result with the scorers in brackets after each side's score ("Rovers
#: 3 (Lyle 12, 67, Ames 80) Millbrook 1 (Ruiz 44)"): a name, a score, maybe
#: the scorers, a name, a score, maybe the scorers (one side's at least).
_SCORERS_ROW_RE = lazyre.compile(
    r"(?P<a>[^()\d]+?) \d{1,2}(?: \((?P<sa>[^()]{1,80})\))? "
    r"(?P<b>[^()\d]+?) \d{1,2}(?: \((?P<sb>[^()]{1,80})\))?")
#: A scorer in such brackets: maybe a name, then the minute ("Lyle 12",
#: "67", "Ames 90+2 pen", "Ruiz 44og").
_SCORER_RE = lazyre.compile(r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} )?\d{1,3}(?:\+\d{1,2})?['’]?"
                            r"(?: ?(?:pen|og|o\.g\.))?")
#: A result with its scorers is at most so long.
SCORERS_ROW_MAX_CHARS = 200


def _team_name(name: str) -> bool:
    """A team's name in a row of matches: one to five words, each
    capitalised (or a figure, an ampersand, a particle: "Queen of the
    South")."""
    words = name.split()
    return (0 < len(words) <= _MATCH_NAME_WORDS and words[0][:1].isupper()
            and all(w[:1].isupper() or w[:1].isdigit() or w == "&" or w in _NAME_PARTICLES
                    for w in words))


def _scorers_row(t: str) -> bool:
    """Whether ``t`` is a result with the scorers in brackets (see
    ``_SCORERS_ROW_RE``)."""
    if "(" not in t or len(t) > SCORERS_ROW_MAX_CHARS:
        return False
    m = _SCORERS_ROW_RE.fullmatch(t)
    if not m or not (m.group("sa") or m.group("sb")):
        return False
    return (_team_name(m.group("a")) and _team_name(m.group("b"))
            and all(_SCORER_RE.fullmatch(x.strip()) for g in ("sa", "sb") if m.group(g)
                    for x in m.group(g).split(",")))


def match_row(text: str) -> str:
    """The kind of the row of a list of matches that the line ``text`` is:
    "v" for a fixture ("Harbour City v Rovers (15:00)", "Eastport vs.
    Northgate 19:45"), "score" for a result ("Rovers 2-1 Millbrook"), or ""
    for neither. A row is shorter than 70 characters: two names of one to
    five words, each word capitalised (or a figure, an ampersand, a
    particle such as "of": "Queen of the South"), with "v"/"vs" or a score
    between them, and maybe a time or a short note in brackets after them.

    Used here for the fixtures or results under a short heading after the
    article's prose (see ``_anchored_runs``), and by the headline rules
    (``boilerplate.story_data``) for a result in a score box under the
    headline. A result with its scorers in brackets after each score
    ("Rovers 3 (Lyle 12, 67, Ames 80) Millbrook 1 (Ruiz 44)") is a "score"
    too, up to ``SCORERS_ROW_MAX_CHARS``."""
    if len(text) >= 70:
        return "score" if "(" in text and _scorers_row(text.strip()) else ""
    t = text.strip()
    tail = _MATCH_TAIL_RE.search(t)
    if tail:
        t = t[:tail.start()]
    m = _MATCH_SEP_RE.search(t)
    if not m or _MATCH_SEP_RE.search(t, m.end()):
        return "score" if "(" in text and _scorers_row(text.strip()) else ""
    for name in (t[:m.start()], t[m.end():]):
        words = name.split()
        if not 0 < len(words) <= _MATCH_NAME_WORDS or not words[0][:1].isupper() \
                or not all(w[:1].isupper() or w[:1].isdigit() or w == "&"
                           or w in _NAME_PARTICLES for w in words):
            return ""
    return "v" if m.group(1) else "score"


def _rank_of(f: _Feat, headline: bool = True) -> int | None:
    """The rank that starts the block, if it starts like a ranked headline:
    with ``headline``, a rank, a capitalised word and two words in lower
    case after it, and no sentence end; without, any line that starts with
    a rank and a capitalised word (the neighbour of a ranked headline)."""
    if f.chars >= 200:
        return None
    m = _RANK_RE.match(f.text)
    if not m:
        return None
    if headline and (f.sentence_end or len(_LOWER_WORD_RE.findall(f.text, m.end())) < 2):
        return None
    return int(m.group(1))


@lru_cache(maxsize=1)
def _section_names() -> frozenset[str]:
    from . import resources
    return frozenset(s.casefold() for s in resources.boilerplate()["sections"]["names"])


def _section_name(f: _Feat) -> bool:
    """The block is the name of a section of a news site alone ("Markets",
    "Sport:")."""
    return f.words <= 3 and f.text.rstrip(" :|").casefold() in _section_names()


def _count_figure_words(text: str) -> int:
    """How many of the words (``_WORD_RE``) of ``text`` hold a digit. (A
    text without a digit holds none: most lines, one scan for a digit,
    not the pattern's try at every word.)"""
    if not structure.DIGIT.search(text):
        return 0
    return len(_FIGURE_WORD_RE.findall(text))


def _figure_words(f: _Feat) -> int:
    """How many of the block's words hold a digit (remembered)."""
    out = f.memo.get("figures")
    if out is None:
        out = f.memo["figures"] = _count_figure_words(f.text)
    return out


# The heading of a comment section ends the article: the densest run of
# prose may not extend across it (comments are prose too, and often longer
# than the article). Only whole lines that are such a heading match.
_COMMENTS_RE = lazyre.compile(
    r"^[\W\d_]*(?:(?:top[ -]rated |latest |reader |user |view |show |load |read |see )?(?:all )?"
    r"(?:comments?|responses?|replies|discussion)(?: \(\d+\))?"
    r"|(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|response)"
    r"|join the (?:conversation|discussion)|comments (?:are closed|powered by .*)"
    r"|blog comments powered by .*|\d+ (?:comments?|responses?|replies))[\W\d_]*$"
)


#: A comment section's heading that cannot be a crosshead of the article
#: ("Discussion" can): it counts the comments or asks for one.
_COUNTED_COMMENTS_RE = lazyre.compile(
    r"^[\W_]*(?:\d+ (?:comments?|responses?|replies)|comments? \(\d+\)"
    r"|(?:view|show|load|read|see) (?:all |more )?(?:\d+ )?comments?"
    r"|(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply)"
    r"|join the (?:conversation|discussion))[\W_]*$")


#: WordPress' heading of its comments, their count and the post's title in
#: quotation marks ("3 thoughts on “Harbour wall approved”", "One Response
#: to “…”"), in lower case: as long as the title is.
_TITLED_COMMENTS_RE = lazyre.compile(
    r"(?:\d+|one) (?:thoughts? on|responses? to|repl(?:y|ies) to|comments? on) "
    r"[“\"‘'«](.+)[”\"’'»]")
#: What such a heading opens with (a cheap look first).
_TITLED_COMMENTS_FIRST = frozenset("0123456789o")
#: ... and how long it is at most.
_TITLED_COMMENTS_MAX_CHARS = 300


def _titled_comments(low: str, lines: Iterable[str]) -> bool:
    """Whether a line, in lower case and stripped, is WordPress' heading of
    its comments (see ``_TITLED_COMMENTS_RE``) whose title is one of the
    page's ``lines`` (its headline: a crosshead of an article, "3 thoughts
    on “the wall”", quotes no headline). (``lines`` are read only when the
    line has the heading's shape.)"""
    if low[:1] not in _TITLED_COMMENTS_FIRST or len(low) > _TITLED_COMMENTS_MAX_CHARS:
        return False
    m = _TITLED_COMMENTS_RE.fullmatch(low)
    if m is None:
        return False
    title = m.group(1).strip()
    return any(t.strip().lower() == title for t in lines)


def is_comments_heading(text: str, counted: bool = False, lines: Iterable[str] = ()) -> bool:
    """Whether a line is the heading of a comment section ("23 comments",
    "Leave a comment", or, given the page's ``lines``, "3 thoughts on
    “Harbour wall approved”" on a page of that headline): the article
    ends before it. With ``counted``, only a heading that counts the
    comments or asks for one, never a crosshead ("Discussion")."""
    t = text.strip().lower()
    if len(t) < 60 and (_COUNTED_COMMENTS_RE if counted else _COMMENTS_RE).match(t):
        return True
    return t[:1] in _TITLED_COMMENTS_FIRST and _titled_comments(t, lines)


def _max_segment(weights: list[float]) -> tuple[int, int]:
    """Kadane: [start, end) of the maximum-sum segment (empty -> (0, 0))."""
    best, best_s, best_e = 0.0, 0, 0
    cur, cur_s = 0.0, 0
    for i, w in enumerate(weights):
        if cur <= 0:
            cur, cur_s = w, i
        else:
            cur += w
        if cur > best:
            best, best_s, best_e = cur, cur_s, i + 1
    return best_s, best_e


def _article_segment(weights: list[float], first_fraction: float) -> tuple[int, int]:
    """The article's segment: the document is cut at barriers (comment
    headings); in each part the maximum-sum segment is found; the first part
    whose segment weighs at least ``first_fraction`` of the heaviest one wins
    (the article comes before its comments, which can be longer)."""
    parts: list[tuple[int, int]] = []
    start = 0
    for i, w in enumerate(weights):
        if w <= -1e11:
            if i > start:
                parts.append((start, i))
            start = i + 1
    if start < len(weights):
        parts.append((start, len(weights)))
    segs = []
    for a, b in parts:
        s, e = _max_segment(weights[a:b])
        if e > s:
            segs.append((sum(weights[a + s:a + e]), a + s, a + e))
    if not segs:
        return 0, 0
    best = max(w for w, _, _ in segs)
    for w, s, e in segs:
        if w >= first_fraction * best:
            return s, e
    return 0, 0  # not reached


def _ended(weights: list[float], s: int, e: int, ends: Collection[int]) -> tuple[int, int]:
    """The article's segment [s, e) cut at the first block of ``ends`` (an
    advert's slot right under a paragraph, which the article does not go
    on under) inside it, when what the segment holds over the slot
    outweighs what it holds under it (a slot misread inside the article
    leaves the article's longer rest in it). Each block of ``ends`` is then
    a barrier (its weight -1e12): the stretches of the run over the lists,
    the grids and the teasers after it (``_bridged``, ``_across_grids``,
    ``_across_teasers``, ``_past_notices``) do not cross it."""
    inside = sorted(k for k in ends if s < k < e)
    if inside:
        total = sum(weights[s:e])
        over, last = 0.0, s  # (the weight of the blocks from s to ``last``)
        for k in inside:
            over += sum(weights[last:k])
            last = k
            if over > total - over - weights[k]:
                e = k
                break
    for k in ends:
        weights[k] = min(weights[k], -1e12)
    return s, e


def _reach(weights: list[float], j: int, step: int,
           skip: Collection[int] = ()) -> tuple[float, int]:
    """How far a run of prose from block ``j`` goes, stepping by ``step``
    (1 or -1) up to a hard boundary (a weight of -1e11 or less): the block
    where the sum of the weights from ``j`` (those of ``skip`` counted as
    nothing) is greatest, with that sum (``j`` and 0.0 where it never rises
    above nothing)."""
    best, total, far, q, n = 0.0, 0.0, j, j, len(weights)
    while 0 <= q < n and weights[q] > -1e11:
        total += 0.0 if q in skip else weights[q]
        if total > best:
            best, far = total, q
        q += step
    return best, far


def _bridged(feats: list[_Feat], opt: BlockOptions, lo: float, s: int, e: int,
             weights: list[float], removed: list, cls0: list[str],
             chrome: Collection[int], code: Collection[int]) -> tuple[int, int]:
    """The article's segment [s, e) stretched over the lists and the code
    between its paragraphs: a paragraph of prose outside the segment, with
    only a run of the article's lines between it and the segment's nearest
    paragraph, joins it, with the prose run it starts (as much of it as
    adds weight). The run is short lines (items, data, short headings,
    labels, code), none of them chrome (a line a phrase list or a line rule
    other than B101 removes, a comment section's heading, a link), at most
    ``max_announced_items`` of them, and it is a list or code: it holds a
    list item that ends as a sentence or a clause does ("• pay the rent on
    time;") or stands under a clause that announces it with a colon ("What
    tenants must do:"; a list of links' headlines have neither), or a
    code block, or the paragraph over it announces it with a colon ("A
    call looked like this:"). The short lines of the run that jusText took
    as having no good neighbours (B101) are kept: they stand between two
    paragraphs of the article."""
    n = len(feats)

    def paragraph(i: int) -> bool:
        f = feats[i]
        return (removed[i] is None and i not in chrome and f.sentence_end and not f.url
                and f.chars >= opt.length_low and f.words >= opt.c4_min_words
                and f.density >= lo and weights[i] > 0)

    def gap_line(i: int) -> bool:
        f = feats[i]
        if not f.text or i in code:
            return True
        return (i not in chrome and f.chars < opt.length_high and not f.url
                and weights[i] > -1e11 and (removed[i] is None or removed[i][0] == "B101"))

    def listing(i: int) -> bool:
        # a line of code, or a list item that ends as a sentence or a
        # clause does ("• pay the rent on time;"), or one right under a
        # clause that announces it ("What tenants must do:"); a list of
        # links' headlines end in neither, nor does a label announce them
        f = feats[i]
        if i in code:
            return True
        if not _ITEM_RE.match(f.text):
            return False
        if f.text.rstrip(_CLOSERS)[-1:] in ".!?…;,":
            return True
        over = feats[i - 1] if i > 0 else None
        return over is not None and over.text.endswith(":") and over.words >= opt.announce_min_words \
            and over.density >= lo

    def bridge(last: int, step: int) -> int | None:
        # the paragraph over the run from the segment's paragraph ``last``
        # (step 1: forward; -1: backward), or None
        j = last + step
        while 0 <= j < n and feats[j].text == "" or (0 <= j < n and not paragraph(j) and gap_line(j)):
            j += step
        if not (0 <= j < n and paragraph(j)):
            return None
        gap = range(min(last, j) + 1, max(last, j))
        lines = [q for q in gap if feats[q].text]
        if not lines or len(lines) > opt.max_announced_items:
            return None
        over = feats[min(last, j)]
        if not (any(listing(q) for q in lines) or over.text.endswith(":")):
            return None
        for q in lines:
            if removed[q] is not None and removed[q][0] == "B101" and cls0[q] in (SHORT, NEARGOOD):
                removed[q] = None
        return j

    while True:
        # (the last paragraph of the segment: looked for from its end)
        last = next((i for i in range(e - 1, s - 1, -1) if paragraph(i)), None)
        j = bridge(last, 1) if last is not None else None
        if j is None:
            break
        e = max(e, _reach(weights, j, 1)[1] + 1)
    while True:
        first = next((i for i in range(s, e) if paragraph(i)), None)
        j = bridge(first, -1) if first is not None else None
        if j is None:
            break
        s = min(s, _reach(weights, j, -1)[1])
    return s, e


def _past_notices(feats: list[_Feat], opt: BlockOptions, s: int, e: int,
                  weights: list[float], removed: list, cls: list[str], cls0: list[str],
                  chrome: Collection[int]) -> tuple[int, int]:
    """The article's segment [s, e) stretched to a notice of the page's
    right after it (or over it): a line a phrase list removes anyway that
    is prose by its words (an affiliate notice, a disclaimer). Weighed as
    chrome, such a notice leaves the paragraphs between it and the segment
    on their own, and where gaps lie between them and the segment (lines
    other rules remove, short lines) they are too light to join it; weighed
    by its words, as when no phrase list knew it, it carried them into the
    run. Knowing the notice must not cost the article the lines over it:
    so the segment reaches the first such notice past its end when the
    lines up to it, the notice weighed by its words, add weight and one of
    them is a paragraph of prose (the notice itself goes by its own rule).
    The run goes no further than the notice (the prose beyond it, readers'
    posts, stays outside), and a long chrome block past a list of links,
    with no paragraph between, still anchors nothing. The same holds over
    the segment's start."""
    notices = frozenset(i for i in chrome if removed[i] is None and cls0[i] == GOOD
                        and cls[i] == GOOD and weights[i] < 0)
    if not notices:
        return s, e

    def paragraph(i: int) -> bool:
        return (removed[i] is None and i not in chrome and cls0[i] == GOOD
                and weights[i] > 0 and _c4_sentence(feats[i], opt))

    def reach(lines: range) -> int | None:
        # the first notice along ``lines``, if the lines up to it add weight
        total, prose = 0.0, False
        for q in lines:
            if weights[q] <= -1e11:
                return None
            if q in notices:
                return q if prose and total + feats[q].chars > 0 else None
            total += weights[q]
            prose = prose or paragraph(q)
        return None

    q = reach(range(e, len(feats)))
    if q is not None:
        e = q + 1
    q = reach(range(s - 1, -1, -1))
    if q is not None:
        s = q
    return s, e


#: The prose on the far side of a grid of teasers goes on with the article
#: when it holds so many sentences (see ``_across_grids``).
_ACROSS_GRID_SENTENCES = 2
#: At most so many short lines beside the grid (a crosshead) are crossed.
_ACROSS_GRID_SHORT_LINES = 2


def _across_grids(feats: list[_Feat], opt: BlockOptions, s: int, e: int,
                  weights: list[float], grid: Collection[int]) -> tuple[int, int]:
    """The article's segment [s, e) stretched across a grid of teasers (and
    its label, and a crosshead beside it) right after or right before it,
    to the run of prose on the grid's far side (as much of it as adds
    weight, another grid no gap in it), when that run goes on with the
    article: it holds ``_ACROSS_GRID_SENTENCES`` sentences or more. (A
    side column of teasers flattened between two paragraphs is no end of
    the article; a grid after the article, then one paragraph of the
    outlet's words about itself, is.)"""
    n, low = len(feats), opt.length_low
    for step in (1, -1):
        while True:
            j = e if step == 1 else s - 1
            crossed, short = False, 0
            while 0 <= j < n and (not feats[j].text or j in grid or (
                    short < _ACROSS_GRID_SHORT_LINES and -1e11 < weights[j] <= 0
                    and feats[j].chars < low and not feats[j].sentence_end)):
                if j in grid:
                    crossed = True
                elif feats[j].text:
                    short += 1  # (a crosshead over the grid, or under it)
                j += step
            if not crossed or not 0 <= j < n:
                break
            # the run of prose on the far side: as far as it adds weight
            best, far = _reach(weights, j, step, grid)
            a, b = (j, far + 1) if step == 1 else (far, j + 1)
            if best <= 0 or sum(1 for q in range(a, b) if _c4_sentence(feats[q], opt)) \
                    < _ACROSS_GRID_SENTENCES:
                break
            s, e = min(s, a), max(e, b)
    return s, e


#: A reader's handle as a comment's head shows it: one word, with a figure,
#: a "_", "." or "-" inside, a capital after its first letter, or no
#: capital at all ("riverside_dave", "tom.b", "quay-walker", "MargaretK",
#: "jkl"); a comment's own button over it ("Reply", "Report").
_HANDLE_RE = lazyre.compile(r"(?=[\w.-]*[\d_.-]|\w+[A-Z]|[^A-Z]*$)\w[\w.-]*\w")
_COMMENT_BUTTONS = frozenset({"reply", "report", "like", "report comment"})
#: The marks inside a word of a name ("O'Neil", "Anne-Marie").
_NAME_MARKS = str.maketrans("", "", "'’-")
#: The small words inside a name ("Anne de la Cruz", "Pieter van Dijk").
_PERSON_PARTICLES = frozenset("de da di del della der den van von le la du dos das bin ibn al el ter"
                            .split())
#: A comment's author says, or wrote, what follows ("Margaret O'Neil says:",
#: "riverside_dave said:", with its colon). (Not "writes:": a liveblog's
#: contributor "writes:" over an entry.)
_SAYS_RE = lazyre.compile(r"\s+(?:(?:says|wrote)\s*:?|said\s*:)$", re.I)
#: The words of a reader's handle that says what follows, as a head that
#: tells the time between them and the colon writes them ("riverside_dave
#: said on March 3, 2024:"; see _author_and_time).
_SAID_WORDS = (" says", " said", " wrote")
#: A comment's head that names its author after "Posted by" ("Posted by
#: riverside_dave on March 3, 2024 at 10:15 am").
_POSTED_BY_RE = lazyre.compile(r"^(?:Posted|Submitted|Written)\s+by\s+", re.I)
#: A comment's own button at the end of its one-line head, after a
#: separator ("riverside_dave | 3 March 2024 | Reply").
_HEAD_BUTTON_RE = lazyre.compile(r"\s+[|·•]\s*(?:Reply|Report)\s*$", re.I)
#: How many words a name has at most (besides its particles), and a name
#: with its place ("Margaret O'Neil, Leeds, UK").
_NAME_MAX_WORDS = 3
#: A handle has at most so many characters ("FacebookTwitterPinterestEmail"
#: is a share bar's words run together).
_HANDLE_MAX_CHARS = 20
_NAME_LINE_MAX_WORDS = 7


def _name_part(part: str) -> bool:
    """Whether ``part`` is written as a name is: one to ``_NAME_MAX_WORDS``
    words with a capital first (or initials), with the small words of a
    name between them."""
    words = part.split()
    core = [w for w in words if w not in _PERSON_PARTICLES]
    if not 0 < len(core) <= _NAME_MAX_WORDS or not words[0][:1].isupper():
        return False
    # (a capital first, letters, "'" or "-" between them: "O'Neil",
    # "Anne-Marie"; a full stop only after an initial, "J.", or a title,
    # "Dr."; no word in capitals but initials, "UK": "AUTO NEWS" is a
    # section's)
    return all(w[:1].isupper() and w.rstrip(".").translate(_NAME_MARKS).isalpha()
               and w[-1:] not in "'’-" and w.count(".") <= (len(w) <= 4)
               and not (len(w) > 3 and w.isupper()) for w in core)


def _person_name(text: str, sw: frozenset[str]) -> bool:
    """Whether a line is a person's name as a comment's head shows it
    ("Margaret O'Neil", "J. Smith", "Anne Marie Jones", "Regan"), maybe
    with the place of its author after a comma ("Tom Baker, Leeds, UK"),
    or a place alone ("Leeds, UK"); no word of a comment's buttons
    ("Reply", "Share"), no full stop but an initial's."""
    parts = text.split(", ")
    words = text.split()
    if len(parts) > 3 or len(words) > _NAME_LINE_MAX_WORDS:
        return False
    if any(w.lower().strip(".") in _COMMENT_WORDS for w in words):
        return False
    # (not all of them function words: "About Us")
    return all(_name_part(p) for p in parts) and any(
        w.strip(".,").lower() not in sw and w not in _PERSON_PARTICLES for w in words)


def _comment_author(text: str, sw: frozenset[str]) -> str:
    """What a line is as a comment's author: "handle" (one word as a
    reader's handle is written, "riverside_dave"), "says" (a name or a
    handle that says what follows, "Margaret O'Neil says:"), "name" (a
    person's name, maybe with a place: see ``_person_name``), or ""."""
    said = _SAYS_RE.search(text)
    t = text[:said.start()] if said else text
    if " " not in t and len(t) <= _HANDLE_MAX_CHARS and _HANDLE_RE.fullmatch(t) \
            and t.lower() not in _COMMENT_WORDS and not t[:1].isdigit() and not t.isupper():
        return "says" if said else "handle"
    if _person_name(t, sw):
        return "says" if said else "name"
    return ""


#: The words of a comment's buttons and counters that only a comment has
#: ("Reply", "12 Likes", "Report", "▲ 4 ▼" are its own), and those that
#: other boxes have too ("Share", "Edit", "Load more comments").
_COMMENT_ACTIONS = frozenset({
    "reply", "replies", "replied", "report", "like", "likes", "liked", "upvote", "upvotes",
    "downvote", "downvotes", "vote", "votes"})
_COMMENT_NEUTRAL = frozenset({
    "share", "edit", "edited", "delete", "hide", "show", "view", "load", "more", "all", "see",
    "collapse", "expand", "rating", "points", "point", "comments", "abuse", "link", "reactions",
    "flag", "recommend", "recommended", "respect", "helpful", "permalink",
    # (a forum's: "permalink", "embed", "save", "parent", "report", "reply")
    "embed", "save", "parent", "context"})
#: The buttons of a social network's post quoted in an article ("Retweet",
#: "Follow", "Copy link"): what is around them is the post, not a reader's
#: comment.
_SOCIAL_WORDS = frozenset({"retweet", "retweets", "repost", "reposts", "follow", "following",
                           "tweet", "tweets", "copy", "comment"})
_COMMENT_WORDS = _COMMENT_ACTIONS | _COMMENT_NEUTRAL | _SOCIAL_WORDS
#: Votes drawn as arrows ("▲ 4 ▼").
_VOTE_MARKS = ("▲", "▼")
#: How long ago, written short as a comment's bar writes it ("3h", "2d",
#: "5 min", "1w").
_SHORT_AGO_RE = lazyre.compile(
    r"(?<!\w)\d+\s?(?:s|secs?|m|mins?|h|hrs?|d|w|wks?|mo|mos|y|yrs?)(?!\w)", re.I)
#: A word of a comment's time ("Posted", "Edited", "Today") besides a
#: date line's own (see ``dates.words_besides``).
_COMMENT_TIME_WORDS = frozenset({"posted", "edited", "today", "ago", "yesterday",
                                 # (a forum's links beside a comment's time:
                                 # "2 hours ago | parent | next")
                                 "parent", "next", "prev", "root", "context"})
#: A comment's score of votes beside its time ("3 points 2 hours ago"), and
#: the button that folds a comment away ("[-]", "[+]").
_VOTES_RE = lazyre.compile(r"(?<!\w)[-+]?\d[\d,.]*k?\s+points?(?!\w)|\[[-+–]\]", re.I)
#: The folding button at either end of a comment's head ("[-] riverside_dave
#: 3 points 2 hours ago", "riverside_dave 2 hours ago [–]").
_FOLD_RE = lazyre.compile(r"^\[[-+–]\]\s*|\s*\[[-+–]\]$")
#: The hints that a line may hold a time without a figure.
_AGO_HINTS = ("ago", "yesterday", "just now", "today")


def _comment_time(text: str, lang: str | None) -> bool:
    """Whether a line is a comment's time: how long ago ("2 hours ago",
    "3h", "Yesterday"), a date, a time of day or both ("March 4, 2024 at
    9:12 am", "4 Mar 2024 14:05", "2 days ago at 07:52 am"), with no
    other words than a date line's ("Posted", "at", "|")."""
    if len(text) > 60:
        return False
    lower = text.lower()
    if not structure.DIGIT.search(text) and not any(h in lower for h in _AGO_HINTS):
        return False
    if "point" in lower or "[" in text:
        # (its score and its folding button: "3 points 2 hours ago [-]")
        text = _VOTES_RE.sub(" ", text)
    rest = _SHORT_AGO_RE.sub(" ", _TEASER_META_RE.sub(" ", text))
    found = rest != text
    if structure.DIGIT.search(rest):
        blank = dates.blank_days(rest, lang)
        found, rest = found or blank != rest, blank
    if not found and not any(h in lower for h in _AGO_HINTS[1:]):
        return False
    return all(w.lower() in _COMMENT_TIME_WORDS for w in dates.words_besides(rest, lang))


#: A button offered only to a reader who signs in ("Log in to Reply", "Sign
#: in to vote"): the button's word follows.
_SIGN_IN_TO_RE = lazyre.compile(r"^\s*(?:log|sign)\s?in to (?=\w)", re.I)


def _comment_controls(text: str) -> tuple[bool, bool, bool]:
    """Whether a line is made of a comment's buttons and counters only
    ("Reply", "Like · Reply · 12 · 3h", "12 Likes", "▲ 4 ▼", "Share ›",
    "Show 3 replies", "Rating: 36 Votes", "Log in to Reply", a separator,
    a count), whether
    it holds one only a comment has (see ``_COMMENT_ACTIONS``), and
    whether one is a social network's post's ("Retweet", "Like Comment
    Share")."""
    rest = _SHORT_AGO_RE.sub(" ", _TEASER_META_RE.sub(" ", text)) if (
        structure.DIGIT.search(text) or "ago" in text) else text
    if " to " in rest:
        rest = _SIGN_IN_TO_RE.sub("", rest)
    words = [w.lower() for w in _WORD_RE.findall(rest) if not w.isdigit()]
    if not all(w in _COMMENT_WORDS for w in words):
        return False, False, False
    # (the bar under a quoted post offers to comment on it, and to share:
    # a comment's to reply)
    social = any(w in _SOCIAL_WORDS and w != "comment" for w in words) or (
        "comment" in words and "share" in words and "reply" not in words)
    own = any(w in _COMMENT_ACTIONS for w in words) or any(c in _VOTE_MARKS for c in rest)
    return True, own, social


#: A line of a comment's avatar: its author's initials ("MO"), or its label.
_AVATAR_RE = lazyre.compile(r"[A-Z]{1,3}|(?i:(?:user |profile )?(?:avatar|picture|photo))")
#: A line of separators alone ("•", "|", "›").
_SEPARATOR_RE = lazyre.compile(r"[\W_]{1,3}")
#: A handle of a social network on its own line, or in brackets after a
#: name ("@mags_oneil", "Margaret O'Neil (@mags_oneil)"): a post's.
_AT_HANDLE_RE = lazyre.compile(r"(?:^|\(|\s)@\w")


def _thread_line(f: _Feat, lang: str | None, sw: frozenset[str]) -> tuple[str, str]:
    """What a line is in a thread of readers' comments, and its detail:
    ("C", "own" | "social" | "") a line of buttons and counters (see
    ``_comment_controls``), ("T", "") a time, ("A", kind) an author (see
    ``_comment_author``), ("X", kind) an author and a time on one line
    ("Margaret O'Neil • 2 hours ago", "Stephanie March 4, 2024 at 9:12
    am"), ("I", "") an avatar's initials, ("@", "") a social network's
    handle, or ("P", "") anything else (a comment's text). (Remembered
    with the block.)"""
    key = ("thread", lang)
    out = f.memo.get(key)
    if out is None:
        out = f.memo[key] = _thread_line_of(f, lang, sw)
    return out


def _thread_line_of(f: _Feat, lang: str | None, sw: frozenset[str]) -> tuple[str, str]:
    text = f.text
    if f.chars > 80 or f.words > 12 or f.url:
        return "P", ""
    if "[" in text:
        # (a forum's folding button, "[-]", before or after the head)
        text = _FOLD_RE.sub("", text) or text
    if _SEPARATOR_RE.fullmatch(text):
        return "C", "sep"
    if _AT_HANDLE_RE.search(text) or text.startswith(("—", "–", "- ")):
        # ("— Margaret O'Neil (@mags_oneil) March 4, 2024": a post's
        # attribution under it)
        return ("@", "") if len(text.split()) <= 6 else ("P", "")
    if _comment_time(text, lang):
        return "T", ""
    control, own, social = _comment_controls(text)
    if control:
        return "C", "social" if social else "own" if own else ""
    if _AVATAR_RE.fullmatch(text):
        return "I", ""
    if f.sentence_end and not text.endswith((":", ".")):
        return "P", ""
    author = _comment_author(text, sw)
    if author:
        return "A", author
    author = _author_and_time(text, lang, sw)
    return ("X", author) if author else ("P", "")


def _author_and_time(text: str, lang: str | None, sw: frozenset[str]) -> str:
    """The kind of the author (see ``_comment_author``) when a line is a
    comment's author and its time on one line ("Margaret O'Neil • 2 hours
    ago", "Jane D. | 03/03/2024 10:15"), else "": the author's words first,
    the time from a figure, a month's name or how long ago ("an hour
    ago"). A head that opens with "Posted by" names its author after it
    ("Posted by riverside_dave on March 3, 2024 at 10:15 am"); one that
    ends with a comment's own button after a separator
    ("riverside_dave | 3 March 2024 | Reply") is "button": the button shows
    what only a comment has, whatever its author's name."""
    button = False
    if "|" in text or "·" in text or "•" in text:
        m = _HEAD_BUTTON_RE.search(text)
        if m:
            text, button = text[:m.start()], True
    if text[:1] in "PSWpsw":
        m = _POSTED_BY_RE.match(text)
        if m:
            text = text[m.end():]
    words = text.split()
    for k in range(1, min(len(words), _NAME_LINE_MAX_WORDS + 1)):
        w = words[k].lstrip("•·|–—-(").lower()
        if not (w[:1].isdigit() or w[:3] in _TIME_OPENERS or w in _TIME_OPENERS):
            continue
        head, tail = " ".join(words[:k]).rstrip(" •·|,–—-"), " ".join(words[k:])
        if k == 2 and tail.endswith(":") and head.lower().endswith(_SAID_WORDS):
            # (a reader's handle said, then when, then the colon:
            # "riverside_dave said on March 3, 2024:"; a name so is a
            # report's, "Helen Marsh said on 3 March 2024:")
            head, tail = head + ":", tail[:-1]
        if head and _comment_time(tail.lstrip(" •·|–—-"), lang):
            author = _comment_author(head, sw)
            if author:
                return "button" if button else author
    return ""


#: How long ago, in words ("2 hours ago", "yesterday"; not "Chicago").
_AGO_WORDS_RE = lazyre.compile(r"\b(?:ago|yesterday|today|just now)\b", re.I)
#: A time of day in what a date leaves ("at 10:15 am", "21:41", "9pm"):
#: not a transcript's offset in a recording ("1:02:15"). (Written digit
#: first, the look behind after it: a pattern that opens with a class lets
#: ``re`` leap to the next digit; opened by a look behind, it tries every
#: position, 8x slower over a page's short lines.)
_DAY_CLOCK_RE = lazyre.compile(r"\d(?:(?<![\d:]\d)\d?[:.]\d{2}(?![\d:])|(?<!\d\d)\d?\s?[ap]\.?m\b)",
                               re.I)


def _told_ago(text: str) -> bool:
    """Whether a line of a comment's head tells how long ago ("2 hours
    ago", "3h", "yesterday"): the time a button-less thread's heads tell
    (see ``_told_time``, which takes a date with its time of day too)."""
    return bool(_AGO_WORDS_RE.search(text) or _SHORT_AGO_RE.search(text))


def _told_time(text: str, lang: str | None) -> bool:
    """Whether a line of a comment's head tells its time as a comment
    system does: how long ago ("2 hours ago", "3h", "yesterday"), or a
    date with its time of day ("March 3, 2024 at 10:15 am", "Jane D. |
    03/03/2024 10:15"). A date alone heads a letter or a dispatch ("Leeds,
    4 March 2024"), a time alone a transcript's turn ("Jane Doe 0:15")."""
    if _told_ago(text):
        return True
    blank = dates.blank_days(text, lang)
    return blank != text and bool(_DAY_CLOCK_RE.search(blank))


#: The words a comment's time may open with besides a figure: a month's
#: name (its first three letters), how long ago, a label.
_TIME_OPENERS = frozenset({*dates._MONTH3, "an", "a", "yesterday", "today", "just", "posted",
                           "on", "edited"})


def _comment_head(feats: list[_Feat], gap: list[int], opt: BlockOptions,
                  lang: str | None) -> bool:
    """Whether the short lines of ``gap`` are the head of a reader's comment,
    not a teaser's: an author and how long ago, maybe under the last
    comment's button, and no headline (no line of
    ``teaser_headline_min_words`` words or more but a line of metadata). A
    comment's author (a handle, "MargaretK"; an author who says, "Margaret
    O'Neil says:"; a person's name, "Margaret O'Neil", under the last
    comment's "Reply": alone, a name and a time head a liveblog's entry
    as well) and its time between two paragraphs are a comment section's;
    its paragraphs are no article's."""
    meta = [g for g in gap if _teaser_meta(feats[g], opt, lang)]
    if not meta:
        return False
    rest = [feats[g] for g in gap if g not in meta]
    buttons = [f for f in rest if f.lower.strip(" :|") in _COMMENT_BUTTONS]
    if len(rest) - len(buttons) != 1:
        return False
    author = _comment_author(next(f for f in rest if f not in buttons).text, stopwords_for(lang))
    return author in ("handle", "says") or (author == "name" and bool(buttons))


#: At most so many lines make a comment's head (its avatar, its author,
#: the author it answers, a place, its time, separators).
_THREAD_HEAD_LINES = 6
#: A head holds at most so many names (its author's, the author it
#: answers, a place).
_THREAD_HEAD_NAMES = 3
#: So many comments in a row at least are a thread, and so many of them
#: at least show what only a comment has (a "Reply" button, a count of
#: likes, a handle, "says:").
_THREAD_MIN_COMMENTS = 2
#: A comment's text has at most so many lines (paragraphs).
_THREAD_BODY_LINES = 12
#: Characters of sentences before a thread for it to follow the article.
COMMENTS_AFTER_CHARS = 300


#: What may show what only a comment has (a button, a count of votes or
#: likes, an author who says), looked for in the lines of at most
#: ``_THREAD_HINT_CHARS`` characters, in lower case: a thread has
#: ``_THREAD_MIN_COMMENTS`` lines or more that show it, a comment's bar
#: ("Reply", "12 Likes") or an author who says ("Margaret O'Neil says:"),
#: and most texts have fewer (a literal's count is much cheaper than a
#: pattern's search). (A thread whose comments show only their handles,
#: with no button, is not looked for: a handle is one word, as a menu's
#: items are.)
_THREAD_HINTS = ("repl", "report", "like", "vote", "says", "said", "wrote", "posted by",
                 *_VOTE_MARKS)
_THREAD_HINT_CHARS = 60
#: What may be a comment's time without a figure's help ("2 hours ago",
#: "Yesterday"), looked for as ``_THREAD_HINTS`` are: a thread whose
#: comments show no button has so many of them at least.
_VOICE_TIME_HINTS = ("ago", "yesterday", "just now")
#: A reader's own voice, outside quotation marks: the first person
#: singular ("I have lived by the quay", "my father"). A liveblog's writer
#: reports, and what others say is quoted. (Not "you": a liveblog tells its
#: readers what to do, "If you are travelling today, …"; nor "we", a
#: newsroom's; nor "mine", a pit's.)
_READER_VOICE_RE = lazyre.compile(r"\bI\b|\b(?i:me|my|myself)\b")
#: A reader's reaction to the article, in a comment of a line or two with
#: no first person in it: thanks, agreement or its opposite alone before a
#: stop ("Agreed!", "Spot on.", "Nonsense."), thanks for the piece, a
#: verdict on it ("Great article", "Biased piece"), marks doubled ("!!",
#: "?!"). A liveblog's entry reports; a letter argues at more length.
_READER_REACTION_RE = lazyre.compile(
    r"(?i:^(?:thanks|thank you|cheers|agreed|exactly|absolutely|well said|spot on|so true"
    r"|hear,? hear|nonsense|rubbish|garbage|bravo|wow|lol|this)\s*[.!]"
    r"|\bthanks? (?:you )?(?:so much |very much )?for (?:this|writing|sharing|posting"
    r"|the (?:article|piece|post))\b"
    r"|\b(?:great|good|excellent|interesting|fascinating|brilliant|fantastic|nice|superb"
    r"|informative|thoughtful|terrible|biased|poor|awful|lazy|one-sided|balanced"
    r"|well[- ]written) (?:article|piece|read|post|reporting|journalism|write-?up)\b)"
    r"|[!?]{2,}")
#: A reaction is looked for in a comment's lines of at most so many
#: characters.
_REACTION_MAX_CHARS = 200
#: What is quoted ("…", “…”, «…»): not the voice of whoever quotes it.
_QUOTED_RE = lazyre.compile(r'"[^"]*"|“[^”]*”|«[^»]*»')


def _reader_voice(texts: Iterable[str]) -> bool:
    """Whether the lines of a comment's text speak in a reader's own voice
    (see ``_READER_VOICE_RE``), or a short one reacts as a reader does
    (see ``_READER_REACTION_RE``: "Great article, thanks."), outside what
    they quote."""
    for t in texts:
        if '"' in t or "“" in t or "«" in t:
            t = _QUOTED_RE.sub(" ", t)
        if _READER_VOICE_RE.search(t) or (
                len(t) <= _REACTION_MAX_CHARS and _READER_REACTION_RE.search(t)):
            return True
    return False


def _thread_head(line: Callable[[int], tuple[str, str]], k: int,
                 n: int) -> tuple[int, str, bool, bool] | None:
    """The head of a comment from line ``k`` (an index into the non-empty
    lines, ``line(k)`` what it is: see ``_thread_line``): its end, its
    author's kind, whether it holds a time, whether it holds a social
    network's handle; None when no author heads it (an avatar's initials
    first, then the author, then the author it answers, a place, a time,
    separators between them)."""
    j, names, author, time, social = k, 0, "", False, False
    while j < n and j - k < _THREAD_HEAD_LINES:
        kind, detail = line(j)
        if kind == "I" and j == k:
            pass
        elif kind in ("A", "X"):
            names += 1
            if names > _THREAD_HEAD_NAMES:
                break
            author = author or detail
            time = time or kind == "X"
        elif kind == "T" and author:
            time = True  # (after its author: a time over a name heads a liveblog's entry)
        elif kind == "@":
            social = True
        elif not (kind == "C" and detail == "sep"):
            break
        j += 1
    return (j, author, time, social) if author else None


def _author_key(line: Callable[[int], tuple[str, str]], feats: list[_Feat], idx: list[int],
                k: int, h: int) -> str:
    """The name of the author of the comment whose head is the lines from
    ``k`` to ``h`` (its first author's line, without "says:" or its time:
    "Margaret O'Neil · 2 hours ago" is Margaret O'Neil's), in lower case."""
    q = next((q for q in range(k, h) if line(q)[0] in "AX"), k)
    words = []
    for w in _POSTED_BY_RE.sub("", _SAYS_RE.sub("", feats[idx[q]].text)).split():
        low = w.lstrip("•·|–—-(").lower()
        if not low or low[:1].isdigit() or low[:3] in _TIME_OPENERS or low in _TIME_OPENERS:
            break
        words.append(low.strip(",:•·|"))
    return " ".join(words)


def _signed_under(line: Callable[[int], tuple[str, str]], text: Callable[[int], bool],
                  end: int, n: int) -> bool:
    """Whether the lines from ``end`` (after what looked like a thread) are
    a name and a time with no text under them (``text(q)``: whether line
    ``q`` may be a comment's text): the signature of the last of several
    letters, each signed under its text (the "heads" of the thread were
    the signatures of the letters over them)."""
    if end >= n or line(end)[0] not in "IAX":
        return False
    head = _thread_head(line, end, n)
    return head is not None and head[2] and (
        head[0] >= n or line(head[0])[0] != "P" or not text(head[0]))


def _comment_threads(feats: list[_Feat], opt: BlockOptions, lang: str | None,
                     voiced: bool = False) -> dict[int, str]:
    """The blocks of the threads of readers' comments after the article,
    each with its reason. A comment is a head (see ``_thread_head``: an
    author, "Margaret O'Neil", "J. Smith says:", "riverside_dave", and its
    time, "2 hours ago", "March 4, 2024 at 9:12 am", or both on one line),
    its text (a line or more), and maybe its buttons and counters ("12
    Likes", "Reply", "Share ›"; see ``_comment_controls``) up to the next
    comment's head; one whose head has no time has its time or a button
    of a comment's in its bar ("Like · Reply · 3h"). ``_THREAD_MIN_COMMENTS``
    comments or more in a row are a thread when as many of them, and half
    of them at least, show what only a comment has (a "Reply", a count of
    likes or votes, a handle, "says:"; a liveblog's entries, each under a
    time and its writer's name, have none of it, nor a "Share" under each
    that a comment's bar has too), none a social network's handle or a
    post's buttons ("@mags_oneil", "Retweet": posts quoted in the
    article), after ``COMMENTS_AFTER_CHARS`` characters of sentences or
    more (the article's), and no paragraph of prose right after it but
    under a comment's button (the article going on under posts quoted in
    it). The last comment counts only with its buttons under it (without
    them, where its text ends is not known). One comment alone is a thread
    when it shows two things only a comment has, its author's handle or
    "says:" and a reply or a report button, with its time, and no
    paragraph of prose is left under it. When ``voiced`` (the page is no
    liveblog: its headline does not say live), a comment's text in a
    reader's own voice (see ``_reader_voice``: "I", "my", outside
    quotation marks) shows what only a comment has too, and the last
    comment without a bar ends with its first paragraph (what follows
    may be the page's, a sentence of its footer): comments with no
    button under them, each a name, how long ago (or a date with its time
    of day: see ``_told_time``) and its text, are a thread; a liveblog's
    entries report in its writers' voice. Such a thread (no button, no
    handle, no "says:" in it) has a different author over each comment
    (a liveblog's few writers take turns), and is no letters page: no
    name and time with no text under them after its last text (the last
    letter's signature), no reader's voice in the paragraph over its
    first head (the first letter, over the first signature). A comment
    whose author says ("J. Smith says:"), with its time, ends with its
    first paragraph as well."""
    idx = [i for i, f in enumerate(feats) if f.text]
    n = len(idx)
    if n < 2 * _THREAD_MIN_COMMENTS:
        return {}
    sw = stopwords_for(lang)
    # (the lines are read only near a hint of a comment's, a button or an
    # author who says: the head and the text of the comment over it, the
    # bar under it; elsewhere they are nobody's comment)
    near = [False] * n
    reach = _THREAD_HEAD_LINES + _THREAD_BODY_LINES
    hints = (*_THREAD_HINTS, *_VOICE_TIME_HINTS) if voiced else _THREAD_HINTS
    for k in range(n):
        f = feats[idx[k]]
        # (with no button, a comment's date or time of day is a hint too)
        if f.chars <= _THREAD_HINT_CHARS and (any(h in f.lower for h in hints) or (
                voiced and structure.DIGIT.search(f.text))):
            for q in range(max(0, k - reach), min(n, k + _THREAD_HEAD_LINES + 1)):
                near[q] = True
    kinds: list[tuple[str, str] | None] = [None] * n

    def line(k: int) -> tuple[str, str]:
        out = kinds[k]
        if out is None:
            out = kinds[k] = _thread_line(feats[idx[k]], lang, sw) if near[k] else ("P", "")
        return out

    def prose(k: int) -> bool:
        f = feats[idx[k]]
        return _c4_sentence(f, opt) and f.chars >= opt.length_low and not f.url

    def text(k: int) -> bool:
        f = feats[idx[k]]
        return f.sentence_end or f.chars >= opt.length_low

    # the comments: (start, end, whether its bar or author shows what
    # only a comment has, whether a post's, whether closed by its bar,
    # whether both its bar and its author show it, with its time, and
    # where its sentences end when its text is in a reader's voice, else 0,
    # whether its bar or author shows what only a comment has (not its
    # voice alone), its author's name, and whether its head tells its time
    # as a comment system does, asked of a voiced one with no such mark)
    units: list[tuple[int, int, bool, bool, bool, bool, int, bool, str, bool, bool]] = []
    k = 0
    while k < n:
        head = _thread_head(line, k, n) if line(k)[0] in "IAX" else None
        if head is None or head[0] >= n or line(head[0])[0] != "P":
            k += 1
            continue
        h, author, time, social = head
        b = h + 1  # (the text: up to a bar, or to the next head)
        while b < n and b - h <= _THREAD_BODY_LINES and line(b)[0] != "C":
            if line(b)[0] in "IAX":
                nxt = _thread_head(line, b, n)
                if nxt is not None and nxt[0] < n and line(nxt[0])[0] == "P":
                    break
            b += 1
        if b - h > _THREAD_BODY_LINES or not any(text(q) for q in range(h, b)):
            k += 1  # (a teaser's headline under its section and date is no comment)
            continue
        e, bar, bar_time = b, False, False
        while e < n and line(e)[0] == "C":
            detail = line(e)[1]
            bar = bar or detail == "own"
            social = social or detail == "social"
            bar_time = bar_time or bool(_SHORT_AGO_RE.search(feats[idx[e]].text)) \
                or bool(_TEASER_META_RE.search(feats[idx[e]].text))
            e += 1
        # (a reader's handle that said, with no time: "riverside_dave
        # said:"; a name that said is an article's quotation's)
        q = next((q for q in range(k, h) if line(q)[0] in "AX"), k)
        handle_said = author == "says" and not time and " " not in _SAYS_RE.sub(
            "", feats[idx[q]].text).strip()
        # (a reader's handle "Posted by": "Posted by riverside_dave on …")
        posted = author == "handle" and _POSTED_BY_RE.match(feats[idx[q]].text) is not None
        # (a reader's handle that said, when, and its colon on one line:
        # "riverside_dave said on March 3, 2024:")
        dated_said = author == "says" and feats[idx[q]].text.endswith(":") \
            and not _SAYS_RE.search(feats[idx[q]].text)
        if time or bar_time or bar or handle_said:
            said = 0
            if voiced:
                said = next((q for q in range(h, b) if not feats[idx[q]].sentence_end), b)
                # (its end, as the last comment without a bar: after its
                # first paragraph, since what follows may be the page's)
                said = h + 1 if said > h and _reader_voice(
                    feats[idx[q]].text for q in range(h, said)) else 0
            if not said and (author in ("says", "button") or posted) and (time or handle_said) \
                    and feats[idx[h]].sentence_end:
                # (an author who says, and the date: a comment whatever its
                # voice, "Great article, thanks." too; its first paragraph
                # is its text, as the last comment without a bar)
                said = h + 1
            marked = bar or author in ("handle", "says", "button")
            # (marked by a head of one line alone, its button or "Posted
            # by" a handle, a handle that said with no time or with its
            # time before its colon: see the run's writers below)
            head_only = not bar and (author == "button" or handle_said or posted or dated_said)
            # (how long ago only: a date with its time of day heads a
            # dispatch ("Kyiv, 4 March 2024, 9pm") or a liveblog's entry
            # under its writer as well as a comment; with no button and no
            # "says:", nothing tells them apart)
            told = voiced and not marked and any(
                line(q)[0] in "TX" and _told_ago(feats[idx[q]].text) for q in range(k, h))
            units.append((k, e, marked or bool(said), social, e > b,
                          bar and author in ("handle", "says") and (time or bar_time), said,
                          marked, _author_key(line, feats, idx, k, h), told, head_only))
            k = e
        else:
            k += 1
    out: dict[int, str] = {}
    before: list[int] | None = None  # (characters of sentences before each line, once asked)
    last_prose: int | None = None  # (the last paragraph of prose, once asked)
    u = 0
    while u < len(units):
        v = u + 1
        while v < len(units) and units[v][0] == units[v - 1][1]:
            v += 1
        run = units[u:v]
        u = v
        if not run[-1][4]:
            last = run[-1]
            # (the last one without its bar: where it ends is not known,
            # but when its text is a reader's, its first paragraph is its)
            run = run[:-1] + ([(*last[:1], last[6], *last[2:])] if last[6] else [])
        # (one comment alone is a thread only when it shows two things only
        # a comment has, its author's handle or "says:" and a reply or a
        # report button, with its time, and no prose of the page's is left
        # under it: "J. Smith says:", its time, its text, "Reply")
        if len(run) == 1 and run[0][5] and last_prose is None:
            last_prose = next((q for q in range(n - 1, -1, -1) if prose(q)), -1)
        single = len(run) == 1 and run[0][5] and last_prose is not None \
            and last_prose < run[0][1]
        if len(run) < _THREAD_MIN_COMMENTS and not single:
            continue
        if before is None:
            before = [0]
            for i in idx:
                before.append(before[-1] + (feats[i].chars if _c4_sentence(feats[i], opt) else 0))
        # (the first "comment" may be a menu's item over the article, up to
        # the first comment's bar: the thread starts after the article)
        while run and before[run[0][0]] < COMMENTS_AFTER_CHARS:
            run = run[1:]
        own = sum(1 for x in run if x[2])
        if not (single and len(run) == 1) and (
                len(run) < _THREAD_MIN_COMMENTS or own < _THREAD_MIN_COMMENTS
                or 2 * own < len(run)) or any(x[3] for x in run):
            continue
        if all(x[10] for x in run if x[7]) and any(x[7] for x in run) \
                and len({x[8] for x in run}) < _THREAD_MIN_COMMENTS:
            # (heads that only their one line marks, "Posted by …",
            # "… | Reply", "… said:": of several writers, as a thread's
            # are; one writer's posts are a blog's or a dispatch's)
            continue
        start, end = run[0][0], run[-1][1]
        if end < n and prose(end) and not any(
                line(q) == ("C", "own") for q in range(end + 1, min(n, end + _THREAD_HEAD_LINES))):
            continue  # (the article goes on under the posts it quotes)
        if not any(x[7] for x in run) and (
                not all(x[9] for x in run)
                or len({x[8] for x in run}) < len(run) or _signed_under(line, text, end, n)
                or _reader_voice(feats[idx[q]].text for q in range(max(0, start - 1), start))):
            # (no button, no handle, no "says:": only a reader's voice tells
            # these from a letter's or a dispatch's dates ("Leeds, 4 March
            # 2024": a comment's tell how long ago; a date with its time of
            # day is no tell, see ``told``), from a liveblog's entries in its writers' first person,
            # a few writers taking turns, a name coming back; and from
            # letters, each signed under its text, a name and a date with
            # no text under the last, the first letter over the first
            # signature in a reader's voice as well)
            continue
        why = f"a reader's comment after the article ({len(run)} in a row, each an author, " \
              "a time and its text)"
        for q in range(start, end):
            out[idx[q]] = why
    return out


#: At most so many short lines between two paragraphs (a teaser's
#: headline, its time, its section) are crossed by ``_across_teasers``.
_ACROSS_TEASER_LINES = 4
#: ... to a paragraph of at least so many characters (a paragraph of the
#: article's; a notice of the page's, "This site uses … to reduce spam.",
#: a form's message, is a line or two shorter).
_ACROSS_TEASER_MIN_CHARS = 120
#: A paragraph that shares so many content stems with the short lines over
#: it is their summary (a teaser's), not the article's.
_TEASER_SUMMARY_STEMS = 2


def _across_teasers(feats: list[_Feat], opt: BlockOptions, s: int, e: int,
                    weights: list[float], cls0: list[str], sw: frozenset[str],
                    lang: str | None) -> tuple[int, list[int]]:
    """The article's segment's end ``e`` stretched across a few short lines
    (at most ``_ACROSS_TEASER_LINES``, none a sentence, none a link or a
    comment section's heading, one at most a teaser's headline of
    ``teaser_headline_min_words`` words or more that is no line of
    metadata: two are a list of links) that stand between its last paragraph and
    another paragraph of prose (a sentence, good by its own stop words,
    ``_ACROSS_TEASER_MIN_CHARS`` long or more) that goes on with the
    article: it shares fewer than
    ``_TEASER_SUMMARY_STEMS`` content words with the short lines over it,
    and no more than with the article's text so far (a teaser's summary
    speaks of its headline; the article's paragraph of its story).
    A side column's teasers flattened between paragraphs (a headline, "2
    hours ago", its section) are no end of the article; a river of
    teasers after it, each headline over its own summary, is. From the
    paragraph crossed to, the run goes on as far as it adds weight.
    Returns the new end and the short lines crossed."""
    n, crossed = len(feats), []

    def paragraph(i: int) -> bool:
        if not 0 <= i < n:
            return False
        f = feats[i]
        return (weights[i] > 0 and cls0[i] == GOOD and _c4_sentence(f, opt)
                and f.chars >= _ACROSS_TEASER_MIN_CHARS and not f.url)

    article: set[str] | None = None
    while True:
        last = next((i for i in range(e - 1, s - 1, -1) if feats[i].text), None)
        if last is None or not paragraph(last):
            break
        j, gap = e, []
        while j < n and (not feats[j].text or (
                len(gap) < _ACROSS_TEASER_LINES and weights[j] > -1e11 and not feats[j].url
                and not _c4_sentence(feats[j], opt) and feats[j].chars < opt.length_low)):
            if feats[j].text:
                gap.append(j)
            j += 1
        if not gap or not paragraph(j):
            break
        # (one teaser's headline at most: two or more are a list of links,
        # a box of the page's, and what is under it is the page's too)
        if sum(1 for g in gap if feats[g].words >= opt.teaser_headline_min_words
               and not _teaser_meta(feats[g], opt, lang)) > 1:
            break
        if _comment_head(feats, gap, opt, lang):
            break  # (the next comment's author and time: no teaser's)
        own = _stems(feats[j].lower, sw)
        over = len(own & _stems(" ".join(feats[g].lower for g in gap), sw))
        if over >= _TEASER_SUMMARY_STEMS:
            break
        if article is None:
            article = _stems(" ".join(f.lower for f in feats[:e] if f.text), sw)
        if len(own & article) < over:
            break
        end = _reach(weights, j, 1)[1] + 1
        article |= _stems(" ".join(f.lower for f in feats[e:end] if f.text), sw)
        crossed += gap
        e = end
    return e, crossed


def _looks_like_headline(f: _Feat, opt: BlockOptions) -> bool:
    return 2 <= f.words <= opt.headline_max_words and not f.url


#: A time of day, as a liveblog heads its entries ("14:52", "9.05am", "14h30").
_CLOCK_RE = lazyre.compile(r"\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?", re.IGNORECASE)
def is_list_item(text: str) -> bool:
    """Whether a line is an item of a list: bulleted or enumerated ("- …",
    "• …", "1. …", "(a) …")."""
    return bool(_ITEM_RE.match(text))


def is_clock_time(text: str) -> bool:
    """Whether a line is a time of day alone ("14:52", "9.05am"), as a
    liveblog heads its entries."""
    t = text.strip()
    return len(t) <= 16 and bool(_CLOCK_RE.fullmatch(t))


#: A score ("2 - 1", "3–0", "2:1").
_SCORE_RE = lazyre.compile(r"\d{1,3} ?[-–—] ?\d{1,3}|\d{1,2}:\d")


#: How long ago a liveblog's entry was posted, alone on the line that heads
#: it ("2 hours ago", "35 mins ago", "an hour ago", "Just now"): minutes or
#: hours (days ago date a blog's posts, or a river of teasers).
_LIVE_AGO_RE = lazyre.compile(
    r"(?:\d{1,2}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)|an? (?:minute|hour)"
    r"|a few (?:seconds|minutes))\s+ago|just now", re.I)
#: A headline that says its page is a liveblog ("Storm Wendell live: …",
#: "LIVE: …", "… – live updates", "… – live", "… as it happened"): "live"
#: as a label, not the verb ("Families forced to live in cars").
_LIVE_HEADLINE_RE = lazyre.compile(
    r"\blive(?:\s*[:|]|\s+[–—-]\s)|[|–—-]\s*live\b|\blive[ -]?(?:updates?|blog|coverage)\b"
    r"|\bas it happened\b", re.I)
#: At most so many characters in a line of a liveblog's time alone.
_LIVE_TIME_MAX_CHARS = 20


def _live_time(f: _Feat) -> str:
    """What time a line is alone, as a liveblog heads its entries: "clock" a
    time of day ("14:52", "10:05 GMT", "9.05am"), "ago" how long ago ("2
    hours ago", "Just now"), or "" none."""
    if f.chars > _LIVE_TIME_MAX_CHARS:
        return ""
    if f.chars <= 16 and f.text[:1].isdigit() and _CLOCK_RE.fullmatch(f.text):
        return "clock"
    if ("ago" in f.lower or "just now" in f.lower) and _LIVE_AGO_RE.fullmatch(f.text):
        return "ago"
    return ""


#: A line of a liveblog's list of its key events: an entry's time, then its
#: title ("14:32 Chancellor confirms fuel duty freeze", "2 hours ago –
#: Markets rise").
_LIVE_EVENT_RE = lazyre.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4}\b)?|(?:%s))\s*[-–—:|•·]?\s+(?=\S)"
    % _LIVE_AGO_RE.pattern, re.I)


def _key_events(feats: list[_Feat], opt: BlockOptions,
                headed: Collection[int]) -> list[tuple[list[int], list[str]]]:
    """The lists of a liveblog's key events, when the text is a liveblog
    (``headed``: the heads of its entries), each with the titles it lists:
    two items or more in a row, each an entry's time and its title on one
    line (see ``_LIVE_EVENT_RE``) or the time over it ("2 hours ago", then
    "Markets rise"), of at most ``teaser_headline_max_words`` words, none
    a head of an entry, and the short label over them ("Key events") among
    the lines: a box of links to its entries, and no gap between its lead
    and its entries (see ``_repeated_events`` for those that go)."""
    out: list[tuple[list[int], list[str]]] = []
    nonempty = [i for i, f in enumerate(feats) if f.text]
    cap = opt.teaser_headline_max_words

    def item(i: int) -> bool:
        f = feats[i]
        return f.words <= cap and i not in headed and f.text[:1].isalnum() and _meta_hint(f)

    run: list[int] = []
    titles: list[str] = []
    k = 0
    while k <= len(nonempty):
        i = nonempty[k] if k < len(nonempty) else -1  # (a sentinel ends the last run)
        if i >= 0 and item(i):
            m = _LIVE_EVENT_RE.match(feats[i].text)
            if m:
                run.append(i)
                titles.append(feats[i].text[m.end():])
                k += 1
                continue
            j = nonempty[k + 1] if k + 1 < len(nonempty) else None
            if j is not None and _live_time(feats[i]) and j not in headed \
                    and 0 < feats[j].words <= cap and not feats[j].terminal \
                    and not _live_time(feats[j]):
                run += [i, j]  # (the time over the title)
                titles.append(feats[j].text)
                k += 2
                continue
        if len(titles) >= 2:
            j = _nonempty(feats, run[0], -1)
            if j is not None and not feats[j].terminal \
                    and feats[j].words <= opt.teaser_label_max_words:
                run.insert(0, j)
            out.append((run, titles))
        run, titles = [], []
        k += 1
    return out


#: The marks around a title that a list of key events may drop or add.
_TITLE_MARKS = " \t.…:;,!?'\"‘’“”-–—|•·"
#: So many lists of key events at most are read against the lines below
#: them (a page has one, maybe a copy of it at its foot).
_KEY_EVENT_BOXES = 2


def _repeated_events(feats: list[_Feat], boxes: list[tuple[list[int], list[str]]]) -> list[int]:
    """The lines of the lists of a liveblog's key events (see
    ``_key_events``) whose every title is the title of an entry below
    the list: a line of its own there, the same words in the same case
    but for the marks around them, or its beginning where the list cut
    it short ("Coast road reop…"). The list is then only links to the
    entries; one that lists a title no entry has is kept."""
    out: list[int] = []
    for run, titles in boxes[:_KEY_EVENT_BOXES]:
        below = sorted({" ".join(f.text.strip(_TITLE_MARKS).split()).casefold()
                        for f in feats[run[-1] + 1:] if f.text})
        for title in titles:
            t = " ".join(title.strip(_TITLE_MARKS).split()).casefold()
            k = bisect.bisect_left(below, t)
            if not t or k == len(below) or not (below[k] == t or (
                    title.rstrip().endswith(("…", "...")) and below[k].startswith(t))):
                break
        else:
            out.extend(run)
    return out


def _entry_bars(feats: list[_Feat], opt: BlockOptions, headed: Collection[int],
                chrome: Collection[int], removed: list) -> set[int]:
    """The lines of a liveblog's bar under each entry ("Share", "Share this
    post", "Facebook": short lines of chrome, or removed by a line rule)
    right over the head of its next entry (its time, or its writer's name
    over it): they go anyway, and are no gap, nor bad company, between two
    entries of the article."""
    out: set[int] = set()
    last = -1  # (the walk back from a head stops at the head before it)
    for t in sorted(headed):
        if _SCORE_RE.fullmatch(feats[t].text) or _nonempty(feats, t, -1) in headed:
            last = t
            continue
        j, floor, last = t - 1, last, t
        while j > floor and (not feats[j].text or (
                (j in chrome or (removed[j] is not None and removed[j][0]))
                and feats[j].chars < opt.length_low)):
            if feats[j].text:
                out.add(j)
            j -= 1
    return out


#: An entry's body of one paragraph only is no teaser's summary when it
#: holds two sentences and so many characters (a summary is one line).
_ENTRY_BODY_CHARS = 200


def _entry_body(feats: list[_Feat], opt: BlockOptions, nonempty: list[int], q: int) -> bool:
    """Whether the paragraphs of prose from ``nonempty[q]`` on (sentences,
    up to the next line that is none) are a liveblog's entry's body, not a
    teaser's summary (a line at most): two paragraphs or more, or one of two
    sentences or more and ``_ENTRY_BODY_CHARS`` characters."""
    f = feats[nonempty[q]]
    if q + 1 < len(nonempty) and _c4_sentence(feats[nonempty[q + 1]], opt):
        return True
    return f.chars >= _ENTRY_BODY_CHARS and bool(_INNER_SENTENCE_RE.search(f.text))


def _headed(feats: list[_Feat], opt: BlockOptions, sw: frozenset[str],
            skip: Collection[int] = (), live: bool = False) -> dict[int, int]:
    """The lines that head a paragraph (the next block, a sentence), each
    with the index of its paragraph: a score ("2 - 1"), and the heads of a
    liveblog's entries when two or more of them head a paragraph: a time
    ("14:52", "2 hours ago"), the name of the entry's writer over or under
    it ("Jo Bloggs", "2 hours ago"; "14:52", "Jo Bloggs"), and the title
    under a time of day ("14:52", maybe the writer, "Power restored to most
    homes"). How long ago alone heads an entry only right under a
    paragraph (under a headline, it is a teaser's), and over a title only
    when the page says it is ``live`` (its headline: "Storm Wendell live:
    …") or the title has a body under it (see ``_entry_body``: paragraphs,
    not a teaser's one-line summary; else it is a river of teasers, each a
    time, a headline and a summary). The paragraphs of
    ``skip`` (a reader's comment: its author and its time are its own)
    are headed by nothing, nor is a paragraph whose head stands under a
    comment's button ("Reply"): it is the next comment's."""
    score: dict[int, int] = {}
    times: dict[int, int] = {}
    heads = 0
    nonempty = [i for i, f in enumerate(feats) if f.text]
    for k, i in enumerate(nonempty[:-1]):
        f = feats[i]
        if f.chars > _LIVE_TIME_MAX_CHARS:
            continue
        kind = _live_time(f)
        j = nonempty[k + 1]
        if not kind:
            if f.chars <= 16 and f.text[:1].isdigit() and _c4_sentence(feats[j], opt) \
                    and _SCORE_RE.fullmatch(f.text):
                score[i] = j
            continue
        # (the writer's name over the time: "Jo Bloggs", then "2 hours ago")
        p = nonempty[k - 1] if k else None
        named = p is not None and p not in times and _person_name(feats[p].text, sw)
        top = nonempty[k - 2] if named and k > 1 else p
        if top is not None and feats[top].chars <= _THREAD_HINT_CHARS \
                and _comment_controls(feats[top].text)[1]:
            continue  # (under the last comment's "Reply": the next comment's head)
        # the lines between the time and its entry: its writer's name, its
        # title ("14:52", "Jo Bloggs", "Power restored to most homes")
        under: list[int] = []
        q = k + 1
        while q < len(nonempty) and len(under) <= 2 and not _c4_sentence(feats[nonempty[q]], opt):
            g = feats[nonempty[q]]
            if g.sentence_end or not 0 < g.words <= opt.menu_max_words * 2:
                break
            under.append(nonempty[q])
            q += 1
        if q >= len(nonempty) or len(under) > 2 or nonempty[q] in skip \
                or not _c4_sentence(feats[nonempty[q]], opt):
            continue
        j = nonempty[q]
        names = sum(1 for u in under if _person_name(feats[u].text, sw))
        if names > 1 or (names and named) or len(under) - names > 1:
            continue
        if kind == "ago" and len(under) > names and not live \
                and not _entry_body(feats, opt, nonempty, q):
            continue  # (how long ago over a headline: a teaser's, unless the page is live
            # or paragraphs of its own stand under it)
        if kind == "ago" and not under and not named and p is not None \
                and not _c4_sentence(feats[p], opt):
            continue  # (how long ago under a headline: a teaser's)
        heads += 1
        for u in (i, *under, *([p] if named else [])):
            times[u] = j
    if heads >= 2:
        score.update(times)
    return score


#: A line of a teaser's metadata: how long ago, how long to read, a time
#: of day (a date is asked of ``dates``), and a byline's "By".
_TEASER_META_RE = lazyre.compile(
    r"(?<!\w)(?:\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?"
    r"|mos?|months?|y|yrs?|years?)\s+ago|an? (?:minute|hour|day|week|month|year) ago"
    r"|yesterday|just now|\d+\s*min(?:ute)?s?\s+(?:read|watch|listen)"
    r"|\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?)(?!\w)", re.I)
_BYLINE_RE = lazyre.compile(r"(?:By|BY)\s+(?=[A-Z])")


def _meta_hint(f: _Feat) -> bool:
    """What a line of a teaser's metadata holds: a figure, a byline's "By",
    a time without a figure ("an hour ago", "yesterday")."""
    return bool(structure.DIGIT.search(f.text)) or f.text.startswith(("By ", "BY ")) \
        or "ago" in f.lower or "yesterday" in f.lower or "just now" in f.lower


#: A sentence's end inside a block, before the next sentence's capital.
_INNER_SENTENCE_RE = lazyre.compile(r"[.!?…][\"'”’)]*\s+[\"'“‘(]*[A-Z0-9]")


def _teaser_meta(f: _Feat, opt: BlockOptions, lang: str | None) -> bool:
    """Whether the block is a teaser's line of metadata: a date, a time, how
    long ago ("3 hours ago"), how long to read ("4 min read") or a byline
    ("By Dana Whitlock"), and at most two other words ("Dana Whitlock ·
    3 days ago"; a name after "By" counts for none)."""
    if not 0 < f.words <= opt.teaser_meta_max_words or f.chars > 80:
        return False
    text = f.text
    if not _meta_hint(f):
        return False  # (most lines: no figure, no byline)
    by = _BYLINE_RE.match(text)
    rest = _TEASER_META_RE.sub(" ", text)
    found = by is not None or rest != text
    if structure.DIGIT.search(rest):  # (a date holds a figure)
        blank = dates.blank_days(rest, lang)
        found, rest = found or blank != rest, blank
    if not found:
        return False
    other = dates.words_besides(rest, lang)
    if by:
        # "By" and the name, three words at most, then what a date line holds
        return 2 <= len(other) <= 4 and not text.endswith(".")
    return len(other) <= 2 and not (other and text.endswith("."))


def _teaser_part_of(f: _Feat, opt: BlockOptions, lang: str | None) -> str:
    """What the block can be in a teaser: "H" its headline (a short line of
    ``teaser_headline_min_words`` to ``teaser_headline_max_words`` words,
    a capital or a figure first, no sentence, no list item, no label
    before a colon at its start, "A: …"), "Q" a headline that asks ("Is
    the town ready for the tourists?"), "S" its summary (one or two
    sentences of ``c4_min_words`` to ``teaser_summary_max_words`` words,
    not a question), "M" a line of its metadata (see ``_teaser_meta``;
    or its section's name alone, "Health", as a river of teasers stamps
    each), or "" none of them."""
    text = f.text
    longest = opt.teaser_summary_max_words if f.sentence_end else opt.teaser_headline_max_words
    if f.words > longest or f.url or not text or _ITEM_RE.match(text):
        return ""
    if _teaser_meta(f, opt, lang) or _section_name(f):
        return "M"
    if f.sentence_end:
        # (the sentences inside: no more than its marks other than its end,
        # which most lines have none of, or one)
        marks = text.count(".") + text.count("?") + text.count("!") + text.count("…") - 1
        if text.endswith("?"):
            asks = opt.teaser_headline_min_words <= f.words <= opt.teaser_headline_max_words \
                and not (marks and _INNER_SENTENCE_RE.search(text)) and not _SPEAKER_RE.match(text)
            return "Q" if asks else ""
        return "S" if opt.c4_min_words <= f.words <= opt.teaser_summary_max_words \
            and (marks <= 1 or len(_INNER_SENTENCE_RE.findall(text)) <= 1) else ""
    if f.terminal or not opt.teaser_headline_min_words <= f.words <= opt.teaser_headline_max_words \
            or _SPEAKER_RE.match(text):
        return ""
    first = text[:1]
    return "H" if first.isupper() or first.isdigit() or first in "\"'‘“" else ""


#: A short label before a colon at the start of a line ("Q:", "A:", "Host:"),
#: as a Q&A or a transcript writes its turns.
_SPEAKER_RE = lazyre.compile(r"[\w.’'-]{1,20}(?: [\w.’'-]{1,20})?:\s")


def _teaser_maybe(f: _Feat, opt: BlockOptions) -> str:
    """``_teaser_maybe_of`` with the default options, remembered."""
    f.maybe = out = _teaser_maybe_of(f, opt)
    return out


def _teaser_maybe_of(f: _Feat, opt: BlockOptions) -> str:
    """What the block may be in a teaser, from its features alone (what
    ``_teaser_part_of`` says is among it): "S" a summary, "M" a line of
    metadata, a headline or a summary, "C" a section's name (metadata),
    "H" a headline, "." none of them."""
    words = f.words
    if f.sentence_end:
        if words > opt.teaser_summary_max_words:
            return "."
        if f.text.endswith("?") and words <= opt.teaser_headline_max_words:
            return "H"  # (a headline that asks)
        if words <= opt.teaser_meta_max_words and _meta_hint(f):
            return "M"
        return "S" if words >= opt.c4_min_words else "."
    if words > opt.teaser_headline_max_words:
        return "."
    if words <= opt.teaser_meta_max_words and _meta_hint(f):
        return "M"
    if words < opt.teaser_headline_min_words:
        return "C" if _section_name(f) else "."
    return "." if f.terminal else "H"


def _teaser_part(f: _Feat, opt: BlockOptions, lang: str | None) -> str:
    """``_teaser_part_of``, remembered with the block's features."""
    if opt is not _DEFAULT_OPTIONS:
        return _teaser_part_of(f, opt, lang)
    t = f.teaser
    if t is None or t[0] != lang:
        t = f.teaser = (lang, _teaser_part_of(f, opt, lang))
    return t[1]


def _nonempty(feats: list[_Feat], i: int, step: int) -> int | None:
    """The nearest block before (``step`` -1) or after (1) block ``i`` that
    is not empty, or None."""
    j = i + step
    while 0 <= j < len(feats) and not feats[j].text:
        j += step
    return j if 0 <= j < len(feats) else None


def _under(i: int, feats: list[_Feat], labels: Collection[int]) -> bool:
    """Whether the nearest block before block ``i`` is one of ``labels``."""
    return _nonempty(feats, i, -1) in labels


def _grid_label(f: _Feat, opt: BlockOptions) -> bool:
    """Whether the block can be the label of a grid of teasers: one to
    ``teaser_label_max_words`` words, no sentence, no link."""
    return 0 < f.words <= opt.teaser_label_max_words and not f.url \
        and f.text.rstrip(_CLOSERS)[-1:] not in ".!?…;,"


#: A teaser's headline that shares so many content words with the blocks
#: after the grid, and this share of its own, is the article's (see
#: ``_heads_what_follows``)...
_HEADLINE_SHARED_STEMS = 2
_HEADLINE_SHARED_SHARE = 0.4
#: ... the blocks read after the grid.
_HEADLINE_READ_BLOCKS = 12


def _heads_what_follows(feats: list[_Feat], h: int, end: int, sw: frozenset[str]) -> bool:
    """Whether the headline ``h`` of a teaser at either end of a grid is
    the article's: of its content words, ``_HEADLINE_SHARED_STEMS`` or
    more, and ``_HEADLINE_SHARED_SHARE`` of them, are in the
    ``_HEADLINE_READ_BLOCKS`` blocks from block ``end`` (the grid's end,
    or the teaser's summary, which may be the article's lead).
    (The article's headline, its byline or its date and its lead read as
    a teaser more, at the end of a grid over them, or at the start of a
    grid right under them.) A teaser's headline speaks of another story."""
    # (read no further than those blocks: a copy of all the rest, for each
    # grid tried, took time with the square of a page of teasers)
    after = list(islice((f.lower for f in islice(feats, end, None) if f.text),
                        _HEADLINE_READ_BLOCKS))
    if not after:
        return False
    own = _stems(feats[h].lower, sw)
    shared = len(own & _stems(" ".join(after), sw))
    return shared >= _HEADLINE_SHARED_STEMS and shared >= _HEADLINE_SHARED_SHARE * len(own)


#: Where a teaser can start, in the string of its blocks' parts (see
#: ``_teaser_grids``).
_TEASER_START_RE = lazyre.compile(r"[HM][HSM]")
#: ... and where one may (see ``_teaser_maybe``: "M" may be a headline
#: too): every teaser holds a headline over a summary or a line of
#: metadata, or a line of metadata over a headline. (A section's name,
#: "C", stamps a teaser with a summary: one is found without it; a menu of
#: sections' names is no reason to read on.)
_TEASER_PAIR_RE = lazyre.compile(r"(?=[HM][SM]|MH)")


#: A grid is read so many teasers at a time at most: a page of thousands
#: of teasers in a row that is no grid (a summary repeated) was read to its
#: end again from each of them, in a time that grew with its square.
_GRID_MAX_TEASERS = 200


#: A teaser's summary is at most so many times as long as the longest of
#: the others of its grid (see ``_longer_summary``).
_SUMMARY_SPREAD = 1.5


def _longer_summary(feats: list[_Feat], i: int, k: int, size: int, s: int, u: int) -> bool:
    """Whether the summary of teaser ``u`` of the grid of ``k`` teasers of
    ``size`` blocks from block ``i`` (its summary the ``s``-th block of
    each, -1: none) is longer than ``_SUMMARY_SPREAD`` times the longest
    of the others': at an end of the grid where the article's prose goes
    on, a crosshead and its paragraph read as one more teaser, but a
    grid's summaries are of a length."""
    if s < 0 or k < 2:
        return False
    longest = max(feats[i + v * size + s].chars for v in range(k) if v != u)
    return feats[i + u * size + s].chars > _SUMMARY_SPREAD * longest


#: A grid's summaries are shorter than the article's paragraphs around it:
#: where each is at least this share of the shorter of them, they are the
#: article's paragraphs (see ``_paragraphs_under_teasers``).
_PARAGRAPH_SUMMARY_SHARE = 0.75


#: ... and each goes on with the article, but so many of them at most
#: (a paragraph of the article's may share no word with it: a quotation, a
#: new turn of the story), when the paragraph under the grid does.
_PARAGRAPH_STRAYS = 1


def _paragraphs_under_teasers(feats: list[_Feat], opt: BlockOptions, i: int, k: int,
                              size: int, s: int, h: int, sw: frozenset[str]) -> bool:
    """Whether the "summaries" of the grid of ``k`` teasers of ``size``
    blocks from block ``i`` (its headline the ``h``-th block of each, its
    summary the ``s``-th) are the article's paragraphs, a side column's
    teaser (a headline and its time) flattened over each: the grid stands
    between two paragraphs of prose, each of its summaries is a paragraph
    as long as they are (``_PARAGRAPH_SUMMARY_SHARE`` of the shorter one,
    and at least ``_ACROSS_TEASER_MIN_CHARS``), and each goes on with the
    article, not with its headline: it shares fewer than
    ``_TEASER_SUMMARY_STEMS`` content stems with its headline, and a
    content word with the article's text over the grid, no fewer than
    with its headline (``goes_on``); ``_PARAGRAPH_STRAYS`` of them at most
    (a quotation, a new turn of the story) may not, when the paragraph
    under the grid does. A grid's summaries are a sentence or two, shorter
    than the article's paragraphs; a river of related stories after the
    article has summaries as long, but each speaks of its own headline,
    or, in words of its own, of another story than the article's (and a
    closing line of the page's under it, "The views expressed…", is no
    paragraph of the article's to keep it). (The teasers' lines are
    then left to the article's run, which crosses them, see
    ``_across_teasers``.)"""
    prv = _nonempty(feats, i, -1)
    nxt = _nonempty(feats, i + k * size - 1, 1)
    if prv is None or nxt is None or not (_c4_sentence(feats[prv], opt)
                                          and _c4_sentence(feats[nxt], opt)):
        return False
    least = max(_ACROSS_TEASER_MIN_CHARS,
                _PARAGRAPH_SUMMARY_SHARE * min(feats[prv].chars, feats[nxt].chars))
    if not all(_c4_sentence(feats[i + u * size + s], opt)
               and feats[i + u * size + s].chars >= least for u in range(k)):
        return False
    article = _stems(" ".join(f.lower for f in feats[:i] if f.text), sw)
    strays = 0
    for u in range(k):
        own = _stems(feats[i + u * size + s].lower, sw)
        over = _stems(feats[i + u * size + h].lower, sw)
        if len(own & over) >= _TEASER_SUMMARY_STEMS:
            return False
        if not goes_on(own, over, article):
            strays += 1
            if strays > _PARAGRAPH_STRAYS:
                return False
    # (one that strays: the prose under the grid goes on with the article)
    return not strays or goes_on(_stems(feats[nxt].lower, sw), set(), article)


def _announces(f: _Feat, opt: BlockOptions, lo: float) -> bool:
    """Whether the block is a clause that announces a list with its colon
    ("The weekend brings three events:"): ``announce_min_words`` words or
    more, with function words (a box's label, "More from us:", has few)."""
    return f.text.endswith(":") and f.words >= opt.announce_min_words and f.density >= lo


def _teaser_grids(feats: list[_Feat], opt: BlockOptions, lang: str | None,
                  skip: Collection[int] = (), labels: Collection[int] = (),
                  lo: float | None = None) -> dict[int, str]:
    """The blocks of grids of teasers ("related stories", "more from"), each
    with its reason: ``teaser_min_run`` or more teasers in a row of the
    same shape, each a headline and, in the same order in each, a summary
    of one or two sentences and/or up to two lines of metadata (a date, a
    time, a byline), see ``_teaser_part``; every headline and summary
    another, most of the headlines no questions (a Q&A's). Teasers without
    metadata, a headline and its summary, are a grid only under a label of
    the page's (a block of ``labels``: "Related stories"), or else they
    may be the article's crossheads over short paragraphs. The blocks of
    ``skip`` (the article's by another rule, a list, a liveblog's times)
    are in none, nor is a listing under a clause that announces it with a
    colon (``_announces``; ``lo``, the stop-word density of prose)."""
    if lo is None:
        lo = opt.stopwords_low
    n = len(feats)
    # (first what each block may be, read from its features alone: most
    # texts hold no three teasers even so, and what each block is, the
    # dearer question, is not asked)
    default = opt is _DEFAULT_OPTIONS
    maybe = "".join([f.maybe or _teaser_maybe(f, opt) for f in feats] if default
                    else [_teaser_maybe_of(f, opt) for f in feats])
    if len(_TEASER_PAIR_RE.findall(maybe)) < opt.teaser_min_run:
        return {}
    parts = ["" if m == "." else t[1] if default and (t := f.teaser) and t[0] == lang
             else _teaser_part(f, opt, lang) for f, m in zip(feats, maybe)]
    # the parts as a string, a character a block ("." none; a question is
    # a headline, for the shape): a teaser starts where a headline or a
    # line of metadata stands over another part of one
    kinds = "".join([p or "." for p in parts]).replace("Q", "H")
    if kinds.count("HS") + kinds.count("HM") + kinds.count("MH") < opt.teaser_min_run:
        return {}  # (most texts)
    if skip:
        chars = list(kinds)
        for i in skip:
            chars[i] = "."
        kinds = "".join(chars)
    sw = stopwords_for(lang)
    out: dict[int, str] = {}
    i = 0
    while (m := _TEASER_START_RE.search(kinds, i)) is not None:
        i = m.start()
        best = None
        for size in range(2, 5):
            unit = kinds[i:i + size]
            if len(unit) < size or "." in unit or unit.count("H") != 1 or unit.count("S") > 1 \
                    or ("M" not in unit and not _under(i, feats, labels)):
                continue
            k = 1
            while k < _GRID_MAX_TEASERS and kinds.startswith(unit, i + k * size):
                k += 1
            if k >= opt.teaser_min_run and (best is None or k * size > best[0] * best[1]):
                best = (k, size, unit)
        if best is None:
            i += 1
            continue
        k, size, shape = best
        h, s = shape.index("H"), shape.find("S")
        end = i + k * size
        # the article's headline (and its byline, its lead) at either end
        # of the grid: over a grid right under it, or under a grid over it
        # with its prose after it
        nxt = _nonempty(feats, end - 1, 1)
        prv = _nonempty(feats, i, -1)
        if prv is not None and prv not in labels and _announces(feats[prv], opt, lo):
            i = end  # a listing the article announces ("… these events:")
            continue
        under_prose = prv is not None and _c4_sentence(feats[prv], opt)
        # (over the article, with no prose over it, the last teaser's
        # summary may be the article's lead, read with the rest; a grid
        # that goes on past _GRID_MAX_TEASERS has no end here)
        goes_on = kinds.startswith(shape, end)
        if nxt is not None and not goes_on and _c4_sentence(feats[nxt], opt) and (
                _heads_what_follows(feats, end - size + h,
                                    end if under_prose or s < 0 else end - size + s, sw)
                or _longer_summary(feats, i, k, size, s, k - 1)):
            k -= 1
        if k and (_heads_what_follows(feats, i + h, end, sw) or (
                under_prose and _longer_summary(feats, i, k, size, s, 0))):
            i, k = i + size, k - 1
        if k < opt.teaser_min_run:
            i += 1
            continue
        if s >= 0 and _paragraphs_under_teasers(feats, opt, i, k, size, s, h, sw):
            i += k * size  # (the article's paragraphs, a teaser over each)
            continue
        heads = [feats[i + u * size + h].key for u in range(k)]
        sums = [feats[i + u * size + s].key for u in range(k)] if s >= 0 else []
        questions = sum(1 for u in range(k) if parts[i + u * size + h] == "Q")
        if len(set(heads)) < k or len(set(sums)) < len(sums) or 2 * questions > k:
            i += 1
            continue
        why = f"grid of {k} teasers ({shape})"
        for q in range(i, i + k * size):
            out[q] = why
        i += k * size
    return out


#: The words of a line, as written (see ``_glued_teaser``).
_TOKEN_RE = lazyre.compile(r"\S+")
#: What opens a word before its first letter ("“Even", "(This").
_OPENERS = "\"'“‘(["


def _glued_teaser(f: _Feat, opt: BlockOptions, sw: frozenset[str]) -> bool:
    """Whether the block is a teaser whose headline and summary a text dump
    ran into one line: a headline (``teaser_headline_min_words`` to
    ``teaser_headline_max_words`` words, a capital or a figure first, no
    sentence end in it, its last word no function word) and, with no mark
    between them, a summary of ``c4_min_words`` to
    ``teaser_summary_max_words`` words that opens with a function word
    written with a capital ("… as the county looks for savings The
    branches will close …", "… found on a verge A botanist who …") and ends as a
    sentence. Prose has its capitals after a mark, or on names.
    (Remembered with the block's features, with the default options.)"""
    if not f.sentence_end:
        return False  # (most blocks)
    if opt is not _DEFAULT_OPTIONS:
        return _glued_teaser_of(f, opt, sw)
    out = f.memo.get("glued")
    if out is None:
        out = f.memo["glued"] = _glued_teaser_of(f, opt, sw)
    return out


def _glued_teaser_of(f: _Feat, opt: BlockOptions, sw: frozenset[str]) -> bool:
    text = f.text
    if not f.sentence_end or f.url or not sw \
            or not opt.teaser_headline_min_words + opt.c4_min_words <= f.words \
            <= opt.teaser_headline_max_words + opt.teaser_summary_max_words:
        return False
    first = text[:1]
    if not (first.isupper() or first.isdigit() or first in _OPENERS) or _ITEM_RE.match(text):
        return False
    toks = _TOKEN_RE.findall(text)
    head_words = 0
    for t in range(1, min(len(toks), opt.teaser_headline_max_words + 1)):
        prev = toks[t - 1]
        head_words += len(_WORD_RE.findall(prev))
        end = prev.rstrip(_CLOSERS)[-1:]
        if end in _SENTENCE_CHARS:
            return False  # (a sentence ends before any glue: no headline)
        word = toks[t].lstrip(_OPENERS)
        if not prev[-1:].isalnum() or head_words < opt.teaser_headline_min_words \
                or not word[:1].isupper() or any(c.isupper() for c in word[1:]):
            continue
        low = _WORD_RE.findall(word.lower())
        if not low or low[0] not in sw or (len(low[0]) == 1 and word[:1] != "A"):
            continue  # (one letter: an initial, the pronoun "I")
        last = _WORD_RE.findall(prev.lower())
        if not last or (last[-1] in sw and not prev.isupper()):
            continue  # (a headline ends on a word that carries meaning; "TV")
        rest = len(_WORD_RE.findall(" ".join(toks[t:])))
        return opt.c4_min_words <= rest <= opt.teaser_summary_max_words
    return False


def _glued_grids(feats: list[_Feat], opt: BlockOptions, sw: frozenset[str],
                 skip: Collection[int] = (), labels: Collection[int] = ()) -> dict[int, str]:
    """The grids of teasers whose headline and summary are one line each
    (``_glued_teaser``), right under a label of the page's (a block of
    ``labels`` of ``teaser_label_max_words`` words at most, "Most read"):
    a run of lines that opens and closes with such a teaser and holds
    ``teaser_min_run`` of them or more, more than half of the run; the
    other lines in it are short prose of a teaser's length (a teaser whose
    headline ends with a full stop reads as its summary). Prose under a
    label does not read so: three lines in a row with a function word
    capitalised after no mark are a dump's, not a writer's."""
    out: dict[int, str] = {}
    skipped: frozenset[int] | None = None
    for j in sorted(labels):
        if not feats[j].text or not _grid_label(feats[j], opt):
            continue
        run: list[tuple[int, bool]] = []
        k = _nonempty(feats, j, 1)
        while k is not None and k not in out:
            f = feats[k]
            if _glued_teaser(f, opt, sw):
                run.append((k, True))
            elif run and f.sentence_end and not f.url and not _ITEM_RE.match(f.text) \
                    and opt.c4_min_words <= f.words <= opt.teaser_summary_max_words:
                run.append((k, False))
            else:
                break
            k = _nonempty(feats, k, 1)
        while run and not run[-1][1]:
            run.pop()
        glued = sum(1 for _, g in run if g)
        if glued < opt.teaser_min_run or 2 * glued <= len(run):
            continue
        if skipped is None:
            skipped = frozenset(skip)
        if any(i in skipped for i, _ in run):
            continue  # (the article's list, by another rule)
        why = f"grid of {glued} teasers (headline and summary run into one line)"
        for i, _ in run:
            out[i] = why
    return out


class _NotGrid:
    """The blocks no grid of teasers holds, as ``_teaser_grids`` reads its
    ``skip`` (made into a set only when a text may hold a grid): a list or
    a table of the article's (``listed``), the lines of a code block, a
    liveblog's times and titles (``headed``)."""

    def __init__(self, listed: list, code: Collection[int], headed: Collection[int]):
        self.listed, self.code, self.headed = listed, code, headed

    def __iter__(self):
        yield from (i for i, x in enumerate(self.listed) if x)
        yield from self.code
        yield from self.headed


def of_teaser_grid(v: BlockVerdict) -> bool:
    """Whether a verdict removes a line of a grid of teasers or its label
    (B104): the grid goes whole, whatever a phrase list says of a line
    of it."""
    return v.code == "B104" and v.reason.startswith(("grid of ", "label of a grid of "))


def teaser_parts(texts: Sequence[str], lang: str | None = "en") -> list[str]:
    """What each line can be in a teaser (see ``_teaser_part_of``): "H" a
    headline, "Q" a headline that asks, "S" a summary, "M" a line of
    metadata ("3 hours ago", "By Dana Whitlock", "12 March 2024"), ""
    none."""
    opt = _DEFAULT_OPTIONS
    return ["" if (f.maybe or _teaser_maybe(f, opt)) == "." else _teaser_part(f, opt, lang)
            for f in _features(texts, stopwords_for(lang))]


def teaser_grids(blocks: Sequence[str], lang: str | None = "en",
                 labels: Collection[int] = ()) -> dict[int, str]:
    """The blocks of grids of teasers among ``blocks`` (see
    ``_teaser_grids``; ``labels``: the indices of the labels of the page's
    boxes, "Related stories"), each with its reason, as B104 finds them
    before the other rules judge the page. (M001 and M004 ask it: a
    teaser's byline and date are not the article's; so do the headline
    finders: a grid over the article is no headline.)"""
    if not blocks:
        return {}
    sw = stopwords_for(lang)
    feats = _features(blocks, sw)
    labels = frozenset(labels)
    out = _teaser_grids(feats, _DEFAULT_OPTIONS, lang, labels=labels)
    if labels:
        for i, why in _glued_grids(feats, _DEFAULT_OPTIONS, sw, labels=labels).items():
            out.setdefault(i, why)
    return out


def comment_threads(texts: Sequence[str], lang: str | None = "en",
                    live: Callable[[], bool] | None = None) -> dict[int, str]:
    """The lines of the threads of readers' comments after the article
    among ``texts`` (see ``_comment_threads``: several comments in a row,
    each an author, a time and its text, with a comment's buttons, with
    no heading over them), each with its reason. ``live`` says whether
    the page is a liveblog (its headline says so; asked only of a text
    with a comment's times): where it says not, comments with no button,
    in a reader's voice, are a thread too. (M004 asks it: a comment's
    time is no date of the article's; so do the block rules: a thread is
    no prose of the article's.)"""
    # (most texts: fewer hints than a thread's in their short lines, or
    # fewer such lines that are a comment's bar or an author who says; and
    # fewer than a thread's times without a figure)
    short = [t for t in texts if len(t) <= _THREAD_HINT_CHARS]
    lower = "\n".join(short).lower()
    voiced = live is not None and (
        sum(lower.count(h) for h in _VOICE_TIME_HINTS) >= _THREAD_MIN_COMMENTS
        and _voiced_times(texts) >= _THREAD_MIN_COMMENTS
        or _DAY_CLOCK_RE.search(lower) is not None
        and _voiced_dates(texts, lang) >= _THREAD_MIN_COMMENTS)
    if sum(lower.count(h) for h in _THREAD_HINTS) < _THREAD_MIN_COMMENTS:
        shown = 0
    else:
        shown = sum(1 for _ in islice(
            (t for t, low in zip(short, lower.split("\n")) if any(h in low for h in _THREAD_HINTS)
             and (_comment_controls(t)[1] or _SAYS_RE.search(t) or _marked_head(t, lang))),
            _THREAD_MIN_COMMENTS))
    if shown < _THREAD_MIN_COMMENTS and not voiced:
        return {}
    voiced = voiced and not live()
    if shown < _THREAD_MIN_COMMENTS and not voiced:
        return {}
    return _comment_threads(_features(texts, stopwords_for(lang)), _DEFAULT_OPTIONS, lang,
                            voiced=voiced)


def _marked_head(t: str, lang: str | None) -> bool:
    """Whether line ``t`` is a comment's head on one line that shows what
    only a comment has: its own button after its author and time
    ("riverside_dave | 3 March 2024 | Reply"), its author's handle
    after "Posted by" ("Posted by riverside_dave on March 3, 2024 at 10:15
    am"), or its author who said, when, and a colon ("riverside_dave said
    on March 3, 2024:"). (Asked only of a short line with a hint of one.)"""
    if not (_HEAD_BUTTON_RE.search(t) or _POSTED_BY_RE.match(t)
            or (t.endswith(":") and any(w in t for w in _SAID_WORDS))):
        return False
    return _author_and_time(t, lang, stopwords_for(lang)) in ("button", "handle", "says")


def _voiced_dates(texts: Sequence[str], lang: str | None) -> int:
    """How many short lines that are a comment's date with its time of day
    ("March 3, 2024 at 10:15 am", "Jane D. | 03/03/2024 10:15": see
    ``_told_time``, ``_comment_time``, ``_author_and_time``) have a text in
    a reader's voice under them (see ``_voiced_times``, the same for how
    long ago)."""
    found, sw = 0, None
    for i, t in enumerate(texts):
        # (a time of day first: how long ago is ``_voiced_times``' to find)
        if not t or len(t) > _THREAD_HINT_CHARS or not _DAY_CLOCK_RE.search(t):
            continue
        nxt = next((u for u in texts[i + 1:i + 3] if u), "")
        if not nxt or not _reader_voice((nxt,)):
            continue
        if sw is None:
            sw = stopwords_for(lang)
        if _told_time(t, lang) and (_comment_time(t, lang) or _author_and_time(t, lang, sw)):
            found += 1
            if found >= _THREAD_MIN_COMMENTS:
                break
    return found


def _voiced_times(texts: Sequence[str]) -> int:
    """How many short lines that may be a comment's time ("2 hours ago",
    "Margaret O'Neil · yesterday") have a text in a reader's voice under
    them (see ``_reader_voice``): a thread with no button has
    ``_THREAD_MIN_COMMENTS`` of them at least; a river of teasers, a
    headline under each time, has none."""
    found, time = 0, False
    for t in texts:
        if not t:
            continue
        if time and _reader_voice((t,)):
            found += 1
        low = t.lower() if len(t) <= _THREAD_HINT_CHARS else ""
        time = bool(low) and any(h in low for h in _VOICE_TIME_HINTS)
    return found


def is_live_headline(text: str) -> bool:
    """Whether a headline says its page is a liveblog ("Storm Wendell live:
    …", "… – live updates", "… as it happened"; not "live" the verb)."""
    return bool(_LIVE_HEADLINE_RE.search(text))


def glued_teasers(texts: Sequence[str], lang: str | None = "en") -> list[bool]:
    """For each line, whether it reads as a teaser whose headline and
    summary are run into one line (see ``_glued_teaser``)."""
    sw = stopwords_for(lang)
    return [_glued_teaser(f, _DEFAULT_OPTIONS, sw) for f in _features(texts, sw)]


def _offers_between_prose(feats: list[_Feat], opt: BlockOptions, cls0: list[str],
                          removed: list, chrome: Collection[int]) -> list[int]:
    """The bad blocks that are offer lines (``offer_line``) with a good
    paragraph on either side, at most ``offer_max_gap`` short lines (other
    such offers, a short line's copy) away, none of them removed by another
    rule."""
    n = len(feats)
    cand = [i for i, f in enumerate(feats)
            if cls0[i] == BAD and removed[i] is None and i not in chrome and f.text
            and not f.url and not f.sentence_end and offer_line(f.text, f.words, opt)]
    if not cand:
        return []
    offers = frozenset(cand)

    def prose_at(i: int, step: int) -> bool:
        gap = 0
        j = i + step
        while 0 <= j < n:
            f = feats[j]
            if f.text:
                if j in chrome or (removed[j] is not None and removed[j][0] != "B103"):
                    return False
                if cls0[j] == GOOD and removed[j] is None:
                    return True
                # (a short line repeated, "Also at the shop", is a gap too)
                if cls0[j] != SHORT and j not in offers and removed[j] is None:
                    return False
                gap += 1
                if gap > opt.offer_max_gap:
                    return False
            j += step
        return False

    return [i for i in cand if prose_at(i, -1) and prose_at(i, 1)]


def classify_blocks(
    blocks: Sequence[str],
    lang: str | None = "en",
    enabled: Collection[str] | None = None,
    options: BlockOptions | None = None,
    chrome: Collection[int] = (),
    content: Collection[int] = (),
    headline: int | None = None,
    data: Collection[int] = (),
    code: Collection[int] = (),
    captions: Collection[int] = (),
    slots: Collection[int] = (),
    ends: Collection[int] = (),
    comments: Mapping[int, str] | None = None,
) -> list[BlockVerdict]:
    """One verdict per block (same order). ``lang`` is an ISO 639-1 code
    (None: guessed from stop words); ``enabled`` the rule codes switched on
    (None: all); ``chrome`` the indices of blocks other rules know to be
    boilerplate (a newsletter promo, a footer): never the prose that a list
    or a table continues, nor the headline; ``content`` the indices of
    blocks other rules know to be the article's (the standfirst), kept as a
    list or a table is; ``headline`` the index of the headline, if another
    rule has found it (under a label, a menu or a ticker over it): kept
    when it looks like one, as the first block not in ``chrome`` is
    without it; ``data`` the indices of blocks another rule knows as the
    story's own data under the headline (a score box, a rating): kept and
    never outside the article, but no context for a short line next to
    them; ``code`` the indices of the lines of a code block (fenced or
    indented, see ``cleaner.rules.blocks.code_lines``): removed as code
    (B102), and no gap in the article: the prose on either side of a code
    sample is one article; ``captions`` the indices of the blocks that are
    a photo's caption (another rule took its credit from it): kept as they
    are judged, but no prose mass for the article's run (B105), a gap in
    it as chrome is: a caption over the body does not pull the lines over
    it (a teaser, a dateline) into the article; one right under the
    run's last paragraph stays with it; ``slots`` the indices of the
    blocks of an advert's slot ("Advertisement", "Story continues below"),
    among ``chrome``: the advert's, no label of a grid of teasers; ``ends``
    those of them right under a paragraph, which the article does not go
    on under (see ``cleaner.rules.blocks``): the article's run ends there
    (when what it holds over the slot outweighs what it holds under it),
    and no stretch of the run crosses it; ``comments`` the indices of the
    lines of a thread of readers' comments after the article, each with
    its reason (see ``comment_threads``: no heading over them): removed
    as outside the article (B105), and no context for the lines around
    them."""
    opt = options or _DEFAULT_OPTIONS
    on = ALL_CODES if enabled is None else frozenset(enabled)
    n = len(blocks)
    if n == 0:
        return []
    if lang is None:
        lang = guess_language(blocks)
    sw = stopwords_for(lang)
    feats = _features(blocks, sw)
    lo, hi, cal_note = _calibrated(feats, opt, bool(sw))

    removed: list[tuple[str, str] | None] = [None] * n
    # one (code, reason) of each kind, shared by the blocks it is said of:
    # a reason is made for each block (``f"copy of block {j}, …"``), and a
    # page of 300,000 copies of one line held a string and a tuple of its
    # own for each, equal to all the others (~140 bytes a block)
    verdicts: dict[tuple[str, str], tuple[str, str]] = {}

    def drop(i: int, code: str, reason: str) -> None:
        if removed[i] is None and code in on:
            r = (code, reason)
            removed[i] = verdicts.setdefault(r, r)

    # empty blocks carry nothing
    for i, f in enumerate(feats):
        if not f.text:
            removed[i] = ("", "empty")  # placeholder; kept as not-removed below

    # the lines of a code block are code (C4's line filter removes code)
    code = frozenset(code)
    for i in code:
        if feats[i].text:
            drop(i, "B102", "code block")

    # readers' comments after the article (a thread another rule found,
    # with no heading over it) are no prose of the article's: outside it,
    # bad context for jusText, and a gap that the article's run does not
    # cross
    for i, why in (comments or {}).items():
        if feats[i].text:
            drop(i, "B105", why)

    # lists and tables that continue the prose before them are content
    data = frozenset(data)
    chrome, content = frozenset(chrome), frozenset(content) | data
    captions = frozenset(captions)
    listed = _anchored_runs(feats, opt, lo, removed, chrome, content, sw)
    for i, why in _article_data(feats, opt, lo, sw, removed, chrome, listed).items():
        listed[i] = why
    for i, why in _item_headers(feats, opt, listed, chrome).items():
        listed[i] = why
    for i, why in _letter_signatures(feats, opt, listed, chrome).items():
        listed[i] = why
    own = [bool(x) for x in listed]
    for i in content:
        listed[i] = listed[i] or "the article's, by another rule"

    # a liveblog's times, titles and writers' names, which head its entries
    # (not a reader's comment's)
    top = headline if headline is not None else next(
        (i for i in range(n) if feats[i].text and i not in chrome), None)
    headed = _headed(feats, opt, sw, skip=comments or (),
                     live=top is not None and bool(_LIVE_HEADLINE_RE.search(feats[top].text)))
    # B104 -- a liveblog's list of its key events, each title that of an
    # entry below it: links to the entries, that repeat their titles
    events = _key_events(feats, opt, headed) \
        if any(not _SCORE_RE.fullmatch(feats[t].text) for t in headed) else []
    for i in _repeated_events(feats, events) if events else ():
        drop(i, "B104", "a liveblog's list of its key events (the titles of its entries, "
                        "repeated below)")
    # B104 -- grids of teasers: they go, and the rules below judge the
    # page as if they were not there (no context for jusText, no gap in
    # the article)
    labels = chrome - frozenset(slots) if slots else chrome
    grid = _teaser_grids(feats, opt, lang, skip=_NotGrid(listed, code, headed),
                         labels=labels, lo=lo) if "B104" in on else {}
    if "B104" in on and labels:
        # (and the teasers of a box whose headline and summary are one line)
        for i, why in _glued_grids(feats, opt, sw, skip=_NotGrid(listed, code, headed),
                                   labels=labels).items():
            grid.setdefault(i, why)
    for i, why in grid.items():
        drop(i, "B104", why)
    if grid:
        head = headline if headline is not None else next(
            (i for i in range(n) if feats[i].text and i not in chrome), None)
        # the label over a grid goes with it (left, a teaser's label
        # would take the crosshead under it for a link): one that a phrase
        # list knows ("More stories"), or another ("Elsewhere on the
        # site") unless it stands under a paragraph (a crosshead may)
        for i in [i for i in grid if i - 1 not in grid]:
            j = _nonempty(feats, i, -1)
            if j is None or j in grid or j == head or not _grid_label(feats[j], opt):
                continue
            k = _nonempty(feats, j, -1)
            if j in chrome or k is None or not _c4_sentence(feats[k], opt):
                drop(j, "B104", f"label of a {grid[i]}")
                grid[j] = grid[i]

    # B103 -- repetition (keep first)
    seen: dict[str, int] = {}
    is_dup = [False] * n
    first_of = [-1] * n
    for i, f in enumerate(feats):
        if not f.text:
            continue
        k = f.key or f.text
        if k in seen:
            is_dup[i] = True
            first_of[i] = seen[k]
        else:
            seen[k] = i
    for i in range(n):
        if not is_dup[i] or listed[i]:
            continue
        f = feats[i]
        j = first_of[i]
        run = (i > 0 and is_dup[i - 1]) or (i + 1 < n and is_dup[i + 1])
        if f.chars >= opt.dup_min_chars:
            drop(i, "B103", f"copy of block {j} ({f.chars} chars)")
        elif run:
            drop(i, "B103", f"copy of block {j}, inside a repeated run")
        elif i - j <= 2:
            drop(i, "B103", f"copy of block {j}, {i - j} block(s) after it")
        elif not _c4_sentence(f, opt):
            drop(i, "B103", f"copy of block {j}, not a sentence ({f.words} words)")

    # B102 -- C4 line rules (only a block with a cue can have a reason)
    def prose(j: int | None) -> bool:
        # block j is a paragraph of prose that says no cue as chrome does:
        # long, with function words, ending as a sentence or announcing
        # what follows (":"), and condemned by no C4 rule
        if j is None or removed[j] is not None or j in chrome:
            return False
        g = feats[j]
        return (g.chars >= opt.length_low and g.words >= opt.c4_min_words and g.terminal
                and g.density >= lo and not (g.cue and (_c4_reason(g, opt) or _cue_voice(g, opt))))

    for i, f in enumerate(feats):
        if f.cue:
            r = _c4_reason(f, opt)
            # (a sentence of the article's about its cues stays: "New
            # customers can sign up for the service's annual subscription,
            # which costs $99." beside a paragraph of the article, not a
            # form's consent among the form's lines; and so does a
            # crosshead between two paragraphs that heads the one under
            # it, "The subscription model")
            if r and not (_reported_cues(f, opt)
                          and (prose(_nonempty(feats, i, -1)) or prose(_nonempty(feats, i, 1)))):
                nxt = _nonempty(feats, i, 1)
                if not (prose(_nonempty(feats, i, -1)) and prose(nxt) and _crosshead_on_cue(f, opt)
                        and _heads(f, feats[nxt], sw)):
                    drop(i, "B102", r)


    # B104 -- runs of short title-like lines (an empty block neither
    # starts nor ends one)
    menu = [not f.text or (not listed[k] and _menu_like(f, opt)) for k, f in enumerate(feats)]
    i = 0
    while i < n:
        if feats[i].text and menu[i]:
            j = i
            while j < n and menu[j]:
                j += 1
            run = sum(1 for k in range(i, j) if feats[k].text)
            digits = sum(1 for k in range(i, j) if feats[k].text and structure.DIGIT.search(feats[k].text))
            # figures in most lines: a table, a recipe's quantities, not a menu
            if run >= opt.min_menu_run and digits < opt.menu_max_digits * run:
                why = f"run of {run} short title-like lines"  # (written once a run)
                for k in range(i, j):
                    if feats[k].text:
                        drop(k, "B104", why)
            i = j
        else:
            i += 1

    # B101 -- jusText classification + context revision
    cls0 = _justext_classes(feats, opt, lo, hi)
    # blocks removed by the line rules count as bad context for jusText
    for i in range(n):
        if removed[i] is not None and removed[i][0]:
            cls0[i] = BAD
        elif listed[i] and (i not in data or own[i]):
            cls0[i] = GOOD
    # a line that names an item and its price between two paragraphs (a
    # deals article: "Stand mixer for $249 (was $329)", its blurb, "Get it at
    # the shop for $249") is no chrome for its few function words: it is
    # near-good, and its paragraphs decide. After the last paragraph (a
    # shop's widget), or by a block another rule knows, it stays bad.
    for i in _offers_between_prose(feats, opt, cls0, removed, chrome):
        cls0[i] = NEARGOOD
    # (a liveblog's heads and the bars between its entries are no context
    # for its entries: they take the verdict of the entry under them, or
    # go by their own rules)
    bars = _entry_bars(feats, opt, headed, chrome, removed) if headed else set()
    apart = [t for t in headed if not _SCORE_RE.fullmatch(feats[t].text)]
    if grid or apart:
        apart = frozenset(apart) | bars
        rest = [i for i in range(n) if i not in grid and i not in apart]
        cls = list(cls0)
        for i, c in zip(rest, _justext_revise([cls0[i] for i in rest])):
            cls[i] = c
    else:
        cls = _justext_revise(cls0)
    # (a block another rule knows as the article's is kept, but lends no
    # context to a short line next to it: a disclosure between the story's
    # data under the headline and its body is the page's)
    for i in data:
        cls[i] = GOOD
    # (the reason is written only for a block no other rule removed: drop
    # keeps the first reason)
    for i, f in enumerate(feats):
        if f.text and cls[i] == BAD and removed[i] is None and "B101" in on:
            if cls0[i] == SHORT:
                why = f"short ({f.chars} < {opt.length_low} chars) without good neighbours"
            elif cls0[i] == NEARGOOD:
                why = f"near-good (stop-word density {f.density:.2f}) between bad blocks"
            else:
                why = (f"stop-word density {f.density:.2f} < {lo:.2f}, "
                       f"{f.words} words{cal_note}") if f.chars >= opt.length_low else "link/copyright"
            drop(i, "B101", why)

    # B105 -- densest run of prose
    if "B105" in on:
        weights = []
        for i, f in enumerate(feats):
            if not f.text:
                weights.append(0.0)
            # (is_comments_heading(f.text): f.text is stripped, f.lower its lower case)
            elif (len(f.lower) < 60 and _COMMENTS_RE.match(f.lower)) or (
                    f.lower[:1] in _TITLED_COMMENTS_FIRST
                    and _titled_comments(f.lower, (g.lower for g in feats))):
                weights.append(-1e12)  # a barrier
            elif (removed[i] is not None and removed[i][0]) or (cls0[i] == GOOD and i in chrome) \
                    or i in captions:
                # (a long block another rule knows as the page's, a consent
                # blurb or an author's box, is no prose mass either)
                weights.append(-(opt.gap_cost + opt.gap_cost_ratio * f.chars))
            elif cls[i] == GOOD and cls0[i] == GOOD:
                weights.append(float(f.chars))
            elif cls[i] == GOOD and cls0[i] == NEARGOOD:
                # a sentence is prose mass; a title-like line (a teaser, a
                # caption without a full stop) is not
                weights.append(f.chars if _c4_sentence(f, opt)
                               else opt.neargood_weight * f.chars)
            elif cls[i] == GOOD:
                # a short block promoted by its neighbours: no prose mass. A
                # lone one (a crosshead) is cheap; the second of a pair
                # (author + date of a comment, title + date of a teaser)
                # costs as much as chrome
                prev_short = i > 0 and cls0[i - 1] == SHORT and feats[i - 1].text
                weights.append(-(opt.gap_cost + opt.gap_cost_ratio * f.chars)
                               if prev_short and opt.short_pairs else -opt.short_cost)
            else:
                weights.append(-(opt.gap_cost + opt.gap_cost_ratio * f.chars))
        # a score or a liveblog's time (and the title or the contributor's
        # line under it, "Jo Bloggs, our economics editor, writes:") takes
        # the verdict of the paragraph it heads: no gap in the article
        for t in headed:
            if weights[t] > -1e11:
                weights[t] = 0.0
        # a liveblog's share bar (chrome, or short lines removed with it)
        # right before the head of its next entry (its time, or its
        # writer's name over it) is no gap in the article: it goes anyway,
        # and the entries after it are the article's
        for j in bars:
            if weights[j] > -1e11:
                weights[j] = 0.0
        # a liveblog's list of its key events, and its label, is no gap
        # between its lead and its entries
        for box, _ in events:
            for t in box:
                if -1e11 < weights[t] < 0:
                    weights[t] = 0.0
        s, e = _article_segment(weights, opt.first_part_fraction)
        if ends:
            s, e = _ended(weights, s, e, ends)
        if e > s and chrome:
            s, e = _past_notices(feats, opt, s, e, weights, removed, cls, cls0, chrome)
        if e > s:
            s, e = _bridged(feats, opt, lo, s, e, weights, removed, cls0, chrome, code)
            if grid:
                s, e = _across_grids(feats, opt, s, e, weights, grid)
            e, crossed = _across_teasers(feats, opt, s, e, weights, cls0, sw, lang)
            for i in crossed:
                # (a short line between the article's paragraphs that
                # jusText kept: a teaser's headline, its section)
                drop(i, "B104", "teaser between two paragraphs of the article")
            # (a caption right under the run's last paragraph, prose by
            # jusText, is its picture's and stays: only what is under it
            # goes)
            k = _nonempty(feats, e - 1, 1) if captions else None
            if k is not None and k in captions and removed[k] is None and cls[k] == GOOD:
                e = k + 1
            before = f"before the main prose run (blocks {s}-{e - 1})"
            after = f"after the main prose run (blocks {s}-{e - 1})"
            for i in range(n):
                # (what another rule knows as the article's, a standfirst,
                # the story's data under the headline, is never outside it)
                if feats[i].text and not (s <= i < e) and i not in data:
                    drop(i, "B105", before if i < s else after)

    # a score or a liveblog's time takes the verdict of the paragraph it heads
    for i, j in headed.items():
        removed[i] = removed[j]

    # headline exemption for the headline found, or else the first block
    # that is not chrome
    first = headline if headline is not None else next(
        (i for i in range(n) if feats[i].text and i not in chrome), None)
    out = []
    # one verdict for the blocks with the same reason (a run of a menu, the
    # blocks after the article): a frozen dataclass is slow to make
    made: dict[tuple[str, str], BlockVerdict] = {}
    for i in range(n):
        r = removed[i]
        if r is None or not r[0]:
            out.append(_KEPT)
        elif i == first and _looks_like_headline(feats[i], opt):
            out.append(BlockVerdict(True, "", f"kept as headline (would be {r[0]}: {r[1]})"))
        else:
            v = made.get(r)
            if v is None:
                v = made[r] = BlockVerdict(False, r[0], r[1])
            out.append(v)
    return out
