"""Readers' comments after the article with no "Comments" heading over them.

A scraper flattens a comment section to lines: each comment's head (an
avatar's initials, its author, the author it answers, a place, its time),
its text, and its bar ("12 Likes", "Reply", "Report", "▲ 4 ▼", "Like ·
Reply · 3h"). Without a heading ("14 comments") nothing marked where the
article ended: the comments are sentences, and a text made mostly of
sentences kept them as the article's. Several such comments in a row,
their bars showing what only a comment has, are the signal
(``blocks.comment_threads``); the thread goes (B105), and a comment's time
is no date of the article's (M004 leaves it).

Pages of the same look that are content must stay: a liveblog (entries
under a time and their writer's name, a "Share" under each), a Q&A
interview, a letters page (names and places under letters), a story whose
paragraphs open with people's names, and a story that quotes posts of a
social network (a handle, a time, likes). The fixtures are invented text,
in the shapes of several comment systems.

With no button, a thread is told by its readers' voice ("I", "my", or a
quick reaction, "Agreed!!") under heads that tell the time as comment
systems do (how long ago, or a date with its time of day: WordPress' "March
3, 2024 at 10:15 am", a newspaper's "Jane D. | 03/03/2024 10:15"); a
liveblog in its writers' first person (a name coming back), letters signed
under their texts, dispatches under a place and a date, a transcript's
turns, an interview and dated quotes stay."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings
from cleaner.blocks import comment_threads

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Harbour council approves new sea wall"
ARTICLE = [
    "The harbour council voted on Tuesday to build a new sea wall along the eastern quay, "
    "after two winters of flooding that closed the fish market for weeks at a time.",
    "Work on the wall will start in the spring, the council said, and should be finished "
    "within two years at a cost of eight million pounds, most of it from a national flood fund.",
    "Traders on the quay welcomed the decision but asked the council to keep the market open "
    "while the work goes on, and to publish the plans for the new slipway in full.",
    "A public meeting on the plans will be held at the harbour office next month.",
]

C1 = ("I have lived on the quay for thirty years and the flooding has never been this bad, "
      "so I am glad somebody is finally doing something about it.")
C2 = ("Eight million pounds is a lot of money for a wall that will be too low again in twenty "
      "years, and nobody on the council seems to have asked about that.")
C3 = ("Will the market really stay open? Last time they promised that the stalls were moved to "
      "the car park and half the traders never came back.")
C4 = "Good news at last. Now fix the bus station too please."
COMMENTS = (C1, C2, C3, C4)

# -- the comment systems' shapes --------------------------------------------

THREADS = {
    # Disqus: name, separator, time; votes, Reply, Share; a reply under the
    # name of the comment it answers; three words in a name, an initial
    "disqus": ["Margaret O'Neil", "•", "2 hours ago", C1, "12", "•", "Reply", "•", "Share ›",
               "riverside_dave", "Margaret O'Neil", "•", "an hour ago", C2, "4", "•", "Reply",
               "•", "Share ›",
               "J. Smith", "•", "3 hours ago", C3, "Reply", "•", "Share ›",
               "Load more comments"],
    # WordPress: the author and the date on one line, a Reply under each
    "wordpress": ["Stephanie Cole March 4, 2024 at 9:12 am", C1, "Reply",
                  "Tom Baker March 4, 2024 at 11:40 am", C2, "Reply",
                  "Anne Marie Jones March 5, 2024 at 8:03 am", C3, "Reply"],
    # WordPress with avatars' initials and "says:"
    "wordpress-says": ["MO", "Margaret O'Neil says:", "March 4, 2024 at 9:12 am", C1, "Reply",
                       "JS", "J. Smith says:", "March 4, 2024 at 11:40 am", C2, "Reply"],
    # Facebook's comments: a name and a place, the text, a bar with the time
    "facebook": ["Margaret O'Neil", "Leeds, UK", C1, "Like · Reply · 12 · 3h",
                 "Tom Baker", C2, "Like · Reply · 2h",
                 "Anne Marie Jones", C4, "Like · Reply · 5 · 1h"],
    # a news site's own: handles, a date and a time, likes, Reply, Report
    "own-system": ["riverside_dave", "4 Mar 2024 14:05", C1, "12 Likes", "Reply", "Report",
                   "tom.b", "4 Mar 2024 15:30", C2, "3 Likes", "Reply", "Report",
                   "Show 3 replies",
                   "MargaretK", "4 Mar 2024 16:02", C3, "▲ 4 ▼", "Reply", "Report"],
    # Coral-like: initials, name, place, a short time, then the buttons
    "coral": ["MO", "Margaret O'Neil", "Leeds, UK", "3h", C1, "Reply", "Respect 4", "Share",
              "Report",
              "JS", "J. Smith", "2h", C2, "Reply", "Share", "Report"],
    # a forum's: the handle, its score and how long ago on one line, a
    # folding button, "reply" under each (Hacker News' shape)
    "forum-points": ["riverside_dave 3 points 2 hours ago [-]", C1, "reply",
                     "tom_b 1 point 1 hour ago | parent | next [-]", C2, "reply",
                     "mags 5 points 40 minutes ago [-]", C3, "reply"],
    # ... the folding button first, a bar of links a line each (old Reddit's)
    "forum-links": ["[-] riverside_dave 3 points 2 hours ago", C1,
                    "permalink", "embed", "save", "report", "reply",
                    "[-] tom_b 1 point 1 hour ago", C2,
                    "permalink", "embed", "save", "parent", "report", "reply"],
    # ... the score and the time under the handle, a bar of buttons (new
    # Reddit's)
    "forum-buttons": ["riverside_dave", "3 points · 2 hours ago", C1, "Reply", "Share", "Report",
                      "Save", "tom_b", "1 point · 1 hour ago", C2, "Reply", "Share", "Report",
                      "Save"],
    # names of one word, and votes as a rating
    "one-word-names": ["Regan", "2 days ago", C1, "Rating: 36 Votes",
                       "Woyzeck", "2 days ago at 07:52 am", C2, "Rating: 25 Votes",
                       "Stephanie", "yesterday", C4, "Reply"],
}

# page furniture around the article and its comments, so that the page is
# a dump of a page (not already an article of sentences)
MENU = ["Home", "News", "Sport", "Weather", "Business", "Culture", "Subscribe"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use"]


def page(lines: list[str], sep: str) -> str:
    return sep.join(lines) + "\n"


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.splitlines() if p.strip()]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("furniture", [False, True])
@pytest.mark.parametrize("system", sorted(THREADS))
def test_a_thread_without_a_heading_goes_and_the_article_stays(system, furniture, sep):
    lines = [HEADLINE, *ARTICLE, *THREADS[system]]
    if furniture:
        lines = [*MENU, *lines, *FOOTER]
    doc = PIPE.run(page(lines, sep))
    out = paragraphs(doc.text)
    assert all(p in out for p in [HEADLINE, *ARTICLE])
    assert not [c for c in COMMENTS if c in out]
    # (the comments' times are no date of the article's)
    assert "date" not in doc.metadata


def test_the_thread_is_reported_as_readers_comments():
    doc = PIPE.run(page([HEADLINE, *ARTICLE, *THREADS["wordpress"]], "\n\n"))
    why = {c.before.strip(): (c.code, c.message) for c in doc.changes}
    assert why[C1][0] == "B105" and "reader's comment" in why[C1][1]
    assert why["Tom Baker March 4, 2024 at 11:40 am"][0] == "B105"


def test_the_lines_of_the_thread_are_found_from_its_first_head():
    lines = [HEADLINE, *ARTICLE, *THREADS["disqus"], *FOOTER]
    found = comment_threads(lines, "en")
    first = len(ARTICLE) + 1
    assert min(found) == first and lines[first] == "Margaret O'Neil"
    assert not any(i < first for i in found)
    assert lines.index("Load more comments") in found


def test_a_single_comment_is_no_thread():
    # one comment alone, under a person's name and its time, with a
    # "Reply" under it, is too little to tell from the article's own lines
    # (a post quoted at the end of the story has a name, a time and a Reply)
    lines = [HEADLINE, *ARTICLE, "Stephanie Cole March 4, 2024 at 9:12 am", C1, "Reply"]
    assert comment_threads(lines, "en") == {}
    lines = [HEADLINE, *ARTICLE, "Margaret O'Neil", "2 hours ago", C1, "12 Likes", "Reply"]
    assert comment_threads(lines, "en") == {}


@pytest.mark.parametrize("head,bar", [
    (["Margaret O'Neil says:", "March 4, 2024 at 9:12 am"], ["Reply"]),
    (["riverside_dave", "2 hours ago"], ["Reply", "Report"]),
    (["riverside_dave 3 points 2 hours ago [-]"], ["reply", "report"])])
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_single_comment_that_shows_two_marks_of_a_comment_goes(head, bar, sep):
    # a handle or "says:" over it, its time, and a reply button under it,
    # with no more of the story under it: a reader's comment (a handle is
    # no hint the cheap look for a thread sees: its bar shows two then)
    lines = [HEADLINE, *ARTICLE, *head, C1, *bar]
    out = paragraphs(PIPE.run(page([*lines, *FOOTER], sep)).text)
    assert all(p in out for p in [HEADLINE, *ARTICLE]) and C1 not in out
    assert sorted(comment_threads(lines, "en")) == list(range(len(ARTICLE) + 1, len(lines)))


def test_a_single_comment_with_the_story_going_on_under_it_is_no_thread():
    lines = [HEADLINE, *ARTICLE[:2], "Margaret O'Neil says:", "March 4, 2024 at 9:12 am", C1,
             "Reply", *ARTICLE[2:]]
    assert comment_threads(lines, "en") == {}


def test_a_thread_before_any_article_is_not_taken_for_one_after_it():
    # (readers' comments come after the article: with no prose before it,
    # the same lines are left to the other rules)
    assert comment_threads([HEADLINE, *THREADS["facebook"]], "en") == {}


# -- pages of the same look that are content ----------------------------------

ENTRIES = [
    "The harbour master says no ferries will sail before tomorrow morning at the earliest, and "
    "asks passengers to check the company's website before they travel.",
    "Power has been cut to about two thousand homes on the point, the network operator says, "
    "and engineers will not be sent out until the winds drop below sixty miles an hour.",
    "The council has opened the leisure centre as a rest centre for anyone who has had to leave "
    "their home, and says it has beds for up to two hundred people.",
]
LIVE_HEAD = ["Storm Wendell live: coast road closed as winds reach 90mph",
             "The coast road between the harbour and the point will stay closed until the winds "
             "drop, police said on Tuesday morning."]

NEGATIVES = {
    # a liveblog: a time and its writer over each entry, a Share under it
    "liveblog-clock": [*LIVE_HEAD, "14:52", "Jo Bloggs", ENTRIES[0], "Share",
                       "14:21", "Sam Patel", ENTRIES[1], "Share",
                       "13:47", "Jo Bloggs", ENTRIES[2], "Share"],
    # ... its writer over the time, "writes:", a Share under each
    "liveblog-writes": [*LIVE_HEAD, "Jo Bloggs writes:", "14:52", ENTRIES[0], "Share",
                        "Sam Patel writes:", "14:21", ENTRIES[1], "Share",
                        "Jo Bloggs writes:", "13:47", ENTRIES[2], "Share"],
    "liveblog-ago": [*LIVE_HEAD, "2 hours ago", "Jo Bloggs", ENTRIES[0],
                     "3 hours ago", "Sam Patel", ENTRIES[1],
                     "4 hours ago", "Jo Bloggs", ENTRIES[2]],
    # an interview in questions and answers
    "q-and-a": ["The harbour master on ten years at the quay",
                "Jo Bloggs has run the harbour for ten years. We asked her about the floods, the "
                "new wall and the future of the fish market.",
                "Q: What has changed in ten years?",
                "A: The weather, mostly. We used to see a big flood once every few winters, and "
                "now we see two or three in a single season.",
                "Q: Will the wall be high enough?",
                "A: It is built for the floods we expect in fifty years, not the ones we have "
                "now, so yes, I think it will be."],
    # a letters page: each letter signed with a name and a place, and dated
    "letters": ["Letters: the sea wall, the market and the buses",
                "The council's decision to build the sea wall is welcome, but I wonder why it "
                "took two winters of floods for anyone to act. The traders have been asking for "
                "years.",
                "Margaret O'Neil, Leeds", "March 4, 2024",
                "Eight million pounds is a lot of money for a wall that may be too low in twenty "
                "years. Has anyone on the council asked the engineers about that?",
                "J. Smith, York", "March 4, 2024",
                C3, "Anne Marie Jones, Harbour End", "March 5, 2024"],
    # people's names open the paragraphs
    "names-said": ["Traders welcome sea wall plan",
                   "The harbour council voted on Tuesday to build a new sea wall along the "
                   "eastern quay, after two winters of flooding.",
                   "John Smith, 45, said the floods had cost him most of his stock two winters "
                   "running and he was glad the council had acted at last.",
                   "Margaret O'Neil, who has sold fish on the quay since 1990, said she would "
                   "believe it when she saw it.",
                   "Tom Baker, a councillor, said the work would start in the spring and the "
                   "market would stay open throughout."],
    # posts of a social network quoted in the story, the story going on
    # under them
    "quoted-posts": ["Flood closes harbour as residents share pictures",
                     "Flood water reached the doors of the shops on the harbour front on Tuesday "
                     "morning, and residents shared pictures of the high street under water.",
                     "Margaret O'Neil", "March 4 at 9:12 AM",
                     "The water is up to the doors of the fish market now. Stay safe everyone and "
                     "keep away from the quay this morning.", "Like · Reply · 40",
                     "Tom Baker", "March 4 at 9:40 AM",
                     "The bus station is closed and the buses are turning round at the top of the "
                     "hill, so allow an extra half hour if you are heading into town.",
                     "Like · Reply · 12",
                     "The council said the water had begun to drop by midday, and the shops "
                     "would reopen once the street had been cleaned.",
                     "Engineers will inspect the sea wall on Wednesday before the next high tide."],
    # posts of a forum quoted in the story (a handle, a score, a time, its
    # "reply"), the story going on under them
    "quoted-forum": ["Flood closes harbour as residents share pictures",
                     "Flood water reached the doors of the shops on the harbour front on Tuesday "
                     "morning, and residents were quick to post about it on a local forum.",
                     "riverside_dave 31 points 2 hours ago",
                     "The water is up to the doors of the fish market now. Stay safe everyone and "
                     "keep away from the quay this morning.", "reply",
                     "tom_b 12 points 1 hour ago",
                     "The bus station is closed and the buses are turning round at the top of the "
                     "hill, so allow an extra half hour if you are heading into town.", "reply",
                     "The council said the water had begun to drop by midday, and the shops "
                     "would reopen once the street had been cleaned.",
                     "Engineers will inspect the sea wall on Wednesday before the next high tide."],
    "quoted-tweets": ["Flood closes harbour as residents share pictures",
                      "Flood water reached the doors of the shops on the harbour front on "
                      "Tuesday morning, and residents shared pictures of the high street.",
                      "The water is up to the doors of the fish market now. Stay safe everyone "
                      "and keep away from the quay this morning.",
                      "— Margaret O'Neil (@mags_oneil) March 4, 2024",
                      "The bus station is closed and the buses are turning round at the top of "
                      "the hill, so allow an extra half hour if you are heading into town.",
                      "— Tom Baker (@tombaker) March 4, 2024",
                      "The council said the water had begun to drop by midday, and the shops "
                      "would reopen once the street had been cleaned."],
}
#: Posts as an embed shows them (a name, a handle, the post, its time, its
#: likes and its Reply button): no comments either, though the cleaner
#: loses some of their lines to other rules (a run of short lines).
EMBEDDED_TWEETS = ["Flood closes harbour as residents share pictures",
                   "Flood water reached the doors of the shops on the harbour front on Tuesday "
                   "morning, and residents shared pictures of the high street under water.",
                   "Margaret O'Neil", "@mags_oneil",
                   "The water is up to the doors of the fish market now. Stay safe everyone and "
                   "keep away from the quay this morning.",
                   "9:12 AM · Mar 4, 2024", "40 Likes", "Reply",
                   "Tom Baker", "@tombaker_harbour",
                   "The bus station is closed and the buses are turning round at the top of the "
                   "hill, so allow an extra half hour if you are heading into town.",
                   "9:40 AM · Mar 4, 2024", "12 Likes", "Reply", "Copy link",
                   "The council said the water had begun to drop by midday."]
#: A liveblog whose entries are each under their writer's name and how long
#: ago, a "Share" under each: no comments, and every entry stays.
LIVE_NAMED = [*LIVE_HEAD, "Jo Bloggs", "2 hours ago", ENTRIES[0], "Share",
              "Sam Patel", "3 hours ago", ENTRIES[1], "Share",
              "Jo Bloggs", "4 hours ago", ENTRIES[2], "Share"]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("kind", sorted(NEGATIVES))
def test_content_of_the_same_look_keeps_every_sentence(kind, sep):
    lines = NEGATIVES[kind]
    out = paragraphs(PIPE.run(page(lines, sep)).text)
    assert [x for x in lines if x.endswith((".", "?")) and x not in out] == []


@pytest.mark.parametrize("lines", [*NEGATIVES.values(), EMBEDDED_TWEETS, LIVE_NAMED],
                         ids=[*NEGATIVES, "embedded-tweets", "liveblog-named"])
def test_content_of_the_same_look_is_no_thread(lines):
    assert comment_threads(lines, "en") == {}
    assert comment_threads([*MENU, *lines, *FOOTER], "en") == {}


def test_a_liveblogs_entries_with_clock_times_stay_whole():
    lines = NEGATIVES["liveblog-clock"]
    out = paragraphs(PIPE.run(page(lines, "\n\n")).text)
    assert out == [x for x in lines if x != "Share"]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_liveblogs_entries_under_their_writers_names_stay_whole(sep):
    out = paragraphs(PIPE.run(page(LIVE_NAMED, sep)).text)
    assert out == [x for x in LIVE_NAMED if x != "Share"]


# -- comments with no button: a reader's voice tells them from a liveblog --------

#: Comments in a reader's own voice ("I", "my"), with no button under them.
VOICED = [
    "I have lived by the quay for thirty years and I have never seen the council move this "
    "fast, so good luck to them.",
    "Eight million pounds for a wall? I would like to know who is paying for it, because it "
    "will not be the council.",
    "Great news for the traders. My father sold fish on that quay for forty years.",
]
NO_BUTTONS = {
    # a name, how long ago, the text
    "name-ago": ["Margaret Hale", "2 hours ago", VOICED[0], "Tom Briggs", "3 hours ago",
                 VOICED[1], "Ann Lowe", "5 hours ago", VOICED[2]],
    # the name and how long ago on one line
    "name-ago-one-line": ["Margaret Hale · 2 hours ago", VOICED[0],
                          "Tom Briggs · 3 hours ago", VOICED[1],
                          "Ann Lowe · 5 hours ago", VOICED[2]],
    # the oldest first, one comment of two paragraphs
    "oldest-first": ["Ann Lowe", "5 hours ago", VOICED[2], "Tom Briggs", "3 hours ago",
                     VOICED[1], "They said the same about the car park.", "Margaret Hale",
                     "an hour ago", VOICED[0]],
}


def _live(answer: bool):
    return lambda: answer


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("footer", [False, True])
@pytest.mark.parametrize("shape", sorted(NO_BUTTONS))
def test_comments_with_no_button_in_a_readers_voice_go(shape, footer, sep):
    # a name and a time over each, no "Reply" under any: on a page that is
    # no liveblog (its headline does not say live), the readers speak for
    # themselves ("I", "my"), as a liveblog's writers do not
    lines = [HEADLINE, *ARTICLE, *NO_BUTTONS[shape], *(FOOTER if footer else ())]
    doc = PIPE.run(page(lines, sep))
    out = paragraphs(doc.text)
    assert all(p in out for p in [HEADLINE, *ARTICLE])
    assert not [c for c in VOICED if c in out]
    assert "date" not in doc.metadata
    found = comment_threads(lines, "en", live=_live(False))
    assert min(found) == len(ARTICLE) + 1 and "reader's comment" in found[min(found)]
    # (the last comment ends with its last sentence: the footer is not its)
    assert max(found) == len(ARTICLE) + len(NO_BUTTONS[shape])


def test_comments_with_no_button_and_prose_under_the_last_are_left_alone():
    # (with no bar under it, where the last comment ends is not known but
    # for its first paragraph: a paragraph of prose under that may be the
    # story going on under readers' words it quotes, and the thread is
    # left to the other rules)
    lines = [HEADLINE, *ARTICLE[:2], *NO_BUTTONS["name-ago"], *ARTICLE[2:]]
    assert comment_threads(lines, "en", live=_live(False)) == {}
    out = paragraphs(PIPE.run(page(lines, "\n\n")).text)
    assert all(p in out for p in ARTICLE)


def test_comments_with_no_button_are_no_thread_on_a_live_page_nor_unasked():
    lines = [HEADLINE, *ARTICLE, *NO_BUTTONS["name-ago"]]
    assert comment_threads(lines, "en", live=_live(True)) == {}
    assert comment_threads(lines, "en") == {}  # (no headline to ask)


#: A liveblog's writers, each over the entry, in the first person where they
#: report from the scene; and quoting others.
FIRST_PERSON_ENTRIES = [
    "I am on the harbour front, where the water has reached the doors of the fish market and "
    "the police have closed the quay.",
    "I have just spoken to the harbour master, who says no ferries will sail before tomorrow "
    "morning at the earliest.",
    "My colleague on the point says power has been cut to about two thousand homes.",
]
QUOTING_ENTRIES = [
    "The harbour master said: \u201cI have never seen the water this high in my thirty years on "
    "the quay.\u201d",
    "A trader told us: \"My stock is ruined and I do not know who will pay for it.\"",
    "The council has opened the leisure centre as a rest centre for anyone who has had to leave "
    "their home.",
]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_liveblogs_entries_in_the_first_person_stay_on_a_live_page(sep):
    lines = [*LIVE_HEAD, "Jo Bloggs", "2 hours ago", FIRST_PERSON_ENTRIES[0],
             "Sam Patel", "3 hours ago", FIRST_PERSON_ENTRIES[1],
             "Jo Bloggs", "4 hours ago", FIRST_PERSON_ENTRIES[2]]
    assert paragraphs(PIPE.run(page(lines, sep)).text) == lines


@pytest.mark.parametrize("entries", [ENTRIES, QUOTING_ENTRIES], ids=["reports", "quotes"])
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_entries_that_report_or_quote_stay_on_a_page_that_does_not_say_live(entries, sep):
    # a name and how long ago over each entry, under a headline that does
    # not say live: the writers report, and the first person is quoted
    lines = [HEADLINE, *ARTICLE[:2], "Jo Bloggs", "2 hours ago", entries[0],
             "Sam Patel", "3 hours ago", entries[1], "Jo Bloggs", "4 hours ago", entries[2]]
    assert comment_threads(lines, "en", live=_live(False)) == {}
    out = paragraphs(PIPE.run(page(lines, sep)).text)
    assert [x for x in entries if x not in out] == []


# -- heads with a date or a clock time; pages of that look that are content ----

#: What a page that is no liveblog (its headline does not say live) may hold
#: under the article, in a reader's voice or a reporter's, under names and
#: dates, that is content: each must keep every sentence.
DATED_NEGATIVES = {
    # a liveblog in its writers' first person under a headline that does not
    # say live: a few writers take turns (a name comes back)
    "live-first-person-ago": [HEADLINE, *ARTICLE[:2],
                              "Jo Bloggs", "2 hours ago", FIRST_PERSON_ENTRIES[0],
                              "Sam Patel", "3 hours ago", FIRST_PERSON_ENTRIES[1],
                              "Jo Bloggs", "4 hours ago", FIRST_PERSON_ENTRIES[2]],
    "live-first-person-one-line": [HEADLINE, *ARTICLE[:2],
                                   "Jo Bloggs · 2 hours ago", FIRST_PERSON_ENTRIES[0],
                                   "Sam Patel · 3 hours ago", FIRST_PERSON_ENTRIES[1],
                                   "Jo Bloggs · 4 hours ago", FIRST_PERSON_ENTRIES[2]],
    "live-first-person-dated": [HEADLINE, *ARTICLE[:2],
                                "Jo Bloggs", "March 3, 2024 10:15am", FIRST_PERSON_ENTRIES[0],
                                "Sam Patel", "March 3, 2024 9:40am", FIRST_PERSON_ENTRIES[1],
                                "Jo Bloggs", "March 3, 2024 9:02am", FIRST_PERSON_ENTRIES[2]],
    # letters to the editor: each signed under it, with a name and a date
    "letters-dated": [HEADLINE, *ARTICLE[:2], VOICED[0], "Margaret Hale", "March 4, 2024",
                      VOICED[1], "Tom Briggs", "March 4, 2024", VOICED[2], "Ann Lowe",
                      "March 5, 2024"],
    "letters-dated-one-line": [HEADLINE, *ARTICLE[:2], VOICED[0], "Margaret Hale, 4 March 2024",
                               VOICED[1], "Tom Briggs, 4 March 2024", VOICED[2],
                               "Ann Lowe, 5 March 2024"],
    "letters-ago": [HEADLINE, *ARTICLE[:2], VOICED[0], "Margaret Hale", "2 hours ago",
                    VOICED[1], "Tom Briggs", "3 hours ago", VOICED[2], "Ann Lowe",
                    "4 hours ago"],
    # an interview: the speaker's name opens each answer
    "interview": [HEADLINE, *ARTICLE[:2],
                  "Jo Bloggs: I think the wall is the best thing the council has done in years, "
                  "and I have told them so.",
                  "Sam Patel: My worry is the cost. I would rather see the money spent on the "
                  "market first.",
                  "Jo Bloggs: I do not agree, but I can see why the traders are worried."],
    # a reader's own story, sent in: one name and date over several paragraphs
    "reader-story": [HEADLINE, *ARTICLE[:2], "Margaret Hale", "March 4, 2024",
                     "I have lived by the quay for thirty years and I have never seen water like "
                     "it. It came through the door at six in the morning.",
                     "My neighbours helped me carry the furniture upstairs, and by nine the "
                     "kitchen was under two feet of water.",
                     "I am still waiting for the insurance company to call me back."],
    # quotes in the article, each with its speaker and the day it was said
    "quotes-dated": [HEADLINE, *ARTICLE[:2],
                     "\u201cI have never seen the council move this fast,\u201d one trader said.",
                     "Margaret Hale, March 4, 2024",
                     "\u201cMy stock is ruined and I do not know who will pay for it.\u201d",
                     "Tom Briggs, March 5, 2024",
                     "The council said it would publish the full plans next month."],
}


@pytest.mark.parametrize("footer", [False, True])
@pytest.mark.parametrize("kind", sorted(DATED_NEGATIVES))
def test_dated_content_of_a_threads_look_is_no_thread(kind, footer):
    lines = [*DATED_NEGATIVES[kind], *(FOOTER if footer else ())]
    assert comment_threads(lines, "en", live=_live(False)) == {}


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("kind", sorted(DATED_NEGATIVES))
def test_dated_content_of_a_threads_look_keeps_every_sentence(kind, sep):
    lines = DATED_NEGATIVES[kind]
    out = paragraphs(PIPE.run(page([*lines, *FOOTER], sep)).text)
    assert [x for x in lines if x.endswith((".", "?")) and x not in out] == []


#: Short comments with little or no first person in them.
SHORT_COMMENTS = ["Great article, thanks.", "This is wrong.", "Agreed!!"]

#: Threads whose heads give a date or a time of day, in the shapes of
#: several comment systems.
DATED_THREADS = {
    # WordPress: "says:" and the date, no "Reply" (threading off), texts in
    # any voice, short ones too
    "wordpress-says": ["Jane Doe says:", "March 3, 2024 at 10:15 am", C2,
                       "Tom Baker says:", "March 3, 2024 at 11:40 am", SHORT_COMMENTS[0],
                       "Ann Lowe says:", "March 4, 2024 at 8:03 am", C3],
    # ... a reply offered to a reader who signs in
    "wordpress-log-in": ["Jane Doe", "March 3, 2024 at 10:15 am", C2, "Log in to Reply",
                         "Tom Baker", "March 3, 2024 at 11:40 am", SHORT_COMMENTS[1],
                         "Log in to Reply"],
    # Disqus with its buttons stripped: the name and how long ago in years
    "disqus-years": ["Jane Doe • 3 years ago", VOICED[0], "Tom Baker • 3 years ago", VOICED[1],
                     "Ann Lowe • 2 years ago", VOICED[2]],
    # ... handles over an ISO date and time
    "own-iso": ["jdoe42", "2024-03-12 21:41", VOICED[0], "tbaker", "2024-03-12 22:02", VOICED[2]],
}


#: Button-less heads with a date and its time of day, no "says:", no handle:
#: a comment system's, or a dispatch's place and date, or a liveblog's
#: writer and time (each writer once): nothing tells them apart, so they are
#: no thread (precision: a reader's comment kept is a lesser loss than a
#: dispatch cut).
UNTOLD_DATED = {
    # a newspaper's own: a short name and the date and time in figures
    "own-figures": ["Jane D. | 03/03/2024 10:15", VOICED[0],
                    "Tom B. | 03/03/2024 11:40", SHORT_COMMENTS[0],
                    "Ann L. | 04/03/2024 08:03", VOICED[1]],
    # ... the name over the date and a clock time
    "own-name-over-date": ["Jane Doe", "12 Mar 2024, 9:41pm", VOICED[0],
                           "Tom Baker", "12 Mar 2024, 10:02pm", VOICED[1],
                           "Ann Lowe", "13 Mar 2024, 7:15am", VOICED[2]],
    # ... the name and the date on one line, "on … at …"
    "own-on-date": ["Jane Doe on March 12, 2024 at 9:41 pm", VOICED[0],
                    "Tom Baker on March 12, 2024 at 10:02 pm", VOICED[1]],
    "reactions-dated": ["Jane Doe", "March 3, 2024 at 10:15 am", "Well said. Spot on as usual.",
                        "Tom Baker", "March 3, 2024 at 11:40 am",
                        "Nonsense. The wall was promised ten years ago and never built.",
                        "Ann Lowe", "March 4, 2024 at 8:03 am", SHORT_COMMENTS[0]],
    "dispatches": ["Kyiv, 4 March 2024, 9pm", FIRST_PERSON_ENTRIES[0],
                   "Lviv, 5 March 2024, 10:30am", FIRST_PERSON_ENTRIES[1],
                   "Odesa, 6 March 2024, 7am", FIRST_PERSON_ENTRIES[2]],
    "dispatches-two-lines": ["Kyiv", "4 March 2024, 9pm", FIRST_PERSON_ENTRIES[0],
                             "Lviv", "5 March 2024, 10:30am", FIRST_PERSON_ENTRIES[1],
                             "Odesa", "6 March 2024, 7am", FIRST_PERSON_ENTRIES[2]],
    "liveblog-each-writer-once": ["Jo Bloggs", "March 3, 2024 10:15am", FIRST_PERSON_ENTRIES[0],
                                  "Sam Patel", "March 3, 2024 9:40am", FIRST_PERSON_ENTRIES[1],
                                  "Ann Lowe", "March 3, 2024 9:02am", FIRST_PERSON_ENTRIES[2]],
}


@pytest.mark.parametrize("shape", sorted(UNTOLD_DATED))
def test_dated_heads_with_no_button_nor_says_are_no_thread(shape):
    lines = [HEADLINE, *ARTICLE, *UNTOLD_DATED[shape]]
    assert comment_threads([*lines, *FOOTER], "en", live=_live(False)) == {}
    out = paragraphs(PIPE.run(page([*MENU, *lines, *FOOTER], "\n\n")).text)
    texts = [x for x in UNTOLD_DATED[shape] if len(x) > 60]
    assert texts and all(x in out for x in texts)


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("furniture", [False, True])
@pytest.mark.parametrize("shape", sorted(DATED_THREADS))
def test_a_thread_under_dates_or_clock_times_goes(shape, furniture, sep):
    thread = DATED_THREADS[shape]
    lines = [HEADLINE, *ARTICLE, *thread]
    if furniture:
        lines = [*MENU, *lines, *FOOTER]
    doc = PIPE.run(page(lines, sep))
    out = paragraphs(doc.text)
    assert all(p in out for p in [HEADLINE, *ARTICLE])
    assert [x for x in thread if x in out] == []
    assert "date" not in doc.metadata


@pytest.mark.parametrize("shape", sorted(DATED_THREADS))
def test_a_thread_under_dates_is_found_from_its_first_head_to_its_last_text(shape):
    thread = DATED_THREADS[shape]
    lines = [HEADLINE, *ARTICLE, *thread, *FOOTER]
    found = comment_threads(lines, "en", live=_live(False))
    assert sorted(found) == list(range(len(ARTICLE) + 1, len(ARTICLE) + 1 + len(thread)))


def test_a_thread_under_dates_with_no_button_is_no_thread_on_a_live_page():
    lines = [HEADLINE, *ARTICLE, *UNTOLD_DATED["own-name-over-date"]]
    assert comment_threads(lines, "en", live=_live(True)) == {}


@pytest.mark.parametrize("text,button", [
    ("Log in to Reply", True), ("Sign in to reply", True), ("Login to Reply", True),
    ("Log in to vote", True),
    ("Log in to read more", False), ("Sign in to continue", False),
    ("Log in to your account", False)])
def test_a_button_offered_to_a_reader_who_signs_in(text, button):
    from cleaner.blocks import _comment_controls
    assert _comment_controls(text)[1] is button


@pytest.mark.parametrize("text,reader", [
    ("Great article, thanks.", True), ("Agreed!!", True), ("Spot on.", True),
    ("Nonsense. The wall was promised ten years ago and never built.", True),
    ("Thanks for writing this.", True), ("Thank you so much for sharing", True),
    ("A biased piece from start to finish", True), ("Why now?!", True), ("This.", True),
    ("This week the council met the traders.", False),
    ("This, the council says, is the last chance.", False),
    ("Thanks to the volunteers, the market reopened on Friday.", False),
    ("Exactly three people were hurt.", False), ("Cheers rang out on the quay.", False),
    ("\u201cNonsense!!\u201d the mayor said of the plan.", False),
    ("It was a great story, she said, and the town loved it.", False),
    # (a long paragraph is no reader's quick reaction)
    ("Great article " + "and more words of a long paragraph " * 6, False)])
def test_a_readers_reaction_is_a_readers_voice(text, reader):
    from cleaner.blocks import _reader_voice
    assert _reader_voice((text,)) is reader


#: Button-less comments with little or no first person: some react as readers
#: do, and carry the others (half of them at least must show it).
SHORT_THREADS = {
    "reactions-ago": ["Jane Doe • 3 years ago", SHORT_COMMENTS[0],
                      "Tom Baker • 3 years ago", SHORT_COMMENTS[1],
                      "Ann Lowe • 2 years ago", SHORT_COMMENTS[2]],
}


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("shape", sorted(SHORT_THREADS))
def test_short_comments_with_no_button_go_when_they_react_as_readers(shape, sep):
    thread = SHORT_THREADS[shape]
    lines = [HEADLINE, *ARTICLE, *thread]
    found = comment_threads([*lines, *FOOTER], "en", live=_live(False))
    assert sorted(found) == list(range(len(ARTICLE) + 1, len(lines)))
    out = paragraphs(PIPE.run(page([*MENU, *lines, *FOOTER], sep)).text)
    assert all(p in out for p in [HEADLINE, *ARTICLE]) and [x for x in thread if x in out] == []


def test_short_entries_of_a_liveblog_are_no_readers_reactions():
    # (a liveblog under a headline that does not say live: its entries
    # exclaim too, its writers take turns)
    lines = [HEADLINE, *ARTICLE[:2], "Jo Bloggs", "2 hours ago", "GOAL!! The home side lead.",
             "Sam Patel", "3 hours ago", "Thanks for following our coverage today.",
             "Jo Bloggs", "4 hours ago", "What a finish!!"]
    assert comment_threads(lines, "en", live=_live(False)) == {}


def test_unreactive_short_comments_with_no_button_are_left_alone():
    # ("This is wrong." alone, and its like, tell nothing of a reader's:
    # precision over recall)
    lines = [HEADLINE, *ARTICLE, "Jane Doe • 3 years ago", "This is wrong.",
             "Tom Baker • 3 years ago", "Good news at last. Now fix the bus station too please.",
             "Ann Lowe • 2 years ago", "The wall will be too low in twenty years."]
    assert comment_threads(lines, "en", live=_live(False)) == {}


#: Dispatches and diaries in the first person under a place and a date, and
#: a transcript's turns under their speakers and offsets: no comments (a
#: comment system tells how long ago, or the time of day with the date).
DATED_NOT_TIMED = {
    "dispatch-one-line": [HEADLINE, *ARTICLE[:2], "Leeds, 4 March 2024", VOICED[0],
                          "York, 5 March 2024", VOICED[1], "Hull, 6 March 2024", VOICED[2]],
    "dispatch": [HEADLINE, *ARTICLE[:2], "Kyiv", "4 March 2024", FIRST_PERSON_ENTRIES[0],
                 "Lviv", "5 March 2024", FIRST_PERSON_ENTRIES[1],
                 "Odesa", "6 March 2024", FIRST_PERSON_ENTRIES[2]],
    "chicago": [HEADLINE, *ARTICLE[:2], "Chicago, 4 March 2024", VOICED[0],
                "Boston, 5 March 2024", VOICED[1]],
    "transcript": [HEADLINE, *ARTICLE[:2], "Jane Doe 0:15", VOICED[0], "Tom Baker 1:02", VOICED[1]],
    # a liveblog in its writers' first person, each writer once, under a
    # time of day alone (a name over it, or beside it)
    "live-clock": [HEADLINE, *ARTICLE[:2], "Jo Bloggs", "10:15am", FIRST_PERSON_ENTRIES[0],
                   "Sam Patel", "9:40am", FIRST_PERSON_ENTRIES[1],
                   "Ann Lowe", "9:02am", FIRST_PERSON_ENTRIES[2]],
    "live-clock-one-line": [HEADLINE, *ARTICLE[:2], "Jo Bloggs 10:15", FIRST_PERSON_ENTRIES[0],
                            "Sam Patel 09:40", FIRST_PERSON_ENTRIES[1],
                            "Ann Lowe 09:02", FIRST_PERSON_ENTRIES[2]],
}


@pytest.mark.parametrize("kind", sorted(DATED_NOT_TIMED))
def test_dispatches_and_transcripts_are_no_thread(kind):
    lines = DATED_NOT_TIMED[kind]
    assert comment_threads(lines, "en", live=_live(False)) == {}
    out = paragraphs(PIPE.run(page(lines, "\n\n")).text)
    assert [x for x in lines if x.endswith((".", "?")) and x not in out] == []


# -- WordPress' heading: the count of comments and the post's title --------------

LONG_HEADLINE = "Harbour council approves new sea wall after two winters of floods on the quay"


@pytest.mark.parametrize("heading", [
    "3 thoughts on \u201c{}\u201d", "One thought on \u201c{}\u201d", "2 Responses to \u201c{}\u201d",
    "One Response to \u201c{}\u201d", "12 Replies to \"{}\"", "4 comments on \u2018{}\u2019"])
@pytest.mark.parametrize("headline", [HEADLINE, LONG_HEADLINE], ids=["short", "long"])
@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_wordpress_heading_with_the_posts_title_ends_the_article(heading, headline, sep):
    # (the comments under it have a date alone and no button: only the
    # heading tells them)
    thread = [heading.format(headline), "Jane Doe", "March 3, 2024", C2, "Tom Baker",
              "March 4, 2024", C3]
    lines = [*MENU, headline, *ARTICLE, *thread, *FOOTER]
    out = paragraphs(PIPE.run(page(lines, sep)).text)
    assert all(p in out for p in [headline, *ARTICLE])
    assert [x for x in thread if x in out] == []


@pytest.mark.parametrize("line", [
    # (a crosshead that quotes something else than the headline)
    "3 thoughts on \u201cthe wall\u201d",
    # (no count, no quotation marks, or a sentence going on after them)
    "Thoughts on \u201c{}\u201d", "3 thoughts on {}",
    "3 thoughts on \u201c{}\u201d came to mind as the council voted."])
def test_a_line_of_that_look_in_the_article_is_no_comments_heading(line):
    lines = [HEADLINE, *ARTICLE[:2], line.format(HEADLINE), *ARTICLE[2:]]
    out = paragraphs(PIPE.run(page(lines, "\n\n")).text)
    assert all(p in out for p in ARTICLE)


def test_the_titled_heading_needs_the_title_over_it():
    from cleaner.blocks import is_comments_heading
    line = "3 thoughts on \u201c{}\u201d".format(LONG_HEADLINE)
    assert is_comments_heading(line, counted=True, lines=["Home", LONG_HEADLINE, *ARTICLE])
    assert not is_comments_heading(line, counted=True, lines=["Home", HEADLINE, *ARTICLE])
    assert not is_comments_heading(line)


# -- heads of other comment systems: "Posted by" a handle, a handle that
# said, one line with the author, the date and "Reply" --------------------------
# (C2 and C3 are in no reader's first person: the heads alone tell them)
HEAD_SHAPES = {
    "posted-by": ["Posted by quaywalker on March 3, 2024 at 10:15 am", C2,
                  "Posted by tom_b on March 3, 2024 at 10:42 am", C3,
                  "Posted by islander77 on March 4, 2024 at 9:05 am", C4],
    "said": ["quaywalker said:", C2, "tom_b said:", C3, "islander77 said:", C4],
    # (when, between the handle's word and its colon)
    "said-on-date": ["quaywalker said on March 3, 2024:", C2,
                     "tom_b said on March 3, 2024 at 10:42 am:", C3,
                     "islander77 said on 4 March 2024:", C4],
    "one-line": ["quaywalker | 3 March 2024 | Reply", C2, "Jane Doe | 3 March 2024 | Reply", C3,
                 "islander77 · 4 March 2024 · Reply", C4],
}


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
@pytest.mark.parametrize("shape", sorted(HEAD_SHAPES))
def test_a_thread_under_other_systems_heads_goes(shape, sep):
    lines = [HEADLINE, *ARTICLE, *HEAD_SHAPES[shape]]
    assert sorted(comment_threads(lines, "en", live=_live(False))) == list(
        range(1 + len(ARTICLE), len(lines)))
    doc = PIPE.run(page(lines, sep))
    out = paragraphs(doc.text)
    assert out == [HEADLINE, *ARTICLE]
    assert "date" not in doc.metadata


#: The same heads, one writer's (a blog's posts, a columnist's dispatches),
#: a name that said (an article quoting people), a liveblog "Posted by" its
#: writers, a head with no button: no thread.
NOT_THREADS = {
    "one-writer-posted": ["Posted by quaywalker on March 3, 2024 at 10:15 am", C2,
                          "Posted by quaywalker on March 4, 2024 at 10:42 am", C3],
    "one-writer-said": ["quaywalker said:", C2, "quaywalker said:", C3],
    "one-writer-said-on-date": ["quaywalker said on March 3, 2024:", C2,
                                "quaywalker said on March 4, 2024:", C3],
    "names-said-on-date": ["The harbour master, Jane Doe, was blunt.",
                           "Jane Doe said on March 3, 2024:", C2,
                           "Tom Baker said on March 4, 2024:", C3],
    "names-said": ["The harbour master, Jane Doe, was blunt.", "Jane Doe said:", C2,
                   "Tom Baker said:", C3],
    "posted-by-names": ["Posted by Jane Doe on March 3, 2024 at 10:15 am", C2,
                        "Posted by Tom Baker on March 3, 2024 at 10:42 am", C3],
    "one-line-no-button": ["quaywalker | 3 March 2024", C2, "tom_b | 3 March 2024", C3],
}


@pytest.mark.parametrize("kind", sorted(NOT_THREADS))
def test_heads_of_one_writer_or_quoted_names_are_no_thread(kind):
    lines = [HEADLINE, *ARTICLE, *NOT_THREADS[kind]]
    assert comment_threads(lines, "en", live=_live(False)) == {}
    out = paragraphs(PIPE.run(page(lines, "\n\n")).text)
    assert [x for x in lines if x in (C2, C3) and x not in out] == []
