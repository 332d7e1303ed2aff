"""Deterministic language detection.

langdetect is random by design (it samples n-grams); seeding its factory makes
it answer the same for the same input on every run. It is also slow, so it
sees a bounded sample of the document, and is skipped where a cheap test is
already certain: a sample that langdetect's own n-gram profiles, summed over
all its words without random draws, score as English by a wide margin, with
next to no function words of other languages nor words in other scripts.

The answer is the document's own: a language, or "und" where the text does
not say (see :func:`detect`). langdetect knows 55 languages; a text in one it
has no profile for (Galician, Basque, Luxembourgish, Frisian, Asturian,
Occitan...) is still given one of them, often with confidence, so its answer
is checked against the same deterministic score: the language must lead the
next one clearly, and the text's running words must fit its profile about as
well as that language's own text does.
"""
from __future__ import annotations

import functools
import math
import struct
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import add, mul, truediv

from . import lazyre, resources

SAMPLE_CHARS = 2000
_WORD = lazyre.compile(r"[^\W\d_]+")
#: The cheap test (:func:`certainly_english`) scores the whole sample the way
#: langdetect's model would without its random draws: every word's character
#: n-grams looked up in langdetect's own profiles, the log of ``weight + p``
#: summed per language over all the words (naive Bayes, deterministic). Where
#: English leads every other language by at least ``_EN_MARGIN`` nats per
#: n-gram, langdetect's draws have not been seen to end anywhere else (an
#: empirical bound, not a proof: a draw sees a few n-grams, the score all of
#: them). Measured against
#: langdetect on the benchmark corpus (several seeds), the aeb-dev pages and
#: invented foreign pages with English menus, quotes and headlines: English
#: menus and curly quotes score clearly English (mostly 0.2-0.5), foreign or
#: mixed samples that langdetect calls foreign all below 0 (the nearest
#: -0.01). tests/test_language.py keeps checking that it agrees.
_EN_MARGIN = 0.1
#: Two guards in front of the score, both cheap. Commonest function words of
#: other languages written in Latin script, counted only as written in lower
#: case (so "De Blasio", "Los Angeles", "Al Jazeera" do not count), without the
#: ones that are English words or common in English pages ("no", "do", "die",
#: "per", "com" of URLs, "ve" of "we've", "et" of "et al.").
_FOREIGN_FUNCTION = frozenset("""
de la le les des du une au aux dans pour pas qui sur avec
el los del por para que una lo como más pero
dos das não os ao mais foi
il che della sono gli nel dei delle alla anche è
der das und nicht mit den von zu ein eine auf sich dem des im für
het een van dat niet zijn voor ook
yang ini itu dengan untuk dari pada dalam tidak akan
och att är som för på till av ang mga kwa ya
și în pe din się nie że jest bir bu ile için
og af til det ikke er jeg har fra ved eller men skal kan
els amb dels pel també sau este sunt fost care pentru lui
ja ei ole että ovat és az hogy nem egy ali kao što""".split())
_FOREIGN_MAX_SHARE = 0.02
#: Words with letters outside Latin script (beyond U+024F): langdetect weighs
#: their n-grams heavily and cleans Latin text away when they dominate.
_NON_LATIN = lazyre.compile(r"[^\x00-\u024f]")
_NON_LATIN_MAX_SHARE = 0.02
#: A letter (what _WORD takes) beyond Latin script, beyond ASCII.
_NON_LATIN_LETTER = lazyre.compile(r"[^\W\d_\x00-\u024f]")
_NON_ASCII_LETTER = lazyre.compile(r"[^\W\d_\x00-\x7f]")
#: Below this probability langdetect's answer is not taken for a verdict.
MIN_PROBABILITY = 0.80
#: Below this many words no detector can tell reliably: the answer is "und".
MIN_WORDS = 12
#: A line of fewer words is no running text (a menu item, a name, a cell).
PROSE_WORDS = 6
#: Letters of scripts written without spaces between words (Chinese,
#: Japanese kana, Thai, Lao, Myanmar, Khmer): their lines have no words to
#: count, so this many such letters in the sample are evidence enough
#: (three a word, as MIN_WORDS words are).
_UNSPACED = lazyre.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
UNSPACED_LETTERS = 3 * MIN_WORDS
#: langdetect's Detector defaults (alpha, BASE_FREQ): the smoothing weight
#: ``alpha / BASE_FREQ`` it adds to every n-gram probability.
_ALPHA = 0.5
_BASE_FREQ = 10000


