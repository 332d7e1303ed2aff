"""Tests of the general boilerplate heuristics (cleaner/blocks.py).

Each rule has positive cases (boilerplate it must remove) and negative cases
(article text it must keep). The fixtures are invented text, not copied from
any page. The aeb-dev measurement at the end is skipped when the set is not
present beside the repository.
"""
from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

import pytest

from cleaner.blocks import (
    ALL_CODES,
    BlockOptions,
    BlockVerdict,
    classify_blocks,
    guess_language,
    stopwords_for,
)

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
AEB = Path(__file__).resolve().parents[2] / "shared" / "aeb-dev"

# ---------------------------------------------------------------- fixtures

HEADLINE = "City council approves new budget after a long night of debate"
P1 = ("The city council approved a new budget late on Tuesday after a debate "
      "that lasted more than seven hours, with members arguing over how much "
      "money should go to road repairs and how much to the public libraries.")
P2 = ("The mayor said the plan was a fair compromise and that she expected the "
      "first repairs to begin in the spring, when the weather allows crews to "
      "work on the main roads without closing them for the whole day.")
P3 = ("Several residents who spoke at the meeting said they were worried that "
      "the libraries would have to cut their opening hours, and one of them "
      "asked the council to reconsider the decision before the end of the year.")
P4 = ("The budget will be published on the city's website next week, and the "
      "council has said that it will hold another public meeting in January "
      "to explain how the money is going to be spent in each district.")
P5 = ("Officials said that the cost of the repairs had risen by a third since "
      "the last budget was approved, mostly because of the price of asphalt "
      "and the wages of the workers who will carry out the repairs.")

MENU = ["Home", "News", "Local", "Sports", "Business", "Opinion", "Weather",
        "Obituaries", "Contact Us"]
FOOTER = ["About Us", "Careers", "Advertise", "Privacy Policy", "Terms of Use",
          "© 2024 Example Media Group. All rights reserved."]


def verdicts(blocks, **kw) -> list[BlockVerdict]:
    return classify_blocks(blocks, **kw)


def kept(blocks, **kw) -> list[str]:
    return [b for b, v in zip(blocks, verdicts(blocks, **kw)) if v.keep]


def removed(blocks, **kw) -> dict[str, str]:
    return {b: v.code for b, v in zip(blocks, verdicts(blocks, **kw)) if not v.keep}


def page(body: list[str]) -> list[str]:
    return [HEADLINE + " - Example Herald", *MENU, *body, *FOOTER]


# ---------------------------------------------------------------- API


def test_api_shape_and_codes():
    blocks = page([P1, P2, P3])
    vs = verdicts(blocks)
    assert len(vs) == len(blocks)
    assert all(isinstance(v, BlockVerdict) for v in vs)
    for v in vs:
        if v.keep:
            assert v.code == ""
        else:
            assert v.code in ALL_CODES and v.reason
    assert verdicts([]) == []


def test_options_are_frozen_with_justext_defaults():
    o = BlockOptions()
    assert (o.length_low, o.length_high, o.stopwords_low, o.stopwords_high) == (70, 200, 0.30, 0.32)
    with pytest.raises(Exception):
        o.length_low = 10  # type: ignore[misc]


def test_enabled_selects_rules():
    blocks = page([P1, P2, P3])
    none = verdicts(blocks, enabled=set())
    assert all(v.keep for v in none)
    only = verdicts(blocks, enabled={"B104"})
    assert {v.code for v in only if not v.keep} <= {"B104"}


def test_reason_carries_figures():
    blocks = page([P1, P2, P3])
    reasons = [v.reason for v in verdicts(blocks) if not v.keep]
    assert any(re.search(r"\d", r) for r in reasons)


# ---------------------------------------------------------------- headline


def test_headline_first_line_kept():
    blocks = page([P1, P2, P3])
    vs = verdicts(blocks)
    assert vs[0].keep
    assert all(not v.keep for v in vs[1:1 + len(MENU)])


def test_first_line_that_is_an_address_is_not_a_headline():
    blocks = ["https://example.org/news/2024/budget", P1, P2, P3]
    assert not verdicts(blocks)[0].keep


# ---------------------------------------------------------------- B101


def test_b101_crosshead_between_prose_kept():
    blocks = page([P1, P2, "Libraries worried", P3, P4])
    assert "Libraries worried" in kept(blocks)


def test_b101_short_paragraph_and_one_line_quote_kept():
    quote = "“We did what we could,” she said."
    short = "The vote was 7 to 2."
    blocks = page([P1, quote, P2, short, P3])
    k = kept(blocks)
    assert quote in k and short in k


