"""B110: lines learned as boilerplate across a corpus (:mod:`cleaner.corpus`).

Stage ``lines``, so after the block heuristics (B101–B105): they judge each
line in its context, and the page they judge is the page as it came. Measured
on aeb-dev (lines learned from its 50 inputs, thresholds 5/20): with B110 in
``lines`` F1 is 0.946, as without it (precision 0.920, recall 0.973); run
before the block heuristics, menus taken out first leave less context to find
the chrome around them, and precision falls to 0.913 (F1 0.943). As a
``LineRule`` it also takes over, from the block heuristics, the lines it
matches, so the change names the more specific reason.
"""
from __future__ import annotations

from ..corpus import line_digest
from ..model import Context
from ..structure import Line
from . import register
from .boilerplate import LineRule

_MENU = ("Subscribe to our newsletter", "Advertisement")


@register
class CorpusRepeatedLine(LineRule):
    """A line that recurs across many documents of the corpus is removed.

    ## What it does
    Removes every copy of a line whose normalised form (case, digits,
    accents, punctuation folded: ``cleaner.corpus.normalise_line``) is one of
    the corpus's repeated lines, ``Settings.repeated_lines`` — the digests
    ``cleaner.corpus.learn`` finds in a first pass over the batch (a label in
    5 documents or more; a line that reads as text in 20 and 1% of them), or
    a file saved from an earlier run. The first line of a document (its
    headline) is kept. Without repeated lines the rule does nothing. The
    example assumes the corpus taught it ``Subscribe to our newsletter`` and
    ``Advertisement``.

    ## Why
    A site's menus, footers and disclaimers recur word for word in every page
    of the site; its articles do not. Counting lines across documents, as
    CCNet does (Wenzek et al. 2020), finds the boilerplate no phrase list
    knows.
    """

    code, name = "B110", "corpus-repeated-line"
    # its verdicts are the lines' (structure.lines) alone: blind to the
    # layout (see Rule.sees_layout)
    sees_layout = False
    example = ("Troops sent to the border\n\nSubscribe to our newsletter\n\n"
               "Kyiv said on Monday it would respond.\n\nADVERTISEMENT\n",
               "Troops sent to the border\n\nKyiv said on Monday it would respond.\n")
    #: Settings for the documented example (see tests/test_examples.py).
    example_settings = {"repeated_lines": frozenset(line_digest(s) for s in _MENU)}

    def matches(self, text: str, ls: list[Line], ctx: Context) -> list[str | None]:
        if not getattr(ctx.settings, "repeated_lines", None):
            return [None] * len(ls)
        return super().matches(text, ls, ctx)

    def match(self, line: Line, ls: list[Line], ctx: Context) -> str | None:
        repeated = ctx.settings.repeated_lines if ctx.settings else None
        if line.index == 0 or not repeated:
            return None
        if line_digest(line.text) in repeated:
            return "a line repeated across the corpus"
        return None
