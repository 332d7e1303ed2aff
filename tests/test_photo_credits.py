"""M003: photo credits told by their shape (a credit's label, "Courtesy
of", names between slashes in brackets), whatever the agency; and the
brackets, slashes and labels of prose that are no credit."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings

PIPE = Pipeline(settings=Settings(assume_language="en"))

HEAD = "Harbour talks resume in the capital"
BODY = ("The minister said on Tuesday that the talks would continue next week in the "
        "capital, despite the growing tension on the border.")
BODY2 = ("Officials in the region reported that the roads to the north had been closed "
         "overnight and that the trains were running late.")
BODY3 = ("Residents of the coastal towns said they had been waiting for weeks for the "
         "government to send help, and that the ferries had stopped.")
CAPTION = "The crowd cheered as the team arrived at the station."


def page(line: str) -> str:
    return f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{line}\n\n{BODY3}\n"


def m003(doc) -> list[str]:
    return [c.before for c in doc.changes if c.code == "M003"]


@pytest.mark.parametrize("line, credit", [
    # a label with the picture's kind or place before it
    ("File photo: Jane Doe/Harbour Post", "Jane Doe/Harbour Post"),
    ("Main image credit: Harbour Images", "Harbour Images"),
    ("Photo illustration: Jane Doe", "Jane Doe"),
    ("Featured image: Jane Doe for The Harbour Post", "Jane Doe for The Harbour Post"),
    # "Photos by", "Images by", names joined by "and"
    ("Photos by Jane Doe", "Jane Doe"),
    ("Images by Harbour Images and Jane Doe", "Harbour Images and Jane Doe"),
])
def test_a_credit_alone_on_its_line_goes_to_metadata(line: str, credit: str) -> None:
    doc = PIPE.run(page(line))
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{BODY3}\n"
    assert doc.metadata["photo_credit"] == credit
    assert m003(doc)


@pytest.mark.parametrize("line", [
    # a label's words in prose, "by" and lower-case words after them
    "The photo showed the minister shaking hands with the general at the border.",
    "Images by the hundred were shared on the first night of the protests.",
    "File photos of the old harbour were shown to the council on Monday.",
])
def test_prose_with_a_labels_words_stays(line: str) -> None:
    doc = PIPE.run(page(line))
    assert line in doc.text
    assert "photo_credit" not in doc.metadata and not m003(doc)
