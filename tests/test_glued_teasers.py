"""B104's grids of teasers whose headline and summary a text dump ran into
one line ("… looks for savings The eleven branches will close …"): three or more
in a row under a label of the page's ("Most read") go whole, as a grid of
headlines over summaries does. Prose does not read so: its capitals come
after a mark or on names, and without a label no run of lines is a grid.

The fixtures are invented."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings
from cleaner.blocks import BlockOptions, classify_blocks, glued_teasers, teaser_grids

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Harbour dues to double for visiting yachts next summer"
P1 = ("The harbour board voted on Tuesday to double the dues paid by visiting yachts, "
      "saying the money would pay for new pontoons and a second fuel berth.")
P2 = ("Sailing clubs along the coast said the rise would drive visitors to other ports, "
      "and the chamber of commerce asked the board to phase it in over three years.")
P3 = ("The board's chair said the harbour had not raised its dues for a decade and that "
      "the pontoons, built in the 1980s, were no longer safe in a winter storm.")
P4 = ("A consultation on the new charges will open next month, and the board will take "
      "its final decision in the spring, before the season's first bookings.")
BODY = [P1, P2, P3, P4]

#: headline and summary, run into one line with no mark between them
GLUED = [
    "Library hours cut as county looks for savings The eleven branches will close on "
    "Mondays from January under the plans.",
    "Rare orchid found growing on a motorway verge Even the botanists who searched for "
    "it were surprised.",
    "Bus company switches its whole fleet to electric A last diesel bus will leave the "
    "depot at the end of March.",
    "Village school reopens after parents fund roof This term forty pupils return to "
    "classrooms that were shut in May.",
]
#: a teaser whose headline ends with a full stop reads as a summary alone
STOPPED = ("Ferry timetable changes again. It is the third change this year. Islanders "
           "say they have lost count.")


def run(lines: list[str]):
    return PIPE.run("\n\n".join(lines) + "\n")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# -- what a glued teaser is ---------------------------------------------------


def test_a_glued_teaser_is_a_headline_then_a_capitalised_function_word() -> None:
    assert glued_teasers(GLUED) == [True] * len(GLUED)


@pytest.mark.parametrize("line", [
    # real prose: the capitals come after a mark or on names
    P1, P2,
    "Share prices fell sharply in Tokyo on Monday as investors sold shares in the carmakers.",
    # a crosshead, and a headline alone
    "\u2018Stability is compromised\u2019",
    HEADLINE,
    # a function word after a function word: a month ("in May"), no glue
    "Prices fell across the whole region in May as demand slowed after the holiday.",
    # the pronoun and initials are capitals in any sentence
    "The minister told reporters on Monday I would never resign over the matter.",
    "The board named the new chair as Jane K Morton after a long meeting on Friday.",
    # a sentence ends before the capital: two sentences, no headline
    STOPPED,
    # a list item
    "- Library hours cut as county looks for savings The eleven branches will close.",
])
def test_prose_and_other_lines_are_no_glued_teasers(line: str) -> None:
    assert glued_teasers([line]) == [False]


def test_an_acronym_may_end_the_headline() -> None:
    line = ("Quiz show host quits live on TV This was her last series after a decade "
            "of Saturday nights.")
    assert glued_teasers([line]) == [True]


# -- grids that go ------------------------------------------------------------


def test_glued_teasers_under_a_label_after_the_article_go() -> None:
    doc = run([HEADLINE, *BODY, "Most read", *GLUED])
    assert paragraphs(doc.text) == [HEADLINE, *BODY]
    codes = {c.before.strip(): c.code for c in doc.changes}
    assert all(codes[t] == "B104" for t in GLUED)


def test_a_box_of_glued_teasers_between_the_article_and_the_footer_goes() -> None:
    # (the label between a paragraph and a teaser's sentence is no hole in
    # the article: the box goes whole, and the page's chrome after it)
    doc = run([HEADLINE, *BODY, "Most read", *GLUED, "Newsletter", "Email (required)",
               "Subscribe", "About us", "Contact"])
    assert paragraphs(doc.text) == [HEADLINE, *BODY]


def test_a_teaser_with_a_stopped_headline_inside_the_run_goes_with_it() -> None:
    teasers = [GLUED[0], GLUED[1], STOPPED, GLUED[2], GLUED[3]]
    doc = run([HEADLINE, *BODY, "Most read", *teasers])
    assert paragraphs(doc.text) == [HEADLINE, *BODY]


def test_classify_blocks_names_the_grid_and_its_label() -> None:
    blocks = [HEADLINE, *BODY, "Most read", *GLUED]
    label = blocks.index("Most read")
    vs = classify_blocks(blocks, "en", chrome=[label])
    assert [b for b, v in zip(blocks, vs) if v.keep] == [HEADLINE, *BODY]
    assert all(v.code == "B104" and v.reason.startswith("grid of 4 teasers")
               for v in vs[label + 1:])
    assert teaser_grids(blocks, "en", labels=[label]).keys() == set(range(label + 1, len(blocks)))


# -- what stays ---------------------------------------------------------------


def test_glued_lines_without_a_label_are_no_grid() -> None:
    # (between two paragraphs, with no label over them, three such lines
    # may be an article's; the other rules judge them)
    blocks = [HEADLINE, P1, *GLUED[:3], P2, P3]
    assert teaser_grids(blocks, "en") == {}
    assert all(v.code != "B104" for v in classify_blocks(blocks, "en"))


def test_two_glued_lines_under_a_label_are_no_grid() -> None:
    blocks = [HEADLINE, *BODY, "Most read", *GLUED[:2]]
    label = blocks.index("Most read")
    assert teaser_grids(blocks, "en", labels=[label]) == {}


def test_the_article_under_a_label_stays() -> None:
    # an article's prose under a label of the page's: its paragraphs, its
    # crosshead, its list of short facts, one line with a stray capital
    debris = ("The talks collapsed over the border question Which failed again in the "
              "autumn, officials said.")
    facts = ["Length: 240 metres", "Berths: 60", "Opened: 1987"]
    lines = ["Most read", P1, debris, "\u2018Stability is compromised\u2019", P2,
             "The harbour in figures:", *facts,
             "Share prices of the harbour company fell by a tenth on the news.", P3, P4]
    doc = run([HEADLINE, *lines])
    out = paragraphs(doc.text)
    # (the stray capital is the machine-translation debris rule's to mend)
    assert out == [HEADLINE, *[debris.replace("Which", "which") if x == debris else x
                               for x in lines[1:]]]
    assert all(c.code != "B104" for c in doc.changes)


def test_b104_off_leaves_glued_teasers_to_the_other_rules() -> None:
    blocks = [HEADLINE, *BODY, "Most read", *GLUED]
    label = blocks.index("Most read")
    on = {"B101", "B102", "B103", "B105"}
    vs = classify_blocks(blocks, "en", enabled=on, chrome=[label])
    assert all(v.code != "B104" for v in vs)


def test_options_change_what_a_glued_teaser_is() -> None:
    blocks = [HEADLINE, *BODY, "Most read", *GLUED]
    label = blocks.index("Most read")
    strict = BlockOptions(teaser_min_run=5)
    vs = classify_blocks(blocks, "en", options=strict, chrome=[label])
    assert all(v.code != "B104" for v in vs)
