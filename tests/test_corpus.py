"""Corpus-level repeated lines (cleaner.corpus) and rule B110."""
from __future__ import annotations

import random

import pytest

from cleaner import Pipeline, Settings
from cleaner.corpus import (MAGIC, RepeatedLines, learn, line_digest, load,
                            normalise_line, save)

FOOTER = "© 2022 Northfield Courier. All rights reserved"
MENU = "Home | World | Business | Sport"
NEWSLETTER = "Sign up to our daily newsletter"

_TOPICS = ["harbour", "council", "school", "railway", "hospital", "bridge", "library",
           "market", "airport", "museum", "stadium", "orchard"]
_PLACES = ["Tarnow", "Lviv", "Gdansk", "Porto", "Leeds", "Turku", "Brno", "Graz",
           "Split", "Cork", "Ghent", "Lille"]


def article(i: int) -> str:
    """A unique article: its own headline and paragraphs."""
    t, p = _TOPICS[i % len(_TOPICS)], _PLACES[(i * 5) % len(_PLACES)]
    return (f"New {t} plan approved in {p} after vote number {i}\n\n"
            f"The {t} in {p} will be rebuilt next year, the city said on Monday after "
            f"a long debate among the members of the {t} committee.\n\n"
            f"Residents of {p} said the {t} had been closed for months and that the "
            f"plan, the {i}th of its kind, came as a relief to the neighbourhood.\n")


def outlet_doc(i: int) -> str:
    head, rest = article(i).split("\n\n", 1)
    return f"{head}\n\n{MENU}\n\n{rest}\n{NEWSLETTER}\n\n{FOOTER}\n"


DOCS = [outlet_doc(i) for i in range(12)]


# ------------------------------------------------------------ normalisation
def test_normalise_line_folds_case_digits_accents_punctuation() -> None:
    assert normalise_line("  Ádvertisement — 12 Comments! ") == "advertisement 0 comments"
    assert normalise_line("3 min read") == normalise_line("12 MIN READ")
    assert normalise_line("Café: «Menu»") == "cafe menu"
    assert normalise_line("—  ***") == ""
    assert line_digest("***") is None
    assert line_digest("12") is None  # numbers only: table cells are not templates
    assert line_digest("Share") == line_digest("SHARE:")
    assert len(line_digest("Share")) == 16


# ------------------------------------------------------------ learning
def test_counts_once_per_document() -> None:
    rl = learn(["Share\nShare\nShare\nText one."], min_docs=1)
    assert rl.document_count("Share") == 1
    assert rl.documents == 1


def test_line_repeated_inside_one_document_is_not_learned() -> None:
    doc = "Story\n\n" + "Advertisement\n\n" * 10 + "Text.\n"
    rl = learn([doc, "Other story\n\nOther text.\n"])
    assert rl.document_count("Advertisement") == 1
    assert line_digest("Advertisement") not in rl.digests


def test_threshold_min_docs() -> None:
    docs = [f"Headline {i}\n\nAdvertisement\n\nBody {i}.\n" for i in range(5)]
    assert line_digest("Advertisement") in learn(docs, min_docs=5).digests
    assert line_digest("Advertisement") not in learn(docs[:4], min_docs=5).digests
    assert line_digest("Advertisement") not in learn(docs, min_docs=6).digests


def test_threshold_min_fraction() -> None:
    docs = [f"Headline {i}\n\nAdvertisement\n\nBody {i}.\n" for i in range(5)]
    docs += [f"Other {i}\n\nText {i}.\n" for i in range(95)]
    assert line_digest("Advertisement") in learn(docs, min_docs=5).digests
    # 5 of 100 documents is under 10%
    assert line_digest("Advertisement") not in learn(docs, min_docs=5, min_fraction=0.1).digests
    assert learn(docs, min_fraction=0.1).thresholds()[0] == 10


def test_lines_that_read_as_text_need_more_documents() -> None:
    quote = "“We will not give up,” the minister said."
    long_label = "Read the latest news from the region on our website today"
    docs = [f"Story {i}\n\n{quote}\n\n{long_label}\n\nShare\n\nBody {i}.\n" for i in range(10)]
    rl = learn(docs)
    assert line_digest("Share") in rl.digests
    assert line_digest(quote) not in rl.digests            # a sentence: 20 documents
    assert line_digest(long_label) not in rl.digests       # 8+ words: 20 documents
    rl = learn(docs * 2)
    assert line_digest(quote) in rl.digests
    assert line_digest(long_label) in rl.digests
    assert learn(docs, prose_min_docs=10).digests >= {line_digest(quote)}


def test_deterministic_across_orders_and_merges() -> None:
    docs = DOCS + [f"Story {i}\n\nShare\n\nMore {i}.\n" for i in range(7)]
    whole = learn(docs)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = docs[:]
        rng.shuffle(shuffled)
        assert learn(shuffled).digests == whole.digests
        k = rng.randrange(1, len(docs))
        a, b = learn(shuffled[:k]), learn(shuffled[k:])
        merged = a.merge(b)
        assert merged.counts == whole.counts
        assert merged.documents == whole.documents
        assert merged.digests == whole.digests
    # three workers, merged in any order
    parts = [learn(docs[i::3]) for i in range(3)]
    m1 = learn([]).merge(parts[0]).merge(parts[1]).merge(parts[2])
    m2 = learn([]).merge(parts[2]).merge(parts[0]).merge(parts[1])
    assert m1.counts == m2.counts == whole.counts


