"""Nothing of a document outlives it: the pipeline's memos and caches of
the last text asked about must let go of a document once it is cleaned.
(A batch worker that cleaned one big page kept its lines, offset maps and
contexts, some 200 MB, until later documents happened to ask the same
functions again.)"""

import gc
import sys
import tracemalloc

from cleaner.model import Context
from cleaner.pipeline import Pipeline

SMALL = ("Council approves new budget\n\n"
         "The town council approved its budget on Monday after a long debate.\n\n"
         "Members said the plan would fund two new schools, the mayor said.\n")


def _big(n: int) -> str:
    # varied lines, so that the line rules, headline finders, name and
    # metadata rules all get to look at it (a page of stray one-word lines
    # and of sentences, bylines and dates)
    parts = []
    for k in range(n):
        parts.append(f"x{k % 7}")
        parts.append(f"Officials in the region of Norland{k % 13} said on Tuesday that "
                     f"the {k}th report was late, according to Jane Example.")
        if k % 50 == 0:
            parts.append("By Sam Writer | March 3, 2024")
    return "\n\n".join(parts) + "\n"


def _referrers_outside(obj: object, *mine: object) -> list:
    gc.collect()
    frame = sys._getframe()
    return [r for r in gc.get_referrers(obj)
            if r is not frame and not any(r is m for m in mine)]


def test_no_context_outlives_its_document():
    p = Pipeline()
    p(_big(300))
    gc.collect()
    # a Context holds the document's metadata and its offset map (a list
    # per line of the text): none may stay reachable
    assert [o for o in gc.get_objects() if isinstance(o, Context)] == []


def test_big_text_not_reachable_after_a_small_one():
    p = Pipeline()
    p(SMALL)
    big = _big(300)
    p(big)
    p(SMALL)
    held = _referrers_outside(big, locals())
    assert held == [], [type(r).__name__ for r in held]


def test_memory_after_a_big_document_is_given_back():
    p = Pipeline()
    p(SMALL)
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        p(_big(2000))
        peak = tracemalloc.get_traced_memory()[1] - base
        p(SMALL)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    # the memos kept across documents (per line verdicts, at most a few
    # thousand lines) may grow; the document's own structures may not
    assert kept < peak / 10, (kept, peak)



def test_corpus_memos_hold_no_more_than_their_bound_of_characters(monkeypatch):
    """The memos kept across documents on purpose (structure.corpus_memo:
    the local line rules' verdicts by line, the word marks of runs beyond
    ASCII) hold a few thousand entries each, but an entry is a line, and a
    corpus of one-line documents made each a long paragraph: 4,096 of them
    stayed. They are emptied once the documents they served add up to
    _CARRY_CHARS characters; under that they are kept (the lines the pages
    of a site share)."""
    from cleaner import structure
    from cleaner.rules import boilerplate

    monkeypatch.setattr(structure, "_CARRY_CHARS", 20_000)
    structure.new_document()
    monkeypatch.setattr(structure, "_carried", 0)
    p = Pipeline()
    menu = "Home | Harbour news | Sport | Weather"  # invented
    held = []
    for k in range(12):
        line = " ".join(f"The harbour board met for the {k}th time and sat {j} hours."
                        for j in range(60))   # one paragraph of some 3,500 characters
        p(f"{menu}\n\n{line}\n")
        held.append(sum(len(text) for memo in boilerplate._REMOVED.values() for text in memo))
        assert structure._carried <= structure._CARRY_CHARS
    # the long lines of many documents were never all held at once
    assert max(held) <= 20_000 + 4_000 and min(held) < max(held)
    # and under the bound, what a site's pages share is kept
    monkeypatch.setattr(structure, "_carried", 0)
    p(f"{menu}\n\n{SMALL}")
    assert any(menu in memo for memo in boilerplate._REMOVED.values())


def test_an_html_page_is_freed_once_read():
    # its tree is cyclic garbage (each element points to its parent and its
    # neighbours): left to the collector, whose full runs are rare, a page of
    # 100,000 elements stayed 100 MB after the documents that followed
    from cleaner.htmltext import html_document
    page = ("<html><body><h1>Talks</h1>" + '<div><a href="/news">News</a> and more</div>' * 2000
            + "<article><p>Text.<aside>Box.</aside></p></article><table><tr><td>1</td></tr>"
            "</table><ul><li>a<li>b</ul></body></html>")
    html_document(page)   # (the parser made and tried once)
    gc.collect()
    gc.disable()
    try:
        text, _ = html_document(page)
        garbage = gc.collect()
    finally:
        gc.enable()
    assert text.startswith("Talks\n\nTalks\n\nNews and more\n\n")
    assert garbage < 100, garbage


