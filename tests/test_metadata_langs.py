"""Bylines and date lines in German, French and Spanish (M001, M004), an
e-mail's header over a newsletter (M001, B006), and a stray token on a line
of its own (T001): what they take, and the text they must leave alone."""
from __future__ import annotations

import functools

import pytest

from cleaner import Pipeline, Settings


@functools.lru_cache(maxsize=None)
def _pipe(language: str) -> Pipeline:
    return Pipeline(settings=Settings(languages=("en", "de", "fr", "es"),
                                      assume_language=language))


def run(text: str, language: str = "en"):
    return _pipe(language).run(text)


def by_line(doc) -> dict[str, str]:
    """The code of the change that took each removed line."""
    return {c.before.strip(): c.code for c in doc.changes if c.before.strip() and not c.after}


DE_BODY = ("Die Stadtverwaltung hat am Dienstag einen neuen Plan für den Ausbau der "
           "Radwege vorgestellt, der bis zum Ende des Jahres umgesetzt werden soll.\n\n"
           "Der Bürgermeister sagte, man habe lange mit den Anwohnern gesprochen und "
           "viele ihrer Vorschläge in den Plan aufgenommen.\n")
FR_BODY = ("La mairie a présenté mardi un nouveau plan pour développer les pistes "
           "cyclables, qui doit être mis en œuvre avant la fin de l'année.\n\n"
           "Le maire a expliqué qu'il avait longuement consulté les habitants et retenu "
           "plusieurs de leurs propositions.\n")
ES_BODY = ("El ayuntamiento presentó el martes un nuevo plan para ampliar los carriles "
           "bici, que deberá estar terminado antes de que acabe el año.\n\n"
           "El alcalde explicó que había hablado durante meses con los vecinos y que "
           "había incluido muchas de sus propuestas.\n")
EN_BODY = ("The council presented a new plan for the city's cycle lanes on Tuesday, "
           "to be finished before the end of the year.\n\n"
           "The mayor said he had spoken with residents for months and taken up many "
           "of their ideas.\n")


@pytest.mark.parametrize("language, head, author, date", [
    ("de", "Von Lena Hartmann\nStand: 14.03.2023, 09:45 Uhr", "Lena Hartmann", "2023-03-14"),
    ("de", "Von Lena Hartmann und Paul Krause\nAktualisiert am 3. März 2023 um 18:30 Uhr",
     "Lena Hartmann und Paul Krause", "2023-03-03"),
    ("fr", "Par Sophie Lambert\nPublié le 14/03/2023 à 18h30", "Sophie Lambert", "2023-03-14"),
    ("fr", "Par Sophie Lambert\nMis à jour le 1er mars 2023 à 9h05", "Sophie Lambert",
     "2023-03-01"),
    ("es", "Por Carmen Ruiz\nActualizado el 14/03/2023", "Carmen Ruiz", "2023-03-14"),
    ("es", "Por Carmen Ruiz\nPublicado el 3 de marzo de 2023 a las 12:40", "Carmen Ruiz",
     "2023-03-03"),
])
def test_byline_and_date_line_in_the_documents_language(language, head, author, date) -> None:
    body = {"de": DE_BODY, "fr": FR_BODY, "es": ES_BODY}[language]
    headline = {"de": "Neue Radwege für die Innenstadt",
                "fr": "De nouvelles pistes cyclables pour le centre-ville",
                "es": "Nuevos carriles bici para el centro"}[language]
    doc = run(f"{headline}\n\n{head}\n\n{body}", language)
    byline, dateline = head.split("\n")
    assert by_line(doc) == {byline: "M001", dateline: "M004"}
    assert doc.metadata["author"] == author
    assert doc.metadata["date"] == date
    assert doc.text == f"{headline}\n\n{body}"


@pytest.mark.parametrize("line", [
    "Von Trapp Family Singers",       # a German byline's word, in English
    "Par Avion Studios",              # a French one's
    "Por Favor Cantina",              # a Spanish one's
    "Published 03/04/2023",           # figures with slashes in either order
])
def test_other_languages_forms_are_not_taken_in_english(line) -> None:
    doc = run(f"City plans new cycle lanes\n\n{line}\n\n{EN_BODY}")
    assert not {"M001", "M004"} & {c.code for c in doc.changes}
    assert "author" not in doc.metadata and "date" not in doc.metadata