def test_b101_keyword_line_removed():
    tags = ("Budget Council Mayor Roads Libraries Asphalt Taxes Residents "
            "District Meeting January Website Publication Repairs Workers Prices")
    blocks = page([P1, P2, P3, tags, "Related Topics", P4])
    r = removed(blocks)
    assert tags in r


def test_b101_non_english_prose_kept():
    pt = [
        "A câmara municipal aprovou o novo orçamento na terça-feira depois de um "
        "debate que durou mais de sete horas sobre o dinheiro das estradas.",
        "A prefeita disse que o plano era um compromisso justo e que esperava que "
        "as primeiras obras começassem na primavera, quando o tempo permitir.",
        "Vários moradores disseram que estavam preocupados com as bibliotecas e "
        "pediram à câmara que reconsiderasse a decisão antes do fim do ano.",
    ]
    blocks = ["Orçamento aprovado", "Início", "Notícias", "Esportes", "Contato", *pt,
              "Política de Privacidade", "Termos de Uso"]
    k = kept(blocks, lang="pt")
    assert all(p in k for p in pt)
    assert "Notícias" not in k


def test_stopword_lists_come_from_stopwordsiso_and_are_cached():
    assert "the" in stopwords_for("en")
    assert "и" in stopwords_for("ru")
    assert stopwords_for("xx") == frozenset()
    assert stopwords_for("en") is stopwords_for("en")


def test_language_guess_is_deterministic():
    blocks = page([P1, P2, P3])
    assert guess_language(blocks) == guess_language(blocks) == "en"
    assert classify_blocks(blocks, lang=None) == classify_blocks(blocks, lang="en")


def test_unknown_language_does_not_fall_apart():
    blocks = page([P1, P2, P3])
    k = kept(blocks, lang="xx")  # no stop-word list: length and punctuation only
    assert all(p in k for p in (P1, P2, P3))


# ---------------------------------------------------------------- B102


def test_b102_cookie_and_account_lines_removed():
    cookie = ("We use cookies to improve your experience on our site. By continuing "
              "to browse you agree to our cookie policy.")
    blocks = [HEADLINE, P1, P2, "Subscribe", "Sign in", cookie, P3, P4]
    r = removed(blocks)
    assert r.get(cookie) == "B102"
    assert r.get("Subscribe") == "B102"


def test_b102_javascript_and_lorem_ipsum():
    js = "Please enable JavaScript to view the comments"
    lorem = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod."
    blocks = [HEADLINE, P1, P2, js, lorem, P3]
    r = removed(blocks, enabled={"B102"})
    assert r.get(js) == "B102" and r.get(lorem) == "B102"


def test_b102_prose_mentioning_policy_words_kept():
    about = ("More than two million people signed up for the service in its first "
             "week, the company said, far more than it had expected.")
    js_article = ("The developers rewrote the application in JavaScript last year, "
                  "which allowed them to ship updates to phones and browsers at the "
                  "same time and cut the number of bugs reported by users by half, "
                  "according to the engineering team that led the work.")
    blocks = [HEADLINE, P1, about, P2, js_article, P3]
    k = kept(blocks)
    assert about in k and js_article in k


#: Invented articles of several outlets and topics whose prose holds two of
#: C4's account or policy cues in one sentence (the second of each):
#: (headline, paragraphs).
CUE_ARTICLES = [
    # a streaming service's prices
    ("Streaming service cuts prices as rivals gain viewers", [
        "The streaming service said on Monday that it would cut the price of its basic plan "
        "by a third from next month, as it tries to win back viewers who left for cheaper rivals.",
        "New customers can sign up for the service's annual subscription, which costs $99 and "
        "includes live sport.",
        "Analysts said the move showed how hard the company has found it to hold on to viewers "
        "after raising its prices twice in two years."]),
    # a newspaper group's own business
    ("Regional publisher reports first rise in readers for a decade", [
        "The publisher of four regional dailies said on Thursday that its readership had grown "
        "for the first time in ten years, helped by a surge in readers of its websites.",
        "Readers who sign up for one of its free newsletters are three times as likely to "
        "subscribe within a year, the chief executive told investors.",
        "The group plans to close two printing plants next year and move the printing of its "
        "titles to a contractor in the north."]),
    # a gym chain's members
    ("Gym chain freezes fees for members who lost their jobs", [
        "The gym chain, which has 120 clubs across the country, said it would freeze the monthly "
        "fee for any member who has lost a job since the start of the year.",
        "Members can log in to the chain's app to pause their subscription for up to three "
        "months without a cancellation charge.",
        "The chain said about 4,000 members had already asked to pause their memberships, most "
        "of them in the towns hit hardest by factory closures."]),
    # a software product
    ("Password app adds a second check after a wave of break-ins", [
        "The maker of the popular password manager said on Wednesday that it would add a second "
        "check to every account after thousands of users reported break-ins.",
        "From next month, users will have to sign in with a code sent to their phone, and the "
        "company has updated its privacy policy to explain what it stores.",
        "Security researchers welcomed the change but said it had come two years after the first "
        "reports of stolen passwords."]),
    # a broadband company's chief quoted: "we" and "our" in the quotation
    # are hers, not the site's
    ("Broadband firm to merge its two home plans", [
        "The broadband company said on Friday that it would merge its two home plans into one "
        "from June, ending a price war with its largest rival.",
        "“We will move every customer to our new subscription by June, and nobody will have to "
        "sign up again,” the chief executive said.",
        "Shares in the company rose by 3 per cent after the announcement, their biggest gain "
        "since the spring."]),
]


