"""N: canonical names — registry variants, misspelt names, misspelt countries.

The knowledge is in ``cleaner/data/names.toml`` (and the user's registries,
``Settings.name_files``); the matching is :mod:`cleaner.names`. These rules
only turn its hits into findings. A fix inside a direct quotation is marked
unsafe.
"""
from __future__ import annotations

from typing import Iterable

from .. import structure
from ..model import Context, Finding, Rule
from ..names import NameHit, NameRegistry
from . import register

# The three rules look at the same text in a row: find() once per text.
_last: tuple[NameRegistry, str, list[NameHit]] | None = None


@structure.forgets
def _forget() -> None:
    global _last
    _last = None


def _registry(ctx: Context) -> NameRegistry:
    settings = ctx.settings
    return NameRegistry.load(
        extra=tuple(getattr(settings, "name_files", ()) or ()),
        style=getattr(settings, "name_style", None) or "default")


def _hits(text: str, ctx: Context) -> list[NameHit]:
    global _last
    registry = _registry(ctx)
    if _last is not None and _last[0] is registry and _last[1] == text:
        return _last[2]
    hits = registry.find(text)
    _last = (registry, text, hits)
    return hits


class _NameRule(Rule):
    stage = "names"
    # blind to the layout (see Rule.sees_layout): NameRegistry.find reads
    # each line alone (its patterns stop at a line break, the reaches before
    # and after a hit end there, a sentence ends at one), and what it reads
    # of the whole text (the other persons of a surname, the words in lower
    # case) is the same in any layout. (A fixed expression broken over
    # lines is looked for 16 characters further than its length: the
    # breaks L004 writes are in reach.)
    sees_layout = False
    kinds: tuple[str, ...] = ()
    fixing: tuple[str, ...] = ()

    def check(self, text: str, ctx: Context) -> Iterable[Finding]:
        if ctx.language not in _registry(ctx).languages:
            return
        for h in _hits(text, ctx):
            if h.kind in self.kinds:
                fix = h.after if h.kind in self.fixing else None
                yield self.finding(h.message, h.start, h.end, fix, safe=not h.in_quote)


@register
class NameVariant(_NameRule):
    """A legacy or misspelt form of a registry name is written the canonical way.

    ## What it does
    Rewrites the variants and known misspellings listed in the name registry
    to their canonical form: ``Kiev`` -> ``Kyiv``, ``Donbass`` -> ``Donbas``,
    ``Zelenskiy`` -> ``Zelenskyy``, ``Dmitro Kuleva`` -> ``Dmytro Kuleba``.
    Possessives and hyphenated forms follow (``Kiev’s``, ``Kiev-based``), and
    so does ALL CAPS text. Fixed expressions listed as exceptions (``Chicken
    Kiev``, ``Dynamo Kiev``, ``Odessa, Texas``) are left alone, and so are
    historical events named after a place, the event word capitalised
    (``Defence of Kiev``, ``Kharkov Offensive``; the registry's
    ``event_words``), dishes named after a place (``Kiev cutlets``, ``a
    Kiev cake``; ``dish_words_after``), a quotation named as a title or
    headline, in any case (``the headline read "Kiev falls"``, ``a report
    titled "…"``), and a name mentioned rather than used: marked
    ``[sic]`` (``"Down with Kiev [sic]"``), after a word that makes it a
    name or a spelling (``was known as Kiev``, ``known locally as Kiev
    Gate``, ``the spelling Kiev``, ``formerly Kiev``, ``still call it
    Kiev``, ``changed from Kiev``) or before some (``Kiev, spelt that
    way``), beside another spelling of itself (``Kyiv (Kiev)``) or with one
    in the same sentence (``born in Kiev and will die in Kyiv``), alone in
    quotation marks, or in a title in title case, quoted or after a kind of
    work (``the film "Kiev Nights"``, ``the film Kiev Nights``, ``the 1987
    guidebook Kiev and Its Environs``), also after a label or in apposition
    when punctuation closes the title (``a single book: Kiev: A Guide for
    …,``, ``her memoir, Farewell to Kiev, was``). A name used
    in quoted speech is rewritten (``"Kiev will stand," he said`` ->
    ``Kyiv``), the change marked unsafe. A registry surname after a given
    name that is not the person's (nor one edit from it) is someone else's
    and is left alone (``Mark Zelensky``, a teacher); a capitalised word in
    no list of given names that stands where one would (``Kyle Zelensky``:
    no title or role, common word, day, place, country, demonym, no word
    the text writes in lower case, not in a headline in title case) makes
    the surname only reported (N002), not rewritten; and when the text
    names such a namesake, the surname alone (``Zelensky said``) may be
    either person: it is reported (N002), not rewritten, unless the
    person's first name or title stands before it (``President
    Zelensky``). The house
    style (``Settings.name_style``: default, ap, bbc, reuters) picks the
    canonical form where style guides differ.

    ## Why
    A corpus should spell one place or person one way; the official Ukrainian
    romanisation and current style-guide usage are the default. A spelling
    that is itself the subject, a title's, or one marked [sic] is not the
    writer's to change.
    """

    code, name = "N001", "name-variant"
    kinds = fixing = ("variant",)
    example = ("Kiev’s mayor spoke in Donbass.\n", "Kyiv’s mayor spoke in Donbas.\n")


