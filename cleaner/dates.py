"""Dates: what a date, a date line and a time of day look like, in each
language the cleaner reads dates in (English, and German, French, Spanish,
Italian, Portuguese and Dutch beside it). The one place that knows: M004
(a date line becomes metadata), M001 (a byline's date), the headline finder
(a date line over the headline is never one, B011 and B006) and B006's
story data (a line with a date or a time is the page's) ask it."""
from __future__ import annotations

import functools
import re

from . import lazyre

_MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for m in names}
_MONTH3 = tuple(sorted({m[:3] for m in _MONTHS}))
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATES = [  # (pattern, group order) for the common written forms of a date
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "ymd"),
    # in figures with dots, day first in every language that writes it so
    # (no one writes the month first with dots): 14.07.2023
    (re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)"), "dmy#"),
    (re.compile(rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", re.I), "mdy"),
    (re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH}),?\s+(\d{{4}})", re.I), "dmy"),
    # in figures with slashes, which English writes month first (11/27/2023)
    # or day first (27/11/2023): read where only one order makes a date
    # (03/06/2023 is either, and stays unread)
    (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"), "either#"),
]
#: A date of the Islamic calendar, which pages print beside the common
#: one: "25 Rabi Al-Awwal 1445 AH" (the month names as they are written
#: in Latin letters).
_HIJRI_DATE = (
    r"\d{1,2}\s+(?:muharram|safar|rabi[ʽʿ'‘’]?\s*(?:a|e|u)l[- ]?(?:awwal|auwal|thani|akhir|akhar)"
    r"|jumad[ae]\s*(?:a|e|u)l[- ]?(?:ula|oula|awwal|ukhra|akhirah?|thani|akhir)|rajab"
    r"|sha[ʽʿ'‘’]?ban|ramad[h]?an|shawwal|dhu[ʽʿ'‘’]?\s*(?:a|e|u)?l[- ]?(?:qa|qi)[ʽʿ'‘’]?dah?"
    r"|dhu[ʽʿ'‘’]?\s*(?:a|e|u)?l[- ]?hijjah?)\s+\d{4}(?:\s*(?:a\.?h\.?|h)(?!\w))?")
#: What else a date line may hold: labels, weekdays, times, zones, separators.
_DATE_LINE_NOISE = lazyre.compile(
    r"(?i:" + _HIJRI_DATE + r"|published|updated|posted|first|last|modified|on|at|date|time|"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|"
    r"[ap]\.?m\.?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|gmt|bst|utc|ist|est|edt|cst|cdt|pst|pdt|cet|cest|eet|hkt|aedt|aest|"
    r"et|pt|uk|\d{3,4}|\d{1,3}\s+min(?:ute)?s?\s+read|[|/·•,:()\-–—+.])")
#: Dates in other languages: the month names (full, and the short forms
#: pages print), the words of a date line ("Stand: 22.01.2024, 18:30 Uhr",
#: "Publié le 29 janvier 2024 à 08h15, mis à jour à 10h02", "Actualizado
#: el 1 de febrero de 2024 a las 12:40", "Pubblicato il 3 marzo 2024 alle
#: 7:50", "Publicado em 5 de junho de 2024", "Gepubliceerd op 12 maart
#: 2024 om 09:30"). A document in one of these languages also writes a date
#: in figures day first: 22.01.2024, 22/01/2024, 22-01-2024.
_LANG_MONTHS = {
    "de": ("januar jan jänner jän", "februar feb", "märz mär mrz", "april apr", "mai",
           "juni jun", "juli jul", "august aug", "september sept sep", "oktober okt",
           "november nov", "dezember dez"),
    "fr": ("janvier janv", "février févr fév", "mars", "avril avr", "mai", "juin",
           "juillet juil", "août", "septembre sept", "octobre oct", "novembre nov",
           "décembre déc"),
    "es": ("enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun",
           "julio jul", "agosto ago", "septiembre setiembre sept sep", "octubre oct",
           "noviembre nov", "diciembre dic"),
    "it": ("gennaio gen", "febbraio feb", "marzo mar", "aprile apr", "maggio mag", "giugno giu",
           "luglio lug", "agosto ago", "settembre sett set", "ottobre ott", "novembre nov",
           "dicembre dic"),
    "pt": ("janeiro jan", "fevereiro fev", "março mar", "abril abr", "maio mai", "junho jun",
           "julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov",
           "dezembro dez"),
    "nl": ("januari jan", "februari feb", "maart mrt", "april apr", "mei", "juni jun",
           "juli jul", "augustus aug", "september sept sep", "oktober okt", "november nov",
           "december dec"),
}
_LANG_DATE_WORDS = {
    "de": "stand|aktualisiert|veröffentlicht|erstellt|zuletzt|geändert|am|um|uhr|vom|"
          "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so|mez|mesz",
    "fr": "publié|publiée|mis|mise|à|jour|le|modifié|modifiée|actualisé|actualisée|"
          "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": "actualizado|actualizada|publicado|publicada|modificado|el|a|las|la|de|hora|horas|"
          "lunes|martes|miércoles|jueves|viernes|sábado|domingo",
    "it": "pubblicato|pubblicata|aggiornato|aggiornata|aggiornamento|modificato|modificata|"
          "ultimo|ultima|il|alle|ore|del|"
          "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lun|mar|mer|gio|ven|sab|dom",
    "pt": "publicado|publicada|atualizado|atualizada|actualizado|actualizada|atualização|"
          "actualização|modificado|em|a|às|as|de|há|hora|horas|minutos|"
          "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo",
    "nl": "gepubliceerd|geplaatst|bijgewerkt|aangepast|gewijzigd|laatste|update|op|om|uur|"
          "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo",
}
#: A time the French and the Germans write with "h" (08h15, 18 h 30).
_H_TIME = r"\d{1,2}\s?h\s?\d{2}|\d{1,2}\s?h\b"


@functools.lru_cache(maxsize=None)
def _date_forms(language: str | None) -> tuple[list[tuple[re.Pattern[str], str]],
                                                   re.Pattern[str], dict[str, int]]:
    """The date patterns (with their group order), the pattern of what
    else a date line may hold, and the month names, of a document in
    ``language``: the English ones, and the language's own beside them."""
    names = _LANG_MONTHS.get(language or "")
    if not names:
        return _DATES, _DATE_LINE_NOISE, _MONTHS
    months = dict(_MONTHS)
    for i, forms in enumerate(names, 1):
        months.update({m: i for m in forms.split()})
    month = r"(?:" + "|".join(sorted(map(re.escape, months), key=len, reverse=True)) + r")\.?"
    dates = [
        *_DATES[:2],
        (re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)"), "dmy#"),
        (re.compile(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)"), "dmy#"),
        (re.compile(rf"(\d{{1,2}})(?:er|º|\.)?\s+(?:de\s+)?({month}),?\s+(?:de\s+)?(\d{{4}})",
                    re.I), "dmy"),
        *_DATES[2:],
    ]
    noise = re.compile(rf"(?i:{_LANG_DATE_WORDS[language]}|{_H_TIME})(?!\w)|"
                       + _DATE_LINE_NOISE.pattern)
    return dates, noise, months


#: The letters re.IGNORECASE matches with an ASCII letter of a month name
#: ("ſept" is "sept" to the pattern); "İ" lower-cases to "i" and a dot above.
_FOLD = str.maketrans({"ſ": "s", "ı": "i", "\u0307": ""})


def _month(name: str, months: dict[str, int] = _MONTHS) -> int:
    """The number of a month name the date patterns matched (0: none)."""
    return months.get(name.lower().translate(_FOLD).rstrip("."), 0)


def parse_date(s: str, language: str | None = None) -> str | None:
    """The first date written in ``s``, as ISO ``YYYY-MM-DD``; in a
    document in ``language``, in the forms of that language too."""
    found = []
    dates, _, months = _date_forms(language)
    for pattern, order in dates:
        m = pattern.search(s)
        if m:
            g = m.groups()
            if order == "ymd":
                y, mo, d = int(g[0]), int(g[1]), int(g[2])
            elif order == "dmy#":
                y, mo, d = int(g[2]), int(g[1]), int(g[0])
            elif order == "either#":
                a, b, y = int(g[0]), int(g[1]), int(g[2])
                readings = {(mo, d) for mo, d in ((a, b), (b, a)) if 1 <= mo <= 12 and 1 <= d <= 31}
                if len(readings) != 1:
                    continue
                (mo, d), = readings
            elif order == "mdy":
                y, mo, d = int(g[2]), _month(g[0], months), int(g[1])
            else:
                y, mo, d = int(g[2]), _month(g[1], months), int(g[0])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                found.append((m.start(), f"{y:04d}-{mo:02d}-{d:02d}"))
    return min(found)[1] if found else None


#: A date in figures, day or year first, in any order the language may not
#: say (03/06/2024 in English: the third of June or the sixth of March?):
#: a date all the same, though :func:`parse_date` cannot read it.
_FIGURE_DATE = lazyre.compile(r"(?<![\d.,/])(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{1,2}-\d{1,2})"
                              r"(?![\d.,/]*\d)")
#: A date line holds at most so many words besides its date, its labels,
#: weekdays, times and zones (a place, a byline's name in two words).
MAX_OTHER_WORDS = 2
#: ... and is no longer than this.
MAX_LINE_CHARS = 120


def blank_dates(s: str, language: str | None = None) -> str:
    """``s`` with every date the forms of ``language`` write (and every
    date in figures, read or not) blanked out."""
    for pattern, _ in _date_forms(language)[0]:
        s = pattern.sub(" ", s)
    return _FIGURE_DATE.sub(" ", s)


def other_words(rest: str, language: str | None = None) -> list[str]:
    """The words of ``rest`` (a date line without its dates, see
    :func:`blank_dates`) that are none of a date line's own: its labels
    (``Published``, ``Stand``, ``Aggiornato il … alle``), weekdays, times,
    zones and separators, in ``language`` and in English."""
    return _date_forms(language)[1].sub(" ", rest).split()


def blank_days(s: str, language: str | None = None) -> str:
    """``s`` with every date blanked out (see :func:`blank_dates`), and
    every day and month without its year ("4 May", "May 4"; see
    :func:`date_or_time`). (Asked first whether it names a month or
    writes a date in figures, a line holds none: most lines.)"""
    if not (_FIGURE_SHAPE.search(s)
            or any(w in _date_forms(language)[2] for w in _WHOLE_WORD.findall(s.lower()))):
        return s
    return _day_and_month(language).sub(" ", blank_dates(s, language))


#: Two figures joined as a date in figures joins them ("12.03", "03/12",
#: "2024-03").
_FIGURE_SHAPE = lazyre.compile(r"\d[./-]\d")


#: A whole word (see :func:`words_besides`).
_WHOLE_WORD = lazyre.compile(r"[^\W_]+")


def words_besides(rest: str, language: str | None = None) -> list[str]:
    """The whole words of ``rest`` that are none of a date line's own
    (its labels, weekdays, times, zones: see :func:`other_words`, which
    reads them inside words too: "Marchetti" holds "et")."""
    noise = _date_forms(language)[1].fullmatch
    return [w for w in _WHOLE_WORD.findall(rest) if not noise(w)]


def has_date(s: str, language: str | None = None) -> bool:
    """Whether ``s`` holds a date with its year, in the forms of
    ``language`` or in figures (read or not)."""
    return bool(_FIGURE_DATE.search(s)) or parse_date(s, language) is not None


def date_line(s: str, language: str | None = None) -> bool:
    """Whether ``s`` is a date line in ``language``: a date (see
    :func:`has_date`) and at most ``MAX_OTHER_WORDS`` other words besides
    the line's labels, weekdays and times (see :func:`other_words`), no
    sentence ending in a full stop (``On 1 March 2022 Kyiv fell.``)."""
    if len(s) > MAX_LINE_CHARS or not any(map(str.isdigit, s)) or not has_date(s, language):
        return False
    other = len(other_words(blank_dates(s, language), language))
    return other <= MAX_OTHER_WORDS and not (other and s.rstrip().endswith("."))


#: A time of day: 8:59, 18:30 (and 08h15, 18 h 30 in French or German).
_TIME = lazyre.compile(r"\b\d{1,2}:\d{2}\b")
_LANG_TIME = lazyre.compile(rf"(?<![\w.,])(?:{_H_TIME})(?!\w)")


@functools.lru_cache(maxsize=None)
def _day_and_month(language: str | None) -> re.Pattern[str]:
    """A day and a month, the year left out (``4 Feb``, ``Feb 4``, ``4.
    Mai``, ``12 de mayo``), or a month and its year (``May 2024``), in the
    month names of ``language`` and in English."""
    month = (r"(?:" + "|".join(sorted(map(re.escape, _date_forms(language)[2]), key=len,
                                      reverse=True)) + r")\.?")
    return re.compile(rf"(?<![\w.,])\d{{1,2}}(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?{month}(?!\w)"
                      rf"|(?<!\w){month}\s+\d", re.I)


def date_or_time(s: str, language: str | None = None) -> bool:
    """Whether ``s`` holds a date (a day and a month, with or without the
    year) or a time of day: a dateline's or a timestamp's."""
    return bool(_TIME.search(s) or (language in _LANG_MONTHS and _LANG_TIME.search(s))
                or _day_and_month(language).search(s) or has_date(s, language))