@pytest.mark.parametrize("head, paras", CUE_ARTICLES)
def test_b102_a_sentence_of_the_article_with_two_cues_kept(head, paras):
    # a long sentence of the article's, beside its paragraphs, in a page
    # whose menu and footer go
    blocks = [head, *MENU, *paras, *FOOTER]
    r = removed(blocks)
    assert paras[1] not in r and paras[0] not in r and paras[2] not in r
    assert "Privacy Policy" in r and "Obituaries" in r
    # at the article's end too, and with only the C4 rule on
    assert paras[1] not in removed([head, *MENU, paras[0], paras[1], *FOOTER])
    assert paras[1] not in removed(blocks, enabled={"B102"})


@pytest.mark.parametrize("head, paras", CUE_ARTICLES)
def test_b102_a_sentence_of_the_article_with_two_cues_kept_in_a_page_dump(head, paras):
    # the whole pipeline over a page dump whose article is a minority of
    # its lines (a menu, the sign-up box, a column of other headlines)
    from cleaner import Pipeline
    chrome = ["Sign up for our newsletter", "Subscribe now for full access",
              "Already a subscriber? Log in"]
    others = ["Ferry timetable changes announced for summer",
              "Council approves new cycle lanes on the seafront",
              "Lifeboat crew honoured at awards evening",
              "Harbour festival returns after two-year break",
              "Island school wins national science prize"]
    text = "\n".join(["Harbourview Times", "Local", "Coast", "Markets", "Arts & Leisure",
                     head, *paras, *chrome, *others, "About us", "Advertise"]) + "\n"
    out = Pipeline().run(text).text
    assert all(p in out for p in paras)
    assert not any(c in out for c in chrome)


@pytest.mark.parametrize("line", [
    # short chrome of one cue, not a sentence
    "Sign up for our newsletter",
    "Subscribe now for full access",
    "Already a subscriber? Log in",
    # a long sentence that opens with a cue, as a call to act does
    "Sign up for the Morning Tide, a free daily newsletter with the stories that matter on "
    "the coast, and unsubscribe whenever you like.",
    "Subscribe today for full access to every story, and log in on any device you own.",
    # in the site's voice
    "Our newsletter brings you the day's news from the coast, and you can unsubscribe from "
    "it with a single click.",
    "We have updated our privacy policy and terms of service to explain how your data is used.",
])
def test_b102_chrome_between_the_articles_paragraphs_removed(line):
    head, paras = CUE_ARTICLES[0]
    blocks = [head, paras[0], line, paras[2], P1]
    assert removed(blocks, enabled={"B102"}).get(line) == "B102"


#: Invented sections of articles whose crosshead holds one of C4's cues:
#: (paragraph over it, crosshead, paragraph under it).
CUE_CROSSHEADS = [
    ("The weekly magazine lost a quarter of its print readers last year, and its owners "
     "have spent the months since looking for a way to make the website pay.",
     "The subscription model",
     "Since March, readers have paid a subscription of $8 a month for every article, and "
     "the magazine says 30,000 of them have signed on so far."),
    ("Parents in the district had complained for years about the snacks sold at lunchtime, "
     "and a survey last spring found that most pupils ate sweets every day.",
     "Cookies banned from school canteens",
     "From September, cookies, crisps and fizzy drinks will no longer be sold in any of the "
     "district's school canteens, the education board said."),
    ("The app's maker says it collects only what it needs to match riders with drivers, "
     "and that it deletes trip records after a year.",
     "Privacy policy under scrutiny",
     "The regulator said on Friday that the app's privacy policy did not explain how long "
     "the location data of its riders was kept, and asked for changes."),
]


