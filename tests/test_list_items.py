"""The headers of the items of a list article (cleaner/blocks.py,
``_item_headers``): a run of short lines over each item's own prose (a
name, "Photo:", a credit, "Account: @handle"), repeated with another name
over each item, is the article's structure, not a menu (B104). A menu, a
share bar repeated between the items, a box of related links or of
headlines between two paragraphs and a grid of teasers still go.
Invented text throughout."""
from __future__ import annotations

from cleaner import Pipeline, Settings
from cleaner.blocks import classify_blocks

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Twelve home bakers whose pictures make us hungry this winter"
INTRO = ("We asked our readers to tell us whose baking they follow online, and these are the "
         "people whose names came up again and again in the letters we received.")
NAMES = ["Marta Holloway", "Idris Penhaligon", "Suki Arkwright", "Tobiah Fenwick"]
HANDLES = ["@marta_bakes", "@idris_crumb", "@suki_arkwright", "@fenwickloaves"]
BODIES = [
    ("Marta started her page when she moved to a flat with a proper oven, and she says that "
     "the first loaf she shared was a disaster that people still remember fondly."),
    ("Idris bakes before his shift at the hospital, so most of his pictures are taken at dawn "
     "by the kitchen window, which gives them the pale light his followers love."),
    ("Suki learnt to bake from her grandmother and keeps her handwritten notebook open on the "
     "counter while she works, copying a recipe from it for every new season."),
    ("Tobiah only bakes bread, and he has kept the same sourdough starter alive for nine years, "
     "through two house moves and one very long holiday abroad."),
]
QUESTION = "What made you start sharing your baking?"
OUTRO = ("Voting for your favourite baker closes at the end of the month, and the winner will "
         "be invited to bake with our food editor in the test kitchen.")


def header(k: int) -> list[str]:
    return [NAMES[k], "Photo:", f"Courtesy of {NAMES[k]}", f"Account: {HANDLES[k]}"]


def listicle(between=lambda k: []) -> list[str]:
    out = [HEADLINE, INTRO]
    for k in range(len(NAMES)):
        out += header(k) + [QUESTION] + between(k) + [BODIES[k]]
    return out + [OUTRO]


def verdicts(blocks: list[str]) -> dict[str, list]:
    out: dict[str, list] = {}
    for b, v in zip(blocks, classify_blocks(blocks, lang="en")):
        out.setdefault(b, []).append(v)
    return out


def kept(blocks: list[str]) -> list[str]:
    return [b for b, v in zip(blocks, classify_blocks(blocks, lang="en")) if v.keep]


def test_item_headers_of_a_list_article_are_kept():
    blocks = listicle()
    out = kept(blocks)
    for k in range(len(NAMES)):
        for line in header(k):
            assert line in out
        assert BODIES[k] in out
    # each header, the repeated "Photo:" line too (no copy of a chrome line)
    assert out.count("Photo:") == len(NAMES)


def test_item_headers_kept_by_the_pipeline():
    text = PIPE.run("\n\n".join(listicle()) + "\n").text
    for k in range(len(NAMES)):
        assert NAMES[k] in text.splitlines()
        assert f"Account: {HANDLES[k]}" in text.splitlines()
        assert BODIES[k] in text


def test_two_items_are_no_list_article():
    # two headers sharing a label are not enough (item_header_min_items)
    blocks = [HEADLINE, INTRO] + header(0) + [BODIES[0]] + header(1) + [BODIES[1], OUTRO]
    out = kept(blocks)
    assert NAMES[0] not in out and NAMES[1] not in out


def test_headers_without_prose_between_them_are_a_menu():
    # the same lines stacked with no item's prose between them
    blocks = [HEADLINE, INTRO]
    for k in range(len(NAMES)):
        blocks += header(k)
    blocks += [BODIES[0], OUTRO]
    out = kept(blocks)
    assert not any(n in out for n in NAMES)


def test_a_share_bar_repeated_between_items_still_goes():
    share = ["Share", "Tweet", "Pin it", "Email"]
    blocks = [HEADLINE, INTRO]
    for k in range(len(NAMES)):
        blocks += [BODIES[k]] + share
    blocks += [OUTRO]
    out = kept(blocks)
    assert not any(s in out for s in share)


def _none_kept_between_paragraphs(boxes: list[list[str]]) -> None:
    """Each box after one item's paragraph: none of their lines is kept."""
    blocks = [HEADLINE, INTRO]
    for k in range(len(NAMES)):
        blocks += [BODIES[k]] + boxes[k]
    blocks += [OUTRO]
    out = kept(blocks)
    assert not any(line in out for box in boxes for line in box)


def test_related_boxes_between_paragraphs_still_go():
    # a labelled box of links after each paragraph: the label line is the
    # same each time, so it heads no item of the article
    boxes = [["Related:", "Winter soup ideas", "Best budget ovens", "Cake tin guide"],
             ["Related:", "Sourdough starter tips", "Kitchen scales tested", "Flour guide"],
             ["Related:", "Festive biscuit recipes", "Stand mixers reviewed", "Icing basics"],
             ["Related:", "Gluten free loaves", "Bread tins compared", "Proving baskets"]]
    _none_kept_between_paragraphs(boxes)


def test_boxes_of_headlines_between_paragraphs_still_go():
    # headlines with no label of their own: nothing shared, no item header
    boxes = [["Winter soup ideas", "Best budget ovens", "Cake tin guide", "Oven gloves tested"],
             ["Sourdough starter tips", "Kitchen scales tested", "Flour guide", "Rye explained"],
             ["Festive biscuit recipes", "Stand mixers reviewed", "Icing basics", "Piping bags"],
             ["Gluten free loaves", "Bread tins compared", "Proving baskets", "Lame blades"]]
    _none_kept_between_paragraphs(boxes)


def test_a_menu_between_paragraphs_still_goes():
    menu = ["Home", "Recipes", "Baking", "Drinks", "Reviews", "Contact"]
    blocks = listicle(lambda k: menu if k == 2 else [])
    v = verdicts(blocks)
    assert all(not x.keep and x.code == "B104" for m in menu for x in v[m])
    # the list article's headers around it are still kept
    assert all(x.keep for k in range(len(NAMES)) for x in v[NAMES[k]])


def test_a_grid_of_teasers_between_items_still_goes():
    teasers = []
    for head, summary, date in [
            ("Library hours cut as county looks for savings",
             "Eleven branches will close on Mondays from January under the new plans.",
             "12 March 2024"),
            ("Rare orchid found growing on a motorway verge",
             "Botanists had searched nature reserves for the plant for twenty years.",
             "9 March 2024"),
            ("Bus company switches its whole fleet to electric",
             "The last diesel buses will leave the depot at the end of March.",
             "2 March 2024"),
            ("Village school reopens after parents fund a new roof",
             "Forty-two pupils return after a sponsored walk and an auction paid for the work.",
             "27 February 2024")]:
        teasers += [head, summary, date]
    blocks = listicle(lambda k: teasers if k == 2 else [])
    v = verdicts(blocks)
    assert all(not x.keep and x.code == "B104" for t in teasers for x in v[t])
    assert all(x.keep for n in NAMES for x in v[n])