#: The checks of a langdetect answer against the deterministic score (see
#: :func:`_verdict`), in nats per n-gram. A language the text is in leads a
#: neighbour (NEIGHBOUR_DIVERGENCE) by SIBLING_MARGIN at least, or by
#: SIBLING_RATIO of what the two are apart (:func:`_divergence`: Danish and
#: Norwegian lead each other by little); Galician read as Spanish leads
#: Portuguese by 0.00-0.06. Running words that fit the language worse than
#: FIT_DEFICIT under what its own text scores (:func:`_expected_score`) are
#: in another: Basque read as Indonesian, Irish as English, Icelandic as
#: Norwegian. Measured on the UI translations shipped with the system
#: (gettext catalogues: 30 samples of 15, 40 and 100 words in each of 30
#: languages langdetect knows and 14 it does not) and news pages in fr, de,
#: es, it, pt, nl: of the known languages' samples 848, 889 and 899 of 900
#: keep their language (the 15-word ones lost are mostly samples langdetect
#: is unsure of); of the unknown ones 40-60% are "und" (Galician 12-18 of
#: 30, Basque 19-23, Irish 21-24, Icelandic 21-30; Occitan, Aragonese and
#: Asturian, which read as Catalan or Spanish, 2-10).
SIBLING_MARGIN = 0.05
SIBLING_RATIO = 0.15
FIT_DEFICIT = -0.5
#: A runner-up this near (:func:`_divergence`) is a neighbour, and a small
#: lead over it a sign of a language between the two that has no profile
#: (es-pt 0.29, es-ca 0.27, da-no 0.12, hr-sl 0.23, nl-af 0.25). A small
#: lead of a language langdetect is sure of over a distant one (English, at
#: 0.45-0.55 from the others) is a page in two languages: the answer stands.
NEIGHBOUR_DIVERGENCE = 0.35
#: The words those checks score at most (:func:`_evenly`).
SCORED_WORDS = 120


@dataclass(frozen=True)
class Language:
    code: str          # ISO 639-1, or "und" when unknown
    probability: float
    #: False where the text is too short, or holds too few running words
    #: (words not capitalised: a headline, a list of names, a table), for any
    #: detector to judge: then "und" means "cannot tell", not "not one of
    #: the languages known".
    evidence: bool = True
    #: langdetect's answer where the code is "und" (for the report)
    guess: str = ""


@functools.lru_cache(maxsize=1)
def _factory():
    from langdetect import DetectorFactory, detector_factory

    DetectorFactory.seed = 0
    if detector_factory._factory is None:
        try:
            detector_factory._factory = _load_profiles(detector_factory.PROFILES_DIRECTORY)
        except Exception:  # noqa: BLE001 - langdetect's own loader says what is wrong
            detector_factory.init_factory()
    return detector_factory._factory


class _ProbTable(dict):
    """langdetect's ``word_lang_prob_map`` (n-gram -> one probability per
    language, ``1.0 * count / n_words[len - 1]`` of each profile holding the
    n-gram, else 0.0) with every n-gram in it, in langdetect's order, but
    each row made when it is first read: langdetect makes all ~88,000 rows
    of 55 floats at once, a fifth of the instructions of cleaning a hundred
    documents (most of them the collector going over the lists) and ~40 MB,
    where a corpus reads a few thousand. Membership (``in``) is the dict's
    own; reading a row (``[]``, ``get``, ``values``, ``items``, ``copy``,
    ``==``, pickling) makes it. (``dict(table)`` would copy the rows not
    made yet as None: langdetect never copies it.)"""

    __slots__ = ("_freqs", "_n_words", "_size")

    def __init__(self, profiles: list[tuple[dict, list]], size: int) -> None:
        """``profiles``: (freq, n_words) of each language, in langlist's
        order; ``size``: the length of a row (langdetect's ``langsize``)."""
        super().__init__(dict.fromkeys(chain.from_iterable(f for f, _ in profiles)))
        self._freqs = [f for f, _ in profiles]
        self._n_words = [[n[k] for _, n in profiles] for k in range(3)]
        self._size = size

    def _row(self, word: str) -> list[float]:
        row = [0.0] * self._size
        length = len(word)
        if 1 <= length <= 3:
            # an n-gram is in a few profiles of 55: their counts by one C
            # loop, a division only for those (a profile without the n-gram,
            # or a count of 0, leaves langdetect's 0.0)
            counts = list(map(dict.get, self._freqs, repeat(word)))
            n_words = self._n_words[length - 1]
            for index in compress(range(len(counts)), counts):
                row[index] = 1.0 * counts[index] / n_words[index]
        dict.__setitem__(self, word, row)
        return row

    def __getitem__(self, word: str) -> list[float]:
        row = dict.__getitem__(self, word)
        return self._row(word) if row is None else row

    def get(self, word, default=None):
        return self[word] if word in self else default

    def values(self):
        return [self[w] for w in self]

    def items(self):
        return [(w, self[w]) for w in self]

    def copy(self) -> dict:
        return dict(self.items())

    def __eq__(self, other) -> bool:
        return dict(self.items()) == other

    __hash__ = None

    def __reduce__(self):
        return dict, (dict(self.items()),)