@pytest.mark.parametrize("line, date", [
    # figures with dots are day first wherever they are written so
    ("Updated: 21.06.2023 16:05", "2023-06-21"),
    ("08:47, 02.05.2023", "2023-05-02"),
    # with slashes, English writes the day first (British) or the month
    # first (American): read where only one order is a date
    ("Updated 14/03/2023", "2023-03-14"),
    ("Updated 03/14/2023 4:05 PM", "2023-03-14"),
    # a date of the Islamic calendar beside the common one
    ("Thursday 12 Shawwal 1444 AH - 04 May 2023", "2023-05-04"),
    ("Sunday 5 Jumada Al-Akhirah 1445 AH - 17 December 2023", "2023-12-17"),
])
def test_numeric_and_two_calendar_date_lines_in_english(line, date) -> None:
    doc = run(f"City plans new cycle lanes\n{line}\n\n{EN_BODY}")
    assert by_line(doc) == {line: "M004"}
    assert doc.metadata["date"] == date
    assert doc.text == f"City plans new cycle lanes\n\n{EN_BODY}"


def test_fields_after_the_date_on_a_date_line() -> None:
    line = "2023-04-19 07:12:44 Source: Harbour Evening Post  Editor: Chen Wei"
    doc = run(f"City plans new cycle lanes\n{line}\n\n{EN_BODY}")
    assert by_line(doc) == {line: "M004"}
    assert doc.metadata["date"] == "2023-04-19"
    assert doc.metadata["source"] == "Harbour Evening Post"
    assert "author" not in doc.metadata  # the editor is not the author
    doc = run(f"City plans new cycle lanes\n2023-04-19 Reporter: Ana Moreno\n\n{EN_BODY}")
    assert doc.metadata["author"] == "Ana Moreno"


@pytest.mark.parametrize("line", [
    # the attribution of a quoted statement, the source before the date
    "Source: Office of the Harbour Master, April 19, 2023",
    # a version number is no date
    "Firmware 2.10.2023 is out",
    # a date of the Islamic calendar alone is not parsed
    "12 Shawwal 1444 AH",
])
def test_lines_with_dots_fields_or_other_calendars_that_stay(line) -> None:
    doc = run(f"City plans new cycle lanes\n\n{EN_BODY}\n{line}\n\nThe plan goes to a vote next "
              "month, and the mayor expects it to pass with the votes of most parties.\n")
    assert "M004" not in {c.code for c in doc.changes}
    assert "date" not in doc.metadata and "source" not in doc.metadata


def test_a_sentence_with_a_date_stays_in_german() -> None:
    sentence = "Am 14.03.2023 hat der Stadtrat den Plan mit großer Mehrheit beschlossen."
    doc = run(f"Neue Radwege für die Innenstadt\n\n{DE_BODY}\n{sentence}\n", "de")
    assert sentence in doc.text
    assert "date" not in doc.metadata


def test_prose_opening_with_a_byline_word_stays() -> None:
    sentence = "Von der Leyen sagte am Abend, die Gespräche würden fortgesetzt."
    doc = run(f"Neue Radwege für die Innenstadt\n\n{sentence}\n\n{DE_BODY}", "de")
    assert sentence in doc.text


NEWSLETTER = ("From: The Evening Letter <letter@paper.example>\n"
              "To: reader@mail.example\n"
              "Subject: The Evening Letter: Council backs cycle lanes\n"
              "Date: Tue, 14 Mar 2023 18:00:00 +0000\n\n"
              "View this email in your browser\n\n"
              "Council backs new cycle lanes for the city centre\n\n" + EN_BODY)


def test_email_header_goes_to_metadata_and_the_headline_stays() -> None:
    doc = run(NEWSLETTER)
    taken = by_line(doc)
    for field in ("From:", "To:", "Subject:", "Date:"):
        assert [c for line, c in taken.items() if line.startswith(field)] == ["M001"]
    assert taken["View this email in your browser"] == "B006"
    assert doc.text == "Council backs new cycle lanes for the city centre\n\n" + EN_BODY
    assert doc.metadata["title"] == "The Evening Letter: Council backs cycle lanes"
    assert doc.metadata["source"] == "The Evening Letter"
    assert doc.metadata["date"] == "2023-03-14"


def test_field_lines_that_are_no_email_header_stay() -> None:
    # one "To:" line opening a letter is no e-mail's header, nor is a
    # "Subject:" line under the headline
    letter = "To: the editor\n\n" + EN_BODY
    assert "To: the editor" in run(letter).text
    subject = ("City plans new cycle lanes\n\nSubject: transport and planning\n"
               "From: the council's press office\n\n" + EN_BODY)
    assert not any(c.message.startswith("e-mail header") for c in run(subject).changes)


def test_a_headline_about_browsers_is_no_web_copy_link() -> None:
    text = "View from the browser wars: who wins now\n\n" + EN_BODY
    assert run(text).text == text


def test_stray_token_alone_on_its_line_is_t001s() -> None:
    text = ("City plans new cycle lanes\n\nHuh.\n\n"
            + EN_BODY.replace("\n\nThe mayor", "\n\nHuh.\n\nThe mayor"))
    doc = run(text)
    assert doc.text == "City plans new cycle lanes\n\n" + EN_BODY
    assert {c.code for c in doc.changes if c.before.strip() == "Huh."} == {"T001"}


