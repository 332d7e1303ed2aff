"""Cleaning a cleaned document changes nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Pipeline, Settings

from .conftest import SEEDS

PIPELINE = Pipeline.default()


def assert_idempotent(text: str) -> None:
    once = PIPELINE.run(text).text
    twice = PIPELINE.run(once)
    assert twice.text == once
    assert not twice.changes, [(c.code, c.before, c.after) for c in twice.changes]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem[:3])
def test_seeds_idempotent(seed: Path) -> None:
    assert_idempotent(seed.read_text(encoding="utf-8"))


def test_aeb_dev_idempotent(aeb_inputs) -> None:
    for path in aeb_inputs:
        assert_idempotent(path.read_text(encoding="utf-8"))


# -- a page whose cleaning leaves another language (review 10, R10-09) ---------
_RU = ["Городской совет одобрил строительство нового моста через реку после трёх лет "
       "споров о его стоимости и месте.",
       "Работы начнутся весной, а закончить их планируют к концу следующего года, "
       "сообщили в мэрии."]
_EN_CHROME = ["Home", "News", "Sport", "Business", "Culture", "Weather",
              "Share this article on Facebook, Twitter or WhatsApp",
              "We use cookies to improve your experience on our site and to show you relevant "
              "advertising. By continuing you agree to our use of cookies.",
              "Sign up for our daily newsletter to get the best stories delivered to your inbox "
              "every morning.", "Most read", "Rents rise again as supply falls in the capital",
              "Bakery chain to open twelve new shops",
              "Port traffic climbs for the third year in a row",
              "Copyright 2024 The Example Herald. All rights reserved."]


def test_a_page_that_cleans_to_another_language_is_cleaned_in_that_one() -> None:
    # English chrome around a Russian story: the input reads as English, the
    # cleaned text as Russian, which a second cleaning would clean as Russian
    text = "\n\n".join(["River bridge approved", *_EN_CHROME[:7], "Commuters should plan with:",
                        *_RU, *_EN_CHROME[7:]]) + "\n"
    doc = PIPELINE.run(text)
    assert doc.metadata["language"] == "ru"
    assert all(p in doc.text for p in _RU)
    assert_idempotent(text)


@pytest.mark.parametrize("languages, other, g001", [
    # read first as English, unexpected, cleaned to Russian, expected: no G001
    (("ru",), "clean", []),
    # neither expected: one G001, for the language the text ends in
    (("de",), "clean", ["ru"]),
    (("en",), "clean", ["ru"]),
    # kept as it is: the G001 of the language it was read in, as before
    (("ru",), "keep", ["en"]),
])
def test_the_unexpected_language_report_names_the_language_the_text_ends_in(
        languages, other, g001) -> None:
    text = "\n\n".join(["River bridge approved", *_EN_CHROME[:7], "Commuters should plan with:",
                        *_RU, *_EN_CHROME[7:]]) + "\n"
    doc = Pipeline(settings=Settings(languages=languages, other_languages=other)).run(text)
    reports = [r.message for r in doc.reports if r.code == "G001"]
    assert [m.split("'")[1] for m in reports] == g001
    assert doc.metadata["language"] == (g001[0] if other == "keep" else "ru")
    assert (doc.text == text) == (other == "keep")


def test_an_english_story_with_a_russian_quotation_stays_english() -> None:
    text = ("Bridge approved after three years\n\n"
            "The city council approved the new river bridge on Tuesday after three years of "
            "argument over its cost and its place, officials said.\n\n"
            f"A local newspaper welcomed the vote: “{_RU[1]}”\n\n"
            "Work is expected to begin in the spring and to end late next year.\n")
    doc = PIPELINE.run(text)
    assert doc.metadata["language"] == "en"
    assert doc.text == text
    assert_idempotent(text)


# A page of menus with one Russian question: cleaned as English (langdetect
# sure enough of the whole), the text left reads as no language ('und');
# the next run started from 'und' and cleaned more (found by fuzzing: lines of
# scraped pages shuffled together).
MENUS_AND_A_QUESTION = 'Life Video\nGet it on Amazon for $234.98\nPodcast\n\n\nBike parts\nFirst published on November 19, 2019 / 8:16 AM\nCongressman Eric Swalwell Denies Ripping a Massive Fart Live on MSNBC Congressman Eric Swalwell Denies Ripping a Massive Fart Live on MSNBC\n22 hours ago on iOS Blog\nMarkets\nCars\nThe Parking Lot\nCyan\n\nCrypto Insider\nКакую кухню любите сами? Есть ли какие-то предпочтения, а может наоборот, есть блюда или продукты, которые вам не нравятся?\n\n\n{* loginWidget *}\nPodcast\nletture\n\n\n\n\n19H ago\n\n\n\n\n\n\n\n'


def test_a_page_whose_cleaned_text_reads_as_no_language_is_idempotent() -> None:
    pipeline = Pipeline.default()
    once = pipeline.run(MENUS_AND_A_QUESTION)
    assert pipeline.run(once.text).text == once.text