def _load_profiles(directory: str):
    """``DetectorFactory().load_profile(directory)``: ``langlist`` in the
    order ``os.listdir`` gives the files, each language's index in the rows
    its place there, the rows as long as the directory's listing (dot-files
    counted, as langdetect counts them), the n-grams in the order langdetect
    adds them; the rows made as they are read (:class:`_ProbTable`).
    Anything unexpected raises, and langdetect's own loader is asked."""
    import json
    import os

    from langdetect import DetectorFactory

    files = os.listdir(directory)
    factory = DetectorFactory()
    profiles = []
    for filename in files:
        path = os.path.join(directory, filename)
        if filename.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            raw = f.read()
        # (json reads the text as a text file would give it: its newlines,
        # where json allows one, are whitespace either way)
        data = json.loads(raw.decode("utf-8"))
        name, freq, n_words = data["name"], data["freq"], data["n_words"]
        if name in factory.langlist or not isinstance(freq, dict) or \
                not all(type(n) is int and n for n in n_words[:3]) or len(n_words) < 3 or \
                not _whole_counts(freq, raw):
            raise ValueError(f"unexpected profile {filename}")
        profiles.append((freq, n_words))
        factory.langlist.append(name)
    if not profiles:
        raise ValueError("no profiles")
    factory.word_lang_prob_map = _ProbTable(profiles, len(files))
    return factory


def _whole_counts(freq: dict, raw: bytes) -> bool:
    """Whether every count of ``freq`` (read by json from ``raw``) is an int,
    by one C loop: the sum of ints is an int, a float makes it a float, and a
    string, None, a list or a dict make it raise. JSON's true and false, which
    sum as ints, are written so in the text (a literal has no escape): only a
    text holding either has its counts' types read one by one."""
    if b"true" in raw or b"false" in raw:
        return set(map(type, freq.values())) <= {int}
    try:
        return type(sum(freq.values())) is int
    except TypeError:
        return False


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    # the start of a scraped page is often menus; take the middle as well
    half = SAMPLE_CHARS // 2
    mid = len(text) // 2
    return text[:half] + "\n" + text[mid:mid + half]


#: A ``bytes.translate`` table: ASCII letters kept, every other byte a space.
_ASCII_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def _words(sample: str) -> list[str]:
    """``_WORD.findall(sample)``; where the only letters are ASCII ones (most
    samples: curly quotes and dashes are not letters), the runs of ASCII
    letters, found by C loops without a regular expression: every other
    character made a space ("?" of the encoding, then a space of the table),
    the text split at the spaces."""
    if sample.isascii() or not _NON_ASCII_LETTER.search(sample):
        return sample.encode("ascii", "replace").translate(_ASCII_LETTERS).decode("ascii").split()
    return _WORD.findall(sample)