@pytest.mark.parametrize("over, head, under", CUE_CROSSHEADS)
def test_b102_a_crosshead_with_one_cue_between_paragraphs_kept(over, head, under):
    # a crosshead that heads the paragraph under it (a word of it there)
    # is the article's structure, in a page dump's menus and footer too
    blocks = [HEADLINE, *MENU, P1, over, head, under, P2, *FOOTER]
    r = removed(blocks)
    assert head not in r and over not in r and under not in r
    assert "Privacy Policy" in r
    assert head not in removed(blocks, enabled={"B102"})
    from cleaner import Pipeline
    assert head in Pipeline().run("\n".join(blocks) + "\n").text


@pytest.mark.parametrize("line", [
    # a newsletter's box between the article's paragraphs: no word of the
    # paragraph under it
    "Morning Tide Newsletter",
    "The Coast Briefing newsletter",
    # a call to act, the site's voice, the reader spoken to
    "Sign up now",
    "Subscribe for the full story",
    "Our daily newsletter",
    "Manage your subscription",
    # a cue and no word of its own
    "Subscription",
])
def test_b102_a_one_cue_line_between_paragraphs_that_is_no_crosshead_removed(line):
    over, _, under = CUE_CROSSHEADS[0]
    blocks = [HEADLINE, *MENU, P1, over, line, under, P2, *FOOTER]
    assert removed(blocks, enabled={"B102"}).get(line) == "B102"


def test_b102_a_newsletters_box_over_a_paragraph_about_a_newsletter_removed():
    # the box's name shares only its cue with the paragraph under it
    over, _, _ = CUE_CROSSHEADS[0]
    under = ("The bakery's newsletter, posted to regulars each month, announced the award on "
             "Friday, and the queue was round the block by seven the next morning.")
    line = "The Harbour Tide Newsletter"
    blocks = [HEADLINE, *MENU, P1, over, line, under, P2, *FOOTER]
    assert removed(blocks, enabled={"B102"}).get(line) == "B102"


def test_b102_a_forms_consent_and_a_cookie_notice_among_chrome_removed():
    # a long sentence with two cues in the reporter's words, but among the
    # lines of a sign-up form or of a cookie box, not beside the article's
    # paragraphs
    form = ("By checking this box, I agree to the terms of service and privacy policy of "
            "Harbour Media Group.")
    cookies = ("Any cookies that are not strictly needed for the site to work, and are used to "
               "collect personal data through analytics, need the user's consent.")
    blocks = [HEADLINE, P1, P2, P3, "Create your account", "Email address", "Password", form,
              "Create account", *FOOTER, "Necessary", "Non-necessary", cookies]
    r = removed(blocks, enabled={"B102"})
    assert r.get(form) == "B102" and r.get(cookies) == "B102"


def test_b102_share_prices_and_read_more_broadly_paragraphs_kept():
    share = ("Share prices in the company fell by 4 per cent on Monday after it "
             "warned that sales would be lower than expected this year.")
    read = ("Read more broadly, the report suggests that the council has been "
            "underspending on maintenance for at least a decade.")
    blocks = page([P1, share, P2, read, P3])
    k = kept(blocks)
    assert share in k and read in k


# ---------------------------------------------------------------- B103


def test_b103_repeated_paragraph_and_chrome_removed_first_kept():
    blocks = [HEADLINE, P1, P2, "Read More", P3, "Read More", P4, P2, P5]
    vs = verdicts(blocks)
    codes = [v.code for v in vs]
    assert vs[2].keep and codes[7] == "B103"
    assert codes[5] == "B103"


def test_b103_template_question_in_interview_kept():
    q = "What made you start cooking for a living?"
    a = [P1, P2, P3]
    blocks = [HEADLINE, "Anna", q, a[0], "Boris", q, a[1], "Chen", q, a[2]]
    k = kept(blocks, enabled={"B103"})
    assert k.count(q) == 3


# ---------------------------------------------------------------- B104


def test_b104_menu_run_removed_even_between_paragraphs():
    menu = ["World", "Politics", "Business", "Technology", "Science"]
    blocks = [HEADLINE, P1, P2, *menu, P3, P4]
    r = removed(blocks)
    assert all(r.get(m) == "B104" for m in menu)


def test_b104_bullet_list_after_prose_kept():
    intro = "The council listed the projects that will be paid for first:"
    items = ["• Resurfacing of the ring road", "• New roofs for two libraries",
             "• Repairs to the old bridge", "• Street lights in the harbour district"]
    blocks = page([P1, P2, intro, *items, P3, P4])
    k = kept(blocks)
    assert all(i in k for i in items)


def test_b104_table_announced_by_colon_kept():
    intro = "These are the results of the vote in each district after the count:"
    cells = ["District", "Yes", "No", "North", "1204", "877", "South", "954", "1011",
             "East", "1422", "633"]
    blocks = page([P1, P2, intro, *cells, P3, P4])
    k = kept(blocks)
    assert all(c in k for c in cells)