def test_stray_token_word_in_a_sentence_stays() -> None:
    text = "City plans new cycle lanes\n\n" + EN_BODY + "\n\"Huh,\" one resident said.\n"
    doc = run(text)
    assert "\"Huh,\" one resident said." in doc.text
    assert "T001" not in {c.code for c in doc.changes}


def test_a_german_teasers_label_alone_goes_with_the_link_under_it() -> None:
    text = ("Hochwasser am Fluss: Pegel steigt weiter\n\n"
            "Der Pegel des Flusses lag am Mittag bei acht Metern. Die Stadt hat die Altstadt "
            "teilweise gesperrt, und die Anwohner wurden gebeten, ihre Keller zu räumen.\n\n"
            "Lesen Sie auch:\nUnwetter im Süden: Was Versicherte jetzt wissen müssen\n\n"
            "Feuerwehr und Technisches Hilfswerk seien mit mehreren Hundert Kräften im Einsatz, "
            "sagte der Oberbürgermeister am Nachmittag.\n")
    out = Pipeline.default(languages=("de",)).run(text).text
    assert "Lesen Sie auch" not in out and "Versicherte" not in out
    assert "Hilfswerk" in out


def test_a_german_audio_label_comment_login_and_label_without_colon_go() -> None:
    body = ("Der Pegel des Flusses lag am Mittag bei acht Metern. Die Stadt hat die Altstadt "
            "teilweise gesperrt, und die Anwohner wurden gebeten, ihre Keller zu räumen.")
    close = ("Feuerwehr und Technisches Hilfswerk seien mit mehreren Hundert Kräften im Einsatz, "
             "sagte der Oberbürgermeister am Nachmittag.")
    text = ("Hochwasser am Fluss: Pegel steigt weiter\n\nArtikel zum Hören • 3 Min\n\n"
            f"{body}\n\nMehr zum Thema\nUnwetter im Süden: Was Versicherte jetzt wissen müssen\n\n"
            f"{close}\n\nKommentare (9)\n\nSie müssen angemeldet sein, um kommentieren zu können.\n")
    out = Pipeline.default(languages=("de",)).run(text).text
    assert out == f"Hochwasser am Fluss: Pegel steigt weiter\n\n{body}\n\n{close}\n"


@pytest.mark.parametrize("lang, bar", [
    ("es", "Compartir en Facebook  Compartir en Twitter  Enviar por correo"),
    ("de", "Teilen | Twittern | Per E-Mail teilen"),
    ("fr", "Partager sur Facebook · Partager sur X · Imprimer"),
])
def test_a_share_bar_in_the_documents_language_goes(lang: str, bar: str) -> None:
    body = {"es": "Los embalses de la cuenca están al veinte por ciento de su capacidad, según los "
                  "datos publicados este martes por el ministerio.",
            "de": "Der Pegel des Flusses lag am Mittag bei acht Metern, und die Stadt hat die "
                  "Altstadt teilweise gesperrt.",
            "fr": "Le niveau du fleuve a atteint huit mètres à midi, et la ville a fermé une partie "
                  "du centre historique."}[lang]
    doc = Pipeline.default(languages=(lang,)).run(f"Titel der Meldung heute\n\n{bar}\n\n{body}\n")
    assert bar not in doc.text and body in doc.text
    assert [c.code for c in doc.changes if bar in c.before] == ["B003"]


def test_a_sentence_with_a_share_verb_stays() -> None:
    line = "Teilen Sie uns Ihre Meinung mit, schreibt die Stadt auf ihrer Seite im Netz."
    text = ("Hochwasser am Fluss\n\nDer Pegel des Flusses lag am Mittag bei acht Metern, und die "
            f"Stadt hat die Altstadt teilweise gesperrt.\n\n{line}\n")
    assert line in Pipeline.default(languages=("de",)).run(text).text


# -- L006 and M001: a byline in lower case right under the headline ------------

@pytest.mark.parametrize("language, headline, byline, author", [
    ("de", "Neue Radwege für die Innenstadt sollen bis zum Winter fertig sein",
     "von Lena Hartmann", "Lena Hartmann"),
    ("fr", "De nouvelles pistes cyclables pour le centre-ville avant l'hiver",
     "par Sophie Lambert", "Sophie Lambert"),
    ("es", "Nuevos carriles bici para el centro antes de que acabe el invierno",
     "por Carmen Ruiz", "Carmen Ruiz"),
    ("en", "New cycle lanes for the city centre to be finished before winter",
     "by Tom Hughes", "Tom Hughes"),
])
def test_a_lower_case_byline_is_not_joined_to_the_headline(language, headline, byline,
                                                            author) -> None:
    """L006 took the byline for the rest of the headline's sentence."""
    body = {"de": DE_BODY, "fr": FR_BODY, "es": ES_BODY, "en": EN_BODY}[language]
    doc = run(f"{headline}\n{byline}\n{body}", language)
    assert doc.text.startswith(f"{headline}\n\n")
    assert doc.metadata["author"] == author
    assert "L006" not in [c.code for c in doc.changes if byline in c.before + c.after]


