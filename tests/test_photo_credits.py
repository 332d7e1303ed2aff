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
    # "Courtesy of" and names
    ("Courtesy of Jane Doe", "Jane Doe"),
    ("Photo courtesy of the Harbour Museum", "the Harbour Museum"),
    # names between slashes in brackets, no agency listed
    ("(Jane Doe/Harbour Post)", "Jane Doe/Harbour Post"),
    ("(Ann Lee / Harbour Gazette)", "Ann Lee / Harbour Gazette"),
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


@pytest.mark.parametrize("para, kept, credit", [
    # names between slashes in brackets after a caption's last sentence
    (f"{CAPTION} (HSA/Harbour Space Lab/Jane Doe)", CAPTION, "HSA/Harbour Space Lab/Jane Doe"),
    (f"{CAPTION} [Jane Doe/Harbour Post]", CAPTION, "Jane Doe/Harbour Post"),
    ("Lanterns over the old town in 2004. (Jane Doe/Harbour Post)",
     "Lanterns over the old town in 2004.", "Jane Doe/Harbour Post"),
    # a label and names in brackets, at the end or inside
    (f"{CAPTION} (Image credit: Harbour Observatory)", CAPTION, "Harbour Observatory"),
    (f"{CAPTION} (Photo by Jane Doe/Harbour Post)", CAPTION, "Jane Doe/Harbour Post"),
    (f"{CAPTION} (Photo Credit : Harbour Post File Photo )", CAPTION, "Harbour Post File Photo"),
    ("The crowd (Photo: Jane Doe) cheered as the team arrived at the station.",
     CAPTION, "Jane Doe"),
    # "Courtesy of" in brackets at a caption's end
    (f"{CAPTION[:-1]} (courtesy of Jane Doe)", CAPTION[:-1], "Jane Doe"),
    # a label after the caption's sentence, names without an agency
    (f"{CAPTION} Photograph: Jane Doe/The Harbour Post", CAPTION, "Jane Doe/The Harbour Post"),
    (f"{CAPTION} Credit: Jane Doe for The Harbour Post", CAPTION,
     "Jane Doe for The Harbour Post"),
    # a listed agency in lower case after the names
    (f"{CAPTION} Photo: Jane Doe/dpa", CAPTION, "Jane Doe/dpa"),
    (f"{CAPTION} Foto: picture alliance / dpa", CAPTION, "picture alliance / dpa"),
])
def test_only_the_credit_of_a_caption_goes(para: str, kept: str, credit: str) -> None:
    doc = PIPE.run(page(para))
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{kept}\n\n{BODY3}\n"
    assert doc.metadata["photo_credit"] == credit


@pytest.mark.parametrize("line", [
    # wire credits, party tags, fractions, "and/or"
    "(AP) reported that the talks had failed on Monday night in the capital.",
    "Senator John Smith (R-Texas) said the vote would be held next week.",
    "Representative Jane Doe (D/Calif.) said the vote would be held next week.",
    "The ceasefire held for a week, said Senator Jane Doe. (D/Calif.)",
    "The first part of the series (1/2) was published on Monday in the paper.",
    "About 3/4 of the voters and/or their families stayed at home on the day.",
    "The ceasefire held for a week. (Updated 12/3)",
    "The agreement was signed by the EU/UK negotiators in Brussels on Friday.",
    # sentences that speak of a photo, an image, a credit
    "The photo showed the minister shaking hands with the general at the border.",
    "She paid with a credit card and the bank raised her credit rating after the vote.",
    "The image of the burning tower became a symbol of the war in the region.",
    "Credit: the bank's decision to cut rates helped the markets recover on Monday.",
    "Our photographer Jane Doe captured the scene at the harbour on Monday morning.",
    "Courtesy of the minister, the delegates were given a tour of the palace grounds.",
    # "[sic]", a quotation in brackets, a credit quoted as a mention
    "He wrote that the 'goverment [sic] had failed' in its duty to the people.",
    'The mayor said the plan ("a bold step forward") would cost millions.',
    'Readers often see a line such as "(Photo: Jane Doe)" under the picture in the paper.',
    # courtesy inside a sentence; a caption's words after a label
    "The dinner (courtesy of Jane Doe) was the finest the delegates had eaten in years.",
    f"{CAPTION} (Video: Watch the full interview)",
    f"{CAPTION} (Picture: The mayor at the summit)",
    f"{CAPTION} Picture: The mayor at the summit",
    f"{CAPTION} Photo: Crowds pass the gate",
    # a menu's links between slashes: single words, two-letter words
    "You are commenting using your account here. (Logout / Change)",
    "Guidance on the vote was given by the chair. (Sign In/Register)",
])
def test_prose_brackets_slashes_and_labels_stay(line: str) -> None:
    doc = PIPE.run(page(line))
    assert line in doc.text
    assert "photo_credit" not in doc.metadata and not m003(doc)