def test_table_written_a_row_a_line_after_the_article_kept():
    """A table at the end of a report ("Team | P | Pts", as htmltext writes
    a data table) is the article's, not chrome after it."""
    rows = ["District | Yes | No", "North | 1204 | 877", "South | 954 | 1011",
            "East | 1422 | 633"]
    k = kept(page([P1, P2, P3, P4, *rows]))
    assert all(r in k for r in rows)


def test_rows_of_bars_that_are_not_a_table_still_removed():
    # a byline and its dates (two rows), a footer menu (no figures)
    byline = ["By Ann Author | Staff writer", "Published: 3 May 2024 | Updated: 4 May 2024"]
    footer = ["About us | Contact | Careers", "Privacy | Terms | Cookies",
              "Newsletters | Podcasts | Puzzles"]
    r = removed(page([P1, P2, P3, P4, *byline]) + footer)
    assert all(line in r for line in footer)
    assert all(line in r for line in byline)



# Lists and tables in the middle of the article, not announced by a colon:
# the prose after them is the article's too.
INGREDIENTS = ["Ingredients", "2 onions, finely chopped", "400g tinned tomatoes",
               "1 tbsp olive oil", "3 garlic cloves, crushed", "200g dried pasta"]
STANDINGS = ["Top of the league", "Pos Team P W D L Pts", "1 Harbour City 12 9 2 1 29",
             "2 Northfield 12 8 3 1 27", "3 Rovers 12 7 2 3 23", "4 Eastgate 11 6 2 3 20"]


def test_prose_after_an_ingredient_list_is_kept():
    body = [P1, P2, *INGREDIENTS, P3]
    k = kept(page(body))
    assert all(b in k for b in body)


def test_prose_after_a_table_written_with_spaces_is_kept():
    body = [P1, P2, *STANDINGS, P3]
    k = kept(page(body))
    assert all(b in k for b in body)


def test_a_table_written_with_spaces_at_the_end_of_the_article_is_kept():
    k = kept(page([P1, P2, P3, *STANDINGS]))
    assert all(r in k for r in STANDINGS)


def test_recipe_steps_under_their_headings_and_the_prose_after_them_are_kept():
    steps = ["Method", "1. Heat the oil in a large pan.", "2. Fry the onions for 10 minutes.",
             "3. Add the tomatoes and simmer.", "4. Cook the pasta and drain it."]
    body = [P1, P2, *INGREDIENTS, *steps, P3]
    k = kept(page(body))
    assert all(b in k for b in body)


def test_a_related_list_after_the_article_and_a_footer_paragraph_still_go():
    # headlines that start with a figure or carry a date, numbered most-read
    # items, teasers with times: none of them data, so the article is not
    # taken to go on after them
    footer_para = ("The Example Herald is published by Example Media, a company registered "
                   "in the city, and is a member of the regional press standards body.")
    lists = [
        ["Related stories", "10 things we learned from the final day of the season",
         "5 questions the council still has to answer about the road repairs",
         "Council votes to close the harbour library 3 May 2024",
         "Mayor defends budget in radio interview 2 May 2024"],
        ["Most read", "1. Council votes to close library", "2. Harbour bridge to shut",
         "3. New mayor sworn in", "4. Rovers win derby"],
        ["More news", "Bridge to shut for repairs", "2H ago", "Rovers win the derby",
         "5H ago", "New mayor sworn in", "7H ago"],
    ]
    for chrome in lists:
        r = removed(page([P1, P2, P3, P4, *chrome, footer_para]))
        assert all(c in r for c in chrome), chrome
        assert footer_para in r


def test_dates_after_prose_are_not_a_table():
    teasers = ["Recent", "Bridge to shut for repairs", "November 20, 2023",
               "Rovers win the derby", "November 19, 2023", "New mayor sworn in",
               "November 18, 2023"]
    r = removed(page([P1, P2, P3, *teasers]))
    assert all(t in r for t in teasers)


def test_a_paragraph_other_rules_know_as_chrome_does_not_carry_a_list():
    promo = ("Readers who sign up to the weekly email get the best of the week's news and "
             "offers from our partners sent to them every Friday morning.")
    blocks = page([P1, P2, P3, *INGREDIENTS, promo])
    at = blocks.index(promo)
    assert all(b in kept(blocks) for b in INGREDIENTS)  # the promo, unknown, reads as prose
    k = kept(blocks, chrome=[at])
    assert not any(b in k for b in INGREDIENTS)


