"""An advert's slot left in the text ("Advertisement", "ADVERT", "Story
continues below advertisement") is page chrome (B002) in any spelling, and
the article's run (B105) crosses it only where the article goes on under it.

A slot stands between the article's paragraphs and after its last one. A
line of known chrome between two paragraphs is a hole in the article (left
out of the blocks the heuristics judge, so that the run bridges it); so a
slot after the last paragraph, over a teaser's headline and its summary (a
line that is no sentence, then a sentence, as a crosshead over a paragraph
is), let the run take in the teasers, a promotion, a button under it. Now a
slot is a hole only with a paragraph of prose right over it and the article
going on under it (a paragraph right under it, or a sentence under a
crosshead or a caption, that goes on with the article rather than with the
lines over it: two of its words, or one of its headline's, or a quotation
it reports right under the slot); right under a paragraph where the article does not go on,
it ends the article's run; elsewhere it is a gap, as chrome is. A slot is
no label of a grid of teasers either: an explainer's crossheads over its
paragraphs under it stay.

The pages are invented, in the shapes of several kinds of outlets."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings
from cleaner.blocks import classify_blocks

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Mountain rescue team opens new base at the head of the valley"
BODY = [
    "The valley's volunteer mountain rescue team has moved into a new base beside the main "
    "road, ending almost twenty years of working out of a converted garage behind the pub.",
    "The building has room for two rescue vehicles, a drying room for wet kit and a control "
    "room from which call-outs across the fells can be coordinated through the night.",
    "Team members raised most of the money themselves, with sponsored walks, a fell race and "
    "a raffle, and a grant from the national park covered the rest of the cost.",
    "The team was called out more than a hundred times last year, most often to walkers who "
    "had been caught out by the weather or had slipped on the steep paths below the summit.",
    "Its leader said the new base would cut the time it took volunteers to get kit together "
    "and leave for a rescue, which can make a great difference on a winter night.",
    "An open day will be held at the base next month, when visitors will be able to see the "
    "vehicles and talk to the volunteers about staying safe on the hills.",
]
CROSSHEAD = "Years in a garage"

# the chrome of a page dumped line by line around the article
MENU = ["Skip to main content", "Menu", "News", "Sport", "Business", "Opinion", "Lifestyle",
        "Weather", "Property", "Jobs", "Search", "Sign in"]
BYLINE = ["By Ana Ruiz", "Published: 12 March 2024"]
TRENDING = ["Trending", "Council tax to rise by five per cent", "Road closed after landslip",
            "Quiz: how well do you know the coast?", "Ten of the best pubs with a view",
            "Pictures of the week"]
FOOTER = ["Local News", "Farming", "Walking", "Letters", "Obituaries", "Family Notices",
          "What's On", "Reader Offers", "Puzzles", "Archive", "About us", "Contact us",
          "Work for us", "Advertise with us", "Privacy policy", "Cookie settings", "Terms of use",
          "© 2024 Valley Media Group"]

#: an advert's slot in many spellings
SLOTS = ["Advertisement", "ADVERTISEMENT", "Advert", "ADVERT", "Adverts", "- Advertisement -",
         "— ADVERT —", "[Advertisement]", "(Ad)", "Ad", "Ads", "Sponsored", "Advertisement:",
         "Story continues below advertisement", "Story continues below this advertisement",
         "Article continues after this ad", "Continue reading below",
         "Continue reading after advertisement", "Continue reading the main story",
         "Scroll to continue reading", "Advertisement - Scroll to continue",
         "Content continues below", "AdChoices"]


def run(lines: list[str]):
    return PIPE.run("\n\n".join(lines) + "\n")


def kept(lines: list[str]) -> list[str]:
    return [p.strip() for p in run(lines).text.split("\n\n") if p.strip()]


def dumped(body: list[str], tail: list[str] = ()) -> list[str]:
    """A page dump: the menu, the headline and byline, ``body``, ``tail``,
    the trending list and the footer."""
    return [*MENU, HEADLINE, *BYLINE, *body, *tail, *TRENDING, *FOOTER]


def between(slot: str, every: int = 2) -> list[str]:
    """The body with ``slot`` after every ``every`` paragraphs but the last."""
    out = []
    for k, p in enumerate(BODY):
        out.append(p)
        if k < len(BODY) - 1 and k % every == every - 1:
            out.append(slot)
    return out


@pytest.mark.parametrize("slot", SLOTS)
def test_a_slot_of_any_spelling_is_chrome(slot):
    doc = run([BODY[0], slot, BODY[1]])
    assert doc.text.split("\n\n") == [BODY[0], BODY[1] + "\n"]
    assert [c.code for c in doc.changes if c.before.strip() == slot] == ["B002"]


@pytest.mark.parametrize("line", [
    "Advertising standards were tightened after the complaints.",
    "Ad hoc",
    "Adventure",
    "Sponsored walks raised most of the money.",
    "The story continues below the waterline.",
])
def test_lines_that_only_look_like_a_slot_stay(line):
    doc = run([BODY[0], line, BODY[1]])
    assert line in doc.text


@pytest.mark.parametrize("slot", ["Advertisement", "ADVERT", "Story continues below advertisement",
                                  "Continue reading the main story", "[Ad]"])
@pytest.mark.parametrize("every", [1, 2])
def test_slots_between_the_paragraphs_are_crossed(slot, every):
    out = kept(dumped(between(slot, every)))
    assert out == [HEADLINE, *BODY]


def test_slot_over_a_crosshead_is_crossed_and_the_crosshead_stays():
    body = [BODY[0], BODY[1], "Advertisement", CROSSHEAD, *BODY[2:]]
    assert kept(dumped(body)) == [HEADLINE, BODY[0], BODY[1], CROSSHEAD, *BODY[2:]]


def test_slot_over_a_caption_is_crossed():
    # (the picture between two paragraphs: its caption, written without a
    # full stop, and its credit)
    caption = "The new base stands beside the main road at the foot of the fells"
    body = [BODY[0], BODY[1], "Advertisement", caption, "Photograph: Tom Hale", *BODY[2:]]
    out = kept(dumped(body))
    assert [p for p in out if p in BODY] == BODY
    assert "Advertisement" not in out


def test_slot_over_a_quotation_that_shares_no_word_is_crossed():
    # (a paragraph right under the slot goes on with the article, whatever
    # its words: a quotation, a new turn of the story)
    quote = ("\u201cYou never forget the first time you carry somebody off a mountain in the "
             "dark,\u201d said one of the oldest members, who joined in 1989.")
    body = [*BODY[:3], "ADVERTISEMENT", quote, *BODY[3:]]
    assert kept(dumped(body)) == [HEADLINE, *body[:3], quote, *BODY[3:]]


def test_slot_under_the_byline_leaves_the_article_whole():
    out = kept([*MENU, HEADLINE, *BYLINE, "Advertisement", *BODY, *TRENDING, *FOOTER])
    assert out == [HEADLINE, *BODY]


# A paragraph right under a slot after the article's last paragraph that
# is no paragraph of the article's: a promotion of the outlet's, a teaser's
# summary without its headline. Each shares a common word with the article
# at most ("month", "road", "cover"), none of its headline's.
PROMOS = [
    "Unlimited digital access to award-winning local journalism costs just $1 a week for the "
    "first three months. Cancel anytime.",
    "Enjoy the best of the region's news, sport and what's on with our app, free to download "
    "for iPhone and Android.",
    "Readers can now get the weekend edition delivered to their door for half the cover price "
    "until the end of the year.",
    "Police have closed the coast road after a lorry overturned near the harbour, and drivers "
    "face long delays this evening.",
    # a quotation, but the outlet's own voice around it
    "\u201cThe best local paper in the country,\u201d say our readers. Join them today for "
    "less than the price of a coffee.",
]


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
@pytest.mark.parametrize("promo", PROMOS)
def test_a_paragraph_under_a_slot_after_the_last_paragraph_that_does_not_go_on_goes(slot, promo):
    assert kept(dumped(BODY, [slot, promo])) == [HEADLINE, *BODY]


# The article's next paragraph right under a slot after its fifth: it
# shares two words with the article, one with its headline, or none but
# reports a quotation.
GOES_ON = [
    "Volunteers will also use the base to train new members, who must learn to navigate in "
    "the dark before they join a call-out.",
    "A plaque by the door names the walkers who died in the valley before the team existed.",
    "\u201cNobody here had ever seen anything like it,\u201d said a shopkeeper who watched the "
    "storm from her doorway.",
]


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
@pytest.mark.parametrize("para", GOES_ON)
def test_the_articles_paragraph_under_a_slot_before_its_end_stays(slot, para):
    body = [*BODY[:5], slot, para]
    assert kept(dumped(body)) == [HEADLINE, *BODY[:5], para]


def test_one_common_word_shared_with_a_long_article_is_no_proof_it_goes_on():
    from cleaner.blocks import content_stems, goes_on, stopwords_for
    sw = stopwords_for("en")
    told = content_stems(" ".join([HEADLINE, *BODY]), sw)
    promo = content_stems(PROMOS[0], sw)
    assert len(promo & told) == 1
    # (the headline's word is: "mountain", "valley")
    assert not goes_on(promo, set(), told, content_stems(HEADLINE, sw))
    assert goes_on(content_stems(GOES_ON[1], sw), set(), told, content_stems(HEADLINE, sw))
    assert not content_stems(GOES_ON[2], sw) & told  # (goes on as a quotation)
    # (without what the story is about, one word is enough, as between a
    # grid's teasers)
    assert goes_on(promo, set(), told)


# What follows the article's last paragraph under a slot, by the kind of
# outlet: teasers of other stories (each summary speaks of its own
# headline), a promotion and a gallery's button, a teaser with its time.
TAILS = {
    "regional daily": [
        "Advertisement",
        "Lifeboat crew honoured for dramatic cliff rescue",
        "The lifeboat crew who plucked two climbers from a cliff ledge in a storm have been "
        "honoured with a bravery award from the lifeboat charity.",
        "Farmers warn of sheep worrying as lambing begins",
        "Farmers have asked dog walkers to keep their pets on leads after a spate of sheep "
        "worrying attacks in the first week of lambing.",
    ],
    "broadcaster": [
        "Story continues below advertisement",
        "Ski resort to close early after poor snow season",
        "2 hours ago",
        "The ski resort will close its lifts two weeks early after the poorest snow season "
        "for a decade, its owners said on Monday.",
    ],
    "monthly magazine": [
        "Advert",
        "[button link=\"https://example.com/your-story/\" type=\"big\"] Send us YOUR story from "
        "the fells[/button]",
        "This slideshow requires JavaScript.",
        "Get Fell and Crag delivered to your door every month. Twelve issues for the price of "
        "nine. Click here for more information.",
        "Advert",
        "Tell us what you think...",
    ],
}


@pytest.mark.parametrize("outlet", list(TAILS))
def test_slot_after_the_last_paragraph_does_not_pull_what_follows_in(outlet):
    tail = TAILS[outlet]
    out = kept(dumped(BODY, tail))
    assert out == [HEADLINE, *BODY]


def test_slot_after_the_last_paragraph_over_a_grid_of_teasers():
    tail = ["ADVERTISEMENT"]
    for head, when in [("Lifeboat crew honoured for dramatic cliff rescue", "2 hours ago"),
                       ("Farmers warn of sheep worrying as lambing begins", "4 hours ago"),
                       ("Ski resort to close early after poor snow season", "Yesterday")]:
        tail += [head, when]
    assert kept(dumped(BODY, tail)) == [HEADLINE, *BODY]


# An explainer: crossheads, one paragraph under each (the hard negative of
# a grid of teasers: headlines over summaries)
EXPLAINER = [
    ("Why the charges are changing now",
     "The water company says the old flat rate no longer covers the cost of repairing leaking "
     "mains, and the regulator agreed last year that households should pay for what they use."),
    ("How much the average home will pay",
     "A family of four using an average amount of water will pay about the same as now, but "
     "single people in large houses could see their bills fall by a third."),
    ("Who will get help with the bills",
     "Pensioners and families on low incomes can apply for a capped tariff, which limits the "
     "yearly bill to the amount they paid under the flat rate."),
    ("What happens if you do not have a meter",
     "Engineers will fit meters free of charge over the next two years, starting with the "
     "streets where the pipes are oldest, and homes will be told by letter."),
]
EXPLAINER_HEAD = "Everything you need to know about the new water charges"
EXPLAINER_LEAD = ("Households across the region will pay for their water by the litre from "
                  "April, the biggest change to their bills for thirty years.")


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
@pytest.mark.parametrize("dump", [True, False])
def test_explainer_under_a_slot_stays_whole(slot, dump):
    # (the slot is no label of a grid of teasers: the crossheads over their
    # paragraphs are the article's)
    body = [EXPLAINER_LEAD, slot, *[x for pair in EXPLAINER for x in pair]]
    lines = [*MENU, EXPLAINER_HEAD, *body, *TRENDING, *FOOTER] if dump else [EXPLAINER_HEAD, *body]
    out = kept(lines)
    assert out == [EXPLAINER_HEAD, EXPLAINER_LEAD, *[x for pair in EXPLAINER for x in pair]]


def test_block_rules_end_the_run_at_a_slot_the_article_does_not_go_on_under():
    blocks = [HEADLINE, *BODY[:3], "Advertisement", "Lifeboat crew honoured for dramatic rescue",
              "The lifeboat crew who plucked two climbers from a cliff ledge in a storm have been "
              "honoured with a bravery award."]
    verdicts = classify_blocks(blocks, chrome=[4], slots=[4], ends=[4])
    assert [b for b, v in zip(blocks, verdicts) if v.keep] == [HEADLINE, *BODY[:3]]
    assert verdicts[-1].code == "B105"
    # ... unless what the run holds under the slot outweighs what it holds
    # over it (a slot misread: the article's longer rest stays)
    blocks = [HEADLINE, BODY[0], "Advertisement", *BODY[1:]]
    verdicts = classify_blocks(blocks, chrome=[2], slots=[2], ends=[2])
    assert [b for b, v in zip(blocks, verdicts) if v.keep and b in BODY] == BODY


# A short aside of the story's right under a slot that names none of its
# words, then the story again: the paragraph under the aside goes on with
# the article, so the article goes on under the slot, aside and all.
@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
def test_an_aside_under_a_slot_then_the_story_again_stays(slot):
    aside = "Walkers are urged to check the forecast and carry a map and a torch."
    body = [*BODY[:3], slot, aside, GOES_ON[0]]
    assert kept(dumped(body)) == [HEADLINE, *BODY[:3], aside, GOES_ON[0]]


# A story of people and places: the paragraph right under a slot after its
# last paragraph that shares one common word with it only, none of its
# headline's, quotes no one and has no paragraph after it, goes on with the
# story when it names someone or somewhere the story's sentences named, or
# opens on a pronoun whose words it reports; a teaser's summary names the
# people of its own story, a promotion speaks to the reader.
STRIKE_HEAD = "Bus drivers vote to strike over new rotas"
STRIKE = [
    "Drivers at the Eastfield depot have voted to walk out for three days next month, after "
    "Kestrel Buses told them that their shifts would be rearranged from the spring.",
    "Dana Whitcombe, the union's regional organiser, said nine in ten of the members who took "
    "part in the ballot had backed the action, on a turnout of almost eighty per cent.",
    "The company says the new rotas are needed to run more services in the evenings, when the "
    "number of passengers has grown fastest since the pandemic.",
    "Passengers were warned to expect cancellations across the north of the county, where the "
    "depot runs most of the routes, and the council said it would publish a list of them.",
]
CARRIES_ON = [
    # a name the story gave, as the paragraph's first word or further on
    "Whitcombe added that a date for the walkout would be set on Thursday.",
    "A spokesman confirmed on Friday morning that Whitcombe would lead the talks in person.",
    # a pronoun that opens it, and the words it reports
    "She insisted that the ballot result could not be brushed aside by management.",
    "Their lawyer said the ballot had been run strictly by the book and would stand.",
]
ENDS_THERE = [
    # a teaser's summary: its own people, one common word ("county")
    "Priya Malhotra has been named the county's new chief constable and will take up the post "
    "in the summer.",
    # a pronoun, but no words reported: another story's opening
    "He was last seen on Tuesday evening near the railway bridge, and police have appealed for "
    "information.",
    # the outlet's voice
    "They said the county could never have a paper of its own. Our readers proved them wrong, "
    "so join them today.",
]


def _strike_page(slot: str, para: str) -> list[str]:
    return [*MENU, STRIKE_HEAD, *BYLINE, *STRIKE, slot, para, *TRENDING, *FOOTER]


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
@pytest.mark.parametrize("para", CARRIES_ON)
def test_a_paragraph_that_carries_on_the_storys_people_under_a_slot_stays(slot, para):
    assert kept(_strike_page(slot, para)) == [STRIKE_HEAD, *STRIKE, para]


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
@pytest.mark.parametrize("para", ENDS_THERE)
def test_a_paragraph_of_other_people_under_a_slot_after_the_last_paragraph_goes(slot, para):
    assert kept(_strike_page(slot, para)) == [STRIKE_HEAD, *STRIKE]


def test_the_paragraphs_under_the_slot_share_one_common_word_only():
    # (what the tests above are about: no proof by the words alone)
    from cleaner.blocks import content_stems, goes_on, stopwords_for
    sw = stopwords_for("en")
    told = content_stems(" ".join([STRIKE_HEAD, *STRIKE]), sw)
    for para in CARRIES_ON + ENDS_THERE:
        own = content_stems(para, sw)
        assert len(own & told) == 1, para
        assert not goes_on(own, set(), told, content_stems(STRIKE_HEAD, sw)), para


# A teaser of another story under the slot after the last paragraph names the
# story's people too ("Biden signs the bill" after a story on Biden), and
# may share a word with it or two: the words do not tell it from the
# article going on, its shape does. A teaser has a trailer under its
# summary (how long ago, how long to read, a byline, "Read more"), or is
# written in Title Case as a headline, or comes again further down the
# page (the most read list repeats it); a run of them, each with its
# trailer, is a river of teasers however many words each shares. The
# outlets' shapes are invented.
TEASER = "Whitcombe will address the party conference in Brighton next week about pay."
TEASERS = {
    # one common word shared and a name the story gave, then a trailer
    "ago": [TEASER, "2 days ago"],
    "read more": [TEASER, "Read more »"],
    "byline": [TEASER, "By Tom Hale"],
    "reading time": [TEASER, "4 min read"],
    "name and time": [TEASER, "Tom Hale · 3 days ago"],
    # a pronoun and the words it reports, then a trailer
    "pronoun": ["She said the depot move was a betrayal of everyone who had worked for the firm.",
                "3 hours ago"],
    # a headline in Title Case, with its full stop
    "title case": ["Whitcombe Named As Union's Candidate For National Executive Post This Autumn."],
    # its copy in the list of the most read further down
    "repeated": [TEASER, "Most read", "Cycling", TEASER],
    # a headline over a summary that shares two words, then a trailer
    "headline": ["Whitcombe to stand for national post",
                 "Whitcombe has put her name forward for the union's national executive in the "
                 "autumn.", "1 day ago"],
    # a river of teasers, each sharing two words, each with its trailer
    "river": ["Whitcombe to stand for the union's national executive in the autumn elections.",
              "3 hours ago",
              "Eastfield depot to close for a week of repairs to its roof and its yard.",
              "5 hours ago"],
}


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
@pytest.mark.parametrize("shape", sorted(TEASERS))
def test_a_teaser_under_a_slot_after_the_last_paragraph_goes(slot, shape):
    assert kept([*MENU, STRIKE_HEAD, *BYLINE, *STRIKE, slot, *TEASERS[shape], *TRENDING,
                 *FOOTER]) == [STRIKE_HEAD, *STRIKE]


# The article going on under the slot keeps its paragraph: a paragraph that
# shares two of the story's words is the article's even with the author's
# box or the page's date under it (one trailer is no proof), and so is one
# with a time under it on a liveblog, where the time heads the next entry;
# a paragraph that names the story's people in sentence case, with nothing
# under it, stays as before.
GOES_ON_UNDER = {
    "author box": ["Whitcombe said the union's members would meet again before any walkout.",
                   "By Tom Hale"],
    "names": ["Whitcombe met managers from Kestrel Buses at the Eastfield depot on Friday."],
}


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
@pytest.mark.parametrize("shape", sorted(GOES_ON_UNDER))
def test_the_article_going_on_under_a_slot_with_a_line_under_it_stays(slot, shape):
    para = GOES_ON_UNDER[shape][0]
    assert kept([*MENU, STRIKE_HEAD, *BYLINE, *STRIKE, slot, *GOES_ON_UNDER[shape], *TRENDING,
                 *FOOTER])[:len(STRIKE) + 2] == [STRIKE_HEAD, *STRIKE, para]


LIVE_HEAD = "Bus strike live: drivers walk out across the county"


@pytest.mark.parametrize("head", [LIVE_HEAD, STRIKE_HEAD])
def test_a_liveblogs_entry_under_a_slot_over_the_next_entrys_time_stays(head):
    entry = "Whitcombe will address the striking drivers outside the depot gates at noon today."
    page = [*MENU, head, *BYLINE, "2 hours ago", *STRIKE[:2], "3 hours ago", *STRIKE[2:],
            "Advertisement", "4 hours ago", entry, "5 hours ago", STRIKE[0].replace("three", "four"),
            *TRENDING, *FOOTER]
    assert entry in kept(page)


@pytest.mark.parametrize("shape", sorted(TEASERS))
def test_the_teasers_name_the_storys_people(shape):
    # (what the tests above are about: the name or the pronoun alone would
    # keep them)
    first = next(t for t in TEASERS[shape] if t.endswith("."))
    assert "Whitcombe" in first or first.startswith("She ")


def test_a_teams_line_up_under_a_slot_is_no_title_case_teaser():
    from cleaner.rules.blocks import _teaser_under_slot
    from cleaner.structure import lines
    ls = lines("Eastfield Rovers: Whitcombe; Hale, Ruiz, Parker, Green; Evans, Morgan (Baker 67), "
               "Lloyd; Harris, Powell.\n")
    assert not _teaser_under_slot(0, ls, "en", False, dict, proven=True)
    ls = lines("Whitcombe Named As Union's Candidate For National Executive Post This Autumn.\n")
    assert _teaser_under_slot(0, ls, "en", False, dict, proven=True)


@pytest.mark.parametrize("slot", ["Advertisement", "Story continues below advertisement"])
def test_a_paragraph_in_capitals_under_a_slot_is_no_title_case_teaser(slot):
    # (every word capitalised, as a headline in Title Case, but in capitals:
    # the article going on, shouted)
    para = "WHITCOMBE SAID THE UNION WOULD MEET KESTREL MANAGERS AGAIN BEFORE ANY WALKOUT."
    assert para in kept([*MENU, STRIKE_HEAD, *BYLINE, *STRIKE, slot, para, *TRENDING, *FOOTER])
    from cleaner.rules.blocks import _teaser_under_slot
    from cleaner.structure import lines
    assert not _teaser_under_slot(0, lines(para + "\n"), "en", False, dict)