@register
class MisspeltName(_NameRule):
    """A near miss of a registry name in a name-like position is repaired or reported.

    ## What it does
    A capitalised word one or two edits from a registry surname (one edit
    from one of its registry variants: ``Klichko``, near ``Klychko``), after
    a title (``Foreign Minister``, ``President``, ``Mr``) or after a first
    name, is repaired when exactly one registry person fits and the title or
    the first name confirms it (``President Bidden`` -> ``President Biden``,
    ``Mayor Vitali Klichko`` -> ``Mayor Vitali Klitschko``). Otherwise it is
    reported, not changed. Words of fewer than five letters, common words,
    the registry's known real names and a registry name written with its
    own diacritics (``Erdoğan``) are never candidates.

    One article spells one person one way: a surname repaired where it was
    confirmed is repaired wherever else the text writes it (``Zelenski
    said`` after ``President Volodymyr Zelenski``), unless another first
    name stands before it (``Anna Zelenski``) or it is mentioned, not used;
    where the text names such a namesake, the surname alone is only
    reported (it may be either person).
    A near miss of the surname of a person the text names in full
    (``Mayor Vitali Klitschko`` … ``Klichko said``) is reported. A first
    name one edit from the person's before the exact registry surname is
    repaired (``Dimitro Kuleba`` -> ``Dmytro Kuleba``), or only reported
    when the word is a first name of its own (``Andrew Yermak``).
    A capitalised word of six letters or more one edit (a letter inserted,
    left out, changed, or two swapped) from a place's single-word spelling
    of six letters or more, canonical or variant (``Harkov``, near the
    variant ``Kharkov`` of ``Kharkiv``; ``Khreson``, near ``Kherson``), is
    reported, never repaired: nothing in the text confirms the place. Not
    a registry name or token (``Donets``), common word, given name,
    country or known real name (``Edessa``, near ``Odessa``), a spelling
    plus -s or -n (``Odessan``), a word the text also writes in lower
    case, a word it writes as a person's surname anywhere (after a title,
    a given name or, inside a sentence, another capitalised word that is
    no place's: ``a witness, Olena Harkov,``), nor one mentioned rather
    than used (``Harkov [sic]``).

    ## Why
    Machine translation and hurried copy mangle foreign names; a repair is
    only safe where the context leaves one reading.
    """

    code, name = "N002", "misspelt-name"
    kinds = ("misspelling", "misspelling-ambiguous")
    fixing = ("misspelling",)
    example = ("Jens Stoltenburg spoke.\n", "Jens Stoltenberg spoke.\n")


@register
class MisspeltCountry(_NameRule):
    """A misspelt country in a list of countries is repaired.

    ## What it does
    In a list of capitalised names joined by commas, ``and`` or ``or`` in which
    every other item is a country, an item one edit from exactly one country
    is repaired: ``Romania, Bulgari and Hungary`` -> ``Romania, Bulgaria and
    Hungary``. Outside such a list nothing changes (``Bulgari`` the jeweller).

    ## Why
    The list context makes the intended country certain; nothing else does.
    """

    code, name = "N003", "misspelt-country"
    kinds = fixing = ("country",)
    example = ("Romania, Bulgari and Hungary agreed.\n",
               "Romania, Bulgaria and Hungary agreed.\n")