def test_life_dates_that_close_an_obituary_are_kept():
    dates = "Ann Example, marine biologist, born 4 June 1940; died 2 January 2024"
    assert dates in kept(page([P1, P2, P3, dates]))
    # a long line of labels without function words still goes
    labels = ("Ann Example, marine biologist, Harbour City, Northfield, Eastgate, "
              "Example Herald Obituaries Archive 2024")
    assert labels in removed(page([P1, P2, P3, labels]))


def test_the_headline_is_the_first_block_that_is_not_chrome():
    banner = "We use cookies to improve your experience. Accept all Manage preferences"
    head = "Council budget is back and this version takes just one night"
    blocks = [banner, head, P1, P2, P3]
    assert head in kept(blocks, chrome=[0])
    # the banner known as chrome is not exempted as the headline
    assert banner in removed(blocks, chrome=[0])
    # a menu label after the chrome is no headline: it still goes
    assert "Home" in removed(["Sign in to your account now", "Home", P1, P2, P3], chrome=[0])


def test_liveblog_times_that_head_paragraphs_are_kept():
    blocks = [HEADLINE, "14:52", P1, "14:21", P2, "13:47", P3]
    assert kept(blocks) == blocks
    # one time under the headline is no liveblog: it goes as a short block
    assert "14:52" in removed([HEADLINE, "14:52", P1, P2, P3])
    # times of a teaser list (over headlines, not paragraphs) still go
    teasers = ["Libraries to cut opening hours", "14:52", "Road repairs start in spring", "13:10"]
    out = removed(page([P1, P2, P3, *teasers]))
    assert "14:52" in out and "13:10" in out


def test_a_score_over_a_match_report_is_kept():
    blocks = ["Late drama at the stadium", "Full-time", "2 - 1", P1, P2]
    assert "2 - 1" in kept(blocks)
    # a score left among the page's chrome goes with it
    assert "2 - 1" in removed(page([P1, P2, P3, "2 - 1"]))


def test_content_blocks_are_kept_as_a_list_is():
    standfirst = "Members argued over how much should go to road repairs"
    blocks = [HEADLINE, standfirst, P1, P2, P3]
    assert standfirst in removed(blocks)
    assert standfirst in kept(blocks, content=[1])


# ---------------------------------------------------------------- B105


def test_b105_teasers_after_the_article_removed():
    teasers = [
        "More from Example Herald",
        "Police look for witnesses after a break-in at a bakery on the high street last night.",
        "5 hours ago",
        "Read More",
        "School bus routes will change next month because of the new timetable.",
        "1 day ago",
        "Read More",
        "The football club has named a new coach after a long search for the job.",
        "2 days ago",
        "Read More",
    ]
    blocks = page([P1, P2, P3, P4, P5, "Advertisement", "Share this article",
                   "Facebook", "Twitter", "Email", *teasers])
    k = kept(blocks)
    assert all(p in k for p in (P1, P2, P3, P4, P5))
    assert not any(t in k for t in teasers[1::3])


def test_b105_comment_section_after_the_article_removed():
    comments = [
        "I have lived in this city for thirty years and the roads have never been "
        "this bad, so I am glad that somebody is finally doing something about it.",
        "2 hours ago",
        "The libraries matter more than the roads in my opinion, and I think the "
        "council got the priorities wrong again this year, as it always does.",
        "3 hours ago",
        "Why does it take seven hours to agree on something that everybody knew "
        "would pass anyway? The meetings should be shorter and better prepared.",
    ] * 3
    blocks = page([P1, P2, P3, "Tags:", "Budget", "12 Comments", "Anna K", *comments])
    k = kept(blocks)
    assert all(p in k for p in (P1, P2, P3))
    assert comments[0] not in k


def test_b105_short_article_of_short_paragraphs_kept():
    paras = [
        "The bridge on the northern road will be closed for repairs from Monday.",
        "Drivers are asked to use the ring road while the work is carried out.",
        "The council expects the bridge to reopen before the end of the month.",
    ]
    blocks = page(paras)
    k = kept(blocks)
    assert all(p in k for p in paras)


# ---------------------------------------------------------------- seeds

# Genuine boilerplate in the seeds, by pattern (page chrome, share bars,
# teasers, promo tags, consent blurb, aggregator footer, credits, metadata
# headers). Everything else in a seed is article text and must be kept.
_SEED_BOILERPLATE = re.compile(
    r"^(?:Share|Live|Updated:|Advertisement|Twitter Facebook Reddit Pinterest Email"
    r"|Read \|.*|Reading: .*|Watch: .*|Source: Read Full Article"
    r"|.*\[(?:INSIGHT|REVEAL|LATEST|VIDEO|PICTURES|POLL)\]\s*"
    r"|We use your sign-up.*|-with [A-Z]+|\([A-Z]{2,}\)|\(credit: .*\))$"
)


