"""The data model: documents, rules, findings and the changes they cause.

A :class:`Rule` looks at the text of a document and returns :class:`Finding`
objects. A finding may carry a fix (an :class:`Edit`: span -> replacement) and
metadata the rule extracted. The pipeline applies fixes, and records each one
as a :class:`Change`; findings without a fix are reported as they are. The same
findings serve ``clean`` (apply), ``check`` (report) and ``--diff`` (show).
"""
from __future__ import annotations

import inspect
import textwrap
from dataclasses import MISSING, FrozenInstanceError, dataclass, field, fields
from typing import Any, Callable, ClassVar, Iterable, Iterator, Mapping, TypeVar

from . import lazyre

_C = TypeVar("_C", bound=type)


def frozen(cls: _C) -> _C:
    """``@dataclass(frozen=True, slots=True)``, quicker to make: the
    dataclass's ``__init__`` sets each field by ``object.__setattr__`` (a
    frozen one's own ``__setattr__`` refuses), a C call a field and a lookup
    of the name; this one calls each field's slot descriptor (its
    ``__set__``, bound once). Slots, not a ``__dict__``: the pipeline makes a
    :class:`Finding`, an :class:`Edit` and a :class:`Change` for every fix,
    and the block rules a verdict for every block; a page of 300,000 tiny
    lines that all go holds 300,000 of each, and a ``__dict__`` made each
    twice its size (a :class:`Change` 256 bytes, slotted 144). Equality,
    hashing, pickling, the refusal to be changed, ``dataclasses.replace``
    and ``fields`` are the dataclass's. A class whose dataclass ``__init__``
    does more than set each field in order (a ``__post_init__``, a default
    factory, a field out of ``__init__``, keyword-only or an ``InitVar``)
    is refused."""
    cls = dataclass(frozen=True, slots=True)(cls)
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: a __post_init__")
    defaults: dict[str, Any] = {}
    # (the instance and the setters under names no field can clash with)
    params, body = [], []
    for f in fields(cls):
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: a default factory")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"__frozen_default_{f.name}"] = f.default
            params.append(f"{f.name}=__frozen_default_{f.name}")
        defaults[f"__frozen_set_{f.name}"] = getattr(cls, f.name).__set__
        body.append(f"__frozen_set_{f.name}(__frozen_self__, {f.name})")
    source = (f"def __init__(__frozen_self__, {', '.join(params)}):\n    "
              + "\n    ".join(body) + "\n")
    exec(source, defaults)  # (as dataclasses makes its __init__)
    init = defaults["__init__"]
    if _params(init) != _params(cls.__init__):
        raise TypeError(f"{cls.__name__}: an __init__ not of its fields in order")
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__, init.__annotations__ = cls.__init__.__doc__, cls.__init__.__annotations__
    cls.__init__ = init
    # (the dataclass's own refusal calls super() with the class it was
    # given, not the slotted copy it returns: a TypeError for a name that
    # is no field, seen with Python 3.11; a slotted instance takes no
    # other name anyway)
    cls.__setattr__, cls.__delattr__ = _refuse_setattr, _refuse_delattr
    return cls


def _refuse_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _params(function: Callable[..., Any]) -> list[tuple[str, Any, Any]]:
    """The parameters of a method but its first: name, kind, default."""
    return [(p.name, p.kind, p.default)
            for p in list(inspect.signature(function).parameters.values())[1:]]


#: Stages in the order the pipeline runs them.
STAGES = (
    "unicode",     # encoding repair, control characters, odd spaces
    "markup",      # stray HTML tags and entities
    "structure",   # metadata headers and credits
    "headline",    # the headline: breadcrumbs and site names taken off
    "blocks",      # general heuristics over the blocks of a page (they judge
                   # each line in its context, so they see the page as it came)
    "lines",       # whole-line boilerplate from phrase lists
    "spans",       # machine-translation and punctuation debris
    "names",       # canonical names
    "layout",      # paragraphs, blank lines, final newline
    "report",      # findings only (fragments, language)
)


