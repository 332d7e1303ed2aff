"""The local line rules' joint verdicts (boilerplate.removed_lines) are
remembered across documents, per reading of the lines: a line another
page printed is not asked again, but the same line in another language,
with other expected languages or other rules enabled is."""
from __future__ import annotations

from cleaner import Pipeline, structure
from cleaner.model import Context
from cleaner.pipeline import Settings
from cleaner.rules import REGISTRY
from cleaner.rules import boilerplate as bp

ALL = frozenset(REGISTRY)


def _removed(text: str, language: str = "en", settings: Settings | None = None,
             enabled: frozenset[str] = ALL) -> list[bool]:
    ctx = Context(language=language, metadata={}, settings=settings or Settings(),
                  enabled=enabled)
    return bp.removed_lines(text, structure.lines(text), ctx)


def test_a_line_is_judged_again_in_another_reading():
    text = "Huh.\n\nPublicité\n\nAdvertisement\n\nThe mayor spoke on Monday about the plan.\n"
    assert _removed(text) == [True, False, True, False]
    # T001 leaves "Huh." to German writers (a copy of the text: a new one),
    # the phrase lists English alone as in English (German not expected)
    assert _removed(text + " ", "de") == [False, False, True, False]
    assert _removed(text + " ", "de", Settings(languages=("de",))) == [False, False, True, False]
    # the French labels count for a document in French, when expected
    assert _removed(text + "  ", "fr", Settings(languages=("fr",))) == [True, True, True, False]
    assert _removed(text + "   ", "fr", Settings(languages=("en",))) == [True, False, True, False]
    # B002 off: "Advertisement" stays
    assert _removed(text + "    ", enabled=ALL - {"B002"}) == [True, False, False, False]
    # and back to the first reading
    assert _removed(text + "     ") == [True, False, True, False]


def test_a_line_seen_in_another_document_is_not_asked_again(monkeypatch):
    asked = []
    chrome = bp.PageChrome.match

    def match(self, line, ls, ctx):
        asked.append(line.text)
        return chrome(self, line, ls, ctx)

    monkeypatch.setattr(bp.PageChrome, "match", match)
    first = "Advertisement\n\nThe council met on Monday to agree on its plans for the year.\n"
    second = "Advertisement\n\nThe harbour opened on Tuesday after a year of works.\n"
    assert _removed(first) == [True, False]
    asked.clear()
    assert _removed(second) == [True, False]
    assert asked == ["The harbour opened on Tuesday after a year of works."]


def test_the_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(bp, "_REMOVED_LINES", 40)
    for k in range(30):
        text = "\n".join(f"Line {k} {j} of a page that nobody repeats." for j in range(10))
        _removed(text)
        memo = bp._removed_memo(Context(language="en", metadata={}, settings=Settings(),
                                        enabled=ALL))
        assert len(memo) <= 40 + 10
    assert len(bp._REMOVED) <= bp._REMOVED_READINGS


def test_pages_of_one_site_cleaned_alike_in_any_order():
    """The cleaned pages do not depend on the pages cleaned before them."""
    pages = [
        "Home | World | Sport\n\nAdvertisement\n\nCouncil sets budget\n\n"
        "The council met on Monday to agree on its plans for the year.\n\nShare on Facebook | Twitter\n",
        "Home | World | Sport\n\nAdvertisement\n\nHarbour reopens\n\n"
        "The harbour opened on Tuesday after a year of works, officials said.\n\n"
        "Share on Facebook | Twitter\n",
    ]
    alone = [Pipeline().run(p).text for p in pages]
    one = Pipeline()
    assert [one.run(p).text for p in pages] == alone
    assert [one.run(p).text for p in reversed(pages)] == alone[::-1]


def test_a_page_after_another_of_its_site_is_judged_line_by_line_alike():
    """On a page after another of its site (its lines partly seen, partly
    new: a consent notice, a promo link, calls to subscribe, a footer), the
    verdicts are those of every rule asked of every line."""
    seen = ("Home | World | Sport\n\nAdvertisement\n\nThe council met on Monday.\n\n"
            "Share on Facebook | Twitter\n")
    new = ("We use cookies to improve your experience on our site.\n\n"
           "Star reveals her secret garden at last [PICTURES]\n\n"
           "Subscribe to The Harbour Post for all the news you need.\n\n"
           "Get our free newsletter: sign up today\n\n"
           "A line of prose that no rule removes, under the others.\n")
    ctx = Context(language="en", metadata={}, settings=Settings(), enabled=ALL)
    rules = bp.line_rules(ALL, local=True)
    for text in (seen, seen + "\n" + new, new + "\n" + seen + "Continue reading\n"):
        ls = structure.lines(text)
        expected = [any(r.match(x, ls, ctx) for r in rules) for x in ls]
        assert bp.removed_lines(text, ls, ctx) == expected
        assert sum(expected) >= (2 if text == seen else 4)


def test_both_ways_of_asking_give_one_verdict_whichever_asks_first():
    """removed_by_local_rule (the headline rules') and removed_lines share
    the memo across documents, so they must agree: a rule is not asked of
    a line past its max_chars either way (B002's topic list of 94
    characters, over its 80, is no label line), and the slow path agrees."""
    line = ("Topics: Politics, Elections, Congress, Supreme Court, Immigration, "
            "Climate change, Health care")
    text = line + "\n"
    ls = structure.lines(text)
    ctx = Context(language="en", metadata={}, settings=Settings(), enabled=ALL)
    for first in ("direct", "lines"):
        bp._REMOVED.clear()
        bp._last_memo[:] = [None, None]
        if first == "direct":
            got = [bp.removed_by_local_rule(ls[0], ls, ctx)]
            assert bp.removed_lines(text, ls, Context(**vars(ctx))) == got
        else:
            got = bp.removed_lines(text, ls, ctx)
            assert [bp.removed_by_local_rule(ls[0], ls, Context(**vars(ctx)))] == got
        assert got == [False]
    structure.FAST = False
    try:
        assert bp.removed_by_local_rule(ls[0], ls, ctx) is False
    finally:
        structure.FAST = True