def _seed_files():
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


@pytest.mark.parametrize("path", _seed_files(), ids=lambda p: p.name[:3])
def test_seeds_only_boilerplate_removed(path: Path):
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    blocks = [ln for ln in lines if ln]
    vs = classify_blocks(blocks, lang="en")
    first_prose = next(i for i, b in enumerate(blocks) if len(b.split()) >= 20)
    for i, (b, v) in enumerate(zip(blocks, vs)):
        if v.keep:
            continue
        norm = b.replace("\xa0", " ")
        # a repeated headline or teaser right under the headline is boilerplate
        before_body = i < first_prose
        assert _SEED_BOILERPLATE.match(norm) or before_body, (
            f"{path.name}: article line removed by {v.code}: {b!r} ({v.reason})")
    assert vs[0].keep, "the first line (headline / header) must stay"
    # the body: every line of 15+ words that is not boilerplate is kept
    for b, v in zip(blocks, vs):
        if len(b.split()) >= 15 and not _SEED_BOILERPLATE.match(b.replace("\xa0", " ")):
            assert v.keep, f"{path.name}: {b[:60]!r} removed by {v.code}"


def test_seed_crossheads_kept():
    found = 0
    for path in _seed_files():
        blocks = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        vs = classify_blocks(blocks, lang="en")
        for i, (b, v) in enumerate(zip(blocks, vs)):
            # a short line between two prose paragraphs
            if 0 < i < len(blocks) - 1 and len(b.split()) <= 6 \
                    and len(blocks[i - 1].split()) >= 15 and len(blocks[i + 1].split()) >= 15 \
                    and not _SEED_BOILERPLATE.match(b):
                found += 1
                assert v.keep, f"crosshead removed: {b!r} ({v.code} {v.reason})"
    if not _seed_files():
        pytest.skip("no seeds")
    assert found >= 2


# ---------------------------------------------------------------- aeb-dev


def test_aeb_dev_figure():
    if not (AEB / "input").is_dir() or not (AEB / "score.py").is_file():
        pytest.skip(f"aeb-dev set not present at {AEB}")
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import aeb_eval
    finally:
        sys.path.pop(0)
    with tempfile.TemporaryDirectory() as tmp:
        line = aeb_eval.run_set(AEB, Path(tmp), aeb_eval.clean_blocks)
    m = re.search(r"precision=([\d.]+) recall=([\d.]+) f1=([\d.]+)", line)
    assert m, line
    p, r, f = map(float, m.groups())
    assert r >= 0.95, line
    assert f >= 0.92, line


def test_c4_code_line_with_a_tab_after_var():
    # the cue pre-filter must let through everything the code pattern finds
    from cleaner.blocks import _DEFAULT_OPTIONS, _c4_reason_of, _compute_features
    feat = _compute_features(["var\tcount = 1"], frozenset())[0]
    assert _c4_reason_of(feat, _DEFAULT_OPTIONS) == "code or markup"


def test_c4_literals_cover_every_cue():
    # the literal test in front of _C4_ANY_RE must hold for every match of it
    from cleaner.blocks import _C4_ANY_RE, _C4_LITERALS
    for alternative in _C4_ANY_RE.pattern.split("|"):
        if alternative == "[{}<]":
            assert all(c in _C4_LITERALS for c in "{}<")
            continue
        plain = (alternative.replace("\\b", "").replace("\\s", "")
                 .replace("\\(", "(").replace("\\)", ")"))
        assert any(lit in plain for lit in _C4_LITERALS), alternative


_ARTICLE = ("Council approves new cycle lanes\n\n"
            "The city council voted on Tuesday to approve a network of protected cycle lanes "
            "across the centre, after a consultation that drew thousands of responses.\n\n"
            "Work on the first route will begin in the spring, the council said, and the whole "
            "network should be finished within three years at a cost of twelve million pounds.\n\n"
            "Opponents said the lanes would worsen congestion for buses and delivery vans, and "
            "asked the council to publish its traffic modelling in full.\n")


def test_readers_comments_after_the_article_go_even_when_they_are_sentences():
    from cleaner import clean
    page = (_ARTICLE + "\n14 comments\nriverside_dave 2 hours ago\n"
            "Great news, well done to everyone who campaigned for this.\nReply 3 Like\n"
            "pedalpusher 5 hours ago\nAbout time too, the roundabout is lethal.\n"
            "Load more comments\n")
    out = clean(page)
    assert "Opponents said the lanes" in out
    assert "Great news" not in out and "About time too" not in out