def test_a_lower_case_byline_in_italian() -> None:
    doc = Pipeline.default(languages=("it",)).run(
        "Nuove piste ciclabili per il centro entro la fine dell'inverno\ndi Luca Bianchi\n"
        "Il comune ha presentato martedì un nuovo piano per le piste ciclabili, che dovrà "
        "essere completato entro la fine dell'anno.\n")
    assert doc.text.startswith("Nuove piste ciclabili per il centro entro la fine dell'inverno\n\n")
    assert doc.metadata["author"] == "Luca Bianchi"


@pytest.mark.parametrize("text", [
    # a wrapped sentence whose last line names its writer, with its full stop
    "The report on the future of the harbour and its ferries was written\nby Tom Hughes.\n",
    # a wrapped sentence going on with "by" and more than a name
    "The new cycle lanes in the centre of the city will be paid for\nby the regional "
    "government and the city council together.\n",
])
def test_a_wrapped_sentence_going_on_with_by_is_still_joined(text: str) -> None:
    doc = run(EN_BODY + "\n" + text)
    assert text.replace("\n", " ", 1) in doc.text


@functools.lru_cache(maxsize=None)
def _pipe_south_north(language: str) -> Pipeline:
    return Pipeline(settings=Settings(languages=("en", "it", "pt", "nl"),
                                      assume_language=language))


IT_BODY = ("Il comune ha presentato martedì un nuovo piano per le piste ciclabili, che dovrà "
           "essere completato entro la fine dell'anno.\n\n"
           "Il sindaco ha spiegato di aver ascoltato a lungo i residenti e di aver accolto "
           "molte delle loro proposte.\n")
PT_BODY = ("A câmara apresentou na terça-feira um novo plano para as ciclovias, que deverá "
           "estar concluído antes do fim do ano.\n\n"
           "O presidente da câmara explicou que ouviu os moradores durante meses e que "
           "aceitou muitas das suas propostas.\n")
NL_BODY = ("De gemeente heeft dinsdag een nieuw plan voor de fietspaden gepresenteerd, dat voor "
           "het einde van het jaar klaar moet zijn.\n\n"
           "De burgemeester zei dat hij maandenlang met de bewoners had gesproken en veel van "
           "hun ideeën had overgenomen.\n")


@pytest.mark.parametrize("language, line, date", [
    ("it", "Pubblicato il 07/11/2023 alle 16:20", "2023-11-07"),
    ("it", "Aggiornato il 2 ottobre 2023", "2023-10-02"),
    ("it", "Ultimo aggiornamento: 9 gennaio 2024, 08:15", "2024-01-09"),
    ("it", "28 settembre 2023 - 21:40", "2023-09-28"),
    ("pt", "Publicado em 07/11/2023 - 16:20", "2023-11-07"),
    ("pt", "Atualizado em 2 de outubro de 2023", "2023-10-02"),
    ("pt", "Publicado a 9 de janeiro de 2024, 08:15", "2024-01-09"),
    ("pt", "28/09/2023 21h40  Atualizado há 3 horas", "2023-09-28"),
    ("nl", "Gepubliceerd op 07-11-2023 om 16:20", "2023-11-07"),
    ("nl", "Bijgewerkt: 2 oktober 2023, 10:05", "2023-10-02"),
    ("nl", "9 januari 2024, 08:15", "2024-01-09"),
])
def test_date_lines_in_italian_portuguese_and_dutch(language, line, date) -> None:
    body = {"it": IT_BODY, "pt": PT_BODY, "nl": NL_BODY}[language]
    headline = {"it": "Nuove piste ciclabili per il centro",
                "pt": "Novas ciclovias para o centro da cidade",
                "nl": "Nieuwe fietspaden voor het centrum"}[language]
    doc = _pipe_south_north(language).run(f"{headline}\n{line}\n\n{body}")
    assert by_line(doc) == {line: "M004"}
    assert doc.metadata["date"] == date
    assert doc.text == f"{headline}\n\n{body}"


@pytest.mark.parametrize("language, sentence", [
    ("it", "Il 7 novembre 2023 il consiglio comunale ha approvato il piano a larga maggioranza."),
    ("pt", "Em 7 de novembro de 2023 a assembleia municipal aprovou o plano por larga maioria."),
    ("nl", "Op 07-11-2023 heeft de gemeenteraad het plan met een ruime meerderheid goedgekeurd."),
])
def test_a_sentence_with_a_date_stays_in_italian_portuguese_and_dutch(language, sentence) -> None:
    body = {"it": IT_BODY, "pt": PT_BODY, "nl": NL_BODY}[language]
    doc = _pipe_south_north(language).run(f"Titolo\n\n{body}\n{sentence}\n")
    assert sentence in doc.text
    assert "date" not in doc.metadata