@pytest.mark.parametrize("line", [
    # single words between slashes: a menu's row ("About/Contact"), prose's
    # pairs, a band's name, figures, a date
    "Press/Media Centre",
    "About/Contact",
    "AC/DC",
    "Israel/Palestine",
    "The helpline for islanders is open 24/7 from next month.",
    "12/03/2024",
    # a headline with a pair of names, a line of prose holding one
    "Biden/Harris ticket gains ground",
    "Residents can choose to walk and/or cycle to the new ferry terminal this summer.",
    "The talks on Israel/Palestine resumed on Monday, said Jane Doe/Harbour Post.",
    "Jane Doe/Harbour Post said the talks had resumed on Monday",
    # two writers' names (the second opens with a given name too); a first
    # word that is no common given name ("Harbour Ferries")
    "Jane Doe/Ann Lee",
    "Harbour Ferries/Island Post",
])
def test_names_between_slashes_that_are_no_credit_stay(line: str) -> None:
    doc = PIPE.run(page(line))
    assert line in doc.text
    assert "photo_credit" not in doc.metadata and not m003(doc)


@pytest.mark.parametrize("items", [
    "Jane Doe/Harbour Rovers\nMaria Lopez/Island United\nJohn Smith/City Athletic",
    "Jane Doe/Harbour Rovers\n\nMaria Lopez/Island United",
    # a list whose next item opens with no common given name; a line-up
    "Completed deals:\nJane Doe/Harbour Rovers\nKwame Mensah-Osei/Island United",
    "Paul Doe/The Harbour Revival\nSaturday: Ann Lee and her Island Orchestra.",
    # one line, no list: a performer and the orchestra in a concert review
    "John Doe/Harbour Symphony Orchestra",
    # a credit's shape with no brackets nor agency: a list's item as often
    "Jane Doe/Harbour Post",
    "Maria Lopez / The Harbour Gazette",
    "Jane Doe/Harbour Agency via Island Images",
])
def test_names_between_slashes_alone_are_no_credit(items: str) -> None:
    # negative: a person's and an organisation's names between a slash,
    # with no brackets nor a listed agency, are a list's item as often as a
    # credit (players and their clubs, a line-up): no credit, and the line
    # by them is no caption (where they stand, over the article, the block
    # heuristics judge them)
    doc = PIPE.run(page(items))
    assert "photo_credit" not in doc.metadata and not m003(doc)


@pytest.mark.parametrize("para", [
    # a poll's attribution in brackets after the last sentence of prose:
    # organisations between slashes, no picture in the context
    "Support for the plan fell to 38% last month, the poll found. (CBS News/YouGov)",
    "Most Americans now oppose the plan. Only a third of them back it. (AP/NORC)",
    "Most voters said they would back the plan in the spring. (REUTERS/Ipsos)",
    "Voters are split evenly on the new harbour tax. (Reuters/Ipsos)",
    "A majority backs the plan, according to the survey. (NBC News/Marist)",
    # a picture's word used of prose, a poll's word beside it
    "The overall picture for the party is bleak, the survey found. (CBS News/YouGov)",
    "Most voters still oppose the plan. Only a third of them back it. (AP/NORC)",
])
def test_a_polls_attribution_after_prose_is_no_photo_credit(para: str) -> None:
    doc = PIPE.run(page(para))
    assert para in doc.text
    assert "photo_credit" not in doc.metadata and not m003(doc)


@pytest.mark.parametrize("para, kept, credit", [
    # organisations between slashes after a caption: a caption's cue, the
    # picture's kind, a caption-shaped line (one short sentence, nothing of
    # reported prose), a photographer and a listed agency
    ("The mayor, left, and the harbour master at the quay on Monday. (CBS News/Harbour TV)",
     "The mayor, left, and the harbour master at the quay on Monday.", "CBS News/Harbour TV"),
    ("The first global geologic map of Titan. (NASA/JPL-Caltech/ASU)",
     "The first global geologic map of Titan.", "NASA/JPL-Caltech/ASU"),
    ("Titan's lakes. The dark patches are seas of methane. (NASA/ESA/Harbour Lab Handout)",
     "Titan's lakes. The dark patches are seas of methane.", "NASA/ESA/Harbour Lab Handout"),
    ("Titan in false colour, 2005. (NASA/JPL/Space Science Institute)",
     "Titan in false colour, 2005.", "NASA/JPL/Space Science Institute"),
    ("A rower crosses the finish line in the harbour. Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)",
     "A rower crosses the finish line in the harbour. Tuesday, Nov. 19, 2019.",
     "Manu Fernandez/AP"),
])
def test_organisations_in_brackets_after_a_caption_are_a_credit(para: str, kept: str,
                                                                 credit: str) -> None:
    doc = PIPE.run(page(para))
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{kept}\n\n{BODY3}\n"
    assert doc.metadata["photo_credit"] == credit


