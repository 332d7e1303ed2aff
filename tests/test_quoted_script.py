"""A quotation in its own script, announced by a line of the prose that ends
in a colon and followed by prose (a verse of scripture in Arabic in a
sermon written in Indonesian, an inscription in Greek in an English essay),
is the article's: the document's stop words cannot judge its lines, and
without this protection they went as short lines with no function words
(B101). A box of links in other scripts (a site's editions, one a script),
lines in another script that nothing announces or that no prose follows,
are no quotation.

The fixtures are invented."""
from __future__ import annotations

from cleaner import Pipeline, Settings
from cleaner.blocks import classify_blocks

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEADLINE = "Restorers uncover a lost inscription above the old harbour gate"
P1 = ("Restorers working on the old harbour gate have uncovered an inscription that "
      "was hidden for more than a century under layers of paint and soot.")
P2 = ("The town's historians said the words were probably carved when the gate was "
      "rebuilt after the great storm, and that the stone came from the same quarry.")
P3 = ("The council will decide next month whether to leave the inscription open to "
      "the weather or to protect it behind a sheet of glass.")
ANNOUNCE = "Carved above the arch, the words read:"
#: lines of a paragraph's length with none of the document's stop words:
#: jusText reads them as bad blocks
GREEK = ["Ἐν ἀρχῇ ἦν ὁ λόγος, καὶ ὁ λόγος ἦν πρὸς τὸν θεόν, καὶ θεὸς ἦν ὁ λόγος.",
         "οὗτος ἦν ἐν ἀρχῇ πρὸς τὸν θεόν. πάντα δι᾽ αὐτοῦ ἐγένετο, καὶ χωρὶς αὐτοῦ"]
ARABIC = ["بسم الله الرحمن الرحيم الحمد لله رب العالمين الرحمن الرحيم مالك يوم الدين"]
RUSSIAN = ["Новости региона и погода на всю неделю для жителей побережья и гостей",
           "Спорт и отдых на выходных, афиша концертов и выставок в старом городе"]
TRANSLATION = ("In English the lines mean roughly that the word was there in the beginning, "
               "and the restorers think a sailor's family paid for them.")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def kept(lines: list[str]) -> list[bool]:
    return [v.keep for v in classify_blocks(lines, "en")]


def test_a_quotation_in_greek_between_paragraphs_stays() -> None:
    lines = [HEADLINE, P1, P2, ANNOUNCE, *GREEK, TRANSLATION, P3]
    assert all(kept(lines))
    doc = PIPE.run("\n\n".join(lines) + "\n")
    assert paragraphs(doc.text) == lines


def test_a_quotation_in_arabic_and_its_announcement_stay() -> None:
    # (the announcement, a short line, went with the quotation under it)
    lines = [HEADLINE, P1, P2, ANNOUNCE, *ARABIC, TRANSLATION, P3]
    assert all(kept(lines))
    doc = PIPE.run("\n\n".join(lines) + "\n")
    assert paragraphs(doc.text) == lines


def test_a_list_of_editions_in_several_scripts_is_no_quotation() -> None:
    lines = [HEADLINE, P1, P2, "This article is also available in these languages:",
             ARABIC[0], RUSSIAN[0], GREEK[0], TRANSLATION, P3]
    assert kept(lines)[4:7] != [True, True, True]


def test_lines_in_another_script_that_nothing_announces_are_no_quotation() -> None:
    lines = [HEADLINE, P1, P2, *ARABIC, TRANSLATION, P3]
    assert kept(lines)[3] is False


def test_lines_in_another_script_with_no_prose_after_them_are_no_quotation() -> None:
    # (a box of links at the foot of the page)
    lines = [HEADLINE, P1, P2, P3, "Read more in our other editions:", *RUSSIAN]
    assert kept(lines)[-2:] == [False, False]


def test_a_label_of_the_page_announces_no_quotation() -> None:
    # (a label of one or two words, "Related:", is the page's)
    lines = [HEADLINE, P1, P2, "Related:", *ARABIC, TRANSLATION, P3]
    assert kept(lines)[4] is False


def test_lines_in_the_documents_own_script_are_judged_as_before() -> None:
    # a list of short facts announced by a colon between paragraphs stays,
    # and a line of page chrome in the same script after a colon goes
    items = ["Length: 240 metres", "Berths: 60", "Opened: 1987"]
    lines = [HEADLINE, P1, P2, "The harbour in figures:", *items, P3]
    assert all(kept(lines))
    menu = "Home News Sport Weather Business Culture Travel Opinion Video Podcasts Games"
    lines = [HEADLINE, P1, P2, ANNOUNCE, menu, TRANSLATION, P3]
    assert kept(lines)[4] is False
