"""The items of a deals article (cleaner/blocks.py, ``offer_line`` and
``_offers_between_prose``): a line that names a thing and its price, with
few function words, between the article's paragraphs is the article's, and
so are the short lines beside it ("Get it at the shop for $249"); the same
lines in a shop's widget after the article, a menu, a related-links list or
a grid of teasers between the paragraphs still go. Invented text throughout."""
from __future__ import annotations

from cleaner import Pipeline, Settings
from cleaner.blocks import classify_blocks, offer_line

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "The best early winter sale deals we have found this week"
MENU = ["Home", "Reviews", "Deals", "Gaming", "Audio", "Television", "Contact Us"]
INTRO = ("Welcome to our weekly round-up of the deals that are worth your money. We check "
         "every price against its history before it goes on this list, and we say so when a "
         "deal is not as good as it looks.")
OFFER1 = "Example Audio X900 Wireless Noise-Cancelling Over-Ear Headphones, 40% Off, Now $179.99"
BLURB1 = ("These headphones have never been cheaper at a big shop, and their noise cancelling "
          "is still among the best you can buy, so this is the deal we would pick if you only "
          "want one thing from the sale.")
GET1 = "Get it at Example Shop for $179.99"
OFFER2 = "Example 27\" 1440p 165Hz IPS Gaming Monitor with USB-C Hub for $229 (Originally $329)"
BLURB2 = ("A fast monitor with accurate colours at this price is rare. It has a stand that "
          "tilts and swivels, and the hub means that one cable is enough for a laptop, which "
          "is why we liked it so much when we reviewed it.")
GET2 = "Get it on Example Market for $229"
OFFER3 = "Example Home 8-Quart Digital Air Fryer XL with Dual Baskets $89.99 Plus $10 Gift Card"
BLURB3 = ("The dual baskets let you cook two things at two temperatures, and the gift card "
          "makes this the cheapest it has been since it came out, though we expect it to drop "
          "again when the holiday sales start in earnest.")
MIDDLE = ("Prices move fast in the weeks before the holidays, so we will update this list "
          "every morning and take out the deals that have ended or that other shops beat.")
OUTRO = ("If you buy something through the links in this post, we may earn a share of the "
         "sale, but the deals are picked by our editors, who are not told which shops pay.")
FOOTER = "© 2024 Example Media Ltd. All rights reserved."


def kept(blocks: list[str], **kw) -> list[str]:
    return [b for b, v in zip(blocks, classify_blocks(blocks, **kw)) if v.keep]


def cleaned(blocks: list[str]) -> str:
    return PIPE.run("\n\n".join(blocks) + "\n").text


def test_offer_line_names_a_thing_and_its_price():
    assert offer_line(OFFER1)
    assert offer_line(OFFER2)
    assert offer_line(OFFER3)  # two prices, the last not at the end
    assert offer_line("Stand mixer for £249 (was £329)")
    assert offer_line("Espresso machine with milk frother 149,99 EUR")
    # no price, one price in the middle, a price that is no currency's
    assert not offer_line("Example Audio X900 Wireless Noise-Cancelling Over-Ear Headphones")
    assert not offer_line("The best TVs under $500 that we have tested this year")
    assert not offer_line("Example 27 inch monitor, model 1440 165")
    # too long to be an item's line
    assert not offer_line(" ".join(["word"] * 31) + " $10")


def test_offers_between_the_paragraphs_of_a_deals_article_stay():
    body = [INTRO, OFFER1, BLURB1, GET1, OFFER2, BLURB2, GET2, OFFER3, BLURB3, OUTRO]
    blocks = [HEADLINE, *MENU, *body, FOOTER]
    out = kept(blocks)
    for line in body:
        assert line in out, line
    assert not set(MENU) & set(out)
    assert FOOTER not in out


def test_offers_stay_in_the_pipeline_too():
    body = [INTRO, OFFER1, BLURB1, GET1, OFFER2, BLURB2, GET2, OFFER3, BLURB3, OUTRO]
    text = cleaned([HEADLINE, *MENU, *body, FOOTER])
    for line in (OFFER1, GET1, OFFER2, GET2, OFFER3):
        assert line in text, line
    assert "Contact Us" not in text


def test_a_shops_widget_after_the_last_paragraph_still_goes():
    widget = [OFFER1, OFFER2, OFFER3]
    blocks = [HEADLINE, *MENU, INTRO, BLURB1, BLURB2, *widget, FOOTER]
    out = kept(blocks)
    assert BLURB2 in out
    for line in widget:
        assert line not in out, line


def test_an_offer_beside_a_menu_is_judged_as_before():
    # a priced line with a menu on one side has no paragraph on that side
    blocks = [HEADLINE, INTRO, BLURB1, *MENU, OFFER1, BLURB2, OUTRO, FOOTER]
    out = kept(blocks)
    assert OFFER1 not in out
    assert not set(MENU) & set(out)


def test_a_menu_between_the_offers_still_goes():
    # (a short one: a long menu parts the article, and the heavier part wins)
    menu = MENU[:4]
    body = [INTRO, BLURB1, *menu, MIDDLE, OFFER2, BLURB2, GET2, OFFER3, BLURB3, OUTRO]
    out = kept([HEADLINE, *body, FOOTER])
    assert OFFER2 in out and GET2 in out and OFFER3 in out and BLURB2 in out
    assert not set(menu) & set(out)


def test_related_links_between_the_offers_still_go():
    related = ["Related:",
               "Example Audio X900 review: the quiet king of travel headphones",
               "The best gaming monitors we have tested in 2024",
               "Air fryer or oven: which one is cheaper to run this winter",
               "Our favourite budget laptops for students this autumn"]
    body = [INTRO, BLURB1, *related, MIDDLE, OFFER2, BLURB2, GET2, OFFER3, BLURB3, OUTRO]
    text = cleaned([HEADLINE, *MENU, *body, FOOTER])
    assert OFFER2 in text and GET2 in text and OFFER3 in text and BLURB2 in text
    for line in related:
        assert line not in text, line


def test_a_grid_of_priced_teasers_between_the_offers_still_goes():
    grid = ["Example 65\" OLED TV drops to its lowest price ever this week",
            "3 hours ago",
            "Example robot vacuum with self-emptying base is down to $199",
            "5 hours ago",
            "Example smartwatch sale takes $100 off every model in the range",
            "6 hours ago"]
    body = [INTRO, BLURB1, "More deals", *grid, MIDDLE, OFFER2, BLURB2, GET2, OFFER3, BLURB3, OUTRO]
    out = kept([HEADLINE, *MENU, *body, FOOTER])
    assert OFFER2 in out and GET2 in out and OFFER3 in out and BLURB2 in out
    for line in grid:
        assert line not in out, line