def test_the_allocator_gives_back_memory_after_a_big_file_only(tmp_path, monkeypatch):
    # the freed blocks of a big page's tree stay in the C allocator's heap
    # (a worker 10-17 MB above its siblings): after a file of
    # GIVE_BACK_BYTES or more it is asked to give them back; not after
    # each small one (a call per file)
    from cleaner import batch
    from cleaner.pipeline import Settings
    batch._init_worker(Settings())
    calls: list[int] = []
    monkeypatch.setattr(batch, "_give_back", lambda: calls.append(1))
    monkeypatch.setattr(batch, "GIVE_BACK_BYTES", 5000)
    small, big = tmp_path / "small.html", tmp_path / "big.html"
    small.write_text("<p>The council met on Monday.</p>")
    big.write_text("<p>The council met on Monday.</p>" * 200)
    for path in (small, big, small):
        res = batch._work(batch._FileTask(source=0, path=str(path), display=path.name,
                                          format="html", keep_original=False))
        assert res.text.startswith("The council met on Monday.")
    assert calls == [1]
    monkeypatch.undo()
    batch._give_back()   # (glibc's malloc_trim, or nothing: never an error)
    assert batch._TRIM is not None


def test_a_page_of_tiny_lines_holds_little_a_line():
    """A page of 20,000 one-letter paragraphs, each a copy of the first
    that B004 removes: 20,000 findings, edits and changes, whose memory is
    their own size (slotted, not a ``__dict__`` each), the offset maps'
    machine integers, and no findings kept once applied. (1,277 bytes a
    line at the peak and 345 kept with the document before: 300,000 such
    lines peaked at 484 MB.)"""
    p = Pipeline.default()
    p.run(SMALL)
    p.run("x\n\n" * 300)
    gc.collect()
    n = 20_000
    tracemalloc.start()
    try:
        doc = p.run("x\n\n" * n)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert doc.text == "x\n" and len(doc.changes) >= n - 1
    # (797 and 238 before the changes shared their strings, B101 its
    # reasons and L004's pattern kept no stack a blank line)
    assert peak / n < 760 and kept / n < 210, (peak / n, kept / n)


def test_changes_share_their_equal_messages_and_removed_texts():
    """20,000 removals of copies of one line: one message string and one
    removed text for them all, not a slice or a formatted message each."""
    p = Pipeline.default()
    doc = p.run("An invented headline\n\n" + "Share on Facebook\n\n" * 2000
                + "A sentence of the article, long enough to be one.\n")
    chrome = [c for c in doc.changes if c.before.startswith("Share")]
    assert len(chrome) == 2000
    assert len({id(c.before) for c in chrome}) == 1
    assert len({id(c.message) for c in chrome}) == 1


def test_changes_of_distinct_lines_keep_their_own_texts():
    """Negative: sharing changes no change: each says what it removed."""
    lines = [f"Share on Facebook {k}" for k in range(3)] + ["Share on Twitter"]
    text = "An invented headline\n\n" + "\n\n".join(lines) + \
        "\n\nA sentence of the article, long enough to be one.\n"
    slow = Pipeline(fast=False).run(text)
    doc = Pipeline.default().run(text)
    assert slow.changes == doc.changes
    removed = [c for c in doc.changes if c.before.startswith("Share")]
    assert sorted(c.before for c in removed) == sorted(f"{line}\n" for line in lines)
    assert all(text[c.offset:c.offset + len(c.before)] == c.before for c in removed)


def test_block_reasons_of_a_run_of_copies_are_one(monkeypatch):
    """B101's working data for 20,000 copies of one block: one (code,
    reason) for them all (306 bytes a block at the peak before, a reason
    string and a tuple each)."""
    from cleaner import blocks, structure
    monkeypatch.setattr(structure, "FAST", True)   # (as a Pipeline(fast=False) left it)
    n = 20_000
    page = ["An invented headline",
            "The council met on Tuesday to discuss the budget, and it agreed."] + ["Read more"] * n
    blocks.classify_blocks(page)   # (what is loaded or memoised once, so)
    gc.collect()
    tracemalloc.start()
    try:
        verdicts = blocks.classify_blocks(page)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert verdicts[5].code == "B103" and not verdicts[5].keep
    assert peak / n < 230, peak / n


def test_a_run_of_blank_lines_is_matched_in_constant_memory():
    """L004's pattern (and the pipeline's layout test) on 200,000 blank
    lines: no stack a line (a repeated group kept a mark for each, 25 MB
    here), and the same matches as the pattern it stands for."""
    import random
    import re
    from cleaner.pipeline import _BREAK_RUN
    from cleaner.rules.layout import _BREAKS
    text = "x" + "\n" * 200_000 + "y"
    for pattern in (_BREAKS, _BREAK_RUN):
        tracemalloc.start()
        try:
            spans = [m.span() for m in pattern.finditer(text)]
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert spans == [(1, 200_001)] and peak < 1 << 20, peak
    old = re.compile(r"\n(?:[ \t]*\n)*")
    rng = random.Random(4)
    for _ in range(5000):
        t = "".join(rng.choice("\n \tx\r") for _ in range(rng.randint(0, 24)))
        for pattern in (_BREAKS, _BREAK_RUN):
            assert [m.span() for m in pattern.finditer(t)] == \
                [m.span() for m in old.finditer(t)], repr(t)
