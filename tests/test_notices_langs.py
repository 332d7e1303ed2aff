"""The notices, labels and credits of news pages in English and in the six
other languages with phrase lists (review 15): what goes, and the article
text that must stay."""
from __future__ import annotations

import functools

import pytest

from cleaner import Pipeline, Settings

LANGS = ("en", "fr", "de", "es", "it", "pt", "nl")


@functools.lru_cache(maxsize=None)
def _pipe(language: str) -> Pipeline:
    return Pipeline(settings=Settings(languages=LANGS, assume_language=language))


def run(text: str, language: str):
    return _pipe(language).run(text)


#: A headline and four paragraphs in each language (no outlet's text).
BODY = {
    "en": ("Harbour board doubles the dues for island ferries", [
        "The harbour board voted on Tuesday to double the dues paid by the island ferries from "
        "next spring, after a year of losses at the port.",
        "The operators said the rise would be passed on to passengers and warned that two "
        "winter crossings could be cut from the timetable.",
        "The chair of the board said the port could not go on paying for the new quay out of "
        "its reserves and that the dues had not changed for a decade.",
        "A final vote on the timetable is expected in March, when the operators present their "
        "plans for the summer season."]),
    "fr": ("Le port double les taxes des ferries pour les îles", [
        "Le conseil portuaire a voté mardi le doublement des taxes payées par les ferries qui "
        "desservent les îles, après une année de pertes pour le port.",
        "Les compagnies ont annoncé qu'elles répercuteraient la hausse sur les passagers et que "
        "deux traversées d'hiver pourraient être supprimées.",
        "Le président du conseil a expliqué que le port ne pouvait plus financer le nouveau quai "
        "sur ses réserves et que les taxes n'avaient pas bougé depuis dix ans.",
        "Un vote définitif sur les horaires est attendu en mars, quand les compagnies "
        "présenteront leurs projets pour l'été."]),
    "de": ("Hafen verdoppelt die Gebühren für die Inselfähren", [
        "Der Hafenbeirat hat am Dienstag beschlossen, die Gebühren für die Inselfähren im "
        "nächsten Frühjahr zu verdoppeln, nachdem der Hafen ein Jahr lang Verluste gemacht hat.",
        "Die Reedereien kündigten an, die Erhöhung an die Fahrgäste weiterzugeben, und warnten, "
        "dass zwei Winterfahrten gestrichen werden könnten.",
        "Der Vorsitzende sagte, der Hafen könne den neuen Kai nicht länger aus seinen Rücklagen "
        "bezahlen und die Gebühren seien seit zehn Jahren nicht erhöht worden.",
        "Eine endgültige Abstimmung über den Fahrplan wird im März erwartet, wenn die Reedereien "
        "ihre Pläne für den Sommer vorstellen."]),
    "es": ("El puerto duplica las tasas de los ferris a las islas", [
        "La junta del puerto aprobó el martes duplicar las tasas que pagan los ferris que cubren "
        "las islas a partir de la próxima primavera, tras un año de pérdidas.",
        "Las navieras anunciaron que trasladarán la subida a los pasajeros y advirtieron de que "
        "dos travesías de invierno podrían desaparecer del horario.",
        "El presidente de la junta explicó que el puerto no puede seguir pagando el nuevo muelle "
        "con sus reservas y que las tasas no cambiaban desde hace una década.",
        "La votación final sobre el horario está prevista para marzo, cuando las navieras "
        "presenten sus planes para el verano."]),
    "it": ("Il porto raddoppia le tasse per i traghetti delle isole", [
        "Il consiglio del porto ha deciso martedì di raddoppiare le tasse pagate dai traghetti "
        "per le isole dalla prossima primavera, dopo un anno di perdite.",
        "Le compagnie hanno annunciato che l'aumento ricadrà sui passeggeri e che due corse "
        "invernali potrebbero essere cancellate dall'orario.",
        "Il presidente del consiglio ha spiegato che il porto non può più pagare la nuova "
        "banchina con le sue riserve e che le tasse erano ferme da dieci anni.",
        "Il voto finale sull'orario è atteso a marzo, quando le compagnie presenteranno i loro "
        "piani per l'estate."]),
    "pt": ("Porto duplica as taxas dos ferries para as ilhas", [
        "O conselho do porto aprovou na terça-feira a duplicação das taxas pagas pelos ferries "
        "que servem as ilhas a partir da próxima primavera, depois de um ano de prejuízos.",
        "As companhias anunciaram que vão repassar o aumento aos passageiros e avisaram que "
        "duas travessias de inverno podem ser cortadas do horário.",
        "O presidente do conselho explicou que o porto já não consegue pagar o novo cais com as "
        "suas reservas e que as taxas não mudavam havia uma década.",
        "A votação final sobre o horário está prevista para março, quando as companhias "
        "apresentarem os seus planos para o verão."]),
    "nl": ("Haven verdubbelt de tarieven voor de veerboten naar de eilanden", [
        "Het havenbestuur heeft dinsdag besloten de tarieven voor de veerboten naar de eilanden "
        "vanaf volgend voorjaar te verdubbelen, na een jaar met verlies.",
        "De rederijen kondigden aan dat ze de verhoging doorberekenen aan de passagiers en dat "
        "twee overtochten in de winter kunnen vervallen.",
        "De voorzitter zei dat de haven de nieuwe kade niet langer uit de reserves kan betalen "
        "en dat de tarieven al tien jaar niet waren veranderd.",
        "Een definitieve stemming over de dienstregeling wordt in maart verwacht, als de "
        "rederijen hun plannen voor de zomer presenteren."]),
}


