"""Focused and negative cases for machine-translation debris (T003, T005)."""
from __future__ import annotations

import pytest

from cleaner import Pipeline, Settings

PIPE = Pipeline(settings=Settings(assume_language="en"))


def run(text: str):
    return PIPE.run(text)


# -- T005: a capitalised preposition between lower-case words -----------------
@pytest.mark.parametrize("before, after", [
    ("According to him, the partners Of Ukraine understand this position well.\n",
     "According to him, the partners of Ukraine understand this position well.\n"),
    ("The negotiations With Russia are not possible while the troops remain.\n",
     "The negotiations with Russia are not possible while the troops remain.\n"),
    ("A professor At Harvard said the study was flawed.\n",
     "A professor at Harvard said the study was flawed.\n"),
])
def test_capitalised_preposition_before_a_name_is_lowered(before: str, after: str) -> None:
    assert run(before).text == after


@pytest.mark.parametrize("text", [
    "The Bank of England raised rates on Thursday, its governor said.\n",
    "He had never read The Lord of the Rings before his daughter bought it.\n",
    "The Lord Of The Rings was filmed in New Zealand over many months.\n",
    "He had never read the novel Of Mice and Men before his daughter bought it.\n",
    "He reviewed the film About Schmidt last week for the newspaper.\n",
    "She starred in About Schmidt with a famous actor in the lead role.\n",
    "Party chief To Lam met the visiting delegation in the capital on Monday.\n",
    "The midfielder In-beom Hwang scored twice for the visitors on Sunday.\n",
    "Critics praised the film As Good As It Gets when it came out.\n",
])
def test_titles_and_names_keep_their_capitals(text: str) -> None:
    doc = run(text)
    assert doc.text == text, [(c.code, c.before, c.after) for c in doc.changes]


# -- T003: a quotation padded with spaces; T005: 'He said' after it ----------
@pytest.mark.parametrize("before, after", [
    ('" We will not trade our land for a pause in the war ", He said at a press conference.\n',
     '"We will not trade our land for a pause in the war," he said at a press conference.\n'),
    ("“ We will not trade our land ”, She said on Tuesday.\n",
     "“We will not trade our land,” she said on Tuesday.\n"),
    ('"We will not trade our land," He said on Tuesday.\n',
     '"We will not trade our land," he said on Tuesday.\n'),
    ('The sign read " Closed " on Sundays, residents said.\n',
     'The sign read "Closed" on Sundays, residents said.\n'),
])
def test_padded_quotation_and_reporting_pronoun(before: str, after: str) -> None:
    assert run(before).text == after


@pytest.mark.parametrize("text", [
    # a new sentence after the quotation keeps its capital
    '"We will not trade our land." He left the room shortly afterwards.\n',
    '"Why should we?" He did not wait for an answer and left the room.\n',
    # not a reporting verb after the pronoun
    '"We are ready," He Who Must Not Be Named is a character, she joked.\n',
    # British style: a comma outside an unpadded quotation is correct
    'He called it "a disgrace", and left the room shortly afterwards.\n',
    # an odd number of straight marks: the pairing is unknown, nothing moves
    'He said " we will " and then " the rest was lost in the noise.\n',
    # a space on one side only is not the padded pattern
    'The sign read " Closed" on Sundays, residents said.\n',
])
def test_quotations_left_alone(text: str) -> None:
    doc = run(text)
    assert doc.text == text, [(c.code, c.before, c.after) for c in doc.changes]
