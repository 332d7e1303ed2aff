"""The pipeline: ordered rules, fixes applied until the text is stable.

Every rule looks at the whole text and returns findings; the pipeline applies
the fixes of one rule at a time (non-overlapping, left to right), records each
as a :class:`~cleaner.model.Change` with its position in the *input*, and runs
the rules again until a pass changes nothing. Idempotence is therefore built
in: the output is a fixed point of the rules.
"""
from __future__ import annotations

import bisect
import codecs
import os
import re
import warnings
from array import array
from dataclasses import dataclass, replace
from itertools import accumulate, filterfalse
from operator import attrgetter
from typing import Any, Iterable, Mapping, Sequence, overload

from . import language as _language
from . import records as _records
from . import structure as _structure
from .config import (ConfigError, known_code_prefix, registry_problem, style_problem,
                     unknown_code)
from .model import STAGES, Change, Context, Document, Edit, Finding, Report, Rule
from .rules import REGISTRY, builtin_enabled, select_codes

MAX_PASSES = 8
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Settings:
    """Everything that configures a pipeline, in one frozen object.

    ``select`` / ``ignore`` take rule codes or code prefixes (``B``, ``T00``).
    ``languages``: the expected languages; a document detected in another, or
    in none confidently ("und"), is reported (G001) and, with
    ``other_languages="keep"``, left unchanged; with
    the default ``"clean"`` it is cleaned by the rules that hold in any
    language (the language-specific rules — debris, fragments, names — check
    the language themselves). ``assume_language`` skips detection and takes
    every document to be in that language. ``name_style`` picks the house
    style of the name registry; ``name_files`` adds the user's registries.
    ``repeated_lines`` are the hex digests of lines known to recur across a
    corpus (``cleaner.corpus.learn(texts).digests`` or ``corpus.load(path)``;
    rule B110). ``unsafe_fixes=False`` reports the fixes a
    rule marks unsafe (a name changed inside a direct quotation) instead of
    applying them, as ruff does. A document is reported (Q001) when
    cleaning keeps none of its words, or, with at least ``min_kept_words``
    words, fewer than ``min_kept_ratio`` of them, or fewer than half of
    them when it reads as an article (four lines in ten or more are
    sentences; a page dump of menus and links may lose most of its words
    rightly: see ``ARTICLE_MIN_KEPT_RATIO``). Bad settings (an unknown rule
    code, language or house style, a name registry that is missing or
    cannot be read) raise :class:`SettingsError` (a ``ValueError``) when the
    settings are made.
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    languages: tuple[str, ...] = ("en",)
    other_languages: str = "clean"
    assume_language: str | None = None
    name_style: str = "default"
    name_files: tuple[str, ...] = ()
    repeated_lines: frozenset[str] = frozenset()
    unsafe_fixes: bool = True
    min_kept_ratio: float = 0.10
    min_kept_words: int = 25

    def __post_init__(self) -> None:
        for name in ("select", "ignore", "languages", "name_files"):
            value = getattr(self, name)
            if isinstance(value, str):  # select="B" would be read as ("B",) by luck
                # what was meant, written out: ignore="B,T" is ignore=("B", "T")
                meant = tuple(v.strip() for v in value.split(",") if v.strip())
                raise SettingsError(f"{name}: a sequence of strings, not the string {value!r} "
                                    f"({name}={meant!r})")
            object.__setattr__(self, name, tuple(value))
        for name in ("select", "ignore"):
            for code in getattr(self, name):
                if not known_code_prefix(code):
                    raise SettingsError(f"{name}: {unknown_code(code)}")
        for code in (*self.languages, *((self.assume_language,) if self.assume_language else ())):
            if not _language.known(code):
                raise SettingsError(f"unknown language code {code!r}: neither langdetect nor "
                                    "the stop-word lists know it (ISO 639-1, e.g. 'en', 'de')")
        if self.other_languages not in ("clean", "keep"):
            raise SettingsError(f"other_languages: 'clean' or 'keep', not {self.other_languages!r}")
        if not 0 <= self.min_kept_ratio <= 1:
            raise SettingsError(f"min_kept_ratio: between 0 and 1, not {self.min_kept_ratio!r}")
        self._check_names()

    def _check_names(self) -> None:
        """The house style and the name registries, checked now rather than
        by the first document (in a batch, once per file)."""
        if not isinstance(self.name_style, str):
            raise SettingsError(f"name_style: a string, not {self.name_style!r}")
        problem = style_problem(self.name_style)
        if problem:
            raise SettingsError(f"name_style: {problem}")
        object.__setattr__(self, "name_style", self.name_style.strip().lower())
        for f in self.name_files:
            if not isinstance(f, (str, os.PathLike)):
                raise SettingsError(f"name_files: file names, not {f!r}")
            if not os.path.isfile(f):
                raise SettingsError(f"name_files: no such file {os.fspath(f)!r}")
        if not self.name_files:
            return
        from .names import NameRegistry
        try:
            NameRegistry.load(self.name_files, style=self.name_style)   # cached: compiled once
            return
        except Exception:  # noqa: BLE001 - whatever is wrong with it, say which file
            pass
        for f in self.name_files:
            try:
                NameRegistry.load([f], style=self.name_style)
            except Exception as exc:  # noqa: BLE001
                raise SettingsError(f"name_files: {os.fspath(f)}: {registry_problem(exc)}") \
                    from None
        raise SettingsError(f"name_files: {', '.join(map(os.fspath, self.name_files))}: "
                            "not a valid set of name registries")

    def with_(self, **kw: Any) -> "Settings":
        """These settings with ``kw`` changed; an unknown keyword is the
        ``TypeError`` that ``clean(text, foo=1)`` gives (naming the one
        meant), not dataclasses' bare one."""
        _check_setting_names(kw)
        return replace(self, **kw)


