"""Helpers that read a long line once (review 16 U3: time grew with the square
of a one-line document's length) give what the reading per position gave.
No test here asserts a time: each compares a helper with the plain
definition it replaces, on random texts (a fixed seed), or checks that a
long line is cleaned as its pieces are."""
from __future__ import annotations

import random

from cleaner import Pipeline, Settings, structure
from cleaner.model import Context
from cleaner.rules import REGISTRY, debris, metadata

PIPE = Pipeline(settings=Settings(assume_language="en"))


def _texts(alphabet: str, n: int = 3000, seed: int = 16):
    rnd = random.Random(seed)
    for _ in range(n):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        positions = sorted(rnd.randrange(0, len(text) + 1) for _ in range(rnd.randrange(1, 6)))
        if rnd.random() < 0.2:
            rnd.shuffle(positions)  # out of order: still right, only slower
        yield text, positions


def test_line_starts_are_those_of_rfind() -> None:
    for text, positions in _texts("ab \n\n"):
        starts = structure.LineStarts(text)
        assert [starts(p) for p in positions] == [text.rfind("\n", 0, p) + 1 for p in positions]


def test_quotations_closed_as_counted_from_the_line_start() -> None:
    def closed(text: str, pos: int) -> bool:
        before = text[text.rfind("\n", 0, pos) + 1:pos]
        return (before.count("“") <= before.count("”") and before.count("«") <= before.count("»")
                and before.count('"') % 2 == 0)

    for text, positions in _texts('a \n“”«»"'):
        quotations = debris._Quotations(text)
        assert [quotations.closed(p) for p in positions] == [closed(text, p) for p in positions]


def test_neighbours_of_a_line_read_in_place() -> None:
    def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
        before = text[:text.rfind("\n", 0, start) + 1].rstrip()
        after = text[end:].lstrip()
        return (before[before.rfind("\n") + 1:].strip(),
                after.split("\n", 1)[0].strip() if after else "")

    for text, positions in _texts("ab \n\n\t\u00a0\u2028\r\x1c:"):
        start, end = min(positions), max(positions)
        assert metadata._neighbours(text, start, end) == neighbours(text, start, end)


def test_doubled_words_on_a_long_line_follow_its_quotations() -> None:
    """T008 leaves a doubled word inside an open quotation, however many
    come before it on the line."""
    pieces = ["They discussed the the plan.", '"We discussed the the plan," he said.',
              '"It ended the the way', 'we hoped," she said.', "A a day passed."]
    line = " ".join(pieces * 200)
    found = list(REGISTRY["T008"]().check(line + "\n", Context(language="en")))
    per_piece = [len(list(REGISTRY["T008"]().check(p + "\n", Context(language="en"))))
                 for p in pieces]
    assert per_piece == [1, 0, 0, 0, 0]  # (in quotes, or "A a": a label)
    assert len(found) == 200 and {line[f.start:f.end] for f in found} == {"the the"}
    assert PIPE.run(line + "\n").text.count("the the") == 400


def test_sentence_line_is_the_pattern_it_replaces() -> None:
    """``pipeline._sentence_line`` (read from the line's end) finds what the
    pattern it replaces found (tried from every position: quadratic on a
    long line that does not end a sentence), on random lines of words,
    spaces of every kind, sentence punctuation and closing marks."""
    import re
    import itertools
    from cleaner import pipeline

    pattern = re.compile(r"\S\s+\S.*[.!?…][\"'”’»)\]]*\s*$")
    alphabet = "ab .!?…\"'”’»)]([“ \t\u00a0\u2028\u3000\r\x0b\x1c\x85"
    rnd = random.Random(12)
    lines = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 30)))
             for _ in range(20000)]
    small = "a .)\u00a0"
    lines += ["".join(p) for n in range(7) for p in itertools.product(small, repeat=n)]
    lines += ["a b.", "a  b .", " a.", "a .", "ab.", "a b.\u2028", "a b.) ", "a b. )",
              "a b…”’»)]", "a\u00a0b!", "\u3000a b?\u3000", "a b.x", ""]
    for line in lines:
        assert pipeline._sentence_line(line) == bool(pattern.search(line)), repr(line)