def test_a_comment_count_under_the_headline_does_not_end_the_article():
    from cleaner import clean
    head, body = _ARTICLE.split("\n\n", 1)
    out = clean(f"{head}\n\n23 comments\n\n{body}")
    assert all(p in out for p in ("The city council voted", "Work on the first route",
                                  "Opponents said the lanes"))


def test_a_discussion_crosshead_in_an_article_is_not_a_comment_section():
    from cleaner import clean
    page = (_ARTICLE + "\nDiscussion\n\nThe researchers said the results held for every "
            "city they studied, although the sample of smaller towns was limited.\n")
    assert "The researchers said the results held" in clean(page)


# ---------------------------------------------------------------- hostile input (review 10)
# No assertion on time: a regression shows as a suite that hangs.

_FERRY_HEAD = ("Ferry service to the islands resumes\n\n"
               "The ferry company said on Monday that sailings would resume after the repairs "
               "to the pier were finished ahead of schedule.\n\n")
_FERRY_TAIL = "\n\nTickets bought for the cancelled sailings will be refunded, the company said.\n"


@pytest.mark.parametrize("junk,removed", [
    ("@crew" * 20_000, True),                                           # 100 KB of glued handles
    ("data:image/jpeg;base64," + ("Qk0//" + "x7Rt" * 500) * 50, True),  # a 100 KB inlined image
    ("x@" * 50_000, False),                                             # "@" every second character
])
def test_a_long_token_is_read_for_addresses_in_linear_time(junk, removed):
    # the address test (blocks._URL_RE) read such a token in quadratic time,
    # in cubic time with many "@" (a 100 KB token: minutes to hours)
    from cleaner import clean
    out = clean(_FERRY_HEAD + junk + _FERRY_TAIL)
    # (a run of "x@" holds no address, and no rule knows it for junk: kept)
    assert out == _FERRY_HEAD + ("" if removed else junk + "\n\n") + _FERRY_TAIL.lstrip("\n")


def test_the_address_test_finds_addresses_in_ordinary_text():
    from cleaner.blocks import _URL_RE, _compute_features
    found = ["Write to us at letters@islandpost.example.com for details.",
             "More at www.islandpost.example and on the radio.",
             "See https://islandpost.example/ferries",
             "Contact: ferry.desk@harbour-office.org.",
             "@@crew@pier.co"]
    missed = ["The crew met at 9am @ the pier.",
              "Follow @islandferries.com on social media.",   # a handle, no name before "@"
              "user@localhost is no address", "Sailings resume on Monday.", ""]
    assert all(_URL_RE.search(s) for s in found)
    assert not any(_URL_RE.search(s) for s in missed)
    assert [f.url for f in _compute_features(found + missed, frozenset())] == \
        [True] * len(found) + [False] * len(missed)


def test_a_line_of_tag_starts_without_an_end_is_read_in_linear_time():
    # the markup test tried "</?\w+[^>]*>" from every "<", each reading the
    # rest of the line: 100 KB of "<a" took seconds (no ">": no markup, kept)
    from cleaner import clean
    junk = "<q" * 50_000
    assert clean(_FERRY_HEAD + junk + _FERRY_TAIL) == _FERRY_HEAD + junk + "\n\n" + _FERRY_TAIL.lstrip("\n")


def test_the_markup_test_still_finds_code_and_tags():
    from cleaner.blocks import _code
    assert all(map(_code, ["<div class=box>", "x</p> and more", "var n = 4",
                           "function (e)", "a { b", "<a<a<b href=x>"]))
    assert not any(map(_code, ["5 < 6 and 7 > 3", "<< quoted >>", "a <a", "tides > 4 m"]))


def test_ascii_words_are_the_patterns_words() -> None:
    """The features' tokens of an ASCII block, split at its bytes that are no
    word characters, are ``\\w+``'s matches, whatever the characters."""
    import random

    from cleaner.blocks import _WORD_RE, _words_of

    rng = random.Random(3)
    alphabet = [chr(c) for c in range(128)]
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))).lower()
        assert _words_of(s) == _WORD_RE.findall(s), repr(s)
    for s in ("fifa's u-21 team, 3:1 (a.e.t.)", "naïve café — 5€", "snake_case x2", ""):
        assert _words_of(s) == _WORD_RE.findall(s), s


def test_sentence_end_read_from_the_end_is_the_patterns() -> None:
    """B101's test for a sentence's end, read from the end of the line, finds
    what ``_SENTENCE_END`` finds, closing marks and a final newline too."""
    import random

    from cleaner.rules.blocks import _SENTENCE_END, _ends_as_sentence

    rng = random.Random(5)
    alphabet = list(".!?…\"'”’»)]\n a:")
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))
        assert _ends_as_sentence(s) == bool(_SENTENCE_END.search(s)), repr(s)
