"""Lists in and around an article (cleaner/blocks.py, ``_anchored_runs``):
the lists that are the article's (summary points, ratings, records, data)
are kept with the prose after them; the lists of the page's boxes (ranked
headlines, teasers led by a time, a ticker under a section's name) are not
the article's, even when they hold figures. Invented text throughout."""
from __future__ import annotations

from cleaner import Pipeline, Settings
from cleaner.blocks import classify_blocks

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Harbour council agrees to sell the old ferry terminal"
P1 = ("The harbour council voted on Monday evening to sell the old ferry terminal to a "
      "housing charity, ending a dispute that has lasted for most of the last decade.")
P2 = ("Councillors said the building had cost the town more than it earned for years, and "
      "that the charity had promised to keep the clock tower that stands over the quay.")
P3 = ("The sale is expected to be completed in the spring, after a survey of the sea wall "
      "that the charity has asked for before it signs the contract with the council.")
P4 = ("Residents who opposed the plan said they would ask the regional government to look "
      "again at the price, which they believe is far below what the site is worth today.")
FOOTER = ("The Example Gazette is published by Example Media, a company registered in the "
          "county, and is a member of the regional press standards body.")
MENU = ["Home", "News", "Local", "Business", "Opinion", "Weather", "Contact Us"]


def page(body: list[str]) -> list[str]:
    return [HEADLINE, *MENU, *body]


def kept(blocks: list[str], **kw) -> list[str]:
    return [b for b, v in zip(blocks, classify_blocks(blocks, **kw)) if v.keep]


def cleaned(text: str) -> str:
    return PIPE.run(text).text


