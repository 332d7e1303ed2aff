"""Article genres whose structured content (a liveblog's entries, a
recipe's ingredients and steps, an election's results, a review's
verdict, a box of key points) must survive the boilerplate heuristics,
and the chrome of the same shapes (related links, menus, share bars)
that must still go."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings

PIPE = Pipeline(settings=Settings(assume_language="en"))


def run(text: str):
    return PIPE.run(text)


# -- liveblogs -------------------------------------------------------------

_ENTRY1 = ("Crews have reopened the coast road after clearing the fallen trees, the county "
           "council says.")
_ENTRY2 = ("Gusts of up to 80mph were recorded on the headland this morning, and the ferry "
           "crossings remain suspended until further notice.")
_ENTRY3 = "The rail operator says trains will run a reduced timetable tonight."
_ENTRY4 = ("Much of the damage is to old trees that were already weak. The real test comes "
           "with the next band of rain.")


def test_a_liveblog_keeps_its_last_entry_under_a_contributor_line() -> None:
    text = (f"Storm Wendell live: coast road reopens as winds ease\n\n09:58\n\n{_ENTRY1}\n\n"
            f"09:41\n\n{_ENTRY2}\n\n09:30\n\n{_ENTRY3}\n\n09:12\n\n"
            f"Priya Nair, our environment correspondent, writes:\n\n{_ENTRY4}\n")
    assert run(text).text == text


def test_a_pinned_label_goes_and_the_entries_around_it_stay() -> None:
    text = (f"Storm Wendell live: coast road reopens as winds ease\n\n09:58\n\n{_ENTRY1}\n\n"
            f"09:41\n\nPinned\n\n{_ENTRY2}\n\n09:30\n\n{_ENTRY3}\n\n09:12\n\n"
            f"Priya Nair, our environment correspondent, writes:\n\n{_ENTRY4}\n")
    doc = run(text)
    assert doc.text == text.replace("Pinned\n\n", "")
    assert [c.code for c in doc.changes if "Pinned" in c.before] == ["B002"]


def test_a_liveblog_still_loses_its_share_bar_and_related_links() -> None:
    text = (f"Storm Wendell live: coast road reopens as winds ease\n\n09:58\n\n{_ENTRY1}\n\n"
            f"09:41\n\n{_ENTRY2}\n\nShare\n\n09:30\n\n{_ENTRY3}\n\n"
            "Related\n\nFerry firm cuts winter timetable\n\nCouncil names new harbour master\n")
    out = run(text).text
    assert _ENTRY3 in out and _ENTRY2 in out
    assert "Share" not in out and "Ferry firm" not in out and "harbour master" not in out


# ... entries headed by their writer's name and how long ago (invented
# text: any outlet's liveblog, its writers' names repeated from entry to
# entry)

_LEAD = ("Thousands of homes along the coast are without power after Storm Wendell brought "
         "gusts of more than 80mph overnight, and forecasters warn the worst is still to come.")
_LEAD2 = "Follow the latest updates below."
_LIVE_TITLE = "Storm Wendell live: thousands without power as gales hit the coast"


def _liveblog(heads: list[list[str]], bar: list[str] = (), box: list[str] = ()) -> str:
    lines = [_LIVE_TITLE, _LEAD, _LEAD2, *box]
    for head, entry in zip(heads, (_ENTRY1, _ENTRY2, _ENTRY3)):
        lines += [*head, entry, *bar]
    return "\n\n".join(lines) + "\n"


_NAMED = [["Jo Bloggs", "2 hours ago"], ["Sam Patel", "3 hours ago"],
          ["Jo Bloggs", "4 hours ago"]]


def _kept_whole(text: str, chrome: tuple[str, ...] = ()) -> None:
    out = run(text).text
    want = "".join(p + "\n\n" for p in text.strip().split("\n\n") if p not in chrome)
    assert out == want.rstrip("\n") + "\n"


def test_a_liveblog_with_named_entries_keeps_its_lead_and_every_entry() -> None:
    # the writer's name over how long ago heads each entry, a "Share" under
    # each: the lead, every entry and every head stay; the bars go
    _kept_whole(_liveblog(_NAMED, bar=["Share"]), chrome=("Share",))
    _kept_whole(_liveblog(_NAMED))


def test_a_liveblog_keeps_its_lead_over_a_list_of_its_key_events() -> None:
    # a box of the entries' times and titles between the lead and the
    # entries is no gap that cuts the lead off
    box = ["Key events", "2 hours ago Ferry crossings suspended",
           "3 hours ago Coast road reopens", "4 hours ago Rail timetable cut"]
    out = run(_liveblog(_NAMED, bar=["Share"], box=box)).text
    for line in (_LEAD, _LEAD2, _ENTRY1, _ENTRY2, _ENTRY3, "Sam Patel", "4 hours ago"):
        assert line in out
    # (it lists titles no entry has: it is kept, proved no copy)
    for line in box:
        assert line in out


_TITLES = ["Coast road reopens", "Ferry crossings suspended", "Reduced rail timetable"]
_TITLED_CLOCK = [["14:52 GMT", "Jo Bloggs", _TITLES[0]], ["14:21 GMT", "Sam Patel", _TITLES[1]],
                 ["13:47 GMT", "Jo Bloggs", _TITLES[2]]]


_TITLED_AGO = [["2 hours ago", _TITLES[0]], ["3 hours ago", _TITLES[1]],
               ["4 hours ago", _TITLES[2]]]


@pytest.mark.parametrize("heads,box", [
    # each item a time and the title of an entry below, on one line
    (_TITLED_CLOCK, ["Key events", "14:52 GMT Coast road reopens",
                     "14:21 GMT Ferry crossings suspended", "13:47 GMT Reduced rail timetable"]),
    # ... the time over the title
    (_TITLED_CLOCK, ["Key events", "14:52", _TITLES[0], "14:21", _TITLES[1], "13:47", _TITLES[2]]),
    (_TITLED_AGO, ["Key events", "2 hours ago", _TITLES[0], "3 hours ago", _TITLES[1],
                   "4 hours ago", _TITLES[2]]),
    # ... how long ago, a title cut short, another label
    (_TITLED_AGO, ["Latest updates", "2 hours ago – Coast road reop…",
                   "3 hours ago – Ferry crossings suspended", "4 hours ago – Reduced rail timetable"]),
])
def test_a_list_of_key_events_that_repeats_the_entries_titles_goes(heads, box) -> None:
    # links to the entries below, their titles again: the list goes, the
    # lead over it and every entry stay
    text = _liveblog(heads, box=box)
    doc = run(text)
    assert doc.text == text.replace("\n\n".join(box) + "\n\n", "")
    assert {c.code for c in doc.changes if c.before.strip() in box} == {"B104"}


@pytest.mark.parametrize("box", [
    # a title no entry has: a summary of the day's events, not links
    ["Key events", "14:52 GMT Coast road reopens", "14:21 GMT Ferry crossings suspended",
     "12:05 GMT Schools close early"],
    # the times alone repeat; the titles are the box's own
    ["Key events", "14:52 Roads", "14:21 Ferries", "13:47 Trains"],
])
def test_a_list_of_key_events_that_lists_what_no_entry_is_titled_stays(box) -> None:
    out = run(_liveblog(_TITLED_CLOCK, box=box)).text
    for line in (_LEAD, *box, _ENTRY1, _ENTRY3):
        assert line in out, line


def test_an_agenda_whose_items_head_the_sections_below_stays() -> None:
    # a programme of times and titles at the top of a story that is no
    # liveblog (no time heads a paragraph), the titles again as crossheads
    agenda = ["Programme", "09:30 Coast road reopens", "11:00 Ferry crossings suspended",
              "14:00 Reduced rail timetable"]
    lines = ["Storm Wendell: the day the coast stood still", _LEAD, *agenda,
             _TITLES[0], _ENTRY1, _ENTRY4, _TITLES[1], _ENTRY2, _TITLES[2], _ENTRY3]
    doc = run("\n\n".join(lines) + "\n")
    assert not [c for c in doc.changes if "key events" in c.message]


def test_a_liveblog_with_the_time_over_the_writers_name_stays_whole() -> None:
    heads = [["10:05 GMT", "Jo Bloggs"], ["09:41 GMT", "Sam Patel"], ["09:12 GMT", "Jo Bloggs"]]
    _kept_whole(_liveblog(heads, bar=["Share"]), chrome=("Share",))
    heads = [["2 hours ago", "Jo Bloggs"], ["3 hours ago", "Sam Patel"],
             ["4 hours ago", "Jo Bloggs"]]
    _kept_whole(_liveblog(heads, bar=["Share"]), chrome=("Share",))


def test_a_liveblogs_pinned_post_and_its_share_bars_go_and_the_entries_stay() -> None:
    heads = [["Pinned", "Jo Bloggs", "2 hours ago"], ["Sam Patel", "3 hours ago"],
             ["Jo Bloggs", "4 hours ago"]]
    bar = ["Share this post", "Facebook", "Twitter", "Copy link"]
    _kept_whole(_liveblog(heads, bar=bar), chrome=("Pinned", *bar))


def test_a_liveblogs_titled_entries_under_how_long_ago_stay_on_a_live_page() -> None:
    # how long ago over each entry's title: the headline says the page is
    # live, so these are entries, not a river of teasers
    heads = [["2 hours ago", "Ferry crossings suspended"], ["3 hours ago", "Coast road reopens"],
             ["4 hours ago", "Rail timetable cut"]]
    _kept_whole(_liveblog(heads, bar=["Share"]), chrome=("Share",))


def test_a_liveblogs_entries_under_a_time_a_writer_and_a_title_stay() -> None:
    heads = [["14:52 GMT", "Jo Bloggs", "Ferry crossings suspended"],
             ["14:21 GMT", "Sam Patel", "Coast road reopens"],
             ["13:47 GMT", "Jo Bloggs", "Rail timetable cut"]]
    _kept_whole(_liveblog(heads))


_STORY = [
    "Harbour council approves new sea wall",
    "The harbour council voted on Tuesday to build a new sea wall along the eastern quay, "
    "after two winters of flooding that closed the fish market for weeks at a time.",
    "Work on the wall will start in the spring, the council said, and should be finished "
    "within two years at a cost of eight million pounds.",
    "Latest news"]


@pytest.mark.parametrize("headline", [
    _STORY[0],
    # "live" said of people, not of the page, makes no liveblog of it
    "Families forced to live in cars as rents soar on the coast",
    "Harbour towns where young people can no longer afford to live",
])
def test_teasers_each_under_how_long_ago_and_a_headline_still_go(headline: str) -> None:
    # how long ago over a headline, then its summary, on a page that does
    # not say it is live: a river of teasers after the article
    text = "\n\n".join([
        headline, *_STORY[1:],
        "2 hours ago", "Ferry company cuts its winter timetable again",
        "Passengers face longer waits as the company cuts two sailings a day.",
        "3 hours ago", "Council names a new harbour master for the port",
        "The new harbour master starts work in the spring after thirty years at sea.",
        "5 hours ago", "Rail operator warns of delays over the weekend",
        "Engineering work will close the coast line on Saturday and Sunday."]) + "\n"
    out = run(text).text
    assert "eight million pounds" in out
    assert "Ferry company" not in out and "harbour master starts" not in out


def test_teasers_each_under_a_headline_and_how_long_ago_still_go() -> None:
    # how long ago under a headline, over its summary, is a teaser's, not
    # a liveblog's entry: the river of teasers after the article goes
    text = "\n\n".join([
        *_STORY,
        "Ferry company cuts its winter timetable again", "2 hours ago",
        "Passengers face longer waits as the company cuts two sailings a day.",
        "Council names a new harbour master for the port", "3 hours ago",
        "The new harbour master starts work in the spring after thirty years at sea.",
        "Rail operator warns of delays over the weekend", "5 hours ago",
        "Engineering work will close the coast line on Saturday and Sunday."]) + "\n"
    out = run(text).text
    assert "eight million pounds" in out
    assert "Ferry company" not in out and "harbour master starts" not in out
    assert "2 hours ago" not in out


# ... a liveblog whose headline does not say it is live: how long ago and a
# title over each entry, and the body under the title decides (paragraphs:
# an entry's; a one-line summary: a teaser's)

_QUIET_TITLE = "Storm Wendell: thousands without power as gales hit the coast"
_BODIES = [
    [_ENTRY1, "Drivers are still asked to take care near the harbour, where debris remains on "
              "the verge."],
    [_ENTRY2, "Passengers booked on the morning crossings will be offered a refund or a later "
              "sailing."],
    [_ENTRY3, "The operator apologised for the disruption and said engineers were on the line."],
]
_TITLED = [["2 hours ago", "Coast road reopens"], ["3 hours ago", "Ferry crossings suspended"],
           ["4 hours ago", "Reduced rail timetable"]]


def _quiet_liveblog(bodies: list[list[str]], bar: list[str] = ()) -> str:
    lines = [_QUIET_TITLE, _LEAD]
    for head, body in zip(_TITLED, bodies):
        lines += [*head, *body, *bar]
    return "\n\n".join(lines) + "\n"


def test_titled_entries_with_paragraphs_stay_though_the_headline_does_not_say_live() -> None:
    # two paragraphs under each title: entries, not a river of teasers
    _kept_whole(_quiet_liveblog(_BODIES, bar=["Share"]), chrome=("Share",))
    _kept_whole(_quiet_liveblog(_BODIES))
    # one paragraph of two sentences or more, longer than any one-line summary
    long = [[f"{a} {b} Officials will give a fuller update on the damage and the repairs at a "
             "briefing later this afternoon."] for a, b in _BODIES]
    _kept_whole(_quiet_liveblog(long, bar=["Share"]), chrome=("Share",))


@pytest.mark.parametrize("summaries", [
    # a one-line summary under each headline
    ["Passengers face longer waits as the company cuts two sailings a day.",
     "The new harbour master starts work in the spring after thirty years at sea.",
     "Engineering work will close the coast line on Saturday and Sunday."],
    # a summary of two short sentences is still one line of a teaser's
    ["Passengers face longer waits. The company cuts two sailings a day.",
     "The new harbour master starts in the spring. He spent thirty years at sea.",
     "Engineering work will close the line. Buses will replace the trains."],
])
def test_a_river_of_teasers_with_a_line_of_summary_each_still_goes(summaries) -> None:
    heads = [["2 hours ago", "Ferry company cuts its winter timetable again"],
             ["3 hours ago", "Council names a new harbour master for the port"],
             ["5 hours ago", "Rail operator warns of delays over the weekend"]]
    lines = list(_STORY[:3])
    for head, summary in zip(heads, summaries):
        lines += [*head, summary]
    out = run("\n\n".join(lines) + "\n").text
    assert "eight million pounds" in out
    assert "Ferry company" not in out and "harbour master" not in out and "2 hours ago" not in out


# -- recipes and results at the end of the article ---------------------------

_RECIPE_INTRO = ("My grandmother made this soup every winter, and it is still the quickest way "
                 "I know to feed a crowd.")


def test_a_recipe_keeps_its_ingredients_method_and_first_step() -> None:
    text = ("Spiced red lentil soup with crispy onions\n\n"
            f"{_RECIPE_INTRO}\n\n"
            "Serves 6\nPrep 10 min\nCook 35 min\n\n"
            "Ingredients\n250g red lentils\n2 onions, sliced\n1 tsp ground cumin\n"
            "1.2 litres vegetable stock\nA squeeze of lime\n\n"
            "Method\n1. Fry half the onions in a little oil until soft.\n"
            "2. Add the cumin and the lentils, then the stock.\n"
            "3. Simmer for 25 minutes, then blend until smooth.\n"
            "4. Fry the rest of the onions until crisp and scatter over.\n\n"
            "Tip: a spoonful of yoghurt cools it down for children.\n")
    out = run(text).text
    for line in ("Ingredients", "250g red lentils", "2 onions, sliced", "Method",
                 "1. Fry half the onions", "Serves 6", _RECIPE_INTRO, "Tip: a spoonful"):
        assert line in out, line


_RESULT_LEAD = ("The Liberal Democrats have won the Millbrook East council seat, ending forty "
                "years of Labour control of the ward.")


def test_election_results_and_the_short_paragraphs_after_them_stay() -> None:
    rows = ("Tessa Yardley (Liberal Democrat) 3,412\nOwen Prior (Labour) 2,977\n"
            "Dilys Ford (Conservative) 1,105\nLib Dem gain from Labour. Majority: 435. "
            "Turnout: 33.8%")
    close = "Ms Yardley thanked the volunteers who knocked on doors.\n\nMr Prior said he would stand again."
    text = f"Lib Dems take Millbrook East from Labour\n\n{_RESULT_LEAD}\n\nResult:\n{rows}\n\n{close}\n"
    out = run(text).text
    for line in ("Result:", "Tessa Yardley", "Owen Prior", "Dilys Ford", "Majority: 435",
                 "Ms Yardley thanked", "Mr Prior said"):
        assert line in out, line
    # without the label and the majority, between two short paragraphs
    text = (f"Lib Dems take Millbrook East from Labour\n\n{_RESULT_LEAD}\n\n"
            "Tessa Yardley (Liberal Democrat) 3,412\nOwen Prior (Labour) 2,977\n"
            f"Dilys Ford (Conservative) 1,105\n\n{close}\n")
    out = run(text).text
    assert "Owen Prior (Labour) 2,977" in out and "Mr Prior said" in out


_WARD_LEAD = ("Voters in the ward went to the polls on Thursday to choose a new councillor "
              "after the death of the sitting member last month")
_WARD_ROWS = ("Amara Okoye (Lab) 1,204 45.2%\nPeter Hume (Con) 903 33.9%\n"
              "Nia Roberts (LD) 412 15.5%\nTom Fiske (Green) 144 5.4%\n")


def test_a_results_table_that_ends_the_article_stays_when_the_prose_announces_it() -> None:
    # its rows share no word with the prose: the announcement binds them
    head = "Westvale by-election: a new councillor for the town"
    for lead, label in ((f"{_WARD_LEAD}. Here are the results in full.", ""),
                        (f"{_WARD_LEAD}, and turnout was low.", "Full results\n"),
                        (f"{_WARD_LEAD}. The final standings are below.", "")):
        text = f"{head}\n\n{lead}\n\n{label}{_WARD_ROWS}"
        out = run(text).text
        for line in (label.strip() or lead, *_WARD_ROWS.splitlines()):
            assert line in out, (lead, line)


def test_a_results_table_that_nothing_announces_or_binds_still_goes() -> None:
    head = "Westvale by-election: a new councillor for the town"
    text = f"{head}\n\n{_WARD_LEAD}, and turnout was low.\n\n{_WARD_ROWS}"
    assert run(text).text == f"{head}\n\n{_WARD_LEAD}, and turnout was low.\n"
    # a paragraph that speaks of results earlier, not in its last sentence
    lead = f"The results were declared at midnight. {_WARD_LEAD}."
    assert run(f"{head}\n\n{lead}\n\n{_WARD_ROWS}").text == f"{head}\n\n{lead}\n"
    # a poll's widget after a sentence about the results is still the page's
    lead = f"{_WARD_LEAD}. The results were declared at midnight."
    text = f"{head}\n\n{lead}\n\n45% 120 votes\n30% 80 votes\n25% 66 votes\n"
    assert run(text).text == f"{head}\n\n{lead}\n"


def test_a_list_of_related_headlines_with_figures_after_the_article_still_goes() -> None:
    text = (f"Lib Dems take Millbrook East from Labour\n\n{_RESULT_LEAD}\n\n"
            "Labour loses 12 seats in county polls\nTurnout falls to 28% in city wards\n"
            "Council tax to rise 5% from April\n")
    out = run(text).text
    assert out == f"Lib Dems take Millbrook East from Labour\n\n{_RESULT_LEAD}\n"


def test_a_poll_widget_and_a_box_of_links_after_the_article_still_go() -> None:
    # (the counter shares the article's words: only its repeated shape tells)
    lead = _RESULT_LEAD.replace("ward.", "ward, where 6,500 votes were counted.")
    text = (f"Lib Dems take Millbrook East from Labour\n\n{lead}\n\n"
            "45% 120 votes\n30% 80 votes\n25% 66 votes\n\nMore on this story\n"
            "Council leader quits after defeat\nWhat the result means for the county\n")
    out = run(text).text
    assert out == f"Lib Dems take Millbrook East from Labour\n\n{lead}\n"


def test_a_ranked_most_read_list_after_the_article_still_goes() -> None:
    text = (f"Lib Dems take Millbrook East from Labour\n\n{_RESULT_LEAD}\n\n"
            "Most read\n1 Labour loses 12 seats in county polls\n2 Turnout falls to 28% in city wards\n"
            "3 Council tax to rise 5% from April\n")
    out = run(text).text
    assert out == f"Lib Dems take Millbrook East from Labour\n\n{_RESULT_LEAD}\n"


# -- a box of key points under the headline ---------------------------------

_POINTS = ("Coast road reopened after the fallen trees were cleared\n"
           "Ferry crossings suspended until Friday\n£2m repair fund for the harbour wall\n")


def test_a_key_points_box_without_a_colon_stays_under_the_headline() -> None:
    head = "Storm Wendell live: coast road reopens as winds ease"
    text = f"{head}\n\nKey points\n{_POINTS}\n09:58\n\n{_ENTRY1}\n\n09:41\n\n{_ENTRY2}\n"
    out = run(text).text
    for line in ("Key points", *_POINTS.splitlines()):
        assert line in out, line
    # over an ordinary body too
    text = f"{head}\n\nAt a glance\n{_POINTS}\n{_ENTRY2}\n\n{_ENTRY4}\n"
    assert "At a glance\n\nCoast road reopened" in run(text).text


def test_a_box_of_other_stories_under_the_headline_still_goes() -> None:
    head = "Storm Wendell live: coast road reopens as winds ease"
    for label in ("Most read", "More from the coast"):
        text = f"{head}\n\n{label}\n{_POINTS}\n{_ENTRY2}\n\n{_ENTRY4}\n"
        out = run(text).text
        assert "Ferry crossings" not in out and "Coast road reopened" not in out, label
        assert _ENTRY2 in out and _ENTRY4 in out


# -- a review's verdict ------------------------------------------------------

_REVIEW = ("Wren's fourth album trades the big choruses of her last one for something quieter "
           "and stranger, and it mostly works.\n\n"
           "The second half drags, but the closing song is the best thing she has written.\n")


def test_a_reviews_verdict_after_its_last_paragraph_stays() -> None:
    for verdict in ("★★★★☆", "Rating: 3/5", "Verdict: 7 out of 10"):
        text = f"Wren: Low Tide review – quiet, strange and mostly lovely\n\n{_REVIEW}\n{verdict}\n"
        assert run(text).text == text, verdict


def test_a_pages_rating_widget_after_the_article_still_goes() -> None:
    text = (f"Wren: Low Tide review – quiet, strange and mostly lovely\n\n{_REVIEW}\n"
            "Rate this album\n★★★☆☆ (48 ratings)\n")
    out = run(text).text
    assert "★" not in out and "Rate this" not in out


# -- Q001: an article that loses most of its words is reported -----------------

_ARTICLE = ("The council approved the harbour plan on Monday after a long debate about its cost.\n\n"
            "It will cost more than expected, the treasurer said after the meeting.\n\n"
            "Work on the new sea wall starts in May and should take two years.\n\n"
            "Fishermen said they were relieved that the moorings would stay open.\n")


def _guarded(original: str, text: str) -> list[str]:
    from cleaner.model import Document

    doc = Document(text)
    Pipeline.default()._guard(doc, original, text)
    return [r.code for r in doc.reports]


def test_an_article_that_loses_most_of_its_words_is_reported() -> None:
    kept = "The council approved the harbour plan on Monday after a long debate about its cost.\n"
    assert _guarded(f"Council approves harbour plan\n\n{_ARTICLE}", kept) == ["Q001"]
    # most of it kept: no report
    half = _ARTICLE.split("\n\nFishermen")[0] + "\n"
    assert _guarded(f"Council approves harbour plan\n\n{_ARTICLE}", half) == []


def test_a_page_dump_that_loses_most_of_its_words_to_its_menus_is_not_reported() -> None:
    menus = "\n".join(["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel",
                       "Most read", "Harbour plan approved", "Ferry fares to rise",
                       "Sign in", "Subscribe", "Contact us", "Terms of use"] * 3)
    kept = "The council approved the harbour plan on Monday after a long debate about its cost.\n"
    assert _guarded(f"{menus}\n\n{kept}", kept) == []


# -- letters pages ---------------------------------------------------------

_LETTERS = [
    ["The council's plan for a ring road around the town centre misses the point. Most of the "
     "traffic on the high street is local, parents on the school run and shoppers, and a new "
     "road will do nothing for them.", "What we need is a bus more than once an hour.",
     "Margaret Hale, Dunmore"],
    ["I was saddened to read that the covered market is to close after a hundred years. It was "
     "the one place in town where you could buy a single egg and have your watch mended.",
     "Tom Weller, Ashby Green"],
    ["Your report on the buses was spot on. The number 12 has been late every morning this "
     "month, and the new timetable breaks the connection at the station.",
     "Priya Natarajan, Westfield"],
    ["Congratulations to the volunteers who cleared the canal towpath last weekend.",
     "Dr Alan Brooks, Millbrook"],
]
_TITLES = ["Ring road misses the point", "Market will be missed", "Late again",
           "Thanks to the towpath volunteers"]
_LETTERS_HEAD = "Letters: the ring road, the market and the buses"
_LETTERS_LEAD = ("Readers respond to our coverage of the ring road plan, the closure of the "
                 "covered market and the state of the town's buses.")


@pytest.mark.parametrize("within, between", [("\n\n", "\n\n"), ("\n", "\n"), ("\n", "\n\n")])
def test_a_letters_page_keeps_every_letter_and_signature(within: str, between: str) -> None:
    # (the last signature, with nothing under it, went as a short line
    # without good neighbours, B101)
    body = between.join(within.join(letter) for letter in _LETTERS)
    doc = run(f"{_LETTERS_HEAD}\n\n{_LETTERS_LEAD}\n\n{body}\n")
    for line in (x for letter in _LETTERS for x in letter):
        assert line in doc.text


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_letters_page_signed_on_two_lines_keeps_every_letter(sep: str) -> None:
    # the name over the place, each on its line (B105 cut every letter
    # after the first, B101 the last signature)
    letters = [[*letter[:-1], *letter[-1].split(", ")] for letter in _LETTERS]
    body = sep.join(sep.join(letter) for letter in letters)
    doc = run(f"{_LETTERS_HEAD}\n\n{_LETTERS_LEAD}\n\n{body}\n")
    for line in (x for letter in letters for x in letter):
        assert line in doc.text


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_letters_page_keeps_each_letters_title(sep: str) -> None:
    # (the first letter's title went as another story's headline, B006,
    # and the letters after the first went outside the article's run, B105)
    body = sep.join(sep.join([t, *letter]) for t, letter in zip(_TITLES, _LETTERS))
    doc = run(f"Letters to the editor\n\n{body}\n")
    for line in (*_TITLES, *(x for letter in _LETTERS for x in letter)):
        assert line in doc.text


def test_a_name_and_a_place_under_one_paragraph_is_no_letters_page() -> None:
    # one "name, place" line under the last paragraph (a credit, a sign-off
    # of the page's): left to the rules as before, no letter's signature
    text = (f"{_LETTERS_HEAD}\n\n{_LETTERS[0][0]}\n\n{_LETTERS[1][0]}\n\n"
            "Harbour Media, London\n")
    doc = run(text)
    assert "Harbour Media, London" not in doc.text


def test_a_teaser_under_a_headline_still_goes_beside_signed_quotes() -> None:
    # a headline of another story under the headline, over an article with
    # no letters under it (one signature only): B006 as before
    text = ("Ring road plan approved despite objections\n\n"
            "Ferry fares to rise again in the spring\n\n"
            f"{_LETTERS[0][0]}\n\n{_LETTERS[1][0]}\n\n{_LETTERS[2][0]}\n")
    doc = run(text)
    assert "Ferry fares to rise again in the spring" not in doc.text
