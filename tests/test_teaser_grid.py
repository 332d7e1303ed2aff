"""B104's grids of teasers: the "related stories" and "more from" boxes of a
page, three teasers or more in a row, each a short headline with a summary
of one or two sentences and/or a line of its date, time, author or reading
time. They go whole, wherever they stand, and the article around them
stays; an article's own short paragraphs, crossheads, Q&A, facts,
liveblog entries and announced listings do not read as one.

The fixtures are invented; the generated pages are tests/_teaser_pages.py's."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings
from cleaner.blocks import BlockOptions, classify_blocks, teaser_grids

from . import _teaser_pages

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Ferry service saved for the winter after council vote"
P1 = ("Councillors in Kestrel Bay voted on Thursday to pay for the winter crossings of the "
      "island ferry, which the operator had planned to suspend from November.")
P2 = ("The decision followed a long meeting in the old town hall, where islanders described "
      "how a winter without the ferry would cut them off from the hospital and the school.")
P3 = ("The subsidy will cost the council about £180,000 a year, and opposition members warned "
      "that the money would have to come from the budget for road repairs.")
P4 = ("The operator said it would publish a revised winter timetable for the ferry within a "
      "fortnight, with the first crossing leaving the harbour at seven.")
P5 = ("Islanders have campaigned for a permanent ferry arrangement for years, saying a service "
      "that stops every autumn makes it hard for young families to settle there.")
BODY = [P1, P2, P3, P4, P5]

TEASERS = [
    ("Library hours cut as county looks for savings",
     "Eleven branches will close on Mondays from January under the new plans."),
    ("Rare orchid found growing on a motorway verge",
     "Botanists had searched nature reserves for the plant for twenty years."),
    ("Bus company switches its whole fleet to electric",
     "The last diesel buses will leave the depot at the end of March."),
    ("Village school reopens after parents fund a new roof",
     "Forty-two pupils return after a sponsored walk and an auction paid for the work."),
]
DATES = ["12 March 2024", "9 March 2024", "2 March 2024", "27 February 2024"]
BYLINES = ["By Dana Whitlock", "By Omar Beckford", "By Lise Marchetti", "By Kofi Adair"]


def run(lines: list[str]):
    return PIPE.run("\n\n".join(lines) + "\n")


def grid(shape: str, n: int = 4, meta: list[str] = DATES) -> list[str]:
    """``n`` teasers of ``shape``: H headline, S summary, T a summary of two
    sentences, M a line of metadata."""
    out = []
    for (head, summary), m in list(zip(TEASERS, meta))[:n]:
        for c in shape:
            out.append({"H": head, "S": summary, "M": m,
                        "T": f"{summary} A final decision is due next month."}[c])
    return out


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


# -- grids that go ------------------------------------------------------------


def test_a_grid_with_dates_after_the_article_goes_whole() -> None:
    teasers = grid("HSM")
    doc = run([HEADLINE, *BODY, "More stories", *teasers, "About us", "Contact"])
    assert paragraphs(doc.text) == [HEADLINE, *BODY]
    codes = {c.before.strip(): c.code for c in doc.changes}
    assert all(codes[t] == "B104" for t in teasers)


def test_a_teasers_date_is_not_the_articles_date() -> None:
    # (taken as the article's date line, the first teaser's date went to
    # metadata and left its teaser without it)
    doc = run([HEADLINE, "Published 14 March 2024", *BODY, *grid("HSM")])
    assert doc.metadata.get("date") == "2024-03-14"
    doc = run([HEADLINE, *BODY, *grid("HSM")])
    assert "date" not in doc.metadata
    assert paragraphs(doc.text) == [HEADLINE, *BODY]


def test_a_side_grid_between_paragraphs_leaves_the_article_whole() -> None:
    teasers = grid("HM", meta=BYLINES)
    doc = run([HEADLINE, P1, P2, *teasers, P3, P4, P5])
    assert paragraphs(doc.text) == [HEADLINE, *BODY]
    # (a teaser's byline is no byline of the article)
    assert doc.metadata.get("author") is None


def test_the_short_paragraphs_after_a_side_grid_stay() -> None:
    tail = ["Campaigners called the decision a lifeline for the island.",
            "\u201cWe could not tell those families to wait for spring,\u201d the council "
            "leader said after the vote on the ferry."]
    doc = run([HEADLINE, P1, P2, P3, *grid("HM", meta=BYLINES), *tail])
    assert paragraphs(doc.text) == [HEADLINE, P1, P2, P3, *tail]


def test_a_grid_over_the_article_is_no_headline() -> None:
    doc = run(["Home", "News", "Sport", "Business", "Weather", *grid("HMS", meta=BYLINES),
               HEADLINE, "By Tamsin Okoro", *BODY])
    assert paragraphs(doc.text) == [HEADLINE, *BODY]
    assert doc.metadata.get("author") == "Tamsin Okoro"


def test_the_article_under_a_grid_of_the_same_shape_keeps_its_headline_and_lead() -> None:
    # the article's headline, byline and lead read as one more teaser
    # (headline, byline, summary): its words are the paragraphs' after it
    doc = run(["Home", "News", "Sport", "Business", "Weather", *grid("HMS", meta=BYLINES),
               HEADLINE, "By Tamsin Okoro", P1, P2, P3])
    assert paragraphs(doc.text) == [HEADLINE, P1, P2, P3]


def test_summaries_of_two_sentences_under_a_label() -> None:
    teasers = grid("HT", n=3)
    doc = run([HEADLINE, *BODY, "Related stories", *teasers])
    assert paragraphs(doc.text) == [HEADLINE, *BODY]


def test_a_label_no_phrase_list_knows_goes_with_its_grid_over_the_article() -> None:
    doc = run(["Elsewhere on the site", *grid("HSM"), HEADLINE, *BODY])
    assert paragraphs(doc.text) == [HEADLINE, *BODY]


FOOTER = ("The Kestrel Bay Courier is published every Thursday by a cooperative of its "
          "readers and is a member of the regional press standards body.")


def test_a_grid_after_the_article_then_a_footer_paragraph() -> None:
    # one paragraph after the grid that speaks of other things: no more
    # article (a page that is mostly sentences keeps it all the same, see
    # B105: the phrase-list rules judge its sentences)
    blocks = [HEADLINE, *BODY, *grid("HM", meta=BYLINES), FOOTER]
    vs = classify_blocks(blocks, "en")
    assert [b for b, v in zip(blocks, vs) if v.keep] == [HEADLINE, *BODY]
    assert vs[-1].code == "B105"


def test_the_article_goes_on_across_a_grid() -> None:
    # two paragraphs after it (or a crosshead and two paragraphs)
    for tail in ([P4, P5], ["What happens next", P4, P5]):
        blocks = [HEADLINE, P1, P2, P3, *grid("HM", meta=BYLINES), *tail]
        vs = classify_blocks(blocks, "en")
        assert [b for b, v in zip(blocks, vs) if v.keep] == [HEADLINE, P1, P2, P3, *tail]


def test_classify_blocks_names_the_grid() -> None:
    blocks = [HEADLINE, *BODY, *grid("HSM")]
    vs = classify_blocks(blocks, "en")
    assert [v.reason for v in vs[-12:]] == ["grid of 4 teasers (HSM)"] * 12
    assert all(v.keep for v in vs[:6])


def test_b104_off_leaves_the_grid_to_the_other_rules() -> None:
    blocks = [HEADLINE, *BODY, *grid("HSM")]
    vs = classify_blocks(blocks, "en", enabled={"B101", "B105"})
    assert not any(v.code == "B104" for v in vs)


# -- what is no grid -----------------------------------------------------------


def test_an_article_of_short_paragraphs_stays() -> None:
    short = ["The ferry will run all winter.", "The council voted for it on Thursday.",
             "It will cost about £180,000 a year.", "Islanders welcomed the news.",
             "The operator will publish a timetable soon.", "The first boat leaves at seven."]
    doc = run([HEADLINE, *short])
    assert paragraphs(doc.text) == [HEADLINE, *short]


def test_crossheads_over_short_paragraphs_stay() -> None:
    # a headline and a summary, four times, but no label of the page's over
    # them and no date: the article's crossheads over its paragraphs
    sections = ["What the council decided", "The winter crossings will be paid for by the council.",
                "How much it will cost", "The subsidy comes to about £180,000 a year.",
                "What islanders are saying", "Most welcomed the vote but want a permanent deal.",
                "When the timetable comes out", "The operator will publish it within a fortnight."]
    doc = run([HEADLINE, P1, *sections])
    assert paragraphs(doc.text) == [HEADLINE, P1, *sections]


def test_a_q_and_a_stays() -> None:
    qa = ["Q: Why did the council step in?",
          "A: Because the operator said the winter crossings lost money.",
          "Q: How long will the subsidy last?",
          "A: For one winter at first, then the council will review it.",
          "Q: Will fares go up?",
          "A: Not this year, the operator says.",
          "Q: What about the summer timetable?",
          "A: It does not change."]
    doc = run([HEADLINE, P1, *qa, P5])
    assert paragraphs(doc.text) == [HEADLINE, P1, *qa, P5]


def test_questions_and_answers_without_labels_stay() -> None:
    qa = ["Why did the council step in now?",
          "The operator said the winter crossings lost money every year.",
          "How long will the council pay for it?",
          "For one winter at first, and then the council will review it.",
          "Will the fares on the ferry go up?",
          "Not this year, the operator says, though it will look again."]
    doc = run([HEADLINE, P1, *qa, P5])
    assert paragraphs(doc.text) == [HEADLINE, P1, *qa, P5]


def test_a_list_of_short_facts_stays() -> None:
    facts = ["Route: Kestrel Bay to Gull Island", "Crossing time: 40 minutes",
             "Winter sailings: four a day", "Annual subsidy: £180,000",
             "First sailing: 7am"]
    doc = run([HEADLINE, P1, P2, "The service in figures:", *facts, P5])
    for line in facts:
        assert line in doc.text


def test_a_liveblog_with_titled_entries_stays() -> None:
    entries = ["10:42", "Ferry timetable published",
               "The operator has put the winter timetable online, with four sailings a day.",
               "10:15", "Islanders react to the vote",
               "Residents gathered at the pier this morning to celebrate the decision.",
               "09:58", "Council confirms the subsidy",
               "The council has confirmed it will pay about £180,000 a year."]
    doc = run(["Ferry vote live: winter crossings saved", *entries])
    assert paragraphs(doc.text) == ["Ferry vote live: winter crossings saved", *entries]


LISTING = ["Saturday 4 May", "Harbour fun run along the sea wall",
           "Runners set off from the pier at ten and finish at the lifeboat station.",
           "Sunday 5 May", "Open day at the old lighthouse keepers' cottages",
           "The cottages open their doors to visitors for the first time in a decade.",
           "Monday 6 May", "Brass band concert on the village green",
           "The town band plays its summer programme from two until five."]


def test_an_announced_listing_of_events_stays() -> None:
    # dates, titles and one sentence each, as teasers are: but a clause of
    # the article announces them
    intro = ("The bank holiday weekend brings three events, and the council has put on "
             "extra sailings for them:")
    blocks = [HEADLINE, P1, intro, *LISTING, P5]
    assert not teaser_grids(blocks)
    assert teaser_grids([HEADLINE, P1, intro[:-1] + ".", *LISTING, P5])  # (no colon)
    assert not any(v.code == "B104" for v in classify_blocks(blocks, "en"))


def test_every_headline_of_a_grid_is_another() -> None:
    # the same line over each short paragraph is a template of the article's
    repeated = []
    for (_, summary), date in zip(TEASERS, DATES):
        repeated += ["Read the council's statement here", summary, date]
    assert not teaser_grids([HEADLINE, P1, *repeated, P5])


def test_options_change_what_a_grid_is() -> None:
    blocks = [HEADLINE, *BODY, *grid("HSM", n=3)]
    assert classify_blocks(blocks, "en")[-1].code == "B104"
    strict = BlockOptions(teaser_min_run=4)
    assert classify_blocks(blocks, "en", options=strict)[-1].code != "B104"


# -- the generated pages -------------------------------------------------------


def test_generated_pages_are_deterministic() -> None:
    assert _teaser_pages.page(7) == _teaser_pages.page(7)
    assert _teaser_pages.page(7).text != _teaser_pages.page(8).text


@pytest.mark.parametrize("i", range(0, 40, 3))
def test_generated_page_keeps_its_article(i: int) -> None:
    page = _teaser_pages.page(i)
    got = set(PIPE.run(page.text).text.splitlines())
    assert [p for p in page.article if p not in got] == []


def test_generated_pages_lose_few_paragraphs_and_keep_few_teasers() -> None:
    # (main before B104's grids: 0.8% of the paragraphs lost, 60% of the
    # teasers' lines kept, 13% of the headlines wrong, on 1000 pages)
    m = _teaser_pages.measure(200)
    assert m["paragraphs lost"] <= 0.005
    assert m["teasers kept"] <= 0.25
    assert m["headlines wrong"] <= 0.08