def page(language: str, inserted: list[str], at: int = 2, sep: str = "\n\n") -> str:
    head, body = BODY[language]
    return sep.join([head, *body[:at], *inserted, *body[at:]]) + "\n"


def kept_body(doc, language: str) -> bool:
    return all(p in doc.text for p in BODY[language][1])


# -- G4: consent banners, newsletters' promises, comment notices, paywall counters

NOTICES = [
    # the modern cookie banner with its consent clause
    ("en", "This site uses cookies and similar technologies to measure traffic and show ads. "
           "By clicking Accept, you consent to the use of cookies on this device."),
    ("fr", "Ce site utilise des cookies et des technologies similaires pour mesurer l'audience. "
           "En cliquant sur Accepter, vous consentez à leur dépôt sur votre appareil."),
    ("de", "Wir und unsere Partner nutzen Cookies und ähnliche Technologien, um Inhalte und "
           "Anzeigen zu personalisieren. Mit Klick auf „Zustimmen“ willigen Sie ein."),
    ("es", "Usamos cookies y tecnologías similares para medir la audiencia y mostrar anuncios. "
           "Al pulsar el botón Aceptar consientes el uso de estas tecnologías."),
    ("it", "Questo sito utilizza cookie e tecnologie simili per misurare il traffico. "
           "Facendo clic su Accetto presti il consenso all'uso dei cookie."),
    ("pt", "Este site usa cookies e tecnologias semelhantes para medir a audiência. Ao clicar "
           "em Aceitar, você concorda com o uso de cookies."),
    ("nl", "Wij en onze partners gebruiken cookies en vergelijkbare technieken om het bezoek "
           "te meten. Door te klikken op Akkoord ga je akkoord met het gebruik van cookies."),
    # the newsletter's promise
    ("en", "The day's top stories, every evening in your inbox."),
    ("fr", "L'essentiel de l'actualité régionale chaque soir dans votre boîte mail."),
    ("de", "Die wichtigsten Meldungen des Tages jeden Abend in Ihr E-Mail-Postfach."),
    ("es", "Las claves del día, cada tarde en tu e-mail."),
    ("it", "Le notizie del giorno ogni sera nella tua inbox."),
    # a call of the language, then its phrase of the inbox: the English
    # clause of reporting does not read it ("le note" is no "note")
    ("it", "Ricevi le note del direttore e le analisi della redazione ogni mattina nella tua "
           "casella di posta."),
    # a phrase of the language inside the line, with words of its own: a
    # notice still (the English words of a notice's voice, "you", "our",
    # are not asked of it)
    ("fr", "Chaque matin, les titres de la rédaction et les alertes du jour directement dans "
           "votre boîte"),
    ("pt", "As notícias do dia todas as tardes na sua caixa de entrada."),
    ("nl", "Het nieuws van de dag elke avond in je inbox."),
    # the comments closed, or for the logged-in
    ("en", "Commenting is disabled for this article."),
    ("en", "Log in or register to comment."),
    ("fr", "Les réactions sont closes sur ce sujet."),
    ("fr", "Identifiez-vous pour commenter"),
    ("fr", "Vous devez être connecté pour commenter."),
    ("de", "Zu diesem Beitrag kann kein Kommentar mehr verfasst werden."),
    ("de", "Die Kommentarfunktion wurde für diesen Artikel deaktiviert."),
    ("de", "Zum Kommentieren bitte anmelden."),
    ("es", "Los comentarios se han desactivado en esta noticia."),
    ("es", "Regístrate para comentar"),
    ("it", "I commenti sono stati disattivati."),
    ("it", "Effettua il login per commentare"),
    ("pt", "Os comentários foram desativados nesta notícia."),
    ("pt", "Entre para comentar"),
    ("nl", "De reacties onder dit bericht zijn gesloten."),
    ("nl", "Meld je aan om te reageren"),
    # the paywall's counter
    ("en", "You have 70% of this story left to read."),
    ("fr", "Cet article est réservé aux abonnés. Il vous reste 85 % à découvrir."),
    ("de", "Sie haben erst ein Drittel des Artikels gelesen. Den Rest des Artikels lesen Sie "
           "mit Ihrem Abo weiter."),
    ("es", "Te queda el 60 % de la noticia por leer. Para seguir leyendo, suscríbete."),
    ("it", "Ti restano da leggere 600 parole. Per continuare a leggere abbonati."),
    ("pt", "Faltam 60% deste artigo para ler. O restante é exclusivo para assinantes."),
    ("nl", "Je hebt de helft van dit artikel gelezen. Lees verder met een abonnement."),
    # a share call on a line of its own
    ("de", "Teilen Sie diesen Artikel"),
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("language, notice", NOTICES)
def test_notices_go_in_every_language(language: str, notice: str, sep: str) -> None:
    doc = run(page(language, [notice], sep=sep), language)
    assert notice not in doc.text
    assert kept_body(doc, language)
    assert {c.code for c in doc.changes if notice in c.before} <= {"B002", "B008"}


PROSE_ABOUT_NOTICES = [
    ("en", "The regulator found that most news sites use cookies and similar technologies "
           "without a clear choice, and fined three of them."),
    ("en", 'The banner read: "We use cookies and similar technologies. By clicking Accept '
           'all you consent to the processing," and most users clicked it.'),
    ("en", "Comments by the minister were closed to the press."),
    ("fr", "En cliquant sur le lien, des milliers de personnes ont téléchargé un logiciel "
           "malveillant, selon les enquêteurs."),
    ("de", "Mit Klick auf einen gefälschten Link gelangten die Opfer auf eine Seite, die der "
           "Bank täuschend ähnlich sah, sagte ein Ermittler."),
    ("de", "Nicht alle akzeptieren das Ergebnis der Wahl."),
    ("de", "Teilen Sie diesen Artikel mit Ihren Kollegen, bat der Minister die Abgeordneten."),
    ("es", "Al hacer clic en el enlace, miles de usuarios descargaron un programa malicioso "
           "que robaba sus contraseñas bancarias, según la policía."),
    ("it", "Cliccando su un link falso, migliaia di utenti hanno scaricato un programma che "
           "rubava le password, secondo la polizia postale."),
    ("pt", "Você concorda com o presidente?"),
    ("nl", "De rest is alleen maar show."),
    ("nl", "Ga je akkoord met dat voorstel?"),
]


@pytest.mark.parametrize("language, sentence", PROSE_ABOUT_NOTICES)
def test_prose_with_a_notices_words_stays(language: str, sentence: str) -> None:
    doc = run(page(language, [sentence]), language)
    assert sentence in doc.text and kept_body(doc, language)


# -- G5: the label of a box of links to other stories, and the links under it

BOXES = {
    "en": ("Read also", ["Ferry operators warn of winter cuts", "Why the new quay cost twice as much"]),
    "fr": ("Sur le même sujet", ["Les ferries d'hiver menacés de suppression",
                                 "Pourquoi le nouveau quai a coûté deux fois plus cher"]),
    "de": ("Mehr zum Thema", ["Reedereien warnen vor Streichungen im Winter",
                              "Warum der neue Kai doppelt so teuer wurde"]),
    "es": ("Lee también", ["Las navieras avisan de recortes en invierno",
                           "Por qué el nuevo muelle costó el doble"]),
    "it": ("Leggi anche", ["Le compagnie temono tagli alle corse invernali",
                           "Perché la nuova banchina è costata il doppio"]),
    "pt": ("Veja também", ["Companhias alertam para cortes no inverno",
                           "Por que o novo cais custou o dobro"]),
    "nl": ("Lees ook", ["Rederijen waarschuwen voor schrappen van wintertochten",
                        "Waarom de nieuwe kade twee keer zo duur werd"]),
}


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("language", LANGS)
def test_a_box_label_goes_with_its_links(language: str, sep: str) -> None:
    label, links = BOXES[language]
    doc = run(page(language, [label, *links], sep=sep), language)
    assert not any(x in doc.text for x in (label, *links)), doc.text
    assert kept_body(doc, language)
    assert {c.code for c in doc.changes if c.before.strip() in (label, *links)} == {"B005"}


@pytest.mark.parametrize("label", ["see also", "Related stories:", "LEES OOK"])
def test_a_box_label_in_any_case_or_with_its_colon(label: str) -> None:
    language = "nl" if label == "LEES OOK" else "en"
    links = BOXES[language][1]
    doc = run(page(language, [label, *links], sep="\n\n"), language)
    assert label not in doc.text and not any(x in doc.text for x in links)
    assert kept_body(doc, language)


def test_a_blank_line_ends_a_box_set_close_under_its_label() -> None:
    """A box whose first link is right under its label (no blank line) ends
    at a blank line: the crosshead after it is the article's."""
    head, body = BODY["nl"]
    label, links = BOXES["nl"]
    crosshead = "Wat de eilanders ervan vinden"
    text = (f"{head}\n{body[0]}\n{body[1]}\n{label}\n{links[0]}\n\n{crosshead}\n"
            f"{body[2]}\n{body[3]}\n")
    doc = run(text, "nl")
    assert crosshead in doc.text and links[0] not in doc.text and kept_body(doc, "nl")


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Lees ook het rapport van de commissie, dat maandag verscheen en de kosten noemt."),
    ("en", "See also the council's report, which was published on Monday and lists the costs."),
    ("it", "Leggi anche il rapporto della commissione, pubblicato lunedì, che elenca i costi."),
])
def test_prose_opening_with_a_box_label_stays(language: str, sentence: str) -> None:
    doc = run(page(language, [sentence]), language)
    assert sentence in doc.text and kept_body(doc, language)


