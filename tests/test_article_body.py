"""No paragraph of the article is deleted from its middle or its end: a
liveblog's entries across a share bar, content announced by a colon (verse,
a quotation, a list), a list's items, the data of a story. Each fix has its
negative cases: the chrome after the article still goes. Invented text."""
from __future__ import annotations

from cleaner import Pipeline, Settings

PIPE = Pipeline(settings=Settings(assume_language="en"))


def cleaned(text: str) -> str:
    return PIPE.run(text).text


E1 = ("Firefighters say the blaze at the timber yard on the edge of the town is now under "
      "control, although crews will stay on site overnight to damp down hot spots.")
E2 = ("The county council has opened the sports hall on Mill Lane as a rest centre for "
      "families who were asked to leave their homes, and says it will stay open until Monday.")
E3 = ("Police have asked drivers to avoid the ring road while the smoke drifts across it, "
      "and say that the diversions are likely to be in place for most of the evening.")
P1 = ("The town council voted on Tuesday night to keep the library open for another two "
      "years, after a campaign by residents that drew more than four thousand signatures.")
P2 = ("The leader of the council said the decision had not been easy, and that the money "
      "would have to come from savings in other parts of the budget over the next year.")


# -- a liveblog's share bar is not the end of the article ---------------------

def test_liveblog_entries_after_a_share_bar_are_kept() -> None:
    text = (f"Timber yard fire live: residents told to keep windows shut\n\n"
            f"18:05\nRest centre opens for families\n{E2}\nShare\nCopy link\n\n"
            f"17:40\nDrivers told to avoid ring road\n{E3}\nShare\nCopy link\nFacebook\nX\n\n"
            f"17:10\nFire under control, crews say\n{E1}\n")
    out = cleaned(text)
    for line in (E1, E2, E3, "17:40", "Drivers told to avoid ring road", "17:10",
                 "Fire under control, crews say"):
        assert line in out
    assert "Copy link" not in out and "Share" not in out.split("\n")


def test_a_share_bar_then_teasers_after_the_article_still_go() -> None:
    teasers = ["Bakery wins prize for its sourdough", "Bus fares to rise from May",
               "New head teacher named at the high school", "Ring road repairs begin"]
    text = (f"Library saved after campaign\n\n{P1}\n\n{P2}\n\nShare\nCopy link\n\n"
            "More stories\n" + "\n".join(teasers) + "\n")
    out = cleaned(text)
    assert P1 in out and P2 in out
    assert not any(t in out for t in teasers)