def test_mojibake_spans_of_a_long_line_are_those_of_the_whole_diff(monkeypatch) -> None:
    """U001 compares a long repaired line with the input a stretch at a time
    (``unicode._opcodes``; ``SequenceMatcher`` over the whole line took
    minutes on a 0.25 MB line): on lines of words some of which are
    mojibake, at every rate, the spans are those of the whole diff."""
    import ftfy
    from cleaner.rules import unicode

    rnd = random.Random(7)
    words = "the a ferry ran again on Monday, mayor’s “office” café naïve — über 2024 . and".split()
    for _ in range(120):
        rate = rnd.choice([0.005, 0.02, 0.1, 0.5, 1.0])
        line = " ".join(w.encode().decode("cp1252", "replace") if rnd.random() < rate else w
                        for w in (rnd.choice(words) for _ in range(rnd.randrange(50, 500))))
        fixed = ftfy.fix_text(line, unicode.FTFY_CONFIG)
        monkeypatch.setattr(unicode, "WHOLE_DIFF_TOKENS", 10**9)
        whole = unicode._changed_spans(line, fixed)
        monkeypatch.setattr(unicode, "WHOLE_DIFF_TOKENS", 0)
        assert unicode._changed_spans(line, fixed) == whole


def test_mojibake_spans_of_a_long_line_rebuild_the_repair(monkeypatch) -> None:
    """Whatever the edits (random ones over small alphabets, where a diff
    has many equally good answers), the stretch-at-a-time spans, applied
    to the input, give the repaired line."""
    from cleaner.rules import unicode

    monkeypatch.setattr(unicode, "WHOLE_DIFF_TOKENS", 0)
    rnd = random.Random(8)
    for _ in range(600):
        alphabet = rnd.choice(["ab ", "abcdef  ", "xyé \t"])
        old = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 600)))
        new = list(old)
        for _ in range(rnd.randrange(0, 12)):
            p, op = rnd.randrange(0, len(new) + 1), rnd.random()
            if op < 0.3:
                new[p:p] = rnd.choice(alphabet) * rnd.randrange(1, 4)
            elif op < 0.6:
                del new[p:p + rnd.randrange(1, 5)]
            else:
                new[p:p + 1] = rnd.choice(alphabet)
        new = "".join(new)
        out, at = [], 0
        for a, b, c, d in unicode._changed_spans(old, new):
            assert at <= a <= b
            out += [old[at:a], new[c:d]]
            at = b
        assert "".join(out) + old[at:] == new


def test_justext_revision_by_gaps_is_the_walk_to_the_neighbours() -> None:
    """blocks._justext_revise reads a gap between two good or bad blocks at
    a time; jusText's revision walks from each short or near-good block to
    its neighbours (quadratic over a long run of short lines)."""
    from cleaner.blocks import BAD, GOOD, NEARGOOD, SHORT, _justext_revise

    def neighbour(i, cls, step, ignore_neargood):
        j = i + step
        while 0 <= j < len(cls):
            if cls[j] in (GOOD, BAD) or (cls[j] == NEARGOOD and not ignore_neargood):
                return cls[j]
            j += step
        return BAD

    def revise(cls):
        new = list(cls)
        for i, c in enumerate(cls):
            if c != SHORT:
                continue
            p, n = neighbour(i, cls, -1, True), neighbour(i, cls, 1, True)
            if p == n:
                new[i] = p
            elif (p == BAD and neighbour(i, cls, -1, False) == NEARGOOD) or (
                    n == BAD and neighbour(i, cls, 1, False) == NEARGOOD):
                new[i] = GOOD
            else:
                new[i] = BAD
        cls2, new = new, list(new)
        for i, c in enumerate(cls2):
            if c == NEARGOOD:
                bad = neighbour(i, cls2, -1, True) == BAD and neighbour(i, cls2, 1, True) == BAD
                new[i] = BAD if bad else GOOD
        return new

    rnd = random.Random(16)
    kinds = [GOOD, NEARGOOD, SHORT, BAD]
    for _ in range(5000):
        weights = [rnd.random() for _ in kinds]
        cls = rnd.choices(kinds, weights, k=rnd.randrange(0, 30))
        assert _justext_revise(cls) == revise(cls), cls
    assert _justext_revise([SHORT] * 20000) == [BAD] * 20000
    cls = [GOOD] + [SHORT] * 5000 + [NEARGOOD] + [SHORT] * 5000 + [BAD]
    # (a short block is good when a near-good one stands between it and the bad side)
    assert _justext_revise(cls) == [GOOD] * 5002 + [BAD] * 5001
