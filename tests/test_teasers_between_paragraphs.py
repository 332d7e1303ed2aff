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


# A river of teasers after the article whose summaries share no content word
# with their headlines (a summary that tells the story in other words): a
# headline, its summary, its stamp (a time, or the section's name), in the
# same order in each.
UNSHARED = [
    ("Rail fares to rise again in January", "3 hours ago", "Travel",
     "Season tickets between the coast and the city will cost almost five per cent more "
     "after the new year, the operators said, blaming energy bills."),
    ("Museum reopens its Roman gallery", "5 hours ago", "Culture",
     "Visitors can once more see the mosaic floor and the coin hoard found under the "
     "market square, after two years of restoration work."),
    ("Youth football league names new sponsor", "Yesterday", "Sport",
     "A building firm from the industrial estate will pay for kits and pitch hire for the "
     "under-twelves for three seasons, officials said."),
    ("Bakery chain to open three new branches", "Yesterday", "Business",
     "Shoppers in three market towns will get fresh loaves and pastries from next spring, "
     "creating around forty jobs, the owners said."),
]


def unshared(shape: str) -> list[str]:
    """The river in ``shape``: "H" headline, "S" summary, "T" time, "C"
    section, in that order in each teaser."""
    return [{"H": h, "T": t, "C": c, "S": s}[x] for h, t, c, s in UNSHARED for x in shape]


@pytest.mark.parametrize("closing", [None, *CLOSING])
@pytest.mark.parametrize("shape", ["HST", "HTS", "THS", "HSC", "CHS"])
def test_river_whose_summaries_share_no_word_with_their_headlines_removed(shape, closing):
    # (the summaries are as long as paragraphs and none speaks of its
    # headline in its words: they are no article's paragraphs, for they
    # do not go on with it either, nor does the line under the river)
    river = unshared(shape)
    out = clean([HEADLINE, *BODY, *river, *([closing] if closing else [])])
    assert [p for p in out if p in BODY] == BODY
    assert not set(river) & set(out)


# An explainer: a crosshead over each paragraph (the hard negative of a
# river of teasers without stamps, and of the article's paragraphs under a
# side column's teasers): every paragraph stays, and so does every crosshead
EXPLAINER_HEAD = "Harbour sea wall: what the decision means for the town"
EXPLAINER = [
    ("Why the wall is needed now",
     "The harbour has flooded four times in a decade, and the engineers told the inquiry that "
     "the old defences would not survive another winter of storms like the last."),
    ("How much the wall will cost",
     "The wall will cost 40 million, half of it from a government grant and the rest from the "
     "harbour trust's reserves and a loan that the harbour dues will repay."),
    ("What it means for the fishing fleet",
     "The fleet will keep using the inner basin while the wall is built in stages, and "
     "temporary pontoons on the eastern side will replace the moorings that are closed."),
    ("When the work will begin",
     "Work on the foundations of the wall is expected to start in the autumn, and the trust "
     "hopes to finish the last section of the harbour wall within three years."),
]


@pytest.mark.parametrize("closing", [None, CLOSING[1]])
@pytest.mark.parametrize("stamp", [None, "Sport", "2 hours ago"])
def test_explainer_with_a_crosshead_over_each_paragraph_kept(stamp, closing):
    # (with a line of the page's under its lead, the name of a section or
    # a time: still no river of teasers, for its paragraphs go on with the
    # article)
    lines = [EXPLAINER_HEAD, P1, *([stamp] if stamp else [])]
    for head, paragraph in EXPLAINER:
        lines += [head, paragraph]
    out = clean([*lines, *([closing] if closing else [])])
    assert [p for p in out if p not in (stamp, closing)] == \
        [EXPLAINER_HEAD, P1, *[x for pair in EXPLAINER for x in pair]]


def test_explainer_with_section_names_for_crossheads_kept():
    lines = [EXPLAINER_HEAD, P1]
    for name, (_, paragraph) in zip(["Flooding", "Money", "Fishing", "Timetable"], EXPLAINER):
        lines += [name, paragraph]
    out = clean([*lines, CLOSING[1]])
    assert [p for p in out if p in lines] == lines


# A timeline in the article: a date, what happened, a paragraph on it (the
# shape of a river of teasers with their stamps), between the lead and the
# last paragraph
TIMELINE = [
    ("14 March 2019", "Storm breaches the old harbour wall",
     "The storm surge broke through the old harbour wall in two places and flooded the lower "
     "streets of the old quarter, where the water stood a metre deep for a day."),
    ("2 February 2021", "Harbour trust asks for a new sea wall",
     "The harbour trust applied for permission to build a new sea wall along the outer quay, "
     "after its engineers said the old defences could not be repaired again."),
    ("9 May 2022", "Inquiry into the sea wall opens",
     "The planning inquiry into the sea wall opened in the town hall, and heard evidence from "
     "engineers, fishermen and residents of the harbour for six weeks."),
    ("6 March 2024", "Harbour trust wins approval for the wall",
     "The inspector approved the sea wall with temporary pontoons for the fishing fleet, and the "
     "harbour trust said the work on the wall would begin in the autumn."),
]


def test_timeline_in_the_article_kept():
    lines = [HEADLINE, P1]
    for when, what, paragraph in TIMELINE:
        lines += [when, what, paragraph]
    lines.append(P6)
    out = clean(lines)
    # (the dates go as the page's date lines, M004; what happened and the
    # paragraph on it stay)
    assert [p for p in out if p in lines and not p[:1].isdigit()] == \
        [p for p in lines if not p[:1].isdigit()]


# The same comments under their authors' names (a person's name of two
# words, not a handle), the last comment's "Reply" over the next head.
NAMED_COMMENTS = [
    "Margaret O'Neil", "3 hours ago", COMMENTS[2],
    "Reply", "Jane Morris", "2 hours ago", COMMENTS[6],
    "Reply", "Peter Hale", "1 hour ago", COMMENTS[10],
]


def test_a_name_under_the_last_comments_reply_is_a_comments_head():
    # a person's name and a time under a comment's "Reply" are the next
    # comment's head: the article's run does not cross them to the comment
    # under them as to a paragraph of its own (the block heuristics alone,
    # without the thread the block rule finds around them)
    blocks = [HEADLINE, *BODY, *NAMED_COMMENTS]
    verdicts = dict(zip(blocks, classify_blocks(blocks, "en")))
    assert all(verdicts[p].keep for p in BODY)
    assert not [v for v in verdicts.values() if v.reason.startswith("teaser between")]
    assert not verdicts[COMMENTS[6]].keep and not verdicts[COMMENTS[10]].keep


def test_a_name_and_a_time_between_paragraphs_without_a_reply_still_crossed():
    # a writer's name and a time alone between two paragraphs may head a
    # liveblog's entry: the paragraphs after them stay
    out = clean([HEADLINE, P1, P2, "Jo Bloggs", "2 hours ago", P3, P4, P5])
    assert [p for p in out if p in BODY] == [P1, P2, P3, P4, P5]
