"""The cheap English test (language.certainly_english) is certain: wherever it
says English, langdetect itself (``detect(..., shortcut=False)``) leads the
pipeline to English too — it says 'en', or is unsure (under MIN_PROBABILITY,
or 'und'), which the pipeline takes for the first configured language, 'en'.
The foreign texts here are invented for the test."""
from __future__ import annotations

import random

from cleaner import language

from ._corpus import bench_corpus


def _cheap(text: str) -> bool:
    sample = language._sample(text)
    words = language._WORD.findall(sample)
    return len(words) >= language.MIN_WORDS and language.certainly_english(sample, words)


def _pipeline_code(text: str) -> str:
    lang = language.detect(text, shortcut=False)
    if lang.code == "und" or lang.probability < language.MIN_PROBABILITY:
        return "en"
    return lang.code


def _assert_certain(texts: list[str]) -> int:
    decided = 0
    for i, text in enumerate(texts):
        if _cheap(text):
            decided += 1
            assert _pipeline_code(text) == "en", (i, text[:300])
            assert language.detect(text) == language.Language("en", 1.0)
    return decided


def test_generated_corpus():
    corpus = bench_corpus()
    texts = [t for _, t in corpus.generate(300, seed=7)]
    decided = _assert_certain(texts)
    # the point of the test: nearly every English document is decided without
    # langdetect (the corpus is ~3% foreign); a count, not a time
    assert decided >= 0.9 * len(texts), decided


FOREIGN = {
    "es": ["La biblioteca municipal abrirá sus puertas también los domingos a partir de enero.",
           "Los agricultores de la comarca esperan que las lluvias lleguen antes de la siembra.",
           "El alcalde explicó que el nuevo mercado tendrá más de cien puestos de venta."],
    "pt": ["A escola do bairro vai receber novos computadores para os alunos do ensino médio.",
           "Os pescadores da região dizem que a temporada foi a pior dos últimos dez anos.",
           "O prefeito prometeu que a ponte será reaberta antes do fim do mês."],
    "it": ["Il nuovo ponte sul fiume sarà inaugurato dal presidente della regione a maggio.",
           "Gli abitanti del quartiere chiedono più autobus nelle ore di punta.",
           "La biblioteca comunale resterà aperta anche la domenica per tutto l'inverno."],
    "fr": ["La mairie a décidé de planter deux cents arbres le long du canal cet automne.",
           "Les commerçants du marché se plaignent de la hausse des loyers depuis un an.",
           "Le festival de musique attend plus de dix mille visiteurs pendant le week-end."],
    "de": ["Die Stadtbibliothek bleibt wegen Bauarbeiten bis Ende des Monats geschlossen.",
           "Der Bürgermeister will mehr Radwege bauen lassen, sagte er bei der Sitzung.",
           "Im Herbst soll die neue Schule für rund fünfhundert Kinder fertig werden."],
    "nl": ["De bibliotheek in het centrum gaat vanaf volgende week ook op zondag open.",
           "Volgens de burgemeester komen er dit jaar nog twee nieuwe fietspaden bij.",
           "De vissers in de haven zijn niet blij met de nieuwe regels van de minister."],
    "ro": ["Biblioteca orașului va fi deschisă și duminica începând de luna viitoare.",
           "Primarul a promis că noul parc va fi gata până la sfârșitul verii.",
           "Agricultorii din zonă spun că seceta a distrus o mare parte din recoltă."],
    "id": ["Perpustakaan kota akan dibuka setiap hari Minggu mulai bulan depan.",
           "Para nelayan mengatakan hasil tangkapan tahun ini jauh lebih sedikit.",
           "Wali kota berjanji taman baru itu selesai sebelum akhir tahun."],
}
FOREIGN_MENU = {
    "id": "Beranda Berita Politik Ekonomi Olahraga Hiburan Teknologi Pendidikan Kesehatan "
          "Otomotif Wisata Kuliner Opini Terkini Terpopuler Nasional Daerah Hukum".split(),
    "de": "Startseite Nachrichten Politik Wirtschaft Sport Kultur Meinung Ratgeber Gesundheit "
          "Reise Wissen Panorama Regional Kontakt Impressum Datenschutz Wetter".split(),
    "nl": "Voorpagina Nieuws Binnenland Buitenland Economie Sport Cultuur Opinie Wetenschap "
          "Gezondheid Reizen Wonen Verkeer Weer Inloggen Abonneren Colofon".split(),
}
EN_MENU = ["Home", "News", "World", "Politics", "Business", "Sport", "Opinion", "Subscribe",
           "Sign in", "Contact us", "Privacy Policy", "Latest News", "Most Read", "Newsletters",
           "Follow us on Twitter", "Share this article", "Video", "Weather", "Read more"]
EN_SENTENCES = [
    "\u201cWe did everything we could to keep the library open for the people of the town,\u201d"
    " she said.",
    "The mayor said in a statement that the work on the bridge would be finished by the spring.",
    "\u201cIt is a very good day for all of us who have been waiting for this,\u201d he told"
    " reporters.",
    "The new rules, which were announced on Friday, will come into force at the end of the year.",
]


def _tricky_texts() -> list[str]:
    rng = random.Random(23)
    texts = []
    for _ in range(160):
        lang = rng.choice(sorted(FOREIGN))
        foreign = rng.sample(FOREIGN[lang], rng.randint(1, 3))
        english = rng.sample(EN_SENTENCES, rng.randint(1, 2))
        menu = rng.sample(EN_MENU, rng.randint(3, 15))
        kind = rng.randrange(5)
        if kind == 0:       # a foreign page under English menus
            parts = menu + foreign
        elif kind == 1:     # English quotes inside a foreign article
            parts = foreign[:1] + english + foreign[1:]
        elif kind == 2:     # one run-on paragraph, mixed
            parts = [" ".join(foreign + english[:1])]
        elif kind == 3:     # short and mixed
            parts = [foreign[0], english[0]]
        else:               # foreign menus around a little English prose
            fm = FOREIGN_MENU[rng.choice(sorted(FOREIGN_MENU))]
            m = rng.sample(fm, rng.randint(8, len(fm)))
            parts = m + m + english[:1]
        texts.append(rng.choice(["\n\n", "\n"]).join(parts))
    return texts


def test_tricky_foreign_texts():
    _assert_certain(_tricky_texts())


def test_the_cheap_test_declines_foreign_pages():
    # texts on which the earlier function-word test said English while
    # langdetect did not: a foreign article closing with an English sentence,
    # and a page of foreign menus over one English sentence
    italian = " ".join(FOREIGN["it"][:2] + [EN_SENTENCES[3]])
    menus = FOREIGN_MENU["id"]
    indonesian = "\n\n".join(menus + menus + [EN_SENTENCES[1]])
    for text in [italian, indonesian] + ["\n".join(v) for v in FOREIGN.values()]:
        assert not _cheap(text), text[:200]


def test_english_under_menus_and_curly_quotes_is_decided():
    text = "\n\n".join(EN_MENU + EN_SENTENCES)
    assert _cheap(text)
    assert _pipeline_code(text) == "en"