@pytest.mark.parametrize("para", [
    "Jane Doe/Harbour Post",
    f"{CAPTION} (HSA/Harbour Space Lab/Jane Doe)",
    f"{CAPTION} (Photo: Jane Doe)",
    "Courtesy of Jane Doe",
])
def test_shaped_credits_clean_once(para: str) -> None:
    once = PIPE.run(page(para)).text
    assert PIPE.run(once).text == once


@pytest.mark.parametrize("para, credit", [
    # the label and an ellipsis, as a page that sets the label apart from
    # the name is dumped: glued to the caption's last sentence, or spaced
    (f"{CAPTION}Credit...Jane Doe/The Harbour Post", "Jane Doe/The Harbour Post"),
    (f"{CAPTION} Credit...Jane Doe for The Island Gazette", "Jane Doe for The Island Gazette"),
    (f"{CAPTION}Credit…Getty Images", "Getty Images"),
    (f"{CAPTION} Photo... Maria Lopez/Reuters", "Maria Lopez/Reuters"),
    (f"{CAPTION[:-1]}!Image credit...Harbour Observatory", "Harbour Observatory"),
])
def test_a_labels_ellipsis_after_a_caption_is_a_credit(para: str, credit: str) -> None:
    doc = PIPE.run(page(para))
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{CAPTION}\n\n{BODY3}\n" or \
        doc.text == f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{CAPTION[:-1]}!\n\n{BODY3}\n"
    assert doc.metadata["photo_credit"] == credit
    assert PIPE.run(doc.text).text == doc.text


@pytest.mark.parametrize("line", [
    # a label's word before an ellipsis in prose: words of a sentence after
    # it, no sentence's end before it, or inside a quotation
    "She gave him his due. Credit... where credit is due, she said.",
    "The bank tightened its terms. Credit... the lifeblood of the economy",
    "He said it was the whole story. Picture... what could go wrong",
    "The council's view of credit... and of the risks it runs",
    "“It was about credit…Jane Doe knew it,” the chairman said.",
    "The minister paused. “Credit...Harbour Bank,” she said.",
])
def test_prose_with_a_labels_word_and_an_ellipsis_stays(line: str) -> None:
    doc = PIPE.run(page(line))
    assert line in doc.text
    assert "photo_credit" not in doc.metadata and not m003(doc)


@pytest.mark.parametrize("caption", [
    # a key to the picture's colours and a verb of showing
    "The warmest waters (red) are shown along the eastern coast of the bay.",
    "Storm cells (in white) move over the valley while the rain bands show the front.",
    "The new tram line (shown in blue) would link the station with the hospital.",
    # "This", a picture's kind and what it shows
    "This satellite image released by the agency shows smoke over the northern hills.",
    "This artist's impression of the new stadium shows the roof closed over the pitch.",
    "This undated photo provided by the family shows the climber at the base camp.",
    # without its full stop, long
    "This illustration of the proposed bridge shows how the two towers would carry the deck "
    "across the harbour mouth",
])
def test_a_caption_told_by_its_words_goes(caption: str) -> None:
    doc = PIPE.run(page(caption))
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{BODY3}\n"
    assert [c.message for c in doc.changes if c.code == "M003"] == ["photo caption (by its words)"]
    assert PIPE.run(doc.text).text == doc.text


@pytest.mark.parametrize("line", [
    # a colour in brackets with nothing shown (a labelling scheme, a kit)
    "Products high in sugar (red) will carry a warning on the front of the pack from next year.",
    "The club will wear its away kit (white) in the final on Saturday.",
    # a picture shown, no "This" (prose about a video or a photo)
    "The video shows the tense moments when officers forced the door of the hotel room.",
    "The image shows how far the glacier has retreated since the survey of 1990.",
    # "This" and a picture in reported prose, a quotation, a long paragraph
    "This photo shows the mayor at the harbour in 1968, the council said.",
    "“This picture shows what the town has lost,” the campaigners wrote in their letter.",
    "This map shows where the fires are burning",
    "This photo of the mayor was shared thousands of times on the first day of the campaign.",
    # a sentence that mentions a colour key among many words
    "Researchers marked the infected cells (red) and the healthy ones (green) and then counted "
    "them over six weeks, and the results, which were shown to the panel on Tuesday, suggest "
    "that the treatment slowed the spread of the disease in most of the patients who took part "
    "in the trial.",
])
def test_prose_that_speaks_of_a_picture_or_a_colour_stays(line: str) -> None:
    doc = PIPE.run(page(line))
    assert line in doc.text
    assert not m003(doc)


