"""M: metadata found in the text — header lines, wire credits, photo
credits. Each is taken out of the body and kept as structured metadata."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Iterable

from .. import dates, lazyre, prefilter, resources, structure
from ..dates import _DATES, _MONTH, _MONTH3, _date_forms, parse_date  # noqa: F401 (parse_date: the rules' and tests' name for it)
from ..model import Context, Finding, Rule, line_span
from . import register

_DATE = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
_HEADER_DATE = lazyre.compile(rf"(?:date|published|posted|updated)\s*:?\s*({_DATE})\s*(.*)",
                              re.IGNORECASE)
_HEADER_KEY = lazyre.compile(
    r"(author|byline|source|outlet|publisher|section|category|url|link|language|lang)"
    r"\s*:\s*(\S.{0,120})", re.IGNORECASE)
_KEY_NAMES = {"byline": "author", "outlet": "source", "publisher": "source",
              "category": "section", "link": "url", "lang": "language"}
#: What opens a byline: "By", "Words by", "Interview by".
_BYLINE_OPENERS = r"by|(?:words|interview|interviews|interviewed|written|story|text)\s+by"
#: The writer's job after the name: ", technology correspondent", ", our
#: science editor in Geneva", ", Court Reporter" (capitalised, it ends in
#: the word for a job, where one more name would not), or the place the
#: story was written in: ", at Harbour Park", ", in Lisbon".
_BYLINE_ROLES = ("correspondent", "editor", "reporter", "writer", "columnist", "critic",
                 "contributor", "journalist", "producer", "analyst", "commentator",
                 "photographer", "presenter", "blogger", "staff",
                 # a desk or team of the outlet the writer works in ("Health
                 # Desk", "Investigations Team"): the author is the person
                 "desk", "team", "bureau", "newsroom", "service")
_BYLINE_PLACE = r"(?:[A-Z][\w’'.-]+\s?){1,3}"
_BYLINE_ROLE = (r"(?:,\s*(?:(?:[A-Za-z][\w’'-]*\s+){0,3}(?i:" + "|".join(_BYLINE_ROLES) + r")s?"
                r"(?:\s+(?:in|at|for)\s+" + _BYLINE_PLACE + r")?|(?:in|at)\s+" + _BYLINE_PLACE + r"))?")
#: "By Jane Smith", "By Jane Smith and John Roe, Court Reporter", "By Jane
#: Smith, health correspondent" (the author: the name) (a letter the text's
#: decoding lost, U+FFFD, may stand in a name).
#: A name's words: capitalised, or a particle before a capitalised one
#: ("Pieter de Groot", "Ahmed bin Saleh", "Karim al-Masri").
_BYLINE_NAME = (r"[A-Z][\w’'.\ufffd-]+\s?(?:[A-Z][\w’'.\ufffd-]+\s?"
                r"|(?:de|del|della|la|le|van|von|der|den|da|dos|do|das|du|des|di|ten|ter|bin|ibn"
                r"|al|el)\s(?=[A-Z]|[a-z]{1,4}\s[A-Z])|(?:al|el|ad|as|ash|ar)-[A-Z][\w’'.\ufffd-]+\s?){0,4}")
_BYLINE = lazyre.compile(rf"(?i:{_BYLINE_OPENERS})\s+({_BYLINE_NAME}"
                         rf"(?:(?:,|and|&)\s+{_BYLINE_NAME})*?)\s*" + _BYLINE_ROLE)
#: A byline that names a job, not a person: "By Court reporter", "By our
#: correspondent", "By a Staff Reporter", "By Sports desk" (a capitalised
#: name is read by ``_BYLINE`` already: "By Political Editor"). Up to
#: three words before the word for a job, none a word of a phrase ("By
#: order of the editor" is no byline); the author is the job as printed,
#: without its article ("Staff Reporter").
_ROLE_BYLINE = lazyre.compile(
    rf"(?i:{_BYLINE_OPENERS})\s+(?:(?i:a|an|the)\s+)?((?:(?i:our)\s+)?"
    r"(?:(?!(?i:of|the|to|for|from|with|and|or|in|on|at|by|as)\s)[A-Za-z][\w’'-]*\s+){0,3}"
    r"(?i:" + "|".join(_BYLINE_ROLES) + r")s?)\s*")
#: A byline in another language, with the words that open it and join two
#: names: German "Von Jonas Weber", French "Par Marie Dupont et Jean Roux",
#: Spanish "Por Ana García y Luis Gil". Taken only in a document in that
#: language (an English line "Von Trapp Family Singers" is no byline).
_BYLINE_WORDS = {"de": ("von", "und"), "fr": ("par", "et"), "es": ("por", "y"),
                 "it": ("di", "e"), "pt": ("por", "e"), "nl": ("door", "en")}
#: The writer's job after the name in those languages, and the words that
#: put the place after it: "Par Lucas Bernard, envoyé spécial à Hambourg",
#: "Von Anna Keller, Korrespondentin in Wien".
_BYLINE_JOBS = {
    "de": (("korrespondent", "redakteur", "reporter", "autor", "autorin", "redaktion"),
           ("in", "aus")),
    "fr": (("envoyé", "envoyée", "correspondant", "correspondante", "journaliste", "rédacteur",
            "rédactrice", "reporter", "rédaction"), ("à", "au", "en", "aux")),
    "es": (("enviado", "enviada", "corresponsal", "periodista", "redactor", "redactora",
            "redacción"), ("en", "a")),
    "it": (("inviato", "inviata", "corrispondente", "giornalista", "redattore", "redattrice",
            "redazione"), ("a", "da", "in")),
    "pt": (("enviado", "enviada", "correspondente", "jornalista", "repórter", "redator",
            "redatora", "redação"), ("em", "a", "no", "na")),
    "nl": (("correspondent", "verslaggever", "redacteur", "journalist", "redactie"),
           ("in", "te", "uit")),
}
#: An outlet named after the writer's name, no part of the author but the
#: story's source: "By Jane Smith, The Valley Gazette", "By Jane Smith,
#: Harbour FM", "Von Anna Keller, WDR" (a listed agency, or it opens with
#: "The", holds an acronym, or a word of these: English ones in any
#: document, and the document's language's).
BYLINE_OUTLETS = ("news", "times", "herald", "gazette", "tribune", "chronicle", "journal",
                  "press", "media", "radio", "tv", "agency", "magazine", "daily", "network",
                  "observer", "post", "courier", "monitor", "telegraph", "newswire", "wire",
                  "weekly", "bulletin", "broadcasting")
BYLINE_OUTLETS_IN = {
    "de": ("zeitung", "nachrichten", "rundfunk", "agentur", "anzeiger", "rundschau", "kurier"),
    "fr": ("journal", "agence", "presse", "radio", "infos", "info", "quotidien"),
    "es": ("agencia", "diario", "noticias", "periódico", "radio", "prensa"),
    "it": ("agenzia", "notizie", "quotidiano", "giornale", "gazzetta", "corriere"),
    "pt": ("agência", "notícias", "jornal", "portal", "diário", "rádio", "gazeta", "folha"),
    "nl": ("nieuws", "krant", "dagblad", "omroep", "courant"),
}
#: Letters after a name that are a title of the person's own (a degree, an
#: honour, a seat): "Jane Smith, MD", "Dr Jane Smith, OBE". No outlet's:
#: they stay in the author, as any part that names no outlet does.
_POST_NOMINALS = ("MD", "PhD", "DPhil", "MBBS", "DDS", "DVM", "RN", "MPH", "MBA", "CPA",
                  "BA", "MA", "BSc", "MSc", "LLB", "LLM", "LLD", "FRS", "FRCP", "FRCS",
                  "OBE", "MBE", "CBE", "KBE", "DBE", "CH", "OM", "QC", "KC", "MP", "MEP",
                  "MSP", "MLA", "JP", "DL", "AM", "AO", "AC", "OAM", "Esq")
#: An acronym (an outlet's: "WDR", "FM"), not a name's numeral ("III",
#: "Jr") nor a post-nominal ("MD", "OBE").
_ACRONYM = lazyre.compile(rf"(?![IVX]+$|JR$|SR$|(?:{'|'.join(_POST_NOMINALS)})$)[A-Z]{{2,6}}")
#: The words of a person's name: initials ("A.", "AJ", "A.J."), a
#: capitalised word with a lower-case letter ("Jones", "McKay", "O'Neil"),
#: a particle ("van", "de"); after it, a numeral or "Jr" and post-nominals.
_INITIALS = lazyre.compile(r"[A-Z]{1,2}|(?:[A-Z]\.){1,3}")
_NAME_WORD = lazyre.compile(r"[A-Z][\w’'-]*[a-z][\w’'-]*")
_NAME_PARTICLES = ("de", "del", "la", "le", "van", "von", "der", "da", "dos", "do", "das", "du", "di")
_NAME_SUFFIX = lazyre.compile(rf"[IVX]+|[JS]r\.?|[JS]R|{'|'.join(_POST_NOMINALS)}")


#: An outlet named by its web address ("Harbour.com", "valleynews.co.uk").
_WEB_NAME = lazyre.compile(r"[A-Za-z][\w-]*(?:\.[a-z]{2,6}){1,2}")


def _person(ws: list[str], outlet_words: Iterable[str]) -> bool:
    """Whether the words ``ws`` read as a person's name: a common given name
    and a surname ("Ann Daily": no outlet, though "daily" is an outlet's
    word), or initials and a surname that is no outlet's word ("AJ Jones";
    "NZ Herald" stays an outlet)."""
    ws = list(ws)
    while len(ws) > 2 and _NAME_SUFFIX.fullmatch(ws[-1]):
        ws.pop()  # "Jane Smith MD", "Samuel Okafor III"
    if not 2 <= len(ws) <= 4:
        return False
    *given, surname = ws
    if not _NAME_WORD.fullmatch(surname) or not all(
            _INITIALS.fullmatch(w) or _NAME_WORD.fullmatch(w) or w in _NAME_PARTICLES
            for w in given):
        return False
    if given[0].casefold() in resources.word_list("given_names.txt"):
        return True
    return (any(_INITIALS.fullmatch(w) for w in given)
            and surname.casefold() not in outlet_words)


def _outlet(part: str, language: str | None) -> bool:
    """Whether ``part`` (the last of the names of a byline, after a comma)
    names an outlet rather than a writer (see ``BYLINE_OUTLETS``): a
    listed agency, "The …", or unless it reads as a person's name (see
    ``_person``), a part with an acronym (no post-nominal) or an outlet's
    word at its end ("Harbour Daily") or its start ("Jornal do Vale"), or a
    web address alone ("Harbour.com")."""
    ws = part.split()
    if not ws:
        return False
    words = BYLINE_OUTLETS + BYLINE_OUTLETS_IN.get(language or "", ())
    if (_agency_name(part) in resources.boilerplate()["credit"]["agencies"]
            or (ws[0] == "The" and len(ws) > 1)):
        return True
    if _person(ws, words):
        return False
    return (any(_ACRONYM.fullmatch(w) for w in ws) or ws[-1].casefold() in words
            or (len(ws) > 1 and ws[0].casefold() in words)
            or (len(ws) == 1 and bool(_WEB_NAME.fullmatch(ws[0]))))


def _byline_author(names: str, language: str | None) -> dict[str, str]:
    """The metadata of a byline's names: ``author``; an outlet after the
    last comma (``Jane Smith, Harbour FM``) is no writer: a listed agency
    becomes ``credit``, another outlet ``source`` (a line of capitals has no
    acronym to tell)."""
    names = names.strip()
    if re.search(r"\w{3}\.$", names):
        names = names[:-1]  # a credit's full stop ("… führte Jonas Weber."), not "Jr."
    head, comma, last = names.rpartition(",")
    last, head = last.strip(), head.strip()
    if comma and head and any(c.islower() for c in head) and _outlet(last, language):
        agency = _agency_name(last)
        if agency in resources.boilerplate()["credit"]["agencies"]:
            return {"author": head, "credit": agency}
        return {"author": head, "source": last}
    return {"author": names}


#: The credit of an interview's interviewer, a byline of its own: "Das
#: Gespräch führte Jonas Weber.", "Propos recueillis par Marie Dupont",
#: "Intervista a cura di Marco Rossi" (English "Interview by", with the
#: byline openers). Taken on a line of its own, in the head of the text or
#: as its last line.
_INTERVIEW_OPENERS = {
    "en": (r"interview(?:s|ed)?\s+by",),
    "de": (r"das\s+(?:gespräch|interview)\s+führten?", r"die\s+fragen\s+stellten?"),
    "fr": (r"propos\s+recueillis\s+par", r"(?:entretien|interview)\s+réalisée?\s+par"),
    "es": (r"entrevista\s+(?:realizada\s+)?por",),
    "it": (r"intervista\s+a\s+cura\s+di", r"intervista\s+realizzata\s+da"),
    "pt": (r"entrevista\s+(?:realizada\s+)?por",),
    "nl": (r"het\s+(?:gesprek|interview)\s+(?:werd\s+)?gevoerd\s+door",),
}
# (not "Interview: X" nor "Entrevista de X": as often the one interviewed,
# in a headline, as the one who asked)


@functools.lru_cache(maxsize=None)
def _interview_start(language: str | None) -> re.Pattern[str]:
    """What opens an interviewer's credit in ``language`` (and English)."""
    forms = _INTERVIEW_OPENERS["en"] + _INTERVIEW_OPENERS.get(language or "", ())
    return re.compile(rf"(?:{'|'.join(dict.fromkeys(forms))})\s", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _byline(language: str | None) -> re.Pattern[str]:
    """The byline pattern of a document in ``language``: the English one,
    with the document's own opening and joining words beside "by" and
    "and" (a name may open with a lower-case particle: "Par Anne de
    Rivière" keeps "de" as it is one of the four words)."""
    words = _BYLINE_WORDS.get(language or "")
    if not words:
        return _BYLINE
    by, join = words
    by = "|".join((by, *_INTERVIEW_OPENERS.get(language or "", ())))
    name = r"(?:[A-Z\u00c0-\u00de][\w’'.\ufffd-]+\s?|(?:de|del|la|le|van|von|der|da|dos|do|das|du|des|di)\s)"
    jobs, at = _BYLINE_JOBS[language or ""]
    # the job in the language ("envoyé spécial", "Korrespondentin"), maybe
    # the place after it ("à Hambourg"), or the English ones
    job = (rf"(?:,\s*(?i:{'|'.join(jobs)})\w*(?:\s+[\w’'-]+){{0,2}}?"
           rf"(?:\s+(?i:{'|'.join(at)})\s+{_BYLINE_PLACE})?\s*$)")
    return re.compile(rf"(?i:{_BYLINE_OPENERS}|{by})\s+((?:{name}){{1,4}}"
                      rf"(?:(?:,|and|&|{join})\s+(?:{name}){{1,4}})*?)\s*(?:{job}|{_BYLINE_ROLE})")


@functools.lru_cache(maxsize=None)
def _byline_start(language: str | None) -> re.Pattern[str]:
    """A line that opens as a byline does (a cheap test before the lines
    are read)."""
    by = "|".join((_BYLINE_WORDS.get(language or "", ("by",))[0],
                   *_INTERVIEW_OPENERS.get(language or "", ())))
    return re.compile(rf"^[ \t]*(?:{_BYLINE_OPENERS}|{by})\s", re.MULTILINE | re.IGNORECASE)


#: The parts of a byline line printed with its date: "By Jane Smith |
#: 4 March 2024", "Jane Smith · Mar 4, 2024 · 6 min read".
#: (A match starts where a run of spaces starts: tried from every space of a
#: long run, ``\s+`` read the rest of the run from each, quadratic time.)
_BYLINE_PARTS = lazyre.compile(r"(?<!\s)\s++[|·•]\s+")
#: A part of such a line besides the name and the date: the reading time.
_READING_TIME = lazyre.compile(r"\d{1,3}\s+min(?:ute)?s?\s+read", re.IGNORECASE)
#: A writer's name printed alone: two to four capitalised words.
_BARE_NAME = lazyre.compile(r"[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|der|da|del|la|le)){0,2}"
                            r"\s+[A-Z][\w’'-]+")


@functools.lru_cache(maxsize=None)
def _agency_staff() -> re.Pattern[str]:
    """A wire's byline that names no writer: "By Reuters staff", "By AFP
    staff writers"."""
    return re.compile(rf"\s*(?i:by)\s+(?:the\s+)?((?i:{_agencies()}))\s+"
                      r"(?i:staff(?:\s+(?:writers?|reporters?))?|reporters|writers)\.?\s*")


def byline_meta(s: str, language: str | None = None) -> dict[str, str] | None:
    """The author (and date) of a byline line: ``By Jane Smith, health
    correspondent``; or one printed with its date between bars or dots
    (``By Jane Smith, Arts Correspondent | 4 March 2024``), where the name
    may stand alone (``Jane Smith · Mar 4, 2024 · 6 min read``: the date
    makes it a byline). ``None`` if it is none. A translator's note after
    it (``(translated from Romanian)``) is no part of it; an outlet printed
    with its date (``Harbour News Agency | 07.02.2023``) is the source (a
    listed agency the credit), no author."""
    note = _TRANSLATED.search(s)
    if note:
        s = s[:note.start()]
    if s.rstrip(". ").lower().endswith(("staff", "writer", "writers", "reporter", "reporters")):
        desk = _agency_staff().fullmatch(s)
        if desk:  # "By Reuters staff": the wire's byline, no writer named
            agency = _agency_name(desk.group(1))
            if agency not in _GENERIC_CREDITS:
                return {"credit": agency}
    m = _byline(language).fullmatch(s) or _ROLE_BYLINE.fullmatch(s)
    if m:
        return _byline_author(m.group(1), language)
    dashed = _dashed_byline(s, language)
    if dashed:
        return dashed
    parts = _BYLINE_PARTS.split(s)
    if len(parts) < 2 or not any(c.isdigit() for c in s):
        return None
    m = _byline(language).fullmatch(parts[0])
    if m:
        meta = _byline_author(m.group(1), language)
    elif _BARE_NAME.fullmatch(parts[0]) and not _section_label(parts[0]):
        meta = _outlet_meta(parts[0]) if _outlet(parts[0], language) else {"author": parts[0]}
    else:
        return None
    date = None
    for part in parts[1:]:
        if _READING_TIME.fullmatch(part):
            continue
        found = parse_date(part, language)
        if not found or date:
            return None
        rest = part
        for pattern, _ in _date_forms(language)[0]:
            rest = pattern.sub(" ", rest)
        if rest.strip(" ,") and not _BYLINE_DATE_TIME.fullmatch(rest.strip(" ,")):
            return None
        date = found
    return {**meta, "date": date} if date else None


#: A Korean wire's byline opening a paragraph (기자 = ): "Reporter Jane Doe
#: = ", maybe after its dateline "(Seoul=Agency) "; then the sentence.
_REPORTER_OPENING = lazyre.compile(
    r"(?:\((?P<place>[A-Z][\w .’'-]{1,30}?)\s*=\s*(?P<agency>[A-Z][\w .&’'-]{1,30}?)\)\s*)?"
    r"(?:(?:Staff|Senior|Chief|Special)\s+)?(?i:reporters?|correspondents?|journalists?)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,2}(?:\s*(?:,|and|·)\s*[A-Z][a-z]+"
    r"(?:[ -][A-Z]?[a-z]+){1,2})*)\s*=\s*(?=[A-Z0-9\"“‘(])")
#: A translator's note after a byline or an outlet: "(translated from
#: Romanian)", "- Translated by Ana Pop".
_TRANSLATED = lazyre.compile(r"\s*(?:\(\s*|[-–—|]\s+)(?i:translat(?:ed|ion)\s+(?:from|by)\s+"
                             r"[\w’' .-]{2,40}?)\s*\)?\s*$")


def _outlet_meta(name: str) -> dict[str, str]:
    """An outlet's name as metadata: a listed agency the ``credit``,
    another outlet the ``source``."""
    agency = _agency_name(name)
    if agency in resources.boilerplate()["credit"]["agencies"]:
        return {"credit": agency}
    return {"source": name}


#: The separators of an outlet's line: "Harbour News Network - Riyadh",
#: "Valley Herald English edition | Politics".
_OUTLET_SEP = lazyre.compile(r"(?<!\s)\s++(?:[|·•]|[-–—]{1,2})\s+")
_OUTLET_ACRONYM = lazyre.compile(r"\s*\(([A-Z]{2,8})\)$")
_OUTLET_EDITION = lazyre.compile(r"\s+(?i:(?:english|international|online|digital|web)\s+"
                                 r"(?:edition|service|version))$")
#: A head line that may be an outlet's (a cheap test before the line is read).
_OUTLET_HINT = lazyre.compile("(?i:" + "|".join(BYLINE_OUTLETS) + r"|edition|service)\b")


def outlet_line_meta(s: str, language: str | None) -> dict[str, str] | None:
    """The metadata of a line under the headline that names the outlet, maybe
    with its acronym, its edition, the place, the section or the date:
    ``Harbour News Network - Riyadh``, ``Valley Press Agency (VPA)``,
    ``Valley Herald English edition | Politics``, ``Harbour News Agency |
    07.02.2023``. The name: two to six capitalised words ending in an
    outlet's word (``News``, ``Agency``, ``Network``: see
    ``BYLINE_OUTLETS``), or any before the edition, no section's label
    (``World News``) and no person's name. ``None`` if it is none."""
    note = _TRANSLATED.search(s)
    if note:
        s = s[:note.start()]
    parts = _OUTLET_SEP.split(s)
    if not 1 <= len(parts) <= 3:
        return None
    name = _OUTLET_ACRONYM.sub("", parts[0])
    edition = _OUTLET_EDITION.search(name)
    if edition:
        name = name[:edition.start()]
    ws = name.split()
    if not (1 if edition else 2) <= len(ws) <= BYLINE_PART_WORDS or re.search(r"[.!?;:,\d]", name):
        return None
    if (not all(w[:1].isupper() or w.casefold() in _LINK_WORDS for w in ws) or _section_label(name)
            or name.isupper()):
        return None  # (a line in capitals, "AUTO NEWS": a menu's label)
    words = BYLINE_OUTLETS + BYLINE_OUTLETS_IN.get(language or "", ())
    if _person(ws, words) or not (edition or ws[-1].casefold() in words):
        return None
    meta = _outlet_meta(name)
    for part in parts[1:]:
        if structure.DIGIT.search(part):
            date = parse_date(part, language)
            if not date or "date" in meta:
                return None
            meta["date"] = date
        elif part.casefold() in _sections():
            meta.setdefault("section", _sections()[part.casefold()])
        elif not re.fullmatch(rf"{_PLACE}", part):
            return None  # the place it is published in ("Riyadh") goes with it
    return meta


#: The dashes between a byline's name, the writer's job and the place:
#: "By Jane Smith - Staff Reporter - Leeds".
_BYLINE_DASH = lazyre.compile(r"(?<!\s)\s++[-–—]{1,2}\s+")  # (see _BYLINE_PARTS)
#: The lower-case words a job, an outlet or a place may hold between its
#: capitalised ones: "Reporter for the Daily Planet", "Rio de Janeiro",
#: "Redakteurin bei der Neuen Zeitung".
_LINK_WORDS = frozenset((
    "of", "the", "for", "at", "in", "on", "upon", "and", "de", "da", "do", "das", "dos", "del",
    "della", "di", "du", "des", "la", "le", "les", "el", "los", "der", "die", "den", "dem", "am",
    "im", "bei", "für", "van", "het", "te", "uit", "voor", "em", "no", "na", "à", "au", "aux",
    "en", "y", "e", "et", "und", "sur", "a"))
#: A job, outlet or place holds at most these many words.
BYLINE_PART_WORDS = 6


def _dashed_byline(s: str, language: str | None) -> dict[str, str] | None:
    """The metadata of a byline whose job, outlet and place stand between
    dashes: ``By Jane Smith - Staff Reporter - Leeds``, ``Por Rita Lobo,
    Jornal do Vale — Recife`` (the author: the name; an outlet: the
    source). Each part after the first is a job (it holds the word for
    one), an outlet or a place (capitalised words), and one part at least
    says who the writer works as or for: a name over a place alone is no
    byline to take (``By Any Means - Part Two``)."""
    parts = _BYLINE_DASH.split(s)
    if not 2 <= len(parts) <= 4:
        return None
    m = _byline(language).fullmatch(parts[0])
    if not m:
        return None
    meta = _byline_author(m.group(1), language)
    # a job after a comma ("By Jane Smith, Staff Reporter - Leeds"), or an outlet
    affiliated = bool(parts[0][m.end(1):].strip()) or len(meta) > 1
    jobs = _BYLINE_JOBS.get(language or "", ((), ()))[0]

    def job(w: str) -> bool:  # "Reporter", "reporters", "Redakteurin"
        w = w.casefold()
        return w in _BYLINE_ROLES or w[:-1] in _BYLINE_ROLES or w.startswith(jobs)

    for part in parts[1:]:
        ws = part.split()
        if not (0 < len(ws) <= BYLINE_PART_WORDS) or re.search(r"[.!?;:,\d]", part):
            return None
        if ws[-1].casefold() in _LINK_WORDS:
            return None
        # the words neither capitalised nor linking: the job's ("senior
        # reporter", "envoyé spécial"); more, and it is a clause
        plain = [w for w in ws if not (w[:1].isupper() or w.casefold() in _LINK_WORDS)]
        if any(job(w) for w in ws):
            affiliated = True
            if len(plain) > 2:
                return None
        elif plain:
            return None
        elif _outlet(part, language):
            affiliated = True
            meta.setdefault("source", part)
        elif not ws[0][:1].isupper():
            return None
    return meta if affiliated else None


#: What a byline's date part may hold beside the date: a weekday, a time.
_BYLINE_DATE_TIME = lazyre.compile(
    r"(?i:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    r"(?:\s+[A-Z]{2,4})?|[ap]\.?m\.?|\s|,|at)+")


def _section_label(s: str) -> bool:
    """Whether ``s`` is made of the words of sections (``World Politics``,
    ``Top Stories``): a label, no writer's name."""
    return all(w.casefold() in _section_words() for w in s.split())


@functools.lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    """The words of sections and breadcrumb trails, casefolded: a line of
    them is a label, no writer's name."""
    words = set(resources.boilerplate()["sections"]["breadcrumb_words"])
    for name in resources.boilerplate()["sections"]["names"]:
        words.update(name.split())
    return frozenset(w.casefold() for w in words)


HEAD_LINES = 6
#: A label over a release's provider is looked for in so many characters.
HEAD_TEXT_CHARS = 600
#: A label over the name of whoever provided a release, on its own line
#: ("NEWS PROVIDED BY", "Content provided by:").
_PROVIDER_LABEL = lazyre.compile(r"(?i:(?:news|content|release|information)\s+provided\s+by)\s*:?\s*")
#: An organisation's name: one to six capitalised words (a particle, an
#: ampersand between them), maybe a full stop after an abbreviation ("Acme
#: Energy Inc.", "Harbour & Co.").
_ORGANISATION = lazyre.compile(r"[A-Z][\w’'.,&-]*(?:\s+(?:[A-Z0-9][\w’'.,&-]*|&|of|and|for|the|de)){0,5}")
#: The longest job title on the line under a byline ("Senior Business
#: Correspondent").
AUTHOR_TITLE_WORDS = 4
#: The author's social-media handle on the line under the byline.
_HANDLE = lazyre.compile(r"@\w{1,30}")
#: A byline further down than HEAD_LINES is taken only this close above the
#: body (a page prints it over the text; further up, "By Any Means
#: Necessary" is a menu's show title).
BYLINE_ABOVE_BODY = 4
#: ... and, wherever the page's menus put the article's headline, in so many
#: lines under it (a standfirst, a date line between them).
BYLINE_UNDER_HEADLINE = 3
#: A breadcrumb trail over the article's headline is looked for in so many
#: lines over it (a label such as "Anzeige", a cookie banner between them).
TRAIL_OVER_HEADLINE = 4
#: The arrows and slashes between a breadcrumb trail's items.
_TRAIL_ARROW = lazyre.compile(r"\s+[>»›/]\s+")
#: A trail's item has at most so many words.
TRAIL_ITEM_WORDS = 4
#: A page's copyright mark and its year(s), where its footer names the outlet.
_COPYRIGHT = lazyre.compile(r"(?:©|\((?i:c)\)|(?i:copyright))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*")
#: A company's legal form after an outlet's name in its copyright line
#: ("© 2024 Harbour Post GmbH", "Valley Herald Ltd."), and what may end it.
_LEGAL_FORM = lazyre.compile(
    r"(?:\s+(?:GmbH|AG|KG|Co\.?|&|S\.?L\.?U?|S\.?A\.?S?|S\.?p\.?A\.?|SpA|S\.?r\.?l\.?|B\.?V\.?|N\.?V\.?"
    r"|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|SARL|Lda\.?|Ltda\.?|Oy|AB|A/S))*(?:\s*(?:[-–—|.,©]|\d{4})|\s*$)")
#: How far down the article's headline is looked for.
HEADLINE_SEARCH_LINES = 60
#: An outlet's name on a line of its own has at most so many words.
SITE_NAME_WORDS = 6
#: How each header line starts, case aside, for a ``_HEADER_DATE`` or
#: ``_BYLINE`` match (``_HEADER_KEY`` needs a colon instead).
_HEADER_START = lazyre.compile(rf"(?i:date|published|posted|updated|{_BYLINE_OPENERS})")


# Finding the few lines a rule can fire on without a Python loop over all
# lines: the text's UTF-8 bytes are searched with ``bytes.find`` (and regexes
# that start with a literal), then only the lines holding a hit are looked at.

_BYTES_MEMO: list[tuple[str, bytes, list[bytes | None]]] = []
structure.forgets(_BYTES_MEMO.clear)


#: Whether a text holds one of the four characters ``re.IGNORECASE`` matches
#: with an ASCII letter (İ ı ſ K, see :mod:`cleaner.prefilter`).
_has_folds = prefilter.has_folds


def _utf8(text: str) -> tuple[bytes, list[bytes | None]]:
    """``text`` in UTF-8 (a lone surrogate passed through), and a slot for
    its lower-cased form; remembered for the last two texts (the rules of
    this module ask for the same text)."""
    for t, b, low in _BYTES_MEMO:
        if t is text:
            return b, low
    b = text.encode("utf-8", "surrogatepass")
    _BYTES_MEMO.insert(0, (text, b, []))
    del _BYTES_MEMO[2:]
    return b, _BYTES_MEMO[0][2]


def _folded(text: str) -> bytes | None:
    """``text`` in UTF-8 with its ASCII letters lower-cased, so that where a
    case-insensitive pattern matches an ASCII word in ``text``, the word is
    in it in lower case. ``None`` if ``text`` holds one of the four
    characters ``re.IGNORECASE`` matches with an ASCII letter (İ ı ſ K, see
    :mod:`cleaner.prefilter`): then it is not exact."""
    b, low = _utf8(text)
    if not low:
        low.append(None if _has_folds(text) else b.lower())
    return low[0]


def _starts_holding(b: bytes, words: Iterable[bytes]) -> set[int]:
    """Byte offsets of the line starts of ``b`` whose line holds a word of
    ``words`` (none holds a newline)."""
    out: set[int] = set()
    for w in words:
        k = b.find(w)
        while k >= 0:
            out.add(b.rfind(b"\n", 0, k) + 1)
            e = b.find(b"\n", k)
            k = -1 if e < 0 else b.find(w, e)
    return out


def _lines_at(text: str, b: bytes, starts: Iterable[int]) -> list[tuple[int, int, str]]:
    """The lines of ``text`` starting at these byte offsets of ``b`` (its
    UTF-8 form, ASCII case aside), as ``structure.lines`` gives them: (start,
    end, stripped text), empty ones left out, in order."""
    out = []
    cb = cc = 0
    for a in sorted(starts):
        cc += len(b[cb:a].decode("utf-8", "surrogatepass"))
        cb = a
        e = text.find("\n", cc)
        raw = text[cc:] if e < 0 else text[cc:e]
        stripped = raw.strip()
        if stripped:
            lead = cc + len(raw) - len(raw.lstrip())
            out.append((lead, lead + len(stripped), stripped))
    return out


def _all_lines(text: str) -> list[tuple[int, int, str]]:
    return [(line.start, line.end, line.text) for line in structure.lines(text)]


@functools.lru_cache(maxsize=1)
def _sections() -> dict[str, str]:
    return {s.casefold(): s for s in resources.boilerplate()["sections"]["names"]}


def _source_and_section(rest: str) -> dict[str, str]:
    """Split ``Daily Planet World`` into source ``Daily Planet`` and section ``World``: the
    longest tail of words that names a section is the section."""
    ws = rest.split()
    out: dict[str, str] = {}
    for k in range(min(3, len(ws)), 0, -1):
        tail = " ".join(ws[-k:])
        if tail.casefold() in _sections() and len(ws) > k:
            out["section"] = tail
            ws = ws[:-k]
            break
    if ws:
        out["source"] = " ".join(ws)
    return out


def _article_headline(text: str, ls: list[structure.Line], ctx: Context,
                      fallback: bool = True) -> int:
    """The index (into ``ls``) of the article's headline as the page shows
    it: the longest line of the page's head (``HEADLINE_SEARCH_LINES``)
    that the first line, the page's title, holds (three words at least:
    ``Headline | Outlet`` over the menus, then ``Headline``); else the
    headline the block rules find (see ``boilerplate.headline_of``), or -1
    without ``fallback``."""
    title = ls[0].text if ls else ""
    copies = [c for c in ls[1:HEADLINE_SEARCH_LINES]
              if len(c.text) <= len(title) and c.text in title and structure.word_count(c.text) >= 3]
    if copies:  # (the longest: not the site's name of "Headline | Outlet")
        return max(copies, key=lambda c: len(c.text)).index
    if not fallback:
        return -1
    from .boilerplate import headline_of  # (a late import: the rules import each other)
    return headline_of(text, ls, ctx)


def _trail_section(s: str, ctx: Context) -> str:
    """The section a breadcrumb trail names: two items or more between
    arrows or slashes, each a few words with a capital first (``Home >
    Politics > Government``, ``Startseite / Wissen / Weltraum``, ``Home ›
    Euro 2024``; between slashes alone, from a root word or all of
    sections' words), or the site's root and one or two words of which the
    first a section's, between spaces (``Startseite Politik Deutschland``),
    or a longer one that reads as a trail from the root, the second word a
    section's and one word at least no section's (``Home News World
    Europe``, ``Home Sport Football Premier League``: the words after the
    root; a menu bar names sections only, ``Home Politics World Business
    Sport``). Its items are joined by `` > `` without the
    site's root: a root word (``Home``, ``Accueil``) or, first on a trail of
    three, the site's name (no section's words); "" if ``s`` is no trail."""
    from .boilerplate import _glued_trail_words  # (a late import: the rules import each other)
    roots, words = _glued_trail_words(ctx)
    items = [p.strip() for p in _TRAIL_ARROW.split(s)]
    if len(items) >= 2 and not any(c in s for c in ">»›") and items[0].casefold() not in roots \
            and not all(w.casefold() in words for w in s.replace("/", " ").split()):
        return ""  # between slashes only from the root or of sections' words (not "Organize / See All")
    if len(items) < 2:
        ws = s.split()
        if (2 <= len(ws) <= 3 and ws[0].casefold() in roots and ws[1].casefold() in words
                and all(w[:1].isupper() and w.isalpha() for w in ws)):
            return " > ".join(ws[1:])
        # a longer trail from the root with single spaces ("Home News World
        # Europe"): capitalised words, none of a Title Case headline's small
        # words (boilerplate._rooted_trail), the second a section's, and
        # down to a word no section's (a menu bar names sections only:
        # "Home Politics World Business Sport"); the section is the words
        # after the root(s)
        from .boilerplate import _rooted_trail
        if len(ws) > 3 and ws[0].casefold() in roots and ws[1].casefold() in words \
                and not all(w.casefold() in words for w in ws[1:]) and _rooted_trail(s):
            while len(ws) > 1 and ws[0].casefold() in roots:
                ws = ws[1:]
            return " ".join(ws)
        return ""
    for item in items:
        ws = item.split()
        if not (0 < len(ws) <= TRAIL_ITEM_WORDS and item[:1].isupper()) \
                or re.search(r"[.!?;:,]", item):
            return ""
    if items[0].casefold() in roots or (
            len(items) >= 3 and not all(w.casefold() in words for w in items[0].split())):
        items = items[1:]
    return " > ".join(items)


def _may_hold_copyright(s: str) -> bool:
    """Whether ``s`` may hold what ``_COPYRIGHT`` finds (substring tests,
    cheaper than the pattern; "CopyRight" aside)."""
    return "©" in s or "opyright" in s or "OPYRIGHT" in s or "(c)" in s or "(C)" in s


def _site_line(s: str, language: str | None) -> bool:
    """Whether a line may be an outlet's name alone: one to
    ``SITE_NAME_WORDS`` words, a capital first, no sentence's punctuation,
    no person's name (a photographer's "© Jane Doe")."""
    n = structure.word_count(s)
    return (0 < n <= SITE_NAME_WORDS and s[:1].isupper() and not re.search(r"[.!?;:,|]$", s)
            and not _person(s.split(), BYLINE_OUTLETS + BYLINE_OUTLETS_IN.get(language or "", ())))


def _author_job(s: str, language: str | None) -> bool:
    """Whether the line under a byline is the author's job, named as one
    (``Opinion Columnist``, ``Senior Business Correspondent``, ``Staff
    Writer``; see :func:`_author_title`): two words or more, one of them a
    writer's job (``_BYLINE_ROLES``, or the language's); a menu's item
    (``Columnists``) is one word, a crosshead names no job."""
    ws = s.split()
    if len(ws) < 2 or not _author_title(s):
        return False
    jobs = _BYLINE_ROLES + _BYLINE_JOBS.get(language or "", ((), ()))[0]
    return any(w.casefold() in jobs for w in ws)


def _author_title(s: str) -> bool:
    """Whether the line under a byline is the author's job (``Opinion
    Columnist``, ``Senior Business Correspondent``): a few capitalised
    words, no sentence, no figure."""
    ws = s.split()
    return (0 < len(ws) <= AUTHOR_TITLE_WORDS and all(w[:1].isupper() or w in ("and", "of", "&")
                                                      for w in ws)
            and not structure.ends_like_sentence(s) and not structure.DIGIT.search(s))


@register
class MetadataHeader(Rule):
    """Metadata header lines at the top of a document become metadata.

    ## What it does
    In the lines before the body, a line such as ``date 2022-03-14 Daily Planet World``
    becomes metadata ``date``, ``source`` and ``section``; ``Author: …``,
    ``Source: …``, ``Section: …``, ``URL: …`` lines and a byline (``By Jane
    Smith``, ``Interview by Jane Smith``, ``Written by …``) likewise; a
    job after the name (ending in the word for one, in either case) or the
    place the story was written in is no part of the author (``By Jane
    Smith, health correspondent``, ``By Jane Smith, Court Reporter``, ``By
    Jane Smith, at Harbour Park`` -> ``Jane Smith``), nor is the desk or team
    (``By Jane Smith, Valley Health Desk``); a byline that names a job, not
    a person (``By Court reporter``, ``By our correspondent``, ``By a staff
    reporter``, ``By Sports desk``), gives the job as the author (``By court
    order, the …`` is no byline: no word for a job); a name may hold particles
    (``By Pieter de Groot``, ``By Lina al-Hassan``), and a translator's
    note after the byline (``(translated from Romanian)``) is no part of
    it; an outlet after the name
    (``By Jane Smith, The Valley Gazette``, ``By Jane Smith, Harbour FM``:
    it opens with ``The``, holds an acronym or a word for an outlet, in
    English or the document's language, or is a web address,
    ``Cleveland.com``) becomes metadata ``source`` (a
    listed agency, ``By Jane Smith, AP``, ``credit``; a wire's byline that
    names no writer, ``By Reuters staff``, gives the ``credit`` alone); names joined by a
    comma or ``and`` stay together. The job, outlet and place may stand
    between dashes (``By Jane Smith - Staff Reporter - Leeds``, ``Por Rita
    Lobo, Jornal do Vale — Recife``) when one part at least is a job or an
    outlet (``By Any Means - Part Two`` stays). A byline printed with its date between
    bars or dots (``By Jane Smith, Arts Correspondent | 4 March 2024``),
    where the name may stand alone (``Jane Smith · Mar 4, 2024 · 6 min
    read``: two to four capitalised words, not all a section's, made a byline by
    the date), gives metadata ``author`` and ``date``; so does a name alone
    (``Jane Smith``, ``Editorial Board``: no section's words, no word of a
    page's labels such as ``Enlarge``) right over a date line that M004
    takes, right under the headline or under the paragraph under it (its
    standfirst), with no byline found before. A line under the headline
    that names the outlet (two to six capitalised words ending in an
    outlet's word, or before ``English edition``), maybe with its acronym,
    the place, the section or the date (``Harbour News Network - Riyadh``,
    ``Valley Press Agency (VPA)``, ``Valley Herald English edition |
    Politics``, ``Harbour News Agency | 07.02.2023``), gives metadata
    ``source`` (a listed agency ``credit``), ``section`` and ``date``, no
    author. The line is removed from the text. A Korean wire's byline
    opening the first paragraph (``Reporter Jane Doe = The ministry said
    …``, maybe after ``(Seoul=Agency)``) gives the author, and only the
    byline is removed from its paragraph. These are looked
    for in the first six lines; a byline also in the four lines right above
    the body, where a page prints it under its menus and headline (with the
    author's handle, ``@janesmith``, on a line of its own there), on the
    line right under the standfirst, and in the three lines under the
    article's headline wherever the page's menus put it (the headline as
    the page shows it: the longest line of its head that the page's title
    holds, or the one the block rules find; a standfirst or a date line may
    stand between them), with the author's handle or job (``Opinion
    Columnist``, a writer's job named) on the line under it.
    Where the menus put the headline below the head lines, the breadcrumb
    trail in the four lines over it gives
    metadata ``section`` (two items or more between arrows or slashes,
    ``Home > Politics > Government``, ``Startseite / Wissen / Weltraum``, or
    a root and one or two words of sections, ``Startseite Politik
    Deutschland``, or more words that read as a trail from the root,
    ``Home News World Europe``; without the root word or, on a trail of three, the
    site's name first: ``Politics > Government``). A short line over the
    headline (anywhere) that the page's copyright line names (``Harbour Post``
    over the menus, ``© 2024 Harbour Post Ltd. All rights reserved.`` or
    ``Harbour Post © 2024`` at the foot; a company's legal form may follow
    it there; no person's name) gives ``source``. These lines go. In a
    document in German, French or Spanish (and Italian, Portuguese, Dutch) a
    byline may open with that language's word: ``Von Jonas Weber``, ``Par
    Marie Dupont``, ``Por Ana García`` (not in English: ``Von Trapp Family
    Singers`` stays), and the writer's job after the name in that language
    is no part of the author (``Par Lucas Bernard, envoyé spécial à
    Hambourg``: Lucas Bernard). An interviewer's credit in the language
    (``Das Gespräch führte Jonas Weber.``, ``Propos recueillis par …``,
    ``Intervista a cura di …``, ``Entrevista de …``, ``Het gesprek werd
    gevoerd door …``; ``Interview by …`` in any) is a byline too, there
    and on a line of its own right under the last paragraph, where
    interviews print it; inside a sentence it stays. An e-mail's header over a newsletter (two or more
    ``From:``/``To:``/``Subject:``/``Date:``/``Sent:`` lines from the first
    line on, with a ``From:`` or a ``Subject:``) goes too: the subject becomes
    metadata ``title``, the sender's name ``source``, its date ``date``.
    A release's provider printed as a label over its value before the body
    (``NEWS PROVIDED BY`` over ``Acme Energy Inc.``, one to six capitalised
    words) goes too, the name to metadata ``source``; a label over a
    sentence takes nothing. A byline in a grid of teasers (``By Dana
    Whitlock`` under another story's headline, three such teasers or more
    in a row: see B104) is the teaser's, not the article's: it stays, and
    goes with its grid.

    ## Why
    Export tools put the record's fields in front of the text; they are data
    about the article, not part of it.
    """

    code, name, stage = "M001", "metadata-header", "structure"
    example = (" date 2022-03-14 Daily Planet World\n\nThe council met on Monday to set the budget.\n",
               "The council met on Monday to set the budget.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        # (a teaser's byline in a grid of teasers is no byline of the
        # article: the grid is B104's, whole)
        found = list(self._check(text, ctx))
        if found:
            found = _outside_teaser_grids(text, ctx, found)
        return found

    def _check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if structure.FAST:
            head = _head(text, HEAD_LINES)
            # what body_start() gives, where it is less than HEAD_LINES
            stop = next((i for i in range(1, len(head))
                         if structure.is_body_paragraph(head[i][2])), len(head))
            lines = head[:stop]
            body_in_head = stop < len(head)
            # A line _parse accepts holds a colon (_HEADER_KEY) or starts as
            # _HEADER_START (_HEADER_DATE, _BYLINE): without one, nothing.
            by = _BYLINE_WORDS.get(ctx.language or "", ("by",))[0]
            if not any(":" in s or _HEADER_START.match(s) or s[:len(by)].lower() == by
                       or _interview_start(ctx.language).match(s)
                       or (_BYLINE_PARTS.search(s) and structure.DIGIT.search(s))
                       or (i and body_in_head and _OUTLET_HINT.search(s))
                       for i, (_, _, s) in enumerate(lines)):
                lines = []
        else:
            head = None
            ls = structure.lines(text)
            stop = min(structure.body_start(ls), HEAD_LINES)
            body_in_head = stop < min(len(ls), HEAD_LINES)
            lines = [(line.start, line.end, line.text) for line in ls[:stop]]
        authored = "author" in ctx.metadata
        mail = _mail_header(text, head)  # (the head lines read once)
        for start, end, line in mail:
            key, value = _MAIL_FIELD.fullmatch(line).groups()
            s, e = line_span(text, start, end)
            yield self.finding(f"e-mail header '{key}:'", s, e, "",
                               metadata=_mail_metadata(key, value))
        for start, end, line in lines[len(mail):]:
            meta = self._parse(line, ctx.language)
            if not meta and body_in_head and start > lines[0][0] and _OUTLET_HINT.search(line):
                # (not the headline; not in a page's menus, far from its text)
                meta = outlet_line_meta(line, ctx.language)
            if meta:
                s, e = line_span(text, start, end)
                yield self.finding(f"metadata header {sorted(meta)}", s, e, "", metadata=meta)
                authored = authored or "author" in meta
        if (text.find("rovided by", 0, HEAD_TEXT_CHARS) >= 0
                or text.find("ROVIDED BY", 0, HEAD_TEXT_CHARS) >= 0):
            yield from self._provider_label(text)
        # (a line that opens as a byline: the two looks below ask)
        opens = bool(_byline_start(ctx.language).search(text))
        for finding in self._byline_under_standfirst(text, ctx, opens):
            authored = authored or "author" in finding.metadata
            yield finding
        for finding in self._interviewer_at_end(text, ctx):
            authored = True
            yield finding
        if "=" in text:
            for finding in self._reporter_opening(text, ctx):
                authored = True
                yield finding
        if not authored:
            yield from self._name_over_date_line(text, ctx)
        yield from self._around_the_headline(text, ctx, authored, opens)
        if stop < HEAD_LINES:
            return  # the body starts within the head lines
        ls = structure.lines(text)
        body = structure.body_start(ls)
        zone = ls[max(HEAD_LINES, body - BYLINE_ABOVE_BODY):body]
        found = [(line, byline_meta(line.text, ctx.language)) for line in zone]
        if not any(m for _, m in found):
            return
        for k, (line, m) in enumerate(found):
            # (the author's job on the line under a byline: "Opinion Columnist")
            job = k > 0 and bool(found[k - 1][1]) and _author_job(line.text, ctx.language)
            if m or job or _HANDLE.fullmatch(line.text):
                s, e = line_span(text, line.start, line.end)
                if m:
                    yield self.finding("byline above the body", s, e, "", metadata=m)
                elif job:
                    yield self.finding(f"the author's title '{line.text}'", s, e, "")
                else:
                    yield self.finding(f"the author's handle '{line.text}'", s, e, "")

    def _around_the_headline(self, text: str, ctx: Context, authored: bool,
                             opens: bool) -> Iterable[Finding]:
        """Where a page's menus push the article's headline down: its byline
        in the few lines under it (``BYLINE_UNDER_HEADLINE``: a standfirst
        or a date line between them), its breadcrumb trail right over it
        (``Home > Politics > Government``: the section, without the site's
        root), and the outlet's name on a line of its own over it that the
        page's copyright line names (``Harbour Post`` over the menus, ``©
        2024 Harbour Post Ltd`` at the foot). Each line goes, its metadata
        kept; the lines near the top are the head lines' (see ``check``)."""
        found_by = not authored and opens  # (a line opens as a byline)
        site = "source" not in ctx.metadata and _may_hold_copyright(text)
        if not (found_by or site or "section" not in ctx.metadata):
            return
        ls = structure.lines(text)
        # (the block rules' headline, the dearer to find, only for a byline)
        h = _article_headline(text, ls, ctx, fallback=found_by)
        if h <= 0:
            return
        if found_by:
            body = structure.body_start(ls)
            # (the lines check reads for a byline anyway: the head lines over
            # the body, the few right over it, the one under the standfirst)
            read = set(range(min(body, HEAD_LINES)))
            if body >= HEAD_LINES:
                read.update(range(max(HEAD_LINES, body - BYLINE_ABOVE_BODY), body))
            if body < BYLINE_ABOVE_BODY + HEAD_LINES:
                read.add(body + 1)
            paragraphs = 0
            for line in ls[h + 1:h + 1 + BYLINE_UNDER_HEADLINE]:
                if line.index in read:
                    continue
                if structure.is_body_paragraph(line.text):
                    paragraphs += 1
                    if paragraphs > 1:
                        break  # (a standfirst may stand between them)
                    continue
                m = byline_meta(line.text, ctx.language)
                if m:
                    s, e = line_span(text, line.start, line.end)
                    yield self.finding("byline under the headline", s, e, "", metadata=m)
                    # the author's handle on the line under it ("@janesmith")
                    nxt = ls[line.index + 1] if line.index + 1 < len(ls) else None
                    if nxt is not None and _HANDLE.fullmatch(nxt.text):
                        s, e = line_span(text, nxt.start, nxt.end)
                        yield self.finding(f"the author's handle '{nxt.text}'", s, e, "")
                    # ... or the author's job ("Opinion Columnist"): left
                    # in, once the byline over it was gone, it stood
                    # between the standfirst and the body
                    elif nxt is not None and _author_job(nxt.text, ctx.language):
                        s, e = line_span(text, nxt.start, nxt.end)
                        yield self.finding(f"the author's title '{nxt.text}'", s, e, "")
                    break
        if "section" not in ctx.metadata and h >= HEAD_LINES:
            # (a trail among the head lines is the headline rules': a site's
            # name over it, B011 reads the two together)
            for line in reversed(ls[max(1, h - TRAIL_OVER_HEADLINE):h]):
                section = _trail_section(line.text, ctx)
                if section:
                    s, e = line_span(text, line.start, line.end)
                    yield self.finding(f"breadcrumb trail '{line.text}' over the headline", s, e, "",
                                       metadata={"section": section})
                    break
        if site:
            # the names before and after the mark ("Harbour Post © 2024",
            # "© 2024 Harbour Post Ltd. All rights reserved.")
            names = [n.strip() for x in ls[h + 1:] if _may_hold_copyright(x.text)
                     and _COPYRIGHT.search(x.text) for n in _COPYRIGHT.split(x.text, 1)]
            for line in ls[1:h]:
                name = line.text
                if _site_line(name, ctx.language) and any(
                        n.startswith(name) and _LEGAL_FORM.match(n, len(name)) for n in names):
                    s, e = line_span(text, line.start, line.end)
                    yield self.finding(f"the outlet's name '{name}' over the headline", s, e, "",
                                       metadata=_outlet_meta(name))
                    break

    def _provider_label(self, text: str) -> Iterable[Finding]:
        """A release's provider printed as a label over its value, each on
        a line of its own before the body (``News provided by`` over ``Acme
        Energy Inc.``): both go, the name to metadata ``source``."""
        ls = structure.lines(text)
        stop = structure.body_start(ls)
        for i in range(min(stop, HEAD_LINES + BYLINE_ABOVE_BODY) - 1):
            if not _PROVIDER_LABEL.fullmatch(ls[i].text):
                continue
            name = ls[i + 1].text.strip()
            if not _ORGANISATION.fullmatch(name):
                return
            s, e = line_span(text, ls[i].start, ls[i + 1].end)
            yield self.finding(f"provider '{name}' under its label", s, e, "",
                               metadata={"source": name})
            return

    def _name_over_date_line(self, text: str, ctx: Context) -> Iterable[Finding]:
        """A writer's name alone (two to four capitalised words, not all
        a section's: ``Jane Smith``, ``Editorial Board``) right over a date
        line that M004 takes, right under the headline or under the
        paragraph under it (its standfirst, an editor's note): pages print
        the byline over the date there."""
        ls = structure.lines(text)[:HEAD_LINES + BYLINE_ABOVE_BODY]
        for i in range(1, len(ls) - 1):
            name, below = ls[i].text, ls[i + 1].text
            if not (_BARE_NAME.fullmatch(name) and structure.DIGIT.search(below)
                    and parse_date(below, ctx.language)):
                continue
            if _section_label(name):
                continue
            if not any(DateLine().check(below, ctx)):
                continue  # the date in a sentence, or in a line of more
            # (a late import: the rules import each other)
            from .boilerplate import _chrome, headline_of, removed_lines
            every = structure.lines(text)
            chrome = _chrome(ctx)[0]
            if removed_lines(text, every, ctx)[i] or any(w.casefold() in chrome for w in name.split()):
                continue  # a label of the page's ("Enlarge Image": "Enlarge" is one alone)
            head = headline_of(text, every, ctx)
            # right under the headline, or under its standfirst (a paragraph)
            if not (i == head + 1 or (i == head + 2 and structure.is_body_paragraph(ls[i - 1].text))):
                return
            s, e = line_span(text, ls[i].start, ls[i].end)
            yield self.finding("byline over the date line", s, e, "", metadata={"author": name})
            return

    def _reporter_opening(self, text: str, ctx: Context) -> Iterable[Finding]:
        """A Korean wire's byline opening the first paragraph (or a line
        above it), the job, the name and an equals sign (``Reporter Jane Doe = The ministry said …``,
        after the dateline ``(Seoul=Agency)``): the author is the name, and
        only the byline goes."""
        for line in structure.lines(text)[:HEAD_LINES + BYLINE_ABOVE_BODY]:
            m = _REPORTER_OPENING.match(line.text)
            if m:
                meta = {"author": m.group("name")}
                if m.group("agency"):
                    meta.update(_outlet_meta(m.group("agency")))
                yield self.finding(f"wire byline '{m.group().strip()}'", line.start,
                                   line.start + m.end(), "", metadata=meta)
                return
            if structure.is_body_paragraph(line.text):
                return  # only the first paragraph opens with it

    def _interviewer_at_end(self, text: str, ctx: Context) -> Iterable[Finding]:
        """An interviewer's credit on a line of its own under the last
        paragraph (``Das Gespräch führte Jonas Weber.``, ``Interview by Jane
        Smith``): the interview's byline, printed at its end."""
        opener = _interview_start(ctx.language)
        end = len(text)
        for _ in range(TAIL_LINES):
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if line:
                if opener.match(line) and len(line) <= 120:
                    m = _byline(ctx.language).fullmatch(line)
                    if m:
                        a = start + text[start:end].index(line)
                        s, e = line_span(text, a, a + len(line))
                        yield self.finding("the interviewer's credit under the text", s, e, "",
                                           metadata=_byline_author(m.group(1), ctx.language))
                        return
                if (structure.word_count(line) >= PROSE_MIN_WORDS
                        and structure.ends_like_sentence(line)):
                    return  # the last paragraph of prose
            if start == 0:
                return
            end = start - 1

    def _byline_under_standfirst(self, text: str, ctx: Context, opens: bool) -> Iterable[Finding]:
        """A byline on the line right under the first paragraph: pages print
        the standfirst (a sentence, so the first body paragraph) between the
        headline and the byline."""
        if not (opens
                or "|" in text or "·" in text or "•" in text):
            return
        ls = structure.lines(text)
        body = structure.body_start(ls)
        if body + 1 >= len(ls) or body >= BYLINE_ABOVE_BODY + HEAD_LINES:
            return
        line = ls[body + 1]
        m = byline_meta(line.text, ctx.language)
        if not m:
            return
        s, e = line_span(text, line.start, line.end)
        yield self.finding("byline under the standfirst", s, e, "", metadata=m)
        # the author's job on the line under it: "Opinion Columnist"
        title = ls[body + 2].text if body + 2 < len(ls) else ""
        if _author_title(title):
            s, e = line_span(text, ls[body + 2].start, ls[body + 2].end)
            yield self.finding(f"the author's title '{title}'", s, e, "")

    @staticmethod
    def _parse(s: str, language: str | None = None) -> dict[str, str] | None:
        m = _HEADER_DATE.fullmatch(s)
        if m:
            rest = m.group(2).strip()
            if len(rest.split()) > 6 or structure.ends_like_sentence(rest):
                return None
            return {"date": m.group(1), **_source_and_section(rest)}
        m = _HEADER_KEY.fullmatch(s)
        if m and not (m.group(1).lower() == "source" and len(m.group(2).split()) > 6):
            key = m.group(1).lower()
            return {_KEY_NAMES.get(key, key): m.group(2).strip()}
        return byline_meta(s, language)


#: An e-mail's header fields, at the top of a newsletter sent as one.
_MAIL_FIELD = lazyre.compile(r"(from|to|cc|bcc|reply-to|subject|date|sent)\s*:\s*(\S.{0,200})",
                             re.IGNORECASE)
#: The fields that make a run of such lines an e-mail's header (a lone
#: "Date: …" line is an export's, and "To: …" may open a letter).
_MAIL_KEYS = {"from", "subject"}
MAIL_HEADER_MIN = 2


def _mail_header(text: str, head: list[tuple[int, int, str]] | None = None
                 ) -> list[tuple[int, int, str]]:
    """The lines of an e-mail's header at the top of ``text``: a run of
    two or more ``Field: value`` lines from the first line on (blank lines
    aside), with a ``From:`` or a ``Subject:`` among them; [] if none.
    ``head``: ``_head(text, HEAD_LINES)``, if the caller has it already."""
    run = []
    for line in _head(text, HEAD_LINES) if head is None else head:
        if not _MAIL_FIELD.fullmatch(line[2]):
            break
        run.append(line)
    keys = {_MAIL_FIELD.fullmatch(s).group(1).lower() for _, _, s in run}
    return run if len(run) >= MAIL_HEADER_MIN and keys & _MAIL_KEYS else []


def _mail_metadata(key: str, value: str) -> dict[str, str]:
    """What an e-mail header field says about the article: the subject is
    its title, the sender (its name, not its address) its source, and the
    date its date."""
    key = key.lower()
    if key == "subject":
        return {"title": value.strip()}
    if key == "from":
        name = re.sub(r"\s*<[^<>]*>\s*$", "", value).strip().strip('"')
        return {"source": name} if name and "@" not in name else {}
    if key in ("date", "sent"):
        date = parse_date(value)
        return {"date": date} if date else {}
    return {}


def _head(text: str, n: int) -> list[tuple[int, int, str]]:
    """The first ``n`` of ``structure.lines(text)``, as (start, end,
    stripped text), without splitting the rest of the text."""
    out: list[tuple[int, int, str]] = []
    start = 0
    while len(out) < n and start <= len(text):
        line = _line_at(text, start)
        if line:
            out.append(line)
        e = text.find("\n", start)
        start = len(text) + 1 if e < 0 else e + 1
    return out


def _agencies() -> str:
    return resources.alternation(resources.boilerplate()["credit"]["agencies"])


def _source_labels() -> str:
    """The labels of a credit's source (``Source:``, ``Bron:``), lower case."""
    return resources.alternation(resources.boilerplate()["credit"]["source_labels"])


#: A dateline's place: one to four words, each capitalised ("Riyadh",
#: "ANKARA", "São Paulo", "Las Palmas de Gran Canaria" no: "de").
_PLACE = (r"(?-i:[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w’'.-]*"
          r"(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u017f][\w’'.-]*){0,3})")


def _with_labels() -> str:
    """What joins the agencies to a credit line's label (``with``,
    ``avec``, ``con información de``)."""
    return resources.alternation(resources.boilerplate()["credit"]["with_labels"])


#: An article before an agency's name, in the languages of the pages
#: ("the AP", "l'AFP", "la agencia" no: "la EFE", "der dpa").
_AGENCY_ARTICLE = r"(?:(?:the|la|le|les|el|il|der|die|de|da|do|das|dos|het)\s+|l[’'])?"
#: The article of another language before a credit's agency ("l'AFP", "der
#: dpa"): not part of its name.
@functools.lru_cache(maxsize=1)
def _foreign_article() -> re.Pattern[str]:
    return re.compile(r"^(?:l[’']|(?:la|le|les|el|il|der|die|de|da|do|das|dos|het)\s+)"
                      rf"(?=(?:{_agencies()})(?!\w))", re.IGNORECASE)
#: What joins two agencies ("AFP and Reuters", "dpa und AFP", "EFE y Europa Press").
_AGENCY_JOIN = r"(?:,|/|&|and|et|und|y|e|en)"


@functools.lru_cache(maxsize=1)
def _wire_patterns() -> list[re.Pattern[str]]:
    a = _agencies()
    agencies = rf"{_AGENCY_ARTICLE}(?:{a})(?:\s*{_AGENCY_JOIN}\s*{_AGENCY_ARTICLE}(?:{a}))*"
    rights = resources.alternation(resources.boilerplate()["credit"]["rights_reserved"])
    # each compiled when a line first gets that far down the list (lazyre)
    return [lazyre.compile(p, re.IGNORECASE) for p in (
        # "-with AAP", "Avec AFP", "-con EFE", "(Con información de EFE)",
        # "Com informações da Reuters", "mit Material von dpa"
        rf"[-–—]*\s*\(?\s*(?:{_with_labels()})\s+({agencies})\s*\)?\.?",
        rf"\(\s*({agencies})\s*\)\.?",
        rf"[-–—]+\s*({agencies})\.?",
        rf"({agencies})\s+contributed\s+to\s+this\s+(?:report|story|article)\.?",
        # "Associated Press writers A in X and B in Y contributed to this report."
        r"((?:[\w’'.-]+\s+){1,12}?contributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)))\.?)",
        rf"\(?with\s+inputs?\s+from\s+({agencies}|[\w .,&]{{1,60}}?)\)?\.?",
        r"([A-Z][\w&.-]{1,20}\s*/\s*(?:wires|agencies))\.?",
        rf"(?:{_source_labels()})\s*:\s*({agencies}(?:\s+and\s+(?:news\s+)?agencies)?)\.?",
        r"(?:source\s*:\s*)?([A-Z][\w .&’'-]{1,40}?\s+and\s+(?:news\s+)?agencies)\.?",
        r"\(?((?:additional\s+)?reporting\s+by\s+[^()]{2,200}?)\)?\.?",
        r"((?:written|compiled|edited)\s+by\s+[^()]{2,80}?)\.?",
        # a copyright line that names an agency ("© AFP", "Copyright 2024
        # Reuters. All rights reserved.", "Riproduzione riservata ©
        # Copyright ANSA")
        rf"(?:(?:{rights})\s*[.,:;|–—-]?\s*)?(?:©|\(c\)|copyright)\s*(?:©\s*|copyright\s*)*"
        rf"(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*)?({agencies})(?:\s*,?\s*\d{{4}})?\s*\.?"
        rf"(?:\s*[.,:;|–—-]?\s*(?:{rights})\s*\.?)?",
    )]


#: How a contributor's line (the whole line its pattern keeps) ends.
_CONTRIBUTED_ENDS = ("contributed to this report.", "contributed to this report",
                     "contributed to this story.", "contributed to this story",
                     "contributed to this article.", "contributed to this article",
                     "contributed reporting.", "contributed reporting")
#: A credit's end before another label's credit on the same line ("Jane
#: Doe/The Studio. Food styling: Sam Roe.").
_NEXT_LABEL = lazyre.compile(r"(?<=[.;])\s+(?=[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}\s*:\s)")
#: The writers of a contributor's line, before "contributed" ("Associated
#: Press writer Jane Doe contributed to this report.").
_CONTRIBUTED = lazyre.compile(r"\s+contributed\b.*", re.IGNORECASE | re.DOTALL)
#: A writer's job after an agency's name, in a contributor's line.
_WRITER_JOB = lazyre.compile(r"\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\b",
                             re.IGNORECASE)


def _contributor_credit(line: str) -> str:
    """The credit of a contributor's line: the agency its writers work for
    (``Associated Press writer Jane Doe contributed to this report.``:
    Associated Press), else the line as it is (``CNN's Jane Doe
    contributed reporting.``)."""
    who = _CONTRIBUTED.sub("", line.strip())
    m = _WRITER_JOB.search(who)
    if m and m.start() > 0 and re.fullmatch(rf"(?:the\s+)?({_agencies()})", who[:m.start()],
                                            re.IGNORECASE):
        return _agency_name(re.sub(r"(?i)^the\s+", "", who[:m.start()]))
    return line.strip()


@functools.lru_cache(maxsize=1)
def _dateline_patterns() -> list[re.Pattern[str]]:
    """A dateline with its agency on a line of its own: "RIYADH, Oct 9
    (SPA) -", "Riyadh - SPA" (there the agency as it writes itself)."""
    a = _agencies()
    return [re.compile(p, re.IGNORECASE) for p in (
        rf"{_PLACE}(?:\s*,\s*(?=[^()]*\d)[\w .]{{1,30}}?)?\s*\(\s*({a})\s*\)\s*[-–—]*",
        rf"{_PLACE}\s+[-–—]+\s*((?-i:{a}))",
    )]


@functools.lru_cache(maxsize=1)
def _opening_dateline() -> re.Pattern[str]:
    """A wire's dateline with a date and its agency opening a paragraph, as
    Spanish and Portuguese wires write it: "Madrid, 12 may (EFE).- ",
    "Lisboa, 3 jun (Lusa) – " (the agency as it writes itself)."""
    return re.compile(
        rf"{_PLACE}\s*,\s*(?=[^()]*\d)[\w .]{{1,30}}?\s*\(\s*((?-i:{_agencies()}))\s*\)"
        rf"\s*\.?\s*[-–—]+\s*(?=[A-ZÀ-Þ\"“«¿¡])", re.IGNORECASE)


#: "Source: Yahoo News" on a line of its own (an aggregator's source)
_SOURCE_LINE = lazyre.compile(r"source\s*:\s*([A-Z][\w.&’' -]{1,40}?)\.?", re.IGNORECASE)
#: "(CNN) Russian forces pressed on…": an outlet's tag in capitals opening a
#: paragraph of prose.
_LEADING_TAG = lazyre.compile(r"\(([A-Z]{2,6})\)\s*(?:[-—–]\s*)?(?=[A-Z“\"‘])")


@register
class WireCredit(Rule):
    """A wire-service credit on a line of its own becomes metadata.

    ## What it does
    Lines such as ``-with AAP``, ``(AFP)``, ``— Reuters``, ``Reuters
    contributed to this report`` or ``(Reporting by …; Editing by …)`` are
    removed and kept as metadata ``credit``; so is an outlet's tag opening a
    paragraph (``(CNN) Russian forces…``), a dateline with its agency on a
    line of its own (``RIYADH, Oct 9 (SPA) -``, ``Riyadh - SPA``: the
    credit is the agency, as the list of agencies writes it) or opening a
    paragraph, with its date (``Madrid, 12 may (EFE).- El Gobierno …``: the
    dateline goes, the paragraph stays), a source label in the page's
    language (``Source: Reuters``, ``Bron: ANP``, ``Quelle: dpa-AFX, Reuters``),
    a credit in the words of the page's language (``Avec AFP``, ``-con
    EFE``, ``Con información de EFE``, ``Com informações da Reuters``,
    ``mit Material von dpa``, ``Met ANP``: a line that is only the credit;
    ``Avec AFP, l'agence a …`` is prose), a copyright line that names an
    agency (``© AFP``, ``© 2024 Reuters. All rights reserved.``,
    ``Riproduzione riservata © Copyright ANSA``), and a listed agency's
    name alone, as it writes itself, on the line right under a paragraph
    of prose (``AA``, ``Lusa``, ``dpa``; above the body, or over another
    such name, a bare name is a menu's). A
    contributor's line (``Associated Press writer Jane Doe contributed to
    this report.``) gives as ``credit`` the agency its writers work for,
    not the whole sentence (a line that names no listed agency is kept
    whole).

    ## Why
    The credit says where the text came from; it is not part of the story.
    """

    code, name, stage = "M002", "wire-credit", "structure"
    # not local: a bare agency's name is a credit only right under a
    # paragraph of prose
    example = ("Kyiv said it would respond.\n\n-with AAP\n", "Kyiv said it would respond.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        done = set()
        for start, end, name in _bare_credits(text):
            done.add(start)
            yield self.drop_line(text, start, end, f"wire credit '{name}'",
                                 metadata={"credit": name})
        for start, end, line in _wire_lines(text) if structure.FAST else _all_lines(text):
            if start in done:
                continue
            m = _LEADING_TAG.match(line)
            if m and len(structure.words(line)) >= 8:
                done.add(start)
                yield self.finding(f"wire credit '({m.group(1)})' opening a paragraph",
                                   start, start + m.end(), "",
                                   metadata={"credit": m.group(1)})
                continue
            if len(line) > 240:
                continue
            for pat in _wire_patterns():
                m = pat.fullmatch(line)
                if m:
                    s, e = line_span(text, start, end)
                    done.add(start)
                    credit = _foreign_article().sub("", m.group(1).strip())
                    if credit.casefold().endswith(_CONTRIBUTED_ENDS):
                        credit = _contributor_credit(credit)
                    yield self.finding(f"wire credit '{m.group(1)}'", s, e, "",
                                       metadata={"credit": credit})
                    break
            else:
                m = _SOURCE_LINE.fullmatch(line)
                if (m and len(m.group(1).split()) <= 5
                        and all(w[:1].isupper() for w in m.group(1).split())
                        and not resources.regex_list("footer", "patterns").fullmatch(line)):
                    done.add(start)
                    yield self.drop_line(text, start, end, f"source '{m.group(1)}'",
                                         metadata={"source": m.group(1)})
        for start, end, line in _dateline_lines(text) if structure.FAST else _all_lines(text):
            if start in done:
                continue
            m = _opening_dateline().match(line)
            if m and len(structure.words(line[m.end():])) >= 8:
                # "Madrid, 12 may (EFE).- El Gobierno …": the wire's dateline
                # opening a paragraph goes, the paragraph stays
                a = start + text[start:end].index(line)
                name = _agency_name(m.group(1))
                yield self.finding(f"wire credit '{name}' in a dateline opening a paragraph",
                                   a, a + m.end(), "", metadata={"credit": name})
                continue
            if len(line) > 120:
                continue
            for pat in _dateline_patterns():
                m = pat.fullmatch(line)
                if m:
                    name = _agency_name(m.group(1))
                    yield self.drop_line(text, start, end, f"wire credit '{name}' in a dateline",
                                         metadata={"credit": name})
                    break


def _agency_name(found: str) -> str:
    """An agency's name as the list writes it ("EUROPA PRESS" -> "Europa
    Press"), or as found if it is so listed."""
    found = " ".join(found.split())
    names = resources.boilerplate()["credit"]["agencies"]
    if found in names:
        return found
    return next((n for n in names if n.lower() == found.lower()), found)


def _dateline_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines _dateline_patterns can match: those holding a bracket or
    a dash (each pattern needs one). A superset: the check decides."""
    b, _ = _utf8(text)
    starts = _starts_holding(b, (b"(", b"-", "–".encode(), "—".encode()))
    return _lines_at(text, b, starts) if starts else []


#: How many lines under the last paragraph of prose an interviewer's credit
#: is looked for (M001).
TAIL_LINES = 12
#: The words that make a line a paragraph of prose (see _bare_credits).
PROSE_MIN_WORDS = 6
#: A listed agency's name is no longer than this.
BARE_CREDIT_MAX_CHARS = 40


def _bare_credits(text: str) -> list[tuple[int, int, str]]:
    """Each listed agency's name alone, as it writes itself (``AA``,
    ``Reuters``, ``Lusa``), on a line right under a paragraph of prose, and
    not over another such name: (start, end, name). Elsewhere (over the
    body, in a list of names) a bare name is a menu's or a button's."""
    names = _bare_agency_names()
    ls = structure.lines(text)
    out = []
    for i in range(1, len(ls)):
        s = ls[i].text
        if len(s) > BARE_CREDIT_MAX_CHARS or " ".join(s.split()) not in names:
            continue
        prev = ls[i - 1].text
        if not (structure.word_count(prev) >= PROSE_MIN_WORDS and structure.ends_like_sentence(prev)):
            continue
        if i + 1 < len(ls) and " ".join(ls[i + 1].text.split()) in names:
            continue
        out.append((ls[i].start, ls[i].end, s))
    return out


@functools.lru_cache(maxsize=1)
def _bare_agency_names() -> frozenset[str]:
    """The listed agencies' names, as they write themselves (``AFP``,
    ``dpa``), not a generic word ("Agencies", "staff")."""
    return frozenset(n for n in resources.boilerplate()["credit"]["agencies"]
                     if n.lower() not in _GENERIC_CREDITS)


#: Words of the agencies list that are no agency's name.
_GENERIC_CREDITS = {"agencies", "wires", "wire services", "news agencies", "staff", "agences",
                    "agenturen", "agencias", "agenzie", "agências", "persbureaus"}


#: How a line WireCredit can fire on starts, case aside, after its leading
#: whitespace: ``(`` (_LEADING_TAG, the bracketed credit patterns), a dash,
#: or the first word of a pattern that must start with it.
_WIRE_OPENERS = (rb"[(\-]|\xe2\x80[\x93\x94]|with|additional|reporting|written|compiled|edited|"
                 rb"(?:avec|mit|con|com|met)\s|"
                 + b"|".join(re.escape(label.lower().encode())
                             for label in resources.boilerplate()["credit"]["source_labels"]))
#: A line start (a newline, then what may be whitespace: the ASCII
#: characters that str.strip() strips, and any non-ASCII byte) and an opener.
#: No newline in that whitespace: a line's opener is found from the newline
#: just before it (from each newline of a run of blank lines, or of lines
#: with no ASCII in them, the rest of the run was read again: quadratic).
_WIRE_START = lazyre.compile(rb"\n[\t\x0b\x0c\r \x1c-\x1f\x80-\xff]*?(?:" + _WIRE_OPENERS + rb")")
_WIRE_FIRST = lazyre.compile(rb"[\s\x1c-\x1f\x80-\xff]*?(?:" + _WIRE_OPENERS + rb")")
#: Words the other patterns must hold, case aside: "contributed" (the
#: "contributed to this report" forms), "wires"/"agencies" ("X/wires", "X
#: and agencies"), a copyright's mark (a copyright line naming an agency).
_WIRE_WORDS = (b"contributed", b"wires", b"agencies", "©".encode(), b"copyright", b"(c)")


def _wire_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines WireCredit can find something in: those that open with an
    opener or hold a word of _WIRE_WORDS (each of its patterns needs one, see
    _wire_patterns). A superset: the check decides."""
    low = _folded(text)
    if low is None:
        return _all_lines(text)
    starts = _starts_holding(low, _WIRE_WORDS)
    m = _WIRE_FIRST.match(low)
    if m:
        starts.add(low.rfind(b"\n", 0, m.end() - 1) + 1)
    for m in _WIRE_START.finditer(low):
        starts.add(low.rfind(b"\n", 0, m.end() - 1) + 1)
    return _lines_at(text, low, starts) if starts else []


#: A field of a credit's line before its agency: a name, an outlet (a few
#: capitalised words, a particle between them: "Jane Doe", "Harbour Post",
#: "Jan de Vries").
_CREDIT_FIELD = r"[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|de|van|von|da|del|la|le)){0,4}"
#: A credit's line holds at most so many fields before its agency.
CREDIT_FIELDS_MAX = 3


#: "Photo by", "Images by", "Foto di", "Foto de", "Foto von" opening a
#: credit without a colon (a name after it).
_PHOTO_BY = (r"(?i:photo(?:graph)?s?|images?|pictures?|pics?|illustrations?|foto)"
             r"\s+(?i:by|di|de|da|von|door|par)\s+")
_PHOTO_BY_LINE = lazyre.compile(r"^[^\S\n]*" + _PHOTO_BY, re.MULTILINE)


#: The groups of ``trailing`` (see _photo_patterns) from which on a credit
#: must read as one (_looks_like_credit): after a dash, without a colon,
#: after "©" ("… parliament — Video: Watch the roof fall" is a caption).
_CHECKED_TRAILING = 4


@functools.lru_cache(maxsize=1)
def _photo_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    # (each compiled when first used, lazyre: a text none of whose lines
    # can hold a credit, see _photo_lines, needs none of them)
    cfg = resources.boilerplate()["credit"]
    labels = resources.alternation(cfg["photo_labels"])
    bare = resources.alternation(cfg["photo_labels_bare"])
    agencies = resources.alternation(cfg["photo_agencies"])
    standalone = resources.alternation(cfg["photo_standalone"])
    # a credit value: a few capitalised words, maybe "Name/Agency" or
    # "Name / Agency", or a listed agency first in any case ("picture
    # alliance / dpa")
    value = (rf"(?:[A-Z]|(?i:{agencies})\b)[\w’'.&-]*"
             r"(?:(?:[^\S\n]*/[^\S\n]*|[^\S\n])[\w’'.&-]+){0,7}")
    # a listed agency and maybe the photographer after a slash ("ANP / Jan
    # de Vries"), after a label without its colon ("Foto ANP")
    agency_first = rf"(?i:{agencies})\b(?:\s*/\s*[\w’'. -]{{1,40}})?"
    whole = lazyre.compile(
        rf"[(\[]?\s*(?i:{labels})\s*(?i:by\s+)?:\s*(?:©\s*)?"
        # a credit that opens with a capital or a figure, or with a listed
        # agency in any case ("Foto: dpa")
        rf"((?:[A-Z0-9]|(?i:{agencies})\b)[^()\[\]]{{0,99}}?)\s*[)\]]?"
        rf"|[(\[]\s*(?i:photo|picture|image|photograph)\s+by\s+([^()\[\]]{{1,100}}?)\s*[)\]]"
        # a line of credit fields ending in a listed agency, between | or /
        # ("Jane Doe | Bloomberg | Getty Images", "Jane Doe/Harbour Post/Getty
        # Images", "Jane Doe | AFP via Getty Images"), or a standalone credit
        # alone (one distinctive enough: "Getty Images", not "Reuters"): with
        # no field (group ``fields`` unset) the agency must be a standalone one
        rf"|[(\[]?((?:(?P<fields>{_CREDIT_FIELD}\s*[|/]\s*)"
        rf"(?:{_CREDIT_FIELD}\s*[|/]\s*){{0,{CREDIT_FIELDS_MAX - 1}}})?(?(fields)(?:{agencies})|(?:{standalone}))(?:\s+via\s+(?:{agencies}))?)[)\]]?"
        # "Photo by Jane Doe", "Foto di Luca Rossi" alone on a line: a name
        # (names joined by "and": "Images by Getty Images and Jane Doe")
        rf"|{_PHOTO_BY}([A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|and|&)){{0,5}}(?:\s*/\s*[\w’'. -]{{1,40}})?)"
        # "Foto ANP", "(foto ANSA/Jane Doe)": a label without its colon
        # before a listed agency
        rf"|[(\[]?\s*(?i:{bare})\s+({agency_first})\s*[)\]]?"
        # "© Jane Doe / AFP", "© AFP / Jane Doe": a photographer and the
        # agency, under a picture ("© AFP" alone is the wire's copyright,
        # M002's)
        rf"|©\s*([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,3}}\s*/\s*(?:{agencies})"
        rf"|(?:{agencies})\s*/\s*[A-Z][\w’'. -]{{1,40}})")
    trailing = lazyre.compile(
        rf"(?<=[.!?”\"’])\s+[(\[]?(?:{labels})\s*:\s*({value})[)\]]?\s*$"
        # "… on Monday.Credit...Jane Doe/The Harbour Post": the label and an
        # ellipsis, as a page that sets the label apart from the name is
        # dumped, often glued to the caption's last sentence
        rf"|(?<=[.!?”\"’])\s*(?:{labels})(?:\.\.\.|…)\s*({value})\s*$"
        # "… council. AP Photo/Efrem Lukatsky"; "… on Monday [Sergey Bobok/AFP]"
        rf"|(?<=[.!?”\"’])\s+((?:AP|AFP|EPA|Reuters|PA)\s+Photo\s*/\s*[\w’'. -]{{2,40}})\s*$"
        rf"|\s+\[([\w’'. -]{{2,40}}/\s*(?:{agencies})[\w ]{{0,20}})\]\s*$"
        # (from here on the credit must read as one, see _CHECKED_TRAILING)
        # "… the ceremony — Photo: Jane Doe/Reuters": after a dash
        rf"|\s+[-–—]\s*[(\[]?(?:{labels})\s*:\s*({value})[)\]]?\s*$"
        # "… in parliament. Foto ANP": a label without its colon
        rf"|(?<=[.!?”\"’])\s+[(\[]?(?:{bare})\s+({agency_first})[)\]]?\s*$"
        # "… on 12 March. © Jane Doe / AFP": the mark at a caption's end
        rf"|(?<=[.!?”\"’])\s+©\s*({value})\s*$")
    inline = lazyre.compile(
        rf"\s*[(\[]\s*(?:{labels})\s*(?:by\s+)?:?\s*((?:{value})?(?:{agencies}))\s*[)\]]"
        rf"|\s*\(\s*(?:photo|picture|image|photograph)\s+by\s+([^()]{{2,80}}?)\s*\)"
        # "(foto ANSA/Jane Doe)", "(Photo: AAP/John Smith)": the agency first
        rf"|\s*[(\[]\s*(?:{labels})\s*:?\s*((?:{agencies})\s*/\s*[\w’'. -]{{2,40}}?)\s*[)\]]",
        re.IGNORECASE)
    return whole, trailing, inline


#: A word of a name in a credit that names no listed agency: a capital
#: first, two characters or more, a letter or a figure last ("NASA",
#: "JPL-Caltech", "O'Neill"; not the party's "D" nor the state's "Calif." of
#: "(D/Calif.)").
_CREDIT_NAME_WORD = r"[A-Z][\w’'&.-]*[^\W_]"
#: A field of a credit between slashes: a few such words, particles between
#: them ("Jane Doe", "Space Science Institute", "Jan de Vries").
_SLASH_FIELD = (rf"{_CREDIT_NAME_WORD}(?:\s+(?:{_CREDIT_NAME_WORD}|of|the|for|and|de|van|von|der|da|del|"
                rf"la|le|du|&)){{0,4}}")
#: Names between slashes, two fields or more ("NASA/JPL-Caltech/ASU", "Jane
#: Doe / Harbour Post"): a credit by its shape, whatever the agency.
_SLASH_RUN = rf"{_SLASH_FIELD}(?:[^\S\n]*/[^\S\n]*{_SLASH_FIELD}){{1,4}}"


#: "Courtesy of" (maybe after "Photo"), written as a word is: capitalised,
#: in lower case or in capitals (what _photo_lines looks for).
_COURTESY = (r"(?:(?i:photos?|images?|pictures?|photographs?)\s+)?"
             r"(?:[Cc]ourtesy|COURTESY)(?:\s+(?i:of))?\s*:?\s+")
#: The credits told by their shape, not by a listed agency (see
#: _photo_patterns for those); the value after a label or "Courtesy of"
#: must read as names (_name_like).
#: Names between slashes in brackets: a line of its own, ``(Jane Doe/Harbour
#: Post)``, or the end of a caption's line after its last sentence, ``… of
#: Titan. (NASA/JPL-Caltech/ASU)`` (see PhotoCredit.check).
_SLASH_BRACKET = lazyre.compile(rf"[(\[]\s*({_SLASH_RUN})\s*[)\]]")
#: "Courtesy of" and names, a line of its own: ``Photo courtesy of Jane Doe``.
_COURTESY_ALONE = lazyre.compile(
    rf"[(\[]?\s*{_COURTESY}(?:©\s*)?([^()\[\]\n]{{2,80}}?)\s*\.?\s*[)\]]?")
#: A label and names in brackets, ``(Photo: Jane Doe)``, ``(Image credit:
#: TNG Collaboration)`` (group 1 the label, one of photo_labels: see
#: _label_set), or "Courtesy of" and names in brackets at a caption's end,
#: ``… in 1924 (courtesy of Jane Doe)``. It opens with its bracket, which
#: re finds fast; the spaces before it go with it (see PhotoCredit.check).
_SHAPED_INLINE = lazyre.compile(
    r"[(\[]\s*(?:([^\W\d_][\w’'-]*(?:[^\S\n]+[^\W\d_][\w’'-]*){0,2})\s*(?:(?i:by)\s+|:\s*)"
    r"(?:©\s*)?([^()\[\]\n]{2,80}?)\s*[)\]]"
    rf"|{_COURTESY}(?:©\s*)?([^()\[\]\n]{{2,80}}?)\s*[)\]](?=[.!?]?\s*$))")


@functools.lru_cache(maxsize=1)
def _label_set() -> frozenset[str]:
    """The labels of photo_labels in lower case, their spaces single."""
    return frozenset(" ".join(p.lower().split())
                     for p in resources.boilerplate()["credit"]["photo_labels"])


def _shaped_trailing(line: str) -> re.Match[str] | None:
    """Names between slashes in brackets at the end of ``line`` (stripped),
    after a sentence's end and a space: the match of _SLASH_BRACKET at the
    line's last bracket (the names hold none)."""
    if not line.endswith((")", "]")) or "/" not in line:
        return None
    p = max(line.rfind("("), line.rfind("["))
    if p < 2 or not line[p - 1].isspace() or line[:p].rstrip()[-1:] not in ".!?”\"’":
        return None
    return _SLASH_BRACKET.fullmatch(line, p)


#: A word of a person's name in a credit: a capital, then letters with a
#: lower-case one among them ("Jane", "McKenna", "O'Neill", "Lee-Smith";
#: not an acronym's "NASA"), or an initial ("J.").
_PERSON_WORD = r"(?:[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:[’'-][^\W\d_]+)*|[A-Z]\.)"
#: A person's name: two or three such words, maybe a particle before the
#: last ("Jane Doe", "Ann Marie Lee", "Jan de Vries").
_PERSON = (rf"[A-Z][^\W\d_]*[a-z][^\W\d_]*(?:[’'-][^\W\d_]+)*"
           rf"(?:[^\S\n]+(?:(?:de|van|von|der|da|del|la|le|du)[^\S\n]+)?{_PERSON_WORD}){{1,2}}")
def _given_name(word: str) -> bool:
    """Whether ``word`` is a common given name (given_names.txt)."""
    return word.casefold() in resources.word_list("given_names.txt")


def _person_field(run: str) -> bool:
    """Whether a field of names between slashes (``run``) names a person:
    two or three capitalised words opening with a common given name
    (``Jane Doe``, ``David Ladd``): a photographer's credit, which a
    poll's attribution (``CBS News/YouGov``) never is."""
    return any(re.fullmatch(_PERSON, f.strip()) and _given_name(f.split()[0])
               for f in run.split("/") if f.strip())


#: Words that say a caption's line is about a picture: its kind
#: ("photo", "map", "artist's impression", "file"), an agency's handout.
#: (Not "still" nor "pool": words of prose, a poll's too.)
_IMAGE_WORDS = lazyre.compile(
    r"\b(?i:photo\w*|picture[sd]?|images?|illustrat\w*|file|handout|impression|"
    r"render(?:ing)?|map|mosaic|screen(?:shot|grab)|composite|artwork)\b")
#: Words of reported prose: a finding, a figure's share, a verb of saying
#: ("… fell to 38%, the poll found. (CBS News/YouGov)").
_REPORTED = lazyre.compile(
    r"%|\b(?i:per\s?cent|percent|polls?|polled|pollsters?|surveys?|surveyed|respondents|"
    r"said|says|say|told|tells|found|finds|showed|shows|according)\b")


def _image_context(line: str, m: re.Match[str]) -> bool:
    """Whether names between slashes in brackets after the last sentence
    of ``line`` (``m``, a match of _SLASH_BRACKET) are a picture's credit
    by their context, as a poll's attribution in prose (``… the poll
    found. (CBS News/YouGov)``) is not: the line is a caption
    (_CAPTION_CUE), or the credit names a photographer (a person, or a
    person's name and a listed photo agency: ``Manu Fernandez/AP``); or,
    the line saying nothing of reported prose (_REPORTED: a share, a
    poll, a verb of saying; "the overall picture" is a poll's word too),
    it or the credit says picture (_IMAGE_WORDS: ``File``, ``map``,
    ``handout``), or the line before it is caption-shaped: one sentence
    of ``FIGURE_CAPTION_MAX_WORDS`` words at most, no quotation."""
    run, before = m.group(1), line[:m.start()].rstrip()
    if _CAPTION_CUE.search(before) or _person_field(run):
        return True
    fields = [f.strip() for f in run.split("/")]
    if any(_agency().fullmatch(f) for f in fields) and any(
            re.fullmatch(_PERSON, f) for f in fields):
        return True
    if _REPORTED.search(before):
        return False
    return bool(_IMAGE_WORDS.search(line)) or (
        structure.word_count(before) <= FIGURE_CAPTION_MAX_WORDS
        and not _SENTENCE_END_INSIDE.search(before) and not structure.quotations(before))


#: A sentence's end inside a line (before another sentence).
_SENTENCE_END_INSIDE = lazyre.compile(r"[.!?…][\"'”’)\]]*\s+[\"'“‘(\[]*[A-Z0-9]")


def _slash_credit(run: str) -> bool:
    """Whether names between slashes (a match of _SLASH_RUN) read as a
    credit: a field of two names or more (``Jane Doe/Harbour Post``) or an
    acronym (``NASA/JPL-Caltech/ASU``), not single words a menu's links
    are made of (``( Logout / Change )``, ``(Sign In/Register)``: a name
    of two letters is a menu's word more often than a person's)."""
    for field in run.split("/"):
        ws = field.split()
        names = [w for w in ws if w[:1].isupper()]
        if (len(names) >= 2 and all(len(w) >= 3 for w in names)
                or any(len(w) >= 2 and w.isupper() for w in ws)):
            return True
    return False


def _name_like(value: str) -> bool:
    """Whether the value of a credit that names no listed agency reads as
    names: no figure, at most ``NAME_LIKE_MAX_WORDS`` words, each
    capitalised or a particle (``Jane Doe for The Harbour Post``) or a
    word of credits (``the artist``), at least one that is neither a
    particle nor "the" ("Photo: The PM at the summit" is a caption)."""
    if structure.DIGIT.search(value):
        return False
    ws = re.findall(r"[^\W\d_][\w’'.-]*", value)
    if not ws or len(ws) > NAME_LIKE_MAX_WORDS:
        return False
    small = _credit_particles()
    plain = _credit_words()
    if not all(w[:1].isupper() or w.lower() in small or w.lower() in plain for w in ws):
        return False
    return any(w.lower() not in small for w in ws)


#: A credit's value that names no listed agency has so many words at most.
NAME_LIKE_MAX_WORDS = 8


@functools.lru_cache(maxsize=1)
def _credit_particles() -> frozenset[str]:
    """The little words between a credit's names (``of``, ``for``, ``de``)."""
    return frozenset(resources.boilerplate()["credit"].get("credit_particles", ()))


def _looks_like_credit(value: str) -> bool:
    """A name or an agency (``Jane Doe/AFP``, ``Getty Images``, a listed
    agency in any case: ``dpa``), not a sentence (``Explosions light up sky
    over Kyiv``): mostly capitalised."""
    ws = re.findall(r"[^\W\d_][\w’'.-]*", value)
    if not ws or "/" in value or _agency().fullmatch(value.strip()):
        return True
    plain = _credit_words()
    return sum(w[:1].isupper() or w.lower() in plain for w in ws) >= 0.6 * len(ws)


@functools.lru_cache(maxsize=1)
def _credit_words() -> frozenset[str]:
    """The lower-case words of credits (``handout``, ``courtesy of``)."""
    return frozenset(resources.boilerplate()["credit"]["credit_words"])


@functools.lru_cache(maxsize=1)
def _agency() -> re.Pattern[str]:
    """One listed photo agency, in any case."""
    return re.compile(resources.alternation(resources.boilerplate()["credit"]["photo_agencies"]),
                      re.IGNORECASE)


def _without_agencies(value: str) -> str:
    """``value`` with each listed photo agency that stands as words of its
    own (``dpa`` in ``Jane Doe/dpa``, not the ``pa`` of ``pass``) written
    ``Agency``, as a name is."""
    out, k = [], 0
    for m in _agency().finditer(value):
        a, b = m.span()
        if (a and value[a - 1].isalnum()) or (b < len(value) and value[b].isalnum()):
            continue
        out.append(value[k:a] + "Agency")
        k = b
    return "".join(out) + value[k:]


#: The credit after a caption's sentence: "… in 1924. Courtesy of the
#: club's archive".
_COURTESY_TAIL = lazyre.compile(r"[.!?]\s+(?i:courtesy(?:\s+of)?:?)\s+(.+?)\.?$")


#: What says a line describes a photo: a person's place in it ("X, left,
#: and Y", "X, centre, passes …", "(L)", "from left"), a label ("Above:",
#: "Pictured:"), "…, pictured at …", "In this photo", or the full date an
#: agency's caption ends with ("… on Monday, Nov. 18, 2019."). (Not
#: "(pictured)", "is seen as": words of prose too.)
_CAPTION_CUE = lazyre.compile(
    r",\s+(?:(?:second|third|far)\s+(?:from\s+)?)?(?:left|right|cent(?:er|re))(?=,|\s+(?:and|in|with)\b|\s*\()"
    r"|\((?:L|R|C|(?i:left|right|cent(?:er|re)|top|bottom|above|below))\)"
    r"|\b(?:from|at)\s+(?:left|right)\b"
    r"|^(?:Above|Below|Pictured|Top|Inset|Main(?:\s+(?:photo|picture|image))?|Caption)\s*:"
    r"|,\s+pictured\s+(?:at|in|on|with|during|outside|inside)\b"
    r"|\b(?i:in\s+this\s+(?:file\s+)?(?:photo|picture|image))\b"
    r"|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2},\s+\d{4}\b")
#: A caption has so many words at most (a paragraph may be longer).
CAPTION_MAX_WORDS = 60

#: A caption told by its own words, with no credit beside it (see
#: _worded_caption): a key to a picture's colours. Written as a key ("(in
#: white)", "(shown in blue)") it is one alone...
_COLOURS = r"(?:red|orange|yellow|green|blue|purple|violet|pink|white|black|gr[ae]y|magenta|cyan)"
_KEYED_COLOUR = lazyre.compile(
    r"\((?:in|shown\s+in|seen\s+in|marked\s+in|circled\s+in)\s+" + _COLOURS + r"\)")
#: ... but a colour bare in brackets ("(blue)") may be a thing's own (the
#: home side's shirts (blue), a kit, peppers), so it is a key with one more
#: mark of a picture beside it: a place in the picture ("(left)"), a thing
#: drawn before it ("flooded areas (blue)", "the line (red)"), a value it keys
#: ("the centres are super hot (red)"), or a passive of showing ("… (red)
#: are shown along the coast")...
_PLACES = r"\((?:left|right|top|bottom|above|below|inset)\)"
_BARE_COLOUR = lazyre.compile(r"\(" + _COLOURS + r"\)")
_BARE_COLOUR_MARK = lazyre.compile(
    _PLACES + r"|\b(?:areas?|regions?|zones?|lines?|bars?|dots?|points?|circles?|arrows?|curves?|patch(?:es)?|"
    r"contours?|outlines?|shading|pixels?|markers?|squares?|columns?|segments?|bands?|plots?)"
    r"\s*\(" + _COLOURS + r"\)"
    r"|\b(?:is|are)\s+(?:[a-z]+\s+)?[a-z]+\s*\(" + _COLOURS + r"\)"
    r"|\b(?:is|are)\s+(?:shown|seen|depicted|highlighted|marked)\b(?!\s+as\b)")
#: ... and a place in the picture in brackets ("(left)") keys the colours
#: of the words ("Areas in red (left) show the flooded districts; blue
#: shows …").
_PLACE_IN_PICTURE = lazyre.compile(_PLACES)
_WORDED_COLOUR = lazyre.compile(
    r"\bin\s+" + _COLOURS + r"\b|\b" + _COLOURS + r"\s+(?:shows?|marks?|indicates?)\b")
#: ... with a verb of showing in the line, as a picture's caption has it: in
#: the present ("show", "shows the gas", "are shown", "is seen") or in the
#: key ("(shown in blue)"); not a past's report ("tumours were marked in
#: the scans (yellow)", "Liverpool (red) were shown a yellow card"), a
#: view ("are seen as the key"), nor showing someone ("show them the
#: heat")...
_SHOWING = lazyre.compile(
    r"\b(?:shows?|showing|depicts?|depicting)\b(?!\s+(?:us|them|you|him|her|me)\b)"
    r"|\b(?:is|are)\s+(?:shown|seen|depicted|highlighted|marked)\b(?!\s+as\b)"
    r"|\((?:shown|seen|marked|circled)\s+in\b")
#: ... or the line opening with "This", a picture's kind and what it shows
#: ("This satellite image from … shows …", "This illustration of … shows
#: how …"). The picture's kind is the phrase's head, told as a caption tells it:
#: after a word or two ("This satellite image shows", "This undated photo
#: provided by …") or before what says where it comes from or what it is
#: of ("This illustration of the bridge shows", "This photo, taken …");
#: "This photograph shows how the artist waited", "This map shows where
#: the fires burned", "This diagram shows the parts of the engine" are a
#: writer's words about a picture, and "This year's photo competition
#: shows …" is of no picture. A still is a film's ("This film still shows",
#: "This still from the film shows"): "This year still shows a deficit",
#: "This approach still shows promise" hold the adverb.
_MEDIUM_STILL = r"(?:film|movie|video|TV|television|trailer|production|publicity|promotional)\s+still"
_THIS_PICTURE = lazyre.compile(
    r"This\s+(?:(?:(?:[\w’'-]+\s+){1,2}?(?:photo|photograph|picture|image|illustration|rendering|"
    r"impression|map|graphic|diagram|screenshot)s?|(?:[\w’'-]+\s+)?" + _MEDIUM_STILL + r")"
    r"(?=\s+(?:shows?|showing|depicts?)\b|"
    r"\s*,|\s+(?:of|from|by|provided|released|taken|made|shared|obtained|published|courtesy|"
    r"issued|dated|posted|handed|supplied|captured|shot)\b)"
    r"|(?:photo|photograph|picture|image|illustration|rendering|impression|map|graphic|diagram|"
    r"screenshot)s?(?=\s*,|\s+(?:of|from|by|provided|released|taken|made|shared|obtained|"
    r"published|courtesy|issued|dated|posted|handed|supplied|captured|shot)\b)"
    r"|still(?=\s+(?:of|from)\b))"
    r"(?:[^.!?]*?)\b(?:shows?|showing|depicts?)\b")
#: A sentence's end inside a line, before the next's capital ("… the
#: cyclist. It is …"): a caption is one sentence (its credit aside, "…
#: in red). (Image credit: …)"); the word before the stop in lower case,
#: of three letters or more, as an abbreviation's is not ("Nov. 3", "Dr.
#: Jones").
_NEXT_SENTENCE = lazyre.compile(r"\b[a-z][a-z]{2,}[.!?]\s+[A-Z]")
#: The colours of a key, as the text of its bracket ends ("red)", or a
#: place's, "left)"): what
#: _worded_captions looks for, literally, before it reads a line.
_KEY_COLOURS = ("red)", "orange)", "yellow)", "green)", "blue)", "purple)", "violet)", "pink)",
                "white)", "black)", "grey)", "gray)", "magenta)", "cyan)",
                # (a place in the picture, with a colour in words)
                "left)", "right)", "top)", "bottom)", "above)", "below)", "inset)")
#: A caption told by its words runs to so many words at most...
WORDED_CAPTION_MAX_WORDS = 45
#: ... and one that opens with "This" and a picture's kind, written with
#: no full stop, to so many at least (a headline is shorter).
WORDED_CAPTION_LONG_WORDS = 16
#: Words of reported prose: a line with them is a paragraph's ("… is shown
#: in red, the agency said").
_SAYING = lazyre.compile(r"\b(?:said|says|told|according\s+to|wrote|writes|added)\b")
#: A picture pointed to from the text ("… are shown on the map below", "the
#: chart above shows"): a paragraph's words, not the picture's caption.
#: A person's voice, the writer's or the reader's ("This photo of the
#: queue, which you printed last week, shows …", a letter's): a caption
#: speaks in none.
_PERSON_VOICE = lazyre.compile(r"\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Yy]our|us)\b")
_POINTED_TO = lazyre.compile(r"\b(?:map|chart|graphic|image|picture|photo|table|diagram)s?\s+(?:below|above)\b")


def _worded_caption(line: str) -> bool:
    """Whether the line ``line`` (stripped) is a picture's caption by its
    own words, with no credit beside it: a capital first,
    ``WORDED_CAPTION_MAX_WORDS`` words at most, no quotation mark nor words
    of reported prose, and a key to the picture's colours in brackets with
    a verb of showing ("The centres of the clusters are hot (red), while
    bright structures show the gas …"), or "This", a picture's kind and
    what it shows ("This satellite image from the agency shows fires
    (red) near the city on Monday."). "Products high in sugar (red) will
    carry a warning" (nothing shown) and "The video shows the officers at
    the door" (no "This" and a picture's kind) stay."""
    if not line[:1].isupper() or structure.word_count(line) > WORDED_CAPTION_MAX_WORDS \
            or any(q in line for q in "\"“”„«»") or _SAYING.search(line) \
            or _NEXT_SENTENCE.search(line) or _POINTED_TO.search(line) \
            or _PERSON_VOICE.search(line):
        return False
    if _colour_key(line) and _SHOWING.search(line):
        return True
    # (a headline may open so too, "This map shows where the fires are":
    # written without its full stop and short)
    return bool(_THIS_PICTURE.match(line)) and (
        structure.ends_like_sentence(line) or structure.word_count(line) >= WORDED_CAPTION_LONG_WORDS)


def _colour_key(line: str) -> bool:
    """Whether the line ``line`` holds a key to a picture's colours: one
    written as a key ("(in white)"), a bare colour in brackets with another
    mark of a picture ("flooded areas (blue)", "are super hot (red)"), or a
    colour in words beside a place in the picture ("Areas in red (left)
    show …"). "The home side's shirts (blue) show the sponsor" is a
    thing's own colour."""
    if _KEYED_COLOUR.search(line):
        return True
    if _BARE_COLOUR.search(line):
        return bool(_BARE_COLOUR_MARK.search(line))
    return bool(_PLACE_IN_PICTURE.search(line) and _WORDED_COLOUR.search(line))


def _worded_captions(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` that are captions by their own
    words (:func:`_worded_caption`): each line judged alone, wherever it
    stands, as a local rule's lines are. Only the lines that open with
    "This" or hold a colour's bracket ("red)") are read: found by
    ``str.find`` ("This", ")"), as most texts hold neither."""
    starts: set[int] = set()
    k = text.find("This")
    while k >= 0:
        # (at a line's start: only spaces back to the newline)
        a = k
        while a and text[a - 1] in " \t":
            a -= 1
        if not a or text[a - 1] == "\n":
            starts.add(a)
        k = text.find("This", k + 4)
    k = text.find(")")
    while k >= 0:
        if text.endswith(_KEY_COLOURS, max(0, k - 7), k + 1):
            starts.add(text.rfind("\n", 0, k) + 1)
            # (the rest of the line is read with it)
            e = text.find("\n", k)
            k = -1 if e < 0 else text.find(")", e)
        else:
            k = text.find(")", k + 1)
    out: list[tuple[int, int]] = []
    for a in sorted(starts):
        line = _line_at(text, a)
        if line is not None and _worded_caption(line[2]):
            out.append(line[:2])
    return out


def _captions_by(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the captions of the credit alone on its line
    ``text[start:end]``: the line right over it and the line right under
    it (blank lines between allowed), each when it is a caption: a few
    words to ``CAPTION_MAX_WORDS``, a capital first, and it says it
    describes a photo (``_CAPTION_CUE``); or, with no cue, when it makes
    one block with the credit (``_figure_caption``)."""
    out = []
    # the line over it
    e = text.rfind("\n", 0, start)
    if e > 0 and (cap := _figure_caption(text, e, start, end, over=True)):
        out.append(cap)
    else:
        while e > 0 and not text[text.rfind("\n", 0, e) + 1:e].strip():
            e = text.rfind("\n", 0, e)
        if e > 0:
            out.append(_caption_at(text, text.rfind("\n", 0, e) + 1, e))
    # the line under it
    a = text.find("\n", end)
    if a >= 0 and (cap := _figure_caption(text, a, start, end, over=False)):
        out.append(cap)
        a = -1
    while a >= 0:
        b = text.find("\n", a + 1)
        b = len(text) if b < 0 else b
        if text[a + 1:b].strip():
            out.append(_caption_at(text, a + 1, b))
            break
        a = text.find("\n", a + 1)
    return [x for x in out if x is not None]


#: A caption that makes one block with its credit has so many words at
#: most (a paragraph over a credit is longer, or set apart from it).
FIGURE_CAPTION_MAX_WORDS = 30


def _blank_or_edge(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` (a line, or nothing at an end of the text) is
    blank."""
    return not text[max(a, 0):b].strip()


def _figure_caption(text: str, nl: int, start: int, end: int, over: bool) -> tuple[int, int] | None:
    """The caption on the line right over (``over``) or right under the
    credit alone on its line ``text[start:end]`` (``nl``: the newline
    between them), when the two make one block set apart by blank lines,
    as a figure's caption and credit are dumped in a text whose blocks
    are separated by blank lines ("Smoke over the city on Sunday." right
    over "Jane Doe/Getty Images"): no blank line between them, a blank line (not
    the text's start: a headline) over the block and a blank line or the
    text's end under it, the caption ``FIGURE_CAPTION_MAX_WORDS`` words at
    most with a capital first and no colon at its end. A paragraph right
    over a credit in a text that sets no block apart (no blank line over
    it) is none."""
    if over:
        a, b = text.rfind("\n", 0, nl) + 1, nl
    else:
        a = nl + 1
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
    # the block of the two lines: [top, bottom)
    top, bottom = (a, end) if over else (start, b)
    if top <= 1:
        return None
    below = text.find("\n", bottom + 1)
    if not (_blank_or_edge(text, text.rfind("\n", 0, top - 1) + 1, top - 1)
            and _blank_or_edge(text, bottom + 1, len(text) if below < 0 else below)):
        return None
    raw = text[a:b]
    line = raw.strip()
    if not line[:1].isupper() or line.endswith(":") \
            or not 4 <= structure.word_count(line) <= FIGURE_CAPTION_MAX_WORDS:
        return None
    lead = a + len(raw) - len(raw.lstrip())
    return lead, lead + len(line)


def _caption_at(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the caption on the line ``text[a:b]``, or None."""
    raw = text[a:b]
    line = raw.strip()
    if not line[:1].isupper() or not 4 <= structure.word_count(line) <= CAPTION_MAX_WORDS \
            or not _CAPTION_CUE.search(line):
        return None
    lead = a + len(raw) - len(raw.lstrip())
    return lead, lead + len(line)


@register
class PhotoCredit(Rule):
    """Photo credits are removed from the text and kept as metadata.

    ## What it does
    Removes a credit that stands alone on a line (``(credit: Getty Images)``, ``(Image: © The Studio)``,
    ``Photo: Reuters``, ``Photograph: Family handout``, ``Getty Images``,
    ``Photo by Jane Doe``; the labels of other languages too: ``Bild: Stadt
    Archiv``, ``Crédit photo : Jean Dupont``, ``Foto di Anna Bianchi``; a
    label without its colon before a listed agency, ``Foto ANP``; a name
    and agencies between bars or slashes, ``Jane Doe | Bloomberg | Getty
    Images``, ``Jane Doe/City Herald/Getty Images``; ``© Jane Doe / AFP``),
    a credit at the end of a paragraph (``… in the Black Sea. Photo: AAP``,
    the label with an ellipsis for its colon, often glued to the caption,
    as a page that sets the label apart is dumped: ``… on Monday.Credit...Jane
    Doe/The Harbour Post``,
    ``… Photo: Jane Doe / AFP`` with the slash spaced, ``… harbour. Foto
    ANP``, ``… harbour. © Jane Doe / AFP``, after a dash: ``… the ceremony
    — Foto: Ana Souza/Agência Brasil``) and a bracketed credit inside one
    (``(Photo: John Smith/AFP)``, ``(foto ANSA/Luca Bianchi)``), keeping
    the paragraph. A credit is told by its shape as well, whatever the
    agency: a label with the picture's kind before it (``File photo: Jane
    Doe/Harbour Post``, ``Main image credit: …``), "Courtesy of" and names
    alone on a line or in brackets at a caption's end (``… in 1924
    (courtesy of Jane Doe)``), ``Photos by``/``Images by`` and names, a
    label and names in brackets anywhere (``(Photo: Jane Doe)``,
    ``(Image credit: Harbour Observatory)``), and names between slashes in
    brackets, alone on a line or after a caption's last sentence (``… of
    the moon. (HSA/Harbour Space Lab/Jane Doe)``, ``(Jane Doe / Harbour
    Post)``): the value must read as names (capitalised words, a few
    particles, no figure), and between slashes one field must be two
    names or an acronym, so a menu's ``(Logout / Change)``, a party's
    ``(D/Calif.)``, ``(1/2)``, ``and/or`` stay. Names between slashes in
    brackets after a sentence are a credit only where the context says
    picture: the line is a caption (its cues, below), it or the credit
    names the picture's kind (``map``, ``file``, ``handout``), the credit
    names a photographer (a common given name and a surname, or a name
    and a listed agency: ``(Manu Fernandez/AP)``), or the line is
    caption-shaped (one sentence of thirty words at most, no quotation,
    no share, poll or verb of saying); a poll's attribution after prose
    (``… fell to 38%, the poll found. (CBS News/YouGov)``) stays. Names
    between slashes with neither brackets nor a listed agency stay, even
    in a credit's shape (``Jane Doe/Harbour Post`` alone on its line): a
    list's item reads the same (players and their clubs, performers and
    their bands, one a line), as do a menu's ``Press/Media Centre``,
    ``Israel/Palestine``, ``AC/DC``. After a label at a paragraph's end
    the value must read as names or a listed agency (``… Picture: The
    mayor at the summit`` is a caption's). It runs before the block heuristics judge the line, so a
    caption is judged without its credit's capitalised names, and noted
    (``ctx.captions``) as a caption, no prose of the article's for B105 (a credit after
    a dash, without a colon or after "©" must read as one: ``… — Video:
    Watch the moment the roof fell`` is a caption). ``© AFP`` alone is the
    wire's copyright (M002). The credit goes to
    metadata ``photo_credit`` (of a caption with its credit after it,
    ``Image: The crew in 1962. Courtesy of the museum's archive``, the part
    after "Courtesy of"; of a line with another credit after a full stop,
    ``Photograph: Jane Doe/The Studio. Food styling: Sam Roe.``, the
    photographer's alone). A credit inside quotation marks in a
    paragraph is a mention and stays (``…such as "(Credit: Jane Doe)" under
    the picture.``). A credit alone on its line may give the photographer
    and an outlet before the agency, between ``|`` or ``/`` (``Jane Doe |
    Harbour Post | Getty Images``, ``Jane Doe/Harbour Post/Getty
    Images``, ``Jane Doe | Reuters``: any listed photo agency after them;
    alone, only one of the distinctive standalone credits). The
    caption on the line right over or right under a credit alone on its
    line goes with it when it says it describes a photo: a person's place
    in it (``Jo Marsh, left, and Al Hunt …``, ``(L)``, ``from left``), a
    label (``Above:``, ``Pictured:``), ``…, pictured at …``, ``In this
    photo``, or the full date an agency's caption ends with (``… on
    Monday, Nov. 18, 2019.``); a paragraph by an uncaptioned photo's
    credit says none of it and stays (nor do "(pictured)" and "is seen
    as", words of prose too). A caption goes too, cue or none, when it
    makes one block with the credit, as a figure is dumped in a text whose
    blocks are set apart by blank lines: no blank line between the two, a
    blank line over and under the pair, the caption thirty words at most
    (``Smoke over the city on Sunday.`` right over ``Jane Doe/Getty
    Images``); in a text that sets no block apart, or under the headline at the
    text's start, the line by the credit stays.
    A caption with no credit beside it goes when its own words say it
    describes a picture, wherever it stands (a line alone, forty-five
    words at most, no quotation nor reported speech): a key to the
    picture's colours in brackets and a verb of showing (``The centres of
    the clusters are hot (red), while bright structures show the gas
    …``), or ``This``, a picture's kind and what it shows (``This
    satellite image from the agency shows fires (red) near the city.``,
    ``This illustration of the lander shows how …``, sixteen words or
    more when written without a full stop: ``This map shows where the
    fires are`` is a headline's). ``Products high in sugar (red) will
    carry a warning``, ``The video shows the officers at the door`` and
    ``This photo shows the mayor, the council said.`` stay, and so do a
    writer's words about a picture or with a colour in brackets: a verb of
    showing in the past or of a view (``Harbour United (red) were shown a
    yellow card``, ``… (purple) are seen as the key``), a picture pointed
    to (``… are shown on the map below``), ``This`` and a picture's kind
    with no word before it nor where it comes from after it (``This
    photograph shows how the artist waited …``, ``This diagram shows the
    parts of the engine.``), a person's voice (``This photo of the queue,
    which you printed last week, shows …``, a reader's letter), and two
    sentences or more.

    ## Why
    Captions and credits come from the page's images, not from the story.
    """

    code, name, stage = "M003", "photo-credit", "structure"
    # Local as the pipeline needs it: a caption is found only beside a
    # credit alone on its line, which is found on its own, or by its own
    # words, its line judged alone; so a text none of whose lines holds a
    # credit or such a caption holds no caption either, and the lines the
    # pipeline saw clean stay clean (tests/test_fastpath.py checks it).
    local = True
    example = ("The fleet left port. Photo: AAP\n", "The fleet left port.\n")

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        captions = _worded_captions(text)
        if not captions:
            yield from self._credits(text, ctx)
            return
        # a caption told by its words goes whole, with the credit in it
        # ("… (red) near the city. (Image credit: Harbour Observatory)"):
        # the credit's value is its finding's metadata
        found = list(self._credits(text, ctx))
        spans = [line_span(text, a, b) for a, b in captions]
        for f in found:
            if not any(a <= f.start and f.end <= b for a, b in spans):
                yield f
        for a, b in spans:
            credit = next((f.metadata for f in found if f.metadata and a <= f.start
                           and f.end <= b), None)
            yield self.finding("photo caption (by its words)", a, b, "", metadata=credit)

    def _credits(self, text: str, ctx: Context) -> Iterable[Finding]:
        """The credits of ``text`` and the captions by them."""
        whole, trailing, inline = _photo_patterns()
        for start, end, line in _photo_lines(text) if structure.FAST else _all_lines(text):
            credit = _alone_credit(line, whole)
            if credit is not None:
                s, e = line_span(text, start, end)
                # a caption with its credit after it ("Members of the
                # club in 1924. Courtesy of the club's archive"): the
                # credit is the part after "Courtesy of"
                tail = _COURTESY_TAIL.search(credit)
                value = (tail.group(1) if tail else credit).strip()
                # (another credit after it, "… Food styling: Sam Roe.",
                # is no part of the photographer's)
                parts = _NEXT_LABEL.split(value, 1)
                if len(parts) > 1 and parts[0].strip():
                    value = parts[0].strip().removesuffix(".")
                for caption in _captions_by(text, start, end):
                    yield self.finding("photo caption (by its credit)",
                                       *line_span(text, *caption), "")
                yield self.finding(f"photo credit '{credit}'", s, e, "",
                                   metadata={"photo_credit": value})
                continue
            # a credit quoted in a sentence is a mention ('such as "(Credit:
            # Jane Doe)" under the picture')
            quotes = structure.quotations(line)
            m = trailing.search(line)
            if m and not structure.quoted(quotes, m.start(), m.end()):
                k, credit = next((k, g) for k, g in enumerate(m.groups()) if g)
                # (after a label, names or a listed agency: "… Picture: The
                # PM at the summit" is a caption's)
                if k <= 1 and not _name_like(_without_agencies(credit)):
                    m = None
                elif k >= _CHECKED_TRAILING and (
                        not _looks_like_credit(credit) or structure.DIGIT.search(credit)
                        # after "©" a name and its agency, or an agency: a
                        # site's name there is its copyright
                        or k == len(m.groups()) - 1 and "/" not in credit
                        and not _agency().fullmatch(credit.strip())):
                    m = None
            if not m:
                # names between slashes in brackets after the caption's
                # last sentence: "… of Titan. (NASA/JPL-Caltech/ASU)"
                m = _shaped_trailing(line)
                credit = m.group(1) if m else ""
                # (only where the context says picture: "… the poll
                # found. (CBS News/YouGov)" is a poll's attribution)
                if m and not (_slash_credit(credit) and _image_context(line, m)):
                    m = None
            if m and not structure.quoted(quotes, m.start(), m.end()):
                _caption_left(ctx, line, [(m.start(), len(line))])
                yield self.finding(f"photo credit '{credit}'",
                                   start + _space_before(line, m.start()),
                                   end, "", metadata={"photo_credit": credit.strip()})
                continue
            taken: list[tuple[int, int]] = []
            for m in inline.finditer(line):
                if structure.quoted(quotes, m.start(), m.end()):
                    continue
                credit = next(g for g in m.groups() if g)
                taken.append(m.span())
                yield self.finding(f"photo credit '{credit}'", start + m.start(),
                                   start + m.end(), "",
                                   metadata={"photo_credit": credit.strip()})
            # a label and names in brackets, whatever the agency: "(Photo:
            # Jane Doe)", "(Image credit: TNG Collaboration)"
            for m in _SHAPED_INLINE.finditer(line) if "(" in line or "[" in line else ():
                if m.group(1) and " ".join(m.group(1).lower().split()) not in _label_set():
                    continue  # "(Note: …)"
                credit = m.group(2) or m.group(3)
                a = _space_before(line, m.start())
                if (structure.quoted(quotes, a, m.end())
                        or any(x < m.end() and a < y for x, y in taken)
                        or not _name_like(credit)):
                    continue
                taken.append((a, m.end()))
                yield self.finding(f"photo credit '{credit}'", start + a, start + m.end(), "",
                                   metadata={"photo_credit": credit.strip()})
            if taken:
                _caption_left(ctx, line, taken)


def _caption_left(ctx: Context, line: str, taken: list[tuple[int, int]]) -> None:
    """Note in ``ctx.captions`` the caption that ``line`` is once the
    credits at ``taken`` (spans in it) are gone: the block heuristics read
    it as no prose of the article's (a caption's sentence says what a
    picture shows, wherever the page puts the picture)."""
    parts, pos = [], 0
    for a, b in sorted(taken):
        parts.append(line[pos:a])
        pos = max(pos, b)
    parts.append(line[pos:])
    left = structure.normalise(" ".join(parts))
    if left:
        ctx.captions.add(left)


def _alone_credit(line: str, whole: re.Pattern[str]) -> str | None:
    """The credit that ``line`` is, alone on its line, or None: one of
    ``whole`` (a label, a listed agency) that reads as a credit, or names
    between slashes in brackets, or "Courtesy of" and names."""
    if len(line) > 120:
        return None
    m = whole.fullmatch(line)
    if m:
        credit = next(g for g in m.groups() if g)
        # a full stop may end a credit ("Photograph: Jane Doe/The
        # Studio. Food styling: Sam Roe."), no other sentence end
        # may (a caption: "Photo: Crowds gather at the gate!")
        if (len(credit.split()) <= 12 and _looks_like_credit(credit)
                and not structure.ends_like_sentence(credit.rstrip(")]").removesuffix("."))):
            return credit
    if line[:1] in "([" and "/" in line:
        m = _SLASH_BRACKET.fullmatch(line)
        if m and _slash_credit(m.group(1)):
            return m.group(1)
    if "ourtesy" in line or "OURTESY" in line:
        m = _COURTESY_ALONE.fullmatch(line)
        if m and _name_like(m.group(1)):
            return m.group(1)
    return None


@functools.lru_cache(maxsize=1)
def _photo_label_ends() -> tuple[tuple[str, ...], int] | None:
    """The last words of the labels, lower-cased (a space in a label is
    ``\\s+`` in the patterns, the rest is literal): a label, matched case
    aside, ends with one; and the longest one's length. None if a label
    has no such ASCII word."""
    ends = {p.split(" ")[-1].lower() for p in resources.boilerplate()["credit"]["photo_labels"]}
    if not all(e and e.isascii() and e.isalpha() for e in ends):
        return None
    return tuple(sorted(ends)), max(map(len, ends))


@functools.lru_cache(maxsize=1)
def _photo_bracket() -> re.Pattern[str]:
    """How ``inline``'s branches and ``whole``'s second start: a bracket, a
    label or photo|picture|image|photograph (case aside)."""
    labels = resources.alternation(resources.boilerplate()["credit"]["photo_labels"])
    return re.compile(rf"[(\[]\s*(?i:{labels}|photo|picture|image|photograph)")


def _ends_with_label(text: str, j: int, ends: tuple[tuple[str, ...], int]) -> bool:
    """Whether a label (see _photo_label_ends) can end at ``text[j]``,
    where ``text`` holds none of İ ı ſ K."""
    return text[max(0, j - ends[1]):j].lower().endswith(ends[0])


def _space_before(text: str, j: int) -> int:
    """The start of the run of whitespace (``\\s``) that ends at ``j``."""
    while j and text[j - 1].isspace():
        j -= 1
    return j


@functools.lru_cache(maxsize=1)
def _photo_standalone() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The start of a line ``whole``'s third branch (a standalone credit,
    case-sensitive) can match: leading whitespace (which ``\\s`` matches
    as str.strip() strips it), maybe a bracket, a phrase. After a newline,
    and at the start of the text. The lookahead (the phrases' first
    characters) only saves time."""
    phrases = [p for p in resources.boilerplate()["credit"]["photo_standalone"] if p]
    firsts = "".join(sorted({re.escape(p[0]) for p in phrases}))
    look = "" if any(p[0].isspace() for p in phrases) else f"(?=[{firsts}])"
    credit = rf"[(\[]?{look}(?:{resources.alternation(phrases)})"
    # after a newline, no newline in the whitespace: each line is tried from
    # the newline before it (from each newline of a run of blank lines, the
    # run was read to its end again: quadratic)
    return re.compile(r"\n[^\S\n]*" + credit), re.compile(r"\s*" + credit)


def _photo_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines PhotoCredit can find something in, a superset (the check
    decides): each branch of _photo_patterns holds one of these.

    - a colon after a label, ``\\s*`` and maybe ``by\\s+`` (``whole``'s
      and ``trailing``'s first branches);
    - an ellipsis right after a label (``trailing``'s second);
    - ``Photo\\s*/`` (``trailing``'s third);
    - a bracket before a label or photo|picture|image|photograph
      (``inline``'s branches, ``whole``'s second; _photo_bracket);
    - a ``]`` (``trailing``'s fourth, ``[Name/Agency]``);
    - a standalone credit opening its line (``whole``'s third without
      fields; _photo_standalone);
    - ``Photo by``, ``Foto di`` opening its line (``whole``'s fourth);
    - a label without its colon and a space (``Foto ANP``: ``whole``'s
      fifth, ``trailing``'s sixth; _photo_bare_labels);
    - ``©`` (``whole``'s sixth, ``trailing``'s last);
    - ``|`` or ``/`` in a line that ends with a listed agency, maybe before
      a closing bracket (``whole``'s third with fields, ``Jane Doe | Getty
      Images``);
    - ``/`` in a line that ends with a closing bracket (_SLASH_BRACKET's
      names between slashes, ``(NASA/JPL-Caltech/ASU)``);
    - "ourtesy" or "OURTESY" (_COURTESY's "Courtesy of", written
      capitalised, in lower case or in capitals).
    """
    ends = _photo_label_ends()
    if ends is None or _has_folds(text):
        return _all_lines(text)
    starts: set[int] = set()
    line_start = structure.LineStarts(text)  # (each loop asks in order)
    k = text.find(":")
    while k >= 0:
        j = _space_before(text, k)
        if _ends_with_label(text, j, ends) or (
                j < k and j >= 2 and text[j - 2:j].lower() == "by"
                and _ends_with_label(text, _space_before(text, j - 2), ends)):
            starts.add(line_start(k))
        k = text.find(":", k + 1)
    # a label and an ellipsis ("….Credit...Jane Doe": ``trailing``'s
    # second branch)
    for dots in ("...", "…"):
        k = text.find(dots)
        while k >= 0:
            if _ends_with_label(text, k, ends):
                starts.add(line_start(k))
            k = text.find(dots, k + len(dots))
    k = text.find("/")
    while k >= 0:
        j = _space_before(text, k)
        if j >= 5 and text[j - 5:j] == "Photo":
            starts.add(line_start(k))
        k = text.find("/", k + 1)
    # a line of credit fields between bars or slashes ends with an agency
    # (maybe in brackets)
    agencies = _photo_agency_ends()
    for sep in "/|":
        k = text.find(sep)
        while k >= 0:
            e = text.find("\n", k)
            e = len(text) if e < 0 else e
            tail = text[k:e].rstrip()
            if tail.rstrip(")]").endswith(agencies) or (
                    sep == "/" and tail.endswith((")", "]"))
                    and _slash_bracket_end(text[text.rfind("\n", 0, k) + 1:e].strip())):
                starts.add(text.rfind("\n", 0, k) + 1)
            k = text.find(sep, e)
    bracket = _photo_bracket()
    for ch in "([":
        k = text.find(ch)
        while k >= 0:
            if bracket.match(text, k):
                starts.add(line_start(k))
            k = text.find(ch, k + 1)
    k = text.find("]")
    while k >= 0:
        starts.add(line_start(k))
        k = text.find("]", k + 1)
    for m in _PHOTO_BY_LINE.finditer(text):
        starts.add(m.start())
    for word in (*_photo_bare_labels(), "©", "ourtesy", "OURTESY"):
        k = text.find(word)
        while k >= 0:
            starts.add(text.rfind("\n", 0, k) + 1)
            k = text.find(word, k + 1)
    after_newline, at_start = _photo_standalone()
    m = at_start.match(text)
    if m:
        starts.add(line_start(m.end() - 1))
    for m in after_newline.finditer(text):
        starts.add(line_start(m.end() - 1))
    return [line for line in map(functools.partial(_line_at, text), sorted(starts)) if line]


def _slash_bracket_end(line: str) -> bool:
    """Whether ``line`` (stripped) ends with a bracket whose text holds a
    slash and opens with a capital, as names between slashes in brackets
    do (``… (NASA/JPL-Caltech/ASU)``; not a link's ``(https://…)``, nor
    ``(1/2)``). (The names hold no bracket: theirs is the line's last.)"""
    if not line.endswith((")", "]")):
        return False
    inner = line[max(line.rfind("("), line.rfind("[")) + 1:-1]
    return "/" in inner and "://" not in inner and inner.lstrip()[:1].isupper()


@functools.lru_cache(maxsize=1)
def _photo_agency_ends() -> tuple[str, ...]:
    """The listed photo agencies, as a line of credits ends with one."""
    return tuple(resources.boilerplate()["credit"]["photo_agencies"])


@functools.lru_cache(maxsize=1)
def _photo_bare_labels() -> tuple[str, ...]:
    """What the labels without their colon can be written as, with the space
    after them: each label (ASCII) in lower case, capitalised and in capitals."""
    return tuple(f"{w}{c}" for label in resources.boilerplate()["credit"]["photo_labels_bare"]
                 for w in {label.lower(), label.capitalize(), label.upper()} for c in " \t")


def _line_at(text: str, a: int) -> tuple[int, int, str] | None:
    """The line of ``text`` starting at ``a`` as ``structure.lines`` gives
    it, (start, end, stripped text); None if blank."""
    e = text.find("\n", a)
    raw = text[a:] if e < 0 else text[a:e]
    stripped = raw.strip()
    if not stripped:
        return None
    lead = a + len(raw) - len(raw.lstrip())
    return lead, lead + len(stripped), stripped


#: A byline inside a date line: "… 7:45 am PST by Jane Smith", "By Jane
#: Smith Updated Nov 13, 2019" (a label, a weekday or a month ends the name).
_DATE_LINE_BYLINE = lazyre.compile(
    r"(?:^|(?<=\s))(?i:by)\s+((?:(?!(?i:updated|published|posted|modified|on|at|"
    r"mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)(?!(?i:" + _MONTH + r")\b)[A-Z][\w’'.\ufffd-]+\s*){1,4})")


#: A field after the date on a date line, its label and its value (to the
#: next field): "2023-11-08 10:15 Source: City Daily  Editor: Wang Fang".
_FIELD_LABELS = r"(?i:source|editor|author|reporter|writer)"
_DATE_LINE_FIELD = lazyre.compile(
    rf"(?<!\w)({_FIELD_LABELS})\s*:\s*((?:(?!{_FIELD_LABELS}\s*:)[^\s|/]+\s*){{1,5}})")
#: The metadata a field of a date line gives (an editor is not the author).
_DATE_LINE_FIELDS = {"source": "source", "author": "author", "reporter": "author",
                     "writer": "author"}



@register
class DateLine(Rule):
    """A line that only gives the date and time of the article becomes metadata.

    ## What it does
    Removes a line made of a date and its labels and times — ``Published
    March 1, 2022``, ``18:43, Tue, Mar 1, 2022 | UPDATED: 19:02, Tue, Mar 1,
    2022``, ``Tuesday 1 March 2022 14:03, UK``, ``Nov 18, 2019 • 2 min
    read`` — and keeps the first date, in ISO form, as metadata ``date``
    (unless the document already has one). A byline in the line (``March 1,
    2022 7:45 am by Jane Smith``, ``By Jane Smith Updated March 1, 2022``)
    goes to metadata ``author`` (unless the document has one), and so
    do fields after the date: ``2023-11-08 10:15:32 Source: City Daily
    Editor: Wang Fang`` gives ``source`` (and an ``Author:`` or
    ``Reporter:`` the ``author``; the editor is dropped with the line). In a
    document in German, French, Spanish, Italian, Portuguese or Dutch the
    date may be written as that language writes it, day first: ``Stand:
    22.01.2024, 18:30 Uhr``, ``Publié le 29 janvier 2024 à 08h15, mis à jour
    à 10h02``, ``Actualizado el 22/01/2024``, ``Aggiornato il 3 marzo
    2024``, ``Publicado em 05/06/2024 - 14:30``, ``Bijgewerkt: 12-03-2024,
    09:30`` (figures day first only there). In English figures with
    slashes are read where only one order makes a date (``11/27/2024``,
    ``27/11/2024``); ``01/02/2024`` is either, and the line goes without a
    ``date``. An item of a list of the article's facts stays, even
    with a date: a bulleted item with its own label (``• Opening: 1 June
    2025``) or in a bulleted list, and one of ``Label: value`` lines in a
    row or under a lead-in line (``Key dates:``); a label of a date
    (``Published:``, ``Updated``) still makes the line the page's. A
    date line (with no byline or field in it) between the site's name and
    the headline (``The Harbour Post`` over ``Wednesday 5 June 2024 07:40
    BST`` over the headline) is left to B011, which removes the two (the
    date to metadata ``date``, the name to ``source``): taken first, it
    would leave the name to stand as the headline. A teaser's date in a
    grid of teasers (another story's headline, its summary, its date,
    three such teasers or more in a row: see B104) is no date of the
    article's: it stays, and goes with its grid. Nor is the time of a
    reader's comment in a thread after the article (an author, a time,
    the comment, its ``Reply``, several in a row: see B105), ``Stephanie
    Cole March 4, 2024 at 9:12 am`` over a comment: it goes with its
    thread.

    ## Why
    The publication date is data about the article, not a sentence of it.
    """

    code, name, stage = "M004", "date-line", "structure"
    example = ("Kyiv said it would respond.\n\nPublished March 1, 2022\n",
               "Kyiv said it would respond.\n")
    MAX_OTHER_WORDS = dates.MAX_OTHER_WORDS

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        ls: list[structure.Line] = []  # the text's lines, once, if asked
        grid: dict[int, str] | None = None  # the lines of its teaser grids, if asked
        threads: dict[int, str] | None = None  # the lines of its readers' comments, if asked
        for start, end, s in _date_lines(text) if structure.FAST else _all_lines(text):
            if len(s) > dates.MAX_LINE_CHARS or not any(map(str.isdigit, s)):
                continue
            # parse_date needs a "-" (ymd), a "." (dmy with dots), a "/" or a
            # month name, which starts with one of _MONTH3 (case aside, exact
            # without İ ı ſ K)
            forms, noise, _ = _date_forms(ctx.language)
            if (structure.FAST and forms is _DATES and "-" not in s and "." not in s
                    and "/" not in s and not _has_folds(s)
                    and not any(m in s.lower() for m in _MONTH3)):
                continue
            date = parse_date(s, ctx.language)
            if date is None:
                continue
            rest = dates.blank_dates(s, ctx.language)
            meta = {} if "date" in ctx.metadata else {"date": date}
            more = False  # a byline or a field besides the date
            m = _DATE_LINE_BYLINE.search(rest)
            if m:
                rest = rest[:m.start()] + " " + rest[m.end():]
                more = True
                if "author" not in ctx.metadata:
                    meta["author"] = m.group(1).strip()
            first = min(m.start() for m in (p.search(s) for p, _ in forms) if m)
            for m in _DATE_LINE_FIELD.finditer(s, first):
                value = m.group(2).strip()
                if any(w[:1].islower() for w in value.split()) or m.group(0) not in rest:
                    continue  # "source: the ministry said" is no field
                # (a "Source: …" before the date, the attribution of a
                # quote, is no field of the page's date line)
                rest = rest.replace(m.group(0), " ", 1)
                more = True
                key = _DATE_LINE_FIELDS.get(m.group(1).lower())
                if key and key not in ctx.metadata:
                    meta[key] = value
            other = len(dates.other_words(rest, ctx.language))
            if other > self.MAX_OTHER_WORDS or (other and s.endswith(".")):
                continue  # "On March 1, 2022, Kyiv fell." is a sentence
            if other and _list_item(text, start, end, s, noise):
                continue  # "• Opening: 1 June 2025" is a fact of the article
            if not more and _under_the_site_name(text, start, ctx, ls):
                continue  # B011's, with the site's name over it
            if grid is None:
                if not ls:
                    ls.extend(structure.lines(text))
                from .boilerplate import teaser_grid_lines  # (the rules import each other)
                grid = teaser_grid_lines(text, ls, ctx, labelled=False)
            if grid and _index_at(ls, start) in grid:
                continue  # a teaser's date, with its grid B104's
            if threads is None:
                from .boilerplate import comment_thread_lines  # (the rules import each other)
                threads = comment_thread_lines(text, ls, ctx)
            if threads and _index_at(ls, start) in threads:
                continue  # a reader's comment's time, with its thread B105's
            yield self.drop_line(text, start, end, f"date line ({date})", metadata=meta)


def _outside_teaser_grids(text: str, ctx: Context, found: list[Finding]) -> list[Finding]:
    """``found`` without the findings on a line of a grid of teasers (see
    ``blocks.teaser_grids``: "By Dana Whitlock" under a teaser's headline
    is the teaser's byline, not the article's)."""
    from .boilerplate import teaser_grid_lines  # (the rules import each other)
    ls = structure.lines(text)
    grid = teaser_grid_lines(text, ls, ctx, labelled=False)
    if not grid:
        return found
    starts = [x.start for x in ls]
    return [f for f in found if bisect.bisect_right(starts, f.start + 1) - 1 not in grid]


def _index_at(ls: list[structure.Line], start: int) -> int | None:
    """The index of the line of ``ls`` that starts at ``start``, if any."""
    k = bisect.bisect_left(ls, start, key=lambda x: x.start)
    return k if k < len(ls) and ls[k].start == start else None


def _under_the_site_name(text: str, start: int, ctx: Context, ls: list[structure.Line]) -> bool:
    """Whether the date line at ``start`` is one the headline finder finds
    between the site's name and the headline (``La Voce del Porto`` over
    ``17 maggio 2024, 08:15`` over the headline): B011 removes the two, the
    date to metadata too. Taken here first, the line would leave nothing to
    show that the name sat over the page's furniture, and the name would be
    the headline. ``ls``: the text's lines, filled on the first call (a
    long text has many date lines, and a copy of its lines for each made
    its time quadratic)."""
    if "B011" not in ctx.enabled:
        return False
    # (a late import: the rules import each other)
    from .boilerplate import HEADLINE_SEARCH_LINES, headline_lines
    if not ls:
        ls.extend(structure.lines(text))
    at = next((x.index for x in ls[:HEADLINE_SEARCH_LINES] if x.start == start), None)
    if at is None:
        return False
    kinds = headline_lines(text, ls, ctx)[1]
    return kinds.get(at) == "date" and any(kinds.get(i) == "site" for i in range(at))


#: What opens an item of a list: a bullet or a dash, and a space (not a
#: number: "1. Juni 2025" is a date).
_LIST_MARK = lazyre.compile(r"[•·▪◦‣►▸*\-–—]\s+")
#: A label and its colon before a value: "Opening: …", "Key dates: …".
_LIST_LABEL = lazyre.compile(r"([^\W\d][^:\d]{0,40}?)\s*:\s+\S")


_SPACES = lazyre.compile(r"\s*")  # (\s: what str.strip() strips)


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The nearest non-blank lines before and after the line at
    ``start``-``end`` (stripped; "" at the start or end of the text). Read
    in place: a copy of the text before or after, once a date line, made
    a long text's time quadratic."""
    b = text.rfind("\n", 0, start) + 1
    while b and text[b - 1].isspace():
        b -= 1
    a = _SPACES.match(text, end).end()
    e = text.find("\n", a)
    return (text[text.rfind("\n", 0, b) + 1:b].strip(),
            text[a:len(text) if e < 0 else e].strip())


def _list_item(text: str, start: int, end: int, line: str, noise: re.Pattern[str]) -> bool:
    """Whether a date line that holds words besides the date (``line``,
    at ``start``-``end``) is an item of a list of the article's facts, not
    the page's date: a bulleted item with a label other than a date's
    (``• Opening: 1 June 2025``), or in a list of bulleted items; or one
    of ``Label: value`` lines in a row, or under a line that leads into
    them (``Key dates:``), with a label other than a date's
    (``Published:``, ``Updated on:``, ``Stand:`` are a page's)."""
    mark = _LIST_MARK.match(line)
    body = line[mark.end():] if mark else line
    label = _LIST_LABEL.match(body)
    own = bool(label) and bool(noise.sub(" ", label.group(1)).split())
    if mark and own:
        return True
    near = [n for n in _neighbours(text, start, end) if n]
    if mark:
        return any(_LIST_MARK.match(n) for n in near)
    return own and any(n.endswith(":") or _LIST_LABEL.match(_LIST_MARK.sub("", n, 1))
                       for n in near)


@functools.lru_cache(maxsize=1)
def _digit_table() -> bytes:
    """A ``bytes.translate`` table that makes ``0`` of every byte of the
    UTF-8 form of a character ``\\d`` matches: the ASCII digits, the lead
    bytes of the other digits (of the BMP, found by ``re`` itself; every
    four-byte lead, to spare the scan of the other planes) and every
    continuation byte; any other byte becomes ``x``."""
    bmp = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    zero = set(b"0123456789") | set(range(0x80, 0xC0)) | set(range(0xF0, 0x100))
    zero |= {c.encode()[0] for c in re.findall(r"\d", bmp)}
    return bytes(0x30 if i in zero else 0x78 for i in range(256))


def _date_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines DateLine can find something in: every pattern of _DATES
    needs four ``\\d`` in a row, which are four ``0`` in a row after
    _digit_table. A superset: the check decides."""
    b, _ = _utf8(text)
    t = b.translate(_digit_table())
    starts = set()
    k = t.find(b"0000")
    while k >= 0:
        starts.add(b.rfind(b"\n", 0, k) + 1)
        e = b.find(b"\n", k)
        k = -1 if e < 0 else t.find(b"0000", e)
    return _lines_at(text, b, starts) if starts else []
