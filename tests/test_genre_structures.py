"""Article genres whose structured content (a liveblog's entries, a
recipe's ingredients and steps, an election's results, a review's
verdict, a box of key points) must survive the boilerplate heuristics,
and the chrome of the same shapes (related links, menus, share bars)
that must still go."""
from __future__ import annotations

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
