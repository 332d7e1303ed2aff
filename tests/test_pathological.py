"""Pathological inputs scraped pages hold (tools/stress_scaling.py makes
them at growing sizes): each test here cleans one at a moderate size and
checks what comes out, and checks that a pattern rewritten to read such a
text once finds what the pattern it replaces found (on random texts, a
fixed seed). No test asserts a time."""
from __future__ import annotations

import random
import re

from cleaner import Pipeline, Settings
from cleaner.rules import layout, metadata

PIPE = Pipeline()

HEAD = ("Talks resume after strike closes ports\n\n"
        "The minister said on Tuesday that talks with union leaders would resume next week.\n\n")
LAST = "Unions said they would consider the offer.\n"


def _random_texts(alphabet: list[str], n: int = 3000, seed: int = 20):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 30)))


# --- runs of blank lines (each newline of the run read the rest of it again)

def test_a_run_of_blank_lines_between_paragraphs_is_one_break() -> None:
    for blank in ("\n", "  \n", " \t\n"):
        doc = PIPE.run(HEAD + blank * 5_000 + LAST)
        assert doc.text == HEAD + LAST


def test_a_sentence_torn_by_a_run_of_blank_lines_is_joined() -> None:
    first = ("The talks would resume when the unions and the minister met again in the "
             "capital after the")
    doc = PIPE.run(first + "\n" * 20_000 + "weekend of protests across the country ended.\n")
    assert doc.text == first + " weekend of protests across the country ended.\n"


def test_a_sentence_that_ends_before_a_run_of_blank_lines_stays_apart() -> None:
    first = ("The talks would resume when the unions and the minister met again in the "
             "capital next week.")
    second = "weekend protests across the country ended on Sunday.\n"
    doc = PIPE.run(first + "\n" * 20_000 + second)
    assert doc.text == first + "\n\n" + second


def test_credits_after_a_run_of_blank_lines_are_still_taken() -> None:
    doc = PIPE.run(HEAD + "\n" * 20_000 + "-with AAP\n")
    assert doc.metadata["credit"] == "AAP"
    assert doc.text == HEAD.rstrip("\n") + "\n"
    doc = PIPE.run(HEAD + "\n" * 20_000 + "Getty Images\n")
    assert doc.metadata["photo_credit"] == "Getty Images"
    assert doc.text == HEAD.rstrip("\n") + "\n"


#: The split-sentence break's pattern as it was, tried from every newline
#: of a run of blank lines (quadratic): the breaks found now must be its.
_OLD_SPLIT_NEXT = re.compile(r"\n(?:[ \t]*\n)+(?=[ \t]*(?!https?:|www\.)[a-z][a-z’'-]*[ ,;])")


def _old_split_breaks(text: str):
    for m in _OLD_SPLIT_NEXT.finditer(text):
        start = m.start()
        while start and text[start - 1] in " \t":
            start -= 1
        if start == 0 or not text[start - 1].islower():
            continue
        yield start, m.end()


def test_split_breaks_are_those_of_the_pattern_tried_at_every_newline() -> None:
    found = 0
    for text in _random_texts(["\n", "\n", " ", "\t", "a", "b ", "A", ".", "x,", "É", "\r"]):
        new = list(layout._split_breaks(text))
        assert new == list(_old_split_breaks(text)), repr(text)
        found += bool(new)
    assert found > 100


def test_lines_with_no_ascii_in_them_are_read_once_and_kept() -> None:
    # (WireCredit's openers were looked for from each newline through all
    # the lines after it holding no ASCII: a page of Chinese took seconds)
    chars = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分"
    rnd = random.Random(20)
    lines = ["".join(rnd.choice(chars) for _ in range(30)) + "。" for _ in range(3_000)]
    text = "\n\n".join(lines) + "\n"
    doc = PIPE.run(text)
    assert doc.text == text and "credit" not in doc.metadata


_OLD_WIRE_START = re.compile(metadata._WIRE_START.pattern.replace(
    rb"\n[\t\x0b\x0c\r \x1c-\x1f\x80-\xff]*?", rb"\n[\s\x1c-\x1f\x80-\xff]*?", 1))


def test_wire_openers_are_found_on_the_lines_the_old_pattern_found() -> None:
    def starts(pattern: re.Pattern[bytes], b: bytes) -> set[int]:
        return {b.rfind(b"\n", 0, m.end() - 1) + 1 for m in pattern.finditer(b)}

    assert _OLD_WIRE_START.pattern != metadata._WIRE_START.pattern
    alphabet = ["\n", "\n", " ", "\t", "\r", "é", "—", "-", "(", "with ", "x", "\x1c"]
    new, found = re.compile(metadata._WIRE_START.pattern), 0
    for text in _random_texts(alphabet):
        b = text.encode()
        assert starts(new, b) == starts(_OLD_WIRE_START, b), repr(text)
        found += bool(starts(new, b))
    assert found > 300


