"""B005: under a teaser's label and the headline of its link, the linked
story's summary cut off by the page ("…,...") goes with them; prose that
ends with an ellipsis stays."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEAD = "Harbour board doubles the dues for island ferries"
BODY = [
    "The harbour board voted on Tuesday to double the dues paid by the ferries that serve "
    "the islands, the first rise in eleven years.",
    "The operators said the rise would be passed on to passengers and warned that two "
    "winter crossings could be cut from the timetable.",
    "A final vote on the timetable is expected in March, when the operators present their "
    "plans for the summer season.",
]
LABEL = "See also"
LINK = "Storm closes the northern ferry terminal for a second week"
SUMMARY = "The northern terminal was closed again on Monday after the storm damaged the ferry ramp,..."


def page(*box: str) -> str:
    return "\n\n".join([HEAD, BODY[0], *box, BODY[1], BODY[2]]) + "\n"


@pytest.mark.parametrize("summary", [
    SUMMARY,
    "The northern terminal was closed again on Monday after the storm damaged the ferry…",
    "Ferry crossings to the northern islands stay cancelled while the terminal is repaired...",
])
def test_a_linked_storys_cut_off_summary_goes_with_its_link(summary: str) -> None:
    doc = PIPE.run(page(LABEL, LINK, summary))
    assert doc.text == "\n\n".join([HEAD, *BODY]) + "\n"
    assert [c.code for c in doc.changes if c.before.strip() == summary] == ["B005"]
    assert PIPE.run(doc.text).text == doc.text


@pytest.mark.parametrize("line", [
    # a sentence of the article that trails off, no word of the link's
    "The board's chairman said only that the matter was closed, and then...",
    # a quotation trailing off
    "“We will see what the northern terminal can take,” the chairman said, “and then…”",
    # the summary in full, a sentence's end
    "The northern terminal was closed again on Monday after the storm damaged the ferry ramp.",
])
def test_prose_under_a_link_is_no_cut_off_summary(line: str) -> None:
    doc = PIPE.run(page(LABEL, LINK, line))
    assert line in doc.text.splitlines()
    assert LINK not in doc.text


def test_an_ellipsis_with_no_link_over_it_stays() -> None:
    # the same line, under the article's paragraph: no teaser's summary
    doc = PIPE.run(page(SUMMARY))
    assert SUMMARY in doc.text.splitlines()
