"""The headline and the lines around it: a section label over a short
headline (B011), the standfirst and an announced list under it (B006), and
what still goes (labels, menus, teasers)."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings

PIPE = Pipeline(settings=Settings(assume_language="en"))

LEAD = ("The council voted on Tuesday to close the old library on the high street, saying "
        "the building would cost too much to repair after the winter floods.")
CLOSE = ("Residents said they would take the decision to court, and a petition against the "
         "closure has gathered more than four thousand names.")


def only(codes: str) -> Pipeline:
    return Pipeline(settings=Settings(assume_language="en", select=codes.split(",")))


def b_codes(doc) -> list[str]:
    return [c.code for c in doc.changes if c.code[0] == "B"]


# -- B011: a section label over a short headline --------------------------------

@pytest.mark.parametrize("label, headline, section", [
    ("News Business", "Council shuts old library", "Business"),
    ("Home Travel Guides", "Quick weekend in Lisbon", "Travel Guides"),
    ("World news", "Floods close the border", "World news"),
    ("Politics", "Council shuts old library", "Politics"),
    # two section words joined, one of them in the list
    ("Arts & Theatre", "Council shuts old library", "Arts & Theatre"),
    ("Science and Wildlife", "Council shuts old library", "Science and Wildlife"),
])
def test_a_section_label_over_a_short_headline_goes(label: str, headline: str,
                                                    section: str) -> None:
    """The label took the headline's place and the headline (five words or
    fewer) was cut as another story's (B006)."""
    doc = PIPE.run(f"{label}\n{headline}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text == f"{headline}\n\n{LEAD}\n\n{CLOSE}\n"
    assert b_codes(doc) == ["B011"]
    assert doc.metadata["section"] == section


@pytest.mark.parametrize("trail, headline, section", [
    # a trail of four words or more from the root, or a section's own
    ("Home News Asia Markets", "Harbour pilots strike over new rosters", "Asia Markets"),
    ("News Asia Pacific Markets", "Harbour pilots strike over new rosters", "Asia Pacific Markets"),
    ("Sport Tennis Grass Court Season", "Veteran reaches final after five-set comeback",
     "Sport Tennis Grass Court Season"),
    ("Travel Food and Wine", "Harbour pilots strike over new rosters", "Travel Food and Wine"),
    # over a sentence-case headline long enough to be a standfirst
    ("Home News Asia Markets",
     "Harbour pilots walk out over new rosters as talks with owners collapse", "Asia Markets"),
    ("Travel Food and Wine", "Harbour pilots walk out over new rosters at dawn", "Travel Food and Wine"),
])
def test_a_breadcrumb_trail_of_four_words_or_more_goes(trail: str, headline: str,
                                                       section: str) -> None:
    """A trail written with spaces, longer than a short label (three words),
    was taken for the headline, and the headline under it cut as another
    story's (B006)."""
    doc = PIPE.run(f"{trail}\n{headline}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text == f"{headline}\n\n{LEAD}\n\n{CLOSE}\n"
    assert b_codes(doc) == ["B011"]
    assert doc.metadata["section"] == section


@pytest.mark.parametrize("first, second", [
    # a headline in Title Case (small words) over its headline-like line
    ("Science Museum Reopens After the Floods", "Harbour pilots strike over new rosters"),
    # a headline in Title Case with no small words, over its standfirst
    ("Health Inspectors Close Harbour Cafes",
     "Owners say the ruling will cost jobs along the whole seafront this summer"),
    # a trail-like line with a figure: a headline
    ("Sport Rovers Win 3 Straight", "Harbour pilots strike over new rosters"),
])
def test_title_case_headlines_are_no_trail(first: str, second: str) -> None:
    doc = PIPE.run(f"{first}\n{second}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text.split("\n")[0] == first
    assert "B011" not in b_codes(doc)


@pytest.mark.parametrize("label", ["Courts & Crime", "Crime and Courts"])
def test_a_joined_section_label_over_a_headline_and_its_body_goes(label: str) -> None:
    """Over a headline right above the body, the label read as the
    headline and the headline as its standfirst."""
    head = "Driver banned for three years after crash on the coast road"
    doc = PIPE.run(f"{label}\n{head}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text == f"{head}\n\n{LEAD}\n\n{CLOSE}\n"
    assert doc.metadata["section"] == label


@pytest.mark.parametrize("first, second", [
    # two words joined, neither a section's: a short headline over its standfirst
    ("Salt & Vinegar", "A seaside chip shop has been named the best in the county by judges"),
    # joined, but the second word in lower case: a headline
    ("Crime and punishment", "A seaside chip shop has been named the best in the county by judges"),
])
def test_joined_words_that_are_no_section_stay(first: str, second: str) -> None:
    doc = PIPE.run(f"{first}\n{second}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text.split("\n")[0] == first
    assert "B011" not in b_codes(doc)


@pytest.mark.parametrize("first, second", [
    # a short headline over its standfirst (neither is a label)
    ("Library closes its doors", "Residents angry as council votes to shut the old building"),
    # a short line that is not in the words of sections, over a short line
    ("Cabinet Minister Quits", "Expenses row ends career"),
    ("Flood warning", "Rivers burst their banks"),
])
def test_a_short_first_line_not_made_of_section_words_stays(first: str, second: str) -> None:
    text = f"{first}\n{second}\n\n{LEAD}\n\n{CLOSE}\n"
    assert "B011" not in b_codes(PIPE.run(text))


def test_a_menu_line_over_a_short_headline_still_goes() -> None:
    doc = PIPE.run(f"Sport | Weather | Travel\n\nCouncil shuts the old library\n\n{LEAD}\n")
    assert doc.text == f"Council shuts the old library\n\n{LEAD}\n"
    assert b_codes(doc) == ["B011"]


# -- B006: the standfirst of a short headline -------------------------------------

def test_the_standfirst_of_a_short_headline_stays() -> None:
    """Under a headline of four words, a standfirst of nine (twice as long)
    is the story's summary, not a teaser."""
    text = ("Storm batters the coast\n"
            "Thousands without power as winds hit the south coast\n\n" + LEAD + "\n")
    assert only("B006").run(text).text == text


@pytest.mark.parametrize("headline, teaser", [
    ("Ukraine urges NATO to act", "Russia to test new missile in space"),
    # eight words, but not twice the headline's length
    ("Council shuts the old library", "Mayor faces vote of confidence over budget cuts"),
])
def test_a_teaser_of_about_the_headlines_length_still_goes(headline: str, teaser: str) -> None:
    text = f"{headline}\n{teaser}\n\n{LEAD}\n"
    doc = only("B006").run(text)
    assert doc.text == f"{headline}\n{LEAD}\n" or doc.text == f"{headline}\n\n{LEAD}\n"
    assert b_codes(doc) == ["B006"]


# -- B006: a list the article announces under its headline -------------------------

KEY_POINTS = ("Key points:\n"
              "The council voted to close the library on the high street\n"
              "Repairs after the floods would cost two million pounds\n"
              "Residents plan a legal challenge\n")


def test_an_announced_list_under_the_headline_is_not_teasers() -> None:
    text = f"Council votes to shut the old library\n\n{KEY_POINTS}\n{LEAD}\n"
    doc = only("B006").run(text)
    assert doc.text == text and b_codes(doc) == []


def test_bulleted_points_under_the_headline_stay() -> None:
    points = "".join(f"• {p}\n" for p in KEY_POINTS.splitlines()[1:])
    text = f"Council votes to shut the old library\n\n{points}\n{LEAD}\n"
    assert only("B006").run(text).text == text


@pytest.mark.parametrize("announcement", ["Related stories:", "Read more:", "Most read:"])
def test_a_list_of_other_stories_under_a_page_label_still_goes(announcement: str) -> None:
    """Negative: the page's own labels announce other stories."""
    teasers = ("Russia to test new missile in space\n"
               "Mayor faces vote of confidence over budget cuts\n")
    text = f"Council votes to shut the old library\n\n{announcement}\n{teasers}\n{LEAD}\n"
    out = only("B006").run(text).text
    assert "Russia to test" not in out and "Mayor faces" not in out


def test_a_colon_line_far_below_the_headline_announces_nothing() -> None:
    """Negative: on a page whose body starts far down, a form's "Set your
    location:" over one field is no list of the article's."""
    text = ("Council votes to shut the old library\n\nSign in to your account\n\n"
            "Customize your weather page\n\nSet your location:\nEnter city and state or zip code\n\n"
            f"{LEAD}\n")
    out = only("B006").run(text).text
    assert "Enter city and state" not in out and "Customize your weather" not in out


def test_a_teaser_between_paragraphs_still_goes() -> None:
    """Negative: a headline of another story between two paragraphs, under
    a teaser label, goes (a bare one may be a crosshead of the article)."""
    for teaser in ("Read more: Mayor faces vote of confidence over budget cuts",
                   "Related | Mayor faces vote of confidence over budget cuts"):
        text = f"Council votes to shut the old library\n\n{LEAD}\n\n{teaser}\n\n{CLOSE}\n"
        assert PIPE.run(text).text == f"Council votes to shut the old library\n\n{LEAD}\n\n{CLOSE}\n"


def test_key_points_one_a_paragraph_under_the_headline_stay() -> None:
    """As L004 writes a list out (and many pages do): the points stay on
    every pass, in the whole pipeline."""
    points = ["The council voted to close the library on the high street",
              "Repairs after the floods would cost it two million pounds",
              "Residents say that they will take the decision to court"]
    text = ("Council votes to shut the old library\n\nKey points:\n\n" + "\n\n".join(points)
            + f"\n\n{LEAD}\n\n{CLOSE}\n")
    out = PIPE.run(text).text
    assert all(p in out for p in points), out


def test_headlines_one_a_paragraph_under_a_label_still_go() -> None:
    """Negative: title-case headlines under a label ("Our picks:") are other
    stories, one a paragraph or not."""
    text = ("Council votes to shut the old library\n\nOur picks:\n\n"
            "Dangerous Toys Warning For Parents\n\nCity Centre Hotel Up For Sale\n\n"
            f"{LEAD}\n\n{CLOSE}\n")
    out = only("B006").run(text).text
    assert "Dangerous Toys" not in out and "Hotel Up For Sale" not in out


# -- the headline found under what is printed over it (boilerplate.headline_of) --

BODY = ("The county council said on Wednesday that the road would stay shut for at least "
        "a week while engineers checked the damage to the old stone arches.")
STAND = "Engineers say the old stone arches may need months of repair before traffic returns"


@pytest.mark.parametrize("over", [
    "At a glance",                                        # a label the list knows
    "Press release\nFor immediate release",               # two of them
    "Arts | Profile",                                     # short parts and a separator
    "Home  Towns  Travel  Parish  Notices",               # a menu written with runs of spaces
    "INDEX 4,102.5 ▲ 0.3%  |  GOLD $2,015 ▼ 0.1%",          # a ticker
    "Your privacy choices\nAccept all\nReject all\nThe Harbour Gazette",  # consent title, site name
])
def test_chrome_over_the_headline_goes_and_the_headline_stays_first(over: str) -> None:
    head = "Viaduct closed after floods for a week"
    doc = PIPE.run(f"{over}\n{head}\n\n{BODY}\n\n{CLOSE}\n")
    assert doc.text.split("\n")[0] == head
    assert BODY in doc.text and CLOSE in doc.text
    # no ticker or menu text as metadata
    assert all("$" not in str(v) and "Towns" not in str(v) for v in doc.metadata.values())


def test_a_short_headline_under_a_section_and_over_its_standfirst_is_kept() -> None:
    """A section name over a three-word headline that names nobody, over its
    standfirst: the section goes, not the headline (B101 took it as a short
    block without good neighbours)."""
    doc = PIPE.run(f"Obituaries\nAlan Price obituary\n{STAND}\n\n{BODY}\n")
    assert doc.text.split("\n")[0] == "Alan Price obituary"
    assert STAND in doc.text


@pytest.mark.parametrize("over, head, section", [
    # a section, then a column's name, over a headline of two sentences
    ("Opinion\nHarbour Notebook", "We paved the marsh for car parks. Now the town floods every winter",
     "Opinion > Harbour Notebook"),
    # ... over a headline in Title Case (no standfirst of the column's name)
    ("Opinion\nWeekend Diary", "Why The Old Harbour Wall Keeps Failing Every Single Winter",
     "Opinion > Weekend Diary"),
])
def test_a_series_label_under_a_section_label_goes_too(over: str, head: str, section: str) -> None:
    """The column's name took the headline's place and the headline was cut
    as another story's (B006)."""
    stand = "Building on the marsh moved the water, not the risk. Engineers said so in 1998."
    doc = PIPE.run(f"{over}\n\n{head}\n\n{stand}\n\n{BODY}\n\n{CLOSE}\n")
    assert doc.text == f"{head}\n\n{stand}\n\n{BODY}\n\n{CLOSE}\n"
    assert doc.metadata["section"] == section


def test_a_short_headline_under_a_label_over_its_standfirst_stays() -> None:
    """A short line under a label, over a line that reads as its standfirst,
    is the headline."""
    doc = PIPE.run(f"In brief\nViaduct shut again\n{STAND}\n\n{BODY}\n\n{CLOSE}\n")
    assert doc.text.split("\n")[0] == "Viaduct shut again"
    assert STAND in doc.text


def test_a_line_of_short_menu_items_over_the_headline_goes() -> None:
    menu = "\n".join(["Home", "Region", "Weather", "Travel", "Opinion"])
    doc = PIPE.run(f"Cookie preferences\n{menu}\n\nViaduct closed after floods for a week\n\n{STAND}\n\n{BODY}\n")
    assert doc.text.split("\n")[0] == "Viaduct closed after floods for a week"
    assert STAND in doc.text


def test_a_long_headline_with_a_quotation_keeps_its_standfirst() -> None:
    """Under a seventeen-word headline, a standfirst of fifteen words is no
    teaser's headline (B006 cut it as shorter than the headline)."""
    head = "'We never asked to be heroes, we asked to be paid': nurses on a decade of cuts"
    sf = "Three ward sisters tell our reporter about night shifts, lost colleagues and why they stay on"
    doc = PIPE.run(f"Health | Interview\n{head}\n{sf}\n\n{BODY}\n")
    assert doc.text.startswith(f"{head}\n\n{sf}\n\n")


def test_a_paragraph_with_a_dangling_quote_does_not_make_the_headline_a_label() -> None:
    doc = PIPE.run("Bishop opens food bank\n\nThe bishop said the town had waited too long for "
                   "a place where families could ask for help. “\n\nHe thanked the volunteers.\n")
    assert doc.text.startswith("Bishop opens food bank\n\nThe bishop said")
    assert not b_codes(doc)


@pytest.mark.parametrize("text", [
    # a headline that is a question, over the body
    f"Will the viaduct reopen by spring?\n\n{BODY}\n\n{CLOSE}\n",
    # a two-word headline
    f"Viaduct closed\n\n{BODY}\n\n{CLOSE}\n",
    # a short page whose first line is the headline, over a short line
    f"Flood warning\nRivers burst their banks\n\n{BODY}\n",
    # a headline over a standfirst: neither is a label
    f"Storm batters coast\n{STAND}\n\n{BODY}\n",
    # a one-word-ish headline in capitals, with no headline under it
    f"BREXIT CHAOS\n\n{BODY}\n\n{CLOSE}\n",
    # a headline with figures in it is no ticker
    f"Shares fall 14% as profit drops 20% to £118m\n\n{BODY}\n",
])
def test_a_first_line_that_is_the_headline_stays(text: str) -> None:
    doc = PIPE.run(text)
    assert doc.text.split("\n")[0] == text.split("\n")[0]
    assert "B011" not in b_codes(doc)


def test_a_section_word_over_a_real_headline_goes_but_only_then() -> None:
    doc = PIPE.run(f"Brexit\nTraders count the cost of new border checks on food\n\n{BODY}\n")
    assert doc.text.startswith("Traders count the cost of new border checks on food\n\n")
    doc = PIPE.run(f"Brexit\n\n{BODY}\n\n{CLOSE}\n")
    assert "B011" not in b_codes(doc)


def test_the_first_line_of_a_page_over_a_menu_is_its_title() -> None:
    """A short page title over a menu written one item a line is no item of
    the menu."""
    menu = "\n".join(["World", "Business", "Opinion", "Radio"])
    doc = PIPE.run(f"Harbour Fees Fiasco\n{menu}\n\n{BODY}\n\n{CLOSE}\n")
    assert doc.text.split("\n")[0] == "Harbour Fees Fiasco"


def test_headline_of_skips_labels_menus_and_tickers() -> None:
    from cleaner import structure
    from cleaner.model import Context
    from cleaner.rules import boilerplate
    text = f"Latest | Markets\nFTSE 7,612.3 ▼ 0.4%  |  DOW 38,904 ▲ 0.2%\nViaduct closed after floods\n\n{BODY}\n"
    ctx = Context(language="en", metadata={}, settings=PIPE.settings, enabled=PIPE._codes)
    ls = structure.lines(text)
    assert boilerplate.headline_of(text, ls, ctx) == 2


# -- the story's own data under the headline (B006, B101, B104, B105) ----------

@pytest.mark.parametrize("box", [
    # a result box: a heading, the score, the scorers, the crowd
    "FINAL SCORE\nMillbrook United 3 - 1 Eastport Albion\n"
    "Goals: Varga 12', Pell 55', Odu 80' | Stern 71'\nCrowd: 8,240",
    # a rating, then labelled lists of good and bad points
    "Score: 3 out of 5\n\nLikes\nBright and even screen\nQuiet under load\n"
    "Dislikes\nHeavy power brick\nShort warranty",
    # a dish's servings and times, cells of figures
    "Makes 12 | Hands-on 20 mins | Bake 25 mins",
    # a result with the scorers in brackets after each score
    "Millbrook United 3 (Varga 12, 55, Odu 80) Eastport Albion 1 (Stern 71)",
    "Millbrook United 2 (Varga 9 pen, Odu 90+3) Eastport Albion 0",
    # a review's credits: labels over names, a running time, a certificate
    "Director: Mara Quist. Cast: Hal Penrose, Ida Vell. 12A cert, 104 mins",
    "Writer: Tom Arle | Cast: Bea Lund, Cy Moor | 95 mins",
    # a book's title and author over its publisher, length and price
    "Quiet Harbours by Ola Strand (Fenwick Books, 296pp, £16.99)",
])
def test_the_storys_data_under_the_headline_stays(box: str) -> None:
    """A line of a label and a value of figures, cells of figures joined
    by bars, or a heading over short items followed by the other heading
    over its own are the story's data, not headlines of other stories nor
    a menu."""
    text = f"Council shuts old library after winter floods\n{box}\n\n{LEAD}\n\n{CLOSE}\n"
    doc = PIPE.run(text)
    for line in box.split("\n"):
        assert line in doc.text.split("\n"), line
    assert b_codes(doc) == []


@pytest.mark.parametrize("chrome", [
    "FTSE 100 7,612 ▼ 0.4% | DOW 34,100 ▲ 0.2%",
    "Comments: 12",
    "Rating: 7 Votes",
    "Photo 3 of 12",
    "Facebook 1.2K | Twitter 340 | LinkedIn 12",
    "Most read\n1 Bus fares up 20p from next month\n2 Storm brings down trees on coast road\n"
    "3 Bakery chain to open twelve shops",
    "09:42 Rents rise as supply falls\n10:15 Storm closes coast road\n11:30 Bakery opens new shop",
])
def test_data_like_chrome_under_the_headline_still_goes(chrome: str) -> None:
    text = f"Council shuts old library after winter floods\n{chrome}\n\n{LEAD}\n\n{CLOSE}\n"
    doc = PIPE.run(text)
    assert doc.text == f"Council shuts old library after winter floods\n\n{LEAD}\n\n{CLOSE}\n"


@pytest.mark.parametrize("line", [
    # figures in brackets, but no result: a headline of another story
    "Council pays 3 (of its 12) suppliers late again",
    "Harbour Board 3 (Chair Says 12) Ferry Firms 4 (Owners Angry)",
])
def test_a_line_with_figures_in_brackets_is_no_result(line: str) -> None:
    from cleaner.blocks import match_row
    assert match_row(line) == ""


@pytest.mark.parametrize("line", [
    # a teaser's label, a headline and a duration: a video's teaser
    "Watch: Divers Film The Wreck. 3 mins",
    # labels over words in lower case: sentences, not credits
    "Police: Man held. Victim: Woman, 34",
    # a headline with a year in brackets, no length nor price
    "Harbour board reopens its old ferry terminal (Updated 2024)",
])
def test_credit_like_lines_are_no_credits(line: str) -> None:
    from cleaner.rules.boilerplate import _data_line
    from cleaner.model import Context
    assert _data_line(line, Context(language="en")) == 0


def test_a_menu_by_sections_under_the_headline_is_no_labelled_list() -> None:
    """Three headings over their items (or items as short as the headings)
    are a menu's sections."""
    menu = ("Travel\nCity breaks abroad\nBeach holidays\nFood\nRecipes for dinner\n"
            "Wine and beer\nMoney\nSaving for later\nCheap energy deals")
    from cleaner.rules.boilerplate import _labelled_lists
    assert _labelled_lists(menu.split("\n")) == set()
    assert _labelled_lists("Pros\nLight body\nGood battery life\nCons\nDim screen".split("\n")) \
        == set(range(5))


@pytest.mark.parametrize("line", [
    # a dateline or a timestamp: the page's, not the story's data
    "POSTED: March 3, 2021 at 7:15 pm | EDITED: March 4, 2021 at 9:02 am",
    "Updated: Tue 10:20 AM, Jun 8, 2021 |",
    "12 April 2020 | 30 May 2020",
    "Source: Harbour Board, 14 May 2021",
    # a footer of contacts: a label with another label in its value
    "Phone: 0123 456789 | Reg No. 998877 | Tax No: XY 123 4567 89",
])
def test_datelines_and_contacts_are_no_story_data(line: str) -> None:
    from cleaner.model import Context
    from cleaner.rules.boilerplate import _data_line
    ctx = Context(language="en", metadata={}, settings=PIPE.settings, enabled=PIPE._codes)
    assert _data_line(line, ctx) == 0


def test_labelled_lists_count_under_the_storys_data_only() -> None:
    """Two short headings over their items under a headline with no data
    of its own are a menu's sections or teasers, not labelled lists."""
    from cleaner import structure
    from cleaner.model import Context
    from cleaner.rules import boilerplate
    menu = ("Online Shops\nSell more with a faster online checkout\nHelp for small traders\n"
            "Event Tickets\nFill more seats with flexible ticket sales\nPlan ahead with live reports")
    text = f"Council shuts old library after winter floods\n{menu}\n\n{LEAD}\n\n{CLOSE}\n"
    ctx = Context(language="en", metadata={}, settings=PIPE.settings, enabled=PIPE._codes)
    ls = structure.lines(text)
    assert boilerplate.story_data(text, ls, 0, len(ls), ctx) == set()
    boxed = f"Council shuts old library after winter floods\nScore: 3 out of 5\n{menu}\n\n{LEAD}\n"
    ls = structure.lines(boxed)
    assert boilerplate.story_data(boxed, ls, 0, len(ls), ctx) == set(range(1, 8))


# -- a page's print version: its header over the headline -----------------------

@pytest.mark.parametrize("header", [
    "Printed from www.harbourtimes.example\nPrint article  |  Close this window\n",
    "This article was printed from https://eastfield-echo.example/news/4411\n"
    "Print  •  Back to article\n",
])
def test_the_header_of_a_print_version_is_not_the_headline(header: str) -> None:
    doc = PIPE.run(f"{header}\nCouncil shuts old library\nBy Ada Moor\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text.split("\n")[0] == "Council shuts old library"
    assert "rinted from" not in doc.text and "|" not in doc.text and "•" not in doc.text
    assert LEAD in doc.text and CLOSE in doc.text
    assert {c.code for c in doc.changes} & {"B006"} == set()


def test_printed_from_and_bars_in_the_text_stay() -> None:
    # a sentence about printing, and a bar that is not all chrome
    line = "Printed from recycled card, the leaflets cost the council 4p each."
    bar = "Opening times | Close to the station"
    doc = PIPE.run(f"Council shuts old library\n\n{LEAD}\n\n{line}\n\n{bar}\n\n{CLOSE}\n")
    assert line in doc.text and LEAD in doc.text and CLOSE in doc.text
    assert not any(c.code == "B002" for c in doc.changes)


# -- a page title over the page's header: its site name is no headline ----------

def _page(title: str, h1: str, between: str = "") -> str:
    from cleaner.htmltext import html_to_text

    return html_to_text(f"<html><head><title>{title}</title></head><body>"
                        f"<header><a href='/'>Riverside Courier</a></header>{between}"
                        f"<h1>{h1}</h1><p>{LEAD}</p><p>{CLOSE}</p></body></html>")


@pytest.mark.parametrize("title, h1, between", [
    # the title's headline cut short, the page's own under the header
    ("Council shuts old library | Riverside Courier",
     "Council shuts old library after winter floods", ""),
    ("Council shuts old library | Riverside Courier",
     "Council shuts old library, citing flood repairs",
     "<nav><a>News</a><a>Sport</a></nav>"),
    ("Council shuts old library - Riverside Courier",
     "Council shuts old library after winter floods", ""),
    # the same headline in both
    ("Council shuts old library after winter floods | Riverside Courier",
     "Council shuts old library after winter floods", ""),
])
def test_the_site_name_under_a_page_title_is_not_the_headline(title, h1, between) -> None:
    doc = PIPE.run(_page(title, h1, between))
    assert doc.text == f"{h1}\n\n{LEAD}\n\n{CLOSE}\n"
    assert doc.metadata["source"] == "Riverside Courier"
    assert "section" not in doc.metadata


def test_breadcrumbs_before_a_headline_copy_still_go() -> None:
    # "News | World | <headline>" over the headline: the crumbs are the short part
    doc = PIPE.run(f"News | World | Council shuts old library after floods\n\n"
                   f"Council shuts old library after floods\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text.split("\n")[0] == "Council shuts old library after floods"
    assert doc.metadata["section"] == "News | World"


def test_a_short_title_segment_is_not_taken_for_the_headline() -> None:
    # a later line that opens like the title's headline but runs on as a
    # sentence is the body, not a fuller headline
    doc = PIPE.run(f"Library closure | Riverside Courier\n\nRiverside Courier\n\n"
                   f"Library closure, the council said, will save money this year.\n\n"
                   f"{LEAD}\n\n{CLOSE}\n")
    assert "Library closure, the council said, will save money this year." in doc.text


@pytest.mark.parametrize("title, meta", [
    ("Ferry fares to rise by a fifth from the spring | Business News", {"section": "Business News"}),
    ("Ferry fares to rise by a fifth from the spring | World | The Harbour Times",
     {"section": "World", "source": "The Harbour Times"}),
    ("Ferry fares to rise by a fifth from the spring | The Harbour Times",
     {"source": "The Harbour Times"}),
])
def test_a_section_after_the_headline_in_a_page_title_is_no_site_name(title: str, meta: dict) -> None:
    body = ("The operator said on Monday that fares on all routes would rise from April, "
            "blaming the cost of fuel and of the new harbour dues.")
    doc = Pipeline.default().run(f"{title}\n\n{body}\n")
    assert doc.text.startswith("Ferry fares to rise by a fifth from the spring\n")
    assert {k: v for k, v in doc.metadata.items() if k in ("section", "source")} == meta


def test_a_row_of_links_under_the_headline_is_called_a_menu() -> None:
    text = ("Otters return to the river after fifty years away\n\n"
            "Wildlife Today | Nature | Conservation | Podcasts\n\n"
            "Otters have been seen on the upper river for the first time in fifty years, "
            "volunteers said on Monday.\n\nThe river trust said cleaner water had brought back fish.\n")
    doc = Pipeline.default().run(text)
    assert [(c.code, c.message) for c in doc.changes if "Podcasts" in c.before] == [
        ("B006", "menu under the headline")]


def test_a_section_label_with_a_place_is_recorded() -> None:
    text = ("Local News | Harbourside\n\nLibrary to open on Sundays from the spring, council says\n\n"
            "The central library will open on Sundays from April, the council said on Monday, "
            "after a petition signed by more than 2,000 residents.\n\n"
            "The change will cost about £40,000 a year.\n")
    doc = Pipeline.default().run(text)
    assert doc.text.startswith("Library to open on Sundays")
    assert doc.metadata.get("section") == "Local News | Harbourside"


# -- B011: a site's name over the page's menu, trail or date line ----------------

HARBOUR = ("The harbour board said on Monday that the old ferry pier would close for repairs "
           "in the spring, and that the crossing would use the north quay until the autumn.\n\n"
           "Traders on the quay said they had not been asked, and a meeting is planned for Friday.\n")


@pytest.mark.parametrize("between", [
    "News  Local  Sport  Business  What's On",     # a menu of spaced items
    "News | Local | Sport | Business",            # a menu with separators
    "Local › Harbourside",                         # a trail
])
def test_a_site_name_over_a_menu_is_no_headline(between: str) -> None:
    """The site's name took the headline's place, and the headline under the
    menu was cut as another story's (B006)."""
    text = f"The Harbour Post\n{between}\nOld ferry pier to close for repairs next spring\n{HARBOUR}"
    doc = Pipeline.default().run(text)
    assert doc.text.startswith("Old ferry pier to close for repairs next spring\n\nThe harbour board")
    assert doc.metadata.get("source") == "The Harbour Post"
    assert "B006" not in b_codes(doc)


def test_a_site_name_over_a_menu_and_a_section_label_is_no_headline() -> None:
    text = ("The Harbour Post\nNews  Local  Sport  Business\nHarbourside\n"
            "Old ferry pier to close for repairs next spring\n"
            "The crossing moves to the north quay until the autumn.\n" + HARBOUR)
    doc = Pipeline.default().run(text)
    assert doc.text.startswith("Old ferry pier to close for repairs next spring\n")
    assert doc.metadata.get("source") == "The Harbour Post"
    assert doc.metadata.get("section") == "Harbourside"


def test_a_site_name_over_a_date_line_in_any_language_is_no_headline() -> None:
    """A date line the language's date rule does not know (figures with
    slashes in English: which is the day?) sits between the site's name
    and the headline."""
    text = ("The Valley Courier\nUpdated 04/09/2024 16:20\n"
            "Old ferry pier to close for repairs until the autumn\n"
            "The harbour board said on Monday that the old pier would stay shut until the "
            "autumn, and that ferries would use the north quay.\n\n"
            "Traders said they had not been consulted.\n")
    doc = Pipeline.default().run(text)
    assert doc.text.startswith("Old ferry pier to close for repairs")
    assert doc.metadata.get("source") == "The Valley Courier"


@pytest.mark.parametrize("language, site, line, headline, body", [
    ("de", "Der Hafenbote", "Mittwoch, 5. Juni 2024",
     "Fähre zum Nordkai fährt ab Montag wieder nach Fahrplan",
     "Die Reederei teilte am Dienstag mit, dass die Fähre nach monatelanger Reparatur wieder "
     "fahre und der alte Anleger bis zum Herbst gesperrt bleibe.\n\n"
     "Anwohner hatten sich über den langen Umweg beschwert.\n"),
    ("it", "La Voce del Porto", "5 giugno 2024, 07:40",
     "Il traghetto per il molo nord torna in servizio da lunedì",
     "La compagnia ha comunicato martedì che il traghetto riprenderà le corse dopo mesi di "
     "riparazioni e che il vecchio molo resterà chiuso fino all'autunno.\n\n"
     "I residenti si erano lamentati del lungo giro.\n"),
    ("fr", "Le Courrier du Port", "Publié le 5 juin 2024 à 07h40",
     "Le bac vers le quai nord reprend du service lundi",
     "La compagnie a annoncé mardi que le bac reprendrait ses traversées après des mois de "
     "réparations et que le vieux quai resterait fermé jusqu'à l'automne.\n\n"
     "Les riverains se plaignaient du long détour.\n"),
    # figures and no word in lower case: a date line, not a ticker
    ("en", "The Harbour Post", "Wednesday 5 June 2024 07:40 BST",
     "Ferry to the north quay returns to service on Monday", HARBOUR),
])
def test_a_site_name_over_a_date_line_m004_reads_is_no_headline(language, site, line, headline,
                                                                   body) -> None:
    """M004 took the date line before the headline was looked for, and
    nothing showed that the site's name sat over the page's furniture: the
    name stayed the headline. M004 leaves such a line to B011 now, which
    takes both (and the date)."""
    doc = Pipeline(settings=Settings(languages=("en", language), assume_language=language)).run(
        f"{site}\n{line}\n{headline}\n{body}")
    assert doc.text.startswith(f"{headline}\n\n")
    assert doc.metadata.get("source") == site
    assert doc.metadata.get("date") == "2024-06-05"
    assert {c.before.strip(): c.code for c in doc.changes if c.code in ("B011", "M004")} == {
        site: "B011", line: "B011"}


@pytest.mark.parametrize("language, text", [
    # a short headline over the date line and a sentence
    ("de", "Fähre Fährt Wieder\nMittwoch, 5. Juni 2024\n"
           "Die Reederei meldet das Ende der Reparaturen am alten Anleger.\n"),
    # the date line right under the headline: M004's, as ever
    ("it", "Il traghetto per il molo nord torna in servizio da lunedì\n5 giugno 2024, 07:40\n"),
])
def test_a_headline_over_a_date_line_m004_reads_stays(language, text) -> None:
    body = ("La compagnia ha comunicato martedì che il traghetto riprenderà le corse dopo mesi "
            "di riparazioni e che il vecchio molo resterà chiuso fino all'autunno.\n")
    doc = Pipeline(settings=Settings(languages=("en", language), assume_language=language)).run(
        f"{text}\n{body}")
    first, line = text.split("\n")[:2]
    assert doc.text.startswith(first + "\n")
    assert "source" not in doc.metadata
    assert doc.metadata.get("date") == "2024-06-05"
    assert {c.before.strip(): c.code for c in doc.changes}.get(line) == "M004"


@pytest.mark.parametrize("text", [
    # a headline over the date line and its standfirst
    "Ferry Pier To Close\n04/09/2024 16:20\nThe harbour board says the old pier needs repairs.\n",
    # a headline over a menu, and no headline under it
    "Old ferry pier to close\nNews  Local  Sport  Business\n",
    # a page's title over a menu written one item a line
    "Ferry Pier Closure\nNews\nLocal\nSport\nBusiness\nPier closes for repairs, says harbour board\n",
])
def test_a_headline_over_a_date_line_or_menu_stays(text: str) -> None:
    doc = Pipeline.default().run(text + "\n" + HARBOUR)
    assert doc.text.startswith(text.split("\n")[0] + "\n")
    assert "source" not in doc.metadata


# -- a quotation headline in German or French quotation marks -------------------

DE_STANDFIRST = ("Der Hafenmeister über leere Kais, teure Fähren und die Frage, warum die "
                 "Stadt ihren alten Anleger nicht aufgeben will.")
DE_INTERVIEW = ("Herr Brandt, der alte Anleger ist seit einem Jahr gesperrt. Wann fahren dort "
                "wieder Fähren?\n\nBrandt: Frühestens im Herbst. Die Gutachter haben Schäden an "
                "allen Pfeilern gefunden, und die Reparatur wird teurer als gedacht.\n")


@pytest.mark.parametrize("headline", [
    "„Der alte Anleger bleibt unser Herz“",
    "‚Der alte Anleger bleibt unser Herz‘",
    "“Der alte Anleger bleibt unser Herz”",
])
def test_a_quotation_headline_under_a_label_stays(headline: str) -> None:
    """„ was no quotation mark to the headline finder: the label over the
    headline took its place and the headline went (B101)."""
    doc = Pipeline.default(languages=("de",)).run(
        f"Interview\n{headline}\n{DE_STANDFIRST}\n{DE_INTERVIEW}")
    assert doc.text.startswith(f"{headline}\n\n")
    assert "source" not in doc.metadata


def test_a_quotation_in_the_body_under_a_label_is_no_headline() -> None:
    """A sentence of the body in quotation marks is still no headline."""
    text = f"Interview\n„Der alte Anleger bleibt unser Herz.“ Das sagt der Hafenmeister seit Jahren.\n{DE_INTERVIEW}"
    doc = Pipeline.default(languages=("de",)).run(text)
    assert not doc.text.startswith("Interview")
    assert "„Der alte Anleger bleibt unser Herz.“ Das sagt der Hafenmeister seit Jahren." in doc.text


# -- B011: a column's name over an ordinary headline in sentence case ----------

@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_a_column_name_over_a_sentence_case_headline_is_a_label(sep: str) -> None:
    """A column's name in Title Case over a headline in sentence case, then
    the byline and the body: the name read as the headline (and the real
    headline as its standfirst)."""
    head = "Why the rent on your allotment could double next year"
    doc = PIPE.run(sep.join(["Garden Ledger", head, "By Tom Ashby", LEAD, CLOSE]) + "\n")
    assert doc.text == f"{head}\n\n{LEAD}\n\n{CLOSE}\n"
    assert doc.metadata["section"] == "Garden Ledger"
    assert doc.metadata["author"] == "Tom Ashby"
    assert [c.code for c in doc.changes if "Garden Ledger" in c.before] == ["B011"]


@pytest.mark.parametrize("head", [
    # a short headline in sentence case over its standfirst
    "Viaduct shut again",
    # a Title Case line of four words is no column's name
    "Old Viaduct Shut Again",
])
def test_a_short_headline_over_a_sentence_case_standfirst_stays(head: str) -> None:
    stand = "Engineers say the arches need months of work before trains return"
    doc = PIPE.run(f"{head}\n\n{stand}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text.startswith(f"{head}\n\n{stand}\n\n")
    assert "section" not in doc.metadata


def test_a_title_case_name_over_a_long_standfirst_stays() -> None:
    # negative: a line of fourteen words or more under it is a standfirst
    stand = ("Engineers say the old stone arches of the viaduct need months of work "
             "before the trains can return")
    doc = PIPE.run(f"Viaduct Repairs\n\n{stand}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text.startswith(f"Viaduct Repairs\n\n{stand}\n\n")


def test_a_title_case_headline_that_the_lead_repeats_is_no_column_name() -> None:
    # negative: "Ferry Strike Ends" over a short sentence-case standfirst
    # names the story (its lead opens "Ferry strike …"), not a column
    stand = "Crossings to the islands resume from Monday morning"
    lead = ("The ferry strike that halted crossings for nine days ended on Friday after "
            "the union accepted a revised pay offer, the operator said.")
    doc = PIPE.run(f"Ferry Strike Ends\n\n{stand}\n\n{lead}\n\n{CLOSE}\n")
    assert doc.text.startswith(f"Ferry Strike Ends\n\n{stand}\n\n")
    assert "section" not in doc.metadata


# -- B011: the section a breadcrumb trail over the headline names -------------

@pytest.mark.parametrize("trail, section", [
    ("Home | Weather | Floods", "Weather > Floods"),
    ("Home  Transport", "Transport"),
    ("News › Courts", "Courts"),
    ("Gardens > Allotments", "Gardens > Allotments"),
    ("Startseite > Regionales", "Regionales"),   # a root in another language
])
def test_a_breadcrumb_trail_over_the_headline_gives_the_section(trail: str, section: str) -> None:
    head = "Allotment holders face rent rise after council vote"
    doc = PIPE.run(f"{trail}\n\n{head}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text == f"{head}\n\n{LEAD}\n\n{CLOSE}\n"
    assert doc.metadata["section"] == section


def test_a_short_label_from_a_root_in_another_language_names_the_section() -> None:
    # "Startseite Inland" (one space: a short label, not a menu) loses its
    # root as "News World" does
    head = "Allotment holders face rent rise after council vote"
    doc = PIPE.run(f"Startseite Inland\n\n{head}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text.startswith(head) and doc.metadata["section"] == "Inland"


def test_a_sites_menu_over_the_headline_names_no_section() -> None:
    # negative: a line of five items from Home is the site's menu
    head = "Allotment holders face rent rise after council vote"
    doc = PIPE.run(f"Home | Weather | Sport | Jobs | Contact\n\n{head}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text == f"{head}\n\n{LEAD}\n\n{CLOSE}\n"
    assert "section" not in doc.metadata


# -- B006 leaves a social promo under the headline to its own rule (R10-15) ----

@pytest.mark.parametrize("promo, code", [
    ("Follow us on Instagram \U0001F4F8 @harbourgazette", "B009"),
    ("Follow us on Facebook and Twitter", "B009"),
])
def test_a_social_promo_under_the_headline_is_removed_by_its_own_rule(promo: str,
                                                                       code: str) -> None:
    doc = PIPE.run(f"Library to close after vote\n\n{promo}\n\n{LEAD}\n\n{CLOSE}\n")
    assert promo not in doc.text and LEAD in doc.text
    assert [c.code for c in doc.changes if promo in c.before] == [code]


def test_a_teaser_headline_under_the_headline_is_still_b006() -> None:
    # negative: a headline of another story is still B006's
    teaser = "Bakery wins prize for its sourdough"
    doc = PIPE.run(f"Library to close after vote\n\n{teaser}\n\n{LEAD}\n\n{CLOSE}\n")
    assert teaser not in doc.text
    assert [c.code for c in doc.changes if teaser in c.before] == ["B006"]


# -- a long first line (review 10 audit) -----------------------------------------
# No assertion on time: a regression shows as a suite that hangs.
@pytest.mark.parametrize("junk", ["QX" * 50_000, "Hq" * 50_000])
def test_a_long_token_over_the_headline_is_read_in_linear_time(junk: str) -> None:
    # the name finder (boilerplate._NAME_RUN) backtracked over the rest of
    # the token from each capital in it: 10 KB of capitals took seconds
    head = "Council shuts old library on the high street"
    doc = PIPE.run(f"{junk}\n{head}\n\n{LEAD}\n")
    assert doc.text == f"{head}\n\n{LEAD}\n"


def test_the_name_finder_finds_names_in_ordinary_text() -> None:
    from cleaner.rules.boilerplate import _NAME_RUN
    text = ("Jane Doe obituary, by the ex-McKay Todd and O'Neill Smith-Jones; "
            "Ann went home. A Day Out")
    assert [m.group("name") for m in _NAME_RUN.finditer(text)] == [
        "Jane Doe", "McKay Todd", "O'Neill Smith-Jones", "Day Out"]
    assert not list(_NAME_RUN.finditer("jane doe and ann were there, Ann said"))


@pytest.mark.parametrize("gap", [" " * 50_000, "\t" * 50_000])
def test_a_long_run_of_spaces_over_the_headline_is_read_in_linear_time(gap: str) -> None:
    # the menu and byline separators (structure._MENU_SEPARATOR,
    # metadata._BYLINE_PARTS, _BYLINE_DASH) started a try at every space of
    # the run, each reading the rest of it: 10 KB of spaces took 8 s
    head = "Council shuts old library on the high street"
    doc = PIPE.run(f"Local{gap}news\n{head}\n\n{LEAD}\n")
    assert doc.text == f"{head}\n\n{LEAD}\n"  # (the section's label goes)


def test_menus_and_bylines_are_still_split_at_their_separators() -> None:
    from cleaner import structure
    assert structure.is_menu_line("Markets | Companies | Economy")
    assert structure.is_menu_line("NEWS  >  UK > CRIME")
    assert structure.is_menu_line("Politics › Europe")
    assert not structure.is_menu_line("Council shuts old library | Example Herald")
    doc = PIPE.run(f"Council shuts old library\n\nJane Smith  |  5 June 2024\n\n{LEAD}\n")
    assert (doc.metadata["author"], doc.metadata["date"]) == ("Jane Smith", "2024-06-05")
    doc = PIPE.run(f"Council shuts old library\n\nBy Jane Smith — 5 June 2024\n\n{LEAD}\n")
    assert (doc.metadata["author"], doc.metadata["date"]) == ("Jane Smith", "2024-06-05")


# -- B011: a label the headline repeats as its kicker ---------------------------

@pytest.mark.parametrize("label, headline", [
    ("Analysis", "Analysis: Will the harbour board ever agree to lower the dues for island ferries?"),
    ("FACT CHECK", "Fact check: Did the harbour board really spend £2m on one new gangway?"),
])
def test_a_label_over_a_long_question_headline_with_its_kicker_goes(label: str,
                                                                    headline: str) -> None:
    """The question, long enough to read as a paragraph, was taken for the
    body's first, and the label for the headline."""
    doc = PIPE.run(f"{label}\n{headline}\n\n{LEAD}\n\n{CLOSE}\n")
    assert doc.text == f"{headline}\n\n{LEAD}\n\n{CLOSE}\n"
    assert b_codes(doc) == ["B011"]


def test_a_paragraph_under_a_label_with_its_kicker_stays_a_paragraph() -> None:
    # negative: after the kicker, a sentence (a full stop), not a headline
    para = ("Analysis: the harbour board has raised the dues three times in two years, "
            "and the ferries have passed every rise on to islanders.")
    doc = PIPE.run(f"Harbour dues rise again for island ferries\n\n{para}\n\n{CLOSE}\n")
    assert para in doc.text
    assert doc.text.startswith("Harbour dues rise again for island ferries\n")
    # nor is the paragraph under a headline and a label the headline
    doc = PIPE.run(f"Harbour dues rise again\nAnalysis\n{para}\n\n{CLOSE}\n")
    assert doc.text == f"Harbour dues rise again\n\n{para}\n\n{CLOSE}\n"


# -- B001: the page title's affixes ----------------------------------------------

@pytest.mark.parametrize("title, section", [
    ("Comment | Harbour bridge tolls to double next spring", "Comment"),
    ("Business > Harbour bridge tolls to double next spring", "Business"),
    ("Travel » Harbour bridge tolls to double next spring", "Travel"),
])
def test_the_breadcrumbs_before_a_title_are_named_without_their_separator(
        title: str, section: str) -> None:
    text = f"{title}\n\nHarbour bridge tolls to double next spring\n\n{LEAD}\n\n{CLOSE}\n"
    doc = only("B001")(text)
    assert doc.text.startswith("Harbour bridge tolls to double next spring\n")
    assert doc.metadata["section"] == section
    assert [c.code for c in doc.changes] == ["B001"]
    assert f"breadcrumbs '{section}' before" in doc.changes[0].message


# -- B105: the page's header between the headline and its copy -------------

_HEADER_HEAD = "Council votes to close the old library"
_HEADER_MENU = ["News", "Sport", "Weather", "Business", "Culture", "Local"]
_HEADER_TEASER = ("Ferry operators say the new timetable will leave the islands without a "
                  "morning crossing for most of the winter.")
_HEADER_MIDDLE = ("Councillors said the repairs would cost more than the service could afford, "
                  "and that a mobile library would visit the town twice a week instead.")


@pytest.mark.parametrize("between", [[], ["Local"]])
def test_a_sentence_over_the_headlines_copy_goes_as_the_pages_header(between) -> None:
    # a sentence between the menus and the headline printed again over the
    # article (a teaser, a ticker's line): the page's, though the page is
    # mostly sentences
    text = "\n\n".join([_HEADER_HEAD, *_HEADER_MENU, *between, _HEADER_TEASER, _HEADER_HEAD,
                        "By Jo Bloggs", LEAD, _HEADER_MIDDLE, CLOSE]) + "\n"
    doc = PIPE.run(text)
    assert doc.text == f"{_HEADER_HEAD}\n\n{LEAD}\n\n{_HEADER_MIDDLE}\n\n{CLOSE}\n"
    assert [c.code for c in doc.changes if _HEADER_TEASER in c.before] == ["B105"]
    assert PIPE.run(doc.text).text == doc.text


def test_the_standfirst_under_the_headlines_copy_stays() -> None:
    standfirst = ("The building on the high street has been closed since the winter floods, and "
                  "repairs would cost more than the library's budget for five years.")
    text = "\n\n".join([_HEADER_HEAD, *_HEADER_MENU, _HEADER_HEAD, standfirst, "By Jo Bloggs",
                        LEAD, _HEADER_MIDDLE, CLOSE]) + "\n"
    doc = PIPE.run(text)
    assert standfirst in doc.text and LEAD in doc.text and CLOSE in doc.text


def test_the_headline_again_in_a_box_under_the_article_leaves_the_article_whole() -> None:
    # (the copy stands under the article's paragraphs: what stands over it
    # is the article)
    text = "\n\n".join([_HEADER_HEAD, LEAD, _HEADER_MIDDLE, CLOSE, _HEADER_HEAD,
                        _HEADER_TEASER]) + "\n"
    doc = PIPE.run(text)
    assert LEAD in doc.text and _HEADER_MIDDLE in doc.text and CLOSE in doc.text