def test_day_first_figures_with_dashes_are_not_taken_in_english() -> None:
    doc = run(f"City plans new cycle lanes\n\nUpdated 07-11-2023\n\n{EN_BODY}")
    assert "date" not in doc.metadata


@pytest.mark.parametrize("language, line, credit", [
    ("de", "Bild: Feuerwehr Talheim/Archiv", "Feuerwehr Talheim/Archiv"),
    ("it", "Foto di Giulia Conti", "Giulia Conti"),
    ("fr", "Crédit photo : Marc Lefèvre", "Marc Lefèvre"),
    ("en", "Photo by Dana Whitfield", "Dana Whitfield"),
])
def test_photo_credit_labels_of_other_languages(language, line, credit) -> None:
    body = {"de": DE_BODY, "it": IT_BODY, "fr": FR_BODY, "en": EN_BODY}[language]
    first, rest = body.split("\n\n", 1)
    doc = Pipeline(settings=Settings(assume_language=language)).run(
        f"{first}\n\n{line}\n\n{rest}")
    assert by_line(doc) == {line: "M003"}
    assert doc.metadata["photo_credit"] == credit


@pytest.mark.parametrize("line", [
    "Foto di gruppo per i vincitori della gara, davanti al municipio della città.",
    "Bild: so sah der Platz vor dem Umbau aus, als noch Autos dort parkten.",
])
def test_sentences_opening_like_photo_credits_stay(line) -> None:
    text = f"{IT_BODY}\n{line}\n"
    doc = Pipeline(settings=Settings(assume_language="it")).run(text)
    assert line in doc.text and "photo_credit" not in doc.metadata


def test_a_spanish_wire_dateline_opening_the_first_paragraph_gives_the_credit() -> None:
    lead = ("El ayuntamiento presentó el martes un nuevo plan para ampliar los carriles bici, "
            "que deberá estar terminado antes de que acabe el año.")
    text = ES_BODY.replace(lead, "Sevilla, 4 mar (EFE).- " + lead)
    doc = run(f"Nuevos carriles bici para el centro\n\n{text}", "es")
    assert doc.metadata["credit"] == "EFE"
    assert doc.text == f"Nuevos carriles bici para el centro\n\n{ES_BODY}"


@pytest.mark.parametrize("prose", [
    # no date in the dateline: a place and its country, not a wire's stamp
    "Sevilla, España (EFE).- El ayuntamiento presentó el martes un nuevo plan para los carriles.",
    # an agency named in a sentence
    "Sevilla, 4 de marzo, según la agencia (EFE), el plan para los carriles bici sigue adelante.",
])
def test_a_paragraph_naming_an_agency_without_a_wire_dateline_stays(prose) -> None:
    doc = run(f"Nuevos carriles bici para el centro\n\n{prose}\n\n{ES_BODY}", "es")
    assert prose in doc.text and "credit" not in doc.metadata


@pytest.mark.parametrize("language, line, credit", [
    ("nl", "Bron: ANP", "ANP"),
    ("es", "Fuente: EFE", "EFE"),
    ("pt", "Fonte: Lusa", "Lusa"),
])
def test_a_source_label_of_the_pages_language_gives_the_credit(language, line, credit) -> None:
    body = {"nl": NL_BODY, "es": ES_BODY, "pt": PT_BODY}[language]
    doc = _pipe_south_north(language).run(f"{body}\n{line}\n\nMeer nieuws uit de regio\n")
    assert by_line(doc).get(line) == "M002"
    assert doc.metadata["credit"] == credit


def test_a_source_label_with_prose_after_it_stays() -> None:
    line = "Bron: ANP meldt dat de brandweer de hele nacht bezig is geweest met nablussen."
    doc = _pipe_south_north("nl").run(f"{NL_BODY}\n{line}\n")
    assert line in doc.text and "credit" not in doc.metadata


@pytest.mark.parametrize("lang, byline, author", [
    ("fr", "Par Lucas Bernard, envoyé spécial à Hambourg", "Lucas Bernard"),
    ("de", "Von Anna Keller, Korrespondentin in Wien", "Anna Keller"),
    ("es", "Por Ana Souza, corresponsal en Lisboa", "Ana Souza"),
    ("it", "Di Marco Rossi, inviato a Kiev", "Marco Rossi"),
])
def test_a_byline_with_the_writers_job_in_the_language(lang: str, byline: str, author: str) -> None:
    from cleaner.rules.metadata import byline_meta

    assert byline_meta(byline, lang) == {"author": author}


