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


def detect_langdetect(text: str) -> Language:
    """Detect with langdetect, seeded, on the text as given."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    detector = factory.create()
    detector.append(text)
    try:
        langs = detector.get_probabilities()
    except LangDetectException:
        return Language("und", 0.0)
    if not langs:
        return Language("und", 0.0)
    best = langs[0]
    return Language(best.lang, round(best.prob, 4))


def detect(text: str) -> Language:
    """The language of a document, the same answer on every run."""
    sample = _sample(text)
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return Language("und", 0.0)
    if sample.isascii() and len(words) >= _EN_CERTAIN_MIN_WORDS:
        share = sum(w.lower() in _EN_COMMON for w in words) / len(words)
        if share >= _EN_CERTAIN_SHARE:
            return Language("en", 1.0)
    return detect_langdetect(sample)


def detect_short(text: str) -> Language:
    """Language of a short span (a bracketed insertion); seeded langdetect."""
    return detect_langdetect(text)