def doc(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


# ------------------------------------------------ the page's lists, with figures

RANKED = ["1 Rents rise 4.5% to a 10-year high",
          "2 Bus fares up 20p from 1 March",
          "3 Port traffic climbs 7.5% in 2023",
          "4 Bakery chain to open 12 shops in 2025"]
TIMED = ["09:42 Rents rise 4% as supply falls",
         "09:15 Bakery chain to open 12 shops",
         "08:50 Port traffic climbs 7.5% in a year",
         "08:31 Bus fares up by 20p"]
TICKER = ["Gold $2,031.40 +0.6%", "Oil $78.20 -1.4%", "Euro 1.0842 -0.2%",
          "Bitcoin 41,250 +2.3%"]


def test_ranked_headlines_with_figures_are_not_data():
    # under a heading no phrase list knows: the ranks and the headlines
    # written after them tell the list from a table
    body = [P1, "Elsewhere on the site", *RANKED, P2, P3]
    k = kept(page(body))
    assert not any(r in k for r in RANKED)
    assert P2 in k and P3 in k


def test_teasers_led_by_a_time_are_not_data():
    body = [P1, "Elsewhere on the site", *TIMED, P2, P3]
    k = kept(page(body))
    assert not any(t in k for t in TIMED)


def test_a_ticker_under_the_name_of_a_section_is_not_the_article():
    for heading in ("Markets", "Business"):
        k = kept(page([P1, heading, *TICKER, P2, P3]))
        assert not any(t in k for t in TICKER), heading


def test_a_list_under_a_heading_known_as_chrome_is_not_the_article():
    # a heading a phrase-list rule knows ("Most read") is passed as chrome
    ingredients = ["2 onions, finely chopped", "400g tinned tomatoes", "1 tbsp olive oil",
                   "3 garlic cloves, crushed"]
    blocks = page([P1, "Most read", *ingredients, P2, P3])
    k = kept(blocks, chrome=[blocks.index("Most read")])
    assert not any(i in k for i in ingredients)


def test_ranked_lists_in_the_pipeline_go_and_the_prose_stays():
    for heading, items in (("Most read", RANKED), ("Latest news", TIMED), ("Markets", TICKER)):
        out = cleaned(doc(HEADLINE, P1, heading, *items, P2, P3, P4))
        assert out == doc(HEADLINE, P1, P2, P3, P4), heading


def test_tables_ingredients_and_steps_with_ranks_or_times_stay():
    # a standings table has ranks but no words in lower case; ingredients go
    # on in lower case after the quantity; numbered steps are sentences
    standings = ["Pos Team P W D L Pts", "1 Quayside 14 10 2 2 32", "2 Northgate 14 9 3 2 30",
                 "3 Millbrook 14 8 2 4 26", "4 Eastport 13 7 3 3 24"]
    ingredients = ["Ingredients", "1 red onion, sliced", "2 carrots, peeled and diced",
                   "3 sticks celery", "4 tbsp olive oil", "500ml vegetable stock"]
    steps = ["Method", "1. Soften the onion in the oil for 5 minutes.",
             "2. Add the carrots and celery and cook for 10 minutes.",
             "3. Pour in the stock and simmer for 20 minutes."]
    for lst in (standings, ingredients, ingredients + steps):
        text = doc(HEADLINE, P1, P2, *lst, P3, P4)
        assert cleaned(text) == text


# ------------------------------------------------ summary points under a short label


POINTS = ["The council will sell the terminal to a housing charity",
          "The charity has promised to keep the clock tower on the quay",
          "A survey of the sea wall must be done before the sale"]


def test_key_points_under_a_short_label_keep_the_lead_and_the_list():
    for label in ("Key points:", "Summary:", "What we know:"):
        text = doc(HEADLINE, P1, label, *POINTS, P2, P3)
        assert cleaned(text) == text, label


def test_a_short_label_over_headlines_announces_no_list():
    # headlines are written without function words: no statements
    headlines = ["Mayor defends harbour budget in radio interview",
                 "Ferry operator posts record summer profits",
                 "Quayside cafe owner wins national award"]
    k = kept(page([P1, "See also:", *headlines, P2, P3]))
    assert not any(h in k for h in headlines)
    # and a label a phrase list knows announces nothing
    blocks = page([P1, "Key points:", *POINTS, P2, P3])
    k = kept(blocks, chrome=[blocks.index("Key points:")])
    assert not any(p in k for p in POINTS)


# ------------------------------------------------ "Label: value" lines, records


RATINGS = ["Dan Okafor: 7, solid at the back all game",
           "Lee Marsh: 9, scored twice and hit the post",
           "Ravi Bhatt: 6, quiet after the break"]
CLOSING = ("Quayside play their next match away at Millbrook on Saturday, and will be without "
           "their captain, who is suspended after picking up a fifth yellow card.")


def test_ratings_and_the_closing_paragraph_after_them_stay():
    for heading in ("Player ratings", "Player ratings:"):
        text = doc(HEADLINE, P1, P2, heading, *RATINGS, CLOSING)
        assert cleaned(text) == text, heading


def test_labelled_teasers_between_the_article_and_a_footer_still_go():
    # a teaser's label is followed by a capitalised headline
    teasers = ["Analysis: Why the ferry terminal never paid its way",
               "Watch: The clock tower at dawn",
               "Opinion: The town deserves a better deal",
               "Deals: 4K Television Falls to Its Lowest Price (Save $300)"]
    k = kept(page([P1, P2, P3, "More on this", *teasers, FOOTER]))
    assert not any(t in k for t in teasers)
    assert FOOTER not in k


def test_records_announced_by_a_colon_stay_and_the_tags_after_them_go():
    records = ["Tom Reyes, 41, Northgate: burglary, two years",
               "Ana Lind, 29, Millbrook: fraud, 12 months suspended",
               "Joe Pratt, 55, Eastport: assault, community order"]
    tags = ["Topics", "Courts", "Crime", "Northgate"]
    out = cleaned(doc(HEADLINE, P1, P2, P3, "Sentences passed at the county court this week:",
                      *records, *tags))
    assert out == doc(HEADLINE, P1, P2, P3, "Sentences passed at the county court this week:",
                      *records)


def test_dated_headlines_announced_by_a_colon_are_no_records():
    dated = ["Council votes to sell the terminal, 3 May 2024",
             "Charity wins the bid for the quay, 2 May 2024",
             "Sea wall survey ordered, 30 April 2024"]
    k = kept(page([P1, P2, P3, "Here is what else happened in the town this week:", *dated]))
    assert not any(d in k for d in dated)


# ------------------------------------------------ a list under the headline


STANDFIRST = "The town's oldest building is to become homes for families on the waiting list."


def test_key_points_right_under_the_headline_stay():
    # the headline (or its standfirst) announces the list as a paragraph does
    for top in ([HEADLINE], [HEADLINE, STANDFIRST]):
        for label in ("Key points:", "What we know so far:"):
            blocks = [*top, label, *POINTS, P1, P2]
            assert kept(blocks) == blocks, (top, label)
    # B101 off, B105 keeps them too: the article's run starts at the headline
    blocks = [HEADLINE, "Key points:", *POINTS, P1, P2]
    assert kept(blocks, enabled=["B102", "B103", "B104", "B105"]) == blocks
    # in the pipeline, with the list written one item a line
    text = HEADLINE + "\n\nKey points:\n" + "\n".join(POINTS) + "\n\n" + P1 + "\n\n" + P2 + "\n"
    out = Pipeline(settings=Settings(assume_language="en", ignore=("L004",))).run(text).text
    assert out == text


def test_related_links_right_under_the_headline_still_go():
    headlines = ["Mayor defends harbour budget in radio interview",
                 "Ferry operator posts record summer profits",
                 "Quayside cafe owner wins national award"]
    # headlines under a label: no statements
    for label in ("See also:", "More from the harbour:"):
        k = kept([HEADLINE, label, *headlines, P1, P2, P3])
        assert not any(h in k for h in headlines), label
    # a label a phrase list knows (chrome) announces nothing, statements or not
    blocks = [HEADLINE, "Related stories:", *POINTS, P1, P2, P3]
    k = kept(blocks, chrome=[1])
    assert not any(p in k for p in POINTS)
    assert "Related stories:" not in cleaned(doc(HEADLINE, "Related stories:", *headlines, P1, P2))


# ------------------------------------------------ fixtures and results after the article


FIXTURES = ["Harbour City v Millbrook Rovers (15:00)",
            "Queen of the Quay vs Eastport Athletic (17:30)"]
RESULTS = ["Harbour City 2-1 Millbrook Rovers", "Eastport Athletic 0-0 Northgate"]


def test_fixtures_or_results_under_a_heading_after_the_article_stay():
    for heading, rows in (("Saturday's fixtures", FIXTURES), ("Results:", RESULTS)):
        blocks = [HEADLINE, P1, P2, heading, *rows, "Sport", "Football", "Northgate"]
        assert kept(blocks) == [HEADLINE, P1, P2, heading, *rows], heading
        text = doc(HEADLINE, P1, P2, heading, *rows)
        assert cleaned(text + "\nSport\n\nFootball\n") == text


def test_headlines_about_matches_are_no_fixtures():
    teasers = ["Harbour City v Millbrook: five things we learned",
               "Rovers beat Eastport 2-1 to go top of the league",
               "Harbour City v Millbrook v Eastport"]
    k = kept([HEADLINE, P1, P2, "More football", *teasers, "Sport", "Football"])
    assert not any(t in k for t in teasers)
    # rows under a heading a phrase list knows, or a section's name, are a box of the page
    for heading in ("Sport", "Football"):
        k = kept([HEADLINE, P1, P2, heading, *RESULTS], chrome=[3] if heading == "Football" else ())
        assert not any(r in k for r in RESULTS), heading
    # one row alone is no list
    k = kept([HEADLINE, P1, P2, "Next match", FIXTURES[0], "Sport", "Football"])
    assert FIXTURES[0] not in k


# ------------------------------------------------ a clause of two words announces a list


CLOSING_SHORT = "The rules will be reviewed by the harbour board at the end of the summer."


def test_a_noun_and_a_listing_verb_announce_a_bulleted_list_at_the_end():
    # "Changes include:" is a clause of the prose, as "The changes include:"
    # is; the list and the short closing paragraph after it stay
    items = ["- Night moorings for residents", "- A ban on jet skis near the beach",
             "- Fees that rise with the length of the boat"]
    for label in ("Changes include:", "Exceptions are:", "The changes include:"):
        text = doc(HEADLINE, P1, P2, label + "\n" + "\n".join(items), CLOSING_SHORT)
        out = cleaned(text)
        assert label in out and all(i in out for i in items) and CLOSING_SHORT in out, label


def test_a_label_of_two_words_over_headlines_still_announces_no_list():
    # negative: "Top stories:" is a label of the page, not a clause
    teasers = ["- Mayor defends harbour budget", "- Ferry operator posts record profits",
               "- Quayside cafe wins national award"]
    for label in ("Top stories:", "Elsewhere today:"):
        blocks = [HEADLINE, P1, P2, label, *teasers, CLOSING_SHORT]
        k = kept(blocks)
        assert not any(t in k for t in teasers), label


# ------------------------------------------------ data lines of a short local story


def test_two_rows_of_a_scorecard_between_paragraphs_stay():
    rows = ["Quayside 231-6 (50 overs): A Khan 88, B Lowe 41; C Dunn 2-40",
            "Millbrook 198 all out (46.3 overs): D Roe 57; E Pike 3-22"]
    text = doc(HEADLINE, P1, P2, *rows, CLOSING_SHORT)
    assert cleaned(text) == text


def test_two_dated_lines_between_paragraphs_are_no_scorecard():
    # negative: lines of dates and times are no rows of figures
    dated = ["Updated 12 March 2024, 10:32 GMT, 3 min read", "Filed 11 March 2024, 18:05 GMT, 4 min"]
    blocks = [HEADLINE, *MENU, P1, *dated, CLOSING_SHORT]
    k = kept(blocks)
    assert not any(d in k for d in dated)


def test_a_venue_line_after_the_last_paragraph_stays():
    venue = "Net Loft Kitchen, 7 Harbour Row, Whitby. Tue–Sat, 9am–4pm."
    k = kept(page([P1, P2, P3, venue, "Follow us on Instagram"]))
    assert venue in k and "Follow us on Instagram" not in k


def test_a_company_address_after_the_last_paragraph_still_goes():
    # negative: an address without opening hours is the publisher's footer
    footer = "Example Media Ltd, 22 Quay Road, Leith EH6 7AA"
    k = kept(page([P1, P2, P3, footer, "Follow us on Instagram"]))
    assert footer not in k


def test_a_menu_priced_after_a_comma_between_paragraphs_stays():
    menu = ["What we ate", "Smoked haddock chowder with sourdough, £9.50",
            "Slow-roasted lamb shoulder with salsa verde, £18",
            "Burnt honey tart with clotted cream, £7"]
    text = doc(HEADLINE, P1, P2, *menu, CLOSING_SHORT)
    assert cleaned(text) == text


# ------------------------------------------------ a review's lists under short headings


VERDICT = ("The new terminal building is the best thing to happen to the quay in years, and the "
           "clock tower has never looked better. But the car park is far too small.")


def test_pros_and_cons_under_short_headings_between_prose_stay():
    lists = ["For", "- Light, airy waiting hall", "- Clock tower restored",
             "Against", "- Tiny car park", "- No cafe until spring"]
    text = doc(HEADLINE, P1, VERDICT, "\n".join(lists), P2, P3)
    out = cleaned(text)
    assert VERDICT in out and all(x in out for x in lists)


def test_lists_of_teasers_under_short_headings_after_the_article_still_go():
    # negative: no paragraph after them, they are boxes of the page
    lists = ["More from the town", "- Harbour cafe wins award", "- Ferry fares to rise",
             "Elsewhere", "- Tall ship visits the quay", "- Sea wall repairs begin"]
    k = kept(page([P1, P2, P3, *lists]))
    assert not any(x in k for x in lists)
    # nor under a heading a phrase list knows, between paragraphs
    blocks = page([P1, P2, "Most read", *lists[1:3], "Elsewhere", *lists[4:], P3, P4])
    k = kept(blocks, chrome=[blocks.index("Most read")])
    assert not any(x in k for x in lists[1:3])


# ------------------------------------------------ a review's menu under its headline


REVIEW_HEAD = "Review: Quayside Noodle Bar, Ferry Street"
REVIEW_P = ("The broth was deep and smoky and the noodles had real spring to them, though the "
            "dumplings came out a little before the rest and had gone cold by the time we ate.")
DISHES = ["Pork and ginger dumplings, £6.40", "Spicy beef noodle soup, £11.90",
          "Jasmine tea for two, £3.20"]


def test_a_priced_menu_right_under_the_headline_stays():
    # no paragraph before it: the heading over the priced items tells
    for sep in ("\n\n", "\n"):
        text = sep.join([REVIEW_HEAD, "What we had", *DISHES, REVIEW_P]) + "\n"
        out = cleaned(text)
        assert "What we had" in out and all(d in out for d in DISHES), sep
        assert out.startswith(REVIEW_HEAD + "\n\n")


def test_a_venue_line_over_the_menu_under_the_headline_stays():
    venue = "Quayside Noodle Bar, 9 Ferry Street, Hull. Open Tue–Sat, 12pm–10pm."
    text = doc(REVIEW_HEAD, venue, "What we had", *DISHES, REVIEW_P)
    assert cleaned(text) == text


def test_priced_goods_without_a_heading_under_the_headline_still_go():
    # negative: a shop's box of priced goods under the headline
    goods = ["Folding camping chair with cup holder — £35", "Two-person dome tent — £89",
             "Insulated steel flask, 1 litre — £19"]
    out = cleaned(doc(REVIEW_HEAD, *goods, REVIEW_P))
    assert not any(g in out for g in goods) and REVIEW_P in out


def test_two_priced_lines_under_the_headline_are_no_menu():
    # negative: under a heading, two priced lines are too few for a menu
    text = doc(REVIEW_HEAD, "Deals we like", "Folding camping chair with cup holder — £35",
               "Two-person dome tent with porch — £89", REVIEW_P)
    out = cleaned(text)
    assert "Folding camping chair" not in out and "dome tent" not in out


# ------------------------------------------------ blocks.match_row, public


def test_match_row_reads_fixtures_and_results():
    from cleaner.blocks import match_row
    assert match_row("Northport Albion v Kingsmere (19:45)") == "v"
    assert match_row("Kingsmere 3-0 Northport Albion") == "score"
    # negative: a headline with a score in it, a sentence
    assert match_row("Kingsmere beat Northport 3-0 in the cup") == ""
    assert match_row("The vote was 12 - 4 against the plan.") == ""


# ------------------------------------------------ tables written with tabs (review 10, R10-07)

def test_a_table_written_with_tabs_keeps_its_cells():
    rows = ["Berth\tShips\tTonnes", "North quay\t41\t12,300", "South quay\t17\t4,950"]
    intro = "The council published the traffic of each berth for last year:"
    text = "\n\n".join([HEADLINE, P1, intro, "\n".join(rows), P3, P4]) + "\n"
    assert cleaned(text) == doc(HEADLINE, P1, intro, "Berth | Ships | Tonnes",
                                "North quay | 41 | 12,300", "South quay | 17 | 4,950", P3, P4)


def test_tabs_of_a_table_with_an_empty_cell_or_lined_up_columns():
    intro = "The council published the traffic of each berth for last year:"
    # each tab a border when every row has as many (an empty cell) …
    rows = "Berth\tShips\tTonnes\nDry dock\t\t800\nNorth quay\t41\t12,300"
    assert cleaned(doc(HEADLINE, P1, intro, rows, P3)) == doc(
        HEADLINE, P1, intro, "Berth | Ships | Tonnes", "Dry dock | | 800",
        "North quay | 41 | 12,300", P3)
    # … else each run of tabs (tabs that line up the columns)
    rows = "Berth\t\tShips\tTonnes\nDry dock\t0\t800\nNorth quay\t41\t12,300"
    assert cleaned(doc(HEADLINE, P1, intro, rows, P3)) == doc(
        HEADLINE, P1, intro, "Berth | Ships | Tonnes", "Dry dock | 0 | 800",
        "North quay | 41 | 12,300", P3)


def test_tabs_that_make_no_table_become_spaces():
    # one line alone, rows of different shape, or prose with a tab in it
    assert cleaned(doc(HEADLINE, P1, "The North quay\thandled 41 ships last year.", P3)) == doc(
        HEADLINE, P1, "The North quay handled 41 ships last year.", P3)
    intro = "The council published the traffic of each berth for last year:"
    rows = "Berth\tShips\tTonnes\nNorth quay\t41"
    assert cleaned(doc(HEADLINE, P1, intro, rows, P3)) == doc(
        HEADLINE, P1, intro, "Berth Ships Tonnes", "North quay 41", P3)
    p1, p2 = P1.replace(" ending", "\tending"), P2.replace(" and that", "\tand that")
    assert cleaned(doc(HEADLINE, f"{p1}\n{p2}", P3)) == doc(HEADLINE, P1, P2, P3)


# A list of things between two paragraphs, written as a writer lists them:
# short items, most in lower case, maybe under a sentence that announces
# them without a colon, one of them at least named in the prose around it.
PACK_HEAD = "What we carry on a day's walk with two small children"
PACK_BEFORE = ("We have walked the coast path with the children every weekend since the spring, "
               "and after a few false starts the bag we take has become almost the same each time.")
PACK_INTRO = "The bag itself is very light."
PACK_ITEMS = ["two refillable flasks", "a fleece blanket", "Riverside oat bars", "sun cream",
              "a small torch"]
PACK_AFTER = ("The blanket does most of the work: it is a picnic rug at lunch, a windbreak on the "
              "cliffs and a bed when the youngest falls asleep on the way back to the car.")


def test_a_list_of_things_in_lower_case_between_paragraphs_stays():
    text = doc(PACK_HEAD, PACK_BEFORE, PACK_INTRO, *PACK_ITEMS, PACK_AFTER)
    assert cleaned(text) == text


def test_lower_case_lines_between_paragraphs_with_no_sentence_over_them_still_go():
    # (a page's tags, or its menu in lower case, over an author's note that
    # shares their words: nothing announces them as the writer's list)
    tags = ["flooding", "heavy rain", "emergency services", "weather"]
    note = ("Jane Porter is the paper's environment correspondent and has covered flooding "
            "and extreme weather across the region for ten years.")
    out = cleaned(doc(PACK_HEAD, PACK_BEFORE, PACK_AFTER, *tags, note))
    assert PACK_AFTER in out and not any(f"\n{t}\n" in out for t in tags)
    menu = ["news", "weather", "sport", "business"]
    before = PACK_BEFORE.replace("every weekend", "in all weather, news permitting,")
    out = cleaned(doc(PACK_HEAD, before, *menu, PACK_AFTER))
    assert before in out and not any(f"\n{t}\n" in out for t in menu)
    text = doc(PACK_HEAD, PACK_BEFORE, *PACK_ITEMS, PACK_AFTER)
    assert not any(f"\n{t}\n" in cleaned(text) for t in PACK_ITEMS)


def test_a_pages_icons_in_lower_case_between_paragraphs_still_go():
    # (they name nothing the paragraphs around them tell of)
    icons = ["icon mail", "icon muted", "icon share", "icon play", "icon ok"]
    out = cleaned(doc(PACK_HEAD, PACK_BEFORE, *icons, PACK_AFTER))
    assert PACK_BEFORE in out and not any(icon in out for icon in icons)


def test_a_menu_in_title_case_between_paragraphs_still_goes():
    # (most items capitalised: a menu's, whatever words they share)
    menu = ["Walks", "Blanket Reviews", "Coast Path", "Family", "Contact"]
    out = cleaned(doc(PACK_HEAD, PACK_BEFORE, *menu, PACK_AFTER))
    assert PACK_BEFORE in out and not any(f"\n{item}\n" in out for item in menu)


def test_things_in_lower_case_after_the_last_paragraph_still_go():
    # (a page's tags: no paragraph of the article after them)
    tags = ["coast path", "family walks", "children", "blanket"]
    text = doc(PACK_HEAD, PACK_BEFORE, PACK_AFTER, *tags)
    assert cleaned(text) == doc(PACK_HEAD, PACK_BEFORE, PACK_AFTER)
