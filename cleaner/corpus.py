"""Corpus-level repeated lines: boilerplate seen across many documents.

A site's menus, footers, disclaimers and labels recur, word for word, in every
page of the site; the article text does not. In a batch, a line that recurs
across many *documents* is therefore boilerplate, and every copy of it can go
(rule B110, :mod:`cleaner.rules.corpus`). This is the idea of CCNet's
paragraph deduplication (Wenzek et al. 2020: lines normalised, hashed to 64
bits, counted over a shard), made conservative for news:

* **A first pass learns**, a second cleans. :class:`RepeatedLines` counts, for
  each distinct normalised line, the number of documents it appears in (once
  per document, however often it repeats inside one). Memory is bounded by one
  64-bit hash per distinct line (a Python int → count): the text is never
  kept.
* **Counts are sums**, so learning is deterministic: the same lines are learned
  whatever the order of the documents and however they are split among
  workers; :meth:`RepeatedLines.merge` adds per-worker counters exactly.
* **Thresholds.** A line is *learned* when it appears in at least
  ``min_docs`` documents and at least ``min_fraction`` of them. Lines that
  read as text — any copy ends like a sentence (``He said.``, ``All rights
  reserved.``), or the line has ``long_words`` words or more — must reach the
  higher ``prose_min_docs`` / ``prose_min_fraction``:

  ======================  =======  ====================================================
  option                  default  why
  ======================  =======  ====================================================
  ``min_docs``            5        a label in 5 different pages is a template (menus,
                                   ``Advertisement``, ``Share this article``); 2–3
                                   pages can share a short line by chance (a crosshead
                                   ``What we know``, a syndicated headline)
  ``min_fraction``        0.0      off: a fraction grows with the corpus, so in a mixed
                                   corpus of many outlets it would miss one outlet's
                                   own chrome; the count is what says "template"
  ``prose_min_docs``      20       a sentence, a quote or a paragraph can legitimately
                                   recur in several articles of one story (a quote, a
                                   wire paragraph); a disclaimer recurs in *every*
                                   article of its outlet
  ``prose_min_fraction``  0.01     and in 1% of the corpus: a syndicated wire story
                                   copied by a few hundred outlets of a million pages
                                   keeps its paragraphs; the outlet that prints a
                                   disclaimer under 1% of a corpus leaves it to the
                                   phrase-list rules (B0)
  ``long_words``          8        a line of 8+ words reads as text even without a
                                   final stop
  ======================  =======  ====================================================

  A fraction is ``ceil(fraction × documents)``. A line with no letter left
  (numbers only: table cells, scores) is never counted.
* **Saved** as a text file of hex digests, one a line, after a ``#`` header
  that gives the thresholds and the corpus size, so that a later run (a
  pre-commit hook over one file) still knows the corpus's boilerplate
  (:func:`save`, :func:`load`). A file without that header is read as a
  hand-written list of lines, normalised and hashed here.

``learn(texts)`` is the one-call API; the learned
:attr:`RepeatedLines.digests` go to ``Pipeline.default(repeated_lines=...)``.
"""
from __future__ import annotations

import hashlib
import math
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import lazyre
from .structure import ends_like_sentence

#: The first line of a saved file.
MAGIC = "# cleaner repeated-lines v1"

_DIGITS = lazyre.compile(r"\d+")
_SPACES = lazyre.compile(r"\s+")
_ASCII_NON_ALNUM = lazyre.compile(r"[^a-z0-9]+")


class _Fold(dict):
    """``str.translate`` table, filled as characters are met: combining marks
    (accents after NFKD) deleted, punctuation, symbols, separators and
    control characters → space, the rest kept."""

    def __missing__(self, o: int) -> str | int | None:
        cat = unicodedata.category(chr(o))
        r: str | int | None = None if cat == "Mn" else " " if cat[0] in "PSZC" else o
        self[o] = r
        return r


_FOLD = _Fold()


def normalise_line(s: str) -> str:
    """A line folded for counting across documents: accents removed (NFKD,
    combining marks dropped), case folded, every run of digits → ``0``,
    punctuation and symbols → space, spaces collapsed.

    Runs of digits become one ``0`` so that ``3 min read`` and ``12 min read``,
    ``© 2021`` and ``© 2022`` count as the same line. Unlike
    :func:`cleaner.structure.normalise` (which the headline rules use), digits
    and accents are folded too.

    >>> normalise_line("  Ádvertisement — 12 Comments! ")
    'advertisement 0 comments'
    """
    if s.isascii():  # fast path, same result: ASCII punctuation and symbols
        return _SPACES.sub(" ", _DIGITS.sub("0", _ASCII_NON_ALNUM.sub(" ", s.lower()))).strip()
    s = unicodedata.normalize("NFKD", s).translate(_FOLD).casefold()
    s = _DIGITS.sub("0", s)
    return _SPACES.sub(" ", s).strip()


def _digest_int(norm: str) -> int:
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")


def _hex(d: int) -> str:
    return f"{d:016x}"


def _countable(norm: str) -> bool:
    """A line is counted when a letter is left: a line of numbers only (a
    table cell, a score, a page number) folds to ``0`` and would recur in
    every table of the corpus."""
    return any(c.isalpha() for c in norm)


def line_digest(s: str) -> str | None:
    """The hex digest (16 characters, 64 bits of BLAKE2b) of a line's
    normalised form; None for a line that is not counted (no letter in it:
    ``***``, ``—``, ``12``, ``3-1``)."""
    norm = normalise_line(s)
    return _hex(_digest_int(norm)) if _countable(norm) else None