@pytest.mark.parametrize("lang, byline, meta", [
    ("de", "Von Jana Wolf, Redaktion Politik", {"author": "Jana Wolf"}),
    ("de", "Von Jana Wolf, SWF", {"author": "Jana Wolf", "source": "SWF"}),
    ("it", "Di Paolo Neri, Gazzetta di Valmonte", {"author": "Paolo Neri",
                                                   "source": "Gazzetta di Valmonte"}),
    ("pt", "Por Rita Lobo, Jornal do Vale", {"author": "Rita Lobo", "source": "Jornal do Vale"}),
    # two writers: both are the author
    ("pt", "Por Rita Lobo, Pedro Vaz", {"author": "Rita Lobo, Pedro Vaz"}),
])
def test_a_desk_or_an_outlet_in_the_language_after_the_bylines_name(lang, byline, meta) -> None:
    from cleaner.rules.metadata import byline_meta

    assert byline_meta(byline, lang) == meta


@pytest.mark.parametrize("lang, byline, meta", [
    ("pt", "Por Rita Lobo - Repórter do Jornal do Vale - Recife", {"author": "Rita Lobo"}),
    ("pt", "Por Rita Lobo, Jornal do Vale — Recife", {"author": "Rita Lobo",
                                                        "source": "Jornal do Vale"}),
    ("de", "Von Jana Wolf – Redakteurin bei der Neuen Presse", {"author": "Jana Wolf"}),
    ("fr", "Par Léo Marchal – envoyé spécial à Gênes", {"author": "Léo Marchal"}),
])
def test_a_byline_with_its_parts_between_dashes_in_the_language(lang, byline, meta) -> None:
    from cleaner.rules.metadata import byline_meta

    assert byline_meta(byline, lang) == meta


def test_a_byline_in_a_page_in_portuguese_with_its_parts_between_dashes_is_taken() -> None:
    line = "Por Rita Lobo - Repórter do Jornal do Vale - Recife"
    doc = run(f"Nova ponte sobre o rio será aberta em julho\n\n{line}\n\n{PT_BODY}", "pt")
    assert doc.text == f"Nova ponte sobre o rio será aberta em julho\n\n{PT_BODY}"
    assert doc.metadata["author"] == "Rita Lobo"


def test_a_place_after_a_dash_with_no_job_is_no_byline() -> None:
    from cleaner.rules.metadata import byline_meta

    assert byline_meta("Por Rita Lobo - Recife", "pt") is None
    assert byline_meta("Por Rita Lobo - que viu a cheia de perto", "pt") is None


_DE_INTERVIEW = ("Herr Brandt, die Stadt will die Buslinien im Norden streichen. Was heißt das "
                 "für die Pendler?\n\nBrandt: Viele werden wieder mit dem Auto fahren, und das "
                 "kann niemand wollen. Wir haben der Stadt andere Vorschläge gemacht.\n")


@pytest.mark.parametrize("lang, line, author", [
    ("de", "Das Interview führte Mara Lindholm.", "Mara Lindholm"),
    ("de", "Die Fragen stellten Mara Lindholm und Piet Sander.", "Mara Lindholm und Piet Sander"),
    ("fr", "Propos recueillis par Odile Garnier", "Odile Garnier"),
    ("it", "Intervista a cura di Sara Bellini", "Sara Bellini"),
    ("es", "Entrevista realizada por Nuria Cabello", "Nuria Cabello"),
    ("nl", "Het gesprek werd gevoerd door Joost van Rijn", "Joost van Rijn"),
])
def test_an_interviewers_credit_in_the_language_is_a_byline(lang, line, author) -> None:
    from cleaner.rules.metadata import byline_meta

    assert byline_meta(line, lang) == {"author": author}


@pytest.mark.parametrize("where", ["head", "end"])
def test_an_interviewers_credit_under_the_headline_or_the_text_goes_to_the_author(where) -> None:
    head = "„Die Busse müssen bleiben“"
    credit = "Das Gespräch führte Mara Lindholm."
    text = (f"{head}\n\n{credit}\n\n{_DE_INTERVIEW}" if where == "head"
            else f"{head}\n\n{_DE_INTERVIEW}\n{credit}\n")
    doc = run(text, "de")
    assert doc.text == f"{head}\n\n{_DE_INTERVIEW}"
    assert doc.metadata["author"] == "Mara Lindholm"


@pytest.mark.parametrize("line", [
    # the words of a credit in a sentence, or no name after them
    "Das Gespräch führte Mara Lindholm am Telefon, weil der Zug ausgefallen war.",
    "Das Gespräch führte zu keinem Ergebnis.",
])
def test_an_interviewers_credit_in_a_sentence_stays(line) -> None:
    head = "„Die Busse müssen bleiben“"
    doc = run(f"{head}\n\n{_DE_INTERVIEW}\n{line}\n", "de")
    assert line in doc.text and "author" not in doc.metadata