def detect_langdetect(text: str, fast: bool = True) -> Language:
    """Detect with langdetect, seeded, on the text as given.

    ``fast`` runs :func:`_probabilities`, langdetect's own algorithm with the
    same random draws and the same floating-point operations in the same
    order, only without its per-call overheads (tests/test_fastpath.py
    compares the two); ``fast=False`` calls langdetect itself."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    detector = factory.create()
    if fast:
        _append(detector, text)
    else:
        detector.append(text)
    try:
        langs = _probabilities(detector) if fast else detector.get_probabilities()
    except LangDetectException:
        return Language("und", 0.0)
    if not langs:
        return Language("und", 0.0)
    best = langs[0]
    return Language(best.lang, round(best.prob, 4))


_SPACE_RUN = lazyre.compile("  +")


def _append(detector, text: str) -> None:
    """``detector.append(text)`` with its character loop, which keeps the
    first space of every run of spaces, done by one substitution."""
    from langdetect.utils.ngram import NGram

    text = detector.URL_RE.sub(" ", text)
    text = detector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)
    detector.text += _SPACE_RUN.sub(" ", text[:detector.max_text_length])


#: What ``Detector.cleaning_text`` counts as Latin: 'A' <= ch <= 'z' (the six
#: signs between the capitals and the small letters included), and as not:
#: every character from U+0300 on (it means to spare the Latin Extended
#: Additional block, but compares the block's number with its name).
_LD_LATIN = lazyre.compile("[A-z]")
_LD_NON_LATIN = lazyre.compile("[\u0300-\U0010ffff]")


def _cleaning_text(detector) -> None:
    """``detector.cleaning_text()`` by regular expressions: where Latin
    letters are less than half the other letters, they are dropped."""
    text = detector.text
    if text.isascii():
        return  # nothing from U+0300 on: the Latin text stays
    if len(_LD_LATIN.findall(text)) * 2 < len(_LD_NON_LATIN.findall(text)):
        detector.text = _LD_LATIN.sub("", text)


#: NGram.normalize of a character (a pure function of it), memoised.
_NORMALISED: dict[str, str] = {}


def _ngrams_reference(text: str, known: dict) -> list[str]:
    """langdetect's ``Detector._extract_ngrams`` (NGram.add_char inlined), a
    character at a time; :func:`_ngrams` gives the same list faster."""
    from langdetect.utils.ngram import NGram

    normalised = _NORMALISED
    normalize = NGram.normalize
    result: list[str] = []
    append = result.append
    grams = " "
    capital = False
    for ch in text:
        c = normalised.get(ch)
        if c is None:
            c = normalised[ch] = normalize(ch)
        last = grams[-1]
        if last == " ":
            grams = " "
            capital = False
            if c == " ":
                continue
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += c
        if c.isupper():
            if last.isupper():
                capital = True
        else:
            capital = False
        if capital:
            continue
        n = len(grams)
        if c != " " and c in known:
            append(c)
        if n >= 2:
            w = grams[-2:]
            if w in known:
                append(w)
            if n >= 3 and grams in known:
                append(grams)
    return result


class _Normaliser(dict):
    """A ``str.translate`` table: NGram.normalize by code point, memoised."""

    def __missing__(self, code: int) -> str:
        from langdetect.utils.ngram import NGram

        c = self[code] = NGram.normalize(chr(code))
        return c


_NORMALISE = _Normaliser()


def _ngrams(text: str, known: dict) -> list[str]:
    """langdetect's ``Detector._extract_ngrams``: the same n-grams in the same
    order as :func:`_ngrams_reference`, a word at a time.

    After a (normalised) space langdetect's state starts afresh: the buffer
    is emptied and the all-capitals flag cleared, and further spaces add
    nothing. So the list is the concatenation, in order, of the lists of the
    runs between spaces, each a function of the run alone and of whether a
    space follows it (every run but the last): those are memoised."""
    if known is not _factory().word_lang_prob_map:
        return _ngrams_reference(text, known)
    *spaced, last = text.translate(_NORMALISE).split(" ")
    result = list(chain.from_iterable(map(_spaced_ngrams, filter(None, spaced))))
    if last:
        result += _run_ngrams(last)
    return result


def _run_ngrams(run: str) -> tuple[str, ...]:
    """The n-grams of one normalised run without spaces (but for one at the
    end), as langdetect extracts them after a space: at each character its
    unigram (not a space), bigram and trigram (from the third on), those in
    the profiles; none where it and the one before are capitals (the flag
    langdetect sets there is cleared by the next character not a capital)."""
    known = _factory().word_lang_prob_map
    s = " " + run
    upper = [c.isupper() for c in s]
    out = []
    append = out.append
    for i in range(1, len(s)):
        if upper[i] and upper[i - 1]:
            continue
        c = s[i]
        if c != " " and c in known:
            append(c)
        g = s[i - 1:i + 1]
        if g in known:
            append(g)
        if i > 1:
            g = s[i - 2:i + 1]
            if g in known:
                append(g)
    return tuple(out)


#: Runs are mostly words: 16384 cover nearly all of a corpus' samples.
@functools.lru_cache(maxsize=16384)
def _spaced_ngrams(run: str) -> tuple[str, ...]:
    return _run_ngrams(run + " ")


def _probabilities(detector) -> list:
    """``detector.get_probabilities()`` computed as langdetect 1.0.9's
    ``_detect_block`` does: the same seeded draws (``gauss``, ``choice``) in
    the same order, each probability multiplied by the same
    ``weight + p`` and normalised with the same ``sum``."""
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    _cleaning_text(detector)
    known = detector.word_lang_prob_map
    ngrams = _ngrams(detector.text, known)
    if not ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    # ``choice`` draws an index by the length alone: it picks from the
    # n-grams what langdetect picks from them, and only the rows drawn are
    # read (a sample has ~1,000 n-grams; the draws, a few hundred)
    row_of = known.__getitem__
    n_lang = len(detector.langlist)
    n_trial = detector.n_trial
    limit = detector.ITERATION_LIMIT
    conv = detector.CONV_THRESHOLD
    langprob = [0.0] * n_lang
    rnd = detector.random
    rnd.seed(detector.seed)
    choice = rnd.choice
    for _ in range(n_trial):
        if detector.prior_map is not None:
            prob = list(detector.prior_map)
        else:
            prob = [1.0 / n_lang] * n_lang
        alpha = detector.alpha + rnd.gauss(0.0, 1.0) * detector.ALPHA_WIDTH
        weight = alpha / detector.BASE_FREQ
        i = 0
        while True:
            # p * (weight + q) for each language, as langdetect multiplies
            prob = list(map(mul, prob, map(add, repeat(weight), row_of(choice(ngrams)))))
            if i % 5 == 0:
                sump = sum(prob)
                prob = list(map(truediv, prob, repeat(sump)))
                if max(prob) > conv or i >= limit:
                    break
            i += 1
        for j in range(n_lang):
            langprob[j] += prob[j] / n_trial
    detector.langprob = langprob
    return detector._sort_probability(langprob)


#: Memo sizes: an n-gram's or a word's packed score (below) is an integer of
#: ~2,700 bits (~0.4 kB), so at most ~7 + 7 MB a process; 16384 words cover
#: 97% of the words of the benchmark corpus, and all of 2000 documents' samples.
_WORD_MEMO = 16384
_GRAM_MEMO = 16384


#: Scores packed into one integer, a fixed-point field per language (in the
#: order of langdetect's ``langlist``) and the n-gram count last: summing the
#: words of a sample is then one integer addition a word instead of one float
#: addition a word and language. A field holds ``round(score * _SCALE) +
#: _BIAS * grams``: every log is above log(weight) = -9.9, so no field goes
#: negative, and 48 bits hold the sum of any sample.
_SCALE = 1 << 16
_BIAS = 10 * _SCALE
_BITS = 48  # 6 bytes: _pack relies on it


def _pack(scores, grams: int) -> int:
    """``scores`` (one float per language, each a sum of ``grams`` logs) as
    fixed-point fields in one integer, the count ``grams`` last."""
    bias = _BIAS * grams
    fields = [r + bias for r in map(round, [v * _SCALE for v in scores])]
    fields.append(grams)
    return _pack_fields(fields)


def _pack_fields(fields: list[int]) -> int:
    """Non-negative integers below 2 ** _BITS side by side in one integer."""
    try:
        # fields below 2 ** 32 (an n-gram's, a word's): each as 4
        # little-endian bytes and 2 bytes of 0 ("x"), 6 bytes in all, by one
        # struct call ("I" refuses a negative field, and a larger one)
        return int.from_bytes(_narrow_struct(len(fields)).pack(*fields), "little")
    except struct.error:
        pass
    # each field as 8 little-endian bytes ("Q" refuses a negative one), of
    # which the low 6 (_BITS) are kept: the fields side by side in one number
    raw = struct.pack(f"<{len(fields)}Q", *fields)
    packed = bytearray(6 * len(fields))
    for j in range(6):
        packed[j::6] = raw[j::8]
    return int.from_bytes(packed, "little")


@functools.lru_cache(maxsize=None)
def _narrow_struct(n: int) -> struct.Struct:
    """The layout of ``n`` fields of 6 bytes (_BITS), each below 2 ** 32."""
    return struct.Struct("<" + "Ixx" * n)


def _unpack_fields(total: int, n: int) -> list[int]:
    """The ``n`` lowest fields of a packed sum, each ``(total >> (i *
    _BITS)) & (2 ** _BITS - 1)``, lowest first: by C loops (the sum's
    bytes, each field's 6 widened to 8 and read by one struct call), not by
    ``n`` shifts of an integer of thousands of bits."""
    size = _BITS // 8 * n
    raw = total.to_bytes(max(size, (total.bit_length() + 7) // 8), "little")
    wide = bytearray(8 * n)
    for j in range(_BITS // 8):
        wide[j::8] = raw[j:size:_BITS // 8]
    return list(_wide_struct(n).unpack(wide))


@functools.lru_cache(maxsize=None)
def _wide_struct(n: int) -> struct.Struct:
    return struct.Struct(f"<{n}Q")


def _unpack(total: int) -> tuple[list[float], int]:
    """A packed sum as one score per language (in langlist's order), each per
    n-gram, and the number of n-grams (0: no scores)."""
    n_lang = len(_factory().langlist)
    fields = _unpack_fields(total, n_lang + 1)
    grams = fields.pop()
    if not grams:
        return [], 0
    bias = _BIAS * grams
    return [(field - bias) / _SCALE / grams for field in fields], grams


def _unpack_margin(total: int) -> float | None:
    """English's lead over the next language per n-gram in a packed sum."""
    n_lang = len(_factory().langlist)
    fields = _unpack_fields(total, n_lang + 1)
    grams = fields.pop()
    if not grams:
        return None
    # (the bias of every field cancels out in the difference)
    en = fields[_en_index()]
    fields[_en_index()] = -math.inf
    return (en - max(fields)) / _SCALE / grams


class _GramScores(dict):
    """An n-gram's packed score (``log(weight + p)`` per language, each log
    rounded on its own), memoised: a plain dict emptied when full, as
    :class:`_WordScores`."""

    def __missing__(self, gram: str) -> int:
        if len(self) >= _GRAM_MEMO:
            self.clear()
        packed = self[gram] = _pack_fields(_gram_fields(gram))
        return packed


def _gram_fields(gram: str) -> list[int]:
    """The fields of an n-gram's packed score: per language of the row
    ``round(log(weight + p) * _SCALE) + _BIAS``, the count 1 last. Where the
    profiles were read by :func:`_load_profiles`, ``p`` is made from their
    counts as the row's float is (``1.0 * count / n_words``), without making
    the row (a list kept in the table, for langdetect's draws, which read
    few); a profile without the n-gram has the same field each time."""
    weight, log = _ALPHA / _BASE_FREQ, math.log
    table = _factory().word_lang_prob_map
    if isinstance(table, _ProbTable):
        if gram not in table:
            raise KeyError(gram)
        fields = [_ZERO_FIELD] * table._size
        if not 1 <= len(gram) <= 3:
            counts = []  # pragma: no cover - the profiles hold no other
        else:
            counts = list(map(dict.get, table._freqs, repeat(gram)))
            n_words = table._n_words[len(gram) - 1]
    else:  # (langdetect's rows, as probabilities over a count of 1)  # pragma: no cover
        counts = table[gram]  # pragma: no cover
        fields, n_words = [_ZERO_FIELD] * len(counts), [1.0] * len(counts)  # pragma: no cover
    for i in compress(range(len(counts)), counts):
        fields[i] = round(log(weight + 1.0 * counts[i] / n_words[i]) * _SCALE) + _BIAS
    fields.append(1)
    return fields


#: The field of a language whose profile lacks the n-gram (p = 0.0).
_ZERO_FIELD = round(math.log(_ALPHA / _BASE_FREQ + 0.0) * _SCALE) + _BIAS
_GRAM_SCORES = _GramScores()
_gram_packed = _GRAM_SCORES.__getitem__


class _WordScores(dict):
    """A word's packed score, memoised: the sum of the packed scores of the
    n-grams langdetect extracts from the word followed by a space (0 if
    none). A plain dict, emptied when full: a sample's words are looked up by
    ``map(dict.__getitem__)`` without a Python call a word (an lru_cache
    costs twice as much a hit)."""

    def __missing__(self, word: str) -> int:
        if len(self) >= _WORD_MEMO:
            self.clear()
        known = _factory().word_lang_prob_map
        if word.isascii() and word.isalpha() and (len(word) == 1 or word[1:].islower()):
            grams = _ascii_word_ngrams(word, known)
        else:
            grams = _ngrams(word + " ", known)
        packed = self[word] = sum(map(_gram_packed, grams))
        return packed


def _ascii_word_ngrams(word: str, known: dict):
    """The n-grams of ``_ngrams(word + " ", known)``, in another order (a
    word's score is their sum), for a word of ASCII letters with no capital
    after its first letter, without a Python step an n-gram: such a word is
    its own normalisation (NGram.normalize keeps ASCII letters), and no two
    capitals follow each other in it, so langdetect skips no position. Of
    ``" " + word + " "`` that is: every letter, every bigram (the first " x",
    the last "x "), every trigram (the last "yx ", or " x " of a word of one
    letter), those in the profiles."""
    s = " " + word + " "
    bigrams = list(map(add, s, s[1:]))
    return filter(known.__contains__, chain(word, bigrams, map(add, bigrams, s[2:])))


_WORD_SCORES = _WordScores()


def _english_margin(words: list[str]) -> float | None:
    """English's lead over the next language, per n-gram, in the
    deterministic score of ``words`` (see ``_EN_MARGIN``), from n-gram scores
    rounded one by one: within ``_ROUNDING`` of :func:`_english_margin_exact`."""
    return _unpack_margin(sum(map(_WORD_SCORES.__getitem__, words)))


#: How far :func:`_english_margin` may be from :func:`_english_margin_exact`,
#: which rounds each word's float sum once where the fast one rounds each of
#: its ``k`` n-grams: per word and language the fields differ by at most
#: 0.5 + 0.5 k (plus a float summation error under 0.01 for any word of a
#: sample), so over a sample of ``G`` n-grams in ``W <= G`` scoring words by
#: at most 1.01 G; a margin (a difference of two fields, divided by _SCALE
#: and G) by at most 2.02 / _SCALE = 3.1e-5. Twice that, for float slack.
_ROUNDING = 4.0 / _SCALE


def _english_margin_exact(words: list[str]) -> float | None:
    """The margin as first defined: each word's logs summed in floats per
    language, the sum rounded to fixed point once. Slow; asked only where the
    fast margin is too near ``_EN_MARGIN`` to decide (next to never)."""
    known = _factory().word_lang_prob_map
    weight = _ALPHA / _BASE_FREQ
    total = 0
    for word in words:
        grams = _ngrams(word + " ", known)
        if grams:
            logs = [[math.log(weight + p) for p in known[g]] for g in grams]
            total += _pack(list(map(sum, zip(*logs))), len(grams))
    return _unpack_margin(total)


def _profile(i: int) -> tuple[dict[str, int], list[int]]:
    """The n-gram counts of the profile of language ``i`` of langlist and its
    numbers of n-grams of one, two and three characters (a row's value is
    ``count / n_words[len - 1]``), from langdetect's own table where the
    profiles were not read by :func:`_load_profiles`."""
    table = _factory().word_lang_prob_map
    if isinstance(table, _ProbTable):
        return table._freqs[i], [table._n_words[k][i] for k in range(3)]
    # (langdetect's rows, as probabilities over a count of 1)  # pragma: no cover
    return {g: row[i] for g, row in table.items() if row[i]}, [1, 1, 1]  # pragma: no cover


@functools.lru_cache(maxsize=None)
def _expected_score(i: int) -> float:
    """The score per n-gram (see ``_EN_MARGIN``) that text drawn from the
    profile of language ``i`` has in that language: the mean of
    ``log(weight + p)`` over its n-grams, a third of the sum over the three
    lengths (a text has about as many n-grams of each)."""
    weight, log = _ALPHA / _BASE_FREQ, math.log
    counts, n_words = _profile(i)
    total = 0.0
    for gram, count in counts.items():
        if count and 1 <= len(gram) <= 3:
            p = count / n_words[len(gram) - 1]
            total += p * log(weight + p)
    return total / 3


@functools.lru_cache(maxsize=None)
def _divergence(i: int, j: int) -> float:
    """The lead per n-gram that text drawn from the profile of language ``i``
    has over language ``j`` (the mean of the log ratio, as above): how far
    apart the two are, from 0.12 (Danish, Norwegian) to over 0.5."""
    weight, log = _ALPHA / _BASE_FREQ, math.log
    counts, n_words = _profile(i)
    other, other_n = _profile(j)
    get = other.get
    total = 0.0
    for gram, count in counts.items():
        if count and 1 <= len(gram) <= 3:
            k = len(gram) - 1
            p = count / n_words[k]
            total += p * (log(weight + p) - log(weight + (get(gram) or 0) / other_n[k]))
    return total / 3


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script a letter is written in, by its Unicode name ("LATIN",
    "CYRILLIC", "HANGUL", "CJK"...)."""
    import unicodedata

    return unicodedata.name(ch, "?").split(" ", 1)[0]


@functools.lru_cache(maxsize=None)
def _own_script(i: int) -> str:
    """The script of language ``i``: that of the commonest letter of its
    profile (Russian's has Latin letters too, from the names in its text)."""
    counts = _profile(i)[0]
    return _script(max((g for g in counts if len(g) == 1 and g.isalpha()), key=counts.__getitem__))


def _evenly(words: list[str]) -> list[str]:
    """At most SCORED_WORDS of ``words``, taken evenly (every k-th): the
    checks of :func:`_checked` score the words of a language langdetect was
    asked about, mostly words the memo has not met, at the cost of a second
    reading of the sample; a hundred words tell as well as three hundred."""
    step = -(-len(words) // SCORED_WORDS)
    return words if step <= 1 else words[::step]


def _unspaced_evidence(sample: str) -> bool:
    """Whether ``sample`` holds UNSPACED_LETTERS letters of a script written
    without spaces between words, as many as MIN_WORDS words tell."""
    return not sample.isascii() and len(_UNSPACED.findall(sample)) >= UNSPACED_LETTERS


def _running(sample: str) -> list[str]:
    """The words of running text: of lines of at least PROSE_WORDS words,
    those not capitalised (a name, a word of a headline in title case, a
    German noun), in any script (one without case too). A menu, a list of
    names, a table, a headline have next to none."""
    running: list[str] = []
    for line in sample.splitlines():
        if len(line.split()) >= PROSE_WORDS:  # (a blob without spaces is no prose)
            running += [w for w in _words(line) if not w[0].isupper()]
    return running


def _verdict(found: Language, sample: str, words: list[str]) -> Language:
    """langdetect's answer ``found`` on ``sample`` (of ``words``), checked
    against the deterministic score of the same words, or "und".

    - "und" without ``evidence`` where the sample has fewer than MIN_WORDS
      words of running text (:func:`_running`: a headline, a menu, a list of
      names, a table), unless langdetect is sure: nothing can be told from it.
      A script written without spaces (Chinese, Japanese, Thai) has no words
      to count: UNSPACED_LETTERS of its letters are evidence.
    - English where an answer fails the checks below but the running text
      passes the cheap English test (:func:`certainly_english`) on its own:
      English prose beside a blob of base64 or a menu in another language.
    - "und" where langdetect is unsure (p < MIN_PROBABILITY): Luxembourgish
      ("de" at 0.71), Frisian ("no" at 0.71), Basque ("id" at 0.43).
    - A language langdetect is sure of must lead a neighbour language (one
      less than NEIGHBOUR_DIVERGENCE apart) clearly: by SIBLING_MARGIN, or
      by SIBLING_RATIO of what the two are apart. Galician is "Spanish" to
      langdetect at p = 1.0, but leads Portuguese by next to nothing.
    - and the running words that are its own (in its script, scoring it over
      the runner-up) must fit its profile (FIT_DEFICIT): Basque read as
      Indonesian, Irish as English, Icelandic as Norwegian do not."""
    if found.code == "und":
        return Language("und", 0.0, evidence=False)
    running = _running(sample)
    evidence = len(running) >= MIN_WORDS or _unspaced_evidence(sample)
    if not evidence:
        return (found if found.probability >= MIN_PROBABILITY
                else Language("und", found.probability, evidence=False, guess=found.code))
    checked = _checked(found, running, words)
    if checked.code == "und" and certainly_english(" ".join(running), running):
        # the prose is English beyond doubt: what langdetect read was the
        # rest (a blob of base64, a menu in another language)
        return Language("en", 1.0)
    return checked


def _checked(found: Language, running: list[str], words: list[str]) -> Language:
    """``found`` where it passes the checks of :func:`_verdict`, else "und"."""
    langs = _factory().langlist
    if found.probability < MIN_PROBABILITY or found.code not in langs:
        return Language("und", found.probability, guess=found.code)
    scores, grams = _unpack(sum(map(_WORD_SCORES.__getitem__, _evenly(words))))
    if not grams:
        return found  # pragma: no cover - langdetect found n-grams in the same words
    i = langs.index(found.code)
    mine = scores[i]
    scores[i] = -math.inf
    j = max(range(len(scores)), key=scores.__getitem__)
    lead = mine - scores[j]
    divergence = _divergence(i, j)
    if divergence < NEIGHBOUR_DIVERGENCE and lead < SIBLING_MARGIN \
            and lead < SIBLING_RATIO * divergence:
        return Language("und", found.probability, guess=found.code)
    # the fit of the running words that are the language's: written in its
    # script, and scoring it at least as high as the runner-up (a quotation
    # in another script, or English beside the text, is not its text)
    script = _own_script(i)
    mask = (1 << _BITS) - 1
    shift_i, shift_j = i * _BITS, j * _BITS
    own = [p for p in map(_WORD_SCORES.__getitem__,
                          (w for w in _evenly(running) if _script(w[0]) == script))
           if (p >> shift_i) & mask >= (p >> shift_j) & mask]
    fit, n = _unpack(sum(own))
    if n and fit[i] - _expected_score(i) < FIT_DEFICIT:
        return Language("und", found.probability, guess=found.code)
    return found


@functools.lru_cache(maxsize=1)
def _en_index() -> int:
    return _factory().langlist.index("en")


def certainly_english(sample: str, words: list[str]) -> bool:
    """The cheap test: True only where :func:`detect` without it would say
    English too (langdetect says English, or is unsure and the score names
    English clearly, which it does here by a wide margin)."""
    n = len(words)
    if n < MIN_WORDS:
        return False
    # a word has a letter beyond Latin script only where the sample has one
    if not sample.isascii() and _NON_LATIN_LETTER.search(sample):
        if sum(1 for w in words if _NON_LATIN.search(w)) > _NON_LATIN_MAX_SHARE * n:
            return False
    if sum(map(_FOREIGN_FUNCTION.__contains__, words)) > _FOREIGN_MAX_SHARE * n:
        return False
    margin = _english_margin(words)
    if margin is None:
        return False
    if abs(margin - _EN_MARGIN) <= _ROUNDING:
        margin = _english_margin_exact(words)
    return margin >= _EN_MARGIN


def detect(text: str, shortcut: bool = True, fast: bool | None = None) -> Language:
    """The language of a document, the same answer on every run, from the
    text alone: a language code, or "und" where the text is not confidently
    in any language langdetect knows (:func:`_verdict`), or too short to tell
    (fewer than MIN_WORDS words: "und" without ``evidence``).

    ``shortcut=False`` always asks langdetect (the reference the cheap test
    is checked against); ``fast`` (default: ``shortcut``) runs langdetect's
    algorithm without its overheads (:func:`detect_langdetect`)."""
    sample = _sample(text)
    words = _words(sample)
    if len(words) < MIN_WORDS and not _unspaced_evidence(sample):
        return Language("und", 0.0, evidence=False)
    if shortcut and certainly_english(sample, words):
        return Language("en", 1.0)
    found = detect_langdetect(sample, fast=shortcut if fast is None else fast)
    return _verdict(found, sample, words)


def detect_short(text: str, fast: bool | None = None) -> Language:
    """Language of a short span (a bracketed insertion); seeded langdetect.
    The answer depends on the text alone, so it is remembered. ``fast``
    (default: the running pipeline's, ``structure.FAST``) False asks
    langdetect itself every time."""
    from . import structure

    if not (structure.FAST if fast is None else fast):
        return detect_langdetect(text, fast=False)
    return _detect_short(text)


@functools.lru_cache(maxsize=4096)
def _detect_short(text: str) -> Language:
    return detect_langdetect(text)


@functools.lru_cache(maxsize=256)
def known(code: str) -> bool:
    """Whether a language code means something here: langdetect has a
    profile for it (it can detect it) or stopwords-iso a list (the block
    rules can judge its prose)."""
    import os

    import langdetect

    c = code.strip().lower()
    if not c:
        return False
    profiles = os.path.join(os.path.dirname(langdetect.__file__), "profiles")
    if os.path.isfile(os.path.join(profiles, c)):
        return True
    return c.split("-")[0] in resources.stopword_languages()