def _settings(**kw: Any) -> Settings:
    """``Settings(**kw)``, where an unknown keyword is a ``TypeError`` that
    names the one meant and the settings there are: ``clean(text,
    language="fr")`` (the command line's --language) said ``Settings.__init__()
    got an unexpected keyword argument 'language'``."""
    _check_setting_names(kw)
    return Settings(**kw)


def _check_setting_names(kw: dict[str, Any]) -> None:
    """Raise the ``TypeError`` of :func:`_settings` for an unknown keyword."""
    import dataclasses

    known = [f.name for f in dataclasses.fields(Settings)]
    for key in kw:
        if key not in known:
            import difflib

            close = difflib.get_close_matches(key, known, n=1)
            raise TypeError(f"unknown setting {key!r}"
                            + (f" (did you mean {close[0]!r}?)" if close else "")
                            + f"; the settings are {', '.join(known)}")


class SettingsError(ConfigError, ValueError):
    """A setting the pipeline cannot work with; the message says which."""


class ConvergenceError(RuntimeError):
    """The rules kept changing the text after MAX_PASSES passes."""


class _OffsetMap:
    """Maps positions in the current text back to the input text.

    A batch is the edits of one rule's pass, sorted and not overlapping
    (``Pipeline._apply``): their spans in the new text are sorted and do
    not overlap either, so the edit a position falls in or after is found
    by bisection (a scan of the batch for every finding took quadratic time
    on a text with many edits: 16,000 line endings took seconds)."""

    def __init__(self) -> None:
        # per batch: the edits' starts in the new text, their starts and
        # replacements' lengths, and the shift of the text after each (as
        # arrays of machine integers: 8 bytes a figure where a list holds
        # an int object of 32 and its pointer, for each of the 300,000
        # removals of a page of tiny lines)
        self._batches: list[tuple[Sequence[int], Sequence[int], Sequence[int],
                                  Sequence[int]]] = []

    def add(self, edits: Sequence[Edit]) -> None:
        new_starts, starts, lens, deltas = (array("q"), array("q"), array("q"),
                                            array("q"))
        delta = 0
        for e in edits:
            new_starts.append(e.start + delta)
            starts.append(e.start)
            lens.append(len(e.replacement))
            delta += len(e.replacement) - (e.end - e.start)
            deltas.append(delta)
        self._batches.append((new_starts, starts, lens, deltas))

    def to_input(self, pos: int) -> int:
        for new_starts, starts, lens, deltas in reversed(self._batches):
            k = bisect.bisect_right(new_starts, pos) - 1
            if k < 0:
                continue  # before the first edit
            if pos < new_starts[k] + lens[k]:  # inside replaced text: its start
                pos = starts[k]
            else:
                pos -= deltas[k]
        return pos


