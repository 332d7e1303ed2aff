"""A blog platform's share buttons ("Click to share on Facebook (Opens in
new window)") and the comments' "Loading comments..." are page chrome
(B002) wherever they stand, also between the article's paragraphs (they
were taken for headlines of other stories there, or kept); a sentence that
opens with the same words stays. Invented text throughout."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings

from .harbour_article import HEADLINE, P1, P2, P3

PIPE = Pipeline(settings=Settings(assume_language="en"))


def run(lines: list[str], at_end: bool):
    parts = [HEADLINE, P1, P2, *lines] + ([] if at_end else [P3])
    return PIPE.run("\n\n".join(parts) + "\n")


BUTTONS = ["Click to share on Facebook (Opens in new window)",
           "Click to share on Twitter (Opens in new window)",
           "Click to print (Opens in new window)",
           "Click to email this to a friend (Opens in new window)"]
# (the same buttons without their new window)
BARE_BUTTONS = ["Click to share on Facebook", "Click to print", "Click to email this to a friend"]


@pytest.mark.parametrize("at_end", [True, False])
@pytest.mark.parametrize("lines", [BUTTONS, BUTTONS[:1], BARE_BUTTONS, ["Loading comments..."]])
def test_buttons_go_as_page_chrome(lines, at_end):
    res = run(lines, at_end)
    assert P1 in res.text and P2 in res.text
    assert (P3 in res.text) is not at_end
    for line in lines:
        assert line not in res.text
        assert any(c.code == "B002" and c.before.strip() == line for c in res.changes)


@pytest.mark.parametrize("at_end", [True, False])
@pytest.mark.parametrize("line", [
    # (the button's verbs, in a sentence that goes on: only a button's
    # words, the network, the page and the new window, make one)
    "Click to share on Facebook, the notice on the quay told passing skippers.",
    "Click to email your harbour master, the campaign's website urged visitors.",
    "Click to print the new tariff, a spokesman joked, was the most popular page of the week.",
    "Click to tweet that, she said.",
    "Loading comments from thousands of readers took the moderators most of the night, "
    "the editor said.",
])
def test_a_sentence_with_the_same_words_stays(line, at_end):
    assert line in run([line], at_end).text
