"""The outlet's appeals to the reader on a line of their own (B008, B009):
a newsletter's promise of the day's stories ("Get the day's top stories …")
and a call for letters to the editor ("We'd like to hear what you think …")
go; article text of the same look (the latest on one event, a line that
reports what someone said or wrote) stays. Invented text throughout."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings

from .harbour_article import HEADLINE, P1, P2, P3

PIPE = Pipeline(settings=Settings(assume_language="en"))


def run(line: str, at_end: bool):
    parts = [HEADLINE, P1, P2, line] + ([] if at_end else [P3])
    return PIPE.run("\n\n".join(parts) + "\n")


@pytest.mark.parametrize("at_end", [True, False])
@pytest.mark.parametrize("line, code", [
    ("Get the day's big stories + the games you love, picks and rankings.", "B008"),
    ("Get the week’s biggest headlines in your inbox every Friday.", "B008"),
    ("Get today's top stories before your first coffee.", "B008"),
    ("The Gazette publishes letters to the editor every day. We'd like to hear what you think "
     "about this or any of our stories. Here is our email: letters@example.com.", "B009"),
    ("We want to hear from you: send your letters to the editor to letters@example.com.", "B009"),
    # (a call's own words are no clause of reporting: "Write …", "Tell us")
    ("Tell us what you think. We'd like to hear from you, so please write a letter to the "
     "editor.", "B009"),
    ("Get the day's top stories delivered to your inbox!", "B008"),
    # a lower-case abbreviation ends no sentence ("a.m.", "e.g.")
    ("Get the evening's top stories at 6 p.m. on weekdays.", "B008"),
    ("Get the day's news and the puzzles you love, e.g. the crossword and the quiz.", "B008"),
    # a short second sentence that is itself a call to act
    ("Get the week's best stories. Subscribe today.", "B008"),
    ("Get today's top headlines first. Sign up now. It's free.", "B008"),
    # a call's own words after a comma are no clause of reporting
    ("We'd like to hear from you, so write a letter to the editor, tell us what you think.",
     "B009"),
])
def test_a_pitch_to_the_reader_goes(line, code, at_end):
    res = run(line, at_end)
    assert line not in res.text
    assert P1 in res.text and P2 in res.text
    assert any(c.code == code and line in c.before for c in res.changes)


@pytest.mark.parametrize("at_end", [True, False])
@pytest.mark.parametrize("line", [
    # the latest on one event, not the day's stories
    "Get the latest on the storm as it moves up the coast on the harbour's live page.",
    # a line of the article that reports the words
    "Get the day's news out before the presses stop, the editor told her staff in 1962.",
    "“We’d like to hear from every reader,” she wrote in a letter to the editor of the Gazette.",
    "In a letter to the editor, the mayor said that residents wanted to hear more about the plan.",
    # the day's stories in a sentence that does not open with the call
    "Readers who get the day's top stories from the radio were the first to hear of the fire.",
    # a second sentence after the call: prose that goes on about it
    "Get today's headlines read aloud by a robot? That is the promise of a new app launched "
    "on Monday.",
    "Get the week's top stories on a postcard. The idea won the design prize for the harbour "
    "school's pupils.",
    # a clause of reporting in the present, or of another verb than "said"
    "Get the day's top stories from the local paper, the mayor joked at the launch.",
    "Get the day's news from the harbour wall, the fishermen say.",
    "We'd like to hear what you think: letters to the editor, readers say, are the lifeblood "
    "of a local paper.",
    "Letters to the editor are how we'd like to hear from residents, the councillors argue.",
    # a clause of reporting whose verb comes before its subject (", said
    # the mayor", ", wrote …", ", explained …")
    "Get today's top stories before anyone else, said Mayor Ann Vale at the launch of the app.",
    "Get the day's news in one place, wrote the paper's founder in its first edition in 1901.",
    "Get the week's top stories on the harbour radio, explained Vale, who chairs the station.",
    "We want to hear from every street in town, and letters to the editor will run daily, said "
    "Ann Vale, the paper's new editor.",
    "We'd like to hear from the young, so letters to the editor will be free to send, wrote the "
    "publisher in 1950.",
    "Letters to the editor are how we want to hear from readers, explained Vale, who runs the "
    "letters page.",
    # a call to act after the pitch, then a clause of reporting
    "Get the day's top stories. Sign up now, the editor urged the crowd at the launch.",
    # a sentence that ends after an abbreviation, then prose that goes on
    "Get the morning's top stories at 6 a.m. Then the harbour radio plays the shipping news.",
])
def test_article_text_of_the_same_look_stays(line, at_end):
    res = run(line, at_end)
    assert line in res.text


# -- B008: a call to the reader that opens the line, then a phrase of the
#    inbox ("Sign up …", "Get …" … "in your inbox"): a sign-up box, unless a
#    clause of reporting makes the line the article's (the one list of
#    [reporting], as for the pitches above) --------------------------------

@pytest.mark.parametrize("at_end", [True, False])
@pytest.mark.parametrize("line", [
    "Sign up and get the harbour's news in your inbox every morning, free of charge.",
    "Get the best of the weekend's sport delivered straight to your inbox on Monday mornings.",
    "Stay informed: the tide tables, the ferry times and the weather, in your inbox each day.",
    # a call's own words after a comma are no clause of reporting
    "Sign up for the alerts and get them in your inbox, or tell us which ones you want.",
])
def test_a_call_with_a_phrase_of_the_inbox_goes(line, at_end):
    res = run(line, at_end)
    assert line not in res.text
    assert any(c.code == "B008" and line in c.before for c in res.changes)


@pytest.mark.parametrize("at_end", [True, False])
@pytest.mark.parametrize("line", [
    # a clause of reporting after the call, of any verb of the list
    "Sign up and get the flood alerts in your inbox, the county's emergency agency said in a "
    "statement.",
    "Get the warnings delivered to your inbox, residents were told at a briefing in the "
    "town hall.",
    "Stay informed: sign up to get the alerts in your inbox, the agency urged in a statement "
    "on Tuesday.",
    "Keep up with the river levels in your inbox every hour, the council's engineers "
    "warn, because the gauges on the bridge often fail.",
    # the verb before its subject, right after a comma
    "Subscribe to the alerts and they arrive straight to your inbox, said Maria Lopez, the "
    "agency's spokeswoman.",
    "Get the ferry's delays sent directly to your inbox, wrote the operator in a letter to "
    "its season-ticket holders.",
    # "according to"
    "Get the river levels in your inbox each hour, according to the county's new alert "
    "service launched in March.",
    # the reported call in quotation marks, and a call that no phrase follows
    "“Sign up and get the alerts in your inbox,” the agency said in a statement on Tuesday.",
    "Readers can sign up to get the digest in their inbox, the company said on Monday.",
])
def test_a_reported_call_with_a_phrase_of_the_inbox_stays(line, at_end):
    res = run(line, at_end)
    assert line in res.text