def test_read_more_alone_is_a_button_not_a_box_label() -> None:
    """'Read more' goes on with the story: the crosshead under it stays."""
    head, body = BODY["en"]
    crosshead = "What the islanders say"
    text = "\n\n".join([head, body[0], body[1], "Read more", crosshead, body[2], body[3]]) + "\n"
    doc = run(text, "en")
    assert crosshead in doc.text and "Read more" not in doc.text and kept_body(doc, "en")


# -- G6: photo credits in their common shapes: the credit goes, the caption stays

CAPTIONS = [
    ("en", "The ferry leaves the harbour on Tuesday morning. Photo: Jane Doe / AFP",
     "The ferry leaves the harbour on Tuesday morning.", "Jane Doe / AFP"),
    ("en", "The ferry leaves the harbour on Tuesday morning (photo AAP/Jane Doe)",
     "The ferry leaves the harbour on Tuesday morning", "AAP/Jane Doe"),
    ("en", "The ferry leaves the harbour on Tuesday morning — Photo: Jane Doe/Reuters",
     "The ferry leaves the harbour on Tuesday morning", "Jane Doe/Reuters"),
    ("en", "The ferry leaves the harbour on Tuesday morning. © Jane Doe / AFP",
     "The ferry leaves the harbour on Tuesday morning.", "Jane Doe / AFP"),
    ("fr", "Le ferry quitte le port mardi matin, le 12 mars 2024. Photo : Jean Dupont / AFP",
     "Le ferry quitte le port mardi matin, le 12 mars 2024.", "Jean Dupont / AFP"),
    ("de", "Die Fähre verlässt am Dienstagmorgen den Hafen. Foto: picture alliance / dpa",
     "Die Fähre verlässt am Dienstagmorgen den Hafen.", "picture alliance / dpa"),
    ("it", "Il traghetto lascia il porto martedì mattina (foto ANSA/Luca Bianchi)",
     "Il traghetto lascia il porto martedì mattina", "ANSA/Luca Bianchi"),
    ("pt", "A balsa deixa o porto na terça-feira — Foto: Ana Souza/Agência Brasil",
     "A balsa deixa o porto na terça-feira", "Ana Souza/Agência Brasil"),
    ("nl", "De veerboot verlaat dinsdagochtend de haven. Foto: ANP / Jan Jansen",
     "De veerboot verlaat dinsdagochtend de haven.", "ANP / Jan Jansen"),
    ("nl", "De veerboot verlaat dinsdagochtend de haven. Foto ANP",
     "De veerboot verlaat dinsdagochtend de haven.", "ANP"),
    ("es", "El ferri sale del puerto el martes por la mañana. Foto: EFE/Ana Ruiz",
     "El ferri sale del puerto el martes por la mañana.", "EFE/Ana Ruiz"),
]