def test_standalone_photo_credits_are_found_on_the_lines_the_old_pattern_found() -> None:
    after_newline, at_start = metadata._photo_standalone()
    old = re.compile("\n" + at_start.pattern)

    def starts(pattern: re.Pattern[str], text: str) -> set[int]:
        return {text.rfind("\n", 0, m.end() - 1) + 1 for m in pattern.finditer(text)}

    alphabet = ["\n", "\n", " ", "\t", "\u00a0", "(", "[", "Getty", " Images", "AP Photo", "x"]
    found = 0
    for text in _random_texts(alphabet):
        assert starts(after_newline, text) == starts(old, text), repr(text)
        found += bool(starts(old, text))
    assert found > 300


# --- a function word repeated (each pass removed one of each pair: a run of
# --- 256 halved eight times and did not converge)

def test_a_long_run_of_one_function_word_is_written_once() -> None:
    pipe = Pipeline(settings=Settings(assume_language="en"))
    for word in ("a", "the", "of"):
        doc = pipe.run(HEAD + "It was " + f"{word} " * 5_000 + "day.\n\n" + LAST)
        assert doc.text == HEAD + f"It was {word} day.\n\n" + LAST
        t008 = [c for c in doc.changes if c.code == "T008"]
        assert len(t008) == 1 and t008[0].message == f"'{word}' written 5000 times"


def test_a_run_of_three_is_one_change_and_a_pair_still_reads_twice() -> None:
    pipe = Pipeline(settings=Settings(assume_language="en"))
    doc = pipe.run("The sides discussed the the the safety of of the plant.\n")
    assert doc.text == "The sides discussed the safety of the plant.\n"
    assert [(c.message, c.before) for c in doc.changes if c.code == "T008"] == [
        ("'the' written 3 times", "the the the"), ("'of' written twice", "of of")]


def test_a_run_broken_by_a_mention_or_a_name_keeps_them() -> None:
    pipe = Pipeline(settings=Settings(assume_language="en"))
    doc = pipe.run("He wrote the words 'the the' and the the the end came for The The.\n")
    assert doc.text == "He wrote the words 'the the' and the end came for The The.\n"


# --- a page of teasers in a row (each start of a run that is no grid read
# --- the run to its end again)

_WORDS = "river mountain harbour council budget festival railway school hospital election".split()
_LEAD = ("Talks resume after strike closes ports\n\n"
         "The minister said on Tuesday that talks with union leaders would resume next week "
         "after the breakdown.\n\n")
_CLOSE = ("Unions said they would consider the offer from the minister on Friday, after a "
          "meeting of their members in the capital.\n\n"
          "The strike has closed the main ports for a week and left hundreds of lorries "
          "waiting on the roads outside them.\n")


def _teasers(n: int, distinct: bool) -> str:
    out = []
    for i in range(n):
        a, b, c = _WORDS[i % 10], _WORDS[i // 10 % 10], _WORDS[i // 100 % 10]
        summary = (f"The {a} {b} {c} plan was discussed by officials on day {i}."
                   if distinct else "The minister said talks would resume.")
        out.append(f"{a.capitalize()} {b} plan {c} faces vote number {i}\n\n"
                   f"{i % 12 + 1} hours ago\n\n{summary}\n\n")
    return _LEAD + "".join(out) + _CLOSE


def _teasers_gone(text: str) -> bool:
    """The headline first, the closing paragraphs kept, no teaser's line."""
    return (text.startswith("Talks resume after strike closes ports\n\n")
            and text.endswith(_CLOSE) and "faces vote" not in text and "hours ago" not in text
            and "discussed by officials" not in text and "talks would resume." not in text)


def test_a_long_run_of_teasers_that_is_no_grid_is_read_once_and_cleaned() -> None:
    assert _teasers_gone(PIPE.run(_teasers(1_000, distinct=False)).text)


def test_a_grid_longer_than_is_read_at_a_time_is_removed_whole() -> None:
    doc = PIPE.run(_teasers(450, distinct=True))
    assert _teasers_gone(doc.text)
    grids = [c.message for c in doc.changes if c.code == "B104"]
    assert len(grids) >= 3 and all(m.startswith("grid of ") for m in grids)


def test_a_grid_under_the_bound_is_one_grid() -> None:
    doc = PIPE.run(_teasers(150, distinct=True))
    assert _teasers_gone(doc.text)
    assert {c.message for c in doc.changes if c.code == "B104"} == {"grid of 150 teasers (HMS)"}


# --- markup nested deeper than Python's recursion limit

def test_html_nested_thousands_deep_is_read_without_recursion() -> None:
    """Generated pages nest elements thousands deep (an unclosed <b> or
    <div> repeated); the walk over the tree recursed once an element and
    failed with RecursionError past about 1,000. The text in and after the
    nesting comes out in its order, one paragraph a block."""
    from cleaner.htmltext import html_to_text
    depth = 5_000
    html = ("<html><body><p>First paragraph.</p>" + "<div>" * depth
            + "<p>Deep <b>inside</b> it.</p>" + "</div>" * depth
            + "<p>After it.</p>" + "<b>" * depth + "bold" + "</b>" * depth + "</body></html>")
    assert html_to_text(html) == "First paragraph.\n\nDeep inside it.\n\nAfter it.\n\nbold\n"