@frozen
class Edit:
    """Replace ``text[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str = ""


@frozen
class Finding:
    """What a rule found at ``text[start:end]``, with an optional fix."""

    code: str
    message: str
    start: int
    end: int
    fix: Edit | None = None
    metadata: Mapping[str, Any] | None = None
    safe: bool = True


@frozen
class Change:
    """A fix the pipeline applied. ``line``/``col`` (1-based; a line ends at
    ``\\n``, ``\\r\\n`` or a lone ``\\r``) and ``offset``
    point into the input document as it was given to the pipeline."""

    code: str
    name: str
    message: str
    line: int
    col: int
    offset: int
    before: str
    after: str
    safe: bool = True   # False: the fix may change meaning (a name inside a quotation)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


@frozen
class Report:
    """A finding that was reported, not fixed (positions into the input).

    ``out_offset``: where it is in the cleaned text, for what lists the
    reports left in a file once it is rewritten (``check --fix``, as ruff
    lists what its fixes leave, at their place in the fixed file); None
    where it was not said. Not part of :meth:`as_dict`: ``line``, ``col``
    and ``offset`` stay positions into the input (a ``--report`` file, the
    API), except in what ``check --fix`` lists on stdout (text and
    ``--output-format json``), which gives positions in the rewritten file."""

    code: str
    name: str
    message: str
    line: int
    col: int
    offset: int
    excerpt: str
    out_offset: int | None = field(default=None, compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "out_offset"}


@dataclass
class Document:
    """A document in the pipeline: its text, metadata, changes and reports.

    ``record``: the text is a field of a record (a JSONL line, a dataset
    row), not a file: it keeps the ending it came with (a final newline only
    if it had one) instead of ending as a text file does (rule L005).
    ``from_html``: the text was extracted from an HTML page, so every tag was
    parsed already and a ``<b>`` or ``&amp;`` left in it was text on the page
    (escaped there): the markup rules leave it alone.
    ``undecoded_at``: offsets in ``text`` of the U+FFFD that reading the
    file put in place of bytes it could not decode (the batch's
    :func:`cleaner.io.decode_bytes`), as against those the text came with:
    rule U007 says which it reports; ``undecoded_unplaced``: it put some in,
    but where is not known (the text extracted from an HTML page that had
    its own too)."""

    text: str
    id: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    original: str | None = None
    record: bool = False
    from_html: bool = False
    undecoded_at: frozenset[int] = frozenset()
    #: the reading put U+FFFD in where the text had its own too, and the
    #: places of its own are not known (a page's text extracted from HTML)
    undecoded_unplaced: bool = False

    @property
    def changed(self) -> bool:
        return self.original is not None and self.text != self.original

    def as_dict(self, with_changes: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "text": self.text,
                               "metadata": dict(self.metadata)}
        if with_changes:
            out["changes"] = [c.as_dict() for c in self.changes]
            out["reports"] = [r.as_dict() for r in self.reports]
        return out


@dataclass
class Context:
    """What a rule may know beside the text: the document's language and
    metadata so far, and the pipeline's settings."""

    language: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    settings: Any = None
    enabled: frozenset[str] = frozenset()   # codes of the rules in the pipeline
    #: whether the text ends with a newline when clean: a file does; a
    #: record's text does if it came with one (see Document.record)
    final_newline: bool = True
    #: the text came out of an HTML page: markup in it is the page's text
    #: (see Document.from_html)
    from_html: bool = False
    #: offsets in the input of the U+FFFD its reading put in place of bytes
    #: it could not decode (see Document.undecoded_at)
    undecoded_at: frozenset[int] = frozenset()
    #: (see Document.undecoded_unplaced)
    undecoded_unplaced: bool = False
    #: a position in the text at hand, as an offset in the input (the
    #: pipeline's; None: the same)
    to_input: Callable[[int], int] | None = None
    #: the captions whose photo credit M003 took from their line in this
    #: document, as ``structure.normalise`` has them: the caption left is
    #: no prose of the article's for the block heuristics (rules/blocks.py)
    captions: set[str] = field(default_factory=set)