class _LineIndex:
    """``line:col`` of an offset in the input. A line ends at ``\n``, at
    ``\r\n`` and at a lone ``\r`` (an old Mac file's line break, shown as
    one by editors: its findings were all on line 1)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: Sequence[int] | None = None  # made when first asked

    def line_col(self, offset: int) -> tuple[int, int]:
        starts = self._starts
        if starts is None:
            text = self._text
            # (machine integers: one a line of the input, kept to the end)
            starts = self._starts = array("q", (
                [0] + [m.end() for m in re.finditer("\r\n?|\n", text)] if "\r" in text
                else _line_starts(text.split("\n"))))
        i = bisect.bisect_right(starts, offset) - 1
        return i + 1, offset - starts[i] + 1


def _line_starts(lines: list[str]) -> list[int]:
    """Where each of ``lines`` (a text split at ``\\n``) starts in the text:
    each after the one before and its newline (one C loop, no Python call a
    line)."""
    return list(accumulate(map((1).__add__, map(len, lines[:-1])), initial=0))


#: Metadata a document may carry several of (two photos, two agencies): a
#: later value is added after "; ". For other keys the first value stays.
ACCUMULATING_KEYS = frozenset({"credit", "photo_credit"})


def _merge_metadata(metadata: dict[str, Any], found: Mapping[str, Any]) -> None:
    for key, value in found.items():
        old = metadata.get(key)
        if old is None:
            metadata[key] = value
        elif key in ACCUMULATING_KEYS and value not in str(old).split("; "):
            metadata[key] = f"{old}; {value}"


def _name(code: str, rule: Rule) -> str:
    """The name of the rule a finding's code belongs to (a rule may report
    under the codes of the rules it decides for, see rules/blocks.py)."""
    return rule.name if code == rule.code else REGISTRY[code].name


#: ``_WORD``'s verdict on each ASCII character as a byte, for
#: ``bytes.translate``: ``a`` for a word character, a space for any other.
_WORD_MARKS = bytes(b"a"[0] if _WORD.match(chr(i)) else b" "[0] for i in range(128)) \
    + bytes(range(128, 256))  # (never met: the text is ASCII when translated)
#: The marks of a run of characters beyond ASCII, as ``_WORD_MARKS`` gives
#: them, remembered (curly quotes, dashes, accented letters recur).
_RUN_MARKS: dict[str, str] = _structure.corpus_memo()   # (a run may be a paragraph of CJK)
_RUN_MARKS_MAX = 4096


def _mark_run(error: UnicodeEncodeError) -> tuple[str, int]:
    """The encoding error handler of :func:`_word_count`: a run of
    characters beyond ASCII, each written as its mark (``\\w`` or not)."""
    run = error.object[error.start:error.end]
    marks = _RUN_MARKS.get(run)
    if marks is None:
        if len(_RUN_MARKS) >= _RUN_MARKS_MAX:
            _RUN_MARKS.clear()
        marks = _RUN_MARKS[run] = "".join(["a" if _WORD.match(c) else " " for c in run])
    return marks, error.end


codecs.register_error("cleaner.word-marks", _mark_run)


def _word_count(text: str) -> int:
    """``len(_WORD.findall(text))``, the runs of word characters, without
    making a string of each word (Q001's test counts the words of every
    document twice). Exact: ``\\w`` is a test of one character, so each
    character is written as ``a`` where it is a word character and as a space
    where not (ASCII by one table, the rare characters beyond it by the
    encoder's error handler), and a run of word characters starts at an
    ``a`` after a space or at the start. A text mostly beyond ASCII
    (Russian, Greek) would call the handler at every word: ``findall``."""
    if not text.isascii() and \
            len(text.encode("utf-8", "surrogatepass")) - len(text) > len(text) >> 3:
        return len(_WORD.findall(text))
    marked = text.encode("ascii", "cleaner.word-marks").translate(_WORD_MARKS)
    return marked.count(b" a") + marked.startswith(b"a")


#: An article (see :func:`_article_shaped`) that keeps fewer than this share
#: of its words is reported (Q001): the policy's "lose most of its text".
ARTICLE_MIN_KEPT_RATIO = 0.5
#: The share of a text's lines that are sentences from which it reads as an
#: article, not a page dump (as B101-B105 read it: ``rules.blocks``).
ARTICLE_SENTENCE_SHARE = 0.4


def _sentence_line(line: str) -> bool:
    """Whether a line (no newline in it) is a sentence: two words or more,
    then sentence punctuation, maybe closing quotes or brackets and spaces
    (what ``\\S\\s+\\S.*[.!?…]["'”’»)\\]]*\\s*$`` finds, read from the end:
    that pattern, tried from every word of a long line that ends otherwise,
    read the rest of the line each time, quadratic time)."""
    body = line.rstrip().rstrip("\"'”’»)]")
    return body[-1:] in (".", "!", "?", "…") and len(body[:-1].split(maxsplit=1)) > 1


def _article_shaped(text: str) -> bool:
    """Whether ``text`` reads as an article: at least
    ``ARTICLE_SENTENCE_SHARE`` of its non-empty lines are sentences (two
    words or more ending in sentence punctuation); a page dump's lines are
    mostly menus, labels and links."""
    lines = [x for x in text.split("\n") if x.strip()]
    return bool(lines) and sum(1 for x in lines if _sentence_line(x)) \
        >= ARTICLE_SENTENCE_SHARE * len(lines)


#: A line break and the blank lines after it (L004's paragraph break,
#: written as its ``_BREAKS`` is: no stack a blank line).
_BREAK_RUN = re.compile(r"\n(?:[ \t\n]*\n)?")


def _without_layout(text: str) -> str:
    """``text`` with its layout (see ``Rule.sees_layout``) taken out: each
    line break and the blank lines after it one line break, none at the
    start, no white space at the end. Two texts whose layout alone differs
    (as L004 and L005 make it) are the same without it."""
    return _BREAK_RUN.sub("\n", text.rstrip(" \t\n")).lstrip("\n")


class _Unlaid:
    """:func:`_without_layout` of the last few texts asked about (a rule's
    last text and the text at hand: the rules of a pass ask about the same
    texts in turn), by identity."""

    __slots__ = ("texts", "views")
    SIZE = 8

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.views: list[str] = []

    def __call__(self, text: str) -> str:
        for k, t in enumerate(self.texts):
            if t is text:
                return self.views[k]
        view = _without_layout(text)
        self.texts.insert(0, text)
        self.views.insert(0, view)
        del self.texts[self.SIZE:], self.views[self.SIZE:]
        return view


class _Lines:
    """``text.split("\\n")`` of the last text asked for, computed once."""

    __slots__ = ("text", "lines")

    def __init__(self) -> None:
        self.text: str | None = None
        self.lines: list[str] = []

    def __call__(self, text: str) -> list[str]:
        if self.text is not text:
            self.text, self.lines = text, text.split("\n")
        return self.lines


def _clean_lines(rule: Rule, lines: list[str], clean: set[str], ctx: Context) -> bool:
    """True if a local rule finds nothing in a text of these lines: each line
    it has found nothing in before is clean, and it finds nothing in the
    others, checked together as one text of those lines alone."""
    if clean.issuperset(lines):
        return True  # every line seen clean (most calls): one C loop, no list
    new = list(filterfalse(clean.__contains__, lines))   # (a C loop)
    if len(new) * 2 > len(lines):
        return False  # mostly new: the check of the whole text is as cheap
    if any(True for _ in rule.check("\n".join(new), ctx)):
        return False
    clean.update(new)
    return True


def _record_clean(clean: set[str], text: str, lines: list[str],
                  findings: list[Finding]) -> None:
    """Remember the lines of ``text`` that no finding touches (a character
    either side of each finding counted, to be safe): the runs of lines
    between the findings' lines, a slice each (a C loop a run, not a
    Python step a line)."""
    if not findings:
        clean.update(lines)
        return
    starts = _line_starts(lines)
    # each finding's first and last line, in order of the first
    spans = sorted([(bisect.bisect_right(starts, max(f.start - 1, 0)) - 1,
                     bisect.bisect_right(starts, f.end + 1) - 1) for f in findings])
    k = 0   # the first line no finding before has touched
    for a, b in spans:
        if a > k:
            clean.update(lines[k:a])
        if b >= k:
            k = b + 1
    clean.update(lines[k:])


class Pipeline:
    """An ordered list of rules; ``Pipeline.default().run(text)``.

    ``Pipeline(settings)`` (or ``settings=``, or the settings as keywords,
    ``Pipeline(ignore=("N",))``) is the built-in rules those settings
    choose; ``rules=`` runs the :class:`Rule` instances given instead.

    A pipeline is a plain picklable callable, so it can be handed to
    ``multiprocessing``, ``datasets.map`` or Dask as it is.
    """

    def __init__(self, rules: Iterable[Rule] | Settings | None = None,
                 settings: Settings | None = None, fast: bool = True,
                 **settings_kw: Any) -> None:
        if isinstance(rules, Settings):
            # Pipeline(Settings(...)), as clean_bag(bag, Settings(...)) takes
            # them: iterated as rules, it failed with "'Settings' object is
            # not iterable"
            if settings is not None:
                raise TypeError("give the settings once: Pipeline(settings) or "
                                "Pipeline(settings=settings), not both")
            rules, settings = None, rules
        if settings is not None and settings_kw:
            # one of them would be dropped without a word (ignore= turning nothing off)
            raise TypeError(f"give settings= or settings keywords ({', '.join(settings_kw)}), "
                            f"not both: settings.with_({', '.join(f'{k}=…' for k in settings_kw)}) "
                            "makes one from the other")
        self.settings = settings or _settings(**settings_kw)
        if rules is not None and (self.settings.select or self.settings.ignore):
            # the rules given are the ones run: a choice among the built-in
            # ones (keywords or a Settings') would be dropped without a word
            raise TypeError("give rules= or select=/ignore=, not both: select= and ignore= "
                            "choose among the built-in rules, rules= runs the ones given")
        #: ``fast=False`` turns off the shortcuts that must not change the
        #: output (the language test, rule memos, the lines cache), for
        #: tests/test_fastpath.py to compare against.
        self.fast = fast
        if rules is None:
            codes = select_codes(self.settings.select, self.settings.ignore)
            rules = [REGISTRY[c]() for c in codes]
        else:
            # Pipeline(["B002"]) failed in the sort: "'str' object has no attribute 'stage'"
            rules = [rules] if isinstance(rules, str) else list(rules)
            bad = next((r for r in rules if not isinstance(r, Rule)), None)
            if bad is not None:
                raise TypeError(f"rules= takes Rule instances (PageChrome()), not {bad!r}; "
                                "select= and ignore= choose built-in rules by code "
                                "(Pipeline.default(select=('B002',)))")
        order = {s: i for i, s in enumerate(STAGES)}
        self.rules: list[Rule] = sorted(rules, key=lambda r: (order[r.stage], r.code))
        self._fixers = [r for r in self.rules if r.stage != "report"]
        self._reporters = [r for r in self.rules if r.stage == "report"]
        self._codes = frozenset(r.code for r in self.rules)
        #: the pipeline's own reports (G001, Q001) that select/ignore turn
        #: off, as they turn off rules (and the batch's U008): said only,
        #: so the text is cleaned the same whether they are on or off
        self._silenced = frozenset(
            c for c in ("G001", "Q001")
            if not builtin_enabled(c, self.settings.select, self.settings.ignore))

    @classmethod
    def default(cls, **settings_kw: Any) -> "Pipeline":
        """The built-in rules, chosen and configured by the fields of
        :class:`Settings` (``Pipeline.default(ignore=("N",))``; an unknown
        field is a ``TypeError``, a bad value a :class:`SettingsError`)."""
        return cls(settings=_settings(**settings_kw))

    def __repr__(self) -> str:
        return f"Pipeline({len(self.rules)} rules, {self.settings!r})"

    @overload
    def __call__(self, doc: str | Document) -> Document: ...

    @overload
    def __call__(self, doc: Mapping[str, Any]) -> dict[str, Any]: ...

    def __call__(self, doc: str | Document | Mapping[str, Any]) -> Document | dict[str, Any]:
        """``run(doc)`` for a text or a Document; for a record (a mapping with
        a ``"text"`` field, as ``datasets.map`` passes), the record with its
        text cleaned (every other field kept)."""
        if isinstance(doc, Mapping):
            return self.clean_record(doc)
        return self.run(doc)

    def clean_record(self, record: Mapping[str, Any], text_key: str = "text",
                     id_key: str = "id", with_metadata: bool = False,
                     with_changes: bool = False) -> dict[str, Any]:
        """``record`` with ``record[text_key]`` cleaned; with ``with_metadata``
        the pipeline's metadata merged into ``"metadata"`` (the record's own
        values win; a string holding a JSON object stays such a string), with
        ``with_changes`` the changes and reports added. A field of the
        record's own is never overwritten: a ``metadata`` that is no object,
        or the record's own ``changes`` or ``reports``, stay as they are,
        with a warning, as ``cleaner clean --format jsonl`` leaves them."""
        if not isinstance(record, Mapping):
            # a JSON line that is no object ([1, 2], "text", null), or a
            # text handed to clean_record instead of run: said as the CLI
            # says it of such a line, not as an AttributeError on .get
            got = type(record).__name__
            raise TypeError(f"clean_record takes a record (a mapping with a {text_key!r} "
                            f"field), not {got}"
                            + (": Pipeline.run (or clean) cleans a text" if got == "str"
                               else ""))
        text = record.get(text_key)
        if not isinstance(text, str):
            # what the CLI says of such a JSONL line
            raise TypeError(f"record has no string field {text_key!r}"
                            f"{_records.text_key_hint(record, text_key, 'text_key=')}")
        given, metadata_as = (_records.record_metadata(record.get("metadata"))
                              if with_metadata else ({}, None))
        doc = self.run(Document(text, id=str(record.get(id_key, "") or ""),
                                metadata=given, record=True))
        out, notes = _records.record_out(record, doc, text_key, metadata_as, with_changes)
        for kind, message in notes:
            warnings.warn(f"record {doc.id or '(no id)'}: {message}{_records.HINTS[kind]}",
                          UserWarning, stacklevel=2)
        return out

    def run_html(self, page: str, id: str = "") -> Document:
        """Clean the text of an HTML page, as ``cleaner clean page.html -o
        DIR`` does: the text extracted from it (its title, then one
        paragraph per block element), cleaned, with the metadata its markup
        gives (JSON-LD date, author…) merged in. ``run`` cleans the text it
        is given as text: a page handed to it keeps its tags."""
        from .htmltext import html_document

        if not isinstance(page, str):
            return self.run(page)   # the TypeError run gives for bytes, None…
        text, given = html_document(page)
        # as the batch has it: the outlet the page's title names wins over
        # the one its markup gives
        source = given.pop("source", None)
        doc = self.run(Document(text, id=id, metadata=given, from_html=True))
        if source is not None:
            doc.metadata.setdefault("source", source)
        return doc

    def run(self, doc: str | Document) -> Document:
        """Clean one document. Safe to call from several threads: they take
        turns (see ``structure.DOCUMENT_LOCK``). A text is cleaned as text:
        a whole HTML page (``<!DOCTYPE html>``, ``<html>``…) given as a str
        is said in a warning, as ``run_html`` cleans its text."""
        return self._clean(doc)

    def _clean(self, doc: str | Document) -> Document:
        """``run``, for ``run`` and ``clean``: the warning below names the
        line that called either (``stacklevel=3``)."""
        if isinstance(doc, str) and doc[:64].lstrip("\ufeff \t\r\n")[:1] == "<":
            # (a text rarely starts with "<": the test, which imports the
            # HTML parser, runs only then)
            from .htmltext import looks_like_html
            if looks_like_html(doc):
                warnings.warn("cleaner cleans text: this is an HTML page, whose tags would "
                              "stay (Pipeline.run_html cleans the text extracted from a page)",
                              UserWarning, stacklevel=3)
        with _structure.DOCUMENT_LOCK:
            try:
                done = self._run(doc)
                if self._silenced:
                    done.reports[:] = [r for r in done.reports if r.code not in self._silenced]
                return done
            finally:
                # nothing of this document outlives it in the memos and
                # caches of the last text (a worker that cleaned one big
                # page would otherwise keep its lines and offsets), but
                # what the corpus memos keep, within their bound
                text = doc.text if isinstance(doc, Document) else doc
                _structure.new_document(len(text) if isinstance(text, str) else 0)

    def _run(self, doc: str | Document) -> Document:
        if isinstance(doc, str):
            doc = Document(doc)
        elif not isinstance(doc, Document) or not isinstance(doc.text, str):
            got = type(doc.text if isinstance(doc, Document) else doc).__name__
            raise TypeError(f"cleaner cleans text (str), not {got}"
                            + (": decode bytes first" if got in ("bytes", "bytearray") else ""))
        original = doc.text
        doc.original = original
        lines = _LineIndex(original)
        offsets = _OffsetMap()

        lang = (_language.Language(self.settings.assume_language, 1.0)
                if self.settings.assume_language
                else self._detect(original))
        doc.metadata.setdefault("language", lang.code)
        ctx = Context(language=lang.code, metadata=doc.metadata, settings=self.settings,
                      enabled=self._codes,
                      final_newline=not doc.record or original.endswith("\n"),
                      from_html=doc.from_html, undecoded_at=frozenset(doc.undecoded_at),
                      undecoded_unplaced=doc.undecoded_unplaced,
                      to_input=offsets.to_input)
        # the G001 of the language the text is cleaned in: replaced if the
        # cleaned text is detected again in another (see below)
        unexpected: Report | None = None
        if self._unexpected_language(lang.code):
            keep = self.settings.other_languages == "keep"
            unexpected = self._unexpected(lang, keep)
            doc.reports.append(unexpected)
            if keep:
                doc.text = original
                return doc

        text = original
        reports: list[tuple[Rule, Finding]] = []
        memo: list[tuple[str, dict[str, Any], list[Finding]] | None] = [None] * len(self._fixers)
        # per rule: whether it is blind to the layout (see Rule.sees_layout):
        # then a text whose layout alone differs from the one it last found
        # nothing in (its memo's) is not checked
        blind = [self.fast and not r.sees_layout for r in self._fixers]
        unlaid = _Unlaid()
        # per local rule: the lines it has found nothing in (see Rule.local)
        clean: list[set[str] | None] = [set() if self.fast and r.local else None
                                        for r in self._fixers]
        split = _Lines()
        shared: dict[str, str] = {}   # see _apply
        _structure.FAST = self.fast
        _structure.new_document()
        tried = {lang.code}
        passes = 0
        while True:
            if passes == MAX_PASSES:
                raise ConvergenceError(
                    f"{doc.id or 'document'}: rules did not converge after {MAX_PASSES} passes")
            passes += 1
            before = text
            reports = []
            for i, rule in enumerate(self._fixers):
                # A rule is a function of (text, ctx): given the text and the
                # metadata it saw last time, it finds the same again. The
                # confirming pass re-runs only the rules whose input changed.
                seen = memo[i]
                ok = clean[i]
                if seen is not None and seen[0] is text and seen[1] == doc.metadata:
                    findings = seen[2]
                elif ok and _clean_lines(rule, split(text), ok, ctx):
                    findings = []
                elif blind[i] and seen is not None and not seen[2] \
                        and seen[1] == doc.metadata and unlaid(seen[0]) == unlaid(text):
                    # it found nothing in a text whose layout alone differs
                    findings = []
                else:
                    findings = list(rule.check(text, ctx))
                    if self.fast:
                        memo[i] = (text, dict(doc.metadata), findings)
                    if ok is not None:
                        _record_clean(ok, text, split(text), findings)
                if not findings:
                    continue
                new = self._apply(rule, text, findings, doc, offsets, lines, reports, shared)
                if new is not text:
                    # the memo serves the text it was made for, which is
                    # gone now (and the layout test only texts it found
                    # nothing in): its findings, one a line a page of
                    # 300,000 tiny lines removes, are not kept with the
                    # changes made of them
                    memo[i] = None
                    text = new
            if text == before:
                if self.settings.assume_language or text == original:
                    break
                # Cleaning a mixed-language page can leave a text of another
                # language (the English menus and teasers gone, the Russian
                # paragraphs left), which cleaned again would be cleaned in
                # that one: clean it so now, to the text that reads as the
                # language it was cleaned in (idempotence).
                # The next run starts from what _detect says of the text
                # ("und" too, where the text reads as no language: a page
                # of menus in several), so this one ends there as well.
                again = self._detect(text)
                if again.code in tried or (
                        self._unexpected_language(again.code)
                        and self.settings.other_languages == "keep"):
                    break
                tried.add(again.code)
                lang = again
                if doc.metadata.get("language") == ctx.language:
                    doc.metadata["language"] = lang.code
                ctx = replace(ctx, language=lang.code)
                # G001 speaks of the language the text ends in: the first
                # one's goes, and one is made for the new one if unexpected
                if unexpected is not None:
                    doc.reports[:] = [r for r in doc.reports if r is not unexpected]
                    unexpected = None
                if self._unexpected_language(lang.code):
                    unexpected = self._unexpected(lang, False)
                    doc.reports.append(unexpected)
                memo = [None] * len(self._fixers)
                clean = [set() if ok is not None else None for ok in clean]
                passes = 0

        for rule in self._reporters:
            reports.extend((rule, f) for f in rule.check(text, ctx))
        for rule, f in sorted(reports, key=lambda rf: rf[1].start):
            pos = offsets.to_input(f.start)
            line, col = lines.line_col(pos)
            # (the last pass changed nothing: f.start is in the cleaned text)
            doc.reports.append(Report(f.code, _name(f.code, rule), f.message, line, col, pos,
                                      text[f.start:f.end], f.start))
        self._guard(doc, original, text)
        doc.text = text
        return doc

    def _unexpected_language(self, code: str) -> bool:
        """Whether a text in ``code`` is in none of the expected languages
        (none given: every language is expected). A language expected
        without its region takes in its regional codes: ``zh`` the
        ``zh-cn`` and ``zh-tw`` that langdetect answers."""
        expected = self.settings.languages
        return bool(expected) and code not in expected and code.split("-")[0] not in expected

    def _unexpected(self, lang: "_language.Language", keep: bool) -> Report:
        found = (f"'{lang.code}' (p={lang.probability:.2f})" if lang.code != "und" else
                 f"'und' (in no language confidently; closest '{lang.guess}', "
                 f"p={lang.probability:.2f})" if lang.guess else
                 "'und' (in no language confidently)")
        return Report(
            "G001", "unexpected-language",
            f"document is in {found}, not in {', '.join(self.settings.languages)}: "
            + ("left unchanged" if keep else "cleaned by the language-independent rules"),
            1, 1, 0, "", 0)

    def _detect(self, text: str) -> "_language.Language":
        """The language of ``text`` as the text alone says it
        (:func:`language.detect`): a language, or "und" where the text is not
        confidently in one, which is reported (G001) unless expected. Only a
        text too short or too bare to judge (fewer than MIN_WORDS words, or
        of running words: a headline, a list of names, a table) is taken to
        be in the first configured language: it says nothing against it."""
        lang = _language.detect(text, fast=self.fast)
        if lang.code == "und" and not lang.evidence and self.settings.languages:
            lang = _language.Language(self.settings.languages[0], lang.probability,
                                      evidence=False)
        return lang

    def _apply(self, rule: Rule, text: str, findings: list[Finding], doc: Document,
               offsets: _OffsetMap, lines: _LineIndex,
               reports: list[tuple[Rule, Finding]],
               shared: dict[str, str] | None = None) -> str:
        """Apply the fixes of ``rule``'s ``findings`` to ``text``, each
        recorded as a :class:`Change` of ``doc``; the findings without one
        go to ``reports``. ``shared``: the messages and removed texts of the
        changes so far, one string of each (a page of 300,000 copies of a
        line removes 300,000 equal strings, each a slice or a message of its
        own, 50 to 100 bytes each, held with the changes; a bounded memo, as
        a page of distinct lines repeats none)."""
        if shared is None:
            shared = {}
        edits: list[Edit] = []
        last_end = -1
        for f in sorted(findings, key=_SPAN):
            e = f.fix
            if e is not None and not f.safe and not self.settings.unsafe_fixes:
                f = Finding(f.code, f.message + " (unsafe fix not applied)", f.start, f.end)
                e = None
            if e is None:
                reports.append((rule, f))
                continue
            if e.start < last_end or text[e.start:e.end] == e.replacement:
                continue
            if e.start == e.end and e.start == last_end and edits and edits[-1].start == e.start:
                continue
            edits.append(e)
            last_end = e.end
            pos = offsets.to_input(e.start)
            line, col = lines.line_col(pos)
            if len(shared) >= _SHARED_MAX:
                shared.clear()
            before = text[e.start:e.end]
            doc.changes.append(Change(f.code, _name(f.code, rule),
                                      shared.setdefault(f.message, f.message), line, col, pos,
                                      shared.setdefault(before, before), e.replacement, f.safe))
            if f.metadata:
                _merge_metadata(doc.metadata, f.metadata)
        if not edits:
            return text
        parts: list[str] = []
        pos = 0
        for e in edits:
            parts.append(text[pos:e.start])
            parts.append(e.replacement)
            pos = e.end
        parts.append(text[pos:])
        offsets.add(edits)
        new = "".join(parts)
        _structure.edited(text, new, edits)  # (its lines, for the next rule)
        return new

    def _guard(self, doc: Document, original: str, text: str) -> None:
        """Report a document that cleaning took down to nothing or almost
        nothing, or an article (see :func:`_article_shaped`) that lost most
        of its words."""
        if text == original:
            return  # every word kept (min_kept_ratio is at most 1): no report
        before, after = _word_count(original), _word_count(text)
        # a document of any size cleaned down to no words at all is reported
        # too: a one-line "Share" is chrome, but the user should hear of it
        # (a page dump, most of its lines menus and links, may lose most of
        # its words rightly: only an article's losing most of them is news)
        if (before and not after) or (before >= self.settings.min_kept_words and (
                after < before * self.settings.min_kept_ratio
                or (after < before * ARTICLE_MIN_KEPT_RATIO and _article_shaped(original)))):
            # (the words of each rule's changes counted in one text of them
            # all, a line break between two: no word runs across it, and a
            # page of 300,000 removals is not counted a call a change)
            removed: dict[str, list[str]] = {}
            for c in doc.changes:
                removed.setdefault(c.code, []).append(c.before)
            by_rule = {code: _word_count("\n".join(b)) for code, b in removed.items()}
            worst = ", ".join(f"{k} {v}" for k, v in
                              sorted(by_rule.items(), key=lambda kv: -kv[1])[:3])
            doc.reports.append(Report(
                "Q001", "over-cleaned",
                f"cleaning kept {after} of {before} words; words removed by rule: {worst}",
                1, 1, 0, "", 0))


#: The most strings :meth:`Pipeline._apply` keeps to share (then it starts
#: again): the repeated ones of a page come back at once.
_SHARED_MAX = 4096

#: A finding's span, its sort key (one C call a finding, no lambda).
_SPAN = attrgetter("start", "end")

_DEFAULT: Pipeline | None = None


def clean(text: str, **settings_kw: Any) -> str:
    """Clean one document with the default pipeline and return its text.

    ``settings_kw`` are the fields of :class:`Settings` (``select``,
    ``ignore``, ``languages``, ``other_languages``, ``assume_language``,
    ``name_style``, ``name_files``, ``repeated_lines``, ``unsafe_fixes``,
    ``min_kept_ratio``, ``min_kept_words``), as in
    ``clean(text, languages=("en", "fr"), ignore=("N",))``; an unknown one
    is a ``TypeError``, a bad value a :class:`SettingsError`. Each call with
    settings builds a pipeline: to clean many texts, build one
    (``Pipeline.default(**settings_kw)``) and call its ``run``, which also
    gives the metadata and every change.
    """
    global _DEFAULT
    if settings_kw:
        return Pipeline.default(**settings_kw)._clean(text).text
    if _DEFAULT is None:
        _DEFAULT = Pipeline.default()
    return _DEFAULT._clean(text).text
