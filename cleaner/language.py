"""Deterministic language detection.

langdetect is random by design (it samples n-grams); seeding its factory makes
it answer the same for the same input on every run. It is also slow, so it
sees a bounded sample of the document, and is skipped where a cheap test is
already certain: plain-ASCII text in which the commonest English function
words make up a large share of the words is English.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

SAMPLE_CHARS = 2000
_WORD = re.compile(r"[^\W\d_]+")
#: The twenty commonest English words; in running English prose they make up
#: a quarter or more of the tokens, in other languages almost none.
_EN_COMMON = frozenset(
    "the of and to a in is that for it was on with as he by at from his be".split())
_EN_CERTAIN_SHARE = 0.18
_EN_CERTAIN_MIN_WORDS = 40
#: A wider test for pages whose sample is mostly menus or has curly quotes
#: and dashes (not ASCII): English function words make up at least
#: ``_EN_LIKELY_SHARE`` of the words, while the commonest function words of
#: other languages written in Latin script (none of them an English word) and
#: words with letters outside ASCII make up almost none. Measured against
#: langdetect on the benchmark corpus (bench/corpus.py) and the aeb-dev pages:
#: every sample it calls English, langdetect calls English; the nearest
#: non-English page (Italian with English menus) has 9% foreign function
#: words. tests/test_fastpath.py keeps checking that it agrees.
_EN_FUNCTION = frozenset("""
the of and to a in is that for it was on with as he by at from his be this said
have has are were which who will would they their she her not but been had an its
after about more or than also into over we you our what when there can could one
two new""".split())
_FOREIGN_FUNCTION = frozenset("""
de la le les des du et est une un au aux dans pour pas qui sur avec
el los las del por para con que una es lo se su al como más pero
da do dos das em um uma não com os ao na no mais foi
il di che della per non sono gli nel dei delle alla anche è
der die das und ist nicht mit den von zu ein eine auf sich dem des im für
het een van dat niet zijn op voor ook
yang dan ini itu dengan untuk dari pada dalam tidak akan
och att är som för på med till av ang ng sa mga ay kwa ya wa
și în cu pe din się nie że jest ve bir bu ile için""".split()) - _EN_FUNCTION
_EN_LIKELY_SHARE = 0.10
_FOREIGN_MAX_SHARE = 0.02
_NON_ASCII_MAX_SHARE = 0.02
#: Below this probability langdetect's answer is not taken for a verdict.
MIN_PROBABILITY = 0.80
#: Below this many words no detector can tell reliably: the answer is "und".
MIN_WORDS = 12


@dataclass(frozen=True)
class Language:
    code: str          # ISO 639-1, or "und" when unknown
    probability: float


@functools.lru_cache(maxsize=1)
def _factory():
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()
    from langdetect import detector_factory
    return detector_factory._factory


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    # the start of a scraped page is often menus; take the middle as well
    half = SAMPLE_CHARS // 2
    mid = len(text) // 2
    return text[:half] + "\n" + text[mid:mid + half]


def detect_langdetect(text: str, fast: bool = True) -> Language:
    """Detect with langdetect, seeded, on the text as given.

    ``fast`` runs :func:`_probabilities`, langdetect's own algorithm with the
    same random draws and the same floating-point operations in the same
    order, only without its per-call overheads (tests/test_fastpath.py
    compares the two); ``fast=False`` calls langdetect itself."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    detector = factory.create()
    detector.append(text)
    try:
        langs = _probabilities(detector) if fast else detector.get_probabilities()
    except LangDetectException:
        return Language("und", 0.0)
    if not langs:
        return Language("und", 0.0)
    best = langs[0]
    return Language(best.lang, round(best.prob, 4))


#: NGram.normalize of a character (a pure function of it), memoised.
_NORMALISED: dict[str, str] = {}


def _ngrams(text: str, known: dict) -> list[str]:
    """langdetect's ``Detector._extract_ngrams`` (NGram.add_char inlined)."""
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


def _probabilities(detector) -> list:
    """``detector.get_probabilities()`` computed as langdetect 1.0.9's
    ``_detect_block`` does: the same seeded draws (``gauss``, ``choice``) in
    the same order, each probability multiplied by the same
    ``weight + p`` and normalised with the same ``sum``."""
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    detector.cleaning_text()
    known = detector.word_lang_prob_map
    ngrams = _ngrams(detector.text, known)
    if not ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
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
            prob = [p * (weight + q) for p, q in zip(prob, known[choice(ngrams)])]
            if i % 5 == 0:
                sump = sum(prob)
                prob = [p / sump for p in prob]
                if max(prob) > conv or i >= limit:
                    break
            i += 1
        for j in range(n_lang):
            langprob[j] += prob[j] / n_trial
    detector.langprob = langprob
    return detector._sort_probability(langprob)


def certainly_english(sample: str, words: list[str]) -> bool:
    """The cheap test: True only where langdetect is certain to say English."""
    n = len(words)
    if n < _EN_CERTAIN_MIN_WORDS:
        return False
    if sample.isascii():
        lowered = [w.lower() for w in words]
        if sum(w in _EN_COMMON for w in lowered) / n >= _EN_CERTAIN_SHARE:
            return True
    else:
        if sum(not w.isascii() for w in words) > _NON_ASCII_MAX_SHARE * n:
            return False
        lowered = [w.lower() for w in words]
    return (sum(w in _EN_FUNCTION for w in lowered) >= _EN_LIKELY_SHARE * n
            and sum(w in _FOREIGN_FUNCTION for w in lowered) <= _FOREIGN_MAX_SHARE * n)


def detect(text: str, shortcut: bool = True) -> Language:
    """The language of a document, the same answer on every run.

    ``shortcut=False`` always asks langdetect (the reference the cheap test
    is checked against)."""
    sample = _sample(text)
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return Language("und", 0.0)
    if shortcut and certainly_english(sample, words):
        return Language("en", 1.0)
    return detect_langdetect(sample, fast=shortcut)


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
