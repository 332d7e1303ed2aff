"""Name registry and matcher: canonical spellings of places, people, countries.

The registry is data (``cleaner/data/names.toml``, format documented in its
header); this module loads it, compiles it once, and finds three kinds of
problems in a text:

* ``variant``      a registry variant or known misspelling (``Kiev``,
                   ``Zelenskiy``, ``Kuleva``) -> its canonical form; found in
                   one pass with one compiled, trie-shaped alternation.
* ``misspelling``  a capitalised word one or two edits from a registry surname,
                   in a name-like position (after a title such as ``Foreign
                   Minister`` or after a first name), that fits exactly one
                   person and is confirmed by the title or the first name.
                   A near miss of a registry variant counts (one edit);
                   a repaired surname is repaired wherever else the text
                   writes it, and a misspelt first name before the exact
                   surname is repaired too (``_same_person``,
                   ``_first_hit``). A registry surname form after
                   another given name is someone else's (``Mark
                   Zelensky``): left alone; with such a namesake in the
                   text a bare surname is reported, not rewritten
                   (``_names_other``, ``_other_named``).
  ``misspelling-ambiguous``  the same, but more than one name fits or nothing
                   confirms it (or a near miss of a person the text names
                   in full, elsewhere, or a capitalised word one edit from
                   a place's spelling, "Harkov": ``_place_hits``):
                   reported, never repaired.
* ``country``      a misspelt country in a list of countries
                   (``Romania, Bulgari and Hungary``).

None of them is reported where the name is mentioned rather than used (see
``NameRegistry._mention``): marked ``[sic]``, after ``the spelling``, ``was
known as``, ``known locally as``, ``formerly``, ``call it``, ``renamed
from`` …, before ``, spelt that way`` or ``(as it was then known)``, beside
another spelling of itself (``Kiev, Kyiv``) or with one in the same
sentence, alone in quotation marks, or in a title in title case, quoted or after a kind of work (``the film Kiev
Nights``). A name used in quoted speech is a use like any other:
``"Kiev will stand," he said`` is rewritten (and the change marked unsafe).

The whole text is read once, by one Aho-Corasick automaton (pyahocorasick)
over its lower-cased copy that holds every registry form, every title, every
first name, and every country (line by line, the lines read before in the
document not again). The one-edit neighbours of the first names are told
per capitalised word by lookups (``_NearFirsts``: the name with a letter
blanked, taken out or two swapped), not as some 45,000 keys of the
automaton, which cost most of building the registry (but those of a name
with other letters than a-z, which are keys). Everything else
runs only at those places: a near-miss surname is looked for only after a
title or a first name, a misspelt country only next to a country in a list,
and rapidfuzz is called only on the few capitalised words found there.
A place's near miss is looked up per capitalised word of six letters or
more, on the same lines, in a deletion index (``_NearIndex``, built on
first use: each single-word place spelling of six letters or more and its
one-letter deletions, some 1,600 short strings, not the 80,000 one-edit
neighbours): a word within one edit of a spelling shares one of them with
it (SymSpell), a real edit distance confirms it, and each word's verdict is
remembered.
(bench/bench_names.py compares this with regex alternations.)

    >>> reg = NameRegistry.load()
    >>> [h.after for h in reg.find("Kiev’s mayor met Dmitro Kuleva.")]
    ['Kyiv', 'Dmytro Kuleba']
"""
from __future__ import annotations

import bisect
import functools
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import ahocorasick
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from . import lazyre, resources, structure

__all__ = ["NameHit", "NameRegistry", "STYLES", "DEFAULT_REGISTRY", "edits1"]

DEFAULT_REGISTRY = Path(__file__).with_name("data") / "names.toml"
STYLES = ("default", "ap", "bbc", "reuters")

# A capitalised word (letters, inner hyphens: Jean-Yves, Ivano-Frankivsk).
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAP = rf"[{_UPPER}][^\W\d_]*(?:-[{_UPPER}][^\W\d_]*)*"
_REGION_AFTER = lazyre.compile(r"[ \u00a0]+(?:region|oblast|province)\b", re.IGNORECASE)
# After a title: one or two capitalised words (first name and surname).
_AFTER_TITLE = lazyre.compile(rf"\.?[ \u00a0]+(?P<a>{_CAP})(?:[ \u00a0]+(?P<b>{_CAP}))?(?![\w-])")
# After a first name: the surname.
_AFTER_FIRST = lazyre.compile(rf"[ \u00a0]+(?P<b>{_CAP})(?![\w-])")
# Lists of countries: items joined by commas / and / or, walked from a country.
_ITEM = rf"(?:the[ \u00a0]+)?{_CAP}(?:[ \u00a0]+{_CAP}){{0,3}}"
_SEP = r"[ \u00a0]*,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+"
_NEXT_ITEM = lazyre.compile(rf"(?:{_SEP})(?P<item>{_ITEM})(?![\w-])")
_PREV_ITEM = lazyre.compile(rf"(?<![\w-])(?P<item>{_ITEM})(?:{_SEP})\Z")
_LIST_START = lazyre.compile(r"[ \u00a0]*,|[ \u00a0]+(?:and|or)[ \u00a0]")
_LIST_END = lazyre.compile(r"(?:,|and|or)[ \u00a0]*\Z")
# The capitalised word right before a name, spaces between ("Mark Zelensky").
_WORD_BEFORE = lazyre.compile(rf"(?<![\w-])([{_UPPER}][^\W\d_]+)[ \u00a0]+\Z")
# What the automaton's keys are (bit flags: one key can be several).
_VARIANT, _TITLE, _FIRST, _COUNTRY = 1, 2, 4, 8
#: Places whose near misses are looked for: single words this long, and the
#: capitalised words looked up (a capital, then lower-case letters).
_NEAR_PLACE_MIN = 6
_NEAR_PLACE_WORD = lazyre.compile(rf"[A-Z](?<!\w.)[a-z]{{{_NEAR_PLACE_MIN - 1},}}\b")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_AZ = lazyre.compile("[a-z]+")
#: A run of letters and digits (``str.isalnum``, which ``\w`` less ``_``
#: is) from its start, opening with no digit nor a-z: a word that may be a
#: capitalised first name.
_CAPITAL_RUN = lazyre.compile(r"(?<![^\W_])[^\W\d_a-z][^\W_]*")
# Capitalised words printed before a place's name as part of it or of its
# region ("East Kharkiv", "Greater Odesa"): no given name before a surname.
_PLACE_PREFIXES = frozenset(
    "north south east west northern southern eastern western central greater upper lower "
    "old new occupied liberated downtown outer inner".split())
# Lower-casing that never changes the length (str.lower() can: 'İ' -> 'i̇').
_LOWER_1TO1 = {c: c.lower() for c in map(chr, range(0x250)) if len(c.lower()) == 1}

# A mention of a name, not a use: the name as a word (its spelling, a title,
# a quotation marked [sic]) keeps the writer's form. Looked at only where a
# hit is, so none of this costs anything on text without one.
_S = r"[^\S\n]"  # a space, not a line break
# "Kuleva [sic]", "Kiev” (sic)", "Kuleva’s [sic]": the writer marks the form as the source's.
_SIC_AFTER = lazyre.compile(rf"(?:[’']s)?[”\"’']?{_S}*[\[(]{_S}*sic{_S}*!?{_S}*[\])]", re.IGNORECASE)
# How a name is known, said with "known": "known locally as Kiev Gate",
# "popularly known as", "known to locals as".
_NAMING_ADVERBS = ("locally|colloquially|popularly|informally|affectionately|familiarly"
                   "|unofficially|officially|commonly|widely|traditionally|generally|still")