@pytest.mark.parametrize("lang, head", [
    # a headline naming the one interviewed, not the one who asked
    ("de", "Interview: Helga Brandt"),
    ("nl", "Interview: Sanne de Wit"),
    ("es", "Entrevista de Lucía Prats"),
])
def test_a_headline_naming_the_one_interviewed_is_no_byline(lang, head) -> None:
    from cleaner.rules.metadata import byline_meta

    assert byline_meta(head, lang) is None
    doc = run(f"{head}\n\n{_DE_INTERVIEW}", lang)
    assert doc.text.startswith(head) and "author" not in doc.metadata


def test_a_sentence_after_a_bylines_name_is_no_job() -> None:
    from cleaner.rules.metadata import byline_meta

    assert byline_meta("Par Lucas Bernard, qui a vu la ville brûler", "fr") is None


# -- one date test: M004, the headline finder and B006's story data ask cleaner.dates

@pytest.mark.parametrize("language, line", [
    ("en", "Last updated Tuesday 4 June 2024 at 10:00"),   # month after the day, labels
    ("en", "Posted: Jun 4, 2024 11:20 am BST"),             # month first
    ("de", "Mittwoch, 5. Juni 2024, 07:40 Uhr"),
    ("fr", "Publié le 5 juin 2024 à 07h40"),
    ("es", "Actualizado el 5 de junio de 2024 a las 07:40"),
    ("it", "5 giugno 2024, 07:40"),
    ("pt", "Publicado em 05/06/2024 - 07:40"),
    ("nl", "Gepubliceerd op 5 juni 2024 om 07:40"),
    ("en", "Thursday 27 Dhu al-Qadah 1445 AH - 4 June 2024"),  # beside the Islamic calendar's
])
def test_the_headline_finder_knows_every_date_line_m004_takes(language: str, line: str) -> None:
    """The headline finder had a date test of its own (a day first, any
    word for the month, four words of labels): the lines M004 takes are
    date lines to it now, and to B006's story data lines with a date."""
    from cleaner import dates
    from cleaner.model import Context
    from cleaner.rules.boilerplate import _data_line, _date_line

    pipe = _pipe_south_north(language) if language in ("it", "pt", "nl") else _pipe(language)
    headline = "Harbour pier to reopen after two years of repairs"
    doc = pipe.run(f"{headline}\n{line}\n\n{EN_BODY}")
    assert by_line(doc) == {line: "M004"}
    ctx = Context(language=language)
    assert dates.date_line(line, language) and _date_line(line, ctx)
    assert _data_line(line, ctx) == 0


def test_a_date_in_figures_of_either_order_is_a_date_line_though_unread() -> None:
    """``05/06/2024`` in English: the headline finder sees a date line (a
    site's name over it is no headline) where M004 reads no date."""
    from cleaner import dates

    assert dates.date_line("Updated 05/06/2024 09:10", "en")
    assert dates.parse_date("Updated 05/06/2024 09:10", "en") is None
    assert dates.parse_date("Aggiornato il 05/06/2024 alle 09:10", "it") == "2024-06-05"


@pytest.mark.parametrize("language, line", [
    ("en", "On 4 June 2024 the harbour board voted to reopen the pier."),
    ("de", "Am 5. Juni 2024 stimmte der Stadtrat für die neuen Gebühren."),
    ("it", "Il 5 giugno 2024 il consiglio ha approvato le nuove tariffe."),
    ("en", "Harbour pier to reopen on 4 June 2024 after two years"),   # a headline with a date
    ("en", "Rating: 4 out of 5"),
])
def test_a_sentence_or_a_headline_with_a_date_is_no_date_line(language: str, line: str) -> None:
    from cleaner import dates

    assert not dates.date_line(line, language)


@pytest.mark.parametrize("language, line, expected", [
    ("en", "Kick-off: 15:30", True),
    ("en", "Tickets on sale from 4 Feb", True),
    ("de", "Anstoß: Samstag, 8. Juni", True),
    ("es", "Entradas a la venta desde el 12 de mayo", True),
    # a word that only starts like a month's short form is none
    ("en", "Decks: 12 | Novels: 4", False),
    ("en", "Serves 4 | Prep 15 mins", False),
    ("en", "Mayors 3 - 1 Marines", False),
])
def test_a_date_or_a_time_in_a_line_of_data(language: str, line: str, expected: bool) -> None:
    """B006's story data: a line with a date or a time of day is the
    page's (a dateline, a timestamp); a line of figures whose words merely
    start like a month is data all the same."""
    from cleaner import dates

    assert dates.date_or_time(line, language) is expected


# -- M001: byline, breadcrumb trail and outlet where a page's menus push the
#    headline down (review 15 G9) ---------------------------------------------