def _reads_as_text(line: str, norm: str, long_words: int) -> bool:
    return ends_like_sentence(line) or norm.count(" ") + 1 >= long_words


@dataclass
class RepeatedLines:
    """Per-line document counts over a corpus, and the lines they make
    boilerplate.

    ``add(text)`` counts one document; ``merge(other)`` adds another
    counter (same options); ``digests`` is the frozenset of hex digests of the
    learned lines, for ``Settings.repeated_lines``.
    """

    min_docs: int = 5
    min_fraction: float = 0.0
    prose_min_docs: int = 20
    prose_min_fraction: float = 0.01
    long_words: int = 8
    documents: int = 0
    #: digest → (documents << 1) | reads-as-text flag (set if any copy did)
    counts: dict[int, int] = field(default_factory=dict, repr=False)

    # -- counting ------------------------------------------------------------
    def add(self, text: str) -> None:
        """Count one document: each distinct normalised line once."""
        seen: dict[int, int] = {}
        for raw in text.splitlines():
            line = raw.strip()
            if not line:
                continue
            norm = normalise_line(line)
            if not _countable(norm):
                continue
            d = _digest_int(norm)
            seen[d] = seen.get(d, 0) | _reads_as_text(line, norm, self.long_words)
        counts = self.counts
        for d, flag in seen.items():
            counts[d] = (counts.get(d, 0) + 2) | flag
        self.documents += 1

    def update(self, texts: Iterable[str]) -> "RepeatedLines":
        for t in texts:
            self.add(t)
        return self

    def _options(self) -> tuple:
        return (self.min_docs, self.min_fraction, self.prose_min_docs,
                self.prose_min_fraction, self.long_words)

    def merge(self, other: "RepeatedLines") -> "RepeatedLines":
        """Add ``other``'s counts to these (exact: counts are sums, flags an
        or), and return self."""
        if other._options() != self._options():
            raise ValueError("cannot merge counters learned with different options")
        counts = self.counts
        for d, v in other.counts.items():
            old = counts.get(d, 0)
            counts[d] = (((old >> 1) + (v >> 1)) << 1) | (old & 1) | (v & 1)
        self.documents += other.documents
        return self

    # -- what is learned -----------------------------------------------------
    def thresholds(self) -> tuple[int, int]:
        """(documents needed for a label, for a line that reads as text)."""
        n = self.documents
        label = max(self.min_docs, math.ceil(self.min_fraction * n), 1)
        prose = max(self.prose_min_docs, math.ceil(self.prose_min_fraction * n), label)
        return label, prose

    def _learned(self) -> Iterator[int]:
        label, prose = self.thresholds()
        for d, v in self.counts.items():
            if (v >> 1) >= (prose if v & 1 else label):
                yield d

    @property
    def digests(self) -> frozenset[str]:
        """Hex digests of the learned lines (for ``Settings.repeated_lines``)."""
        return frozenset(_hex(d) for d in self._learned())

    def document_count(self, line: str) -> int:
        """In how many documents the line (normalised) was seen."""
        norm = normalise_line(line)
        return self.counts.get(_digest_int(norm), 0) >> 1 if _countable(norm) else 0

    def __contains__(self, line: str) -> bool:
        return line_digest(line) in self.digests

    def save(self, path: str | Path) -> None:
        save(path, self.digests, self)


def learn(texts: Iterable[str], min_docs: int = 5, min_fraction: float = 0.0,
          prose_min_docs: int = 20, prose_min_fraction: float = 0.01,
          long_words: int = 8) -> RepeatedLines:
    """Count the lines of ``texts`` (one document each) and return the
    counter; ``.digests`` are the lines learned as boilerplate."""
    return RepeatedLines(min_docs, min_fraction, prose_min_docs, prose_min_fraction,
                         long_words).update(texts)


def save(path: str | Path, digests: Iterable[str],
         learned: RepeatedLines | None = None) -> None:
    """Write the digests, sorted, one a line, after a header comment."""
    head = [MAGIC]
    if learned is not None:
        label, prose = learned.thresholds()
        head.append(f"# documents={learned.documents} min_docs={learned.min_docs} "
                    f"min_fraction={learned.min_fraction} "
                    f"prose_min_docs={learned.prose_min_docs} "
                    f"prose_min_fraction={learned.prose_min_fraction} "
                    f"long_words={learned.long_words}")
        head.append(f"# a line is learned when it is in >= {label} documents "
                    f"(>= {prose} if it reads as text)")
    head.append("# 64-bit BLAKE2b of cleaner.corpus.normalise_line(line), hex, one a line")
    Path(path).write_text("\n".join(head + sorted(digests)) + "\n", encoding="utf-8")


_HEX = lazyre.compile(r"[0-9a-f]{16}")


def load(path: str | Path) -> frozenset[str]:
    """The digests of a file written by :func:`save`; a file without its
    header is a hand-written list of lines (``#`` comments and blank lines
    skipped), each normalised and hashed."""
    text = Path(path).read_text(encoding="utf-8")
    rows = [r.strip() for r in text.splitlines()]
    saved = bool(rows) and rows[0] == MAGIC
    out = set()
    for r in rows:
        if not r or r.startswith("#"):
            continue
        if saved:
            if not _HEX.fullmatch(r):
                raise ValueError(f"{path}: not a digest: {r!r}")
            out.add(r)
        else:
            d = line_digest(r)
            if d:
                out.add(d)
    return frozenset(out)