# A word that says the next one is a name or a spelling: "was known as Kiev",
# "the spelling ‘Kiev’", "the old name Kiev", "(formerly Kiev)", "is called Kiev".
# Not a bare "known as": "separatists, known as Donbass, ..." names them in
# the writer's (legacy) spelling, which the house style replaces; "known
# locally as", "known to locals as" give a name as a name.
_CUE_BEFORE = lazyre.compile(
    r"(?:\b(?:spelt|spelled|written|rendered|transliterated|transcribed|romani[sz]ed)"
    rf"{_S}+as|\b(?:was|were|been|formerly|previously|once|also|better|originally"
    rf"|historically|{_NAMING_ADVERBS})(?:{_S}+\w+)?{_S}+known(?:{_S}+[\w-]+){{0,3}}?{_S}+as"
    rf"|\bknown{_S}+in{_S}+[A-Z]\w+{_S}+as|\bknown{_S}+(?:{_NAMING_ADVERBS}){_S}+as"
    rf"|\bknown{_S}+to{_S}+(?:(?:the|its|their|many|most|some){_S}+)?\w+s{_S}+as"
    rf"|\b(?:spelt|spelled|formerly|aka|a\.k\.a\.)"
    rf"|\b(?:(?:is|was|are|were|be|been|being)(?:{_S}+(?:now|still|also|often|sometimes|once"
    rf"|then|widely|commonly))?|formerly|previously|commonly){_S}+called|\bso-called"
    rf"|\b(?:the|a|an|its|their|this|that){_S}+(?:[\w-]+{_S}+)?"
    r"(?:spellings?|names?|words?|terms?|transliterations?|romani[sz]ations?|forms?|versions?)"
    # "Russians still call it Kiev", "called the city Kiev"
    rf"|\b(?:call|calls|called|calling|dub|dubs|dubbed)(?:{_S}+(?:it|them|this|that"
    rf"|(?:the|their|our|its){_S}+(?:city|capital|town|country|place|region|river|port)))"
    # "its name was changed from Kiev", "renamed from Kiev", "changed its spelling from"
    rf"|\b(?:changed|renamed)(?:{_S}+[\w’'-]+){{0,3}}?{_S}+from)"
    rf"{_S}*[,:]?{_S}*[\"“‘']?\Z", re.IGNORECASE)
_CUE_REACH = 60
# A quotation after these is printed text named as a title (policy: titles
# of works keep their spelling), in any case: 'the headline read "Kiev
# falls"', 'a report titled "Why Kiev matters"'.
_QUOTED_TITLE_CUE = lazyre.compile(
    rf"\b(?:headlines?|headlined|titled|entitled|subtitled|captioned|caption)"
    rf"(?:{_S}+(?:read|reads|ran|runs|said|says|was|is))?{_S}*[:,]?{_S}*\Z", re.IGNORECASE)
#: How far before a hit an event word ("Encirclement of the ") may start.
_EVENT_REACH = 24
# The same said after it: "Kiev, spelt that way in the treaty", "Kiev (as it
# was then known)", "Kiev, as Russians call it".
_CUE_AFTER = lazyre.compile(
    rf"[”\"’']?{_S}*[,(]?{_S}*(?:(?:so|thus|then|once|formerly){_S}+)?"
    r"(?:spelt|spelled|transliterated|transcribed|romani[sz]ed)\b"
    rf"|[”\"’']?{_S}*[,(]{_S}*as{_S}+(?:it|they|he|she|the{_S}+\w+){_S}+(?:was|were|is|are"
    rf"|had{_S}+been|has{_S}+been)(?:{_S}+(?:then|once|still|formerly|previously|often"
    rf"|commonly|widely|also))?{_S}+(?:called|known|spelt|spelled|written|named)\b"
    rf"|[”\"’']?{_S}*[,(]{_S}*as{_S}+\w+(?:{_S}+(?:still|once|often|used{_S}+to))?{_S}+"
    rf"(?:call|calls|called|spell|spells|spelt|spelled){_S}+(?:it|them)\b", re.IGNORECASE)
# A sentence around a hit, for two spellings of one name in one sentence
# ("I was born in Kiev and I will die in Kyiv"): bounded by a line break or
# a full stop, question or exclamation mark before a space.
_SENTENCE_END = lazyre.compile(r"[.!?…][”\"’')]*(?=\s|$)|\n")
_SENTENCE_REACH = 300
# What may stand between two spellings of one name given side by side:
# "Kiev, Kyiv, Kyïv", "Kyiv (Kiev)", "Kyiv, not Kiev", "Kiev/Kyiv".
_ALT_SEP_CHARS = r" \t\u00a0,;:/()\[\]\"“”‘’'–—-"
_ALT_SEP_WORDS = (rf"or|and|not|nor|vs\.?|versus|rather{_S}+than|instead{_S}+of|aka|a\.k\.a\."
                  rf"|formerly|now|then|previously|known{_S}+as|spelt|spelled")
_ALT_SEP = rf"[{_ALT_SEP_CHARS}]*(?:(?:{_ALT_SEP_WORDS})[{_ALT_SEP_CHARS}]*){{0,2}}"
# How far from a hit what _ALT_SEP matches (case-insensitively) can reach:
# the run of characters it may hold (a superset: any letter of its words),
# of which at most six runs of letters (two words, "a.k.a." three runs).
_ALT_SEP_LETTERS = "".join(sorted({c for c in _ALT_SEP_WORDS.replace(_S, "") if c.isalpha()}))
_ALT_SEP_REACH = lazyre.compile(rf"(?:[.{_ALT_SEP_LETTERS}{_ALT_SEP_CHARS}]|{_S})*", re.IGNORECASE)
_ALT_SEP_RUNS = 6
_LETTER_RUN = lazyre.compile(r"[^\W\d_]+")
#: Endings of a demonym or a patronymic: a capitalised word so ending before
#: a surname is no other person's first name ("Ukrainian Zelensky",
#: "Volodymyr Oleksandrovych Zelensky").
_NOT_GIVEN_ENDINGS = ("ian", "ean", "ese", "ish", "ovych", "ovich", "evich", "ivich", "ovna",
                      "ivna", "evna", "ych")
_OPEN_QUOTES, _CLOSE_QUOTES = "\"“‘'«", "\"”’'»"
# Words that may stay in lower case in a title in title case.
_TITLE_SMALL = frozenset("a an the and or but nor of in on at to for by with from into over "
                         "upon as vs de la le von van der".split())


_LOWER_TABLE = {ord(k): v for k, v in _LOWER_1TO1.items()}
#: The one character that str.lower() makes longer (checked over Unicode).
_GROWS = "\u0130"


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_LOWER_TABLE)


def edits1(word: str) -> set[str]:
    """Every lower-case string one edit (insert, delete, substitute,
    transpose; letters a-z) from ``word``."""
    w = word.lower()
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    out |= {a + c + b for a, b in splits for c in _LETTERS}
    out.discard(w)
    return out


@dataclass(frozen=True)
class NameHit:
    """One name to fix or report, as a span of the text searched."""

    start: int
    end: int
    before: str
    after: str  # the replacement; never empty
    kind: str  # "variant" | "misspelling" | "misspelling-ambiguous" | "country"
    canonical: str  # the registry entry's canonical (full) name
    in_quote: bool  # inside a direct quotation: a fix there is unsafe
    message: str


@dataclass(frozen=True)
class _Rewrite:
    """What one surface form becomes."""

    after: str
    canonical: str
    note: str  # "legacy spelling", "known misspelling", "house style bbc"
    region_form: str | None = None


@dataclass(frozen=True)
class _Person:
    first: str
    key: str  # the surname token compared with near misses (last word of surname)
    canonical: str  # full canonical name in the chosen style
    first_forms: frozenset[str]
    roles: frozenset[str]  # lower-case
    #: the last words of the registry's other spellings of the surname
    #: (variants, misspellings, other styles): a near miss of one is a near
    #: miss of the name (Klichko, one edit from the variant Klychko)
    variant_keys: frozenset[str] = frozenset()


def _fold(word: str) -> str:
    """``word`` without its diacritics (Erdoğan -> Erdogan)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c))


def _max_edits(word: str) -> int:
    """Edits allowed between a near miss and a registry token."""
    return 1 if len(word) < 8 else 2


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


def _read_toml(path: str | Path) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def _stop_words() -> set[str]:
    """stopwords-iso's English list (a long one), where it is installed."""
    return set(resources.stopwords("en"))