@pytest.mark.parametrize("language, line, caption, credit", CAPTIONS)
def test_a_captions_credit_goes_and_the_caption_stays(language, line, caption, credit) -> None:
    doc = run(page(language, [line]), language)
    assert caption in doc.text.splitlines() and line not in doc.text
    assert doc.metadata["photo_credit"] == credit
    assert kept_body(doc, language)
    assert [c.code for c in doc.changes if c.before.strip() and c.before.strip() in line] == ["M003"]


@pytest.mark.parametrize("line, credit", [
    ("Foto ANP", "ANP"),
    ("Jane Doe | Bloomberg | Getty Images", "Jane Doe | Bloomberg | Getty Images"),
    ("Jane Doe/City Herald/Getty Images", "Jane Doe/City Herald/Getty Images"),
    ("© Jane Doe / AFP", "Jane Doe / AFP"),
])
def test_a_credit_alone_on_its_line(line: str, credit: str) -> None:
    language = "nl" if line.startswith("Foto") else "en"
    doc = run(page(language, [line]), language)
    assert line not in doc.text and doc.metadata["photo_credit"] == credit
    assert kept_body(doc, language)


@pytest.mark.parametrize("language, sentence", [
    ("nl", "Foto's van de overstroming gingen dit weekend rond op sociale media, zegt de minister."),
    ("de", "Foto und Video zeigen, wie die Polizei die Demonstranten abdrängt, sagte der Anwalt."),
    ("it", "La foto ANSA che ha fatto il giro del mondo mostra il presidente con i ministri."),
    ("fr", "Il a publié une photo AFP de la manifestation sur son compte, a précisé la préfecture."),
    ("en", "The photo shows the moment the roof fell. Photo opportunities abound in the old town."),
    ("en", "The crowd waited outside the court — Video: Watch the moment the verdict was read"),
    ("en", "The report was published on Monday by the harbour board. © 2023 Harbour Board"),
])
def test_prose_with_a_credits_words_stays(language: str, sentence: str) -> None:
    doc = run(page(language, [sentence]), language)
    assert "photo_credit" not in doc.metadata
    assert kept_body(doc, language)
    if "©" not in sentence:
        assert sentence in doc.text


