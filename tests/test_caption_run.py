"""A caption whose photo credit M003 took from its line is no prose of the
article's for the block heuristics (B101/B105): over the body it does not
pull the page's header lines (a teaser, a dateline) into the article; it
stays where it stands inside the article or right under its last
paragraph, and a caption that came without a credit is judged as before."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings
from cleaner.model import Context
from cleaner.rules.metadata import PhotoCredit

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEAD = "Harbour talks resume in the capital after a week of strikes"
MENU = ["Home", "World", "Business", "Sport", "Culture", "Opinion", "Weather", "Video",
        "Politics", "Science", "Health", "Travel", "Food", "Music", "Film", "Books",
        "Cars", "Jobs", "Education", "Technology", "Markets", "Property"]
FOOT = ["About us", "Contact", "Terms of use", "Privacy policy", "Advertise",
        "Careers", "Newsletters", "Archive", "Site map", "Help"]
BODY = [
    "The minister said on Tuesday that the talks would continue next week in the capital, "
    "despite the growing tension on the border and the strikes that closed the port.",
    "Officials in the region reported that the roads to the north had been closed overnight "
    "and that the trains were running late, while the ferries stayed in the harbour.",
    "Residents of the coastal towns said they had been waiting for weeks for the government "
    "to send help, and that the shops had begun to run out of bread and fuel.",
    "The union's leader said the workers would go back to the docks once the contract is "
    "signed. Both sides are expected to meet again on Friday, and not a day before.",
]
# the page's header over the picture: a teaser that repeats a sentence of
# the body, and a dateline
TEASER = "The union's leader said the workers would go back to the docks once the contract is signed."
DATELINE = "Harbour City, Gazette Desk | Updated : 19 November 2019, 09:01 AM"
CAPTION = ("Dock workers gather by the gates of the port on Monday morning, as the strike "
           "enters its second week")
CREDITS = [". (Photo: Jane Doe)", ". (AP Photo/Jane Doe)", ". Picture: Jane Doe/Reuters"]


def page(caption: str, where: str = "top") -> str:
    body = list(BODY)
    top = [TEASER, DATELINE]
    if where == "top":
        top.append(caption)
    elif where == "mid":
        body.insert(2, caption)
    else:
        body.append(caption)
    return "\n\n".join([HEAD, *MENU, *top, *body, *FOOT]) + "\n"


@pytest.mark.parametrize("credit", CREDITS)
def test_a_caption_over_the_body_pulls_no_header_lines_in(credit: str) -> None:
    doc = PIPE.run(page(CAPTION + credit))
    assert "photo_credit" in doc.metadata
    assert TEASER + "\n" not in doc.text and DATELINE not in doc.text
    assert CAPTION not in doc.text  # (over the article: outside it)
    assert doc.text.startswith(HEAD + "\n\n" + BODY[0])
    assert all(p in doc.text for p in BODY)
    assert PIPE.run(doc.text).text == doc.text


def test_the_same_line_without_a_credit_is_judged_as_before() -> None:
    # the fact is the credit taken from the line, not the line's words: a
    # paragraph over the body that came with no credit stays prose
    doc = PIPE.run(page(CAPTION + "."))
    assert "photo_credit" not in doc.metadata
    assert CAPTION + "." in doc.text and DATELINE in doc.text and TEASER + "\n" in doc.text


@pytest.mark.parametrize("credit", CREDITS)
def test_a_caption_between_paragraphs_stays_without_its_credit(credit: str) -> None:
    doc = PIPE.run(page(CAPTION + credit, "mid"))
    assert f"{BODY[1]}\n\n{CAPTION}.\n\n{BODY[2]}" in doc.text
    assert "Jane Doe" not in doc.text


@pytest.mark.parametrize("credit", CREDITS)
def test_a_caption_under_the_last_paragraph_stays(credit: str) -> None:
    doc = PIPE.run(page(CAPTION + credit, "end"))
    assert doc.text.endswith(f"{BODY[-1]}\n\n{CAPTION}.\n")
    assert "About us" not in doc.text and "Jane Doe" not in doc.text
    assert PIPE.run(doc.text).text == doc.text


def captions_of(text: str) -> set[str]:
    ctx = Context(language="en")
    list(PhotoCredit().check(text, ctx))
    return ctx.captions


def test_m003_notes_the_caption_it_took_a_credit_from() -> None:
    assert captions_of(f"{BODY[0]}\n\n{CAPTION}. (Photo: Jane Doe)\n") == {
        "dock workers gather by the gates of the port on monday morning as the strike "
        "enters its second week"}


@pytest.mark.parametrize("text", [
    f"{BODY[0]}\n\n{CAPTION}.\n",                          # no credit
    f"{CAPTION}.\n\nPhoto: Jane Doe/Reuters\n",            # a credit alone on its line
    'The caption read "(Photo: Jane Doe)" under the picture.\n',  # a credit quoted
])
def test_m003_notes_no_caption_where_it_took_no_credit_from_a_line(text: str) -> None:
    assert captions_of(text) == set()


# When the caption as a gap leaves no article (every line but the first
# goes), the block rules cut nothing; cleaned again, the credit is gone and
# the caption is prose, which found an article and cut the lines around it.
# Such a caption is judged by its words the first time too.
SHORT_AFTER = "\n\n".join([BODY[0], "Print Edition", CAPTION + ". (Photo: Jane Doe)",
                           "Well-Being"]) + "\n"


# (five short lines between the two paragraphs: more than B105's run
# crosses to a paragraph that goes on with the article, see
# test_teasers_between_paragraphs.py)
GAP = ["June 2017", "Schedule", "Black", "Gold", "Sports"]


def second_body(paragraph: str, gap: list[str] = GAP) -> str:
    return "\n\n".join([BODY[0], *gap, paragraph, "Place an Ad",
                        CAPTION + ". (AP Photo/Jane Doe)", "Sign in", "Helmets",
                        "Categories", "Mobile Apps"]) + "\n"


SECOND_BODY = second_body(BODY[2])


@pytest.mark.parametrize("text", [SHORT_AFTER, SECOND_BODY])
def test_a_caption_that_leaves_no_article_as_a_gap_is_cleaned_once(text: str) -> None:
    doc = PIPE.run(text)
    assert "photo_credit" in doc.metadata and "Jane Doe" not in doc.text
    assert PIPE.run(doc.text).text == doc.text
    assert f"{CAPTION}.\n" in doc.text
    assert doc.text.startswith(BODY[0] + "\n\n")


def test_a_caption_that_leaves_no_article_lets_the_lines_around_it_go() -> None:
    doc = PIPE.run(SHORT_AFTER)
    assert doc.text.endswith(f"{CAPTION}.\n")
    assert "Well-Being" not in doc.text
    doc = PIPE.run(SECOND_BODY)
    assert doc.text == f"{BODY[0]}\n\n{BODY[2]}\n\n{CAPTION}.\n"


def test_a_caption_is_still_a_gap_where_an_article_is_found_without_it() -> None:
    # (an article of two paragraphs without it: the caption under a line
    # after the run goes with what is after it, as the lines over it)
    doc = PIPE.run(second_body(BODY[1]))
    assert doc.text == f"{BODY[0]}\n\n{BODY[1]}\n"
    assert PIPE.run(doc.text).text == doc.text
    # (as where three short lines stand between the two paragraphs: the run
    # crosses them to the second)
    doc = PIPE.run(second_body(BODY[2], GAP[:3]))
    assert doc.text == f"{BODY[0]}\n\n{BODY[2]}\n"
    assert PIPE.run(doc.text).text == doc.text