class NameRegistry:
    """A compiled name registry. Build it with :meth:`load`."""

    def __init__(self, sources: Sequence[dict[str, Any]], style: str = "default") -> None:
        if style not in STYLES:
            raise ValueError(f"unknown house style {style!r}; choose one of {', '.join(STYLES)}")
        self.style = style
        self.conflicts: list[str] = []  # same form, two targets, within one file
        self._forms: dict[str, _Rewrite | None] = {}  # None: a canonical form, left alone
        self._form_source: dict[str, int] = {}
        self._persons: list[_Person] = []
        self._place_names: set[str] = set()  # the chosen form of each place
        #: deletion index of the places' spellings (see _near_place_index)
        self._near_index: _NearIndex | None = None
        self._near_verdicts: dict[str, bool] = {}
        exceptions: list[str] = []
        events: list[str] = []
        events_after: list[str] = []
        dishes: list[str] = []
        titles: list[str] = []
        generic: set[str] = set()
        self._known_names: set[str] = set()
        self._given: set[str] = set()  # given names besides given_names.txt
        self._common: set[str] = _stop_words()
        self._not_given: set[str] = set()  # capitalised before a name, no given name
        countries: list[str] = []
        also: list[str] = []
        #: the languages of the documents the registry is for (rules N0xx
        #: leave documents in other languages alone); a user's file adds.
        self.languages: set[str] = set()

        places: dict[str, tuple[int, dict[str, Any]]] = {}
        people: dict[str, tuple[int, dict[str, Any]]] = {}
        for idx, src in enumerate(sources):
            self.languages |= set(src.get("languages", []))
            exceptions += src.get("exceptions", {}).get("phrases", [])
            events += src.get("exceptions", {}).get("event_words", [])
            events_after += src.get("exceptions", {}).get("event_words_after", [])
            dishes += src.get("exceptions", {}).get("dish_words_after", [])
            fuzzy = src.get("fuzzy", {})
            titles += fuzzy.get("titles", [])
            generic |= {t.lower() for t in fuzzy.get("generic_titles", [])}
            self._known_names |= set(fuzzy.get("known_names", []))
            self._given |= set(fuzzy.get("given_names", []))
            self._common |= {w.lower() for w in fuzzy.get("common_words", [])}
            self._not_given |= {w.lower() for w in fuzzy.get("not_given_names", [])}
            countries += src.get("countries", {}).get("names", [])
            also += src.get("countries", {}).get("also", [])
            for entry in src.get("place", []):
                places[entry.get("key", entry["canonical"])] = (idx, entry)
            for entry in src.get("person", []):
                people[entry.get("key", f"{entry['first']} {entry['surname']}")] = (idx, entry)

        # Later files claim their forms over earlier ones: add them last.
        for idx, entry in sorted(places.values(), key=lambda t: t[0]):
            self._add_place(idx, entry)
        for idx, entry in sorted(people.values(), key=lambda t: t[0]):
            titles += entry.get("roles", [])
            self._add_person(idx, entry)
        for form, rw in list(self._forms.items()):  # ALL CAPS text: KIEV -> KYIV
            up = form.upper()
            if up != form and up not in self._forms:
                self._forms[up] = rw and _Rewrite(
                    rw.after.upper(), rw.canonical, rw.note,
                    rw.region_form.upper() if rw.region_form else None)
        self._rewrites = {f: rw for f, rw in self._forms.items() if rw is not None}

        self._exceptions = [e for e in dict.fromkeys(exceptions) if e.strip()]
        self._exception_re = re.compile(
            r"(?<!\w)(?:" + "|".join(_phrase_pattern(e) for e in
                                     sorted(self._exceptions, key=len, reverse=True)) + r")(?!\w)",
            re.IGNORECASE) if self._exceptions else None
        self._exception_reach = max((len(e) for e in self._exceptions), default=0) + 16
        # "Defence of Kiev", "Kharkov Offensive": an event named after the place
        self._event_before = re.compile(
            rf"(?<![\w-])(?:{_alternation(events)}){_S}+of{_S}+(?:the{_S}+)?\Z"
        ) if events else None
        self._event_after = re.compile(
            rf"(?:[’']s)?{_S}+(?:{_alternation(events_after)})(?![\w-])"
        ) if events_after else None
        # "Kiev cutlets", "a Kiev cake": a dish named after the place (any case)
        self._dish_after = re.compile(
            rf"{_S}+(?i:{_alternation(dishes)})(?![\w-])") if dishes else None

        self._generic_titles = generic
        #: the last words of titles and roles ("Minister", "President", "Mr")
        self._title_words = {t.split()[-1].lower() for t in titles}
        self._by_key: dict[str, list[_Person]] = {}
        self._by_canonical = {p.canonical: p for p in self._persons}
        self._others_res: dict[str, re.Pattern[str]] = {}
        self._first_names: dict[str, list[_Person]] = {}
        for p in self._persons:
            self._by_key.setdefault(p.key, []).append(p)
            for f in p.first_forms:
                self._first_names.setdefault(f, []).append(p)
        self._keys = sorted(self._by_key)
        self._by_variant_key: dict[str, list[_Person]] = {}
        for p in self._persons:
            for v in p.variant_keys:
                self._by_variant_key.setdefault(v, []).append(p)
        #: what a near miss is compared with: surnames and their variants
        self._fuzzy_keys = sorted(set(self._keys) | set(self._by_variant_key))
        self._near_res: dict[str, tuple[str, ...]] = {}
        self._known_tokens = {tok for form in self._forms for tok in form.split()}
        self._known_tokens |= {tok for p in self._persons for tok in p.canonical.split()}

        self._countries = list(dict.fromkeys(countries))
        self._country_set = set(self._countries) | set(also)
        self._spelling_res: dict[str, tuple[re.Pattern[str], re.Pattern[str], int]] = {}
        self._beside_res: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}

        # One automaton over lower-cased text finds every place worth a look.
        keys: dict[str, int] = {}
        for form in self._rewrites:
            keys[form.lower()] = keys.get(form.lower(), 0) | _VARIANT
        for title in titles:
            t = " ".join(title.lower().split())
            keys[t] = keys.get(t, 0) | _TITLE
        #: the one-edit neighbours of the first names of letters a-z alone,
        #: told by lookups (:class:`_NearFirsts`) instead of automaton keys
        self._near_firsts = _NearFirsts()
        for first in self._first_names:
            # One-edit neighbours of first names of 4+ letters; none shorter
            # than the name (a 3-letter key would fire inside every other word).
            if len(first) >= 4 and _AZ.fullmatch(first.lower()):
                self._near_firsts.add(first.lower())
                near: set[str] = set()
            else:
                near = {k for k in edits1(first) if len(k) >= max(4, len(first))} \
                    if len(first) >= 4 else set()
            for k in (first.lower(), *near):
                if k not in self._common:
                    keys[k] = keys.get(k, 0) | _FIRST
        for country in self._country_set:
            # A list is found from any of its countries: the short ones (US,
            # UK) need no key of their own, and would fire inside words.
            if len(country) >= 4:
                keys[country.lower()] = keys.get(country.lower(), 0) | _COUNTRY
        # a key that is also such a neighbour is one as well
        for k, flags in keys.items():
            if not flags & _FIRST and k not in self._common and self._near_firsts.near(k):
                keys[k] = flags | _FIRST
        self._automaton_keys = keys
        self._near_first_verdicts: dict[str, bool] = {}
        self._automaton = ahocorasick.Automaton()
        for k, flags in keys.items():
            self._automaton.add_word(k, (len(k), flags))
        self._automaton.make_automaton()
        # No key holds a line break, so no occurrence crosses one and the
        # automaton is back at its root after each: a text's lines can be
        # scanned one by one, and a line's hits remembered for the document
        # (the rules ask again on each pass, about a text with most of its
        # lines unchanged). Scanning costs ~60 ns a character.
        self._by_line = not any("\n" in k for k in keys)
        self._line_scans: dict = structure.document_memo()

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(cls, extra: Sequence[str | Path] = (), style: str = "default") -> "NameRegistry":
        """The shipped registry plus ``extra`` user registries (same format).

        Results are cached per (paths, style): the registry compiles once.
        """
        return _load_cached(tuple(str(Path(p)) for p in extra), style)

    # Places: a capitalised word one edit from a place's spelling.
    def _near_place_index(self) -> "_NearIndex":
        """The deletion index of the places' single-word spellings
        (canonical or variant, six letters or more, capitalised), built on
        first use."""
        if self._near_index is None:
            self._near_index = _NearIndex(
                form for form, rw in self._forms.items()
                if form[1:].islower() and len(form) >= _NEAR_PLACE_MIN and form.isalpha()
                and form.isascii() and form[0].isupper()
                and (rw.canonical if rw is not None else form) in self._place_names)
        return self._near_index

    def _near_place_forms(self, word: str) -> list[str]:
        """The place spellings ``word`` is one edit from, if it is a near
        miss at all: no registry form or token, common word, given name,
        known real name or country, nor a spelling plus -s or -n (a plural,
        a demonym: Odessan)."""
        low = word.lower()
        forms = self._near_place_index().near(low)
        if not forms or word in self._known_tokens or word in self._known_names \
                or low in self._common or word in self._given or word in self._country_set \
                or low in resources.word_list("given_names.txt") \
                or any(low == f.lower() + end for f in forms for end in ("s", "n")):
            return []
        return forms

    def _near_place(self, word: str) -> bool:
        """Whether ``word`` (a capital, then five or more lower-case letters)
        is a near miss of a place's spelling (:meth:`_near_place_forms`),
        the verdict remembered: most capitalised words recur from document
        to document."""
        verdict = self._near_verdicts.get(word)
        if verdict is None:
            if len(self._near_verdicts) >= structure._MEMO_MAX:
                self._near_verdicts.clear()
            verdict = self._near_verdicts[word] = bool(self._near_place_forms(word))
        return verdict

    def _place_hits(self, text: str, spans: list[tuple[int, int]]) -> Iterator[tuple]:
        """A capitalised word one edit from a place's spelling ("Harkov",
        near the variant Kharkov of Kharkiv): reported, never repaired
        (nothing in the text confirms the place), unless the document
        writes it in lower case too (a word, not a name)."""
        person_use: dict[str, bool] = {}
        for start, end in spans:
            word = text[start:end]
            if re.search(rf"(?<![\w-]){word.lower()}(?![\w-])", text):
                continue
            if word not in person_use:
                person_use[word] = self._used_as_surname(text, word)
            if person_use[word]:
                continue
            forms = self._near_place_forms(word)
            places = list(dict.fromkeys(
                self._forms[f].after if self._forms[f] is not None else f for f in forms))
            if not places:
                continue
            near = ", ".join(f"'{f}'" for f in forms)
            names = ", ".join(f"'{c}'" for c in places)
            yield (start, end, places[0], places[0], "misspelling-ambiguous",
                   f"possible misspelt place '{word}' (one edit from {near}: {names}); "
                   f"not repaired: nothing confirms it")

    def _used_as_surname(self, text: str, word: str) -> bool:
        """Whether the text writes ``word`` as a person's surname anywhere
        (then it is one everywhere: ``Denis Sharkov`` … ``Sharkov said``):
        after a title (``Mr``, ``President``), after a given name, or after
        a capitalised word that is no common word, no country and no
        place's spelling inside a sentence (``a witness, Olena Harkov,``;
        a place is written after a preposition, ``near Harkov``). At a
        sentence's start a capitalised word may be any word (``Liberated
        Kherson``), so only a title or a known given name counts there."""
        for m in re.finditer(rf"([A-Z][a-z]*)\.? +{word}\b", text):
            before = m.group(1)
            low = before.lower()
            if low in self._title_words or before in self._given \
                    or low in resources.word_list("given_names.txt"):
                return True
            if low in self._common or low in _PLACE_PREFIXES or before in self._country_set \
                    or before in self._forms \
                    or len(before) < 2 or (m.start() and text[m.start() - 1].isalnum()):
                continue
            lead = text[max(0, m.start() - 3):m.start()].rstrip(" ")
            if lead and lead[-1] not in ".!?:\n\"“‘'(«":
                return True
        return False

    def _claim(self, idx: int, form: str, rw: _Rewrite | None) -> None:
        old = self._forms.get(form, rw)
        if form in self._forms and self._form_source[form] == idx and old != rw:
            old_to = old.after if old else form
            new_to = rw.after if rw else form
            if old_to != new_to:
                self.conflicts.append(f"{form!r}: {old_to!r} or {new_to!r}")
                return  # first claim in a file wins
        self._forms[form] = rw
        self._form_source[form] = idx

    def _add_place(self, idx: int, entry: dict[str, Any]) -> None:
        canonical = entry["canonical"]
        styles: dict[str, str] = entry.get("styles", {})
        chosen = styles.get(self.style, canonical)
        self._place_names.add(chosen)
        region = entry.get("region_form")
        self._claim(idx, chosen, None)
        if region:
            self._claim(idx, region, _Rewrite(chosen, chosen, "renamed", region))
        for form, note in self._surface_forms(canonical, entry, styles):
            if form != chosen and form != region:
                self._claim(idx, form, _Rewrite(chosen, chosen, note, region))

    def _add_person(self, idx: int, entry: dict[str, Any]) -> None:
        first, surname = entry["first"], entry["surname"]
        styles: dict[str, str] = entry.get("styles", {})
        chosen = styles.get(self.style, surname)
        full = f"{first} {chosen}"
        firsts = [first, *entry.get("first_variants", [])]
        self._claim(idx, chosen, None)
        for form, note in self._surface_forms(surname, entry, styles):
            if form != chosen:
                self._claim(idx, form, _Rewrite(chosen, full, note))
            for f in firsts:
                name = f"{f} {form}"
                if name != full:
                    why = note if f == first or note == "known misspelling" else "legacy spelling"
                    self._claim(idx, name, _Rewrite(full, full, why))
        key = chosen.split()[-1]
        variant_keys = frozenset(f.split()[-1] for f, _ in self._surface_forms(
            surname, entry, styles)) - {key}
        self._persons.append(_Person(
            first=first, key=key, canonical=full, first_forms=frozenset(firsts),
            roles=frozenset(r.lower() for r in entry.get("roles", [])),
            variant_keys=variant_keys))

    def _surface_forms(self, canonical: str, entry: dict[str, Any],
                       styles: dict[str, str]) -> Iterator[tuple[str, str]]:
        """Every spelling of an entry with why it is rewritten, each once."""
        notes: dict[str, str] = {}
        for v in entry.get("variants", []):
            notes.setdefault(v, "legacy spelling")
        for v in entry.get("misspellings", []):
            notes.setdefault(v, "known misspelling")
        for v in (canonical, *styles.values()):
            notes.setdefault(v, f"house style {self.style}")
        yield from notes.items()

    # ---------------------------------------------------------------- matching
    def find(self, text: str) -> list[NameHit]:
        """All name hits in ``text``: non-overlapping, sorted by start."""
        variants, titles, firsts, countries, places = self._scan(text)
        named: list[_Person] = []
        raw = [*self._variant_hits(text, variants),
               *self._people_hits(text, titles, firsts, named),
               *self._country_hits(text, countries),
               *self._place_hits(text, places)]
        if not raw and not named:
            return []
        raw.sort(key=lambda h: (h[0], _PRIORITY[h[4]]))
        quotes = [(m.start(), m.end()) for m in structure.QUOTATION.finditer(text)]
        starts = [q[0] for q in quotes]
        hits: list[NameHit] = []
        last_end = -1
        others: dict[str, str | None] = {}
        for start, end, after, canonical, kind, message in raw:
            if start < last_end or self._excepted(text, start, end):
                continue
            person = self._by_canonical.get(canonical) if kind == "variant" else None
            if person is not None and after != canonical:  # a surname alone
                prev = self._word_before(text, start)
                if prev is not None and self._names_other(prev, person):
                    continue  # "<another first name> Zelensky": someone else
                if prev is not None and self._looks_given(text, start, prev, person):
                    # "Kyle Zelensky": a word no list knows, but where a given name stands
                    kind = "misspelling-ambiguous"
                    message = (f"'{text[start:end]}' may be '{person.canonical}' ({message}); "
                               f"not rewritten: '{prev}' before it may be another person's "
                               f"first name")
                elif canonical not in others:
                    others[canonical] = self._other_named(text, person)
                if others.get(canonical) and not self._confirms(prev, person):
                    kind = "misspelling-ambiguous"
                    message = (f"'{text[start:end]}' may be '{person.canonical}' ({message}); "
                               f"not rewritten: the text also names {others[canonical]}")
            i = bisect.bisect_right(starts, start) - 1
            in_quote = i >= 0 and quotes[i][1] >= end
            if self._mention(text, start, end, canonical, quotes[i] if in_quote else None):
                continue
            hits.append(NameHit(start, end, text[start:end], after, kind, canonical, in_quote, message))
            last_end = end
        more = self._same_person(text, hits, named)
        if more:
            hits = sorted([*hits, *more], key=lambda h: h.start)
        return hits

    def _same_person(self, text: str, hits: list[NameHit],
                     named: list[_Person]) -> list[NameHit]:
        """The other places of the text that spell a person as a hit did.

        One article names one person one way: a surname repaired where a
        title or a first name confirmed it (``President Volodymyr Zelenski``)
        is repaired wherever else the text writes it (``Zelenski said``),
        unless another first name stands before it (someone else of that
        name) or it is mentioned rather than used. A capitalised word one
        edit from the surname (or a registry variant) of a person the text
        names in full (``Mayor Vitali Klitschko`` … ``Klichko said``) is
        reported, not repaired: nothing beside it confirms the person."""
        fixed = {}
        for h in hits:
            if h.kind == "misspelling" and h.before.split()[-1] != h.after.split()[-1]:
                fixed.setdefault(h.before.split()[-1], h)
        if not fixed and not named:
            return []
        taken = [(h.start, h.end) for h in hits]
        quotes = [(m.start(), m.end()) for m in structure.QUOTATION.finditer(text)]
        out: list[NameHit] = []

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b in taken)

        def add(s: int, e: int, after: str, canonical: str, kind: str, message: str) -> None:
            quote = next((q for q in quotes if q[0] <= s and q[1] >= e), None)
            if self._excepted(text, s, e) or self._mention(text, s, e, canonical, quote):
                return
            out.append(NameHit(s, e, text[s:e], after, kind, canonical, quote is not None,
                               message))
            taken.append((s, e))

        for word, h in fixed.items():
            surname = h.after.split()[-1]
            person = self._by_canonical.get(h.canonical)
            other = person and self._other_named(text, person, (word,))
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?!\w)", text):
                if free(m.start(), m.end()) and not self._other_first(text, m.start(), h.canonical):
                    if other:  # "Anna Zelenski" too: a bare "Zelenski" may be either
                        add(m.start(), m.end(), surname, h.canonical, "misspelling-ambiguous",
                            f"possible misspelling '{word}' of '{h.canonical}'; not repaired: "
                            f"the text also names {other}")
                        continue
                    add(m.start(), m.end(), surname, h.canonical, "misspelling",
                        f"misspelt name '{word}' -> '{surname}' (as repaired at "
                        f"{h.start} in this text, near registry name '{h.canonical}')")
        for person in dict.fromkeys(named):
            for s, e in _words_holding(text, self._near_parts(person)):
                word = text[s:e]
                if not (word[0].isupper() and free(s, e) and self._candidate_token(word)
                        and self._near_person(word, person)) \
                        or self._other_first(text, s, person.canonical):
                    continue
                add(s, e, person.key, person.canonical, "misspelling-ambiguous",
                    f"possible misspelling '{word}' of '{person.canonical}' (named in full in "
                    f"this text); not repaired: nothing beside it confirms it")
        return out

    def _near_parts(self, person: _Person) -> tuple[str, ...]:
        """What a near miss of ``person``'s surname holds: the first three
        letters of its surname or a variant, or the last three (one edit
        leaves one end of a name of seven letters or more as it was)."""
        parts = self._near_res.get(person.canonical)
        if parts is None:
            forms = {person.key, *person.variant_keys}
            parts = tuple(sorted({f[:3] for f in forms} | {f[-3:] for f in forms}))
            self._near_res[person.canonical] = parts
        return parts

    @staticmethod
    def _near_person(word: str, person: _Person) -> bool:
        """``word`` is a near miss of ``person``'s surname: within the edits
        :func:`_max_edits` allows of it, or one edit from a variant."""
        if word in (person.key + "a", person.key + "s", person.key + "es"):
            return False
        return DamerauLevenshtein.distance(word, person.key, score_cutoff=_max_edits(word)) \
            <= _max_edits(word) or any(DamerauLevenshtein.distance(word, v, score_cutoff=1) <= 1
                                       for v in person.variant_keys)

    def _other_first(self, text: str, start: int, canonical: str) -> bool:
        """Whether a first name that is not the person's stands right before
        text[start] ("Anna Zelenski": someone else)."""
        word = self._word_before(text, start)
        return word is not None and self._other_first_word(word, canonical)

    @staticmethod
    def _word_before(text: str, start: int) -> str | None:
        """The capitalised word right before text[start], spaces between."""
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        return m.group(1) if m else None

    def _names_other(self, word: str, person: _Person) -> bool:
        """Whether ``word``, right before a form of ``person``'s surname, is
        another person's first name ("Mark Zelensky", "Ivan Kulebo"): a
        given name (given_names.txt, the registry's ``given_names``, any
        registry person's first name) that is not the person's nor one edit
        from it (a misspelt first name of the person)."""
        return self._other_first_word(word, person.canonical) and \
            not self._first_fits(word, person)

    def _looks_given(self, text: str, start: int, word: str, person: _Person) -> bool:
        """Whether ``word``, capitalised right before a form of ``person``'s
        surname and in no list of given names, stands where another
        person's first name would ("Kyle Zelensky", "Bartholomew Kuleva"):
        written like a name (capital, then lower case), not a title or
        role ("President", "Mr", "Minister"), no common or function word
        ("When", "Today"; ``common_words``, ``not_given_names``: days,
        time words), no registry name or country ("Kyiv", "Ukraine"), no
        demonym or patronymic by its ending ("Ukrainian", "Oleksandrovych"),
        no -ly adverb the dictionary lists, not a word the document also
        writes in lower case ("Comedian Zelensky" beside "the comedian"),
        and not on a line in title case (a headline capitalises every
        word). Then the surname is only reported."""
        low = word.lower()
        if (len(word) < 3 or not word[1:].islower() or low in self._title_words
                or low in self._common or low in self._not_given or word in self._known_tokens
                or word in self._country_set or self._first_fits(word, person)
                or low.endswith(_NOT_GIVEN_ENDINGS)
                or (low.endswith("ly") and low in resources.word_list("lowercase_words.txt"))):
            return False
        if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text):
            return False  # "the comedian": a common noun
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        words = text[line_start:len(text) if line_end < 0 else line_end].split()
        content = [w for w in words if w.lower() not in _TITLE_SMALL]
        return not (len(words) <= 20 and all(w[:1].isupper() or not w[:1].isalpha()
                                             for w in content))

    def _other_first_word(self, word: str, canonical: str) -> bool:
        people = self._first_names.get(word)
        if people is not None:
            return all(p.canonical != canonical for p in people)
        return word in self._given or word.lower() in resources.word_list("given_names.txt")

    def _confirms(self, word: str | None, person: _Person) -> bool:
        """Whether ``word`` right before a surname says it is ``person``'s: the
        first name (or one edit from it) or one of the person's titles."""
        if word is None:
            return False
        return self._first_fits(word, person) or any(
            r.split()[-1] == word.lower() for r in person.roles)

    def _other_named(self, text: str, person: _Person, more: tuple[str, ...] = ()) -> str | None:
        """Another person the text names with ``person``'s surname (any
        registry spelling of it, or ``more``): a first name that is not the
        person's right before it ("Mark Zelensky"). Then a bare surname may
        be either: it is reported, not rewritten."""
        key = person.canonical if not more else f"{person.canonical}\0{'|'.join(more)}"
        rx = self._others_res.get(key)
        if rx is None:
            forms = {person.key, *person.variant_keys, *more}
            alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            rx = self._others_res[key] = re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")
        for m in rx.finditer(text):
            word = self._word_before(text, m.start())
            if word is not None and self._names_other(word, person):
                return f"'{word} {m.group()}'"
        return None

    def _mention(self, text: str, start: int, end: int, canonical: str,
                 quote: tuple[int, int] | None) -> bool:
        """Whether text[start:end] mentions the name rather than uses it: the
        writer's form then stays (policy: titles of works and fixed
        expressions keep their spelling; a spelling that is itself the
        subject is not the writer's to change; a form marked [sic] is the
        source's). Quoted speech is not a mention: a name used in it is
        rewritten like any other.

        * marked ``[sic]`` or ``(sic)`` right after it;
        * after a word that makes it a name or a spelling: ``was known
          as``, ``known locally as``, ``known to locals as``, ``spelt``,
          ``formerly``, ``is called``, ``the (old) spelling``, ``the name``, ``the transliteration``, ``call it``, ``changed
          from``, ``renamed from`` …;
        * before words that say the same: ``Kiev, spelt that way``, ``Kiev
          (as it was then known)``, ``Kiev, as Russians call it``;
        * beside another spelling of the same name: ``Kiev, Kyiv``,
          ``Kyiv (Kiev)``, ``Kyiv, not Kiev``, or with one in the same
          sentence: ``born in Kiev and will die in Kyiv``;
        * alone in quotation marks: ``list “Kiev” as the old spelling``;
        * in a short quotation in title case, a title of a work:
          ``the film “Kiev Nights”``, or in a run of words in title case
          after a kind of work: ``the film Kiev Nights``; a quotation in
          any case after ``the headline (read)``, ``titled``, ``entitled``
          …: ``the headline read "Kiev falls"``."""
        if _SIC_AFTER.match(text, end):
            return True
        follows = text[end:end + 2]
        possessive = follows[:1] in "’'" and follows[1:2] in ("s", "S") or follows[:1] == "-"
        if not possessive and _CUE_BEFORE.search(text, max(0, start - _CUE_REACH), start):
            return True
        if _CUE_AFTER.match(text, end):
            return True
        if self._beside_spelling(text, start, end, canonical):
            return True
        if self._contrast(text, start, end, self._spellings(canonical)[1]) \
                or _work_title(text, start, end):
            return True
        if start and text[start - 1] in _OPEN_QUOTES:
            j = end + (end < len(text) and text[end] in ",.")
            if j < len(text) and text[j] in _CLOSE_QUOTES and \
                    _CLOSE_QUOTES.index(text[j]) == _OPEN_QUOTES.index(text[start - 1]):
                return True
        span = quote or _single_quote_around(text, start, end)
        return span is not None and (_title_case(text[span[0] + 1:span[1] - 1]) or bool(
            _QUOTED_TITLE_CUE.search(text, max(0, span[0] - _CUE_REACH), span[0])))

    @staticmethod
    def _contrast(text: str, start: int, end: int, any_re: re.Pattern[str]) -> bool:
        """Whether the sentence around text[start:end] also spells the name
        another way: the writer sets the two side by side ("I was born in
        Kiev and I will die in Kyiv"), and rewriting one erases the point."""
        lo = max(0, start - _SENTENCE_REACH)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
        lo = ends[-1] if ends else lo
        m = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
        hi = m.start() if m else min(len(text), end + _SENTENCE_REACH)
        form = text[start:end].lower()
        for o in any_re.finditer(text, lo, hi):
            other = o.group().lower()
            if start <= o.start() < end or other == form:
                continue  # a part of the hit is no other
            # the full name and the surname alone ("Taras Grimenko ... Grimenko") are one spelling
            if not (form.endswith(" " + other) or other.endswith(" " + form)):
                return True
        return False

    def _spellings(self, canonical: str) -> tuple[re.Pattern[str], re.Pattern[str], int]:
        """Patterns for a spelling of ``canonical`` (case-insensitive): as
        such, and as a word (:meth:`_contrast`); and the longest one's
        length."""
        cached = self._spelling_res.get(canonical)
        if cached is None:
            forms = {canonical}
            for form, rw in self._rewrites.items():
                if rw.canonical.lower() == canonical.lower():
                    forms |= {form, rw.after}
            alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            cached = (re.compile(alt, re.IGNORECASE),
                      re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE),
                      max(map(len, forms)))
            self._spelling_res[canonical] = cached
        return cached

    def _beside_spelling(self, text: str, start: int, end: int, canonical: str) -> bool:
        """Whether another spelling of ``canonical`` stands right after
        text[start:end] or right before it, :data:`_ALT_SEP` between.

        The two patterns that tell it hold _ALT_SEP, whose compiling costs
        some 5M instructions each: they are compiled (and kept) for a name
        only where a spelling of it is in reach, the rare case. Right
        after: one starting in the run _ALT_SEP may cover
        (:data:`_ALT_SEP_REACH`, no more than :data:`_ALT_SEP_RUNS` runs of
        letters before it); right before: one wholly in the window searched
        (the hit itself is neither)."""
        spelling, _, longest = self._spellings(canonical)
        lo = max(0, start - _CUE_REACH)
        reach = _ALT_SEP_REACH.match(text, end).end()
        m = spelling.search(text, end, reach + longest)
        after = m is not None and m.start() <= reach and \
            len(_LETTER_RUN.findall(text, end, m.start())) <= _ALT_SEP_RUNS
        before = spelling.search(text, lo, start) is not None
        if not (after or before):
            return False
        patterns = self._beside_res.get(canonical)
        if patterns is None:
            alt = spelling.pattern
            patterns = self._beside_res[canonical] = (
                re.compile(rf"{_ALT_SEP}(?:{alt})(?!\w)", re.IGNORECASE),
                re.compile(rf"(?<!\w)(?:{alt}){_ALT_SEP}\Z", re.IGNORECASE))
        after_re, before_re = patterns
        return bool(after and after_re.match(text, end)) or \
            bool(before and before_re.search(text, lo, start))

    def _scan(self, text: str) -> tuple[list[tuple[int, int]], ...]:
        """One pass: spans of registry forms, titles, first names, countries,
        and near misses of places (:meth:`_near_place`)."""
        if not (structure.FAST and self._by_line):
            return self._scan_text(text, _lower(text))
        # line by line (see __init__), each line's spans remembered. A line
        # is lower-cased alone as it would be in the text (str.lower() looks
        # past no line break, for a final sigma), but _lower() takes another
        # table for all the text when one character of it would grow ('İ',
        # the only one): the memo tells the two apart.
        memo = self._line_scans
        if len(memo) >= structure._MEMO_MAX:
            memo.clear()
        grows = _GROWS in text
        out: tuple[list[tuple[int, int]], ...] = ([], [], [], [], [])
        start = 0
        for line in text.split("\n"):
            if line:
                key = (_GROWS, line) if grows else line
                found = memo.get(key)
                if found is None:
                    low = line.translate(_LOWER_TABLE) if grows else line.lower()
                    found = self._scan_text(line, low)
                    memo[key] = found = found if any(found) else ()
                for spans, more in zip(out, found):
                    if more:
                        spans.extend([(a + start, b + start) for a, b in more])
            start += len(line) + 1
        return out

    def _scan_text(self, text: str, low: str) -> tuple[list[tuple[int, int]], ...]:
        """:meth:`_scan` of ``text`` whole (``low``: its :func:`_lower`)."""
        variants: list[tuple[int, int]] = []
        titles: list[tuple[int, int]] = []
        firsts: list[tuple[int, int]] = []
        countries: list[tuple[int, int]] = []
        n = len(text)
        for last, (length, flags) in self._automaton.iter(low):
            start, end = last - length + 1, last + 1
            if (start and text[start - 1].isalnum()) or (end < n and text[end].isalnum()):
                continue  # not a whole word
            if flags & _VARIANT and text[start:end] in self._rewrites:
                variants.append((start, end))
            if flags & (_TITLE | _FIRST) and not (start and text[start - 1] == "-"):
                if flags & _TITLE:
                    titles.append((start, end))
                if flags & _FIRST and text[start].isupper():
                    firsts.append((start, end))
            if flags & _COUNTRY and text[start:end] in self._country_set:
                countries.append((start, end))
        near_firsts = self._near_first_hits(text, low)
        if near_firsts:
            # in the order the automaton gives: by end, the longest first
            firsts = sorted([*firsts, *near_firsts], key=lambda span: (span[1], span[0]))
        # a capitalised word of six letters or more, each judged once
        verdicts = self._near_verdicts
        near = [w for w in _NEAR_PLACE_WORD.findall(text)
                if (verdicts[w] if w in verdicts else self._near_place(w))]
        places = [m.span() for m in _NEAR_PLACE_WORD.finditer(text) if m.group() in near] \
            if near else []
        return variants, titles, firsts, countries, places

    def _near_first_hits(self, text: str, low: str) -> list[tuple[int, int]]:
        """The spans the automaton would give as first names (``_FIRST``) if
        it held the one-edit neighbours :class:`_NearFirsts` tells: such a
        neighbour is letters a-z alone, so a whole word it matches is a run
        of letters and digits (``isalnum``, as the automaton's hits are
        checked) with nothing of the kind either side; it must start with a
        capital, after no hyphen, and be no key of the automaton's own."""
        if not self._near_firsts:
            return []
        out = []
        keys, common, verdicts = self._automaton_keys, self._common, self._near_first_verdicts
        for m in _CAPITAL_RUN.finditer(text):
            start, end = m.span()
            if not text[start].isupper() or (start and text[start - 1] == "-"):
                continue
            k = low[start:end]
            verdict = verdicts.get(k)
            if verdict is None:
                if len(verdicts) >= structure._MEMO_MAX:
                    verdicts.clear()
                verdict = verdicts[k] = (k not in keys and k not in common
                                         and self._near_firsts.near(k))
            if verdict:
                out.append((start, end))
        return out

    def _excepted(self, text: str, start: int, end: int) -> bool:
        if self._event_before is not None and self._event_before.search(
                text, max(0, start - _EVENT_REACH), start):
            return True
        if self._event_after is not None and self._event_after.match(text, end):
            return True
        if self._dish_after is not None and self._dish_after.match(text, end):
            return True
        if self._exception_re is None:
            return False
        lo, hi = max(0, start - self._exception_reach), end + self._exception_reach
        return any(m.start() <= start and m.end() >= end
                   for m in self._exception_re.finditer(text, lo, hi))

    def _variant_hits(self, text: str, spans: list[tuple[int, int]]) -> Iterator[tuple]:
        last_end = -1
        for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):  # leftmost, longest
            if start < last_end:
                continue
            last_end = end
            before = text[start:end]
            rw = self._rewrites[before]
            after, note = rw.after, rw.note
            if rw.region_form and _REGION_AFTER.match(text, end):
                if before == rw.region_form:
                    continue
                after, note = rw.region_form, "region name"
            elif note == "renamed":
                note = "former name"
            yield (start, end, after, rw.canonical, "variant",
                   f"{note} '{before}' -> '{after}' (registry)")

    # People: near misses of registry surnames in name-like positions.
    def _people_hits(self, text: str, titles: list[tuple[int, int]],
                     firsts: list[tuple[int, int]], named: list[_Person]) -> Iterator[tuple]:
        """Near misses after a title or a first name; ``named`` gets the
        registry people the text names with a first name and the surname."""
        for start, end in titles:
            m = _AFTER_TITLE.match(text, end)
            if not m:
                continue
            title = " ".join(text[start:end].lower().split())
            a, b = m.group("a"), m.group("b")
            hit = None
            if b and self._candidate_token(b):
                hit = self._judge(text, m.start("a"), m.end("b"), a, b, title)
            if hit is None and self._candidate_token(a):
                hit = self._judge(text, m.start("a"), m.end("a"), None, a, title)
            if hit:
                yield hit
        for start, end in firsts:
            m = _AFTER_FIRST.match(text, end)
            if not m:
                continue
            if self._candidate_token(m.group("b")):
                hit = self._judge(text, start, m.end("b"), text[start:end], m.group("b"), None)
                if hit:
                    yield hit
            elif m.group("b") in self._by_key:
                hit = self._first_hit(text, start, end, m.end("b"), m.group("b"), named)
                if hit:
                    yield hit

    def _first_hit(self, text: str, start: int, first_end: int, end: int, surname: str,
                   named: list[_Person]) -> tuple | None:
        """The registry surname after a word that is, or is one edit from, a
        first name: the person is named (``named``), or the first name is
        misspelt ("Dimitro Kuleba" -> "Dmytro Kuleba": repaired when exactly
        one person with that surname fits and the word is no given name of
        its own; reported when it is one)."""
        first = text[start:first_end]
        people = self._by_key[surname]
        exact = [p for p in people if first in p.first_forms]
        if exact:
            named.extend(exact)
            return None
        fits = [p for p in people if self._first_fits(first, p)]
        if len(fits) != 1:
            return None
        person = fits[0]
        after = f"{person.first} {surname}"
        if first in self._first_names or first.lower() in resources.word_list("given_names.txt"):
            return (start, end, after, person.canonical, "misspelling-ambiguous",
                    f"possible misspelt first name '{first}' of '{person.canonical}'; "
                    f"not repaired: '{first}' is a first name of its own")
        named.append(person)
        return (start, end, after, person.canonical, "misspelling",
                f"misspelt first name '{first}' -> '{person.first}' "
                f"(before registry surname '{surname}')")

    def _candidate_token(self, word: str) -> bool:
        # A registry name written with its own diacritics (Erdoğan for the
        # registry's Erdogan) is that name, not a misspelling of it: only a
        # registry variant (rule N001, everywhere alike) may change it.
        return (len(word) >= 5 and word not in self._known_tokens
                and word not in self._known_names and word.lower() not in self._common
                and (word.isascii() or _fold(word) not in self._known_tokens))

    @staticmethod
    def _first_fits(word: str, person: _Person) -> bool:
        return word in person.first_forms or any(
            DamerauLevenshtein.distance(word, f, score_cutoff=1) <= 1 for f in person.first_forms)

    def _judge(self, text: str, start: int, end: int, first: str | None, word: str,
               title: str | None) -> tuple | None:
        """A hit for ``word`` (a surname candidate), or None if nothing is near it."""
        near = process.extract(word, self._fuzzy_keys, scorer=DamerauLevenshtein.distance,
                               score_cutoff=_max_edits(word), limit=None)
        people = list(dict.fromkeys(
            p for key, dist, _i in near
            if word not in (key + "a", key + "s", key + "es")  # Lavrova, Bidens
            # a surname, or one edit from a registry variant of one
            for p in (*self._by_key.get(key, ()),
                      *(self._by_variant_key.get(key, ()) if dist <= 1 else ()))))
        if first is not None:
            people = [p for p in people if self._first_fits(first, p)]
            if not people:
                return None
        if not people:
            return None
        keys = {p.key for p in people}
        where = f"after '{title}'" if title else f"after first name '{first}'"
        if len(keys) == 1:
            # Confirmed by the first name (already filtered) or by the title.
            fits = people if first is not None else [p for p in people if title in p.roles]
            if fits:
                person = fits[0]
                if first is not None and first != person.first and len(fits) == 1:
                    after = f"{person.first} {person.key}"
                else:
                    start, after = end - len(word), person.key
                return (start, end, after, person.canonical, "misspelling",
                        f"misspelt name '{text[start:end]}' -> '{after}' "
                        f"(near registry name '{person.canonical}', {where})")
        start = end - len(word)
        names = ", ".join(f"'{p.canonical}'" for p in people)
        reason = "more than one name fits" if len(keys) > 1 else "nothing confirms it"
        return (start, end, people[0].key, people[0].canonical, "misspelling-ambiguous",
                f"possible misspelling '{word}' of {names} ({where}); not repaired: {reason}")

    # Countries: a misspelt member of a list of countries.
    def _is_country(self, item: str) -> bool:
        words = item.split()
        return any(" ".join(words[i:]) in self._country_set for i in range(len(words)))

    def _list_items(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The items of the list of capitalised names that holds text[start:end]."""
        items = [(start, end)]
        pos = end
        while m := _NEXT_ITEM.match(text, pos):
            items.append(m.span("item"))
            pos = m.end("item")
        pos = start
        while _LIST_END.search(text, max(0, pos - 6), pos):
            m = _PREV_ITEM.search(text, max(0, pos - 80), pos)
            if not m:
                break
            items.insert(0, m.span("item"))
            pos = m.start("item")
        return items

    def _country_hits(self, text: str, spans: list[tuple[int, int]]) -> Iterator[tuple]:
        done = -1
        for start, end in spans:
            if start < done or not (_LIST_START.match(text, end)
                                    or _LIST_END.search(text, max(0, start - 6), start)):
                continue
            items = self._list_items(text, start, end)
            done = items[-1][1]
            odd = [it for it in items if not self._is_country(text[it[0]:it[1]])]
            if len(items) < 3 or len(odd) != 1:
                continue
            s, e = odd[0]
            word = text[s:e]
            if (len(word) < 5 or word.lower() in self._common or word in self._known_tokens
                    or word in self._known_names):
                continue
            near = process.extract(word, self._countries, scorer=DamerauLevenshtein.distance,
                                   score_cutoff=1, limit=None)
            if len(near) == 1:
                country = near[0][0]
                yield (s, e, country, country, "country",
                       f"misspelt country '{word}' -> '{country}' in a list of countries")
            elif near:
                names = ", ".join(f"'{n[0]}'" for n in near)
                yield (s, e, near[0][0], near[0][0], "misspelling-ambiguous",
                       f"possible misspelt country '{word}' ({names}); not repaired: ambiguous")


class _NearFirsts:
    """The lower-case strings one edit from a first name of letters a-z
    (four or more) that are no shorter than it, as :func:`edits1` makes
    them: a letter a-z put for another, or put in, or two neighbours
    swapped. Told by lookups, not listed: listed, they were some 45,000
    automaton keys, most of what building the registry cost (~430M
    instructions of a one-file ``cleaner check``)."""

    __slots__ = ("names", "blanks", "lengths")

    def __init__(self) -> None:
        self.names: set[str] = set()
        #: a name with one letter blanked ("ol?na") -> the letters blanked
        self.blanks: dict[str, set[str]] = {}
        #: how long a neighbour is: a name's length, or one more
        self.lengths: set[int] = set()

    def __bool__(self) -> bool:
        return bool(self.names)

    def add(self, name: str) -> None:
        self.names.add(name)
        self.lengths |= {len(name), len(name) + 1}
        for i, c in enumerate(name):
            self.blanks.setdefault(f"{name[:i]}?{name[i + 1:]}", set()).add(c)

    def near(self, k: str) -> bool:
        """Whether ``k`` is such a neighbour of a name."""
        # (letters a-z alone, as the names')
        if len(k) not in self.lengths or not (k.isascii() and k.isalpha() and k.islower()):
            return False
        names = self.names
        for i, c in enumerate(k):
            if "a" <= c <= "z":
                # a letter put for another (not itself)
                put = self.blanks.get(f"{k[:i]}?{k[i + 1:]}")
                if put and (len(put) > 1 or c not in put):
                    return True
                # a letter put in
                if k[:i] + k[i + 1:] in names:
                    return True
            # two neighbours swapped (two different letters)
            if i and c != k[i - 1] and f"{k[:i - 1]}{c}{k[i - 1]}{k[i + 1:]}" in names:
                return True
        return False


class _NearIndex:
    """Words one edit (Damerau: a letter inserted, left out or changed, two
    swapped) from a set of spellings of six letters or more, found without
    listing their neighbours (some 500 a spelling): a SymSpell deletion
    index. A word and a spelling one edit apart share a string that is
    either itself or one letter shorter (``harkov`` is ``kharkov`` less its
    ``k``; ``harkiv`` and ``kharkov`` share none: two edits). The word's
    first or last three letters are the spelling's (one edit changes at most
    two adjacent letters; in a six-letter spelling whose third and fourth
    are swapped, the first three are its first, second and fourth): most
    words are turned away by those two sets alone."""

    __slots__ = ("spellings", "keys", "starts", "ends")

    def __init__(self, forms: Iterable[str]) -> None:
        #: lower case -> the registry's form
        self.spellings = {f.lower(): f for f in forms}
        self.keys = frozenset(k for low in self.spellings for k in (low, *_deletions(low)))
        self.starts = frozenset(s for low in self.spellings for s in (
            (low[:3], low[:2] + low[3]) if len(low) == _NEAR_PLACE_MIN else (low[:3],)))
        self.ends = frozenset(low[-3:] for low in self.spellings)

    def near(self, low: str) -> list[str]:
        """The spellings one edit from ``low`` (a lower-case word)."""
        if not (low[:3] in self.starts or low[-3:] in self.ends) or low in self.spellings:
            return []
        keys = self.keys
        if low not in keys and not any(d in keys for d in _deletions(low)):
            return []
        found = process.extract(low, list(self.spellings), scorer=DamerauLevenshtein.distance,
                                score_cutoff=1, limit=None)
        return [self.spellings[k] for k, _dist, _i in found]


def _deletions(low: str) -> Iterator[str]:
    """``low`` with one letter left out, at each place."""
    return (low[:i] + low[i + 1:] for i in range(len(low)))


def _words_holding(text: str, parts: Sequence[str]) -> list[tuple[int, int]]:
    """The spans of the words (letters) of ``text`` that hold one of
    ``parts``, each once, in order (found with str.find: no scan of every
    word)."""
    out: set[tuple[int, int]] = set()
    n = len(text)
    for part in parts:
        k = text.find(part)
        while k >= 0:
            s, e = k, k + len(part)
            while s and text[s - 1].isalpha():
                s -= 1
            while e < n and text[e].isalpha():
                e += 1
            if not (s and text[s - 1] == "-") and not (e < n and text[e] == "-"):
                out.add((s, e))
            k = text.find(part, e)
    return sorted(out)


def _alternation(words: Sequence[str]) -> str:
    """Words as one case-sensitive alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _single_quote_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a ‘…’ quotation on the line around text[start:end], if
    any (a ’ followed by a letter is an apostrophe, not a closing mark)."""
    lo = max(text.rfind("\n", 0, start) + 1, start - _CUE_REACH)
    opening = text.rfind("‘", lo, start)
    if opening < 0 or re.search(r"’(?!\w)", text[opening + 1:start]):
        return None
    m = re.compile(r"’(?!\w)|\n").search(text, end, end + _CUE_REACH)
    if m is None or m.group() == "\n":
        return None
    return opening, m.end()


_SMALL_ALT = "|".join(sorted(_TITLE_SMALL))
# The rest of a title after the name: words in title case, a subtitle after
# a colon ("Kiev and Its Environs", "Kiev: A Guide for the Foreign Visitor").
_TITLE_REST = lazyre.compile(rf"(?::?{_S}+(?:(?:{_SMALL_ALT}){_S}+)*{_CAP}(?![\w-]))*")
# What closes a title given in apposition: punctuation or the end of a line.
_TITLE_CLOSE = lazyre.compile(r"[,.;:)!?”\"’']|[^\S\n]*(?:\n|\Z)")


@functools.lru_cache(maxsize=1)
def _work_cue() -> re.Pattern[str]:
    """A kind of work after a determiner, right before a hit, maybe with
    capitalised words of the title between: "the film ", "his novel The
    Fall of ", "her memoir, ", "one book: "; or as a label opening a line
    ("Book: ")."""
    # (the debris rules' copy: parsed once)
    works = resources.data_toml("debris.toml")["mid_sentence_capital"]["title_works"]
    alt = "|".join(re.escape(w) for w in sorted(works, key=len, reverse=True))
    return re.compile(
        rf"(?:(?<![\w-])(?i:the|a|an|his|her|their|its|our|my|your|this|that|one|another)"
        rf"(?:{_S}+[\w-]+)?{_S}+(?i:{alt})(?P<label>[,:])?|(?m:^)(?i:{alt})(?P<line_label>:))"
        rf"(?:{_S}+(?i:titled|entitled|called))?"
        rf"{_S}+[\"“‘']?(?P<run>(?:{_CAP}{_S}+(?:(?:{_SMALL_ALT}){_S}+)*)*)\Z")


def _work_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a title of a work without
    quotation marks: a kind of work after a determiner ("the film", "her
    novel": debris.toml ``title_works``), then a run of two or more words
    in title case that holds the name ("the film Kiev Nights", "the 1987
    guidebook Kiev and Its Environs", "the book Kiev: A Guide"). After a
    comma or a colon (a title in apposition or after a label: "her memoir,
    Farewell to Kiev, was", "a single book: Kiev: A Guide for …,") the run
    must also end the phrase: punctuation or the end of the line follows
    it ("the report: Kiev Mayor Vitali Klitschko said" is a use). The name
    alone after it ("the film Kiev was") is not told from a use."""
    m = _work_cue().search(text, max(0, start - _CUE_REACH), start)
    if m is None:
        return False
    rest = _TITLE_REST.match(text, end).end()
    if not (m.group("run") or rest > end):
        return False
    return not (m.group("label") or m.group("line_label")) or \
        _TITLE_CLOSE.match(text, rest) is not None


def _title_case(inner: str) -> bool:
    """Whether a quotation is a title in title case: two to eight words, the
    first and every word not a short function word capitalised, no
    sentence punctuation inside (``Kiev Nights``, ``The Fall of Kiev``)."""
    inner = inner.strip().rstrip(",.")
    words = inner.split()
    if not 2 <= len(words) <= 8 or any(c in inner for c in ".!?;"):
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words)


_PRIORITY = {"variant": 0, "misspelling": 1, "country": 2, "misspelling-ambiguous": 3}


@functools.lru_cache(maxsize=16)
def _load_cached(extra: tuple[str, ...], style: str) -> NameRegistry:
    sources = [_read_toml(DEFAULT_REGISTRY), *(_read_toml(p) for p in extra)]
    return NameRegistry(sources, style=style)