@pytest.mark.parametrize("line, code", [
    ("Also on example.com Ferry operators warn of winter cuts", "B005"),
    ("Like this story? Share it with a friend!", "B002"),
    ("Follow City Herald on", "B002"),
    ("Get short URL", "B002"),
    ("Please check the opt-in box to confirm that you would like to subscribe.", "B008"),
])
def test_links_and_buttons_around_the_story_go(line: str, code: str) -> None:
    doc = run(page("en", [line]), "en")
    assert line not in doc.text and kept_body(doc, "en")
    assert [c.code for c in doc.changes if line in c.before] == [code]


@pytest.mark.parametrize("sentence", [
    "Also on Tuesday, the harbour board voted to close the old ferry terminal for repairs.",
    "Residents were asked to share it with friends and neighbours before the vote on Friday.",
    "Follow the money on this one, said the chair of the board, pointing at the quay.",
])
def test_prose_like_those_links_and_buttons_stays(sentence: str) -> None:
    doc = run(page("en", [sentence]), "en")
    assert sentence in doc.text and kept_body(doc, "en")


# -- G7: wire credits in the words of the page's language -----------------------

@pytest.mark.parametrize("language, line, credit", [
    ("fr", "Avec AFP", "AFP"),
    ("fr", "(avec l'AFP)", "AFP"),
    ("es", "Con información de EFE", "EFE"),
    ("es", "-con EFE", "EFE"),
    ("pt", "Com informações da Reuters", "Reuters"),
    ("de", "Mit Material von dpa", "dpa"),
    ("de", "Quelle: dpa-AFX, Reuters", "dpa-AFX, Reuters"),
    ("nl", "Met ANP", "ANP"),
    ("it", "Riproduzione riservata © Copyright ANSA", "ANSA"),
    ("en", "© 2024 Reuters. All rights reserved.", "Reuters"),
    ("it", "© ANSA", "ANSA"),
    ("en", "With AFP and Reuters", "AFP and Reuters"),
    ("fr", "AFP", "AFP"),
    ("de", "dpa", "dpa"),
    ("pt", "Lusa", "Lusa"),
    ("en", "AP", "AP"),
])
def test_wire_credits_in_the_pages_words(language: str, line: str, credit: str) -> None:
    for at in (2, 4):   # between two paragraphs, and under the last one
        doc = run(page(language, [line], at=at), language)
        assert line not in doc.text.splitlines() and kept_body(doc, language)
        assert doc.metadata["credit"] == credit
        assert [c.code for c in doc.changes if c.before.strip() == line] == ["M002"]