def test_merge_refuses_different_options() -> None:
    with pytest.raises(ValueError):
        learn([], min_docs=3).merge(learn([], min_docs=5))


def test_save_load_round_trip(tmp_path) -> None:
    rl = learn(DOCS)
    path = tmp_path / "repeated.txt"
    rl.save(path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(MAGIC + "\n")
    assert "documents=12" in text and "min_docs=5" in text
    assert load(path) == rl.digests
    save(path, rl.digests)  # without the counter: header only
    assert load(path) == rl.digests


def test_load_hand_written_list(tmp_path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("# our outlet's chrome\nADVERTISEMENT\n\nSign up to our daily newsletter!\n",
                    encoding="utf-8")
    assert load(path) == {line_digest("Advertisement"), line_digest(NEWSLETTER)}


# ------------------------------------------------------------ the rule
def test_rule_does_nothing_without_repeated_lines() -> None:
    doc = DOCS[0]
    out = Pipeline.default(assume_language="en", select=["B110"]).run(doc)
    assert out.text == doc and not out.changes


def test_rule_removes_every_copy() -> None:
    rl = frozenset({line_digest("Advertisement")})
    doc = ("Story\n\nAdvertisement\n\nThe first paragraph of the story.\n\nADVERTISEMENT:\n\n"
           "The second paragraph of the story.\n\nAdvertisement\n")
    out = Pipeline.default(assume_language="en", select=["B110", "L"],
                           repeated_lines=rl).run(doc)
    assert out.text == ("Story\n\nThe first paragraph of the story.\n\n"
                        "The second paragraph of the story.\n")
    assert [c.code for c in out.changes].count("B110") == 3


def test_rule_keeps_the_headline() -> None:
    rl = frozenset({line_digest("Advertisement")})
    out = Pipeline.default(assume_language="en", select=["B110"], repeated_lines=rl).run(
        "Advertisement\n\nText of the story.\n")
    assert out.text == "Advertisement\n\nText of the story.\n"


def test_batch_of_one_outlet_loses_its_shared_lines_only() -> None:
    learned = learn(DOCS)
    assert {line_digest(MENU), line_digest(NEWSLETTER), line_digest(FOOTER)} <= learned.digests
    pipe = Pipeline.default(assume_language="en", repeated_lines=learned.digests)
    for i, doc in enumerate(DOCS):
        out = pipe.run(doc)
        for shared in (MENU, NEWSLETTER, FOOTER):
            assert shared not in out.text
        for para in article(i).split("\n\n"):
            assert para.strip() in out.text
        assert any(c.code == "B110" for c in out.changes)
        # idempotent
        assert pipe.run(out.text).text == out.text


def test_unique_articles_learn_nothing() -> None:
    assert not learn([article(i) for i in range(12)]).digests


def test_settings_hold_digests() -> None:
    learned = learn(DOCS)
    s = Settings(repeated_lines=learned.digests)
    assert isinstance(s.repeated_lines, frozenset)
    assert all(len(d) == 16 for d in s.repeated_lines)
    assert isinstance(learned, RepeatedLines)


def test_cli_learns_repeated_lines_in_two_passes(tmp_path, capsys) -> None:
    """`cleaner clean DIR --repeated-lines learn`: every copy of a line shared
    by the batch's documents goes; a saved file does the same in a later run."""
    from cleaner.cli import main

    src = tmp_path / "in"
    src.mkdir()
    stories = [
        "Officials in the north said on Monday that the bridge would reopen within a week.",
        "The council voted to raise the local tax by two per cent from the spring.",
        "Farmers said the dry summer had cut the harvest by a third this year.",
        "The airport will add three routes to southern Europe next summer, it said.",
        "Police said the road would stay closed until the inquiry was finished.",
        "A new school will open in the east of the city in September, the mayor said.",
    ]
    for i, story in enumerate(stories):
        (src / f"{i}.txt").write_text(
            f"Story number {i} of the day\n\n{story}\n\nThe Valley Gazette\n\n"
            f"Ask the Valley Gazette team\n",
            encoding="utf-8")
    saved = tmp_path / "repeated.txt"
    assert main(["clean", str(src), "-o", str(tmp_path / "out"), "-q",
                 "--repeated-lines", "learn", "--save-repeated-lines", str(saved)]) == 0
    for i, story in enumerate(stories):
        out = (tmp_path / "out" / f"{i}.txt").read_text(encoding="utf-8")
        assert out == f"Story number {i} of the day\n\n{story}\n"
    assert main(["clean", str(src / "0.txt"), "-o", str(tmp_path / "one"), "-q",
                 "--repeated-lines", str(saved)]) == 0
    assert (tmp_path / "one" / "0.txt").read_text(encoding="utf-8") == \
        f"Story number 0 of the day\n\n{stories[0]}\n"
    capsys.readouterr()
    main(["check", str(src / "0.txt"), "--repeated-lines", str(saved)])
    found = [line for line in capsys.readouterr().out.splitlines() if " B110 " in line]
    assert len(found) == 2, found   # the two footer lines, by the corpus rule