def _page_behind_menus(language: str, headline: str, trail: str, byline: str, site: str,
                       footer: str) -> str:
    """A page dump: its title, a cookie line, the site's name, a menu of one
    item a line, a trail, the headline, a byline, a date line, a share bar,
    the body and a copyright footer."""
    body = {"de": DE_BODY, "fr": FR_BODY, "es": ES_BODY, "en": EN_BODY}[language]
    menu = {"de": "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nPanorama\nMeinung\n",
            "fr": "Accueil\nPolitique\nMonde\nÉconomie\nSociété\nSport\nCulture\n",
            "es": "Portada\nEspaña\nInternacional\nEconomía\nDeportes\nCultura\nOpinión\n",
            "en": "Home\nPolitics\nWorld\nBusiness\nSociety\nSport\nCulture\n"}[language]
    date = {"de": "14.03.2023, 09:45 Uhr", "fr": "Publié le 14/03/2023 à 18h30",
            "es": "Actualizado el 14/03/2023", "en": "Published March 14, 2023"}[language]
    return (f"{headline} | {site}\nSign in\nSubscribe\n{site}\n{menu}{trail}\n{headline}\n"
            f"{byline}\n{date}\nFacebook\nTwitter\nWhatsApp\n{body}\n{footer}\n")


@pytest.mark.parametrize("language, headline, trail, byline, section, author", [
    ("en", "Council backs new cycle lanes for the city centre", "Home > Politics > Local",
     "By Jane Holloway", "Politics > Local", "Jane Holloway"),
    ("de", "Stadtrat beschließt neue Radwege für die Innenstadt", "Startseite › Politik › Stadt",
     "Von Lena Hartmann und Paul Krause", "Politik > Stadt", "Lena Hartmann und Paul Krause"),
    ("fr", "Le conseil adopte de nouvelles pistes cyclables", "Accueil > Politique",
     "Par Sophie Lambert", "Politique", "Sophie Lambert"),
    ("es", "El pleno aprueba nuevos carriles bici para el centro", "Portada / España / Local",
     "Por Carmen Ruiz", "España > Local", "Carmen Ruiz"),
])
def test_byline_trail_and_outlet_behind_the_menus(language, headline, trail, byline, section,
                                                  author) -> None:
    site = "Harbour Valley Courier"
    text = _page_behind_menus(language, headline, trail, byline, site,
                              f"© 2023 {site} Ltd. All rights reserved.")
    doc = run(text, language)
    assert doc.metadata.get("author") == author
    assert doc.metadata.get("section") == section
    assert doc.metadata.get("source") == site
    removed = by_line(doc)
    assert removed.get(byline) == removed.get(trail) == "M001"
    assert headline in doc.text.splitlines()


def test_a_trail_in_spaces_from_the_root_names_the_section() -> None:
    text = _page_behind_menus("de", "Stadtrat beschließt neue Radwege für die Innenstadt",
                              "Startseite Politik Stadt", "Von Lena Hartmann",
                              "Harbour Valley Courier", "© 2023 Harbour Valley Courier")
    assert run(text, "de").metadata.get("section") == "Politik > Stadt"


def test_nothing_behind_the_menus_is_taken_that_is_no_byline_trail_or_outlet() -> None:
    # a sentence opening with "By" under the headline, a menu line in
    # spaces over it, a person's name over the menus that only a
    # photographer's copyright names: none is metadata
    headline = "Council backs new cycle lanes for the city centre"
    sentence = "By Tuesday the council had voted to close the old library, officials said."
    text = (f"{headline}\nSign in\nJane Holloway\nHome\nPolitics\nWorld\nBusiness\n"
            f"Home Politics World Business Sport\n{headline}\n{sentence}\n{EN_BODY}\n"
            "A cyclist on the new lane. © Jane Holloway\n")
    doc = run(text, "en")
    assert sentence in doc.text
    assert "author" not in doc.metadata and "section" not in doc.metadata
    assert doc.metadata.get("source") != "Jane Holloway"


def test_the_authors_handle_under_a_byline_behind_the_menus_goes_too() -> None:
    headline = "Council backs new cycle lanes for the city centre"
    text = _page_behind_menus("en", headline, "Home > Politics", "By Jane Holloway\n@janeholloway",
                              "Harbour Valley Courier", "© 2023 Harbour Valley Courier")
    doc = run(text, "en")
    assert doc.metadata.get("author") == "Jane Holloway"
    assert "@janeholloway" not in doc.text


@pytest.mark.parametrize("byline, meta", [
    ("By Jane Holloway, Harbourvalley.com", {"author": "Jane Holloway", "source": "Harbourvalley.com"}),
    # (an abbreviation with its full stop is no web address)
    ("By Jane Holloway, St. Ives", {"author": "Jane Holloway, St. Ives"}),
])
def test_a_web_address_after_a_bylines_name_is_the_outlet(byline, meta) -> None:
    from cleaner.rules.metadata import byline_meta
    assert byline_meta(byline) == meta