def test_a_headline_that_opens_like_a_caption_stays() -> None:
    doc = PIPE.run(f"This map shows where the fires are burning\n\n{BODY}\n\n{BODY2}\n\n{BODY3}\n")
    assert doc.text.startswith("This map shows where the fires are burning\n\n")


def test_a_caption_told_by_its_words_keeps_its_credit_in_metadata() -> None:
    caption = "Storm cells (in white) move over the valley as the rain bands show the front."
    doc = PIPE.run(page(f"{caption} (Image credit: Harbour Observatory)"))
    assert doc.text == f"{HEAD}\n\n{BODY}\n\n{BODY2}\n\n{BODY3}\n"
    assert doc.metadata["photo_credit"] == "Harbour Observatory"


@pytest.mark.parametrize("line", [
    # a verb of showing in a past's report, a view, showing someone
    "Patients whose tumours were marked in the scans (yellow) responded better to treatment, "
    "though the sample was small.",
    "Harbour United (red) were shown a yellow card twice in the first half.",
    "Voters in the swing states (purple) are seen as the key to the election this year.",
    "Fry the onions until golden, then add the peppers (red) and show them the heat for a minute.",
    # a picture pointed to from the text
    "Northern districts (blue) and southern districts (red) are shown on the map below.",
    # a critic's, an explainer's, a how-to's words about a picture: no word
    # before its kind, nothing after it of where it comes from
    "This photograph shows how the artist waited for the moment when the cyclist crossed the "
    "frame, a patience that defines the whole exhibition and the decades of work on display.",
    "This map shows where the fires burned last summer and where crews expect them to return.",
    "This image shows a problem that regulators have ignored for years: banks lend to themselves.",
    "This diagram shows the parts of the engine.",
    "This screenshot shows the settings page of the app, where users can turn off tracking.",
    # a picture's word that is no picture's kind here
    "This year's photo competition shows the best of the region's wildlife photography.",
    # a person's voice: a reader's letter, a reviewer's
    "This photo of the queue at the bus stop, which you printed last week, shows what "
    "commuters face every morning.",
    "This screenshot from our test phone shows the battery at 40 per cent after a day of use.",
    # more than one sentence: a paragraph
    "This photograph of his mother shows how the painter waited for the light. It is patience, "
    "above all, that defines the exhibition.",
])
def test_words_about_a_picture_or_a_colour_in_an_articles_paragraph_stay(line: str) -> None:
    doc = PIPE.run(page(line))
    assert line in doc.text
    assert not m003(doc)


@pytest.mark.parametrize("caption", [
    # a colour in words beside a place in the picture
    "Areas in red (left) show the flooded districts; blue shows the river's usual course.",
    # a bare colour's bracket after a thing drawn, a value it keys
    "Flooded areas (blue) show how far the river spread after the dam gave way.",
    "The densest parts of the cloud are very cold (blue) while the edges show warmer dust.",
    # a still from a film, named as a caption names it (a film review's
    # picture: "This still from …", "This film still …")
    "This still from the film shows the heroine alone in the kitchen of the farmhouse.",
    "This promotional still shows the two leads on the set of the second series.",
])
def test_a_caption_keyed_by_a_place_a_drawn_thing_or_a_still_goes(caption: str) -> None:
    doc = PIPE.run(page(caption))
    assert caption not in doc.text
    assert [c.message for c in doc.changes if c.code == "M003"] == ["photo caption (by its words)"]


@pytest.mark.parametrize("line", [
    # a thing's own colour in brackets, in the present, with a verb of
    # showing: nothing drawn, no place in a picture
    "The home side's shirts (blue) show the club's new sponsor across the chest.",
    "The new trains (green) show how far the operator has come since the strike.",
    # a place in brackets with no colour: a caption's look, kept as prose
    "The mayor (left) shows the minister around the harbour wall on Friday.",
    # "still" as the adverb after "This" and a word
    "This approach still shows promise.",
    "This year still shows a deficit of four million pounds.",
    "This still, however, shows that the party is split on the issue.",
])
def test_a_things_colour_or_the_adverb_still_stays(line: str) -> None:
    doc = PIPE.run(page(line))
    assert line in doc.text
    assert not m003(doc)


@pytest.mark.parametrize("caption", [
    "This satellite image from the space agency shows fires detected (red) near the capital "
    "on Nov. 3, 2019.",
    "The centres of the clusters are super hot (red), while bright structures show diffuse gas.",
    "This photo, taken by a neighbour, shows the flooded high street on Sunday morning.",
    "This illustration of a company's concept for a lunar lander shows how private operators "
    "could take people back to the Moon",
])
def test_a_caption_told_by_its_words_goes_still(caption: str) -> None:
    doc = PIPE.run(page(caption))
    assert caption not in doc.text
    assert [c.message for c in doc.changes if c.code == "M003"] == ["photo caption (by its words)"]