class Rule:
    """One named unit of cleaning.

    Subclasses set ``code`` (stable, e.g. ``B003``), ``name`` (kebab-case,
    names the pattern), ``stage``, a docstring with the headings *What it
    does* and *Why*, and ``example`` (before, after) — the example is run by
    the test suite, so a rule's documentation cannot drift from what it does.
    ``check`` returns findings; a finding with ``fix`` is fixable.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    stage: ClassVar[str]
    fixable: ClassVar[bool] = True
    example: ClassVar[tuple[str, str]] = ("", "")
    #: A *local* rule judges each line (the text between two ``\n``) on its
    #: own: whether it finds something in a line depends only on that line's
    #: text (and on the document's language and the settings, never on
    #: ``ctx.metadata``), every finding overlaps the line it is about, and it
    #: finds nothing in a text in none of whose lines it finds anything. The
    #: pipeline then re-checks only lines it has not seen clean before
    #: (tests/test_fastpath.py checks the claim rule by rule).
    local: ClassVar[bool] = False
    #: Whether the rule's verdict may depend on the text's *layout*: how
    #: many line breaks (and lines of spaces and tabs) stand between two
    #: lines, blank lines at the start, white space at the end: all that
    #: L004 and L005 change. A rule that declares ``sees_layout = False``
    #: finds nothing in a text whose layout alone differs from one it found
    #: nothing in (with the same metadata); the pipeline then does not ask
    #: it again: the confirming pass after a pass whose last changes were
    #: L004's and L005's, as most are (tests/test_fastpath.py checks the
    #: claim rule by rule).
    sees_layout: ClassVar[bool] = True

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    # -- helpers for subclasses -------------------------------------------
    def finding(self, message: str, start: int, end: int,
                replacement: str | None = None, code: str | None = None,
                **kw: Any) -> Finding:
        """A finding of this rule's, or under ``code`` (the block rules
        report each removal under the code of the heuristic that made it)."""
        fix = None if replacement is None else Edit(start, end, replacement)
        return Finding(code or self.code, message, start, end, fix, **kw)

    def drop_line(self, text: str, start: int, end: int, message: str,
                  **kw: Any) -> Finding:
        """A finding that deletes the line holding ``text[start:end]``, with
        its newline."""
        start = text.rfind("\n", 0, start) + 1
        nl = text.find("\n", end)
        s, e = line_span(text, start, len(text) if nl < 0 else nl)
        return self.finding(message, s, e, "", **kw)

    @classmethod
    def summary(cls) -> str:
        # the first paragraph, whole (a sentence may run on to a second line),
        # its literals written as ``cleaner explain`` writes them (`Read |`)
        doc = inspect.cleandoc(cls.__doc__ or "").strip()
        return _markdown_literals(" ".join(doc.split("\n\n", 1)[0].split())) if doc else cls.name

    @classmethod
    def documentation(cls) -> str:
        # The first line of a docstring starts right after the quotes, the
        # others carry the source's indentation: dedent those after the
        # first (what ``inspect.cleandoc`` does), so every heading and
        # paragraph starts in column 1 and only the examples are indented.
        doc = inspect.cleandoc(cls.__doc__ or "").strip()
        # a blank line around each heading, as around "## Example" below
        lines: list[str] = []
        for line in doc.splitlines():
            if lines and lines[-1].startswith("## ") and line.strip():
                lines.append("")
            if line.startswith("## ") and lines and lines[-1].strip():
                lines.append("")
            lines.append(line)
        doc = _markdown_literals("\n".join(lines))
        before, after = cls.example
        kind = "fixable" if cls.fixable else "report-only"
        parts = [f"{cls.code} {cls.name} ({kind}, stage: {cls.stage})", "", doc]
        if before:
            parts += ["", "## Example", "", textwrap.indent(before.rstrip("\n"), "    "),
                      "", "## Fixed" if cls.fixable else "## Reported as is", ""]
            if cls.fixable:
                parts.append(textwrap.indent(after.rstrip("\n") or "(removed)", "    "))
        return "\n".join(parts) + "\n"


_REST_LITERAL = lazyre.compile(r"(?<!`)``([^`]+?)``(?!`)|:\w+:`([^`]+)`")


def _markdown_literals(doc: str) -> str:
    """The docstring's reST literals (````x````, ``:func:`x```) written as
    the Markdown code spans of the rest of the page (`` `x` ``): the page
    has Markdown headings, and ``cleaner explain`` prints it as it is."""
    return _REST_LITERAL.sub(lambda m: f"`{m.group(1) or m.group(2)}`", doc)


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, line)`` for each line; ``end`` excludes the
    newline."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            if pos < n:
                yield pos, n, text[pos:]
            return
        yield pos, nl, text[pos:nl]
        pos = nl + 1


def line_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend ``[start, end)`` (a line) so that deleting it also deletes its
    newline."""
    if end < len(text) and text[end] == "\n":
        return start, end + 1
    if start > 0 and text[start - 1] == "\n":
        return start - 1, end
    return start, end
