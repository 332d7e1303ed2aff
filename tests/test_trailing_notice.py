"""B105's article run and a notice of the page's right after (or over) it.

A page's notice that a phrase list removes (an affiliate disclosure, "This
article contains affiliate links …") goes into the block classifier as
chrome, and chrome that is prose by its words weighs as a gap. At the end
of a page dump, with lines other rules remove between the article's last
paragraphs (sentences with account cues, B102), the last paragraphs were
then too light to hold the run on their own, and the run ended before them:
knowing the notice cost the article its last paragraphs, which the same
page kept when the notice was unknown (it carried them into the run as
prose). The run is now found again with such a notice weighed by its
words; where that run only reaches further by crossing paragraphs of prose
to the notice that ends it, those paragraphs stay and the notice goes by
its own rule. A long chrome block past a list of links (no paragraph
between) still anchors nothing, nor is the prose beyond a notice pulled
into the article.

The fixtures are invented text."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings
from cleaner.blocks import classify_blocks

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Harbour trust wins approval for new sea wall after long inquiry"
# a site's menu and footer, in words no phrase list knows (a page dump)
NAV = ["Harbour Life", "Coast Walks", "Fleet Talk", "Quay Market", "Tide Tables", "Old Quarter",
       "Boat Club", "Island Hop", "Sea Views", "Net Mending"]
FOOT = ["Gazette Logo", "Recommends", "Rail fares to rise again", "Museum reopens gallery",
        "Pier Cafe", "Lighthouse Tours", "Dune Trail", "Fish Supper", "Crab Nights", "Gull Watch",
        "Kelp Farm", "Rope Works"]
BODY = [
    "The harbour trust on Wednesday won approval for a sea wall costing 40 million after a "
    "planning inquiry that heard evidence from engineers, fishermen and residents for six weeks.",
    "Engineers told the inquiry that the existing defences had been breached four times in a "
    "decade, flooding the lower streets of the old quarter each time.",
    "Work on the foundations is expected to begin in the autumn and will be carried out in "
    "stages so that the fishing fleet can keep using the inner basin.",
]
# two paragraphs of the article that B102 removes for their account cues
CUED = [
    "If you only want the ferry pass, you can sign up for a free trial week. Afterwards the "
    "subscription costs 6.99 a month, or 69.99 for a whole year.",
    "An even better deal is to sign up for the ferry and bus bundle: the subscription then "
    "costs only 12.99 a month, saving 60 a year.",
]
LAST = [
    "Note: the bundle covers the night buses only on weekdays. If you want the weekend service "
    "as well, you will have to add it to your plan before you travel.",
    "Jo Bloggs is our transport correspondent and has covered the harbour for ten years.",
]
NOTICE = "This article contains affiliate links. We may earn a commission if you buy through them."


def clean(lines: list[str]) -> str:
    return PIPE.run("\n\n".join(lines) + "\n").text


def test_known_notice_after_the_article_keeps_its_last_paragraphs():
    out = clean(NAV + [HEADLINE] + BODY + CUED + LAST + [NOTICE] + FOOT)
    for p in BODY + LAST:
        assert p in out
    assert NOTICE not in out
    assert "Gazette Logo" not in out and "Rope Works" not in out and "Coast Walks" not in out


def test_the_same_page_with_a_sentence_of_its_own_there_keeps_them_too():
    # (the behaviour the known notice must not change: the lines over it)
    own = "The trust will publish the full inspector's report on its website next week."
    out = clean(NAV + [HEADLINE] + BODY + CUED + LAST + [own] + FOOT)
    for p in BODY + LAST:
        assert p in out


def _verdicts(blocks: list[str], chrome: list[int]) -> list[str]:
    return [v.code for v in classify_blocks(blocks, "en", chrome=chrome)]


def test_classifier_keeps_the_paragraphs_over_a_chrome_notice():
    blocks = [HEADLINE] + BODY + CUED + LAST + [NOTICE] + FOOT[:4]
    notice = blocks.index(NOTICE)
    as_prose = _verdicts(blocks, [])
    as_chrome = _verdicts(blocks, [notice])
    for i in (blocks.index(LAST[0]), blocks.index(LAST[1])):
        assert as_prose[i] == "" and as_chrome[i] == ""
    # the footer under it still goes
    assert all(as_chrome[i] for i in range(notice + 1, len(blocks)))


def test_long_chrome_past_a_list_of_links_anchors_nothing():
    # a consent blurb after the related links: no paragraph between, so
    # the links stay outside the article
    links = ["Rail fares to rise again in January", "Museum reopens its Roman gallery",
             "Youth football league names new sponsor"]
    blurb = ("We use cookies and similar technologies to improve your experience, to show you "
             "personalised content and to analyse our traffic. By continuing you consent to this.")
    blocks = [HEADLINE] + BODY + links + [blurb] + FOOT[:4]
    v = _verdicts(blocks, [blocks.index(blurb)])
    for link in links:
        assert v[blocks.index(link)] != ""
    for p in BODY:
        assert v[blocks.index(p)] == ""


def test_prose_beyond_a_notice_is_not_pulled_in():
    # readers' posts under the notice and a few lines of the page: the
    # run ends at the notice (the article's last paragraphs kept), and the
    # posts stay outside it, as they do when the notice is judged by its
    # words
    posts = [
        "I have lived by the quay for forty years and I have never seen the water come up as "
        "high as it did last winter, so I am glad something is finally being done about it.",
        "Forty million is a lot of money for a wall, and I would like to know who will pay for "
        "the upkeep once the grant has run out and the contractors have gone home.",
    ]
    blocks = ([HEADLINE] + BODY + CUED + LAST + [NOTICE]
              + ["Gull Watch", "Kelp Farm", "Pier Cafe", "Dune Trail"] + posts)
    v = _verdicts(blocks, [blocks.index(NOTICE)])
    for p in posts:
        assert v[blocks.index(p)] == "B105"
    for p in BODY + LAST:
        assert v[blocks.index(p)] == ""


def test_a_notice_over_the_article_keeps_the_paragraphs_under_it():
    # the same the other way round: the notice over the article's first
    # paragraphs, gaps between them and the rest of the body
    blocks = (NAV[:4] + [HEADLINE, NOTICE] + LAST + CUED + BODY + FOOT[:4])
    v = _verdicts(blocks, [blocks.index(NOTICE)])
    for p in LAST + BODY:
        assert v[blocks.index(p)] == ""


# -- the affiliate notice that opens on the reader's purchase (B009) --------

BODY2 = ("Councillors are expected to approve the budget for the works at their meeting next "
         "month, after a consultation with harbour users.")


@pytest.mark.parametrize("line", [
    "If you buy something through this post, Harbour Gazette may get a share of the sale. "
    "For more, learn more.",
    "When you buy through links on our site, we may earn a commission.",
    "When you purchase through links on our site, we may earn an affiliate commission. Learn more",
    "If you buy something through one of the links in this article, we may earn a commission.",
    "When you shop through retailer links on our site, we might earn affiliate commissions.",
    "If you buy through our links, we may be compensated.",
    "Harbour Gazette is supported by its audience. When you purchase through links on our "
    "site, we may earn an affiliate commission. Learn more",
    "Harbour Gazette is reader-supported. When you buy through links on our site, we may earn "
    "an affiliate commission.",
    # a call's own words after a comma are no clause of reporting
    "If you buy through links on our site, we may earn a commission; note that prices change.",
])
def test_an_affiliate_notice_on_the_readers_purchase_is_a_footer(line: str) -> None:
    doc = PIPE.run(f"{BODY[0]}\n\n{line}\n\n{BODY2}\n")
    assert doc.text == f"{BODY[0]}\n\n{BODY2}\n"
    assert [c.code for c in doc.changes if line in c.before] == ["B009"]


@pytest.mark.parametrize("line", [
    # the reader gets the share, not the site
    "If you buy shares through the app, you may get a share of the profits.",
    # reported as news: a clause of reporting before or after it, or no
    # site's own links and no "we" or name that earns
    "Retailers said that when you buy through links, sites may earn a commission.",
    "When you buy through the links in a review, the retailer may earn a commission, "
    "analysts said.",
    "When you buy through the links in a review, Harbour Mart may earn a commission, "
    "analysts said.",
    "If you buy a house through an agent, the agent will earn a commission of about 2 per cent.",
    "If you buy a ticket through the official site, Harbour Arena will get a share of the fee.",
    "When you buy through links, sites may earn a commission.",
    # a clause of reporting in the present, or with a verb of belief
    "When you buy through links on these sites, Harbour Search may get a share of the sale, "
    "critics warn.",
    "When you buy through links on these sites, Harbour Search may earn a commission, "
    "regulators believe.",
    # a clause of reporting whose verb comes before its subject
    "If you buy something through one of our links, we may earn a commission, said Ann Vale, "
    "who founded the site in 2019.",
    "If you buy through links on our site, we may earn a commission, wrote the editor in a note "
    "to readers.",
    "If you buy through the links in these guides, we might get a small share of the sale, "
    "explained Vale, who runs the site with two friends.",
])
def test_news_about_commissions_on_purchases_stays(line: str) -> None:
    assert line in PIPE.run(f"{BODY[0]}\n\n{line}\n\n{BODY2}\n").text


def test_one_list_of_reporting_verbs_for_the_notices_that_refuse_reported_lines() -> None:
    # the pitch, the call for letters and the affiliate notice refuse a
    # line that reports them with the same clause of reporting: one list
    from cleaner import resources
    verbs = resources.boilerplate()["reporting"]["verbs"]
    assert {"say", "says", "said", "warn", "believe", "joked", "told"} <= set(verbs)
    for section, key in (("consent", "pitches"), ("footer", "editor_calls"),
                         ("footer", "affiliate_notices")):
        patterns = [p for p in resources.entries(section, key)
                    if "{reporting}" in p or "said" in p]
        assert patterns and all("{reporting}" in p and "said" not in p for p in patterns), key
