"""B105's article run across teasers flattened between its paragraphs.

A side column of related stories, dumped line by line into the body, leaves
a few short lines (a teaser's headline, "Updated: 3 hours ago", its
section, "Read more") between the article's paragraphs. Each such gap
weighs more than one paragraph of prose, so the densest run used to end at
the first one, and every paragraph after it was cut as "after the main
prose run": the worst loss this tool can make. The run now crosses a few
short lines to a paragraph that goes on with the article (it is not the
teaser's summary: it shares fewer than two content words with the lines
over it, and no more than with the article so far); the teasers' lines
go. A real river of teasers after the article (each headline over its own
summary) and a comment section after it still go.

The fixtures are invented text."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings
from cleaner.blocks import classify_blocks

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Harbour trust wins approval for new sea wall after long inquiry"
P1 = ("The harbour trust on Wednesday won approval for a sea wall costing 40 million after a "
      "planning inquiry that heard evidence from engineers, fishermen and residents for six weeks.")
P2 = ("Engineers told the inquiry that the existing defences had been breached four times in a "
      "decade, flooding the lower streets of the old quarter each time.")
P3 = ("Work on the foundations is expected to begin in the autumn and will be carried out in "
      "stages so that the fishing fleet can keep using the inner basin.")
P4 = ("Some fishermen had objected that the construction would block access to their moorings, "
      "but the inspector accepted a plan for temporary pontoons on the eastern side.")
P5 = ("The trust said the final section would be finished within three years, provided the "
      "government grant that covers half of the cost arrives on schedule.")
P6 = ("Local councillors welcomed the decision, saying that shops and homes near the quay had "
      "struggled to get insurance since the last winter storms.")
BODY = [P1, P2, P3, P4, P5, P6]

# (headline, time, section) of other stories, as a side column gives them
TEASERS = [
    ("Rail fares to rise again in January", "Updated: 2 hours ago", "Section: Transport"),
    ("Museum reopens its Roman gallery", "Updated: 4 hours ago", "Section: Culture"),
    ("Youth football league names new sponsor", "Updated: 7 hours ago", "Section: Sport"),
    ("Bakery chain to open three new branches", "Updated: 9 hours ago", "Section: Business"),
    ("Hospital car park charges scrapped for nurses", "Updated: 11 hours ago",
     "Section: Health"),
]


def clean(lines: list[str]) -> list[str]:
    doc = PIPE.run("\n\n".join(lines) + "\n")
    return [p.strip() for p in doc.text.split("\n\n") if p.strip()]


def interleaved(teasers: list[tuple[str, ...]], body: list[str] = BODY) -> list[str]:
    """The headline, then the body with one teaser after each paragraph but
    the last (as many as there are teasers)."""
    lines = [HEADLINE]
    for k, p in enumerate(body):
        lines.append(p)
        if k < len(teasers) and k < len(body) - 1:
            lines.extend(teasers[k])
    return lines


@pytest.mark.parametrize("count", [1, 2, 3, 5])
def test_paragraphs_between_teasers_kept_and_teasers_removed(count):
    out = clean(interleaved(TEASERS[:count]))
    assert out == [HEADLINE, *BODY]


def test_teasers_of_a_headline_and_a_time_only():
    # (a headline and a time over each paragraph have the shape of a grid
    # of teasers with summaries, but the "summaries" are as long as the
    # paragraphs around them: they are the article's. The times go as
    # chrome; each headline, alone between two paragraphs, still reads
    # as a crosshead and stays.)
    teasers = [t[:2] for t in TEASERS[:3]]
    out = clean(interleaved(teasers))
    assert [p for p in out if p in BODY] == BODY
    assert not any(t[1] in out for t in TEASERS)


def test_teasers_under_a_read_more_line():
    teasers = [("Read more", t[0], t[1]) for t in TEASERS[:3]]
    out = clean(interleaved(teasers))
    assert [p for p in out if p in BODY] == BODY
    assert "Read more" not in out
    assert not any(t[1] in out for t in TEASERS)


def test_grid_of_teasers_between_paragraphs_still_removed():
    # a side column's grid whose summaries are a line each, shorter than
    # the article's paragraphs, is a grid: it goes whole
    grid = []
    for head, when, _ in TEASERS[:3]:
        grid += [head, when, f"A short summary of the story about {head.lower()}."]
    out = clean([HEADLINE, P1, P2, *grid, P3, P4])
    assert out == [HEADLINE, P1, P2, P3, P4]


def test_article_ending_in_a_river_of_teasers_trimmed():
    river = [
        "Rail fares to rise again in January",
        "Updated: 2 hours ago",
        "Rail fares will rise by almost five per cent in January, the operators said.",
        "Museum reopens its Roman gallery",
        "Updated: 4 hours ago",
        "The Roman gallery of the museum reopens after a two-year restoration.",
        "Youth football league names new sponsor",
        "Updated: 7 hours ago",
        "A local builder will sponsor the youth football league for three seasons.",
        "Bakery chain to open three new branches",
        "Updated: 9 hours ago",
        "The bakery chain will open new branches in three market towns next year.",
    ]
    out = clean([HEADLINE, *BODY, *river])
    assert out == [HEADLINE, *BODY]


def test_comment_section_after_the_article_removed():
    comments = [
        "12 Comments",
        "Marina Jones",
        "3 hours ago",
        "About time too. My street has flooded twice since I moved here and nobody listened "
        "to us until now, so I hope the wall is built quickly.",
        "Peter Hale",
        "5 hours ago",
        "Forty million for a wall while the harbour car park is falling apart. I wonder who "
        "decided that this was the priority for the town.",
    ]
    out = clean([HEADLINE, *BODY, *comments])
    assert out == [HEADLINE, *BODY]


def test_comment_section_after_interleaved_teasers_removed():
    comments = [
        "2 Comments",
        "Marina Jones",
        "3 hours ago",
        "About time too. My street has flooded twice since I moved here and nobody listened "
        "to us until now, so I hope the wall is built quickly.",
    ]
    out = clean([*interleaved(TEASERS[:3]), *comments])
    assert out == [HEADLINE, *BODY]


def test_crosshead_between_paragraphs_still_kept():
    # (a lone short line is bridged by the run as before: no teaser)
    out = clean([HEADLINE, P1, P2, "Objections from the fleet", P3, P4, P5])
    assert out == [HEADLINE, P1, P2, "Objections from the fleet", P3, P4, P5]


def test_teaser_summary_under_short_lines_not_taken_for_the_article():
    # the paragraph under the short lines is their teaser's summary (it
    # speaks of the teaser's headline): the article's run ends before them.
    # (Judged by the block rules alone: in a text of mostly sentences the
    # pipeline keeps every sentence the phrase lists leave.)
    summary = ("Rail fares will rise again in January by almost five per cent, the operators "
               "said on Tuesday, blaming the cost of energy and new trains.")
    tail = ["Rail fares to rise again in January", "Updated: 2 hours ago",
            "Section: Transport", summary]
    blocks = [HEADLINE, P1, P2, P3, *tail]
    verdicts = classify_blocks(blocks, chrome=[5])
    assert [b for b, v in zip(blocks, verdicts) if v.keep] == [HEADLINE, P1, P2, P3]
    assert verdicts[-1].code == "B105"


def test_block_rules_cross_the_teasers_to_the_article_paragraphs():
    blocks = interleaved(TEASERS[:3], BODY[:4])
    verdicts = classify_blocks(blocks, chrome=[i for i, b in enumerate(blocks)
                                               if b.startswith("Updated:")])
    assert [b for b, v in zip(blocks, verdicts) if v.keep] == [HEADLINE, *BODY[:4]]
    # (the teasers' headlines and sections go, with their reason)
    assert {v.code for b, v in zip(blocks, verdicts) if not v.keep} <= {"B101", "B104"}


def test_notice_of_the_page_under_related_links_not_taken_for_the_article():
    # a line of the page's under two related links is not a paragraph of
    # the article's: too short for one
    notice = "This site uses a filter to reduce spam. Learn how your data is processed."
    blocks = [HEADLINE, P1, P2, P3, "Seven facts about the oldest harbours in Europe",
              "The ten biggest storms of the last century", notice]
    verdicts = classify_blocks(blocks)
    assert not verdicts[-1].keep


# A river of related stories after the article: each headline, its time and
# a summary as long as a paragraph that speaks of its own headline.
RIVER = [
    ("Driver charged after crash closes ring road", "2 hours ago",
     "A 41-year-old driver has been charged after a crash that closed the ring road for most "
     "of Saturday morning, police said, and two passengers were taken to hospital."),
    ("Library opening hours cut to save money", "5 hours ago",
     "Opening hours at the branch libraries will be cut by a day a week from April to save "
     "money, the county said, despite a petition signed by more than two thousand people."),
    ("Theatre festival returns to the castle grounds", "Yesterday",
     "The summer theatre festival returns to the castle grounds in July after a two-year "
     "break, with twelve plays staged by companies from across the region."),
]

# Sentences of the page's that close it under such a river.
CLOSING = [
    "When you buy through links on this page, we may earn a small commission.",
    "The views expressed in the comments are those of our readers, not of this newspaper.",
    "Our reporters cover the whole county every day, and we rely on readers like you to keep "
    "doing it.",
]


def river_of(count: int) -> list[str]:
    """``count`` teasers of the river's shape, every one another story."""
    if count <= len(RIVER):
        return [line for teaser in RIVER[:count] for line in teaser]
    towns = ["Ashford", "Bexley", "Crawley", "Dorking", "Epsom", "Farnham", "Guildford",
             "Hastings", "Ipswich", "Jarrow"]
    works = ["library", "museum", "swimming pool", "bus station", "market hall"]
    lines = []
    for u in range(count):
        town, work = towns[u % len(towns)], works[(u // len(towns)) % len(works)]
        lines += [f"{town} council backs {work} scheme number {u + 1}", f"{u % 23 + 1} hours ago",
                  f"Councillors in {town} backed the {work} scheme number {u + 1} on Monday "
                  f"after residents had campaigned for it for {u % 9 + 2} years, officials "
                  f"confirmed afterwards."]
    return lines


@pytest.mark.parametrize("closing", CLOSING)
@pytest.mark.parametrize("count", [3, 150])
def test_river_of_teasers_under_the_article_removed_with_a_closing_sentence(count, closing):
    # (the sentence under the river, a notice or an appeal of the page's,
    # does not make the river's summaries the article's paragraphs: each
    # speaks of its own headline)
    river = river_of(count)
    out = clean([HEADLINE, *BODY, *river, closing])
    assert [p for p in out if p in BODY] == BODY
    assert not set(river) & set(out)


def test_article_paragraphs_under_teasers_still_kept_above_a_closing_sentence():
    # the article's own paragraphs under a side column's headline and time
    # go on with the article, not with the headline over them: kept, with
    # a closing sentence of the page's under the last one
    teasers = [t[:2] for t in TEASERS[:3]]
    out = clean([*interleaved(teasers), CLOSING[1]])
    assert [p for p in out if p in BODY] == BODY
    assert not any(t[1] in out for t in TEASERS)


# Reader comments under the article, each under its author's handle and
# how long ago, with the last comment's "Reply" button over the next head.
COMMENTS = [
    "harbour_watcher", "3 hours ago",
    "About time too. My street has flooded twice since I moved here and nobody listened to us "
    "until now, so I hope the wall is built quickly and properly.",
    "Reply", "JaneM", "2 hours ago",
    "Forty million for a wall while the harbour car park is falling apart. I wonder who "
    "decided that this was the priority for the town this year.",
    "Reply", "pete.h", "1 hour ago",
    "Does anyone know whether the footpath along the quay will stay open during the works, "
    "because I walk the dog there every single morning.",
]


def test_comment_heads_are_not_taken_for_teasers_between_the_articles_paragraphs():
    # a handle and a time between two comments are a comment's head: the
    # article's run does not cross them to a comment as if to a paragraph
    # of its own, nor does it report them as teasers of the article
    doc = PIPE.run("\n\n".join([HEADLINE, *BODY, *COMMENTS]) + "\n")
    assert all(p in doc.text for p in BODY)
    assert not [c for c in doc.changes if "teaser between" in c.message]


@pytest.mark.parametrize("gap", [("Updated: 2 hours ago", "Sport"),
                                 ("Reply", "Updated: 2 hours ago", "Section: Transport")])
def test_a_side_column_gap_without_a_handle_still_crossed(gap):
    # one word of a section, not a handle, under a time: the article's
    # paragraphs after it stay
    out = clean([HEADLINE, P1, P2, *gap, P3, P4, P5])
    assert [p for p in out if p in BODY] == [P1, P2, P3, P4, P5]