@pytest.mark.parametrize("language, lines", [
    ("fr", ["Avec AFP, l'agence a publié mardi un bilan détaillé des victimes dans la région."]),
    ("es", ["Con EFE trabajan más de tres mil periodistas en todo el mundo, según la agencia."]),
    ("en", ["Reuters", "AP", "AFP"]),     # a list of names, no credit
])
def test_agency_names_that_are_no_credit_stay(language: str, lines: list[str]) -> None:
    doc = run(page(language, lines), language)
    assert "credit" not in doc.metadata and kept_body(doc, language)


def test_a_bare_agency_name_over_the_body_is_no_credit() -> None:
    head, body = BODY["en"]
    doc = run("\n\n".join([head, "Reuters", *body]) + "\n", "en")
    assert "credit" not in doc.metadata and kept_body(doc, "en")


def test_a_copyright_line_naming_no_agency_gives_no_credit() -> None:
    doc = run(page("en", ["© 2024 Harbour Times. All rights reserved."], at=4), "en")
    assert "credit" not in doc.metadata and kept_body(doc, "en")


# -- G8: a breadcrumb trail glued to the headline ---------------------------------

@pytest.mark.parametrize("language, crumbs, section", [
    ("en", "Home News World", "News World"),
    ("en", "Home > World >", "World"),
    ("en", "World › Europe ›", "World > Europe"),
    ("fr", "Accueil Monde", "Monde"),
    ("fr", "Accueil > Politique > Régions >", "Politique > Régions"),
    ("de", "Startseite Politik", "Politik"),
    ("de", "Startseite > Politik >", "Politik"),
    ("es", "Inicio Internacional", "Internacional"),
    ("it", "Home Esteri", "Esteri"),
    ("pt", "Início Mundo", "Mundo"),
    ("nl", "Home Buitenland", "Buitenland"),
])
def test_a_trail_glued_to_the_headline_goes_to_section(language, crumbs, section) -> None:
    head, body = BODY[language]
    doc = run("\n\n".join([f"{crumbs} {head}", *body]) + "\n", language)
    assert doc.text.split("\n")[0] == head
    assert doc.metadata["section"] == section
    assert [c.code for c in doc.changes if crumbs in c.before] == ["B001"]


@pytest.mark.parametrize("language, head", [
    ("en", "World leaders meet in Paris to agree the ferry subsidies"),
    ("en", "Home Secretary announces new checks at the island ports"),
    ("en", "Growth > inflation: what it means for the ferry fares"),
    ("fr", "Accueil des réfugiés : la ville ouvre un nouveau centre"),
    ("es", "Inicio de curso: los colegios abren con más alumnos"),
    ("nl", "Nieuws uit Brussel: de Commissie wil strengere regels"),
    ("it", "Home sweet home: gli italiani restano a casa per le vacanze"),
])
def test_a_headline_opening_with_a_sections_word_stays(language: str, head: str) -> None:
    body = BODY[language][1]
    doc = run("\n\n".join([head, *body]) + "\n", language)
    assert doc.text.split("\n")[0] == head and "section" not in doc.metadata
